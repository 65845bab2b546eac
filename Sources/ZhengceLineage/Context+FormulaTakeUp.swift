import Foundation
import ZhengceDocument

extension Context {

    /// Formula articles an implementing text takes from the text it implements (issue 15, sixth round). Purpose
    /// clauses (为了…，根据…，制定本条例) and the misconduct-of-officials article (滥用职权、玩忽职守…给予处分) are
    /// left out of alignment because they recur in every regulation (`FormulaArticle`), yet between a law and
    /// the regulation that says it implements it (cites it in its purpose article) they correspond: 山东省水土保持条例
    /// 第一条 restates 水土保持法 第一条 (为了预防和治理水土流失，保护和合理利用水土资源…). Inside such a pair
    /// (both legislation, the child later and lower, their titles of one subject or `relationMeasures` measures
    /// of the child already taking from the parent), the child's purpose article derives from the parent's
    /// purpose article, and its misconduct article from the parent's, when the two share at least
    /// `formulaShare` of the smaller one's character trigrams outside the formula's own words (a purpose clause
    /// sharing only 为了…制定本法 is not a take-up). Evidence kind `verbatim` for a shared run of ten characters,
    /// else `substance`. Returns the number of links added.
    ///
    /// The scope article (在本省行政区域内…从事…活动，应当遵守本条例 / 适用本法) corresponds the same way (twenty-first round):
    /// inside such a pair whose titles share a subject, the child's scope article, when it has no link into the parent
    /// yet (`linked`), derives from the parent's when the two share at least `scopeShare` of the smaller one's trigrams
    /// outside the formula's and the scope's own words (从事气象灾害防御活动 ← 从事…气象灾害防御…等活动). Both are rows
    /// of the alignment, but the words of a scope are every article's (渔业生产, 水域): the in-pair word pass finds no
    /// clear best for them (浙江省渔业管理条例 第二条 ← 渔业法 第二条: 0.225 against 0.212).
    mutating func alignFormulaTakeUps(child c: Int, parent p: Int, why: String, support: Int,
                                      linked: (Int) -> Bool = { _ in false }) -> Int {
        guard options.formulaShare > 0 else { return 0 }
        // Only where the child restates the parent: their titles share a subject, or several of its measures already take from it.
        let subject = !facts[c].subject.isDisjoint(with: facts[p].subject)
        guard subject || support >= options.relationMeasures else { return 0 }
        let childFormulas = cachedFormulaArticles(c), parentFormulas = cachedFormulaArticles(p)
        var count = 0
        for kind in [FormulaKind.purpose, .misconduct, .scope] {
            guard let childFormula = childFormulas.first(where: { $0.kind == kind }),
                  let parentFormula = parentFormulas.first(where: { $0.kind == kind }) else { continue }
            if kind == .scope {
                guard options.scopeShare > 0, subject, !linked(childFormula.measure) else { continue }
            } else {
                guard childFormula.formula || parentFormula.formula else { continue }
            }
            let (m, a) = (childFormula.measure, childFormula.units), (n, b) = (parentFormula.measure, parentFormula.units)
            let own = kind == .scope ? Context.formulaTrigrams.union(Context.scopeTrigrams) : Context.formulaTrigrams
            let x = Context.trigramKeys(a).subtracting(own), y = Context.trigramKeys(b).subtracting(own)
            guard !x.isEmpty, !y.isEmpty else { continue }
            let share = Double(x.intersection(y).count) / Double(min(x.count, y.count))
            guard share >= (kind == .scope ? options.scopeShare : options.formulaShare) else { continue }
            let run = Context.longestCommonRun(a, b)
            let score = rounded(share)
            let from = formulaEnd(c, m), to = formulaEnd(p, n)
            let link = LineageLink(type: .derives, from: from, to: to, score: score, inferred: true,
                                   evidence: LinkEvidence(method: Context.formulaMethod,
                                                          direction: why + "; \(kind.rawValue) article of an implementing text, "
                                                            + String(format: "%.0f%% of its specific trigrams shared", share * 100),
                                                          kind: run >= 10 ? "verbatim" : "substance"))
            links.append((LinkSortKey(document: false, type: .derives, from: documents[c].id, fromMeasure: m, score: score,
                                      to: documents[p].id, toMeasure: n), link))
            count += 1
        }
        return count
    }

    enum FormulaKind: String { case purpose, misconduct, scope }

    /// The evidence method of the links `alignFormulaTakeUps` makes.
    static let formulaMethod = "formula-correspondence"

    /// A formula article of a document: measure index, kind, folded units, whether `FormulaArticle` leaves it out of alignment.
    typealias FormulaArticleEntry = (measure: Int, kind: FormulaKind, units: [UInt16], formula: Bool)

    /// `formulaArticles(d)`, made once per document.
    mutating func cachedFormulaArticles(_ d: Int) -> [FormulaArticleEntry] {
        if let known = formulaArticleCache[d] { return known }
        let made = formulaArticles(d)
        formulaArticleCache[d] = made
        return made
    }

    /// The purpose and misconduct formula articles of document `d` (measure index, kind, folded units, whether
    /// `FormulaArticle` leaves it out of alignment), in order. A misconduct article listing the acts it punishes
    /// (气象灾害防御条例 第四十三条, six items) is too long to be left out as a formula, yet it is the counterpart of a
    /// child's short formula (济南 第三十条), and the other way round (山东 第二十九条 ← 气象法 第四十条): alignment
    /// never compares such a pair, so it is listed here too (`formula` false) and matched when one side is a formula.
    func formulaArticles(_ d: Int) -> [FormulaArticleEntry] {
        let document = form(d)
        let containers = Context.containers(document.measures)
        var result: [FormulaArticleEntry] = []
        var article = -1
        for (m, measure) in document.measures.enumerated() where !containers.contains(m) {
            article += 1
            let units = MeasureContent(measure: measure, in: document).units
            let formula = FormulaArticle.isFormula(units)
            let text = String(decoding: units, as: UTF16.self)
            if formula, text.contains("制定本") || text.contains("特制定") || text.contains("制定此") {
                result.append((m, .purpose, units, true))
            } else if text.contains("玩忽职守"), formula || text.contains("处分") {
                result.append((m, .misconduct, units, formula))
            } else if !formula, !result.contains(where: { $0.kind == .scope }) {
                // A text's scope is among its first articles (`scopeInFirstArticles`, `looseScope`).
                let early = article < Context.looseScopeArticles
                guard Context.isScope(text) && (early || !options.scopeInFirstArticles)
                        || options.looseScope && early && Context.isLooseScope(MeasureContent.source(of: measure, in: document).text)
                else { continue }
                result.append((m, .scope, units, false))
            }
        }
        return result
    }

    /// Words that make an article the text's scope (the first such article of a text is its scope article).
    static let scopeNeedles = ["遵守本条例", "遵守本法", "遵守本办法", "遵守本规定", "遵守本细则", "适用本条例", "适用本法", "适用本办法",
                               "适用本规定", "适用本细则", "本条例适用于", "本法适用于", "本办法适用于", "本规定适用于", "本细则适用于"]

    /// A scope article: short, naming the text it belongs to as what applies (`scopeNeedles`), sanctioning nothing.
    static func isScope(_ text: String) -> Bool {
        // Every needle holds 适用 or 遵守: two searches rule out most articles before the fifteen.
        guard text.utf16.count <= 150, text.contains("适用") || text.contains("遵守") else { return false }
        return scopeNeedles.contains(where: { text.contains($0) }) && !text.contains("违反") && !text.contains("罚款")
    }

    /// A scope article among the first articles of a text (`looseScopeArticles`) may be long or name a second text
    /// (twenty-third round): one of its sentences (up to 。 or ；) is a scope by itself — short, naming its own text as what
    /// applies (`scopeNeedles`), or naming it after another (遵守道路交通安全法和本条例, 遵守《矿山安全法》和本办法) — sanctioning
    /// nothing. 济南市城乡规划条例 第二条 restates 城乡规划法 第二条, whose scope sentence (…必须遵守本法) is followed by four
    /// sentences of definitions (225 characters); 山东省高速公路交通安全条例 第二条 restates 道路交通安全法实施条例 第二条
    /// (…应当遵守道路交通安全法和本条例). `text` is the article's raw text (with its punctuation).
    static func isLooseScope(_ text: String) -> Bool {
        guard text.contains("适用") || text.contains("遵守"), !text.contains("罚款") else { return false }
        for sentence in text.split(whereSeparator: { $0 == "。" || $0 == "；" || $0 == ";" }) {
            let folded = String(decoding: MeasureContent(text: String(sentence)).units, as: UTF16.self)
            guard folded.utf16.count <= 150, !folded.contains("违反") else { continue }
            if scopeNeedles.contains(where: { folded.contains($0) }) { return true }
            if let at = folded.range(of: "遵守"), secondTextEnds.contains(where: { folded[at.upperBound...].contains($0) }) { return true }
        }
        return false
    }

    /// How many articles from the start of a text `isLooseScope` looks at: a text's scope is in its first articles
    /// (第二条 or 第三条, after the purpose), and an article further on that names the text as what applies is a rule for a
    /// case (外商投资的公司的登记适用本条例), not the text's scope.
    static let looseScopeArticles = 5

    /// Ends of a scope sentence that names another text before its own (遵守《城乡规划法》和本办法).
    static let secondTextEnds = ["和本条例", "和本办法", "和本规定", "和本细则", "及本条例", "及本办法", "及本规定", "及本细则"]

    /// Trigrams of a scope article's own wording (where, who, that the text applies), which do not count as shared content.
    static let scopeTrigrams: Set<UInt64> = {
        let words = ["在本省行政区域内", "本市行政区域内", "本省行政区域", "本自治区行政区域", "本行政区域内", "应当遵守本条例", "必须遵守本法",
                     "应当遵守本法", "遵守本办法", "遵守本规定", "适用本条例", "适用本法", "适用本办法", "适用本规定", "适用于", "单位和个人",
                     "从事", "活动", "境内", "管辖"] + scopeNeedles + secondTextEnds
        var keys = Set<UInt64>()
        for word in words { keys.formUnion(trigramKeys(MeasureContent(text: word).units)) }
        return keys
    }()

    func formulaEnd(_ d: Int, _ m: Int) -> LinkEnd {
        let measure = form(d).measures[m]
        var e = end(d)
        e.measure = measure.id; e.label = measure.label; e.measureTitle = measure.title
        return e
    }

    /// Trigrams of the formulas' own wording, which do not count as shared content.
    static let formulaTrigrams: Set<UInt64> = {
        let words = ["为了", "根据", "中华人民共和国", "有关法律", "法律法规", "行政法规", "的规定", "结合本省实际", "结合本市实际",
                     "结合本自治区实际", "制定本条例", "制定本办法", "制定本规定", "制定本法", "滥用职权", "玩忽职守", "徇私舞弊",
                     "依法给予处分", "给予行政处分", "构成犯罪的", "依法追究刑事责任", "直接负责的主管人员", "其他直接责任人员",
                     "工作人员", "国家机关", "人民政府", "主管部门", "有关部门", "县级以上"]
        var keys = Set<UInt64>()
        for word in words { keys.formUnion(trigramKeys(MeasureContent(text: word).units)) }
        return keys
    }()

    /// Length of the longest run of units both sequences contain.
    static func longestCommonRun(_ a: [UInt16], _ b: [UInt16]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), best = 0
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
            }
            previous = current
        }
        return best
    }
}
