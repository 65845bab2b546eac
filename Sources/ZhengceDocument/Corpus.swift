import Foundation
import ZhengceText

/// A folder of policy documents with its metadata file and user lexicon.
///
/// The corpus's segmenter (`segmenter(for:)`: the bundled lexicons, `lexicon.txt` and the terms its documents
/// teach) is made here and handed to whatever cuts the corpus's text; no process-wide segmenter is changed.
public struct Corpus: Sendable {
    /// The result of loading a folder: the documents parsed and the files that failed.
    public struct LoadResult: Sendable {
        /// Parsed documents, sorted by id.
        public var documents: [PolicyDocument]
        /// Files that could not be parsed, with why.
        public var failures: [(path: String, error: DocumentError)]
        /// The corpus's segmenter for `documents` (`Corpus.segmenter(for:)`).
        public var segmenter: Segmenter
    }

    /// File extensions read as documents.
    public static let documentExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]
    /// Files in a corpus folder that are not documents.
    public static let reservedNames: Set<String> = [CorpusMetadata.fileName, "lexicon.txt", "README.md"]

    /// The corpus folder.
    public let folder: URL

    /// A corpus over `folder`.
    public init(folder: URL) { self.folder = folder }

    /// A document file found in the folder, with the size and modification time the listing read.
    public struct ListedFile: Sendable {
        /// The file (for a symbolic link, the link's own path inside the folder).
        public var url: URL
        /// Path relative to the corpus folder.
        public var path: String
        /// Size in bytes (of the link's target for a link).
        public var bytes: Int
        /// Modification time, seconds since 1970.
        public var mtime: Double
    }

    /// The folder's document files and what could not be listed.
    public struct Listing: Sendable {
        /// Document files sorted by relative path.
        public var files: [ListedFile]
        /// Dangling symbolic links and folders that cannot be read: (relative path, why).
        public var problems: [(path: String, message: String)]
    }

    /// Lists the document files of the folder (recursively): files with a document extension,
    /// reserved names skipped; symbolic links to files are followed (a dangling link is a
    /// problem), and a subfolder that cannot be read is a problem instead of being skipped silently.
    public func listing() throws -> Listing {
        var isDirectory: ObjCBool = false
        // The folder itself may be a symbolic link.
        let root = folder.resolvingSymlinksInPath().path
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw DocumentError.notAFolder(path: folder.path, reason: "no such folder")
        }
        guard isDirectory.boolValue else {
            throw DocumentError.notAFolder(path: folder.path, reason: "is a file, not a folder (give the folder that holds the documents)")
        }
        // The reason comes from `access`, which sets errno; the enumerator does not say why it has none.
        guard access(root, R_OK | X_OK) == 0 else {
            throw DocumentError.notAFolder(path: folder.path, reason: "cannot read folder: \(SystemReason.text(errno))")
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw DocumentError.notAFolder(path: folder.path, reason: "cannot read folder")
        }
        var files: [ListedFile] = []
        var problems: [(path: String, message: String)] = []
        while let path = enumerator.nextObject() as? String {
            var attributes = enumerator.fileAttributes ?? [:]
            let type = attributes[.type] as? FileAttributeType
            if type == .typeDirectory {
                if access(root + "/" + path, R_OK | X_OK) != 0 {
                    problems.append((path, "cannot read folder: \(SystemReason.text(errno))"))
                }
                continue
            }
            let name = (path as NSString).lastPathComponent
            guard Corpus.documentExtensions.contains((name as NSString).pathExtension.lowercased()),
                  !Corpus.reservedNames.contains(name) else { continue }
            if type == .typeSymbolicLink {
                guard let target = try? FileManager.default.attributesOfItem(atPath: (root + "/" + path as NSString).resolvingSymlinksInPath),
                      FileManager.default.fileExists(atPath: root + "/" + path) else {
                    problems.append((path, "symbolic link to a missing file"))
                    continue
                }
                attributes = target
            }
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            files.append(ListedFile(url: folder.appendingPathComponent(path), path: path,
                                    bytes: (attributes[.size] as? NSNumber)?.intValue ?? -1,
                                    mtime: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0))
        }
        return Listing(files: files.sorted { $0.path < $1.path }, problems: problems.sorted { $0.path < $1.path })
    }

    /// The document files of the folder (recursively), sorted by relative path (see `listing()`).
    public func documentFiles() throws -> [URL] {
        try listing().files.map(\.url)
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

    /// A new segmenter with the bundled lexicons and the words of `lexicon.txt`.
    public func lexiconSegmenter() -> Segmenter {
        let segmenter = Segmenter()
        segmenter.addWords(userLexicon())
        return segmenter
    }

    /// The corpus's segmenter: `lexiconSegmenter()` and the terms each of `documents` teaches
    /// (`DocumentTerms`), added in the order given (give them sorted by id: the first addition of a word
    /// fixes its cost).
    public func segmenter(for documents: [PolicyDocument]) -> Segmenter {
        let segmenter = lexiconSegmenter()
        for document in documents { segmenter.addWords(DocumentTerms.terms(of: document)) }
        return segmenter
    }

    /// Checks `lexicon.txt` (when present): UTF-8 text, one word per line with an optional
    /// whole-number frequency. A problem is an error naming the file, line and column.
    public func checkLexicon() throws {
        let url = folder.appendingPathComponent("lexicon.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DocumentError.unreadable(path: url.path, reason: SystemReason.of(error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let line = data.split(separator: 0x0A, omittingEmptySubsequences: false)
                .firstIndex { String(data: Data($0), encoding: .utf8) == nil }.map { $0 + 1 }
            throw DocumentError.badFile(YAMLSourceError(path: url.path, line: line, message: "not UTF-8 text"))
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let bad = line.unicodeScalars.firstIndex(where: { $0.value < 0x20 && $0 != "\t" && $0 != "\r" }) {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: bad) + 1
                throw DocumentError.badFile(YAMLSourceError(path: url.path, line: number + 1, column: column,
                                                            message: "control character in a lexicon line (binary file?)"))
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let fields = trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count > 1, Int(fields[1]) == nil {
                let column = (line.range(of: fields[1]).map { line.unicodeScalars.distance(from: line.startIndex, to: $0.lowerBound) } ?? 0) + 1
                throw DocumentError.badFile(YAMLSourceError(path: url.path, line: number + 1, column: column,
                                                            message: "frequency '\(fields[1])' is not a whole number (give: WORD [FREQUENCY])"))
            }
        }
    }

    /// Parses every document of the folder; a file that fails is reported, the rest go on. The result
    /// carries the corpus's segmenter for the documents parsed (`segmenter(for:)`).
    public func load(parser: DocumentParser = DocumentParser()) throws -> LoadResult {
        let metadata = try CorpusMetadata.load(from: folder)
        try checkLexicon()
        let listed = try listing()
        let files = listed.files.map(\.url)
        guard !files.isEmpty else { throw DocumentError.noDocuments(path: folder.path) }
        var documents: [PolicyDocument] = []
        var failures: [(path: String, error: DocumentError)] = listed.problems.map { ($0.path, .unreadable(path: $0.path, reason: $0.message)) }
        for url in files {
            let relative = relativePath(of: url)
            do {
                var document = try parser.parse(fileAt: url, relativePath: relative)
                CorpusMetadata.apply(metadata.documents[relative], to: &document)
                documents.append(document)
            } catch let error as DocumentError {
                failures.append((relative, error))
            } catch {
                failures.append((relative, .unreadable(path: relative, reason: "\(error)")))
            }
        }
        documents.sort { $0.id < $1.id }
        return LoadResult(documents: documents, failures: failures, segmenter: segmenter(for: documents))
    }
}
