/// Decides how to read a file from its content; the extension is only a hint.
enum FormatDetector {
    private static let tagMarkers: [[UInt8]] = ["<p", "</p>", "<div", "</div>", "<br", "<span", "<table", "<html", "<body", "<h1", "<h2", "<td"]
        .map { Array($0.utf8) }

    /// "html", "markdown" or "text".
    /// - Complexity: O(n) in the first 20 kB of `text`, which is all it looks at (as bytes:
    ///   every cue is ASCII).
    static func detect(_ text: String, pathExtension: String) -> String {
        // ASCII lower-casing of the first 20 kB is enough to spot tags.
        let head = text.utf8.prefix(20_000).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let ext = pathExtension.lowercased()
        var tags = 0
        for i in head.indices where head[i] == UInt8(ascii: "<") {
            for marker in tagMarkers where head.hasBytes(marker, at: i) { tags += 1 }
        }
        if head.containsBytes("<html") || head.containsBytes("<body") || tags >= 4 { return "html" }
        if (ext == "html" || ext == "htm") && tags >= 1 { return "html" }
        var markdownCues = 0
        var lines = 0
        var start = 0
        while start < head.count && lines < 400 {
            var end = start
            while end < head.count && head[end] != UInt8(ascii: "\n") { end += 1 }
            var t = start
            while t < end && head[t] == UInt8(ascii: " ") { t += 1 }
            let lineEnd = end > t && head[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
            if lineEnd > start {
                lines += 1
                let line = head[t..<lineEnd]
                if ["# ", "## ", "### ", "#### "].contains(where: { line.hasBytes(Array($0.utf8), at: t) }) { markdownCues += 2 }
                if line.containsBytes("**") { markdownCues += 1 }
                if line.elementsEqual("---".utf8) { markdownCues += 1 }
            }
            start = end + 1
        }
        if head.containsBytes("<!-- info end -->") { markdownCues += 3 }
        if markdownCues >= 3 || (ext == "md" || ext == "markdown") && markdownCues >= 1 { return "markdown" }
        if ext == "md" || ext == "markdown" { return "markdown" }
        return "text"
    }
}

private extension Collection where Element == UInt8, Index == Int {
    /// Whether `bytes` occur at index `i`.
    func hasBytes(_ bytes: [UInt8], at i: Int) -> Bool {
        guard i >= startIndex, i + bytes.count <= endIndex else { return false }
        for k in 0..<bytes.count where self[i + k] != bytes[k] { return false }
        return true
    }

    /// Whether the UTF-8 of `needle` occurs anywhere.
    func containsBytes(_ needle: String) -> Bool {
        let bytes = Array(needle.utf8)
        guard let first = bytes.first else { return true }
        for i in indices where self[i] == first && hasBytes(bytes, at: i) { return true }
        return false
    }
}
