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
        // 请X会同…, 建议X按照…, 经X会同…: the unit asked or named to act.
        if let n = text.matchAny(SubjectWords.asking, at: p) { p += n }
        let (names, end) = subjectList(at: p, limit: limit)
        // In a later clause a name is less anchored than at a sentence's start: a strong verb, and names no longer
        // than a ministry's full name (全面推进…工作各级人民政府 is a clause run into a name).
        guard !names.isEmpty, let verb = SubjectWords.dutyVerb(in: text, at: end),
              !strongOnly || (text.matchAny(SubjectWords.strongVerbs, at: end) != nil
                              && names.allSatisfy { $0.count <= SubjectWords.laterClauseNameLimit })
        else { return [] }
        var result: [Responsibility] = []
        let stated = text.matchAny(SubjectWords.leadingVerbs, at: end) != nil
        for (index, name) in names.enumerated() {
            var named = unit(name, role: .lead)
            if !stated { (named.role, named.roleInferred) = listedRole(at: index, collective: named.collective) }
            result.append(named)
        }
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

    /// Names of public bodies from `start`, joined by 、, 及 or 和; returns them and where the list ends.
    private func subjectList(at start: Int, limit: Int) -> (names: [Range<Int>], end: Int) {
        var names: [Range<Int>] = []
        var p = start
        while let end = subjectName(at: p, limit: limit) {
            names.append(p..<end)
            guard end < limit, SubjectWords.listSeparators.contains(text[end]) else { return (names, end) }
            p = end + 1
        }
        return (names, names.last?.upperBound ?? start)
    }

    /// The shortest public body's name at `start` followed by a list separator or a verb of duty.
    private func subjectName(at start: Int, limit: Int) -> Int? {
        var end = start + 2
        while end <= min(limit, start + 24) {
            guard CharClass.isHan(text[end - 1]) else { return nil }
            if end < limit, SubjectWords.listSeparators.contains(text[end]) || SubjectWords.dutyVerb(in: text, at: end) != nil
                || text.matchAny(SubjectWords.joiningVerbs, at: end) != nil,
               SubjectWords.namesBody(text.string(start..<end)) {
                return end
            }
            end += 1
        }
        return nil
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
    static let leadingVerbs = ["会同", "牵头"].map(u16)
    static let strongVerbs = ["会同", "牵头", "负责", "承担", "要", "应当"].map(u16)
    /// The longest name a later clause may open with (中国银行保险监督管理委员会 is 13).
    static let laterClauseNameLimit = 13
    static let of = u16("的")[0]
    static let togetherVerbs = ["会同", "联合"].map(u16)
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
                                     "已", "由", "建议", "请", "并", "等", "在", "责成", "收到", "或者", "协助", "按"]

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
