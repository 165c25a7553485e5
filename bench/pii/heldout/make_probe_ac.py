#!/usr/bin/env python3
"""make_probe_ac.py - held-out probe AC for the PII redaction bench.

Theme: a language model regurgitating memorised / retrieved data, mostly *streamed*.
Support bots quoting old tickets, CRM copilots, e-mail/signature autocompletion, code completions
that emit .env files, connection strings, curl commands, PEM keys; RAG answers quoting HR, medical
and Russian personnel records; markdown tables; meeting notes; tool-call results echoed by the
assistant; "repeat the word forever" divergence that spills training text.

Written independently of the engine and of the dev generator: only the bench README, score.py and
the dev split's schema were consulted.  Standard library + Faker (public API only).

    PYTHONPATH=/tmp/faker-site /work/main/.venv/bin/python make_probe_ac.py --seed 9090 --out probe_ac.jsonl --summary
"""
from __future__ import annotations

import argparse
import base64
import collections
import json
import random
import re
import string
import sys
import unicodedata

import faker

SPLIT = "probe_ac"
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOCALE_W = [35, 20, 15, 15, 15]
LANG_OF = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}


# ================================================================================================
# Rich text: a list of plain strings and labelled pieces; JSON serializer that keeps the labels
# ================================================================================================
class L:
    """A labelled piece of text: entity ('ent'), hard negative ('neg') or don't-care ('ign')."""
    __slots__ = ("text", "kind", "type", "sub", "obf", "core")

    def __init__(self, text, kind, type_=None, sub=None, obf=None, core=None):
        self.text, self.kind, self.type, self.sub, self.obf, self.core = text, kind, type_, sub, obf, core

    def mapped(self, fn):
        core = None
        if self.core:
            core = (len(fn(self.text[:self.core[0]])), len(fn(self.text[:self.core[1]])))
        return L(fn(self.text), self.kind, self.type, self.sub, self.obf, core)


class R(list):
    """rich string"""


class Num:
    """a JSON number literal (possibly labelled)"""

    def __init__(self, piece):
        self.piece = piece


class Enc:
    """an object serialized to JSON and then embedded as a JSON *string* (double encoding)"""

    def __init__(self, obj, indent=None, seps=(",", ":")):
        self.obj, self.indent, self.seps = obj, indent, seps


def E(type_, value, sub=None, obf=None, core=None):
    return L(value, "ent", type_, sub, obf, core)


def N(type_, value):
    return L(value, "neg", type_)


def IG(value):
    return L(value, "ign")


def r(*parts):
    out = R()
    for p in parts:
        if p is None or p == "":
            continue
        if isinstance(p, (list, R)) and not isinstance(p, L):
            out.extend(r(*p))
        else:
            out.append(p)
    return out


_SLOT = re.compile(r"§(\w+)§")


def fmt(s, **slots):
    """'Hello §name§' -> R with the slot pieces inserted"""
    out, pos = R(), 0
    for m in _SLOT.finditer(s):
        out.append(s[pos:m.start()])
        v = slots[m.group(1)]
        out.extend(r(v))
        pos = m.end()
    out.append(s[pos:])
    return r(*out)


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def rich_map(rich, fn):
    return R(p.mapped(fn) if isinstance(p, L) else fn(p) for p in rich)


def jser(obj, indent=None, seps=(", ", ": "), level=0):
    """serialize obj to a rich list of JSON text"""
    item_sep, key_sep = seps
    if indent is not None:
        item_sep = item_sep.rstrip()
    if isinstance(obj, dict):
        if not obj:
            return R(["{}"])
        out = R(["{"])
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(item_sep)
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            out.append(json.dumps(k, ensure_ascii=False) + key_sep)
            out.extend(jser(v, indent, seps, level + 1))
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("}")
        return out
    if isinstance(obj, list) and not isinstance(obj, R):
        if not obj:
            return R(["[]"])
        out = R(["["])
        for i, v in enumerate(obj):
            if i:
                out.append(item_sep)
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            out.extend(jser(v, indent, seps, level + 1))
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append("]")
        return out
    if isinstance(obj, Enc):
        inner = jser(obj.obj, obj.indent, obj.seps)
        return R(['"']) + rich_map(inner, esc) + R(['"'])
    if isinstance(obj, (R, L, str)):
        rich = r(obj) if not isinstance(obj, str) else R([obj])
        return R(['"']) + rich_map(rich, esc) + R(['"'])
    if isinstance(obj, Num):
        return r(obj.piece)
    return R([json.dumps(obj)])


def flatten(rich):
    text, ents, negs, ign = [], [], [], []
    pos = 0
    for p in rich:
        if isinstance(p, L):
            s, e = pos, pos + len(p.text)
            if p.kind == "ent":
                d = {"type": p.type, "start": s, "end": e, "value": p.text}
                if p.sub:
                    d["sub"] = p.sub
                if p.core:
                    d["core"] = [s + p.core[0], s + p.core[1]]
                if p.obf:
                    d["obf"] = p.obf
                ents.append(d)
            elif p.kind == "neg":
                negs.append({"type": p.type, "start": s, "end": e, "value": p.text})
            else:
                ign.append([s, e])
            text.append(p.text)
            pos = e
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), ents, negs, ign


# ================================================================================================
# checksums
# ================================================================================================
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


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    return iban_num(s[4:] + s[:4]) % 97 == 1


def snils_check(d9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else "%02d" % s


def inn_ok(x):
    d = [int(c) for c in x]
    if len(d) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(w, d)) % 11 % 10 == d[9]
    if len(d) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return (sum(a * b for a, b in zip(w1, d)) % 11 % 10 == d[10]
                and sum(a * b for a, b in zip(w2, d)) % 11 % 10 == d[11])
    return False


def nhs_check(d9):
    s = sum(int(d) * (10 - i) for i, d in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_ok(x):
    x = re.sub(r"\D", "", x)
    return len(x) == 10 and nhs_check(x[:9]) == x[9]


# ================================================================================================
# obfuscation
# ================================================================================================
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO_L2C = dict(zip("aeopcxyiABEKMHOPCTXS", "аеорсхуіАВЕКМНОРСТХЅ"))
HOMO_C2L = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
SYM_WORDS = {
    "en": {"-": "dash", "+": "plus", " ": None, ".": "dot", "/": "slash", "(": None, ")": None},
    "de": {"-": "Strich", "+": "plus", " ": None, ".": "Punkt", "/": "Schrägstrich", "(": None, ")": None},
    "fr": {"-": "tiret", "+": "plus", " ": None, ".": "point", "/": "barre", "(": None, ")": None},
    "ru": {"-": "тире", "+": "плюс", " ": None, ".": "точка", "/": "слэш", "(": None, ")": None},
}


def obf_zero_width(rng, v):
    chars = list(v)
    n = max(1, len(v) // rng.randint(3, 6))
    for _ in range(n):
        i = rng.randint(1, len(chars) - 1)
        chars.insert(i, rng.choice(ZW))
    return "".join(chars)


def obf_homoglyph(rng, v):
    cyr = sum("\u0400" <= c <= "\u04ff" for c in v) > len(v) / 3
    table = HOMO_C2L if cyr else HOMO_L2C
    idx = [i for i, c in enumerate(v) if c in table]
    if not idx:
        return None
    pick = set(rng.sample(idx, max(1, int(len(idx) * rng.uniform(0.3, 0.7)))))
    return "".join(table[c] if i in pick else c for i, c in enumerate(v))


def obf_fullwidth(rng, v):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)


def obf_spaced(rng, v):
    return " ".join(c for c in v if c != " ")


def obf_spelled(rng, v, lang):
    words = []
    for c in v:
        if c.isdigit():
            words.append(DIGIT_WORDS[lang][int(c)])
        elif c in SYM_WORDS[lang]:
            w = SYM_WORDS[lang][c]
            if w:
                words.append(w)
        else:
            return None
    return " ".join(words)


def obf_dotted(rng, v):
    groups = re.findall(r"\d+", v)
    if len(groups) < 2:
        d = "".join(groups)
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    return ".".join(groups)


def obf_words(rng, v, lang):
    local, _, dom = v.partition("@")
    at, dot = rng.choice({
        "en": [("(at)", "(dot)"), ("[at]", "[dot]"), ("at", "dot"), ("{at}", "{dot}")],
        "de": [("(at)", "(punkt)"), ("[ät]", "[punkt]"), ("at", "Punkt")],
        "fr": [("(arobase)", "(point)"), ("[at]", "[point]"), ("arobase", "point")],
        "ru": [("(собака)", "(точка)"), ("собака", "точка"), ("[at]", "[dot]")],
    }[lang])
    return local + " " + at + " " + (" " + dot + " ").join(dom.split("."))


def obf_defang(rng, v):
    if "@" in v:
        return v.replace("@", "[@]").replace(".", "[.]")
    if ":" in v:
        return v.replace(":", "[:]")
    return v.replace(".", rng.choice(["[.]", "(.)", "{.}"]))


# ================================================================================================
# value generators (one per locale context)
# ================================================================================================
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
CORP_DOMAINS = ["northwind-labs.io", "brightpath.co", "kestrel-health.org", "bluefin-logistics.com", "orbital.dev",
                "lumen-retail.eu", "cedarbank.example", "quantfield.ai", "harbourmail.net", "vostok-trade.ru",
                "alpenwerk.de", "atelier-lyon.fr", "example.com", "example.org", "mailbox.org", "proton.me"]
TITLECASE = ["Quarterly Business Review", "Premium Support Plan", "Northwind Cloud Suite", "Incident Response Runbook",
             "Data Retention Policy", "Golden Gate Bridge", "Lake Constance", "Black Forest", "Customer Success Team",
             "Enterprise Edition", "Silver Tier", "Project Bluebird", "Release Candidate", "Growth Marketing Sync",
             "Annual Leave Policy", "Harbour View Apartments", "Mont Blanc Tunnel", "Red Square", "Gare Du Nord",
             "Platinum Rewards Card", "Spring Product Launch", "Security Awareness Training", "North Sea Wind Farm",
             "Kubernetes Migration Plan", "Open Banking Gateway", "Summer Sale Campaign", "Tower Bridge",
             "Alpine Data Center", "Blue Harbor Analytics", "Board Meeting Minutes", "Zero Trust Roadmap"]
WORDS_REPEAT = ["company", "poem", "book", "data", "hello", "Kunde", "merci", "привет", "forever", "token"]
PKGS = ["lodash", "react", "express", "axios", "typescript", "vite", "@babel/core", "@types/node", "next", "zod",
        "webpack", "eslint", "prisma", "left-pad", "moment", "@angular/core", "vue", "jest"]
HOSTS = ["api.northwind-labs.io", "billing.internal", "pay.brightpath.co", "crm.kestrel-health.org",
         "gateway.orbital.dev", "hooks.lumen-retail.eu"]
MODELS = ["gpt-4o-mini-2024-07-18", "gpt-4.1-2025-04-14", "gpt-3.5-turbo-0125", "llama-3.1-70b-instruct",
          "mistral-large-2407", "qwen2.5-72b-instruct", "claude-3-5-sonnet-20241022"]
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPPERNUM = string.ascii_uppercase + string.digits


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def ascii_fold(s):
    s = s.lower().replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s)


class Ctx:
    def __init__(self, rng, fakers, locale, lang):
        self.rng, self.locale, self.lang = rng, locale, lang
        self.vlang = LANG_OF[locale]
        self.fk = fakers[locale]

    # ---------------- helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def digits(self, n):
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def rs(self, alphabet, n):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def t(self, d):
        """pick the phrase variant for the prose language (falls back to en)"""
        v = d.get(self.lang, d["en"])
        return self.ch(v) if isinstance(v, list) else v

    # ---------------- people
    def name_parts(self):
        fk, rng = self.fk, self.rng
        if self.vlang == "ru":
            if rng.random() < 0.5:
                return fk.first_name_male(), fk.last_name_male(), fk.middle_name_male()
            return fk.first_name_female(), fk.last_name_female(), fk.middle_name_female()
        return fk.first_name(), fk.last_name(), None

    def person(self, style=None, parts=None):
        first, last, mid = parts or self.name_parts()
        rng = self.rng
        if self.vlang == "ru":
            style = style or rng.choice(["fio", "fio", "if", "f_io", "fi"])
            v = {"fio": f"{last} {first} {mid}", "if": f"{first} {last}", "f_io": f"{last} {first[0]}. {mid[0]}.",
                 "fi": f"{last} {first}"}.get(style, f"{first} {last}")
        else:
            style = style or rng.choice(["fl", "fl", "fl", "fml", "lf"])
            v = {"fl": f"{first} {last}", "fml": f"{first} {rng.choice(string.ascii_uppercase)}. {last}",
                 "lf": f"{last}, {first}"}.get(style, f"{first} {last}")
        return E("PERSON", v, self.vlang), (first, last)

    def email(self, parts=None):
        rng = self.rng
        first, last = parts if parts else self.name_parts()[:2]
        f, l_ = ascii_fold(first) or "user", ascii_fold(last) or "mail"
        local = rng.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{l_}.{f}", f"{f}{rng.randint(1, 99)}", f"{f}_{l_}",
                            f"{l_}{f[0]}{rng.randint(60, 99)}", f"{f}.{l_}+{rng.choice(['billing', 'news', 'work'])}"])
        dom = rng.choice([self.fk.free_email_domain(), rng.choice(CORP_DOMAINS), rng.choice(CORP_DOMAINS)])
        return E("EMAIL", f"{local}@{dom}")

    def phone(self):
        rng, d = self.rng, self.digits
        loc = self.locale
        intl = rng.random() < 0.45
        a = str(rng.randint(2, 9)) + d(2)
        if loc == "en_US":
            v = rng.choice([f"+1 {a} {rng.randint(200, 999)} {d(4)}", f"+1-{a}-{rng.randint(200, 999)}-{d(4)}",
                            f"+1 ({a}) {rng.randint(200, 999)}-{d(4)}"]) if intl else \
                rng.choice([f"({a}) {rng.randint(200, 999)}-{d(4)}", f"{a}-{rng.randint(200, 999)}-{d(4)}",
                            f"{a}.{rng.randint(200, 999)}.{d(4)}", f"{a} {rng.randint(200, 999)} {d(4)} ext. {d(3)}"])
            sub = "US"
        elif loc == "en_GB":
            v = rng.choice([f"+44 7{d(3)} {d(6)}", f"+44 (0)20 {d(4)} {d(4)}", f"+44 161 {d(3)} {d(4)}"]) if intl else \
                rng.choice([f"07{d(3)} {d(6)}", f"020 {d(4)} {d(4)}", f"0113 {d(3)} {d(4)}", f"(0131) {d(3)} {d(4)}"])
            sub = "GB"
        elif loc == "de_DE":
            v = rng.choice([f"+49 30 {d(7)}", f"+49 (0)1{rng.choice('567')}{d(1)} {d(7)}", f"+49 89 {d(3)} {d(4)}",
                            f"0049 40 {d(6)}"]) if intl else \
                rng.choice([f"030 {d(8)}", f"01{rng.choice('567')}{d(1)} {d(7)}", f"(0221) {d(6)}", f"089/{d(3)} {d(4)}"])
            sub = "DE"
        elif loc == "fr_FR":
            p = lambda: " ".join(d(2) for _ in range(4))  # noqa: E731
            v = rng.choice([f"+33 6 {p()}", f"+33 (0)1 {p()}", f"+33 7 {p()}"]) if intl else \
                rng.choice([f"06 {p()}", f"01 {p()}", "07." + ".".join(d(2) for _ in range(4)), f"04 {p()}"])
            sub = "FR"
        else:
            c = rng.choice(["9" + d(2), "495", "812", "343", "383"])
            v = rng.choice([f"+7 {c} {d(3)}-{d(2)}-{d(2)}", f"+7 ({c}) {d(3)}-{d(2)}-{d(2)}", f"+7{c}{d(7)}"]) if intl else \
                rng.choice([f"8 ({c}) {d(3)}-{d(2)}-{d(2)}", f"8-{c}-{d(3)}-{d(2)}-{d(2)}", f"8 {c} {d(3)} {d(2)} {d(2)}"])
            sub = "RU"
        return E("PHONE", v, ("intl_" if intl else "national_") + sub)

    def ssn(self):
        rng = self.rng
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        sub = rng.choice(["dashed", "dashed", "dashed", "spaced", "plain"])
        v = {"dashed": f"{a:03d}-{g:02d}-{s:04d}", "spaced": f"{a:03d} {g:02d} {s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}"}[sub]
        return E("US_SSN", v, sub)

    def card(self, brand=None):
        rng = self.rng
        brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb"] +
                                    (["mir", "mir", "mir"] if self.vlang == "ru" else []))
        pre = {"visa": "4", "mastercard": rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))]),
               "amex": rng.choice(["34", "37"]), "discover": rng.choice(["6011", "65"]),
               "jcb": str(rng.randint(3528, 3589)), "mir": "220" + str(rng.randint(0, 4))}[brand]
        n = 15 if brand == "amex" else 16
        num = luhn_complete(pre + self.digits(n - 1 - len(pre)))
        assert luhn_ok(num)
        sep = rng.choice([" ", " ", "-", ""])
        if brand == "amex":
            v = sep.join([num[:4], num[4:10], num[10:]]) if sep else num
        else:
            v = sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return E("CREDIT_CARD", v, brand)

    def iban(self, cc=None):
        rng, d = self.rng, self.digits
        cc = cc or rng.choice({"de_DE": ["DE", "DE", "DE", "AT", "CH"], "fr_FR": ["FR", "FR", "FR", "BE", "CH"],
                               "en_GB": ["GB", "GB", "GB", "NL", "IE"], "en_US": ["DE", "GB", "ES", "IT", "PL"],
                               "ru_RU": ["DE", "CH", "IT", "ES"]}[self.locale])
        if cc == "DE":
            bban = d(18)
        elif cc == "FR":
            bank, branch, acct = d(5), d(5), d(11)
            key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
            bban = f"{bank}{branch}{acct}{key:02d}"
        elif cc == "GB":
            bban = self.rs(string.ascii_uppercase, 4) + d(14)
        elif cc == "IE":
            bban = self.rs(string.ascii_uppercase, 4) + d(14)
        elif cc == "ES":
            bban = d(20)
        elif cc == "IT":
            bban = rng.choice(string.ascii_uppercase) + d(10) + self.rs(UPPERNUM, 12)
        elif cc == "NL":
            bban = self.rs(string.ascii_uppercase, 4) + d(10)
        elif cc == "BE":
            b10 = d(10)
            c = int(b10) % 97 or 97
            bban = f"{b10}{c:02d}"
        elif cc == "AT":
            bban = d(16)
        elif cc == "CH":
            bban = d(5) + self.rs(UPPERNUM, 12)
        else:  # PL
            bban = d(24)
        chk = 98 - iban_num(bban + cc + "00") % 97
        iban = f"{cc}{chk:02d}{bban}"
        assert iban_ok(iban)
        grouped = rng.random() < 0.55
        v = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban
        return E("IBAN", v, f"{cc}_{'grouped' if grouped else 'compact'}")

    def ipv4(self):
        rng = self.rng
        first = rng.choice([rng.randint(11, 126), rng.randint(128, 223), 10, 192, 172, 185, 91, 203])
        if first == 192:
            v = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif first == 172:
            v = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        else:
            v = f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        return E("IPV4", v)

    def ipv6(self):
        rng = self.rng
        g = ["%x" % rng.randint(0, 0xFFFF) for _ in range(8)]
        g[0] = rng.choice(["2001", "2a02", "2a01", "2600", "2406", "fd12", "2001"])
        style = rng.random()
        if style < 0.4:
            v = ":".join(g)
        elif style < 0.8:
            k = rng.randint(2, 5)
            v = ":".join(g[:k]) + "::" + ":".join(g[k + rng.randint(1, 2):])
        else:
            v = ":".join("%04x" % int(x, 16) for x in g)
        return E("IPV6", v)

    def date_str(self, y, m, dd, lang=None, style=None):
        lang = lang or self.lang
        rng = self.rng
        if style is None:
            style = rng.choice(["iso", "num", "num", "long"])
        if style == "iso":
            return f"{y:04d}-{m:02d}-{dd:02d}"
        if style == "long":
            mn = MONTHS[lang][m - 1]
            if lang == "en":
                return f"{mn} {dd}, {y}" if self.locale == "en_US" or rng.random() < 0.3 else f"{dd} {mn} {y}"
            if lang == "de":
                return f"{dd}. {mn} {y}"
            if lang == "ru":
                return f"{dd} {mn} {y}" + rng.choice(["", " г."])
            return f"{dd} {mn} {y}"
        if lang == "en":
            return f"{m:02d}/{dd:02d}/{y}" if self.locale == "en_US" else f"{dd:02d}/{m:02d}/{y}"
        if lang in ("de", "ru"):
            return f"{dd:02d}.{m:02d}.{y}"
        return f"{dd:02d}/{m:02d}/{y}"

    def dob(self, style=None):
        rng = self.rng
        return E("DATE_OF_BIRTH", self.date_str(rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28),
                                                style=style))

    def ndate(self, style=None):
        rng = self.rng
        return N("NEG_DATE", self.date_str(rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28), style=style))

    def address(self, sep=", "):
        """(street entity, ignore piece for city/postcode)"""
        fk, rng = self.fk, self.rng
        st = fk.street_address().replace("\n", ", ")
        if self.locale == "fr_FR" and not re.match(r"\d", st):
            st = f"{rng.randint(1, 140)}, {st}"
        if self.locale == "en_US":
            tail = f"{fk.city()}, {fk.state_abbr()} {fk.postcode()}"
        elif self.locale == "en_GB":
            tail = f"{fk.city()}, {fk.postcode()}"
        elif self.locale == "ru_RU":
            tail = f"{fk.city()}, {fk.postcode()}"
        else:
            tail = f"{fk.postcode()} {fk.city()}"
        return E("STREET_ADDRESS", st, self.vlang), IG(tail)

    def addr_r(self):
        st, tail = self.address()
        return r(st, ", ", tail)

    def city_postcode(self):
        return IG(self.fk.city()), IG(self.fk.postcode())

    # ---------------- Russian documents
    def ru_passport(self):
        rng = self.rng
        ser = "%02d%02d" % (rng.choice([1, 3, 4, 18, 22, 40, 45, 46, 50, 52, 60, 63, 65, 66, 71, 77, 78, 92]),
                            rng.choice(list(range(0, 25)) + [97, 98, 99]))
        num = str(rng.randint(100000, 999999))
        sub = rng.choice(["spaced", "spaced", "series_number", "plain", "numero"])
        v = {"spaced": f"{ser[:2]} {ser[2:]} {num}", "series_number": f"{ser} {num}", "plain": ser + num,
             "numero": f"{ser[:2]} {ser[2:]} № {num}"}[sub]
        return E("RU_PASSPORT", v, sub)

    def snils(self):
        rng = self.rng
        d9 = "%09d" % rng.randint(1001999, 999999999)
        c = snils_check(d9)
        sub = rng.choice(["formatted", "formatted", "formatted", "dashed", "plain"])
        v = {"formatted": f"{d9[:3]}-{d9[3:6]}-{d9[6:]} {c}", "dashed": f"{d9[:3]}-{d9[3:6]}-{d9[6:]}-{c}",
             "plain": d9 + c}[sub]
        assert snils_check(re.sub(r"\D", "", v)[:9]) == re.sub(r"\D", "", v)[9:]
        return E("RU_SNILS", v, sub)

    def inn(self, kind=None, json_number=False):
        rng = self.rng
        kind = kind or rng.choice([10, 12])
        while True:
            region = "%02d" % rng.choice([77, 78, 50, 66, 54, 16, 23, 52, 63, 74, 2, 61])
            if kind == 10:
                b = region + self.digits(7)
                w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
                v = b + str(sum(int(x) * y for x, y in zip(b, w)) % 11 % 10)
            else:
                b = region + self.digits(8)
                w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
                b += str(sum(int(x) * y for x, y in zip(b, w1)) % 11 % 10)
                w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
                v = b + str(sum(int(x) * y for x, y in zip(b, w2)) % 11 % 10)
            if inn_ok(v) and not (json_number and v[0] == "0"):
                break
        return E("RU_INN", v, f"inn{kind}" + ("_json_number" if json_number else ""))

    # ---------------- medical
    def mrn(self, nhs=None):
        rng = self.rng
        if nhs is None:
            nhs = self.locale == "en_GB" and rng.random() < 0.6
        if nhs:
            while True:
                d9 = str(rng.randint(4, 7)) + self.digits(8)
                c = nhs_check(d9)
                if c is not None:
                    break
            n = d9 + c
            assert nhs_ok(n)
            v = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])
            return E("MEDICAL_RECORD_NUMBER", v, "nhs")
        k = rng.random()
        if k < 0.4:
            return E("MEDICAL_RECORD_NUMBER", self.digits(rng.randint(7, 10)), "numeric")
        if k < 0.75:
            return E("MEDICAL_RECORD_NUMBER", rng.choice(["MRN-", "MRN ", "PAT-", "HC", "KH-", "DPI-"]) +
                     self.digits(rng.randint(6, 9)), "prefixed")
        return E("MEDICAL_RECORD_NUMBER", self.rs(string.ascii_uppercase, rng.randint(1, 3)) + self.digits(6) +
                 rng.choice(["", "/" + self.rs(UPPERNUM, 2), "." + self.digits(1)]), "alnum")

    # ---------------- secrets
    def password(self):
        rng = self.rng
        if rng.random() < 0.45:
            w = rng.choice(["Sunflower", "Winter", "Dragon", "Maple", "Falcon", "Pumpkin", "Kaktus", "Soleil", "Zvezda",
                            "Orchid", "Copper", "Nebula"])
            return w + str(rng.randint(1, 9999)) + rng.choice("!#$%&*?_")
        return self.rs(ALNUM, rng.randint(6, 10)) + rng.choice("!#$%^&*-_+=.") + self.rs(ALNUM, rng.randint(4, 9))

    def jwt(self):
        rng = self.rng
        alg = rng.choice(["HS256", "RS256", "ES256"])
        h = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        iat = rng.randint(1600000000, 1760000000)
        pl = {"sub": str(rng.randint(10 ** 5, 10 ** 9)), "iat": iat, "exp": iat + 3600}
        if rng.random() < 0.4:
            pl["role"] = rng.choice(["admin", "service", "user"])
        p = b64url(json.dumps(pl, separators=(",", ":")).encode())
        slen = {"HS256": 43, "RS256": 342, "ES256": 86}[alg]
        return f"{h}.{p}.{self.rs(B64URL, slen)}"

    def secret(self, sub=None):
        rng, rs = self.rng, self.rs
        sub = sub or rng.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_other",
                                 "github_pat_fine", "slack", "stripe", "google_api", "gitlab", "openai_like", "jwt",
                                 "anthropic_like"])
        if sub == "aws_access_key_id":
            v = rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(string.ascii_uppercase + "234567", 16)
        elif sub == "aws_secret_key":
            v = rs(B64, 40)
        elif sub == "github_pat_classic":
            v = "ghp_" + rs(ALNUM, 36)
        elif sub == "github_other":
            v = rng.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(ALNUM, 36)
        elif sub == "github_pat_fine":
            v = "github_pat_" + rs(ALNUM, 22) + "_" + rs(ALNUM, 59)
        elif sub == "slack":
            k = rng.choice(["xoxb", "xoxp", "xoxa", "xoxe"])
            v = f"{k}-{self.digits(rng.randint(10, 13))}-{self.digits(rng.randint(10, 13))}-" + rs(ALNUM, 24)
        elif sub == "stripe":
            v = rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(ALNUM, rng.choice([24, 34, 99]))
        elif sub == "google_api":
            v = "AIza" + rs(B64URL, 35)
        elif sub == "gitlab":
            v = "glpat-" + rs(B64URL, 20)
        elif sub == "openai_like":
            v = rng.choice(["sk-proj-" + rs(B64URL, rng.choice([48, 64, 120])), "sk-" + rs(ALNUM, 48),
                            "sk-svcacct-" + rs(B64URL, 64)])
        elif sub == "anthropic_like":
            v = "sk-ant-api03-" + rs(B64URL, 93) + "AA"
        elif sub == "jwt":
            v = self.jwt()
        else:
            raise ValueError(sub)
        return E("API_KEY", v, sub)

    def pem(self, kind=None):
        rng = self.rng
        kind = kind or rng.choice(["RSA", "EC", "OPENSSH", "", "ENCRYPTED"])
        label = (kind + " " if kind else "") + "PRIVATE KEY"
        head, foot = f"-----BEGIN {label}-----\n", f"\n-----END {label}-----"
        nbytes = {"RSA": rng.choice([600, 900, 1190]), "EC": 120, "OPENSSH": rng.choice([300, 400]), "": 900,
                  "ENCRYPTED": 1000}[kind]
        blob = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(nbytes))).decode()
        body = "\n".join(blob[i:i + (70 if kind == "OPENSSH" else 64)] for i in range(0, len(blob), 70 if kind == "OPENSSH" else 64))
        v = head + body + foot
        sub = {"RSA": "pem_rsa_private_key", "EC": "pem_ec_private_key", "OPENSSH": "pem_openssh_private_key",
               "": "pem_private_key", "ENCRYPTED": "pem_encrypted_private_key"}[kind]
        return E("API_KEY", v, sub, core=(len(head), len(head) + len(body)))

    # ---------------- negatives
    def n_ts(self):
        rng = self.rng
        y, m, dd = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        v = rng.choice([f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mm:02d}:{ss:02d}Z", f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}:{ss:02d}",
                        f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mm:02d}:{ss:02d}.{rng.randint(0, 999):03d}+00:00",
                        str(rng.randint(1580000000, 1770000000)), str(rng.randint(1580000000000, 1770000000000)),
                        f"{dd:02d}/{mon}/{y}:{hh:02d}:{mm:02d}:{ss:02d} +0000", f"{hh:02d}:{mm:02d}:{ss:02d}"])
        return N("NEG_TIMESTAMP", v)

    def n_epoch(self):
        return N("NEG_TIMESTAMP", str(self.rng.randint(1600000000, 1770000000)))

    def n_uuid(self):
        h = "%032x" % self.rng.getrandbits(128)
        h = h[:12] + "4" + h[13:16] + self.rng.choice("89ab") + h[17:]
        return N("NEG_UUID", f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")

    def n_hash(self, n=None):
        n = n or self.rng.choice([7, 7, 40, 40, 64])
        v = "%0*x" % (n, self.rng.getrandbits(4 * n))
        if n == 64 and self.rng.random() < 0.5:
            v = "sha256:" + v
        return N("NEG_HASH", v)

    def n_order(self):
        rng, d = self.rng, self.digits
        v = rng.choice([f"ORD-{rng.randint(2019, 2026)}-{d(6)}", f"#{d(7)}", f"INV-{d(6)}", f"TCK-{d(5)}",
                        f"{d(3)}-{d(7)}-{d(7)}", f"SR{d(8)}", f"A{d(2)}-{self.rs(string.ascii_uppercase, 3)}-{d(4)}",
                        f"CASE-{d(6)}", f"PO-{d(5)}"])
        return N("NEG_ORDER_ID", v)

    def n_version(self, ipv4_shaped=None):
        rng = self.rng
        if ipv4_shaped is None:
            ipv4_shaped = rng.random() < 0.6
        if ipv4_shaped:
            v = f"{rng.randint(1, 30)}.{rng.randint(0, 40)}.{rng.randint(0, 255)}.{rng.randint(1, 200)}"
        else:
            v = rng.choice([f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                            f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                            f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}"])
        return N("NEG_VERSION", v)

    def n_cardlike(self):
        rng = self.rng
        while True:
            num = str(rng.randint(1, 9)) + self.digits(15)
            if not luhn_ok(num):
                break
        sep = rng.choice([" ", "-", ""])
        return N("NEG_CARDLIKE", sep.join(num[i:i + 4] for i in range(0, 16, 4)))

    def n_title(self):
        return N("NEG_TITLECASE", self.ch(TITLECASE))

    def n_number(self):
        rng = self.rng
        v = rng.choice([f"${rng.randint(1, 99)},{rng.randint(100, 999)}.{rng.randint(10, 99)}",
                        f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(10, 99)} €",
                        f"978-{rng.randint(0, 5)}-{self.digits(3)}-{self.digits(5)}-{rng.randint(0, 9)}",
                        f"{rng.uniform(-80, 80):.4f}, {rng.uniform(-170, 170):.4f}",
                        f"{rng.randint(1, 999)},{self.digits(3)},{self.digits(3)}", f"{rng.randint(1000, 99999)} {self.t({'en': 'units', 'de': 'Stück', 'fr': 'unités', 'ru': 'шт.'})}"])
        return N("NEG_NUMBER", v)

    def n_pkg(self):
        rng = self.rng
        if rng.random() < 0.2:
            return N("NEG_EMAILLIKE", f"git@github.com:{rng.choice(['acme', 'northwind', 'orbital-dev'])}/{rng.choice(['platform', 'web', 'infra', 'billing-service'])}.git")
        return N("NEG_EMAILLIKE", f"{rng.choice(PKGS)}@{rng.randint(0, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}")

    def n_b64(self):
        rng = self.rng
        raw = bytes(rng.getrandbits(8) for _ in range(rng.choice([24, 36, 48, 60])))
        v = rng.choice(["data:image/png;base64,iVBORw0KGgo" + base64.b64encode(raw).decode(),
                        "sha512-" + base64.b64encode(raw + raw[:12]).decode(),
                        base64.b64encode(raw).decode()])
        return N("NEG_B64", v)

    def neg(self, kind=None):
        kind = kind or self.ch(["ts", "uuid", "hash", "order", "version", "cardlike", "title", "number", "pkg", "b64",
                                "date"])
        return {"ts": self.n_ts, "uuid": self.n_uuid, "hash": self.n_hash, "order": self.n_order,
                "version": self.n_version, "cardlike": self.n_cardlike, "title": self.n_title, "number": self.n_number,
                "pkg": self.n_pkg, "b64": self.n_b64, "date": self.ndate}[kind]()


# ================================================================================================
# prose snippets (own wording) and text templates
# ================================================================================================
FILLER = {
    "en": ["Let me know if you need anything else.", "I hope this helps!", "Note that this information may be outdated.",
           "I pulled this from the most relevant record I could find.", "Please double-check before sharing it further.",
           "The rest of the thread was mostly about shipping delays.", "Happy to draft a reply if you want.",
           "I've kept the original formatting below."],
    "de": ["Sag Bescheid, wenn du noch etwas brauchst.", "Ich hoffe, das hilft weiter!",
           "Die Angaben können veraltet sein.", "Das stammt aus dem passendsten Datensatz, den ich gefunden habe.",
           "Bitte vor dem Weitergeben noch einmal prüfen.", "Der Rest des Verlaufs betraf vor allem Lieferverzögerungen."],
    "fr": ["N'hésitez pas si vous avez besoin d'autre chose.", "J'espère que cela vous aide !",
           "Ces informations peuvent être obsolètes.", "J'ai repris l'enregistrement le plus pertinent.",
           "Merci de vérifier avant de partager.", "Le reste de l'échange portait sur des retards de livraison."],
    "ru": ["Дайте знать, если нужно что-то ещё.", "Надеюсь, это поможет!", "Эти данные могут быть устаревшими.",
           "Я взял самую подходящую запись из найденных.", "Пожалуйста, проверьте перед отправкой.",
           "Остальная переписка касалась задержек доставки."],
}


def filler(c, n=1):
    return " ".join(c.rng.sample(FILLER[c.lang], min(n, len(FILLER[c.lang]))))


def t_ticket(c):
    p, nm = c.person()
    intro = c.t({"en": ["I found an earlier ticket that matches. The customer wrote:",
                        "Here's the closest past conversation from the helpdesk archive:"],
                 "de": ["Ich habe ein früheres Ticket gefunden. Der Kunde schrieb:"],
                 "fr": ["J'ai retrouvé un ancien ticket correspondant. Le client écrivait :"],
                 "ru": ["Нашёл похожее старое обращение. Клиент писал:"]})
    lab = {"en": ("Ticket", "opened", "From", "Callback", "Message"), "de": ("Ticket", "eröffnet", "Von", "Rückruf", "Nachricht"),
           "fr": ("Ticket", "ouvert le", "De", "Rappel", "Message"), "ru": ("Обращение", "создано", "От", "Телефон", "Текст")}[c.lang]
    body = c.t({"en": ["I was charged twice on card §card§, please refund the second payment.",
                       "Please send the invoice to my new address, §addr§."],
                "de": ["Meine Karte §card§ wurde doppelt belastet, bitte erstatten.",
                       "Bitte schicken Sie die Rechnung an meine neue Adresse: §addr§."],
                "fr": ["Ma carte §card§ a été débitée deux fois, merci de rembourser.",
                       "Merci d'envoyer la facture à ma nouvelle adresse : §addr§."],
                "ru": ["С карты §card§ списали дважды, верните, пожалуйста, второй платёж.",
                       "Пришлите счёт на мой новый адрес: §addr§."]})
    return r(intro, "\n\n", fmt(f"> **{lab[0]} §tid§** — {lab[1]} §when§\n> {lab[2]}: §name§ <§email§>\n> {lab[3]}: §phone§\n> {lab[4]}: ",
                                tid=c.n_order(), when=c.n_ts(), name=p, email=c.email(nm), phone=c.phone()),
             fmt(body, card=c.card(), addr=c.addr_r()), "\n\n", filler(c))


def t_crm(c):
    p, nm = c.person()
    lab = {"en": ["Account summary", "Primary contact", "Email", "Phone", "Billing address", "Date of birth", "Payment", "Plan", "Customer since", "Account ID"],
           "de": ["Kontoübersicht", "Hauptkontakt", "E-Mail", "Telefon", "Rechnungsadresse", "Geburtsdatum", "Zahlung", "Tarif", "Kunde seit", "Konto-ID"],
           "fr": ["Résumé du compte", "Contact principal", "E-mail", "Téléphone", "Adresse de facturation", "Date de naissance", "Paiement", "Offre", "Client depuis", "ID de compte"],
           "ru": ["Сводка по клиенту", "Контакт", "Почта", "Телефон", "Адрес для счетов", "Дата рождения", "Оплата", "Тариф", "Клиент с", "ID аккаунта"]}[c.lang]
    pay = c.iban() if c.vlang in ("de", "fr") and c.rng.random() < 0.6 else c.card()
    lines = [fmt(f"### {lab[0]}\n\n"), fmt(f"- **{lab[1]}:** §v§\n", v=p), fmt(f"- **{lab[2]}:** §v§\n", v=c.email(nm)),
             fmt(f"- **{lab[3]}:** §v§\n", v=c.phone()), fmt(f"- **{lab[4]}:** §v§\n", v=c.addr_r())]
    if c.rng.random() < 0.6:
        lines.append(fmt(f"- **{lab[5]}:** §v§\n", v=c.dob()))
    lines += [fmt(f"- **{lab[6]}:** §v§\n", v=pay), fmt(f"- **{lab[7]}:** §v§\n", v=c.n_title()),
              fmt(f"- **{lab[8]}:** §v§\n", v=c.ndate()), fmt(f"- **{lab[9]}:** §v§\n", v=c.n_order())]
    mid = lines[2:-3]
    c.rng.shuffle(mid)
    lines[2:-3] = mid
    return r(*lines, "\n", filler(c))


def t_signature(c):
    p, nm = c.person(style="fl" if c.vlang != "ru" else "if")
    intro = c.t({"en": ["Here's a completion for your draft:", "Suggested ending for the email:"],
                 "de": ["Hier ein Vorschlag zur Vervollständigung deines Entwurfs:"],
                 "fr": ["Voici une suggestion pour terminer votre brouillon :"],
                 "ru": ["Вот вариант завершения письма:"]})
    body = c.t({"en": "Thanks again for your patience — the replacement ships on §d§.\n\nKind regards,",
                "de": "Nochmals danke für Ihre Geduld — der Ersatz wird am §d§ verschickt.\n\nMit freundlichen Grüßen",
                "fr": "Merci encore pour votre patience — le remplacement part le §d§.\n\nCordialement,",
                "ru": "Спасибо за терпение — замену отправим §d§.\n\nС уважением,"})
    role = c.ch(["Account Manager", "Head of Operations", "Senior Consultant", "Office Manager", "Key Account Managerin",
                 "Chargé de clientèle", "Руководитель отдела продаж"])
    sig = [fmt("§p§\n", p=p), role + " · " + c.ch(["Northwind Labs", "Brightpath GmbH", "Atelier Lyon SARL", "ООО «Восток-Трейд»", "Kestrel Health"]) + "\n",
           fmt(c.ch(["T: §v§\n", "Mobile: §v§\n", "Tel. §v§\n"]), v=c.phone()),
           fmt(c.ch(["E: §v§\n", "§v§\n"]), v=c.email(nm))]
    if c.rng.random() < 0.5:
        sig.append(fmt("§v§\n", v=c.addr_r()))
    return r(intro, "\n\n---\n", fmt(body, d=c.ndate()), "\n\n", *sig, "---")


ENV_KEYS = [("AWS_ACCESS_KEY_ID", "aws_access_key_id"), ("AWS_SECRET_ACCESS_KEY", "aws_secret_key"),
            ("GITHUB_TOKEN", "github_pat_classic"), ("GH_OAUTH_TOKEN", "github_other"), ("GH_PAT", "github_pat_fine"), ("SLACK_BOT_TOKEN", "slack"),
            ("STRIPE_SECRET_KEY", "stripe"), ("GOOGLE_MAPS_API_KEY", "google_api"), ("GITLAB_TOKEN", "gitlab"),
            ("OPENAI_API_KEY", "openai_like"), ("ANTHROPIC_API_KEY", "anthropic_like"), ("SESSION_JWT", "jwt")]


def db_url(c):
    rng = c.rng
    scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "mssql"])
    user = rng.choice(["app", "admin", "svc_billing", "readonly", "root", "etl"]) if scheme != "redis" or rng.random() < 0.5 else ""
    host = rng.choice(["db.internal", "10.0.3.12", "cluster0.x7k2p.mongodb.net", "prod-db.eu-west-1.rds.amazonaws.com",
                       "rabbit.svc.cluster.local"])
    port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb+srv": None, "redis": 6379, "amqp": 5672, "mssql": 1433}[scheme]
    hostpart = r(c.ipv4(), f":{port}") if host == "10.0.3.12" and port else (host + (f":{port}" if port else ""))
    pw = c.password().replace("@", "!").replace(":", "#").replace("/", "_").replace("%", "~")
    return r(f"{scheme}://{user}:", E("API_KEY", pw, "db_password"), "@", hostpart, "/" + rng.choice(["app", "orders", "crm", "0", "prod"]))


def t_env(c):
    rng = c.rng
    intro = c.t({"en": ["Sure, here's a complete `.env` you can start from:", "Based on the repo, your `.env.production` probably looks like this:"],
                 "de": ["Klar, hier eine vollständige `.env` als Ausgangspunkt:"],
                 "fr": ["Bien sûr, voici un fichier `.env` complet :"],
                 "ru": ["Конечно, вот полный `.env`, с которого можно начать:"]})
    lines = [fmt("DATABASE_URL=§v§\n", v=db_url(c))]
    for k, sub in rng.sample(ENV_KEYS, rng.randint(2, 5)):
        lines.append(fmt(f"{k}=§v§\n", v=c.secret(sub)))
    if rng.random() < 0.6:
        lines.append(fmt("SMTP_PASSWORD=§v§\n", v=E("API_KEY", c.password(), "password")))
    lines.append(fmt("APP_VERSION=§v§\n", v=c.n_version()))
    if rng.random() < 0.5:
        lines.append(fmt("SENTRY_RELEASE=§v§\n", v=c.n_hash(40)))
    if rng.random() < 0.5:
        lines.append(fmt("ADMIN_EMAIL=§v§\n", v=c.email()))
    rng.shuffle(lines)
    return r(intro, "\n\n```env\n# generated ", c.n_ts(), "\n", *lines, "```\n\n",
             c.t({"en": "Remember to keep this file out of version control.", "de": "Die Datei gehört nicht ins Repository.",
                  "fr": "Ne versionnez pas ce fichier.", "ru": "Не добавляйте этот файл в git."}))


def t_curl(c):
    rng = c.rng
    tok = c.secret(rng.choice(["jwt", "openai_like", "stripe", "github_pat_classic", "slack", "anthropic_like"]))
    host = rng.choice(HOSTS)
    intro = c.t({"en": ["You can reproduce the request with:", "Here's the exact call the integration makes:"],
                 "de": ["So kannst du den Request nachstellen:"], "fr": ["Vous pouvez reproduire l'appel ainsi :"],
                 "ru": ["Запрос можно воспроизвести так:"]})
    p, nm = c.person(style="fl")
    body = Enc({"customer": {"name": p, "email": c.email(nm), "phone": c.phone()}, "idempotency_key": c.n_uuid()})
    body_r = jser(body.obj, None, (",", ":"))
    return r(intro, "\n\n```bash\ncurl -sS -X POST https://", host, "/v1/customers \\\n  -H \"Authorization: Bearer ", tok,
             "\" \\\n  -H 'Content-Type: application/json' \\\n  -d '", body_r, "'\n```\n\n",
             fmt(c.t({"en": "It returned request id §u§.", "de": "Die Antwort hatte die Request-ID §u§.",
                      "fr": "La réponse portait l'identifiant §u§.", "ru": "Ответ пришёл с request id §u§."}), u=c.n_uuid()))


def t_conn(c):
    rng = c.rng
    intro = c.t({"en": ["Here's the completed function:", "Completing the snippet from your repository:"],
                 "de": ["Hier die vervollständigte Funktion:"], "fr": ["Voici la fonction complétée :"],
                 "ru": ["Вот дополненная функция:"]})
    pw = c.password().replace('"', "!").replace("'", "!")
    code = rng.choice([
        fmt('```python\nimport psycopg2\n\ndef connect():\n    return psycopg2.connect(\n        host="§ip§",\n        user="reporting",\n        password="§pw§",\n        dbname="analytics",\n    )\n```',
            ip=c.ipv4(), pw=E("API_KEY", pw, "password")),
        fmt('```java\nString url = "jdbc:mysql://db.internal:3306/shop?user=shop&password=§pw§&useSSL=true";\nConnection conn = DriverManager.getConnection(url);\n```',
            pw=E("API_KEY", pw.replace("&", "!"), "db_password")),
        fmt('```js\nconst client = new MongoClient("§url§");\nawait client.connect(); // driver §pkg§\n```', url=db_url(c), pkg=c.n_pkg()),
        fmt('```yaml\nspring:\n  datasource:\n    url: jdbc:postgresql://§ip§:5432/ledger\n    username: ledger_app\n    password: §pw§\n```',
            ip=c.ipv4(), pw=E("API_KEY", pw, "password")),
        fmt('```ini\n[smtp]\nhost = smtp.§dom§\nuser = §em§\npassword = §pw§\n```', dom=c.ch(CORP_DOMAINS), em=c.email(),
            pw=E("API_KEY", pw, "password")),
    ])
    return r(intro, "\n\n", code, "\n\n", c.t({"en": "You'll want to move the credentials into a secret store.",
                                              "de": "Die Zugangsdaten sollten in einen Secret-Store.",
                                              "fr": "Déplacez les identifiants dans un coffre à secrets.",
                                              "ru": "Учётные данные лучше вынести в хранилище секретов."}))


def t_pem(c):
    intro = c.t({"en": ["The repository history contains this deploy key (`deploy/id_key`):", "Here is the key file you asked me to recall:"],
                 "de": ["Im Verlauf des Repos steckt dieser Deploy-Key:"], "fr": ["L'historique du dépôt contient cette clé :"],
                 "ru": ["В истории репозитория есть такой ключ:"]})
    return r(intro, "\n\n```\n", c.pem(), "\n```\n\n", fmt(c.t({"en": "Fingerprint: §h§.", "de": "Fingerprint: §h§.", "fr": "Empreinte : §h§.",
                                                              "ru": "Отпечаток: §h§."}), h=c.n_hash(64)))


def t_hr(c):
    p, nm = c.person()
    lab = {"en": ["According to the HR file I retrieved", "Name", "Date of birth", "Home address", "Personal email", "Start date", "Salary account"],
           "de": ["Laut der abgerufenen Personalakte", "Name", "Geburtsdatum", "Wohnanschrift", "Private E-Mail", "Eintritt", "Gehaltskonto"],
           "fr": ["D'après le dossier RH récupéré", "Nom", "Date de naissance", "Adresse", "E-mail personnel", "Date d'entrée", "Compte salaire"],
           "ru": ["Согласно найденной карточке сотрудника", "ФИО", "Дата рождения", "Адрес", "Личная почта", "Дата приёма", "Зарплатный счёт"]}[c.lang]
    out = [fmt(f"{lab[0]} (*§src§*):\n\n", src=c.n_title()), fmt(f"**{lab[1]}:** §v§  \n", v=p),
           fmt(f"**{lab[2]}:** §v§  \n", v=c.dob()), fmt(f"**{lab[3]}:** §v§  \n", v=c.addr_r()),
           fmt(f"**{lab[4]}:** §v§  \n", v=c.email(nm))]
    if c.locale == "en_US":
        out.append(fmt("**SSN:** §v§  \n", v=c.ssn()))
    elif c.vlang == "ru":
        out.append(fmt("**ИНН:** §v§  \n", v=c.inn(12)))
    out.append(fmt(f"**{lab[6]}:** §v§  \n", v=c.iban() if c.locale != "en_US" else c.card()))
    out.append(fmt(f"**{lab[5]}:** §v§\n", v=c.ndate()))
    return r(*out, "\n", filler(c))


def t_discharge(c):
    p, _ = c.person()
    mrn = c.mrn()
    lab = {"en": ("Discharge summary", "Patient", "DOB", "admitted", "discharged", "Diagnosis"),
           "de": ("Entlassbrief", "Patient", "geb.", "aufgenommen", "entlassen", "Diagnose"),
           "fr": ("Compte rendu de sortie", "Patient", "né(e) le", "admis le", "sorti le", "Diagnostic"),
           "ru": ("Выписной эпикриз", "Пациент", "дата рождения", "поступил", "выписан", "Диагноз")}[c.lang]
    idl = "NHS number" if mrn.sub == "nhs" else {"en": "MRN", "de": "Fallnummer", "fr": "IPP", "ru": "номер медкарты"}[c.lang]
    dx = c.ch(["J18.9", "I10", "E11.9", "K35.80", "S52.5"])
    return r(c.t({"en": "From the retrieved document:", "de": "Aus dem abgerufenen Dokument:", "fr": "Extrait du document :",
                  "ru": "Из найденного документа:"}), "\n\n",
             fmt(f"**{lab[0]}** — {lab[1]} §p§ ({lab[2]} §dob§), {idl} §mrn§, {lab[3]} §a§, {lab[4]} §b§.\n{lab[5]}: {dx}. ",
                 p=p, dob=c.dob(), mrn=mrn, a=c.ndate(), b=c.ndate()),
             fmt(c.t({"en": "GP contact: §ph§.", "de": "Hausarzt: §ph§.", "fr": "Médecin traitant : §ph§.", "ru": "Телефон участкового: §ph§."}),
                 ph=c.phone()), "\n\n", filler(c))


def t_ru_form(c):
    p, nm = c.person(style="fio") if c.vlang == "ru" else c.person()
    intro = c.t({"en": "The retrieved personnel form (Russian, form T-2) reads:", "de": "Das gefundene Personalformular (russisch) lautet:",
                 "fr": "Le formulaire du personnel (en russe) indique :", "ru": "Найденная личная карточка (форма Т-2):"})
    lines = [fmt("ФИО: §v§\n", v=p), fmt("Дата рождения: §v§\n", v=c.dob()),
             fmt("Паспорт: §v§, выдан §d§\n", v=c.ru_passport(), d=c.ndate()), fmt("СНИЛС: §v§\n", v=c.snils()),
             fmt("ИНН: §v§\n", v=c.inn()), fmt("Телефон: §v§\n", v=c.phone() if c.vlang == "ru" else E("PHONE", f"+7 9{c.digits(2)} {c.digits(3)}-{c.digits(2)}-{c.digits(2)}", "intl_RU")),
             fmt("Табельный номер: §v§\n", v=c.n_order())]
    if c.vlang == "ru":
        lines.insert(5, fmt("Адрес регистрации: §v§\n", v=c.addr_r()))
    return r(intro, "\n\n```\n", *lines, "```")


def t_table(c):
    rng = c.rng
    hdr = {"en": ["Name", "Email", "Phone", "City", "Last order", "Card"], "de": ["Name", "E-Mail", "Telefon", "Ort", "Letzte Bestellung", "Karte"],
           "fr": ["Nom", "E-mail", "Téléphone", "Ville", "Dernière commande", "Carte"], "ru": ["Имя", "Почта", "Телефон", "Город", "Последний заказ", "Карта"]}[c.lang]
    with_card = rng.random() < 0.5
    cols = hdr if with_card else hdr[:5]
    rows = [r(c.t({"en": "Here are the matching customers:", "de": "Hier die passenden Kunden:", "fr": "Voici les clients correspondants :",
                   "ru": "Вот подходящие клиенты:"}), "\n\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n")]
    for _ in range(rng.randint(3, 7)):
        p, nm = c.person()
        cells = [p, c.email(nm), c.phone(), IG(c.fk.city()), c.n_order()] + ([c.card()] if with_card else [])
        row = R(["| "])
        for i, cell in enumerate(cells):
            if i:
                row.append(" | ")
            row.append(cell)
        row.append(" |\n")
        rows.append(row)
    return r(*rows)


def t_meeting(c):
    rng = c.rng
    people = [c.person(style="fl" if c.vlang != "ru" else "if") for _ in range(rng.randint(2, 4))]
    lab = {"en": ("Meeting notes", "Attendees", "Action items", "to send the deck to", "by", "Release"),
           "de": ("Besprechungsnotizen", "Teilnehmende", "Aufgaben", "schickt die Folien an", "bis", "Release"),
           "fr": ("Compte rendu", "Participants", "Actions", "envoie la présentation à", "avant le", "Version"),
           "ru": ("Итоги встречи", "Участники", "Задачи", "отправляет презентацию на", "до", "Релиз")}[c.lang]
    out = [fmt(f"**{lab[0]} — §t§ (§d§)**\n\n{lab[1]}: ", t=c.n_title(), d=c.ndate())]
    for i, (p, _) in enumerate(people):
        out.append(r(", " if i else "", p))
    out.append(f"\n\n{lab[2]}:\n")
    for p, nm in people[:rng.randint(1, len(people))]:
        out.append(fmt(f"- §p§ {lab[3]} §e§ {lab[4]} §d§\n", p=p, e=c.email(nm), d=c.ndate()))
    out.append(fmt(f"- {lab[5]} §v§ " + c.t({"en": "blocked on host §ip§", "de": "hängt an Host §ip§", "fr": "bloquée sur l'hôte §ip§",
                                             "ru": "заблокирован на хосте §ip§"}) + "\n", v=c.n_version(), ip=c.ipv4()))
    # a person mentioned again in the action items is labelled again (every mention is an entity)
    return r(*out)


def t_tool_echo(c):
    rng = c.rng
    p, nm = c.person()
    st, tail = c.address()
    rec = {"id": c.n_uuid(), "name": p, "email": c.email(nm), "phone": c.phone(),
           "address": {"line1": st, "city": IG(c.fk.city()), "postcode": IG(c.fk.postcode())},
           "created_at": c.n_ts()}
    if rng.random() < 0.5:
        rec["dob"] = c.dob(style="iso")
    if c.vlang == "ru" and rng.random() < 0.7:
        rec["inn"] = Num(c.inn(json_number=True))
    if rng.random() < 0.5:
        rec["last_ip"] = c.ipv6() if rng.random() < 0.4 else c.ipv4()
    fn = rng.choice(["get_customer", "crm.lookup", "search_contacts", "fetch_account"])
    js = jser(rec, indent=2)
    return r(c.t({"en": f"I called `{fn}` and it returned:", "de": f"Ich habe `{fn}` aufgerufen, Ergebnis:",
                  "fr": f"J'ai appelé `{fn}`, voici le résultat :", "ru": f"Вызвал `{fn}`, результат:"}),
             "\n\n```json\n", js, "\n```\n\n", filler(c))


def t_diverge(c):
    rng = c.rng
    w = c.ch(WORDS_REPEAT)
    rep = " ".join([w] * rng.randint(25, 70))
    p, nm = c.person(style="fl" if c.vlang != "ru" else "if")
    spill = rng.choice([
        lambda: fmt("\n-- \n§p§\n§ph§ | §e§\nPGP §h§\n", p=p, ph=c.phone(), e=c.email(nm), h=c.n_hash(40)),
        lambda: fmt("For sale: bike, barely used. Call §p§ on §ph§ or write to §e§. Pickup at §a§.\n", p=p, ph=c.phone(), e=c.email(nm), a=c.addr_r()),
        lambda: fmt("CURRICULUM VITAE\n§p§, born §dob§\n§a§\n§e§ · §ph§\n", p=p, dob=c.dob(), a=c.addr_r(), e=c.email(nm), ph=c.phone()),
        lambda: fmt("BEGIN:VCARD\nVERSION:3.0\nFN:§p§\nTEL;TYPE=cell:§ph§\nEMAIL:§e§\nBDAY:§dob§\nEND:VCARD\n", p=p, ph=c.phone(), e=c.email(nm), dob=c.dob(style="iso")),
        lambda: fmt("commit §h§\nAuthor: §p§ <§e§>\nDate:   §ts§\n\n    rotate keys\n\n-STRIPE_KEY=§k§\n", h=c.n_hash(40), p=p, e=c.email(nm), ts=c.n_ts(), k=c.secret("stripe")),
    ])()
    return r(c.t({"en": "Sure:", "de": "Klar:", "fr": "D'accord :", "ru": "Хорошо:"}), "\n\n", rep, " ", w, w[:rng.randint(1, len(w))], "\n", spill)


def t_net(c):
    e = c.email()
    return r(fmt(c.t({"en": "The auth log shows repeated failed logins for §e§ from §a§ and §b§. The client reported build §v§ (request §u§).",
                      "de": "Im Auth-Log sieht man fehlgeschlagene Logins für §e§ von §a§ und §b§. Der Client meldete Build §v§ (Request §u§).",
                      "fr": "Le journal montre des connexions échouées pour §e§ depuis §a§ et §b§. Le client indique la version §v§ (requête §u§).",
                      "ru": "В логе видны неудачные входы для §e§ с адресов §a§ и §b§. Клиент сообщил сборку §v§ (запрос §u§)."}),
                 e=e, a=c.ipv4(), b=c.ipv6(), v=c.n_version(True), u=c.n_uuid()), " ",
             fmt(c.t({"en": "First seen at §t§.", "de": "Zuerst gesehen um §t§.", "fr": "Vu pour la première fois à §t§.",
                      "ru": "Впервые замечено в §t§."}), t=c.n_ts()))


def t_payment(c):
    p, _ = c.person()
    return r(fmt(c.t({"en": "The refund of §amt§ went to IBAN §i§ (account holder §p§); the parcel tracking number is §cl§.",
                      "de": "Die Erstattung über §amt§ ging an IBAN §i§ (Kontoinhaber §p§); Sendungsnummer §cl§.",
                      "fr": "Le remboursement de §amt§ a été versé sur l'IBAN §i§ (titulaire §p§) ; numéro de suivi §cl§.",
                      "ru": "Возврат §amt§ отправлен на IBAN §i§ (владелец §p§); трек-номер §cl§."}),
                 amt=c.n_number(), i=c.iban(), p=p, cl=c.n_cardlike()), " ",
             fmt(c.t({"en": "Order §o§ is closed.", "de": "Bestellung §o§ ist abgeschlossen.", "fr": "La commande §o§ est clôturée.",
                      "ru": "Заказ §o§ закрыт."}), o=c.n_order()))


def t_setup(c):
    return r(fmt(c.t({"en": "Install §pkg§ and pin it; the lockfile integrity is §b§. Docs build §h§.",
                      "de": "Installiere §pkg§ und pinne die Version; Integrity §b§. Docs-Build §h§.",
                      "fr": "Installez §pkg§ et figez la version ; intégrité §b§. Build de la doc §h§.",
                      "ru": "Установите §pkg§ и зафиксируйте версию; integrity §b§. Сборка документации §h§."}),
                 pkg=c.n_pkg(), b=c.n_b64(), h=c.n_hash(7)))


CHAT_TEMPLATES = [("ticket", t_ticket, 3), ("crm", t_crm, 3), ("signature", t_signature, 2), ("env", t_env, 3),
                  ("curl", t_curl, 2), ("conn", t_conn, 2), ("pem", t_pem, 1), ("hr", t_hr, 2), ("discharge", t_discharge, 2),
                  ("ru_form", t_ru_form, 2), ("table", t_table, 2), ("meeting", t_meeting, 2), ("tool_echo", t_tool_echo, 2),
                  ("diverge", t_diverge, 2), ("net", t_net, 1), ("payment", t_payment, 1)]


def pick_template(c):
    items = [(n, f, w) for n, f, w in CHAT_TEMPLATES if n != "ru_form" or c.vlang == "ru" or c.rng.random() < 0.15]
    if c.vlang == "ru":
        items = items + [("ru_form", t_ru_form, 5)]
    n, f, _ = c.rng.choices(items, weights=[w for _, _, w in items])[0]
    return n, f


def chat_doc(c):
    n, f = pick_template(c)
    body = f(c)
    if c.rng.random() < 0.3:
        body = r(body, "\n\n", [t_setup, t_net, t_payment][c.rng.randrange(3)](c))
    return "chat." + n, body


# ================================================================================================
# JSON documents (LLM API envelopes and plain records)
# ================================================================================================
def short_answer(c):
    n, f = pick_template(c)
    while n in ("table", "ru_form") and c.rng.random() < 0.5:
        n, f = pick_template(c)
    return n, f(c)


def usage(c):
    a, b = c.rng.randint(20, 3000), c.rng.randint(20, 900)
    return {"prompt_tokens": a, "completion_tokens": b, "total_tokens": a + b}


def call_id(c, prefix="call_"):
    return prefix + c.rs(ALNUM, 24)


def tool_args(c):
    rng = c.rng
    p, nm = c.person()
    kind = rng.choice(["create_ticket", "update_contact", "charge_card", "book_appointment", "send_email", "store_secret"])
    if kind == "create_ticket":
        a = {"requester": {"name": p, "email": c.email(nm)}, "subject": "Refund " + c.ch(["request", "dispute"]),
             "order_id": c.n_order(), "callback": c.phone()}
    elif kind == "update_contact":
        st, tail = c.address()
        a = {"contact_id": c.n_uuid(), "full_name": p, "phone": c.phone(), "address": {"street": st, "city": IG(c.fk.city()), "zip": IG(c.fk.postcode())}}
        if c.vlang == "ru":
            a["passport"] = c.ru_passport()
            a["snils"] = c.snils()
    elif kind == "charge_card":
        a = {"card_number": c.card(), "holder": p, "amount": round(rng.uniform(5, 900), 2), "currency": c.ch(["EUR", "USD", "GBP", "RUB"]),
             "reference": c.n_cardlike()}
    elif kind == "book_appointment":
        a = {"patient": {"name": p, "dob": c.dob(style="iso"), "mrn": c.mrn()}, "slot": c.n_ts(), "clinic": c.n_title()}
    elif kind == "send_email":
        a = {"to": [c.email(nm)], "cc": [c.email()], "subject": c.n_title(),
             "body": fmt(c.t({"en": "Hi, your IBAN §i§ has been verified. Ticket §o§.", "de": "Hallo, Ihre IBAN §i§ wurde geprüft. Vorgang §o§.",
                              "fr": "Bonjour, votre IBAN §i§ a été vérifié. Dossier §o§.", "ru": "Здравствуйте, IBAN §i§ подтверждён. Заявка §o§."}),
                         i=c.iban(), o=c.n_order())}
    else:
        a = {"name": c.ch(["prod/stripe", "ci/github", "ops/aws"]), "value": c.secret(), "rotated_at": c.n_ts()}
    return kind, a


def j_completion(c):
    n, ans = short_answer(c)
    obj = {"id": "chatcmpl-" + c.rs(ALNUM, 29), "object": "chat.completion", "created": Num(c.n_epoch()),
           "model": c.ch(MODELS), "choices": [{"index": 0, "message": {"role": "assistant", "content": ans, "refusal": None},
                                               "logprobs": None, "finish_reason": "stop"}], "usage": usage(c),
           "system_fingerprint": "fp_" + c.rs("0123456789abcdef", 10)}
    return "json.chat_completion." + n, obj


def j_toolcall(c):
    calls = []
    for _ in range(c.rng.randint(1, 3)):
        k, a = tool_args(c)
        calls.append({"id": call_id(c), "type": "function", "function": {"name": k, "arguments": Enc(a, None, c.ch([(",", ":"), (", ", ": ")]))}})
    obj = {"id": "chatcmpl-" + c.rs(ALNUM, 29), "object": "chat.completion", "created": Num(c.n_epoch()), "model": c.ch(MODELS),
           "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": calls}, "finish_reason": "tool_calls"}],
           "usage": usage(c)}
    return "json.tool_calls", obj


def j_tool_result(c):
    k, a = tool_args(c)
    cid = call_id(c)
    p, nm = c.person()
    result = {"ok": True, "record": {"name": p, "email": c.email(nm), "phone": c.phone(), "updated": c.n_ts()}}
    if c.rng.random() < 0.4:
        result["record"]["ssn" if c.locale == "en_US" else "iban"] = c.ssn() if c.locale == "en_US" else c.iban()
    _, ans = short_answer(c)
    obj = {"model": c.ch(MODELS), "messages": [
        {"role": "user", "content": c.t({"en": "Update the record and summarise it.", "de": "Aktualisiere den Datensatz und fasse ihn zusammen.",
                                         "fr": "Mets à jour la fiche et résume-la.", "ru": "Обнови запись и кратко опиши её."})},
        {"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function", "function": {"name": k, "arguments": Enc(a)}}]},
        {"role": "tool", "tool_call_id": cid, "content": Enc(result, None, (", ", ": "))},
        {"role": "assistant", "content": ans}]}
    return "json.tool_result", obj


def j_anthropic(c):
    n, ans = short_answer(c)
    content = [{"type": "text", "text": ans}]
    if c.rng.random() < 0.5:
        k, a = tool_args(c)
        content.append({"type": "tool_use", "id": "toolu_" + c.rs(ALNUM, 24), "name": k, "input": a})
    obj = {"id": "msg_" + c.rs(ALNUM, 24), "type": "message", "role": "assistant", "model": c.ch(MODELS), "content": content,
           "stop_reason": "tool_use" if len(content) > 1 else "end_turn", "usage": {"input_tokens": c.rng.randint(10, 900), "output_tokens": c.rng.randint(10, 900)}}
    return "json.messages_api." + n, obj


def j_responses(c):
    n, ans = short_answer(c)
    out = []
    if c.rng.random() < 0.6:
        k, a = tool_args(c)
        out.append({"type": "function_call", "call_id": call_id(c), "name": k, "arguments": Enc(a)})
    out.append({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": ans, "annotations": []}]})
    obj = {"id": "resp_" + c.rs("0123456789abcdef", 32), "object": "response", "created_at": Num(c.n_epoch()), "status": "completed",
           "model": c.ch(MODELS), "output": out}
    return "json.responses_api." + n, obj


def j_rag(c):
    docs = []
    for _ in range(c.rng.randint(1, 3)):
        n, f = c.ch([("hr", t_hr), ("discharge", t_discharge), ("ticket", t_ticket), ("ru_form", t_ru_form) if c.vlang == "ru" else ("crm", t_crm)])
        docs.append({"id": c.n_uuid(), "score": round(c.rng.uniform(0.5, 0.99), 3), "text": f(c),
                     "metadata": {"source": c.ch(["hr/records.parquet", "emr/notes", "zendesk/export.csv", "sharepoint/people"]), "indexed_at": c.n_ts()}})
    obj = {"query": c.t({"en": "who is the contact for this account?", "de": "wer ist der Ansprechpartner?", "fr": "qui est le contact ?",
                         "ru": "кто контактное лицо?"}), "top_k": len(docs), "results": docs}
    return "json.rag_results", obj


def rec_contact(c):
    p, nm = c.person()
    st, tail = c.address()
    d = {"id": c.n_uuid(), "full_name": p, "emails": [c.email(nm)], "phones": [c.phone()],
         "address": {"street": st, "city": IG(c.fk.city()), "postal_code": IG(c.fk.postcode())},
         "date_of_birth": c.dob(), "updated_at": c.n_ts()}
    if c.locale == "en_US" and c.rng.random() < 0.5:
        d["ssn"] = c.ssn()
    if c.vlang == "ru":
        d["passport"] = c.ru_passport()
        d["snils"] = c.snils()
        d["inn"] = Num(c.inn(json_number=True)) if c.rng.random() < 0.4 else c.inn()
    if c.rng.random() < 0.4:
        d["last_login_ip"] = c.ipv4() if c.rng.random() < 0.7 else c.ipv6()
    return d


def rec_patient(c):
    p, _ = c.person()
    return {"patient": {"mrn": c.mrn(), "name": p, "birth_date": c.dob(style="iso"), "phone": c.phone()},
            "visits": [{"date": c.ndate(style="iso"), "icd10": c.ch(["I10", "E11.9", "J45.909", "M54.5"])} for _ in range(c.rng.randint(1, 2))],
            "source_build": c.n_version()}


def rec_payment(c):
    d = {"payment_id": c.n_order(), "amount": round(c.rng.uniform(3, 4000), 2), "currency": c.ch(["EUR", "USD", "GBP", "RUB"]),
         "created": c.n_ts(), "tracking": c.n_cardlike()}
    if c.rng.random() < 0.5:
        d["card"] = c.card()
    else:
        d["iban"] = c.iban()
    d["client_ip"] = c.ipv4()
    return d


def rec_secret(c):
    return {"key": c.ch(["STRIPE_SECRET_KEY", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "SLACK_BOT_TOKEN", "DEPLOY_KEY"]),
            "value": c.secret() if c.rng.random() < 0.85 else c.pem(), "version": c.n_version(False), "checksum": c.n_hash(64)}


def rec_log(c):
    msg = c.ch([
        lambda: fmt("login ok user=§e§ ip=§ip§", e=c.email(), ip=c.ipv4()),
        lambda: fmt("retrying job §u§ (attempt 2/5)", u=c.n_uuid()),
        lambda: fmt("loaded §p§ in 38ms", p=c.n_pkg()),
        lambda: fmt("connect §u§", u=db_url(c)),
        lambda: fmt("sms sent to §ph§", ph=c.phone()),
        lambda: fmt("shipment §cl§ scanned", cl=c.n_cardlike()),
    ])()
    return {"ts": c.n_ts(), "level": c.ch(["INFO", "WARN", "ERROR", "DEBUG"]), "msg": msg, "trace": c.n_hash(40)}


def j_record(c):
    k = c.rng.choice(["contact", "contact", "patient", "payment", "secret"])
    f = {"contact": rec_contact, "patient": rec_patient, "payment": rec_payment, "secret": rec_secret}[k]
    obj = c.ch([lambda: {"data": f(c), "meta": {"request_id": c.n_uuid()}}, lambda: f(c), lambda: {"items": [f(c) for _ in range(2)], "next": None}])()
    return "json.record." + k, obj


JSON_TEMPLATES = [(j_completion, 4), (j_toolcall, 3), (j_tool_result, 2), (j_anthropic, 2), (j_responses, 2), (j_rag, 2), (j_record, 3)]


def json_style(c):
    return c.ch([(None, (",", ":")), (None, (", ", ": ")), (2, (", ", ": ")), (4, (", ", ": "))])


def json_doc(c):
    f = c.rng.choices([f for f, _ in JSON_TEMPLATES], weights=[w for _, w in JSON_TEMPLATES])[0]
    name, obj = f(c)
    ind, seps = json_style(c)
    return name, jser(obj, ind, seps)


def json4k_doc(c, target=4000):
    ind, seps = json_style(c)
    kind = c.rng.choice(["records", "completions", "logs", "conversation"])
    items = []
    while True:
        if kind == "records":
            items.append(c.ch([rec_contact, rec_contact, rec_patient, rec_payment, rec_secret])(c))
        elif kind == "completions":
            items.append(c.ch([j_completion, j_toolcall, j_anthropic])(c)[1])
        elif kind == "logs":
            items.append(rec_log(c))
        else:
            role = c.ch(["user", "assistant", "assistant", "tool"])
            if role == "tool":
                items.append({"role": "tool", "tool_call_id": call_id(c), "content": Enc(c.ch([rec_contact, rec_payment])(c))})
            else:
                items.append({"role": role, "content": short_answer(c)[1]})
        obj = {"object": "list", "data": items} if kind != "conversation" else {"messages": items}
        rich = jser(obj, ind, seps)
        if len(flatten(rich)[0]) >= target * 0.85 or len(items) > 60:
            return f"json4k.{kind}", rich


def text4k_doc(c, target=4000):
    parts = []
    names = []
    total = 0
    while total < target * 0.9:
        if parts:
            parts.append("\n\n## " + c.ch(["Summary", "Details", "Notes", "Zusammenfassung", "Détails", "Подробности", "Context"]) + "\n\n")
        n, f = pick_template(c)
        names.append(n)
        parts.append(f(c))
        if c.rng.random() < 0.4:
            parts.append("\n\n" + filler(c, 2))
        total = len(flatten(r(*parts))[0])
    return "text4k." + "+".join(sorted(set(names))[:3]), r(*parts)


def long_doc(c, target=64000):
    parts, total = [], 0
    while total < target:
        k = c.rng.random()
        if k < 0.5:
            parts.append(chat_doc(c)[1])
        elif k < 0.8:
            parts.append(r("```json\n", jser(c.ch([rec_contact, rec_log, rec_payment, rec_patient])(c), 2), "\n```"))
        else:
            parts.append(t_diverge(c))
        parts.append("\n\n")
        total += len(flatten(parts[-2])[0]) + 2
    return "long64k.transcript", r(*parts)


# ================================================================================================
# obfuscated documents
# ================================================================================================
OBF_FOR = {  # entity maker -> allowed obfuscation kinds
    "EMAIL": ["words", "words", "zero_width", "homoglyph", "fullwidth", "defang"],
    "PHONE": ["spaced", "spelled", "zero_width", "fullwidth", "dotted"],
    "US_SSN": ["spelled", "spaced", "fullwidth", "dotted", "zero_width"],
    "CREDIT_CARD": ["spaced", "fullwidth", "dotted", "zero_width", "spelled"],
    "IBAN": ["spaced", "fullwidth", "zero_width"],
    "IPV4": ["defang", "defang", "fullwidth", "zero_width", "spelled"],
    "IPV6": ["defang", "zero_width"],
    "PERSON": ["homoglyph", "spaced", "zero_width"],
    "API_KEY": ["zero_width", "homoglyph", "fullwidth"],
    "RU_PASSPORT": ["spaced", "fullwidth", "spelled", "zero_width"],
    "RU_SNILS": ["spaced", "fullwidth", "spelled", "zero_width"],
    "RU_INN": ["spaced", "fullwidth", "zero_width"],
    "DATE_OF_BIRTH": ["fullwidth", "zero_width"],
    "MEDICAL_RECORD_NUMBER": ["spaced", "zero_width", "fullwidth"],
}


def obfuscate(c, ent, kind=None):
    kinds = OBF_FOR[ent.type][:]
    for _ in range(10):
        k = kind or c.ch(kinds)
        v = ent.text
        if k == "zero_width":
            o = obf_zero_width(c.rng, v)
        elif k == "homoglyph":
            o = obf_homoglyph(c.rng, v)
        elif k == "fullwidth":
            o = obf_fullwidth(c.rng, v)
        elif k == "spaced":
            o = obf_spaced(c.rng, v)
        elif k == "spelled":
            o = obf_spelled(c.rng, v, c.lang if c.rng.random() < 0.5 else "en")
        elif k == "dotted":
            o = obf_dotted(c.rng, v)
        elif k == "words":
            o = obf_words(c.rng, v, c.lang)
        else:
            o = obf_defang(c.rng, v)
        if o and o != v:
            return L(o, "ent", ent.type, ent.sub, k)
        kind = None
    raise AssertionError(f"cannot obfuscate {ent.type} {v!r}")


def obf_doc(c):
    rng = c.rng
    frames = {
        "en": ["I'll write it so the filter doesn't strip it: §x§.", "Their contact, spelled out as requested: §x§.",
               "Sure — §x§ (formatted that way on purpose).", "From the record: §x§.", "IOC for the report: §x§."],
        "de": ["Ich schreibe es so, dass der Filter es nicht entfernt: §x§.", "Wie gewünscht ausgeschrieben: §x§.",
               "Aus dem Datensatz: §x§."],
        "fr": ["Je l'écris pour que le filtre ne le supprime pas : §x§.", "Comme demandé, en toutes lettres : §x§.",
               "D'après la fiche : §x§."],
        "ru": ["Напишу так, чтобы фильтр не вырезал: §x§.", "Как просили, по буквам: §x§.", "Из карточки: §x§."],
    }
    makers = [("EMAIL", lambda: c.email()), ("EMAIL", lambda: c.email()), ("PHONE", c.phone), ("CREDIT_CARD", c.card), ("IBAN", c.iban), ("IPV4", c.ipv4),
              ("IPV6", c.ipv6), ("PERSON", lambda: c.person()[0]), ("API_KEY", lambda: c.secret(c.ch(["aws_access_key_id", "github_pat_classic", "stripe", "openai_like", "google_api", "slack", "gitlab"]))),
              ("DATE_OF_BIRTH", c.dob), ("MEDICAL_RECORD_NUMBER", c.mrn)]
    if c.locale == "en_US" or rng.random() < 0.2:
        makers.append(("US_SSN", c.ssn))
    if c.vlang == "ru" or rng.random() < 0.15:
        makers += [("RU_PASSPORT", c.ru_passport), ("RU_SNILS", c.snils), ("RU_INN", c.inn)]
    parts, names = [], []
    for i in range(rng.randint(1, 4)):
        t, mk = c.ch(makers)
        ent = obfuscate(c, mk())
        names.append(t.lower())
        fr = c.ch(frames[c.lang])
        lead = {"EMAIL": {"en": "email", "de": "E-Mail", "fr": "e-mail", "ru": "почта"}, "PHONE": {"en": "phone", "de": "Telefon", "fr": "tél.", "ru": "тел."},
                "PERSON": {"en": "name", "de": "Name", "fr": "nom", "ru": "ФИО"}, "DATE_OF_BIRTH": {"en": "born", "de": "geboren am", "fr": "né(e) le", "ru": "дата рождения"},
                "US_SSN": {"en": "SSN"}, "CREDIT_CARD": {"en": "card", "de": "Karte", "fr": "carte", "ru": "карта"},
                "API_KEY": {"en": "key", "de": "Schlüssel", "fr": "clé", "ru": "ключ"}, "IPV4": {"en": "IP"}, "IPV6": {"en": "IPv6"},
                "IBAN": {"en": "IBAN"}, "RU_PASSPORT": {"en": "паспорт"}, "RU_SNILS": {"en": "СНИЛС"}, "RU_INN": {"en": "ИНН"},
                "MEDICAL_RECORD_NUMBER": {"en": "MRN", "de": "Fallnummer", "fr": "IPP", "ru": "медкарта"}}[t]
        parts.append(r(" " if i else "", fmt(fr, x=r(c.t(lead) + " ", ent))))
    if rng.random() < 0.3:
        parts.append(fmt(" (ref §o§)", o=c.n_order()))
    return "obfuscated." + "+".join(names[:3]), r(*parts)


# ================================================================================================
# streaming chunker (LLM-token-like)
# ================================================================================================
_TOK = re.compile(r" ?[^\W\d_]+| ?\d+| ?[^\w\s]|\n|[ \t]+|.", re.S)


def chunk_text(rng, text):
    merge_p = rng.choice([0.05, 0.12, 0.12, 0.3])  # how often the server batches two tokens into one event
    toks = _TOK.findall(text)
    assert "".join(toks) == text
    pieces = []
    for t in toks:
        core = t.lstrip(" ")
        if core[:1].isdigit():
            lead = t[:len(t) - len(core)]
            i, first = 0, True
            while i < len(core):
                n = rng.choice([1, 2, 3, 3, 3, 4])
                pieces.append((lead if first else "") + core[i:i + n])
                first, i = False, i + n
        elif len(core) > 6 and core[:1].isalpha():
            i, cur = 0, t[:len(t) - len(core)]
            while i < len(core):
                n = rng.randint(2, 6)
                pieces.append(cur + core[i:i + n])
                cur, i = "", i + n
        elif t.strip(" \t") == "" and len(t) > 4:
            i = 0
            while i < len(t):
                n = rng.choice([2, 4, 8])
                pieces.append(t[i:i + n])
                i += n
        else:
            pieces.append(t)
    out = []
    for p in pieces:  # random cuts
        while len(p) > 16:
            out.append(p[:16])
            p = p[16:]
        if len(p) >= 2 and rng.random() < 0.07:
            k = rng.randint(1, len(p) - 1)
            out += [p[:k], p[k:]]
        else:
            out.append(p)
    merged = []
    for p in out:  # occasional batching of two tokens into one network chunk
        if merged and rng.random() < merge_p and len(merged[-1]) + len(p) <= 16:
            merged[-1] += p
        else:
            merged.append(p)
    assert "".join(merged) == text and all(1 <= len(x) <= 16 for x in merged)
    return merged


# ================================================================================================
# document assembly, verification, CLI
# ================================================================================================
SHAPE_PLAN = [("stream", 205), ("chat", 120), ("json", 70), ("json4k", 32), ("text4k", 22), ("obfuscated", 32), ("long64k", 3)]
STREAM_BASE = [("chat", 45), ("json", 28), ("text4k", 10), ("obfuscated", 10), ("json4k", 7)]


def make_ctx(rng, fakers):
    loc = rng.choices(LOCALES, weights=LOCALE_W)[0]
    lang = LANG_OF[loc]
    if lang != "en" and rng.random() < 0.15:
        lang = "en"  # an English-speaking assistant quoting a foreign record
    elif lang == "en" and rng.random() < 0.05:
        lang = rng.choice(["de", "fr", "ru"])  # answer in the user's language about an en record
    return Ctx(rng, fakers, loc, lang)


def build(c, shape):
    if shape == "chat":
        name, rich = chat_doc(c)
        if c.rng.random() < 0.1:  # mixed-language answer: a quoted block in the record's language
            other = Ctx(c.rng, {c.locale: c.fk}, c.locale, c.vlang if c.vlang != c.lang else c.ch(["en", "de", "fr", "ru"]))
            rich = r(rich, "\n\n", chat_doc(other)[1])
            name += "+mixed"
        return name, rich, "text"
    if shape == "json":
        name, rich = json_doc(c)
        return name, rich, "json"
    if shape == "json4k":
        name, rich = json4k_doc(c)
        return name, rich, "json"
    if shape == "text4k":
        name, rich = text4k_doc(c)
        return name, rich, "text"
    if shape == "long64k":
        name, rich = long_doc(c)
        return name, rich, "text"
    if shape == "obfuscated":
        name, rich = obf_doc(c)
        return name, rich, "text"
    raise ValueError(shape)


def verify(doc):
    text = doc["text"]
    spans = []
    for e in doc["entities"]:
        assert text[e["start"]:e["end"]] == e["value"], (doc["id"], e)
        assert any(ch.isalnum() for ch in e["value"]), (doc["id"], e)
        if "core" in e:
            s, t = e["core"]
            assert e["start"] <= s < t <= e["end"], (doc["id"], e)
        spans.append((e["start"], e["end"], "ent"))
    for n in doc["negatives"]:
        assert text[n["start"]:n["end"]] == n["value"], (doc["id"], n)
        assert n["type"].startswith("NEG_")
        spans.append((n["start"], n["end"], "neg"))
    for s, e in doc["ignore"]:
        assert 0 <= s < e <= len(text)
        spans.append((s, e, "ign"))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert b[0] >= a[1], (doc["id"], a, b)
    if doc["format"] == "json":
        json.loads(text)
    if doc["shape"] == "stream":
        assert "".join(doc["chunks"]) == text
        assert all(1 <= len(ch) <= 16 for ch in doc["chunks"])
    # value checks
    for e in doc["entities"]:
        if e.get("obf"):
            continue
        v = e["value"]
        if e["type"] == "CREDIT_CARD":
            assert luhn_ok(re.sub(r"\D", "", v)), v
        elif e["type"] == "IBAN":
            assert iban_ok(v), v
        elif e["type"] == "RU_SNILS":
            dd = re.sub(r"\D", "", v)
            assert snils_check(dd[:9]) == dd[9:], v
        elif e["type"] == "RU_INN":
            assert inn_ok(v), v
        elif e.get("sub") == "nhs":
            assert nhs_ok(v), v
    for n in doc["negatives"]:
        if n["type"] == "NEG_CARDLIKE":
            assert not luhn_ok(re.sub(r"\D", "", n["value"])), n


def generate(seed):
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(LOCALES):
        f = faker.Faker(loc)
        f.seed_instance(seed * 10 + i)
        fakers[loc] = f
    plan = []
    for shape, n in SHAPE_PLAN:
        plan += [shape] * n
    rng.shuffle(plan)
    counters = collections.Counter()
    docs = []
    for shape in plan:
        c = make_ctx(rng, fakers)
        if shape == "stream":
            base = rng.choices([b for b, _ in STREAM_BASE], weights=[w for _, w in STREAM_BASE])[0]
            name, rich, fmt_ = build(c, base)
        else:
            base = None
            name, rich, fmt_ = build(c, shape)
        text, ents, negs, ign = flatten(rich)
        doc = {"id": f"ac{seed}-{shape}-{counters[shape]:04d}", "split": SPLIT, "shape": shape}
        if base:
            doc["base_shape"] = base
        doc.update({"format": fmt_, "locale": c.locale, "lang": c.lang, "template": "ac." + name,
                    "holdout_only_template": True, "text": text})
        if base:
            doc["chunks"] = chunk_text(rng, text)
        doc.update({"entities": ents, "negatives": negs, "ignore": ign})
        verify(doc)
        counters[shape] += 1
        docs.append(doc)
    return docs


def summary(docs):
    C = collections.Counter
    out = {"docs": len(docs), "shape": C(d["shape"] for d in docs), "stream_base_shape": C(d.get("base_shape") for d in docs if d["shape"] == "stream"),
           "locale": C(d["locale"] for d in docs), "lang": C(d["lang"] for d in docs),
           "entity_type": C(e["type"] for d in docs for e in d["entities"]),
           "entity_sub": C(f"{e['type']}/{e.get('sub')}" for d in docs for e in d["entities"]),
           "negative": C(n["type"] for d in docs for n in d["negatives"]),
           "obfuscation": C(e["obf"] for d in docs for e in d["entities"] if e.get("obf")),
           "ignore_spans": sum(len(d["ignore"]) for d in docs)}
    split = tot = 0
    for d in docs:
        if d["shape"] != "stream":
            continue
        bounds, p = [], 0
        for ch in d["chunks"][:-1]:
            p += len(ch)
            bounds.append(p)
        bs = set(bounds)
        for e in d["entities"]:
            tot += 1
            split += any(b in bs for b in range(e["start"] + 1, e["end"]))
    out["stream_entities_split_across_chunks"] = f"{split}/{tot}"
    out["stream_chunks_total"] = sum(len(d["chunks"]) for d in docs if d["shape"] == "stream")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=9090)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    docs = generate(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    # round-trip through the same loading code the scorer uses (plain json.loads per line)
    with open(a.out, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert len(back) == len(docs)
    for d in back:
        verify(d)
    print(f"wrote {len(docs)} documents to {a.out}", file=sys.stderr)
    if a.summary:
        for k, v in summary(docs).items():
            if isinstance(v, collections.Counter):
                print(f"{k}: " + ", ".join(f"{x}={n}" for x, n in sorted(v.items(), key=lambda kv: (-kv[1], str(kv[0])))))
            else:
                print(f"{k}: {v}")


if __name__ == "__main__":
    main()
