#!/usr/bin/env python3
"""make_probe_j.py - held-out probe corpus "j" for the PII redaction engine.

Written independently: the sentence templates and JSON shapes below were composed from general
knowledge of where model outputs carry PII (genealogy summaries, RSVPs, car rental / traffic
fines, gym memberships, vet records, trial screening, dental bookings, listings, invoices,
badge exports, crash reports, CRM dedupe, email-thread summaries, transcripts, password-manager
exports, IAM dumps, CI YAML, inventories, Helm values, MongoDB/Firestore, SOQL, HL7 v2, X12,
SWIFT MT103, bank statements).  Neither the engine, its tests/docs, the other probes nor the
dev split's generator were consulted; only the pii-bench README/score.py schema was used.

Values come from Faker (per locale) and from format knowledge with valid checksums (Luhn cards,
mod-97 IBANs, SSN area/group/serial rules, RU INN/SNILS checksums, NHS mod-11).  Output is
deterministic per --seed.  Every document is self-checked (offsets, overlaps, JSON parses,
stream chunks join to the text).

    PYTHONPATH=/tmp/faker-site python make_probe_j.py --out /tmp/probe_j.jsonl [--seed 1212]
"""
from __future__ import print_function

import argparse
import base64
import datetime
import hashlib
import json
import random
import re
import string
import sys
import unicodedata
import uuid

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
COMPOSITION = [("chat", 180), ("json", 110), ("json4k", 30), ("text4k", 30), ("obfuscated", 70), ("stream", 60)]
DOB_START = datetime.date(1931, 1, 1)
DOB_END = datetime.date(2006, 12, 31)
EVT_START = datetime.date(2019, 1, 1)
EVT_END = datetime.date(2026, 6, 30)

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
TITLES = {
    "en": ["Quarterly Retention Review", "Northern Lights Gala", "Platinum Fitness Tier", "Blue Harbour Marina", "Silver Oak Estates",
           "Annual Donor Reception", "Crimson Valley Project"],
    "de": ["Sommerfest Planung", "Goldene Mitgliedschaft", "Grüne Wiese Immobilien", "Jahresabschluss Bericht", "Rote Laterne Projekt"],
    "fr": ["Grande Soirée Annuelle", "Jardin Des Plantes", "Offre Premium Famille", "Bilan Trimestriel Qualité", "Projet Étoile Polaire"],
    "ru": ["Годовой Отчёт", "Золотая Карта", "Северное Сияние", "Весенний Бал", "Проект Восход"],
}
SPELL = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С",
        "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В", "X": "Х"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


# ------------------------------------------------------------------------------------------------
# value generators
# ------------------------------------------------------------------------------------------------
class Gen(object):
    def __init__(self, rng, locale):
        self.r = rng
        self.loc = locale
        self.lang = LANG[locale]
        self.fk = Faker(locale)
        self.fk.seed_instance(rng.randint(0, 10 ** 9))

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for i in range(n))

    def nz(self, n):
        return str(self.r.randint(1, 9)) + self.digits(n - 1)

    def alnum(self, n, alphabet=string.ascii_letters + string.digits):
        return "".join(self.r.choice(alphabet) for i in range(n))

    # --- people -------------------------------------------------------------------------------
    def person(self):
        if self.loc == "ru_RU":
            if self.r.random() < 0.5:
                f, l, m = self.fk.first_name_male(), self.fk.last_name_male(), self.fk.middle_name_male()
            else:
                f, l, m = self.fk.first_name_female(), self.fk.last_name_female(), self.fk.middle_name_female()
            k = self.r.random()
            if k < 0.35:
                return "%s %s %s" % (l, f, m)
            if k < 0.7:
                return "%s %s" % (f, l)
            return "%s %s %s" % (f, m, l)
        f, l = self.fk.first_name(), self.fk.last_name()
        if self.r.random() < 0.12:
            return "%s %s. %s" % (f, self.r.choice(string.ascii_uppercase), l)
        return "%s %s" % (f, l)

    def name_parts(self):
        """(given, family) for structured formats (HL7 XPN, X12 NM1)."""
        if self.loc == "ru_RU":
            if self.r.random() < 0.5:
                return self.fk.first_name_male(), self.fk.last_name_male()
            return self.fk.first_name_female(), self.fk.last_name_female()
        return self.fk.first_name(), self.fk.last_name()

    def email(self, name=None):
        k = self.r.random()
        if name and k < 0.4 and self.lang != "ru":
            plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
            parts = [x for x in re.sub(r"[^a-z ]", "", plain).split() if len(x) > 1]
            if len(parts) >= 2:
                dom = self.r.choice(["gmail.com", "outlook.com", "proton.me", "yahoo.co.uk", "web.de", "orange.fr", "yandex.ru"])
                return "%s.%s@%s" % (parts[0], parts[-1], dom)
        return self.fk.free_email() if k < 0.7 else self.fk.company_email()

    def phone(self):
        r, d = self.r, self.digits
        L = self.loc
        if L == "en_US":
            return r.choice(["(%s) %s-%s" % ("2" + d(2), "4" + d(2), d(4)), "+1 %s %s %s" % ("6" + d(2), "5" + d(2), d(4)),
                             "%s.%s.%s" % ("3" + d(2), "8" + d(2), d(4)), "1-%s-%s-%s" % ("8" + d(2), "2" + d(2), d(4))])
        if L == "en_GB":
            return r.choice(["07%s %s" % (d(3), d(6)), "+44 7%s %s%s" % (d(3), d(3), d(3)), "020 %s %s" % ("7" + d(3), d(4)),
                             "+44 (0)161 %s %s" % (d(3), d(4))])
        if L == "de_DE":
            return r.choice(["+49 15%s %s" % (d(1), d(7)), "0%s %s" % (r.choice(["30", "40", "89", "221", "711"]), d(7)),
                             "+49 (0)69 %s-%s" % (d(4), d(3)), "0176/%s" % d(8)])
        if L == "fr_FR":
            return r.choice(["0%d %s %s %s %s" % (r.choice([1, 6, 7]), d(2), d(2), d(2), d(2)),
                             "+33 %d %s %s %s %s" % (r.choice([6, 7]), d(2), d(2), d(2), d(2)),
                             "0%d.%s.%s.%s.%s" % (r.choice([4, 6]), d(2), d(2), d(2), d(2))])
        return r.choice(["+7 (9%s) %s-%s-%s" % (d(2), d(3), d(2), d(2)), "8 (495) %s-%s-%s" % (d(3), d(2), d(2)),
                         "+7 9%s %s %s %s" % (d(2), d(3), d(2), d(2)), "8-9%s-%s-%s-%s" % (d(2), d(3), d(2), d(2))])

    def street(self):
        s = self.fk.street_address()
        return s.replace("\n", " ")

    def city_pc(self):
        if self.loc in ("en_US",):
            return "%s, %s %s" % (self.fk.city(), self.fk.state_abbr(), self.fk.postcode())
        if self.loc == "en_GB":
            return "%s %s" % (self.fk.city(), self.fk.postcode())
        if self.loc == "ru_RU":
            return "%s, %s" % (self.fk.city_name(), self.fk.postcode())
        return "%s %s" % (self.fk.postcode(), self.fk.city())

    # --- dates ---------------------------------------------------------------------------------
    def _date(self, a, b):
        return a + datetime.timedelta(days=self.r.randint(0, (b - a).days))

    def fmt_date(self, dt):
        r, lang, L = self.r, self.lang, self.loc
        k = r.random()
        if k < 0.2:
            return dt.isoformat()
        if L == "en_US":
            return "%s %d, %d" % (MONTHS["en"][dt.month - 1], dt.day, dt.year) if k < 0.6 else "%02d/%02d/%d" % (dt.month, dt.day, dt.year)
        if L == "en_GB":
            return "%d %s %d" % (dt.day, MONTHS["en"][dt.month - 1], dt.year) if k < 0.6 else "%02d/%02d/%d" % (dt.day, dt.month, dt.year)
        if lang == "de":
            return "%d. %s %d" % (dt.day, MONTHS["de"][dt.month - 1], dt.year) if k < 0.5 else "%02d.%02d.%d" % (dt.day, dt.month, dt.year)
        if lang == "fr":
            return "%d %s %d" % (dt.day, MONTHS["fr"][dt.month - 1], dt.year) if k < 0.5 else "%02d/%02d/%d" % (dt.day, dt.month, dt.year)
        return "%d %s %d" % (dt.day, MONTHS["ru"][dt.month - 1], dt.year) if k < 0.5 else "%02d.%02d.%d" % (dt.day, dt.month, dt.year)

    def dob(self):
        return self.fmt_date(self._date(DOB_START, DOB_END))

    def evdate(self):
        return self.fmt_date(self._date(EVT_START, EVT_END))

    # --- numbers with checksums -------------------------------------------------------------------
    def luhn_digit(self, body):
        tot = 0
        for i, ch in enumerate(reversed(body)):
            v = int(ch)
            if i % 2 == 0:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        return str((10 - tot % 10) % 10)

    def card(self, sep=None):
        kind = self.r.choice(["visa", "mastercard", "amex", "discover", "mir", "jcb", "unionpay", "maestro"])
        pre = {"visa": "4", "mastercard": self.r.choice(["51", "53", "55", "2221", "2720"]), "amex": self.r.choice(["34", "37"]),
               "discover": "6011", "mir": "220" + str(self.r.randint(0, 4)), "jcb": "35" + str(self.r.randint(28, 89)),
               "unionpay": "62" + self.digits(2), "maestro": "6759"}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + self.digits(n - 1 - len(pre))
        num = body + self.luhn_digit(body)
        if sep is None:
            sep = self.r.choice([" ", "-", "", " "])
        if kind == "amex":
            return kind, sep.join([num[:4], num[4:10], num[10:]])
        return kind, sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def cardlike(self):
        while True:
            body = self.r.choice(["4", "5", "3"]) + self.digits(15)
            if self.luhn_digit(body[:-1]) != body[-1]:
                sep = self.r.choice([" ", "-", ""])
                return sep.join(body[i:i + 4] for i in range(0, 16, 4))

    def iban(self):
        cc = self.r.choice(["DE", "GB", "FR", "ES", "NL", "IT", "AT", "BE"])
        bb = {"DE": lambda: self.digits(18), "GB": lambda: self.r.choice(["NWBK", "BARC", "LOYD", "HSBC"]) + self.digits(14),
              "FR": lambda: self.digits(10) + self.alnum(11, string.digits + string.ascii_uppercase) + self.digits(2),
              "ES": lambda: self.digits(20), "NL": lambda: self.r.choice(["ABNA", "INGB", "RABO"]) + self.digits(10),
              "IT": lambda: self.r.choice(string.ascii_uppercase) + self.digits(22), "AT": lambda: self.digits(16),
              "BE": lambda: self.digits(12)}[cc]()
        num = "".join(str(int(ch, 36)) for ch in bb + cc + "00")
        chk = "%02d" % (98 - int(num) % 97)
        raw = cc + chk + bb
        if self.r.random() < 0.5:
            return cc + "_grouped", " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
        return cc + "_compact", raw

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        v = "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
        k = self.r.random()
        if k < 0.15:
            return "plain", v.replace("-", "")
        if k < 0.25:
            return "spaced", v.replace("-", " ")
        return "dashed", v

    def inn(self):
        if self.r.random() < 0.5:
            d = [int(c) for c in self.digits(9)]
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
            return "inn10", "".join(map(str, d))
        d = [int(c) for c in self.digits(10)]
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
        return "inn12", "".join(map(str, d))

    def snils(self):
        while True:
            d = self.digits(9)
            if int(d) > 1001998:
                break
        s = sum(int(c) * (9 - i) for i, c in enumerate(d))
        if s < 100:
            cs = s
        elif s in (100, 101):
            cs = 0
        else:
            cs = s % 101
            if cs == 100:
                cs = 0
        if self.r.random() < 0.7:
            return "formatted", "%s-%s-%s %02d" % (d[:3], d[3:6], d[6:], cs)
        return "plain", "%s%02d" % (d, cs)

    def rupass(self):
        ser = "%02d%02d" % (self.r.randint(1, 99), self.r.randint(0, 25))
        num = self.digits(6)
        k = self.r.random()
        if k < 0.4:
            return "spaced", "%s %s %s" % (ser[:2], ser[2:], num)
        if k < 0.7:
            return "series_number", "%s %s" % (ser, num)
        if k < 0.85:
            return "numero", "%s №%s" % (ser, num)
        return "plain", ser + num

    def nhs(self):
        while True:
            d = self.digits(9)
            c = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(d)) % 11
            if c == 11:
                c = 0
            if c != 10:
                v = d + str(c)
                return "%s %s %s" % (v[:3], v[3:6], v[6:])

    def mrn(self):
        r, d = self.r, self.digits
        k = r.randint(0, 7)
        if k == 0:
            return "numeric", d(8)
        if k == 1:
            return "prefixed", "%s-%s" % (r.choice(["SJH", "MGH", "KCH", "UKE", "APHP", "RCH"]), d(7))
        if k == 2:
            return "nhs", self.nhs()
        if k == 3:
            return "alnum", "%s%s%s" % (r.choice(string.ascii_uppercase), r.choice(string.ascii_uppercase), d(6))
        if k == 4:
            return "prefixed", "MR%s" % d(9)
        if k == 5:
            return "year_seq", "%d/%s" % (r.randint(2015, 2025), d(6))
        if k == 6:
            return "dotted", "%s.%s.%s" % (d(3), d(3), d(3))
        return "numeric", d(10)

    def ipv4(self):
        first = self.r.choice([self.r.randint(11, 99), self.r.randint(101, 126), self.r.randint(128, 223), 10, 172, 192])
        return "%d.%d.%d.%d" % (first, self.r.randint(0, 255), self.r.randint(0, 255), self.r.randint(1, 254))

    def ipv6(self):
        groups = ["%x" % self.r.randint(0, 0xFFFF) for i in range(8)]
        groups[0] = self.r.choice(["2001", "2a02", "2603", "fd12", "2a00", "fe80"])
        k = self.r.random()
        if k < 0.4:
            return ":".join(groups[:3]) + "::" + ":".join(groups[6:])
        return ":".join(groups)

    # --- secrets -----------------------------------------------------------------------------------
    def secret(self, kind=None):
        r, a = self.r, self.alnum
        up = string.ascii_uppercase + string.digits
        b64 = string.ascii_letters + string.digits + "+/"
        kinds = ["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_fine", "slack", "stripe", "google", "gitlab",
                 "openai_like", "jwt", "sendgrid", "twilio", "npm"]
        kind = kind or r.choice(kinds)
        if kind == "aws_access_key_id":
            v = r.choice(["AKIA", "ASIA"]) + a(16, up)
        elif kind == "aws_secret_key":
            v = a(40, b64)
        elif kind == "github_pat_classic":
            v = r.choice(["ghp_", "gho_", "ghs_"]) + a(36)
        elif kind == "github_fine":
            v = "github_pat_" + a(22) + "_" + a(59)
        elif kind == "slack":
            v = r.choice(["xoxb-", "xoxp-"]) + self.digits(12) + "-" + self.digits(13) + "-" + a(24)
        elif kind == "stripe":
            v = r.choice(["sk_live_", "rk_live_", "sk_test_"]) + a(r.choice([24, 34, 99]))
        elif kind == "google":
            v = "AIza" + a(35, string.ascii_letters + string.digits + "-_")
        elif kind == "gitlab":
            v = "glpat-" + a(20, string.ascii_letters + string.digits + "-_")
        elif kind == "openai_like":
            v = r.choice(["sk-proj-", "sk-"]) + a(r.choice([48, 64]), string.ascii_letters + string.digits + "_-")
        elif kind == "sendgrid":
            v = "SG." + a(22, string.ascii_letters + string.digits + "-_") + "." + a(43, string.ascii_letters + string.digits + "-_")
        elif kind == "twilio":
            v = "SK" + a(32, "0123456789abcdef")
        elif kind == "npm":
            v = "npm_" + a(36)
        else:
            kind = "jwt"
            hdr = base64.urlsafe_b64encode(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode()).decode().rstrip("=")
            pl = {"sub": self.digits(8), "iat": r.randint(1600000000, 1750000000), "role": r.choice(["admin", "user", "svc"])}
            body = base64.urlsafe_b64encode(json.dumps(pl).encode()).decode().rstrip("=")
            v = hdr + "." + body + "." + a(43, string.ascii_letters + string.digits + "-_")
        return kind, v

    def password(self):
        r = self.r
        if r.random() < 0.4:
            w = r.choice(["Summer", "Falcon", "Bärenfell", "Soleil", "Tiger", "Winter", "Marmot", "Quartz"])
            return w + str(r.randint(10, 9999)) + r.choice(["!", "#", "$", "*", "?", ""])
        return self.alnum(r.randint(12, 22), string.ascii_letters + string.digits + "!#%^*_-+=")

    def pem(self):
        lines = [self.alnum(64, string.ascii_letters + string.digits + "+/") for i in range(self.r.randint(5, 9))]
        lines.append(self.alnum(self.r.randint(8, 40), string.ascii_letters + string.digits + "+/") + "==")
        kind = self.r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        return kind, lines

    # --- negatives ----------------------------------------------------------------------------------
    def neg(self, kind):
        r, d = self.r, self.digits
        if kind == "NEG_VERSION":
            return "%d.%d.%d.%d" % (r.randint(1, 24), r.randint(0, 30), r.randint(0, 40), r.randint(1, 999))
        if kind == "NEG_ORDER_ID":
            return r.choice(["%s-%s-%s" % (d(3), d(7), d(7)), "ORD-%s" % d(8), "%s%s" % (r.choice(["RA", "INV", "PO", "TKT"]), d(9)),
                             "#" + d(6), "%s/%s" % (d(4), d(5))])
        if kind == "NEG_TIMESTAMP":
            return r.choice([str(r.randint(1550000000, 1790000000)), str(r.randint(1550000000000, 1790000000000)),
                             "%sT%02d:%02d:%02dZ" % (self._date(EVT_START, EVT_END).isoformat(), r.randint(0, 23), r.randint(0, 59),
                                                     r.randint(0, 59))])
        if kind == "NEG_UUID":
            return str(uuid.UUID(int=r.getrandbits(128), version=4))
        if kind == "NEG_HASH":
            return r.choice([hashlib.sha1(d(12).encode()).hexdigest(), hashlib.sha256(d(12).encode()).hexdigest(),
                             hashlib.md5(d(12).encode()).hexdigest()[:r.choice([7, 12, 32])], "%024x" % r.getrandbits(96)])
        if kind == "NEG_DATE":
            return self.evdate()
        if kind == "NEG_TITLECASE":
            return r.choice(TITLES[self.lang])
        if kind == "NEG_PKG":
            return r.choice(["react", "lodash", "@angular/core", "express", "left-pad", "@types/node", "axios"]) + "@%d.%d.%d" % (
                r.randint(0, 19), r.randint(0, 30), r.randint(0, 20))
        if kind == "NEG_B64":
            return base64.b64encode(bytes(bytearray(r.getrandbits(8) for i in range(r.choice([24, 33, 48]))))).decode()
        if kind == "NEG_NUMBER":
            return r.choice(["%d,%03d" % (r.randint(1, 999), r.randint(0, 999)), str(r.randint(100, 99999)),
                             "%d.%02d" % (r.randint(1, 9999), r.randint(0, 99))])
        if kind == "NEG_CARDLIKE":
            return self.cardlike()
        raise ValueError(kind)


# ------------------------------------------------------------------------------------------------
# document builder
# ------------------------------------------------------------------------------------------------
class Doc(object):
    """Text accumulated segment by segment; each segment may carry a label."""

    def __init__(self):
        self.segs = []   # (text, label) label = None | dict(kind=ent|neg|ign, ...)

    def t(self, s):
        self.segs.append((s, None))
        return self

    def e(self, typ, value, sub=None, obf=None, core=None):
        lab = {"kind": "ent", "type": typ}
        if sub:
            lab["sub"] = sub
        if obf:
            lab["obf"] = obf
        if core:
            lab["core"] = core
        self.segs.append((value, lab))
        return self

    def n(self, typ, value):
        self.segs.append((value, {"kind": "neg", "type": typ}))
        return self

    def ig(self, value):
        self.segs.append((value, {"kind": "ign"}))
        return self

    def extend(self, other):
        self.segs.extend(other.segs)
        return self

    def text(self):
        return "".join(s for s, lab in self.segs)


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Num(object):
    def __init__(self, value, label=None):
        self.value, self.label = value, label


class Rich(object):
    """A JSON string value built from labelled segments (a Doc)."""

    def __init__(self, doc):
        self.doc = doc


class Raw(object):
    """A JSON string value holding another JSON document (double encoded)."""

    def __init__(self, obj):
        self.obj = obj


def L(typ, value, **kw):
    d = Doc()
    if typ.startswith("NEG_"):
        d.n(typ, value)
    else:
        d.e(typ, value, **kw)
    return Rich(d)


def ser(obj, out, indent, level):
    """Serialize obj into Doc `out`, escaping labelled segments so offsets stay exact."""
    nl = ("\n" + " " * (indent * (level + 1))) if indent else ""
    nl0 = ("\n" + " " * (indent * level)) if indent else ""
    sep = ", " if not indent else ","
    colon = ": "
    if isinstance(obj, dict):
        out.t("{")
        for i, (k, v) in enumerate(obj.items()):
            out.t((sep if i else "") + nl + json.dumps(k, ensure_ascii=False) + colon)
            ser(v, out, indent, level + 1)
        out.t(nl0 + "}" if obj else "}")
    elif isinstance(obj, list):
        out.t("[")
        for i, v in enumerate(obj):
            out.t((sep if i else "") + nl)
            ser(v, out, indent, level + 1)
        out.t(nl0 + "]" if obj else "]")
    elif isinstance(obj, Num):
        if obj.label:
            out.segs.append((obj.value, obj.label))
        else:
            out.t(obj.value)
    elif isinstance(obj, Rich):
        out.t('"')
        for s, lab in obj.doc.segs:
            out.segs.append((esc(s), lab))
        out.t('"')
    elif isinstance(obj, Raw):
        inner = Doc()
        ser(obj.obj, inner, None, 0)
        out.t('"')
        for s, lab in inner.segs:
            out.segs.append((esc(s), lab))
        out.t('"')
    else:
        out.t(json.dumps(obj, ensure_ascii=False))


def finish(doc):
    text, ents, negs, ign, pos = "", [], [], [], 0
    parts = []
    for s, lab in doc.segs:
        parts.append(s)
        if lab:
            st, en = pos, pos + len(s)
            if lab["kind"] == "ent":
                ent = {"type": lab["type"], "start": st, "end": en, "value": s}
                for k in ("sub", "obf"):
                    if lab.get(k):
                        ent[k] = lab[k]
                if lab.get("core"):
                    ent["core"] = [st + lab["core"][0], st + lab["core"][1]]
                ents.append(ent)
            elif lab["kind"] == "neg":
                negs.append({"type": lab["type"], "start": st, "end": en, "value": s})
            else:
                ign.append([st, en])
        pos += len(s)
    text = "".join(parts)
    return text, ents, negs, ign


# ------------------------------------------------------------------------------------------------
# shared fragments
# ------------------------------------------------------------------------------------------------
def frag_addr(g, d):
    d.e("STREET_ADDRESS", g.street(), sub=g.lang)
    d.t(", ")
    d.ig(g.city_pc())


def frag_dob(g, d):
    d.e("DATE_OF_BIRTH", g.dob())


def frag_mrn(g, d):
    sub, v = g.mrn()
    d.e("MEDICAL_RECORD_NUMBER", v, sub=sub)


def frag_card(g, d):
    sub, v = g.card()
    d.e("CREDIT_CARD", v, sub=sub)


def frag_iban(g, d):
    sub, v = g.iban()
    d.e("IBAN", v, sub=sub)


def frag_key(g, d, kind=None):
    sub, v = g.secret(kind)
    d.e("API_KEY", v, sub=sub)


def neg_any(g, d, kinds=None):
    kinds = kinds or ["NEG_ORDER_ID", "NEG_TIMESTAMP", "NEG_UUID", "NEG_HASH", "NEG_NUMBER"]
    k = g.r.choice(kinds)
    d.n(k, g.neg(k))


# Sentences with negatives, per language; each returns a Doc
def neg_sentence(g):
    d, r, lang = Doc(), g.r, g.lang
    k = r.randint(0, 10)
    V = lambda: d.n("NEG_VERSION", g.neg("NEG_VERSION"))  # noqa: E731
    if k == 0:
        d.t({"en": "The kiosk runs firmware ", "de": "Das Terminal läuft mit Firmware ", "fr": "La borne tourne sous le firmware ",
             "ru": "Терминал работает на прошивке "}[lang])
        V()
        d.t(".")
    elif k == 1:
        d.t({"en": "Tested against build ", "de": "Getestet mit Build ", "fr": "Testé sur le build ", "ru": "Проверено на сборке "}[lang])
        V()
        d.t({"en": " of the app", "de": " der App", "fr": " de l'appli", "ru": " приложения"}[lang] + ".")
    elif k == 2:
        d.t({"en": "Booking ref ", "de": "Buchungsnummer ", "fr": "Réf. réservation ", "ru": "Номер брони "}[lang])
        d.n("NEG_ORDER_ID", g.neg("NEG_ORDER_ID"))
        d.t({"en": ", logged at ", "de": ", erfasst um ", "fr": ", enregistrée à ", "ru": ", записано в "}[lang])
        d.n("NEG_TIMESTAMP", g.neg("NEG_TIMESTAMP"))
        d.t(".")
    elif k == 3:
        d.t({"en": "Trace id ", "de": "Trace-ID ", "fr": "Identifiant de trace ", "ru": "Идентификатор трассировки "}[lang])
        d.n("NEG_UUID", g.neg("NEG_UUID"))
        d.t(".")
    elif k == 4:
        d.t({"en": "Attachment digest: ", "de": "Prüfsumme des Anhangs: ", "fr": "Empreinte de la pièce jointe : ", "ru": "Хеш вложения: "}[lang])
        d.n("NEG_HASH", g.neg("NEG_HASH"))
        d.t(".")
    elif k == 5:
        d.t({"en": "The renewal is due on ", "de": "Die Verlängerung ist fällig am ", "fr": "Le renouvellement est prévu le ",
             "ru": "Продление нужно оформить до "}[lang])
        d.n("NEG_DATE", g.neg("NEG_DATE"))
        d.t(".")
    elif k == 6:
        d.t({"en": "See the ", "de": "Siehe ", "fr": "Voir le dossier ", "ru": "См. раздел "}[lang])
        d.n("NEG_TITLECASE", g.neg("NEG_TITLECASE"))
        d.t({"en": " deck for context.", "de": " für Details.", "fr": " pour le contexte.", "ru": " для контекста."}[lang])
    elif k == 7:
        d.t({"en": "Bump ", "de": "Aktualisiere ", "fr": "Mettre à jour ", "ru": "Обновите "}[lang])
        d.n("NEG_EMAILLIKE", g.neg("NEG_PKG"))
        d.t({"en": " before shipping.", "de": " vor dem Release.", "fr": " avant la mise en prod.", "ru": " перед релизом."}[lang])
    elif k == 8:
        d.t({"en": "Pallet serial ", "de": "Palettenseriennummer ", "fr": "Numéro de série palette ", "ru": "Серийный номер паллеты "}[lang])
        d.n("NEG_CARDLIKE", g.neg("NEG_CARDLIKE"))
        d.t(".")
    elif k == 9:
        d.t({"en": "Thumbnail payload: ", "de": "Vorschau-Payload: ", "fr": "Charge utile de la miniature : ", "ru": "Превью (base64): "}[lang])
        d.n("NEG_B64", g.neg("NEG_B64"))
    else:
        d.t({"en": "Total attendance was ", "de": "Insgesamt kamen ", "fr": "Participation totale : ", "ru": "Всего участников: "}[lang])
        d.n("NEG_NUMBER", str(r.randint(120, 9800)))
        d.t(".")
    return d


# ------------------------------------------------------------------------------------------------
# chat templates: each fills a Doc; value-bearing templates per language
# ------------------------------------------------------------------------------------------------
def ch_genealogy(g, d):
    P = g.person
    lang = g.lang
    if lang == "en":
        d.t("Here's what the family tree shows: ").e("PERSON", P(), sub=lang).t(" (born ")
        frag_dob(g, d)
        d.t(") married ").e("PERSON", P(), sub=lang).t(" on ").n("NEG_DATE", g.evdate()).t(". Their eldest, ")
        d.e("PERSON", P(), sub=lang).t(", still lives at ")
        frag_addr(g, d)
        d.t(".")
    elif lang == "de":
        d.t("Laut Stammbaum kam ").e("PERSON", P(), sub=lang).t(" am ")
        frag_dob(g, d)
        d.t(" zur Welt; die Hochzeit mit ").e("PERSON", P(), sub=lang).t(" war am ").n("NEG_DATE", g.evdate())
        d.t(". Die Tochter wohnt heute in der ")
        frag_addr(g, d)
        d.t(".")
    elif lang == "fr":
        d.t("D'après l'arbre généalogique, ").e("PERSON", P(), sub=lang).t(" est née le ")
        frag_dob(g, d)
        d.t(" et a épousé ").e("PERSON", P(), sub=lang).t(". Leur fils réside au ")
        frag_addr(g, d)
        d.t(".")
    else:
        d.t("По данным родословной, ").e("PERSON", P(), sub=lang).t(", дата рождения — ")
        frag_dob(g, d)
        d.t(", в браке с ").e("PERSON", P(), sub=lang).t(". Последний известный адрес: ")
        frag_addr(g, d)
        d.t(".")


def ch_rsvp(g, d):
    lang = g.lang
    hdr = {"en": "RSVP summary so far:\n", "de": "Stand der Zusagen:\n", "fr": "Récapitulatif des réponses :\n", "ru": "Сводка ответов гостей:\n"}
    yes = {"en": ["attending, +1", "attending", "declined", "maybe"], "de": ["kommt mit Begleitung", "kommt", "abgesagt"],
           "fr": ["présent(e)", "présent(e) + 1", "excusé(e)"], "ru": ["придёт", "придёт с парой", "не сможет"]}[lang]
    d.t(hdr[lang])
    for i in range(g.r.randint(2, 4)):
        d.t("- ").e("PERSON", g.person(), sub=lang).t(" — " + g.r.choice(yes) + " — ")
        if g.r.random() < 0.5:
            d.e("EMAIL", g.email())
        else:
            d.e("PHONE", g.phone(), sub=g.loc)
        d.t("\n")
    d.t({"en": "Table plan locked for ", "de": "Sitzplan fixiert für ", "fr": "Plan de table figé pour le ", "ru": "Рассадка утверждена на "}[lang])
    d.n("NEG_DATE", g.evdate()).t(".")


def ch_fine(g, d):
    lang = g.lang
    if lang == "en":
        d.t("The rental company forwarded a speeding fine (notice ").n("NEG_ORDER_ID", g.neg("NEG_ORDER_ID"))
        d.t(") to the renter, ").e("PERSON", g.person(), sub=lang).t(", licence holder since ").n("NEG_DATE", g.evdate())
        d.t(". They charged the admin fee to card ")
        frag_card(g, d)
        d.t(" and emailed ").e("EMAIL", g.email()).t(".")
    elif lang == "de":
        d.t("Der Autovermieter hat den Bußgeldbescheid an ").e("PERSON", g.person(), sub=lang).t(" weitergeleitet (Führerschein ausgestellt am ")
        d.n("NEG_DATE", g.evdate()).t("). Die Bearbeitungsgebühr wurde von der Karte ")
        frag_card(g, d)
        d.t(" abgebucht; Rückfragen unter ").e("PHONE", g.phone(), sub=g.loc).t(".")
    elif lang == "fr":
        d.t("L'agence de location a transmis l'avis de contravention à ").e("PERSON", g.person(), sub=lang)
        d.t(". Les frais de dossier ont été prélevés sur la carte ")
        frag_card(g, d)
        d.t(" ; contact : ").e("PHONE", g.phone(), sub=g.loc).t(".")
    else:
        d.t("Прокатная компания переслала штраф арендатору ").e("PERSON", g.person(), sub=lang).t(". Комиссию списали с карты ")
        frag_card(g, d)
        d.t(", квитанция отправлена на ").e("EMAIL", g.email()).t(".")


def ch_gym(g, d):
    lang = g.lang
    nm = g.person()
    if lang == "en":
        d.t("I found two gym accounts that look like the same member. Both list ").e("PERSON", nm, sub=lang).t(", DOB ")
        frag_dob(g, d)
        d.t(", but one uses ").e("EMAIL", g.email(nm)).t(" and the other ").e("PHONE", g.phone(), sub=g.loc)
        d.t(". The direct debit goes to ")
        frag_iban(g, d)
        d.t(".")
    elif lang == "de":
        d.t("Mitgliedschaft verlängert für ").e("PERSON", nm, sub=lang).t(" (geb. ")
        frag_dob(g, d)
        d.t("). Lastschrift vom Konto ")
        frag_iban(g, d)
        d.t(", Bestätigung ging an ").e("EMAIL", g.email(nm)).t(".")
    elif lang == "fr":
        d.t("L'abonnement de ").e("PERSON", nm, sub=lang).t(" (née le ")
        frag_dob(g, d)
        d.t(") sera prélevé sur ")
        frag_iban(g, d)
        d.t(". Elle préfère être jointe au ").e("PHONE", g.phone(), sub=g.loc).t(".")
    else:
        d.t("Абонемент в клуб продлён: ").e("PERSON", nm, sub=lang).t(", дата рождения ")
        frag_dob(g, d)
        d.t(", телефон ").e("PHONE", g.phone(), sub=g.loc).t(", ИНН ")
        sub, v = g.inn()
        d.e("RU_INN", v, sub=sub).t(".")


def ch_vet(g, d):
    lang = g.lang
    pet = g.r.choice(["Biscuit", "Luna", "Rocky", "Minka", "Filou", "Барсик", "Mochi"])
    if lang == "en":
        d.t("Vet visit for " + pet + " (owner: ").e("PERSON", g.person(), sub=lang).t("). Owner reachable on ").e("PHONE", g.phone(), sub=g.loc)
        d.t("; billing address ")
        frag_addr(g, d)
        d.t(". Next booster: ").n("NEG_DATE", g.evdate()).t(".")
    elif lang == "de":
        d.t("Tierarztbesuch: " + pet + ", Halterin ").e("PERSON", g.person(), sub=lang).t(", erreichbar unter ").e("PHONE", g.phone(), sub=g.loc)
        d.t(". Rechnung an ")
        frag_addr(g, d)
        d.t(".")
    elif lang == "fr":
        d.t("Consultation vétérinaire pour " + pet + ". Propriétaire : ").e("PERSON", g.person(), sub=lang).t(", ")
        d.e("EMAIL", g.email()).t(", ")
        frag_addr(g, d)
        d.t(".")
    else:
        d.t("Приём у ветеринара: " + pet + ", владелец ").e("PERSON", g.person(), sub=lang).t(", тел. ").e("PHONE", g.phone(), sub=g.loc)
        d.t(", СНИЛС ")
        sub, v = g.snils()
        d.e("RU_SNILS", v, sub=sub).t(".")


def ch_trial(g, d):
    lang = g.lang
    if lang == "en":
        d.t("Screening note: subject ").e("PERSON", g.person(), sub=lang).t(", hospital number ")
        frag_mrn(g, d)
        d.t(", born ")
        frag_dob(g, d)
        d.t(", meets inclusion criteria 1-4. Consent signed ").n("NEG_DATE", g.evdate()).t(".")
    elif lang == "de":
        d.t("Screening-Notiz: Proband ").e("PERSON", g.person(), sub=lang).t(", Fallnummer ")
        frag_mrn(g, d)
        d.t(", Geburtsdatum ")
        frag_dob(g, d)
        d.t(". Einwilligung liegt vor.")
    elif lang == "fr":
        d.t("Note de pré-inclusion : patiente ").e("PERSON", g.person(), sub=lang).t(", IPP ")
        frag_mrn(g, d)
        d.t(", date de naissance ")
        frag_dob(g, d)
        d.t(". Visite J0 prévue le ").n("NEG_DATE", g.evdate()).t(".")
    else:
        d.t("Скрининг: пациент ").e("PERSON", g.person(), sub=lang).t(", номер медкарты ")
        frag_mrn(g, d)
        d.t(", д.р. ")
        frag_dob(g, d)
        d.t(", полис ОМС не указан, паспорт ")
        sub, v = g.rupass()
        d.e("RU_PASSPORT", v, sub=sub).t(".")


def ch_dental(g, d):
    lang = g.lang
    if lang == "en":
        d.t("Your dental appointment is confirmed for ").n("NEG_DATE", g.evdate()).t(". We have ").e("PERSON", g.person(), sub=lang)
        d.t(" on file with ").e("PHONE", g.phone(), sub=g.loc).t(" and chart ")
        frag_mrn(g, d)
        d.t(".")
    elif lang == "de":
        d.t("Zahnarzttermin bestätigt. Patientin: ").e("PERSON", g.person(), sub=lang).t(", Kartei ")
        frag_mrn(g, d)
        d.t(", Telefon ").e("PHONE", g.phone(), sub=g.loc).t(".")
    elif lang == "fr":
        d.t("Rendez-vous chez le dentiste confirmé pour ").e("PERSON", g.person(), sub=lang).t(" (dossier ")
        frag_mrn(g, d)
        d.t("). Rappel SMS au ").e("PHONE", g.phone(), sub=g.loc).t(".")
    else:
        d.t("Запись к стоматологу подтверждена: ").e("PERSON", g.person(), sub=lang).t(", карта ")
        frag_mrn(g, d)
        d.t(", напоминание придёт на ").e("PHONE", g.phone(), sub=g.loc).t(".")


def ch_listing(g, d):
    lang = g.lang
    txt = {"en": ("Charming three-bed home at ", ". Viewings via agent ", ", direct line ", "."),
           "de": ("Helle 3-Zimmer-Wohnung in der ", ". Besichtigung über Maklerin ", ", Durchwahl ", "."),
           "fr": ("Bel appartement T3 situé ", ". Visites avec l'agent ", ", ligne directe ", "."),
           "ru": ("Продаётся трёхкомнатная квартира: ", ". Показы проводит агент ", ", телефон ", ".")}[lang]
    d.t(txt[0])
    frag_addr(g, d)
    d.t(txt[1]).e("PERSON", g.person(), sub=lang).t(txt[2]).e("PHONE", g.phone(), sub=g.loc).t(" / ").e("EMAIL", g.email()).t(txt[3])
    d.t(" ").n("NEG_TITLECASE", g.neg("NEG_TITLECASE")).t(" — ").n("NEG_NUMBER", g.neg("NEG_NUMBER")).t(" m².")


def ch_invoice(g, d):
    lang = g.lang
    w = {"en": ("Invoice ", " from ", " — please pay to ", " (account holder as above). Queries: ", "."),
         "de": ("Rechnung ", " von ", " — bitte überweisen auf ", ". Rückfragen: ", "."),
         "fr": ("Facture ", " émise par ", " — virement sur ", ". Questions : ", "."),
         "ru": ("Счёт ", " от исполнителя ", " — оплата на ", ". Вопросы: ", ".")}[lang]
    d.t(w[0]).n("NEG_ORDER_ID", g.neg("NEG_ORDER_ID")).t(w[1]).e("PERSON", g.person(), sub=lang).t(w[2])
    frag_iban(g, d)
    d.t(w[3]).e("EMAIL", g.email()).t(w[4])
    if lang == "ru":
        d.t(" ИНН самозанятого: ")
        sub, v = g.inn()
        d.e("RU_INN", v, sub=sub).t(".")
    elif g.loc == "en_US":
        d.t(" W-9 on file, TIN ")
        sub, v = g.ssn()
        d.e("US_SSN", v, sub=sub).t(".")


def ch_thread(g, d):
    lang = g.lang
    a, b = g.person(), g.person()
    w = {"en": ("Summary of the thread: ", " asked ", " to resend the signed lease; she can be reached at ", ". ", " replied from ",
                " that the deposit was wired from ", "."),
         "de": ("Zusammenfassung: ", " bat ", " um den unterschriebenen Vertrag, erreichbar unter ", ". ", " antwortete von ",
                ", die Kaution sei von ", " überwiesen worden."),
         "fr": ("Résumé du fil : ", " a demandé à ", " de renvoyer le bail signé ; joignable au ", ". ", " a répondu depuis ",
                " que la caution a été virée depuis ", "."),
         "ru": ("Кратко по переписке: ", " попросил(а) ", " прислать подписанный договор; контакт ", ". ", " ответил(а) с адреса ",
                ", что залог переведён со счёта ", ".")}[lang]
    d.t(w[0]).e("PERSON", a, sub=lang).t(w[1]).e("PERSON", b, sub=lang).t(w[2]).e("PHONE", g.phone(), sub=g.loc).t(w[3])
    d.e("PERSON", b, sub=lang).t(w[4]).e("EMAIL", g.email(b)).t(w[5])
    frag_iban(g, d)
    d.t(w[6])


def ch_transcript(g, d):
    lang = g.lang
    hdr = {"en": "Meeting notes — attendees:", "de": "Protokoll — Teilnehmende:", "fr": "Compte rendu — participants :",
           "ru": "Протокол встречи — участники:"}[lang]
    d.t(hdr + " ")
    n = g.r.randint(2, 4)
    names = [g.person() for i in range(n)]
    for i, nm in enumerate(names):
        if i:
            d.t(", ")
        d.e("PERSON", nm, sub=lang)
    d.t("\n\n")
    d.e("PERSON", names[0], sub=lang).t(": ")
    d.t({"en": "I'll send the draft to ", "de": "Ich schicke den Entwurf an ", "fr": "J'envoie le brouillon à ", "ru": "Отправлю черновик на "}[lang])
    d.e("EMAIL", g.email()).t(".\n")
    d.e("PERSON", names[1], sub=lang).t(": ")
    d.t({"en": "The staging box is ", "de": "Der Staging-Server ist ", "fr": "Le serveur de recette est ", "ru": "Тестовый сервер — "}[lang])
    if g.r.random() < 0.6:
        d.e("IPV4", g.ipv4())
    else:
        d.e("IPV6", g.ipv6())
    d.t({"en": ", still on release ", "de": ", noch auf Release ", "fr": ", toujours en version ", "ru": ", всё ещё версия "}[lang])
    d.n("NEG_VERSION", g.neg("NEG_VERSION")).t(".\n")


def ch_crash(g, d):
    d.t({"en": "The crash report includes user context:\n", "de": "Der Absturzbericht enthält Nutzerkontext:\n",
         "fr": "Le rapport de plantage contient le contexte utilisateur :\n", "ru": "В отчёте о сбое есть данные пользователя:\n"}[g.lang])
    d.t("```\nException: NullPointerException at CheckoutView.render\napp_version=").n("NEG_VERSION", g.neg("NEG_VERSION"))
    d.t("\ndevice_id=").n("NEG_UUID", g.neg("NEG_UUID")).t("\nuser.email=").e("EMAIL", g.email()).t("\nuser.name=")
    d.e("PERSON", g.person(), sub=g.lang).t("\nclient_ip=")
    d.e("IPV4", g.ipv4()).t("\nts=").n("NEG_TIMESTAMP", g.neg("NEG_TIMESTAMP")).t("\n```")


def ch_ci_yaml(g, d):
    d.t({"en": "Here's the workflow with the secrets inlined (move them to repository secrets!):\n",
         "de": "Hier der Workflow, leider mit eingebetteten Geheimnissen:\n", "fr": "Voici le workflow, avec les secrets en clair :\n",
         "ru": "Вот workflow, секреты пока прописаны прямо в файле:\n"}[g.lang])
    d.t("```yaml\nname: deploy\non: [push]\njobs:\n  ship:\n    runs-on: ubuntu-22.04\n    env:\n      AWS_ACCESS_KEY_ID: ")
    frag_key(g, d, "aws_access_key_id")
    d.t("\n      AWS_SECRET_ACCESS_KEY: ")
    frag_key(g, d, "aws_secret_key")
    d.t("\n      NPM_TOKEN: ")
    frag_key(g, d, g.r.choice(["npm", "github_pat_classic", "gitlab"]))
    d.t("\n    steps:\n      - uses: actions/checkout@v4\n      - run: curl -u deploy:")
    d.e("API_KEY", g.password(), sub="password")
    d.t(" https://artifacts.example.net/upload\n```")


def ch_inventory(g, d):
    d.t("```ini\n[db]\n")
    for i in range(g.r.randint(1, 3)):
        d.t("db%d ansible_host=" % (i + 1)).e("IPV4", g.ipv4()).t(" ansible_user=admin ansible_password=")
        d.e("API_KEY", g.password(), sub="password").t("\n")
    d.t("[web]\nweb1 ansible_host=").e("IPV6", g.ipv6()).t("\n```\n")
    d.t({"en": "Vault isn't used here, so those passwords are in plain text.", "de": "Ohne Vault stehen die Passwörter im Klartext.",
         "fr": "Sans Vault, les mots de passe sont en clair.", "ru": "Без Vault пароли лежат в открытом виде."}[g.lang])


def ch_helm(g, d):
    d.t("values.yaml:\n```yaml\nimage:\n  tag: ").n("NEG_VERSION", g.neg("NEG_VERSION")).t("\npostgresql:\n  auth:\n    username: app\n    password: ")
    d.e("API_KEY", g.password(), sub="password").t("\nexternalServices:\n  stripeKey: ")
    frag_key(g, d, "stripe")
    d.t("\n  mapsKey: ")
    frag_key(g, d, "google")
    d.t("\nsmtp:\n  url: smtp://mailer:")
    d.e("API_KEY", g.password(), sub="password").t("@smtp.example.org:587\n```")


def ch_hl7(g, d):
    giv, fam = g.name_parts()
    d.t({"en": "Parsed ADT message:\n", "de": "Geparste ADT-Nachricht:\n", "fr": "Message ADT analysé :\n", "ru": "Разобранное сообщение ADT:\n"}[g.lang])
    hms = "%02d%02d%02d" % (g.r.randint(0, 23), g.r.randint(0, 59), g.r.randint(0, 59))
    d.t("MSH|^~\\&|EPIC|HOSP|LAB|HOSP|").n("NEG_TIMESTAMP", g._date(EVT_START, EVT_END).strftime("%Y%m%d") + hms).t("||ADT^A01|")
    d.n("NEG_ORDER_ID", "MSG" + g.digits(8)).t("|P|2.5\nPID|1||")
    sub, v = g.mrn()
    d.e("MEDICAL_RECORD_NUMBER", v, sub=sub).t("^^^HOSP^MR||").e("PERSON", fam + "^" + giv, sub=g.lang).t("||")
    dt = g._date(DOB_START, DOB_END)
    d.e("DATE_OF_BIRTH", dt.strftime("%Y%m%d")).t("|" + g.r.choice(["F", "M"]) + "|||")
    st = g.street()
    d.e("STREET_ADDRESS", st, sub=g.lang).t("^^").ig(g.fk.city()).t("||").e("PHONE", g.phone(), sub=g.loc).t("\n")


def ch_swift(g, d):
    d.t({"en": "Extract from the MT103:\n", "de": "Auszug aus der MT103:\n", "fr": "Extrait du MT103 :\n", "ru": "Фрагмент MT103:\n"}[g.lang])
    d.t(":20:").n("NEG_ORDER_ID", "REF" + g.digits(10)).t("\n:32A:").n("NEG_NUMBER", "%02d%02d%02dEUR%d,%02d" % (
        g.r.randint(20, 25), g.r.randint(1, 12), g.r.randint(1, 28), g.r.randint(100, 90000), g.r.randint(0, 99)))
    d.t("\n:50K:/")
    frag_iban(g, d)
    d.t("\n").e("PERSON", g.person().upper(), sub=g.lang).t("\n")
    d.e("STREET_ADDRESS", g.street().upper(), sub=g.lang).t("\n:59:/")
    frag_iban(g, d)
    d.t("\n").e("PERSON", g.person().upper(), sub=g.lang).t("\n:71A:SHA")


def ch_x12(g, d):
    d.t("EDI 837 excerpt:\nNM1*IL*1*")
    giv, fam = g.name_parts()
    d.e("PERSON", fam + "*" + giv, sub=g.lang).t("****MI*")
    frag_mrn(g, d)
    d.t("~\nN3*").e("STREET_ADDRESS", g.street(), sub=g.lang).t("~\nDMG*D8*")
    d.e("DATE_OF_BIRTH", g._date(DOB_START, DOB_END).strftime("%Y%m%d")).t("*F~\nREF*SY*")
    sub, v = g.ssn()
    d.e("US_SSN", v.replace("-", "").replace(" ", ""), sub="plain").t("~\nCLM*").ig(g.digits(10)).t("*")
    d.n("NEG_NUMBER", "%d.%02d" % (g.r.randint(50, 5000), g.r.randint(0, 99))).t("~")


def ch_passwords_csv(g, d):
    d.t({"en": "Exported from the password manager (CSV):\n", "de": "Export aus dem Passwortmanager (CSV):\n",
         "fr": "Export du gestionnaire de mots de passe (CSV) :\n", "ru": "Экспорт из менеджера паролей (CSV):\n"}[g.lang])
    d.t("name,url,username,password,note\n")
    for i in range(g.r.randint(2, 4)):
        site = g.r.choice(["bank", "mail", "router", "payroll", "crm"])
        d.t(site + ",https://" + site + ".example.com/login,").e("EMAIL", g.email()).t(",").e("API_KEY", g.password(), sub="password")
        d.t(",").n("NEG_DATE", g.evdate()).t("\n")


def ch_iam(g, d):
    d.t({"en": "Output of `aws iam list-access-keys` plus the leaked secret:\n", "de": "Ausgabe von `aws iam list-access-keys` mit Secret:\n",
         "fr": "Sortie de `aws iam list-access-keys` avec le secret :\n", "ru": "Вывод `aws iam list-access-keys` и секрет:\n"}[g.lang])
    d.t("UserName: ").e("EMAIL", g.email()).t("\nAccessKeyId: ")
    frag_key(g, d, "aws_access_key_id")
    d.t("\nSecretAccessKey: ")
    frag_key(g, d, "aws_secret_key")
    d.t("\nCreateDate: ").n("NEG_TIMESTAMP", g.neg("NEG_TIMESTAMP")).t("\nStatus: Active")


def ch_cli(g, d):
    k = g.r.randint(0, 3)
    d.t({"en": "Run this to reproduce:\n", "de": "So lässt es sich reproduzieren:\n", "fr": "Pour reproduire :\n", "ru": "Для воспроизведения:\n"}[g.lang])
    if k == 0:
        d.t("$ mysql -h ").e("IPV4", g.ipv4()).t(" -u reporting -p'").e("API_KEY", g.password(), sub="password").t("' sales")
    elif k == 1:
        d.t("$ PGPASSWORD=").e("API_KEY", g.password(), sub="password").t(" psql -h db.internal -U etl warehouse")
    elif k == 2:
        d.t("$ curl -H 'Authorization: Bearer ")
        frag_key(g, d, "jwt")
        d.t("' https://api.example.com/v2/me")
    else:
        d.t("$ export OPENAI_API_KEY=")
        frag_key(g, d, "openai_like")
        d.t("\n$ export SENDGRID_API_KEY=")
        frag_key(g, d, "sendgrid")


def ch_pem(g, d):
    kind, lines = g.pem()
    d.t({"en": "The deploy key someone pasted into the ticket:\n", "de": "Der ins Ticket kopierte Deploy-Key:\n",
         "fr": "La clé de déploiement collée dans le ticket :\n", "ru": "Ключ, который вставили в тикет:\n"}[g.lang])
    head = "-----BEGIN %s-----\n" % kind
    body = "\n".join(lines)
    val = head + body + "\n-----END %s-----" % kind
    d.e("API_KEY", val, sub="pem_private_key", core=(len(head), len(head) + len(body)))


def ch_bank(g, d):
    d.t({"en": "Statement for ", "de": "Kontoauszug für ", "fr": "Relevé de compte de ", "ru": "Выписка по счёту: "}[g.lang])
    d.e("PERSON", g.person(), sub=g.lang).t(", ")
    frag_iban(g, d)
    d.t("\n")
    for i in range(g.r.randint(2, 4)):
        d.n("NEG_DATE", g.evdate()).t("  ")
        k = g.r.random()
        if k < 0.4:
            d.t("SEPA ").e("PERSON", g.person(), sub=g.lang).t("  ")
        elif k < 0.7:
            d.t("CARD ")
            frag_card(g, d)
            d.t("  ")
        else:
            d.t("REF ").n("NEG_ORDER_ID", g.neg("NEG_ORDER_ID")).t("  ")
        d.n("NEG_NUMBER", "%d.%02d" % (g.r.randint(1, 3000), g.r.randint(0, 99))).t("\n")


def ch_us_identity(g, d):
    if g.lang == "ru":
        d.t("Анкета кандидата: ").e("PERSON", g.person(), sub="ru").t(", родился ")
        frag_dob(g, d)
        d.t(". Паспорт ")
        sub, v = g.rupass()
        d.e("RU_PASSPORT", v, sub=sub).t(", СНИЛС ")
        sub, v = g.snils()
        d.e("RU_SNILS", v, sub=sub).t(", ИНН ")
        sub, v = g.inn()
        d.e("RU_INN", v, sub=sub).t(". Адрес регистрации: ")
        frag_addr(g, d)
        d.t(".")
        return
    w = {"en": ("Background check packet: ", ", SSN ", ", born ", ". Previous address: ", "."),
         "de": ("Unterlagen für US-Visum: ", ", SSN ", ", geboren am ", ". Frühere Anschrift: ", "."),
         "fr": ("Dossier de vérification : ", ", numéro SSN ", ", né(e) le ", ". Ancienne adresse : ", ".")}[g.lang]
    d.t(w[0]).e("PERSON", g.person(), sub=g.lang).t(w[1])
    sub, v = g.ssn()
    d.e("US_SSN", v, sub=sub).t(w[2])
    frag_dob(g, d)
    d.t(w[3])
    frag_addr(g, d)
    d.t(w[4])


def ch_nocue(g, d):
    """Values without explicit cue words, still obviously PII to a human."""
    nm = g.person()
    d.e("PERSON", nm, sub=g.lang).t(" <").e("EMAIL", g.email(nm)).t(">\n")
    d.e("PHONE", g.phone(), sub=g.loc).t("\n")
    frag_addr(g, d)
    d.t("\n\n")
    d.t({"en": "Forwarding as requested.", "de": "Wie gewünscht weitergeleitet.", "fr": "Transmis comme demandé.",
         "ru": "Пересылаю, как просили."}[g.lang])


def ch_badge(g, d):
    d.t({"en": "Badge export (name | company | email | phone):\n", "de": "Badge-Export (Name | Firma | E-Mail | Telefon):\n",
         "fr": "Export des badges (nom | société | e-mail | téléphone) :\n", "ru": "Экспорт бейджей (ФИО | компания | почта | телефон):\n"}[g.lang])
    for i in range(g.r.randint(2, 4)):
        d.e("PERSON", g.person(), sub=g.lang).t(" | " + g.fk.company() + " | ").e("EMAIL", g.email()).t(" | ")
        d.e("PHONE", g.phone(), sub=g.loc).t("\n")


CHAT = [ch_genealogy, ch_rsvp, ch_fine, ch_gym, ch_vet, ch_trial, ch_dental, ch_listing, ch_invoice, ch_thread, ch_transcript,
        ch_crash, ch_ci_yaml, ch_inventory, ch_helm, ch_hl7, ch_swift, ch_x12, ch_passwords_csv, ch_iam, ch_cli, ch_pem, ch_bank,
        ch_us_identity, ch_nocue, ch_badge]


def make_chat(g):
    d = Doc()
    fn = g.r.choice(CHAT)
    if g.r.random() < 0.3:
        d.t(g.fk.sentence() + " ")
    fn(g, d)
    for i in range(g.r.randint(0, 2)):
        d.t(" " if g.r.random() < 0.6 else "\n")
        d.extend(neg_sentence(g))
    return d, "chat." + fn.__name__[3:]


# ------------------------------------------------------------------------------------------------
# JSON shapes
# ------------------------------------------------------------------------------------------------
def P(g):
    return L("PERSON", g.person(), sub=g.lang)


def E(g):
    return L("EMAIL", g.email())


def PH(g):
    return L("PHONE", g.phone(), sub=g.loc)


def N(g, kind):
    return L(kind, g.neg(kind))


def K(g, kind=None):
    sub, v = g.secret(kind)
    return L("API_KEY", v, sub=sub)


def addr_rich(g):
    d = Doc()
    frag_addr(g, d)
    return Rich(d)


def js_vet(g):
    return {"clinic": g.fk.company(), "patient": {"name": g.r.choice(["Biscuit", "Luna", "Pixel", "Moka"]), "species": "canine",
            "weightKg": L("NEG_NUMBER", "%d.%d" % (g.r.randint(2, 60), g.r.randint(0, 9)))},
            "owner": {"fullName": P(g), "contact": {"mobile": PH(g), "mail": E(g)}, "billing": addr_rich(g)},
            "nextVisit": N(g, "NEG_DATE"), "visitId": Num(g.nz(9), {"kind": "neg", "type": "NEG_ORDER_ID"})}


def js_rental(g):
    sub, v = g.card()
    return {"agreement": N(g, "NEG_ORDER_ID"), "driver": {"name": P(g), "dob": L("DATE_OF_BIRTH", g.dob()), "licenceIssued": N(g, "NEG_DATE")},
            "payment": {"pan": L("CREDIT_CARD", v, sub=sub), "authCode": g.digits(6)},
            "fines": [{"ticket": N(g, "NEG_ORDER_ID"), "amount": Num(str(g.r.randint(20, 400)))}], "pickupTs": N(g, "NEG_TIMESTAMP")}


def js_mongo(g):
    return {"_id": {"$oid": L("NEG_HASH", "%024x" % g.r.getrandbits(96))}, "member": P(g), "emails": [E(g), E(g)], "phone": PH(g),
            "joined": {"$date": N(g, "NEG_TIMESTAMP")}, "plan": N(g, "NEG_TITLECASE"), "lastSeenIp": L("IPV4", g.ipv4())}


def js_firestore(g):
    return {"documents": [{"name": "projects/demo/databases/(default)/documents/users/" + g.alnum(20),
                           "fields": {"displayName": {"stringValue": P(g)}, "email": {"stringValue": E(g)},
                                      "birthDate": {"stringValue": L("DATE_OF_BIRTH", g._date(DOB_START, DOB_END).isoformat())},
                                      "loginCount": {"integerValue": L("NEG_NUMBER", str(g.r.randint(3, 9000)))}},
                           "updateTime": N(g, "NEG_TIMESTAMP")}]}


def js_soql(g):
    recs = []
    for i in range(g.r.randint(1, 3)):
        recs.append({"attributes": {"type": "Contact", "url": "/services/data/v59.0/sobjects/Contact/003" + g.alnum(15)},
                     "Name": P(g), "Email": E(g), "MobilePhone": PH(g), "MailingStreet": L("STREET_ADDRESS", g.street(), sub=g.lang)})
    return {"totalSize": len(recs), "done": True, "records": recs}


def js_iam(g):
    return {"Version": "2012-10-17", "AccessKeys": [{"UserName": E(g), "AccessKeyId": K(g, "aws_access_key_id"),
                                                     "SecretAccessKey": K(g, "aws_secret_key"), "CreateDate": N(g, "NEG_TIMESTAMP")}],
            "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket-" + g.digits(6) + "/*"}]}


def js_pwmgr(g):
    items = []
    for i in range(g.r.randint(2, 3)):
        items.append({"id": N(g, "NEG_UUID"), "type": "login", "name": g.r.choice(["Bank", "Mail", "Router", "HR portal"]),
                      "login": {"username": E(g), "password": L("API_KEY", g.password(), sub="password"), "totp": None},
                      "revisionDate": N(g, "NEG_TIMESTAMP")})
    return {"encrypted": False, "items": items}


def js_crm_dedupe(g):
    nm = g.person()
    return {"suggestion": "merge", "confidence": Num("0.%02d" % g.r.randint(70, 99)),
            "a": {"id": Num(g.nz(8), {"kind": "neg", "type": "NEG_ORDER_ID"}), "name": L("PERSON", nm, sub=g.lang), "email": E(g)},
            "b": {"id": Num(g.nz(8), {"kind": "neg", "type": "NEG_ORDER_ID"}), "name": L("PERSON", nm, sub=g.lang), "phone": PH(g),
                  "address": addr_rich(g)},
            "reason": N(g, "NEG_TITLECASE")}


def js_crash(g):
    d = Doc()
    d.t("User ").e("PERSON", g.person(), sub=g.lang).t(" tapped Pay; last IP ")
    if g.r.random() < 0.5:
        d.e("IPV6", g.ipv6())
    else:
        d.e("IPV4", g.ipv4())
    return {"event_id": N(g, "NEG_UUID"), "release": L("NEG_VERSION", g.neg("NEG_VERSION")), "breadcrumbs": [Rich(d)],
            "user": {"email": E(g), "ip_address": L("IPV4", g.ipv4())}, "contexts": {"os": {"build": N(g, "NEG_HASH")}}}


def js_clinical(g):
    sub, v = g.mrn()
    ev = {"patient": {"mrn": L("MEDICAL_RECORD_NUMBER", v, sub=sub), "name": P(g), "dob": L("DATE_OF_BIRTH", g.dob())},
          "site": g.fk.city(), "screeningDate": N(g, "NEG_DATE"), "eligible": g.r.random() < 0.5}
    if g.lang == "ru":
        s1, v1 = g.snils()
        ev["patient"]["snils"] = L("RU_SNILS", v1, sub=s1)
    elif g.loc == "en_GB":
        ev["patient"]["nhsNumber"] = L("MEDICAL_RECORD_NUMBER", g.nhs(), sub="nhs")
    return ev


def js_badges(g):
    return {"event": N(g, "NEG_TITLECASE"), "exportedAt": N(g, "NEG_TIMESTAMP"),
            "badges": [{"first_last": P(g), "email": E(g), "badgeNo": Num(g.nz(5))} for i in range(g.r.randint(2, 4))]}


def js_bank(g):
    s, v = g.iban()
    tx = []
    for i in range(g.r.randint(2, 4)):
        if g.r.random() < 0.5:
            s2, v2 = g.iban()
            tx.append({"date": N(g, "NEG_DATE"), "counterparty": P(g), "counterpartyIban": L("IBAN", v2, sub=s2),
                       "amount": Num("-%d.%02d" % (g.r.randint(1, 900), g.r.randint(0, 99)))})
        else:
            tx.append({"date": N(g, "NEG_DATE"), "reference": N(g, "NEG_ORDER_ID"), "amount": Num("%d.%02d" % (g.r.randint(1, 900), 5))})
    return {"account": {"holder": P(g), "iban": L("IBAN", v, sub=s)}, "transactions": tx}


def js_ru_kyc(g):
    s1, v1 = g.rupass()
    s2, v2 = g.snils()
    s3, v3 = g.inn()
    return {"клиент": {"фио": L("PERSON", g.person(), sub="ru"), "паспорт": L("RU_PASSPORT", v1, sub=s1), "снилс": L("RU_SNILS", v2, sub=s2),
                       "инн": Num(v3, {"kind": "ent", "type": "RU_INN", "sub": s3}) if (g.r.random() < 0.4 and v3[0] != "0") else L("RU_INN", v3, sub=s3),
                       "телефон": PH(g)}, "статус": "проверен", "обновлено": N(g, "NEG_TIMESTAMP")}


def js_helm(g):
    return {"global": {"imageTag": N(g, "NEG_VERSION")}, "secrets": {"githubToken": K(g, g.r.choice(["github_pat_classic", "github_fine"])),
            "slackWebhookToken": K(g, "slack"), "dbUrl": Rich(Doc().t("postgres://app:").e("API_KEY", g.password(), sub="password")
                                                              .t("@").e("IPV4", g.ipv4()).t(":5432/app"))},
            "checksum": N(g, "NEG_HASH")}


def js_tool_call(g):
    csub, cval = g.card()
    inner = {"to": E(g), "cc": [E(g)], "subject": "Re: " + g.r.choice(TITLES[g.lang]), "body": Rich(Doc().t("Hi ").e(
        "PERSON", g.person(), sub=g.lang).t(", your card ").e("CREDIT_CARD", cval, sub=csub).t(" was charged."))}
    return {"type": "function_call", "name": "send_email", "call_id": N(g, "NEG_UUID"), "arguments": Raw(inner)}


def js_grant(g):
    isub, ival = g.iban()
    return {"applicant": {"pi": P(g), "email": E(g), "phone": PH(g)},
            "budget": {"total": Num(str(g.r.randint(10000, 500000))), "payTo": L("IBAN", ival, sub=isub)},
            "submitted": N(g, "NEG_DATE"), "program": N(g, "NEG_TITLECASE")}


JSON = [js_vet, js_rental, js_mongo, js_firestore, js_soql, js_iam, js_pwmgr, js_crm_dedupe, js_crash, js_clinical, js_badges, js_bank,
        js_helm, js_tool_call, js_grant]


def make_json(g, target=None):
    if target:
        items, tmpl = [], "json4k.mixed"
        doc = Doc()
        while True:
            fn = g.r.choice(JSON + ([js_ru_kyc] if g.lang == "ru" else []))
            items.append(fn(g))
            doc = Doc()
            ser({"results": items, "page": Num(str(g.r.randint(1, 40)))}, doc, None, 0)
            if len(doc.text()) >= target:
                return doc, tmpl
    fns = JSON + ([js_ru_kyc] if g.lang == "ru" else [])
    fn = g.r.choice(fns)
    doc = Doc()
    ser(fn(g), doc, g.r.choice([None, 2, 4]), 0)
    return doc, "json." + fn.__name__[3:]


def make_text4k(g):
    d = Doc()
    d.t("# " + g.fk.sentence().rstrip(".") + "\n\n")
    while len(d.text()) < 3800:
        k = g.r.random()
        if k < 0.45:
            fn = g.r.choice(CHAT)
            fn(g, d)
            d.t("\n\n")
        elif k < 0.65:
            d.extend(neg_sentence(g))
            d.t("\n\n")
        else:
            d.t(g.fk.paragraph(nb_sentences=4) + "\n\n")
    return d, "text4k.report"


# ------------------------------------------------------------------------------------------------
# obfuscations
# ------------------------------------------------------------------------------------------------
FW = {c: chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_letters + "@.-:+"}


def ob_zero_width(g, v):
    out = []
    for i, ch in enumerate(v):
        out.append(ch)
        if i < len(v) - 1 and g.r.random() < 0.35:
            out.append(g.r.choice(ZW))
    return "".join(out)


def ob_homoglyph(g, v):
    rev = dict((b, a) for a, b in HOMO.items())
    out = "".join(HOMO[ch] if ch in HOMO and g.r.random() < 0.6 else (rev[ch] if ch in rev and g.r.random() < 0.6 else ch) for ch in v)
    if out == v:
        out = ob_zero_width(g, v)
    return out


def ob_fullwidth(g, v):
    return "".join(FW.get(ch, ch) for ch in v)


def ob_spaced(g, v):
    return " ".join(ch for ch in v if ch != " ")


def ob_spelled(g, v):
    words = SPELL[g.lang]
    dash = {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "тире"}[g.lang]
    out = []
    for ch in v:
        if ch.isdigit():
            out.append(words[int(ch)])
        elif ch == "-":
            out.append(dash)
        elif ch == "+":
            out.append({"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}[g.lang])
    return " ".join(out)


def ob_words(g, v):
    at = g.r.choice([" at ", " [at] ", " (at) ", " AT "])
    dot = g.r.choice([" dot ", " [dot] ", " (dot) ", " DOT "])
    user, dom = v.split("@")
    return user.replace(".", dot) + at + dom.replace(".", dot)


def ob_dotted(g, v):
    return re.sub(r"[ \-]", ".", v)


def ob_defang(g, v):
    return v.replace(".", g.r.choice(["[.]", "(.)", "{.}"]))


OBF_KINDS = ["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang"]


def make_obf(g):
    d = Doc()
    lang = g.lang
    kind = g.r.choice(OBF_KINDS)
    intro = {"en": "Heads-up from the support chat: ", "de": "Hinweis aus dem Support-Chat: ", "fr": "Signalé dans le chat support : ",
             "ru": "Из чата поддержки: "}[lang]
    d.t(intro)
    obf_clause(g, d, kind)
    if g.r.random() < 0.6:
        d.t({"en": "; also ", "de": "; außerdem ", "fr": " ; et aussi ", "ru": "; также "}[lang])
        obf_clause(g, d, g.r.choice([k for k in OBF_KINDS if k != kind]))
    d.t(". ")
    if g.r.random() < 0.5:
        d.extend(neg_sentence(g))
    return d, "obf." + kind


def obf_clause(g, d, kind):
    lang = g.lang
    if kind == "words":
        v = g.email()
        d.t({"en": "she typed her address as ", "de": "sie schrieb ihre Adresse als ", "fr": "elle a écrit son adresse ainsi : ",
             "ru": "адрес записан как "}[lang]).e("EMAIL", ob_words(g, v), obf=kind)
    elif kind == "defang":
        v = g.ipv4()
        d.t({"en": "the suspicious login came from ", "de": "der verdächtige Login kam von ", "fr": "la connexion suspecte venait de ",
             "ru": "подозрительный вход был с "}[lang]).e("IPV4", ob_defang(g, v), obf=kind)
    elif kind == "dotted":
        if g.r.random() < 0.5:
            sub, v = g.ssn()
            if sub != "dashed":
                v = v.replace(" ", "-") if sub == "spaced" else v[:3] + "-" + v[3:5] + "-" + v[5:]
            d.t({"en": "social security no. ", "de": "Sozialversicherungsnr. (US) ", "fr": "n° de sécu américain ",
                 "ru": "номер SSN "}[lang]).e("US_SSN", ob_dotted(g, v), sub="dashed", obf=kind)
        else:
            sub, v = g.card(" ")
            d.t({"en": "card ", "de": "Karte ", "fr": "carte ", "ru": "карта "}[lang]).e("CREDIT_CARD", ob_dotted(g, v), sub=sub, obf=kind)
    elif kind == "spelled":
        if lang == "ru" and g.r.random() < 0.5:
            sub, v = g.snils()
            d.t("СНИЛС продиктовали так: ").e("RU_SNILS", ob_spelled(g, v), sub=sub, obf=kind)
        else:
            v = g.phone()
            d.t({"en": "call back on ", "de": "Rückruf unter ", "fr": "rappeler au ", "ru": "перезвонить по номеру "}[lang])
            d.e("PHONE", ob_spelled(g, v), sub=g.loc, obf=kind)
    else:
        fn = {"zero_width": ob_zero_width, "homoglyph": ob_homoglyph, "fullwidth": ob_fullwidth, "spaced": ob_spaced}[kind]
        choices = ["PHONE", "CARD", "IBAN", "EMAIL", "KEY", "PERSON", "IP"]
        if kind in ("fullwidth", "spaced"):
            choices = ["PHONE", "CARD", "IBAN", "SSN", "IP"] + (["INN", "SNILS", "PASS"] if lang == "ru" else [])
        if kind == "homoglyph":
            choices = ["EMAIL", "KEY", "PERSON"]
        if kind == "zero_width" and lang == "ru":
            choices += ["INN", "SNILS"]
        c = g.r.choice(choices)
        cue = {"PHONE": ("number ", "Nummer ", "numéro ", "номер "), "CARD": ("card ", "Karte ", "carte ", "карта "),
               "IBAN": ("IBAN ", "IBAN ", "IBAN ", "IBAN "), "EMAIL": ("email ", "E-Mail ", "courriel ", "почта "),
               "KEY": ("token ", "Token ", "jeton ", "токен "), "PERSON": ("customer ", "Kundin ", "cliente ", "клиент "),
               "IP": ("source ", "Quelle ", "source ", "источник "), "SSN": ("SSN ", "SSN ", "SSN ", "SSN "),
               "INN": ("INN ", "INN ", "INN ", "ИНН "), "SNILS": ("SNILS ", "SNILS ", "SNILS ", "СНИЛС "),
               "PASS": ("passport ", "Pass ", "passeport ", "паспорт ")}[c][["en", "de", "fr", "ru"].index(lang)]
        d.t(cue)
        if c == "PHONE":
            d.e("PHONE", fn(g, g.phone()), sub=g.loc, obf=kind)
        elif c == "CARD":
            sub, v = g.card()
            d.e("CREDIT_CARD", fn(g, v), sub=sub, obf=kind)
        elif c == "IBAN":
            sub, v = g.iban()
            d.e("IBAN", fn(g, v), sub=sub, obf=kind)
        elif c == "EMAIL":
            d.e("EMAIL", fn(g, g.email()), obf=kind)
        elif c == "KEY":
            sub, v = g.secret(g.r.choice(["github_pat_classic", "stripe", "slack", "aws_access_key_id", "gitlab"]))
            d.e("API_KEY", fn(g, v), sub=sub, obf=kind)
        elif c == "PERSON":
            d.e("PERSON", fn(g, g.person()), sub=lang, obf=kind)
        elif c == "IP":
            d.e("IPV4", fn(g, g.ipv4()), obf=kind)
        elif c == "SSN":
            sub, v = g.ssn()
            d.e("US_SSN", fn(g, v), sub=sub, obf=kind)
        elif c == "INN":
            sub, v = g.inn()
            d.e("RU_INN", fn(g, v), sub=sub, obf=kind)
        elif c == "SNILS":
            sub, v = g.snils()
            d.e("RU_SNILS", fn(g, v), sub=sub, obf=kind)
        else:
            sub, v = g.rupass()
            d.e("RU_PASSPORT", fn(g, v), sub=sub, obf=kind)


# ------------------------------------------------------------------------------------------------
def chunks_of(g, text):
    out, i = [], 0
    while i < len(text):
        n = g.r.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def check(doc):
    t = doc["text"]
    spans = []
    for e in doc["entities"]:
        assert t[e["start"]:e["end"]] == e["value"], (doc["id"], e)
        assert e["value"].strip() == e["value"] and e["value"], (doc["id"], e)
        if "core" in e:
            assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"]
        spans.append((e["start"], e["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b)
    for n in doc["negatives"]:
        assert t[n["start"]:n["end"]] == n["value"], (doc["id"], n)
        for s, e in spans:
            assert n["end"] <= s or n["start"] >= e, (doc["id"], n)
    for s, e in doc["ignore"]:
        assert 0 <= s < e <= len(t)
    if doc["format"] == "json":
        json.loads(t)
    if doc["shape"] == "stream":
        assert "".join(doc["chunks"]) == t
        assert all(1 <= len(c) <= 16 for c in doc["chunks"])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1212)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    Faker.seed(a.seed)
    docs = []
    for shape, count in COMPOSITION:
        for i in range(count):
            loc = LOCALES[(i + rng.randint(0, 4)) % 5]
            g = Gen(random.Random(rng.getrandbits(64)), loc)
            base = None
            if shape == "chat":
                d, tmpl = make_chat(g)
            elif shape == "json":
                d, tmpl = make_json(g)
            elif shape == "json4k":
                d, tmpl = make_json(g, target=4000)
            elif shape == "text4k":
                d, tmpl = make_text4k(g)
            elif shape == "obfuscated":
                d, tmpl = make_obf(g)
            else:
                base = "json" if g.r.random() < 0.4 else "chat"
                d, tmpl = make_json(g) if base == "json" else make_chat(g)
            text, ents, negs, ign = finish(d)
            fmt = "json" if (shape in ("json", "json4k") or base == "json") else "text"
            doc = {"id": "probe_j-%d-%s-%04d" % (a.seed, shape, i), "split": "probe_j", "shape": shape}
            if base:
                doc["base_shape"] = base
            doc.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": tmpl, "holdout_only_template": True, "text": text})
            if base:
                doc["chunks"] = chunks_of(g, text)
            doc.update({"entities": ents, "negatives": negs, "ignore": ign})
            check(doc)
            docs.append(doc)
    with open(a.out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d entities, %d negatives to %s" % (len(docs), sum(len(x["entities"]) for x in docs),
                                                             sum(len(x["negatives"]) for x in docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
