import Foundation
import ZhengceText

/// Where streamed JSON text goes: a file written in pieces through a buffer (memory holds one
/// record at a time, not the export), or memory (for `Exporter.render`).
final class JSONSink {
    private var buffer: [UInt8] = []
    private let file: UnsafeMutablePointer<FILE>?
    private let path: String
    /// Bytes written out to the file so far.
    private(set) var count = 0
    /// Bytes given to the sink so far (written out or still buffered).
    var position: Int { count + buffer.count }

    /// A sink that keeps the text in memory.
    init() {
        file = nil
        path = "-"
    }

    /// A sink that writes the file at `url` (created or truncated).
    init(file url: URL) throws {
        guard let handle = fopen(url.path, "wb") else {
            throw ExportError.unwritable(path: url.path, reason: SystemReason.text(errno))
        }
        file = handle
        path = url.path
        buffer.reserveCapacity(1 << 20)
    }

    deinit { if let file { fclose(file) } }

    /// Appends raw bytes.
    func write<S: Sequence>(_ bytes: S) throws where S.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        try spill()
    }

    /// Appends raw bytes; a long run is written out to the file at once rather than buffered.
    func write(raw bytes: UnsafeRawBufferPointer) throws {
        guard let file, bytes.count >= 1 << 16 else {
            buffer.append(contentsOf: bytes)
            return try spill()
        }
        try flush()
        guard fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count else {
            throw ExportError.unwritable(path: path, reason: SystemReason.text(errno))
        }
        count += bytes.count
    }

    /// Appends a string's UTF-8 bytes.
    func write(_ text: String) throws { try write(text.utf8) }

    /// Appends `value` laid out as `serialized(layout)` lays it out at nesting depth `indent`.
    func write(_ value: JSONValue, layout: JSONValue.Layout = .pretty, indent: Int) throws {
        value.write(into: &buffer, layout: layout, indent: indent)
        try spill()
    }

    /// A newline and the indentation of depth `indent` (pretty layout).
    func newline(indent: Int) throws {
        JSONValue.newline(&buffer, indent: indent)
        try spill()
    }

    /// Writes out what is buffered and closes the file; the text in memory for a memory sink.
    @discardableResult
    func finish() throws -> [UInt8] {
        guard let file else { return buffer }
        try flush()
        if fflush(file) != 0 { throw ExportError.unwritable(path: path, reason: SystemReason.text(errno)) }
        return []
    }

    private func spill() throws {
        if file != nil && buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else {
            throw ExportError.unwritable(path: path, reason: SystemReason.text(errno))
        }
        count += written
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A pretty-printed JSON array written one element at a time, laid out as `JSONValue.serialized(.pretty)`
/// lays out the whole array at depth `indent`.
struct JSONArrayStream {
    let sink: JSONSink
    let indent: Int
    private var elements = 0

    /// Starts an array at depth `indent` (nothing is written until the first element or `close`).
    init(_ sink: JSONSink, indent: Int) {
        self.sink = sink
        self.indent = indent
    }

    /// Appends one element.
    mutating func append(_ value: JSONValue) throws {
        try sink.write(elements == 0 ? "[" : ",")
        try sink.newline(indent: indent + 1)
        try sink.write(value, indent: indent + 1)
        elements += 1
    }

    /// Appends an element already serialized at depth `indent + 1`.
    mutating func append(serialized bytes: UnsafeRawBufferPointer) throws {
        try sink.write(elements == 0 ? "[" : ",")
        try sink.newline(indent: indent + 1)
        try sink.write(bytes)
        elements += 1
    }

    /// Ends the array.
    func close() throws {
        if elements == 0 { try sink.write("[]"); return }
        try sink.newline(indent: indent)
        try sink.write("]")
    }
}

/// A pretty-printed JSON object whose members are written in the order given (the caller gives
/// them sorted by key, as `JSONValue.serialized` sorts them), at depth `indent`.
struct JSONObjectStream {
    let sink: JSONSink
    let indent: Int
    private var members = 0
    private var lastKey: String?

    /// Starts an object at depth `indent`.
    init(_ sink: JSONSink, indent: Int) {
        self.sink = sink
        self.indent = indent
    }

    /// Writes `"key": ` (the value follows); keys must come in UTF-8 order.
    mutating func key(_ key: String) throws {
        precondition(lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "keys out of order: \(key)")
        lastKey = key
        try sink.write(members == 0 ? "{" : ",")
        try sink.newline(indent: indent + 1)
        try sink.write(JSONValue.string(key), indent: indent + 1)
        try sink.write(": ")
        members += 1
    }

    /// Writes a member whose value is at hand.
    mutating func member(_ key: String, _ value: JSONValue) throws {
        try self.key(key)
        try sink.write(value, indent: indent + 1)
    }

    /// Ends the object.
    func close() throws {
        if members == 0 { try sink.write("{}"); return }
        try sink.newline(indent: indent)
        try sink.write("}")
    }
}
