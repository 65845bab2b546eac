import ZhengceDocument

/// Builds `PolicyDocument` values with consistent offsets from a simple outline, for tests that
/// must not depend on the document parser.
struct TestDocument {
    /// One provision: label, text (heading = text up to the first 。 or the whole text when short),
    /// parent index, departments and target phrases found in the text.
    struct Item {
        var label: String
        var text: String
        var parent: Int?
        var scheme: NumberingScheme = .article
        var departments: [(String, ResponsibilityRole)] = []
        var targets: [(phrase: String, value: Double, unit: String, year: Int?)] = []
        var heading: String? = nil
    }

    var id: String
    var title: String?
    var status: DocumentStatus = .final
    var docNumber: String?
    var date: String?
    var items: [Item]

    /// The document: title line, then each item as "label text" on its own line.
    func build() -> PolicyDocument {
        var text = title.map { $0 + "\n" } ?? ""
        var provisions: [Provision] = []
        var measures: [Measure] = []
        var depthOf: [Int] = []
        for (i, item) in items.enumerated() {
            let start = text.utf16.count
            let line = item.label + (item.scheme == .article || item.scheme == .chapter ? " " : "") + item.text
            let textStart = start + line.utf16.count - item.text.utf16.count
            text += line + "\n"
            let depth = item.parent.map { depthOf[$0] + 1 } ?? 0
            depthOf.append(depth)
            let path = (item.parent.map { provisions[$0].path } ?? []) + [item.label]
            let heading = item.heading ?? (item.text.count <= 20 ? item.text : "")
            provisions.append(Provision(id: "\(id)/\(i)", label: item.label, normalizedLabel: "\(i)", scheme: item.scheme,
                                        depth: depth, parent: item.parent, path: path, normalizedPath: path,
                                        heading: heading, text: item.text, start: start, end: start + line.utf16.count,
                                        kind: item.scheme == .chapter ? .group : .measure))
            func offset(of needle: String) -> Int {
                guard let r = item.text.range(of: needle) else { return textStart }
                return textStart + item.text.utf16.distance(from: item.text.utf16.startIndex, to: r.lowerBound.samePosition(in: item.text.utf16)!)
            }
            let responsible = item.departments.map { name, role in
                Responsibility(name: name, role: role, start: offset(of: name), end: offset(of: name) + name.utf16.count)
            }
            let targets = item.targets.map { t in
                Target(year: t.year, value: t.value, unit: t.unit, comparator: .atLeast, phrase: t.phrase, sentence: item.text,
                       start: offset(of: t.phrase), end: offset(of: t.phrase) + t.phrase.utf16.count)
            }
            if !responsible.isEmpty || !targets.isEmpty {
                measures.append(Measure(id: "\(id)/\(i)", provision: i, label: item.label, path: path, title: heading,
                                        text: item.text, start: start, end: start + line.utf16.count,
                                        responsible: responsible, targets: targets))
            }
        }
        // Parents end where their last descendant ends.
        for i in provisions.indices.reversed() {
            if let p = provisions[i].parent { provisions[p].end = max(provisions[p].end, provisions[i].end) }
        }
        return PolicyDocument(id: id, title: title, docNumber: docNumber, date: date, status: status,
                              source: SourceInfo(path: id + ".txt", format: "text", encoding: "UTF-8", bytes: text.utf8.count, sha256: ""),
                              text: text, provisions: provisions, measures: measures)
    }

    /// A flat law: articles 第一条… with the given texts.
    static func law(_ id: String, _ texts: [String]) -> TestDocument {
        TestDocument(id: id, title: "测试条例", items: texts.enumerated().map { i, t in
            Item(label: "第\(ChineseNumeral.format(i + 1))条", text: t, parent: nil)
        })
    }
}
