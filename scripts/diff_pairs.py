"""The revision pairs the diff simulations read: the labelled ones of Benchmarks/diff-labels and the unseen
pairs of the law corpus (the last two versions of every law with two or more), one reader for every script."""
import collections, os, re


def labelled(root):
    """(name, old, new, gold) for every labelled pair: the lawrefbook paths of both versions and the set of
    (old article, new article) pairs the labels hold."""
    folder = os.path.join(root, 'Benchmarks/diff-labels')
    for name in sorted(os.listdir(folder)):
        if not name.endswith('.tsv'): continue
        meta, gold = {}, set()
        for line in open(os.path.join(folder, name), encoding='utf-8'):
            if line.startswith('#'):
                m = re.match(r'#\s*old: lawrefbook (.+?)\s+new: lawrefbook (.+?)\s*$', line)
                if m: meta['old'], meta['new'] = m.group(1), m.group(2)
                continue
            cols = line.rstrip('\n').split('\t')
            if len(cols) >= 3 and cols[0] != '-' and cols[1] != '-': gold.add((cols[0], cols[1]))
        yield name[:-4], meta['old'], meta['new'], gold


def unseen(laws, skip):
    """(name, old, new, None) for the last two versions of every law of the corpus at `laws` with two or more,
    leaving out those whose newer file name is in `skip`."""
    versions = collections.defaultdict(list)
    for root, _, files in os.walk(laws):
        for f in files:
            m = re.match(r'(.+)\((\d{4}-\d{2}-\d{2})\)\.md$', f)
            if m: versions[(root, m.group(1))].append(f)
    for (root, _), files in sorted(versions.items()):
        if len(files) < 2: continue
        files.sort()
        old, new = (os.path.relpath(os.path.join(root, f), laws) for f in files[-2:])
        if os.path.basename(new) not in skip: yield os.path.basename(new)[:-3], old, new, None
