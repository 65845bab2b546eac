import ZhengceDocument
import ZhengceText

/// Compares two versions of a policy document provision by provision.
public struct DocumentDiffer: Sendable {
    /// The provision aligner.
    public var aligner = ProvisionAligner()
    /// Keep unchanged provisions in `DocumentDiff.changes` (they are always counted).
    public var includeUnchanged = false
    /// Cuts the text into words, for the aligner's rewritten pass and the word diff inside a change
    /// (the aligner's segmenter: the bundled `Segmenter.shared` unless told).
    public var segmenter: Segmenter {
        get { aligner.segmenter }
        set { aligner.segmenter = newValue }
    }

    /// Makes a differ whose words come from `segmenter`.
    public init(includeUnchanged: Bool = false, segmenter: Segmenter = .shared) {
        self.includeUnchanged = includeUnchanged
        aligner.segmenter = segmenter
    }

    /// The diff from `old` to `new`.
    public func diff(old: PolicyDocument, new: PolicyDocument) -> DocumentDiff {
        diff(old: old, new: new, oldUnits: DiffUnit.units(of: old), newUnits: DiffUnit.units(of: new))
    }

    /// The diff from `old` to `new` over units already cut.
    public func diff(old: PolicyDocument, new: PolicyDocument, oldUnits: [DiffUnit], newUnits: [DiffUnit]) -> DocumentDiff {
        var aligner = self.aligner
        if let a = old.title.map(ComparisonKey.make), !a.isEmpty, a == new.title.map(ComparisonKey.make) { aligner.sameText = true }
        let alignment = aligner.align(old: oldUnits, new: newUnits)
        // Partner of each old unit (first part for splits and merges), to check sections.
        var partner: [Int: Int] = [:], partners: [Int: Set<Int>] = [:]
        for (o, n) in alignment.pairs {
            if partner[o] == nil { partner[o] = n }
            partners[o, default: []].insert(n)
        }
        /// The parent's counterpart holds the new unit, directly or through a section added (or
        /// dropped) between them.
        func sameSection(_ o: Int, _ n: Int) -> Bool {
            let po = oldUnits[o].parent, pn = newUnits[n].parent
            if po == nil && pn == nil { return true }
            guard let po, let pn else { return false }
            var p: Int? = pn
            while let q = p { if partners[po]?.contains(q) ?? false { return true }; p = newUnits[q].parent }
            p = oldUnits[po].parent
            while let q = p { if partners[q]?.contains(pn) ?? false { return true }; p = oldUnits[q].parent }
            return false
        }

        let oldWhole = DiffUnit.wholeKeys(oldUnits), newWhole = DiffUnit.wholeKeys(newUnits)
        var entries: [(order: Double, change: ProvisionChange)] = []
        var summary = DocumentDiff.Summary(), articles = DocumentDiff.Summary()
        // Articles (第…条) when either version has them, otherwise the top-level provisions.
        let byArticle = oldUnits.contains { DiffUnit.isArticleLabel($0.label) } || newUnits.contains { DiffUnit.isArticleLabel($0.label) }
        func isArticle(_ u: DiffUnit, old: Bool) -> Bool {
            byArticle ? DiffUnit.isArticleLabel(u.label) : u.parent == nil && !u.isHeading && u.label != DiffUnit.preambleLabel
        }
        for link in alignment.links {
            switch link {
            case .pair(let o, let n, let inOrder):
                let a = oldUnits[o], b = newUnits[n]
                let sameText = a.key == b.key
                // Renumbered or unchanged only when nothing beneath (items included) changed either.
                let samePartsToo = sameText && oldWhole[o] == newWhole[n]
                let sameLabel = ComparisonKey.make(a.label) == ComparisonKey.make(b.label)
                let kind: ChangeKind
                if !inOrder || !sameSection(o, n) { kind = .moved }
                else if samePartsToo { kind = sameLabel ? .unchanged : .renumbered }
                else { kind = .modified }
                summary.count(kind)
                if isArticle(a, old: true) { articles.count(kind) }
                guard kind != .unchanged || includeUnchanged else { continue }
                let change = ProvisionChange(
                    kind: kind, old: ProvisionRef(a), new: ProvisionRef(b),
                    similarity: sameText && !samePartsToo ? similarity(oldWhole[o], newWhole[n]) : similarity(a.key, b.key),
                    text: sameText ? (kind == .unchanged ? [] : [TextRun(op: .equal, text: b.content)])
                        : WordDiff.runs(old: a.content, new: b.content, segmenter: segmenter),
                    departments: departmentChanges(old: a.departments, new: b.departments),
                    targets: targetChanges(old: a.targets, new: b.targets))
                entries.append((Double(n), change))
            case .split(let o, let ns):
                let a = oldUnits[o], parts = ns.map { newUnits[$0] }
                let joined = parts.map(\.content).joined(separator: "\n")
                summary.count(.split)
                if isArticle(a, old: true) { articles.count(.split) }
                entries.append((Double(ns[0]), ProvisionChange(
                    kind: .split, old: ProvisionRef(a), new: ProvisionRef(parts[0]), newParts: parts.map(ProvisionRef.init),
                    similarity: similarity(a.key, ComparisonKey.make(joined)),
                    text: WordDiff.runs(old: a.content, new: joined, segmenter: segmenter),
                    departments: departmentChanges(old: a.departments, new: parts.flatMap(\.departments)),
                    targets: targetChanges(old: a.targets, new: parts.flatMap(\.targets)))))
            case .merge(let os, let n):
                let parts = os.map { oldUnits[$0] }, b = newUnits[n]
                let joined = parts.map(\.content).joined(separator: "\n")
                summary.count(.merged)
                if isArticle(b, old: false) { articles.count(.merged) }
                entries.append((Double(n), ProvisionChange(
                    kind: .merged, old: ProvisionRef(parts[0]), new: ProvisionRef(b), oldParts: parts.map(ProvisionRef.init),
                    similarity: similarity(ComparisonKey.make(joined), b.key),
                    text: WordDiff.runs(old: joined, new: b.content, segmenter: segmenter),
                    departments: departmentChanges(old: parts.flatMap(\.departments), new: b.departments),
                    targets: targetChanges(old: parts.flatMap(\.targets), new: b.targets))))
            }
        }
        // A removed unit stands after the new counterpart of the nearest old unit before it; one with a nearest new
        // article (no confident counterpart, but not nothing either) is `uncertain` and names it.
        for o in alignment.removed {
            let a = oldUnits[o]
            var anchor = -1.0
            var p = o - 1
            while p >= 0 { if let n = partner[p] { anchor = Double(n); break }; p -= 1 }
            // Items beneath an uncertain article share its state and its nearest article.
            var nearest = alignment.nearest[o], up = a.parent
            while nearest == nil, let q = up { nearest = alignment.nearest[q]; up = oldUnits[q].parent }
            let kind: ChangeKind = nearest == nil ? .removed : .uncertain
            summary.count(kind)
            if isArticle(a, old: true) { articles.count(kind) }
            entries.append((anchor + 0.5 + Double(o) / Double(oldUnits.count + 1) * 0.4, ProvisionChange(
                kind: kind, old: ProvisionRef(a), new: nil, similarity: 0,
                text: [TextRun(op: .delete, text: a.content)],
                departments: departmentChanges(old: a.departments, new: []),
                targets: targetChanges(old: a.targets, new: []),
                nearest: nearest.map { ProvisionRef(newUnits[$0.new]) },
                nearestShare: nearest.map { ($0.share * 1000).rounded() / 1000 })))
        }
        for n in alignment.added {
            let b = newUnits[n]
            summary.count(.added)
            if isArticle(b, old: false) { articles.count(.added) }
            entries.append((Double(n), ProvisionChange(
                kind: .added, old: nil, new: ProvisionRef(b), similarity: 0,
                text: [TextRun(op: .insert, text: b.content)],
                departments: departmentChanges(old: [], new: b.departments),
                targets: targetChanges(old: [], new: b.targets))))
        }
        entries.sort { $0.order < $1.order }
        let metadata = metadataChanges(old: old, new: new)
        summary.metadata = metadata.count
        return DocumentDiff(old: DocumentSide(old, units: oldUnits.count), new: DocumentSide(new, units: newUnits.count),
                            summary: summary, articles: articles, metadata: metadata, changes: entries.map(\.change))
    }

    /// Dice similarity of two comparison keys, rounded to three decimals.
    func similarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        return (min(Shingles(a).dice(Shingles(b)), 0.999) * 1000).rounded() / 1000
    }

    /// Departments added, removed, and a changed lead; nil when none.
    func departmentChanges(old: [Responsibility], new: [Responsibility]) -> DepartmentChanges? {
        func name(_ r: Responsibility) -> String { r.department ?? r.name }
        func unique(_ names: [String]) -> [String] {
            var seen = Set<String>()
            return names.filter { seen.insert(ComparisonKey.make($0)).inserted }
        }
        let oldNames = unique(old.map(name)), newNames = unique(new.map(name))
        let oldKeys = Set(oldNames.map(ComparisonKey.make)), newKeys = Set(newNames.map(ComparisonKey.make))
        var changes = DepartmentChanges(added: newNames.filter { !oldKeys.contains(ComparisonKey.make($0)) },
                                        removed: oldNames.filter { !newKeys.contains(ComparisonKey.make($0)) })
        let oldLead = unique(old.filter { $0.role == .lead }.map(name)), newLead = unique(new.filter { $0.role == .lead }.map(name))
        if !old.isEmpty && !new.isEmpty && oldLead.map(ComparisonKey.make) != newLead.map(ComparisonKey.make) {
            changes.oldLead = oldLead; changes.newLead = newLead
        }
        return changes.isEmpty ? nil : changes
    }

    /// Targets whose number or year changed, and targets added or dropped.
    func targetChanges(old: [Target], new: [Target]) -> [TargetChange] {
        func same(_ a: Target, _ b: Target) -> Bool {
            a.value == b.value && a.year == b.year && a.comparator == b.comparator && ComparisonKey.make(a.unit) == ComparisonKey.make(b.unit)
        }
        var remainingOld = old, remainingNew: [Target] = []
        for t in new {
            if let k = remainingOld.firstIndex(where: { same($0, t) }) { remainingOld.remove(at: k) } else { remainingNew.append(t) }
        }
        var changes: [TargetChange] = []
        for t in remainingNew {
            // Pair with the first left-over old target of the same unit.
            if let k = remainingOld.firstIndex(where: { ComparisonKey.make($0.unit) == ComparisonKey.make(t.unit) }) {
                let o = remainingOld.remove(at: k)
                changes.append(TargetChange(old: o.phrase, new: t.phrase, oldValue: o.value, newValue: t.value,
                                            oldYear: o.year, newYear: t.year, unit: t.unit))
            } else {
                changes.append(TargetChange(old: nil, new: t.phrase, oldValue: nil, newValue: t.value, oldYear: nil,
                                            newYear: t.year, unit: t.unit))
            }
        }
        for o in remainingOld {
            changes.append(TargetChange(old: o.phrase, new: nil, oldValue: o.value, newValue: nil, oldYear: o.year,
                                        newYear: nil, unit: o.unit))
        }
        return changes
    }

    /// Title, 发文字号, date, status, issuers, type and period that differ.
    func metadataChanges(old: PolicyDocument, new: PolicyDocument) -> [MetadataChange] {
        func period(_ p: PlanPeriod?) -> String? { p.map { "\($0.start)-\($0.end)" } }
        func issuers(_ list: [String]) -> String? { list.isEmpty ? nil : list.joined(separator: "、") }
        let fields: [(String, String?, String?)] = [
            ("title", old.title, new.title),
            ("docNumber", old.docNumber, new.docNumber),
            ("date", old.date, new.date),
            ("status", old.status.rawValue, new.status.rawValue),
            ("issuers", issuers(old.issuers), issuers(new.issuers)),
            ("type", old.type, new.type),
            ("period", period(old.period), period(new.period)),
        ]
        return fields.compactMap { field, a, b in
            a.map(ComparisonKey.make) == b.map(ComparisonKey.make) ? nil : MetadataChange(field: field, old: a, new: b)
        }
    }
}
