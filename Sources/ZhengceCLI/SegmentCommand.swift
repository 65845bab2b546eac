import ArgumentParser
import Foundation
import ZhengceText

/// `zhengce segment`: Chinese text into words.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split Chinese text into words.",
        discussion: """
            Text output has one line per input line, words separated by single spaces (the SIGHAN \
            bakeoff format). JSON output lists every token with its UTF-16 offsets into the input \
            text (byte-order mark removed): {"encoding": …, "tokens": [{"end": 2, "start": 0, "text": "支持"}, …]}.
            """
    )

    @Argument(help: "Text to segment; '-' reads standard input.")
    var text: String?

    @Option(name: .long, help: "File to segment (UTF-8, UTF-16 with BOM or GBK/GB18030); '-' reads standard input.")
    var file: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: SegmentFormat = .text

    @Option(name: .long, help: "Conventions: policy (2024年 one token) or treebank (2024 年, as in CTB/UD).")
    var style: SegmentationStyleArgument = .policy

    @Option(name: .long, help: "A user lexicon to add (one word per line, optional frequency); repeatable.")
    var lexicon: [String] = []

    @Flag(name: .long, help: "Leave out the bundled policy lexicon.")
    var noPolicyLexicon = false

    @Option(name: .long, help: .hidden)
    var engine: SegmentEngine = .zhengce

    @Flag(name: .long, help: .hidden)
    var bench = false

    func validate() throws {
        if text != nil && file != nil { throw ValidationError("give either TEXT or --file, not both") }
        if text == nil && file == nil { throw ValidationError("give TEXT to segment, '-' for standard input, or --file FILE") }
    }

    func run() throws {
        let input = try readInput()
        let clock = ContinuousClock()
        let loadStart = clock.now
        let segmenter = Segmenter(style: style.style, includePolicyLexicon: !noPolicyLexicon)
        _ = segmenter.ranges("支持跨境电商企业按规定轧差结算")  // loads the trie, the HMM and the policy lexicon
        let loadTime = clock.now - loadStart
        for path in lexicon {
            guard let data = FileManager.default.contents(atPath: path) else { throw fail("cannot read lexicon \(path)") }
            do {
                segmenter.addLexicon(try TextDecoder.decode(data).text)
            } catch {
                throw fail("lexicon \(path): \(error)")
            }
        }
        let splitter = LineSegmenter(engine: engine, segmenter: segmenter)
        if bench {
            let report = SegmentBenchmark.run(splitter, text: input.text)
            let milliseconds = Double(loadTime.components.attoseconds) / 1e15 + Double(loadTime.components.seconds) * 1000
            Console.line(report + String(format: " lexicon-load-ms=%.1f", milliseconds))
            return
        }
        var output = StandardOutput()
        switch format {
        case .text:
            splitter.writeLines(input.text, to: &output)
        case .json:
            output.write(SegmentJSON.render(encoding: input.encoding, tokens: splitter.tokens(input.text)))
            output.write("\n")
        }
        output.flush()
    }

    private func readInput() throws -> (text: String, encoding: String) {
        if let text, text != "-" { return (text, "UTF-8") }
        let path = file ?? "-"
        let data: Data
        if path == "-" {
            data = try Console.readStandardInput()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw fail("cannot read \(path): no such readable file")
            }
            data = contents
        }
        do {
            let decoded = try TextDecoder.decode(data)
            return (decoded.text, decoded.encoding)
        } catch {
            throw fail("\(path == "-" ? "standard input" : path): \(error)")
        }
    }
}

/// Output formats of `zhengce segment`.
enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The word breaker behind `zhengce segment` (ICU only for benchmarks).
enum SegmentEngine: String, ExpressibleByArgument, CaseIterable {
    case zhengce, icu
}

/// `--style` values.
enum SegmentationStyleArgument: String, ExpressibleByArgument, CaseIterable {
    case policy, treebank

    var style: SegmentationStyle { self == .policy ? .policy : .treebank }
}
