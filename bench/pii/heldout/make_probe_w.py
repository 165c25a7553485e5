#!/usr/bin/env python3
"""Probe W: held-out PII corpus of messaging exports and casual user-generated text.

Chat-platform exports (WhatsApp .txt, Telegram JSON, Slack, Discord, Teams, Matrix, SMS backups,
iMessage threads), forum/marketplace posts, forwarded mails, voicemail transcripts and assistant
summaries of such threads, in en_US, en_GB, de_DE, fr_FR, ru_RU.  Same JSONL schema as the bench
dev split.  Standard library + Faker only; one random.Random(seed) drives everything.

    PYTHONPATH=/tmp/faker-site python make_probe_w.py --seed 3838 --out /tmp/probe_w.jsonl --summary
"""
import argparse
import base64
import json
import re
import string
import sys
from collections import Counter, defaultdict

import random

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.exit("needs Faker (PYTHONPATH=/tmp/faker-site)")

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOC_W = [33, 16, 17, 13, 21]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
CC = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}
SHAPES = [("chat", 200), ("json", 112), ("stream", 56), ("obfuscated", 56), ("json4k", 34), ("text4k", 22)]
SPLIT = "heldout-w"


# ----------------------------------------------------------------------------- segments
class E:
    """An entity inside a segment list."""
    __slots__ = ("type", "value", "sub", "core", "obf", "num")

    def __init__(self, type_, value, sub=None, core=None, obf=None, num=False):
        self.type, self.value, self.sub, self.core, self.obf, self.num = type_, value, sub, core, obf, num


class N:
    """A hard negative."""
    __slots__ = ("type", "value", "num")

    def __init__(self, type_, value, num=False):
        self.type, self.value, self.num = type_, value, num


class I:
    """A don't-care span (city / postcode after a street)."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class R:
    """A rich JSON string leaf: list of segments."""
    __slots__ = ("segs",)

    def __init__(self, segs):
        self.segs = segs if isinstance(segs, list) else [segs]


def fmt(tpl, *args):
    out = []
    for i, part in enumerate(re.split(r"\{(\d)\}", tpl)):
        if i % 2 == 0:
            if part:
                out.append(part)
        else:
            a = args[int(part)]
            out.extend(a if isinstance(a, list) else [a])
    return out


def plain(segs):
    return "".join(s if isinstance(s, str) else s.value for s in segs)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Buf:
    def __init__(self, esc=None):
        self.parts, self.pos = [], 0
        self.ents, self.negs, self.ign = [], [], []
        self.esc = esc or (lambda s: s)

    def raw(self, s):
        self.parts.append(s)
        self.pos += len(s)

    def seg(self, x):
        if isinstance(x, str):
            self.raw(self.esc(x))
            return
        val = x.value if getattr(x, "num", False) else self.esc(x.value)
        st = self.pos
        self.raw(val)
        if isinstance(x, E):
            d = {"type": x.type, "start": st, "end": self.pos, "value": val}
            if x.sub:
                d["sub"] = x.sub
            if x.core:
                c0, c1 = x.core
                d["core"] = [st + len(self.esc(x.value[:c0])), st + len(self.esc(x.value[:c1]))]
            if x.obf:
                d["obf"] = x.obf
            self.ents.append(d)
        elif isinstance(x, N):
            self.negs.append({"type": x.type, "start": st, "end": self.pos, "value": val})
        else:
            self.ign.append([st, self.pos])

    def segs(self, lst):
        for x in lst:
            self.seg(x)

    def text(self):
        return "".join(self.parts)


def jser(b, obj, indent=None, lvl=0, seps=(", ", ": ")):
    """Serialise obj into Buf b (JSON), tracking spans of E/N/I leaves."""
    nl = (lambda l: "\n" + " " * (indent * l)) if indent is not None else (lambda l: "")
    isep = "," if indent is not None else seps[0]
    if isinstance(obj, dict):
        if not obj:
            b.raw("{}")
            return
        b.raw("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                b.raw(isep)
            b.raw(nl(lvl + 1) + json.dumps(k, ensure_ascii=False) + seps[1])
            jser(b, v, indent, lvl + 1, seps)
        b.raw(nl(lvl) + "}")
    elif isinstance(obj, list):
        if not obj:
            b.raw("[]")
            return
        b.raw("[")
        for i, v in enumerate(obj):
            if i:
                b.raw(isep)
            b.raw(nl(lvl + 1))
            jser(b, v, indent, lvl + 1, seps)
        b.raw(nl(lvl) + "]")
    elif isinstance(obj, R):
        b.raw('"')
        old, b.esc = b.esc, jesc
        b.segs(obj.segs)
        b.esc = old
        b.raw('"')
    elif isinstance(obj, (E, N, I)):
        if getattr(obj, "num", False):
            b.seg(obj)
        else:
            jser(b, R([obj]), indent, lvl, seps)
    elif isinstance(obj, str):
        b.raw(json.dumps(obj, ensure_ascii=False))
    else:
        b.raw(json.dumps(obj))


# ----------------------------------------------------------------------------- value generators
TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
               "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
UML = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a", "â": "a",
       "î": "i", "ï": "i", "ô": "o", "ù": "u", "û": "u", "ç": "c", "ÿ": "y", "œ": "oe", "æ": "ae"}


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = TR.get(lo, UML.get(lo, lo))
        out.append(t.capitalize() if ch != lo and t else t)
    return "".join(out)


def ascii_name(s):
    return re.sub(r"[^a-z0-9]", "", translit(s).lower())


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.fk = {}
        for loc in LOCALES:
            f = Faker(loc)
            f.seed_instance(rng.getrandbits(32))
            self.fk[loc] = f

    # -- small helpers
    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def alnum(self, n, alpha=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def ch(self, seq):
        return self.r.choice(seq)

    def wch(self, seq, w):
        return self.r.choices(seq, weights=w)[0]

    # -- people
    def person(self, loc):
        f = self.fk[loc]
        fem = self.r.random() < 0.5
        if loc == "ru_RU":
            first = f.first_name_female() if fem else f.first_name_male()
            last = f.last_name_female() if fem else f.last_name_male()
            mid = f.middle_name_female() if fem else f.middle_name_male()
        else:
            first = f.first_name_female() if fem else f.first_name_male()
            last, mid = f.last_name(), None
        return {"first": first, "last": last, "mid": mid, "loc": loc, "sub": LANG[loc]}

    def pname(self, p, form=None, lang=None):
        r = self.r
        if p["loc"] == "ru_RU":
            if lang and lang != "ru":  # transliterated inside non-Russian text
                form = form or r.choice(["fl", "fl", "lower", "lf"])
                f, l = translit(p["first"]), translit(p["last"])
                return {"fl": f + " " + l, "lower": (f + " " + l).lower(), "lf": l + ", " + f}.get(form, f + " " + l)
            form = form or self.wch(["fl", "lfp", "lin", "lower", "flp"], [4, 3, 1, 1, 1])
            f, l, m = p["first"], p["last"], p["mid"]
            return {"fl": f + " " + l, "lfp": l + " " + f + " " + m, "lin": "%s %s. %s." % (l, f[0], m[0]),
                    "lower": (f + " " + l).lower(), "flp": f + " " + m + " " + l}.get(form, f + " " + l)
        form = form or self.wch(["fl", "fml", "lf", "lower"], [6, 2, 1, 2])
        f, l = p["first"], p["last"]
        if form == "fml":
            return "%s %s. %s" % (f, r.choice(string.ascii_uppercase), l)
        if form == "lf":
            return l + ", " + f
        if form == "lower":
            return (f + " " + l).lower()
        return f + " " + l

    def PER(self, p, form=None, lang=None):
        return E("PERSON", self.pname(p, form, lang), p["sub"])

    # -- email
    DOMAINS = {"en_US": ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "hotmail.com", "comcast.net",
                         "protonmail.com", "fastmail.com", "example.com"],
               "en_GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "yahoo.co.uk", "outlook.com",
                         "virginmedia.com", "example.co.uk"],
               "de_DE": ["gmx.de", "web.de", "t-online.de", "gmx.net", "posteo.de", "mailbox.org", "freenet.de",
                         "gmail.com", "beispiel.de"],
               "fr_FR": ["free.fr", "laposte.net", "orange.fr", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr",
                         "exemple.fr"],
               "ru_RU": ["mail.ru", "yandex.ru", "ya.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "gmail.com"]}

    def email(self, p=None, loc=None):
        r = self.r
        loc = loc or (p["loc"] if p else "en_US")
        if p is None:
            p = self.person(loc)
        f, l = ascii_name(p["first"]), ascii_name(p["last"])
        local = self.wch([f + "." + l, f[0] + l, f + l + str(r.randint(1, 99)), f + "_" + l, l + "." + f,
                          f + str(r.randint(1960, 2006)), f[0] + "." + l + str(r.randint(1, 9)),
                          f + "+" + r.choice(["shop", "news", "chat", "tg"])],
                         [5, 3, 3, 2, 1, 2, 1, 1])
        dom = r.choice(self.DOMAINS[loc]) if r.random() < 0.85 else r.choice(
            ["uni-leipzig.de", "nhs.net", "company.io", "studio-" + l[:6] + ".fr", "acmehealth.org", "corp.lan"])
        e = local + "@" + dom
        if r.random() < 0.06:
            e = e.upper()
        elif r.random() < 0.08:
            e = e.capitalize()
        return e

    def EM(self, p=None, loc=None):
        return E("EMAIL", self.email(p, loc))

    # -- phones
    def phone(self, cc, intl=None):
        r = self.r
        intl = (r.random() < 0.5) if intl is None else intl
        if cc == "US":
            a = str(r.randint(2, 9)) + self.digits(2)
            while a[1:] == "11":
                a = str(r.randint(2, 9)) + self.digits(2)
            x = str(r.randint(2, 9)) + self.digits(2)
            n = self.digits(4)
            if intl:
                v = self.ch(["+1 %s %s %s", "+1%s%s%s", "+1-%s-%s-%s", "001 %s %s %s", "+1 (%s) %s-%s"]) % (a, x, n)
            else:
                v = self.ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s%s%s", "%s %s %s", "1-%s-%s-%s",
                             "(%s)%s-%s"]) % (a, x, n)
        elif cc == "GB":
            if r.random() < 0.55:
                m, rest = "7" + str(r.randint(4, 9)) + self.digits(2), self.digits(6)
                if intl:
                    v = self.ch(["+44 %s %s", "+44%s%s", "0044 %s %s", "+44 (0)%s %s"]) % (m, rest)
                else:
                    v = self.ch(["0%s %s" % (m, rest), "0%s%s" % (m, rest), "0%s %s %s" % (m, rest[:3], rest[3:])])
            else:
                ac, num = self.ch([("20", self.digits(4) + " " + self.digits(4)), ("161", self.digits(3) + " " + self.digits(4)),
                                   ("131", self.digits(3) + " " + self.digits(4)), ("113", self.digits(3) + " " + self.digits(4)),
                                   ("1632", self.digits(6))])
                v = self.ch(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (ac, num) if intl else "0%s %s" % (ac, num)
        elif cc == "DE":
            if r.random() < 0.6:
                pre = self.ch(["151", "152", "157", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
                num = self.digits(r.choice([7, 8]))
            else:
                pre = self.ch(["30", "40", "89", "221", "69", "711", "341", "351", "511", "911"])
                num = self.digits(r.choice([6, 7, 8]))
            if intl:
                v = self.ch(["+49 %s %s", "+49%s%s", "0049 %s %s", "+49 (0)%s %s", "+49-%s-%s"]) % (pre, num)
            else:
                v = self.ch(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s", "0%s%s", "0%s %s %s"])
                v = v % ((pre, num[:3], num[3:]) if v.count("%s") == 3 else (pre, num))
        elif cc == "FR":
            d = str(r.choice([1, 2, 3, 4, 5, 6, 6, 7, 9]))
            pairs = [self.digits(2) for _ in range(4)]
            if intl:
                v = self.ch(["+33 %s %s" % (d, " ".join(pairs)), "+33%s%s" % (d, "".join(pairs)),
                             "0033 %s %s" % (d, " ".join(pairs)), "+33 (0)%s %s" % (d, " ".join(pairs))])
            else:
                sep = self.ch([" ", ".", "", "-", " "])
                v = "0" + d + sep + sep.join(pairs)
        else:  # RU
            code = self.ch(["916", "903", "925", "926", "977", "985", "999", "495", "812", "383", "343", "921", "905"])
            a, b, c = self.digits(3), self.digits(2), self.digits(2)
            if intl:
                v = self.ch(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s", "+7%s%s%s%s", "+7-%s-%s-%s-%s", "+7 %s %s %s %s"]) % (code, a, b, c)
            else:
                v = self.ch(["8 %s %s-%s-%s", "8 (%s) %s-%s-%s", "8%s%s%s%s", "8-%s-%s-%s-%s", "8 %s %s %s %s"]) % (code, a, b, c)
        return E("PHONE", v, ("intl_" if intl else "national_") + cc)

    def PH(self, loc, other=0.12, intl=None):
        cc = CC[loc] if self.r.random() > other else self.ch(["US", "GB", "DE", "FR", "RU"])
        return self.phone(cc, intl)

    # -- cards
    def luhn_ok(self, s):
        tot = 0
        for i, c in enumerate(reversed(s)):
            d = int(c)
            if i % 2:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        return tot % 10 == 0

    def luhn_complete(self, prefix, length):
        body = prefix + self.digits(length - len(prefix) - 1)
        for d in "0123456789":
            if self.luhn_ok(body + d):
                return body + d

    def card(self):
        kind = self.wch(["visa", "mastercard", "amex", "discover", "jcb", "mir"], [27, 26, 13, 13, 10, 11])
        pre = {"visa": lambda: "4", "mastercard": lambda: self.ch(["51", "52", "53", "54", "55", str(self.r.randint(2221, 2720))]),
               "amex": lambda: self.ch(["34", "37"]), "discover": lambda: self.ch(["6011", "65", "644", "649"]),
               "jcb": lambda: str(self.r.randint(3528, 3589)), "mir": lambda: "220" + str(self.r.randint(0, 4))}[kind]()
        n = self.luhn_complete(pre, 15 if kind == "amex" else 16)
        st = self.wch(["compact", "space", "dash"], [3, 5, 2])
        if kind == "amex":
            g = [n[:4], n[4:10], n[10:]]
        else:
            g = [n[i:i + 4] for i in range(0, 16, 4)]
        v = n if st == "compact" else (" " if st == "space" else "-").join(g)
        return E("CREDIT_CARD", v, kind)

    def cardlike(self):
        while True:
            n = self.ch(["4", "5", "3", "6", "9", "1"]) + self.digits(15)
            if not self.luhn_ok(n):
                break
        st = self.ch(["", " ", "-"])
        return N("NEG_CARDLIKE", st.join(n[i:i + 4] for i in range(0, 16, 4)))

    # -- IBAN
    IBAN_BB = {"DE": "8n10n", "FR": "5n5n11c2n", "GB": "4a14n", "ES": "4n4n2n10n", "AT": "5n11n", "BE": "3n7n2n",
               "CH": "5n12c", "NL": "4a10n", "PL": "8n16n", "IT": "1a5n5n12c"}

    def iban(self, cc=None):
        r = self.r
        cc = cc or self.wch(list(self.IBAN_BB), [22, 18, 14, 8, 7, 6, 6, 6, 6, 7])
        bban = ""
        for cnt, kind in re.findall(r"(\d+)([nac])", self.IBAN_BB[cc]):
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += "".join(r.choice(alpha) for _ in range(int(cnt)))
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        v = cc + "%02d" % chk + bban
        grouped = r.random() < 0.55
        if grouped:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return E("IBAN", v, cc + ("_grouped" if grouped else "_compact"))

    @staticmethod
    def iban_ok(v):
        v = v.replace(" ", "")
        s = v[4:] + v[:4]
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

    # -- SSN
    def ssn(self):
        r = self.r
        a = r.randint(1, 899)
        while a == 666:
            a = r.randint(1, 899)
        g, s = r.randint(1, 99), r.randint(1, 9999)
        st = self.wch(["dashed", "plain", "spaced"], [7, 2, 1])
        v = {"dashed": "%03d-%02d-%04d", "plain": "%03d%02d%04d", "spaced": "%03d %02d %04d"}[st] % (a, g, s)
        return E("US_SSN", v, st)

    @staticmethod
    def ssn_ok(v):
        d = re.sub(r"\D", "", v)
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"

    # -- Russian documents
    @staticmethod
    def snils_cs(d9):
        s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
        if s < 100:
            return s
        if s in (100, 101):
            return 0
        s %= 101
        return 0 if s == 100 else s

    def snils(self):
        d9 = self.digits(9)
        while int(d9) <= 1001998:
            d9 = self.digits(9)
        cs = "%02d" % self.snils_cs(d9)
        st = self.wch(["formatted", "dashed", "plain"], [6, 2, 2])
        v = {"formatted": "%s-%s-%s %s", "dashed": "%s-%s-%s-%s", "plain": "%s%s%s%s"}[st] % (d9[:3], d9[3:6], d9[6:], cs)
        return E("RU_SNILS", v, st)

    @staticmethod
    def inn_ok(v):
        d = [int(c) for c in v]
        w10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        if len(d) == 10:
            return sum(a * b for a, b in zip(w10, d)) % 11 % 10 == d[9]
        if len(d) == 12:
            return (sum(a * b for a, b in zip(w11, d)) % 11 % 10 == d[10] and
                    sum(a * b for a, b in zip(w12, d)) % 11 % 10 == d[11])
        return False

    def inn(self, num=False):
        r = self.r
        region = "%02d" % r.choice([77, 78, 50, 66, 54, 23, 16, 52, 61, 74, 63, 2, 24])
        if r.random() < 0.5:
            d = region + self.digits(7)
            w10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            v = d + str(sum(int(a) * b for a, b in zip(d, w10)) % 11 % 10)
            sub = "inn10"
        else:
            d = region + self.digits(8)
            w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            d += str(sum(int(a) * b for a, b in zip(d, w11)) % 11 % 10)
            w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            v = d + str(sum(int(a) * b for a, b in zip(d, w12)) % 11 % 10)
            sub = "inn12"
        if num:
            return E("RU_INN", v, sub + "_json_number", num=True)
        return E("RU_INN", v, sub)

    def passport(self):
        r = self.r
        reg, yr, no = "%02d" % r.randint(1, 99), "%02d" % r.choice(list(range(0, 25)) + list(range(97, 100))), self.digits(6)
        st = self.wch(["spaced", "series_number", "plain", "numero"], [5, 3, 2, 1])
        v = {"spaced": "%s %s %s", "series_number": "%s%s %s", "plain": "%s%s%s", "numero": "%s %s № %s"}[st] % (reg, yr, no)
        return E("RU_PASSPORT", v, st)

    # -- medical
    def nhs(self):
        while True:
            d = self.digits(9)
            s = sum(int(c) * (10 - i) for i, c in enumerate(d))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                v = d + str(c)
                return v if self.r.random() < 0.5 else "%s %s %s" % (v[:3], v[3:6], v[6:])

    @staticmethod
    def nhs_ok(v):
        d = v.replace(" ", "")
        s = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
        c = 11 - s % 11
        return len(d) == 10 and (0 if c == 11 else c) == int(d[9])

    def mrn(self, loc):
        r = self.r
        if loc == "en_GB" and r.random() < 0.45:
            return E("MEDICAL_RECORD_NUMBER", self.nhs(), "nhs")
        k = self.wch(["numeric", "prefixed", "alnum"], [4, 3, 2])
        if k == "numeric":
            v = self.digits(r.randint(7, 10))
        elif k == "prefixed":
            v = self.ch(["MRN-", "MRN", "PID-", "KH", "PAT-", "HC", "ID-"]) + self.digits(r.randint(6, 9))
        else:
            v = self.alnum(2, string.ascii_uppercase) + self.digits(6) + "-" + self.alnum(2, string.ascii_uppercase + string.digits)
        return E("MEDICAL_RECORD_NUMBER", v, k)

    # -- network
    def ipv4(self):
        r = self.r
        v = self.ch(["192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254)),
                     "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "%d.%d.%d.%d" % (r.choice([31, 46, 62, 78, 81, 84, 89, 91, 95, 109, 176, 185, 188, 212, 217]),
                                      r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])
        return E("IPV4", v)

    def ipv6(self):
        r = self.r
        groups = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
        if r.random() < 0.5:
            v = self.ch(["2a02", "2001", "2a01", "2600", "fe80"]) + ":" + ":".join(groups[1:4]) + "::" + groups[7]
        else:
            v = ":".join(groups)
        return E("IPV6", v)

    # -- dates
    MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                     "November", "December"],
              "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                     "November", "Dezember"],
              "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                     "novembre", "décembre"],
              "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                     "ноября", "декабря"]}

    def date_str(self, loc, y, m, d, casual=False):
        lang = LANG[loc]
        M = self.MONTHS[lang][m - 1]
        if lang == "en":
            opts = (["%s %d, %d" % (M, d, y), "%d %s %d" % (d, M.lower(), y), "%d %s %d" % (d, M, y), "%d-%02d-%02d" % (y, m, d)]
                    + (["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y)] if loc == "en_US" else
                       ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, M[:3], y)]))
            if casual:
                opts += ["%s %d %d" % (M.lower(), d, y), "%d %s %d" % (d, M.lower(), y)]
        elif lang == "de":
            opts = ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, M, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)]
        elif lang == "fr":
            opts = ["%d %s %d" % (d, M, y), "%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)] + (["1er %s %d" % (M, y)] if d == 1 else [])
        else:
            opts = ["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M, y), "%d-%02d-%02d" % (y, m, d)]
        return self.ch(opts)

    def DOB(self, loc, casual=False):
        r = self.r
        return E("DATE_OF_BIRTH", self.date_str(loc, r.randint(1938, 2007), r.randint(1, 12), r.randint(1, 28), casual))

    def NDATE(self, loc):
        r = self.r
        return N("NEG_DATE", self.date_str(loc, r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)))

    # -- streets
    def street(self, loc):
        f = self.fk[loc]
        if loc == "en_GB":
            s = f.building_number() + " " + f.street_name()
        else:
            s = f.street_address().replace("\n", ", ")
        return E("STREET_ADDRESS", s, LANG[loc])

    def city_tail(self, loc):
        f = self.fk[loc]
        if loc == "en_US":
            return "%s, %s %s" % (f.city(), f.state_abbr(), f.postcode())
        if loc == "en_GB":
            return "%s %s" % (f.city(), f.postcode())
        if loc == "ru_RU":
            return "%s, %s" % (f.city().replace("г. ", ""), f.postcode())
        return "%s %s" % (f.postcode(), f.city())

    # -- secrets
    B62 = string.ascii_letters + string.digits

    def b64url(self, raw):
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    def pem(self):
        r = self.r
        kind = self.wch(["RSA ", "EC ", "", "OPENSSH ", "ENCRYPTED "], [3, 2, 3, 3, 2])
        sub = {"RSA ": "pem_rsa_private_key", "EC ": "pem_ec_private_key", "": "pem_private_key",
               "OPENSSH ": "pem_openssh_private_key", "ENCRYPTED ": "pem_encrypted_private_key"}[kind]
        width = 70 if kind == "OPENSSH " else 64
        raw = bytes(r.getrandbits(8) for _ in range(r.choice([90, 121, 180, 230])))
        b = base64.b64encode(raw).decode()
        body = "\n".join(b[i:i + width] for i in range(0, len(b), width))
        head = "-----BEGIN %sPRIVATE KEY-----\n" % kind
        v = head + body + "\n-----END %sPRIVATE KEY-----" % kind
        return E("API_KEY", v, sub, core=(len(head), len(head) + len(body)))

    def jwt(self):
        r = self.r
        h = self.b64url(json.dumps({"alg": self.ch(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        iat = r.randint(1700000000, 1760000000)
        p = self.b64url(json.dumps({"sub": str(r.randint(10 ** 6, 10 ** 9)), "iat": iat, "exp": iat + 3600,
                                    "scope": self.ch(["chat:write", "read", "bot"])}, separators=(",", ":")).encode())
        s = self.b64url(bytes(r.getrandbits(8) for _ in range(32)))
        return E("API_KEY", h + "." + p + "." + s, "jwt")

    def password(self):
        r = self.r
        if r.random() < 0.5:
            v = self.ch(["Sommer", "Winter", "Bella", "Soleil", "Moscow", "Kotik", "Liverpool", "Hunter", "Marmotte",
                         "Schatz", "Dasha", "Spring", "Chelsea", "Minou"]) + str(r.randint(10, 2025)) + self.ch(["!", "*", "#", "?", "$", ""])
        else:
            v = "".join(r.choice(self.B62 + "!#%*-_") for _ in range(r.randint(12, 20)))
        return v

    def secret(self, kind=None):
        r = self.r
        kind = kind or self.wch(["aws_access_key_id", "slack", "db_password", "jwt", "github_pat_classic", "pem", "password",
                                 "github_other", "stripe", "openai_like", "google_api", "gitlab", "github_pat_fine"],
                                [10, 9, 7, 6, 5, 4, 5, 3, 3, 3, 2, 2, 2])
        A32 = string.ascii_uppercase + "234567"
        if kind == "aws_access_key_id":
            return E("API_KEY", self.ch(["AKIA", "ASIA"]) + self.alnum(16, A32), kind)
        if kind == "aws_secret_key":
            return E("API_KEY", self.alnum(40, self.B62 + "+/"), kind)
        if kind == "slack":
            return E("API_KEY", "%s-%s-%s-%s" % (self.ch(["xoxb", "xoxp", "xoxb", "xoxe"]), self.digits(12), self.digits(13),
                                                   self.alnum(24)), kind)
        if kind == "jwt":
            return self.jwt()
        if kind == "github_pat_classic":
            return E("API_KEY", "ghp_" + self.alnum(36), kind)
        if kind == "github_other":
            return E("API_KEY", self.ch(["gho_", "ghs_", "ghu_", "ghr_"]) + self.alnum(36), kind)
        if kind == "github_pat_fine":
            return E("API_KEY", "github_pat_" + self.alnum(22) + "_" + self.alnum(59), kind)
        if kind == "pem":
            return self.pem()
        if kind == "stripe":
            return E("API_KEY", self.ch(["sk_live_", "rk_live_", "sk_live_"]) + self.alnum(r.choice([24, 32, 99])), kind)
        if kind == "openai_like":
            return E("API_KEY", "sk-proj-" + self.alnum(48, self.B62 + "_-"), kind)
        if kind == "google_api":
            return E("API_KEY", "AIza" + self.alnum(35, self.B62 + "_-"), kind)
        if kind == "gitlab":
            return E("API_KEY", "glpat-" + self.alnum(20, self.B62 + "_-"), kind)
        if kind == "password":
            return E("API_KEY", self.password(), "password")
        return E("API_KEY", self.password().replace("$", "x"), "db_password")

    # -- negatives
    def neg(self, loc, kind=None):
        r = self.r
        kind = kind or self.wch(["ts", "uuid", "order", "hash", "version", "card", "title", "num", "pkg", "b64", "date"],
                                [10, 5, 6, 3, 3, 3, 2, 3, 2, 1, 4])
        if kind == "ts":
            t = r.randint(1672531200, 1767225600)
            return N("NEG_TIMESTAMP", self.ch(["%d.%06d" % (t, r.randint(0, 999999)), str(t), str(t * 1000),
                                                 self.iso(t), self.iso(t)[:19].replace("T", " ")]))
        if kind == "uuid":
            h = "%032x" % r.getrandbits(128)
            h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
            return N("NEG_UUID", "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]))
        if kind == "order":
            return N("NEG_ORDER_ID", self.ch(["%d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                                                "#" + self.digits(r.randint(6, 9)), "C0" + self.alnum(9, string.ascii_uppercase + string.digits),
                                                "U0" + self.alnum(8, string.ascii_uppercase + string.digits),
                                                "1Z" + self.alnum(16, string.ascii_uppercase + string.digits),
                                                "RR" + self.digits(9) + "RU", "LV" + self.digits(9) + "DE",
                                                "CMD-" + self.digits(6), "KD" + self.digits(8)]))
        if kind == "hash":
            return N("NEG_HASH", "%0*x" % ((n := self.ch([7, 32, 40, 64])), r.getrandbits(4 * n)))
        if kind == "version":
            return N("NEG_VERSION", "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 60), r.randint(0, 99), r.randint(1, 250)))
        if kind == "card":
            return self.cardlike()
        if kind == "title":
            return N("NEG_TITLECASE", self.ch(TITLES[LANG[loc]]))
        if kind == "num":
            return N("NEG_NUMBER", self.ch(["%d,%02d €" % (r.randint(5, 999), r.randint(0, 99)), "£%d.%02d" % (r.randint(5, 2500), r.randint(0, 99)),
                                              "$%d.%02d" % (r.randint(5, 2500), r.randint(0, 99)), "%d ₽" % (r.randint(2, 900) * 50),
                                              "user" + self.digits(9), self.digits(r.randint(5, 7)), "%d,%03d" % (r.randint(1, 99), r.randint(0, 999))]))
        if kind == "pkg":
            return N("NEG_EMAILLIKE", self.ch(["react-native@0.%d.%d" % (r.randint(60, 76), r.randint(0, 9)),
                                                 "discord.js@14.%d.%d" % (r.randint(0, 16), r.randint(0, 9)),
                                                 "@slack/bolt", "@matrix-org/olm", "telegraf@4.%d.0" % r.randint(0, 16),
                                                 "whatsapp-web.js@1.%d.%d" % (r.randint(20, 27), r.randint(0, 9)),
                                                 "@everyone", "@here", "@channel"]))
        if kind == "b64":
            return N("NEG_B64", base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.choice([24, 33, 48])))).decode())
        return self.NDATE(loc)

    def iso(self, t):
        import datetime
        return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


TITLES = {"en": ["Secret Santa", "Book Club", "House Rules", "Sunday League", "Group Chat Rules", "Lost And Found",
                 "Pinned Message", "Weekly Digest", "Garden Party", "Buy Nothing Group"],
          "de": ["Elternabend Klasse", "Schöne Grüße", "Frohe Ostern", "Hausordnung", "Grillfest", "Tag Der Offenen Tür"],
          "fr": ["Joyeux Anniversaire", "Fête Des Voisins", "Bonne Année", "Vide Grenier", "Réunion Parents"],
          "ru": ["С Днём Рождения", "Родительский Чат", "Новый Год", "Добрый Вечер", "Общий Сбор"]}


# ----------------------------------------------------------------------------- message intents
class Ctx:
    def __init__(self, g, loc):
        self.g, self.loc, self.lang, self.r = g, loc, LANG[loc], g.r
        self.people = [g.person(loc if g.r.random() > 0.15 else g.ch(LOCALES)) for _ in range(g.r.randint(2, 5))]

    def P(self):
        return self.r.choice(self.people)

    def pick(self, bank):
        return self.r.choice(bank[self.lang])


def t_phone(c):
    g, ph = c.g, c.g.PH(c.loc)
    bank = {"en": ["call me at {0} when ur free", "my new number is {0} pls save it", "its {0}, text me dont call lol",
                   "u can reach me on {0} after 6", "new phone who dis 😂 jk its me, {0}", "whatsapp me on {0} 👍"],
            "de": ["ruf mich einfach an unter {0}", "meine neue nummer ist {0}, bitte einspeichern!", "bin unter {0} erreichbar, ab 18 uhr",
                   "schreib mir auf {0} bei whatsapp", "handy: {0} (nicht die alte nummer nehmen)"],
            "fr": ["appelle-moi au {0} stp", "mon nouveau numéro c'est le {0}, enregistre-le", "dispo au {0} après 18h",
                   "tu peux m'écrire au {0} sur whatsapp", "c'est {0} pour me joindre 😉"],
            "ru": ["позвони мне на {0}", "мой новый номер {0}, сохрани плиз", "пиши в ватсап {0}", "я на связи по {0} после шести",
                   "номер сменился: {0}"]}
    if c.r.random() < 0.35:
        p = c.P()
        bank2 = {"en": ["{1} said to call her on {0} about the keys", "can someone give {1} a ring? {0}", "{1}'s number is {0} fyi"],
                 "de": ["{1} hat gesagt, du sollst unter {0} anrufen", "die nummer von {1} ist {0}", "kann jemand {1} anrufen? {0}"],
                 "fr": ["{1} demande que tu la rappelles au {0}", "le numéro de {1} : {0}", "quelqu'un peut appeler {1} ? {0}"],
                 "ru": ["{1} просила перезвонить на {0}", "номер {1}: {0}", "кто-нибудь наберите {1}, {0}"]}
        return fmt(c.pick(bank2), ph, g.PER(p, lang=c.lang))
    return fmt(c.pick(bank), ph)


def t_email(c):
    g, p = c.g, c.P()
    em = g.EM(p)
    bank = {"en": ["send the pics to {0} i dont check the other one anymore", "my email is {0} if the link doesnt work",
                   "can u forward it to {0} thx", "{1} here, pls cc {0} on that thread", "email {1} at {0} and mention the flat"],
            "de": ["schick die fotos an {0}, die alte adresse lese ich nicht mehr", "meine mail ist {0} falls der link nicht geht",
                   "{1} bittet um eine kurze mail an {0}", "leite das bitte an {0} weiter, danke"],
            "fr": ["envoie les photos à {0} je lis plus l'autre adresse", "mon mail c'est {0} si le lien marche pas",
                   "{1} demande qu'on lui écrive sur {0}", "tu peux transférer à {0} merci"],
            "ru": ["скинь фотки на {0}, старую почту не читаю", "моя почта {0}, если ссылка не откроется",
                   "{1} просит написать на {0}", "перешли пожалуйста на {0}"]}
    return fmt(c.pick(bank), em, g.PER(p, lang=c.lang))


def t_contact(c):
    g, p = c.g, c.P()
    bank = {"en": ["Contact card: {0} | {1} | {2}", "here u go: {0}, cell {1}, email {2}", "{0} (plumber) - {1} - {2}, tell him i sent u"],
            "de": ["Kontakt: {0}, Tel. {1}, Mail {2}", "hier die daten vom handwerker: {0}, {1}, {2}", "{0} / {1} / {2} - sag, dass du von mir kommst"],
            "fr": ["Contact : {0} - {1} - {2}", "voilà le contact de la nounou : {0}, {1}, {2}", "{0} ({1}, {2}), de ma part"],
            "ru": ["Контакт: {0}, тел. {1}, почта {2}", "вот контакт мастера: {0}, {1}, {2}", "{0} — {1} — {2}, скажи что от меня"]}
    return fmt(c.pick(bank), g.PER(p, lang=c.lang), g.PH(c.loc), g.EM(p))


def t_address(c):
    g = c.g
    st = g.street(c.loc)
    tail = I(g.city_tail(c.loc))
    if c.lang == "de" and c.r.random() < 0.4:
        return fmt(c.ch_("de", ["wir wohnen jetzt in der {0}, {1}, {2}. OG, klingel geht nicht, einfach anrufen",
                                "adresse für die party: {0}, {1}. hinterhaus, 3. OG links"]), st, tail, str(c.r.randint(1, 5)))
    bank = {"en": ["the party is at {0}, {1} - side door, buzzer is broken", "ship it to {0}, {1} pls",
                   "we moved!! new place is {0}, {1} 🏡", "pickup from {0}, {1}, ring twice"],
            "de": ["lieferadresse ist {0}, {1}", "wir sind umgezogen: {0}, {1} 🏡", "abholung bei {0}, {1}, 2x klingeln"],
            "fr": ["la soirée c'est au {0}, {1}, digicode 4B12", "livraison au {0}, {1} svp", "on a déménagé : {0}, {1} 🏡"],
            "ru": ["адрес для доставки: {0}, {1}", "мы переехали, теперь {0}, {1} 🏡", "забирать по адресу {0}, {1}, домофон не работает"]}
    return fmt(c.pick(bank), st, tail)


def _ch(c, lang, lst):
    return c.r.choice(lst)


Ctx.ch_ = _ch


def t_birthday(c):
    g, p = c.g, c.P()
    d = g.DOB(c.loc, casual=True)
    bank = {"en": ["{0} was born {1} so she's turning the big one, who's in for the gift?", "for the form: {0}, dob {1}",
                   "reminder {0}'s bday is coming, born {1} 🎂", "he needs the name + birthday for the booking: {0}, {1}"],
            "de": ["{0} ist am {1} geboren, wer ist beim geschenk dabei?", "fürs formular: {0}, geb. {1}",
                   "reminder: {0} hat bald geburtstag (geboren {1}) 🎂"],
            "fr": ["{0} est née le {1}, on fait une cagnotte ?", "pour le formulaire : {0}, né(e) le {1}",
                   "rappel anniv de {0} (né le {1}) 🎂"],
            "ru": ["{0} родилась {1}, скидываемся на подарок?", "для анкеты: {0}, дата рождения {1}",
                   "напоминаю: у {0} скоро др, родился {1} 🎂"]}
    return fmt(c.pick(bank), g.PER(p, lang=c.lang), d)


def t_card(c):
    g = c.g
    bank = {"en": ["use my card for the tickets {0} exp 09/28 cvv on the back lol", "card is {0}, just dont buy anything stupid",
                   "paid w/ {0} but it got declined??", "mum's card: {0} (she said it's fine)"],
            "de": ["nimm meine karte für die tickets: {0}", "karte ist {0}, gültig bis 11/27", "hab mit {0} bezahlt, wurde abgelehnt??"],
            "fr": ["prends ma carte pour les billets : {0}", "la carte c'est {0}, expire 03/29", "payé avec {0} mais refusé ??"],
            "ru": ["оплати с моей карты {0}", "карта {0}, срок до 08/27", "платил картой {0}, отклонили почему-то"]}
    return fmt(c.pick(bank), g.card())


def t_iban(c):
    g, p = c.g, c.P()
    bank = {"en": ["for the flat deposit send ur share to {0} (name {1})", "IBAN for the holiday money: {0}, account holder {1}",
                   "refund goes to {0} pls, {1}"],
            "de": ["für die kaution bitte euren anteil an {0} (inhaber {1})", "IBAN für die urlaubskasse: {0}, kontoinhaberin {1}",
                   "bitte auf {0} überweisen, verwendungszweck geschenk, {1}"],
            "fr": ["pour la caution envoyez votre part sur {0} (titulaire {1})", "RIB pour la cagnotte : {0}, au nom de {1}",
                   "virement sur {0} svp, {1}"],
            "ru": ["для возврата: {0}, получатель {1}", "IBAN для перевода: {0}, владелец {1}"]}
    cc = {"de": ["DE", "DE", "AT", "CH", "NL"], "fr": ["FR", "FR", "BE", "ES", "IT"], "en": ["GB", "GB", "IT", "PL", "DE"],
          "ru": ["DE", "FR", "PL", "NL"]}[c.lang]
    return fmt(c.pick(bank), g.iban(c.r.choice(cc) if c.r.random() < 0.7 else None), g.PER(p, lang=c.lang))


def t_secret(c):
    g, r = c.g, c.r
    k = g.wch(["one", "env", "url", "aws", "pem", "pw"], [10, 4, 4, 3, 1, 3])
    if k == "env":
        a, b = g.secret("slack"), g.secret(g.ch(["github_pat_classic", "stripe", "openai_like", "gitlab"]))
        return fmt({"en": "oops pasted the whole .env lol:\n```\nBOT_TOKEN={0}\nPAYMENTS_KEY={1}\nDEBUG=false\n```\npls ignore",
                    "de": "sorry, hab die ganze .env reinkopiert:\n```\nBOT_TOKEN={0}\nPAYMENTS_KEY={1}\nDEBUG=false\n```",
                    "fr": "oups j'ai collé tout le .env :\n```\nBOT_TOKEN={0}\nPAYMENTS_KEY={1}\nDEBUG=false\n```",
                    "ru": "ой, скинул весь .env:\n```\nBOT_TOKEN={0}\nPAYMENTS_KEY={1}\nDEBUG=false\n```"}[c.lang], a, b)
    if k == "url":
        user = g.ch(["app", "bot", "admin", "svc_chat", "nextcloud"])
        host = g.ch(["db.home.lan", "10.0.0.12", "pg.internal", "mongo-1.local", "localhost"])
        scheme = g.ch(["postgres", "mysql", "mongodb", "redis", "amqp"])
        return fmt({"en": "conn string for the bot db: {1}://{2}:{0}@{3}/chat", "de": "verbindung zur bot-db: {1}://{2}:{0}@{3}/chat",
                    "fr": "chaîne de connexion : {1}://{2}:{0}@{3}/chat", "ru": "строка подключения: {1}://{2}:{0}@{3}/chat"}[c.lang],
                   g.secret("db_password"), scheme, user, host)
    if k == "aws":
        return fmt("[default]\naws_access_key_id = {0}\naws_secret_access_key = {1}\n" +
                   {"en": "^ that's from my laptop, rotate pls", "de": "^ das ist von meinem laptop, bitte rotieren",
                    "fr": "^ c'est celui de mon laptop, à changer", "ru": "^ это с моего ноута, надо сменить"}[c.lang],
                   g.secret("aws_access_key_id"), g.secret("aws_secret_key"))
    if k == "pem":
        return fmt({"en": "here's the deploy key, don't share:\n{0}", "de": "hier der deploy key, nicht weitergeben:\n{0}",
                    "fr": "voici la clé de déploiement, à garder pour toi :\n{0}", "ru": "вот ключ для деплоя, никому:\n{0}"}[c.lang], g.pem())
    if k == "pw":
        bank = {"en": ["wifi pw is {0} btw", "netflix login is my email, password {0}", "the router password: {0} (case sensitive)"],
                "de": ["wlan passwort ist {0}", "passwort fürs netflix: {0}", "router-passwort: {0} (groß/klein beachten)"],
                "fr": ["le mdp du wifi c'est {0}", "mot de passe netflix : {0}", "mdp de la box : {0}"],
                "ru": ["пароль от вайфая {0}", "пароль от нетфликса: {0}", "пароль роутера: {0}"]}
        return fmt(c.pick(bank), g.secret("password"))
    bank = {"en": ["bot token is `{0}` dont leak it 🙏", "here: {0}", "use this key for the webhook {0}", "token: {0} (expires friday)"],
            "de": ["bot token: `{0}` bitte nicht leaken 🙏", "hier der key: {0}", "für den webhook: {0}"],
            "fr": ["le token du bot : `{0}` ne le partage pas 🙏", "tiens la clé : {0}", "pour le webhook : {0}"],
            "ru": ["токен бота `{0}`, не свети 🙏", "держи ключ: {0}", "для вебхука: {0}"]}
    return fmt(c.pick(bank), g.secret(g.wch(["aws_access_key_id", "slack", "jwt", "github_pat_classic", "github_other", "stripe",
                                             "openai_like", "google_api", "gitlab", "github_pat_fine"], [8, 10, 8, 6, 4, 4, 3, 3, 3, 2])))


def t_hr(c):
    g, p = c.g, c.P()
    if c.lang == "ru":
        return fmt(c.ch_("ru", ["для оформления {0}: паспорт {1}, СНИЛС {2}, ИНН {3}", "{0} — СНИЛС {2}, ИНН {3}, паспорт {1}, прошу завести в 1С"]),
                   g.PER(p), g.passport(), g.snils(), g.inn())
    if c.loc == "en_US":
        return fmt(c.ch_("en", ["#hr-onboarding: {0} starts monday, SSN {1}, DOB {2} - pls add to payroll",
                                "can someone fix the W-4 for {0}? ssn on file is {1} (dob {2})", "new hire {0} / SSN {1} / born {2}"]),
                   g.PER(p), g.ssn(), g.DOB(c.loc))
    bank = {"en": ["#people-ops: {0} joins on monday, dob {1}, bank {2}", "payroll update for {0} (born {1}): new IBAN {2}"],
            "de": ["#personal: {0} fängt montag an, geb. {1}, IBAN {2}", "gehaltskonto von {0} (geb. {1}) geändert auf {2}"],
            "fr": ["#rh : {0} arrive lundi, née le {1}, RIB {2}", "changement de RIB pour {0} (né le {1}) : {2}"]}
    return fmt(c.pick(bank), g.PER(p), g.DOB(c.loc), g.iban(CC[c.loc] if c.loc != "en_US" else "GB"))


def t_patient(c):
    g, p = c.g, c.P()
    bank = {"en": ["hi all, for the support group list: {0}, MRN {1}, dob {2}", "mum's hospital number is {1}, {0}, born {2} - bring it tmrw",
                   "appt moved; patient {0} (MRN {1}, DOB {2}) now on thursday"],
            "de": ["für die liste der selbsthilfegruppe: {0}, Patientennr. {1}, geb. {2}", "die patientennummer von oma ist {1} ({0}, geb. {2})"],
            "fr": ["pour la liste du groupe : {0}, n° de dossier {1}, née le {2}", "le numéro de dossier de papa c'est {1} ({0}, né le {2})"],
            "ru": ["для списка группы: {0}, номер медкарты {1}, дата рождения {2}", "номер карты у мамы {1} ({0}, {2} г.р.)"]}
    return fmt(c.pick(bank), g.PER(p, lang=c.lang), g.mrn(c.loc), g.DOB(c.loc))


def t_ip(c):
    g = c.g
    ip = g.ipv4() if c.r.random() < 0.75 else g.ipv6()
    bank = {"en": ["my public ip is {0}, can u whitelist it", "minecraft server is up at {0} :25565", "someone keeps logging in from {0} 😬"],
            "de": ["meine ip ist {0}, kannst du die freigeben?", "der minecraft server läuft auf {0}", "jemand loggt sich ständig von {0} ein 😬"],
            "fr": ["mon ip publique c'est {0}, tu peux l'autoriser ?", "le serveur tourne sur {0}", "quelqu'un se connecte depuis {0} 😬"],
            "ru": ["мой айпи {0}, добавь в белый список", "сервер поднят на {0}", "кто-то заходит с {0} 😬"]}
    return fmt(c.pick(bank), ip)


def t_rudocs(c):
    g, p = c.g, c.P()
    bank = {"en": ["for the visa: {0}, russian passport {1}, SNILS {2}", "his INN is {1}, passport {2}, name {0}"],
            "de": ["für das visum: {0}, russischer pass {1}, SNILS {2}", "INN von {0}: {1}, pass {2}"],
            "fr": ["pour le visa : {0}, passeport russe {1}, SNILS {2}", "INN de {0} : {1}, passeport {2}"],
            "ru": ["для визы: {0}, паспорт {1}, СНИЛС {2}", "ИНН {0}: {1}, паспорт {2}", "скиньте кто-нибудь ИНН {1} и СНИЛС {2} в бухгалтерию, это {0}"]}
    tpl = c.pick(bank)
    if "INN" in tpl or "ИНН" in tpl:
        a2 = g.inn()
        a3 = g.passport() if ("pass" in tpl.lower() or "паспорт" in tpl) and "СНИЛС" not in tpl else g.snils()
        if "СНИЛС" in tpl and "паспорт" not in tpl:
            a3 = g.snils()
        return fmt(tpl, g.PER(p, lang=c.lang), a2, a3)
    return fmt(tpl, g.PER(p, lang=c.lang), g.passport(), g.snils())


def t_negs(c):
    g = c.g
    bank = {"en": ["tracking number is {0}, should arrive {1}", "update to {2} fixed the crash, commit {3}", "order {4} came to {5} total 🙄",
                   "pinned: {6} starts {1}!", "npm i {7} and restart the bot", "the card-ish number on the parcel is {0}"],
            "de": ["sendungsnummer {0}, kommt am {1}", "nach dem update auf {2} geht's wieder, commit {3}", "bestellung {4} hat {5} gekostet 🙄",
                   "angepinnt: {6} am {1}!", "npm i {7} und dann den bot neu starten"],
            "fr": ["numéro de suivi {0}, livraison prévue le {1}", "la version {2} corrige le bug, commit {3}", "la commande {4} a coûté {5} 🙄",
                   "épinglé : {6} le {1} !", "npm i {7} puis relance le bot"],
            "ru": ["трек-номер {0}, придёт {1}", "после обновления до {2} всё работает, коммит {3}", "заказ {4} вышел на {5} 🙄",
                   "закреп: {6} — {1}!", "npm i {7} и перезапусти бота"]}
    return fmt(c.pick(bank), g.cardlike() if c.r.random() < 0.6 else g.neg(c.loc, "order"), g.NDATE(c.loc), g.neg(c.loc, "version"),
               g.neg(c.loc, "hash"), g.neg(c.loc, "order"), g.neg(c.loc, "num"), g.neg(c.loc, "title"), g.neg(c.loc, "pkg"))


CHATTER = {"en": ["lol", "omw", "ok cool 👍", "haha no way", "did anyone see the game last night", "brb", "can't tonight sorry 😩",
                  "who's bringing the snacks", "thx!!", "🙏🙏", "yeah same", "running 10 min late", "nvm found it", "good morning ☀️",
                  ":thumbsup:", "sounds good :tada:", "ugh mondays", "k"],
           "de": ["ok passt 👍", "haha nee", "bin gleich da", "sorry, heute nicht 😩", "wer bringt was mit?", "danke!!", "jo", "gute nacht 😴",
                  "komme 10 min später", "hat sich erledigt", ":+1:", "guten morgen ☀️"],
           "fr": ["ok ça marche 👍", "mdr", "j'arrive", "désolé pas ce soir 😩", "qui ramène quoi ?", "merci !!", "grave", "bonne nuit 😴",
                  "j'ai 10 min de retard", "laisse tomber j'ai trouvé", ":+1:", "coucou ☀️"],
           "ru": ["ок 👍", "ахах", "уже еду", "сегодня не смогу 😩", "кто что несёт?", "спасибо!!", "ага", "спокойной ночи 😴",
                  "опаздываю на 10 минут", "всё, нашёл", ":+1:", "доброе утро ☀️"]}


def t_chatter(c):
    return [c.r.choice(CHATTER[c.lang])]


INTENTS = [(t_phone, 15), (t_email, 13), (t_contact, 8), (t_address, 8), (t_birthday, 10), (t_card, 7), (t_iban, 5), (t_secret, 14),
           (t_hr, 4), (t_patient, 6), (t_ip, 6), (t_rudocs, 2), (t_negs, 12), (t_chatter, 16)]


def intent(c, pii=True):
    if not pii:
        return t_negs(c) if c.r.random() < 0.5 else t_chatter(c)
    fns, ws = zip(*INTENTS)
    ws = list(ws)
    if c.lang == "ru":
        ws[fns.index(t_rudocs)] = 10
    if c.loc == "en_US":
        ws[fns.index(t_hr)] = 10
    return c.r.choices(fns, weights=ws)[0](c)


def pii_intent(c):
    while True:
        s = intent(c)
        if any(isinstance(x, E) for x in s):
            return s


# ----------------------------------------------------------------------------- platform wrappers
HANDLES = ["sunnyday", "nightowl", "blue_fox", "kaffeejunkie", "petitpois", "medved", "tinker", "pixelpusher", "lemontree",
           "wanderer", "zvezda", "bretzel", "moonpie", "grumpycat", "le_chat", "kotik", "dino", "cloudberry"]
NICK = {"en": ["Mum", "Dad", "Babe ❤️", "Grandma", "Coach", "Landlord"], "de": ["Mama", "Papa", "Schatz ❤️", "Oma", "Chef"],
        "fr": ["Maman", "Papa", "Chéri ❤️", "Mamie", "Le proprio"], "ru": ["Мама", "Папа", "Любимый ❤️", "Бабушка", "Шеф"]}


def handle(g):
    return g.ch(HANDLES) + str(g.r.randint(1, 999))


class Member:
    def __init__(self, c, pii=True, pfull=0.2):
        g = c.g
        self.p = c.P()
        self.full = pii and g.r.random() < pfull
        self.nm = g.pname(self.p, g.ch(["fl", "fl", "fml"]) if self.p["loc"] != "ru_RU" else g.ch(["fl", "lfp"]), c.lang) \
            if self.full else (g.ch(NICK[c.lang]) if g.r.random() < 0.5 else
                               translit(self.p["first"]) if c.lang != "ru" and self.p["loc"] == "ru_RU" else self.p["first"])
        self.handle = handle(g)
        self.uid = g.r.randint(10 ** 8, 10 ** 10 - 1)
        self.slack = "U0" + g.alnum(9, string.ascii_uppercase + string.digits)

    def seg(self):
        return [E("PERSON", self.nm, self.p["sub"])] if self.full else [self.nm]


class Clock:
    def __init__(self, g):
        self.g, self.t = g, g.r.randint(1672531200, 1764547200)

    def tick(self):
        self.t += self.g.r.randint(20, 5400)
        return self.t

    def wa(self, loc):
        import datetime
        d = datetime.datetime.fromtimestamp(self.t, datetime.timezone.utc)
        if loc == "en_US":
            return "%d/%d/%s, %d:%02d %s" % (d.month, d.day, d.strftime("%y"), (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")
        if loc in ("de_DE", "ru_RU"):
            return d.strftime("%d.%m.%y, %H:%M" if loc == "de_DE" else "%d.%m.%Y, %H:%M")
        if loc == "fr_FR":
            return d.strftime("%d/%m/%Y %H:%M")
        return d.strftime("%d/%m/%Y, %H:%M")

    def iso(self, ms=False):
        import datetime
        d = datetime.datetime.fromtimestamp(self.t, datetime.timezone.utc)
        return d.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % self.g.r.randint(0, 999) if ms else "")


def msgs(c, n, pii=True, members=None):
    members = members or [Member(c, pii) for _ in range(c.r.randint(2, 4))]
    out = []
    need = pii
    for i in range(n):
        m = c.r.choice(members)
        if not pii:
            body = intent(c, False)
        elif need and (i == n - 1 or c.r.random() < 0.5):
            body, need = pii_intent(c), False
        else:
            body = intent(c) if c.r.random() < 0.8 else t_chatter(c)
        out.append((m, body))
    return members, out


# --- text wrappers (list of segments)
def w_whatsapp(c, n, pii=True):
    clk = Clock(c.g)
    _, ms = msgs(c, n, pii)
    segs = []
    if c.r.random() < 0.2:
        segs += [N("NEG_TIMESTAMP", clk.wa(c.loc)), " - ", {"en": "Messages and calls are end-to-end encrypted.", "de": "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
                 "fr": "Les messages et les appels sont chiffrés de bout en bout.", "ru": "Сообщения и звонки защищены сквозным шифрованием."}[c.lang], "\n"]
    for m, body in ms:
        clk.tick()
        segs += [N("NEG_TIMESTAMP", clk.wa(c.loc)), " - "] + m.seg() + [": "] + body + ["\n"]
    return segs


def w_sms_xml(c, n, pii=True):
    clk = Clock(c.g)
    m = Member(c, pii)
    ph = c.g.PH(c.loc) if pii else None
    segs = ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"%d\">\n" % n]
    _, ms = msgs(c, n, pii, [m])
    for _, body in ms:
        clk.tick()
        segs += ["  <sms protocol=\"0\" address=\""] + ([E("PHONE", ph.value, ph.sub)] if ph else ["MyBank"]) + \
                ["\" date=\"", N("NEG_TIMESTAMP", str(clk.t * 1000 + c.r.randint(0, 999))), "\" type=\"%d\" body=\"" % c.r.choice([1, 2])] + \
                [x.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;") if isinstance(x, str) else x for x in body] + \
                ["\" contact_name=\""] + m.seg() + ["\" />\n"]
    return segs + ["</smses>\n"]


def w_imessage(c, n, pii=True):
    clk = Clock(c.g)
    _, ms = msgs(c, n, pii)
    segs = []
    for m, body in ms:
        clk.tick()
        segs += m.seg() + [" · ", N("NEG_TIMESTAMP", clk.iso()[11:16]), "\n"] + body + ["\n\n"]
    return segs


def w_forum(c, n, pii=True):
    g = c.g
    title = g.neg(c.loc, "title")
    head = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "ru": "Ответ: "}[c.lang]
    segs = [head, title, "\n"]
    _, ms = msgs(c, n, pii)
    clk = Clock(g)
    for m, body in ms:
        clk.tick()
        segs += ["#%d " % c.r.randint(2, 400), m.handle, " » ", N("NEG_TIMESTAMP", clk.iso().replace("T", " ")), "\n"] + body + ["\n"]
    return segs


def w_forward(c, n, pii=True):
    g = c.g
    m = Member(c, pii, 0.8)
    clk = Clock(g)
    clk.tick()
    mail = g.EM(m.p) if pii else "noreply@" + g.ch(["mailer.example", "notifications.example"])
    _, ms = msgs(c, n, pii)
    body = []
    for _, b in ms:
        body += b + ["\n"]
    subj = {"en": "Subject: ", "de": "Betreff: ", "fr": "Objet : ", "ru": "Тема: "}[c.lang]
    if c.r.random() < 0.5:
        return (["---------- Forwarded message ---------\nFrom: "] + m.seg() + [" <", mail, ">\nDate: ", N("NEG_TIMESTAMP", clk.iso().replace("T", " ")),
                "\n" + subj, g.neg(c.loc, "title"), "\n\n"] + body)
    wrote = {"en": "wrote:", "de": "schrieb:", "fr": "a écrit :", "ru": "написал(а):"}[c.lang]
    first, rest = ms[0][1], body[len(ms[0][1]) + 1:]
    return first + ["\n\n> ", N("NEG_TIMESTAMP", clk.iso().replace("T", " ")), ", "] + m.seg() + [" <", mail, "> " + wrote + "\n> "] + \
        [x.replace("\n", "\n> ") if isinstance(x, str) else x for x in rest]


def w_voicemail(c, n, pii=True):
    g = c.g
    m = Member(c, pii, 0.8)
    lab = {"en": ("Voicemail from ", "Transcription"), "de": ("Mailbox-Nachricht von ", "Transkript"),
           "fr": ("Message vocal de ", "Transcription"), "ru": ("Голосовое сообщение от ", "Расшифровка")}[c.lang]
    frm = [g.PH(c.loc)] if pii else ["+%s" % g.digits(4)]
    hi = {"en": "hi it's ", "de": "hallo, hier ist ", "fr": "salut c'est ", "ru": "привет, это "}[c.lang]
    body = pii_intent(c) if pii else intent(c, False)
    return [lab[0]] + frm + [" (0:%02d)\n%s: \"" % (c.r.randint(8, 59), lab[1]), hi] + m.seg() + [", "] + body + ["\""]


def w_market(c, n, pii=True):
    g = c.g
    m = Member(c, pii, 0.8)
    item = {"en": ["Selling: kids bike 20\"", "FS: PS5 + 2 controllers", "Free sofa, must collect"],
            "de": ["Verkaufe: Kinderfahrrad 20 Zoll", "Zu verschenken: Sofa, nur Abholung"],
            "fr": ["Vends : vélo enfant 20 pouces", "Donne canapé, à venir chercher"],
            "ru": ["Продаю детский велосипед", "Отдам диван, самовывоз"]}
    segs = [c.r.choice(item[c.lang]), " – ", g.neg(c.loc, "num"), "\n"]
    if pii:
        lbl = {"en": "contact ", "de": "Kontakt: ", "fr": "contact : ", "ru": "контакт: "}[c.lang]
        segs += [lbl] + m.seg() + [", ", g.PH(c.loc)] + ([" / ", g.EM(m.p)] if c.r.random() < 0.5 else []) + ["\n"]
        if c.r.random() < 0.4:
            segs += pii_intent(c)
    else:
        segs += intent(c, False)
    return segs


def w_modreport(c, n, pii=True):
    g = c.g
    m = Member(c, pii, 0.8)
    head = {"en": "Mod report %s: user @%s posted in #general:\n> ", "de": "Meldung %s: @%s hat in #allgemein gepostet:\n> ",
            "fr": "Signalement %s : @%s a posté dans #general :\n> ", "ru": "Жалоба %s: @%s написал в #общий:\n> "}[c.lang]
    oid = g.neg(c.loc, "order")
    pre, post = head.split("%s", 1)
    post1, post2 = post.split("%s", 1)
    body = pii_intent(c) if pii else intent(c, False)
    act = {"en": "\naction: message removed, reporter ", "de": "\nMaßnahme: gelöscht, gemeldet von ",
           "fr": "\naction : message supprimé, signalé par ", "ru": "\nдействие: удалено, сообщил "}[c.lang]
    return [pre, oid, post1, m.handle, post2] + body + [act] + m.seg()


def w_summary(c, n, pii=True):
    g = c.g
    _, ms = msgs(c, n, pii)
    head = {"en": "Summary of the thread:\n", "de": "Zusammenfassung des Chats:\n", "fr": "Résumé de la conversation :\n",
            "ru": "Краткое содержание переписки:\n"}[c.lang]
    verb = {"en": " wrote: ", "de": " schrieb: ", "fr": " a écrit : ", "ru": " написал(а): "}[c.lang]
    segs = [head]
    for m, body in ms:
        segs += ["- "] + m.seg() + [verb] + body + ["\n"]
    return segs


TEXT_WRAPPERS = [(w_whatsapp, 30), (w_imessage, 8), (w_sms_xml, 6), (w_forum, 8), (w_forward, 10), (w_voicemail, 7),
                 (w_market, 7), (w_modreport, 6), (w_summary, 12)]


# --- JSON wrappers (python objects with E/N/R leaves)
def j_telegram(c, n, pii=True):
    g = c.g
    clk = Clock(g)
    members, ms = msgs(c, n, pii)
    out = []
    mid = g.r.randint(1000, 90000)
    for m, body in ms:
        clk.tick()
        mid += g.r.randint(1, 4)
        if g.r.random() < 0.5 and any(isinstance(x, E) for x in body):
            text = []
            for x in body:
                if isinstance(x, E) and x.type in ("PHONE", "EMAIL"):
                    text.append({"type": "phone" if x.type == "PHONE" else "email", "text": x})
                elif isinstance(x, E) and x.type == "PERSON":
                    text.append({"type": "mention_name", "text": x, "user_id": g.r.randint(10 ** 8, 10 ** 10)})
                elif isinstance(x, str) and text and isinstance(text[-1], R):
                    text[-1].segs.append(x)
                else:
                    text.append(R([x]))
        else:
            text = R(body)
        msg = {"id": mid, "type": "message", "date": clk.iso(), "date_unixtime": N("NEG_TIMESTAMP", str(clk.t)),
               "from": R(m.seg()), "from_id": N("NEG_NUMBER", "user%d" % m.uid), "text": text}
        if g.r.random() < 0.15:
            msg["reply_to_message_id"] = mid - g.r.randint(1, 3)
        out.append(msg)
    title = g.neg(c.loc, "title")
    return {"name": title, "type": "private_group", "id": g.r.randint(10 ** 9, 10 ** 10), "messages": out}


def j_slack(c, n, pii=True):
    g = c.g
    clk = Clock(g)
    _, ms = msgs(c, n, pii)
    team = "T0" + g.alnum(8, string.ascii_uppercase + string.digits)
    out = []
    for m, body in ms:
        clk.tick()
        msg = {"client_msg_id": g.neg(c.loc, "uuid"), "type": "message", "text": R(body), "user": N("NEG_ORDER_ID", m.slack),
               "ts": N("NEG_TIMESTAMP", "%d.%06d" % (clk.t, g.r.randint(0, 999999))), "team": team,
               "user_profile": {"avatar_hash": N("NEG_HASH", "%012x" % g.r.getrandbits(48)), "real_name": R(m.seg()),
                                "display_name": m.handle, "is_restricted": False}}
        if g.r.random() < 0.35:
            msg["blocks"] = [{"type": "rich_text", "block_id": g.alnum(5),
                              "elements": [{"type": "rich_text_section", "elements": [{"type": "text", "text": R(list(body))}]}]}]
        if g.r.random() < 0.25:
            msg["files"] = [{"id": "F0" + g.alnum(9, string.ascii_uppercase + string.digits), "name": "IMG_%04d.jpg" % g.r.randint(1, 9999),
                             "mimetype": "image/jpeg", "thumb_tiny": g.neg(c.loc, "b64")}]
        if g.r.random() < 0.2:
            msg["reactions"] = [{"name": g.ch(["thumbsup", "joy", "eyes", "tada"]), "users": [m.slack], "count": 1}]
        out.append(msg)
    return out


def j_discord(c, n, pii=True):
    g = c.g
    clk = Clock(g)
    _, ms = msgs(c, n, pii)
    chan = str(g.r.randint(10 ** 17, 10 ** 18))
    out = []
    for m, body in ms:
        clk.tick()
        out.append({"type": 0, "content": R(body), "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
                    "timestamp": N("NEG_TIMESTAMP", clk.iso() + ".%06d+00:00" % g.r.randint(0, 999999)), "edited_timestamp": None,
                    "flags": 0, "id": N("NEG_NUMBER", str(g.r.randint(10 ** 17, 10 ** 18))), "channel_id": chan,
                    "author": {"id": str(m.uid * 10 ** 8 + g.r.randint(0, 10 ** 8)), "username": m.handle, "global_name": R(m.seg()),
                               "avatar": "%032x" % g.r.getrandbits(128), "discriminator": "0"}, "pinned": False, "tts": False})
    return out


def j_teams(c, n, pii=True):
    g = c.g
    clk = Clock(g)
    _, ms = msgs(c, n, pii)
    out = []
    for m, body in ms:
        clk.tick()
        html = ["<p>"] + [x.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") if isinstance(x, str) else x for x in body] + ["</p>"]
        out.append({"id": str(clk.t * 1000), "messageType": "message", "createdDateTime": N("NEG_TIMESTAMP", clk.iso(True)),
                    "importance": "normal", "from": {"application": None, "user": {"id": g.neg(c.loc, "uuid"), "displayName": R(m.seg()),
                                                                                    "userIdentityType": "aadUser"}},
                    "body": {"contentType": "html", "content": R(html)}, "attachments": [], "reactions": []})
    return {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting')/messages", "@odata.count": len(out), "value": out}


def j_matrix(c, n, pii=True):
    g = c.g
    clk = Clock(g)
    _, ms = msgs(c, n, pii)
    room = "!" + g.alnum(18) + ":matrix.org"
    out = []
    for m, body in ms:
        clk.tick()
        out.append({"type": "m.room.message", "room_id": room, "sender": "@%s:matrix.org" % m.handle,
                    "content": {"msgtype": "m.text", "body": R(body)},
                    "origin_server_ts": N("NEG_TIMESTAMP", str(clk.t * 1000 + g.r.randint(0, 999)), num=True),
                    "event_id": "$" + g.alnum(43, Gen.B62 + "_-"), "unsigned": {"age": g.r.randint(100, 99999)}})
        if m.full and g.r.random() < 0.3:
            out.append({"type": "m.room.member", "room_id": room, "sender": "@%s:matrix.org" % m.handle, "state_key": "@%s:matrix.org" % m.handle,
                        "content": {"membership": "join", "displayname": R(m.seg())}})
    return {"chunk": out, "start": "t%d-%d" % (g.r.randint(1, 999), g.r.randint(1, 99999)), "end": "t%d-%d" % (g.r.randint(1, 999), g.r.randint(1, 99999))}


def j_sms(c, n, pii=True):
    g = c.g
    clk = Clock(g)
    m = Member(c, pii)
    ph = g.PH(c.loc) if pii else None
    _, ms = msgs(c, n, pii, [m])
    out = []
    for _, body in ms:
        clk.tick()
        out.append({"_id": g.r.randint(100, 99999), "thread_id": g.r.randint(1, 400),
                    "address": E("PHONE", ph.value, ph.sub) if ph else "InfoSMS", "contact_name": R(m.seg()),
                    "date": N("NEG_TIMESTAMP", str(clk.t * 1000), num=True), "type": g.ch([1, 2]), "read": 1, "body": R(body)})
    return {"backup_set": g.neg(c.loc, "uuid"), "smses": out}


JSON_WRAPPERS = [(j_telegram, 28), (j_slack, 24), (j_discord, 16), (j_teams, 10), (j_matrix, 10), (j_sms, 8)]


# ----------------------------------------------------------------------------- obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е", "K": "К",
        "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
DIGW = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
        "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
PLUS = {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}


def fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)


def obfuscate(g, e, kind, lang):
    v, r = e.value, g.r
    if kind == "fullwidth":
        nv = fullwidth(v)
    elif kind == "zero_width":
        nv = ""
        for i, ch in enumerate(v):
            nv += ch
            if i < len(v) - 1 and r.random() < 0.35:
                nv += r.choice(ZW)
        if nv == v:
            nv = v[0] + r.choice(ZW) + v[1:]
    elif kind == "spaced":
        nv = " ".join(ch for ch in v if ch != " ")
    elif kind == "homoglyph":
        cand = [i for i, ch in enumerate(v) if ch in HOMO]
        pick = set(r.sample(cand, max(1, len(cand) // 3))) if cand else set()
        nv = "".join(HOMO[ch] if i in pick else ch for i, ch in enumerate(v))
    elif kind == "words":
        loc, dom = v.split("@", 1)
        at = r.choice([" at ", " AT ", " [at] ", " (at) "])
        dot = r.choice([" dot ", " DOT ", " [dot] ", " (dot) "])
        nv = loc + at + dom.replace(".", dot)
    elif kind == "spelled":
        words = [PLUS[lang] if ch == "+" else DIGW[lang][int(ch)] for ch in v if ch.isdigit() or ch == "+"]
        nv = " ".join(words)
    elif kind == "dotted":
        nv = re.sub(r"[ -]", ".", v) if re.search(r"[ -]", v) else ".".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif kind == "defang":
        nv = v.replace(".", r.choice(["[.]", "(.)", "[dot]"]))
    else:
        raise ValueError(kind)
    return E(e.type, nv, e.sub, obf=kind)


OBF_KINDS = {"EMAIL": ["homoglyph", "words", "zero_width", "fullwidth"], "PHONE": ["spaced", "spelled", "zero_width", "fullwidth"],
             "US_SSN": ["dotted", "fullwidth", "spaced"], "CREDIT_CARD": ["dotted", "spaced", "fullwidth", "zero_width"],
             "IBAN": ["spaced", "zero_width"], "IPV4": ["defang", "zero_width"], "API_KEY": ["homoglyph", "zero_width"],
             "PERSON": ["spaced", "homoglyph", "zero_width"], "RU_PASSPORT": ["spaced", "fullwidth"],
             "RU_SNILS": ["spaced", "fullwidth"], "RU_INN": ["spaced", "fullwidth"]}
OBF_LBL = {"EMAIL": {"en": "mail", "de": "mail", "fr": "mail", "ru": "почта"}, "PHONE": {"en": "num", "de": "nummer", "fr": "tel", "ru": "тел"},
           "US_SSN": {"en": "ssn", "de": "SSN", "fr": "SSN", "ru": "SSN"}, "CREDIT_CARD": {"en": "card", "de": "karte", "fr": "carte", "ru": "карта"},
           "IBAN": {"en": "iban", "de": "IBAN", "fr": "IBAN", "ru": "IBAN"}, "IPV4": {"en": "ip", "de": "IP", "fr": "IP", "ru": "айпи"},
           "API_KEY": {"en": "token", "de": "token", "fr": "token", "ru": "токен"}, "PERSON": {"en": "name", "de": "name", "fr": "nom", "ru": "имя"},
           "RU_PASSPORT": {"en": "passport", "de": "pass", "fr": "passeport", "ru": "паспорт"},
           "RU_SNILS": {"en": "SNILS", "de": "SNILS", "fr": "SNILS", "ru": "СНИЛС"}, "RU_INN": {"en": "INN", "de": "INN", "fr": "INN", "ru": "ИНН"}}
OBF_INTRO = {"en": ["ok so the bot keeps deleting it, trying again 🙄 ", "dm'ing this so the filter doesnt eat it: ", "lol fine, here: "],
             "de": ["der bot löscht das immer, nochmal 🙄 ", "damit der filter es nicht frisst: ", "na gut, hier: "],
             "fr": ["le bot efface tout, j'essaie comme ça 🙄 ", "pour que le filtre le voie pas : ", "bon ok : "],
             "ru": ["бот всё удаляет, пробую так 🙄 ", "чтобы фильтр не съел: ", "ладно, вот: "]}


def obf_doc(c):
    g = c.g
    types = list(OBF_KINDS)
    w = [14, 9, 9, 8, 6, 6, 8, 10, 5, 5, 5]
    if c.lang == "ru":
        w[-3:] = [12, 12, 12]
    n = g.wch([1, 2, 3], [5, 3, 2])
    chosen = []
    while len(chosen) < n:
        t = g.wch(types, w)
        if t not in chosen:
            chosen.append(t)
    segs = [g.ch(OBF_INTRO[c.lang])]
    p = c.P()
    for i, t in enumerate(chosen):
        base = {"EMAIL": lambda: g.EM(p), "PHONE": lambda: g.PH(c.loc), "US_SSN": g.ssn, "CREDIT_CARD": g.card, "IBAN": g.iban,
                "IPV4": g.ipv4, "API_KEY": lambda: g.secret(g.ch(["aws_access_key_id", "slack", "github_pat_classic", "gitlab", "stripe", "openai_like"])),
                "PERSON": lambda: g.PER(p, "fl", c.lang), "RU_PASSPORT": g.passport, "RU_SNILS": g.snils, "RU_INN": g.inn}[t]()
        kinds = OBF_KINDS[t]
        if t == "PHONE" and "(" in base.value:
            kinds = ["spaced", "spelled", "fullwidth"]
        oe = obfuscate(g, base, g.ch(kinds), c.lang)
        segs += ([", "] if i else []) + [OBF_LBL[t][c.lang] + " "] + [oe]
    return segs


# ----------------------------------------------------------------------------- documents
def build_text(segs):
    b = Buf()
    b.segs(segs)
    return b


def build_json(obj, g):
    style = g.ch(["pretty", "compact", "spaced"])
    b = Buf()
    if style == "pretty":
        jser(b, obj, indent=2, seps=(",", ": "))
    elif style == "compact":
        jser(b, obj, seps=(",", ":"))
    else:
        jser(b, obj, seps=(", ", ": "))
    return b


def gen_base(c, shape, pii):
    g = c.g
    if shape == "chat":
        fn = g.wch(*zip(*TEXT_WRAPPERS))
        return "text", "chat." + fn.__name__[2:], build_text(fn(c, c.r.randint(1, 3), pii))
    if shape == "json":
        fn = g.wch(*zip(*JSON_WRAPPERS))
        return "json", "json." + fn.__name__[2:], build_json(fn(c, c.r.randint(2, 5), pii), g)
    if shape == "obfuscated":
        return "text", "obf.casual", build_text(obf_doc(c))
    if shape == "text4k":
        fn = g.wch([w_whatsapp, w_summary, w_forum, w_imessage], [5, 2, 2, 1])
        segs, k = [], 0
        while len(plain(segs)) < 3950:
            segs += fn(c, c.r.randint(8, 16), pii)
            segs.append("\n")
            k += 1
        return "text", "text4k." + fn.__name__[2:], build_text(segs)
    if shape == "json4k":
        fn = g.wch([j_telegram, j_slack, j_discord, j_teams, j_matrix, j_sms], [3, 3, 2, 1, 1, 1])
        n = 12
        while True:
            b = build_json(fn(c, n, pii), g)
            if len(b.text()) >= 3950:
                return "json", "json4k." + fn.__name__[2:], b
            n += 4
    raise ValueError(shape)


def chunks(g, text):
    out, i = [], 0
    while i < len(text):
        k = g.r.randint(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


def make_doc(g, idx, shape, loc):
    c = Ctx(g, loc)
    pii = not (shape in ("chat", "json", "stream") and g.r.random() < 0.14)
    base = None
    if shape == "stream":
        base = g.wch(["chat", "json", "text4k", "obfuscated"], [121, 67, 49, 13])
        if base == "obfuscated":
            pii = True
        fmt_, tpl, b = gen_base(c, base, pii)
    else:
        fmt_, tpl, b = gen_base(c, shape, pii)
    text = b.text()
    d = {"id": "heldout-w-%s-%04d" % (shape, idx), "split": SPLIT, "shape": shape}
    if base:
        d["base_shape"] = base
    d.update({"format": fmt_, "locale": loc, "lang": LANG[loc], "template": tpl, "text": text})
    if base:
        d["chunks"] = chunks(g, text)
    d.update({"entities": b.ents, "negatives": b.negs, "ignore": b.ign})
    return d


# ----------------------------------------------------------------------------- validation
TOKEN_RE = re.compile(r"\{\d\}|\{[a-z_]+\}|%s|%d")


def unobf(v):
    v = "".join(ch for ch in v if ch not in ZW)
    v = "".join(chr(ord(ch) - 0xFEE0) if "！" <= ch <= "～" else ch for ch in v)
    return v


def validate(docs, g):
    errs = []
    for d in docs:
        t = d["text"]
        spans = []
        for e in d["entities"] + d["negatives"]:
            if t[e["start"]:e["end"]] != e["value"]:
                errs.append("%s span/value mismatch %r" % (d["id"], e["value"][:40]))
            spans.append((e["start"], e["end"], e["type"]))
            if "core" in e and not (e["start"] <= e["core"][0] < e["core"][1] <= e["end"]):
                errs.append("%s bad core" % d["id"])
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append("%s overlapping spans %s/%s" % (d["id"], a[2], b[2]))
        if d["format"] == "json":
            try:
                json.loads(t)
            except ValueError as ex:
                errs.append("%s JSON does not parse: %s" % (d["id"], ex))
        if d["shape"] == "stream":
            if "".join(d["chunks"]) != t or any(not 1 <= len(ch) <= 16 for ch in d["chunks"]):
                errs.append("%s bad chunks" % d["id"])
        if d["shape"] in ("json4k", "text4k") and len(t) < 3900:
            errs.append("%s 4k doc too short (%d)" % (d["id"], len(t)))
        bl = list(t)
        for e in d["entities"] + d["negatives"]:
            bl[e["start"]:e["end"]] = " " * (e["end"] - e["start"])
        m = TOKEN_RE.search("".join(bl))
        if m:
            errs.append("%s leftover template token %r" % (d["id"], m.group()))
        for e in d["entities"]:
            if e.get("obf"):
                continue
            v = e["value"]
            ty = e["type"]
            if ty == "CREDIT_CARD" and not g.luhn_ok(re.sub(r"\D", "", v)):
                errs.append("%s Luhn-invalid card %s" % (d["id"], v))
            elif ty == "IBAN" and not Gen.iban_ok(v):
                errs.append("%s bad IBAN %s" % (d["id"], v))
            elif ty == "US_SSN" and not Gen.ssn_ok(v):
                errs.append("%s bad SSN %s" % (d["id"], v))
            elif ty == "RU_INN" and not Gen.inn_ok(v):
                errs.append("%s bad INN %s" % (d["id"], v))
            elif ty == "RU_SNILS":
                dd = re.sub(r"\D", "", v)
                if "%02d" % Gen.snils_cs(dd[:9]) != dd[9:]:
                    errs.append("%s bad SNILS %s" % (d["id"], v))
            elif ty == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "nhs" and not Gen.nhs_ok(v):
                errs.append("%s bad NHS %s" % (d["id"], v))
        for e in d["entities"]:
            if e.get("obf") in ("fullwidth", "zero_width", "spaced"):
                raw = unobf(e["value"]).replace(" ", "")
                if e["type"] == "CREDIT_CARD" and not g.luhn_ok(re.sub(r"\D", "", raw)):
                    errs.append("%s obf card Luhn" % d["id"])
        for n in d["negatives"]:
            if n["type"] == "NEG_CARDLIKE" and g.luhn_ok(re.sub(r"\D", "", n["value"])):
                errs.append("%s Luhn-valid card-like negative" % d["id"])
    return errs


# ----------------------------------------------------------------------------- main
def summary(docs):
    rows = defaultdict(lambda: [0, 0, 0, 0])
    for d in docs:
        r = rows[d["shape"]]
        r[0] += 1
        r[1] += len(d["entities"])
        r[2] += len(d["negatives"])
        r[3] += (not d["entities"])
    ent = Counter(e["type"] for d in docs for e in d["entities"])
    neg = Counter(n["type"] for d in docs for n in d["negatives"])
    return {"documents": len(docs), "entities": sum(ent.values()), "negatives": sum(neg.values()),
            "negatives_only_docs": sum(1 for d in docs if not d["entities"]),
            "by_shape": {k: {"docs": v[0], "entities": v[1], "negatives": v[2], "neg_only": v[3]} for k, v in sorted(rows.items())},
            "by_locale": dict(sorted(Counter(d["locale"] for d in docs).items())),
            "by_stream_base": dict(sorted(Counter(d["base_shape"] for d in docs if d["shape"] == "stream").items())),
            "entity_types": dict(ent.most_common()), "negative_types": dict(neg.most_common()),
            "obfuscations": dict(Counter(e["obf"] for d in docs for e in d["entities"] if "obf" in e).most_common()),
            "templates": dict(sorted(Counter(d["template"] for d in docs).items()))}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=3838)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true", help="print the composition as JSON")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    g = Gen(rng)
    plan = []
    for shape, n in SHAPES:
        for i in range(n):
            plan.append((shape, i))
    docs = []
    for shape, i in plan:
        loc = rng.choices(LOCALES, weights=LOC_W)[0]
        docs.append(make_doc(g, i, shape, loc))
    errs = validate(docs, g)
    if errs:
        for e in errs[:30]:
            print("VALIDATION: " + e)
        print("VALIDATION: %d problem(s); nothing written" % len(errs))
        sys.exit(2)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        print(json.dumps(summary(docs), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
