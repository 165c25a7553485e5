#!/usr/bin/env python3
"""make_probe_i.py - held-out probe corpus "I" for the PII redaction engine.

Written independently: the author did not read the engine, its docs/tests, or the earlier
probe generators.  Only the benchmark schema (README.md / score.py) and a handful of dev
documents were looked at, to learn the document format.  All sentence templates and JSON
shapes here are new (travel, banking, payroll, tenancy, school, police, telecom, logistics,
dating, healthcare, legal, tax, developer configs, chat exports, webhooks, SCIM, audit
trails, SQL results, LLM tool calls).

Values come from Faker (per locale) and from format knowledge with valid checksums
(Luhn cards, mod-97 IBANs, SSN rules, RU INN/SNILS, NHS numbers).  Deterministic per --seed.

    PYTHONPATH=/tmp/faker-site python make_probe_i.py --out /tmp/probe_i.jsonl [--seed 9090]
"""
import argparse
import base64
import datetime
import ipaddress
import json
import random
import re
import string
import sys
import uuid

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HG = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443",
      "i": "\u0456", "A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d",
      "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
HG_REV = dict((v, k) for k, v in HG.items())
DIGW = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier f\u00fcnf sechs sieben acht neun".split(),
    "fr": "z\u00e9ro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре "
          "пять шесть семь восемь "
          "\u0434\u0435\u0432\u044f\u0442\u044c".split(),
}
SYMW = {"en": {"-": "dash", "+": "plus", ".": "point"}, "de": {"-": "Strich", "+": "plus", ".": "Punkt"},
        "fr": {"-": "tiret", "+": "plus", ".": "point"}, "ru": {"-": "тире", "+": "плюс",
                                                                 ".": "\u0442\u043e\u0447\u043a\u0430"}}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar M\u00e4rz April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier f\u00e9vrier mars avril mai juin juillet ao\u00fbt septembre octobre novembre d\u00e9cembre".split(),
    "ru": ("января февраля марта "
           "\u0430\u043f\u0440\u0435\u043b\u044f \u043c\u0430\u044f \u0438\u044e\u043d\u044f \u0438\u044e\u043b\u044f "
           "\u0430\u0432\u0433\u0443\u0441\u0442\u0430 \u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f "
           "октября ноября декабря").split(),
}
DOMAINS = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "proton.me", "northwind-travel.com"],
    "en_GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "nhs.net", "harbourlets.co.uk"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "stadtwerke-kiel.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "mutuelle-bleue.fr"],
    "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "inbox.ru", "gmail.com", "sberlogistika.ru"],
}
TITLES = {
    "en": ["Lost Property Office", "Quarterly Business Review", "Baggage Services Desk", "Annual Leave Policy",
           "Student Finance Portal", "Fraud Prevention Team", "Terms Of Carriage", "Discharge Planning Unit",
           "Premium Economy Lounge", "Tenant Deposit Scheme", "Incident Response Runbook", "Customer Success Playbook"],
    "de": ["Zentrale Notaufnahme", "Technischer Kundendienst", "Allgemeine Gesch\u00e4ftsbedingungen", "Bürgerservice Mitte",
           "Lohnsteuer Bescheinigung", "Service Center Nord", "Gepäck Ermittlung"],
    "fr": ["Service Client Premium", "Conditions G\u00e9n\u00e9rales de Vente", "Espace Client Particuliers",
           "Direction des Ressources Humaines", "Bureau des Objets Trouv\u00e9s", "Pôle Emploi Services"],
    "ru": ["\u041b\u0438\u0447\u043d\u044b\u0439 \u041a\u0430\u0431\u0438\u043d\u0435\u0442",
           "\u0421\u043b\u0443\u0436\u0431\u0430 \u041f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438",
           "\u041e\u0442\u0434\u0435\u043b \u041a\u0430\u0434\u0440\u043e\u0432",
           "Срочный Вклад Премиум"],
}
PKGS = ["lodash", "react-dom", "@angular/core", "express", "@types/node", "left-pad", "axios", "@babel/preset-env",
        "webpack-cli", "@nestjs/common", "zod", "vite"]
IBAN_FMT = {"DE": "8n10n", "FR": "5n5n11n2n", "GB": "4a6n8n", "ES": "4n4n2n10n", "IT": "1a5n5n12n", "NL": "4a10n",
            "BE": "3n7n2n", "CH": "5n12n", "AT": "5n11n", "PL": "8n16n"}
IBAN_BY_LOC = {"en_US": ["GB", "NL", "DE"], "en_GB": ["GB", "GB", "IT"], "de_DE": ["DE", "DE", "AT", "CH"],
               "fr_FR": ["FR", "FR", "BE", "ES"], "ru_RU": ["DE", "PL", "CH"]}
B64 = string.ascii_letters + string.digits + "+/"
B64U = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


class L(object):
    """A labelled leaf: kind E (entity) / N (negative) / I (ignore)."""

    def __init__(self, kind, typ, val, sub=None, obf=None, num=False):
        self.kind, self.typ, self.val, self.sub, self.obf, self.num = kind, typ, val, sub, obf, num


class M(object):
    """A JSON string assembled from plain text and labelled leaves."""

    def __init__(self, parts):
        self.parts = parts


class D(object):
    """A JSON string that itself holds serialized JSON (double encoding)."""

    def __init__(self, obj):
        self.obj = obj


def flat(parts):
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            out.extend(flat(p))
        else:
            out.append(p)
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def escape_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, L):
            out.append(L(p.kind, p.typ, jesc(p.val), p.sub, p.obf))
        else:
            out.append(jesc(p))
    return out


def ser(obj, out, indent, seps, level=0):
    """Serialize obj into a list of parts (str / L)."""
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    nl0 = "" if indent is None else "\n" + " " * (indent * level)
    if isinstance(obj, dict):
        if not obj:
            out.append("{}")
            return
        out.append("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(seps[0])
            out.append(nl)
            out.append(json.dumps(k, ensure_ascii=False) + seps[1])
            ser(v, out, indent, seps, level + 1)
        out.append(nl0 + "}")
    elif isinstance(obj, list):
        if not obj:
            out.append("[]")
            return
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(seps[0])
            out.append(nl)
            ser(v, out, indent, seps, level + 1)
        out.append(nl0 + "]")
    elif isinstance(obj, L):
        if obj.num:
            out.append(L(obj.kind, obj.typ, obj.val, obj.sub, obj.obf))
        else:
            out.append('"')
            out.append(L(obj.kind, obj.typ, jesc(obj.val), obj.sub, obj.obf))
            out.append('"')
    elif isinstance(obj, M):
        out.append('"')
        out.extend(escape_parts(flat(obj.parts)))
        out.append('"')
    elif isinstance(obj, D):
        inner = []
        ser(obj.obj, inner, None, (",", ":"))
        out.append('"')
        out.extend(escape_parts(inner))
        out.append('"')
    else:
        out.append(json.dumps(obj, ensure_ascii=False))


def finish(parts):
    """parts -> text, entities, negatives, ignore (exact offsets)."""
    text, ents, negs, ign, pos = [], [], [], [], 0
    for p in flat(parts):
        if isinstance(p, L):
            s, e = pos, pos + len(p.val)
            if p.kind == "E":
                d = {"type": p.typ, "start": s, "end": e, "value": p.val}
                if p.sub:
                    d["sub"] = p.sub
                if p.obf:
                    d["obf"] = p.obf
                if p.sub and p.sub.startswith("pem"):
                    m1 = re.search(r"KEY-----(\\n|\n)", p.val)
                    m2 = p.val.rfind("-----END")
                    d["core"] = [s + m1.end(), s + m2]
                ents.append(d)
            elif p.kind == "N":
                negs.append({"type": p.typ, "start": s, "end": e, "value": p.val})
            else:
                ign.append([s, e])
            text.append(p.val)
            pos = e
        else:
            text.append(p)
            pos += len(p)
    return "".join(text), ents, negs, ign


# ------------------------------------------------------------------------------------------
# value generators
# ------------------------------------------------------------------------------------------
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


def iban_check(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(conv) % 97)


def inn10_ok(s):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return len(s) == 10 and sum(int(a) * b for a, b in zip(s, w)) % 11 % 10 == int(s[9])


class Ctx(object):
    def __init__(self, rng, fk, loc):
        self.r, self.f, self.loc, self.lang = rng, fk, loc, LANG[loc]

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for i in range(n))

    def chars(self, n, alphabet=ALNUM):
        return "".join(self.r.choice(alphabet) for i in range(n))

    # ---- PII -------------------------------------------------------------------------
    def name_raw(self):
        f, r = self.f, self.r
        if r.random() < 0.5:
            first, last = f.first_name_female(), f.last_name_female()
            mid = f.middle_name_female() if self.loc == "ru_RU" and r.random() < 0.3 else None
        else:
            first, last = f.first_name_male(), f.last_name_male()
            mid = f.middle_name_male() if self.loc == "ru_RU" and r.random() < 0.3 else None
        if self.loc == "ru_RU" and r.random() < 0.35:
            return " ".join(x for x in (last, first, mid) if x)
        if mid:
            return " ".join((first, mid, last))
        if self.lang == "en" and r.random() < 0.12:
            return "%s %s. %s" % (first, r.choice(string.ascii_uppercase), last)
        return first + " " + last

    def P(self):
        while True:
            v = self.name_raw()
            toks = v.split(" ")
            if all(t[:1].isupper() and re.match(r"^[^\W\d_]+([-'][^\W\d_]+)*\.?$", t) for t in toks) \
                    and not any(t in ("I", "II", "III", "IV", "MBA", "MdB", "MdL") or (t.endswith(".") and len(t) > 2) for t in toks):
                return L("E", "PERSON", v, self.lang)

    def user_part(self):
        r = self.r
        if r.random() < 0.5:
            u = self.f.user_name()
        else:
            n = self.f.first_name().lower() + r.choice([".", "_", ""]) + self.f.last_name().lower()
            if self.loc == "ru_RU":
                u = self.f.user_name()
            else:
                u = re.sub(r"[^a-z0-9._]", "", n.encode("ascii", "ignore").decode()) or self.f.user_name()
        if r.random() < 0.2:
            u += str(r.randint(1, 99))
        return u

    def email_raw(self):
        return self.user_part() + "@" + self.r.choice(DOMAINS[self.loc])

    def EM(self):
        return L("E", "EMAIL", self.email_raw())

    def phone_raw(self, e164=False):
        r, loc, dg = self.r, self.loc, self.digits
        if loc == "en_US":
            a = r.choice(["212", "312", "415", "617", "702", "808", "919", "971", "503", "720", "305", "646"])
            x = str(r.randint(201, 989))
            n = dg(4)
            if e164:
                return "+1" + a + x + n, "intl_US"
            fm = r.choice(["(%s) %s-%s", "+1 %s %s %s", "%s.%s.%s", "+1-%s-%s-%s", "1 (%s) %s-%s", "%s-%s-%s"])
            return fm % (a, x, n), ("intl_US" if fm.startswith("+") else "national_US")
        if loc == "en_GB":
            if e164:
                return "+447" + dg(9), "intl_GB"
            k = r.randint(0, 4)
            if k == 0:
                return "07%s %s" % (dg(3), dg(6)), "national_GB"
            if k == 1:
                return "+44 7%s %s" % (dg(3), dg(6)), "intl_GB"
            if k == 2:
                return "020 %s %s" % (r.randint(3000, 8999), dg(4)), "national_GB"
            if k == 3:
                return "+44 (0)161 %s %s" % (dg(3), dg(4)), "intl_GB"
            return "0117 %s %s" % (dg(3), dg(4)), "national_GB"
        if loc == "de_DE":
            if e164:
                return "+4915" + dg(9), "intl_DE"
            k = r.randint(0, 4)
            if k == 0:
                return "01%s %s" % (r.choice(["51", "52", "60", "70", "76"]), dg(8)), "national_DE"
            if k == 1:
                return "+49 1%s %s" % (r.choice(["51", "60", "72", "79"]), dg(7)), "intl_DE"
            if k == 2:
                return "030 %s" % dg(8), "national_DE"
            if k == 3:
                return "+49 (0)89 %s-%s" % (dg(3), dg(4)), "intl_DE"
            return "0221/%s" % dg(7), "national_DE"
        if loc == "fr_FR":
            pairs = " ".join(dg(2) for i in range(4))
            if e164:
                return "+336" + dg(8), "intl_FR"
            k = r.randint(0, 3)
            if k == 0:
                return "0%s %s" % (r.choice("67"), pairs), "national_FR"
            if k == 1:
                return "+33 %s %s" % (r.choice("1234567"), pairs), "intl_FR"
            if k == 2:
                return "0%s.%s" % (r.choice("12345"), pairs.replace(" ", ".")), "national_FR"
            return "+33 (0)%s %s" % (r.choice("1467"), pairs), "intl_FR"
        if e164:
            return "+79" + dg(9), "intl_RU"
        k = r.randint(0, 3)
        code = "9" + dg(2)
        if k == 0:
            return "+7 (%s) %s-%s-%s" % (code, dg(3), dg(2), dg(2)), "intl_RU"
        if k == 1:
            return "8 (%s) %s-%s-%s" % (r.choice(["495", "812", "343", "383"]), dg(3), dg(2), dg(2)), "national_RU"
        if k == 2:
            return "+7 %s %s %s %s" % (code, dg(3), dg(2), dg(2)), "intl_RU"
        return "8-%s-%s-%s-%s" % (code, dg(3), dg(2), dg(2)), "national_RU"

    def PH(self, e164=False):
        v, sub = self.phone_raw(e164)
        return L("E", "PHONE", v, sub)

    def ssn_raw(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def SSN(self):
        v = self.ssn_raw()
        if self.r.random() < 0.15:
            return L("E", "US_SSN", v.replace("-", " "), "spaced")
        return L("E", "US_SSN", v, "dashed")

    def card_raw(self):
        r = self.r
        kind = r.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "mir", "jcb"])
        pre = {"visa": "4", "mastercard": r.choice(["51", "53", "55", "2221", "2720"]), "amex": r.choice(["34", "37"]),
               "discover": "6011", "mir": "220" + str(r.randint(0, 4)), "jcb": "35" + str(r.randint(28, 89))}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + self.digits(n - 1 - len(pre))
        num = body + luhn_digit(body)
        if kind == "amex":
            sep = r.choice([" ", "-", ""])
            return sep.join((num[:4], num[4:10], num[10:])), kind
        sep = r.choice([" ", " ", "-", ""])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4)), kind

    def CARD(self):
        v, sub = self.card_raw()
        return L("E", "CREDIT_CARD", v, sub)

    def iban_raw(self):
        r = self.r
        cc = r.choice(IBAN_BY_LOC[self.loc])
        bban = ""
        for n, t in re.findall(r"(\d+)([an])", IBAN_FMT[cc]):
            bban += self.chars(int(n), string.ascii_uppercase if t == "a" else string.digits)
        iban = cc + iban_check(cc, bban) + bban
        if r.random() < 0.6:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), cc + "_grouped"
        return iban, cc + "_compact"

    def IBAN(self):
        v, sub = self.iban_raw()
        return L("E", "IBAN", v, sub)

    def ip4_raw(self):
        r = self.r
        while True:
            a = r.choice([r.randint(11, 99), r.randint(101, 171), r.randint(173, 191), r.randint(193, 223)])
            if a not in (127,):
                break
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))

    def IP4(self):
        return L("E", "IPV4", self.ip4_raw())

    def IP6(self):
        r = self.r
        groups = [r.choice(["2a02", "2001", "2607", "2a01", "2c0f", "2804"]), "%x" % r.randint(0x100, 0xffff)]
        for i in range(6):
            groups.append("0" if r.random() < 0.3 else "%x" % r.randint(1, 0xffff))
        a = ipaddress.IPv6Address(":".join(groups))
        return L("E", "IPV6", a.compressed if r.random() < 0.6 else a.exploded)

    def date_fmt(self, d, style=None):
        r, lg = self.r, self.lang
        mo = MONTHS[lg][d.month - 1]
        if style is None:
            style = r.randint(0, 2)
        if lg == "en":
            us = self.loc == "en_US"
            if style == 0:
                return ("%s %d, %d" % (mo, d.day, d.year)) if us else ("%d %s %d" % (d.day, mo, d.year))
            if style == 1:
                return d.strftime("%m/%d/%Y") if us else d.strftime("%d/%m/%Y")
            return d.isoformat()
        if lg == "de":
            return ["%d. %s %d" % (d.day, mo, d.year), d.strftime("%d.%m.%Y"), d.isoformat()][style]
        if lg == "fr":
            return ["%d %s %d" % (d.day, mo, d.year), d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%Y")][style]
        return ["%d %s %d" % (d.day, mo, d.year), d.strftime("%d.%m.%Y"), d.isoformat()][style]

    def rand_date(self, y0, y1):
        a = datetime.date(y0, 1, 1).toordinal()
        b = datetime.date(y1, 12, 31).toordinal()
        return datetime.date.fromordinal(self.r.randint(a, b))

    def DOB(self, style=None):
        return L("E", "DATE_OF_BIRTH", self.date_fmt(self.rand_date(1938, 2007), style))

    def street_raw(self):
        s = self.f.street_address().replace("\n", ", ")
        return s

    def city_raw(self):
        f, loc = self.f, self.loc
        if loc == "en_US":
            return "%s, %s %s" % (f.city(), f.state_abbr(), f.zipcode())
        if loc == "en_GB":
            return "%s %s" % (f.city(), f.postcode())
        if loc == "ru_RU":
            return "%s, %s" % (f.city_name(), f.postcode())
        return "%s %s" % (f.postcode(), f.city())

    def STREET(self):
        return L("E", "STREET_ADDRESS", self.street_raw(), self.lang)

    def ADDR(self):
        """street (entity) + city/postcode (ignore)."""
        if self.loc == "ru_RU" and self.r.random() < 0.5:
            return [L("I", None, "\u0433. " + self.f.city_name()), ", ", self.STREET()]
        return [self.STREET(), ", ", L("I", None, self.city_raw())]

    def mrn_raw(self):
        r, dg, loc = self.r, self.digits, self.loc
        if loc == "en_GB" and r.random() < 0.5:
            while True:
                b = dg(9)
                c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
                c = 0 if c == 11 else c
                if c != 10:
                    return "%s %s %s%d" % (b[:3], b[3:6], b[6:], c), "nhs"
        k = r.randint(0, 5)
        if loc in ("en_US", "en_GB"):
            return [("MR-" + dg(7), "prefixed"), ("E" + dg(7), "prefixed"), ("00" + dg(6), "numeric"),
                    ("%s-%s-%s" % (dg(2), dg(2), dg(4)), "dashed"), ("RXH" + dg(6), "prefixed"), (dg(9), "numeric")][k]
        if loc == "de_DE":
            return [("PID-" + dg(8), "prefixed"), (dg(10), "numeric"), ("KH" + dg(7), "prefixed"),
                    ("P%s/%s" % (dg(6), dg(2)), "prefixed"), (dg(8), "numeric"), ("FN-" + dg(9), "prefixed")][k]
        if loc == "fr_FR":
            return [("IPP" + dg(9), "prefixed"), (dg(10), "numeric"), ("D%s-%s" % (dg(2), dg(6)), "prefixed"),
                    ("NIP " + dg(8), "prefixed"), (dg(8), "numeric"), ("PAT" + dg(7), "prefixed")][k]
        return [("%s/%s" % (dg(6), dg(2)), "slash"), (dg(7), "numeric"), ("\u041c\u041a-" + dg(6), "prefixed"),
                ("%s-%s" % (dg(3), dg(5)), "dashed"), (dg(8), "numeric"), ("\u0410\u041a" + dg(6), "prefixed")][k]

    def MRN(self):
        v, sub = self.mrn_raw()
        return L("E", "MEDICAL_RECORD_NUMBER", v, sub)

    def inn_raw(self, n12=None):
        r = self.r
        if n12 is None:
            n12 = r.random() < 0.5
        reg = "%02d" % r.choice([77, 78, 50, 66, 16, 54, 23, 63, 52, 74])
        if not n12:
            b = reg + self.digits(7)
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            return b + str(sum(int(a) * c for a, c in zip(b, w)) % 11 % 10)
        b = reg + self.digits(8)
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = str(sum(int(a) * c for a, c in zip(b, w1)) % 11 % 10)
        b += c1
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return b + str(sum(int(a) * c for a, c in zip(b, w2)) % 11 % 10)

    def INN(self, num=False):
        v = self.inn_raw(None if not num else True)
        return L("E", "RU_INN", v, "inn%d" % len(v), num=num)

    def snils_raw(self):
        while True:
            b = self.digits(9)
            if int(b) > 1001998:
                break
        s = sum(int(x) * (9 - i) for i, x in enumerate(b))
        if s < 100:
            c = s
        elif s in (100, 101):
            c = 0
        else:
            c = s % 101
            c = 0 if c == 100 else c
        cs = "%02d" % c
        k = self.r.randint(0, 3)
        if k == 3:
            return b + cs, "plain"
        return "%s-%s-%s %s" % (b[:3], b[3:6], b[6:], cs), "formatted"

    def SNILS(self):
        v, sub = self.snils_raw()
        return L("E", "RU_SNILS", v, sub)

    def passport_raw(self):
        r = self.r
        reg = r.choice(["45", "46", "40", "60", "92", "03", "65", "71"])
        yr = "%02d" % r.choice(list(range(0, 25)) + [97, 98, 99])
        num = self.digits(6)
        k = r.randint(0, 2)
        if k == 0:
            return "%s %s %s" % (reg, yr, num)
        if k == 1:
            return "%s%s %s" % (reg, yr, num)
        return "%s %s \u2116 %s" % (reg, yr, num)

    def PASSPORT(self):
        return L("E", "RU_PASSPORT", self.passport_raw(), "series_number")

    # ---- secrets ------------------------------------------------------------------------
    def pw_raw(self, url_safe=False):
        r = self.r
        k = r.randint(0, 3)
        sym = "!*_-.~" if url_safe else "!#$%^*_-+=&"
        if k == 0:
            w = r.choice(["Harbor", "Velvet", "Quokka", "Sunflower", "Granite", "Tundra", "Pepper", "Nimbus", "Falcon"])
            return w + r.choice(sym) + self.digits(r.randint(3, 5))
        if k == 1:
            return self.chars(r.randint(12, 20), ALNUM + sym)
        if k == 2:
            return "%s%s%s%s" % (r.choice(["bl", "tr", "kr", "sw"]), self.chars(6, string.ascii_lowercase),
                                 self.digits(2), r.choice(sym)) + self.chars(4, ALNUM)
        return self.chars(r.randint(16, 24), ALNUM)

    def PW(self, url_safe=False):
        return L("E", "API_KEY", self.pw_raw(url_safe), "password")

    def KEY(self, kind=None):
        r, ch = self.r, self.chars
        kinds = ["aws_id", "aws_secret", "ghp", "github_pat", "slack", "stripe", "google", "gitlab", "openai", "jwt",
                 "sendgrid", "npm", "pypi", "hf", "azure_secret", "telegram", "docker", "anthropic"]
        kind = kind or r.choice(kinds)
        if kind == "aws_id":
            v = r.choice(["AKIA", "AKIA", "ASIA"]) + ch(16, string.ascii_uppercase + "234567")
        elif kind == "aws_secret":
            v = ch(40, B64)
        elif kind == "ghp":
            v = r.choice(["ghp_", "gho_", "ghs_", "ghu_"]) + ch(36)
        elif kind == "github_pat":
            v = "github_pat_" + ch(22) + "_" + ch(59)
        elif kind == "slack":
            v = r.choice(["xoxb-", "xoxp-"]) + self.digits(12) + "-" + self.digits(13) + "-" + ch(24)
        elif kind == "stripe":
            v = r.choice(["sk_live_", "rk_live_", "sk_live_51"]) + ch(r.choice([24, 34, 99]))
        elif kind == "google":
            v = "AIza" + ch(35, ALNUM + "-_")
        elif kind == "gitlab":
            v = "glpat-" + ch(20, ALNUM + "-_")
        elif kind == "openai":
            v = r.choice(["sk-proj-", "sk-"]) + ch(r.choice([48, 56, 64]), ALNUM + "-_")
        elif kind == "jwt":
            hdr = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT","kid":"' + ch(8).encode() + b'"}').rstrip(b"=")
            pl = ('{"sub":"%s","iat":%d,"exp":%d,"scope":"read write"}' % (uuid.UUID(int=r.getrandbits(128)),
                  1700000000 + r.randint(0, 9 ** 8), 1760000000 + r.randint(0, 9 ** 7))).encode()
            pay = base64.urlsafe_b64encode(pl).rstrip(b"=")
            sig = ch(r.choice([43, 86, 342]), B64U)
            v = hdr.decode() + "." + pay.decode() + "." + sig
        elif kind == "sendgrid":
            v = "SG." + ch(22, ALNUM + "-_") + "." + ch(43, ALNUM + "-_")
        elif kind == "npm":
            v = "npm_" + ch(36)
        elif kind == "pypi":
            v = "pypi-AgEIcHlwaS5vcmc" + ch(r.randint(60, 120), B64U)
        elif kind == "hf":
            v = "hf_" + ch(34, string.ascii_letters)
        elif kind == "azure_secret":
            v = ch(3) + "8Q~" + ch(34, ALNUM + "~._-")
        elif kind == "telegram":
            v = str(r.randint(100000000, 7999999999)) + ":AA" + ch(33, ALNUM + "_-")
        elif kind == "docker":
            v = "dckr_pat_" + ch(27, ALNUM + "-_")
        elif kind == "azure_key":
            v = ch(86, B64) + "=="
        else:
            v = "sk-ant-api03-" + ch(93, ALNUM + "-_") + "AA"
        return L("E", "API_KEY", v, kind)

    def PEM(self, escaped_newlines=False):
        r = self.r
        kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        n = r.randint(4, 12)
        body = "\n".join(self.chars(64, B64) for i in range(n)) + "\n" + self.chars(r.randint(8, 60), B64) + "=="
        v = "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)
        sub = "pem_" + kind.lower().replace(" ", "_")
        return L("E", "API_KEY", v, sub)

    # ---- negatives ----------------------------------------------------------------------
    def nVER(self):
        r = self.r
        return L("N", "NEG_VERSION", "%d.%d.%d.%d" % (r.randint(1, 24), r.randint(0, 40), r.randint(0, 255), r.randint(0, 255)))

    def nORD(self, num=False):
        r, dg = self.r, self.digits
        if num:
            return L("N", "NEG_ORDER_ID", str(r.randint(10 ** 9, 10 ** 10 - 1)), num=True)
        k = r.randint(0, 5)
        v = ["ORD-%d-%s" % (r.randint(2021, 2026), dg(6)), "%s-%s-%s" % (dg(3), dg(7), dg(7)), "#" + dg(7),
             "INC" + dg(7), "%s-%s" % (self.chars(3, string.ascii_uppercase), dg(5)), "SR-" + dg(8)][k]
        return L("N", "NEG_ORDER_ID", v)

    def nTS(self, num=False):
        r = self.r
        t = 1640995200 + r.randint(0, 150000000)
        dt = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=t)
        if num:
            return L("N", "NEG_TIMESTAMP", str(t * (1000 if r.random() < 0.5 else 1)), num=True)
        k = r.randint(0, 4)
        v = [dt.strftime("%Y-%m-%dT%H:%M:%SZ"), dt.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % r.randint(0, 999), str(t),
             dt.strftime("%a, %d %b %Y %H:%M:%S +0000"), dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d+00:00" % r.randint(0, 999999)][k]
        return L("N", "NEG_TIMESTAMP", v)

    def nUUID(self):
        return L("N", "NEG_UUID", str(uuid.UUID(int=self.r.getrandbits(128), version=4)))

    def nHASH(self, n=None):
        return L("N", "NEG_HASH", self.chars(n or self.r.choice([7, 12, 32, 40, 64]), "0123456789abcdef"))

    def nDATE(self):
        return L("N", "NEG_DATE", self.date_fmt(self.rand_date(2019, 2026)))

    def nTITLE(self):
        return L("N", "NEG_TITLECASE", self.r.choice(TITLES[self.lang]))

    def nPKG(self):
        r = self.r
        return L("N", "NEG_EMAILLIKE", "%s@%d.%d.%d" % (r.choice(PKGS), r.randint(0, 20), r.randint(0, 30), r.randint(0, 40)))

    def nB64(self):
        r = self.r
        if r.random() < 0.5:
            return L("N", "NEG_B64", "iVBORw0KGgoAAAANSUhEUgAA" + self.chars(r.randint(30, 70), B64) + "=")
        return L("N", "NEG_B64", base64.b64encode(bytes(r.getrandbits(8) for i in range(r.randint(18, 45)))).decode())

    def nNUM(self, num=False):
        r = self.r
        if num:
            return L("N", "NEG_NUMBER", str(r.randint(1000, 99999999)), num=True)
        while True:
            v = str(r.randint(10 ** 5, 10 ** 10))
            if not inn10_ok(v):
                break
        if r.random() < 0.4:
            v = "{:,}".format(int(v))
        return L("N", "NEG_NUMBER", v)

    def nCARD(self):
        while True:
            n = self.r.choice("4563") + self.digits(15)
            if not luhn_ok(n):
                break
        return L("N", "NEG_CARDLIKE", " ".join(n[i:i + 4] for i in range(0, 16, 4)) if self.r.random() < 0.6 else n)

    def slot(self, key):
        k = key if key in ("b64", "ip4", "ip6") else key.rstrip("0123456789")
        fn = {
            "name": self.P, "email": self.EM, "phone": self.PH, "ssn": self.SSN, "card": self.CARD, "iban": self.IBAN,
            "ip4": self.IP4, "ip6": self.IP6, "dob": self.DOB, "addr": self.ADDR, "street": self.STREET, "mrn": self.MRN,
            "inn": self.INN, "snils": self.SNILS, "passport": self.PASSPORT, "pw": self.PW,
            "upw": lambda: self.PW(True), "pem": self.PEM, "key": self.KEY,
            "ver": self.nVER, "order": self.nORD, "ts": self.nTS, "uuid": self.nUUID, "hash": self.nHASH,
            "ndate": self.nDATE, "title": self.nTITLE, "pkg": self.nPKG, "b64": self.nB64, "num": self.nNUM,
            "cardlike": self.nCARD,
        }.get(k)
        if fn is not None:
            return fn()
        if k.startswith("k_"):
            return self.KEY(k[2:])
        raise KeyError(key)


def fill(tpl, c):
    parts, pos = [], 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        parts.append(tpl[pos:m.start()])
        parts.append(c.slot(m.group(1)))
        pos = m.end()
    parts.append(tpl[pos:])
    return flat(parts)


# ------------------------------------------------------------------------------------------
# sentence templates (new; written for this probe)
# ------------------------------------------------------------------------------------------
T_EN = [
    "Boarding pass issued for {name}; the airline will text gate changes to {phone}. Departure is on {ndate}.",
    "I've added a note to the reservation so the hotel can reach the guest on {phone}. The lead guest is {name}.",
    "According to the statement, the refund of 2,340.00 went to {iban} (account holder {name}), reference {order}.",
    "The tenancy agreement lists {name} as the tenant of {addr}; the deposit is protected until {ndate}.",
    "Student record updated: {name}, date of birth {dob}, guardian reachable on {phone}.",
    "Incident {order}: officers spoke with the complainant, {name}, who lives at {addr}.",
    "Thanks for your patience! I've reset the SIM on {phone}; the confirmation went to {email}.",
    "Your parcel is out for delivery to {addr}. The courier may ring {phone} if nobody answers the door.",
    "New match! {name} (29) likes hiking and terrible puns. Say hi at {email}.",
    "Discharge letter: {name}, born {dob}, hospital number {mrn}, discharged on {ndate} with oral antibiotics.",
    "Prescription for {name} (DOB {dob}). Record {mrn}. Dispense 28 tablets, one daily.",
    "In the claim filed on {ndate}, the claimant {name} gave her address as {addr}.",
    "Heads-up: {name} from payroll asked me to send the Q3 spreadsheet to {email} -- please don't reply-all.",
    "The suspicious sign-in came from {ip4}, not from the office, so I've locked {name}'s account for now.",
    "Geo lookup places {ip6} in Frankfurt; that session belonged to {email}.",
    "The customer read the card out as {card}, expiry 09/29. Name on the card: {name}.",
    "Hi {name}, your appointment is confirmed for {ndate}. To reschedule, call us on {phone}.",
    "Kind regards,\n{name}\nSenior Account Manager\nMobile: {phone}",
    "I had coffee with {name} yesterday; she has just moved to {addr}.",
    "Please forward the signed contract to {name} <{email}> before Friday.",
    "Emergency contact: {name} ({phone}), relationship: sister.",
    "Patient {name} - {mrn} - penicillin allergy recorded on {ndate}.",
    "Could you wire the balance to {iban}? The account is in my partner's name, {name}.",
    "Ticket escalated by {name}: the customer at {addr} has had no broadband since {ndate}.",
    "Payslip for March: employee {name}, net pay transferred to {iban} on {ndate}.",
    "You can reach our landlord, {name}, at {phone} or by email ({email}).",
    "Admissions confirmed that {name}, born on {dob}, has been offered a place for September.",
    "Witness statement taken from {name}, {dob}, of {addr}.",
    "The flight manifest shows {name} in seat 23A; the booking email is {email}.",
    "Card {card} was declined twice at the terminal, so the cashier asked {name} for another card.",
    "Ask {name} for the keys, she's on {phone} all weekend.",
    "Our records show the policyholder {name} was born {dob}.",
    "Forwarded message from {email}: \"Please update my billing address to {addr}. Thanks, {name}\"",
]
T_US = [
    "W-9 received from {name}, taxpayer identification number {ssn}, mailing address {addr}.",
    "Background check pending: applicant {name}, SSN {ssn}, DOB {dob}.",
    "We could not verify the applicant because the Social Security number {ssn} doesn't match the date of birth on file.",
    "Payroll onboarding: {name}, SSN {ssn}, direct deposit to card-linked account, start date {ndate}.",
]
T_US.extend([
    "Identity verification: SSN {ssn}, name {name}, phone {phone}.",
    "The lender pulled credit for {name} using SSN {ssn} and the home address {addr}.",
])
T_GB = [
    "GP referral for {name}, NHS number {mrn}, date of birth {dob}.",
    "The council tenancy at {addr} is registered to {name}; rent is paid by standing order.",
]
T_DE = [
    "Ihre Bordkarte f\u00fcr {name} ist fertig; Abflug am {ndate}. Eine Kopie ging an {email}.",
    "Die R\u00fcckerstattung wurde auf die IBAN {iban} \u00fcberwiesen, Kontoinhaber {name}.",
    "Laut Gehaltsabrechnung wohnt {name} in {addr}; Telefon {phone}.",
    "Mietvertrag: Mieterin {name}, geboren am {dob}, Wohnung in der {addr}.",
    "Sch\u00fclerakte: {name}, geb. {dob}, Erziehungsberechtigte erreichbar unter {phone}.",
    "Polizeibericht {order}: Der Zeuge {name} gab als Anschrift {addr} an.",
    "Entlassbrief f\u00fcr {name} (Patienten-Nr. {mrn}), geboren {dob}, Entlassung am {ndate}.",
    "Hallo {name}, Ihr Paket wird morgen an {addr} geliefert.",
    "Viele Gr\u00fc\u00dfe\n{name}\nTel. {phone}",
    "R\u00fcckfragen bitte an {name} unter {email} oder {phone}.",
    "Die Anmeldung kam von {ip4} \u2013 das war nicht {name}, der Zugang ist gesperrt.",
    "Die Karte {card} wurde gesperrt; Karteninhaber ist {name}.",
    "Ich habe gestern mit {name} telefoniert, sie zieht demn\u00e4chst in die {addr}.",
    "Rezept f\u00fcr {name}, geb. am {dob}, Versichertennummer bitte nachreichen.",
    "Bitte schicken Sie die Unterlagen an {email}, z. Hd. {name}.",
    "Ihr Vermieter {name} ist unter {phone} erreichbar.",
]
T_FR = [
    "Votre carte d'embarquement au nom de {name} est pr\u00eate ; d\u00e9part le {ndate}. Copie envoy\u00e9e \u00e0 {email}.",
    "Le remboursement a \u00e9t\u00e9 vir\u00e9 sur l'IBAN {iban}, titulaire {name}.",
    "Bulletin de paie : {name}, domicili\u00e9 au {addr}, t\u00e9l\u00e9phone {phone}.",
    "Bail sign\u00e9 par {name}, n\u00e9e le {dob}, pour le logement situ\u00e9 {addr}.",
    "Dossier scolaire : {name}, date de naissance {dob}, responsable l\u00e9gal joignable au {phone}.",
    "Proc\u00e8s-verbal {order} : le t\u00e9moin {name} d\u00e9clare demeurer {addr}.",
    "Compte rendu d'hospitalisation de {name} (dossier patient {mrn}), n\u00e9 le {dob}, sorti le {ndate}.",
    "Bonjour {name}, votre colis sera livr\u00e9 demain au {addr}.",
    "Cordialement,\n{name}\nT\u00e9l. : {phone}",
    "Pour toute question, contactez {name} \u00e0 l'adresse {email}.",
    "La connexion provenait de {ip4} ; ce n'\u00e9tait pas {name}, j'ai bloqu\u00e9 le compte.",
    "La carte {card} a \u00e9t\u00e9 fait opposition ; titulaire {name}.",
    "J'ai d\u00e9jeun\u00e9 avec {name} hier, elle habite d\u00e9sormais {addr}.",
    "Ordonnance pour {name}, n\u00e9(e) le {dob}, dossier {mrn}.",
    "Votre propri\u00e9taire, {name}, est joignable au {phone} ou par courriel : {email}.",
]
T_RU = [
    "Пассажир {name}, паспорт {passport}, вылет {ndate}.",
    "Для оформления сотрудника ({name}) нужны ИНН {inn} и СНИЛС {snils}.",
    "Арендатор по договору: {name}, адрес регистрации: {addr}.",
    "Выписка из истории болезни: {name}, дата рождения {dob}, медкарта № {mrn}.",
    "Здравствуйте, {name}! Курьер доставит заказ по адресу {addr} и позвонит на {phone}.",
    "Перевод на карту {card} выполнен, получатель {name}.",
    "Напишите мне на {email}, а копию отправьте получателю ({name}).",
    "С уважением,\n{name}\nтел. {phone}",
    "Протокол задержания: {name}, {dob} г.р., паспорт серии {passport}.",
    "Вход выполнен с IP {ip4}; владелец учётной записи \u2014 {name}.",
    "Звонила клиентка {name}, просила перезвонить на {phone}.",
    "Для налогового вычета укажите ИНН {inn}; заявитель {name}.",
    "Личное дело студента: {name}, {dob}, СНИЛС {snils}, первый курс.",
    "Пожалуйста, переведите деньги на IBAN {iban}, владелец счёта {name}.",
    "Анкета заёмщика: ФИО {name}, паспорт {passport}, ИНН {inn}, СНИЛС {snils}.",
    "Работодатель передал в ПФР СНИЛС {snils} и ИНН {inn} сотрудника.",
    "Получатель посылки: {name}, паспорт {passport}, телефон {phone}.",
]
T_DEV = [
    "Here's the .env I'm using locally:\n```\nSTRIPE_SECRET_KEY={k_stripe}\nDATABASE_URL=postgres://billing:{upw}@pg-main.prod:5432/billing\n"
    "SENTRY_RELEASE={hash}\n```",
    "```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pw}\n"
    "  api:\n    image: ghcr.io/acme/api:{ver}\n    environment:\n      OPENAI_API_KEY: {k_openai}\n```",
    "My terraform plan fails with 403:\n```hcl\nprovider \"aws\" {\n  region     = \"eu-west-1\"\n  access_key = \"{k_aws_id}\"\n"
    "  secret_key = \"{k_aws_secret}\"\n}\n```",
    "kubeconfig for the CI runner:\n```\nusers:\n- name: ci-bot\n  user:\n    token: {k_jwt}\n```",
    "Project .npmrc:\n```\n//registry.npmjs.org/:_authToken={k_npm}\n@acme:registry=https://npm.pkg.github.com\n"
    "//npm.pkg.github.com/:_authToken={k_ghp}\n```",
    "~/.pypirc:\n```\n[pypi]\n  username = __token__\n  password = {k_pypi}\n```",
    "Try it with curl: `curl -H 'Authorization: Bearer {k_openai}' https://api.example.dev/v1/models`",
    "Then point the remote at the token URL: `git remote set-url origin https://oauth2:{k_gitlab}@gitlab.com/acme/infra.git`",
    "AZURE_STORAGE_CONNECTION_STRING=\"DefaultEndpointsProtocol=https;AccountName=stlogsprod;AccountKey={k_azure_key};"
    "EndpointSuffix=core.windows.net\"",
    "In the Slack app settings copy the bot token ({k_slack}) into `SLACK_BOT_TOKEN`.",
    "const firebaseConfig = { apiKey: \"{k_google}\", authDomain: \"demo-app.firebaseapp.com\" };",
    "export SENDGRID_API_KEY={k_sendgrid}",
    "The deploy key is below, please store it in the vault and delete this message:\n{pem}",
    "Log in once with `huggingface-cli login --token {k_hf}` and the download works.",
    "bot = telebot.TeleBot(\"{k_telegram}\")",
    "REDIS_URL=redis://:{upw}@cache.internal:6379/0",
    "You can check the schema with `mysql -u root -p'{upw}' -h db.internal shop`.",
    "application.properties:\n```\nspring.datasource.username=svc_app\nspring.datasource.password={pw}\n```",
    "Why does my workflow fail? I set AWS_ACCESS_KEY_ID={k_aws_id} and AWS_SECRET_ACCESS_KEY={k_aws_secret} as repo secrets.",
    "echo {k_docker} | docker login -u acmebot --password-stdin",
    "Set `ANTHROPIC_API_KEY={k_anthropic}` in the shell before running the eval.",
    "`az login --service-principal -u 0b1c-app -p {k_azure_secret} --tenant acme.onmicrosoft.com`",
    "GH_TOKEN={k_github_pat} gh release create {ver}",
]
N_EN = [
    "The router reports firmware version {ver}; the {title} page lists the known issues.",
    "Order {order} was placed at {ts} and weighs {num} grams.",
    "Trace id {uuid}, commit {hash}.",
    "Run `npm install {pkg}` to pin the transitive dependency.",
    "Tracking number {cardlike} was scanned at the depot.",
    "The thumbnail payload starts with {b64}.",
    "The next review meeting is on {ndate}.",
    "Build {ver} shipped at {ts}; see {title} for details.",
    "Reference {order} refers to the claim registered on {ndate}.",
]
N_DE = ["Firmware-Version {ver} ist installiert; siehe {title}.", "Bestellung {order} vom {ts}, Gewicht {num} g.",
        "Sendungsnummer {cardlike}, Liefertermin {ndate}.", "Pr\u00fcfsumme {hash}, Vorgang {uuid}.",
        "Bitte `npm i {pkg}` ausf\u00fchren; Build {ver}."]
N_FR = ["Version du micrologiciel : {ver} ; voir {title}.", "Commande {order} pass\u00e9e le {ts}, poids {num} g.",
        "Num\u00e9ro de suivi {cardlike}, livraison pr\u00e9vue le {ndate}.", "Empreinte {hash}, requ\u00eate {uuid}.",
        "Installez `{pkg}` ; build {ver}."]
N_RU = ["Версия прошивки {ver}; см. раздел {title}.",
        "Заказ {order} оформлен {ts}, вес {num} г.",
        "Трек-номер {cardlike}, дата доставки {ndate}.",
        "Контрольная сумма {hash}, запрос {uuid}.",
        "\u0421\u0431\u043e\u0440\u043a\u0430 {ver}, \u043f\u0430\u043a\u0435\u0442 {pkg}."]
N_ALL = ["Integrity hash: {b64}", "Request {uuid} finished at {ts}.", "Installed {pkg} and {pkg2}."]


def pool(loc):
    lg = LANG[loc]
    base = {"en": T_EN, "de": T_DE, "fr": T_FR, "ru": T_RU}[lg]
    extra = T_US if loc == "en_US" else (T_GB if loc == "en_GB" else [])
    negs = {"en": N_EN, "de": N_DE, "fr": N_FR, "ru": N_RU}[lg] + N_ALL
    return base + extra, negs


def filler(c):
    while True:
        v = c.f.sentence(nb_words=c.r.randint(6, 14))
        if not re.search(r"\b(Herr|Frau|Herrn|Madame|Monsieur)\b", v):
            return v


def para(c):
    return " ".join(filler(c) for i in range(c.r.randint(2, 5)))


def chat_parts(c, n_pii=None):
    r = c.r
    tp, negs = pool(c.loc)
    n_pii = n_pii or r.randint(1, 3)
    segs, names = [], []
    if r.random() < 0.3:
        segs.append(filler(c))
    for i in range(n_pii):
        if r.random() < 0.2:
            t = r.choice(T_DEV)
            names.append("dev")
        else:
            t = r.choice(tp)
            names.append(tp.index(t))
        segs.append(fill(t, c))
    for i in range(r.randint(0, 2)):
        segs.insert(r.randint(0, len(segs)), fill(r.choice(negs), c))
    parts = []
    for i, s in enumerate(segs):
        if i:
            parts.append(r.choice([" ", "\n\n", "\n", " "]))
        parts.append(s)
    return flat(parts), "chat." + "+".join(str(x) for x in names)


# ------------------------------------------------------------------------------------------
# JSON shapes (new; written for this probe)
# ------------------------------------------------------------------------------------------
def j_boarding(c):
    return {"pnr": c.nORD(), "passenger": {"name": c.P(), "contact": {"email": c.EM(), "mobile": c.PH()}},
            "flight": {"carrier": "LX", "number": 1613, "date": c.nDATE(), "seat": "17C"}, "barcode": c.nB64(), "issued": c.nTS()}


def j_stripe(c):
    st = c.STREET()
    return {"id": "evt_" + c.chars(24), "type": "charge.succeeded", "created": c.nTS(num=True), "livemode": True,
            "data": {"object": {"amount": c.r.randint(500, 90000), "currency": "eur",
                                "billing_details": {"name": c.P(), "email": c.EM(), "phone": c.PH(),
                                                    "address": {"line1": st, "city": L("I", None, c.f.city()),
                                                                "postal_code": L("I", None, c.f.postcode())}},
                                "receipt_email": c.EM(), "metadata": {"order_ref": c.nORD(), "sdk": c.nPKG()}}}}


def j_twilio(c):
    return {"SmsStatus": "received", "From": c.PH(e164=True), "To": c.PH(e164=True), "NumSegments": "1",
            "Body": M(["Hi it's ", c.P(), ", new address for the delivery is ", c.ADDR(), ". Thx"]), "ApiVersion": "2010-04-01"}


def j_shopify(c):
    toks = c.P().val.split(" ")
    return {"id": c.nORD(num=True), "email": c.EM(), "created_at": c.nTS(),
            "customer": {"first_name": L("E", "PERSON", toks[0], c.lang), "last_name": L("E", "PERSON", toks[-1], c.lang),
                         "phone": c.PH()},
            "shipping_address": {"address1": c.STREET(), "zip": L("I", None, c.f.postcode()), "city": L("I", None, c.f.city())},
            "line_items": [{"title": c.nTITLE(), "quantity": 2, "sku": "SKU-" + c.digits(5)}],
            "note": M(["Gift for ", c.P(), " - please don't include the invoice"])}


def j_scim(c):
    return {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": c.nUUID(), "userName": c.EM(),
            "name": {"formatted": c.P()}, "active": True, "phoneNumbers": [{"value": c.PH(), "type": "work"}],
            "emails": [{"value": c.EM(), "primary": True}], "meta": {"created": c.nTS(), "resourceType": "User"}}


def j_jira(c):
    return {"key": "OPS-" + c.digits(4), "fields": {
        "summary": M(["Customer ", c.P(), " cannot log in from ", c.IP4()]),
        "reporter": {"displayName": c.P(), "emailAddress": c.EM()},
        "description": M(["Repro steps attached. The customer pasted their config, including ", c.KEY(), ", which we must rotate."]),
        "created": c.nTS(), "fixVersions": [{"name": c.nVER()}]}}


def j_github(c):
    return {"action": "created", "issue": {"number": c.r.randint(100, 9999), "title": M(["Deploy fails after upgrading to version ", c.nVER()])},
            "comment": {"body": M(["Repro config:\n```\nGITHUB_TOKEN=", c.KEY("ghp"), "\nNODE_ENV=production\n```\ncommit ", c.nHASH(40)]),
                        "created_at": c.nTS()}}


def j_slack(c):
    msgs = []
    for i in range(c.r.randint(2, 3)):
        p, t = chat_parts(c, 1)
        msgs.append({"type": "message", "ts": L("N", "NEG_TIMESTAMP", "%d.%06d" % (1700000000 + c.r.randint(0, 9 ** 8), c.r.randint(0, 999999))),
                     "user_profile": {"real_name": c.P()}, "text": M(p)})
    return msgs


def j_audit(c):
    ev = []
    for i in range(c.r.randint(2, 4)):
        ev.append({"actor": c.EM(), "action": c.r.choice(["user.password_reset", "login.success", "mfa.disabled", "export.csv"]),
                   "source_ip": c.IP4() if c.r.random() < 0.6 else c.IP6(), "at": c.nTS(), "request_id": c.nUUID()})
    return {"events": ev, "raw": D({"actor": c.EM(), "ip": c.IP4(), "ua": "Mozilla/5.0"})}


def j_sql(c):
    rows = []
    for i in range(c.r.randint(2, 3)):
        rows.append([c.nNUM(num=True), c.P(), c.DOB(2), c.IBAN()])
    return {"query": "SELECT id, full_name, birth_date, iban FROM customers LIMIT 3", "columns": ["id", "full_name", "birth_date", "iban"],
            "rows": rows, "elapsed_ms": 12.4}


def j_toolcall(c):
    args = {"patient_name": c.P(), "date_of_birth": c.DOB(2), "record_id": c.MRN(), "slot": c.nDATE()}
    return {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + c.chars(24), "type": "function",
                                                                     "function": {"name": "book_appointment", "arguments": D(args)}}]}


def j_payroll(c):
    emp = {"name": c.P(), "bank": {"iban": c.IBAN()}}
    if c.loc == "en_US":
        emp["ssn"] = c.SSN()
    if c.loc == "ru_RU":
        emp["inn"] = c.INN(num=True)
        emp["snils"] = c.SNILS()
    return {"period": "2025-%02d" % c.r.randint(1, 12), "employee": emp, "gross": 5230.5, "net": 3120.77, "paid_on": c.nDATE(),
            "run_id": c.nUUID()}


def j_tenancy(c):
    return {"agreement": c.nORD(), "landlord": {"name": c.P(), "phone": c.PH()},
            "tenant": {"name": c.P(), "born": c.DOB(), "email": c.EM()},
            "property": {"street": c.STREET(), "postcode": L("I", None, c.f.postcode())}, "start": c.nDATE(), "deposit_to": c.IBAN()}


def j_student(c):
    return {"student": {"full_name": c.P(), "date_of_birth": c.DOB(), "home_address": M(c.ADDR())},
            "courses": [{"code": "CS-101", "grade": 1.7}, {"code": "MA-204", "grade": 2.3}], "advisor": c.P(), "updated": c.nTS()}


def j_incident(c):
    return {"incident_no": c.nORD(), "reported_at": c.nTS(), "persons": [
        {"role": "witness", "name": c.P(), "phone": c.PH(), "dob": c.DOB()},
        {"role": "reporting_officer", "name": c.P()}],
        "narrative": M(["Caller stated she was followed from ", c.ADDR(), ". Callback ", c.PH(), "."])}


def j_telecom(c):
    return {"ticket": c.nORD(), "msisdn": c.PH(), "customer": {"name": c.P(), "email": c.EM()}, "cpe": {"wan_ipv6": c.IP6(),
            "wan_ipv4": c.IP4(), "firmware": c.nVER()}, "opened": c.nTS(num=True)}


def j_delivery(c):
    return {"tracking": c.nCARD(), "status": "out_for_delivery", "eta": c.nTS(),
            "recipient": {"name": c.P(), "address": M(c.ADDR()), "phone": c.PH()},
            "driver_note": M(["Leave with neighbour ", c.P(), " if nobody is home."])}


def j_dating(c):
    return {"display_name": c.P(), "age": c.r.randint(21, 55), "bio": M(["Coffee, dogs, bad puns. Text me on ", c.PH(), " :)"]),
            "verified_email": c.EM(), "last_seen_ip": c.IP4(), "photos": [c.nUUID(), c.nUUID()]}


def j_fhir(c):
    return {"resourceType": "Patient", "id": c.nUUID(), "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5", "value": c.MRN()}],
            "name": [{"text": c.P()}], "birthDate": c.DOB(2), "telecom": [{"system": "phone", "value": c.PH()}, {"system": "email", "value": c.EM()}],
            "address": [{"line": [c.STREET()], "postalCode": L("I", None, c.f.postcode())}]}


def j_rx(c):
    mrn = c.MRN()
    if mrn.sub == "numeric" and c.r.random() < 0.5:
        mrn.num = True
        mrn.val = mrn.val.lstrip("0") or "1"
    return {"rx_id": c.nORD(), "patient": {"name": c.P(), "mrn": mrn, "dob": c.DOB()}, "drug": "Metformin 500 mg",
            "prescriber": c.P(), "written": c.nDATE()}


def j_tax(c):
    if c.loc == "ru_RU":
        return {"форма": "3-НДФЛ", "ФИО": c.P(), "ИНН": c.INN(num=True),
                "СНИЛС": c.SNILS(), "паспорт": c.PASSPORT(), "год": 2024}
    rec = {"name": c.P(), "address": M(c.ADDR())}
    if c.loc == "en_US":
        rec["tin"] = c.SSN()
    return {"form": "1099-NEC" if c.loc == "en_US" else "annual-statement", "recipient": rec, "box1": 12850.0, "filed": c.nDATE()}


def j_deploy(c):
    return {"release": c.nVER(), "build_sha": c.nHASH(40), "terraform_vars": {"aws_access_key": c.KEY("aws_id"), "aws_secret_key": c.KEY("aws_secret")},
            "kube": {"token": c.KEY("jwt")}, "npm_token": c.KEY("npm"),
            "db": {"url": M(["postgresql://svc:", c.PW(True), "@db.prod:5432/main"])}, "tls_key": c.PEM()}


def j_bankbot(c):
    return {"intent": "card_block", "reply": M(["I've blocked the card ", c.CARD(), " for you, ", c.P(), ". A new one is on its way."]),
            "customer": {"id": c.nNUM(num=True), "segment": "retail"}, "session": {"ip": c.IP4(), "started": c.nTS()}}


def j_ldap(c):
    return {"dn": "ou=people,dc=corp,dc=example", "attributes": {"cn": c.P(), "mail": c.EM(), "telephoneNumber": c.PH(),
                                                                 "street": c.STREET(), "employeeNumber": c.nNUM(num=True)}}


def j_llmfunc(c):
    return {"name": "send_email", "arguments": {"to": c.EM(), "cc": [c.EM()], "subject": "Your visit on " + c.nDATE().val,
                                                   "body": M(["Dear ", c.P(), ",\nyour results are ready. Reference ", c.nORD(), "."])}}


JSHAPES = [j_boarding, j_stripe, j_twilio, j_shopify, j_scim, j_jira, j_github, j_slack, j_audit, j_sql, j_toolcall, j_payroll,
           j_tenancy, j_student, j_incident, j_telecom, j_delivery, j_dating, j_fhir, j_rx, j_tax, j_deploy, j_bankbot, j_ldap, j_llmfunc]


def json_parts(c, obj):
    r = c.r
    indent = r.choice([None, None, 2, 4])
    seps = (",", ":") if (indent is None and r.random() < 0.5) else ((",", ": ") if indent else (", ", ": "))
    out = []
    ser(obj, out, indent, seps)
    return out


# ------------------------------------------------------------------------------------------
# obfuscations
# ------------------------------------------------------------------------------------------
FW = dict((chr(i), chr(i + 0xFEE0)) for i in range(0x21, 0x7F))


def obf_value(c, kind, val, typ):
    r = c.r
    if kind == "zero_width":
        out = []
        for i, ch in enumerate(val):
            out.append(ch)
            if 0 < i < len(val) - 1 and r.random() < 0.35:
                out.append(r.choice(ZW))
        return "".join(out)
    if kind == "homoglyph":
        tab = HG_REV if re.search("[\u0400-\u04ff]", val) else HG
        out = "".join(tab[ch] if ch in tab and r.random() < 0.6 else ch for ch in val)
        return out if out != val else val[:0] + "".join(tab.get(ch, ch) for ch in val)
    if kind == "fullwidth":
        return "".join(FW.get(ch, ch) if (ch.isdigit() or r.random() < 0.9) else ch for ch in val)
    if kind == "spaced":
        return " ".join(ch for ch in val if ch != " ")
    if kind == "spelled":
        lg = c.lang if r.random() < 0.4 else "en"
        words = []
        for ch in val:
            if ch.isdigit():
                words.append(DIGW[lg][int(ch)])
            elif ch in SYMW[lg]:
                words.append(SYMW[lg][ch])
        return " ".join(words)
    if kind == "dotted":
        return re.sub(r"[ \-]", ".", val)
    if kind == "words":
        user, dom = val.split("@")
        lg = c.lang
        if lg == "fr" and r.random() < 0.5:
            at, dot = " arobase ", " point "
        elif lg == "ru" and r.random() < 0.5:
            at, dot = " \u0441\u043e\u0431\u0430\u043a\u0430 ", " \u0442\u043e\u0447\u043a\u0430 "
        else:
            at, dot = r.choice([(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT "), ("{at}", "{dot}")])
        return user + at + dom.replace(".", dot)
    if kind == "defang":
        if typ == "EMAIL":
            return val.replace("@", "[@]").replace(".", "[.]")
        return val.replace(".", r.choice(["[.]", "(.)", "[dot]"])) if "." in val else val.replace(":", "[:]")
    raise ValueError(kind)


OBF_KINDS = {
    "PERSON": ["zero_width", "homoglyph", "spaced"], "EMAIL": ["zero_width", "homoglyph", "fullwidth", "words", "defang"],
    "PHONE": ["zero_width", "fullwidth", "spaced", "spelled", "dotted"], "US_SSN": ["zero_width", "fullwidth", "spaced", "spelled", "dotted"],
    "CREDIT_CARD": ["zero_width", "fullwidth", "spaced", "dotted"], "IBAN": ["zero_width", "fullwidth", "spaced"],
    "IPV4": ["zero_width", "fullwidth", "defang"], "IPV6": ["defang", "zero_width"], "API_KEY": ["zero_width", "homoglyph", "spaced"],
    "RU_INN": ["zero_width", "fullwidth", "spaced", "spelled"], "RU_SNILS": ["zero_width", "fullwidth", "spaced", "dotted"],
    "RU_PASSPORT": ["zero_width", "fullwidth", "spaced"],
}
OBF_CUE = {
    "en": {"PERSON": ["the account holder is {x}", "signed, {x}"], "EMAIL": ["write to {x}", "my mail is {x}"],
           "PHONE": ["call me on {x}", "mobile: {x}"], "US_SSN": ["her social is {x}", "SSN {x}"],
           "CREDIT_CARD": ["card number {x}", "charge it to {x}"], "IBAN": ["pay into {x}", "IBAN {x}"],
           "IPV4": ["the attacker used {x}", "block {x}"], "IPV6": ["block {x}", "the beacon went to {x}"],
           "API_KEY": ["the token is {x}", "secret: {x}"]},
    "de": {"PERSON": ["Inhaber: {x}", "Gru\u00df, {x}"], "EMAIL": ["schreib an {x}", "Mail: {x}"], "PHONE": ["ruf mich an unter {x}", "Handy {x}"],
           "CREDIT_CARD": ["Kartennummer {x}"], "IBAN": ["\u00fcberweise an {x}"], "IPV4": ["gesperrt: {x}"], "IPV6": ["Quelle {x}"],
           "API_KEY": ["Token: {x}"]},
    "fr": {"PERSON": ["titulaire : {x}", "sign\u00e9 {x}"], "EMAIL": ["\u00e9crivez \u00e0 {x}", "mon mail : {x}"],
           "PHONE": ["appelle-moi au {x}", "portable : {x}"], "CREDIT_CARD": ["num\u00e9ro de carte {x}"], "IBAN": ["virement sur {x}"],
           "IPV4": ["adresse bloqu\u00e9e : {x}"], "IPV6": ["source {x}"], "API_KEY": ["jeton : {x}"]},
    "ru": {"PERSON": ["владелец: {x}", "подпись: {x}"],
           "EMAIL": ["пишите на {x}"], "PHONE": ["звоните {x}"],
           "CREDIT_CARD": ["номер карты {x}"], "IBAN": ["счёт {x}"],
           "IPV4": ["адрес {x}"], "IPV6": ["адрес {x}"], "API_KEY": ["токен: {x}"],
           "RU_INN": ["\u0418\u041d\u041d {x}"], "RU_SNILS": ["\u0421\u041d\u0418\u041b\u0421 {x}"],
           "RU_PASSPORT": ["\u043f\u0430\u0441\u043f\u043e\u0440\u0442 {x}"]},
}
OBF_WRAP = {
    "en": ["Reading it back slowly so the filter doesn't mangle it: {a}. And {b}.", "OK so {a}; also {b}.", "From my notes: {a}, {b}."],
    "de": ["Zum Mitschreiben: {a}. Au\u00dferdem {b}.", "Notiz: {a}; {b}."],
    "fr": ["Je r\u00e9p\u00e8te lentement : {a}. Et aussi {b}.", "Note : {a} ; {b}."],
    "ru": ["Повторяю медленно: {a}. И ещё {b}.",
           "\u0417\u0430\u043c\u0435\u0442\u043a\u0430: {a}; {b}."],
}


def obf_clause(c):
    r = c.r
    cues = OBF_CUE[c.lang]
    types = list(cues.keys())
    if c.loc == "en_US":
        types.append("US_SSN")
    kind = r.choice(["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang"])
    types = [t for t in types if kind in OBF_KINDS[t]]
    typ = r.choice(types)
    cue = r.choice(cues.get(typ) or OBF_CUE["en"][typ])
    leaf = {"PERSON": c.P, "EMAIL": c.EM, "PHONE": c.PH, "US_SSN": c.SSN, "CREDIT_CARD": c.CARD, "IBAN": c.IBAN, "IPV4": c.IP4,
            "IPV6": c.IP6, "API_KEY": c.KEY, "RU_INN": c.INN, "RU_SNILS": c.SNILS, "RU_PASSPORT": c.PASSPORT}[typ]()
    if typ == "API_KEY" and leaf.sub == "jwt" and kind != "zero_width":
        leaf = c.KEY("github_pat")
    leaf.val = obf_value(c, kind, leaf.val, typ)
    leaf.obf = kind
    a, b = cue.split("{x}")
    return [a, leaf, b]


def obf_parts(c):
    r = c.r
    wrap = r.choice(OBF_WRAP[c.lang])
    a, b = obf_clause(c), obf_clause(c)
    i, j = wrap.index("{a}"), wrap.index("{b}")
    parts = [wrap[:i], a, wrap[i + 3:j], b, wrap[j + 3:]]
    if r.random() < 0.4:
        parts += [" ", fill(r.choice(pool(c.loc)[1]), c)]
    return flat(parts)


# ------------------------------------------------------------------------------------------
# documents
# ------------------------------------------------------------------------------------------
def text4k_parts(c):
    r = c.r
    head = {"en": "# Case file summary", "de": "# Zusammenfassung der Akte", "fr": "# Synth\u00e8se du dossier",
            "ru": "# \u0421\u0432\u043e\u0434\u043a\u0430 \u043f\u043e \u0434\u0435\u043b\u0443"}[c.lang]
    parts = [head, "\n\n"]
    tp, negs = pool(c.loc)
    size = len(head)
    while size < 3900:
        k = r.random()
        if k < 0.35:
            seg = [para(c)]
        elif k < 0.75:
            seg = fill(r.choice(tp), c)
        elif k < 0.85:
            seg = fill(r.choice(T_DEV), c)
        else:
            seg = fill(r.choice(negs), c)
        parts.extend(seg)
        parts.append("\n\n")
        size += sum(len(x.val) if isinstance(x, L) else len(x) for x in seg) + 2
    return parts


def json4k_parts(c):
    r = c.r
    recs = []
    obj = {"export_id": c.nUUID(), "generated_at": c.nTS(), "records": recs}
    shapes = list(JSHAPES)
    while True:
        fn = r.choice(shapes)
        recs.append({"kind": fn.__name__[2:], "payload": fn(c)})
        parts = json_parts(c, obj)
        if len("".join(p.val if isinstance(p, L) else p for p in parts)) >= 3800:
            return parts


def chunks_of(rng, text):
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def check(doc):
    text = doc["text"]
    spans = []
    for e in doc["entities"]:
        assert text[e["start"]:e["end"]] == e["value"], e
        assert e["value"].strip() == e["value"] and e["value"], e
        spans.append((e["start"], e["end"]))
        if "core" in e:
            assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"]
    for n in doc["negatives"]:
        assert text[n["start"]:n["end"]] == n["value"], n
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (a, b)
    if doc["format"] == "json":
        json.loads(text)
    if doc["shape"] == "stream":
        assert "".join(doc["chunks"]) == text
        assert all(1 <= len(x) <= 16 for x in doc["chunks"])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=9090)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    fks = {}
    for i, loc in enumerate(LOCALES):
        fks[loc] = Faker(loc)
        fks[loc].seed_instance(a.seed * 10 + i)
    plan = [("chat", 180), ("json", 110), ("json4k", 30), ("text4k", 30), ("obfuscated", 70), ("stream", 60)]
    docs = []
    for shape, n in plan:
        for k in range(n):
            loc = rng.choice(LOCALES)
            c = Ctx(rng, fks[loc], loc)
            fmt, base = "text", None
            if shape == "chat":
                parts, tpl = chat_parts(c)
            elif shape == "json":
                fn = JSHAPES[k % len(JSHAPES)]
                parts, tpl, fmt = json_parts(c, fn(c)), "json." + fn.__name__[2:], "json"
            elif shape == "json4k":
                parts, tpl, fmt = json4k_parts(c), "json4k.export", "json"
            elif shape == "text4k":
                parts, tpl = text4k_parts(c), "text4k.casefile"
            elif shape == "obfuscated":
                parts, tpl = obf_parts(c), "obf.readback"
            else:
                base = "chat" if k % 2 == 0 else "json"
                if base == "chat":
                    parts, tpl = chat_parts(c, rng.randint(2, 4))
                else:
                    fn = rng.choice(JSHAPES)
                    parts, tpl, fmt = json_parts(c, fn(c)), "json." + fn.__name__[2:], "json"
            text, ents, negs, ign = finish(parts)
            doc = {"id": "probe_i-%d-%s-%04d" % (a.seed, shape, k), "split": "probe_i", "shape": shape, "format": fmt, "locale": loc,
                   "lang": LANG[loc], "template": tpl, "text": text, "entities": ents, "negatives": negs, "ignore": ign}
            if shape == "stream":
                doc["base_shape"] = base
                doc["chunks"] = chunks_of(rng, text)
            check(doc)
            docs.append(doc)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d entities, %d negatives to %s" % (len(docs), sum(len(d["entities"]) for d in docs),
                                                           sum(len(d["negatives"]) for d in docs), a.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
