import Foundation
import Testing
import ZhengceDocument
import ZhengceExport

/// Throughput of rendering, on N renamed copies of the sample documents. Opt-in:
/// `ZHENGCE_BENCH=1 swift test --filter ExportThroughputTests` (debug build) (prints figures).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ZHENGCE_BENCH"] != nil, "benchmark: set ZHENGCE_BENCH=1"))
struct ExportThroughputTests {
    @Test func renderThroughput() throws {
        let copies = Int(ProcessInfo.processInfo.environment["ZHENGCE_BENCH"] ?? "") ?? 500
        var documents: [PolicyDocument] = []
        for i in 0..<copies {
            for var d in [ExportSample.national, ExportSample.sichuan] {
                let old = d.id
                d.id = old + "-\(i)"
                d.docNumber = d.docNumber.map { $0 + "-\(i)" }
                d.provisions = d.provisions.map { p in var p = p; p.id = p.id.replacingOccurrences(of: old, with: d.id); return p }
                d.measures = d.measures.map { m in var m = m; m.id = m.id.replacingOccurrences(of: old, with: d.id); return m }
                documents.append(d)
            }
        }
        let input = ExportInput(documents: documents, departments: ExportSample.departments)
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        for format in ExportFormat.allCases {
            let start = DispatchTime.now().uptimeNanoseconds
            let output = try Exporter().render(input, as: format)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            print(String(format: "export %@: %d documents, %d measures, %.2f MB document text → %.2f MB in %.3f s (%.1f MB/s of output)",
                         format.rawValue, documents.count, documents.reduce(0) { $0 + $1.measures.count },
                         Double(textBytes) / 1e6, Double(output.utf8.count) / 1e6, seconds, Double(output.utf8.count) / 1e6 / seconds))
            #expect(output.utf8.count > textBytes / 2)
        }
    }
}
