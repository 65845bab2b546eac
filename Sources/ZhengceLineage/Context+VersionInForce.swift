import ZhengceDocument

extension Context {
    /// A text takes from the version of a higher or earlier text that was in force when it was made. When one
    /// end — a measure, or a whole document — has links into several versions of one text, only those to the
    /// version in force at its own time are kept: the latest of the linked versions not dated after it. The
    /// others join it through the `version` links of the text. A provincial regulation of 2019 restating an article
    /// that 气象法 has kept since 1999 is linked to the 2016 text, not also to those of 2009 and 2014; a text that
    /// keeps an article its parent's later version dropped keeps that link (no newer version of the parent has the
    /// article). Undated ends, and ends that no linked version precedes, keep all their links: nothing says which
    /// version they read. Inferred `derives`, `related` and `parallel` links are dropped; a citation (which
    /// resolves to the version in force already) counts as a link of the document; runs last, on every such link (an
    /// incremental analysis remakes the links of every version of a changed text, so it keeps what a full one does).
    mutating func keepVersionsInForce() {
        guard options.versionInForce else { return }
        struct End: Hashable { var document: Bool; var from: String; var fromMeasure: Int }
        func eligible(_ link: LineageLink) -> Bool {
            link.inferred && (link.type == .derives || link.type == .related || link.type == .parallel)
        }
        var targets: [End: Set<Int>] = [:]
        for item in links where eligible(item.link) || item.link.type == .cites {
            guard let to = position[item.key.to], !versions[to].isEmpty else { continue }
            targets[End(document: item.key.document, from: item.key.from, fromMeasure: item.key.fromMeasure), default: []].insert(to)
        }
        // For each end, the linked versions it should not keep.
        var superseded: [End: Set<Int>] = [:]
        for (end, linked) in targets where linked.count > 1 {
            guard let from = position[end.from] else { continue }
            let dropped = versionsOutOfForce(linked, at: from)
            if !dropped.isEmpty { superseded[end] = dropped }
        }
        guard !superseded.isEmpty else { return }
        var dropped = 0
        links.removeAll { item in
            guard eligible(item.link), let to = position[item.key.to],
                  superseded[End(document: item.key.document, from: item.key.from, fromMeasure: item.key.fromMeasure)]?
                    .contains(to) ?? false else { return false }
            dropped += 1
            return true
        }
        statistics.versionsOutOfForceDropped = dropped
    }

    /// Of the documents `linked` (corpus indices), those that are versions of another of them which was in force
    /// at document `from`'s time instead: for each text, the versions dated not after `from` are in force in turn,
    /// and the latest of them (those no other precedes) is kept with every version that cannot be placed.
    func versionsOutOfForce(_ linked: Set<Int>, at from: Int) -> Set<Int> {
        var result = Set<Int>()
        for p in linked {
            let family = linked.filter { $0 == p || versions[p].contains($0) }
            guard family.count > 1 else { continue }
            let readable = family.filter {
                let order = TemporalOrder.compare(times[$0], times[from])
                return order == .before || order == .same
            }
            guard !readable.isEmpty else { continue }
            let inForce = readable.filter { v in
                !readable.contains { TemporalOrder.compare(times[v], times[$0]) == .before }
            }
            // Kept: the version in force, and a version that cannot be placed against it.
            if inForce.contains(p) { continue }
            let placed = inForce.allSatisfy {
                let order = TemporalOrder.compare(times[p], times[$0])
                return order == .before || order == .after
            }
            if placed { result.insert(p) }
        }
        return result
    }
}
