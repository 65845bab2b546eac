#!/usr/bin/env python3
# Simulation of a cross-reference rule for `zhengce diff` on full revisions (issue 18, sixteenth round; not built).
# Articles of a law point to each other (违反本法第十二条规定的…, 依照本条例第三十条, 本法第二十条所称…); a revision renumbers
# those references with its alignment. Two rules read them on top of the tool's own pairs (`zhengce diff --format json`):
#   (i)  old article A unlinked, new article B: A refers to old X, B to new Y, and the tool pairs X with Y → A ↔ B;
#   (ii) old article X unlinked, new article Y: old A refers to X, new B refers to Y, and the tool pairs A with B → X ↔ Y
#        (ii-pos: only the reference at the same place when A's and B's lists are as long).
# Each is tried with the new end free (no counterpart yet) and, as `-taken`, already linked (a merge into it). A candidate is
# `unique` when its old article has no other, `mutual` when its new article has no other old one either.
# Prints every candidate (labelled ones judged against Benchmarks/diff-labels, unseen ones to be read by hand), then the
# counts, how many unlinked labelled survivors and missed labelled pairs have a reference at all, how consistently the
# references follow the pairs (labelled pairs; the tool's pairs on the unseen revisions) and what rule (i) would do over
# all articles (mutual unique), checked against the labels and the tool's pairs.
# Unseen pairs: the last two versions of every lawrefbook document with several versions, the labelled ones left out
# (the tenth round's 88). References: 第X条 chains (、 和 或者 及 至) after 本法/本条例/本办法/本规定/本解释/本细则/本决定/本规则, or
# bare, not after 》 or the end of another law's name (刑法第二十条); the article's own number is left out.
# Usage: scripts/diff-crossref-sim.py [labelled|unseen|all]   (ZHENGCE=path/to/zhengce, LAWS=…, CACHE=dir to keep the diffs)
import collections, hashlib, json, os, re, subprocess, sys
import diff_pairs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAWS = os.environ.get('LAWS', '/work/shared/corpora/lawrefbook')
ZHENGCE = os.environ.get('ZHENGCE', os.path.join(ROOT, '.build/debug/zhengce'))
CACHE = os.environ.get('CACHE')
NUM = '一二三四五六七八九十百千零〇两'
ARTICLE = re.compile(r'^第[' + NUM + r'0-9]+条$')
DIGIT = {c: i for i, c in enumerate('零一二三四五六七八九')} | {'〇': 0, '两': 2}


def number(s):
    total, current = 0, 0
    for c in s:
        if c in DIGIT: current = DIGIT[c]
        else:
            unit = {'十': 10, '百': 100, '千': 1000}[c]
            total += (current or 1) * unit; current = 0
    return total + current


def label(n):
    digits, out, rest = '零一二三四五六七八九', '', n
    for value, name in ((1000, '千'), (100, '百'), (10, '十')):
        if rest >= value:
            out += digits[rest // value] + name; rest %= value
            if 0 < rest < value // 10 and value > 10: out += '零'
    if rest: out += digits[rest]
    if out.startswith('一十'): out = out[1:]
    return '第' + (out or '零') + '条'


ARTICLE_LINE = re.compile(r'^\s*(第[' + NUM + r']+条)[\s　]*(.*)$')
HEADING_LINE = re.compile(r'^\s*(#|第[' + NUM + r']+[编章节])')


def articles(path):
    """Article label → text, and the labels in order (a second article of one label, in an appendix, is left out)."""
    text, order, current = {}, [], None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.startswith('<!--'): continue
        m = ARTICLE_LINE.match(line)
        if m and not line.startswith('#'):
            current = m.group(1)
            if current in text: current = None; continue
            text[current] = m.group(2); order.append(current); continue
        if HEADING_LINE.match(line): current = None; continue
        if current and line.strip(): text[current] += '\n' + line.strip()
    return text, order


ONE = r'第[' + NUM + r']+条(?:第[' + NUM + r']+款)?(?:第[' + NUM + r']+项)?'
SEPARATOR = r'(?:、|，|和|或者|及|以及|至|到)'
CHAIN = re.compile(r'(本(?:法|条例|办法|规定|解释|细则|决定|规则)|》|[\u4e00-\u9fff])?(' + ONE + r'(?:' + SEPARATOR + ONE + r')*)')


def references(own, text):
    """Labels of the articles of the same text an article refers to, in order."""
    out = []
    for m in CHAIN.finditer(text):
        before, chain = m.group(1), m.group(2)
        if before == '》' or (before and not before.startswith('本') and before[-1] in '法例定则释令'): continue
        numbers = [number(x) for x in re.findall(r'第([' + NUM + r']+)条', chain)]
        separators = re.findall(r'条(?:第[' + NUM + r']+款)?(?:第[' + NUM + r']+项)?' + '(' + SEPARATOR[3:-1] + ')第', chain)
        full = numbers[:1]
        for separator, n in zip(separators, numbers[1:]):
            if separator in ('至', '到') and full[-1] < n < full[-1] + 40: full += range(full[-1] + 1, n + 1)
            else: full.append(n)
        out += [label(n) for n in full if label(n) != own]
    return out


def article_of(ref):
    for part in reversed((ref or {}).get('path') or []):
        if ARTICLE.match(part): return part


def diff(old, new):
    cached = CACHE and os.path.join(CACHE, hashlib.sha1(f'{old}\t{new}'.encode()).hexdigest() + '.json')
    if cached and os.path.exists(cached): return json.load(open(cached, encoding='utf-8'))
    run = subprocess.run([ZHENGCE, 'diff', f'{LAWS}/{old}', f'{LAWS}/{new}', '--format', 'json', '--unchanged'],
                         capture_output=True, text=True, check=True)
    if cached:
        os.makedirs(CACHE, exist_ok=True)
        open(cached, 'w', encoding='utf-8').write(run.stdout)
    return json.loads(run.stdout)


def tool_pairs(result):
    """The article pairs of a diff (a split or merge one per part) and the state of the old articles it links to nothing."""
    pairs, state = set(), {}
    for change in result['changes']:
        if change['kind'] in ('uncertain', 'removed'):
            a = article_of(change.get('old'))
            if a and a == change['old']['label']: state[a] = change['kind']
            continue
        olds = [article_of(r) for r in (change.get('oldParts') or ([change['old']] if change.get('old') else []))]
        news = [article_of(r) for r in (change.get('newParts') or ([change['new']] if change.get('new') else []))]
        pairs |= {(a, b) for a in olds for b in news if a and b}
    return pairs, state


def candidates(old_refs, new_refs, old_order, new_order, pairs):
    """rule → {old article → {new article}} for the old articles the pairs leave unlinked."""
    forward = collections.defaultdict(set)
    for a, b in pairs: forward[a].add(b)
    taken = {b for _, b in pairs}
    unlinked = [a for a in old_order if a not in forward]
    referrers = collections.defaultdict(list)
    for a in old_order:
        for x in old_refs[a]: referrers[x].append(a)
    found = {rule: collections.defaultdict(set) for rule in ('i', 'ii', 'ii-pos', 'i-taken', 'ii-taken')}
    for a in unlinked:
        mapped = set().union(*(forward[x] for x in old_refs[a] if x in forward)) if old_refs[a] else set()
        for b in new_order:
            if mapped & set(new_refs[b]): found['i-taken' if b in taken else 'i'][a].add(b)
    for x in unlinked:
        for a in referrers[x]:
            for b in forward.get(a, ()):
                for y in new_refs.get(b, []):
                    if y in new_refs: found['ii-taken' if y in taken else 'ii'][x].add(y)
                if len(old_refs[a]) == len(new_refs.get(b, [])) and len(set(old_refs[a])) == len(old_refs[a]):
                    y = new_refs[b][old_refs[a].index(x)]
                    if y in new_refs and y not in taken: found['ii-pos'][x].add(y)
    return found


def shape(found):
    """(old, new, 'mutual' | 'unique' | 'several') for every candidate of one rule."""
    rivals = collections.defaultdict(set)
    for a, bs in found.items():
        for b in bs: rivals[b].add(a)
    return [(a, b, 'mutual' if len(bs) == 1 and len(rivals[b]) == 1 else 'unique' if len(bs) == 1 else 'several')
            for a, bs in found.items() for b in sorted(bs)]


def labelled():
    return diff_pairs.labelled(ROOT)


def unseen(skip):
    return diff_pairs.unseen(LAWS, skip)


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else 'all'
    sets = list(labelled())
    runs = ([] if which == 'unseen' else sets) + ([] if which == 'labelled' else list(unseen({os.path.basename(n) for _, _, n, _ in sets})))
    counts, reach, consistent, overall = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for name, old, new, gold in runs:
        side = 'labelled' if gold is not None else 'unseen'
        pairs, state = tool_pairs(diff(old, new))
        old_text, old_order = articles(f'{LAWS}/{old}'); new_text, new_order = articles(f'{LAWS}/{new}')
        old_refs = {a: references(a, old_text[a]) for a in old_order}
        new_refs = {b: references(b, new_text[b]) for b in new_order}
        truth = gold if gold is not None else pairs
        judged = {a for a, _ in truth}
        for rule, found in candidates(old_refs, new_refs, old_order, new_order, pairs).items():
            for a, b, how in shape(found):
                verdict = ('right' if (a, b) in gold else 'wrong') if gold is not None else '?'
                counts[(side, rule, how, verdict)] += 1
                print('candidate', side, name, rule, a, b, state.get(a, '-'), how, verdict, sep='\t')
        # Reach: the unlinked labelled survivors and missed labelled pairs that have a reference on either side.
        if gold is not None:
            referred_old = {x for a in old_order for x in old_refs[a]}
            referred_new = {y for b in new_order for y in new_refs[b]}
            linked = {a for a, _ in pairs}
            for a in {a for a, _ in gold} - linked:
                reach['unlinked survivors'] += 1
                if old_refs.get(a) or a in referred_old: reach['… with a reference'] += 1
            for a, b in gold - pairs:
                reach['missed pairs'] += 1
                if (old_refs.get(a) or a in referred_old) and (new_refs.get(b) or b in referred_new): reach['… with references on both sides'] += 1
        # Consistency: for pairs (A, B) and each reference of A to X, is X paired with a reference of B?
        forward = collections.defaultdict(set)
        for a, b in truth: forward[a].add(b)
        for a, b in truth:
            if a not in old_refs or b not in new_refs: continue
            for x in old_refs[a]:
                key = ('target unpaired' if x not in forward else 'new refers to nothing' if not new_refs[b]
                       else 'agree' if forward[x] & set(new_refs[b]) else 'disagree')
                consistent[(side, key)] += 1
        # Rule (i) over all articles, mutual unique only, mapping by the tool's pairs: against the labels, or against the
        # tool's pairs themselves on unseen revisions.
        by_tool = collections.defaultdict(set)
        for a, b in pairs: by_tool[a].add(b)
        every = collections.defaultdict(set)
        for a in old_order:
            mapped = set().union(*(by_tool[x] for x in old_refs[a] if x in by_tool)) if old_refs[a] else set()
            for b in new_order:
                if mapped & set(new_refs[b]): every[a].add(b)
        for a, b, how in shape(every):
            if how != 'mutual': continue
            key = 'agrees' if (a, b) in truth else 'old unlinked' if a not in judged else 'differs'
            overall[(side, key)] += 1
            if key != 'agrees': print('rule (i) over all', side, name, a, b, key, sep='\t')
    print('== candidates (side, rule, shape, verdict): count')
    for key in sorted(counts): print(*key, counts[key], sep='\t')
    print('== reach on the labelled pairs:', dict(reach))
    print('== references along the pairs (labelled: the labels; unseen: the tool):', dict(sorted(consistent.items())))
    print('== rule (i) over all articles, mutual unique:', dict(sorted(overall.items())))


if __name__ == '__main__':
    main()
