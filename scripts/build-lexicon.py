#!/usr/bin/env python3
"""Builds the segmenter's compact resources from jieba 0.42.1 (MIT licence).

    python3 scripts/build-lexicon.py [JIEBA_PACKAGE_DIR]

JIEBA_PACKAGE_DIR is the `jieba/` folder of the jieba sdist (`pip download jieba==0.42.1`)
or of an installed jieba (default: the one `import jieba` finds). It reads `dict.txt`
(word, frequency, tag) and `finalseg/prob_{start,trans,emit}.py` (the character HMM) and writes

  Sources/ZhengceText/Resources/jieba-lexicon.bin   the word trie with costs
  Sources/ZhengceText/Resources/jieba-hmm.bin       the B/M/E/S character HMM

Formats (all little-endian), read by Sources/ZhengceText/Lexicon/*.swift:

  jieba-lexicon.bin: "ZCLX" | u32 version=1 | u32 nodeCount N | u32 reserved | u64 totalFrequency
                     | u16 label[N] | u16 cost[N] | u32 firstChild[N+1]
    Nodes in breadth-first order, node 0 the root; the children of node n are the nodes
    firstChild[n] ..< firstChild[n+1], sorted by their UTF-16 label. cost is
    round(2048 * -ln(freq / totalFrequency)), 0xFFFF for a node that is only a prefix.
  jieba-hmm.bin:     "ZCHM" | u32 version=1 | u32 charCount C | u32 reserved
                     | f64 start[4] | f64 trans[4][4] | u32 scalar[C] | f64 emit[C][4]
    States in the order B, M, E, S; impossible values are -1e30; scalars sorted.
"""
import ast
import hashlib
import math
import os
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "ZhengceText", "Resources")
IMPOSSIBLE = -1e30
STATES = "BMES"


def jieba_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    import jieba  # noqa: F401  (only to find its folder)
    return os.path.dirname(jieba.__file__)


def read_literal(path):
    source = open(path, encoding="utf-8").read()
    return ast.literal_eval(source[source.index("P=") + 2:].strip())


def build_trie(path):
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            words[parts[0]] = words.get(parts[0], 0) + int(parts[1])
    total = sum(words.values())
    root = {}
    for word, freq in words.items():
        node = root
        for unit in struct.unpack("<%dH" % (len(word.encode("utf-16-le")) // 2), word.encode("utf-16-le")):
            node = node.setdefault(unit, {})
        if freq > 0:
            cost = round(2048 * -math.log(freq / total))
            node[None] = min(cost, 0xFFFE)
    labels, costs, first = [0], [root.get(None, 0xFFFF)], []
    queue, head = [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        first.append(len(labels))
        for unit in sorted(k for k in node if k is not None):
            child = node[unit]
            labels.append(unit)
            costs.append(child.get(None, 0xFFFF))
            queue.append(child)
    first.append(len(labels))
    n = len(labels)
    blob = b"ZCLX" + struct.pack("<III Q", 1, n, 0, total)
    blob += struct.pack("<%dH" % n, *labels) + struct.pack("<%dH" % n, *costs)
    blob += struct.pack("<%dI" % (n + 1), *first)
    return blob, len(words), n, total


def build_hmm(folder):
    start = read_literal(os.path.join(folder, "prob_start.py"))
    trans = read_literal(os.path.join(folder, "prob_trans.py"))
    emit = read_literal(os.path.join(folder, "prob_emit.py"))
    clamp = lambda v: max(v, IMPOSSIBLE)
    chars = sorted({ord(c) for table in emit.values() for c in table})
    blob = b"ZCHM" + struct.pack("<III", 1, len(chars), 0)
    blob += struct.pack("<4d", *(clamp(start.get(s, IMPOSSIBLE)) for s in STATES))
    for a in STATES:
        blob += struct.pack("<4d", *(clamp(trans.get(a, {}).get(b, IMPOSSIBLE)) for b in STATES))
    blob += struct.pack("<%dI" % len(chars), *chars)
    for c in chars:
        blob += struct.pack("<4d", *(clamp(emit[s].get(chr(c), IMPOSSIBLE)) for s in STATES))
    return blob, len(chars)


def main():
    folder = jieba_dict = jieba_dir()
    jieba_dict = os.path.join(folder, "dict.txt")
    trie, words, nodes, total = build_trie(jieba_dict)
    hmm, chars = build_hmm(os.path.join(folder, "finalseg"))
    os.makedirs(OUT, exist_ok=True)
    for name, blob in (("jieba-lexicon.bin", trie), ("jieba-hmm.bin", hmm)):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(blob)
    digest = hashlib.sha256(open(jieba_dict, "rb").read()).hexdigest()
    print(f"dict.txt sha256 {digest}: {words} words, {nodes} trie nodes, total frequency {total}")
    print(f"HMM: {chars} characters with emission probabilities")


if __name__ == "__main__":
    main()
