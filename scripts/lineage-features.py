#!/usr/bin/env python3
"""Round twenty-nine, precision (issue 15): can a combination of general features tell wrong links from right ones?

  python3 scripts/lineage-features.py table DIR LABELS CORPUS OUT.tsv
  python3 scripts/lineage-features.py study TABLE.tsv DIR LABELS [--seeds N]
  python3 scripts/lineage-features.py simulate DIR CORPUS OUT

DIR holds `law.tsv` (and, optionally, `law.json`, the same run with `--format json`, for the evidence's passages and
terms) of `zhengce lineage --corpus … --format tsv`; CORPUS is the law corpus (../shared/corpora/lawrefbook).

`table` writes one row per labelled law link of any purpose (sample, chain*, changed*, dropped, added, withheld, high20,
low20, moved, …) that the output links today as `derives` or `related` (the label's pair, either direction, each parent of
a `|` list): `right` = the label's truth is the tool's type. A pair labelled under several purposes is kept once (the
`sample` row first, then a chain row, then the first row). Every feature is one the tool could compute for any link (no
ids, no titles):
- the link: score, kind (verbatim), method (measure-alignment, word-alignment, formula-correspondence, order-agreement,
  pair-choice), confidence tier high;
- the documents: levels of both ends (national 0 … county 3, a city's text filed under its province municipal) and their
  gap, the child citing the parent document (or a version of it), the parent citing the child, versions, same region,
  the date gap in years; the child article naming an article of the parent by number (+1 this one, -1 another, 0 none);
- the pair: its measure links (all types), its derives links, the share of them by the word pass, the child measure's
  other links (and derives links into other documents), the articles of the same child document and of other documents
  linked (derives / related) to the parent article, the score of the child measure's best link into another document
  (`bestElsewhere`) and the margin of this link over the runner-up article of the same parent (`marginInParent`);
- the texts: lengths, distinct character trigrams shared and their share of each article, IDF-weighted shared character
  bigrams (IDF over every article of the law corpus) over the smaller side and over the parent, the same on the two lead
  clauses (text up to the first ，。：；), the longest common substring, shared 4-grams unique to both articles in their
  documents (`specific`), the share of the shared trigrams lying in each lead clause (`leadShareChild`, `leadShareParent`)
  and in an enumeration (`enumShare`: from the first （一） on), both articles enumerating, the first sentences' IDF-weighted
  overlap (`firstOverlap`), the relative position of each article in its document and their difference, and whether
  either article is a purpose (为…制定本), scope (适用本), definition (所称 / 含义), entry-into-force (施行), 从其规定 /
  依照 formula or 法律责任 (a sanction, or in a 法律责任 chapter) article;
- the linked parent article against the parent's other articles (IDF-weighted bigrams shared with the child article):
  its weight over the best article's (`bestRatio`, 1 when it is the best) and over the runner-up's (`runnerRatio`, ≤ 5);
- the JSON evidence (when DIR has law.json): the longest shared passage, the passages' total, the number of shared terms,
  the word pass's ratio to the runner-up (`runnerUp`, -1 when not stated), the formula pass's share of specific trigrams.

`study` fits, on four populations (`derives` every row; `derives` of tier low only, tier high kept; `derives` sample and chain
rows only; `related` every row): one feature at a time (a monotone rule: the logistic fit only orients it and places the
threshold; the best by AUC is the best one-feature rule), a logistic regression on every feature, one on four features chosen by
forward selection (the choice sees every fold: optimistic), depth-2/3 decision trees and boosted trees of depth 3 (a bound, not
explainable), with 5-fold cross-validation grouped by document pair (no pair in both train and test; --seeds N shuffles, 3 by
default, averaged). For thresholds t on the out-of-fold probability of being right it prints the labelled right and wrong links
withheld (all rows), the `sample` precision of the type (every set, counted as `lineage-labels.py check` counts it), and the chain
recall (the five chains of issue 15's bar: 献血, energy, fishery, soil, weather; and all seven): at 5 / 10 / 20 / 30 % of the rows
withheld, at the last cut losing no take-up of the five chains, at the best sample precision losing none with half the sample
kept, and at the first cut where the sample reaches 0.9. Then the depth-2/3 trees fitted on every row, to read.

`simulate` applies RULE (the depth-3 tree's main branch, below) to every derives link of DIR/law.tsv and writes OUT/withheld/law.tsv
(for `scripts/lineage-labels.py draw`) and OUT/filtered/law.tsv (for `check`, with seeds.tsv copied beside it). Not built:
Benchmarks/lineage.md, "Twenty-ninth round, precision: combinations".
Needs numpy and scikit-learn (`pip install scikit-learn`, for this study only).
"""
import collections, difflib, importlib.util, json, math, os, pickle, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name):
    spec = importlib.util.spec_from_file_location(name.replace('-', '_'), os.path.join(HERE, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, HERE)
    spec.loader.exec_module(module)
    return module


labels_module = _load('lineage-labels')
references = _load('lineage-references')

FIVE_CHAINS = ('chain', 'chain-energy', 'chain-fishery', 'chain-soil', 'chain-weather')
METHODS = ('measure-alignment', 'word-alignment', 'formula-correspondence', 'order-agreement', 'pair-choice')
NUMERAL = '[一二三四五六七八九十百千零〇两]+'
ARTICLE_HEAD = re.compile(r'^\s*第(' + NUMERAL + r')条(?:之(' + NUMERAL + r'))?[\s　]')
LEAD_END = re.compile(r'[，。：；,;:]')
ITEM = re.compile(r'[（(][一二三四五六七八九十]+[）)]')
SANCTION = re.compile(r'罚款|处分|吊销|没收|追究|责令|拘留')


class Law:
    """A law file's articles (number → text, white space removed), their order and their chapter titles."""
    def __init__(self, corpus, document_id):
        self.articles, self.chapter, self.order = {}, {}, []
        path = os.path.join(corpus, document_id.replace('--', '/') + '.md')
        if not os.path.isfile(path):
            return
        current, chapter = None, ''
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if line.startswith('#'):
                    if re.match(r'^#+\s*第' + NUMERAL + '[章编]', line):
                        chapter = line.strip('# \n')
                    current = None
                    continue
                m = ARTICLE_HEAD.match(line)
                if m and not m.group(2):
                    current = references.number(m.group(1))
                    if current not in self.articles:
                        self.articles[current] = ''
                        self.chapter[current] = chapter
                        self.order.append(current)
                    self.articles[current] += re.sub(r'\s+', '', line[m.end():])
                elif current is not None and line.strip():
                    self.articles[current] += re.sub(r'\s+', '', line)

    def position(self, number):
        """Relative position (0 first … 1 last) of an article in its document."""
        if number not in self.articles or len(self.order) < 2:
            return 0.0
        return self.order.index(number) / (len(self.order) - 1)


def ngrams(text, n):
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def bigram_df(corpus, cache):
    """Article frequency of every character bigram over all law files (cached in a pickle)."""
    if cache and os.path.exists(cache):
        with open(cache, 'rb') as f:
            return pickle.load(f)
    df, n = collections.Counter(), 0
    for root, _, files in os.walk(corpus):
        for name in sorted(files):
            if name.endswith('.md'):
                rel = os.path.relpath(os.path.join(root, name), corpus)[:-3].replace(os.sep, '--')
                for text in Law(corpus, rel).articles.values():
                    df.update(ngrams(text, 2))
                    n += 1
    result = (df, n)
    if cache:
        with open(cache, 'wb') as f:
            pickle.dump(result, f)
    return result


def df_cache(corpus):
    """Where the bigram frequencies of a corpus are kept between runs (the system's temporary folder, by the corpus path)."""
    import hashlib, tempfile
    key = hashlib.sha1(os.path.abspath(corpus).encode()).hexdigest()[:12]
    return os.path.join(tempfile.gettempdir(), f'lineage-features-bigram-df-{key}.pickle')


def kinds(text, chapter):
    return {
        'purpose': bool(re.search(r'^为(?:了)?.{0,120}?制定本', text)),
        'scope': '适用本' in text[:200],
        'definition': bool(re.search(r'所称|下列用语|含义', text)),
        'force': bool(re.search(r'(?:自|于).{0,20}(?:起)?施行|施行之日', text)) and len(text) < 120,
        'formula': bool(re.search(r'从其规定|依照.{0,30}规定(?:执行|处理|处罚)', text)) and len(text) < 120,
        'liability': '法律责任' in chapter or bool('违反' in text and SANCTION.search(text)),
    }


def longest_common(a, b):
    if not a or not b:
        return 0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


def table(out, labels_path, corpus, target):
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    evidence = {}
    json_path = os.path.join(out, 'law.json')
    if os.path.exists(json_path):
        with open(json_path, encoding='utf-8') as f:
            graph = json.load(f)
        for l in graph['links']:
            a, b = l['from'], l['to']
            if a.get('measure') and b.get('measure') and l['type'] in ('derives', 'related'):
                e = l.get('evidence') or {}
                passages = [len(s.get('text', '')) for s in e.get('spans', [])]
                d = e.get('direction') or ''
                ratio = re.search(r'([0-9.]+)× the runner-up', d)
                share = re.search(r'([0-9]+)% of its specific trigrams', d)
                evidence[(a['measure'], b['measure'])] = (max(passages, default=0), sum(passages), len(e.get('sharedTerms', [])),
                                                          float(ratio.group(1)) if ratio else -1.0,
                                                          int(share.group(1)) / 100 if share else -1.0)
        del graph
    df, n_articles = bigram_df(corpus, df_cache(corpus))
    idf = lambda g: math.log((n_articles + 1) / (df.get(g, 0) + 1))
    cited, versions = set(), set()
    for l in links:
        if not l['fromMeasure'] and l['type'] == 'cites':
            cited.add((l['from'], l['to']))
        if not l['fromMeasure'] and l['type'] == 'version':
            versions.add(frozenset((l['from'], l['to'])))
    kin = collections.defaultdict(set)
    for p in versions:
        a, b = tuple(p) if len(p) == 2 else (next(iter(p)),) * 2
        kin[a].add(b); kin[b].add(a)
    cites = lambda a, b: (a, b) in cited or any((a, v) in cited for v in kin.get(b, ()))
    measure = [l for l in links if l['fromMeasure'] and l['toMeasure'] and l['type'] != 'cites']
    by_pair = {}
    for l in measure:
        if l['type'] in ('derives', 'related'):
            by_pair[(l['fromMeasure'], l['toMeasure'])] = l
    pair_all, pair_derives, pair_word = collections.Counter(), collections.Counter(), collections.Counter()
    child_links = collections.defaultdict(list)
    into = collections.defaultdict(list)
    for l in measure:
        key = frozenset((l['from'], l['to']))
        pair_all[key] += 1
        if l['type'] == 'derives':
            pair_derives[key] += 1
            pair_word[key] += l['method'] == 'word-alignment'
        if l['type'] in ('derives', 'related'):
            child_links[l['fromMeasure']].append(l)
            into[l['toMeasure']].append(l)
    laws = {}

    def law(d):
        if d not in laws:
            laws[d] = Law(corpus, d)
        return laws[d]

    refdocs = {}

    def refdoc(d):
        if d not in refdocs:
            refdocs[d] = references.Document(corpus, d)
        return refdocs[d]

    rank = {'sample': 0}
    chosen = {}
    for label in labels_module.read_labels(labels_path):
        if label['set'] != 'law':
            continue
        for parent in label['toMeasure'].split('|'):
            l = by_pair.get((label['fromMeasure'], parent)) or by_pair.get((parent, label['fromMeasure']))
            if l is None:
                continue
            key = (l['fromMeasure'], l['toMeasure'])
            order = rank.get(label['purpose'], 1 if label['purpose'].startswith('chain') else 2)
            if key in chosen and chosen[key][0] <= order:
                chosen[key][2].add(label['purpose'])
                continue
            purposes = chosen[key][2] | {label['purpose']} if key in chosen else {label['purpose']}
            chosen[key] = (order, label, purposes, l)
    rows = []
    for key, (_, label, purposes, l) in sorted(chosen.items()):
        child, parent = law(l['from']), law(l['to'])
        ca, pa = references.article_of(l['fromMeasure']), references.article_of(l['toMeasure'])
        c, p = child.articles.get(ca, ''), parent.articles.get(pa, '')
        a, b = documents.get(l['from'], {}), documents.get(l['to'], {})
        lc = labels_module.LEVEL.get(labels_module.level(l['from'], a), 4)
        lp = labels_module.LEVEL.get(labels_module.level(l['to'], b), 4)
        year = lambda d: int(d['date'][:4]) if d.get('date', '')[:4].isdigit() else None
        ya, yb = year(a), year(b)
        score = float(l['score'] or 0)
        pair = frozenset((l['from'], l['to']))
        others = [x for x in child_links[l['fromMeasure']] if x is not l]
        same_parent = sorted((float(x['score']) for x in others if x['to'] == l['to']), reverse=True)
        elsewhere = [float(x['score']) for x in others if x['to'] != l['to']]
        t3c, t3p = ngrams(c, 3), ngrams(p, 3)
        shared3 = len(t3c & t3p)
        b2c, b2p = ngrams(c, 2), ngrams(p, 2)
        w = lambda s: sum(idf(g) for g in s)
        wc, wp, ws = w(b2c), w(b2p), w(b2c & b2p)
        leadc, leadp = ngrams(LEAD_END.split(c, 1)[0], 2), ngrams(LEAD_END.split(p, 1)[0], 2)
        wl = w(leadc & leadp) / max(min(w(leadc), w(leadp)), 1e-9) if leadc and leadp else 0.0
        # 4-grams of both articles held by no other article of either document.
        g4 = ngrams(c, 4) & ngrams(p, 4)
        elsewhere4 = set()
        for doc, number in ((child, ca), (parent, pa)):
            for k, text in doc.articles.items():
                if k != number:
                    elsewhere4 |= g4 & ngrams(text, 4)
        cited_article = 0
        if l['to'] in documents:
            reader_doc, target_doc = refdoc(l['from']), refdoc(l['to'])
            numbers = set()
            for title, ns in references.references(c)[0]:
                if target_doc.title and references.cites_parent(title, reader_doc, target_doc, l['to']):
                    numbers |= ns
            cited_article = (1 if pa in numbers else -1) if numbers else 0
        # The linked parent article against the parent's other articles, by IDF-weighted shared bigrams with the child
        # article: its weight over the best one's (1 when it is the best) and over the runner-up's.
        sims = sorted(((w(b2c & ngrams(text, 2)), k) for k, text in parent.articles.items()), reverse=True)
        own = w(b2c & b2p)
        top = sims[0][0] if sims else 0.0
        second = next((x for x, k in sims if k != pa), 0.0)
        best_ratio = own / top if top > 0 else 0.0
        runner_ratio = min(own / second, 5.0) if second > 0 else 5.0
        # Where the shared passages lie: in the lead clause (the provision's subject and verb) or in an enumeration
        # (（一）… items, a list of grounds) of each article; the first sentences' IDF-weighted overlap.
        shared_t = t3c & t3p
        lead_c, lead_p = LEAD_END.split(c, 1)[0], LEAD_END.split(p, 1)[0]
        items_c, items_p = ITEM.search(c), ITEM.search(p)
        enum_c = ngrams(c[items_c.start():], 3) if items_c else set()
        enum_p = ngrams(p[items_p.start():], 3) if items_p else set()
        first_c, first_p = ngrams(c.split('。', 1)[0], 2), ngrams(p.split('。', 1)[0], 2)
        kc, kp = kinds(c, child.chapter.get(ca, '')), kinds(p, parent.chapter.get(pa, ''))
        e = evidence.get((l['fromMeasure'], l['toMeasure']))
        f = dict(
            type=l['type'], right=int(label['truth'] == l['type']), truth=label['truth'], purpose=label['purpose'],
            purposes='|'.join(sorted(purposes)), group='|'.join(sorted(pair)),
            fromMeasure=l['fromMeasure'], toMeasure=l['toMeasure'],
            score=score, verbatim=int(l['kind'] == 'verbatim'), high=int(l.get('confidence') == 'high'),
            **{'m_' + m.split('-')[0]: int(l['method'] == m) for m in METHODS},
            levelChild=lc, levelParent=lp, levelGap=lc - lp, national=int(lc == 0 and lp == 0),
            cites=int(cites(l['from'], l['to'])), citedBack=int(cites(l['to'], l['from'])),
            version=int(pair in versions), sameRegion=int(bool(a.get('region')) and a.get('region') == b.get('region')),
            years=(ya - yb) if ya is not None and yb is not None else 0, citedArticle=cited_article,
            pairLinks=pair_all[pair], pairDerives=pair_derives[pair],
            pairWordShare=pair_word[pair] / pair_derives[pair] if pair_derives[pair] else 0.0,
            childOther=len(others), childElsewhere=len({x['to'] for x in others if x['to'] != l['to']}),
            intoSame=sum(x['from'] == l['from'] and x is not l for x in into[l['toMeasure']]),
            intoOther=len({x['from'] for x in into[l['toMeasure']] if x['from'] != l['from']}),
            bestElsewhere=max(elsewhere, default=0.0), marginElsewhere=score - max(elsewhere, default=0.0),
            marginInParent=score - same_parent[0] if same_parent else 1.0,
            lenChild=len(c), lenParent=len(p), logLenRatio=math.log((len(c) + 1) / (len(p) + 1)),
            trigrams=shared3, shareChild=shared3 / max(len(t3c), 1), shareParent=shared3 / max(len(t3p), 1),
            idfShared=ws / max(min(wc, wp), 1e-9), idfParent=ws / max(wp, 1e-9), leadOverlap=wl,
            longest=longest_common(c, p), specific=len(g4 - elsewhere4), shared4=len(g4),
            posChild=child.position(ca), posParent=parent.position(pa),
            posGap=abs(child.position(ca) - parent.position(pa)),
            **{'p_' + k: int(v) for k, v in kp.items()}, **{'c_' + k: int(v) for k, v in kc.items()},
            passage=e[0] if e else -1, passageTotal=e[1] if e else -1, terms=e[2] if e else -1,
            runnerUp=e[3] if e else -1.0, formulaShare=e[4] if e else -1.0,
            bestRatio=best_ratio, runnerRatio=runner_ratio,
            leadShareChild=len(shared_t & ngrams(lead_c, 3)) / max(len(shared_t), 1),
            leadShareParent=len(shared_t & ngrams(lead_p, 3)) / max(len(shared_t), 1),
            enumShare=len(shared_t & (enum_c | enum_p)) / max(len(shared_t), 1),
            bothEnumerate=int(len(ITEM.findall(c)) >= 2 and len(ITEM.findall(p)) >= 2),
            firstOverlap=w(first_c & first_p) / max(min(w(first_c), w(first_p)), 1e-9) if first_c and first_p else 0.0,
        )
        rows.append(f)
    keys = list(rows[0].keys())
    with open(target, 'w', encoding='utf-8') as f:
        f.write('\t'.join(keys) + '\n')
        for r in rows:
            f.write('\t'.join(f'{r[k]:.4f}' if isinstance(r[k], float) else str(r[k]) for k in keys) + '\n')
    counts = collections.Counter((r['type'], r['right']) for r in rows)
    print(f"{len(rows)} labelled law links: " + ', '.join(f"{t} right {counts[(t, 1)]} wrong {counts[(t, 0)]}"
                                                          for t in ('derives', 'related')))


NOT_FEATURES = {'type', 'right', 'truth', 'purpose', 'purposes', 'group', 'fromMeasure', 'toMeasure'}


def read_table(path):
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        rows = [dict(zip(header, line.rstrip('\n').split('\t'))) for line in f]
    names = [k for k in header if k not in NOT_FEATURES]
    for r in rows:
        r['right'] = int(r['right'])
        for k in names:
            r[k] = float(r[k])
    return rows, names


class Scorer:
    """The figures of `scripts/lineage-labels.py check` when some labelled links are withheld: the sample precision of a
    type (every set; rows of a pair the tool links as the type, counted per label row as check counts them) and the
    recall of the chains (a take-up is lost when every derives link to its acceptable parents is withheld)."""
    def __init__(self, out, labels_path):
        self.links = {}
        for name in ('seeds', 'govcn', 'law'):
            path = os.path.join(out, name + '.tsv')
            if not os.path.exists(path):
                continue
            for l in labels_module.read_tsv(path)[1]:
                if l['fromMeasure'] and l['toMeasure']:
                    self.links[(name, l['fromMeasure'], l['toMeasure'])] = l
                    self.links.setdefault((name, l['toMeasure'], l['fromMeasure']), l)
        self.labels = labels_module.read_labels(labels_path)

    def figures(self, withheld, kind):
        """withheld: {(fromMeasure, toMeasure)} of law links. Returns (right, n) of the `sample` rows of type kind,
        (found, n) of the five chains and of all chains."""
        good = n = 0
        for label in self.labels:
            if label['purpose'] != 'sample':
                continue
            l = self.links.get((label['set'], label['fromMeasure'], label['toMeasure']))
            if l is None or l['type'] != kind:
                continue
            if label['set'] == 'law' and (l['fromMeasure'], l['toMeasure']) in withheld:
                continue
            n += 1
            good += label['truth'] == kind
        five, seven = [0, 0], [0, 0]
        for label in self.labels:
            if label['set'] != 'law' or not label['purpose'].startswith('chain'):
                continue
            hit = False
            for parent in label['toMeasure'].split('|'):
                l = self.links.get(('law', label['fromMeasure'], parent))
                if l and l['type'] == 'derives' and l['fromMeasure'] == label['fromMeasure'] \
                        and (l['fromMeasure'], l['toMeasure']) not in withheld:
                    hit = True
            for c in ([five, seven] if label['purpose'] in FIVE_CHAINS else [seven]):
                c[0] += hit
                c[1] += 1
        return (good, n), tuple(five), tuple(seven)


def folds(rows, k, seed):
    import random
    groups = sorted({r['group'] for r in rows})
    random.Random(seed).shuffle(groups)
    fold = {g: i % k for i, g in enumerate(groups)}
    return [fold[r['group']] for r in rows]


def out_of_fold(rows, names, make, seeds, k=5):
    """Mean out-of-fold probability of being right over `seeds` grouped shuffles."""
    import numpy as np
    X = np.array([[r[n] for n in names] for r in rows])
    y = np.array([r['right'] for r in rows])
    p = np.zeros(len(rows))
    for seed in range(seeds):
        f = np.array(folds(rows, k, seed))
        for i in range(k):
            test, train = f == i, f != i
            if y[train].min() == y[train].max():
                p[test] += y[train][0]
                continue
            model = make()
            model.fit(X[train], y[train])
            p[test] += model.predict_proba(X[test])[:, 1]
    return p / seeds


def auc(p, y):
    pos = [a for a, b in zip(p, y) if b]
    neg = [a for a, b in zip(p, y) if not b]
    if not pos or not neg:
        return float('nan')
    wins = sum((a > b) + 0.5 * (a == b) for a in pos for b in neg)
    return wins / (len(pos) * len(neg))


def logistic(C=1.0):
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return lambda: make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight='balanced', max_iter=2000))


def tree(depth, leaf=8):
    from sklearn.tree import DecisionTreeClassifier
    return lambda: DecisionTreeClassifier(max_depth=depth, min_samples_leaf=leaf, class_weight='balanced', random_state=0)


def boosted():
    from sklearn.ensemble import HistGradientBoostingClassifier
    return lambda: HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, class_weight='balanced',
                                                  random_state=0)


def curve(rows, p, scorer, kind, base):
    """The trade-off: withholding the rows whose out-of-fold probability is under t, for t at each distinct cut.
    Returns printable lines: the cuts withholding 5, 10, 20, 30 % of the rows, the last cut before the first take-up of
    the five chains is lost, the best sample precision with none lost, and the first cut where the sample precision
    reaches 0.9 (with the take-ups lost by then)."""
    cuts = sorted(set(p))
    points = []
    for t in [0.0] + cuts[1:]:
        withheld = {(r['fromMeasure'], r['toMeasure']) for r, q in zip(rows, p) if q < t}
        right = sum(r['right'] for r, q in zip(rows, p) if q < t)
        (g, n), five, seven = scorer.figures(withheld, kind)
        points.append((t, right, len(withheld) - right, g, n, five, seven))

    def show(title, pt):
        t, right, wrong, g, n, five, seven = pt
        return (f"    {title:44} t {t:.3f}: withheld right {right:3}, wrong {wrong:3}; sample {kind} {g}/{n} = "
                f"{g / max(n, 1):.3f}; five chains {five[0]}/{five[1]}, all {seven[0]}/{seven[1]}")
    lines = []
    total = len(rows)
    for share in (0.05, 0.1, 0.2, 0.3):
        pt = next((x for x in points if x[1] + x[2] >= share * total), None)
        if pt:
            lines.append(show(f"withholding {int(share * 100)} % of the rows", pt))
    safe = [x for x in points if x[5][0] >= base[1][0]]
    last = safe[-1] if safe else points[0]
    lines.append(show('last cut losing no take-up of the five chains', last))
    kept = [x for x in safe if x[4] >= 0.5 * base[0][1]] or points[:1]
    best = max(kept, key=lambda x: (x[3] / max(x[4], 1), -x[1]))
    lines.append(show('best sample precision losing none (half kept)', best))
    reach = next((x for x in points if x[4] and x[3] / x[4] >= 0.9 and x[4] >= 0.5 * base[0][1]), None)
    lines.append(show('first cut with sample precision >= 0.9', reach) if reach else
                 '    sample precision never reaches 0.9 while half the sample rows are kept')
    return lines, best


def study(path, out, labels_path, seeds=3):
    import numpy as np
    rows_all, names = read_table(path)
    scorer = Scorer(out, labels_path)
    populations = [('derives', 'derives, every labelled row', lambda r: True),
                   ('derives', 'derives of tier low only (tier high always kept)', lambda r: not r['high']),
                   ('derives', 'derives, sample and chain rows only (no rows drawn from what earlier rules withheld)',
                    lambda r: r['purpose'] == 'sample' or r['purpose'].startswith('chain')),
                   ('related', 'related, every labelled row', lambda r: True)]
    for kind, title, accept in populations:
        rows = [r for r in rows_all if r['type'] == kind and accept(r)]
        y = [r['right'] for r in rows]
        base = scorer.figures(set(), kind)
        print(f"\n=== {title}: {len(rows)} labelled law links ({sum(y)} right, {len(y) - sum(y)} wrong) in "
              f"{len({r['group'] for r in rows})} document pairs; sample today {base[0][0]}/{base[0][1]} = "
              f"{base[0][0] / base[0][1]:.3f}, five chains {base[1][0]}/{base[1][1]}, all chains {base[2][0]}/{base[2][1]}")
        usable = [n for n in names if len({r[n] for r in rows}) > 1]
        # One feature at a time (a monotone rule: the logistic fit only orients and places the threshold).
        single = []
        for n in usable:
            p = out_of_fold(rows, [n], logistic(), 1)
            single.append((auc(p, y), n, p))
        single.sort(reverse=True)
        print('  one feature, out-of-fold AUC (grouped 5-fold): ' + ', '.join(f"{n} {a:.3f}" for a, n, _ in single[:12]))
        print('  medians right / wrong: ' + ', '.join(
            f"{n} {np.median([r[n] for r in rows if r['right']]):.3g} / {np.median([r[n] for r in rows if not r['right']]):.3g}"
            for _, n, _ in single[:10]))
        # Forward selection of up to four features for a logistic fit (on grouped CV AUC: optimistic, the choice sees
        # every fold).
        chosen, history = [], []
        for _ in range(4):
            trial = []
            for n in usable:
                if n in chosen:
                    continue
                p = out_of_fold(rows, chosen + [n], logistic(), 1)
                trial.append((auc(p, y), n))
            trial.sort(reverse=True)
            chosen.append(trial[0][1])
            history.append(f"{'+'.join(chosen)} {trial[0][0]:.3f}")
        print('  forward selection (logistic, AUC): ' + '; '.join(history))
        models = [('best one feature: ' + single[0][1], None, single[0][2]),
                  ('logistic, all features', logistic(0.3), None),
                  ('logistic, the four selected', logistic(), chosen),
                  ('tree depth 2', tree(2), None), ('tree depth 3', tree(3), None),
                  ('boosted trees depth 3 (not explainable: what the features can give)', boosted(), None)]
        for title, make, extra in models:
            if make is None:
                p = extra
            else:
                p = out_of_fold(rows, extra if isinstance(extra, list) else usable, make, seeds)
            print(f"\n  {title}: out-of-fold AUC {auc(p, y):.3f}")
            lines, _ = curve(rows, list(p), scorer, kind, base)
            print('\n'.join(lines))
        # The trees fitted on every row, to read.
        from sklearn.tree import export_text
        for depth in (2, 3):
            model = tree(depth)()
            model.fit(np.array([[r[n] for n in usable] for r in rows]), np.array(y))
            print(f"\n  tree depth {depth} on every {kind} row:\n" + export_text(model, feature_names=usable, show_weights=True))


RULE = ('a derives link of tier low, not made by the formula pass, whose two articles share at most 0.31 of the smaller '
        "side's IDF-weighted character bigrams, and whose parent article is not clearly the parent's best for the child "
        "article (its shared weight at most 1.21 × that of the parent's runner-up article)")


def simulate(out, corpus, target):
    """Applies RULE (simulated, unbuilt: the depth-3 tree's first branch fitted on every labelled derives row) to every
    derives link of DIR/law.tsv; writes TARGET/withheld/law.tsv (documents and the withheld links, for
    `scripts/lineage-labels.py draw`) and TARGET/filtered/law.tsv (the output without them)."""
    df, n_articles = bigram_df(corpus, df_cache(corpus))
    idf = lambda g: math.log((n_articles + 1) / (df.get(g, 0) + 1))
    w = lambda s: sum(idf(g) for g in s)
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    laws, grams = {}, {}

    def article_grams(d):
        if d not in grams:
            laws[d] = Law(corpus, d)
            grams[d] = {k: ngrams(t, 2) for k, t in laws[d].articles.items()}
            if len(grams) > 400:
                grams.pop(next(iter(grams)))
        return grams[d]
    withheld = set()
    for l in sorted((l for l in links if l['type'] == 'derives' and l['fromMeasure'] and l['confidence'] == 'low'
                     and l['method'] != 'formula-correspondence'), key=lambda l: l['to']):
        ca, pa = references.article_of(l['fromMeasure']), references.article_of(l['toMeasure'])
        c = article_grams(l['from']).get(ca, set())
        parent = article_grams(l['to'])
        p = parent.get(pa, set())
        if not c or not p:
            continue
        shared = w(c & p) / max(min(w(c), w(p)), 1e-9)
        if shared > 0.31:
            continue
        own = w(c & p)
        second = max((w(c & g) for k, g in parent.items() if k != pa), default=0.0)
        if (own / second if second > 0 else 5.0) <= 1.21:
            withheld.add((l['fromMeasure'], l['toMeasure']))
    labels_module.split_output(out, target, lambda cells: cells[0] == 'derives' and len(cells) >= 12
                               and (cells[2], cells[5]) in withheld)
    methods = collections.Counter(l['method'] for l in links if (l['fromMeasure'], l['toMeasure']) in withheld and l['type'] == 'derives')
    print(f"rule: {RULE}\n{len(withheld)} law derives links withheld (" + ', '.join(f"{m} {n}" for m, n in methods.most_common()) + ')')


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'table':
        table(*sys.argv[2:6])
    elif len(sys.argv) > 1 and sys.argv[1] == 'study':
        study(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[6]) if len(sys.argv) > 6 and sys.argv[5] == '--seeds' else 3)
    elif len(sys.argv) > 1 and sys.argv[1] == 'simulate':
        simulate(*sys.argv[2:5])
    else:
        sys.exit(__doc__)
