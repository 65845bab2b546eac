import Foundation
import Yams
import ZhengceText

/// A problem in a YAML file of the corpus (corpus.yaml, departments.yaml), with its place.
public struct YAMLSourceError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file as the user named it.
    public var path: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (in Unicode scalars), when known.
    public var column: Int?
    /// What is wrong, in one line.
    public var message: String

    /// A problem at `line`:`column` of `path`.
    public init(path: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.path = path; self.line = line; self.column = column; self.message = message
    }

    /// `path:line:column: message` (the place left out when unknown).
    public var description: String {
        var place = path
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        return place + ": " + message
    }
}

/// The text of a YAML file and its node tree: decoding with errors that name the file, line
/// and column, and the place of any value for checks made after decoding.
public struct YAMLSource {
    /// The file as the user named it (used in messages).
    public let path: String
    /// The file's text.
    public let text: String
    private let root: Node?

    /// Reads and parses the YAML file at `url`; binary or non-UTF-8 files and syntax errors are
    /// reported with the place.
    public init(fileAt url: URL, path: String) throws(YAMLSourceError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw YAMLSourceError(path: path, message: "cannot read: \(SystemReason.of(error))")
        }
        try self.init(data: data, path: path)
    }

    /// Parses YAML bytes named `path`.
    public init(data: Data, path: String) throws(YAMLSourceError) {
        guard let text = String(data: data, encoding: .utf8) else {
            let (line, column) = YAMLSource.firstInvalidUTF8(data)
            throw YAMLSourceError(path: path, line: line, column: column,
                                  message: "not a YAML text file (binary, or not UTF-8)")
        }
        if let nul = text.unicodeScalars.firstIndex(where: { $0.value == 0 || ($0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t") }) {
            let (line, column) = YAMLSource.place(of: nul, in: text)
            throw YAMLSourceError(path: path, line: line, column: column,
                                  message: "not a YAML text file (control character U+\(String(format: "%04X", text.unicodeScalars[nul].value)))")
        }
        try self.init(text: text, path: path)
    }

    /// Parses YAML text named `path`.
    public init(text: String, path: String) throws(YAMLSourceError) {
        self.path = path
        self.text = text
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw YAMLSource.describe(error, path: path)
        }
    }

    /// Decodes the whole file as `T`; a value of the wrong type is reported at its place.
    public func decode<T: Decodable>(_ type: T.Type) throws(YAMLSourceError) -> T {
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw YAMLSource.describe(error, path: path)
        }
    }

    /// An error at the value reached by `keys` (mapping keys, or decimal indices into sequences).
    public func error(at keys: [String], _ message: String) -> YAMLSourceError {
        let mark = node(at: keys)?.mark
        return YAMLSourceError(path: path, line: mark?.line, column: mark?.column, message: message)
    }

    /// The keys of the mapping reached by `keys`, with their places (empty when it is not a mapping).
    public func mappingKeys(at keys: [String]) -> [(key: String, line: Int?, column: Int?)] {
        guard case .mapping(let mapping)? = node(at: keys) else { return [] }
        return mapping.keys.map { key in (key.string ?? "", key.mark?.line, key.mark?.column) }
    }

    private func node(at keys: [String]) -> Node? {
        var node = root
        var deepest = root
        for key in keys {
            switch node {
            case .mapping(let mapping)?: node = mapping[key]
            case .sequence(let sequence)?:
                node = Int(key).flatMap { $0 >= 0 && $0 < sequence.count ? sequence[$0] : nil }
            default: node = nil
            }
            guard node != nil else { return deepest }
            deepest = node
        }
        return node
    }

    private func describe(_ error: DecodingError) -> YAMLSourceError {
        let context: DecodingError.Context
        var message: String
        switch error {
        case .keyNotFound(let key, let c):
            context = c
            message = "missing field '\(key.stringValue)'"
        case .typeMismatch(let type, let c):
            context = c
            message = "expected \(YAMLSource.kind(type)), found \(YAMLSource.found(node(at: c.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue })))"
        case .valueNotFound(let type, let c):
            context = c
            message = "expected \(YAMLSource.kind(type)), found nothing"
        case .dataCorrupted(let c):
            context = c
            if let underlying = c.underlyingError { return YAMLSource.describe(underlying, path: path) }
            message = c.debugDescription.trimmingCharacters(in: .whitespacesAndNewlines)
        @unknown default:
            return YAMLSourceError(path: path, message: "\(error)")
        }
        let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        if !keys.isEmpty { message += " (at " + keys.joined(separator: ".") + ")" }
        return self.error(at: keys, message)
    }

    private static func describe(_ error: Error, path: String) -> YAMLSourceError {
        guard let yaml = error as? YamlError else {
            if let decoding = error as? DecodingError, case .dataCorrupted(let c) = decoding, let underlying = c.underlyingError {
                return describe(underlying, path: path)
            }
            return YAMLSourceError(path: path, message: "\(error)")
        }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let before = context.map { $0.text.isEmpty ? "" : $0.text + ": " } ?? ""
            return YAMLSourceError(path: path, line: mark.line, column: mark.column, message: before + problem)
        case .reader(let problem, _, _, _):
            return YAMLSourceError(path: path, message: "not a YAML text file (\(problem))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return YAMLSourceError(path: path, line: context.mark.line, column: context.mark.column,
                                   message: "duplicated key(s) " + duplicates.sorted().joined(separator: ", "))
        default:
            return YAMLSourceError(path: path, message: "\(yaml)".components(separatedBy: "\n")[0])
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        let name = "\(type)"
        if name.hasPrefix("Array") || name.contains("Sequence") { return "a list" }
        if name.hasPrefix("Dictionary") { return "a mapping" }
        if name == "String" { return "text" }
        if name == "Int" || name == "Double" { return "a number" }
        if name == "Bool" { return "true or false" }
        return "a mapping"
    }

    private static func found(_ node: Node?) -> String {
        switch node {
        case .scalar(let scalar)?: return "'\(scalar.string)'"
        case .mapping?: return "a mapping"
        case .sequence?: return "a list"
        default: return "something else"
        }
    }

    private static func place(of index: String.UnicodeScalarView.Index, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Line and column (in bytes) of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0
            guard length > 0, i + length <= bytes.count,
                  bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (line, i - lineStart + 1) }
            if b == 0x0A { line += 1; lineStart = i + 1 }
            i += length
        }
        return (line, i - lineStart + 1)
    }
}
