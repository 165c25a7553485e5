#!/usr/bin/env python3
"""make_probe_ai.py - held-out PII corpus generator, probe AI
(security / fraud / insurance / investigations output of LLMs and agents).

    make_probe_ai.py --seed N --out FILE [--scale F]

Standard library + Faker only. Deterministic per seed.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import string

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOC_W = [0.22, 0.18, 0.20, 0.20, 0.20]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
SHAPES = [("chat", 150), ("json", 90), ("json4k", 60), ("text4k", 60), ("long64k", 4),
          ("obfuscated", 60), ("stream", 62)]


# ------------------------------------------------------------------ fragments
class M:
    """A marked span: kind E (entity) / N (negative) / I (ignore)."""
    __slots__ = ("kind", "type", "value", "sub", "obf", "core")

    def __init__(self, kind, type_, value, sub=None, obf=None, core=None):
        self.kind, self.type, self.value, self.sub, self.obf, self.core = kind, type_, value, sub, obf, core


def E(t, v, sub=None, obf=None):
    return M("E", t, v, sub, obf)


def N(t, v):
    return M("N", t, v)


def I(v):
    return M("I", None, v)


class Builder:
    def __init__(self):
        self.parts, self.pos = [], 0
        self.ents, self.negs, self.ign = [], [], []

    def add(self, x):
        if isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
            return
        if isinstance(x, M):
            s = self.pos
            self.parts.append(x.value)
            self.pos += len(x.value)
            if x.kind == "E":
                d = {"type": x.type, "start": s, "end": self.pos, "value": x.value}
                if x.sub:
                    d["sub"] = x.sub
                if x.obf:
                    d["obf"] = x.obf
                self.ents.append(d)
            elif x.kind == "N":
                self.negs.append({"type": x.type, "start": s, "end": self.pos, "value": x.value})
            else:
                self.ign.append([s, self.pos])
            return
        self.parts.append(x)
        self.pos += len(x)

    def text(self):
        return "".join(self.parts)


def fill(tpl, **kw):
    """'Hello {name}!' -> list of str / M parts."""
    out, i = [], 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            out.append(tpl[i:])
            break
        k = tpl.find("}", j)
        key = tpl[j + 1:k]
        if key not in kw:
            out.append(tpl[i:k + 1])
            i = k + 1
            continue
        out.append(tpl[i:j])
        v = kw[key]
        out.extend(v if isinstance(v, list) else [v])
        i = k + 1
    return [p for p in out if not (isinstance(p, str) and p == "")]


# ------------------------------------------------------------------ JSON serialisation into fragments
class Raw:  # raw JSON token (number) that may be a mark
    def __init__(self, m):
        self.m = m


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, M):
            assert jesc(p.value) == p.value, p.value
            out.append(p)
        else:
            out.append(jesc(p))
    return out


def jfrag(obj, indent, level=0, sep=(", ", ": ")):
    """obj: dict/list/str/int/float/bool/None/M/list-of-parts wrapped in tuple -> parts."""
    nl = "" if indent is None else "\n"
    pad = "" if indent is None else " " * (indent * (level + 1))
    pad0 = "" if indent is None else " " * (indent * level)
    isep = sep[0].rstrip() if indent is not None else sep[0]
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{" + nl]
        for i, (k, v) in enumerate(obj.items()):
            out.append(pad + json.dumps(k, ensure_ascii=False) + sep[1])
            out.extend(jfrag(v, indent, level + 1, sep))
            if i < len(obj) - 1:
                out.append(isep + nl)
        out.append(nl + pad0 + "}")
        return out
    if isinstance(obj, list):
        if not obj:
            return ["[]"]
        out = ["[" + nl]
        for i, v in enumerate(obj):
            out.append(pad)
            out.extend(jfrag(v, indent, level + 1, sep))
            if i < len(obj) - 1:
                out.append(isep + nl)
        out.append(nl + pad0 + "]")
        return out
    if isinstance(obj, tuple):  # composite string
        return ['"'] + esc_parts(list(obj)) + ['"']
    if isinstance(obj, M):
        return ['"'] + esc_parts([obj]) + ['"']
    if isinstance(obj, Raw):
        return [obj.m]
    return [json.dumps(obj, ensure_ascii=False)]


def parts_text(parts):
    return "".join(p.value if isinstance(p, M) else p for p in parts)


# ------------------------------------------------------------------ checksums / value generators
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def iban_check(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def snils_check(d9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else "%02d" % s


def inn_ok(inn):
    d = [int(c) for c in inn]
    if len(d) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(w, d)) % 11 % 10 == d[9]
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return (sum(a * b for a, b in zip(w1, d)) % 11 % 10 == d[10]
            and sum(a * b for a, b in zip(w2, d)) % 11 % 10 == d[11])


def nhs_ok(n):
    d = [int(c) for c in n if c.isdigit()]
    if len(d) != 10:
        return False
    c = 11 - sum(x * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == d[9]


B32 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
B64U = ALNUM + "-_"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ------------------------------------------------------------------ hand-written name lists
HAND = {
    "en": (["Siobhan", "Declan", "Priya", "Marcus", "Tomasz", "Aoife", "Delroy", "Imogen", "Kwame", "Rhiannon",
            "Bartholomew", "Nkechi", "Callum", "Yusuf", "Mairead"],
           ["Okonkwo-Hale", "McAllister", "Van der Merwe", "Fairweather", "Ashdown", "Pemberton", "Nakashima",
            "de Souza", "Blackwood", "Oyelaran", "Threlkeld", "Van Buren"]),
    "de": (["Jürgen", "Anneliese", "Till", "Wiebke", "Hannelore", "Ole", "Friedemann", "Swantje", "Kai-Uwe",
            "Mechthild", "Jörg", "Henrike"],
           ["von Ahlefeldt", "Großkopf", "Schulze-Wendt", "Oßwald", "van Dijk", "Brückner", "Kowalczyk",
            "von der Heyde", "Öztürk", "Lindqvist", "Pfeiffer"]),
    "fr": (["Gaëlle", "Hervé", "Ségolène", "Loïc", "Maëlys", "Yannick", "Clothilde", "Anaïs", "Benoît", "Solène",
            "Jean-Baptiste", "Aurélien"],
           ["de La Tour", "Le Guennec", "Dupont-Aignan", "Kerjean", "de Villepin", "Bellamy", "N'Diaye",
            "Lefèvre", "Castagnède", "du Plessis", "Haddad"]),
}
RU_HAND_M = (["Ярослав", "Всеволод", "Тимофей", "Глеб", "Арсений"],
             ["Игоревич", "Станиславович", "Ильич", "Романович"],
             ["Кудрявцев", "Белоусов", "Шестаков", "Воронцов", "Ермаков"])
RU_HAND_F = (["Ульяна", "Злата", "Есения", "Милана", "Варвара"],
             ["Игоревна", "Станиславовна", "Ильинична", "Романовна"],
             ["Кудрявцева", "Белоусова", "Шестакова", "Воронцова", "Ермакова"])

HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е",
        "O": "О", "P": "Р", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В", "а": "a", "е": "e",
        "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "Е": "E", "О": "O", "С": "C", "Р": "P"}
SPELL = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
ATDOT = {
    "en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
    "de": [(" at ", " punkt "), ("(at)", "(punkt)"), (" [ät] ", " [punkt] ")],
    "fr": [(" arobase ", " point "), (" [at] ", " [point] "), ("(arobase)", "(point)")],
    "ru": [(" собака ", " точка "), (" [at] ", " [dot] "), (" (собака) ", " (точка) ")],
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
GED_MON = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()
DOMAINS = {"en_US": ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "proton.me"],
           "en_GB": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com", "yahoo.co.uk"],
           "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
           "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
           "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "gmail.com"]}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def asciify(s):
    out = []
    for ch in s.lower():
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
        elif ch in "äöüß":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}[ch])
        elif ch in "éèêëàâîïôûùçœ":
            out.append("eeeeaaiiouuco"["éèêëàâîïôûùçœ".index(ch)])
        elif ch.isalnum() and ch.isascii():
            out.append(ch)
    return "".join(out)


# ------------------------------------------------------------------ per-document context
class Ctx:
    def __init__(self, rng, fakers, locale, obf=False):
        self.r, self.loc, self.lang = rng, locale, LANG[locale]
        self.fk = fakers[locale]
        self.obf = obf
        self.obf_kinds_used = []

    # -- obfuscation
    def maybe_obf(self, m, kinds):
        if not self.obf or not kinds or self.r.random() > 0.75:
            return m
        r = self.r
        kind = r.choice(kinds)
        v = m.value
        if kind == "zero_width":
            zw = r.choice(["\u200b", "\u200c", "\u200d", "\u2060"])
            idx = sorted(r.sample(range(1, len(v)), min(len(v) - 1, r.randint(2, 4))))
            nv, last = "", 0
            for i in idx:
                nv += v[last:i] + zw
                last = i
            v = nv + v[last:]
        elif kind == "homoglyph":
            cand = [i for i, ch in enumerate(v) if ch in HOMO]
            if not cand:
                return m
            for i in r.sample(cand, min(len(cand), r.randint(1, 3))):
                v = v[:i] + HOMO[v[i]] + v[i + 1:]
        elif kind == "fullwidth":
            v = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
        elif kind == "spaced":
            v = " ".join(c for c in v if c.isalnum() or c in "@.+")
        elif kind == "spelled":
            w = SPELL[self.lang]
            toks = [w[int(c)] if c.isdigit() else c for c in v if c.isdigit() or c in "+"]
            toks = ["plus" if t == "+" else t for t in toks]
            v = (" " if r.random() < 0.7 else "-").join(toks)
        elif kind == "at_dot":
            at, dot = r.choice(ATDOT[self.lang])
            u, _, d = v.partition("@")
            v = u.replace(".", dot) + at + d.replace(".", dot)
        elif kind == "defanged":
            if "@" in v:
                u, _, d = v.partition("@")
                v = u + "[@]" + d.replace(".", "[.]")
            elif ":" in v and "." not in v:
                v = v.replace(":", "[:]")
            else:
                v = v.replace(".", "[.]") if r.random() < 0.6 else v.replace(".", "(.)")
        if v == m.value:
            return m
        self.obf_kinds_used.append(kind)
        return E(m.type, v, m.sub, kind)

    # -- names
    def _ru_name(self):
        r, fk = self.r, self.fk
        male = r.random() < 0.5
        if r.random() < 0.25:
            h = RU_HAND_M if male else RU_HAND_F
            return r.choice(h[0]), r.choice(h[1]), r.choice(h[2])
        if male:
            return fk.first_name_male(), fk.middle_name_male(), fk.last_name_male()
        return fk.first_name_female(), fk.middle_name_female(), fk.last_name_female()

    def name_parts(self):
        r = self.r
        if self.lang == "ru":
            return self._ru_name()
        if r.random() < 0.3:
            h = HAND[self.lang]
            return r.choice(h[0]), None, r.choice(h[1])
        return self.fk.first_name(), None, self.fk.last_name()

    def person(self, fmt=None, parts=None):
        r = self.r
        f, mid, l = parts or self.name_parts()
        if fmt is None:
            fmt = r.choices(["full", "last_first", "upper", "initial", "given", "surname", "mid"],
                            [40, 10, 8, 10, 6, 6, 8])[0]
        if self.lang == "ru":
            v = {"full": f"{l} {f} {mid}", "last_first": f"{f} {mid} {l}", "upper": f"{l.upper()} {f} {mid}",
                 "initial": f"{l} {f[0]}. {mid[0]}.", "given": f"{f} {mid}", "surname": l,
                 "mid": f"{f} {l}"}[fmt]
        else:
            mi = r.choice(string.ascii_uppercase)
            v = {"full": f"{f} {l}", "last_first": f"{l}, {f}", "upper": f"{l.upper()} {f}",
                 "initial": f"{f[0]}. {l}", "given": f, "surname": l,
                 "mid": f"{f} {mi}. {l}" if self.lang == "en" else f"{f} {l}"}[fmt]
        return self.maybe_obf(E("PERSON", v, self.lang + ("" if fmt == "full" else "_" + fmt)),
                              ["homoglyph", "zero_width"])

    def titled_surname(self):
        """title outside the entity + surname entity"""
        f, mid, l = self.name_parts()
        t = {"en": ["Mr ", "Ms ", "Mrs ", "Dr ", "Det. Sgt. "], "de": ["Herr ", "Frau ", "Dr. "],
             "fr": ["M. ", "Mme ", "Me "], "ru": ["г-н ", "г-жа ", "гр. "]}[self.lang]
        return [self.r.choice(t), self.maybe_obf(E("PERSON", l, self.lang + "_surname"), ["homoglyph"])]

    # -- contact
    def email_value(self, parts=None):
        r = self.r
        f, _, l = parts or self.name_parts()
        f, l = asciify(f) or "user", asciify(l) or "mail"
        user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}{r.randint(1, 99)}", f"{f}_{l[:3]}{r.randint(70, 99)}",
                         f"{f}.{l}+claims"])
        dom = r.choice(DOMAINS[self.loc] + [self.fk.domain_name()])
        return f"{user}@{dom}"

    def email(self, parts=None):
        return self.maybe_obf(E("EMAIL", self.email_value(parts)), ["at_dot", "zero_width", "homoglyph", "defanged"])

    def phone(self):
        r = self.r
        d = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        loc = self.loc
        if loc == "en_US":
            a = f"{r.randint(2, 9)}{d(2)}"
            ex = f"{r.randint(2, 9)}{d(2)}"
            v, sub = r.choice([(f"+1 {a}-{ex}-{d(4)}", "intl_US"), (f"({a}) {ex}-{d(4)}", "nat_US"),
                               (f"{a}.{ex}.{d(4)}", "nat_US"), (f"+1{a}{ex}{d(4)}", "e164_US")])
        elif loc == "en_GB":
            v, sub = r.choice([(f"+44 20 {r.randint(7, 8)}{d(3)} {d(4)}", "intl_GB"),
                               (f"07{r.randint(400, 999)} {d(6)}", "mobile_GB"),
                               (f"0161 {d(3)} {d(4)}", "nat_GB"), (f"+44 7{d(3)} {d(6)}", "intl_GB")])
        elif loc == "de_DE":
            v, sub = r.choice([(f"+49 30 {d(8)}", "intl_DE"), (f"0151 {d(8)}", "mobile_DE"),
                               (f"(089) {d(3)} {d(2)} {d(2)}", "nat_DE"), (f"+49 (0) 172 {d(7)}", "intl_DE"),
                               (f"040/{d(7)}", "nat_DE")])
        elif loc == "fr_FR":
            g = lambda: " ".join(d(2) for _ in range(4))
            v, sub = r.choice([(f"+33 6 {g()}", "intl_FR"), (f"0{r.randint(1, 7)} {g()}", "nat_FR"),
                               (f"+33 (0)1 {g()}", "intl_FR"), (f"0{r.randint(6, 7)}.{d(2)}.{d(2)}.{d(2)}.{d(2)}", "nat_FR")])
        else:
            v, sub = r.choice([(f"+7 (9{d(2)}) {d(3)}-{d(2)}-{d(2)}", "intl_RU"),
                               (f"8 (495) {d(3)}-{d(2)}-{d(2)}", "nat_RU"),
                               (f"+7 9{d(2)} {d(3)} {d(2)} {d(2)}", "intl_RU"), (f"89{d(9)}", "nat_RU")])
        return self.maybe_obf(E("PHONE", v, sub), ["fullwidth", "spaced", "spelled", "zero_width"])

    def street(self):
        """returns parts: street entity + ignore(city/postcode)"""
        r, fk = self.r, self.fk
        loc = self.loc
        if loc == "en_US":
            st = f"{r.randint(12, 9899)} {fk.street_name()}"
            if r.random() < 0.3:
                st += f", Apt {r.randint(1, 40)}{r.choice('ABCD')}"
            rest = f"{fk.city()}, {fk.state_abbr()} {fk.zipcode()}"
        elif loc == "en_GB":
            st = f"{r.randint(1, 240)} {fk.street_name()}"
            if r.random() < 0.25:
                st = f"Flat {r.randint(1, 30)}, " + st
            rest = f"{fk.city()} {fk.postcode()}"
        elif loc == "de_DE":
            st = f"{fk.street_name()} {r.randint(1, 180)}{r.choice(['', '', 'a', 'b'])}"
            rest = f"{fk.postcode()} {fk.city()}"
        elif loc == "fr_FR":
            st = f"{r.randint(1, 150)}{r.choice(['', '', ' bis', ' ter'])}, {fk.street_name()}"
            rest = f"{fk.postcode()} {fk.city()}"
        else:
            st = f"{fk.street_title()}, д. {r.randint(1, 120)}" + (f", кв. {r.randint(1, 300)}" if r.random() < 0.7 else "")
            rest = f"{fk.city_name()}, {fk.postcode()}" if r.random() < 0.5 else f"г. {fk.city_name()}"
        st = st.replace('"', "")
        return E("STREET_ADDRESS", st, loc[-2:].lower()), I(rest)

    def addr_parts(self, sep=", "):
        st, rest = self.street()
        return [st, sep, rest]

    def dob_value(self):
        r = self.r
        y, mo, da = r.randint(1938, 2004), r.randint(1, 12), r.randint(1, 28)
        lang = self.lang
        opts = {"en_US": [f"{mo:02d}/{da:02d}/{y}", f"{MONTHS['en'][mo - 1]} {da}, {y}", f"{y}-{mo:02d}-{da:02d}"],
                "en_GB": [f"{da:02d}/{mo:02d}/{y}", f"{da} {MONTHS['en'][mo - 1]} {y}", f"{y}-{mo:02d}-{da:02d}"],
                "de_DE": [f"{da:02d}.{mo:02d}.{y}", f"{da}. {MONTHS['de'][mo - 1]} {y}", f"{y}-{mo:02d}-{da:02d}"],
                "fr_FR": [f"{da:02d}/{mo:02d}/{y}", f"{da} {MONTHS['fr'][mo - 1]} {y}", f"{da:02d}-{mo:02d}-{y}"],
                "ru_RU": [f"{da:02d}.{mo:02d}.{y}", f"{da} {MONTHS['ru'][mo - 1]} {y} г.", f"{y}-{mo:02d}-{da:02d}"]}
        return r.choice(opts[self.loc])

    def dob(self):
        return self.maybe_obf(E("DATE_OF_BIRTH", self.dob_value()), ["fullwidth", "zero_width"])

    def date_neg(self):
        r = self.r
        y, mo, da = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
        v = r.choice([f"{y}-{mo:02d}-{da:02d}", f"{da:02d}.{mo:02d}.{y}", f"{da:02d}/{mo:02d}/{y}",
                      f"{da} {MONTHS[self.lang][mo - 1]} {y}"])
        return N("NEG_DATE", v)

    def ssn(self):
        r = self.r
        a = r.choice([x for x in range(1, 900) if x != 666][r.randint(0, 10):r.randint(300, 897)])
        v = f"{a:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if r.random() < 0.15:
            v = v.replace("-", "")
        return self.maybe_obf(E("US_SSN", v), ["fullwidth", "spaced", "spelled", "zero_width"])

    def card_digits(self):
        r = self.r
        kind = r.choice(["visa", "mastercard", "amex", "discover", "mastercard2"])
        if kind == "visa":
            body, n = "4" + "".join(r.choice(string.digits) for _ in range(5)), 16
        elif kind == "mastercard":
            body, n = str(r.randint(51, 55)) + "".join(r.choice(string.digits) for _ in range(4)), 16
        elif kind == "mastercard2":
            body, n, kind = str(r.randint(2221, 2720)) + "".join(r.choice(string.digits) for _ in range(2)), 16, "mastercard"
        elif kind == "amex":
            body, n = r.choice(["34", "37"]) + "".join(r.choice(string.digits) for _ in range(4)), 15
        else:
            body, n = "6011" + "".join(r.choice(string.digits) for _ in range(2)), 16
        body += "".join(r.choice(string.digits) for _ in range(n - 1 - len(body)))
        return body + luhn_digit(body), kind

    def fmt_card(self, num):
        r = self.r
        sep = r.choice([" ", "-", "", " "])
        if len(num) == 15:
            return f"{num[:4]}{sep}{num[4:10]}{sep}{num[10:]}"
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def card(self):
        num, kind = self.card_digits()
        return self.maybe_obf(E("CREDIT_CARD", self.fmt_card(num), kind), ["fullwidth", "spaced", "zero_width"])

    def bad_card(self):
        num, _ = self.card_digits()
        num = num[:-1] + str((int(num[-1]) + self.r.randint(1, 9)) % 10)
        return N("NEG_CARD_INVALID", self.fmt_card(num))

    def iban(self, cc=None):
        r = self.r
        dg = lambda n: "".join(r.choice(string.digits) for _ in range(n))
        up = lambda n: "".join(r.choice(string.ascii_uppercase) for _ in range(n))
        cc = cc or r.choice({"en_US": ["GB", "NL", "IE", "CH"], "en_GB": ["GB", "GB", "IE"], "de_DE": ["DE", "DE", "AT", "CH"],
                             "fr_FR": ["FR", "FR", "BE", "ES"], "ru_RU": ["DE", "CY", "LV", "FR"]}[self.loc] + ["IT", "NL"])
        bban = {"DE": lambda: dg(18), "AT": lambda: dg(16), "CH": lambda: dg(17), "GB": lambda: up(4) + dg(14),
                "IE": lambda: up(4) + dg(14), "NL": lambda: up(4) + dg(10), "FR": lambda: dg(10) + dg(11) + dg(2),
                "BE": lambda: dg(12), "ES": lambda: dg(20), "IT": lambda: up(1) + dg(22), "CY": lambda: dg(8) + dg(16),
                "LV": lambda: up(4) + dg(13)}[cc]()
        s = cc + iban_check(cc, bban) + bban
        v = " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if r.random() < 0.6 else s
        return self.maybe_obf(E("IBAN", v, cc), ["spaced", "zero_width", "fullwidth"])

    def ipv4_value(self):
        r = self.r
        first = r.choice([23, 31, 37, 45, 62, 77, 81, 89, 91, 95, 103, 109, 141, 176, 178, 185, 193, 195, 203, 212, 217])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv4(self):
        return self.maybe_obf(E("IPV4", self.ipv4_value()), ["defanged", "defanged", "zero_width", "fullwidth"])

    def ipv6(self):
        r = self.r
        h = lambda: "%x" % r.randint(1, 0xFFFF)
        pre = r.choice(["2001:db8", "2a02:810", "2a01:e0a", "2607:f8b0", "2a00:1450", "2001:67c"])
        v = r.choice([f"{pre}:{h()}:{h()}::{h()}", f"{pre}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}",
                      f"{pre}::{h()}:{h()}"])
        return self.maybe_obf(E("IPV6", v), ["defanged", "zero_width"])

    def secret(self, kind=None):
        r = self.r
        rs = lambda al, n: "".join(r.choice(al) for _ in range(n))
        kind = kind or r.choice(["aws_access_key_id", "aws_secret", "github", "slack", "stripe", "google", "jwt",
                                 "password", "bearer", "gitlab", "sendgrid"])
        if kind == "aws_access_key_id":
            v = r.choice(["AKIA", "ASIA"]) + rs(B32, 16)
        elif kind == "aws_secret":
            v = rs(ALNUM + "/+", 40)
        elif kind == "github":
            v = r.choice(["ghp_", "gho_", "ghs_"]) + rs(ALNUM, 36)
        elif kind == "gitlab":
            v = "glpat-" + rs(ALNUM + "-_", 20)
        elif kind == "slack":
            v = f"xoxb-{rs(string.digits, 12)}-{rs(string.digits, 13)}-{rs(ALNUM, 24)}"
        elif kind == "stripe":
            v = r.choice(["sk_live_", "rk_live_"]) + rs(ALNUM, 24)
        elif kind == "sendgrid":
            v = f"SG.{rs(B64U, 22)}.{rs(B64U, 43)}"
        elif kind == "google":
            v = "AIza" + rs(B64U, 35)
        elif kind == "jwt":
            hdr = b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
            pl = b64u(json.dumps({"sub": str(r.randint(10000, 99999)), "iat": r.randint(1.6e9, 1.8e9),
                                  "role": r.choice(["adjuster", "analyst", "admin"])}, separators=(",", ":")).encode())
            v = f"{hdr}.{pl}.{rs(B64U, 43)}"
        elif kind == "bearer":
            v = rs(ALNUM, r.randint(32, 48))
        else:
            w = r.choice(["Summer", "Winter", "Welcome", "Passw0rd", "Qwerty", "Sommer", "Soleil", "Moskva", "Dragon",
                          "Liverpool", "Bayern", "Marseille"])
            v = r.choice([f"{w}{r.randint(2019, 2026)}!", f"{w.lower()}{r.randint(1, 999)}", rs(ALNUM + "!#$%*", r.randint(10, 16)),
                          f"{w}#{rs(string.digits, 2)}{rs(string.ascii_letters, 3)}"])
        return self.maybe_obf(E("API_KEY", v, kind), ["zero_width", "homoglyph"])

    def ru_passport(self):
        r = self.r
        s = f"{r.randint(1, 99):02d}{r.randint(0, 25):02d}"
        n = f"{r.randint(100000, 999999)}"
        v = r.choice([f"{s[:2]} {s[2:]} {n}", f"{s} {n}", f"{s}{n}", f"{s} №{n}"])
        return self.maybe_obf(E("RU_PASSPORT", v), ["spaced", "fullwidth", "zero_width"])

    def snils(self):
        r = self.r
        d9 = f"{r.randint(2000000, 999999999):09d}"
        c = snils_check(d9)
        v = r.choice([f"{d9[:3]}-{d9[3:6]}-{d9[6:]} {c}", f"{d9[:3]}-{d9[3:6]}-{d9[6:]}-{c}", d9 + c])
        return self.maybe_obf(E("RU_SNILS", v), ["spaced", "fullwidth", "spelled"])

    def inn(self, person=None):
        r = self.r
        person = r.random() < 0.65 if person is None else person
        if person:
            d = [r.randint(0, 9) for _ in range(10)]
            d[0], d[1] = r.randint(0, 7), r.randint(1, 9)
            w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
            w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
        else:
            d = [r.randint(0, 9) for _ in range(9)]
            d[0], d[1] = r.randint(0, 7), r.randint(1, 9)
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
        v = "".join(map(str, d))
        return self.maybe_obf(E("RU_INN", v, "person" if person else "org"), ["spaced", "fullwidth", "spelled"])

    def nhs(self):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(9)]
            d[0] = r.randint(4, 9)
            c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                break
        s = "".join(map(str, d)) + str(c)
        v = r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}"])
        return self.maybe_obf(E("MEDICAL_RECORD_NUMBER", v, "uk_nhs"), ["spaced", "fullwidth"])

    def mrn(self):
        r = self.r
        if self.loc == "en_GB" and r.random() < 0.6:
            return self.nhs()
        v = r.choice([f"{r.randint(1000000, 99999999)}", f"MRN{r.randint(100000, 9999999)}",
                      f"{r.choice('ABCEHKMP')}{r.randint(1000000, 9999999)}", f"{r.randint(10, 99)}-{r.randint(100000, 999999)}"])
        return self.maybe_obf(E("MEDICAL_RECORD_NUMBER", v, "mrn"), ["spaced", "fullwidth"])

    # -- negatives
    def uuid(self):
        r = self.r
        h = "".join(r.choice("0123456789abcdef") for _ in range(32))
        h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
        return N("NEG_UUID", f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")

    def ts(self):
        r = self.r
        y, mo, da, hh, mi, ss = r.randint(2022, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        v = r.choice([f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mi:02d}:{ss:02d}Z", f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mi:02d}:{ss:02d}.{r.randint(0, 999):03d}+00:00",
                      f"{GED_MON[mo - 1].title()} {da:2d} {hh:02d}:{mi:02d}:{ss:02d}", f"{y}-{mo:02d}-{da:02d} {hh:02d}:{mi:02d}:{ss:02d}",
                      str(r.randint(1650000000, 1790000000) * 1000 + r.randint(0, 999))])
        return N("NEG_TIMESTAMP", v)

    def hash(self, kind=None):
        r = self.r
        n = {"md5": 32, "sha1": 40, "sha256": 64}[kind or r.choice(["md5", "sha1", "sha256", "sha256"])]
        return N("NEG_HASH", "".join(r.choice("0123456789abcdef") for _ in range(n)))

    def case_id(self):
        r = self.r
        v = r.choice([f"CASE-{r.randint(2019, 2026)}-{r.randint(10000, 999999)}", f"CLM-{r.randint(1000000, 9999999)}",
                      f"INC{r.randint(1000000, 9999999)}", f"SR-{r.randint(100000, 999999)}",
                      f"{r.choice(['DSP', 'CB', 'SAR', 'KYC', 'TKT'])}-{r.randint(10000, 99999)}-{r.choice(string.ascii_uppercase)}",
                      f"#{r.randint(10000, 999999)}"])
        return N("NEG_ORDER_ID", v)

    def police_ref(self):
        r = self.r
        v = {"en_US": f"{r.randint(20, 26)}-{r.randint(100000, 999999)}", "en_GB": f"CAD {r.randint(1000, 9999)}/{r.randint(10, 31)}{r.choice(['MAR', 'JUN', 'OCT'])}{r.randint(22, 26)}",
             "de_DE": f"{r.randint(100, 999)} Js {r.randint(1000, 99999)}/{r.randint(22, 26)}", "fr_FR": f"PV n° {r.randint(2022, 2026)}/{r.randint(100000, 999999)}",
             "ru_RU": f"КУСП № {r.randint(1000, 99999)}"}[self.loc]
        return N("NEG_ORDER_ID", v)

    def policy(self):
        r = self.r
        v = r.choice([f"POL-{r.randint(100000, 999999)}-{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}",
                      f"{r.choice(['HX', 'MT', 'TR', 'HL'])}{r.randint(10000000, 99999999)}",
                      f"{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}"])
        return N("NEG_POLICY", v)

    def version(self):
        r = self.r
        v = r.choice([f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 99)}", f"{r.randint(1, 10)}.{r.randint(0, 20)}.{r.randint(0, 20)}.{r.randint(100, 9999)}",
                      f"v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 30)}"])
        return N("NEG_VERSION", v)

    def cve(self):
        return N("NEG_CVE", f"CVE-{self.r.randint(2017, 2026)}-{self.r.randint(1000, 49999)}")

    def mitre(self):
        r = self.r
        v = f"T{r.randint(1003, 1595)}" + (f".{r.randint(1, 12):03d}" if r.random() < 0.5 else "")
        return N("NEG_MITRE", v)

    def number(self):
        r = self.r
        v = r.choice([f"{r.randint(1000, 99999)}", f"{r.randint(100, 9999)},{r.randint(10, 99)}", f"{r.randint(1, 999)},{r.randint(100, 999)}.{r.randint(10, 99)}",
                      f"{r.randint(10 ** 11, 10 ** 13)}"])
        if len(v) >= 12 and v.isdigit() and luhn_ok(v):
            v = v[:-1] + str((int(v[-1]) + 1) % 10)
        return N("NEG_NUMBER", v)

    def amount(self):
        r = self.r
        a = f"{r.randint(20, 25000)}.{r.randint(0, 99):02d}"
        return {"en_US": "$" + a, "en_GB": "£" + a, "de_DE": a.replace(".", ",") + " €", "fr_FR": a.replace(".", ",") + " €",
                "ru_RU": a.replace(".", ",") + " ₽"}[self.loc]

    def host(self):
        r = self.r
        return r.choice(["WS-", "LT-", "SRV-", "DC0", "FIN-PC-"]) + str(r.randint(10, 9999))

    def lookalike(self):
        r = self.r
        base = r.choice(["paypal", "microsoft", "docusign", "allianz", "axa", "sberbank", "barclays", "chase", "dhl"])
        tw = r.choice([base.replace("l", "1", 1), base.replace("o", "0", 1), base + "-secure", base + "-verify", "rn".join(base.split("m", 1)) if "m" in base else base + "s"])
        return f"{tw}.{r.choice(['com', 'net', 'info', 'support', 'co'])}"


# ------------------------------------------------------------------ text scenes
def pick(c, d):
    if isinstance(d, str):
        return d
    v = d[c.lang] if c.lang in d else d[c.loc]
    return c.r.choice(v) if isinstance(v, list) else v


def table(c, header, rows):
    """rows: list of list of cell-parts (str or M). Random table style."""
    r = c.r
    style = r.choice(["md", "csv", "tsv", "pipe", "aligned"])
    out = []
    if style == "md":
        out.append("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
        for row in rows:
            out.append("| ")
            for i, cell in enumerate(row):
                out.extend(cell if isinstance(cell, list) else [cell])
                out.append(" | " if i < len(row) - 1 else " |\n")
    elif style in ("csv", "tsv", "pipe"):
        sep = {"csv": ",", "tsv": "\t", "pipe": "|"}[style]
        if style == "csv":
            out.append("```csv\n")
        out.append(sep.join(header) + "\n")
        for row in rows:
            for i, cell in enumerate(row):
                cell = cell if isinstance(cell, list) else [cell]
                q = style == "csv" and any("," in (p.value if isinstance(p, M) else p) for p in cell)
                if q:
                    out.append('"')
                out.extend(cell)
                if q:
                    out.append('"')
                out.append(sep if i < len(row) - 1 else "\n")
        if style == "csv":
            out.append("```\n")
    else:
        w = [len(h) for h in header]
        for row in rows:
            for i, cell in enumerate(row):
                w[i] = max(w[i], len(parts_text(cell if isinstance(cell, list) else [cell])))
        out.append("  ".join(h.ljust(w[i]) for i, h in enumerate(header)).rstrip() + "\n")
        out.append("  ".join("-" * x for x in w) + "\n")
        for row in rows:
            for i, cell in enumerate(row):
                cell = cell if isinstance(cell, list) else [cell]
                out.extend(cell)
                if i < len(row) - 1:
                    out.append(" " * (w[i] - len(parts_text(cell)) + 2))
            out.append("\n")
    return out


def kv(c, pairs, style=None):
    """pairs: (label, parts). label before or after values."""
    r = c.r
    style = style or r.choice(["colon", "bullet", "bold", "after", "eq"])
    out = []
    for lab, val in pairs:
        val = val if isinstance(val, list) else [val]
        if style == "colon":
            out += [f"{lab}: "] + val + ["\n"]
        elif style == "bullet":
            out += [f"- {lab}: "] + val + ["\n"]
        elif style == "bold":
            out += [f"* **{lab}** — "] + val + ["\n"]
        elif style == "eq":
            out += [f"{lab.lower().replace(' ', '_')}="] + val + ["\n"]
        else:
            out += ["- "] + val + [f" ({lab.lower()})\n"]
    return out


def s_cef(c):
    r = c.r
    src, dst = c.ipv4(), c.ipv4()
    user = c.email()
    vend = r.choice(["Fortinet|FortiGate", "PaloAlto|PAN-OS", "CheckPoint|SmartDefense", "Trellix|EDR", "Darkwatch|Sentinel"])
    out = []
    if r.random() < 0.6:
        out += [f"CEF:0|{vend}|", c.version(), f"|{r.randint(100, 99999)}|{pick(c, {'en': ['Brute force login', 'Impossible travel', 'Credential stuffing'], 'de': ['Anmeldung Brute-Force', 'Unmögliche Reise'], 'fr': ['Connexion par force brute', 'Voyage impossible'], 'ru': ['Подбор пароля', 'Невозможное перемещение']})}|{r.randint(3, 10)}|rt=",
                c.ts(), " src=", src, " dst=", dst, " suser=", user, " fileHash=", c.hash("sha256"), " cs1Label=technique cs1=", c.mitre(), "\n"]
    else:
        out += [f"LEEF:2.0|{vend}|", c.version(), f"|{r.randint(1000, 9999)}|^|devTime=", c.ts(), "^src=", src, "^dst=", dst,
                "^usrName=", user, "^sev=", str(r.randint(1, 10)), "^md5=", c.hash("md5"), "\n"]
    if r.random() < 0.5:
        out += ["srcv6=", c.ipv6(), "\n"]
    owner = c.person()
    out += fill(pick(c, {
        "en": ["\nTriage: the source {src} is not on the corporate egress list; account owner {own} was contacted on {ph}. Related: {cve}. Ticket {case}.\n",
               "\nAssessment — likely credential stuffing. Owner: {own}. Escalated under {case}; no link to {cve} found.\n"],
        "de": ["\nBewertung: {src} gehört nicht zu unseren Gateways. Kontoinhaber {own} wurde unter {ph} erreicht, Vorgang {case} angelegt ({cve} nicht betroffen).\n",
               "\nErgebnis der Analyse: vermutlich Credential Stuffing. Verantwortlich: {own}; Ticket {case}.\n"],
        "fr": ["\nAnalyse : l'adresse {src} n'appartient pas à nos passerelles. Le titulaire, {own}, a été joint au {ph}. Dossier {case} ; {cve} hors périmètre.\n",
               "\nConclusion provisoire : bourrage d'identifiants. Propriétaire du compte : {own} — incident {case}.\n"],
        "ru": ["\nВывод: адрес {src} не входит в список наших шлюзов. Владелец учётной записи {own} уведомлён по телефону {ph}. Заявка {case}, уязвимость {cve} не связана.\n",
               "\nПредварительно: перебор учётных данных. Ответственный — {own}, инцидент {case}.\n"]}),
        src=E("IPV4", src.value, obf=src.obf) if False else c.ipv4(), own=owner, ph=c.phone(), cve=c.cve(), case=c.case_id())
    return out


def s_phish(c):
    r = c.r
    np = c.name_parts()
    look = c.lookalike()
    victim = c.name_parts()
    disp = c.person("full", np)
    out = ["From: \"", disp, f"\" <billing@{look}>\n", "Reply-To: ", c.email(np), "\n", "To: ", c.email(victim), "\n",
           "Return-Path: <bounce@", look, ">\n", "Received: from mail.", look, " ([", c.ipv4(), "]) by mx.corp.local; ", c.ts(), "\n",
           "Message-ID: <", c.uuid(), "@", look, ">\n\n"]
    out += fill(pick(c, {
        "en": ["The display name impersonates {v} from Finance; the reply-to points at a free-mail box. The link target {look} was registered recently. Recommend blocking the sender IP and notifying {v2}.\n",
               "Verdict: phishing (lookalike domain {look}). The recipient, {v2}, did not click. Attachment hash {h} matches a known loader.\n"],
        "de": ["Der Absendername gibt sich als {v} aus der Buchhaltung aus, die Antwortadresse ist ein Freemail-Postfach. Die Domain {look} ist neu registriert; Empfänger {v2} bitte informieren.\n",
               "Einstufung: Phishing. Anhang (SHA256 {h}) ist ein bekannter Loader. {v2} hat nicht geklickt.\n"],
        "fr": ["Le nom affiché usurpe l'identité de {v} (service comptable) ; l'adresse de réponse est une messagerie gratuite. Le domaine {look} est un sosie. Prévenir {v2}.\n",
               "Verdict : hameçonnage. La pièce jointe (empreinte {h}) correspond à un chargeur connu ; {v2} n'a pas cliqué.\n"],
        "ru": ["Имя отправителя выдаёт себя за {v} из бухгалтерии, адрес для ответа — бесплатный почтовый ящик. Домен {look} похож на настоящий. Нужно предупредить {v2}.\n",
               "Заключение: фишинг. Вложение (SHA256 {h}) — известный загрузчик. Получатель {v2} по ссылке не переходил.\n"]}),
        v=c.person(), v2=c.person(None, victim), look=look, h=c.hash("sha256"))
    return out


def s_breach_letter(c):
    r = c.r
    np = c.name_parts()
    out = [c.person("full", np), "\n"] + c.addr_parts("\n") + ["\n\n"]
    out += fill(pick(c, {
        "en_US": "Dear {first},\n\nWe are writing to let you know about a data security incident that may involve your personal information. On {d}, we discovered unauthorized access to a system that stored your name, Social Security number ({ssn}) and date of birth ({dob}). Your reference number is {case}. If you have questions call {ph}.\n\nSincerely,\n{sig}\n",
        "en_GB": "Dear {first},\n\nI am writing to tell you about an incident affecting records we hold about you. Between {d} and the following week an unauthorised party copied files including your name, date of birth ({dob}) and the bank account {iban}. Please quote {case} in any correspondence, or ring {ph}.\n\nYours sincerely,\n{sig}\nData Protection Officer\n",
        "de_DE": "Sehr geehrte/r {first},\n\ngemäß Art. 34 DSGVO informieren wir Sie über eine Verletzung des Schutzes personenbezogener Daten. Am {d} wurde festgestellt, dass Unbefugte auf Datensätze zugreifen konnten, darunter Ihr Geburtsdatum ({dob}) und Ihre IBAN {iban}. Aktenzeichen: {case}. Rückfragen unter {ph}.\n\nMit freundlichen Grüßen\n{sig}\n",
        "fr_FR": "Madame, Monsieur {first},\n\nConformément à l'article 34 du RGPD, nous vous informons d'une violation de données vous concernant, constatée le {d}. Les informations exposées comprennent votre date de naissance ({dob}) et votre IBAN {iban}. Référence du dossier : {case}. Notre cellule est joignable au {ph}.\n\nVeuillez agréer nos salutations distinguées.\n{sig}\n",
        "ru_RU": "Уважаемый(ая) {first}!\n\nСообщаем, что {d} был выявлен несанкционированный доступ к базе клиентов. Затронуты данные: дата рождения ({dob}), СНИЛС {snils} и ИНН {inn}. Номер обращения — {case}. Телефон горячей линии: {ph}.\n\nС уважением,\n{sig}\n"}[c.loc]),
        first=c.person("given", np), d=c.date_neg(), ssn=c.ssn(), dob=c.dob(), case=c.case_id(), ph=c.phone(), sig=c.person(),
        iban=c.iban(), snils=c.snils(), inn=c.inn(True))
    return out


def s_combo(c):
    r = c.r
    hdr = pick(c, {"en": ["Paste excerpt (pastebin mirror, retrieved {t}):\n", "Combo list sample — matches against our domain:\n"],
                   "de": ["Auszug aus der Paste-Seite (abgerufen {t}):\n", "Treffer aus der Combo-Liste für unsere Domain:\n"],
                   "fr": ["Extrait du site de paste (récupéré le {t}) :\n", "Échantillon de la liste combo correspondant à notre domaine :\n"],
                   "ru": ["Фрагмент с паст-сайта (получен {t}):\n", "Совпадения из комбо-листа по нашему домену:\n"]})
    out = fill(hdr, t=c.ts()) + ["```\n"]
    for _ in range(r.randint(3, 6)):
        sep = r.choice([":", ":", ";", "|"])
        out += [c.email(), sep, c.secret("password"), "\n"]
    out += ["```\n"]
    out += fill(pick(c, {"en": "Password spray from {ip} hit {n} accounts; the session token {tok} for {p} was still valid and has been revoked.\n",
                         "de": "Passwort-Spraying von {ip} traf {n} Konten; das Token {tok} von {p} war noch gültig und wurde widerrufen.\n",
                         "fr": "La pulvérisation de mots de passe depuis {ip} a touché {n} comptes ; le jeton {tok} de {p} était encore valide, il a été révoqué.\n",
                         "ru": "Атака password spray с адреса {ip} затронула {n} учётных записей; токен {tok} пользователя {p} был ещё действителен и отозван.\n"}),
                ip=c.ipv4(), n=str(r.randint(12, 480)), tok=c.secret(r.choice(["jwt", "bearer", "github", "slack"])), p=c.person())
    if r.random() < 0.5:
        pw = c.secret("password")
        out += ["DATABASE_URL=postgres://svc_claims:", pw, "@db-", c.ipv4(), ":5432/claims\n"]
    return out


def s_spray(c):
    r = c.r
    head = {"en": ["user", "source IP", "result", "time"], "de": ["Benutzer", "Quell-IP", "Ergebnis", "Zeit"],
            "fr": ["utilisateur", "IP source", "résultat", "heure"], "ru": ["пользователь", "IP-источник", "результат", "время"]}[c.lang]
    res = {"en": ["failed", "success", "locked"], "de": ["fehlgeschlagen", "erfolgreich", "gesperrt"],
           "fr": ["échec", "succès", "verrouillé"], "ru": ["ошибка", "успех", "заблокирован"]}[c.lang]
    rows = [[c.email(), c.ipv4() if r.random() < 0.8 else c.ipv6(), r.choice(res), c.ts()] for _ in range(r.randint(3, 7))]
    intro = pick(c, {"en": "Password-spray findings ({m}):\n\n", "de": "Befunde Passwort-Spraying ({m}):\n\n",
                     "fr": "Résultats de la pulvérisation de mots de passe ({m}) :\n\n", "ru": "Результаты password spray ({m}):\n\n"})
    return fill(intro, m=c.mitre()) + table(c, head, rows)


def s_kyc(c):
    r = c.r
    np = c.name_parts()
    L = {"en": ["Customer", "Date of birth", "Residential address", "Phone", "Email", "Account (IBAN)", "Card on file"],
         "de": ["Kunde", "Geburtsdatum", "Wohnanschrift", "Telefon", "E-Mail", "Konto (IBAN)", "Hinterlegte Karte"],
         "fr": ["Client", "Date de naissance", "Adresse", "Téléphone", "Courriel", "Compte (IBAN)", "Carte enregistrée"],
         "ru": ["Клиент", "Дата рождения", "Адрес регистрации", "Телефон", "Эл. почта", "Счёт (IBAN)", "Карта"]}[c.lang]
    pairs = [(L[0], c.person(None, np)), (L[1], c.dob()), (L[2], c.addr_parts()), (L[3], c.phone()), (L[4], c.email(np))]
    if c.loc == "en_US":
        pairs.append(("SSN", c.ssn()))
    if c.loc == "en_GB" and r.random() < 0.5:
        pairs.append(("NHS no.", c.nhs()))
    if c.lang == "ru":
        pairs += [("Паспорт", c.ru_passport()), ("ИНН", c.inn(True)), ("СНИЛС", c.snils())]
    pairs += [(L[5], c.iban()), (L[6], c.card())]
    r.shuffle(pairs)
    title = pick(c, {"en": ["## KYC review — {case}\n\n", "KYC/AML refresh for case {case}\n"], "de": ["## KYC-Prüfung {case}\n\n", "Geldwäsche-Prüfung, Vorgang {case}\n"],
                     "fr": ["## Revue KYC – dossier {case}\n\n", "Contrôle LCB-FT, dossier {case}\n"], "ru": ["## Проверка KYC, дело {case}\n\n", "Проверка по 115-ФЗ, дело {case}\n"]})
    out = fill(title, case=c.case_id()) + kv(c, pairs)
    out += fill(pick(c, {
        "en": "\nSAR narrative: between {d1} and {d2} the subject received {n} inbound transfers totalling {amt} from accounts linked to {p2}, then moved funds to {iban2}. Logins came from {ip}. Suspicious activity report filed under {sar}.\n",
        "de": "\nSachverhalt (Verdachtsmeldung): Zwischen {d1} und {d2} gingen {n} Überweisungen über insgesamt {amt} ein, überwiegend von Konten mit Bezug zu {p2}; Weiterleitung an {iban2}. Zugriffe von {ip}. Meldung an die FIU unter {sar}.\n",
        "fr": "\nDéclaration de soupçon : du {d1} au {d2}, {n} virements entrants pour un total de {amt}, provenant de comptes liés à {p2}, puis transfert vers {iban2}. Connexions depuis {ip}. Déclaration TRACFIN {sar}.\n",
        "ru": "\nОписание операции: с {d1} по {d2} клиент получил {n} переводов на сумму {amt} со счетов, связанных с {p2}, после чего средства ушли на {iban2}. Вход выполнялся с {ip}. Сообщение в Росфинмониторинг: {sar}.\n"}),
        d1=c.date_neg(), d2=c.date_neg(), n=str(r.randint(4, 60)), amt=c.amount(), p2=c.person(), iban2=c.iban(), ip=c.ipv4(), sar=c.case_id())
    return out


def s_chargeback(c):
    r = c.r
    out = fill(pick(c, {
        "en": ["Chargeback {case}: cardholder {p} disputes {amt} charged to {card} on {d} (reason code 10.4). The merchant's evidence shows delivery to {addr}. Card-shaped reference {bad} in the merchant file is not a PAN.\n",
               "Dispute summary\n- Case: {case}\n- Cardholder: {p}\n- Card: {card}\n- Amount: {amt}\n- Shipping: {addr}\n- Acquirer ref: {bad}\n"],
        "de": ["Rückbuchung {case}: Karteninhaber {p} beanstandet {amt} auf der Karte {card} vom {d}. Laut Händler Zustellung an {addr}. Die Referenz {bad} ist keine Kartennummer.\n",
               "Zusammenfassung Chargeback\n- Vorgang: {case}\n- Inhaber: {p}\n- Karte: {card}\n- Betrag: {amt}\n- Lieferadresse: {addr}\n- Referenz: {bad}\n"],
        "fr": ["Impayé {case} : le porteur {p} conteste {amt} débités sur la carte {card} le {d}. Le commerçant indique une livraison au {addr}. La référence {bad} n'est pas un numéro de carte.\n",
               "Litige – synthèse\n- Dossier : {case}\n- Porteur : {p}\n- Carte : {card}\n- Montant : {amt}\n- Livraison : {addr}\n- Réf. acquéreur : {bad}\n"],
        "ru": ["Чарджбэк {case}: держатель карты {p} оспаривает списание {amt} по карте {card} от {d}. Продавец утверждает, что доставка была по адресу {addr}. Номер {bad} — это не номер карты.\n",
               "Спор по операции\n- Дело: {case}\n- Держатель: {p}\n- Карта: {card}\n- Сумма: {amt}\n- Адрес доставки: {addr}\n- Референс: {bad}\n"]}),
        case=c.case_id(), p=c.person(), amt=c.amount(), card=c.card(), d=c.date_neg(), addr=c.addr_parts(), bad=c.bad_card())
    return out


def s_claim(c):
    r = c.r
    kind = r.choice(["motor", "home", "travel", "health"])
    np = c.name_parts()
    lab = {"en": ["Claim", "Policy", "Claimant", "DOB", "Address", "Contact", "Police ref.", "Witness", "Adjuster notes"],
           "de": ["Schaden-Nr.", "Police", "Anspruchsteller", "Geb.-Datum", "Anschrift", "Kontakt", "Polizei-Az.", "Zeuge", "Notizen Sachbearbeiter"],
           "fr": ["Sinistre", "Contrat", "Assuré", "Né(e) le", "Adresse", "Contact", "Réf. police", "Témoin", "Notes de l'expert"],
           "ru": ["Убыток №", "Полис", "Заявитель", "Дата рождения", "Адрес", "Контакт", "Номер КУСП", "Свидетель", "Заметки урегулировщика"]}[c.lang]
    pairs = [(lab[0], c.case_id()), (lab[1], c.policy()), (lab[2], c.person(None, np)), (lab[3], c.dob()), (lab[4], c.addr_parts()),
             (lab[5], [c.phone(), " / ", c.email(np)])]
    if kind in ("motor", "home"):
        pairs.append((lab[6], c.police_ref()))
    if kind == "health":
        pairs.append(({"en": "MRN", "de": "Patienten-ID", "fr": "N° dossier patient", "ru": "Номер мед. карты"}[c.lang], c.mrn()))
    elif c.loc == "en_GB" and r.random() < 0.5:
        pairs.append(("NHS number", c.nhs()))
    pairs.append((lab[7], [c.person(), ", ", c.phone()]))
    out = kv(c, pairs)
    out += [f"{lab[8]}:\n"] + fill(pick(c, {
        "en": ["Spoke with {p} on {d}. Account of the {k} loss is consistent with the photos; payout of {amt} to {iban} pending fraud screen. Prior claim at {addr} noted.\n",
               "{p} called from {ph}; story changed twice regarding the {k} incident. Refer to SIU before paying {amt}.\n"],
        "de": ["Telefonat mit {p} am {d}: Schilderung plausibel, Auszahlung {amt} an {iban} nach Betrugsprüfung. Vorschaden unter {addr} vermerkt.\n",
               "{p} meldete sich von {ph}; Angaben zum Schaden widersprüchlich. Vor Zahlung von {amt} an die Betrugsabteilung geben.\n"],
        "fr": ["Entretien avec {p} le {d} : déclaration cohérente avec les photos. Règlement de {amt} sur {iban} en attente du contrôle fraude. Sinistre antérieur au {addr}.\n",
               "{p} a appelé depuis le {ph} ; la version des faits a changé deux fois. Transmettre au service anti-fraude avant de verser {amt}.\n"],
        "ru": ["Беседа с {p} {d}: показания согласуются с фото. Выплата {amt} на {iban} после проверки СБ. Ранее был убыток по адресу {addr}.\n",
               "{p} звонил(а) с номера {ph}; версия событий менялась дважды. До выплаты {amt} передать в службу безопасности.\n"]}),
        p=c.titled_surname() if r.random() < 0.4 else c.person(), d=c.date_neg(), k=kind, amt=c.amount(), iban=c.iban(), addr=c.addr_parts(), ph=c.phone())
    return out


def s_witness(c):
    r = c.r
    np = c.name_parts()
    out = fill(pick(c, {
        "en_US": "INCIDENT REPORT {ref}\nReporting officer: {off}\n\nWitness statement of {w} (DOB {dob}), residing at {addr}, phone {ph}:\n\"I saw the grey van stop outside at about ten. A man I now know as {sus} got out and took the parcels.\"\n",
        "en_GB": "Crime reference {ref}\nOfficer in case: {off}\n\nStatement of witness {w}, date of birth {dob}, of {addr}, tel. {ph}.\n\"I was walking my dog when I saw {sus} climb over the fence at the back.\"\n",
        "de_DE": "Anzeige {ref}\nSachbearbeitung: {off}\n\nZeugenaussage {w}, geb. {dob}, wohnhaft {addr}, erreichbar unter {ph}:\n„Ich habe gesehen, wie {sus} gegen 22 Uhr die Kellertür aufgebrochen hat.“\n",
        "fr_FR": "Procès-verbal {ref}\nEnquêteur : {off}\n\nAudition du témoin {w}, né(e) le {dob}, demeurant {addr}, joignable au {ph} :\n« J'ai vu {sus} sortir du magasin avec deux ordinateurs sous le bras. »\n",
        "ru_RU": "Материал проверки {ref}\nУчастковый: {off}\n\nОбъяснение свидетеля {w}, {dob} г.р., проживающего по адресу {addr}, тел. {ph}:\n«Я видел, как {sus} около 23 часов вскрыл почтовые ящики в подъезде».\n"}[c.loc]),
        ref=c.police_ref(), off=c.person(), w=c.person(None, np), dob=c.dob(), addr=c.addr_parts(), ph=c.phone(), sus=c.person())
    return out


def s_osint(c):
    r = c.r
    np = c.name_parts()
    head = pick(c, {"en": ["### OSINT profile: {p}\n", "Background check summary for {p}\n"], "de": ["### OSINT-Profil: {p}\n", "Hintergrundrecherche zu {p}\n"],
                    "fr": ["### Profil OSINT : {p}\n", "Synthèse de la recherche sur {p}\n"], "ru": ["### OSINT-профиль: {p}\n", "Справка по лицу: {p}\n"]})
    out = fill(head, p=c.person("full", np))
    L = {"en": ["Aliases", "Emails", "Phones", "Known addresses", "Born", "IPs seen"], "de": ["Aliasnamen", "E-Mails", "Rufnummern", "Bekannte Anschriften", "Geboren", "Gesehene IPs"],
         "fr": ["Alias", "Courriels", "Numéros", "Adresses connues", "Naissance", "IP observées"], "ru": ["Псевдонимы", "Почта", "Телефоны", "Известные адреса", "Родился(ась)", "IP-адреса"]}[c.lang]
    out += [f"- {L[0]}: ", c.person("last_first" if c.lang != "ru" else "initial", np), "; ", c.person("upper", np), "\n",
            f"- {L[1]}: ", c.email(np), ", ", c.email(np), "\n", f"- {L[2]}: ", c.phone(), "\n", f"- {L[3]}: "] + c.addr_parts() + ["\n",
            f"- {L[4]}: ", c.dob(), "\n", f"- {L[5]}: ", c.ipv4(), ", ", c.ipv6(), "\n"]
    if c.lang == "ru":
        out += ["- ИНН: ", c.inn(True), "\n"]
    out += fill(pick(c, {"en": "Note: the forum handle was active on {d}; app build {v}.\n", "de": "Hinweis: Forenkonto zuletzt aktiv am {d}; App-Version {v}.\n",
                         "fr": "Remarque : pseudo actif le {d} ; version de l'application {v}.\n", "ru": "Примечание: аккаунт на форуме активен {d}; версия приложения {v}.\n"}),
                d=c.date_neg(), v=c.version())
    return out


def s_ring(c):
    r = c.r
    head = {"en": ["account", "holder", "device", "IP", "linked via"], "de": ["Konto", "Inhaber", "Gerät", "IP", "Verknüpfung"],
            "fr": ["compte", "titulaire", "appareil", "IP", "lien"], "ru": ["счёт", "владелец", "устройство", "IP", "связь"]}[c.lang]
    via = {"en": ["shared device", "same IP", "same phone"], "de": ["gleiches Gerät", "gleiche IP", "gleiche Nummer"],
           "fr": ["même appareil", "même IP", "même numéro"], "ru": ["общее устройство", "общий IP", "общий телефон"]}[c.lang]
    rows = [[c.iban(), c.person(), c.uuid(), c.ipv4() if r.random() < 0.75 else c.ipv6(), r.choice(via)] for _ in range(r.randint(3, 6))]
    intro = pick(c, {"en": "Link analysis for ring {case} (score {n}):\n\n", "de": "Verknüpfungsanalyse Ring {case} (Score {n}):\n\n",
                     "fr": "Analyse des liens – réseau {case} (score {n}) :\n\n", "ru": "Анализ связей, группа {case} (оценка {n}):\n\n"})
    return fill(intro, case=c.case_id(), n=c.number()) + table(c, head, rows)


def s_gedcom(c):
    r = c.r
    out = ["0 HEAD\n1 SOUR ", N("NEG_VERSION", f"FTM {r.randint(20, 24)}.{r.randint(0, 9)}.{r.randint(0, 9)}"), "\n1 CHAR UTF-8\n"]
    heirs = []
    for i in range(r.randint(2, 4)):
        f, mid, l = c.name_parts()
        given = f if c.lang != "ru" else f"{f} {mid}"
        y, mo, da = r.randint(1900, 1990), r.randint(1, 12), r.randint(1, 28)
        out += [f"0 @I{r.randint(1, 999)}@ INDI\n1 NAME ", E("PERSON", f"{given} /{l}/", "gedcom"), "\n1 BIRT\n2 DATE ",
                E("DATE_OF_BIRTH", f"{da} {GED_MON[mo - 1]} {y}", "gedcom"), "\n"]
        if r.random() < 0.5:
            out += ["2 PLAC ", c.fk.city().replace('"', ""), "\n"]
        if r.random() < 0.5:
            out += ["1 DEAT\n2 DATE ", N("NEG_DATE", f"{r.randint(1, 28)} {r.choice(GED_MON)} {r.randint(1995, 2025)}"), "\n"]
        if r.random() < 0.4:
            st, rest = c.street()
            out += ["1 RESI\n2 ADDR ", st, "\n2 CITY ", I(rest.value), "\n"]
        heirs.append((f, mid, l))
    out += ["0 TRLR\n\n"]
    out += [pick(c, {"en": "Heirs under the probate file ", "de": "Erben laut Nachlassakte ", "fr": "Héritiers selon le dossier de succession ",
                     "ru": "Наследники по наследственному делу "}), c.case_id(), ":\n"]
    for i, hp in enumerate(heirs):
        out += [f"{i + 1}. ", c.person(None, hp), " — "] + c.addr_parts() + ["\n"]
    return out


def s_toolcall_text(c):
    r = c.r
    obj = j_claim_obj(c) if r.random() < 0.5 else j_alert_obj(c)
    fn = r.choice(["case_mgmt.create_case", "claims.update", "siem.enrich_alert", "kyc.lookup", "entity_resolve"])
    intro = pick(c, {"en": [f"Calling `{fn}` with the following payload:\n\n", f"I'll open the case now.\n\n<tool_call name=\"{fn}\">\n"],
                     "de": [f"Ich rufe `{fn}` mit diesen Argumenten auf:\n\n", f"Aufruf des Werkzeugs {fn}:\n\n"],
                     "fr": [f"J'appelle `{fn}` avec les arguments suivants :\n\n", f"Appel de l'outil {fn} :\n\n"],
                     "ru": [f"Вызываю `{fn}` со следующими аргументами:\n\n", f"Вызов инструмента {fn}:\n\n"]})
    body = jfrag(obj, r.choice([2, 4]))
    if "<tool_call" in intro:
        return [intro] + body + ["\n</tool_call>\n"]
    return [intro, "```json\n"] + body + ["\n```\n"]


TEXT_SCENES = [s_cef, s_phish, s_breach_letter, s_combo, s_spray, s_kyc, s_chargeback, s_claim, s_witness, s_osint, s_ring,
               s_gedcom, s_toolcall_text]


# ------------------------------------------------------------------ JSON objects (invented shapes)
def j_alert_obj(c):
    r = c.r
    np = c.name_parts()
    return {"alert_id": c.uuid(), "rule": {"name": r.choice(["Impossible travel", "MFA fatigue", "Mailbox forwarding rule", "Suspicious OAuth consent"]),
                                           "technique": c.mitre(), "version": c.version()},
            "detected_at": c.ts(), "severity": r.choice(["low", "medium", "high", "critical"]),
            "actor": {"display_name": c.person(None, np), "upn": c.email(np), "src_ip": c.ipv4(), "src_ipv6": c.ipv6()},
            "host": c.host(), "evidence": [{"sha256": c.hash("sha256")}, {"md5": c.hash("md5")}], "related_cve": c.cve(),
            "analyst_note": tuple(fill(pick(c, {"en": "Confirmed with {p} by phone ({ph}).", "de": "Mit {p} telefonisch geklärt ({ph}).",
                                                "fr": "Vérifié avec {p} par téléphone ({ph}).", "ru": "Подтверждено с {p} по телефону {ph}."}),
                                       p=c.person(), ph=c.phone()))}


def j_claim_obj(c):
    r = c.r
    np = c.name_parts()
    o = {"claim_number": c.case_id(), "policy_no": c.policy(), "line": r.choice(["motor", "home", "travel", "health"]),
         "loss_date": c.date_neg(), "claimant": {"name": c.person(None, np), "dob": c.dob(), "email": c.email(np), "phone": c.phone(),
                                                 "address": {"street": c.street()[0], "city": c.fk.city().replace('"', "")}},
         "payout": {"iban": c.iban(), "amount": Raw(N("NEG_NUMBER", f"{r.randint(100, 30000)}.{r.randint(10, 99)}"))},
         "witnesses": [c.person() for _ in range(r.randint(0, 2))], "fraud_score": round(r.random(), 3)}
    if r.random() < 0.4:
        o["medical"] = {"mrn": c.mrn(), "facility": c.fk.company().replace('"', "")}
    if c.loc == "en_US" and r.random() < 0.5:
        o["claimant"]["ssn"] = c.ssn()
    if c.lang == "ru":
        o["claimant"]["passport"] = c.ru_passport()
        o["claimant"]["snils"] = c.snils()
    return o


def j_case_api(c):
    r = c.r
    np = c.name_parts()
    subj = {"full_name": c.person(None, np), "birth_date": c.dob(), "emails": [c.email(np)], "phones": [c.phone()],
            "address_line1": c.street()[0]}
    if c.lang == "ru":
        subj["inn"] = c.inn()
    if r.random() < 0.5:
        subj["card_pan"] = c.card()
        subj["ref_number"] = c.bad_card()
    return {"status": 200, "data": {"case": {"id": c.case_id(), "uuid": c.uuid(), "opened": c.ts(), "type": r.choice(["AML", "chargeback", "ATO", "insider"]),
                                             "subject": subj, "assignee": c.person(), "links": [{"kind": "ip", "value": c.ipv4()}, {"kind": "device", "value": c.uuid()}]}},
            "meta": {"api_version": c.version(), "request_id": c.uuid()}}


def j_resolution(c):
    r = c.r
    cands = []
    for _ in range(r.randint(2, 3)):
        np = c.name_parts()
        cands.append({"entity_id": c.uuid(), "score": round(r.uniform(0.5, 0.99), 2), "name": c.person(None, np),
                      "dob": c.dob(), "email": c.email(np), "iban": c.iban(), "last_seen_ip": c.ipv4()})
    return {"query": {"name": c.person(), "phone": c.phone()}, "matches": cands, "took_ms": r.randint(3, 900)}


def j_leak(c):
    r = c.r
    return {"source": r.choice(["paste", "telegram", "forum"]), "collected": c.ts(), "sha1": c.hash("sha1"),
            "records": [{"login": c.email(), "password": c.secret("password"), "ip": c.ipv4()} for _ in range(r.randint(2, 4))],
            "secrets_found": [{"kind": k, "value": c.secret(k)} for k in r.sample(["aws_access_key_id", "github", "slack", "stripe", "google", "jwt", "gitlab", "sendgrid"], 2)]}


JSON_OBJS = [j_alert_obj, j_claim_obj, j_case_api, j_resolution, j_leak]


def envelope(c, obj):
    """wrap obj in an agent / API envelope -> parts of a JSON document."""
    r = c.r
    kind = r.choice(["plain", "openai_args", "mcp", "hits", "agent_step"])
    ind = r.choice([None, 2, 2, 4])
    sep = (",", ":") if ind is None and r.random() < 0.5 else (", ", ": ")
    if kind == "plain":
        return jfrag(obj, ind, 0, sep)
    if kind == "openai_args":
        inner = jfrag(obj, None, 0, (",", ":"))
        args = tuple(p if isinstance(p, M) else p for p in inner)
        env = {"id": "call_" + "".join(r.choice(ALNUM) for _ in range(24)), "type": "function",
               "function": {"name": r.choice(["create_case", "update_claim", "enrich_alert"]), "arguments": args}}
        return jfrag({"tool_calls": [env]}, ind, 0, sep)
    if kind == "mcp":
        inner = jfrag(obj, 2)
        return jfrag({"jsonrpc": "2.0", "id": r.randint(1, 999), "result": {"content": [{"type": "text", "text": tuple(inner)}], "isError": False}}, ind, 0, sep)
    if kind == "hits":
        return jfrag({"took": r.randint(1, 80), "timed_out": False, "hits": {"total": {"value": 1, "relation": "eq"},
                      "hits": [{"_index": f"alerts-{r.randint(2023, 2026)}.{r.randint(1, 12):02d}", "_id": c.uuid(), "_score": 1.0, "_source": obj}]}}, ind, 0, sep)
    return jfrag({"step": r.randint(1, 12), "thought": r.choice(["lookup subject", "enrich", "summarise"]), "observation": obj}, ind, 0, sep)


# ------------------------------------------------------------------ documents
LEAD = {"en": ["Here is what I found.\n\n", "Summary of the investigation so far:\n\n", "", "Sure — below is the triage output.\n\n"],
        "de": ["Hier das Ergebnis der Prüfung.\n\n", "", "Zusammenfassung der bisherigen Ermittlungen:\n\n"],
        "fr": ["Voici le résultat de l'analyse.\n\n", "", "Synthèse de l'enquête à ce stade :\n\n"],
        "ru": ["Вот что удалось установить.\n\n", "", "Краткие итоги проверки:\n\n"]}
TAIL = {"en": ["", "\nLet me know if you want me to escalate this.", "\nNext step: freeze the account pending review."],
        "de": ["", "\nSoll ich den Vorgang eskalieren?", "\nNächster Schritt: Konto vorläufig sperren."],
        "fr": ["", "\nSouhaitez-vous que j'escalade ce dossier ?", "\nÉtape suivante : geler le compte."],
        "ru": ["", "\nЕсли нужно, могу эскалировать дело.", "\nСледующий шаг: заблокировать счёт до проверки."]}


def text_doc(c, target):
    r = c.r
    parts = [r.choice(LEAD[c.lang])]
    names = []
    while True:
        sc = r.choice(TEXT_SCENES)
        names.append(sc.__name__[2:])
        parts += sc(c)
        if len(parts_text(parts)) >= target:
            break
        parts.append("\n")
    parts.append(r.choice(TAIL[c.lang]))
    return parts, names[0]


def json_doc(c, target):
    r = c.r
    if target <= 0:
        f = r.choice(JSON_OBJS)
        return envelope(c, f(c)), f.__name__[2:]
    f = r.choice(JSON_OBJS)
    items = []
    while True:
        items.append(f(c))
        obj = {"page": 1, "total": len(items), "items": items}
        p = jfrag(obj, r.choice([2, None]) if not items[1:] else 2)
        if len(parts_text(p)) >= target:
            return p, f.__name__[2:] + "_list"
        if len(items) > 40:
            return p, f.__name__[2:] + "_list"


def build(parts):
    b = Builder()
    b.add(parts)
    return b


def chunkify(r, text):
    out, i = [], 0
    while i < len(text):
        n = r.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def make_doc(seed, idx, shape, rng, fakers):
    loc = rng.choices(LOCALES, LOC_W)[0]
    base = shape
    if shape == "stream":
        base = rng.choice(["chat", "json", "text4k"])
    c = Ctx(rng, fakers, loc, obf=(shape == "obfuscated"))
    for _ in range(20):
        c.obf_kinds_used = []
        if base in ("chat", "obfuscated"):
            parts, tname = text_doc(c, 0)
            fmt = "text"
        elif base == "text4k":
            parts, tname = text_doc(c, 3800)
            fmt = "text"
        elif base == "long64k":
            parts, tname = text_doc(c, 64000)
            fmt = "text"
        elif base == "json":
            parts, tname = json_doc(c, 0)
            fmt = "json"
        else:
            parts, tname = json_doc(c, 3600)
            fmt = "json"
        if shape == "obfuscated" and not c.obf_kinds_used:
            continue
        break
    b = build(parts)
    text = b.text()
    doc = {"id": f"ai{seed}-{shape}-{idx:04d}", "split": "heldout_ai", "shape": shape}
    if shape == "stream":
        doc["base_shape"] = base
    doc.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": f"ai.{tname}", "holdout_only_template": True,
                "text": text})
    if shape == "stream":
        doc["chunks"] = chunkify(rng, text)
    doc.update({"entities": b.ents, "negatives": b.negs, "ignore": b.ign})
    return doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fakers = {}
    for i, loc in enumerate(LOCALES):
        fk = Faker(loc)
        fk.seed_instance(a.seed * 1000 + i)
        fakers[loc] = fk
    with open(a.out, "w", encoding="utf-8") as fh:
        for shape, n in SHAPES:
            k = max(1, round(n * a.scale))
            for i in range(k):
                doc = make_doc(a.seed, i, shape, rng, fakers)
                fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
