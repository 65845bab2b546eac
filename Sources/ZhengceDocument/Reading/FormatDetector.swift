/// Decides how to read a file from its content; the extension is only a hint.
enum FormatDetector {
    /// "html", "markdown" or "text".
    static func detect(_ text: String, pathExtension: String) -> String {
        let head = String(text.prefix(20_000)).lowercased()
        let ext = pathExtension.lowercased()
        var tags = 0
        for marker in ["<p", "</p>", "<div", "</div>", "<br", "<span", "<table", "<html", "<body", "<h1", "<h2", "<td"] {
            var searchRange = head.startIndex..<head.endIndex
            while let r = head.range(of: marker, range: searchRange) {
                tags += 1
                if tags > 50 { break }
                searchRange = r.upperBound..<head.endIndex
            }
        }
        if head.contains("<html") || head.contains("<body") || tags >= 4 { return "html" }
        if (ext == "html" || ext == "htm") && tags >= 1 { return "html" }
        var markdownCues = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let t = line.drop(while: { $0 == " " })
            if t.hasPrefix("# ") || t.hasPrefix("## ") || t.hasPrefix("### ") || t.hasPrefix("#### ") { markdownCues += 2 }
            if t.hasPrefix("**") || t.contains("**") { markdownCues += 1 }
            if t == "---" { markdownCues += 1 }
        }
        if head.contains("<!-- info end -->") { markdownCues += 3 }
        if markdownCues >= 3 || (ext == "md" || ext == "markdown") && markdownCues >= 1 { return "markdown" }
        if ext == "md" || ext == "markdown" { return "markdown" }
        return "text"
    }
}
