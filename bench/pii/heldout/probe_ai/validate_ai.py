#!/usr/bin/env python3
"""validate_ai.py - structural and checksum validation of a probe-AI corpus file.

    validate_ai.py FILE [FILE ...] [--scale F]
Exit status 0 iff every check passes.
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict

import os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_probe_ai import SHAPES, SPELL, HOMO, luhn_ok, iban_ok, inn_ok, nhs_ok, snils_check  # noqa: E402

ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060"), None)


def normalize(v):
    v = v.translate(ZW)
    v = "".join(chr(ord(ch) - 0xFEE0) if "\uff10" <= ch <= "\uff19" else ch for ch in v)
    for words in SPELL.values():
        for i, w in enumerate(words):
            v = re.sub(r"(?<![^\s\-])" + re.escape(w) + r"(?![^\s\-])", str(i), v)
    return v


def digits(v):
    return "".join(ch for ch in normalize(v) if ch.isdigit())


def check_entity(e, errs, did):
    t, v = e["type"], e["value"]
    d = digits(v)
    if t == "CREDIT_CARD" and not (len(d) in (15, 16) and luhn_ok(d)):
        errs.append(f"{did}: card not Luhn-valid {v!r}")
    elif t == "IBAN":
        s = "".join(ch for ch in normalize(v) if ch.isalnum())
        if not iban_ok(s):
            errs.append(f"{did}: IBAN mod-97 fails {v!r}")
    elif t == "RU_SNILS" and not (len(d) == 11 and snils_check(d[:9]) == d[9:]):
        errs.append(f"{did}: SNILS checksum {v!r}")
    elif t == "RU_INN" and not (len(d) in (10, 12) and inn_ok(d)):
        errs.append(f"{did}: INN checksum {v!r}")
    elif t == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "uk_nhs" and not nhs_ok(d):
        errs.append(f"{did}: NHS mod-11 {v!r}")
    elif t == "US_SSN":
        if len(d) != 9 or d[:3] in ("000", "666") or d[0] == "9" or d[3:5] == "00" or d[5:] == "0000":
            errs.append(f"{did}: SSN invalid {v!r}")
    elif t == "RU_PASSPORT" and len(d) != 10:
        errs.append(f"{did}: passport length {v!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args()
    ok_all = True
    for path in a.files:
        errs = []
        shapes, types, negs, obf, locs = Counter(), Counter(), Counter(), Counter(), Counter()
        ids = set()
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            doc = json.loads(line)
            did = doc.get("id", f"line{ln}")
            for k in ("id", "split", "shape", "format", "locale", "lang", "template", "text", "entities", "negatives", "ignore"):
                if k not in doc:
                    errs.append(f"{did}: missing field {k}")
            if did in ids:
                errs.append(f"{did}: duplicate id")
            ids.add(did)
            text = doc["text"]
            shapes[doc["shape"]] += 1
            locs[doc["locale"]] += 1
            spans = []
            for e in doc["entities"]:
                if text[e["start"]:e["end"]] != e["value"]:
                    errs.append(f"{did}: entity offset mismatch {e}")
                if not e["value"] or e["value"] != e["value"].strip():
                    errs.append(f"{did}: entity value empty/padded {e['value']!r}")
                types[e["type"]] += 1
                if e.get("obf"):
                    obf[e["obf"]] += 1
                check_entity(e, errs, did)
                spans.append((e["start"], e["end"], "E"))
            for n in doc["negatives"]:
                if text[n["start"]:n["end"]] != n["value"] or not n["type"].startswith("NEG_"):
                    errs.append(f"{did}: negative mismatch {n}")
                if n["type"] == "NEG_CARD_INVALID" and luhn_ok(digits(n["value"])):
                    errs.append(f"{did}: card negative is Luhn-valid {n['value']}")
                negs[n["type"]] += 1
                spans.append((n["start"], n["end"], "N"))
            for s, e in doc["ignore"]:
                if not (0 <= s < e <= len(text)):
                    errs.append(f"{did}: bad ignore span {[s, e]}")
                spans.append((s, e, "I"))
            spans.sort()
            for x, y in zip(spans, spans[1:]):
                if y[0] < x[1]:
                    errs.append(f"{did}: overlapping spans {x} {y}")
            if doc["format"] == "json":
                try:
                    json.loads(text)
                except Exception as ex:
                    errs.append(f"{did}: JSON does not parse: {ex}")
            if doc["shape"] == "stream":
                ch = doc.get("chunks")
                if not ch or "".join(ch) != text:
                    errs.append(f"{did}: chunks do not concatenate to text")
                elif any(not 1 <= len(c) <= 16 for c in ch):
                    errs.append(f"{did}: chunk length outside 1-16")
                if doc.get("base_shape") not in ("chat", "json", "text4k"):
                    errs.append(f"{did}: bad base_shape")
            if doc["shape"] == "obfuscated" and not any(e.get("obf") for e in doc["entities"]):
                errs.append(f"{did}: obfuscated doc without obfuscated entity")
            if doc["shape"] == "json4k" and not 3000 <= len(text.encode()) <= 9000:
                errs.append(f"{did}: json4k size {len(text.encode())}")
            if doc["shape"] == "long64k" and len(text) < 64000:
                errs.append(f"{did}: long64k too short")
        for shape, n in SHAPES:
            want = max(1, round(n * a.scale))
            if shapes[shape] != want:
                errs.append(f"shape {shape}: {shapes[shape]} docs, expected {want}")
        print(f"== {path}: {sum(shapes.values())} docs, {sum(types.values())} entities, {sum(negs.values())} negatives")
        print("  shapes:", dict(shapes))
        print("  locales:", dict(locs))
        print("  entities:", dict(sorted(types.items())))
        print("  negatives:", dict(sorted(negs.items())))
        print("  obfuscations:", dict(sorted(obf.items())))
        for e in errs[:40]:
            print("  ERROR", e)
        print("  RESULT:", "OK" if not errs else f"FAIL ({len(errs)} errors)")
        ok_all &= not errs
    sys.exit(0 if ok_all else 1)


if __name__ == "__main__":
    main()
