"""misses_e.py - list entities missed and hard negatives damaged on probe E, with score.py's criterion.

    .venv/bin/python bench/pii/heldout/misses_e.py --corpus /tmp/probe_e.jsonl [--py bench/pii/mia_adapter.py:MiaEngine]
        [--score /work/shared/pii-bench/score.py] [--max 6]

Entities are judged by score.py's own score_doc (THRESHOLD on the alnum characters of `core` or the span, after
neutralize + survival); a negative is damaged when any of its alnum characters does not survive.  Stream documents
are redacted unstreamed (their text), so this lists detection misses, not streaming leaks.
"""

import argparse
import collections
import importlib.util
import json
import re


def load_score(path):
    spec = importlib.util.spec_from_file_location("pii_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ctx(text, s, e, width=60):
    return (text[max(0, s - width) : s] + "\u27e8" + text[s:e] + "\u27e9" + text[e : e + width]).replace("\n", "\u23ce")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--py", default="bench/pii/mia_adapter.py:MiaEngine")
    ap.add_argument("--score", default="/work/shared/pii-bench/score.py")
    ap.add_argument("--max", type=int, default=6, help="examples printed per group")
    args = ap.parse_args()
    sc = load_score(args.score)
    red = sc.PyRedactor(args.py)
    ph_re = re.compile(red.placeholder_regex or sc.DEFAULT_PLACEHOLDER)
    misses, damaged = collections.defaultdict(list), collections.defaultdict(list)
    tot_e, tot_n = collections.Counter(), collections.Counter()
    with open(args.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    for d in docs:
        text = d["text"]
        out = red.redact(text)
        res = collections.defaultdict(lambda: collections.defaultdict(sc.Acc))
        caught, _, _, out2 = sc.score_doc(d, out, ph_re, res, "x_")
        surv, _ = sc.survival(text, out2)
        for e, ok in zip(d["entities"], caught):
            key = e["type"] + ("/obf:" + e["obf"] if e.get("obf") else "")
            tot_e[e["type"]] += 1
            if not ok:
                misses[(key, d["template"])].append((d["id"], e.get("sub"), ctx(text, e["start"], e["end"])))
        for n in d["negatives"]:
            tot_n[n["type"]] += 1
            if not all(surv[i] for i in range(n["start"], n["end"]) if text[i].isalnum()):
                damaged[(n["type"], d["template"])].append((d["id"], None, ctx(text, n["start"], n["end"])))
    for title, groups, tot in (("MISSED ENTITIES", misses, tot_e), ("DAMAGED HARD NEGATIVES", damaged, tot_n)):
        by_type = collections.Counter()
        for (key, _), items in groups.items():
            by_type[key.split("/obf:")[0]] += len(items)
        print("=" * 20, title, sum(by_type.values()), "of", sum(tot.values()))
        print("  by type: " + ", ".join("%s %d/%d" % (t, by_type[t], tot[t]) for t in sorted(by_type)))
        for (key, tpl), items in sorted(groups.items(), key=lambda kv: (kv[0][0], -len(kv[1]), kv[0][1])):
            print("\n[%s] %s: %d" % (key, tpl, len(items)))
            for did, sub, c in items[: args.max]:
                print("   %s%s  %s" % (did, " (" + sub + ")" if sub else "", c))
        print()


if __name__ == "__main__":
    main()
