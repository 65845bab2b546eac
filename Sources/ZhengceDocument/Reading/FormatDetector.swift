/// Decides how to read a file from its content; the extension is only a hint.
enum FormatDetector {
    private static let tagMarkers = ["<p", "</p>", "<div", "</div>", "<br", "<span", "<table", "<html", "<body", "<h1", "<h2", "<td"]

    /// "html", "markdown" or "text".
    static func detect(_ text: String, pathExtension: String) -> String {
        // ASCII lower-casing of the first 20 kB is enough to spot tags.
        let head = String(decoding: text.utf8.prefix(20_000).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        let ext = pathExtension.lowercased()
        var tags = 0
        for marker in tagMarkers {
            var from = 0
            while tags <= 50, let at = head.utf8Offset(of: marker, from: from) { tags += 1; from = at + 1 }
        }
        if head.includes("<html") || head.includes("<body") || tags >= 4 { return "html" }
        if (ext == "html" || ext == "htm") && tags >= 1 { return "html" }
        var markdownCues = 0
        for line in head.split(separator: "\n", omittingEmptySubsequences: true).prefix(400) {
            let t = line.drop(while: { $0 == " " })
            if t.hasPrefix("# ") || t.hasPrefix("## ") || t.hasPrefix("### ") || t.hasPrefix("#### ") { markdownCues += 2 }
            if t.includes("**") { markdownCues += 1 }
            if t == "---" { markdownCues += 1 }
        }
        if head.includes("<!-- info end -->") { markdownCues += 3 }
        if markdownCues >= 3 || (ext == "md" || ext == "markdown") && markdownCues >= 1 { return "markdown" }
        if ext == "md" || ext == "markdown" { return "markdown" }
        return "text"
    }
}
