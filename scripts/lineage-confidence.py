#!/usr/bin/env python3
"""Lineage confidence: how precise is a measure link, as a function of what the tool knows about it?

Joins every labelled sample row (right or wrong, per type) and every chain / take-up row (found or missed) of
Benchmarks/lineage-labels.tsv with the features of its link in a lineage output, prints precision per feature
bucket, then simulates rules that withhold low-confidence `derives` and `related` measure links: precision of what
remains on each half of the labelled samples (held out by seed: the rounds' samples split in two) and chain / take-up
recall, as a trade-off curve.

Usage: scripts/lineage-confidence.py DIR [--labels-at COMMIT]
  (--labels-at: Benchmarks/lineage-labels.tsv as it was at COMMIT, e.g. 6e84645 for the labels the rules were chosen on)
  DIR holds the outputs of `zhengce lineage --corpus C --format tsv` as seeds.tsv, govcn.tsv, law.tsv (each optional)
  and, optionally, those of `--format json` as seeds.json, govcn.json, law.json (the shared passages of each link:
  without them the passage features are left out).
Features of a link (measure links only): type, score, evidence kind (verbatim / substance), method; the document pair
(cited either way, versions; measure links between the two documents; distinct child measures with a link of score ≥ 0.5
there, as `Context.documentsRelated` counts them); the child measure's links (how many parent documents it has a derives /
related link into, its rank and margin over the runner-up among its links into the same parent and among all its links);
the levels and regions of both ends; from the JSON, the longest shared passage and the shared terms.
"""
import collections, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
labels_module = importlib.import_module('lineage-labels')

LEVEL = labels_module.LEVEL
SETS = ('seeds', 'govcn', 'law')


def read_labels(path, rev=None):
    """Labelled rows, each with the commit that added it (`group`): a round's sample was drawn with its own seed(s)
    and committed on its own, so the commit names the seed group. With `rev`, the labels as they were at that commit."""
    blame = subprocess.run(['git', 'blame', '--line-porcelain'] + ([rev] if rev else []) + ['--', path],
                           capture_output=True, text=True).stdout
    commits = []
    current = None
    for line in blame.split('\n'):
        if len(line) >= 40 and all(c in '0123456789abcdef' for c in line[:40]) and ' ' in line:
            current = line[:8]
        elif line.startswith('\t'):
            commits.append(current)
    rows = []
    text = subprocess.run(['git', 'show', f'{rev}:{path}'], capture_output=True, text=True).stdout if rev else \
        open(path, encoding='utf-8').read()
    if True:
        for n, line in enumerate(text.splitlines(keepends=True)):
            if line.startswith('#') or line.startswith('set\t') or not line.strip():
                continue
            cells = line.rstrip('\n').split('\t')
            row = dict(zip(['set', 'purpose', 'from', 'fromMeasure', 'to', 'toMeasure', 'truth', 'note'], cells))
            row['group'] = (commits[n] if n < len(commits) else 'uncommitted') + ':' + row['set']
            rows.append(row)
    return rows


def load(out):
    outputs = {}
    for name in SETS:
        tsv = os.path.join(out, name + '.tsv')
        if not os.path.exists(tsv):
            continue
        documents, links = labels_module.read_tsv(tsv)
        spans = {}
        path = os.path.join(out, name + '.json')
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                graph = json.load(f)
            for link in graph['links']:
                a, b = link['from'], link['to']
                if not a.get('measure') or not b.get('measure'):
                    continue
                evidence = link.get('evidence') or {}
                passages = [len(s['text']) for s in evidence.get('spans', [])]
                spans[(link['type'], a['measure'], b['measure'])] = (max(passages, default=0), sum(passages),
                                                                       len(evidence.get('sharedTerms', [])))
            del graph
        outputs[name] = (documents, links, spans)
    return outputs


def features(documents, links, spans):
    """Features of every measure link (a dict per link, keyed by (type, fromMeasure, toMeasure))."""
    cited, versions = set(), set()
    for l in links:
        if l['fromMeasure']:
            continue
        if l['type'] == 'cites':
            cited.add((l['from'], l['to']))
        if l['type'] == 'version':
            versions.add(frozenset((l['from'], l['to'])))
    measure = [l for l in links if l['fromMeasure'] and l['toMeasure'] and l['type'] != 'cites']
    per_pair = collections.Counter(frozenset((l['from'], l['to'])) for l in measure)
    strong = collections.defaultdict(set)
    for l in measure:
        if l['type'] in ('derives', 'related') and float(l['score'] or 0) >= 0.5:
            strong[frozenset((l['from'], l['to']))].add(l['fromMeasure'])
    by_child_parent = collections.defaultdict(list)
    by_child = collections.defaultdict(list)
    for l in measure:
        if l['type'] in ('derives', 'related'):
            by_child_parent[(l['fromMeasure'], l['to'])].append(float(l['score']))
            by_child[l['fromMeasure']].append((float(l['score']), l['to']))
    out = {}
    for l in measure:
        score = float(l['score'] or 0)
        pair = frozenset((l['from'], l['to']))
        own = sorted(by_child_parent.get((l['fromMeasure'], l['to']), [score]), reverse=True)
        others = sorted((s for s, d in by_child.get(l['fromMeasure'], []) if d != l['to']), reverse=True)
        a, b = documents.get(l['from'], {}), documents.get(l['to'], {})
        passage = spans.get((l['type'], l['fromMeasure'], l['toMeasure']))
        f = {
            'type': l['type'], 'score': score, 'kind': l['kind'] or '-', 'method': l['method'],
            'cited': (l['from'], l['to']) in cited or (l['to'], l['from']) in cited,
            'version': pair in versions,
            'pairLinks': per_pair[pair], 'pairStrong': len(strong.get(pair, ())),
            'parents': len({d for _, d in by_child.get(l['fromMeasure'], [])}),
            'rankInParent': own.index(score) + 1 if score in own else 1,
            'marginInParent': score / own[1] if len(own) > 1 and own[0] == score and own[1] > 0 else (None if len(own) == 1 else 0),
            'bestElsewhere': others[0] if others else 0.0,
            'fromLevel': a.get('level') or '-', 'toLevel': b.get('level') or '-',
            'sameRegion': bool(a.get('region')) and a.get('region') == b.get('region'),
            'passage': passage[0] if passage else None, 'passageTotal': passage[1] if passage else None,
            'terms': passage[2] if passage else None,
            'from': l['from'], 'to': l['to'],
        }
        out[(l['type'], l['fromMeasure'], l['toMeasure'])] = f
    return out


def join(rows, outputs):
    """Sample rows with the link the tool makes for them now (either direction), and chain / take-up rows with
    every derives link from the child measure to an acceptable parent."""
    tables = {name: features(*outputs[name]) for name in outputs}
    index = {}
    for name, table in tables.items():
        for (t, fm, tm), f in table.items():
            index.setdefault((name, fm, tm), (t, f))
            index.setdefault((name, tm, fm), (t, f))
    samples, chains = [], []
    for row in rows:
        if row['set'] not in outputs:
            continue
        if row['purpose'] == 'sample':
            hit = index.get((row['set'], row['fromMeasure'], row['toMeasure']))
            if hit:
                samples.append((row, hit[1], hit[0] == row['truth']))
        elif row['purpose'] == 'takeup' or row['purpose'].startswith('chain'):
            hits = [tables[row['set']][('derives', row['fromMeasure'], p)] for p in row['toMeasure'].split('|')
                    if ('derives', row['fromMeasure'], p) in tables[row['set']]]
            chains.append((row, hits))
    return tables, samples, chains


def bucket_table(title, samples, key):
    counts = collections.defaultdict(lambda: collections.Counter())
    for row, f, ok in samples:
        if f['type'] not in ('derives', 'related'):
            continue
        counts[(f['type'], key(f))]['n'] += 1
        counts[(f['type'], key(f))]['ok'] += ok
    print(f'\n{title}')
    for t in ('derives', 'related'):
        cells = [(b, c) for (tt, b), c in counts.items() if tt == t]
        cells.sort(key=lambda x: str(x[0]))
        print(f'  {t:8} ' + '; '.join(f"{b}: {c['ok']}/{c['n']}" + (f" = {c['ok'] / c['n']:.2f}" if c['n'] >= 5 else '')
                                      for b, c in cells))


def quantile_buckets(values, k):
    values = sorted(values)
    return [values[int(len(values) * q / k)] for q in range(1, k)]


def bucket(value, edges):
    for n, e in enumerate(edges):
        if value < e:
            return f'<{e:.3f}' if n == 0 else f'{edges[n - 1]:.3f}–{e:.3f}'
    return f'≥{edges[-1]:.3f}'


# Rules: each withholds a measure link (derives or related) given its features; parameters in the name.
def rules():
    out = []
    out.append(('none', lambda f: False))
    for x in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        out.append((f'score < {x}', (lambda x: lambda f: f['score'] < x)(x)))
    for x in (0.3, 0.35, 0.4, 0.5):
        out.append((f'substance and score < {x}', (lambda x: lambda f: f['kind'] == 'substance' and f['score'] < x)(x)))
    for n in (8, 10, 12, 15, 20):
        out.append((f'longest passage < {n} chars', (lambda n: lambda f: f['passage'] is not None and f['passage'] < n)(n)))
    for n in (8, 10, 12, 15):
        for x in (0.3, 0.4):
            out.append((f'longest passage < {n} and score < {x}',
                        (lambda n, x: lambda f: f['passage'] is not None and f['passage'] < n and f['score'] < x)(n, x)))
    for m in (1.0, 1.2, 1.5):
        out.append((f'not the best of the child measure in the parent (margin {m})',
                    (lambda m: lambda f: f['marginInParent'] is not None and f['marginInParent'] < m)(m)))
    for p in (2, 3, 4):
        out.append((f'child measure linked to ≥ {p} parent documents, not its best elsewhere',
                    (lambda p: lambda f: f['parents'] >= p and f['bestElsewhere'] > f['score'])(p)))
    for n in (2, 3, 5):
        out.append((f'pair with < {n} measure links and score < 0.4',
                    (lambda n: lambda f: f['pairLinks'] < n and f['score'] < 0.4)(n)))
    for n in (1, 2, 3):
        out.append((f'pair with < {n} strong measures (≥ 0.5) and score < 0.4',
                    (lambda n: lambda f: f['pairStrong'] < n and f['score'] < 0.4)(n)))
    out.append(('not cited either way and score < 0.4', lambda f: not f['cited'] and f['score'] < 0.4))
    return out


def evaluate(samples, chains, withhold, types=('derives', 'related')):
    """Precision of kept sample links per type and half, chain recall, for a rule (withhold(f) → True drops)."""
    def drops(f):
        return f['type'] in types and withhold(f)
    result = {}
    for half in ('A', 'B', 'all'):
        for t in ('derives', 'related'):
            kept = [(r, f, ok) for r, f, ok in samples if f['type'] == t and (half == 'all' or r['half'] == half) and not drops(f)]
            result[(half, t)] = (sum(ok for _, _, ok in kept), len(kept))
    found = sum(1 for row, hits in chains if any(not drops(f) for f in hits))
    result['recall'] = (found, len(chains))
    chain_only = [(row, hits) for row, hits in chains if row['purpose'] != 'takeup']
    result['chains'] = (sum(1 for row, hits in chain_only if any(not drops(f) for f in hits)), len(chain_only))
    return result


def start(argv, options):
    """The start the analysis scripts share: positional arguments (DIR [LAWREFBOOK]) with `options` naming how
    many values each --option takes; the labels (at --labels-at REV if given), split in halves, joined with DIR's
    output. Returns (out, law, rows, outputs, tables, samples, chains)."""
    args, skip = [], 0
    for a in argv[1:]:
        if skip:
            skip -= 1
        elif a.startswith('--'):
            skip = options.get(a, 0)
        else:
            args.append(a)
    out = args[0]
    law = args[1] if len(args) > 1 else '../shared/corpora/lawrefbook'
    rev = argv[argv.index('--labels-at') + 1] if '--labels-at' in argv else None
    rows = read_labels('Benchmarks/lineage-labels.tsv', rev)
    split_halves(rows)
    outputs = load(out)
    tables, samples, chains = join(rows, outputs)
    return out, law, rows, outputs, tables, samples, chains


def split_halves(rows):
    """Marks each row's half ('A', 'B', '-' outside the samples): the seed groups in commit order, alternately
    (each round's sample stays whole). Returns the groups in that order."""
    order = []
    for r in rows:
        if r['purpose'] == 'sample' and r['group'] not in order:
            order.append(r['group'])
    half_of = {g: 'AB'[n % 2] for n, g in enumerate(order)}
    for r in rows:
        r['half'] = half_of.get(r['group'], '-')
    return order


def main():
    out = sys.argv[1]
    rev = sys.argv[sys.argv.index('--labels-at') + 1] if '--labels-at' in sys.argv else None
    rows = read_labels('Benchmarks/lineage-labels.tsv', rev)
    groups = sorted({r['group'] for r in rows if r['purpose'] == 'sample'})
    order = split_halves(rows)
    outputs = load(out)
    tables, samples, chains = join(rows, outputs)
    print('Seed groups (commit:set, labelled sample rows linked now, half):')
    for g in order:
        n = sum(1 for r, _, _ in samples if r['group'] == g)
        print(f"  {g} {n} {'AB'[order.index(g) % 2]}")
    passages = any(f['passage'] is not None for _, f, _ in samples)

    # 1. Precision per feature bucket.
    scores = [f['score'] for _, f, _ in samples if f['type'] in ('derives', 'related')]
    edges = quantile_buckets(scores, 5)
    bucket_table('Precision by score (quintiles of the labelled derives / related links):', samples, lambda f: bucket(f['score'], edges))
    bucket_table('By evidence kind:', samples, lambda f: f['kind'])
    bucket_table('By method:', samples, lambda f: f['method'])
    bucket_table('By pair cited (either way) / versions:', samples, lambda f: ('cited' if f['cited'] else 'not cited') + (', versions' if f['version'] else ''))
    bucket_table('By measure links between the two documents:', samples,
                 lambda f: '1' if f['pairLinks'] == 1 else '2–4' if f['pairLinks'] < 5 else '5–19' if f['pairLinks'] < 20 else '≥20')
    bucket_table('By strong measures (≥ 0.5) between the two documents (documentsRelated counts ≥ 3):', samples,
                 lambda f: '0' if f['pairStrong'] == 0 else '1–2' if f['pairStrong'] < 3 else '≥3')
    bucket_table('By the child measure\'s parent documents (derives / related):', samples,
                 lambda f: str(min(f['parents'], 4)) + ('+' if f['parents'] >= 4 else ''))
    bucket_table('By margin over the runner-up in the same parent:', samples,
                 lambda f: 'only link' if f['marginInParent'] is None else 'not best' if f['marginInParent'] < 1 else
                 '<1.25' if f['marginInParent'] < 1.25 else '≥1.25')
    bucket_table('By best or not among all the child measure\'s links:', samples,
                 lambda f: 'best' if f['score'] >= f['bestElsewhere'] else 'a better link elsewhere')
    bucket_table('By levels (from → to):', samples, lambda f: f"{f['fromLevel']}→{f['toLevel']}")
    bucket_table('By region:', samples, lambda f: 'same region' if f['sameRegion'] else 'not same')
    if passages:
        bucket_table('By longest shared passage (characters):', samples,
                     lambda f: '-' if f['passage'] is None else '0' if f['passage'] == 0 else '<10' if f['passage'] < 10 else
                     '10–19' if f['passage'] < 20 else '20–39' if f['passage'] < 40 else '≥40')
        bucket_table('By shared terms listed:', samples, lambda f: '-' if f['terms'] is None else str(min(f['terms'], 5)))
    # Chains: features of the found take-ups.
    print('\nChain / take-up rows found (a derives link to an acceptable parent), by feature of the best hit:')
    found = [(row, max(hits, key=lambda f: f['score'])) for row, hits in chains if hits]
    print(f'  found {len(found)} of {len(chains)}')
    for name, key in (('score', lambda f: bucket(f['score'], edges)), ('kind', lambda f: f['kind']),
                      ('method', lambda f: f['method']),
                      ('passage', lambda f: '-' if f['passage'] is None else '<10' if f['passage'] < 10 else '10–19' if f['passage'] < 20 else '≥20'),
                      ('parents', lambda f: str(min(f['parents'], 4))),
                      ('margin', lambda f: 'only link' if f['marginInParent'] is None else 'not best' if f['marginInParent'] < 1 else 'best')):
        c = collections.Counter(key(f) for _, f in found)
        print(f'  {name}: ' + '; '.join(f'{k} {v}' for k, v in sorted(c.items(), key=lambda x: str(x[0]))))

    # 2. Rules, as a trade-off curve.
    print('\nRules withholding derives / related measure links: precision of what remains (half A | half B | all), '
          'recall on the five law chains and on the seeds\' take-ups, links withheld in the output')
    print('| rule | derives A | derives B | derives all | related A | related B | related all | chain recall | take-ups | withheld derives / related |')
    print('|---|---|---|---|---|---|---|---|---|---|')
    table_links = [f for table in tables.values() for f in table.values()]
    for name, withhold in rules() + extra_rules():
        if not passages and 'passage' in name:
            continue
        r = evaluate(samples, chains, withhold)
        w = collections.Counter(f['type'] for f in table_links if f['type'] in ('derives', 'related') and withhold(f))
        def p(k):
            g, n = r[k]
            return f'{g}/{n} = {g / n:.2f}' if n else '—'
        print(f"| {name} | {p(('A', 'derives'))} | {p(('B', 'derives'))} | {p(('all', 'derives'))} | {p(('A', 'related'))} | "
              f"{p(('B', 'related'))} | {p(('all', 'related'))} | {r['chains'][0]}/{r['chains'][1]} = {r['chains'][0] / r['chains'][1]:.2f} | "
              f"{r['recall'][0] - r['chains'][0]}/{r['recall'][1] - r['chains'][1]} | "
              f"{w['derives']:,} / {w['related']:,} |")


LAW_FOLDERS = {'宪法', '宪法相关法', '民法商法', '行政法', '经济法', '社会法', '刑法', '诉讼与非诉讼程序法', '民法典'}


def national_rank(document):
    """The rank of a national text of the law corpus read from its folder (law 0, administrative regulation 1,
    departmental rule or judicial interpretation 2), else None (local texts, other corpora). `LegalRank` reads the
    header; the folder says the same for the law corpus."""
    folder = document.split('--')[0]
    if folder in LAW_FOLDERS:
        return 0
    return {'行政法规': 1, '部门规章': 2, '司法解释': 2}.get(folder)


def same_rank_peers(f):
    """A derives link between two national texts of one rank (two laws, two regulations, two rules or interpretations)."""
    r = national_rank(f['from'])
    return f['type'] == 'derives' and r is not None and r == national_rank(f['to'])


def ambiguous_related(f):
    """A related link whose child measure has another derives / related link into the same document (the runner-up
    ratio keeps those within 0.8 of the best: the measure matches several articles of the other text about equally)."""
    return f['type'] == 'related' and f['marginInParent'] is not None


def extra_rules():
    """The rules of the thirteenth round (`Context.withholdUnsure`) and the trade-off curve on top of them."""
    out = [('A: related matching several measures of the other document', ambiguous_related),
           ('B: derives between national peers of one rank', same_rank_peers),
           ('A or B', lambda f: ambiguous_related(f) or same_rank_peers(f))]
    for x in (0.25, 0.3, 0.35, 0.4, 0.5):
        out.append((f'A or B, or score < {x}', (lambda x: lambda f: ambiguous_related(f) or same_rank_peers(f) or f['score'] < x)(x)))
    out.append(('A or B, or not the best of its child measure in the parent and score < 0.4',
                lambda f: ambiguous_related(f) or same_rank_peers(f) or
                (f['marginInParent'] is not None and f['marginInParent'] < 1 and f['score'] < 0.4)))
    out.append(('A or B, or a child measure with links into ≥ 2 documents and a better one elsewhere',
                lambda f: ambiguous_related(f) or same_rank_peers(f) or (f['parents'] >= 2 and f['bestElsewhere'] > f['score'])))
    return out


if __name__ == '__main__':
    main()
