"""make_probe_e.py - independent held-out probe E for the PII engine (same schema as the bench corpus).

New sentence templates (pharmacy, school admin, rentals, logistics, telecom, legal, visas, insurance,
recruiting, moderation, IT onboarding, bank disputes) and new JSON shapes (GraphQL, OpenAPI examples,
webhooks, event sourcing, Elasticsearch hits, SQL results, CSV-in-JSON, nested contacts, function-call
results, chat histories).  Values come from Faker; deterministic per --seed.

    PYTHONPATH=/tmp/faker-site python make_probe_e.py --out /tmp/probe_e.jsonl [--seed 9090]
"""

import argparse
import base64
import datetime
import hashlib
import json
import random
import re
import string
import uuid

from faker import Faker

LOCALES = ["en_US"] * 33 + ["en_GB"] * 15 + ["de_DE"] * 17 + ["fr_FR"] * 14 + ["ru_RU"] * 21
REF = datetime.date(2025, 6, 1)
R = random.Random()
FK = {}
SENT = "\u27e6%d\u27e7"
SENT_RE = re.compile('"?\u27e6(\\d+)\u27e7"?')


def fk(loc):
    return FK[loc]


class E(object):
    """A labelled span: kind 'ent', 'neg' or 'ign'."""

    def __init__(self, kind, typ, value, sub=None, obf=None, core=None):
        self.kind, self.typ, self.value, self.sub, self.obf, self.core = kind, typ, value, sub, obf, core


def ent(typ, value, sub=None, obf=None, core=None):
    return E("ent", typ, value, sub, obf, core)


def neg(typ, value):
    return E("neg", "NEG_" + typ, value)


def ign(value):
    return E("ign", None, value)


class Doc(object):
    def __init__(self):
        self.parts, self.ents, self.negs, self.ign, self.n = [], [], [], [], 0

    def add(self, piece):
        if isinstance(piece, E):
            s = self.n
            self.n += len(piece.value)
            if piece.kind == "ent":
                d = {"type": piece.typ, "start": s, "end": self.n, "value": piece.value}
                if piece.sub:
                    d["sub"] = piece.sub
                if piece.obf:
                    d["obf"] = piece.obf
                if piece.core:
                    d["core"] = [s + piece.core[0], s + piece.core[1]]
                self.ents.append(d)
            elif piece.kind == "neg":
                self.negs.append({"type": piece.typ, "start": s, "end": self.n, "value": piece.value})
            else:
                self.ign.append([s, self.n])
            piece = piece.value
        else:
            self.n += len(piece)
        self.parts.append(piece)
        return self

    def fill(self, tpl, **kw):
        for i, chunk in enumerate(re.split(r"\{(\w+)\}", tpl)):
            self.add(kw[chunk] if i % 2 else chunk)
        return self

    @property
    def text(self):
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------- values
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        tot += d
    return str((10 - tot % 10) % 10)


CARD_PREFIX = {
    "visa": (["4"], 16),
    "mastercard": (["51", "53", "55", "2221", "2720"], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"], 16),
    "jcb": (["3528", "3566", "3589"], 16),
    "mir": (["2200", "2202", "2204"], 16),
}


def card(sub=None, fmt=None):
    sub = sub or R.choice(sorted(CARD_PREFIX))
    pre, n = CARD_PREFIX[sub]
    body = R.choice(pre)
    body += digits(n - 1 - len(body))
    num = body + luhn_digit(body)
    fmt = fmt or R.choice(["space", "dash", "plain"])
    if fmt != "plain":
        groups = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        num = (" " if fmt == "space" else "-").join(groups)
    return ent("CREDIT_CARD", num, sub)


def cardlike():
    body = R.choice("3456") + digits(14)
    bad = str((int(luhn_digit(body)) + R.randint(1, 9)) % 10)
    num = body + bad
    return neg("CARDLIKE", R.choice([num, " ".join(num[i : i + 4] for i in range(0, 16, 4)), "-".join(num[i : i + 4] for i in range(0, 16, 4))]))


IBAN_SPEC = {"DE": "18n", "GB": "4a14n", "FR": "23n", "NL": "4a10n", "ES": "20n", "IT": "1a22n", "AT": "16n", "BE": "12n", "CH": "17n", "PL": "24n"}


def iban(country=None, grouped=None):
    country = country or R.choice(sorted(IBAN_SPEC))
    bban = ""
    for cnt, kind in re.findall(r"(\d+)([an])", IBAN_SPEC[country]):
        bban += "".join(R.choice(string.ascii_uppercase if kind == "a" else string.digits) for _ in range(int(cnt)))
    num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    val = country + "%02d" % (98 - num % 97) + bban
    grouped = R.random() < 0.5 if grouped is None else grouped
    if grouped:
        val = " ".join(val[i : i + 4] for i in range(0, len(val), 4))
    return ent("IBAN", val, country + ("_grouped" if grouped else "_compact"))


def ssn(fmt=None):
    area = R.choice([a for a in range(1, 900) if a != 666])
    val = "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
    fmt = fmt or R.choice(["dashed"] * 4 + ["plain", "spaced"])
    sep = {"dashed": "-", "plain": "", "spaced": " "}[fmt]
    return ent("US_SSN", val[:3] + sep + val[3:5] + sep + val[5:], fmt)


def snils(fmt=None):
    while True:
        d = digits(9)
        if int(d) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(d))
    cs = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    fmt = fmt or R.choice(["formatted"] * 3 + ["plain", "dashed"])
    val = {"formatted": "%s-%s-%s %02d", "dashed": "%s-%s-%s-%02d", "plain": "%s%s%s%02d"}[fmt] % (d[:3], d[3:6], d[6:], cs)
    return ent("RU_SNILS", val, fmt)


def _inn_cs(d, w):
    return str(sum(int(a) * b for a, b in zip(d, w)) % 11 % 10)


def inn_raw(n12=None):
    n12 = R.random() < 0.5 if n12 is None else n12
    if not n12:
        d = "%02d" % R.randint(1, 99) + digits(7)
        return d + _inn_cs(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])
    d = "%02d" % R.randint(1, 99) + digits(8)
    d += _inn_cs(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    return d + _inn_cs(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])


def inn():
    v = inn_raw()
    return ent("RU_INN", v, "inn%d" % len(v))


def passport(fmt=None):
    ser, num = "%02d%02d" % (R.randint(1, 99), R.randint(0, 24)), digits(6)
    fmt = fmt or R.choice(["spaced", "spaced", "series_number", "numero", "plain"])
    val = {
        "spaced": "%s %s %s" % (ser[:2], ser[2:], num),
        "series_number": ser + " " + num,
        "numero": "%s %s № %s" % (ser[:2], ser[2:], num),
        "plain": ser + num,
    }[fmt]
    return ent("RU_PASSPORT", val, fmt)


def nhs():
    while True:
        d = digits(9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            v = d + str(c)
            return ent("MEDICAL_RECORD_NUMBER", R.choice([v, "%s %s %s" % (v[:3], v[3:6], v[6:])]), "nhs")


def mrn(loc):
    if loc == "en_GB" and R.random() < 0.5:
        return nhs()
    k = R.choice(["numeric", "prefixed", "alnum"])
    if k == "numeric":
        return ent("MEDICAL_RECORD_NUMBER", digits(R.randint(7, 9)), k)
    if k == "prefixed":
        return ent("MEDICAL_RECORD_NUMBER", R.choice(["MRN-", "PAT", "HC-", "KH"]) + digits(R.randint(6, 8)), k)
    return ent("MEDICAL_RECORD_NUMBER", alnum(2, string.ascii_uppercase) + digits(6) + "-" + alnum(2, string.ascii_uppercase + string.digits), k)


def phone(loc, kind=None):
    kind = kind or R.choice(["intl", "national"])
    c = loc[-2:]
    if c == "US":
        a, b, n = "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), digits(4)
        forms = ["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s"] if kind == "intl" else ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]
        return ent("PHONE", R.choice(forms) % (a, b, n), kind + "_US")
    if c == "GB":
        a = R.choice(["20", "161", "113", "7700", "7911"])
        rest = digits(10 - len(a))
        h = len(rest) // 2
        forms = ["+44 %s %s %s", "+44 (0)%s %s %s"] if kind == "intl" else ["0%s %s %s", "(0%s) %s %s"]
        return ent("PHONE", R.choice(forms) % (a, rest[:h], rest[h:]), kind + "_GB")
    if c == "DE":
        a, n = R.choice(["30", "40", "89", "221", "151", "170"]), digits(7)
        forms = ["+49 %s %s %s", "+49 (0)%s %s%s"] if kind == "intl" else ["0%s %s %s", "0%s/%s%s", "0%s-%s-%s"]
        return ent("PHONE", R.choice(forms) % (a, n[:3], n[3:]), kind + "_DE")
    if c == "FR":
        p = [str(R.randint(1, 7))] + [digits(2) for _ in range(4)]
        forms = ["+33 %s %s %s %s %s", "+33 (0)%s %s %s %s %s"] if kind == "intl" else ["0%s %s %s %s %s", "0%s.%s.%s.%s.%s"]
        return ent("PHONE", R.choice(forms) % tuple(p), kind + "_FR")
    a, n = R.choice(["495", "812", "916", "926", "383"]), digits(7)
    forms = ["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s"] if kind == "intl" else ["8 (%s) %s-%s-%s", "8 %s %s %s %s"]
    return ent("PHONE", R.choice(forms) % (a, n[:3], n[3:5], n[5:]), kind + "_RU")


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}


def fmt_date(d, loc):
    lang = loc[:2]
    opts = ["%04d-%02d-%02d" % (d.year, d.month, d.day)]
    if loc == "en_US":
        opts += ["%02d/%02d/%04d" % (d.month, d.day, d.year), "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)]
    elif lang == "en":
        opts += ["%02d/%02d/%04d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)]
    elif lang == "de":
        opts += ["%02d.%02d.%04d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year)]
    else:
        sep = "/" if lang == "fr" else "."
        opts += ["%02d%s%02d%s%04d" % (d.day, sep, d.month, sep, d.year), "%d %s %d" % (d.day, MONTHS[lang][d.month - 1], d.year)]
    return R.choice(opts)


def dob_date():
    return fk("en_US").date_between_dates(datetime.date(1938, 1, 1), datetime.date(2006, 12, 31))


def dob(loc, d=None):
    return ent("DATE_OF_BIRTH", fmt_date(d or dob_date(), loc))


def age_of(d):
    return str(REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day)))


def negdate(loc):
    return neg("DATE", fmt_date(fk("en_US").date_between_dates(datetime.date(2018, 1, 1), datetime.date(2025, 5, 1)), loc))


def person_str(loc, style=None):
    f = fk(loc)
    if loc == "ru_RU":
        g = R.choice(["male", "female"])
        last, first, mid = getattr(f, "last_name_" + g)(), getattr(f, "first_name_" + g)(), getattr(f, "middle_name_" + g)()
        style = style or R.choice(["full", "fi", "init"])
        return {"full": "%s %s %s" % (last, first, mid), "fi": "%s %s" % (first, last), "init": "%s %s. %s." % (last, first[0], mid[0])}[style]
    first, last = f.first_name(), f.last_name()
    style = style or R.choice(["fl", "fl", "fl", "fil", "lf", "if"])
    if style == "fil":
        return "%s %s. %s" % (first, R.choice(string.ascii_uppercase), last)
    if style == "lf":
        return "%s, %s" % (last, first)
    if style == "if":
        return "%s. %s" % (first[0], last)
    return "%s %s" % (first, last)


def person(loc, style=None, value=None):
    return ent("PERSON", value or person_str(loc, style), loc[:2])


def email(loc, name=None):
    f = fk(loc)
    if name and R.random() < 0.5:
        base = (
            re.sub(r"[^a-z]", "", fk("en_US").user_name().lower())
            if loc == "ru_RU"
            else re.sub(r"\.+", ".", re.sub(r"[^a-z.]", "", name.lower().replace(" ", "."))).strip(".")
        )
        val = (base or "user") + "@" + R.choice(["example.com", "example.org", "mail.example.net", "corp.example.de"])
    else:
        val = f.ascii_email() if hasattr(f, "ascii_email") else f.email()
    return ent("EMAIL", val)


def street(loc):
    f = fk(loc)
    val = f.street_address()
    if loc == "en_US" and R.random() < 0.25:
        val += ", " + f.secondary_address()
    return ent("STREET_ADDRESS", val, loc[:2])


def city_tail(loc):
    f = fk(loc)
    if loc == "en_US":
        return "%s, %s %s" % (f.city(), f.state_abbr(), f.postcode())
    if loc == "en_GB":
        return "%s %s" % (f.city(), f.postcode())
    if loc == "ru_RU":
        return "%s, %s" % (f.city_name(), f.postcode())
    return "%s %s" % (f.postcode(), f.city())


def ipv4(private=None):
    private = R.random() < 0.5 if private is None else private
    if private:
        v = R.choice(
            [
                "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
            ]
        )
    else:
        v = "%d.%d.%d.%d" % (R.choice([31, 45, 81, 89, 93, 104, 141, 185, 203, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return ent("IPV4", v)


def ipv6():
    h = ["%x" % R.randint(1, 0xFFFF) for _ in range(8)]
    v = R.choice(["2001:db8:%s:%s::%s" % (h[0], h[1], h[2]), ":".join(h), "2a02:%s:%s:%s::%s" % tuple(h[:4]), "fe80::%s:%s:%s:%s" % tuple(h[:4])])
    return ent("IPV6", v)


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


PEM_KINDS = {
    "pem_rsa_private_key": "RSA PRIVATE KEY",
    "pem_private_key": "PRIVATE KEY",
    "pem_ec_private_key": "EC PRIVATE KEY",
    "pem_openssh_private_key": "OPENSSH PRIVATE KEY",
}


def api_key(sub=None, bare=False):
    sub = sub or R.choice(
        [
            "aws_access_key_id",
            "aws_secret_key",
            "github_pat_classic",
            "github_pat_fine",
            "github_other",
            "gitlab",
            "google_api",
            "openai_like",
            "slack",
            "stripe",
            "jwt",
            "password",
            "pem",
        ]
    )
    up, an = string.ascii_uppercase + string.digits, string.ascii_letters + string.digits
    if sub == "pem":
        sub = R.choice(sorted(PEM_KINDS))
        lab = PEM_KINDS[sub]
        body = "\n".join(base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode() for _ in range(R.randint(4, 8)))
        head = "-----BEGIN %s-----\n" % lab
        return ent("API_KEY", head + body + "\n-----END %s-----" % lab, sub, core=(len(head), len(head) + len(body)))
    val = {
        "aws_access_key_id": lambda: R.choice(["AKIA", "ASIA"]) + alnum(16, up),
        "aws_secret_key": lambda: alnum(40, an + "/+"),
        "github_pat_classic": lambda: "ghp_" + alnum(36),
        "github_pat_fine": lambda: "github_pat_" + alnum(22) + "_" + alnum(59),
        "github_other": lambda: R.choice(["gho_", "ghs_", "ghu_"]) + alnum(36),
        "gitlab": lambda: "glpat-" + alnum(20, an + "-_"),
        "google_api": lambda: "AIza" + alnum(35, an + "-_"),
        "openai_like": lambda: "sk-proj-" + alnum(48),
        "slack": lambda: R.choice(["xoxb-", "xoxp-"]) + digits(12) + "-" + digits(12) + "-" + alnum(24),
        "stripe": lambda: R.choice(["sk_live_", "rk_live_"]) + alnum(24),
        "jwt": lambda: b64url({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"})
        + "."
        + b64url({"sub": digits(8), "iat": 1700000000 + R.randint(0, 9**7), "role": R.choice(["admin", "user"])})
        + "."
        + alnum(43, an + "-_"),
        "password": lambda: alnum(R.randint(12, 20), an + "!#%&*-_"),
    }[sub]()
    return ent("API_KEY", val, sub)


def neg_any(loc):
    k = R.choice(["ORDER_ID", "TIMESTAMP", "UUID", "HASH", "VERSION", "DATE", "NUMBER", "B64", "EMAILLIKE", "CARDLIKE"])
    return neg_kind(k, loc)


def neg_kind(k, loc):
    if k == "ORDER_ID":
        return neg(
            k,
            R.choice(["ORD-%d-%s" % (R.randint(2019, 2025), digits(6)), "SHP" + digits(9), "#" + digits(7), digits(11), "INV/%s/%s" % (digits(4), digits(5))]),
        )
    if k == "TIMESTAMP":
        t = datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=R.randint(0, 40000000))
        return neg(
            k,
            R.choice(
                [t.strftime("%Y-%m-%dT%H:%M:%SZ"), t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%d/%b/%Y:%H:%M:%S +0000"), str(1700000000 + R.randint(0, 9**8))]
            ),
        )
    if k == "UUID":
        return neg(k, str(uuid.UUID(int=R.getrandbits(128), version=4)))
    if k == "HASH":
        h = hashlib.sha256(digits(12).encode()).hexdigest()
        return neg(k, R.choice([h, h[:40], h[:7], "sha256:" + h]))
    if k == "VERSION":
        return neg(k, "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 30), R.randint(0, 200), R.randint(0, 99)))
    if k == "DATE":
        return negdate(loc)
    if k == "NUMBER":
        return neg(
            k,
            R.choice(
                [
                    "%d,%03d" % (R.randint(1, 999), R.randint(0, 999)),
                    "%d.%02d" % (R.randint(10, 99999), R.randint(0, 99)),
                    digits(5),
                    "%d %03d" % (R.randint(1, 99), R.randint(0, 999)),
                ]
            ),
        )
    if k == "B64":
        return neg(k, base64.b64encode(bytes(R.getrandbits(8) for _ in range(R.randint(24, 45)))).decode())
    if k == "EMAILLIKE":
        return neg(
            k,
            R.choice(["lodash", "@types/node", "@angular/core", "react-dom", "@aws-sdk/client-s3"])
            + "@%d.%d.%d" % (R.randint(1, 20), R.randint(0, 20), R.randint(0, 30)),
        )
    if k == "TITLECASE":
        return neg(k, R.choice(TITLES[loc[:2]]))
    return cardlike()


TITLES = {
    "en": [
        "Quarterly Business Review",
        "Grand Central Station",
        "Customer Success Team",
        "Annual General Meeting",
        "Saint Patrick Day",
        "Compliance Office",
        "Blue Ribbon Award",
        "Harbor View Apartments",
    ],
    "de": ["Allgemeine Geschäftsbedingungen", "Deutsche Bahn", "Technischer Kundendienst", "Rote Liste", "Neue Heimat"],
    "fr": ["Service Client", "Grand Palais", "Conseil Régional", "Tour Eiffel", "Caisse Centrale"],
    "ru": ["Служба Поддержки", "Красная Площадь", "Большой Театр", "Центральный Банк", "Новый Год"],
}


def filler(loc, n=1):
    return " ".join(fk(loc).sentence(nb_words=R.randint(6, 12)) for _ in range(n))


# ---------------------------------------------------------------------------------------------- chat templates
def t_en_pharmacy(d, loc):
    bd = dob_date()
    nm = person_str(loc, "fl")
    d.fill(
        "Pharmacy hand-off: the refill for {p} ({age} y/o, born {dob}) is ready at counter 3. Rx {rx} expires {nd}. "
        "If {p2} calls back, the number on the script is {ph}.",
        p=person(loc, value=nm),
        age=age_of(bd),
        dob=dob(loc, bd),
        rx=neg_kind("ORDER_ID", loc),
        nd=negdate(loc),
        p2=person(loc, value=nm.split()[0]),
        ph=phone(loc),
    )


def t_en_school(d, loc):
    kid, parent = person_str(loc, "fl"), person_str(loc)
    d.fill(
        "Enrollment update for {k} (DOB: {dob}). Guardian: {g} - {em}. Home address on file: {st}, {tail}. "
        "Locker combination 12-{num} was reset during the {tc}.",
        k=person(loc, value=kid),
        dob=dob(loc, dob_date()),
        g=person(loc, value=parent),
        em=email(loc, parent),
        st=street(loc),
        tail=ign(city_tail(loc)),
        num=neg("NUMBER", digits(2)),
        tc=neg_kind("TITLECASE", loc),
    )


def t_en_rental(d, loc):
    d.fill(
        "Hi! I checked the lease draft. Tenants are listed as:\n  * {a}\n  * {b}\nUnit: {st}. The deposit of $1,950 should go to "
        "{ib}. The lease starts {nd}; our reference is {ref}.",
        a=person(loc),
        b=person(loc),
        st=street(loc),
        ib=iban(R.choice(["GB", "NL", "DE"])),
        nd=negdate(loc),
        ref=neg_kind("ORDER_ID", loc),
    )


def t_en_logistics(d, loc):
    d.fill(
        "Dispatch log {ts}: parcel {oid} could not be delivered to {st}. The driver rang {ph} twice. "
        "Consignee {p}, alternate contact {em}. Scanner firmware {ver}.",
        ts=neg_kind("TIMESTAMP", loc),
        oid=neg_kind("ORDER_ID", loc),
        st=street(loc),
        ph=phone(loc),
        p=person(loc),
        em=email(loc),
        ver=neg_kind("VERSION", loc),
    )


def t_en_telecom(d, loc):
    d.fill(
        "I looked into the SIM swap on the line ending in {ph}. The request came from {ip} (session {uid}) and the account holder "
        "{p} confirmed via {em}. Please verify with the last four of the SSN {ssn}.",
        ph=phone(loc),
        ip=ipv4(False),
        uid=neg_kind("UUID", loc),
        p=person(loc, "fil"),
        em=email(loc),
        ssn=ssn(),
    )


def t_en_legal(d, loc):
    nm = person_str(loc, "fl")
    d.fill(
        "RE: Case No. {cn}\n\nDear Counsel,\n\nOur client, Ms. {p}, residing at {st}, {tail}, hereby disputes the charge of "
        "{num} on card {cc}. Ms. {last} was born on {dob} and has no prior record.\n\nSincerely,\n{sig}",
        cn=neg_kind("ORDER_ID", loc),
        p=person(loc, value=nm),
        st=street(loc),
        tail=ign(city_tail(loc)),
        num=neg_kind("NUMBER", loc),
        cc=card(),
        last=person(loc, value=nm.split()[-1]),
        dob=dob(loc),
        sig=person(loc),
    )


def t_en_visa(d, loc):
    d.fill(
        "Visa appointment confirmed for {p}, passport holder born {dob}. Please bring your bank statement (IBAN {ib}) and "
        "the Russian internal passport {pp}. Reference {uid}, slot {ts}.",
        p=person("ru_RU" if R.random() < 0.5 else loc),
        dob=dob(loc),
        ib=iban(),
        pp=passport(),
        uid=neg_kind("UUID", loc),
        ts=neg_kind("TIMESTAMP", loc),
    )


def t_en_insurance(d, loc):
    d.fill(
        "Claim summary\n- Policyholder: {p}\n- Date of birth: {dob}\n- Member ID / MRN: {m}\n- Phone: {ph}\n- Claim amount: {num}\n"
        "The adjuster ({a}) will call after the {tc}.",
        p=person(loc),
        dob=dob(loc),
        m=mrn(loc),
        ph=phone(loc),
        num=neg_kind("NUMBER", loc),
        a=person(loc, "if"),
        tc=neg_kind("TITLECASE", loc),
    )


def t_en_recruiting(d, loc):
    nm = person_str(loc, "fl")
    d.fill(
        "Candidate shortlist: {a}, {b} and {c}. I'd move forward with {c2} - reach her at {em} or {ph}. " "Background check id {uid}.",
        a=person(loc),
        b=person(loc),
        c=person(loc, value=nm),
        c2=person(loc, value=nm.split()[0]),
        em=email(loc, nm),
        ph=phone(loc),
        uid=neg_kind("UUID", loc),
    )


def t_en_dating(d, loc):
    d.fill(
        "Moderation flag: user profile {uid} posted a phone number ({ph}) and an email ({em}) in their bio, which violates the "
        "{tc} policy. Last login from {ip6}. Reported at {ts}.",
        uid=neg_kind("UUID", loc),
        ph=phone(loc),
        em=email(loc),
        tc=neg_kind("TITLECASE", loc),
        ip6=ipv6(),
        ts=neg_kind("TIMESTAMP", loc),
    )


def t_en_onboarding(d, loc):
    ak = api_key("aws_access_key_id")
    d.fill(
        "Welcome aboard! Your laptop is provisioned. Put these in ~/.aws/credentials:\n\n```ini\n[default]\naws_access_key_id = {ak}\n"
        "aws_secret_access_key = {sk}\n```\n\nVPN gateway: {ip}. Install {pkg} before running the setup script (build {h}).",
        ak=ak,
        sk=api_key("aws_secret_key"),
        ip=ipv4(True),
        pkg=neg_kind("EMAILLIKE", loc),
        h=neg_kind("HASH", loc),
    )


def t_en_dispute(d, loc):
    d.fill(
        "Chargeback dispute #{oid}: the cardholder {p} says the payment on {cc} was not authorised. A similar number "
        "{cl} in the memo field is just a terminal reference. Refund to {ib} once approved.",
        oid=neg("ORDER_ID", digits(8)),
        p=person(loc),
        cc=card(),
        cl=cardlike(),
        ib=iban(),
    )


def t_en_secret_code(d, loc):
    sub = R.choice(["github_pat_classic", "slack", "stripe", "google_api", "openai_like", "gitlab", "jwt", "pem"])
    d.fill(
        'Careful - the snippet you pasted contains a live credential:\n\n```python\nclient = Client(token="{k}")\n'
        'client.upload("report.csv", checksum="{h}")\n```\n\nRevoke it and load it from the environment instead.',
        k=api_key(sub),
        h=neg_kind("HASH", loc),
    )


def t_en_dburl(d, loc):
    pw = alnum(R.randint(10, 16), string.ascii_letters + string.digits + "!%*")
    d.fill(
        "The worker crashed with: could not connect to mysql://svc_reports:{pw}@db-replica.internal:3306/analytics "
        "(attempt 3 of 5 at {ts}). The user {em} owns that job.",
        pw=ent("API_KEY", pw, "db_password"),
        ts=neg_kind("TIMESTAMP", loc),
        em=email(loc),
    )


def t_de_apotheke(d, loc):
    bd = dob_date()
    d.fill(
        "Die Apotheke meldet: Rezept für {p} ({age} Jahre, geb. {dob}) liegt zur Abholung bereit. Versichertennummer {m}. "
        "Rückfragen bitte an {ph}. Charge {oid}.",
        p=person(loc),
        age=age_of(bd),
        dob=dob(loc, bd),
        m=mrn(loc),
        ph=phone(loc),
        oid=neg_kind("ORDER_ID", loc),
    )


def t_de_miete(d, loc):
    d.fill(
        "Sehr geehrte Frau {p},\n\nfür die Wohnung in der {st}, {tail} ist die Kaution von 2.400 € auf das Konto {ib} zu "
        "überweisen. Mietbeginn ist der {nd}. Bei Fragen erreichen Sie Herrn {v} unter {em}.\n\nMit freundlichen Grüßen",
        p=person(loc, value=fk(loc).last_name()),
        st=street(loc),
        tail=ign(city_tail(loc)),
        ib=iban("DE"),
        nd=negdate(loc),
        v=person(loc),
        em=email(loc),
    )


def t_de_telekom(d, loc):
    d.fill(
        "Störungsmeldung {oid}: Der Router von {p} ({st}) ist seit {ts} offline. Letzte öffentliche IP {ip}, " "Firmware {ver}. Rückruf unter {ph}.",
        oid=neg_kind("ORDER_ID", loc),
        p=person(loc),
        st=street(loc),
        ts=neg_kind("TIMESTAMP", loc),
        ip=ipv4(False),
        ver=neg_kind("VERSION", loc),
        ph=phone(loc),
    )


def t_de_bewerbung(d, loc):
    nm = person_str(loc, "fl")
    d.fill(
        "Bewerbung eingegangen: {p}, geboren am {dob} in {c}. Kontakt: {em}, Mobil {ph}. Frau {last} bringt 7 Jahre "
        "Erfahrung mit; Gehaltsvorstellung {num} €.",
        p=person(loc, value=nm),
        dob=dob(loc),
        c=neg("TITLECASE", fk(loc).city()),
        em=email(loc, nm),
        ph=phone(loc, "national"),
        last=person(loc, value=nm.split()[-1]),
        num=neg_kind("NUMBER", loc),
    )


def t_de_onboarding(d, loc):
    d.fill(
        "Für den Zugang zum Build-Server trag bitte Folgendes ein:\n```\nexport GITLAB_TOKEN={k}\nexport BUILD_ID={uid}\n```\n"
        "Das Passwort für das Wiki lautet {pw}.",
        k=api_key("gitlab"),
        uid=neg_kind("UUID", loc),
        pw=api_key("password"),
    )


def t_de_versicherung(d, loc):
    d.fill(
        "Schadensmeldung vom {nd}: Versicherungsnehmer {p}, wohnhaft {st}, {tail}. Die Erstattung geht an {ib}. "
        "Kreditkarte für die Selbstbeteiligung: {cc}.",
        nd=negdate(loc),
        p=person(loc),
        st=street(loc),
        tail=ign(city_tail(loc)),
        ib=iban(),
        cc=card(),
    )


def t_fr_pharmacie(d, loc):
    bd = dob_date()
    d.fill(
        "La pharmacie a bien reçu l'ordonnance de {p}, né(e) le {dob} ({age} ans). Numéro de dossier {m}. " "Merci d'appeler le {ph} avant le {nd}.",
        p=person(loc),
        dob=dob(loc, bd),
        age=age_of(bd),
        m=mrn(loc),
        ph=phone(loc),
        nd=negdate(loc),
    )


def t_fr_location(d, loc):
    d.fill(
        "Bonjour, le bail pour l'appartement situé {st}, {tail} est prêt. Locataires : {a} et {b}. Le dépôt de garantie "
        "sera prélevé sur {ib}. Référence du dossier : {oid}.",
        st=street(loc),
        tail=ign(city_tail(loc)),
        a=person(loc),
        b=person(loc),
        ib=iban("FR"),
        oid=neg_kind("ORDER_ID", loc),
    )


def t_fr_juridique(d, loc):
    nm = person_str(loc, "fl")
    d.fill(
        "Maître,\n\nNous représentons M. {p} dans l'affaire {oid}. M. {last} conteste le prélèvement effectué sur la carte {cc} "
        "le {nd}. Vous pouvez le joindre au {ph} ou par courriel à {em}.\n\nVeuillez agréer nos salutations.",
        p=person(loc, value=nm),
        oid=neg_kind("ORDER_ID", loc),
        last=person(loc, value=nm.split()[-1]),
        cc=card(),
        nd=negdate(loc),
        ph=phone(loc),
        em=email(loc, nm),
    )


def t_fr_support(d, loc):
    d.fill(
        "Le client {p} signale des connexions suspectes depuis {ip} et {ip6}. Jeton de session exposé : {k}. "
        "Version de l'application : {ver}, identifiant de trace {h}.",
        p=person(loc),
        ip=ipv4(False),
        ip6=ipv6(),
        k=api_key(R.choice(["jwt", "slack", "stripe"])),
        ver=neg_kind("VERSION", loc),
        h=neg_kind("HASH", loc),
    )


def t_fr_recrutement(d, loc):
    d.fill(
        "Candidats retenus pour l'entretien :\n1. {a} - {ea}\n2. {b} - {eb}\n3. {c} - {pc}\nEntretiens le {nd} au {tc}.",
        a=person(loc),
        ea=email(loc),
        b=person(loc),
        eb=email(loc),
        c=person(loc),
        pc=phone(loc),
        nd=negdate(loc),
        tc=neg_kind("TITLECASE", loc),
    )


def t_fr_assurance(d, loc):
    d.fill(
        "Attestation : {p}, date de naissance {dob}, demeurant {st}, {tail}, est assuré(e) sous le contrat {oid}. "
        "Numéro de sécurité sociale américain déclaré : {ssn}.",
        p=person(loc),
        dob=dob(loc),
        st=street(loc),
        tail=ign(city_tail(loc)),
        oid=neg_kind("ORDER_ID", loc),
        ssn=ssn(),
    )


def t_ru_apteka(d, loc):
    bd = dob_date()
    d.fill(
        "Аптека: рецепт для {p} ({age} лет, дата рождения {dob}) готов к выдаче. Номер медкарты {m}. "
        "Связаться можно по телефону {ph}. Заказ {oid}.",
        p=person(loc),
        age=age_of(bd),
        dob=dob(loc, bd),
        m=mrn(loc),
        ph=phone(loc),
        oid=neg_kind("ORDER_ID", loc),
    )


def t_ru_arenda(d, loc):
    d.fill(
        "Договор аренды квартиры по адресу {st} заключён с {p}, паспорт {pp}, СНИЛС {sn}. Арендодатель — {l}, ИНН {inn}. "
        "Первый платёж до {nd}.",
        st=street(loc),
        p=person(loc),
        pp=passport(),
        sn=snils(),
        l=person(loc, "init"),
        inn=inn(),
        nd=negdate(loc),
    )


def t_ru_sud(d, loc):
    nm = person_str(loc, "full")
    d.fill(
        "Исковое заявление\n\nИстец: {p}, {dob} г.р., зарегистрирован по адресу: {st}.\nОтветчик: ООО «Ромашка», ИНН {inn}.\n"
        "Истец {last} просит взыскать {num} руб. Дело № {oid}.",
        p=person(loc, value=nm),
        dob=dob(loc),
        st=street(loc),
        inn=ent("RU_INN", inn_raw(False), "inn10"),
        last=person(loc, value=nm.split()[0]),
        num=neg_kind("NUMBER", loc),
        oid=neg_kind("ORDER_ID", loc),
    )


def t_ru_bank(d, loc):
    d.fill(
        "Оспаривание операции: клиент {p} не узнаёт списание по карте {cc} от {nd}. Возврат на счёт {ib}. "
        "Номер обращения {oid}, вход выполнен с {ip}.",
        p=person(loc),
        cc=card(R.choice(["mir", "visa", "mastercard"])),
        nd=negdate(loc),
        ib=iban(),
        oid=neg_kind("ORDER_ID", loc),
        ip=ipv4(),
    )


def t_ru_it(d, loc):
    d.fill(
        "Новому сотруднику {p} выданы доступы. Токен GitHub: {k}\nПочта: {em}, внутренний IP {ip}. Сборка {ver}, "
        "хэш {h}.",
        p=person(loc),
        k=api_key(R.choice(["github_pat_classic", "github_pat_fine", "github_other"])),
        em=email(loc),
        ip=ipv4(True),
        ver=neg_kind("VERSION", loc),
        h=neg_kind("HASH", loc),
    )


def t_ru_hr(d, loc):
    d.fill(
        "Анкета кандидата:\n• ФИО полностью: {p}\n• Дата рождения: {dob}\n• Телефон: {ph}\n• Эл. почта: {em}\n• Паспорт: {pp}\n"
        "• Ожидания по зарплате: {num}",
        p=person(loc, "full"),
        dob=dob(loc),
        ph=phone(loc),
        em=email(loc),
        pp=passport(),
        num=neg_kind("NUMBER", loc),
    )


CHAT = {
    "en": [
        t_en_pharmacy,
        t_en_school,
        t_en_rental,
        t_en_logistics,
        t_en_telecom,
        t_en_legal,
        t_en_visa,
        t_en_insurance,
        t_en_recruiting,
        t_en_dating,
        t_en_onboarding,
        t_en_dispute,
        t_en_secret_code,
        t_en_dburl,
    ],
    "de": [t_de_apotheke, t_de_miete, t_de_telekom, t_de_bewerbung, t_de_onboarding, t_de_versicherung],
    "fr": [t_fr_pharmacie, t_fr_location, t_fr_juridique, t_fr_support, t_fr_recrutement, t_fr_assurance],
    "ru": [t_ru_apteka, t_ru_arenda, t_ru_sud, t_ru_bank, t_ru_it, t_ru_hr],
}


# ---------------------------------------------------------------------------------------------- JSON shapes
class J(object):
    """Registry of labelled values embedded into a JSON object as sentinels; lvl = extra JSON-string nesting."""

    def __init__(self):
        self.reg = []

    def __call__(self, e, lvl=0, num=False):
        self.reg.append((e, lvl, num))
        return SENT % (len(self.reg) - 1)

    def nested(self, obj):
        for i, (e, lvl, num) in enumerate(self.reg):
            if (SENT % i) in json.dumps(obj, ensure_ascii=False):
                self.reg[i] = (e, lvl + 1, num)
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

    def render(self, obj, compact):
        raw = json.dumps(obj, ensure_ascii=False, indent=None if compact else R.choice([2, 4]), separators=(",", ":") if compact else None)
        d, pos = Doc(), 0
        for m in SENT_RE.finditer(raw):
            e, lvl, num = self.reg[int(m.group(1))]
            d.add(raw[pos : m.start()])
            if num:
                d.add(e)
            else:
                v = e.value
                for _ in range(lvl + 1):
                    v = json.dumps(v, ensure_ascii=False)[1:-1]
                if e.core:
                    c0, c1 = (len(json.dumps(e.value[:c], ensure_ascii=False)) - 2 for c in e.core)
                    e = E(e.kind, e.typ, v, e.sub, e.obf, (c0, c1))
                else:
                    e = E(e.kind, e.typ, v, e.sub, e.obf)
                d.add(m.group(0)[:1] if m.group(0)[0] == '"' else "").add(e).add('"' if m.group(0).endswith('"') else "")
            pos = m.end()
        d.add(raw[pos:])
        return d


def contact(j, loc, keys):
    nm = person_str(loc)
    out = {}
    for k in keys:
        if k in ("name", "fullName", "display_name", "contact_person", "holder"):
            out[k] = j(person(loc, value=nm))
        elif k in ("email", "mail", "emailAddress", "primary_email"):
            out[k] = j(email(loc, nm))
        elif k in ("phone", "msisdn", "mobile", "tel"):
            out[k] = j(phone(loc))
        elif k in ("birthdate", "dob", "born_on"):
            out[k] = j(dob(loc))
        elif k in ("street", "line1", "address1"):
            out[k] = j(street(loc))
        elif k in ("city", "town"):
            out[k] = j(ign(fk(loc).city()))
        elif k == "iban":
            out[k] = j(iban())
        elif k == "ssn":
            out[k] = j(ssn())
        elif k == "card":
            out[k] = j(card("visa" if loc != "ru_RU" else "mir"))
        elif k == "ip":
            out[k] = j(ipv4())
        elif k == "mrn":
            out[k] = j(mrn(loc))
        elif k == "id":
            out[k] = j(neg_kind("UUID", loc))
        elif k == "updated":
            out[k] = j(neg_kind("TIMESTAMP", loc))
    return out


def s_graphql(j, loc, n):
    nodes = []
    for _ in range(n):
        c = contact(j, loc, ["id", "fullName", "birthdate"])
        c["emails"] = [{"address": j(email(loc)), "primary": True}]
        c["addresses"] = {"edges": [{"node": contact(j, loc, ["line1", "city"])}]}
        nodes.append({"node": c, "cursor": base64.b64encode(digits(6).encode()).decode()})
    return {
        "data": {"customers": {"edges": nodes, "pageInfo": {"hasNextPage": False}}},
        "extensions": {"cost": {"requestedQueryCost": n * 7}, "traceId": j(neg_kind("HASH", loc))},
    }


def s_openapi(j, loc, n):
    ex = {"patients": [contact(j, loc, ["name", "dob", "mrn", "phone"]) for _ in range(n)], "generatedAt": j(neg_kind("TIMESTAMP", loc))}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Clinic API", "version": j(neg_kind("VERSION", loc))},
        "paths": {
            "/v2/patients": {"get": {"summary": "List patients", "responses": {"200": {"description": "OK", "content": {"application/json": {"example": ex}}}}}}
        },
    }


def s_webhook(j, loc, n):
    objs = []
    for _ in range(n):
        bd = contact(j, loc, ["name", "email", "phone"])
        bd["address"] = contact(j, loc, ["line1", "city"])
        objs.append(
            {
                "id": "dp_" + alnum(14),
                "object": "dispute",
                "amount": int(digits(4)),
                "billing_details": bd,
                "payment_method_details": {"card": {"number": j(card()), "fingerprint": j(neg_kind("HASH", loc))}},
            }
        )
    return {
        "id": "evt_" + alnum(16),
        "type": "charge.dispute.created",
        "created": j(neg("TIMESTAMP", str(1700000000 + R.randint(0, 9**8))), num=True),
        "data": {"objects": objs},
        "livemode": True,
    }


def s_events(j, loc, n):
    evs = []
    for i in range(n):
        kind = R.choice(["TenantRegistered", "BankAccountChanged", "ContactAdded"])
        if kind == "TenantRegistered":
            pl = contact(j, loc, ["display_name", "born_on", "street", "town"])
        elif kind == "BankAccountChanged":
            pl = {"holder": j(person(loc)), "iban": j(iban()), "previousIbanHash": j(neg_kind("HASH", loc))}
        else:
            pl = contact(j, loc, ["contact_person", "mail", "mobile"])
        evs.append({"eventId": j(neg_kind("UUID", loc)), "eventType": kind, "streamVersion": i + 1, "occurredAt": j(neg_kind("TIMESTAMP", loc)), "payload": pl})
    return {"streamId": "tenant-" + str(uuid.UUID(int=R.getrandbits(128), version=4)), "events": evs}


def s_es(j, loc, n):
    hits = []
    for _ in range(n):
        src = contact(j, loc, ["name", "emailAddress", "ip", "updated"])
        src["message"] = "Login failed for " + j(person(loc)) + " from " + j(ipv4(False))
        hits.append({"_index": "support-%d.%02d" % (2025, R.randint(1, 12)), "_id": alnum(20), "_score": round(R.random() * 5, 3), "_source": src})
    return {"took": R.randint(1, 40), "timed_out": False, "hits": {"total": {"value": n, "relation": "eq"}, "max_score": 4.2, "hits": hits}}


def s_bigquery(j, loc, n):
    cols = ["customer_name", "email", "phone", "order_id", "birth_date"]
    rows = []
    for _ in range(n):
        rows.append({"f": [{"v": j(person(loc))}, {"v": j(email(loc))}, {"v": j(phone(loc))}, {"v": j(neg_kind("ORDER_ID", loc))}, {"v": j(dob(loc))}]})
    return {
        "kind": "bigquery#queryResponse",
        "schema": {"fields": [{"name": c, "type": "STRING"} for c in cols]},
        "rows": rows,
        "totalRows": str(n),
        "jobComplete": True,
    }


def s_sql(j, loc, n):
    return {
        "query": "SELECT name, ssn, card_number, created_at FROM accounts LIMIT %d" % n,
        "columns": ["name", "ssn", "card_number", "created_at"],
        "rows": [[j(person(loc)), j(ssn()), j(card()), j(neg_kind("TIMESTAMP", loc))] for _ in range(n)],
        "elapsed_ms": R.randint(3, 900),
    }


def s_csv(j, loc, n):
    lines = ["full_name;email;phone;iban"] + [";".join([j(person(loc)), j(email(loc)), j(phone(loc)), j(iban())]) for _ in range(n)]
    return {"file": "export_%s.csv" % digits(6), "encoding": "utf-8", "rows": n, "content": "\n".join(lines) + "\n", "sha1": j(neg_kind("HASH", loc))}


def s_companies(j, loc, n):
    return {
        "results": [
            {
                "company": fk(loc).company(),
                "vatNumber": j(neg_kind("ORDER_ID", loc)),
                "contacts": [dict(contact(j, loc, ["name", "email", "tel"]), role=R.choice(["CFO", "DPO", "Buyer"])) for _ in range(2)],
            }
            for _ in range(n)
        ],
        "page": 1,
    }


def s_toolresult(j, loc, n):
    inner = {"patients": [contact(j, loc, ["name", "dob", "mrn", "primary_email"]) for _ in range(n)], "status": "ok"}
    return {"role": "tool", "tool_call_id": "call_" + alnum(16), "name": "search_patients", "content": j.nested(inner)}


def s_history(j, loc, n):
    msgs = []
    for _ in range(n):
        nm = person(loc)
        msgs.append({"role": "user", "content": "Hi, I am " + j(nm) + ", card " + j(card()) + " was charged twice. Mail me at " + j(email(loc)) + "."})
        msgs.append({"role": "assistant", "content": "Thanks! I opened case " + j(neg_kind("ORDER_ID", loc)) + " and will refund the card."})
    return {"conversation_id": j(neg_kind("UUID", loc)), "messages": msgs}


def s_secret(j, loc, n):
    data = {"DATABASE_URL": "postgres://app:" + j(ent("API_KEY", alnum(14), "db_password")) + "@db.internal:5432/app"}
    for i in range(n):
        data["TOKEN_%d" % i] = j(api_key(R.choice(["slack", "stripe", "github_pat_classic", "google_api", "aws_access_key_id", "jwt"])))
    data["TLS_KEY"] = j(api_key("pem"))
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "app-secrets", "uid": j(neg_kind("UUID", loc)), "resourceVersion": digits(6)},
        "type": "Opaque",
        "stringData": data,
    }


def _inn_num():
    v = "0"
    while v[0] == "0":
        v = inn_raw()
    return ent("RU_INN", v, "inn%d_json_number" % len(v))


def s_ru_kadry(j, loc, n):
    return {
        "выгрузка": "кадры",
        "сотрудники": [
            {"фио": j(person("ru_RU")), "дата_рождения": j(dob("ru_RU")), "паспорт": j(passport()), "снилс": j(snils()), "инн": j(_inn_num(), num=True)}
            for _ in range(n)
        ],
        "сформировано": j(neg_kind("TIMESTAMP", loc)),
    }


def s_audit(j, loc, n):
    return {
        "logs": [
            {
                "ts": j(neg_kind("TIMESTAMP", loc)),
                "actor": j(email(loc)),
                "src": j(R.choice([ipv4, ipv6])()),
                "action": R.choice(["login", "export"]),
                "agent": "client/" + j(neg_kind("VERSION", loc)),
            }
            for _ in range(n)
        ]
    }


JSON_SHAPES = [s_graphql, s_openapi, s_webhook, s_events, s_es, s_bigquery, s_sql, s_csv, s_companies, s_toolresult, s_history, s_secret, s_audit]


# ---------------------------------------------------------------------------------------------- obfuscations
ZW = "\u200b\u200c\u200d\u2060\ufeff"
HOMO = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "y": "у",
    "A": "А",
    "B": "В",
    "E": "Е",
    "K": "К",
    "M": "М",
    "H": "Н",
    "O": "О",
    "P": "Р",
    "C": "С",
    "T": "Т",
    "X": "Х",
}
SPELL = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
DASH = {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "тире"}


def obfuscate(kind, v, lang):
    if kind == "zero_width":
        idx = sorted(R.sample(range(1, len(v)), min(len(v) - 1, R.randint(2, 4))), reverse=True)
        for i in idx:
            v = v[:i] + R.choice(ZW) + v[i:]
        return v
    if kind == "homoglyph":
        pos = [i for i, ch in enumerate(v) if ch in HOMO]
        for i in R.sample(pos, min(len(pos), R.randint(1, 3))):
            v = v[:i] + HOMO[v[i]] + v[i + 1 :]
        return v
    if kind == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() or ch.isupper() and ch.isascii() else ch for ch in v)
    if kind == "spaced":
        return " ".join(ch for ch in v if ch != " ")
    if kind == "spelled":
        return " ".join(SPELL[lang][int(ch)] if ch.isdigit() else DASH[lang] for ch in v if ch not in " ()")
    if kind == "words":
        at, dot = R.choice([(" [at] ", " [dot] "), (" at ", " dot "), ("(at)", "(dot)"), (" AT ", " DOT ")])
        user, dom = v.split("@")
        return user + at + dom.replace(".", dot)
    if kind == "dotted":
        return re.sub(r"[- ]", ".", v)
    return v.replace(".", R.choice(["[.]", "(.)", "[dot]"])) if "." in v else v.replace(":", "[:]")


OBF_KINDS = {
    "PERSON": ["zero_width", "homoglyph"],
    "EMAIL": ["words", "zero_width", "homoglyph", "words"],
    "PHONE": ["spelled", "fullwidth", "spaced", "zero_width"],
    "CREDIT_CARD": ["fullwidth", "spaced", "dotted", "zero_width"],
    "IBAN": ["fullwidth", "zero_width", "spaced"],
    "US_SSN": ["dotted", "spelled", "fullwidth", "spaced"],
    "IPV4": ["defang", "zero_width", "fullwidth"],
    "IPV6": ["defang", "zero_width"],
    "API_KEY": ["homoglyph", "zero_width"],
    "RU_PASSPORT": ["spaced", "fullwidth"],
    "RU_SNILS": ["spaced", "zero_width", "fullwidth"],
    "RU_INN": ["spaced", "fullwidth"],
    "DATE_OF_BIRTH": ["zero_width", "fullwidth"],
    "STREET_ADDRESS": ["zero_width", "homoglyph"],
    "MEDICAL_RECORD_NUMBER": ["fullwidth", "spaced"],
}


def ob(e, lang, p=0.85):
    if R.random() > p:
        return e
    kind = R.choice(OBF_KINDS[e.typ])
    v = obfuscate(kind, e.value, lang)
    return E("ent", e.typ, v, e.sub, kind) if v != e.value else e


def o_en_chatwidget(d, loc):
    d.fill(
        'Forwarding what the customer typed into the chat widget verbatim: "name {p}, card {cc}, reach me at {em} or {ph}". ' "Ticket {oid}.",
        p=ob(person(loc), "en"),
        cc=ob(card(), "en"),
        em=ob(email(loc), "en"),
        ph=ob(phone(loc), "en"),
        oid=neg_kind("ORDER_ID", loc),
    )


def o_en_intel(d, loc):
    d.fill(
        "Threat intel digest ({nd}): beacon to {ip}, fallback {ip6}, operator mailbox {em}, leaked key {k}. Sample hash {h}.",
        nd=negdate(loc),
        ip=ob(ipv4(False), "en", 1),
        ip6=ob(ipv6(), "en"),
        em=ob(email(loc), "en"),
        k=ob(api_key(R.choice(["aws_access_key_id", "slack", "github_pat_classic"])), "en"),
        h=neg_kind("HASH", loc),
    )


def o_en_voicemail(d, loc):
    d.fill(
        'Voicemail transcript: "Hi, this is {p}, my social is {ssn} and my callback is {ph}. Born {dob}." Duration {num} s.',
        p=ob(person(loc), "en"),
        ssn=ob(ssn(), "en", 1),
        ph=ob(phone(loc), "en", 1),
        dob=ob(dob(loc), "en"),
        num=neg("NUMBER", digits(2)),
    )


def o_de_formular(d, loc):
    d.fill(
        "Aus dem Kontaktformular (Freitext): IBAN {ib}, Telefon {ph}, Mail {em}, Gruß {p}. Eingang {ts}.",
        ib=ob(iban("DE"), "de", 1),
        ph=ob(phone(loc), "de"),
        em=ob(email(loc), "de"),
        p=ob(person(loc), "de"),
        ts=neg_kind("TIMESTAMP", loc),
    )


def o_fr_formulaire(d, loc):
    d.fill(
        "Le formulaire contient : carte {cc}, e-mail {em}, adresse IP {ip}, titulaire {p}. Version {ver}.",
        cc=ob(card(), "fr", 1),
        em=ob(email(loc), "fr"),
        ip=ob(ipv4(), "fr"),
        p=ob(person(loc), "fr"),
        ver=neg_kind("VERSION", loc),
    )


def o_ru_anketa(d, loc):
    d.fill(
        "Клиент прислал в чат: паспорт {pp}, СНИЛС {sn}, ИНН {inn}, телефон {ph}, почта {em}.",
        pp=ob(passport(), "ru"),
        sn=ob(snils(), "ru"),
        inn=ob(inn(), "ru"),
        ph=ob(phone(loc), "ru"),
        em=ob(email(loc), "ru"),
    )


OBF = {"en": [o_en_chatwidget, o_en_intel, o_en_voicemail], "de": [o_de_formular], "fr": [o_fr_formulaire], "ru": [o_ru_anketa]}


# ---------------------------------------------------------------------------------------------- documents
def chat_doc(loc, obf=False):
    d = Doc()
    lang = loc[:2]
    if R.random() < 0.3:
        d.add(filler(loc) + R.choice([" ", "\n\n"]))
    tpl = R.choice((OBF if obf else CHAT)[lang])
    tpl(d, loc)
    if R.random() < 0.3:
        d.add("\n\n" + filler(loc))
    return d, tpl.__name__


def text4k_doc(loc):
    d, names = Doc(), []
    while d.n < 3800:
        if d.n:
            d.add("\n\n")
        if R.random() < 0.4:
            d.add("## ").add(neg("TITLECASE", R.choice(TITLES[loc[:2]]))).add("\n\n")
        d.add(filler(loc, R.randint(2, 5)) + " ")
        tpl = R.choice(CHAT[loc[:2]])
        tpl(d, loc)
        names.append(tpl.__name__)
    return d, "text4k." + "+".join(sorted(set(names)))[:60]


def json_doc(loc, big=False):
    shapes = JSON_SHAPES + ([s_ru_kadry] * 3 if loc == "ru_RU" else [])
    shape = R.choice(shapes)
    n = 1
    while True:
        j = J()
        obj = shape(j, loc, n if big else R.randint(1, 3))
        d = j.render(obj, compact=R.random() < 0.4)
        if not big or d.n >= 3800 or n > 60:
            return d, "json." + shape.__name__[2:]
        n += 1


def chunks_of(text):
    out, i = [], 0
    while i < len(text):
        k = R.randint(1, 16)
        out.append(text[i : i + k])
        i += k
    return out


def build(shape, idx, seed):
    loc = R.choice(LOCALES)
    base = R.choice(["chat", "chat", "json", "text4k", "obfuscated"]) if shape == "stream" else shape
    if base in ("chat", "obfuscated"):
        d, tpl = chat_doc(loc, base == "obfuscated")
        tpl = ("obf." if base == "obfuscated" else "chat.") + tpl[2:]
    elif base == "text4k":
        d, tpl = text4k_doc(loc)
    else:
        d, tpl = json_doc(loc, base == "json4k")
    doc = {
        "id": "probe_e-%d-%s-%04d" % (seed, shape, idx),
        "split": "probe_e",
        "shape": shape,
        "format": "json" if base.startswith("json") else "text",
        "locale": loc,
        "lang": loc[:2],
        "template": tpl,
        "holdout_only_template": True,
    }
    if shape == "stream":
        doc["base_shape"] = base
    doc["text"] = d.text
    if shape == "stream":
        doc["chunks"] = chunks_of(d.text)
    doc.update(entities=d.ents, negatives=d.negs, ignore=d.ign)
    check(doc)
    return doc


def check(doc):
    t = doc["text"]
    for e in doc["entities"] + doc["negatives"]:
        assert t[e["start"] : e["end"]] == e["value"], (doc["id"], e)
    if doc["format"] == "json":
        json.loads(t)
    if "chunks" in doc:
        assert "".join(doc["chunks"]) == t and all(1 <= len(c) <= 16 for c in doc["chunks"])


COUNTS = [("chat", 180), ("json", 110), ("json4k", 30), ("text4k", 30), ("obfuscated", 70), ("stream", 60)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=9090)
    args = ap.parse_args()
    R.seed(args.seed)
    for i, loc in enumerate(sorted(set(LOCALES))):
        FK[loc] = Faker(loc)
        FK[loc].seed_instance(args.seed * 10 + i)
    n = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for shape, cnt in COUNTS:
            for i in range(cnt):
                fh.write(json.dumps(build(shape, i, args.seed), ensure_ascii=False) + "\n")
                n += 1
    print("wrote %d docs to %s" % (n, args.out))


if __name__ == "__main__":
    main()
