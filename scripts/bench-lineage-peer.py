#!/usr/bin/env python3
"""Peers for the lineage alignment benchmark, on the same corpus folder.

Splits each law into articles (第X条), folds each to CJK/ASCII-alnum characters and takes its
character-trigram set, like zhengce's index. Then:
  1. brute force: Jaccard of every pair on a fixed random sample, extrapolated to all pairs;
  2. datasketch MinHash LSH (if installed): index + query every article, candidates per query.
Prints one line per peer. Usage: bench-lineage-peer.py CORPUS_DIR [SAMPLE]
"""
import os, random, re, sys, time

ARTICLE = re.compile(r'^\s*第[一二三四五六七八九十百千零〇两\d]+条', re.M)

def content(text):
    return ''.join(c.lower() for c in text if '\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf' or c.isascii() and c.isalnum())

def articles(folder):
    out = []
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith(('.md', '.txt', '.html')) or name in ('_index.md', 'README.md'):
                continue
            text = open(os.path.join(root, name), encoding='utf-8', errors='replace').read()
            text = text.split('<!-- INFO END -->', 1)[-1]
            starts = [m.start() for m in ARTICLE.finditer(text)]
            for a, b in zip(starts, starts[1:] + [len(text)]):
                c = content(text[a:b])
                if len(c) >= 3:
                    out.append((name, {c[i:i + 3] for i in range(len(c) - 2)}))
    return out

def main():
    folder = sys.argv[1]
    sample = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    t0 = time.time()
    items = articles(folder)
    n = len(items)
    print(f"peer split: {n} articles in {time.time() - t0:.1f} s")
    random.seed(7)
    chosen = random.sample(items, min(sample, n))
    t0 = time.time()
    pairs = 0
    for i in range(len(chosen)):
        si = chosen[i][1]
        for j in range(i + 1, len(chosen)):
            sj = chosen[j][1]
            _ = len(si & sj) / (len(si | sj) or 1)
            pairs += 1
    dt = time.time() - t0
    all_pairs = n * (n - 1) // 2
    print(f"peer brute-force: {pairs} pairs in {dt:.2f} s ({pairs / dt:,.0f} pairs/s); all {all_pairs:,} pairs ≈ {all_pairs / (pairs / dt):,.0f} s")
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        print("peer datasketch: not installed (pip install datasketch)")
        return
    t0 = time.time()
    lsh = MinHashLSH(threshold=0.3, num_perm=64)
    hashes = []
    for k, (_, grams) in enumerate(items):
        m = MinHash(num_perm=64)
        m.update_batch([g.encode('utf-8') for g in grams])
        hashes.append(m)
        lsh.insert(k, m)
    built = time.time() - t0
    candidates = 0
    for m in hashes:
        candidates += len(lsh.query(m)) - 1
    total = time.time() - t0
    print(f"peer datasketch MinHashLSH(threshold 0.3, 64 perms): {n} articles, build {built:.1f} s, "
          f"build+query {total:.1f} s, {candidates / max(n, 1):.1f} candidates per article")

if __name__ == '__main__':
    main()
