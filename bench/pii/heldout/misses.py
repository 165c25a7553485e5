"""Print each missed entity and each destroyed hard negative of a corpus, with context, then recall by locale.

    python bench/pii/heldout/misses.py [--corpus bench/pii/out/probe.jsonl] [--bench /work/shared/pii-bench] [--root CHECKOUT]
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ctx(text, s, e, width=60):
    return (text[max(0, s - width):s] + "<<" + text[s:e] + ">>" + text[e:e + width]).replace("\n", "\\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(HERE), "out", "probe.jsonl"))
    ap.add_argument("--bench", default=os.environ.get("BENCH", os.path.join(HERE, "..", "..", "..", "..", "shared", "pii-bench")))
    ap.add_argument("--shapes", default="chat,json,json4k,text4k,long64k,obfuscated")
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.dirname(HERE))),
                    help="collection checkout whose engine to run (default: this one)")
    a = ap.parse_args()
    score = load_module("pii_score", os.path.join(a.bench, "score.py"))
    eng = load_module("mia_adapter", os.path.join(a.root, "bench", "pii", "mia_adapter.py")).MiaEngine()
    ph_re = re.compile(eng.placeholder_regex + "|" + score.DEFAULT_PLACEHOLDER)
    shapes = set(a.shapes.split(","))
    misses = collections.Counter()
    by_locale = collections.defaultdict(lambda: [0, 0])
    with open(a.corpus, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    for d in docs:
        if d["shape"] not in shapes:
            continue
        out = eng.redact(d["text"])
        res = collections.defaultdict(lambda: collections.defaultdict(score.Acc))
        caught, ops, marks, out2 = score.score_doc(d, out, ph_re, res, "")
        for e, ok in zip(d["entities"], caught):
            if d["shape"] != "obfuscated":
                by_locale[d["locale"]][0] += 1
                by_locale[d["locale"]][1] += ok
            if not ok:
                misses[e["type"]] += 1
                print("MISS %-22s %-6s %s | %s" % (e["type"], d["locale"], d["template"], ctx(d["text"], e["start"], e["end"])))
        surv, ops = score.survival(d["text"], out2)
        for n in d["negatives"]:
            if not all(surv[i] for i in range(n["start"], n["end"]) if d["text"][i].isalnum()):
                print("NEG  %-22s %-6s %s | %s" % (n["type"], d["locale"], d["template"], ctx(d["text"], n["start"], n["end"])))
    print(dict(misses))
    print("recall by locale (clean shapes): " + ", ".join("%s %.1f%% (%d)" % (loc, 100.0 * k / n, n) for loc, (n, k) in sorted(by_locale.items())))


if __name__ == "__main__":
    main()
