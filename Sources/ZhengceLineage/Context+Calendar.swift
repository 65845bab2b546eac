import ZhengceDocument

extension Context {
    /// True when the bulk of `child`'s text (its adoption or last full revision, `DocumentFacts.textAdopted`)
    /// predates the original adoption recorded in `parent`'s header (`DocumentFacts.adopted`; a header listing only
    /// amendments says nothing): no version of the parent existed when the child's articles were written, so only
    /// a later partial amendment of the child can have taken from it. A child citing the parent (some version of
    /// it) is left to the other rules.
    /// 山东省气象灾害防御条例 (2005, amended 2012 and 2018 by decisions) and 气象灾害防御条例 (2010): only its
    /// 2018 amendment (第二十条, copied from the regulation's 2017 text) derives from the regulation.
    func textPredates(_ child: Int, _ parent: Int) -> Bool {
        guard let text = facts[child].textAdopted, let first = facts[parent].adopted else { return false }
        if options.readAmendments, let changed = facts[child].lastChanged, changed >= first { return false }
        return text < first && !citesSomeVersion(child, parent)
    }
}
