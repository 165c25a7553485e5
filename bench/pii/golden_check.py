"""Record or compare the engine's outputs over a corpus (guard for speed work: same results).

    python bench/pii/golden_check.py --record GOLD.jsonl [--corpus dev.jsonl]
    python bench/pii/golden_check.py GOLD.jsonl [--corpus dev.jsonl]

Every document goes through ``redact``, ``redact_text``, ``redact_json`` (JSON-looking ones),
``stream()`` (documents with chunks) and five variants (shifted windows, lower/upper case,
doubled spaces) that widen coverage beyond the corpus templates. Exit status 1 on any difference.
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mia_adapter import MiaEngine  # noqa: E402  (sets up the collection import path)


def outputs(engine, doc):
    text = doc["text"]
    out = {"id": doc["id"], "redact": engine.redact(text), "text": engine.redact_text(text)}
    if doc.get("format") == "json" or text.lstrip()[:1] in ("{", "["):
        out["json"] = engine.redact_json(text)
    n = len(text)
    for i, var in enumerate((text[n // 3:], text[:2 * n // 3], text.lower(), text.upper(), text.replace(" ", "  "))):
        out["v%d" % i] = engine.redact_text(var)
    if "chunks" in doc:
        s = engine.stream()
        out["stream"] = "".join(s.feed(c) for c in doc["chunks"]) + s.flush()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared", "pii-bench", "data", "dev.jsonl"))
    args = ap.parse_args()
    engine = MiaEngine().engine
    with open(args.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    t0 = time.process_time()
    cur = [outputs(engine, d) for d in docs]
    cpu = time.process_time() - t0
    if args.record:
        with open(args.gold, "w", encoding="utf-8") as fh:
            for o in cur:
                fh.write(json.dumps(o) + "\n")
        print("recorded %d docs, cpu %.2fs" % (len(cur), cpu))
        return 0
    with open(args.gold, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh]
    diffs = 0
    for g, c in zip(gold, cur):
        for k in g:
            if g[k] != c.get(k):
                diffs += 1
                if diffs <= 10:
                    print("DIFF", g["id"], k)
                    print("  gold:", repr(g[k])[:300])
                    print("  now: ", repr(c.get(k))[:300])
    print("docs %d, differences %d, cpu %.2fs" % (len(cur), diffs, cpu))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
