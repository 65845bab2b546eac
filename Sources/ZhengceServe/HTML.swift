import Foundation
import ZhengceDiff

/// The one escaping function of the workbench, and small helpers for building pages.
/// Every text that reaches a page (document text, titles, names, query words) goes through `escape`.
public enum HTML {
    /// Escapes `text` for element content and for attribute values (`& < > " '`).
    public static func escape(_ text: String) -> String { DiffHTMLRenderer.escape(text) }

    /// Percent-encodes `text` as one URL path segment or query value (everything but unreserved ASCII).
    public static func urlComponent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// `/documents/{id}` for a document id.
    public static func documentURL(_ id: String) -> String { "/documents/" + urlComponent(id) }

    /// The fragment id of a measure on its document page.
    public static func measureAnchor(_ measureID: String) -> String { "m-" + urlComponent(measureID) }

    /// `/documents/{id}#m-{measure}` for a measure id "{document}/{path}".
    public static func measureURL(document: String, measure: String) -> String {
        documentURL(document) + "#" + measureAnchor(measure)
    }

    /// An `<a>` element with escaped text.
    public static func link(_ href: String, _ text: String, title: String? = nil) -> String {
        "<a href=\"\(escape(href))\"\(title.map { " title=\"\(escape($0))\"" } ?? "")>\(escape(text))</a>"
    }

    /// Text with the UTF-16 ranges `marks` (sorted, relative to `text`) wrapped in `<mark>`; all text escaped.
    public static func marked(_ text: String, _ marks: [Range<Int>]) -> String {
        let units = Array(text.utf16)
        var out = ""
        var cursor = 0
        for range in marks.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let a = max(cursor, min(units.count, range.lowerBound)), b = min(units.count, range.upperBound)
            guard a < b else { continue }
            out += escape(String(decoding: units[cursor..<a], as: UTF16.self))
            out += "<mark>" + escape(String(decoding: units[a..<b], as: UTF16.self)) + "</mark>"
            cursor = b
        }
        return out + escape(String(decoding: units[cursor...], as: UTF16.self))
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
