#!/usr/bin/env python3
"""Probe G: independent held-out style corpus for the PII engine (new templates and JSON shapes).

Usage: PYTHONPATH=/tmp/faker-site python make_probe_g.py --out /tmp/probe_g.jsonl [--seed 7070]
"""

import argparse
import datetime
import json
import random
import string

from faker import Faker

LOCALES = {"en": ["en_US", "en_GB"], "de": ["de_DE"], "fr": ["fr_FR"], "ru": ["ru_RU"]}
ZW = "\u200b\u200c\u200d\u2060\ufeff"
T0, T1 = datetime.datetime(2021, 1, 1), datetime.datetime(2025, 6, 30)
HOMO = {
    "a": "а",
    "e": "е",
    "o": "о",
    "p": "р",
    "c": "с",
    "x": "х",
    "A": "А",
    "B": "В",
    "C": "С",
    "E": "Е",
    "H": "Н",
    "K": "К",
    "M": "М",
    "O": "О",
    "P": "Р",
    "T": "Т",
    "X": "Х",
    "i": "і",
}
DIGW = "zero one two three four five six seven eight nine".split()
IBAN_SPEC = {"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "AT": "16n", "BE": "12n"}


class Ent(object):
    def __init__(self, kind, value, sub=None, obf=None, neg=False):
        self.kind, self.value, self.sub, self.obf, self.neg = kind, value, sub, obf, neg


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class Gen(object):
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.fk = {loc: Faker(loc) for locs in LOCALES.values() for loc in locs}
        for i, f in enumerate(self.fk.values()):
            f.seed_instance(seed * 31 + i)
        self.loc = "en_US"

    def f(self):
        return self.fk[self.loc]

    def digits(self, n):
        return "".join(self.r.choice(string.digits) for i in range(n))

    def card(self, valid=True):
        sub, pre, n = self.r.choice(
            [
                ("visa", "4", 16),
                ("mastercard", "5" + str(self.r.randint(1, 5)), 16),
                ("amex", "37", 15),
                ("discover", "6011", 16),
                ("mir", "220" + str(self.r.randint(0, 4)), 16),
                ("jcb", "35" + str(self.r.randint(28, 89)), 16),
            ]
        )
        while True:
            num = pre + self.digits(n - len(pre))
            if luhn_ok(num) == valid:
                break
        style = self.r.choice(["plain", " ", "-"])
        if style != "plain":
            parts = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
            num = style.join(parts)
        return sub, num

    def iban(self):
        cc = self.r.choice(sorted(IBAN_SPEC))
        spec, bban, i = IBAN_SPEC[cc], "", 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            cnt, kind = int(spec[i:j]), spec[j]
            pool = string.digits if kind == "n" else string.ascii_uppercase if kind == "a" else string.digits + string.ascii_uppercase
            bban += "".join(self.r.choice(pool) for k in range(cnt))
            i = j + 1
        num = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
        iban = cc + "%02d" % (98 - num % 97) + bban
        if self.r.random() < 0.5:
            return cc + "_grouped", " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return cc + "_compact", iban

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        s = "%03d-%02d-%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))
        st = self.r.choice(["dashed", "dashed", "spaced", "plain"])
        return st, s.replace("-", " ") if st == "spaced" else s.replace("-", "") if st == "plain" else s

    def snils(self):
        while True:
            d = self.digits(9)
            if int(d) > 1001998:
                break
        c = sum(int(x) * (9 - i) for i, x in enumerate(d)) % 101
        c = 0 if c == 100 else c
        st = self.r.choice(["formatted", "dashed", "plain"])
        body = "%s-%s-%s" % (d[:3], d[3:6], d[6:])
        return st, {"formatted": body + " %02d" % c, "dashed": body + "-%02d" % c, "plain": d + "%02d" % c}[st]

    def inn(self):
        def ck(ds, w):
            return str(sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10)

        d = str(self.r.choice([77, 50, 78, 66, 16, 54])) + self.digits(7)
        if self.r.random() < 0.5:
            return "inn10", d + ck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])
        d = d + self.digits(1)
        d += ck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        return "inn12", d + ck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])

    def passport(self):
        s, n = "%02d%02d" % (self.r.randint(1, 99), self.r.randint(0, 24)), self.digits(6)
        st = self.r.choice(["series_number", "spaced", "numero", "plain"])
        return st, {"series_number": s + " " + n, "spaced": s[:2] + " " + s[2:] + " " + n, "numero": s[:2] + " " + s[2:] + " № " + n, "plain": s + n}[st]

    def mrn(self):
        st = self.r.choice(["nhs", "prefixed", "alnum", "numeric"])
        if st == "nhs":
            while True:
                d = self.digits(9)
                c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
                c = 0 if c == 11 else c
                if c != 10:
                    return st, "%s %s %s" % (d[:3], d[3:6], d[6:] + str(c)) if self.r.random() < 0.5 else d + str(c)
        return (
            st,
            {
                "prefixed": self.r.choice(["MRN-", "PT#", "MR"]) + self.digits(self.r.randint(6, 8)),
                "alnum": "H" + self.r.choice(string.ascii_uppercase) + self.digits(6) + "-" + self.r.choice("ABCX") + self.digits(1),
                "numeric": self.digits(self.r.randint(7, 9)),
            }[st],
        )

    def phone(self):
        cc = self.loc[-2:]
        intl = self.r.random() < 0.5
        sub = ("intl_" if intl else "national_") + cc
        d = self.digits
        pats = {
            "US": (
                ["+1 (%s) %s-%s" % (d(3), d(3), d(4)), "+1.%s.%s.%s" % (d(3), d(3), d(4))]
                if intl
                else ["(%s) %s-%s" % (d(3), d(3), d(4)), "%s-%s-%s" % (d(3), d(3), d(4))]
            ),
            "GB": ["+44 7%s %s" % (d(3), d(6)), "+44 20 %s %s" % (d(4), d(4))] if intl else ["07%s %s" % (d(3), d(6)), "020 %s %s" % (d(4), d(4))],
            "DE": ["+49 151 %s" % d(8), "+49 (0)40 %s %s" % (d(3), d(4))] if intl else ["0171 %s" % d(7), "(089) %s %s" % (d(3), d(4))],
            "FR": (
                ["+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "+33 (0)1 %s %s %s %s" % (d(2), d(2), d(2), d(2))]
                if intl
                else ["07 %s %s %s %s" % (d(2), d(2), d(2), d(2)), "01.%s.%s.%s.%s" % (d(2), d(2), d(2), d(2))]
            ),
            "RU": (
                ["+7 (9%s) %s-%s-%s" % (d(2), d(3), d(2), d(2)), "+7 9%s %s %s %s" % (d(2), d(3), d(2), d(2))]
                if intl
                else ["8 (9%s) %s-%s-%s" % (d(2), d(3), d(2), d(2)), "8-495-%s-%s-%s" % (d(3), d(2), d(2))]
            ),
        }
        return sub, self.r.choice(pats[cc])

    def key(self):
        r, al = self.r, string.ascii_letters + string.digits

        def rs(n, pool=al):
            return "".join(r.choice(pool) for i in range(n))

        kinds = {
            "aws_access_key_id": lambda: r.choice(["AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567"),
            "aws_secret_key": lambda: rs(40, al + "/+"),
            "github_pat_classic": lambda: "ghp_" + rs(36),
            "github_other": lambda: r.choice(["gho_", "ghs_", "ghu_"]) + rs(36),
            "gitlab": lambda: "glpat-" + rs(20, al + "_-"),
            "slack": lambda: "xoxb-%s-%s-%s" % (self.digits(11), self.digits(12), rs(24)),
            "stripe": lambda: "sk_live_" + rs(24),
            "openai_like": lambda: "sk-" + r.choice(["", "proj-"]) + rs(48, al + "_-"),
            "google_api": lambda: "AIza" + rs(35, al + "_-"),
            "jwt": lambda: "eyJhbGciOiJIUzI1NiJ9.eyJ" + rs(r.randint(40, 90), al + "_-") + "." + rs(43, al + "_-"),
            "password": lambda: rs(6, string.ascii_letters) + r.choice("!#%*") + rs(8) + r.choice("$&?"),
        }
        sub = r.choice(sorted(kinds))
        return sub, kinds[sub]()

    def pem(self):
        label = self.r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        body = "\n".join("".join(self.r.choice(string.ascii_letters + string.digits + "+/") for i in range(64)) for k in range(self.r.randint(3, 7)))
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, body, label)

    def dob(self):
        d = self.f().date_between_dates(datetime.date(1935, 1, 1), datetime.date(2006, 12, 31))
        lang = self.loc[:2]
        if lang == "en":
            return self.r.choice([d.strftime("%B %d, %Y").replace(" 0", " "), d.strftime("%m/%d/%Y"), d.isoformat()])
        if lang == "de":
            return self.r.choice(
                [
                    d.strftime("%d.%m.%Y"),
                    "%d. %s %d"
                    % (
                        d.day,
                        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][d.month - 1],
                        d.year,
                    ),
                ]
            )
        if lang == "fr":
            return self.r.choice(
                [
                    d.strftime("%d/%m/%Y"),
                    "%d %s %d"
                    % (
                        d.day,
                        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][d.month - 1],
                        d.year,
                    ),
                ]
            )
        return self.r.choice([d.strftime("%d.%m.%Y"), d.strftime("%d.%m.%Y г.")])

    def person(self):
        f = self.f()
        if self.loc == "ru_RU" and self.r.random() < 0.3:
            return "%s %s. %s." % (f.last_name(), f.first_name()[0], f.first_name()[0])
        return f.name() if self.r.random() < 0.5 else "%s %s" % (f.first_name(), f.last_name())

    def address(self):
        return self.f().street_address()

    # entity helpers -------------------------------------------------------
    def E(self, kind):
        lang = self.loc[:2]
        simple = {
            "EMAIL": lambda: (None, self.f().user_name() + self.r.choice(["", ".", "_"]) + self.digits(2) + "@" + self.f().free_email_domain()),
            "PERSON": lambda: (lang, self.person()),
            "STREET_ADDRESS": lambda: (lang, self.address()),
            "DATE_OF_BIRTH": lambda: (None, self.dob()),
            "IPV4": lambda: (None, self.f().ipv4_public()),
            "IPV6": lambda: (None, self.f().ipv6()),
            "CREDIT_CARD": self.card,
            "IBAN": self.iban,
            "US_SSN": self.ssn,
            "RU_SNILS": self.snils,
            "RU_INN": self.inn,
            "RU_PASSPORT": self.passport,
            "MEDICAL_RECORD_NUMBER": self.mrn,
            "PHONE": self.phone,
            "API_KEY": self.key,
        }
        sub, val = simple[kind]()
        return Ent(kind, val, sub)

    def N(self, kind):
        r, d = self.r, self.digits
        vals = {
            "NEG_CARDLIKE": lambda: self.card(False)[1],
            "NEG_VERSION": lambda: "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99), r.randint(0, 250)),
            "NEG_ORDER_ID": lambda: r.choice(["INV-%s-%s" % (d(4), d(5)), "SO%s" % d(9), "%s-%s-%s" % (d(3), d(7), d(7)), "req_" + d(12)]),
            "NEG_TIMESTAMP": lambda: r.choice(
                [
                    "%s" % self.f().date_time_between_dates(T0, T1).isoformat() + "Z",
                    str(r.randint(1600000000, 1750000000)),
                    self.f().date_time_between_dates(T0, T1).strftime("%Y-%m-%d %H:%M:%S"),
                ]
            ),
            "NEG_UUID": lambda: str(self.f().uuid4()),
            "NEG_HASH": lambda: r.choice([self.f().sha1(), self.f().md5(), self.f().sha256()[: r.choice([7, 12, 64])]]),
            "NEG_DATE": lambda: self.f().date_between_dates(T0.date(), T1.date()).strftime(r.choice(["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"])),
            "NEG_TITLECASE": lambda: r.choice(
                [
                    "Gradient Checkpointing",
                    "Mixed Precision",
                    "Retrieval Augmented Generation",
                    "Early Stopping",
                    "Grace Hopper",
                    "Rainbow Table",
                    "Kolmogorov Smirnov",
                    "Monte Carlo",
                    "Santa Clara",
                ]
            ),
            "NEG_EMAILLIKE": lambda: r.choice(["@types/node", "torch@2.3.1", "transformers@4.41.0", "@huggingface/hub", "left-pad@1.3.0"]),
            "NEG_B64": lambda: "".join(r.choice(string.ascii_letters + string.digits + "+/") for i in range(r.choice([44, 64, 88]))) + "==",
            "NEG_NUMBER": lambda: r.choice(
                [
                    "%d,%03d,%03d" % (r.randint(1, 999), r.randint(0, 999), r.randint(0, 999)),
                    d(r.randint(5, 9)),
                    "%d.%d" % (r.randint(0, 99999), r.randint(0, 9999)),
                ]
            ),
        }
        return Ent(kind, vals[kind](), neg=True)

    def obf(self, ent, kind):
        v, r = ent.value, self.r
        if kind == "zero_width":
            out = v[0]
            for ch in v[1:]:
                out += (r.choice(ZW) if r.random() < 0.35 else "") + ch
        elif kind == "homoglyph":
            out = "".join(HOMO[ch] if ch in HOMO and r.random() < 0.5 else ch for ch in v)
            out = out if out != v else "".join(HOMO.get(ch, ch) for ch in v)
        elif kind == "fullwidth":
            out = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in v)
        elif kind == "spaced":
            out = " ".join(ch for ch in v if ch != " ")
        elif kind == "spelled":
            out = " ".join(DIGW[int(ch)] if ch.isdigit() else {"-": "dash", "+": "plus", ".": "dot"}.get(ch, "") for ch in v)
            out = " ".join(out.split())
        elif kind == "words":
            user, dom = v.split("@")
            out = user + r.choice([" [at] ", " at ", " (at) "]) + dom.replace(".", r.choice([" dot ", " [dot] ", " DOT "]))
        elif kind == "dotted":
            out = ".".join(v.replace(" ", "-").split("-"))
        else:
            out = v.replace(".", r.choice(["[.]", "(.)", "[dot]"]))
        return Ent(ent.kind, out, ent.sub, kind)


T = {
    "en": [
        [
            "Tool call `crm.lookup` returned: customer ",
            "PERSON",
            " (",
            "EMAIL",
            "), registered from ",
            "IPV4",
            " on ",
            "NEG_DATE",
            ". Request ",
            "NEG_UUID",
            ".",
        ],
        [
            "Summarising the retrieved ticket: the caller, ",
            "PERSON",
            ", born ",
            "DATE_OF_BIRTH",
            ", asked us to update the card ending in ",
            "CREDIT_CARD",
            ". Library used: ",
            "NEG_EMAILLIKE",
            ".",
        ],
        [
            "I found these fields in the uploaded PDF:\n* SSN — ",
            "US_SSN",
            "\n* Home: ",
            "STREET_ADDRESS",
            "\n* Callback: ",
            "PHONE",
            "\nChecksum ",
            "NEG_HASH",
            ".",
        ],
        ["Here is the fixed config (please rotate the key afterwards):\n\n    OPENAI_API_KEY=", "API_KEY", "\n    MODEL_VERSION=", "NEG_VERSION", "\n"],
        [
            "Eval run ",
            "NEG_ORDER_ID",
            " flagged sample 12: the model leaked patient ",
            "MEDICAL_RECORD_NUMBER",
            " together with the name ",
            "PERSON",
            " and wire details ",
            "IBAN",
            ". Topic: ",
            "NEG_TITLECASE",
            ".",
        ],
        [
            "The embedding job failed for host ",
            "IPV6",
            " at ",
            "NEG_TIMESTAMP",
            "; owner on call is ",
            "PERSON",
            ", reachable at ",
            "PHONE",
            ". Test card ",
            "NEG_CARDLIKE",
            " was rejected as expected.",
        ],
    ],
    "de": [
        [
            "Laut Tool-Ausgabe ist der Vertrag auf ",
            "PERSON",
            " (geb. ",
            "DATE_OF_BIRTH",
            ") ausgestellt, wohnhaft ",
            "STREET_ADDRESS",
            ". Vorgang ",
            "NEG_ORDER_ID",
            ".",
        ],
        ["Gern! Die Rückzahlung geht an IBAN ", "IBAN", ", Rückfragen unter ", "PHONE", " oder ", "EMAIL", ". Stand: ", "NEG_DATE", "."],
        ["Im Log der Moderations-API steht Client-IP ", "IPV4", " und der Token ", "API_KEY", " — bitte sofort widerrufen. Build ", "NEG_HASH", "."],
        ["Zusammenfassung des Chats: ", "PERSON", " hat die Karte ", "CREDIT_CARD", " hinterlegt; Referenz ", "NEG_UUID", ", Betrag ", "NEG_NUMBER", " EUR."],
    ],
    "fr": [
        ["D'après la réponse de l'outil, ", "PERSON", ", né le ", "DATE_OF_BIRTH", ", habite au ", "STREET_ADDRESS", ". Ticket ", "NEG_ORDER_ID", "."],
        ["Voici les coordonnées extraites : courriel ", "EMAIL", ", portable ", "PHONE", ", IBAN ", "IBAN", ". Horodatage ", "NEG_TIMESTAMP", "."],
        [
            "Le modèle a renvoyé la clé ",
            "API_KEY",
            " dans sa réponse ; l'appel venait de ",
            "IPV4",
            ". Paquet ",
            "NEG_EMAILLIKE",
            ", version ",
            "NEG_VERSION",
            ".",
        ],
        ["Résumé du dossier patient ", "MEDICAL_RECORD_NUMBER", " : suivi par ", "PERSON", ". Carte de test refusée : ", "NEG_CARDLIKE", "."],
    ],
    "ru": [
        [
            "По данным инструмента, клиент ",
            "PERSON",
            ", дата рождения ",
            "DATE_OF_BIRTH",
            ", паспорт ",
            "RU_PASSPORT",
            ", СНИЛС ",
            "RU_SNILS",
            ". Заявка ",
            "NEG_ORDER_ID",
            ".",
        ],
        ["Вот что вернула модель: ИНН ", "RU_INN", ", телефон ", "PHONE", ", почта ", "EMAIL", ". Идентификатор запроса ", "NEG_UUID", "."],
        [
            "Адрес доставки: ",
            "STREET_ADDRESS",
            ", получатель ",
            "PERSON",
            ". Карта ",
            "CREDIT_CARD",
            ", дата заказа ",
            "NEG_DATE",
            ", сумма ",
            "NEG_NUMBER",
            " ₽.",
        ],
        ["В логах агента найден ключ ", "API_KEY", " и адрес ", "IPV6", ". Коммит ", "NEG_HASH", ", время ", "NEG_TIMESTAMP", "."],
    ],
}


KINDS = {
    "EMAIL",
    "PHONE",
    "US_SSN",
    "CREDIT_CARD",
    "IBAN",
    "IPV4",
    "IPV6",
    "PERSON",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "API_KEY",
    "RU_PASSPORT",
    "RU_SNILS",
    "RU_INN",
    "MEDICAL_RECORD_NUMBER",
}


def assemble(g, parts, obf_kind=None):
    text, ents, negs = "", [], []
    for p in parts:
        if not isinstance(p, str) or p in KINDS or p.startswith("NEG_"):
            e = p if isinstance(p, Ent) else g.N(p) if p.startswith("NEG_") else g.E(p)
            if obf_kind and not e.neg and e.kind in OBF_OK[obf_kind]:
                e = g.obf(e, obf_kind)
            rec = {"type": e.kind, "start": len(text), "end": len(text) + len(e.value), "value": e.value}
            if e.sub:
                rec["sub"] = e.sub
            if e.obf:
                rec["obf"] = e.obf
            (negs if e.neg else ents).append(rec)
            text += e.value
        else:
            text += p
    return text, ents, negs


OBF_OK = {
    "zero_width": {"EMAIL", "PHONE", "PERSON", "CREDIT_CARD", "IBAN", "US_SSN", "API_KEY", "RU_SNILS", "RU_INN", "IPV4"},
    "homoglyph": {"EMAIL", "PERSON", "API_KEY"},
    "fullwidth": {"PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "RU_INN", "RU_SNILS", "RU_PASSPORT", "IPV4", "EMAIL"},
    "spaced": {"PHONE", "CREDIT_CARD", "US_SSN", "RU_INN", "RU_SNILS", "RU_PASSPORT", "IBAN", "PERSON"},
    "spelled": {"PHONE", "US_SSN"},
    "words": {"EMAIL"},
    "dotted": {"US_SSN", "CREDIT_CARD"},
    "defang": {"IPV4"},
}
OBF_T = {
    "EMAIL": ["Contact (de-spammed by the model): ", "", "."],
    "PHONE": ["The assistant read the number aloud: ", "", ", then hung up."],
    "US_SSN": ["Transcribed SSN from the voice note: ", "", "."],
    "CREDIT_CARD": ["OCR of the receipt gave card ", "", " (pending)."],
    "IBAN": ["Überweisung an ", "", " veranlasst."],
    "RU_INN": ["ИНН из скана: ", "", "."],
    "RU_SNILS": ["СНИЛС (распознано): ", "", "."],
    "RU_PASSPORT": ["Паспорт по OCR: ", "", "."],
    "PERSON": ["Name as the user typed it: ", "", "."],
    "API_KEY": ["Leaked in the completion: ", "", "."],
    "IPV4": ["IOC from the threat report: ", "", " (do not visit)."],
}


class Doc(object):
    def __init__(self, g, args):
        self.g, self.args = g, args

    def rec(self, shape, lang, tmpl, text, ents, negs, fmt="text"):
        return {
            "id": "probe_g-%s-%04d" % (shape, self.args.n),
            "split": "probe_g",
            "shape": shape,
            "format": fmt,
            "locale": self.g.loc,
            "lang": lang,
            "template": tmpl,
            "text": text,
            "entities": ents,
            "negatives": negs,
            "ignore": [],
        }


class JsonRec(object):
    """Build JSON values while remembering which ones are entities, then locate them in the dump."""

    def __init__(self, g):
        self.g, self.marks, self.depth = g, [], 1

    def e(self, kind, as_number=False):
        ent = self.g.N(kind) if kind.startswith("NEG_") else self.g.E(kind)
        self.marks.append((ent, self.depth))
        if as_number and ent.value.isdigit() and ent.value[0] != "0":
            return int(ent.value)
        return ent.value

    def inner(self, builder):
        self.depth += 1
        obj = builder()
        self.depth -= 1
        return json.dumps(obj, ensure_ascii=False)

    def finish(self, obj, indent):
        text = json.dumps(obj, ensure_ascii=False, indent=indent)
        ents, negs, pos = [], [], 0
        for ent, depth in self.marks:
            needle = ent.value
            for i in range(depth):
                needle = json.dumps(needle, ensure_ascii=False)[1:-1]
            at = text.find(needle, pos)
            assert at >= 0, (needle, text)
            rec = {"type": ent.kind, "start": at, "end": at + len(needle), "value": needle}
            if ent.sub:
                rec["sub"] = ent.sub
            (negs if ent.neg else ents).append(rec)
            pos = at + len(needle)
        return text, ents, negs


def shape_chat_completion(j):
    return {
        "id": "chatcmpl-" + j.e("NEG_HASH"),
        "object": "chat.completion",
        "created": j.g.r.randint(1700000000, 1760000000),
        "choices": [
            {
                "index": 0,
                "finish_reason": "tool_calls",
                "message": {
                    "role": "assistant",
                    "tool_calls": [
                        {
                            "type": "function",
                            "function": {
                                "name": "create_lead",
                                "arguments": j.inner(
                                    lambda: {"fullName": j.e("PERSON"), "contactEmail": j.e("EMAIL"), "mobile": j.e("PHONE"), "source_ip": j.e("IPV4")}
                                ),
                            },
                        }
                    ],
                },
            }
        ],
    }


def shape_rag(j):
    return {
        "query_id": j.e("NEG_UUID"),
        "hits": [
            {"score": 0.91, "doc": {"title": j.e("NEG_TITLECASE"), "chunk": "Customer " + j.e("PERSON") + " lives at " + j.e("STREET_ADDRESS") + "."}},
            {
                "score": 0.77,
                "doc": {"meta": {"indexed_at": j.e("NEG_TIMESTAMP"), "sha": j.e("NEG_HASH")}, "payer": {"IBAN": j.e("IBAN"), "card": j.e("CREDIT_CARD")}},
            },
        ],
    }


def shape_dataset_row(j):
    return [
        {
            "messages": [{"role": "user", "content": "my ssn is " + j.e("US_SSN")}, {"role": "assistant", "content": "Noted."}],
            "label": "pii",
            "meta": {"dob": j.e("DATE_OF_BIRTH"), "mrn": j.e("MEDICAL_RECORD_NUMBER"), "build": j.e("NEG_VERSION")},
        },
        {"messages": [], "label": "clean", "meta": {"ref": j.e("NEG_ORDER_ID"), "blob": j.e("NEG_B64")}},
    ]


def shape_ru_kyc(j):
    return {
        "анкета": {
            "ФИО": j.e("PERSON"),
            "ИНН": j.e("RU_INN", as_number=True),
            "СНИЛС": j.e("RU_SNILS"),
            "паспорт": j.e("RU_PASSPORT"),
            "адрес": j.e("STREET_ADDRESS"),
        },
        "проверено": j.e("NEG_DATE"),
        "requestId": j.e("NEG_UUID"),
    }


def shape_secrets(j):
    return {
        "agent_memory": [
            ["env", {"AWS_KEY": j.e("API_KEY")}],
            ["note", "db at " + j.e("IPV6")],
            ["scratch", j.inner(lambda: {"token": j.e("API_KEY"), "pkg": j.e("NEG_EMAILLIKE")})],
        ],
        "test_card": j.e("NEG_CARDLIKE"),
        "ts": j.e("NEG_TIMESTAMP"),
    }


def shape_flat_kv(j):
    return {
        "user.name": j.e("PERSON"),
        "user.email": j.e("EMAIL"),
        "user.phone": j.e("PHONE"),
        "audit.order": j.e("NEG_ORDER_ID"),
        "audit.amount": j.e("NEG_NUMBER"),
        "audit.at": j.e("NEG_DATE"),
    }


SHAPES = [shape_chat_completion, shape_rag, shape_dataset_row, shape_ru_kyc, shape_secrets, shape_flat_kv]


def pick_lang(g):
    lang = g.r.choice(sorted(LOCALES))
    g.loc = g.r.choice(LOCALES[lang])
    return lang


def make_json(g, big):
    lang = pick_lang(g)
    j = JsonRec(g)
    if big:
        obj = {"batch": [], "model": "gpt-x"}
        while len(json.dumps(obj, ensure_ascii=False, indent=2)) < 3800:
            obj["batch"].append(g.r.choice(SHAPES)(j))
        name = "json4k.batch"
    else:
        sh = g.r.choice(SHAPES)
        if sh is shape_ru_kyc:
            g.loc, lang = "ru_RU", "ru"
        obj, name = sh(j), "json." + sh.__name__[6:]
    text, ents, negs = j.finish(obj, g.r.choice([None, 2, 1]) if not big else 2)
    json.loads(text)
    return lang, name, text, ents, negs


def make_chat(g, big):
    lang = pick_lang(g)
    if big:
        text, ents, negs = "", [], []
        while len(text) < 3800:
            i = g.r.randrange(len(T[lang]))
            t, e, n = assemble(g, T[lang][i])
            for x in e + n:
                x["start"] += len(text)
                x["end"] += len(text)
            text, ents, negs = text + t + "\n\n", ents + e, negs + n
        return lang, "text4k.mix", text, ents, negs
    i = g.r.randrange(len(T[lang]))
    parts = list(T[lang][i])
    if g.r.random() < 0.15:
        parts += ["\n\nKey file contents:\n", Ent("API_KEY", g.pem(), "pem"), "\n"]
    return (lang, "chat.g%s%d" % (lang, i)) + assemble(g, parts)


def make_obf(g):
    kind = g.r.choice(sorted(OBF_OK))
    lang = pick_lang(g)
    kinds = sorted(OBF_OK[kind])
    ek = g.r.choice(kinds)
    if ek in ("US_SSN",) or kind in ("spelled", "dotted"):
        g.loc = "en_US"
    if ek.startswith("RU_"):
        g.loc = "ru_RU"
    pre, mid, post = OBF_T[ek]
    ent = g.E(ek)
    if kind == "dotted" and ek == "US_SSN" and ent.sub != "dashed":
        ent = Ent(ek, "%s-%s-%s" % (ent.value.replace(" ", "")[:3], ent.value.replace(" ", "")[3:5], ent.value.replace(" ", "")[5:]), "dashed")
    parts = [pre, g.obf(ent, kind), mid or "", post, " Ref ", "NEG_ORDER_ID", "."]
    return (lang, "obf.%s.%s" % (kind, ek)) + assemble(g, parts)


def chunk(g, text):
    out, i = [], 0
    while i < len(text):
        n = g.r.randint(1, 16)
        out.append(text[i : i + n])
        i += n
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7070)
    args = ap.parse_args()
    g = Gen(args.seed)
    plan = [("chat", 180), ("json", 110), ("json4k", 30), ("text4k", 30), ("obfuscated", 70), ("stream", 60)]
    docs, args.n = [], 0
    for shape, count in plan:
        for k in range(count):
            args.n += 1
            base = shape
            if shape == "stream":
                base = g.r.choice(["chat", "json"])
            if base in ("json", "json4k"):
                lang, tmpl, text, ents, negs = make_json(g, base == "json4k")
                fmt = "json"
            elif base == "obfuscated":
                (lang, tmpl, text, ents, negs), fmt = make_obf(g), "text"
            else:
                (lang, tmpl, text, ents, negs), fmt = make_chat(g, base == "text4k"), "text"
            d = Doc(g, args).rec(shape, lang, tmpl, text, ents, negs, fmt)
            if shape == "stream":
                d["base_shape"] = base
                d["chunks"] = chunk(g, text)
                assert "".join(d["chunks"]) == text
            for x in ents + negs:
                assert text[x["start"] : x["end"]] == x["value"], x
            docs.append(d)
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d docs to %s" % (len(docs), args.out))


if __name__ == "__main__":
    main()
