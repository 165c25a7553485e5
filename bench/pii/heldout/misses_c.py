"""List missed entities and damaged hard negatives of probe C (same criterion as score.py).

    python bench/pii/heldout/misses_c.py [--corpus /tmp/probe_c.jsonl] [--shapes chat,json,json4k,text4k,obfuscated]
"""
import argparse
import collections
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = "/work/shared/pii-bench/score.py"


def load_mod(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def ctx(text, s, e, w=60):
    return (text[max(0, s - w):s] + "\u27e6" + text[s:e] + "\u27e7" + text[e:e + w]).replace("\n", "\u21b5")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/tmp/probe_c.jsonl")
    ap.add_argument("--shapes", default="chat,json,json4k,text4k,obfuscated")
    a = ap.parse_args()
    sc = load_mod(BENCH, "pii_score")
    eng = load_mod(os.path.join(os.path.dirname(HERE), "mia_adapter.py"), "mia_adapter").MiaEngine()
    ph = eng.placeholder_regex + "|" + sc.DEFAULT_PLACEHOLDER if eng.placeholder_regex else sc.DEFAULT_PLACEHOLDER
    ph_re = re.compile(ph)
    shapes = set(a.shapes.split(","))
    miss, dmg = collections.Counter(), collections.Counter()
    for line in open(a.corpus, encoding="utf-8"):
        d = json.loads(line)
        if d["shape"] not in shapes:
            continue
        text = d["text"]
        out = eng.redact(text)
        out2, marks = sc.neutralize(out, ph_re, text)
        surv = sc.survival(text, out2)[0]
        for e in d["entities"]:
            s, t = e.get("core", (e["start"], e["end"]))
            idx = [i for i in range(s, t) if text[i].isalnum()]
            if sum(1 for i in idx if not surv[i]) < sc.THRESHOLD * len(idx):
                miss[e["type"]] += 1
                print("MISS %-22s %-10s %-8s %-14s %s" % (e["type"], e.get("obf") or d["shape"], d["locale"], d["template"], ctx(text, e["start"], e["end"])))
        for n in d["negatives"]:
            if not all(surv[i] for i in range(n["start"], n["end"]) if text[i].isalnum()):
                dmg[n["type"]] += 1
                print("NEG  %-22s %-10s %-8s %-14s %s" % (n["type"], d["shape"], d["locale"], d["template"], ctx(text, n["start"], n["end"])))
    print("missed:", dict(miss))
    print("damaged negatives:", dict(dmg))


if __name__ == "__main__":
    main()
