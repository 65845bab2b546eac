import Foundation

/// Why a bundled binary resource could not be read.
public struct ResourceError: Error, CustomStringConvertible, Sendable {
    /// The resource file name, e.g. "jieba-lexicon.bin".
    public let name: String
    /// What is wrong with it.
    public let reason: String
    public var description: String { "resource \(name): \(reason)" }
}

/// A little-endian reader over the bytes of a resource written by scripts/build-lexicon.py.
struct BinaryResource {
    let name: String
    let bytes: Data
    private(set) var offset = 0

    /// Reads resource `name` from the module's `Resources/` folder.
    init(named name: String) throws {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw ResourceError(name: name, reason: "not found in the ZhengceText bundle") }
        self.name = name
        bytes = try Data(contentsOf: url)
    }

    /// Checks the 4-byte magic and the version that follows it.
    mutating func expectHeader(_ magic: String, version: UInt32) throws {
        guard bytes.count >= 8, bytes.prefix(4).elementsEqual(magic.utf8) else {
            throw ResourceError(name: name, reason: "not a \(magic) file")
        }
        offset = 4
        let found: UInt32 = try scalar()
        guard found == version else { throw ResourceError(name: name, reason: "version \(found), expected \(version)") }
    }

    /// Reads one fixed-width value.
    mutating func scalar<T: FixedWidthInteger>(_: T.Type = T.self) throws -> T {
        try array(T.self, count: 1)[0]
    }

    /// Reads `count` fixed-width integers or floats, copying them out of the blob.
    /// - Complexity: O(count), a single memcpy.
    mutating func array<T>(_: T.Type, count: Int) throws -> [T] {
        let size = MemoryLayout<T>.stride * count
        guard count >= 0, offset + size <= bytes.count else {
            throw ResourceError(name: name, reason: "truncated at byte \(offset)")
        }
        let start = offset
        offset += size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + size)]))
            }
            initialized = count
        }
    }
}
