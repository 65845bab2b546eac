import Foundation

/// Reads HTML saved from a web site: drops scripts, styles, comments and markup, decodes
/// entities, makes one paragraph per block element and removes the site's boilerplate.
enum HTMLReader {
    private static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article",
        "ul", "ol", "blockquote", "pre", "hr", "header", "footer", "td", "th", "center", "dd", "dt", "dl",
    ]
    private static let droppedElements: Set<String> = ["script", "style", "head", "noscript", "iframe", "svg", "select", "button"]

    static func read(_ text: String) -> ReadResult {
        let (fields, body) = FrontMatter.split(text)
        let chars = Array(body.unicodeScalars)
        var blocks: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            let block = collapse(String(current))
            if !block.isEmpty { blocks.append(block) }
            current = String.UnicodeScalarView()
        }
        var i = 0
        let n = chars.count
        while i < n {
            let c = chars[i]
            if c == "<" {
                // Comment.
                if i + 3 < n, chars[i + 1] == "!", chars[i + 2] == "-", chars[i + 3] == "-" {
                    i = indexAfter("-->", in: chars, from: i + 4) ?? n
                    continue
                }
                guard let close = chars[(i + 1)...].firstIndex(of: ">") else { current.append(c); i += 1; continue }
                let inside = String(String.UnicodeScalarView(chars[(i + 1)..<close]))
                let isClosing = inside.hasPrefix("/")
                let name = inside.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                if name.isEmpty && !isClosing && !inside.hasPrefix("!") {
                    current.append(c)
                    i += 1
                    continue
                }
                if droppedElements.contains(name) && !isClosing && !inside.hasSuffix("/") {
                    i = indexAfter("</\(name)", in: chars, from: close + 1, caseInsensitive: true)
                        .flatMap { end in chars[end...].firstIndex(of: ">").map { $0 + 1 } } ?? n
                    continue
                }
                if blockTags.contains(name) { flush() }
                i = close + 1
                continue
            }
            current.append(c)
            i += 1
        }
        flush()
        let paragraphs = removeBoilerplate(blocks).map { SourceParagraph(text: $0) }
        return ReadResult(format: "html", paragraphs: paragraphs, frontMatter: fields)
    }

    private static func indexAfter(_ literal: String, in chars: [Unicode.Scalar], from: Int, caseInsensitive: Bool = false) -> Int? {
        let target = Array(literal.unicodeScalars)
        guard !target.isEmpty, chars.count >= target.count else { return nil }
        var i = from
        while i + target.count <= chars.count {
            var ok = true
            for k in 0..<target.count {
                let a = chars[i + k], b = target[k]
                if a != b && !(caseInsensitive && a.properties.lowercaseMapping == b.properties.lowercaseMapping) { ok = false; break }
            }
            if ok { return caseInsensitive ? i : i + target.count }
            i += 1
        }
        return nil
    }

    /// Decodes entities, drops line breaks inside a block (wraps) and trims.
    private static func collapse(_ raw: String) -> String {
        let decoded = decodeEntities(raw)
        var out = ""
        for line in decoded.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let piece = String(line).trimmedText
            if piece.isEmpty { continue }
            out = out.isEmpty ? piece : LineJoiner.glue(out, piece)
        }
        return out.trimmedText
    }

    private static let named: [String: String] = [
        "nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "middot": "·", "mdash": "—", "ndash": "–", "hellip": "…", "ensp": " ", "emsp": "\u{3000}",
        "times": "×", "bull": "•", "copy": "©", "reg": "®", "deg": "°", "yen": "¥",
    ]

    /// Decodes `&name;`, `&#123;` and `&#x7B;`.
    static func decodeEntities(_ text: String) -> String {
        guard text.includes("&") else { return text }
        var out = ""
        var rest = text[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[rest.startIndex..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let entity = String(after[after.startIndex..<semi])
                var replacement: String?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    replacement = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else if entity.hasPrefix("#") {
                    replacement = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                } else {
                    replacement = named[entity.lowercased()]
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    private static let boilerplateMarks = ["二维码", "扫一扫", "扫码", "客户端", "APP", "App", "微信", "版权所有", "分享到",
                                           "打印本页", "关闭窗口", "我要纠错", "字号：大", "【大 中 小】", "【大中小】", "免责声明", "点击进入"]
    private static let tailMarks = ["责任编辑", "责编：", "编辑：", "(责任编辑", "（责任编辑", "文章来源", "本文来源"]

    /// Drops the site's furniture: everything from 责任编辑 on, and short lines about apps and QR codes.
    private static func removeBoilerplate(_ blocks: [String]) -> [String] {
        var out: [String] = []
        for block in blocks {
            if tailMarks.contains(where: { block.hasPrefix($0) }) { break }
            if block.count < 60, boilerplateMarks.contains(where: { block.includes($0) }) { continue }
            if block.hasPrefix("原标题：") || block.hasPrefix("来源：") { continue }
            out.append(block)
        }
        return out
    }
}
