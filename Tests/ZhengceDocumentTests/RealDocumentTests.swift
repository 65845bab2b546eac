import Foundation
import Testing
import TestSupport
@testable import ZhengceDocument

/// The dev set of issue 14 (Tests/Fixtures/real/): each document read against expected.json, whose values
/// were read from the texts (metadata, measure counts, the units each measure's clauses name).
@Suite struct RealDocumentTests {
    static let folder = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/real")

    struct Expected: Decodable {
        struct Document: Decodable {
            var metadata: [String: String?]
            var measureCount: Int
            var departments: [String: [String]]?
        }
        var documents: [String: Document]
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    @Test func everyDocumentReadsAsExpected() throws {
        let expected = try Self.expected()
        let loaded = try Corpus(folder: Self.folder).load()
        #expect(loaded.failures.isEmpty)
        #expect(expected.documents.count >= 15)
        for (id, want) in expected.documents {
            guard let d = loaded.documents.first(where: { $0.id == id }) else { Issue.record("\(id) not read"); continue }
            let fields: [String: String?] = [
                "title": d.title, "docNumber": d.docNumber, "date": d.date, "level": d.level?.rawValue, "region": d.region,
                "dateBasis": d.dateBasis, "adoptedDate": d.adoptedDate, "promulgatedDate": d.promulgatedDate,
                "effectiveDate": d.effectiveDate, "adoptingBody": d.adoptingBody,
            ]
            for (field, value) in want.metadata {
                #expect(fields[field] == value, "\(id) \(field)")
            }
            #expect(d.measures.count == want.measureCount, "\(id) measures")
            for (path, names) in want.departments ?? [:] {
                let measure = d.measures.first { $0.path.joined(separator: "/") == path }
                #expect(measure?.responsible.map(\.name) == names, "\(id) \(path)")
            }
        }
    }
}
