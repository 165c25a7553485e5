#!/usr/bin/env python3
"""make_probe_r.py - independent held-out PII-redaction corpus "probe R".

Usage:
    PYTHONPATH=/tmp/faker-site /work/main/.venv/bin/python make_probe_r.py --seed 2828 --out /tmp/probe_r.jsonl

Writes ~450 JSONL documents in the pii-bench schema (see README_r.md).  Everything is derived from
one random.Random(seed); Faker (seeded from it) is used only as a generator of person names, streets,
cities and postcodes.  The generator validates every document and aborts loudly on any problem.
"""
from __future__ import annotations

import argparse
import base64
import collections
import datetime as _dt
import ipaddress
import json
import random
import re
import string
import sys
import unicodedata
import uuid as _uuid

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
COUNTRY = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}

R = random.Random(0)
FK: dict = {}


def init_rng(seed: int) -> None:
    global R
    R = random.Random(seed)
    FK.clear()
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(R.randrange(2 ** 31))
        FK[loc] = f


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p: float) -> bool:
    return R.random() < p


def wpick(d: dict):
    keys = list(d.keys())
    tot = sum(d[k] for k in keys)
    x = R.random() * tot
    for k in keys:
        x -= d[k]
        if x < 0:
            return k
    return keys[-1]


def rs(chars: str, n: int) -> str:
    return "".join(chars[R.randrange(len(chars))] for _ in range(n))


def rd(n: int) -> str:
    return rs(DIG, n)


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def lang_pick(d: dict, lang: str):
    """d maps lang -> list (or '*' -> list)."""
    if lang in d:
        return pick(d[lang])
    if "*" in d:
        return pick(d["*"])
    return pick(d["en"])


# ----------------------------------------------------------------------------------------------
# checksums
# ----------------------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc: str, bban: str) -> str:
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"


def inn10_make(d9: str) -> str:
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(a) * b for a, b in zip(d9, w)) % 11 % 10)


def inn12_make(d10: str) -> str:
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d11 = d10 + str(sum(int(a) * b for a, b in zip(d10, w11)) % 11 % 10)
    return d11 + str(sum(int(a) * b for a, b in zip(d11, w12)) % 11 % 10)


def inn_ok(s: str) -> bool:
    if not s.isdigit():
        return False
    if len(s) == 10:
        return inn10_make(s[:9]) == s
    if len(s) == 12:
        return inn12_make(s[:10]) == s
    return False


def snils_check(d9: str) -> str:
    s = sum(int(d) * (9 - i) for i, d in enumerate(d9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return f"{c:02d}"


def snils_ok(digits: str) -> bool:
    return len(digits) == 11 and digits.isdigit() and snils_check(digits[:9]) == digits[9:]


def nhs_check(d9: str):
    s = sum(int(d) * (10 - i) for i, d in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_ok(digits: str) -> bool:
    return len(digits) == 10 and digits.isdigit() and nhs_check(digits[:9]) == digits[9]


def ssn_ok(d: str) -> bool:
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def onlydig(s: str) -> str:
    return "".join(c for c in s if c.isdigit())


# ----------------------------------------------------------------------------------------------
# labelled values and labelled strings
# ----------------------------------------------------------------------------------------------
class Lab:
    __slots__ = ("kind", "type", "sub", "obf", "orig")

    def __init__(self, kind, typ, sub=None, obf=None, orig=None):
        self.kind, self.type, self.sub, self.obf, self.orig = kind, typ, sub, obf, orig


class V:
    """A labelled value.  parts = [(text, is_core)], kind E (entity) / N (negative) / I (ignore)."""
    __slots__ = ("parts", "lab", "bare")

    def __init__(self, kind, typ, text, sub=None, obf=None, orig=None, bare=False, parts=None):
        self.parts = parts if parts is not None else [(text, False)]
        joined = "".join(p for p, _ in self.parts)
        self.lab = Lab(kind, typ, sub, obf, orig if orig is not None else joined)
        self.bare = bare

    @property
    def text(self) -> str:
        return "".join(p for p, _ in self.parts)

    def mapped(self, fn):
        n = V.__new__(V)
        n.parts = [(fn(t), c) for t, c in self.parts]
        n.lab = self.lab
        n.bare = self.bare
        return n

    def clone(self):
        n = V.__new__(V)
        n.parts = list(self.parts)
        n.lab = Lab(self.lab.kind, self.lab.type, self.lab.sub, self.lab.obf, self.lab.orig)
        n.bare = self.bare
        return n


def E(typ, text, sub=None, **kw):
    return V("E", typ, text, sub=sub, **kw)


def N(typ, text, **kw):
    return V("N", typ, text, **kw)


def IG(text):
    return V("I", "IGNORE", text)


class LS:
    """Labelled string: list of (text, label|None, is_core) segments."""
    __slots__ = ("segs",)

    def __init__(self, *items):
        self.segs = []
        for it in items:
            self.add(it)

    def add(self, x):
        if x is None:
            return self
        if isinstance(x, str):
            if x:
                self.segs.append((x, None, False))
        elif isinstance(x, V):
            for t, c in x.parts:
                if t:
                    self.segs.append((t, x.lab, c))
        elif isinstance(x, LS):
            self.segs.extend(x.segs)
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.add(y)
        else:
            raise TypeError(type(x))
        return self

    def __iadd__(self, x):
        return self.add(x)

    def text(self) -> str:
        return "".join(s for s, _, _ in self.segs)

    def __len__(self):
        return sum(len(s) for s, _, _ in self.segs)

    def map(self, fn):
        n = LS()
        n.segs = [(fn(t), l, c) for t, l, c in self.segs]
        return n

    def endswith(self, s):
        return self.text().endswith(s)


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def fill(template: str, **slots) -> LS:
    """Fill '{v}'-style slots with str / V / LS."""
    out = LS()
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        lit = template[pos:m.start()]
        if lit.startswith(".") and out.text().endswith("."):
            lit = lit[1:]
        out.add(lit)
        key = m.group(1)
        if key not in slots:
            raise KeyError(f"slot {key} in {template!r}")
        out.add(slots[key])
        pos = m.end()
    lit = template[pos:]
    if lit.startswith(".") and out.text().endswith("."):
        lit = lit[1:]
    out.add(lit)
    return out


def finalize(ls: LS):
    text_parts = []
    spans = {}
    order = []
    pos = 0
    for t, lab, core in ls.segs:
        if lab is not None:
            k = id(lab)
            rec = spans.get(k)
            if rec is None:
                rec = spans[k] = [lab, pos, pos, None, None]
                order.append(k)
            elif rec[2] != pos:
                raise AssertionError(f"label {lab.type} is not contiguous")
            rec[2] = pos + len(t)
            if core:
                if rec[3] is None:
                    rec[3] = pos
                rec[4] = pos + len(t)
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts)
    ents, negs, ign = [], [], []
    for k in order:
        lab, s, e, cs, ce = spans[k]
        if lab.kind == "E":
            d = {"type": lab.type, "start": s, "end": e, "value": text[s:e]}
            if lab.sub:
                d["sub"] = lab.sub
            if cs is not None:
                d["core"] = [cs, ce]
            if lab.obf:
                d["obf"] = lab.obf
            d["_orig"] = lab.orig
            ents.append(d)
        elif lab.kind == "N":
            negs.append({"type": lab.type, "start": s, "end": e, "value": text[s:e]})
        else:
            ign.append([s, e])
    ents.sort(key=lambda d: d["start"])
    negs.sort(key=lambda d: d["start"])
    ign.sort()
    return text, ents, negs, ign


# ----------------------------------------------------------------------------------------------
# JSON serialisation with label tracking
# ----------------------------------------------------------------------------------------------
class JStr:
    """A JSON payload that is serialised and then embedded as a JSON *string* (double encoding)."""

    def __init__(self, obj, style):
        self.obj, self.style = obj, style


JSTYLES = {
    "compact": {"indent": None, "item": ",", "kv": ":"},
    "spaced": {"indent": None, "item": ", ", "kv": ": "},
    "ind2": {"indent": "  ", "item": ",", "kv": ": "},
    "ind4": {"indent": "    ", "item": ",", "kv": ": "},
    "tab": {"indent": "\t", "item": ",", "kv": ": "},
}


def jdump(obj, style) -> LS:
    out = LS()
    _jd(obj, out, style, 0)
    return out


def _jstr_leaf(x, out):
    out.add('"')
    out.add(x)
    out.add('"')


def _jd(o, out, st, lvl):
    if isinstance(o, V):
        if o.bare:
            out.add(o)
        else:
            _jstr_leaf(o.mapped(jesc), out)
    elif isinstance(o, LS):
        _jstr_leaf(o.map(jesc), out)
    elif isinstance(o, JStr):
        _jstr_leaf(jdump(o.obj, o.style).map(jesc), out)
    elif isinstance(o, dict):
        if not o:
            out.add("{}")
            return
        ind = st["indent"]
        out.add("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.add(st["item"])
            if ind is not None:
                out.add("\n" + ind * (lvl + 1))
            if isinstance(k, V):
                _jstr_leaf(k.mapped(jesc), out)
            else:
                out.add(json.dumps(k, ensure_ascii=False))
            out.add(st["kv"])
            _jd(v, out, st, lvl + 1)
        if ind is not None:
            out.add("\n" + ind * lvl)
        out.add("}")
    elif isinstance(o, list):
        if not o:
            out.add("[]")
            return
        ind = st["indent"]
        out.add("[")
        for i, v in enumerate(o):
            if i:
                out.add(st["item"])
            if ind is not None:
                out.add("\n" + ind * (lvl + 1))
            _jd(v, out, st, lvl + 1)
        if ind is not None:
            out.add("\n" + ind * lvl)
        out.add("]")
    else:
        out.add(json.dumps(o, ensure_ascii=False))


def count_jstr(o) -> int:
    if isinstance(o, JStr):
        return 1 + count_jstr(o.obj)
    if isinstance(o, dict):
        return sum(count_jstr(v) for v in o.values())
    if isinstance(o, list):
        return sum(count_jstr(v) for v in o)
    return 0


# ----------------------------------------------------------------------------------------------
# calendar words (written for this probe)
# ----------------------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}
MONTHS_ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rand_date(y0, y1):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(R.randint(start, end))


def ordinal_en(d):
    if 11 <= d % 100 <= 13:
        return f"{d}th"
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(d: _dt.date, loc: str, style=None) -> str:
    lang = LANG[loc]
    if loc == "en_US":
        opts = ["mdy0", "mdy", "Mdy", "bdy", "iso"]
    elif loc == "en_GB":
        opts = ["dmy0s", "dMy", "dby", "ordM", "iso"]
    elif loc == "de_DE":
        opts = ["dmy0d", "dMy_de", "dmyd", "iso"]
    elif loc == "fr_FR":
        opts = ["dmy0s", "dMy_fr", "dmy0s", "iso"]
    else:
        opts = ["dmy0d", "dMy_ru", "dmy0d", "iso"]
    s = style or pick(opts)
    m = d.month
    if s == "mdy0":
        return f"{m:02d}/{d.day:02d}/{d.year}"
    if s == "mdy":
        return f"{m}/{d.day}/{d.year}"
    if s == "Mdy":
        return f"{MONTHS['en'][m-1]} {d.day}, {d.year}"
    if s == "bdy":
        return f"{MONTHS_ABBR_EN[m-1]} {d.day}, {d.year}"
    if s == "iso":
        return d.isoformat()
    if s == "dmy0s":
        return f"{d.day:02d}/{m:02d}/{d.year}"
    if s == "dMy":
        return f"{d.day} {MONTHS['en'][m-1]} {d.year}"
    if s == "dby":
        return f"{d.day} {MONTHS_ABBR_EN[m-1]} {d.year}"
    if s == "ordM":
        return f"{ordinal_en(d.day)} {MONTHS['en'][m-1]} {d.year}"
    if s == "dmy0d":
        return f"{d.day:02d}.{m:02d}.{d.year}"
    if s == "dmyd":
        return f"{d.day}.{m}.{d.year}"
    if s == "dMy_de":
        return f"{d.day}. {MONTHS['de'][m-1]} {d.year}"
    if s == "dMy_fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS['fr'][m-1]} {d.year}"
    if s == "dMy_ru":
        return f"{d.day} {MONTHS['ru'][m-1]} {d.year}"
    raise KeyError(s)


def gen_dob(loc):
    return E("DATE_OF_BIRTH", fmt_date(rand_date(1936, 2006), loc))


# ----------------------------------------------------------------------------------------------
# people, e-mail, addresses
# ----------------------------------------------------------------------------------------------
CYR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
       "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
       "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"}


def translit(s: str) -> str:
    s = s.lower()
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("æ", "ae").replace("œ", "oe")
    s = "".join(CYR.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c in LOW or c in DIG)


class Person:
    def __init__(self, loc, fmt=None):
        f = FK[loc]
        self.loc, self.lang = loc, LANG[loc]
        self.g = pick("mf")
        if loc == "ru_RU":
            if self.g == "m":
                self.first, self.last, self.mid = f.first_name_male(), f.last_name_male(), f.middle_name_male()
            else:
                self.first, self.last, self.mid = f.first_name_female(), f.last_name_female(), f.middle_name_female()
        else:
            self.first = f.first_name_male() if self.g == "m" else f.first_name_female()
            self.last = f.last_name()
            self.mid = None
        self.display = self._fmt(fmt)

    def _fmt(self, fmt):
        fi, la, mi = self.first, self.last, self.mid
        if self.lang == "ru":
            opts = {"lfm": 4, "lfi": 2.5, "fl": 2.5, "ifl": 1, "fml": 0.5}
        elif self.lang == "fr":
            opts = {"fl": 6, "LF": 1.5, "fL": 1, "l,f": 1, "fil": 0.5}
        elif self.lang == "de":
            opts = {"fl": 6.5, "l,f": 2, "fil": 0.6, "il": 0.4}
        else:
            opts = {"fl": 6, "fil": 1.6, "l,f": 1.2, "FL": 0.4, "il": 0.5}
        k = fmt or wpick(opts)
        mi_init = (pick(UP) + ".") if self.lang != "ru" else ""
        if k == "fl":
            return f"{fi} {la}"
        if k == "l,f":
            return f"{la}, {fi}"
        if k == "fil":
            return f"{fi} {mi_init} {la}"
        if k == "il":
            return f"{fi[0]}. {la}"
        if k == "FL":
            return f"{fi} {la}".upper()
        if k == "LF":
            return f"{la.upper()} {fi}"
        if k == "fL":
            return f"{fi} {la.upper()}"
        if k == "lfm":
            return f"{la} {fi} {mi}"
        if k == "lfi":
            return f"{la} {fi[0]}. {mi[0]}."
        if k == "ifl":
            return f"{fi[0]}. {mi[0]}. {la}"
        if k == "fml":
            return f"{fi} {mi} {la}"
        raise KeyError(k)

    def v(self, display=None):
        return E("PERSON", display or self.display, sub=self.lang)

    def short(self):
        """Salutation form (ru: first name + patronymic)."""
        if self.lang == "ru":
            return f"{self.first} {self.mid}"
        return f"{self.first} {self.last}"


FREEMAIL = {
    "*": ["gmail.com", "outlook.com", "proton.me", "icloud.com", "fastmail.com", "hotmail.com",
          "yahoo.com", "zoho.com", "hey.com", "tutanota.com"],
    "en_US": ["aol.com", "comcast.net", "verizon.net", "att.net", "msn.com"],
    "en_GB": ["btinternet.com", "sky.com", "yahoo.co.uk", "virginmedia.com", "talktalk.net"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "freenet.de", "mailbox.org", "gmx.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "bbox.fr"],
    "ru_RU": ["yandex.ru", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "ya.ru"],
}


def email_for(person: Person | None, loc: str, org_domain: str | None = None):
    p = person or Person(loc)
    f, l = translit(p.first) or "user", translit(p.last) or "mail"
    style = wpick({"f.l": 4, "fl": 1.5, "f_l": 1, "fl99": 1.5, "l.f": 1, "f99": 1, "f.l+tag": 0.6,
                   "finit.l": 1, "lfinit": 0.8, "Cap": 0.3})
    yy = str(R.randint(1, 99)) if chance(0.5) else str(R.randint(1950, 2005))
    local = {"f.l": f"{f}.{l}", "fl": f"{f}{l}", "f_l": f"{f}_{l}", "fl99": f"{f}{l}{yy}",
             "l.f": f"{l}.{f}", "f99": f"{f}{yy}", "f.l+tag": f"{f}.{l}+{pick(['billing', 'clinic', 'travel', 'files', 'kids', 'work'])}",
             "finit.l": f"{f[0]}.{l}", "lfinit": f"{l}{f[0]}", "Cap": f"{cap(f)}.{cap(l)}"}[style]
    if org_domain and chance(0.85):
        dom = org_domain
        local = {"f.l": f"{f}.{l}", "fl": f"{f[0]}{l}"}[pick(["f.l", "fl"])]
    else:
        dom = pick(FREEMAIL[loc] if chance(0.55) else FREEMAIL["*"])
    return E("EMAIL", f"{local}@{dom}")


def gen_address(loc):
    """Returns (street V, city, postcode, region|None)."""
    f = FK[loc]
    street = f.street_address().replace("\n", ", ")
    city = f.city()
    pc = f.postcode()
    region = f.state_abbr() if loc == "en_US" else None
    return E("STREET_ADDRESS", street, sub=LANG[loc]), city, pc, region


def address_ls(loc, multiline=False):
    """Inline address: street entity + city/postcode ignore span."""
    st, city, pc, region = gen_address(loc)
    if loc == "en_US":
        tail = f"{city}, {region} {pc}"
        return LS(st, "\n" if multiline else ", ", IG(tail))
    if loc == "en_GB":
        return LS(st, "\n" if multiline else ", ", IG(f"{city} {pc}" if not multiline else f"{city}\n{pc}"))
    if loc in ("de_DE", "fr_FR"):
        return LS(st, "\n" if multiline else ", ", IG(f"{pc} {city}"))
    # ru: either "city, street, index" or "index, city, street"
    if chance(0.5):
        return LS(IG(f"{pc}, {city}"), ", ", st)
    return LS(IG(city), ", ", st, ", ", IG(pc))


# ----------------------------------------------------------------------------------------------
# phones
# ----------------------------------------------------------------------------------------------
US_AREAS = ["212", "213", "303", "305", "312", "404", "415", "503", "512", "602", "617", "646",
            "702", "713", "720", "734", "801", "917", "919", "971", "206", "314", "412", "510"]
DE_AREAS = ["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "421", "911"]
DE_MOB = ["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "178"]
GB_LAND = [("20", 4, 4), ("161", 3, 4), ("121", 3, 4), ("113", 3, 4), ("141", 3, 4),
           ("131", 3, 4), ("117", 3, 4), ("1632", 6, 0), ("1865", 6, 0), ("1223", 6, 0)]
RU_CODES = ["903", "905", "909", "915", "916", "925", "926", "977", "999", "912", "921", "495",
            "499", "812", "343", "383"]


def gen_phone(country: str, intl=None):
    intl = chance(0.5) if intl is None else intl
    sub = f"{'intl' if intl else 'national'}_{country}"
    if country == "US":
        a, ex, ln = pick(US_AREAS), str(R.randint(2, 9)) + rd(2), rd(4)
        if intl:
            s = pick([f"+1 {a} {ex} {ln}", f"+1 ({a}) {ex}-{ln}", f"+1-{a}-{ex}-{ln}", f"+1{a}{ex}{ln}",
                      f"+1.{a}.{ex}.{ln}"])
        else:
            s = pick([f"({a}) {ex}-{ln}", f"{a}-{ex}-{ln}", f"{a}.{ex}.{ln}", f"{a} {ex} {ln}"])
    elif country == "GB":
        if chance(0.5):
            body = "7" + str(R.randint(1, 9)) + rd(2)
            rest = rd(6)
            nat = [f"0{body} {rest}", f"0{body} {rest[:3]} {rest[3:]}", f"0{body}{rest}"]
            itl = [f"+44 {body} {rest}", f"+44 (0){body} {rest}", f"+44{body}{rest}", f"0044 {body} {rest}"]
        else:
            code, a, b = pick(GB_LAND)
            if b:
                x, y = rd(a), rd(b)
                nat = [f"0{code} {x} {y}", f"(0{code}) {x} {y}", f"0{code} {x}{y}"]
                itl = [f"+44 {code} {x} {y}", f"+44 (0){code} {x} {y}", f"+44{code}{x}{y}"]
            else:
                x = rd(a)
                nat = [f"0{code} {x}", f"(0{code}) {x[:3]} {x[3:]}"]
                itl = [f"+44 {code} {x}", f"+44 (0){code} {x}"]
        s = pick(itl if intl else nat)
    elif country == "DE":
        if chance(0.45):
            code = pick(DE_MOB)
            num = rd(pick([7, 8]))
        else:
            code = pick(DE_AREAS)
            num = rd(10 - len(code))
        if intl:
            s = pick([f"+49 {code} {num}", f"+49 (0){code} {num}", f"+49{code}{num}", f"0049 {code} {num}",
                      f"+49 {code} {num[:4]} {num[4:]}"])
        else:
            s = pick([f"0{code} {num}", f"0{code}/{num}", f"(0{code}) {num}", f"0{code}-{num}",
                      f"0{code} {num[:4]} {num[4:]}"])
    elif country == "FR":
        first = pick("1234567") if chance(0.55) else pick("67")
        d = [rd(2) for _ in range(4)]
        if intl:
            s = pick([f"+33 {first} {' '.join(d)}", f"+33 (0){first} {' '.join(d)}", f"+33{first}{''.join(d)}",
                      f"0033 {first} {' '.join(d)}", f"+33 {first}.{'.'.join(d)}"])
        else:
            s = pick([f"0{first} {' '.join(d)}", f"0{first}.{'.'.join(d)}", f"0{first}{''.join(d)}",
                      f"0{first}-{'-'.join(d)}"])
    elif country == "RU":
        c = pick(RU_CODES)
        a, b, e = rd(3), rd(2), rd(2)
        if intl:
            s = pick([f"+7 ({c}) {a}-{b}-{e}", f"+7 {c} {a}-{b}-{e}", f"+7 {c} {a} {b} {e}", f"+7{c}{a}{b}{e}",
                      f"+7-{c}-{a}-{b}-{e}"])
        else:
            s = pick([f"8 ({c}) {a}-{b}-{e}", f"8-{c}-{a}-{b}-{e}", f"8{c}{a}{b}{e}", f"8 {c} {a} {b} {e}"])
    else:
        raise KeyError(country)
    return E("PHONE", s, sub=sub)


def gen_phone_bare(country):
    """Phone as bare JSON number (international digits without '+')."""
    v = gen_phone(country, intl=True)
    digits = onlydig(v.text)
    if digits.startswith("00"):
        digits = digits[2:]
    if country in ("GB", "DE", "FR") and "(0)" in v.text:
        cc = {"GB": "44", "DE": "49", "FR": "33"}[country]
        digits = cc + digits[len(cc) + 1:]
    return E("PHONE", digits, sub=f"intl_{country}", bare=True)


def phone_country(loc):
    if chance(0.06):
        return pick(["US", "GB", "DE", "FR", "RU"])
    return COUNTRY[loc]


# ----------------------------------------------------------------------------------------------
# payment data
# ----------------------------------------------------------------------------------------------
def gen_card(loc, brand=None):
    if brand is None:
        w = {"visa": 27, "mastercard": 26, "amex": 13, "discover": 12, "jcb": 10, "mir": 6}
        if loc == "ru_RU":
            w["mir"] = 35
        brand = wpick(w)
    if brand == "visa":
        num = luhn_complete("4" + rd(14))
    elif brand == "mastercard":
        pre = str(R.randint(51, 55)) if chance(0.7) else str(R.randint(2221, 2720))
        num = luhn_complete(pre + rd(15 - len(pre)))
    elif brand == "amex":
        num = luhn_complete(pick(["34", "37"]) + rd(12))
    elif brand == "discover":
        pre = pick(["6011", "65", str(R.randint(644, 649))])
        num = luhn_complete(pre + rd(15 - len(pre)))
    elif brand == "jcb":
        num = luhn_complete(str(R.randint(3528, 3589)) + rd(11))
    else:
        num = luhn_complete("220" + str(R.randint(0, 4)) + rd(11))
    sep = wpick({" ": 5, "-": 1.5, "": 3.5})
    if brand == "amex":
        txt = sep.join([num[:4], num[4:10], num[10:]])
    else:
        txt = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return E("CREDIT_CARD", txt, sub=brand)


IBAN_SPEC = {
    "DE": "n18", "AT": "n16", "CH": "n5c12", "FR": "n10c11n2", "ES": "n20", "IT": "a1n10c12",
    "NL": "B4n10", "BE": "n12", "GB": "B4n14", "IE": "B4n14", "PL": "n24", "PT": "n21", "LU": "n3c13",
    "SE": "n20", "DK": "n14", "FI": "n14", "NO": "n11", "CZ": "n20", "SK": "n20", "HU": "n24",
    "RO": "B4c16", "GR": "n7c16", "HR": "n17", "SI": "n15", "LT": "n16", "LV": "B4c13", "EE": "n16",
    "MC": "n10c11n2", "LI": "n5c12",
}
BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"], "RO": ["BTRL", "RNCB", "INGB"],
         "LV": ["HABA", "UNLA", "RIKO"]}
IBAN_LEN = {}


def _bban(cc):
    out = []
    for m in re.finditer(r"([ncaB])(\d+)", IBAN_SPEC[cc]):
        k, n = m.group(1), int(m.group(2))
        if k == "n":
            out.append(rd(n))
        elif k == "a":
            out.append(rs(UP, n))
        elif k == "c":
            out.append(rs(UP + DIG + DIG, n))
        else:
            out.append(pick(BANKS[cc]))
    return "".join(out)


for _cc in IBAN_SPEC:
    IBAN_LEN[_cc] = 4 + sum(int(x) for x in re.findall(r"\d+", IBAN_SPEC[_cc]))

IBAN_W = {
    "en_US": {"GB": 2, "DE": 2, "FR": 1, "NL": 1, "IE": 1, "ES": 1, "IT": 1, "CH": 1, "SE": 0.5, "PT": 0.5},
    "en_GB": {"GB": 6, "IE": 1.5, "FR": 0.6, "DE": 0.6, "NL": 0.5, "ES": 0.5, "PL": 0.4, "RO": 0.3, "LT": 0.3},
    "de_DE": {"DE": 6, "AT": 1.6, "CH": 1, "NL": 0.5, "LU": 0.4, "PL": 0.4, "CZ": 0.4, "HR": 0.3, "DK": 0.3, "LI": 0.2},
    "fr_FR": {"FR": 6, "BE": 1.2, "LU": 0.6, "MC": 0.5, "ES": 0.5, "IT": 0.5, "CH": 0.5, "PT": 0.4},
    "ru_RU": {"DE": 1, "CH": 1, "LV": 1, "LT": 0.8, "EE": 0.8, "CZ": 0.6, "FI": 0.6, "GR": 0.4, "HU": 0.4,
              "SK": 0.4, "SI": 0.3, "NO": 0.4, "FR": 0.4},
}


def gen_iban(loc, cc=None):
    cc = cc or wpick(IBAN_W[loc])
    iban = iban_make(cc, _bban(cc))
    grouped = chance(0.55)
    txt = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban
    return E("IBAN", txt, sub=f"{cc}_{'grouped' if grouped else 'compact'}")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        g, s = R.randint(1, 99), R.randint(1, 9999)
        d = f"{a:03d}{g:02d}{s:04d}"
        if ssn_ok(d):
            break
    k = wpick({"dashed": 7, "plain": 1.6, "spaced": 1.4})
    txt = {"dashed": f"{d[:3]}-{d[3:5]}-{d[5:]}", "plain": d, "spaced": f"{d[:3]} {d[3:5]} {d[5:]}"}[k]
    return E("US_SSN", txt, sub=k)


# ----------------------------------------------------------------------------------------------
# Russian identifiers
# ----------------------------------------------------------------------------------------------
RU_REGIONS_PASS = ["45", "46", "40", "41", "65", "92", "50", "60", "03", "52", "80", "36", "75", "57", "22", "04"]
RU_REGIONS_INN = ["77", "78", "50", "66", "16", "54", "52", "23", "61", "74", "63", "24", "59", "38", "02", "05"]


def gen_passport(sub=None):
    ser = pick(RU_REGIONS_PASS) + f"{R.randint(0, 24):02d}"
    num = f"{R.randint(100000, 999999)}"
    k = sub or wpick({"spaced": 4, "series_number": 2.2, "plain": 1.6, "numero": 1.4})
    txt = {"spaced": f"{ser[:2]} {ser[2:]} {num}", "series_number": f"{ser} {num}", "plain": ser + num,
           "numero": pick([f"{ser[:2]} {ser[2:]} № {num}", f"{ser} № {num}", f"{ser} №{num}"])}[k]
    return E("RU_PASSPORT", txt, sub=k, orig=ser + num)


def gen_snils():
    d9 = f"{R.randint(2000000, 999999999):09d}"
    full = d9 + snils_check(d9)
    k = wpick({"formatted": 5, "dashed": 1.2, "plain": 1.2})
    txt = {"formatted": f"{full[:3]}-{full[3:6]}-{full[6:9]} {full[9:]}",
           "dashed": f"{full[:3]}-{full[3:6]}-{full[6:9]}-{full[9:]}", "plain": full}[k]
    return E("RU_SNILS", txt, sub=k, orig=full)


def gen_inn(bare=False):
    kind = "inn12" if chance(0.5) else "inn10"
    regs = [r for r in RU_REGIONS_INN if not (bare and r.startswith("0"))]
    reg = pick(regs)
    if kind == "inn10":
        v = inn10_make(reg + rd(7))
    else:
        v = inn12_make(reg + rd(8))
    return E("RU_INN", v, sub=kind + ("_json_number" if bare else ""), bare=bare)


def gen_mrn(loc, sub=None):
    if sub is None:
        w = {"numeric": 4, "prefixed": 3, "alnum": 2}
        if loc == "en_GB":
            w["nhs"] = 7
        sub = wpick(w)
    if sub == "nhs":
        while True:
            d9 = rd(9)
            if d9[0] == "0":
                continue
            c = nhs_check(d9)
            if c is not None:
                break
        n = d9 + c
        txt = pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        return E("MEDICAL_RECORD_NUMBER", txt, sub="nhs", orig=n)
    if sub == "numeric":
        return E("MEDICAL_RECORD_NUMBER", rd(R.randint(7, 10)), sub="numeric")
    if sub == "prefixed":
        pre = {"en": ["MR-", "HN", "PAT-", "MRN:", "EHR-"], "de": ["PID-", "KH-", "PAT-"],
               "fr": ["IPP-", "DP-", "IPP"], "ru": ["МК-", "ЭМК-", "ИБ-", "PAT-"]}[LANG[loc]]
        return E("MEDICAL_RECORD_NUMBER", pick(pre) + rd(R.randint(6, 9)), sub="prefixed")
    txt = pick([rs(UP, 2) + rd(6) + "-" + rs(UP + DIG, 2), rd(3) + "-" + rs(UP, 3) + "-" + rd(4),
                rs(UP, 1) + rd(2) + rs(UP, 1) + rd(5)])
    return E("MEDICAL_RECORD_NUMBER", txt, sub="alnum")


# ----------------------------------------------------------------------------------------------
# network
# ----------------------------------------------------------------------------------------------
def gen_ipv4():
    k = wpick({"pub": 6, "10": 1.5, "172": 1, "192": 1.5})
    if k == "10":
        s = f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    elif k == "172":
        s = f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    elif k == "192":
        s = f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    else:
        while True:
            a = R.randint(1, 223)
            if a not in (10, 127, 100, 169, 172, 192, 198, 203):
                break
        s = f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return E("IPV4", s)


def gen_ipv6():
    k = wpick({"full": 3.5, "comp": 3.5, "ll": 1.2, "doc": 1, "ula": 0.8})
    g = [R.randrange(65536) for _ in range(8)]
    if k == "ll":
        g[0], g[1], g[2], g[3] = 0xFE80, 0, 0, 0
    elif k == "doc":
        g[0], g[1] = 0x2001, 0x0DB8
        for i in range(R.randint(3, 5), R.randint(6, 7)):
            g[i] = 0
    elif k == "ula":
        g[0] = 0xFD00 | R.randrange(256)
    elif k == "comp":
        st = R.randint(1, 5)
        for i in range(st, min(8, st + R.randint(2, 4))):
            g[i] = 0
    addr = ipaddress.IPv6Address(int("".join(f"{x:04x}" for x in g), 16))
    if k == "full":
        s = ":".join(f"{x:04x}" for x in g) if chance(0.5) else ":".join(f"{x:x}" for x in g)
    else:
        s = addr.compressed
    if chance(0.1):
        s = s.upper()
    return E("IPV6", s)


# ----------------------------------------------------------------------------------------------
# secrets
# ----------------------------------------------------------------------------------------------
B32 = UP + "234567"
B64C = ALNUM + "+/"
URLSAFE = ALNUM + "-_"


def b64url(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def gen_token(sub=None):
    sub = sub or wpick({"aws_access_key_id": 20, "slack": 13, "github_pat_classic": 10, "github_other": 5,
                        "github_pat_fine": 4.5, "gitlab": 4.5, "stripe": 5.5, "openai_like": 5.5,
                        "google_api": 5, "aws_secret_key": 4})
    if sub == "aws_access_key_id":
        t = pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + rs(B32, 16)
    elif sub == "aws_secret_key":
        t = rs(B64C, 40)
    elif sub == "slack":
        if chance(0.6):
            t = f"xoxb-{rd(R.randint(10, 13))}-{rd(R.randint(10, 13))}-{rs(ALNUM, 24)}"
        else:
            t = f"xoxp-{rd(12)}-{rd(12)}-{rd(13)}-{rs(HEX, 32)}"
    elif sub == "github_pat_classic":
        t = "ghp_" + rs(ALNUM, 36)
    elif sub == "github_other":
        t = pick(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(ALNUM, 36)
    elif sub == "github_pat_fine":
        t = "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
    elif sub == "gitlab":
        t = "glpat-" + rs(URLSAFE, 20)
    elif sub == "stripe":
        t = pick(["sk_live_", "sk_live_", "rk_live_", "sk_test_"]) + rs(ALNUM, pick([24, 34, 99]))
    elif sub == "openai_like":
        t = ("sk-" + rs(ALNUM, 48)) if chance(0.5) else ("sk-proj-" + rs(URLSAFE, pick([48, 64, 92])))
    elif sub == "google_api":
        t = "AIza" + rs(URLSAFE, 35)
    else:
        raise KeyError(sub)
    return E("API_KEY", t, sub=sub)


def gen_jwt(issuer="auth.example.invalid"):
    alg = pick(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"} if chance(0.6) else {"typ": "JWT", "alg": alg, "kid": rs(HEX, 8)}
    now = R.randint(1_650_000_000, 1_760_000_000)
    pay = {"sub": str(R.randint(10000, 99999999)), "iat": now, "exp": now + pick([900, 3600, 86400])}
    if chance(0.6):
        pay["iss"] = f"https://{issuer}"
    if chance(0.5):
        pay["scope"] = pick(["read:meters", "bookings.write", "export", "tickets:rw", "api"])
    if chance(0.4):
        pay["jti"] = rs(HEX, 16)
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    sig = bytes(R.randrange(256) for _ in range(siglen))
    t = ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                  b64url(json.dumps(pay, separators=(",", ":")).encode()), b64url(sig)])
    return E("API_KEY", t, sub="jwt")


PEM_KINDS = {
    "pem_rsa_private_key": ("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), 1190, 64),
    "pem_private_key": ("PRIVATE KEY", bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8"), 1218, 64),
    "pem_ec_private_key": ("EC PRIVATE KEY", bytes.fromhex("30770201010420"), 121, 64),
    "pem_openssh_private_key": ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none", 400, 70),
    "pem_encrypted_private_key": ("ENCRYPTED PRIVATE KEY", bytes.fromhex("3082051c304e06092a864886f70d01050d"), 1310, 64),
}


def gen_pem(sub=None, nl="\n"):
    sub = sub or wpick({"pem_rsa_private_key": 2, "pem_private_key": 2.3, "pem_ec_private_key": 1.3,
                        "pem_openssh_private_key": 2.7, "pem_encrypted_private_key": 2.9})
    label, prefix, total, width = PEM_KINDS[sub]
    if sub == "pem_ec_private_key":
        prefix = bytes.fromhex("30770201010420")
    raw = prefix + bytes(R.randrange(256) for _ in range(total - len(prefix) + R.randint(-6, 6)))
    b = base64.b64encode(raw).decode()
    body = nl.join(b[i:i + width] for i in range(0, len(b), width))
    head = f"-----BEGIN {label}-----"
    foot = f"-----END {label}-----"
    v = V("E", "API_KEY", None, sub=sub, parts=[(head + nl, False), (body, True), (nl + foot, False)])
    return v


PW_WORDS = ["Lantern", "Harbor", "Copper", "Maple", "Falcon", "Orbit", "Velvet", "Cobalt", "Meadow", "Tundra",
            "Quartz", "Saffron", "Glacier", "Pebble", "Ember", "Willow", "Juniper", "Nimbus", "Raven", "Thistle",
            "Sonne", "Kiefer", "Nebel", "Brume", "Galet", "Mirabelle", "Zarya", "Sosna", "Veter", "Gorizont"]


def gen_password(context="prose"):
    """context 'prose' excludes '.', quotes, backslash, backtick; 'url' also excludes URL delimiters."""
    sym = "!#$%^&*-_=+?" if context == "prose" else ("!*-_~$" if context == "url" else "!#$%^&*-_=+?@")
    k = wpick({"words": 3, "rand": 4, "season": 1.5, "kebab": 1.5})
    if k == "words":
        p = pick(PW_WORDS) + pick(sym[:6]) + pick(PW_WORDS) + rd(R.randint(2, 4))
    elif k == "rand":
        n = R.randint(12, 20)
        while True:
            p = rs(ALNUM + sym + sym, n)
            if any(c in sym for c in p) and any(c.isdigit() for c in p) and p[0] not in "-+=?#":
                break
    elif k == "season":
        p = pick(["Winter", "Summer", "Autumn", "Spring", "Herbst", "Fruehling", "Hiver", "Zima", "Leto"]) + \
            str(R.randint(2019, 2026)) + pick(sym[:5]) + pick(sym[:5])
    else:
        p = "-".join(pick(PW_WORDS).lower() for _ in range(3)) + rd(2)
    return p


def gen_password_v(context="prose", sub="password"):
    return E("API_KEY", gen_password(context), sub=sub)


# ----------------------------------------------------------------------------------------------
# hard negatives
# ----------------------------------------------------------------------------------------------
def neg_uuid():
    s = str(_uuid.UUID(int=R.getrandbits(128), version=4))
    return N("NEG_UUID", s.upper() if chance(0.12) else s)


def neg_hash(kind=None):
    kind = kind or wpick({"sha1": 3, "sha256": 3, "md5": 1.5, "short": 2.5, "sha256p": 0.7})
    s = {"sha1": lambda: rs(HEX, 40), "sha256": lambda: rs(HEX, 64), "md5": lambda: rs(HEX, 32),
         "short": lambda: rs(HEX, R.randint(7, 12)), "sha256p": lambda: "sha256:" + rs(HEX, 64)}[kind]()
    return N("NEG_HASH", s)


def rand_dt(y0=2019, y1=2026):
    d = rand_date(y0, y1)
    return _dt.datetime(d.year, d.month, d.day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def neg_ts(kind=None):
    t = rand_dt()
    kind = kind or wpick({"isoz": 3, "isooff": 1.5, "isoms": 1.5, "space": 2, "epoch": 2, "epochms": 1.5,
                          "hms": 1.5, "clf": 0.8, "rfc": 0.8, "syslog": 0.6, "pylog": 1, "de": 0.6})
    ep = int(t.replace(tzinfo=_dt.timezone.utc).timestamp())
    if kind == "isoz":
        s = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif kind == "isooff":
        s = t.strftime("%Y-%m-%dT%H:%M:%S") + pick(["+01:00", "+02:00", "-05:00", "+03:00", "+00:00", "-08:00"])
    elif kind == "isoms":
        s = t.strftime("%Y-%m-%dT%H:%M:%S") + f".{R.randint(0, 999):03d}Z"
    elif kind == "space":
        s = t.strftime("%Y-%m-%d %H:%M:%S")
    elif kind == "epoch":
        s = str(ep)
    elif kind == "epochms":
        s = str(ep * 1000 + R.randint(0, 999))
    elif kind == "hms":
        s = t.strftime("%H:%M:%S") if chance(0.7) else t.strftime("%H:%M")
    elif kind == "clf":
        s = f"{t.day:02d}/{MONTHS_ABBR_EN[t.month-1]}/{t.year}:{t:%H:%M:%S} {pick(['+0100', '-0700', '+0300'])}"
    elif kind == "rfc":
        s = f"{WEEKDAYS_EN[t.weekday()]}, {t.day:02d} {MONTHS_ABBR_EN[t.month-1]} {t.year} {t:%H:%M:%S} GMT"
    elif kind == "syslog":
        s = f"{MONTHS_ABBR_EN[t.month-1]} {t.day:2d} {t:%H:%M:%S}"
    elif kind == "pylog":
        s = t.strftime("%Y-%m-%d %H:%M:%S") + f",{R.randint(0, 999):03d}"
    else:
        s = t.strftime("%d.%m.%Y %H:%M")
    return N("NEG_TIMESTAMP", s)


def neg_ts_bare():
    t = rand_dt()
    ep = int(t.replace(tzinfo=_dt.timezone.utc).timestamp())
    s = str(ep) if chance(0.5) else str(ep * 1000 + R.randint(0, 999))
    return N("NEG_TIMESTAMP", s, bare=True)


def neg_date(loc):
    return N("NEG_DATE", fmt_date(rand_date(2015, 2027), loc))


def neg_version():
    if chance(0.6):
        s = ".".join(str(R.randint(0, 255) if i else R.randint(1, 30)) for i in range(4))
    else:
        s = f"{R.randint(0, 24)}.{R.randint(0, 40)}.{R.randint(0, 300)}"
    return N("NEG_VERSION", s)


def neg_cardlike():
    n = pick([16, 16, 16, 15, 19])
    d = pick(["4", "5", "6", "3", "9", "1", "7", "8"]) + rd(n - 1)
    if luhn_ok(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    assert not luhn_ok(d)
    if n == 16:
        sep = wpick({" ": 3, "-": 1.5, "": 3})
        s = sep.join(d[i:i + 4] for i in range(0, 16, 4))
    else:
        s = d
    return N("NEG_CARDLIKE", s)


def neg_b64(kind=None):
    kind = kind or wpick({"png": 1, "jpeg": 1.2, "pdf": 0.6, "svg": 0.6, "sri": 1.3, "raw": 1.5, "jsonb64": 0.6})
    if kind == "jsonb64":
        obj = pick([{"v": 2, "kind": "thumb"}, {"page": R.randint(2, 40), "size": 50}, {"cursor": R.randint(1000, 99999)},
                    {"layout": "compact", "rev": R.randint(1, 9)}])
        s = base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()
    elif kind == "sri":
        alg, n = pick([("sha384", 48), ("sha512", 64), ("sha256", 32)])
        s = f"{alg}-" + base64.b64encode(bytes(R.randrange(256) for _ in range(n))).decode()
    elif kind == "raw":
        s = base64.b64encode(bytes(R.randrange(256) for _ in range(R.randint(18, 60)))).decode()
    else:
        mime, magic = {"png": ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
                       "jpeg": ("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
                       "pdf": ("application/pdf", b"%PDF-1.7\n%\xe2\xe3"),
                       "svg": ("image/svg+xml", b'<svg xmlns="http://www.w3.org/2000/svg" ')}[kind]
        body = magic + bytes(R.randrange(256) for _ in range(R.randint(24, 60)))
        s = f"data:{mime};base64," + base64.b64encode(body).decode()
    return N("NEG_B64", s)


PKGS = ["zod@3.23.8", "date-fns@3.6.0", "@sentry/node@8.9.2", "pino@9.2.0", "@tanstack/react-query@5.40.0",
        "undici@6.19.2", "@nestjs/core", "@aws-sdk/client-s3@3.600.0", "prisma@5.15.0", "vite@5.3.1",
        "@prisma/client", "dayjs@1.11.11", "@radix-ui/react-dialog@1.1.1", "yarn@4.3.1", "pnpm@9.4.0",
        "@fastify/cors@9.0.1", "ky@1.4.0", "@opentelemetry/api@1.9.0", "sharp@0.33.4", "nanoid@5.0.7"]


def neg_emaillike(org_slug="acme"):
    k = wpick({"pkg": 6, "git": 1.5, "ssh": 0.6})
    if k == "pkg":
        s = pick(PKGS)
    elif k == "git":
        s = f"git@{pick(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org'])}:{org_slug}/{pick(['intake-api', 'portal', 'ops-scripts', 'exporter', 'meter-gw'])}.git"
    else:
        s = f"ssh://git@git.{org_slug}.internal:7999/{pick(['ops', 'web', 'data'])}/{pick(['infra', 'forms', 'etl'])}.git"
    return N("NEG_EMAILLIKE", s)


def isbn13():
    core = "978" + pick(["3", "2", "5", "0", "1"]) + rd(8)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
    full = core + str((10 - s % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def money(loc, lo=10, hi=20000):
    x = R.randint(lo * 100, hi * 100) / 100
    if loc == "en_US":
        return f"${x:,.2f}"
    if loc == "en_GB":
        return f"£{x:,.2f}"
    if loc == "ru_RU":
        return f"{x:,.2f}".replace(",", " ").replace(".", ",") + " ₽"
    s = f"{x:,.2f}".replace(",", "§").replace(".", ",").replace("§", "." if loc == "de_DE" else " ")
    return s + " €"


def neg_number(loc, kind=None):
    kind = kind or wpick({"isbn": 1, "hex": 1, "coord": 1, "money": 2, "big": 1, "pct": 0.6})
    if kind == "isbn":
        s = isbn13()
    elif kind == "hex":
        s = "0x" + rs("0123456789ABCDEF", 8)
    elif kind == "coord":
        s = f"{R.uniform(-60, 70):.4f}, {R.uniform(-120, 150):.4f}"
    elif kind == "money":
        s = money(loc)
    elif kind == "big":
        s = f"{R.randint(1_000_000, 999_999_999):,}"
        if LANG[loc] in ("de",):
            s = s.replace(",", ".")
        elif LANG[loc] in ("fr", "ru"):
            s = s.replace(",", " ")
    else:
        s = f"{R.randint(1, 99)}.{R.randint(0, 9)} %" if LANG[loc] in ("de", "fr", "ru") else f"{R.randint(1, 99)}.{R.randint(0, 9)}%"
    return N("NEG_NUMBER", s)


def pat(p: str) -> str:
    """'9' digit, 'A' upper letter, 'X' alnum upper, '{Y}' year, everything else literal."""
    p = p.replace("{Y}", str(R.randint(2019, 2026)))
    out = []
    for c in p:
        out.append(pick(DIG) if c == "9" else pick(UP) if c == "A" else pick(UP + DIG) if c == "X" else c)
    return "".join(out)


def awb():
    pre = pick(["020", "176", "057", "125", "074", "555", "618"])
    s7 = rd(7)
    return f"{pre}-{s7}{int(s7) % 7}"


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return pick(["WVW", "WBA", "VF1", "1HG", "SAL", "XTA", "ZFA", "JTD"]) + rs(chars, 14)


def customs_mrn(cc):
    return f"{R.randint(22, 26)}{cc}{rs(UP + DIG, 13)}{pick(DIG)}"


# ----------------------------------------------------------------------------------------------
# localisation: field labels (written for this probe)
# ----------------------------------------------------------------------------------------------
LABELS = {
    "en": {
        "email": ["E-mail", "Email address", "Mailbox", "Reply-to", "Contact e-mail"],
        "phone": ["Phone", "Tel.", "Mobile", "Contact number", "Cell", "Callback no."],
        "dob": ["Date of birth", "DOB", "Born", "Birth date", "D.O.B."],
        "street": ["Address", "Street address", "Home address", "Correspondence address"],
        "card": ["Card", "Card number", "Payment card", "Card on file", "PAN"],
        "iban": ["IBAN", "Bank account (IBAN)", "Refund account", "Payout IBAN"],
        "ssn": ["SSN", "Social Security No.", "Social security number"],
        "passport": ["Russian passport", "Passport (RF)", "Internal passport"],
        "snils": ["SNILS", "Pension insurance no. (SNILS)"],
        "inn": ["INN", "Taxpayer ID (INN)", "Russian tax number"],
        "mrn": ["MRN", "Medical record no.", "Chart number", "Patient ID"],
        "nhs": ["NHS number", "NHS No."],
        "ip": ["IP", "Source IP", "Client address", "Origin IP"],
        "ipv6": ["IPv6", "Client IPv6", "Source address (v6)"],
        "token": ["API key", "Access token", "Integration key", "Secret"],
        "password": ["Temporary password", "Password", "One-time password", "Initial password"],
        "jwt": ["Bearer token", "Session JWT", "Auth token"],
        "pem": ["Private key", "Signing key"],
        "dburl": ["Connection string", "DSN", "Database URL"],
    },
    "de": {
        "email": ["E-Mail", "E-Mail-Adresse", "Mail", "Kontaktadresse"],
        "phone": ["Telefon", "Tel.", "Mobil", "Rückrufnummer", "Handy"],
        "dob": ["Geburtsdatum", "geb.", "Geboren am", "Geb.-Datum"],
        "street": ["Anschrift", "Adresse", "Wohnanschrift", "Postanschrift"],
        "card": ["Kreditkarte", "Kartennummer", "Zahlungskarte", "Karte"],
        "iban": ["IBAN", "Bankverbindung", "Konto (IBAN)", "Erstattungskonto"],
        "ssn": ["US-SSN", "Sozialversicherungsnr. (USA)", "SSN"],
        "passport": ["Russischer Pass", "Inlandspass (RF)", "Pass-Nr. (RF)"],
        "snils": ["SNILS", "Rentenversicherungsnr. (SNILS)"],
        "inn": ["INN", "Steuernummer (INN)", "russ. Steuer-ID"],
        "mrn": ["Patientennummer", "Pat.-Nr.", "Patienten-ID", "Fallakte"],
        "ip": ["IP", "IP-Adresse", "Quell-IP", "Absender-IP"],
        "ipv6": ["IPv6", "IPv6-Adresse"],
        "token": ["API-Schlüssel", "Zugangstoken", "Integrationsschlüssel", "Secret"],
        "password": ["Passwort", "Kennwort", "Initialpasswort", "Einmalpasswort"],
        "jwt": ["Bearer-Token", "Sitzungstoken"],
        "pem": ["Privater Schlüssel", "Signaturschlüssel"],
        "dburl": ["Verbindungszeichenfolge", "DSN", "Datenbank-URL"],
    },
    "fr": {
        "email": ["E-mail", "Adresse e-mail", "Courriel", "Mél."],
        "phone": ["Téléphone", "Tél.", "Portable", "Numéro de rappel"],
        "dob": ["Date de naissance", "Né(e) le", "Naissance", "DDN"],
        "street": ["Adresse", "Adresse postale", "Domicile"],
        "card": ["Carte", "Numéro de carte", "Carte bancaire", "CB"],
        "iban": ["IBAN", "Coordonnées bancaires", "RIB (IBAN)", "Compte de remboursement"],
        "ssn": ["SSN (US)", "N° de sécurité sociale américain"],
        "passport": ["Passeport russe", "Passeport intérieur (RU)"],
        "snils": ["SNILS", "N° d'assurance retraite (SNILS)"],
        "inn": ["INN", "Numéro fiscal russe (INN)"],
        "mrn": ["N° de dossier", "IPP", "Numéro patient", "Dossier médical"],
        "ip": ["IP", "Adresse IP", "IP source"],
        "ipv6": ["IPv6", "Adresse IPv6"],
        "token": ["Clé d'API", "Jeton d'accès", "Clé secrète", "Jeton d'intégration"],
        "password": ["Mot de passe", "Mot de passe provisoire", "MDP temporaire"],
        "jwt": ["Jeton Bearer", "JWT de session"],
        "pem": ["Clé privée", "Clé de signature"],
        "dburl": ["Chaîne de connexion", "DSN", "URL de la base"],
    },
    "ru": {
        "email": ["Эл. почта", "E-mail", "Почта", "Адрес для писем"],
        "phone": ["Телефон", "Тел.", "Моб.", "Контактный номер"],
        "dob": ["Дата рождения", "Д/р", "Дата рожд.", "Родился(-ась)"],
        "street": ["Адрес", "Адрес проживания", "Адрес регистрации", "Почтовый адрес"],
        "card": ["Карта", "Номер карты", "Банковская карта"],
        "iban": ["IBAN", "Счёт (IBAN)", "Реквизиты (IBAN)"],
        "ssn": ["SSN", "Номер соц. страхования США"],
        "passport": ["Паспорт", "Паспорт РФ", "Серия и номер паспорта"],
        "snils": ["СНИЛС", "Страховой номер (СНИЛС)"],
        "inn": ["ИНН", "ИНН налогоплательщика"],
        "mrn": ["Номер мед. карты", "№ истории болезни", "ID пациента"],
        "ip": ["IP", "IP-адрес", "Адрес источника"],
        "ipv6": ["IPv6", "IPv6-адрес"],
        "token": ["API-ключ", "Токен доступа", "Секретный ключ"],
        "password": ["Пароль", "Временный пароль", "Одноразовый пароль"],
        "jwt": ["Bearer-токен", "JWT сессии"],
        "pem": ["Закрытый ключ", "Приватный ключ"],
        "dburl": ["Строка подключения", "DSN", "URL базы"],
    },
}
NAME_LABEL_EXTRA = {"en": ["Full name", "Name"], "de": ["Name", "Vollständiger Name"],
                    "fr": ["Nom complet", "Nom"], "ru": ["ФИО", "Ф. И. О."]}

# JSON / YAML / log key bases (snake_case; restyled per document)
KEYS = {
    "email": ["{r}_email", "reply_to", "notify_email", "contact_mailbox", "e_mail", "mail_addr", "{r}_mailbox"],
    "phone": ["{r}_phone", "callback_number", "tel", "mobile_no", "contact_tel", "{r}_mobile", "phone_e164"],
    "dob": ["birth_dt", "born_on", "date_born", "{r}_dob", "{r}_birth_date", "birth_day_iso"],
    "street": ["street_line", "addr_line1", "line1", "{r}_street", "street_and_no"],
    "card": ["card_no", "payment_card", "cc_number", "card_pan_full", "{r}_card"],
    "iban": ["iban_no", "payout_iban", "refund_account", "bank_iban", "sepa_iban"],
    "ssn": ["ssn_no", "social_sec", "us_ssn", "tax_ssn"],
    "passport": ["passport_rf", "pasport", "passport_series_no", "doc_number", "id_doc_no"],
    "snils": ["snils_no", "pension_no", "snils_code"],
    "inn": ["inn_code", "taxpayer_inn", "inn_no", "{r}_inn"],
    "mrn": ["mrn_no", "chart_no", "record_no", "medrec", "{r}_chart"],
    "nhs": ["nhs_no", "nhs_num"],
    "ip": ["client_ip", "src_ip", "remote_addr", "origin_ip", "peer_addr", "seen_from"],
    "ipv6": ["client_ipv6", "src6", "remote_addr_v6", "ip6"],
    "token": ["api_secret", "access_token", "integration_key", "auth_key", "bot_token", "webhook_secret"],
    "jwt": ["bearer", "id_token", "session_jwt"],
    "pem": ["signing_key_pem", "tls_key", "ssh_private_key"],
    "password": ["temp_password", "initial_pw", "reset_password", "passwd"],
    "dburl": ["db_url", "conn_str", "database_dsn"],
    "name": ["{r}_name", "{r}_full_name", "{r}", "{r}_display", "holder_name"],
}
KEYS_LOCAL = {"de": {"dob": ["geburtsdatum"], "street": ["strasse_hausnr"], "name": ["{r}_vollname"]},
              "fr": {"dob": ["date_naissance"], "street": ["adresse_rue"], "name": ["nom_{r}"]},
              "ru": {"dob": ["data_rozhdeniya"], "street": ["adres_ulica"], "name": ["fio", "fio_{r}"]}}
ADDR_KEYS = {"city": ["town", "locality", "city_name", "settlement"],
             "pc": ["post_code", "postal", "plz", "postal_index", "cp"],
             "region": ["state_code", "province", "st"]}

# negative cue labels and key bases (generic)
NEGS_GENERIC = {
    "NEG_UUID": ({"en": ["Record UUID", "Trace ID", "Device ID"], "de": ["Datensatz-UUID", "Trace-ID", "Geräte-ID"],
                  "fr": ["UUID d'enregistrement", "ID de trace"], "ru": ["UUID записи", "ID трассировки"]},
                 ["{r}_uuid", "record_uuid", "trace_id", "device_id", "ip_lookup_id"]),
    "NEG_TIMESTAMP": ({"en": ["Logged at", "Last sync", "Received", "Updated"], "de": ["Erfasst am", "Letzte Synchronisierung", "Eingang"],
                       "fr": ["Enregistré le", "Dernière synchro", "Reçu"], "ru": ["Записано", "Последняя синхронизация", "Получено"]},
                      ["created_ts", "phone_verified_at", "last_login_at", "iban_checked_at", "synced", "logged_at"]),
    "NEG_HASH": ({"en": ["Checksum", "Document hash", "Build"], "de": ["Prüfsumme", "Dokument-Hash"],
                  "fr": ["Somme de contrôle", "Empreinte du document"], "ru": ["Контрольная сумма", "Хеш документа"]},
                 ["license_hash", "session_token_sha256", "passport_scan_sha1", "doc_sha256", "build", "avatar_md5"]),
    "NEG_VERSION": ({"en": ["App version", "Firmware", "Portal release"], "de": ["App-Version", "Firmware"],
                     "fr": ["Version de l'appli", "Micrologiciel"], "ru": ["Версия приложения", "Прошивка"]},
                    ["app_version", "firmware", "card_reader_fw", "schema_ver", "client_build"]),
    "NEG_CARDLIKE": ({"en": ["Loyalty card", "Gift card no.", "Tracking no."], "de": ["Kundenkarte", "Gutschein-Nr.", "Sendungsnummer"],
                      "fr": ["Carte fidélité", "N° de suivi"], "ru": ["Карта лояльности", "Трек-номер"]},
                     ["card_ref", "loyalty_card", "gift_card_no", "tracking_number", "payment_ref"]),
    "NEG_B64": ({"en": ["Thumbnail", "Signature image"], "de": ["Vorschaubild", "Unterschrift (Bild)"],
                 "fr": ["Vignette", "Image de signature"], "ru": ["Миниатюра", "Скан подписи"]},
                ["photo_b64", "signature_img", "asset_sri", "thumb"]),
    "NEG_EMAILLIKE": ({"en": ["Package", "SDK"], "de": ["Paket", "SDK"], "fr": ["Paquet", "SDK"], "ru": ["Пакет", "SDK"]},
                      ["sdk", "client_lib", "package_ref", "repo"]),
    "NEG_NUMBER": ({"en": ["Amount", "Reference figure"], "de": ["Betrag", "Kennzahl"], "fr": ["Montant", "Indicateur"],
                    "ru": ["Сумма", "Показатель"]}, ["amount_total", "figure", "isbn_ref", "geo"]),
    "NEG_ORDER_ID": ({"en": ["Order no.", "Reference", "Case no."], "de": ["Bestell-Nr.", "Vorgang"],
                      "fr": ["N° de commande", "Référence"], "ru": ["Номер заказа", "Номер обращения"]},
                     ["order_no", "case_ref", "ticket_ref"]),
    "NEG_DATE": ({"en": ["Follow-up on", "Valid until"], "de": ["Wiedervorlage", "Gültig bis"], "fr": ["Relance le", "Valable jusqu'au"],
                  "ru": ["Повторный контакт", "Действует до"]}, ["dob_verified_on", "valid_until", "birthday_reminder_sent", "next_review"]),
}

# ----------------------------------------------------------------------------------------------
# prose frames: {v} value, {r} role noun (lowercase), {R} role noun capitalised
# ----------------------------------------------------------------------------------------------
FRAMES = {
    "en": {
        "name": ["The {r} is {v}.", "{v} ({r}) is the person on this file.", "I've registered {v} as the {r}.",
                 "Name of the {r}:\n{v}", "According to the form, the {r} — {v} — signed the consent.",
                 "Everything below belongs to {v}."],
        "email": ["The reply address on file is {v}.", "You can reach the {r} at {v}.",
                  "Please copy {v} on anything you send about this.", "E-mail — {v}",
                  "For e-mail, the {r} gave us:\n{v}", "Send the confirmation to the personal mailbox ({v}), not the work one."],
        "phone": ["The best number for the {r} is {v}.", "Callback number is {v}.", "If nobody answers, try the mobile ({v}).",
                  "They asked to be called on {v} after 5 pm.", "Phone number the {r} wrote on the form, in case you need it:\n{v}"],
        "dob": ["Date of birth is {v}.", "The {r} was born on {v}.", "DOB on the ID we checked: {v}",
                "Born {v}, so the age check passes.", "For identity verification we used the birth date, which is {v}."],
        "street": ["The {r} currently lives at {v}.", "Correspondence address: {v}", "Please ship everything to {v}.",
                   "Address on the agreement — {v}."],
        "card": ["The card on file is {v}.", "Payment was taken from card {v}.",
                 "Card number (as typed by the {r}): {v}", "Please charge {v} for the balance."],
        "iban": ["The refund goes to IBAN {v}.", "Bank details: {v}", "Their account is {v}, held in the {r}'s own name.",
                 "Direct debit mandate signed for {v}."],
        "ssn": ["Social Security number on the form: {v}.", "The {r}'s Social Security number, for the W-4, is {v}.",
                "We verified the social ({v}) against the file.", "Social Security No.:\n{v}"],
        "passport": ["Russian internal passport: {v}.", "Passport series and number — {v}.",
                     "The {r} presented passport {v} at the desk."],
        "snils": ["SNILS is {v}.", "The pension insurance number (SNILS) on the form reads {v}.", "SNILS — {v}"],
        "inn": ["Russian taxpayer ID (INN): {v}.", "The {r}'s INN is {v}.", "INN — {v}, as printed on the certificate."],
        "mrn": ["Medical record number {v}.", "The chart is filed under MRN {v}.", "Patient ID on the wristband reads {v}.",
                "Please pull record {v} before the visit."],
        "nhs": ["NHS number: {v}.", "The {r}'s NHS number is {v}.", "Checked the NHS no. ({v}) on the spine."],
        "ip": ["The booking form was submitted from {v}.", "Source IP was {v}.", "We saw the sign-in from address {v}.", "Blocked IP — {v}"],
        "ipv6": ["The same session also used {v}.", "IPv6 source: {v}", "Traffic originated from {v} over IPv6."],
        "token": ["The integration key is {v}", "Here's the token that was in the config: {v}",
                  "Someone pasted the API key ({v}) into the ticket.", "Secret — {v}"],
        "jwt": ["The Authorization header carried Bearer {v}", "Session token from the browser:\n{v}"],
        "password": ["The temporary password is `{v}`.", "I've set a one-off password for you: {v} (it expires at first sign-in).",
                     "I reset it to: {v}\n", "Initial password (valid 24 h): {v}\n"],
    },
    "de": {
        "name": ["Als {r} ist {v} eingetragen.", "Es geht um {v} ({r}).", "Name laut Formular:\n{v}",
                 "{R} — {v} — hat die Einwilligung unterschrieben.", "{R}: {v}"],
        "email": ["Die E-Mail-Adresse lautet {v}.", "Erreichbar per Mail unter {v}.", "Bitte die Bestätigung an {v} schicken.",
                  "Mail – {v}", "Für Rückfragen wurde uns folgende Adresse genannt:\n{v}",
                  "Die hinterlegte Adresse ist {v} (privat, nicht dienstlich)."],
        "phone": ["Telefonisch erreichbar unter {v}.", "Die Rückrufnummer ist {v}.", "Falls niemand abnimmt, bitte das Handy versuchen ({v}).",
                  "Tel.: {v}", "Die Nummer aus dem Formular lautet\n{v}"],
        "dob": ["Geboren am {v}.", "Das Geburtsdatum ist {v}.", "Laut Ausweis: geb. {v}",
                "Für die Identitätsprüfung haben wir das Geburtsdatum ({v}) abgeglichen."],
        "street": ["Wohnhaft in {v}.", "Die Anschrift lautet {v}.", "Bitte alles an {v} liefern.", "Adresse — {v}"],
        "card": ["Die hinterlegte Karte ist {v}.", "Bezahlt wurde mit der Kreditkarte {v}.",
                 "Kartennummer (vom Kunden eingegeben): {v}", "Bitte den Restbetrag über {v} abbuchen."],
        "iban": ["Die Erstattung geht auf die IBAN {v}.", "Bankverbindung: {v}", "Das Konto ist {v}, lautend auf den eigenen Namen.",
                 "SEPA-Lastschriftmandat für {v} liegt vor."],
        "ssn": ["Die US-Sozialversicherungsnummer ist {v}.", "SSN laut W-4: {v}"],
        "passport": ["Russischer Inlandspass: {v}.", "Pass-Serie und Nummer — {v}.", "Vorgelegt wurde der Pass {v}."],
        "snils": ["SNILS ist {v}.", "Die russische Rentenversicherungsnummer (SNILS) lautet {v}."],
        "inn": ["Steuernummer (INN): {v}.", "Die INN ist {v}."],
        "mrn": ["Patientennummer {v}.", "Die Akte liegt unter der Nummer {v}.", "Auf dem Patientenarmband steht {v}."],
        "ip": ["Das Formular wurde von {v} aus abgeschickt.", "Quell-IP war {v}.", "Angemeldet hat man sich von der Adresse {v}."],
        "ipv6": ["Dieselbe Sitzung nutzte auch {v}.", "IPv6-Quelle: {v}"],
        "token": ["Der Integrationsschlüssel ist {v}", "Im Ticket wurde der API-Schlüssel ({v}) eingefügt.", "Secret – {v}"],
        "jwt": ["Im Authorization-Header stand Bearer {v}", "Sitzungstoken aus dem Browser:\n{v}"],
        "password": ["Das vorläufige Passwort ist `{v}`.", "Ich habe es auf {v} zurückgesetzt (bitte beim ersten Login ändern).",
                     "Initialpasswort (24 h gültig): {v}\n"],
    },
    "fr": {
        "name": ["Le dossier concerne {v} ({r}).", "{R} : {v}", "J'ai enregistré {v} en tant que {r}.",
                 "Nom indiqué sur le formulaire :\n{v}", "{v}, {r}, a signé le consentement."],
        "email": ["L'adresse e-mail est {v}.", "On peut joindre cette personne à {v}.", "Merci d'envoyer la confirmation à {v}.",
                  "Courriel — {v}", "Adresse de réponse enregistrée :\n{v}"],
        "phone": ["Le numéro de rappel est le {v}.", "Joignable au {v} après 17 h.", "Si personne ne répond, essayez le portable ({v}).",
                  "Tél. : {v}"],
        "dob": ["Date de naissance : {v}.", "Né(e) le {v}.", "La date de naissance vérifiée est {v}.",
                "Pour le contrôle d'identité, nous avons utilisé la date de naissance ({v})."],
        "street": ["Domicile : {v}.", "L'adresse est {v}.", "Merci de tout livrer à l'adresse suivante : {v}."],
        "card": ["La carte enregistrée est {v}.", "Le règlement a été effectué par carte ({v}).", "Numéro de carte (saisi par le client) : {v}"],
        "iban": ["Le remboursement sera versé sur l'IBAN {v}.", "Coordonnées bancaires : {v}", "Le compte est {v}, au nom du titulaire."],
        "ssn": ["Le numéro de sécurité sociale américain est {v}.", "SSN (formulaire W-4) : {v}"],
        "passport": ["Passeport intérieur russe : {v}.", "Série et numéro du passeport — {v}."],
        "snils": ["Le SNILS est {v}.", "Numéro d'assurance retraite russe (SNILS) : {v}"],
        "inn": ["Numéro fiscal (INN) : {v}.", "L'INN est {v}."],
        "mrn": ["Numéro de dossier patient {v}.", "Le dossier est classé sous l'IPP {v}.", "Le bracelet indique {v}."],
        "ip": ["Le formulaire a été envoyé depuis {v}.", "IP source : {v}", "La session a été ouverte depuis l'adresse {v}."],
        "ipv6": ["La même session a aussi utilisé {v}.", "Source IPv6 : {v}"],
        "token": ["La clé d'intégration est {v}", "Quelqu'un a collé la clé d'API ({v}) dans le ticket.", "Secret — {v}"],
        "jwt": ["L'en-tête Authorization contenait Bearer {v}", "Jeton de session copié depuis le navigateur :\n{v}"],
        "password": ["Le mot de passe provisoire est `{v}`.", "Je l'ai réinitialisé à {v} (à changer à la première connexion).",
                     "Mot de passe initial (valable 24 h) : {v}\n"],
    },
    "ru": {
        "name": ["{R}: {v}.", "{R} — {v}.", "Оформлено на имя: {v}.", "ФИО по анкете:\n{v}", "Ответственный: {v} ({r})."],
        "email": ["Электронная почта: {v}.", "Писать лучше на {v}.", "Подтверждение отправьте на {v}.", "Почта — {v}",
                  "Для ответа указан адрес:\n{v}"],
        "phone": ["Телефон для связи: {v}.", "Перезвонить можно по номеру {v}.", "Если не ответят, попробуйте мобильный ({v}).",
                  "Тел. — {v}"],
        "dob": ["Дата рождения: {v}.", "Родился(-ась) {v}.", "По паспорту дата рождения {v}.",
                "Для проверки личности сверили дату рождения ({v})."],
        "street": ["Адрес проживания: {v}.", "Проживает по адресу: {v}.", "Доставить по адресу {v}."],
        "card": ["Привязанная карта — {v}.", "Оплата прошла с карты {v}.", "Номер карты (со слов клиента): {v}"],
        "iban": ["Возврат на счёт {v}.", "Реквизиты: {v}", "Счёт получателя — {v}."],
        "ssn": ["Номер SSN: {v}.", "Американский номер соц. страхования — {v}."],
        "passport": ["Паспорт: {v}.", "Серия и номер паспорта — {v}.", "Предъявлен паспорт {v}."],
        "snils": ["СНИЛС: {v}.", "Страховой номер (СНИЛС) — {v}.", "СНИЛС указан как {v}."],
        "inn": ["ИНН: {v}.", "ИНН налогоплательщика — {v}.", "Указан ИНН {v}."],
        "mrn": ["Номер медицинской карты: {v}.", "Карта заведена под номером {v}.", "На браслете пациента: {v}."],
        "ip": ["Анкету отправили с адреса {v}.", "IP-адрес источника: {v}", "Вход выполнен с адреса {v}."],
        "ipv6": ["Та же сессия использовала и {v}.", "IPv6-источник: {v}"],
        "token": ["Ключ интеграции: {v}", "В тикет вставили API-ключ ({v}).", "Секрет — {v}"],
        "jwt": ["В заголовке Authorization был Bearer {v}", "Токен сессии из браузера:\n{v}"],
        "password": ["Временный пароль: `{v}`.", "Сбросил пароль на {v} (сменить при первом входе).",
                     "Начальный пароль (действует 24 ч): {v}\n"],
    },
}

# a cue several words before the value
FAR_FRAMES = {
    "en": {"phone": "The number that the {r} confirmed over the phone yesterday afternoon was {v}.",
           "email": "The address the {r} asked us to use for all further letters is {v}.",
           "dob": "The birth date printed on the driving licence we photocopied at the desk is {v}.",
           "card": "The card the {r} wanted to keep on file for future charges is {v}."},
    "de": {"phone": "Die Nummer, die der Kunde gestern Nachmittag telefonisch bestätigt hat, ist {v}.",
           "email": "Die Adresse, an die alle weiteren Schreiben gehen sollen, ist {v}.",
           "dob": "Das Geburtsdatum auf dem Ausweis, den wir am Empfang kopiert haben, ist der {v}."},
    "fr": {"phone": "Le numéro que la personne a confirmé hier après-midi par téléphone est le {v}.",
           "email": "L'adresse à utiliser pour tous les prochains courriers est {v}.",
           "dob": "La date de naissance figurant sur la pièce d'identité photocopiée à l'accueil est le {v}."},
    "ru": {"phone": "Номер, который клиент вчера подтвердил по телефону, — {v}.",
           "email": "Адрес, на который просили присылать все дальнейшие письма, — {v}.",
           "dob": "Дата рождения, указанная в паспорте, который мы скопировали на стойке, — {v}."},
}

QUESTIONS = {
    "en": {"name": "Can I take your full name?", "email": "And an e-mail for the confirmation?",
           "phone": "What's the best number to reach you?", "dob": "Could you confirm your date of birth?",
           "street": "What's the address?", "card": "Which card would you like to use?",
           "iban": "Where should the refund go? I'll need the IBAN.", "ssn": "For payroll I need your Social Security number.",
           "passport": "Please read out the passport series and number.", "snils": "And your SNILS?",
           "inn": "Your INN, please.", "mrn": "Do you have the record number from your card?",
           "nhs": "Do you have your NHS number handy?", "ip": "Do you know which IP it showed?",
           "ipv6": "And the IPv6 address?", "token": "Can you paste the key from the error?",
           "password": "What did you set as the password?", "jwt": "Paste the token from the header, please."},
    "de": {"name": "Wie ist Ihr vollständiger Name?", "email": "Und eine E-Mail-Adresse für die Bestätigung?",
           "phone": "Unter welcher Nummer erreiche ich Sie?", "dob": "Können Sie mir Ihr Geburtsdatum bestätigen?",
           "street": "Wie lautet die Adresse?", "card": "Mit welcher Karte möchten Sie zahlen?",
           "iban": "Wohin sollen wir erstatten? Ich bräuchte die IBAN.", "ssn": "Für die US-Abrechnung brauche ich Ihre SSN.",
           "passport": "Bitte nennen Sie Serie und Nummer des Passes.", "snils": "Und Ihre SNILS?",
           "inn": "Ihre INN bitte.", "mrn": "Haben Sie die Patientennummer zur Hand?", "ip": "Welche IP wurde angezeigt?",
           "ipv6": "Und die IPv6-Adresse?", "token": "Können Sie den Schlüssel aus der Fehlermeldung einfügen?",
           "password": "Welches Passwort haben Sie gesetzt?", "jwt": "Fügen Sie bitte das Token aus dem Header ein."},
    "fr": {"name": "Puis-je avoir votre nom complet ?", "email": "Et une adresse e-mail pour la confirmation ?",
           "phone": "À quel numéro puis-je vous joindre ?", "dob": "Pouvez-vous me confirmer votre date de naissance ?",
           "street": "Quelle est l'adresse ?", "card": "Avec quelle carte souhaitez-vous payer ?",
           "iban": "Pour le remboursement, il me faut l'IBAN.", "ssn": "Pour la paie américaine, j'ai besoin de votre SSN.",
           "passport": "Pouvez-vous lire la série et le numéro du passeport ?", "snils": "Et votre SNILS ?",
           "inn": "Votre INN, s'il vous plaît.", "mrn": "Avez-vous votre numéro de dossier ?",
           "ip": "Quelle adresse IP s'affichait ?", "ipv6": "Et l'adresse IPv6 ?",
           "token": "Pouvez-vous coller la clé affichée dans l'erreur ?", "password": "Quel mot de passe avez-vous choisi ?",
           "jwt": "Collez le jeton de l'en-tête, s'il vous plaît."},
    "ru": {"name": "Назовите, пожалуйста, ФИО полностью.", "email": "А адрес почты для подтверждения?",
           "phone": "По какому номеру с вами связаться?", "dob": "Подтвердите дату рождения, пожалуйста.",
           "street": "Какой адрес?", "card": "Какой картой будете оплачивать?", "iban": "Куда вернуть деньги? Нужен IBAN.",
           "ssn": "Для американской бухгалтерии нужен ваш SSN.", "passport": "Продиктуйте серию и номер паспорта.",
           "snils": "И ваш СНИЛС?", "inn": "Ваш ИНН, пожалуйста.", "mrn": "Номер медицинской карты у вас под рукой?",
           "ip": "Какой IP там был указан?", "ipv6": "А IPv6-адрес?", "token": "Вставьте ключ из сообщения об ошибке.",
           "password": "Какой пароль вы поставили?", "jwt": "Вставьте токен из заголовка."},
}
ANSWERS = {
    "en": ["{v}", "It's {v}.", "Sure — {v}.", "Let me look… {v}", "That'd be {v}."],
    "de": ["{v}", "Das ist {v}.", "Klar: {v}.", "Moment … {v}"],
    "fr": ["{v}", "C'est {v}.", "Oui : {v}.", "Alors… {v}"],
    "ru": ["{v}", "Записывайте: {v}.", "Да, {v}.", "Сейчас… {v}"],
}
ANSWERS_SECRET = {"en": ["{v}", "Here: {v}", "It's `{v}`"], "de": ["{v}", "Hier: {v}"], "fr": ["{v}", "Voilà : {v}"],
                  "ru": ["{v}", "Вот: {v}"]}
SPEAKERS = {"en": [("Agent", "Caller"), ("Support", "Customer"), ("Desk", "Visitor"), ("Operator", "Client")],
            "de": [("Mitarbeiter", "Anrufer"), ("Support", "Kundin"), ("Empfang", "Besucher")],
            "fr": [("Conseiller", "Client"), ("Accueil", "Appelant"), ("Support", "Cliente")],
            "ru": [("Оператор", "Клиент"), ("Поддержка", "Абонент"), ("Администратор", "Посетитель")]}
ACKS = {"en": ["Thanks. {C}: {x}.", "Got it, noted under {x}.", "Perfect — I've attached that to {x}."],
        "de": ["Danke. {C}: {x}.", "Alles klar, vermerkt unter {x}."],
        "fr": ["Merci. {C} : {x}.", "C'est noté sous {x}."],
        "ru": ["Спасибо. {C}: {x}.", "Записал, номер {x}."]}

GREET = {"en": ["Sure!", "Hi there,", "Good morning!", "Happy to help —", "Of course.", "Here you go."],
         "de": ["Gern!", "Hallo,", "Guten Morgen!", "Klar, kein Problem.", "Bitte sehr."],
         "fr": ["Bonjour,", "Avec plaisir.", "Bien entendu.", "Pas de souci.", "Voilà."],
         "ru": ["Здравствуйте!", "Добрый день.", "Конечно.", "Без проблем.", "Готово."]}
CLOSE = {"en": ["Let me know if you need anything else.", "Hope that helps.", "Shout if something looks off.",
                "I'll keep an eye on it."],
         "de": ["Melden Sie sich gern bei Rückfragen.", "Sag Bescheid, falls etwas fehlt.", "Ich behalte das im Blick."],
         "fr": ["N'hésitez pas si besoin.", "Dites-moi s'il manque quelque chose.", "Je reste disponible."],
         "ru": ["Если что-то ещё понадобится — пишите.", "Дайте знать, если что-то не так.", "Держу на контроле."]}
FILLER = {
    "en": ["I double-checked the spelling against the scanned form.", "Nothing else was flagged during the review.",
           "The rest of the file is unchanged since last week.", "I've left the free-text comments as they were.",
           "Two fields were blank on the paper copy, so I left them empty.", "The queue was quiet overnight.",
           "This was re-sent after the first attempt bounced.", "Formatting was cleaned up; the values themselves were not touched.",
           "Please review before it goes out.", "I'm on the late shift if anything comes back."],
    "de": ["Die Schreibweise habe ich mit dem eingescannten Formular abgeglichen.", "Sonst wurde bei der Prüfung nichts beanstandet.",
           "Der Rest der Akte ist seit letzter Woche unverändert.", "Die Freitextkommentare habe ich so gelassen.",
           "Zwei Felder waren auf dem Papier leer, die habe ich leer gelassen.", "Bitte vor dem Versand noch einmal prüfen.",
           "Die Formatierung wurde bereinigt, die Werte selbst nicht."],
    "fr": ["J'ai vérifié l'orthographe avec le formulaire scanné.", "Rien d'autre n'a été signalé lors de la relecture.",
           "Le reste du dossier est inchangé depuis la semaine dernière.", "J'ai laissé les commentaires libres tels quels.",
           "Deux champs étaient vides sur la version papier.", "Merci de relire avant l'envoi.",
           "La mise en forme a été nettoyée, pas les valeurs."],
    "ru": ["Написание сверил со сканом анкеты.", "Больше при проверке ничего не всплыло.",
           "Остальная часть дела не менялась с прошлой недели.", "Комментарии в свободной форме оставил как есть.",
           "Два поля на бумажном бланке были пустыми.", "Проверьте, пожалуйста, перед отправкой.",
           "Форматирование поправил, сами значения не трогал."],
}
LETTER = {
    "en": {"subj": "Subject", "hi": ["Dear {n},", "Hello {n},", "Hi {n},"], "bye": ["Kind regards,", "Best wishes,", "Many thanks,"]},
    "de": {"subj": "Betreff", "hi": ["Guten Tag {n},", "Hallo {n},"], "bye": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"]},
    "fr": {"subj": "Objet", "hi": ["Bonjour {n},", "Chère/Cher {n},"], "bye": ["Cordialement,", "Bien à vous,", "Salutations distinguées,"]},
    "ru": {"subj": "Тема", "hi": ["Здравствуйте, {n}!", "Добрый день, {n}!"], "bye": ["С уважением,", "Всего доброго,"]},
}
TITLE_GENERIC = {"en": ["Client Services", "Records Team", "Quality Review", "Data Protection Office", "Weekly Digest"],
                 "de": ["Zentrale Aktenführung", "Digitale Poststelle"], "fr": ["Service Qualité", "Pôle Dossiers"],
                 "ru": ["Отдел Качества", "Служба Документооборота"]}
HEADINGS = {"en": ["Summary", "Details", "Open items", "Notes", "Next steps", "Contacts", "Log excerpt", "Config"],
            "de": ["Zusammenfassung", "Details", "Offene Punkte", "Notizen", "Nächste Schritte", "Kontakte", "Log-Auszug"],
            "fr": ["Résumé", "Détails", "Points ouverts", "Notes", "Prochaines étapes", "Contacts", "Extrait du journal"],
            "ru": ["Сводка", "Подробности", "Открытые вопросы", "Заметки", "Дальнейшие шаги", "Контакты", "Фрагмент лога"]}


# ----------------------------------------------------------------------------------------------
# domains
# ----------------------------------------------------------------------------------------------
def safe_digits(fn):
    """Re-roll a digit-only negative until it passes none of the checksum validators."""
    for _ in range(200):
        s = fn()
        d = onlydig(s)
        bad = (len(d) == 10 and (inn_ok(d) or nhs_ok(d))) or (len(d) == 12 and inn_ok(d)) or \
              (len(d) == 11 and snils_ok(d)) or (13 <= len(d) <= 19 and luhn_ok(d)) or (len(d) == 9 and ssn_ok(d) and s.count("-") == 2)
        if not bad:
            return s
    raise AssertionError("could not make safe digits")


def _microchip(loc):
    cc = {"en_US": "840", "en_GB": "826", "de_DE": "276", "fr_FR": "250", "ru_RU": "643"}[loc]
    return safe_digits(lambda: cc + "0" + rd(11))


def _drug_code(loc):
    if loc == "en_US":
        return pick([f"{rd(4)}-{rd(4)}-{rd(2)}", f"{rd(5)}-{rd(3)}-{rd(2)}", f"{rd(5)}-{rd(4)}-{rd(1)}"])
    if loc == "de_DE":
        return safe_digits(lambda: rd(8))
    if loc == "fr_FR":
        return safe_digits(lambda: "34009" + rd(8))
    if loc == "ru_RU":
        return safe_digits(lambda: "460" + rd(10))
    return f"{rd(7)}-{rd(1)}"


def _meter_point(loc):
    if loc == "en_GB":
        return safe_digits(lambda: pick(["10", "12", "14", "16", "19", "23"]) + rd(11))
    if loc == "de_DE":
        return "DE" + rd(11) + rs(UP + DIG, 20)
    if loc == "fr_FR":
        return safe_digits(lambda: rd(14))
    if loc == "en_US":
        return safe_digits(lambda: "10443720" + rd(9))
    return safe_digits(lambda: rd(12))


def _docket(loc):
    return {"en_US": lambda: f"{R.randint(1, 4)}:{R.randint(19, 25)}-{pick(['cr', 'cv'])}-{rd(5)}",
            "en_GB": lambda: pat("T{Y}99999" if chance(0.5) else "KB-{Y}-999999"),
            "de_DE": lambda: f"{R.randint(1, 40)} {pick(['O', 'Ls', 'KLs', 'C', 'F'])} {R.randint(10, 999)}/{R.randint(19, 25)}",
            "fr_FR": lambda: f"RG {R.randint(19, 25)}/{rd(5)}",
            "ru_RU": lambda: f"№ {pick(['1', '2', '2а', '5'])}-{R.randint(100, 9999)}/{R.randint(2019, 2026)}"}[loc]()


def _bagtag(loc):
    return safe_digits(lambda: f"0{pick(['220', '125', '074', '057', '555', '006', '016'])}{rd(6)}")


def _file_ref(loc):
    return pick(["LHR", "FRA", "CDG", "SVO", "JFK", "MUC", "MAN", "LED", "ORY", "BOS"]) + \
        pick(["BA", "LH", "AF", "SU", "DL", "UA", "EW", "U2"]) + rd(5)


def _hs_code():
    return f"{R.randint(1000, 9706)}.{rd(2)}.{rd(2)}" if chance(0.6) else f"{R.randint(1000, 9706)} {rd(2)} {rd(2)} {rd(2)}"


def _volume(loc):
    x = f"{R.randint(8, 95)}.{R.randint(0, 9)}"
    return x.replace(".", ",") if LANG[loc] in ("de", "fr", "ru") else x


def _bp(loc):
    return f"{R.randint(102, 168)}/{R.randint(58, 98)}"


def _kwh(loc):
    x = f"{R.randint(1000, 99999)}.{R.randint(0, 9)}"
    return x.replace(".", ",") if LANG[loc] in ("de", "fr", "ru") else x


def _odometer(loc):
    n = R.randint(3000, 190000)
    return f"{n:,}".replace(",", {"en": ",", "de": ".", "fr": " ", "ru": " "}[LANG[loc]])


def _salary(loc):
    n = R.randint(38, 160) * 1000
    return {"en_US": f"${n:,}", "en_GB": f"£{n:,}", "de_DE": f"{n:,} €".replace(",", "."),
            "fr_FR": f"{n:,} €".replace(",", " "), "ru_RU": f"{n * 90:,} ₽".replace(",", " ")}[loc]


def L4(en, de, fr, ru):
    return {"en": en, "de": de, "fr": fr, "ru": ru}


class Dom:
    def __init__(self, key, title, client, staff, ents, intro, negs, plain, titles, org, coll, event,
                 secrets=0.05, other=None, labels=None):
        self.key, self.title, self.client, self.staff, self.ents = key, title, client, staff, ents
        self.intro, self.negs, self.plain, self.titles, self.org = intro, negs, plain, titles, org
        self.coll, self.event, self.secrets, self.other, self.labels = coll, event, secrets, other, labels or {}


def NS(kind, key, labels, fn):
    return (kind, key, labels, fn)


DOMAINS = [
    Dom("vet", "veterinary clinic intake",
        ("owner", L4("owner", "Tierhalter", "propriétaire", "владелец")),
        ("vet", L4("attending vet", "Tierärztin", "vétérinaire", "ветврач")),
        ["email", "phone", "street", "card", "iban", "ip"],
        L4(["Here is the intake summary for the new patient registered at reception this morning.",
            "I've transcribed the owner's registration form for the clinic system."],
           ["Hier ist die Aufnahme für den neuen Patienten, der heute früh am Empfang angemeldet wurde.",
            "Ich habe das Anmeldeformular des Tierhalters für das Praxissystem abgetippt."],
           ["Voici la fiche d'admission du nouveau patient enregistré ce matin à l'accueil.",
            "J'ai retranscrit le formulaire d'inscription du propriétaire pour le logiciel de la clinique."],
           ["Вот карточка приёма нового пациента, записанного сегодня утром на ресепшене.",
            "Я перенёс анкету владельца животного в систему клиники."]),
        [NS("NEG_NUMBER", "microchip", L4(["Microchip"], ["Transponder-Nr."], ["N° de puce"], ["Номер чипа"]), _microchip),
         NS("NEG_ORDER_ID", "intake_no", L4(["Intake no."], ["Aufnahme-Nr."], ["N° d'admission"], ["№ приёма"]), lambda l: pat("VI-99999")),
         NS("NEG_DATE", "rabies_booster_due", L4(["Rabies booster due"], ["Tollwut-Auffrischung"], ["Rappel rage"], ["Ревакцинация"]), None)],
        [("species", L4("Species", "Tierart", "Espèce", "Вид"),
          L4(["Labrador retriever", "domestic shorthair", "lop-eared rabbit", "cockatiel"], ["Labrador", "Europäisch Kurzhaar", "Widderkaninchen", "Nymphensittich"],
             ["labrador", "européen à poil court", "lapin bélier", "calopsitte"], ["лабрадор", "британская короткошёрстная", "вислоухий кролик", "корелла"])),
         ("pet_name", L4("Pet name", "Name des Tieres", "Nom de l'animal", "Кличка"),
          L4(["Biscuit", "Pepper", "Mochi", "Ziggy"], ["Bello", "Frida", "Krümel"], ["Moustache", "Caramel", "Filou"], ["Кузя", "Барсик", "Муся"]))],
        L4(["Small Animal Ward", "Front Desk", "Annual Wellness Plan"], ["Kleintier Station", "Vorsorge Plus"], ["Accueil Clinique"], ["Дневной Стационар"]),
        L4("Animal Hospital", "Tierarztpraxis", "Clinique vétérinaire", "Ветклиника"), "intakes", "intake"),
    Dom("pharmacy", "pharmacy refill requests",
        ("patient", L4("patient", "Patient", "patient", "пациент")),
        ("prescriber", L4("prescriber", "verordnende Ärztin", "médecin prescripteur", "лечащий врач")),
        ["dob", "phone", "mrn", "email", "street", "card", "ssn", "snils"],
        L4(["Below is the refill request that came through the pharmacy portal overnight.",
            "The patient called in a repeat prescription; here are the details I captured."],
           ["Unten steht die Nachbestellung, die nachts über das Apothekenportal eingegangen ist.",
            "Ein Folgerezept wurde telefonisch angefragt; hier die erfassten Angaben."],
           ["Voici la demande de renouvellement reçue cette nuit via le portail de la pharmacie.",
            "Le patient a appelé pour renouveler son ordonnance ; voici ce que j'ai noté."],
           ["Ниже заявка на повторный отпуск препарата, поступившая ночью через портал аптеки.",
            "Пациент позвонил насчёт продления рецепта; вот что я записал."]),
        [NS("NEG_ORDER_ID", "rx_no", L4(["Rx no."], ["Rezept-Nr."], ["N° d'ordonnance"], ["№ рецепта"]),
            lambda l: pat({"en": "RX-9999999", "de": "RZ-99999999", "fr": "ORDO-999999", "ru": "Р-999999"}[LANG[l]])),
         NS("NEG_NUMBER", "product_code", L4(["NDC", "Product code"], ["PZN"], ["Code CIP"], ["Штрихкод"]), _drug_code),
         NS("NEG_DATE", "refill_due", L4(["Refill due"], ["Nächste Abgabe"], ["Prochain renouvellement"], ["Следующая выдача"]), None)],
        [("drug", L4("Medication", "Präparat", "Médicament", "Препарат"),
          L4(["atorvastatin 20 mg", "levothyroxine 50 mcg", "metformin 850 mg"], ["Ramipril 5 mg", "L-Thyroxin 75 µg"],
             ["metformine 850 mg", "lévothyrox 50 µg"], ["эналаприл 10 мг", "метформин 1000 мг"])),
         ("qty", L4("Quantity", "Menge", "Quantité", "Количество"), L4(["90 tablets", "28 capsules"], ["N3, 100 Stück"], ["3 boîtes"], ["2 упаковки"]))],
        L4(["Repeat Prescription Service", "Patient Counselling"], ["Apotheken Notdienst"], ["Espace Santé"], ["Аптечный Пункт"]),
        L4("Pharmacy", "Apotheke", "Pharmacie", "Аптека"), "refill_requests", "refill"),
    Dom("tax", "tax advisor client files",
        ("client", L4("client", "Mandant", "client", "клиент")),
        ("advisor", L4("tax advisor", "Steuerberaterin", "conseiller fiscal", "налоговый консультант")),
        ["dob", "ssn", "iban", "inn", "snils", "street", "email", "phone", "passport"],
        L4(["Here's the client file summary for this year's return.", "I pulled together the client details we need before filing."],
           ["Hier ist die Mandantenakte für die diesjährige Steuererklärung.", "Ich habe die Mandantendaten zusammengestellt, die wir vor der Abgabe brauchen."],
           ["Voici le résumé du dossier client pour la déclaration de cette année.", "J'ai rassemblé les informations nécessaires avant le dépôt."],
           ["Вот сводка по делу клиента для декларации за этот год.", "Собрал данные клиента, которые нужны до подачи декларации."]),
        [NS("NEG_ORDER_ID", "file_no", L4(["File no."], ["Akten-Nr."], ["N° de dossier fiscal"], ["№ дела"]), lambda l: pat("TX-{Y}-9999")),
         NS("NEG_NUMBER", "refund_estimate", L4(["Estimated refund"], ["Voraussichtliche Erstattung"], ["Remboursement estimé"], ["Ожидаемый возврат"]),
            lambda l: money(l, 50, 9000)),
         NS("NEG_DATE", "filing_deadline", L4(["Filing deadline"], ["Abgabefrist"], ["Date limite de dépôt"], ["Срок подачи"]), None),
         NS("NEG_HASH", "upload_sha1", L4(["Upload checksum"], ["Beleg-Hash"], ["Empreinte du justificatif"], ["Хеш файла"]),
            lambda l: rs(HEX, 40))],
        [("tax_year", L4("Tax year", "Veranlagungsjahr", "Année fiscale", "Налоговый период"), {"*": ["2023", "2024", "2022"]}),
         ("filing_status", L4("Filing status", "Veranlagung", "Situation", "Вид декларации"),
          L4(["married filing jointly", "single"], ["Zusammenveranlagung", "Einzelveranlagung"], ["déclaration commune", "imposition séparée"],
             ["3-НДФЛ", "вычет на лечение"]))],
        L4(["Client Portal", "Year End Review"], ["Digitale Belegablage"], ["Espace Déclarant"], ["Личный Кабинет"]),
        L4("Tax Partners", "Steuerkanzlei", "Cabinet fiscal", "Налоговая консультация"), "client_files", "taxfile"),
    Dom("moving", "moving company quotes",
        ("customer", L4("customer", "Kunde", "client", "заказчик")),
        ("crew_lead", L4("crew lead", "Teamleiter", "chef d'équipe", "бригадир")),
        ["phone", "email", "street", "street", "card", "iban", "passport"],
        L4(["Here's the quote request for the upcoming move, with both addresses.", "I've written up the survey notes from the estimate visit."],
           ["Hier ist die Angebotsanfrage für den anstehenden Umzug mit beiden Adressen.", "Ich habe die Notizen von der Umzugsbesichtigung aufbereitet."],
           ["Voici la demande de devis pour le déménagement, avec les deux adresses.", "J'ai mis au propre les notes de la visite technique."],
           ["Вот заявка на расчёт переезда с обоими адресами.", "Оформил заметки после осмотра квартиры оценщиком."]),
        [NS("NEG_ORDER_ID", "quote_no", L4(["Quote no."], ["Angebots-Nr."], ["N° de devis"], ["№ сметы"]), lambda l: pat("MQ-99999")),
         NS("NEG_NUMBER", "volume_m3", L4(["Volume (m³)"], ["Volumen (m³)"], ["Volume (m³)"], ["Объём (м³)"]), _volume),
         NS("NEG_DATE", "move_date", L4(["Move date"], ["Umzugstermin"], ["Date du déménagement"], ["Дата переезда"]), None)],
        [("access", L4("Access", "Zugang", "Accès", "Доступ"),
          L4(["3rd floor, no lift", "ground floor"], ["3. OG, kein Aufzug", "Erdgeschoss"], ["3e étage sans ascenseur", "rez-de-chaussée"],
             ["3 этаж, без лифта", "первый этаж"]))],
        L4(["Moving Day Checklist", "Full Packing Service"], ["Umzug Komplett Service"], ["Formule Confort"], ["Услуга Под Ключ"]),
        L4("Removals", "Umzüge", "Déménagements", "Переезды"), "move_quotes", "quote",
        labels={"street": L4(["Pickup address", "Moving from", "Delivery address", "Moving to"], ["Auszugsadresse", "Einzugsadresse"],
                             ["Adresse de départ", "Adresse d'arrivée"], ["Адрес отправления", "Адрес доставки"])}),
    Dom("admissions", "university admissions",
        ("applicant", L4("applicant", "Bewerberin", "candidat", "абитуриент")),
        ("officer", L4("admissions officer", "Studienberater", "chargée d'admission", "сотрудник приёмной комиссии")),
        ["dob", "email", "phone", "street", "passport", "ssn", "snils", "ip", "ipv6"],
        L4(["Here is the applicant record exported from the admissions portal.", "I've summarised the application that was flagged for manual review."],
           ["Hier ist der Bewerberdatensatz aus dem Bewerbungsportal.", "Ich habe die zur manuellen Prüfung markierte Bewerbung zusammengefasst."],
           ["Voici le dossier de candidature exporté depuis le portail d'admission.", "J'ai résumé la candidature signalée pour une vérification manuelle."],
           ["Вот данные абитуриента, выгруженные из портала приёмной комиссии.", "Кратко изложил заявление, отмеченное для ручной проверки."]),
        [NS("NEG_UUID", "application_uuid", L4(["Application ID"], ["Bewerbungs-ID"], ["ID de candidature"], ["ID заявления"]), None),
         NS("NEG_ORDER_ID", "programme_code", L4(["Programme code"], ["Studiengangskennung"], ["Code formation"], ["Код программы"]), lambda l: pat("PRG-{Y}-AA99")),
         NS("NEG_DATE", "decision_by", L4(["Decision by"], ["Entscheidung bis"], ["Décision avant le"], ["Решение до"]), None),
         NS("NEG_HASH", "transcript_sha256", L4(["Transcript hash"], ["Zeugnis-Hash"], ["Empreinte du relevé"], ["Хеш аттестата"]), lambda l: rs(HEX, 64))],
        [("programme", L4("Programme", "Studiengang", "Formation", "Программа"),
          L4(["MSc Data Science", "BA Economics"], ["M.Sc. Informatik", "B.A. Germanistik"], ["Master Droit des affaires", "Licence de physique"],
             ["Прикладная математика (бакалавриат)", "Магистратура «Журналистика»"]))],
        L4(["Graduate Admissions Office", "Early Decision"], ["Zentrale Studienberatung"], ["Service Des Admissions"], ["Приёмная Комиссия"]),
        L4("University", "Hochschule", "Université", "Университет"), "applicants", "application",
        other=("referee", L4("referee", "Gutachter", "référent", "рекомендатель"))),
    Dom("hotel", "hotel night audit",
        ("guest", L4("guest", "Gast", "client", "гость")),
        ("night_auditor", L4("night auditor", "Night Auditor", "auditeur de nuit", "ночной аудитор")),
        ["card", "email", "phone", "passport", "ip", "ipv6", "dob", "street"],
        L4(["Night audit summary — a few folios need attention before rollover.", "Here are the exceptions from last night's audit run."],
           ["Zusammenfassung des Night Audits — einige Folios müssen vor dem Tagesabschluss geprüft werden.", "Hier die Auffälligkeiten aus dem Audit-Lauf von gestern Nacht."],
           ["Résumé de l'audit de nuit — quelques folios à vérifier avant la clôture.", "Voici les anomalies relevées lors de l'audit de cette nuit."],
           ["Сводка ночного аудита — несколько фолио нужно проверить до закрытия дня.", "Вот исключения по итогам ночного аудита."]),
        [NS("NEG_ORDER_ID", "folio_no", L4(["Folio"], ["Folio"], ["Folio"], ["Фолио"]), lambda l: pat("F-9999999")),
         NS("NEG_ORDER_ID", "confirmation_no", L4(["Confirmation no."], ["Bestätigungs-Nr."], ["N° de confirmation"], ["Номер брони"]), lambda l: pat("9AX9A99X")),
         NS("NEG_DATE", "arrival", L4(["Arrival"], ["Anreise"], ["Arrivée"], ["Заезд"]), None),
         NS("NEG_NUMBER", "room_rate", L4(["Rate"], ["Zimmerpreis"], ["Tarif"], ["Тариф"]), lambda l: money(l, 60, 600)),
         NS("NEG_CARDLIKE", "loyalty_no", L4(["Loyalty no."], ["Bonuskarte"], ["Carte fidélité"], ["Карта гостя"]), None)],
        [("room", L4("Room", "Zimmer", "Chambre", "Номер комнаты"), {"*": ["412", "1207", "38", "615"]})],
        L4(["Night Audit Report", "Executive Floor"], ["Tagesabschluss Bericht"], ["Rapport Audit"], ["Ночной Аудит"]),
        L4("Hotel", "Hotel", "Hôtel", "Гостиница"), "folios", "audit", secrets=0.1),
    Dom("carrental", "car rental damage reports",
        ("renter", L4("renter", "Mieter", "locataire", "арендатор")),
        ("agent", L4("counter agent", "Stationsmitarbeiterin", "agent de comptoir", "сотрудник стойки")),
        ["dob", "card", "phone", "email", "street", "passport", "ip", "inn", "ipv6"],
        L4(["Damage report filed at vehicle return — details below.", "Here's the incident write-up for the rental that came back with a scratched bumper."],
           ["Schadensprotokoll bei Fahrzeugrückgabe — Details unten.", "Hier der Bericht zum Mietwagen, der mit verkratzter Stoßstange zurückkam."],
           ["Constat de dommages établi au retour du véhicule — détails ci-dessous.", "Voici le rapport concernant la location rendue avec un pare-chocs rayé."],
           ["Акт о повреждениях при возврате автомобиля — подробности ниже.", "Вот отчёт по машине, которую вернули с царапиной на бампере."]),
        [NS("NEG_ORDER_ID", "ra_number", L4(["RA no."], ["Mietvertrag-Nr."], ["N° de contrat"], ["№ договора"]), lambda l: pat("RA9999999")),
         NS("NEG_NUMBER", "vin", L4(["VIN"], ["FIN"], ["VIN"], ["VIN"]), lambda l: vin()),
         NS("NEG_NUMBER", "odometer_km", L4(["Odometer"], ["Kilometerstand"], ["Kilométrage"], ["Пробег"]), _odometer),
         NS("NEG_B64", "damage_photo", L4(["Damage photo"], ["Schadensfoto"], ["Photo du dommage"], ["Фото повреждения"]), lambda l: neg_b64("jpeg").text)],
        [("vehicle", L4("Vehicle", "Fahrzeug", "Véhicule", "Автомобиль"),
          L4(["compact SUV", "midsize sedan"], ["Kompakt-SUV", "Mittelklasse-Kombi"], ["citadine", "SUV compact"], ["компактный кроссовер", "седан"]))],
        L4(["Damage Assessment", "Premium Protection"], ["Schaden Aufnahme"], ["Protection Intégrale"], ["Полная Защита"]),
        L4("Car Hire", "Autovermietung", "Location de voitures", "Прокат автомобилей"), "damage_reports", "damage", secrets=0.08,
        other=("additional_driver", L4("additional driver", "Zusatzfahrer", "conducteur additionnel", "второй водитель"))),
    Dom("dentallab", "dental lab orders",
        ("patient", L4("patient", "Patient", "patient", "пациент")),
        ("dentist", L4("referring dentist", "Zahnärztin", "chirurgien-dentiste", "стоматолог")),
        ["dob", "mrn", "email", "phone", "street", "snils"],
        L4(["Here's the lab order that came in with the digital impression.", "Order summary for the crown case the practice uploaded this morning."],
           ["Hier ist der Laborauftrag, der mit dem digitalen Abdruck eingegangen ist.", "Auftragsübersicht für den Kronenfall, den die Praxis heute hochgeladen hat."],
           ["Voici la commande reçue avec l'empreinte numérique.", "Récapitulatif du cas de couronne envoyé ce matin par le cabinet."],
           ["Вот заказ-наряд, пришедший вместе с цифровым слепком.", "Сводка по заказу на коронку, который клиника загрузила утром."]),
        [NS("NEG_ORDER_ID", "case_no", L4(["Case no."], ["Auftrags-Nr."], ["N° de cas"], ["№ заказа"]), lambda l: pat("DL-99-9999")),
         NS("NEG_DATE", "due_date", L4(["Due"], ["Liefertermin"], ["Livraison prévue"], ["Срок сдачи"]), None),
         NS("NEG_HASH", "stl_sha1", L4(["Scan file hash"], ["Scan-Hash"], ["Empreinte du scan"], ["Хеш скана"]), lambda l: rs(HEX, 40)),
         NS("NEG_VERSION", "scanner_sw", L4(["Scanner software"], ["Scanner-Software"], ["Logiciel du scanner"], ["ПО сканера"]), None)],
        [("restoration", L4("Restoration", "Versorgung", "Prothèse", "Конструкция"),
          L4(["zirconia crown, tooth 36", "3-unit bridge 14–16"], ["Zirkonkrone Zahn 36", "Brücke 14–16"], ["couronne zircone, dent 36", "bridge 3 éléments"],
             ["циркониевая коронка, зуб 36", "мост на 3 единицы"])),
         ("shade", L4("Shade", "Farbe", "Teinte", "Цвет"), {"*": ["A2", "B1", "A3.5", "C1"]})],
        L4(["Crown And Bridge", "Rush Service"], ["Express Service"], ["Service Express"], ["Срочный Заказ"]),
        L4("Dental Laboratory", "Dentallabor", "Laboratoire dentaire", "Зуботехническая лаборатория"), "lab_orders", "laborder", secrets=0.3),
    Dom("fertility", "fertility clinic scheduling",
        ("patient", L4("patient", "Patientin", "patiente", "пациентка")),
        ("coordinator", L4("nurse coordinator", "Koordinatorin", "coordinatrice", "координатор")),
        ["dob", "mrn", "phone", "email", "ssn", "iban", "card", "snils"],
        L4(["Scheduling summary for the next treatment cycle.", "Here are the appointment details I set up for the couple."],
           ["Terminübersicht für den nächsten Behandlungszyklus.", "Hier die Termine, die ich für das Paar eingeplant habe."],
           ["Planning du prochain cycle de traitement.", "Voici les rendez-vous que j'ai programmés pour le couple."],
           ["График на следующий цикл лечения.", "Вот записи, которые я оформил для пары."]),
        [NS("NEG_ORDER_ID", "cycle_no", L4(["Cycle"], ["Zyklus"], ["Cycle"], ["Цикл"]), lambda l: pat("CY-{Y}-999")),
         NS("NEG_DATE", "appointment_on", L4(["Appointment"], ["Termin"], ["Rendez-vous"], ["Приём"]), None),
         NS("NEG_TIMESTAMP", "slot", L4(["Slot"], ["Uhrzeit"], ["Créneau"], ["Время"]), lambda l: neg_ts("hms").text),
         NS("NEG_ORDER_ID", "lab_batch", L4(["Lab batch"], ["Laborcharge"], ["Lot labo"], ["Партия"]), lambda l: pat("LB-99999"))],
        [("procedure", L4("Procedure", "Maßnahme", "Acte", "Процедура"),
          L4(["baseline ultrasound", "egg retrieval"], ["Basis-Ultraschall", "Follikelpunktion"], ["échographie de contrôle", "ponction ovocytaire"],
             ["УЗИ-мониторинг", "пункция фолликулов"]))],
        L4(["Embryology Lab", "Patient Coordinator Desk"], ["Kinderwunsch Sprechstunde"], ["Centre AMP"], ["Отделение ВРТ"]),
        L4("Fertility Centre", "Kinderwunschzentrum", "Centre de fertilité", "Центр репродукции"), "cycle_bookings", "booking",
        other=("partner", L4("partner", "Partner", "conjoint", "супруг"))),
    Dom("funeral", "funeral home arrangements",
        ("deceased", L4("deceased", "Verstorbene", "défunt", "умерший")),
        ("director", L4("funeral director", "Bestatterin", "conseiller funéraire", "агент ритуальной службы")),
        ["dob", "ssn", "snils", "passport"],
        L4(["Arrangement notes from today's meeting with the family.", "Here is the summary of the service arrangements we agreed."],
           ["Notizen zum heutigen Gespräch mit den Angehörigen.", "Hier die Zusammenfassung der vereinbarten Trauerfeier."],
           ["Notes de l'entretien d'aujourd'hui avec la famille.", "Voici le récapitulatif des obsèques convenues."],
           ["Заметки по итогам сегодняшней встречи с семьёй.", "Вот сводка согласованных деталей церемонии."]),
        [NS("NEG_DATE", "service_date", L4(["Service"], ["Trauerfeier"], ["Cérémonie"], ["Церемония"]), None),
         NS("NEG_ORDER_ID", "permit_no", L4(["Permit no."], ["Genehmigung"], ["N° d'autorisation"], ["№ разрешения"]), lambda l: pat("BP-{Y}-99999")),
         NS("NEG_ORDER_ID", "plot", L4(["Plot"], ["Grabstelle"], ["Concession"], ["Участок"]), lambda l: pat("A-99-999"))],
        [("service_type", L4("Service type", "Bestattungsart", "Type d'obsèques", "Тип церемонии"),
          L4(["cremation, chapel service", "burial"], ["Feuerbestattung mit Trauerfeier", "Erdbestattung"], ["crémation avec cérémonie", "inhumation"],
             ["кремация с прощанием", "погребение"]))],
        L4(["Memorial Service", "Chapel Of Rest"], ["Trauerhalle Nord"], ["Salon Funéraire"], ["Ритуальный Зал"]),
        L4("Funeral Home", "Bestattungshaus", "Pompes funèbres", "Ритуальная служба"), "arrangements", "arrangement",
        other=("next_of_kin", L4("next of kin", "Angehöriger", "proche", "родственник"))),
    Dom("interpreter", "court interpreter bookings",
        ("interpreter", L4("interpreter", "Dolmetscherin", "interprète", "переводчик")),
        ("clerk", L4("court clerk", "Geschäftsstelle", "greffier", "секретарь суда")),
        ["phone", "email", "iban", "inn", "street", "passport", "dob"],
        L4(["Booking confirmation for the hearing that needs an interpreter.", "Here's the interpreter assignment sheet for next week's list."],
           ["Buchungsbestätigung für die Verhandlung mit Dolmetscherbedarf.", "Hier der Einsatzplan der Dolmetscher für die nächste Sitzungswoche."],
           ["Confirmation de réservation pour l'audience nécessitant un interprète.", "Voici la fiche d'affectation des interprètes pour la semaine prochaine."],
           ["Подтверждение бронирования переводчика на судебное заседание.", "Вот график назначения переводчиков на следующую неделю."]),
        [NS("NEG_ORDER_ID", "docket", L4(["Case number"], ["Aktenzeichen"], ["N° RG"], ["Номер дела"]), _docket),
         NS("NEG_DATE", "hearing_date", L4(["Hearing"], ["Verhandlung"], ["Audience"], ["Заседание"]), None),
         NS("NEG_TIMESTAMP", "start_time", L4(["Start"], ["Beginn"], ["Début"], ["Начало"]), lambda l: neg_ts("hms").text),
         NS("NEG_NUMBER", "fee", L4(["Fee"], ["Honorar"], ["Honoraires"], ["Гонорар"]), lambda l: money(l, 80, 900))],
        [("language_pair", L4("Languages", "Sprachen", "Langues", "Языки"),
          L4(["Russian ⇄ English", "Romanian ⇄ English"], ["Russisch ⇄ Deutsch", "Arabisch ⇄ Deutsch"], ["russe ⇄ français", "tamoul ⇄ français"],
             ["русский ⇄ немецкий", "таджикский ⇄ русский"]))],
        L4(["Court Interpreter Services", "Crown Court"], ["Landgericht Mitte"], ["Tribunal Judiciaire"], ["Районный Суд"]),
        L4("Language Services", "Dolmetscherdienst", "Interprétariat", "Бюро переводов"), "bookings", "booking"),
    Dom("recruiting", "recruitment agency shortlists",
        ("candidate", L4("candidate", "Kandidatin", "candidat", "кандидат")),
        ("recruiter", L4("recruiter", "Personalberater", "chargée de recrutement", "рекрутер")),
        ["email", "phone", "dob", "street", "iban", "ssn", "inn", "snils", "ip"],
        L4(["Shortlist for the role — three candidates cleared the phone screen.", "Here's the candidate pack for the hiring manager."],
           ["Shortlist für die Position — drei Kandidaten haben das Telefoninterview bestanden.", "Hier das Kandidatenpaket für die Fachabteilung."],
           ["Liste restreinte pour le poste — trois candidats ont passé l'entretien téléphonique.", "Voici le dossier candidats pour le manager."],
           ["Шорт-лист на вакансию — три кандидата прошли телефонное интервью.", "Вот подборка кандидатов для нанимающего менеджера."]),
        [NS("NEG_ORDER_ID", "req_id", L4(["Req."], ["Stellen-ID"], ["Réf. poste"], ["Вакансия №"]), lambda l: pat("REQ-99999")),
         NS("NEG_HASH", "cv_sha1", L4(["CV hash"], ["Lebenslauf-Hash"], ["Empreinte du CV"], ["Хеш резюме"]), lambda l: rs(HEX, 40)),
         NS("NEG_DATE", "available_from", L4(["Available from"], ["Verfügbar ab"], ["Disponible le"], ["Готов выйти"]), None),
         NS("NEG_NUMBER", "salary_expectation", L4(["Salary expectation"], ["Gehaltsvorstellung"], ["Prétentions"], ["Ожидания по зарплате"]), _salary)],
        [("current_title", L4("Current role", "Aktuelle Position", "Poste actuel", "Текущая должность"),
          L4(["senior data analyst", "site reliability engineer"], ["Teamleiterin Buchhaltung", "Java-Entwickler"], ["cheffe de projet", "comptable"],
             ["ведущий аналитик", "инженер-сметчик"]))],
        L4(["Talent Pool", "Hiring Manager Review"], ["Talent Pool"], ["Vivier Talents"], ["Кадровый Резерв"]),
        L4("Recruitment", "Personalberatung", "Cabinet de recrutement", "Кадровое агентство"), "shortlist", "candidate",
        other=("hiring_manager", L4("hiring manager", "Fachvorgesetzte", "manager", "руководитель"))),
    Dom("crowdfunding", "crowdfunding backer exports",
        ("backer", L4("backer", "Unterstützer", "contributeur", "спонсор")),
        ("creator", L4("project creator", "Projektstarterin", "porteur de projet", "автор проекта")),
        ["email", "card", "iban", "ip", "ipv6", "street", "phone", "inn"],
        L4(["Backer export for the campaign — rows with failed payments are included.", "Here's the pledge manager dump you asked for."],
           ["Unterstützer-Export der Kampagne — inklusive fehlgeschlagener Zahlungen.", "Hier der gewünschte Auszug aus dem Pledge-Manager."],
           ["Export des contributeurs de la campagne — y compris les paiements échoués.", "Voici l'extraction du gestionnaire de contributions demandée."],
           ["Выгрузка спонсоров кампании — включая неуспешные платежи.", "Вот выгрузка из менеджера взносов, как просили."]),
        [NS("NEG_ORDER_ID", "pledge_id", L4(["Pledge"], ["Pledge"], ["Contribution"], ["Взнос"]), lambda l: pat("PLG-AAXX9999")),
         NS("NEG_TIMESTAMP", "pledged_at", L4(["Pledged at"], ["Zugesagt am"], ["Promis le"], ["Дата взноса"]), lambda l: neg_ts().text),
         NS("NEG_NUMBER", "pledge_amount", L4(["Amount"], ["Betrag"], ["Montant"], ["Сумма"]), lambda l: money(l, 5, 900)),
         NS("NEG_UUID", "backer_uuid", L4(["Backer UUID"], ["Unterstützer-UUID"], ["UUID contributeur"], ["UUID спонсора"]), None),
         NS("NEG_B64", "avatar", L4(["Avatar"], ["Avatar"], ["Avatar"], ["Аватар"]), lambda l: neg_b64(pick(["png", "svg"])).text)],
        [("reward", L4("Reward", "Dankeschön", "Contrepartie", "Награда"),
          L4(["hardcover + tote", "digital edition"], ["Hardcover + Beutel", "Digitalausgabe"], ["coffret collector", "édition numérique"],
             ["коллекционный набор", "цифровая версия"]))],
        L4(["Early Bird Bundle", "Stretch Goal", "Founding Backer"], ["Frühbucher Paket"], ["Palier Bonus"], ["Ранняя Пташка"]),
        L4("Crowdfund", "Crowdfunding", "Financement participatif", "Краудфандинг"), "backers", "pledge", secrets=0.35),
    Dom("smartmeter", "utility smart-meter support",
        ("account_holder", L4("account holder", "Vertragsinhaber", "titulaire du contrat", "владелец лицевого счёта")),
        ("engineer", L4("field engineer", "Techniker", "technicien", "инженер")),
        ["street", "phone", "email", "ip", "ipv6", "iban", "password", "passport", "inn"],
        L4(["Support case for a smart meter that stopped sending readings.", "Here is the escalation for the meter that keeps dropping off the network."],
           ["Supportfall zu einem Smart Meter, das keine Zählerstände mehr sendet.", "Hier die Eskalation zum Zähler, der sich ständig vom Netz abmeldet."],
           ["Dossier support pour un compteur communicant qui n'envoie plus de relevés.", "Voici l'escalade concernant le compteur qui se déconnecte sans cesse."],
           ["Обращение по умному счётчику, который перестал передавать показания.", "Вот эскалация по счётчику, который постоянно пропадает из сети."]),
        [NS("NEG_NUMBER", "meter_point", L4(["MPAN", "Meter point"], ["Zählpunkt"], ["PDL"], ["Лицевой счёт"]), _meter_point),
         NS("NEG_VERSION", "meter_fw", L4(["Meter firmware"], ["Zähler-Firmware"], ["Firmware compteur"], ["Прошивка счётчика"]), None),
         NS("NEG_TIMESTAMP", "last_reading_at", L4(["Last reading"], ["Letzter Zählerstand"], ["Dernier relevé"], ["Последнее показание"]), lambda l: neg_ts().text),
         NS("NEG_NUMBER", "reading_kwh", L4(["Reading (kWh)"], ["Stand (kWh)"], ["Index (kWh)"], ["Показание (кВт·ч)"]), _kwh)],
        [("tariff", L4("Tariff", "Tarif", "Option tarifaire", "Тариф"),
          L4(["Economy 7", "flat rate"], ["Wärmepumpentarif", "Grundversorgung"], ["heures creuses", "tarif Base"], ["двухтарифный", "одноставочный"]))],
        L4(["Smart Meter Helpline", "Priority Services Register"], ["Netzbetreiber Service"], ["Espace Abonné"], ["Единый Расчётный Центр"]),
        L4("Energy", "Stadtwerke", "Énergie", "Энергосбыт"), "meter_cases", "meter", secrets=0.4),
    Dom("baggage", "airline lost baggage",
        ("passenger", L4("passenger", "Fluggast", "passager", "пассажир")),
        ("agent", L4("baggage agent", "Gepäckermittlung", "agent bagages", "агент по багажу")),
        ["phone", "email", "street", "passport", "card", "dob"],
        L4(["Delayed bag report — the passenger wants delivery to a local address.", "Here's the property irregularity report filed at arrivals."],
           ["Meldung über verspätetes Gepäck — der Fluggast wünscht Zustellung an eine lokale Adresse.", "Hier die Verlustmeldung aus der Ankunftshalle."],
           ["Déclaration de bagage retardé — le passager souhaite une livraison à une adresse locale.", "Voici le rapport d'irrégularité bagage établi à l'arrivée."],
           ["Заявление о задержке багажа — пассажир просит доставку по местному адресу.", "Вот акт о неприбытии багажа, оформленный в зоне прилёта."]),
        [NS("NEG_ORDER_ID", "file_reference", L4(["File reference"], ["Vorgangsnummer"], ["Référence dossier"], ["Номер розыска"]), lambda l: _file_ref(l)),
         NS("NEG_NUMBER", "bag_tag", L4(["Bag tag"], ["Gepäckschein"], ["Étiquette bagage"], ["Багажная бирка"]), _bagtag),
         NS("NEG_DATE", "flight_date", L4(["Flight date"], ["Flugdatum"], ["Date du vol"], ["Дата рейса"]), None),
         NS("NEG_TIMESTAMP", "last_scan", L4(["Last scan"], ["Letzter Scan"], ["Dernier scan"], ["Последнее сканирование"]), lambda l: neg_ts().text)],
        [("bag", L4("Bag", "Gepäckstück", "Bagage", "Багаж"),
          L4(["black hard-shell spinner, red strap", "navy duffel"], ["schwarzer Hartschalenkoffer, rotes Band", "dunkelblaue Reisetasche"],
             ["valise rigide noire, sangle rouge", "sac de voyage bleu marine"], ["чёрный чемодан с красным ремнём", "тёмно-синяя дорожная сумка"]))],
        L4(["Baggage Services", "Arrivals Hall"], ["Gepäck Service"], ["Service Bagages"], ["Служба Розыска Багажа"]),
        L4("Airways", "Airlines", "Airlines", "Авиалинии"), "bag_files", "bagfile"),
    Dom("payroll", "payroll corrections",
        ("employee", L4("employee", "Mitarbeiterin", "salarié", "сотрудник")),
        ("payroll_officer", L4("payroll officer", "Lohnbuchhalter", "gestionnaire de paie", "бухгалтер по зарплате")),
        ["ssn", "iban", "inn", "snils", "dob", "street", "email"],
        L4(["Payroll correction request — last period's deduction was applied twice.", "Here are the corrections queued for the off-cycle run."],
           ["Korrekturantrag Lohnabrechnung — der Abzug der letzten Periode wurde doppelt gebucht.", "Hier die Korrekturen für den Sonderlauf."],
           ["Demande de correction de paie — la retenue du mois dernier a été appliquée deux fois.", "Voici les corrections prévues pour la paie hors cycle."],
           ["Заявка на корректировку зарплаты — удержание за прошлый период прошло дважды.", "Вот корректировки для внепланового расчёта."]),
        [NS("NEG_ORDER_ID", "employee_no", L4(["Employee no."], ["Personalnummer"], ["Matricule"], ["Табельный номер"]), lambda l: pat("E-999999")),
         NS("NEG_DATE", "pay_period_end", L4(["Period end"], ["Periodenende"], ["Fin de période"], ["Конец периода"]), None),
         NS("NEG_NUMBER", "delta", L4(["Difference"], ["Differenz"], ["Écart"], ["Разница"]), lambda l: money(l, 10, 3000)),
         NS("NEG_UUID", "batch_uuid", L4(["Batch"], ["Lauf-ID"], ["Lot de paie"], ["Пакет"]), None)],
        [("department", L4("Department", "Abteilung", "Service", "Отдел"),
          L4(["warehouse", "finance"], ["Lager", "Finanzen"], ["logistique", "comptabilité"], ["склад", "бухгалтерия"]))],
        L4(["Payroll Team", "Off Cycle Run"], ["Personal Service Center"], ["Service Paie"], ["Расчётный Отдел"]),
        L4("Payroll Services", "Lohnbüro", "Cabinet de paie", "Бухгалтерский центр"), "corrections", "payroll", secrets=0.15),
    Dom("trial", "clinical trial site monitoring",
        ("participant", L4("participant", "Teilnehmerin", "participant", "участник")),
        ("investigator", L4("principal investigator", "Prüfärztin", "investigateur principal", "главный исследователь")),
        ["mrn", "dob", "email", "phone", "ip", "snils", "ipv6"],
        L4(["Monitoring visit follow-up items for the site.", "Here are the source data verification findings from today's visit."],
           ["Nachbereitung des Monitoring-Besuchs für das Prüfzentrum.", "Hier die Ergebnisse der Quelldatenverifizierung vom heutigen Besuch."],
           ["Suivi de la visite de monitoring du centre investigateur.", "Voici les constats de la vérification des données sources d'aujourd'hui."],
           ["Итоги мониторингового визита в исследовательский центр.", "Вот замечания по верификации первичных данных после сегодняшнего визита."]),
        [NS("NEG_ORDER_ID", "protocol", L4(["Protocol"], ["Prüfplan"], ["Protocole"], ["Протокол"]), lambda l: pat("AAA-999-{Y}")),
         NS("NEG_ORDER_ID", "kit_no", L4(["Kit no."], ["Kit-Nr."], ["N° de kit"], ["№ набора"]), lambda l: pat("K-999999")),
         NS("NEG_DATE", "visit_date", L4(["Visit date"], ["Visitendatum"], ["Date de visite"], ["Дата визита"]), None),
         NS("NEG_VERSION", "ecrf_version", L4(["eCRF version"], ["eCRF-Version"], ["Version eCRF"], ["Версия eCRF"]), None)],
        [("visit", L4("Visit", "Visite", "Visite", "Визит"),
          L4(["Visit 4 (Week 12)", "Screening"], ["Visite 4 (Woche 12)", "Screening"], ["Visite 4 (S12)", "Sélection"], ["Визит 4 (нед. 12)", "Скрининг"]))],
        L4(["Site Initiation Visit", "Source Data Verification"], ["Klinische Prüfung"], ["Visite De Clôture"], ["Мониторинговый Визит"]),
        L4("Clinical Research", "Studienzentrum", "Centre de recherche clinique", "Исследовательский центр"), "findings", "sdv", secrets=0.3,
        other=("monitor", L4("clinical monitor", "Monitorin", "ARC", "монитор"))),
    Dom("homehealth", "home health nursing notes",
        ("patient", L4("patient", "Patient", "patient", "пациент")),
        ("nurse", L4("visiting nurse", "Pflegefachkraft", "infirmière", "патронажная сестра")),
        ["dob", "mrn", "phone", "street", "snils", "email", "passport"],
        L4(["Visit note from this morning's home call.", "Here's the nursing note for the wound-care visit."],
           ["Besuchsnotiz vom heutigen Hausbesuch.", "Hier der Pflegebericht zum Verbandswechsel."],
           ["Note de visite à domicile de ce matin.", "Voici la note de soins pour le pansement."],
           ["Запись о сегодняшнем визите на дом.", "Вот запись патронажной сестры о перевязке."]),
        [NS("NEG_UUID", "visit_uuid", L4(["Visit ID"], ["Besuchs-ID"], ["ID de visite"], ["ID визита"]), None),
         NS("NEG_DATE", "next_visit", L4(["Next visit"], ["Nächster Besuch"], ["Prochaine visite"], ["Следующий визит"]), None),
         NS("NEG_NUMBER", "bp", L4(["BP"], ["RR"], ["TA"], ["АД"]), _bp),
         NS("NEG_TIMESTAMP", "time_in", L4(["Time in"], ["Ankunft"], ["Arrivée"], ["Время прихода"]), lambda l: neg_ts("hms").text)],
        [("observation", L4("Observation", "Beobachtung", "Observation", "Наблюдение"),
          L4(["wound edges clean, no exudate", "mobilising with frame"], ["Wundränder reizlos", "mobil mit Rollator"],
             ["plaie propre, pas d'écoulement", "se déplace avec déambulateur"], ["края раны чистые", "передвигается с ходунками"]))],
        L4(["Wound Care Plan", "District Nursing Team"], ["Ambulanter Pflegedienst"], ["Soins Infirmiers"], ["Патронажная Служба"]),
        L4("Home Care Nursing", "Pflegedienst", "Soins à domicile", "Патронажная служба"), "visit_notes", "visit"),
    Dom("helpdesk", "IT helpdesk password resets",
        ("requester", L4("requester", "Anfragender", "demandeur", "заявитель")),
        ("technician", L4("technician", "Techniker", "technicien", "техник")),
        ["email", "phone", "password", "token", "ip", "ipv6"],
        L4(["Password reset ticket — the user is locked out after too many attempts.", "Here's the resolution note for the account unlock request."],
           ["Ticket zum Passwort-Reset — der Benutzer ist nach zu vielen Versuchen gesperrt.", "Hier die Lösungsnotiz zur Kontoentsperrung."],
           ["Ticket de réinitialisation — l'utilisateur est bloqué après trop de tentatives.", "Voici la note de résolution pour le déblocage du compte."],
           ["Заявка на сброс пароля — пользователь заблокирован после множества попыток.", "Вот запись о решении по разблокировке учётной записи."]),
        [NS("NEG_ORDER_ID", "ticket_no", L4(["Ticket"], ["Ticket"], ["Ticket"], ["Заявка"]), lambda l: pat(pick(["INC9999999", "REQ9999999", "HD-99999"]))),
         NS("NEG_ORDER_ID", "asset_tag", L4(["Asset tag"], ["Inventar-Nr."], ["N° d'inventaire"], ["Инв. номер"]), lambda l: pat("IT-AAA-99999")),
         NS("NEG_HASH", "agent_build", L4(["Agent build"], ["Agent-Build"], ["Build de l'agent"], ["Сборка агента"]), lambda l: rs(HEX, R.randint(7, 12))),
         NS("NEG_VERSION", "agent_version", L4(["Agent version"], ["Agent-Version"], ["Version de l'agent"], ["Версия агента"]), None),
         NS("NEG_UUID", "device_uuid", L4(["Device ID"], ["Geräte-ID"], ["ID appareil"], ["ID устройства"]), None),
         NS("NEG_EMAILLIKE", "pkg", L4(["Package"], ["Paket"], ["Paquet"], ["Пакет"]), None)],
        [("os", L4("OS", "Betriebssystem", "OS", "ОС"), {"*": ["Windows 11 Enterprise", "macOS Sonoma", "Ubuntu LTS"]})],
        L4(["Self Service Portal", "Identity Team"], ["Zentraler IT Service"], ["Portail Libre Service"], ["Служба Технической Поддержки"]),
        L4("IT Service Centre", "IT-Servicedesk", "Centre de services informatiques", "ИТ-поддержка"), "tickets", "ticket", secrets=0.85),
    Dom("customs", "customs brokerage declarations",
        ("importer", L4("importer contact", "Ansprechpartner Importeur", "contact importateur", "контактное лицо импортёра")),
        ("broker", L4("customs broker", "Zollagentin", "déclarant en douane", "таможенный представитель")),
        ["passport", "inn", "iban", "email", "phone", "street", "ip", "card", "ipv6"],
        L4(["Declaration draft for the inbound shipment, pending the importer's documents.", "Here's the customs entry summary for the consignment held at the airport."],
           ["Entwurf der Zollanmeldung für die eingehende Sendung, Unterlagen des Importeurs stehen noch aus.", "Hier die Zusammenfassung der Zollanmeldung für die am Flughafen festgehaltene Sendung."],
           ["Projet de déclaration pour l'envoi entrant, en attente des documents de l'importateur.", "Voici le résumé de la déclaration en douane pour l'envoi retenu à l'aéroport."],
           ["Черновик декларации на входящую партию, ждём документы от импортёра.", "Вот сводка по таможенной декларации на груз, задержанный в аэропорту."]),
        [NS("NEG_ORDER_ID", "customs_mrn", L4(["Customs MRN", "MRN"], ["MRN (ATLAS)", "MRN"], ["MRN douane"], ["MRN декларации"]),
            lambda l: customs_mrn(pick(["DE", "GB", "FR", "NL", "BE"]))),
         NS("NEG_NUMBER", "hs_code", L4(["HS code"], ["Zolltarifnummer"], ["Code SH"], ["Код ТН ВЭД"]), lambda l: _hs_code()),
         NS("NEG_ORDER_ID", "awb", L4(["AWB"], ["Luftfrachtbrief"], ["LTA"], ["Авианакладная"]), lambda l: awb()),
         NS("NEG_NUMBER", "invoice_value", L4(["Invoice value"], ["Rechnungswert"], ["Valeur facture"], ["Стоимость по инвойсу"]), lambda l: money(l, 200, 90000)),
         NS("NEG_DATE", "declared_on", L4(["Declared on"], ["Angemeldet am"], ["Déclaré le"], ["Дата подачи"]), None)],
        [("goods", L4("Goods", "Waren", "Marchandises", "Товар"),
          L4(["lithium battery packs", "merino wool scarves"], ["Lithium-Akkupacks", "Merinoschals"], ["batteries lithium", "écharpes en mérinos"],
             ["литиевые аккумуляторы", "шарфы из мериноса"])),
         ("incoterm", L4("Incoterm", "Incoterm", "Incoterm", "Инкотермс"), {"*": ["DAP", "DDP", "FCA", "EXW"]})],
        L4(["Customs Clearance", "Authorised Economic Operator"], ["Zollamt Flughafen"], ["Bureau De Douane"], ["Таможенный Пост"]),
        L4("Customs Brokers", "Zollagentur", "Commissionnaire en douane", "Таможенный брокер"), "declarations", "declaration", secrets=0.2),
]
DOM_BY_KEY = {d.key: d for d in DOMAINS}
assert len(DOMAINS) == 20

ORG_WORDS = {"en": ["Cedar", "Harbour", "Northgate", "Silverbirch", "Oakfield", "Riverside", "Kestrel", "Lindenhurst", "Bramble", "Ashcombe"],
             "de": ["am Lindenhof", "Nordstadt", "an der Ilm", "Kaiserpfalz", "am Marktplatz", "Rheinblick"],
             "fr": ["des Tilleuls", "du Port", "Saint-Roch", "de la Gare", "Les Glycines", "du Vieux Moulin"],
             "ru": ["Доверие", "Северная звезда", "Гармония", "Меридиан", "Исток", "Лада"]}
TLD = {"en_US": ".com", "en_GB": ".co.uk", "de_DE": ".de", "fr_FR": ".fr", "ru_RU": ".ru"}


class Org:
    def __init__(self, dom: Dom, loc: str):
        lang = LANG[loc]
        w = pick(ORG_WORDS[lang])
        noun = dom.org[lang]
        if lang == "en":
            self.name = f"{w} {noun}"
            self.title = True
        elif lang == "ru":
            self.name = f"{noun} «{w}»"
            self.title = False
        else:
            self.name = f"{noun} {w}"
            self.title = False
        slug = translit(w)[:12] or "org"
        self.domain = f"{slug}-{translit(noun.split()[0])[:10]}{TLD[loc]}"
        self.slug = slug

OTHER_ENTS = {"funeral": ["phone", "email", "street", "iban", "card"]}

# ----------------------------------------------------------------------------------------------
# key styles
# ----------------------------------------------------------------------------------------------
# Exact key names seen in the public dev split; this probe must not reuse them (checked at runtime).
_AVOID_KEYS = {"id", "customer_name", "mail", "phone_number", "last_login_ip", "timestamp", "data", "status", "role",
               "content", "tool_calls", "function", "name", "arguments", "full_name", "email", "birthday",
               "billing_address", "street", "city", "zip", "country", "inn", "payment", "pan", "expiry",
               "bank_account", "ip", "created_at", "records", "patient", "medical_record_number", "date_of_birth",
               "encounters", "date", "code", "note", "patient_id", "dob", "contacts_by_email", "last_seen",
               "ip_allowlist", "displayName", "contact_email", "birthDate", "updated_at", "ticket", "summary",
               "email_address", "mobile", "card", "transactions", "amount", "currency", "card_number", "reference",
               "external_ref", "created", "payer", "account", "iban", "tracking", "page", "emails", "phones",
               "order_ids", "tags", "services", "service", "version", "aws", "access_key_id", "secret_access_key",
               "region", "GH_TOKEN", "slack_token", "DATABASE_URL", "private_key", "commit", "integrity",
               "generated_at", "github_token", "SLACK_BOT_TOKEN", "api_key", "git_sha", "dsn", "ci_token", "snils",
               "phone", "type", "source", "notes"}
# keys the brief asks for explicitly (cue-like keys over negatives) are allowed even if common
_ALLOWED_KEYS = {"build", "data"}
KEY_STYLES = ["snake", "camel", "pascal", "kebab", "lower"]


def style_key(base: str, style: str) -> str:
    w = [x for x in base.split("_") if x]
    if style == "snake":
        k = "_".join(w)
    elif style == "camel":
        k = w[0] + "".join(cap(x) for x in w[1:])
    elif style == "pascal":
        k = "".join(cap(x) for x in w)
    elif style == "kebab":
        k = "-".join(w)
    elif style == "upper":
        k = "_".join(w).upper()
    else:
        k = "".join(w)
    if k in _AVOID_KEYS and k not in _ALLOWED_KEYS:
        k = style_key(base + "_val", style) if not base.endswith("_val") else k + "X"
    return k


# ----------------------------------------------------------------------------------------------
# records
# ----------------------------------------------------------------------------------------------
GLOBAL_W = {"email": 8, "phone": 7.5, "dob": 8.5, "street": 2.4, "card": 8, "iban": 5.5, "ip": 6, "ipv6": 2.6,
            "mrn": 12, "ssn": 5, "passport": 2.4, "snils": 2.4, "inn": 4, "token": 5, "password": 3}


def concept_weight(c, loc):
    w = GLOBAL_W.get(c, 1)
    if c == "ssn":
        w *= 1.6 if loc == "en_US" else 0.07
    if c in ("passport", "snils", "inn"):
        w *= 7 if loc == "ru_RU" else 0.2
    return w


class Addr:
    def __init__(self, loc):
        self.loc = loc
        self.street, self.city, self.pc, self.region = gen_address(loc)

    def inline(self, multiline=False) -> LS:
        loc, st = self.loc, self.street
        if loc == "en_US":
            return LS(st, "\n" if multiline else ", ", IG(f"{self.city}, {self.region} {self.pc}"))
        if loc == "en_GB":
            return LS(st, "\n" if multiline else ", ", IG(f"{self.city}\n{self.pc}" if multiline else f"{self.city} {self.pc}"))
        if loc in ("de_DE", "fr_FR"):
            return LS(st, "\n" if multiline else ", ", IG(f"{self.pc} {self.city}"))
        if multiline:
            return LS(st, "\n", IG(f"{self.city}, {self.pc}"))
        if chance(0.5):
            return LS(IG(f"{self.pc}, {self.city}"), ", ", st)
        return LS(IG(self.city), ", ", st, ", ", IG(self.pc))

    def parts(self, kf):
        d = {kf(pick(["street_line", "line1", "addr_line1", "street_and_no"])): self.street,
             kf(pick(ADDR_KEYS["city"])): IG(self.city)}
        if self.region:
            d[kf(pick(ADDR_KEYS["region"]))] = IG(self.region)
        d[kf(pick(ADDR_KEYS["pc"]))] = IG(self.pc)
        if chance(0.4):
            d[kf("country_code")] = COUNTRY[self.loc]
        return d


class F:
    __slots__ = ("concept", "label", "key", "val", "kind")

    def __init__(self, concept, label, key, val, kind):
        self.concept, self.label, self.key, self.val, self.kind = concept, label, key, val, kind

    def text_val(self, multiline_addr=False):
        if isinstance(self.val, Addr):
            return self.val.inline(multiline_addr)
        return self.val


class Rec:
    def __init__(self, fields, person, role_noun, role_key):
        self.fields, self.person, self.role_noun, self.role_key = fields, person, role_noun, role_key

    def ents(self):
        return [f for f in self.fields if f.kind == "E"]


class Ctx:
    def __init__(self, dom: Dom, loc: str):
        self.dom, self.loc, self.lang = dom, loc, LANG[loc]
        self.org = Org(dom, loc)
        self.kstyle = pick(KEY_STYLES)
        self.jstyle = pick(list(JSTYLES))
        self._staff = None

    def k(self, base):
        return style_key(base, self.kstyle)

    def staff(self):
        if self._staff is None:
            self._staff = Person(self.loc, fmt="fl")
        return self._staff


def role_of(dom, role):
    return dom.client if role == "client" else dom.staff if role == "staff" else (dom.other or dom.client)


def concept_label(ctx, concept, v=None):
    lang = ctx.lang
    if concept == "mrn" and v is not None and v.lab.sub == "nhs" and lang == "en":
        return pick(LABELS["en"]["nhs"])
    if concept in ctx.dom.labels:
        return lang_pick(ctx.dom.labels[concept], lang)
    return pick(LABELS[lang][concept])


def concept_key(ctx, concept, role_key, v=None):
    if concept == "mrn" and v is not None and v.lab.sub == "nhs":
        concept = "nhs"
    opts = list(KEYS[concept]) + KEYS_LOCAL.get(ctx.lang, {}).get(concept, [])
    return pick(opts).replace("{r}", role_key)


def make_value(concept, ctx, person, bare_ok=False):
    loc = ctx.loc
    if concept == "email":
        return email_for(person, loc)
    if concept == "phone":
        c = phone_country(loc)
        if bare_ok and chance(0.15):
            return gen_phone_bare(c)
        return gen_phone(c)
    if concept == "dob":
        return gen_dob(loc)
    if concept == "street":
        return Addr(loc)
    if concept == "card":
        return gen_card(loc)
    if concept == "iban":
        return gen_iban(loc)
    if concept == "ssn":
        return gen_ssn()
    if concept == "passport":
        return gen_passport()
    if concept == "snils":
        return gen_snils()
    if concept == "inn":
        return gen_inn(bare=bare_ok and chance(0.35))
    if concept == "mrn":
        return gen_mrn(loc)
    if concept == "ip":
        return gen_ipv4()
    if concept == "ipv6":
        return gen_ipv6()
    if concept == "token":
        return gen_token()
    if concept == "password":
        return gen_password_v("prose")
    if concept == "jwt":
        return gen_jwt(ctx.org.domain)
    raise KeyError(concept)


def neg_value(kind, fn, ctx, bare_ok=False):
    loc = ctx.loc
    if fn is not None:
        s = fn(loc)
        return N(kind, s)
    if kind == "NEG_DATE":
        return neg_date(loc)
    if kind == "NEG_UUID":
        return neg_uuid()
    if kind == "NEG_VERSION":
        return neg_version()
    if kind == "NEG_CARDLIKE":
        return neg_cardlike()
    if kind == "NEG_EMAILLIKE":
        return neg_emaillike(ctx.org.slug)
    if kind == "NEG_TIMESTAMP":
        return neg_ts_bare() if bare_ok and chance(0.3) else neg_ts()
    if kind == "NEG_HASH":
        return neg_hash()
    if kind == "NEG_B64":
        return neg_b64()
    if kind == "NEG_NUMBER":
        return neg_number(loc)
    if kind == "NEG_ORDER_ID":
        return N(kind, pat(pick(["#99999", "#9999999", "SO-99999999", "999-9999999", "W9999999", "A9-99999"])))
    if kind == "NEG_TITLECASE":
        return N(kind, pick(ctx.dom.titles.get(ctx.lang) or ctx.dom.titles["en"]) if chance(0.7) else pick(TITLE_GENERIC[ctx.lang]))
    raise KeyError(kind)


NEG_SPECIFIC = [
    ("NEG_NUMBER", L4(["ISBN"], ["ISBN"], ["ISBN"], ["ISBN"]), ["isbn_ref", "manual_isbn"], lambda l: neg_number(l, "isbn").text, 0.05),
    ("NEG_NUMBER", L4(["Error code", "Fault register"], ["Fehlercode"], ["Code d'erreur"], ["Код ошибки"]), ["err_code", "fault_code"],
     lambda l: neg_number(l, "hex").text, 0.05),
    ("NEG_NUMBER", L4(["Coordinates", "Geo"], ["Koordinaten"], ["Coordonnées GPS"], ["Координаты"]), ["geo", "gps"],
     lambda l: neg_number(l, "coord").text, 0.05),
    ("NEG_NUMBER", L4(["Amount", "Total"], ["Betrag", "Summe"], ["Montant", "Total"], ["Сумма", "Итого"]), ["amount_total", "fee_total"],
     lambda l: neg_number(l, "money").text, 0.06),
    ("NEG_NUMBER", L4(["Count", "Reference figure"], ["Anzahl", "Kennzahl"], ["Nombre", "Indicateur"], ["Количество", "Показатель"]),
     ["figure", "row_count"], lambda l: neg_number(l, "big").text, 0.04),
    ("NEG_NUMBER", L4(["Share", "Utilisation"], ["Anteil", "Auslastung"], ["Part", "Taux"], ["Доля", "Загрузка"]), ["share_pct", "utilisation"],
     lambda l: neg_number(l, "pct").text, 0.03),
    ("NEG_B64", L4(["Thumbnail", "Signature image"], ["Vorschaubild", "Unterschrift (Bild)"], ["Vignette", "Image de signature"],
                   ["Миниатюра", "Скан подписи"]), ["photo_b64", "signature_img", "thumb"],
     lambda l: neg_b64(pick(["png", "jpeg", "svg"])).text, 0.09),
    ("NEG_B64", L4(["Integrity", "SRI hash"], ["Integrität (SRI)"], ["Intégrité (SRI)"], ["Хеш целостности (SRI)"]), ["asset_sri", "bundle_sri"],
     lambda l: neg_b64("sri").text, 0.05),
    ("NEG_B64", L4(["Payload (base64)", "Blob"], ["Nutzdaten (Base64)"], ["Charge utile (base64)"], ["Данные (base64)"]), ["payload_b64", "blob"],
     lambda l: neg_b64(pick(["raw", "jsonb64"])).text, 0.05),
    ("NEG_B64", L4(["Attachment"], ["Anhang"], ["Pièce jointe"], ["Вложение"]), ["attachment_b64"], lambda l: neg_b64("pdf").text, 0.03),
]

TITLE_FIELD = ({"en": ["Team", "Programme", "Plan"], "de": ["Team", "Bereich"], "fr": ["Équipe", "Formule"], "ru": ["Отдел", "Программа"]},
               ["team_name", "plan_name", "tier", "desk"])


def neg_specs(ctx):
    """domain-specific specs first, then generic ones."""
    specs = [(k, key, labels, fn, 0.9 if k == "NEG_NUMBER" else 0.7 if k == "NEG_B64" else 1.8) for (k, key, labels, fn) in ctx.dom.negs]
    for kind, labels, keys, fn, w in NEG_SPECIFIC:
        specs.append((kind, pick(keys), labels, fn, w))
    for kind, (labels, keys) in NEGS_GENERIC.items():
        if kind in ("NEG_NUMBER", "NEG_B64"):
            continue
        w = {"NEG_TIMESTAMP": 3.2, "NEG_UUID": 1.8, "NEG_HASH": 0.8, "NEG_ORDER_ID": 0.5, "NEG_DATE": 0.4,
             "NEG_VERSION": 0.8, "NEG_CARDLIKE": 1.0, "NEG_NUMBER": 0.2, "NEG_EMAILLIKE": 0.2, "NEG_B64": 0.2}[kind]
        specs.append((kind, pick(keys), {l: labels[l] for l in labels}, None, w))
    specs.append(("NEG_TITLECASE", pick(TITLE_FIELD[1]), TITLE_FIELD[0], None, 0.45))
    return specs


def make_record(ctx, role="client", n_ent=3, n_neg=2, n_plain=1, schema=None, bare_ok=False, adjacent=0.6, name_p=0.52):
    """schema: optional list of items to replicate: ('E', concept) / ('N', spec) / ('P', plainspec)."""
    dom, loc, lang = ctx.dom, ctx.loc, ctx.lang
    rk, rlab = role_of(dom, role)
    role_noun = rlab[lang]
    person = Person(loc)
    if schema is None:
        pool = dom.ents if role == "client" else OTHER_ENTS.get(dom.key, ["email", "phone"])
        weights = {}
        for c in pool:
            weights[c] = weights.get(c, 0) + concept_weight(c, loc)
        chosen = []
        for _ in range(max(0, n_ent - 1)):
            if not weights:
                break
            c = wpick(weights)
            chosen.append(c)
            if not (dom.key == "moving" and c == "street" and chosen.count("street") < 2):
                del weights[c]
        specs = neg_specs(ctx)
        negs = []
        for _ in range(n_neg):
            sw = {i: s[4] for i, s in enumerate(specs) if s not in negs}
            if not sw:
                break
            negs.append(specs[wpick(sw)])
        plains = [pick(dom.plain) for _ in range(n_plain)] if dom.plain else []
        schema = ([("E", "name")] if chance(name_p) else []) + [("E", c) for c in chosen]
        if not schema:
            schema = [("E", "name")]
        order = schema[:]
        for ns in negs:
            if chance(adjacent) and len(order) > 1:
                # right after a random entity
                idx = [i for i, it in enumerate(order) if it[0] == "E"]
                order.insert(pick(idx) + 1, ("N", ns))
            else:
                order.insert(R.randint(0, len(order)) if chance(0.5) else len(order), ("N", ns))
        for ps in plains:
            if ("P", ps) not in order:
                order.insert(R.randint(1, len(order)), ("P", ps))
        schema = order
    fields = []
    used_keys = set()

    def ukey(base):
        k = base
        i = 2
        while k in used_keys:
            k = f"{base}_{i}"
            i += 1
        used_keys.add(k)
        return k

    for kind, item in schema:
        if kind == "E" and item == "name":
            lab = cap(role_noun) if chance(0.7) else pick(NAME_LABEL_EXTRA[lang])
            base = pick(KEYS["name"] + KEYS_LOCAL.get(lang, {}).get("name", [])).replace("{r}", rk)
            fields.append(F("name", lab, ukey(base), person.v(), "E"))
        elif kind == "E":
            v = make_value(item, ctx, person, bare_ok=bare_ok)
            vv = v.street if isinstance(v, Addr) else v
            fields.append(F(item, concept_label(ctx, item, vv), ukey(concept_key(ctx, item, rk, vv)), v, "E"))
        elif kind == "N":
            nk, key, labels, fn = item[0], item[1], item[2], item[3]
            v = neg_value(nk, fn, ctx, bare_ok=bare_ok)
            if bare_ok and nk == "NEG_NUMBER" and v.text.isdigit() and not v.text.startswith("0") and chance(0.4):
                v.bare = True
            fields.append(F(nk, lang_pick(labels, lang), ukey(key.replace("{r}", rk)), v, "N"))
        else:
            key, labels, vals = item
            fields.append(F("plain", labels[lang], ukey(key), lang_pick(vals, lang), "P"))
    return Rec(fields, person, role_noun, rk), schema


def make_records(ctx, n, role="client", n_ent=3, n_neg=2, n_plain=1, bare_ok=False, same_schema=True):
    recs = []
    schema = None
    for i in range(n):
        r, sch = make_record(ctx, role, n_ent, n_neg, n_plain, schema=schema if same_schema else None, bare_ok=bare_ok)
        schema = sch
        recs.append(r)
    return recs


# ----------------------------------------------------------------------------------------------
# text renderers
# ----------------------------------------------------------------------------------------------
def frame_for(ctx, f: F, rec: Rec) -> LS:
    lang = ctx.lang
    concept = f.concept
    if concept == "mrn" and f.val.lab.sub == "nhs" and lang == "en":
        concept = "nhs"
    val = f.text_val()
    if concept == "name":
        tmpl = pick(FRAMES[lang]["name"])
    elif concept in FAR_FRAMES[lang] and chance(0.2):
        tmpl = FAR_FRAMES[lang][concept]
    else:
        tmpl = pick(FRAMES[lang][concept])
    return fill(tmpl, v=val, r=rec.role_noun, R=cap(rec.role_noun))


NEG_ATTACH = {"en": ["({C} {x})", "[{c}: {x}]", "— {c} {x}", ", {c} {x}"],
              "de": ["({C} {x})", "— {C}: {x}", ", {C} {x}"],
              "fr": ["({C} {x})", "— {C} : {x}"],
              "ru": ["({C} {x})", "— {C}: {x}"]}
NEG_STANDALONE = {"en": ["{C}: {x}.", "{C} is {x}.", "For reference, {c} {x}."],
                  "de": ["{C}: {x}.", "{C} ist {x}."],
                  "fr": ["{C} : {x}.", "{C} : {x} (pour info)."],
                  "ru": ["{C}: {x}.", "{C} — {x}."]}


def _neg_slots(ctx, f):
    c = f.label[:1].lower() + f.label[1:] if ctx.lang == "en" and not f.label[:2].isupper() else f.label
    return {"x": f.val, "c": c, "C": f.label}


def strip_period(ls: LS):
    if ls.segs and ls.segs[-1][1] is None and ls.segs[-1][0].endswith("."):
        n = LS()
        n.segs = ls.segs[:-1] + [(ls.segs[-1][0][:-1], None, False)]
        n.segs = [s for s in n.segs if s[0]]
        return n, True
    return ls, False


def render_prose(ctx, recs, para_sep="\n\n") -> LS:
    out = LS()
    lang = ctx.lang
    for ri, rec in enumerate(recs):
        if ri:
            out.add(para_sep)
        sents = []
        for f in rec.fields:
            if f.kind == "E":
                sents.append(frame_for(ctx, f, rec))
            elif f.kind == "N":
                if sents and chance(0.65) and not sents[-1].text().endswith("\n"):
                    t = pick(NEG_ATTACH[lang])
                    last, had = strip_period(sents[-1])
                    sents[-1] = LS(last, "" if t.startswith(",") else " ", fill(t, **_neg_slots(ctx, f)), ".")
                else:
                    sents.append(fill(pick(NEG_STANDALONE[lang]), **_neg_slots(ctx, f)))
            else:
                sents.append(LS(f"{f.label}{' : ' if lang == 'fr' else ': '}{f.val}."))
        for i, s in enumerate(sents):
            if i:
                prev = sents[i - 1].text()
                if prev.endswith("\n"):
                    sep = ""
                elif prev[-1:] not in ".!?)»":
                    sep = "\n"
                else:
                    sep = "\n" if chance(0.15) else " "
                out.add(sep)
            out.add(s)
    return out


def render_dialogue(ctx, rec: Rec) -> LS:
    lang = ctx.lang
    a, c = pick(SPEAKERS[lang])
    fmt = pick(["{s}: ", "**{s}:** ", "[{s}] ", "{S}> "])
    def sp(name):
        return fmt.replace("{s}", name).replace("{S}", name.upper())
    lines = []
    pending_negs = []
    for f in rec.fields:
        if f.kind == "E":
            q = QUESTIONS[lang]["nhs" if (f.concept == "mrn" and f.val.lab.sub == "nhs" and lang == "en") else f.concept]
            lines.append(LS(sp(a), q))
            secret = f.concept in ("token", "password", "jwt")
            ans = pick(ANSWERS_SECRET[lang] if secret else ANSWERS[lang])
            lines.append(LS(sp(c), fill(ans, v=f.text_val())))
        elif f.kind == "N":
            if chance(0.7):
                acks = ACKS[lang] if f.concept in ("NEG_ORDER_ID", "NEG_UUID") else ACKS[lang][:1]
                lines.append(LS(sp(a), fill(pick(acks), x=f.val, C=f.label)))
            else:
                pending_negs.append(f)
        else:
            lines.append(LS(sp(a), f"{f.label}: {f.val}?"))
            lines.append(LS(sp(c), pick({"en": ["Yes.", "Correct."], "de": ["Ja.", "Stimmt."], "fr": ["Oui.", "C'est ça."],
                                          "ru": ["Да.", "Верно."]}[lang])))
    for f in pending_negs:
        lines.append(LS(sp(a), fill(ACKS[lang][0], x=f.val, C=f.label)))
    out = LS()
    for i, l in enumerate(lines):
        if i:
            out.add("\n")
        out.add(l)
    return out


def render_list(ctx, recs, numbered=False) -> LS:
    out = LS()
    bullet = pick(["- ", "* ", "• "])
    kvsep = pick([": ", " — ", " – "])
    bold = chance(0.3)
    hdr = pick(["{R} {n}:\n", "### {R} #{n}\n", "**{R} {n}**\n"])
    nfmt = pick(["{i}. ", "{i}) "])
    for ri, rec in enumerate(recs):
        if ri or len(recs) > 1:
            if ri:
                out.add("\n\n")
            out.add(hdr.replace("{R}", cap(rec.role_noun)).replace("{n}", str(ri + 1)))
        for i, f in enumerate(rec.fields):
            if i:
                out.add("\n")
            pre = nfmt.replace("{i}", str(i + 1)) if numbered else bullet
            lab = f"**{f.label}**" if bold else f.label
            if f.concept == "pem":
                out.add(LS(pre, lab, ":\n", f.val))
            else:
                out.add(LS(pre, lab, kvsep, f.text_val()))
    return out


def _cell(x):
    return x.text_val() if isinstance(x, F) else x


def render_table(ctx, recs) -> LS:
    cols = recs[0].fields
    out = LS("| " + " | ".join(f.label for f in cols) + " |\n")
    out.add("|" + "|".join(pick(["---", ":---", "----"]) for _ in cols) + "|")
    for rec in recs:
        out.add("\n| ")
        for i, f in enumerate(rec.fields):
            if i:
                out.add(" | ")
            out.add(f.text_val())
        out.add(" |")
    return out


def _csv_field(v, delim, quote_all):
    txt = v.text() if isinstance(v, LS) else (v.text if isinstance(v, V) else str(v))
    need = quote_all or any(ch in txt for ch in (delim, '"', "\n"))
    if '"' in txt:
        raise AssertionError("quote inside csv value")
    if need:
        return LS('"', v, '"')
    return LS(v)


def render_csv(ctx, recs) -> LS:
    delim = ";" if ctx.lang in ("de", "fr") and chance(0.5) else ("\t" if chance(0.08) else ",")
    quote_all = chance(0.3)
    header_keys = chance(0.55)
    cols = recs[0].fields
    out = LS()
    fence = chance(0.5)
    if fence:
        out.add("```csv\n" if chance(0.7) else "```\n")
    out.add(delim.join((ctx.k(f.key) if header_keys else f.label) for f in cols))
    for rec in recs:
        out.add("\n")
        for i, f in enumerate(rec.fields):
            if i:
                out.add(delim)
            out.add(_csv_field(f.text_val(), delim, quote_all))
    if fence:
        out.add("\n```")
    return out


def render_kv(ctx, rec: Rec) -> LS:
    mode = wpick({"colon": 3, "eq": 2, "dash": 1, "dots": 1.2, "nextline": 1.2, "env": 1})
    out = LS()
    width = max(len(f.label) for f in rec.fields) + 4
    for i, f in enumerate(rec.fields):
        if i:
            out.add("\n")
        v = f.text_val()
        if mode == "colon":
            out.add(LS(f.label, ": ", v))
        elif mode == "eq":
            out.add(LS(ctx.k(f.key) if chance(0.6) else f.label, " = ", v))
        elif mode == "dash":
            out.add(LS(f.label, " — ", v))
        elif mode == "dots":
            out.add(LS(f.label, " ", "." * (width - len(f.label)), " ", v))
        elif mode == "nextline":
            out.add(LS(f.label, ":\n", pick(["", "  ", "    "]), v))
        else:
            out.add(LS(style_key(f.key, "upper"), "=", v))
    return out


def render_letter(ctx, rec: Rec) -> LS:
    lang = ctx.lang
    L = LETTER[lang]
    staff = ctx.staff()
    out = LS(f"{L['subj']}: {pick(ctx.dom.intro[lang]).rstrip('.')}\n\n")
    salut_name = E("PERSON", rec.person.short(), sub=rec.person.lang)
    out.add(fill(pick(L["hi"]), n=salut_name))
    out.add("\n\n")
    body = render_prose(ctx, [rec]) if chance(0.6) else render_kv(ctx, rec)
    out.add(body)
    out.add("\n\n" + pick(FILLER[lang]) + "\n\n")
    out.add(pick(L["bye"]) + "\n")
    out.add(staff.v(staff.display))
    out.add("\n" + cap(ctx.dom.staff[1][lang]) + ", ")
    out.add(N("NEG_TITLECASE", ctx.org.name) if ctx.org.title else ctx.org.name)
    out.add("\n" + pick(["Tel. ", "T: ", "", "☎ "]))
    out.add(gen_phone(COUNTRY[ctx.loc]))
    out.add("\n")
    out.add(email_for(staff, ctx.loc, ctx.org.domain))
    return out


def yaml_scalar(v):
    txt = v.text() if isinstance(v, LS) else (v.text if isinstance(v, V) else str(v))
    special = any(ch in txt for ch in ":#{}[],&*?|<>=!%@`'\"") or txt[:1] in "-+ " or txt.strip() != txt or \
        re.fullmatch(r"[\d.\-+eE ]+", txt) is not None or txt.lower() in ("yes", "no", "true", "false", "null", "on", "off")
    if "\\" in txt or '"' in txt:
        return LS("'", v, "'") if "'" not in txt else None
    if special or chance(0.25):
        return LS('"', v, '"')
    return LS(v)


def render_yaml(ctx, recs) -> LS:
    out = LS()
    as_list = len(recs) > 1 or chance(0.3)
    top = ctx.k(ctx.dom.coll if as_list else ctx.dom.event)
    out.add(f"{top}:\n")
    for rec in recs:
        first = True
        for f in rec.fields:
            ind = "  " if not as_list else ("  - " if first else "    ")
            key = ctx.k(f.key)
            if isinstance(f.val, Addr):
                out.add(f"{ind}{ctx.k(rec.role_key + '_' + pick(['address', 'addr', 'residence']))}:\n")
                sub_ind = "    " if not as_list else "      "
                for k2, v2 in f.val.parts(ctx.k).items():
                    out.add(LS(f"{sub_ind}{k2}: ", yaml_scalar(v2)))
                    out.add("\n")
            else:
                sc = yaml_scalar(f.val)
                if sc is None:
                    sc = LS('"', f.val, '"')
                out.add(LS(f"{ind}{key}: ", sc, "\n"))
            first = False
    t = out.text()
    if t.endswith("\n"):
        out.segs[-1] = (out.segs[-1][0][:-1], out.segs[-1][1], out.segs[-1][2])
    return out


def render_ini(ctx, rec: Rec) -> LS:
    out = LS(f"[{ctx.k(rec.role_key)}]\n" if chance(0.6) else f"[{ctx.dom.event}:{rs(DIG, 4)}]\n")
    sep = pick([" = ", "=", ": "])
    for i, f in enumerate(rec.fields):
        if i:
            out.add("\n")
        if isinstance(f.val, Addr):
            parts = list(f.val.parts(lambda b: style_key(b, "snake")).items())
            for j, (k2, v2) in enumerate(parts):
                if j:
                    out.add("\n")
                out.add(LS(k2, sep, v2))
        else:
            out.add(LS(style_key(f.key, "snake"), sep, f.val))
    return out


LEVELS = ["INFO", "WARN", "DEBUG", "INFO", "ERROR"]
VERBS = ["created", "updated", "verified", "flagged", "exported", "synced", "matched", "queued"]


def log_value(v):
    txt = v.text() if isinstance(v, LS) else (v.text if isinstance(v, V) else str(v))
    if " " in txt or "," in txt:
        if '"' in txt:
            raise AssertionError
        return LS('"', v, '"')
    return LS(v)


def render_log(ctx, recs) -> LS:
    mode = wpick({"kv": 3, "bracket": 1.5, "jsonl": 1.5, "syslog": 1})
    svc = f"{ctx.dom.event}-{pick(['svc', 'worker', 'api', 'sync'])}"
    host = f"{pick(['app', 'web', 'job', 'edge'])}-{R.randint(1, 12):02d}"
    ts_kind = {"kv": pick(["isoz", "isoms", "isooff", "pylog"]), "bracket": pick(["space", "clf", "isoz"]),
               "jsonl": pick(["isoz", "isoms", "epochms"]), "syslog": "syslog"}[mode]
    out = LS()
    first = True
    for rec in recs:
        chunks = []
        cur = []
        for f in rec.fields:
            cur.append(f)
            if len(cur) >= R.randint(2, 4):
                chunks.append(cur)
                cur = []
        if cur:
            chunks.append(cur)
        for ch in chunks:
            if not first:
                out.add("\n")
            first = False
            ts = neg_ts(ts_kind)
            ev = f"{ctx.dom.event}.{pick(VERBS)}"
            lvl = pick(LEVELS)
            if mode == "jsonl":
                obj = {"ts": ts, "lvl": lvl.lower(), "msg": ev}
                obj = {ctx.k("log_ts") if k == "ts" else ctx.k("level") if k == "lvl" else ctx.k("event_name"): v for k, v in obj.items()}
                for f in ch:
                    if isinstance(f.val, Addr):
                        obj.update(f.val.parts(ctx.k))
                    else:
                        obj[ctx.k(f.key)] = f.val
                out.add(jdump(obj, JSTYLES["compact"]))
                continue
            if mode == "kv":
                out.add(LS(ts, f" {lvl:<5} [{svc}] {ev}"))
            elif mode == "bracket":
                out.add(LS("[", ts, f"] {lvl} {ev}:"))
            else:
                out.add(LS(ts, f" {host} {svc}[{R.randint(300, 39999)}]: {ev}"))
            for f in ch:
                v = f.text_val()
                out.add(LS(" ", style_key(f.key, "snake"), "=", log_value(v)))
    return out


def html_text_ok(v):
    txt = v.text() if isinstance(v, LS) else (v.text if isinstance(v, V) else str(v))
    return not any(ch in txt for ch in '<>&"')


def render_html(ctx, recs) -> LS:
    mode = pick(["table", "dl", "p", "inputs"]) if len(recs) == 1 else "table"
    out = LS()
    if mode == "table":
        out.add('<table class="' + pick(["grid", "records", "audit"]) + '">\n  <tr>')
        for f in recs[0].fields:
            out.add(f"<th>{f.label}</th>")
        out.add("</tr>")
        for rec in recs:
            out.add("\n  <tr>")
            for f in rec.fields:
                out.add(LS("<td>", f.text_val(), "</td>"))
            out.add("</tr>")
        out.add("\n</table>")
    elif mode == "dl":
        out.add("<dl>")
        for f in recs[0].fields:
            out.add(LS(f"\n  <dt>{f.label}</dt><dd>", f.text_val(), "</dd>"))
        out.add("\n</dl>")
    elif mode == "p":
        for i, f in enumerate(recs[0].fields):
            if i:
                out.add("\n")
            out.add(LS(f"<p><strong>{f.label}:</strong> ", f.text_val(), "</p>"))
    else:
        out.add(f'<form id="{ctx.dom.event}-form">')
        for f in recs[0].fields:
            if isinstance(f.val, Addr):
                out.add(LS(f'\n  <label>{f.label}</label><textarea name="{ctx.k(f.key)}">', f.val.inline(), "</textarea>"))
            else:
                out.add(LS(f'\n  <label>{f.label}</label><input name="{ctx.k(f.key)}" value="', f.val, '">'))
        out.add("\n</form>")
    return out


def render_form(ctx, rec: Rec) -> LS:
    mode = pick(["dots", "boxed", "numbered"])
    out = LS()
    if chance(0.5):
        out.add(pick(["[x] ", "☒ "]) + pick({"en": ["Consent to data processing given"], "de": ["Einwilligung Datenverarbeitung erteilt"],
                                              "fr": ["Consentement au traitement des données"], "ru": ["Согласие на обработку данных получено"]}[ctx.lang]) + "\n")
    for i, f in enumerate(rec.fields):
        if i:
            out.add("\n")
        v = f.text_val()
        if mode == "dots":
            lab = f.label.upper()
            out.add(LS(lab, "." * max(3, 30 - len(lab)), ": ", v))
        elif mode == "boxed":
            out.add(LS("| ", f.label.ljust(26), "| ", v))
        else:
            out.add(LS(f"[{i + 1:02d}] {f.label}\n      > ", v))
    return out


def render_jsonl(ctx, recs) -> LS:
    out = LS("```jsonl\n" if chance(0.5) else "```\n")
    for i, rec in enumerate(recs):
        if i:
            out.add("\n")
        out.add(jdump(rec_obj(ctx, rec), JSTYLES[pick(["compact", "spaced"])]))
    out.add("\n```")
    return out


def render_json_block(ctx, recs) -> LS:
    obj = [rec_obj(ctx, r) for r in recs] if len(recs) > 1 else rec_obj(ctx, recs[0])
    return LS("```json\n", jdump(obj, JSTYLES[pick(["ind2", "ind4"])]), "\n```")


def rec_obj(ctx, rec: Rec, nested_addr=None):
    obj = {}
    for f in rec.fields:
        k = ctx.k(f.key)
        if isinstance(f.val, Addr):
            if nested_addr if nested_addr is not None else chance(0.6):
                obj[k if not f.key.startswith(("street", "line1", "addr_line1")) else ctx.k(rec.role_key + "_address")] = f.val.parts(ctx.k)
            else:
                obj[k] = f.val.inline()
        else:
            obj[k] = f.val
    return obj


TEXT_RENDERERS = {
    "prose": (lambda c, rs_: render_prose(c, rs_), 1, 2, 4.0),
    "dialogue": (lambda c, rs_: render_dialogue(c, rs_[0]), 1, 1, 1.6),
    "bullets": (lambda c, rs_: render_list(c, rs_, False), 1, 2, 1.6),
    "numbered": (lambda c, rs_: render_list(c, rs_, True), 1, 2, 1.0),
    "mdtable": (lambda c, rs_: render_table(c, rs_), 2, 3, 1.4),
    "csv": (lambda c, rs_: render_csv(c, rs_), 2, 4, 1.4),
    "kv": (lambda c, rs_: render_kv(c, rs_[0]), 1, 1, 1.6),
    "letter": (lambda c, rs_: render_letter(c, rs_[0]), 1, 1, 1.3),
    "yaml": (lambda c, rs_: render_yaml(c, rs_), 1, 2, 1.0),
    "ini": (lambda c, rs_: render_ini(c, rs_[0]), 1, 1, 0.7),
    "log": (lambda c, rs_: render_log(c, rs_), 1, 3, 1.3),
    "html": (lambda c, rs_: render_html(c, rs_), 1, 2, 0.9),
    "form": (lambda c, rs_: render_form(c, rs_[0]), 1, 1, 0.9),
    "jsonl": (lambda c, rs_: render_jsonl(c, rs_), 2, 3, 0.6),
    "jsonblock": (lambda c, rs_: render_json_block(c, rs_), 1, 2, 0.5),
}


# ----------------------------------------------------------------------------------------------
# secrets / configuration renderings
# ----------------------------------------------------------------------------------------------
ENV_NAMES = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID", "S3_UPLOAD_KEY_ID", "BACKUP_AWS_KEY"],
    "aws_secret_key": ["AWS_SECRET_ACCESS_KEY", "S3_UPLOAD_SECRET", "BACKUP_AWS_SECRET"],
    "slack": ["SLACK_ALERTS_TOKEN", "NOTIFY_SLACK_BOT", "CHATOPS_TOKEN"],
    "github_pat_classic": ["GH_DEPLOY_TOKEN", "GITHUB_PAT", "RELEASE_BOT_TOKEN"],
    "github_other": ["CI_GITHUB_TOKEN", "GH_APP_TOKEN"],
    "github_pat_fine": ["GITHUB_FINE_PAT", "GH_SYNC_TOKEN"],
    "gitlab": ["GITLAB_API_TOKEN", "GL_READ_TOKEN"],
    "stripe": ["STRIPE_SECRET", "PAYMENTS_SK", "BILLING_STRIPE_KEY"],
    "openai_like": ["LLM_API_KEY", "SUMMARISER_KEY", "OPENAI_KEY"],
    "google_api": ["MAPS_API_KEY", "GEOCODER_KEY", "PLACES_KEY"],
    "jwt": ["SERVICE_JWT", "PORTAL_BEARER"],
    "db_password": ["DB_PASSWORD", "PGPASSWORD", "MYSQL_PWD", "REPORTING_DB_PASS"],
    "dburl": ["DATABASE_URI", "READINGS_DB_URL", "CACHE_URL", "BROKER_URL"],
    "pem": ["SIGNING_KEY", "SFTP_PRIVATE_KEY", "TLS_KEY_PEM"],
}
SECRET_INTRO = {
    "en": ["Config block from the ticket, unedited:", "The integration settings as they were pasted:", "Found these in the deploy notes:",
           "This is what the vendor sent over for the connector:"],
    "de": ["Hier die Konfiguration aus dem Ticket:", "Die Integrationseinstellungen, wie sie eingefügt wurden:", "Das stand in den Deploy-Notizen:"],
    "fr": ["Voici la configuration du ticket :", "Les paramètres d'intégration tels qu'ils ont été collés :", "Trouvé dans les notes de déploiement :"],
    "ru": ["Вот конфигурация из тикета:", "Настройки интеграции в том виде, как их вставили:", "Нашёл в заметках к деплою:"],
}
SECRET_OUTRO = {
    "en": ["Please rotate these before anything else.", "These are live values — revoke them after the fix.", "I'd move all of this into the vault."],
    "de": ["Bitte zuerst rotieren.", "Das sind produktive Werte — nach dem Fix widerrufen."],
    "fr": ["Merci de les renouveler en priorité.", "Ce sont des valeurs de production — à révoquer après correction."],
    "ru": ["Сначала перевыпустите эти ключи.", "Это боевые значения — отзовите их после исправления."],
}
DB_SCHEMES = [("postgresql", 5432), ("postgres", 5432), ("mysql", 3306), ("mariadb", 3306), ("mongodb+srv", None),
              ("redis", 6379), ("amqp", 5672), ("sqlserver", 1433)]


def db_url(ctx, with_ip=False):
    scheme, port = pick(DB_SCHEMES)
    user = pick(["svc_", "app_", "report_", "etl_"]) + ctx.dom.event[:8]
    pw = E("API_KEY", gen_password("url"), sub="db_password")
    if with_ip and scheme != "mongodb+srv":
        host = gen_ipv4()
    else:
        host = pick([f"db-{R.randint(1, 9):02d}.{ctx.org.slug}.internal", f"{ctx.dom.event}-primary.cluster.local",
                     f"cluster0.{rs(LOW + DIG, 5)}.mongodb.net" if scheme == "mongodb+srv" else f"sql.{ctx.org.slug}.lan"])
    db = pick([ctx.dom.coll, "app", "prod", "reporting"])
    tail = f":{port}/{db}" if port else f"/{db}"
    if scheme == "redis":
        return LS(f"{scheme}://:", pw, "@", host, f":{port}/0")
    q = pick(["", "?sslmode=require", "?retryWrites=true&w=majority" if scheme == "mongodb+srv" else "?connect_timeout=10"])
    return LS(f"{scheme}://{user}:", pw, "@", host, tail + q)


TOKEN_KEYS = {"aws_access_key_id": ["aws_key_id", "s3_key_id", "key_id"], "slack": ["bot_token", "slack_bot", "alerts_token"],
              "github_pat_classic": ["gh_token", "repo_token", "deploy_token"], "github_other": ["gh_app_token", "repo_token"],
              "github_pat_fine": ["gh_fine_pat", "deploy_token"], "gitlab": ["gitlab_pat", "registry_token"],
              "stripe": ["stripe_sk", "payments_secret"], "openai_like": ["llm_key", "model_api_key"],
              "google_api": ["maps_key", "geocoder_key"]}


class SItem:
    def __init__(self, sub, val, env, key):
        self.sub, self.val, self.env, self.key = sub, val, env, key


def secret_items(ctx, n, allow_pem=True, pem_nl="\n"):
    items = []
    while len(items) < n:
        k = wpick({"token": 6, "db_password": 1.5, "dburl": 1.7, "jwt": 1.4, "pem": 1.4 if allow_pem else 0})
        if k == "token":
            v = gen_token()
            sub = v.lab.sub
            items.append(SItem(sub, v, pick(ENV_NAMES[sub]), pick(TOKEN_KEYS.get(sub, KEYS["token"]))))
            if sub == "aws_access_key_id" and chance(0.75):
                v2 = gen_token("aws_secret_key")
                items.append(SItem("aws_secret_key", v2, pick(ENV_NAMES["aws_secret_key"]), pick(["secret_key", "aws_secret", "s3_secret"])))
        elif k == "db_password":
            items.append(SItem("db_password", E("API_KEY", gen_password("config"), sub="db_password"), pick(ENV_NAMES["db_password"]),
                               pick(["db_password", "db_pass", "password", "pg_password"])))
        elif k == "dburl":
            items.append(SItem("dburl", db_url(ctx, with_ip=chance(0.15)), pick(ENV_NAMES["dburl"]), pick(KEYS["dburl"])))
        elif k == "jwt":
            items.append(SItem("jwt", gen_jwt(ctx.org.domain), pick(ENV_NAMES["jwt"]), pick(KEYS["jwt"])))
        else:
            items.append(SItem("pem", gen_pem(nl=pem_nl), pick(ENV_NAMES["pem"]), pick(KEYS["pem"])))
    return items


def secret_negs(ctx, n):
    out = []
    for _ in range(n):
        kind = wpick({"NEG_HASH": 3, "NEG_VERSION": 2.5, "NEG_UUID": 1.5, "NEG_EMAILLIKE": 1.2, "NEG_B64": 1, "NEG_TIMESTAMP": 1})
        key = {"NEG_HASH": ["build", "git_rev", "config_sha256", "license_hash"], "NEG_VERSION": ["release", "app_version", "agent_ver"],
               "NEG_UUID": ["tenant_uuid", "instance_id"], "NEG_EMAILLIKE": ["sdk", "client_pkg"], "NEG_B64": ["bundle_sri", "ca_bundle_sri"],
               "NEG_TIMESTAMP": ["rotated_at", "issued"]}[kind]
        v = {"NEG_HASH": lambda: neg_hash(pick(["sha1", "short", "sha256"])), "NEG_VERSION": neg_version, "NEG_UUID": neg_uuid,
             "NEG_EMAILLIKE": lambda: neg_emaillike(ctx.org.slug), "NEG_B64": lambda: neg_b64("sri"), "NEG_TIMESTAMP": neg_ts}[kind]()
        out.append((pick(key), v))
    return out


def render_secrets(ctx) -> LS:
    mode = wpick({"env": 3, "yaml": 2, "props": 1, "json": 1.5, "curl": 1.2, "python": 1, "git": 0.8, "pem": 1.2, "docker": 0.8})
    lang = ctx.lang
    out = LS(pick(SECRET_INTRO[lang]) + "\n\n")
    svc = f"{ctx.dom.event}-{pick(['sync', 'connector', 'gateway', 'export'])}"
    if mode == "env":
        items = secret_items(ctx, R.randint(2, 4), pem_nl="\\n")
        negs = secret_negs(ctx, R.randint(1, 2))
        out.add(pick(["```bash\n", "```dotenv\n", "```\n"]))
        out.add(f"# {svc} ({pick(['staging', 'prod', 'eu-1', 'dr'])})\n")
        lines = [(it.env, it.val, it.sub == "pem") for it in items] + [(style_key(k, "upper"), v, False) for k, v in negs]
        R.shuffle(lines)
        for i, (k, v, quoted) in enumerate(lines):
            if i:
                out.add("\n")
            if quoted or chance(0.25):
                out.add(LS(f'{k}="', v, '"'))
            else:
                out.add(LS(f"{k}=", v))
        out.add("\n```")
    elif mode == "yaml":
        items = secret_items(ctx, R.randint(2, 4), pem_nl="\n      ")
        negs = secret_negs(ctx, R.randint(1, 3))
        out.add("```yaml\n" if chance(0.7) else "")
        out.add(f"{ctx.k(svc.replace('-', '_'))}:\n  endpoint: https://api.{ctx.org.domain}/v{R.randint(1, 3)}\n")
        for k, v in negs[:1]:
            out.add(LS(f"  {ctx.k(k)}: ", ('"', v, '"') if chance(0.5) else v, "\n"))
        out.add(f"  {ctx.k('credentials')}:\n")
        for it in items:
            if it.sub == "pem":
                out.add(LS(f"    {ctx.k(it.key)}: |\n      ", it.val, "\n"))
            else:
                sc = yaml_scalar(it.val)
                out.add(LS(f"    {ctx.k(it.key)}: ", sc, "\n"))
        for k, v in negs[1:]:
            out.add(LS(f"  {ctx.k(k)}: ", ('"', v, '"'), "\n"))
        out.segs[-1] = (out.segs[-1][0].rstrip("\n"), None, False)
        if out.segs[-1][0] == "":
            out.segs.pop()
        if out.text().count("```") == 1:
            out.add("\n```")
    elif mode == "props":
        items = secret_items(ctx, R.randint(2, 3), allow_pem=False)
        negs = secret_negs(ctx, R.randint(1, 2))
        out.add("```properties\n")
        pre = pick(["integration", "app", ctx.dom.event])
        lines = []
        for it in items:
            if it.sub == "db_password":
                lines.append(LS("spring.datasource.password=", it.val))
            elif it.sub == "dburl":
                lines.append(LS(f"{pre}.broker.url=", it.val))
            else:
                lines.append(LS(f"{pre}.{style_key(it.key, 'camel')}=", it.val))
        for k, v in negs:
            lines.append(LS(f"{pre}.{style_key(k, 'camel')}=", v))
        R.shuffle(lines)
        for i, l in enumerate(lines):
            if i:
                out.add("\n")
            out.add(l)
        out.add("\n```")
    elif mode == "json":
        items = secret_items(ctx, R.randint(2, 4))
        negs = secret_negs(ctx, R.randint(1, 2))
        obj = {ctx.k("provider"): pick(["stripe", "s3", "slack", "github", "internal"]), ctx.k("credentials"): {ctx.k(it.key): it.val for it in items}}
        for k, v in negs:
            obj[ctx.k(k)] = v
        out.add(LS("```json\n", jdump({ctx.k("integrations"): [obj]}, JSTYLES[pick(["ind2", "ind4"])]), "\n```"))
    elif mode == "curl":
        jwt = gen_jwt(ctx.org.domain)
        ts = neg_ts("isoz")
        out.add("```\n")
        out.add(LS(f"curl -sS -H \"Authorization: Bearer ", jwt, f"\" \\\n  \"https://api.{ctx.org.domain}/v2/{ctx.dom.coll}?since=", ts, "\""))
        if chance(0.6):
            pw = E("API_KEY", gen_password("url"), sub="password")
            out.add(LS(f"\ncurl -u svc_{ctx.dom.event}:", pw, f" https://files.{ctx.org.domain}/exports/latest.csv"))
        out.add("\n```")
    elif mode == "python":
        tok = gen_token(pick(["stripe", "openai_like", "google_api", "slack"]))
        out.add("```python\n")
        out.add(LS(f"client = {pick(['PaymentsClient', 'Notifier', 'GeoClient', 'Summariser'])}(api_key=\"", tok, "\", timeout=30)\n"))
        if chance(0.6):
            a, s = gen_token("aws_access_key_id"), gen_token("aws_secret_key")
            out.add(LS("s3 = boto3.client(\"s3\", aws_access_key_id=\"", a, "\",\n                  aws_secret_access_key=\"", s, "\")\n"))
        out.add(LS("# pinned: ", neg_emaillike(ctx.org.slug), "\n```"))
    elif mode == "git":
        tok = gen_token(pick(["gitlab", "github_other", "github_pat_classic"]))
        user = "oauth2" if tok.lab.sub == "gitlab" else "x-access-token"
        host = "gitlab" if tok.lab.sub == "gitlab" else "github.com"
        out.add(LS("```\ngit remote set-url origin https://", user, ":", tok, f"@{host}{'.' + ctx.org.domain if host == 'gitlab' else ''}/{ctx.org.slug}/{ctx.dom.event}-tools.git\n"))
        out.add(LS("git checkout ", neg_hash("short"), "\n```"))
    elif mode == "pem":
        pem = gen_pem()
        out.add(LS(pem, "\n\n"))
        out.add(fill(pick({"en": ["Fingerprint of the matching public key: {x}."], "de": ["Fingerabdruck des öffentlichen Schlüssels: {x}."],
                           "fr": ["Empreinte de la clé publique associée : {x}."], "ru": ["Отпечаток открытого ключа: {x}."]}[lang]),
                      x=N("NEG_HASH", "SHA256:" + base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("="))))
    else:
        items = secret_items(ctx, R.randint(2, 3), allow_pem=False)
        ver = neg_version()
        out.add("```\ndocker run -d --name " + svc)
        for it in items:
            out.add(LS(" \\\n  -e ", it.env, "=", it.val))
        out.add(LS(f" \\\n  registry.{ctx.org.slug}.internal/{svc}:", ver, "\n```"))
    out.add("\n\n" + pick(SECRET_OUTRO[lang]))
    return out


# ----------------------------------------------------------------------------------------------
# JSON wrappers
# ----------------------------------------------------------------------------------------------
def _uniq_put(d, key, val):
    k2, i = key, 2
    while k2 in d:
        k2 = f"{key}{i}" if not key[-1:].isdigit() else f"{key}_{i}"
        i += 1
    d[k2] = val


def integration_obj(ctx):
    items = secret_items(ctx, R.randint(1, 3))
    d = {}
    for it in items:
        _uniq_put(d, ctx.k(it.key), it.val)
    for k, v in secret_negs(ctx, 1):
        d[ctx.k(k)] = v
    return d


def w_envelope(ctx, recs):
    k = ctx.k
    res = [rec_obj(ctx, r) for r in recs]
    return {k("ok"): True, k("request_id"): neg_uuid(), k("result"): {k(ctx.dom.coll): res} if len(res) > 1 or chance(0.5) else res[0],
            k("served_at"): neg_ts_bare() if chance(0.3) else neg_ts()}


def w_array(ctx, recs):
    return [rec_obj(ctx, r) for r in recs]


def w_nested(ctx, recs):
    k = ctx.k
    out = {}
    for i, r in enumerate(recs):
        groups = {"profile": {}, "contact": {}, "billing": {}, "audit": {}}
        for f in r.fields:
            g = {"name": "profile", "dob": "profile", "passport": "profile", "snils": "profile", "inn": "profile", "ssn": "profile",
                 "mrn": "profile", "email": "contact", "phone": "contact", "street": "contact", "card": "billing", "iban": "billing",
                 "ip": "audit", "ipv6": "audit", "token": "audit", "password": "audit", "jwt": "audit"}.get(f.concept, "audit" if f.kind == "N" else "profile")
            groups[g][k(f.key)] = f.val.parts(k) if isinstance(f.val, Addr) else f.val
        entry = {k(g): v for g, v in groups.items() if v}
        if chance(0.3):
            out[neg_uuid()] = entry
        else:
            out[k(f"{ctx.dom.event}_{i + 1}")] = entry
    return {k(ctx.dom.event + "_bundle"): out, k("schema_rev"): R.randint(2, 9)}


def w_graphql(ctx, recs):
    edges = [{"cursor": neg_b64("jsonb64"), "node": rec_obj(ctx, r)} for r in recs]
    coll = style_key(ctx.dom.coll, "camel")
    return {"data": {coll: {"edges": edges, "pageInfo": {"hasNextPage": chance(0.5), "endCursor": neg_b64("jsonb64")}}}}


def w_tool(ctx, recs):
    k = ctx.k
    inner = pick([w_envelope, w_array, w_keyed])(ctx, recs)
    inner_style = JSTYLES[pick(["compact", "spaced", "compact"])]
    if chance(0.5):
        return {k("tool_response"): {k("call_ref"): "tr_" + rs(ALNUM, 14), k("tool"): f"lookup_{ctx.dom.event}",
                                     k("output"): JStr(inner, inner_style), k("exit_code"): 0}}
    return {k("step"): R.randint(1, 6), k("thought"): pick(["Fetched the record, summarising next.", "Lookup done."]),
            k("observation"): JStr(inner, inner_style)}


def w_patch(ctx, recs):
    k = ctx.k
    ops = []
    for r in recs:
        for f in r.fields:
            if f.kind == "P":
                continue
            val = f.val.parts(k) if isinstance(f.val, Addr) else f.val
            pk = k(r.role_key + "_address") if isinstance(f.val, Addr) else k(f.key)
            ops.append({"op": pick(["replace", "add"]), "path": f"/{k(r.role_key)}/{pk}", "value": val})
    return {k("op_batch"): ops, k("actor"): neg_uuid(), k("applied_at"): neg_ts()}


def w_keyed(ctx, recs):
    k = ctx.k
    out = {}
    by_email = chance(0.4) and all(any(f.concept == "email" for f in r.fields) for r in recs)
    for r in recs:
        if by_email:
            ef = [f for f in r.fields if f.concept == "email"][0]
            rest = {k(f.key): (f.val.parts(k) if isinstance(f.val, Addr) else f.val) for f in r.fields if f is not ef}
            out[ef.val] = rest
        else:
            keyv = N("NEG_ORDER_ID", pat(pick(["#999999", "BK-99999", "99999999"])))
            out[keyv] = rec_obj(ctx, r)
    return {k("by_mailbox" if by_email else "by_reference"): out, k("count"): len(recs)}


def w_form(ctx, recs):
    k = ctx.k
    answers = []
    for r in recs:
        for f in r.fields:
            answers.append({k("label"): f.label, k("answer"): f.val.inline() if isinstance(f.val, Addr) else f.val})
    return {k("form_ref"): f"{ctx.dom.event}-intake-v{R.randint(2, 7)}", k("submitted"): neg_ts(), k("answers"): answers}


def w_hits(ctx, recs):
    hits = [{"_index": ctx.dom.coll, "_id": neg_uuid(), "_score": round(R.uniform(0.5, 9), 3), "_source": rec_obj(ctx, r)} for r in recs]
    return {"took": R.randint(2, 90), "timed_out": False, "hits": {"total": {"value": len(recs), "relation": "eq"}, "max_score": 1.0, "hits": hits}}


def w_webhook(ctx, recs):
    k = ctx.k
    r = recs[0]
    prev = {}
    for f in r.fields:
        if f.kind == "E" and f.concept in ("email", "phone", "street", "iban", "card") and chance(0.7):
            nv = make_value(f.concept, ctx, r.person)
            prev[k(f.key)] = nv.parts(k) if isinstance(nv, Addr) else nv
    obj = {k("event_type"): f"{ctx.dom.event}.updated", k("occurred"): neg_ts(), k("object"): rec_obj(ctx, r)}
    if prev:
        obj[k("previous_attributes")] = prev
    if len(recs) > 1:
        obj[k("related")] = [rec_obj(ctx, x) for x in recs[1:]]
    return obj


def w_csvrows(ctx, recs):
    k = ctx.k
    cols = recs[0].fields
    rows = []
    for r in recs:
        row = LS()
        for i, f in enumerate(r.fields):
            if i:
                row.add(",")
            row.add(_csv_field(f.text_val(), ",", False))
        rows.append(row)
    return {k("export"): {k("format"): "csv", k("header"): [k(f.key) for f in cols], k("rows"): rows}, k("generated"): neg_ts()}


CONNECTORS = ["stripe-payouts", "s3-archive", "slack-alerts", "github-sync", "geocoder", "summariser", "sftp-drop", "sms-gateway"]


def w_config(ctx, recs):
    k = ctx.k
    conns = []
    for r in recs:
        creds = {}
        for it in secret_items(ctx, R.randint(2, 4)):
            _uniq_put(creds, k(it.key), it.val)
        c = {k("connector"): pick(CONNECTORS), k("endpoint"): f"https://{pick(['api', 'hooks', 'files'])}.{ctx.org.domain}/v{R.randint(1, 4)}",
             k("credentials"): creds}
        for kk, v in secret_negs(ctx, R.randint(1, 2)):
            _uniq_put(c, k(kk), v)
        if chance(0.35) and r.person is not None:
            c[k("owner")] = {k("contact_name"): r.person.v(), k("contact_mailbox"): email_for(r.person, ctx.loc, ctx.org.domain)}
        conns.append(c)
    env = pick(["staging", "production", "eu-west", "sandbox"])
    return {k("environments"): {env: {k("connectors"): conns, k("rendered_at"): neg_ts()}}}


WRAPPERS = {"envelope": (w_envelope, 3), "config": (w_config, 1.0), "array": (w_array, 2), "nested": (w_nested, 1.6), "graphql": (w_graphql, 1.6),
            "tool": (w_tool, 2), "patch": (w_patch, 1), "keyed": (w_keyed, 1.3), "form": (w_form, 1.1),
            "hits": (w_hits, 1.1), "webhook": (w_webhook, 1.2), "csvrows": (w_csvrows, 0.8)}


# ----------------------------------------------------------------------------------------------
# obfuscation
# ----------------------------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
L2C = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "j": "ј", "s": "ѕ",
       "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
L2G = {"A": "Α", "B": "Β", "E": "Ε", "O": "Ο", "o": "ο", "T": "Τ", "K": "Κ", "N": "Ν", "Z": "Ζ"}
C2L = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "А": "A", "В": "B", "Е": "E", "К": "K",
       "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
DIGIT_WORDS = {"en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
               "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
               "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
               "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]}
SYM_WORDS = {"en": {"-": "dash", "+": "plus", ".": "dot", "/": "slash"},
             "de": {"-": "Strich", "+": "plus", ".": "Punkt", "/": "Schrägstrich"},
             "fr": {"-": "tiret", "+": "plus", ".": "point", "/": "barre"},
             "ru": {"-": "дефис", "+": "плюс", ".": "точка", "/": "слэш"}}
AT_WORDS = {"en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
            "de": [(" at ", " Punkt "), ("(at)", "(punkt)"), (" [ät] ", " [Punkt] ")],
            "fr": [(" arobase ", " point "), ("(at)", "(point)"), (" [arobase] ", " [point] ")],
            "ru": [(" собака ", " точка "), ("(at)", "(точка)"), (" [собака] ", " [точка] ")]}

OBF_APPLIES = {
    "zero_width": {"PERSON", "EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "RU_PASSPORT", "RU_SNILS", "RU_INN", "IPV4",
                   "IPV6", "API_KEY", "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "STREET_ADDRESS"},
    "homoglyph": {"PERSON", "EMAIL", "API_KEY", "IBAN", "STREET_ADDRESS", "MEDICAL_RECORD_NUMBER"},
    "fullwidth": {"PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "RU_PASSPORT", "RU_SNILS", "RU_INN", "IPV4", "DATE_OF_BIRTH",
                  "MEDICAL_RECORD_NUMBER", "EMAIL"},
    "spaced": {"PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER", "IPV4"},
    "spelled": {"PHONE", "US_SSN", "RU_PASSPORT", "RU_SNILS", "RU_INN", "CREDIT_CARD", "MEDICAL_RECORD_NUMBER"},
    "words": {"EMAIL"},
    "dotted": {"US_SSN", "CREDIT_CARD", "RU_SNILS", "RU_PASSPORT", "PHONE", "IBAN"},
    "defang": {"IPV4", "IPV6", "EMAIL"},
}
GROUPS = {"US_SSN": [3, 2, 4], "CREDIT_CARD": [4, 4, 4, 4], "RU_SNILS": [3, 3, 3, 2], "RU_PASSPORT": [2, 2, 6], "IBAN": None}


def _zw(s):
    idx = sorted(R.sample(range(1, len(s)), min(len(s) - 1, R.randint(1, 4))), reverse=True)
    for i in idx:
        s = s[:i] + pick(ZW) + s[i:]
    return s


def _homoglyph(s):
    cyr = any("\u0400" <= c <= "\u04ff" for c in s)
    table = C2L if cyr else (L2C if chance(0.8) else {**L2C, **L2G})
    cand = [i for i, c in enumerate(s) if c in table]
    if not cand:
        return s
    chars = list(s)
    for i in R.sample(cand, min(len(cand), R.randint(1, 3))):
        chars[i] = table[chars[i]]
    return "".join(chars)


def _fullwidth(s, partial=False):
    out = []
    for c in s:
        if ("0" <= c <= "9" or "A" <= c <= "Z" or "a" <= c <= "z" or c in "@-.") and (not partial or chance(0.6)):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def _spaced(s):
    toks = [c for c in s if c != " "]
    if chance(0.5):
        return " ".join(toks)
    # keep original grouping with wider gaps
    return "  ".join(" ".join(g) for g in s.split(" ")) if " " in s else " ".join(toks)


def _spelled(s, lang):
    words = DIGIT_WORDS[lang]
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            if lang == "en" and i + 1 < len(s) and s[i + 1] == c and chance(0.35):
                out.append("double " + words[int(c)])
                i += 2
                continue
            out.append("oh" if (lang == "en" and c == "0" and chance(0.3)) else words[int(c)])
        elif c in SYM_WORDS[lang]:
            out.append(SYM_WORDS[lang][c])
        elif c in " ()":
            pass
        elif c == "№":
            out.append({"en": "number", "de": "Nummer", "fr": "numéro", "ru": "номер"}[lang])
        else:
            out.append(c)
        i += 1
    sep = ", " if chance(0.2) else " "
    return sep.join(out)


def _words_email(s, lang):
    at, dot = pick(AT_WORDS[lang])
    local, dom = s.split("@", 1)
    return local + at + dom.replace(".", dot)


def _dotted(s, typ):
    d = "".join(c for c in s if c.isalnum())
    groups = GROUPS.get(typ)
    if typ == "PHONE":
        parts = re.split(r"[ \-/()]+", s.strip())
        parts = [p for p in parts if p]
        if len(parts) < 2:
            return s
        return ".".join(parts)
    if typ == "IBAN":
        groups = [4] * (len(d) // 4) + ([len(d) % 4] if len(d) % 4 else [])
    out, p = [], 0
    for g in groups:
        out.append(d[p:p + g])
        p += g
    if p < len(d):
        out.append(d[p:])
    return ".".join(out)


def _defang(s, typ):
    if typ == "IPV4":
        br = pick(["[.]", "(.)", "{.}", "[dot]"])
        return s.replace(".", br)
    if typ == "IPV6":
        return s.replace(":", pick(["[:]", "(:)"]))
    local, dom = s.split("@", 1)
    return local + pick(["[@]", "(@)", "[at]"]) + dom.replace(".", "[.]")


def obfuscate(v: V, kind: str, lang: str):
    typ = v.lab.type
    if typ not in OBF_APPLIES[kind] or len(v.parts) != 1:
        return None
    s = v.text
    for _ in range(10):
        if kind == "zero_width":
            o = _zw(s)
        elif kind == "homoglyph":
            o = _homoglyph(s)
        elif kind == "fullwidth":
            o = _fullwidth(s, partial=chance(0.25))
        elif kind == "spaced":
            o = _spaced(s)
        elif kind == "spelled":
            if typ == "MEDICAL_RECORD_NUMBER" and not onlydig(s) == s.replace(" ", "").replace("-", ""):
                return None
            o = _spelled(s, lang)
        elif kind == "words":
            o = _words_email(s, lang)
        elif kind == "dotted":
            o = _dotted(s, typ)
        else:
            o = _defang(s, typ)
        if o != s:
            break
    else:
        return None
    if o == s:
        return None
    nv = E(typ, o, sub=v.lab.sub, obf=kind, orig=v.lab.orig)
    return nv


# ----------------------------------------------------------------------------------------------
# sentences without entities (hard negatives only)
# ----------------------------------------------------------------------------------------------
NEGSENT = {
    "en": [("The nightly export finished at {a} (job {b}).", ["NEG_TIMESTAMP", "NEG_UUID"]),
           ("Portal release {a} went live on {b}.", ["NEG_VERSION", "NEG_DATE"]),
           ("Build {a} went out with {b} locked in the lockfile.", ["NEG_HASH", "NEG_EMAILLIKE"]),
           ("The gift card {a} was declined as a payment method, which is expected.", ["NEG_CARDLIKE"]),
           ("Inline logo: {a}", ["NEG_B64"]),
           ("Totals for the period came to {a}.", ["NEG_NUMBER"]),
           ("See {a} for the escalation path.", ["NEG_TITLECASE"]),
           ("Order {a} changed state at {b}.", ["NEG_ORDER_ID", "NEG_TIMESTAMP"]),
           ("The kiosk runs firmware {a}; the previous image was {b}.", ["NEG_VERSION", "NEG_HASH"])],
    "de": [("Der nächtliche Export war um {a} fertig (Job {b}).", ["NEG_TIMESTAMP", "NEG_UUID"]),
           ("Portal-Release {a} ging am {b} live.", ["NEG_VERSION", "NEG_DATE"]),
           ("Build {a} wurde ausgerollt; die Abhängigkeit {b} ist fixiert.", ["NEG_HASH", "NEG_EMAILLIKE"]),
           ("Die Gutscheinkarte {a} wurde als Zahlungsmittel abgelehnt, das ist korrekt.", ["NEG_CARDLIKE"]),
           ("Eingebettetes Logo: {a}", ["NEG_B64"]),
           ("Die Summe für den Zeitraum beträgt {a}.", ["NEG_NUMBER"]),
           ("Eskalation bitte über {a}.", ["NEG_TITLECASE"]),
           ("Vorgang {a} wurde um {b} aktualisiert.", ["NEG_ORDER_ID", "NEG_TIMESTAMP"])],
    "fr": [("L'export de nuit s'est terminé à {a} (tâche {b}).", ["NEG_TIMESTAMP", "NEG_UUID"]),
           ("La version {a} du portail est en ligne depuis le {b}.", ["NEG_VERSION", "NEG_DATE"]),
           ("Le build {a} a été déployé ; la dépendance {b} est figée.", ["NEG_HASH", "NEG_EMAILLIKE"]),
           ("La carte cadeau {a} a été refusée comme moyen de paiement, c'est normal.", ["NEG_CARDLIKE"]),
           ("Logo intégré : {a}", ["NEG_B64"]),
           ("Le total de la période s'élève à {a}.", ["NEG_NUMBER"]),
           ("Escalade via {a}.", ["NEG_TITLECASE"]),
           ("La commande {a} a été mise à jour à {b}.", ["NEG_ORDER_ID", "NEG_TIMESTAMP"])],
    "ru": [("Ночная выгрузка завершилась в {a} (задание {b}).", ["NEG_TIMESTAMP", "NEG_UUID"]),
           ("Релиз портала {a} выкатили {b}.", ["NEG_VERSION", "NEG_DATE"]),
           ("Сборка {a} развёрнута; зависимость {b} зафиксирована.", ["NEG_HASH", "NEG_EMAILLIKE"]),
           ("Подарочную карту {a} отклонили как способ оплаты — так и должно быть.", ["NEG_CARDLIKE"]),
           ("Встроенный логотип: {a}", ["NEG_B64"]),
           ("Итого за период: {a}.", ["NEG_NUMBER"]),
           ("Эскалация через {a}.", ["NEG_TITLECASE"]),
           ("Заказ {a} обновлён в {b}.", ["NEG_ORDER_ID", "NEG_TIMESTAMP"])],
}


def neg_sentence(ctx):
    t, kinds = pick(NEGSENT[ctx.lang])
    vals = [N("NEG_NUMBER", money(ctx.loc)) if k == "NEG_NUMBER" else neg_b64(pick(["png", "jpeg", "svg"])) if k == "NEG_B64"
            else neg_value(k, None, ctx) for k in kinds]
    slots = {"a": vals[0]}
    if len(vals) > 1:
        slots["b"] = vals[1]
    return fill(t, **slots)


# ----------------------------------------------------------------------------------------------
# document shapes
# ----------------------------------------------------------------------------------------------
def rstrip_nl(ls: LS) -> LS:
    while ls.segs and ls.segs[-1][1] is None and ls.segs[-1][0].endswith("\n"):
        t = ls.segs[-1][0].rstrip("\n")
        if t:
            ls.segs[-1] = (t, None, False)
        else:
            ls.segs.pop()
    return ls


def pick_renderer(exclude=()):
    return wpick({k: v[3] for k, v in TEXT_RENDERERS.items() if k not in exclude})


def text_block(ctx, rname=None, n_ent=None, role=None):
    """One rendering of 1-4 records; returns (LS, renderer name)."""
    if rname is None:
        rname = pick_renderer()
    fn, lo, hi, _ = TEXT_RENDERERS[rname]
    n = R.randint(lo, hi)
    if role is None:
        role = "client" if (chance(0.85) or rname in ("letter", "dialogue")) else ("other" if ctx.dom.other and chance(0.6) else "staff")
    if n_ent is None:
        n_ent = R.randint(2, 4) if n == 1 else R.randint(1, 3)
    recs = make_records(ctx, n, role=role, n_ent=n_ent, n_neg=R.randint(1, 2), n_plain=R.randint(0, 1))
    return fn(ctx, recs), rname


def build_chat(ctx):
    lang = ctx.lang
    out = LS()
    if chance(0.45):
        out.add(pick(GREET[lang]) + " ")
    out.add(pick(ctx.dom.intro[lang]))
    if chance(0.07 + ctx.dom.secrets * 0.7):
        body, rname = render_secrets(ctx), "secrets"
    else:
        body, rname = text_block(ctx)
    out.add("\n\n" if rname != "prose" or chance(0.5) else " ")
    out.add(body)
    if chance(0.3):
        out.add("\n\n" + pick(FILLER[lang]))
    if chance(0.35):
        out.add("\n\n")
        out.add(neg_sentence(ctx))
    if chance(0.4):
        out.add("\n\n" + pick(CLOSE[lang]))
    return out, f"r.chat.{ctx.dom.key}.{rname}", "text"


def build_json(ctx, target=None):
    wname = wpick({k: (v[1] + 5 * ctx.dom.secrets if k == "config" else v[1]) for k, v in WRAPPERS.items()})
    fn = WRAPPERS[wname][0]
    same = wname in ("csvrows",) or chance(0.5)
    if target is None:
        n = R.randint(1, 3) if wname != "webhook" else R.randint(1, 2)
        recs = make_records(ctx, n, n_ent=R.randint(2, 5), n_neg=R.randint(1, 3), n_plain=R.randint(0, 2), bare_ok=True, same_schema=same)
        obj = fn(ctx, recs)
        if isinstance(obj, dict) and chance(0.1 + ctx.dom.secrets * 0.7) and wname not in ("graphql", "hits"):
            obj[ctx.k("integration")] = integration_obj(ctx)
    else:
        recs = []
        schema = None
        guard = 0
        while True:
            guard += 1
            if guard > 60:
                break
            r, schema = make_record(ctx, n_ent=R.randint(3, 5), n_neg=R.randint(1, 3), n_plain=R.randint(0, 2), bare_ok=True,
                                    schema=schema if same else None)
            recs.append(r)
            obj = fn(ctx, recs)
            size = len(jdump(obj, JSTYLES[ctx.jstyle]).text())
            if size > target[1] and len(recs) > 1:
                recs.pop()
                obj = fn(ctx, recs)
                if len(jdump(obj, JSTYLES[ctx.jstyle]).text()) >= target[0] * 0.9:
                    break
                continue
            if size >= target[0]:
                break
        if isinstance(obj, dict) and chance(0.25 + ctx.dom.secrets) and wname not in ("graphql", "hits"):
            obj[ctx.k("integration")] = integration_obj(ctx)
    ls = jdump(obj, JSTYLES[ctx.jstyle])
    return ls, f"r.json.{ctx.dom.key}.{wname}", "json", count_jstr(obj)


def section(ctx, kinds=None):
    lang = ctx.lang
    k = wpick(kinds or {"block": 5, "prose": 3, "negpara": 2.2, "secrets": 1.6 + 3 * ctx.dom.secrets, "log": 2, "heading": 1.6, "filler": 1})
    if k == "block":
        b, rname = text_block(ctx, pick_renderer(exclude=("prose",)))
        return LS(pick(ctx.dom.intro[lang]) + "\n\n" if chance(0.3) else "", b), rname
    if k == "prose":
        b, _ = text_block(ctx, "prose")
        return b, "prose"
    if k == "negpara":
        out = LS()
        for i in range(R.randint(1, 3)):
            if i:
                out.add(" ")
            out.add(neg_sentence(ctx))
        if chance(0.5):
            out = LS(pick(FILLER[lang]) + " ", out)
        return out, "negpara"
    if k == "secrets":
        return render_secrets(ctx), "secrets"
    if k == "log":
        recs = make_records(ctx, R.randint(2, 4), n_ent=R.randint(2, 3), n_neg=R.randint(1, 2), n_plain=0)
        return LS("```\n", render_log(ctx, recs), "\n```"), "log"
    if k == "heading":
        if chance(0.45):
            return LS("## ", N("NEG_TITLECASE", pick(ctx.dom.titles.get(lang) or ctx.dom.titles["en"]))), "heading"
        return LS("## " + pick(HEADINGS[lang])), "heading"
    return LS(" ".join(R.sample(FILLER[lang], 2))), "filler"


def build_long(ctx_maker, lo, hi, mixed=False, kinds=None):
    ctx = ctx_maker()
    lang = ctx.lang
    out = LS(f"# {pick(ctx.dom.intro[lang]).rstrip('.')}\n\n")
    used = collections.Counter()
    while len(out) < lo:
        if mixed and chance(0.12):
            ctx = ctx_maker()
        sec, name = section(ctx, kinds)
        if len(out) + len(sec) + 2 > hi:
            if len(out) >= lo * 0.93:
                break
            continue
        used[name] += 1
        out.add(sec)
        out.add("\n\n")
    rstrip_nl(out)
    return out


def build_text4k(ctx):
    ls = build_long(lambda: ctx, 3900, 4700)
    return ls, f"r.text4k.{ctx.dom.key}", "text"


def build_long64k(ctx, locale):
    def maker():
        return Ctx(pick(DOMAINS), locale)
    ls = build_long(maker, 64000, 67500, mixed=True,
                    kinds={"block": 4, "prose": 2.5, "negpara": 5, "secrets": 1.5, "log": 3.5, "heading": 1.6, "filler": 1.2})
    return ls, "r.long64k.mixed", "text"


OBF_CONCEPTS = {"email": 3, "phone": 3, "card": 2, "iban": 2, "ip": 1.6, "ipv6": 0.6, "name": 2.2, "token": 1.3, "ssn": 1.2,
                "passport": 1, "snils": 1, "inn": 1, "dob": 0.8, "mrn": 0.9, "street": 0.5}
OBF_W = {"fullwidth": 2.2, "zero_width": 2.2, "spaced": 2, "homoglyph": 1.3, "words": 0.8, "spelled": 1.0, "dotted": 0.8, "defang": 0.6}
OBF_INTRO = {"en": ["Transcribed from the call recording:", "Copied as-is from the customer's message:", "From the scanned note:", ""],
             "de": ["Aus der Gesprächsaufzeichnung übernommen:", "Wörtlich aus der Kundennachricht:", ""],
             "fr": ["Retranscrit depuis l'enregistrement :", "Copié tel quel depuis le message du client :", ""],
             "ru": ["Расшифровка звонка:", "Скопировано из сообщения клиента как есть:", ""]}


def build_obfuscated(ctx, forced=None):
    lang, loc = ctx.lang, ctx.loc
    n = wpick({1: 3, 2: 4, 3: 2})
    person = Person(loc)
    rk, rlab = ctx.dom.other if ctx.dom.key == "funeral" else ctx.dom.client
    rec = Rec([], person, rlab[lang], rk)
    fields = []
    kinds_used = []
    allowed = set(ctx.dom.ents) | {"name", "email", "phone"} | ({"token"} if ctx.dom.secrets >= 0.2 else set())
    if ctx.dom.key == "funeral":
        allowed |= set(OTHER_ENTS["funeral"])
    wc = {c: concept_weight(c, loc) * w if c not in ("name", "token") else w for c, w in OBF_CONCEPTS.items() if c in allowed}
    tries = 0
    while len(fields) < n and tries < 60:
        tries += 1
        want = forced if (forced and not fields) else wpick(OBF_W)
        concept = wpick(wc)
        if concept == "name":
            v = person.v()
        else:
            v = make_value(concept, ctx, person)
        base = v.street if isinstance(v, Addr) else v
        if forced and not fields and concept == "mrn" and want == "spelled" and base.lab.sub not in ("numeric", "nhs"):
            continue
        ov = obfuscate(base, want, lang)
        if ov is None:
            continue
        if isinstance(v, Addr):
            v.street = ov
            val = v
        else:
            val = ov
        key = concept_key(ctx, concept, rk, base) if concept != "name" else f"{rk}_name"
        fields.append(F(concept, concept_label(ctx, concept, base) if concept != "name" else cap(rlab[lang]), key, val, "E"))
        kinds_used.append(want)
        wc.pop(concept, None)
    if forced and (not kinds_used or kinds_used[0] != forced):
        raise AssertionError(f"could not force obfuscation {forced}")
    rec.fields = fields
    style = pick(["prose", "prose", "kv", "dialogue"])
    out = LS()
    intro = pick(OBF_INTRO[lang])
    if intro:
        out.add(intro + ("\n" if chance(0.5) else " "))
    if style == "prose":
        out.add(render_prose(ctx, [rec]))
    elif style == "kv":
        out.add(render_kv(ctx, rec))
    else:
        out.add(render_dialogue(ctx, rec))
    if chance(0.3):
        out.add(" " if style == "prose" else "\n")
        out.add(neg_sentence(ctx))
    return out, f"r.obf.{ctx.dom.key}.{style}", "text"


def chunkify(text):
    mode = pick(["small", "mixed", "large"])
    out, i = [], 0
    while i < len(text):
        if mode == "small":
            n = R.randint(1, 6)
        elif mode == "large":
            n = R.randint(8, 16)
        else:
            n = R.choice([1, 2, 3, 4, 5, 7, 9, 12, 16])
        out.append(text[i:i + n])
        i += n
    return out


# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
LEAK_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
LEAK_DIGITS = re.compile(r"(?<![\d])(?:\d[ \-]?){12,18}\d(?![\d])")


class ValidationError(Exception):
    pass


def _fail(doc, msg):
    raise ValidationError(f"{doc['id']}: {msg}")


def _unescape_variants(orig):
    yield orig
    e1 = jesc(orig)
    yield e1
    yield jesc(e1)


def check_entity_value(doc, e):
    typ, sub, orig, val = e["type"], e.get("sub"), e["_orig"], e["value"]
    if "obf" not in e and "core" not in e and typ not in ("RU_PASSPORT", "RU_SNILS", "MEDICAL_RECORD_NUMBER"):
        if val not in set(_unescape_variants(orig)):
            _fail(doc, f"value/orig mismatch {typ} {val!r} {orig!r}")
    if typ == "CREDIT_CARD":
        d = onlydig(orig)
        if not luhn_ok(d):
            _fail(doc, f"card not Luhn-valid {orig}")
        ok = {"visa": d[0] == "4" and len(d) == 16, "mastercard": len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720),
              "amex": d[:2] in ("34", "37") and len(d) == 15, "discover": len(d) == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649),
              "jcb": len(d) == 16 and 3528 <= int(d[:4]) <= 3589, "mir": len(d) == 16 and 2200 <= int(d[:4]) <= 2204}[sub]
        if not ok:
            _fail(doc, f"card brand mismatch {sub} {orig}")
    elif typ == "IBAN":
        if not iban_ok(orig):
            _fail(doc, f"IBAN invalid {orig}")
        if not sub.startswith(orig[:2]):
            _fail(doc, "IBAN sub")
    elif typ == "US_SSN":
        if not ssn_ok(onlydig(orig)):
            _fail(doc, f"SSN invalid {orig}")
    elif typ == "RU_INN":
        if not inn_ok(orig):
            _fail(doc, f"INN invalid {orig}")
        if sub.endswith("json_number"):
            if "obf" in e:
                _fail(doc, "bare INN obfuscated")
            if doc["text"][e["start"] - 1] == '"' or doc["format"] != "json":
                _fail(doc, "json_number INN not bare")
    elif typ == "RU_SNILS":
        if not snils_ok(orig):
            _fail(doc, f"SNILS invalid {orig}")
        if "obf" not in e and onlydig(val) != orig:
            _fail(doc, "SNILS value mismatch")
    elif typ == "RU_PASSPORT":
        if len(orig) != 10 or not orig.isdigit() or ("obf" not in e and onlydig(val) != orig):
            _fail(doc, f"passport {orig} {val}")
    elif typ == "MEDICAL_RECORD_NUMBER":
        if sub == "nhs" and not nhs_ok(onlydig(orig)):
            _fail(doc, f"NHS invalid {orig}")
        if "obf" not in e and sub == "nhs" and onlydig(val) != orig:
            _fail(doc, "NHS value mismatch")
        if "obf" not in e and sub != "nhs" and val not in set(_unescape_variants(orig)):
            _fail(doc, "MRN value mismatch")
    elif typ == "IPV4":
        ipaddress.IPv4Address(orig)
    elif typ == "IPV6":
        ipaddress.IPv6Address(orig)
    elif typ == "EMAIL":
        if not EMAIL_RE.match(orig):
            _fail(doc, f"email {orig}")
    elif typ == "API_KEY":
        if sub == "jwt":
            parts = orig.split(".")
            if len(parts) != 3:
                _fail(doc, "jwt parts")
            json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
        elif sub.startswith("pem_"):
            cs, ce = e["core"]
            core = doc["text"][cs:ce]
            body = re.sub(r"\\\\n|\\n|\s", "", core)
            try:
                base64.b64decode(body, validate=True)
            except Exception:
                _fail(doc, "PEM body not base64")
            if "BEGIN" not in val or "END" not in val:
                _fail(doc, "PEM armour")
        elif sub == "aws_access_key_id" and not re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", orig):
            _fail(doc, "aws id")
    elif typ == "PHONE":
        if len(onlydig(orig)) < 9:
            _fail(doc, f"phone too short {orig}")


def validate(doc, n_jstr=0):
    text = doc["text"]
    ents, negs = doc["entities"], doc["negatives"]
    for lst in (ents, negs):
        for x in lst:
            if not (0 <= x["start"] < x["end"] <= len(text)):
                _fail(doc, f"bad span {x}")
            if text[x["start"]:x["end"]] != x["value"]:
                _fail(doc, f"span/value mismatch {x}")
            if x["value"] != x["value"].strip():
                _fail(doc, f"value has outer whitespace {x!r}")
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            _fail(doc, f"overlapping entities {a['value']!r} / {b['value']!r}")
    allspans = sorted([(x["start"], x["end"], "E") for x in ents] + [(x["start"], x["end"], "N") for x in negs] +
                      [(s, e, "I") for s, e in doc["ignore"]])
    for a, b in zip(allspans, allspans[1:]):
        if b[0] < a[1]:
            _fail(doc, f"overlapping labelled spans {a} {b}")
    for e in ents:
        if "core" in e:
            cs, ce = e["core"]
            if not (e["start"] <= cs < ce <= e["end"]):
                _fail(doc, "core outside entity")
        check_entity_value(doc, e)
        if e.get("obf") and e["value"] == e["_orig"]:
            _fail(doc, "obfuscation changed nothing")
    for n in negs:
        if n["type"] == "NEG_CARDLIKE":
            d = onlydig(n["value"])
            if luhn_ok(d) or not 13 <= len(d) <= 19:
                _fail(doc, f"card-like negative is Luhn-valid {n['value']}")
    if doc["format"] == "json":
        try:
            parsed = json.loads(text)
        except Exception as ex:
            _fail(doc, f"JSON does not parse: {ex}")
        found = []

        def walk(o):
            if isinstance(o, dict):
                for v in o.values():
                    walk(v)
            elif isinstance(o, list):
                for v in o:
                    walk(v)
            elif isinstance(o, str) and o[:1] in "{[" and o[-1:] in "}]":
                try:
                    inner = json.loads(o)
                except Exception as ex:
                    _fail(doc, f"double-encoded payload does not parse: {ex}")
                found.append(1)
                walk(inner)
        walk(parsed)
        if len(found) < n_jstr:
            _fail(doc, f"expected {n_jstr} double-encoded payloads, found {len(found)}")
    if doc["shape"] == "stream":
        if "".join(doc["chunks"]) != text:
            _fail(doc, "chunks do not join to text")
        if any(not 1 <= len(c) <= 16 for c in doc["chunks"]):
            _fail(doc, "chunk size")
    # nothing PII-looking left unlabelled
    mask = [False] * len(text)
    for s, e, _ in allspans:
        for i in range(s, e):
            mask[i] = True
    for m in LEAK_EMAIL.finditer(text):
        if not any(mask[m.start():m.end()]):
            _fail(doc, f"unlabelled e-mail-like string {m.group()!r}")
    for m in LEAK_DIGITS.finditer(text):
        d = onlydig(m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not any(mask[m.start():m.end()]):
            _fail(doc, f"unlabelled Luhn-valid number {m.group()!r}")
    for m in re.finditer(r"(AKIA|ASIA)[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|xox[bp]-|glpat-|AIza[0-9A-Za-z_\-]{35}|sk_live_", text):
        if not mask[m.start()]:
            _fail(doc, f"unlabelled secret-like string {m.group()!r}")


# ----------------------------------------------------------------------------------------------
# composition
# ----------------------------------------------------------------------------------------------
SHAPE_COUNTS = {"chat": 188, "json": 104, "stream": 52, "obfuscated": 52, "json4k": 31, "text4k": 21, "long64k": 2}
LOC_W = {"en_US": 709, "ru_RU": 459, "de_DE": 365, "en_GB": 340, "fr_FR": 283}
STREAM_BASE = {"chat": 25, "json": 14, "text4k": 10, "obfuscated": 3}


def quota(n, weights):
    tot = sum(weights.values())
    raw = {k: n * w / tot for k, w in weights.items()}
    q = {k: int(v) for k, v in raw.items()}
    rest = n - sum(q.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - q[k]), k))[:rest]:
        q[k] += 1
    return q


def plan_locales(n):
    q = quota(n, LOC_W)
    lst = [loc for loc in LOCALES for _ in range(q[loc])]
    R.shuffle(lst)
    return lst


def obf_plan(locs):
    """forced obfuscation kind for the first entity of each obfuscated doc."""
    forced = [None] * len(locs)
    idx = list(range(len(locs)))
    R.shuffle(idx)
    for lang in ("en", "de", "fr", "ru"):
        cand = [i for i in idx if LANG[locs[i]] == lang and forced[i] is None]
        for i in cand[:2]:
            forced[i] = "spelled"
    rest = [i for i in idx if forced[i] is None]
    kinds = ["fullwidth", "zero_width", "spaced", "homoglyph", "words", "dotted", "defang"]
    j = 0
    for kind in kinds:
        for _ in range(4):
            if j < len(rest):
                forced[rest[j]] = kind
                j += 1
    return forced


def make_doc(idx, seed, shape, loc, dom, forced_obf=None, base_shape=None):
    ctx = Ctx(dom, loc)
    n_jstr = 0
    real = base_shape or shape
    if real == "chat":
        ls, tmpl, fmt = build_chat(ctx)
    elif real == "json":
        ls, tmpl, fmt, n_jstr = build_json(ctx)
    elif real == "json4k":
        ls, tmpl, fmt, n_jstr = build_json(ctx, target=(3900, 4800))
    elif real == "text4k":
        ls, tmpl, fmt = build_text4k(ctx)
    elif real == "long64k":
        ls, tmpl, fmt = build_long64k(ctx, loc)
    elif real == "obfuscated":
        ls, tmpl, fmt = build_obfuscated(ctx, forced_obf)
    else:
        raise KeyError(real)
    text, ents, negs, ign = finalize(ls)
    doc = {"id": f"probe_r-{seed}-{shape}-{idx:04d}", "split": "probe_r", "shape": shape}
    if shape == "stream":
        doc["base_shape"] = base_shape
    doc.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": tmpl, "domain": dom.key if real != "long64k" else "mixed",
                "text": text})
    if shape == "stream":
        doc["chunks"] = chunkify(text)
    doc.update({"entities": ents, "negatives": negs, "ignore": ign})
    validate(doc, n_jstr)
    for e in ents:
        del e["_orig"]
    return doc


def generate(seed):
    init_rng(seed)
    docs = []
    dom_cycle = []
    total = sum(SHAPE_COUNTS.values())
    while len(dom_cycle) < total:
        block = DOMAINS[:]
        R.shuffle(block)
        dom_cycle.extend(block)
    di = 0
    for shape, n in SHAPE_COUNTS.items():
        locs = plan_locales(n)
        if shape == "long64k":
            locs = ["en_US", pick(["de_DE", "fr_FR", "ru_RU", "en_GB"])]
        forced = obf_plan(locs) if shape == "obfuscated" else [None] * n
        bases = []
        if shape == "stream":
            bases = [b for b, c in STREAM_BASE.items() for _ in range(c)]
            R.shuffle(bases)
        for i in range(n):
            dom = dom_cycle[di]
            di += 1
            base = bases[i] if shape == "stream" else None
            docs.append(make_doc(i, seed, shape, locs[i], dom, forced_obf=forced[i], base_shape=base))
    return docs


def summary(docs):
    c = collections.OrderedDict()
    c["docs"] = len(docs)
    c["by_shape"] = dict(collections.Counter(d["shape"] for d in docs))
    c["by_locale"] = dict(collections.Counter(d["locale"] for d in docs))
    c["by_shape_locale"] = {f"{s}/{l}": n for (s, l), n in sorted(collections.Counter((d["shape"], d["locale"]) for d in docs).items())}
    c["stream_base"] = dict(collections.Counter(d["base_shape"] for d in docs if d["shape"] == "stream"))
    c["by_domain"] = dict(sorted(collections.Counter(d["domain"] for d in docs).items()))
    c["entities"] = dict(collections.Counter(e["type"] for d in docs for e in d["entities"]).most_common())
    c["entity_subs"] = {f"{t}/{s}": n for (t, s), n in sorted(collections.Counter((e["type"], e.get("sub")) for d in docs for e in d["entities"]).items(), key=lambda x: (x[0][0], str(x[0][1])))}
    c["negatives"] = dict(collections.Counter(n["type"] for d in docs for n in d["negatives"]).most_common())
    c["obfuscated"] = dict(collections.Counter(e["obf"] for d in docs for e in d["entities"] if "obf" in e).most_common())
    c["obf_spelled_by_lang"] = dict(collections.Counter(d["lang"] for d in docs for e in d["entities"] if e.get("obf") == "spelled"))
    c["templates"] = len(set(d["template"] for d in docs))
    c["chars_total"] = sum(len(d["text"]) for d in docs)
    c["ignore_spans"] = sum(len(d["ignore"]) for d in docs)
    c["neg_adjacent_share"] = _adjacency(docs)
    return c


def _adjacency(docs):
    """share of negatives that lie within 40 characters of an entity."""
    near = tot = 0
    for d in docs:
        for n in d["negatives"]:
            tot += 1
            if any(abs(n["start"] - e["end"]) <= 40 or abs(e["start"] - n["end"]) <= 40 for e in d["entities"]):
                near += 1
    return round(near / max(1, tot), 3)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true", help="print the composition summary as JSON to stdout")
    a = ap.parse_args()
    docs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    s = summary(docs)
    if a.summary:
        print(json.dumps(s, ensure_ascii=False, indent=1))
    else:
        print(f"wrote {len(docs)} docs to {a.out}: shapes {s['by_shape']} entities {sum(s['entities'].values())} "
              f"negatives {sum(s['negatives'].values())}", file=sys.stderr)


if __name__ == "__main__":
    main()
