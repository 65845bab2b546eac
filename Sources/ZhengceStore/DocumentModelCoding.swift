import Foundation
import ZhengceDocument

/// The one owner of how a parsed document is kept in `document_models`: the JSON of
/// `PolicyDocument` (keys sorted, so the same document gives the same bytes).
enum DocumentModelCoding {
    /// The stored bytes of `document`.
    static func encode(_ document: PolicyDocument) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A document is made of strings, numbers and enums: encoding cannot fail.
        return (try? encoder.encode(document)) ?? Data()
    }

    /// The document stored as `data`; throws when the bytes are not a stored model.
    static func decode(_ data: Data, id: String, path: String) throws -> PolicyDocument {
        do {
            return try JSONDecoder().decode(PolicyDocument.self, from: data)
        } catch {
            throw StoreError.database(path: path, message: "the stored model of document \(id) cannot be read (\(error)); run zhengce index again")
        }
    }
}
