#!/usr/bin/env python3
"""make_probe_ab.py - independent held-out PII corpus, theme "money and goods".

Banking support chats and statements, card disputes, loan / mortgage letters, insurance claims and
renewals, e-commerce orders, shipping notifications, returns and refunds, marketplace and rental
listings, utility / telecom bills, debt-collection letters, invoices and receipts, merchant payment
integration snippets.  Languages en / de / fr / ru, shapes chat, json, json4k, text4k, long64k,
stream and obfuscated, in the JSON-lines schema of the pii-bench dev split.

Written blind to the redaction engine (only the bench README, score.py and the dev file's schema
were consulted).  Python 3.11 standard library + Faker.

    PYTHONPATH=/tmp/faker-site python3 make_probe_ab.py --seed 8080 --out /tmp/probe_ab.jsonl --summary
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import uuid
from collections import Counter

from faker import Faker

SPLIT = "probe_ab"

# ==============================================================================================
# Segment model: a document is a list of (text, label) pairs; label None = plain text.
# label = {"k": "E"|"N"|"I", "type", "sub", "obf", "g": group id, "core": bool}
# ==============================================================================================
_GID = [0]


def _gid():
    _GID[0] += 1
    return _GID[0]


def E(typ, value, sub=None, obf=None):
    return [(value, {"k": "E", "type": typ, "sub": sub, "obf": obf, "g": _gid(), "core": False})]


def E_core(typ, head, body, tail, sub=None):
    g = _gid()
    lab = {"k": "E", "type": typ, "sub": sub, "obf": None, "g": g}
    return [(head, dict(lab, core=False)), (body, dict(lab, core=True)), (tail, dict(lab, core=False))]


def N(typ, value):
    return [(value, {"k": "N", "type": typ, "g": _gid()})]


def I(value):
    return [(value, {"k": "I", "g": _gid()})]


def T(s):
    return [(s, None)]


def P(template, **slots):
    """Fill '{name}' slots of template with segment lists (or plain strings)."""
    out, pos = [], 0
    while True:
        i = template.find("{", pos)
        if i < 0:
            break
        j = template.index("}", i)
        if template[pos:i]:
            out.append((template[pos:i], None))
        v = slots[template[i + 1:j]]
        out.extend(T(v) if isinstance(v, str) else v)
        pos = j + 1
    if template[pos:]:
        out.append((template[pos:], None))
    return out


def cat(*parts):
    out = []
    for p in parts:
        out.extend(T(p) if isinstance(p, str) else p)
    return out


def join(sep, items):
    out = []
    for k, it in enumerate(items):
        if k:
            out.extend(T(sep))
        out.extend(T(it) if isinstance(it, str) else it)
    return out


def plain(segs):
    return "".join(t for t, _ in segs)


# ---------------------------------------------------------------------------------------------
# JSON serialisation with spans
# ---------------------------------------------------------------------------------------------
class JS:
    """A JSON string value made of segments."""

    def __init__(self, segs):
        self.segs = segs


class JN:
    """A labelled raw JSON number (e.g. INN written as a number)."""

    def __init__(self, segs):
        self.segs = segs


class Nested:
    """A JSON document serialised into a string value (double-encoded payloads)."""

    def __init__(self, obj, indent=None, compact=True):
        self.obj, self.indent, self.compact = obj, indent, compact


def _esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(obj, indent=None, compact=False, level=0):
    seps = (",", ":") if compact else (", ", ": ")
    if indent is not None:
        seps = (",", ": ")
    out = []
    if isinstance(obj, dict) or isinstance(obj, list):
        items = list(obj.items()) if isinstance(obj, dict) else list(obj)
        o, c = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            return T(o + c)
        out.append((o, None))
        for k, it in enumerate(items):
            if k:
                out.append((seps[0], None))
            if indent is not None:
                out.append(("\n" + " " * (indent * (level + 1)), None))
            if isinstance(obj, dict):
                key, val = it
                out.append((json.dumps(key, ensure_ascii=False) + seps[1], None))
            else:
                val = it
            out.extend(jdump(val, indent, compact, level + 1))
        if indent is not None:
            out.append(("\n" + " " * (indent * level), None))
        out.append((c, None))
        return out
    if isinstance(obj, JS):
        return [("\"", None)] + [(_esc(t), lab) for t, lab in obj.segs] + [("\"", None)]
    if isinstance(obj, JN):
        return list(obj.segs)
    if isinstance(obj, Nested):
        inner = jdump(obj.obj, obj.indent, obj.compact)
        return [("\"", None)] + [(_esc(t), lab) for t, lab in inner] + [("\"", None)]
    if isinstance(obj, list) and obj and isinstance(obj[0], tuple):
        raise TypeError("segments must be wrapped in JS()")
    return T(json.dumps(obj, ensure_ascii=False))


def js(segs):
    """helper: labelled scalar -> JS"""
    return JS(segs)


# ---------------------------------------------------------------------------------------------
# Finalisation: offsets, verification
# ---------------------------------------------------------------------------------------------
def finalize(segs):
    text_parts, groups, pos = [], {}, 0
    order = []
    for t, lab in segs:
        if lab is not None and t:
            g = lab["g"]
            if g not in groups:
                groups[g] = {"lab": lab, "start": pos, "end": pos + len(t), "core": None}
                order.append(g)
            else:
                groups[g]["end"] = pos + len(t)
            if lab.get("core"):
                groups[g]["core"] = [pos, pos + len(t)]
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts)
    ents, negs, ign = [], [], []
    for g in order:
        x = groups[g]
        lab, s, e = x["lab"], x["start"], x["end"]
        val = text[s:e]
        if lab["k"] == "E":
            d = {"type": lab["type"], "start": s, "end": e}
            if lab.get("sub"):
                d["sub"] = lab["sub"]
            d["value"] = val
            if x["core"]:
                d["core"] = x["core"]
            if lab.get("obf"):
                d["obf"] = lab["obf"]
            ents.append(d)
        elif lab["k"] == "N":
            negs.append({"type": lab["type"], "start": s, "end": e, "value": val})
        else:
            ign.append([s, e])
    return text, ents, negs, ign


def verify(doc):
    text = doc["text"]
    for e in doc["entities"] + doc["negatives"]:
        assert text[e["start"]:e["end"]] == e["value"], (doc["id"], e)
        assert e["value"] and e["value"] == e["value"].strip(), (doc["id"], e)
        if "core" in e:
            assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"]
    spans = sorted([(e["start"], e["end"]) for e in doc["entities"] + doc["negatives"]] + [tuple(x) for x in doc["ignore"]])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b, text[a[0]:a[1]], text[b[0]:b[1]])
    if doc["format"] == "json":
        json.loads(text)
    if "chunks" in doc:
        assert "".join(doc["chunks"]) == text
        assert all(1 <= len(c) <= 16 for c in doc["chunks"])


# ==============================================================================================
# Checksums and value generators
# ==============================================================================================
def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


def inn10_ok(d):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(d) == 10 and sum(int(a) * b for a, b in zip(d, w)) % 11 % 10 == int(d[9])


def inn12_ok(d):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return (len(d) == 12 and sum(int(a) * b for a, b in zip(d, w1)) % 11 % 10 == int(d[10])
            and sum(int(a) * b for a, b in zip(d, w2)) % 11 % 10 == int(d[11]))


def snils_cs(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    r = s % 101
    return 0 if r == 100 else r


def snils_ok(d):
    return len(d) == 11 and snils_cs(d[:9]) == int(d[9:])


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def safe_digits(rng, n, first=None):
    """digit string that is not Luhn-valid, not an INN / SNILS by checksum."""
    while True:
        d = (first or rng.choice("123456789")) + "".join(rng.choice(string.digits) for _ in range(n - 1))
        if luhn_ok(d) or inn10_ok(d) or inn12_ok(d) or snils_ok(d):
            continue
        return d


def rdig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, p = [], 0
    for k in sizes:
        out.append(s[p:p + k])
        p += k
    if p < len(s):
        out.append(s[p:])
    return sep.join(x for x in out if x)


# ---- PII values ------------------------------------------------------------------------------
CARD_BRANDS = {
    "visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3528", "3589"], 16),
    "mir": (["2200", "2201", "2202", "2204"], 16),
}


def card(ctx, brand=None, style=None):
    rng = ctx.rng
    if brand is None:
        brand = rng.choice(["mir", "mir", "visa", "mastercard"] if ctx.lang == "ru" else
                           ["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb"])
    pre, n = CARD_BRANDS[brand]
    num = luhn_complete(rng.choice(pre), n, rng)
    style = style or rng.choice(["space", "space", "dash", "compact"])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    if style == "space":
        v = group(num, sizes, " ")
    elif style == "dash":
        v = group(num, sizes, "-")
    else:
        v = num
    return E("CREDIT_CARD", v, sub=brand), num


def cardlike(ctx):
    """16-digit Luhn-invalid numbers: loyalty cards, gift cards, voucher numbers."""
    rng = ctx.rng
    while True:
        d = rng.choice("3456789") + rdig(rng, 15)
        if not luhn_ok(d):
            break
    style = rng.choice(["space", "dash", "compact"])
    v = group(d, [4, 4, 4, 4], " " if style == "space" else "-") if style != "compact" else d
    return N("NEG_CARDLIKE", v)


IBAN_SPECS = {"DE": lambda r: rdig(r, 18), "FR": lambda r: rdig(r, 23), "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdig(r, 14),
              "AT": lambda r: rdig(r, 16), "NL": lambda r: r.choice(["ABNA", "INGB", "RABO"]) + rdig(r, 10), "BE": lambda r: rdig(r, 12),
              "ES": lambda r: rdig(r, 20), "IT": lambda r: r.choice("ABCDEFGHXZ") + rdig(r, 10) + rdig(r, 12), "CH": lambda r: rdig(r, 17),
              "PL": lambda r: rdig(r, 24)}


def iban(ctx, cc=None, grouped=None):
    rng = ctx.rng
    if cc is None:
        cc = {"de": rng.choice(["DE", "DE", "DE", "AT", "CH"]), "fr": rng.choice(["FR", "FR", "FR", "BE"]),
              "ru": rng.choice(["DE", "FR", "GB", "NL"]), "en": rng.choice(["GB", "GB", "DE", "NL", "ES", "IT", "PL"])}[ctx.lang]
    v = iban_make(cc, IBAN_SPECS[cc](rng))
    assert iban_ok(v)
    grouped = rng.random() < 0.6 if grouped is None else grouped
    if grouped:
        v = group(v, [4] * 10, " ")
    return E("IBAN", v, sub=f"{cc}_{'grouped' if grouped else 'compact'}")


def iban_bad(ctx):
    """IBAN-shaped string whose check digits fail mod-97 (form placeholders / truncated copies)."""
    rng = ctx.rng
    cc = rng.choice(["DE", "FR", "GB", "NL", "AT"])
    while True:
        v = iban_make(cc, IBAN_SPECS[cc](rng))
        k = int(v[2:4])
        bad = f"{cc}{(k + rng.randint(1, 96)) % 97:02d}{v[4:]}" if rng.random() < 0.7 else f"{cc}00{v[4:]}"
        if not iban_ok(bad):
            break
    return N("NEG_NUMBER", group(bad, [4] * 10, " ") if rng.random() < 0.6 else bad)


def ssn(ctx, style=None):
    rng = ctx.rng
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or rng.choice(["dashed", "dashed", "dashed", "plain", "spaced"])
    v = {"dashed": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}", "spaced": f"{a:03d} {g:02d} {s:04d}"}[style]
    return E("US_SSN", v, sub=style)


def ipv4(ctx, public=True):
    rng = ctx.rng
    while True:
        a = rng.choice([rng.randint(1, 223), 5, 31, 46, 62, 77, 78, 80, 81, 84, 85, 88, 91, 93, 95, 109, 176, 178, 185, 188, 212, 213, 217])
        if a not in (10, 127, 172, 192, 0) or not public:
            break
    return E("IPV4", f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")


def ipv6(ctx):
    rng = ctx.rng
    hx = lambda: format(rng.randint(0, 0xffff), "x")
    if rng.random() < 0.5:
        v = f"2a02:{hx()}:{hx()}:{hx()}::{hx()}"
    else:
        v = ":".join(["2001", "db8"] + [hx() for _ in range(6)]) if rng.random() < 0.3 else ":".join([rng.choice(["2a01", "2600", "2c0f", "2003"])] + [hx() for _ in range(7)])
    return E("IPV6", v)


def nhs_number(rng):
    while True:
        d = rng.choice("4679") + rdig(rng, 8)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            return d + str(c)


def mrn(ctx):
    rng = ctx.rng
    if ctx.locale == "en_GB" and rng.random() < 0.6:
        return E("MEDICAL_RECORD_NUMBER", group(nhs_number(rng), [3, 3, 4]), sub="nhs")
    k = rng.random()
    if k < 0.4:
        return E("MEDICAL_RECORD_NUMBER", rdig(rng, rng.choice([7, 8, 9])), sub="numeric")
    if k < 0.75:
        return E("MEDICAL_RECORD_NUMBER", rng.choice(["MRN-", "PAT", "KH-", "HN", "EHR-", "DOS-"]) + rdig(rng, rng.choice([6, 7, 8])), sub="prefixed")
    return E("MEDICAL_RECORD_NUMBER", ralnum(rng, 2, string.ascii_uppercase) + rdig(rng, 6) + "-" + rdig(rng, 2), sub="alnum")


def ru_passport(ctx, style=None):
    rng = ctx.rng
    ser = f"{rng.choice([1, 3, 4, 5, 7, 11, 14, 18, 22, 25, 36, 40, 45, 46, 50, 52, 54, 61, 63, 66, 74, 77, 78, 92])%100:02d}{rng.randint(0, 24):02d}"
    num = f"{rng.randint(0, 999999):06d}"
    style = style or rng.choice(["series_number", "series_number", "spaced", "plain", "numero"])
    v = {"series_number": f"{ser} {num}", "spaced": f"{ser[:2]} {ser[2:]} {num}", "plain": ser + num,
         "numero": f"{ser} № {num}"}[style]
    return E("RU_PASSPORT", v, sub=style)


def snils(ctx, style=None):
    rng = ctx.rng
    while True:
        d9 = f"{rng.randint(2000000, 999999999):09d}"
        cs = snils_cs(d9)
        d = d9 + f"{cs:02d}"
        if snils_ok(d):
            break
    style = style or rng.choice(["formatted", "formatted", "formatted", "dashed", "plain"])
    v = {"formatted": f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", "dashed": f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", "plain": d}[style]
    return E("RU_SNILS", v, sub=style)


def inn_digits(rng, n):
    while True:
        if n == 10:
            b = f"{rng.randint(10, 99)}" + rdig(rng, 7)
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            d = b + str(sum(int(a) * c for a, c in zip(b, w)) % 11 % 10)
            if inn10_ok(d):
                return d
        else:
            b = f"{rng.randint(10, 99)}" + rdig(rng, 8)
            w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            b += str(sum(int(a) * c for a, c in zip(b, w1)) % 11 % 10)
            w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            d = b + str(sum(int(a) * c for a, c in zip(b, w2)) % 11 % 10)
            if inn12_ok(d) and d[0] != "0":
                return d


def inn(ctx, n=None, as_number=False):
    n = n or ctx.rng.choice([10, 12])
    d = inn_digits(ctx.rng, n)
    if as_number:
        return JN(E("RU_INN", d, sub=f"inn{n}_json_number"))
    return E("RU_INN", d, sub=f"inn{n}")


# ---- phones ----------------------------------------------------------------------------------
def phone(ctx, country=None, intl=None):
    rng = ctx.rng
    country = country or {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}[ctx.locale]
    intl = rng.random() < 0.5 if intl is None else intl
    d = lambda n: rdig(rng, n)
    if country == "US":
        a, x, l = f"{rng.randint(2, 9)}{d(2)}", f"{rng.randint(2, 9)}{d(2)}", d(4)
        v = rng.choice([f"+1 {a} {x} {l}", f"+1 ({a}) {x}-{l}", f"+1-{a}-{x}-{l}", f"+1{a}{x}{l}"]) if intl else \
            rng.choice([f"({a}) {x}-{l}", f"{a}-{x}-{l}", f"{a}.{x}.{l}", f"({a}) {x} {l}"])
    elif country == "GB":
        if rng.random() < 0.5:
            m = "7" + rng.choice("1345789") + d(2)
            v = rng.choice([f"+44 {m} {d(6)}", f"+44 (0){m} {d(3)} {d(3)}", f"+44{m}{d(6)}"]) if intl else rng.choice([f"0{m} {d(6)}", f"0{m} {d(3)} {d(3)}"])
        else:
            ac = rng.choice(["20", "161", "113", "131", "121", "117", "29"])
            rest = d(8) if ac == "20" or ac == "29" else d(7)
            v = f"+44 {ac} {rest[:4]} {rest[4:]}" if intl else f"0{ac} {rest[:4]} {rest[4:]}"
    elif country == "DE":
        if rng.random() < 0.5:
            m = rng.choice(["151", "152", "160", "162", "170", "171", "172", "176", "179"])
            n = d(rng.choice([7, 8]))
            v = rng.choice([f"+49 {m} {n}", f"+49 (0){m} {n}", f"+49{m}{n}"]) if intl else rng.choice([f"0{m} {n}", f"0{m}/{n}", f"0{m}-{n}"])
        else:
            ac = rng.choice(["30", "40", "89", "221", "69", "711", "211", "341"])
            n = d(rng.choice([6, 7, 8]))
            v = rng.choice([f"+49 {ac} {n}", f"+49 (0){ac} {n[:4]} {n[4:]}"]) if intl else rng.choice([f"0{ac} {n}", f"0{ac}/{n}", f"(0{ac}) {n}"])
    elif country == "FR":
        p = rng.choice("1234567")
        g = [d(2) for _ in range(4)]
        v = rng.choice([f"+33 {p} {' '.join(g)}", f"+33{p}{''.join(g)}", f"0033 {p} {' '.join(g)}", f"+33 (0){p} {' '.join(g)}"]) if intl else \
            rng.choice([f"0{p} {' '.join(g)}", f"0{p}.{'.'.join(g)}", f"0{p}{''.join(g)}", f"0{p}-{'-'.join(g)}"])
    else:  # RU
        c = rng.choice(["916", "926", "903", "905", "915", "985", "495", "499", "812", "343", "921", "977"])
        a, b, e = d(3), d(2), d(2)
        v = rng.choice([f"+7 {c} {a}-{b}-{e}", f"+7 ({c}) {a}-{b}-{e}", f"+7{c}{a}{b}{e}", f"+7 {c} {a} {b} {e}"]) if intl else \
            rng.choice([f"8 ({c}) {a}-{b}-{e}", f"8 {c} {a} {b} {e}", f"8{c}{a}{b}{e}", f"8-{c}-{a}-{b}-{e}"])
    return E("PHONE", v, sub=("intl_" if intl else "national_") + country)


# ---- names, emails, addresses, dates ---------------------------------------------------------
TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
                          "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
                          "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
                          "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a", "ç": "c",
                          "î": "i", "ï": "i", "ô": "o", "û": "u", "ù": "u", "ÿ": "y", "œ": "oe", "æ": "ae", "'": "", " ": "", "-": ""})


def ascii_slug(s):
    return s.lower().translate(TRANSLIT)


class Person:
    def __init__(self, ctx, fk=None, loc=None):
        fk = fk or ctx.fk
        loc = loc or ctx.locale
        rng = ctx.rng
        self.loc, self.sub = loc, loc[:2]
        self.female = rng.random() < 0.5
        if loc == "ru_RU":
            self.first = fk.first_name_female() if self.female else fk.first_name_male()
            self.last = fk.last_name_female() if self.female else fk.last_name_male()
            self.middle = fk.middle_name_female() if self.female else fk.middle_name_male()
        else:
            self.first = fk.first_name_female() if self.female else fk.first_name_male()
            self.last = fk.last_name()
            self.middle = rng.choice(string.ascii_uppercase)
        self.rng = rng

    def full(self, style=None):
        rng = self.rng
        if self.loc == "ru_RU":
            style = style or rng.choice(["fl", "fl", "lfm", "lfm", "lio", "fml"])
            v = {"fl": f"{self.first} {self.last}", "lfm": f"{self.last} {self.first} {self.middle}",
                 "lio": f"{self.last} {self.first[0]}. {self.middle[0]}.", "fml": f"{self.first} {self.middle} {self.last}"}.get(style, f"{self.first} {self.last}")
        else:
            style = style or rng.choice(["fl", "fl", "fl", "fl", "fml", "lcf"])
            v = {"fl": f"{self.first} {self.last}", "fml": f"{self.first} {self.middle}. {self.last}",
                 "lcf": f"{self.last}, {self.first}"}.get(style, f"{self.first} {self.last}")
        return E("PERSON", v, sub=self.sub)

    def title(self, lang):
        f = self.female
        return {"en": "Ms" if f else "Mr", "de": "Frau" if f else "Herr", "fr": "Mme" if f else "M.",
                "ru": "г-жа" if f else "г-н"}[lang]

    def email(self, ctx, corporate=False):
        rng = ctx.rng
        f, l = ascii_slug(self.first), ascii_slug(self.last)
        local = rng.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}{rng.randint(1, 99)}", f"{f}_{l}", f"{l}{rng.randint(1950, 2004)}",
                            f"{f}.{l}+orders", f"{f[0]}.{l}"])
        dom = rng.choice(["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "example.com", "example.org"])
        if self.loc == "de_DE":
            dom = rng.choice(["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "example.de"])
        elif self.loc == "fr_FR":
            dom = rng.choice(["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "gmail.com", "example.fr"])
        elif self.loc == "ru_RU":
            dom = rng.choice(["mail.ru", "yandex.ru", "bk.ru", "rambler.ru", "inbox.ru", "gmail.com"])
        elif self.loc == "en_GB":
            dom = rng.choice(["btinternet.com", "hotmail.co.uk", "gmail.com", "yahoo.co.uk", "example.co.uk"])
        if corporate:
            dom = rng.choice(["harbor-logistics.com", "fabrikam.io", "northwind.example", "kontor-nord.de", "atelier-merlin.fr", "torgsnab.ru"])
        return E("EMAIL", f"{local}@{dom}")


def first_only(p):
    return I(p.first)


def address(ctx, fk=None, loc=None):
    """(street segs, tail segs) - tail (postcode / city) is a don't-care span."""
    fk = fk or ctx.fk
    loc = loc or ctx.locale
    street = fk.street_address()
    city = fk.city()
    pc = fk.postcode()
    if loc == "en_US":
        tail = f"{city}, {fk.state_abbr()} {pc}"
    elif loc == "en_GB":
        tail = f"{city} {pc}"
    elif loc == "ru_RU":
        tail = f"{city}, {pc}"
    else:
        tail = f"{pc} {city}"
    return E("STREET_ADDRESS", street, sub=loc[:2]), I(tail), (street, city, pc)


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]}


def fmt_date(ctx, y, m, d, style=None):
    rng = ctx.rng
    lang = ctx.lang
    if style is None:
        style = rng.choice({"en_US": ["us", "us", "long_us", "iso"], "en_GB": ["eu_slash", "long_gb", "iso"],
                            "de_DE": ["dot", "dot", "long", "iso"], "fr_FR": ["eu_slash", "eu_slash", "long", "iso"],
                            "ru_RU": ["dot", "dot", "long", "iso"]}[ctx.locale])
    if style == "us":
        return f"{m:02d}/{d:02d}/{y}" if rng.random() < 0.6 else f"{m}/{d}/{y}"
    if style == "long_us":
        return f"{MONTHS['en'][m - 1]} {d}, {y}"
    if style == "long_gb":
        return f"{d} {MONTHS['en'][m - 1]} {y}"
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "eu_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if style == "dot":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "long":
        return f"{d}. {MONTHS['de'][m - 1]} {y}" if lang == "de" else f"{d} {MONTHS[lang][m - 1]} {y}"
    return f"{y}-{m:02d}-{d:02d}"


def dob(ctx, style=None):
    rng = ctx.rng
    return E("DATE_OF_BIRTH", fmt_date(ctx, rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28), style))


def ndate(ctx, style=None, year=None):
    rng = ctx.rng
    return N("NEG_DATE", fmt_date(ctx, year or rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28), style))


def ts(ctx):
    rng = ctx.rng
    y, mo, d, h, mi, s = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    k = rng.random()
    if k < 0.5:
        v = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z"
    elif k < 0.7:
        v = f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}.{rng.randint(0, 999):03d}+0{rng.choice([0, 1, 2, 3])}:00"
    elif k < 0.85:
        v = str(rng.randint(1690000000, 1790000000))
    else:
        v = f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}"
    return N("NEG_TIMESTAMP", v)


def nuuid(ctx):
    return N("NEG_UUID", str(uuid.UUID(int=ctx.rng.getrandbits(128), version=4)))


def nhash(ctx, n=None):
    rng = ctx.rng
    return N("NEG_HASH", "".join(rng.choice("0123456789abcdef") for _ in range(n or rng.choice([7, 40, 64, 64, 32]))))


def nversion(ctx):
    rng = ctx.rng
    v = rng.choice([f"{rng.randint(1, 19)}.{rng.randint(0, 30)}.{rng.randint(0, 200)}", f"{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}"])
    return N("NEG_VERSION", v)


def amount(ctx, lo=5, hi=2500, cur=None):
    rng = ctx.rng
    x = round(rng.uniform(lo, hi), 2)
    ip, fp = f"{int(x):,}", f"{int(round(x * 100)) % 100:02d}"
    loc = ctx.locale
    if cur is None:
        cur = {"en_US": "USD", "en_GB": "GBP", "de_DE": "EUR", "fr_FR": "EUR", "ru_RU": "RUB"}[loc]
    if loc in ("en_US", "en_GB"):
        sym = {"USD": "$", "GBP": "£", "EUR": "€", "RUB": "₽"}[cur]
        v = rng.choice([f"{sym}{ip}.{fp}", f"{ip}.{fp} {cur}"])
    elif loc == "de_DE":
        v = rng.choice([f"{ip.replace(',', '.')},{fp} €", f"{ip.replace(',', '.')},{fp} EUR", f"EUR {ip.replace(',', '.')},{fp}"])
    elif loc == "fr_FR":
        v = rng.choice([f"{ip.replace(',', ' ')},{fp} €", f"{ip.replace(',', chr(0x202f))},{fp} €", f"{ip.replace(',', ' ')},{fp} EUR"])
    else:
        v = rng.choice([f"{ip.replace(',', ' ')},{fp} ₽", f"{ip.replace(',', ' ')} руб.", f"{ip.replace(',', chr(0xa0))},{fp} руб."])
    return N("NEG_NUMBER", v), x


def order_id(ctx):
    rng = ctx.rng
    v = rng.choice([f"{rdig(rng, 3)}-{rdig(rng, 7)}-{rdig(rng, 7)}", f"#{rng.randint(10000, 9999999)}", f"ORD-{rng.randint(2023, 2026)}-{rdig(rng, 6)}",
                    f"{rng.choice(['A', 'B', 'W', 'X'])}{rdig(rng, 9)}", f"SO{rdig(rng, 8)}", f"BE{rdig(rng, 10)}", f"{rdig(rng, 4)}-{rdig(rng, 4)}-{rdig(rng, 4)}"])
    return N("NEG_ORDER_ID", v)


def tracking(ctx, carrier=None):
    rng = ctx.rng
    carrier = carrier or rng.choice({"en": ["UPS", "UPS", "USPS", "DHL", "FedEx", "Royal Mail"], "de": ["DHL", "DHL", "Hermes", "DPD", "UPS"],
                                     "fr": ["La Poste", "Colissimo", "Chronopost", "UPS", "DHL"], "ru": ["Почта России", "Почта России", "СДЭК", "DHL"]}[ctx.lang])
    al = string.ascii_uppercase + string.digits
    if carrier == "UPS":
        v = "1Z" + ralnum(rng, 6, al) + rdig(rng, 2) + safe_digits(rng, 8)
    elif carrier == "DHL":
        v = rng.choice([safe_digits(rng, 10), "JJD" + safe_digits(rng, 18, "0"), "00" + safe_digits(rng, 18)])
    elif carrier == "USPS":
        v = "94" + safe_digits(rng, 20)
        v = group(v, [4] * 6) if rng.random() < 0.5 else v
    elif carrier == "FedEx":
        v = safe_digits(rng, 12)
    elif carrier == "Royal Mail":
        v = rng.choice(["JD", "RR", "TT", "LA"]) + rdig(rng, 9) + "GB"
    elif carrier in ("La Poste", "Colissimo"):
        v = rng.choice(["6A", "6C", "8R", "8Q", "5L"]) + rdig(rng, 11)
    elif carrier == "Chronopost":
        v = "XY" + rdig(rng, 9) + "FR"
    elif carrier == "Hermes":
        v = "H" + rdig(rng, 19)
    elif carrier == "DPD":
        v = safe_digits(rng, 14, "0")
    elif carrier == "Почта России":
        v = rng.choice([safe_digits(rng, 14, "1"), "RA" + rdig(rng, 9) + "RU", "CJ" + rdig(rng, 9) + "RU"])
    else:  # СДЭК
        v = safe_digits(rng, 10, "1")
    return carrier, N("NEG_ORDER_ID", v)


def invoice_no(ctx):
    rng = ctx.rng
    y = rng.randint(2023, 2026)
    v = {"en": rng.choice([f"INV-{y}-{rdig(rng, 5)}", f"INV{rdig(rng, 7)}", f"{rdig(rng, 2)}-{rdig(rng, 6)}"]),
         "de": rng.choice([f"RE-{y}-{rdig(rng, 5)}", f"R{y}{rdig(rng, 5)}", f"RG-{rdig(rng, 6)}"]),
         "fr": rng.choice([f"FA-{y}-{rdig(rng, 5)}", f"F{y}{rdig(rng, 6)}", f"FAC-{rdig(rng, 6)}"]),
         "ru": rng.choice([f"СЧ-{rdig(rng, 6)}", f"{rdig(rng, 4)}/{y}", f"УТ-{rdig(rng, 5)}"])}[ctx.lang]
    return N("NEG_ORDER_ID", v)


def policy_no(ctx):
    rng = ctx.rng
    v = {"en": rng.choice([f"POL-{ralnum(rng, 2, string.ascii_uppercase)}-{rdig(rng, 8)}", f"HC{rdig(rng, 9)}", f"TRV-{rdig(rng, 4)}-{rdig(rng, 6)}"]),
         "de": rng.choice([f"VS-{rdig(rng, 3)}.{rdig(rng, 3)}.{rdig(rng, 3)}", f"KV{rdig(rng, 10)}", f"HR-{rdig(rng, 7)}"]),
         "fr": rng.choice([f"{rdig(rng, 2)} {rdig(rng, 3)} {rdig(rng, 3)}", f"CTR-{rdig(rng, 8)}", f"MRH{rdig(rng, 7)}"]),
         "ru": rng.choice([f"ХХХ {safe_digits(rng, 10, '0')}", f"ТТТ {safe_digits(rng, 10, '7')}", f"{rdig(rng, 3)}-{rdig(rng, 7)}/{rdig(rng, 2)}"])}[ctx.lang]
    return N("NEG_ORDER_ID", v)


def claim_no(ctx):
    rng = ctx.rng
    return N("NEG_ORDER_ID", rng.choice([f"CLM-{rdig(rng, 7)}", f"SCH-{rng.randint(2023, 2026)}-{rdig(rng, 6)}", f"SIN{rdig(rng, 8)}", f"УБ-{rdig(rng, 6)}"]))


def txn_id(ctx):
    rng = ctx.rng
    v = rng.choice([f"pi_3{ralnum(rng, 23)}", f"ch_3{ralnum(rng, 23)}", f"re_3{ralnum(rng, 23)}", f"txn_{ralnum(rng, 16)}",
                    f"TX{rdig(rng, 12)}", f"{ralnum(rng, 17, string.ascii_uppercase + string.digits)}", f"sepa_{rdig(rng, 10)}"])
    return N("NEG_ORDER_ID", v)


def ean13(ctx):
    rng = ctx.rng
    while True:
        b = rng.choice(["40", "30", "50", "46", "00", "76", "87", "54"]) + rdig(rng, 10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        v = b + str((10 - s % 10) % 10)
        if not luhn_ok(v):
            return N("NEG_NUMBER", v)


def sku(ctx):
    rng = ctx.rng
    return N("NEG_NUMBER", rng.choice([f"SKU-{rdig(rng, 5)}-{rng.choice(['BLK', 'WHT', 'GRN', 'S', 'M', 'XL', '42'])}",
                                       f"{rdig(rng, 3)}.{rdig(rng, 3)}.{rdig(rng, 2)}", f"ART-{rdig(rng, 7)}", f"B0{ralnum(rng, 8, string.ascii_uppercase + string.digits)}"]))


PRODUCTS = ["Harbor Linen Duvet Cover", "Baker Street Armchair", "Park Avenue Sofa", "Abbey Road Floor Lamp", "Rue Royale Dining Chair",
            "Nevsky Desk Organizer", "Kingsway Oak Bookcase", "Madison Leather Tote", "Highland Wool Throw", "Copper Kettle Deluxe",
            "Alpine Trail Backpack", "Elm Grove Bed Frame", "Ocean Drive Sunglasses", "Sunset Boulevard Rug", "Canal Street Sneakers",
            "Marble Arch Coffee Table", "Oxford Street Trench Coat", "Bourbon Street Mug Set", "Hudson Yard Desk Chair", "Mercer Street Hoodie",
            "Smart Home Hub Pro", "Nordic Cast Iron Pan", "Aurora Wireless Earbuds", "Velvet Night Pillow", "Titan Power Bank"]
COMPANIES = ["Northwind Traders", "Blue Harbor Bank", "Contoso Insurance", "Fabrikam Home", "Alder Finch Outfitters", "Greenfield Energy",
             "Silver Line Mobile", "Crescent Mutual", "Meridian Credit Union", "Harbor Logistics", "Summit Rentals", "Oakwood Collections"]
CARD_PRODUCTS = ["Platinum Rewards Card", "Gold Cashback Card", "Premier Checking", "Everyday Saver", "Travel Plus Insurance",
                 "Home Contents Cover", "Fixed Rate Mortgage", "Unlimited Data Plan", "Green Tariff Fix"]


def titlecase(ctx, pool=None):
    return N("NEG_TITLECASE", ctx.rng.choice(pool or (PRODUCTS + COMPANIES + CARD_PRODUCTS)))


def b64blob(ctx):
    rng = ctx.rng
    if rng.random() < 0.5:
        return N("NEG_B64", "sha256:" + "".join(rng.choice("0123456789abcdef") for _ in range(64)))
    return N("NEG_B64", "data:image/png;base64,iVBORw0KGgo" + ralnum(rng, rng.randint(40, 90), string.ascii_letters + string.digits + "+/"))


def pkg(ctx):
    return N("NEG_EMAILLIKE", ctx.rng.choice(["stripe@14.25.0", "@stripe/stripe-js", "@adyen/adyen-web", "braintree@3.23.0", "@paypal/checkout-server-sdk",
                                              "stripe@16.2.0", "@mollie/api-client", "yookassa@2.1.0"]))


# ---- secrets ---------------------------------------------------------------------------------
B64 = string.ascii_letters + string.digits + "+/"


def stripe_key(ctx, kind=None):
    rng = ctx.rng
    kind = kind or rng.choice(["sk_live_", "sk_live_", "rk_live_", "whsec_"])
    n = 32 if kind == "whsec_" else rng.choice([24, 34, 99])
    return E("API_KEY", kind + ralnum(rng, n), sub="stripe")


def jwt(ctx):
    rng = ctx.rng
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    h = enc({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
    p = enc({"sub": str(rng.randint(10 ** 6, 10 ** 9)), "scope": rng.choice(["payments", "orders:read", "refunds"]), "iat": rng.randint(1700000000, 1760000000)})
    s = base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return E("API_KEY", f"{h}.{p}.{s}", sub="jwt")


def aws_pair(ctx):
    rng = ctx.rng
    k = rng.choice(["AKIA", "ASIA"]) + ralnum(rng, 16, string.ascii_uppercase + "234567")
    s = ralnum(rng, 40, B64)
    return E("API_KEY", k, sub="aws_access_key_id"), E("API_KEY", s, sub="aws_secret_key")


def google_key(ctx):
    return E("API_KEY", "AIza" + ralnum(ctx.rng, 35, string.ascii_letters + string.digits + "_-"), sub="google_api")


def password(ctx):
    rng = ctx.rng
    w = rng.choice(["Summer", "Winter", "Ledger", "Invoice", "Kasse", "Paris", "Moskva", "Harbor", "Falcon"])
    return rng.choice([f"{w}{rng.randint(10, 9999)}{rng.choice('!#$%*&')}", ralnum(rng, 14, string.ascii_letters + string.digits + "!#%^*"),
                       f"{w.lower()}_{ralnum(rng, 6)}{rng.randint(1, 99)}"])


def pem(ctx):
    rng = ctx.rng
    kind = rng.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
    nlines = {"PRIVATE KEY": rng.randint(8, 14), "RSA PRIVATE KEY": rng.randint(10, 16), "EC PRIVATE KEY": 3}[kind]
    lines = [ralnum(rng, 64, B64) for _ in range(nlines - 1)] + [ralnum(rng, rng.randint(8, 60), B64) + "=="]
    sub = {"PRIVATE KEY": "pem_private_key", "RSA PRIVATE KEY": "pem_rsa_private_key", "EC PRIVATE KEY": "pem_ec_private_key"}[kind]
    return E_core("API_KEY", f"-----BEGIN {kind}-----\n", "\n".join(lines), f"\n-----END {kind}-----", sub=sub)


# ==============================================================================================
# Obfuscation
# ==============================================================================================
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М",
        "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "s": "ѕ"}
SPELL = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}


def obf_text(rng, kind, v, lang="en"):
    if kind == "zero_width":
        chars = list(v)
        pos = sorted(rng.sample(range(1, len(chars)), min(len(chars) - 1, rng.randint(2, 5))), reverse=True)
        for p in pos:
            chars.insert(p, rng.choice(ZW))
        return "".join(chars)
    if kind == "homoglyph":
        idx = [i for i, c in enumerate(v) if c in HOMO]
        pick = set(rng.sample(idx, max(1, min(len(idx), rng.randint(2, 4))))) if idx else set()
        return "".join(HOMO[c] if i in pick else c for i, c in enumerate(v))
    if kind == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" and c.isalnum() else c for c in v)
    if kind == "spaced":
        return " ".join(c for c in v if c != " ")
    if kind == "dotted":
        return v.replace(" ", ".").replace("-", ".")
    if kind == "spelled":
        w = SPELL[lang]
        out = []
        for c in v:
            if c.isdigit():
                out.append(w[int(c)])
            elif c == "+":
                out.append({"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}[lang])
        return " ".join(out)
    if kind == "words":
        local, dom = v.split("@")
        at = rng.choice([" at ", " [at] ", " (at) ", " AT ", {"de": " ät ", "fr": " arobase ", "ru": " собака ", "en": " at "}[lang]])
        dot = rng.choice([" dot ", " [dot] ", " (dot) ", " DOT ", {"de": " punkt ", "fr": " point ", "ru": " точка ", "en": " dot "}[lang]])
        return local + at + dom.replace(".", dot)
    if kind == "defang":
        if "@" in v:
            return v.replace("@", "[@]").replace(".", "[.]")
        return v.replace(".", rng.choice(["[.]", "(.)", "[dot]"]))
    raise ValueError(kind)


OBF_FOR = {"CREDIT_CARD": ["spaced", "zero_width", "fullwidth", "dotted"], "PHONE": ["spelled", "spaced", "fullwidth", "zero_width"],
           "EMAIL": ["words", "words", "homoglyph", "zero_width", "defang", "fullwidth"], "IBAN": ["spaced", "zero_width", "fullwidth", "homoglyph"],
           "PERSON": ["spaced", "zero_width", "homoglyph"], "US_SSN": ["spaced", "fullwidth", "dotted", "spelled", "zero_width"],
           "IPV4": ["defang", "fullwidth", "zero_width"], "API_KEY": ["zero_width", "homoglyph"], "RU_PASSPORT": ["spaced", "fullwidth", "zero_width"],
           "RU_SNILS": ["spaced", "fullwidth", "zero_width"], "RU_INN": ["spaced", "fullwidth", "zero_width"], "DATE_OF_BIRTH": ["fullwidth", "spaced"],
           "STREET_ADDRESS": ["zero_width", "homoglyph"]}


def obf(ctx, segs, kind=None):
    """obfuscate a single-entity segment list"""
    (v, lab), = segs
    kind = kind or ctx.rng.choice(OBF_FOR[lab["type"]])
    if kind == "homoglyph" and not any(c in HOMO for c in v):
        kind = "zero_width"
    nv = obf_text(ctx.rng, kind, v, ctx.lang)
    return [(nv, dict(lab, obf=kind))]


# ==============================================================================================
# Context
# ==============================================================================================
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]


class Ctx:
    def __init__(self, rng, fakers, lang, locale):
        self.rng, self.fakers, self.lang, self.locale = rng, fakers, lang, locale
        self.fk = fakers[locale]
        self.fk.seed_instance(rng.getrandbits(32))

    def pick(self, d):
        """d: dict lang -> list of alternatives (or str)"""
        v = d[self.lang] if self.lang in d else d["en"]
        return self.rng.choice(v) if isinstance(v, list) else v

    def person(self):
        return Person(self)


def dob_cue(ctx):
    return ctx.pick({"en": ["date of birth", "DOB", "born", "d.o.b."], "de": ["geboren am", "Geburtsdatum:", "geb."],
                     "fr": ["né(e) le", "date de naissance :", "né le"], "ru": ["дата рождения", "д.р.", "родился"]})


# ==============================================================================================
# CHAT templates (free-text assistant answers, letters, tables, CSV)
# ==============================================================================================
def t_card_dispute(ctx):
    rng, p = ctx.rng, ctx.person()
    c, _ = card(ctx)
    a, _ = amount(ctx)
    merch = titlecase(ctx, COMPANIES)
    intro = ctx.pick({"en": ["Here's a draft of the dispute you can send to your bank:", "Sure - below is the chargeback request, filled in with the details you gave me.",
                             "I've summarised the disputed transaction for the card services team."],
                      "de": ["Hier ist ein Entwurf für Ihren Widerspruch gegen die Kartenbuchung:", "Gern, unten finden Sie die Reklamation der Kartenzahlung."],
                      "fr": ["Voici un modèle de contestation à envoyer à votre banque :", "Bien sûr, voici la réclamation concernant le paiement par carte."],
                      "ru": ["Вот черновик заявления о спорной операции для банка:", "Конечно, ниже заявление на оспаривание платежа."]})
    body = {"en": "\n\nCardholder: {name}\nCard number: {card}\nTransaction: {amt} at {merch} on {date} (reference {ref})\nReason: goods not received - the seller stopped answering after {d2}.\nContact: {phone} / {email}\n\n",
            "de": "\n\nKarteninhaber: {name}\nKartennummer: {card}\nUmsatz: {amt} bei {merch} am {date} (Referenz {ref})\nGrund: Ware nicht erhalten, der Händler reagiert seit dem {d2} nicht mehr.\nKontakt: {phone} / {email}\n\n",
            "fr": "\n\nTitulaire : {name}\nNuméro de carte : {card}\nOpération : {amt} chez {merch} le {date} (référence {ref})\nMotif : marchandise non reçue, le vendeur ne répond plus depuis le {d2}.\nContact : {phone} / {email}\n\n",
            "ru": "\n\nДержатель карты: {name}\nНомер карты: {card}\nОперация: {amt}, {merch}, {date} (RRN {ref})\nПричина: товар не получен, продавец не отвечает с {d2}.\nКонтакты: {phone} / {email}\n\n"}[ctx.lang]
    outro = ctx.pick({"en": ["Most banks answer within 10 business days.", "Keep the screenshots of your chat with the merchant."],
                      "de": ["Die Bank hat in der Regel 10 Bankarbeitstage Zeit.", "Bewahren Sie die Chatverläufe mit dem Händler auf."],
                      "fr": ["La banque dispose généralement de 10 jours ouvrés.", "Conservez les captures d'écran de vos échanges."],
                      "ru": ["Обычно банк отвечает в течение 10 рабочих дней.", "Сохраните переписку с продавцом."]})
    ref = N("NEG_ORDER_ID", rdig(rng, 12)) if rng.random() < 0.5 else txn_id(ctx)
    return cat(intro, P(body, name=p.full(), card=c, amt=a, merch=merch, date=ndate(ctx), ref=ref, d2=ndate(ctx), phone=phone(ctx), email=p.email(ctx)), outro)


def t_login_alert(ctx):
    rng, p = ctx.rng, ctx.person()
    ip = ipv4(ctx) if rng.random() < 0.75 else ipv6(ctx)
    body = {"en": "The alert you pasted says a new device signed in to the online banking profile of {name} from {ip} at {ts} (session {sid}). If that wasn't you, call the fraud line and confirm your identity with your date of birth ({dob}) - never give them your full card number {card}.",
            "de": "Laut der Meldung hat sich ein neues Gerät um {ts} von {ip} im Onlinebanking von {name} angemeldet (Sitzung {sid}). Falls Sie das nicht waren, sperren Sie den Zugang; zur Identifikation fragt die Bank nach dem Geburtsdatum ({dob}), niemals aber nach der vollständigen Kartennummer {card}.",
            "fr": "D'après l'alerte, un nouvel appareil s'est connecté à l'espace client de {name} depuis {ip} à {ts} (session {sid}). Si ce n'était pas vous, faites opposition ; la banque vous demandera votre date de naissance ({dob}) mais jamais le numéro complet {card}.",
            "ru": "Судя по уведомлению, в интернет-банк клиента {name} вошли с нового устройства с адреса {ip} в {ts} (сессия {sid}). Если это были не вы, позвоните в банк: вас попросят назвать дату рождения ({dob}), но никогда — полный номер карты {card}."}[ctx.lang]
    c, _ = card(ctx)
    return P(body, name=p.full(), ip=ip, ts=ts(ctx), sid=nuuid(ctx), dob=dob(ctx), card=c)


def t_loan_letter(ctx):
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    a, _ = amount(ctx, 5000, 450000)
    bank = titlecase(ctx, COMPANIES)
    extra = []
    if ctx.locale == "en_US":
        extra = P("SSN: {ssn}\n", ssn=ssn(ctx))
    elif ctx.lang == "ru":
        extra = P("Паспорт: {pp}\nСНИЛС: {sn}\nИНН: {inn}\n", pp=ru_passport(ctx), sn=snils(ctx), inn=inn(ctx, 12))
    head = {"en": "Subject: Your mortgage application {ref}\n\nDear {title} {last},\n\nthank you for applying to {bank}. We hold the following details on file:\n\nApplicant: {name}\nDate of birth: {dob}\nAddress: {st}, {tail}\n",
            "de": "Betreff: Ihr Kreditantrag {ref}\n\nSehr geehrte(r) {title} {last},\n\nvielen Dank für Ihren Antrag bei der {bank}. Wir haben folgende Angaben gespeichert:\n\nAntragsteller: {name}\nGeburtsdatum: {dob}\nAnschrift: {st}, {tail}\n",
            "fr": "Objet : votre demande de prêt {ref}\n\n{title} {last},\n\nnous vous remercions pour votre demande auprès de {bank}. Les informations suivantes figurent au dossier :\n\nEmprunteur : {name}\nDate de naissance : {dob}\nAdresse : {st}, {tail}\n",
            "ru": "Тема: заявка на ипотеку {ref}\n\nУважаемый(ая) {last},\n\nблагодарим за обращение в {bank}. В заявке указаны следующие данные:\n\nЗаёмщик: {name}\nДата рождения: {dob}\nАдрес регистрации: {st}, {tail}\n"}[ctx.lang]
    foot = {"en": "Requested amount: {amt}\nRepayment account: {iban}\n\nPlease confirm by {due}. Kind regards,\nLoan Servicing Team",
            "de": "Kreditbetrag: {amt}\nAbbuchungskonto: {iban}\n\nBitte bestätigen Sie bis zum {due}.\nMit freundlichen Grüßen\nIhr Kreditservice",
            "fr": "Montant demandé : {amt}\nCompte de prélèvement : {iban}\n\nMerci de confirmer avant le {due}.\nCordialement,\nLe service crédit",
            "ru": "Сумма кредита: {amt}\nСчёт для погашения: {acc}\n\nПросим подтвердить до {due}.\nС уважением,\nкредитный отдел"}[ctx.lang]
    last = I(p.last) if ctx.lang != "ru" else I(p.last)
    out = cat(P(head, ref=N("NEG_ORDER_ID", f"{rng.choice(['MTG', 'KR', 'PR', 'ИК'])}-{rdig(rng, 8)}"), title=p.title(ctx.lang), last=last, bank=bank,
                name=p.full(), dob=dob(ctx), st=st, tail=tail), extra)
    out += P(foot, amt=a, iban=iban(ctx), due=ndate(ctx), acc=N("NEG_ORDER_ID", "40817810" + safe_digits(rng, 12)))
    return out


def t_order_confirmation(ctx):
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    items = []
    for _ in range(rng.randint(1, 3)):
        a, _ = amount(ctx, 9, 900)
        items.append(P("- {prod} ({sku}) x{q} - {amt}\n", prod=titlecase(ctx, PRODUCTS), sku=sku(ctx), q=str(rng.randint(1, 4)), amt=a))
    tot, _ = amount(ctx, 20, 3000)
    head = {"en": "Your order {oid} is confirmed!\n\nHi {first}, thanks for shopping with us. We'll ship to:\n{name}\n{st}\n{tail}\n\n",
            "de": "Ihre Bestellung {oid} ist bestätigt.\n\nHallo {first}, danke für Ihren Einkauf. Lieferadresse:\n{name}\n{st}\n{tail}\n\n",
            "fr": "Votre commande {oid} est confirmée !\n\nBonjour {first}, merci pour votre achat. Adresse de livraison :\n{name}\n{st}\n{tail}\n\n",
            "ru": "Заказ {oid} оформлен!\n\n{first}, спасибо за покупку. Адрес доставки:\n{name}\n{st}\n{tail}\n\n"}[ctx.lang]
    foot = {"en": "\nTotal: {tot}, charged to the card ending in {l4}. Estimated delivery: {d}.\nQuestions? Reply to this e-mail or call us; we'll text updates to {ph}.",
            "de": "\nSumme: {tot}, belastet auf die Karte mit Endziffern {l4}. Voraussichtliche Lieferung: {d}.\nStatus-Updates senden wir per SMS an {ph}.",
            "fr": "\nTotal : {tot}, débité sur la carte se terminant par {l4}. Livraison estimée : {d}.\nNous enverrons le suivi par SMS au {ph}.",
            "ru": "\nИтого: {tot}, списано с карты *{l4}. Ожидаемая дата доставки: {d}.\nУведомления придут на номер {ph}."}[ctx.lang]
    return cat(P(head, oid=order_id(ctx), first=I(p.first), name=p.full("fl"), st=st, tail=tail), *items,
               P(foot, tot=tot, l4=rdig(rng, 4), d=ndate(ctx), ph=phone(ctx)))


def t_delivery(ctx):
    rng, p = ctx.rng, ctx.person()
    carrier, tn = tracking(ctx)
    st, tail, _ = address(ctx)
    body = {"en": "Your parcel from {shop} is on its way with {car}, tracking number {tn}. It was handed over at {t1} and is scheduled for {d}. The driver may call {name} on {ph} if nobody answers at {st}, {tail}.",
            "de": "Ihr Paket von {shop} ist mit {car} unterwegs, Sendungsnummer {tn}. Übergabe an den Zusteller: {t1}, geplante Zustellung am {d}. Der Fahrer ruft {name} unter {ph} an, falls unter {st}, {tail} niemand öffnet.",
            "fr": "Votre colis {shop} est pris en charge par {car}, numéro de suivi {tn}. Remis au transporteur le {t1}, livraison prévue le {d}. Le livreur appellera {name} au {ph} en cas d'absence au {st}, {tail}.",
            "ru": "Ваша посылка от {shop} передана в {car}, трек-номер {tn}. Принята {t1}, ожидаемая дата вручения — {d}. Курьер позвонит получателю {name} по номеру {ph}, если по адресу {st}, {tail} никого не будет."}[ctx.lang]
    return P(body, shop=titlecase(ctx, COMPANIES), car=carrier, tn=tn, t1=ts(ctx), d=ndate(ctx), name=p.full(), ph=phone(ctx), st=st, tail=tail)


def t_refund(ctx):
    rng, p = ctx.rng, ctx.person()
    a, _ = amount(ctx)
    body = {"en": "I checked return {rma} for order {oid}. The refund of {amt} was issued on {d} as transaction {tx}. Because the original card has expired, the money goes to the account you added - {iban}, holder {name}. Allow 3-5 business days.",
            "de": "Ich habe die Retoure {rma} zur Bestellung {oid} geprüft. Die Erstattung über {amt} wurde am {d} veranlasst (Transaktion {tx}). Da die Karte abgelaufen ist, geht das Geld auf das hinterlegte Konto {iban}, Kontoinhaber {name}.",
            "fr": "J'ai vérifié le retour {rma} de la commande {oid}. Le remboursement de {amt} a été émis le {d} (transaction {tx}). La carte d'origine ayant expiré, le virement part sur le compte {iban} au nom de {name}.",
            "ru": "Я проверил возврат {rma} по заказу {oid}. Возврат {amt} оформлен {d}, транзакция {tx}. Так как карта истекла, деньги поступят на счёт {iban}, получатель {name}."}[ctx.lang]
    return P(body, rma=N("NEG_ORDER_ID", f"RMA-{rdig(rng, 6)}"), oid=order_id(ctx), amt=a, d=ndate(ctx), tx=txn_id(ctx), iban=iban(ctx), name=p.full())


def t_marketplace(ctx):
    rng = ctx.rng
    seller, buyer = ctx.person(), ctx.person()
    a, _ = amount(ctx, 20, 1500)
    prod = titlecase(ctx, PRODUCTS)
    lines = {"en": ["Listing {lid}: {prod}, {amt}, pickup or shipping.", "Buyer: Hi {sfirst}, is the {prod2} still available? I can pay today.",
                    "Seller ({sname}): Yes! Send it via bank transfer to {iban} or call me on {ph}.", "Buyer: Great, my email is {bmail} - please send the invoice there.",
                    "\nAssistant: Be careful - sharing your phone number and IBAN in listing chats is how most marketplace scams start. Use the platform's checkout (fee {fee})."],
             "de": ["Anzeige {lid}: {prod}, {amt}, Abholung oder Versand.", "Käufer: Hallo {sfirst}, ist {prod2} noch da? Ich kann heute zahlen.",
                    "Verkäufer ({sname}): Ja! Überweisung an {iban} oder ruf mich an: {ph}.", "Käufer: Super, meine Mail ist {bmail}, schick die Rechnung bitte dorthin.",
                    "\nAssistent: Vorsicht – Telefonnummer und IBAN im Anzeigenchat sind ein klassischer Betrugseinstieg. Nutzen Sie lieber den sicheren Bezahlweg (Gebühr {fee})."],
             "fr": ["Annonce {lid} : {prod}, {amt}, remise en main propre ou envoi.", "Acheteur : Bonjour {sfirst}, le {prod2} est toujours disponible ? Je peux payer aujourd'hui.",
                    "Vendeur ({sname}) : Oui ! Virement sur {iban} ou appelez-moi au {ph}.", "Acheteur : Parfait, mon e-mail est {bmail}, envoyez la facture.",
                    "\nAssistant : Attention, partager son numéro et son IBAN dans la messagerie est le début classique des arnaques. Passez par le paiement sécurisé (frais {fee})."],
             "ru": ["Объявление {lid}: {prod}, {amt}, самовывоз или доставка.", "Покупатель: Здравствуйте, {sfirst}, {prod2} ещё продаётся? Могу оплатить сегодня.",
                    "Продавец ({sname}): Да! Переведите на карту {card} или позвоните: {ph}.", "Покупатель: Отлично, моя почта {bmail}, пришлите чек.",
                    "\nАссистент: Осторожно — номер телефона и карты в переписке часто используют мошенники. Лучше оплатить через безопасную сделку (комиссия {fee})."]}[ctx.lang]
    fee, _ = amount(ctx, 1, 30)
    c, _ = card(ctx)
    return P("\n".join(lines), lid=N("NEG_ORDER_ID", rdig(rng, 10) if ctx.lang != "de" else rdig(rng, 10)), prod=prod, prod2=N("NEG_TITLECASE", plain(prod)),
             amt=a, sfirst=I(seller.first), sname=seller.full("fl"), iban=iban(ctx), ph=phone(ctx), bmail=buyer.email(ctx), fee=fee, card=c)


def t_utility_bill(ctx):
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    a, _ = amount(ctx, 30, 600)
    body = {"en": "Here's a plain-language summary of the bill:\n\n* Account holder: {name}\n* Supply address: {st}, {tail}\n* Account number: {acc} (meter {meter})\n* Period: {d1} to {d2}\n* Amount due: {amt} by {due}, collected by Direct Debit from {iban}\n\nThe tariff is {tariff}; switching would save roughly 8 %.",
            "de": "Kurz zusammengefasst steht auf der Rechnung:\n\n* Kunde: {name}\n* Lieferstelle: {st}, {tail}\n* Vertragskonto: {acc} (Zähler {meter})\n* Abrechnungszeitraum: {d1} bis {d2}\n* Betrag: {amt}, fällig am {due}, Lastschrift von {iban}\n\nIhr Tarif heißt {tariff}.",
            "fr": "Voici le résumé de la facture :\n\n* Titulaire : {name}\n* Adresse de consommation : {st}, {tail}\n* Référence client : {acc} (compteur {meter})\n* Période : du {d1} au {d2}\n* Montant : {amt}, prélevé le {due} sur {iban}\n\nVotre offre : {tariff}.",
            "ru": "Кратко по квитанции:\n\n* Плательщик: {name}\n* Адрес: {st}, {tail}\n* Лицевой счёт: {acc} (счётчик {meter})\n* Период: {d1} — {d2}\n* К оплате: {amt} до {due}\n* ИНН плательщика: {inn}\n\nТариф: {tariff}."}[ctx.lang]
    return P(body, name=p.full(), st=st, tail=tail, acc=N("NEG_ORDER_ID", safe_digits(rng, rng.choice([9, 11, 12]))), meter=N("NEG_ORDER_ID", "1ESY" + rdig(rng, 10)),
             d1=ndate(ctx), d2=ndate(ctx), amt=a, due=ndate(ctx), iban=iban(ctx), tariff=titlecase(ctx, CARD_PRODUCTS), inn=inn(ctx, 12))


def t_debt_collection(ctx):
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    a, _ = amount(ctx, 80, 9000)
    agency = titlecase(ctx, ["Oakwood Collections", "Crescent Recovery Services", "Meridian Receivables"])
    idl = []
    if ctx.locale == "en_US":
        idl = P("Our records identify you by SSN {ssn} and date of birth {dob}.\n", ssn=ssn(ctx), dob=dob(ctx))
    elif ctx.lang == "ru":
        idl = P("Должник идентифицирован по паспорту {pp}, {cue} {dob}.\n", pp=ru_passport(ctx), cue=dob_cue(ctx), dob=dob(ctx))
    else:
        idl = P("{cue} {dob}\n", cue=dob_cue(ctx), dob=dob(ctx))
    head = {"en": "{agency}\n\n{name}\n{st}\n{tail}\n\nRe: account {acc} - final notice\n\nDear {title} {last},\n\nthe balance of {amt} assigned to us by {cred} remains unpaid.\n",
            "de": "{agency}\n\n{name}\n{st}\n{tail}\n\nForderung {acc} – letzte Mahnung\n\nSehr geehrte(r) {title} {last},\n\ndie von {cred} abgetretene Forderung über {amt} ist weiterhin offen.\n",
            "fr": "{agency}\n\n{name}\n{st}\n{tail}\n\nDossier {acc} – mise en demeure\n\n{title} {last},\n\nla créance de {amt} cédée par {cred} reste impayée.\n",
            "ru": "{agency}\n\n{name}\n{st}\n{tail}\n\nДосудебная претензия по договору {acc}\n\nУважаемый(ая) {last}!\n\nЗадолженность в размере {amt} перед {cred} не погашена.\n"}[ctx.lang]
    foot = {"en": "Pay by {due} or call {ph} to agree a plan. Disputes: {mail}.",
            "de": "Bitte zahlen Sie bis {due} oder rufen Sie uns an: {ph}. Einwände an {mail}.",
            "fr": "Réglez avant le {due} ou appelez le {ph}. Contestation : {mail}.",
            "ru": "Оплатите до {due} или позвоните по номеру {ph}. Возражения: {mail}."}[ctx.lang]
    return cat(P(head, agency=agency, name=p.full(), st=st, tail=tail, acc=N("NEG_ORDER_ID", f"{rdig(rng, 2)}-{rdig(rng, 7)}"), title=p.title(ctx.lang),
                 last=I(p.last), amt=a, cred=titlecase(ctx, COMPANIES)), idl, P(foot, due=ndate(ctx), ph=phone(ctx), mail=p.email(ctx)))


def t_travel_claim(ctx):
    rng, p = ctx.rng, ctx.person()
    a, _ = amount(ctx, 200, 25000, cur="EUR" if ctx.locale != "en_US" else "USD")
    body = {"en": "I've filled in the travel medical claim {clm} under policy {pol}:\n\nInsured: {name} ({cue} {dob})\nHospital record no.: {mrn}\nAdmitted: {d1}, discharged: {d2}\nInvoice {inv}: {amt}\nReimburse to: {iban}\nReachable on {ph} / {mail}\n\nAttach the discharge letter and the receipts; the insurer will not pay without them.",
            "de": "Ich habe den Auslandskranken-Schaden {clm} zur Police {pol} vorbereitet:\n\nVersicherte Person: {name} ({cue} {dob})\nPatientennummer des Krankenhauses: {mrn}\nAufnahme: {d1}, Entlassung: {d2}\nRechnung {inv}: {amt}\nErstattung auf: {iban}\nErreichbar unter {ph} / {mail}",
            "fr": "Voici la déclaration de sinistre {clm} pour le contrat {pol} :\n\nAssuré : {name} ({cue} {dob})\nN° de dossier hospitalier : {mrn}\nAdmission : {d1}, sortie : {d2}\nFacture {inv} : {amt}\nRemboursement sur : {iban}\nJoignable au {ph} / {mail}",
            "ru": "Заявление по страховому случаю {clm}, полис {pol}:\n\nЗастрахованный: {name} ({cue} {dob})\nНомер медицинской карты: {mrn}\nГоспитализация: {d1}, выписка: {d2}\nСчёт клиники {inv}: {amt}\nРеквизиты для выплаты: {iban}\nТелефон {ph}, почта {mail}"}[ctx.lang]
    return P(body, clm=claim_no(ctx), pol=policy_no(ctx), name=p.full(), cue=dob_cue(ctx), dob=dob(ctx), mrn=mrn(ctx), d1=ndate(ctx), d2=ndate(ctx),
             inv=invoice_no(ctx), amt=a, iban=iban(ctx), ph=phone(ctx), mail=p.email(ctx))


def t_policy_renewal(ctx):
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    a, _ = amount(ctx, 90, 1800)
    body = {"en": "Your {prod} policy {pol} renews on {d}. New annual premium: {amt}.\n\nPolicyholder: {name}, {cue} {dob}\nInsured property: {st}, {tail}\nPayment card: {card}\n\nNo action is needed unless your details changed.",
            "de": "Ihre Police {pol} ({prod}) verlängert sich zum {d}. Neuer Jahresbeitrag: {amt}.\n\nVersicherungsnehmer: {name}, {cue} {dob}\nVersicherter Ort: {st}, {tail}\nZahlungskonto: {iban}",
            "fr": "Votre contrat {pol} ({prod}) sera reconduit le {d}. Nouvelle prime annuelle : {amt}.\n\nSouscripteur : {name}, {cue} {dob}\nLogement assuré : {st}, {tail}\nCompte de prélèvement : {iban}",
            "ru": "Полис {pol} ({prod}) продлевается с {d}. Новая премия: {amt}.\n\nСтрахователь: {name}, {cue} {dob}\nАдрес объекта: {st}, {tail}\nСНИЛС: {sn}"}[ctx.lang]
    c, _ = card(ctx)
    return P(body, prod=titlecase(ctx, CARD_PRODUCTS), pol=policy_no(ctx), d=ndate(ctx), amt=a, name=p.full(), cue=dob_cue(ctx), dob=dob(ctx), st=st, tail=tail,
             card=c, iban=iban(ctx), sn=snils(ctx))


def t_integration(ctx):
    """merchant payment integration snippet with leaked secrets"""
    rng = ctx.rng
    pw = password(ctx)
    k = rng.random()
    intro = ctx.pick({"en": ["Your checkout fails because the webhook secret doesn't match. Here's the corrected config:", "Found the problem in your payment integration - see the `.env` below:"],
                      "de": ["Der Checkout schlägt fehl, weil das Webhook-Secret nicht passt. Korrigierte Konfiguration:"],
                      "fr": ["Le paiement échoue car le secret du webhook ne correspond pas. Voici la configuration corrigée :"],
                      "ru": ["Оплата не проходит из-за неверного секрета вебхука. Исправленная конфигурация:"]})
    cfg = P("\n\n```env\nSTRIPE_SECRET_KEY={sk}\nSTRIPE_WEBHOOK_SECRET={wh}\nDATABASE_URL=postgres://shop_app:{pw}@db.internal:5432/orders\nSDK_VERSION={ver}\n```\n\n",
            sk=stripe_key(ctx, "sk_live_"), wh=stripe_key(ctx, "whsec_"), pw=E("API_KEY", pw, sub="db_password"), ver=nversion(ctx))
    if k < 0.4:
        ak, sk = aws_pair(ctx)
        cfg += P("Receipts are uploaded to S3 with `AWS_ACCESS_KEY_ID={ak}` / `AWS_SECRET_ACCESS_KEY={sk}` (installed {pkg}).\n", ak=ak, sk=sk, pkg=pkg(ctx))
    elif k < 0.7:
        cfg += P("The order service authenticates with `Authorization: Bearer {jwt}`; the last failing event was {evt} at {t}.\n", jwt=jwt(ctx), evt=N("NEG_ORDER_ID", "evt_" + ralnum(rng, 24)), t=ts(ctx))
    else:
        cfg += P("The signing key for the payment callbacks:\n\n{pem}\n\nCommit {h} introduced it.\n", pem=pem(ctx), h=nhash(ctx, 40))
    outro = ctx.pick({"en": ["Rotate all of these immediately - they are live keys and this chat is not a secure channel."], "de": ["Bitte rotieren Sie alle Schlüssel sofort."],
                      "fr": ["Révoquez immédiatement ces clés."], "ru": ["Немедленно перевыпустите эти ключи."]})
    return cat(intro, cfg, outro)


def t_rental(ctx):
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    a, _ = amount(ctx, 400, 3500)
    dep, _ = amount(ctx, 400, 7000)
    body = {"en": "Rental listing {lid}\n{st}, {tail} - 2 bedrooms, {rent} per month, deposit {dep}, available from {d}.\nLandlord: {name}, {ph}, {mail}\n{screen}",
            "de": "Mietangebot {lid}\n{st}, {tail} – 3 Zimmer, Kaltmiete {rent}, Kaution {dep}, frei ab {d}.\nVermieterin/Vermieter: {name}, {ph}, {mail}\nDie Kaution bitte auf {iban} überweisen – erst nach Vertragsunterzeichnung!",
            "fr": "Annonce de location {lid}\n{st}, {tail} – T3, loyer {rent} CC, dépôt de garantie {dep}, libre le {d}.\nPropriétaire : {name}, {ph}, {mail}\nLe dépôt est à verser sur {iban} après la signature du bail.",
            "ru": "Объявление {lid}\n{st}, {tail} — 2-комн. квартира, {rent} в месяц, залог {dep}, свободна с {d}.\nСобственник: {name}, {ph}, {mail}\nДля договора понадобится паспорт ({pp}) — отправляйте его только после просмотра."}[ctx.lang]
    return P(body, lid=N("NEG_ORDER_ID", rdig(rng, 9)), st=st, tail=tail, rent=a, dep=dep, d=ndate(ctx), name=p.full(), ph=phone(ctx), mail=p.email(ctx),
             screen=P("Tenant screening asks for date of birth and SSN ({ssn}); only share these after signing the lease.", ssn=ssn(ctx)) if ctx.locale == "en_US"
             else P("The holding deposit goes to {iban} - only after you have viewed the flat.", iban=iban(ctx)), iban=iban(ctx), pp=ru_passport(ctx))


def t_telecom(ctx):
    rng, p = ctx.rng, ctx.person()
    a, _ = amount(ctx, 10, 180)
    body = {"en": "Your {plan} bill for {msisdn} ({name}) is {amt}, due {due}. Roaming charges appeared on {d} ({gb} GB). Invoice {inv}. The account login from {ip} was yours, so no fraud flag.",
            "de": "Ihre Rechnung zum {plan} für die Rufnummer {msisdn} ({name}) beträgt {amt}, fällig am {due}. Roaming am {d} ({gb} GB). Rechnungsnummer {inv}. Der Login von {ip} war Ihrer.",
            "fr": "Votre facture {plan} pour la ligne {msisdn} ({name}) s'élève à {amt}, échéance {due}. Itinérance le {d} ({gb} Go). Facture {inv}. La connexion depuis {ip} venait bien de vous.",
            "ru": "Счёт по тарифу {plan} для номера {msisdn} ({name}) — {amt}, оплатить до {due}. Роуминг {d} ({gb} ГБ). Счёт {inv}. Вход с адреса {ip} был ваш."}[ctx.lang]
    return P(body, plan=titlecase(ctx, ["Unlimited Data Plan", "Silver Line Mobile", "Family Share Plan"]), msisdn=phone(ctx), name=p.full(), amt=a, due=ndate(ctx),
             d=ndate(ctx), gb=str(rng.randint(1, 40)), inv=invoice_no(ctx), ip=ipv4(ctx))


def t_statement_table(ctx):
    """markdown table of transactions + account header"""
    rng, p = ctx.rng, ctx.person()
    hdr = {"en": ("Account holder", "IBAN", "Date", "Description", "Reference", "Amount"), "de": ("Kontoinhaber", "IBAN", "Datum", "Verwendungszweck", "Referenz", "Betrag"),
           "fr": ("Titulaire", "IBAN", "Date", "Libellé", "Référence", "Montant"), "ru": ("Владелец счёта", "IBAN", "Дата", "Описание", "Референс", "Сумма")}[ctx.lang]
    out = P("**{h0}:** {name}  \n**{h1}:** {iban}\n\n| {h2} | {h3} | {h4} | {h5} |\n|---|---|---|---|\n", h0=hdr[0], name=p.full(), h1=hdr[1], iban=iban(ctx),
            h2=hdr[2], h3=hdr[3], h4=hdr[4], h5=hdr[5])
    for _ in range(rng.randint(3, 7)):
        a, _ = amount(ctx)
        k = rng.random()
        if k < 0.25:
            other = ctx.person()
            desc = P("{sepa} {name}", sepa=ctx.pick({"en": "Transfer to", "de": "Überweisung an", "fr": "Virement à", "ru": "Перевод"}), name=other.full("fl"))
        elif k < 0.5:
            desc = P("{shop}", shop=titlecase(ctx, COMPANIES))
        else:
            desc = T(rng.choice(["POS 4471 CARD", "ATM withdrawal", "Direct debit", "Standing order rent", "Lastschrift", "Prélèvement SEPA", "Оплата ЖКУ"]))
        out += P("| {d} | {desc} | {ref} | {amt} |\n", d=ndate(ctx, "iso" if rng.random() < 0.5 else None), desc=desc, ref=txn_id(ctx), amt=a)
    out += T(ctx.pick({"en": "\nThe transfer on line 2 is the one you asked about.", "de": "\nDie zweite Zeile ist die nachgefragte Buchung.",
                       "fr": "\nLa deuxième ligne correspond à l'opération demandée.", "ru": "\nВторая строка — та операция, о которой вы спрашивали."}))
    return out


def t_csv_export(ctx):
    rng = ctx.rng
    cols = {"en": "order_id,order_date,customer,email,phone,street,city,total", "de": "bestellnr;datum;kunde;email;telefon;strasse;ort;summe",
            "fr": "commande;date;client;email;telephone;rue;ville;total", "ru": "заказ;дата;покупатель;email;телефон;улица;город;сумма"}[ctx.lang]
    sep = "," if ctx.lang == "en" else ";"
    out = cat(ctx.pick({"en": "Here is the export as CSV:\n\n```csv\n", "de": "Hier der Export als CSV:\n\n```csv\n", "fr": "Voici l'export CSV :\n\n```csv\n",
                        "ru": "Выгрузка в CSV:\n\n```csv\n"}), cols + "\n")
    for _ in range(rng.randint(3, 8)):
        p = ctx.person()
        st, _, (s, city, pc) = address(ctx)
        a, _ = amount(ctx)
        name = p.full("fl")
        q = lambda segs: cat('"', segs, '"') if (sep in plain(segs) or "\n" in plain(segs)) else segs
        st = E("STREET_ADDRESS", s.replace("\n", ", "), sub=ctx.locale[:2])
        out += join(sep, [order_id(ctx), ndate(ctx, "iso"), q(name), p.email(ctx), phone(ctx), q(st), q(I(city)), q(a)]) + T("\n")
    out += T("```\n")
    return out


def t_receipt(ctx):
    rng, p = ctx.rng, ctx.person()
    lines = []
    for _ in range(rng.randint(2, 5)):
        a, _ = amount(ctx, 2, 300)
        lines.append(P("{prod}  {ean}  {amt}\n", prod=titlecase(ctx, PRODUCTS), ean=ean13(ctx), amt=a))
    tot, _ = amount(ctx, 10, 900)
    c, num = card(ctx)
    masked = f"**** **** **** {num[-4:]}"
    head = {"en": "Receipt {inv}\n{shop}\nCashier: {cashier}\n\n", "de": "Kassenbon {inv}\n{shop}\nEs bediente Sie: {cashier}\n\n",
            "fr": "Ticket {inv}\n{shop}\nCaissier : {cashier}\n\n", "ru": "Кассовый чек {inv}\n{shop}\nКассир: {cashier}\n\n"}[ctx.lang]
    foot = {"en": "TOTAL {tot}\nCard {masked}  AUTH {auth}\nLoyalty card {loy}\nTSE signature {sig}\n",
            "de": "SUMME {tot}\nKarte {masked}  Genehmigung {auth}\nPayback {loy}\nTSE-Signatur {sig}\n",
            "fr": "TOTAL {tot}\nCB {masked}  AUTO {auth}\nCarte fidélité {loy}\nSignature {sig}\n",
            "ru": "ИТОГ {tot}\nКарта {masked}  Код авторизации {auth}\nБонусная карта {loy}\nФП {sig}\n"}[ctx.lang]
    cashier = I(p.first)
    tail = ctx.pick({"en": ["\n(The customer later asked to store the full card, {c}, for refunds - don't.)"], "de": ["\n(Die volle Kartennummer {c} gehört nicht auf den Beleg.)"],
                     "fr": ["\n(Le numéro complet {c} ne doit jamais figurer sur le ticket.)"], "ru": ["\n(Полный номер карты {c} не должен печататься в чеке.)"]})
    return cat(P(head, inv=invoice_no(ctx), shop=titlecase(ctx, COMPANIES), cashier=cashier), *lines,
               P(foot, tot=tot, masked=masked, auth=rdig(rng, 6), loy=cardlike(ctx), sig=b64blob(ctx)), P(tail, c=c))


def t_help_iban(ctx):
    """help-desk answer with IBAN format placeholder (fails mod-97) and the user's real one"""
    p = ctx.person()
    body = {"en": "An IBAN always follows the pattern shown on the form - e.g. {bad} is just the format example and fails the check digits. Yours, {good}, is valid; the account name must read {name} exactly.",
            "de": "Die IBAN im Formular ({bad}) ist nur ein Musterwert und hat eine ungültige Prüfziffer. Ihre IBAN {good} ist korrekt; Kontoinhaber muss exakt {name} sein.",
            "fr": "L'IBAN du formulaire ({bad}) n'est qu'un exemple et sa clé est invalide. Le vôtre, {good}, est correct ; le titulaire doit être exactement {name}.",
            "ru": "IBAN в форме ({bad}) — лишь пример, контрольные цифры в нём неверны. Ваш {good} корректен; получатель ({name}) должен совпадать с владельцем счёта."}[ctx.lang]
    return P(body, bad=iban_bad(ctx), good=iban(ctx), name=p.full())


def t_ru_seller(ctx):
    """Russian self-employed seller / KYC answer"""
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    body = rng.choice([
        "Для подключения эквайринга магазину нужны данные самозанятого:\n- ФИО: {name}\n- ИНН: {inn}\n- СНИЛС: {sn}\n- Паспорт: {pp}, {cue} {dob}\n- Адрес: {st}, {tail}\n- Телефон: {ph}\nЗаявка {oid} от {d} уже создана.",
        "Проверка продавца {name} пройдена: ИНН {inn}, паспорт {pp}. Выплаты за заказ {oid} ({amt}) уйдут {d} на карту {card}. Вопросы — {mail}.",
    ])
    a, _ = amount(ctx)
    c, _ = card(ctx, "mir")
    return P(body, name=p.full(), inn=inn(ctx), sn=snils(ctx), pp=ru_passport(ctx), cue=dob_cue(ctx), dob=dob(ctx), st=st, tail=tail, ph=phone(ctx), oid=order_id(ctx),
             d=ndate(ctx), amt=a, card=c, mail=p.email(ctx))


def t_w9(ctx):
    """US tax / payout onboarding"""
    rng, p = ctx.rng, ctx.person()
    st, tail, _ = address(ctx)
    return P("To receive marketplace payouts above $600 you need a W-9 on file. From your message:\n\nName: {name}\nTIN/SSN: {ssn}\nAddress: {st}, {tail}\nPayout card: {card}\n\nYour seller ID {sid} and the {y} 1099-K will be issued to {mail}.",
             name=p.full(), ssn=ssn(ctx), st=st, tail=tail, card=card(ctx)[0], sid=N("NEG_ORDER_ID", "A" + ralnum(rng, 12, string.ascii_uppercase + string.digits)),
             y=str(rng.randint(2023, 2025)), mail=p.email(ctx))


CHAT_T = {"card_dispute": t_card_dispute, "login_alert": t_login_alert, "loan_letter": t_loan_letter, "order_confirmation": t_order_confirmation,
          "delivery": t_delivery, "refund": t_refund, "marketplace": t_marketplace, "utility_bill": t_utility_bill, "debt_collection": t_debt_collection,
          "travel_claim": t_travel_claim, "policy_renewal": t_policy_renewal, "integration": t_integration, "rental": t_rental, "telecom": t_telecom,
          "statement_table": t_statement_table, "csv_export": t_csv_export, "receipt": t_receipt, "help_iban": t_help_iban}
CHAT_RU_ONLY = {"ru_seller": t_ru_seller}
CHAT_US_ONLY = {"w9": t_w9}


def chat_doc(ctx):
    pool = dict(CHAT_T)
    if ctx.lang == "ru":
        pool.update(CHAT_RU_ONLY)
    if ctx.locale == "en_US":
        pool.update(CHAT_US_ONLY)
    name = ctx.rng.choice(sorted(pool))
    return "ab.chat." + name, pool[name](ctx)


# ==============================================================================================
# JSON templates
# ==============================================================================================
def K(ctx, *names):
    """pick a key spelling: snake / camel / localised"""
    return ctx.rng.choice(names)


def j_address(ctx, style=None):
    st, _, (s, city, pc) = address(ctx)
    r = ctx.rng.random()
    if r < 0.33:
        return {"street": JS(st), "city": JS(I(city)), "postcode": JS(I(pc)), "country": ctx.locale[-2:]}
    if r < 0.66:
        return {"line1": JS(st), "city": JS(I(city)), "postalCode": JS(I(pc)), "countryCode": ctx.locale[-2:]}
    loc = {"de": {"strasse": JS(st), "ort": JS(I(city)), "plz": JS(I(pc))}, "fr": {"rue": JS(st), "ville": JS(I(city)), "code_postal": JS(I(pc))},
           "ru": {"улица": JS(st), "город": JS(I(city)), "индекс": JS(I(pc))}}
    return loc.get(ctx.lang, {"address_line_1": JS(st), "town": JS(I(city)), "zip": JS(I(pc))})


def j_customer(ctx, p=None, rich=True):
    rng = ctx.rng
    p = p or ctx.person()
    d = {K(ctx, "customerId", "customer_id", "id"): JS(nuuid(ctx)) if rng.random() < 0.5 else rng.randint(10000, 9999999),
         K(ctx, "fullName", "name", "full_name", "displayName"): JS(p.full()),
         K(ctx, "email", "emailAddress", "mail"): JS(p.email(ctx)),
         K(ctx, "phone", "phoneNumber", "mobile", "tel"): JS(phone(ctx))}
    if rich:
        if rng.random() < 0.5:
            d[K(ctx, "dateOfBirth", "date_of_birth", "dob", "birthDate")] = JS(dob(ctx, "iso" if rng.random() < 0.5 else None))
        d[K(ctx, "address", "billingAddress", "billing_address")] = j_address(ctx)
        if ctx.lang == "ru" and rng.random() < 0.7:
            d["kyc"] = {"passport": JS(ru_passport(ctx)), "snils": JS(snils(ctx)), "inn": inn(ctx, as_number=True) if rng.random() < 0.4 else JS(inn(ctx))}
        if ctx.locale == "en_US" and rng.random() < 0.3:
            d["ssn"] = JS(ssn(ctx))
        if rng.random() < 0.3:
            d[K(ctx, "lastLoginIp", "last_login_ip", "ip")] = JS(ipv4(ctx) if rng.random() < 0.7 else ipv6(ctx))
    return d


def j_money(ctx, lo=5, hi=900):
    rng = ctx.rng
    a, x = amount(ctx, lo, hi)
    cur = {"en_US": "USD", "en_GB": "GBP", "ru_RU": "RUB"}.get(ctx.locale, "EUR")
    r = rng.random()
    if r < 0.4:
        return {"amount": int(round(x * 100)), "currency": cur.lower()}
    if r < 0.7:
        return {"value": f"{x:.2f}", "currency": cur}
    return JS(a)


def j_items(ctx, n):
    items = []
    for _ in range(n):
        items.append({ctx.rng.choice(["sku", "SKU", "articleNo"]): JS(sku(ctx)), "ean": JS(ean13(ctx)), "title": JS(titlecase(ctx, PRODUCTS)),
                      "qty": ctx.rng.randint(1, 5), "unitPrice": j_money(ctx)})
    return items


def j_order(ctx):
    rng = ctx.rng
    p = ctx.person()
    o = {K(ctx, "orderId", "order_id", "orderNumber"): JS(order_id(ctx)), K(ctx, "createdAt", "created_at", "placed"): JS(ts(ctx)),
         "status": rng.choice(["paid", "shipped", "refunded", "partially_refunded", "pending"]),
         "customer": j_customer(ctx, p, rich=rng.random() < 0.6),
         K(ctx, "shippingAddress", "shipping_address", "ship_to"): dict({"recipient": JS(p.full("fl"))}, **j_address(ctx)),
         K(ctx, "lineItems", "items", "line_items"): j_items(ctx, rng.randint(1, 3)),
         "total": j_money(ctx, 20, 2500)}
    pay = {"method": rng.choice(["card", "sepa_debit", "paypal", "klarna"]), "transactionId": JS(txn_id(ctx))}
    if pay["method"] == "card":
        if rng.random() < 0.35:
            pay["card"] = {"pan": JS(card(ctx, style="compact")[0]), "brand": "visa", "exp": f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"}
        else:
            pay["card"] = {"last4": rdig(rng, 4), "brand": rng.choice(["visa", "mastercard", "amex"])}
    elif pay["method"] == "sepa_debit":
        pay["iban"] = JS(iban(ctx))
        pay["mandateReference"] = JS(N("NEG_ORDER_ID", "MNDT-" + rdig(rng, 9)))
    o["payment"] = pay
    if rng.random() < 0.5:
        carrier, tn = tracking(ctx)
        o["shipment"] = {"carrier": carrier, "trackingNumber": JS(tn), "eta": JS(ndate(ctx, "iso"))}
    return o


def j_shipment(ctx):
    rng = ctx.rng
    p = ctx.person()
    carrier, tn = tracking(ctx)
    ev = []
    for _ in range(rng.randint(2, 5)):
        ev.append({"ts": JS(ts(ctx)), "status": rng.choice(["LABEL_CREATED", "IN_TRANSIT", "ARRIVED_AT_HUB", "OUT_FOR_DELIVERY", "DELIVERY_ATTEMPTED", "DELIVERED"]),
                   "location": ctx.fk.city()})
    rec = {"name": JS(p.full()), "phone": JS(phone(ctx))}
    rec.update(j_address(ctx))
    return {"tracking_number": JS(tn), "carrier": carrier, "service": rng.choice(["Express Saver", "Standard", "Paket", "Colissimo Domicile", "EMS"]),
            "recipient": rec, "events": ev, "weight_kg": round(rng.uniform(0.2, 25), 2), "request_id": JS(nuuid(ctx))}


def j_claim(ctx):
    rng = ctx.rng
    p = ctx.person()
    benef = []
    for _ in range(rng.randint(1, 3)):
        b = ctx.person()
        benef.append({"name": JS(b.full()), "relationship": rng.choice(["spouse", "child", "parent", "partner"]), "share": rng.choice([25, 50, 100]),
                      "iban": JS(iban(ctx)), "birthDate": JS(dob(ctx, "iso"))})
    c = {"claimId": JS(claim_no(ctx)), "policy": {"number": JS(policy_no(ctx)), "product": JS(titlecase(ctx, ["Travel Plus Insurance", "Home Contents Cover", "Crescent Mutual"])), "start": JS(ndate(ctx, "iso"))},
         "claimant": j_customer(ctx, p), "beneficiaries": benef, "reserve": j_money(ctx, 200, 20000)}
    if rng.random() < 0.6:
        c["medical"] = {"hospitalRecordNumber" if rng.random() < 0.5 else "mrn": JS(mrn(ctx)), "admission": JS(ndate(ctx, "iso")),
                        "diagnosis_note": JS(P("Patient {n} admitted after fall; invoice {inv}.", n=p.full("fl"), inv=invoice_no(ctx)))}
    return c


def j_transactions(ctx, n=None):
    rng = ctx.rng
    p = ctx.person()
    tx = []
    for _ in range(n or rng.randint(3, 6)):
        other = ctx.person()
        t = {"id": JS(txn_id(ctx)), "bookingDate": JS(ndate(ctx, "iso")), "amount": j_money(ctx), "counterparty": {"name": JS(other.full("fl"))}}
        if rng.random() < 0.6:
            t["counterparty"]["iban"] = JS(iban(ctx))
        t["remittanceInformation"] = rng.choice(["Rent", "Miete Juni", "Loyer", "Оплата по счёту", "Refund " + str(rng.randint(1000, 99999))])
        tx.append(t)
    return {"account": {"iban": JS(iban(ctx)), "holder": JS(p.full()), "product": JS(titlecase(ctx, CARD_PRODUCTS))}, "transactions": tx,
            "generatedAt": JS(ts(ctx))}


def j_marketplace(ctx):
    rng = ctx.rng
    s, b = ctx.person(), ctx.person()
    msgs = [{"from": "buyer", "sent_at": JS(ts(ctx)), "body": JS(P("Hi, can you ship to {st}? My number is {ph}.", st=address(ctx)[0], ph=phone(ctx)))},
            {"from": "seller", "sent_at": JS(ts(ctx)), "body": JS(P("Sure. Pay {amt} to {iban} (reference {oid}).", amt=amount(ctx)[0], iban=iban(ctx), oid=order_id(ctx)))}]
    if ctx.lang == "ru":
        msgs[1]["body"] = JS(P("Да, оплатите {amt} на карту {c}, имя получателя {n}.", amt=amount(ctx)[0], c=card(ctx, "mir")[0], n=s.full("fl")))
    return {"listing": {"id": JS(N("NEG_ORDER_ID", rdig(rng, 10))), "title": JS(titlecase(ctx, PRODUCTS)), "price": j_money(ctx),
                        "seller": {"displayName": JS(s.full("fl")), "phone": JS(phone(ctx)), "memberSince": JS(ndate(ctx, "iso", 2019))}},
            "messages": msgs, "buyer": {"email": JS(b.email(ctx))}}


def j_invoice_local(ctx):
    rng = ctx.rng
    p = ctx.person()
    st, _, (s, city, pc) = address(ctx)
    if ctx.lang == "de":
        return {"Rechnungsnummer": JS(invoice_no(ctx)), "Rechnungsdatum": JS(ndate(ctx)), "Kunde": {"Name": JS(p.full()), "Straße": JS(st), "PLZ": JS(I(pc)), "Ort": JS(I(city)),
                "E-Mail": JS(p.email(ctx))}, "Positionen": j_items(ctx, rng.randint(1, 3)), "Bankverbindung": {"IBAN": JS(iban(ctx)), "BIC": "COBADEFFXXX"},
                "Gläubiger-ID": JS(N("NEG_NUMBER", f"DE{rdig(rng, 2)}ZZZ{rdig(rng, 11)}")), "Betrag": JS(amount(ctx)[0])}
    if ctx.lang == "fr":
        return {"numero_facture": JS(invoice_no(ctx)), "date_emission": JS(ndate(ctx)), "client": {"nom": JS(p.full()), "adresse": JS(st), "code_postal": JS(I(pc)),
                "ville": JS(I(city)), "telephone": JS(phone(ctx))}, "lignes": j_items(ctx, rng.randint(1, 3)), "reglement": {"iban": JS(iban(ctx))},
                "montant_ttc": JS(amount(ctx)[0])}
    if ctx.lang == "ru":
        return {"номер_счёта": JS(invoice_no(ctx)), "дата": JS(ndate(ctx)), "покупатель": {"ФИО": JS(p.full()), "ИНН": inn(ctx, 12, as_number=rng.random() < 0.5),
                "адрес": JS(st), "телефон": JS(phone(ctx))}, "позиции": j_items(ctx, rng.randint(1, 3)), "сумма": JS(amount(ctx)[0])}
    return {"invoiceNumber": JS(invoice_no(ctx)), "issued": JS(ndate(ctx)), "billTo": j_customer(ctx, p), "lines": j_items(ctx, rng.randint(1, 3)),
            "amountDue": j_money(ctx, 50, 5000), "payTo": {"iban": JS(iban(ctx, "GB"))}}


def j_webhook(ctx):
    rng = ctx.rng
    p = ctx.person()
    st, _, (s, city, pc) = address(ctx)
    obj = {"id": JS(txn_id(ctx)), "object": "payment_intent", "amount": rng.randint(500, 250000), "currency": rng.choice(["eur", "usd", "gbp"]),
           "billing_details": {"name": JS(p.full("fl")), "email": JS(p.email(ctx)), "phone": JS(phone(ctx, intl=True)),
                               "address": {"line1": JS(st), "city": JS(I(city)), "postal_code": JS(I(pc)), "country": ctx.locale[-2:]}},
           "payment_method_details": {"card": {"brand": "visa", "last4": rdig(rng, 4), "fingerprint": ralnum(rng, 16)}},
           "metadata": {"order_id": JS(order_id(ctx)), "client_ip": JS(ipv4(ctx))}}
    ev = {"id": JS(N("NEG_ORDER_ID", "evt_" + ralnum(rng, 24))), "type": rng.choice(["payment_intent.succeeded", "charge.refunded", "charge.dispute.created"]),
          "created": rng.randint(1700000000, 1780000000), "data": {"object": obj}, "request": {"id": JS(N("NEG_ORDER_ID", "req_" + ralnum(rng, 14))), "idempotency_key": JS(nuuid(ctx))}}
    if rng.random() < 0.5:
        ev["debug"] = {"endpoint_secret": JS(stripe_key(ctx, "whsec_")), "api_key": JS(stripe_key(ctx, rng.choice(["sk_live_", "rk_live_"]))),
                       "sdk": JS(pkg(ctx))}
    return ev


def j_collection_case(ctx):
    rng = ctx.rng
    p = ctx.person()
    d = {"case_ref": JS(N("NEG_ORDER_ID", f"DC-{rdig(rng, 8)}")), "debtor": j_customer(ctx, p), "original_creditor": JS(titlecase(ctx, COMPANIES)),
         "balance": j_money(ctx, 100, 9000), "last_contact": JS(ndate(ctx, "iso")), "notes": [JS(P("Debtor {n} promised payment by {d}; callback {ph}.", n=p.full("fl"), d=ndate(ctx), ph=phone(ctx)))]}
    return d


def j_llm_wrapper(ctx):
    """assistant completion envelope whose content is a chat answer; tool args double-encoded"""
    rng = ctx.rng
    _, segs = chat_doc(ctx)
    msg = {"role": "assistant", "content": JS(segs)}
    if rng.random() < 0.4:
        msg["tool_calls"] = [{"id": "call_" + ralnum(rng, 24), "type": "function", "function": {"name": rng.choice(["lookup_order", "create_refund", "get_customer"]),
                              "arguments": Nested({"order_id": JS(order_id(ctx)), "customer_email": JS(ctx.person().email(ctx))})}}]
    return {"id": "chatcmpl-" + ralnum(rng, 29), "object": "chat.completion", "created": rng.randint(1700000000, 1780000000),
            "model": rng.choice(["gpt-4o-2024-08-06", "assistant-large"]), "choices": [{"index": 0, "message": msg, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": rng.randint(100, 900), "completion_tokens": rng.randint(50, 700)}}


JSON_T = {"order": j_order, "shipment": j_shipment, "claim": j_claim, "transactions": j_transactions, "marketplace": j_marketplace,
          "invoice": j_invoice_local, "webhook": j_webhook, "collection_case": j_collection_case, "llm_wrapper": j_llm_wrapper,
          "customer": lambda ctx: {"data": j_customer(ctx), "status": "ok", "requestId": JS(nuuid(ctx))}}


def json_doc(ctx, target=None):
    rng = ctx.rng
    name = rng.choice(sorted(JSON_T))
    if target is None:
        obj = JSON_T[name](ctx)
        if rng.random() < 0.15:
            obj = {"ok": True, "result": Nested(obj)}
    else:
        key = {"order": "orders", "shipment": "shipments", "claim": "claims", "transactions": "accounts", "marketplace": "listings", "invoice": "invoices",
               "webhook": "events", "collection_case": "cases", "llm_wrapper": "completions", "customer": "customers"}[name]
        arr, size = [], 0
        while size < target:
            o = JSON_T[name](ctx)
            arr.append(o)
            size += len(plain(jdump(o, compact=True)))
        obj = {key: arr, "page": {"next": JS(nuuid(ctx)), "count": len(arr)}}
    style = rng.random()
    if style < 0.4:
        segs = jdump(obj, compact=True)
    elif style < 0.7:
        segs = jdump(obj, indent=2)
    else:
        segs = jdump(obj)
    return "ab.json." + name, segs


# ==============================================================================================
# long text (text4k / long64k)
# ==============================================================================================
def long_doc(ctx, target):
    rng = ctx.rng
    segs, used = [], []
    title = ctx.pick({"en": ["# Account review\n\n", "# Case summary for the support team\n\n", "# Monthly statement explained\n\n"],
                      "de": ["# Fallzusammenfassung\n\n"], "fr": ["# Synthèse du dossier\n\n"], "ru": ["# Сводка по обращению\n\n"]})
    segs += T(title)
    while len(plain(segs)) < target:
        pool = dict(CHAT_T)
        if ctx.lang == "ru":
            pool.update(CHAT_RU_ONLY)
        name = rng.choice(sorted(pool))
        used.append(name)
        segs += pool[name](ctx) + T("\n\n")
        if rng.random() < 0.3:
            segs += P("```\n[{t}] INFO payments: capture ok id={tx} amount={a} req={u}\n[{t2}] WARN risk: score=0.{s} ip={ip}\n```\n\n",
                      t=ts(ctx), tx=txn_id(ctx), a=amount(ctx)[0], u=nuuid(ctx), t2=ts(ctx), s=rdig(rng, 2), ip=ipv4(ctx))
    return "ab.long.mixed", segs


# ==============================================================================================
# OBFUSCATED docs (a user trying to sneak data past a filter)
# ==============================================================================================
def obf_doc(ctx):
    rng = ctx.rng
    p = ctx.person()
    k = rng.randrange(8)
    if k == 3 and ctx.lang != "ru" and ctx.locale != "en_US":
        k = 1
    o = lambda segs, kind=None: obf(ctx, segs, kind)
    if k == 0:
        body = {"en": "ok so the filter keeps eating it, here's my card: {c} exp 09/28, name {n}",
                "de": "der Filter löscht es immer, hier nochmal die Karte: {c}, Name {n}",
                "fr": "le filtre le supprime, voici ma carte : {c}, titulaire {n}", "ru": "фильтр всё режет, вот карта: {c}, держатель {n}"}[ctx.lang]
        return "ab.obf.card", P(body, c=o(card(ctx)[0]), n=o(p.full("fl")))
    if k == 1:
        body = {"en": "send the refund confirmation to {m} or text me at {ph}", "de": "Bestätigung bitte an {m} oder per SMS an {ph}",
                "fr": "envoyez la confirmation à {m} ou par SMS au {ph}", "ru": "подтверждение возврата на {m} или смс на {ph}"}[ctx.lang]
        return "ab.obf.contact", P(body, m=o(p.email(ctx), rng.choice(["words", "words", "homoglyph", "zero_width", "defang"])), ph=o(phone(ctx)))
    if k == 2:
        body = {"en": "wire the deposit to {i} (the bot keeps hiding it lol)", "de": "Kaution bitte auf {i} überweisen, der Bot blendet es sonst aus",
                "fr": "virez la caution sur {i}, le bot le masque sinon", "ru": "переведите залог на {i}, бот иначе прячет"}[ctx.lang]
        return "ab.obf.iban", P(body, i=o(iban(ctx)))
    if k == 3 and ctx.lang == "ru":
        return "ab.obf.ru_ids", P("Данные для выплаты: паспорт {pp}, СНИЛС {sn}, ИНН {inn}.", pp=o(ru_passport(ctx)), sn=o(snils(ctx)), inn=o(inn(ctx)))
    if k == 3 and ctx.locale == "en_US":
        return "ab.obf.ssn", P("For the loan pre-check my social is {s} and DOB {d}, don't let it get masked", s=o(ssn(ctx)), d=o(dob(ctx)))
    if k == 4:
        body = {"en": "the fraudulent orders all came from {ip}, block it", "de": "alle Betrugsbestellungen kamen von {ip}", "fr": "toutes les commandes frauduleuses viennent de {ip}",
                "ru": "все мошеннические заказы шли с {ip}"}[ctx.lang]
        return "ab.obf.ip", P(body, ip=o(ipv4(ctx)))
    if k == 5:
        return "ab.obf.key", P("{pre} {key}", pre=ctx.pick({"en": "paste this into the plugin settings:", "de": "in die Plugin-Einstellungen kopieren:",
                                                         "fr": "à coller dans les réglages du module :", "ru": "вставьте в настройки плагина:"}),
                               key=o(stripe_key(ctx, "sk_live_")))
    if k == 6:
        st, tail, _ = address(ctx)
        body = {"en": "deliver to {n}, {st}, {tail}, call {ph}", "de": "Lieferung an {n}, {st}, {tail}, Tel. {ph}", "fr": "livrer à {n}, {st}, {tail}, tél. {ph}",
                "ru": "доставка: {n}, {st}, {tail}, тел. {ph}"}[ctx.lang]
        return "ab.obf.delivery", P(body, n=o(p.full("fl")), st=o(st), tail=tail, ph=o(phone(ctx), "spelled"))
    body = {"en": "my partner's card for the split payment: {c}, and her email {m}", "de": "Karte meiner Partnerin für die Teilzahlung: {c}, Mail {m}",
            "fr": "la carte de ma compagne pour le paiement partagé : {c}, e-mail {m}", "ru": "карта жены для оплаты частями: {c}, почта {m}"}[ctx.lang]
    return "ab.obf.split", P(body, c=o(card(ctx)[0], rng.choice(["fullwidth", "dotted", "spaced"])), m=o(p.email(ctx), "words"))


# ==============================================================================================
# Driver
# ==============================================================================================
PLAN = [("chat", 193), ("json", 100), ("json4k", 40), ("text4k", 25), ("long64k", 2), ("stream", 60), ("obfuscated", 60)]
LANG_W = [("en", 55), ("de", 15), ("fr", 15), ("ru", 15)]


def pick_lang(rng):
    x = rng.uniform(0, 100)
    for lang, w in LANG_W:
        if x < w:
            return lang
        x -= w
    return "en"


def pick_locale(rng, lang):
    return {"en": rng.choice(["en_US", "en_US", "en_GB"]), "de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}[lang]


def chunks_of(rng, text):
    out, p = [], 0
    while p < len(text):
        n = rng.randint(1, 16)
        out.append(text[p:p + n])
        p += n
    return out


def make_doc(rng, fakers, shape, idx, seed):
    lang = pick_lang(rng)
    locale = pick_locale(rng, lang)
    ctx = Ctx(rng, fakers, lang, locale)
    base = None
    if shape == "stream":
        base = rng.choice(["chat", "chat", "chat", "json", "json", "text4k", "obfuscated"])
    kind = base or shape
    if kind == "chat":
        tpl, segs = chat_doc(ctx)
    elif kind == "json":
        tpl, segs = json_doc(ctx)
    elif kind == "json4k":
        tpl, segs = json_doc(ctx, target=rng.randint(3600, 4300))
    elif kind == "text4k":
        tpl, segs = long_doc(ctx, rng.randint(3600, 4400))
    elif kind == "long64k":
        tpl, segs = long_doc(ctx, 64000)
    else:
        tpl, segs = obf_doc(ctx)
    text, ents, negs, ign = finalize(segs)
    fmt = "json" if kind in ("json", "json4k") else "text"
    doc = {"id": f"ab{seed}-{shape}-{idx:04d}", "split": SPLIT, "shape": shape}
    if base:
        doc["base_shape"] = base
    doc.update({"format": fmt, "locale": locale, "lang": lang, "template": tpl, "holdout_only_template": False,
                "entities": ents, "negatives": negs, "ignore": ign, "text": text})
    if shape == "stream":
        doc["chunks"] = chunks_of(rng, text)
    verify(doc)
    return doc


def generate(seed):
    rng = random.Random(seed)
    _GID[0] = 0
    fakers = {loc: Faker(loc) for loc in LOCALES}
    docs = []
    for shape, n in PLAN:
        for i in range(1, n + 1):
            docs.append(make_doc(rng, fakers, shape, i, seed))
    return docs


def summary(docs):
    c = lambda it: dict(sorted(Counter(it).items(), key=lambda kv: (-kv[1], kv[0])))
    out = {"docs": len(docs),
           "by_shape": c(d["shape"] for d in docs),
           "stream_base_shape": c(d["base_shape"] for d in docs if d["shape"] == "stream"),
           "by_locale": c(d["locale"] for d in docs),
           "by_lang": c(d["lang"] for d in docs),
           "by_format": c(d["format"] for d in docs),
           "entities": sum(len(d["entities"]) for d in docs),
           "by_entity_type": c(e["type"] for d in docs for e in d["entities"]),
           "negatives": sum(len(d["negatives"]) for d in docs),
           "by_negative_kind": c(n["type"] for d in docs for n in d["negatives"]),
           "ignore_spans": sum(len(d["ignore"]) for d in docs),
           "obfuscated_docs": sum(1 for d in docs if any(e.get("obf") for e in d["entities"])),
           "obfuscated_entities": sum(1 for d in docs for e in d["entities"] if e.get("obf")),
           "by_obfuscation": c(e["obf"] for d in docs for e in d["entities"] if e.get("obf")),
           "stream_entities_split_across_chunks": 0,
           "by_template": c(d["template"] for d in docs)}
    sp = 0
    for d in docs:
        if d["shape"] != "stream":
            continue
        b, p = [], 0
        for ch in d["chunks"][:-1]:
            p += len(ch)
            b.append(p)
        sp += sum(1 for e in d["entities"] if any(e["start"] < x < e["end"] for x in b))
    out["stream_entities_split_across_chunks"] = sp
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=8080)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    docs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        print(json.dumps(summary(docs), ensure_ascii=False, indent=1))
    print(f"wrote {len(docs)} documents to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
