#!/usr/bin/env python3
"""Simulation of the pair choice (issue 15, twelfth round) on the labelled rows, before coding it.

For every labelled law row (sample and chain rows) the output links as `derives`, the child article is scored against
every article of the parent (第X条 articles read from the law files), by the cosine of character bigrams and trigrams
weighted inside the pair (log((n + 1) / (df + 0.5)), n the articles of both texts). A row "moves" when the best article
is not the linked one and scores MARGIN times the runner-up and the linked one; with -o also only when the best is inside
the span of the parent articles of the child's nearest linked neighbours (best link each), W articles wider either side,
and the linked one outside it (`Context.choosePairArticles` adds the segmenter's words, half and half).
Prints counts by (right|wrong[-chain], best|MOVED|other-best); -v prints the wrong rows and the moved right ones.

  python3 scripts/lineage-pair-choice-sim.py OUT_DIR Benchmarks/lineage-labels.tsv [MARGIN [W]] [-o] [-v]
"""
import sys, re, os, math, collections
import importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('ll', os.path.join(HERE, 'lineage-labels.py')); ll = importlib.util.module_from_spec(spec); spec.loader.exec_module(ll)
CORPUS = os.path.join(HERE, '..', '..', 'shared', 'corpora', 'lawrefbook')
out, labels_path = sys.argv[1], sys.argv[2]
MARGIN = float(sys.argv[3]) if len(sys.argv) > 3 else 1.3
documents, links = ll.read_tsv(os.path.join(out, 'law.tsv'))
der = collections.defaultdict(list)   # (from, to) -> links
bym = {}
for l in links:
    if l['type'] == 'derives' and l['fromMeasure']:
        der[(l['from'], l['to'])].append(l)
    if l['fromMeasure']:
        bym[(l['fromMeasure'], l['toMeasure'])] = l
ART = re.compile(r'(?m)^\s*(第[一二三四五六七八九十百零]+条)')
cache = {}
def articles(doc):
    if doc in cache: return cache[doc]
    path = os.path.join(CORPUS, doc.replace('--', '/') + '.md')
    res = []
    if os.path.isfile(path):
        text = open(path, encoding='utf-8').read()
        text = text.split('<!-- INFO END -->')[-1]
        ms = list(ART.finditer(text))
        for k, m in enumerate(ms):
            end = ms[k+1].start() if k+1 < len(ms) else len(text)
            body = re.sub(r'#.*', '', text[m.end():end])
            res.append((m.group(1), re.sub(r'\s+', '', body)))
    cache[doc] = res
    return res
def grams(t, n): return collections.Counter(t[i:i+n] for i in range(len(t)-n+1))
def table(child, parent):
    ca, pa = articles(child), articles(parent)
    rows = [t for _, t in ca] + [t for _, t in pa]
    N = len(rows)
    vec = []
    df = collections.Counter()
    gs = [set(grams(t,2)) | set(grams(t,3)) for t in rows]
    for g in gs: df.update(g)
    def v(g):
        w = {k: max(0.0, math.log((N+1)/(df[k]+0.5))) for k in g}
        n = math.sqrt(sum(x*x for x in w.values())) or 1
        return w, n
    vs = [v(g) for g in gs]
    def cos(i, j):
        (a, na), (b, nb) = vs[i], vs[len(ca)+j]
        if len(a) > len(b): a, b = b, a
        return sum(x*b.get(k, 0) for k, x in a.items()) / (na*nb)
    return ca, pa, cos
def label_index(arts, label):
    for k, (l, _) in enumerate(arts):
        if l == label: return k
    return None
labels = []
for line in open(labels_path, encoding='utf-8'):
    if line.startswith('#') or line.startswith('set\t') or not line.strip(): continue
    c = line.rstrip('\n').split('\t')
    labels.append(dict(zip(['set','purpose','from','fromMeasure','to','toMeasure','truth','note'], c)))
res = collections.Counter()
tables = {}
for lab in labels:
    if lab['set'] != 'law' or lab['purpose'] not in ('sample',) and not lab['purpose'].startswith('chain'): continue
    hit = None
    for tm in lab['toMeasure'].split('|'):
        l = bym.get((lab['fromMeasure'], tm))
        if l and l['type'] == 'derives': hit = l
    if not hit: continue
    key = (hit['from'], hit['to'])
    if key not in tables: tables[key] = table(*key)
    ca, pa, cos = tables[key]
    i = label_index(ca, hit['fromLabel']); j0 = label_index(pa, hit['toLabel'])
    if i is None or j0 is None: res['unparsed'] += 1; continue
    scores = sorted(((cos(i, j), j) for j in range(len(pa))), reverse=True)
    (s1, j1), (s2, j2) = scores[0], scores[1] if len(scores) > 1 else (0, -1)
    s0 = cos(i, j0)
    right = lab['truth'] == 'derives'
    kind = ('right' if right else 'wrong') + ('-chain' if lab['purpose'] != 'sample' else '')
    # order: neighbours' parent articles (best link each) among child articles linked into this parent
    own = collections.defaultdict(list)
    for l in der[key]:
        ci = label_index(ca, l['fromLabel']); pj = label_index(pa, l['toLabel'])
        if ci is not None and pj is not None: own[ci].append((float(l['score']), pj))
    kids = sorted(own)
    before = [k for k in kids if k < i]; after = [k for k in kids if k > i]
    nb = []
    if before: nb.append(max(own[before[-1]])[1])
    if after: nb.append(max(own[after[0]])[1])
    W = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    inwin = lambda j: bool(nb) and min(nb) - W <= j <= max(nb) + W
    ORDER = '-o' in sys.argv
    moved = j1 != j0 and s1 >= MARGIN * s2 and s1 >= MARGIN * s0 and (not ORDER or (inwin(j1) and not inwin(j0)))
    res[(kind, 'best' if j1 == j0 else ('MOVED' if moved else 'other-best'))] += 1
    if (moved and right) or (not right and '-v' in sys.argv):
        print(kind, 'moved' if moved else '', lab['fromMeasure'].split('--')[-1], hit['toLabel'], f"{s0:.3f}", '->', pa[j1][0], f"{s1:.3f}", 'runner', pa[j2][0] if j2>=0 else '', f"{s2:.3f}", '|', lab['note'][:80])
for k, v in sorted(res.items(), key=str): print(k, v)
