import Foundation
import ZhengceText

/// Metadata read from a document's own text, and where its body lies.
struct HeaderAnalysis {
    var title: String?
    var noticeTitle: String?
    var docNumber: String?
    var issuers: [String] = []
    var date: String?
    var publishedDate: String?
    var type: String?
    var level: DocumentLevel?
    var region: String?
    var status: DocumentStatus = .final
    var period: PlanPeriod?
    /// The dated steps a legislative header lists (adoption, promulgation, entry into force, amendments).
    var history: [LegislativeEvent] = []
    /// What `date` is: "promulgated", "adopted", "amended" … from the history, "signed" from a signature,
    /// "stated" from a labelled field.
    var dateBasis: String?
    /// Paragraph index where the numbered body (the plan's body for a notice with a plan) starts.
    var outlineStart: Int = 0
    /// Paragraph index one past the body (signature block, closing and attachments excluded).
    var outlineEnd: Int = 0
    /// Paragraph indices that belong to the header, signature or date (not body text).
    var furniture: Set<Int> = []
}

/// Finds title, 发文字号, issuers, dates, type, level, region, status and period.
enum MetadataExtractor {
    static func analyze(_ paragraphs: [SourceParagraph], frontMatter: [String: String], infoParagraphs: Int?) -> HeaderAnalysis {
        var result = HeaderAnalysis()
        let texts = paragraphs.map(\.text)
        result.outlineEnd = texts.count
        if let web = frontMatter["date"] { result.publishedDate = DateParser.webDate(web) }

        // gov.cn-style information table: 标题／发文机关／发文字号／成文日期／发布日期 fields.
        let fields = labelledFields(texts)
        result.furniture.formUnion(fields.indices)

        let bodyStart = infoParagraphs ?? findBodyStart(texts, from: 0, skipping: fields.indices)
        let header = 0..<min(bodyStart, texts.count)
        // A legislative header under the title (a Markdown info block, or plain lines before the body): dated
        // clauses of adoption, promulgation, entry into force and amendment, a clause sometimes wrapped over lines.
        var historyGroups = LegislativeHeader.groups(texts, in: header, limit: texts.count)
        // An empty Markdown info block with the bracketed note just after it (（2001年2月6日…通过，根据…修正）).
        if historyGroups.isEmpty, infoParagraphs != nil, bodyStart < texts.count, isAdoptionNote(texts[bodyStart]) {
            historyGroups = LegislativeHeader.groups(texts, in: bodyStart..<(bodyStart + 1), limit: texts.count)
        }
        let historyIndices = Set(historyGroups.joined())

        // 发文字号: a short paragraph of its own near the top.
        var numberIndex: Int?
        // A title repeated under a header block (a judicial interpretation's 法释〔2023〕7号 after its issuers and
        // title lines) is short lines without sentences: the number may follow them.
        var numberLimit = max(bodyStart, 1) + 2
        while numberLimit < min(texts.count, bodyStart + 8), numberLimit - 2 < texts.count,
              texts[numberLimit - 2].count <= 40, !texts[numberLimit - 2].includes("。"), !texts[numberLimit - 2].includes("，") {
            numberLimit += 1
        }
        for i in 0..<min(texts.count, numberLimit) where isDocNumberLine(texts[i]) {
            let first = texts[i].split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).first.map(String.init) ?? texts[i]
            result.docNumber = DocumentNumber.normalize(texts[i].includes("签发人") ? first : texts[i])
            numberIndex = i
            result.furniture.insert(i)
            break
        }

        // Banner (…文件) in the header: the names are the issuers.
        var banner = Set<Int>()
        // (A title line wrapped after 文件, 关于全面推行行政规范性文件 / 合法性审核机制的指导意见, is no banner.)
        if let b = header.first(where: { texts[$0].hasSuffix("文件") && texts[$0].count <= 40 && !texts[$0].includes("关于") }) {
            var lo = b, hi = b
            while lo - 1 >= header.lowerBound, isBannerLine(texts[lo - 1]) { lo -= 1 }
            while hi + 1 < header.upperBound, isBannerLine(texts[hi + 1]), !texts[hi + 1].hasSuffix("文件") || hi + 1 == b { hi += 1 }
            for k in lo...hi { banner.insert(k) }
            result.issuers = banner.sorted().flatMap { names(inLine: String(texts[$0].dropSuffixIfPresent("文件"))) }
        }
        result.furniture.formUnion(banner)

        // Title: the header run that reads like a title.
        var titleIndices: [Int] = []
        var runs: [[Int]] = []
        var run: [Int] = []
        for i in header {
            let t = texts[i]
            let excluded = banner.contains(i) || i == numberIndex || fields.indices.contains(i) || DateParser.standalone(t) != nil || isStatusLine(t)
                || t.hasSuffix("：") || t.hasPrefix("（此件") || isAdoptionNote(t) || historyIndices.contains(i)
            if excluded {
                if !run.isEmpty { runs.append(run); run = [] }
            } else {
                run.append(i)
            }
        }
        if !run.isEmpty { runs.append(run) }
        if let heading = header.first(where: { paragraphs[$0].isHeading && !banner.contains($0) }) {
            titleIndices = [heading]
        } else if var best = runs.first(where: { r in
            let joined = r.map { texts[$0] }.joined()
            return joined.includes("关于") || DocumentTypes.type(ofTitle: joined) != nil
                || r.contains(where: { LineJoiner.endsLikeTitle(texts[$0]) })
        }) {
            // Site furniture before a title (首页, 当前位置) is short; a title is at most four lines.
            if let end = best.firstIndex(where: { DocumentTypes.type(ofTitle: texts[$0]) != nil || LineJoiner.endsLikeTitle(texts[$0]) }) {
                best = Array(best[...end])
            }
            // A title has no sentence-final 。: a line ending one after the title starts the body.
            if let stop = best.firstIndex(where: { LineJoiner.endsSentence(UnitText(texts[$0])) }), stop > 0 { best = Array(best[..<stop]) }
            while best.count > 1, texts[best[0]].count <= 4 { best.removeFirst() }
            if best.count > 4 { best = Array(best.suffix(4)) }
            titleIndices = best
        } else if infoParagraphs == nil, let first = runs.first, first.count <= 3 {
            // Nothing reads like a title: the first line is the title; what follows it (a heading such as
            // 基本案情, a part such as 侵权责任编) is not part of it.
            titleIndices = [first[0]]
        }
        if !titleIndices.isEmpty {
            result.title = normalizeTitle(titleIndices.map { texts[$0] }.reduce("") { $0.isEmpty ? $1 : LineJoiner.glue($0, $1) })
            result.furniture.formUnion(titleIndices)
        } else if let webTitle = frontMatter["title"], webTitle.includes("关于") || DocumentTypes.type(ofTitle: webTitle) != nil {
            result.title = normalizeTitle(webTitle)
        }
        for i in header where isStatusLine(texts[i]) { result.furniture.insert(i) }

        // Status.
        let headerText = header.map { texts[$0] }.joined() + (result.title ?? "")
        if DocumentTypes.draftMarks.contains(where: { headerText.includes($0) }) { result.status = .draft }
        if let t = result.title { result.title = stripStatus(t) }

        // A notice publishing a plan: the plan's title and body.
        // A header clause cut by the end of an info block (`…第二次` / `会议通过）`) ends after it.
        var outlineStart = max(bodyStart, (historyGroups.last?.last).map { $0 + 1 } ?? 0)
        var noticeEnd = texts.count
        // An order (中华人民共和国国务院令 / 第706号) that publishes a regulation: the order's number is the
        // document's, the regulation (the first 《…》 of the order's text) is its title and body.
        var orderNumber: String?
        var orderPublishes: String?
        if texts.count > 3, texts[0].hasSuffix("令"), texts[0].count <= 24, texts[1].hasPrefix("第"), texts[1].hasSuffix("号"),
           texts[1].count <= 10, let number = DocumentNumber.normalize(texts[0] + texts[1]) {
            orderNumber = number
            result.docNumber = number
            result.furniture.formUnion([0, 1])
            result.title = texts[0] + texts[1]
            let order = texts[2]
            if let open = order.firstIndex(of: "《"), let close = order[open...].firstIndex(of: "》") {
                orderPublishes = String(order[order.index(after: open)..<close])
            }
        }
        if let t = result.title, let plan = orderPublishes ?? publishedPlanTitle(t) {
            let key = foldTitle(plan)
            var found: Int?
            var k = orderPublishes != nil ? 3 : bodyStart
            while k < texts.count, found == nil {
                for span in 1...3 where k + span <= texts.count {
                    let joined = foldTitle(texts[k..<(k + span)].joined())
                    if joined == key || (joined.hasPrefix(key) && joined.count <= key.count + 12) || (key.hasPrefix(joined) && span == 3 && joined.count > 8 && false) {
                        found = k
                        for m in k..<(k + span) { result.furniture.insert(m) }
                        outlineStart = k + span
                        break
                    }
                }
                k += 1
            }
            if let found {
                result.noticeTitle = t
                result.title = normalizeTitle(plan)
                noticeEnd = found
                // Skip the plan's own header lines (status, period, 附件 marks).
                while outlineStart < texts.count, isStatusLine(texts[outlineStart]) || DateParser.standalone(texts[outlineStart]) != nil {
                    result.furniture.insert(outlineStart)
                    outlineStart += 1
                }
                if found > 0, texts[found - 1].hasPrefix("附件") { result.furniture.insert(found - 1) }
                // The published text's own legislative header (（1991年3月4日…发布　2018年9月6日…修订通过）).
                for group in LegislativeHeader.groups(texts, in: outlineStart..<min(texts.count, outlineStart + 1), limit: texts.count) {
                    if !historyIndices.contains(group[0]) {
                        result.history += LegislativeHeader.events(inLine: LegislativeHeader.joined(group.map { texts[$0] }))
                    }
                    result.furniture.formUnion(group)
                    outlineStart = group.last.map { $0 + 1 } ?? outlineStart
                }
            }
        }
        result.outlineStart = outlineStart

        // Date: the first stand-alone date after the body starts (the notice's own, for a notice with a plan).
        var dateIndex: Int?
        // A legislative header: （2023年10月24日第十四届全国人民代表大会常务委员会第六次会议通过）, or lines such as
        // `2019年10月22日 中华人民共和国国务院令第722号公布` under the title (a Markdown info block or plain text).
        for group in historyGroups {
            result.furniture.formUnion(group)
            result.history += LegislativeHeader.events(inLine: LegislativeHeader.joined(group.map { texts[$0] }))
        }
        if let (date, basis) = LegislativeHeader.versionDate(result.history) {
            result.date = date
            result.dateBasis = basis
        }
        if let info = infoParagraphs, result.date == nil {
            for i in 0..<info {
                let text = UnitText(texts[i])
                if let d = DateParser.parse(text, at: 0) { result.date = d.iso; result.dateBasis = "stated" }
            }
        } else if infoParagraphs == nil {
            for i in (orderNumber != nil ? min(bodyStart, 2) : bodyStart)..<texts.count where DateParser.standalone(texts[i]) != nil {
                if result.noticeTitle != nil && i >= noticeEnd { break }
                // The header's dates say when the text was made; a signature date serves otherwise.
                if result.history.isEmpty || result.dateBasis == nil {
                    result.date = DateParser.standalone(texts[i])
                    result.dateBasis = "signed"
                }
                dateIndex = i
                break
            }
        }

        // The order promulgated the text on its own date; its text says when it takes effect.
        if let number = orderNumber, let d = dateIndex, let date = DateParser.standalone(texts[d]) {
            let order = texts[2]
            result.history.append(LegislativeEvent(kind: .promulgated, date: date, number: number, text: order))
            result.history += LegislativeHeader.events(inLine: order).filter { $0.kind == .effective }
            if let (date, basis) = LegislativeHeader.versionDate(result.history) { result.date = date; result.dateBasis = basis }
        }
        // A date alone in the header (a collection's 2022-03-15) when nothing else dates the text.
        if result.date == nil, let i = header.first(where: { DateParser.standalone(texts[$0]) != nil }) {
            result.date = DateParser.standalone(texts[i])
            result.dateBasis = "stated"
            result.furniture.insert(i)
        }

        // Signature block: the names just above the date.
        if let d = dateIndex {
            var names: [String] = []
            var k = d - 1
            while k >= bodyStart, k >= d - 30 {
                let line = foldedNames(inLine: texts[k])
                if texts[k].count <= 40, line.allSatisfy(OrganizationName.looksLikeOrganization), !line.isEmpty {
                    names.insert(contentsOf: line, at: 0)
                    result.furniture.insert(k)
                    k -= 1
                } else {
                    break
                }
            }
            result.furniture.insert(d)
            if result.issuers.isEmpty { result.issuers = names }
            // The body ends before the signature unless the plan follows.
            if result.noticeTitle == nil, d > outlineStart {
                result.outlineEnd = min(result.outlineEnd, k + 1)
            }
            if d + 1 < texts.count, texts[d + 1].hasPrefix("（此件") { result.furniture.insert(d + 1) }
        }
        if result.issuers.isEmpty, let t = result.noticeTitle ?? result.title, let head = issuerHead(ofTitle: t) {
            var prefix = head
            // 国务院办公厅转发国家教委关于…的通知: the forwarding body issues it, not the one whose text it forwards.
            if let verb = ["转发", "批转"].compactMap({ prefix.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
               verb.lowerBound != prefix.startIndex {
                prefix = String(prefix[prefix.startIndex..<verb.lowerBound])
            }
            result.issuers = names(inLine: prefix).filter(OrganizationName.looksLikeOrganization)
        }
        // A notice whose attachment (after the signature) is numbered: the attachment is the body — unless the text
        // above the signature is numbered itself (an 意见 or 通知 with its own 一、二、…, whose attachment is a table of
        // indicators or a sample form).
        func numberedLines(_ lines: Range<Int>) -> Int {
            lines.lazy.filter { NumberingLabel.detect(UnitText(texts[$0])) != nil }.prefix(2).count
        }
        if result.noticeTitle == nil, let d = dateIndex, d >= outlineStart,
           numberedLines(outlineStart..<max(outlineStart, min(result.outlineEnd, d))) < 2,
           ((d + 1)..<texts.count).contains(where: { NumberingLabel.detect(UnitText(texts[$0])) != nil }) {
            var k = d + 1
            // Editorial notes after the signature: （此件公开发布）, （本文有删减）.
            while k < texts.count, texts[k].hasPrefix("（此件") || texts[k].hasPrefix("附件") || isStatusLine(texts[k])
                    || (texts[k].hasPrefix("（") && texts[k].hasSuffix("）") && texts[k].count <= 16) {
                result.furniture.insert(k)
                k += 1
            }
            if k < texts.count, texts[k].count <= 80, !texts[k].includes("。"), NumberingLabel.detect(UnitText(texts[k])) == nil,
               LineJoiner.endsLikeTitle(texts[k]) {
                if let t = result.title, publishedPlanTitle(t) != nil || t.includes("印发") || t.includes("转发") {
                    result.noticeTitle = t
                    result.title = normalizeTitle(texts[k])
                }
                result.furniture.insert(k)
                k += 1
            }
            result.outlineStart = k
            result.outlineEnd = texts.count
        }
        // 附件 lists end the body — unless the articles (第X条) go on after the line, or a bare 附： brings a text of
        // articles (a decision amending an interpretation, then the interpretation as amended).
        let bodyRange = result.outlineStart..<max(result.outlineStart, result.outlineEnd)
        if let attachment = bodyRange.first(where: {
            isAttachmentLine(texts[$0]) && !articlesContinue(after: $0, in: texts, range: bodyRange)
                && (texts[$0].hasPrefix("附件") || !articlesFollow(after: $0, in: texts, range: bodyRange))
        }) {
            result.outlineEnd = attachment
        }

        // Labelled fields are stated facts: they win over what the layout suggested.
        if let v = fields.values["发文字号"], let n = DocumentNumber.normalize(v) { result.docNumber = n }
        if let v = fields.values["成文日期"], let d = DateParser.parse(UnitText(v), at: 0) { result.date = d.iso; result.dateBasis = "stated" }
        // The order that promulgated this version is the number of a regulation or law.
        if result.docNumber == nil, let order = LegislativeHeader.versionNumber(result.history) { result.docNumber = order }
        if let v = fields.values["发布日期"], let d = DateParser.parse(UnitText(v), at: 0) { result.publishedDate = d.iso }
        if let v = fields.values["发文机关"] {
            let names = foldedNames(inLine: v)
            if !names.isEmpty { result.issuers = names }
        }
        if let v = fields.values["标题"], result.noticeTitle == nil, !v.isEmpty { result.title = stripStatus(normalizeTitle(v)) }

        // Type, period.
        if let t = result.title {
            result.type = DocumentTypes.type(ofTitle: t)
            result.period = PeriodParser.period(in: t)
        }
        if result.period == nil {
            for i in header where PeriodParser.period(in: texts[i]) != nil && texts[i].count < 20 {
                result.period = PeriodParser.period(in: texts[i])
                break
            }
        }

        // An order's issuer is named by the order (国务院令第707号: 国务院), whether the order heads the text or
        // the header names it (1996年5月27日 中华人民共和国国务院令第197号发布; a 主席令 names no body: the law's
        // adopting institution below is its issuer).
        if result.issuers.isEmpty, let number = orderNumber ?? result.docNumber,
           let bodies = orderBodies(number, written: texts[0..<min(texts.count, bodyStart + 2)].joined()) {
            if orderNumber != nil || bodies.allSatisfy(OrganizationName.looksLikeOrganization) { result.issuers = bodies }
        }
        // A law or regulation without a signature: the institution that adopted it is its issuer.
        if result.issuers.isEmpty, let body = LegislativeHeader.adoptingBody(result.history, title: result.title),
           let institution = LegislativeHeader.institution(ofBody: body) {
            result.issuers = [RegionTable.placed(institution, title: result.title)]
        }
        // A regulation whose latest version a decision made (2011年1月8日 《国务院关于废止和修改部分行政法规的决定》修订) has
        // no order of that version: the body that promulgated it is its issuer, by its latest order (国务院令第388号 →
        // 国务院, 财政部令第6号 → 财政部) or as the header names it (1987年11月10日 公安部发布).
        if result.issuers.isEmpty {
            for event in result.history.sorted(by: { $0.date < $1.date }).reversed() where event.makesVersion {
                if let bodies = event.number.flatMap({ orderBodies($0, written: event.text) }),
                   bodies.allSatisfy(OrganizationName.looksLikeOrganization) {
                    result.issuers = bodies
                    break
                }
                // (Joint bodies as the header lists them: 1994年7月15日 公安部、外交部、交通部发布.)
                if event.kind == .promulgated, let bodies = event.body.map({ foldedNames(inLine: $0) }), !bodies.isEmpty,
                   bodies.allSatisfy(OrganizationName.looksLikeOrganization) {
                    result.issuers = bodies
                    break
                }
            }
        }

        // Level and region: the first issuer, else the 发文字号 prefix, else the title.
        var classified: (DocumentLevel, String?)?
        for issuer in result.issuers { if let c = RegionTable.classify(issuer: issuer) { classified = c; break } }
        if classified == nil, let number = result.docNumber {
            let prefix = String(number.prefix(while: { $0 != "〔" }))
            if let found = RegionTable.classify(docNumberPrefix: prefix) { classified = found }
            else if prefix.hasPrefix("国") || prefix.hasPrefix("中") { classified = (.national, nil) }
        }
        if classified == nil, let t = result.noticeTitle ?? result.title, let head = issuerHead(ofTitle: t), !head.isEmpty {
            classified = RegionTable.classify(issuer: head)
        }
        if classified == nil, let t = result.title {
            // Local regulations name their place first: 上海市…办法, 新乡市…条例; so do national texts whose issuer
            // is no known body (民用航空局令…: 中华人民共和国搜寻援救民用航空器规定).
            classified = RegionTable.classify(issuer: t)
        }
        if let (level, region) = classified { result.level = level; result.region = region }
        // A body named by its level alone that the title did not place (宁波杭州湾新区条例: 市人民代表大会常务委员会) takes
        // the place read otherwise (its 公告 number's 宁波市).
        result.issuers = result.issuers.map { RegionTable.placed($0, place: result.region) }
        return result
    }

    /// Labels of a web page's information table.
    static let fieldLabels = ["标题", "发文机关", "发文字号", "成文日期", "发布日期", "索引号", "主题分类", "公文种类", "发布机构", "文号", "主题词", "来源"]
    /// The UTF-8 of each label followed by ：, by :, and alone (checked on every paragraph of a header).
    private static let fieldLabelForms = fieldLabels.map {
        (fullWidthColon: Array(($0 + "：").utf8), colon: Array(($0 + ":").utf8), bare: Array($0.utf8))
    }

    /// `标题：…`, `发文字号：…` (value on the same line or the next paragraph) among the first paragraphs.
    static func labelledFields(_ texts: [String]) -> (values: [String: String], indices: Set<Int>) {
        var values: [String: String] = [:]
        var indices = Set<Int>()
        var i = 0
        let limit = min(texts.count, 60)
        // A label is at most four characters and a colon: the first eight characters that are
        // not spaces decide whether a paragraph is a field (paragraphs can be whole articles).
        func headWithoutSpaces(_ text: String) -> (head: String, whole: Bool) {
            var head = ""
            var count = 0
            for ch in text where !ch.isWhitespace && ch != "\u{3000}" {
                if count == 8 { return (head, false) }
                head.append(ch)
                count += 1
            }
            return (head, true)
        }
        func isField(_ t: String) -> Bool {
            fieldLabelForms.contains { forms in
                t.utf8.starts(with: forms.fullWidthColon) || t.utf8.starts(with: forms.colon) || t.utf8.elementsEqual(forms.bare)
            }
        }
        while i < limit {
            // Labels are often spaced out to align a table: 标　　题, 索  引  号.
            let (head, whole) = headWithoutSpaces(texts[i])
            guard isField(head) else { i += 1; continue }
            let t = whole ? head : String(texts[i].filter { !$0.isWhitespace && $0 != "\u{3000}" })
            guard let label = fieldLabels.first(where: { t.hasPrefix($0 + "：") || t.hasPrefix($0 + ":") || t == $0 }) else { i += 1; continue }
            var value = String(t.dropFirst(label.count)).trimmedText
            if value.hasPrefix("：") || value.hasPrefix(":") { value = String(value.dropFirst()).trimmedText }
            indices.insert(i)
            if value.isEmpty, i + 1 < limit, !fieldLabels.contains(where: { texts[i + 1].hasPrefix($0) }) {
                value = texts[i + 1]
                indices.insert(i + 1)
                i += 1
            }
            let key = label == "文号" ? "发文字号" : (label == "发布机构" ? "发文机关" : label)
            if values[key] == nil { values[key] = value }
            i += 1
        }
        // A lone "来源：" or "文号" in running text is not a table: need two fields.
        return values.count >= 2 ? (values, indices) : ([:], [])
    }

    /// The first paragraph of the body: an addressee line, a numbered provision, or running text.
    static func findBodyStart(_ texts: [String], from: Int, skipping: Set<Int> = []) -> Int {
        var openClause = false
        for i in from..<texts.count where !skipping.contains(i) {
            let t = texts[i]
            // A header clause wrapped inside 《…》 goes on whatever the next line starts with.
            if openClause || LegislativeHeader.isHeaderStart(t) {
                let wasOpen = openClause
                openClause = LegislativeHeader.leavesTitleOpen(t, after: openClause)
                if openClause || wasOpen { continue }
            }
            if isDocNumberLine(t) || DateParser.standalone(t) != nil || LegislativeHeader.isHeaderLine(t) || isAdoptionNote(t) { continue }
            if NumberingLabel.detect(UnitText(t)) != nil { return i }
            if (t.hasSuffix("：") || t.hasSuffix(":")) && t.count <= 80 { return i }
            if t.count > 50 && (t.includes("。") || t.includes("，")) { return i }
        }
        return texts.count
    }

    static func isDocNumberLine(_ t: String) -> Bool {
        if t.count <= 30 && t.hasSuffix("号") && DocumentNumber.normalize(t) != nil { return true }
        // 国办发〔2021〕24号　　签发人：张三
        if t.includes("签发人"), let first = t.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).first,
           first.hasSuffix("号"), DocumentNumber.normalize(String(first)) != nil { return true }
        return false
    }

    /// A line that opens attachments: 附件, 附件：…, 附件1, 附件一：… (not 附件三所列… in running text), or 附： alone on its
    /// line (a law's annexed table: 附： / 车船税税目税额表).
    static func isAttachmentLine(_ text: String) -> Bool {
        if ["附", "附：", "附:"].contains(text.trimmedText) { return true }
        guard text.hasPrefix("附件") else { return false }
        let rest = UnitText(String(text.dropFirst(2)))
        var i = 0
        while i < rest.count, CharClass.isDigit(rest[i]) || CharClass.isChineseNumeral(rest[i]) { i += 1 }
        if i == rest.count { return true }
        // 附件1.深圳湾口岸…坐标 (a list of attachments numbered 1. 2.), 附件：…, 附件 2、…
        return "：:、 \u{3000}.．".utf16.contains(rest[i])
    }

    /// True when the article numbering goes on after `index`: the last 第X条 before it is N and the
    /// first after it is N+1, so the line belongs to the articles (a quoted 附件 in a law's text).
    static func articlesContinue(after index: Int, in texts: [String], range: Range<Int>) -> Bool {
        func article(_ k: Int) -> Int? {
            guard texts[k].hasPrefix("第"), let label = NumberingLabel.detect(UnitText(texts[k])), label.scheme == .article else { return nil }
            return label.number
        }
        guard let before = (range.lowerBound..<index).reversed().lazy.compactMap(article).first,
              let after = ((index + 1)..<range.upperBound).lazy.compactMap(article).first else { return false }
        return after == before + 1
    }

    /// True when the first numbered line after `index` is an article (第一条 …).
    static func articlesFollow(after index: Int, in texts: [String], range: Range<Int>) -> Bool {
        ((index + 1)..<range.upperBound).lazy.compactMap { NumberingLabel.detect(UnitText(texts[$0])) }.first?.scheme == .article
    }

    /// A bracketed note of adoption or amendment under a law's title.
    static func isAdoptionNote(_ t: String) -> Bool {
        guard t.hasPrefix("（") || t.hasPrefix("("), t.hasSuffix("）") || t.hasSuffix(")") else { return false }
        let text = UnitText(t)
        return DateParser.parse(text, at: 1) != nil && ["通过", "公布", "修正", "修订", "施行", "发布", "批准"].contains(where: { t.includes($0) })
    }

    static func isStatusLine(_ t: String) -> Bool {
        guard t.count <= 14, t.hasPrefix("（") || t.hasPrefix("(") else { return false }
        return DocumentTypes.draftMarks.contains(where: { t.includes($0) }) || t.includes("试行") || t.includes("暂行")
    }

    private static func isBannerLine(_ t: String) -> Bool {
        t.count <= 40 && !t.includes("关于") && !isDocNumberLine(t) &&
            names(inLine: String(t.dropSuffixIfPresent("文件"))).allSatisfy(OrganizationName.looksLikeOrganization)
    }

    /// Names on one line: spaced-out single characters are one name ("商 务 部"), wider gaps separate names
    /// (an ideographic space, two spaces or more, a tab, 、 or ，: "示 例 部　　示例委" is two names), and a
    /// line of single characters however spaced is one name (国　务　院).
    /// A character reference left by a web page's text (`&nbsp;`) is a gap, not a name.
    static func names(inLine line: String) -> [String] {
        var segments: [String] = []
        var current = ""
        var gap = 0  // spaces since the last character; a wide separator counts as two
        for c in line {
            if c == " " { gap += 1; continue }
            if c == "\u{3000}" || c == "、" || c == "，" || c == "\t" { gap = 2; continue }
            if !current.isEmpty, gap >= 2 { segments.append(current); current = "" } else if !current.isEmpty, gap == 1 { current.append(" ") }
            gap = 0
            current.append(c)
        }
        if !current.isEmpty { segments.append(current) }
        let names = segments.flatMap { joiningSpacedCharacters($0.split(separator: " ").map(String.init).filter { !isCharacterReference($0) }) }
        return !names.isEmpty && names.allSatisfy({ $0.count == 1 }) ? [names.joined()] : names
    }

    /// The names of one segment's tokens: single characters are one name, joined to the token after them
    /// (or, at the end, to the one before).
    private static func joiningSpacedCharacters(_ tokens: [String]) -> [String] {
        if !tokens.isEmpty, tokens.allSatisfy({ $0.count == 1 }) { return [tokens.joined()] }
        var out: [String] = []
        var pending = ""
        for token in tokens {
            if token.count == 1 { pending += token; continue }
            if !pending.isEmpty { out.append(pending + token); pending = ""; continue }
            out.append(token)
        }
        if !pending.isEmpty { if out.isEmpty { out.append(pending) } else { out[out.count - 1] += pending } }
        return out
    }

    /// The names of a line, each folded (a signature, an order's bodies, a 发文机关 field): the gap between two
    /// bodies (国务院　中央军委) separates them before folding would drop it.
    private static func foldedNames(inLine line: String) -> [String] {
        names(inLine: line).map(OrganizationName.fold).filter { !$0.isEmpty }
    }

    /// What a title says before its first 关于 (国务院办公厅关于… → 国务院办公厅): the issuer's place. nil when it has no
    /// 关于, or only one inside a cited title (国家机关、事业单位贯彻《国务院关于职工工作时间的规定》的实施办法 names no issuer).
    /// A people's congress named short (河南省人大常委会关于…) is named in full.
    static func issuerHead(ofTitle title: String) -> String? {
        guard let range = title.range(of: "关于") else { return nil }
        let head = String(title[title.startIndex..<range.lowerBound])
        guard !head.contains(where: { "《〈<".contains($0) }) else { return nil }
        return LegislativeHeader.congressInFull(head)
    }

    /// The bodies an order names before 令第 (国务院令第707号 → 国务院; 国务院、中华人民共和国中央军事委员会令第805号, a joint
    /// order, → both), folded; nil when the number is no such order or names none. The number is normalised without
    /// the country (中国人民银行令第2号 → 人民银行令第2号); a body `written` names with 中国 is named so (中国人民银行).
    private static func orderBodies(_ number: String, written: String) -> [String]? {
        guard let r = number.range(of: "令第"), r.lowerBound != number.startIndex else { return nil }
        let bodies = foldedNames(inLine: String(number[number.startIndex..<r.lowerBound]))
        guard !bodies.isEmpty else { return nil }
        let text = MatchKey.fold(written)
        return bodies.map { text.includes("中国" + $0) ? "中国" + $0 : $0 }
    }

    /// `&nbsp;`, `&#12288;`: an HTML character reference written out as text.
    static func isCharacterReference(_ token: String) -> Bool {
        let units = Array(token.utf8)
        guard units.count >= 3, units.count <= 10, units.first == UInt8(ascii: "&"), units.last == UInt8(ascii: ";") else { return false }
        return units.dropFirst().dropLast().allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x23 }
    }

    /// The plan a notice publishes: 关于印发《X》的通知 → X.
    static func publishedPlanTitle(_ title: String) -> String? {
        // Without brackets: 关于印发广东省…若干措施的通知.
        if title.hasSuffix("的通知"), !title.includes("《") {
            for verb in ["印发", "转发", "发布", "颁布"] {
                if let at = title.utf8Offset(of: verb) {
                    let inner = title.utf8Slice(at + verb.utf8.count, title.utf8.count - "的通知".utf8.count)
                    if inner.count >= 4, DocumentTypes.type(ofTitle: inner) != nil { return inner }
                }
            }
            return nil
        }
        guard title.hasSuffix("通知") || title.hasSuffix("通知》"),
              ["印发", "转发", "发布", "颁布", "印送"].contains(where: { title.contains($0 + "《") }),
              let close = title.lastIndex(of: "》"), let open = title[..<close].lastIndex(of: "《") else { return nil }
        let inner = String(title[title.index(after: open)..<close])
        return inner.isEmpty ? nil : inner
    }

    /// Title tidied: ASCII brackets to full width, no spaces beside brackets or beside a lone ideograph
    /// between ideographs (a letter-spaced title, 国 家 粮 食 应 急 预 案; joint issuers 商务部等9部门 关于… keep
    /// theirs), runs of spaces to one.
    static func normalizeTitle(_ raw: String) -> String {
        var t = raw.replacingAll("(", with: "（").replacingAll(")", with: "）")
        let words = t.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        func ideograph(_ c: Character?) -> Bool { c?.unicodeScalars.first?.properties.isIdeographic ?? false }
        t = words.indices.reduce(into: "") { out, i in
            let spaced = i > 0 && (words[i - 1].count == 1 || words[i].count == 1)
            if i > 0, !(spaced && ideograph(words[i - 1].last) && ideograph(words[i].first)) { out += " " }
            out += words[i]
        }
        for mark in ["（", "）", "《", "》"] {
            t = t.replacingAll(" " + mark, with: mark).replacingAll(mark + " ", with: mark)
        }
        return t.trimmedText
    }

    /// Removes a trailing （征求意见稿）-style status from a title.
    static func stripStatus(_ title: String) -> String {
        var t = title
        for mark in DocumentTypes.draftMarks {
            for wrapped in ["（\(mark)）", "(\(mark))"] where t.hasSuffix(wrapped) { t = String(t.dropLast(wrapped.count)) }
        }
        return t.trimmedText
    }

    /// A title folded for comparison: no spaces, one bracket style, width folded.
    static func foldTitle(_ t: String) -> String {
        MatchKey.fold(normalizeTitle(t)).filter { !$0.isWhitespace }.replacingAll("(", with: "（").replacingAll(")", with: "）")
    }
}

extension String {
    func dropSuffixIfPresent(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self[...]
    }
}
