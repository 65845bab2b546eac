import ArgumentParser
import Foundation
import ZhengceDocument
import ZhengceText

/// Reads `diff` arguments: a file when one exists at that path, otherwise a corpus document named by
/// id, 发文字号 or file name, looked up in the corpus of `CorpusOptions` (read once, from the index when
/// it indexes that corpus).
struct DiffInputLoader {
    /// The corpus searched for ids and 发文字号.
    let corpus: CorpusOptions

    /// The documents named by `arguments`, in order; a clear runtime error (exit 2) when one cannot be read.
    func load(_ arguments: [String]) throws -> [PolicyDocument] {
        var documents: [PolicyDocument]?
        return try arguments.map { argument in
            if let file = try file(argument) { return file }
            if documents == nil {
                guard FileManager.default.fileExists(atPath: corpus.corpus) else {
                    throw fail("\(argument): no such file, and no corpus to look it up in (\(corpus.corpus): no such folder)")
                }
                documents = try corpus.load().documents
            }
            return try DocumentArgument.resolve(argument, in: documents ?? [], corpus: corpus.corpus)
        }
    }

    /// The document in the file at `argument`, nil when there is no file there.
    private func file(_ argument: String) throws -> PolicyDocument? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else { return nil }
        guard !isDirectory.boolValue else { throw fail("\(argument): is a folder, not a document file") }
        do {
            let document = try DocumentParser().parse(fileAt: URL(fileURLWithPath: argument), relativePath: argument)
            guard !document.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw fail("\(argument): no text to compare")
            }
            return document
        } catch let error as DocumentError {
            throw fail("\(error)")
        }
    }
}
