#!/usr/bin/env python3
"""Title citations left unresolved although the cited text is in the corpus (issue 15, item 1).

  python3 scripts/lineage-external-titles.py LINEAGE_TSV DOCS_JSON

LINEAGE_TSV: `zhengce lineage --corpus DIR --format tsv`; DOCS_JSON: `zhengce docs --corpus DIR --format json`.
Every external document node (`external:TITLE`, a cited text lineage found no corpus document for) is compared with
the titles of the corpus documents, both folded the same way: spaces, brackets, quotes and punctuation removed, a
leading 中华人民共和国 removed. Prints how many external titles equal a corpus title (each one is a citation that
should have resolved), then the near misses for reading: an external title that ends with a corpus title or is its
end, within a few characters (a place prefix, a missing word, a typo) — most are other texts.
"""
import json, re, signal, sys


def fold(title):
    title = re.sub(r'[\s《》〈〉“”"（）()、，,：:·\-—]', '', title).lower()
    return re.sub(r'^中华人民共和国', '', title)


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped to head
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tsv, docs_path = sys.argv[1], sys.argv[2]
    docs = json.load(open(docs_path, encoding='utf-8'))
    docs = docs['documents'] if isinstance(docs, dict) else docs
    titles = {}
    for d in docs:
        if d.get('title'):
            titles.setdefault(fold(d['title']), []).append(d['id'])
    external = [line.split('\t')[1][len('external:'):] for line in open(tsv, encoding='utf-8')
                if line.startswith('document\texternal:')]
    equal = [e for e in external if fold(e) in titles]
    print(f'external documents: {len(external)}; corpus documents with a title: {sum(map(len, titles.values()))}')
    print(f'external titles equal to a corpus title (unresolved citations between corpus documents): {len(equal)}')
    for e in equal:
        print(f'  {e} -> {", ".join(titles[fold(e)][:3])}')
    near = []
    for e in external:
        k = fold(e)
        hits = [t for t in titles if len(t) >= 4 and t != k and
                ((k.endswith(t) and len(k) - len(t) <= 6) or (t.endswith(k) and len(t) - len(k) <= 4))]
        if hits:
            near.append((e, sorted(hits)[:3]))
    print(f'near misses to read (an end of the other within a few characters): {len(near)}')
    for e, hits in near:
        print(f'  {e} ~ {" | ".join(hits)}')


if __name__ == '__main__':
    main()
