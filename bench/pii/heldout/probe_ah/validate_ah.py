#!/usr/bin/env python3
"""Validate a probe-AH corpus file:  validate_ah.py FILE [FILE ...]  (exit 1 on any error).

Checks: required fields, unique ids, text[start:end] == value for entities and negatives, ignore spans in
range, entities sorted and non-overlapping, negatives disjoint from entities, JSON documents parse,
stream chunks (1-16 code points) join to text, no leftover template slots, and checksums of
un-obfuscated checksummed entities (Luhn, IBAN mod-97, SNILS, INN, NHS mod 11, SSN rules).
Prints per-shape / per-locale / per-type counts.
"""
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ah_values as V  # noqa: E402

SHAPES = {"chat", "json", "json4k", "text4k", "long64k", "stream", "obfuscated"}
TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS",
         "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER", "UK_NHS"}


def snils_ok(v):
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 11 and V.snils_check(d[:9]) == d[9:]


def nhs_ok(v):
    d = "".join(c for c in v if c.isdigit())
    return len(d) == 10 and V.nhs_check(d[:9]) == d[9]


CHECKS = {"CREDIT_CARD": V.luhn_ok, "IBAN": V.iban_ok, "RU_SNILS": snils_ok,
          "RU_INN": lambda v: V.inn_ok(v), "UK_NHS": nhs_ok, "US_SSN": V.ssn_ok}


def check_doc(d, errs):
    i = d.get("id")
    for k in ("id", "split", "shape", "format", "locale", "lang", "template", "text", "entities", "negatives", "ignore"):
        if k not in d:
            errs.append(f"{i}: missing {k}")
            return
    t = d["text"]
    if d["shape"] not in SHAPES:
        errs.append(f"{i}: bad shape {d['shape']}")
    if "⟨" in t or "⟩" in t:
        errs.append(f"{i}: leftover slot marker")
    for kind in ("entities", "negatives"):
        for e in d[kind]:
            if not (0 <= e["start"] < e["end"] <= len(t)):
                errs.append(f"{i}: {kind} out of range {e}")
            elif t[e["start"]:e["end"]] != e["value"]:
                errs.append(f"{i}: offset mismatch {e['type']} {t[e['start']:e['end']]!r} != {e['value']!r}")
            if kind == "entities":
                if e["type"] not in TYPES:
                    errs.append(f"{i}: unknown type {e['type']}")
                if not e.get("obf") and e["type"] in CHECKS and not CHECKS[e["type"]](e["value"]):
                    errs.append(f"{i}: checksum fails {e['type']} {e['value']!r}")
            elif not e["type"].startswith("NEG_"):
                errs.append(f"{i}: negative type {e['type']}")
    ents = sorted(d["entities"], key=lambda e: e["start"])
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            errs.append(f"{i}: overlapping entities {a['value']!r} / {b['value']!r}")
    for n in d["negatives"]:
        for e in ents:
            if n["start"] < e["end"] and e["start"] < n["end"]:
                errs.append(f"{i}: negative {n['value']!r} overlaps entity {e['value']!r}")
    for s, e in d["ignore"]:
        if not (0 <= s < e <= len(t)):
            errs.append(f"{i}: ignore out of range")
    if d["format"] == "json":
        try:
            json.loads(t)
        except ValueError as ex:
            errs.append(f"{i}: JSON does not parse: {ex}")
    if d["shape"] == "stream":
        ch = d.get("chunks")
        if not ch or "".join(ch) != t:
            errs.append(f"{i}: chunks do not join to text")
        elif any(not (1 <= len(c) <= 16) for c in ch):
            errs.append(f"{i}: chunk size outside 1..16")
        if "base_shape" not in d:
            errs.append(f"{i}: stream without base_shape")
    if d["shape"] == "obfuscated" and not any(e.get("obf") for e in d["entities"]):
        errs.append(f"{i}: obfuscated doc without obfuscated entity")


def main(paths):
    bad = 0
    for p in paths:
        docs = [json.loads(l) for l in open(p, encoding="utf-8")]
        errs = []
        ids = Counter(d["id"] for d in docs)
        errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
        for d in docs:
            check_doc(d, errs)
        shapes = Counter(d["shape"] for d in docs)
        locs = Counter(d["locale"] for d in docs)
        types = Counter(e["type"] for d in docs for e in d["entities"])
        negs = Counter(n["type"] for d in docs for n in d["negatives"])
        obf = Counter(e["obf"] for d in docs for e in d["entities"] if e.get("obf"))
        tpls = {d["template"] for d in docs if d["shape"] in ("chat", "json", "obfuscated")}
        print(f"== {p}: {len(docs)} docs, {len(errs)} errors")
        print("shapes :", dict(sorted(shapes.items())))
        print("locales:", dict(sorted(locs.items())))
        print("types  :", dict(sorted(types.items())), "total", sum(types.values()))
        print("negs   :", dict(sorted(negs.items())), "total", sum(negs.values()))
        print("obf    :", dict(sorted(obf.items())))
        print("distinct single-template names (chat/json/obfuscated):", len(tpls))
        print("sizes  :", {s: (min(len(d["text"]) for d in docs if d["shape"] == s),
                               max(len(d["text"]) for d in docs if d["shape"] == s)) for s in sorted(shapes)})
        for e in errs[:30]:
            print("  ERROR", e)
        bad += len(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
