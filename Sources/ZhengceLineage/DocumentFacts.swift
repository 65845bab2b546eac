import ZhengceDocument

/// What lineage needs to know about one corpus document beyond its metadata: its rank in the
/// hierarchy, whether it is legislation (a law, regulation or rule rather than a policy document),
/// the order numbers of its header, the header text used to tell who contains whom, and what its
/// title is about.
struct DocumentFacts: Sendable {
    /// Rank in the hierarchy, when known.
    var rank: LegalRank?
    /// True for laws, regulations, rules and judicial interpretations (adopted or promulgated texts).
    var legislation: Bool
    /// Order numbers of the header (国务院令第656号) and the 发文字号 when it is one.
    var orderNumbers: [String]
    /// The header text (before the first article).
    var header: String
    /// Character pairs of what the title is about (`TitleSubject`).
    var subject: Set<String>
    /// True for a judicial interpretation (最高人民法院, 最高人民检察院): it applies laws, it does not
    /// implement regulations, and local texts do not implement it.
    var judicial: Bool
    /// The earliest dated event of its legislative history (`PolicyDocument.history`, read by the parser from the
    /// header): when a first version existed. A consolidated text's own date is that of its last amendment.
    var firstAdopted: String?
    /// The date of the bulk of its text: the latest adoption, approval, promulgation or full revision, not partial
    /// amendments (修正, or anything done by a 《关于修改…的决定》, which changes some articles only).
    /// 山东省气象灾害防御条例 (2005 通过, 2012 and 2018 修正 by decisions) → 2005-07-29.
    var textAdopted: String?
    /// The original adoption when the history records it (通过, 批准, 公布 not by an amending decision): nil for a
    /// history of amendments only, whose earliest date is not the first version's.
    var adopted: String?
    /// The latest step of its history that made a version, amendments by a decision included: the last time any
    /// article could have changed. 山东省气象灾害防御条例 (2005, amended 2012 and 2018) → 2018-01-23.
    var lastChanged: String?

    /// The city a text filed under its province belongs to (宁波市献血条例, level provincial, region 浙江省 → 宁波市):
    /// its jurisdiction is the city's, not the province's (`sameJurisdiction`). Nil for every other document.
    var city: String?

    init(_ document: PolicyDocument) {
        rank = LegalRank.of(document)
        city = LegalRank.titledCity(document)
        header = LegalRank.header(document)
        let title = document.title ?? ""
        legislation = header.contains("人民代表大会") || header.contains("令第") || header.contains("最高人民法院")
            || header.contains("最高人民检察院") || (header.contains("公布") && header.contains("施行"))
            || DocumentFacts.legislativeSuffixes.contains(where: { title.hasSuffix($0) })
            // A text with no level ranked national by its title (`LegalRank.of`: a headerless 规定 or 办法 of a ministry)
            // is legislation as its header would have said: 道路交通事故处理程序规定 and 公安机关办理行政案件程序规定 are peers.
            || (document.level == nil && (rank?.isNational ?? false))
        var orders = OrderNumber.all(in: header)
        if let number = document.docNumber, number.contains("令") { orders.insert(contentsOf: OrderNumber.all(in: number), at: 0) }
        orderNumbers = orders
        subject = TitleSubject.pairs(title)
        (firstAdopted, textAdopted, adopted) = DocumentFacts.adoption(document.history)
        lastChanged = document.history.filter(\.makesVersion).map(\.date).max()
        judicial = (DocumentFacts.judicialTitle(title)
            || header.contains("最高人民法院") || header.contains("最高人民检察院")) && !header.contains("全国人民代表大会")
    }

    /// True for a title of the supreme court or procuratorate (a judicial interpretation or rule), whatever its header says.
    static func judicialTitle(_ title: String) -> Bool {
        title.hasPrefix("最高人民法院") || title.hasPrefix("最高人民检察院") || title.hasPrefix("人民检察院")
    }

    /// The first adoption, the date of the bulk of the text and the original adoption (see the properties) from
    /// the legislative history the parser reads from the header; all nil when it records none (a policy
    /// document, an undated header), where the document's own date is the only one.
    static func adoption(_ history: [LegislativeEvent]) -> (first: String?, text: String?, adopted: String?) {
        // A clause that runs on into the next one is a step of it: `2022年1月21日 山东省…批准的` + `2021年12月29日
        // 青岛市…关于修改…的决定修正` (the approval of an amending decision), `…通过并经` + `…批准的…决定修正`.
        func amending(_ k: Int) -> Bool {
            let event = history[k]
            if event.text.contains("决定") || event.kind == .amended { return true }
            let runsOn = event.text.hasSuffix("的") || event.text.hasSuffix("并经")
            return runsOn && k + 1 < history.count && amending(k + 1)
        }
        let first = history.map(\.date).min()
        let text = history.indices.filter { history[$0].makesVersion && !amending($0) }.map { history[$0].date }.max()
        let adopted = history.indices.filter { k in
            [.adopted, .approved, .promulgated].contains(history[k].kind) && !amending(k)
                && !history[k].text.contains("修正") && !history[k].text.contains("修订")
        }.map { history[$0].date }.min()
        return (first, text, adopted)
    }

    /// Title endings of legislation.
    static let legislativeSuffixes = ["法", "条例", "实施细则", "规则", "解释"]

    /// True when a document of `parent` (higher) can be the source of `child`: a national parent
    /// contains everything; a local parent contains a child of its own region, or a child whose
    /// header or title names the parent's region (丽水市…条例 approved by 浙江省人大常委会), or that cites it.
    static func contains(_ parent: PolicyDocument, _ parentFacts: DocumentFacts, _ child: PolicyDocument,
                         _ childFacts: DocumentFacts, cites: Bool) -> Bool {
        if parentFacts.rank?.isNational ?? (parent.level == .national) { return true }
        if cites { return true }
        guard let region = parent.region else { return false }
        if child.region == region { return true }
        let short = DocumentFacts.shortRegion(region)
        return childFacts.header.contains(region) || (child.title ?? "").hasPrefix(short)
            || (child.region.map { $0.hasPrefix(short) } ?? false)
    }

    /// True when both documents belong to one jurisdiction: both national, or the same region. A city's text filed
    /// under its province is the city's (`city`): 开封市城市绿化条例 and 安阳市城市绿化条例, both filed as 河南省, are
    /// peers of two cities, not two texts of one province.
    static func sameJurisdiction(_ a: PolicyDocument, _ af: DocumentFacts, _ b: PolicyDocument, _ bf: DocumentFacts) -> Bool {
        let an = af.rank?.isNational ?? (a.level == .national), bn = bf.rank?.isNational ?? (b.level == .national)
        if an || bn { return an == bn }
        guard let x = af.city ?? a.region, let y = bf.city ?? b.region else { return a.region == b.region }
        return x == y
    }

    /// 浙江省 → 浙江, 广西壮族自治区 → 广西, 丽水市 → 丽水.
    static func shortRegion(_ region: String) -> String {
        for suffix in ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市"] where region.hasSuffix(suffix) && region.count > suffix.count + 1 {
            return String(region.dropLast(suffix.count))
        }
        return region
    }
}

/// Articles that are formulas of their kind rather than content: the purpose clause
/// (为了…，根据…，制定本条例), entry into force (本条例自…起施行, with what it repeals), 法律、法规已有规定的，
/// 从其规定, who interprets the text, the misconduct-of-officials article (滥用职权、玩忽职守…给予处分). They are left out of alignment: they neither create links nor raise scores.
enum FormulaArticle {
    /// True when the folded content `units` (see `MeasureContent`) of a measure is a formula.
    static func isFormula(_ units: [UInt16]) -> Bool {
        let n = units.count
        func has(_ needle: [UInt16]) -> Bool { UTF16Search.contains(units, needle) }
        if n < 150, purposeClause(units) || has(Needle.tezhiding) || has(Needle.zhidingci) { return true }
        if n < 90, has(Needle.qishixing) || has(Needle.qishishi) || has(Needle.shixingriqi) || has(Needle.tongshifeizhi) { return true }
        if n < 70, has(Needle.congqiguiding) || has(Needle.fuzejieshi) || has(Needle.canzhaoben) || has(Needle.canzhaozhixing) { return true }
        // Entry into force with the list of what it repeals: 本解释自…起施行。…同时废止.
        if n < 400, units.first == Needle.ben, has(Needle.qishixing) || has(Needle.qishishi) { return true }
        // The misconduct-of-officials article every regulation ends with (滥用职权、玩忽职守、徇私舞弊…给予处分).
        if n < 130, has(Needle.wanhuzhishou), has(Needle.chufen) || has(Needle.xingshizeren) { return true }
        return false
    }

    /// True when `units` hold the purpose clause's 制定本… (制定本条例, 制定本办法, 制定本方案): 制定本 not followed by
    /// a jurisdiction or a body (`ownScopes`), which is an article's own provision — 县级人民政府…制定本辖区的献血工作实施方案,
    /// 制定本行政区域的…规划, 制定本单位的应急预案 — not a formula.
    static func purposeClause(_ units: [UInt16]) -> Bool {
        var from = 0
        while let at = UTF16Search.firstIndex(of: Needle.zhidingben, in: units, from: from) {
            let rest = units[(at + Needle.zhidingben.count)...]
            if !Needle.ownScopes.contains(where: { rest.starts(with: $0) }) { return true }
            from = at + Needle.zhidingben.count
        }
        return false
    }

    /// What follows 制定本 in an article's own provision rather than in a purpose clause (see `purposeClause`).
    static let ownScopes = ["行政区域", "辖区", "地区", "区域", "地方", "单位", "部门", "行业", "企业", "系统", "领域", "级",
                            "省", "市", "县", "区", "乡", "镇", "集体"]

    /// The words `isFormula` looks for, as UTF-16 (searched without Foundation: this runs on every measure).
    private enum Needle {
        static let zhidingben = Array("制定本".utf16), tezhiding = Array("特制定".utf16), zhidingci = Array("制定此".utf16)
        static let qishixing = Array("起施行".utf16), qishishi = Array("起实施".utf16), shixingriqi = Array("施行日期".utf16)
        static let tongshifeizhi = Array("同时废止".utf16), congqiguiding = Array("从其规定".utf16), fuzejieshi = Array("负责解释".utf16)
        static let canzhaoben = Array("参照本".utf16), canzhaozhixing = Array("参照执行".utf16), ben = "本".utf16.first!
        static let ownScopes = FormulaArticle.ownScopes.map { Array($0.utf16) }
        static let wanhuzhishou = Array("玩忽职守".utf16), chufen = Array("处分".utf16), xingshizeren = Array("刑事责任".utf16)
    }

    /// Headings (or first sentences) of organisational arrangements every plan has — 加强组织领导, 建立协调
    /// 机制, 联席会议成员, 做好宣传推广, 评估总结: their wording is a template, so they are not aligned. Plans only
    /// (`isOrganisational(_:legislation:)`): in a law or regulation the same words open an article's own provision
    /// (县级以上人民政府…建立协调机制, 组织实施气象灾害防御方案), which its implementing texts take up.
    static let organisationalTitles = ["组织领导", "组织保障", "组织实施", "宣传引导", "宣传推广", "督促落实", "督查落实",
                                       "跟踪评估", "工作机制", "协调机制", "联席会议", "组成人员", "成员单位", "评估总结", "总结经验"]

    private static let organisationalUnits = organisationalTitles.map { Array($0.utf16) }

    /// True when a measure's title names an organisational arrangement of a plan (never in legislation).
    static func isOrganisational(_ title: String, legislation: Bool) -> Bool {
        !legislation && isOrganisational(title)
    }

    /// True when a measure's title names an organisational arrangement.
    static func isOrganisational(_ title: String) -> Bool {
        let units = Array(title.utf16)
        return organisationalUnits.contains { UTF16Search.contains(units, $0) }
    }
}

/// Substring search on UTF-16 code units (what Foundation's `contains` finds for CJK words, without its
/// per-character folding, which costs seconds when run on every measure of a corpus).
enum UTF16Search {
    /// True when `needle` occurs in `haystack`.
    static func contains(_ haystack: [UInt16], _ needle: [UInt16]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// True when `needle` occurs in `haystack` (read in place).
    static func contains(_ haystack: UnsafeBufferPointer<UInt16>, _ needle: [UInt16]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// The first offset ≥ `start` where `needle` occurs in `haystack`.
    static func firstIndex(of needle: [UInt16], in haystack: [UInt16], from start: Int = 0) -> Int? {
        haystack.withUnsafeBufferPointer { firstIndex(of: needle, in: $0, from: start) }
    }

    /// The first offset ≥ `start` where `needle` occurs in `haystack` (read in place).
    static func firstIndex(of needle: [UInt16], in h: UnsafeBufferPointer<UInt16>, from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start <= h.count ? start : nil }
        let count = needle.count
        guard h.count >= count else { return nil }
        return needle.withUnsafeBufferPointer { n in
            var i = max(0, start)
            let last = h.count - count
            while i <= last {
                if h[i] == first {
                    var k = 1
                    while k < count && h[i + k] == n[k] { k += 1 }
                    if k == count { return i }
                }
                i += 1
            }
            return nil
        }
    }
}
