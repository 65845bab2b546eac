import Foundation
import ZhengceStore

/// Hidden `query --bench-queries FILE [--bench-rounds N]`: runs each line of FILE as a query
/// N times in this process and prints one JSON object per query with the hit ids and the
/// latency of every round in microseconds (the first round is the cold one). For scripts/bench-index.
struct QueryBenchmark {
    let store: Store
    let filters: SearchFilters
    let limit: Int
    let rounds: Int

    private struct Line: Encodable {
        var query: String
        var total: Int
        var hits: [String]
        var microseconds: [Double]
        var error: String?
    }

    func run(file: String) throws {
        let text: String
        do { text = try String(contentsOfFile: file, encoding: .utf8) } catch { throw fail("\(file): cannot read: \(error)") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        for query in text.components(separatedBy: "\n") where !query.trimmingCharacters(in: .whitespaces).isEmpty {
            var line = Line(query: query, total: 0, hits: [], microseconds: [])
            for _ in 0..<max(1, rounds) {
                let start = DispatchTime.now().uptimeNanoseconds
                do {
                    let result = try store.search(SearchRequest(text: query, filters: filters, limit: limit))
                    line.total = result.total
                    line.hits = result.hits.map(\.measure)
                } catch {
                    line.error = "\(error)"
                }
                line.microseconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
            }
            out += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
        }
        Console.write(out)
    }
}
