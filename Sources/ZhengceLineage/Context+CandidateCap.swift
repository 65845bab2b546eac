extension Context {
    /// Which of `count` candidates, in the order the cap reads them (best first), the cap keeps: a candidate while its
    /// later or its earlier row holds fewer than `linksPerMeasure` kept candidates of its type; a version pairs each
    /// measure once with each other version (`item(n)`: child row, parent row, type).
    /// The counts of kept candidates lie in two arrays of a byte per row and type (`capTypes`), saturating (only
    /// whether a count is below `linksPerMeasure` is read).
    func capKeeps(_ count: Int, index: MeasureIndex, _ item: (Int) -> (child: Int32, parent: Int32, type: LinkType)) -> [Bool] {
        precondition(options.linksPerMeasure < Int(UInt8.max), "the cap counts in bytes")
        var perFrom = [UInt8](repeating: 0, count: index.count * Context.capTypes), perTo = perFrom
        var pairedFrom = Set<UInt64>(), pairedTo = Set<UInt64>()
        var keeps = [Bool](repeating: false, count: count)
        for n in 0..<count {
            let candidate = item(n)
            let child = UInt64(candidate.child), parent = UInt64(candidate.parent)
            if candidate.type == .version {
                let toDocument = UInt64(index.documentOf[Int(parent)]), fromDocument = UInt64(index.documentOf[Int(child)])
                guard !pairedFrom.contains(child << 32 | toDocument), !pairedTo.contains(parent << 32 | fromDocument) else { continue }
                pairedFrom.insert(child << 32 | toDocument)
                pairedTo.insert(parent << 32 | fromDocument)
                keeps[n] = true
                continue
            }
            let fromKey = Int(child) * Context.capTypes + candidate.type.order
            let toKey = Int(parent) * Context.capTypes + candidate.type.order
            guard Int(perFrom[fromKey]) < options.linksPerMeasure || Int(perTo[toKey]) < options.linksPerMeasure else { continue }
            if perFrom[fromKey] < UInt8.max { perFrom[fromKey] += 1 }
            if perTo[toKey] < UInt8.max { perTo[toKey] += 1 }
            keeps[n] = true
        }
        return keeps
    }

    /// Link types the cap counts apart (`LinkType.order`: 0 ..< 6).
    static let capTypes = LinkType.allCases.count

    /// Records every candidate of a full analysis and whether the cap kept it (`capRecord`), for later incremental ones.
    mutating func recordCandidates(_ candidates: [Candidate], raw: [Double], keeps: [Bool], index: MeasureIndex) {
        capRecord = CandidateCap(documents: documents.map(\.id), entries: candidates.indices.map { n in
            let c = candidates[n]
            return CandidateCap.Entry(child: c.child, parent: c.parent, type: c.type, kept: keeps[n], score: c.score, raw: raw[n], index: index)
        })
    }

    /// The cap of an incremental analysis, as a full analysis of the same corpus applies it: this analysis's candidates
    /// with an end in a changed document (`candidates`, in the cap's order, `raw` their alignments' scores) and the
    /// stored candidates of the other documents (`stored`, the last record) read together in the cap's order. Returns
    /// the kept ones of this analysis; records the whole list anew (`capRecord`); and names in `capWidened` the
    /// documents of stored candidates whose fate changed (their links must be made again). A stored end that is no
    /// longer a row of the index (its document removed) drops its candidate.
    mutating func capWithStored(_ candidates: [Candidate], raw: [Double], stored: CandidateCap, index: MeasureIndex) -> [Candidate] {
        let focus = focus ?? []
        // Stored ends as rows of this index.
        var rowOf: [UInt64: Int32] = [:]
        rowOf.reserveCapacity(index.count)
        for row in 0..<index.count { rowOf[UInt64(UInt32(index.documentOf[row])) << 32 | UInt64(UInt32(index.measureOf[row]))] = Int32(row) }
        let storedPosition = stored.documents.map { position[$0] }
        func row(_ document: Int32, _ measure: Int32) -> Int32? {
            guard let current = storedPosition[Int(document)], !focus.contains(current) else { return nil }
            return rowOf[UInt64(UInt32(current)) << 32 | UInt64(UInt32(measure))]
        }
        let types = Dictionary(uniqueKeysWithValues: LinkType.allCases.map { (UInt8($0.order), $0) })
        struct Ranked { var child: Int32, parent: Int32, type: LinkType, score: Double, raw: Double, source: Int }
        var ranked: [Ranked] = []
        for n in candidates.indices {
            let c = candidates[n]
            guard focus.contains(Int(index.documentOf[Int(c.child)])) || focus.contains(Int(index.documentOf[Int(c.parent)])) else { continue }
            ranked.append(Ranked(child: c.child, parent: c.parent, type: c.type, score: c.score, raw: raw[n], source: n))
        }
        for (k, e) in stored.entries.enumerated() {
            guard let child = row(e.child, e.childMeasure), let parent = row(e.parent, e.parentMeasure), let type = types[e.type] else { continue }
            ranked.append(Ranked(child: child, parent: parent, type: type, score: e.score, raw: e.raw, source: -1 - k))
        }
        // The order of `keptCandidates`: score, then the link's sort key (rows' documents and measures, type, raw score).
        ranked.sort { l, r in
            if l.score != r.score { return l.score > r.score }
            let lc = Int(l.child), rc = Int(r.child), lp = Int(l.parent), rp = Int(r.parent)
            if index.documentOf[lc] != index.documentOf[rc] { return index.documentOf[lc] < index.documentOf[rc] }
            if index.measureOf[lc] != index.measureOf[rc] { return index.measureOf[lc] < index.measureOf[rc] }
            if l.type != r.type { return l.type.order < r.type.order }
            if l.raw != r.raw { return l.raw > r.raw }
            if index.documentOf[lp] != index.documentOf[rp] { return index.documentOf[lp] < index.documentOf[rp] }
            return index.measureOf[lp] < index.measureOf[rp]
        }
        let keeps = capKeeps(ranked.count, index: index) { (ranked[$0].child, ranked[$0].parent, ranked[$0].type) }
        var kept: [Candidate] = []
        for (n, r) in ranked.enumerated() {
            if r.source >= 0 {
                if keeps[n] { kept.append(candidates[r.source]) }
            } else if stored.entries[-1 - r.source].kept != keeps[n] {
                capWidened.insert(Int(index.documentOf[Int(r.child)]))
                capWidened.insert(Int(index.documentOf[Int(r.parent)]))
            }
        }
        capRecord = CandidateCap(documents: documents.map(\.id), entries: ranked.indices.map { n in
            let r = ranked[n]
            return CandidateCap.Entry(child: r.child, parent: r.parent, type: r.type, kept: keeps[n], score: r.score, raw: r.raw, index: index)
        })
        return kept
    }
}

extension CandidateCap.Entry {
    /// The entry of a candidate between rows `child` and `parent` of `index`, its ends named by document and measure.
    init(child: Int32, parent: Int32, type: LinkType, kept: Bool, score: Double, raw: Double, index: MeasureIndex) {
        self.init(child: index.documentOf[Int(child)], childMeasure: index.measureOf[Int(child)],
                  parent: index.documentOf[Int(parent)], parentMeasure: index.measureOf[Int(parent)],
                  type: UInt8(type.order), kept: kept, score: score, raw: raw)
    }
}
