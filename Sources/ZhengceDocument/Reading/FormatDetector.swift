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
            for marker in tagMarkers where head[i...].starts(with: marker) { tags += 1 }
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
                if ["# ", "## ", "### ", "#### "].contains(where: { line.starts(with: $0.utf8) }) { markdownCues += 2 }
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

private extension Array where Element == UInt8 {
    /// Whether the UTF-8 of `needle` occurs anywhere.
    func containsBytes(_ needle: String) -> Bool { self[...].containsBytes(needle) }
}

private extension ArraySlice where Element == UInt8 {
    /// Whether the UTF-8 of `needle` occurs anywhere.
    func containsBytes(_ needle: String) -> Bool {
        Array(needle.utf8).withUnsafeBufferPointer { n in
            withUnsafeBufferPointer { ByteSearch.firstOffset(of: n, in: $0) != nil }
        }
    }
}
