import Foundation

/// The JSON form of a diff: sorted keys, pretty-printed, slashes unescaped.
public enum DiffJSON {
    /// Encodes `diff`.
    public static func encode(_ diff: DocumentDiff) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(diff)
        data.append(0x0A)
        return data
    }
}
