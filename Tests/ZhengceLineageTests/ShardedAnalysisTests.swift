import Foundation
import Testing
import TestSupport
import ZhengceDocument
@testable import ZhengceLineage

/// A full analysis made in shards (`LineageAnalyzer.analyzeInShards`) gives the links of the analysis in one piece.
@Suite struct ShardedAnalysisTests {
    /// The seeds, the real fixtures, the documents fixtures, and the pairs of versions of the diff fixtures (loaded as a
    /// `Corpus`, which changes no process-wide segmenter: the diff suites running in the same process cut those texts
    /// as they would alone; `DiffSegmenterTests`).
    static let documents: [PolicyDocument] = LineageReadingTests.documents
        + ((try? Corpus(folder: Fixtures.file("diff/real")).load().documents) ?? [])

    /// The links of `documents` analysed in shards of `size`, put in the order of an analysis's result: every document's
    /// light form held, the lineage forms read from `documents` when asked for (the base's 30 at a time), `formCache`
    /// bytes of them kept (the default, or none).
    func shardLinks(_ documents: [PolicyDocument], size: Int, exactCap: Bool = true,
                    formCache: Int = LineageAnalyzer.formCacheBytes) throws -> (links: [LineageLink], shards: Int, statistics: CorpusStatistics) {
        var links: [LineageLink] = []
        var shards = 0
        let byID = Dictionary(documents.map { ($0.id, LineageAnalyzer.reading($0)) }, uniquingKeysWith: { a, _ in a })
        let statistics = try LineageAnalyzer().analyzeInShards(light: documents.map(LineageAnalyzer.light),
                                                               forms: { ids in ids.map { byID[$0]! } }, size: size,
                                                               exactCap: exactCap, formCache: formCache, baseBatch: 30) { analysis in
            links += analysis.graph.links
            shards += 1
        }
        return (LineageAnalyzer.sorted(links, documents: documents), shards, statistics)
    }

    /// Shards of one, two, four and nine documents, and one shard of every document (300), each holding its documents'
    /// lineage forms and reading the others' when a step asks for them (`FormSource`); with no form kept beyond the
    /// shard's (`formCache` 0: every other form read again each time it is asked for) in shards of two and nine.
    @Test(arguments: [(1, -1), (2, -1), (4, -1), (9, -1), (300, -1), (2, 0), (9, 0)])
    func shardsGiveTheLinksOfOnePiece(size: Int, formCache: Int) throws {
        let documents = ShardedAnalysisTests.documents
        let whole = LineageAnalyzer().analyze(documents, keepingStatistics: true)
        let expected = LineageAnalyzer.sorted(whole.graph.links, documents: documents)
        #expect(expected.count > 50)
        let (links, shards, statistics) = try shardLinks(documents, size: size,
                                                         formCache: formCache < 0 ? LineageAnalyzer.formCacheBytes : formCache)
        #expect(shards > 1 || size >= documents.count)
        // Compared as booleans: on a difference, the links of one side only are printed.
        let describe = { (link: LineageLink) in "\(link.type) \(link.from.document)/\(link.from.measure ?? "-") → \(link.to.document)/\(link.to.measure ?? "-") \(link.score ?? 0)" }
        let same = links == expected
        let missing = expected.filter { !links.contains($0) }.prefix(5).map(describe)
        let extra = links.filter { !expected.contains($0) }.prefix(5).map(describe)
        #expect(same, "\(links.count) links against \(expected.count); missing \(missing); extra \(extra)")
        #expect(statistics.encoded() == whole.corpusStatistics?.encoded())
    }

    @Test func versionsOfOneTextShareAShard() throws {
        let documents = ShardedAnalysisTests.documents
        let shards = LineageAnalyzer.shards(documents, size: 1)
        // Every document once, in id order within the shards' order.
        #expect(shards.flatMap { $0 }.sorted() == documents.map(\.id).sorted())
        let groups = Context.versionGroups(documents.sorted { $0.id < $1.id }).values.filter { $0.count > 1 }
        #expect(groups.count >= 10)
        let sorted = documents.sorted { $0.id < $1.id }
        for members in groups {
            let holding = Set(members.map { id in shards.firstIndex { $0.contains(sorted[id].id) } })
            #expect(holding.count == 1, "\(members.map { sorted[$0].id })")
        }
        // Shards of one document each, but for the families of versions: a document shares its shard only with its versions.
        #expect(shards.count < documents.count)
        for shard in shards where shard.count > 1 {
            for id in shard {
                let mates = groups.filter { $0.contains { sorted[$0].id == id } }.flatMap { $0.map { sorted[$0].id } }
                #expect(mates.contains { $0 != id && shard.contains($0) }, "\(id) in \(shard)")
            }
        }
    }

    /// Four national plans share one measure, and six provincial plans restate it: each provincial measure has four
    /// candidate parents and each national measure six children, more than `linksPerMeasure` (3) at both ends. The
    /// cap of `classify` keeps a link when either end has room, so a shard that holds one provincial plan must take
    /// the cap's choice over the whole corpus: with the cap counted in the shard only, it keeps all four parents.
    @Test func theCapIsTheWholeCorpus() throws {
        let shared = "支持跨境电商企业在重点市场建设海外仓，完善海外仓仓储配送和售后服务功能，推动海外仓数字化智能化发展。"
        let national = ["鼓励金融机构创新跨境电商融资产品。", "加强海关监管模式创新。", "推进跨境电商综合试验区建设。", "培育外贸新业态新模式。"]
        let local = ["省级财政给予支持。", "各地市抓好落实。", "加强人才培养。", "优化营商环境。", "建立工作台账。", "强化宣传引导。"]
        // The fixtures around them, so that the shared passage is not boilerplate of the corpus.
        var documents: [PolicyDocument] = LineageReadingTests.documents
        documents += national.enumerated().map { k, extra in
            DocumentBuilder.make(id: "n\(k + 1)", title: "关于推进海外仓建设的意见之\(k + 1)", date: "2020-0\(k + 1)-01",
                                 measures: [("一、", shared + extra)])
        }
        for (k, extra) in local.enumerated() {
            documents.append(DocumentBuilder.make(id: "p\(k + 1)", title: "海外仓建设实施方案之\(k + 1)", date: "2023-0\(k + 1)-01",
                                                  level: .provincial, region: ["浙江省", "江苏省", "广东省", "山东省", "福建省", "四川省"][k],
                                                  measures: [("1.", shared + extra)]))
        }
        let whole = LineageAnalyzer().analyze(documents, keepingStatistics: true)
        let expected = LineageAnalyzer.sorted(whole.graph.links, documents: documents)
        let derives = { (links: [LineageLink]) in
            links.filter { $0.type == .derives && $0.from.measure != nil && $0.from.document.hasPrefix("p") && $0.to.document.hasPrefix("n") }
        }
        // The cap binds: fewer than the 24 provincial-to-national measure links.
        #expect(derives(expected).count < 24, "\(derives(expected).map { "\($0.from.document) → \($0.to.document) \($0.score ?? 0)" })")
        #expect(derives(expected).count >= 18)
        #expect(try shardLinks(documents, size: 1).links == expected)
        #expect(try shardLinks(documents, size: 3).links == expected)
        // Counted in each shard alone, the cap keeps every parent of the shard's provincial measure.
        #expect(derives(try shardLinks(documents, size: 1, exactCap: false).links).count == 24)
    }

    /// Two versions of one province's plan that only their overlap makes versions (their titles one character apart:
    /// `detectVersionsByOverlap`), and another province's later plan restating their measure: one piece links the later
    /// plan to the version in force at its date only (`keepVersionsInForce`). A shard holding that plan and neither
    /// version holds no alignment between the versions; when it looked for versions in its own alignments it found none
    /// and kept the link into the older version too (the 9 links shards added at twice the law corpus).
    @Test func versionsFoundByOverlapAreTheCorpus() throws {
        let shared = "支持跨境电商企业在重点市场建设海外仓，完善海外仓仓储配送和售后服务功能，推动海外仓数字化智能化发展。"
        var documents: [PolicyDocument] = LineageReadingTests.documents
        documents.append(DocumentBuilder.make(id: "plan-a", title: "浙江省海外仓建设实施方案", date: "2023-03-01",
                                              level: .provincial, region: "浙江省",
                                              measures: [("一、", shared + "省级财政给予支持。")]))
        for (id, title, date) in [("plan-b1", "江苏省海外仓建设实施方案", "2019-05-01"), ("plan-b2", "江苏省海外仓库建设实施方案", "2021-05-01")] {
            documents.append(DocumentBuilder.make(id: id, title: title, date: date, level: .provincial, region: "江苏省",
                                                  measures: [("一、", shared + "各地市抓好落实。")]))
        }
        let whole = LineageAnalyzer().analyze(documents, keepingStatistics: true)
        let expected = LineageAnalyzer.sorted(whole.graph.links, documents: documents)
        // The case is met: the two versions are found by overlap, not by their metadata, and the later plan's measure
        // is linked to the version in force only.
        #expect(whole.graph.links.contains { $0.type == .version && Set([$0.from.document, $0.to.document]) == ["plan-b1", "plan-b2"]
            && $0.evidence?.method.hasPrefix("title respelt") == true })
        #expect(Context.versionGroups(documents).values.filter { $0.count > 1 }.allSatisfy { Set($0.map { documents[$0].id }).isDisjoint(with: ["plan-b1", "plan-b2"]) })
        let fromPlan = { (links: [LineageLink], to: String) in
            links.filter { $0.from.document == "plan-a" && $0.to.document == to && $0.from.measure != nil }
        }
        #expect(fromPlan(expected, "plan-b2").count == 1)
        #expect(fromPlan(expected, "plan-b1").isEmpty)
        // Shards of one document: the plan's shard holds neither version.
        #expect(LineageAnalyzer.shards(documents, size: 1).contains(["plan-a"]))
        let links = try shardLinks(documents, size: 1).links
        #expect(fromPlan(links, "plan-b1").isEmpty)
        #expect(links == expected)
    }

    /// A shard's context starts from the readings of the base context (`DocumentReadings`): what a context that reads
    /// the documents itself finds, and it does not read them again (its citation links would be made twice).
    @Test func aShardStartsFromTheDocumentsRead() throws {
        let documents = ShardedAnalysisTests.documents.sorted { $0.id < $1.id }
        var base = Context(documents: documents, options: LineageOptions())
        base.readDocuments()
        var fresh = Context(documents: documents, options: LineageOptions())
        fresh.readDocuments()
        var shard = Context(documents: documents, options: LineageOptions(), readings: DocumentReadings(base))
        shard.readDocuments()
        #expect(!fresh.cites.isEmpty && !fresh.implements.isEmpty && !fresh.externals.isEmpty)
        #expect(fresh.versions.contains { !$0.isEmpty } && !fresh.versionMethod.isEmpty)
        #expect(shard.cites == fresh.cites)
        #expect(shard.repealed == fresh.repealed)
        #expect(shard.implements == fresh.implements)
        #expect(shard.externals == fresh.externals)
        #expect(shard.times == fresh.times)
        #expect(shard.versions == fresh.versions)
        #expect(shard.versionMethod == fresh.versionMethod)
        #expect(shard.specificSubject == fresh.specificSubject)
        #expect(shard.facts.map(\.legislation) == fresh.facts.map(\.legislation))
        // In any order (the citations are filed from dictionaries); made twice, each would be there twice.
        #expect(shard.links.count == fresh.links.count)
        #expect(Set(shard.links.map(\.key)) == Set(fresh.links.map(\.key)))
        #expect(Set(shard.links.map(\.link)) == Set(fresh.links.map(\.link)))
        #expect(Set(shard.links.map(\.key)).count == shard.links.count)
    }

    /// An alignment's passages, each as its offsets and length.
    static func passages(_ alignment: MeasureAlignment) -> [Int] { alignment.passages.flatMap { [$0.a, $0.b, $0.length] } }

    /// The cap's pass keeps every alignment a full analysis makes before classifying (retrieval's and the implementing
    /// pairs'), by rows: the shards take theirs from it and score nothing again.
    @Test func theCapKeepsTheAlignmentsOfAFullAnalysis() throws {
        let documents = ShardedAnalysisTests.documents.sorted { $0.id < $1.id }
        var base = Context(documents: documents, options: LineageOptions())
        base.readDocuments()
        let index = MeasureIndex(contents: base.foldedRows().rows)
        var counts = AlignmentStatistics()
        let pairs = base.aligner().candidatePairs(index, statistics: &counts)
        // Aligned as a full analysis aligns them (`alignMeasures`), before the cap's pass finds versions by overlap.
        var full = Context(documents: documents, options: LineageOptions())
        full.readDocuments()
        var expected = full.aligner().align(index, statistics: &counts)
        var rowsOf = [[Int]](repeating: [], count: documents.count)
        for row in 0..<index.count { rowsOf[Int(index.documentOf[row])].append(row) }
        full.alignCitedPairs(&expected, index: index, aligner: full.aligner(), rowsOf: rowsOf)
        let (kept, spilled) = base.cappedCandidates(pairs: pairs, index: index)
        // Read back from their file, every one of them (a shard holding every document takes them all).
        let alignments = spilled.touching { _, _ in true }
        #expect(!kept.isEmpty && alignments.count > 100 && alignments.count < pairs.count && spilled.count == alignments.count)
        #expect(alignments.map { [$0.a, $0.b] } == expected.map { [$0.a, $0.b] })
        #expect(alignments.map(\.score) == expected.map(\.score))
        #expect(alignments.map { Array($0.passages.map(\.length)) } == expected.map { Array($0.passages.map(\.length)) })
        #expect(alignments.map(\.cosine) == expected.map(\.cosine))
        #expect(alignments.map(ShardedAnalysisTests.passages) == expected.map(ShardedAnalysisTests.passages))
        #expect(alignments.map { [$0.passages.found, $0.passages.longest, $0.passages.total] }
                == expected.map { [$0.passages.found, $0.passages.longest, $0.passages.total] })
        // A shard's part: those with a measure in a document, as the filter over the alignments in memory gives them.
        for document in [expected.first!.a, expected[expected.count / 2].b, expected.last!.b].map({ Int(index.documentOf[$0]) }) {
            let touches = { (a: Int, b: Int) in Int(index.documentOf[a]) == document || Int(index.documentOf[b]) == document }
            let part = spilled.touching(touches)
            let filtered = expected.filter { touches($0.a, $0.b) }
            #expect(!part.isEmpty)
            #expect(part.map { [$0.a, $0.b] } == filtered.map { [$0.a, $0.b] } && part.map(\.score) == filtered.map(\.score))
            #expect(part.map(ShardedAnalysisTests.passages) == filtered.map(ShardedAnalysisTests.passages))
        }
        // Scored a few pairs at a time, each slice written as made: the same kept candidates and alignments, in row order.
        for slice in [1, 7, 100] {
            var sliced = Context(documents: documents, options: LineageOptions())
            sliced.readDocuments()
            let (keptInSlices, inSlices) = sliced.cappedCandidates(pairs: pairs, index: index, slice: slice)
            let back = inSlices.touching { _, _ in true }
            #expect(keptInSlices == kept && inSlices.rows == spilled.rows)
            #expect(back.map { [$0.a, $0.b] } == expected.map { [$0.a, $0.b] } && back.map(\.score) == expected.map(\.score))
            #expect(back.map(ShardedAnalysisTests.passages) == expected.map(ShardedAnalysisTests.passages))
            #expect(sliced.versionMethod == base.versionMethod)
        }
    }

    /// Alignments added after those written (the implementing pairs', `alignCitedPairs`) are put among them in row order:
    /// their rows and scores, and the alignments read back, in that order, each the values written.
    @Test func addedAlignmentsTakeTheirPlaceInRowOrder() {
        let folder = SpillFileTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func alignment(_ a: Int, _ b: Int) -> MeasureAlignment {
            MeasureAlignment(a: a, b: b, score: Double(a * 100 + b) / 1000, cosine: Double(b) / 10,
                             passages: KeptPassages([Passage(a: a, b: b, length: a + b + 6, effective: 1)]))
        }
        var writer = SpilledAlignments.Writer(folder: folder)
        writer.append([alignment(0, 1), alignment(0, 5)])
        writer.append([])
        writer.append([alignment(2, 3), alignment(4, 9), alignment(7, 8)])
        #expect(writer.rows == Set([1, 5, 2 << 32 | 3, 4 << 32 | 9, 7 << 32 | 8]))
        let (scored, spilled) = writer.finish(adding: [alignment(5, 6), alignment(0, 3), alignment(1, 2), alignment(9, 10)])
        let order = [(0, 1), (0, 3), (0, 5), (1, 2), (2, 3), (4, 9), (5, 6), (7, 8), (9, 10)]
        #expect(scored.map { [Int($0.a), Int($0.b)] } == order.map { [$0.0, $0.1] })
        #expect(scored.map(\.score) == order.map { alignment($0.0, $0.1).score })
        #expect(spilled.rows == order.map { UInt64($0.0) << 32 | UInt64($0.1) })
        let all = spilled.touching { _, _ in true }
        #expect(all.map { [$0.a, $0.b] } == order.map { [$0.0, $0.1] })
        #expect(all.map(\.cosine) == order.map { Double($0.1) / 10 })
        #expect(all.map(ShardedAnalysisTests.passages) == order.map { [$0.0, $0.1, $0.0 + $0.1 + 6] })
        // A part: those with row 0, 5 or 9 at either end (runs that lie together in the file and apart).
        let part = spilled.touching { a, b in [0, 5, 9].contains(a) || [0, 5, 9].contains(b) }
        #expect(part.map { [$0.a, $0.b] } == [[0, 1], [0, 3], [0, 5], [4, 9], [5, 6], [9, 10]])
        #expect(spilled.touching { _, _ in false }.isEmpty)
        #expect(try! FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// A run in shards holds every document's light form and reads the lineage forms when a step asks for them: the base
    /// every document once, in id order; each shard its own documents together when it starts, and any other document
    /// one at a time when first asked for, then from the cache while it fits (with no cache: each time it is asked for).
    @Test(arguments: [0, 64 << 20])
    func formsAreReadWhenAskedFor(cache: Int) throws {
        let documents = ShardedAnalysisTests.documents
        let byID = Dictionary(documents.map { ($0.id, LineageAnalyzer.reading($0)) }, uniquingKeysWith: { a, _ in a })
        #expect(documents.reduce(0) { $0 + FormSource.cost(byID[$1.id]!) } < 64 << 20)
        final class Asked { var calls: [[String]] = [] }
        let asked = Asked()
        var shards = 0
        let light = documents.map(LineageAnalyzer.light)
        _ = try LineageAnalyzer().analyzeInShards(light: light, forms: { ids in asked.calls.append(ids); return ids.map { byID[$0]! } },
                                                  size: 4, formCache: cache, baseBatch: 20) { _ in shards += 1 }
        let plan = LineageAnalyzer.shards(documents, size: 4)
        #expect(shards == plan.count && shards > 10)
        // The base: every document once, in id order, a batch at a time.
        let batches = (documents.count + 19) / 20
        #expect(batches > 2)
        #expect(Array(asked.calls.prefix(batches).joined()) == documents.map(\.id).sorted())
        #expect(asked.calls.prefix(batches).allSatisfy { $0.count <= 20 })
        if cache > 0 {
            // Every form fits in the cache: the base's forms stay there, and no form is read again.
            #expect(asked.calls.count == batches)
            return
        }
        // With no cache: each shard's documents together when it starts, then others one at a time, never one of the
        // shard's own, some of them more than once.
        var calls = asked.calls.dropFirst(batches)[...]
        var single: [String] = []
        for (n, shard) in plan.enumerated() {
            #expect(calls.popFirst() == shard.sorted())
            // (A one-document shard's own read is the next shard's, not a read when asked for.)
            while let next = calls.first, next.count == 1, !shard.contains(next[0]), n + 1 == plan.count || next != plan[n + 1] {
                single.append(next[0])
                calls.removeFirst()
            }
        }
        #expect(calls.isEmpty, "calls left: \(calls.prefix(3))")
        #expect(!single.isEmpty && Set(single).count < single.count)
    }

    /// A form that cannot be read stops the run with the loader's error before the shard's links are handed on: the
    /// shards handed on before it are all the body sees.
    @Test func aFormThatCannotBeReadStopsTheRun() throws {
        struct Unreadable: Error {}
        let documents = ShardedAnalysisTests.documents
        let byID = Dictionary(documents.map { ($0.id, LineageAnalyzer.reading($0)) }, uniquingKeysWith: { a, _ in a })
        final class Count { var calls = 0 }
        let count = Count()
        var shards = 0
        #expect(throws: Unreadable.self) {
            _ = try LineageAnalyzer().analyzeInShards(light: documents.map(LineageAnalyzer.light), forms: { ids in
                count.calls += 1
                // The base's read and a few shards' own, then a failure.
                if count.calls > 6 { throw Unreadable() }
                return ids.map { byID[$0]! }
            }, size: 4, formCache: 0) { _ in shards += 1 }
        }
        #expect(shards < LineageAnalyzer.shards(documents, size: 4).count)
        // A loader that gives other documents than asked for is an error too, named.
        #expect(throws: FormSourceError.self) {
            _ = try LineageAnalyzer().analyzeInShards(light: documents.map(LineageAnalyzer.light),
                                                      forms: { ids in ids.dropFirst().map { byID[$0]! } }, size: 4) { _ in }
        }
    }

    /// The light form keeps what lineage reads of any document (its metadata, citations and the first lines of its text,
    /// whence its facts) and drops the rest of its text and its measures; the lineage form keeps them.
    @Test func theLightFormKeepsTheMetadata() throws {
        let documents = ShardedAnalysisTests.documents
        #expect(documents.contains { !$0.citations.isEmpty } && documents.contains { !$0.history.isEmpty })
        for document in documents {
            let light = LineageAnalyzer.light(document), reading = LineageAnalyzer.reading(document)
            #expect(light.measures.isEmpty && light.citations == reading.citations)
            // The text's first lines only: the facts read from them are the whole document's.
            #expect(light.text == LegalRank.header(document) && document.text.hasPrefix(light.text))
            #expect(LegalRank.header(light) == light.text)
            let (a, b) = (DocumentFacts(light), DocumentFacts(document))
            #expect(a.header == b.header && a.legislation == b.legislation && a.rank == b.rank && a.city == b.city
                    && a.orderNumbers == b.orderNumbers && a.subject == b.subject)
            var expected = reading
            expected.text = light.text; expected.measures = []
            #expect(light == expected)
            #expect(light.id == document.id && light.title == document.title && light.docNumber == document.docNumber
                    && light.date == document.date && light.level == document.level && light.region == document.region
                    && light.status == document.status && light.history == document.history)
        }
    }
}
