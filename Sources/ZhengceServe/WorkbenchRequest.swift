import Foundation

/// One request as the workbench sees it: method, decoded path segments, query parameters, and
/// whether the client asked for JSON (`?format=json` or `Accept: application/json`).
public struct WorkbenchRequest: Sendable {
    /// "GET", "HEAD", "POST", …
    public var method: String
    /// Path segments, percent-decoded ("/documents/商贸发〔2024〕125号" → ["documents", "商贸发〔2024〕125号"]).
    public var segments: [String]
    /// Query parameters in order, percent-decoded, "+" read as a space; a name may repeat.
    public var parameters: [(name: String, value: String)]
    /// True when JSON is asked for.
    public var wantsJSON: Bool
    /// The request body (uploaded files for `/diff`).
    public var body: Data
    /// The Content-Type header of the body.
    public var contentType: String?

    /// Parses a request target such as "/search?q=%E6%B5%B7&dept=a&dept=b"; nil when the path is not valid percent-encoding.
    public init?(method: String = "GET", target: String, accept: String? = nil, body: Data = Data(), contentType: String? = nil) {
        self.method = method
        self.body = body
        self.contentType = contentType
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let path = parts.first.map(String.init) ?? "/"
        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(raw).removingPercentEncoding else { return nil }
            segments.append(decoded)
        }
        self.segments = segments
        var parameters: [(String, String)] = []
        if parts.count == 2 {
            for pair in parts[1].split(separator: "&", omittingEmptySubsequences: true) {
                let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decode(_ s: Substring) -> String? { String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
                guard let name = decode(kv[0]), let value = kv.count == 2 ? decode(kv[1]) : "" else { return nil }
                parameters.append((name, value))
            }
        }
        self.parameters = parameters
        let format = parameters.last(where: { $0.0 == "format" })?.1
        wantsJSON = format == "json" || (format == nil && (accept ?? "").lowercased().contains("application/json"))
    }

    /// The last value of parameter `name`, trimmed; nil when absent or empty.
    public func value(_ name: String) -> String? {
        guard let raw = parameters.last(where: { $0.name == name })?.value else { return nil }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Every non-empty value of parameter `name`, in order.
    public func values(_ name: String) -> [String] {
        parameters.filter { $0.name == name }.map { $0.value.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
