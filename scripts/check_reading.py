"""The figures of scripts/check-reading (see there). Not a module: run through the shell script."""
import json, os, re, shutil, subprocess, sys, tempfile

BIN, ROOT = sys.argv[1], sys.argv[2]
ARGS = sys.argv[3:]
SHARED = [os.path.join(ROOT, "..", "shared", "corpora"), os.path.join(ROOT, "..", "..", "shared", "corpora"), "/work/shared/corpora"]


def shared(name):
    for base in SHARED:
        p = os.path.join(base, name)
        if os.path.isdir(p):
            return os.path.normpath(p)
    return None


def docs(folder):
    out = subprocess.run([BIN, "docs", "--corpus", folder, "--format", "json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"check-reading: zhengce docs failed on {folder}: {out.stderr.strip()[:300]}")
    return {d["id"]: d for d in json.loads(out.stdout)["documents"]}


DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def header_dates(markdown):
    """Dates of the info block under the title (outside 《…》): what the header states, counted independently."""
    head = markdown.split("<!-- INFO END -->")[0]
    lines = [l for l in head.split("\n") if l.strip() and not l.startswith("#")]
    found = []
    for line in lines:
        bare = re.sub(r"《[^》]*》", "", line)
        for m in DATE.finditer(bare):
            found.append("%s-%02d-%02d" % (m.group(1), int(m.group(2)), int(m.group(3))))
    return found


def law(n, folder):
    laws = folder or shared("lawrefbook")
    if not laws:
        print("check-reading --law: lawrefbook corpus not found under ../shared/corpora; nothing measured")
        return 0
    files = sorted(os.path.relpath(os.path.join(d, f), laws) for d, _, fs in os.walk(laws) for f in fs
                   if f.endswith(".md") and f not in ("README.md", "_index.md"))
    step = max(1, len(files) // n)
    sample = files[::step][:n]
    tmp = tempfile.mkdtemp(prefix="check-reading-")
    try:
        md_dir, txt_dir = os.path.join(tmp, "md"), os.path.join(tmp, "txt")
        sys.path.insert(0, os.path.join(ROOT, "scripts"))
        plain = load_plain()
        expected_dates = {}
        for rel in sample:
            name = rel.replace("/", "--")
            src = open(os.path.join(laws, rel), encoding="utf-8").read()
            for d, text, ext in ((md_dir, src, ".md"), (txt_dir, plain(src), ".txt")):
                os.makedirs(d, exist_ok=True)
                with open(os.path.join(d, name[:-3] + ext), "w", encoding="utf-8") as w:
                    w.write(text)
            expected_dates[name[:-3]] = header_dates(src)
        a, b = docs(md_dir), docs(txt_dir)
        fields = ["title", "docNumber", "date", "dateBasis", "adoptingBody", "adoptedDate", "promulgatedDate",
                  "effectiveDate", "level", "region", "issuers", "measureCount"]
        same = 0
        per_field = {f: 0 for f in fields}
        differ = []
        for k in sorted(a):
            x, y = a[k], b.get(k)
            if y is None:
                differ.append((k, "missing in plain")); continue
            hx = [(e["kind"], e["date"], e.get("number")) for e in x.get("history", [])]
            hy = [(e["kind"], e["date"], e.get("number")) for e in y.get("history", [])]
            ok = True
            for f in fields:
                if x.get(f) == y.get(f):
                    per_field[f] += 1
                else:
                    ok = False
                    differ.append((k, f"{f}: {x.get(f)!r} vs {y.get(f)!r}"))
            if hx != hy:
                ok = False
                differ.append((k, f"history: {hx} vs {hy}"))
            same += ok
        total = len(a)
        print(f"law corpus: {laws}: {total} documents read as Markdown and as plain text (scripts/law-to-plain)")
        print(f"agreement on title, docNumber, dates (date, basis, adopted, promulgated, effective), history, adopting body, "
              f"level, region, issuers, measure count: {same}/{total} = {100.0 * same / max(1, total):.1f} %")
        for f in fields:
            print(f"  {f}: {per_field[f]}/{total}")
        # Header dates: every date of the info block is an event the parser read (both readings).
        stated = read_md = read_txt = 0
        missed = []
        for k, want in expected_dates.items():
            stated += len(want)
            for docs_, counter in ((a, "md"), (b, "txt")):
                got = sorted(e["date"] for e in docs_.get(k, {}).get("history", []))
                hit = 0
                pool = list(got)
                for d in want:
                    if d in pool:
                        pool.remove(d); hit += 1
                    elif counter == "md":
                        missed.append((k, d))
                if counter == "md": read_md += hit
                else: read_txt += hit
        print(f"header dates read (each dated clause of the header an event): Markdown {read_md}/{stated}, plain {read_txt}/{stated}")
        for k, d in missed[:int(os.environ.get("SHOW", "15"))]:
            print(f"  header date not read: {k}: {d}")
        with_title = sum(1 for d in a.values() if d.get("title"))
        dated = sum(1 for d in b.values() if d.get("date"))
        print(f"plain text: title {sum(1 for d in b.values() if d.get('title'))}/{total}, date {dated}/{total}, "
              f"number {sum(1 for d in b.values() if d.get('docNumber'))}/{total}, adopting body {sum(1 for d in b.values() if d.get('adoptingBody'))}/{total}")
        if differ:
            print(f"first differences ({len(differ)} in all):")
            for k, why in differ[:int(os.environ.get("SHOW", "15"))]:
                print(f"  {k}: {why[:200]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


def load_plain():
    import importlib.machinery, importlib.util
    path = os.path.join(ROOT, "scripts", "law-to-plain")
    loader = importlib.machinery.SourceFileLoader("law_to_plain", path)
    spec = importlib.util.spec_from_loader("law_to_plain", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module.plain


CLAUSE = re.compile(r"[（(]([^（）()]{2,200})[）)]")
CLAUSE_WORDS = ("负责", "牵头", "配合", "参与", "指导", "责任单位", "责任部门", "负责部门", "牵头单位")


def has_clause(text):
    """A parenthesis that names who is responsible (read independently of the parser)."""
    for m in CLAUSE.finditer(text):
        inner = m.group(1)
        if any(w in inner for w in CLAUSE_WORDS):
            return True
    return False


def govcn(folder):
    corpus = folder or shared("govcn-2018-2019")
    if not corpus:
        print("check-reading --govcn: govcn-2018-2019 corpus not found under ../shared/corpora; nothing measured")
        return 0
    d = docs(corpus)
    with_clause = with_dept = 0
    misses = []
    zero = []
    for k in sorted(d):
        doc = d[k]
        for m in doc["measures"]:
            if has_clause(m["text"]):
                with_clause += 1
                if m["responsible"]:
                    with_dept += 1
                else:
                    misses.append((k, m["label"], m["text"][-80:]))
        text = open(os.path.join(corpus, doc["source"]["path"]), encoding="utf-8", errors="replace").read()
        numbered = len(re.findall(r"^\s*(第[一二三四五六七八九十百]+条|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", text, re.M))
        if numbered >= 3 and doc["measureCount"] == 0:
            zero.append((k, numbered))
    print(f"govcn corpus: {corpus}: {len(d)} documents, {sum(x['measureCount'] for x in d.values())} measures")
    print(f"clause recall (measures whose text holds a responsibility parenthesis and got departments): "
          f"{with_dept}/{with_clause} = {100.0 * with_dept / max(1, with_clause):.1f} %")
    print(f"documents with numbered provisions (3 or more 第X条, 一、 or （一） lines) and 0 measures: {len(zero)}")
    for k, n in zero:
        print(f"  {k}: {n} numbered lines, 0 measures")
    for k, label, tail in misses[:20]:
        print(f"  miss {k} {label}: …{tail}")
    return 0


def dev():
    base = os.path.join(ROOT, "Tests", "Fixtures", "real")
    with open(os.path.join(base, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    d = docs(base)
    meta_ok = meta_all = 0
    tp = fp = fn = 0
    clause_all = clause_ok = 0
    measures_ok = 0
    wrong = []
    for k, want in sorted(expected["documents"].items()):
        got = d.get(k)
        if got is None:
            wrong.append(f"{k}: not read"); continue
        for field, value in want.get("metadata", {}).items():
            meta_all += 1
            if got.get(field) == value:
                meta_ok += 1
            else:
                wrong.append(f"{k}: {field} {got.get(field)!r}, expected {value!r}")
        if "measureCount" in want:
            meta_all += 1
            if got["measureCount"] == want["measureCount"]:
                meta_ok += 1; measures_ok += 1
            else:
                wrong.append(f"{k}: measureCount {got['measureCount']}, expected {want['measureCount']}")
        by_label = {}
        for m in got["measures"]:
            by_label.setdefault("/".join(m["path"]), m)
            by_label.setdefault(m["label"], m)
        for label, names in want.get("departments", {}).items():
            m = by_label.get(label)
            got_names = set()
            if m is not None:
                got_names = {r["name"] for r in m["responsible"]}
            clause_all += 1
            if got_names:
                clause_ok += 1
            want_set = set(names)
            tp += len(want_set & got_names); fp += len(got_names - want_set); fn += len(want_set - got_names)
            if want_set != got_names:
                wrong.append(f"{k} {label}: missing {sorted(want_set - got_names)}, extra {sorted(got_names - want_set)}")
    p = tp / max(1, tp + fp); r = tp / max(1, tp + fn); f1 = 2 * p * r / max(1e-9, p + r)
    print(f"dev set: {base}: {len(expected['documents'])} documents")
    print(f"metadata (fields read by hand, measure counts included): {meta_ok}/{meta_all}")
    print(f"clause recall on labelled measures: {clause_ok}/{clause_all} = {100.0 * clause_ok / max(1, clause_all):.1f} %")
    print(f"departments on labelled measures: {tp + fn} expected units, precision {p:.3f}, recall {r:.3f}, F1 {f1:.3f}")
    for w in wrong[:30]:
        print("  " + w)
    return 0


def penalties():
    """Bodies read from penalty and enforcement articles against Benchmarks/responsibility-labels.tsv, per part."""
    corpus = shared("lawrefbook")
    if corpus is None:
        print("check-reading --penalties: lawrefbook corpus not found under ../shared/corpora; nothing measured")
        return 0
    rows = []
    with open(os.path.join(ROOT, "Benchmarks", "responsibility-labels.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            part, path, label, names = line.rstrip("\n").split("\t")
            rows.append((part, path, label, {n for n in names.split("|") if n}))
    with tempfile.TemporaryDirectory() as tmp:
        for path in {r[1] for r in rows}:
            os.makedirs(os.path.join(tmp, os.path.dirname(path)), exist_ok=True)
            shutil.copyfile(os.path.join(corpus, path), os.path.join(tmp, path))
        d = {doc["source"]["path"]: doc for doc in docs(tmp).values()}
    print(f"penalty articles: {corpus}: {len(rows)} articles labelled by hand (Benchmarks/responsibility-labels.tsv)")
    wrong = []
    for part in sorted({r[0] for r in rows}, key=["tuned", "held", "fresh"].index):
        tp = fp = fn = ok = 0
        for _, path, label, want in (r for r in rows if r[0] == part):
            doc = d.get(path)
            m = next((m for m in doc["measures"] if m["label"] == label), None) if doc else None
            got = {r["name"] for r in m["responsible"]} if m else set()
            tp += len(got & want); fp += len(got - want); fn += len(want - got); ok += got == want
            if got != want:
                wrong.append(f"{part} {path} {label}: missing {sorted(want - got)}, extra {sorted(got - want)}")
        n = sum(1 for r in rows if r[0] == part)
        p = tp / max(1, tp + fp); r = tp / max(1, tp + fn)
        print(f"{part:6} {n} articles: bodies precision {p:.3f}, recall {r:.3f}; articles read exactly {ok}/{n}")
    for w in wrong[:30]:
        print("  " + w)
    return 0


def main():
    if not ARGS or ARGS[0] not in ("--law", "--govcn", "--dev", "--penalties"):
        print(__doc__ or "", "usage: scripts/check-reading --law [N] [DIR] | --govcn [DIR] | --dev | --penalties", file=sys.stderr)
        return 64
    if ARGS[0] == "--law":
        rest = ARGS[1:]
        n = int(rest.pop(0)) if rest and rest[0].isdigit() else 600
        return law(n, rest[0] if rest else None)
    if ARGS[0] == "--govcn":
        return govcn(ARGS[1] if len(ARGS) > 1 else None)
    if ARGS[0] == "--penalties":
        return penalties()
    return dev()


sys.exit(main())
