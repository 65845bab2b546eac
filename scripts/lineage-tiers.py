#!/usr/bin/env python3
"""How sure is a `derives` / `related` measure link? Positive signals combined into tiers (issue 15, twentieth round).

  python3 scripts/lineage-tiers.py DIR [LAW_CORPUS] [--labels-at REV] [--specific] [--rows TIER]
                                   [--draw TYPE RULE:TIER N SEED]

DIR holds `law.tsv` and `seeds.tsv` of `zhengce lineage --corpus … --format tsv`; LAW_CORPUS defaults to
../shared/corpora/lawrefbook. Labels, halves A / B and the join with the output are those of
scripts/lineage-confidence.py; siblings / confirmed are those of scripts/lineage-parentless.py (`output_features`);
with --specific, the shared 4-grams unique to both articles are those of scripts/lineage-specificity.py.

Signals of a link (none withholds anything; each says "more likely right"):
  sibling   another document's article that derives from the same parent article is linked (any type) to the child
            article: the parent article is taken up the same way elsewhere (round nineteen: 99 of 110)
  cited     the two documents are joined by a citation, either way
  verbatim  evidence kind verbatim (shared passages carry the match)
  strong    score ≥ STRONG
  mutual    the child article's best link into the parent document and the parent article's best taker in the child
            document (no other article of the child document takes it more strongly)
  specific  (with --specific) the two articles share at least SPECIFIC 4-grams that no other article of either text holds
Prints precision per signal and per combination (halves A | B), then for the candidate tier rules the precision per tier
on both halves, the chain and seeds take-ups per tier, and the law output's links per tier. `--rows RULE` lists the
labelled rows with their tier; `--draw TYPE RULE:TIER N SEED` (e.g. `--draw derives R8:high 16 2001`) prints links of a
tier that no label names, drawn at random (seeded), both articles, to be read. R8 is the rule built (`LinkConfidence`).
"""
import collections, importlib, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
confidence = importlib.import_module('lineage-confidence')
parentless = importlib.import_module('lineage-parentless')
specificity = importlib.import_module('lineage-specificity')

STRONG = 0.5
SPECIFIC = 6


def signals(f, x, spec=None):
    """The positive signals of link f (confidence features) with output features x."""
    margin = f['marginInParent']
    s = {
        'sibling': x.get('confirmed', 0) >= 1,
        'cited': f['cited'],
        'verbatim': f['kind'] == 'verbatim',
        'strong': f['score'] >= STRONG,
        'mutual': (margin is None or margin >= 1) and x.get('rival', 0.0) < 1.0,
    }
    if spec is not None:
        s['specific'] = spec is not None and spec.get('specific', 0) >= SPECIFIC
    return s


# Tier rules: each maps the signals to 'high' | 'medium' | 'low'.
def tier_rules():
    def r1(s):
        return 'high' if s['sibling'] else 'low'

    def r2(s):
        if s['sibling']:
            return 'high'
        return 'medium' if s['cited'] or s['strong'] else 'low'

    def r3(s):
        if s['sibling'] and (s['cited'] or s['strong'] or s['mutual']):
            return 'high'
        if s['sibling'] or s['strong'] or (s['cited'] and s['mutual']):
            return 'medium'
        return 'low'

    def r4(s):
        if s['sibling'] or (s['strong'] and s['verbatim'] and s['mutual']):
            return 'high'
        if s['cited'] or s['strong'] or s['mutual']:
            return 'medium'
        return 'low'

    def r5(s):
        n = sum(1 for k in ('sibling', 'cited', 'strong', 'mutual') if s[k])
        return 'high' if s['sibling'] and n >= 2 else 'medium' if n >= 2 else 'low'

    def r6(s):
        if s['sibling'] or (s['strong'] and s['cited']):
            return 'high'
        if s['cited'] or s['strong'] or s['mutual']:
            return 'medium'
        return 'low'

    def r7(s):
        if s['sibling'] or (s['strong'] and s['cited'] and s['mutual']):
            return 'high'
        if s['cited'] or s['strong']:
            return 'medium'
        return 'low'

    def r8(s):
        return 'high' if s['cited'] and (s['sibling'] or s['strong']) else 'low'

    def r9(s):
        if s['cited'] and (s['sibling'] or s['strong']):
            return 'high'
        return 'low' if s['cited'] else 'medium'

    out = [('R8 cited and (sibling or strong) | rest', r8),
           ('R9 cited and (sibling or strong) | not cited | cited, no sibling, not strong', r9),
           ('R1 sibling | rest', r1), ('R2 sibling | cited or strong | rest', r2),
           ('R3 sibling and (cited, strong or mutual) | sibling, strong, or cited and mutual | rest', r3),
           ('R4 sibling, or strong verbatim mutual | cited, strong or mutual | rest', r4),
           ('R5 sibling and ≥2 of 4 | ≥2 of 4 | rest', r5),
           ('R6 sibling, or strong and cited | cited, strong or mutual | rest', r6),
           ('R7 sibling, or strong, cited and mutual | cited or strong | rest', r7)]
    return out


def main():
    out, law, rows, outputs, tables, samples, chains = confidence.start(
        sys.argv, {'--labels-at': 1, '--draw': 4, '--rows': 1})
    from_output = parentless.output_features(outputs)
    use_specific = '--specific' in sys.argv
    texts = specificity.Texts(law) if use_specific else None
    for name, table in tables.items():
        for (t, fm, tm), f in table.items():
            f['fm'], f['tm'] = fm, tm
    spec_cache = {}

    def spec(f):
        if not use_specific:
            return None
        key = (f['fm'], f['tm'])
        if key not in spec_cache:
            spec_cache[key] = specificity.measure_features(texts, f['from'], f['fm'], f['to'], f['tm']) or {}
        return spec_cache[key]

    def sig(f):
        return signals(f, from_output.get((f['fm'], f['tm']), {}), spec(f))

    samples = [(r, f, ok) for r, f, ok in samples if f['type'] in ('derives', 'related')]
    ch = [(row, hits) for row, hits in chains if row['purpose'] != 'takeup']
    tk = [(row, hits) for row, hits in chains if row['purpose'] == 'takeup']
    every = [f for name, table_ in tables.items() if name == 'law' for f in table_.values() if f['type'] in ('derives', 'related')]
    print(f"Labelled rows: derives {sum(1 for _, f, _ in samples if f['type'] == 'derives')}, related "
          f"{sum(1 for _, f, _ in samples if f['type'] == 'related')}; chain take-ups {len(ch)} (found "
          f"{sum(1 for _, h in ch if h)}), seeds take-ups {len(tk)} (found {sum(1 for _, h in tk if h)}); law links "
          f"derives {sum(1 for f in every if f['type'] == 'derives'):,}, related {sum(1 for f in every if f['type'] == 'related'):,}")

    def cell(items):
        a = [ok for r, ok in items if r['half'] == 'A']
        b = [ok for r, ok in items if r['half'] == 'B']
        n = len(items)
        g = sum(ok for _, ok in items)
        return f"{g}/{n}" + (f" = {g / n:.2f}" if n else '') + f" ({sum(a)}/{len(a)} | {sum(b)}/{len(b)})"

    names = ['sibling', 'cited', 'verbatim', 'strong', 'mutual'] + (['specific'] if use_specific else [])
    print('\nPrecision per signal (right/all (half A | half B)); chain / seeds take-ups found with it; law links with it')
    print('| signal | type | with | without | chains with | seeds with | law links with |')
    print('|---|---|---|---|---|---|---|')
    for k in names:
        for t in ('derives', 'related'):
            rows_t = [(r, f, ok) for r, f, ok in samples if f['type'] == t]
            w = [(r, ok) for r, f, ok in rows_t if sig(f)[k]]
            wo = [(r, ok) for r, f, ok in rows_t if not sig(f)[k]]
            cw = sum(1 for _, h in ch if any(sig(x)[k] for x in h)) if t == 'derives' else '—'
            tw = sum(1 for _, h in tk if any(sig(x)[k] for x in h)) if t == 'derives' else '—'
            lw = sum(1 for f in every if f['type'] == t and sig(f)[k]) if not use_specific else '—'
            print(f"| {k} | {t} | {cell(w)} | {cell(wo)} | {cw} | {tw} | {lw if isinstance(lw, str) else format(lw, ',')} |")

    print('\nPrecision per combination of signals (derives and related; only combinations with ≥ 3 labelled rows)')
    combos = collections.defaultdict(list)
    for r, f, ok in samples:
        s = sig(f)
        combos[(f['type'], '+'.join(k for k in names if s[k]) or 'none')].append((r, ok))
    for (t, c), items in sorted(combos.items(), key=lambda x: (x[0][0], -len(x[1]))):
        if len(items) >= 3:
            print(f"  {t:8} {c:40} {cell(items)}")

    rules = tier_rules()
    print('\nTier rules: precision per tier on the labelled rows (all (half A | half B)); chain / seeds take-ups found per tier '
          '(best tier of a take-up\'s links); law links per tier')
    for name, rule in rules:
        print(f'\n{name}')
        print('| tier | derives | related | chains | seeds | law derives | law related |')
        print('|---|---|---|---|---|---|---|')
        order = ('high', 'medium', 'low')
        for tier in order:
            d = [(r, ok) for r, f, ok in samples if f['type'] == 'derives' and rule(sig(f)) == tier]
            rl = [(r, ok) for r, f, ok in samples if f['type'] == 'related' and rule(sig(f)) == tier]

            def best_tier(h):
                return min((order.index(rule(sig(x))) for x in h), default=None)
            c = sum(1 for _, h in ch if h and order[best_tier(h)] == tier)
            s = sum(1 for _, h in tk if h and order[best_tier(h)] == tier)
            ld = sum(1 for f in every if f['type'] == 'derives' and rule(sig(f)) == tier) if not use_specific else 0
            lr = sum(1 for f in every if f['type'] == 'related' and rule(sig(f)) == tier) if not use_specific else 0
            if not d and not rl and not c and not ld:
                continue
            print(f"| {tier} | {cell(d)} | {cell(rl)} | {c} | {s} | {ld:,} | {lr:,} |")

    if '--rows' in sys.argv:
        i = sys.argv.index('--rows')
        want = sys.argv[i + 1]
        rule = dict((n.split()[0], r) for n, r in rules)[want.split()[0]]
        print(f'\nLabelled rows by tier of {want}:')
        for r, f, ok in sorted(samples, key=lambda x: (rule(sig(x[1])), x[1]['type'], x[2])):
            s = sig(f)
            print(f"  {rule(s):6} {f['type'][:3]} {'right' if ok else 'WRONG'} {r['half']} {f['score']:.3f} "
                  f"{'+'.join(k for k in names if s[k]) or 'none':36} | {r.get('note', '')[:60]}")
    if '--draw' in sys.argv:
        i = sys.argv.index('--draw')
        t, want, n, seed = sys.argv[i + 1:i + 5]
        rname, tier = want.split(':')
        rule = dict((nm.split()[0], r) for nm, r in rules)[rname]
        labelled = {(r['fromMeasure'], r['toMeasure']) for r in rows} | {(r['toMeasure'], r['fromMeasure']) for r in rows}
        labelled |= {(r['fromMeasure'], p) for r in rows for p in r['toMeasure'].split('|')}
        if texts is None:
            texts = specificity.Texts(law)
        pool = [f for f in every if f['type'] == t and rule(sig(f)) == tier and (f['fm'], f['tm']) not in labelled]
        pool.sort(key=lambda f: (f['fm'], f['tm']))
        print(f'\n{len(pool):,} unlabelled {t} links in tier {tier} of {rname}; drawn {n} with seed {seed}:')
        for k, f in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
            s = sig(f)
            print(f"=== {k} {t} {f['score']} {f['kind']} {'+'.join(x for x in names if s[x]) or 'none'}")
            print(f"  from {f['fm']}\n    {texts.text(f['from'], f['fm'])[:500]}")
            print(f"  to   {f['tm']}\n    {texts.text(f['to'], f['tm'])[:500]}")


if __name__ == '__main__':
    main()
