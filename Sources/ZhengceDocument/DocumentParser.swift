import Foundation
import ZhengceText

/// Turns the bytes of a policy document (plain text, Markdown or HTML; UTF-8, UTF-16
/// or GB18030) into a `PolicyDocument`.
public struct DocumentParser: Sendable {
    /// Files larger than this are refused with a clear error (bytes).
    public var maximumBytes: Int

    public init(maximumBytes: Int = 64 * 1024 * 1024) { self.maximumBytes = maximumBytes }

    /// Reads and parses the file at `url`; `relativePath` names it in the result and errors.
    public func parse(fileAt url: URL, relativePath: String? = nil) throws -> PolicyDocument {
        let name = relativePath ?? url.lastPathComponent
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumBytes {
            throw DocumentError.tooLarge(path: name, bytes: size, limit: maximumBytes)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DocumentError.unreadable(path: name, reason: error.localizedDescription)
        }
        return try parse(data: data, path: name)
    }

    /// Parses `data`, naming the document after `path` (its id is the file name without extension).
    public func parse(data: Data, path: String) throws -> PolicyDocument {
        guard data.count <= maximumBytes else {
            throw DocumentError.tooLarge(path: path, bytes: data.count, limit: maximumBytes)
        }
        let decoded: DecodedText
        do { decoded = try TextDecoder.decode(data) } catch let error as TextDecodingError {
            throw DocumentError.notText(path: path, reason: error)
        }
        let id = DocumentParser.documentID(forPath: path)
        let source = SourceInfo(path: path, format: "text", encoding: decoded.encoding, bytes: data.count, sha256: "")
        // Placeholder until the parser lands: the text, no structure.
        return PolicyDocument(id: id, source: source, text: decoded.text)
    }

    /// The id of a document read from `path`: the file name without its extension.
    public static func documentID(forPath path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        return ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
    }
}
