#!/usr/bin/env python3
"""Probe AA: held-out PII corpus for HR, recruiting and education text.

Documents an LLM assistant writes or quotes for recruiters, HR teams and schools:
CV rewrites, cover letters, ATS exports (JSON/CSV), interview debriefs, references, offers,
onboarding checklists, payroll queries, sick notes, reviews, org charts, report cards,
transcripts, enrolment JSON, LMS gradebooks, support tickets, alumni notes, HRIS configs.

Schema: /work/shared/pii-bench/README.md.  Standard library + Faker only; deterministic per --seed.

    PYTHONPATH=/tmp/faker-site python3 make_probe_aa.py --seed 7070 --out /tmp/probe_aa.jsonl --summary
"""
import argparse
import datetime
import json
import re
import string
import sys
import unicodedata
from collections import Counter
from random import Random

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

LOCALES = [("en_US", 0.25), ("en_GB", 0.17), ("de_DE", 0.20), ("fr_FR", 0.18), ("ru_RU", 0.20)]
LOC_LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
SHAPE_COUNTS = [("chat", 200), ("json", 110), ("json4k", 34), ("text4k", 22), ("long64k", 2),
                ("stream", 56), ("obfuscated", 56)]
TODAY = datetime.date(2025, 3, 1)
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
        "A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e",
        "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
UNHOMO = {v: k for k, v in HOMO.items()}
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch  y  e yu ya".split(" ")))
JOB_TITLES = ["Senior Data Engineer", "Talent Acquisition Partner", "People Operations Lead", "Graduate Software Developer",
              "Head of Learning", "Payroll Specialist", "Customer Success Manager", "Teaching Assistant",
              "Marketing Coordinator", "Lab Technician", "Finance Business Partner", "Site Reliability Engineer"]
COURSES = [("CS-2140", "Data Structures"), ("MATH-221", "Linear Algebra"), ("CHEM-310", "Organic Chemistry"),
           ("ECON-105", "Principles of Microeconomics"), ("HIST-240", "Modern European History"),
           ("BIO-118", "Cell Biology"), ("PSY-201", "Research Methods"), ("ENG-330", "Creative Writing"),
           ("PHY-150", "Classical Mechanics"), ("LAW-410", "Employment Law")]
SUBJECTS = {"en": ["Mathematics", "English", "Science", "History", "Art", "Physical Education", "French"],
            "de": ["Mathematik", "Deutsch", "Englisch", "Biologie", "Geschichte", "Sport", "Kunst"],
            "fr": ["Mathématiques", "Français", "Anglais", "Histoire-géographie", "SVT", "EPS", "Physique-chimie"],
            "ru": ["Математика", "Русский язык", "Литература", "История", "Физика", "Английский язык", "Химия"]}
DEPTS = ["People Operations", "Talent Acquisition", "Student Services", "Finance Shared Services", "Learning Technology"]


# ----------------------------------------------------------------------------------------------
# checksums and identifier generators
# ----------------------------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix_body):
    for c in "0123456789":
        if luhn_ok(prefix_body + c):
            return prefix_body + c
    raise AssertionError


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def iban_make(cc, bban):
    t = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in t)) % 97
    return f"{cc}{chk:02d}{bban}"


def ssn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and s != 0


def nhs_check(d9):
    r = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(d9)) % 11
    return 0 if r == 11 else (None if r == 10 else r)


def nhs_ok(d):
    return bool(re.fullmatch(r"\d{10}", d)) and nhs_check(d[:9]) == int(d[9])


def snils_check(d9):
    s = sum(int(ch) * (9 - i) for i, ch in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def snils_ok(d):
    return bool(re.fullmatch(r"\d{11}", d)) and int(d[:9]) > 1001998 and snils_check(d[:9]) == int(d[9:])


def _inn_digit(ds, w):
    return sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(d):
    if re.fullmatch(r"\d{10}", d):
        return _inn_digit(d, W10) == int(d[9])
    if re.fullmatch(r"\d{12}", d):
        return _inn_digit(d, W11) == int(d[10]) and _inn_digit(d, W12) == int(d[11])
    return False


class Ids:
    """Random identifiers (valid checksums) drawn from one Random."""

    def __init__(self, r):
        self.r = r

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def card(self, brand):
        r = self.r
        pre, n = {"visa": ("4", 16), "mastercard": (r.choice(["51", "53", "55", "2221", "2720"]), 16),
                  "amex": (r.choice(["34", "37"]), 15), "discover": ("6011", 16),
                  "mir": ("220" + str(r.randint(0, 4)), 16)}[brand]
        num = luhn_complete(pre + self.digits(n - len(pre) - 1))
        style = r.choice(["spaces", "spaces", "dashes", "plain"])
        if brand == "amex":
            g = [num[:4], num[4:10], num[10:]]
        else:
            g = [num[i:i + 4] for i in range(0, 16, 4)]
        return {"spaces": " ".join(g), "dashes": "-".join(g), "plain": num}[style]

    def cardlike(self):
        while True:
            num = self.r.choice("3456789") + self.digits(15)
            if not luhn_ok(num):
                break
        return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.6 else num

    def iban(self, cc):
        r, d = self.r, self.digits
        if cc == "DE":
            bban = d(18)
        elif cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI"]) + d(14)
        elif cc == "NL":
            bban = r.choice(["ABNA", "RABO", "INGB"]) + d(10)
        elif cc == "AT":
            bban = d(16)
        elif cc == "CH":
            bban = d(17)
        elif cc == "FR":
            bank, branch, acct = d(5), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "BE":
            body = d(10)
            k = int(body) % 97 or 97
            bban = f"{body}{k:02d}"
        elif cc == "ES":
            bank, branch, acct = d(4), d(4), d(10)
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

            def dc(x):
                v = 11 - sum(int(a) * b for a, b in zip(x, w)) % 11
                return {11: 0, 10: 1}.get(v, v)
            bban = f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
        else:
            raise ValueError(cc)
        iban = iban_make(cc, bban)
        if r.random() < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), f"{cc}_grouped"
        return iban, f"{cc}_compact"

    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        d = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        style = r.choice(["dashed"] * 5 + ["plain", "spaced"])
        v = {"dashed": f"{d[:3]}-{d[3:5]}-{d[5:]}", "plain": d, "spaced": f"{d[:3]} {d[3:5]} {d[5:]}"}[style]
        return v, style

    def nhs(self):
        while True:
            d9 = str(self.r.randint(4, 7)) + self.digits(8)
            c = nhs_check(d9)
            if c is not None:
                d = d9 + str(c)
                return (f"{d[:3]} {d[3:6]} {d[6:]}" if self.r.random() < 0.7 else d), "nhs"

    def snils(self):
        while True:
            d9 = self.digits(9)
            if int(d9) > 1001998:
                break
        d = d9 + f"{snils_check(d9):02d}"
        style = self.r.choice(["formatted"] * 4 + ["plain", "dashed"])
        v = {"formatted": f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", "plain": d, "dashed": f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}"}[style]
        return v, style

    def inn(self, n=12):
        if n == 10:
            d = self.r.choice(["77", "78", "50", "66", "54"]) + self.digits(7)
            return d + str(_inn_digit(d, W10)), "inn10"
        d = self.r.choice(["77", "78", "50", "66", "54", "16"]) + self.digits(8)
        d += str(_inn_digit(d, W11))
        return d + str(_inn_digit(d, W12)), "inn12"

    def passport(self):
        s = f"{self.r.randint(1, 99):02d}{self.r.randint(0, 24):02d}"
        n = str(self.r.randint(100000, 999999))
        style = self.r.choice(["spaced", "spaced", "series_number", "plain"])
        return {"spaced": f"{s[:2]} {s[2:]} {n}", "series_number": f"{s} {n}", "plain": s + n}[style], style

    def mrn(self, kind):
        r = self.r
        if kind == "numeric":
            return self.digits(r.choice([7, 8, 9])), "numeric"
        if kind == "prefixed":
            return r.choice(["OHR-", "OH", "MRN-", "HC"]) + self.digits(r.choice([6, 7, 8])), "prefixed"
        return f"{r.choice(['SHC', 'SH', 'MC'])}{self.digits(6)}-{self.alnum(2, string.ascii_uppercase)}", "alnum"

    def api_key(self, kind):
        a, up = self.alnum, string.ascii_uppercase
        if kind == "aws_access_key_id":
            return "AKIA" + a(16, up + "234567")
        if kind == "aws_secret_key":
            return a(40, string.ascii_letters + string.digits + "/+")
        if kind == "slack":
            return f"xoxb-{self.digits(12)}-{self.digits(13)}-{a(24)}"
        if kind == "github_pat_classic":
            return "ghp_" + a(36)
        if kind == "sendgrid":
            return f"SG.{a(22, string.ascii_letters + string.digits + '-_')}.{a(43, string.ascii_letters + string.digits + '-_')}"
        if kind == "stripe":
            return "sk_live_" + a(24)
        if kind == "jwt":
            b64 = string.ascii_letters + string.digits + "-_"
            return f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{a(self.r.randint(60, 110), b64)}.{a(43, b64)}"
        if kind == "bearer_hex":
            return a(40, "0123456789abcdef")
        if kind == "password":
            return a(self.r.randint(12, 20), string.ascii_letters + string.digits + "!#%*-_") + self.r.choice("!#%*")
        raise ValueError(kind)

    def ipv4(self):
        r = self.r
        while True:
            a = r.randint(11, 223)
            if a not in (127, 169, 172, 192):
                return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    def ipv6(self):
        r = self.r
        head = r.choice(["2001:db8", "2a02:6b8", "2a01:4f8", "2600:1f18", "2001:67c"])
        tail = [f"{r.randint(0, 0xffff):x}" for _ in range(r.choice([2, 3, 6]))]
        return head + (":" + ":".join(tail) if len(tail) == 6 else "::" + ":".join(tail))

    def uuid(self):
        h = f"{self.r.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[self.r.randint(0, 3)]}{h[17:20]}-{h[20:]}"

    def hexs(self, n):
        return self.alnum(n, "0123456789abcdef")


# ----------------------------------------------------------------------------------------------
# labelled text builder and JSON serializer with offsets
# ----------------------------------------------------------------------------------------------
class Lab:
    """A labelled leaf: kind 'e' (entity), 'n' (negative), 'i' (ignore span)."""
    __slots__ = ("kind", "typ", "val", "sub", "obf")

    def __init__(self, kind, typ, val, sub=None, obf=None):
        self.kind, self.typ, self.val, self.sub, self.obf = kind, typ, val, sub, obf


def E(typ, val, sub=None, obf=None):
    return Lab("e", typ, val, sub, obf)


def N(typ, val):
    return Lab("n", typ, val)


def I(val):  # noqa: E743 - short name on purpose, mirrors E/N
    return Lab("i", None, val)


class S(list):
    """A JSON string value made of str / Lab segments."""


class B:
    def __init__(self):
        self.parts, self.n, self.ents, self.negs, self.ign = [], 0, [], [], []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)
        return self

    def lab(self, lab, shown=None):
        shown = lab.val if shown is None else shown
        s = self.n
        self.t(shown)
        if lab.kind == "e":
            d = {"type": lab.typ, "start": s, "end": self.n}
            if lab.sub:
                d["sub"] = lab.sub
            if lab.obf:
                d["obf"] = lab.obf
            d["value"] = shown
            self.ents.append(d)
        elif lab.kind == "n":
            self.negs.append({"type": lab.typ, "start": s, "end": self.n, "value": shown})
        else:
            self.ign.append([s, self.n])
        return self

    def put(self, x):
        if isinstance(x, str):
            self.t(x)
        elif isinstance(x, Lab):
            self.lab(x, str(x.val))
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.put(y)
        else:
            raise TypeError(x)
        return self

    def fill(self, tpl, slots):
        pos = 0
        for m in re.finditer(r"\{([a-z][a-z0-9_]*)\}", tpl):
            self.t(tpl[pos:m.start()])
            self.put(slots[m.group(1)])
            pos = m.end()
        self.t(tpl[pos:])
        return self

    def extend(self, o):
        off = self.n
        for d in o.ents:
            self.ents.append(dict(d, start=d["start"] + off, end=d["end"] + off))
        for d in o.negs:
            self.negs.append(dict(d, start=d["start"] + off, end=d["end"] + off))
        for s, e in o.ign:
            self.ign.append([s + off, e + off])
        self.t(o.text())
        return self

    def text(self):
        return "".join(self.parts)


def _esc(s, asc):
    return json.dumps(s, ensure_ascii=asc)[1:-1]


def jdump(b, obj, ind, seps, asc, lvl=0):
    if isinstance(obj, dict) or (isinstance(obj, list) and not isinstance(obj, S)):
        items = list(obj.items()) if isinstance(obj, dict) else list(obj)
        o, c = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            b.t(o + c)
            return
        b.t(o)
        for i, it in enumerate(items):
            if i:
                b.t(seps[0])
            if ind is not None:
                b.t("\n" + " " * (ind * (lvl + 1)))
            if isinstance(obj, dict):
                b.t(json.dumps(it[0], ensure_ascii=asc) + seps[1])
                it = it[1]
            jdump(b, it, ind, seps, asc, lvl + 1)
        if ind is not None:
            b.t("\n" + " " * (ind * lvl))
        b.t(c)
    elif isinstance(obj, S):
        b.t('"')
        for seg in obj:
            if isinstance(seg, Lab):
                b.lab(seg, _esc(seg.val, asc))
            else:
                b.t(_esc(seg, asc))
        b.t('"')
    elif isinstance(obj, Lab):
        if isinstance(obj.val, str):
            b.t('"')
            b.lab(obj, _esc(obj.val, asc))
            b.t('"')
        else:
            b.lab(obj, json.dumps(obj.val))
    else:
        b.t(json.dumps(obj, ensure_ascii=asc))


def plain(obj):
    if isinstance(obj, Lab):
        return obj.val
    if isinstance(obj, S):
        return "".join(plain(x) if isinstance(x, Lab) else x for x in obj)
    if isinstance(obj, dict):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [plain(x) for x in obj]
    return obj


def plain_text(x):
    """Text form of a slot value (str / Lab / list)."""
    if isinstance(x, Lab):
        return str(x.val)
    if isinstance(x, (list, tuple)):
        return "".join(plain_text(y) for y in x)
    return x


# ----------------------------------------------------------------------------------------------
# per-document context: people, dates, negatives
# ----------------------------------------------------------------------------------------------
class Person:
    __slots__ = ("first", "last", "mid", "male", "dob", "loc")

    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def deaccent(s):
    s = s.lower()
    if any("\u0400" <= ch <= "\u04ff" for ch in s):
        s = "".join(TRANSLIT.get(ch, ch) for ch in s)
    s = s.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch in string.ascii_lowercase)


class Ctx:
    def __init__(self, r, fakers, loc, lang):
        self.r, self.loc, self.lang = r, loc, lang
        self.nlang = LOC_LANG[loc]
        self.f = fakers[loc]
        self.ids = Ids(r)
        self.company = self.f.company()
        self.cdomain = self.f.domain_name()
        self.jfmt, self.long_text = (None, (", ", ": "), False), False

    def ch(self, seq):
        return self.r.choice(seq)

    # ---- people --------------------------------------------------------------------------
    def person(self, age=(22, 61)):
        f, r = self.f, self.r
        male = r.random() < 0.5
        first = f.first_name_male() if male else f.first_name_female()
        last = (f.last_name_male() if male else f.last_name_female()) if self.loc == "ru_RU" else f.last_name()
        mid = (f.middle_name_male() if male else f.middle_name_female()) if self.loc == "ru_RU" else ""
        years = r.randint(*age)
        dob = TODAY - datetime.timedelta(days=365 * years + r.randint(0, 364))
        return Person(first=first, last=last, mid=mid, male=male, dob=dob, loc=self.loc)

    def name(self, p, style=None):
        r, sub = self.r, self.nlang
        if self.loc == "ru_RU":
            style = style or r.choice(["fio", "fio", "fi", "fi", "fio_init", "if"])
            v = {"fio": f"{p.last} {p.first} {p.mid}", "fi": f"{p.first} {p.last}",
                 "fio_init": f"{p.last} {p.first[0]}. {p.mid[0]}.", "if": f"{p.last} {p.first}"}[style]
        else:
            style = style or r.choice(["fl"] * 6 + ["lf", "fml"])
            if style == "fml" and self.nlang != "en":
                style = "fl"
            v = {"fl": f"{p.first} {p.last}", "lf": f"{p.last}, {p.first}",
                 "fml": f"{p.first} {r.choice(string.ascii_uppercase)}. {p.last}"}[style]
        return E("PERSON", v, sub)

    def one(self, word):
        return E("PERSON", word, self.nlang + "_one")

    def email(self, p, work=None):
        r = self.r
        fi, la = deaccent(p.first), deaccent(p.last)
        work = r.random() < 0.5 if work is None else work
        dom = self.cdomain if work else self.f.free_email_domain()
        local = r.choice([f"{fi}.{la}", f"{fi[0]}.{la}", f"{fi}{la}{r.randint(1, 99)}", f"{la}.{fi}", f"{fi}_{la}"])
        return E("EMAIL", f"{local}@{dom}")

    def phone(self):
        r, d, loc = self.r, self.ids.digits, self.loc
        intl = r.random() < 0.5
        if loc == "en_US":
            a = f"{r.randint(2, 9)}{r.randint(0, 9)}{r.randint(0, 9)}"
            if a[1:] == "11":
                a = a[0] + "12"
            e, n = f"{r.randint(2, 9)}{d(2)}", d(4)
            v = r.choice([f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}"]) if intl else r.choice([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}"])
        elif loc == "en_GB":
            if r.random() < 0.6:
                m = "7" + str(r.randint(4, 9)) + d(2)
                v = f"+44 {m} {d(6)}" if intl else f"0{m} {d(6)}"
            else:
                v = f"+44 20 {r.randint(3, 8)}{d(3)} {d(4)}" if intl else f"020 {r.randint(3, 8)}{d(3)} {d(4)}"
        elif loc == "de_DE":
            if r.random() < 0.6:
                pre = r.choice(["151", "160", "170", "176", "157"])
                v = f"+49 {pre} {d(8)}" if intl else f"0{pre} {d(4)} {d(4)}"
            else:
                city = r.choice(["30", "40", "89", "221", "69", "711"])
                v = f"+49 (0){city} {d(7)}" if intl else f"0{city} {d(7)}"
        elif loc == "fr_FR":
            x = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9]))
            g = [d(2) for _ in range(4)]
            v = f"+33 {x} {' '.join(g)}" if intl else r.choice([f"0{x} {' '.join(g)}", f"0{x}.{'.'.join(g)}"])
        else:
            code = r.choice(["916", "903", "925", "495", "812", "965"])
            a, b, c2 = d(3), d(2), d(2)
            v = r.choice([f"+7 {code} {a}-{b}-{c2}", f"+7 ({code}) {a}-{b}-{c2}", f"+7{code}{a}{b}{c2}"]) if intl \
                else r.choice([f"8 ({code}) {a}-{b}-{c2}", f"8-{code}-{a}-{b}-{c2}"])
        return E("PHONE", v, ("intl_" if intl else "national_") + loc[-2:])

    def fmt_date(self, dt, lang=None, long_form=None):
        lang, r = lang or self.lang, self.r
        long_form = r.random() < 0.4 if long_form is None else long_form
        if long_form:
            m = MONTHS[lang][dt.month - 1]
            if lang == "en":
                return f"{m} {dt.day}, {dt.year}" if self.loc == "en_US" else f"{dt.day} {m} {dt.year}"
            return {"de": f"{dt.day}. {m} {dt.year}", "fr": f"{dt.day} {m} {dt.year}", "ru": f"{dt.day} {m} {dt.year}"}[lang]
        if r.random() < 0.2:
            return dt.isoformat()
        if self.loc == "en_US":
            return dt.strftime("%m/%d/%Y")
        if lang in ("de", "ru"):
            return dt.strftime("%d.%m.%Y")
        return dt.strftime("%d/%m/%Y")

    def dob(self, p, lang=None):
        return E("DATE_OF_BIRTH", self.fmt_date(p.dob, lang))

    def addr(self, p=None):
        f, loc = self.f, self.loc
        if loc == "en_US":
            return [E("STREET_ADDRESS", f.street_address(), "en"), ", ", I(f"{f.city()}, {f.state_abbr()} {f.zipcode()}")]
        if loc == "en_GB":
            return [E("STREET_ADDRESS", f"{f.building_number()} {f.street_name()}", "en"), ", ", I(f"{f.city()} {f.postcode()}")]
        if loc == "de_DE":
            return [E("STREET_ADDRESS", f.street_address(), "de"), ", ", I(f"{f.postcode()} {f.city_name()}")]
        if loc == "fr_FR":
            return [E("STREET_ADDRESS", f.street_address(), "fr"), ", ", I(f"{f.postcode()} {f.city()}")]
        return [E("STREET_ADDRESS", f.street_address(), "ru"), ", ", I(f"г. {f.city_name()}, {f.postcode()}")]

    def iban(self):
        cc = self.ch({"en_US": ["DE", "NL", "GB"], "en_GB": ["GB"] * 4 + ["IE"], "de_DE": ["DE"] * 4 + ["AT", "CH"],
                      "fr_FR": ["FR"] * 4 + ["BE", "ES"], "ru_RU": ["DE", "FR"]}[self.loc])
        v, sub = self.ids.iban(cc)
        return E("IBAN", v, sub)

    def card(self):
        brand = self.ch(["mir", "mir", "visa", "mastercard"] if self.loc == "ru_RU" else
                        ["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
        return E("CREDIT_CARD", self.ids.card(brand), brand)

    def natid(self):
        """Locale's strongest personal identifier(s) as (label, slot) pairs."""
        i = self.ids
        if self.loc == "en_US":
            return [("SSN", E("US_SSN", *i.ssn()))]
        if self.loc == "en_GB":
            return [("NHS number", E("MEDICAL_RECORD_NUMBER", *i.nhs()))]
        if self.loc == "ru_RU":
            return [("СНИЛС", E("RU_SNILS", *i.snils())), ("ИНН", E("RU_INN", *i.inn(12))),
                    ("паспорт", E("RU_PASSPORT", *i.passport()))]
        return []

    def mrn(self):
        if self.loc == "en_GB" and self.r.random() < 0.6:
            return E("MEDICAL_RECORD_NUMBER", *self.ids.nhs())
        return E("MEDICAL_RECORD_NUMBER", *self.ids.mrn(self.ch(["numeric", "prefixed", "alnum"])))

    def api(self, kind=None):
        kind = kind or self.ch(["aws_access_key_id", "slack", "github_pat_classic", "sendgrid", "stripe", "jwt", "bearer_hex"])
        return E("API_KEY", self.ids.api_key(kind), kind)

    # ---- negatives -----------------------------------------------------------------------
    def n_date(self, lo=2016, hi=2026):
        dt = datetime.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))
        return N("NEG_DATE", self.fmt_date(dt))

    def n_ts(self):
        r = self.r
        dt = datetime.datetime(r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
        k = r.randint(0, 3)
        v = [dt.strftime("%Y-%m-%dT%H:%M:%SZ"), dt.strftime("%Y-%m-%d %H:%M:%S"), str(int(dt.replace(tzinfo=datetime.timezone.utc).timestamp())),
             dt.strftime("%Y-%m-%dT%H:%M:%S") + f".{r.randint(0, 999):03d}+00:00"][k]
        return N("NEG_TIMESTAMP", v)

    def n_id(self, kind=None):
        r, d = self.r, self.ids.digits
        kind = kind or r.choice(["emp", "req", "cand", "ticket", "case"])
        v = {"emp": r.choice([f"EMP-{d(6)}", f"E{d(7)}", f"HR{d(5)}"]), "req": f"REQ-{r.randint(2022, 2025)}-{d(4)}",
             "cand": f"CAND-{d(6)}", "ticket": r.choice([f"#{d(5)}", f"INC{d(7)}", f"SUP-{d(4)}"]),
             "case": f"HRC-{d(5)}", "payrun": f"PR-{r.randint(2023, 2025)}-{r.randint(1, 12):02d}",
             "course": r.choice(COURSES)[0], "enrol": f"ENR-{r.randint(2022, 2025)}-{d(5)}"}[kind]
        return N("NEG_ORDER_ID", v)

    def n_money(self):
        r = self.r
        amt = r.randint(28, 160) * 1000 + r.choice([0, 500])
        if self.loc == "en_US":
            v = f"${amt:,}"
        elif self.loc == "en_GB":
            v = f"£{amt:,}"
        elif self.loc == "de_DE":
            v = f"{amt:,}".replace(",", ".") + " €"
        elif self.loc == "fr_FR":
            v = f"{amt:,}".replace(",", " ") + " €"
        else:
            v = f"{amt * 3:,}".replace(",", " ") + " ₽"
        return N("NEG_NUMBER", v)

    def n_num(self, kind=None):
        r = self.r
        kind = kind or r.choice(["gpa", "score", "hours", "fte"])
        v = {"gpa": f"{r.uniform(2.0, 4.0):.2f}", "score": f"{r.uniform(40, 99.5):.1f}", "hours": str(r.randint(120, 2080)),
             "fte": f"{r.choice([0.5, 0.6, 0.8, 1.0]):.1f}"}[kind]
        return N("NEG_NUMBER", v)

    def n_version(self):
        r = self.r
        if r.random() < 0.5:
            return N("NEG_VERSION", f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}.{r.randint(1, 200)}")
        return N("NEG_VERSION", f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 15)}")

    def n_hash(self):
        return N("NEG_HASH", self.ids.hexs(self.ch([7, 40, 64])))

    def n_uuid(self):
        return N("NEG_UUID", self.ids.uuid())

    def n_title(self, pool=None):
        return N("NEG_TITLECASE", self.ch(pool or JOB_TITLES))

    def n_b64(self):
        if self.r.random() < 0.6:
            return N("NEG_B64", "sha256:" + self.ids.hexs(64))
        return N("NEG_B64", "data:image/png;base64,iVBORw0KGgo" + self.ids.alnum(self.r.randint(40, 80), string.ascii_letters + string.digits + "+/"))

    def n_emaillike(self):
        return N("NEG_EMAILLIKE", self.ch(["@people-ops", "@hiring-panel", "@registrar", "ats-connector@3.4.1", "@talent-team",
                                          "hris-sdk@2.19.0", "@channel"]))

    def n_cardlike(self):
        return N("NEG_CARDLIKE", self.ids.cardlike())

    def slots(self, p, work=None):
        """Common slots for one person."""
        return {"name": self.name(p), "first": self.one(p.first), "last": self.one(p.last), "email": self.email(p, work),
                "phone": self.phone(), "dob": self.dob(p), "addr": self.addr(p), "title": self.n_title(),
                "money": self.n_money(), "date": self.n_date(), "empid": self.n_id("emp"), "req": self.n_id("req"),
                "ts": self.n_ts(), "uuid": self.n_uuid(), "ver": self.n_version(), "hash": self.n_hash()}


# ----------------------------------------------------------------------------------------------
# chat / text generators: each takes a Ctx and returns a B; c.lang is the document language
# ----------------------------------------------------------------------------------------------
OPENERS = {
    "en": ["Sure, here is the revised version.\n\n", "Here's a cleaned-up draft you can paste in:\n\n", "Done. ", "Below is what I came up with.\n\n", ""],
    "de": ["Gern, hier ist die überarbeitete Fassung:\n\n", "Hier ein Entwurf zum Einfügen:\n\n", "Erledigt. ", ""],
    "fr": ["Voici la version retravaillée :\n\n", "Bien sûr, voici un brouillon :\n\n", "C'est fait. ", ""],
    "ru": ["Конечно, вот исправленный вариант:\n\n", "Вот черновик, который можно вставить:\n\n", "Готово. ", ""],
}


def g_cv(c):
    p = c.person((23, 58))
    s = c.slots(p)
    s.update(t2=c.n_title(), d2=c.n_date(2012, 2019))
    tpl = {
        "en": ["**{name}**\n{addr} | {phone} | {email}\n\n### Experience\n**{title}**, {co} — since {d2}\n- Cut time-to-hire by 18% across 40 requisitions\n"
               "**{t2}** — previous role\n\n### Education\nBSc, graduated with GPA {gpa}\n\nAttachment fingerprint: {b64}",
               "I've moved your contact line under the name so recruiters see it first:\n\n{name}\nDate of birth: {dob} (UK and US recruiters usually prefer "
               "you drop this line)\n{email} · {phone}\n\nProfile: {title} with 9 years in {co}'s analytics team."],
        "de": ["**Lebenslauf**\n\nName: {name}\nGeburtsdatum: {dob}\nAnschrift: {addr}\nTelefon: {phone}\nE-Mail: {email}\n\n**Berufserfahrung**\n"
               "seit {d2}: {title}, {co}\nvorher: {t2}\n\nFoto entfernt ({b64})."],
        "fr": ["**{name}**\nNé(e) le {dob}\n{addr}\n{phone} — {email}\n\nExpérience : {title} chez {co} depuis le {d2}. Moyenne de master : {gpa}/4."],
        "ru": ["**Резюме**\nФИО: {name}\nДата рождения: {dob}\nТелефон: {phone}\nПочта: {email}\n\nОпыт работы: {title}, {co}, с {d2}. "
               "Ожидаемая зарплата: {money}."],
    }
    s.update(co=c.company, gpa=c.n_num("gpa"), b64=c.n_b64())
    return B().t(c.ch(OPENERS[c.lang])).fill(c.ch(tpl[c.lang]), s)


def g_cover(c):
    p, m = c.person((22, 50)), c.person()
    s = c.slots(p)
    s.update(mgr=c.name(m, "fl" if c.loc != "ru_RU" else "fi"), mlast=c.one(m.last), co=c.company)
    tpl = {
        "en": ["Dear {mgr},\n\nI am writing to apply for the {title} position (ref. {req}) at {co}. ...\n\nI would welcome the chance to talk; "
               "I can be reached on {phone} or at {email}.\n\nYours sincerely,\n{name}",
               "Dear Ms {mlast},\n\nThank you for the conversation on {date}. Here is my cover letter for {req}.\n\nKind regards,\n{name}\n{email}"],
        "de": ["Sehr geehrte/r {mgr},\n\nhiermit bewerbe ich mich auf die Stelle als {title} (Kennziffer {req}). ...\n\nSie erreichen mich unter "
               "{phone} oder per E-Mail an {email}.\n\nMit freundlichen Grüßen\n{name}"],
        "fr": ["Madame, Monsieur,\n\nJe me permets de vous adresser ma candidature au poste de {title} (réf. {req}). ...\n\nJe reste joignable au "
               "{phone} ou par courriel : {email}.\n\nVeuillez agréer mes salutations distinguées.\n{name}"],
        "ru": ["Уважаемый(ая) {mgr}!\n\nПрошу рассмотреть мою кандидатуру на вакансию {title} ({req}). ...\n\nМой телефон: {phone}, почта: {email}.\n\n"
               "С уважением,\n{name}"],
    }
    return B().t(c.ch(OPENERS[c.lang])).fill(c.ch(tpl[c.lang]), s)


def g_debrief(c):
    p, i1, i2 = c.person((22, 55)), c.person(), c.person()
    s = c.slots(p)
    s.update(i1=c.name(i1), i2=c.name(i2), i1f=c.one(i1.first), cand=c.n_id("cand"), score=c.n_num("score"), pf=c.one(p.first),
             ref=c.name(c.person()), refmail=c.email(c.person(), True), el=c.n_emaillike())
    tpl = {
        "en": ["**Debrief — {name}** (candidate {cand}, {req})\n\nPanel: {i1}, {i2}\nOverall score: {score}/100\n\n- Strong on system design; {pf} "
               "walked through the payroll migration clearly.\n- {i1f} flagged salary expectations ({money}) above band.\n\nNext step: reference "
               "check with {ref} ({refmail}) before {date}. cc {el}",
               "Summary for {ref}: the panel ({i1} and {i2}) recommends an offer to {name} for the {title} role. {pf} asked about a start "
               "date of {date}. Scorecards were submitted at {ts}."],
        "de": ["**Auswertung Interview {name}** ({cand})\n\nPanel: {i1}, {i2}\nGesamtpunktzahl: {score}\n\n{pf} hat im Fallbeispiel überzeugt. "
               "{i1f} empfiehlt ein Angebot mit {money}. Referenz: {ref}, {refmail}."],
        "fr": ["**Compte rendu d'entretien — {name}** ({cand})\nJury : {i1}, {i2}\nNote globale : {score}\n\n{pf} a bien présenté son projet. "
               "Prétentions salariales : {money}. Référence à contacter : {ref} ({refmail}) avant le {date}."],
        "ru": ["**Итоги собеседования: {name}** ({cand})\nИнтервьюеры: {i1}, {i2}\nОценка: {score}\n\nКандидат уверенно ответил на вопросы по "
               "архитектуре. Ожидания по зарплате: {money}. Рекомендатель: {ref}, {refmail}. Выход на работу не ранее {date}."],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_reference(c):
    p, w = c.person((22, 55)), c.person((35, 64))
    s = c.slots(p)
    s.update(writer=c.name(w), wphone=c.phone(), wmail=c.email(w, True), co=c.company, d2=c.n_date(2014, 2019))
    tpl = {
        "en": ["To whom it may concern,\n\nI supervised {name} from {d2} to {date} as {title} at {co}. {first} was reliable, thoughtful and well liked. "
               "I recommend {first} without reservation.\n\nPlease contact me on {wphone} or {wmail} if you need more.\n\n{writer}"],
        "de": ["Arbeitszeugnis\n\n{name}, geboren am {dob}, war vom {d2} bis zum {date} als {title} bei {co} tätig. Frau/Herr {last} erledigte "
               "alle Aufgaben stets zu unserer vollsten Zufriedenheit.\n\n{writer}, Tel. {wphone}"],
        "fr": ["Lettre de recommandation\n\nJ'ai encadré {name} du {d2} au {date} chez {co}. {first} a fait preuve de rigueur. "
               "Je reste disponible au {wphone} ou à {wmail}.\n\n{writer}"],
        "ru": ["Рекомендательное письмо\n\n{name} работал(а) в компании {co} с {d2} по {date} в должности {title}. Рекомендую без оговорок.\n\n"
               "{writer}, тел. {wphone}, {wmail}"],
    }
    return B().t(c.ch(OPENERS[c.lang])).fill(c.ch(tpl[c.lang]), s)


def g_offer(c):
    p, hr = c.person((22, 55)), c.person()
    s = c.slots(p)
    s.update(hr=c.name(hr), hrmail=c.email(hr, True), co=c.company)
    tpl = {
        "en": ["Dear {first},\n\nWe are delighted to offer you the role of {title} at {co}, starting on {date}, with a base salary of {money} per annum. "
               "This offer ({req}) is conditional on the right-to-work check and references.\n\nPlease sign and return the contract to {hrmail}.\n\n"
               "Best wishes,\n{hr}\nPeople Team",
               "OFFER LETTER\nCandidate: {name}\nHome address: {addr}\nPosition: {title}\nSalary: {money}\nStart date: {date}\nSigned by: {hr}"],
        "de": ["Liebe/r {first},\n\nwir freuen uns, Ihnen die Position {title} ab dem {date} anzubieten. Das Bruttojahresgehalt beträgt {money}. "
               "Bitte senden Sie den unterschriebenen Vertrag an {hrmail}.\n\nViele Grüße\n{hr}"],
        "fr": ["Madame, Monsieur {last},\n\nNous avons le plaisir de vous proposer le poste de {title} à compter du {date}, pour une rémunération "
               "annuelle brute de {money}. Merci de retourner la promesse d'embauche signée à {hrmail}.\n\n{hr}, Ressources humaines"],
        "ru": ["{name}, добрый день!\n\nПредлагаем вам должность {title} с {date}. Оклад: {money} в месяц до вычета НДФЛ. Подписанный оффер "
               "отправьте на {hrmail}.\n\nС уважением,\n{hr}"],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_onboarding(c):
    p, ec = c.person((21, 60)), c.person((21, 75))
    s = c.slots(p)
    s.update(ec=c.name(ec), ecphone=c.phone(), iban=c.iban(), start=c.n_date(2024, 2026))
    lines = {"en": ["Legal name: {name}", "Date of birth: {dob}", "Home address: {addr}", "Personal email: {email}", "Mobile: {phone}"],
             "de": ["Name: {name}", "Geburtsdatum: {dob}", "Wohnanschrift: {addr}", "Private E-Mail: {email}", "Mobil: {phone}"],
             "fr": ["Nom : {name}", "Date de naissance : {dob}", "Adresse : {addr}", "E-mail perso : {email}", "Portable : {phone}"],
             "ru": ["ФИО: {name}", "Дата рождения: {dob}", "Адрес регистрации: {addr}", "Личная почта: {email}", "Мобильный: {phone}"]}[c.lang]
    ids = c.natid()
    for k, (label, slot) in enumerate(ids):
        s[f"id{k}"] = slot
        lines.append(f"{label}: {{id{k}}}")
    bank = {"en": "Salary account (IBAN): {iban}", "de": "Gehaltskonto (IBAN): {iban}", "fr": "RIB / IBAN : {iban}", "ru": "Карта для зарплаты: {card}"}
    s["card"] = c.card()
    if c.loc != "en_US":
        lines.append(bank[c.lang] if c.loc != "ru_RU" or c.lang == "ru" else "Payroll card: {card}")
    lines.append({"en": "Emergency contact: {ec}, {ecphone}", "de": "Notfallkontakt: {ec}, {ecphone}", "fr": "Personne à prévenir : {ec}, {ecphone}",
                  "ru": "Контакт на экстренный случай: {ec}, {ecphone}"}[c.lang])
    lines.append({"en": "Employee ID: {empid} — first day {start}", "de": "Personalnummer: {empid}, Eintritt {start}",
                  "fr": "Matricule : {empid}, arrivée le {start}", "ru": "Табельный номер: {empid}, выход {start}"}[c.lang])
    head = {"en": "Onboarding checklist — please verify before {start}:\n\n", "de": "Onboarding-Checkliste:\n\n",
            "fr": "Check-list d'intégration :\n\n", "ru": "Чек-лист онбординга:\n\n"}[c.lang]
    box = c.ch(["- [x] ", "- [ ] ", "* ", "1. "])
    return B().fill(head + "\n".join(box + ln for ln in lines), s)


def g_payroll(c):
    p = c.person()
    s = c.slots(p)
    s.update(run=c.n_id("payrun"), iban=c.iban(), card=c.card(), cl=c.n_cardlike())
    tpl = {
        "en": ["I checked payroll run {run}. Net pay for {name} ({empid}) was sent to {iban} on {date}, not to the new account. The expense "
               "reimbursement was charged back to the corporate card {card}; voucher reference {cl} is unrelated.",
               "{first}'s March payslip shows a gross of {money}. The bank rejected the transfer to {iban} (ref {uuid}). Can you confirm the account "
               "with {name} at {phone}?"],
        "de": ["Ich habe den Lohnlauf {run} geprüft: Das Nettogehalt von {name} ({empid}) ging am {date} an {iban}. Die Firmenkreditkarte {card} "
               "wurde für die Reisekosten belastet; Gutscheincode {cl} gehört nicht dazu."],
        "fr": ["J'ai vérifié la paie {run} : le net de {name} ({empid}) a été viré le {date} sur {iban}. La carte affaires {card} a été débitée "
               "pour la note de frais ; le bon {cl} n'a rien à voir."],
        "ru": ["Проверил расчёт {run}: зарплата {name} ({empid}) ушла {date} на карту {card}. Код сертификата {cl} к этому не относится. "
               "Уточните, пожалуйста, реквизиты у сотрудника по телефону {phone}."],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_sick(c):
    p, doc = c.person(), c.person((30, 64))
    s = c.slots(p)
    s.update(mrn=c.mrn(), doc=c.name(doc), d2=c.n_date(2024, 2025))
    tpl = {
        "en": ["Fit note summary for {name} (DOB {dob}), record {mrn}: not fit for work from {date} to {d2}; phased return suggested. Issued by {doc}.",
               "Occupational health referral\nEmployee: {name}\nEmployee no.: {empid}\nOH record: {mrn}\nDate of birth: {dob}\nReason: back pain, "
               "absent since {date}.\nContact: {phone}"],
        "de": ["Arbeitsunfähigkeitsbescheinigung für {name}, geb. {dob}, Patientennummer {mrn}: arbeitsunfähig vom {date} bis {d2}. Ausgestellt von {doc}."],
        "fr": ["Arrêt de travail de {name}, né(e) le {dob}, dossier médical {mrn} : du {date} au {d2}. Médecin : {doc}."],
        "ru": ["Больничный лист: {name}, дата рождения {dob}, номер медкарты {mrn}. Нетрудоспособен с {date} по {d2}. Врач: {doc}."],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_review(c):
    p, m = c.person(), c.person((30, 62))
    s = c.slots(p)
    s.update(mgr=c.name(m), mf=c.one(m.first), rating=c.n_num("score"), fy=N("NEG_ORDER_ID", f"FY{c.r.randint(2022, 2025)}"))
    tpl = {
        "en": ["**Performance review {fy} — {name}**\nManager: {mgr}\n\n{first} exceeded the hiring targets in Q2 and mentored two new recruiters. "
               "Area to grow: stakeholder updates. {mf} proposes a rating of {rating} and a merit increase to {money}.",
               "Here's a softer rewording of the feedback for {first}:\n\n\"{first}, your work on the onboarding redesign was excellent. Next cycle I'd "
               "like you to own the {title} hiring plan.\" — {mgr}"],
        "de": ["**Mitarbeitergespräch {fy}: {name}**\nFührungskraft: {mgr}\n\n{first} hat die Ziele übertroffen. Vorschlag: Gehaltsanpassung auf {money}."],
        "fr": ["**Entretien annuel {fy} — {name}**\nManager : {mgr}\n\n{first} a dépassé ses objectifs. Proposition d'augmentation : {money}."],
        "ru": ["**Оценка эффективности {fy}: {name}**\nРуководитель: {mgr}\n\n{first} перевыполнил(а) план по найму. Предлагаемый оклад: {money}."],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_orgchart(c):
    b = B()
    head = {"en": "Here's the org chart as a nested list:\n\n", "de": "Organigramm als Liste:\n\n", "fr": "Organigramme :\n\n", "ru": "Оргструктура:\n\n"}
    b.t(head[c.lang])
    for depth, n in [(0, 1), (1, c.r.randint(2, 3)), (2, c.r.randint(1, 3))]:
        for _ in range(n):
            p = c.person()
            b.t("  " * depth + "- ").put(c.name(p)).t(" — ").put(c.n_title()).t(" (").put(c.email(p, True)).t(")\n")
    b.t({"en": "Extension list last updated ", "de": "Stand: ", "fr": "Mis à jour le ", "ru": "Обновлено: "}[c.lang]).put(c.n_date()).t(".")
    return b


def g_reportcard(c):
    p, g = c.person((6, 16)), c.person((30, 55))
    s = c.slots(p)
    s.update(guard=c.name(g), gphone=c.phone(), gmail=c.email(g, False))
    subj = c.r.sample(SUBJECTS[c.lang], 4)
    grades = []
    for sub in subj:
        gr = c.ch(["A", "A-", "B+", "B", "C+"]) if c.lang == "en" else str(c.r.randint(1, 5)) if c.lang in ("de", "ru") else f"{c.r.randint(8, 19)}/20"
        grades.append(f"{sub}: {gr}")
    head = {"en": "**Report card — Term 2**\nPupil: {name}\nDate of birth: {dob}\nForm: 7B\n\n",
            "de": "**Zeugnis (Halbjahr)**\nSchüler/in: {name}\ngeboren am {dob}\nKlasse 7b\n\n",
            "fr": "**Bulletin du 2e trimestre**\nÉlève : {name}\nNé(e) le {dob}\nClasse de 5e\n\n",
            "ru": "**Табель успеваемости**\nУченик: {name}\nДата рождения: {dob}\nКласс: 7 «Б»\n\n"}[c.lang]
    tail = {"en": "\n\nParent/guardian: {guard}, {gphone}, {gmail}\nParents' evening: {date}",
            "de": "\n\nErziehungsberechtigte/r: {guard}, Tel. {gphone}\nElternsprechtag: {date}",
            "fr": "\n\nResponsable légal : {guard}, {gphone}\nRéunion parents-professeurs : {date}",
            "ru": "\n\nРодитель: {guard}, тел. {gphone}\nРодительское собрание: {date}"}[c.lang]
    return B().fill(head + "\n".join(grades) + tail, s)


def g_transcript(c):
    p = c.person((18, 30))
    s = c.slots(p)
    s.update(gpa=c.n_num("gpa"), enr=c.n_id("enrol"))
    b = B()
    head = {"en": "Unofficial transcript for {name} (born {dob}), enrolment {enr}:\n\n", "de": "Notenübersicht für {name} (geb. {dob}), {enr}:\n\n",
            "fr": "Relevé de notes de {name} (né(e) le {dob}), inscription {enr} :\n\n", "ru": "Выписка оценок: {name}, дата рождения {dob}, {enr}\n\n"}
    b.fill(head[c.lang], s)
    for code, title in c.r.sample(COURSES, c.r.randint(3, 5)):
        b.t("| ").put(N("NEG_ORDER_ID", code)).t(" | ").put(N("NEG_TITLECASE", title)).t(" | ").t(c.ch(["A", "A-", "B+", "B"])).t(" |\n")
    tail = {"en": "\nCumulative GPA: {gpa}. Exam board met on {date}.", "de": "\nNotendurchschnitt (GPA): {gpa}. Prüfungsausschuss: {date}.",
            "fr": "\nMoyenne (GPA) : {gpa}. Jury réuni le {date}.", "ru": "\nСредний балл (GPA): {gpa}. Заседание комиссии: {date}."}
    return b.fill(tail[c.lang], s)


def g_ticket(c):
    p = c.person((18, 35))
    s = c.slots(p)
    s.update(tk=c.n_id("ticket"), ip=E("IPV4", c.ids.ipv4()), ip6=E("IPV6", c.ids.ipv6()), mrn=c.mrn(), el=c.n_emaillike())
    tpl = {
        "en": ["Ticket {tk} — {name} ({email}) cannot log in to the LMS. Last successful login {ts} from {ip}; the failed attempts came from {ip6}. "
               "Plugin version {ver}, escalated to {el}. Suggested reply below.\n\nHi {first}, I've reset your password; please try again.",
               "Student support ticket {tk}\nStudent: {name}\nHealth centre record: {mrn}\nRequest: extension for the exam on {date} on medical grounds.\n"
               "Submitted from {ip} at {ts}."],
        "de": ["Ticket {tk}: {name} ({email}) kann sich nicht im Lernportal anmelden. Letzter Login {ts} von {ip}. Version {ver}."],
        "fr": ["Ticket {tk} : {name} ({email}) n'arrive pas à se connecter à l'ENT. Dernière connexion {ts} depuis {ip}. Version {ver}."],
        "ru": ["Заявка {tk}: {name} ({email}) не может войти в LMS. Последний вход {ts} с адреса {ip}, версия {ver}."],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_alumni(c):
    a, b2 = c.person((28, 70)), c.person((28, 70))
    s = c.slots(a)
    s.update(n2=c.name(b2), m2=c.email(b2, False), yr=N("NEG_ORDER_ID", f"Class of {c.r.randint(1985, 2015)}"))
    tpl = {
        "en": ["**Alumni news — {yr}**\n\n{name} has been appointed {title} at {co}. {first} would love to hear from classmates at {email}.\n\n"
               "{n2} is organising the reunion on {date}; RSVP to {m2}."],
        "de": ["**Alumni-Newsletter ({yr})**\n\n{name} ist jetzt {title} bei {co}. Das Jahrgangstreffen am {date} organisiert {n2} ({m2})."],
        "fr": ["**Lettre des anciens ({yr})**\n\n{name} vient d'être nommé(e) {title} chez {co}. Retrouvailles le {date}, contact : {n2}, {m2}."],
        "ru": ["**Новости выпускников ({yr})**\n\n{name} назначен(а) на должность {title} в {co}. Встреча выпускников {date}, пишите {n2}: {m2}."],
    }
    s["co"] = c.company
    return B().fill(c.ch(tpl[c.lang]), s)


def g_config(c):
    """HRIS / ATS integration config quoted in a chat answer (English prose)."""
    pw = E("API_KEY", c.ids.api_key("password"), "db_password")
    s = {"k1": c.api(), "k2": c.api("aws_access_key_id"), "k3": E("API_KEY", c.ids.api_key("aws_secret_key"), "aws_secret_key"),
         "pw": pw, "ip": E("IPV4", c.ids.ipv4()), "ver": c.n_version(), "hash": c.n_hash(), "el": c.n_emaillike()}
    tpl = c.ch([
        "Your ATS sync job fails because the token is wrong. Here is the corrected `.env`:\n\n```\nATS_API_TOKEN={k1}\nRESUME_BUCKET_KEY_ID={k2}\n"
        "RESUME_BUCKET_SECRET={k3}\nHRIS_DB_URL=postgresql://hris_sync:{pw}@db.internal:5432/people\nALLOWED_SOURCE_IP={ip}\n"
        "CONNECTOR_VERSION={ver}\n```\nCommit {hash} introduced the typo. Ping {el} once it is rotated.",
        "The webhook for the LMS gradebook export is configured like this:\n\n```yaml\nlms:\n  base_url: https://lms.example.edu\n  api_key: {k1}\n"
        "  whitelist: [{ip}]\n  plugin: {ver}\nstorage:\n  access_key: {k2}\n  secret_key: {k3}\n```\nRotate these keys: they leaked.",
    ])
    return B().fill(tpl, s)


def g_csv(c):
    """Applicant-tracking CSV export (text format)."""
    cols = {"en": ["candidate_id", "full_name", "email", "phone", "stage", "applied_at", "requisition"],
            "de": ["bewerber_id", "name", "e_mail", "telefon", "phase", "eingang", "stelle"],
            "fr": ["id_candidat", "nom_complet", "courriel", "telephone", "etape", "date_candidature", "offre"],
            "ru": ["id", "фио", "email", "телефон", "этап", "дата_отклика", "вакансия"]}[c.lang]
    stages = ["screen", "onsite", "offer", "rejected", "hired"]
    opener = c.ch(["Here's the export as CSV:\n\n```csv\n", "```\n", ""])
    b = B().t(opener)
    sep = "," if c.r.random() < 0.75 else ";"
    b.t(sep.join(cols) + "\n")
    req = c.n_id("req")
    for _ in range(c.r.randint(3, 7)):
        p = c.person((21, 55))
        nm = c.name(p)
        cells = [c.n_id("cand"), nm, c.email(p, False), c.phone(), c.ch(stages), c.n_ts(), req]
        for k, cell in enumerate(cells):
            if k:
                b.t(sep)
            txt = plain_text(cell)
            q = sep in txt or '"' in txt
            b.t('"' if q else "").put(cell).t('"' if q else "")
        b.t("\n")
    return b.t("```" if opener else "")


def g_card_expense(c):
    p = c.person()
    s = c.slots(p)
    s.update(card=c.card(), cl=c.n_cardlike(), amt=c.n_money())
    tpl = {
        "en": ["Reimbursement query: {name} paid the candidate's travel ({amt}) with a personal card {card} instead of the corporate one. "
               "Receipt hash {hash}. Please refund to the card on file before {date}."],
        "de": ["Erstattung: {name} hat die Reisekosten des Bewerbers ({amt}) mit der privaten Karte {card} bezahlt. Beleg {hash}."],
        "fr": ["Remboursement : {name} a payé le déplacement du candidat ({amt}) avec sa carte personnelle {card}. Justificatif {hash}."],
        "ru": ["Возмещение: {name} оплатил(а) проезд кандидата ({amt}) личной картой {card}. Чек {hash}. Номер купона {cl} не трогать."],
    }
    return B().fill(c.ch(tpl[c.lang]), s)


def g_ru_hr(c):
    """Russian HR: personnel file fields (СНИЛС, ИНН, паспорт)."""
    p = c.person()
    s = c.slots(p)
    s.update(snils=E("RU_SNILS", *c.ids.snils()), inn=E("RU_INN", *c.ids.inn(12)), pas=E("RU_PASSPORT", *c.ids.passport()),
             einn=E("RU_INN", *c.ids.inn(10)))
    tpl = c.ch([
        "Для приказа о приёме нужны данные:\n- {name}, {dob} г. р.\n- Паспорт: {pas}\n- СНИЛС: {snils}\n- ИНН: {inn}\n- Адрес: {addr}\n"
        "Работодатель: {co} (ИНН {einn}). Дата приёма: {date}.",
        "Сотрудник {name} просит исправить СНИЛС в карточке Т-2: верный номер {snils}, ИНН {inn}. Табельный номер {empid}.",
    ]) if c.lang == "ru" else ("Personnel file for {name} (born {dob}): passport {pas}, SNILS {snils}, INN {inn}. Employer INN {einn}, "
                               "hire date {date}, employee ID {empid}.")
    s["co"] = c.company
    return B().fill(tpl, s)


CHAT_KINDS = [  # (name, function, supported languages, weight)
    ("cv", g_cv, "en de fr ru", 3), ("cover", g_cover, "en de fr ru", 2), ("debrief", g_debrief, "en de fr ru", 3),
    ("reference", g_reference, "en de fr ru", 2), ("offer", g_offer, "en de fr ru", 2), ("onboarding", g_onboarding, "en de fr ru", 4),
    ("payroll", g_payroll, "en de fr ru", 3), ("sick", g_sick, "en de fr ru", 2), ("review", g_review, "en de fr ru", 2),
    ("orgchart", g_orgchart, "en de fr ru", 1), ("reportcard", g_reportcard, "en de fr ru", 2), ("transcript", g_transcript, "en de fr ru", 2),
    ("ticket", g_ticket, "en de fr ru", 2), ("alumni", g_alumni, "en de fr ru", 1), ("config", g_config, "en", 2),
    ("atscsv", g_csv, "en de fr ru", 2), ("expense", g_card_expense, "en de fr ru", 1), ("ru_hr", g_ru_hr, "ru en", 3),
]


# ----------------------------------------------------------------------------------------------
# JSON generators: return an object tree with Lab / S leaves
# ----------------------------------------------------------------------------------------------
LOCAL_KEYS = {
    "de": dict(name="name", full_name="vollstaendiger_name", first_name="vorname", last_name="nachname", email="e_mail", phone="telefon",
               date_of_birth="geburtsdatum", address="anschrift", street="strasse", city="ort", postcode="plz", employee_id="personalnummer",
               start_date="eintrittsdatum", salary="gehalt", emergency_contact="notfallkontakt", candidates="bewerber", stage="phase",
               notes="notizen", student="schueler", grades="noten", score="punkte", manager="vorgesetzter", reports="mitarbeiter",
               title="titel", department="abteilung", bank="bankverbindung", guardians="erziehungsberechtigte"),
    "fr": dict(name="nom", full_name="nom_complet", first_name="prenom", last_name="nom_famille", email="courriel", phone="telephone",
               date_of_birth="date_naissance", address="adresse", street="rue", city="ville", postcode="code_postal", employee_id="matricule",
               start_date="date_entree", salary="salaire", emergency_contact="contact_urgence", candidates="candidats", stage="etape",
               notes="remarques", student="etudiant", grades="notes", score="note", manager="responsable", reports="equipe",
               title="intitule", department="service", bank="banque", guardians="responsables_legaux"),
    "ru": dict(name="фио", full_name="фио", first_name="имя", last_name="фамилия", email="email", phone="телефон",
               date_of_birth="дата_рождения", address="адрес", street="улица", city="город", postcode="индекс", employee_id="табельный_номер",
               start_date="дата_приема", salary="оклад", emergency_contact="экстренный_контакт", candidates="кандидаты", stage="этап",
               notes="комментарий", student="студент", grades="оценки", score="балл", manager="руководитель", reports="подчиненные",
               title="должность", department="отдел", bank="банк", guardians="родители"),
}


def keyer(c):
    style = c.ch(["snake", "camel", "camel", "pascal", "kebab"] + (["local"] * 3 if c.lang != "en" else []))

    def k(name):
        parts = name.split("_")
        if style == "local":
            return LOCAL_KEYS[c.lang].get(name, name)
        if style == "camel":
            return parts[0] + "".join(x.title() for x in parts[1:])
        if style == "pascal":
            return "".join(x.title() for x in parts)
        return name.replace("_", "-") if style == "kebab" else name
    return k


def grow(c, make, target, lo, hi):
    out, size = [], 0
    if not target:
        return [make() for _ in range(c.r.randint(lo, hi))]
    while size < target:
        rec = make()
        out.append(rec)
        ind, seps, asc = c.jfmt
        size += len(json.dumps(plain(rec), indent=ind, separators=seps, ensure_ascii=asc)) + 2 + (ind or 0) * 2
    return out


def j_ats(c, target=0):
    k = keyer(c)
    stages = ["applied", "phone_screen", "onsite", "offer", "hired", "rejected"]

    def cand():
        p, iv = c.person((21, 55)), c.person()
        rec = {k("id"): c.n_id("cand"), k("full_name"): c.name(p), k("email"): c.email(p, False), k("phone"): c.phone(),
               k("stage"): c.ch(stages), k("applied_at"): c.n_ts()}
        if c.r.random() < 0.5:
            rec[k("resume")] = {k("file_name"): "cv_final_v3.pdf", k("checksum"): c.n_b64()}
        if c.r.random() < 0.6:
            rec[k("notes")] = S([c.one(p.first), c.ch([" interviewed well with ", " was referred by "]), c.name(iv, "fl" if c.loc != "ru_RU" else "fi"),
                                 "; salary ask ", c.n_money(), "."])
        return rec
    return {k("export_id"): c.n_uuid(), k("exported_at"): c.n_ts(), k("requisition"): {k("id"): c.n_id("req"), k("title"): c.n_title()},
            k("candidates"): grow(c, cand, target, 1, 4)}


def j_columns(c, target=0):
    k = keyer(c)
    cols = ["employee_id", "full_name", "date_of_birth", "email", "start_date", "salary"]
    extra = {"en_US": "ssn", "en_GB": "iban", "de_DE": "iban", "fr_FR": "iban", "ru_RU": "snils"}[c.loc]

    def row():
        p = c.person()
        x = {"ssn": lambda: E("US_SSN", *c.ids.ssn()), "iban": c.iban, "snils": lambda: E("RU_SNILS", *c.ids.snils())}[extra]()
        return [c.n_id("emp"), c.name(p), c.dob(p), c.email(p, True), c.n_date(2015, 2025), N("NEG_NUMBER", c.r.randint(30, 150) * 1000), x]
    return {k("source"): "hris", k("generated_at"): c.n_ts(), k("columns"): [k(x) for x in cols + [extra]], k("rows"): grow(c, row, target, 2, 5)}


def j_enrol(c, target=0):
    k = keyer(c)

    def student():
        p, g = c.person((17, 24)), c.person((40, 60))
        st, _, ign = c.addr(p)
        return {k("student"): {k("name"): {k("first_name"): c.one(p.first), k("last_name"): c.one(p.last)}, k("date_of_birth"): c.dob(p),
                               k("email"): c.email(p, False), k("address"): {k("street"): st, k("city"): ign.val}},
                k("programme"): {k("code"): c.n_id("course"), k("title"): N("NEG_TITLECASE", c.ch(COURSES)[1])},
                k("enrolled_on"): c.n_date(2022, 2025), k("guardians"): [{k("name"): c.name(g), k("phone"): c.phone()}]}
    recs = grow(c, student, target, 1, 2)
    return recs[0] if len(recs) == 1 and not target else {k("intake"): c.n_id("enrol"), k("enrolments"): recs}


def j_gradebook(c, target=0):
    k = keyer(c)
    code, title = c.ch(COURSES)

    def grade():
        p = c.person((18, 26))
        return {k("student"): c.name(p), k("email"): c.email(p, False), k("score"): N("NEG_NUMBER", round(c.r.uniform(35, 100), 1)),
                k("letter"): c.ch(["A", "A-", "B+", "B", "C", "F"]), k("submitted_at"): c.n_ts()}
    return {k("course"): {k("code"): N("NEG_ORDER_ID", code), k("title"): N("NEG_TITLECASE", title)}, k("term"): "2024-FA",
            k("lms_version"): c.n_version(), k("grades"): grow(c, grade, target, 2, 5)}


def j_payroll(c, target=0):
    k = keyer(c)

    def emp():
        p = c.person()
        rec = {k("employee_id"): c.n_id("emp"), k("name"): c.name(p)}
        for label, slot in c.natid()[:2]:
            rec[k(re.sub(r"\W+", "_", label.lower()).strip("_"))] = slot
        if c.loc == "ru_RU":
            rec[k("card")] = c.card()
        elif c.loc != "en_US":
            rec[k("iban")] = c.iban()
        rec[k("gross")] = N("NEG_NUMBER", round(c.r.uniform(1800, 9000), 2))
        return rec
    return {k("run_id"): c.n_id("payrun"), k("paid_on"): c.n_date(2024, 2025), k("employees"): grow(c, emp, target, 1, 4)}


def j_onboarding(c, target=0):
    k = keyer(c)
    p, ec = c.person(), c.person((21, 75))
    st, _, ign = c.addr(p)
    rec = {k("first_name"): c.one(p.first), k("last_name"): c.one(p.last), k("full_name"): c.name(p), k("date_of_birth"): c.dob(p),
           k("email"): c.email(p, False), k("phone"): c.phone(), k("address"): {k("street"): st, k("city"): ign.val},
           k("employee_id"): c.n_id("emp"), k("start_date"): c.n_date(2024, 2026)}
    for label, slot in c.natid():
        rec[k(re.sub(r"\W+", "_", label.lower()).strip("_"))] = slot
    if c.loc != "en_US" and c.loc != "ru_RU":
        rec[k("bank")] = {"iban": c.iban()}
    rec[k("emergency_contact")] = {k("name"): c.name(ec), k("phone"): c.phone()}
    rec[k("checklist")] = [{"task": t, "done": c.r.random() < 0.5} for t in ("laptop", "badge", "contract", "payroll")]
    return {k("form_id"): c.n_uuid(), k("submitted_at"): c.n_ts(), k("data"): rec}


def j_scorecard(c, target=0):
    k = keyer(c)
    p, iv = c.person((21, 55)), c.person()
    return {k("scorecard"): {k("candidate"): {k("id"): c.n_id("cand"), k("name"): c.name(p), k("email"): c.email(p, False)},
                             k("interviewer"): c.name(iv), k("requisition"): c.n_id("req"),
                             k("ratings"): {"technical": c.r.randint(1, 5), "communication": c.r.randint(1, 5), "culture_add": c.r.randint(1, 5)},
                             k("notes"): S(["Asked ", c.one(p.first), " about the ATS migration; strong answer. Reference: ", c.name(c.person()),
                                            ", ", c.phone(), "."]),
                             k("submitted_at"): c.n_ts()}}


def j_integration(c, target=0):
    k = keyer(c)
    return {k("integration"): {k("name"): "hris-to-payroll", k("version"): c.n_version(),
                               k("auth"): {k("token"): c.api(), k("client_secret"): E("API_KEY", c.ids.api_key("aws_secret_key"), "aws_secret_key")},
                               k("allowed_ips"): [E("IPV4", c.ids.ipv4()), E("IPV6", c.ids.ipv6())],
                               k("owner"): c.email(c.person(), True), k("last_sync"): c.n_ts(), k("build"): c.n_hash()}}


def j_leave(c, target=0):
    k = keyer(c)

    def req():
        p, doc = c.person(), c.person((30, 64))
        return {k("request_id"): c.n_uuid(), k("employee"): {k("id"): c.n_id("emp"), k("name"): c.name(p), k("email"): c.email(p, True)},
                k("type"): c.ch(["sick", "parental", "annual"]), k("from"): c.n_date(2024, 2025), k("to"): c.n_date(2024, 2025),
                k("medical"): {k("record_no"): c.mrn(), k("doctor"): c.name(doc)}, k("approved_by"): c.name(c.person())}
    recs = grow(c, req, target, 1, 3)
    return {k("requests"): recs} if len(recs) > 1 or target else recs[0]


def j_org(c, target=0):
    k = keyer(c)

    def node(depth):
        p = c.person()
        n = {k("name"): c.name(p), k("title"): c.n_title(), k("email"): c.email(p, True)}
        if depth < 2:
            n[k("reports")] = [node(depth + 1) for _ in range(c.r.randint(1, 2 if not target else 3))]
        return n
    roots = grow(c, lambda: node(0), target, 1, 1)
    return {k("department"): N("NEG_TITLECASE", c.ch(DEPTS)), k("org"): roots if len(roots) > 1 else roots[0]}


def j_lmslog(c, target=0):
    k = keyer(c)

    def ev():
        p = c.person((18, 30))
        return {k("ts"): c.n_ts(), k("user"): c.email(p, False), k("ip"): E("IPV4", c.ids.ipv4()) if c.r.random() < 0.7 else E("IPV6", c.ids.ipv6()),
                k("action"): c.ch(["login", "login_failed", "quiz_submit", "file_download"]), k("session"): c.n_uuid()}
    return {k("tenant"): "univ-lms", k("plugin_version"): c.n_version(), k("events"): grow(c, ev, target, 2, 5)}


JSON_KINDS = [("ats", j_ats, 3), ("columns", j_columns, 2), ("enrol", j_enrol, 2), ("gradebook", j_gradebook, 2), ("payroll", j_payroll, 2),
              ("onboarding", j_onboarding, 3), ("scorecard", j_scorecard, 2), ("integration", j_integration, 1), ("leave", j_leave, 2),
              ("org", j_org, 1), ("lmslog", j_lmslog, 1)]


# ----------------------------------------------------------------------------------------------
# obfuscated documents
# ----------------------------------------------------------------------------------------------
def ob_zw(r, s):
    idx = sorted(r.sample(range(1, len(s)), min(len(s) - 1, r.randint(2, 4))))
    out, last = [], 0
    for i in idx:
        out += [s[last:i], r.choice(ZW)]
        last = i
    return "".join(out) + s[last:]


def ob_homo(r, s):
    pos = [i for i, ch in enumerate(s) if ch in HOMO]
    if not pos:
        return ob_zw(r, s)
    pick = set(r.sample(pos, max(1, len(pos) // 2)))
    return "".join(HOMO[ch] if i in pick else ch for i, ch in enumerate(s))


def ob_spelled(lang, s):
    words = {"-": {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "тире"}[lang], "+": {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}[lang]}
    toks = [DIGIT_WORDS[lang][int(ch)] if ch.isdigit() else words.get(ch) for ch in s]
    return " ".join(t for t in toks if t)


def obfuscate(r, lang, lab, how):
    v = lab.val
    if how == "zero_width":
        nv = ob_zw(r, v)
    elif how == "homoglyph":
        nv = ob_homo(r, v)
    elif how == "fullwidth":
        nv = "".join(chr(0xFF10 + int(ch)) if ch.isdigit() else ch for ch in v)
    elif how == "spaced":
        nv = " ".join(ch for ch in v if ch != " ")
    elif how == "spelled":
        nv = ob_spelled(lang, v)
    elif how == "dotted":
        nv = re.sub(r"\D", "", v)
        nv = f"{nv[:3]}.{nv[3:5]}.{nv[5:]}"
    elif how == "defang":
        nv = v.replace(".", r.choice(["[.]", "(.)"]))
    elif how == "words":
        loc, dom = v.split("@")
        at, dot = r.choice([(" at ", " dot "), (" [at] ", " [dot] "), (" (at) ", " (dot) "), (" AT ", " DOT ")])
        nv = loc.replace(".", dot) + at + dom.replace(".", dot)
    else:
        raise ValueError(how)
    return E(lab.typ, nv, lab.sub, how)


OBF_SENT = {
    "en": ["The applicant wrote their contact in the portal as {x} so the bots would not scrape it.",
           "From the scanned onboarding form: {x}. Please re-type it into the HRIS.",
           "Reference check — the referee asked us to use {x} only.",
           "The student's message in the LMS inbox reads: my details are {x}, thanks.",
           "Copying from the chat transcript with the recruiter: {x}.",
           "Payroll flagged this entry on {date}: {x}."],
    "de": ["Laut eingescanntem Personalbogen: {x}. Bitte ins HR-System übernehmen.", "Der Bewerber schrieb im Portal: {x}."],
    "fr": ["D'après le formulaire d'embauche scanné : {x}. Merci de le ressaisir.", "Le candidat a écrit dans le portail : {x}."],
    "ru": ["Из скана анкеты сотрудника: {x}. Перенесите в кадровую систему.", "Кандидат написал в чате: {x}."],
}
LABELS = {"EMAIL": "email", "PHONE": "phone", "US_SSN": "SSN", "IBAN": "IBAN", "CREDIT_CARD": "card", "RU_SNILS": "СНИЛС", "RU_INN": "ИНН",
          "RU_PASSPORT": "паспорт", "PERSON": "name", "IPV4": "IP", "API_KEY": "token", "MEDICAL_RECORD_NUMBER": "NHS no."}


def g_obf(c):
    r = c.r
    p = c.person()
    options = [("EMAIL", lambda: c.email(p), ["words", "words", "zero_width", "homoglyph"]),
               ("PHONE", c.phone, ["spelled", "fullwidth", "zero_width"]),
               ("PERSON", lambda: c.name(p), ["zero_width", "homoglyph"]),
               ("CREDIT_CARD", c.card, ["fullwidth", "spaced", "zero_width"]),
               ("IPV4", lambda: E("IPV4", c.ids.ipv4()), ["defang"]),
               ("API_KEY", c.api, ["zero_width", "homoglyph"])]
    if c.loc == "en_US":
        options.append(("US_SSN", lambda: E("US_SSN", *c.ids.ssn()), ["dotted", "spaced", "fullwidth", "spelled"]))
    if c.loc == "en_GB":
        options.append(("MEDICAL_RECORD_NUMBER", lambda: E("MEDICAL_RECORD_NUMBER", *c.ids.nhs()), ["spaced", "fullwidth"]))
    if c.loc in ("en_GB", "de_DE", "fr_FR"):
        options.append(("IBAN", c.iban, ["fullwidth", "zero_width"]))
    if c.loc == "ru_RU":
        options += [("RU_SNILS", lambda: E("RU_SNILS", *c.ids.snils()), ["spaced", "fullwidth"]),
                    ("RU_INN", lambda: E("RU_INN", *c.ids.inn(12)), ["spaced", "fullwidth"]),
                    ("RU_PASSPORT", lambda: E("RU_PASSPORT", *c.ids.passport()), ["spaced", "fullwidth"])]
    picks = r.sample(options, r.choice([1, 1, 2]))
    x = []
    for k, (typ, mk, hows) in enumerate(picks):
        lab = obfuscate(r, c.lang, mk(), r.choice(hows))
        x += ([", " if k else ""] + [LABELS[typ] + " ", lab]) if len(picks) > 1 or r.random() < 0.5 else [lab]
    return B().fill(c.ch(OBF_SENT[c.lang]), {"x": x, "date": c.n_date()})


# ----------------------------------------------------------------------------------------------
# document assembly
# ----------------------------------------------------------------------------------------------
def pick_w(r, items, wi):
    return r.choices(items, weights=[it[wi] for it in items])[0]


def chat_piece(c):
    kinds = [k for k in CHAT_KINDS if c.lang in k[2].split() and (k[0] != "ru_hr" or c.loc == "ru_RU")]
    name, fn, _, _ = pick_w(c.r, kinds, 3)
    return name, fn(c)


HEADS = {"en": "## Case file", "de": "## Personalakte", "fr": "## Dossier", "ru": "## Личное дело"}


def long_text(c, target):
    b = B()
    b.t({"en": "Here is the consolidated HR pack you asked for.", "de": "Hier die zusammengeführte Personalmappe.",
         "fr": "Voici le dossier RH consolidé.", "ru": "Вот сводный кадровый пакет."}[c.lang])
    k = 0
    while b.n < target:
        k += 1
        b.t(f"\n\n{HEADS[c.lang]} {k}\n\n").extend(chat_piece(c)[1])
    return b


def build(shape, c, r):
    """Returns (B, format, template) for a non-stream shape."""
    if shape == "chat":
        name, b = chat_piece(c)
        return b, "text", f"aa.chat.{name}.{c.lang}"
    if shape == "obfuscated":
        return g_obf(c), "text", f"aa.obf.{c.lang}"
    if shape == "text4k" or (shape == "long64k" and c.long_text):
        return long_text(c, 3950 if shape == "text4k" else 64500), "text", f"aa.{shape}.casefile.{c.lang}"
    target = {"json": 0, "json4k": 3900, "long64k": 65000}[shape]
    kinds = JSON_KINDS if not target else [k for k in JSON_KINDS if k[0] in ("ats", "columns", "enrol", "gradebook", "payroll", "leave", "lmslog", "org")]
    name, fn, _ = pick_w(r, kinds, 2)
    ind, seps = r.choice([(None, (", ", ": ")), (None, (",", ":")), (2, (",", ": ")), (4, (",", ": ")), (1, (",", ": "))])
    if target >= 64000:
        ind, seps = None, (",", ":")
    asc = r.random() < 0.3
    c.jfmt = (ind, seps, asc)
    obj = fn(c, target)
    b = B()
    jdump(b, obj, ind, seps, asc)
    want = json.dumps(plain(obj), indent=ind, separators=seps, ensure_ascii=asc)
    if b.text() != want:
        raise AssertionError(f"serializer mismatch in {name}")
    return b, "json", f"aa.json.{name}" + (".ascii" if asc else "")


def chunks(r, text):
    out, i = [], 0
    while i < len(text):
        n = r.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def generate(seed):
    r = Random(seed)
    fakers = {}
    for i, (loc, _) in enumerate(LOCALES):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(seed * 31 + i)
    docs = []
    for shape, count in SHAPE_COUNTS:
        for i in range(count):
            loc = r.choices([x[0] for x in LOCALES], weights=[x[1] for x in LOCALES])[0]
            nl = LOC_LANG[loc]
            lang = nl if nl == "en" or r.random() < 0.7 else "en"
            c = Ctx(r, fakers, loc, lang)
            c.long_text = i % 2 == 0
            base = shape
            if shape == "stream":
                base = r.choices(["chat", "json", "text4k", "obfuscated"], weights=[5, 3, 1.2, 1])[0]
            if shape == "long64k":
                base = "long64k"
            b, fmt, tpl = build(base, c, r)
            d = {"id": f"aa{seed}-{shape}-{i:04d}", "split": "probe_aa", "shape": shape}
            if shape == "stream":
                d["base_shape"] = base
            d.update({"format": fmt, "locale": loc, "lang": lang, "template": tpl, "holdout_only_template": True, "text": b.text()})
            if shape == "stream":
                d["chunks"] = chunks(r, d["text"])
            d.update({"entities": b.ents, "negatives": b.negs, "ignore": b.ign})
            docs.append(d)
    return docs


# ----------------------------------------------------------------------------------------------
# validation and summary
# ----------------------------------------------------------------------------------------------
def norm_value(d, v):
    if d["format"] == "json":
        v = json.loads('"' + v + '"')
    for z in ZW:
        v = v.replace(z, "")
    v = "".join(UNHOMO.get(ch, ch) for ch in unicodedata.normalize("NFKC", v))
    wmap = {w: str(i) for ws in DIGIT_WORDS.values() for i, w in enumerate(ws)}
    if any(t in wmap for t in v.split()):
        v = "".join(wmap.get(t, "") for t in v.split())
    return v


CHECKS = {"CREDIT_CARD": lambda x: luhn_ok(re.sub(r"\D", "", x)), "IBAN": lambda x: iban_ok(re.sub(r"[^A-Za-z0-9]", "", x)),
          "US_SSN": lambda x: ssn_ok(re.sub(r"\D", "", x)), "RU_SNILS": lambda x: snils_ok(re.sub(r"\D", "", x)),
          "RU_INN": lambda x: inn_ok(re.sub(r"\D", "", x)),
          "RU_PASSPORT": lambda x: bool(re.fullmatch(r"\d{10}", re.sub(r"\D", "", x)))}


def validate(docs):
    errs = []
    ids = set()
    for d in docs:
        t, did = d["text"], d["id"]
        if did in ids:
            errs.append(f"{did}: duplicate id")
        ids.add(did)
        spans = []
        for e in d["entities"] + d["negatives"]:
            if t[e["start"]:e["end"]] != e["value"] or not e["value"] or e["value"].strip() != e["value"]:
                errs.append(f"{did}: bad offsets {e}")
            spans.append((e["start"], e["end"]))
        for s, e in d["ignore"]:
            if not 0 <= s < e <= len(t):
                errs.append(f"{did}: bad ignore {s},{e}")
            spans.append((s, e))
        spans.sort()
        for a, b2 in zip(spans, spans[1:]):
            if b2[0] < a[1]:
                errs.append(f"{did}: overlapping spans {a} {b2}")
        if d["format"] == "json":
            try:
                json.loads(t)
            except ValueError as ex:
                errs.append(f"{did}: JSON does not parse: {ex}")
        if d["shape"] == "stream" and ("".join(d["chunks"]) != t or any(not 1 <= len(x) <= 16 for x in d["chunks"])):
            errs.append(f"{did}: chunks do not join to text")
        for e in d["entities"]:
            v = norm_value(d, e["value"])
            chk = CHECKS.get(e["type"])
            if e["type"] == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "nhs":
                chk = lambda x: nhs_ok(re.sub(r"\D", "", x))  # noqa: E731
            if chk and not chk(v):
                errs.append(f"{did}: checksum fails {e['type']} {e['value']!r}")
            if e["type"] == "PERSON" and not e["sub"].endswith("_one") and " " not in v:
                errs.append(f"{did}: multi-word PERSON without a space {v!r}")
    return errs


def summary(docs):
    ents = [e for d in docs for e in d["entities"]]
    out = {"documents": len(docs), "by_shape": Counter(d["shape"] for d in docs), "by_format": Counter(d["format"] for d in docs),
           "by_locale": Counter(d["locale"] for d in docs), "by_lang": Counter(d["lang"] for d in docs),
           "stream_base": Counter(d["base_shape"] for d in docs if d["shape"] == "stream"),
           "json_ascii_escaped": sum(d["template"].endswith(".ascii") for d in docs),
           "entities_by_type": Counter(e["type"] for e in ents), "entities_total": len(ents),
           "person_multi_word": sum(e["type"] == "PERSON" and not e["sub"].endswith("_one") for e in ents),
           "person_one_word": sum(e["type"] == "PERSON" and e["sub"].endswith("_one") for e in ents),
           "obfuscation": Counter(e["obf"] for e in ents if e.get("obf")),
           "negatives_by_type": Counter(n["type"] for d in docs for n in d["negatives"]),
           "ignore_spans": sum(len(d["ignore"]) for d in docs), "chars": sum(len(d["text"]) for d in docs)}
    return {k: (dict(sorted(v.items(), key=lambda kv: -kv[1])) if isinstance(v, Counter) else v) for k, v in out.items()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7070)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true", help="print counts by shape, locale, type, negatives")
    a = ap.parse_args()
    docs = generate(a.seed)
    errs = validate(docs)
    if errs:
        for x in errs[:40]:
            print("INVALID", x, file=sys.stderr)
        print(f"{len(errs)} validation errors; nothing written", file=sys.stderr)
        sys.exit(1)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        for k, v in summary(docs).items():
            print(f"{k}: {json.dumps(v, ensure_ascii=False)}")
    print(f"wrote {len(docs)} documents to {a.out} (seed {a.seed}, validation passed)", file=sys.stderr)


if __name__ == "__main__":
    main()
