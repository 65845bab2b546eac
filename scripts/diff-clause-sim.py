#!/usr/bin/env python3
# Simulation of clause-level coverage for `zhengce diff` on full revisions (issue 18, seventeenth round).
# Runs `ZHENGCE_DIFF_DEBUG=clauses zhengce diff OLD NEW --format json --unchanged` and reads its `clause part` lines: for
# every old article still unlinked at the end of the rewritten passes, each counted clause (not stock) with its share of
# the article's clause weight, its nearest new clause (article, index), weighted Dice, shared evidence words, lead over
# the next article's clause and whether the match is mutual. A rule (floors on Dice, lead, coverage, counterpart share)
# (the new article free: no pair of the tool reaches it) is applied here, so floors can be compared without rebuilding; every would-be link is printed, judged against the
# labels (Benchmarks/diff-labels) or left for reading (`?`).
# Sets: labelled (the 17 labelled pairs), unseen (the last two versions of every lawrefbook document with several, the
# labelled left out: the tenth round's 77), first (pairs never used before this round: see Benchmarks/diff.md, seventeenth round).
# `grid` prints, for each floor of GRID, the labelled pairs right and wrong, the labelled survivors reached, and the
# unseen would-be links judged by READ (the pairs read by hand in the seventeenth round).
# `linked` reads the clauses of the linked old articles of the labelled revisions (missed parts, the reverse direction).
# Usage: scripts/diff-clause-sim.py [labelled|unseen|first|all|grid|linked] [dice lead coverage]   (default 0.25 1.3 0.4)
#        (ZHENGCE=path/to/zhengce, LAWS=…, CACHE=dir to keep the runs)
import collections, hashlib, json, os, re, subprocess, sys
import diff_pairs

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAWS = os.environ.get('LAWS', '/work/shared/corpora/lawrefbook')
ZHENGCE = os.environ.get('ZHENGCE', os.path.join(ROOT, '.build/debug/zhengce'))
CACHE = os.environ.get('CACHE')
ARTICLE = re.compile(r'^第[一二三四五六七八九十百千零〇两0-9]+条$')
FIRST = [  # never used before the seventeenth round
    ('宪法相关法/全国人民代表大会常务委员会议事规则(2009-04-24).md', '行政法/全国人民代表大会常务委员会议事规则(2022-06-24).md'),
    ('司法解释/最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释(2020-12-29).md',
     '司法解释/最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释(2022-04-24).md'),
    ('司法解释/最高人民法院关于适用《民事诉讼法》的解释(2020-12-29).md', '司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-02).md'),
    ('行政法规/道路运输条例(2019-03-02).md', '行政法规/道路运输条例(2023-07-20).md'),
]


# The would-be links on the unseen revisions at the floors of the grid, read in both texts in this round (old article, new
# article): True right (the new article continues the old one, or the clause the rule matched does), False wrong.
READ = {
    ('北京市制定地方性法规条例(2023-07-28)', '第十四条', '第七十一条'): True,   # 重要立法项目 统一…起草机制 → 起草专班, 协调解决重要问题
    ('中国人民解放军文职人员条例(2022-12-10)', '第五十八条', '第六十六条'): True,  # 退出军队 按权限审批
    ('军人抚恤优待条例(2024-08-05)', '第四十条', '第五十一条'): True,          # 承租、购买住房 优先
    ('职业教育法(2022-04-20)', '第二十一条', '第六十八条'): True,              # its second paragraph: 境外的组织和个人…举办
    ('职业教育法(2022-04-20)', '第三十三条', '第四十一条'): True,              # 举办企业 收入 用于
    ('体育法(2022-06-24)', '第四十四条', '第八十二条'): True,                  # 公共体育设施建设 纳入规划
    ('矿产资源法(2024-11-08)', '第三十三条', '第三十二条'): True,              # 建设项目 压覆矿产
    ('矿产资源法(2024-11-08)', '第三十九条', '第六十四条'): True,              # 无证采矿 罚则
    ('矿产资源法(2024-11-08)', '第十三条', '第四十条'): True,                  # 储量报告 审批 → 储量管理制度 (plausible)
    ('农产品质量安全法(2022-09-02)', '第七条', '第四十五条'): True,            # 按照职责权限 发布…信息, a clause of 第四十五条
    ('公司法(2023-12-29)', '第七十六条', '第九十四条'): True,                  # its item (四) 发起人制订公司章程 only
    ('最高人民法院关于认可和执行台湾地区法院民事判决的规定(2024-12-17)', '第十一条', '第二十二条'): False,  # pending application vs after recognition
    ('公司法(2023-12-29)', '第五十七条', '第一百六十八条'): False,           # 一人公司 → 国家出资公司 by 适用本章规定…本章没有规定的
    ('突发事件应对法(2024-06-28)', '第五十三条', '第六十五条'): False,        # 事态发展信息 → 预警信息发布平台
    ('专利法实施细则(2023-12-11)', '第一百二十一条', '第十一条'): False,      # 申请文件 格式 → 诚实信用
    ('商用密码管理条例(2023-04-27)', '第十一条', '第十四条'): False,          # 销售许可条件 → 检测机构资质条件
    ('商用密码管理条例(2023-04-27)', '第十六条', '第七条'): False,            # 用户不得转让产品 → 不得强制转让技术
    ('征兵工作条例(2023-04-01)', '第二十二条', '第五十三条'): False,          # 政治复审 → 退回人员 档案
    ('行政复议法(2023-09-01)', '第二十五条', '第五十八条'): False,            # 撤回申请 → 规范性文件 书面答复
    ('行政复议法(2023-09-01)', '第十八条', '第六十条'): False,                # 县级政府转送申请 → 接受转送的机关回复
}
GRID = [(0.15, 1.1, 0.2), (0.2, 1.2, 0.3), (0.2, 1.3, 0.4), (0.25, 1.2, 0.3), (0.25, 1.3, 0.4), (0.3, 1.3, 0.4),
        (0.3, 1.5, 0.5), (0.35, 1.3, 0.3), (0.4, 1.5, 0.3), (0.5, 1.5, 0.3)]


def article_of(ref):
    for part in reversed((ref or {}).get('path') or []):
        if ARTICLE.match(part): return part


def run(old, new):
    cached = CACHE and os.path.join(CACHE, hashlib.sha1(f'{ZHENGCE}\t{old}\t{new}'.encode()).hexdigest() + '.json')
    if cached and os.path.exists(cached): return json.load(open(cached, encoding='utf-8'))
    env = dict(os.environ, ZHENGCE_DIFF_DEBUG='clauses')
    r = subprocess.run([ZHENGCE, 'diff', f'{LAWS}/{old}', f'{LAWS}/{new}', '--format', 'json', '--unchanged'],
                       capture_output=True, text=True, env=env)
    out = {'diff': json.loads(r.stdout), 'trace': [l for l in r.stderr.splitlines() if l.startswith('clause')]}
    if cached:
        os.makedirs(CACHE, exist_ok=True)
        json.dump(out, open(cached, 'w', encoding='utf-8'))
    return out


def tool_pairs(diff, nearest=None):
    pairs, state = set(), {}
    for change in diff['changes']:
        if change['kind'] in ('uncertain', 'removed'):
            a = article_of(change.get('old'))
            if a and a == change['old']['label']:
                state[a] = change['kind']
                if nearest is not None and change.get('nearest'): nearest[a] = article_of(change['nearest'])
            continue
        olds = [article_of(r) for r in (change.get('oldParts') or ([change['old']] if change.get('old') else []))]
        news = [article_of(r) for r in (change.get('newParts') or ([change['new']] if change.get('new') else []))]
        pairs |= {(a, b) for a in olds for b in news if a and b}
    return pairs, state


def labelled():
    return diff_pairs.labelled(ROOT)


def unseen(skip):
    return diff_pairs.unseen(LAWS, skip)


def rule(trace, pairs, state, dice, lead, coverage):
    """Unlinked old article → {new article: coverage}, by the floors, from the `clause part` lines: the mutual clause matches
    with Dice ≥ dice, 2 shared evidence words and a lead ≥ lead over the next article's clause, into new articles no pair
    of the tool reaches (free), summed per new article; a new article holding ≥ coverage of the old article's counted
    clause weight is named."""
    linked, taken = {a for a, _ in pairs}, {b for _, b in pairs}
    held = collections.defaultdict(lambda: collections.defaultdict(float))
    for line in trace:
        f = line.split('\t')
        if f[0] != 'clause part': continue
        o, w, n, d, ev, ld, mutual = f[1], float(f[3]), f[4], float(f[6]), int(f[7]), float(f[8]), f[9] == 'mutual'
        if o in linked or o not in state or n in taken: continue
        if mutual and d >= dice and ev >= 2 and ld >= lead: held[o][n] += w
    return {o: {n: w for n, w in byn.items() if w >= coverage} for o, byn in held.items()
            if any(w >= coverage for w in byn.values())}


def grid(runs):
    """One line per floor of GRID: what the rule would link on the labelled and the unseen revisions."""
    data = []
    for name, old, new, gold in runs:
        r = run(old, new)
        nearest = {}
        pairs, state = tool_pairs(r['diff'], nearest)
        data.append((name, gold, r['trace'], pairs, state, nearest))
    print('dice\tlead\tcoverage\tlabelled right/wrong pairs\tsurvivors reached (removed, uncertain; of them nearest already)'
          '\ttruly deleted kept\tsplits\tunseen right/wrong/unread')
    for floors in GRID:
        c = collections.Counter()
        for name, gold, trace, pairs, state, nearest in data:
            for o, named in rule(trace, pairs, state, *floors).items():
                c['splits'] += len(named) > 1
                if gold is not None:
                    survivor = o in {a for a, _ in gold}
                    for n in named: c['right' if (o, n) in gold else 'wrong'] += 1
                    if survivor:
                        c['reached ' + state[o]] += 1
                        c['nearest'] += nearest.get(o) in named
                    else: c['deleted'] += 1
                else:
                    for n in named:
                        v = READ.get((name, o, n))
                        c['u right' if v else 'u wrong' if v is False else 'u unread'] += 1
        print(*floors, f"{c['right']}/{c['wrong']}", f"{c['reached removed']}, {c['reached uncertain']}; {c['nearest']}", c['deleted'],
              c['splits'], f"{c['u right']}/{c['u wrong']}/{c['u unread']}", sep='\t')


def linked(runs):
    """Linked old articles: their mutual clause matches into a new article that is not their counterpart (a missed part of a
    split, or a new article reported `added` that continues them), by Dice band and whether that article is free or taken,
    against the labels; and how many missed labelled pairs of each revision such a match reaches."""
    c, reach = collections.Counter(), collections.Counter()
    for name, old, new, gold in runs:
        r = run(old, new)
        pairs, state = tool_pairs(r['diff'])
        partners, taken = collections.defaultdict(set), {b for _, b in pairs}
        for a, b in pairs: partners[a].add(b)
        seen = set()
        for line in r['trace']:
            f = line.split('\t')
            if f[0] != 'clause part': continue
            o, n, d, ev, ld, mutual = f[1], f[4], float(f[6]), int(f[7]), float(f[8]), f[9] == 'mutual'
            if o in state or not partners[o] or n in partners[o] or not mutual or ev < 2 or (o, n) in seen: continue
            seen.add((o, n))
            band = '≥0.5' if d >= 0.5 else '0.3–0.5' if d >= 0.3 else '0.2–0.3' if d >= 0.2 else '<0.2'
            c[(band, 'taken' if n in taken else 'free', 'right' if (o, n) in gold else 'wrong')] += 1
            if (o, n) in gold - pairs: reach[name] += 1
        reach[name + ' missed'] = len(gold - pairs)
    for k, v in sorted(c.items()): print('linked', *k, v, sep='\t')
    for k, v in sorted(reach.items()): print('reach', k, v, sep='\t')


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else 'all'
    if which == 'linked':
        linked(list(labelled()))
        return
    if which == 'grid':
        sets = list(labelled())
        grid(sets + list(unseen({os.path.basename(n) for _, _, n, _ in sets})))
        return
    floors = [float(x) for x in sys.argv[2:5]] if len(sys.argv) >= 5 else [0.25, 1.3, 0.4]
    sets = list(labelled())
    runs = []
    if which in ('labelled', 'all'): runs += sets
    if which in ('unseen', 'all'): runs += list(unseen({os.path.basename(n) for _, _, n, _ in sets}))
    if which in ('first', 'all'): runs += [(os.path.basename(n)[:-3] + ' (first)', o, n, None) for o, n in FIRST]
    counts = collections.Counter()
    for name, old, new, gold in runs:
        side = 'labelled' if gold is not None else 'unseen'
        r = run(old, new)
        pairs, state = tool_pairs(r['diff'])
        surviving = {a for a, _ in gold} if gold is not None else set()
        for o, named in sorted(rule(r['trace'], pairs, state, *floors).items()):
            parts, cov = sorted(named), sum(named.values())
            if gold is not None:
                verdict = ' '.join(('right' if (o, n) in gold else 'wrong') + ':' + n for n in parts)
                kind = 'survivor' if o in surviving else 'deleted'
                counts[(side, kind, state.get(o, '?'))] += 1
                for n in parts: counts[(side, 'pair', 'right' if (o, n) in gold else 'wrong')] += 1
            else:
                verdict, kind = ' '.join(parts), '?'
                counts[(side, 'article', state.get(o, '?'))] += 1
                counts[(side, 'pair', '?')] += len(parts)
            print('link', side, name, o, state.get(o, '?'), kind, f'{cov:.2f}', verdict, sep='\t')
    for k, v in sorted(counts.items()): print('count', *k, v, sep='\t')


if __name__ == '__main__':
    main()
