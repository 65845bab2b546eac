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

    init(_ document: PolicyDocument) {
        rank = LegalRank.of(document)
        header = LegalRank.header(document)
        let title = document.title ?? ""
        legislation = header.contains("人民代表大会") || header.contains("令第") || header.contains("最高人民法院")
            || header.contains("最高人民检察院") || (header.contains("公布") && header.contains("施行"))
            || DocumentFacts.legislativeSuffixes.contains(where: { title.hasSuffix($0) })
        var orders = OrderNumber.all(in: header)
        if let number = document.docNumber, number.contains("令") { orders.insert(contentsOf: OrderNumber.all(in: number), at: 0) }
        orderNumbers = orders
        subject = TitleSubject.pairs(title)
        judicial = (title.hasPrefix("最高人民法院") || title.hasPrefix("最高人民检察院") || title.hasPrefix("人民检察院")
            || header.contains("最高人民法院") || header.contains("最高人民检察院")) && !header.contains("全国人民代表大会")
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

    /// True when both documents belong to one jurisdiction: both national, or the same region.
    static func sameJurisdiction(_ a: PolicyDocument, _ af: DocumentFacts, _ b: PolicyDocument, _ bf: DocumentFacts) -> Bool {
        let an = af.rank?.isNational ?? (a.level == .national), bn = bf.rank?.isNational ?? (b.level == .national)
        if an || bn { return an == bn }
        guard let x = a.region, let y = b.region else { return a.region == b.region }
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
        let text = String(decoding: units, as: UTF16.self)
        let n = units.count
        if n < 150, text.contains("制定本") || text.contains("特制定") || text.contains("制定此") { return true }
        if n < 90, text.contains("起施行") || text.contains("起实施") || text.contains("施行日期") || text.contains("同时废止") { return true }
        if n < 70, text.contains("从其规定") || text.contains("负责解释") || text.contains("参照本") || text.contains("参照执行") { return true }
        // Entry into force with the list of what it repeals: 本解释自…起施行。…同时废止.
        if n < 400, text.hasPrefix("本"), text.contains("起施行") || text.contains("起实施") { return true }
        // The misconduct-of-officials article every regulation ends with (滥用职权、玩忽职守、徇私舞弊…给予处分).
        if n < 130, text.contains("玩忽职守"), text.contains("处分") || text.contains("刑事责任") { return true }
        return false
    }

    /// Headings (or first sentences) of organisational arrangements every plan has — 加强组织领导, 建立协调
    ///机制, 联席会议成员, 做好宣传推广, 评估总结: their wording is a template, so they are not aligned.
    static let organisationalTitles = ["组织领导", "组织保障", "组织实施", "宣传引导", "宣传推广", "督促落实", "督查落实",
                                       "跟踪评估", "工作机制", "协调机制", "联席会议", "组成人员", "成员单位", "评估总结", "总结经验"]

    /// True when a measure's title names an organisational arrangement.
    static func isOrganisational(_ title: String) -> Bool {
        organisationalTitles.contains { title.contains($0) }
    }
}
