#!/usr/bin/env python3
"""make_probe_y.py - held-out probe "Y" for the PII-redaction bench.

Theme: official paperwork (letters, forms, certificates, medical letters, tenancy, HR,
visa, court/notary, bank, tax) and an assistant's translations / summaries / extractions
of them, in en_US, en_GB, de_DE, fr_FR, ru_RU.

Usage:  PYTHONPATH=/tmp/faker-site python3 make_probe_y.py --seed 5050 --out /tmp/probe_y.jsonl [--summary]

Standard library + Faker only.  Deterministic per --seed.  All templates written for this probe.
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as dt
import hashlib
import json
import random
import string
import sys
import unicodedata
import uuid

from faker import Faker

SPLIT = "probe_y"
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
LOC_W = [25, 17, 21, 17, 20]


# =============================================================================================
# Segments: a document (or a JSON string value) is a list of pieces; a piece is a plain str or
# a tuple (text, label).  label = {"type":..,"sub":..,"obf":..,"pem":bool} | {"neg":..} | {"ignore":1}
# =============================================================================================
class M(list):
    """marked string (text doc body or JSON string value)"""


class MNum:
    """JSON number carrying an entity label (e.g. INN stored as a number)"""

    def __init__(self, num, label):
        self.num, self.label = num, label


def E(typ, value, sub=None, obf=None, pem=False):
    lab = {"type": typ}
    if sub:
        lab["sub"] = sub
    if obf:
        lab["obf"] = obf
    if pem:
        lab["pem"] = True
    return (value, lab)


def N(neg, value):
    return (value, {"neg": "NEG_" + neg})


def IG(value):
    return (value, {"ignore": 1})


def S(tpl, **kw):
    """fill '{slot}' placeholders in tpl with pieces / piece lists / plain strings -> M"""
    out = M()
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            out.append(tpl[i:])
            break
        k = tpl.find("}", j)
        name = tpl[j + 1:k]
        if k < 0 or name not in kw:
            out.append(tpl[i:j + 1])
            i = j + 1
            continue
        out.append(tpl[i:j])
        v = kw[name]
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
        i = k + 1
    return M(p for p in out if p != "")


def cat(*parts):
    out = M()
    for p in parts:
        if isinstance(p, list):
            out.extend(p)
        else:
            out.append(p)
    return out


class Builder:
    def __init__(self):
        self.buf, self.pos = [], 0
        self.ents, self.negs, self.ign = [], [], []

    def plain(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def piece(self, text, lab, esc=None):
        t = esc if esc is not None else text
        s, e = self.pos, self.pos + len(t)
        self.buf.append(t)
        self.pos = e
        if "type" in lab:
            ent = {"type": lab["type"], "start": s, "end": e, "value": t}
            if lab.get("sub"):
                ent["sub"] = lab["sub"]
            if lab.get("pem"):
                a = t.index("-----", 5) + 5
                a += 2 if t[a] == "\\" else 1
                b = t.rindex("-----END")
                b -= 2 if t[b - 2:b] == "\\n" else 1
                ent["core"] = [s + a, s + b]
            if lab.get("obf"):
                ent["obf"] = lab["obf"]
            self.ents.append(ent)
        elif "neg" in lab:
            self.negs.append({"type": lab["neg"], "start": s, "end": e, "value": t})
        else:
            self.ign.append([s, e])

    def text(self):
        return "".join(self.buf)


def flat(m):
    for p in m:
        if isinstance(p, list):
            yield from flat(p)
        else:
            yield p


def render_text(m):
    b = Builder()
    for p in flat(m):
        if isinstance(p, tuple):
            b.piece(p[0], p[1])
        else:
            b.plain(p)
    return b


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def render_json(obj, indent=None, seps=(",", ":")):
    b = Builder()

    def w(o, lvl):
        if isinstance(o, M):
            b.plain('"')
            for p in flat(o):
                if isinstance(p, tuple):
                    b.piece(p[0], p[1], jesc(p[0]))
                else:
                    b.plain(jesc(p))
            b.plain('"')
        elif isinstance(o, MNum):
            b.piece(str(o.num), o.label)
        elif isinstance(o, dict):
            if not o:
                b.plain("{}")
                return
            b.plain("{")
            for n, (k, v) in enumerate(o.items()):
                if n:
                    b.plain(seps[0])
                if indent is not None:
                    b.plain("\n" + " " * (indent * (lvl + 1)))
                b.plain(json.dumps(k, ensure_ascii=False) + seps[1])
                w(v, lvl + 1)
            if indent is not None:
                b.plain("\n" + " " * (indent * lvl))
            b.plain("}")
        elif isinstance(o, list):
            if not o:
                b.plain("[]")
                return
            b.plain("[")
            for n, v in enumerate(o):
                if n:
                    b.plain(seps[0])
                if indent is not None:
                    b.plain("\n" + " " * (indent * (lvl + 1)))
                w(v, lvl + 1)
            if indent is not None:
                b.plain("\n" + " " * (indent * lvl))
            b.plain("]")
        elif isinstance(o, tuple):  # a bare labelled piece used as a JSON string
            w(M([o]), lvl)
        else:
            b.plain(json.dumps(o, ensure_ascii=False))
    w(obj, 0)
    return b


# =============================================================================================
# Checksummed / formatted identifiers
# =============================================================================================
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


CARD_PREFIX = {"visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2480", "2720"], 16),
               "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16),
               "jcb": (["3528", "3541", "3566", "3589"], 16), "mir": (["2200", "2201", "2202", "2204"], 16)}


def card_number(r, brand):
    pre, n = CARD_PREFIX[brand]
    body = r.choice(pre)
    while len(body) < n - 1:
        body += str(r.randint(0, 9))
    return body + luhn_digit(body)


def group_card(num, r, sep=None):
    sep = sep if sep is not None else r.choice([" ", " ", "-", ""])
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g)


IBAN_SPEC = {"DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a6n8n", "AT": "5n11n", "CH": "5n12c", "ES": "4n4n2n10n",
             "IT": "1a5n5n12c", "NL": "4a10n", "BE": "3n7n2n", "PL": "8n16n"}


def iban(r, cc, grouped):
    spec = IBAN_SPEC[cc]
    bban = ""
    num = ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        n = int(num)
        num = ""
        alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[ch]
        if ch == "c":
            alpha = string.digits * 3 + string.ascii_uppercase
        bban += "".join(r.choice(alpha) for _ in range(n))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s)
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def iban_ok(s):
    s = s.replace(" ", "")
    conv = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(conv) % 97 == 1


def snils(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if int("".join(map(str, d))) > 1001998:
            break
    s = sum(x * (9 - i) for i, x in enumerate(d))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "".join(map(str, d)), f"{c:02d}"


def fmt_snils(r, style=None):
    body, c = snils(r)
    style = style or r.choice(["formatted", "formatted", "dashed", "plain"])
    if style == "formatted":
        return f"{body[:3]}-{body[3:6]}-{body[6:]} {c}", style
    if style == "dashed":
        return f"{body[:3]}-{body[3:6]}-{body[6:]}-{c}", style
    return body + c, style


def inn(r, n12):
    reg = r.choice(["77", "78", "50", "52", "66", "16", "23", "54", "63", "74"])
    if not n12:
        d = [int(c) for c in reg] + [r.randint(0, 9) for _ in range(7)]
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
    else:
        d = [int(c) for c in reg] + [r.randint(0, 9) for _ in range(8)]
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))


def ru_passport(r, style=None):
    ser = f"{r.choice([45, 46, 40, 77, 50, 52, 60, 63, 65, 71, 92, 11, 36, 3]):02d}{r.randint(0, 24):02d}"
    num = f"{r.randint(100000, 999999)}"
    style = style or r.choice(["series_number", "spaced", "numero", "series_number"])
    if style == "series_number":
        return f"{ser} {num}", style
    if style == "spaced":
        return f"{ser[:2]} {ser[2:]} {num}", style
    if style == "numero":
        return f"{ser[:2]} {ser[2:]} № {num}", style
    return ser + num, style


def us_ssn(r, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dashed", "dashed", "dashed", "spaced", "plain"])
    sep = {"dashed": "-", "spaced": " ", "plain": ""}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", style


def nhs_number(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        if d[0] == 0:
            continue
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.6 else s


def mrn(r, loc):
    if loc == "en_GB" and r.random() < 0.6:
        return nhs_number(r), "nhs"
    k = r.random()
    if k < 0.35:
        return str(r.randint(1000000, 99999999)), "numeric"
    if k < 0.7:
        pre = {"en_US": ["MRN-", "MRN ", "PT-"], "en_GB": ["RX", "HN-"], "de_DE": ["PID-", "P-"],
               "fr_FR": ["IPP-", "NIP"], "ru_RU": ["МК-", "ИБ-"]}[loc]
        return r.choice(pre) + str(r.randint(100000, 9999999)), "prefixed"
    return (f"{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{r.randint(100000, 999999)}"
            f"/{r.randint(10, 99)}"), "alnum"


def rnd(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


AN = string.ascii_letters + string.digits
B64 = AN + "+/"


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def secret(r, kind=None):
    kind = kind or r.choice(["aws_access_key_id", "github_pat_classic", "stripe", "slack", "google_api", "jwt",
                             "openai_like", "gitlab", "password", "pem_private_key", "aws_secret_key"])
    if kind == "aws_access_key_id":
        v = r.choice(["AKIA", "ASIA"]) + rnd(r, string.ascii_uppercase + "234567", 16)
    elif kind == "aws_secret_key":
        v = rnd(r, B64, 40)
    elif kind == "github_pat_classic":
        v = "ghp_" + rnd(r, AN, 36)
    elif kind == "stripe":
        v = r.choice(["sk_live_", "rk_live_"]) + rnd(r, AN, 24)
    elif kind == "slack":
        v = f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{rnd(r, AN, 24)}"
    elif kind == "google_api":
        v = "AIza" + rnd(r, AN + "-_", 35)
    elif kind == "openai_like":
        v = "sk-proj-" + rnd(r, AN + "_-", 48)
    elif kind == "gitlab":
        v = "glpat-" + rnd(r, AN + "-_", 20)
    elif kind == "jwt":
        h = b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64url(json.dumps({"sub": str(r.randint(10**6, 10**9)), "iat": 1700000000 + r.randint(0, 10**7),
                               "scope": "docs.read"}, separators=(",", ":")).encode())
        v = f"{h}.{p}.{rnd(r, AN + '-_', 43)}"
    elif kind == "password":
        v = r.choice(["Sommer", "Bonjour", "Winter", "Lapin", "Kater", "Moskva", "Garden"]) + str(r.randint(10, 9999)) + r.choice("!*#$%")
    elif kind == "pem_private_key":
        lines = [rnd(r, B64, 64) for _ in range(r.randint(5, 9))] + [rnd(r, B64, r.randint(8, 60)) + "=="]
        v = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    return v, kind


# ---- hard-negative makers -------------------------------------------------------------------
def neg_cardlike(r):
    brand = r.choice(["visa", "mastercard", "discover", "mir"])
    num = card_number(r, brand)
    bad = str((int(num[-1]) + r.randint(1, 9)) % 10)
    num = num[:-1] + bad
    assert not luhn_ok(num)
    return group_card(num, r)


def neg_version(r):
    return f"{r.randint(1, 24)}.{r.randint(0, 40)}.{r.randint(0, 300)}.{r.randint(0, 99)}"


def neg_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def neg_hash(r):
    return hashlib.sha256(str(r.random()).encode()).hexdigest()[: r.choice([7, 12, 40, 64, 64])]


def neg_b64(r):
    raw = bytes(r.getrandbits(8) for _ in range(r.randint(24, 48)))
    k = r.random()
    if k < 0.4:
        return "data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n" + raw).decode()
    if k < 0.7:
        return "sha384-" + base64.b64encode(hashlib.sha384(raw).digest()).decode()
    return base64.b64encode(raw).decode()


def neg_timestamp(r):
    t = dt.datetime(2023, 1, 1) + dt.timedelta(seconds=r.randint(0, 80_000_000))
    k = r.randint(0, 4)
    if k == 0:
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if k == 1:
        return t.strftime("%H:%M:%S")
    if k == 2:
        return str(int(t.replace(tzinfo=dt.timezone.utc).timestamp()) * 1000 + r.randint(0, 999))
    if k == 3:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    return t.strftime("%Y-%m-%dT%H:%M:%S+01:00")


def neg_pkg(r):
    p = r.choice(["@docforge/ocr-core", "pdf-lib", "@formkit/i18n", "docx-templater", "@mapbox/address-parser",
                  "tesseract.js", "@letterhead/render"])
    return f"{p}@{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}" if r.random() < 0.8 else p


# =============================================================================================
# Locale data (written for this probe)
# =============================================================================================
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
DE_STREETS = ["Hauptstraße", "Bahnhofstraße", "Lindenweg", "Am Mühlbach", "Schillerstraße", "Goethestraße", "Kirchgasse",
              "Birkenallee", "Friedrich-Ebert-Straße", "Gartenstraße", "Rosenweg", "Am Sportplatz", "Bergstraße",
              "Mozartstraße", "Waldstraße", "Ringstraße", "Talstraße", "Kastanienallee", "Uhlandstr.", "Im Winkel",
              "Heinrich-Heine-Platz", "Mühlenkamp", "An der Alten Post"]
RU_CYR = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
RU_LAT = ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
          "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]
TR = dict(zip(RU_CYR, RU_LAT))


def ascii_slug(s):
    s = s.lower()
    s = "".join(TR.get(c, c) for c in s)
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and c.isascii())


class Person:
    def __init__(self, first, last, gender, middle="", loc="en_US"):
        self.first, self.last, self.gender, self.middle, self.loc = first, last, gender, middle, loc

    @property
    def sub(self):
        return LANG[self.loc]


def ru_gen(word, gender, kind):
    """very small genitive declension for Russian surnames / first names / patronymics"""
    w = word
    if gender == "m":
        if kind == "last":
            if w.endswith(("ов", "ев", "ин", "ын")):
                return w + "а"
            if w.endswith("ий"):
                return w[:-2] + "ого"
            return w + "а" if w[-1] not in "аяоеиыую" else w
        if kind == "middle":
            return w + "а"
        if w.endswith("й"):
            return w[:-1] + "я"
        if w.endswith("ь"):
            return w[:-1] + "я"
        if w.endswith("а"):
            return w[:-1] + ("и" if w[-2:-1] in "гкхжчшщ" else "ы")
        if w.endswith("я"):
            return w[:-1] + "и"
        return w + "а"
    if kind == "last":
        if w.endswith(("ова", "ева", "ина", "ына")):
            return w[:-1] + "ой"
        if w.endswith("ая"):
            return w[:-2] + "ой"
        return w
    if kind == "middle":
        return w[:-1] + "ы"
    if w.endswith("а"):
        return w[:-1] + ("и" if w[-2:-1] in "гкхжчшщ" else "ы")
    if w.endswith("я"):
        return w[:-1] + "и"
    return w


def ru_acc_f(w):
    if w.endswith("ая"):
        return w[:-2] + "ую"
    if w.endswith("а"):
        return w[:-1] + "у"
    if w.endswith("я"):
        return w[:-1] + "ю"
    return w


class Ctx:
    """per-document generation context for one locale"""

    def __init__(self, r, fakers, loc):
        self.r, self.loc, self.fk = r, loc, fakers[loc]
        self.lang = LANG[loc]
        self.fakers = fakers

    # ---------------- people ----------------
    def person(self, gender=None, loc=None):
        loc = loc or self.loc
        fk = self.fakers[loc]
        g = gender or self.r.choice("mf")
        if g == "m":
            first, last = fk.first_name_male(), fk.last_name_male()
        else:
            first, last = fk.first_name_female(), fk.last_name_female()
        mid = ""
        if loc == "ru_RU":
            mid = fk.middle_name_male() if g == "m" else fk.middle_name_female()
        elif loc in ("en_US",) and self.r.random() < 0.25:
            mid = self.r.choice(string.ascii_uppercase) + "."
        if loc == "de_DE" and self.r.random() < 0.1:
            last = last + "-" + fk.last_name()
        if loc == "fr_FR" and self.r.random() < 0.15:
            first = first + "-" + (fk.first_name_male() if g == "m" else fk.first_name_female())
        return Person(first, last, g, mid, loc)

    def pn(self, p, form=None):
        """person name piece in one of several locale-typical renderings"""
        r = self.r
        if p.loc == "ru_RU":
            form = {"fl": "fi", "full": "fi", "fml": "fio", "l,f": "f_init", "init": "init_f", "LF": "fio", "fL": "fi", "Lf": "fio"}.get(form, form)
            form = form or r.choice(["fio", "fio", "io_f", "f_init", "init_f", "fi"])
            f0, m0 = p.first[0] + ".", p.middle[0] + "."
            v = {"fio": f"{p.last} {p.first} {p.middle}", "io_f": f"{p.first} {p.middle} {p.last}",
                 "f_init": f"{p.last} {f0} {m0}" if r.random() < .5 else f"{p.last} {f0}{m0}",
                 "init_f": f"{f0} {m0} {p.last}" if r.random() < .5 else f"{f0}{m0} {p.last}",
                 "fi": f"{p.first} {p.last}", "io": f"{p.first} {p.middle}", "last": p.last,
                 "gen": " ".join([ru_gen(p.last, p.gender, "last"), ru_gen(p.first, p.gender, "first"),
                                  ru_gen(p.middle, p.gender, "middle")]),
                 "gen_init": f"{ru_gen(p.last, p.gender, 'last')} {f0} {m0}",
                 "acc": " ".join([ru_gen(p.last, p.gender, "last"), ru_gen(p.first, p.gender, "first"), ru_gen(p.middle, p.gender, "middle")])
                 if p.gender == "m" else " ".join([ru_acc_f(p.last), ru_acc_f(p.first), ru_acc_f(p.middle)])}[form]
        elif p.loc == "fr_FR":
            form = {"fml": "fl", "l,f": "Lf", "LF": "Lf", "fio": "fL", "f_init": "init", "init_f": "init", "fi": "fl", "io_f": "fl"}.get(form, form)
            form = form or r.choice(["fl", "fL", "fL", "Lf", "init"])
            v = {"fl": f"{p.first} {p.last}", "fL": f"{p.first} {p.last.upper()}", "Lf": f"{p.last.upper()} {p.first}",
                 "init": f"{p.first[0]}. {p.last}", "last": p.last, "full": f"{p.first} {p.last}"}[form]
        elif p.loc == "de_DE":
            form = {"fml": "fl", "LF": "l,f", "fL": "fl", "Lf": "l,f", "fio": "fl", "f_init": "init", "init_f": "init", "fi": "fl", "io_f": "fl"}.get(form, form)
            form = form or r.choice(["fl", "fl", "fl", "l,f", "init"])
            v = {"fl": f"{p.first} {p.last}", "l,f": f"{p.last}, {p.first}", "init": f"{p.first[0]}. {p.last}",
                 "last": p.last, "full": f"{p.first} {p.last}"}[form]
        else:
            form = {"fL": "fl", "Lf": "LF", "fio": "fml", "f_init": "init", "init_f": "init", "fi": "fl", "io_f": "fl"}.get(form, form)
            form = form or r.choice(["fl", "fl", "fml", "l,f", "init"])
            mid = p.middle or (r.choice(string.ascii_uppercase) + ".")
            v = {"fl": f"{p.first} {p.last}", "fml": f"{p.first} {mid} {p.last}", "l,f": f"{p.last}, {p.first}",
                 "init": f"{p.first[0]}. {p.last}", "last": p.last, "full": f"{p.first} {p.last}",
                 "LF": f"{p.last.upper()}, {p.first}"}[form]
        return E("PERSON", v, p.sub)

    def title(self, p, lang=None):
        lang = lang or self.lang
        r = self.r
        dr = r.random() < 0.2
        if lang == "de":
            return ("Herr" if p.gender == "m" else "Frau") + (" Dr." if dr else "")
        if lang == "fr":
            return ("M." if p.gender == "m" else r.choice(["Mme", "Madame"])) + (" le Dr" if dr and p.gender == "m" else "")
        if lang == "ru":
            return "г-н" if p.gender == "m" else "г-жа"
        if self.loc == "en_GB" or r.random() < 0.3:
            return ("Mr" if p.gender == "m" else r.choice(["Ms", "Mrs", "Miss"])) + (" " if not dr else "") if not dr else "Dr"
        return ("Mr." if p.gender == "m" else r.choice(["Ms.", "Mrs."])) if not dr else "Dr."

    def salute(self, p, lang=None):
        lang = lang or self.lang
        r = self.r
        if lang == "de":
            t = "Sehr geehrter Herr" if p.gender == "m" else "Sehr geehrte Frau"
            if r.random() < 0.25:
                t += " Dr."
            return S(t + " {n},", n=E("PERSON", p.last, p.sub))
        if lang == "fr":
            if r.random() < 0.4:
                return M(["Madame, Monsieur,"])
            t = "Cher Monsieur" if p.gender == "m" else "Chère Madame"
            return S(t + " {n},", n=E("PERSON", p.last if r.random() < .6 else p.first + " " + p.last, p.sub))
        if lang == "ru":
            t = "Уважаемый" if p.gender == "m" else "Уважаемая"
            if p.loc == "ru_RU":
                return S(t + " {n}!", n=self.pn(p, "io"))
            return S(t + " {n}!", n=E("PERSON", p.first + " " + p.last, p.sub))
        t = self.title(p, "en").strip()
        return S("Dear " + t + " {n},", n=E("PERSON", p.last, p.sub)) if r.random() < .7 else S("Dear {n},", n=E("PERSON", p.first, p.sub))

    # ---------------- dates ----------------
    def rdate(self, y0, y1):
        d0 = dt.date(y0, 1, 1).toordinal()
        return dt.date.fromordinal(self.r.randint(d0, dt.date(y1, 12, 31).toordinal()))

    def fdate(self, d, lang=None, loc=None):
        loc = loc or self.loc
        lang = lang or LANG[loc]
        r = self.r
        mo = MONTHS[lang][d.month - 1]
        if lang == "de":
            return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {mo} {d.year}",
                             f"{d.day}.{d.month}.{d.year}", f"{d.day:02d}. {mo} {d.year}", d.isoformat()])
        if lang == "fr":
            dd = "1er" if d.day == 1 else str(d.day)
            return r.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{dd} {mo} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                             f"{dd} {mo} {d.year}"])
        if lang == "ru":
            return r.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {mo} {d.year}", f"{d.day:02d} {mo} {d.year}",
                             d.isoformat()])
        if loc == "en_GB":
            sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            return r.choice([f"{d.day} {mo} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}{sfx} {mo} {d.year}",
                             f"{d.day} {mo[:3]} {d.year}"])
        return r.choice([f"{mo} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}", f"{mo[:3]}. {d.day}, {d.year}",
                         d.isoformat(), f"{d.month}/{d.day}/{d.year}"])

    def nrange(self, lang=None, loc=None, y0=2019, y1=2026):
        a = self.rdate(y0, y1)
        b = a + dt.timedelta(days=self.r.randint(2, 40))
        return N("DATE", self.fdate(a, lang, loc)), N("DATE", self.fdate(b, lang, loc))

    def dob(self, lang=None, loc=None, y0=1938, y1=2006):
        return E("DATE_OF_BIRTH", self.fdate(self.rdate(y0, y1), lang, loc))

    def ndate(self, lang=None, loc=None, y0=2019, y1=2026):
        return N("DATE", self.fdate(self.rdate(y0, y1), lang, loc))

    # ---------------- addresses ----------------
    def street(self, loc=None):
        loc = loc or self.loc
        r, fk = self.r, self.fakers[loc]
        if loc == "de_DE":
            nm = r.choice(DE_STREETS) if r.random() < .6 else fk.street_name()
            v = f"{nm} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
        elif loc == "fr_FR":
            v = f"{r.randint(1, 120)}{r.choice(['', '', '', ' bis', ' ter'])}{r.choice([', ', ' '])}{fk.street_name()}"
        elif loc == "ru_RU":
            v = f"{fk.street_name()}, д. {r.randint(1, 90)}" + r.choice(["", f", корп. {r.randint(1, 4)}", ""]) + \
                (f", кв. {r.randint(1, 300)}" if r.random() < .7 else "")
        elif loc == "en_GB":
            v = f"{r.randint(1, 220)} {fk.street_name()}"
            if r.random() < 0.3:
                v = f"Flat {r.randint(1, 40)}, " + v
        else:
            v = f"{r.randint(10, 9999)} {fk.street_name()}" + r.choice(["", "", f", Apt {r.randint(1, 40)}", f" Suite {r.randint(100, 950)}"])
        return E("STREET_ADDRESS", v, LANG[loc])

    def cityline(self, loc=None):
        loc = loc or self.loc
        fk = self.fakers[loc]
        if loc in ("de_DE", "fr_FR"):
            return f"{fk.postcode()} {fk.city()}"
        if loc == "ru_RU":
            return f"г. {fk.city_name()}, {fk.postcode()}"
        if loc == "en_GB":
            return f"{fk.city()}\n{fk.postcode()}" if self.r.random() < .5 else f"{fk.city()} {fk.postcode()}"
        return f"{fk.city()}, {fk.state_abbr()} {fk.zipcode()}"

    def addr_block(self, p, loc=None, extra=None):
        """postal recipient block; name and street labelled, city/postcode ignored"""
        loc = loc or self.loc
        r = self.r
        lines = M()
        if loc == "de_DE":
            if r.random() < .5:
                lines += [("Herrn" if p.gender == "m" else "Frau") + "\n"]
                lines += [self.pn(p, "fl"), "\n"]
            else:
                lines += [self.title(p, "de") + " ", self.pn(p, "fl"), "\n"]
        elif loc == "fr_FR":
            lines += [self.title(p, "fr") + " ", self.pn(p, r.choice(["fL", "fl"])), "\n"]
        elif loc == "ru_RU":
            lines += [self.pn(p, r.choice(["fio", "f_init"])), "\n"]
        else:
            lines += [self.title(p, "en").strip() + " ", self.pn(p, r.choice(["fl", "init", "fml"])), "\n"]
        if extra:
            lines += extra
        if loc == "ru_RU" and r.random() < .5:
            lines += [IG(self.cityline(loc)), ", ", self.street(loc)]
        else:
            lines += [self.street(loc), "\n", IG(self.cityline(loc))]
        return lines

    # ---------------- contact ----------------
    def phone(self, loc=None):
        loc = loc or self.loc
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))
        if loc == "en_US":
            a, b, c = f"{r.randint(201, 989)}", f"{r.randint(200, 999)}", d(4)
            v, sub = r.choice([(f"({a}) {b}-{c}", "national_US"), (f"{a}-{b}-{c}", "national_US"), (f"{a}.{b}.{c}", "national_US"),
                               (f"+1 {a} {b} {c}", "intl_US"), (f"+1-{a}-{b}-{c}", "intl_US")])
        elif loc == "en_GB":
            v, sub = r.choice([(f"07{d(3)} {d(6)}", "national_GB"), (f"020 {d(4)} {d(4)}", "national_GB"),
                               (f"0161 {d(3)} {d(4)}", "national_GB"), (f"+44 7{d(3)} {d(6)}", "intl_GB"),
                               (f"+44 (0)1{d(2)} {d(3)} {d(4)}", "intl_GB")])
        elif loc == "de_DE":
            v, sub = r.choice([(f"030 {d(8)}", "national_DE"), (f"0{r.choice(['151', '160', '176', '171'])} {d(8)}", "national_DE"),
                               (f"0{r.randint(2, 9)}{d(2)}/{d(6)}", "national_DE"), (f"+49 {r.randint(30, 89)} {d(7)}", "intl_DE"),
                               (f"+49 (0){r.choice(['151', '172', '89'])} {d(3)} {d(4)}", "intl_DE"),
                               (f"0{r.randint(2, 9)}{d(2)} {d(5)}-{d(2)}", "national_DE")])
        elif loc == "fr_FR":
            pp = lambda: " ".join(d(2) for _ in range(4))
            v, sub = r.choice([(f"0{r.randint(1, 7)} {pp()}", "national_FR"), (f"0{r.choice([6, 7])}.{d(2)}.{d(2)}.{d(2)}.{d(2)}", "national_FR"),
                               (f"+33 {r.randint(1, 7)} {pp()}", "intl_FR"), (f"+33 (0){r.randint(1, 7)} {pp()}", "intl_FR")])
        else:
            op = r.choice(["495", "499", "812", "916", "903", "926", "343", "383"])
            v, sub = r.choice([(f"+7 ({op}) {d(3)}-{d(2)}-{d(2)}", "intl_RU"), (f"8 ({op}) {d(3)}-{d(2)}-{d(2)}", "national_RU"),
                               (f"+7 {op} {d(3)} {d(2)} {d(2)}", "intl_RU"), (f"8-{op}-{d(3)}-{d(2)}-{d(2)}", "national_RU")])
        return E("PHONE", v, sub)

    def email(self, p=None, domain=None):
        r = self.r
        p = p or self.person()
        f, l = ascii_slug(p.first)[:12] or "x", ascii_slug(p.last)[:14] or "y"
        user = r.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}{r.randint(1, 99)}", f"{f}{l[0]}", f"{f}_{l}"])
        dom = domain or r.choice({"en_US": ["gmail.com", "outlook.com", "yahoo.com", "example.com"],
                                  "en_GB": ["btinternet.com", "outlook.co.uk", "gmail.com", "example.co.uk"],
                                  "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "example.de"],
                                  "fr_FR": ["orange.fr", "free.fr", "laposte.net", "example.fr"],
                                  "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "example.ru"]}[p.loc])
        return E("EMAIL", f"{user}@{dom}")

    def iban_e(self, cc=None):
        cc = cc or {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB", "en_US": self.r.choice(["DE", "NL", "GB"]),
                    "ru_RU": self.r.choice(["DE", "AT", "CH"])}[self.loc]
        if self.r.random() < 0.15:
            cc = self.r.choice(["AT", "CH", "ES", "IT", "BE", "PL", "NL"])
        g = self.r.random() < 0.6
        return E("IBAN", iban(self.r, cc, g), f"{cc}_{'grouped' if g else 'compact'}")

    def card_e(self, brand=None):
        brand = brand or self.r.choice(["visa", "visa", "mastercard", "amex", "discover", "jcb", "mir" if self.loc == "ru_RU" else "visa"])
        return E("CREDIT_CARD", group_card(card_number(self.r, brand), self.r), brand)

    def ssn_e(self):
        v, s = us_ssn(self.r)
        return E("US_SSN", v, s)

    def mrn_e(self):
        v, s = mrn(self.r, self.loc)
        return E("MEDICAL_RECORD_NUMBER", v, s)

    def snils_e(self):
        v, s = fmt_snils(self.r)
        return E("RU_SNILS", v, s)

    def inn_e(self, n12=None):
        n12 = self.r.random() < .6 if n12 is None else n12
        return E("RU_INN", inn(self.r, n12), "inn12" if n12 else "inn10")

    def pass_e(self):
        v, s = ru_passport(self.r)
        return E("RU_PASSPORT", v, s)

    def ipv4_e(self):
        r = self.r
        v = r.choice([f"{r.choice([81, 85, 91, 62, 193, 178, 94, 212])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                      f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"])
        return E("IPV4", v)

    def ipv6_e(self):
        r = self.r
        g = [f"{r.randint(0, 65535):x}" for _ in range(8)]
        v = r.choice(["2a02:" + ":".join(g[1:]), f"2001:db8:{g[2]}:{g[3]}::{g[4]}", f"fe80::{g[5]}:{g[6]}:{g[7]}"])
        return E("IPV6", v)

    def key_e(self, kind=None):
        v, k = secret(self.r, kind)
        return E("API_KEY", v, k, pem=k.startswith("pem"))

    # ---------------- negatives ----------------
    def nref(self):
        r = self.r
        v = r.choice([f"{r.randint(2019, 2025)}-{r.randint(10000, 999999)}", f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}",
                      f"{r.choice(['VN', 'KD', 'DOS', 'REF', 'INV', 'CLM'])}-{r.randint(100000, 9999999)}", str(r.randint(10**8, 10**11))])
        return N("ORDER_ID", v)

    def nnum(self, kind=None):
        r = self.r
        k = {"amount": 0, "count": 3, None: r.randint(0, 4)}[kind]
        if k == 0:
            a = f"{r.randint(100, 9999)},{r.randint(0, 99):02d}"
            return N("NUMBER", {"de": f"{a} €", "fr": f"{a} €", "ru": f"{a} руб."}.get(self.lang, ("£" if self.loc == "en_GB" else "$") + f"{r.randint(100, 9999)}.{r.randint(0, 99):02d}"))
        if k == 1:
            return N("NUMBER", f"978-3-{r.randint(100, 999)}-{r.randint(10000, 99999)}-{r.randint(0, 9)}")
        if k == 2:
            return N("NUMBER", f"0x{r.getrandbits(32):08X}")
        if k == 3:
            return N("NUMBER", f"{r.randint(1, 999)} {r.randint(100, 999)} {r.randint(100, 999)}" if self.lang in ("fr", "ru")
                     else f"{r.randint(1, 999)},{r.randint(100, 999)},{r.randint(100, 999)}")
        return N("NUMBER", f"{r.randint(10, 99)}.{r.randint(0, 9)} %")

    def ntitle(self):
        r = self.r
        v = r.choice({"en": ["Human Resources", "Tenancy Deposit Scheme", "Registered Office", "Kind Regards", "Accident And Emergency",
                             "Social Security Administration", "Power Of Attorney", "Council Tax Reduction", "Yours Sincerely"],
                      "de": ["Deutsche Rentenversicherung", "Allgemeine Geschäftsbedingungen", "Agentur Für Arbeit",
                             "Bürgeramt Mitte", "Landeshauptstadt Potsdam", "Amtsgericht Charlottenburg"],
                      "fr": ["Caisse Primaire", "Service Public", "Tribunal Judiciaire", "Pôle Emploi", "Centre Hospitalier Universitaire"],
                      "ru": ["Пенсионный Фонд", "Многофункциональный Центр", "Городская Поликлиника", "Главное Управление"]}[self.lang])
        return N("TITLECASE", v)


# =============================================================================================
# Template registry
# =============================================================================================
TEXT_T = collections.defaultdict(list)   # lang-group -> [(name, fn)]
JSON_T = []                              # [(name, fn)]  fn(c) -> obj tree (locale-aware)
OBF_T = []


def tt(*groups):
    def deco(fn):
        for g in groups:
            TEXT_T[g].append((fn.__name__, fn))
        return fn
    return deco


def jt(fn):
    JSON_T.append((fn.__name__, fn))
    return fn


def ot(fn):
    OBF_T.append((fn.__name__, fn))
    return fn


# ---------------------------------------------------------------------------------------------
# shared little pieces
# ---------------------------------------------------------------------------------------------
ORGS = {
    "en_US": ["Northfield Mutual Insurance", "Cedar Valley Medical Center", "Brightline Property Management", "Harlow & Price LLP",
              "Lakeshore Community College", "Summit Wireless", "Department of Motor Vehicles"],
    "en_GB": ["Thornbury Lettings Ltd", "St Aldric's Hospital NHS Trust", "Wexford Building Society", "Kestrel Broadband",
              "Marlow & Finch Solicitors", "Borough Council of Ashdown", "Greyfriars College"],
    "de_DE": ["Stadtwerke Neuhausen GmbH", "Klinikum am Rosengarten", "Hausverwaltung Brandt & Söhne", "FitLine Studios GmbH",
              "Techniker Versicherung AG", "Ausländerbehörde Kreis Lahnau", "Kanzlei Wendt Rechtsanwälte"],
    "fr_FR": ["Assurances Mutuelles du Centre", "Centre hospitalier Saint-Roch", "Agence Immobilière Duval", "Box Télécom SA",
              "Préfecture de la Loire", "Cabinet Moreau Avocats", "Université de Valfleury"],
    "ru_RU": ["ООО «Северный ветер»", "ГБУЗ «Городская больница № 4»", "АО «Телесеть»", "ООО «Управляющая компания Дом-Сервис»",
              "МФЦ района Хамовники", "ПАО «Региональный банк»", "Нотариальная контора № 12"],
}
MED_ORGS = {
    "en_US": ["Cedar Valley Medical Center", "Mercy Ridge Hospital", "Bayside Family Clinic"],
    "en_GB": ["St Aldric's Hospital NHS Trust", "Northgate General Hospital", "Riverside Surgery"],
    "de_DE": ["Klinikum am Rosengarten", "Kreiskrankenhaus Lahnau", "St.-Elisabeth-Hospital"],
    "fr_FR": ["Centre hospitalier Saint-Roch", "Clinique des Tilleuls", "Hôpital privé du Val"],
    "ru_RU": ["ГБУЗ «Городская больница № 4»", "ГКБ № 17", "ЦРБ Заречного района"],
}
ROLES = {"en": ["Office Manager", "Registered Nurse", "Software Developer", "Accounts Assistant", "Warehouse Supervisor"],
         "de": ["Sachbearbeiterin", "Projektleiter", "Pflegefachkraft", "Buchhalterin", "Lagerist"],
         "fr": ["assistante de direction", "chef de projet", "infirmier", "comptable", "technicienne de laboratoire"],
         "ru": ["бухгалтер", "инженер-программист", "медицинская сестра", "менеджер по продажам", "юрисконсульт"]}


def org(c, loc=None):
    return c.r.choice(ORGS[loc or c.loc])


def med_org(c):
    return c.r.choice(MED_ORGS[c.loc])


def pick(c, *opts):
    return c.r.choice(opts)


def city(c, loc=None):
    fk = c.fakers[loc or c.loc]
    return fk.city_name() if (loc or c.loc) == "ru_RU" else fk.city()


def opener(c, lang=None):
    lang = lang or c.lang
    return c.r.choice({
        "en": ["Here is the finished letter:", "Sure — below is a cleaned-up version you can send.", "I've drafted it in a formal register:",
               "Here's the corrected draft with your details filled in:", "Below is the text from your scan, tidied up:"],
        "de": ["Hier ist der fertige Brief:", "Gern – hier ein formeller Entwurf, den Sie so abschicken können:",
               "Ich habe Ihren Entwurf überarbeitet:", "Hier die korrigierte Fassung mit Ihren Angaben:"],
        "fr": ["Voici la lettre finalisée :", "Bien sûr — voici une version corrigée que vous pouvez envoyer :",
               "J'ai reformulé votre brouillon dans un style administratif :", "Voici le texte de votre scan, remis au propre :"],
        "ru": ["Вот готовый текст:", "Конечно, вот исправленный вариант, который можно отправлять:",
               "Я переработал ваш черновик в официальном стиле:", "Ниже — текст вашего скана, приведённый в порядок:"],
    }[lang])


def closer(c, lang=None):
    lang = lang or c.lang
    return c.r.choice({
        "en": ["Let me know if you'd like a shorter version.", "Remember to sign it by hand before posting.",
               "Tip: send it by recorded delivery and keep a copy.", ""],
        "de": ["Denken Sie daran, das Schreiben per Einschreiben zu versenden.", "Soll ich noch eine kürzere Fassung erstellen?", ""],
        "fr": ["Pensez à l'envoyer en recommandé avec accusé de réception.", "Souhaitez-vous une version plus courte ?", ""],
        "ru": ["Не забудьте подписать заявление от руки.", "Если нужно, могу сократить текст.", ""],
    }[lang])


def sign(c, p, lang=None):
    lang = lang or c.lang
    greet = c.r.choice({"en": ["Yours sincerely,", "Kind regards,", "Yours faithfully,", "Sincerely,"],
                        "de": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Hochachtungsvoll"],
                        "fr": ["Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", "Cordialement,",
                               "Je vous prie d'agréer mes sincères salutations."],
                        "ru": ["С уважением,", "С уважением"]}[lang])
    return S(greet + "\n\n{n}", n=c.pn(p, "fio" if p.loc == "ru_RU" and c.r.random() < .5 else None))


def with_lang(m, lang):
    return m, lang


# =============================================================================================
# English (en_US / en_GB)
# =============================================================================================
@tt("en")
def en_complaint_letter(c):
    r = c.r
    me, them = c.person(), c.person()
    ref_mine = "Our ref" if r.random() < .5 else "My ref"
    body = r.choice([
        "I am writing to complain about the repeated billing errors on my account. Despite my call on {d1}, the amount of {amt} was taken twice.",
        "I wish to raise a formal complaint regarding the handling of my claim, which was submitted on {d1} and remains unresolved.",
        "Further to our telephone conversation on {d1}, I am disputing the charge of {amt} that appeared on my statement.",
    ])
    return cat(opener(c), "\n\n",
               c.pn(me, "fl"), "\n", c.street(), "\n", IG(c.cityline()), "\n", c.phone(), "\n", c.email(me), "\n\n",
               c.ndate(), "\n\n",
               "FAO ", c.pn(them, "fl"), "\nComplaints Team, ", org(c), "\n", c.street(), "\n", IG(c.cityline()), "\n\n",
               S(f"{ref_mine}: {{ref}}   Your ref: {{ref2}}\n\n", ref=c.nref(), ref2=c.nref()),
               c.salute(them), "\n\n",
               S(body, d1=c.ndate(), amt=c.nnum()), " ",
               S("The account is held in my name ({n}) and payments are made from {ib}. Please refund the duplicate amount within 14 days.\n\n",
                 n=c.pn(me, "full"), ib=c.iban_e()),
               sign(c, me), "\n\n", closer(c))


@tt("en")
def en_form_fill(c):
    r = c.r
    p = c.person()
    us = c.loc == "en_US"
    form = "Form SS-5 style application" if us else "the passport renewal form"
    lines = [f"Here's how I'd fill in {form}, using the details you pasted:\n\n",
             S("Field 1 — Full name: {n}\n", n=c.pn(p, "fml" if us else "fl")),
             S("Field 2 — Other names used: none\nField 3 — Date of birth: {d}\n", d=c.dob(y1=2004)),
             S("Field 4 — Place of birth: {x}\n", x=city(c))]
    if us:
        lines.append(S("Field 5 — Social Security number (if previously issued): {s}\n", s=c.ssn_e()))
    lines += [S("Field 6 — Home address: {a}, ", a=c.street()), IG(c.cityline().replace("\n", " ")), "\n",
              S("Field 7 — Daytime phone: {ph}\nField 8 — Email: {em}\n", ph=c.phone(), em=c.email(p)),
              S("Field 9 — Date of issue of previous document: {d} (this is NOT your birth date — people often mix these up)\n", d=c.ndate(y0=2012, y1=2020)),
              S("Field 10 — Expiry date: {d}\n\n", d=c.ndate(y0=2024, y1=2030)),
              S("Leave box 11 blank. The form version printed in the footer is {v}; make sure it matches the one on the website.", v=N("VERSION", neg_version(r)))]
    return cat(*lines)


@tt("en")
def en_discharge_summary(c):
    r = c.r
    p, doc, gp = c.person(), c.person(), c.person()
    hosp = med_org(c)
    return cat("DISCHARGE SUMMARY\n", hosp, "\n\n",
               S("Patient: {n}    DOB: {d}    {lab}: {m}\n", n=c.pn(p, r.choice(["LF", "fl", "l,f"])), d=c.dob(y0=1935, y1=1990),
                 lab="NHS No" if c.loc == "en_GB" else "MRN", m=c.mrn_e()),
               S("Address: {a}, ", a=c.street()), IG(c.cityline().replace("\n", ", ")), "\n",
               S("Admitted: {a}   Discharged: {b}\nConsultant: Dr {dn}\nGP: Dr {g}\n\n", **dict(zip("ab", c.nrange())), dn=c.pn(doc, "init"), g=c.pn(gp, "last")),
               pick(c, "Presenting complaint: chest pain on exertion, troponin negative ×2.\n",
                    "Presenting complaint: fall at home with left wrist fracture, managed conservatively.\n",
                    "Presenting complaint: community-acquired pneumonia, treated with IV antibiotics.\n"),
               S("Follow-up: outpatient clinic on {d}. Please contact the ward on {ph} with any questions.\n\n", d=c.ndate(y0=2025), ph=c.phone()),
               "Summary for the patient's daughter (plain English):\n",
               S("- Your mother {n} can go home today.\n- Her next appointment is on the date above, not on her birthday.\n- Bring this letter and the reference {ref}.",
                 n=c.pn(p, "fl"), ref=c.nref()) if p.gender == "f" else
               S("- Your father {n} can go home today.\n- Keep the reference {ref} for the pharmacy.", n=c.pn(p, "fl"), ref=c.nref()))


@tt("en")
def en_tenancy_extract(c):
    r = c.r
    ll, t1, t2 = c.person(), c.person(), c.person()
    return cat("Key terms I extracted from the tenancy agreement:\n\n",
               S("• Landlord: {a} ({e})\n", a=c.pn(ll), e=c.email(ll)),
               S("• Tenants: {a} and {b}\n", a=c.pn(t1, "fl"), b=c.pn(t2, "fl")),
               S("• Property: {s}, ", s=c.street()), IG(c.cityline().replace("\n", " ")), "\n",
               S("• Term starts {d1} and runs for 12 months\n• Rent: {amt} per month, paid to {ib}\n", d1=c.ndate(), amt=c.nnum("amount"), ib=c.iban_e()),
               S("• Deposit protected with the {t}, certificate {ref}\n", t=N("TITLECASE", pick(c, "Tenancy Deposit Scheme", "Deposit Protection Service")), ref=c.nref()),
               S("• Emergency contact for repairs: {ph}\n\n", ph=c.phone()),
               S("Note that clause 14 mentions {n}'s date of birth ({d}) — that's only there for the guarantor check and you can ask for it to be removed.",
                 n=c.pn(t1, "fl"), d=c.dob(y0=1970, y1=2003)))


@tt("en")
def en_reference_letter(c):
    r = c.r
    emp, boss = c.person(), c.person()
    role = r.choice(ROLES["en"])
    he = "She" if emp.gender == "f" else "He"
    return cat(opener(c), "\n\n", org(c), "\n", c.street(), "\n", IG(c.cityline()), "\n\n", c.ndate(), "\n\n",
               "To whom it may concern\n\n",
               S("Re: {n}, born {d}\n\n", n=c.pn(emp, "fl"), d=c.dob(y0=1965, y1=2001)),
               S("I confirm that {n} was employed by us as {role} from {a} until {b}. {he} was reliable, punctual and well liked. ",
                 n=c.pn(emp, "fl"), role=role, a=c.ndate(y0=2012, y1=2018), b=c.ndate(y0=2019, y1=2024), he=he),
               S("{n}'s responsibilities included the monthly reconciliation of about {x} transactions.\n\n", n=c.pn(emp, "last"), x=c.nnum()),
               S("Should you require anything further, I can be reached on {ph} or at {em}.\n\n", ph=c.phone(), em=c.email(boss)),
               sign(c, boss), "\n", r.choice(["Head of Operations", "Practice Manager", "Director"]))


@tt("en")
def en_poa_summary(c):
    donor, att, att2 = c.person(), c.person(), c.person()
    return cat("Summary of the lasting power of attorney you uploaded:\n\n",
               S("1. Donor: {n}, date of birth {d}, of {s}, ", n=c.pn(donor, "fl"), d=c.dob(y0=1932, y1=1960), s=c.street()), IG(c.cityline().replace("\n", " ")), ".\n",
               S("2. Attorneys: {a} (born {da}) and {b} (born {db}), appointed jointly and severally.\n", a=c.pn(att, "fl"), da=c.dob(y0=1955, y1=1995),
                 b=c.pn(att2, "fl"), db=c.dob(y0=1955, y1=1995)),
               S("3. Signed on {d1}, witnessed by a certificate provider, registered on {d2}.\n", d1=c.ndate(), d2=c.ndate()),
               S("4. Reference printed on each page: {ref}; document fingerprint {h}.\n\n", ref=c.nref(), h=N("HASH", neg_hash(c.r))),
               S("If the bank asks, {n} can be contacted at {ph}.", n=c.pn(att, "init"), ph=c.phone()))


@tt("en")
def en_ocr_payslip(c):
    r = c.r
    p = c.person()
    us = c.loc == "en_US"
    idl = S("SSN: {s}", s=c.ssn_e()) if us else S("Employee DOB: {d}", d=c.dob(y0=1960, y1=2003))
    return cat("This is what the OCR picked up from your payslip (I've left the line breaks as they were):\n\n```\n",
               org(c).upper(), "   PAY ADVICE\n",
               S("EMPLOYEE  {n}       EMP NO {e}\n", n=c.pn(p, "LF"), e=c.nref()), idl, "\n",
               S("ADDR  {a}\n      ", a=c.street()), IG(c.cityline().replace("\n", " ")), "\n",
               S("PERIOD  {a} - {b}     PAID {x}\n", **dict(zip("ab", c.nrange())), x=c.ndate()),
               S("GROSS  {g}   NET  {n}\n", g=c.nnum("amount"), n=c.nnum("amount")),
               S("BANK  {ib}\n", ib=c.iban_e()) if not us else S("DEPOSIT CARD  {cc}\n", cc=c.card_e()),
               "¦ ¦ page 1/1 ~~\n```\n\nThe net figure matches your bank statement, so nothing seems to be missing.")


@tt("en")
def en_compare_docs(c):
    p = c.person()
    d = c.rdate(1950, 2002)
    f1, f2 = c.fdate(d), c.fdate(d)
    return cat("I compared the two documents side by side:\n\n| Field | Application | Birth certificate |\n|---|---|---|\n",
               S("| Name | {a} | {b} |\n", a=c.pn(p, "fl"), b=c.pn(p, "LF")),
               S("| Date of birth | {a} | {b} |\n", a=E("DATE_OF_BIRTH", f1), b=E("DATE_OF_BIRTH", f2)),
               S("| Place of birth | {x} | {x} |\n", x=city(c)),
               S("| Registration date | — | {d} |\n", d=c.ndate(y0=d.year, y1=d.year)),
               S("| Certificate no. | — | {r} |\n\n", r=c.nref()),
               "The dates of birth are the same, just written differently, so the mismatch warning can be ignored. ",
               S("The registration date is when the birth was recorded, not the birthday. Send the reply to {e}.", e=c.email(p)))


@tt("en")
def en_cv_header(c):
    p = c.person()
    r = c.r
    return cat("Here's your CV header reformatted in the UK style:\n\n" if c.loc == "en_GB" else "Here's a cleaner CV header:\n\n",
               c.pn(p, "full"), "\n", c.street(), ", ", IG(c.cityline().replace("\n", " ")), "\n",
               c.phone(), " · ", c.email(p), "\n",
               S("Date of birth: {d}\n\n", d=c.dob(y0=1975, y1=2004)) if r.random() < .6 else "\n",
               "PROFILE\n", pick(c, "Detail-oriented administrator with eight years in local government.",
                                 "Bilingual paralegal experienced in immigration casework.", "Qualified nurse returning to practice after a career break."),
               "\n\nREFERENCES\n",
               S("{a}, {role} — {ph}\n", a=c.pn(c.person(), "fl"), role=r.choice(ROLES["en"]), ph=c.phone()),
               "\nTip: in the UK most people now leave the date of birth off, so you can delete that line." if c.loc == "en_GB" else
               "\nTip: US employers don't expect a date of birth or photo on a résumé.")


@tt("en")
def en_police_report(c):
    p, off = c.person(), c.person()
    return cat("Here's the statement you dictated, laid out for the police report form:\n\n",
               S("Crime reference: {ref}\nReported at: {ts}\n", ref=c.nref(), ts=N("TIMESTAMP", neg_timestamp(c.r))),
               S("Reporting person: {n} (DOB {d})\nAddress: {a}, ", n=c.pn(p, "fl"), d=c.dob(y0=1950, y1=2004), a=c.street()),
               IG(c.cityline().replace("\n", " ")), "\n",
               S("Contact: {ph} / {e}\nOfficer in charge: PC {o}\n\n", ph=c.phone(), e=c.email(p), o=c.pn(off, "init")),
               S("Statement: On {d} at about 22:10 my bicycle was taken from the rear yard. The frame number is {fr}. ", d=c.ndate(), fr=c.nref()),
               S("My neighbour {nb} saw two people leaving through the side gate.", nb=c.pn(c.person(), "fl")))


@tt("en")
def en_insurance_claim(c):
    p = c.person()
    return cat("Claim details, ready to paste into the insurer's online form:\n\n",
               S("Policyholder: {n}\nDate of birth: {d}\nPolicy number: {pol}\nDate of incident: {di}\n", n=c.pn(p), d=c.dob(), pol=c.nref(), di=c.ndate()),
               S("Card used for the excess payment: {cc}\nRefund account: {ib}\n", cc=c.card_e(), ib=c.iban_e()),
               S("Invoice total: {x}\nBest number to reach me: {ph}\n\n", x=c.nnum("amount"), ph=c.phone()),
               S("I kept the repair shop's invoice (order {o}) in case they ask for it. The number {x} printed on the loyalty card is not a payment card, so leave it out.",
                 o=c.nref(), x=N("CARDLIKE", neg_cardlike(c.r))))


# =============================================================================================
# Deutsch
# =============================================================================================
def de_ortdatum(c):
    return S("{o}, den {d}", o=city(c), d=c.ndate())


@tt("de")
def de_kuendigung(c):
    me, them = c.person(), c.person()
    what = pick(c, "meinen Mobilfunkvertrag", "meine Mitgliedschaft", "meinen Stromliefervertrag", "den Mietvertrag über den Stellplatz")
    return cat(opener(c), "\n\n",
               c.pn(me, "fl"), "\n", c.street(), "\n", IG(c.cityline()), "\n", S("Tel.: {ph}\nE-Mail: {e}\n\n", ph=c.phone(), e=c.email(me)),
               org(c), "\nz. Hd. ", c.pn(them, "fl"), "\n", c.street(), "\n", IG(c.cityline()), "\n\n",
               de_ortdatum(c), "\n\n",
               S("Ihr Zeichen: {a}\nKundennummer: {k}\n\n", a=c.nref(), k=c.nref()),
               S("Betreff: Kündigung – {w}\n\n", w=what),
               c.salute(them), "\n\n",
               S("hiermit kündige ich {w} fristgerecht zum {d}. Bitte bestätigen Sie mir den Eingang der Kündigung schriftlich. ", w=what, d=c.ndate()),
               S("Ein eventuelles Guthaben überweisen Sie bitte auf mein Konto {ib} (Kontoinhaberin/Kontoinhaber: {n}).\n\n", ib=c.iban_e(), n=c.pn(me, "full")),
               S("Einer Verlängerung oder telefonischen Rückgewinnung widerspreche ich ausdrücklich. Die Mitgliedskarte Nr. {x} sende ich anbei zurück.\n\n",
                 x=N("CARDLIKE", neg_cardlike(c.r))),
               sign(c, me), "\n\n", closer(c))


@tt("de")
def de_arztbrief(c):
    pat, coll, chef = c.person(), c.person(), c.person()
    frau = pat.gender == "f"
    return cat(med_org(c), " · Klinik für Innere Medizin\n", c.street(), " · ", IG(c.cityline()), "\n\n",
               "Frau Kollegin Dr. " if coll.gender == "f" else "Herrn Kollegen Dr. ", c.pn(coll, "fl"), "\n", c.street(), "\n", IG(c.cityline()), "\n\n",
               S("Fallnummer: {m}\n", m=c.mrn_e()), de_ortdatum(c), "\n\n",
               "Sehr geehrte Frau Kollegin,\n\n" if coll.gender == "f" else "Sehr geehrter Herr Kollege,\n\n",
               S("wir berichten über {ihr} {pt} {n}, geb. {d}, wohnhaft {s}, ", ihr="Ihre" if frau else "Ihren", pt="Patientin" if frau else "Patienten",
                 n=c.pn(pat, "fl"), d=c.dob(y0=1935, y1=1995), s=c.street()), IG(c.cityline()),
               S(", {die} sich vom {a} bis {b} in unserer stationären Behandlung befand.\n\n", die="die" if frau else "der", **dict(zip("ab", c.nrange()))),
               pick(c, "Diagnosen: Ambulant erworbene Pneumonie rechts basal; arterielle Hypertonie.\n",
                    "Diagnosen: Akute Cholezystitis, laparoskopische Cholezystektomie komplikationslos.\n",
                    "Diagnosen: Dekompensierte Herzinsuffizienz NYHA III; Vorhofflimmern.\n"),
               S("Wiedervorstellung in unserer Ambulanz am {d}. Rückfragen gern unter {ph}.\n\n", d=c.ndate(y0=2025), ph=c.phone()),
               "Mit freundlichen kollegialen Grüßen\n\n", S("Dr. med. {a}\nOberärztin/Oberarzt", a=c.pn(chef, "fl")))


@tt("de")
def de_arbeitszeugnis(c):
    emp, gf = c.person(), c.person()
    frau = emp.gender == "f"
    role = c.r.choice(ROLES["de"])
    return cat("Hier die überarbeitete Fassung des Zeugnisses:\n\n", org(c), "\n\nARBEITSZEUGNIS\n\n",
               S("{t} {n}, geboren am {d} in {o}, war vom {a} bis zum {b} in unserem Unternehmen als {r} beschäftigt. ",
                 t="Frau" if frau else "Herr", n=c.pn(emp, "fl"), d=c.dob(y0=1960, y1=2002), o=city(c), a=c.ndate(y0=2010, y1=2018),
                 b=c.ndate(y0=2019, y1=2024), r=role),
               S("{t} {n} erledigte {ihre} Aufgaben stets zu unserer vollsten Zufriedenheit. ",
                 t="Frau" if frau else "Herr", n=c.pn(emp, "last"), ihre="ihre" if frau else "seine"),
               S("{nn} Verhalten gegenüber Vorgesetzten und Kollegen war jederzeit einwandfrei.\n\n",
                 nn=cat(c.pn(emp, "full"), "s") if c.r.random() < .5 else ("Ihr" if frau else "Sein")),
               "Wir bedauern das Ausscheiden sehr und wünschen für die Zukunft alles Gute.\n\n",
               de_ortdatum(c), "\n\n", c.pn(gf, "fl"), "\nGeschäftsführung")


@tt("de")
def de_uebergabeprotokoll(c):
    vm, mi = c.person(), c.person()
    return cat("Ich habe das Übergabeprotokoll abgetippt:\n\n", "WOHNUNGSÜBERGABEPROTOKOLL\n\n",
               S("Vermieter: {a}, {s}, ", a=c.pn(vm, "l,f"), s=c.street()), IG(c.cityline()), "\n",
               S("Mieter: {b}, Tel. {ph}, {e}\n", b=c.pn(mi, "fl"), ph=c.phone(), e=c.email(mi)),
               S("Mietobjekt: {s}, 2. OG links, ", s=c.street()), IG(c.cityline()), "\n",
               S("Übergabe am: {d}, {t} Uhr\n\n", d=c.ndate(), t=N("TIMESTAMP", c.r.choice(["09:30:00", "14:15:00", "17:45:10"]))),
               S("Zählerstände: Strom {z1} kWh, Wasser {z2} m³\nSchlüssel: 3 Haustür, 2 Wohnung, 1 Briefkasten\n", z1=N("NUMBER", str(c.r.randint(1000, 99999))), z2=N("NUMBER", f"{c.r.randint(10, 999)},{c.r.randint(0, 9)}")),
               S("Kaution wird zurücküberwiesen auf: {ib}\n\n", ib=c.iban_e()),
               "Mängel: Bohrlöcher im Flur, sonst besenrein.\n\n",
               S("Unterschrift Vermieter: {a}      Unterschrift Mieter: {b}", a=c.pn(vm, "init"), b=c.pn(mi, "init")))


@tt("de")
def de_formularhilfe(c):
    p = c.person()
    fk = c.fakers["ru_RU"] if c.r.random() < .4 else c.fk
    applicant = c.person(loc="ru_RU") if fk is c.fakers["ru_RU"] else p
    name_piece = c.pn(applicant, "fi") if applicant.loc == "ru_RU" else c.pn(applicant, "last")
    lines = [f"So würde ich den Antrag auf Erteilung eines Aufenthaltstitels ausfüllen:\n\n",
             S("Feld 1 – Familienname: {n}\n", n=E("PERSON", applicant.last, applicant.sub)),
             S("Feld 2 – Vorname(n): {n}\n", n=E("PERSON", applicant.first, applicant.sub)),
             S("Feld 3 – Geburtsdatum: {d}\nFeld 4 – Geburtsort: {o}\n", d=c.dob(lang="de", y0=1960, y1=2005), o=city(c, applicant.loc)),
             S("Feld 7 – Anschrift in Deutschland: {s}, ", s=c.street("de_DE")), IG(c.cityline("de_DE")), "\n",
             S("Feld 8 – Telefon: {ph}\nFeld 9 – E-Mail: {e}\n", ph=c.phone("de_DE"), e=c.email(applicant)),
             S("Feld 12 – Pass ausgestellt am: {a}, gültig bis: {b}\n", a=c.ndate(lang="de", y0=2016, y1=2022), b=c.ndate(lang="de", y0=2026, y1=2032))]
    if applicant.loc == "ru_RU":
        lines.append(S("Feld 13 – Nummer des Inlandspasses (falls vorhanden): {pp}\n", pp=c.pass_e()))
    lines.append(S("\nWichtig: In Feld 3 gehört nur das Geburtsdatum – nicht das Einreisedatum ({d}). Die Vorgangsnummer {v} bitte oben rechts eintragen. ",
                   d=c.ndate(lang="de"), v=c.nref()))
    lines.append(S("Unterschreiben muss {n} selbst.", n=name_piece))
    return cat(*lines)


@tt("de")
def de_vollmacht(c):
    a, b = c.person(), c.person()
    return cat(opener(c), "\n\nVOLLMACHT\n\n",
               S("Hiermit bevollmächtige ich, {a}, geboren am {da}, wohnhaft {sa}, ", a=c.pn(a, "fl"), da=c.dob(y0=1935, y1=1980), sa=c.street()), IG(c.cityline()),
               S(",\n\n{t} {b}, geboren am {db}, wohnhaft {sb}, ", t="Frau" if b.gender == "f" else "Herrn", b=c.pn(b, "fl"), db=c.dob(y0=1960, y1=2000), sb=c.street()),
               IG(c.cityline()),
               ",\n\nmich in allen Angelegenheiten gegenüber Behörden, Versicherungen und Banken zu vertreten. ",
               S("Die Vollmacht gilt ab dem {d} und ist jederzeit widerruflich.\n\n", d=c.ndate()),
               de_ortdatum(c), "\n\n", "______________________\n", c.pn(a, "fl"), "\n\n",
               S("Beglaubigt unter UR-Nr. {u} – Notarin {n}", u=c.nref(), n=c.pn(c.person("f"), "fl")))


@tt("de")
def de_sepa_mandat(c):
    p = c.person()
    gl = f"DE{c.r.randint(10, 99)}ZZZ{c.r.randint(10**10, 10**11 - 1)}"
    return cat("Das SEPA-Lastschriftmandat enthält folgende Angaben:\n\n",
               S("- Zahlungsempfänger: {o}\n- Gläubiger-Identifikationsnummer: {g}\n- Mandatsreferenz: {m}\n", o=org(c), g=N("ORDER_ID", gl), m=c.nref()),
               S("- Kontoinhaber: {n}\n- Anschrift: {s}, ", n=c.pn(p, "l,f"), s=c.street()), IG(c.cityline()), "\n",
               S("- IBAN: {ib}\n- Datum der Unterschrift: {d}\n\n", ib=c.iban_e(), d=c.ndate()),
               S("Die Gläubiger-ID sieht zwar aus wie eine IBAN, ist aber keine. Bei Fragen erreichen Sie {n} unter {ph}.", n=c.pn(p, "fl"), ph=c.phone()))


@tt("de")
def de_krankmeldung(c):
    p, hr = c.person(), c.person()
    return cat("Hier ein Vorschlag für die E-Mail an die Personalabteilung:\n\n",
               S("Betreff: Arbeitsunfähigkeitsbescheinigung {n}, Personalnummer {pn}\n\n", n=c.pn(p, "fl"), pn=c.nref()),
               c.salute(hr), "\n\n",
               S("ich bin seit dem {a} voraussichtlich bis einschließlich {b} arbeitsunfähig erkrankt. Die eAU wurde von meiner Hausarztpraxis ({dr}) übermittelt. ",
                 **dict(zip("ab", c.nrange())), dr=cat("Dr. ", c.pn(c.person(), "last"))),
               S("Für Rückfragen bin ich unter {ph} erreichbar.\n\n", ph=c.phone()),
               "Viele Grüße\n", c.pn(p, "fl"), "\n", c.email(p))


@tt("de")
def de_bescheid_zusammenfassung(c):
    p, q = c.person(), c.person()
    return cat("Kurz zusammengefasst steht in dem Bescheid:\n\n",
               S("* Empfänger: {a} und {b} (Zusammenveranlagung)\n", a=c.pn(p, "fl"), b=c.pn(q, "fl")),
               S("* Bescheid vom {d}, Aktenzeichen {az}\n", d=c.ndate(), az=c.nref()),
               S("* Erstattung: {x}, Auszahlung auf {ib}\n", x=c.nnum("amount"), ib=c.iban_e()),
               S("* Einspruchsfrist: ein Monat, also bis {d}\n", d=c.ndate()),
               S("* Absender: {t}\n\n", t=c.ntitle()),
               S("Auffällig: Das Geburtsdatum von {n} ist mit {d} angegeben – prüfen Sie, ob das stimmt.", n=c.pn(q, "full"), d=c.dob(y0=1950, y1=2000)))


# =============================================================================================
# Français
# =============================================================================================
def fr_lieudate(c):
    return S("Fait à {o}, le {d}", o=city(c), d=c.ndate())


@tt("fr")
def fr_resiliation(c):
    me, them = c.person(), c.person()
    objet = pick(c, "mon abonnement internet", "mon contrat d'assurance habitation", "mon abonnement à la salle de sport", "mon forfait mobile")
    return cat(opener(c), "\n\n",
               c.addr_block(me), "\n", S("Tél. : {ph}\nCourriel : {e}\n\n", ph=c.phone(), e=c.email(me)),
               org(c), "\nService résiliations\n", S("À l'attention de {t} {n}\n", t=c.title(them), n=c.pn(them, "fL")),
               c.street(), "\n", IG(c.cityline()), "\n\n", fr_lieudate(c), "\n\n",
               S("N/Réf. : {a}\nV/Réf. : {b}\n\n", a=c.nref(), b=c.nref()),
               S("Objet : résiliation de {o} — lettre recommandée avec accusé de réception\n\n", o=objet),
               "Madame, Monsieur,\n\n",
               S("Par la présente, je vous informe de ma décision de résilier {o}, souscrit le {d}. ", o=objet, d=c.ndate(y0=2015, y1=2022)),
               S("Je vous remercie de procéder au remboursement du trop-perçu sur le compte {ib}, ouvert au nom de {n}.\n\n", ib=c.iban_e(), n=c.pn(me, "fL")),
               sign(c, me), "\n\n", closer(c))


@tt("fr")
def fr_compte_rendu(c):
    pat, med, tr = c.person(), c.person(), c.person()
    nee = "née" if pat.gender == "f" else "né"
    return cat(med_org(c), " — Service de cardiologie\n", c.street(), ", ", IG(c.cityline()), "\n\nCOMPTE RENDU D'HOSPITALISATION\n\n",
               S("Patient(e) : {t} {n}, {nee} le {d}\nIPP : {m}\n", t=c.title(pat), n=c.pn(pat, "Lf"), nee=nee, d=c.dob(y0=1935, y1=1995), m=c.mrn_e()),
               S("Séjour du {a} au {b}\nMédecin traitant : Dr {mt}\n\n", **dict(zip("ab", c.nrange())), mt=c.pn(tr, "fL")),
               S("Cher confrère,\n\nJ'ai pris en charge {votre} {pt}, adressé(e) pour douleur thoracique. ", votre="votre", pt="patiente" if pat.gender == "f" else "patient"),
               pick(c, "La coronarographie a montré une sténose serrée de l'IVA, traitée par angioplastie avec pose d'un stent actif. ",
                    "L'échographie retrouve une FEVG conservée ; pas d'argument pour un syndrome coronarien aigu. "),
               S("Prochain rendez-vous le {d} ; joignable au secrétariat au {ph}.\n\n", d=c.ndate(y0=2025), ph=c.phone()),
               "Bien confraternellement,\n", S("Dr {n}", n=c.pn(med, "fL")))


@tt("fr")
def fr_etat_des_lieux(c):
    bl, lo = c.person(), c.person()
    return cat("Voici les informations principales du bail et de l'état des lieux d'entrée :\n\n",
               S("- Bailleur : {a}, demeurant {s}, ", a=c.pn(bl, "fL"), s=c.street()), IG(c.cityline()), "\n",
               S("- Locataire : {b}, {nee} le {d}\n", b=c.pn(lo, "fL"), nee="née" if lo.gender == "f" else "né", d=c.dob(y0=1965, y1=2004)),
               S("- Logement : {s}, 3e étage, ", s=c.street()), IG(c.cityline()), "\n",
               S("- Prise d'effet : {d} ; loyer mensuel {x}\n- Dépôt de garantie : {y}, restitué sur le compte {ib}\n", d=c.ndate(), x=c.nnum("amount"), y=c.nnum("amount"), ib=c.iban_e()),
               S("- Compteur électrique : {z}\n\n", z=N("NUMBER", str(c.r.randint(1000, 99999)))),
               S("En cas de problème, le locataire peut joindre l'agence au {ph} ou écrire à {e}.", ph=c.phone(), e=c.email(bl)))


@tt("fr")
def fr_attestation_employeur(c):
    emp, drh = c.person(), c.person()
    role = c.r.choice(ROLES["fr"])
    return cat("Voici l'attestation corrigée :\n\n", org(c), "\n", c.street(), "\n", IG(c.cityline()), "\n\nATTESTATION D'EMPLOI\n\n",
               S("Je soussigné(e), {d}, " + ("directrice" if drh.gender == "f" else "directeur") + " des ressources humaines, atteste que {t} {n}, {nee} le {dob} à {v}, ", d=c.pn(drh, "fL"), t=c.title(emp),
                 n=c.pn(emp, "fL"), nee="née" if emp.gender == "f" else "né", dob=c.dob(y0=1965, y1=2002), v=city(c)),
               S("demeurant {s}, ", s=c.street()), IG(c.cityline()),
               S(", est employé(e) en qualité de {r} depuis le {a} en contrat à durée indéterminée.\n\n", r=role, a=c.ndate(y0=2012, y1=2023)),
               "Attestation délivrée pour servir et valoir ce que de droit.\n\n", fr_lieudate(c), "\n\n", c.pn(drh, "fL"))


@tt("fr")
def fr_cerfa_aide(c):
    p = c.person()
    return cat("Voici comment remplir le formulaire CERFA case par case :\n\n",
               S("Case 1 — Nom de naissance : {n}\n", n=E("PERSON", p.last.upper(), "fr")),
               S("Case 2 — Prénom(s) : {n}\n", n=E("PERSON", p.first, "fr")),
               S("Case 3 — Date de naissance : {d}\nCase 4 — Lieu de naissance : {v}\n", d=c.dob(y0=1945, y1=2005), v=city(c)),
               S("Case 5 — Adresse : {s}, ", s=c.street()), IG(c.cityline()), "\n",
               S("Case 6 — Téléphone : {ph}\nCase 7 — Adresse électronique : {e}\n", ph=c.phone(), e=c.email(p)),
               S("Case 9 — Date de délivrance du titre actuel : {a} (à ne pas confondre avec la date de naissance)\n", a=c.ndate(y0=2014, y1=2022)),
               S("Case 10 — Numéro de dossier : {r}\n\n", r=c.nref()),
               S("N'oubliez pas de dater et signer en bas de page ; la version du formulaire est indiquée ({v}).", v=N("VERSION", neg_version(c.r))))


@tt("fr")
def fr_procuration(c):
    a, b = c.person(), c.person()
    return cat(opener(c), "\n\nPROCURATION\n\n",
               S("Je soussigné(e) {a}, {nee} le {d}, demeurant {s}, ", a=c.pn(a, "fL"), nee="née" if a.gender == "f" else "né", d=c.dob(y0=1935, y1=1985), s=c.street()),
               IG(c.cityline()), S(", donne pouvoir à {t} {b}, {nee2} le {d2}, ", t=c.title(b), b=c.pn(b, "fL"), nee2="née" if b.gender == "f" else "né",
                                   d2=c.dob(y0=1960, y1=2003)),
               S("afin de retirer en mon nom le courrier recommandé n° {r} auprès du bureau de poste.\n\n", r=c.nref()),
               fr_lieudate(c), "\n\n", S("Signature : {a}", a=c.pn(a, "init")), "\n\n",
               "Joignez une copie de vos deux pièces d'identité.")


@tt("fr")
def fr_arret_travail(c):
    p, rh = c.person(), c.person()
    return cat("Proposition de courriel pour votre employeur :\n\n",
               S("Objet : arrêt de travail — {n}\n\n", n=c.pn(p, "fL")),
               S("Bonjour {t} {n},\n\n", t=c.title(rh), n=c.pn(rh, "last")),
               S("Je vous informe que mon médecin m'a prescrit un arrêt de travail du {a} au {b} inclus. ", **dict(zip("ab", c.nrange()))),
               S("Les volets 3 de l'avis vous ont été envoyés par courrier ce jour (n° d'envoi {x}). ", x=N("CARDLIKE", neg_cardlike(c.r))),
               S("Je reste joignable au {ph} en cas d'urgence.\n\nBien cordialement,\n", ph=c.phone()), c.pn(p, "fl"), "\n",
               S("Matricule {m} — {e}", m=c.nref(), e=c.email(p)))


# =============================================================================================
# Русский
# =============================================================================================
def ru_d(c):
    return S("{d} г.", d=c.ndate())


@tt("ru")
def ru_zayavlenie(c):
    me, boss = c.person(), c.person()
    zhiv = "проживающего" if me.gender == "m" else "проживающей"
    return cat(opener(c), "\n\n",
               S("Генеральному директору\n{o}\n{b}\n", o=org(c), b=c.pn(boss, "init_f")),
               S("от {n},\n{zh} по адресу: ", n=c.pn(me, "gen"), zh=zhiv), IG(c.cityline()), ", ", c.street(), "\n",
               S("тел. {ph}\n\nЗАЯВЛЕНИЕ\n\n", ph=c.phone()),
               pick(c, "Прошу уволить меня по собственному желанию ", "Прошу предоставить мне ежегодный оплачиваемый отпуск "),
               S("с {d}. ", d=c.ndate()),
               S("Расчёт прошу перечислить на карту {cc}.\n\n", cc=c.card_e("mir")) if c.r.random() < .5 else
               S("Табельный номер {t}.\n\n", t=c.nref()),
               ru_d(c), "          ________ / ", c.pn(me, "f_init"), "\n\n", closer(c))


@tt("ru")
def ru_vypiska(c):
    pat, doc = c.person(), c.person()
    return cat("ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО\n", med_org(c), "\n\n",
               S("№ карты: {m}\nФ.И.О. пациента: {n}\nДата рождения: {d}\n", m=c.mrn_e(), n=c.pn(pat, "fio"), d=c.dob(y0=1935, y1=2000)),
               S("СНИЛС: {s}\nАдрес: ", s=c.snils_e()), IG(c.cityline()), ", ", c.street(), "\n",
               S("Находился(ась) на лечении с {a} по {b}\n\n", **dict(zip("ab", c.nrange()))),
               pick(c, "Диагноз: Внебольничная пневмония нижней доли правого лёгкого, среднетяжёлое течение.\n",
                    "Диагноз: ИБС. Стенокардия напряжения ФК II. Гипертоническая болезнь II ст.\n",
                    "Диагноз: Закрытый перелом лучевой кости слева без смещения.\n"),
               S("Рекомендовано: наблюдение терапевта по месту жительства, явка {d}.\n\n", d=c.ndate(y0=2025)),
               S("Лечащий врач: {v}\nЗав. отделением: {z}", v=c.pn(doc, "f_init"), z=c.pn(c.person(), "init_f")))


@tt("ru")
def ru_doverennost(c):
    a, b = c.person(), c.person()
    kod = f"{c.r.randint(100, 999)}-{c.r.randint(0, 99):03d}"
    return cat("ДОВЕРЕННОСТЬ\n\n", S("г. {g}, {d}\n\n", g=city(c), d=c.ndate()),
               S("Я, {a}, {d} года рождения, паспорт {pp}, выдан {v}, код подразделения {k}, ИНН {inn}, зарегистрированный(ая) по адресу: ",
                 a=c.pn(a, "fio"), d=c.dob(y0=1940, y1=1990), pp=c.pass_e(), v=c.ndate(y0=2005, y1=2022), k=N("NUMBER", kod), inn=c.inn_e(True)),
               IG(c.cityline()), ", ", c.street(),
               S(", настоящей доверенностью уполномочиваю {b}, {db} года рождения, паспорт {pp2}, ", b=c.pn(b, "acc"), db=c.dob(y0=1960, y1=2003), pp2=c.pass_e()),
               "представлять мои интересы в МФЦ и органах Росреестра.\n\n",
               S("Доверенность выдана сроком на три года, до {d}.\n\n", d=c.ndate(y0=2026, y1=2029)),
               "Подпись: ______________ ", c.pn(a, "f_init"), "\n",
               S("Зарегистрировано в реестре № {r}. Нотариус {n}", r=c.nref(), n=c.pn(c.person(), "init_f")))


@tt("ru")
def ru_anketa(c):
    p = c.person()
    return cat("Заполнил анкету по данным из вашего сообщения:\n\n",
               S("1. Фамилия, имя, отчество: {n}\n", n=c.pn(p, "fio")),
               S("2. Дата рождения: {d}\n3. Место рождения: г. {g}\n", d=c.dob(y0=1960, y1=2004), g=city(c)),
               S("4. Паспорт: {pp}, выдан {v}\n", pp=c.pass_e(), v=c.ndate(y0=2010, y1=2023)),
               S("5. СНИЛС: {s}\n6. ИНН: {i}\n", s=c.snils_e(), i=c.inn_e(True)),
               "7. Адрес регистрации: ", IG(c.cityline()), ", ", c.street(), "\n",
               S("8. Телефон: {ph}\n9. Электронная почта: {e}\n", ph=c.phone(), e=c.email(p)),
               S("10. Реквизиты для зарплаты: карта {cc}\n\n", cc=c.card_e("mir")),
               S("Дату выдачи паспорта ({v}) не путайте с датой рождения — в анкете это разные поля. Номер {x} на обороте пропуска — это не банковская карта.",
                 v=c.ndate(y0=2010, y1=2023), x=N("CARDLIKE", neg_cardlike(c.r))))


@tt("ru")
def ru_dogovor_naima(c):
    a, b = c.person(), c.person()
    return cat("Основные условия договора найма, которые я нашёл в тексте:\n\n",
               S("• Наймодатель: {a} (тел. {ph})\n", a=c.pn(a, "fio"), ph=c.phone()),
               S("• Наниматель: {b}, дата рождения {d}\n", b=c.pn(b, "fio"), d=c.dob(y0=1970, y1=2004)),
               "• Квартира: ", IG(c.cityline()), ", ", c.street(), "\n",
               S("• Срок: с {x} по {y}\n• Плата: {m} в месяц, залог {z}\n", **dict(zip("xy", c.nrange())), m=c.nnum("amount"), z=c.nnum("amount")),
               S("• Номер договора: {r}\n\n", r=c.nref()),
               S("Обратите внимание: в п. 4.2 указано, что {n} отвечает за показания счётчиков.", n=c.pn(b, "io_f")))


@tt("ru")
def ru_svidetelstvo(c):
    ch, mo, fa = c.person(), c.person("f"), c.person("m")
    if ch.gender == "m":
        fa.last = ch.last
    return cat("Текст свидетельства о рождении (распознан со скана):\n\n",
               "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ\n", S("{n}\n", n=c.pn(ch, "fio")),
               S("родился(лась) {d}\n", d=c.dob(y0=1975, y1=2022)),
               S("место рождения г. {g}\nо чём {z} составлена запись акта о рождении № {r}\n", g=city(c), z=c.ndate(), r=c.nref()),
               S("Отец {f}\nМать {m}\n", f=c.pn(fa, "fio"), m=c.pn(mo, "fio")),
               S("Дата выдачи {d}\nI-МЮ № {s}\n\n", d=c.ndate(), s=N("ORDER_ID", str(c.r.randint(100000, 999999)))),
               "Серия и номер бланка — это не паспортные данные, их можно не скрывать.")


@tt("ru")
def ru_form_help(c):
    p = c.person()
    return cat("Вот как заполнить заявление на Госуслугах по полям:\n\n",
               S("Поле 1 — Фамилия: {a}\nПоле 2 — Имя: {b}\nПоле 3 — Отчество: {m}\n", a=E("PERSON", p.last, "ru"), b=E("PERSON", p.first, "ru"), m=E("PERSON", p.middle, "ru")),
               S("Поле 4 — Дата рождения: {d}\n", d=c.dob(y0=1950, y1=2005)),
               S("Поле 5 — СНИЛС: {s}\nПоле 6 — ИНН: {i}\n", s=c.snils_e(), i=c.inn_e()),
               S("Поле 7 — Телефон для связи: {ph}\n", ph=c.phone()),
               S("Поле 8 — Дата подачи: {d} (ставится автоматически)\n\n", d=c.ndate()),
               S("Номер заявления после отправки будет примерно такой: {r}.", r=c.nref()))


# =============================================================================================
# Cross-language renderings (locale = origin of the document, lang = language of the output)
# =============================================================================================
def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in TR:
            t = TR[lo]
            out.append(t.capitalize() if ch != lo and t else t)
        else:
            out.append(ch)
    return "".join(out)


XT = {}   # loc -> [(name, fn)]


def xt(*locs):
    def deco(fn):
        for l in locs:
            XT.setdefault(l, []).append((fn.__name__, fn))
        return fn
    return deco


@xt("de_DE")
def x_de_letter_en(c):
    me, them = c.person(), c.person()
    return cat("Here is the German letter translated into English. I kept the names, addresses and numbers exactly as in the original:\n\n",
               c.pn(me, "fl"), "\n", c.street(), "\n", IG(c.cityline()), "\n\n",
               org(c), "\nAttn: ", c.pn(them, "fl"), "\n\n",
               S("{o}, {d}\n\nYour reference: {r}\n\n", o=city(c), d=c.ndate(lang="de"), r=c.nref()),
               S("Dear {t} {n},\n\n", t="Mr" if them.gender == "m" else "Ms", n=E("PERSON", them.last, "de")),
               S("I hereby give notice to terminate my contract with effect from {d}. Please confirm receipt in writing and refund any credit to my account {ib}.\n\n",
                 d=c.ndate(lang="de"), ib=c.iban_e("DE")),
               S("Yours sincerely,\n{n}\n\n(Original: „Mit freundlichen Grüßen, {n2}“ — phone on the letterhead: {ph})", n=c.pn(me, "fl"), n2=c.pn(me, "fl"), ph=c.phone())), "en"


@xt("ru_RU")
def x_ru_cert_fr(c):
    ch, mo = c.person(), c.person("f")
    d = c.rdate(1970, 2015)
    return cat("Traduction de l'acte de naissance russe (traduction non certifiée) :\n\n",
               "ACTE DE NAISSANCE\n",
               S("Nom, prénom, patronyme : {a} ({b})\n", a=E("PERSON", f"{translit(ch.last).upper()} {translit(ch.first)} {translit(ch.middle)}", "ru"),
                 b=c.pn(ch, "fio")),
               S("Date de naissance : {d}\nLieu de naissance : {g}, Fédération de Russie\n", d=E("DATE_OF_BIRTH", c.fdate(d, lang="fr")), g=translit(city(c))),
               S("Mère : {m}\n", m=E("PERSON", f"{translit(mo.last).upper()} {translit(mo.first)} {translit(mo.middle)}", "ru")),
               S("Acte n° {r} établi le {z}\nDélivré le {v}\n\n", r=c.nref(), z=c.ndate(lang="fr"), v=c.ndate(lang="fr")),
               S("Dans l'original, la date est écrite « {o} ».", o=E("DATE_OF_BIRTH", f"{d.day} {MONTHS['ru'][d.month - 1]} {d.year}"))), "fr"


@xt("fr_FR")
def x_fr_summary_en(c):
    p, q = c.person(), c.person()
    bd = c.rdate(1970, 2003)
    return cat("Summary of the French tenancy documents, in English:\n\n",
               S("- Landlord: {a}; tenant: {b} (born {d})\n", a=c.pn(p, "fL"), b=c.pn(q, "fL"), d=E("DATE_OF_BIRTH", c.fdate(bd, lang="en", loc="en_GB"))),
               S("- Flat at {s}, ", s=c.street()), IG(c.cityline()), "\n",
               S("- Lease signed {d}; the deposit goes back to {ib}\n", d=c.ndate(lang="en", loc="en_GB"), ib=c.iban_e("FR")),
               S("- The agency's contact is {ph} / {e}\n\n", ph=c.phone(), e=c.email(p)),
               S("In the French original the tenant's birth date reads « {d} ».", d=E("DATE_OF_BIRTH", c.fdate(bd, lang="fr")))), "en"


@xt("en_GB", "en_US")
def x_en_reference_de(c):
    emp, boss = c.person(), c.person()
    return cat("Hier die deutsche Übersetzung des englischen Arbeitszeugnisses:\n\n",
               S("Betreff: {n}, geboren am {d}\n\n", n=c.pn(emp, "fl"), d=c.dob(lang="de", y0=1965, y1=2001)),
               S("Hiermit bestätigen wir, dass {n} vom {a} bis zum {b} bei {o} beschäftigt war. ", n=c.pn(emp, "fl"), a=c.ndate(lang="de"), b=c.ndate(lang="de"), o=org(c)),
               S("Für Rückfragen steht {bn} unter {ph} oder {e} zur Verfügung.\n\n", bn=c.pn(boss, "fl"), ph=c.phone(), e=c.email(boss)),
               "Mit freundlichen Grüßen\n", c.pn(boss, "fl")), "de"


@xt("ru_RU")
def x_ru_extract_en(c):
    p = c.person()
    return cat("Extracted fields from the Russian discharge summary (values copied verbatim):\n\n",
               S("Patient name: {n}\nDate of birth: {d}\nRecord no.: {m}\nSNILS: {s}\n", n=c.pn(p, "fio"), d=c.dob(), m=c.mrn_e(), s=c.snils_e()),
               S("Patient name (Latin): {n}\n", n=E("PERSON", f"{translit(p.last).upper()} {translit(p.first)}", "ru")),
               S("Admission: {a}\nDischarge: {b}\nPhone on file: {ph}\n", **dict(zip("ab", c.nrange())), ph=c.phone())), "en"


@xt("de_DE")
def x_de_meldebescheinigung_ru(c):
    p = c.person()
    bd = c.rdate(1940, 2005)
    return cat("Перевод немецкой справки о регистрации по месту жительства (Meldebescheinigung):\n\n",
               S("Фамилия, имя: {n}\nДата рождения: {d}\n", n=c.pn(p, "fl"), d=E("DATE_OF_BIRTH", c.fdate(bd, lang="ru"))),
               "Адрес: ", c.street(), ", ", IG(c.cityline()), "\n",
               S("Дата въезда в квартиру: {a}\nДата выдачи справки: {b}\n", a=c.ndate(lang="ru"), b=c.ndate(lang="ru")),
               S("Учреждение: {t}\n\nВ оригинале дата рождения записана как «{o}».", t=N("TITLECASE", c.r.choice(["Bürgeramt Mitte", "Bürgerbüro Altstadt", "Einwohnermeldeamt"])),
                 o=E("DATE_OF_BIRTH", c.fdate(bd, lang="de")))), "ru"


# =============================================================================================
# JSON shapes  (fn(c, n) -> object tree; n scales repeated parts for json4k)
# =============================================================================================
KV = {
    "en": dict(last="surname", first="given_names", dob="date_of_birth", addr="address_line_1", city="town_postcode", phone="phone",
               email="email", issued="date_of_issue", ref="reference", iban="iban"),
    "de": dict(last="Familienname", first="Vorname", dob="Geburtsdatum", addr="Straße_Hausnummer", city="PLZ_Ort", phone="Telefon",
               email="E-Mail", issued="Ausstellungsdatum", ref="Aktenzeichen", iban="IBAN"),
    "fr": dict(last="nom_de_naissance", first="prénoms", dob="date_de_naissance", addr="adresse", city="code_postal_ville",
               phone="téléphone", email="courriel", issued="date_de_délivrance", ref="numéro_de_dossier", iban="iban"),
    "ru": dict(last="фамилия", first="имя", dob="дата_рождения", addr="адрес", city="населённый_пункт", phone="телефон",
               email="эл_почта", issued="дата_выдачи", ref="номер_заявления", iban="iban"),
}
DOCTYPES = {"en": ["passport_application", "tenancy_agreement", "discharge_summary", "payslip", "insurance_claim"],
            "de": ["Antrag_Aufenthaltstitel", "Mietvertrag", "Arztbrief", "Lohnabrechnung", "Meldebescheinigung"],
            "fr": ["demande_titre_de_sejour", "bail_habitation", "compte_rendu_hospitalisation", "bulletin_de_paie", "acte_de_naissance"],
            "ru": ["заявление", "договор_найма", "выписка", "справка_2НДФЛ", "свидетельство_о_рождении"]}


def bbox(c):
    r = c.r
    return {"x": r.randint(20, 400), "y": r.randint(20, 1100), "w": r.randint(60, 380), "h": r.randint(12, 30)}


def conf(c):
    return round(c.r.uniform(0.62, 0.999), 3)


def kv_fields(c, p):
    k = KV[c.lang]
    f = [(k["last"], E("PERSON", p.last.upper() if c.lang == "fr" else p.last, p.sub)), (k["first"], E("PERSON", p.first, p.sub)),
         (k["dob"], c.dob()), (k["addr"], c.street()), (k["city"], IG(c.cityline().replace("\n", " "))), (k["phone"], c.phone()),
         (k["email"], c.email(p)), (k["issued"], c.ndate()), (k["ref"], c.nref())]
    if c.loc == "ru_RU":
        f.insert(2, ("отчество", E("PERSON", p.middle, "ru")))
        f += [("снилс", c.snils_e()), ("паспорт", c.pass_e())]
        if c.r.random() < .5:
            v = inn(c.r, True)
            f.append(("инн", MNum(int(v), {"type": "RU_INN", "sub": "inn12_json_number"})) if v[0] != "0" else ("инн", c.inn_e(True)))
        else:
            f.append(("инн", c.inn_e()))
    elif c.loc == "en_US" and c.r.random() < .6:
        f.append(("ssn", c.ssn_e()))
    else:
        f.append((k["iban"], c.iban_e()))
    return f


@jt
def j_form_extraction(c, n):
    p = c.person()
    fields = []
    for key, val in kv_fields(c, p):
        fields.append({"key": key, "value": M([val]) if isinstance(val, tuple) else val, "confidence": conf(c), "page": 1, "bbox": bbox(c)})
    return {"document": {"id": M([N("UUID", neg_uuid(c.r))]), "type": c.r.choice(DOCTYPES[c.lang]), "pages": c.r.randint(1, 4),
                         "sha256": M([N("HASH", hashlib.sha256(str(c.r.random()).encode()).hexdigest())])},
            "processor": M([N("EMAILLIKE", neg_pkg(c.r))]), "language": c.lang, "fields": fields,
            "processed_at": M([N("TIMESTAMP", neg_timestamp(c.r))])}


@jt
def j_kv_flat(c, n):
    p = c.person()
    d = {}
    for key, val in kv_fields(c, p):
        d[key] = M([val]) if isinstance(val, tuple) else val
    return {"extraction": d, "source_file": f"scan_{c.r.randint(1, 999):04d}.pdf", "warnings": []}


TR_PAIRS = {
    "de": [("Sehr geehrte Frau {n}, Ihr Termin ist am {d}.", "Dear Ms {n}, your appointment is on {d}.", "nd"),
           ("Der Mieter {n}, geboren am {b}, wohnt in der {s}.", "The tenant {n}, born on {b}, lives at {s}.", "nbs"),
           ("Bitte überweisen Sie den Betrag auf das Konto {i} von {n}.", "Please transfer the amount to the account {i} of {n}.", "ni"),
           ("Rückfragen an {n} unter {p}.", "Queries to {n} on {p}.", "np")],
    "fr": [("Madame {n}, votre rendez-vous est fixé au {d}.", "Ms {n}, your appointment is set for {d}.", "nd"),
           ("Le locataire {n}, né le {b}, demeure au {s}.", "The tenant {n}, born on {b}, lives at {s}.", "nbs"),
           ("Merci de virer le montant sur le compte {i} de {n}.", "Please transfer the amount to the account {i} of {n}.", "ni"),
           ("Pour toute question, contactez {n} au {p}.", "For any question, contact {n} on {p}.", "np")],
    "ru": [("Уважаемая {n}, ваш приём назначен на {d}.", "Dear {n}, your appointment is scheduled for {d}.", "nd"),
           ("Наниматель {n}, дата рождения {b}, проживает по адресу: {s}.", "The tenant {n}, date of birth {b}, lives at {s}.", "nbs"),
           ("Просим перечислить сумму на счёт {i}, владелец {n}.", "Please transfer the amount to account {i}, holder {n}.", "ni"),
           ("По вопросам обращайтесь к {n}: {p}.", "For questions contact {n}: {p}.", "np")],
    "en": [("Dear {n}, your hearing is listed for {d}.", "Sehr geehrte/r {n}, Ihre Verhandlung ist für den {d} angesetzt.", "nd"),
           ("The applicant {n}, born {b}, resides at {s}.", "Der Antragsteller {n}, geboren am {b}, wohnt in {s}.", "nbs"),
           ("Refunds will be paid to {i} in the name of {n}.", "Erstattungen gehen an {i} auf den Namen {n}.", "ni"),
           ("Contact {n} on {p}.", "Kontakt: {n}, Tel. {p}.", "np")],
}


@jt
def j_translation_api(c, n):
    src = c.lang
    tgt = "de" if src == "en" else "en"
    segs = []
    total = 0
    for i in range(max(2, n)):
        a, b, keys = c.r.choice(TR_PAIRS[src])
        p = c.person()
        vals = {"n": c.pn(p, "fl" if c.loc != "ru_RU" else "io_f"), "d": c.ndate(), "b": c.dob(), "s": c.street(), "i": c.iban_e(), "p": c.phone()}
        kw = {k: vals[k] for k in keys}
        kw2 = {k: (v[0], dict(v[1])) for k, v in kw.items()}
        if "d" in kw2:
            dd = c.rdate(2024, 2026)
            kw["d"] = N("DATE", c.fdate(dd))
            kw2["d"] = N("DATE", c.fdate(dd, lang=tgt, loc="de_DE" if tgt == "de" else "en_GB"))
        if "b" in kw2:
            kw2["b"] = E("DATE_OF_BIRTH", kw["b"][0])
        segs.append({"index": i, "source": S(a, **kw), "translation": S(b, **kw2)})
        total += len(a) + 20
    return {"id": M([N("UUID", neg_uuid(c.r))]), "model": "doc-translate-2025-03", "source_lang": src, "target_lang": tgt,
            "segments": segs, "usage": {"characters": total, "request_ms": c.r.randint(80, 900)}}


CASE_NOTES = {
    "en": ["Called {n} on {p}, left voicemail.", "Received signed form from {n}; DOB on form {b}.", "Letter sent to {s}.",
           "Email from {n} ({e}) asking for an update.", "Payment set up to {i}."],
    "de": ["{n} unter {p} angerufen, nicht erreicht.", "Unterschriebenes Formular von {n} erhalten, Geburtsdatum laut Formular {b}.",
           "Schreiben an {s} versandt.", "E-Mail von {n} ({e}) mit Nachfrage zum Bearbeitungsstand.", "Zahlung auf {i} veranlasst."],
    "fr": ["Appel à {n} au {p}, messagerie.", "Formulaire signé reçu de {n} ; date de naissance indiquée : {b}.",
           "Courrier envoyé au {s}.", "Courriel de {n} ({e}) demandant où en est le dossier.", "Virement programmé vers {i}."],
    "ru": ["Звонок {n} по номеру {p}, не ответил(а).", "Получено подписанное заявление от {n}, дата рождения в заявлении {b}.",
           "Письмо направлено по адресу: {s}.", "Письмо от {n} ({e}) с вопросом о статусе.", "Выплата назначена на счёт {i}."],
}


@jt
def j_case_record(c, n):
    p, w = c.person(), c.person()
    tl = []
    for _ in range(max(2, n)):
        note = c.r.choice(CASE_NOTES[c.lang])
        who = c.r.choice([p, w, c.person()])
        kw = {k: v for k, v in {"n": c.pn(who), "p": c.phone(), "b": c.dob(), "s": c.street(), "e": c.email(who), "i": c.iban_e()}.items()
              if "{" + k + "}" in note}
        tl.append({"at": M([N("TIMESTAMP", neg_timestamp(c.r))]), "by": c.pn(w, "init") if c.r.random() < .5 else "system", "note": S(note, **kw)})
    return {"caseRef": M([c.nref()]), "status": c.r.choice(["open", "pending_documents", "closed"]),
            "subject": {"fullName": M([c.pn(p)]), "dateOfBirth": M([c.dob()]),
                        "address": {"line1": M([c.street()]), "cityPostcode": M([IG(c.cityline().replace("\n", " "))])},
                        "phone": M([c.phone()]), "email": M([c.email(p)])},
            "caseworker": {"name": M([c.pn(w, "fl")]), "email": M([c.email(w, "example.org")])},
            "timeline": tl,
            "attachments": [{"file": f"upload_{c.r.randint(100, 999)}.pdf", "sha256": M([N("HASH", hashlib.sha256(str(c.r.random()).encode()).hexdigest())])}]}


@jt
def j_hr_onboarding(c, n):
    p, ec = c.person(), c.person()
    pay = {"iban": M([c.iban_e()]), "tax_class": c.r.randint(1, 6)}
    if c.loc == "en_US":
        pay = {"ssn": M([c.ssn_e()]), "direct_deposit_card": M([c.card_e()])}
    if c.loc == "ru_RU":
        pay = {"snils": M([c.snils_e()]), "inn": M([c.inn_e(True)]), "card": M([c.card_e("mir")])}
    return {"employee": {"id": M([c.nref()]), "name": M([c.pn(p)]), "birth_date": M([c.dob(y0=1960, y1=2005)]), "email": M([c.email(p)]),
                         "mobile": M([c.phone()]), "home_address": M([c.street()]), "start_date": M([c.ndate()])},
            "payroll": pay,
            "emergency_contact": {"name": M([c.pn(ec, "fl")]), "relationship": c.r.choice(["spouse", "parent", "sibling"]), "phone": M([c.phone()])},
            "hris_sync": {"endpoint": "https://hris.example.net/v2/employees", "auth": M(["Bearer ", c.key_e(c.r.choice(["jwt", "openai_like", "stripe"]))]),
                          "client": M([N("EMAILLIKE", neg_pkg(c.r))]), "badge_no": M([N("CARDLIKE", neg_cardlike(c.r))]), "last_sync": M([N("TIMESTAMP", neg_timestamp(c.r))])}}


@jt
def j_esign_envelope(c, n):
    rec = []
    for i in range(max(2, min(n, 6))):
        p = c.person()
        rec.append({"role": ["tenant", "landlord", "witness", "guarantor", "agent", "tenant"][i], "name": M([c.pn(p, "fl")]), "email": M([c.email(p)]),
                    "signedAt": M([N("TIMESTAMP", neg_timestamp(c.r))]), "clientIp": M([c.ipv4_e() if c.r.random() < .7 else c.ipv6_e()]),
                    "signatureImage": M([N("B64", neg_b64(c.r))])})
    return {"envelopeId": M([N("UUID", neg_uuid(c.r))]), "title": c.r.choice(DOCTYPES[c.lang]),
            "documents": [{"name": "contract.pdf", "sha256": M([N("HASH", hashlib.sha256(str(c.r.random()).encode()).hexdigest())])}],
            "recipients": rec,
            "webhook": {"url": "https://hooks.example.com/esign", "signingSecret": M([c.key_e(c.r.choice(["slack", "github_pat_classic", "aws_secret_key", "gitlab", "pem_private_key", "aws_access_key_id", "google_api"]))])},
            "sdk": M([N("EMAILLIKE", neg_pkg(c.r))])}


@jt
def j_referral(c, n):
    p, dr = c.person(), c.person()
    d = c.rdate(1940, 2010)
    return {"resourceType": "ServiceRequest", "id": M([N("UUID", neg_uuid(c.r))]), "status": "active",
            "subject": {"display": M([c.pn(p)]), "birthDate": M([E("DATE_OF_BIRTH", d.isoformat())]),
                        "identifier": [{"system": "urn:hospital:mrn", "value": M([c.mrn_e()])}],
                        "telecom": [{"system": "phone", "value": M([c.phone()])}, {"system": "email", "value": M([c.email(p)])}]},
            "requester": {"display": M(["Dr. ", c.pn(dr, "fl")]), "telecom": [{"system": "phone", "value": M([c.phone()])}]},
            "occurrenceDateTime": M([N("TIMESTAMP", neg_timestamp(c.r))]),
            "note": [{"text": S({"en": "Please see {n} (DOB {b}) for cardiology review.", "de": "Bitte {n} (geb. {b}) kardiologisch vorstellen.",
                                 "fr": "Merci de recevoir {n} (né(e) le {b}) en consultation de cardiologie.",
                                 "ru": "Прошу проконсультировать {n} ({b} г. р.) у кардиолога."}[c.lang],
                                n=c.pn(p, "fl" if c.loc != "ru_RU" else "fio"), b=E("DATE_OF_BIRTH", c.fdate(d)))}]}


def split_lines(m):
    """split a text M into lines (list of M); labelled pieces with newlines are flattened"""
    lines, cur = [], M()
    for p in m:
        if isinstance(p, tuple):
            t = p[0] if "\n" not in p[0] or p[1].get("pem") else p[0].replace("\n", " ")
            cur.append((t, p[1]))
            continue
        parts = p.split("\n")
        for k, part in enumerate(parts):
            if k:
                lines.append(cur)
                cur = M()
            if part:
                cur.append(part)
    lines.append(cur)
    return [l for l in lines if l]


@jt
def j_ocr_lines(c, n):
    fns = TEXT_T[c.group]
    lines = []
    for _ in range(max(1, n // 6)):
        nm, fn = c.r.choice(fns)
        lines += split_lines(fn(c))
    out = []
    for i, l in enumerate(lines):
        if c.r.random() < 0.08:
            out.append({"text": M([c.r.choice(["|", "~ .", "ı", "°°", "_ _"])]), "conf": round(c.r.uniform(0.1, 0.4), 2), "bbox": bbox(c)})
        out.append({"text": l, "conf": conf(c), "bbox": [c.r.randint(30, 90), 40 + 18 * i, c.r.randint(200, 560), 54 + 18 * i]})
    return {"engine": M([N("EMAILLIKE", neg_pkg(c.r))]), "pages": [{"page": 1, "width": 1240, "height": 1754, "lines": out}],
            "detected_language": c.lang, "job": M([N("UUID", neg_uuid(c.r))])}


@jt
def j_batch_extractions(c, n):
    items = []
    for _ in range(max(1, n // 2)):
        p = c.person()
        items.append({"file": f"{c.r.choice(DOCTYPES[c.lang])}_{c.r.randint(1, 99)}.pdf",
                      "fields": {k: (M([v]) if isinstance(v, tuple) else v) for k, v in kv_fields(c, p)[:7]},
                      "ok": True})
    return {"batch": M([N("UUID", neg_uuid(c.r))]), "results": items, "model_version": M([N("VERSION", neg_version(c.r))])}


# =============================================================================================
# Obfuscated documents
# =============================================================================================
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М",
            "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
SPELL = {"en": "zero one two three four five six seven eight nine".split(),
         "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
DASHW = {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "дефис"}
PLUSW = {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}


def ob_zero_width(c, v):
    out = []
    for i, ch in enumerate(v):
        out.append(ch)
        if i < len(v) - 1 and c.r.random() < 0.35:
            out.append(c.r.choice(ZW))
    return "".join(out)


def ob_homoglyph(c, v):
    tbl = HOMO_C2L if any(ch in HOMO_C2L for ch in v) and not any(ch in HOMO_L2C for ch in v) else HOMO_L2C
    cand = [i for i, ch in enumerate(v) if ch in tbl]
    if not cand:
        return None
    ks = set(c.r.sample(cand, max(1, len(cand) // 2)))
    return "".join(tbl[ch] if i in ks else ch for i, ch in enumerate(v))


def ob_fullwidth(c, v):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ("\u3000" if ch == " " and c.r.random() < .3 else ch) for ch in v)


def ob_spaced(c, v):
    return " ".join(ch for ch in v if ch != " ")


def ob_spelled(c, v):
    w = []
    for ch in v:
        if ch.isdigit():
            w.append(SPELL[c.lang][int(ch)])
        elif ch == "-":
            w.append(DASHW[c.lang])
        elif ch == "+":
            w.append(PLUSW[c.lang])
    return " ".join(w)


def ob_dotted(c, v):
    return v.replace("-", ".").replace(" ", ".")


def ob_words(c, v):
    user, dom = v.split("@")
    at = c.r.choice([" [at] ", " (at) ", " AT ", " at ", "(at)", " [ät] " if c.lang == "de" else " [at] ", " собака " if c.lang == "ru" else " at "])
    dot = c.r.choice([" dot ", " [dot] ", "(dot)", " DOT ", " (punkt) " if c.lang == "de" else " [dot] ", " point " if c.lang == "fr" else " dot "])
    return user + at + dom.replace(".", dot)


def ob_defang(c, v):
    return v.replace(".", c.r.choice(["[.]", "(.)", "[dot]"]))


OBF_FOR = {"EMAIL": ["words", "words", "zero_width", "homoglyph", "fullwidth"],
           "PHONE": ["spaced", "spelled", "fullwidth", "zero_width", "dotted"],
           "IBAN": ["fullwidth", "zero_width", "spaced"],
           "CREDIT_CARD": ["dotted", "spaced", "fullwidth", "zero_width", "spelled"],
           "US_SSN": ["dotted", "spaced", "fullwidth", "spelled"],
           "IPV4": ["defang", "defang", "fullwidth"],
           "PERSON": ["zero_width", "homoglyph"],
           "RU_SNILS": ["spaced", "fullwidth", "spelled"], "RU_INN": ["spaced", "fullwidth"], "RU_PASSPORT": ["spaced", "fullwidth"],
           "API_KEY": ["homoglyph", "zero_width"], "DATE_OF_BIRTH": ["fullwidth", "zero_width"],
           "MEDICAL_RECORD_NUMBER": ["spaced", "fullwidth"], "STREET_ADDRESS": ["zero_width", "homoglyph"]}
OBF_FN = {"zero_width": ob_zero_width, "homoglyph": ob_homoglyph, "fullwidth": ob_fullwidth, "spaced": ob_spaced, "spelled": ob_spelled,
          "dotted": ob_dotted, "words": ob_words, "defang": ob_defang}


def obf(c, piece):
    v, lab = piece
    for _ in range(5):
        kind = c.r.choice(OBF_FOR[lab["type"]])
        if kind == "dotted" and "-" not in v and " " not in v:
            continue
        nv = OBF_FN[kind](c, v)
        if nv and nv != v:
            lab = dict(lab)
            lab["obf"] = kind
            return (nv, lab)
    return (ob_zero_width(c, v), dict(lab, obf="zero_width"))


OBF_INTRO = {
    "en": ["I've copied the details from the form exactly as the sender typed them (they tried to dodge the spam filter):",
           "Text of the message as received — the odd spacing is in the original:"],
    "de": ["Ich habe die Angaben so übernommen, wie sie im Formular standen (der Absender hat sie absichtlich verfremdet):",
           "Hier der Text der Nachricht, die seltsamen Zeichen stammen aus dem Original:"],
    "fr": ["Voici les coordonnées telles que l'expéditeur les a saisies (il a volontairement brouillé l'écriture) :",
           "Texte du message reçu ; les espacements bizarres viennent de l'original :"],
    "ru": ["Переписал данные из формы так, как их ввёл отправитель (он специально исказил написание):",
           "Текст сообщения в исходном виде — странные пробелы были в оригинале:"],
}
OBF_LABELS = {
    "en": {"PERSON": "Name", "EMAIL": "Email", "PHONE": "Phone", "IBAN": "Bank account", "CREDIT_CARD": "Card", "US_SSN": "SSN",
           "IPV4": "Submitted from", "DATE_OF_BIRTH": "Date of birth", "API_KEY": "Portal token", "MEDICAL_RECORD_NUMBER": "Patient no.",
           "STREET_ADDRESS": "Street", "RU_SNILS": "SNILS", "RU_INN": "INN", "RU_PASSPORT": "Passport"},
    "de": {"PERSON": "Name", "EMAIL": "E-Mail", "PHONE": "Rückruf", "IBAN": "Konto", "CREDIT_CARD": "Kreditkarte", "US_SSN": "SSN",
           "IPV4": "Absende-IP", "DATE_OF_BIRTH": "Geburtsdatum", "API_KEY": "Zugangsschlüssel", "MEDICAL_RECORD_NUMBER": "Patienten-Nr.",
           "STREET_ADDRESS": "Straße", "RU_SNILS": "SNILS", "RU_INN": "INN", "RU_PASSPORT": "Pass"},
    "fr": {"PERSON": "Nom", "EMAIL": "Courriel", "PHONE": "Téléphone", "IBAN": "Compte", "CREDIT_CARD": "Carte", "US_SSN": "SSN",
           "IPV4": "IP d'envoi", "DATE_OF_BIRTH": "Date de naissance", "API_KEY": "Jeton du portail", "MEDICAL_RECORD_NUMBER": "IPP",
           "STREET_ADDRESS": "Rue", "RU_SNILS": "SNILS", "RU_INN": "INN", "RU_PASSPORT": "Passeport"},
    "ru": {"PERSON": "ФИО", "EMAIL": "Почта", "PHONE": "Телефон", "IBAN": "Счёт", "CREDIT_CARD": "Карта", "US_SSN": "SSN",
           "IPV4": "IP отправителя", "DATE_OF_BIRTH": "Дата рождения", "API_KEY": "Токен портала", "MEDICAL_RECORD_NUMBER": "№ карты",
           "STREET_ADDRESS": "Улица", "RU_SNILS": "СНИЛС", "RU_INN": "ИНН", "RU_PASSPORT": "Паспорт"},
}


def ent_for(c, typ, p):
    return {"PERSON": lambda: c.pn(p), "EMAIL": lambda: c.email(p), "PHONE": c.phone, "IBAN": c.iban_e, "CREDIT_CARD": c.card_e,
            "US_SSN": c.ssn_e, "IPV4": c.ipv4_e, "DATE_OF_BIRTH": c.dob, "API_KEY": lambda: c.key_e(c.r.choice(["github_pat_classic", "stripe", "openai_like", "gitlab"])),
            "MEDICAL_RECORD_NUMBER": c.mrn_e, "STREET_ADDRESS": c.street, "RU_SNILS": c.snils_e, "RU_INN": c.inn_e, "RU_PASSPORT": c.pass_e}[typ]()


@ot
def o_form_fields(c):
    p = c.person()
    pool = ["PERSON", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "IPV4", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "API_KEY", "STREET_ADDRESS"]
    if c.loc == "en_US":
        pool += ["US_SSN", "US_SSN"]
    if c.loc == "ru_RU":
        pool += ["RU_SNILS", "RU_INN", "RU_PASSPORT", "RU_SNILS"]
    types = c.r.sample(pool, c.r.randint(3, 5))
    out = M([c.r.choice(OBF_INTRO[c.lang]), "\n\n"])
    for t in types:
        out += [OBF_LABELS[c.lang][t], ": ", obf(c, ent_for(c, t, p)), "\n"]
    out += ["\n", S({"en": "Form version {v}, received {d}.", "de": "Formularversion {v}, eingegangen am {d}.",
                     "fr": "Version du formulaire {v}, reçu le {d}.", "ru": "Версия формы {v}, получено {d}."}[c.lang],
                    v=N("VERSION", neg_version(c.r)), d=c.ndate())]
    return out


@ot
def o_prose(c):
    p, q = c.person(), c.person()
    tpl = {"en": "Re: {n}\n\nThe applicant says you can reach them at {e} or {ph}; the reference on the envelope is {r}. Their date of birth was given as {d}.",
           "de": "Betreff: {n}\n\nDie Antragstellerin ist unter {e} oder {ph} erreichbar; das Aktenzeichen auf dem Umschlag lautet {r}. Geburtsdatum laut Angabe: {d}.",
           "fr": "Objet : {n}\n\nLe demandeur est joignable à {e} ou au {ph} ; la référence sur l'enveloppe est {r}. Date de naissance déclarée : {d}.",
           "ru": "Тема: {n}\n\nЗаявителя можно найти по адресу {e} или по телефону {ph}; номер на конверте — {r}. Дата рождения указана как {d}."}[c.lang]
    m = S(tpl, n=obf(c, c.pn(p)), e=obf(c, c.email(p)), ph=obf(c, c.phone()), r=c.nref(), d=obf(c, c.dob()) if c.r.random() < .5 else c.dob())
    extra = {"en_US": lambda: S("\nSSN as written: {s}", s=obf(c, c.ssn_e())), "ru_RU": lambda: S("\nСНИЛС: {s}, ИНН {i}", s=obf(c, c.snils_e()), i=obf(c, c.inn_e())),
             "en_GB": lambda: S("\nLogin came from {ip}.", ip=obf(c, c.ipv4_e())), "de_DE": lambda: S("\nKonto: {i}", i=obf(c, c.iban_e())),
             "fr_FR": lambda: S("\nCarte : {cc}", cc=obf(c, c.card_e()))}[c.loc]()
    return cat(m, extra)


# =============================================================================================
# Driver
# =============================================================================================
BUNDLE_HEAD = {
    "en": ["Here is everything from the case folder, transcribed and tidied up. Each document is separated by a line.",
           "As requested, I went through all the scans in order. Below are the transcriptions, followed by my notes."],
    "de": ["Hier sind alle Unterlagen aus der Akte, abgetippt und geordnet. Die Dokumente sind jeweils durch eine Linie getrennt.",
           "Wie gewünscht habe ich alle Scans der Reihe nach durchgesehen. Unten die Abschriften mit meinen Anmerkungen."],
    "fr": ["Voici l'ensemble des pièces du dossier, retranscrites et mises en forme. Chaque document est séparé par un trait.",
           "Comme demandé, j'ai repris tous les scans dans l'ordre. Vous trouverez ci-dessous les transcriptions et mes remarques."],
    "ru": ["Ниже — все документы из папки дела, перепечатанные и упорядоченные. Документы разделены чертой.",
           "Как вы просили, я просмотрел все сканы по порядку. Ниже расшифровки и мои комментарии."],
}
SECTION = {"en": "Document {k}", "de": "Dokument {k}", "fr": "Pièce n° {k}", "ru": "Документ {k}"}


def group_of(loc):
    return "en" if LANG[loc] == "en" else LANG[loc]


def text_template(c, allow_x=True):
    fns = TEXT_T[c.group]
    if allow_x and c.loc in XT and c.r.random() < 0.16:
        name, fn = c.r.choice(XT[c.loc])
    else:
        name, fn = c.r.choice(fns)
    res = fn(c)
    if isinstance(res, tuple):
        return res[0], res[1], name
    return res, c.lang, name


def bundle(c, target):
    m = M([c.r.choice(BUNDLE_HEAD[c.lang]), "\n\n"])
    k = 1
    ln = len(m[0])
    names = []
    while ln < target:
        body, _, name = text_template(c, allow_x=False)
        names.append(name)
        sec = cat(f"{'#' if c.r.random() < .5 else '##'} " + SECTION[c.lang].format(k=k) + "\n\n", body, "\n\n" + c.r.choice(["---", "* * *", "____"]) + "\n\n")
        m += sec
        ln += sum(len(p[0]) if isinstance(p, tuple) else len(p) for p in sec)
        k += 1
    return m


def gen_text(c, shape):
    if shape == "chat":
        m, lang, name = text_template(c)
        return m, lang, "y.chat." + name
    if shape == "text4k":
        return bundle(c, c.r.randint(3800, 4300)), c.lang, "y.long.casefile"
    if shape == "long64k":
        return bundle(c, 64000), c.lang, "y.long.casefile"
    if shape == "obfuscated":
        name, fn = c.r.choice(OBF_T)
        return fn(c), c.lang, "y.obf." + name
    raise ValueError(shape)


def json_style(r):
    return r.choice([(2, (",", ": ")), (None, (",", ":")), (None, (", ", ": ")), (4, (",", ": ")), (2, (",", ": "))])


def gen_json(c, shape):
    if shape == "json":
        name, fn = c.r.choice(JSON_T)
        ind, seps = json_style(c.r)
        b = render_json(fn(c, c.r.randint(2, 4)), ind, seps)
        return b, "y.json." + name
    big = [(n, f) for n, f in JSON_T if n in ("j_ocr_lines", "j_case_record", "j_batch_extractions", "j_translation_api")]
    name, fn = c.r.choice(big)
    ind, seps = json_style(c.r)
    n = 6
    while True:
        b = render_json(fn(c, n), ind, seps)
        if len(b.text()) >= 3800 or n > 200:
            return b, "y.json." + name
        n = int(n * 1.4) + 1


def chunks_of(r, text):
    out, i = [], 0
    while i < len(text):
        k = r.randint(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


def make_doc(r, fakers, shape, idx):
    loc = r.choices(LOCALES, LOC_W)[0]
    c = Ctx(r, fakers, loc)
    c.group = group_of(loc)
    base = None
    if shape == "stream":
        base = r.choices(["chat", "json", "text4k", "obfuscated"], [45, 30, 13, 12])[0]
    kind = base or shape
    if kind in ("json", "json4k"):
        b, tname = gen_json(c, kind)
        fmt, lang = "json", c.lang
    else:
        m, lang, tname = gen_text(c, kind)
        b = render_text(m)
        fmt = "text"
    text = b.text()
    doc = {"id": f"{SPLIT}-{shape}-{idx:04d}", "split": SPLIT, "shape": shape}
    if base:
        doc["base_shape"] = base
    doc.update({"format": fmt, "locale": loc, "lang": lang, "template": tname, "holdout_only_template": True, "text": text})
    if base:
        doc["chunks"] = chunks_of(r, text)
    doc["entities"] = b.ents
    doc["negatives"] = b.negs
    doc["ignore"] = b.ign
    return doc


COUNTS = [("chat", 200), ("json", 110), ("stream", 55), ("obfuscated", 55), ("json4k", 33), ("text4k", 22), ("long64k", 2)]


def validate(d):
    t = d["text"]
    spans = []
    for e in d["entities"]:
        assert t[e["start"]:e["end"]] == e["value"], (d["id"], e)
        assert e["value"] == e["value"].strip() and e["value"], (d["id"], e)
        spans.append((e["start"], e["end"]))
        v = e["value"]
        if not e.get("obf"):
            dig = "".join(ch for ch in v if ch.isdigit())
            if e["type"] == "CREDIT_CARD":
                assert luhn_ok(dig), e
            if e["type"] == "IBAN":
                assert iban_ok(v), e
            if e["type"] == "RU_INN":
                assert len(dig) in (10, 12), e
            if e["type"] == "RU_SNILS":
                assert len(dig) == 11, e
    for n in d["negatives"]:
        assert t[n["start"]:n["end"]] == n["value"], (d["id"], n)
        spans.append((n["start"], n["end"]))
        if n["type"] == "NEG_CARDLIKE":
            assert not luhn_ok("".join(ch for ch in n["value"] if ch.isdigit()))
    spans.sort()
    for (a, b), (x, y) in zip(spans, spans[1:]):
        assert b <= x, (d["id"], (a, b), (x, y), t[a:y])
    if d["format"] == "json":
        json.loads(t)
    if "chunks" in d:
        assert "".join(d["chunks"]) == t and all(1 <= len(ch) <= 16 for ch in d["chunks"])


def generate(seed):
    r = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(LOCALES):
        f = Faker(loc)
        f.seed_instance(seed * 100 + i)
        fakers[loc] = f
    docs = []
    for shape, n in COUNTS:
        for i in range(n):
            d = make_doc(r, fakers, shape, i)
            validate(d)
            docs.append(d)
    return docs


def summary(docs, out=sys.stdout):
    C = collections.Counter
    p = lambda *a: print(*a, file=out)
    p(f"documents: {len(docs)}")
    p("by shape:", dict(C(d["shape"] for d in docs)))
    p("stream bases:", dict(C(d.get("base_shape") for d in docs if d["shape"] == "stream")))
    p("by locale:", dict(sorted(C(d["locale"] for d in docs).items())))
    p("by locale/lang:", dict(sorted(C(f"{d['locale']}/{d['lang']}" for d in docs).items())))
    p("entities by type:", dict(C(e["type"] for d in docs for e in d["entities"]).most_common()))
    p("entities by type/sub:", dict(sorted(C(f"{e['type']}/{e.get('sub', '-')}" for d in docs for e in d["entities"]).items())))
    p("obfuscation kinds:", dict(C(e["obf"] for d in docs for e in d["entities"] if e.get("obf")).most_common()))
    p("negatives by type:", dict(C(n["type"] for d in docs for n in d["negatives"]).most_common()))
    p("ignore spans:", sum(len(d["ignore"]) for d in docs))
    tc = C(d["template"] for d in docs)
    p(f"templates: {len(tc)}")
    p("by template:", dict(sorted(tc.items())))
    p("text length by shape (min/max):", {s: (min(len(d["text"]) for d in docs if d["shape"] == s), max(len(d["text"]) for d in docs if d["shape"] == s))
                                          for s, _ in COUNTS})


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    docs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        summary(docs)


if __name__ == "__main__":
    main()
