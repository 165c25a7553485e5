#!/usr/bin/env python3
"""List the entities an engine misses on a probe corpus, with score.py's own criterion.

    python misses_f.py --corpus /tmp/probe_f.jsonl [--score /work/shared/pii-bench/score.py] \
        [--py bench/pii/mia_adapter.py:MiaEngine] [--examples 2]

A miss is an entity with fewer than THRESHOLD of the alnum chars of its core/span masked after score.py's
neutralize + LCS survival.  Misses are bucketed as
  untouched     - the exact value is still in the output,
  partial       - some of it was masked, the rest survives in place,
  lcs_artifact  - the exact value is gone and no surviving run inside it is longer than 2 chars, i.e. the whole span
                  was most likely replaced and the LCS aligned scattered chars to identical chars elsewhere.
Stream docs are fed chunk by chunk through the engine's stream() session (the scorer's protocol).
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


def run_doc(red, doc):
    if doc["shape"] != "stream":
        return red.redact(doc["text"])
    sess = red.stream_session()
    return "".join(sess.feed(c) for c in doc["chunks"]) + sess.flush()


def longest_run(surv, idx):
    best = cur = 0
    prev = -2
    for i in idx:
        cur = (cur + 1 if i == prev + 1 else 1) if surv[i] else 0
        best, prev = max(best, cur), i
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--score", default="/work/shared/pii-bench/score.py")
    ap.add_argument("--py", default="bench/pii/mia_adapter.py:MiaEngine")
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args()
    sc = load_score(args.score)
    red = sc.PyRedactor(args.py)
    ph = re.compile(sc.DEFAULT_PLACEHOLDER + ("|" + red.placeholder_regex if red.placeholder_regex else ""))
    buckets, examples = collections.Counter(), collections.defaultdict(list)
    kinds, total = collections.Counter(), 0
    with open(args.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    for doc in docs:
        text = doc["text"]
        out = run_doc(red, doc)
        out2, _ = sc.neutralize(out, ph, text)
        surv, _ = sc.survival(text, out2)
        for e in doc["entities"]:
            total += 1
            s, t = e.get("core", (e["start"], e["end"]))
            idx = [i for i in range(s, t) if text[i].isalnum()]
            masked = sum(1 for i in idx if not surv[i])
            if masked >= sc.THRESHOLD * len(idx):
                continue
            if e["value"] in out:
                why = "untouched"
            elif longest_run(surv, idx) <= 2:
                why = "lcs_artifact"
            else:
                why = "partial"
            kinds[why] += 1
            key = (e["type"], e.get("obf") or e.get("sub") or "-", doc["shape"] if doc["shape"] in ("obfuscated", "stream") else "clean",
                   doc["template"], why)
            buckets[key] += 1
            if len(examples[key]) < args.examples:
                a, b = max(0, e["start"] - 50), min(len(text), e["end"] + 30)
                examples[key].append((doc["id"], e["value"], text[a:b], masked, len(idx)))
    print("misses: %d of %d entities  %s" % (sum(buckets.values()), total, dict(kinds)))
    for key, n in buckets.most_common():
        print("\n%4d  %s" % (n, " | ".join(key)))
        for did, val, ctx, m, k in examples[key]:
            print("      %s  masked %d/%d  %r\n        ctx: %r" % (did, m, k, val, ctx))


if __name__ == "__main__":
    main()
