import Foundation
import ZhengceDocument

/// `/charts`: measures by department and by year, targets by unit, documents by level — plain SVG bars.
struct ChartsPage {
    let corpus: CorpusSnapshot

    /// One bar (JSON).
    struct Bar: Codable {
        var label: String
        var value: Int
    }

    /// The page's JSON.
    struct Body: Codable {
        var measuresByDepartment: [Bar]
        var measuresByYear: [Bar]
        var targetsByUnit: [Bar]
        var documentsByLevel: [Bar]
    }

    /// The figures, computed from the documents.
    func figures() -> Body {
        let index = corpus.departments
        let byDepartment = index.names.prefix(15).map { Bar(label: $0, value: index.entries[$0]?.count ?? 0) }
        var years: [String: Int] = [:], units: [String: Int] = [:], levels: [String: Int] = [:]
        for d in corpus.documents {
            years[d.year.map(String.init) ?? "undated", default: 0] += d.measures.count
            levels[d.level?.rawValue ?? "unknown", default: 0] += 1
            for m in d.measures { for t in m.targets { units[t.unit.isEmpty ? "—" : t.unit, default: 0] += 1 } }
        }
        func sortedByCount(_ counts: [String: Int], _ n: Int) -> [Bar] {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(n).map { Bar(label: $0.key, value: $0.value) }
        }
        return Body(measuresByDepartment: Array(byDepartment),
                    measuresByYear: years.sorted { $0.key < $1.key }.map { Bar(label: $0.key, value: $0.value) },
                    targetsByUnit: sortedByCount(units, 15),
                    documentsByLevel: DocumentLevel.allCases.map(\.rawValue).compactMap { l in levels[l].map { Bar(label: l, value: $0) } }
                        + (levels["unknown"].map { [Bar(label: "unknown", value: $0)] } ?? []))
    }

    /// The page or its JSON.
    func response(json: Bool) throws -> PageResponse {
        let f = figures()
        if json { return .json(try JSONOutput.encode(f)) }
        func chart(_ title: String, _ bars: [Bar], _ colour: String) -> String {
            "<h2>\(HTML.escape(title))</h2>" + (bars.isEmpty ? "<p class=\"muted\">none</p>" : BarChart(items: bars.map { ($0.label, $0.value) }, colour: colour).render())
        }
        var body = "<h1>图表 Charts</h1>"
        body += chart("各部门措施数 Measures by department (top 15)", f.measuresByDepartment, "#4a78b0")
        body += chart("各年份措施数 Measures by year of the document", f.measuresByYear, "#8b1a1a")
        body += chart("量化目标（按单位）Targets by unit", f.targetsByUnit, "#1b7837")
        body += chart("文件层级 Documents by level", f.documentsByLevel, "#e08214")
        return .html(Layout.page(title: "Charts", section: "/charts", body: body))
    }
}
