import Foundation
import ZhengceDocument
import ZhengceSession
import ZhengceStore

/// The workbench behind `zhengce serve`: one corpus session, refreshed when the corpus changes,
/// and the pages answered from its store. It knows nothing of HTTP servers (see `Server`), so
/// tests can ask it for pages directly.
public final class Workbench: @unchecked Sendable {
    private let session: CorpusSession
    private let lock = NSLock()
    private var snapshot: CorpusSnapshot
    private var lastCheck: Date
    private var refreshing = false
    /// The session is used by this queue alone once the workbench exists.
    private let refreshQueue = DispatchQueue(label: "zhengce.serve.refresh")
    /// The last refresh failure, shown on pages until a refresh succeeds.
    private var refreshProblem: String?
    /// How often (seconds) the corpus folder is checked for changes (on a request, in the background).
    public let refreshInterval: TimeInterval

    /// A workbench over an already refreshed `session`; reads its documents from the store.
    public init(session: CorpusSession, refreshInterval: TimeInterval = 2) throws {
        self.session = session
        self.refreshInterval = refreshInterval
        snapshot = try Workbench.snapshot(of: session)
        lastCheck = Date()
    }

    private static func snapshot(of session: CorpusSession) throws -> CorpusSnapshot {
        CorpusSnapshot(documents: try session.documents(), failures: try session.failures(), store: session.store,
                       folder: session.folder, segmenter: try session.segmenter())
    }

    /// The current snapshot and the last refresh problem. At most every `refreshInterval` seconds
    /// a request starts a refresh in the background (changed files parsed into the store, a new
    /// snapshot swapped in when anything changed); requests never wait for it, and a failed refresh
    /// keeps the previous snapshot.
    func current() -> (CorpusSnapshot, String?) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if !refreshing && now.timeIntervalSince(lastCheck) >= refreshInterval {
            refreshing = true
            refreshQueue.async { self.refreshNow() }
        }
        return (snapshot, refreshProblem)
    }

    /// Brings the store up to date with the folder and swaps in a new snapshot when anything changed.
    private func refreshNow() {
        var fresh: CorpusSnapshot?
        var problem: String?
        do {
            let summary = try session.refresh()
            if summary.indexed > 0 || summary.removed > 0 { fresh = try Workbench.snapshot(of: session) }
        } catch {
            problem = "the corpus could not be refreshed: \(error)"
        }
        lock.lock()
        if let fresh { snapshot = fresh }
        refreshProblem = problem
        refreshing = false
        lastCheck = Date()
        lock.unlock()
    }

    /// Answers one request; never throws: a failure becomes a 500 page naming it.
    public func respond(_ request: WorkbenchRequest) -> PageResponse {
        guard request.method == "GET" || request.method == "HEAD" || (request.method == "POST" && request.segments == ["diff"]) else {
            return Layout.error(405, title: "Method not allowed", message: "\(request.method) is not served here; use GET")
        }
        let (corpus, problem) = current()
        do {
            var response = try route(request, corpus: corpus)
            if let problem, !request.wantsJSON, response.contentType.hasPrefix("text/html") {
                response = .html(response.text.replacingOccurrences(
                    of: "<main>", with: "<main><p class=\"error\">\(HTML.escape(problem))</p>"), status: response.status)
            }
            return response
        } catch let error as NotFound {
            if request.wantsJSON { return ErrorJSON.response(404, error.message) }
            return Layout.error(404, title: "Not found", message: error.message)
        } catch let error as BadRequest {
            if request.wantsJSON { return ErrorJSON.response(400, error.message) }
            return Layout.error(400, title: "Bad request", message: error.message)
        } catch {
            if request.wantsJSON { return ErrorJSON.response(500, "\(error)") }
            return Layout.error(500, title: "Server error", message: "\(error)")
        }
    }

    private func route(_ request: WorkbenchRequest, corpus: CorpusSnapshot) throws -> PageResponse {
        let s = request.segments
        switch (s.first ?? "", s.count) {
        case ("", 0): return try SearchPage(corpus: corpus, request: request).response(formOnly: true)
        case ("search", 1): return try SearchPage(corpus: corpus, request: request).response(formOnly: false)
        case ("documents", 1): return try DocumentListPage(corpus: corpus).response(json: request.wantsJSON)
        case ("documents", 2): return try withDocument(s[1], request, corpus) { try DocumentPage(corpus: corpus, document: $0).response(json: request.wantsJSON) }
        case ("lineage", 1): return try LineageGraphPage(corpus: corpus).response(json: request.wantsJSON)
        case ("lineage", 2): return try withDocument(s[1], request, corpus) { try CoveragePage(corpus: corpus, document: $0).response(json: request.wantsJSON) }
        case ("evidence", 1): return try EvidencePage(corpus: corpus, request: request).response()
        case ("departments", 1): return try DepartmentsPage(corpus: corpus).response(json: request.wantsJSON)
        case ("departments", 2): return try DepartmentPage(corpus: corpus, name: s[1]).response(json: request.wantsJSON)
        case ("diff", 1): return try DiffPage(corpus: corpus, request: request).response()
        case ("charts", 1): return try ChartsPage(corpus: corpus).response(json: request.wantsJSON)
        case ("static", 2) where s[1] == "search.js":
            return PageResponse(contentType: "text/javascript; charset=utf-8", text: Layout.searchScript)
        default:
            let path = "/" + s.joined(separator: "/")
            if request.wantsJSON { return ErrorJSON.response(404, "no page at \(path)") }
            return Layout.error(404, title: "Not found", message: "No page at \(path).",
                                extra: "<p>Pages: " + Layout.sections.map { HTML.link($0.path, $0.label) }.joined(separator: " · ") + "</p>")
        }
    }

    /// Calls `body` with the document `reference` names; 404 when none does, 400 when several do.
    private func withDocument(_ reference: String, _ request: WorkbenchRequest, _ corpus: CorpusSnapshot,
                              _ body: (PolicyDocument) throws -> PageResponse) throws -> PageResponse {
        switch corpus.resolve(reference) {
        case .found(let document): return try body(document)
        case .missing(let nearest):
            let message = "No document ‘\(reference)’ in the corpus."
            if request.wantsJSON { return ErrorJSON.response(404, message) }
            let hint = nearest.isEmpty ? "" : "<p>Nearest: " + nearest.map { DocumentListPage.link($0) }.joined(separator: "，") + "</p>"
            return Layout.error(404, title: "Document not found", message: message, extra: hint)
        case .ambiguous(let found):
            let message = "‘\(reference)’ names \(found.count) documents; give an id."
            if request.wantsJSON { return ErrorJSON.response(400, message) }
            return Layout.error(400, title: "Several documents", message: message,
                                extra: "<ul>" + found.map { "<li>" + DocumentListPage.link($0) + "</li>" }.joined() + "</ul>")
        }
    }
}

/// A request the workbench cannot answer as asked (a bad parameter): a 400 page with the message.
struct BadRequest: Error {
    /// What is wrong, for the person who sent it.
    var message: String
}

/// `{"error": …, "status": …}` for JSON clients.
enum ErrorJSON {
    /// The error document with `status`.
    static func response(_ status: Int, _ message: String) -> PageResponse {
        struct Body: Encodable { let error: String; let status: Int }
        let data = (try? JSONOutput.encode(Body(error: message, status: status))) ?? Data()
        return .json(data, status: status)
    }
}

/// The JSON encoding of the workbench, the same as the CLI's: pretty, sorted keys, slashes unescaped.
enum JSONOutput {
    /// Encodes `value` with a final newline.
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
