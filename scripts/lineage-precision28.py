#!/usr/bin/env python3
"""Round twenty-eight, precision (issue 15): the in-pair word pass's `derives` links (method `word-alignment`), simulated rules.

  python3 scripts/lineage-precision28.py rows DIR LABELS CORPUS
  python3 scripts/lineage-precision28.py split DIR CORPUS RULE OUT

DIR holds `law.tsv` (and `seeds.tsv`) of `zhengce lineage --corpus … --format tsv`; CORPUS is the law corpus
(../shared/corpora/lawrefbook), whose files give each article's text (by its 第X条 label, white space removed, the label
itself cut off).

`rows` lists every labelled law row (any purpose) whose link is a `word-alignment` `derives` link of tier low (and the
`changed28` rows of either tier), with what was tried to tell the right ones from the wrong: the score, the documents'
levels, the measure links of the child article (`childLinks`, `childDerives` into other parents), the `derives` links
into the parent article from the same child document and from other documents, the pair's `derives` links and how many
are by the word pass, and the distinct character trigrams the two articles share (`trigrams`, with the shorter article's
length). Then the share of right rows on each side of a few one-feature splits.

`split … RULE OUT` writes OUT/withheld/law.tsv (the documents and the word-pass links RULE withholds, for
`scripts/lineage-labels.py draw`) and OUT/filtered/law.tsv (the output without them, with DIR's seeds.tsv copied beside it,
for `scripts/lineage-labels.py check`). Rules (none built; Benchmarks/lineage.md, twenty-eight round):
- `trigrams`: the two articles share fewer than 7 distinct character trigrams (598 law links: 499 low, 99 high);
- `relative`: they share fewer than 0.04 × the shorter article's length in trigrams (135 law links);
- `unshared`: fewer than 7 shared trigrams, and no article of another document derives from the parent article (221 law links);
- `cross` (tier low only): another text the child document cites, dated no later than the child, has an article sharing at least
  10 and at least twice as many trigrams with the child article as the parent article does (205 law links).
"""
import collections, importlib.util, os, re, sys

_spec = importlib.util.spec_from_file_location('labels', os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                        'lineage-labels.py'))
labels_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(labels_module)

_files = {}


def article(corpus, document, label):
    """The article `label` (第X条) of a law file, white space removed and the label cut off; '' when not found."""
    if document not in _files:
        path = os.path.join(corpus, document.replace('--', '/') + '.md')
        _files[document] = open(path, encoding='utf-8', errors='replace').read() if os.path.exists(path) else ''
    m = re.search(r'(?m)^\s*' + re.escape(label) + r'[\s\S]*?(?=\n\s*第[一二三四五六七八九十百零]+条|\n#|\Z)', _files[document])
    return re.sub(r'^第[一二三四五六七八九十百零]+条', '', re.sub(r'\s+', '', m.group(0))) if m else ''


def trigrams(s):
    return {s[i:i + 3] for i in range(len(s) - 2)}


def shared_trigrams(corpus, link):
    a, b = article(corpus, link['from'], link['fromLabel']), article(corpus, link['to'], link['toLabel'])
    return len(trigrams(a) & trigrams(b)), min(len(a), len(b))


RULES = {
    'trigrams': lambda shared, shorter, others: shared < 7,
    'relative': lambda shared, shorter, others: shared < 0.04 * shorter,
    'unshared': lambda shared, shorter, others: shared < 7 and others == 0,
}


ARTICLE = re.compile(r'(?m)^\s*(第[一二三四五六七八九十百零]+条)([\s\S]*?)(?=\n\s*第[一二三四五六七八九十百零]+条|\n#|\Z)')
_grams = {}


def article_grams(corpus, document):
    """The trigram sets of every article of a law file."""
    if document not in _grams:
        article(corpus, document, '第一条')  # reads the file
        _grams[document] = [trigrams(re.sub(r'\s+', '', m.group(2))) for m in ARTICLE.finditer(_files[document])]
    return _grams[document]


def cross(corpus, link, documents, cited):
    """The most trigrams the child article shares with an article of another text its document cites, dated no later."""
    own = trigrams(article(corpus, link['from'], link['fromLabel']))
    date = documents.get(link['from'], {}).get('date', '')
    best = 0
    for other in cited.get(link['from'], ()):
        d = documents.get(other, {}).get('date', '')
        if other == link['to'] or not d or not date or d.startswith('≥') or date.startswith('≥') or d > date:
            continue
        for g in article_grams(corpus, other):
            best = max(best, len(own & g))
    return best


def word_links(links):
    return [l for l in links if l['type'] == 'derives' and l['method'] == 'word-alignment' and l['fromMeasure']]


def rows(out, labels_path, corpus):
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    measure = [l for l in links if l['type'] != 'cites' and l['fromMeasure']]
    near = collections.defaultdict(list)
    pair = collections.Counter(), collections.Counter()
    for l in measure:
        near[l['fromMeasure']].append(l)
        near[l['toMeasure']].append(l)
        if l['type'] == 'derives':
            pair[0][(l['from'], l['to'])] += 1
            pair[1][(l['from'], l['to'])] += l['method'] == 'word-alignment'
    by_pair = {(l['fromMeasure'], l['toMeasure']): l for l in word_links(links)}
    found = []
    for label in labels_module.read_labels(labels_path):
        if label['set'] != 'law':
            continue
        for parent in label['toMeasure'].split('|'):
            l = by_pair.get((label['fromMeasure'], parent))
            if l is None or (l['confidence'] != 'low' and label['purpose'] != 'changed28'):
                continue
            other = [x for x in near[l['fromMeasure']] if x is not l]
            into = [x for x in near[l['toMeasure']] if x is not l and x['type'] == 'derives' and x['toMeasure'] == l['toMeasure']]
            shared, shorter = shared_trigrams(corpus, l)
            found.append(dict(
                purpose=label['purpose'], right=label['truth'] == 'derives', tier=l['confidence'], score=float(l['score']),
                levels=f"{documents.get(l['from'], {}).get('level') or '-'}→{documents.get(l['to'], {}).get('level') or '-'}",
                childLinks=len(other), childDerives=sum(x['type'] == 'derives' and x['fromMeasure'] == l['fromMeasure'] for x in other),
                intoSame=sum(x['from'] == l['from'] for x in into), intoOther=sum(x['from'] != l['from'] for x in into),
                pairDerives=pair[0][(l['from'], l['to'])], pairWord=pair[1][(l['from'], l['to'])],
                trigrams=shared, shorter=shorter, link=f"{l['fromMeasure']} → {l['toMeasure']}"))
    keys = ['purpose', 'right', 'tier', 'score', 'levels', 'childLinks', 'childDerives', 'intoSame', 'intoOther',
            'pairDerives', 'pairWord', 'trigrams', 'shorter', 'link']
    print('\t'.join(keys))
    for r in sorted(found, key=lambda r: (r['purpose'] == 'changed28', r['right'], r['purpose'])):
        print('\t'.join(str(int(r[k]) if isinstance(r[k], bool) else r[k]) for k in keys))

    def side(rs):
        return f"{sum(r['right'] for r in rs)}/{len(rs)} right ({sum(r['purpose'].startswith('chain') for r in rs)} chain take-ups)"
    print(f"\n{len(found)} rows; one-feature splits (yes | no):")
    for name, test in [('score < 0.25', lambda r: r['score'] < 0.25), ('score < 0.3', lambda r: r['score'] < 0.3),
                       ('no derives into the parent article from another document', lambda r: r['intoOther'] == 0),
                       ('child article has no other measure link', lambda r: r['childLinks'] == 0),
                       ('child article derives from another parent too', lambda r: r['childDerives'] > 0),
                       ('word links over 0.3 of the pair', lambda r: r['pairWord'] > 0.3 * r['pairDerives']),
                       ('national → national', lambda r: r['levels'] == 'national→national'),
                       ('shared trigrams < 7', lambda r: r['trigrams'] < 7),
                       ('shared trigrams < 7, no derives from another document', lambda r: r['trigrams'] < 7 and r['intoOther'] == 0)]:
        yes = [r for r in found if test(r)]
        no = [r for r in found if not test(r)]
        print(f"  {name:56} {side(yes):34} | {side(no)}")


def split(out, corpus, rule, target):
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    cited = collections.defaultdict(set)
    for l in links:
        if l['type'] == 'cites' and not l['fromMeasure'] and l['to'] in documents:
            cited[l['from']].add(l['to'])
    # The documents whose articles derive from each parent article.
    into = collections.defaultdict(set)
    for l in links:
        if l['type'] == 'derives' and l['toMeasure']:
            into[l['toMeasure']].add(l['from'])
    withheld = set()
    tiers = collections.Counter()
    for l in word_links(links):
        shared, shorter = shared_trigrams(corpus, l)
        if rule == 'cross':
            if l['confidence'] != 'low':
                continue
            best = cross(corpus, l, documents, cited)
            hit = best >= 10 and best >= 2 * max(shared, 1)
        else:
            hit = RULES[rule](shared, shorter, len(into[l['toMeasure']] - {l['from']}))
        if hit:
            withheld.add((l['fromMeasure'], l['toMeasure']))
            tiers[l['confidence']] += 1
    labels_module.split_output(out, target, lambda cells: cells[0] == 'derives' and len(cells) >= 12
                               and cells[10] == 'word-alignment' and (cells[2], cells[5]) in withheld)
    print(f"rule {rule}: {len(withheld)} law derives links withheld (tier high {tiers['high']}, low {tiers['low']})")


if __name__ == '__main__':
    if sys.argv[1] == 'rows':
        rows(*sys.argv[2:5])
    elif sys.argv[1] == 'split':
        split(*sys.argv[2:6])
    else:
        sys.exit(__doc__)
