import Foundation
import ZhengceDocument
import ZhengceLineage

/// The document graph drawn on the server as SVG: one band per level (national at the top),
/// documents ordered by date within a band, links as arrows coloured by type; every node links
/// to its coverage page. Readable with 30 documents; larger graphs keep the most linked `limit` nodes.
struct GraphSVG {
    let graph: LineageGraph
    /// Most nodes drawn.
    var limit = 60

    /// Colours of the link types (and their legend).
    static let colours: [(LinkType, String, String)] = [
        (.cites, "#555555", "引用 cites"), (.derives, "#1b7837", "承接 derives"), (.version, "#7b3294", "版本 version"),
        (.parallel, "#e08214", "平行 parallel"), (.related, "#9e9e9e", "相关 related"), (.repeals, "#c51b1b", "废止 repeals"),
    ]

    private static let boxWidth = 168.0, boxHeight = 46.0, gapX = 22.0, gapY = 64.0, perRow = 6

    /// The SVG element (no XML prolog; it is embedded in pages and served alone).
    func render() -> (svg: String, shown: Int, total: Int) {
        let links = graph.documentLinks
        var degree: [String: Int] = [:]
        for l in links { degree[l.from.document, default: 0] += 1; degree[l.to.document, default: 0] += 1 }
        // Corpus documents always, external ones only when linked; the most linked first when over the limit.
        var nodes = graph.documents.filter { !$0.external || degree[$0.id] != nil }
        let total = nodes.count
        if nodes.count > limit {
            nodes = Array(nodes.sorted { (degree[$0.id] ?? 0, $1.id) > (degree[$1.id] ?? 0, $0.id) }.prefix(limit))
        }
        func band(_ d: LineageDocument) -> Int {
            if d.external { return 5 }
            switch d.level {
            case .national: return 0
            case .provincial: return 1
            case .municipal: return 2
            case .county: return 3
            case nil: return 4
            }
        }
        let bandNames = ["国家 national", "省级 provincial", "市级 municipal", "县级 county", "层级不明 level unknown", "库外 cited, not in corpus"]
        var positions: [String: (x: Double, y: Double)] = [:]
        var y = 34.0
        var labels: [(String, Double)] = []
        var maxX = 0.0
        for b in 0..<6 {
            let members = nodes.filter { band($0) == b }.sorted {
                ($0.date ?? $0.latestDate ?? "9999", $0.id) < ($1.date ?? $1.latestDate ?? "9999", $1.id)
            }
            guard !members.isEmpty else { continue }
            labels.append((bandNames[b], y))
            y += 14
            for (i, d) in members.enumerated() {
                let col = i % Self.perRow
                if i > 0 && col == 0 { y += Self.boxHeight + 26 }
                let x = 14.0 + Double(col) * (Self.boxWidth + Self.gapX)
                positions[d.id] = (x, y)
                maxX = max(maxX, x + Self.boxWidth)
            }
            y += Self.boxHeight + Self.gapY
        }
        let width = max(maxX + 14, 760), height = y + 10
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"document graph\">\n<defs>"
        for (type, colour, _) in Self.colours {
            svg += "<marker id=\"arrow-\(type.rawValue)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" fill=\"\(colour)\"/></marker>"
        }
        svg += "</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"
        for (name, top) in labels {
            svg += "<text x=\"14\" y=\"\(Int(top))\" font-size=\"12\" fill=\"#888\">\(HTML.escape(name))</text>\n"
        }
        let colourOf = Dictionary(Self.colours.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
        var drawn = Set<String>()
        for l in links {
            guard let a = positions[l.from.document], let b = positions[l.to.document], l.from.document != l.to.document else { continue }
            let key = "\(l.type.rawValue)|\(l.from.document)|\(l.to.document)"
            guard drawn.insert(key).inserted else { continue }
            // From the bottom or top edge of `from` to the facing edge of `to` (arrow points at `to`).
            let ax = a.x + Self.boxWidth / 2, bx = b.x + Self.boxWidth / 2
            let (ay, by): (Double, Double) = abs(a.y - b.y) < 1 ? (a.y, b.y) : (a.y > b.y ? (a.y, b.y + Self.boxHeight) : (a.y + Self.boxHeight, b.y))
            let bend = abs(a.y - b.y) < 1 ? -40.0 - abs(ax - bx) / 8 : 0
            let mx = (ax + bx) / 2, my = max(4, (ay + by) / 2 + bend)
            let colour = colourOf[l.type] ?? "#999"
            let dash = l.inferred ? " stroke-dasharray=\"5 3\"" : ""
            let tip = "\(l.type.rawValue): \(l.from.docNumber ?? l.from.document) → \(l.to.docNumber ?? l.to.document)" + (l.score.map { String(format: " %.2f", $0) } ?? "")
            svg += "<path d=\"M\(f(ax)),\(f(ay)) Q\(f(mx)),\(f(my)) \(f(bx)),\(f(by))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.6\"\(dash) marker-end=\"url(#arrow-\(l.type.rawValue))\" opacity=\"0.85\"><title>\(HTML.escape(tip))</title></path>\n"
        }
        for d in nodes {
            guard let p = positions[d.id] else { continue }
            // External documents are known by their citation: the 发文字号, else the title.
            let first = d.docNumber.map { short($0, 14) } ?? short(d.external ? d.title ?? d.id : d.id, 11)
            let second = d.docNumber == nil && d.external ? "库外文件" : short(d.title ?? "", 11)
            let fill = d.external ? "#f4f4f4" : (d.status == .draft ? "#fff8e1" : "#eef3fa")
            var node = "<rect x=\"\(f(p.x))\" y=\"\(f(p.y))\" width=\"\(Self.boxWidth)\" height=\"\(Self.boxHeight)\" rx=\"5\" fill=\"\(fill)\" stroke=\"#6a8bb3\"/>"
            node += "<text x=\"\(f(p.x + 8))\" y=\"\(f(p.y + 18))\" font-size=\"13\" fill=\"#222\">\(HTML.escape(first))</text>"
            node += "<text x=\"\(f(p.x + 8))\" y=\"\(f(p.y + 36))\" font-size=\"12\" fill=\"#555\">\(HTML.escape(second))</text>"
            node += "<title>\(HTML.escape([d.docNumber, d.title, d.date].compactMap { $0 }.joined(separator: " ")))</title>"
            if d.external {
                svg += "<g class=\"node external\">\(node)</g>\n"
            } else {
                svg += "<a href=\"\(HTML.escape("/lineage/" + HTML.urlComponent(d.id)))\"><g class=\"node\">\(node)</g></a>\n"
            }
        }
        svg += "</svg>\n"
        return (svg, nodes.count, total)
    }

    /// The legend as HTML.
    static func legend() -> String {
        "<p class=\"key\">" + colours.map { "<span style=\"border-bottom:3px solid \($0.1)\">\(HTML.escape($0.2))</span>" }.joined()
            + "<span>虚线 dashed: inferred</span></p>"
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }

    private func short(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
