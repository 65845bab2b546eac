import Foundation
import TestSupport
@testable import ZhengceDocument

/// The five seed documents, parsed once for all tests.
enum SeedCorpus {
    static let loaded: Corpus.LoadResult = {
        do { return try Corpus(folder: Fixtures.corpus).load() } catch { fatalError("cannot load Corpus/: \(error)") }
    }()

    static func document(_ idPrefix: String) -> PolicyDocument {
        guard let d = loaded.documents.first(where: { $0.id.hasPrefix(idPrefix) }) else { fatalError("no seed \(idPrefix)") }
        return d
    }

    static let mofcom2024 = document("shangmaofa-2024-125")
    static let sichuanDraft = document("sichuan-2024")
    static let guobanfa2015 = document("guobanfa-2015-46")
    static let guobanfa2021 = document("guobanfa-2021-24")
    static let shanghai2023 = document("hushangmaofa-2023-183")
}

/// A UTF-16 slice of a document's reading text.
func slice(_ text: String, _ start: Int, _ end: Int) -> String {
    let units = Array(text.utf16)
    return String(decoding: units[max(0, start)..<min(end, units.count)], as: UTF16.self)
}

/// Names of the responsible units of a measure, in order.
func names(_ m: Measure) -> [String] { m.responsible.map(\.name) }
