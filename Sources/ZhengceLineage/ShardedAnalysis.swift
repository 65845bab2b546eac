import Foundation
import ZhengceDocument
import ZhengceText

/// What every shard of a first run in shards shares, made once: the index over every measure (its trigrams let go
/// once every pair is aligned), the titles' folded units, the count of formula measures, the candidate pairs of a
/// retrieval over every measure, the candidate measure links `classify` keeps over every alignment of the corpus
/// (`child << 32 | parent` rows), those alignments, the versions they show, and the corpus's word index. The
/// alignments and the words of every row lie in temporary files (`SpillFile`), each shard reading its part.
struct ShardInputs: Sendable {
    /// What every document says of itself and of the others (citations, dates, versions by metadata, facts,
    /// chapter plans, title subjects), read once for all shards.
    let readings: DocumentReadings
    let index: MeasureIndex
    let titles: UnitRows
    let formulas: Int
    let pairs: [UInt64]
    let kept: Set<UInt64>?
    /// Every alignment of the corpus, retrieval's and the implementing pairs' (`alignCitedPairs`), by rows, when the
    /// cap's pass made them (`exactCap`): a shard takes those with a measure in it instead of scoring pairs, so the
    /// index's trigrams (what scoring reads) are let go before the first shard. In a file, their rows in memory.
    let alignments: SpilledAlignments?
    /// The versions the cap's pass found by overlap over every alignment of the corpus (`detectVersionsByOverlap`:
    /// document pair, method), when it made them: a shard marks these instead of looking at its own alignments, which
    /// miss the pairs of two documents outside it (two versions of a text a shard's document links to both: the rule
    /// of the version in force, `keepVersionsInForce`, then kept the link into the older one).
    let overlapVersions: [(x: Int, y: Int, method: String)]?
    /// The corpus's word index, every row's words kept (in a file): a shard reads the rows its passes read from it.
    let words: SpilledWordIndex
}

extension LineageAnalyzer {
    /// The ids of `documents` in shards of at least `size` documents (the last may be smaller), in id order, the
    /// versions of one text by their metadata (the same 发文字号, or the same title within one region) in one shard.
    public static func shards(_ documents: [PolicyDocument], size: Int) -> [[String]] {
        let sorted = documents.sorted { $0.id < $1.id }
        var root = Array(sorted.indices)
        func find(_ i: Int) -> Int {
            var i = i
            while root[i] != i { root[i] = root[root[i]]; i = root[i] }
            return i
        }
        for members in Context.versionGroups(sorted).values where members.count > 1 {
            for m in members.dropFirst() {
                let a = find(members[0]), b = find(m)
                if a != b { root[max(a, b)] = min(a, b) }
            }
        }
        // Each family under its first document (the smallest index: roots are always the smaller one).
        var families: [Int: [Int]] = [:]
        for i in sorted.indices { families[find(i), default: []].append(i) }
        var shards: [[String]] = [], current: [String] = []
        for first in families.keys.sorted() {
            current += families[first]!.map { sorted[$0].id }
            if current.count >= max(1, size) { shards.append(current); current = [] }
        }
        if !current.isEmpty { shards.append(current) }
        return shards
    }

    /// Bytes of lineage forms a run in shards keeps read beyond its shard's documents (`FormSource`): 96 MB.
    public static let formCacheBytes = 96 << 20
    /// Documents whose lineage forms the base of a run in shards reads at a time (`analyzeInShards(light:forms:…)`).
    public static let baseBatch = 256

    /// A full analysis of `documents` made in shards of about `size` documents (`shards(_:size:)`): see
    /// `analyzeInShards(light:forms:size:exactCap:candidateCap:formCache:baseBatch:_:)`, here with every document in memory (their
    /// light forms held, their lineage forms looked up by id).
    public func analyzeInShards(_ documents: [PolicyDocument], size: Int, exactCap: Bool = true,
                                candidateCap: ((CandidateCap) -> Void)? = nil,
                                _ body: (LineageAnalysis) throws -> Void) throws -> CorpusStatistics {
        let byID = Dictionary(documents.map { ($0.id, LineageAnalyzer.reading($0)) }, uniquingKeysWith: { a, _ in a })
        return try analyzeInShards(light: documents.map(LineageAnalyzer.light), forms: { ids in ids.map { byID[$0]! } },
                                   size: size, exactCap: exactCap, candidateCap: candidateCap, body)
    }

    /// A full analysis made in shards of about `size` documents (`shards(_:size:)`), to hold the alignments and links
    /// of one shard at a time, and not every document whole: `light` holds every document's light form
    /// (`LineageAnalyzer.light`: its metadata, citations and the first lines of its text), `forms` gives the lineage
    /// forms (`LineageAnalyzer.reading`) of the documents whose ids it is given, in that order, read when needed (the
    /// session reads them from its store). The base reads every document whole once, `baseBatch` at a time: the
    /// documents' readings (`DocumentReadings`), their rows folded and the evidence terms' counts; then the
    /// candidate pairs of every measure, the cap's choice with every alignment and the versions found by overlap, and
    /// the corpus's word index and counts. Then for each shard an analysis like an incremental one
    /// (`analyze(_:changed:neighbours:corpus:)`) with the shard as the changed documents, starting from those
    /// readings, taking the alignments with a measure in the shard, the words of the rows its word passes read from the
    /// corpus's index, handed to `body` without the links that have an end in an earlier shard (made with it; their
    /// evidence is not made again). A shard's documents are read whole when it starts; any other document's form is
    /// read when a step first asks for it and kept in a cache of `formCache` bytes (`FormSource`). Returns the corpus's
    /// counts, as a full analysis keeps them; gives `candidateCap` the candidates the cap read over the corpus
    /// (`CandidateCap`), as a full analysis records them. Throws what `forms` or `body` throws.
    public func analyzeInShards(light documents: [PolicyDocument], forms: @escaping ([String]) throws -> [PolicyDocument],
                                size: Int, exactCap: Bool = true, candidateCap: ((CandidateCap) -> Void)? = nil,
                                formCache: Int = LineageAnalyzer.formCacheBytes, baseBatch: Int = LineageAnalyzer.baseBatch,
                                _ body: (LineageAnalysis) throws -> Void) throws -> CorpusStatistics {
        let sorted = documents.sorted { $0.id < $1.id }
        let source = FormSource(ids: sorted.map(\.id), limit: formCache, load: forms)
        let inputs: ShardInputs, statistics: CorpusStatistics
        let readings: DocumentReadings
        do {
            var base: Context
            let terms: [String: CorpusStatistics.Counts]
            // The rows' documents and measures; their folded units go to a mapped file as they are made (`UnitRows`).
            var rowDocuments: [Int] = [], rowMeasures: [Int] = []
            var units = UnitRows.Builder(mapped: true)
            let titles: UnitRows, formulas: Int
            do {
                // Every document's light form held (metadata and citations: its facts, what resolves citations, dates
                // and versions by metadata), the lineage forms read `baseBatch` at a time, in id order: each batch's chapter
                // plans, measure counts, citations' outcomes, folded rows and its rows' words counted (the evidence
                // terms' counts), made from them before they go. The same values as from every document whole at once.
                base = Context(documents: sorted, options: options)
                base.segmenter = segmenter
                base.formSource = source
                let resolver = base.citationResolver(), facts = base.facts
                var outcomes: [[Context.CitationOutcome]] = [], chapters: [ChapterPlan] = [], measureCounts: [Int] = []
                var folded = UnitRows.Builder(mapped: true), formulaCount = 0
                outcomes.reserveCapacity(sorted.count); chapters.reserveCapacity(sorted.count); measureCounts.reserveCapacity(sorted.count)
                for start in stride(from: 0, to: sorted.count, by: max(1, baseBatch)) {
                    let batch = Array(start..<min(sorted.count, start + max(1, baseBatch)))
                    try source.pin(batch)
                    let forms = batch.map { source.form($0, light: sorted[$0]) }
                    let made = ConcurrentMap.run(forms.count) { k in
                        (chapter: ChapterPlan(forms[k]),
                         outcomes: Context.citationOutcomes(of: forms[k], at: batch[k], resolver: resolver),
                         rows: Context.foldedRows(of: forms[k], at: batch[k], legislation: facts[batch[k]].legislation))
                    }
                    let first = rowDocuments.count
                    for (form, each) in zip(forms, made) {
                        chapters.append(each.chapter)
                        measureCounts.append(form.measures.count)
                        outcomes.append(each.outcomes)
                        for row in each.rows.rows {
                            rowDocuments.append(row.document); rowMeasures.append(row.measure); units.append(row.units)
                        }
                        for title in each.rows.titles { folded.append(title) }
                        formulaCount += each.rows.formulas
                    }
                    let (documentOf, measureOf) = (rowDocuments, rowMeasures)
                    base.countWords(rows: first..<documentOf.count, document: { documentOf[$0] }, measure: { measureOf[$0] })
                }
                try source.pin([])
                (titles, formulas) = (UnitRows(folded), formulaCount)
                base.chapters = chapters
                base.measureCounts = measureCounts
                base.readDocuments(outcomes: outcomes)
                terms = base.keptTermCounts()
                base.wordFrequency = [:]
            }
            readings = DocumentReadings(base)
            HeapTrim.note("lineage: documents read (light forms held)")
            var index = MeasureIndex(documents: rowDocuments, measures: rowMeasures, units: UnitRows(units))
            (rowDocuments, rowMeasures, units) = ([], [], UnitRows.Builder(mapped: false))
            // Retrieval reads the trigram file, not the rows: the pages the index's build read go back before it.
            index.units.release()
            var counts = AlignmentStatistics()
            var pairs = base.aligner().candidatePairs(index, statistics: &counts)
            HeapTrim.note("lineage: shared index and \(pairs.count) candidate pairs")
            base.index = index
            // With the cap taken over the corpus, every pair is aligned once here and the alignments kept: the shards
            // score nothing again, and the trigrams go (at twice the law corpus they are 400 MB, the alignments 85).
            let read = base.versionMethod
            base.recordCap = candidateCap != nil
            let capped = exactCap ? base.cappedCandidates(pairs: pairs, index: index) : nil
            if let record = base.capRecord { candidateCap?(record); base.capRecord = nil }
            if capped != nil { pairs = [] }
            // The base context's copy of the index goes first: it shared the trigrams' buffers, which stayed until the end
            // of this block (about 190 MB at the law corpus, 400 MB at twice it, held while the word index was made).
            base.index = nil
            if capped != nil { index.releaseTrigrams() }
            index.units.release()
            // The corpus's word index, made once with every row's words (a full analysis's index: the same word ids,
            // counts and weights), after the trigrams went, its rows' words written to a file as they are cut: each shard
            // reads the rows its passes read from it (`SpilledWordIndex.restricted`) instead of cutting them again (at the
            // law corpus the passes read 87 % of the rows).
            let words = SpilledWordIndex(units: index.units, titles: titles, segmenter: segmenter,
                                         handBack: { index.units.release(); titles.release() })
            HeapTrim.note("lineage: corpus word index")
            statistics = CorpusStatistics(measures: index.count, documents: index.documentCount, words: words.wordCounts,
                                          terms: terms)
            // The versions the cap's pass found by overlap (those the readings did not hold).
            let overlap = capped.map { _ in
                base.versionMethod.filter { read[$0.key] == nil }.sorted { $0.key < $1.key }
                    .map { (x: Int($0.key >> 32), y: Int($0.key & 0xFFFF_FFFF), method: $0.value) }
            }
            inputs = ShardInputs(readings: readings, index: index, titles: titles, formulas: formulas,
                                 pairs: pairs, kept: capped?.kept, alignments: capped?.alignments,
                                 overlapVersions: overlap, words: words)
        }
        HeapTrim.note("lineage: corpus counts")
        inputs.reportFootprint(sorted)
        let position = Dictionary(sorted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var done = Set<Int>()
        for shard in LineageAnalyzer.shards(sorted, size: size) {
            let focus = Set(shard.compactMap { position[$0] })
            var context = Context(documents: sorted, options: options, readings: inputs.readings)
            context.segmenter = segmenter
            context.corpus = statistics
            context.focus = focus
            context.done = done
            context.shared = inputs
            context.widenWordScope = true
            // The shard's documents read whole; the others' forms when a step asks for them (`FormSource`).
            try source.pin(focus.sorted())
            context.formSource = source
            context.run()
            // A form that could not be read (the light form given instead) spoils the shard's links: they are not handed on.
            if let failure = source.failure { throw failure }
            try body(context.result())
            done.formUnion(focus)
        }
        try source.pin([])
        if HeapTrim.reporting {
            FileHandle.standardError.write(Data(("lineage: forms read for the shards: \(source.pinnedLoads) with their shard, "
                                                 + "\(source.loaded) when asked for (corpus \(sorted.count))\n").utf8))
        }
        return statistics
    }
}

extension Context {
    /// The end of one of the analysis's steps: in a shard, the mapped pages of the shared rows the step read are handed
    /// back (`UnitRows.release`: the next step reads its own), then the heap's free pages (`HeapTrim.note`).
    func stepDone(_ step: @autoclosure () -> String) {
        if let shared { shared.index.units.release(); shared.titles.release() }
        HeapTrim.note(step())
    }
}

/// A context's state once it has read its documents (`Context.readDocuments`) and before any measure is aligned:
/// each document's facts, chapter plan and title subject, the citations resolved (corpus and external, with their
/// links, repeals and implementing pairs), the dates, and the versions by metadata. Every shard of a first run in
/// shards starts from these (`Context.init(documents:options:readings:)`) instead of reading every document again;
/// none of them depends on which documents a shard aligns.
struct DocumentReadings: Sendable {
    let facts: [DocumentFacts]
    let measureCounts: [Int]
    let chapters: [ChapterPlan]
    let specificSubject: [Set<String>]
    let links: [(key: LinkSortKey<String>, link: LineageLink)]
    let externals: [String: LineageDocument]
    let cites: [Int: Set<Int>]
    let repealed: [Int: Set<Int>]
    let implements: [Int: Set<Int>]
    let times: [DocumentTime]
    let versions: [Set<Int>]
    let versionMethod: [UInt64: String]

    /// The readings of `context`, which has read its documents.
    init(_ context: Context) {
        precondition(context.documentsRead, "the documents are read first")
        facts = context.facts; measureCounts = context.measureCounts; chapters = context.chapters; specificSubject = context.specificSubject
        links = context.links; externals = context.externals
        cites = context.cites; repealed = context.repealed; implements = context.implements
        times = context.times; versions = context.versions; versionMethod = context.versionMethod
    }
}

extension Context {
    /// The candidate measure links the cap of `classify` keeps over every alignment of the corpus: every pair of
    /// `pairs` scored (the alignments kept), the pairs of implementing documents added as
    /// `alignCitedPairs` adds them, drafts found as versions as `detectVersionsByOverlap` finds them, then the cap.
    /// Also returns those alignments, by rows (what a full analysis aligns before classifying), in a file: the pairs
    /// are scored `slice` at a time, each slice's alignments written to the file as made, and only their rows and scores
    /// (what the versions by overlap and the cap read) held, so the pass never holds every alignment whole.
    mutating func cappedCandidates(pairs: [UInt64], index: MeasureIndex, slice: Int = Context.capSlice,
                                   folder: String? = nil) -> (kept: Set<UInt64>, alignments: SpilledAlignments) {
        let aligner = aligner()
        var counts = AlignmentStatistics()
        var writer = SpilledAlignments.Writer(folder: folder)
        // Retrieval's alignments, slice after slice of pairs (in row order, as one call gives them).
        for start in stride(from: 0, to: pairs.count, by: max(1, slice)) {
            writer.append(aligner.align(index, statistics: &counts, given: Array(pairs[start..<min(pairs.count, start + max(1, slice))])))
            // The rows' mapped pages the slice read, handed back (read again from the page cache when a later slice asks):
            // over the whole pass they would add every row's folded text to the resident size.
            index.units.release()
        }
        var rowsOf = [[Int]](repeating: [], count: documents.count)
        for row in 0..<index.count { rowsOf[Int(index.documentOf[row])].append(row) }
        // The implementing pairs' alignments, put in row order among them (`alignCitedPairs`).
        let added = citedPairAlignments(known: writer.rows, index: index, aligner: aligner, rowsOf: rowsOf)
        let (scored, alignments) = writer.finish(adding: added)
        HeapTrim.note("lineage: \(scored.count) alignments scored for the cap (rows and scores held, the alignments in a file)")
        detectVersionsByOverlap(scored.lazy.map { (a: Int($0.a), b: Int($0.b), score: $0.score) }, index: index)
        var kept = Set<UInt64>()
        do {
            let candidates = keptCandidates(count: scored.count, { (Int(scored[$0].a), Int(scored[$0].b), scored[$0].score) },
                                            index: index)
            kept.reserveCapacity(candidates.count)
            for c in candidates { kept.insert(UInt64(UInt32(c.child)) << 32 | UInt64(UInt32(c.parent))) }
        }
        return (kept, alignments)
    }

    /// Pairs the cap's pass scores at a time (`cappedCandidates`): 256 K pairs, about 100 K alignments (8 MB) at a time.
    static let capSlice = 1 << 18
}

/// Every alignment the cap's pass of a run in shards made (`cappedCandidates`), for the shards: in memory each one's
/// rows (8 bytes) and place in the file (4), in a temporary file (`SpillFile`) the alignments whole (rows, score,
/// cosine, passages: 80 bytes), read back for those with a measure in a shard (`touching`): the values made, in row order.
struct SpilledAlignments: Sendable {
    private let file: SpillFile
    /// Each alignment's rows (`a << 32 | b`), in row order.
    let rows: [UInt64]
    /// Where each lies in the file, counted in alignments.
    private let places: [UInt32]

    /// Writes `alignments` (in row order) to a new file in `folder` (the temporary folder by default).
    init(_ alignments: [MeasureAlignment], folder: String? = nil) {
        var writer = Writer(folder: folder)
        writer.append(alignments)
        self = writer.finish(adding: []).alignments
    }

    private init(file: SpillFile, rows: [UInt64], places: [UInt32]) {
        self.file = file; self.rows = rows; self.places = places
    }

    var count: Int { rows.count }

    /// An alignment's rows and score: what the versions by overlap and the cap read.
    struct Scored: Sendable { var a: Int32; var b: Int32; var score: Double }

    /// Writes alignments as they are made: those of retrieval, in row order, then those added (`finish`).
    struct Writer {
        let file: SpillFile
        private var scored: [Scored] = []
        /// The rows of the alignments written (`a << 32 | b`).
        private(set) var rows = Set<UInt64>()

        init(folder: String? = nil) {
            file = SpillFile(folder: folder, prefix: "zhengce-alignments-")
        }

        /// Writes `alignments`, which follow those written before in row order.
        mutating func append(_ alignments: [MeasureAlignment]) {
            file.write(alignments, at: scored.count)
            for x in alignments {
                scored.append(Scored(a: Int32(x.a), b: Int32(x.b), score: x.score))
                rows.insert(UInt64(UInt32(x.a)) << 32 | UInt64(UInt32(x.b)))
            }
        }

        /// Writes `added` (pairs not written yet, in any order) after the others and returns every alignment's rows and
        /// score in row order, with the alignments.
        consuming func finish(adding added: [MeasureAlignment]) -> (scored: [Scored], alignments: SpilledAlignments) {
            rows = []
            let added = added.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
            let first = scored.count
            file.write(added, at: first)
            var merged: [Scored] = [], rows: [UInt64] = [], places: [UInt32] = []
            let total = first + added.count
            merged.reserveCapacity(total); rows.reserveCapacity(total); places.reserveCapacity(total)
            var i = 0, j = 0
            while i < first || j < added.count {
                let next: Scored, place: Int
                if j == added.count || (i < first && (Int(scored[i].a), Int(scored[i].b)) < (added[j].a, added[j].b)) {
                    next = scored[i]; place = i; i += 1
                } else {
                    next = Scored(a: Int32(added[j].a), b: Int32(added[j].b), score: added[j].score); place = first + j; j += 1
                }
                merged.append(next)
                rows.append(UInt64(UInt32(next.a)) << 32 | UInt64(UInt32(next.b)))
                places.append(UInt32(place))
            }
            scored = []
            return (merged, SpilledAlignments(file: file, rows: rows, places: places))
        }
    }

    /// The alignments whose rows `touches` accepts (`a`, `b`), in row order, each run of them that lies together in
    /// the file read at once.
    func touching(_ touches: (_ a: Int, _ b: Int) -> Bool) -> [MeasureAlignment] {
        var result: [MeasureAlignment] = []
        var run: Range<Int>?
        for (n, pair) in rows.enumerated() where touches(Int(pair >> 32), Int(pair & 0xFFFF_FFFF)) {
            let place = Int(places[n])
            if let current = run, current.upperBound == place {
                run = current.lowerBound..<(place + 1)
            } else {
                if let current = run { file.append(current, to: &result) }
                run = place..<(place + 1)
            }
        }
        if let current = run { file.append(current, to: &result) }
        return result
    }

    /// In memory (rows and places) and in its file, in bytes.
    var footprint: (memory: Int, file: Int) {
        (WordPassFootprint.array(rows) + WordPassFootprint.array(places), rows.count * MemoryLayout<MeasureAlignment>.stride)
    }
}

extension ShardInputs {
    /// With `ZHENGCE_HEAP_REPORT`: what the shards share for the whole corpus, part by part, estimated from the
    /// layouts (heap blocks rounded as `LinkFootprint` rounds them), with what lies in temporary files beside.
    func reportFootprint(_ documents: [PolicyDocument]) {
        guard HeapTrim.reporting else { return }
        typealias F = WordPassFootprint
        // The documents' forms as held: their light forms (`LineageAnalyzer.light`: the text's first lines, citations).
        var text = 0, measures = 0, measureBytes = 0, citations = 0
        for document in documents {
            text += LinkFootprint.rounded(32 + document.text.utf8.count)
            measures += document.measures.count
            measureBytes += F.array(document.measures) + F.array(document.citations)
            citations += document.citations.count
            for measure in document.measures {
                measureBytes += F.string(measure.id) + F.string(measure.label) + F.string(measure.title) + F.string(measure.text)
                    + F.array(measure.path) + measure.path.reduce(0) { $0 + F.string($1) } + F.array(measure.citations)
                citations += measure.citations.count
            }
        }
        let units = index.units.heapBytes
        let alignments = self.alignments?.footprint ?? (memory: 0, file: 0)
        let words = self.words.footprint
        let keptBytes = (kept?.capacity ?? 0) * 9
        RetrievalFootprint.write("of what a run in shards holds for the whole corpus (\(documents.count) documents, \(index.count) rows)", [
            RetrievalFootprint.line("documents' light forms: text's first lines (\(documents.reduce(0) { $0 + $1.text.utf8.count }) UTF-8 bytes)", now: text),
            RetrievalFootprint.line("documents' light forms: measures and citations (\(measures) measures, \(citations) citations)", now: measureBytes),
            RetrievalFootprint.line("readings' links (\(readings.links.count)), externals (\(readings.externals.count))",
                                    now: readings.links.count * MemoryLayout<(key: LinkSortKey<String>, link: LineageLink)>.stride),
            RetrievalFootprint.line("rows' folded units (\(index.units.unitCount) units\(index.units.isMapped ? ", mapped from their file" : ""))", now: units),
            RetrievalFootprint.line("rows' documents, measures, norms, places", now: F.array(index.documentOf) + F.array(index.measureOf)
                                    + F.array(index.norm) + 8 * (index.count + 1)),
            RetrievalFootprint.line("titles' folded units (\(titles.unitCount)\(titles.isMapped ? ", mapped from their file" : ""))", now: titles.heapBytes),
            RetrievalFootprint.line("candidate pairs (\(pairs.count))", now: F.array(pairs)),
            RetrievalFootprint.line("kept candidates (\(kept?.count ?? 0))", now: keptBytes),
            RetrievalFootprint.line("alignments (\(self.alignments?.count ?? 0)): rows", now: alignments.memory),
            RetrievalFootprint.line("alignments whole, in their file (not resident)", now: alignments.file),
            RetrievalFootprint.line("word index (\(self.words.count) rows, \(self.words.text.count) words): places, norms, dictionary, counts", now: words.memory),
            RetrievalFootprint.line("word index's words and weights, in their file (not resident)", now: words.file),
        ])
    }
}
