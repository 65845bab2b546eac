import Foundation
import Testing
@testable import ZhengceLineage

@Suite struct CalibrationTests {
    @Test func printAlignments() throws {
        guard ProcessInfo.processInfo.environment["LINEAGE_CALIBRATE"] != nil else { return }
        let environment = ProcessInfo.processInfo.environment["LINEAGE_CALIBRATE"]
        let options = environment == "default" ? LineageOptions() : LineageOptions(linkScore: 0.0, linksPerMeasure: 10, supportScore: 0.0)
        let analysis = LineageAnalyzer(options: options).analyze(DocumentBuilder.seedExcerpts)
        for link in analysis.graph.links {
            let f = "\(link.from.document) \(link.from.label ?? "")", t = "\(link.to.document) \(link.to.label ?? "")"
            print(String(format: "%.3f", link.score ?? -1), link.type.rawValue, f, "→", t, link.evidence?.sharedTerms.prefix(5).joined(separator: "/") ?? "",
                  link.evidence?.spans.map(\.text).joined(separator: " | ") ?? "", link.evidence?.direction ?? "")
        }
    }
}
