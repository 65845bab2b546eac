import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// The trigram index is built over every measure of a corpus in both kinds of analysis (issue 16, inc19): its
/// measures' units are read without their offsets (`MeasureContent.units(of:in:text:)`) and its trigram ids come
/// from an open-addressed table (`IDTable`, tested in ZhengceTextTests). The units must be what the full content gives,
/// or every score would move.
@Suite struct IndexBuildTests {
    /// The seed corpus and the real fixtures, parsed.
    func documents() throws -> [PolicyDocument] {
        let parser = DocumentParser()
        var result: [PolicyDocument] = []
        for folder in [Fixtures.corpus, Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/real")]
        where FileManager.default.fileExists(atPath: folder.path) {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            where ["txt", "md", "html"].contains((name as NSString).pathExtension) && name != "README.md" {
                let url = folder.appendingPathComponent(name)
                if let document = try? parser.parse(data: Data(contentsOf: url), path: url.path) { result.append(document) }
            }
        }
        return result
    }

    @Test func unitsAreTheFullContentsUnits() throws {
        var measures = 0, labelled = 0
        for document in try documents() {
            let text = Array(document.text.utf16)
            for measure in document.measures {
                let full = MeasureContent(measure: measure, in: document).units
                #expect(MeasureContent.units(of: measure, in: document, text: text) == full, "\(document.id) \(measure.id)")
                measures += 1
                if MeasureContent.labelLength(in: MeasureContent.source(of: measure, in: document).text, label: measure.label) > 0 { labelled += 1 }
            }
        }
        // Enough measures, most with a printed label skipped, to say something.
        #expect(measures > 200)
        #expect(labelled * 2 > measures)
    }

    @Test func unitsOfAbbreviationsFullWidthSpacesAndCharactersOutsideTheBMP() {
        let text = "第三条　推动跨境电子商务综合试验区 建设，（ＡＢ９）财 政 部\u{20000}支持。（十一）电子商"
        let length = text.utf16.count
        // Ranges: the whole article, one without its label, one that starts in a surrogate pair, an empty one,
        // one past the end of the text, one starting at its end.
        let ranges: [(label: String, start: Int, end: Int)] = [("第三条", 0, length), ("", 4, 20), ("（十一）", 31, length), ("第三条", 0, 0),
                      ("电子", 29, length + 50), ("", length, length + 3)]
        let measures = ranges.enumerated().map { n, range in
            Measure(id: "d/\(n)", provision: n, label: range.label, path: [range.label], title: "", text: "支持", start: range.start, end: range.end)
        }
        let document = PolicyDocument(id: "d", title: "d", docNumber: nil, date: nil, level: .national, region: nil, status: .final,
                                      period: nil, source: SourceInfo(path: "d.txt", format: "text", encoding: "UTF-8", bytes: 0, sha256: ""),
                                      text: text, measures: measures, citations: [])
        let units = Array(text.utf16)
        for measure in document.measures {
            #expect(MeasureContent.units(of: measure, in: document, text: units) == MeasureContent(measure: measure, in: document).units,
                    "\(measure.start)..<\(measure.end)")
        }
        let first = String(decoding: MeasureContent.units(of: measures[0], in: document, text: units), as: UTF16.self)
        #expect(first.hasPrefix("推动跨境电商综试区建设ab9财政部"), "\(first)")
    }
}
