import Foundation
import ZhengceDocument
import ZhengceText

/// Benchmark crutch (hidden `--bench-articles`): until the document parser finds measures,
/// splits a document with none into one measure per 第X条 article, so the scale benchmark
/// can index real law texts. Not used by default.
enum IndexArticleFallback {
    private static let numerals = Set("一二三四五六七八九十百千零〇两")

    @Sendable static func apply(_ document: inout PolicyDocument) {
        guard document.measures.isEmpty else { return }
        var starts: [(offset: Int, label: String)] = []
        var lineStarts: [Int] = []
        var offset = 0
        let lines = document.text.components(separatedBy: "\n")
        for line in lines {
            lineStarts.append(offset)
            var body = Substring(line)
            var skipped = 0
            while let first = body.first, first == " " || first == "*" || first == "\u{3000}" { body = body.dropFirst(); skipped += 1 }
            if body.hasPrefix("第") {
                let rest = body.dropFirst()
                let digits = rest.prefix { numerals.contains($0) }
                if !digits.isEmpty, rest.dropFirst(digits.count).first == "条" {
                    starts.append((offset + skipped, "第" + String(digits) + "条"))
                }
            }
            offset += line.utf16.count + 1
        }
        let units = Array(document.text.utf16)
        let headings = zip(lines, lineStarts).filter { $0.0.hasPrefix("#") }.map(\.1)
        var nextHeading = 0
        var measures: [Measure] = []
        for (i, start) in starts.enumerated() {
            var end = i + 1 < starts.count ? starts[i + 1].offset : units.count
            // An article also ends at a Markdown heading (编/章/节).
            while nextHeading < headings.count && headings[nextHeading] <= start.offset { nextHeading += 1 }
            if nextHeading < headings.count && headings[nextHeading] < end { end = headings[nextHeading] }
            let labelEnd = min(end, start.offset + start.label.utf16.count)
            let text = String(utf16Units: units[labelEnd..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
            let title = text.components(separatedBy: "。").first ?? text
            measures.append(Measure(id: "\(document.id)/\(i + 1)", provision: 0, label: start.label, path: [start.label],
                                    title: String(title.prefix(60)), text: text, start: labelEnd, end: end))
        }
        document.measures = measures
    }
}
