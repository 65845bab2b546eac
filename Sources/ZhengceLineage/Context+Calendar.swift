import ZhengceDocument

extension Context {
    /// True when the bulk of `child`'s text (its adoption or last full revision, `DocumentFacts.textAdopted`)
    /// predates the first adoption recorded in `parent`'s header: no version of the parent existed when the
    /// child's articles were written, so only a later partial amendment of the child can have taken from it.
    /// 山东省气象灾害防御条例 (2005, amended 2012 and 2018 by decisions) and 气象灾害防御条例 (2010): only its
    /// 2018 amendment (第二十条, copied from the regulation's 2017 text) derives from the regulation.
    func textPredates(_ child: Int, _ parent: Int) -> Bool {
        guard let text = facts[child].textAdopted, let first = facts[parent].firstAdopted else { return false }
        return text < first
    }
}
