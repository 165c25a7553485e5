#!/usr/bin/env python3
"""List missed entities and damaged hard negatives of the engine on probe B (non-stream docs).

    python misses_b.py [--corpus /tmp/probe_b.jsonl] [--ctx 60] [--type PERSON] [--negs] [--summary]
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.environ.get("PII_BENCH_SCORE", "/work/shared/pii-bench/score.py")


def load_module(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def snip(text, s, e, ctx):
    return (text[max(0, s - ctx):s] + "⟦" + text[s:e] + "⟧" + text[e:e + ctx]).replace("\n", "⏎")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/tmp/probe_b.jsonl")
    ap.add_argument("--ctx", type=int, default=60)
    ap.add_argument("--type", help="only this entity type")
    ap.add_argument("--shape", help="only this shape (default: all non-stream)")
    ap.add_argument("--negs", action="store_true", help="also list damaged hard negatives")
    ap.add_argument("--summary", action="store_true", help="counts only")
    args = ap.parse_args()
    score = load_module(SCORE, "pii_score")
    sys.path.insert(0, os.path.dirname(HERE))
    eng = load_module(os.path.join(os.path.dirname(HERE), "mia_adapter.py"), "mia_adapter").MiaEngine()
    ph = score.DEFAULT_PLACEHOLDER
    if getattr(eng, "placeholder_regex", None):
        ph = eng.placeholder_regex + "|" + ph
    ph_re = re.compile(ph)
    by_key = collections.Counter()
    tot_key = collections.Counter()
    neg_bad = collections.Counter()
    for line in open(args.corpus, encoding="utf-8"):
        d = json.loads(line)
        if d["shape"] == "stream" or (args.shape and d["shape"] != args.shape):
            continue
        text = d["text"]
        out = eng.redact(text)
        out2, marks = score.neutralize(out, ph_re, text)
        surv, ops = score.survival(text, out2)
        for e in d["entities"]:
            if args.type and e["type"] != args.type:
                continue
            s, t = e.get("core", (e["start"], e["end"]))
            idx = [i for i in range(s, t) if text[i].isalnum()]
            masked = sum(1 for i in idx if not surv[i])
            key = (e["type"], d["locale"], e.get("obf") or d["shape"])
            tot_key[key] += 1
            if masked >= score.THRESHOLD * len(idx):
                continue
            by_key[key] += 1
            if not args.summary:
                kept = "".join(text[i] for i in range(e["start"], e["end"]) if surv[i])
                print("MISS %-22s %-6s %-5s %-26s masked %d/%d kept=%r\n    %s" % (
                    e["type"] + "/" + str(e.get("sub")), d["locale"], d["shape"][:5], d["template"][:26], masked, len(idx), kept,
                    snip(text, e["start"], e["end"], args.ctx)))
        for n in d["negatives"] if args.negs or args.summary else []:
            idx = [i for i in range(n["start"], n["end"]) if text[i].isalnum()]
            if all(surv[i] for i in idx):
                continue
            neg_bad[n["type"]] += 1
            if not args.summary:
                print("NEG  %-22s %-6s %-5s %-26s\n    %s" % (n["type"], d["locale"], d["shape"][:5], d["template"][:26],
                                                        snip(text, n["start"], n["end"], args.ctx)))
    print("\nmisses by (type, locale, shape/obfuscation):")
    for key, cnt in sorted(by_key.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %-6s %-11s %4d / %4d" % (key + (cnt, tot_key[key])))
    print("damaged negatives:", dict(neg_bad))


if __name__ == "__main__":
    main()
