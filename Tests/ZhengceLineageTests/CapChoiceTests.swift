import Foundation
import Testing
import ZhengceDocument
@testable import ZhengceLineage

/// The cap's choice (`Context.capKeeps`): a candidate, read best first, is kept while its later or its earlier row holds
/// fewer than `linksPerMeasure` kept candidates of its type; a version pairs each measure once with each other version.
/// Its counts lie in a byte per row and type (saturating): checked against the rule written here with whole numbers in
/// dictionaries, on candidates whose ends many share (a row at the end of hundreds of candidates).
@Suite struct CapChoiceTests {
    /// The rule, as the cap stated it before its counts were bytes.
    static func reference(_ items: [(child: Int32, parent: Int32, type: LinkType)], perMeasure: Int, documentOf: [Int32]) -> [Bool] {
        var perFrom: [UInt64: Int] = [:], perTo: [UInt64: Int] = [:]
        var pairedFrom = Set<UInt64>(), pairedTo = Set<UInt64>()
        return items.map { item in
            let child = UInt64(item.child), parent = UInt64(item.parent)
            if item.type == .version {
                let from = child << 32 | UInt64(documentOf[Int(parent)]), to = parent << 32 | UInt64(documentOf[Int(child)])
                guard !pairedFrom.contains(from), !pairedTo.contains(to) else { return false }
                pairedFrom.insert(from); pairedTo.insert(to)
                return true
            }
            let fromKey = child << 8 | UInt64(item.type.order), toKey = parent << 8 | UInt64(item.type.order)
            guard perFrom[fromKey, default: 0] < perMeasure || perTo[toKey, default: 0] < perMeasure else { return false }
            perFrom[fromKey, default: 0] += 1; perTo[toKey, default: 0] += 1
            return true
        }
    }

    /// A small linear congruential generator: the same draws on every run.
    struct Draws {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: [1, 3]) func theCapKeepsWhatTheRuleKeeps(perMeasure: Int) {
        // 1,000 rows in 50 documents of 20 rows; the drawn candidates among the first 600.
        let rows = 1_000
        let contents = (0..<rows).map { (document: $0 / 20, measure: $0 % 20, units: Array("第\($0)条 规定".utf16)) }
        let index = MeasureIndex(contents: contents)
        var options = LineageOptions()
        options.linksPerMeasure = perMeasure
        let context = Context(documents: [], options: options)
        var draws = Draws(state: UInt64(perMeasure))
        let types: [LinkType] = [.derives, .related, .parallel, .version]
        var items: [(child: Int32, parent: Int32, type: LinkType)] = []
        // Candidates among a few rows (ends shared by many), then among all.
        for n in 0..<20_000 {
            let span = n < 10_000 ? 40 : 600
            items.append((Int32(draws.next(span)), Int32(draws.next(span)), types[draws.next(types.count)]))
        }
        // One row the later end of 400 derives candidates with 400 rows no drawn candidate has (each with room): its
        // count passes 255; then again with a third of them (now refused once their counts reach the bar).
        for parent in 600..<1_000 { items.append((7, Int32(parent), .derives)) }
        for _ in 0..<perMeasure { for parent in 600..<1_000 where parent % 3 == 0 { items.append((7, Int32(parent), .derives)) } }
        let keeps = context.capKeeps(items.count, index: index) { items[$0] }
        let expected = CapChoiceTests.reference(items, perMeasure: perMeasure, documentOf: index.documentOf)
        #expect(keeps == expected)
        // The rule binds: some candidates are refused, and the 400 with row 7 are all kept (their other ends had room).
        #expect(keeps.contains(false) && keeps.contains(true))
        #expect(keeps[20_000..<20_400].allSatisfy { $0 })
        #expect(!keeps[(20_400 + 134 * (perMeasure - 1))...].contains(true))
    }
}
