#!/usr/bin/env python3
"""validate_aj.py - schema / consistency checks for probe-AJ corpora (pii-bench document schema).

    validate_aj.py FILE... [--scale F] [--quiet]

Checks every document: fields and their order, shape/format/locale/lang, offsets (value == text[start:end]),
core spans, no overlapping entities, negatives and ignore spans disjoint from entities, JSON documents parse,
checksums of typed values (Luhn, IBAN mod-97, SSN rules, SNILS, INN, NHS), stream chunks (1-16 code points,
concatenate to the text), obfuscated documents (>= 1 obfuscated entity of a README kind), size bands of
json4k / text4k / long64k, shape counts for the given scale, unique ids, and a scan for unlabeled e-mail
addresses, card numbers, IBANs and repeated entity values outside labelled spans.
Independent of the generator: nothing is imported from make_probe_aj.py.  Exit status 0 only if all pass.
"""
from __future__ import annotations

import argparse
import ipaddress
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict

SHAPES = {"chat": 150, "json": 90, "json4k": 60, "text4k": 60, "long64k": 4, "obfuscated": 60, "stream": 62}
LOCALES = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH",
         "STREET_ADDRESS", "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"}
NEG_TYPES = {"NEG_CARDLIKE", "NEG_VERSION", "NEG_ORDER_ID", "NEG_TIMESTAMP", "NEG_UUID", "NEG_HASH", "NEG_DATE",
             "NEG_TITLECASE", "NEG_EMAILLIKE", "NEG_B64", "NEG_NUMBER"}
OBF_KINDS = {"zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "defang"}
KEYS = ["id", "split", "shape", "format", "locale", "lang", "template", "holdout_only_template", "text", "entities",
        "negatives", "ignore"]
KEYS_STREAM = ["id", "split", "shape", "format", "locale", "lang", "template", "holdout_only_template", "base_shape",
               "text", "chunks", "entities", "negatives", "ignore"]
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "GB": 22, "IE": 22, "NL": 18, "ES": 24, "IT": 27,
            "PL": 28}
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
CYR2LAT = dict(zip("асеорхуАВСЕНКМОРТХіѕј", "aceopxyABCEHKMOPTXisj"))
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
CARD_RE = re.compile(r"(?<![\w])(?:\d[ \-]?){12,18}\d(?![\w])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


# ------------------------------------------------------------------------------------------ checksums
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if s[:2] in IBAN_LEN and len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def snils_ok(d):
    if len(d) != 11:
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return int(d[9:]) == c


def inn_ok(d):
    def chk(ds, w):
        return sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10
    if len(d) == 10:
        return chk(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) == int(d[9])
    if len(d) == 12:
        return (chk(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == int(d[10]) and
                chk(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == int(d[11]))
    return False


def ssn_ok(d):
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def nhs_ok(d):
    if len(d) != 10:
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


# ------------------------------------------------------------------------------------------ normalisation
def deobfuscate(v, lang, kind):
    v = v.translate(ZW)
    v = unicodedata.normalize("NFKC", v)
    if kind == "homoglyph" and re.search(r"[A-Za-z0-9]", v):
        v = "".join(CYR2LAT.get(c, c) for c in v)
    if kind != "spelled":
        return v
    words = DIGIT_WORDS.get(lang, DIGIT_WORDS["en"])
    toks = re.split(r"(\s+|,|/| - )", v)
    if any(t.strip().lower() in words for t in toks):
        out = []
        for t in toks:
            tl = t.strip().lower()
            if tl in words:
                out.append(str(words.index(tl)))
            elif tl in ("plus", "плюс"):
                out.append("+")
        v = "".join(out)
    return v


def json_unescape(v):
    if "\\" in v:
        try:
            return json.loads('"' + v + '"')
        except Exception:
            return v
    return v


def digits(v):
    return re.sub(r"\D", "", v)


def check_value(e, lang, errs, where):
    t, v, sub = e["type"], e["value"], e.get("sub") or ""
    if e.get("core"):
        s, x = e["core"]
        v = v[s - e["start"]:x - e["start"]]
    v = json_unescape(v)
    if e.get("obf"):
        v = deobfuscate(v, lang, e["obf"])
    d = digits(v)
    ok = True
    if t == "CREDIT_CARD":
        ok = 13 <= len(d) <= 19 and luhn_ok(d)
    elif t == "IBAN":
        ok = iban_ok(re.sub(r"[\s]", "", v).upper())
    elif t == "US_SSN":
        ok = ssn_ok(d)
    elif t == "RU_SNILS":
        ok = snils_ok(d)
    elif t == "RU_INN":
        ok = inn_ok(d)
    elif t == "RU_PASSPORT":
        ok = len(d) == 10
    elif t == "MEDICAL_RECORD_NUMBER":
        ok = nhs_ok(d) if sub == "nhs" else len(d) >= 6
    elif t == "EMAIL":
        if e.get("obf") == "words":
            ok = bool(re.search(r"(at|ät|arobase|собак|собачк)", v, re.I))
        else:
            ok = bool(EMAIL_RE.fullmatch(v))
    elif t == "IPV4":
        if e.get("obf") == "defang":
            v = re.sub(r"\[\.\]|\(\.\)|\[dot\]", ".", v)
        try:
            ok = isinstance(ipaddress.ip_address(v), ipaddress.IPv4Address)
        except ValueError:
            ok = False
    elif t == "IPV6":
        try:
            ok = isinstance(ipaddress.ip_address(v), ipaddress.IPv6Address)
        except ValueError:
            ok = False
    elif t == "PHONE":
        ok = 7 <= len(d) <= 15
    elif t == "DATE_OF_BIRTH":
        ok = bool(re.search(r"(19[2-9]\d|200\d)", d))
    elif t == "PERSON":
        ok = any(c.isalpha() for c in v)
    elif t == "STREET_ADDRESS":
        ok = any(c.isalpha() for c in v) and any(c.isdigit() for c in v)
    elif t == "API_KEY":
        ok = len(v) >= 8
    if not ok:
        errs.append(f"{where}: {t}/{sub} value fails its format/checksum: {e['value']!r}")


# ------------------------------------------------------------------------------------------ document checks
def covered_mask(n, spans):
    m = bytearray(n)
    for s, e in spans:
        m[s:e] = b"\x01" * (e - s)
    return m


def check_doc(d, errs, warns):
    did = d.get("id", "?")
    shape = d.get("shape")
    keys = KEYS_STREAM if shape == "stream" else KEYS
    if list(d.keys()) != keys:
        errs.append(f"{did}: keys {list(d.keys())} != {keys}")
        return
    if shape not in SHAPES:
        errs.append(f"{did}: unknown shape {shape}")
        return
    base = d["base_shape"] if shape == "stream" else shape
    if shape == "stream" and base not in ("chat", "json", "text4k"):
        errs.append(f"{did}: base_shape {base}")
    want_fmt = "json" if base in ("json", "json4k") else "text"
    if d["format"] != want_fmt:
        errs.append(f"{did}: format {d['format']} for {shape}/{base}")
    if LOCALES.get(d["locale"]) != d["lang"]:
        errs.append(f"{did}: locale/lang {d['locale']}/{d['lang']}")
    if not isinstance(d["template"], str) or not d["template"]:
        errs.append(f"{did}: template")
    text = d["text"]
    n = len(text)
    if d["format"] == "json":
        try:
            json.loads(text)
        except Exception as ex:
            errs.append(f"{did}: JSON does not parse: {ex}")
    # sizes
    if shape == "json4k" and not (3600 <= len(text.encode()) <= 4700):
        errs.append(f"{did}: json4k size {len(text.encode())} bytes")
    if shape == "text4k" and not (3600 <= n <= 4700):
        errs.append(f"{did}: text4k size {n} chars")
    if shape == "long64k" and n < 64000:
        errs.append(f"{did}: long64k size {n}")
    # stream
    if shape == "stream":
        ch = d["chunks"]
        if "".join(ch) != text:
            errs.append(f"{did}: chunks do not concatenate to text")
        if any(not (1 <= len(c) <= 16) for c in ch):
            errs.append(f"{did}: chunk length outside 1..16")
    # entities
    ents = d["entities"]
    spans = []
    for i, e in enumerate(ents):
        w = f"{did} ent#{i}"
        if e.get("type") not in TYPES:
            errs.append(f"{w}: type {e.get('type')}")
            continue
        allowed = {"type", "start", "end", "value", "sub", "core", "obf"}
        if set(e) - allowed or list(e)[:3] != ["type", "start", "end"] or list(e)[-1] != "value":
            errs.append(f"{w}: entity keys {list(e)}")
        s, x = e["start"], e["end"]
        if not (0 <= s < x <= n) or text[s:x] != e["value"]:
            errs.append(f"{w}: offsets do not match value {e.get('value')!r}")
            continue
        if e["value"] != e["value"].strip():
            errs.append(f"{w}: value has surrounding whitespace")
        if "core" in e:
            cs, ce = e["core"]
            if not (s <= cs < ce <= x):
                errs.append(f"{w}: core outside span")
        if "obf" in e and e["obf"] not in OBF_KINDS:
            errs.append(f"{w}: obf kind {e['obf']}")
        if "obf" in e and shape not in ("obfuscated",) and not (shape == "stream" and base == "obfuscated"):
            warns.append(f"{w}: obfuscated entity in clean shape {shape}")
        check_value(e, d["lang"], errs, w)
        spans.append((s, x))
    spans.sort()
    for (a, b), (c, e_) in zip(spans, spans[1:]):
        if c < b:
            errs.append(f"{did}: overlapping entities {(a, b)} {(c, e_)}")
    ent_mask = covered_mask(n, spans)
    # negatives
    for i, ng in enumerate(d["negatives"]):
        w = f"{did} neg#{i}"
        if ng.get("type") not in NEG_TYPES:
            errs.append(f"{w}: type {ng.get('type')}")
        s, x = ng["start"], ng["end"]
        if not (0 <= s < x <= n) or text[s:x] != ng["value"]:
            errs.append(f"{w}: offsets do not match value")
            continue
        if any(ent_mask[s:x]):
            errs.append(f"{w}: negative overlaps an entity")
        if ng["type"] == "NEG_CARDLIKE":
            dd = digits(ng["value"])
            if 13 <= len(dd) <= 19 and luhn_ok(dd):
                errs.append(f"{w}: NEG_CARDLIKE is Luhn-valid: {ng['value']}")
        if ng["type"] == "NEG_ORDER_ID" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", ng["value"]) \
                and iban_ok(ng["value"]) and "ZZZ" not in ng["value"]:
            errs.append(f"{w}: order id is a valid IBAN")
    # ignore
    ign = d["ignore"]
    for s, x in ign:
        if not (0 <= s < x <= n):
            errs.append(f"{did}: ignore span out of range")
        elif any(ent_mask[s:x]):
            errs.append(f"{did}: ignore span overlaps an entity")
    # obfuscated
    if shape == "obfuscated" and not any(e.get("obf") for e in ents):
        errs.append(f"{did}: obfuscated document without obfuscated entity")
    # unlabeled PII scan (outside entities and ignore spans)
    cover = covered_mask(n, spans + [tuple(x) for x in ign])
    for m in EMAIL_RE.finditer(text):
        # a match may start inside a JSON escape ("\\nname@...") or a URL userinfo; it is an error only when
        # no part of it is labelled
        if not any(cover[m.start():m.end()]):
            errs.append(f"{did}: unlabeled e-mail {m.group()!r}")
    for m in CARD_RE.finditer(text):
        dd = digits(m.group())
        if 13 <= len(dd) <= 19 and luhn_ok(dd) and not any(cover[m.start():m.end()]):
            negs = [(x["start"], x["end"]) for x in d["negatives"]]
            if not any(a <= m.start() and m.end() <= b for a, b in negs):
                warns.append(f"{did}: unlabeled Luhn-valid digit run {m.group()!r}")
    for m in IBAN_RE.finditer(text):
        if iban_ok(m.group().replace(" ", "")) and not any(cover[m.start():m.end()]) and "ZZZ" not in m.group():
            errs.append(f"{did}: unlabeled IBAN {m.group()!r}")
    for e in ents:
        v = e["value"]
        if len(v) < 6 or e["type"] in ("PERSON",):
            continue
        for m in re.finditer(re.escape(v), text):
            if not all(cover[m.start():m.end()]):
                errs.append(f"{did}: value {v!r} ({e['type']}) also occurs unlabeled at {m.start()}")
                break


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    all_ok = True
    for path in a.files:
        errs, warns = [], []
        docs = []
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                try:
                    docs.append(json.loads(line))
                except Exception as ex:
                    errs.append(f"line {ln}: not JSON: {ex}")
        ids = Counter(d.get("id") for d in docs)
        for k, v in ids.items():
            if v > 1:
                errs.append(f"duplicate id {k}")
        for d in docs:
            check_doc(d, errs, warns)
        shapes = Counter(d.get("shape") for d in docs)
        for s, n in SHAPES.items():
            want = max(1, round(n * a.scale))
            if shapes.get(s, 0) != want:
                errs.append(f"shape {s}: {shapes.get(s, 0)} documents, expected {want}")
        templates = {d.get("template") for d in docs}
        if a.scale >= 1 and len(templates) < 120:
            errs.append(f"only {len(templates)} distinct templates (< 120)")
        # report
        print(f"== {path}: {len(docs)} documents, {len(templates)} templates")
        print("shapes :", dict(sorted(shapes.items())))
        loc = Counter(d.get("locale") for d in docs)
        print("locales:", {k: f"{v} ({100 * v / max(1, len(docs)):.1f}%)" for k, v in sorted(loc.items())})
        by = defaultdict(Counter)
        for d in docs:
            by[d["shape"]][d["locale"]] += 1
        for s in SHAPES:
            print(f"  {s:10s}", dict(sorted(by[s].items())))
        et = Counter(e["type"] for d in docs for e in d.get("entities", []))
        print("entities:", sum(et.values()), dict(et.most_common()))
        nt = Counter(e["type"] for d in docs for e in d.get("negatives", []))
        print("negatives:", sum(nt.values()), dict(nt.most_common()))
        ob = Counter(e["obf"] for d in docs for e in d.get("entities", []) if e.get("obf"))
        print("obfuscations:", dict(ob.most_common()))
        print("ignore spans:", sum(len(d.get("ignore", [])) for d in docs))
        for w in warns[:20]:
            print("WARN", w)
        if len(warns) > 20:
            print(f"WARN ... {len(warns) - 20} more")
        if errs:
            all_ok = False
            for e in errs[:60]:
                print("ERROR", e)
            if len(errs) > 60:
                print(f"ERROR ... {len(errs) - 60} more")
            print(f"FAIL {path}: {len(errs)} errors")
        else:
            print(f"OK {path}")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
