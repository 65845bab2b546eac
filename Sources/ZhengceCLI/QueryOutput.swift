import Foundation
import ZhengceStore

/// Renders search results as a table for people or as JSON.
struct QueryOutput {
    let result: SearchResult

    /// Stable JSON: {query, total, hits: [{measure, document, label, title, score, snippet, responsible, …}]}.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(result), as: UTF8.self) + "\n"
    }

    /// One block per hit: rank, score, measure id, label and title; the document; the
    /// departments; the snippet with matches in colour or between «».
    func table(colour: Bool) -> String {
        let (open, close) = colour ? ("\u{1B}[1;31m", "\u{1B}[0m") : ("«", "»")
        let dim = colour ? ("\u{1B}[2m", "\u{1B}[0m") : ("", "")
        let shown = result.hits.count
        var out = "\(result.total) measure\(result.total == 1 ? "" : "s") match"
        if !result.query.isEmpty { out += " ‘\(result.query)’" }
        if shown < result.total { out += " (showing \(shown))" }
        out += "\n"
        for (i, hit) in result.hits.enumerated() {
            out += "\n\(String(format: "%3d", i + 1)). \(hit.measure)  \(hit.label) \(hit.title)  \(dim.0)\(String(format: "%.3f", hit.score))\(dim.1)\n"
            var source = hit.documentTitle ?? hit.document
            if let number = hit.docNumber { source += " " + number }
            out += "     \(dim.0)\(source)\(dim.1)\n"
            if !hit.responsible.isEmpty {
                let names = hit.responsible.map { r in
                    (r.department.map { $0 == r.name ? r.name : "\(r.name)（\($0)）" } ?? r.name) + (r.role == .lead ? " 牵头" : "")
                }
                out += "     " + names.joined(separator: "；") + "\n"
            }
            var snippet = hit.snippet.marked(open: open, close: close)
                .replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
            if hit.snippet.start > 0 { snippet = "…" + snippet }
            if hit.snippet.end < hit.snippet.measureLength { snippet += "…" }
            out += "     " + snippet + "\n"
        }
        return out
    }

}

/// Terminal capabilities for output decisions.
enum Terminal {
    /// Colour on standard output: a TTY, no NO_COLOR, TERM not dumb, not JSON.
    static func useColour(json: Bool) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        return !json && isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }
}
