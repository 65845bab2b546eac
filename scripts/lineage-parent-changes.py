"""For each labelled row (sample or chain), the tool's derives parent articles of the child article in the labelled
parent document, before and after; counts rows whose parent set changed, and how (right = a labelled parent article)."""
import sys, collections
def load(path):
    d = collections.defaultdict(set)
    for line in open(path, encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if c[0] == 'derives' and len(c) == 11 and c[2]:
            d[(c[2], c[4])].add(c[5])
    return d
before, after = load(sys.argv[1]), load(sys.argv[2])
rows = []
for line in open(sys.argv[3], encoding='utf-8'):
    c = line.rstrip('\n').split('\t')
    if len(c) < 7 or c[0] != 'law' or c[1] == 'purpose': continue
    for alt in c[5].split('|'):
        rows.append((c[1], c[3], alt.rsplit('/', 1)[0], alt, c[6], c[7] if len(c) > 7 else ''))
stats = collections.Counter()
seen = set()
for purpose, child, parentDoc, parentMeasure, truth, note in rows:
    key = (child, parentDoc)
    if key in seen: continue
    seen.add(key)
    goods = {a for (p, ch, pd, a, t, n) in rows if ch == child and pd == parentDoc and t == 'derives'}
    b, a = before.get((child, parentDoc), set()), after.get((child, parentDoc), set())
    if b == a: continue
    def state(s):
        if not s: return 'none'
        return 'right' if s & goods and not (s - goods) else ('right+wrong' if s & goods else 'wrong')
    stats[(purpose.split('-')[0], state(b), state(a))] += 1
    print(f"{purpose}\t{child}\t{parentDoc.split('--')[-1]}\tbefore {sorted(x.split('/')[-1] for x in b)}\tafter {sorted(x.split('/')[-1] for x in a)}\tlabelled {sorted(x.split('/')[-1] for x in goods)} ({truth})")
for k, v in sorted(stats.items()): print(k, v)
