#!/usr/bin/env python3
"""Probe D: an independent held-out PII corpus in the schema of /work/shared/pii-bench (dev split).

Sentence templates and JSON shapes are written from scratch (support replies, letters, tables, logs,
config files, transcripts; CRM / HR / FHIR-like / payment / IdP / LLM tool-call payloads, double-encoded
JSON strings).  Names, addresses, dates and phones come from Faker (install it outside the project:
``pip install --target /tmp/faker-site faker`` and run with ``PYTHONPATH=/tmp/faker-site``).

    make_probe_d.py --out /tmp/probe_d.jsonl [--seed 4242]
"""
import argparse
import base64
import datetime
import ipaddress
import json
import random
import string

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOCALE_WEIGHTS = [33, 16, 17, 13, 21]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
COUNTS = {"chat": 180, "json": 110, "json4k": 30, "text4k": 30, "obfuscated": 70, "stream": 60}
B64 = string.ascii_letters + string.digits + "+/"
URLSAFE = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В",
           "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
CYR2LAT = {v: k for k, v in LAT2CYR.items()}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


class E(object):
    """A labelled piece: entity (type ENTITY), negative (type NEG_*) or ignore span (type None)."""

    def __init__(self, typ, value, sub=None, obf=None, core=None):
        self.typ, self.value, self.sub, self.obf, self.core = typ, value, sub, obf, core


class Raw(object):
    """A JSON leaf emitted unquoted (a number); may carry a label."""

    def __init__(self, piece):
        self.piece = piece


class Seq(object):
    """A JSON string value assembled from text pieces and labelled pieces."""

    def __init__(self, *pieces):
        self.pieces = pieces


class Dumped(object):
    """A JSON string value holding another serialized JSON document (double encoding)."""

    def __init__(self, obj):
        self.obj = obj


class Builder(object):
    def __init__(self):
        self.parts, self.pos = [], 0
        self.entities, self.negatives, self.ignore = [], [], []

    def add(self, piece):
        if isinstance(piece, str):
            self.parts.append(piece)
            self.pos += len(piece)
        elif isinstance(piece, E):
            s = self.pos
            self.add(piece.value)
            self.label(piece, s)
        else:
            for p in piece:
                self.add(p)
        return self

    def label(self, piece, s):
        e = s + len(piece.value)
        if piece.typ is None:
            self.ignore.append([s, e])
        elif piece.typ.startswith("NEG_"):
            self.negatives.append({"type": piece.typ, "start": s, "end": e, "value": piece.value})
        else:
            ent = {"type": piece.typ, "start": s, "end": e, "value": piece.value}
            if piece.sub:
                ent["sub"] = piece.sub
            if piece.obf:
                ent["obf"] = piece.obf
            if piece.core:
                ent["core"] = [s + piece.core[0], s + piece.core[1]]
            self.entities.append(ent)

    def merge_escaped(self, other):
        """Append another builder's text as the body of a JSON string, moving its labels along."""
        esc, m = json_escape(other.text())
        base = self.pos
        for lab in other.entities + other.negatives:
            s, e = m(lab["start"]), m(lab["end"])
            lab = dict(lab, start=base + s, end=base + e, value=esc[s:e])
            if "core" in lab:
                lab["core"] = [base + m(lab["core"][0]), base + m(lab["core"][1])]
            (self.negatives if lab["type"].startswith("NEG_") else self.entities).append(lab)
        for s, e in other.ignore:
            self.ignore.append([base + m(s), base + m(e)])
        self.add(esc)

    def text(self):
        return "".join(self.parts)


def json_escape(text):
    """Escape text as the body of a JSON string; return escaped text and an offset map raw->escaped."""
    out, starts, pos = [], [], 0
    for ch in text:
        starts.append(pos)
        enc = json.dumps(ch, ensure_ascii=False)[1:-1]
        out.append(enc)
        pos += len(enc)
    starts.append(pos)
    return "".join(out), (lambda i: starts[i])


def dump(obj, b, indent=None, level=0, sep=(", ", ": ")):
    """Serialize obj into builder b like json.dumps(indent=indent, separators=sep), keeping labels."""
    nl = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end_nl = "" if indent is None else "\n" + " " * (indent * level)
    item_sep = sep[0] if indent is None else sep[0].rstrip()
    if isinstance(obj, dict):
        if not obj:
            b.add("{}")
            return
        b.add("{")
        for i, (k, v) in enumerate(obj.items()):
            b.add((item_sep if i else "") + nl + json.dumps(k, ensure_ascii=False) + sep[1])
            dump(v, b, indent, level + 1, sep)
        b.add(end_nl + "}")
    elif isinstance(obj, list):
        if not obj:
            b.add("[]")
            return
        b.add("[")
        for i, v in enumerate(obj):
            b.add((item_sep if i else "") + nl)
            dump(v, b, indent, level + 1, sep)
        b.add(end_nl + "]")
    elif isinstance(obj, Raw):
        b.add(obj.piece)
    elif isinstance(obj, (str, E, Seq)):
        pieces = obj.pieces if isinstance(obj, Seq) else [obj]
        b.add('"')
        for p in pieces:
            raw = p if isinstance(p, str) else p.value
            esc, m = json_escape(raw)
            if isinstance(p, str):
                b.add(esc)
            else:
                core = p.core and (m(p.core[0]), m(p.core[1]))
                b.add(E(p.typ, esc, p.sub, p.obf, core))
        b.add('"')
    elif isinstance(obj, Dumped):
        inner = Builder()
        dump(obj.obj, inner, None, 0, (",", ":"))
        b.add('"')
        b.merge_escaped(inner)
        b.add('"')
    else:
        b.add(json.dumps(obj))


# ----------------------------------------------------------------------------------------------
# Value generators (checksummed types are valid)
# ----------------------------------------------------------------------------------------------
class Gen(object):
    def __init__(self, rng, locale):
        self.r = rng
        self.locale = locale
        self.lang = LANG[locale]
        self.fk = Faker(locale)
        self.fk.seed_instance(rng.randrange(1 << 30))

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # --- people -------------------------------------------------------------------------------
    def person(self, forms=("fl", "fl", "fml", "lf")):
        fk, r = self.fk, self.r
        if self.lang == "ru":
            male = r.random() < 0.5
            first = fk.first_name_male() if male else fk.first_name_female()
            last = fk.last_name_male() if male else fk.last_name_female()
            mid = fk.middle_name_male() if male else fk.middle_name_female()
            form = r.choice(["lfm", "lfm", "fl", "lf_init", "flm"])
            val = {"lfm": "%s %s %s" % (last, first, mid), "fl": "%s %s" % (first, last),
                   "lf_init": "%s %s. %s." % (last, first[0], mid[0]), "flm": "%s %s %s" % (first, mid, last)}[form]
            return E("PERSON", val, "ru")
        first, last = fk.first_name(), fk.last_name()
        form = r.choice(forms)
        if form == "fl":
            val = "%s %s" % (first, last)
        elif form == "fml":
            val = "%s %s. %s" % (first, r.choice(string.ascii_uppercase), last)
        else:
            val = "%s, %s" % (last, first)
        return E("PERSON", val, self.lang)

    def email(self, person=None):
        fk, r = self.fk, self.r
        if person is not None and self.lang != "ru" and r.random() < 0.4:
            base = "".join(c for c in person.value.split(",")[0].split()[-1].lower() if c.isascii() and c.isalpha())
            if base:
                return E("EMAIL", "%s.%s%d@%s" % (r.choice("abcdefghjkmnprst"), base, r.randrange(100), fk.free_email_domain()))
        val = r.choice([fk.email, fk.free_email, fk.company_email, fk.ascii_safe_email])()
        return E("EMAIL", val)

    def phone(self):
        r = self.r
        cc = self.locale[-2:]
        if r.random() < 0.55:
            val = self.fk.phone_number()
            intl = val.startswith("+") or val.startswith("00")
        else:
            intl = r.random() < 0.5
            if cc == "US":
                a, b, c = str(r.randrange(201, 990)), str(r.randrange(200, 999)), self.digits(4)
                val = r.choice(["+1 (%s) %s-%s", "+1-%s-%s-%s", "+1.%s.%s.%s"] if intl else ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (a, b, c)
            elif cc == "GB":
                val = r.choice(["+44 7%s %s", "+44 (0)7%s %s"] if intl else ["07%s %s", "07%s-%s"]) % (self.digits(3), self.digits(6))
            elif cc == "DE":
                val = r.choice(["+49 %s %s", "+49-%s-%s"] if intl else ["0%s %s", "0%s-%s"]) % (r.choice(["30", "89", "151", "172", "40"]), self.digits(7))
            elif cc == "FR":
                g = " ".join(self.digits(2) for _ in range(4))
                val = ("+33 %d %s" if intl else "0%d %s") % (r.randrange(1, 8), g)
            else:
                d = r.choice(["903", "916", "495", "812", "925"])
                val = ("+7 %s %s-%s-%s" if intl else "8 (%s) %s-%s-%s") % (d, self.digits(3), self.digits(2), self.digits(2))
        return E("PHONE", val, ("intl_" if intl else "national_") + cc)

    def street(self):
        """Street line as entity plus the trailing 'postcode city' as an ignore span."""
        fk = self.fk
        street = fk.street_address().replace("\n", ", ")
        if self.locale == "en_US":
            tail = "%s, %s %s" % (fk.city(), fk.state_abbr(), fk.postcode())
        elif self.locale == "en_GB":
            tail = "%s %s" % (fk.city(), fk.postcode())
        elif self.lang == "ru":
            tail = "%s, %s" % (fk.city_name(), fk.postcode())
        else:
            tail = "%s %s" % (fk.postcode(), fk.city())
        return E("STREET_ADDRESS", street, self.lang), E(None, tail)

    def date_value(self, d, style=None):
        r, lang = self.r, self.lang
        styles = {"en": ["iso", "us", "long_us", "long_en", "gb"], "de": ["iso", "dot", "long_de"],
                  "fr": ["iso", "slash", "long_fr"], "ru": ["iso", "dot", "long_ru"]}[lang]
        if self.locale == "en_GB":
            styles = ["iso", "gb", "long_en"]
        if self.locale == "en_US":
            styles = ["iso", "us", "long_us"]
        style = style or r.choice(styles)
        m = MONTHS["en" if lang == "en" else lang][d.month - 1]
        return {"iso": d.isoformat(), "us": "%02d/%02d/%d" % (d.month, d.day, d.year),
                "gb": "%02d/%02d/%d" % (d.day, d.month, d.year), "slash": "%02d/%02d/%d" % (d.day, d.month, d.year),
                "dot": "%02d.%02d.%d" % (d.day, d.month, d.year), "long_us": "%s %d, %d" % (m, d.day, d.year),
                "long_en": "%d %s %d" % (d.day, m, d.year), "long_de": "%d. %s %d" % (d.day, m, d.year),
                "long_fr": "%d %s %d" % (d.day, m, d.year), "long_ru": "%d %s %d" % (d.day, m, d.year)}[style]

    def dob(self, style=None):
        return E("DATE_OF_BIRTH", self.date_value(self.day(datetime.date(1935, 1, 1), 73 * 365), style))

    def other_date(self, style=None):
        return E("NEG_DATE", self.date_value(self.day(datetime.date(2022, 1, 1), 5 * 365), style))

    def day(self, start, span_days):
        """A date drawn from the seeded RNG (Faker's date helpers depend on the local time zone)."""
        return start + datetime.timedelta(days=self.r.randrange(span_days))

    # --- identifiers with checksums -----------------------------------------------------------
    def card(self, fmt=None):
        r = self.r
        brand = r.choice(["visa", "mastercard", "amex", "discover", "jcb", "mir"])
        prefix = {"visa": "4", "mastercard": r.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
                  "amex": r.choice(["34", "37"]), "discover": "6011", "jcb": str(r.randrange(3528, 3590)),
                  "mir": "220" + str(r.randrange(5))}[brand]
        n = 15 if brand == "amex" else 16
        body = prefix + self.digits(n - len(prefix) - 1)
        num = body + str(luhn_check_digit(body))
        return E("CREDIT_CARD", fmt_card(num, fmt or r.choice(["plain", "space", "dash"])), brand)

    def cardlike(self):
        while True:
            num = str(self.r.randrange(3, 10)) + self.digits(15)
            if not luhn_ok(num):
                break
        return E("NEG_CARDLIKE", fmt_card(num, self.r.choice(["plain", "space", "dash"])))

    def iban(self, grouped=None):
        r = self.r
        cc, spec = r.choice(list(IBAN_SPECS.items()))
        bban = "".join(self.chars(string.digits if k == "n" else (string.ascii_uppercase if k == "a" else UPNUM), int(n))
                       for k, n in spec)
        chk = 98 - int(iban_numeric(bban + cc + "00")) % 97
        val = "%s%02d%s" % (cc, chk, bban)
        assert int(iban_numeric(val[4:] + val[:4])) % 97 == 1
        grouped = r.random() < 0.5 if grouped is None else grouped
        if grouped:
            val = " ".join(val[i:i + 4] for i in range(0, len(val), 4))
        return E("IBAN", val, cc + ("_grouped" if grouped else "_compact"))

    def ssn(self):
        r = self.r
        while True:
            area = r.randrange(1, 900)
            if area != 666:
                break
        a, g, s = "%03d" % area, "%02d" % r.randrange(1, 100), "%04d" % r.randrange(1, 10000)
        fmt = r.choice(["dashed", "dashed", "dashed", "plain", "spaced"])
        return E("US_SSN", {"dashed": "-".join((a, g, s)), "plain": a + g + s, "spaced": " ".join((a, g, s))}[fmt], fmt)

    def snils(self):
        r = self.r
        while True:
            d = self.digits(9)
            if int(d) > 1001998:
                break
        total = sum(int(c) * (9 - i) for i, c in enumerate(d))
        cs = total if total < 100 else (0 if total in (100, 101) else total % 101)
        cs = 0 if cs == 100 else cs
        c2 = "%02d" % cs
        fmt = r.choice(["formatted", "formatted", "dashed", "plain"])
        val = {"formatted": "%s-%s-%s %s" % (d[:3], d[3:6], d[6:], c2), "dashed": "%s-%s-%s-%s" % (d[:3], d[3:6], d[6:], c2),
               "plain": d + c2}[fmt]
        return E("RU_SNILS", val, fmt)

    def inn(self, twelve=None):
        r = self.r
        twelve = r.random() < 0.5 if twelve is None else twelve
        region = "%02d" % r.choice([77, 78, 50, 66, 23, 52, 16, 54])
        if twelve:
            d = region + self.digits(8)
            d += str(sum(int(c) * w for c, w in zip(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
            d += str(sum(int(c) * w for c, w in zip(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
        else:
            d = region + self.digits(7)
            d += str(sum(int(c) * w for c, w in zip(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
        return E("RU_INN", d, "inn12" if twelve else "inn10")

    def passport(self):
        r = self.r
        reg, yr, num = "%02d" % r.choice([45, 46, 40, 50, 60, 77, 92, 65]), "%02d" % r.randrange(0, 25), self.digits(6)
        fmt = r.choice(["spaced", "spaced", "series_number", "plain", "numero"])
        val = {"spaced": "%s %s %s" % (reg, yr, num), "series_number": "%s%s %s" % (reg, yr, num), "plain": reg + yr + num,
               "numero": "%s %s № %s" % (reg, yr, num)}[fmt]
        return E("RU_PASSPORT", val, fmt)

    def mrn(self):
        r = self.r
        kind = r.choice(["numeric", "prefixed", "alnum", "nhs"])
        if kind == "numeric":
            val = self.digits(r.randrange(7, 11))
        elif kind == "prefixed":
            val = r.choice(["MRN", "MR-", "PAT-", "KH", "EHR-", "H"]) + self.digits(r.randrange(6, 9))
        elif kind == "alnum":
            val = self.chars(string.ascii_uppercase, 2) + self.digits(6) + "-" + self.chars(UPNUM, 2)
        else:
            while True:
                d = self.digits(9)
                chk = 11 - sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11
                chk = 0 if chk == 11 else chk
                if chk != 10:
                    break
            val = d + str(chk)
            if r.random() < 0.5:
                val = "%s %s %s" % (val[:3], val[3:6], val[6:])
        return E("MEDICAL_RECORD_NUMBER", val, kind)

    def ipv4(self):
        return E("IPV4", self.r.choice([self.fk.ipv4_public, self.fk.ipv4_private])())

    def ipv6(self):
        r = self.r
        if r.random() < 0.5:
            return E("IPV6", self.fk.ipv6())
        head = r.choice(["2001:db8:", "fe80:0:", "2a02:6b8:", "fd00:0:"])
        groups = ["%x" % r.randrange(1, 65536) if r.random() < 0.7 else "0" for _ in range(6)]
        return E("IPV6", ipaddress.IPv6Address(head + ":".join(groups)).compressed)

    # --- secrets ------------------------------------------------------------------------------
    def secret(self, kind=None):
        r = self.r
        kind = kind or r.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_pat_fine", "gitlab", "slack",
                                 "stripe", "google_api", "openai_like", "jwt", "pem_rsa_private_key", "password"])
        if kind == "aws_access_key_id":
            val = r.choice(["AKIA", "ASIA"]) + self.chars(string.ascii_uppercase + "234567", 16)
        elif kind == "aws_secret_key":
            val = self.chars(B64, 40)
        elif kind == "github_pat_classic":
            val = "ghp_" + self.chars(ALNUM, 36)
        elif kind == "github_pat_fine":
            val = "github_pat_" + self.chars(ALNUM, 22) + "_" + self.chars(ALNUM, 59)
        elif kind == "gitlab":
            val = "glpat-" + self.chars(URLSAFE, 20)
        elif kind == "slack":
            val = "xoxb-%s-%s-%s" % (self.digits(12), self.digits(13), self.chars(ALNUM, 24))
        elif kind == "stripe":
            val = r.choice(["sk_live_", "rk_live_"]) + self.chars(ALNUM, r.choice([24, 34]))
        elif kind == "google_api":
            val = "AIza" + self.chars(URLSAFE, 35)
        elif kind == "openai_like":
            val = "sk-proj-" + self.chars(URLSAFE, 48)
        elif kind == "jwt":
            val = self.jwt()
        elif kind == "pem_rsa_private_key":
            label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"])
            body = "\n".join(self.chars(B64, 64) for _ in range(r.randrange(3, 7))) + "\n" + self.chars(B64, 20) + "=="
            head, tail = "-----BEGIN %s-----\n" % label, "\n-----END %s-----" % label
            return E("API_KEY", head + body + tail, "pem_" + label.lower().replace(" ", "_"), core=(len(head), len(head) + len(body)))
        else:
            val = r.choice([self.fk.password(length=r.randrange(12, 20)), r.choice(["Summer", "Falcon", "Harbor", "Quartz"]) + self.digits(3) + "!"])
        return E("API_KEY", val, kind)

    def jwt(self):
        def enc(obj):
            return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
        now = self.r.randrange(1690000000, 1760000000)
        head = enc({"alg": self.r.choice(["RS256", "HS256"]), "typ": "JWT"})
        body = enc({"sub": self.digits(8), "iat": now, "exp": now + 3600, "scope": "read write"})
        return head + "." + body + "." + self.chars(URLSAFE, 43)

    def db_url(self):
        pw = self.secret("password")
        pw = E("API_KEY", pw.value.replace("@", "x").replace("/", "y").replace(":", "z").replace("#", "q").replace("?", "w"), "db_password")
        scheme = self.r.choice(["postgresql", "mysql", "mongodb+srv", "redis", "amqp"])
        user = self.r.choice(["svc_ledger", "reporter", "etl", "app_rw"])
        host = self.r.choice(["db.int.example.net", "10.4.0.17", "cluster0.mongodb.net", "cache-01"])
        return [scheme + "://" + user + ":", pw, "@" + host + "/" + self.r.choice(["ledger", "crm", "0", "events"])]

    # --- hard negatives -----------------------------------------------------------------------
    def neg(self, kind=None):
        r = self.r
        kind = kind or r.choice(["NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_HASH", "NEG_CARDLIKE", "NEG_NUMBER",
                                 "NEG_EMAILLIKE", "NEG_B64", "NEG_DATE"])
        if kind == "NEG_TIMESTAMP":
            dt = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(seconds=self.r.randrange(3 * 365 * 86400))
            val = r.choice([dt.strftime("%Y-%m-%dT%H:%M:%SZ"), dt.strftime("%Y-%m-%d %H:%M:%S"), dt.strftime("%H:%M:%S"),
                            str(int(dt.timestamp())), dt.strftime("%d/%b/%Y:%H:%M:%S +0000"), dt.strftime("%Y%m%dT%H%M%S")])
        elif kind == "NEG_UUID":
            val = "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                                  0x8000 | r.getrandbits(14), r.getrandbits(48))
        elif kind == "NEG_ORDER_ID":
            val = r.choice(["INV-%s-%s" % (r.randrange(2019, 2027), self.digits(5)), "PO%s" % self.digits(9),
                            "#%s" % self.digits(7), "%s-%s-%s" % (self.digits(3), self.digits(7), self.digits(7)),
                            "TCK-%s" % self.digits(6), "SHP%s" % self.digits(11)])
        elif kind == "NEG_HASH":
            val = "%x" % r.getrandbits(r.choice([28, 160, 256]))
        elif kind == "NEG_VERSION":
            val = "%d.%d.%d.%d" % (r.randrange(1, 30), r.randrange(0, 250), r.randrange(0, 250), r.randrange(0, 250))
        elif kind == "NEG_CARDLIKE":
            return self.cardlike()
        elif kind == "NEG_NUMBER":
            val = r.choice(["€%s,%02d" % (r.randrange(10, 9999), r.randrange(100)), "$%s.%02d" % ("{:,}".format(r.randrange(1000, 999999)), r.randrange(100)),
                            "{:,}".format(r.randrange(10 ** 6, 10 ** 9)), "0x%08X" % r.getrandbits(32),
                            "978-3-%s-%s-%d" % (self.digits(3), self.digits(5), r.randrange(10)),
                            "%s kB" % r.randrange(100, 99999)])
        elif kind == "NEG_EMAILLIKE":
            val = r.choice(["lodash@4.17.21", "@angular/core@17.3.1", "eslint@8.57.0", "@types/node", "@pytest.fixture", "zod@3.23.8",
                            "@SuppressWarnings", "next@14.2.3", "@nestjs/common"])
        elif kind == "NEG_B64":
            val = r.choice(["sha512-" + self.chars(B64, 86) + "==", "data:font/woff2;base64," + self.chars(B64, 60),
                            "sha256-" + self.chars(B64, 43) + "="])
        elif kind == "NEG_TITLECASE":
            val = r.choice(["Quarterly Business Review", "Release Notes", "Incident Postmortem", "Account Settings", "Next Steps",
                            "Best Wishes", "Customer Success", "Data Retention Policy", "Action Items", "Warm Regards"])
        else:
            return self.other_date()
        return E(kind, val)

    def filler(self, n=1):
        return " ".join(self.fk.sentence() for _ in range(n))


IBAN_SPECS = {"DE": [("n", 18)], "FR": [("n", 10), ("c", 11), ("n", 2)], "GB": [("a", 4), ("n", 14)], "ES": [("n", 20)],
              "IT": [("a", 1), ("n", 10), ("c", 12)], "NL": [("a", 4), ("n", 10)], "BE": [("n", 12)], "AT": [("n", 16)],
              "CH": [("n", 5), ("c", 12)], "PL": [("n", 24)]}


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_check_digit(body):
    return next(d for d in range(10) if luhn_ok(body + str(d)))


def fmt_card(num, fmt):
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if len(num) == 15:
        return sep.join((num[:4], num[4:10], num[10:]))
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


# ----------------------------------------------------------------------------------------------
# Chat templates: each returns a list of pieces (str / E)
# ----------------------------------------------------------------------------------------------
def en_t01(g):
    p = g.person()
    st, tail = g.street()
    return ["Thanks for your patience. I've pulled up the account for ", p, " and confirmed the delivery address is ", st, ", ", tail,
            ". The replacement ships with order ", g.neg("NEG_ORDER_ID"), "."]


def en_t02(g):
    p, e, ph = g.person(), g.email(), g.phone()
    return ["| Field | Value |\n|---|---|\n| Account holder | ", p, " |\n| Contact | ", e, " |\n| Mobile | ", ph, " |\n| Opened | ",
            g.other_date(), " |\n| Ticket | ", g.neg("NEG_UUID"), " |"]


def en_t03(g):
    p = g.person()
    return ["Summary of the call: the caller identified herself as ", p, ", date of birth ", g.dob(), ", and read out her Social Security number ",
            g.ssn(), " for verification. Case reference ", g.neg("NEG_ORDER_ID"), " was opened at ", g.neg("NEG_TIMESTAMP"), "."]


def en_t04(g):
    return ["Dear ", g.person(forms=("fl", "fml")), ",\n\nWe were unable to charge the card ending in the number ", g.card(),
            ". Please update your payment method before ", g.other_date(), ".\n\n", g.neg("NEG_TITLECASE"), ",\nBilling team"]


def en_t05(g):
    ip, ip6 = g.ipv4(), g.ipv6()
    return ["Looking at the auth log, the brute-force attempts came from ", ip, " and later from ", ip6, ". The agent on the box runs build ",
            g.neg("NEG_VERSION"), " and the offending request id was ", g.neg("NEG_UUID"), "."]


def en_t06(g):
    return ["Sure - here is the corrected `.env` block:\n\n```\nSTRIPE_SECRET=", g.secret("stripe"), "\nDATABASE_URL=", g.db_url(),
            "\nSENTRY_RELEASE=", g.neg("NEG_HASH"), "\n```\n\nRotate the Stripe key once the deploy is done."]


def en_t07(g):
    p = g.person()
    return ["Patient: ", p, "\nMRN: ", g.mrn(), "\nDOB: ", g.dob(), "\nVisit: ", g.other_date(),
            "\nPlan: continue current dose, review labs in six weeks."]


def en_t08(g):
    p = g.person(forms=("fl",))
    return ["[00:01:12] Agent: Can I have your name, please?\n[00:01:15] Caller: It's ", p,
            ".\n[00:01:20] Agent: And the best number to reach you?\n[00:01:24] Caller: ",
            g.phone(), ".\n[00:01:30] Agent: Thanks, and an email?\n[00:01:33] Caller: ", g.email(p), "."]


def en_t09(g):
    return ["I wasn't able to verify the refund: the IBAN you gave (", g.iban(), ") does not match the account holder ", g.person(),
            ". The transfer of ", g.neg("NEG_NUMBER"), " is on hold."]


def en_t10(g):
    return ["Heads up: the token `", g.secret(g.r.choice(["github_pat_classic", "gitlab", "slack", "openai_like"])),
            "` was pasted into the public channel. Revoke it and install ", g.neg("NEG_EMAILLIKE"), " afterwards; the checksum was ",
            g.neg("NEG_B64"), "."]


def en_t11(g):
    p = g.person()
    st, tail = g.street()
    return ["New hire paperwork:\n  * Name - ", p, "\n  * Home - ", st, ", ", tail, "\n  * SSN - ", g.ssn(), "\n  * Born - ", g.dob(),
            "\n  * Start date - ", g.other_date()]


def en_t12(g):
    return ["The webhook payload was signed with ", g.secret("jwt"), " and hit our edge from ", g.ipv4(), ". The tracking number printed on the label was ",
            g.cardlike(), ", which is why the parser flagged it."]


def en_t13(g):
    p = g.person()
    return ["Hi team, quick note from the front desk - ", p, " (", g.email(p), ") rang about her appointment; her hospital number is ",
            g.mrn(), ". She was born ", g.dob(), ". Please call back on ", g.phone(), "."]


def en_t14(g):
    return ["Your temporary password for the portal is ", g.secret("password"), " - it expires at ", g.neg("NEG_TIMESTAMP"),
            ". If you didn't request this, reply to ", g.email(), "."]


def de_t01(g):
    p = g.person()
    st, tail = g.street()
    return ["Sehr geehrte Damen und Herren,\n\nhiermit bestätigen wir, dass ", p, " seit dem ", g.other_date(), " unter der Anschrift ", st, ", ", tail,
            " gemeldet ist. Rückfragen bitte an ", g.email(), "."]


def de_t02(g):
    return ["Zusammenfassung des Telefonats: ", g.person(), " (geb. ", g.dob(), ") bittet um Rückruf unter ", g.phone(),
            ". Vorgangsnummer ", g.neg("NEG_ORDER_ID"), "."]


def de_t03(g):
    return ["Die Lastschrift vom Konto ", g.iban(), " ist zurückgekommen. Kontoinhaberin laut Mandat: ", g.person(),
            ". Offener Betrag: ", g.neg("NEG_NUMBER"), "."]


def de_t04(g):
    return ["Im Log taucht die Adresse ", g.ipv4(), " auf, Zeitstempel ", g.neg("NEG_TIMESTAMP"), ". Der Agent läuft in Version ", g.neg("NEG_VERSION"),
            "; Build-Hash ", g.neg("NEG_HASH"), "."]


def de_t05(g):
    p = g.person()
    return ["Aufnahmebogen\nName: ", p, "\nGeburtsdatum: ", g.dob(), "\nFallnummer: ", g.mrn(), "\nTelefon: ", g.phone(),
            "\nStation: 4B, Aufnahme am ", g.other_date()]


def de_t06(g):
    return ["Bitte sofort austauschen: In der `config.yaml` steht noch `api_key: ", g.secret(g.r.choice(["google_api", "aws_access_key_id", "stripe"])),
            "` und die Kreditkarte ", g.card(), " aus dem Testdatensatz. Die Sendungsnummer ", g.cardlike(), " ist unkritisch."]


def de_t07(g):
    p = g.person(forms=("fl", "lf"))
    return ["Hallo ", p, ",\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre neue E-Mail-Adresse ", g.email(p), " hinterlegt. ", g.neg("NEG_TITLECASE"),
            " folgen per Post.\n\nMit freundlichen Grüßen"]


def de_t08(g):
    return ["Kurzprotokoll: Anrufer ", g.person(), " meldet verdächtige Anmeldungen von ", g.ipv6(), ". Passwort zurückgesetzt auf ",
            g.secret("password"), ", Ticket ", g.neg("NEG_UUID"), "."]


def fr_t01(g):
    p = g.person()
    st, tail = g.street()
    return ["Bonjour,\n\nNous avons bien reçu le dossier de ", p, ", domicilié ", st, ", ", tail, ". La prise en charge démarre le ", g.other_date(),
            ".\n\nCordialement"]


def fr_t02(g):
    return ["Compte rendu d'appel : ", g.person(), ", née le ", g.dob(), ", souhaite être rappelée au ", g.phone(), ". Référence ", g.neg("NEG_ORDER_ID"), "."]


def fr_t03(g):
    return ["Le virement vers l'IBAN ", g.iban(), " a été rejeté ; titulaire : ", g.person(), ". Montant : ", g.neg("NEG_NUMBER"), "."]


def fr_t04(g):
    p = g.person()
    return ["Fiche patient\n- Nom : ", p, "\n- Date de naissance : ", g.dob(), "\n- N° de dossier : ", g.mrn(), "\n- Courriel : ", g.email(p),
            "\n- Prochain rendez-vous : ", g.other_date()]


def fr_t05(g):
    return ["Attention : la clé ", g.secret(g.r.choice(["aws_access_key_id", "gitlab", "openai_like"])), " figure dans le dépôt depuis le commit ",
            g.neg("NEG_HASH"), ". Les connexions suspectes venaient de ", g.ipv4(), "."]


def fr_t06(g):
    p = g.person(forms=("fl", "lf"))
    return ["Madame, Monsieur,\n\nSuite à votre demande, ", p, " peut être joint au ", g.phone(), " ou par courriel à ", g.email(p),
            ". La carte ", g.card(), " a été désactivée.\n\n", g.neg("NEG_TITLECASE")]


def fr_t07(g):
    return ["Journal : connexion refusée pour ", g.email(), " depuis ", g.ipv6(), " à ", g.neg("NEG_TIMESTAMP"), " (session ", g.neg("NEG_UUID"), ")."]


def ru_t01(g):
    p = g.person()
    st, tail = g.street()
    return ["Добрый день! Уточняю данные клиента: ", p, ", проживает по адресу ", st, ", ", tail, ", паспорт ", g.passport(), "."]


def ru_t02(g):
    return ["Сотрудник ", g.person(), " предоставил СНИЛС ", g.snils(), " и ИНН ", g.inn(), ". Анкета поступила ", g.other_date(), "."]


def ru_t03(g):
    return ["Итоги звонка: клиент ", g.person(), ", дата рождения ", g.dob(), ", просит перезвонить на ", g.phone(), ". Номер обращения ",
            g.neg("NEG_ORDER_ID"), "."]


def ru_t04(g):
    p = g.person()
    return ["| Поле | Значение |\n|---|---|\n| ФИО | ", p, " |\n| Почта | ", g.email(), " |\n| Карта | ", g.card(), " |\n| Создано | ",
            g.neg("NEG_TIMESTAMP"), " |"]


def ru_t05(g):
    return ["В конфиге нашёлся ключ ", g.secret(g.r.choice(["aws_access_key_id", "github_pat_classic", "slack"])), ". Запросы шли с ", g.ipv4(),
            ", версия агента ", g.neg("NEG_VERSION"), "."]


def ru_t06(g):
    return ["Медицинская карта № ", g.mrn(), "\nПациент: ", g.person(), "\nДата рождения: ", g.dob(), "\nПолис и СНИЛС: ", g.snils(),
            "\nДата приёма: ", g.other_date()]


def ru_t07(g):
    return ["Реквизиты для возврата: получатель ", g.person(), ", ИНН ", g.inn(True), ", счёт ", g.iban(), ". Трек-номер посылки ", g.cardlike(), "."]


CHAT = {"en": [en_t01, en_t02, en_t03, en_t04, en_t05, en_t06, en_t07, en_t08, en_t09, en_t10, en_t11, en_t12, en_t13, en_t14],
        "de": [de_t01, de_t02, de_t03, de_t04, de_t05, de_t06, de_t07, de_t08],
        "fr": [fr_t01, fr_t02, fr_t03, fr_t04, fr_t05, fr_t06, fr_t07],
        "ru": [ru_t01, ru_t02, ru_t03, ru_t04, ru_t05, ru_t06, ru_t07]}


# ----------------------------------------------------------------------------------------------
# JSON shapes: each returns a Python structure with E / Seq / Raw / Dumped leaves
# ----------------------------------------------------------------------------------------------
def json_number(ent):
    return E(ent.typ, ent.value, ent.sub + "_json_number")


def js_crm_contact(g):
    p = g.person(forms=("fl", "fml"))
    st, tail = g.street()
    return {"object": "contact", "id": g.neg("NEG_UUID"), "properties": {
        "display_name": p, "primary_email": g.email(p), "work_phone": g.phone(),
        "mailing": {"line1": st, "locality": tail, "country_code": g.locale[-2:]},
        "lifecycle_stage": "customer", "created": g.neg("NEG_TIMESTAMP")}, "owner_ref": g.neg("NEG_ORDER_ID")}


def js_hr_worker(g):
    p = g.person()
    ids = {"tax_ssn": g.ssn()} if g.locale == "en_US" else ({"snils": g.snils(), "inn": Raw(json_number(g.inn()))} if g.lang == "ru" else {"iban": g.iban()})
    return {"worker": {"worker_id": g.neg("NEG_ORDER_ID"), "legal_name": p, "birth_date": g.dob("iso"), "personal_contact": {"phone_mobile": g.phone(),
            "email_private": g.email(p)}, "government_ids": ids, "hire_date": g.other_date("iso")}, "etag": g.neg("NEG_HASH")}


def js_fhir_patient(g):
    p = g.person(forms=("fl",))
    mr_type = {"coding": [{"code": "MR"}], "text": "Medical record number"}
    return {"resourceType": "Patient", "id": g.neg("NEG_UUID"), "identifier": [{"type": mr_type, "value": g.mrn()}],
            "name": [{"use": "official", "text": p}], "gender": g.r.choice(["male", "female"]), "birthDate": g.dob("iso"),
            "telecom": [{"system": "phone", "value": g.phone()}, {"system": "email", "value": g.email()}],
            "meta": {"versionId": "3", "lastUpdated": g.neg("NEG_TIMESTAMP")}}


def js_payment_intent(g):
    return {"id": "pi_" + g.chars(ALNUM, 24), "amount": g.r.randrange(100, 99999), "currency": "eur", "status": "requires_action",
            "payment_method_details": {"card_number": g.card("plain"), "exp": "%02d/%02d" % (g.r.randrange(1, 13), g.r.randrange(26, 32)),
                                       "holder": g.person(forms=("fl",))},
            "billing": {"ip_address": g.ipv4(), "email": g.email()}, "fallback_debit": {"iban": g.iban()},
            "metadata": {"cart": g.neg("NEG_ORDER_ID"), "fingerprint": g.neg("NEG_HASH")}}


def js_idp_user(g):
    p = g.person(forms=("fl",))
    return {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "id": g.neg("NEG_UUID"), "userName": g.email(p),
            "name": {"formatted": p}, "phoneNumbers": [{"type": "mobile", "value": g.phone()}],
            "x509Certificates": [], "lastLoginIp": g.ipv6(), "credentials": {"recovery_code": g.secret("password"),
                                                                            "session_jwt": g.secret("jwt")},
            "meta": {"created": g.neg("NEG_TIMESTAMP"), "version": g.neg("NEG_HASH")}}


def js_llm_toolcall(g):
    p = g.person()
    args = {"customer": p, "contact_email": g.email(p), "callback": g.phone(), "note": Seq("Customer born ", g.dob(), ", prefers mornings."),
            "ticket": g.neg("NEG_ORDER_ID")}
    return {"id": "msg_" + g.chars(ALNUM, 20), "type": "message", "role": "assistant", "content": [
        {"type": "text", "text": "Creating the ticket now."},
        {"type": "tool_use", "id": "toolu_" + g.chars(ALNUM, 22), "name": "create_support_ticket", "input": args}],
        "stop_reason": "tool_use", "usage": {"input_tokens": g.r.randrange(100, 3000), "output_tokens": g.r.randrange(20, 400)}}


def js_double_encoded(g):
    p = g.person()
    inner = {"event": "profile.updated", "subject": p, "changes": {"email": g.email(p), "address": g.street()[0], "birthday": g.dob()},
             "at": g.neg("NEG_TIMESTAMP")}
    return {"Type": "Notification", "MessageId": g.neg("NEG_UUID"), "TopicArn": "arn:aws:sns:eu-west-1:%s:profile-events" % g.digits(12),
            "Message": Dumped(inner), "SignatureVersion": "1"}


def js_log_batch(g):
    lines = []
    for _ in range(g.r.randrange(2, 5)):
        kind = g.r.randrange(4)
        if kind == 0:
            msg = Seq("login ok user=", g.email(), " from ", g.ipv4())
        elif kind == 1:
            msg = Seq("charge failed pan=", g.card(), " ref=", g.neg("NEG_ORDER_ID"))
        elif kind == 2:
            msg = Seq("sdk version ", g.neg("NEG_VERSION"), " got 503 from upstream, trace=", g.neg("NEG_UUID"))
        else:
            msg = Seq("token refreshed: ", g.secret(g.r.choice(["github_pat_classic", "slack", "aws_access_key_id"])))
        lines.append({"ts": g.neg("NEG_TIMESTAMP"), "lvl": g.r.choice(["info", "warn", "error"]), "svc": g.r.choice(["gateway", "ledger", "auth"]), "msg": msg})
    return {"stream": "prod/app", "entries": lines, "content_digest": g.neg("NEG_B64")}


def js_ru_kyc(g):
    p = g.person()
    st, tail = g.street()
    return {"заявка": {"номер": g.neg("NEG_ORDER_ID"), "клиент": {"фио": p, "паспорт": g.passport(), "снилс": g.snils(), "инн": g.inn(),
            "дата_рождения": g.dob(), "адрес_регистрации": Seq(st, ", ", tail), "телефон": g.phone()}, "создана": g.neg("NEG_TIMESTAMP")}}


def js_search_hits(g):
    hits = []
    for _ in range(g.r.randrange(2, 4)):
        p = g.person()
        hits.append({"_id": g.neg("NEG_HASH"), "_score": round(g.r.random() * 10, 3), "_source": {"fullName": p, "contact": {"mail": g.email(p),
                     "tel": g.phone()}, "dob": g.dob(), "tags": [g.neg("NEG_TITLECASE")]}})
    return {"took": g.r.randrange(1, 90), "timed_out": False, "hits": {"total": {"value": len(hits)}, "hits": hits}}


def js_secrets_manifest(g):
    meta = {"name": "ledger-env", "uid": g.neg("NEG_UUID"), "resourceVersion": str(g.r.randrange(10 ** 6, 10 ** 8))}
    return {"apiVersion": "v1", "kind": "Secret", "metadata": meta,
            "stringData": {"AWS_ACCESS_KEY_ID": g.secret("aws_access_key_id"), "AWS_SECRET_ACCESS_KEY": g.secret("aws_secret_key"),
                           "GITLAB_TOKEN": g.secret("gitlab"), "DB_DSN": Seq(*g.db_url()), "TLS_KEY": g.secret("pem_rsa_private_key")},
            "annotations": {"checksum/config": g.neg("NEG_HASH"), "image": "registry.local/ledger:" + g.neg("NEG_VERSION").value}}


def js_claims_table(g):
    rows = [["claim_id", "member", "member_dob", "mrn", "billed"]]
    for _ in range(g.r.randrange(2, 4)):
        rows.append([g.neg("NEG_ORDER_ID"), g.person(), g.dob(), g.mrn(), g.neg("NEG_NUMBER")])
    return {"report": "claims_pending", "generated": g.neg("NEG_TIMESTAMP"), "columns": rows[0], "rows": rows[1:]}


JSON_SHAPES = [js_crm_contact, js_hr_worker, js_fhir_patient, js_payment_intent, js_idp_user, js_llm_toolcall, js_double_encoded, js_log_batch,
               js_ru_kyc, js_search_hits, js_secrets_manifest, js_claims_table]


# ----------------------------------------------------------------------------------------------
# Obfuscated docs
# ----------------------------------------------------------------------------------------------
def obf_value(g, ent, kind):
    r, v = g.r, ent.value
    if kind == "zero_width":
        out = v[0] + "".join((r.choice(ZW) if r.random() < 0.35 else "") + c for c in v[1:])
    elif kind == "homoglyph":
        table = CYR2LAT if any("\u0400" <= c <= "\u04ff" for c in v) else LAT2CYR
        out = "".join(table[c] if c in table and r.random() < 0.6 else c for c in v)
    elif kind == "fullwidth":
        out = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)
    elif kind == "spaced":
        out = " ".join(c for c in v if c != " ")
    elif kind == "spelled":
        out = " ".join(DIGIT_WORDS[int(c)] if c.isdigit() else {"-": "dash", "+": "plus", ".": "dot"}.get(c, "") for c in v)
        out = " ".join(out.split())
    elif kind == "dotted":
        if "-" not in v and " " not in v:
            v = fmt_card(v, "dash") if len(v) >= 15 else "-".join((v[:3], v[3:5], v[5:]))
        out = v.replace("-", ".").replace(" ", ".")
    elif kind == "words":
        local, dom = v.split("@")
        name, tld = dom.rsplit(".", 1)
        at, dot = r.choice([(" at ", " dot "), (" [at] ", " [dot] "), (" (at) ", " (dot) "), (" AT ", " DOT "), ("[at]", "[.]")])
        out = local + at + name.replace(".", dot) + dot + tld
    else:
        out = v.replace(".", r.choice(["[.]", "(.)", "[dot]"]))
    return E(ent.typ, out, ent.sub, kind)


OBF_KINDS = {"zero_width": ["EMAIL", "PHONE", "PERSON", "US_SSN", "CREDIT_CARD", "API_KEY", "IBAN"],
             "homoglyph": ["EMAIL", "PERSON", "API_KEY"],
             "fullwidth": ["CREDIT_CARD", "US_SSN", "RU_INN", "RU_SNILS", "PHONE", "IPV4", "RU_PASSPORT"],
             "spaced": ["PHONE", "CREDIT_CARD", "RU_INN", "RU_SNILS", "US_SSN", "PERSON", "IBAN"],
             "spelled": ["PHONE", "US_SSN"], "dotted": ["US_SSN", "CREDIT_CARD"], "words": ["EMAIL"], "defang": ["IPV4"]}
OBF_SENTENCES = {
    "EMAIL": ["Write to {} if the reset link expires.", "Her personal inbox is {} - use that one.", "Forwarding address on file: {}."],
    "PHONE": ["He asked us to text {} instead.", "Reachable after six on {}.", "Backup number: {}."],
    "PERSON": ["The signature on the form reads {}.", "Escalated on behalf of {}.", "Beneficiary: {}."],
    "US_SSN": ["The W-2 shows {} as the taxpayer id.", "Verification digits supplied: {}."],
    "CREDIT_CARD": ["Charge the backup card {} for the balance.", "The saved PAN is {}."],
    "API_KEY": ["Someone committed {} to the wiki page.", "The leaked credential was {}."],
    "IBAN": ["Payout account: {}.", "Send the deposit back to {}."],
    "RU_INN": ["The supplier's INN is {}.", "ИНН контрагента: {}."],
    "RU_SNILS": ["SNILS supplied with the claim: {}.", "СНИЛС заявителя: {}."],
    "RU_PASSPORT": ["Passport series and number: {}.", "Паспорт: {}."],
    "IPV4": ["Blocklist the host {} at the firewall.", "C2 traffic went to {} overnight."],
}


def obf_doc(g):
    r = g.r
    pieces = []
    for _ in range(r.choice([1, 2, 2, 3])):
        kind = r.choice(sorted(OBF_KINDS))
        typ = r.choice(OBF_KINDS[kind])
        ent = {"EMAIL": g.email, "PHONE": g.phone, "PERSON": g.person, "US_SSN": g.ssn, "CREDIT_CARD": g.card,
               "API_KEY": lambda: g.secret(r.choice(["aws_access_key_id", "github_pat_classic", "stripe", "gitlab"])),
               "IBAN": g.iban, "RU_INN": g.inn, "RU_SNILS": g.snils, "RU_PASSPORT": g.passport, "IPV4": g.ipv4}[typ]()
        head, tail = r.choice(OBF_SENTENCES[typ]).split("{}")
        pieces += [head, obf_value(g, ent, kind), tail, " "]
    if r.random() < 0.4:
        pieces += ["Reference ", g.neg(), "."]
    return pieces[:-1] if pieces[-1] == " " else pieces


# ----------------------------------------------------------------------------------------------
# Long documents
# ----------------------------------------------------------------------------------------------
def log_lines(g, n):
    out = ["```\n"]
    for _ in range(n):
        ts = g.neg("NEG_TIMESTAMP")
        kind = g.r.randrange(6)
        if kind == 0:
            body = ["auth: session opened for ", g.email(), " ip=", g.ipv4()]
        elif kind == 1:
            body = ["billing: refund to ", g.iban(), " queued id=", g.neg("NEG_UUID")]
        elif kind == 2:
            body = ["deploy: rolled out release ", g.neg("NEG_VERSION"), " (build ", g.neg("NEG_HASH"), ")"]
        elif kind == 3:
            body = ["kyc: applicant ", g.person(), " dob=", g.dob("iso"), " status=review"]
        elif kind == 4:
            body = ["cache: evicted ", g.neg("NEG_NUMBER"), " keys"]
        else:
            body = ["sshd: accepted publickey from ", g.ipv6(), " port ", str(g.r.randrange(1024, 65535))]
        out += [ts, " ", g.r.choice(["INFO", "WARN", "ERROR"]), " "] + body + ["\n"]
    out.append("```")
    return out


def text4k(g):
    pieces = ["# " + g.neg("NEG_TITLECASE").value + "\n\n"]
    b = Builder()
    while b.pos < 4000:
        kind = g.r.randrange(4)
        if kind == 0:
            part = g.r.choice(CHAT[g.lang])(g)
        elif kind == 1:
            part = log_lines(g, g.r.randrange(3, 7))
        elif kind == 2:
            part = ["## " + g.neg("NEG_TITLECASE").value + "\n\n", g.filler(g.r.randrange(2, 6))]
        else:
            part = [g.filler(g.r.randrange(1, 4)), " ", g.neg(), "."]
        part = part + ["\n\n"]
        pieces += part
        b.add(part)
    return pieces


def json4k(g):
    shapes = [g.r.choice(JSON_SHAPES) for _ in range(2)]
    records, b = [], Builder()
    while b.pos < 3800:
        rec = g.r.choice(shapes)(g)
        records.append(rec)
        dump(rec, b, None, 0, (",", ":"))
    name = "json4k." + "+".join(sorted(set(fn.__name__[3:] for fn in shapes)))
    return name, {"export_id": g.neg("NEG_UUID"), "page": 1, "items": records}


# ----------------------------------------------------------------------------------------------
# Assembly
# ----------------------------------------------------------------------------------------------
def make_doc(rng, shape, idx, base_shape=None):
    locale = rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
    g = Gen(rng, locale)
    b = Builder()
    real = base_shape or shape
    fmt = "text"
    if real == "chat":
        tpl = rng.choice(CHAT[g.lang])
        name = "chat." + tpl.__name__
        pieces = tpl(g)
        if rng.random() < 0.3:
            pieces = [g.filler(rng.randrange(1, 3)), " "] + pieces
        if rng.random() < 0.3:
            pieces = pieces + ["\n\n", g.filler(rng.randrange(1, 3))]
        b.add(pieces)
    elif real in ("json", "json4k"):
        fmt = "json"
        if real == "json":
            shape_fn = rng.choice(JSON_SHAPES)
            name, obj = "json." + shape_fn.__name__, shape_fn(g)
        else:
            name, obj = json4k(g)
        indent = rng.choice([None, None, 2, 4])
        dump(obj, b, indent, 0, (", ", ": ") if indent is None and rng.random() < 0.5 else (",", ": ") if indent else (",", ":"))
    elif real == "text4k":
        name = "long.digest"
        b.add(text4k(g))
    else:
        name = "obf.mixed"
        b.add(obf_doc(g))
    text = b.text()
    doc = {"id": "probe_d-%s-%04d" % (shape, idx), "split": "probe_d", "shape": shape, "format": fmt, "locale": locale,
           "lang": "en" if real == "obfuscated" else g.lang, "template": name, "text": text,
           "entities": b.entities, "negatives": b.negatives, "ignore": b.ignore}
    if base_shape:
        doc["base_shape"] = base_shape
        chunks, pos = [], 0
        while pos < len(text):
            n = rng.randrange(1, 17)
            chunks.append(text[pos:pos + n])
            pos += n
        doc["chunks"] = chunks
    check(doc)
    return doc


def check(doc):
    text = doc["text"]
    for lab in doc["entities"] + doc["negatives"]:
        assert text[lab["start"]:lab["end"]] == lab["value"], (doc["id"], lab)
        assert lab["value"].strip() == lab["value"] and lab["value"], (doc["id"], lab)
    for s, e in doc["ignore"]:
        assert 0 <= s < e <= len(text)
    if doc["format"] == "json":
        json.loads(text)
    if "chunks" in doc:
        assert "".join(doc["chunks"]) == text
        assert all(1 <= len(c) <= 16 for c in doc["chunks"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=4242)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = []
    for shape, n in COUNTS.items():
        for i in range(n):
            base = rng.choices(["chat", "json", "text4k", "obfuscated"], [45, 30, 15, 10])[0] if shape == "stream" else None
            docs.append(make_doc(rng, shape, i, base))
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d entities, %d negatives to %s" % (len(docs), sum(len(d["entities"]) for d in docs),
                                                            sum(len(d["negatives"]) for d in docs), a.out))


if __name__ == "__main__":
    main()
