import ArgumentParser
import Foundation
import ZhengceServe

/// `zhengce serve`: a local web workbench over the corpus's store (search, documents, lineage,
/// departments, diff, charts); prints the URL it serves on and runs until interrupted.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a local web workbench: search, documents, lineage, departments, diff, charts.",
        discussion: """
            Pages are rendered on the server from the same store the other commands use, refreshed \
            when corpus files change; nothing is fetched from the network. Every page answers JSON with \
            ?format=json or Accept: application/json. Binds 127.0.0.1 unless --host says otherwise; \
            --port 0 picks a free port. Prints "serving http://HOST:PORT/" once listening (docs/serve.md).
            """
    )

    @OptionGroup var corpusOptions: CorpusOptions

    @Option(name: .long, help: "The port to listen on (0: any free port).")
    var port: Int = 8080

    @Option(name: .long, help: "The address to bind (default: loopback only).")
    var host: String = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host needs an address") }
    }

    func run() throws {
        let session = try corpusOptions.session()
        let workbench: Workbench
        do { workbench = try Workbench(session: session) } catch { throw fail("\(corpusOptions.corpus): \(error)") }
        do {
            try Server(workbench: workbench, host: host, port: port).runBlocking { url in
                Console.line("serving \(url)")
                Console.flush()
            }
        } catch {
            throw fail("cannot serve on \(host):\(port): \(error)")
        }
    }
}
