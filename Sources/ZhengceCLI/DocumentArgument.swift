import ArgumentParser
import ZhengceDocument

/// The one lookup of a document argument for `show`, `diff` and `lineage` (docs/cli.md):
/// an unknown document is a runtime error (exit 2) naming the nearest candidates, a reference
/// several documents share (a 发文字号, a part of a title) is exit 2 listing them all.
enum DocumentArgument {
    /// The one document `reference` names in `documents` (`corpus` is the folder, for messages).
    static func resolve(_ reference: String, in documents: [PolicyDocument], corpus: String) throws -> PolicyDocument {
        let found = ZhengceDocument.DocumentLookup.matches(reference, in: documents)
        if found.count == 1 { return found[0] }
        if found.isEmpty {
            let nearest = ZhengceDocument.DocumentLookup.nearest(reference, in: documents)
            let hint = nearest.isEmpty ? " (see 'zhengce docs')" : "; nearest: " + nearest.map(describe).joined(separator: ", ")
            throw fail("no document '\(reference)' in \(corpus)\(hint)")
        }
        throw fail("'\(reference)' names \(found.count) documents: \(found.map(describe).joined(separator: ", ")); give an id")
    }

    /// "id (发文字号)" or the id alone.
    private static func describe(_ document: PolicyDocument) -> String {
        document.id + (document.docNumber.map { " (\($0))" } ?? "")
    }
}
