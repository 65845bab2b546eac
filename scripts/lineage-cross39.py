#!/usr/bin/env python3
"""Round thirty, precision (issue 15): the parent article that carries the same provision — links between parents.

  python3 scripts/lineage-cross39.py candidates DIR CORPUS OUT.pickle
  python3 scripts/lineage-cross39.py split DIR CORPUS CANDIDATES.pickle RULE OUT
  python3 scripts/lineage-cross39.py labelled DIR LABELS CANDIDATES.pickle
  python3 scripts/lineage-cross39.py named DIR LABELS CORPUS
  python3 scripts/lineage-cross39.py show CORPUS CANDIDATES.pickle LABELS RULE SEED N
  python3 scripts/lineage-cross39.py transit DIR CORPUS CANDIDATES.pickle LABELS SEED N
  python3 scripts/lineage-cross39.py named-split DIR CORPUS OUT [lead|any]
  python3 scripts/lineage-cross39.py named-show OUT CORPUS LABELS SEED N

DIR holds `law.tsv` (and `seeds.tsv`) of `zhengce lineage --corpus … --format tsv`; CORPUS is the law corpus
(../shared/corpora/lawrefbook), whose files give each article's text.

`candidates` looks, for every `derives` link of tier low from a child article c (document C) to a parent article p
(document P), at every other text Q that C cites or derives from (document-level links of the output), Q dated no later
than C and a `derives` from C to Q allowed by hierarchy and calendar (Q of a higher level, or of the same level and
region, or both national; not a version of P). For each such Q it keeps Q's article q that shares the most with c, by
IDF-weighted character bigrams over the smaller side (`idf`, IDF over every article of the law corpus — round twenty-nine's
strongest single signal), with: c's share with p, p's share with q, whether p and q are linked to each other in the
output (any measure link, either way), whether c is already linked to q (and how). Written to a pickle for the rules.

`split` applies RULE (rules below) and writes OUT/changed/law.tsv (the documents, the links the rule withholds and the
links it adds, for `scripts/lineage-labels.py draw`), OUT/withheld/law.tsv (withheld only), OUT/added/law.tsv (added only)
and OUT/filtered/law.tsv (the output with the rule applied, for `check`, with DIR's seeds.tsv copied beside it). A
retargeted link keeps the withheld link's score, kind, method and tier low; its measure id is the id the output gives
q elsewhere, else the id read from the file's headings (checked against every id the output knows).
Rules (none built; Benchmarks/lineage.md, thirtieth round):
- `D`: another text's article q shares at least 0.5 and at least 2 × what p shares with c (round twenty-eight's D, on the
  IDF-weighted share): withhold c → p, no matter what p and q are;
- `Dsame`: D, and p and q are not the same provision — not linked to each other in the output and sharing under 0.3;
  withhold c → p;
- `Dretarget`: Dsame, and in place of c → p a `derives` c → q (when c is not already linked to q as `derives`);
- `Dadd`: D, and c is not linked to q at all: keep c → p and add a `derives` c → q (the other text's article as a second
  parent, a recall rule);
- `Dsibling`: D, and the two parents P and Q are siblings — no link of any kind (citation, derives, related, parallel,
  version; document or measure) between them in the output, either way: withhold c → p (reading Dsame's draw showed
  that a right c → p is mostly one whose Q implements P or P implements Q, a wrong one mostly one between siblings).

`labelled` lists the labelled law rows (any purpose) whose link a rule's candidate touches (c → p is a labelled pair), with
the candidate's figures: what the rules would do to rows already read.

`named` lists every labelled law `derives` / `related` row whose child article names an article of the parent by number
(《…》第N条 or a bare title 第N条, resolved to the parent by its title, as `lineage-references.py` reads it), the named
and the linked article, the truth, and the child article's text: round twenty-nine's 17 rows naming another article.
"""
import collections, importlib.util, math, os, pickle, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name):
    spec = importlib.util.spec_from_file_location(name.replace('-', '_'), os.path.join(HERE, name + '.py'))
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, HERE)
    spec.loader.exec_module(module)
    return module


labels_module = _load('lineage-labels')
features = _load('lineage-features')
references = features.references

HEADING = re.compile(r'^(#+)\s*第[一二三四五六七八九十百千零〇两]+(编|分编|章|节)')


def heading_ids(corpus, document_id):
    """article number → measure id read from the file's headings: the ordinals of the enclosing 编 / 章 / 节 (by heading
    depth), then the article number (`3.2.17`; `17` without headings). Checked against the ids the output knows."""
    path = os.path.join(corpus, document_id.replace('--', '/') + '.md')
    out = {}
    if not os.path.isfile(path):
        return out
    counters = []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = HEADING.match(line)
            if m:
                depth = len(m.group(1)) - 2  # '##' is the first level
                if depth < 0:
                    continue
                counters = counters[:depth + 1] + [0] * max(0, depth + 1 - len(counters))
                counters[depth] += 1
                continue
            a = features.ARTICLE_HEAD.match(line)
            if a and not a.group(2):
                n = references.number(a.group(1))
                out.setdefault(n, '.'.join(str(c) for c in counters + [n]))
    return out


class Texts:
    def __init__(self, corpus):
        self.corpus = corpus
        df, self.n = features.bigram_df(corpus, features.df_cache(corpus))
        self.idf = {g: math.log((self.n + 1) / (c + 1)) for g, c in df.items()}
        self.default = math.log(self.n + 1)
        self.cache = collections.OrderedDict()

    def weight(self, grams):
        return math.fsum(self.idf.get(g, self.default) for g in grams)  # exact: the same in any set order

    def document(self, d):
        """article number → (bigrams, their weight, text) of a law file (a few hundred files kept)."""
        if d in self.cache:
            self.cache.move_to_end(d)
            return self.cache[d]
        law = features.Law(self.corpus, d)
        value = {}
        for k, t in law.articles.items():
            g = features.ngrams(t, 2)
            value[k] = (g, self.weight(g), t)
        self.cache[d] = value
        if len(self.cache) > 600:
            self.cache.popitem(last=False)
        return value

    def dice(self, a, b):
        """IDF-weighted shared bigrams over the mean of the two sides (a short article inside a long one scores low)."""
        if not a or not b:
            return 0.0
        return 2 * self.weight(a[0] & b[0]) / max(a[1] + b[1], 1e-9)

    def share(self, a, b):
        """IDF-weighted shared bigrams over the smaller side."""
        if not a or not b:
            return 0.0
        return self.weight(a[0] & b[0]) / max(min(a[1], b[1]), 1e-9)


def allowed(documents, child, other):
    """A `derives` from child to other allowed by calendar and hierarchy, as the output ranks them: other dated no
    later, of a higher level, or the same level and region, or both national."""
    a, b = documents.get(child, {}), documents.get(other, {})
    da, db = a.get('date', ''), b.get('date', '')
    if not da or not db or da.startswith('≥') or db.startswith('≥') or db > da:
        return False
    la = labels_module.LEVEL.get(labels_module.level(child, a))
    lb = labels_module.LEVEL.get(labels_module.level(other, b))
    if la is None or lb is None:
        return False
    if lb < la:
        return True
    return lb == la and (la == 0 or (a.get('region') and a.get('region') == b.get('region')))


def candidates(out, corpus, target):
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    texts = Texts(corpus)
    sources = collections.defaultdict(set)
    versions = collections.defaultdict(set)
    for l in links:
        if not l['fromMeasure'] and l['to'] in documents and l['from'] != l['to']:
            if l['type'] in ('cites', 'derives'):
                sources[l['from']].add(l['to'])
            elif l['type'] == 'version':
                versions[l['from']].add(l['to'])
                versions[l['to']].add(l['from'])
    linked = collections.defaultdict(dict)  # measure → other measure → type
    related_documents = collections.defaultdict(set)  # document → documents it has any link with, either way
    for l in links:
        if l['from'] != l['to']:
            related_documents[l['from']].add(l['to'])
            related_documents[l['to']].add(l['from'])
    for l in links:
        if l['fromMeasure'] and l['toMeasure'] and l['type'] != 'cites':
            linked[l['fromMeasure']][l['toMeasure']] = l['type']
            linked[l['toMeasure']].setdefault(l['fromMeasure'], l['type'])
    known = {}  # (document, article) → measure id the output uses
    for l in links:
        for side in ('from', 'to'):
            m = l[side + 'Measure']
            if m:
                n = references.article_of(m)
                if n is not None:
                    known[(l[side], n)] = m
    low = sorted((l for l in links if l['type'] == 'derives' and l['fromMeasure'] and l['toMeasure']
                  and l.get('confidence') == 'low'), key=lambda l: (l['from'], l['to']))
    rows = []
    for k, l in enumerate(low):
        if k % 2000 == 0:
            print(f'{k}/{len(low)}', file=sys.stderr)
        C, P = l['from'], l['to']
        ca, pa = references.article_of(l['fromMeasure']), references.article_of(l['toMeasure'])
        c = texts.document(C).get(ca)
        p = texts.document(P).get(pa)
        if not c or not p:
            continue
        sp = texts.dice(c, p)
        for Q in sorted(sources[C] - {P, C} - versions[P]):
            if not allowed(documents, C, Q):
                continue
            articles = texts.document(Q)
            best, bq = 0.0, None
            for qn, q in articles.items():
                s = texts.dice(c, q)
                if s > best:
                    best, bq = s, qn
            if bq is None:
                continue
            q = articles[bq]
            qm = known.get((Q, bq))
            rows.append(dict(
                fromMeasure=l['fromMeasure'], toMeasure=l['toMeasure'], child=C, parent=P, other=Q,
                childArticle=ca, parentArticle=pa, otherArticle=bq, otherMeasure=qm, otherKnown=qm is not None,
                sp=sp, sq=best, pq=texts.share(p, q), wcp=texts.weight(c[0] & p[0]), wcq=texts.weight(c[0] & q[0]),
                pqLinked=linked[l['toMeasure']].get(qm, '') if qm else '',
                documentsLinked=Q in related_documents[P],
                cqLinked=linked[l['fromMeasure']].get(qm, '') if qm else '',
                method=l['method'], score=l['score'], kind=l['kind'], toLabel=l['toLabel'], fromLabel=l['fromLabel'],
                pLevel=documents.get(P, {}).get('level'), qLevel=documents.get(Q, {}).get('level'),
                cLevel=documents.get(C, {}).get('level')))
    # The measure ids of other articles not in the output, read from the headings — only in a file where every id the
    # output knows agrees with its heading id (some files number their parts otherwise: left without an id).
    heading_cache, agree, disagree = {}, 0, 0
    for r in rows:
        if r['otherMeasure'] is None:
            Q = r['other']
            if Q not in heading_cache:
                ids = heading_ids(corpus, Q)
                checked = [known[(Q, n)] == f'{Q}/{i}' for n, i in ids.items() if (Q, n) in known]
                agree += sum(checked)
                disagree += len(checked) - sum(checked)
                heading_cache[Q] = ids if checked and all(checked) else {}
            guess = heading_cache[Q].get(r['otherArticle'])
            r['otherMeasure'] = f'{Q}/{guess}' if guess else None
    print(f'{len(low)} low derives links, {len(rows)} candidate (link, other text) rows; '
          f'{len({(r["fromMeasure"], r["toMeasure"]) for r in rows})} links have one; heading ids checked: '
          f'{agree} agree, {disagree} differ', file=sys.stderr)
    with open(target, 'wb') as f:
        pickle.dump(rows, f)


def best_per_link(rows):
    """The other text's article that fits c best, per link (the first of ties in file order)."""
    out = {}
    for r in rows:
        key = (r['fromMeasure'], r['toMeasure'])
        if key not in out or r['sq'] > out[key]['sq']:
            out[key] = r
    return out


def same_provision(r, bar=0.3):
    return bool(r['pqLinked']) or r['pq'] >= bar


def fits_better(r, bar=0.4, times=2.0):
    """q fits c clearly better than p: c and q share at least `bar` of their mean IDF-weighted bigrams (Dice) and at
    least `times` × the weight c shares with p."""
    return r['sq'] >= bar and r['wcq'] >= times * r['wcp']


RULES = {
    'D': lambda r: fits_better(r),
    'Dsame': lambda r: fits_better(r) and not same_provision(r),
    'Dretarget': lambda r: fits_better(r) and not same_provision(r),
    'Dsibling': lambda r: fits_better(r) and not r['documentsLinked'],
    'Dadd': lambda r: fits_better(r) and not r['cqLinked'],
}


def hits(rows, rule):
    return {key: r for key, r in best_per_link(rows).items() if RULES[rule](r)}


def split(out, corpus, pickle_path, rule, target):
    with open(pickle_path, 'rb') as f:
        rows = pickle.load(f)
    chosen = hits(rows, rule)
    withheld = set() if rule == 'Dadd' else set(chosen)
    added = []
    if rule.endswith('retarget') or rule == 'Dadd':
        seen = set()
        for (cm, pm), r in sorted(chosen.items()):
            if r['otherMeasure'] is None or r['cqLinked'] == 'derives' or (cm, r['otherMeasure']) in seen:
                continue
            seen.add((cm, r['otherMeasure']))
            added.append('\t'.join(['derives', r['child'], cm, r['fromLabel'], r['other'], r['otherMeasure'],
                                    number_label(r['otherArticle']), r['score'], r['kind'], '1', r['method'], 'low']) + '\n')
    # A link c → q of another type (related) gives way to the derives link.
    replaced = {(r['fromMeasure'], r['otherMeasure']) for r in chosen.values() if rule.endswith('retarget')
                and r['otherMeasure'] and r['cqLinked'] and r['cqLinked'] != 'derives'}
    for sub in ('changed', 'withheld', 'added', 'filtered'):
        os.makedirs(os.path.join(target, sub), exist_ok=True)
    files = {sub: open(os.path.join(target, sub, 'law.tsv'), 'w', encoding='utf-8')
             for sub in ('changed', 'withheld', 'added', 'filtered')}
    with open(os.path.join(out, 'law.tsv'), encoding='utf-8') as source:
        for line in source:
            cells = line.rstrip('\n').split('\t')
            if cells[0] == 'document':
                for f in files.values():
                    f.write(line)
                continue
            measure = len(cells) >= 12 and cells[2] and cells[5]
            gone = measure and ((cells[0] == 'derives' and (cells[2], cells[5]) in withheld)
                                or (cells[0] != 'derives' and cells[0] != 'cites'
                                    and ((cells[2], cells[5]) in replaced or (cells[5], cells[2]) in replaced)))
            if gone:
                files['changed'].write(line)
                files['withheld'].write(line)
            else:
                files['filtered'].write(line)
    for line in added:
        files['changed'].write(line)
        files['added'].write(line)
        files['filtered'].write(line)
    for f in files.values():
        f.close()
    import shutil
    if os.path.exists(os.path.join(out, 'seeds.tsv')):
        shutil.copy(os.path.join(out, 'seeds.tsv'), os.path.join(target, 'filtered', 'seeds.tsv'))
    methods = collections.Counter(r['method'] for r in chosen.values())
    print(f"rule {rule}: {len(withheld)} low derives links withheld ({', '.join(f'{m} {n}' for m, n in methods.most_common())}); "
          f"{len(added)} derives links added in their place, {len(replaced)} related/parallel links replaced; "
          f"levels of (child, parent, other): {collections.Counter((r['cLevel'], r['pLevel'], r['qLevel']) for r in chosen.values()).most_common(6)}")


DIGITS = '零一二三四五六七八九'


def number_label(n):
    """第N条 in Chinese numerals (up to 999), as the law files write it."""
    def chinese(n):
        if n < 10:
            return DIGITS[n]
        if n < 20:
            return '十' + (DIGITS[n % 10] if n % 10 else '')
        if n < 100:
            return DIGITS[n // 10] + '十' + (DIGITS[n % 10] if n % 10 else '')
        rest = n % 100
        head = DIGITS[n // 100] + '百'
        if rest == 0:
            return head
        if rest < 10:
            return head + '零' + DIGITS[rest]
        return head + DIGITS[rest // 10] + '十' + (DIGITS[rest % 10] if rest % 10 else '')
    return f'第{chinese(n)}条'


def labelled(out, labels_path, pickle_path):
    with open(pickle_path, 'rb') as f:
        rows = pickle.load(f)
    best = best_per_link(rows)
    for label in labels_module.read_labels(labels_path):
        if label['set'] != 'law':
            continue
        for parent in label['toMeasure'].split('|'):
            r = best.get((label['fromMeasure'], parent))
            if r is None:
                continue
            rules = [name for name, rule in RULES.items() if rule(r)]
            acceptable = label['toMeasure'].split('|')
            print('\t'.join([label['purpose'], label['truth'], ','.join(rules) or '-', f"{r['sp']:.2f}", f"{r['sq']:.2f}",
                             f"{r['pq']:.2f}", r['pqLinked'] or '-', r['cqLinked'] or '-',
                             'q acceptable' if r['otherMeasure'] in acceptable else '',
                             f"{label['fromMeasure']} → {parent}", f"other {r['otherMeasure']}", label['note'][:80]]))


def named(out, labels_path, corpus):
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    by_pair = {(l['fromMeasure'], l['toMeasure']): l for l in links
               if l['type'] in ('derives', 'related') and l['fromMeasure'] and l['toMeasure']}
    reader = references.Reader(references.Corpus(corpus), [])
    seen = set()
    for label in labels_module.read_labels(labels_path):
        if label['set'] != 'law':
            continue
        for parent in label['toMeasure'].split('|'):
            l = by_pair.get((label['fromMeasure'], parent))
            if l is None or (l['fromMeasure'], l['toMeasure']) in seen:
                continue
            seen.add((l['fromMeasure'], l['toMeasure']))
            ca, pa = references.article_of(l['fromMeasure']), references.article_of(l['toMeasure'])
            cited = reader.cited_articles(l['from'], ca, l['to'])
            if not cited:
                continue
            truth = label['truth']
            print('\t'.join([('this' if pa in cited else 'another'), l['type'], truth, l.get('confidence', ''), l['method'],
                             label['purpose'], f"names {sorted(cited)} linked {pa}", f"{l['fromMeasure']} → {l['toMeasure']}",
                             reader.corpus.document(l['from']).articles.get(ca, '')[:160], label['note'][:80]]))


if __name__ == '__main__':
    command = sys.argv[1] if len(sys.argv) > 1 else ''
    if command == 'candidates':
        candidates(*sys.argv[2:5])
    elif command == 'split':
        split(*sys.argv[2:7])
    elif command == 'labelled':
        labelled(*sys.argv[2:5])
    elif command == 'named':
        named(*sys.argv[2:5])
    elif command not in ('named-split', 'show', 'transit', 'named-show'):
        sys.exit(__doc__)


LEAD = re.compile(r'[，。：；]')


def lead_named(reader, child_id, article, parent_id):
    """The articles of the parent the child article names in its lead clause (its text up to the first ，。：；):
    《title》第N条 or a bare title 第N条, the title naming the parent (`lineage-references.py`'s `cites_parent`)."""
    child, parent = reader.corpus.document(child_id), reader.corpus.document(parent_id)
    if not parent.title:
        return set()
    text = child.articles.get(article, '')
    lead = LEAD.split(text, 1)[0]
    out = set()
    for title, numbers in references.references(lead)[0]:
        if references.cites_parent(title, child, parent, parent_id):
            out |= numbers
    return out


def named_split(out, corpus, target, scope='lead'):
    """Rule N (simulated): a measure link (derives or related) from child article c to parent article p, where c names
    other articles of the parent by number — in its lead clause (scope `lead`) or anywhere (scope `any`) — and the
    parent is the version in force at the child's date (dated no later than the child, no version of it dated between):
    withhold c → p and link c to each named article (`derives`, or the withheld link's type) unless already linked."""
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    reader = references.Reader(references.Corpus(corpus), [])
    versions = collections.defaultdict(set)
    for l in links:
        if not l['fromMeasure'] and l['type'] == 'version':
            versions[l['from']].add(l['to'])
            versions[l['to']].add(l['from'])
    known = {}
    linked = set()
    for l in links:
        for side in ('from', 'to'):
            m = l[side + 'Measure']
            if m:
                known[(l[side], references.article_of(m))] = m
        if l['fromMeasure'] and l['toMeasure'] and l['type'] != 'cites':
            linked.add((l['fromMeasure'], l['toMeasure'], l['type']))
    date = lambda d: documents.get(d, {}).get('date', '')

    def in_force(child, parent):
        dc, dp = date(child), date(parent)
        if not dc or not dp or dc.startswith('≥') or dp.startswith('≥') or dp > dc:
            return False
        return not any(dp < date(v) <= dc for v in versions[parent] if date(v) and not date(v).startswith('≥'))
    heading = {}
    withheld, added, kept = set(), [], collections.Counter()
    for l in links:
        if l['type'] not in ('derives', 'related') or not l['fromMeasure'] or not l['toMeasure']:
            continue
        ca, pa = references.article_of(l['fromMeasure']), references.article_of(l['toMeasure'])
        if scope == 'lead':
            named = lead_named(reader, l['from'], ca, l['to'])
        else:
            named = reader.cited_articles(l['from'], ca, l['to'])
        if not named:
            continue
        if pa in named:
            kept['names this article'] += 1
            continue
        if not in_force(l['from'], l['to']):
            kept['names another, parent not the version in force'] += 1
            continue
        kept[f"withheld {l['type']} {l.get('confidence')}"] += 1
        withheld.add((l['fromMeasure'], l['toMeasure'], l['type']))
        for n in sorted(named):
            m = known.get((l['to'], n))
            if m is None:
                if l['to'] not in heading:
                    ids = heading_ids(corpus, l['to'])
                    checked = [known[(l['to'], k)] == f"{l['to']}/{i}" for k, i in ids.items() if (l['to'], k) in known]
                    heading[l['to']] = ids if checked and all(checked) else {}
                guess = heading[l['to']].get(n)
                m = f"{l['to']}/{guess}" if guess else None
            if m is None or (l['fromMeasure'], m, 'derives') in linked or (l['fromMeasure'], m, l['type']) in linked:
                continue
            linked.add((l['fromMeasure'], m, l['type']))
            added.append('\t'.join(['derives' if l['type'] == 'derives' else l['type'], l['from'], l['fromMeasure'],
                                    l['fromLabel'], l['to'], m, number_label(n), l['score'], l['kind'], '1', l['method'],
                                    l.get('confidence') or 'low']) + '\n')
    for sub in ('changed', 'withheld', 'added', 'filtered'):
        os.makedirs(os.path.join(target, sub), exist_ok=True)
    files = {sub: open(os.path.join(target, sub, 'law.tsv'), 'w', encoding='utf-8')
             for sub in ('changed', 'withheld', 'added', 'filtered')}
    with open(os.path.join(out, 'law.tsv'), encoding='utf-8') as source:
        for line in source:
            cells = line.rstrip('\n').split('\t')
            if cells[0] == 'document':
                for f in files.values():
                    f.write(line)
                continue
            if len(cells) >= 12 and (cells[2], cells[5], cells[0]) in withheld:
                files['changed'].write(line)
                files['withheld'].write(line)
            else:
                files['filtered'].write(line)
    for line in added:
        for sub in ('changed', 'added', 'filtered'):
            files[sub].write(line)
    for f in files.values():
        f.close()
    import shutil
    if os.path.exists(os.path.join(out, 'seeds.tsv')):
        shutil.copy(os.path.join(out, 'seeds.tsv'), os.path.join(target, 'filtered', 'seeds.tsv'))
    print(f"rule N ({scope}): {len(withheld)} links withheld, {len(added)} added; " + ', '.join(f'{k} {v}' for k, v in sorted(kept.items())))


def labelled_pairs(labels_path):
    out = set()
    for label in labels_module.read_labels(labels_path):
        for parent in label['toMeasure'].split('|'):
            out.add((label['fromMeasure'], parent))
            out.add((parent, label['fromMeasure']))
    return out


class Articles:
    def __init__(self, corpus):
        self.corpus, self.laws = corpus, {}

    def __call__(self, document, number, limit=450):
        if document not in self.laws:
            self.laws[document] = features.Law(self.corpus, document)
        return self.laws[document].articles.get(number, '')[:limit]


def show(corpus, pickle_path, labels_path, rule, seed, n):
    """N links RULE changes, drawn with random.Random(SEED) outside every labelled pair (c → p, and c → q for the
    retargets), with the child article c, the parent article p and the other text's article q, and the label rows."""
    import random
    with open(pickle_path, 'rb') as f:
        rows = pickle.load(f)
    labelled = labelled_pairs(labels_path)
    chosen = hits(rows, rule)
    pool = sorted(k for k in chosen if k not in labelled and (k[0], chosen[k]['otherMeasure']) not in labelled)
    print(len(chosen), 'hits', len(pool), 'outside labelled pairs')
    art = Articles(corpus)
    for i, key in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
        r = chosen[key]
        print(f"=== {i} {r['method']} score {r['score']} sp {r['sp']:.2f} sq {r['sq']:.2f} pq {r['pq']:.2f} "
              f"wcq/wcp {r['wcq'] / max(r['wcp'], 1e-9):.1f} cq {r['cqLinked'] or '-'}")
        for tag, d, k in (('C', r['child'], r['childArticle']), ('P', r['parent'], r['parentArticle']),
                          ('Q', r['other'], r['otherArticle'])):
            print(f"  {tag} {d} 第{k}条: {art(d, k)}")
        print(f"  row\tlaw\tchanged39\t{r['child']}\t{r['fromMeasure']}\t{r['parent']}\t{r['toMeasure']}")
        print(f"  rowq\tlaw\tchanged39\t{r['child']}\t{r['fromMeasure']}\t{r['other']}\t{r['otherMeasure']}")


def transit(out, corpus, pickle_path, labels_path, seed, n):
    """Retarget through the parents' own links (simulated, unbuilt): among D's links c → p, those whose better-fitting
    article q of another text is itself linked (derives, related, version, parallel) to other articles p' of the parent
    P and not to p: how many, and N of them drawn with random.Random(SEED) outside the labelled pairs, with c, p, q, p'."""
    import random
    documents, links = labels_module.read_tsv(os.path.join(out, 'law.tsv'))
    near = collections.defaultdict(set)
    for l in links:
        if l['fromMeasure'] and l['toMeasure'] and l['type'] in ('derives', 'related', 'version', 'parallel'):
            near[l['fromMeasure']].add((l['to'], l['toMeasure'], l['type']))
            near[l['toMeasure']].add((l['from'], l['fromMeasure'], l['type']))
    with open(pickle_path, 'rb') as f:
        rows = pickle.load(f)
    counts, found = collections.Counter(), []
    for key, r in sorted(best_per_link(rows).items()):
        if not fits_better(r) or not r['otherMeasure']:
            continue
        into = sorted((m, t) for d, m, t in near[r['otherMeasure']] if d == r['parent'])
        if not into:
            counts['q not linked into P'] += 1
        elif any(m == r['toMeasure'] for m, _ in into):
            counts['q linked to p itself'] += 1
        else:
            counts['q linked to other articles of P'] += 1
            found.append((r, into))
    print(dict(counts))
    labelled = labelled_pairs(labels_path)
    pool = [(r, into) for r, into in found if (r['fromMeasure'], r['toMeasure']) not in labelled]
    print(len(found), 'cases', len(pool), 'outside labelled pairs')
    art = Articles(corpus)
    for i, (r, into) in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
        print(f"=== {i} {r['method']} {r['score']} sp {r['sp']:.2f} sq {r['sq']:.2f}")
        for tag, d, k in (('C', r['child'], r['childArticle']), ('P', r['parent'], r['parentArticle']),
                          ('Q', r['other'], r['otherArticle'])):
            print(f"  {tag} {d} 第{k}条: {art(d, k, 300)}")
        for m, t in into:
            k = references.article_of(m)
            print(f"  P' ({t} from q) 第{k}条: {art(r['parent'], k, 300)}")
            print(f"  rowt\tlaw\tchanged39\t{r['child']}\t{r['fromMeasure']}\t{r['parent']}\t{m}")
        print(f"  row\tlaw\tchanged39\t{r['child']}\t{r['fromMeasure']}\t{r['parent']}\t{r['toMeasure']}")


def named_show(target, corpus, labels_path, seed, n):
    """N links rule N withholds (TARGET of `named-split`), drawn with random.Random(SEED) outside the labelled pairs,
    with the child article, the linked parent article and the named ones."""
    import random
    _, withheld = labels_module.read_tsv(os.path.join(target, 'withheld', 'law.tsv'))
    _, added = labels_module.read_tsv(os.path.join(target, 'added', 'law.tsv'))
    labelled = labelled_pairs(labels_path)
    adds = collections.defaultdict(list)
    for a in added:
        adds[(a['fromMeasure'], a['to'])].append(a)
    pool = [l for l in withheld if l['fromMeasure'] and (l['fromMeasure'], l['toMeasure']) not in labelled]
    print(len(withheld), 'withheld', len(pool), 'outside labelled pairs')
    art = Articles(corpus)
    for i, l in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
        ca, pa = references.article_of(l['fromMeasure']), references.article_of(l['toMeasure'])
        print(f"=== {i} {l['type']} {l['score']} {l['method']} {l['confidence']}")
        print(f"  C {l['from']} 第{ca}条: {art(l['from'], ca)}")
        print(f"  P {l['to']} 第{pa}条: {art(l['to'], pa)}")
        for a in adds.get((l['fromMeasure'], l['to']), []):
            k = references.article_of(a['toMeasure'])
            print(f"  N 第{k}条 ({a['toMeasure']}): {art(l['to'], k)}")
        print(f"  row\tlaw\tchanged39n\t{l['from']}\t{l['fromMeasure']}\t{l['to']}\t{l['toMeasure']}")


if __name__ == '__main__' and len(sys.argv) > 1:
    command = sys.argv[1]
    if command == 'named-split':
        named_split(*sys.argv[2:6])
    elif command == 'show':
        show(*sys.argv[2:8])
    elif command == 'transit':
        transit(*sys.argv[2:8])
    elif command == 'named-show':
        named_show(*sys.argv[2:7])
