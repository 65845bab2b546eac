#!/usr/bin/env python3
"""Word-level precision, recall and F1 of a segmentation against a gold one, as the SIGHAN
bakeoff scores them: a word counts as correct when its character span (start, end), over
the text with white space removed, is also a gold word's span.

    python3 scripts/score-segmentation.py GOLD SYSTEM [--json]

Both files: one sentence per line, words separated by white space, the same sentences in
the same order. Lines whose characters differ are reported and counted as wrong.
"""
import json
import sys


def spans(line):
    out, pos = set(), 0
    for word in line.split():
        out.add((pos, pos + len(word)))
        pos += len(word)
    return out, pos


def score(gold_lines, system_lines):
    correct = gold_total = system_total = mismatched = 0
    for i, gold in enumerate(gold_lines):
        system = system_lines[i] if i < len(system_lines) else ""
        g, _ = spans(gold)
        s, _ = spans(system)
        if "".join(gold.split()) != "".join(system.split()):
            mismatched += 1
            s = set()
        correct += len(g & s)
        gold_total += len(g)
        system_total += len(spans(system)[0])
    precision = correct / system_total if system_total else 0.0
    recall = correct / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold_words": gold_total,
            "system_words": system_total, "correct": correct, "mismatched_lines": mismatched}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit("usage: score-segmentation.py GOLD SYSTEM [--json]")
    read = lambda p: [l.rstrip("\n") for l in open(p, encoding="utf-8")]
    gold, system = read(args[0]), read(args[1])
    if len(gold) != len(system):
        print(f"warning: {len(gold)} gold lines, {len(system)} system lines", file=sys.stderr)
    result = score(gold, system)
    if "--json" in sys.argv:
        print(json.dumps(result, sort_keys=True))
    else:
        print("P={precision:.4f} R={recall:.4f} F1={f1:.4f} gold={gold_words} system={system_words} "
              "correct={correct} mismatched={mismatched_lines}".format(**result))


if __name__ == "__main__":
    main()
