#!/usr/bin/env python3
"""Round twenty-seven, precision (issue 15): rules simulated on a lineage output against the labelled `derives` / `related` rows.

  python3 scripts/lineage-precision27.py DIR [--rows] [--lead] [--draw N SEED]

DIR holds `law.tsv` (and `seeds.tsv`) of `zhengce lineage --corpus … --format tsv`; article texts are read from the law files
(../shared/corpora/lawrefbook) as scripts/lineage-specificity.py reads them. For each rule (a set of measure links it would
withhold), prints the labelled sample rows it touches (wrong / right, by type), the chain take-ups it would lose (every
derives link of a take-up withheld) and, for the rules on link features alone, how many links of the output it withholds.
`--rows` lists the wrong labelled derives / related rows with the link's features (score, kind, method, cited pair,
measure links of the pair, documents the child measure links into, shared 4-grams, shared 4-grams unique to both articles).
`--draw N SEED` prints N links drawn with random.Random(SEED) from those the lone-link rule withholds outside the labelled
rows, as labels rows (purpose changed27p) to be read and given their truth.

Rules (none built; Benchmarks/lineage.md, twenty-seventh round, precision):
- specificity for `related` (`withholdUnspecific` applied to related links: every shared 4-gram also in another article of
  one of the two texts);
- `related` links that are not the child measure's best link (a better derives / related link into another document), or
  whose parent measure is linked from two or more measures of the child;
- a stricter bar for `related` links between texts neither citing the other nor versions (score < 0.4, 0.45, 0.5);
- the lone link: a `related` link between two national texts that neither cite each other nor are versions, the only
  measure link of the pair;
- low-tier `derives` links whose two articles both sanction a violation (违反 and 罚款 / 处分 / 吊销 / 没收 / 追究 / 责令) or
  both enumerate (two or more （一） items); `related` links the same;
- `derives` links between texts neither citing the other; `derives` links that are not the child measure's best;
- with `--lead` (reads every law file once for the IDF of lead-clause bigrams): `related` / `derives` links whose two lead
  clauses (the text up to the first ，。：；) share under 0.05 of their IDF-weighted bigrams (scripts/lineage-specificity.py's
  `lead`, round fifteen).
"""
import collections, importlib, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
confidence = importlib.import_module('lineage-confidence')
specificity = importlib.import_module('lineage-specificity')

SANCTION = re.compile(r'罚款|处分|吊销|没收|追究|责令')
ITEM = re.compile(r'[（(][一二三四五六七八九十]+[）)]')


def main():
    out = sys.argv[1]
    law_root = '../shared/corpora/lawrefbook'
    outputs = confidence.load(out)
    rows = confidence.read_labels('Benchmarks/lineage-labels.tsv')
    tables, samples, chains = confidence.join(rows, outputs)
    texts = specificity.Texts(law_root)
    law = tables['law']
    tiers = {(l['type'], l['fromMeasure'], l['toMeasure']): l.get('confidence') for l in outputs['law'][1]
             if l['fromMeasure'] and l['toMeasure']}
    for (t, fm, tm), f in law.items():
        f['fm'], f['tm'], f['tier'] = fm, tm, tiers.get((t, fm, tm))
    into = collections.Counter((t, tm, f['from']) for (t, fm, tm), f in law.items() if t in ('derives', 'related'))
    cache = {}

    def grams(f):
        key = (f['fm'], f['tm'])
        if key not in cache:
            cache[key] = specificity.measure_features(texts, f['from'], f['fm'], f['to'], f['tm']) or {}
        return cache[key]

    def kinds(f):
        c, p = texts.text(f['from'], f['fm']), texts.text(f['to'], f['tm'])
        sanction = all('违反' in t and SANCTION.search(t) for t in (c, p)) if c and p else False
        enumeration = all(len(ITEM.findall(t)) >= 2 for t in (c, p)) if c and p else False
        return sanction, enumeration

    national = lambda f: f['fromLevel'] == 'national' and f['toLevel'] == 'national'
    lone = lambda f: f['type'] == 'related' and national(f) and not f['cited'] and not f['version'] and f['pairLinks'] == 1
    rules = [
        ('related: every shared 4-gram also in another article of one text', lambda f: f['type'] == 'related'
         and grams(f).get('shared', 0) >= 3 and grams(f).get('specific', 1) < 1, False),
        ('related: not the child measure\'s best link', lambda f: f['type'] == 'related' and f['bestElsewhere'] > f['score'], True),
        ('related: parent measure linked from ≥ 2 child measures', lambda f: f['type'] == 'related'
         and into[('related', f['tm'], f['from'])] >= 2, True),
    ]
    for bar in (0.4, 0.45, 0.5):
        rules.append((f'related: neither cites the other, score < {bar}', (lambda bar: lambda f: f['type'] == 'related'
                      and not f['cited'] and not f['version'] and f['score'] < bar)(bar), True))
    rules += [
        ('related: lone link between national texts neither citing the other', lone, True),
        ('related: both articles sanction a violation', lambda f: f['type'] == 'related' and kinds(f)[0], False),
        ('related: both articles enumerate', lambda f: f['type'] == 'related' and kinds(f)[1], False),
        ('derives low: both articles sanction a violation', lambda f: f['type'] == 'derives' and f['tier'] == 'low' and kinds(f)[0], False),
        ('derives low: both articles enumerate', lambda f: f['type'] == 'derives' and f['tier'] == 'low' and kinds(f)[1], False),
        ('derives: neither cites the other', lambda f: f['type'] == 'derives' and not f['cited'] and not f['version'], True),
        ('derives: not the child measure\'s best link', lambda f: f['type'] == 'derives' and f['bestElsewhere'] > f['score'], True),
    ]
    if '--lead' in sys.argv:
        texts.read_lead_idf(law_root)
        rules += [(f'{t}: lead clauses share < 0.05', (lambda t: lambda f: f['type'] == t and grams(f).get('lead', 1) < 0.05)(t), False)
                  for t in ('related', 'derives')]
    law_samples = [(r, f, ok) for r, f, ok in samples if r['set'] == 'law' and f['type'] in ('derives', 'related')]
    law_chains = [(r, h) for r, h in chains if r['purpose'] != 'takeup' and r['set'] == 'law']
    print('| rule | derives withheld wrong / right | related withheld wrong / right | chain take-ups lost (330) | law links withheld |')
    print('|---|---|---|---|---|')
    for name, rule, cheap in rules:
        c = collections.Counter((f['type'], ok) for r, f, ok in law_samples if rule(f))
        lost = sum(1 for r, h in law_chains if h and all(rule(x) for x in h))
        total = f"{sum(1 for f in law.values() if f['type'] in ('derives', 'related') and rule(f)):,}" if cheap else '—'
        print(f"| {name} | {c[('derives', False)]} / {c[('derives', True)]} | {c[('related', False)]} / {c[('related', True)]} "
              f"| {lost} | {total} |")
    if '--rows' in sys.argv:
        print('\nWrong labelled derives / related rows (law):')
        for r, f, ok in law_samples:
            if ok:
                continue
            g = grams(f)
            print(f"  {f['type']} read {r['truth']}: {f['score']:.3f} {f['kind']} {f['method']} tier={f['tier']} cited={f['cited']} "
                  f"pairLinks={f['pairLinks']} parents={f['parents']} shared={g.get('shared')} specific={g.get('specific')} | "
                  f"{f['fm'].rsplit('--', 1)[-1]} ← {f['tm'].rsplit('--', 1)[-1]} | {r['note'][:80]}")
    if '--draw' in sys.argv:
        n, seed = int(sys.argv[sys.argv.index('--draw') + 1]), int(sys.argv[sys.argv.index('--draw') + 2])
        # Outside the labelled rows as they were before this round's reading (the changed27p rows are the draw itself).
        before = [r for r in rows if r['purpose'] != 'changed27p']
        labelled = {(r['fromMeasure'], r['toMeasure']) for r in before} | {(r['toMeasure'], r['fromMeasure']) for r in before}
        pool = sorted(k for k, f in law.items() if lone(f) and (k[1], k[2]) not in labelled)
        print(f'\n{len(pool)} links the lone-link rule withholds outside the labelled rows; {n} drawn (random.Random({seed})):')
        for t, fm, tm in random.Random(seed).sample(pool, min(n, len(pool))):
            f = law[(t, fm, tm)]
            print('\t'.join(['law', 'changed27p', f['from'], fm, f['to'], tm, f"{f['score']:.3f}"]))


if __name__ == '__main__':
    main()
