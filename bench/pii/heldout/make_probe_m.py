#!/usr/bin/env python3
"""Probe M: independent held-out PII corpus (same schema as the dev split, new wording,
new JSON keys/nesting, new domains).  Deterministic per --seed.

    PYTHONPATH=/tmp/faker-site python3 make_probe_m.py --seed 1818 --out /tmp/probe_m.jsonl
"""
import argparse
import base64
import json
import random
import string
import sys

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOC_W = [33, 16, 17, 13, 21]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = string.ascii_letters + string.digits
UP = string.ascii_uppercase
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445",
        "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "K": "\u041a",
        "M": "\u041c", "B": "\u0412", "i": "\u0456"}
SPELL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


# ---------------------------------------------------------------- value generators
class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.fk = {}
        for i, l in enumerate(LOCALES):
            f = Faker(l)
            f.seed_instance(rnd.randrange(10 ** 9) + i)
            self.fk[l] = f

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    # -- people / places
    def person(self, loc):
        f = self.fk[loc]
        k = self.r.random()
        if loc == "ru_RU":
            if k < 0.3:
                return "%s %s. %s." % (f.last_name(), self.r.choice("АБВГДЕИКЛМНОПРСТ"),
                                       self.r.choice("АБВГДЕИКЛМНОПРСТ"))
            if k < 0.6:
                return "%s %s" % (f.first_name(), f.last_name())
            return f.name()
        if k < 0.15:
            return "%s, %s" % (f.last_name(), f.first_name())
        if k < 0.25:
            return "%s %s. %s" % (f.first_name(), self.r.choice(UP), f.last_name())
        return "%s %s" % (f.first_name(), f.last_name())

    def street(self, loc):
        return self.fk[loc].street_address().replace("\n", " ")

    def city(self, loc):
        f = self.fk[loc]
        return f.city(), f.postcode()

    def email(self, loc, name=None):
        f = self.fk[loc]
        dom = self.r.choice(["example.com", "example.org", "example.net", "mail.test", "posteo.de",
                             "laposte.net", "yandex.ru", "gmx.de", "fastmail.com", "corp.example.io"])
        u = f.user_name() if self.r.random() < 0.6 else (
            "%s.%s%d" % (self.chars(1, string.ascii_lowercase), f.last_name().lower(), self.r.randrange(10, 99)))
        u = "".join(ch for ch in u if ch.isascii() and (ch.isalnum() or ch in "._-"))
        if len(u) < 4:
            u = self.fk["en_US"].user_name()
        if not u or not u[0].isalnum():
            u = "u" + self.digits(4)
        return u + "@" + dom

    # -- phones
    def phone(self, loc):
        r, d = self.r, self.digits
        intl = r.random() < 0.5
        if loc == "en_US":
            a, b, c = str(r.randrange(201, 990)), str(r.randrange(200, 999)), d(4)
            if intl:
                return r.choice(["+1 %s-%s-%s", "+1 (%s) %s-%s", "+1.%s.%s.%s", "001 %s %s %s"]) % (a, b, c), "intl_US"
            return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (a, b, c), "national_US"
        if loc == "en_GB":
            m = "7" + d(3)
            n = d(6)
            if intl:
                return r.choice(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (m, n), "intl_GB"
            return ("0%s %s" % (m, n) if r.random() < 0.6 else "020 %s %s" % (d(4), d(4))), "national_GB"
        if loc == "de_DE":
            pre = r.choice(["151", "160", "176", "30", "89", "40", "221"])
            n = d(7 if len(pre) == 3 else 8)
            if intl:
                return r.choice(["+49 %s %s", "+49 (0)%s %s", "0049 %s %s", "+49%s%s"]) % (pre, n), "intl_DE"
            return r.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (pre, n), "national_DE"
        if loc == "fr_FR":
            p = [str(r.choice([1, 2, 3, 4, 5, 6, 7, 9]))] + [d(2) for _ in range(4)]
            if intl:
                return r.choice(["+33 %s %s %s %s %s", "0033 %s %s %s %s %s", "+33%s%s%s%s%s"]) % tuple(p), "intl_FR"
            sep = r.choice([" ", ".", ""])
            return "0" + p[0] + sep + sep.join(p[1:]), "national_FR"
        op = r.choice(["903", "916", "926", "985", "495", "812"])
        a, b, c = d(3), d(2), d(2)
        if intl:
            return r.choice(["+7 (%s) %s-%s-%s", "+7 %s %s %s %s", "+7%s%s%s%s"]) % (op, a, b, c), "intl_RU"
        return r.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8%s%s%s%s"]) % (op, a, b, c), "national_RU"

    # -- dates
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

    def date(self, loc, y0, y1, iso_bias=0.3):
        r = self.r
        y, m, dd = r.randrange(y0, y1), r.randrange(1, 13), r.randrange(1, 29)
        if r.random() < iso_bias:
            return "%04d-%02d-%02d" % (y, m, dd)
        lg = LANG[loc]
        k = r.random()
        if loc == "en_US":
            return ["%d/%d/%04d" % (m, dd, y), "%02d/%02d/%04d" % (m, dd, y),
                    "%s %d, %04d" % (self.MONTHS["en"][m - 1], dd, y)][int(k * 3)]
        if loc == "en_GB":
            return ["%02d/%02d/%04d" % (dd, m, y), "%d %s %04d" % (dd, self.MONTHS["en"][m - 1], y)][int(k * 2)]
        if lg == "de":
            return ["%02d.%02d.%04d" % (dd, m, y), "%d. %s %04d" % (dd, self.MONTHS["de"][m - 1], y)][int(k * 2)]
        if lg == "fr":
            return ["%02d/%02d/%04d" % (dd, m, y), "%d %s %04d" % (dd, self.MONTHS["fr"][m - 1], y)][int(k * 2)]
        return ["%02d.%02d.%04d" % (dd, m, y), "%d %s %04d" % (dd, self.MONTHS["ru"][m - 1], y)][int(k * 2)]

    def dob(self, loc):
        return self.date(loc, 1936, 2007)

    # -- numbers with checksums
    @staticmethod
    def luhn_ok(s):
        ds = [int(c) for c in s if c.isdigit()]
        tot = 0
        for i, v in enumerate(reversed(ds)):
            if i % 2:
                v *= 2
                if v > 9:
                    v -= 9
            tot += v
        return tot % 10 == 0

    def luhn_complete(self, body):
        for c in string.digits:
            if self.luhn_ok(body + c):
                return body + c

    def card(self):
        r = self.r
        brand = r.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "mir"])
        pre, n = {"visa": (r.choice(["4"]), 16), "mastercard": (str(r.choice([51, 52, 53, 54, 55, 2221, 2720])), 16),
                  "amex": (r.choice(["34", "37"]), 15), "discover": (r.choice(["6011", "65"]), 16),
                  "jcb": (str(r.randrange(3528, 3590)), 16), "mir": ("220" + str(r.randrange(0, 5)), 16)}[brand]
        num = self.luhn_complete(pre + self.digits(n - len(pre) - 1))
        g = r.random()
        if brand == "amex":
            if g < 0.5:
                return "%s %s %s" % (num[:4], num[4:10], num[10:]), brand
            return num, brand
        if g < 0.4:
            return " ".join(num[i:i + 4] for i in range(0, 16, 4)), brand
        if g < 0.6:
            return "-".join(num[i:i + 4] for i in range(0, 16, 4)), brand
        return num, brand

    def cardlike(self):
        while True:
            num = self.r.choice("123456789") + self.digits(15)
            if not self.luhn_ok(num):
                break
        g = self.r.random()
        if g < 0.4:
            return " ".join(num[i:i + 4] for i in range(0, 16, 4))
        if g < 0.7:
            return "-".join(num[i:i + 4] for i in range(0, 16, 4))
        return num

    IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10",
                 "BE": "n12", "AT": "n16", "CH": "n5c12", "PL": "n24"}

    @staticmethod
    def mod97(s):
        s = s.replace(" ", "")
        s = s[4:] + s[:4]
        return int("".join(str(int(c, 36)) for c in s)) % 97

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(list(self.IBAN_SPEC))
        spec = self.IBAN_SPEC[cc]
        bban = ""
        i = 0
        while i < len(spec):
            kind = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            n = int(spec[i + 1:j])
            bban += self.chars(n, {"n": string.digits, "a": UP, "c": UP + string.digits}[kind])
            i = j
        chk = 98 - self.mod97(cc + "00" + bban)
        ib = "%s%02d%s" % (cc, chk, bban)
        if r.random() < 0.5:
            return " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), cc + "_grouped"
        return ib, cc + "_compact"

    def ssn(self):
        r = self.r
        while True:
            a = r.randrange(1, 900)
            if a != 666:
                break
        a, g, s = "%03d" % a, "%02d" % r.randrange(1, 100), "%04d" % r.randrange(1, 10000)
        k = r.random()
        if k < 0.6:
            return "%s-%s-%s" % (a, g, s), "dashed"
        if k < 0.8:
            return a + g + s, "plain"
        return "%s %s %s" % (a, g, s), "spaced"

    def inn(self):
        d = [int(c) for c in str(self.r.randrange(1, 9)) + self.digits(8)]
        if self.r.random() < 0.5:
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
            return "".join(map(str, d)), "inn10"
        d.append(self.r.randrange(10))
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
        return "".join(map(str, d)), "inn12"

    def snils(self):
        while True:
            b = self.digits(9)
            if int(b) > 1001998:
                break
        s = sum(int(c) * (9 - i) for i, c in enumerate(b))
        if s < 100:
            cs = s
        elif s in (100, 101):
            cs = 0
        else:
            cs = s % 101
            if cs == 100:
                cs = 0
        k = self.r.random()
        if k < 0.5:
            return "%s-%s-%s %02d" % (b[:3], b[3:6], b[6:], cs), "formatted"
        if k < 0.75:
            return "%s-%s-%s-%02d" % (b[:3], b[3:6], b[6:], cs), "dashed"
        return "%s%02d" % (b, cs), "plain"

    def ru_passport(self):
        reg = "%02d" % self.r.choice([3, 18, 36, 40, 45, 46, 50, 52, 60, 65, 77, 78])
        yr = "%02d" % self.r.randrange(0, 25)
        num = self.digits(6)
        return self.r.choice([("%s %s %s" % (reg, yr, num), "spaced"), ("%s%s %s" % (reg, yr, num), "series_number"),
                              ("%s %s № %s" % (reg, yr, num), "numero"), (reg + yr + num, "plain")])

    def nhs(self):
        while True:
            b = self.digits(9)
            s = sum(int(c) * (10 - i) for i, c in enumerate(b))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                n = b + str(c)
                return (n if self.r.random() < 0.4 else "%s %s %s" % (n[:3], n[3:6], n[6:])), "nhs"

    def mrn(self, loc):
        k = self.r.random()
        if loc == "en_GB" and k < 0.6:
            return self.nhs()
        if k < 0.35:
            return self.digits(self.r.choice([7, 8, 9])), "numeric"
        if k < 0.7:
            return self.r.choice(["MRN", "MRN-", "PT", "H"]) + self.digits(self.r.choice([6, 7, 8])), "prefixed"
        return "%s%s-%s" % (self.chars(2, UP), self.digits(6), self.chars(2, UP + string.digits)), "alnum"

    def ipv4(self, private=False):
        r = self.r
        if private:
            return r.choice(["10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(1, 255)),
                             "192.168.%d.%d" % (r.randrange(256), r.randrange(1, 255))])
        return "%d.%d.%d.%d" % (r.randrange(11, 224), r.randrange(256), r.randrange(256), r.randrange(1, 255))

    def ipv6(self):
        hs = ["%x" % self.r.randrange(0, 65536) for _ in range(8)]
        if self.r.random() < 0.4:
            return "2001:db8:%s::%s" % (hs[2], hs[7])
        return ":".join(hs)

    # -- secrets
    def api_key(self):
        r = self.r
        k = r.choice(["aws", "aws", "github_pat_classic", "github_pat_fine", "github_other", "slack", "slack",
                      "stripe", "google_api", "gitlab", "openai_like", "jwt"])
        if k == "aws":
            return "AKIA" + self.chars(16, B32), "aws_access_key_id"
        if k == "github_pat_classic":
            return "ghp_" + self.chars(36), k
        if k == "github_pat_fine":
            return "github_pat_" + self.chars(22) + "_" + self.chars(59), k
        if k == "github_other":
            return r.choice(["gho_", "ghs_", "ghu_"]) + self.chars(36), k
        if k == "slack":
            return "%s-%s-%s-%s" % (r.choice(["xoxb", "xoxp", "xoxa"]), self.digits(12), self.digits(12),
                                    self.chars(24)), k
        if k == "stripe":
            return r.choice(["sk_live_", "rk_live_"]) + self.chars(24), k
        if k == "google_api":
            return "AIza" + self.chars(35, ALNUM + "_-"), k
        if k == "gitlab":
            return "glpat-" + self.chars(20, ALNUM + "_-"), k
        if k == "openai_like":
            return "sk-proj-" + self.chars(48, ALNUM + "_-"), k
        return self.jwt(), "jwt"

    def aws_secret(self):
        return self.chars(40, ALNUM + "/+"), "aws_secret_key"

    def jwt(self):
        def b64(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        h = b64({"alg": self.r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        p = b64({"sub": self.digits(8), "iat": 1700000000 + self.r.randrange(10 ** 7), "role": "member"})
        return "%s.%s.%s" % (h, p, self.chars(43, ALNUM + "_-"))

    def pem(self):
        kind = self.r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                              "ENCRYPTED PRIVATE KEY"])
        body = "\n".join(self.chars(64, ALNUM + "+/") for _ in range(self.r.randrange(3, 7))) + "\n" + \
            self.chars(self.r.randrange(8, 60), ALNUM + "+/") + "=="
        head = "-----BEGIN %s-----\n" % kind
        full = head + body + "\n-----END %s-----" % kind
        sub = "pem_" + kind.lower().replace(" ", "_")
        return full, sub, (len(head), len(head) + len(body))

    def password(self):
        r = self.r
        if r.random() < 0.5:
            return r.choice(["Harbor", "Tulip", "Quartz", "Nimbus", "Pepper", "Orbit", "Maple"]) + \
                self.digits(r.randrange(2, 5)) + r.choice("!$%&*#")
        return self.chars(r.randrange(12, 22), ALNUM + "!$%&*#-_")

    # -- negatives
    def uuid(self):
        h = self.chars(32, "0123456789abcdef")
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.r.choice("89ab"), h[17:20], h[20:32])

    def hexhash(self):
        return self.chars(self.r.choice([7, 12, 40, 64]), "0123456789abcdef")

    def timestamp(self):
        r = self.r
        y, mo, d, hh, mm, ss = (r.randrange(2019, 2027), r.randrange(1, 13), r.randrange(1, 29),
                                r.randrange(24), r.randrange(60), r.randrange(60))
        return r.choice(["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, hh, mm, ss),
                         "%04d-%02d-%02d %02d:%02d:%02d.%03d" % (y, mo, d, hh, mm, ss, r.randrange(1000)),
                         "%02d:%02d:%02d" % (hh, mm, ss), str(1600000000 + r.randrange(10 ** 8)),
                         str(1600000000000 + r.randrange(10 ** 11)),
                         "%04d-%02d-%02dT%02d:%02d:%02d+01:00" % (y, mo, d, hh, mm, ss)])

    def version(self):
        r = self.r
        return "%d.%d.%d.%d" % (r.randrange(1, 20), r.randrange(0, 30), r.randrange(0, 200), r.randrange(0, 99))

    def order_id(self):
        r = self.r
        return r.choice(["BK-%s" % self.digits(7), "VAL-%s-%s" % (r.randrange(2020, 2027), self.digits(5)),
                         "#%s" % self.digits(r.randrange(5, 9)), "RX%s" % self.digits(8),
                         "%s-%s-%s" % (self.digits(3), self.digits(7), self.digits(7)), "Q%s" % self.digits(9),
                         "CASE-%s" % self.chars(6, UP + string.digits)])

    def b64blob(self):
        raw = bytes(self.r.randrange(256) for _ in range(self.r.randrange(48, 120)))
        return base64.b64encode(raw).decode()

    def pkgver(self):
        r = self.r
        return "%s@%d.%d.%d" % (r.choice(["vite", "pydantic", "zod", "lodash", "axios", "prisma", "tailwindcss",
                                           "@nestjs/core", "next"]), r.randrange(1, 20), r.randrange(0, 20),
                                r.randrange(0, 30))

    def titlecase(self):
        return self.r.choice(["Quarterly Retention Review", "Northern Wing Gallery", "Blue Harbor Protocol",
                              "Silver Tier Upgrade", "Early Bird Pass", "Cold Chain Audit", "Green Tariff Plus",
                              "Night Shift Rota", "Golden Hour Package", "Second Opinion Pathway",
                              "Open Data Sprint", "Winter Service Check"])

    def number(self):
        r = self.r
        return r.choice(["0x%08X" % r.randrange(2 ** 32), "%d,%03d.%02d" % (r.randrange(1, 999), r.randrange(1000),
                                                                             r.randrange(100)),
                         str(r.randrange(10 ** 5, 10 ** 8)), "%d.%d%%" % (r.randrange(100), r.randrange(10))])


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.ents = []
        self.negs = []
        self.ign = []

    def t(self, s):
        self.parts.append(s)
        self.pos += len(s)
        return self

    def e(self, typ, value, sub=None, obf=None, core=None):
        ent = {"type": typ, "start": self.pos, "end": self.pos + len(value), "value": value}
        if sub:
            ent["sub"] = sub
        if obf:
            ent["obf"] = obf
        if core:
            ent["core"] = [self.pos + core[0], self.pos + core[1]]
        self.ents.append(ent)
        return self.t(value)

    def n(self, typ, value):
        self.negs.append({"type": typ, "start": self.pos, "end": self.pos + len(value), "value": value})
        return self.t(value)

    def i(self, value):
        self.ign.append([self.pos, self.pos + len(value)])
        return self.t(value)

    def text(self):
        return "".join(self.parts)


# JSON leaves: ("E", type, value, sub[, core]) / ("N", type, value) / ("I", value) / plain python values
def E(typ, v, sub=None):
    return ("E", typ, v, sub)


def N(typ, v):
    return ("N", typ, v)


def I(v):
    return ("I", v)


def emit_json(doc, obj, indent, level=0):
    nl = "\n" + " " * (indent * (level + 1)) if indent else ""
    end_nl = "\n" + " " * (indent * level) if indent else ""
    sep = ", " if indent is None else ","
    colon = ": " if indent is not None else ":"
    if indent == 0:
        nl = end_nl = ""
    if isinstance(obj, tuple):
        kind = obj[0]
        v = obj[2] if kind in ("E", "N") else obj[1]
        js = json.dumps(v, ensure_ascii=False)
        if js[1:-1] != v:
            raise SystemExit("value needs JSON escaping: %r" % v)
        doc.t('"')
        if kind == "E":
            doc.e(obj[1], v, obj[3])
        elif kind == "N":
            doc.n(obj[1], v)
        else:
            doc.i(v)
        doc.t('"')
    elif isinstance(obj, dict):
        doc.t("{")
        for k, (key, val) in enumerate(obj.items()):
            if k:
                doc.t(sep if not indent else ",")
            doc.t(nl + json.dumps(key, ensure_ascii=False) + colon)
            emit_json(doc, val, indent, level + 1)
        doc.t(end_nl + "}")
    elif isinstance(obj, list):
        doc.t("[")
        for k, val in enumerate(obj):
            if k:
                doc.t(sep if not indent else ",")
            doc.t(nl)
            emit_json(doc, val, indent, level + 1)
        doc.t(end_nl + "]")
    else:
        doc.t(json.dumps(obj, ensure_ascii=False))


# ---------------------------------------------------------------- cue words per language
CUE = {
    "en": {"dob": ["date of birth", "born", "DOB"], "mrn": ["medical record number", "MRN", "chart no."],
           "pass": "passport", "hi": "Here is what I found", "ok": "Let me know if anything else is needed."},
    "de": {"dob": ["geboren am", "Geburtsdatum", "geb."], "mrn": ["Patienten-ID", "Fallakte Nr.", "MRN"],
           "pass": "Reisepass", "hi": "Hier die Angaben", "ok": "Melden Sie sich, falls noch etwas fehlt."},
    "fr": {"dob": ["né(e) le", "date de naissance", "naissance"], "mrn": ["numéro de dossier patient", "IPP", "MRN"],
           "pass": "passeport", "hi": "Voici les informations", "ok": "N'hésitez pas si besoin d'autre chose."},
    "ru": {"dob": ["дата рождения", "родился", "д.р."], "mrn": ["номер медицинской карты", "мед. карта №", "MRN"],
           "pass": "паспорт", "hi": "Вот данные", "ok": "Если нужно что-то ещё — напишите."},
}

DOMAINS = ["physio", "telehealth", "vaccine", "labportal", "preauth", "travel", "dealer", "fraud", "mortgage",
           "studentloan", "energy", "porting", "valuer", "museum", "hackathon", "postmortem", "saasbill",
           "gameqa", "cohort", "dating"]


# ---------------------------------------------------------------- chat templates
class Builder:
    def __init__(self, g, rnd):
        self.g = g
        self.r = rnd

    # small pieces ------------------------------------------------------
    def person_block(self, d, loc, full=True):
        g, r = self.g, self.r
        lg = LANG[loc]
        d.e("PERSON", g.person(loc), lg)
        if r.random() < 0.7:
            d.t(" (").t(r.choice(CUE[lg]["dob"])).t(" ").e("DATE_OF_BIRTH", g.dob(loc)).t(")")
        if full:
            d.t(", ").e("EMAIL", g.email(loc))
            ph, sub = g.phone(loc)
            d.t(", ").e("PHONE", ph, sub)

    def neg_sentence(self, d):
        g, r = self.g, self.r
        k = r.randrange(9)
        if k == 0:
            d.t("Batch ").n("NEG_ORDER_ID", g.order_id()).t(" was closed at ").n("NEG_TIMESTAMP", g.timestamp()).t(".")
        elif k == 1:
            d.t("Trace id ").n("NEG_UUID", g.uuid()).t(", firmware ").n("NEG_VERSION", g.version()).t(".")
        elif k == 2:
            d.t("The voucher serial ").n("NEG_CARDLIKE", g.cardlike()).t(" is not a payment card.")
        elif k == 3:
            d.t("Checksum ").n("NEG_HASH", g.hexhash()).t(" matched the archive.")
        elif k == 4:
            d.t("Built against ").n("NEG_EMAILLIKE", g.pkgver()).t(".")
        elif k == 5:
            d.t("Programme: ").n("NEG_TITLECASE", g.titlecase()).t(", weight ").n("NEG_NUMBER", g.number()).t(".")
        elif k == 6:
            d.t("Attachment thumbnail (base64): ").n("NEG_B64", g.b64blob())
        elif k == 7:
            d.t("Review scheduled for ").n("NEG_DATE", g.date("en_GB", 2023, 2027, 0.5)).t(".")
        else:
            d.t("Gateway build ").n("NEG_VERSION", "%d.%d.%d.%d" % (r.randrange(1, 9), r.randrange(10),
                                                                      r.randrange(10), r.randrange(300))).t(" rolled out.")

    # chat docs ---------------------------------------------------------
    def chat(self, loc, dom):
        g, r = self.g, self.r
        lg = LANG[loc]
        d = Doc()
        local = lg != "en" and r.random() < 0.6
        if local:
            self.chat_local(d, loc, lg)
        else:
            getattr(self, "chat_" + dom)(d, loc, lg)
        for _ in range(r.randrange(0, 2 if local else 3)):
            d.t(" ")
            self.neg_sentence(d)
        if r.random() < 0.5:
            d.t("\n\n" + CUE[lg]["ok"])
        return d

    def chat_local(self, d, loc, lg):
        g, r = self.g, self.r
        k = r.randrange(4)
        ph, ps = g.phone(loc)
        if lg == "de":
            if k == 0:
                d.t("Reha-Verordnung angelegt für ").e("PERSON", g.person(loc), lg).t(", geboren am ")
                d.e("DATE_OF_BIRTH", g.dob(loc)).t(". Fallakte Nr. ")
                v, s = g.mrn(loc)
                d.e("MEDICAL_RECORD_NUMBER", v, s).t(". Erster Termin: ").n("NEG_DATE", g.date(loc, 2025, 2027, 0.2))
                d.t(", Rückruf unter ").e("PHONE", ph, ps).t(".")
            elif k == 1:
                d.t("Der Wechsel zum neuen Stromanbieter ist beauftragt. Lieferadresse: ")
                d.e("STREET_ADDRESS", g.street(loc), lg).t(", ")
                c, p = g.city(loc)
                d.i(p).t(" ").i(c).t(". Abbuchung vom Konto ")
                v, s = g.iban("DE")
                d.e("IBAN", v, s).t(", Vertragsnummer ").n("NEG_ORDER_ID", g.order_id()).t(".")
            elif k == 2:
                d.t("Verdächtige Zahlung gemeldet: Karte ")
                v, s = g.card()
                d.e("CREDIT_CARD", v, s).t(", Zugriff von ").e("IPV4", g.ipv4()).t(" um ")
                d.n("NEG_TIMESTAMP", g.timestamp()).t(". Die Inhaberin ").e("PERSON", g.person(loc), lg)
                d.t(" ist per ").e("EMAIL", g.email(loc)).t(" informiert.")
            else:
                d.t("Im Testbericht zu Build ").n("NEG_VERSION", g.version()).t(" steht noch das Passwort ")
                d.t("`DB_PASSWORD=").e("API_KEY", g.password(), "db_password").t("`; bitte bei ")
                d.e("PERSON", g.person(loc), lg).t(" melden.")
        elif lg == "fr":
            if k == 0:
                d.t("Séance de kinésithérapie confirmée pour ").e("PERSON", g.person(loc), lg).t(", née le ")
                d.e("DATE_OF_BIRTH", g.dob(loc)).t(", IPP ")
                v, s = g.mrn(loc)
                d.e("MEDICAL_RECORD_NUMBER", v, s).t(". Prochain rendez-vous le ")
                d.n("NEG_DATE", g.date(loc, 2025, 2027, 0.2)).t(".")
            elif k == 1:
                d.t("Votre dossier de prêt immobilier est complet. Emprunteur : ").e("PERSON", g.person(loc), lg)
                d.t(", joignable au ").e("PHONE", ph, ps).t(". Les mensualités seront prélevées sur ")
                v, s = g.iban("FR")
                d.e("IBAN", v, s).t(" (taux ").n("NEG_NUMBER", "%d,%d %%" % (r.randrange(1, 5), r.randrange(10))).t(").")
            elif k == 2:
                d.t("Signalement de sécurité : le profil de ").e("PERSON", g.person(loc), lg)
                d.t(" a partagé l'adresse ").e("EMAIL", g.email(loc)).t(" ; connexion depuis ")
                d.e("IPV4", g.ipv4()).t(" le ").n("NEG_TIMESTAMP", g.timestamp()).t(".")
            else:
                d.t("Réservation ").n("NEG_ORDER_ID", g.order_id()).t(" : voyageur ").e("PERSON", g.person(loc), lg)
                d.t(", carte ")
                v, s = g.card()
                d.e("CREDIT_CARD", v, s).t(", adresse ").e("STREET_ADDRESS", g.street(loc), lg).t(", ")
                c, p = g.city(loc)
                d.i(p).t(" ").i(c).t(".")
        else:
            if k == 0:
                d.t("Заявка на перенос номера ").e("PHONE", ph, ps).t(" принята. Абонент: ")
                d.e("PERSON", g.person(loc), lg).t(", паспорт ")
                v, s = g.ru_passport()
                d.e("RU_PASSPORT", v, s).t(". Дата переноса: ").n("NEG_DATE", g.date(loc, 2025, 2027, 0.3)).t(".")
            elif k == 1:
                d.t("Анкета на образовательный кредит: ").e("PERSON", g.person(loc), lg).t(", дата рождения ")
                d.e("DATE_OF_BIRTH", g.dob(loc)).t(", СНИЛС ")
                v, s = g.snils()
                d.e("RU_SNILS", v, s).t(", ИНН ")
                v, s = g.inn()
                d.e("RU_INN", v, s).t(". Номер заявки ").n("NEG_ORDER_ID", g.order_id()).t(".")
            elif k == 2:
                d.t("Пациент ").e("PERSON", g.person(loc), lg).t(" записан на прививку, номер медицинской карты ")
                v, s = g.mrn(loc)
                d.e("MEDICAL_RECORD_NUMBER", v, s).t(", д.р. ").e("DATE_OF_BIRTH", g.dob(loc))
                d.t(". Серия вакцины ").n("NEG_ORDER_ID", "LOT%s" % g.digits(6)).t(".")
            else:
                d.t("Разбор инцидента: в логах сервиса найден ключ ")
                k2, s = g.api_key()
                d.e("API_KEY", k2, s).t(", запросы шли с ").e("IPV4", g.ipv4()).t(". Дежурный — ")
                d.e("PERSON", g.person(loc), lg).t(", почта ").e("EMAIL", g.email(loc)).t(".")

    def chat_physio(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Rehab plan summary for ").e("PERSON", g.person(loc), lg).t(", ").t(r.choice(CUE[lg]["dob"])).t(" ")
        d.e("DATE_OF_BIRTH", g.dob(loc)).t(". ").t(r.choice(CUE[lg]["mrn"]).capitalize()).t(": ")
        v, s = g.mrn(loc)
        d.e("MEDICAL_RECORD_NUMBER", v, s).t(".\nSessions: knee flexion drills twice weekly, next on ")
        d.n("NEG_DATE", g.date(loc, 2024, 2027, 0.2)).t(". Physio contact: ")
        ph, s = g.phone(loc)
        d.e("PHONE", ph, s).t(".")

    def chat_telehealth(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Triage note — caller ").e("PERSON", g.person(loc), lg).t(" reports mild fever. Callback number ")
        ph, s = g.phone(loc)
        d.e("PHONE", ph, s).t("; video link sent to ").e("EMAIL", g.email(loc)).t(". Session joined from ")
        if r.random() < 0.7:
            d.e("IPV4", g.ipv4())
        else:
            d.e("IPV6", g.ipv6())
        d.t(" at ").n("NEG_TIMESTAMP", g.timestamp()).t(".")

    def chat_vaccine(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Vaccination record updated:\n• recipient: ").e("PERSON", g.person(loc), lg)
        d.t("\n• ").t(r.choice(CUE[lg]["dob"])).t(": ").e("DATE_OF_BIRTH", g.dob(loc))
        d.t("\n• lot number: ").n("NEG_ORDER_ID", "LOT%s" % g.digits(6))
        d.t("\n• dose date: ").n("NEG_DATE", g.date(loc, 2021, 2026, 0.4))
        if loc == "en_US" or r.random() < 0.2:
            v, s = g.ssn()
            d.t("\n• SSN for the state registry: ").e("US_SSN", v, s)

    def chat_labportal(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Your lab portal login is ready. Patient: ").e("PERSON", g.person(loc), lg).t(", ")
        d.t(r.choice(CUE[lg]["mrn"])).t(" ")
        v, s = g.mrn(loc)
        d.e("MEDICAL_RECORD_NUMBER", v, s).t(". Temporary password: `").e("API_KEY", g.password(), "password")
        d.t("` — change it after the first sign-in. Result set ").n("NEG_UUID", g.uuid()).t(" is available.")

    def chat_preauth(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Pre-authorisation request drafted for ").e("PERSON", g.person(loc), lg).t(" (")
        d.t(r.choice(CUE[lg]["dob"])).t(" ").e("DATE_OF_BIRTH", g.dob(loc)).t("). Member id ")
        d.n("NEG_ORDER_ID", "Q%s" % g.digits(9)).t(", procedure code ").n("NEG_NUMBER", str(r.randrange(10000, 99999)))
        if loc == "ru_RU":
            v, s = g.snils()
            d.t(", СНИЛС ").e("RU_SNILS", v, s)
        elif loc == "en_US":
            v, s = g.ssn()
            d.t(", SSN ").e("US_SSN", v, s)
        d.t(". Reimbursements go to ")
        v, s = g.iban()
        d.e("IBAN", v, s).t(".")

    def chat_travel(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Your trip is booked. Lead traveller: ").e("PERSON", g.person(loc), lg).t(". Deposit charged to card ")
        v, s = g.card()
        d.e("CREDIT_CARD", v, s).t("; booking ref ").n("NEG_ORDER_ID", g.order_id()).t(". ")
        if loc == "ru_RU":
            d.t("Загранпаспорт не нужен, внутренний ").t(CUE["ru"]["pass"]).t(" ")
            v, s = g.ru_passport()
            d.e("RU_PASSPORT", v, s).t(" принят.")
        else:
            d.t("Confirmation sent to ").e("EMAIL", g.email(loc)).t(".")

    def chat_dealer(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Service appointment confirmed for ").e("PERSON", g.person(loc), lg).t(", address on file: ")
        d.e("STREET_ADDRESS", g.street(loc), lg).t(", ")
        c, p = g.city(loc)
        d.i(c).t(" ").i(p).t(". Courtesy car until ").n("NEG_DATE", g.date(loc, 2024, 2027, 0.3))
        d.t(". Reach the owner on ")
        ph, s = g.phone(loc)
        d.e("PHONE", ph, s).t(".")

    def chat_fraud(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Fraud desk alert: card ")
        v, s = g.card()
        d.e("CREDIT_CARD", v, s).t(" was used from ").e("IPV4", g.ipv4()).t(" at ").n("NEG_TIMESTAMP", g.timestamp())
        d.t(". Cardholder ").e("PERSON", g.person(loc), lg).t(" confirmed the attempt was not theirs. ")
        d.t("Dispute case ").n("NEG_ORDER_ID", g.order_id()).t(".")

    def chat_mortgage(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Mortgage application pack:\n1. Applicant: ").e("PERSON", g.person(loc), lg)
        d.t("\n2. Born: ").e("DATE_OF_BIRTH", g.dob(loc))
        d.t("\n3. Salary account: ")
        v, s = g.iban()
        d.e("IBAN", v, s)
        if loc == "en_US":
            v, s = g.ssn()
            d.t("\n4. SSN: ").e("US_SSN", v, s)
        elif loc == "ru_RU":
            v, s = g.inn()
            d.t("\n4. ИНН: ").e("RU_INN", v, s)
            v, s = g.ru_passport()
            d.t("\n5. паспорт: ").e("RU_PASSPORT", v, s)
        d.t("\nLoan-to-value ").n("NEG_NUMBER", "%d.%d%%" % (r.randrange(50, 95), r.randrange(10))).t(".")

    def chat_studentloan(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("I checked the student loan account of ").e("PERSON", g.person(loc), lg).t(". ")
        if loc in ("en_US",) or r.random() < 0.3:
            v, s = g.ssn()
            d.t("The SSN they gave matches: ").e("US_SSN", v, s).t(". ")
        d.t("Repayments resume on ").n("NEG_DATE", g.date(loc, 2025, 2028, 0.3)).t("; statements go to ")
        d.e("EMAIL", g.email(loc)).t(".")

    def chat_energy(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Switch request received. Supply address: ").e("STREET_ADDRESS", g.street(loc), lg).t(", ")
        c, p = g.city(loc)
        d.i(c).t(". Account holder ").e("PERSON", g.person(loc), lg).t(", direct debit from ")
        v, s = g.iban("DE" if loc == "de_DE" else ("FR" if loc == "fr_FR" else ("GB" if loc == "en_GB" else None)))
        d.e("IBAN", v, s).t(". Meter ").n("NEG_NUMBER", g.digits(10)).t(", tariff ").n("NEG_TITLECASE", g.titlecase()).t(".")

    def chat_porting(self, d, loc, lg):
        g, r = self.g, self.r
        ph, s = g.phone(loc)
        d.t("Number port scheduled: ").e("PHONE", ph, s).t(" moves to the new carrier on ")
        d.n("NEG_DATE", g.date(loc, 2025, 2027, 0.4)).t(". Owner: ").e("PERSON", g.person(loc), lg)
        if loc == "ru_RU":
            v, s = g.snils()
            d.t(", СНИЛС ").e("RU_SNILS", v, s)
            v, s = g.ru_passport()
            d.t(", паспорт ").e("RU_PASSPORT", v, s)
        d.t(". SIM ICCID ").n("NEG_NUMBER", "8944" + g.digits(15)).t(".")

    def chat_valuer(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Valuation visit: ").e("STREET_ADDRESS", g.street(loc), lg).t(" (")
        c, p = g.city(loc)
        d.i(c).t("). Vendor ").e("PERSON", g.person(loc), lg).t(" will meet the surveyor; phone ")
        ph, s = g.phone(loc)
        d.e("PHONE", ph, s).t(". Report ").n("NEG_ORDER_ID", g.order_id()).t(" due ")
        d.n("NEG_DATE", g.date(loc, 2025, 2027, 0.5)).t(".")

    def chat_museum(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("New gallery volunteer: ").e("PERSON", g.person(loc), lg).t(", ").t(r.choice(CUE[lg]["dob"]))
        d.t(" ").e("DATE_OF_BIRTH", g.dob(loc)).t(", e-mail ").e("EMAIL", g.email(loc)).t(". Assigned to the ")
        d.n("NEG_TITLECASE", g.titlecase()).t(" on Saturdays.")

    def chat_hackathon(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Team registered! Captain ").e("PERSON", g.person(loc), lg).t(" (").e("EMAIL", g.email(loc)).t(").\n")
        d.t("Heads-up: the repo README leaks a token:\n```\n")
        k, s = g.api_key()
        d.t(r.choice(["HACK_API_TOKEN", "DEPLOY_KEY", "BOT_SECRET"]) + "=").e("API_KEY", k, s).t("\n```\n")
        d.t("Starter kit pinned to ").n("NEG_EMAILLIKE", g.pkgver()).t(".")

    def chat_postmortem(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Post-mortem timeline:\n- ").n("NEG_TIMESTAMP", g.timestamp()).t(" on-call engineer ")
        d.e("PERSON", g.person(loc), lg).t(" paged\n- leaked connection string found: ")
        user = r.choice(["svc_report", "app", "etl"])
        d.t(r.choice(["postgres", "mysql", "redis", "amqp"]) + "://" + user + ":").e("API_KEY", g.password(), "db_password")
        d.t("@").t("db-%d.internal:5432/core" % r.randrange(10)).t("\n- attacker source ")
        d.e("IPV4", g.ipv4()).t("\n- fix shipped in ").n("NEG_VERSION", g.version())

    def chat_saasbill(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Billing export done. The workspace owner ").e("PERSON", g.person(loc), lg).t(" pays with ")
        v, s = g.card()
        d.e("CREDIT_CARD", v, s).t(". The integration key in their settings is `")
        k, s = g.api_key()
        d.e("API_KEY", k, s).t("`. Invoice total ").n("NEG_NUMBER", g.number()).t(".")

    def chat_gameqa(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("QA build ").n("NEG_VERSION", g.version()).t(" crashed for tester ").e("PERSON", g.person(loc), lg)
        d.t(". Crash dump ").n("NEG_HASH", g.hexhash()).t(" uploaded from ")
        d.e("IPV6", g.ipv6()).t(". The dump contains the config line `aws_access_key_id = ")
        d.e("API_KEY", "AKIA" + g.chars(16, B32), "aws_access_key_id").t("`.")

    def chat_cohort(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Cohort participant ").n("NEG_ORDER_ID", "P-%s" % g.digits(5)).t(" re-identified as ")
        d.e("PERSON", g.person(loc), lg).t(", ").t(r.choice(CUE[lg]["mrn"])).t(" ")
        v, s = g.mrn(loc)
        d.e("MEDICAL_RECORD_NUMBER", v, s).t(", ").t(r.choice(CUE[lg]["dob"])).t(" ").e("DATE_OF_BIRTH", g.dob(loc))
        if loc == "ru_RU":
            v, s = g.inn()
            d.t(", ИНН ").e("RU_INN", v, s)
        d.t(". This must be removed from the shared dataset.")

    def chat_dating(self, d, loc, lg):
        g, r = self.g, self.r
        d.t("Safety report: user ").e("PERSON", g.person(loc), lg).t(" shared their number ")
        ph, s = g.phone(loc)
        d.e("PHONE", ph, s).t(" and e-mail ").e("EMAIL", g.email(loc)).t(" in chat; login seen from ")
        d.e("IPV4", g.ipv4()).t(". Account flagged ").n("NEG_TIMESTAMP", g.timestamp()).t(".")

    # json docs ---------------------------------------------------------
    def record(self, loc, dom, rich=False):
        g, r = self.g, self.r
        lg = LANG[loc]
        ph, ps = g.phone(loc)
        rec = {"ref": N("NEG_UUID", g.uuid())}
        kind = r.randrange(6)
        if kind == 0:
            rec["patient"] = {"displayName": E("PERSON", g.person(loc), lg), "bornOn": E("DATE_OF_BIRTH", g.dob(loc))}
            v, s = g.mrn(loc)
            rec["patient"]["chartNumber"] = E("MEDICAL_RECORD_NUMBER", v, s)
            rec["visit"] = {"slot": N("NEG_TIMESTAMP", g.timestamp()), "room": r.randrange(1, 40)}
        elif kind == 1:
            v, s = g.card()
            rec["cardholder"] = E("PERSON", g.person(loc), lg)
            rec["instrument"] = {"pan": E("CREDIT_CARD", v, s), "exp": "%02d/%02d" % (r.randrange(1, 13), r.randrange(26, 31))}
            rec["signals"] = {"srcAddr": E("IPV4", g.ipv4()), "seenAt": N("NEG_TIMESTAMP", g.timestamp())}
        elif kind == 2:
            v, s = g.iban()
            c, p = g.city(loc)
            rec["borrower"] = {"fullName": E("PERSON", g.person(loc), lg), "mailbox": E("EMAIL", g.email(loc)),
                               "mobileNo": E("PHONE", ph, ps)}
            rec["residence"] = {"streetLine": E("STREET_ADDRESS", g.street(loc), lg), "town": I(c), "postal": I(p)}
            rec["payoutAccount"] = E("IBAN", v, s)
        elif kind == 3:
            k, s = g.api_key()
            rec["integration"] = {"owner": E("EMAIL", g.email(loc)), "secretToken": E("API_KEY", k, s),
                                  "sdk": N("NEG_EMAILLIKE", g.pkgver())}
            rec["lastCall"] = {"from": E("IPV6", g.ipv6()) if r.random() < 0.4 else E("IPV4", g.ipv4()),
                               "build": N("NEG_VERSION", g.version())}
        elif kind == 4:
            rec["traveller"] = {"n": E("PERSON", g.person(loc), lg), "dob": E("DATE_OF_BIRTH", g.dob(loc)),
                                "contact": {"tel": E("PHONE", ph, ps), "mail": E("EMAIL", g.email(loc))}}
            if loc == "ru_RU":
                v, s = g.ru_passport()
                rec["traveller"]["docNo"] = E("RU_PASSPORT", v, s)
                v, s = g.inn()
                rec["traveller"]["taxId"] = E("RU_INN", v, s)
            elif loc == "en_US":
                v, s = g.ssn()
                rec["traveller"]["ssnLast"] = E("US_SSN", v, s)
            rec["pnr"] = N("NEG_ORDER_ID", g.order_id())
        else:
            rec["applicant"] = {"name": E("PERSON", g.person(loc), lg), "phone": E("PHONE", ph, ps)}
            if loc == "ru_RU":
                v, s = g.snils()
                rec["applicant"]["snils"] = E("RU_SNILS", v, s)
                v, s = g.inn()
                rec["applicant"]["inn"] = E("RU_INN", v, s)
            elif loc == "en_US":
                v, s = g.ssn()
                rec["applicant"]["taxRef"] = E("US_SSN", v, s)
            pw = g.password()
            rec["credentials"] = {"user": "loader", "pass": E("API_KEY", pw, "db_password")}
            rec["checksum"] = N("NEG_HASH", g.hexhash())
        if rich and r.random() < 0.5:
            rec["comment"] = N("NEG_TITLECASE", g.titlecase())
        return rec

    def json_doc(self, loc, dom, big=False):
        r = self.r
        d = Doc()
        n = r.randrange(1, 4) if not big else 1
        wrap = r.randrange(4)
        indent = r.choice([None, 0, 2, 4])
        recs = [self.record(loc, dom, big) for _ in range(n)]
        if big:
            while len(json.dumps(strip(recs), indent=indent, ensure_ascii=False)) < 3500:
                recs.append(self.record(loc, dom, True))
        if wrap == 0:
            obj = {"service": dom, "page": {"cursor": N("NEG_B64", self.g.b64blob()), "items": recs}}
        elif wrap == 1:
            obj = {"ok": True, "result": {"generated": N("NEG_TIMESTAMP", self.g.timestamp()), "rows": recs}}
        elif wrap == 2:
            obj = {"kind": dom + "#list", "entries": [{"node": x} for x in recs]}
        else:
            obj = {"export": {"module": dom, "records": recs, "count": len(recs)}}
        emit_json(d, obj, indent)
        return d

    # text4k / long -----------------------------------------------------
    def report(self, loc, dom, size):
        r = self.r
        d = Doc()
        d.t("# %s report\n\n" % dom.capitalize())
        doms = DOMAINS
        while d.pos < size:
            k = r.random()
            if k < 0.55:
                self.__getattribute__("chat_" + r.choice(doms))(d, loc, LANG[loc])
                d.t("\n\n")
            elif k < 0.75:
                d.t("```\n")
                for _ in range(r.randrange(2, 5)):
                    d.t("[").n("NEG_TIMESTAMP", self.g.timestamp()).t("] ")
                    self.log_line(d, loc)
                    d.t("\n")
                d.t("```\n\n")
            elif k < 0.85:
                self.pem_block(d)
            else:
                self.neg_sentence(d)
                d.t("\n\n")
        return d

    def log_line(self, d, loc):
        g, r = self.g, self.r
        k = r.randrange(6)
        if k == 0:
            d.t("WARN sso: login for ").e("EMAIL", g.email(loc)).t(" from ").e("IPV4", g.ipv4())
        elif k == 1:
            d.t("INFO sync: job ").n("NEG_UUID", g.uuid()).t(" done")
        elif k == 2:
            d.t("ERROR export: header Authorization: Bearer ").e("API_KEY", g.jwt(), "jwt")
        elif k == 3:
            d.t("DEBUG billing: tokenised pan ").n("NEG_CARDLIKE", g.cardlike())
        elif k == 4:
            d.t("INFO env: SLACK_WEBHOOK_TOKEN=")
            d.e("API_KEY", "xoxb-%s-%s-%s" % (g.digits(12), g.digits(12), g.chars(24)), "slack")
        else:
            d.t("INFO gw: upstream ").e("IPV4", g.ipv4(True)).t(" version ").n("NEG_VERSION", g.version())

    def pem_block(self, d):
        v, s, core = self.g.pem()
        d.t("The deploy bundle contained a private key:\n\n")
        d.e("API_KEY", v, s, core=core).t("\n\n")

    # obfuscated --------------------------------------------------------
    def obf(self, loc):
        g, r = self.g, self.r
        d = Doc()
        kind = r.choice(["card", "ssn", "phone", "email", "ip", "iban", "key", "ru", "person"])

        def zw(s):
            out = []
            for ch in s:
                out.append(ch)
                if r.random() < 0.25:
                    out.append(r.choice(ZW))
            if len(out) == len(s):
                out.insert(1, ZW[0])
            return "".join(out).rstrip("".join(ZW))

        def fw(s):
            return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)

        def homo(s):
            out = "".join(HOMO[c] if c in HOMO and r.random() < 0.5 else c for c in s)
            if out == s:
                for i, c in enumerate(s):
                    if c in HOMO:
                        return s[:i] + HOMO[c] + s[i + 1:]
            return out

        def spaced(s):
            return " ".join(c for c in s if c != " ")

        def spelled(s):
            return " ".join(SPELL[int(c)] if c.isdigit() else {"-": "dash", "+": "plus"}.get(c, "")
                            for c in s if c not in " ().").replace("  ", " ").strip()

        if kind == "card":
            v, s = g.card()
            how = r.choice(["zero_width", "fullwidth", "spaced", "dotted"])
            val = {"zero_width": zw, "fullwidth": fw, "spaced": spaced,
                   "dotted": lambda x: x.replace(" ", ".").replace("-", ".")}[how](v)
            d.t("Got it — the card they read out was ").e("CREDIT_CARD", val, s, how).t(", expiry next year.")
        elif kind == "ssn":
            v, s = g.ssn()
            how = r.choice(["zero_width", "fullwidth", "spaced", "spelled", "dotted"])
            if how == "dotted":
                v, s = v.replace(" ", "-"), "dashed"
                if "-" not in v:
                    v = "%s-%s-%s" % (v[:3], v[3:5], v[5:])
            val = {"zero_width": zw, "fullwidth": fw, "spaced": spaced, "spelled": spelled,
                   "dotted": lambda x: x.replace("-", ".")}[how](v)
            d.t("For the loan file, SSN ").e("US_SSN", val, s, how).t(" (verbal confirmation).")
        elif kind == "phone":
            v, s = g.phone(loc)
            how = r.choice(["zero_width", "fullwidth", "spaced", "spelled"])
            val = {"zero_width": zw, "fullwidth": fw, "spaced": spaced, "spelled": spelled}[how](v)
            d.t("Customer asked us to ring ").e("PHONE", val, s, how).t(" after six.")
        elif kind == "email":
            v = g.email(loc)
            how = r.choice(["zero_width", "fullwidth", "homoglyph", "words"])
            if how == "words":
                u, dom = v.split("@")
                val = u + r.choice([" [at] ", " (at) ", " at "]) + dom.replace(".", r.choice([" dot ", " [dot] ", " DOT "]))
            else:
                val = {"zero_width": zw, "fullwidth": fw, "homoglyph": homo}[how](v)
            d.t("Reply address supplied by the member: ").e("EMAIL", val, None, how).t(".")
        elif kind == "ip":
            v = g.ipv4()
            how = r.choice(["defang", "fullwidth", "zero_width"])
            val = {"defang": lambda x: x.replace(".", r.choice(["[.]", "(.)"])), "fullwidth": fw, "zero_width": zw}[how](v)
            d.t("Blocklist entry added: ").e("IPV4", val, None, how).t(" — scanning our login page.")
        elif kind == "iban":
            v, s = g.iban()
            how = r.choice(["zero_width", "fullwidth", "spaced"])
            val = {"zero_width": zw, "fullwidth": fw, "spaced": spaced}[how](v)
            d.t("Refund destination (as typed by the caller): ").e("IBAN", val, s, how).t(".")
        elif kind == "key":
            k, s = g.api_key()
            while s == "jwt":
                k, s = g.api_key()
            how = r.choice(["zero_width", "homoglyph"])
            val = {"zero_width": zw, "homoglyph": homo}[how](k)
            d.t("A user pasted this secret into the forum: ").e("API_KEY", val, s, how).t(" — rotate it.")
        elif kind == "ru":
            how = r.choice(["fullwidth", "spaced", "zero_width"])
            f = {"zero_width": zw, "fullwidth": fw, "spaced": spaced}[how]
            v, s = g.ru_passport()
            d.t("Анкета заёмщика: паспорт ").e("RU_PASSPORT", f(v), s, how)
            v, s = g.snils()
            d.t("; СНИЛС ").e("RU_SNILS", f(v), s, how)
            v, s = g.inn()
            d.t("; ИНН ").e("RU_INN", f(v), s, how).t(".")
        else:
            how = r.choice(["zero_width", "homoglyph", "spaced"])
            p = g.person(loc)
            val = {"zero_width": zw, "homoglyph": homo, "spaced": spaced}[how](p)
            d.t("Profile owner: ").e("PERSON", val, LANG[loc], how).t(". Linked phone ")
            v, s = g.phone(loc)
            d.e("PHONE", v, s).t(".")
        return d


def strip(o):
    if isinstance(o, tuple):
        return o[2] if o[0] in ("E", "N") else o[1]
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items()}
    if isinstance(o, list):
        return [strip(v) for v in o]
    return o


# ---------------------------------------------------------------- checks
def check(doc):
    t = doc["text"]
    for e in doc["entities"] + doc["negatives"]:
        assert t[e["start"]:e["end"]] == e["value"], (doc["id"], e)
    spans = sorted((e["start"], e["end"]) for e in doc["entities"])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], "overlap", a, b)
    for n in doc["negatives"]:
        for s, e in spans:
            assert n["end"] <= s or n["start"] >= e, (doc["id"], "neg overlaps entity", n)
    if doc["format"] == "json":
        json.loads(t)
    if doc["shape"] == "stream":
        assert "".join(doc["chunks"]) == t
        assert all(1 <= len(c) <= 16 for c in doc["chunks"])
    for e in doc["entities"]:
        if "obf" in e:
            continue
        if e["type"] == "CREDIT_CARD":
            assert Gen.luhn_ok(e["value"]), e
        if e["type"] == "IBAN":
            assert Gen.mod97(e["value"]) == 1, e
    for n in doc["negatives"]:
        if n["type"] == "NEG_CARDLIKE":
            assert not Gen.luhn_ok(n["value"]), n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1818)
    ap.add_argument("--out", default="/tmp/probe_m.jsonl")
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    g = Gen(rnd)
    b = Builder(g, rnd)
    plan = ["chat"] * 188 + ["json"] * 104 + ["stream"] * 52 + ["obfuscated"] * 52 + ["json4k"] * 31 + \
        ["text4k"] * 21 + ["long64k"] * 2
    docs = []
    for idx, shape in enumerate(plan):
        loc = rnd.choices(LOCALES, LOC_W)[0]
        dom = rnd.choice(DOMAINS)
        base = shape
        if shape == "stream":
            base = rnd.choices(["chat", "json", "text4k", "obfuscated"], [121, 67, 49, 13])[0]
        if base == "chat":
            d, fmt, tpl = b.chat(loc, dom), "text", "m.chat." + dom
        elif base == "json":
            d, fmt, tpl = b.json_doc(loc, dom), "json", "m.json." + dom
        elif base == "json4k":
            d, fmt, tpl = b.json_doc(loc, dom, big=True), "json", "m.json4k." + dom
        elif base == "text4k":
            d, fmt, tpl = b.report(loc, dom, 3800), "text", "m.report." + dom
        elif base == "long64k":
            d, fmt, tpl = b.report(loc, dom, 64500), "text", "m.long." + dom
        else:
            d, fmt, tpl = b.obf(loc), "text", "m.obf"
        text = d.text()
        doc = {"id": "m-%d-%04d" % (a.seed, idx), "split": "probe_m", "shape": shape, "format": fmt,
               "locale": loc, "lang": LANG[loc], "template": tpl, "text": text,
               "entities": d.ents, "negatives": d.negs, "ignore": d.ign}
        if shape == "stream":
            doc["base_shape"] = base
            chunks, i = [], 0
            while i < len(text):
                n = rnd.randrange(1, 17)
                chunks.append(text[i:i + n])
                i += n
            doc["chunks"] = chunks
        check(doc)
        docs.append(doc)
    with open(a.out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("wrote %d docs to %s" % (len(docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
