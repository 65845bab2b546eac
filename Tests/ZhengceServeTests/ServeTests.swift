import Foundation
import Testing
import TestSupport

/// End-to-end: `zhengce serve --port 0` started on a loopback port over a copy of the seed corpus
/// and over a scratch corpus, pages fetched over HTTP.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: Fixtures.executable.path)), .serialized)
struct ServeTests {
    static let shanghai = "沪商贸发〔2023〕183号"
    static let mofcom = "商贸发〔2024〕125号"
    static let sichuan = "sichuan-2024-cross-border-ecommerce-action-plan-draft"

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func seedCorpusPages() async throws {
        let corpus = try ScratchCorpus.seed()
        let server = try ServeProcess(corpus: corpus)
        defer { server.stop(); try? FileManager.default.removeItem(at: corpus) }
        #expect(server.base.hasPrefix("http://127.0.0.1:"))

        // Search 海外仓: the Shanghai plan's and the national documents' measures, marked.
        let q = ServeProcess.encode("海外仓")
        let found = try await server.get("/search?q=\(q)&limit=100&format=json")
        #expect(found.status == 200 && found.type.hasPrefix("application/json"))
        let hits = try #require(try Self.json(found.body)["hits"] as? [[String: Any]])
        let numbers = Set(hits.compactMap { $0["docNumber"] as? String })
        #expect(numbers.contains(Self.shanghai))
        #expect(numbers.contains(Self.mofcom))
        #expect(numbers.contains("国办发〔2021〕24号"))
        // The same JSON as `zhengce query` prints.
        let cli = try runZhengce(["query", "海外仓", "--limit", "100", "--format", "json", "--corpus", corpus.path, "--db",
                                  corpus.appendingPathComponent("cli.sqlite").path])
        #expect(cli.status == 0)
        #expect(cli.stdout == found.body)
        let page = try await server.get("/search?q=\(q)")
        #expect(page.status == 200 && page.type.hasPrefix("text/html"))
        #expect(page.body.contains("<mark>海外仓</mark>"))
        #expect(page.body.contains(Self.shanghai))
        #expect(page.body.contains("class=\"dept lead\""))
        // Filters: region 上海 leaves only the Shanghai plan.
        let shanghaiOnly = try await server.get("/search?q=\(q)&region=\(ServeProcess.encode("上海"))&format=json")
        let regional = try #require(try Self.json(shanghaiOnly.body)["hits"] as? [[String: Any]])
        #expect(!regional.isEmpty && regional.allSatisfy { $0["docNumber"] as? String == Self.shanghai })

        // The coverage matrix of 商贸发〔2024〕125号 has the Sichuan draft as a column with take-ups.
        let matrix = try await server.get("/lineage/\(ServeProcess.encode(Self.mofcom))?format=json")
        #expect(matrix.status == 200)
        let cliMatrix = try runZhengce(["lineage", Self.mofcom, "--matrix", "--format", "json", "--corpus", corpus.path,
                                        "--db", corpus.appendingPathComponent("cli.sqlite").path])
        #expect(cliMatrix.stdout == matrix.body)
        let columns = try #require(try Self.json(matrix.body)["columns"] as? [[String: Any]])
        let sichuan = try #require(columns.first { $0["document"] as? String == Self.sichuan })
        #expect((sichuan["takenUp"] as? Int ?? 0) > 0)
        // Read in the texts: Sichuan's 17. repeats national (十一)'s 拼箱“先查验后装运” and 跨关区退货试点 word for word.
        let rows = try #require(try Self.json(matrix.body)["rows"] as? [[String: Any]])
        let k = try #require(columns.firstIndex { $0["document"] as? String == Self.sichuan })
        let eleven = try #require(rows.first { $0["label"] as? String == "（十一）" })
        let cell = try #require((eleven["cells"] as? [[String: Any]])?[k])
        #expect(cell["state"] as? String == "verbatim" && cell["label"] as? String == "17.")
        let coverage = try await server.get("/lineage/\(ServeProcess.encode(Self.mofcom))")
        #expect(coverage.body.contains("data-document=\"\(Self.sichuan)\""))
        #expect(coverage.body.contains("data-state=\"verbatim\" data-document=\"\(Self.sichuan)\"")
                || coverage.body.contains("data-state=\"substance\" data-document=\"\(Self.sichuan)\""))
        // The cell links to the evidence: both measures side by side, the shared passage marked on each side.
        let evidenceLink = try #require(coverage.body.components(separatedBy: "href=\"").first { $0.hasPrefix("/evidence?parent=") && $0.contains("%2F4.11&amp;child=sichuan") && $0.contains("%2F2.6.17\"") })
        let evidence = try await server.get(String(evidenceLink.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&"))
        #expect(evidence.status == 200)
        let marked = evidence.body.components(separatedBy: "<mark>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(marked.filter { $0.contains("先查验后装运") }.count >= 2)

        // The document page: by 发文字号, one block per measure, the same JSON as `zhengce show`.
        let document = try await server.get("/documents/\(ServeProcess.encode(Self.shanghai))")
        #expect(document.status == 200)
        #expect(document.body.contains("上海市"))
        let show = try runZhengce(["show", Self.shanghai, "--format", "json", "--corpus", corpus.path,
                                   "--db", corpus.appendingPathComponent("cli.sqlite").path])
        let shownMeasures = try #require(try Self.json(show.stdout)["measures"] as? [[String: Any]])
        #expect(document.body.components(separatedBy: "class=\"measure\"").count - 1 == shownMeasures.count)
        let documentJSON = try await server.get("/documents/\(ServeProcess.encode(Self.shanghai))", accept: "application/json")
        #expect(documentJSON.type.hasPrefix("application/json"))
        #expect(documentJSON.body == show.stdout)

        // Unknown document: 404 naming it; bad parameter: 400; the server still answers afterwards.
        let missing = try await server.get("/documents/no-such-document")
        #expect(missing.status == 404 && missing.body.contains("no-such-document"))
        let bad = try await server.get("/search?q=x&level=planet")
        #expect(bad.status == 400 && bad.body.contains("level"))
        let badYear = try await server.get("/search?q=x&year=20x4")
        #expect(badYear.status == 400)
        let nowhere = try await server.get("/no/such/page")
        #expect(nowhere.status == 404)

        // The graph, departments and charts pages draw SVG.
        let graph = try await server.get("/lineage")
        #expect(graph.status == 200 && graph.body.contains("<svg") && graph.body.contains("/lineage/\(Self.sichuan)"))
        let departments = try await server.get("/departments")
        #expect(departments.status == 200 && departments.body.contains("商务部"))
        let ministry = try await server.get("/departments/\(ServeProcess.encode("商务部"))?format=json")
        let ministryMeasures = try #require(try Self.json(ministry.body)["measures"] as? [[String: Any]])
        #expect(!ministryMeasures.isEmpty)
        let charts = try await server.get("/charts")
        #expect(charts.status == 200 && charts.body.components(separatedBy: "<svg").count - 1 == 4)
        let home = try await server.get("/")
        #expect(home.status == 200 && home.body.contains("<form class=\"search\""))
    }

    @Test func markupInDocumentsIsTextAndDiffShowsRenumbering() async throws {
        let corpus = try ScratchCorpus.hostile()
        let server = try ServeProcess(corpus: corpus)
        defer { server.stop(); try? FileManager.default.removeItem(at: corpus) }

        let page = try await server.get("/documents/markup-notice")
        #expect(page.status == 200)
        // (The title reader makes the brackets full-width: alert（1）.)
        #expect(page.body.contains("<h1>关于&lt;script&gt;alert"))
        #expect(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!page.body.contains("<script>alert"))
        #expect(!page.body.contains("<img src=x"))
        #expect(!page.body.contains("\"><b>"))
        // Search snippets and department pages escape too.
        let search = try await server.get("/search?q=\(ServeProcess.encode("标记处理"))")
        #expect(search.body.contains("&lt;img src=x onerror=alert(1)&gt;") && !search.body.contains("<img src=x"))

        // The diff of the two law versions: 第四条 became 第五条 (an article was inserted before it).
        let diff = try await server.get("/diff?old=trade-law-2020&new=trade-law-2024")
        #expect(diff.status == 200)
        let row = try #require(diff.body.components(separatedBy: "\n").first { $0.hasPrefix("<tr class=\"renumbered\"") && $0.contains("鼓励企业建设海外仓") })
        #expect(row.contains("条号变化"))
        #expect(row.contains("<span class=\"label\">第四条</span>") && row.contains("<span class=\"label\">第五条</span>"))
        let diffJSON = try await server.get("/diff?old=trade-law-2020&new=trade-law-2024&format=json")
        let summary = try #require(try Self.json(diffJSON.body)["summary"] as? [String: Int])
        #expect(summary["renumbered"] == 3 && summary["added"] == 1)
        // Two uploaded files give the same table.
        let old = try Data(contentsOf: Fixtures.file("diff/trade-law-2020.txt"))
        let new = try Data(contentsOf: Fixtures.file("diff/trade-law-2024.txt"))
        let uploaded = try await server.postDiff(old: ("trade-law-2020.txt", old), new: ("trade-law-2024.txt", new))
        #expect(uploaded.status == 200 && uploaded.body.contains("<tr class=\"renumbered\""))
        let missing = try await server.get("/diff?old=trade-law-2020&new=nothing-here")
        #expect(missing.status == 404 && missing.body.contains("nothing-here"))

        // A file added to the corpus is served once a refresh has seen it (checked every 2 s).
        let added = "关于新增文件的通知\n\n一、做好刷新。市商务委负责。\n"
        try Data(added.utf8).write(to: corpus.appendingPathComponent("added-notice.txt"))
        var status = 0
        for _ in 0..<40 where status != 200 {
            try await Task.sleep(nanoseconds: 500_000_000)
            status = try await server.get("/documents/added-notice").status
        }
        #expect(status == 200)
    }
}
