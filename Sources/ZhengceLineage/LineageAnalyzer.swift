import Foundation
import ZhengceDocument
import ZhengceText

/// Builds the lineage of a corpus: citation links, measure alignments classified by time and level,
/// versions, and document links inferred from measure alignments.
public struct LineageAnalyzer: Sendable {
    /// Tuning.
    public var options: LineageOptions
    /// Cuts measures into words (give it the corpus's lexicon and document terms).
    public var segmenter: Segmenter

    /// An analyzer with these options and segmenter.
    public init(options: LineageOptions = LineageOptions(), segmenter: Segmenter = .shared) {
        self.options = options
        self.segmenter = segmenter
    }

    /// Analyses `documents` (any order; the result is the same for the same set). With `keepingStatistics`,
    /// the result also holds the corpus's counts (`LineageAnalysis.corpusStatistics`) for later
    /// analyses of changed documents.
    public func analyze(_ documents: [PolicyDocument], keepingStatistics: Bool = false) -> LineageAnalysis {
        var context = Context(documents: documents.sorted { $0.id < $1.id }, options: options)
        context.segmenter = segmenter
        context.keepStatistics = keepingStatistics
        context.recordCap = keepingStatistics
        context.run()
        return context.result()
    }

    /// The links of the documents `changed` (ids) in the corpus `documents`, found as a full analysis finds
    /// them but aligning only the changed documents' measures against all others (the trigram index holds
    /// every document); words are cut only in the measures of the changed documents, of `neighbours` (ids:
    /// the documents linked to them before) and of the documents they cite, are cited by or are versions
    /// of, and weighed by `corpus` (the word counts of the last full analysis). Returns only links with an
    /// end in a changed document; citations, dates and versions are read from all `documents`. With `cap` (the
    /// candidates of the last full analysis, as brought up to date since), the changed documents' candidates are
    /// capped among the other documents' as a full analysis caps them; the result then holds the record brought up
    /// to date (`candidateCap`) and the documents whose links that changes (`capWidened`: analyse them as changed too).
    public func analyze(_ documents: [PolicyDocument], changed: Set<String>, neighbours: Set<String>,
                        corpus: CorpusStatistics, cap: CandidateCap? = nil) -> LineageAnalysis {
        let sorted = documents.sorted { $0.id < $1.id }
        var context = Context(documents: sorted, options: options)
        context.segmenter = segmenter
        context.corpus = corpus
        context.focus = Set(sorted.indices.filter { changed.contains(sorted[$0].id) })
        context.neighbours = Set(sorted.indices.filter { neighbours.contains(sorted[$0].id) })
        context.capStored = cap
        context.run()
        return context.result()
    }
}

/// The working state of one analysis.
struct Context {
    /// Every document of the corpus in id order: its lineage form (`LineageAnalyzer.reading`), or in a run in shards,
    /// once the base has read them, its light form (`LineageAnalyzer.light`); read a document's text, measures or
    /// citations through `form(_:)`.
    var documents: [PolicyDocument]
    /// In a run in shards once the base has read every document, where the lineage forms are read (`form(_:)`); nil
    /// when `documents` holds them.
    var formSource: FormSource?
    /// The number of measures of each document (what is read of a document's measures without reading its form).
    var measureCounts: [Int]
    let options: LineageOptions
    var links: [(key: LinkSortKey<String>, link: LineageLink)] = []
    var externals: [String: LineageDocument] = [:]
    /// Corpus citations: citing → cited (both corpus indices).
    var cites: [Int: Set<Int>] = [:]
    var times: [DocumentTime] = []
    var versions: [Set<Int>] = []
    var versionMethod: [UInt64: String] = [:]
    var statistics = AlignmentStatistics()
    var index: MeasureIndex?
    /// Folded contents and words of measure rows, computed on demand (bounded: see `RowCache`).
    var contents = RowCache<PackedContent>(limit: Context.rowCacheLimit)
    var terms = RowCache<PackedWords>(limit: Context.rowCacheLimit)
    static let rowCacheLimit = 16_384
    /// Each document's purpose and misconduct formula articles (`formulaArticles`), made once: a document is
    /// in many implementing pairs, and they were made again for each pair.
    var formulaArticleCache: [Int: [FormulaArticleEntry]] = [:]
    /// The index of each document by id (the first, should two share one).
    let position: [String: Int]
    /// Rank, legislation and header facts of each document.
    let facts: [DocumentFacts]
    /// The specific words of each document's title subject (`TitleSubject.specific`): the pairs few titles of the corpus share.
    let specificSubject: [Set<String>]
    /// The chapter plan of each document (`ChapterPlan`).
    var chapters: [ChapterPlan]
    /// Repeals stated in the text: repealing → repealed (corpus indices).
    var repealed: [Int: Set<Int>] = [:]
    /// Citation pairs where the citing document says it implements the cited one (the citation is in
    /// its preamble or purpose article): citing → cited.
    var implements: [Int: Set<Int>] = [:]
    var segmenter: Segmenter = .shared
    /// Incremental analysis: the changed documents (indices; nil for a full analysis), the documents
    /// linked to them before, and the corpus counts to weigh text with.
    var focus: Set<Int>?
    var neighbours: Set<Int> = []
    var corpus: CorpusStatistics?
    /// The documents whose measures an incremental analysis cuts into words (nil: all).
    var wordScope: Set<Int>?
    /// Keep the corpus counts in the result (a full analysis made for later incremental ones).
    var keepStatistics = false
    /// The candidates of the last full analysis (`CandidateCap`), for an incremental analysis's cap; whether this
    /// analysis records its own (`recordCap`: a full analysis that keeps its counts, or the cap's pass of a run in
    /// shards), the record made, and (incremental) the documents whose stored candidates the cap decided otherwise.
    var capStored: CandidateCap?
    var recordCap = false
    var capRecord: CandidateCap?
    var capWidened: Set<Int> = []
    /// A first run in shards (`LineageAnalyzer.analyzeInShards`): the trigram index and the candidate pairs of
    /// every measure, made once for all shards; the documents of earlier shards (whose links are made); and
    /// words cut in every document a shard's measures align with (there is no earlier link to name them).
    var shared: ShardInputs?
    var done: Set<Int> = []
    var widenWordScope = false
    var wordCounts: [String: Int32] = [:]
    var termCountsKept: [String: CorpusStatistics.Counts] = [:]
    /// Keep the words of every row, not only of those the word passes read (`wordPassDocuments`; tests).
    var wordsForEveryRow = false
    /// The link ends made so far, one per document and per measure row (`end`, `measureEnd`).
    let ends = SharedEnds()

    /// True once citations, dates and versions by metadata are known (`readDocuments`), made here or given.
    var documentsRead = false

    init(documents: [PolicyDocument], options: LineageOptions) {
        self.documents = documents
        self.options = options
        versions = Array(repeating: [], count: documents.count)
        position = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        measureCounts = documents.map(\.measures.count)
        facts = ConcurrentMap.run(documents.count) { DocumentFacts(documents[$0]) }
        chapters = ConcurrentMap.run(documents.count) { ChapterPlan(documents[$0]) }
        specificSubject = TitleSubject.specific(facts.map(\.subject), share: options.specificTitleShare,
                                                floor: options.specificTitleFloor)
    }

    /// A context over the same `documents` and `options` as the one `readings` were made in (`DocumentReadings`):
    /// it starts where that one stood after `readDocuments`, without reading any document again.
    init(documents: [PolicyDocument], options: LineageOptions, readings: DocumentReadings) {
        self.documents = documents
        self.options = options
        position = Dictionary(documents.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        measureCounts = readings.measureCounts
        facts = readings.facts
        chapters = readings.chapters
        specificSubject = readings.specificSubject
        links = readings.links
        externals = readings.externals
        cites = readings.cites
        repealed = readings.repealed
        implements = readings.implements
        times = readings.times
        versions = readings.versions
        versionMethod = readings.versionMethod
        documentsRead = true
    }

    /// Citations resolved, dates computed, versions found by their metadata (once: a context made from
    /// `DocumentReadings` has them).
    /// With `outcomes` (each document's, `citationOutcomes`), the documents may be light forms (metadata and citations:
    /// what resolving the outcomes, dating and the versions by metadata read).
    mutating func readDocuments(outcomes: [[CitationOutcome]]? = nil) {
        guard !documentsRead else { return }
        resolveCitations(outcomes: outcomes)
        computeTimes()
        detectVersionsByMetadata()
        documentsRead = true
    }

    /// Document `d` whole (its lineage form: text, measures, citations): from `documents`, or in a run in shards from
    /// the form source (the shard's documents, or read when first asked for).
    func form(_ d: Int) -> PolicyDocument {
        guard let formSource else { return documents[d] }
        return formSource.form(d, light: documents[d])
    }

    /// True when `i` cites `j` or `j` cites `i`.
    func linkedByCitation(_ i: Int, _ j: Int) -> Bool {
        (cites[i]?.contains(j) ?? false) || (cites[j]?.contains(i) ?? false)
    }

    mutating func run() {
        readDocuments()
        stepDone("lineage: citations, dates, versions")
        alignMeasures()
        stepDone("lineage: measures linked")
        dropOffChapter()
        watchLinks("offChapter")
        dropOutOfOrderSiblings()
        watchLinks("outOfOrder")
        withholdUnsure()
        watchLinks("unsure")
        keepVersionsInForce()
        watchLinks("versionInForce")
        // A shard: the rules left read the links of one document pair (or one link), so those of the pairs an earlier
        // shard made, which it handed over already, go now instead of at the hand-over (the rules before read a
        // measure's every link into the versions of a text, which may lie in an earlier shard).
        if shared != nil, !done.isEmpty {
            let ids = Set(done.map { documents[$0].id })
            links.removeAll { ids.contains($0.link.from.document) || ids.contains($0.link.to.document) }
        }
        withholdCrossReferenced()
        watchLinks("crossReferenced")
        withholdUnspecific()
        watchLinks("unspecific")
        stepDone("lineage: rules applied")
        reportFootprint("rules applied")
    }

    // MARK: Citations

    mutating func resolveCitations(outcomes given: [[CitationOutcome]]? = nil) {
        precondition(given != nil || formSource == nil, "the documents are read whole")
        // Numbered externals first, so a title-only citation can join the numbered node of the same title.
        var externalTitles = ExternalTitleIndex()
        var pending: [(Int, Citation)] = []
        var externalRepeals: [(Int, Citation)] = []
        // Each document's citations are read on any core, then filed in document order.
        let outcomes: [[CitationOutcome]]
        if let given {
            outcomes = given
        } else {
            let resolver = citationResolver(), documents = self.documents
            outcomes = ConcurrentMap.run(documents.count) { Context.citationOutcomes(of: documents[$0], at: $0, resolver: resolver) }
        }
        for (i, list) in outcomes.enumerated() {
            for outcome in list {
                if let target = outcome.target {
                    guard target != i else { continue }
                    cites[i, default: []].insert(target)
                    if outcome.repeals { repealed[i, default: []].insert(target) }
                    if outcome.inPreamble { implements[i, default: []].insert(target) }
                } else {
                    pending.append((i, outcome.cited))
                    if outcome.repeals { externalRepeals.append((i, outcome.cited)) }
                }
            }
        }
        var citedBy: [String: Set<Int>] = [:]
        for (i, citation) in pending.sorted(by: { ($0.1.docNumber == nil ? 1 : 0) < ($1.1.docNumber == nil ? 1 : 0) }) {
            guard let id = externalTitleID(citation, externalTitles) else { continue }
            if externals[id] == nil {
                let number = citation.docNumber.flatMap { DocumentNumber.normalize($0) ?? $0 }
                externals[id] = LineageDocument(id: id, docNumber: number, title: citation.title, external: true)
                if let title = citation.title { externalTitles.append(TitleKey(title), id: id) }
            } else if externals[id]?.title == nil, let title = citation.title {
                externals[id]?.title = title
                externalTitles.append(TitleKey(title), id: id)
            }
            citedBy[id, default: []].insert(i)
        }
        for (id, citing) in citedBy {
            externals[id]?.citedBy = citing.count
            if let year = externals[id]?.docNumber.flatMap(DocumentTime.year(ofDocNumber:)) {
                externals[id]?.earliestDate = String(format: "%04d-01-01", year)
                externals[id]?.dateBasis = "year of its 发文字号"
            }
            for i in citing.sorted() {
                let from = end(i)
                let to = LinkEnd(document: id, docNumber: externals[id]?.docNumber, title: externals[id]?.title, external: true)
                links.append((LinkSortKey(document: true, type: .cites, from: documents[i].id, to: id),
                              LineageLink(type: .cites, from: from, to: to, inferred: false,
                                          evidence: LinkEvidence(method: "citation"))))
            }
        }
        for (i, targets) in cites {
            for j in targets {
                links.append((LinkSortKey(document: true, type: .cites, from: documents[i].id, to: documents[j].id),
                               LineageLink(type: .cites, from: end(i), to: end(j), inferred: false,
                                           evidence: LinkEvidence(method: "citation"))))
            }
        }
        for (i, targets) in repealed {
            for j in targets {
                links.append((LinkSortKey(document: true, type: .repeals, from: documents[i].id, to: documents[j].id),
                              LineageLink(type: .repeals, from: end(i), to: end(j), inferred: false,
                                          evidence: LinkEvidence(method: "repeal stated in the text"))))
            }
        }
        var seenRepeals = Set<String>()
        for (i, citation) in externalRepeals {
            guard let id = externalTitleID(citation, externalTitles), externals[id] != nil,
                  seenRepeals.insert("\(i)|\(id)").inserted else { continue }
            let to = LinkEnd(document: id, docNumber: externals[id]?.docNumber, title: externals[id]?.title, external: true)
            links.append((LinkSortKey(document: true, type: .repeals, from: documents[i].id, to: id),
                          LineageLink(type: .repeals, from: end(i), to: to, inferred: false,
                                      evidence: LinkEvidence(method: "repeal stated in the text"))))
        }
    }

    /// What one citation of a document says: the citation as resolved (an abbreviation stands for what it
    /// abbreviates), the corpus document it names, whether it repeals it, whether it is before the first measure.
    struct CitationOutcome: Sendable {
        var cited: Citation
        var target: Int?
        var repeals: Bool
        var inPreamble: Bool
    }

    /// What resolves the citations of the documents (their metadata and citations, and their facts: what the light forms
    /// hold).
    func citationResolver() -> CitationResolver { CitationResolver(documents: documents, facts: facts) }

    /// What each citation of `document` (document `i`, its lineage form) says (`CitationOutcome`), in order.
    static func citationOutcomes(of document: PolicyDocument, at i: Int, resolver: CitationResolver) -> [CitationOutcome] {
        let context = CitationContext(document)
        // Where the first measure ends: a citation before it is in the preamble or purpose article.
        let firstMeasureEnd = document.measures.map(\.end).min() ?? Int.max
        // Abbreviations introduced by （以下简称《Y》）: to the corpus document, or the citation, they stand for.
        var aliasTargets: [String: Int] = [:], aliasCitations: [String: Citation] = [:]
        var outcomes: [CitationOutcome] = []
        for citation in document.citations {
            if context.isFuturePlan(citation) { continue }
            var cited = citation
            var target: Int?
            if cited.docNumber == nil, let title = cited.title {
                if let known = aliasTargets[title] { target = known } else if let original = aliasCitations[title] { cited = original }
            }
            if target == nil { target = resolver.resolve(cited, from: i, order: context.orderNumber(citation)) }
            outcomes.append(CitationOutcome(cited: cited, target: target, repeals: context.repeals(citation),
                                            inPreamble: citation.start < firstMeasureEnd))
            // One abbreviation for this citation, or one for each of the list's last citations (以下分别简称…).
            let shorts = context.abbreviations(citation)
            guard !shorts.isEmpty, shorts.count <= outcomes.count else { continue }
            for (short, outcome) in zip(shorts, outcomes.suffix(shorts.count)) {
                if let known = outcome.target { aliasTargets[short] = known } else { aliasCitations[short] = outcome.cited }
            }
        }
        return outcomes
    }

    /// The external node id of an unresolved citation; a title-only citation joins a numbered node of the same title.
    func externalTitleID(_ citation: Citation, _ externalTitles: ExternalTitleIndex) -> String? {
        var id = CitationResolver.externalID(citation)
        if citation.docNumber == nil, let title = citation.title {
            let key = TitleKey(title)
            if let match = externalTitles.first(matching: key) { id = match }
        }
        return id
    }

    /// Reads each document's metadata and citations (a light form's).
    mutating func computeTimes() {
        // Two passes so a bound can come from a cited document whose own date is a bound.
        times = documents.map { DocumentTime.of($0, citedDates: []) }
        for _ in 0..<2 {
            times = documents.enumerated().map { i, document in
                let cited = (cites[i] ?? []).sorted().compactMap { j -> (name: String, date: String)? in
                    guard let date = times[j].exact ?? times[j].earliest else { return nil }
                    return (documents[j].docNumber ?? documents[j].title ?? documents[j].id, date)
                }
                return DocumentTime.of(document, citedDates: cited)
            }
        }
    }

    /// The time order of documents `i` and `j`: a citation says the citing one is later; otherwise dates.
    func order(_ i: Int, _ j: Int) -> (order: TemporalOrder, why: String) {
        let byDate = TemporalOrder.compare(times[i], times[j])
        let iCitesJ = cites[i]?.contains(j) ?? false, jCitesI = cites[j]?.contains(i) ?? false
        if byDate == .unknown || (times[i].exact == nil || times[j].exact == nil) {
            if iCitesJ && !jCitesI { return (.after, "\(name(i)) cites \(name(j))") }
            if jCitesI && !iCitesJ { return (.before, "\(name(j)) cites \(name(i))") }
        }
        let a = describe(times[i]), b = describe(times[j])
        switch byDate {
        case .before: return (.before, "\(a) before \(b)")
        case .after: return (.after, "\(a) after \(b)")
        case .same: return (.same, "same date \(a)")
        case .unknown: return (.unknown, "order unknown (\(a), \(b))")
        }
    }

    func describe(_ time: DocumentTime) -> String {
        if let exact = time.exact { return exact }
        switch (time.earliest, time.latest) {
        case let (low?, high?): return "\(low)…\(high)"
        case let (low?, nil): return "≥ \(low)"
        case let (nil, high?): return "≤ \(high)"
        case (nil, nil): return "undated"
        }
    }

    func name(_ i: Int) -> String { documents[i].docNumber ?? documents[i].id }

    // MARK: Versions

    /// Documents sharing a 发文字号 (key `n|…`), or a title (draft markers removed) within one region (`t|…`):
    /// indices into `documents`, by key.
    static func versionGroups(_ documents: [PolicyDocument]) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for (i, document) in documents.enumerated() {
            if let number = document.docNumber { groups["n|" + (DocumentNumber.normalize(number) ?? number), default: []].append(i) }
            if let title = document.title {
                let key = TitleKey.versionKey(title)
                if !key.isEmpty { groups["t|\(document.region ?? "")|" + key, default: []].append(i) }
            }
        }
        return groups
    }

    mutating func detectVersionsByMetadata() {
        let groups = Context.versionGroups(documents)
        for (key, members) in groups.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            for (k, i) in members.enumerated() {
                for j in members[(k + 1)...] where !versions[i].contains(j) {
                    let method = key.hasPrefix("n|") ? "same 发文字号"
                        : "same title" + (documents[i].status != documents[j].status ? " (draft and final)" : "")
                    markVersion(i, j, method)
                }
            }
        }
    }

    mutating func markVersion(_ i: Int, _ j: Int, _ method: String) {
        versions[i].insert(j); versions[j].insert(i)
        versionMethod[UInt64(min(i, j)) << 32 | UInt64(max(i, j))] = method
    }

    // MARK: Measures

    mutating func alignMeasures() {
        let started = Date()
        wordScope = nearDocuments()
        let index: MeasureIndex, titles: UnitRows
        if let shared {
            (index, titles) = (shared.index, shared.titles)
            statistics.formulaMeasures = shared.formulas
        } else {
            let (rows, folded, formulas) = foldedRows()
            statistics.formulaMeasures += formulas
            index = MeasureIndex(contents: rows)
            titles = folded
        }
        stepDone("lineage: trigram index")
        RetrievalFootprint.index(index)
        statistics.indexSeconds = Date().timeIntervalSince(started)
        let aligner = aligner()
        var rowsOf = [[Int]](repeating: [], count: documents.count)
        for row in 0..<index.count { rowsOf[Int(index.documentOf[row])].append(row) }
        var alignments: [MeasureAlignment]
        if let all = shared?.alignments {
            // A shard: every pair was aligned once for all shards (`cappedCandidates`, the implementing pairs' too), and
            // the alignments with a measure in the shard are those its retrieval and `alignCitedPairs` would make.
            let query = focus ?? Set(documents.indices)
            alignments = all.touching { query.contains(Int(index.documentOf[$0])) || query.contains(Int(index.documentOf[$1])) }
        } else {
            alignments = aligner.align(index, statistics: &statistics, queryDocuments: focus.map { Set($0.map(Int32.init)) },
                                       given: shared?.pairs)
            RetrievalFootprint.alignments(pairs: statistics.pairsScored, alignments)
            watchAlignments("retrieved", alignments, index: index, aligner: aligner)
            alignCitedPairs(&alignments, index: index, aligner: aligner, rowsOf: rowsOf)
            watchAlignments("citedPairs", alignments, index: index, aligner: aligner)
        }
        // A shard of a first run knows no earlier links: its words are cut in every document it is aligned with.
        if widenWordScope, var scope = wordScope {
            for alignment in alignments {
                scope.insert(Int(index.documentOf[alignment.a])); scope.insert(Int(index.documentOf[alignment.b]))
            }
            wordScope = scope
        }
        // Nothing is retrieved or scored from here on: the trigrams are let go before the links and words are made
        // (a copy the shards share, `shared.index`, keeps them). The alignments go once classified.
        var linked = consume index
        linked.releaseTrigrams()
        alignLinked(consume alignments, index: linked, titles: titles, rowsOf: rowsOf)
    }

    /// The aligner of this analysis's options.
    func aligner() -> MeasureAligner {
        var aligner = MeasureAligner()
        aligner.candidates = options.candidates
        aligner.minimumScore = min(options.linkScore, options.supportScore)
        aligner.finder = PassageFinder(minimumLength: options.minimumPassage)
        aligner.skipDocumentPairs = versionPairsApart()
        return aligner
    }

    /// The measure rows every document gives the trigram index (containers, formula and organisational measures
    /// left out), with their titles' folded units and the count of formula measures.
    func foldedRows() -> (rows: [(document: Int, measure: Int, units: [UInt16])], titles: UnitRows, formulas: Int) {
        var rows: [(document: Int, measure: Int, units: [UInt16])] = []
        var titles = UnitRows.Builder(mapped: false)
        var formulaCount = 0
        precondition(formSource == nil, "the documents are read whole")
        // Each document's rows are folded on any core, then put together in document order.
        let documents = self.documents, facts = self.facts
        let perDocument = ConcurrentMap.run(documents.count) { d in
            Context.foldedRows(of: documents[d], at: d, legislation: facts[d].legislation)
        }
        for (documentRows, documentTitles, formulas) in perDocument {
            rows += documentRows
            for title in documentTitles { titles.append(title) }
            formulaCount += formulas
        }
        return (rows, UnitRows(titles), formulaCount)
    }

    /// The rows of `document` (document `d`, its lineage form): each measure's folded units but containers and formula
    /// measures, with their titles' folded units, and the count of formula measures left out.
    static func foldedRows(of document: PolicyDocument, at d: Int, legislation: Bool)
        -> (rows: [(document: Int, measure: Int, units: [UInt16])], titles: [[UInt16]], formulas: Int) {
        let containers = Context.containers(document.measures)
        var rows: [(document: Int, measure: Int, units: [UInt16])] = [], titles: [[UInt16]] = [], formulas = 0
        let text = Array(document.text.utf16)
        for (m, measure) in document.measures.enumerated() where !containers.contains(m) {
            let units = MeasureContent.units(of: measure, in: document, text: text)
            if FormulaArticle.isFormula(units) || FormulaArticle.isOrganisational(measure.title, legislation: legislation) {
                formulas += 1; continue
            }
            rows.append((d, m, units))
            titles.append(MeasureContent(text: measure.title).units)
        }
        return (rows, titles, formulas)
    }

    /// The documents whose measures' words the word passes read: both sides of every implementing pair (the
    /// paraphrase passes, which add links only inside those pairs) and of every derives measure link between two
    /// pieces of legislation (the choice of a pair's article). A pass that reads the words of other rows must add them here.
    func wordPassDocuments() -> Set<Int> {
        var read = Set<Int>()
        for (c, parents) in implements { read.insert(c); read.formUnion(parents) }
        for item in links where !item.key.document && item.link.type == .derives {
            guard let x = position[item.key.from], let y = position[item.key.to], facts[x].legislation, facts[y].legislation else { continue }
            read.insert(x); read.insert(y)
        }
        return read
    }

    /// The documents whose measures the word index cuts into words (nil: all). An incremental analysis cuts those of
    /// `wordScope`: the other rows' counts come from the corpus's, but a word they alone would add to the counts of
    /// the rows cut is not in those (words seen once are not kept). A shard of a first run (`shared`) reads the rows
    /// `read` of its scope from the corpus's word index (`ShardInputs.words`, a full analysis's: the same weights),
    /// the others reading as empty either way, not every document it aligns with.
    func wordRows(read: Set<Int>?) -> Set<Int>? {
        guard shared != nil, let read, let wordScope else { return wordScope }
        return wordScope.intersection(read)
    }

    /// Classifies `alignments` into links and runs the word passes (the rest of `alignMeasures`).
    mutating func alignLinked(_ alignments: consuming [MeasureAlignment], index: MeasureIndex, titles: UnitRows, rowsOf: [[Int]]) {
        stepDone("lineage: \(alignments.count) alignments (\(alignments.reduce(0) { $0 + $1.passages.found }) passages)")
        self.index = index
        if let found = shared?.overlapVersions {
            // A shard: those of the corpus, found over every alignment (`ShardInputs.overlapVersions`).
            for (x, y, method) in found where !versions[x].contains(y) { markVersion(x, y, method) }
        } else {
            detectVersionsByOverlap(alignments, index: index)
        }
        let sourced = classify(alignments, index: index)
        alignments = []
        // The rows' contents and words kept while the evidence was made (up to `rowCacheLimit` of each, 76 MB on the law
        // corpus) go before the word index is made: the passes after read few of them again.
        contents = RowCache(limit: Context.rowCacheLimit)
        terms = RowCache(limit: Context.rowCacheLimit)
        stepDone("lineage: \(links.count) links classified")
        reportWordPassFootprint("classification", index: index, words: nil, titles: titles, rowsOf: rowsOf)
        let wordStart = Date()
        // Words are kept only for the rows the passes read (every row is still cut and counted).
        let read = LineageWatch.on || wordsForEveryRow ? nil : wordPassDocuments()
        // An incremental analysis cuts into words only the measures of documents near the changed ones; a shard only
        // those of them the passes read (`wordRows`).
        let cut = wordRows(read: read)
        let words: WordIndex
        if let corpusWords = shared?.words {
            // A shard: those rows of the corpus's index, read as they were cut there (the others empty, as uncut rows are).
            words = corpusWords.restricted { row in
                let document = Int(index.documentOf[row])
                return (cut?.contains(document) ?? true) && (read?.contains(document) ?? true)
            }
        } else {
            let keeping = read.map { read in { (row: Int) in read.contains(Int(index.documentOf[row])) } }
            if let cut {
                // Rows of documents not cut read as empty.
                let wordUnits = index.units.indices.map { cut.contains(Int(index.documentOf[$0])) ? index.units[$0] : UnsafeBufferPointer(start: nil, count: 0) }
                let wordTitles = titles.indices.map { cut.contains(Int(index.documentOf[$0])) ? titles[$0] : UnsafeBufferPointer(start: nil, count: 0) }
                words = WordIndex(units: wordUnits, titles: wordTitles, segmenter: segmenter, corpus: corpus, keeping: keeping)
            } else {
                words = WordIndex(units: index.units, titles: titles, segmenter: segmenter, corpus: corpus, keeping: keeping)
            }
        }
        if keepStatistics { wordCounts = words.wordCounts }
        stepDone("lineage: word index")
        reportWordPassFootprint("the word index", index: index, words: words, titles: titles, rowsOf: rowsOf)
        watchLegislationParaphrase(index: index, words: words, rowsOf: rowsOf, sourced: sourced)
        alignParaphrases(index: index, words: words, titles: titles, rowsOf: rowsOf, sourced: sourced)
        watchLinks("paraphrases")
        stepDone("lineage: paraphrases (\(links.count) links)")
        choosePairArticles(index: index, words: words, rowsOf: rowsOf)
        watchLinks("pairChoice")
        stepDone("lineage: pair choice")
        reportWordPassFootprint("pair choice", index: index, words: words, titles: titles, rowsOf: rowsOf)
        if keepStatistics { termCountsKept = termCounts(index) }
        statistics.wordSeconds = Date().timeIntervalSince(wordStart)
    }

    /// Inside each pair where a document implements the one it cites (`implements`), every measure of the
    /// citing document is also scored in full against its two nearest measures of the cited one (trigram
    /// cosine), when retrieval did not already: peers restating the same national text fill a measure's
    /// candidates (宁波, 青岛, 临沂… for an article of 浙江省实施《献血法》办法), crowding out the law it implements.
    /// A pair retrieval did not propose is kept at `supportScore` (0.3), not the lower link bar: below it,
    /// such pairs were mostly 法律责任 and list templates (of 8 read on the law corpus, 4 of 5 below 0.3 wrong, 3 of 3 above right).
    /// Adds those to `alignments` and sorts them by rows, in place (a joined copy and a sorted one were made beside
    /// them: three copies of a million alignments at once at twice the law corpus, for a fraction of a second).
    mutating func alignCitedPairs(_ alignments: inout [MeasureAlignment], index: MeasureIndex, aligner: MeasureAligner,
                                  rowsOf: [[Int]]) {
        let added = citedPairAlignments(known: Set(alignments.map { UInt64($0.a) << 32 | UInt64($0.b) }), index: index,
                                        aligner: aligner, rowsOf: rowsOf)
        guard !added.isEmpty else { return }
        alignments.reserveCapacity(alignments.count + added.count)
        alignments.append(contentsOf: added)
        alignments.sort { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// The alignments `alignCitedPairs` adds to those of the pairs `known` (`a << 32 | b`).
    mutating func citedPairAlignments(known: Set<UInt64>, index: MeasureIndex, aligner: MeasureAligner,
                                      rowsOf: [[Int]]) -> [MeasureAlignment] {
        var known = known
        var added: [MeasureAlignment] = []
        for (c, parents) in implements.sorted(by: { $0.key < $1.key }) {
            for p in parents.sorted() where !rowsOf[p].isEmpty && touchesFocus(c, p) {
                for a in rowsOf[c] {
                    var first = (row: -1, cosine: 0.0), second = (row: -1, cosine: 0.0)
                    for b in rowsOf[p] {
                        let cosine = aligner.cosine(a, b, in: index)
                        if cosine > first.cosine { second = first; first = (b, cosine) } else if cosine > second.cosine { second = (b, cosine) }
                    }
                    for b in [first.row, second.row] where b >= 0 {
                        let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
                        guard known.insert(key).inserted else { continue }
                        statistics.citedPairsScored += 1
                        let alignment = aligner.score(min(a, b), max(a, b), in: index)
                        if alignment.score >= max(aligner.minimumScore, options.supportScore) { added.append(alignment) }
                    }
                }
            }
        }
        return added
    }

    /// Indices of measures whose range holds another measure of the same document: their text is
    /// their children's, so only the children are aligned.
    static func containers(_ measures: [Measure]) -> Set<Int> {
        var result = Set<Int>()
        let order = measures.indices.sorted { (measures[$0].start, -measures[$0].end) < (measures[$1].start, -measures[$1].end) }
        for (k, i) in order.enumerated() {
            for j in order[(k + 1)...] {
                guard measures[j].start < measures[i].end else { break }
                if measures[j].end <= measures[i].end && (measures[j].start, measures[j].end) != (measures[i].start, measures[i].end) {
                    result.insert(i); break
                }
            }
        }
        return result
    }

    /// A draft and another document of the same region and level whose measures mostly align
    /// strongly are versions of one plan.
    mutating func detectVersionsByOverlap(_ alignments: [MeasureAlignment], index: MeasureIndex) {
        detectVersionsByOverlap(alignments.lazy.map { (a: $0.a, b: $0.b, score: $0.score) }, index: index)
    }

    /// The same over alignments given as rows and score.
    mutating func detectVersionsByOverlap<S: Sequence>(_ alignments: S, index: MeasureIndex) where S.Element == (a: Int, b: Int, score: Double) {
        var strong: [UInt64: Set<Int>] = [:]
        for alignment in alignments where alignment.score >= 0.6 {
            let x = Int(index.documentOf[alignment.a]), y = Int(index.documentOf[alignment.b])
            let key = UInt64(min(x, y)) << 32 | UInt64(max(x, y))
            strong[key, default: []].insert(x < y ? alignment.a : alignment.b)
        }
        for (key, aligned) in strong.sorted(by: { $0.key < $1.key }) {
            let x = Int(key >> 32), y = Int(key & 0xFFFF_FFFF)
            let a = documents[x], b = documents[y]
            guard a.region == b.region, a.level == b.level, !versions[x].contains(y) else { continue }
            let draft = a.status == .draft || b.status == .draft
            // One text under a title respelt by one character (上海市区县和乡镇… → 上海市区和乡镇…, 优秀历史建筑 → 优秀历史筑).
            guard draft || (options.renamedVersions && Context.titlesOneEditApart(a.title, b.title)) else { continue }
            let smaller = min(measureCounts[x], measureCounts[y])
            if smaller > 0, aligned.count * 2 >= smaller {
                markVersion(x, y, (draft ? "draft and final" : "title respelt")
                                  + ": \(aligned.count) of \(smaller) measures nearly identical")
            }
        }
    }

    /// True when the two titles (version notes dropped, folded: `TitleKey.versionKey`) differ by one character inserted,
    /// deleted or replaced, after their first `renamedTitlePrefix` characters (the jurisdiction: 南阳市 and 安阳市 are two
    /// cities, 北京市审计条例 and 北京市统计条例 two subjects) and with at least `renamedTitleLength` characters each.
    static func titlesOneEditApart(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        let x = Array(TitleKey.versionKey(a)), y = Array(TitleKey.versionKey(b))
        guard x != y, min(x.count, y.count) >= renamedTitleLength, abs(x.count - y.count) <= 1 else { return false }
        var head = 0
        while head < x.count, head < y.count, x[head] == y[head] { head += 1 }
        guard head >= renamedTitlePrefix else { return false }
        var tail = 0
        while tail < x.count - head, tail < y.count - head, x[x.count - 1 - tail] == y[y.count - 1 - tail] { tail += 1 }
        return max(x.count, y.count) - head - tail == 1
    }

    /// See `titlesOneEditApart`.
    static let renamedTitlePrefix = 4
    static let renamedTitleLength = 8

    /// A candidate measure link, small (24 bytes: a run in shards at five times the law corpus classifies 3 M
    /// alignments at once): its score (rounded), the alignment it comes from, its later (`child`, from) and earlier
    /// (`parent`, to) rows and its type. Its document pair is that of its alignment's rows (`documentPair(of:)`).
    struct Candidate {
        var score: Double
        var alignment: Int32
        var child: Int32
        var parent: Int32
        var type: LinkType
    }

    /// The candidate measure links of `count` alignments (`alignment(n)`: rows and score) that `classify` keeps: those
    /// its filters pass, capped at `linksPerMeasure` per measure, side and type (a version pairs each measure once),
    /// best first. A shard of a first run in shards keeps those the cap kept over every alignment of the corpus
    /// (`ShardInputs.kept`): the cap reads the candidates at both ends, and one end's may lie outside the shard.
    /// Each document pair's relation is found once (`relation`), its type and later side kept while the candidates
    /// are classified (its reason, a String, is not: `classify` asks again for the pairs of kept candidates).
    mutating func keptCandidates(count: Int, _ read: (Int) -> (a: Int, b: Int, score: Double), index: MeasureIndex) -> [Candidate] {
        var candidates: [Candidate] = []
        var relations: [UInt64: (type: LinkType, later: Int32)] = [:]
        // The kind of a row, found when a pair of legislation first asks for it (an incremental analysis asks for few rows).
        var kinds = [ArticleKind?](repeating: nil, count: index.count)
        func kind(_ row: Int) -> ArticleKind {
            if let known = kinds[row] { return known }
            let made = ArticleKind.of(index.units[row])
            kinds[row] = made
            return made
        }
        let apart = versionPairsApart()
        for n in 0..<count {
            let alignment = read(n)
            guard alignment.score >= min(options.linkScore, options.supportScore) else { continue }
            let x = Int(index.documentOf[alignment.a]), y = Int(index.documentOf[alignment.b])
            let linked = linkedByCitation(x, y) || versions[x].contains(y)
            guard linked || alignment.score >= min(options.unlinkedScore, options.supportScore) else { continue }
            // Between two pieces of legislation, a penalty and a rule share a template or a subject, not a provision.
            if facts[x].legislation && facts[y].legislation, kind(alignment.a) != kind(alignment.b) { continue }
            let pairKey = UInt64(x) << 32 | UInt64(y)
            let relation: (type: LinkType, later: Int32)
            if let known = relations[pairKey] { relation = known } else {
                let found = self.relation(x, y)
                relation = (found.0, Int32(found.1))
                relations[pairKey] = relation
            }
            let later = Int(relation.later)
            var type = relation.type
            // Articles of versions are paired along the chain of versions only.
            if type == .version, apart.contains(UInt64(min(x, y)) << 32 | UInt64(max(x, y))) { continue }
            // A child whose text predates every version of the parent takes from it only by an amendment (near-verbatim).
            if type == .derives, alignment.score < options.amendmentScore, textPredates(later, later == x ? y : x) {
                if options.withholdPredating { continue }
                type = .related
            }
            // Peers on different subjects (parallel, or related without a citation) share templates, not a policy.
            if type == .parallel || (type == .related && facts[x].rank == facts[y].rank), !linked,
               facts[x].subject.isDisjoint(with: facts[y].subject) { continue }
            // A related link needs a relation of subject: a citation, versions, or a specific word of both titles.
            // Shared template passages alone (accountability lists, 外国人适用, 瑕疵维持) join texts on different
            // subjects (大气污染防治 and 水污染防治 share only 污染防治, a word of a hundred titles).
            if type == .related, !linked, specificSubject[x].isDisjoint(with: specificSubject[y]) { continue }
            // `from` is the later (deriving) side.
            let fromRow = later == x ? alignment.a : alignment.b
            let toRow = later == x ? alignment.b : alignment.a
            candidates.append(Candidate(score: rounded(alignment.score), alignment: Int32(n), child: Int32(fromRow),
                                        parent: Int32(toRow), type: type))
        }
        RetrievalFootprint.cap(candidates: candidates.count, capacity: candidates.capacity, relations: relations.count,
                               relationsCapacity: relations.capacity, rows: index.count)
        relations = [:]
        // The order of `LinkSortKey` for measure links (documents are in id order, so their positions
        // order as their ids do): from document, from measure, type, score (higher first), to.
        func keyPrecedes(_ l: Candidate, _ r: Candidate) -> Bool {
            let lc = Int(l.child), rc = Int(r.child), lp = Int(l.parent), rp = Int(r.parent)
            if index.documentOf[lc] != index.documentOf[rc] { return index.documentOf[lc] < index.documentOf[rc] }
            if index.measureOf[lc] != index.measureOf[rc] { return index.measureOf[lc] < index.measureOf[rc] }
            if l.type != r.type { return l.type.order < r.type.order }
            let ls = read(Int(l.alignment)).score, rs = read(Int(r.alignment)).score
            if ls != rs { return ls > rs }
            if index.documentOf[lp] != index.documentOf[rp] { return index.documentOf[lp] < index.documentOf[rp] }
            return index.measureOf[lp] < index.measureOf[rp]
        }
        // Keep the best links per measure, side and type; a version pairs each measure once.
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : keyPrecedes($0, $1) }
        if let kept = shared?.kept {
            return candidates.filter { kept.contains(UInt64(UInt32($0.child)) << 32 | UInt64(UInt32($0.parent))) }
        }
        // An incremental analysis with the last full analysis's candidates caps its own among those of the other documents.
        if let stored = capStored, focus != nil {
            return capWithStored(candidates, raw: candidates.map { read(Int($0.alignment)).score }, stored: stored, index: index)
        }
        let keeps = capKeeps(candidates.count, index: index) { (candidates[$0].child, candidates[$0].parent, candidates[$0].type) }
        if recordCap { recordCandidates(candidates, raw: candidates.map { read(Int($0.alignment)).score }, keeps: keeps, index: index) }
        // The kept ones, in place (no second array of candidates).
        var end = 0
        for n in candidates.indices where keeps[n] {
            candidates[end] = candidates[n]
            end += 1
        }
        candidates.removeLast(candidates.count - end)
        return candidates
    }

    /// The document pair of candidate `c` (`x << 32 | y`: the documents of its alignment's rows `a`, `b`), as
    /// `keptCandidates` found its relation.
    func documentPair(of c: Candidate, _ read: (Int) -> (a: Int, b: Int, score: Double), index: MeasureIndex) -> UInt64 {
        let alignment = read(Int(c.alignment))
        return UInt64(UInt32(index.documentOf[alignment.a])) << 32 | UInt64(UInt32(index.documentOf[alignment.b]))
    }

    /// Turns alignments into derives / related / parallel / version measure links, then document links.
    /// A pair of documents that cite each other (or are versions) needs `linkScore`, others
    /// `unlinkedScore`; versions pair each measure once (best first). Returns the (child row, parent
    /// document) pairs that have a derives link, for the paraphrase pass.
    mutating func classify(_ alignments: [MeasureAlignment], index: MeasureIndex) -> Set<UInt64> {
        let read = { (n: Int) in (a: alignments[n].a, b: alignments[n].b, score: alignments[n].score) }
        var keptCandidates = keptCandidates(count: alignments.count, read, index: index)
        // The reasons of the kept candidates' document pairs (`relation`, as `keptCandidates` asked it: its documents
        // in the alignment's order), by pair.
        var relations: [UInt64: String] = [:]
        for candidate in keptCandidates {
            let pair = documentPair(of: candidate, read, index: index)
            if relations[pair] == nil { relations[pair] = relation(Int(pair >> 32), Int(pair & 0xFFFF_FFFF)).2 }
        }
        // The kept candidates' alignments (in the order they were found, the first of a pair kept), by position.
        var scores: [UInt64: Int32] = [:]
        scores.reserveCapacity(keptCandidates.count)
        for candidate in keptCandidates.sorted(by: { $0.alignment < $1.alignment }) {
            let alignment = alignments[Int(candidate.alignment)]
            let key = UInt64(alignment.a) << 32 | UInt64(alignment.b)
            if scores[key] == nil { scores[key] = candidate.alignment }
        }
        RetrievalFootprint.classification(candidates: keptCandidates.count, scored: scores.count, scoresCapacity: scores.capacity,
                                          relations: relations)
        func scored(_ key: UInt64) -> MeasureAlignment? { scores[key].map { alignments[Int($0)] } }
        // The kept candidates stay rows and scores, in the order of their links' `LinkSortKey` (document ids, measures,
        // type, score, then the other end); a link is made only for those that pass the bars below.
        let ids = documents.map(\.id)
        keptCandidates.sort { l, r in
            let lc = Int(l.child), rc = Int(r.child), lf = Int(index.documentOf[lc]), rf = Int(index.documentOf[rc])
            if lf != rf, ids[lf] != ids[rf] { return ids[lf] < ids[rf] }
            if index.measureOf[lc] != index.measureOf[rc] { return index.measureOf[lc] < index.measureOf[rc] }
            if l.type != r.type { return l.type.order < r.type.order }
            if l.score != r.score { return l.score > r.score }
            let lp = Int(l.parent), rp = Int(r.parent), lt = Int(index.documentOf[lp]), rt = Int(index.documentOf[rp])
            if lt != rt, ids[lt] != ids[rt] { return ids[lt] < ids[rt] }
            return index.measureOf[lp] < index.measureOf[rp]
        }
        let kept = keptCandidates
        keptCandidates = []
        // Between two unrelated pieces of legislation, the measure links that will not be kept do not support a document link either.
        let verbatim = verbatimMeasures(kept.map {
            (type: $0.type, score: $0.score, from: Int(index.documentOf[Int($0.child)]), measure: Int($0.child),
             to: Int(index.documentOf[Int($0.parent)]))
        })
        func unrelated(_ type: LinkType, _ score: Double, _ child: Int, _ parent: Int) -> Bool {
            let x = Int(index.documentOf[child]), y = Int(index.documentOf[parent])
            guard type == .derives || type == .related, facts[x].legislation, facts[y].legislation,
                  score < options.isolatedScore else { return false }
            return !documentsRelated(x, y, verbatimMeasures: verbatim[UInt64(min(x, y)) << 32 | UInt64(max(x, y))] ?? 0)
        }
        inferDocumentLinks(kept.filter { !unrelated($0.type, $0.score, Int($0.child), Int($0.parent)) }.map {
            (type: $0.type, score: $0.score, direction: relations[documentPair(of: $0, read, index: index)], child: Int($0.child),
             parent: Int($0.parent))
        }, scores: scored, index: index)
        // Pairs linked by a citation, as versions, or by a strong inferred link take the lower bar.
        var strong = Set<UInt64>()
        for item in links where item.key.document && item.link.inferred && (item.link.evidence?.supportingMeasures ?? 0) >= options.minimumSupport {
            if let x = position[item.key.from], let y = position[item.key.to] {
                strong.insert(UInt64(min(x, y)) << 32 | UInt64(max(x, y)))
            }
        }
        var sourced = Set<UInt64>()
        var unrelatedDropped = 0
        for candidate in kept {
            let child = Int(candidate.child), parent = Int(candidate.parent)
            let a = min(child, parent), b = max(child, parent)
            guard let alignment = scored(UInt64(a) << 32 | UInt64(b)) else { continue }
            let x = Int(index.documentOf[child]), y = Int(index.documentOf[parent])
            let pair = UInt64(min(x, y)) << 32 | UInt64(max(x, y))
            let score = candidate.score
            // Two pieces of legislation: a derives or related link needs a relation of the documents themselves.
            if candidate.type == .derives || candidate.type == .related, facts[x].legislation, facts[y].legislation {
                if documentsRelated(x, y, verbatimMeasures: verbatim[pair] ?? 0) {
                    guard score >= options.linkScore else { continue }
                } else {
                    guard score >= options.isolatedScore else { unrelatedDropped += 1; continue }
                }
            } else {
                let linked = linkedByCitation(x, y) || versions[x].contains(y) || strong.contains(pair)
                guard score >= (linked ? options.linkScore : options.unlinkedScore) else { continue }
            }
            let key = LinkSortKey(document: false, type: candidate.type, from: ids[x], fromMeasure: Int(index.measureOf[child]),
                                  score: score, to: ids[y], toMeasure: Int(index.measureOf[parent]))
            // A link an earlier shard made is not handed over: the rules read its ends, type and score, not its evidence.
            let direction = relations[documentPair(of: candidate, read, index: index)]
            let made = madeEarlier(x, y) ? LinkEvidence(method: "measure-alignment", direction: direction)
                : evidence(alignment, from: child, index: index, method: "measure-alignment", direction: direction)
            let link = LineageLink(type: candidate.type, from: measureEnd(child, index), to: measureEnd(parent, index),
                                   score: score, inferred: true, evidence: made)
            links.append((key, link))
            if link.type == .derives { sourced.insert(UInt64(candidate.child) << 32 | UInt64(y)) }
        }
        statistics.unrelatedLinksDropped = unrelatedDropped
        watchClassify(index)
        watchLinks("classified")
        dropRunnersUp()
        watchLinks("runnersUp")
        return sourced
    }

    /// True in a shard of a first run in shards when document `x` or `y` is in an earlier shard (`done`): their links
    /// were handed over with that shard, and this one makes them only for the rules that read a measure's every link.
    func madeEarlier(_ x: Int, _ y: Int) -> Bool {
        !done.isEmpty && (done.contains(x) || done.contains(y))
    }

    /// The link type between documents `x` and `y` and which one is the later (`from`) side.
    func relation(_ x: Int, _ y: Int) -> (LinkType, Int, String) {
        if versions[x].contains(y) {
            let method = versionMethod[UInt64(min(x, y)) << 32 | UInt64(max(x, y))] ?? "version"
            let (order, why) = self.order(x, y)
            if documents[x].status != documents[y].status {
                return (.version, documents[x].status == .final ? x : y, "\(method); final → draft")
            }
            return (.version, order == .before ? y : (order == .after ? x : max(x, y)), "\(method); \(why)")
        }
        let (order, why) = self.order(x, y)
        let rx = facts[x].rank, ry = facts[y].rank
        func later() -> Int { order == .before ? y : (order == .after ? x : max(x, y)) }
        func rankName(_ i: Int) -> String { facts[i].rank?.name ?? documents[i].level?.rawValue ?? "rank unknown" }
        // Higher and lower: derives downward when the lower one is not older and lies inside the higher one's jurisdiction.
        if let rx, let ry, rx != ry {
            let parent = rx < ry ? x : y, child = rx < ry ? y : x
            let levels = "\(rankName(parent)) → \(rankName(child))"
            guard DocumentFacts.contains(documents[parent], facts[parent], documents[child], facts[child],
                                         cites: linkedByCitation(parent, child)) else {
                return (.parallel, later(), "\(why); different jurisdictions (\(documents[parent].region ?? "?") / \(documents[child].region ?? "?"))")
            }
            // A judicial interpretation applies laws: it takes nothing from a regulation, and no lower text takes from it.
            if facts[parent].judicial != facts[child].judicial, facts[parent].judicial || facts[parent].rank != .law {
                return (.related, child, "\(why); a judicial interpretation applies laws (\(levels))")
            }
            let childOrder = child == x ? order : order.reversed
            if childOrder == .before {
                // A lower text that cites the higher one knew it: the higher one's date is that of a later
                // version (consolidated laws carry their last revision date).
                if citesSomeVersion(child, parent) {
                    return (.derives, child, "\(why); \(name(child)) cites \(name(parent)), whose date is that of a later version (\(levels))")
                }
                // The calendar is that of the version the child could have read: the higher text's header records
                // a first adoption before the child's date, and both titles share a subject.
                if let first = facts[parent].firstAdopted, let childDate = times[child].exact, first < childDate,
                   !facts[parent].subject.isDisjoint(with: facts[child].subject) {
                    return (.derives, child, "\(why); \(name(parent)) first adopted \(first), before \(name(child)) (\(levels))")
                }
                return (.related, child, "\(why); the lower document is older than the higher one (\(levels))")
            }
            let basis = childOrder == .unknown ? "; direction from the hierarchy" : ""
            return (.derives, child, "\(why)\(basis); \(levels)")
        }
        let sameRank = rx != nil && rx == ry
        if sameRank, !DocumentFacts.sameJurisdiction(documents[x], facts[x], documents[y], facts[y]) {
            return (.parallel, later(), "\(why); peers of one rank (\(rankName(x))) in different jurisdictions")
        }
        if rx == nil || ry == nil, documents[x].region != documents[y].region {
            return (.parallel, later(), "\(why); different jurisdictions, rank unknown")
        }
        switch order {
        case .before, .after:
            let child = later(), parent = child == x ? y : x
            // Laws and regulations of one rank and place are peers unless the later one cites the earlier.
            if facts[child].legislation && facts[parent].legislation && !citesSomeVersion(child, parent) {
                return (.related, child, "\(why); peers of one rank (\(rankName(x))), no citation")
            }
            return (.derives, child, "\(why); \(rankName(parent)) → \(rankName(child))")
        case .same, .unknown:
            let xCites = cites[x]?.contains(y) ?? false, yCites = cites[y]?.contains(x) ?? false
            if xCites != yCites {
                let c = xCites ? x : y
                return (.derives, c, "\(why); \(name(c)) cites the other")
            }
            return (.related, max(x, y), why)
        }
    }

    // MARK: Document links

    mutating func inferDocumentLinks(_ measureLinks: [(type: LinkType, score: Double, direction: String?, child: Int, parent: Int)],
                                     scores: (UInt64) -> MeasureAlignment?, index: MeasureIndex) {
        var citeLinkPosition: [UInt64: Int] = [:]
        for (at, item) in links.enumerated() where item.link.type == .cites {
            if let c = position[item.key.from], let p = position[item.key.to] { citeLinkPosition[UInt64(c) << 32 | UInt64(p)] = at }
        }
        struct Group { var best: [Int: (score: Double, parent: Int)] = [:]; var type: LinkType; var why: String? }
        var groups: [UInt64: Group] = [:]
        for item in measureLinks where item.type != .version {
            let score = item.score
            guard score >= options.supportScore else { continue }
            let c = Int(index.documentOf[item.child]), p = Int(index.documentOf[item.parent])
            let key = UInt64(c) << 32 | UInt64(p)
            var group = groups[key] ?? Group(type: item.type, why: item.direction)
            if (group.best[item.child]?.score ?? 0) < score { group.best[item.child] = (score, item.parent) }
            groups[key] = group
        }
        for (key, group) in groups {
            let c = Int(key >> 32), p = Int(key & 0xFFFF_FFFF)
            let support = group.best.count
            let combined = 1 - group.best.values.reduce(1.0) { $0 * (1 - $1.score) }
            // A stated citation already links the documents: add the support to it.
            if cites[c]?.contains(p) ?? false {
                if let at = citeLinkPosition[key] {
                    links[at].link.evidence?.supportingMeasures = support
                    links[at].link.score = rounded(combined)
                }
                continue
            }
            let strongest = group.best.values.map(\.score).max() ?? 0
            guard support >= options.minimumSupport || strongest >= options.strongScore else { continue }
            // Evidence: the strongest supporting measure links.
            let top = group.best.sorted { ($0.value.score, -$0.key) > ($1.value.score, -$1.key) }.prefix(3)
            var terms: [String] = [], spans: [SharedSpan] = []
            for (child, best) in top where !madeEarlier(c, p) {
                let a = min(child, best.parent), b = max(child, best.parent)
                guard let alignment = scores(UInt64(a) << 32 | UInt64(b)) else { continue }
                let e = evidence(alignment, from: child, index: index, method: "", direction: nil)
                for t in e.sharedTerms where !terms.contains(t) { terms.append(t) }
                spans.append(contentsOf: e.spans.prefix(1))
            }
            let type: LinkType = group.type == .derives || group.type == .parallel ? group.type : .related
            let evidence = LinkEvidence(sharedTerms: Array(terms.prefix(10)), spans: spans,
                                        method: "aggregate of \(support) measure links", supportingMeasures: support,
                                        direction: group.why)
            links.append((LinkSortKey(document: true, type: type, from: documents[c].id, to: documents[p].id),
                          LineageLink(type: type, from: end(c), to: end(p), score: rounded(combined), inferred: true,
                                      evidence: evidence)))
        }
        // Version links between documents.
        for (pair, method) in versionMethod {
            let x = Int(pair >> 32), y = Int(pair & 0xFFFF_FFFF)
            let (_, later, why) = relation(x, y)
            let earlier = later == x ? y : x
            links.append((LinkSortKey(document: true, type: .version, from: documents[later].id, to: documents[earlier].id),
                          LineageLink(type: .version, from: end(later), to: end(earlier), inferred: !method.hasPrefix("same"),
                                      evidence: LinkEvidence(method: method, direction: why))))
        }
    }

    // MARK: Evidence

    /// Shared terms and passages of an alignment, seen from the `from` row.
    mutating func evidence(_ alignment: MeasureAlignment, from row: Int, index: MeasureIndex, method: String,
                           direction: String?) -> LinkEvidence {
        let other = row == alignment.a ? alignment.b : alignment.a
        let fromContent = content(row, index), toContent = content(other, index)
        var spans: [SharedSpan] = []
        for passage in alignment.passages.prefix(3) {
            let (f, t) = row == alignment.a ? (passage.a, passage.b) : (passage.b, passage.a)
            guard f + passage.length <= fromContent.units.count, t + passage.length <= toContent.units.count else { continue }
            let fromStart = fromContent.starts[f], fromEnd = fromContent.ends[f + passage.length - 1]
            let toStart = toContent.starts[t], toEnd = toContent.ends[t + passage.length - 1]
            // The passage's text is cut from the `from` document when the links are handed over (`cutSpanTexts`).
            spans.append(SharedSpan(text: "", fromStart: fromStart, fromEnd: fromEnd, toStart: toStart, toEnd: toEnd))
        }
        // Verbatim when a shared passage of at least ten characters (or several of six) carries the match.
        let verbatim = alignment.passages.longest >= 10 || alignment.passages.total >= 16
        return LinkEvidence(sharedTerms: sharedTerms(row, other, index), spans: spans, method: method, direction: direction,
                            kind: method.isEmpty ? nil : (verbatim ? "verbatim" : "substance"))
    }

    mutating func content(_ row: Int, _ index: MeasureIndex) -> MeasureContent {
        if let cached = contents[row] { return cached.content }
        let value = uncachedContent(row, index)
        contents[row] = PackedContent(value)
        return value
    }

    func uncachedContent(_ row: Int, _ index: MeasureIndex) -> MeasureContent {
        uncachedContent(document: Int(index.documentOf[row]), measure: Int(index.measureOf[row]))
    }

    /// The folded content of measure `m` of document `d`.
    func uncachedContent(document d: Int, measure m: Int) -> MeasureContent {
        let document = form(d)
        return MeasureContent(measure: document.measures[m], in: document)
    }

    /// Words (from the segmenter) both measures contain, most informative first, weighted like
    /// trigrams (`MeasureIndex`): rare across measures and not spread over many documents.
    mutating func sharedTerms(_ row: Int, _ other: Int, _ index: MeasureIndex) -> [String] {
        let theirs = Set(words(other, index).map(\.folded))
        let m = Double(max(corpus?.measures ?? index.count, 1)), d = Double(max(corpus?.documents ?? index.documentCount, 1))
        let boilerScale = log((d + 1) / 2.5)
        var scored: [(term: String, weight: Double)] = []
        var seen = Set<String>()
        for word in words(row, index) where theirs.contains(word.folded) && seen.insert(word.folded).inserted {
            guard var (df, ddf) = termFrequency(word.folded, row, other, index) else { continue }
            if let counts = corpus?.terms[word.folded] { df = max(df, Int(counts.measures)); ddf = max(ddf, Int(counts.documents)) }
            let idf = log(1 + m / Double(df))
            let boiler = boilerScale > 0 ? min(1, max(0, log((d + 1) / (Double(ddf) + 0.5)) / boilerScale)) : 1
            let weight = idf * boiler * min(1, Double(word.folded.utf16.count) / 3)
            if boiler >= 0.3 { scored.append((word.text, weight)) }
        }
        return scored.sorted { ($0.weight, $0.term.count, $1.term) > ($1.weight, $1.term.count, $0.term) }
            .prefix(8).map(\.term)
    }

    var wordFrequency: [String: (measures: Int, documents: Int)] = [:]

    /// The measures and documents holding `term`, a word rows `row` and `other` share, as counted in the rows of
    /// `wordScope` (`countWords`); nil when none of them holds it. A shard of a first run (`shared`) reads them from the
    /// corpus's counts, made over the same documents, without counting its scope's words: a word two measures share
    /// is in the corpus's terms (those of two or more measures), and counted in fewer rows it counts no more than
    /// there; it is in the scope's rows when either row is.
    mutating func termFrequency(_ term: String, _ row: Int, _ other: Int, _ index: MeasureIndex) -> (Int, Int)? {
        if shared != nil, row != other, let counts = corpus?.terms[term],
           wordScope.map({ $0.contains(Int(index.documentOf[row])) || $0.contains(Int(index.documentOf[other])) }) ?? true {
            return (Int(counts.measures), Int(counts.documents))
        }
        if wordFrequency.isEmpty { countWords(index) }
        guard let counts = wordFrequency[term] else { return nil }
        return (counts.measures, counts.documents)
    }

    /// Counts in how many measures and documents each word occurs.
    mutating func countWords(_ index: MeasureIndex) {
        countWords(rows: 0..<index.count, document: { Int(index.documentOf[$0]) }, measure: { Int(index.measureOf[$0]) })
    }

    /// The same over the measure rows `rows`, given by their document and measure (the rows of the index, before it is
    /// made). Counted a part at a time, each part holding every row of its documents, the counts are those of one call.
    mutating func countWords(rows: Range<Int>, document documentOf: (Int) -> Int, measure measureOf: (Int) -> Int) {
        var lastDocument: [String: Int] = [:]
        for row in rows {
            let document = documentOf(row), measure = measureOf(row)
            // An incremental analysis counts near the changed documents only (the corpus's counts come from `corpus`).
            if let wordScope, !wordScope.contains(document) { continue }
            // Counted without keeping every row's words and content (see `RowCache`).
            let rowWords = terms[row]?.words
                ?? words(document: document, measure: measure,
                         content: contents[row]?.content ?? uncachedContent(document: document, measure: measure))
            for folded in Set(rowWords.map(\.folded)) {
                var entry = wordFrequency[folded] ?? (0, 0)
                entry.measures += 1
                if lastDocument[folded] != document { entry.documents += 1; lastDocument[folded] = document }
                wordFrequency[folded] = entry
            }
        }
    }

    /// The segmenter's words of measure `row` (folded like `MeasureContent`, at least two characters,
    /// at least one ideograph), with their original text.
    mutating func words(_ row: Int, _ index: MeasureIndex) -> [(folded: String, text: String)] {
        if let cached = terms[row] { return cached.words }
        let result = words(row, index, content: content(row, index))
        terms[row] = PackedWords(result)
        return result
    }

    /// The words of measure `row` whose folded content is `content` (nothing kept).
    func words(_ row: Int, _ index: MeasureIndex, content: MeasureContent) -> [(folded: String, text: String)] {
        words(document: Int(index.documentOf[row]), measure: Int(index.measureOf[row]), content: content)
    }

    /// The words of measure `m` of document `d`, whose folded content is `content` (nothing kept).
    func words(document d: Int, measure m: Int, content: MeasureContent) -> [(folded: String, text: String)] {
        let document = form(d)
        let measure = document.measures[m]
        var result: [(folded: String, text: String)] = []
        guard let first = content.starts.first, let last = content.ends.last, last > first else { return result }
        // Tokenize the measure's text from its first to its last content character; map tokens back to
        // folded content units through their offsets (both in document order).
        let text = slice(document.text, first, last)
        var k = 0
        for token in segmenter.tokenize(text.isEmpty ? measure.text : text) {
            let start = first + token.start, end = first + token.end
            while k < content.starts.count && content.starts[k] < start { k += 1 }
            var units: [UInt16] = []
            var hasIdeograph = false
            var j = k
            while j < content.starts.count && content.starts[j] < end {
                let u = content.units[j]
                if u >= 0x3400 && u < 0xA000 { hasIdeograph = true }
                units.append(u); j += 1
            }
            guard units.count >= 2, hasIdeograph else { continue }
            result.append((String(utf16Units: units), token.text))
        }
        return result
    }

    // MARK: Ends and result

    /// Removes the links at `positions` (positions in `links`), keeping the others in their order.
    /// In place: the kept links move up over the removed ones (a filtered copy of the corpus's links held two copies
    /// of them at once, 140 MB each at twice the law corpus, in every rule that withholds links).
    mutating func removeLinks(at positions: Set<Int>) {
        guard !positions.isEmpty else { return }
        var kept = 0
        for n in links.indices where !positions.contains(n) {
            if kept != n { links.swapAt(kept, n) }
            kept += 1
        }
        links.removeLast(links.count - kept)
    }

    /// The end of document `i`: one per document, shared by all its links (`SharedEnds`).
    func end(_ i: Int) -> LinkEnd {
        ends.document(i) { LinkEnd(document: documents[i].id, docNumber: documents[i].docNumber, title: documents[i].title) }
    }

    /// The end of measure row `row`: one per measure, shared by all its links.
    func measureEnd(_ row: Int, _ index: MeasureIndex) -> LinkEnd {
        ends.measure(row) {
            let d = Int(index.documentOf[row])
            let measure = form(d).measures[Int(index.measureOf[row])]
            return LinkEnd(document: documents[d].id, docNumber: documents[d].docNumber, title: documents[d].title,
                           measure: measure.id, label: measure.label, measureTitle: measure.title)
        }
    }

    /// Shared passages are held as offsets while the analysis runs (their texts, a string each, were the largest
    /// part of a link's heap, made for links the rules then dropped); the texts are cut from the `from` document's
    /// text (a measure link's child, a document link's deriving document) for the links handed over.
    func cutSpanTexts(_ link: inout LineageLink) {
        guard let count = link.evidence?.spans.count, count > 0, let d = position[link.from.document] else { return }
        let text = form(d).text
        for k in 0..<count {
            guard let span = link.evidence?.spans[k] else { continue }
            link.evidence?.spans[k].text = slice(text, span.fromStart, span.fromEnd)
        }
    }

    /// With `ZHENGCE_HEAP_REPORT`, what the links cost by field (`LinkFootprint`).
    func reportFootprint(_ step: String) {
        guard HeapTrim.reporting else { return }
        let footprint = LinkFootprint(links, link: \.link, key: { [$0.key.from, $0.key.to] })
        FileHandle.standardError.write(Data("links after \(step): \(footprint)\n".utf8))
    }

    func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let utf16 = text.utf16
        let lower = max(0, min(start, utf16.count)), upper = max(lower, min(end, utf16.count))
        let a = utf16.index(utf16.startIndex, offsetBy: lower), b = utf16.index(utf16.startIndex, offsetBy: upper)
        return String(text[a..<b])
    }

    /// The analysis's result, every link in it (`handOver(batch:_:)` in one batch).
    mutating func result() -> LineageAnalysis {
        var handed: [LineageLink] = []
        handOver(batch: .max) { handed = $0 }
        return analysis(links: handed)
    }

    /// Hands the links over to `body` `size` at a time (at least one; no batch when there is no link), in the order
    /// of the result (`LinkSortKey`), without those with no end in the focus or with an end in an earlier shard. The
    /// links are sorted where they lie; each batch is moved out of them, its passages' texts cut, and given to
    /// `body`: once it returns, this analysis holds nothing of that batch (the corpus's links are the largest
    /// thing an analysis holds at its end, and their texts and stored rows were made for all of them at once).
    mutating func handOver(batch size: Int, _ body: ([LineageLink]) throws -> Void) rethrows {
        if let focus {
            let ids = Set(focus.map { documents[$0].id })
            links.removeAll { !ids.contains($0.link.from.document) && !ids.contains($0.link.to.document) }
        }
        if !done.isEmpty {
            // A shard: the links with an end in an earlier shard were made with that shard.
            let ids = Set(done.map { documents[$0].id })
            links.removeAll { ids.contains($0.link.from.document) || ids.contains($0.link.to.document) }
        }
        links.sort { $0.key < $1.key }
        stepDone("lineage: \(links.count) links in order")
        reportFootprint("hand-over (passages' texts not cut)")
        // Last first, so that each batch is taken from the end of the array and its links let go there.
        links.reverse()
        let size = max(1, size)
        while !links.isEmpty {
            let count = min(size, links.count)
            var batch = links[(links.count - count)...].reversed().map(\.link)
            links.removeLast(count)
            if links.isEmpty { links = [] }
            for n in batch.indices { cutSpanTexts(&batch[n]) }
            try body(batch)
        }
    }

    /// The analysis's result with `links` (the documents, external ones after the corpus's, the alignment
    /// statistics and, when kept, the corpus counts).
    func analysis(links: [LineageLink]) -> LineageAnalysis {
        var nodes: [LineageDocument] = documents.enumerated().map { i, document in
            LineageDocument(id: document.id, docNumber: document.docNumber, title: document.title, date: times[i].exact,
                            earliestDate: times[i].exact == nil ? times[i].earliest : nil,
                            dateBasis: times[i].exact == nil ? times[i].basis : nil,
                            latestDate: times[i].exact == nil ? times[i].latest : nil, level: document.level,
                            region: document.region, status: document.status, external: false,
                            measures: measureCounts[i])
        }
        nodes.append(contentsOf: externals.values.sorted { $0.id < $1.id })
        var analysis = LineageAnalysis(graph: LineageGraph(documents: nodes, links: links), documents: documents,
                                       statistics: statistics)
        analysis.nearDocuments = wordScope?.count
        analysis.corpusStatistics = corpusStatistics
        analysis.candidateCap = capRecord
        analysis.capWidened = Set(capWidened.map { documents[$0].id })
        return analysis
    }

    /// The corpus counts an incremental run starts from, when kept (`keepStatistics`).
    var corpusStatistics: CorpusStatistics? {
        guard keepStatistics, let index else { return nil }
        return CorpusStatistics(measures: index.count, documents: index.documentCount, words: wordCounts, terms: termCountsKept)
    }
}

extension LineageAnalyzer {
    /// `links` in the order of an analysis's result (document links first, then measure links by deriving
    /// document and measure, type, best score first), measures placed by their order in `documents`: how
    /// the links kept from an earlier analysis and the new links of changed documents are put together.
    public static func sorted(_ links: [LineageLink], documents: [PolicyDocument]) -> [LineageLink] {
        var position: [PlainText: [PlainText: Int]] = [:]
        for document in documents {
            var measures: [PlainText: Int] = [:]
            for (k, measure) in document.measures.enumerated() { measures[PlainText(measure.id)] = k }
            position[PlainText(document.id)] = measures
        }
        // Documents compared by their rank in `String` order (ids are checked once, see `PlainText`).
        let ids = links.flatMap { [PlainText($0.from.document), PlainText($0.to.document)] }
        var rank: [PlainText: Int] = [:]
        for id in Set(ids).sorted() { rank[id] = rank.count }
        func key(_ n: Int) -> LinkSortKey<Int> {
            let link = links[n]
            let from = ids[2 * n], to = ids[2 * n + 1]
            guard let fromMeasure = link.from.measure, let toMeasure = link.to.measure else {
                return LinkSortKey(document: true, type: link.type, from: rank[from]!, to: rank[to]!)
            }
            return LinkSortKey(document: false, type: link.type, from: rank[from]!,
                               fromMeasure: position[from]?[PlainText(fromMeasure)] ?? -1, score: link.score ?? 0,
                               to: rank[to]!, toMeasure: position[to]?[PlainText(toMeasure)] ?? -1)
        }
        let keys = links.indices.map(key)
        return links.indices.sorted { keys[$0] < keys[$1] }.map { links[$0] }
    }
}

/// Link ends made once and shared by every link of the document or measure (a `LinkEnd` is a shared box).
final class SharedEnds: @unchecked Sendable {
    private var documents: [LinkEnd?] = []
    private var rows: [LinkEnd?] = []
    private let lock = NSLock()

    func document(_ i: Int, _ make: () -> LinkEnd) -> LinkEnd { lookUp(i, in: \.documents, make) }
    /// Every end made (diagnostics).
    var allEnds: [LinkEnd] { lock.lock(); defer { lock.unlock() }; return documents.compactMap { $0 } + rows.compactMap { $0 } }
    func measure(_ row: Int, _ make: () -> LinkEnd) -> LinkEnd { lookUp(row, in: \.rows, make) }

    private func lookUp(_ n: Int, in list: ReferenceWritableKeyPath<SharedEnds, [LinkEnd?]>, _ make: () -> LinkEnd) -> LinkEnd {
        lock.lock()
        defer { lock.unlock() }
        if n < self[keyPath: list].count, let known = self[keyPath: list][n] { return known }
        let made = make()
        if n >= self[keyPath: list].count { self[keyPath: list].append(contentsOf: repeatElement(nil, count: n + 1 - self[keyPath: list].count)) }
        self[keyPath: list][n] = made
        return made
    }
}

/// Deterministic order of links: document links first (cites, derives, related, version), then
/// measure links by deriving document and measure, best score first. Documents are named by their
/// ids, or by their ranks in id order.
struct LinkSortKey<ID: Comparable & Hashable>: Comparable, Hashable {
    var document: Bool
    var type: LinkType
    var from: ID
    var fromMeasure: Int = -1
    var score: Double = 0
    var to: ID
    var toMeasure: Int = -1

    static func < (l: LinkSortKey, r: LinkSortKey) -> Bool {
        if l.document != r.document { return l.document }
        if l.document {
            if l.type != r.type { return l.type.order < r.type.order }
            return (l.from, l.to) < (r.from, r.to)
        }
        if l.from != r.from { return l.from < r.from }
        if l.fromMeasure != r.fromMeasure { return l.fromMeasure < r.fromMeasure }
        if l.type != r.type { return l.type.order < r.type.order }
        if l.score != r.score { return l.score > r.score }
        return (l.to, l.toMeasure) < (r.to, r.toMeasure)
    }
}

extension LinkSortKey: Sendable where ID: Sendable {}

extension LinkType {
    /// Position in listings.
    var order: Int {
        switch self {
        case .cites: return 0
        case .derives: return 1
        case .related: return 2
        case .version: return 3
        case .parallel: return 4
        case .repeals: return 5
        }
    }
}
