#!/usr/bin/env python3
"""What the texts say about articles, against the labels: a simulation of two rules for `derives` / `related` links.

  python3 scripts/lineage-references.py DIR [LAW_CORPUS] [--labels-at REV] [--rows] [--draw TYPE RULE VERDICT N SEED]

DIR holds `law.tsv` (and `seeds.tsv`) of `zhengce lineage --corpus … --format tsv`; LAW_CORPUS defaults to
../shared/corpora/lawrefbook. Article texts are read from the law files (a measure id ends in its article number).

(a) cited article: the child article names an article of the parent document — `《中华人民共和国X法》第三十条`,
    `依照…法第N条` (a title resolved to the parent by its name without 中华人民共和国 and without the date, or a
    `（以下简称《…》）` abbreviation of it). A link to a cited article is supported; a link to another article of that
    parent, when the child article cites the parent's articles, is contradicted.
(b) internal reference: the child article refers to articles of its own text (`违反本办法第十二条规定的`, a bare
    `第十二条`), the parent article to its own (`违反本法第三十条规定`). Each child article referred to is mapped to the
    parent articles it is linked to (the tool's measure links of the pair, and the articles it cites by (a)); the link
    is supported when that image meets the parent's references, contradicted when both are non-empty and disjoint.
(c) a third text cited by both articles: the same articles of it or others. (d) = (b) widened: the parent articles
    that refer to the image are the counterparts; contradicted when there are some and the linked one is none.

Prints, for the labelled sample rows (right / wrong by the labels, halves A / B by seed group as in
scripts/lineage-confidence.py) and the chain / seeds take-ups (found / missed), how many carry a citation or a
reference and what withholding the contradicted links would give; then the counts on the whole law output.
"""
import collections, importlib, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
confidence = importlib.import_module('lineage-confidence')

DIGITS = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
NUMERAL = '[一二三四五六七八九十百千零〇两]+'


def number(text):
    """A Chinese numeral (up to the thousands) as an int."""
    total, section, digit = 0, 0, 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in '十百千':
            unit = {'十': 10, '百': 100, '千': 1000}[ch]
            section += (digit or 1) * unit
            digit = 0
    return total + section + digit


ARTICLE_HEAD = re.compile(r'^\s*第(' + NUMERAL + r')条(?:之(' + NUMERAL + r'))?[\s　]')
# One reference: 第N条 (之M) (第K款) (第J项), with the list that follows (、和及或者以及至).
REFERENCE = re.compile(r'第(' + NUMERAL + r')条(?:之' + NUMERAL + r')?(?:第' + NUMERAL + r'款)?(?:第' + NUMERAL +
                       r'项)?((?:(?:、|和|及|以及|或者|或|至|到)第' + NUMERAL + r'条(?:之' + NUMERAL + r')?(?:第' +
                       NUMERAL + r'款)?(?:第' + NUMERAL + r'项)?)*)')
OWN = re.compile(r'本(?:法|条例|办法|规定|细则|实施办法|实施细则|决定|规则|准则|条款|章程|解释)$')
TITLE_BEFORE = re.compile(r'《([^《》]{2,80})》(?:的)?$')
BARE_TITLE_BEFORE = re.compile(r'((?:中华人民共和国)?[\u4e00-\u9fff]{2,20}?(?:法|条例|办法|规定|细则))(?:的)?$')
ABBREVIATION = re.compile(r'《([^《》]{2,80})》[（(]以下简称《?([^》）)]{1,20})》?[）)]')


class Document:
    def __init__(self, corpus, document_id):
        self.articles = {}
        self.title = ''
        self.abbreviations = {}
        path = os.path.join(corpus, document_id.replace('--', '/') + '.md')
        if not os.path.isfile(path):
            return
        current = None
        with open(path, encoding='utf-8', errors='replace') as f:
            for line in f:
                if line.startswith('# ') and not self.title:
                    self.title = line[2:].strip()
                    continue
                if line.startswith('#'):
                    current = None
                    continue
                m = ARTICLE_HEAD.match(line)
                if m and not m.group(2):
                    current = number(m.group(1))
                    self.articles.setdefault(current, '')
                    self.articles[current] += line[m.end():].strip()
                elif current is not None and line.strip():
                    self.articles[current] += line.strip()
        for text in self.articles.values():
            for m in ABBREVIATION.finditer(text):
                self.abbreviations[m.group(2)] = m.group(1)


def title_key(title):
    title = re.sub(r'[（(]\d{4}[^）)]*[）)]$', '', title.strip())
    title = re.sub(r'[（(][^）)]*(?:修订|修正|修改|公布)[^）)]*[）)]$', '', title)
    return title.replace('中华人民共和国', '').replace(' ', '')


def references(text):
    """(cited, internal): cited = [(title, {articles})] naming another text (《T》第N条, T法第N条), internal = {articles}
    of the text itself (本法第N条, a bare 第N条)."""
    cited, internal = [], set()
    for m in REFERENCE.finditer(text):
        numbers = {number(x) for x in re.findall('第(' + NUMERAL + ')条', m.group(0))}
        before = text[max(0, m.start() - 90):m.start()]
        t = TITLE_BEFORE.search(before)
        if t:
            cited.append((t.group(1), numbers))
            continue
        if OWN.search(before[-6:]):
            internal |= numbers
            continue
        b = BARE_TITLE_BEFORE.search(before[-30:])
        if b and not b.group(1).startswith('本'):
            cited.append((b.group(1), numbers))
            continue
        if re.search(r'(?:前|上|下|该|同)(?:法|条例|办法|规定)?$', before[-3:]):
            continue
        internal |= numbers
    return cited, internal


class Corpus:
    def __init__(self, root):
        self.root, self.documents = root, {}

    def document(self, document_id):
        if document_id not in self.documents:
            self.documents[document_id] = Document(self.root, document_id)
        return self.documents[document_id]


def article_of(measure):
    tail = measure.rsplit('/', 1)[-1]
    try:
        return int(tail.split('.')[-1])
    except ValueError:
        return None


def cites_parent(title, child, parent, parent_id):
    """Does a title cited in the child name the parent?"""
    full = child.abbreviations.get(title, title)
    key = title_key(full)
    names = {title_key(parent.title), title_key(parent_id.rsplit('--', 1)[-1])} - {''}
    return any(key == name or (len(name) >= 4 and key.endswith(name)) for name in names)


class Reader:
    """Citations and references of the articles of the pairs the rules look at."""
    def __init__(self, corpus, links):
        self.corpus = corpus
        self.pair_links = collections.defaultdict(lambda: collections.defaultdict(set))
        for l in links:
            if l['type'] in ('derives', 'related') and l['fromMeasure'] and l['toMeasure']:
                a, b = article_of(l['fromMeasure']), article_of(l['toMeasure'])
                if a is not None and b is not None:
                    self.pair_links[(l['from'], l['to'])][a].add(b)
        self.cache = {}

    def refs(self, document_id, article):
        key = (document_id, article)
        if key not in self.cache:
            text = self.corpus.document(document_id).articles.get(article, '')
            self.cache[key] = references(text)
        return self.cache[key]

    def cited_articles(self, child_id, article, parent_id):
        child, parent = self.corpus.document(child_id), self.corpus.document(parent_id)
        if not parent.title:
            return set()
        out = set()
        for title, numbers in self.refs(child_id, article)[0]:
            if cites_parent(title, child, parent, parent_id):
                out |= numbers
        return out

    def rule_a(self, child_id, child_article, parent_id, parent_article):
        cited = self.cited_articles(child_id, child_article, parent_id)
        if not cited:
            return None
        return 'support' if parent_article in cited else 'against'

    def image(self, child_id, parent_id, child_articles, citations=True):
        links = self.pair_links.get((child_id, parent_id), {})
        out = set()
        for n in child_articles:
            out |= links.get(n, set())
            if citations:
                out |= self.cited_articles(child_id, n, parent_id)
        return out

    def rule_c(self, child_id, child_article, parent_id, parent_article):
        """Both articles cite articles of one third text (by its title, without 中华人民共和国): the same ones or others."""
        def cited(document_id, article):
            document = self.corpus.document(document_id)
            out = collections.defaultdict(set)
            for title, numbers in self.refs(document_id, article)[0]:
                out[title_key(document.abbreviations.get(title, title))] |= numbers
            return out
        mine, theirs = cited(child_id, child_article), cited(parent_id, parent_article)
        common = [k for k in mine if any(k == t or (len(t) >= 4 and k.endswith(t)) or (len(k) >= 4 and t.endswith(k))
                                         for t in theirs)]
        if not common:
            return None
        for k in common:
            for t, numbers in theirs.items():
                if (k == t or k.endswith(t) or t.endswith(k)) and mine[k] & numbers:
                    return 'support'
        return 'against'

    def referrers(self, document_id):
        """article → the articles of the same text that refer to it."""
        key = ('referrers', document_id)
        if key not in self.cache:
            out = collections.defaultdict(set)
            for n in self.corpus.document(document_id).articles:
                for m in self.refs(document_id, n)[1]:
                    if m != n:
                        out[m].add(n)
            self.cache[key] = out
        return self.cache[key]

    def rule_d(self, child_id, child_article, parent_id, parent_article):
        """(b) widened: the parent articles the child's referred articles are linked to (image M); the parent's
        articles that refer to M are the counterparts: support when the linked article is one, against when there are
        some and it is none."""
        own = self.refs(child_id, child_article)[1] - {child_article}
        if not own:
            return None
        image = self.image(child_id, parent_id, own)
        if not image:
            return None
        referrers = self.referrers(parent_id)
        counterparts = set().union(*(referrers.get(m, set()) for m in image))
        if not counterparts:
            return None
        return 'support' if parent_article in counterparts else 'against'

    def rule_b(self, child_id, child_article, parent_id, parent_article):
        own = self.refs(child_id, child_article)[1] - {child_article}
        theirs = self.refs(parent_id, parent_article)[1] - {parent_article}
        if not own or not theirs:
            return None
        image = self.image(child_id, parent_id, own, citations=False)  # as Context.withholdCrossReferenced: links only
        if not image:
            return 'unmapped'
        return 'support' if image & theirs else 'against'


def main():
    out, law, rows, outputs, tables, samples, chains = confidence.start(sys.argv, {'--labels-at': 1, '--draw': 5})
    documents, links, _ = outputs['law']
    reader = Reader(Corpus(law), links)

    def judge(child_id, child_measure, parent_id, parent_measure):
        a, b = article_of(child_measure), article_of(parent_measure)
        if a is None or b is None:
            return None, None
        return reader.rule_a(child_id, a, parent_id, b), reader.rule_b(child_id, a, parent_id, b)

    def judge_c(child_id, child_measure, parent_id, parent_measure):
        a, b = article_of(child_measure), article_of(parent_measure)
        return None if a is None or b is None else reader.rule_c(child_id, a, parent_id, b)

    def judge_d(child_id, child_measure, parent_id, parent_measure):
        a, b = article_of(child_measure), article_of(parent_measure)
        return None if a is None or b is None else reader.rule_d(child_id, a, parent_id, b)

    # 1. Labelled sample rows of the law corpus (the link as the tool makes it; orientation child → parent).
    print('Labelled law sample rows linked now as derives / related (right / wrong by the labels), by what rule (a) cited article '
          'and rule (b) internal reference say:')
    table = collections.defaultdict(collections.Counter)
    detail = []
    for row, f, ok in samples:
        if row['set'] != 'law' or f['type'] not in ('derives', 'related'):
            continue
        child, parent = f['from'], f['to']
        cm = row['fromMeasure'] if row['fromMeasure'].startswith(child + '/') else row['toMeasure']
        pm = row['toMeasure'] if cm == row['fromMeasure'] else row['fromMeasure']
        ra, rb = judge(child, cm, parent, pm)
        rc = judge_c(child, cm, parent, pm)
        rd = judge_d(child, cm, parent, pm)
        for rule, verdict in (('a', ra), ('b', rb), ('c', rc), ('d', rd)):
            table[(f['type'], rule, verdict or '-')][('right' if ok else 'wrong', row['half'])] += 1
        if ra or rb or rc or rd:
            detail.append((f['type'], ok, ra, f'{rb} c={rc} d={rd}', cm, pm, row.get('note', '')))
    for t in ('derives', 'related'):
        for rule in ('a', 'b', 'c', 'd'):
            cells = []
            for verdict in ('support', 'against', 'unmapped', '-'):
                c = table.get((t, rule, verdict))
                if not c:
                    continue
                cells.append(f"{verdict}: right {c[('right', 'A')]}+{c[('right', 'B')]}, wrong {c[('wrong', 'A')]}+{c[('wrong', 'B')]}")
            print(f'  {t:8} rule ({rule}): ' + '; '.join(cells) + '   (half A + half B)')
    if '--rows' in sys.argv:
        for d in detail:
            print('   ', d[0], 'right' if d[1] else 'WRONG', 'a=' + str(d[2]), 'b=' + str(d[3]), d[4].rsplit('--', 1)[-1], '←',
                  d[5].rsplit('--', 1)[-1], d[6][:60])

    # 2. Precision if the contradicted links are withheld.
    print('\nWithholding contradicted links (precision of the labelled law sample rows kept, half A | half B | all):')
    for name, drop in (('nothing', lambda ra, rb: False), ('(a) against', lambda ra, rb: ra == 'against'),
                       ('(b) against', lambda ra, rb: rb == 'against'),
                       ('(b) against, unless (a) supports', lambda ra, rb: rb == 'against' and ra != 'support'),
                       ('(a) or (b) against', lambda ra, rb: ra == 'against' or rb == 'against')):
        cells = []
        for t in ('derives', 'related'):
            for half in ('A', 'B', None):
                kept = [ok for (row, f, ok) in samples if row['set'] == 'law' and f['type'] == t and
                        (half is None or row['half'] == half) and not drop(*judge(
                            f['from'], row['fromMeasure'] if row['fromMeasure'].startswith(f['from'] + '/') else row['toMeasure'],
                            f['to'], row['toMeasure'] if row['fromMeasure'].startswith(f['from'] + '/') else row['fromMeasure']))]
                cells.append(f"{sum(kept)}/{len(kept)} = {sum(kept) / max(len(kept), 1):.2f}")
        print(f'  {name:34} derives {cells[0]} | {cells[1]} | {cells[2]};  related {cells[3]} | {cells[4]} | {cells[5]}')

    # 3. Chain take-ups: found ones the rules would contradict, missed ones a citation would give.
    print('\nChain take-ups (law): found / missed, and what the rules say of the found link / of the labelled parent:')
    counts = collections.Counter()
    for row, hits in chains:
        if row['set'] != 'law':
            continue
        child = row['from']
        a = article_of(row['fromMeasure'])
        if hits:
            counts['found'] += 1
            for p in row['toMeasure'].split('|'):
                if ('derives', row['fromMeasure'], p) in tables['law']:
                    parent = p.rsplit('/', 1)[0]
                    ra, rb = judge(child, row['fromMeasure'], parent, p)
                    rc = judge_c(child, row['fromMeasure'], parent, p)
                    rd = judge_d(child, row['fromMeasure'], parent, p)
                    for rule, verdict in (('a', ra), ('b', rb), ('c', rc), ('d', rd)):
                        if verdict:
                            counts[f'found, ({rule}) {verdict}'] += 1
                    break
        else:
            counts['missed'] += 1
            for p in row['toMeasure'].split('|'):
                parent = p.rsplit('/', 1)[0]
                ra, rb = judge(child, row['fromMeasure'], parent, p)
                if ra == 'support':
                    counts['missed, the child article cites the labelled parent article'] += 1
                    break
        # wrong derives the tool makes for the child measure (to other articles of the labelled parents)
    for k in sorted(counts):
        print(f'  {k}: {counts[k]}')

    # 4. Flagged rows read by hand (purpose `flagged`): the rule's flag is right when the link's truth is not derives.
    flagged = [r for r in rows if r['purpose'] == 'flagged' and r['set'] == 'law']
    if flagged:
        print('\nFlagged derives links read by hand (purpose flagged): truth per rule')
        per = collections.defaultdict(collections.Counter)
        for r in flagged:
            m = re.search(r'rule \((\w)\)', r['note'])
            per[m.group(1) if m else '?'][r['truth']] += 1
        for rule, c in sorted(per.items()):
            n = sum(c.values())
            print(f"  rule ({rule}) against: {n} read, truth " + ', '.join(f'{k} {v}' for k, v in sorted(c.items())) +
                  f"; the flag is right (not derives) for {n - c['derives']}/{n}")

    # 5. Whole law output.
    print('\nLaw output, measure links derives / related: how many carry a verdict:')
    whole = collections.Counter()
    fired = collections.defaultdict(list)
    for l in links:
        if l['type'] not in ('derives', 'related') or not l['fromMeasure'] or not l['toMeasure']:
            continue
        ra, rb = judge(l['from'], l['fromMeasure'], l['to'], l['toMeasure'])
        rc = judge_c(l['from'], l['fromMeasure'], l['to'], l['toMeasure'])
        rd = judge_d(l['from'], l['fromMeasure'], l['to'], l['toMeasure'])
        whole[(l['type'], 'all')] += 1
        for rule, verdict in (('a', ra), ('b', rb), ('c', rc), ('d', rd)):
            if verdict:
                whole[(l['type'], f'({rule}) {verdict}')] += 1
                fired[(l['type'], rule, verdict)].append(l)
        whole[(l['type'], '(a) or (b) against')] += ra == 'against' or rb == 'against'
    for k in sorted(whole):
        if whole[k]:
            print(f'  {k[0]} {k[1]}: {whole[k]:,}')
    # Links where a rule fires, drawn at random to be read: --draw TYPE RULE VERDICT N SEED
    if '--draw' in sys.argv:
        i = sys.argv.index('--draw')
        t, rule, verdict, n, seed = sys.argv[i + 1:i + 6]
        import random
        pool = fired[(t, rule, verdict)]
        for k, l in enumerate(random.Random(int(seed)).sample(pool, min(int(n), len(pool))), 1):
            a, b = article_of(l['fromMeasure']), article_of(l['toMeasure'])
            print(f"=== {k} {l['type']} {l['score']} {l['kind']} ({rule}) {verdict}")
            for side, art in (('from', a), ('to', b)):
                print(f"  {side}: {l[side]} {l[side + 'Measure'].rsplit('/', 1)[-1]} 第{art}条")
                print('    ' + reader.corpus.document(l[side]).articles.get(art, '?')[:500])


if __name__ == '__main__':
    main()
