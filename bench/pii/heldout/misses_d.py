#!/usr/bin/env python3
"""List the entities an engine misses and the hard negatives it damages on a probe corpus.

Uses the scorer's own alignment (score.py: neutralize / survival / THRESHOLD), so "missed" means exactly
what it means there: fewer than 90 % of the entity's sensitive alnum chars were masked.  Clean and obfuscated
documents are redacted whole; stream documents are redacted unstreamed (their streaming leak is in score.py).

    misses_d.py --corpus /tmp/probe_d.jsonl [--py bench/pii/mia_adapter.py:MiaEngine] [--types PERSON,MRN] [--max 8]
"""
import argparse
import collections
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def load_score(path):
    spec = importlib.util.spec_from_file_location("pii_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def context(text, s, e, width=60):
    left = text[max(0, s - width):s]
    right = text[e:e + width]
    return (left + "[[" + text[s:e] + "]]" + right).replace("\n", "\\n")


def out_pos(ops, i):
    """Output offset the scorer's alignment gives to input offset i."""
    for op in ops:
        if op.src_start <= i < op.src_end:
            return op.dest_start + (i - op.src_start if op.tag == "equal" else 0)
    return ops[-1].dest_end if ops else 0


def replaced_whole(value, out2, a0, a1):
    """True when no alnum run (>= 2 chars) of the value is left near its place in the output: the engine replaced
    the whole span and the miss comes from the LCS alignment pairing a stray letter with a neighbouring word."""
    window = out2[max(0, a0 - 30):a1 + 30]
    runs = re.findall(r"[^\W_]{2,}", value)
    return bool(runs) and not any(run in window for run in runs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--py", default=os.path.join(HERE, "..", "mia_adapter.py") + ":MiaEngine")
    ap.add_argument("--score", default="/work/shared/pii-bench/score.py")
    ap.add_argument("--types", default="", help="comma-separated entity / NEG_ types to show (default: all)")
    ap.add_argument("--max", type=int, default=6, help="examples per (type, template) group")
    a = ap.parse_args()
    sc = load_score(a.score)
    red = sc.PyRedactor(a.py)
    ph = "|".join(x for x in (red.placeholder_regex, sc.DEFAULT_PLACEHOLDER) if x)
    ph_re = re.compile(ph)
    wanted = set(t for t in a.types.split(",") if t)
    missed = collections.defaultdict(list)
    damaged = collections.defaultdict(list)
    totals = collections.Counter()
    with open(a.corpus, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh]
    for d in docs:
        text = d["text"]
        out2, _ = sc.neutralize(red.redact(text), ph_re, text)
        surv, ops = sc.survival(text, out2)
        for e in d["entities"]:
            s, t = e.get("core", (e["start"], e["end"]))
            idx = [i for i in range(s, t) if text[i].isalnum()]
            masked = sum(1 for i in idx if not surv[i])
            totals[e["type"]] += 1
            if masked < sc.THRESHOLD * len(idx):
                key = (e["type"], d["template"], e.get("obf") or d["shape"])
                a0, a1 = out_pos(ops, e["start"]), out_pos(ops, e["end"])
                got = out2[max(0, a0 - 25):a1 + 25].replace(sc.PUA, "\u25af").replace("\n", "\\n")
                note = " (whole span replaced: LCS alignment artifact)" if replaced_whole(e["value"], out2, a0, a1) else ""
                missed[key].append("%s %d/%d masked%s: %s\n        output: ...%s..." % (d["id"], masked, len(idx), note,
                                                                                        context(text, e["start"], e["end"]), got))
        for n in d["negatives"]:
            idx = [i for i in range(n["start"], n["end"]) if text[i].isalnum()]
            if not all(surv[i] for i in idx):
                damaged[(n["type"], d["template"], d["shape"])].append("%s: %s" % (d["id"], context(text, n["start"], n["end"])))
    for title, groups in (("MISSED ENTITIES", missed), ("DAMAGED HARD NEGATIVES", damaged)):
        print("=" * 20, title, "=" * 20)
        by_type = collections.Counter()
        for (typ, _, _), rows in groups.items():
            by_type[typ] += len(rows)
        for typ, n in sorted(by_type.items()):
            if wanted and typ not in wanted:
                continue
            extra = " of %d" % totals[typ] if typ in totals else ""
            print("\n## %s: %d%s" % (typ, n, extra))
            for key in sorted(k for k in groups if k[0] == typ):
                rows = groups[key]
                print("  -- template %s (%s): %d" % (key[1], key[2], len(rows)))
                for row in rows[:a.max]:
                    print("     " + row)


if __name__ == "__main__":
    main()
