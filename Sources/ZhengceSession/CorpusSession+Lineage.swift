import Foundation
import ZhengceDocument
import ZhengceLineage
import ZhengceStore
import ZhengceText

/// How `linkAndExport` brought the lineage links up to date.
public enum LineageUpdate: Sendable, Hashable, CustomStringConvertible {
    /// Every document analysed (the first run, `fullLineage`, a new tool or lexicon, or many changes).
    case full
    /// Only the links of changed documents made again (`changed` added or edited, `removed`): their
    /// measures aligned against every document, words compared in the `near` documents (the changed ones
    /// and those linked to them, cited, citing or versions) with the word counts of the last full run.
    case incremental(changed: Int, removed: Int, near: Int)
    /// No document changed since the links were made: they were read from the store.
    case unchanged

    public var description: String {
        switch self {
        case .full: return "lineage: every document analysed"
        case .incremental(let changed, let removed, let near):
            return "lineage: links of \(changed) changed and \(removed) removed documents made again (words compared in \(near) documents near them)"
        case .unchanged: return "lineage: no document changed, links read from the store"
        }
    }
}

extension CorpusSession {
    /// Blob key of the corpus counts of the last full lineage analysis.
    static let statisticsKey = "lineage-statistics"
    /// The blob of the candidates the cap read in the last analysis (`CandidateCap`), for incremental ones.
    static let candidateCapKey = "lineage-candidates"

    /// Brings the store's lineage links up to date with `documents` (every stored document, departments
    /// resolved, in their lineage forms, or with `light` their light forms: `LineageAnalyzer.light`) and returns all
    /// of them in the order of an analysis's result. With `light`, a full analysis in shards reads the lineage forms it
    /// needs from the store as it goes (`lineageForms`); any other way reads them all from the store first.
    ///
    /// A full analysis keeps the corpus's counts (`CorpusStatistics`) and which documents it saw
    /// (`LineageState`). Later, when at most `incrementalLineageShare` of a corpus of at least
    /// `incrementalLineageAbove` documents changed since that full analysis, only the links with an end
    /// in a changed document are made again (see `LineageAnalyzer.analyze(_:changed:neighbours:corpus:)`):
    /// the other links stay as they were. With no change, links are read back from the store.
    ///
    /// With `returningLinks` false, the links are brought up to date but not read back, nor held after they are
    /// stored (an empty list). `notBusy` is called once it is known that lineage will not analyse every
    /// document (no change, or an incremental run), before the work: lineage leaves a core free most of the time;
    /// `busy` before a full analysis.
    func updateLinks(_ given: [PolicyDocument], light: Bool = false, segmenter: Segmenter, fullLineage: Bool,
                     returningLinks: Bool = true, stage: ((String) -> Void)? = nil, notBusy: (() throws -> Void)? = nil,
                     busy: (() -> Void)? = nil) throws -> (links: [LineageLink], update: LineageUpdate) {
        // Every document's lineage form, read from the store the first time a way other than a run in shards needs them.
        var whole: [PolicyDocument]? = light ? nil : given
        func wholeForms() throws -> [PolicyDocument] {
            if let whole { return whole }
            let made = try lineageForms(given.map(\.id))
            whole = made
            return made
        }
        let fingerprint = try store.meta("fingerprint") ?? "-"
        let current = try store.documentDigests()
        let analyzer = LineageAnalyzer(options: lineageOptions, segmenter: segmenter)
        if !fullLineage, let state = try store.blob(LineageState.key).flatMap(LineageState.init(decoding:)),
           state.fingerprint == fingerprint {
            let (changed, removed) = state.changes(to: current)
            if changed.isEmpty && removed.isEmpty {
                try notBusy?()
                guard returningLinks else { return ([], .unchanged) }
                stage?("reading links")
                return (try storedLinks(try wholeForms()), .unchanged)
            }
            let total = state.changedSinceFull + changed.count + removed.count
            if given.count >= incrementalLineageAbove,
               Double(total) <= incrementalLineageShare * Double(given.count),
               let statistics = try store.blob(CorpusSession.statisticsKey).flatMap(CorpusStatistics.init(decoding:)) {
                try notBusy?()
                let documents = try wholeForms()
                let ids = Set(current.keys)
                // Documents whose citations named a removed document, or a new one while it was absent,
                // have their links made again too.
                var focus = changed
                focus.formUnion(try store.linkedDocuments(removed).intersection(ids))
                let named = documents.filter { changed.contains($0.id) }.flatMap(LineageAnalyzer.externalIDs(naming:))
                focus.formUnion(try store.linkedDocuments(Set(named)).intersection(ids))
                // Measure version links join consecutive versions only: a changed version changes its versions' links.
                focus.formUnion(try store.linkedDocuments(changed.union(removed), type: LinkType.version.rawValue).intersection(ids))
                focus.formUnion(LineageAnalyzer.versionMates(of: changed, in: documents))
                let cap = try store.blob(CorpusSession.candidateCapKey).flatMap(CandidateCap.init(decoding:))
                var neighbours = try store.linkedDocuments(focus).intersection(ids)
                // The links that stay are read on another thread while the changed documents are aligned.
                var touched = focus.union(removed)
                var kept = BackgroundWork { [store, touched] in returningLinks ? try CorpusSession.storedLinks(in: store, excluding: touched) : [] }
                var analysis = analyzer.analyze(documents, changed: focus, neighbours: neighbours, corpus: statistics, cap: cap)
                if !analysis.capWidened.isEmpty {
                    // The cap, read over the whole corpus, now decides otherwise on candidates of other documents: their links
                    // are made again too (once: the cap's choice is the same over the same candidates).
                    focus.formUnion(analysis.capWidened)
                    neighbours = try store.linkedDocuments(focus).intersection(ids)
                    touched = focus.union(removed)
                    _ = try? kept.result()
                    kept = BackgroundWork { [store, touched] in returningLinks ? try CorpusSession.storedLinks(in: store, excluding: touched) : [] }
                    analysis = analyzer.analyze(documents, changed: focus, neighbours: neighbours, corpus: statistics, cap: cap)
                }
                let next = LineageState(fingerprint: fingerprint, changedSinceFull: total, documents: current)
                let made = analysis.graph.links.map(CorpusSession.record)
                stage?("storing links")
                try store.write { writer in
                    try writer.replaceLinks(touching: touched, with: made)
                    try writer.setBlob(CorpusSession.candidateCapKey, analysis.candidateCap?.encoded())
                    try writer.setBlob(LineageState.key, next.encoded())
                }
                guard returningLinks else {
                    return ([], .incremental(changed: changed.count, removed: removed.count, near: analysis.nearDocuments ?? 0))
                }
                stage?("reading links")
                // As the store now holds them: the links kept, then the new ones (read back as stored).
                var links = try kept.result()
                var reader = StoredLinkReader()
                for record in made { if let link = try reader.link(record) { links.append(link) } }
                return (LineageAnalyzer.sorted(links, documents: documents),
                        .incremental(changed: changed.count, removed: removed.count, near: analysis.nearDocuments ?? 0))
            }
        }
        busy?()
        if let (size, above) = lineageShards, given.count > above {
            // A full analysis in shards: one shard's alignments and links held at a time, each shard's links stored.
            // The lineage state and the export's stamp go with the first shard's links; the state comes back once the
            // last is stored: a run stopped between shards (killed, a disk full) leaves neither, so the next run
            // analyses again in full instead of taking the links of the shards stored so far for the corpus's.
            var first = true
            var cap: CandidateCap?
            // Every document's light form held, the lineage forms of those a step reads read from the store meanwhile.
            let light = whole.map { $0.map(LineageAnalyzer.light) } ?? given
            let statistics = try analyzer.analyzeInShards(light: light, forms: formLoader(held: whole),
                                                          size: size, candidateCap: { cap = $0 }) { analysis in
                // Each link's row made as it is written, in a transaction with the store's usual cache (as one piece
                // stores its links): the large write cache holds the pages of every row written until the commit, and
                // every record was made first (at five times the law corpus the samples at a shard's hand-over lay
                // ~300 MB above its resident after the step, the run's peak).
                let made = analysis.graph.links.lazy.map(CorpusSession.record)
                try store.write(largeCache: false) { writer in
                    if first {
                        try writer.setBlob(LineageState.key, nil)
                        try writer.setMeta(CorpusSession.exportStampKey, "")
                        try writer.replaceLinks(made)
                    } else {
                        try writer.replaceLinks(touching: [], with: made)
                    }
                }
                first = false
                HeapTrim.note("lineage: shard stored (\(analysis.graph.links.count) links)")
            }
            stage?("storing links")
            let state = LineageState(fingerprint: fingerprint, changedSinceFull: 0, documents: current)
            try store.write { writer in
                try writer.setBlob(CorpusSession.statisticsKey, statistics.encoded())
                try writer.setBlob(CorpusSession.candidateCapKey, cap?.encoded())
                try writer.setBlob(LineageState.key, state.encoded())
            }
            guard returningLinks else { return ([], .full) }
            stage?("reading links")
            return (try storedLinks(try wholeForms()), .full)
        }
        let analysis = analyzer.analysisHandingOver(try wholeForms(), keepingStatistics: true)
        stage?("storing links")
        let state = LineageState(fingerprint: fingerprint, changedSinceFull: 0, documents: current)
        var links: [LineageLink] = []
        // Links are rows appended: the transaction keeps the store's usual cache (a large one held the rows of every
        // link until the commit: +163 MB resident on the law corpus).
        try store.write(largeCache: false) { writer in
            // The links go to the store a batch at a time, each batch's passages' texts cut and its rows made as it
            // is written, and let go (unless returned): not every link held twice, as links and as rows.
            try writer.replaceLinks([])
            var batches = 0
            try analysis.handOver(batch: linkBatchSize) { batch in
                try writer.addLinks(batch.lazy.map(CorpusSession.record))
                if returningLinks { links.append(contentsOf: batch) }
                batches += 1
                if batches == 1 { HeapTrim.note("lineage: first batch of links stored") }
            }
            HeapTrim.note("lineage: links stored")
            try writer.setBlob(CorpusSession.statisticsKey, analysis.corpusStatistics?.encoded())
            try writer.setBlob(CorpusSession.candidateCapKey, analysis.candidateCap?.encoded())
            try writer.setBlob(LineageState.key, state.encoded())
        }
        return (links, .full)
    }

    /// The lineage forms (`LineageAnalyzer.reading`) of the documents `ids`, in that order (`formLoader`).
    func lineageForms(_ ids: [String], from held: [PolicyDocument]? = nil) throws -> [PolicyDocument] {
        try formLoader(held: held)(ids)
    }

    /// What gives the lineage forms of the documents whose ids it is given, in that order (an id not stored left out):
    /// from `held` (the lineage forms, when the caller holds them), else from the session's documents when it keeps
    /// them (looked up by id in a table made once), else read from the store a batch at a time (each batch's whole
    /// documents let go once their forms are made).
    func formLoader(held: [PolicyDocument]? = nil) -> ([String]) throws -> [PolicyDocument] {
        if let held = held ?? cachedDocuments {
            let byID = Dictionary(held.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            return { ids in ids.compactMap { byID[$0].map(LineageAnalyzer.reading) } }
        }
        return { [store] ids in
            var forms: [PolicyDocument] = []
            forms.reserveCapacity(ids.count)
            for start in stride(from: 0, to: ids.count, by: CorpusSession.formBatch) {
                let batch = try store.documents(ids: Array(ids[start..<min(ids.count, start + CorpusSession.formBatch)]))
                forms += batch.count == 1 ? [LineageAnalyzer.reading(batch[0])] : ConcurrentMap.run(batch.count) { LineageAnalyzer.reading(batch[$0]) }
            }
            return forms
        }
    }

    /// Documents read from the store at a time for their lineage forms (`lineageForms`).
    static let formBatch = 256

    /// The stored links as lineage links, in the order of an analysis's result (after an incremental run the
    /// links kept and the links made again are stored apart).
    func storedLinks(_ documents: [PolicyDocument]) throws -> [LineageLink] {
        LineageAnalyzer.sorted(try CorpusSession.storedLinks(in: store, excluding: []), documents: documents)
    }

    /// The links of `store` in its order, but those with an end in one of the documents `excluding` (ids).
    static func storedLinks(in store: Store, excluding: Set<String>) throws -> [LineageLink] {
        var reader = StoredLinkReader()
        var links: [LineageLink] = []
        try store.forEachLink { record in
            if !excluding.isEmpty, excluding.contains(record.fromDocument) || excluding.contains(record.toDocument) { return }
            if let link = try reader.link(record) { links.append(link) }
        }
        return links
    }
}
