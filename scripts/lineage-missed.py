#!/usr/bin/env python3
"""Why the tool misses a labelled take-up: reads what a watched lineage run printed (`ZHENGCE_LINEAGE_WATCH`,
Sources/ZhengceLineage/Context+Watch.swift) and classifies every missed chain (and seeds) take-up by the step where
it is lost.

  python3 scripts/lineage-missed.py watch LABELS > WATCHFILE
      the pairs to watch: every chain / takeup row of LABELS (child measure, parent measures), then every law
      sample row (its child and parent measure).
  ZHENGCE_LINEAGE_WATCH=WATCHFILE zhengce lineage --corpus … --format tsv 2> WATCH.err > OUT/law.tsv
  python3 scripts/lineage-missed.py order OUT LABELS WATCH.err [--rows]
      for the missed take-ups lost below the bar: does the order of the implementing pair (the `order` watch step,
      `PairOrder`) put the labelled parent article in the child's window between its anchors, first there by in-pair words?
  python3 scripts/lineage-missed.py classify OUT LABELS WATCH.err [--rows]
      the chain take-ups the output misses (as `lineage-labels.py check` counts them), each with its kind:
        child / parent not a row   the article is not aligned at all (a purpose or formula article, a container)
        withheld by STEP           linked at some step, removed by that rule (runnersUp, offChapter, outOfOrder,
                                   unsure, versionInForce, crossReferenced, unspecific, pairChoice)
        linked as TYPE             linked, but not as derives
        dropped in classify        aligned at the bar, no link after classification (kinds differ, documents not
                                   related, unlinked bar, per-measure cap…; the classify line says which facts hold)
        not retrieved              the full score passes the bar (0.2) but retrieval did not propose the pair
        below the bar: WHY         the full score is under 0.2 and the in-pair word pass (pairwords) does not take it:
                                   pair not implementing, support too low, another parent article first, not the
                                   parent article's best child, margin under 1.4, cosine under 0.2, < 2 words
      For a take-up with several acceptable parents, the parent that got furthest is reported.
"""
import collections, importlib, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util
_spec = importlib.util.spec_from_file_location('lineage_labels', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lineage-labels.py'))
labels_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(labels_module)

STEPS = ['classified', 'runnersUp', 'paraphrases', 'pairChoice', 'offChapter', 'outOfOrder', 'unsure',
         'versionInForce', 'crossReferenced', 'unspecific']


def watch(labels_path):
    for label in labels_module.read_labels(labels_path):
        if label['purpose'].startswith('chain') or label['purpose'] == 'takeup' or (label['set'] == 'law' and label['purpose'] == 'sample'):
            print(f"{label['fromMeasure']}\t{label['toMeasure']}")


def read_watch(path):
    """{(child, parent): {step: what}} from the watch lines (the last line of a step wins)."""
    seen = collections.defaultdict(dict)
    with open(path, encoding='utf-8') as f:
        for line in f:
            if not line.startswith('watch\t'):
                continue
            _, step, child, parent, what = line.rstrip('\n').split('\t', 4)
            seen[(child, parent)][step] = what
    return seen


def exact(what):
    """The link types held between the pair at a step ('derives 0.3' …)."""
    inside = what.split('exact [', 1)[1].split(']', 1)[0]
    return [item.split(' ')[0] for item in inside.split('; ') if item]


def others(what):
    inside = what.split('other articles [', 1)[1].split(']', 1)[0]
    return [item for item in inside.split('; ') if item]


def number(what, word):
    parts = what.split()
    return float(parts[parts.index(word) + 1]) if word in parts else None


def why(steps):
    """(rank of how far it got, kind, detail) for one (child, parent)."""
    retrieved, cited = steps.get('retrieved', ''), steps.get('citedPairs', '')
    if 'child no row' in retrieved:
        return 0, 'child not a row', ''
    if 'parent no row' in retrieved:
        return 0, 'parent not a row', ''
    held = {step: exact(steps[step]) for step in STEPS if step in steps}
    final = held.get('unspecific', [])
    if 'derives' in final:
        return 9, 'found', ''
    if final:
        return 8, 'linked as ' + '/'.join(sorted(set(final))), ''
    for k, step in enumerate(STEPS):
        if held.get(step) and k + 1 < len(STEPS) and not held.get(STEPS[k + 1]) and STEPS[k + 1] in held:
            return 7, 'withheld by ' + STEPS[k + 1], ' '.join(held[step])
    aligned = cited.startswith('aligned') or retrieved.startswith('aligned')
    full = number(retrieved, 'full') if not retrieved.startswith('aligned') else number(retrieved, 'aligned')
    if aligned:
        return 6, 'dropped in classify', f"{full:.3f}; " + steps.get('classify', '')
    words = steps.get('pairwords', '')
    if full is not None and full >= 0.2:
        return 5, 'not retrieved (full score passes)', f"{full:.3f}; cited {retrieved.split('cited ')[1]}"
    detail = f"full {full:.3f}; " + words
    if not words:
        return 1, 'below the bar: no in-pair word pass (not legislation both)', detail
    if number(words, 'implements') == 0:
        return 1, 'below the bar: pair not implementing', detail
    support = words.split('support ')[1].split(' ')
    done, total = int(support[0]), support[2].split('/')
    if done < max(3, 0.2 * min(int(total[0]), int(total[1]))):
        return 2, 'below the bar: too few verbatim take-ups in the pair', detail
    if number(words, 'rank') != 1:
        return 3, 'below the bar: another parent article first by in-pair words', detail
    if number(words, 'columnBestIsChild') == 0:
        return 3, 'below the bar: another child article is the parent article\'s best', detail
    cosine, second = number(words, 'cosine'), number(words, 'second')
    if cosine < 0.2:
        return 4, 'below the bar: in-pair cosine < 0.2', detail
    if second and cosine < 1.4 * second:
        return 4, 'below the bar: margin < 1.4', detail
    return 4, 'below the bar: < 2 specific shared words', detail


def classify(out, labels_path, watch_path, show_rows):
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    measure_links = {}
    for link in links:
        if link['fromMeasure'] and link['toMeasure']:
            measure_links[(link['fromMeasure'], link['toMeasure'])] = link
    seen = read_watch(watch_path)
    table = collections.Counter()
    per_chain = collections.defaultdict(collections.Counter)
    given_elsewhere = 0
    for label, kind, detail, parent in missed_chain_takeups(labels_path, measure_links, seen):
        table[kind] += 1
        per_chain[label['purpose']][kind] += 1
        end = seen.get((label['fromMeasure'], parent), {}).get('unspecific', '')
        other = others(end) if end else []
        if other:
            given_elsewhere += 1
        if show_rows:
            print(f"{label['purpose']}\t{kind}\t{label['fromMeasure'].split('--')[-1]} → {parent.split('--')[-1]}\t{detail}"
                  + (f"\tother articles: {'; '.join(other)}" if other else ''))
    total = sum(table.values())
    print(f"\nMissed chain take-ups by why ({total}):")
    for kind, n in table.most_common():
        print(f"  {n:3}  {kind}   (" + ', '.join(f"{c[6:] or '献血'} {per_chain[c][kind]}" for c in sorted(per_chain) if per_chain[c][kind]) + ')')
    print(f"  of them, the child article linked to another article of that parent at the end: {given_elsewhere}")


def missed_chain_takeups(labels_path, measure_links, seen):
    """Each labelled law chain take-up the output does not link as `derives`, with why (for a take-up with several
    acceptable parents, the parent that got furthest): (label, kind, detail, parent)."""
    for label in labels_module.read_labels(labels_path):
        if not label['purpose'].startswith('chain') or label['set'] != 'law':
            continue
        parents = label['toMeasure'].split('|')
        if any(measure_links.get((label['fromMeasure'], p), {}).get('type') == 'derives' for p in parents):
            continue
        _, kind, detail, parent = max((why(seen.get((label['fromMeasure'], p), {})) + (p,) for p in parents),
                                      key=lambda t: t[0])
        yield label, kind, detail, parent


def order(out, labels_path, watch_path, show_rows):
    """For each missed chain take-up lost below the bar, what the order of its implementing pair says (the `order`
    watch step: the child's window between its anchors, whether the labelled parent lies in it, its rank there by in-pair
    words, open child articles of the segment that rank it higher), tabulated by kind."""
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    measure_links = {(l['fromMeasure'], l['toMeasure']): l for l in links if l['fromMeasure'] and l['toMeasure']}
    seen = read_watch(watch_path)
    table = collections.defaultdict(collections.Counter)
    for label, kind, detail, parent in missed_chain_takeups(labels_path, measure_links, seen):
        if not kind.startswith('below the bar'):
            continue
        line = seen.get((label['fromMeasure'], parent), {}).get('order', '')
        if not line:
            verdict = 'no order line'
        elif 'no window' in line:
            verdict = 'no window' + (' (an anchor)' if 'anchor)' in line else '')
        elif number(line, 'parentIn') == 0:
            verdict = 'parent outside the window'
        elif number(line, 'rank') != 1:
            verdict = 'in the window, not first there'
        elif number(line, 'rivals'):
            verdict = 'first in the window, another child of the segment ranks it higher'
        else:
            verdict = 'first in the window'
        table[kind][verdict] += 1
        if show_rows:
            print(f"{label['purpose']}\t{kind}\t{verdict}\t{label['fromMeasure'].split('--')[-1]} → {parent.split('--')[-1]}\t{line}")
    for kind in sorted(table):
        print(f"\n{kind} ({sum(table[kind].values())}):")
        for verdict, n in table[kind].most_common():
            print(f"  {n:3}  {verdict}")


def related(out, labels_path, watch_path):
    """Every labelled law sample row the output links as `related`, with its truth and what the watch said of the
    pair's documents (the relation `classify` gives them, whether the child's text predates the parent)."""
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    measure_links = {}
    for link in links:
        if link['fromMeasure'] and link['toMeasure']:
            measure_links[(link['fromMeasure'], link['toMeasure'])] = link
            measure_links.setdefault((link['toMeasure'], link['fromMeasure']), link)
    seen = read_watch(watch_path)
    table = collections.Counter()
    for label in labels_module.read_labels(labels_path):
        if label['set'] != 'law' or label['purpose'] != 'sample':
            continue
        link = measure_links.get((label['fromMeasure'], label['toMeasure']))
        if not link or link['type'] != 'related':
            continue
        facts = seen.get((link['fromMeasure'], link['toMeasure']), {}).get('classify', '')
        words = facts.split()
        relation = words[words.index('relation') + 1] if 'relation' in words else '?'
        predates = words[words.index('textPredates') + 1] if 'textPredates' in words else '?'
        why = 'textPredates' if relation == 'derives' and predates == '1' else 'relation ' + relation
        table[(why, label['truth'])] += 1
        print(f"{label['truth']:8} {why:18} {link['score']} {link['fromMeasure'].split('--')[-1][:34]} ← {link['toMeasure'].split('--')[-1][:34]}")
    print('\nLabelled related rows by why related × truth:')
    for (why, truth), n in sorted(table.items()):
        print(f"  {why:20} {truth:8} {n}")


def compare(dirs):
    """Precision of derives / related on each half of the labelled samples (halves as lineage-confidence.py splits
    them), chain recall and seeds take-ups, for each output folder; then what the last one adds to the first."""
    confidence = importlib.import_module('lineage-confidence')
    rows = confidence.read_labels('Benchmarks/lineage-labels.tsv')
    confidence.split_halves(rows)
    results = []
    for out in dirs:
        links_by = {}
        measure = {}
        for name in ('seeds', 'law'):
            path = os.path.join(out, name + '.tsv')
            if not os.path.exists(path):
                continue
            _, links = labels_module.read_tsv(path)
            for link in links:
                if link['fromMeasure'] and link['toMeasure']:
                    measure[(name, link['fromMeasure'], link['toMeasure'])] = link
                    measure.setdefault((name, link['toMeasure'], link['fromMeasure']), link)
            links_by[name] = links
        cells = collections.Counter()
        for r in rows:
            if r['purpose'] == 'sample':
                link = measure.get((r['set'], r['fromMeasure'], r['toMeasure']))
                if link and link['type'] in ('derives', 'related'):
                    for half in (r['half'], 'all'):
                        cells[(half, link['type'], 'n')] += 1
                        cells[(half, link['type'], 'ok')] += link['type'] == r['truth']
            elif r['purpose'].startswith('chain') or r['purpose'] == 'takeup':
                group = 'chains' if r['purpose'] != 'takeup' else 'seeds'
                cells[(group, 'n')] += 1
                cells[(group, 'ok')] += any(measure.get((r['set'], r['fromMeasure'], p), {}).get('type') == 'derives'
                                            and measure[(r['set'], r['fromMeasure'], p)]['fromMeasure'] == r['fromMeasure']
                                            for p in r['toMeasure'].split('|'))
        counts = collections.Counter(l['type'] for l in links_by.get('law', []) if l['fromMeasure'])
        results.append((out, cells, counts, links_by))
        line = f"{out}: "
        for t in ('derives', 'related'):
            line += t + ' ' + ' | '.join(f"{h} {cells[(h, t, 'ok')]}/{cells[(h, t, 'n')]} = {cells[(h, t, 'ok')] / max(1, cells[(h, t, 'n')]):.3f}" for h in ('A', 'B', 'all')) + '; '
        line += f"chains {cells[('chains', 'ok')]}/{cells[('chains', 'n')]}, seeds take-ups {cells[('seeds', 'ok')]}/{cells[('seeds', 'n')]}; law measure links " + ', '.join(f"{k} {v:,}" for k, v in sorted(counts.items()))
        print(line)
    if len(results) > 1:
        key = lambda l: (l['type'], l['fromMeasure'], l['toMeasure'])
        before = {key(l) for l in results[0][3].get('law', []) if l['fromMeasure']}
        after = {key(l) for l in results[-1][3].get('law', []) if l['fromMeasure']}
        added, removed = after - before, before - after
        print(f"law measure links added {len(added)} (" + ', '.join(f"{t} {n}" for t, n in collections.Counter(k[0] for k in added).most_common()) +
              f"), removed {len(removed)} (" + ', '.join(f"{t} {n}" for t, n in collections.Counter(k[0] for k in removed).most_common()) + ')')

if __name__ == '__main__':
    if sys.argv[1] == 'watch':
        watch(sys.argv[2])
    elif sys.argv[1] == 'compare':
        compare(sys.argv[2:])
    elif sys.argv[1] == 'order':
        order(sys.argv[2], sys.argv[3], sys.argv[4], '--rows' in sys.argv)
    elif sys.argv[1] == 'related':
        related(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        classify(sys.argv[2], sys.argv[3], sys.argv[4], '--rows' in sys.argv)
