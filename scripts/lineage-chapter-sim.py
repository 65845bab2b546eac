# Applies the chapter rule (Context.dropOffChapter, ChapterPlan.offChapter) to an existing `zhengce lineage --format tsv`
# output of the law corpus: `lineage-chapter-sim.py IN.tsv OUT.tsv [LAW CORPUS]` (default ../shared/corpora/lawrefbook). Chapters are read from the law files (第X章 lines).
import re, sys, os, functools
corpus = (sys.argv[3] if len(sys.argv) > 3 else '../shared/corpora/lawrefbook').rstrip('/') + '/'
@functools.lru_cache(maxsize=None)
def chapters(doc):
    path = corpus + doc.replace('--', '/') + '.md'
    if not os.path.exists(path): return None
    text = open(path, encoding='utf-8').read()
    hs = {cn(m.group(1)): re.sub(r'\s+', '', m.group(2)) for m in re.finditer(r'(?m)^#*\s*第([一二三四五六七八九十]+)章\s*(.*)$', text)}
    return hs or None
def cn(s):
    d = '一二三四五六七八九'
    if s == '十': return 10
    if s.startswith('十'): return 10 + d.index(s[1]) + 1
    if '十' in s: a, b = s.split('十'); return (d.index(a) + 1) * 10 + (d.index(b) + 1 if b else 0)
    return d.index(s) + 1
def pairs(s): return {s[i:i+2] for i in range(len(s) - 1)}
def heading(doc, measure):
    hs = chapters(doc)
    parts = measure.split('/')[-1].split('.')
    if not hs or len(parts) < 2: return None
    return hs.get(int(parts[0])) if parts[0].isdigit() else None
def off(c, cm, p, pm):
    a, b = heading(c, cm), heading(p, pm)
    if a is None or b is None: return False
    own = pairs(a)
    if not own: return False
    cps = {h for h in chapters(p).values() if 2 * len(own & pairs(h)) >= len(own)}
    if not cps or b in cps or b == "总则": return False
    # two-sided: the parent article's chapter has a counterpart in the child too, other than the child's chapter
    ownb = pairs(b)
    back = {h for h in chapters(c).values() if 2 * len(ownb & pairs(h)) >= len(ownb)} if ownb else set()
    return bool(back) and a not in back
n = 0
with open(sys.argv[2], 'w', encoding='utf-8') as out:
    for line in open(sys.argv[1], encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if c[0] == 'derives' and len(c) == 11 and c[2] and float(c[7] or 0) < 0.5 and off(c[1], c[2], c[4], c[5]):
            n += 1; continue
        out.write(line)
print('dropped', n)
