import Foundation

/// The parts of a `multipart/form-data` body (uploaded files for `/diff`).
struct Multipart {
    /// One part: its form field name, file name and bytes.
    struct Part {
        var name: String
        var filename: String?
        var data: Data
    }

    /// The parts, in order.
    let parts: [Part]

    /// Splits `body` by the boundary named in `contentType`; nil when it is not multipart/form-data.
    init?(body: Data, contentType: String?) {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let range = contentType.range(of: "boundary=") else { return nil }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return nil }
        let delimiter = Data(("--" + boundary).utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Part] = []
        var cursor = body.startIndex
        while let start = body.range(of: delimiter, in: cursor..<body.endIndex) {
            let afterDelimiter = start.upperBound
            guard let next = body.range(of: delimiter, in: afterDelimiter..<body.endIndex) else { break }
            let chunk = body[afterDelimiter..<next.lowerBound]
            cursor = next.lowerBound
            guard let split = chunk.range(of: headerEnd) else { continue }
            let headers = String(decoding: chunk[chunk.startIndex..<split.lowerBound], as: UTF8.self)
            var content = Data(chunk[split.upperBound...])
            if content.suffix(2) == Data("\r\n".utf8) { content.removeLast(2) }
            guard let disposition = headers.split(whereSeparator: \.isNewline).first(where: { $0.lowercased().hasPrefix("content-disposition") }) else { continue }
            func attribute(_ key: String) -> String? {
                guard let r = disposition.range(of: key + "=\"") else { return nil }
                let rest = disposition[r.upperBound...]
                return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
            }
            guard let name = attribute("name") else { continue }
            parts.append(Part(name: name, filename: attribute("filename"), data: content))
        }
        self.parts = parts
    }

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }
}
