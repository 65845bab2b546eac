import Foundation
import TestSupport
import ZhengceText
@testable import ZhengceDiff

/// Makes old/new document pairs from real text with known random edits (insert, delete, move,
/// split, merge, reword, swap a department, change a target) and the true alignment.
struct RevisionGenerator {
    /// One edit kind.
    enum Edit: CaseIterable { case insert, delete, move, split, merge, reword, department, target }

    /// A generated pair and the truth about it.
    struct Pair {
        var old: TestDocument
        var new: TestDocument
        /// True (old unit, new unit) pairs.
        var truth: Set<[Int]>
        /// Old→new unit pairs of articles only renumbered (same text, same chapter, in order, label changed).
        var renumbered: Set<[Int]>
        /// Old→new unit pairs of articles moved (same text).
        var moved: Set<[Int]>
        /// Edits applied.
        var edits: [Edit]
    }

    /// Sentences of real text to build articles from, and others to insert.
    let sentences: [String]
    let insertPool: [String]
    static let departments = ["商务部", "海关总署", "税务总局", "财政部", "人民银行", "市场监管总局", "外汇局", "发展改革委", "工业和信息化部"]

    /// Cuts real documents into sentences (hard wraps joined, short fragments dropped).
    static func sentences(of text: String) -> [String] {
        let joined = MatchKey.fold(text).replacingOccurrences(of: "\n", with: "")
        return joined.split(separator: "。").map { $0.trimmingWhitespace() + "。" }
            .filter { $0.count >= 16 && $0.count <= 200 && !$0.contains("#") && !$0.contains("<") }
    }

    private enum Entry: Equatable { case chapter(String); case article(uid: Int, text: String) }

    /// A pair from `articleCount` articles in four chapters and `editCount` edits.
    func pair(seed: UInt64, articleCount: Int = 40, editCount: Int = 5) -> Pair {
        var rng = SplitMix64(seed: seed)
        let start = Int.random(in: 0..<max(1, sentences.count - articleCount * 2), using: &rng)
        var cursor = start
        var entries: [Entry] = []
        let chapterTitles = ["总则", "发展促进", "监督管理", "附则"]
        for k in 0..<articleCount {
            if k % (articleCount / 4) == 0 && entries.filter({ if case .chapter = $0 { return true }; return false }).count < 4 {
                entries.append(.chapter(chapterTitles[entries.filter { if case .chapter = $0 { return true }; return false }.count]))
            }
            let n = Int.random(in: 1...2, using: &rng)
            let text = (0..<n).map { sentences[(cursor + $0) % sentences.count] }.joined()
            cursor += n
            entries.append(.article(uid: k, text: text))
        }
        let old = entries
        // Origins: for each new article uid, the old uids it comes from; touched = text edited.
        var origin: [Int: [Int]] = [:]
        for case .article(let uid, _) in entries { origin[uid] = [uid] }
        var touched = Set<Int>(), movedUIDs = Set<Int>()
        var nextUID = 10_000
        var edits: [Edit] = []
        func articleIndices() -> [Int] { entries.indices.filter { if case .article = entries[$0] { return true }; return false } }
        func untouched() -> [Int] {
            articleIndices().filter { if case .article(let uid, _) = entries[$0] { return !touched.contains(uid) && !movedUIDs.contains(uid) && origin[uid] != nil }; return false }
        }
        var attempts = 0
        while edits.count < editCount && attempts < editCount * 10 {
            attempts += 1
            let edit = Edit.allCases.randomElement(using: &rng)!
            let candidates = untouched()
            guard let i = candidates.randomElement(using: &rng), case .article(let uid, let text) = entries[i] else { continue }
            switch edit {
            case .insert:
                let t = insertPool.randomElement(using: &rng)!
                entries.insert(.article(uid: nextUID, text: t), at: i + 1)
                touched.insert(nextUID); nextUID += 1
            case .delete:
                entries.remove(at: i); origin[uid] = nil
            case .move:
                let targets = articleIndices().filter { abs($0 - i) >= 4 }
                guard let j = targets.randomElement(using: &rng) else { continue }
                let e = entries.remove(at: i)
                entries.insert(e, at: j > i ? j : j)
                movedUIDs.insert(uid)
            case .split:
                let parts = text.split(separator: "。").map { $0 + "。" }
                guard parts.count >= 2 else { continue }
                let a = parts[..<(parts.count / 2)].joined(), b = parts[(parts.count / 2)...].joined()
                entries[i] = .article(uid: uid, text: a)
                entries.insert(.article(uid: nextUID, text: b), at: i + 1)
                origin[nextUID] = [uid]; touched.insert(uid); touched.insert(nextUID); nextUID += 1
            case .merge:
                guard i + 1 < entries.count, case .article(let uid2, let text2) = entries[i + 1],
                      candidates.contains(i + 1) else { continue }
                entries[i] = .article(uid: uid, text: text + text2)
                entries.remove(at: i + 1)
                origin[uid] = [uid, uid2]; origin[uid2] = nil; touched.insert(uid)
            case .reword:
                let words = Segmenter.shared.cut(text).filter { $0.count >= 2 && $0.allSatisfy { $0.isLetter } }
                guard words.count >= 4, let w = words.randomElement(using: &rng) else { continue }
                let replacement = ["有关", "相关", "积极", "进一步", "统筹", "依法"].randomElement(using: &rng)!
                guard let r = text.range(of: w) else { continue }
                entries[i] = .article(uid: uid, text: text.replacingCharacters(in: r, with: replacement))
                touched.insert(uid)
            case .department:
                let present = Self.departments.filter { text.contains($0) }
                let from = present.randomElement(using: &rng)
                let to = Self.departments.filter { $0 != from }.randomElement(using: &rng)!
                entries[i] = .article(uid: uid, text: from.map { text.replacingOccurrences(of: $0, with: to) }
                                      ?? text.replacingOccurrences(of: "。", with: "，由\(to)负责。", options: [], range: text.range(of: "。", options: .backwards)))
                touched.insert(uid)
            case .target:
                guard let r = text.range(of: "[0-9]+", options: .regularExpression) else {
                    entries[i] = .article(uid: uid, text: text + "到2027年达到\(Int.random(in: 2...99, using: &rng))家。")
                    touched.insert(uid); edits.append(edit); continue
                }
                let value = (Int(text[r]) ?? 1) + Int.random(in: 1...9, using: &rng)
                entries[i] = .article(uid: uid, text: text.replacingCharacters(in: r, with: String(value)))
                touched.insert(uid)
            }
            edits.append(edit)
        }
        // Build both documents; unit index = item index.
        func build(_ id: String, _ list: [Entry]) -> (TestDocument, [Int: Int], [Int: Int], [Int: Int]) {
            var items: [TestDocument.Item] = []
            var unitOfUID: [Int: Int] = [:], unitOfChapter: [Int: Int] = [:], chapterOfUID: [Int: Int] = [:]
            var chapter = -1, article = 0, chapterCount = 0
            for e in list {
                switch e {
                case .chapter(let title):
                    chapterCount += 1
                    items.append(.init(label: "第\(ChineseNumeral.format(chapterCount))章", text: title, parent: nil, scheme: .chapter))
                    chapter = items.count - 1; unitOfChapter[chapterCount] = chapter
                case .article(let uid, let text):
                    article += 1
                    items.append(.init(label: "第\(ChineseNumeral.format(article))条", text: text, parent: chapter >= 0 ? chapter : nil))
                    unitOfUID[uid] = items.count - 1; chapterOfUID[uid] = chapterCount
                }
            }
            return (TestDocument(id: id, title: "测试条例", items: items), unitOfUID, unitOfChapter, chapterOfUID)
        }
        let (oldDoc, oldUnit, oldChapters, oldChapterOf) = build("old", old)
        let (newDoc, newUnit, newChapters, newChapterOf) = build("new", entries)
        var truth = Set<[Int]>(), renumbered = Set<[Int]>(), moved = Set<[Int]>()
        for (c, u) in oldChapters { if let v = newChapters[c] { truth.insert([u, v]) } }
        for (uid, sources) in origin {
            guard let n = newUnit[uid] else { continue }
            for s in sources { if let o = oldUnit[s] { truth.insert([o, n]) } }
            guard sources == [uid], let o = oldUnit[uid], !touched.contains(uid) else { continue }
            if movedUIDs.contains(uid) { moved.insert([o, n]) }
            else if oldChapterOf[uid] == newChapterOf[uid] && oldDoc.items[o].label != newDoc.items[n].label { renumbered.insert([o, n]) }
        }
        return Pair(old: oldDoc, new: newDoc, truth: truth, renumbered: renumbered, moved: moved, edits: edits)
    }
}

/// Alignment quality over generated pairs.
struct AlignmentScore {
    var truePositives = 0, predicted = 0, actual = 0
    var renumberedFound = 0, renumberedTotal = 0, movedFound = 0, movedTotal = 0

    var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    var recall: Double { actual == 0 ? 1 : Double(truePositives) / Double(actual) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var renumberRecall: Double { renumberedTotal == 0 ? 1 : Double(renumberedFound) / Double(renumberedTotal) }
    var moveRecall: Double { movedTotal == 0 ? 1 : Double(movedFound) / Double(movedTotal) }

    /// Diffs `pair` and adds its counts.
    mutating func add(_ pair: RevisionGenerator.Pair) {
        let diff = DocumentDiffer(includeUnchanged: true).diff(old: pair.old.build(), new: pair.new.build())
        var predictedPairs = Set<[Int]>(), kinds: [[Int]: ChangeKind] = [:]
        for c in diff.changes {
            let olds = c.oldParts ?? c.old.map { [$0] } ?? [], news = c.newParts ?? c.new.map { [$0] } ?? []
            for o in olds { for n in news { predictedPairs.insert([o.index, n.index]); kinds[[o.index, n.index]] = c.kind } }
        }
        predicted += predictedPairs.count
        actual += pair.truth.count
        truePositives += predictedPairs.intersection(pair.truth).count
        renumberedTotal += pair.renumbered.count
        renumberedFound += pair.renumbered.filter { kinds[$0] == .renumbered }.count
        movedTotal += pair.moved.count
        movedFound += pair.moved.filter { kinds[$0] == .moved }.count
    }
}
