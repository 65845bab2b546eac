#!/usr/bin/env python3
"""Lineage labels: draw a sample of links to label, and score the tool against the labels.

Labels (Benchmarks/lineage-labels.tsv), tab-separated, one pair per line:
  set        seeds | govcn | law            (the corpus the pair comes from)
  purpose    sample (a link drawn at random from the tool's output, then read)
             takeup (a child measure read as taking up a parent measure)
             chain  (the same, on a national→provincial→municipal chain labelled before the tool was run
                     on it; reported apart: `chain` is 献血法 → 浙江 → 宁波 (round four), `chain-NAME` another
                     chain, each reported on its own and all chains together; `chain-heritage`, round
                     twenty-five, was read before that round's change; `chain-soilpollution`, round twenty-seven, 土壤污染防治法 →
                     山东省 → 菏泽市, read before the tool was run on it)
             dropped (a link a rule removed, drawn at random from the removed ones and read: how often the
                      rule removes a right link; reported apart, not in the precision)
             moved (a link a rule made in place of others, drawn at random from those it made and read: how
                    often the new link is right; reported apart, not in the precision)
             flagged (a link a simulated rule contradicts, drawn at random from those it flags and read: how
                      often the flag is right; read by scripts/lineage-references.py, not in the precision)
             added (a link a simulated change adds, drawn at random from those it adds and read: how often
                    the new link is right; scripts/lineage-missed.py, not in the precision)
             withheld (a link a simulated, unbuilt change would withhold, drawn at random from those and read;
                       not in the precision)
             scatter19, coverage19, own19 (round nineteen: links two simulated, unbuilt rules of scripts/lineage-parentless.py
                       would withhold, drawn at random and read; not in the precision)
             filedate22, issuers22 (links the dates read from file names, and the issuers of regulations revised by
                       decisions, moved: drawn at random and read; not in the precision)
             added21 (round twenty-one: links the round's changes add — in two chains whose citation of the national
                       title now resolves, and scope / purpose articles drawn at random — read; not in the precision)
             changed22 (round twenty-two: every measure link the round's scope rule removes or adds on the law corpus,
                       outside the labelled sample, read: how often the removed and added links are right; not in the
                       precision)
             changed23 (round twenty-three: every measure link the loose scope test removes or adds on the law
                       corpus, read; not in the precision)
             changed24 (round twenty-four: derives links withheld because the parent is a national text outside the
                       sources the child cites, drawn at random and read; not in the precision)
             changed25p (round twenty-five: parallel links withheld by the specificity test applied to parallel links,
                       drawn at random and read; truth parallel or none; not in the precision)
             changed25 (round twenty-five: derives links the order-agreement pass adds, drawn at random, every link
                       it removes, and links of an unkept variant, read; not in the precision)
             changed25r (round twenty-six: derives links `withholdUnspecific` withholds inside implementing pairs that a
                       simulated, unbuilt order test would restore, drawn at random and read; not in the precision)
             changed27p (round twenty-seven, precision: related links a simulated, unbuilt rule would withhold — the lone
                       measure link between two national texts that neither cite each other nor are versions — drawn at
                       random (scripts/lineage-precision27.py --draw) and read; truth related or none; not in the precision)
             changed28 (round twenty-eight, precision: `derives` links of the in-pair word pass (method `word-alignment`) a
                       simulated, unbuilt rule would withhold — the two articles share fewer than 7 distinct character
                       trigrams — drawn at random (random.Random(3601), `draw` on a TSV of the withheld links) and read,
                       and of two variants (shared trigrams under 0.04 × the shorter article's length, random.Random(3602);
                       under 7 and no other document deriving from the parent article, random.Random(3603)), and links of
                       tier low a cross-text rule would withhold (another text the child cites has an article sharing at
                       least 10 and twice the trigrams, random.Random(3604), read with that article);
                       scripts/lineage-precision28.py; not in the precision)
             changed27 (round twenty-seven: derives links the dominance test (`LineageOptions.unspecificDominance`) keeps of
                       those `withholdUnspecific` withholds — 22 drawn from the links of ratio 1.2, 20 more from those of
                       ratio 1.3 — outside the labelled rows and chain pairs, read; not in the precision)
             basis37 (round twenty-nine: measure links added on the law corpus once laws named without 《》 as the basis of
                       a text (根据宪法和全国人民代表大会组织法，…，制定本规则) are read as citations — 22 drawn from the 295 added
                       derives and related links with random.Random(3701), `draw` on a TSV of the added links, and read; not in
                       the precision)
             changed37 (round twenty-nine, precision: `derives` links a simulated, unbuilt combination of features would
                       withhold — tier low, not the formula pass, the two articles sharing at most 0.31 of the smaller side's
                       IDF-weighted character bigrams, the parent article at most 1.21 × the parent's runner-up by the same
                       weight (`scripts/lineage-features.py simulate`) — drawn at random (random.Random(3701), 20;
                       random.Random(3702), 15 more) outside every labelled pair and read; not in the precision)
             changed39 (round thirty, precision: links between parents. `derives` links of tier low withheld by simulated,
                       unbuilt rules on another text q that the child cites and whose article fits the child article at least
                       twice as well (IDF-weighted bigrams; scripts/lineage-cross39.py): rule Dsame (the parent article and q's
                       not linked, sharing under 0.3), 20 drawn with random.Random(3901); rule Dsibling (the two parents with no
                       link of any kind), 20 with random.Random(3903); then links such rules would add, read as
                       pairs not linked now: the other text's article as a second parent (rule Dadd, 15, random.Random(3904)),
                       and the parent's articles that q is itself linked to (a retarget through the parents' links, 16,
                       random.Random(3905), `toMeasure` lists them); not in the precision)
             changed39n (round thirty: `derives` links a simulated, unbuilt rule N would withhold — the child article names
                       other articles of the parent by number in its lead clause, the parent being the version in force —
                       20 drawn with random.Random(3902) (`lineage-cross39.py named-show`) and read; not in the precision)
             high20, low20 (round twenty: unlabelled links of confidence high / low, drawn at random from one tier by
                       scripts/lineage-tiers.py --draw and read: how often a tier is right on links no rule was chosen
                       on; not in the precision)
  from       child / later document id      fromMeasure  its measure id
  to         parent / earlier document id   toMeasure    its measure id ("|" separates acceptable parents)
  truth      what reading both texts says: derives | parallel | related | version | none
  note       why, in a few words

Precision of type T = sampled pairs the tool now links as T whose truth is T / sampled pairs it links as T.
Recall = labelled take-ups the tool links as derives from child to (one of) the parent(s) / take-ups.
With an output that has the `confidence` column (`zhengce lineage --format tsv`, round twenty), precision is also printed
per confidence tier, and recall says how many take-ups are found by a link of confidence high.

Subcommands:
  check OUT LABELS [LAW CORPUS]   precision per type and tier on the `sample` rows, recall per chain, calendar / hierarchy
  sample TSV CORPUS N SEED BINARY [TYPE]   N measure links drawn at random (any type, or TYPE), with both articles
  draw TSV LABELS CORPUS COUNTS SEED BINARY [LIMIT]   a fresh sample outside every labelled pair (round twenty-seven,
        sam35): COUNTS `derives=40,related=25,parallel=15,version=5`, one random.Random(SEED) drawing each type in that
        order; prints both articles (up to LIMIT characters, 900 unless told) and the label row to complete
"""
import collections, os, random, re, shutil, subprocess, sys



def read_labels(path):
    """The labelled rows of a labels file (comments, the header and blank lines skipped), as dicts by column."""
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or line.startswith('set\t') or not line.strip():
                continue
            cells = line.rstrip('\n').split('\t')
            rows.append(dict(zip(['set', 'purpose', 'from', 'fromMeasure', 'to', 'toMeasure', 'truth', 'note'], cells)))
    return rows

def read_tsv(path):
    documents, links = {}, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            cells = line.rstrip('\n').split('\t')
            if cells[0] == 'document' and len(cells) == 6 and cells[1] != 'id':
                documents[cells[1]] = {'date': cells[2], 'level': cells[3], 'region': cells[4]}
            elif cells[0] in ('cites', 'derives', 'related', 'version', 'parallel', 'repeals') and len(cells) in (11, 12):
                links.append(dict(zip(['type', 'from', 'fromMeasure', 'fromLabel', 'to', 'toMeasure', 'toLabel',
                                       'score', 'kind', 'inferred', 'method', 'confidence'], cells)))
    return documents, links


LEVEL = {'national': 0, 'provincial': 1, 'municipal': 2, 'county': 3}


PROVINCIAL_CITIES = ('北京', '上海', '天津', '重庆')
CITY_TITLE = re.compile(r'^(?:DLC--.*--)?([^-—市]{2,4})市')


def level(document_id, document):
    """The stored level, except for a city's text filed under its province (`宁波市…条例`, level provincial): municipal,
    as lineage ranks it (`LegalRank.cityTitled`, which also reads the header; the title alone here)."""
    stored = document.get('level')
    m = CITY_TITLE.match(document_id)
    if stored == 'provincial' and m and m.group(1) not in PROVINCIAL_CITIES and '省' not in m.group(1) \
            and '自治区' not in m.group(1) and '关于' not in m.group(1):
        return 'municipal'
    return stored


def against(documents, link, stored_levels=False):
    """'calendar' or 'hierarchy' when a derives link runs from an earlier or a higher document, else None."""
    a, b = documents.get(link['from'], {}), documents.get(link['to'], {})
    da, db = a.get('date', ''), b.get('date', '')
    if da and db and not da.startswith('≥') and not db.startswith('≥') and da < db:
        return 'calendar'
    if stored_levels:
        la, lb = LEVEL.get(a.get('level')), LEVEL.get(b.get('level'))
    else:
        la, lb = LEVEL.get(level(link['from'], a)), LEVEL.get(level(link['to'], b))
    if la is not None and lb is not None and la < lb:
        return 'hierarchy'
    return None


HEADER_DATE = re.compile(r'(?<![0-9])([12][0-9]{3})年([0-9]{1,2})月(?:([0-9]{1,2})日)?')
EVENTS = ('通过', '公布', '发布', '批准', '颁布', '施行', '修正', '修订', '制定')


def first_adopted(corpus, document):
    """The earliest dated event (通过, 公布, 修正…) of a law file's header (the text before its first article):
    when a first version of it existed. None when the file or such a date is missing."""
    if not corpus or document.startswith('external:'):
        return None
    path = os.path.join(corpus, document.replace('--', '/') + '.md')
    if not os.path.exists(path):
        return None
    text = open(path, encoding='utf-8', errors='replace').read()
    header = re.split(r'第一条|第一章', text, maxsplit=1)[0]
    dates = list(HEADER_DATE.finditer(header))
    best = None
    for k, m in enumerate(dates):
        following = header[m.end():dates[k + 1].start() if k + 1 < len(dates) else len(header)]
        if not any(e in following for e in EVENTS):
            continue
        iso = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3) or 1):02d}"
        best = iso if best is None or iso < best else best
    return best


def check(out, labels_path, corpus=None):
    outputs = {}
    for name in ('seeds', 'govcn', 'law'):
        path = os.path.join(out, name + '.tsv')
        if os.path.exists(path):
            outputs[name] = read_tsv(path)
    labels = read_labels(labels_path)
    measure_links = {}
    for name, (documents, links) in outputs.items():
        for link in links:
            if link['fromMeasure'] and link['toMeasure']:
                measure_links[(name, link['fromMeasure'], link['toMeasure'])] = link
                measure_links.setdefault((name, link['toMeasure'], link['fromMeasure']), link)
    # Precision per type on the sample.
    per_type = collections.defaultdict(lambda: [0, 0])
    per_set_type = collections.defaultdict(lambda: [0, 0])
    per_tier = collections.defaultdict(lambda: [0, 0])
    missing = 0
    wrong = []
    for label in labels:
        if label['purpose'] != 'sample' or label['set'] not in outputs:
            continue
        link = measure_links.get((label['set'], label['fromMeasure'], label['toMeasure']))
        if link is None:
            missing += 1
            continue
        ok = link['type'] == label['truth']
        if link.get('confidence'):
            per_tier[(link['type'], link['confidence'])][0] += ok
            per_tier[(link['type'], link['confidence'])][1] += 1
        per_type[link['type']][0] += ok
        per_type[link['type']][1] += 1
        per_set_type[(label['set'], link['type'])][0] += ok
        per_set_type[(label['set'], link['type'])][1] += 1
        if not ok:
            wrong.append((label, link['type']))
    print('\nPrecision per link type on the labelled sample (pairs the tool links now):')
    for t in ('derives', 'parallel', 'related', 'version'):
        good, n = per_type.get(t, [0, 0])
        by_set = ', '.join(f"{s} {per_set_type[(s, t)][0]}/{per_set_type[(s, t)][1]}" for s in ('seeds', 'govcn', 'law')
                           if per_set_type[(s, t)][1])
        print(f"  {t:9} {good}/{n} = {good / n:.2f}  ({by_set})" if n else f"  {t:9} no labelled link of this type")
    total = sum(v[1] for v in per_type.values())
    good = sum(v[0] for v in per_type.values())
    print(f"  all       {good}/{total} = {good / max(total, 1):.2f}; {missing} labelled pairs no longer linked")
    # Precision per confidence tier (the TSV's `confidence` column, when the output has it).
    if per_tier:
        print('\nPrecision per confidence tier (derives and related; the output\'s confidence column):')
        for t in ('derives', 'related'):
            cells = [f"{tier} {per_tier[(t, tier)][0]}/{per_tier[(t, tier)][1]} = {per_tier[(t, tier)][0] / per_tier[(t, tier)][1]:.2f}"
                     for tier in ('high', 'low') if per_tier[(t, tier)][1]]
            print(f"  {t:9} " + ('; '.join(cells) or 'no labelled link of this type'))
    for label, got in wrong:
        print(f"    wrong: {label['set']} {label['fromMeasure']} → {label['toMeasure']}: tool {got}, read {label['truth']} ({label['note']})")
    # Links a rule removed, read: how many of them were right, and how many the tool links again.
    dropped = [l for l in labels if l['purpose'] == 'dropped' and l['set'] in outputs]
    if dropped:
        again = [l for l in dropped if (l['set'], l['fromMeasure'], l['toMeasure']) in measure_links]
        right = sum(1 for l in dropped if l['truth'] == 'derives')
        print(f"\nLinks removed by a rule, read: {len(dropped)}, of them right (derives) {right}; linked again now {len(again)}")
    # Links drawn from one confidence tier and read (round twenty): right when the tool's type now is the type read.
    for purpose in ('high20', 'low20'):
        drawn = [l for l in labels if l['purpose'] == purpose and l['set'] in outputs]
        if drawn:
            linked = [(l, measure_links.get((l['set'], l['fromMeasure'], l['toMeasure']))) for l in drawn]
            now = [(l, k) for l, k in linked if k is not None]
            right = sum(1 for l, k in now if k['type'] == l['truth'])
            tiers = collections.Counter(k.get('confidence') or '-' for _, k in now)
            print(f"Links drawn from confidence tier {purpose[:-2]}, read: {len(drawn)}, linked now {len(now)} "
                  f"({', '.join(f'{t} {n}' for t, n in sorted(tiers.items()))}), of them right (the type read) {right}")
    # Links a rule made in place of others, read.
    moved = [l for l in labels if l['purpose'] == 'moved' and l['set'] in outputs]
    if moved:
        linked = [l for l in moved if (l['set'], l['fromMeasure'], l['toMeasure']) in measure_links]
        right = sum(1 for l in moved if l['truth'] == 'derives')
        print(f"Links a rule moved to another parent article, read: {len(moved)}, of them right (derives) {right}; linked now {len(linked)}")
    # Recall on take-ups (the seeds' paraphrased take-ups, then the unseen chain).
    chains = sorted({l['purpose'] for l in labels if l['purpose'].startswith('chain')})
    groups = [('takeup', 'labelled take-ups', lambda p: p == 'takeup')]
    groups += [(c, 'the chain labelled before running (law' + (', ' + c[6:] if c != 'chain' else ', 献血') + ')', (lambda c: lambda p: p == c)(c))
               for c in chains]
    if len(chains) > 1:
        groups.append(('chains', 'all chains labelled before running (law)', lambda p: p.startswith('chain')))
    for purpose, title, accept in groups:
        found = n = high = 0
        rated = False
        misses = []
        for label in labels:
            if not accept(label['purpose']) or label['set'] not in outputs:
                continue
            n += 1
            hit = None
            for parent in label['toMeasure'].split('|'):
                link = measure_links.get((label['set'], label['fromMeasure'], parent))
                if link and link['type'] == 'derives' and link['fromMeasure'] == label['fromMeasure']:
                    if hit is None or link.get('confidence') == 'high':
                        hit = link
            if hit:
                found += 1
                high += hit.get('confidence') == 'high'
                rated = rated or bool(hit.get('confidence'))
            else:
                misses.append(label)
        if n == 0:
            continue
        print(f"\nRecall on {title}: {found}/{n} = {found / max(n, 1):.2f}"
              + (f" (confidence high {high}, low {found - high})" if rated else ''))
        for label in misses:
            got = sorted(f"{l['type']} {l['toMeasure'].split('/')[-1]}" for (s_, f_, t_), l in measure_links.items()
                         if s_ == label['set'] and f_ == label['fromMeasure'] and l['fromMeasure'] == label['fromMeasure']
                         and l['to'] == label['to']) if purpose != 'takeup' else []
            if purpose == 'chains':
                continue
            print(f"    missed: {label['fromMeasure']} → {label['toMeasure']} ({label['note']})" + (f"; tool: {', '.join(got) or 'nothing'}" if purpose != 'takeup' else ''))
    # Coverage of the labelled take-up pairs, as the coverage table answers it (which parent measures did the child take
    # up?): the parent measures the labels name for any child measure, against those any derives link of the child reaches.
    pairs = collections.defaultdict(set)
    for label in labels:
        if label['purpose'] == 'takeup' and label['set'] in outputs:
            pairs[(label['set'], label['from'], label['to'])].update(label['toMeasure'].split('|'))
    if pairs:
        print('\nCoverage of the labelled take-up pairs (parent measures taken up, as `zhengce lineage PARENT` reports them):')
        for (name, child, parent), wanted in sorted(pairs.items()):
            reached = {k['toMeasure'] for (s_, _, _), k in measure_links.items()
                       if s_ == name and k['type'] == 'derives' and k['from'] == child and k['to'] == parent}
            short = lambda ids: ' '.join(sorted(i.split('/')[-1] for i in ids)) or '-'
            print(f"  {child} ← {parent}: labelled {len(wanted)}, found {len(wanted & reached)}"
                  f" (missed: {short(wanted - reached)}); other parent measures reached {len(reached - wanted)} ({short(reached - wanted)})")
    # Against the calendar or the hierarchy, every derives link.
    print('\nDerives links against the calendar or the hierarchy (by the documents\' own dates and levels):')
    for name, (documents, links) in outputs.items():
        cited = {(l['from'], l['to']) for l in links if l['type'] == 'cites'}
        # A citation of one version of a law counts for its other versions (document `version` links).
        versions = collections.defaultdict(set)
        for l in links:
            if l['type'] == 'version' and not l['fromMeasure']:
                versions[l['from']].add(l['to']); versions[l['to']].add(l['from'])
        cited |= {(a, v) for (a, b) in list(cited) for v in versions.get(b, ())}
        # A derives link from a text older than the one it cites (or another version of it) is not against the
        # calendar: the cited text's date is that of a later version (consolidated laws); counted apart.
        # With the corpus (law): the calendar is that of the version the child could have read; a child dated after the
        # first adoption recorded in the parent's header (earlier version) is not against it, counted apart.
        firsts = {}
        def earlier_version(l):
            if corpus is None or name != 'law':
                return False
            if l['to'] not in firsts:
                firsts[l['to']] = first_adopted(corpus, l['to'])
            child = documents.get(l['from'], {}).get('date', '')
            return bool(firsts[l['to']] and child and not child.startswith('≥') and firsts[l['to']] < child)
        def kind(l):
            verdict = against(documents, l)
            if verdict == 'calendar' and (l['from'], l['to']) in cited:
                return 'cites a later version'
            if verdict == 'calendar' and earlier_version(l):
                return 'after a first adoption'
            return verdict
        counts = collections.Counter(kind(l) for l in links if l['type'] == 'derives')
        stored = sum(1 for l in links if l['type'] == 'derives' and against(documents, l, stored_levels=True) == 'hierarchy')
        kinds = collections.Counter(l['type'] for l in links if l['fromMeasure'])
        tiers = collections.Counter((l['type'], l.get('confidence')) for l in links if l['fromMeasure'] and l.get('confidence'))
        if tiers:
            print(f"  {name}: confidence high / low: " + ', '.join(f"{t} {tiers[(t, 'high')]:,} / {tiers[(t, 'low')]:,}"
                                                                 for t in ('derives', 'related')))
        print(f"  {name}: calendar {counts.get('calendar', 0)}, hierarchy {counts.get('hierarchy', 0)} of "
              f"{sum(counts.values())} derives ({counts.get('cites a later version', 0)} cite a text dated after them: a later version; "
              f"{counts.get('after a first adoption', 0)} are dated after the first adoption in the parent's header, before its stored date; "
              f"by the stored levels, without ranking a city's text filed under its province as municipal: hierarchy {stored})")
        print(f"  {name}: measure links " + ', '.join(f"{k} {v:,}" for k, v in sorted(kinds.items())))
        externals = sum(1 for d in documents if d.startswith('external:'))
        print(f"  {name}: {len(documents) - externals} corpus documents, {externals} external cited documents")


def article_text(corpus, document, label, measure, binary, limit=400):
    """The text of a measure: read from the law file by its 第X条 label, else through `zhengce show`.
    A document id of the law corpus is its file's path below the corpus with "--" for "/" (tried first);
    other ids are looked for as file names."""
    def files():
        for ext in ('.md', '.txt', '.html'):
            yield os.path.join(corpus, document.replace('--', '/') + ext)
        for root, _, names in os.walk(corpus):
            for name in names:
                if os.path.splitext(name)[0] == document:
                    yield os.path.join(root, name)
    for path in files():
        if not os.path.isfile(path):
            continue
        text = open(path, encoding='utf-8', errors='replace').read()
        if label.startswith('第') and label.endswith('条'):
            m = re.search(r'(?m)^\s*' + re.escape(label) + r'[\s\S]*?(?=\n\s*第[一二三四五六七八九十百零]+条|\n#|\Z)', text)
            if m:
                return re.sub(r'\s+', '', m.group(0))[:limit]
        break
    try:
        shown = subprocess.run([binary, 'show', '--corpus', corpus, document, measure.split('/', 1)[-1]],
                               capture_output=True, text=True, timeout=120).stdout
        body = shown.split('\n\n', 1)[-1].split('\n\n')[0]
        return re.sub(r'\s+', '', body)[:limit]
    except Exception as error:
        return f'(not shown: {error})'


def sample(tsv, corpus, n, seed, binary, kind=None):
    """N measure links drawn with random.Random(SEED) from the links of the output (of type KIND only when given)."""
    documents, links = read_tsv(tsv)
    measure_links = [l for l in links if l['fromMeasure'] and l['toMeasure'] and l['type'] != 'cites'
                     and (kind is None or l['type'] == kind)]
    rng = random.Random(int(seed))
    chosen = rng.sample(measure_links, min(int(n), len(measure_links)))
    for k, link in enumerate(chosen, 1):
        print(f"=== {k} {link['type']} {link['score']} {link['kind']} {link['method']}")
        for side in ('from', 'to'):
            d = documents.get(link[side], {})
            print(f"  {side}: {link[side]} {link[side + 'Measure']} [{d.get('date')}, {d.get('level')}, {d.get('region')}]")
            print('    ' + article_text(corpus, link[side], link[side + 'Label'], link[side + 'Measure'], binary))


def draw(tsv, labels_path, corpus, counts, seed, binary, limit=900):
    """A fresh sample of the output's measure links outside every labelled pair: COUNTS is `derives=40,related=25,...`;
    the pairs of every row of LABELS (any purpose, either direction, each parent of a `|` list) are left out, then one
    random.Random(SEED) draws each type in the order COUNTS names them, from the output's links of that type in file order.
    Prints each drawn link with both articles (read from the law files, else `zhengce show`) and a label row to fill in."""
    documents, links = read_tsv(tsv)
    labelled = set()
    for label in read_labels(labels_path):
        for parent in label.get('toMeasure', '').split('|'):
            labelled.add((label['fromMeasure'], parent))
            labelled.add((parent, label['fromMeasure']))
    rng = random.Random(int(seed))
    k = 0
    for item in counts.split(','):
        kind, n = item.split('=')
        pool = [l for l in links if l['type'] == kind and l['fromMeasure'] and l['toMeasure']
                and (l['fromMeasure'], l['toMeasure']) not in labelled]
        chosen = rng.sample(pool, min(int(n), len(pool)))
        print(f"### {kind}: {len(chosen)} drawn of {len(pool)} unlabelled links of this type")
        for link in chosen:
            k += 1
            print(f"=== {k} {link['type']} score {link['score']} {link['kind']} {link['method']} {link.get('confidence', '')}")
            for side in ('from', 'to'):
                d = documents.get(link[side], {})
                print(f"  {side}: {link[side]} {link[side + 'Label']} [{d.get('date')}, {d.get('level')}, {d.get('region')}]")
                print('    ' + article_text(corpus, link[side], link[side + 'Label'], link[side + 'Measure'], binary, int(limit)))
            print('  row\t' + '\t'.join(['law', 'sample', link['from'], link['fromMeasure'], link['to'], link['toMeasure']]))


def split_output(out, target, hit):
    """A simulated rule's two outputs: TARGET/withheld/law.tsv (the document lines and the lines `hit(cells)` picks, for
    `draw`) and TARGET/filtered/law.tsv (every other line, for `check`, with OUT's seeds.tsv copied beside it)."""
    for sub in ('withheld', 'filtered'):
        os.makedirs(os.path.join(target, sub), exist_ok=True)
    with open(os.path.join(out, 'law.tsv'), encoding='utf-8') as source, \
            open(os.path.join(target, 'withheld', 'law.tsv'), 'w', encoding='utf-8') as withheld, \
            open(os.path.join(target, 'filtered', 'law.tsv'), 'w', encoding='utf-8') as filtered:
        for line in source:
            cells = line.rstrip('\n').split('\t')
            picked = hit(cells)
            if cells[0] == 'document' or picked:
                withheld.write(line)
            if not picked:
                filtered.write(line)
    if os.path.exists(os.path.join(out, 'seeds.tsv')):
        shutil.copy(os.path.join(out, 'seeds.tsv'), os.path.join(target, 'filtered', 'seeds.tsv'))


if __name__ == '__main__':
    if sys.argv[1] == 'check':
        check(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)  # check OUT LABELS [LAW CORPUS]
    elif sys.argv[1] == 'draw':
        draw(*sys.argv[2:9])  # draw TSV LABELS CORPUS derives=40,related=25,parallel=15,version=5 SEED BINARY [LIMIT]
    else:
        sample(*sys.argv[2:8])  # sample TSV CORPUS N SEED BINARY [TYPE]
