import Foundation

/// A horizontal bar chart as plain SVG (no script, no external library): one labelled bar per item.
struct BarChart {
    /// The items: label and value, drawn in the order given.
    var items: [(label: String, value: Int)]
    /// The bar colour.
    var colour = "#4a78b0"
    /// Width of the label column, in pixels.
    var labelWidth = 230.0

    /// The SVG element.
    func render() -> String {
        let rowHeight = 22.0, barArea = 360.0
        let top = items.map(\.value).max() ?? 0
        let height = Double(items.count) * rowHeight + 10
        let width = labelWidth + barArea + 60
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        for (i, item) in items.enumerated() {
            let y = 5 + Double(i) * rowHeight
            let w = top > 0 ? max(1, barArea * Double(item.value) / Double(top)) : 0
            let label = item.label.count > 16 ? String(item.label.prefix(15)) + "…" : item.label
            svg += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 15))\" font-size=\"13\" text-anchor=\"end\" fill=\"#333\">\(HTML.escape(label))<title>\(HTML.escape(item.label))</title></text>"
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"\(f(rowHeight - 6))\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(f(labelWidth + w + 5))\" y=\"\(f(y + 15))\" font-size=\"12\" fill=\"#555\">\(item.value)</text>"
        }
        return svg + "</svg>"
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
