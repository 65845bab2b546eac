import Foundation
import ZhengceText

/// A folder of policy documents with its metadata file and user lexicon.
public struct Corpus: Sendable {
    /// The result of loading a folder: the documents parsed and the files that failed.
    public struct LoadResult: Sendable {
        /// Parsed documents, sorted by id.
        public var documents: [PolicyDocument]
        /// Files that could not be parsed, with why.
        public var failures: [(path: String, error: DocumentError)]
    }

    /// File extensions read as documents.
    public static let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
    /// Files in a corpus folder that are not documents.
    public static let reservedNames: Set<String> = [CorpusMetadata.fileName, "lexicon.txt", "README.md"]

    /// The corpus folder.
    public let folder: URL

    /// A corpus over `folder`.
    public init(folder: URL) { self.folder = folder }

    /// The document files of the folder (recursively), sorted by relative path.
    public func documentFiles() throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DocumentError.noDocuments(path: folder.path)
        }
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            throw DocumentError.noDocuments(path: folder.path)
        }
        var files: [URL] = []
        for case let url as URL in enumerator {
            guard Corpus.documentExtensions.contains(url.pathExtension.lowercased()) else { continue }
            guard !Corpus.reservedNames.contains(url.lastPathComponent) else { continue }
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
        }
        return files.sorted { relativePath(of: $0) < relativePath(of: $1) }
    }

    /// The path of `url` relative to the corpus folder.
    public func relativePath(of url: URL) -> String {
        let base = folder.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return url.lastPathComponent
    }

    /// Words from the corpus's user lexicon (`lexicon.txt`), one per line, `#` comments.
    public func userLexicon() -> [String] {
        let url = folder.appendingPathComponent("lexicon.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return trimmed.split(separator: " ").first.map(String.init)
        }
    }

    /// Parses every document of the folder; a file that fails is reported, the rest go on.
    public func load(parser: DocumentParser = DocumentParser()) throws -> LoadResult {
        let metadata = try CorpusMetadata.load(from: folder)
        Segmenter.shared.addWords(userLexicon())
        let files = try documentFiles()
        guard !files.isEmpty else { throw DocumentError.noDocuments(path: folder.path) }
        var documents: [PolicyDocument] = []
        var failures: [(path: String, error: DocumentError)] = []
        for url in files {
            let relative = relativePath(of: url)
            do {
                var document = try parser.parse(fileAt: url, relativePath: relative)
                CorpusMetadata.apply(metadata.documents[relative], to: &document)
                Segmenter.shared.addWords(DocumentTerms.terms(of: document))
                documents.append(document)
            } catch let error as DocumentError {
                failures.append((relative, error))
            } catch {
                failures.append((relative, .unreadable(path: relative, reason: "\(error)")))
            }
        }
        documents.sort { $0.id < $1.id }
        return LoadResult(documents: documents, failures: failures)
    }
}
