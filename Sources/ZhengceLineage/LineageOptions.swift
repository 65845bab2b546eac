/// Tuning of a lineage analysis. The defaults are calibrated on the seed corpus (see docs/lineage.md).
public struct LineageOptions: Sendable, Hashable {
    /// Candidates taken from the index per measure before full scoring.
    public var candidates: Int
    /// Measure links below this score are not reported.
    public var linkScore: Double
    /// At most this many links of each type per measure and side.
    public var linksPerMeasure: Int
    /// A measure link counts towards an inferred document link from this score.
    public var supportScore: Double
    /// An inferred document link needs this many supporting measures, or one at `strongScore`.
    public var minimumSupport: Int
    /// A single measure link this strong is enough to infer a document link.
    public var strongScore: Double
    /// Shared passages shorter than this (content characters) are ignored.
    public var minimumPassage: Int
    /// Measure links between documents that neither cite each other nor are versions need this score
    /// (`linkScore` is the bar inside a cited pair).
    public var unlinkedScore: Double
    /// Inside a linked pair, a paraphrased take-up needs this word cosine…
    public var paraphraseScore: Double
    /// …and to be the mutual best, or this many times the runner-up.
    public var paraphraseMargin: Double
    /// Weight of the parent title's coverage added to the word cosine in the paraphrase score.
    public var titleWeight: Double
    /// Inside a linked pair, a child measure naming this many trigrams of one parent measure's heading that no
    /// other heading of the parent has takes that measure up (when it is also among its two best by words).
    public var headingTrigrams: Int
    /// Between two pieces of legislation where the later implements the earlier (cites it in its purpose
    /// article), a paraphrased take-up needs this cosine over in-pair word weights, the mutual best and
    /// `paraphraseMargin` times the runner-up (0 turns the pass off).
    public var legislationParaphraseScore: Double = 0.2
    /// Inside such a pair, a child article still without a source in the parent and lying between two anchors (its
    /// articles linked to the parent after classification, in the order of both texts: `PairOrder`) takes up the parent
    /// article of its window (between the anchors' parent articles) that its in-pair words rank first there, from this
    /// cosine, `orderWindowMargin` times the runner-up there, in a window of at most `orderWindowWidth` parent articles
    /// (`Context.alignInOrder`; 0: off). Off: of the links it adds on the law corpus, 5 of 12 read are right, and 7 of 24
    /// in the fully labelled chain pairs (Benchmarks/lineage.md, eighteenth round).
    public var orderWindowScore: Double = 0
    /// See `orderWindowScore`.
    public var orderWindowMargin: Double = 1
    /// See `orderWindowScore`.
    public var orderWindowWidth: Int = 12
    /// With `orderWindowScore`: the window's best must also be the child article's best among all the parent's articles
    /// and no other open child article's better (order as a confirmation of the relative rule below its floor; off: 5 of 12
    /// read right, 4 of 15 in the chain pairs).
    public var orderWindowConfirm: Bool = false
    /// Inside such a pair, a child article still without a source in the parent, between two anchors (`PairOrder`), takes
    /// up the parent article that is its best of the whole parent by character grams weighted inside the pair (`PairGrams`)
    /// when that article lies in its window (between the anchors' parent articles), scores at least this cosine, and no
    /// other open child article of the pair scores higher against it (`Context.alignByOrderAgreement`; 0: off). Rule
    /// articles only, on both sides, and neither naming a violation (违反): a sanction, a misconduct article or a
    /// 违反本条例…从其规定 formula shares its template with most of the other text's (twenty-fifth round).
    public var orderAgreementScore: Double = 0.1
    /// A measure's links to one other document below this share of its best link there are dropped (0 keeps all).
    public var runnerUpRatio: Double = 0.8
    /// Between two pieces of legislation, a derives or related measure link needs the documents to be related
    /// (`Context.documentsRelated`): they are versions, their titles share a subject, or at least `relationMeasures` measures of one take from the other at `relationScore`
    /// or more. Links between unrelated legislation are kept only from `isolatedScore` (above 1: none).
    public var relationMeasures: Int = 3
    public var relationScore: Double = 0.5
    public var isolatedScore: Double = 0.6
    /// Inside a pair where a piece of legislation implements another, its purpose and misconduct formula articles
    /// derive from the other's when they share this share of their specific trigrams (`Context.alignFormulaTakeUps`; 0: off).
    public var formulaShare: Double = 0.25
    /// Inside such a pair whose titles share a subject, the child's scope article (…应当遵守本条例) derives from the other's
    /// scope article when it has no link there yet and they share this share of their trigrams outside the words of
    /// formulas and scopes (`Context.alignFormulaTakeUps`; 0: off; twenty-first round of issue 15).
    public var scopeShare: Double = 0.1
    /// Two documents of one region and level whose titles differ by one character after the jurisdiction
    /// (`Context.titlesOneEditApart`) and at least half of whose measures align at 0.6 or more are versions of one text
    /// (as a draft and its final text are): a text renamed (上海市区县和乡镇人民代表大会代表直接选举实施细则 → 上海市区和乡镇…) or
    /// misspelt in the corpus (上海市历史文化风貌区和优秀历史筑保护条例). Off: only a draft pairs so (twenty-second round of issue 15).
    public var renamedVersions: Bool = true
    /// The in-pair word pass between pieces of legislation leaves a text's scope article (`Context.isScope`) out on both
    /// sides: the formula pass pairs a scope with the other's scope by its own test (`scopeShare`). The words of a scope
    /// (where, who, which activities) are those of the whole text, and a scope matched by words to a definition, a list
    /// or a duty article shares its domain, not a provision (twenty-second round of issue 15). Off: scope articles are
    /// paired by words like any other.
    public var scopeWithScopeOnly: Bool = true
    /// Among a text's first articles (`Context.looseScopeArticles`), an article one of whose sentences is a scope
    /// (`Context.isLooseScope`: the article is long, or its scope names another text first — 遵守道路交通安全法和本条例) is
    /// the text's scope article for the formula pass, as a short one is. Off: only a short article worded 适用本… or
    /// 遵守本… is (twenty-third round of issue 15).
    public var looseScope: Bool = true
    /// A short scope article (`Context.isScope`) is the text's scope only among its first articles
    /// (`Context.looseScopeArticles`), as a loose one is: further on, an article naming the text as what applies is a rule
    /// for a case (行政诉讼法 第九十八条 涉外行政诉讼，适用本法), not the text's scope. Off: at any place (twenty-third
    /// round's follow-up, issue 15).
    public var scopeInFirstArticles: Bool = true
    /// A lower or later text whose bulk predates every version of the other (its adoption or last full revision is
    /// before the other's first adoption; `Context.textPredates`) takes from it only through a partial amendment:
    /// a measure link from it is `derives` only from this score (an amended article copied near-verbatim), else
    /// `related` (above 1: never).
    public var amendmentScore: Double = 0.6
    /// A link below `amendmentScore` from a predating text (`Context.textPredates`) is withheld rather than typed
    /// `related`: of the 28 such links read (rounds sixteen and seventeen), 14 are take-ups (through a later amendment,
    /// or from an earlier version of the parent that its header does not list), 10 `related`, 4 none — as `related`
    /// they are right about a third of the time, and the headers' dates do not tell the take-ups apart (`readAmendments`).
    public var withholdPredating: Bool = true
    /// A text amended (by a decision, in part) after the other's first adoption does not predate it
    /// (`DocumentFacts.lastChanged`; off: see Benchmarks/lineage.md, seventeenth round).
    public var readAmendments: Bool = false
    /// A `related` link between documents that neither cite each other nor are versions needs a specific word of
    /// both titles' subjects (`TitleSubject.specific`): a pair held by at most this share of the corpus's titles, or by
    /// at most `specificTitleFloor` titles.
    public var specificTitleShare: Double = 0.01
    /// See `specificTitleShare`.
    public var specificTitleFloor: Int = 10
    /// Between two pieces of legislation whose chapter plans map onto each other (`ChapterPlan.offChapter`), a child
    /// article derives from a parent article outside the counterpart of its chapter only from this score
    /// (near-verbatim); below it such a link is dropped (`Context.dropOffChapter`; 0: off).
    public var chapterScore: Double = 0.5
    /// A child article linked to several articles of one parent, one of them in the order of its neighbours' sources,
    /// keeps its links to articles out of that order only from this score (`Context.dropOutOfOrderSiblings`; 0: off).
    public var orderScore: Double = 0.3
    /// Inside a related pair of legislation, a child article whose parent articles all lie out of the order of its
    /// neighbours' sources moves its derives links to the parent article that scores this many times the runner-up and
    /// the linked ones among all the parent's articles, when that one is in order (`Context.choosePairArticles`; 0: off).
    public var pairChoiceMargin: Double = 1.3
    /// Links of one type from one end into several versions of a text keep only the version in force at that end's
    /// time (`Context.keepVersionsInForce`).
    public var versionInForce = true
    /// Confidence (`Context.withholdUnsure`): a `related` measure link whose child measure also links to another
    /// measure of the same document (it matches several articles about equally: a template or a list) is withheld.
    public var withholdAmbiguousRelated: Bool = true
    /// Confidence (`Context.withholdUnsure`): a `derives` measure link between two pieces of national legislation of
    /// one rank (two laws, regulations, rules or interpretations: no hierarchy tells which took from which) is withheld.
    public var withholdPeerDerives: Bool = true
    /// Confidence (`Context.withholdUnsure`, `Context.outsideCitedSources`): a `derives` measure link is withheld when
    /// the child cites documents of the corpus and the parent, a national text, is none of them nor of their kin (named
    /// in the child's title, versions of them, texts they cite or that cite them).
    public var withholdOutsideSources: Bool = true
    /// Internal cross-references (`Context.withholdCrossReferenced`): a `derives` measure link is withheld when the
    /// articles the child article refers to (`违反本办法第十二条`) are linked to parent articles none of which the parent
    /// article refers to (`违反本法第三十条`): the two sanction or list different provisions with one template.
    public var withholdCrossReferenced: Bool = true
    /// Specificity (`Context.withholdUnspecific`): a `derives` measure link is withheld when every passage its two
    /// articles share also appears in another article of the parent or of the child (a template or list item of the
    /// texts, not a provision of their own).
    public var withholdUnspecific: Bool = true
    /// Specificity for peers (`Context.withholdUnspecific`, twenty-fifth round): a `parallel` measure link is withheld on
    /// the same test (every passage its articles share recurs in another article of one of the two texts).
    public var withholdUnspecificParallel: Bool = true
    /// Dominance (`Context.dominates(shared:other:)`, twenty-seventh round): a `derives` link the specificity test would
    /// withhold is kept when its two articles share at least this many times as many 4-character windows as either article shares
    /// with any other article of the other text (0: off).
    public var unspecificDominance: Double = 1.3

    public init(candidates: Int = 20, linkScore: Double = 0.2, linksPerMeasure: Int = 3, supportScore: Double = 0.3,
                minimumSupport: Int = 2, strongScore: Double = 0.65, minimumPassage: Int = 6, unlinkedScore: Double = 0.35,
                paraphraseScore: Double = 0.075, paraphraseMargin: Double = 1.4, titleWeight: Double = 0,
                headingTrigrams: Int = 4) {
        self.candidates = candidates; self.linkScore = linkScore; self.linksPerMeasure = linksPerMeasure
        self.supportScore = supportScore; self.minimumSupport = minimumSupport; self.strongScore = strongScore
        self.minimumPassage = minimumPassage
        self.unlinkedScore = unlinkedScore; self.paraphraseScore = paraphraseScore; self.paraphraseMargin = paraphraseMargin
        self.titleWeight = titleWeight; self.headingTrigrams = headingTrigrams
    }
}
