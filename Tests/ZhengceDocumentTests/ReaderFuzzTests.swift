import Foundation
import TestSupport
import Testing
import ZhengceDocument
import ZhengceText

/// Fuzzing the readers (txt, md, html) and corpus.yaml with mutated real inputs (issue 17): no
/// crash, every error a `DocumentError`, and every offset a parsed document reports inside its text.
/// A short run here; scripts/fuzz runs a large budget and records the figures in BENCHMARKS.md.
@Suite struct ReaderFuzzTests {
    private static let tokens: [[UInt8]] = [
        "第一条 ", "第十二章 ", "一、", "（一）", "1.", "（十四）", "\n", "\r\n", "\u{3000}", "# ", "## ", "---\n", "title: x\n---\n",
        "<p>", "</p>", "<h1>", "<table><tr><td>", "<script>", "<!--", "-->", "&amp;", "&#x4E2D;", "&#99999999;", "<br/>",
        "国办发〔2021〕24号", "〔", "〕", "（", "）", "《", "》", "商务部牵头，", "（责任单位：商务厅、教育厅）", "到2025年，力争100家",
        "\u{FEFF}", "\u{200B}", "𠀀", "😀",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE4, 0xB8], [0x00], [0x81, 0x30], [0xA4, 0x40]]

    private static func samples() throws -> [(name: String, bytes: [UInt8])] {
        var out: [(String, [UInt8])] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.corpus.path).sorted()
            where Corpus.documentExtensions.contains((name as NSString).pathExtension) && name != "lexicon.txt" {
            out.append((name, [UInt8](try Data(contentsOf: Fixtures.corpus.appendingPathComponent(name)))))
        }
        for name in ["gbk-notice.txt", "utf16-bom-notice.txt", "encodings/big5-notice.txt", "diff/plan-draft.txt"] {
            out.append((name, [UInt8](try Data(contentsOf: Fixtures.file(name)))))
        }
        return out
    }

    @Test func mutatedDocumentsParseOrFailCleanly() throws {
        let samples = try Self.samples()
        var fuzzer = Fuzzer(seed: 17)
        let budget = Fuzzer.budget(short: 150)
        let start = Date()
        var parsed = 0
        let parser = DocumentParser(maximumBytes: 2 << 20)
        for i in 0..<budget {
            let sample = fuzzer.pick(samples)
            let bytes = fuzzer.mutate(sample.bytes, tokens: Self.tokens, others: samples.map(\.bytes))
            let path = "fuzz-\(i)." + fuzzer.pick(["txt", "md", "html"])
            do {
                let document = try parser.parse(data: Data(bytes), path: path)
                parsed += 1
                let length = document.text.utf16.count
                for m in document.measures {
                    #expect(0 <= m.start && m.start <= m.end && m.end <= length, "input \(i) from \(sample.name): measure \(m.id) \(m.start)..<\(m.end) of \(length)")
                }
                for c in document.citations {
                    #expect(0 <= c.start && c.start <= c.end && c.end <= length, "input \(i) from \(sample.name): citation \(c.start)..<\(c.end) of \(length)")
                }
            } catch is DocumentError {
                // A clear refusal is fine.
            } catch {
                Issue.record("input \(i) from \(sample.name): unexpected error type \(type(of: error)): \(error)")
            }
        }
        Fuzzer.report("readers", inputs: budget, since: start, detail: "\(parsed) parsed")
    }

    /// Found by this fuzzer: a line starting with a long run of Chinese digits (a date candidate)
    /// overflowed Int in the numeral reader and crashed the parser.
    @Test func longRunOfChineseDigitsIsNotANumber() throws {
        let text = "关于测试的通知\n" + String(repeating: "一二三四五六七八九", count: 40) + "年1月1日\n第一条 商务部负责。\n"
        for ext in ["txt", "md"] {
            let document = try DocumentParser().parse(data: Data(text.utf8), path: "digits." + ext)
            #expect(document.date == nil)
            #expect(document.measures.count == 1)
        }
    }

    @Test func mutatedCorpusYAMLLoadsOrNamesThePlace() throws {
        let sample = [UInt8](try Data(contentsOf: Fixtures.corpus.appendingPathComponent("corpus.yaml")))
        let tokens: [[UInt8]] = [": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "? ", "|\n", ">\n", "'", "\"", "#", "\t",
                                 "\n  ", "date: 2021-02-30\n", "period: abc\n", "level: galactic\n", "issuers: x\n", "~", "null",
                                 "2024-13-01", "<<: *a\n", "%YAML 1.2\n---\n"].map { Array($0.utf8) } + [[0xFF, 0xFE], [0x00], [0xE4]]
        var fuzzer = Fuzzer(seed: 1717)
        let budget = Fuzzer.budget(short: 100)
        let start = Date()
        var loaded = 0
        for i in 0..<budget {
            let bytes = fuzzer.mutate(sample, tokens: tokens)
            do {
                _ = try CorpusMetadata.parse(data: Data(bytes), path: "corpus.yaml")
                loaded += 1
            } catch let error as DocumentError {
                let message = error.description
                #expect(message.hasPrefix("corpus.yaml"), "input \(i): \(message)")
                #expect(!message.contains("\n") && !message.hasSuffix("at "), "input \(i): one line with a place: \(message)")
            } catch {
                Issue.record("input \(i): unexpected error type \(type(of: error)): \(error)")
            }
        }
        Fuzzer.report("corpus.yaml", inputs: budget, since: start, detail: "\(loaded) loaded")
    }
}
