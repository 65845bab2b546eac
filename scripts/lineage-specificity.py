#!/usr/bin/env python3
"""Specificity and lead clauses against the labels: a simulation of two features of meaning for `derives` / `related`.

  python3 scripts/lineage-specificity.py DIR [LAW_CORPUS] [--labels-at REV] [--rows] [--draw TYPE RULE N SEED]

DIR holds `law.tsv` and `seeds.tsv` of `zhengce lineage --corpus … --format tsv`; LAW_CORPUS defaults to
../shared/corpora/lawrefbook (article texts are read from the law files, a measure id ends in its article number);
the seeds' measure texts are read from Output/zhengce.json. Labels, their halves A / B (by seed group) and the join
with the output are those of scripts/lineage-confidence.py.

(a) passage specificity: the evidence a link shares is the set S of character 4-grams (Han characters only, numerals
    folded) found in both articles. For each gram, the number of the parent document's own articles that hold it
    (df_P), and the same in the child document (df_C). `specParent` = share of S held by the linked parent article
    alone (df_P = 1); `idfParent` = mean of log(N_P / df_P) / log(N_P) over S (1 when every shared gram is the
    article's own); `specChild` / `idfChild` the same on the child side; `specific` = grams of S unique on both sides.
    A fine template or a list item that recurs in many articles of the parent is not evidence that this article was
    taken up.
(b) lead clause: the article's own provision — its text up to the first ，。：； (after the 第N条 label); the actor is
    the lead clause up to 应当 / 可以 / 负责 / 不得 / 必须 / 应 / 由 (when one is there). `lead` = IDF-weighted overlap of the
    two lead clauses' character bigrams (IDF over the lead clauses of every law article read), divided by the smaller
    side's weight; `actor` = the same on the actors (None when either has none).

Prints precision of derives / related per feature bucket (labelled sample rows, halves A / B), the found chain and seeds
take-ups per bucket, then a trade-off table of rules (withhold when …): precision on both halves, chain recall (280),
seeds take-ups (26), links withheld in the whole output. `--draw` prints links a rule withholds, drawn at random, to be read.
"""
import collections, importlib, json, math, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
confidence = importlib.import_module('lineage-confidence')
references = importlib.import_module('lineage-references')

HAN = re.compile(r'[\u4e00-\u9fff]')
NUMERALS = str.maketrans({c: '#' for c in '一二三四五六七八九十百千零〇两'})
LEAD_END = re.compile(r'[，。：；,;:]')
ACTOR_END = re.compile(r'应当|可以|负责|不得|必须|应|由|须')
N = 4



def grams(text, n=N):
    t = ''.join(c for c in text.translate(NUMERALS) if HAN.match(c) or c == '#')
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def lead_clause(text):
    text = re.sub(r'^\s*第[一二三四五六七八九十百千零〇两]+条(?:之[一二三四五六七八九十]+)?[\s　]*', '', text or '')
    m = LEAD_END.search(text)
    return text[:m.start()] if m else text[:60]


def actor(lead):
    m = ACTOR_END.search(lead)
    return lead[:m.start()] if m and m.start() >= 2 else None


def bigrams(text):
    t = ''.join(HAN.findall(text or ''))
    return {t[i:i + 2] for i in range(len(t) - 1)}


class Texts:
    """Article texts: law documents by article number, seeds documents by measure id."""
    def __init__(self, law_root):
        self.law = references.Corpus(law_root)
        self.seeds = collections.defaultdict(dict)
        if os.path.exists('Output/zhengce.json'):
            with open('Output/zhengce.json', encoding='utf-8') as f:
                for m in json.load(f)['measures']:
                    self.seeds[m['document']][m['id']] = m['text']
        self.df_cache = {}
        self.lead_df = collections.Counter()
        self.lead_n = 0

    def articles(self, document):
        """{key: text} of the document's articles (keys: article numbers for law, measure ids for seeds)."""
        if document in self.seeds:
            return self.seeds[document]
        return self.law.document(document).articles

    def key(self, document, measure):
        return measure if document in self.seeds else references.article_of(measure)

    def text(self, document, measure):
        return self.articles(document).get(self.key(document, measure), '')

    def df(self, document):
        """gram → number of the document's articles that hold it; and the number of articles."""
        if document not in self.df_cache:
            c = collections.Counter()
            arts = self.articles(document)
            for t in arts.values():
                c.update(grams(t))
            self.df_cache[document] = (c, max(len(arts), 1))
        return self.df_cache[document]

    def read_lead_idf(self, root):
        """Document frequency of lead-clause bigrams over every law article of the corpus (and the seeds' measures)."""
        for dirpath, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith('.md'):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), root)[:-3].replace(os.sep, '--')
                for t in self.law.document(rel).articles.values():
                    self.lead_df.update(bigrams(lead_clause(t)))
                    self.lead_n += 1
                self.law.documents.pop(rel, None)
        for arts in self.seeds.values():
            for t in arts.values():
                self.lead_df.update(bigrams(lead_clause(t)))
                self.lead_n += 1

    def idf(self, g):
        return math.log((self.lead_n + 1) / (self.lead_df.get(g, 0) + 1))

    def overlap(self, a, b):
        if not a or not b:
            return 0.0
        wa, wb = sum(self.idf(g) for g in a), sum(self.idf(g) for g in b)
        shared = sum(self.idf(g) for g in a & b)
        return shared / max(min(wa, wb), 1e-9)


def measure_features(texts, child, cm, parent, pm):
    c, p = texts.text(child, cm), texts.text(parent, pm)
    if not c or not p:
        return None
    gc, gp = grams(c), grams(p)
    shared = gc & gp
    dfp, np_ = texts.df(parent)
    dfc, nc = texts.df(child)
    f = {'shared': len(shared)}
    if shared:
        f['specParent'] = sum(1 for g in shared if dfp[g] <= 1) / len(shared)
        f['specChild'] = sum(1 for g in shared if dfc[g] <= 1) / len(shared)
        f['idfParent'] = sum(math.log(np_ / max(dfp[g], 1)) for g in shared) / len(shared) / math.log(np_) if np_ > 1 else 1.0
        f['idfChild'] = sum(math.log(nc / max(dfc[g], 1)) for g in shared) / len(shared) / math.log(nc) if nc > 1 else 1.0
        f['specific'] = sum(1 for g in shared if dfp[g] <= 1 and dfc[g] <= 1)
    else:
        f.update(specParent=0.0, specChild=0.0, idfParent=0.0, idfChild=0.0, specific=0)
    lc, lp = lead_clause(c), lead_clause(p)
    f['lead'] = texts.overlap(bigrams(lc), bigrams(lp))
    ac, ap = actor(lc), actor(lp)
    f['actor'] = texts.overlap(bigrams(ac), bigrams(ap)) if ac and ap else None
    f['leads'] = (lc, lp)
    return f


CHOSEN = 'CHOSEN: derives whose shared 4-grams all recur in another article of the parent or of the child (shared ≥ 3)'


def chosen(x, f):
    """The rule built (`Context.withholdUnspecific`): a `derives` link whose two articles share passages, none of which
    is theirs alone — every shared 4-gram is also in another article of the parent or of the child; fewer than 3 shared
    4-grams (less than one passage of six characters: a paraphrase) say nothing."""
    return f['type'] == 'derives' and x['shared'] >= 3 and x['specific'] < 1


def bucket_of(value, edges, fmt='{:.2f}'):
    if value is None:
        return '-'
    for n, e in enumerate(edges):
        if value < e:
            return ('<' + fmt.format(e)) if n == 0 else (fmt.format(edges[n - 1]) + '–' + fmt.format(e))
    return '≥' + fmt.format(edges[-1])


def lost_takeups(chains, rule, dropped):
    """The labelled chain and seeds take-ups a rule withholds in every link found for them: (row, its best link)."""
    for row, hits in chains:
        if hits and all(dropped(rule, h, ('derives', 'related')) for h in hits):
            yield row, max(hits, key=lambda h: h['score'])


def precision_table(title, samples, chains, feat, key):
    """Prints, per link type, right/all per bucket of `key(features, link)` over the labelled samples (halves A | B)
    and the buckets of the best-scoring found link of each labelled chain take-up."""
    counts = collections.defaultdict(collections.Counter)
    for r, f, ok in samples:
        x = feat(f)
        counts[(f['type'], '-' if x is None else key(x, f))][('ok' if ok else 'no', r['half'])] += 1
    found = collections.Counter()
    for row, hits in chains:
        hs = [h for h in hits if feat(h)]
        if hs:
            best = max(hs, key=lambda h: h['score'])
            found[('chain' if row['purpose'] != 'takeup' else 'takeup', key(feat(best), best))] += 1
    print(f'\n{title}  (right/all, half A | half B)')
    for t in ('derives', 'related'):
        cells = sorted((b, c) for (tt, b), c in counts.items() if tt == t)
        print(f'  {t:8} ' + '; '.join(
            f"{b}: {c[('ok', 'A')] + c[('ok', 'B')] + c[('ok', '-')]}/{sum(c.values())}"
            + (f" = {(c[('ok', 'A')] + c[('ok', 'B')] + c[('ok', '-')]) / sum(c.values()):.2f}" if sum(c.values()) >= 5 else '')
            + f" ({c[('ok', 'A')]}/{c[('ok', 'A')] + c[('no', 'A')]} | {c[('ok', 'B')]}/{c[('ok', 'B')] + c[('no', 'B')]})"
            for b, c in cells))
    for kind in ('chain', 'takeup'):
        cells = sorted((b, n) for (k, b), n in found.items() if k == kind)
        print(f'  {kind:8} found: ' + '; '.join(f'{b}: {n}' for b, n in cells))


def main():
    out, law, rows, outputs, tables, samples, chains = confidence.start(sys.argv, {'--labels-at': 1, '--draw': 4, '--lost': 1, '--write': 1})
    texts = Texts(law)
    texts.read_lead_idf(law)
    for name, table in tables.items():
        for (t, fm, tm), f in table.items():
            f['fm'], f['tm'] = fm, tm
    cache = {}

    def feat(f):
        key = (f['fm'], f['tm'])
        if key not in cache:
            cache[key] = measure_features(texts, f['from'], f['fm'], f['to'], f['tm'])
        return cache[key]

    samples = [(r, f, ok) for r, f, ok in samples if f['type'] in ('derives', 'related')]
    print(f"Labelled sample rows linked now as derives / related: {sum(1 for _, f, _ in samples if f['type'] == 'derives')} / "
          f"{sum(1 for _, f, _ in samples if f['type'] == 'related')}; with both texts read: "
          f"{sum(1 for _, f, _ in samples if feat(f))}")

    # 1. Precision per bucket.
    def table(title, key, edges=None):
        precision_table(title, samples, chains, feat, lambda x, f: key(x))

    e = (0.1, 0.25, 0.5, 0.75)
    table('(a) specParent: share of the shared 4-grams held by the linked parent article alone', lambda x: bucket_of(x['specParent'], e))
    table('(a) idfParent: mean normalised IDF of the shared 4-grams over the parent\'s articles', lambda x: bucket_of(x['idfParent'], e))
    table('(a) specChild', lambda x: bucket_of(x['specChild'], e))
    table('(a) idfChild', lambda x: bucket_of(x['idfChild'], e))
    table('(a) specific: shared 4-grams unique to both articles', lambda x: bucket_of(x['specific'], (1, 3, 6, 12, 25), '{}'))
    table('(a) min(specParent, specChild)', lambda x: bucket_of(min(x['specParent'], x['specChild']), e))
    table('(b) lead: IDF-weighted overlap of the lead clauses\' bigrams', lambda x: bucket_of(x['lead'], (0.1, 0.2, 0.3, 0.5, 0.75)))
    table('(b) actor: the same on the actors (- when either has none)', lambda x: bucket_of(x['actor'], (0.1, 0.3, 0.6)))

    # 2. Rules.
    def rules():
        out = [('nothing', lambda x, f: False)]
        for v in (0.1, 0.2, 0.3):
            out.append((f'(a) specParent < {v}', (lambda v: lambda x, f: x['specParent'] < v)(v)))
        for v in (0.2, 0.3, 0.4):
            out.append((f'(a) idfParent < {v}', (lambda v: lambda x, f: x['idfParent'] < v)(v)))
        for v in (0.1, 0.2):
            out.append((f'(a) min(specParent, specChild) < {v}', (lambda v: lambda x, f: min(x['specParent'], x['specChild']) < v)(v)))
        for k in (1, 3, 6):
            out.append((f'(a) specific < {k}', (lambda k: lambda x, f: x['specific'] < k)(k)))
        for k in (1, 3, 5):
            out.append((f'(a) specParent < 0.1 and shared ≥ {k}', (lambda k: lambda x, f: x['specParent'] < 0.1 and x['shared'] >= k)(k)))
            out.append((f'(a) specific < 1 and shared ≥ {k}', (lambda k: lambda x, f: x['specific'] < 1 and x['shared'] >= k)(k)))
            out.append((f'(a) min(specParent, specChild) < 0.1 and shared ≥ {k}',
                        (lambda k: lambda x, f: min(x['specParent'], x['specChild']) < 0.1 and x['shared'] >= k)(k)))
        out.append(('(a) specific < 1 and score < 0.4', lambda x, f: x['specific'] < 1 and f['score'] < 0.4))
        out.append(('(a) min(specParent, specChild) < 0.05', lambda x, f: min(x['specParent'], x['specChild']) < 0.05))
        out.append((CHOSEN, chosen))
        for v, s in ((0.2, 0.4), (0.3, 0.4), (0.25, 0.35)):
            out.append((f'(a) specParent < {v} and score < {s}', (lambda v, s: lambda x, f: x['specParent'] < v and f['score'] < s)(v, s)))
        for v in (0.05, 0.1, 0.2, 0.3):
            out.append((f'(b) lead < {v}', (lambda v: lambda x, f: x['lead'] < v)(v)))
        for v in (0.1, 0.2):
            out.append((f'(b) lead < {v} and score < 0.4', (lambda v: lambda x, f: x['lead'] < v and f['score'] < 0.4)(v)))
        for v in (0.05, 0.1, 0.2):
            out.append((f'(b) actor < {v} (both named)', (lambda v: lambda x, f: x['actor'] is not None and x['actor'] < v)(v)))
        for v, w in ((0.1, 0.1), (0.2, 0.1), (0.2, 0.2), (0.3, 0.1)):
            out.append((f'(a)+(b) specParent < {v} and lead < {w}',
                        (lambda v, w: lambda x, f: x['specParent'] < v and x['lead'] < w)(v, w)))
        return out

    def dropped(rule, f, types):
        if f['type'] not in types:
            return False
        x = feat(f)
        return x is not None and rule(x, f)

    print('\nRules withholding links (precision of the labelled rows kept: half A | half B | all; chain recall; seeds take-ups; '
          'withheld in the output)')
    print('| rule | types | derives A | derives B | derives all | related A | related B | related all | chains (280) | seeds take-ups (26) | withheld derives / related |')
    print('|---|---|---|---|---|---|---|---|---|---|---|')
    every = [f for table_ in tables.values() for f in table_.values() if f['type'] in ('derives', 'related')]
    fired = {}
    for name, rule in rules():
        for types in (('derives', 'related'),):
            res = {}
            for half in ('A', 'B', 'all'):
                for t in ('derives', 'related'):
                    kept = [ok for r, f, ok in samples if f['type'] == t and (half == 'all' or r['half'] == half)
                            and not dropped(rule, f, types)]
                    res[(half, t)] = (sum(kept), len(kept))
            ch = [(row, hits) for row, hits in chains if row['purpose'] != 'takeup']
            tk = [(row, hits) for row, hits in chains if row['purpose'] == 'takeup']
            cf = sum(1 for row, hits in ch if any(not dropped(rule, h, types) for h in hits))
            tf = sum(1 for row, hits in tk if any(not dropped(rule, h, types) for h in hits))
            w = collections.Counter()
            if '--fast' not in sys.argv or name in ('nothing', CHOSEN):
                for f in every:
                    if dropped(rule, f, types):
                        w[f['type']] += 1
                        fired.setdefault(name, []).append(f)

            def p(k):
                g, n = res[k]
                return f'{g}/{n} = {g / n:.2f}' if n else '—'
            print(f"| {name} | {'/'.join(t[0] for t in types)} | {p(('A', 'derives'))} | {p(('B', 'derives'))} | {p(('all', 'derives'))} | "
                  f"{p(('A', 'related'))} | {p(('B', 'related'))} | {p(('all', 'related'))} | {cf}/{len(ch)} | {tf}/{len(tk)} | "
                  f"{w['derives']:,} / {w['related']:,} |")

    if '--write' in sys.argv:
        # main's output less the links the chosen rule withholds (measure links only; the document aggregates are left as
        # they are): a stand-in for the Swift output, to draw a fresh sample from while it builds.
        target = sys.argv[sys.argv.index('--write') + 1]
        os.makedirs(target, exist_ok=True)
        drop = {(f['fm'], f['tm']) for f in fired.get(CHOSEN, []) if f['type'] == 'derives'}
        with open(os.path.join(out, 'law.tsv'), encoding='utf-8') as src, open(os.path.join(target, 'law.tsv'), 'w', encoding='utf-8') as dst:
            for line in src:
                cells = line.rstrip('\n').split('\t')
                if cells[0] == 'derives' and len(cells) == 11 and (cells[2], cells[5]) in drop:
                    continue
                dst.write(line)
        print(f'\nwrote {target}/law.tsv without {len(drop):,} derives measure links')
    if '--lost' in sys.argv:
        name = sys.argv[sys.argv.index('--lost') + 1]
        rule = dict(rules())[name]
        print(f'\nChain / seeds take-ups lost by {name}:')
        for row, h in lost_takeups(chains, rule, dropped):
            x = feat(h)
            print(f"  {row['purpose']} {h['score']:.3f} {h['kind']} shared={x['shared']} sp={x['specParent']:.2f} sc={x['specChild']:.2f} "
                  f"k={x['specific']} lead={x['lead']:.2f} {h['fm'].rsplit('--', 1)[-1]} ← {h['tm'].rsplit('--', 1)[-1]}")
            print(f"     {texts.text(h['from'], h['fm'])[:150]}\n     {texts.text(h['to'], h['tm'])[:150]}")
    if '--rows' in sys.argv:
        print('\nLabelled rows (type, right/WRONG, score, specParent, idfParent, specChild, specific, lead, actor; lead clauses):')
        for r, f, ok in sorted(samples, key=lambda s: (s[1]['type'], s[2])):
            x = feat(f)
            if not x:
                continue
            print(f"  {f['type'][:3]} {'right' if ok else 'WRONG'} {f['score']:.3f} sp={x['specParent']:.2f} ip={x['idfParent']:.2f} "
                  f"sc={x['specChild']:.2f} k={x['specific']} lead={x['lead']:.2f} actor={x['actor'] if x['actor'] is None else round(x['actor'], 2)} "
                  f"| {x['leads'][0][:24]} ← {x['leads'][1][:24]} | {r.get('note', '')[:40]}")
    if '--draw' in sys.argv:
        i = sys.argv.index('--draw')
        t, name, n, seed = sys.argv[i + 1:i + 5]
        pool = [f for f in fired.get(name, []) if f['type'] == t]
        for k, f in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
            x = feat(f)
            print(f"=== {k} {t} {f['score']} {f['kind']} sp={x['specParent']:.2f} lead={x['lead']:.2f}")
            print(f"  from {f['fm']}\n    {texts.text(f['from'], f['fm'])[:400]}")
            print(f"  to   {f['tm']}\n    {texts.text(f['to'], f['tm'])[:400]}")


if __name__ == '__main__':
    main()
