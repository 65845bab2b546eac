import Foundation
import Hummingbird
import Logging
import NIOCore

/// `zhengce serve`: the workbench over HTTP (Hummingbird), bound to loopback unless told otherwise.
/// Each request is answered off the server's event loops, on a dispatch queue, so a slow page
/// (lineage on a large corpus) never stalls the server.
public struct Server: Sendable {
    /// The pages.
    public let workbench: Workbench
    /// The address to bind (127.0.0.1 by default).
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// Largest accepted request body (uploads for `/diff`), in bytes.
    public var maximumBody = 16 * 1024 * 1024

    /// A server for `workbench` on `host`:`port`.
    public init(workbench: Workbench, host: String = "127.0.0.1", port: Int = 8080) {
        self.workbench = workbench; self.host = host; self.port = port
    }

    /// The security policy of every response: nothing from other origins, no inline script.
    static let contentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'"

    /// Runs until the process receives SIGINT or SIGTERM; `started` gets the URL once the socket is bound.
    public func run(started: @escaping @Sendable (String) -> Void) async throws {
        let workbench = self.workbench
        let maximumBody = self.maximumBody
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let body: Data
            if request.method == .post {
                let buffer = try await request.body.collect(upTo: maximumBody)
                body = Data(buffer.readableBytesView)
            } else {
                body = Data()
            }
            let page = await Server.answer(workbench, method: request.method.rawValue, target: request.uri.string,
                                           accept: request.headers[.accept], body: body, contentType: request.headers[.contentType])
            var headers: HTTPFields = [.contentType: page.contentType, .contentSecurityPolicy: Server.contentSecurityPolicy, .cacheControl: "no-store"]
            headers[.init("X-Content-Type-Options")!] = "nosniff"
            let isHead = request.method == .head
            return Response(status: .init(code: page.status), headers: headers,
                            body: isHead ? .init() : .init(byteBuffer: ByteBuffer(bytes: page.body)))
        }
        var logger = Logger(label: "zhengce.serve")
        logger.logLevel = .warning
        let host = self.host
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: "zhengce"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                started("http://\(shown):\(bound)/")
            },
            logger: logger)
        try await app.runService()
    }

    /// The workbench's answer, computed on a dispatch queue (the store and the lineage are synchronous).
    static func answer(_ workbench: Workbench, method: String, target: String, accept: String?, body: Data, contentType: String?) async -> PageResponse {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                guard let request = WorkbenchRequest(method: method, target: target, accept: accept, body: body, contentType: contentType) else {
                    continuation.resume(returning: Layout.error(400, title: "Bad request", message: "The address is not valid percent-encoding."))
                    return
                }
                continuation.resume(returning: workbench.respond(request))
            }
        }
    }

    /// Runs the server from synchronous code (the command line), blocking until it stops.
    public func runBlocking(started: @escaping @Sendable (String) -> Void) throws {
        let box = ErrorBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { try await run(started: started) } catch { box.error = error }
            done.signal()
        }
        done.wait()
        if let error = box.error { throw error }
    }
}

/// The error of a server run, handed from its task to the waiting thread.
private final class ErrorBox: @unchecked Sendable {
    var error: (any Error)?
}
