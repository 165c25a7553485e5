#!/usr/bin/env python3
"""validate_ak.py - check probe-AK corpus files against the pii-bench document schema.

Usage: validate_ak.py FILE... [--quiet]      exit status 0 = all checks passed, 1 = failures.

Checks per record: required fields and enumerations; offsets are in range and text[start:end] == value
for every entity and negative; `core` lies inside its entity; entities do not overlap each other;
negatives and ignore spans do not overlap entities; JSON-format documents parse; json4k documents are
3,600-4,700 UTF-8 bytes (text4k too); long64k documents have >= 64,000 code points; stream documents
have 1-16 code-point chunks that join to the text; Luhn / mod-97 / SNILS / INN / SSN / NHS checks on
the values that carry them; negatives of type NEG_CARD_LIKE fail Luhn.  Per file: every entity type is
used, every shape present, >= 120 distinct templates (ignoring stream docs' reuse), unique ids,
locales in roughly equal shares.
"""
import json
import re
import sys
from collections import Counter, defaultdict

TYPES = ["EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH",
         "STREET_ADDRESS", "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"]
SHAPES = ["chat", "json", "json4k", "text4k", "long64k", "stream", "obfuscated"]
LOCALES = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
REQ = ["id", "split", "shape", "format", "locale", "lang", "template", "text", "entities", "negatives", "ignore"]
MIN_TEMPLATES = 120


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def snils_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 11:
        return False
    s = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
    cs = s if s < 100 else (0 if s in (100, 101) else s % 101)
    cs = 0 if cs == 100 else cs
    return cs == int(d[9:])


def inn_ok(v):
    if not v.isdigit():
        return False
    c = lambda w, s: sum(int(x) * y for x, y in zip(s, w)) % 11 % 10  # noqa: E731
    if len(v) == 10:
        return c([2, 4, 10, 3, 5, 9, 4, 6, 8], v) == int(v[9])
    if len(v) == 12:
        return (c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], v) == int(v[10])
                and c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], v) == int(v[11]))
    return False


def ssn_ok(v):
    d = re.sub(r"\D", "", v)
    return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def nhs_ok(v):
    d = re.sub(r"\D", "", v)
    if len(d) != 10:
        return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def check_doc(d, errs):
    def err(msg):
        errs.append("%s: %s" % (d.get("id", "?"), msg))

    for k in REQ:
        if k not in d:
            err("missing field %s" % k)
            return
    text = d["text"]
    if d["shape"] not in SHAPES:
        err("bad shape %r" % d["shape"])
    if d["locale"] not in LOCALES or LOCALES[d["locale"]] != d["lang"]:
        err("bad locale/lang %r/%r" % (d["locale"], d["lang"]))
    if d["format"] not in ("text", "json"):
        err("bad format")
    # spans
    spans = []
    for e in d["entities"]:
        if e["type"] not in TYPES:
            err("unknown entity type %s" % e["type"])
        s, t = e["start"], e["end"]
        if not (0 <= s < t <= len(text)):
            err("entity offsets out of range %r" % e)
            continue
        if text[s:t] != e["value"]:
            err("entity value mismatch %r vs %r" % (text[s:t], e["value"]))
        if "core" in e:
            cs, ce = e["core"]
            if not (s <= cs < ce <= t):
                err("core outside entity %r" % e)
        if not any(ch.isalnum() for ch in e["value"]):
            err("entity without alnum chars %r" % e)
        if text[s].isspace() or text[t - 1].isspace():
            err("entity has outer whitespace %r" % e["value"])
        spans.append((s, t))
        if not e.get("obf"):
            v = e["value"]
            if e["type"] == "CREDIT_CARD" and not luhn_ok(re.sub(r"\D", "", v)):
                err("card fails Luhn %r" % v)
            if e["type"] == "IBAN" and not iban_ok(v):
                err("IBAN fails mod-97 %r" % v)
            if e["type"] == "RU_SNILS" and not snils_ok(v):
                err("SNILS checksum %r" % v)
            if e["type"] == "RU_INN" and not inn_ok(v):
                err("INN checksum %r" % v)
            if e["type"] == "US_SSN" and not ssn_ok(v):
                err("invalid SSN %r" % v)
            if e["type"] == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "nhs_number" and not nhs_ok(v):
                err("NHS checksum %r" % v)
    spans.sort()
    for (a, b), (c, _) in zip(spans, spans[1:]):
        if c < b:
            err("overlapping entities at %d" % c)
    def overlaps(s, t):
        return any(s < b and a < t for a, b in spans)
    for n in d["negatives"]:
        s, t = n["start"], n["end"]
        if not n["type"].startswith("NEG_"):
            err("negative type %s" % n["type"])
        if not (0 <= s < t <= len(text)) or text[s:t] != n["value"]:
            err("negative mismatch %r" % n)
            continue
        if overlaps(s, t):
            err("negative overlaps entity %r" % n)
        if n["type"] == "NEG_CARD_LIKE" and luhn_ok(re.sub(r"\D", "", n["value"])):
            err("card-like negative passes Luhn %r" % n["value"])
    for s, t in d["ignore"]:
        if not (0 <= s < t <= len(text)):
            err("ignore out of range")
        elif overlaps(s, t):
            err("ignore overlaps entity [%d,%d]" % (s, t))
    # shapes
    if d["format"] == "json":
        try:
            json.loads(text)
        except Exception as ex:
            err("JSON does not parse: %s" % ex)
    nb = len(text.encode("utf-8"))
    if d["shape"] in ("json4k", "text4k") and not (3600 <= nb <= 4700):
        err("%s size %d bytes outside 3600-4700" % (d["shape"], nb))
    if d["shape"] == "json4k" and d["format"] != "json":
        err("json4k must be json")
    if d["shape"] == "long64k" and len(text) < 64000:
        err("long64k has only %d code points" % len(text))
    if d["shape"] == "stream":
        ch = d.get("chunks")
        if not ch or "".join(ch) != text:
            err("stream chunks do not join to text")
        elif any(not (1 <= len(c) <= 16) for c in ch):
            err("stream chunk size outside 1-16")
        if d.get("base_shape") not in ("chat", "json", "text4k"):
            err("stream base_shape %r" % d.get("base_shape"))
    elif "chunks" in d:
        err("chunks on non-stream doc")
    if d["shape"] == "obfuscated" and not any(e.get("obf") for e in d["entities"]):
        err("obfuscated doc without obfuscated entity")
    if not d["entities"]:
        err("document without entities")


def check_file(path, quiet):
    errs = []
    docs = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            try:
                docs.append(json.loads(line))
            except Exception as ex:
                errs.append("line %d: not JSON (%s)" % (i, ex))
    for d in docs:
        check_doc(d, errs)
    ids = Counter(d.get("id") for d in docs)
    for k, v in ids.items():
        if v > 1:
            errs.append("duplicate id %s" % k)
    types = Counter(e["type"] for d in docs for e in d["entities"])
    for t in TYPES:
        if not types[t]:
            errs.append("entity type %s never used" % t)
    shapes = Counter(d["shape"] for d in docs)
    for s in SHAPES:
        if not shapes[s]:
            errs.append("shape %s missing" % s)
    tpl_by_shape = defaultdict(set)
    for d in docs:
        if d["shape"] != "stream":
            tpl_by_shape[d["shape"]].add(d["template"])
    all_tpl = set().union(*tpl_by_shape.values()) if tpl_by_shape else set()
    if len(all_tpl) < MIN_TEMPLATES:
        errs.append("only %d distinct templates (< %d)" % (len(all_tpl), MIN_TEMPLATES))
    locs = Counter(d["locale"] for d in docs)
    if locs and max(locs.values()) > 1.3 * min(locs.values()) + 2:
        errs.append("locale shares unbalanced: %s" % dict(locs))
    negs = Counter(n["type"] for d in docs for n in d["negatives"])
    if not quiet:
        print("== %s: %d docs" % (path, len(docs)))
        print("  shape       docs  templates")
        for s in SHAPES:
            nt = len({d["template"] for d in docs if d["shape"] == s})
            print("  %-10s %5d  %5d%s" % (s, shapes[s], nt, "  (reused base templates)" if s == "stream" else ""))
        print("  distinct templates (non-stream): %d" % len(all_tpl))
        print("  locales:", dict(sorted(locs.items())))
        print("  entities:", sum(types.values()), dict(sorted(types.items())))
        print("  obfuscation kinds:", dict(sorted(Counter(e["obf"] for d in docs for e in d["entities"] if e.get("obf")).items())))
        print("  negatives:", sum(negs.values()), dict(sorted(negs.items())))
        print("  json styles:", dict(sorted(Counter(d.get("json_style") for d in docs if d["format"] == "json").items())))
    return errs


def main():
    args = [a for a in sys.argv[1:] if a != "--quiet"]
    quiet = "--quiet" in sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    bad = 0
    for p in args:
        errs = check_file(p, quiet)
        for e in errs[:50]:
            print("FAIL", p, e)
        if len(errs) > 50:
            print("FAIL ... and %d more" % (len(errs) - 50))
        print("%s: %s (%d problems)" % (p, "OK" if not errs else "FAILED", len(errs)))
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
