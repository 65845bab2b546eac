import Foundation
import ZhengceText

/// Reads the dated header of a law, regulation or rule: the lines under the title such as
/// `2019年10月22日 中华人民共和国国务院令第722号公布`, `（2018年8月31日第十三届全国人民代表大会常务委员会
/// 第五次会议通过　自2019年1月1日起施行）` or `根据2015年…《关于修改…的决定》第一次修正`.
///
/// A line may hold several clauses; each starts at a date. The header's events give the dates
/// of adoption, promulgation, entry into force and amendment (the version chain), the adopting
/// body and the promulgating order.
enum LegislativeHeader {
    private static let verbs: [(word: String, kind: LegislativeEvent.Kind)] = [
        ("修正", .amended), ("修订", .revised), ("施行", .effective), ("公布", .promulgated), ("发布", .promulgated),
        ("颁布", .promulgated), ("印发", .promulgated), ("批准", .approved), ("通过", .adopted), ("修改", .amended),
        ("生效", .effective), ("起实施", .effective),
    ]

    /// True when `line` is a header line: it starts (after an optional bracket, 根据, 经 or 自) with a
    /// date and names one of the header's steps (通过, 公布, 施行, 修正, 修订, 发布, 批准).
    static func isHeaderLine(_ line: String) -> Bool {
        let text = UnitText(line)
        guard text.count <= 600, let start = dateStart(text) else { return false }
        guard DateParser.parse(text, at: start) != nil else { return false }
        return verbs.contains(where: { line.includes($0.word) }) || orderNumber(line) != nil
    }

    /// The header's clauses among `range` of `texts`: each group of paragraph indices is a line that starts
    /// with a date, with the lines that finish its clause when a wrap cut it (a 《…》 left open, no verb yet).
    /// A clause may run on past the range (to `limit`) when a wrap cut it.
    static func groups(_ texts: [String], in range: Range<Int>, limit: Int) -> [[Int]] {
        var out: [[Int]] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let text = UnitText(texts[i])
            guard text.count <= 600, let start = dateStart(text), DateParser.parse(text, at: start) != nil else { i += 1; continue }
            var group = [i]
            var joined = texts[i]
            var k = i + 1
            while k < limit, group.count < 4, !isComplete(joined) || k < range.upperBound && lastClauseLacksStep(joined) {
                let next = UnitText(texts[k])
                // A new dated clause starts, unless this one is a meeting waiting for its verb (A会议 / B会议通过).
                if let s = dateStart(next), DateParser.parse(next, at: s) != nil,
                   !(joined.hasSuffix("会议") || joined.hasSuffix("会议、")) || !hasVerb(texts[k]) { break }
                // A numbered line starts the body, unless a 《…》 of the clause is still open (…第三十条、第三十一条的决定》).
                if NumberingLabel.detect(next) != nil, next.count > 12, titleDepth(joined) <= 0 { break }
                // Past the header, only a short tail finishes the clause (`会议通过）`).
                if k >= range.upperBound, next.count > 60 || !hasVerb(texts[k]) && titleDepth(joined) <= 0 { break }
                group.append(k)
                joined += texts[k]
                k += 1
            }
            if hasVerb(joined), !joined.hasSuffix("。") || joined.hasSuffix("）。") {
                out.append(group)
                i = k
            } else if isBareDate(texts[i]) {
                // `1985年12月30日` alone under the title: the date the text was issued.
                out.append([i])
                i += 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// The text of a header clause wrapped over `lines` (a group of `groups`), read as one line. Lines are joined
    /// as they are, but a line break between two bodies listed one per line (`1984年1月7日 国务院` / `中央军委发布`;
    /// `国家经济委员会` / `国家基本建设委员会` / … / `国家档案局发布`) separates them as 、 would.
    static func joined(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if !out.isEmpty, separatesBodies(after: out, before: line) { out += "、" }
            out += line
        }
        return out
    }

    /// True when `text` ends with a body's name after its last date (no step named yet, no 《…》 open) and `next`
    /// is another body's name, alone or before the step (发布, 公布 …).
    private static func separatesBodies(after text: String, before next: String) -> Bool {
        let units = UnitText(text)
        guard titleDepth(text) <= 0, let last = clauseStarts(units).last else { return false }
        let tail = units.string((last.offset + last.length)..<units.count).trimmedText
        guard !tail.isEmpty, !hasVerb(tail),
              let previous = tail.split(separator: "、").last.map({ String($0).trimmedText }),
              OrganizationName.looksLikeOrganization(previous) else { return false }
        var name = next.trimmedText
        for verb in ["联合发布", "发布", "公布", "颁布", "印发", "批准"] where name.hasSuffix(verb) {
            name = String(name.dropLast(verb.count))
            break
        }
        guard !["第", "常务委员会", "常委会", "会议"].contains(where: { name.hasPrefix($0) }), !hasVerb(name) else { return false }
        return OrganizationName.looksLikeOrganization(name)
    }

    /// True when the last dated clause of `s` names no step yet (`…批准的2015年12月25日…会议关于修` cut by a wrap
    /// inside the header): the next undated line finishes it.
    private static func lastClauseLacksStep(_ s: String) -> Bool {
        guard let last = clauseStarts(UnitText(s)).last else { return false }
        let text = UnitText(s)
        return !hasVerb(text.string((last.offset + last.length)..<text.count))
    }

    /// A line that is one date and nothing else.
    static func isBareDate(_ line: String) -> Bool {
        let text = UnitText(line.trimmedText)
        guard text.count > 0, let (_, length) = DateParser.parse(text, at: 0) else { return false }
        return length == text.count
    }

    /// Brackets of titles closed and a step named outside them.
    private static func isComplete(_ s: String) -> Bool {
        titleDepth(s) <= 0 && hasVerb(s)
    }

    /// 《 minus 》 in `s`.
    private static func titleDepth(_ s: String) -> Int {
        var depth = 0
        for ch in s { if ch == "《" { depth += 1 } else if ch == "》" { depth -= 1 } }
        return depth
    }

    /// A step named outside 《…》, or an order number (`2017年11月22日 中华人民共和国国务院令第692号`: promulgated).
    private static func hasVerb(_ s: String) -> Bool {
        let bare = outsideTitles(s)
        return verbs.contains(where: { bare.includes($0.word) }) || orderNumber(bare) != nil
    }

    /// A line that starts with a date (after an optional bracket and lead word).
    static func isHeaderStart(_ line: String) -> Bool {
        let text = UnitText(line)
        guard text.count <= 600, let start = dateStart(text) else { return false }
        return DateParser.parse(text, at: start) != nil
    }

    /// True when a header clause is still inside a 《…》 after `line` (`continuing`: it was before the line).
    static func leavesTitleOpen(_ line: String, after continuing: Bool) -> Bool {
        var depth = continuing ? 1 : 0
        for ch in line { if ch == "《" { depth += 1 } else if ch == "》" { depth -= 1 } }
        return depth > 0
    }

    /// A header line whose clause is finished (titles closed, a step named): what follows is not part of it.
    static func isCompleteHeaderLine(_ line: String) -> Bool {
        isHeaderLine(line) && isComplete(line)
    }

    /// Where the first date of a header line starts, after an optional opening bracket and lead word.
    private static func dateStart(_ text: UnitText) -> Int? {
        var i = 0
        while i < text.count, CharClass.isSpace(text[i]) { i += 1 }
        if i < text.count, text[i] == u16("（")[0] || text[i] == u16("(")[0] { i += 1 }
        for lead in ["根据", "经", "自", "于"].map(u16) where text.matches(lead, at: i) { i += lead.count; break }
        guard i < text.count, CharClass.isDigit(text[i]) || CharClass.isChineseNumeral(text[i]) else { return nil }
        return i
    }

    /// The events of one header line, in order.
    static func events(inLine line: String) -> [LegislativeEvent] {
        let text = UnitText(line)
        let starts = clauseStarts(text)
        if starts.count == 1, isBareDate(line) {
            return [LegislativeEvent(kind: .promulgated, date: starts[0].iso, text: line.trimmedText)]
        }
        var events: [LegislativeEvent] = []
        var pending: [(clause: String, date: String, written: String, events: [LegislativeEvent])] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].offset : text.count
            let clauseUnits = text.string((start.offset + start.length)..<end)
            var clause = clauseUnits.trimmedText
            // Lead words of the next clause and closing brackets belong to no clause.
            for tail in ["根据", "并经", "经", "自", "，", "、", "）", ")", "；"] {
                while clause.hasSuffix(tail) { clause = String(clause.dropLast(tail.count)).trimmedText }
            }
            let written = (text.string(start.offset..<(start.offset + start.length)) + clauseUnits).trimmedText
            pending.append((clause, start.iso, trimClause(written), eventsInClause(clause, date: start.iso, written: trimClause(written))))
        }
        // `A会议、B会议通过` (two bodies, two dates, one verb): a meeting with no verb of its own takes the next one's.
        for k in pending.indices.reversed() where pending[k].events.isEmpty && pending[k].clause.includes("会议") && k + 1 < pending.count {
            if let next = pending[k + 1].events.first(where: { $0.kind == .adopted || $0.kind == .approved }) {
                pending[k].events = [LegislativeEvent(kind: next.kind, date: pending[k].date,
                                                      body: actingBody(pending[k].clause).map { MatchKey.fold($0).trimmedText },
                                                      text: pending[k].written)]
            }
        }
        for item in pending { events += item.events }
        return events
    }

    /// Every date that opens a clause (a date inside 《…》 names a decision, not a step).
    private static func clauseStarts(_ text: UnitText) -> [(offset: Int, iso: String, length: Int)] {
        var starts: [(offset: Int, iso: String, length: Int)] = []
        var depth = 0
        var i = 0
        while i < text.count {
            let u = text[i]
            if u == u16("《")[0] { depth += 1 } else if u == u16("》")[0] { depth = max(0, depth - 1) }
            if depth == 0, CharClass.isDigit(u) || CharClass.isChineseNumeral(u),
               i == 0 || !(CharClass.isDigit(text[i - 1]) || CharClass.isChineseNumeral(text[i - 1])),
               let (iso, length) = DateParser.parse(text, at: i) {
                starts.append((i, iso, length))
                i += length
                continue
            }
            i += 1
        }
        return starts
    }

    private static func trimClause(_ s: String) -> String {
        var t = s
        for tail in ["根据", "并经", "经", "自", "，", "、", "）", ")", "；"] {
            while t.hasSuffix(tail) { t = String(t.dropLast(tail.count)).trimmedText }
        }
        return t
    }

    /// The events one dated clause states: `…会议通过`, `…令第722号公布`, `起施行`, `…修订通过` (one revision),
    /// `…通过并公布` (adoption and promulgation on one date).
    private static func eventsInClause(_ clause: String, date: String, written: String) -> [LegislativeEvent] {
        // Outside 《…》: the verbs of the decision's title are not this clause's.
        let bare = outsideTitles(clause)
        var kinds: [LegislativeEvent.Kind] = []
        if bare.includes("修正") { kinds.append(.amended) }
        else if bare.includes("修订") { kinds.append(.revised) }
        else {
            if bare.includes("通过") { kinds.append(.adopted) }
            if bare.includes("批准") { kinds.append(.approved) }
            if bare.includes("公布") || bare.includes("发布") || bare.includes("颁布") || bare.includes("印发") { kinds.append(.promulgated) }
            if kinds.isEmpty, bare.includes("修改") { kinds.append(.amended) }
        }
        if kinds.isEmpty, orderNumber(bare) != nil { kinds.append(.promulgated) }
        if (bare.includes("施行") && !bare.includes("停止施行")) || bare.includes("起生效") || bare.includes("起实施") {
            // 2020年1月1日 施行 / 自2019年1月1日起施行 / 起生效 / 起实施: the date is the entry into force.
            if kinds.isEmpty || bare.hasPrefix("起施行") || bare.hasPrefix("施行") || bare.hasPrefix("起生效")
                || bare.hasPrefix("起实施") { kinds = [.effective] }
        }
        var body = actingBody(bare).map { MatchKey.fold($0).trimmedText }
        // …会议批准的《宁波市人民代表大会常务委员会关于修改〈…〉的决定》修正, …会议批准修订: the meeting approved a change that
        // the city's congress made; the body that changed the text is the decision's author, or (unnamed) the one whose
        // adoption the header states, not the approving province.
        if kinds.contains(where: { $0 == .amended || $0 == .revised }), bare.includes("批准") {
            body = decisionAuthor(clause)
        }
        let number = orderNumber(bare)
        return kinds.map { kind in
            LegislativeEvent(kind: kind, date: date,
                             body: kind == .promulgated || kind == .effective ? (number == nil ? body : nil) : body,
                             number: kind == .promulgated || kind == .revised || kind == .amended ? number : nil, text: written)
        }
    }

    /// The body that made the decision a clause names by its title: 《宁波市人民代表大会常务委员会关于修改〈…〉的决定》 →
    /// 宁波市人民代表大会常务委员会; nil when the title names none before 关于.
    private static func decisionAuthor(_ clause: String) -> String? {
        guard let open = clause.firstIndex(of: "《"), let about = clause.range(of: "关于", range: open..<clause.endIndex) else { return nil }
        let author = MatchKey.fold(String(clause[clause.index(after: open)..<about.lowerBound])).trimmedText
        return author.count >= 4 && author.count <= 30 && !author.contains("《") && !author.contains("〈")
            && ["委员会", "人民代表大会", "人民政府", "国务院"].contains(where: { author.hasSuffix($0) }) ? author : nil
    }

    /// The clause with every 《…》 span removed. A step verb typed inside the closing mark after a
    /// decision's title (`《关于修改…的决定修正》`, a misplaced 》) is the clause's own and is kept.
    private static func outsideTitles(_ s: String) -> String {
        var out = ""
        var depth = 0
        var title = ""
        for ch in s {
            if ch == "《" { depth += 1; if depth == 1 { title = "" }; continue }
            if ch == "》" {
                if depth == 1, let verb = misplacedVerbs.first(where: { title.hasSuffix("决定" + $0) }) { out += verb }
                depth = max(0, depth - 1)
                continue
            }
            if depth == 0 { out.append(ch) } else { title.append(ch) }
        }
        return out
    }

    /// Step verbs found typed before a decision title's closing mark.
    private static let misplacedVerbs = ["修正", "修订", "通过", "批准", "公布"]

    /// The meeting or body named before the verb: `第十三届全国人民代表大会常务委员会第五次会议`,
    /// `国务院第66次常务会议`, `最高人民法院审判委员会第1234次会议`, `国务院` (国务院批准).
    static func actingBody(_ clause: String) -> String? {
        var s = clause.trimmedText
        for lead in ["经", "由", "在"] where s.hasPrefix(lead) { s = String(s.dropFirst(lead.count)) }
        if let meeting = s.range(of: "会议") {
            let body = String(s[s.startIndex..<meeting.upperBound]).trimmedText
            return body.count >= 4 ? body : nil
        }
        for verb in ["公告公布", "公告发布", "批准", "通过", "公布", "发布", "颁布"] {
            if let r = s.range(of: verb) {
                var body = String(s[s.startIndex..<r.lowerBound]).trimmedText
                if verb.hasPrefix("公告") { body += "公告" }
                for step in ["修订", "修正"] where body.hasSuffix(step) { body = String(body.dropLast(2)) }
                if body.hasSuffix("令") || body.includes("令第") || body.isEmpty || body.count > 40 { return nil }
                return body
            }
        }
        return nil
    }

    /// The order or announcement in a promulgation clause, normalised: 中华人民共和国国务院令第722号 → 国务院令第722号,
    /// 中华人民共和国主席令第三十一号 → 主席令第31号, 上海市人民代表大会常务委员会公告第12号 kept as written.
    static func orderNumber(_ clause: String) -> String? {
        guard let end = clause.range(of: "号") else { return nil }
        let head = String(clause[clause.startIndex..<end.upperBound])
        guard head.includes("令第") || head.includes("公告第") || head.includes("令〔") || head.includes("公告〔") else { return nil }
        return DocumentNumber.normalize(head)
    }
}

extension LegislativeHeader {
    /// The date of the version a text is: the latest step that made it (promulgation, adoption,
    /// approval, amendment, revision; entry into force is not one), with that step's kind.
    /// On one date promulgation names the step, then adoption.
    static func versionDate(_ history: [LegislativeEvent]) -> (date: String, basis: String)? {
        let making = history.filter(\.makesVersion)
        guard let latest = making.map(\.date).max() else { return nil }
        let order: [LegislativeEvent.Kind] = [.promulgated, .adopted, .revised, .amended, .approved]
        let kinds = making.filter { $0.date == latest }.map(\.kind)
        let kind = order.first(where: kinds.contains) ?? .adopted
        return (latest, kind.rawValue)
    }

    /// The order that promulgated the current version (a promulgation, or a revision or amendment made by
    /// an order, no earlier than every other step); an order of an earlier version is not this text's number.
    static func versionNumber(_ history: [LegislativeEvent]) -> String? {
        guard let latest = history.filter(\.makesVersion).map(\.date).max() else { return nil }
        return history.last(where: { $0.makesVersion && $0.number != nil && $0.date >= latest })?.number
    }

    /// The body that adopted the current version: the latest adoption, revision or amendment that names one. A text
    /// titled by its place (青岛市禁止焚烧抛撒丧葬祭奠物品规定) is that place's own: when the header also has steps of
    /// another place's body (the province's congress, which approves a city's regulation, sometimes written 通过), the
    /// latest step of a body of the title's place.
    static func adoptingBody(_ history: [LegislativeEvent], title: String? = nil) -> String? {
        let steps = history.filter { [.adopted, .revised, .amended].contains($0.kind) && $0.body != nil }
        // The place a name opens with, read as issuers' and titles' places are (`RegionTable.classify(issuer:)`); a body
        // written without its place (县第十六届人民代表大会…) is of none other.
        if let place = title.flatMap({ RegionTable.classify(issuer: $0)?.1 }) {
            let own = steps.filter { step in RegionTable.classify(issuer: step.body ?? "")?.1.map { $0 == place } ?? true }
            if !own.isEmpty, own.count < steps.count { return own.max(by: { $0.date < $1.date })?.body }
        }
        return steps.max(by: { $0.date < $1.date })?.body
    }
}

extension LegislativeHeader {
    /// The institution behind a meeting: 第十三届全国人民代表大会常务委员会第五次会议 → 全国人民代表大会常务委员会,
    /// 上海市第十五届人民代表大会常务委员会第二十次会议 → 上海市人民代表大会常务委员会, 国务院第66次常务会议 → 国务院.
    static func institution(ofBody body: String) -> String? {
        var s = body
        // Drop the meeting: the last 第…次 and what follows it.
        if let r = s.range(of: "第", options: .backwards), s[r.upperBound...].includes("次") || s[r.upperBound...].includes("会议") {
            s = String(s[s.startIndex..<r.lowerBound])
        }
        // Drop the term: 第十三届.
        if let open = s.range(of: "第"), let close = s.range(of: "届", range: open.upperBound..<s.endIndex),
           s.distance(from: open.upperBound, to: close.lowerBound) <= 4 {
            s.removeSubrange(open.lowerBound..<close.upperBound)
        }
        // Local headers write the term and the meeting without 第 (市十四届人大五次会议, 宁波市十五届人大常委会第三十四次会议)
        // and a year into a meeting's name (国家互联网信息办公室2021年第20次室务会议).
        for tail in ["会议", "常务会议"] where s.hasSuffix(tail) { s = String(s.dropLast(tail.count)) }
        s = Self.dropNumbered(s.trimmedText)
        s = Self.congressInFull(s).trimmedText
        guard s.count >= 2, s.count <= 30, !s.includes("《") else { return nil }
        return s
    }

    /// A people's congress named short at the end of `name` named in full: …人大常委会 → …人民代表大会常务委员会,
    /// …人大 → …人民代表大会; any other name as it is.
    static func congressInFull(_ name: String) -> String {
        if name.hasSuffix("人大常委会") { return String(name.dropLast(5)) + "人民代表大会常务委员会" }
        if name.hasSuffix("人大") { return String(name.dropLast(2)) + "人民代表大会" }
        return name
    }

    /// `s` without a term or meeting count written without 第 (十四届, 五次), and without a trailing year (2021年).
    private static func dropNumbered(_ s: String) -> String {
        let chars = Array(s)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            var j = i
            while j < chars.count, numerals.contains(chars[j]) || chars[j].isASCII && chars[j].isNumber { j += 1 }
            if j > i, j < chars.count, ["届", "次"].contains(chars[j]) || chars[j] == "年" && j == chars.count - 1 && j - i == 4 {
                i = j + 1
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return String(out)
    }

    private static let numerals = Set("一二三四五六七八九十百零〇")
}
