import ZhengceDocument

/// Measure `version` links join consecutive versions of a text only.
///
/// A law amended six times has seven versions; pairing each article with its counterpart in every other
/// version gives 21 links per article where the chain 1→2→…→7 says the same in six (an article's history is
/// read by following it). Two versions are *apart* when a third version of both is dated strictly between
/// them (by exact dates or bounds, `TemporalOrder`); their articles are neither aligned nor linked, while the
/// document-level `version` link between them stays (it is one per pair of documents). Undated versions and
/// versions of the same date are never apart: nothing says which one lies between.
extension Context {
    /// True when `x` and `y` are versions with a version of both dated strictly between them.
    func versionsApart(_ x: Int, _ y: Int) -> Bool {
        guard versions[x].contains(y) else { return false }
        let order = TemporalOrder.compare(times[x], times[y])
        guard order == .before || order == .after else { return false }
        let (small, large) = versions[x].count <= versions[y].count ? (x, y) : (y, x)
        for z in versions[small] where z != large && versions[large].contains(z) {
            if TemporalOrder.compare(times[x], times[z]) == order, TemporalOrder.compare(times[z], times[y]) == order { return true }
        }
        return false
    }

    /// The document pairs (`min << 32 | max`) of versions apart, as known now.
    func versionPairsApart() -> Set<UInt64> {
        var result = Set<UInt64>()
        for x in versions.indices where versions[x].count > 1 {
            for y in versions[x] where x < y && versionsApart(x, y) { result.insert(UInt64(x) << 32 | UInt64(y)) }
        }
        return result
    }
}

extension LineageAnalyzer {
    /// The documents of `documents` that are versions of one of `ids` by their metadata (the same 发文字号, or
    /// the same title within one region: `Context.detectVersionsByMetadata`), `ids` left out. An incremental
    /// analysis makes their links again with the changed documents' own: a new, removed or re-dated version
    /// changes which versions are consecutive.
    public static func versionMates(of ids: Set<String>, in documents: [PolicyDocument]) -> Set<String> {
        let groups = Context.versionGroups(documents)
        var result = Set<String>()
        for members in groups.values where members.count > 1 {
            guard members.contains(where: { ids.contains(documents[$0].id) }) else { continue }
            for i in members where !ids.contains(documents[i].id) { result.insert(documents[i].id) }
        }
        return result
    }
}
