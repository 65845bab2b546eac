import Foundation

/// A parent document's measures against every child document: which child takes up which measure,
/// verbatim or in substance, with the score — the analyst's "which national measures did each
/// province take up, which did it leave out?" at a glance.
public struct CoverageMatrix: Codable, Sendable, Hashable {
    /// One child document (a column).
    public struct Column: Codable, Sendable, Hashable {
        /// The document id, 发文字号, title, region and level.
        public var document: String
        public var docNumber: String?
        public var title: String?
        public var region: String?
        public var level: String?
        /// How many of the parent's measures it takes up (verbatim + in substance).
        public var takenUp: Int
    }

    /// One cell: the state, the score and the child measure's label.
    public struct Cell: Codable, Sendable, Hashable {
        public var state: TakeUpState
        public var score: Double?
        public var label: String?
        /// How sure the take-up is (`LinkConfidence`), when the table was made with it.
        public var confidence: LinkConfidence.Level? = nil
        /// The labels of the child's other measures that take it up too (`TakeUp.also`), nil when none.
        public var also: [String]? = nil
    }

    /// One parent measure (a row).
    public struct Row: Codable, Sendable, Hashable {
        public var measure: String
        public var label: String
        public var title: String
        /// One cell per column.
        public var cells: [Cell]
    }

    /// The parent document.
    public var document: LineageDocument
    /// Child documents, in `CoverageTable.children` order.
    public var columns: [Column]
    /// Parent measures, in document order.
    public var rows: [Row]

    /// The matrix of `table` (a parent's coverage), with the child documents' nodes from `graph`.
    public init(table: CoverageTable, graph: LineageGraph) {
        document = table.document
        let nodes = Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        rows = table.rows.map { row in
            Row(measure: row.measure, label: row.label, title: row.title,
                cells: row.coverage.map { Cell(state: $0.state, score: $0.match?.score, label: $0.match?.label,
                                               confidence: $0.match?.confidence, also: $0.also?.map(\.label)) })
        }
        columns = table.children.enumerated().map { k, id in
            let node = nodes[id]
            let taken = table.rows.filter { $0.coverage.count > k && $0.coverage[k].state != .none }.count
            return Column(document: id, docNumber: node?.docNumber, title: node?.title, region: node?.region,
                          level: node?.level?.rawValue, takenUp: taken)
        }
    }

    /// CSV: one row per parent measure, one column per child; cells `verbatim 0.45 14.`, `substance 0.14 4. low also 5. 1.`, empty.
    public func csv() -> String {
        func field(_ s: String) -> String {
            s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = (["measure", "label", "title"] + columns.map { $0.docNumber ?? $0.document }).map(field).joined(separator: ",") + "\n"
        for row in rows {
            let cells = row.cells.map { cell -> String in
                guard cell.state != .none else { return "" }
                return [cell.state.rawValue, cell.score.map { String(format: "%.2f", $0) }, cell.label, cell.confidence?.rawValue,
                        cell.also.map { "also " + $0.joined(separator: " ") }]
                    .compactMap { $0 }.joined(separator: " ")
            }
            out += ([row.measure, row.label, row.title] + cells).map(field).joined(separator: ",") + "\n"
        }
        return out
    }

    /// A self-contained HTML page: a heat map (dark green verbatim, light green in substance, grey none;
    /// stronger colour for higher scores), totals per child.
    public func html() -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        func sure(_ cell: Cell) -> String { cell.confidence.map { ", confidence \($0.rawValue)" } ?? "" }
        func mark(_ cell: Cell) -> String { cell.confidence == .high ? " *" : "" }
        func also(_ cell: Cell) -> String { cell.also.map { ", also " + $0.joined(separator: " ") } ?? "" }
        func more(_ cell: Cell) -> String { cell.also.map { " +\($0.count)" } ?? "" }
        let rated = rows.contains { $0.cells.contains { $0.confidence != nil } }
        var out = """
        <!DOCTYPE html>
        <html lang="zh"><head><meta charset="utf-8"><title>\(esc(document.title ?? document.id)) — coverage</title>
        <style>
        body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse}
        th,td{border:1px solid #ccc;padding:3px 6px;font-size:13px}th{background:#f4f4f4}
        td.c{text-align:center;min-width:4em}.v{color:#fff}.n{background:#f2f2f2;color:#999}
        th.col{writing-mode:vertical-rl;white-space:nowrap;max-height:18em}
        .key span{display:inline-block;padding:2px 8px;margin-right:6px}
        </style></head><body>
        <h1>\(esc(document.title ?? document.id))</h1>
        <p>\(esc(document.docNumber ?? document.id)) · \(rows.count) measures × \(columns.count) documents that cite it or derive from it</p>
        <p class="key"><span style="background:#1b7837;color:#fff">taken up verbatim</span><span style="background:#a6dba0">taken up in substance</span><span class="n">no counterpart found</span>\(rated ? "<span>* confidence high: \(LinkConfidence.highMeaning)</span>" : "")</p>
        <table><tr><th>measure</th>
        """
        for column in columns {
            out += "<th class=\"col\" title=\"\(esc(column.title ?? ""))\">\(esc(column.docNumber ?? column.document))<br>\(esc(column.region ?? column.level ?? ""))</th>"
        }
        out += "</tr>\n"
        for row in rows {
            out += "<tr><th style=\"text-align:left\">\(esc(row.label)) \(esc(row.title))</th>"
            for cell in row.cells {
                let score = cell.score ?? 0
                switch cell.state {
                case .verbatim:
                    let alpha = String(format: "%.2f", 0.55 + 0.45 * min(1, score))
                    out += "<td class=\"c v\" style=\"background:rgba(27,120,55,\(alpha))\" title=\"verbatim\(sure(cell))\(esc(also(cell)))\">\(esc(cell.label ?? ""))\(more(cell)) \(String(format: "%.2f", score))\(mark(cell))</td>"
                case .substance:
                    let alpha = String(format: "%.2f", 0.35 + 0.65 * min(1, score))
                    out += "<td class=\"c\" style=\"background:rgba(166,219,160,\(alpha))\" title=\"in substance\(sure(cell))\(esc(also(cell)))\">\(esc(cell.label ?? ""))\(more(cell)) \(String(format: "%.2f", score))\(mark(cell))</td>"
                case .none:
                    out += "<td class=\"c n\">–</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "<tr><th style=\"text-align:left\">taken up</th>"
        for column in columns { out += "<td class=\"c\"><b>\(column.takenUp)</b>/\(rows.count)</td>" }
        out += "</tr>\n</table></body></html>\n"
        return out
    }
}
