#!/usr/bin/env python3
"""Probe F: an independent held-out PII corpus in the pii-bench schema (own templates and JSON shapes).

    PYTHONPATH=/tmp/faker-site python make_probe_f.py --out /tmp/probe_f.jsonl [--seed 6060]

Faker supplies names, streets, cities and dates; checksummed values are generated valid here.
"""
import argparse
import base64
import json
import random
import re
import string

from faker import Faker

LOCALES = [("en_US", 30), ("en_GB", 14), ("de_DE", 18), ("fr_FR", 16), ("ru_RU", 22)]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
B64 = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits


# ---------------------------------------------------------------------------------------------- checksummed values
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def iban(r, cc):
    spec = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "NL": "a4n10", "IT": "a1n10c12",
            "BE": "n12", "AT": "n16", "CH": "n5c12", "PL": "n24"}[cc]
    bban = ""
    for kind, cnt in re.findall(r"([anc])(\d+)", spec):
        pool = {"a": string.ascii_uppercase, "n": string.digits, "c": UP}[kind]
        bban += "".join(r.choice(pool) for _ in range(int(cnt)))
    num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    return cc + "%02d" % (98 - num % 97) + bban


def iban_ok(v):
    v = v.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in v[4:] + v[:4])) % 97 == 1


def snils(r):
    body = "%09d" % r.randint(1002000, 999999999)
    s = sum(int(d) * (9 - i) for i, d in enumerate(body))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101)
    return body, "%02d" % (0 if c == 100 else c)


def inn(r, n):
    w10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [r.randint(0, 9) for _ in range(n - (1 if n == 10 else 2))]
    d[0] = r.randint(1, 9)
    if n == 10:
        return "".join(map(str, d + [sum(a * b for a, b in zip(w10, d)) % 11 % 10]))
    d.append(sum(a * b for a, b in zip(w11, d)) % 11 % 10)
    d.append(sum(a * b for a, b in zip(w12, d)) % 11 % 10)
    return "".join(map(str, d))


def nhs(r):
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        c = 0 if c == 11 else c
        if c != 10:
            s = "".join(map(str, d + [c]))
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


# ---------------------------------------------------------------------------------------------- value factories
class Values(object):
    def __init__(self, r, seed):
        self.r = r
        self.fk = {}
        for i, (loc, _) in enumerate(LOCALES):
            self.fk[loc] = Faker(loc)
            self.fk[loc].seed_instance(seed * 7 + i)

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def person(self, loc):
        f, r = self.fk[loc], self.r
        if loc == "ru_RU":
            if r.random() < 0.5:
                return f.first_name_male(), f.last_name_male(), f.middle_name_male()
            return f.first_name_female(), f.last_name_female(), f.middle_name_female()
        return f.first_name(), f.last_name(), ""

    def email(self, loc, first="", last=""):
        r = self.r
        if first and r.random() < 0.5 and re.match(r"^[A-Za-z]+$", first + last):
            dom = r.choice(["example.com", "example.org", "mail-example.net", "corp.example.de"])
            return "%s%s%s@%s" % (first.lower(), r.choice([".", "_", ""]), last.lower(), dom)
        return self.fk[loc].email()

    def phone(self, loc):
        r, d = self.r, self.digits
        if loc == "en_US":
            a = str(r.randint(201, 989))
            return r.choice(["(%s) %s-%s" % (a, d(3), d(4)), "+1-%s-%s-%s" % (a, d(3), d(4)), "%s.%s.%s" % (a, d(3), d(4)),
                             "+1 (%s) %s %s" % (a, d(3), d(4))]), "us"
        if loc == "en_GB":
            return r.choice(["07%s %s" % (d(3), d(6)), "+44 7%s %s %s" % (d(3), d(3), d(3)), "020 %s %s" % (d(4), d(4)),
                             "(0161) %s %s" % (d(3), d(4))]), "gb"
        if loc == "de_DE":
            return r.choice(["+49 15%s %s" % (d(1), d(7)), "0%s %s %s" % (r.choice(["89", "40", "711"]), d(3), d(4)),
                             "+49 (0) 69 %s-%s" % (d(4), d(3)), "0176-%s" % d(8)]), "de"
        if loc == "fr_FR":
            g = [d(2) for _ in range(4)]
            return r.choice(["06.%s.%s.%s.%s" % tuple(g), "+33 7 %s %s %s %s" % tuple(g), "+33 (0)1 %s %s %s %s" % tuple(g),
                             "07 %s %s %s %s" % tuple(g)]), "fr"
        a = "9%s" % d(2)
        return r.choice(["+7 (%s) %s-%s-%s" % (a, d(3), d(2), d(2)), "8 %s %s-%s-%s" % (a, d(3), d(2), d(2)),
                         "8(%s)%s%s" % (a, d(3), d(4)), "+7-%s-%s-%s-%s" % (a, d(3), d(2), d(2))]), "ru"

    def ssn(self):
        r = self.r
        area = r.choice([x for x in range(1, 900) if x != 666])
        a, g, s = "%03d" % area, "%02d" % r.randint(1, 99), "%04d" % r.randint(1, 9999)
        return r.choice([("%s-%s-%s" % (a, g, s), "dashed"), ("%s%s%s" % (a, g, s), "plain"), ("%s %s %s" % (a, g, s), "spaced")])

    def card(self, valid=True):
        r = self.r
        kind = r.choice(["visa", "mastercard", "amex", "discover", "jcb", "mir"])
        pre = {"visa": "4", "mastercard": r.choice(["51", "53", "55", "2221", "2720"]), "amex": r.choice(["34", "37"]),
               "discover": "6011", "jcb": str(r.randint(3528, 3589)), "mir": "220" + str(r.randint(0, 4))}[kind]
        n = 15 if kind == "amex" else 16
        body = pre + self.digits(n - 1 - len(pre))
        chk = luhn_digit(body)
        num = body + (chk if valid else str((int(chk) + r.randint(1, 9)) % 10))
        sep = r.choice([" ", "-", ""])
        if n == 15:
            out = sep.join([num[:4], num[4:10], num[10:]])
        else:
            out = sep.join(num[i:i + 4] for i in range(0, 16, 4))
        return out, kind

    def iban(self, loc):
        r = self.r
        cc = {"en_GB": "GB", "de_DE": r.choice(["DE", "AT", "CH"]), "fr_FR": r.choice(["FR", "BE"]),
              "ru_RU": r.choice(["DE", "PL", "NL"]), "en_US": r.choice(["ES", "IT", "NL", "GB"])}[loc]
        v = iban(r, cc)
        assert iban_ok(v)
        if r.random() < 0.5:
            return " ".join(v[i:i + 4] for i in range(0, len(v), 4)), cc + "_grouped"
        return v, cc + "_compact"

    def ipv4(self):
        r = self.r
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "%d.%d.%d.%d" % (r.randint(11, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])

    def ipv6(self):
        r = self.r
        g = ["%x" % r.randint(0, 65535) for _ in range(8)]
        return r.choice([":".join(g), "2a02:%s:%s::%s" % tuple(g[:3]), "fe80::%s:%s:%s" % tuple(g[:3])])

    def dob(self, loc):
        r = self.r
        d = self.fk[loc].date_of_birth(minimum_age=18, maximum_age=90)
        lang = LANG[loc]
        m = MONTHS[lang][d.month - 1]
        if lang == "en":
            opts = ["%s %d, %d" % (m, d.day, d.year), "%d %s %d" % (d.day, m, d.year), d.isoformat()]
            opts.append("%02d/%02d/%d" % ((d.month, d.day, d.year) if loc == "en_US" else (d.day, d.month, d.year)))
        elif lang == "de":
            opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, m, d.year), d.isoformat()]
        elif lang == "fr":
            opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, m, d.year)]
        else:
            opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d %s %d г." % (d.day, m, d.year), "%d %s %d" % (d.day, m, d.year)]
        return r.choice(opts)

    def street(self, loc):
        f = self.fk[loc]
        s = f.street_address().replace("\n", ", ")
        return s, f.postcode(), f.city()

    def apikey(self):
        r = self.r

        def rs(n, pool=B64):
            return "".join(r.choice(pool) for _ in range(n))
        kind = r.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_pat_fine", "gitlab", "google_api",
                         "jwt", "openai_like", "slack", "stripe", "github_other"])
        if kind == "aws_access_key_id":
            v = "AKIA" + rs(16, UP)
        elif kind == "aws_secret_key":
            v = rs(40, B64 + "/+")
        elif kind == "github_pat_classic":
            v = "ghp_" + rs(36)
        elif kind == "github_other":
            v = r.choice(["gho_", "ghs_", "ghu_"]) + rs(36)
        elif kind == "github_pat_fine":
            v = "github_pat_" + rs(22) + "_" + rs(59)
        elif kind == "gitlab":
            v = "glpat-" + rs(20, B64 + "-_")
        elif kind == "google_api":
            v = "AIza" + rs(35, B64 + "-_")
        elif kind == "openai_like":
            v = "sk-" + r.choice(["proj-", "svcacct-", ""]) + rs(48)
        elif kind == "slack":
            v = "xox%s-%s-%s-%s" % (r.choice("bpas"), self.digits(12), self.digits(13), rs(24))
        elif kind == "stripe":
            v = r.choice(["sk_live_", "rk_live_"]) + rs(24)
        else:
            def enc(o):
                return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
            v = "%s.%s.%s" % (enc({"alg": "RS256", "typ": "JWT"}), enc({"sub": self.digits(8), "iat": r.randint(1.6e9, 1.75e9),
                                                                           "scope": "read write"}), rs(86, B64 + "-_"))
        return v, kind

    def password(self):
        r = self.r
        return "".join(r.choice(B64 + "!#%*-_+") for _ in range(r.randint(12, 22)))

    def pem(self):
        r = self.r
        label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        body = "\n".join("".join(r.choice(B64 + "+/") for _ in range(64)) for _ in range(r.randint(3, 7)))
        head, tail = "-----BEGIN %s-----\n" % label, "\n-----END %s-----" % label
        return head + body + tail, len(head), len(head) + len(body), "pem_" + label.lower().replace(" ", "_")

    def passport(self):
        r = self.r
        ser, num = "%02d%02d" % (r.randint(1, 99), r.randint(0, 24)), self.digits(6)
        return r.choice([("%s %s" % (ser, num), "series_number"), ("%s %s %s" % (ser[:2], ser[2:], num), "spaced"),
                         ("%s № %s" % (ser, num), "numero"), (ser + num, "plain")])

    def snils(self):
        b, c = snils(self.r)
        return self.r.choice([("%s-%s-%s %s" % (b[:3], b[3:6], b[6:], c), "formatted"), (b + c, "plain"),
                              ("%s-%s-%s-%s" % (b[:3], b[3:6], b[6:], c), "dashed")])

    def mrn(self):
        r = self.r
        return r.choice([(self.digits(r.choice([7, 8])), "numeric"), ("MRN-" + self.digits(7), "prefixed"),
                         ("%s%s-%s" % (r.choice(["KX", "HB", "RM"]), self.digits(6), r.choice(UP)), "alnum"), (nhs(r), "nhs")])

    # ------------------------------------------------------------------ negatives
    def neg(self, kind):
        r, d = self.r, self.digits
        if kind == "NEG_TIMESTAMP":
            return r.choice(["2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                                                     r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                             str(r.randint(1600000000, 1760000000)), "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))])
        if kind == "NEG_UUID":
            h = "%032x" % r.getrandbits(128)
            return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:])
        if kind == "NEG_ORDER_ID":
            return r.choice(["INV-%d-%s" % (r.randint(2019, 2025), d(5)), "PO%s" % d(8), "#%s" % d(6), "TCK-%s" % d(7)])
        if kind == "NEG_DATE":
            return r.choice(["%d-%02d-%02d" % (r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)),
                             "%02d.%02d.%d" % (r.randint(1, 28), r.randint(1, 12), r.randint(2023, 2026))])
        if kind == "NEG_HASH":
            return ("%064x" % r.getrandbits(256))[:r.choice([40, 64, 12])]
        if kind == "NEG_VERSION":
            return "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 20), r.randint(0, 99), r.randint(0, 999))
        if kind == "NEG_CARDLIKE":
            return self.card(valid=False)[0]
        if kind == "NEG_EMAILLIKE":
            return r.choice(["requests@2.31.0", "@angular/core@17.2.1", "numpy@1.26.4", "@aws-sdk/client-s3@3.540.0", "torch@2.3.0"])
        if kind == "NEG_B64":
            return base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(30, 60)))).decode()
        if kind == "NEG_NUMBER":
            return r.choice(["%d,%03d,%03d" % (r.randint(1, 99), r.randint(0, 999), r.randint(0, 999)), "%d %03d,%02d" % (
                r.randint(1, 99), r.randint(0, 999), r.randint(0, 99)), "%d.%02d" % (r.randint(100, 99999), r.randint(0, 99))])
        return r.choice(["Quarterly Business Review", "Annual Leave Policy", "Data Retention Schedule", "Customer Success Team",
                         "Incident Response Plan", "Service Level Agreement", "Release Notes", "Privacy Impact Assessment"])


NEG_KINDS = ["NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_DATE", "NEG_HASH", "NEG_VERSION", "NEG_CARDLIKE", "NEG_EMAILLIKE",
             "NEG_B64", "NEG_NUMBER", "NEG_TITLECASE"]


# ---------------------------------------------------------------------------------------------- document builder
class Doc(object):
    def __init__(self, vals, loc):
        self.v, self.loc, self.lang = vals, loc, LANG[loc]
        self.parts, self.ents, self.negs, self.ign, self.n = [], [], [], [], 0
        self.people = {}

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def e(self, typ, val, sub=None, core=None, obf=None):
        d = {"type": typ, "start": self.n, "end": self.n + len(val), "value": val}
        if sub:
            d["sub"] = sub
        if core:
            d["core"] = [self.n + core[0], self.n + core[1]]
        if obf:
            d["obf"] = obf
        self.ents.append(d)
        self.t(val)

    def ng(self, typ, val):
        self.negs.append({"type": "NEG_" + typ if not typ.startswith("NEG_") else typ, "start": self.n, "end": self.n + len(val),
                          "value": val})
        self.t(val)

    def ig(self, val):
        self.ign.append([self.n, self.n + len(val)])
        self.t(val)

    def person(self, i):
        if i not in self.people:
            loc = self.loc if self.v.r.random() < 0.85 else self.v.r.choice(LOCALES)[0]
            self.people[i] = self.v.person(loc) + (LANG[loc],)
        return self.people[i]

    def text(self):
        return "".join(self.parts)


TOKEN = re.compile(r"\{([A-Z]+)(\d?)\}")
NEG_TOK = {"TS": "TIMESTAMP", "UUID": "UUID", "ORD": "ORDER_ID", "DATE": "DATE", "HASH": "HASH", "VER": "VERSION", "NCARD": "CARDLIKE",
           "PKG": "EMAILLIKE", "B64": "B64", "NUM": "NUMBER", "TC": "TITLECASE"}


def render(doc, tpl):
    v, pos = doc.v, 0
    for m in TOKEN.finditer(tpl):
        doc.t(tpl[pos:m.start()])
        pos = m.end()
        tok, i = m.group(1), m.group(2) or "1"
        if tok in NEG_TOK:
            doc.ng(NEG_TOK[tok], v.neg("NEG_" + NEG_TOK[tok]))
            continue
        if tok in ("P", "LAST", "LF", "INI", "FIO", "E"):
            first, last, mid, lang = doc.person(i)
            if tok == "E":
                doc.e("EMAIL", v.email(doc.loc, first, last))
                continue
            val = {"P": "%s %s" % (first, last), "LAST": last, "LF": "%s, %s" % (last, first), "INI": "%s. %s" % (first[0], last),
                   "FIO": " ".join(x for x in (last, first, mid) if x)}[tok]
            doc.e("PERSON", val, lang)
        elif tok == "PH":
            val, sub = v.phone(doc.loc)
            doc.e("PHONE", val, sub)
        elif tok == "SSN":
            doc.e("US_SSN", *v.ssn())
        elif tok == "CC":
            doc.e("CREDIT_CARD", *v.card())
        elif tok == "IBAN":
            doc.e("IBAN", *v.iban(doc.loc))
        elif tok == "IP":
            doc.e("IPV4", v.ipv4())
        elif tok == "IPS":
            doc.e("IPV6", v.ipv6())
        elif tok == "DOB":
            doc.e("DATE_OF_BIRTH", v.dob(doc.loc))
        elif tok == "ADDR":
            street, pc, city = v.street(doc.loc)
            doc.e("STREET_ADDRESS", street, doc.lang)
            doc.ig(", %s %s" % ((city, pc) if doc.lang == "en" else (pc, city)))
        elif tok == "KEY":
            doc.e("API_KEY", *v.apikey())
        elif tok == "PWD":
            doc.e("API_KEY", v.password(), "db_password")
        elif tok == "PEM":
            val, a, b, sub = v.pem()
            doc.e("API_KEY", val, sub, core=(a, b))
        elif tok == "PASS":
            doc.e("RU_PASSPORT", *v.passport())
        elif tok == "SNILS":
            doc.e("RU_SNILS", *v.snils())
        elif tok == "INN":
            n = v.r.choice([10, 12])
            doc.e("RU_INN", inn(v.r, n), "inn%d" % n)
        elif tok == "MRN":
            doc.e("MEDICAL_RECORD_NUMBER", *v.mrn())
        else:
            raise KeyError(tok)
    doc.t(tpl[pos:])


CHAT = {
    "en": [
        "Here's a summary of the email thread: {P} ({E}) asked to move the {TC} to {DATE}. {LAST} also mentioned her new mobile, {PH}.",
        "Extracted entities:\n| Field | Value |\n|---|---|\n| Name | {LF} |\n| DOB | {DOB} |\n| SSN | {SSN} |\n| Ref | {ORD} |",
        "I've checked the account. The refund of ${NUM} went to the card ending in the number {CC}; the transaction id is {UUID}.",
        "Patient summary: {INI}, born {DOB}, MRN {MRN}. Seen on {DATE} for follow-up; next review in six weeks. Contact: {PH}.",
        "Dear {P},\n\nWe are pleased to confirm your start date of {DATE}. Your salary will be paid to IBAN {IBAN}.\n\nKind regards,\n{P2}\nPeople Team",
        "KYC result: PASSED. Applicant {P}, residing at {ADDR}, DOB {DOB}. Check id {HASH}, completed {TS}.",
        "Tool output (crm.lookup): name={P} email={E} phone={PH} last_login_ip={IP} plan=pro build={VER}",
        "Looking at the logs, the failed logins for {E} all come from {IP} and {IPS} between {TS} and {TS}. The client was {PKG}.",
        "Translation: \"Hello, my name is {P} and my card number is {CC}. Please call me back at {PH}.\"",
        "Agent trace:\n> thought: need to rotate the leaked credential\n> action: vault.revoke(\"{KEY}\")\n> observation: revoked at {TS}",
        "According to the onboarding document (p. 4), the service account for {P} uses password `{PWD}` - rotate it before {DATE}.",
        "The invoice {ORD} from {P} totals EUR {NUM}. Payment to {IBAN}; questions go to {E} or {PH}.",
        "Found a private key committed in {HASH}:\n\n{PEM}\n\nPlease revoke it.",
        "Mr {LAST} ({P}) lives at {ADDR}. His SSN is {SSN} and he was born on {DOB}.",
    ],
    "de": [
        "Zusammenfassung der E-Mail: {P} ({E}) bittet um Rückruf unter {PH} wegen Vorgang {ORD}.",
        "Die extrahierten Daten lauten:\n- Name: {LF}\n- Geburtsdatum: {DOB}\n- Anschrift: {ADDR}\n- IBAN: {IBAN}",
        "Sehr geehrte Frau {LAST},\n\nwir bestätigen Ihren Termin am {DATE}. Ihr Ansprechpartner ist {P2} ({E2}).\n\nMit freundlichen Grüßen",
        "Arztbrief: Patient {P}, geb. {DOB}, Fallnummer {MRN}. Aufnahme am {DATE}, Entlassung nach drei Tagen.",
        "Die Zahlung über {NUM} EUR wurde mit der Karte {CC} durchgeführt (Transaktions-ID {UUID}).",
        "Im Log sieht man Zugriffe von {IP} auf das Konto von {E}; Zeitpunkt {TS}, Client-Version {VER}.",
        "KYC-Prüfung abgeschlossen: {P}, wohnhaft {ADDR}, Telefon {PH}. Prüf-ID {HASH}.",
        "Übersetzung: „Mein Name ist {P}, meine Kontonummer lautet {IBAN}.“",
        "Der API-Schlüssel {KEY} wurde im Repository gefunden (Commit {HASH}). Bitte sofort widerrufen.",
        "Laut Personalakte ist {INI} seit {DATE} beschäftigt; Sozialversicherung US: {SSN}, Geburtstag {DOB}.",
    ],
    "fr": [
        "Résumé du courriel : {P} ({E}) souhaite décaler la réunion au {DATE}. Son numéro : {PH}.",
        "Entités extraites :\n* Nom : {LF}\n* Date de naissance : {DOB}\n* Adresse : {ADDR}\n* IBAN : {IBAN}",
        "Bonjour {P},\n\nVotre commande {ORD} a été remboursée sur la carte {CC}. Montant : {NUM} €.\n\nCordialement,\n{P2}",
        "Compte rendu médical : Mme {LAST}, née le {DOB}, dossier {MRN}. Consultation du {DATE}.",
        "D'après les journaux, l'adresse {IP} a tenté de se connecter au compte {E} à {TS}.",
        "Vérification KYC réussie pour {P} (téléphone {PH}, adresse {ADDR}). Référence {UUID}.",
        "Traduction : « Je m'appelle {P}, mon numéro de sécurité sociale américain est {SSN}. »",
        "Le jeton {KEY} apparaît dans le fichier .env de la version {VER} ; merci de le révoquer.",
        "Attestation employeur : {INI}, domicilié(e) {ADDR}, est salarié(e) depuis le {DATE}.",
    ],
    "ru": [
        "Краткое содержание письма: {FIO} ({E}) просит перенести встречу на {DATE}. Телефон: {PH}.",
        "Извлечённые данные:\n- ФИО: {FIO}\n- Дата рождения: {DOB}\n- Паспорт: {PASS}\n- СНИЛС: {SNILS}\n- ИНН: {INN}",
        "Здравствуйте, {P}! Возврат по заказу {ORD} зачислен на карту {CC}. Сумма: {NUM} руб.",
        "Выписка: пациент {FIO}, {DOB} г.р., медкарта № {MRN}, госпитализирован {DATE}.",
        "Проверка KYC пройдена: {P}, адрес {ADDR}, ИНН {INN}. Идентификатор проверки {UUID}.",
        "В журнале найдены входы в учётную запись {E} с адреса {IP} в {TS}; версия клиента {VER}.",
        "Перевод: «Меня зовут {P}, мой номер телефона {PH}, паспорт {PASS}».",
        "Сотрудник {FIO} ({INI}) принят на работу {DATE}; СНИЛС {SNILS}, реквизиты для зарплаты: {IBAN}.",
        "В конфигурации найден ключ {KEY} (коммит {HASH}), его нужно отозвать.",
    ],
}
LOG_LINES = [
    "{TS} INFO  auth  login ok user={E} src={IP}",
    "{TS} WARN  billing charge retry card={NCARD} order={ORD}",
    "{TS} DEBUG api   GET /v2/customers/{UUID} 200 ({NUM} ms)",
    "{TS} ERROR db    connect failed postgres://app:{PWD}@10.0.3.12:5432/crm",
    "{TS} INFO  deploy image sha256:{HASH} version {VER}",
]
TEXT4K_HEAD = {"en": "# Weekly support digest\n\n", "de": "# Wöchentlicher Support-Bericht\n\n", "fr": "# Synthèse hebdomadaire du support\n\n",
               "ru": "# Еженедельная сводка поддержки\n\n"}


# ---------------------------------------------------------------------------------------------- JSON shapes
def esc(s, depth):
    for _ in range(depth):
        s = json.dumps(s, ensure_ascii=False)[1:-1]
    return s


class J(object):
    """Registers labelled values behind sentinels, serializes, then splices the (escaped) values back in."""

    def __init__(self, doc):
        self.doc, self.v, self.regs = doc, doc.v, []

    def _s(self, kind, typ, val, sub=None, core=None, depth=1, number=False):
        self.regs.append((kind, typ, val, sub, core, depth, number))
        return "\u27e6%d\u27e7" % (len(self.regs) - 1)

    def person(self, i, form="P", depth=1):
        first, last, mid, lang = self.doc.person(i)
        val = {"P": "%s %s" % (first, last), "F": first, "L": last, "LF": "%s, %s" % (last, first),
               "FIO": " ".join(x for x in (last, first, mid) if x)}[form]
        return self._s("e", "PERSON", val, lang, depth=depth)

    def ent(self, tok, depth=1, number=False):
        v, loc = self.v, self.doc.loc
        if tok == "E":
            first, last, _, _ = self.doc.person("1")
            return self._s("e", "EMAIL", v.email(loc, first, last), depth=depth)
        if tok == "PEM":
            val, a, b, sub = v.pem()
            return self._s("e", "API_KEY", val, sub, (a, b), depth=depth)
        if tok == "INN":
            n = v.r.choice([10, 12])
            return self._s("e", "RU_INN", inn(v.r, n), "inn%d%s" % (n, "_json_number" if number else ""), depth=depth, number=number)
        typ, (val, sub) = {
            "PH": lambda: ("PHONE", v.phone(loc)), "SSN": lambda: ("US_SSN", v.ssn()), "CC": lambda: ("CREDIT_CARD", v.card()),
            "IBAN": lambda: ("IBAN", v.iban(loc)), "IP": lambda: ("IPV4", (v.ipv4(), None)), "IPS": lambda: ("IPV6", (v.ipv6(), None)),
            "DOB": lambda: ("DATE_OF_BIRTH", (v.dob(loc), None)), "KEY": lambda: ("API_KEY", v.apikey()),
            "PWD": lambda: ("API_KEY", (v.password(), "db_password")), "PASS": lambda: ("RU_PASSPORT", v.passport()),
            "SNILS": lambda: ("RU_SNILS", v.snils()), "MRN": lambda: ("MEDICAL_RECORD_NUMBER", v.mrn()),
            "ADDR": lambda: ("STREET_ADDRESS", (v.street(loc)[0], self.doc.lang)),
        }[tok]()
        return self._s("e", typ, val, sub, depth=depth)

    def neg(self, tok, depth=1):
        return self._s("n", NEG_TOK[tok], self.v.neg("NEG_" + NEG_TOK[tok]), depth=depth)

    def ign(self, val, depth=1):
        return self._s("i", None, val, depth=depth)

    def text(self, tpl, depth=1):
        """A prose field: render a chat-style template into a string of sentinels (entities stay individually labelled)."""
        sub = Doc(self.v, self.doc.loc)
        sub.people = self.doc.people
        render(sub, tpl)
        marks = sorted([(x["start"], x["end"], "e", x) for x in sub.ents] + [(x["start"], x["end"], "n", x) for x in sub.negs] +
                       [(a, b, "i", None) for a, b in sub.ign])
        out, pos, txt = [], 0, sub.text()
        for a, b, kind, x in marks:
            out.append(txt[pos:a])
            if kind == "e":
                core = (x["core"][0] - a, x["core"][1] - a) if "core" in x else None
                out.append(self._s("e", x["type"], x["value"], x.get("sub"), core, depth))
            elif kind == "n":
                out.append(self._s("n", x["type"][4:], x["value"], depth=depth))
            else:
                out.append(self.ign(txt[a:b], depth))
            pos = b
        out.append(txt[pos:])
        return "".join(out)

    def finish(self, obj, indent=None):
        raw = json.dumps(obj, ensure_ascii=False, indent=indent, separators=(",", ": ") if indent else self.v.r.choice([(",", ":"), (", ", ": ")]))
        d, pos = self.doc, 0
        for m in re.finditer("\"?\u27e6(\\d+)\u27e7\"?", raw):
            kind, typ, val, sub, core, depth, number = self.regs[int(m.group(1))]
            a, b = m.start(), m.end()
            if not number:  # keep surrounding quotes as text
                a += m.group().startswith('"')
                b -= m.group().endswith('"')
            d.t(raw[pos:a])
            pos = b
            ev = esc(val, depth)
            if kind == "e":
                c = (len(esc(val[:core[0]], depth)), len(esc(val[:core[1]], depth))) if core else None
                d.e(typ, ev, sub, c)
            elif kind == "n":
                d.ng(typ, ev)
            else:
                d.ig(ev)
        d.t(raw[pos:])


def js_kyc(j, r):
    return {"requestId": j.neg("UUID"), "status": r.choice(["approved", "review"]), "subject": {
        "givenName": j.person("1", "F"), "familyName": j.person("1", "L"), "dateOfBirth": j.ent("DOB"),
        "nationalId": {"type": "SSN", "value": j.ent("SSN")}, "residentialAddress": {"line1": j.ent("ADDR"), "country": "US"}},
        "checks": [{"name": j.neg("TC"), "score": round(r.random(), 3), "checkedAt": j.neg("TS")}],
        "riskSignals": {"ipAddress": j.ent("IP"), "deviceHash": j.neg("HASH")}}


def js_invoice(j, r):
    return {"document_type": "invoice", "invoice_number": j.neg("ORD"), "issue_date": j.neg("DATE"),
            "vendor": {"name": "Northwind Supplies Ltd", "iban": j.ent("IBAN"), "vat_id": "GB%s" % j.v.digits(9)},
            "bill_to": {"contact_name": j.person("1"), "email": j.ent("E"), "phone": j.ent("PH"), "street": j.ent("ADDR")},
            "line_items": [{"sku": "SKU-%s" % j.v.digits(5), "qty": r.randint(1, 9), "unit_price": j.neg("NUM")} for _ in range(2)],
            "confidence": round(r.random(), 2)}


def js_ner(j, r):
    toks = ["PH", "CC", "IP", "E", "IBAN", "DOB"]
    ents = [{"Text": j.person("1"), "Type": "PERSON", "Score": 0.998, "BeginOffset": r.randint(0, 40)}]
    ents += [{"Text": j.ent(t), "Type": t, "Score": round(r.uniform(0.8, 1), 3), "BeginOffset": r.randint(40, 400)} for t in r.sample(toks, 3)]
    return {"Entities": ents, "ModelVersion": j.neg("VER"), "ResponseMetadata": {"RequestId": j.neg("UUID"), "HTTPStatusCode": 200}}


def js_tool_use(j, r):
    inner = {"customer": {"name": j.person("1", "P", 2), "email": j.ent("E", 2), "card_last_seen": j.ent("CC", 2)},
             "tickets": [j.neg("ORD", 2), j.neg("ORD", 2)], "fetched_at": j.neg("TS", 2)}
    return {"id": "msg_%s" % j.v.digits(10), "role": "assistant", "content": [
        {"type": "tool_use", "id": "toolu_%s" % j.v.digits(8), "name": "crm_lookup", "input": {"query": j.ent("PH")}},
        {"type": "tool_result", "content": json.dumps(inner, ensure_ascii=False)},
        {"type": "text", "text": j.text("I found the customer; their date of birth is {DOB}.")}]}


def js_de(j, r):
    return {"Kunde": {"Vorname": j.person("1", "F"), "Nachname": j.person("1", "L"), "Geburtsdatum": j.ent("DOB"),
                      "Telefonnummer": j.ent("PH"), "Anschrift": {"Straße": j.ent("ADDR"), "PLZ": j.ign(j.v.fk["de_DE"].postcode())}},
            "Bankverbindung": {"IBAN": j.ent("IBAN")}, "Auftragsnummer": j.neg("ORD"), "Erstellt": j.neg("TS")}


def js_fr(j, r):
    return {"patient": {"nom_complet": j.person("1"), "date_de_naissance": j.ent("DOB"), "numero_dossier": j.ent("MRN"),
                        "telephone": j.ent("PH"), "courriel": j.ent("E")},
            "consultation": {"date": j.neg("DATE"), "motif": "Contrôle annuel", "compte_rendu": j.text("Vu ce jour, {LAST} va bien.")}}


def js_ru(j, r):
    return {"клиент": {"фио": j.person("1", "FIO"), "паспорт": j.ent("PASS"), "снилс": j.ent("SNILS"), "инн": j.ent("INN", number=True),
                       "телефон": j.ent("PH"), "адрес": j.ent("ADDR")}, "заявка": {"номер": j.neg("ORD"), "создана": j.neg("TS")}}


def js_agent(j, r):
    return {"trace_id": j.neg("HASH"), "steps": [
        {"thought": j.text("The user {P} wants their address updated; old one was {ADDR}."), "action": "crm.update",
         "observation": j.text("ok, updated_at={TS}")},
        {"thought": "Need to notify the customer.", "action": "mail.send", "action_input": {"to": j.ent("E"), "cc": j.ent("E")},
         "observation": j.text("queued as {UUID}")}]}


def js_rag(j, r):
    return {"answer": j.text("The contract was signed by {P} on {DATE}; payments go to {IBAN}."),
            "citations": [{"doc_id": j.neg("UUID"), "page": r.randint(1, 30), "snippet": j.text("... contact {INI} at {PH} or {E} ...")},
                          {"doc_id": j.neg("UUID"), "page": r.randint(1, 30), "snippet": j.text("Signed: {LF}, {TC}")}]}


def js_logs(j, r):
    return {"summary": "3 suspicious sessions", "suspicious_events": [
        {"ts": j.neg("TS"), "src_ip": j.ent(r.choice(["IP", "IPS"])), "user": j.ent("E"), "pkg": j.neg("PKG"), "bytes": r.randint(100, 9999)}
        for _ in range(3)]}


def js_hr(j, r):
    return {"EmployeeRecord": {"FullName": j.person("1", "LF"), "SSN": j.ent("SSN"), "HireDate": j.neg("DATE"), "Salary": j.neg("NUM"),
                               "DateOfBirth": j.ent("DOB"), "BankAccount": {"IBAN": j.ent("IBAN")}, "HomeAddress": j.ent("ADDR")}}


def js_secrets(j, r):
    return {"findings": [{"ruleId": "generic-secret", "match": j.ent("KEY"), "file": "config/prod.env", "line": r.randint(1, 80),
                          "commit": j.neg("HASH")} for _ in range(2)] + [
        {"ruleId": "private-key", "match": j.ent("PEM"), "file": "deploy/id_rsa", "line": 1, "commit": j.neg("HASH")},
        {"ruleId": "db-url", "match": "mysql://svc:%s@db.internal/app" % j.ent("PWD"), "file": "app.ini", "line": 3, "commit": j.neg("HASH")}],
        "scannedAt": j.neg("TS"), "scanner": j.neg("PKG")}


def js_table(j, r):
    rows = [[j.person(str(i)), j.ent("E"), j.ent("PH"), j.ent("DOB"), j.neg("ORD")] for i in range(1, r.randint(3, 5))]
    return {"columns": ["name", "email", "phone", "dob", "order"], "rows": rows, "exported": j.neg("TS")}


def js_kv(j, r):
    return [{"key": k, "value": j.ent(t)} for k, t in [("contact_email", "E"), ("card", "CC"), ("mobile", "PH"), ("ssn", "SSN")]] + [
        {"key": "holder", "value": j.person("1")}, {"key": "request_id", "value": j.neg("UUID")}, {"key": "fw", "value": j.neg("VER")}]


JSON_SHAPES = [js_kyc, js_invoice, js_ner, js_tool_use, js_de, js_fr, js_ru, js_agent, js_rag, js_logs, js_hr, js_secrets, js_table, js_kv]
SHAPE_LOCALE = {js_de: "de_DE", js_fr: "fr_FR", js_ru: "ru_RU"}


# ---------------------------------------------------------------------------------------------- obfuscation, streams
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "H": "Н",
        "K": "К", "M": "М", "T": "Т", "B": "В"}
SPELL = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
OBF_CARRIER = {"en": ["Sure - the value you asked for is {X}, as written in the ticket.", "Customer note (verbatim): {X}",
                      "The model extracted: {X} (confidence {NUM})."],
               "de": ["Gern - der angefragte Wert lautet {X}.", "Notiz des Kunden (wörtlich): {X}"],
               "fr": ["Voici la valeur demandée : {X}.", "Note du client (telle quelle) : {X}"],
               "ru": ["Запрошенное значение: {X}.", "Комментарий клиента (дословно): {X}"]}


def obfuscate(v, r, loc):
    lang = LANG[loc]
    kind = r.choice(["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang"])
    if kind in ("zero_width", "homoglyph", "fullwidth"):
        typ, (val, sub) = r.choice([("EMAIL", (v.email(loc), None)), ("PERSON", (" ".join(v.person(loc)[:2]), lang)), ("API_KEY", v.apikey()),
                                    ("CREDIT_CARD", v.card()), ("PHONE", v.phone(loc)), ("IBAN", v.iban(loc))])
        if kind == "homoglyph" and not any(ch in HOMO for ch in val):
            kind = "zero_width"
        if kind == "zero_width":
            chars = list(val)
            for _ in range(r.randint(1, 3)):
                chars.insert(r.randint(1, len(chars) - 1), r.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]))
            val = "".join(chars)
        elif kind == "homoglyph":
            idx = [i for i, ch in enumerate(val) if ch in HOMO]
            pick = set(r.sample(idx, min(len(idx), r.randint(1, 3))))
            val = "".join(HOMO[ch] if i in pick else ch for i, ch in enumerate(val))
        else:
            val = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in val)
        return typ, val, sub, kind
    if kind == "words":
        e = v.email(loc)
        at, dot = r.choice([(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")])
        return "EMAIL", e.replace("@", at).replace(".", dot), None, kind
    if kind == "defang":
        ip = v.ipv4()
        return "IPV4", ip.replace(".", r.choice(["[.]", "(.)", "{.}", " dot "])), None, kind
    typ, (val, sub) = r.choice([("US_SSN", v.ssn()), ("CREDIT_CARD", v.card()), ("RU_SNILS", v.snils()), ("PHONE", v.phone(loc))])
    digits = re.sub(r"\D", "", val)
    if kind == "spaced":
        return typ, " ".join(digits), sub, kind
    if kind == "dotted":
        groups = re.findall(r"\d+", val)
        if len(groups) < 3:
            groups = [digits[:3], digits[3:5], digits[5:]]
        return typ, ".".join(groups), sub, kind
    words = SPELL[lang] if r.random() < 0.3 else SPELL["en"]
    return typ, " ".join(words[int(ch)] for ch in digits), sub, kind


def chunk(r, text):
    out, i = [], 0
    while i < len(text):
        n = r.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------------------------------------- document factories
def pick_locale(r):
    return r.choices([l for l, _ in LOCALES], [w for _, w in LOCALES])[0]


def make_chat(v, r, loc):
    doc = Doc(v, loc)
    ti = r.randrange(len(CHAT[doc.lang]))
    if r.random() < 0.3:
        render(doc, r.choice(["{TC}: ", "Ref {ORD}. ", "Build {VER} - ", "Note ({TS}): "]))
    render(doc, CHAT[doc.lang][ti])
    if r.random() < 0.35:
        render(doc, r.choice([" (request {UUID})", " Attachment digest {HASH}.", " Ignore the test card {NCARD}.", " Payload: {B64}"]))
    return doc, "chat.%s%02d" % (doc.lang, ti)


def make_json(v, r, loc, big=False):
    fn = r.choice(JSON_SHAPES)
    doc = Doc(v, SHAPE_LOCALE.get(fn, loc))
    j = J(doc)
    if big:
        obj = {"object": "batch", "data": [], "model": "extractor-%s" % v.neg("NEG_VERSION")}
        while len(json.dumps(obj, ensure_ascii=False)) < 4000:
            doc.people = {}
            obj["data"].append({"index": len(obj["data"]), "result": fn(j, r)})
        obj = {"batch_id": j.neg("UUID"), "payload": obj}
    else:
        obj = fn(j, r)
    j.finish(obj, r.choice([None, 2]))
    return doc, "json.%s" % fn.__name__


def make_text4k(v, r, loc):
    doc = Doc(v, loc)
    doc.t(TEXT4K_HEAD[doc.lang])
    k = 0
    while doc.n < 4000:
        k += 1
        doc.people = {}
        if k % 3 == 0:
            doc.t("```\n")
            for line in r.sample(LOG_LINES, 3):
                render(doc, line + "\n")
            doc.t("```\n\n")
        else:
            doc.t("## %d.\n\n" % k)
            render(doc, r.choice(CHAT[doc.lang]))
            doc.t("\n\n")
    return doc, "text4k.digest"


def make_obf(v, r, loc):
    doc = Doc(v, loc)
    tpl = r.choice(OBF_CARRIER[doc.lang])
    a, b = tpl.split("{X}")
    render(doc, a)
    typ, val, sub, kind = obfuscate(v, r, loc)
    doc.e(typ, val, sub, obf=kind)
    render(doc, b)
    return doc, "obf." + kind


def finalize(doc, shape, tpl, idx, seed, extra=None):
    text = doc.text()
    for x in doc.ents + doc.negs:
        assert text[x["start"]:x["end"]] == x["value"], x
    for a, b in doc.ign:
        assert 0 <= a < b <= len(text)
    fmt = "json" if tpl.startswith("json") else "text"
    if fmt == "json":
        json.loads(text)
    rec = {"id": "probe-f%d-%s-%04d" % (seed, shape, idx), "split": "probe_f", "shape": shape, "format": fmt, "locale": doc.loc,
           "lang": doc.lang, "template": tpl, "text": text, "entities": doc.ents, "negatives": doc.negs, "ignore": doc.ign}
    rec.update(extra or {})
    return rec


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=6060)
    args = ap.parse_args()
    r = random.Random(args.seed)
    v = Values(r, args.seed)
    plan = [("chat", 180), ("json", 110), ("json4k", 30), ("text4k", 30), ("obfuscated", 70), ("stream", 60)]
    docs = []
    for shape, count in plan:
        for i in range(count):
            loc = pick_locale(r)
            if shape == "chat":
                doc, tpl = make_chat(v, r, loc)
            elif shape in ("json", "json4k"):
                doc, tpl = make_json(v, r, loc, big=shape == "json4k")
            elif shape == "text4k":
                doc, tpl = make_text4k(v, r, loc)
            elif shape == "obfuscated":
                doc, tpl = make_obf(v, r, loc)
            else:
                base = r.choice(["chat", "chat", "json", "text4k"])
                doc, tpl = {"chat": make_chat, "text4k": make_text4k}.get(base, make_json)(v, r, loc)
                rec = finalize(doc, shape, tpl, i, args.seed, {"base_shape": base})
                rec["chunks"] = chunk(r, rec["text"])
                assert "".join(rec["chunks"]) == rec["text"]
                docs.append(rec)
                continue
            docs.append(finalize(doc, shape, tpl, i, args.seed))
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d entities, %d negatives -> %s" % (len(docs), sum(len(d["entities"]) for d in docs),
                                                             sum(len(d["negatives"]) for d in docs), args.out))


if __name__ == "__main__":
    main()
