import ArgumentParser
import Foundation
import ZhengceDocument
import ZhengceText

/// Reads a `diff` argument: a file when one exists at that path, otherwise a corpus document
/// named by id, 发文字号 or file name.
struct DiffInputLoader {
    /// The corpus folder searched for ids and 发文字号.
    let corpusFolder: URL

    /// The document named by `argument`; a clear runtime error (exit 2) when it cannot be read.
    func load(_ argument: String) throws -> PolicyDocument {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) {
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
        let loaded: Corpus.LoadResult
        do { loaded = try Corpus(folder: corpusFolder).load() } catch {
            throw fail("\(argument): no such file, and no corpus to look it up in (\(error))")
        }
        let document = try DocumentArgument.resolve(argument, in: loaded.documents, corpus: corpusFolder.relativePath)
        return document
    }
}
