#!/usr/bin/env python3
"""Probe V: held-out PII corpus themed on agents and tool-using assistants.

Tool calls (OpenAI / Anthropic / Gemini / Cohere envelopes), tool results, ReAct traces, planner logs,
CRM / helpdesk / KYC / HR lookups, drafted e-mails / SMS / letters, ASR call transcripts, memory stores,
vector-store chunks and guardrail verdicts, in en_US, en_GB, de_DE, fr_FR and ru_RU.

    PYTHONPATH=/tmp/faker-site python make_probe_v.py --seed 3636 --out /tmp/probe_v.jsonl --summary

Standard library + Faker.  One random.Random(seed) drives everything.  Every document is validated
(spans, overlaps, JSON, chunks, checksums, leftover template tokens); on failure nothing is written.
"""
import argparse
import base64
import datetime
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
LOC_W = [0.33, 0.16, 0.17, 0.13, 0.21]
SHAPES = [("chat", 201), ("json", 112), ("stream", 56), ("obfuscated", 56), ("json4k", 33), ("text4k", 22)]
NEG_ONLY = {"chat": 28, "json": 14, "stream": 6}
STREAM_BASE = [("chat", 27), ("json", 15), ("text4k", 11), ("obfuscated", 3)]
FAKERS = {loc: Faker(loc) for loc in LOCALES}
B62 = string.ascii_letters + string.digits


# ----------------------------------------------------------------------------------------------------------------
# rich text: a list of plain strings and labelled spans
class Sp:
    __slots__ = ("kind", "type", "value", "sub", "obf", "pre", "post")

    def __init__(self, kind, typ, value, sub=None, obf=None, pre="", post=""):
        self.kind, self.type, self.value, self.sub, self.obf, self.pre, self.post = kind, typ, value, sub, obf, pre, post


class T(list):
    """Rich string (becomes a JSON string value when dumped)."""


class Num:
    """A labelled span emitted as a bare JSON number."""

    def __init__(self, sp):
        self.sp = sp


def E(typ, value, sub=None, obf=None, pre="", post=""):
    return Sp("E", typ, value, sub, obf, pre, post)


def N(typ, value):
    return Sp("N", typ, value)


def IG(value):
    return Sp("I", None, value)


def flat(parts):
    for p in parts:
        if isinstance(p, (list, tuple)):
            yield from flat(p)
        elif p is not None and p != "":
            yield p


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc(parts):
    out = []
    for p in flat(parts):
        if isinstance(p, str):
            out.append(jesc(p))
        else:
            out.append(Sp(p.kind, p.type, jesc(p.value), p.sub, p.obf, jesc(p.pre), jesc(p.post)))
    return out


def jd(o, ind=None, seps=(", ", ": "), lvl=0):
    if isinstance(o, T):
        return ['"'] + esc(o) + ['"']
    if isinstance(o, Sp):
        return ['"'] + esc([o]) + ['"']
    if isinstance(o, Num):
        return [o.sp]
    if isinstance(o, (str, int, float, bool)) or o is None:
        return [json.dumps(o, ensure_ascii=False)]
    if isinstance(o, dict):
        items = list(o.items())
        if not items:
            return ["{}"]
        out = ["{"]
        for i, (k, v) in enumerate(items):
            if ind is not None:
                out.append("\n" + " " * (ind * (lvl + 1)))
            out.append(json.dumps(k, ensure_ascii=False) + seps[1])
            out.extend(jd(v, ind, seps, lvl + 1))
            if i < len(items) - 1:
                out.append("," if ind is not None else seps[0])
        out.append(("\n" + " " * (ind * lvl)) if ind is not None else "")
        out.append("}")
        return out
    if isinstance(o, list):
        if not o:
            return ["[]"]
        out = ["["]
        for i, v in enumerate(o):
            if ind is not None:
                out.append("\n" + " " * (ind * (lvl + 1)))
            out.extend(jd(v, ind, seps, lvl + 1))
            if i < len(o) - 1:
                out.append("," if ind is not None else seps[0])
        out.append(("\n" + " " * (ind * lvl)) if ind is not None else "")
        out.append("]")
        return out
    raise TypeError(type(o))


def jstr(o, compact=True):
    return T(jd(o, None, (",", ":") if compact else (", ", ": ")))


def render(parts):
    buf, ents, negs, ign, pos = [], [], [], [], 0
    for p in flat(parts):
        if isinstance(p, str):
            buf.append(p)
            pos += len(p)
            continue
        s, e = pos, pos + len(p.value)
        buf.append(p.value)
        pos = e
        if p.kind == "E":
            d = {"type": p.type, "start": s, "end": e, "value": p.value}
            if p.sub:
                d["sub"] = p.sub
            if p.pre or p.post:
                d["core"] = [s + len(p.pre), e - len(p.post)]
            if p.obf:
                d["obf"] = p.obf
            ents.append(d)
        elif p.kind == "N":
            negs.append({"type": p.type, "start": s, "end": e, "value": p.value})
        else:
            ign.append([s, e])
    return "".join(buf), ents, negs, ign


TOK = re.compile(r"\{(\w+)\}")


def fill(tpl, vals):
    out, last = [], 0
    for m in TOK.finditer(tpl):
        out.append(tpl[last:m.start()])
        out.append(vals[m.group(1)])
        last = m.end()
    out.append(tpl[last:])
    return out


# ----------------------------------------------------------------------------------------------------------------
# checksummed identifiers
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
        alt = not alt
    return s % 10 == 0


def luhn_complete(r, prefix, length):
    body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_check(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    v = v.replace(" ", "")
    num = "".join(str(int(ch, 36)) for ch in v[4:] + v[:4])
    return int(num) % 97 == 1


IBAN_SPEC = {"DE": "n18", "FR": "n10c11n2", "GB": "a4n14", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10", "BE": "n12",
             "AT": "n16", "CH": "n5c12", "PL": "n24"}


def gen_bban(r, spec):
    out = []
    for kind, cnt in re.findall(r"([nac])(\d+)", spec):
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
        out.append("".join(r.choice(pool) for _ in range(int(cnt))))
    return "".join(out)


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else "%02d" % s


def inn_digit(ds, w):
    return str(sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10)


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(v):
    if len(v) == 10:
        return v[9] == inn_digit(v[:9], W10)
    return len(v) == 12 and v[10] == inn_digit(v[:10], W11) and v[11] == inn_digit(v[:11], W12)


def nhs_ok(v):
    v = v.replace(" ", "")
    s = sum(int(c) * (10 - i) for i, c in enumerate(v[:9]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and int(v[9]) == c


def ssn_ok(v):
    d = re.sub(r"\D", "", v)
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def digits_only(v):
    return "".join(ch for ch in unicodedata.normalize("NFKC", v) if ch.isdigit())


# ----------------------------------------------------------------------------------------------------------------
# lexical data written for this probe
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
DIGW = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
DASHW = {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "дефис"}
PLUSW = {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}
ATW = {"en": ["(at)", "[at]", "AT", "at"], "de": ["(at)", "[at]", "ät"], "fr": ["(arobase)", "[at]", "arobase"],
       "ru": ["(собака)", "[at]", "собака"]}
DOTW = {"en": ["(dot)", "[dot]", "dot"], "de": ["(punkt)", "[punkt]", "Punkt"], "fr": ["(point)", "[point]", "point"],
        "ru": ["(точка)", "[dot]", "точка"]}
HOMO_L2C = dict(zip("aeopcxyiABCEHKMOPTX", "аеорсхуіАВСЕНКМОРТХ"))
HOMO_C2L = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                  "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
DOMAINS = ["fastmail.com", "proton.me", "gmail.com", "outlook.com", "yahoo.co.uk", "gmx.net", "web.de", "t-online.de",
           "free.fr", "laposte.net", "sfr.fr", "yandex.ru", "mail.ru", "bk.ru", "icloud.com", "northwind-traders.com",
           "brightlane.io", "kontor-nord.de", "atelier-lumen.fr", "severstal-group.ru", "harbourline.co.uk"]
TOOLS = ["crm_get_contact", "crm_search", "helpdesk_get_ticket", "orders_lookup", "calendar_book_slot", "kyc_verify_identity",
         "shipments_track", "hr_directory_search", "send_email", "send_sms", "payments_refund", "memory_write",
         "vectorstore_query", "billing_update_card", "patient_lookup"]
TITLES = {
    "en": ["Account Manager", "Customer Success Lead", "Head of Operations", "Support Engineer", "Data Protection Officer",
           "Research Agent", "Billing Specialist", "Site Reliability Engineer", "Regional Sales Director", "Tool Executor"],
    "de": ["Leiterin Kundenservice", "Technischer Support", "Teamleiter Buchhaltung", "Datenschutzbeauftragter", "Key Account Manager"],
    "fr": ["Responsable Relation Client", "Chef de Projet", "Support Technique", "Directeur Commercial", "Customer Success Manager"],
    "ru": ["Senior Support Engineer", "Account Executive", "Head of Compliance", "Product Owner", "Data Protection Officer"],
}
MODELS = ["gpt-4o-2024-08-06", "gpt-4.1-mini-2025-04-14", "claude-3-5-sonnet-20241022", "claude-3-7-sonnet-20250219",
          "gemini-1.5-pro-002", "gemini-2.0-flash-001", "command-r-plus-08-2024", "mistral-large-2411", "llama-3.1-70b-instruct"]
PKGS = ["langchain@0.2.16", "llama-index@0.11.8", "openai@4.56.0", "@anthropic-ai/sdk@0.27.3", "zod@3.23.8", "pydantic@2.8.2",
        "git@github.com:acme-labs/agent-tools.git", "@tool", "@traceable", "@observe"]
HOSTS = ["db-main.internal", "10.0.4.17", "pg.prod.svc.cluster.local", "mongo-2.eu-west.internal", "redis.cache.local",
         "mysql-ro.int.example", "crm-db.internal"]


class Ctx:
    def __init__(self, r, loc):
        self.r, self.loc, self.lang = r, loc, LANG[loc]
        self.fk = FAKERS[loc]
        self.fk.seed_instance(r.getrandbits(63))
        for f in FAKERS.values():
            if f is not self.fk:
                f.seed_instance(r.getrandbits(63))

    # ---- small helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def rs(self, n, pool=B62):
        return "".join(self.r.choice(pool) for _ in range(n))

    def p(self, x):
        return self.r.random() < x

    # ---- hard negatives
    def uuid(self):
        h = "%032x" % self.r.getrandbits(128)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return N("NEG_UUID", "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]]))

    def hexs(self, n):
        return N("NEG_HASH", "".join(self.r.choice("0123456789abcdef") for _ in range(n)))

    def epoch(self, ms=False):
        v = self.r.randint(1580000000, 1790000000)
        return N("NEG_TIMESTAMP", str(v * 1000 + self.r.randint(0, 999)) if ms else str(v))

    def ts(self):
        d = datetime.datetime(2019, 1, 1) + datetime.timedelta(seconds=self.r.randint(0, 7 * 365 * 86400))
        k = self.r.randint(0, 5)
        if k == 0:
            v = d.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif k == 1:
            v = d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d+00:00" % self.r.randint(0, 999)
        elif k == 2:
            v = d.strftime("%Y-%m-%d %H:%M:%S")
        elif k == 3:
            v = d.strftime("%H:%M:%S")
        elif k == 4:
            v = d.strftime("%d/%b/%Y:%H:%M:%S +0000")
        else:
            return self.epoch(self.p(0.5))
        return N("NEG_TIMESTAMP", v)

    def clock(self, sec):
        return N("NEG_TIMESTAMP", "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60))

    def date_neg(self):
        d = datetime.date(2019, 1, 1) + datetime.timedelta(days=self.r.randint(0, 8 * 365))
        return N("NEG_DATE", self.fmt_date(d))

    def order(self):
        k = self.r.randint(0, 6)
        v = ["ORD-%d-%06d" % (self.r.randint(2020, 2026), self.r.randint(0, 999999)),
             "TKT-%d" % self.r.randint(10000, 999999), "INC%07d" % self.r.randint(1, 9999999),
             "#%d" % self.r.randint(1000, 99999999), "%03d-%07d-%07d" % (self.r.randint(100, 999), self.r.randint(0, 9999999),
                                                                       self.r.randint(0, 9999999)),
             "1Z%s%s" % (self.rs(6, string.ascii_uppercase + string.digits), self.rs(10, string.digits)),
             "BK-%s" % self.rs(6, string.ascii_uppercase + string.digits)][k]
        return N("NEG_ORDER_ID", v)

    def callid(self, kind):
        v = {"call": "call_" + self.rs(24), "toolu": "toolu_01" + self.rs(22), "run": "run_" + self.rs(24),
             "msg": "msg_01" + self.rs(22), "chatcmpl": "chatcmpl-" + self.rs(29), "thread": "thread_" + self.rs(24)}[kind]
        return N("NEG_ORDER_ID", v)

    def version(self):
        k = self.r.randint(0, 2)
        if k == 0:
            v = "%d.%d.%d" % (self.r.randint(0, 19), self.r.randint(0, 40), self.r.randint(0, 300))
        elif k == 1:
            v = "%d.%d.%d.%d" % (self.r.randint(1, 25), self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(0, 255))
        else:
            v = "v%d.%d.%d" % (self.r.randint(0, 9), self.r.randint(0, 30), self.r.randint(0, 60))
        return N("NEG_VERSION", v)

    def model(self):
        return N("NEG_VERSION", self.ch(MODELS))

    def cardlike(self):
        while True:
            d = self.ch("456") + self.rs(15, string.digits)
            if not luhn_ok(d):
                break
        k = self.r.randint(0, 2)
        v = d if k == 0 else " ".join(d[i:i + 4] for i in range(0, 16, 4)) if k == 1 else "-".join(d[i:i + 4] for i in range(0, 16, 4))
        return N("NEG_CARDLIKE", v)

    def amount(self):
        x = self.r.randint(100, 999999) / 100
        k = self.r.randint(0, 4)
        if k == 0:
            v = "$%s" % format(x, ",.2f")
        elif k == 1:
            v = ("%.2f" % x).replace(".", ",") + " €"
        elif k == 2:
            v = format(x, ",.2f").replace(",", "X").replace(".", ",").replace("X", ".") + " EUR"
        elif k == 3:
            v = format(int(x), ",").replace(",", " ") + " ₽"
        else:
            v = "£%s" % format(x, ",.2f")
        return N("NEG_NUMBER", v)

    def titlecase(self):
        return N("NEG_TITLECASE", self.ch(TITLES[self.lang]))

    def emaillike(self):
        return N("NEG_EMAILLIKE", self.ch(PKGS))

    def b64(self):
        k = self.r.randint(0, 2)
        if k == 0:
            raw = bytes(self.r.getrandbits(8) for _ in range(self.r.randint(60, 120)))
            return N("NEG_B64", base64.b64encode(raw).decode())
        if k == 1:
            return N("NEG_B64", "sha256:" + "".join(self.r.choice("0123456789abcdef") for _ in range(64)))
        raw = bytes(self.r.getrandbits(8) for _ in range(48))
        return N("NEG_B64", "data:image/png;base64,iVBORw0KGgo" + base64.b64encode(raw).decode())

    def neg_any(self):
        f = self.ch([self.uuid, self.ts, self.order, self.version, self.cardlike, self.amount, self.titlecase,
                     self.emaillike, self.b64, self.date_neg, lambda: self.hexs(self.ch([7, 16, 32, 40]))])
        return f()

    # ---- dates
    def fmt_date(self, d, lang=None):
        lang = lang or self.lang
        mo = MONTHS[lang][d.month - 1]
        if self.loc == "en_US" and lang == "en":
            opts = [d.strftime("%m/%d/%Y"), "%s %d, %d" % (mo, d.day, d.year), d.isoformat(), "%d/%d/%d" % (d.month, d.day, d.year)]
        elif lang == "en":
            opts = [d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, mo, d.year), d.isoformat()]
        elif lang == "de":
            opts = [d.strftime("%d.%m.%Y"), "%d. %s %d" % (d.day, mo, d.year), d.isoformat()]
        elif lang == "fr":
            opts = [d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, mo, d.year), d.isoformat()]
        else:
            opts = [d.strftime("%d.%m.%Y"), "%d %s %d" % (d.day, mo, d.year), d.isoformat()]
        return self.ch(opts)

    def dob(self):
        d = datetime.date(1941, 1, 1) + datetime.timedelta(days=self.r.randint(0, 64 * 365))
        return E("DATE_OF_BIRTH", self.fmt_date(d))

    # ---- people
    def person(self, loc=None):
        loc = loc or self.loc
        fk = FAKERS[loc]
        lang = LANG[loc]
        if lang == "ru":
            male = self.p(0.5)
            first = fk.first_name_male() if male else fk.first_name_female()
            last = fk.last_name_male() if male else fk.last_name_female()
            mid = fk.middle_name_male() if male else fk.middle_name_female()
            k = self.r.randint(0, 3)
            name = [f"{first} {last}", f"{last} {first} {mid}", f"{last} {first[0]}. {mid[0]}.", f"{first} {mid} {last}"][k]
            lat_first, lat_last = translit(first), translit(last)
        else:
            first, last = fk.first_name(), fk.last_name()
            k = self.r.randint(0, 5)
            name = f"{last}, {first}" if k == 0 else f"{first} {self.ch(string.ascii_uppercase)}. {last}" if k == 1 else f"{first} {last}"
            lat_first, lat_last = ascii_fold(first), ascii_fold(last)
        user = self.ch([f"{lat_first}.{lat_last}", f"{lat_first[0]}{lat_last}", f"{lat_last}.{lat_first[0]}",
                        f"{lat_first}{self.r.randint(1, 99)}", f"{lat_first}_{lat_last}{self.r.randint(60, 99)}"]).lower()
        user = re.sub(r"[^a-z0-9._]", "", user) or "user%d" % self.r.randint(10, 999)
        if self.p(0.08):
            user += "+" + self.ch(["crm", "support", "orders", "agent"])
        return {"loc": loc, "lang": lang, "name": name, "first": first, "last": last,
                "email": user + "@" + self.ch(DOMAINS), "phone_loc": loc}

    def name(self, p, variant=None):
        return E("PERSON", variant or p["name"], sub=p["lang"])

    def first_name(self, p):
        return E("PERSON", p["first"], sub=p["lang"])

    def email(self, p=None):
        return E("EMAIL", (p or self.person())["email"])

    # ---- phones
    def phone_parts(self, loc=None):
        loc = loc or self.loc
        r = self.r
        if loc == "en_US":
            a, b, c = "%d%02d" % (r.randint(2, 9), r.randint(0, 99)), "%d%02d" % (r.randint(2, 9), r.randint(0, 99)), "%04d" % r.randint(0, 9999)
            return "US", a + b + c, [("+1 %s-%s-%s", "intl"), ("+1 (%s) %s-%s", "intl"), ("+1%s%s%s", "intl"), ("001 %s %s %s", "intl"),
                                     ("(%s) %s-%s", "national"), ("%s-%s-%s", "national"), ("%s.%s.%s", "national"), ("%s %s %s", "national")], (a, b, c)
        if loc == "en_GB":
            if r.random() < 0.5:
                a, b = "7%03d" % r.randint(100, 999), "%06d" % r.randint(0, 999999)
                return "GB", "0" + a + b, [("+44 %s %s", "intl"), ("+44%s%s", "intl"), ("0044 %s %s", "intl"), ("0%s %s", "national"),
                                           ("0%s%s", "national")], (a, b)
            a, b, c = self.ch(["20", "121", "131", "161", "113", "117"]), "%04d" % r.randint(0, 9999), "%04d" % r.randint(0, 9999)
            return "GB", "0" + a + b + c, [("+44 %s %s %s", "intl"), ("+44 (0)%s %s %s", "intl"), ("0%s %s %s", "national"),
                                           ("(0%s) %s %s", "national")], (a, b, c)
        if loc == "de_DE":
            a = self.ch(["30", "40", "89", "221", "69", "711", "151", "160", "171", "176"])
            b = "%d" % r.randint(10 ** (7 if len(a) == 3 else 6), 10 ** (8 if len(a) == 3 else 7) - 1)
            return "DE", "0" + a + b, [("+49 %s %s", "intl"), ("+49 (0)%s %s", "intl"), ("+49%s%s", "intl"), ("0049 %s %s", "intl"),
                                       ("0%s %s", "national"), ("(0%s) %s", "national"), ("0%s/%s", "national")], (a, b)
        if loc == "fr_FR":
            a = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9]))
            g = ["%02d" % r.randint(0, 99) for _ in range(4)]
            return "FR", "0" + a + "".join(g), [("+33 %s %s %s %s %s", "intl"), ("+33 (0)%s %s %s %s %s", "intl"), ("0033 %s %s %s %s %s", "intl"),
                                                ("0%s %s %s %s %s", "national"), ("0%s.%s.%s.%s.%s", "national"), ("0%s%s%s%s%s", "national")], (a, *g)
        a = self.ch(["912", "916", "926", "903", "985", "495", "499", "812", "343", "383"])
        b, c, d = "%03d" % r.randint(0, 999), "%02d" % r.randint(0, 99), "%02d" % r.randint(0, 99)
        return "RU", "8" + a + b + c + d, [("+7 (%s) %s-%s-%s", "intl"), ("+7 %s %s-%s-%s", "intl"), ("+7%s%s%s%s", "intl"),
                                           ("+7-%s-%s-%s-%s", "intl"), ("8 (%s) %s-%s-%s", "national"), ("8-%s-%s-%s-%s", "national"),
                                           ("8%s%s%s%s", "national"), ("8 %s %s %s %s", "national")], (a, b, c, d)

    def phone(self, loc=None, style=None):
        cc, _, fmts, parts = self.phone_parts(loc)
        cands = [f for f in fmts if style is None or f[1] == style] or fmts
        f, kind = self.ch(cands)
        return E("PHONE", f % parts, sub="%s_%s" % (kind, cc))

    # ---- addresses
    def address(self, loc=None):
        loc = loc or self.loc
        fk = FAKERS[loc]
        if loc == "en_GB":
            street = "%s %s" % (fk.building_number(), fk.street_name())
            rest = "%s %s" % (fk.city(), fk.postcode())
        elif loc == "en_US":
            street = fk.street_address()
            rest = "%s, %s %s" % (fk.city(), fk.state_abbr(), fk.postcode())
        elif loc == "ru_RU":
            street = fk.street_address()
            rest = "%s, %s" % (fk.city(), fk.postcode())
        else:
            street = fk.street_address()
            rest = "%s %s" % (fk.postcode(), fk.city())
        return E("STREET_ADDRESS", street.replace("\n", " "), sub=LANG[loc]), rest, fk.city(), fk.postcode()

    def addr_inline(self, loc=None):
        st, rest, _, _ = self.address(loc)
        return [st, ", ", IG(rest)]

    # ---- numbers with checksums
    def card(self, fmt=None):
        brand = self.ch(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "mir"])
        r = self.r
        pre = {"visa": "4", "mastercard": self.ch(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), "amex": self.ch(["34", "37"]),
               "discover": self.ch(["6011", "65", "644"]), "jcb": str(r.randint(3528, 3589)), "mir": "220" + str(r.randint(0, 4))}[brand]
        n = 15 if brand == "amex" else 16
        d = luhn_complete(r, pre, n)
        k = fmt if fmt is not None else r.randint(0, 2)
        if brand == "amex":
            groups = [d[:4], d[4:10], d[10:]]
        else:
            groups = [d[i:i + 4] for i in range(0, 16, 4)]
        v = d if k == 0 else " ".join(groups) if k == 1 else "-".join(groups)
        return E("CREDIT_CARD", v, sub=brand)

    def iban(self, cc=None):
        cc = cc or {"de_DE": self.ch(["DE", "DE", "AT", "CH"]), "fr_FR": self.ch(["FR", "FR", "BE", "ES"]),
                    "en_GB": self.ch(["GB", "GB", "NL"]), "ru_RU": self.ch(list(IBAN_SPEC)), "en_US": self.ch(list(IBAN_SPEC))}[self.loc]
        bban = gen_bban(self.r, IBAN_SPEC[cc])
        v = cc + iban_check(cc, bban) + bban
        if self.p(0.55):
            return E("IBAN", " ".join(v[i:i + 4] for i in range(0, len(v), 4)), sub=cc + "_grouped")
        return E("IBAN", v, sub=cc + "_compact")

    def ssn(self, fmt=None):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        k = fmt if fmt is not None else self.ch([0, 0, 0, 0, 1, 2])
        v = ["%03d-%02d-%04d", "%03d%02d%04d", "%03d %02d %04d"][k] % (a, g, s)
        return E("US_SSN", v, sub=["dashed", "plain", "spaced"][k])

    def snils(self):
        while True:
            d9 = "%09d" % self.r.randint(1001999, 999999999)
            if int(d9) > 1001998:
                break
        c = snils_check(d9)
        k = self.r.randint(0, 3)
        if k <= 1:
            return E("RU_SNILS", "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], c), sub="formatted")
        if k == 2:
            return E("RU_SNILS", "%s-%s-%s-%s" % (d9[:3], d9[3:6], d9[6:], c), sub="dashed")
        return E("RU_SNILS", d9 + c, sub="plain")

    def inn(self, n=None, as_num=False):
        n = n or self.ch([10, 12])
        reg = "%02d" % self.r.choice([16, 23, 24, 25, 31, 34, 38, 50, 52, 54, 61, 63, 66, 74, 77, 78] + ([] if as_num else [2, 7]))
        if n == 10:
            b = reg + self.rs(7, string.digits)
            v = b + inn_digit(b, W10)
        else:
            b = reg + self.rs(8, string.digits)
            b += inn_digit(b, W11)
            v = b + inn_digit(b, W12)
        sp = E("RU_INN", v, sub="inn%d%s" % (n, "_json_number" if as_num else ""))
        return Num(sp) if as_num else sp

    def passport(self):
        reg, yr, num = "%02d" % self.r.randint(1, 99), "%02d" % self.r.randint(0, 25), "%06d" % self.r.randint(1, 999999)
        k = self.ch(["spaced", "spaced", "series_number", "plain", "numero"])
        v = {"spaced": f"{reg} {yr} {num}", "series_number": f"{reg}{yr} {num}", "plain": f"{reg}{yr}{num}",
             "numero": f"{reg} {yr} № {num}"}[k]
        return E("RU_PASSPORT", v, sub=k)

    def nhs(self):
        while True:
            d = "%d" % self.r.randint(4, 7) + self.rs(8, string.digits)
            s = sum(int(c) * (10 - i) for i, c in enumerate(d))
            c = 11 - s % 11
            c = 0 if c == 11 else c
            if c != 10:
                break
        v = d + str(c)
        return E("MEDICAL_RECORD_NUMBER", self.ch([v, f"{v[:3]} {v[3:6]} {v[6:]}"]), sub="nhs")

    def mrn(self):
        if self.loc == "en_GB" and self.p(0.45):
            return self.nhs()
        k = self.r.randint(0, 2)
        if k == 0:
            return E("MEDICAL_RECORD_NUMBER", self.rs(self.r.randint(7, 10), string.digits), sub="numeric")
        if k == 1:
            pre = self.ch(["MR", "MRN-", "KH-", "PAT", "DOS-", "МК-", "HSP#", "CHU-"])
            return E("MEDICAL_RECORD_NUMBER", pre + self.rs(self.r.randint(6, 9), string.digits), sub="prefixed")
        return E("MEDICAL_RECORD_NUMBER", "%s%s/%s" % (self.rs(2, string.ascii_uppercase), self.rs(6, string.digits),
                                                       self.rs(2, string.ascii_uppercase + string.digits)), sub="alnum")

    def ipv4(self):
        r = self.r
        k = r.randint(0, 4)
        if k == 0:
            v = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        elif k == 1:
            v = "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
        else:
            v = "%d.%d.%d.%d" % (self.ch([31, 46, 62, 78, 81, 85, 91, 95, 109, 145, 176, 185, 188, 193, 203, 212, 217]),
                                 r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
        return E("IPV4", v)

    def ipv6(self):
        g = ["%x" % self.r.randint(0, 0xffff) for _ in range(8)]
        k = self.r.randint(0, 2)
        if k == 0:
            v = ":".join(g)
        elif k == 1:
            v = "2a02:%s:%s::%s" % (g[1], g[2], g[3])
        else:
            v = "fe80::%s:%s:%s:%s" % tuple(g[4:])
        return E("IPV6", v)

    # ---- secrets
    def secret(self, sub=None):
        r = self.r
        sub = sub or self.ch(["aws_access_key_id", "aws_access_key_id", "aws_secret_key", "slack", "slack", "jwt", "github_pat_classic",
                              "github_pat_fine", "github_other", "gitlab", "google_api", "openai_like", "openai_like", "stripe",
                              "password", "pem"])
        if sub == "aws_access_key_id":
            v = self.ch(["AKIA", "ASIA"]) + self.rs(16, string.ascii_uppercase + "234567")
        elif sub == "aws_secret_key":
            v = self.rs(40, B62 + "+/")
        elif sub == "slack":
            v = self.ch(["xoxb-%s-%s-%s" % (self.rs(11, string.digits), self.rs(13, string.digits), self.rs(24)),
                         "xoxp-%s-%s-%s-%s" % (self.rs(12, string.digits), self.rs(12, string.digits), self.rs(13, string.digits),
                                               self.rs(32, "0123456789abcdef")),
                         "xapp-1-A%s-%s-%s" % (self.rs(10, string.ascii_uppercase + string.digits), self.rs(13, string.digits),
                                               self.rs(64, "0123456789abcdef"))])
        elif sub == "jwt":
            return self.jwt()
        elif sub == "github_pat_classic":
            v = "ghp_" + self.rs(36)
        elif sub == "github_pat_fine":
            v = "github_pat_11" + self.rs(20, string.ascii_uppercase + string.digits) + "_" + self.rs(59)
        elif sub == "github_other":
            v = self.ch(["gho_", "ghu_", "ghs_", "ghr_"]) + self.rs(36)
        elif sub == "gitlab":
            v = "glpat-" + self.rs(20, B62 + "-_")
        elif sub == "google_api":
            v = "AIza" + self.rs(35, B62 + "-_")
        elif sub == "openai_like":
            v = self.ch(["sk-proj-" + self.rs(r.randint(48, 64), B62 + "-_") + "T3BlbkFJ" + self.rs(20),
                         "sk-ant-api03-" + self.rs(93, B62 + "-_") + "AA", "sk-" + self.rs(48)])
        elif sub == "stripe":
            v = self.ch(["sk_live_", "rk_live_"]) + self.rs(self.ch([24, 34, 99]))
        elif sub == "password":
            v = self.password()
        elif sub == "pem":
            return self.pem()
        else:
            raise KeyError(sub)
        return E("API_KEY", v, sub=sub)

    def password(self, url_safe=False):
        if self.p(0.4):
            w = self.ch(["Lighthouse", "Marmelade", "Sonnenblume", "Papillon", "Berezka", "Kingfisher", "Quartz", "Zephyr"])
            v = w + str(self.r.randint(10, 9999)) + self.ch("!$%*_-.")
        else:
            v = self.rs(self.r.randint(12, 22), B62 + ("!$%^*_-." if url_safe else "!$%^*_-.#&@"))
            if not any(c.isdigit() for c in v):
                v += str(self.r.randint(0, 9))
        return v

    def jwt(self):
        alg = self.ch(["HS256", "RS256", "ES256"])
        hdr = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        now = self.r.randint(1700000000, 1760000000)
        pl = {"sub": str(self.r.randint(10 ** 6, 10 ** 9)), "iat": now, "exp": now + 3600, "scope": self.ch(["crm.read", "tickets:write", "agent"])}
        body = b64u(json.dumps(pl, separators=(",", ":")).encode())
        sig = b64u(bytes(self.r.getrandbits(8) for _ in range({"HS256": 32, "RS256": 256, "ES256": 64}[alg])))
        return E("API_KEY", "%s.%s.%s" % (hdr, body, sig), sub="jwt")

    def pem(self):
        kind = self.ch(["RSA ", "EC ", "", "ENCRYPTED ", "OPENSSH "])
        sub = {"RSA ": "pem_rsa_private_key", "EC ": "pem_ec_private_key", "": "pem_private_key", "ENCRYPTED ": "pem_encrypted_private_key",
               "OPENSSH ": "pem_openssh_private_key"}[kind]
        raw = bytes(self.r.getrandbits(8) for _ in range(self.r.randint(120, 420)))
        b = base64.b64encode(raw).decode()
        w = 70 if kind == "OPENSSH " else 64
        body = "\n".join(b[i:i + w] for i in range(0, len(b), w))
        pre, post = "-----BEGIN %sPRIVATE KEY-----\n" % kind, "\n-----END %sPRIVATE KEY-----" % kind
        return E("API_KEY", pre + body + post, sub=sub, pre=pre, post=post)

    def db_url(self):
        scheme = self.ch(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp", "mssql"])
        user = self.ch(["agent_rw", "svc_crm", "app", "langgraph", "readonly", "etl", "ops"])
        port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "amqp": 5672, "mssql": 1433}[scheme]
        return ["%s://%s:" % (scheme, user), E("API_KEY", self.password(url_safe=True), sub="db_password"),
                "@%s:%d/%s" % (self.ch(HOSTS), port, self.ch(["crm", "agent_memory", "tickets", "orders", "prod"]))]


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        t = TRANS.get(lo, lo if lo.isascii() else "")
        out.append(t.capitalize() if ch != lo and t else t)
    return "".join(out)


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ß", "ss")) if c.isascii() and (c.isalnum() or c in "-'"))


# ----------------------------------------------------------------------------------------------------------------
# localized phrases (written natively per language)
PH = {
    "en": {
        "react": ("Thought", "Action", "Action Input", "Observation", "Final Answer"),
        "think1": ["The user wants the contact details for this customer, so I should query the CRM first.",
                   "I need to confirm the caller's identity before changing anything on the account.",
                   "Let me look up the open ticket and see who raised it."],
        "think2": ["I have the record now; I can answer.", "That matches what the caller said, so I can proceed.",
                   "The lookup returned one match, good enough to draft the reply."],
        "final": ["{name} can be reached at {email} or {phone}.", "The account belongs to {name}, born {dob}; the phone on file is {phone}.",
                  "I found {name} ({email}); the shipping address is {addr}."],
        "summary": ["I looked up the customer in the CRM. {name} (e-mail {email}, phone {phone}) was last contacted on {date}; ticket {order} is still open.",
                    "Here's what the helpdesk returned: requester {name}, {email}, callback number {phone}. It's assigned to {agent} ({title}).",
                    "The order lookup for {order} shows it was paid with card {card} and ships to {addr}. The customer is {name}."],
        "draft_intro": ["Here is a draft you can send:", "Sure - here's a draft reply:", "Draft ready for your review:"],
        "greet": ["Dear {first},", "Hi {first},", "Hello {name},"],
        "mail_body": ["Thank you for getting in touch about order {order}. "
                      "I've updated your delivery address to {addr} and the confirmation will go to {email}.",
                      "As discussed on the phone, your refund of {amount} will be sent to the account {iban} within five working days.",
                      "Your appointment is confirmed for {date}. Please bring your patient number {mrn} and a photo ID."],
        "closing": ["Kind regards,", "Best wishes,", "Many thanks,"],
        "sig_phone": "Tel", "sig_mail": "Email",
        "sms": ["Draft SMS to {phone}: \"Hi {first}, your parcel {order} arrives on {date}. Reply STOP to opt out.\"",
                "Text message for {name} ({phone}): \"Your verification code expires soon - do not share it.\""],
        "caller": "Caller", "agent": "Agent", "extract": "Extracted caller details",
        "asr": ["[{t1}] {AG}: Thanks for calling, can I take your full name please?\n[{t2}] {CA}: yeah it's {name}\n"
                "[{t3}] {AG}: and a good number to call you back on?\n[{t4}] {CA}: {phone}\n[{t5}] {AG}: date of birth?\n[{t6}] {CA}: {dob}"],
        "fields": {"name": "Name", "phone": "Phone", "dob": "Date of birth", "email": "Email", "addr": "Address"},
        "memory": ["Got it - I'll remember that. Saved to memory: \"{name} prefers to be contacted at {email}; mobile {phone}.\"",
                   "Noted for next time: your home address is {addr} and your date of birth is {dob}."],
        "guard": ["Guardrail verdict: BLOCK (category: personal data). Offending span: \"{val}\". The reply was withheld and regenerated.",
                  "Moderation check flagged the draft because it quoted {val}. I removed it before sending."],
        "secrets": ["While reading the repository I found credentials that should not be there:\n- {s1}\n- {s2}\nPlease rotate both.",
                    "The tool output contains a live secret ({s1}). I did not use it; consider revoking it now."],
        "kyc": ["KYC check for {name} completed: SSN {ssn}, date of birth {dob}, address {addr}. Status: verified.",
                "Identity check passed for {name}. Passport {passport}, SNILS {snils}, INN {inn}."],
        "booking": ["Booked! {name} (DOB {dob}, MRN {mrn}) is scheduled for {date}. A reminder will go to {phone}.",
                    "I've reserved the slot on {date} for patient {name}, record number {mrn}."],
        "outcome": ["Run {uuid} finished in 4.2 s using {model}. Trace {hash}, ticket {order}, total {amount}.",
                   "No personal data found. Tool calls: {callid}. Package {pkg}; build {version}; tracking {cardlike}.",
                   "Escalated to the {title} queue. Created {ts}; order {order}; attachment {b64}."],
        "planner": ["Step {i}/{n}: call {tool}", "executor: result ok", "planner: next step"],
        "dict_intro": ["Tool `{tool}` returned:", "Observation from `{tool}`:"],
    },
    "de": {
        "react": ("Gedanke", "Aktion", "Aktionseingabe", "Beobachtung", "Endgültige Antwort"),
        "think1": ["Die Nutzerin möchte die Kontaktdaten des Kunden, also frage ich zuerst das CRM ab.",
                   "Bevor ich etwas am Konto ändere, muss ich die Identität des Anrufers prüfen.",
                   "Ich suche das offene Ticket und schaue, wer es angelegt hat."],
        "think2": ["Jetzt habe ich den Datensatz und kann antworten.", "Das passt zu den Angaben des Anrufers, ich mache weiter.",
                   "Die Suche liefert genau einen Treffer."],
        "final": ["{name} ist unter {email} oder {phone} erreichbar.", "Das Konto gehört {name}, geboren am {dob}; hinterlegte Nummer: {phone}.",
                  "Gefunden: {name} ({email}), Lieferadresse {addr}."],
        "summary": ["Ich habe im CRM nachgesehen: {name} (E-Mail {email}, Telefon {phone}) wurde zuletzt am {date} kontaktiert; Ticket {order} ist noch offen.",
                    "Das Helpdesk-System meldet: Anfragende Person {name}, {email}, Rückrufnummer {phone}. Zuständig ist {agent} ({title}).",
                    "Zur Bestellung {order}: bezahlt mit der Karte {card}, Versand an {addr}. Kunde ist {name}."],
        "draft_intro": ["Hier ist ein Entwurf, den Sie so verschicken können:", "Gern, hier mein Vorschlag für die Antwort:"],
        "greet": ["Sehr geehrte Damen und Herren,", "Hallo {first},", "Liebe/r {name},"],
        "mail_body": ["vielen Dank für Ihre Nachricht zur Bestellung {order}. "
                      "Ich habe Ihre Lieferadresse auf {addr} geändert; die Bestätigung geht an {email}.",
                      "wie telefonisch besprochen, überweisen wir die Erstattung von {amount} innerhalb von fünf Werktagen auf das Konto {iban}.",
                      "Ihr Termin am {date} ist bestätigt. Bitte bringen Sie Ihre Patientennummer {mrn} und einen Ausweis mit."],
        "closing": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
        "sig_phone": "Tel.", "sig_mail": "E-Mail",
        "sms": ["SMS-Entwurf an {phone}: „Hallo {first}, Ihr Paket {order} kommt am {date}. Antworten Sie STOP zum Abmelden.“",
                "Kurznachricht für {name} ({phone}): „Ihr Bestätigungscode läuft bald ab – bitte nicht weitergeben.“"],
        "caller": "Anrufer", "agent": "Agent", "extract": "Erfasste Angaben des Anrufers",
        "asr": ["[{t1}] {AG}: Danke für Ihren Anruf, wie ist Ihr vollständiger Name?\n[{t2}] {CA}: äh ja {name}\n"
                "[{t3}] {AG}: Und unter welcher Nummer erreichen wir Sie?\n[{t4}] {CA}: {phone}\n[{t5}] {AG}: Ihr Geburtsdatum?\n[{t6}] {CA}: {dob}"],
        "fields": {"name": "Name", "phone": "Telefon", "dob": "Geburtsdatum", "email": "E-Mail", "addr": "Anschrift"},
        "memory": ["Alles klar, ich merke mir das. Im Gedächtnis gespeichert: „{name} möchte per {email} kontaktiert werden; mobil {phone}.“",
                   "Für später notiert: Ihre Wohnadresse ist {addr}, Ihr Geburtsdatum {dob}."],
        "guard": ["Guardrail-Urteil: BLOCKIERT (Kategorie: personenbezogene Daten). Beanstandete Stelle: „{val}“. Die Antwort wurde neu erzeugt.",
                  "Die Moderationsprüfung hat den Entwurf markiert, weil er {val} enthielt. Ich habe das vor dem Senden entfernt."],
        "secrets": ["Beim Durchsehen des Repositorys habe ich Zugangsdaten gefunden, die dort nicht hingehören:\n- {s1}\n- {s2}\nBitte beide rotieren.",
                    "Die Tool-Ausgabe enthält ein gültiges Geheimnis ({s1}). Ich habe es nicht verwendet; bitte sofort widerrufen."],
        "kyc": ["KYC-Prüfung für {name} abgeschlossen: SSN {ssn}, geboren am {dob}, Anschrift {addr}. Status: bestätigt.",
                "Identitätsprüfung für {name} bestanden. Reisepass {passport}, SNILS {snils}, INN {inn}."],
        "booking": ["Gebucht! {name} (geb. {dob}, Patientennummer {mrn}) hat den Termin am {date}. Die Erinnerung geht an {phone}.",
                    "Ich habe den Termin am {date} für {name} reserviert, Fallnummer {mrn}."],
        "outcome": ["Lauf {uuid} nach 4,2 s mit {model} beendet. Trace {hash}, Ticket {order}, Summe {amount}.",
                   "Keine personenbezogenen Daten gefunden. Tool-Aufrufe: {callid}. Paket {pkg}; Build {version}; Sendung {cardlike}.",
                   "An die Queue „{title}“ eskaliert. Erstellt {ts}; Bestellung {order}; Anhang {b64}."],
        "planner": ["Schritt {i}/{n}: rufe {tool} auf", "Ausführer: Ergebnis ok", "Planer: nächster Schritt"],
        "dict_intro": ["Das Tool `{tool}` lieferte:", "Beobachtung von `{tool}`:"],
    },
    "fr": {
        "react": ("Réflexion", "Action", "Entrée de l'action", "Observation", "Réponse finale"),
        "think1": ["L'utilisatrice veut les coordonnées de ce client ; je commence par interroger le CRM.",
                   "Je dois vérifier l'identité de l'appelant avant de modifier le compte.",
                   "Je cherche le ticket ouvert pour voir qui l'a créé."],
        "think2": ["J'ai la fiche, je peux répondre.", "Cela correspond à ce qu'a dit l'appelant, je continue.",
                   "La recherche renvoie un seul résultat."],
        "final": ["On peut joindre {name} à l'adresse {email} ou au {phone}.", "Le compte appartient à {name}, né(e) le {dob} ; numéro enregistré : {phone}.",
                  "J'ai trouvé {name} ({email}) ; adresse de livraison : {addr}."],
        "summary": ["J'ai consulté le CRM : {name} (courriel {email}, tél. {phone}) a été contacté(e) le {date} ; le ticket {order} est toujours ouvert.",
                    "Voici la réponse du helpdesk : demandeur {name}, {email}, rappel au {phone}. Ticket attribué à {agent} ({title}).",
                    "La commande {order} a été réglée avec la carte {card} et part au {addr}. Le client est {name}."],
        "draft_intro": ["Voici un brouillon que vous pouvez envoyer :", "Bien sûr, voici une proposition de réponse :"],
        "greet": ["Madame, Monsieur,", "Bonjour {first},", "Cher/Chère {name},"],
        "mail_body": ["Merci pour votre message concernant la commande {order}. "
                      "J'ai modifié votre adresse de livraison ({addr}) et la confirmation partira à {email}.",
                      "Comme convenu au téléphone, le remboursement de {amount} sera viré sur le compte {iban} sous cinq jours ouvrés.",
                      "Votre rendez-vous du {date} est confirmé. Merci d'apporter votre numéro de dossier {mrn} et une pièce d'identité."],
        "closing": ["Cordialement,", "Bien à vous,", "Avec mes salutations distinguées,"],
        "sig_phone": "Tél.", "sig_mail": "Courriel",
        "sms": ["Brouillon de SMS pour le {phone} : « Bonjour {first}, votre colis {order} arrive le {date}. STOP pour vous désabonner. »",
                "Texto pour {name} ({phone}) : « Votre code de vérification expire bientôt, ne le partagez pas. »"],
        "caller": "Appelant", "agent": "Conseiller", "extract": "Informations extraites de l'appel",
        "asr": ["[{t1}] {AG} : Merci de votre appel, vous pouvez me donner votre nom complet ?\n[{t2}] {CA} : oui alors {name}\n"
                "[{t3}] {AG} : et un numéro pour vous rappeler ?\n[{t4}] {CA} : {phone}\n[{t5}] {AG} : votre date de naissance ?\n[{t6}] {CA} : {dob}"],
        "fields": {"name": "Nom", "phone": "Téléphone", "dob": "Date de naissance", "email": "Courriel", "addr": "Adresse"},
        "memory": ["C'est noté, je m'en souviendrai. Mémoire mise à jour : « {name} préfère être contacté(e) à {email} ; portable {phone}. »",
                   "Retenu pour la suite : votre adresse est {addr} et votre date de naissance le {dob}."],
        "guard": ["Verdict du garde-fou : BLOQUÉ (catégorie : données personnelles). Passage incriminé : « {val} ». La réponse a été régénérée.",
                  "Le contrôle de modération a signalé le brouillon car il citait {val}. Je l'ai retiré avant l'envoi."],
        "secrets": ["En parcourant le dépôt, j'ai trouvé des identifiants qui n'ont rien à faire là :\n- {s1}\n- {s2}\nMerci de les renouveler.",
                    "La sortie de l'outil contient un secret valide ({s1}). Je ne l'ai pas utilisé ; révoquez-le dès maintenant."],
        "kyc": ["Vérification KYC terminée pour {name} : SSN {ssn}, né(e) le {dob}, adresse {addr}. Statut : vérifié.",
                "Contrôle d'identité réussi pour {name}. Passeport {passport}, SNILS {snils}, INN {inn}."],
        "booking": ["C'est réservé ! {name} (né(e) le {dob}, dossier {mrn}) a rendez-vous le {date}. Un rappel sera envoyé au {phone}.",
                    "J'ai bloqué le créneau du {date} pour {name}, numéro de dossier {mrn}."],
        "outcome": ["Exécution {uuid} terminée en 4,2 s avec {model}. Trace {hash}, ticket {order}, total {amount}.",
                   "Aucune donnée personnelle détectée. Appels d'outils : {callid}. Paquet {pkg} ; build {version} ; suivi {cardlike}.",
                   "Transmis à la file « {title} ». Créé {ts} ; commande {order} ; pièce jointe {b64}."],
        "planner": ["Étape {i}/{n} : appel de {tool}", "exécuteur : résultat ok", "planificateur : étape suivante"],
        "dict_intro": ["L'outil `{tool}` a renvoyé :", "Observation de `{tool}` :"],
    },
    "ru": {
        "react": ("Мысль", "Действие", "Ввод действия", "Наблюдение", "Итоговый ответ"),
        "think1": ["Пользователь просит контакты клиента, сначала запрошу CRM.", "Перед изменением счёта нужно подтвердить личность звонящего.",
                   "Найду открытую заявку и посмотрю, кто её создал."],
        "think2": ["Запись получена, можно отвечать.", "Данные совпадают со словами звонящего, продолжаю.", "Поиск вернул одно совпадение."],
        "final": ["С {name} можно связаться по адресу {email} или по телефону {phone}.",
                  "Счёт принадлежит {name}, дата рождения {dob}; номер в карточке: {phone}.", "Нашёл: {name} ({email}), адрес доставки {addr}."],
        "summary": ["Я проверил CRM: {name} (почта {email}, телефон {phone}), последний контакт {date}; заявка {order} всё ещё открыта.",
                    "Ответ сервис-деска: заявитель {name}, {email}, номер для обратного звонка {phone}. Исполнитель — {agent} ({title}).",
                    "Заказ {order} оплачен картой {card}, доставка по адресу {addr}. Покупатель — {name}."],
        "draft_intro": ["Вот черновик, который можно отправить:", "Конечно, вот вариант ответа:"],
        "greet": ["Здравствуйте, {first}!", "Уважаемый(ая) {name}!", "Добрый день!"],
        "mail_body": ["Спасибо за обращение по заказу {order}. Я изменил адрес доставки на {addr}, подтверждение придёт на {email}.",
                      "Как договорились по телефону, возврат {amount} поступит на счёт {iban} в течение пяти рабочих дней.",
                      "Ваш приём {date} подтверждён. Возьмите с собой номер медкарты {mrn} и паспорт."],
        "closing": ["С уважением,", "Всего доброго,", "Хорошего дня,"],
        "sig_phone": "Тел.", "sig_mail": "Эл. почта",
        "sms": ["Черновик SMS на номер {phone}: «{first}, ваша посылка {order} прибудет {date}. Ответьте СТОП, чтобы отписаться.»",
                "Сообщение для {name} ({phone}): «Срок действия кода подтверждения скоро истечёт, никому его не сообщайте.»"],
        "caller": "Клиент", "agent": "Оператор", "extract": "Извлечённые данные звонящего",
        "asr": ["[{t1}] {AG}: Спасибо за звонок, назовите, пожалуйста, ваше ФИО\n[{t2}] {CA}: да {name}\n"
                "[{t3}] {AG}: по какому номеру вам перезвонить\n[{t4}] {CA}: {phone}\n[{t5}] {AG}: дата рождения\n[{t6}] {CA}: {dob}"],
        "fields": {"name": "ФИО", "phone": "Телефон", "dob": "Дата рождения", "email": "Эл. почта", "addr": "Адрес"},
        "memory": ["Понял, запомню. Сохранено в память: «{name} просит писать на {email}; мобильный {phone}.»",
                   "Запомнил на будущее: ваш адрес {addr}, дата рождения {dob}."],
        "guard": ["Вердикт фильтра: ЗАБЛОКИРОВАНО (категория: персональные данные). Фрагмент: «{val}». Ответ сгенерирован заново.",
                  "Модерация отметила черновик, потому что в нём было {val}. Я убрал это перед отправкой."],
        "secrets": ["Просматривая репозиторий, я нашёл учётные данные, которых там быть не должно:\n- {s1}\n- {s2}\nПожалуйста, перевыпустите оба.",
                    "В выводе инструмента есть действующий секрет ({s1}). Я его не использовал; отзовите его прямо сейчас."],
        "kyc": ["Проверка KYC для {name} завершена: паспорт {passport}, СНИЛС {snils}, ИНН {inn}, дата рождения {dob}. Статус: подтверждено.",
                "Клиент {name} прошёл проверку: паспорт серии {passport}, адрес {addr}, ИНН {inn}."],
        "booking": ["Записал! {name} (дата рождения {dob}, медкарта {mrn}) — приём {date}. Напоминание придёт на {phone}.",
                    "Забронировал время {date} для пациента {name}, номер карты {mrn}."],
        "outcome": ["Запуск {uuid} завершён за 4,2 с, модель {model}. Трассировка {hash}, заявка {order}, сумма {amount}.",
                   "Персональных данных не найдено. Вызовы инструментов: {callid}. Пакет {pkg}; сборка {version}; трек-номер {cardlike}.",
                   "Передано в очередь «{title}». Создано {ts}; заказ {order}; вложение {b64}."],
        "planner": ["Шаг {i}/{n}: вызываю {tool}", "исполнитель: результат ок", "планировщик: следующий шаг"],
        "dict_intro": ["Инструмент `{tool}` вернул:", "Наблюдение от `{tool}`:"],
    },
}


# ----------------------------------------------------------------------------------------------------------------
# slot values
class Slots(dict):
    def __init__(self, c, p=None):
        super().__init__()
        self.c, self.pp = c, p or c.person()

    def __missing__(self, k):
        c, p = self.c, self.pp
        gen = {
            "name": lambda: c.name(p), "first": lambda: c.first_name(p), "email": lambda: c.email(p), "phone": lambda: c.phone(p["phone_loc"]),
            "dob": c.dob, "addr": c.addr_inline, "date": c.date_neg, "order": c.order, "agent": lambda: c.name(c.person()),
            "title": c.titlecase, "card": c.card, "iban": c.iban, "amount": c.amount, "mrn": c.mrn, "ssn": c.ssn, "passport": c.passport,
            "snils": c.snils, "inn": c.inn, "uuid": c.uuid, "model": c.model, "hash": lambda: c.hexs(c.ch([16, 32, 40])),
            "callid": lambda: c.callid(c.ch(["call", "toolu", "run"])), "pkg": c.emaillike, "version": c.version, "cardlike": c.cardlike,
            "ts": c.ts, "b64": c.b64, "tool": lambda: c.ch(TOOLS), "s1": c.secret, "s2": lambda: c.ch([c.secret, c.db_url])(),
            "val": lambda: c.ch([lambda: c.email(p), lambda: c.phone(p["phone_loc"]), c.card, c.iban, c.ssn])(),
            "ip": c.ipv4, "ip6": c.ipv6,
        }[k]
        v = gen()
        self[k] = v
        return v


def ph(c, key):
    return c.ch(PH[c.lang][key])


def ftxt(c, key, s):
    return fill(ph(c, key), s)


# ----------------------------------------------------------------------------------------------------------------
# crm-like records (key sets chosen for this probe)
def contact_record(c, s, rich=True):
    keys = c.ch([("contact_name", "primary_email", "msisdn"), ("fullName", "emailAddress", "phoneE164"), ("holder", "mail_to", "callback"),
                 ("requester_name", "requester_email", "requester_phone")])
    rec = {"record_ref": c.ch([c.uuid(), c.order()]), keys[0]: s["name"], keys[1]: s["email"], keys[2]: s["phone"]}
    if rich and c.p(0.5):
        rec[c.ch(["birth_date", "born_on", "date_naissance" if c.lang == "fr" else "birthdate"])] = s["dob"]
    if rich and c.p(0.25):
        st, _, city, pc = c.address(s.pp["loc"])
        rec["postal"] = {"line_1": st, "town": IG(city), "post_code": IG(pc)}
    if c.p(0.45):
        rec[c.ch(["last_login_from", "seen_from_ip", "origin_addr"])] = c.ipv4() if c.p(0.75) else c.ipv6()
    if rich and c.p(0.3):
        rec["payment_card"] = c.card()
    if rich and c.p(0.25):
        rec["payout_iban"] = c.iban()
    if rich and c.loc == "en_US" and c.p(0.3):
        rec["tin"] = c.ssn()
    if rich and c.p(0.2):
        rec["chart_no"] = c.mrn()
    if c.p(0.25):
        rec["integration_token"] = c.secret()
    if c.p(0.3):
        rec["last_touch"] = c.ts()
    if c.p(0.3):
        rec["segment"] = c.ch(["smb", "enterprise", "consumer"])
    if c.lang == "ru" and c.p(0.5):
        rec["inn_number"] = c.inn(as_num=c.p(0.3))
    return rec


def ticket_record(c, s):
    ag = c.person()
    rec = {"ticket_no": c.order(), "subject": c.ch(["Refund not received", "Cannot log in", "Change of address", "Rückerstattung fehlt",
                                                    "Colis non reçu", "Не приходит код"]),
           "opened": c.ts(), "requester": {"display": s["name"], "reach_at": s["email"], "callback": s["phone"]},
           "assignee": {"display": c.name(ag), "reach_at": c.email(ag), "role_title": c.titlecase()},
           "thread": [{"by": "requester", "at": c.ts(), "body": T(fill(ph(c, "summary"), s))}]}
    return rec


def tool_args(c, s, tool):
    a = tool_args0(c, s, tool)
    if c.p(0.25):
        a["auth"] = c.ch([lambda: ["Bearer ", c.jwt()], lambda: c.secret(c.ch(["openai_like", "stripe", "slack", "github_pat_fine", "google_api"]))])()
        if isinstance(a["auth"], list):
            a["auth"] = T(a["auth"])
    if c.p(0.15):
        a["caller_ip"] = c.ipv4()
    return a


def tool_args0(c, s, tool):
    if tool in ("send_email", "crm_get_contact", "crm_search"):
        return {"to_address" if tool == "send_email" else "search_text": s["email"], "display": s["name"], "locale": c.loc}
    if tool == "send_sms":
        return {"recipient_msisdn": s["phone"], "text": T(ftxt(c, "sms", s))}
    if tool == "kyc_verify_identity":
        if c.lang == "ru" or c.p(0.3):
            return {"subject": s["name"], "passport_no": s["passport"], "snils_no": s["snils"], "tax_no": c.inn(as_num=c.p(0.3))}
        return {"subject": s["name"], "tin": s["ssn"], "birth": s["dob"]}
    if tool in ("payments_refund", "billing_update_card"):
        return {"holder": s["name"], "card_pan": s["card"]} if tool == "billing_update_card" else {"beneficiary": s["name"], "iban_to": s["iban"],
                                                                                           "amount_minor": c.r.randint(100, 99999)}
    if tool in ("calendar_book_slot", "patient_lookup"):
        return {"patient_full": s["name"], "mrn_id": s["mrn"], "birth": s["dob"], "slot": c.date_neg()}
    if tool == "shipments_track":
        return {"tracking_no": c.ch([c.cardlike(), c.order()]), "notify": s["phone"]}
    if tool == "hr_directory_search":
        return {"q": s["name"], "fields": ["work_mail", "desk_phone", "job_title"]}
    if tool == "memory_write":
        return {"namespace": "user_profile", "fact": T(ftxt(c, "memory", s))}
    if tool == "orders_lookup":
        return {"order_ref": c.order(), "ship_to": T(c.addr_inline(s.pp["loc"]))}
    return {"search_text": T(fill(ph(c, "final"), s)), "top_k": 5}


# ----------------------------------------------------------------------------------------------------------------
# chat / text families
def ch_react(c, s):
    th, ac, ai, ob, fa = PH[c.lang]["react"]
    tool = c.ch(["crm_get_contact", "helpdesk_get_ticket", "orders_lookup", "kyc_verify_identity", "send_sms", "patient_lookup"])
    args = tool_args(c, s, tool)
    obs = contact_record(c, s) if tool != "helpdesk_get_ticket" else ticket_record(c, s)
    return [f"{th}: ", ph(c, "think1"), f"\n{ac}: {tool}\n{ai}: ", jd(args, None, (", ", ": ")), f"\n{ob}: ", jd(obs, None, (", ", ": ")),
            f"\n{th}: ", ph(c, "think2"), f"\n{fa}: ", ftxt(c, "final", s)]


def ch_summary(c, s):
    return ftxt(c, "summary", s) + (["\n\n", ftxt(c, "final", Slots(c))] if c.p(0.3) else [])


def signature(c, s):
    me = c.person()
    lines = ["\n", c.ch(PH[c.lang]["closing"]), "\n", c.name(me)]
    if c.p(0.5):
        lines += ["\n", c.titlecase()]
    lines += ["\n%s: " % PH[c.lang]["sig_phone"], c.phone(), "\n%s: " % PH[c.lang]["sig_mail"], c.email(me)]
    return lines


def ch_email(c, s):
    body = ftxt(c, "mail_body", s)
    subj = {"en": "Subject", "de": "Betreff", "fr": "Objet", "ru": "Тема"}[c.lang]
    to = {"en": "To", "de": "An", "fr": "À", "ru": "Кому"}[c.lang]
    return [ph(c, "draft_intro"), "\n\n---\n%s: " % to, s["email"], "\n%s: " % subj, c.ch(["Re: ", ""]), s["order"] if c.p(0.5) else "…",
            "\n\n", ftxt(c, "greet", s), "\n\n", body, "\n", signature(c, s), "\n---"]


def ch_letter(c, s):
    st, rest, _, _ = c.address(s.pp["loc"])
    return [ph(c, "draft_intro"), "\n\n", s["name"], "\n", st, "\n", IG(rest), "\n\n", c.date_neg(), "\n\n", ftxt(c, "greet", s), "\n\n",
            ftxt(c, "mail_body", s), "\n", signature(c, s)]


def ch_sms(c, s):
    return ftxt(c, "sms", s) + (["\n", ftxt(c, "memory", s)] if c.p(0.3) else [])


def asr_phone(c, s):
    # ASR output: digits, partly grouped differently than written forms
    e = s["phone"]
    if c.p(0.5):
        return e
    d = re.sub(r"\D", "", e.value)
    if e.value.startswith("+"):
        v = "+" + " ".join(d[i:i + 3] for i in range(0, len(d), 3))
    else:
        v = " ".join(d[i:i + 2] for i in range(0, len(d), 2))
    return E("PHONE", v, sub=e.sub)


def ch_transcript(c, s):
    t = c.r.randint(3, 40)
    times = {}
    for i in range(1, 7):
        t += c.r.randint(2, 14)
        times["t%d" % i] = c.clock(t)
    vals = dict(times, AG=PH[c.lang]["agent"], CA=PH[c.lang]["caller"], name=s["name"], phone=asr_phone(c, s), dob=s["dob"])
    f = PH[c.lang]["fields"]
    out = fill(ph(c, "asr"), vals)
    out += ["\n\n", PH[c.lang]["extract"], ":\n", jd({"caller_name": s["name"], "callback_number": s["phone"], "birth_date": s["dob"]}, 2)]
    if c.p(0.4):
        out += ["\n- %s: " % f["email"], s["email"]]
    return out


def ch_planner(c, s):
    n = c.r.randint(3, 5)
    out = ["[%s] " % c.ch(["planner", "executor", "orchestrator"]), c.uuid(), "\n"]
    for i in range(1, n + 1):
        tool = c.ch(TOOLS)
        out += [c.ts(), " ", fill(PH[c.lang]["planner"][0], {"i": str(i), "n": str(n), "tool": tool}), " ", jd(tool_args(c, s, tool), None, (",", ":")), "\n"]
        if c.p(0.5):
            out += ["  -> ", PH[c.lang]["planner"][1], " (", c.hexs(16), ")\n"]
    return out + [ftxt(c, "final", s)]


def ch_memory(c, s):
    return ftxt(c, "memory", s)


def ch_guard(c, s):
    return ftxt(c, "guard", s)


def ch_secrets(c, s):
    out = ftxt(c, "secrets", s)
    if c.p(0.4):
        env = [f"{k}=" for k in ("OPENAI_API_KEY", "SMTP_PASSWORD", "GITHUB_TOKEN")]
        out += ["\n\n```\n", env[0], c.secret("openai_like"), "\n", env[1], E("API_KEY", c.password(), sub="password"), "\n", "DATABASE_DSN=",
                c.db_url(), "\n```"]
    return out


def ch_kyc(c, s):
    return ftxt(c, "kyc", s)


def ch_booking(c, s):
    return ftxt(c, "booking", s)


def ch_status(c, s):
    out = ftxt(c, "outcome", s)
    if c.p(0.5):
        out += ["\n", ftxt(c, "outcome", Slots(c))]
    return out


CHAT_FAMILIES = [("v.react", ch_react, 4), ("v.crm_summary", ch_summary, 3), ("v.draft_email", ch_email, 3), ("v.draft_letter", ch_letter, 1),
                 ("v.draft_sms", ch_sms, 2), ("v.asr_call", ch_transcript, 3), ("v.planner_log", ch_planner, 2), ("v.memory_note", ch_memory, 2),
                 ("v.guardrail_text", ch_guard, 2), ("v.secrets_found", ch_secrets, 5), ("v.kyc_summary", ch_kyc, 2), ("v.booking", ch_booking, 2)]


# ----------------------------------------------------------------------------------------------------------------
# json families
def js_openai(c, s, n=None):
    n = n or c.r.randint(1, 3)
    calls = []
    for _ in range(n):
        tool = c.ch(TOOLS)
        calls.append({"id": c.callid("call"), "type": "function", "function": {"name": tool, "arguments": jstr(tool_args(c, s, tool), c.p(0.7))}})
        if c.p(0.4):
            s = Slots(c)
    return {"id": c.callid("chatcmpl"), "object": "chat.completion", "created": Num(c.epoch()), "model": c.model(),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": calls}, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": c.r.randint(200, 4000), "completion_tokens": c.r.randint(20, 400)}}


def js_anthropic(c, s, n=None):
    n = n or c.r.randint(1, 2)
    content = [{"type": "thinking", "thinking": T(ph(c, "think1")), "signature": c.b64()}] if c.p(0.5) else []
    content.append({"type": "text", "text": T(ph(c, "think1"))})
    for _ in range(n):
        tool = c.ch(TOOLS)
        content.append({"type": "tool_use", "id": c.callid("toolu"), "name": tool, "input": tool_args(c, s, tool)})
    msg = {"id": c.callid("msg"), "type": "message", "role": "assistant", "model": c.model(), "content": content, "stop_reason": "tool_use",
           "usage": {"input_tokens": c.r.randint(300, 5000), "output_tokens": c.r.randint(30, 600)}}
    if c.p(0.5):
        res = {"role": "user", "content": [{"type": "tool_result", "tool_use_id": c.callid("toolu"),
                                            "content": jstr(contact_record(c, s), c.p(0.5))}]}
        return [msg, res]
    return msg


def js_gemini(c, s, n=None):
    parts = []
    for _ in range(n or c.r.randint(1, 2)):
        tool = c.ch(TOOLS)
        parts.append({"functionCall": {"name": tool, "args": tool_args(c, s, tool)}})
    if c.p(0.4):
        parts.append({"functionResponse": {"name": "crm_get_contact", "response": {"result": contact_record(c, s)}}})
    return {"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": "STOP", "avgLogprobs": -0.0421}],
            "usageMetadata": {"promptTokenCount": c.r.randint(100, 3000), "candidatesTokenCount": c.r.randint(10, 300)},
            "modelVersion": c.model(), "responseId": c.rs(22)}


def js_cohere(c, s, n=None):
    calls = []
    for _ in range(n or c.r.randint(1, 2)):
        tool = c.ch(TOOLS)
        calls.append({"id": tool + "_" + c.rs(8, "0123456789abcdef"), "type": "function",
                      "function": {"name": tool, "arguments": jstr(tool_args(c, s, tool))}})
    return {"id": c.uuid(), "finish_reason": "TOOL_CALL", "message": {"role": "assistant", "tool_plan": T(ph(c, "think1")), "tool_calls": calls},
            "usage": {"billed_units": {"input_tokens": c.r.randint(50, 900), "output_tokens": c.r.randint(10, 200)}}}


def js_toolresult(c, s, n=None):
    msgs = [{"role": "system", "content": "You are a support agent. Use the tools."}]
    for _ in range(n or 1):
        cid = c.callid("call")
        tool = c.ch(["crm_get_contact", "helpdesk_get_ticket", "hr_directory_search", "orders_lookup"])
        msgs.append({"role": "assistant", "content": None, "tool_calls": [{"id": cid, "type": "function",
                                                                          "function": {"name": tool, "arguments": jstr(tool_args(c, s, tool))}}]})
        res = ticket_record(c, s) if tool == "helpdesk_get_ticket" else contact_record(c, s)
        if tool == "hr_directory_search":
            res = {"matches": [{"display": s["name"], "job_title": c.titlecase(), "work_mail": s["email"], "desk_phone": s["phone"]}]}
        msgs.append({"role": "tool", "tool_call_id": cid, "content": jstr(res, c.p(0.5))})
        msgs.append({"role": "assistant", "content": T(ftxt(c, "summary", s))})
        s = Slots(c)
    return {"thread_id": c.callid("thread"), "messages": msgs}


def js_conversation(c, s, n=None):
    turns = []
    for _ in range(n or 1):
        p = s.pp
        ph_user = c.phone(p["phone_loc"], "national")
        ph_bot = c.phone(p["phone_loc"], "intl")
        u = {"en": ["hi, i'm ", s["name"], ", my number is ", ph_user, " and email ", s["email"], ", born ", s["dob"]],
             "de": ["Hallo, hier ist ", s["name"], ", meine Nummer ist ", ph_user, ", Mail ", s["email"], ", geboren am ", s["dob"]],
             "fr": ["bonjour, c'est ", s["name"], ", mon numéro ", ph_user, ", mail ", s["email"], ", née le ", s["dob"]],
             "ru": ["здравствуйте, я ", s["name"], ", мой номер ", ph_user, ", почта ", s["email"], ", дата рождения ", s["dob"]]}[c.lang]
        a = {"en": ["Thanks! I've saved ", ph_bot, " (international format) and ", s["email"], " for ", c.name(p, p["first"]), "."],
             "de": ["Danke! Gespeichert: ", ph_bot, " (internationales Format) und ", s["email"], " für ", c.name(p, p["first"]), "."],
             "fr": ["Merci ! J'ai enregistré le ", ph_bot, " (format international) et ", s["email"], " pour ", c.name(p, p["first"]), "."],
             "ru": ["Спасибо! Сохранил ", ph_bot, " (международный формат) и ", s["email"], " для ", c.name(p, p["first"]), "."]}[c.lang]
        turns += [{"role": "user", "content": T(u)}, {"role": "assistant", "content": T(a)}]
        if c.p(0.5):
            turns.append({"role": "user", "content": T([{"en": "also the card is ", "de": "die Karte ist ", "fr": "la carte c'est ",
                                                          "ru": "карта "}[c.lang], s["card"]])})
        s = Slots(c)
    return {"conversation_id": c.uuid(), "model": c.model(), "turns": turns}


def js_memory(c, s, n=None):
    facts = [T(ftxt(c, "memory", s))]
    for _ in range((n or 1) - 1):
        facts.append(T(ftxt(c, "memory", Slots(c))))
    prof = {"preferred_name": s["name"], "contact_mail": s["email"], "cell": s["phone"]}
    if c.p(0.5):
        prof["birthdate"] = s["dob"]
    if c.p(0.4):
        st, _, city, pc = c.address(s.pp["loc"])
        prof["home"] = {"line_1": st, "town": IG(city), "post_code": IG(pc)}
    return {"namespace": c.ch(["user_profile", "long_term", "prefs"]), "owner": c.uuid(), "user_profile": prof, "facts": facts,
            "embedding_model": c.model(), "written_at": c.ts()}


def js_vector(c, s, n=None):
    docs = []
    for _ in range(n or c.r.randint(1, 3)):
        docs.append({"page_content": T(c.ch([lambda: ftxt(c, "summary", s), lambda: ftxt(c, "booking", s), lambda: ftxt(c, "kyc", s),
                                              lambda: ch_email(c, s)])()),
                     "metadata": {"origin_uri": c.ch(["zendesk://tickets/", "s3://kb-exports/", "gdrive://shared/"]) + c.rs(10), "chunk_no": c.r.randint(0, 40),
                                  "doc_sha": c.hexs(40), "ingested": c.ts(), "author_mail": c.email()},
                     "score": round(c.r.random(), 4)})
        s = Slots(c)
    return {"search_text": T(ph(c, "think1")), "k": len(docs), "neighbours": docs}


def js_guard(c, s, n=None):
    spans = []
    for _ in range(n or c.r.randint(1, 3)):
        v = c.ch([lambda: s["email"], lambda: s["phone"], c.card, c.iban, c.ssn, c.ipv4, c.ipv6, c.secret])()
        spans.append({"quote": v, "rule": c.ch(["pii.contact", "pii.financial", "secret.leak", "pii.network"]), "confidence": round(c.r.uniform(0.6, 1), 3)})
        s = Slots(c)
    return {"verdict": c.ch(["block", "redact", "flag"]), "policy": c.version(), "evaluated_at": c.ts(), "request": c.uuid(), "findings": spans,
            "explanation": T(ftxt(c, "guard", s))}


def js_langchain(c, s, n=None):
    th, ac, ai, _, _ = PH[c.lang]["react"]
    steps = []
    for _ in range(n or c.r.randint(1, 2)):
        tool = c.ch(TOOLS)
        args = tool_args(c, s, tool)
        log = T([f"{th}: ", ph(c, "think1"), f"\n{ac}: {tool}\n{ai}: ", jd(args, None, (", ", ": "))])
        steps.append([{"tool": tool, "tool_input": jstr(args, False), "log": log}, jstr(contact_record(c, s))])
        s = Slots(c)
    return {"output": T(ftxt(c, "final", s)), "intermediate_steps": steps, "run_id": c.uuid()}


def js_planner(c, s, n=None):
    steps = []
    for i in range(n or c.r.randint(2, 4)):
        tool = c.ch(TOOLS)
        steps.append({"step": i + 1, "tool": tool, "input": tool_args(c, s, tool), "outcome": "ok", "latency_ms": c.r.randint(40, 3000),
                      "span": c.hexs(16)})
    return {"plan_id": c.uuid(), "trace": c.hexs(32), "goal": T(ph(c, "think1")), "steps": steps, "result": T(ftxt(c, "final", s))}


def js_secrets(c, s, n=None):
    lines = []
    for _ in range(n or c.r.randint(2, 4)):
        k = c.ch(["OPENAI_API_KEY=", "STRIPE_SECRET=", "SLACK_TOKEN=", "AWS_ACCESS_KEY_ID=", "GITLAB_TOKEN=", "APP_PASSWORD=", "DSN="])
        if k == "DSN=":
            lines += [k, c.db_url(), "\n"]
        elif k == "APP_PASSWORD=":
            lines += [k, E("API_KEY", c.password(), sub="password"), "\n"]
        else:
            lines += [k, c.secret(), "\n"]
    return {"tool": "fs_read", "path": c.ch([".env", "config/prod.env", "deploy/.env.local"]), "bytes": c.r.randint(200, 4000), "text": T(lines),
            "remark": T(ftxt(c, "secrets", s))}


def js_status(c, s, n=None):
    return {"run": c.uuid(), "trace_id": c.hexs(32), "span_id": c.hexs(16), "model": c.model(), "started": c.ts(), "sdk": c.emaillike(),
            "tool_call": c.callid(c.ch(["call", "toolu"])), "ticket_ref": c.order(), "cost": c.amount(), "owner_role": c.titlecase(),
            "tracking_ref": c.cardlike(), "remark": T(ftxt(c, "outcome", s))}


JSON_FAMILIES = [("v.openai_toolcalls", js_openai, 4), ("v.anthropic_tool_use", js_anthropic, 3), ("v.gemini_function_call", js_gemini, 2),
                 ("v.cohere_tool_plan", js_cohere, 2), ("v.tool_result_thread", js_toolresult, 3), ("v.conversation", js_conversation, 3),
                 ("v.memory_store", js_memory, 2), ("v.vector_hits", js_vector, 2), ("v.guardrail_json", js_guard, 2),
                 ("v.langchain_steps", js_langchain, 2), ("v.planner_json", js_planner, 2), ("v.env_read", js_secrets, 4)]


# ----------------------------------------------------------------------------------------------------------------
# obfuscation
OBF_W = {"fullwidth": 117, "zero_width": 111, "spaced": 107, "homoglyph": 45, "words": 16, "spelled": 15, "dotted": 12, "defang": 7}
OBF_KINDS = {"EMAIL": ["fullwidth", "zero_width", "homoglyph", "words"], "PHONE": ["fullwidth", "zero_width", "spaced", "spelled", "dotted"],
             "PERSON": ["zero_width", "spaced", "homoglyph"], "IPV4": ["fullwidth", "zero_width", "defang"],
             "CREDIT_CARD": ["fullwidth", "zero_width", "spaced", "dotted", "spelled"], "IBAN": ["fullwidth", "zero_width", "spaced"],
             "US_SSN": ["fullwidth", "zero_width", "spaced", "spelled", "dotted"], "RU_PASSPORT": ["fullwidth", "zero_width", "spaced", "spelled"],
             "RU_SNILS": ["fullwidth", "zero_width", "spaced"], "RU_INN": ["fullwidth", "zero_width", "spaced", "spelled"],
             "API_KEY": ["zero_width", "homoglyph"]}


def obfuscate(c, sp):
    kinds = OBF_KINDS[sp.type]
    kind = c.r.choices(kinds, [OBF_W[k] * (4 if OBF_W[k] < 20 else 1) for k in kinds])[0]
    v, lang = sp.value, c.lang
    if kind == "fullwidth":
        nv = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in v)
    elif kind == "zero_width":
        pos = sorted(c.r.sample(range(1, len(v)), min(len(v) - 1, c.r.randint(1, max(1, len(v) // 4)))))
        out, last = [], 0
        for p in pos:
            out += [v[last:p], c.ch(ZW)]
            last = p
        nv = "".join(out) + v[last:]
    elif kind == "spaced":
        nv = " ".join(ch for ch in v if ch != " ")
    elif kind == "homoglyph":
        cyr = any("а" <= ch.lower() <= "я" for ch in v)
        m = HOMO_C2L if cyr else HOMO_L2C
        idx = [i for i, ch in enumerate(v) if ch in m]
        if not idx:
            return obfuscate(c, sp)
        pick = set(c.r.sample(idx, max(1, len(idx) * c.r.randint(3, 7) // 10)))
        nv = "".join(m[ch] if i in pick else ch for i, ch in enumerate(v))
    elif kind == "words":
        local, dom = v.split("@")
        at, dot = c.ch(ATW[lang]), c.ch(DOTW[lang])
        nv = local + " " + at + " " + (" " + dot + " ").join(dom.split("."))
    elif kind == "spelled":
        ws = []
        for ch in v:
            if ch.isdigit():
                ws.append(DIGW[lang][int(ch)])
            elif ch == "-":
                ws.append(DASHW[lang])
            elif ch == "+":
                ws.append(PLUSW[lang])
        nv = " ".join(ws)
    elif kind == "dotted":
        nv = re.sub(r"[ \-/]", ".", v)
        if nv == v:
            d = re.sub(r"\D", "", v)
            nv = ".".join(d[i:i + 4] for i in range(0, len(d), 4)) if sp.type == "CREDIT_CARD" else "%s.%s.%s" % (d[:3], d[3:6], d[6:])
        nv = re.sub(r"[()]", "", nv).strip(".").replace("..", ".")
    else:
        nv = v.replace(".", c.ch(["[.]", "(.)", "[dot]"]))
    return Sp("E", sp.type, nv, sp.sub, kind)


OBF_TPL = {
    "en": ["[{T}] CALLER: yeah so it's {PHONE}, account's under {PERSON}", "Guardrail quoted span: \"{EMAIL}\" -> masked",
           "memory.add(\"card on file {CARD}\")", "ASR: my social is {SSN} okay", "Observation: payout to {IBAN} for {PERSON}",
           "IOC from the tool log: {IP}; escalate to {EMAIL}", "Agent note - user pasted {KEY} into the chat",
           "KYC: паспорт {PASSPORT}, СНИЛС {SNILS}, ИНН {INN}", "SMS draft to {PHONE}: your code is ready",
           "[{T}] CALLER: card number {CARD}, name {PERSON}", "blocked outbound call to {IP} (exfil rule)", "ASR heard: {PHONE} / {EMAIL}"],
    "de": ["[{T}] ANRUFER: also die Nummer ist {PHONE}, läuft auf {PERSON}", "Guardrail zitiert: „{EMAIL}“ -> maskiert",
           "memory.add(\"Karte hinterlegt: {CARD}\")", "Beobachtung: Auszahlung an {IBAN}, Inhaber {PERSON}",
           "IOC im Tool-Log: {IP}; bitte an {EMAIL} melden", "Hinweis: Nutzer hat {KEY} in den Chat kopiert", "Spracherkennung: SSN {SSN}",
           "SMS-Entwurf an {PHONE}: Ihr Code ist bereit",
           "[{T}] ANRUFER: Kartennummer {CARD}", "Ausgehende Verbindung zu {IP} blockiert", "Erkannt: Rückruf unter {PHONE}"],
    "fr": ["[{T}] APPELANT : alors mon numéro c'est {PHONE}, au nom de {PERSON}", "Passage cité par le garde-fou : « {EMAIL} » -> masqué",
           "memory.add(\"carte enregistrée {CARD}\")", "Observation : virement vers {IBAN} pour {PERSON}",
           "IOC dans le journal de l'outil : {IP} ; prévenir {EMAIL}", "Note : l'utilisateur a collé {KEY} dans le chat",
           "Transcription : numéro de sécu américain {SSN}", "Brouillon SMS au {PHONE} : votre code est prêt",
           "[{T}] APPELANT : le numéro de carte {CARD}", "Connexion sortante vers {IP} bloquée", "Reconnu : rappel au {PHONE}"],
    "ru": ["[{T}] КЛИЕНТ: ну номер {PHONE}, оформлено на {PERSON}", "Фильтр процитировал: «{EMAIL}» -> замаскировано",
           "memory.add(\"карта {CARD}\")", "Наблюдение: выплата на {IBAN}, получатель {PERSON}", "Распознано: паспорт {PASSPORT}, ИНН {INN}",
           "СНИЛС со слов клиента: {SNILS}", "IOC в логе инструмента: {IP}; сообщить {EMAIL}", "Пользователь вставил в чат ключ {KEY}",
           "[{T}] КЛИЕНТ: номер карты {CARD}", "Заблокировано исходящее соединение с {IP}", "Распознан номер для связи: {PHONE}"],
}


def obf_doc(c):
    tpl = c.ch(OBF_TPL[c.lang])
    p = c.person()
    gens = {"PHONE": lambda: c.phone(p["phone_loc"]), "PERSON": lambda: c.name(p), "EMAIL": lambda: c.email(p), "CARD": c.card, "SSN": c.ssn,
            "IBAN": c.iban, "IP": c.ipv4, "KEY": lambda: c.secret(c.ch(["aws_access_key_id", "github_pat_classic", "gitlab", "stripe", "google_api",
                                                                       "openai_like", "slack"])),
            "PASSPORT": c.passport, "SNILS": c.snils, "INN": c.inn}
    vals = {"T": c.clock(c.r.randint(5, 900))}
    for k in TOK.findall(tpl):
        if k != "T":
            sp = gens[k]()
            vals[k] = obfuscate(c, sp)
    return fill(tpl, vals)


# ----------------------------------------------------------------------------------------------------------------
# assembly
def wpick(c, fams):
    return c.r.choices(fams, [f[2] for f in fams])[0]


def build(c, shape, neg_only):
    if shape == "obfuscated":
        return "v.obf_agent", "text", obf_doc(c)
    if shape == "chat":
        if neg_only:
            return "v.status_text", "text", ch_status(c, Slots(c))
        name, fn, _ = wpick(c, CHAT_FAMILIES)
        return name, "text", fn(c, Slots(c))
    if shape == "json":
        if neg_only:
            name, fn = "v.run_meta", js_status
        else:
            name, fn, _ = wpick(c, JSON_FAMILIES)
        ind = c.ch([None, None, 2, 4])
        seps = c.ch([(",", ":"), (", ", ": ")]) if ind is None else (",", ": ")
        return name, "json", jd(fn(c, Slots(c)), ind, seps)
    if shape == "json4k":
        name, fn, _ = wpick(c, JSON_FAMILIES)
        ind = c.ch([None, 2])
        seps = (", ", ": ") if ind is None else (",", ": ")
        items = []
        wrap = {"export": c.uuid(), "origin_uri": name[2:], "generated": c.ts(), "items": items}
        while True:
            items.append(fn(c, Slots(c)))
            parts = jd(wrap, ind, seps)
            if len(render(parts)[0]) >= 3900:
                return name + "_batch", "json", parts
    # text4k
    head = {"en": "# Agent session report", "de": "# Bericht zur Agentensitzung", "fr": "# Rapport de session de l'agent", "ru": "# Отчёт о сессии агента"}
    out = [head[c.lang], " (", c.uuid(), ")\n"]
    while len(render(out)[0]) < 3900:
        name, fn, _ = wpick(c, CHAT_FAMILIES)
        out += ["\n## ", name[2:].replace("_", " "), "\n\n", fn(c, Slots(c)), "\n"]
        if c.p(0.3):
            out += ["\n", ch_status(c, Slots(c)), "\n"]
    return "v.session_report", "text", out


def chunks_of(r, text):
    out, i = [], 0
    while i < len(text):
        k = r.randint(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


# ----------------------------------------------------------------------------------------------------------------
# validation
ENT_TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "API_KEY",
             "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"}
NEG_TYPES = {"NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_DATE", "NEG_HASH", "NEG_VERSION", "NEG_CARDLIKE", "NEG_TITLECASE", "NEG_NUMBER",
             "NEG_EMAILLIKE", "NEG_B64"}
LEFTOVER = re.compile(r"\{[A-Za-z_]\w*\}")


def canon(e, lang):
    v = e["value"]
    for z in ZW:
        v = v.replace(z, "")
    v = unicodedata.normalize("NFKC", v)
    if e.get("obf") == "spelled":
        v = "".join(str(DIGW[lang].index(w)) for w in v.split() if w in DIGW[lang])
    return v


def check_entity(e, lang):
    t, v = e["type"], canon(e, lang)
    d = re.sub(r"\D", "", v)
    if t == "CREDIT_CARD":
        return luhn_ok(d) and len(d) in (15, 16)
    if t == "IBAN":
        return iban_ok(re.sub(r"[^0-9A-Z]", "", v))
    if t == "US_SSN":
        return ssn_ok(d)
    if t == "RU_SNILS":
        return len(d) == 11 and snils_check(d[:9]) == d[9:]
    if t == "RU_INN":
        return inn_ok(d)
    if t == "RU_PASSPORT":
        return len(d) == 10
    if t == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "nhs":
        return nhs_ok(d)
    if t == "IPV4" and e.get("obf") is None:
        return all(0 <= int(x) <= 255 for x in v.split("."))
    if t == "EMAIL" and e.get("obf") is None:
        return re.fullmatch(r"[a-z0-9._+]+@[a-z0-9.-]+\.[a-z]{2,}", v) is not None
    return bool(v.strip())


def validate(doc):
    text, lang = doc["text"], doc["lang"]
    spans = []
    for e in doc["entities"]:
        if e["type"] not in ENT_TYPES or text[e["start"]:e["end"]] != e["value"] or not e["value"]:
            return "entity span mismatch %r" % e
        if e["value"] != e["value"].strip():
            return "entity has outer whitespace %r" % e["value"]
        if not check_entity(e, lang):
            return "checksum/format failed %r" % e
        if "core" in e:
            a, b = e["core"]
            if not (e["start"] <= a < b <= e["end"]) or "BEGIN" in text[a:b] or "END" in text[a:b]:
                return "bad core %r" % e
        spans.append((e["start"], e["end"]))
    for n in doc["negatives"]:
        if n["type"] not in NEG_TYPES or text[n["start"]:n["end"]] != n["value"] or not n["value"]:
            return "negative span mismatch %r" % n
        if n["type"] == "NEG_CARDLIKE" and luhn_ok(re.sub(r"\D", "", n["value"])):
            return "card-like negative passes Luhn %r" % n
        spans.append((n["start"], n["end"]))
    for a, b in doc["ignore"]:
        if not (0 <= a < b <= len(text)):
            return "bad ignore"
        spans.append((a, b))
    spans.sort()
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            return "overlap %r %r" % ((a1, b1, text[a1:b1]), (a2, b2, text[a2:b2]))
    if doc["format"] == "json":
        try:
            json.loads(text)
        except ValueError as ex:
            return "json does not parse: %s" % ex
    m = LEFTOVER.search(text)
    if m:
        return "unresolved template token %r" % m.group(0)
    if "chunks" in doc:
        if "".join(doc["chunks"]) != text or any(not 1 <= len(ch) <= 16 for ch in doc["chunks"]):
            return "chunks do not join to the text"
    if doc["shape"] in ("json4k", "text4k") and len(text) < 3900:
        return "long doc too short"
    return None


# ----------------------------------------------------------------------------------------------------------------
def alloc(n, weights):
    raw = [n * w / sum(weights) for w in weights]
    out = [int(x) for x in raw]
    for i in sorted(range(len(raw)), key=lambda i: (out[i] - raw[i], i))[:n - sum(out)]:
        out[i] += 1
    return out


def plan(r):
    specs = []
    for shape, n in SHAPES:
        locs = [loc for loc, k in zip(LOCALES, alloc(n, LOC_W)) for _ in range(k)]
        r.shuffle(locs)
        bases = [b for b, k in STREAM_BASE for _ in range(k)] if shape == "stream" else [shape] * n
        r.shuffle(bases)
        negs = [True] * NEG_ONLY.get(shape, 0) + [False] * (n - NEG_ONLY.get(shape, 0))
        if shape == "stream":
            cand = [i for i, b in enumerate(bases) if b in ("chat", "json")]
            pick = set(r.sample(cand, NEG_ONLY["stream"]))
            negs = [i in pick for i in range(n)]
        else:
            r.shuffle(negs)
        specs += [(shape, locs[i], bases[i], negs[i]) for i in range(n)]
    return specs


def make_doc(r, i, shape, loc, base, neg_only):
    for _ in range(20):
        c = Ctx(r, loc)
        tname, fmt, parts = build(c, base, neg_only)
        text, ents, negs, ign = render(parts)
        if (not ents) == neg_only:
            break
    doc = {"id": "probe_v-%s-%04d" % (shape, i), "split": "heldout_v", "shape": shape}
    if shape == "stream":
        doc["base_shape"] = base
    doc.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": tname, "holdout_only_template": True, "text": text})
    if shape == "stream":
        doc["chunks"] = chunks_of(r, text)
    doc.update({"entities": ents, "negatives": negs, "ignore": ign})
    if neg_only and ents:
        doc["_err"] = "negatives-only document has entities"
    if not neg_only and not ents:
        doc["_err"] = "document without entities"
    return doc


def summary(docs):
    out = []

    def table(title, cnt):
        out.append("\n| %s | n |\n|---|---|" % title)
        for k, v in sorted(cnt.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            out.append("| %s | %d |" % (k, v))
    table("shape", Counter(d["shape"] for d in docs))
    table("locale", Counter(d["locale"] for d in docs))
    table("entity type", Counter(e["type"] for d in docs for e in d["entities"]))
    table("negative type", Counter(n["type"] for d in docs for n in d["negatives"]))
    table("obfuscation", Counter(e["obf"] for d in docs for e in d["entities"] if "obf" in e))
    out.append("\ndocs %d, entities %d, negatives %d, negatives-only docs %d, ignore spans %d" % (
        len(docs), sum(len(d["entities"]) for d in docs), sum(len(d["negatives"]) for d in docs),
        sum(1 for d in docs if not d["entities"]), sum(len(d["ignore"]) for d in docs)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    r = random.Random(a.seed)
    Faker.seed(r.getrandbits(32))
    specs = plan(r)
    r.shuffle(specs)
    counters = Counter()
    docs = []
    for shape, loc, base, neg_only in specs:
        counters[shape] += 1
        docs.append(make_doc(r, counters[shape], shape, loc, base, neg_only))
    for d in docs:
        err = d.pop("_err", None) or validate(d)
        if err:
            print("VALIDATION: %s: %s" % (d["id"], err), file=sys.stderr)
            sys.exit(2)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        print(summary(docs))


if __name__ == "__main__":
    main()
