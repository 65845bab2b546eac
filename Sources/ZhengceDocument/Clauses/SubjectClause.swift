import ZhengceText

/// Units named as the subject of a sentence rather than in a clause: 商务部会同海关总署制定…, 公安部负责…,
/// 发展改革委、财政部要…, 请人力资源社会保障部会同有关部门…; and the units a 由…牵头 sentence adds in a later
/// clause (由海关总署牵头，商务部、税务总局配合). A subject counts only when it names a public body (a ministry,
/// commission, bureau, government, office …) and a verb of duty follows it (会同, 牵头, 负责, 要, 应当 …):
/// 领导干部要…, 企业要…, 用人单位应当… name no body. Read for the measures of plans and notices only, and
/// only when no clause named anyone (`extractWithFacts(paragraphs:subjects:)`).
extension ResponsibilityExtractor {
    /// The subjects of every sentence of `range` (sentences end at 。；！？ and line breaks).
    func subjectClauses(_ range: Range<Int>) -> [Responsibility] {
        var result: [Responsibility] = []
        var start = range.lowerBound
        for k in range.lowerBound...range.upperBound where k == range.upperBound || SubjectWords.sentenceEnds.contains(text[k]) {
            if k > start {
                let found = subjectClause(start..<k, strongOnly: false)
                result += found
                // A later clause of the sentence that opens with a body and a strong verb (…认定，各省级药监部门要…);
                // not after a condition (…的，由…).
                if found.isEmpty {
                    var c = start
                    while c < k {
                        if SubjectWords.clauseStarts.contains(text[c]), c > start, text[c - 1] != SubjectWords.of {
                            let more = subjectClause((c + 1)..<k, strongOnly: true)
                            if !more.isEmpty { result += more; break }
                        }
                        c += 1
                    }
                }
            }
            start = k + 1
        }
        return result
    }

    /// The units a later clause of a 由 sentence adds: `LIST配合`, `LIST参与`, `LIST按职责分工负责`.
    func joiningClauses(after start: Int, limit: Int) -> [Responsibility] {
        var result: [Responsibility] = []
        var k = start
        while k < limit, !SubjectWords.sentenceEnds.contains(text[k]) {
            defer { k += 1 }
            guard SubjectWords.clauseStarts.contains(text[k]) else { continue }
            let (names, end) = subjectList(at: k + 1, limit: limit)
            guard !names.isEmpty, text.matchAny(SubjectWords.joiningVerbs, at: end) != nil else { continue }
            result += names.map { unit($0, role: .participant) }
        }
        return result
    }

    private func subjectClause(_ sentence: Range<Int>, strongOnly: Bool) -> [Responsibility] {
        let limit = sentence.upperBound
        var p = skipLabel(from: sentence.lowerBound, limit: limit)
        // 2019年3月底前，X…: the deadline before the subject.
        p = skipDeadline(from: p, limit: limit)
        // 请X会同…, 建议X按照…, 经X会同…: the unit asked or named to act.
        if let n = text.matchAny(SubjectWords.asking, at: p) { p += n }
        var (names, end) = subjectList(at: p, limit: limit)
        // 国办将会同…, 水利部正在编制…: an adverb of time or intent between the subject and its verb.
        if !names.isEmpty { end = pastAdverb(end) }
        var verb = names.isEmpty ? nil : SubjectWords.dutyVerb(in: text, at: end)
        // 国办将与国家标准委、国务院信息办等单位一起，组织制定…: the partners after 与 join the subject's work.
        var partners: [Range<Int>] = []
        if verb == nil, !strongOnly, !names.isEmpty, names.allSatisfy({ !OrganizationName.isCollective(text.string($0)) }),
           let together = partnersTogether(at: end, limit: limit) {
            partners = together.names
            verb = together.end - end
        }
        // At a sentence's start, bodies named by their own name act by any verb of action (国家卫生健康委推行…,
        // 商务部、海关总署建立…); a collective (有关部门, 各地区) needs a verb of duty.
        if verb == nil, !strongOnly {
            (names, end) = subjectList(at: p, limit: limit, actions: true)
            if !names.isEmpty { end = pastAdverb(end) }
            if !names.isEmpty, names.allSatisfy({ $0.count <= SubjectWords.laterClauseNameLimit && !OrganizationName.isCollective(text.string($0)) }),
               let action = text.matchAny(SubjectWords.actionVerbs, at: end), actsInItsClause(from: end + action, limit: limit) {
                verb = action
            }
        }
        // In a later clause a name is less anchored than at a sentence's start: a strong verb, and names no longer
        // than a ministry's full name (全面推进…工作各级人民政府 is a clause run into a name).
        guard !names.isEmpty, let verb,
              !strongOnly || (text.matchAny(SubjectWords.strongVerbs, at: end) != nil
                              && names.allSatisfy { $0.count <= SubjectWords.laterClauseNameLimit })
        else { return [] }
        var result: [Responsibility] = []
        let stated = text.matchAny(SubjectWords.leadingVerbs, at: end) != nil || !partners.isEmpty
        for (index, name) in names.enumerated() {
            var named = unit(name, role: .lead)
            if !stated { (named.role, named.roleInferred) = listedRole(at: index, collective: named.collective) }
            result.append(named)
        }
        result += partners.map { unit($0, role: .participant) }
        // X会同Y、Z等有关部门…: the units after 会同 join.
        if text.matchAny(SubjectWords.togetherVerbs, at: end) != nil {
            var itemStart = end + verb
            while let nameEnd = longestBody(at: itemStart, limit: limit) {
                result.append(unit(itemStart..<nameEnd, role: .participant))
                if nameEnd < limit, text[nameEnd] == SubjectWords.listComma { itemStart = nameEnd + 1; continue }
                // 等有关部门: the collective the list ends in.
                if nameEnd < limit, text[nameEnd] == SubjectWords.etc, let collectiveEnd = longestBody(at: nameEnd + 1, limit: limit),
                   OrganizationName.isCollective(text.string((nameEnd + 1)..<collectiveEnd)) {
                    result.append(unit((nameEnd + 1)..<collectiveEnd, role: .participant))
                }
                break
            }
        }
        return result + joiningClauses(after: end, limit: limit)
    }

    /// Past an adverb of time or intent at `offset` (将, 正在, 将继续 …), or `offset` itself.
    private func pastAdverb(_ offset: Int) -> Int {
        offset + (text.matchAny(SubjectWords.adverbs, at: offset) ?? 0)
    }

    /// `与X、Y等单位一起` / `与X共同` at `start`: the partners' names and where the phrase ends (after 一起 or 共同 and a
    /// comma); nil when the phrase is not there or names no public body.
    private func partnersTogether(at start: Int, limit: Int) -> (names: [Range<Int>], end: Int)? {
        guard start < limit, text[start] == SubjectWords.with else { return nil }
        var names: [Range<Int>] = []
        var p = start + 1
        while let nameEnd = longestBody(at: p, limit: limit) {
            names.append(p..<nameEnd)
            p = nameEnd
            guard p < limit, text[p] == SubjectWords.listComma else { break }
            p += 1
        }
        guard !names.isEmpty else { return nil }
        if p < limit, text[p] == SubjectWords.etc { p += 1 + (text.matchAny(SubjectWords.kindsOfBodies, at: p + 1) ?? 0) }
        guard let n = text.matchAny(SubjectWords.together, at: p) else { return nil }
        p += n
        if p < limit, SubjectWords.clauseStarts.contains(text[p]) { p += 1 }
        return (names, p)
    }

    /// The longest public body's name at `start` (a list after 会同 runs into its verb: 海关总署管理…).
    private func longestBody(at start: Int, limit: Int) -> Int? {
        var found: Int?
        var end = start + 2
        while end <= min(limit, start + 24), CharClass.isHan(text[end - 1]) {
            if SubjectWords.namesBody(text.string(start..<end)) { found = end }
            end += 1
        }
        return found
    }

    /// Names of public bodies from `start`, joined by 、, 及 or 和; returns them and where the list ends. With
    /// `actions`, the list may end in a verb of action as well as one of duty.
    private func subjectList(at start: Int, limit: Int, actions: Bool = false) -> (names: [Range<Int>], end: Int) {
        var names: [Range<Int>] = []
        var p = start
        while let end = subjectName(at: p, limit: limit, actions: actions) {
            names.append(p..<end)
            guard end < limit, SubjectWords.listSeparators.contains(text[end]) else { return (names, end) }
            p = end + 1
        }
        return (names, names.last?.upperBound ?? start)
    }

    /// The shortest public body's name at `start` followed by a list separator, a verb of duty or of joining, or —
    /// past an adverb of time or intent — a verb of duty, of action (with `actions`) or partners after 与…一起.
    private func subjectName(at start: Int, limit: Int, actions: Bool = false) -> Int? {
        var end = start + 2
        while end <= min(limit, start + 24) {
            guard CharClass.isHan(text[end - 1]) else { return nil }
            let verbAt = pastAdverb(end)
            if end < limit, SubjectWords.listSeparators.contains(text[end]) || SubjectWords.dutyVerb(in: text, at: verbAt) != nil
                || text.matchAny(SubjectWords.joiningVerbs, at: end) != nil
                || (actions && text.matchAny(SubjectWords.actionVerbs, at: verbAt) != nil)
                || partnersTogether(at: verbAt, limit: limit) != nil,
               SubjectWords.namesBody(text.string(start..<end)) {
                return end
            }
            end += 1
        }
        return nil
    }

    /// False when the verb of action ending at `start` belongs to a phrase that is not the sentence's predicate: one that
    /// describes a noun (市人民政府编制的决算草案, 中国人民银行制定并公布施行的规章…的，), a time (仲裁委员会设立初期, 设立后,
    /// 印发以来).
    private func actsInItsClause(from start: Int, limit: Int) -> Bool {
        if start < limit, text[start] == SubjectWords.of { return false }
        if text.matchAny(SubjectWords.timeAfterVerb, at: start) != nil { return false }
        var k = start
        while k < limit, !SubjectWords.clauseStarts.contains(text[k]) { k += 1 }
        if k > start, text[k - 1] == SubjectWords.of { return false }
        return !text.string(start..<k).contains("以来")
    }

    /// Past a deadline or a starting year that opens a sentence and ends at its first comma (2019年3月底前，
    /// 2020年起，到2025年，自2019年1月1日起，): digits or numerals with 年 or 月 and the words of time around them.
    private func skipDeadline(from start: Int, limit: Int) -> Int {
        var q = start
        var dated = false
        while q < limit, q - start <= SubjectWords.deadlineLimit, !SubjectWords.clauseStarts.contains(text[q]) {
            guard CharClass.isDigit(text[q]) || CharClass.chineseDigits[text[q]] != nil || SubjectWords.deadlineWords.contains(text[q])
            else { return start }
            if SubjectWords.yearOrMonth.contains(text[q]) { dated = true }
            q += 1
        }
        guard dated, q < limit, q > start, SubjectWords.clauseStarts.contains(text[q]) else { return start }
        return q + 1
    }

    /// Past leading spaces and a provision label (（一）, 一、, 1., 1、, （1）, 第一,) at the start of a sentence.
    private func skipLabel(from start: Int, limit: Int) -> Int {
        var p = start
        while p < limit, CharClass.isSpace(text[p]) { p += 1 }
        if p < limit, SubjectWords.openBrackets.contains(text[p]) {
            var q = p + 1
            while q < limit, q - p <= 5, !SubjectWords.closeBrackets.contains(text[q]) { q += 1 }
            if q < limit, q - p <= 5, SubjectWords.closeBrackets.contains(text[q]) { p = q + 1 }
        } else {
            var q = p
            while q < limit, CharClass.isDigit(text[q]) || CharClass.chineseDigits[text[q]] != nil || text[q] == SubjectWords.ten { q += 1 }
            if q > p, q < limit, SubjectWords.labelEnds.contains(text[q]) { p = q + 1 }
        }
        while p < limit, CharClass.isSpace(text[p]) { p += 1 }
        return p
    }
}

/// The words `subjectClauses` reads.
enum SubjectWords {
    static let sentenceEnds = UnitSet("。；;！？\n")
    static let clauseStarts = UnitSet("，,")
    static let listSeparators = UnitSet("、及和")
    static let listComma = u16("、")[0]
    /// Words before the unit asked or named to act: 请X…, 建议X…, 经X会同…（评审）.
    static let asking = ["请", "建议", "经"].map(u16)
    static let etc = u16("等")[0]
    static let ten = u16("十")[0]
    static let openBrackets = UnitSet("（(")
    static let closeBrackets = UnitSet("）)")
    static let labelEnds = UnitSet("、.．")
    /// Verbs of duty after a subject (应 alone is read by `dutyVerb(in:at:)`, which tells it from 应急).
    static let dutyVerbs = ["会同", "牵头", "负责", "承担", "要", "应当", "联合", "按照", "依据", "根据", "组织", "指导", "统筹"].map(u16)
    static let should = u16("应")
    static let emergency = u16("应急")

    /// The length of the verb of duty at `offset`, if one stands there.
    static func dutyVerb(in text: UnitText, at offset: Int) -> Int? {
        if let n = text.matchAny(dutyVerbs, at: offset) { return n }
        return text.matches(should, at: offset) && !text.matches(emergency, at: offset) ? 1 : nil
    }
    /// Verbs of action that a body named by its own name at a sentence's start takes on (国家卫生健康委推行…), and the
    /// adverbs that open them (商务部尽快出台…).
    static let actionVerbs = ["推行", "建立", "制定", "出台", "印发", "发布", "开展", "完善", "推进", "加强", "加快", "建设", "实施",
                              "落实", "做好", "推动", "督促", "健全", "编制", "修订", "设立", "启动", "完成", "部署", "组建",
                              "研究制定", "研究提出", "抓紧", "尽快", "适时", "及时", "定期", "每年"].map(u16)
    /// Words after a verb that make it a time (设立初期, 成立后, 印发以来, 建立时).
    static let timeAfterVerb = ["初期", "以来", "之初", "之后", "以后", "之前", "以前", "期间", "之际", "后", "时", "前"].map(u16)
    /// The characters of a deadline or starting year before a sentence's subject (2019年3月底前, 到2025年, 自…起).
    static let deadlineWords = UnitSet("年月日底末前起内中旬上下之以到自从至今明次〇")
    static let yearOrMonth = UnitSet("年月")
    static let deadlineLimit = 16
    static let leadingVerbs = ["会同", "牵头"].map(u16)
    static let strongVerbs = ["会同", "牵头", "负责", "承担", "要", "应当"].map(u16)
    /// The longest name a later clause may open with (中国银行保险监督管理委员会 is 13).
    static let laterClauseNameLimit = 13
    static let of = u16("的")[0]
    static let togetherVerbs = ["会同", "联合"].map(u16)
    /// Adverbs of time or intent between a subject and its verb (国办将会同…, 水利部正在编制…); 已 (a report of work done) is not one.
    static let adverbs = ["将继续", "还将", "也将", "正在", "继续", "将"].map(u16)
    static let with = u16("与")[0]
    static let together = ["一起", "共同"].map(u16)
    /// What a list of partners ends in after 等 (与X、Y等单位一起).
    static let kindsOfBodies = ["有关部门", "有关单位", "部门", "单位"].map(u16)
    static let joiningVerbs = ["按职责分工负责", "按照职责分工负责", "按职责负责", "共同负责", "配合", "参与", "参加", "协助"].map(u16)

    private static let bodySuffixes = ["部", "委", "局", "署", "人民政府", "政府", "办公厅", "办公室", "委员会", "海关", "人民银行",
                                       "农业发展银行", "国家开发银行", "进出口银行", "院", "办", "厅", "指挥部", "工商联", "团中央",
                                       "妇联", "科协", "残联", "侨联", "总工会"]
    /// Words ending like a body that are not one (领导干部要…, 东部要…, 部署要…, 医院要…).
    private static let notBodies = ["干部", "全部", "内部", "外部", "局部", "东部", "西部", "中部", "南部", "北部", "总部", "俱乐部",
                                    "格局", "布局", "大局", "全局", "结局", "开局", "部署", "签署", "医院", "学院", "卫生院", "研究院",
                                    "设计院", "剧院", "影院", "举办", "承办", "主办", "协办", "创办", "开办", "兴办", "督办", "餐厅", "大厅"]
    private static let collectiveEnds = ["部门", "单位", "地区", "地方", "机关", "人民政府", "政府"]

    /// Words no body's name holds: a candidate holding one has run into the sentence (劳动保障部提出了办…,
    /// 不按照本预案规定和…指挥部, 有关移民工作应请地方政府).
    private static let notInNames = ["了", "的", "提出", "研究", "制定", "进行", "根据", "要", "不", "将",
                                     "已", "由", "建议", "请", "并", "等", "在", "责成", "收到", "或者", "协助", "按",
                                     "继续", "正在", "探索"]

    /// True when `name` (ideographs only) names a public body, or a collective of bodies (有关部门, 各地区).
    static func namesBody(_ name: String) -> Bool {
        guard name.count >= 2, name.count <= 20, name.utf16.allSatisfy(CharClass.isHan),
              !notInNames.contains(where: { name.contains($0) }),
              // 应 (should) has run into the sentence (应对方法院…); 应急 is part of a name (应急管理部).
              name.replacingOccurrences(of: "应急", with: "").contains("应") == false
        else { return false }
        if OrganizationName.isCollective(name) { return collectiveEnds.contains { name.hasSuffix($0) } }
        guard !notBodies.contains(where: { name.hasSuffix($0) }) else { return false }
        return bodySuffixes.contains { name.hasSuffix($0) }
    }
}
