#!/usr/bin/env python3
"""Has the child article a parent at all? A simulation for `derives` / `related` (issue 15, nineteenth round).

  python3 scripts/lineage-parentless.py DIR [LAW_CORPUS] [--labels-at REV] [--rows] [--lost RULE] [--transitive]
                                        [--draw TYPE RULE N SEED] [--kept-draw TYPE RULE N SEED]

DIR holds `law.tsv` and `seeds.tsv` of `zhengce lineage --corpus … --format tsv`; LAW_CORPUS defaults to
../shared/corpora/lawrefbook. Labels, halves A / B and the join with the output are those of
scripts/lineage-confidence.py; article texts are read as scripts/lineage-specificity.py reads them.

The ranking and margin rules choose which parent article a child article takes up, not whether it takes one up.
The feature simulated here asks the parent *document*: how much of the child article's vocabulary does the parent
text hold anywhere? The child article's character bigrams (Han characters, numerals folded; the bigrams of the child
document's own title left out: its jurisdiction and subject) are weighted by IDF over every article of the law corpus
(log((N + 1) / (df + 1))), and

  docCov   = weight of the child's bigrams found anywhere in the parent document / weight of all the child's bigrams
  artCov   = the same, found in the linked parent article
  rest     = artCov / docCov (how much of what the parent document holds of the child is in this article)
  peers, siblings, confirmed, rival: read from the output (`output_features`): does the child match a peer as strongly as
             its parent, and do other implementing texts take up the same parent article in the child's words
  ownShare = weight of the child's bigrams found neither in the parent document nor in more than `OWN_DF` articles of
             the corpus / weight of all: vocabulary the child brings of its own (local bodies, local procedures)

A local article that borrows only a sentence or a list of its parent talks mostly about things the parent never names
(low docCov, high ownShare); a take-up, even in other words, stays within the parent's vocabulary. Prints precision per
bucket (labelled sample rows, halves A | B), the chain and seeds take-ups per bucket, and a trade-off table of rules
(withhold when …): precision of what remains on both halves, chain recall (280), seeds take-ups (26), links withheld in
the whole output. `--transitive` simulates the other side, recall by a peer (`transitive`). `--draw` prints links a rule withholds, `--kept-draw` links it keeps, drawn at random, to be read.
"""
import collections, importlib, math, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
confidence = importlib.import_module('lineage-confidence')
references = importlib.import_module('lineage-references')
specificity = importlib.import_module('lineage-specificity')

HAN = re.compile(r'[\u4e00-\u9fff]')
NUMERALS = str.maketrans({c: '#' for c in '一二三四五六七八九十百千零〇两'})
LABEL = re.compile(r'^\s*第[一二三四五六七八九十百千零〇两]+条(?:之[一二三四五六七八九十]+)?[\s　]*')
OWN_DF = 50


def bigrams(text):
    t = ''.join(c for c in LABEL.sub('', text or '').translate(NUMERALS) if HAN.match(c) or c == '#')
    return {t[i:i + 2] for i in range(len(t) - 1)}


class Vocabulary:
    """Bigram document frequency over every article of the law corpus and the seeds' measures."""
    def __init__(self, texts, root):
        self.df = collections.Counter()
        self.n = 0
        for dirpath, _, files in os.walk(root):
            for name in sorted(files):
                if not name.endswith('.md'):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, name), root)[:-3].replace(os.sep, '--')
                for t in texts.law.document(rel).articles.values():
                    self.df.update(bigrams(t))
                    self.n += 1
                texts.law.documents.pop(rel, None)
        for arts in texts.seeds.values():
            for t in arts.values():
                self.df.update(bigrams(t))
                self.n += 1

    def idf(self, g):
        return math.log((self.n + 1) / (self.df.get(g, 0) + 1))


class Features:
    def __init__(self, texts, vocabulary):
        self.texts, self.v = texts, vocabulary
        self.doc_grams, self.titles, self.cache = {}, {}, {}

    def document(self, document):
        if document not in self.doc_grams:
            grams = set()
            for t in self.texts.articles(document).values():
                grams |= bigrams(t)
            self.doc_grams[document] = grams
        return self.doc_grams[document]

    def title(self, document):
        if document not in self.titles:
            title = self.texts.law.document(document).title if document not in self.texts.seeds else ''
            if not title:
                title = re.sub(r'\(.*$', '', document.rsplit('--', 1)[-1])
            self.titles[document] = bigrams(title)
        return self.titles[document]

    def of(self, child, cm, parent, pm):
        key = (cm, pm)
        if key in self.cache:
            return self.cache[key]
        c, p = self.texts.text(child, cm), self.texts.text(parent, pm)
        x = None
        if c and p:
            gc = bigrams(c) - self.title(child)
            gp, gd = bigrams(p), self.document(parent)
            w = {g: self.v.idf(g) for g in gc}
            total = sum(w.values()) or 1e-9
            doc = sum(x for g, x in w.items() if g in gd)
            art = sum(x for g, x in w.items() if g in gp)
            own = sum(x for g, x in w.items() if g not in gd and self.v.df.get(g, 0) <= OWN_DF)
            x = {'docCov': doc / total, 'artCov': art / total, 'rest': art / doc if doc else 0.0,
                 'ownShare': own / total, 'grams': len(gc),
                 'missing': sorted((g for g in gc if g not in gd), key=lambda g: -w[g])[:12]}
        self.cache[key] = x
        return x


def output_features(outputs):
    """Features read from the output itself, per (child measure, parent measure): `peers` (the child measure's `parallel`
    links at least as strong as this link, whose other end does not derive from the same parent document: the child
    matches a peer as well as its parent, and the peer does not take from that parent) and `siblings` / `confirmed`
    (other documents' measures deriving from the same parent measure; those of them linked to the child measure in any
    type: a take-up that other implementing texts make in the same words); `rival` (the strongest other measure of the
    child document deriving from the same parent measure, over this link's score)."""
    result = {}
    for name, (documents, links, _) in outputs.items():
        parallel = collections.defaultdict(list)
        derives_docs = collections.defaultdict(set)
        children = collections.defaultdict(set)
        takers = collections.defaultdict(list)
        near = collections.defaultdict(set)
        document_of = {}
        measure_links = [l for l in links if l['fromMeasure'] and l['toMeasure'] and l['type'] != 'cites']
        for l in measure_links:
            document_of[l['fromMeasure']], document_of[l['toMeasure']] = l['from'], l['to']
            near[l['fromMeasure']].add(l['toMeasure'])
            near[l['toMeasure']].add(l['fromMeasure'])
            score = float(l['score'] or 0)
            if l['type'] == 'parallel':
                parallel[l['fromMeasure']].append((score, l['toMeasure']))
                parallel[l['toMeasure']].append((score, l['fromMeasure']))
            elif l['type'] == 'derives':
                derives_docs[l['fromMeasure']].add(l['to'])
                children[l['toMeasure']].add(l['fromMeasure'])
                takers[(l['from'], l['toMeasure'])].append((score, l['fromMeasure']))
        for l in measure_links:
            if l['type'] not in ('derives', 'related'):
                continue
            score = float(l['score'] or 0)
            peers = [m for s, m in parallel.get(l['fromMeasure'], []) if s >= score and l['to'] not in derives_docs.get(m, ())]
            siblings = {c for c in children.get(l['toMeasure'], ()) if document_of.get(c) != l['from']}
            rivals = [x for x, m in takers.get((l['from'], l['toMeasure']), []) if m != l['fromMeasure']]
            result[(l['fromMeasure'], l['toMeasure'])] = {
                'peers': len(peers), 'siblings': len(siblings),
                'confirmed': len(siblings & near.get(l['fromMeasure'], set())),
                'rival': max(rivals) / score if rivals and score else 0.0}
    return result


def transitive(outputs, chains):
    """Recall by a peer: a child measure C linked `parallel` to a peer measure Q that derives from a parent measure P,
    where C's document cites P's document (or a version of it) and C has no derives link into it, is proposed C → P (the
    best-supported P per child, support = min of the two scores). Prints how many missed chain take-ups it recovers and,
    inside the labelled chains' document pairs (every child article read against the parent), how many proposals are
    labelled take-ups."""
    documents, links, _ = outputs['law']
    cited, versions, document_of = set(), collections.defaultdict(set), {}
    parallel, derives, derives_docs = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(set)
    for l in links:
        if not l['fromMeasure']:
            if l['type'] == 'cites':
                cited.add((l['from'], l['to']))
            elif l['type'] == 'version':
                versions[l['from']].add(l['to'])
                versions[l['to']].add(l['from'])
        elif l['toMeasure'] and l['type'] != 'cites':
            document_of[l['fromMeasure']], document_of[l['toMeasure']] = l['from'], l['to']
            score = float(l['score'] or 0)
            if l['type'] == 'parallel':
                parallel[l['fromMeasure']].append((score, l['toMeasure']))
                parallel[l['toMeasure']].append((score, l['fromMeasure']))
            elif l['type'] == 'derives':
                derives[l['fromMeasure']].append((score, l['toMeasure'], l['to']))
                derives_docs[l['fromMeasure']].add(l['to'])
    cited |= {(a, v) for (a, b) in list(cited) for v in versions.get(b, ())}
    best = {}
    for child, peers in sorted(parallel.items()):
        for s1, peer in peers:
            for s2, parent, parent_doc in derives.get(peer, []):
                if (document_of[child], parent_doc) in cited and parent_doc not in derives_docs.get(child, ()):
                    if child not in best or min(s1, s2) > best[child][1]:
                        best[child] = (parent, min(s1, s2))
    labelled, pairs, missed = collections.defaultdict(set), set(), []
    for row, hits in chains:
        if row['purpose'] == 'takeup' or row['set'] != 'law':
            continue
        labelled[row['fromMeasure']] |= set(row['toMeasure'].split('|'))
        pairs.add((row['from'], row['to']))
        if not hits:
            missed.append(row)
    recovered = [r for r in missed if r['fromMeasure'] in best and best[r['fromMeasure']][0] in r['toMeasure'].split('|')]
    inside = [(c, p) for c, (p, _) in best.items() if (document_of[c], document_of[p]) in pairs]
    right = [(c, p) for c, p in inside if p in labelled.get(c, ())]
    print(f'\nRecall by a peer: {len(best):,} child measures get a proposed parent; missed chain take-ups recovered '
          f'{len(recovered)}/{len(missed)}; proposals inside the labelled chain pairs {len(inside)}, labelled take-ups {len(right)}')


bucket_of = specificity.bucket_of


def main():
    out, law, rows, outputs, tables, samples, chains = confidence.start(
        sys.argv, {'--labels-at': 1, '--draw': 4, '--kept-draw': 4, '--lost': 1})
    texts = specificity.Texts(law)
    features = Features(texts, Vocabulary(texts, law))
    for name, table in tables.items():
        for (t, fm, tm), f in table.items():
            f['fm'], f['tm'] = fm, tm

    from_output = output_features(outputs)

    def feat(f):
        x = features.of(f['from'], f['fm'], f['to'], f['tm'])
        if x is not None and 'peers' not in x:
            x.update(from_output.get((f['fm'], f['tm']), {'peers': 0, 'siblings': 0, 'confirmed': 0, 'rival': 0.0}))
        return x

    samples = [(r, f, ok) for r, f, ok in samples if f['type'] in ('derives', 'related')]
    print(f"Labelled sample rows linked now as derives / related: {sum(1 for _, f, _ in samples if f['type'] == 'derives')} / "
          f"{sum(1 for _, f, _ in samples if f['type'] == 'related')}; with both texts read: {sum(1 for _, f, _ in samples if feat(f))}")

    def table(title, key):
        specificity.precision_table(title, samples, chains, feat, key)

    e = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
    table('docCov: share of the child article\'s weighted bigrams the parent document holds', lambda x, f: bucket_of(x['docCov'], e))
    table('artCov: the same, in the linked parent article', lambda x, f: bucket_of(x['artCov'], (0.2, 0.3, 0.4, 0.5, 0.6)))
    table('rest: artCov / docCov', lambda x, f: bucket_of(x['rest'], (0.4, 0.5, 0.6, 0.7, 0.8)))
    table('peers: the child measure\'s parallel links at least as strong whose other end does not derive from the parent document',
          lambda x, f: str(min(x['peers'], 3)))
    table('siblings (other documents\' measures deriving from the parent measure) / confirmed (of them linked to the child measure)',
          lambda x, f: f"{min(x['siblings'], 3)}/{'confirmed' if x['confirmed'] else 'none'}")
    table('ownShare: the child\'s rare bigrams (df ≤ %d) absent from the parent document' % OWN_DF,
          lambda x, f: bucket_of(x['ownShare'], (0.05, 0.1, 0.15, 0.2, 0.3)))

    def rules():
        out = [('nothing', lambda x, f: False)]
        for v in (0.5, 0.55, 0.6, 0.65, 0.7):
            out.append((f'docCov < {v}', (lambda v: lambda x, f: x['docCov'] < v)(v)))
        for v in (0.1, 0.15, 0.2, 0.25):
            out.append((f'ownShare ≥ {v}', (lambda v: lambda x, f: x['ownShare'] >= v)(v)))
        for v in (0.5, 0.6):
            for s in (0.3, 0.4):
                out.append((f'docCov < {v} and score < {s}', (lambda v, s: lambda x, f: x['docCov'] < v and f['score'] < s)(v, s)))
        for v in (0.5, 0.6):
            for a in (0.3, 0.4):
                out.append((f'docCov < {v} and artCov < {a}', (lambda v, a: lambda x, f: x['docCov'] < v and x['artCov'] < a)(v, a)))
        for v in (0.15, 0.2):
            for s in (0.3, 0.4):
                out.append((f'ownShare ≥ {v} and score < {s}', (lambda v, s: lambda x, f: x['ownShare'] >= v and f['score'] < s)(v, s)))
        for v in (0.3, 0.35, 0.4):
            out.append((f'rest < {v}', (lambda v: lambda x, f: x['rest'] < v)(v)))
            for s in (0.3, 0.4):
                out.append((f'rest < {v} and score < {s}', (lambda v, s: lambda x, f: x['rest'] < v and f['score'] < s)(v, s)))
            for o in (0.15, 0.2):
                out.append((f'rest < {v} and ownShare ≥ {o}', (lambda v, o: lambda x, f: x['rest'] < v and x['ownShare'] >= o)(v, o)))
            out.append((f'rest < {v} and docCov < 0.6', (lambda v: lambda x, f: x['rest'] < v and x['docCov'] < 0.6)(v)))
        out.append(('a stronger peer that does not derive from the parent', lambda x, f: x['peers'] > 0))
        out.append(('a stronger peer, score < 0.4', lambda x, f: x['peers'] > 0 and f['score'] < 0.4))
        for k in (1, 2, 3, 5):
            out.append((f'derives with ≥ {k} siblings, none linked to the child',
                        (lambda k: lambda x, f: f['type'] == 'derives' and x['siblings'] >= k and not x['confirmed'])(k)))
        out.append(('derives with no sibling linked to the child', lambda x, f: f['type'] == 'derives' and not x['confirmed']))
        for v in (1.0, 1.5, 2.0):
            out.append((f'derives whose parent article another child article takes ≥ {v} × as strongly',
                        (lambda v: lambda x, f: f['type'] == 'derives' and x['rival'] >= v)(v)))
        return out

    def dropped(rule, f, types):
        if f['type'] not in types:
            return False
        x = feat(f)
        return x is not None and rule(x, f)

    every = [f for table_ in tables.values() for f in table_.values() if f['type'] in ('derives', 'related')]
    print('\nRules withholding links (precision of the labelled rows kept: half A | half B | all; chain recall; seeds take-ups; '
          'withheld in the output)')
    print('| rule | derives A | derives B | derives all | related A | related B | related all | chains (280) | seeds (26) | withheld derives / related |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    fired = {}
    for name, rule in rules():
        types = ('derives', 'related')
        res = {}
        for half in ('A', 'B', 'all'):
            for t in types:
                kept = [ok for r, f, ok in samples if f['type'] == t and (half == 'all' or r['half'] == half) and not dropped(rule, f, types)]
                res[(half, t)] = (sum(kept), len(kept))
        ch = [(row, hits) for row, hits in chains if row['purpose'] != 'takeup']
        tk = [(row, hits) for row, hits in chains if row['purpose'] == 'takeup']
        cf = sum(1 for row, hits in ch if any(not dropped(rule, h, types) for h in hits))
        tf = sum(1 for row, hits in tk if any(not dropped(rule, h, types) for h in hits))
        w = collections.Counter()
        for f in every:
            if dropped(rule, f, types):
                w[f['type']] += 1
                fired.setdefault(name, []).append(f)

        def p(k):
            g, n = res[k]
            return f'{g}/{n} = {g / n:.2f}' if n else '—'
        print(f"| {name} | {p(('A', 'derives'))} | {p(('B', 'derives'))} | {p(('all', 'derives'))} | {p(('A', 'related'))} | "
              f"{p(('B', 'related'))} | {p(('all', 'related'))} | {cf}/{len(ch)} | {tf}/{len(tk)} | {w['derives']:,} / {w['related']:,} |")

    if '--transitive' in sys.argv:
        transitive(outputs, chains)
    if '--lost' in sys.argv:
        name = sys.argv[sys.argv.index('--lost') + 1]
        rule = dict(rules())[name]
        print(f'\nChain / seeds take-ups lost by {name}:')
        for row, h in specificity.lost_takeups(chains, rule, dropped):
            x = feat(h)
            print(f"  {row['purpose']} {h['score']:.3f} doc={x['docCov']:.2f} art={x['artCov']:.2f} own={x['ownShare']:.2f} "
                  f"{h['fm'].rsplit('--', 1)[-1]} ← {h['tm'].rsplit('--', 1)[-1]} missing {' '.join(x['missing'])}")
    if '--rows' in sys.argv:
        print('\nLabelled rows (type, right/WRONG, score, docCov, artCov, rest, ownShare; missing bigrams; note):')
        for r, f, ok in sorted(samples, key=lambda s: (s[1]['type'], s[2], feat(s[1])['docCov'] if feat(s[1]) else 0)):
            x = feat(f)
            if not x:
                continue
            print(f"  {f['type'][:3]} {'right' if ok else 'WRONG'} {r['half']} {f['score']:.3f} doc={x['docCov']:.2f} art={x['artCov']:.2f} "
                  f"rest={x['rest']:.2f} own={x['ownShare']:.2f} | {' '.join(x['missing'][:8])} | {r.get('note', '')[:50]}")
    for flag in ('--draw', '--kept-draw'):
        if flag in sys.argv:
            i = sys.argv.index(flag)
            t, name, n, seed = sys.argv[i + 1:i + 5]
            rule = dict(rules())[name]
            pool = [f for f in every if f['type'] == t and f['from'] not in texts.seeds and feat(f) is not None
                    and (rule(feat(f), f) if flag == '--draw' else not rule(feat(f), f))]
            pool.sort(key=lambda f: (f['fm'], f['tm']))
            for k, f in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
                x = feat(f)
                print(f"=== {k} {t} {f['score']} {f['kind']} doc={x['docCov']:.2f} art={x['artCov']:.2f} own={x['ownShare']:.2f}")
                print(f"  from {f['fm']}\n    {texts.text(f['from'], f['fm'])[:400]}")
                print(f"  to   {f['tm']}\n    {texts.text(f['to'], f['tm'])[:400]}")


if __name__ == '__main__':
    main()
