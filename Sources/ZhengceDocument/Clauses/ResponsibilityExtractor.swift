import ZhengceText
/// Finds who must act on a measure: （商务部牵头，海关总署、税务总局按职责分工负责）,
/// （责任单位：商务厅、成都海关）, （市商务委、上海海关）, 牵头单位：…；配合单位：…,
/// 由财政部会同海关总署、税务总局…
struct ResponsibilityExtractor {
    /// The whole reading text.
    let text: UnitText
    /// True when the document states that the first listed unit leads (排在第一位的为牵头单位).
    let firstListedLeads: Bool

    private static let open = UnitSet("（(")
    private static let close = UnitSet("）)")
    private static let segmentSeparators = UnitSet("，,；;")
    private static let itemSeparators = UnitSet("、/")
    private static let trailingPunctuation = UnitSet("。；;，,．. ")
    private static let leadLabels = ["牵头单位", "牵头部门", "主责单位", "主责部门", "牵头"].map(u16)
    private static let participantLabels = ["配合单位", "配合部门", "参与单位", "协同单位", "协办单位", "参加单位"].map(u16)
    private static let listLabels = ["主要责任单位", "责任单位", "责任部门", "负责部门", "实施单位", "实施部门", "负责单位", "工作单位",
                                     "责任主体", "主办单位", "承办单位", "指导部门", "推进单位"].map(u16)
    private static let leadMarkers = ["牵头负责", "牵头"].map(u16)
    private static let participantMarkers = ["按职责分工负责", "按照职责分工负责", "按职责负责", "分工负责", "共同负责", "负责落实", "配合", "参与",
                                             "负责", "落实", "指导", "组织实施", "推进"].map(u16)
    private static let colons = UnitSet("：:")
    private static let segmentLabels: [([[UInt16]], ResponsibilityRole?)] =
        [(Array(leadLabels.dropLast()), .lead), (participantLabels, .participant), (listLabels, nil)]
    private static let segmentMarkers: [([[UInt16]], ResponsibilityRole)] = [(leadMarkers, .lead), (participantMarkers, .participant)]
    private static let allLabels = listLabels + leadLabels.dropLast() + participantLabels
    private static let labelFirstUnits = UnitSet(units: allLabels.compactMap(\.first))

    /// Phrases by which a document states its convention once.
    static func statesFirstListedLeads(_ text: UnitText) -> Bool {
        let lead = u16("牵头")
        let cues = ["第一位", "首位", "第一个", "第一家", "排名第一", "排在前面", "列前面"].map(u16)
        var from = 0
        while let at = text.find(lead, from: from) {
            let lo = max(0, at - 16)
            for cue in cues where text.find(cue, from: lo, to: at) != nil { return true }
            from = at + lead.count
        }
        return false
    }

    /// Responsibilities in the paragraphs of a measure (`paragraphs` are UTF-16 ranges of the text).
    func extract(paragraphs: [Range<Int>]) -> [Responsibility] {
        extractWithFacts(paragraphs: paragraphs).responsible
    }

    /// Responsibilities and the clause's other labelled fields (适用范围：…) in the paragraphs of a measure.
    /// With `subjects`, units named as a sentence's subject (商务部会同海关总署制定…) count when no clause names
    /// anyone (`subjectClauses`); the assembler asks it for the measures of plans, not for articles.
    func extractWithFacts(paragraphs: [Range<Int>], subjects: Bool = false) -> (responsible: [Responsibility], facts: [MeasureFact]) {
        var found: [Responsibility] = []
        var facts: [MeasureFact] = []
        for range in paragraphs {
            if let labelled = labelledClause(range, facts: &facts) { found += labelled; continue }
            if let bracketed = finalBracketedClause(range, facts: &facts) { found += bracketed }
        }
        if found.isEmpty, let whole = paragraphs.first.map({ $0.lowerBound..<(paragraphs.last?.upperBound ?? $0.upperBound) }) {
            found = youClause(whole)
            if found.isEmpty && subjects { found = subjectClauses(whole) }
        }
        // A unit named by the clauses of several paragraphs of one measure is listed once (a stated lead wins).
        var unique: [Responsibility] = []
        var index: [String: Int] = [:]
        for r in found {
            if let k = index[r.name] {
                if r.role == .lead && !r.roleInferred && (unique[k].role != .lead || unique[k].roleInferred) { unique[k].role = .lead; unique[k].roleInferred = false }
                continue
            }
            index[r.name] = unique.count
            unique.append(r)
        }
        return (unique, facts)
    }

    /// A paragraph (or paragraph tail) such as 责任单位：A、B or 牵头单位：A；配合单位：B、C.
    private func labelledClause(_ range: Range<Int>, facts: inout [MeasureFact]) -> [Responsibility]? {
        var i = range.lowerBound
        while i < range.upperBound {
            guard Self.labelFirstUnits.contains(text[i]) else { i += 1; continue }
            if let n = text.matchAny(Self.allLabels, at: i), i + n < range.upperBound, Self.colons.contains(text[i + n]) {
                // Only at a paragraph start, or after an opening bracket or sentence end.
                let before: UInt16? = i > range.lowerBound ? text[i - 1] : nil
                if before == nil || Self.open.contains(before!) || CharClass.terminal.contains(before!) {
                    var end = range.upperBound
                    if let b = before, Self.open.contains(b), let c = matchingClose(from: i - 1, limit: range.upperBound) { end = c }
                    return parseClause(i..<end, labelled: true, facts: &facts)
                }
            }
            i += 1
        }
        return nil
    }

    /// The bracketed group that ends the paragraph, when it lists units.
    private func finalBracketedClause(_ range: Range<Int>, facts: inout [MeasureFact]) -> [Responsibility]? {
        var end = range.upperBound
        while end > range.lowerBound, Self.trailingPunctuation.contains(text[end - 1]) { end -= 1 }
        guard end > range.lowerBound, Self.close.contains(text[end - 1]) else { return nil }
        var depth = 0
        var k = end - 1
        while k >= range.lowerBound {
            if Self.close.contains(text[k]) { depth += 1 }
            else if Self.open.contains(text[k]) {
                depth -= 1
                if depth == 0 { break }
            }
            k -= 1
        }
        guard k >= range.lowerBound, depth == 0 else { return nil }
        return parseClause((k + 1)..<(end - 1), labelled: false, facts: &facts)
    }

    private func matchingClose(from open: Int, limit: Int) -> Int? {
        var depth = 0
        var k = open
        while k < limit {
            if Self.open.contains(text[k]) { depth += 1 }
            else if Self.close.contains(text[k]) { depth -= 1; if depth == 0 { return k } }
            k += 1
        }
        return nil
    }

    /// Sentences and segments of a clause that state a convention rather than list units
    /// (排在第一位的部门为牵头部门，下同 / 列第一位者为牵头单位 / 以下均需…落实，不再列出).
    private static let conventionCues = ["下同", "第一位", "首位", "排名第一", "不再列出", "以下均", "以下同"].map(u16)
    private static let sentenceEnd = UnitSet("。")

    private func isConvention(_ range: Range<Int>) -> Bool {
        Self.conventionCues.contains { text.find($0, from: range.lowerBound, to: range.upperBound) != nil }
    }

    /// A field label of at most eight Han characters followed by a colon at `lo` (适用范围：), its length with the colon.
    private func fieldLabel(at lo: Int, before hi: Int) -> Int? {
        var k = lo
        while k < hi, k - lo < 8, CharClass.isHan(text[k]) { k += 1 }
        guard k - lo >= 2, k < hi, Self.colons.contains(text[k]) else { return nil }
        return k - lo + 1
    }

    /// Parses the inside of a clause; nil when it does not read as a list of units. Labelled fields that
    /// name no units (适用范围：…) go to `facts`; convention statements are skipped.
    func parseClause(_ range: Range<Int>, labelled: Bool, facts: inout [MeasureFact]) -> [Responsibility]? {
        struct Item { var name: String; var start: Int; var end: Int; var stated: ResponsibilityRole? }
        var items: [Item] = []
        var anyStatedLead = false
        var anyLabel = labelled
        var newFacts: [MeasureFact] = []
        // Segments split at top-level ，；。 (a sentence stating the convention is dropped whole).
        var segments: [Range<Int>] = []
        var depth = 0
        var segStart = range.lowerBound
        var sentenceStart = range.lowerBound
        var sentenceSegments: [Range<Int>] = []
        func closeSentence(_ end: Int) {
            if !isConvention(sentenceStart..<end) || segments.isEmpty && sentenceSegments.count > 1 {
                segments += sentenceSegments.filter { !isConvention($0) }
            }
            sentenceSegments = []
            sentenceStart = end + 1
        }
        for k in range {
            let u = text[k]
            if Self.open.contains(u) { depth += 1 } else if Self.close.contains(u) { depth -= 1 }
            else if depth == 0, Self.segmentSeparators.contains(u) { sentenceSegments.append(segStart..<k); segStart = k + 1 }
            else if depth == 0, Self.sentenceEnd.contains(u) {
                sentenceSegments.append(segStart..<k); segStart = k + 1
                closeSentence(k)
            }
        }
        sentenceSegments.append(segStart..<range.upperBound)
        closeSentence(range.upperBound)
        for segment in segments {
            var lo = segment.lowerBound, hi = segment.upperBound
            while lo < hi, CharClass.isSpace(text[lo]) { lo += 1 }
            while hi > lo, CharClass.isSpace(text[hi - 1]) { hi -= 1 }
            guard lo < hi else { continue }
            var role: ResponsibilityRole?
            // Leading label.
            var unitLabel = false
            for (labels, labelRole) in Self.segmentLabels {
                if let n = text.matchAny(labels, at: lo), lo + n < hi, Self.colons.contains(text[lo + n]) {
                    role = labelRole
                    lo += n + 1
                    anyLabel = true
                    unitLabel = true
                    break
                }
            }
            // Another field (适用范围：…, 完成时限：…): a fact of the measure, not a unit.
            if !unitLabel, let n = fieldLabel(at: lo, before: hi) {
                var v = lo + n
                while v < hi, CharClass.isSpace(text[v]) { v += 1 }
                newFacts.append(MeasureFact(label: text.string(lo..<(lo + n - 1)), value: text.string(v..<hi), start: v, end: hi))
                anyLabel = true
                continue
            }
            // Trailing marker.
            for (markers, markerRole) in Self.segmentMarkers {
                if let m = markers.first(where: { hi - lo > $0.count && text.matches($0, at: hi - $0.count) }) {
                    hi -= m.count
                    role = role ?? markerRole
                    break
                }
            }
            if role == .lead { anyStatedLead = true }
            // Items split at 、
            var itemStart = lo
            var d = 0
            var k = lo
            while k <= hi {
                let atEnd = k == hi
                if !atEnd {
                    let u = text[k]
                    if Self.open.contains(u) { d += 1 } else if Self.close.contains(u) { d -= 1 }
                }
                if atEnd || (d == 0 && Self.itemSeparators.contains(text[k])) {
                    var a = itemStart, b = k
                    while a < b, CharClass.isSpace(text[a]) { a += 1 }
                    while b > a, CharClass.isSpace(text[b - 1]) { b -= 1 }
                    for part in splitItem(a..<b) {
                        var (pa, pb) = (part.range.lowerBound, part.range.upperBound)
                        if pb > pa, text[pb - 1] == u16("等")[0] { pb -= 1 }
                        guard pb > pa else { continue }
                        let stated = part.lead ? ResponsibilityRole.lead : (part.together ? .participant : role)
                        if part.lead { anyStatedLead = true }
                        items.append(Item(name: OrganizationName.fold(text.string(pa..<pb)), start: pa, end: pb, stated: stated))
                    }
                    itemStart = k + 1
                }
                k += 1
            }
        }
        guard !items.isEmpty else {
            if !newFacts.isEmpty { facts += newFacts }
            return nil
        }
        let valid = items.allSatisfy { OrganizationName.looksLikeOrganization($0.name) || OrganizationName.isCollective($0.name) }
        if !valid && !(anyLabel && items.filter({ OrganizationName.looksLikeOrganization($0.name) }).count * 2 >= items.count) { return nil }
        facts += newFacts
        var result: [Responsibility] = []
        for (index, item) in items.enumerated() {
            let collective = OrganizationName.isCollective(item.name)
            let (role, inferred) = anyStatedLead ? (item.stated == .lead ? .lead : .participant, false)
                : listedRole(at: index, collective: collective)
            result.append(Responsibility(name: item.name, role: role, roleInferred: inferred, collective: collective,
                                         start: item.start, end: item.end))
        }
        return result
    }

    private static let deng = u16("等")[0], he = u16("和")[0]
    private static let collectiveStarts = ["各", "有关", "相关", "其他"].map(u16)
    private static let togetherInItem = ["会同", "联合"].map(u16)

    /// One item of a list cut where it names more than one unit: `X等和各省级人民政府` → X, 各省级人民政府;
    /// `X等有关部门` → X, 有关部门 (a collective); `X会同Y` → X (stated lead), Y (participant).
    private func splitItem(_ range: Range<Int>) -> [(range: Range<Int>, lead: Bool, together: Bool)] {
        var k = range.lowerBound
        while k < range.upperBound {
            if let n = text.matchAny(Self.togetherInItem, at: k), k > range.lowerBound, k + n < range.upperBound {
                return [(range.lowerBound..<k, true, false)] + splitItem((k + n)..<range.upperBound).map { ($0.range, false, true) }
            }
            // 等 or 和 before a collective (各…, 有关…), or 等和.
            if text[k] == Self.deng || text[k] == Self.he, k > range.lowerBound + 1 {
                var next = k + 1
                if text[k] == Self.deng, next < range.upperBound, text[next] == Self.he { next += 1 }
                if next < range.upperBound, Self.collectiveStarts.contains(where: { text.matches($0, at: next) }) {
                    return [(range.lowerBound..<k, false, false), (next..<range.upperBound, false, false)]
                }
            }
            if let next = conjunction(at: k, in: range) {
                return [(range.lowerBound..<k, false, false)] + splitItem(next..<range.upperBound)
            }
            k += 1
        }
        return [(range, false, false)]
    }

    /// The start of the second name when 和, 及 or 以及 at `k` joins two whole names within `range`
    /// (机构编制部门和民政部门, 国家发展改革委及国家粮食局), nil otherwise. The first name must be of three
    /// characters or more and end as a name does, so that names with 和 inside stay whole (住房和城乡建设部,
    /// 国家发展和改革委员会: 住房 and 国家发展 are no names; 中央和国家机关工作委员会: 中央 is too short).
    private func conjunction(at k: Int, in range: Range<Int>) -> Int? {
        guard k - range.lowerBound >= 3, let n = text.matchAny(Self.conjunctions, at: k), k + n < range.upperBound,
              text.matchAny(Self.notSecondNames, at: k + n) == nil || text.matches(Self.others, at: k + n) else { return nil }
        let first = Self.withoutLevelCommas(OrganizationName.fold(text.string(range.lowerBound..<k)))
        let second = Self.withoutLevelCommas(OrganizationName.fold(text.string((k + n)..<range.upperBound)))
        return OrganizationName.looksLikeOrganization(first) && OrganizationName.looksLikeOrganization(second) ? k + n : nil
    }

    /// Splits a name range at every conjunction that joins two whole names (see `conjunction(at:in:)`).
    private func conjoined(_ range: Range<Int>) -> [Range<Int>] {
        var k = range.lowerBound
        while k < range.upperBound {
            if let next = conjunction(at: k, in: range) { return [range.lowerBound..<k] + conjoined(next..<range.upperBound) }
            k += 1
        }
        return [range]
    }

    private static let conjunctions = ["以及", "和", "及", "或者", "或"].map(u16)
    /// After a conjunction: 其 (X及其财政部门: X's own, one body with X) and the adverbs 及时, 及早 (X及时查处) open no
    /// second name; 其他 does (X和其他有关部门).
    private static let notSecondNames = ["其", "时", "早"].map(u16)
    private static let others = u16("其他")

    /// True when a 商 at `k` means "in consultation with" a body that follows (商国务院…, 商有关部门, 商同级…),
    /// not the first character of a name (商务部, 商会).
    private func isConsultation(at k: Int) -> Bool {
        k + 1 < text.count && text[k] == Self.consult && text.matchAny(Self.consultedOpenings, at: k + 1) != nil
            && (k == 0 || !Self.consultWordStarts.contains(text[k - 1]))
    }

    private static let consult = u16("商")[0]
    /// 协商, 磋商: 商 ending a word (与集体协商有关的) is no consultation of a body.
    private static let consultWordStarts = UnitSet("协磋")
    private static let consultedOpenings = ["国务院", "国家", "有关", "同级", "本级", "省", "市", "县", "中国", "中央", "财政", "海关"].map(u16)
    private static let you = u16("由")[0]
    private static let togetherWords = ["会同", "联合"].map(u16)
    private static let connectors = ["会同", "牵头", "负责", "联合", "按照", "根据", "商", "统筹", "组织", "指导", "制定", "制订",
                                     "研究", "依法", "对", "在", "和", "与", "另行", "及时", "适时", "或者", "或", "依照", "依据", "提出", "向"].map(u16)
                                     + enforcingVerbs + referringVerbs

    private static let connectorWords = ["会同", "牵头", "负责", "按照", "联合", "配合", "根据"]
    /// A verb followed by a collective (组织有关部门, 督促各地): never inside a name.
    private static let verbsOfCollectives: [String] = ["组织", "督促", "指导", "协调", "监督", "要求", "通知", "委托", "责成"].flatMap { verb in
        ["有关", "相关", "各"].map { verb + $0 }
    }

    /// The unit named by `range` of the text (inner spaces folded) in `role`.
    func unit(_ range: Range<Int>, role: ResponsibilityRole) -> Responsibility {
        let name = OrganizationName.fold(text.string(range))
        return Responsibility(name: name, role: role, collective: OrganizationName.isCollective(name),
                              start: range.lowerBound, end: range.upperBound)
    }

    /// The role of the `index`th unit of a list that states no lead: the first (not a collective) leads by custom,
    /// inferred unless the document states the custom (排在第一位的为牵头单位); the others take part.
    func listedRole(at index: Int, collective: Bool) -> (role: ResponsibilityRole, inferred: Bool) {
        index == 0 && !collective ? (.lead, !firstListedLeads) : (.participant, false)
    }

    /// 由财政部（按照…，）会同海关总署、税务总局…: a stated lead and participants.
    private func youClause(_ range: Range<Int>) -> [Responsibility] {
        // 联席会议由教育部、发展改革委…9个部门和单位组成，教育部为牵头单位: a unit stated to lead.
        for w in Self.statedLeadAfter {
            guard let at = text.find(w, from: range.lowerBound, to: range.upperBound) else { continue }
            var s = at
            while s > range.lowerBound, !Self.statedLeadStops.contains(text[s - 1]) { s -= 1 }
            let stated = unit(s..<at, role: .lead)
            if OrganizationName.looksLikeOrganization(stated.name) { return [stated] }
        }
        var found: [Responsibility] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard isAssigningYou(at: k, from: range.lowerBound),
                  let (nameEnd, _) = organization(at: k + 1, limit: range.upperBound) else { k += 1; continue }
            // 办公室成员由国家发展改革委、财政部…有关人员组成: a membership (由…组成/构成) lists who sits on a body; it
            // assigns no work, so no unit of it leads.
            if isMembership(from: k, limit: range.upperBound) { k = nameEnd; continue }
            // 分别由机构编制部门和民政部门依法办理: each of the joined names leads; so do the alternatives of
            // 由公安机关或者城市管理部门责令改正.
            var (result, leadEnd) = leads(after: k, nameEnd: nameEnd, limit: range.upperBound)
            var end = leadEnd
            while end < range.upperBound, !Self.sentenceEnds.contains(text[end]) { end += 1 }
            result += joined(after: leadEnd, limit: end)
            // 由海关总署牵头，商务部、税务总局配合: the units of a later clause of the sentence that join.
            result += joiningClauses(after: leadEnd, limit: end)
            // A penalty article names each body that acts in its own clause: 由X责令改正…，逾期不改的，由Y强制….
            found += result + enforcingClauses(after: leadEnd, limit: end)
            // Each sentence names its own (统计法: 国家统计调查项目由国家统计局制定…。部门统计调查项目由国务院有关部门制定。).
            k = end
        }
        return found
    }

    /// Ends of the sentences (and of the clauses of a list of cases, ；) that each name their own body.
    private static let sentenceEnds = UnitSet("。；;")

    /// 会同 … within the same sentence; 由X商Y制定: Y is consulted, X leads. The bodies named after the first
    /// 会同 / 联合 / 商 from `start` to the sentence's end, as participants.
    private func joined(after start: Int, limit: Int) -> [Responsibility] {
        var result: [Responsibility] = []
        var s = start
        while s < limit, !Self.clauseListEnds.contains(text[s]) {
            if let n = text.matchAny(Self.togetherWords, at: s) ?? (isConsultation(at: s) ? 1 : nil) {
                var itemStart = s + n
                while true {
                    guard let (end, _) = organization(at: itemStart, limit: limit, lenient: true) else { break }
                    result.append(unit(itemStart..<end, role: .participant))
                    if end < limit, text[end] == Self.enumerationComma { itemStart = end + 1 } else { break }
                }
                break
            }
            s += 1
        }
        return result
    }

    /// A sentence's end, or the colon before a list of cases (有下列行为之一的，由…：（一）在联合站…).
    private static let clauseListEnds = UnitSet("。：:")

    /// The bodies of the later 由 clauses of a measure that enforce (由公安机关依法给予治安管理处罚, 由区房屋管理部门
    /// 按照…予以处理), each leading; a later 由 that assigns anything else (所需费用由违法者支付) names no body.
    private func enforcingClauses(after start: Int, limit: Int) -> [Responsibility] {
        var result: [Responsibility] = []
        var k = start
        while k < limit {
            guard isAssigningYou(at: k, from: start), let (end, _) = organization(at: k + 1, limit: limit) else { k += 1; continue }
            let (bodies, bodyEnd) = leads(after: k, nameEnd: end, limit: limit)
            guard isEnforcement(at: bodyEnd, limit: limit), !isMembership(from: k, limit: limit) else { k += 1; continue }
            result += bodies
            // 由市场监督管理部门会同密码管理部门…予以处罚: the bodies it acts with take part.
            if text.matchAny(Self.togetherWords, at: bodyEnd) != nil { result += joined(after: bodyEnd, limit: limit) }
            k = bodyEnd
        }
        return result
    }

    /// True when an enforcing act follows the body that ends at `end`: 责令, 处以, 处二千元, 给予, 没收, 吊销, 予以 …,
    /// or 依法 / 按照 / 依据 / 对 leading to one.
    private func isEnforcement(at end: Int, limit: Int) -> Bool {
        guard end < limit else { return false }
        if text.matchAny(Self.enforcingVerbs, at: end) != nil || isFine(at: end, limit: limit) { return true }
        guard text.matchAny(Self.enforcingLeads, at: end) != nil else { return false }
        var e = end
        while e < limit, !Self.membershipClauseEnds.contains(text[e]) {
            if text.matchAny(Self.enforcingVerbs, at: e) != nil || isFine(at: e, limit: limit) { return true }
            e += 1
        }
        return false
    }

    /// 处 before an amount (处五千元, 处2万元) or a penalty (处警告, 处罚款): a fine, not the end of a name (办事处).
    private func isFine(at k: Int, limit: Int) -> Bool {
        k + 1 < limit && text[k] == Self.fine
            && (CharClass.isDigit(text[k + 1]) || Self.numerals.contains(text[k + 1]) || text.matchAny(Self.penalties, at: k + 1) != nil)
    }

    private static let penalties = ["警告", "罚款", "拘留"].map(u16)

    /// True when a 由 that may assign a body stands at `k` (the text read from `start`): not the 由 of the noun 理由 or
    /// 缘由 (将理由通知工会); that after a verb in 理 (管理由…负责, 办理, 处理 …) is one.
    private func isAssigningYou(at k: Int, from start: Int) -> Bool {
        guard text[k] == Self.you else { return false }
        guard k > start else { return true }
        if text[k - 1] == Self.reasonFirst[1] { return false }
        guard text[k - 1] == Self.reasonFirst[0] else { return true }
        return k - 1 > start && Self.verbsEndingInLi.contains(text[k - 2])
    }

    /// 理 (of 理由) and 缘 (of 缘由).
    private static let reasonFirst = u16("理缘")
    /// First characters of verbs that end in 理: 管理由, 办理由, 处理由, 审理由, 受理由 … are the verb and 由.
    private static let verbsEndingInLi = UnitSet("管办处审受治清修护代整料梳协监助打调")
    /// 所 opening 所在 or 所属 (其所在单位, 其户籍所在地, 其所属部门) ends no name.
    private static let place = u16("所")[0], placeFollowers = UnitSet("在属")

    /// The bodies a 由 at `you` names, each leading: the name ending at `nameEnd` split where it joins whole names
    /// (和, 及, 或者 …), and those listed after it (`alternativeBodies`); and where the last ends.
    private func leads(after you: Int, nameEnd: Int, limit: Int) -> ([Responsibility], Int) {
        let (alternatives, end) = alternativeBodies(after: nameEnd, limit: limit)
        return (([(you + 1)..<nameEnd] + alternatives).flatMap(conjoined).map { unit($0, role: .lead) }, end)
    }

    /// The names listed after a body with 、 or joined to it by 或者 / 或 (由公安机关或者城市市容环境卫生行政主管部门
    /// 责令改正, 由任免机关、单位或者监察机关依法给予处分): the ranges
    /// of the alternatives that follow `end`, and where the last ends.
    private func alternativeBodies(after end: Int, limit: Int) -> ([Range<Int>], Int) {
        var ranges: [Range<Int>] = []
        var at = end
        while at < limit, let n = text.matchAny(Self.alternatives, at: at) ?? (text[at] == Self.enumerationComma ? 1 : nil),
              let (next, _) = organization(at: at + n, limit: limit) {
            ranges.append((at + n)..<next)
            at = next
        }
        return (ranges, at)
    }

    private static let fine = u16("处")[0], toward = u16("对")[0]
    /// Words that end a whole name before them (its act, or how it acts); 对外 opens names (对外贸易主管部门).
    private static let nameEndingWords = enforcingVerbs + referringVerbs + ["依法", "依照", "依据", "按照", "根据", "负责", "会同", "牵头"].map(u16)
    private static let abroad = u16("对外")
    /// 由…有关部门报请同级人民政府予以撤销, 由镇人民政府督促业主委员会…, 由作出处罚决定的机关申请人民法院强制执行: a body
    /// that refers the matter to another, or urges or consults it, ends before the verb.
    private static let referringVerbs = ["报请", "提请", "报经", "报送", "上报", "转报", "核报", "督促", "征求", "申请人民法院"].map(u16)
    private static let numerals = UnitSet("一二两三四五六七八九十百千万")
    private static let alternatives = ["或者", "或"].map(u16)
    private static let enforcingVerbs = ["责令", "处以", "处罚", "并处", "给予", "没收", "吊销", "予以", "追缴", "撤销", "收回", "暂扣",
                                         "扣押", "查封", "强制", "取缔", "通报批评", "警告", "责成", "收缴", "注销", "取消", "查处", "处理", "追回", "拘留"].map(u16)
    private static let enforcingLeads = ["依法", "按照", "依照", "依据", "根据", "对", "可以", "可", "会同"].map(u16)

    /// True when the 由 at `you` opens a membership: its clause (to the next ，；。) ends in 组成 or 构成, or
    /// 成员/组成人员 stands just before 由; or an appointment of persons (组长由…副秘书长担任, 由…负责人兼任…主任).
    private func isMembership(from you: Int, limit: Int) -> Bool {
        if Self.memberNouns.contains(where: { you - $0.count >= 0 && text.matches($0, at: you - $0.count) }) { return true }
        var e = you + 1
        while e < limit, !Self.membershipClauseEnds.contains(text[e]) { e += 1 }
        if Self.compositionVerbs.contains(where: { e - $0.count > you && text.matches($0, at: e - $0.count) }) { return true }
        return Self.appointmentVerbs.contains { text.find($0, from: you + 1, to: e) != nil }
    }

    private static let memberNouns = ["成员", "组成人员", "成员单位"].map(u16)
    private static let compositionVerbs = ["组成", "构成"].map(u16)
    private static let appointmentVerbs = ["担任", "兼任"].map(u16)
    private static let statedLeadAfter = ["为牵头单位", "为牵头部门"].map(u16)
    private static let statedLeadStops = UnitSet("，,。；;：:、（(）)\n")
    private static let membershipClauseEnds = UnitSet("，,；;。：:\n")

    /// True when a 负责 within the first units after `start` opens a body named by its duty: 负责…工作的部门,
    /// 负责水路运输管理的部门 (Han characters only up to 的部门 / 的机构 / 的单位 / 的机关).
    private func dutyName(from start: Int, limit: Int) -> Bool {
        guard let at = text.find(Self.dutyWord, from: start, to: min(limit, start + 12)) else { return false }
        var e = at + Self.dutyWord.count
        while e < min(limit, at + 24), CharClass.isHan(text[e]) {
            if text.matchAny(Self.dutyNameEnds, at: e) != nil { return true }
            e += 1
        }
        return false
    }

    /// True when the units from `start` (or the last 、) to `k` name a level of government (市, 县（区）, 所在地城市),
    /// so that a 、 at `k` lists levels inside one name rather than separating two names.
    private func levelList(before k: Int, from start: Int) -> Bool {
        var b = k
        while b > start, text[b - 1] != Self.enumerationComma { b -= 1 }
        guard k - b <= 5 else { return false }
        var e = k
        if e > b, Self.close.contains(text[e - 1]) { while e > b, !Self.open.contains(text[e - 1]) { e -= 1 }; e -= 1 }
        return Self.levels.contains { e - $0.count >= b && text.matches($0, at: e - $0.count) }
    }

    private static let enumerationComma = u16("、")[0]

    /// A name read as a body without the 、 of levels listed inside it (市、县（市）人民政府 → 市县（市）人民政府):
    /// `organization(at:limit:lenient:)` lets such a 、 into a name only between levels (`levelList`).
    private static func withoutLevelCommas(_ name: String) -> String {
        name.includes("、") ? name.replacingOccurrences(of: "、", with: "") : name
    }
    private static let levels = ["省", "自治区", "直辖市", "市", "县", "区", "乡", "镇", "自治州", "自治县", "州", "旗", "城市", "设区的市"].map(u16)
    private static let dutyWord = u16("负责")
    private static let dutyNameEnds = ["的部门", "的机构", "的单位", "的机关"].map(u16)

    /// The closing bracket of a group of one to four Han characters, or of levels listed with 、, opening at `k`
    /// (（区）, (镇), （自治县）, （市、区）), nil otherwise.
    private func shortBracket(at k: Int, limit: Int) -> Int? {
        guard k < limit, Self.open.contains(text[k]) else { return nil }
        var e = k + 1
        while e < min(limit, k + 8), CharClass.isHan(text[e]) || text[e] == Self.enumerationComma && e > k + 1 { e += 1 }
        return e > k + 1 && e < limit && e - k <= 7 && Self.close.contains(text[e]) ? e : nil
    }

    /// An organisation name starting at `start`: the longest one followed by a connector or punctuation.
    private func organization(at start: Int, limit: Int, lenient: Bool = false) -> (Int, Int)? {
        var candidates: [Int] = []
        let dutyNamed = dutyName(from: start, limit: limit)
        var k = start + 2
        while k <= min(limit, start + 24) {
            // 市、县（区）人民政府, 省、自治区、直辖市人民政府: levels listed inside one name.
            if k < limit, text[k] == Self.enumerationComma, levelList(before: k, from: start), text.matchAny(Self.levels, at: k + 1) != nil {
                k += 2
                continue
            }
            // 县（区）人民政府, 乡(镇)人民政府: a short bracketed alternative inside the name.
            if let close = shortBracket(at: k - 1, limit: limit) { k = close + 2; continue }
            if !OrganizationName.suffixLastUnits.contains(text[k - 1])
                || text[k - 1] == Self.place && k < limit && Self.placeFollowers.contains(text[k]) {
                if k < limit, !CharClass.isHan(text[k]) && !CharClass.isLatin(text[k]) && !CharClass.isSpace(text[k]),
                   shortBracket(at: k, limit: limit) == nil { break }
                k += 1
                continue
            }
            let raw = text.string(start..<k)
            let name = raw.utf16.contains(where: CharClass.isSpace) ? OrganizationName.fold(raw) : raw
            // (联合 is a verb, but 联合会 and 联合社 are names: 中国残疾人联合会, 供销合作社联合社; and a name that opens
            // with it has no body before it to join: 由联合采购办公室负责.)
            var verbs = name.includes("联合") ? name.replacingOccurrences(of: "联合会", with: "").replacingOccurrences(of: "联合社", with: "") : name
            if verbs.hasPrefix("联合") { verbs.removeFirst(2) }
            // 负责英雄烈士保护工作的部门: a body named by its duty, 负责 inside the name.
            if dutyNamed { verbs = verbs.replacingOccurrences(of: "负责", with: "") }
            if Self.connectorWords.contains(where: { verbs.includes($0) }) { break }
            // 由学生本人或者其监护人向就读学校提出, 由分组会议对法制委员会…: a name holds no 向 and no 对 (but 对外).
            if verbs.includes("向") || verbs.replacingOccurrences(of: "对外", with: "").includes("对") { break }
            // 由国务院组织有关部门，…: a verb taking a collective object ends the name before it.
            if Self.verbsOfCollectives.contains(where: { verbs.includes($0) }) { break }
            let checked = Self.withoutLevelCommas(name)
            if OrganizationName.looksLikeOrganization(checked) || (OrganizationName.isCollective(checked) && checked.count >= 3 && (checked.hasSuffix("单位") || checked.hasSuffix("部门"))) {
                candidates.append(k)
                // 由市城市综合执法部门对单位处以…罚款: an enforcing act (or 对, its object) after a whole name ends it.
                if k < limit, text.matchAny(Self.nameEndingWords, at: k) != nil && !(dutyNamed && text.matches(Self.dutyWord, at: k))
                    || text[k] == Self.toward && !text.matches(Self.abroad, at: k) { break }
            }
            if k < limit, !CharClass.isHan(text[k]) && !CharClass.isLatin(text[k]), shortBracket(at: k, limit: limit) == nil { break }
            k += 1
        }
        // 国务院专利行政部门商国务院司法行政部门: 商 (in consultation with) between two bodies ends the first.
        if let consult = candidates.first(where: { $0 < limit && isConsultation(at: $0) }) {
            candidates.removeAll { $0 > consult }
        }
        for end in candidates.reversed() {
            // 由公安机关处警告: the 处 of a fine is not the end of the name.
            if isFine(at: end - 1, limit: limit) { continue }
            if end >= limit { return (end, end) }
            let u = text[end]
            if u == u16("、")[0] || u == u16("，")[0] || u == u16("。")[0] || text.matchAny(Self.connectors, at: end) != nil
                || isFine(at: end, limit: limit) {
                return (end, end)
            }
        }
        // In a list after 会同 the last name may run into the verb (海关总署管理): take the longest name.
        if lenient, let end = candidates.last { return (end, end) }
        return nil
    }
}
