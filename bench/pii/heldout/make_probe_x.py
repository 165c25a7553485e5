#!/usr/bin/env python3
"""Probe X: held-out PII corpus built from logs, traces and machine records.

The documents are what an ops or support assistant reads and writes when it explains operational data:
structured JSON logs, logfmt, syslog and journald lines, access logs, tracebacks with locals, SQL logs
and dumps, audit trails, webhooks, CRM and ticket exports, Kubernetes and CI output, config dumps, and
the assistant's own summaries of them.  Schema and labels follow the pii-bench README; see README_x.md.

    PYTHONPATH=/tmp/faker-site python make_probe_x.py --seed 4040 --out /tmp/probe_x.jsonl --summary
"""
import argparse
import base64
import datetime
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "ru_RU")
LOCALE_WEIGHTS = (33, 16, 17, 13, 21)
LOCAL_LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
COUNTRY_CODE = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}
SHAPE_COUNTS = (("chat", 199), ("json", 112), ("stream", 56), ("obfuscated", 56), ("json4k", 33), ("text4k", 22),
                ("long64k", 2))
STREAM_BASES = (("chat", 27), ("json", 15), ("text4k", 11), ("obfuscated", 3))
OPEN, CLOSE = "\u27e8", "\u27e9"   # placeholder brackets in sentence templates: ⟨name⟩
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")


# ----------------------------------------------------------------------------------------------
# Labelled pieces and their assembly into a document
# ----------------------------------------------------------------------------------------------
def jesc(s):
    """Text of s as it appears between the quotes of a JSON string (escaping is per character)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Tag:
    """A labelled piece of text: an entity ("ent"), a hard negative ("neg") or an ignore span ("ign")."""

    def __init__(self, kind, label, text, sub=None, core=None, obf=None):
        self.kind, self.label, self.text = kind, label, text
        self.sub, self.core, self.obf = sub, core, obf
        self.meta = {}

    def escaped(self):
        """The same tag as it is written inside a JSON string literal."""
        tag = Tag(self.kind, self.label, jesc(self.text), self.sub, None, self.obf)
        if self.core:
            s, e = self.core
            a = len(jesc(self.text[:s]))
            tag.core = (a, a + len(jesc(self.text[s:e])))
        return tag


class R:
    """A JSON string value made of plain text and tags."""

    def __init__(self, *parts):
        self.parts = flatten(parts)


class JNum:
    """A tag written as a bare JSON number."""

    def __init__(self, tag):
        self.tag = tag


def flatten(parts):
    out = []
    for p in parts:
        if isinstance(p, (list, tuple)):
            out.extend(flatten(p))
        elif p != "":
            out.append(p)
    return out


def plen(parts):
    """Length of the text that parts assemble into."""
    return sum(len(p.text if isinstance(p, Tag) else p) for p in flatten(parts))


def fmt(template, **values):
    """Split a sentence template on ⟨name⟩ and put the named strings, tags or part lists in."""
    out = []
    for i, piece in enumerate(re.split(OPEN + r"(\w+)" + CLOSE, template)):
        if i % 2 == 0:
            out.append(piece)
        elif piece not in values:
            raise KeyError(f"template value {piece!r} missing")
        else:
            out.append(values[piece])
    return flatten(out)


JSON_STYLES = {"pretty2": (2, ",", ": "), "pretty4": (4, ",", ": "), "compact": (None, ",", ":"), "spaced": (None, ", ", ": ")}


def jdump(obj, style="compact"):
    """Serialize obj (dicts, lists, scalars, Tag, R, JNum) into a list of text parts and escaped tags."""
    out = []
    _emit(obj, out, JSON_STYLES[style], 0)
    return out


def _emit(obj, out, style, level):
    indent, item_sep, key_sep = style
    if isinstance(obj, (dict, list)):
        items = list(obj.items()) if isinstance(obj, dict) else list(enumerate(obj))
        opener, closer = ("{", "}") if isinstance(obj, dict) else ("[", "]")
        if not items:
            out.append(opener + closer)
            return
        out.append(opener)
        for i, (key, value) in enumerate(items):
            if i:
                out.append(item_sep)
            if indent is not None:
                out.append("\n" + " " * (indent * (level + 1)))
            if isinstance(obj, dict):
                out.append(json.dumps(key, ensure_ascii=False) + key_sep)
            _emit(value, out, style, level + 1)
        if indent is not None:
            out.append("\n" + " " * (indent * level))
        out.append(closer)
    elif isinstance(obj, Tag):
        out.extend(['"', obj.escaped(), '"'])
    elif isinstance(obj, R):
        out.append('"')
        out.extend(p.escaped() if isinstance(p, Tag) else jesc(p) for p in obj.parts)
        out.append('"')
    elif isinstance(obj, JNum):
        out.append(obj.tag)
    else:
        out.append(json.dumps(obj, ensure_ascii=False))


def assemble(parts):
    """Concatenate parts into text and collect entity, negative and ignore spans."""
    buf, ents, negs, ignore, pos = [], [], [], [], 0
    for p in flatten(parts):
        if not isinstance(p, Tag):
            buf.append(p)
            pos += len(p)
            continue
        start, pos = pos, pos + len(p.text)
        buf.append(p.text)
        if p.kind == "ent":
            e = {"type": p.label, "start": start, "end": pos, "value": p.text}
            if p.sub:
                e["sub"] = p.sub
            if p.core:
                e["core"] = [start + p.core[0], start + p.core[1]]
            if p.obf:
                e["obf"] = p.obf
            ents.append(e)
        elif p.kind == "neg":
            negs.append({"type": p.label, "start": start, "end": pos, "value": p.text})
        else:
            ignore.append([start, pos])
    return "".join(buf), ents, negs, ignore


# ----------------------------------------------------------------------------------------------
# Checksums
# ----------------------------------------------------------------------------------------------
def luhn_sum(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10


def luhn_ok(digits):
    return luhn_sum(digits) == 0


def luhn_complete(body):
    return body + str((10 - luhn_sum(body + "0")) % 10)


def iban_value(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    return len(s) >= 15 and s[:2].isalpha() and iban_value(s) % 97 == 1


def iban_make(cc, bban):
    check = 98 - iban_value(cc + "00" + bban) % 97
    return f"{cc}{check:02d}{bban}"


def ssn_ok(d):
    area, group, serial = d[:3], d[3:5], d[5:]
    return len(d) == 9 and area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def snils_check(d9):
    s = sum(int(ch) * (9 - i) for i, ch in enumerate(d9))
    if s > 101:
        s %= 101
    return "00" if s in (100, 101) else f"{s:02d}"


def snils_ok(d):
    return len(d) == 11 and d[:9] > "001001998" and snils_check(d[:9]) == d[9:]


INN10_W = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_W1 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_W2 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def inn_digit(digits, weights):
    return str(sum(int(d) * w for d, w in zip(digits, weights)) % 11 % 10)


def inn_ok(d):
    if len(d) == 10:
        return inn_digit(d, INN10_W) == d[9]
    if len(d) == 12:
        return inn_digit(d, INN12_W1) == d[10] and inn_digit(d, INN12_W2) == d[11]
    return False


def nhs_check(d9):
    r = 11 - sum(int(ch) * (10 - i) for i, ch in enumerate(d9)) % 11
    return None if r == 10 else str(r % 11)


def nhs_ok(d):
    return len(d) == 10 and nhs_check(d[:9]) == d[9]


def fr_rib_key(bank, branch, account):
    return f"{97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97:02d}"


def checksum_problem(label, sub, digits):
    """Why a normalised value fails its checksum, or None.  digits: the value with separators removed."""
    if label == "CREDIT_CARD" and not luhn_ok(digits):
        return "Luhn"
    if label == "NEG_CARDLIKE" and luhn_ok(digits):
        return "Luhn-valid card-like negative"
    if label == "IBAN" and not iban_ok(digits):
        return "IBAN mod-97"
    if label == "US_SSN" and not ssn_ok(digits):
        return "SSN rules"
    if label == "RU_SNILS" and not snils_ok(digits):
        return "SNILS"
    if label == "RU_INN" and not inn_ok(digits):
        return "INN"
    if label == "MEDICAL_RECORD_NUMBER" and sub == "nhs" and not nhs_ok(digits):
        return "NHS mod-11"
    return None


# ----------------------------------------------------------------------------------------------
# Value pools
# ----------------------------------------------------------------------------------------------
FREE_MAIL = {
    "en_US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net", "proton.me"),
    "en_GB": ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "sky.com", "virginmedia.com"),
    "de_DE": ("gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de", "mailbox.org", "gmx.net"),
    "fr_FR": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr", "yahoo.fr"),
    "ru_RU": ("mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "gmail.com", "ya.ru"),
}
CORP_MAIL = ("northwind-logistics.com", "brightpath.io", "kestrel-health.co.uk", "lumenpay.eu", "tessera-conseil.fr",
             "hafenbank.de", "orbita-soft.ru", "quayside.co.uk", "alpenmed.de", "vostok-trade.ru", "mistral-assur.fr",
             "ridgeway-clinic.org", "coppertrail.com", "nordlicht-energie.de", "sibtelecom.ru")
UA = ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
      "okhttp/4.12.0", "python-requests/2.31.0", "curl/8.5.0", "Go-http-client/2.0", "PostmanRuntime/7.37.3",
      "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "axios/1.6.8", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
SERVICES = ("checkout-api", "billing-worker", "auth-gateway", "notification-svc", "orders", "ledger", "crm-sync", "kyc-service",
            "shipping-label", "patient-portal", "scheduler", "payments-webhook", "profile-api", "search-indexer", "support-bot",
            "invoice-renderer", "sms-relay", "identity", "claims-intake", "loyalty")
TITLE_PHRASES = ("Internal Server Error", "Service Unavailable", "Bad Gateway", "Gateway Timeout", "Too Many Requests",
                 "Connection Reset By Peer", "Payment Required", "Request Entity Too Large", "Unprocessable Entity",
                 "Precondition Failed", "Out Of Memory", "Health Check Failed", "Circuit Breaker Open", "Card Declined",
                 "Insufficient Funds", "Dead Letter Queue", "Scheduled Maintenance", "Read Replica Lag",
                 "Liveness Probe Failed", "Failed Scheduling", "Token Expired", "Rate Limit Exceeded", "Unknown Host",
                 "Broken Pipe", "Disk Pressure", "Certificate Verify Failed", "Lock Wait Timeout Exceeded",
                 "Duplicate Key Value", "Permission Denied", "No Route To Host")
AT_LIKE = {
    "action": ("actions/checkout@v4", "actions/setup-node@v4", "docker/login-action@v3", "aws-actions/configure-aws-credentials@v4",
               "actions/upload-artifact@v4", "actions/cache@v4"),
    "package": ("lodash@4.17.21", "@sentry/node@7.108.0", "@aws-sdk/client-s3@3.556.0", "@nestjs/core@10.3.7", "pnpm@8.15.6",
                "@types/node@20.12.7", "express@4.19.2", "@prisma/client@5.13.0", "pg@8.11.5", "@opentelemetry/api@1.8.0",
                "inflight@1.0.6", "glob@7.2.3"),
    "annotation": ("@Transactional", "@RestController", "@Scheduled", "@JsonProperty", "@Retryable"),
}
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")
MONTHS = {
    "en": EN_MONTHS,
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
           "декабря"),
}
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
CITIES = {
    "fr_FR": (("75011", "Paris"), ("69003", "Lyon"), ("13006", "Marseille"), ("31000", "Toulouse"), ("44000", "Nantes"),
              ("59000", "Lille"), ("33000", "Bordeaux"), ("35000", "Rennes"), ("67000", "Strasbourg"), ("34000", "Montpellier")),
    "ru_RU": (("101000", "г. Москва"), ("190000", "г. Санкт-Петербург"), ("420111", "г. Казань"), ("630099", "г. Новосибирск"),
              ("620014", "г. Екатеринбург"), ("603005", "г. Нижний Новгород"), ("443010", "г. Самара"), ("344002", "г. Ростов-на-Дону"),
              ("350000", "г. Краснодар"), ("614000", "г. Пермь")),
}
GB_STREET_TYPES = ("Road", "Street", "Lane", "Close", "Avenue", "Gardens", "Crescent", "Way", "Drive", "Terrace", "Grove", "Place")
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                     "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya")))
HOMOGLYPHS = dict(zip("aeopcxyiABEKMHOPCTX", "аеорсхуіАВЕКМНОРСТХ"))
HOMOGLYPHS_BACK = {v: k for k, v in HOMOGLYPHS.items()}
DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "ru": ("ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"),
}
SIGN_WORDS = {"en": {"+": "plus", "-": "dash"}, "de": {"+": "plus", "-": "Strich"}, "fr": {"+": "plus", "-": "tiret"},
              "ru": {"+": "плюс", "-": "тире"}}
AT_DOT_WORDS = {"en": ((" at ", " dot "), (" [at] ", " [dot] "), (" AT ", " DOT "), ("(at)", "(dot)")),
                "de": ((" (at) ", " (punkt) "), (" [at] ", " [punkt] "), (" at ", " punkt ")),
                "fr": ((" arobase ", " point "), (" [at] ", " [point] "), (" (at) ", " (point) ")),
                "ru": ((" собака ", " точка "), (" [at] ", " [dot] "), (" (собака) ", " (точка) "))}
THOUSANDS = {"en": ",", "de": ".", "fr": " ", "ru": " "}
ORIGIN_LOCALE = {"de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}


def fold_ascii(name):
    """Lower-case ASCII form of a name for e-mail local parts."""
    s = name.lower()
    s = "".join(TRANSLIT.get(ch, ch) for ch in s)
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch == "-")).strip("-")


def translit_name(name):
    out = []
    for ch in name:
        low = ch.lower()
        if low in TRANSLIT:
            t = TRANSLIT[low]
            out.append(t.capitalize() if ch != low else t)
        else:
            out.append(ch)
    return "".join(out)


# ----------------------------------------------------------------------------------------------
# Per-document generator: labelled values and the plain filler of machine records
# ----------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, fakers, locale, lang):
        self.r, self.fakers, self.loc, self.lang = rng, fakers, locale, lang
        self.fk = fakers[locale]
        self.clock = rng.randint(1672531200, 1751328000)

    # -- small random helpers ---------------------------------------------------------------
    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p):
        return self.r.random() < p

    def num(self, lo, hi):
        return self.r.randint(lo, hi)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        return (str(self.r.randint(1, 9)) + s[1:]) if first_nonzero else s

    def chars(self, alphabet, n):
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def hexs(self, n):
        return self.chars("0123456789abcdef", n)

    def alnum(self, n):
        return self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", n)

    def say(self, variants, **values):
        """Pick a sentence for the document language and fill it."""
        return fmt(self.pick(variants[self.lang]), **values)

    # -- people and contact data -------------------------------------------------------------
    def origin(self):
        base = LOCAL_LANG[self.loc]
        if base != "ru" and self.chance(0.08):
            return "ru"
        return base

    def person(self, style=None, origin=None, latin=None):
        """PERSON tag; meta holds ASCII first/last names for building an e-mail address."""
        origin = origin or self.origin()
        if origin == "en":
            fk = self.fakers[self.loc if self.loc.startswith("en") else self.pick(("en_US", "en_GB"))]
        else:
            fk = self.fakers[ORIGIN_LOCALE[origin]]
        if origin == "ru":
            female = self.chance(0.5)
            first = fk.first_name_female() if female else fk.first_name_male()
            middle = fk.middle_name_female() if female else fk.middle_name_male()
            last = fk.last_name_female() if female else fk.last_name_male()
            if latin is None:
                latin = self.lang != "ru" and (self.loc != "ru_RU" or self.chance(0.5))
            style = style or self.pick(("full", "full", "initials", "first_last") if not latin else ("first_last", "first_last", "full"))
            if style == "full":
                text = f"{last} {first} {middle}"
            elif style == "initials":
                text = f"{last} {first[0]}. {middle[0]}."
            elif style == "lf":
                text = f"{last}, {first}"
            else:
                text = f"{first} {last}"
            if latin:
                text = translit_name(text)
        else:
            first, last = fk.first_name(), fk.last_name()
            if style is None:
                style = self.pick({"en": ("fl", "fl", "fl", "fml"), "de": ("fl",), "fr": ("fl", "fl", "LF", "fL")}[origin])
            if style == "fml":
                text = f"{first} {self.chars('ABCDEFGHJKLMNPRSTW', 1)}. {last}"
            elif style == "lf":
                text = f"{last}, {first}"
            elif style == "LF":
                text = f"{last.upper()} {first}"
            elif style == "fL":
                text = f"{first} {last.upper()}"
            else:
                text = f"{first} {last}"
        tag = Tag("ent", "PERSON", text, sub=origin)
        tag.meta = {"first": fold_ascii(first.split()[0]), "last": fold_ascii(last.split()[-1])}
        return tag

    def email(self, person=None, corp=False):
        if person is None:
            person = self.person()
        first, last = person.meta["first"] or "user", person.meta["last"] or "mail"
        local = self.pick((f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}{last}{self.num(1, 99)}",
                           f"{first}_{last}", f"{last}{self.num(60, 99)}", f"{first}.{last}{self.num(1, 9)}"))
        domain = self.pick(CORP_MAIL) if corp or self.chance(0.2) else self.pick(FREE_MAIL[self.loc])
        return Tag("ent", "EMAIL", f"{local}@{domain}")

    def phone(self, country=None, intl=None, e164=False):
        country = country or COUNTRY_CODE[self.loc]
        intl = True if e164 else (self.chance(0.5) if intl is None else intl)
        flat, intl_forms, national_forms = self._phone_forms(country)
        text = flat if e164 else self.pick(intl_forms if intl else national_forms)
        return Tag("ent", "PHONE", text, sub=("intl_" if intl else "national_") + country)

    def _phone_forms(self, country):
        """(E.164 form, international forms, national forms) of one random number of the country."""
        d = self.digits
        if country == "US":
            a, e, n = f"{self.num(2, 9)}{self.num(0, 8)}{self.num(0, 9)}", f"{self.num(2, 9)}{d(2)}", d(4)
            return (f"+1{a}{e}{n}", (f"+1 {a}-{e}-{n}", f"+1 ({a}) {e}-{n}", f"+1{a}{e}{n}", f"+1.{a}.{e}.{n}"),
                    (f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"1-{a}-{e}-{n}", f"{a}{e}{n}"))
        if country == "GB":
            if self.chance(0.6):
                groups = (f"7{self.num(4, 9)}{d(2)}", d(6))
            else:
                area = self.pick(("20", "161", "113", "121", "131", "117", "1632"))
                tail = d(10 - len(area))
                cut = {2: 4, 3: 3, 4: 6}[len(area)]
                groups = tuple(g for g in (area, tail[:cut], tail[cut:]) if g)
            flat, spaced = "".join(groups), " ".join(groups)
            return f"+44{flat}", (f"+44 {spaced}", f"+44{flat}", f"+44 (0){spaced}"), (f"0{spaced}", f"0{flat}")
        if country == "DE":
            if self.chance(0.5):
                area, sub = self.pick(("151", "152", "160", "170", "171", "172", "175", "176", "179")), d(self.num(7, 8))
            else:
                area = self.pick(("30", "40", "89", "221", "69", "711", "211", "341", "351", "511"))
                sub = d(self.num(6, 8), first_nonzero=True)
            return (f"+49{area}{sub}", (f"+49 {area} {sub}", f"+49 (0){area} {sub}", f"+49{area}{sub}", f"0049 {area} {sub}"),
                    (f"0{area} {sub}", f"0{area}/{sub}", f"(0{area}) {sub}", f"0{area}-{sub}", f"0{area} {sub[:3]} {sub[3:]}"))
        if country == "FR":
            lead, pairs = self.pick("1234567" + "66777"), [d(2) for _ in range(4)]
            spaced, flat = " ".join(pairs), "".join(pairs)
            return (f"+33{lead}{flat}", (f"+33 {lead} {spaced}", f"+33{lead}{flat}", f"+33 (0){lead} {spaced}"),
                    (f"0{lead} {spaced}", f"0{lead}." + ".".join(pairs), f"0{lead}{flat}", f"0{lead}-" + "-".join(pairs)))
        code = self.pick(("916", "925", "903", "965", "977", "985", "495", "499", "812", "343", "383", "843"))
        x, y, z = d(3), d(2), d(2)
        return (f"+7{code}{x}{y}{z}", (f"+7 ({code}) {x}-{y}-{z}", f"+7 {code} {x}-{y}-{z}", f"+7{code}{x}{y}{z}", f"+7-{code}-{x}-{y}-{z}"),
                (f"8 ({code}) {x}-{y}-{z}", f"8-{code}-{x}-{y}-{z}", f"8{code}{x}{y}{z}", f"8 {code} {x} {y} {z}"))

    def street(self):
        fk, loc = self.fk, self.loc
        if loc == "en_US":
            text = f"{self.num(2, 9899)} {fk.street_name()}"
        elif loc == "en_GB":
            name = self.pick(("High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road")) if self.chance(0.25) \
                else f"{fk.last_name()} {self.pick(GB_STREET_TYPES)}"
            text = f"{self.pick(('Flat ' + str(self.num(1, 12)) + ', ', '', '', ''))}{self.num(1, 240)} {name}"
        elif loc == "de_DE":
            text = f"{fk.street_name()} {self.num(1, 180)}{self.pick(('', '', '', 'a', 'b'))}"
        elif loc == "fr_FR":
            text = f"{self.num(1, 140)}{self.pick(('', '', '', ' bis'))}{self.pick((', ', ' '))}{fk.street_name()}"
        else:
            text = f"{fk.street_name()}, д. {self.num(1, 160)}{self.pick(('', '', ', корп. 2', ', стр. 1'))}"
        return Tag("ent", "STREET_ADDRESS", text, sub=LOCAL_LANG[loc])

    def city_fields(self):
        """(postcode, city) as ignore tags; the US city carries its state."""
        if self.loc in CITIES:
            pc, city = self.pick(CITIES[self.loc])
        elif self.loc == "en_US":
            pc, city = self.fk.zipcode(), f"{self.fk.city()}, {self.fk.state_abbr()}"
        else:
            pc, city = self.fk.postcode(), self.fk.city()
        return Tag("ign", None, pc), Tag("ign", None, city)

    def city_line(self):
        """Postcode and city as one ignore span, in the locale's order."""
        pc, city = self.city_fields()
        if self.loc in ("en_US", "en_GB"):
            return Tag("ign", None, f"{city.text} {pc.text}")
        if self.loc == "ru_RU":
            return Tag("ign", None, f"{city.text}, {pc.text}")
        return Tag("ign", None, f"{pc.text} {city.text}")

    def address(self):
        """Street entity followed by the city part as an ignore span."""
        return [self.street(), ", ", self.city_line()]

    # -- dates and times ------------------------------------------------------------------------
    def _date_text(self, y, m, d, style):
        lang = self.lang
        if style == "iso":
            return f"{y:04d}-{m:02d}-{d:02d}"
        if style == "compact":
            return f"{y:04d}{m:02d}{d:02d}"
        if style == "us":
            return f"{m:02d}/{d:02d}/{y:04d}"
        if style == "local":
            return {"en_US": f"{m:02d}/{d:02d}/{y}", "en_GB": f"{d:02d}/{m:02d}/{y}", "de_DE": f"{d:02d}.{m:02d}.{y}",
                    "fr_FR": f"{d:02d}/{m:02d}/{y}", "ru_RU": f"{d:02d}.{m:02d}.{y}"}[self.loc]
        name = MONTHS[lang][m - 1]
        if lang == "en":
            return f"{name} {d}, {y}" if self.loc == "en_US" else f"{d} {name} {y}"
        if lang == "de":
            return f"{d}. {name} {y}"
        return f"{d} {name} {y}"

    def dob(self, style=None):
        y, m, d = self.num(1941, 2006), self.num(1, 12), self.num(1, 28)
        style = style or self.pick(("iso", "local", "local", "long"))
        return Tag("ent", "DATE_OF_BIRTH", self._date_text(y, m, d, style))

    def date(self, style=None):
        day = datetime.datetime.fromtimestamp(self.clock, tz=datetime.timezone.utc).date() + datetime.timedelta(days=self.num(-420, 400))
        style = style or self.pick(("iso", "local", "long"))
        return Tag("neg", "NEG_DATE", self._date_text(day.year, day.month, day.day, style))

    def ts(self, style="iso", step=(0, 30)):
        self.clock += self.num(*step)
        ms = self.num(0, 999)
        t = datetime.datetime.fromtimestamp(self.clock, tz=datetime.timezone.utc)
        mon = EN_MONTHS[t.month - 1][:3]
        text = {
            "iso": t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}Z",
            "iso_s": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "iso_us": t.strftime("%Y-%m-%dT%H:%M:%S") + f".{ms:03d}{self.num(0, 999):03d}Z",
            "iso_off": (t + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S") + "+01:00",
            "iso_msk": (t + datetime.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S") + "+03:00",
            "py": t.strftime("%Y-%m-%d %H:%M:%S") + f",{ms:03d}",
            "sql": t.strftime("%Y-%m-%d %H:%M:%S"),
            "pg": t.strftime("%Y-%m-%d %H:%M:%S") + f".{ms:03d} UTC",
            "syslog": f"{mon} {t.day:2d} " + t.strftime("%H:%M:%S"),
            "clf": f"{t.day:02d}/{mon}/{t.year}:" + t.strftime("%H:%M:%S") + " +0000",
            "apache": f"{WEEKDAYS[t.weekday()]} {mon} {t.day:02d} " + t.strftime("%H:%M:%S") + f".{ms:03d}{self.num(0, 999):03d} {t.year}",
            "epoch": str(self.clock),
            "epoch_ms": f"{self.clock}{ms:03d}",
            "epoch_ns": f"{self.clock}{ms:03d}{self.digits(6)}",
            "epoch_f": f"{self.clock}.{ms:03d}",
            "time": t.strftime("%H:%M:%S") + f".{ms:03d}",
            "dmy": t.strftime("%d.%m.%Y %H:%M:%S"),
            "dmy_slash": t.strftime("%d/%m/%Y %H:%M:%S"),
        }[style]
        return Tag("neg", "NEG_TIMESTAMP", text)

    # -- network ------------------------------------------------------------------------------
    def ipv4(self, private=False):
        if private:
            head = self.pick(("10." + str(self.num(0, 255)), "172." + str(self.num(16, 31)), "192.168"))
            text = f"{head}.{self.num(0, 255)}.{self.num(1, 254)}"
        else:
            first = self.pick((5, 31, 37, 46, 62, 77, 79, 81, 85, 89, 91, 95, 109, 151, 176, 178, 185, 188, 193, 212, 213, 217,
                               24, 45, 64, 66, 68, 71, 73, 98, 104, 107, 135, 142, 162, 198, 203, 209))
            text = f"{first}.{self.num(0, 255)}.{self.num(0, 255)}.{self.num(1, 254)}"
        return Tag("ent", "IPV4", text)

    def ip_any(self):
        return self.ipv6() if self.chance(0.2) else self.ipv4(private=self.chance(0.15))

    def ipv6(self):
        groups = [self.pick(("2001", "2a02", "2a01", "2600", "2607", "2a00", "2a03")), f"{self.num(0, 0xffff):x}"] + \
                 [f"{self.num(0, 0xffff):x}" for _ in range(6)]
        if self.chance(0.5):
            cut = self.num(3, 6)
            text = ":".join(groups[:cut]) + "::" + groups[-1]
        else:
            text = ":".join(groups)
        return Tag("ent", "IPV6", text)

    # -- financial ----------------------------------------------------------------------------
    def card(self, brand=None, style=None):
        brand = brand or self.pick(("visa", "visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "mir")
                                   + (("mir", "mir") if self.loc == "ru_RU" else ()))
        prefix = {"visa": "4", "mastercard": self.pick(("51", "52", "53", "54", "55", str(self.num(2221, 2720)))),
                  "amex": self.pick(("34", "37")), "discover": self.pick(("6011", "65")), "jcb": str(self.num(3528, 3589)),
                  "mir": str(self.num(2200, 2204))}[brand]
        length = 15 if brand == "amex" else 16
        number = luhn_complete(prefix + self.digits(length - 1 - len(prefix)))
        return Tag("ent", "CREDIT_CARD", self.group_card(number, style), sub=brand)

    def group_card(self, number, style=None):
        style = style or self.pick(("spaced", "compact", "dashed", "spaced"))
        if style == "compact":
            return number
        sep = " " if style == "spaced" else "-"
        cuts = (4, 10) if len(number) == 15 else (4, 8, 12)
        out, last = [], 0
        for c in cuts + (len(number),):
            out.append(number[last:c])
            last = c
        return sep.join(out)

    def cardlike(self, style=None):
        while True:
            number = self.pick(("4", "5", "6", "9", "3", "1")) + self.digits(15)
            if not luhn_ok(number):
                return Tag("neg", "NEG_CARDLIKE", self.group_card(number, style))

    def iban(self, country=None, grouped=None):
        country = country or self.pick({"de_DE": ("DE", "DE", "DE", "AT", "CH", "NL"), "fr_FR": ("FR", "FR", "FR", "BE", "ES", "IT"),
                                        "en_GB": ("GB", "GB", "GB", "NL", "PL"), "en_US": ("GB", "DE", "FR", "ES", "PL"),
                                        "ru_RU": ("DE", "CH", "AT", "PL", "IT")}[self.loc])
        d = self.digits
        if country == "FR":
            bank, branch, account = d(5), d(5), d(11)
            bban = bank + branch + account + fr_rib_key(bank, branch, account)
        elif country == "BE":
            head = d(10)
            bban = head + f"{int(head) % 97 or 97:02d}"
        else:
            bban = {"DE": lambda: d(18), "GB": lambda: self.pick(("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA")) + d(14),
                    "ES": lambda: d(20), "IT": lambda: self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + d(22),
                    "NL": lambda: self.pick(("ABNA", "RABO", "INGB", "TRIO", "SNSB", "KNAB")) + d(10),
                    "AT": lambda: d(16), "CH": lambda: d(17), "PL": lambda: d(24)}[country]()
        iban = iban_make(country, bban)
        grouped = self.chance(0.5) if grouped is None else grouped
        text = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban
        return Tag("ent", "IBAN", text, sub=f"{country}_{'grouped' if grouped else 'compact'}")

    def ssn(self, style=None):
        while True:
            area = self.num(1, 899)
            if area != 666:
                break
        raw = f"{area:03d}{self.num(1, 99):02d}{self.num(1, 9999):04d}"
        style = style or self.pick(("dashed", "dashed", "dashed", "plain", "spaced"))
        text = {"dashed": f"{raw[:3]}-{raw[3:5]}-{raw[5:]}", "plain": raw, "spaced": f"{raw[:3]} {raw[3:5]} {raw[5:]}"}[style]
        return Tag("ent", "US_SSN", text, sub=style)

    # -- Russian identifiers ---------------------------------------------------------------------
    def inn(self, kind=None, json_number=False):
        kind = kind or self.pick(("inn10", "inn12"))
        region = f"{self.num(10, 92):02d}" if json_number or self.chance(0.8) else f"0{self.num(1, 9)}"
        if kind == "inn10":
            body = region + self.digits(7)
            text = body + inn_digit(body, INN10_W)
        else:
            body = region + self.digits(8)
            body += inn_digit(body, INN12_W1)
            text = body + inn_digit(body, INN12_W2)
        return Tag("ent", "RU_INN", text, sub=kind + ("_json_number" if json_number else ""))

    def snils(self, style=None):
        while True:
            body = self.digits(9)
            if body > "001001998":
                break
        raw = body + snils_check(body)
        style = style or self.pick(("formatted", "formatted", "dashed", "plain"))
        text = {"formatted": f"{raw[:3]}-{raw[3:6]}-{raw[6:9]} {raw[9:]}", "dashed": f"{raw[:3]}-{raw[3:6]}-{raw[6:9]}-{raw[9:]}",
                "plain": raw}[style]
        return Tag("ent", "RU_SNILS", text, sub=style)

    def passport(self, style=None):
        region = self.pick(("45", "46", "40", "50", "52", "36", "60", "65", "77", "92", "03", "18", "71"))
        series, number = region + f"{self.num(0, 24):02d}", self.digits(6)
        style = style or self.pick(("spaced", "series_number", "series_number", "plain", "numero"))
        text = {"spaced": f"{series[:2]} {series[2:]} {number}", "series_number": f"{series} {number}", "plain": series + number,
                "numero": f"{series[:2]} {series[2:]} № {number}"}[style]
        return Tag("ent", "RU_PASSPORT", text, sub=style)

    # -- health --------------------------------------------------------------------------------
    def mrn(self, kind=None):
        kind = kind or self.pick(("numeric", "prefixed", "alnum") + (("nhs", "nhs") if self.loc == "en_GB" else ()))
        if kind == "nhs":
            while True:
                body = str(self.num(400, 799)) + self.digits(6)
                check = nhs_check(body)
                if check is not None:
                    break
            raw = body + check
            text = self.pick((raw, f"{raw[:3]} {raw[3:6]} {raw[6:]}"))
        elif kind == "numeric":
            text = self.digits(self.pick((7, 8)), first_nonzero=self.chance(0.6))
        elif kind == "prefixed":
            text = self.pick((f"MRN-{self.digits(7)}", f"MRN{self.digits(8)}", f"PT-{self.digits(6)}", f"HN{self.digits(8)}",
                              f"PAT{self.digits(7)}"))
        else:
            text = self.pick((f"{self.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}{self.digits(6)}-{self.alnum(2).upper()}",
                              f"{self.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}{self.digits(7)}{self.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}"))
        return Tag("ent", "MEDICAL_RECORD_NUMBER", text, sub=kind)

    # -- secrets -------------------------------------------------------------------------------
    def key(self, kind):
        b62 = self.alnum
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        text = {
            "aws_access_key_id": lambda: self.pick(("AKIA", "AKIA", "ASIA")) + self.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16),
            "aws_secret_key": lambda: self.chars(b64, 40),
            "github_pat_classic": lambda: "ghp_" + b62(36),
            "github_other": lambda: self.pick(("gho_", "ghu_", "ghs_", "ghr_")) + b62(36),
            "github_pat_fine": lambda: "github_pat_" + b62(22) + "_" + b62(59),
            "gitlab": lambda: "glpat-" + self.chars(b64[:62] + "-_", 20),
            "slack": lambda: self.pick((f"xoxb-{self.digits(12, True)}-{self.digits(13, True)}-{b62(24)}",
                                        f"xoxp-{self.digits(12, True)}-{self.digits(12, True)}-{self.digits(13, True)}-{self.hexs(32)}",
                                        f"xapp-1-A{self.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}-{self.digits(13, True)}-{self.hexs(64)}")),
            "stripe": lambda: self.pick(("sk_live_", "sk_live_", "rk_live_")) + b62(self.pick((24, 99))),
            "openai_like": lambda: self.pick(("sk-proj-", "sk-")) + self.chars(b64[:62] + "-_", self.pick((48, 56, 64))),
            "google_api": lambda: "AIza" + self.chars(b64[:62] + "-_", 35),
        }[kind]()
        return Tag("ent", "API_KEY", text, sub=kind)

    def jwt(self, email=None):
        def b64u(raw):
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
        alg = self.pick(("HS256", "RS256", "ES256"))
        claims = {"sub": self.pick((str(self.num(10000, 9999999)), self.uuid().text)), "iat": self.clock, "exp": self.clock + 3600}
        if email:
            claims["email"] = email
        if self.chance(0.5):
            claims["scope"] = self.pick(("read:orders write:orders", "openid profile email", "admin"))
        header = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
        body = b64u(json.dumps(claims, separators=(",", ":")).encode())
        sig = b64u(self.r.randbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg]))
        return Tag("ent", "API_KEY", f"{header}.{body}.{sig}", sub="jwt")

    def pem(self, kind=None):
        kind = kind or self.pick(("rsa", "rsa", "private", "ec", "openssh", "encrypted"))
        label, lead, size, width = {
            "rsa": ("RSA PRIVATE KEY", b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00", 1190, 64),
            "private": ("PRIVATE KEY", b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48", 1210, 64),
            "ec": ("EC PRIVATE KEY", b"\x30\x77\x02\x01\x01\x04\x20", 114, 64),
            "openssh": ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none", 380, 70),
            "encrypted": ("ENCRYPTED PRIVATE KEY", b"\x30\x82\x05\x2c\x30\x56\x06\x09\x2a\x86\x48", 1300, 64),
        }[kind]
        data = base64.b64encode(lead + self.r.randbytes(size)).decode()
        body = "\n".join(data[i:i + width] for i in range(0, len(data), width))
        head = f"-----BEGIN {label}-----\n"
        text = f"{head}{body}\n-----END {label}-----"
        sub = {"rsa": "pem_rsa_private_key", "private": "pem_private_key", "ec": "pem_ec_private_key",
               "openssh": "pem_openssh_private_key", "encrypted": "pem_encrypted_private_key"}[kind]
        return Tag("ent", "API_KEY", text, sub=sub, core=(len(head), len(head) + len(body)))

    def password(self, url=False):
        words = ("Sommer", "Winter", "Dragon", "Falcon", "Orange", "Kestrel", "Matrix", "Zebra", "Paris", "Moskva", "Hafen",
                 "Tiger", "Nordwind", "Soleil", "Admin", "Welcome", "Spring", "Bistro")
        if self.chance(0.45):
            text = f"{self.pick(words)}{self.num(1, 2025)}{self.pick('!*#$?.' if not url else '!*._~-')}"
        else:
            alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789" + ("!#%^*-_" if not url else "-_.~")
            text = self.chars(alphabet, self.num(12, 24))
        return Tag("ent", "API_KEY", text, sub="db_password" if url else "password")

    def db_url(self, scheme=None, user=None):
        scheme = scheme or self.pick(("postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "mssql"))
        host = self.pick(("db-primary.internal", "pg-orders.prod.svc.cluster.local", "mysql-01.eu-west-1.rds.amazonaws.com",
                          "cluster0.x7kq2.mongodb.net", "cache-03.internal", "rabbit.prod.internal", "sql-billing.corp.local"))
        port = {"postgres": ":5432", "postgresql": ":5432", "mysql": ":3306", "mongodb+srv": "", "redis": ":6379",
                "amqp": ":5672", "mssql": ":1433"}[scheme]
        user = user if user is not None else ("" if scheme == "redis" and self.chance(0.5) else
                                              self.pick(("app", "svc_orders", "billing_rw", "root", "etl", "admin", "reporting")))
        db = self.pick(("/orders", "/app", "/billing", "/0", "/crm", "/patients", ""))
        return [f"{scheme}://{user}:", self.password(url=True), f"@{host}{port}{db}"]

    # -- hard negatives ------------------------------------------------------------------------
    def uuid(self):
        h = self.hexs(32)
        text = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"
        return Tag("neg", "NEG_UUID", text)

    def hexid(self, n=32):
        return Tag("neg", "NEG_HASH", self.hexs(n))

    def order(self, kind=None):
        kind = kind or self.pick(("ord", "hash", "inv", "amzn", "ups", "ticket", "shop", "long"))
        y = 2022 + self.num(0, 3)
        if kind == "long":
            while True:
                text = self.digits(self.pick((11, 12, 13)), first_nonzero=True)
                if not (snils_ok(text) or inn_ok(text) or luhn_ok(text)):
                    break
        else:
            text = {"ord": f"ORD-{y}-{self.digits(6)}", "hash": f"#{self.num(10000, 9999999)}", "inv": f"INV-{self.digits(8)}",
                    "amzn": f"{self.num(100, 999)}-{self.digits(7)}-{self.digits(7)}",
                    "ups": f"1Z{self.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 6)}{self.digits(10)}",
                    "ticket": f"{self.pick(('ZD', 'SR', 'INC', 'CS', 'HD'))}-{self.num(1000, 999999)}",
                    "shop": f"#{self.num(1001, 99999)}",
                    "fr": f"CMD-{y}-{self.digits(6)}", "de": f"RE-{y}-{self.digits(5)}", "ru": f"{self.num(1000, 9999)}-{self.num(100, 999)}"}[kind]
        return Tag("neg", "NEG_ORDER_ID", text)

    def version(self, ip_like=True):
        if ip_like:
            text = f"{self.num(1, 24)}.{self.num(0, 40)}.{self.num(0, 255)}.{self.num(0, 255)}"
        else:
            text = self.pick((f"{self.num(1, 9)}.{self.num(0, 40)}.{self.num(0, 30)}", f"{self.num(0, 5)}.{self.num(0, 99)}.{self.num(0, 9)}",
                              f"10.0.{self.num(17000, 26100)}.{self.num(100, 4000)}"))
        return Tag("neg", "NEG_VERSION", text)

    def title(self):
        return Tag("neg", "NEG_TITLECASE", self.pick(TITLE_PHRASES))

    def number(self, kind=None):
        kind = kind or self.pick(("bytes", "amount", "hex", "ms", "count"))
        if kind == "amount":
            units, cents = self.num(5, 48000), self.num(0, 99)
            text = self.pick((f"{units:,}.{cents:02d}", f"{units}.{cents:02d}") if self.lang == "en" else
                             (f"{units:,}".replace(",", ".") + f",{cents:02d}", f"{units},{cents:02d}"))
        else:
            text = {"bytes": str(self.num(120, 9_800_000)), "hex": f"0x{self.num(0x10000, 0xffffffff):08x}",
                    "ms": str(self.num(30, 98000)), "count": f"{self.num(1000, 9_999_999):,}".replace(",", THOUSANDS[self.lang])}[kind]
        return Tag("neg", "NEG_NUMBER", text)

    def b64(self, kind=None):
        kind = kind or self.pick(("sri", "digest", "payload", "bytes"))
        if kind == "sri":
            n = self.pick((32, 48, 64))
            text = f"sha{n * 8}-" + base64.b64encode(self.r.randbytes(n)).decode()
        elif kind == "digest":
            text = "sha256:" + self.hexs(64)
        elif kind == "payload":
            raw = json.dumps({"event": self.pick(("ping", "heartbeat", "sync", "noop")), "seq": self.num(1, 99999),
                              "ts": self.clock}, separators=(",", ":"))
            text = base64.b64encode(raw.encode()).decode()
        else:
            text = base64.b64encode(self.r.randbytes(self.pick((18, 24, 32)))).decode()
        return Tag("neg", "NEG_B64", text)

    def atlike(self, kind="package"):
        return Tag("neg", "NEG_EMAILLIKE", self.pick(AT_LIKE[kind]))

    # -- unlabelled machine filler -------------------------------------------------------------
    def svc(self):
        return self.pick(SERVICES)

    def pod(self, svc=None):
        cons = "bcdfghjklmnpqrstvwxz2456789"
        return f"{svc or self.svc()}-{self.chars(cons, self.pick((9, 10)))}-{self.chars(cons, 5)}"

    def ua(self):
        return self.pick(UA)

    def json_doc(self, obj, style=None):
        return "json", jdump(obj, style or self.pick(("pretty2", "pretty2", "compact", "spaced", "pretty4")))


# ----------------------------------------------------------------------------------------------
# Building blocks shared by templates: single log lines of common formats
# ----------------------------------------------------------------------------------------------
def fence(lang, body):
    return ["```" + lang + "\n", body, "\n```"]


def lines(*rows):
    out = []
    for i, row in enumerate(rows):
        if i:
            out.append("\n")
        out.append(row)
    return out


def quoted_body(parts):
    """Parts as they appear inside a double-quoted, backslash-escaped string (JSON rules)."""
    return [p.escaped() if isinstance(p, Tag) else jesc(p) for p in flatten(parts)]


def url_email(c, person=None):
    """An e-mail as it appears in a query string; sometimes percent-encoded."""
    tag = c.email(person)
    if c.chance(0.15):
        tag.text = tag.text.replace("@", "%40")
    return tag


def line_nginx(c, ip=None, pii=True):
    ip = ip or c.ipv4()
    person = c.person()
    if pii:
        path = c.pick((
            ["/api/v1/customers/lookup?email=", url_email(c, person), "&phone=", c.phone(e164=True)],
            ["/account/verify?email=", url_email(c, person), "&dob=", c.dob("iso")],
            ["/v2/geocode?key=", c.key("google_api"), "&lang=", c.lang],
            ["/password/reset?token=", c.jwt(), "&utm_source=email"],
            ["/newsletter/unsubscribe?e=", url_email(c, person), "&list=", str(c.num(2, 40))],
            ["/api/orders/", c.order("ord"), "/track?phone=", c.phone(e164=True)],
        ))
    else:
        path = c.pick((["/static/js/app.", c.hexid(8), ".js"], ["/healthz"], ["/api/v1/orders/", c.order("ord")],
                       ["/metrics"], ["/favicon.ico"]))
    status = c.pick(("200", "200", "200", "302", "400", "401", "404", "429", "499", "502", "504"))
    return [ip, " - - [", c.ts("clf"), "] \"", c.pick(("GET", "GET", "POST")), " ", path, " HTTP/1.1\" ", status, " ",
            c.number("bytes"), " \"-\" \"", c.ua(), "\" rt=", f"{c.num(1, 2999) / 1000:.3f}"]


def line_sshd(c, ip=None, user=None, ok=None, host=None):
    ip = ip or c.ipv4()
    host = host or c.pick(("bastion-01", "jump-eu-2", "sftp-gw", "build-03", "vpn-edge"))
    user = user or c.pick(("admin", "root", "deploy", "oracle", "ubuntu", "git", "test"))
    port = str(c.num(1025, 65000))
    ok = c.chance(0.25) if ok is None else ok
    if ok:
        msg = ["Accepted publickey for ", user, " from ", ip, " port ", port, " ssh2: ED25519 ",
               Tag("neg", "NEG_B64", "SHA256:" + base64.b64encode(c.r.randbytes(32)).decode().rstrip("="))]
    else:
        msg = c.pick((["Failed password for invalid user ", user, " from ", ip, " port ", port, " ssh2"],
                      ["Failed password for ", user, " from ", ip, " port ", port, " ssh2"],
                      ["Connection closed by authenticating user ", user, " ", ip, " port ", port, " [preauth]"]))
    return [c.ts("syslog"), f" {host} sshd[{c.num(1000, 99999)}]: ", msg]


def line_logfmt(c, person=None):
    person = person or c.person()
    lvl = c.pick(("info", "warn", "error"))
    event = c.pick((
        ["msg=\"login failed\" email=", c.email(person), " ip=", c.ipv4(), " attempts=", str(c.num(2, 9))],
        ["msg=\"profile updated\" user=\"", person, "\" phone=", c.phone(), " ip=", c.ipv4()],
        ["msg=\"payment declined\" customer=\"", person, "\" reason=\"", c.title(), "\" amount=", c.number("amount")],
        ["msg=\"otp sent\" to=", c.phone(e164=True), " channel=sms provider_latency_ms=", c.number("ms")],
        ["msg=\"address changed\" customer_email=", c.email(person), " street=\"", c.street(), "\""],
        ["msg=\"card declined\" holder=\"", person, "\" pan=", c.card(style="compact"), " reason=", c.title().text.replace(" ", "_").lower()],
        ["msg=\"voucher redeemed\" code=", c.cardlike("compact"), " customer_email=", c.email(person)],
        ["msg=\"upstream call\" url=https://maps.googleapis.com/maps/api/geocode/json key=", c.key("google_api"), " status=200"],
    ))
    rid = [" request_id=", c.uuid()] if c.chance(0.4) else []
    return ["ts=", c.ts("iso"), " level=", lvl, " svc=", c.svc(), " ", event, rid, " trace_id=", c.hexid(32)]


def line_json(c, person=None, level=None):
    person = person or c.person()
    rec = {"ts": c.ts(c.pick(("iso", "iso_us"))), "level": level or c.pick(("info", "warn", "error")), "service": c.svc(),
           "trace_id": c.hexid(32), "span_id": c.hexid(16)}
    rec["msg"] = c.pick(("checkout failed", "user signed in", "webhook rejected", "kyc check pending", "sms delivery failed",
                         "refund issued", "token refresh failed"))
    rec["user"] = {"id": c.num(1000, 999999), "email": c.email(person)}
    if c.chance(0.5):
        rec["user"]["name"] = person
    path = c.pick(("/v1/checkout", "/v2/session", "/api/refunds", "/kyc/submit", "/api/sms/send"))
    rec["request"] = {"method": c.pick(("GET", "POST", "PATCH")), "path": path, "client_ip": c.ip_any(),
                      "status": c.pick((200, 401, 402, 422, 500, 502))}
    if c.chance(0.3):
        rec["context"] = {"phone": c.phone(e164=True), "release": c.version(ip_like=c.chance(0.5))}
    return jdump(rec, "compact")


def line_postfix(c, person=None, status=None):
    email = c.email(person)
    host = c.pick(("mx1.", "mail.", "smtp-in.", "mx.")) + email.text.split("@")[1]
    status = status or c.pick(("sent", "sent", "deferred", "bounced"))
    reply = {"sent": "250 2.0.0 OK", "bounced": "550 5.1.1 User unknown", "deferred": "451 4.7.1 Try again later"}[status]
    return [c.ts("syslog"), " mail-out postfix/smtp[", str(c.num(1000, 65000)), "]: ", c.chars("0123456789ABCDEF", 10), ": to=<", email,
            ">, relay=", host, "[", c.ipv4(), "]:25, delay=", f"{c.num(1, 900) / 10:.1f}", ", dsn=", reply.split()[1], ", status=", status,
            " (", reply, ")"]


def line_audit(c, actor=None):
    actor = actor or c.email(corp=True)
    field, old, new = c.pick((("phone", c.phone(), c.phone()), ("email", c.email(), c.email()), ("street", c.street(), c.street()),
                              ("iban", c.iban(), c.iban())))
    return [c.ts("iso_s"), " actor=", actor, " action=customer.update target=cus_", c.alnum(14), " field=", field, " old=\"", old,
            "\" new=\"", new, "\" src_ip=", c.ipv4(private=c.chance(0.4))]


def line_k8s(c, pod=None):
    pod = pod or c.pod()
    return [c.ts("iso"), " ", pod, " ", c.pick((
        ["Started container app, image digest ", c.b64("digest")],
        ["connecting to ", c.db_url(), " (attempt ", str(c.num(1, 5)), ")"],
        ["WARN upstream responded ", c.title(), " for ", c.email()],
        ["GET /readyz 200 in ", c.number("ms"), "ms"],
        ["Back-off restarting failed container, last exit code 137, container id ", c.hexid(64)],
    ))]


def line_pyapp(c, person=None):
    person = person or c.person()
    logger = c.pick(("billing.charge", "accounts.views", "kyc.tasks", "notify.sms", "crm.sync"))
    return [c.ts("py"), " ", c.pick(("INFO", "WARNING", "ERROR")), " [", logger, "] ", c.pick((
        ["charge failed for ", person, " <", c.email(person), ">: ", c.title()],
        ["sending OTP to ", c.phone(), " for user_id=", str(c.num(1000, 999999))],
        ["synced contact ", person, " dob=", c.dob("iso"), " in ", c.number("ms"), "ms"],
        ["retrying job ", c.uuid(), " after ", c.title()],
        ["queue heartbeat payload=", c.b64("payload"), " acked in ", c.number("ms"), "ms"],
        ["loyalty card ", c.cardlike(), " linked to ", c.email(person)],
        ["appointment reminder queued for patient ", c.mrn(), " (", person, ")"],
        ["payment method saved for ", person, ": ", c.card()],
    ))]


def line_identity(c):
    """A record of the locale's national identifiers, as identity and payroll services log them."""
    person = c.person()
    ids = {"en_US": lambda: [" tin=", c.ssn(), " dob=", c.dob("us")],
           "ru_RU": lambda: [" passport=\"", c.passport(), "\" snils=\"", c.snils(), "\" inn=", c.inn()],
           "en_GB": lambda: [" nhs_number=\"", c.mrn("nhs"), "\" dob=", c.dob("local")],
           "de_DE": lambda: [" iban=\"", c.iban(), "\" geburtsdatum=", c.dob("local")],
           "fr_FR": lambda: [" iban=\"", c.iban(), "\" date_naissance=", c.dob("local")]}[c.loc]()
    return [c.ts("iso_s"), " ", c.pick(("kyc-worker", "payroll-sync", "identity")), " ", c.pick(("WARN", "INFO", "DEBUG")),
            " record=", c.uuid(), " subject=\"", person, "\"", ids]


def line_ci_secret(c):
    return [c.ts("iso_us"), " ", c.pick((
        ["+ export AWS_ACCESS_KEY_ID=", c.key("aws_access_key_id")],
        ["+ docker login -u ci -p ", c.password(), " registry.internal"],
        ["+ git clone https://oauth2:", c.key(c.pick(("gitlab", "github_pat_classic", "github_other"))), "@git.internal/platform/api.git"],
        ["SLACK_WEBHOOK_TOKEN=", c.key("slack"), " ./notify.sh"],
        ["Run ", c.atlike("action"), " with OPENAI_API_KEY=", c.key("openai_like")],
    ))]


LINE_KINDS = (line_nginx, line_sshd, line_logfmt, line_json, line_postfix, line_audit, line_k8s, line_pyapp, line_identity, line_ci_secret)


# ----------------------------------------------------------------------------------------------
# Templates.  Each returns (format, parts).  Registered per shape with the locales it fits and
# whether its prose is in the local language, English, or either.
# ----------------------------------------------------------------------------------------------
TEMPLATES = {}


def template(shape, name, locales=LOCALES, langs="any"):
    def register(fn):
        TEMPLATES.setdefault(shape, []).append((name, fn, locales, langs))
        return fn
    return register


INTRO = {
    "en": ["Here's the relevant part of the log:", "These are the matching lines:", "This is what the service logged around the failure:",
           "From what you pasted, these lines matter:"],
    "de": ["Hier der relevante Ausschnitt aus dem Log:", "Das sind die passenden Zeilen:", "So sieht es im Log rund um den Fehler aus:",
           "Aus dem, was du gepostet hast, sind diese Zeilen wichtig:"],
    "fr": ["Voici l'extrait pertinent du journal :", "Voici les lignes correspondantes :",
           "Voici ce que le service a journalisé au moment de l'échec :", "Dans ce que vous avez collé, ces lignes comptent :"],
    "ru": ["Вот нужный фрагмент лога:", "Нашёл подходящие строки:", "Вот что сервис записал в момент сбоя:",
           "Из того, что вы прислали, важны эти строки:"],
}


@template("chat", "chat.jsonl_explain")
def chat_jsonl_explain(c):
    person = c.person()
    rows = [line_json(c, person, "error")] + [line_json(c) for _ in range(c.num(1, 3))]
    outro = c.say({
        "en": ["The first record is the one that matters: the request for ⟨name⟩ failed and the retries in the same trace ended with "
               "⟨title⟩.", "Only the error line is relevant. It belongs to ⟨name⟩; the rest is background traffic ending in ⟨title⟩."],
        "de": ["Entscheidend ist der erste Datensatz: Die Anfrage für ⟨name⟩ schlug fehl, die Wiederholungen im selben Trace endeten mit "
               "⟨title⟩.", "Relevant ist nur die Fehlerzeile von ⟨name⟩; der Rest ist normaler Verkehr, zuletzt mit ⟨title⟩."],
        "fr": ["Le premier enregistrement est le bon : la requête de ⟨name⟩ a échoué et les tentatives suivantes se sont terminées par "
               "⟨title⟩.", "Seule la ligne d'erreur compte, elle concerne ⟨name⟩ ; le reste est du trafic normal, terminé par ⟨title⟩."],
        "ru": ["Важна первая запись: запрос для ⟨name⟩ упал, повторные попытки в той же трассировке закончились ⟨title⟩.",
               "Смотреть нужно только на строку с ошибкой — она относится к ⟨name⟩; остальное — фоновый трафик, последний ответ ⟨title⟩."],
    }, name=person, title=c.title())
    return "text", [c.say(INTRO), "\n\n", fence(c.pick(("json", "")), lines(*rows)), "\n\n", outro]


@template("chat", "chat.logfmt_summary")
def chat_logfmt(c):
    person = c.person()
    rows = [line_logfmt(c, person) for _ in range(c.num(2, 4))]
    ip = c.ipv4()
    head = c.say({
        "en": ["Summary of the logfmt output for ⟨name⟩ (last seen from ⟨ip⟩):", "You asked what happened to ⟨name⟩. Requests from ⟨ip⟩:"],
        "de": ["Zusammenfassung der logfmt-Ausgabe zu ⟨name⟩ (zuletzt von ⟨ip⟩):", "Du wolltest wissen, was mit ⟨name⟩ los war. Anfragen von ⟨ip⟩:"],
        "fr": ["Résumé de la sortie logfmt pour ⟨name⟩ (vu en dernier depuis ⟨ip⟩) :", "Ce qui s'est passé pour ⟨name⟩, requêtes depuis ⟨ip⟩ :"],
        "ru": ["Сводка по logfmt для ⟨name⟩ (последний вход с ⟨ip⟩):", "Что происходило с ⟨name⟩ — запросы с ⟨ip⟩:"],
    }, name=person, ip=ip)
    return "text", [head, "\n\n", lines(*rows)]


@template("chat", "chat.sshd_bruteforce")
def chat_sshd(c):
    attacker, good = c.ipv4(), c.ipv4(private=c.chance(0.5))
    host = c.pick(("bastion-01", "jump-eu-2", "sftp-gw"))
    rows = [line_sshd(c, attacker, ok=False, host=host) for _ in range(c.num(2, 5))] + [line_sshd(c, good, "deploy", True, host)]
    tail = c.say({
        "en": ["Pattern: repeated password guesses from ⟨a⟩, then a normal login from ⟨b⟩. Block ⟨a⟩ at the edge; ⟨b⟩ is your CI runner.",
               "⟨a⟩ is brute-forcing. The last line (⟨b⟩) is legitimate. Nothing suggests the guesses succeeded."],
        "de": ["Muster: wiederholte Passwortversuche von ⟨a⟩, danach ein regulärer Login von ⟨b⟩. Sperr ⟨a⟩ an der Firewall; ⟨b⟩ ist der CI-Runner.",
               "⟨a⟩ versucht es per Brute Force. Die letzte Zeile (⟨b⟩) ist legitim, erfolgreich war keiner der Versuche."],
        "fr": ["Schéma : tentatives de mot de passe répétées depuis ⟨a⟩, puis une connexion normale depuis ⟨b⟩. Bloquez ⟨a⟩ ; ⟨b⟩ est le runner CI.",
               "⟨a⟩ fait du brute force. La dernière ligne (⟨b⟩) est légitime, aucune tentative n'a abouti."],
        "ru": ["Картина такая: перебор паролей с ⟨a⟩, затем обычный вход с ⟨b⟩. ⟨a⟩ стоит заблокировать, ⟨b⟩ — это наш CI-раннер.",
               "С ⟨a⟩ идёт брутфорс. Последняя строка (⟨b⟩) легитимна, ни одна попытка подбора не удалась."],
    }, a=attacker, b=good)
    return "text", [fence("", lines(*rows)), "\n\n", tail]


@template("chat", "chat.journald_dsn")
def chat_journald(c):
    unit = c.pick(("payment-sync", "crm-export", "nightly-etl", "report-mailer"))
    host = c.pick(("app-02", "worker-eu-1", "batch-7"))
    pid = str(c.num(300, 65000))
    dsn = c.db_url()
    rows = [
        [c.ts("syslog"), f" {host} systemd[1]: Started {unit}.service."],
        [c.ts("syslog"), f" {host} {unit}[{pid}]: config loaded, build ", c.version(), ", using ", dsn],
        [c.ts("syslog"), f" {host} {unit}[{pid}]: FATAL: ", c.title(), " after ", c.number("ms"), " ms"],
        [c.ts("syslog"), f" {host} systemd[1]: {unit}.service: Main process exited, code=exited, status=1/FAILURE"],
    ]
    tail = c.say({
        "en": ["The unit prints its full connection string at start-up, password included. Fix the log call and rotate that password."],
        "de": ["Die Unit schreibt beim Start den kompletten Connection-String ins Journal, inklusive Passwort. Logaufruf fixen und Passwort rotieren."],
        "fr": ["Le service écrit sa chaîne de connexion complète au démarrage, mot de passe compris. Corrigez le log et changez ce mot de passe."],
        "ru": ["Сервис при старте пишет в журнал полную строку подключения вместе с паролем. Уберите это из логов и смените пароль."],
    })
    return "text", [f"$ journalctl -u {unit} --since today\n", lines(*rows), "\n\n", tail]


@template("chat", "chat.nginx_querystring")
def chat_nginx(c):
    quiet = c.num(0, 3)
    rows = [line_nginx(c, pii=i != quiet) for i in range(4)]
    tail = c.say({
        "en": ["Those query strings carry personal data straight into the access log. Move lookups to POST bodies or strip the parameters "
               "with a custom log_format.", "Note the GET parameters: e-mail, phone and tokens land in every access log and CDN log."],
        "de": ["Die Query-Strings schreiben personenbezogene Daten direkt ins Access-Log. Lookups besser per POST oder die Parameter per "
               "log_format entfernen.", "Achtung bei den GET-Parametern: E-Mail, Telefonnummer und Tokens landen so in jedem Access- und CDN-Log."],
        "fr": ["Ces query strings envoient des données personnelles directement dans le journal d'accès. Passez en POST ou filtrez les "
               "paramètres dans le log_format.", "Attention aux paramètres GET : e-mail, téléphone et jetons finissent dans chaque log d'accès."],
        "ru": ["Через query string персональные данные попадают прямо в access-лог. Лучше передавать их в теле POST или вырезать в log_format.",
               "Обратите внимание на GET-параметры: почта, телефон и токены оседают во всех access- и CDN-логах."],
    })
    return "text", [c.say(INTRO), "\n\n", fence("", lines(*rows)), "\n\n", tail]


@template("chat", "chat.apache_pdo")
def chat_apache(c):
    person = c.person()
    email = c.email(person)
    ip = c.ipv4()
    row = ["[", c.ts("apache"), "] [php:error] [pid ", str(c.num(1000, 60000)), "] [client ", ip, ":", str(c.num(1025, 65000)),
           "] PHP Fatal error:  Uncaught PDOException: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", email,
           "' for key 'users.email' in /var/www/shop/src/Account/Register.php:", str(c.num(40, 300))]
    tail = c.say({
        "en": ["⟨name⟩ already has an account, so the signup insert collides on the unique e-mail index. Catch the 1062 and offer "
               "a password reset."],
        "de": ["⟨name⟩ hat bereits ein Konto, daher kollidiert der Insert mit dem Unique-Index auf der E-Mail. Fehler 1062 abfangen "
               "und Passwort-Reset anbieten."],
        "fr": ["⟨name⟩ a déjà un compte : l'insertion bute sur l'index unique de l'e-mail. Interceptez l'erreur 1062 et proposez une réinitialisation."],
        "ru": ["У ⟨name⟩ уже есть учётная запись, поэтому вставка упирается в уникальный индекс по e-mail. Ловите 1062 и предлагайте сброс пароля."],
    }, name=person)
    return "text", [fence("", [row]), "\n\n", tail]


@template("chat", "chat.python_locals")
def chat_python(c):
    person = c.person()
    card, amount = c.card(), c.number("amount")
    mod = c.pick(("billing/charge.py", "payments/service.py", "checkout/tasks.py"))
    body = [
        "Traceback (most recent call last):\n",
        f'  File "/srv/app/{mod}", line {c.num(40, 400)}, in charge_customer\n',
        "    resp = gateway.charge(card_number=card, amount=amount, customer=customer)\n",
        '  File "/srv/app/.venv/lib/python3.11/site-packages/acquirer/client.py", line ', str(c.num(60, 900)), ", in charge\n",
        '    raise CardDeclined(resp["decline_code"])\n',
        "acquirer.errors.CardDeclined: do_not_honor\n\n",
        "Local variables in charge_customer:\n",
        "    customer = {'id': ", str(c.num(1000, 999999)), ", 'name': '", person, "', 'email': '", c.email(person), "', 'dob': '",
        c.dob("iso"), "'}\n",
        "    card = '", card, "'\n",
        "    amount = Decimal('", amount, "')\n",
        "    request_id = '", c.uuid(), "'",
    ]
    tail = c.say({
        "en": ["The decline itself is ordinary; the real problem is that the error tracker captured frame locals, so the full card number "
               "is now stored with the event. Turn off local variable capture for that module."],
        "de": ["Die Ablehnung selbst ist normal. Das Problem: Der Error-Tracker speichert die Frame-Variablen, also liegt jetzt die volle "
               "Kartennummer im Event. Variablen-Erfassung für das Modul abschalten."],
        "fr": ["Le refus est banal ; le vrai problème, c'est que l'outil de suivi d'erreurs a capturé les variables locales, donc le numéro "
               "de carte complet est stocké avec l'événement. Désactivez cette capture pour ce module."],
        "ru": ["Сам отказ — обычное дело. Плохо то, что трекер ошибок сохранил локальные переменные, и полный номер карты теперь лежит "
               "в событии. Отключите сбор локальных переменных для этого модуля."],
    })
    return "text", [fence("python", body), "\n\n", tail]


@template("chat", "chat.java_constraint")
def chat_java(c):
    person = c.person()
    email = c.email(person)
    thread = f"nio-8080-exec-{c.num(1, 20)}"
    body = [
        c.ts("py"), " ERROR 1 --- [", thread, "] c.n.b.web.CustomerController : Request processing failed\n",
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement; constraint [uk_customer_email]\n",
        "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_customer_email\"\n",
        "  Detail: Key (email)=(", email, ") already exists.\n",
        "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)\n",
        "\tat com.northwind.billing.customer.CustomerService.register(CustomerService.java:", str(c.num(30, 200)), ")\n",
        "\tat com.northwind.billing.web.CustomerController.create(CustomerController.java:", str(c.num(30, 200)), ")",
    ]
    tail = c.say({
        "en": ["The driver echoes the conflicting key into the exception, so ⟨name⟩'s address ends up in your log aggregator. "
               "Map the exception to a 409 before it is logged."],
        "de": ["Der Treiber schreibt den kollidierenden Schlüssel in die Exception – damit landet die Adresse von ⟨name⟩ im Log-Aggregator. "
               "Exception vor dem Loggen auf 409 abbilden."],
        "fr": ["Le pilote recopie la clé en conflit dans l'exception : l'adresse de ⟨name⟩ se retrouve dans l'agrégateur de logs. "
               "Convertissez l'exception en 409 avant de la journaliser."],
        "ru": ["Драйвер копирует конфликтующий ключ в текст исключения, и адрес ⟨name⟩ оказывается в агрегаторе логов. "
               "Преобразуйте исключение в 409 до логирования."],
    }, name=person)
    tail += c.say({
        "en": [" Since register() is ⟨ann⟩, nothing else from that request was committed."],
        "de": [" Da register() mit ⟨ann⟩ annotiert ist, wurde aus diesem Request nichts weiter committet."],
        "fr": [" Comme register() porte l'annotation ⟨ann⟩, rien d'autre n'a été validé pour cette requête."],
        "ru": [" Поскольку register() помечен ⟨ann⟩, остальные изменения этого запроса откатились."],
    }, ann=Tag("neg", "NEG_EMAILLIKE", "@Transactional"))
    return "text", [fence("", body), "\n\n", tail]


@template("chat", "chat.node_body")
def chat_node(c):
    person = c.person()
    body = {"name": person, "email": c.email(person), "phone": c.phone(), "address": {"line1": c.street(), "line2": None}}
    stack = [
        "TypeError: Cannot read properties of undefined (reading 'postcode')\n",
        "    at formatLabel (/app/src/shipping/label.js:", str(c.num(10, 99)), ":", str(c.num(5, 40)), ")\n",
        "    at async createShipment (/app/src/shipping/index.js:", str(c.num(100, 300)), ":5)\n",
        "request.body = ", jdump(body, "spaced"),
    ]
    tail = c.say({
        "en": ["The payload has no postcode or city, only line1, so formatLabel dereferences undefined. Validate the body before calling it."],
        "de": ["Im Payload fehlen PLZ und Ort, es gibt nur line1 – deshalb greift formatLabel auf undefined zu. Body vorher validieren."],
        "fr": ["Le payload n'a ni code postal ni ville, seulement line1 : formatLabel lit donc undefined. Validez le corps avant l'appel."],
        "ru": ["В теле запроса нет индекса и города, только line1, поэтому formatLabel обращается к undefined. Проверяйте тело заранее."],
    })
    return "text", [fence("", stack), "\n\n", tail]


@template("chat", "chat.mysql_slowlog")
def chat_slowlog(c):
    person = c.person()
    body = [
        "# Time: ", c.ts("iso_us"), "\n",
        "# User@Host: app_rw[app_rw] @ [", c.ipv4(private=True), "]  Id: ", str(c.num(1000, 900000)), "\n",
        "# Query_time: ", f"{c.num(2, 40)}.{c.digits(6)}", "  Lock_time: 0.000", c.digits(3), " Rows_sent: 1  Rows_examined: ",
        c.number("count"), "\n",
        "SET timestamp=", c.ts("epoch"), ";\n",
        "SELECT id, full_name, dob FROM customers WHERE email = '", c.email(person), "' OR phone = '", c.phone(), "';",
    ]
    tail = c.say({
        "en": ["Full scan: there is no index on phone, and the OR defeats the e-mail index. Split it into two indexed lookups."],
        "de": ["Full Table Scan: Auf phone liegt kein Index, und das OR hebelt den E-Mail-Index aus. In zwei indizierte Abfragen aufteilen."],
        "fr": ["Parcours complet : pas d'index sur phone, et le OR neutralise l'index e-mail. Séparez en deux requêtes indexées."],
        "ru": ["Полный перебор: индекса по phone нет, а OR не даёт использовать индекс по email. Разбейте на два индексированных запроса."],
    })
    return "text", [fence("", body), "\n\n", tail]


@template("chat", "chat.pg_failing_row")
def chat_pg(c):
    person = c.person()
    body = [
        c.ts("pg"), " [", str(c.num(1000, 60000)), "] app@crm ERROR:  null value in column \"consent_at\" of relation \"contacts\" violates "
        "not-null constraint\n",
        c.ts("pg"), " [", str(c.num(1000, 60000)), "] app@crm DETAIL:  Failing row contains (", str(c.num(1000, 99999)), ", ", person,
        ", ", c.email(person), ", ", c.phone(), ", ", c.dob("iso"), ", null).\n",
        c.ts("pg"), " [", str(c.num(1000, 60000)), "] app@crm STATEMENT:  INSERT INTO contacts (id, full_name, email, phone, birth_date, "
        "consent_at) VALUES ($1, $2, $3, $4, $5, $6)",
    ]
    tail = c.say({
        "en": ["The import job omits consent_at. Also note that PostgreSQL prints the whole failing row in DETAIL, so set "
               "log_error_verbosity = terse on that cluster."],
        "de": ["Der Import setzt consent_at nicht. Außerdem gibt PostgreSQL in DETAIL die komplette Zeile aus – auf dem Cluster "
               "log_error_verbosity = terse setzen."],
        "fr": ["L'import ne renseigne pas consent_at. Notez aussi que PostgreSQL affiche toute la ligne dans DETAIL : passez "
               "log_error_verbosity à terse sur ce cluster."],
        "ru": ["Импорт не заполняет consent_at. Кроме того, PostgreSQL выводит в DETAIL всю строку целиком — включите на кластере "
               "log_error_verbosity = terse."],
    })
    return "text", [fence("", body), "\n\n", tail]


def sql_literal(tag):
    return ["'", tag, "'"]


@template("chat", "chat.insert_rows")
def chat_insert(c):
    rows = []
    for i in range(c.num(2, 3)):
        person = c.person()
        values = [str(c.num(100, 99999)), ", ", sql_literal(person), ", ", sql_literal(c.email(person)), ", ", sql_literal(c.phone()), ", ",
                  sql_literal(c.dob("iso")), ", ", sql_literal(c.street()), ", ", sql_literal(c.ts("sql"))]
        rows.append(["  (", values, ")"])
    joined = []
    for i, row in enumerate(rows):
        joined += [row, ",\n" if i < len(rows) - 1 else ";"]
    head = c.say({
        "en": ["The migration failed on this statement (from the deploy log):", "This is the statement that the seed script ran against prod:"],
        "de": ["Die Migration ist an diesem Statement gescheitert (aus dem Deploy-Log):", "Dieses Statement hat das Seed-Skript gegen Prod ausgeführt:"],
        "fr": ["La migration a échoué sur cette requête (extraite du log de déploiement) :", "Voici la requête que le script de seed a lancée en prod :"],
        "ru": ["Миграция упала на этом запросе (из лога деплоя):", "Вот запрос, который seed-скрипт выполнил на проде:"],
    })
    sql = ["INSERT INTO customers (id, full_name, email, phone, birth_date, street, created_at) VALUES\n", joined]
    return "text", [head, "\n\n", fence("sql", sql)]


@template("chat", "chat.copy_block")
def chat_copy(c):
    rows = []
    for _ in range(c.num(2, 4)):
        person = c.person()
        rows.append([str(c.num(1, 99999)), "\t", person, "\t", c.email(person), "\t", c.iban(), "\t", c.date("iso")])
    head = c.say({
        "en": ["pg_dump output, table public.payees:"], "de": ["Ausschnitt aus dem pg_dump, Tabelle public.payees:"],
        "fr": ["Extrait du pg_dump, table public.payees :"], "ru": ["Фрагмент pg_dump, таблица public.payees:"],
    })
    body = ["COPY public.payees (id, holder, email, iban, mandate_date) FROM stdin;\n", lines(*rows), "\n\\."]
    tail = c.say({
        "en": ["That dump went into the support ticket unredacted; it should be deleted from the attachment store."],
        "de": ["Der Dump hängt ungeschwärzt am Support-Ticket und sollte aus dem Anhangsspeicher gelöscht werden."],
        "fr": ["Ce dump a été joint au ticket sans masquage ; il faut le supprimer du stockage des pièces jointes."],
        "ru": ["Этот дамп приложен к тикету без маскирования, его нужно удалить из хранилища вложений."],
    })
    return "text", [head, "\n\n", fence("", body), "\n\n", tail]


@template("chat", "chat.audit_changes")
def chat_audit(c):
    actor = c.email(corp=True)
    rows = [line_audit(c, actor) for _ in range(c.num(2, 4))]
    tail = c.say({
        "en": ["All changes came from ⟨actor⟩ within a few minutes, which matches the bulk edit they reported."],
        "de": ["Alle Änderungen stammen innerhalb weniger Minuten von ⟨actor⟩ – passt zur gemeldeten Massenbearbeitung."],
        "fr": ["Toutes les modifications viennent de ⟨actor⟩ en quelques minutes, ce qui correspond à l'édition en masse signalée."],
        "ru": ["Все изменения внесены ⟨actor⟩ за несколько минут — это совпадает с массовой правкой, о которой они сообщили."],
    }, actor=actor)
    return "text", [fence("", lines(*rows)), "\n\n", tail]


@template("chat", "chat.k8s_env_leak")
def chat_k8s(c):
    svc = c.svc()
    pod = c.pod(svc)
    events = [
        "LAST SEEN   TYPE      REASON      OBJECT              MESSAGE\n",
        f"{c.num(2, 59)}s         Warning   BackOff     pod/{pod}   Back-off restarting failed container\n",
        f"{c.num(1, 9)}m          Normal    Pulled      pod/{pod}   Container image \"registry.internal/{svc}:", c.version(False), "\" already present",
    ]
    logs = lines(
        ["env: AWS_ACCESS_KEY_ID=", c.key("aws_access_key_id")],
        ["env: AWS_SECRET_ACCESS_KEY=", c.key("aws_secret_key")],
        line_k8s(c, pod),
        line_k8s(c, pod),
    )
    tail = c.say({
        "en": ["The entrypoint runs `env` before starting, so the pod log contains live credentials. Rotate the key pair and drop that line."],
        "de": ["Das Entrypoint-Skript ruft vor dem Start `env` auf, das Pod-Log enthält also gültige Zugangsdaten. Schlüssel rotieren, Zeile entfernen."],
        "fr": ["Le point d'entrée exécute `env` au démarrage : le log du pod contient des identifiants valides. Renouvelez la paire de clés."],
        "ru": ["Entrypoint перед запуском вызывает `env`, поэтому в логе пода действующие ключи. Перевыпустите пару ключей и уберите эту строку."],
    })
    return "text", ["$ kubectl get events -n prod\n", events, "\n\n$ kubectl logs ", pod, " --previous | head\n", logs, "\n\n", tail]


@template("chat", "chat.ci_leak")
def chat_ci(c):
    sha = c.hexid(40)
    body = lines(
        [c.ts("iso_us"), " ##[group]Run ", c.atlike("action")],
        [c.ts("iso_us"), " HEAD is now at ", Tag("neg", "NEG_HASH", sha.text[:7]), " bump ", c.version(False)],
        [c.ts("iso_us"), " + export GITHUB_TOKEN=", c.key(c.pick(("github_pat_classic", "github_pat_fine", "github_other")))],
        [c.ts("iso_us"), " + npm publish --registry https://npm.internal (", c.key(c.pick(("gitlab", "slack", "openai_like"))), ")"],
        [c.ts("iso_us"), " ##[error]Process completed with exit code 1."],
    )
    tail = c.say({
        "en": ["`set -x` echoed both tokens into a public job log for commit ⟨sha⟩. Revoke them now; masking only covers registered secrets."],
        "de": ["`set -x` hat beide Tokens für Commit ⟨sha⟩ ins öffentliche Job-Log geschrieben. Sofort widerrufen – maskiert werden nur registrierte Secrets."],
        "fr": ["`set -x` a affiché les deux jetons dans le log public du job pour le commit ⟨sha⟩. Révoquez-les : seuls les secrets déclarés sont masqués."],
        "ru": ["Из-за `set -x` оба токена попали в публичный лог джоба для коммита ⟨sha⟩. Отзовите их: маскируются только зарегистрированные секреты."],
    }, sha=sha)
    return "text", [fence("", body), "\n\n", tail]


@template("chat", "chat.env_incident")
def chat_env(c):
    rows = [
        ["APP_VERSION=", c.version()],
        ["DATABASE_URL=", c.db_url()],
        ["STRIPE_SECRET_KEY=", c.key("stripe")],
        ["SMTP_PASSWORD=", c.password()],
        ["GOOGLE_MAPS_KEY=", c.key("google_api")],
        ["SENTRY_RELEASE=", c.hexid(40)],
    ]
    c.r.shuffle(rows)
    head = c.say({
        "en": ["Incident ⟨ref⟩: a debug endpoint returned the process environment. What was exposed:",
               "Root cause for ⟨ref⟩: the crash page printed the .env file. Exposed values:"],
        "de": ["Vorfall ⟨ref⟩: Ein Debug-Endpunkt hat die Prozessumgebung ausgegeben. Offengelegt wurde:",
               "Ursache von ⟨ref⟩: Die Fehlerseite hat die .env-Datei angezeigt. Betroffen:"],
        "fr": ["Incident ⟨ref⟩ : un endpoint de debug renvoyait l'environnement du processus. Éléments exposés :",
               "Cause de ⟨ref⟩ : la page d'erreur affichait le fichier .env. Valeurs exposées :"],
        "ru": ["Инцидент ⟨ref⟩: отладочный эндпоинт отдавал окружение процесса. Что утекло:",
               "Причина ⟨ref⟩: страница ошибки выводила файл .env. Раскрытые значения:"],
    }, ref=c.order("ticket"))
    return "text", [head, "\n\n", fence("dotenv", lines(*rows))]


@template("chat", "chat.error_event_prose")
def chat_sentry_prose(c):
    person = c.person()
    values = dict(name=person, email=c.email(person), ip=c.ip_any(), jwt=c.jwt(), event=c.hexid(32), title=c.title())
    text = c.say({
        "en": ["Event ⟨event⟩ (⟨title⟩) was raised for ⟨name⟩ <⟨email⟩> from ⟨ip⟩. The captured request still has its "
               "Authorization header: Bearer ⟨jwt⟩. Add Authorization to the scrubber's deny list."],
        "de": ["Event ⟨event⟩ (⟨title⟩) gehört zu ⟨name⟩ <⟨email⟩>, Aufruf von ⟨ip⟩. Im erfassten Request steht noch der "
               "Authorization-Header: Bearer ⟨jwt⟩. Authorization gehört auf die Scrubber-Liste."],
        "fr": ["L'événement ⟨event⟩ (⟨title⟩) concerne ⟨name⟩ <⟨email⟩>, appel depuis ⟨ip⟩. La requête capturée contient encore "
               "l'en-tête Authorization : Bearer ⟨jwt⟩. Ajoutez Authorization à la liste de filtrage."],
        "ru": ["Событие ⟨event⟩ (⟨title⟩) относится к ⟨name⟩ <⟨email⟩>, запрос пришёл с ⟨ip⟩. В сохранённом запросе остался заголовок "
               "Authorization: Bearer ⟨jwt⟩. Добавьте Authorization в список фильтра."],
    }, **values)
    return "text", text


@template("chat", "chat.root_cause_card")
def chat_rootcause(c):
    person = c.person()
    values = dict(name=person, card=c.card(), order=c.order(), amount=c.number("amount"), title=c.title(), ts=c.ts("iso_s"),
                  req=c.uuid(), arn=c.cardlike("compact"))
    text = c.say({
        "en": ["**Root cause:** the acquirer timed out and our retry re-sent the charge.\n\n- Customer: ⟨name⟩\n- Card in the debug log: "
               "⟨card⟩\n- Order ⟨order⟩, amount ⟨amount⟩\n- First failure ⟨ts⟩ (⟨title⟩), request ⟨req⟩\n- Acquirer reference ⟨arn⟩"],
        "de": ["**Ursache:** Timeout beim Acquirer, unser Retry hat die Belastung erneut gesendet.\n\n- Kunde: ⟨name⟩\n- Karte im "
               "Debug-Log: ⟨card⟩\n- Bestellung ⟨order⟩, Betrag ⟨amount⟩\n- Erster Fehler ⟨ts⟩ (⟨title⟩), Request ⟨req⟩\n- Acquirer-Referenz ⟨arn⟩"],
        "fr": ["**Cause racine :** l'acquéreur a expiré et notre relance a renvoyé le débit.\n\n- Client : ⟨name⟩\n- Carte dans le "
               "log de debug : ⟨card⟩\n- Commande ⟨order⟩, montant ⟨amount⟩\n- Premier échec ⟨ts⟩ (⟨title⟩), requête ⟨req⟩\n- Référence acquéreur ⟨arn⟩"],
        "ru": ["**Причина:** эквайер не ответил вовремя, и наш ретрай повторно отправил списание.\n\n- Клиент: ⟨name⟩\n- Карта в "
               "отладочном логе: ⟨card⟩\n- Заказ ⟨order⟩, сумма ⟨amount⟩\n- Первый сбой ⟨ts⟩ (⟨title⟩), запрос ⟨req⟩\n- Референс эквайера ⟨arn⟩"],
    }, **values)
    return "text", text


@template("chat", "chat.sepa_failure")
def chat_sepa(c):
    person = c.person()
    text = c.say({
        "en": ["The direct debit for ⟨name⟩ (IBAN ⟨iban⟩) bounced with insufficient_funds. The mandate dates from ⟨date⟩; the retry is "
               "scheduled for ⟨date2⟩ and the customer was notified at ⟨email⟩."],
        "de": ["Die Lastschrift für ⟨name⟩ (IBAN ⟨iban⟩) ist mangels Deckung zurückgekommen. Das Mandat stammt vom ⟨date⟩, der nächste "
               "Einzug ist für den ⟨date2⟩ geplant, Benachrichtigung ging an ⟨email⟩."],
        "fr": ["Le prélèvement de ⟨name⟩ (IBAN ⟨iban⟩) a été rejeté pour provision insuffisante. Le mandat date du ⟨date⟩ ; nouvelle "
               "présentation le ⟨date2⟩, le client a été prévenu à ⟨email⟩."],
        "ru": ["Прямое списание для ⟨name⟩ (IBAN ⟨iban⟩) отклонено из-за нехватки средств. Мандат подписан ⟨date⟩, повторная попытка "
               "запланирована на ⟨date2⟩, уведомление ушло на ⟨email⟩."],
    }, name=person, iban=c.iban(), date=c.date(), date2=c.date(), email=c.email(person))
    return "text", text


@template("chat", "chat.ticket_thread")
def chat_ticket(c):
    requester = c.person(style=c.pick(("lf", "fl")) if c.loc != "ru_RU" else None)
    ref = c.order("ticket")
    head = ["Ticket ", ref, " | ", c.ts("iso_s"), "\nRequester: ", requester, " <", c.email(requester), ">\nPhone: ", c.phone(), "\n\n"]
    body = c.say({
        "en": ["Customer: I moved to ⟨addr⟩ and the parcel still went to the old address. Can you update it? My date of birth is ⟨dob⟩ "
               "if you need to verify.\n\nAgent: Updated, and I re-routed order ⟨order⟩."],
        "de": ["Kunde: Ich bin nach ⟨addr⟩ umgezogen, das Paket ging trotzdem an die alte Adresse. Bitte ändern. Geburtsdatum zur "
               "Verifizierung: ⟨dob⟩.\n\nAgent: Erledigt, Bestellung ⟨order⟩ wurde umgeleitet."],
        "fr": ["Client : j'ai déménagé au ⟨addr⟩ et le colis est quand même parti à l'ancienne adresse. Pouvez-vous corriger ? Ma date "
               "de naissance : ⟨dob⟩.\n\nAgent : C'est corrigé, la commande ⟨order⟩ a été réacheminée."],
        "ru": ["Клиент: я переехал, новый адрес — ⟨addr⟩, а посылка всё равно ушла на старый. Исправьте, пожалуйста. Дата рождения "
               "для проверки: ⟨dob⟩.\n\nОператор: Исправил, заказ ⟨order⟩ перенаправлен."],
    }, addr=c.address(), dob=c.dob(), order=c.order())
    return "text", head + body


@template("chat", "chat.crm_csv", locales=("en_US", "en_GB", "de_DE", "fr_FR"))
def chat_crm_csv(c):
    header = {"en": "id,name,email,phone,date_of_birth,street,city",
              "de": "ID;Name;E-Mail;Telefon;Geburtsdatum;Straße;Ort",
              "fr": "id;nom;courriel;téléphone;date_naissance;adresse;ville"}[c.lang]
    sep = "," if c.lang == "en" else ";"
    rows = [header]
    for _ in range(c.num(2, 4)):
        person = c.person(style="lf")
        rows.append([str(c.num(1000, 99999)), sep, '"', person, '"', sep, c.email(person), sep, c.phone(), sep, c.dob("local"), sep,
                     '"', c.street(), '"', sep, '"', c.city_line(), '"'])
    head = c.say({
        "en": ["Here is the export the sales team attached; the duplicate is in the first two rows:"],
        "de": ["Das ist der Export, den der Vertrieb angehängt hat; die Dublette steckt in den ersten zwei Zeilen:"],
        "fr": ["Voici l'export joint par l'équipe commerciale ; le doublon est dans les deux premières lignes :"],
    })
    return "text", [head, "\n\n", fence("csv", lines(*rows))]


@template("chat", "chat.ru_support_ticket", locales=("ru_RU",), langs="local")
def chat_ru_ticket(c):
    person = c.person(style=c.pick(("full", "initials")), latin=False)
    body = [
        "Обращение № ", c.order("ru"), " от ", c.date("local"), "\n",
        "Заявитель: ", person, "\n",
        "Телефон: ", c.phone(), "\nЭл. почта: ", c.email(person), "\n",
        "Текст: Здравствуйте! Не могу подтвердить личность в приложении. Паспорт ", c.passport(), ", СНИЛС ", c.snils(),
        ", ИНН ", c.inn("inn12"), ". Ошибка «", c.title(), "».\n\n",
    ]
    tail = c.say({"ru": [
        "Судя по логу, проверка падает на стороне сервиса сверки: данные паспорта и СНИЛС приходят, но ответ не возвращается за "
        "таймаут. Повторите запрос через очередь и ответьте заявителю.",
        "Данные заявителя корректны, ошибка на нашей стороне — истёк токен интеграции. Перезапуск проверки решит вопрос.",
    ]})
    return "text", body + tail


@template("chat", "chat.ru_exchange_log", locales=("ru_RU",), langs="local")
def chat_ru_exchange(c):
    person = c.person(style="full", latin=False)
    rows = lines(
        [c.ts("dmy"), " [ИНФО] Обмен с банком: загружено ", c.number("count"), " документов"],
        [c.ts("dmy"), " [ОШИБКА] Платёж по заказу ", c.order("ru"), " не проведён: получатель ", person, ", ИНН ", c.inn("inn12"),
         ", карта ", c.card("mir")],
        [c.ts("dmy"), " [ПРЕДУПРЕЖДЕНИЕ] Повтор через ", c.number("ms"), " мс, версия модуля ", c.version()],
    )
    tail = c.say({"ru": ["Ошибка одна — платёж ⟨name⟩ отклонён банком, остальное информационные сообщения.",
                         "По сути сбой только у ⟨name⟩: банк вернул отказ, повторная отправка тоже не прошла."]},
                 name=person)
    return "text", [fence("", rows), "\n\n", tail]


@template("chat", "chat.de_lastschrift_log", locales=("de_DE",), langs="local")
def chat_de_fields(c):
    person = c.person(style=c.pick(("fl", "lf")))
    body = lines(
        [c.ts("dmy"), " FEHLER Lastschrifteinzug abgelehnt"],
        ["  Kunde:          ", person],
        ["  Geburtsdatum:   ", c.dob("local")],
        ["  Anschrift:      ", c.address()],
        ["  IBAN:           ", c.iban("DE")],
        ["  Mandatsreferenz: MR-", c.digits(9)],
        ["  Rückgabegrund:  AM04 (Deckung unzureichend)"],
    )
    tail = c.say({"de": ["Rückgabegrund AM04 heißt: keine Deckung. Technisch ist alles in Ordnung, der Einzug kann in ein paar Tagen "
                         "erneut versucht werden.", "Das ist kein Fehler in unserer Schnittstelle – die Bank hat mangels Deckung "
                         "zurückgegeben. Kunde per Mail informieren und Einzug neu planen."]})
    return "text", [fence("", body), "\n\n", tail]


@template("chat", "chat.fr_audit_dossier", locales=("fr_FR",), langs="local")
def chat_fr_audit(c):
    agent = c.person(style="LF", origin="fr")
    patient = c.person(origin="fr")
    rows = lines(
        ["[AUDIT] ", c.ts("dmy_slash"), " Consultation du dossier patient n° ", c.mrn(), " par ", agent, " depuis ", c.ipv4(private=True)],
        ["[AUDIT] ", c.ts("dmy_slash"), " Modification de l'adresse de ", patient, " : ", c.address()],
        ["[AUDIT] ", c.ts("dmy_slash"), " Export PDF du dossier, taille ", c.number("bytes"), " octets"],
    )
    tail = c.say({"fr": ["Les trois actions sont faites par le même compte en moins d'une minute ; rien d'anormal côté accès, "
                         "mais l'export PDF mérite une vérification auprès du service.", "L'accès est justifié par la prise de "
                         "rendez-vous ; seule la modification d'adresse doit être confirmée par le patient."]})
    return "text", [fence("", rows), "\n\n", tail]


@template("chat", "chat.postfix_bounces")
def chat_postfix(c):
    person = c.person()
    rows = [line_postfix(c, person, "bounced")] + [line_postfix(c, status=c.pick(("sent", "deferred"))) for _ in range(c.num(1, 3))]
    tail = c.say({
        "en": ["Only the bounce for ⟨name⟩ is permanent (5.1.1); everything else was delivered or is queued for a retry."],
        "de": ["Dauerhaft ist nur der Bounce für ⟨name⟩ (5.1.1); alles andere wurde zugestellt oder wird automatisch erneut versucht."],
        "fr": ["Seul le rejet pour ⟨name⟩ est définitif (5.1.1) ; le reste a été remis ou sera retenté automatiquement."],
        "ru": ["Постоянная ошибка только у ⟨name⟩ (5.1.1); остальные письма доставлены или будут отправлены повторно."],
    }, name=person)
    return "text", [fence("", lines(*rows)), "\n\n", tail]


@template("chat", "chat.gateway_headers")
def chat_gateway(c):
    rows = lines(
        ["POST /v1/transfers HTTP/1.1"],
        ["Host: api.lumenpay.eu"],
        ["Authorization: Bearer ", c.jwt(c.email().text)],
        ["Cookie: sid=", c.hexid(32), "; csrftoken=", c.alnum(32)],
        ["X-Forwarded-For: ", c.ip_any(), ", ", c.ipv4(private=True)],
        ["X-Request-Id: ", c.uuid()],
        ["Content-Length: ", c.number("bytes")],
    )
    head = c.say({
        "en": ["The gateway dumped the full request on the 401:"], "de": ["Beim 401 hat das Gateway den kompletten Request geloggt:"],
        "fr": ["Sur le 401, la passerelle a journalisé la requête complète :"], "ru": ["На 401 шлюз записал запрос целиком:"],
    })
    tail = c.say({
        "en": ["The token is expired (exp is in the past), hence the 401 – but it must not be logged either way."],
        "de": ["Das Token ist abgelaufen (exp liegt in der Vergangenheit), daher der 401 – loggen darf man es trotzdem nicht."],
        "fr": ["Le jeton est expiré (exp est dans le passé), d'où le 401 – mais il ne doit pas apparaître dans les logs."],
        "ru": ["Токен просрочен (exp в прошлом), отсюда 401, но в логах ему всё равно не место."],
    })
    return "text", [head, "\n\n", fence("http", rows), "\n\n", tail]


@template("chat", "chat.secret_scan")
def chat_secret_scan(c):
    findings = []
    for _ in range(c.num(1, 3)):
        author = c.person()
        kind = c.pick(("aws_access_key_id", "github_pat_classic", "slack", "stripe", "google_api", "gitlab"))
        findings.append(lines(
            ["Finding:     ", c.key(kind)],
            ["RuleID:      ", kind.replace("_", "-")],
            ["File:        ", c.pick(("config/settings.py", "deploy/values.yaml", ".github/workflows/release.yml", "src/main/resources/application.yml"))],
            ["Line:        ", str(c.num(3, 300))],
            ["Commit:      ", c.hexid(40)],
            ["Author:      ", author, " <", c.email(author, corp=True), ">"],
            ["Date:        ", c.ts("iso_s")],
        ))
    body = []
    for i, f in enumerate(findings):
        body += (["\n\n"] if i else []) + [f]
    tail = c.say({
        "en": ["All findings are real credentials, not fixtures. Rewriting history is not enough; revoke each one."],
        "de": ["Alle Funde sind echte Zugangsdaten, keine Testwerte. History umschreiben reicht nicht, jedes Secret widerrufen."],
        "fr": ["Tous les résultats sont de vrais identifiants, pas des données de test. Réécrire l'historique ne suffit pas : révoquez-les."],
        "ru": ["Все находки — настоящие ключи, а не тестовые данные. Переписать историю мало, каждый ключ нужно отозвать."],
    })
    return "text", [fence("", body), "\n\n", tail]


@template("chat", "chat.call_records")
def chat_calls(c):
    rows = []
    for _ in range(c.num(2, 3)):
        caller = c.person()
        rows.append(["CallSid=CA", c.hexid(32), " From=", c.phone(e164=True), " To=", c.phone(e164=True), " CallerName=\"", caller,
                     "\" Status=", c.pick(("completed", "no-answer", "busy", "failed")), " Duration=", str(c.num(0, 900))])
    tail = c.say({
        "en": ["Two of the calls never connected; the IVR dropped them before the queue."],
        "de": ["Zwei der Anrufe kamen nie durch, das IVR hat sie vor der Warteschlange beendet."],
        "fr": ["Deux appels n'ont jamais abouti : le SVI les a coupés avant la file d'attente."],
        "ru": ["Два звонка так и не соединились — IVR сбросил их до очереди."],
    })
    return "text", [fence("", lines(*rows)), "\n\n", tail]


@template("chat", "chat.ehr_access", locales=("en_GB", "en_US"))
def chat_ehr(c):
    patient = c.person()
    clinician = c.person()
    rows = lines(
        [c.ts("iso"), " ehr-audit event=record.view patient=\"", patient, "\" mrn=", c.mrn(), " dob=", c.dob("iso"), " by=\"", clinician,
         "\" ws=", c.ipv4(private=True)],
        [c.ts("iso"), " ehr-audit event=record.print patient_mrn=", c.mrn("nhs" if c.loc == "en_GB" else "numeric"), " pages=", str(c.num(1, 9))],
    )
    tail = c.say({"en": ["Both accesses are from a ward workstation during the shift of ⟨name⟩, so they look legitimate; the print "
                         "job is the only thing to confirm with the ward."]}, name=clinician)
    return "text", [fence("", rows), "\n\n", tail]


@template("chat", "chat.redis_monitor")
def chat_redis(c):
    person = c.person()
    payload = jdump({"name": person, "email": c.email(person), "phone": c.phone()}, "compact")
    row = [c.ts("epoch_f"), " [0 ", c.ipv4(private=True), ":", str(c.num(1025, 65000)), "] \"SET\" \"session:", c.hexid(32), "\" \"",
           quoted_body(payload), "\" \"EX\" \"", str(c.num(300, 86400)), "\""]
    tail = c.say({
        "en": ["The session value stores the whole profile. Keep only the user id there."],
        "de": ["Im Session-Wert steckt das komplette Profil. Dort sollte nur die User-ID liegen."],
        "fr": ["La valeur de session contient tout le profil. N'y gardez que l'identifiant utilisateur."],
        "ru": ["В значении сессии лежит весь профиль. Там должен храниться только id пользователя."],
    })
    return "text", ["redis-cli MONITOR:\n\n", fence("", [row]), "\n\n", tail]


@template("chat", "chat.payroll_batch", locales=("en_US",), langs="en")
def chat_payroll(c):
    rows = []
    for _ in range(c.num(1, 3)):
        emp = c.person()
        rows.append([c.ts("sql"), " w2-export WARN employee=\"", emp, "\" ssn=", c.ssn(), " dob=", c.dob("us"), " addr=\"", c.street(),
                     "\" state_wage=", c.number("amount"), " status=missing_withholding"])
    tail = c.say({"en": ["The export writes the SSN unmasked into the warning line. Only the last four digits should ever be logged."]})
    return "text", [fence("", lines(*rows)), "\n\n", tail]


@template("chat", "chat.kyc_callback")
def chat_kyc(c):
    person = c.person()
    doc = [" passport=\"", c.passport(), "\""] if c.loc == "ru_RU" else [" ssn=", c.ssn()] if c.loc == "en_US" else []
    row = [c.ts("iso"), " kyc-callback status=", c.pick(("rejected", "review", "approved")), " applicant=\"", person, "\" dob=",
           c.dob("iso"), doc, " address=\"", c.street(), "\" ip=", c.ip_any(), " check_id=", c.uuid()]
    tail = c.say({
        "en": ["The provider flagged a mismatch between the date of birth and the document; the applicant has to re-upload."],
        "de": ["Der Anbieter meldet eine Abweichung zwischen Geburtsdatum und Ausweis; die Person muss das Dokument neu hochladen."],
        "fr": ["Le prestataire signale un écart entre la date de naissance et le document ; la personne doit le renvoyer."],
        "ru": ["Провайдер видит расхождение между датой рождения и документом — заявителю нужно загрузить его заново."],
    })
    return "text", [fence("", [row]), "\n\n", tail]


WIN_EVENT = {
    "en": ("An account failed to log on.", "Account Name:", "Account Domain:", "Source Network Address:", "Source Port:", "Failure Reason:",
           "Unknown user name or bad password."),
    "de": ("Fehler beim Anmelden eines Kontos.", "Kontoname:", "Kontodomäne:", "Quellnetzwerkadresse:", "Quellport:", "Fehlerursache:",
           "Unbekannter Benutzername oder ungültiges Kennwort."),
    "fr": ("Échec d'ouverture de session d'un compte.", "Nom du compte :", "Domaine du compte :", "Adresse du réseau source :",
           "Port source :", "Raison de l'échec :", "Nom d'utilisateur inconnu ou mot de passe incorrect."),
    "ru": ("Учетной записи не удалось выполнить вход в систему.", "Имя учетной записи:", "Домен учетной записи:",
           "Сетевой адрес источника:", "Порт источника:", "Причина ошибки:", "Неизвестное имя пользователя или неверный пароль."),
}


@template("chat", "chat.windows_4625")
def chat_windows(c):
    w = WIN_EVENT[c.lang]
    user = c.pick(("svc_backup", "j.meyer", "administrator", "scanner", "hr-share"))
    body = lines(
        ["EventID 4625 | ", c.ts("iso_s"), " | DC01"],
        [w[0]],
        [f"    {w[1]} {user}"],
        [f"    {w[2]} CORP"],
        [f"    {w[3]} ", c.ip_any()],
        [f"    {w[4]} ", str(c.num(1025, 65000))],
        [f"    {w[5]} {w[6]}"],
    )
    tail = c.say({
        "en": ["One failure on its own is harmless; check whether the same source address shows up on other hosts."],
        "de": ["Ein einzelner Fehlversuch ist harmlos – prüf, ob dieselbe Quelladresse auch auf anderen Hosts auftaucht."],
        "fr": ["Un échec isolé est sans gravité ; vérifiez si la même adresse source apparaît sur d'autres machines."],
        "ru": ["Одна неудачная попытка ничего не значит; проверьте, встречается ли этот адрес источника на других хостах."],
    })
    return "text", [fence("", body), "\n\n", tail]


@template("chat", "chat.pem_in_ci", locales=LOCALES)
def chat_pem(c):
    key = c.pem(c.pick(("ec", "openssh", "openssh", "rsa", "private", "encrypted")))
    head = c.say({
        "en": ["The deploy step printed the SSH key because the variable was echoed for debugging:"],
        "de": ["Der Deploy-Schritt hat den SSH-Schlüssel ausgegeben, weil die Variable zum Debuggen per echo ausgegeben wurde:"],
        "fr": ["L'étape de déploiement a affiché la clé SSH parce que la variable était affichée pour le débogage :"],
        "ru": ["Шаг деплоя вывел SSH-ключ, потому что переменную печатали через echo для отладки:"],
    })
    body = [c.ts("iso_us"), " $ echo \"$DEPLOY_KEY\"\n", key, "\n", c.ts("iso_us"), " Warning: Permanently added '", c.ipv4(), "' (ED25519) "
            "to the list of known hosts."]
    return "text", [head, "\n\n", fence("", body)]


@template("chat", "chat.short_who")
def chat_short_who(c):
    person = c.person()
    return "text", c.say({
        "en": ["Request ⟨req⟩ was made by ⟨name⟩ (⟨email⟩) from ⟨ip⟩.", "That session is ⟨name⟩'s – ⟨email⟩, coming from ⟨ip⟩."],
        "de": ["Request ⟨req⟩ kam von ⟨name⟩ (⟨email⟩), Adresse ⟨ip⟩.", "Die Session gehört ⟨name⟩ – ⟨email⟩, Zugriff von ⟨ip⟩."],
        "fr": ["La requête ⟨req⟩ a été envoyée par ⟨name⟩ (⟨email⟩) depuis ⟨ip⟩.", "Cette session est celle de ⟨name⟩ – ⟨email⟩, depuis ⟨ip⟩."],
        "ru": ["Запрос ⟨req⟩ отправил(а) ⟨name⟩ (⟨email⟩) с адреса ⟨ip⟩.", "Это сессия ⟨name⟩ — ⟨email⟩, заход с ⟨ip⟩."],
    }, req=c.uuid(), name=person, email=c.email(person), ip=c.ip_any())


@template("chat", "chat.short_card")
def chat_short_card(c):
    card = c.card()
    return "text", c.say({
        "en": ["Yes, the card ending ⟨last4⟩ belongs to ⟨name⟩; the debug log has the full number, ⟨card⟩."],
        "de": ["Ja, die Karte mit den Endziffern ⟨last4⟩ gehört ⟨name⟩; im Debug-Log steht die volle Nummer ⟨card⟩."],
        "fr": ["Oui, la carte se terminant par ⟨last4⟩ est celle de ⟨name⟩ ; le log de debug contient le numéro complet ⟨card⟩."],
        "ru": ["Да, карта с последними цифрами ⟨last4⟩ принадлежит ⟨name⟩; в отладочном логе лежит полный номер ⟨card⟩."],
    }, last4=re.sub(r"\D", "", card.text)[-4:], name=c.person(), card=card)


@template("chat", "chat.short_otp")
def chat_short_otp(c):
    return "text", c.say({
        "en": ["The OTP went to ⟨phone⟩ at ⟨ts⟩, and the SMS provider answered ⟨title⟩."],
        "de": ["Der Code ging um ⟨ts⟩ an ⟨phone⟩, der SMS-Provider antwortete mit ⟨title⟩."],
        "fr": ["Le code a été envoyé au ⟨phone⟩ à ⟨ts⟩ ; le fournisseur SMS a répondu ⟨title⟩."],
        "ru": ["Код ушёл на ⟨phone⟩ в ⟨ts⟩, SMS-провайдер ответил ⟨title⟩."],
    }, phone=c.phone(), ts=c.ts(c.pick(("iso_s", "time", "sql"))), title=c.title())


@template("chat", "chat.helm_values")
def chat_helm(c):
    body = lines(
        "image:", ["  tag: \"", c.version(False), "\""],
        "database:", ["  url: \"", c.db_url(c.pick(("postgresql", "mysql"))), "\""],
        "smtp:", "  user: alerts", ["  password: \"", c.password(), "\""],
        "integrations:", ["  slack_token: ", c.key("slack")], ["  llm_api_key: ", c.key("openai_like")],
        ["  github_token: ", c.key(c.pick(("github_pat_fine", "github_pat_classic")))],
    )
    head = c.say({
        "en": ["`helm get values` on the release prints the rendered secrets in clear text:"],
        "de": ["`helm get values` gibt für das Release die gerenderten Secrets im Klartext aus:"],
        "fr": ["`helm get values` affiche en clair les secrets rendus de la release :"],
        "ru": ["`helm get values` выводит отрендеренные секреты релиза открытым текстом:"],
    })
    tail = c.say({
        "en": ["Move these into a Secret referenced by name and rotate every value shown here."],
        "de": ["Die Werte gehören in ein Secret, das per Name referenziert wird; alle hier sichtbaren Werte rotieren."],
        "fr": ["Placez ces valeurs dans un Secret référencé par son nom et renouvelez tout ce qui apparaît ici."],
        "ru": ["Вынесите это в Secret со ссылкой по имени и перевыпустите всё, что здесь видно."],
    })
    return "text", [head, "\n\n", fence("yaml", body), "\n\n", tail]


@template("chat", "chat.lab_interface")
def chat_lab(c):
    patient = c.person()
    dob = c.dob(c.pick(("iso", "compact")))
    rows = lines(
        [c.ts("iso"), " lab-gw INFO result received patient_id=", c.mrn(), " name=\"", patient, "\" dob=", dob,
         " test=HBA1C value=6.", str(c.num(0, 9)), " unit=% status=final"],
        [c.ts("iso"), " lab-gw WARN possible duplicate patient: ", c.mrn(), " vs ", c.mrn(), " (same name and dob ", dob, ")"],
    )
    tail = c.say({
        "en": ["Two records share the same name and date of birth; merge them in the patient index before the result is released."],
        "de": ["Zwei Akten haben denselben Namen und dasselbe Geburtsdatum; vor der Freigabe im Patientenindex zusammenführen."],
        "fr": ["Deux dossiers ont le même nom et la même date de naissance : fusionnez-les dans l'index patient avant de publier."],
        "ru": ["У двух карт совпадают ФИО и дата рождения — объедините их в индексе пациентов до выдачи результата."],
    })
    return "text", [fence("", rows), "\n\n", tail]


# ----------------------------------------------------------------------------------------------
# Machine records (dicts with tags) used by the JSON templates, alone or in batches
# ----------------------------------------------------------------------------------------------


def rec_app_log(c):
    person = c.person()
    flavour = c.num(0, 2)
    if flavour == 0:
        return {"@timestamp": c.ts("iso"), "log.level": "error", "message": R("payment authorisation failed for ", person, ": ", c.title()),
                "service": {"name": c.svc(), "version": c.version(False), "node": c.pod()}, "trace": {"id": c.hexid(32)},
                "span": {"id": c.hexid(16)}, "user": {"id": str(c.num(1000, 9999999)), "email": c.email(person), "full_name": person},
                "client": {"ip": c.ip_any(), "geo": {"country_iso_code": COUNTRY_CODE[c.loc]}},
                "http": {"response": {"status_code": 402, "body": {"bytes": JNum(c.number("bytes"))}}}}
    if flavour == 1:
        return {"level": 50, "time": JNum(c.ts("epoch_ms")), "pid": c.num(7, 9000), "hostname": c.pod(), "reqId": c.uuid(),
                "req": {"method": "PATCH", "url": "/api/v2/profile", "remoteAddress": c.ip_any(), "remotePort": c.num(1025, 65000),
                        "headers": {"x-api-key": c.key(c.pick(("stripe", "openai_like", "google_api"))), "x-request-id": c.uuid()}},
                "context": {"user": {"name": person, "phone": c.phone(), "dob": c.dob("iso")}}, "msg": R("validation failed: ", c.title())}
    return {"timestamp": c.ts("iso_us"), "severity": "WARNING", "logger": "accounts.signup", "request_id": c.uuid(),
            "message": R("signup from ", c.ip_any(), " rejected, address ", c.street(), " not deliverable"), "payload": c.b64(),
            "labels": {"customer_email": c.email(person), "release": c.version()}}


def rec_error_event(c, crumbs=3):
    person = c.person()
    email = c.email(person)
    breadcrumbs = []
    for _ in range(crumbs):
        breadcrumbs.append(c.pick((
            {"timestamp": JNum(c.ts("epoch_f")), "category": "http",
             "data": {"url": R("/api/customers?email=", url_email(c, person)), "status_code": 200}},
            {"timestamp": JNum(c.ts("epoch_f")), "category": "query", "message": R("SELECT * FROM cards WHERE pan = '", c.card(), "'")},
            {"timestamp": JNum(c.ts("epoch_f")), "category": "ui.click", "message": "button#pay"},
            {"timestamp": JNum(c.ts("epoch_f")), "category": "log", "level": "info", "message": R("cache key ", c.hexid(40))},
        )))
    return {"event_id": c.hexid(32), "timestamp": JNum(c.ts("epoch_f")), "platform": c.pick(("python", "node", "java")),
            "level": "error", "release": R(c.svc(), "@", c.version(False)),
            "exception": {"values": [{"type": c.pick(("CardDeclined", "ValidationError", "TimeoutError")), "value": c.title(),
                                      "stacktrace": {"frames": [{"filename": "app/billing/charge.py", "lineno": c.num(10, 400),
                                                                 "function": "charge", "vars": {"customer_email": email,
                                                                                                "card_number": c.card()}}]}}]},
            "user": {"id": str(c.num(1000, 999999)), "email": email, "ip_address": c.ip_any()},
            "request": {"method": "POST", "url": "https://shop.example/checkout",
                        "headers": {"Authorization": R("Bearer ", c.jwt(email.text)), "Cookie": R("session=", c.hexid(32)),
                                    "User-Agent": c.ua()}},
            "breadcrumbs": {"values": breadcrumbs}}


def rec_charge_event(c):
    person = c.person()
    pc, city = c.city_fields()
    card = c.card()
    digits = re.sub(r"\D", "", card.text)
    obj = {"id": "evt_" + c.alnum(24), "object": "event", "type": c.pick(("charge.failed", "charge.succeeded", "charge.dispute.created")),
           "created": JNum(c.ts("epoch")),
           "data": {"object": {"id": "ch_" + c.alnum(24), "amount": c.num(500, 250000), "currency": c.pick(("eur", "gbp", "usd")),
                               "billing_details": {"name": person, "email": c.email(person), "phone": c.phone(),
                                                   "address": {"line1": c.street(), "city": city, "postal_code": pc,
                                                               "country": COUNTRY_CODE[c.loc]}},
                               "payment_method_details": {"card": {"brand": card.sub, "last4": digits[-4:],
                                                                   "exp_month": c.num(1, 12), "exp_year": c.num(2025, 2031)}},
                               "outcome": {"seller_message": c.title()}, "metadata": {"order_id": c.order()}}}}
    if c.chance(0.5):
        obj["data"]["object"]["metadata"]["debug_pan"] = card
    return obj


def rec_mandate_event(c):
    holder = c.person()
    return {"id": "EV" + c.alnum(12).upper(), "created_at": c.ts("iso"), "resource_type": "mandates",
            "action": c.pick(("failed", "cancelled", "expired")),
            "details": {"origin": "bank", "cause": "invalid_bank_details", "description": c.title()},
            "customer_bank_account": {"account_holder_name": holder, "iban": c.iban(), "country_code": COUNTRY_CODE[c.loc]},
            "customer": {"email": c.email(holder), "phone_number": c.phone(e164=True)}}


def rec_call(c):
    return {"AccountSid": R("AC", c.hexid(32)), "CallSid": R("CA", c.hexid(32)), "From": c.phone(e164=True), "To": c.phone(e164=True),
            "CallerName": c.person(), "CallStatus": c.pick(("completed", "no-answer", "busy")), "Direction": "inbound",
            "CallDuration": str(c.num(0, 1800)), "Timestamp": c.ts("iso_s"), "ApiVersion": "2010-04-01"}


def rec_order(c):
    person = c.person()
    pc, city = c.city_fields()
    return {"id": JNum(c.order("long")), "name": c.order("shop"), "email": c.email(person),
            "created_at": c.ts("iso_off"), "total_price": c.number("amount"), "browser_ip": c.ip_any(),
            "shipping_address": {"name": person, "address1": c.street(), "city": city, "zip": pc, "phone": c.phone()},
            "line_items": [{"sku": f"SKU-{c.digits(6)}", "quantity": c.num(1, 4), "price": f"{c.num(3, 400)}.{c.num(0, 99):02d}"}],
            "gift_card": {"number": c.cardlike(), "balance": c.number("amount")} if c.chance(0.4) else None,
            "note": R(c.say(ORDER_NOTE, phone=c.phone()))}


ORDER_NOTE = {
    "en": ["Please call ⟨phone⟩ before delivery, the doorbell is broken.", "Leave with neighbour if out, mobile ⟨phone⟩."],
    "de": ["Bitte vor der Lieferung unter ⟨phone⟩ anrufen, die Klingel geht nicht.", "Falls niemand da ist, beim Nachbarn abgeben. Handy: ⟨phone⟩"],
    "fr": ["Merci d'appeler le ⟨phone⟩ avant la livraison, l'interphone ne marche pas.", "Si absent, laisser chez le gardien. Tél. ⟨phone⟩"],
    "ru": ["Позвоните, пожалуйста, за час до доставки: ⟨phone⟩.", "Домофон не работает, наберите ⟨phone⟩."],
}
TICKET_BODY = {
    "en": ["Hi, I was charged twice for order ⟨order⟩. Card ⟨card⟩. Please refund one of them. – ⟨name⟩",
           "Gift card ⟨gift⟩ shows a zero balance although I never used it. Order ⟨order⟩. ⟨name⟩",
           "My new number is ⟨phone⟩ and my email changed to ⟨email⟩, please update my account. Thanks, ⟨name⟩"],
    "de": ["Hallo, für die Bestellung ⟨order⟩ wurde zweimal abgebucht, Karte ⟨card⟩. Bitte einmal erstatten. Gruß ⟨name⟩",
           "Der Gutschein ⟨gift⟩ zeigt kein Guthaben mehr, obwohl ich ihn nie benutzt habe. Bestellung ⟨order⟩. ⟨name⟩",
           "Meine neue Nummer ist ⟨phone⟩, die E-Mail lautet jetzt ⟨email⟩. Bitte im Konto ändern. Danke, ⟨name⟩"],
    "fr": ["Bonjour, j'ai été débité deux fois pour la commande ⟨order⟩, carte ⟨card⟩. Merci de rembourser l'un des deux. ⟨name⟩",
           "La carte cadeau ⟨gift⟩ affiche un solde nul alors que je ne l'ai jamais utilisée. Commande ⟨order⟩. ⟨name⟩",
           "Mon nouveau numéro est le ⟨phone⟩ et mon adresse e-mail est désormais ⟨email⟩. Merci de mettre à jour. ⟨name⟩"],
    "ru": ["Здравствуйте! За заказ ⟨order⟩ деньги списали дважды, карта ⟨card⟩. Верните, пожалуйста, одно списание. ⟨name⟩",
           "На подарочной карте ⟨gift⟩ нулевой баланс, хотя я ею не пользовался. Заказ ⟨order⟩. ⟨name⟩",
           "Мой новый номер ⟨phone⟩, почта теперь ⟨email⟩, обновите данные в профиле. Спасибо, ⟨name⟩"],
}
AGENT_REPLY = {
    "en": ["Thanks, I've passed this to billing.", "Done – you'll get a confirmation shortly."],
    "de": ["Danke, ist an die Buchhaltung weitergeleitet.", "Erledigt, die Bestätigung kommt gleich per Mail."],
    "fr": ["Merci, c'est transmis au service facturation.", "C'est fait, vous allez recevoir une confirmation."],
    "ru": ["Спасибо, передал в бухгалтерию.", "Готово, подтверждение придёт в ближайшее время."],
}


def rec_ticket(c):
    person = c.person(style=c.pick(("lf", None)))
    email = c.email(person)
    comments = [{"id": c.num(10 ** 9, 10 ** 10), "author": "requester", "created_at": c.ts("iso_s"),
                 "body": R(c.say(TICKET_BODY, order=c.order(), card=c.card(), name=person, phone=c.phone(), email=c.email(person),
                                 gift=c.cardlike()))},
                {"id": c.num(10 ** 9, 10 ** 10), "author": "agent", "created_at": c.ts("iso_s"), "body": R(c.say(AGENT_REPLY))}]
    return {"id": c.num(1000, 999999), "subject": c.title(), "status": c.pick(("open", "pending", "solved")),
            "requester": {"name": person, "email": email}, "via": {"channel": c.pick(("email", "web", "api"))},
            "comments": comments, "custom_fields": [{"id": c.num(10 ** 7, 10 ** 8), "value": c.order()}]}


def rec_contact(c):
    person = c.person(style="lf" if c.chance(0.6) else None)
    pc, city = c.city_fields()
    rec = {"attributes": {"type": "Contact"}, "Id": "003" + c.alnum(15), "Name": person, "Email": c.email(person),
           "MobilePhone": c.phone(), "Birthdate": c.dob("iso"), "MailingStreet": c.street(), "MailingCity": city,
           "MailingPostalCode": pc, "LastModifiedDate": c.ts("iso")}
    if c.loc == "en_US" and c.chance(0.4):
        rec["SSN__c"] = c.ssn()
    return rec


def rec_pod(c):
    svc = c.svc()
    env = [{"name": "DATABASE_URL", "value": R(c.db_url())}, {"name": "LOG_LEVEL", "value": "info"}]
    env.append(c.pick(({"name": "SLACK_BOT_TOKEN", "value": c.key("slack")}, {"name": "OPENAI_API_KEY", "value": c.key("openai_like")},
                       {"name": "AWS_SECRET_ACCESS_KEY", "value": c.key("aws_secret_key")},
                       {"name": "JWT_SIGNING_KEY", "value": c.pem(c.pick(("ec", "rsa")))},
                       {"name": "ADMIN_PASSWORD", "value": c.password()})))
    meta = {"name": c.pod(svc), "namespace": "prod", "uid": c.uuid(), "labels": {"app": svc, "version": c.version(False)}}
    return {"apiVersion": "v1", "kind": "Pod", "metadata": meta,
            "spec": {"containers": [{"name": svc, "image": R(f"registry.internal/{svc}@", c.b64("digest")), "env": env}]},
            "status": {"phase": c.pick(("Running", "CrashLoopBackOff", "Pending")), "podIP": c.ipv4(private=True),
                       "containerStatuses": [{"containerID": R("containerd://", c.hexid(64)), "restartCount": c.num(0, 40)}]}}


def rec_trail(c):
    return {"eventVersion": "1.08", "userIdentity": {"type": "IAMUser", "accessKeyId": c.key("aws_access_key_id"),
                                                     "userName": c.pick(("ci-deployer", "etl-bot", "m.fischer", "ops-admin"))},
            "eventTime": c.ts("iso_s"), "eventSource": "s3.amazonaws.com", "eventName": c.pick(("GetObject", "PutObject", "ListObjects")),
            "awsRegion": c.pick(("eu-central-1", "eu-west-2", "us-east-1")), "sourceIPAddress": c.ip_any(), "userAgent": c.ua(),
            "requestParameters": {"bucketName": "crm-exports", "key": R("customers/", c.date("iso"), "/full.csv")},
            "requestID": c.alnum(16).upper(), "eventID": c.uuid()}


def rec_ci_job(c):
    author = c.person()
    return {"id": c.num(10 ** 6, 10 ** 8), "status": "failed", "ref": c.pick(("main", "release/2024.4", "hotfix/login")),
            "sha": c.hexid(40), "duration": c.num(30, 3000) / 10,
            "user": {"name": author, "email": c.email(author, corp=True)},
            "runner": {"description": "shared-runner-3", "ip_address": c.ipv4(private=True)},
            "trace_tail": [R("$ ", c.pick(("curl -u deploy:", "mysql -p")), c.password(), " ..."),
                           R("Using token ", c.key(c.pick(("gitlab", "github_pat_classic", "github_pat_fine")))),
                           R("ERROR: Job failed: exit code ", str(c.num(1, 137)))]}


def rec_log_hit(c):
    kind = c.pick(LINE_KINDS)
    return {"_id": c.alnum(20), "@timestamp": c.ts("iso"), "host": c.pick(("edge-01", "web-3", "api-7", "worker-2")),
            "line": R(kind(c))}


def rec_span(c):
    email = c.email()
    start = c.ts("epoch_ns")
    statement = R("SELECT * FROM customers WHERE email = '", email, "' AND birth_date = '", c.dob("iso"), "'")
    return {"traceId": c.hexid(32), "spanId": c.hexid(16), "parentSpanId": c.hexid(16), "name": "SELECT customers",
            "kind": "SPAN_KIND_CLIENT", "startTimeUnixNano": start, "endTimeUnixNano": c.ts("epoch_ns", (0, 2)),
            "attributes": [{"key": "db.statement", "value": {"stringValue": statement}},
                           {"key": "enduser.id", "value": {"stringValue": email}},
                           {"key": "client.address", "value": {"stringValue": c.ip_any()}},
                           {"key": "http.request.header.authorization", "value": {"stringValue": R("Bearer ", c.jwt())}}],
            "status": {"code": "STATUS_CODE_ERROR", "message": c.title()}}


def rec_auth(c):
    person = c.person()
    description = c.pick(("Wrong email or password.", "Blocked account", "Success Login"))
    return {"date": c.ts("iso"), "type": c.pick(("fp", "fu", "s", "limit_wc")), "description": description,
            "connection": "Username-Password-Authentication", "client_id": c.alnum(32), "ip": c.ip_any(), "user_agent": c.ua(),
            "user_name": c.email(person), "details": {"prompts": [], "elapsedTime": JNum(c.number("ms"))}, "log_id": c.digits(56)}


def rec_delivery(c):
    person = c.person()
    inner = {"event": "customer.updated", "customer": {"name": person, "email": c.email(person), "phone": c.phone(),
                                                       "birth_date": c.dob("iso")}, "sent_at": c.ts("iso_s")}
    return {"delivery_id": c.uuid(), "url": "https://hooks.partner-crm.example/in/" + c.alnum(12), "attempt": c.num(1, 6),
            "response_status": c.pick((500, 502, 410, 400)), "request_body": R(jdump(inner, "compact")),
            "request_headers": {"Content-Digest": R("sha-256=:", c.b64("bytes"), ":"), "X-Signature-Timestamp": c.ts("epoch")},
            "response_body": c.title()}


def rec_sql_result(c, n=3):
    rows = []
    for _ in range(n):
        person = c.person()
        rows.append([c.num(1, 99999), person, c.email(person), c.phone(), c.dob("iso"), c.date("iso")])
    return {"columns": ["id", "full_name", "email", "phone", "birth_date", "created"], "rows": rows, "rowCount": n,
            "elapsed_ms": JNum(c.number("ms"))}


def rec_fhir(c):
    pc, city = c.city_fields()
    ident = [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": c.mrn("nhs")}] if c.loc == "en_GB" else []
    ident.append({"system": "urn:hospital:mrn", "value": c.mrn(c.pick(("numeric", "prefixed", "alnum")))})
    person = c.person()
    return {"resourceType": "Patient", "id": c.uuid(), "identifier": ident, "name": [{"text": person}], "birthDate": c.dob("iso"),
            "telecom": [{"system": "phone", "value": c.phone()}, {"system": "email", "value": c.email(person)}],
            "address": [{"line": [c.street()], "city": city, "postalCode": pc}]}


def rec_ru(c):
    person = c.person(style="full", latin=False)
    pc, city = c.city_fields()
    number_inn = c.chance(0.4)
    inn = c.inn(json_number=number_inn)
    return {"фио": person, "дата_рождения": c.dob(c.pick(("iso", "local"))), "паспорт": c.passport(), "снилс": c.snils(),
            "инн": JNum(inn) if number_inn else inn, "телефон": c.phone(), "email": c.email(person),
            "адрес": {"улица": c.street(), "город": city, "индекс": pc}}


def rec_de(c):
    person = c.person()
    pc, city = c.city_fields()
    return {"Kunde": {"Name": person, "Geburtsdatum": c.dob("local"), "Anschrift": {"Straße": c.street(), "PLZ": pc, "Ort": city},
                      "Telefon": c.phone(), "E-Mail": c.email(person)},
            "Bankverbindung": {"Kontoinhaber": person, "IBAN": c.iban("DE"), "BIC": c.pick(("COBADEFFXXX", "DEUTDEFFXXX", "GENODEF1S04"))},
            "Vorgang": c.order("de"), "Status": c.pick(("Lastschrift zurückgegeben", "Mandat widerrufen", "Adresse unzustellbar")),
            "Zeitstempel": c.ts("iso_off")}


def rec_fr(c):
    person = c.person(style=c.pick(("LF", "fl")))
    pc, city = c.city_fields()
    return {"dossier": {"numero": c.order("fr"), "titulaire": person, "date_de_naissance": c.dob("local"),
                        "adresse": {"voie": c.street(), "code_postal": pc, "commune": city}, "telephone": c.phone(),
                        "courriel": c.email(person), "iban": c.iban("FR")},
            "evenement": c.pick(("modification_coordonnees", "rejet_prelevement", "ouverture_compte")), "horodatage": c.ts("iso_off")}


# ----------------------------------------------------------------------------------------------
# JSON documents
# ----------------------------------------------------------------------------------------------
@template("json", "json.app_log")
def json_app_log(c):
    return c.json_doc(rec_app_log(c))


@template("json", "json.error_event")
def json_error_event(c):
    return c.json_doc(rec_error_event(c, c.num(1, 3)))


@template("json", "json.charge_webhook")
def json_charge(c):
    return c.json_doc(rec_charge_event(c))


@template("json", "json.mandate_webhook", locales=("en_GB", "de_DE", "fr_FR", "en_US"))
def json_mandate(c):
    return c.json_doc({"events": [rec_mandate_event(c)], "meta": {"webhook_id": "WB" + c.alnum(10).upper()}})


@template("json", "json.call_status")
def json_call(c):
    return c.json_doc(rec_call(c))


@template("json", "json.shop_order")
def json_order(c):
    return c.json_doc({"order": rec_order(c)})


@template("json", "json.ticket")
def json_ticket(c):
    return c.json_doc({"ticket": rec_ticket(c)})


@template("json", "json.crm_query")
def json_crm(c):
    n = c.num(1, 2)
    return c.json_doc({"totalSize": n, "done": True, "records": [rec_contact(c) for _ in range(n)]})


@template("json", "json.pod_spec")
def json_pod(c):
    return c.json_doc(rec_pod(c))


@template("json", "json.cloud_audit")
def json_trail(c):
    return c.json_doc({"Records": [rec_trail(c)]})


@template("json", "json.ci_job")
def json_ci(c):
    return c.json_doc(rec_ci_job(c))


@template("json", "json.tool_log_search")
def json_tool(c):
    hits = [rec_log_hit(c) for _ in range(c.num(1, 3))]
    return c.json_doc({"tool": "search_logs", "arguments": {"query": "status:>=500", "since": c.ts("iso_s")}, "result": {
        "total": len(hits), "hits": hits}})


@template("json", "json.sql_result")
def json_sql(c):
    return c.json_doc(rec_sql_result(c, c.num(1, 3)))


@template("json", "json.ru_client_card", locales=("ru_RU",), langs="local")
def json_ru(c):
    return c.json_doc({"клиент": rec_ru(c), "источник": c.pick(("1С:CRM", "личный кабинет", "колл-центр")), "обновлено": c.ts("iso_msk")})


@template("json", "json.de_debit_case", locales=("de_DE",), langs="local")
def json_de(c):
    return c.json_doc(rec_de(c))


@template("json", "json.fr_dossier", locales=("fr_FR",), langs="local")
def json_fr(c):
    return c.json_doc(rec_fr(c))


ASSISTANT_SUMMARY = {
    "en": ["Login failures for ⟨name⟩ started after the password reset; requests come from ⟨ip⟩ with an expired token.",
           "The webhook for ⟨name⟩ keeps failing because the partner endpoint returns ⟨title⟩; payload includes ⟨email⟩."],
    "de": ["Die Login-Fehler bei ⟨name⟩ begannen nach dem Passwort-Reset; die Anfragen kommen von ⟨ip⟩ mit abgelaufenem Token.",
           "Der Webhook für ⟨name⟩ schlägt fehl, weil der Partner ⟨title⟩ zurückgibt; im Payload steckt ⟨email⟩."],
    "fr": ["Les échecs de connexion de ⟨name⟩ ont commencé après la réinitialisation ; les requêtes viennent de ⟨ip⟩ avec un jeton expiré.",
           "Le webhook pour ⟨name⟩ échoue car le partenaire renvoie ⟨title⟩ ; le payload contient ⟨email⟩."],
    "ru": ["Ошибки входа у ⟨name⟩ начались после сброса пароля; запросы идут с ⟨ip⟩ с просроченным токеном.",
           "Вебхук для ⟨name⟩ падает, потому что партнёр отвечает ⟨title⟩; в теле запроса есть ⟨email⟩."],
}


@template("json", "json.assistant_summary")
def json_summary(c):
    person = c.person()
    summary = c.say(ASSISTANT_SUMMARY, name=person, ip=c.ip_any(), title=c.title(), email=c.email(person))
    evidence = [R(*line_logfmt(c, person)), R(*line_nginx(c, pii=c.chance(0.5)))]
    return c.json_doc({"summary": R(summary), "severity": c.pick(("low", "medium", "high")), "evidence": evidence,
                       "next_steps": [c.pick(("rotate_credentials", "contact_customer", "block_ip"))]})


@template("json", "json.otel_span")
def json_span(c):
    return c.json_doc({"resourceSpans": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": c.svc()}}]},
                                          "scopeSpans": [{"spans": [rec_span(c)]}]}]})


@template("json", "json.fhir_rejected", locales=("en_GB", "en_US"), langs="en")
def json_fhir(c):
    return c.json_doc({"ts": c.ts("iso"), "direction": "inbound", "status": 422, "error": c.title(), "payload": rec_fhir(c)})


@template("json", "json.auth_log")
def json_auth(c):
    return c.json_doc(rec_auth(c))


@template("json", "json.webhook_delivery")
def json_delivery(c):
    return c.json_doc(rec_delivery(c))


@template("json", "json.background_check", locales=("en_US",), langs="en")
def json_background(c):
    person = c.person()
    pc, city = c.city_fields()
    return c.json_doc({"id": "rpt_" + c.alnum(20), "object": "report", "status": c.pick(("consider", "clear", "pending")),
                       "candidate": {"full_name": person, "dob": c.dob("iso"), "ssn": c.ssn(), "email": c.email(person), "phone": c.phone(),
                                     "address": {"street": c.street(), "city": city, "zipcode": pc}},
                       "screenings": [{"type": "county_criminal", "status": "clear", "completed_at": c.ts("iso_s")},
                                      {"type": "motor_vehicle", "status": "consider", "completed_at": c.ts("iso_s")}],
                       "created_at": c.ts("iso_s"), "package": "driver_pro"})


@template("json", "json.tf_state")
def json_tf_state(c):
    return c.json_doc({"version": 4, "terraform_version": c.version(False), "serial": c.num(3, 900), "lineage": c.uuid(),
                       "resources": [
                           {"mode": "managed", "type": "aws_iam_access_key", "name": "ci",
                            "instances": [{"attributes": {"id": c.key("aws_access_key_id"), "secret": c.key("aws_secret_key"),
                                                          "user": "ci-deployer", "create_date": c.ts("iso_s")}}]},
                           {"mode": "managed", "type": "aws_db_instance", "name": "orders",
                            "instances": [{"attributes": {"username": "app", "password": c.password(), "port": 5432,
                                                          "endpoint": "orders.c9akciq32.eu-central-1.rds.amazonaws.com:5432"}}]},
                           {"mode": "managed", "type": "tls_private_key", "name": "ingress",
                            "instances": [{"attributes": {"algorithm": "RSA", "private_key_pem": c.pem(c.pick(("private", "rsa"))),
                                                          "public_key_fingerprint_md5": Tag("neg", "NEG_HASH", ":".join(c.hexs(2) for _ in range(16)))}}]}]})


@template("json", "json.lab_result")
def json_lab(c):
    patient = {"mrn": c.mrn(c.pick(("numeric", "prefixed", "alnum"))), "name": c.person(), "birthDate": c.dob("iso"),
               "sex": c.pick(("F", "M"))}
    if c.loc == "en_GB":
        patient["nhsNumber"] = c.mrn("nhs")
    return c.json_doc({"messageId": c.uuid(), "received": c.ts("iso"), "patient": patient,
                       "results": [{"code": c.pick(("HBA1C", "CRP", "TSH", "FERR")), "value": c.num(1, 90) / 10,
                                    "collected": c.ts("iso_s")}],
                       "orderingClinician": c.person(), "status": c.pick(("preliminary", "final", "corrected"))})


# ----------------------------------------------------------------------------------------------
# Long JSON documents (json4k, long64k): batches of records
# ----------------------------------------------------------------------------------------------
def long_json(c, envelope, make, minimum):
    """Add make(c) records to envelope(records) until the serialized document is long enough."""
    style = c.pick(("pretty2", "compact", "spaced"))
    target, records = minimum + c.num(0, 400), []
    while plen(jdump(envelope(records), style)) < target:
        records.append(make(c))
    return "json", jdump(envelope(records), style)


@template("json4k", "json4k.log_search")
def j4_log_search(c):
    took = c.num(3, 900)
    return long_json(c, lambda hits: {"took": took, "timed_out": False, "hits": {"total": {"value": len(hits)}, "hits": hits}},
                     rec_log_hit, 3950)


@template("json4k", "json4k.error_issue")
def j4_error(c):
    issue, title = c.num(10 ** 6, 10 ** 9), c.title()
    return long_json(c, lambda events: {"issue": {"id": issue, "title": title, "events": events}},
                     lambda cc: rec_error_event(cc, cc.num(3, 6)), 3950)


@template("json4k", "json4k.ticket_export")
def j4_tickets(c):
    return long_json(c, lambda t: {"tickets": t, "next_page": None, "count": len(t)}, rec_ticket, 3950)


@template("json4k", "json4k.crm_page")
def j4_crm(c):
    next_url = "/services/data/v59.0/query/01g" + c.alnum(15)
    return long_json(c, lambda r: {"totalSize": len(r), "done": False, "nextRecordsUrl": next_url, "records": r}, rec_contact, 3950)


@template("json4k", "json4k.pod_list")
def j4_pods(c):
    return long_json(c, lambda items: {"apiVersion": "v1", "kind": "PodList", "items": items}, rec_pod, 3950)


@template("json4k", "json4k.webhook_batch")
def j4_webhooks(c):
    return long_json(c, lambda ev: {"data": ev, "has_more": True},
                     lambda cc: cc.pick((rec_charge_event, rec_mandate_event, rec_order, rec_delivery))(cc), 3950)


@template("json4k", "json4k.audit_export")
def j4_audit(c):
    since = c.date("iso")
    return long_json(c, lambda recs: {"export": {"from": since, "records": recs}},
                     lambda cc: cc.pick((rec_trail, rec_auth, rec_span))(cc), 3950)


@template("json4k", "json4k.ru_registry", locales=("ru_RU",), langs="local")
def j4_ru(c):
    day = c.date("iso")
    return long_json(c, lambda recs: {"выгрузка": {"дата": day, "записи": recs}}, rec_ru, 3950)


@template("long64k", "long64k.log_search_json")
def l64_json(c):
    took = c.num(300, 9000)
    return long_json(c, lambda hits: {"took": took, "hits": {"total": {"value": len(hits)}, "hits": hits}},
                     lambda cc: cc.pick((rec_log_hit, rec_log_hit, rec_app_log, rec_auth, rec_trail))(cc), 64500)


# ----------------------------------------------------------------------------------------------
# Long text documents (text4k, long64k)
# ----------------------------------------------------------------------------------------------
def grow(c, parts, section, minimum, closing=(), sep="\n\n"):
    """Append section(c) blocks until the document (with closing) is long enough."""
    target = minimum + c.num(0, 300)
    while plen(parts) + plen(closing) < target:
        parts = parts + [sep] + section(c)
    return "text", parts + ([sep] if closing else []) + list(closing)


HEADINGS = {
    "en": ("Incident", "Summary", "Timeline", "Evidence", "Configuration at the time", "Affected customers", "Follow-up"),
    "de": ("Störung", "Zusammenfassung", "Zeitverlauf", "Belege", "Konfiguration zum Zeitpunkt", "Betroffene Kunden", "Maßnahmen"),
    "fr": ("Incident", "Résumé", "Chronologie", "Éléments", "Configuration au moment de l'incident", "Clients concernés", "Actions"),
    "ru": ("Инцидент", "Кратко", "Хронология", "Логи", "Конфигурация на момент сбоя", "Затронутые клиенты", "Что делаем"),
}
INCIDENT_SUMMARY = {
    "en": ["Between ⟨t1⟩ and ⟨t2⟩ checkout requests failed with ⟨title⟩. ⟨name⟩ (on call) traced it to a connection pool that was "
           "exhausted after release ⟨ver⟩. Customer data appeared in several log lines, listed below so the entries can be purged."],
    "de": ["Zwischen ⟨t1⟩ und ⟨t2⟩ schlugen Checkout-Anfragen mit ⟨title⟩ fehl. ⟨name⟩ (Rufbereitschaft) hat die Ursache gefunden: "
           "ein erschöpfter Connection-Pool nach Release ⟨ver⟩. In mehreren Logzeilen stehen Kundendaten, sie sind unten aufgeführt, "
           "damit die Einträge gelöscht werden können."],
    "fr": ["Entre ⟨t1⟩ et ⟨t2⟩, les requêtes de paiement ont échoué avec ⟨title⟩. ⟨name⟩ (astreinte) a identifié un pool de "
           "connexions saturé après la version ⟨ver⟩. Des données clients figurent dans plusieurs lignes de log, listées ci-dessous pour purge."],
    "ru": ["С ⟨t1⟩ по ⟨t2⟩ запросы оплаты падали с ошибкой ⟨title⟩. Дежурный ⟨name⟩ выяснил, что после релиза ⟨ver⟩ исчерпывался "
           "пул соединений. В нескольких строках логов оказались данные клиентов — они перечислены ниже, чтобы записи можно было удалить."],
}
TIMELINE = {
    "en": ("alert fired: ⟨title⟩", "⟨name⟩ acknowledged the page", "rollback to ⟨ver⟩ started", "error rate back to baseline"),
    "de": ("Alarm ausgelöst: ⟨title⟩", "⟨name⟩ hat den Alarm angenommen", "Rollback auf ⟨ver⟩ gestartet", "Fehlerrate wieder normal"),
    "fr": ("alerte déclenchée : ⟨title⟩", "⟨name⟩ a pris l'alerte", "retour arrière vers ⟨ver⟩ lancé", "taux d'erreur revenu à la normale"),
    "ru": ("сработал алерт: ⟨title⟩", "⟨name⟩ принял вызов", "начат откат на ⟨ver⟩", "доля ошибок вернулась к норме"),
}
FOLLOW_UP = {
    "en": ["Purge the listed log entries, rotate the exposed credentials and add the scrubber rule before the next release."],
    "de": ["Aufgeführte Logeinträge löschen, offengelegte Zugangsdaten rotieren und die Scrubber-Regel vor dem nächsten Release ergänzen."],
    "fr": ["Purger les entrées listées, renouveler les identifiants exposés et ajouter la règle de filtrage avant la prochaine version."],
    "ru": ["Удалить перечисленные записи, перевыпустить раскрытые ключи и добавить правило маскирования до следующего релиза."],
}
TABLE_HEAD = {"en": "| Name | E-mail | Phone | Order |", "de": "| Name | E-Mail | Telefon | Bestellung |",
              "fr": "| Nom | Courriel | Téléphone | Commande |", "ru": "| ФИО | Почта | Телефон | Заказ |"}


def customer_rows(c, n):
    rows = [TABLE_HEAD[c.lang], "|---|---|---|---|"]
    for _ in range(n):
        person = c.person()
        rows.append(["| ", person, " | ", c.email(person), " | ", c.phone(), " | ", c.order(), " |"])
    return lines(*rows)


@template("text4k", "text4k.incident_report")
def t4_incident(c):
    h = HEADINGS[c.lang]
    oncall, ver = c.person(), c.version(False)
    t1 = c.ts("iso_s", (0, 5))
    steps = [["- ", c.ts("iso_s", (60, 900)), " ", fmt(ev, title=c.title(), name=oncall, ver=ver)] for ev in TIMELINE[c.lang]]
    head = ["# ", h[0], " ", c.order("ticket"), "\n\n## ", h[1], "\n\n",
            c.say(INCIDENT_SUMMARY, t1=t1, t2=c.ts("iso_s", (600, 3600)), title=c.title(), name=oncall, ver=ver), "\n\n## ", h[2], "\n\n",
            lines(*steps), "\n\n## ", h[4], "\n\n",
            fence("dotenv", lines(["DATABASE_URL=", c.db_url()], ["REDIS_URL=", c.db_url("redis")], ["SLACK_BOT_TOKEN=", c.key("slack")],
                                  ["SAML_SP_KEY=\"", c.pem(c.pick(("private", "encrypted"))), "\""], ["BUILD=", c.version()])),
            "\n\n## ", h[5], "\n\n", customer_rows(c, c.num(2, 4))]

    def evidence(cc):
        return ["### ", h[3], "\n\n", fence("", lines(*[cc.pick(LINE_KINDS)(cc) for _ in range(cc.num(3, 6))]))]
    return grow(c, head, evidence, 3950, ["## ", h[6], "\n\n", c.say(FOLLOW_UP)])


CI_FILLER = ("Resolving deltas: 100% (2231/2231), done.", "added 1432 packages, and audited 1433 packages in 41s",
             "PASS src/checkout/cart.test.ts (5.2 s)", "Compiled successfully in 18.44s", "Cache restored from key: node-modules-linux",
             "Step 4/11 : RUN pip install --no-cache-dir -r requirements.txt", "Successfully tagged app:latest",
             "Uploading artifacts for failed job", "Test Suites: 1 failed, 47 passed, 48 total")


def ci_block(c):
    person = c.person()
    out = [[c.ts("iso_us", (1, 20)), " ##[group]Run ", c.atlike("action")]]
    for _ in range(c.num(2, 4)):
        out.append(c.pick(([c.ts("iso_us", (1, 20)), " ", c.pick(CI_FILLER)],
                           [c.ts("iso_us", (1, 20)), " npm warn deprecated ", c.atlike(), ": this version is no longer supported"],
                           [c.ts("iso_us", (1, 20)), " npm notice integrity: ", c.b64("sri")])))
    out.append(c.pick((
        [c.ts("iso_us"), " + export AWS_SECRET_ACCESS_KEY=", c.key("aws_secret_key")],
        [c.ts("iso_us"), " FAIL src/billing/refund.test.ts › sends receipt to ", c.email(person), " (fixture copied from prod: ", person, ")"],
        [c.ts("iso_us"), " + curl -H \"Authorization: token ", c.key(c.pick(("github_pat_classic", "github_other"))), "\" https://api.github.com/"],
        [c.ts("iso_us"), " npm notice Publishing to registry with auth ", c.key("gitlab")],
        [c.ts("iso_us"), " HEAD is now at ", c.hexid(40), " merge pull request"],
        [c.ts("iso_us"), " Seeding test db: INSERT INTO users VALUES ('", person, "', '", c.phone(), "', '", c.dob("iso"), "')"],
    )))
    out.append([c.ts("iso_us", (0, 3)), " ##[endgroup]"])
    return lines(*out)


@template("text4k", "text4k.ci_job_log")
def t4_ci(c):
    head = [c.say({
        "en": ["Full log of the failed pipeline run, with my notes at the end:"],
        "de": ["Komplettes Log des fehlgeschlagenen Pipeline-Laufs, meine Anmerkungen stehen am Ende:"],
        "fr": ["Log complet de l'exécution en échec, avec mes remarques à la fin :"], "ru": ["Полный лог упавшего пайплайна, мои заметки в конце:"],
    }), "\n\n```\n", ci_block(c)]
    closing = ["```\n\n", c.say({
        "en": ["Two problems: the tests seed from a production export, and a debug `export` prints a secret. Both need fixing before rerun."],
        "de": ["Zwei Probleme: Die Tests nutzen einen Produktionsexport als Seed, und ein Debug-`export` gibt ein Secret aus. Beides vor dem "
               "nächsten Lauf beheben."],
        "fr": ["Deux problèmes : les tests utilisent un export de production, et un `export` de debug affiche un secret. À corriger avant "
               "de relancer."],
        "ru": ["Две проблемы: тесты заполняются данными из прод-выгрузки, а отладочный `export` печатает секрет. Исправить до перезапуска."],
    })]
    return grow(c, head, lambda cc: [ci_block(cc)], 3950, closing, sep="\n")


@template("text4k", "text4k.access_log_review")
def t4_access(c):
    bad = c.ipv4()
    head = [c.say({
        "en": ["Access log for the window you asked about. Most suspicious client: ⟨ip⟩."],
        "de": ["Access-Log für das angefragte Zeitfenster. Auffälligster Client: ⟨ip⟩."],
        "fr": ["Journal d'accès sur la période demandée. Client le plus suspect : ⟨ip⟩."],
        "ru": ["Access-лог за указанный период. Самый подозрительный клиент — ⟨ip⟩."],
    }, ip=bad)]

    def block(cc):
        rows = [line_nginx(cc, ip=bad if cc.chance(0.3) else None, pii=cc.chance(0.6)) for _ in range(cc.num(3, 6))]
        return fence("", lines(*rows))
    closing = c.say({
        "en": ["⟨ip⟩ walks through the customer lookup with different e-mail addresses – an enumeration attempt. Rate-limit the endpoint."],
        "de": ["⟨ip⟩ probiert den Kunden-Lookup mit wechselnden E-Mail-Adressen durch – ein Enumerationsversuch. Endpunkt drosseln."],
        "fr": ["⟨ip⟩ parcourt la recherche client avec des adresses différentes : tentative d'énumération. Limitez le débit."],
        "ru": ["⟨ip⟩ перебирает поиск клиентов по разным адресам почты — это попытка перечисления. Ограничьте частоту запросов."],
    }, ip=bad)
    return grow(c, head, block, 3950, closing)


def dump_insert(c):
    rows = []
    for _ in range(c.num(2, 4)):
        person = c.person()
        rows.append(["(", str(c.num(1, 99999)), ",'", person, "','", c.email(person), "','", c.phone(), "','", c.dob("iso"), "','",
                     c.street(), "','", c.ts("sql"), "')"])
    out = ["INSERT INTO `customers` VALUES "]
    for i, row in enumerate(rows):
        out += ([","] if i else []) + [row]
    out.append(";")
    if c.chance(0.5):
        out += ["\nINSERT INTO `payment_methods` VALUES (", str(c.num(1, 9999)), ",'", c.card(), "','", c.iban(), "','",
                c.date("iso"), "');"]
    return out


@template("text4k", "text4k.sql_dump")
def t4_dump(c):
    head = [c.say({
        "en": ["The backup you attached is a plain mysqldump. Relevant part:"],
        "de": ["Das angehängte Backup ist ein normaler mysqldump. Relevanter Teil:"],
        "fr": ["La sauvegarde jointe est un simple mysqldump. Partie utile :"], "ru": ["Приложенный бэкап — обычный mysqldump. Нужная часть:"],
    }), "\n\n```sql\n-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n-- Host: ", c.ipv4(private=True), "    Database: shop\n",
        "-- Server version\t", c.version(False), "\n\nLOCK TABLES `customers` WRITE;\n", dump_insert(c)]
    closing = ["UNLOCK TABLES;\n-- Dump completed on ", c.ts("sql"), "\n```\n\n", c.say({
        "en": ["Every row holds full contact data and some hold card numbers in clear text; this file must not sit in a ticket."],
        "de": ["Jede Zeile enthält vollständige Kontaktdaten, einige sogar Kartennummern im Klartext – die Datei gehört nicht ins Ticket."],
        "fr": ["Chaque ligne contient des coordonnées complètes, certaines des numéros de carte en clair : ce fichier n'a rien à faire "
               "dans un ticket."],
        "ru": ["В каждой строке полные контактные данные, в некоторых — номера карт в открытом виде; такому файлу не место в тикете."],
    })]
    return grow(c, head, dump_insert, 3950, closing, sep="\n")


DIGEST_LINE = {
    "en": ["⟨name⟩ (⟨email⟩, ⟨phone⟩) reports ⟨title⟩ on order ⟨order⟩; refund approved.",
           "⟨name⟩ cannot log in since ⟨date⟩, calls from ⟨phone⟩; reset link sent to ⟨email⟩."],
    "de": ["⟨name⟩ (⟨email⟩, ⟨phone⟩) meldet ⟨title⟩ bei Bestellung ⟨order⟩; Erstattung freigegeben.",
           "⟨name⟩ kommt seit dem ⟨date⟩ nicht ins Konto, Rückruf unter ⟨phone⟩; Reset-Link an ⟨email⟩ geschickt."],
    "fr": ["⟨name⟩ (⟨email⟩, ⟨phone⟩) signale ⟨title⟩ sur la commande ⟨order⟩ ; remboursement validé.",
           "⟨name⟩ ne peut plus se connecter depuis le ⟨date⟩, rappel au ⟨phone⟩ ; lien envoyé à ⟨email⟩."],
    "ru": ["⟨name⟩ (⟨email⟩, ⟨phone⟩) сообщает об ошибке ⟨title⟩ по заказу ⟨order⟩; возврат одобрен.",
           "⟨name⟩ не может войти с ⟨date⟩, перезвонить на ⟨phone⟩; ссылка для сброса отправлена на ⟨email⟩."],
}


@template("text4k", "text4k.shift_digest")
def t4_digest(c):
    title = {"en": "Support shift digest", "de": "Übergabe Support-Schicht", "fr": "Synthèse de la permanence support",
             "ru": "Сводка по смене поддержки"}[c.lang]
    head = ["## ", title, " – ", c.date("local"), "\n"]

    def entry(cc):
        person = cc.person()
        return ["### ", cc.order("ticket"), "\n", cc.say(DIGEST_LINE, name=person, email=cc.email(person), phone=cc.phone(),
                                                         title=cc.title(), order=cc.order(), date=cc.date())]
    return grow(c, head, entry, 3950)


@template("text4k", "text4k.syslog_excerpt")
def t4_syslog(c):
    head = [c.say(INTRO)]

    def block(cc):
        kinds = (line_sshd, line_postfix, line_sshd, line_pyapp)
        return fence("", lines(*[cc.pick(kinds)(cc) for _ in range(cc.num(4, 8))]))
    closing = c.say({
        "en": ["Nothing here points to a compromise: failed SSH logins are background noise and the mail bounces are stale addresses."],
        "de": ["Nichts deutet auf eine Kompromittierung hin: Die SSH-Fehlversuche sind Grundrauschen, die Bounces alte Adressen."],
        "fr": ["Rien n'indique une compromission : les échecs SSH sont du bruit de fond et les rejets viennent d'adresses obsolètes."],
        "ru": ["Признаков взлома нет: неудачные входы по SSH — фоновый шум, а отказы почты — устаревшие адреса."],
    })
    return grow(c, head, block, 3950, closing)


@template("long64k", "long64k.mixed_log_file")
def l64_text(c):
    head = [c.say(INTRO), "\n\n```"]

    def block(cc):
        return lines(*[cc.pick(LINE_KINDS)(cc) for _ in range(cc.num(5, 12))])
    return grow(c, head, block, 64500, ["```\n\n", c.say(FOLLOW_UP)], sep="\n")


# ----------------------------------------------------------------------------------------------
# Obfuscated documents: short lines whose entities are all disguised
# ----------------------------------------------------------------------------------------------
OBF_KINDS = {
    "EMAIL": ("zero_width", "homoglyph", "fullwidth", "words"), "PHONE": ("spaced", "spelled", "zero_width", "fullwidth"),
    "CREDIT_CARD": ("spaced", "dotted", "fullwidth", "zero_width"), "IBAN": ("spaced", "fullwidth", "zero_width"),
    "IPV4": ("defang", "fullwidth", "zero_width"), "PERSON": ("homoglyph", "zero_width", "spaced"),
    "API_KEY": ("homoglyph", "zero_width"), "US_SSN": ("dotted", "spaced", "spelled", "fullwidth", "zero_width"),
    "RU_INN": ("spaced", "fullwidth", "zero_width"), "RU_SNILS": ("spaced", "fullwidth", "zero_width"),
    "RU_PASSPORT": ("spaced", "fullwidth", "zero_width"),
}


def obfuscate(c, tag, kind=None):
    kind = kind or c.pick(OBF_KINDS[tag.label])
    s = tag.text
    table = HOMOGLYPHS if not re.search("[а-яА-Я]", s) else HOMOGLYPHS_BACK
    if kind == "homoglyph" and not any(ch in table for ch in s):
        kind = "zero_width"
    if kind == "zero_width":
        cuts = sorted(c.r.sample(range(1, len(s)), min(len(s) - 1, c.num(1, max(1, len(s) // 5)))))
        pieces, last = [], 0
        for cut in cuts:
            pieces += [s[last:cut], c.pick(ZERO_WIDTH)]
            last = cut
        out = "".join(pieces) + s[last:]
    elif kind == "homoglyph":
        idx = [i for i, ch in enumerate(s) if ch in table]
        chosen = c.r.sample(idx, max(1, len(idx) // 3))
        out = "".join(table[ch] if i in chosen else ch for i, ch in enumerate(s))
    elif kind == "fullwidth":
        out = "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)
    elif kind == "spaced":
        out = " ".join(ch for ch in s if ch != " ")
    elif kind == "spelled":
        words, signs = DIGIT_WORDS[c.lang], SIGN_WORDS[c.lang]
        out = " ".join(words[int(ch)] if ch.isdigit() else signs[ch] for ch in s if ch.isdigit() or ch in signs)
    elif kind == "words":
        at, dot = c.pick(AT_DOT_WORDS[c.lang])
        local, domain = s.split("@")
        out = local + at + domain.replace(".", dot)
    elif kind == "dotted":
        if not s.isdigit():
            out = re.sub(r"[ -]", ".", s)
        elif tag.label == "CREDIT_CARD":
            out = c.group_card(s, "spaced").replace(" ", ".")
        else:
            out = f"{s[:3]}.{s[3:5]}.{s[5:]}"
    else:
        out = s.replace(".", c.pick(("[.]", "(.)", "[dot]")))
    return Tag("ent", tag.label, out, sub=tag.sub, obf=kind)


OBF_TEXTS = (
    ("obf.blocked_sender", LOCALES, {"en": "Blocked sender ⟨email⟩ connecting from ⟨ip⟩.", "de": "Absender ⟨email⟩ von ⟨ip⟩ blockiert.",
                                     "fr": "Expéditeur ⟨email⟩ bloqué, connexion depuis ⟨ip⟩.",
                                     "ru": "Отправитель ⟨email⟩ заблокирован, подключение с ⟨ip⟩."}),
    ("obf.callback", LOCALES, {"en": "Callback requested by ⟨name⟩ on ⟨phone⟩.", "de": "Rückruf erbeten von ⟨name⟩ unter ⟨phone⟩.",
                               "fr": "Rappel demandé par ⟨name⟩ au ⟨phone⟩.", "ru": "⟨name⟩ просит перезвонить на ⟨phone⟩."}),
    ("obf.chargeback", LOCALES, {"en": "Chargeback on card ⟨card⟩, holder ⟨name⟩.", "de": "Rückbuchung auf Karte ⟨card⟩, Inhaber ⟨name⟩.",
                                 "fr": "Impayé sur la carte ⟨card⟩, titulaire ⟨name⟩.", "ru": "Оспаривание по карте ⟨card⟩, держатель ⟨name⟩."}),
    ("obf.w2_fix", ("en_US",), {"en": "W-2 correction for ⟨name⟩, SSN ⟨ssn⟩."}),
    ("obf.ru_ids", ("ru_RU",), {"ru": "⟨name⟩: ИНН ⟨inn⟩, СНИЛС ⟨snils⟩, паспорт ⟨passport⟩.",
                                "en": "Client ⟨name⟩ – INN ⟨inn⟩, SNILS ⟨snils⟩, passport ⟨passport⟩."}),
    ("obf.payout_hold", LOCALES, {"en": "Payout to ⟨iban⟩ (⟨name⟩) is on hold.", "de": "Auszahlung an ⟨iban⟩ (⟨name⟩) angehalten.",
                                  "fr": "Virement vers ⟨iban⟩ (⟨name⟩) suspendu.", "ru": "Выплата на ⟨iban⟩ (⟨name⟩) приостановлена."}),
    ("obf.key_in_chat", LOCALES, {"en": "⟨name⟩ pasted ⟨key⟩ into #ops.", "de": "⟨name⟩ hat ⟨key⟩ in #ops gepostet.",
                                  "fr": "⟨name⟩ a collé ⟨key⟩ dans #ops.", "ru": "⟨name⟩ вставил в #ops ключ ⟨key⟩."}),
    ("obf.new_signin", LOCALES, {"en": "New sign-in for ⟨email⟩ from ⟨ip⟩.", "de": "Neue Anmeldung für ⟨email⟩ von ⟨ip⟩.",
                                 "fr": "Nouvelle connexion pour ⟨email⟩ depuis ⟨ip⟩.", "ru": "Новый вход в ⟨email⟩ с адреса ⟨ip⟩."}),
    ("obf.contact", LOCALES, {"en": "reach ⟨name⟩ at ⟨email⟩ or ⟨phone⟩", "de": "⟨name⟩ erreichbar unter ⟨email⟩ oder ⟨phone⟩",
                              "fr": "joindre ⟨name⟩ : ⟨email⟩ ou ⟨phone⟩", "ru": "связь с ⟨name⟩: ⟨email⟩ или ⟨phone⟩"}),
    ("obf.sms_fallback", LOCALES, {"en": "SMS to ⟨phone⟩ failed; fell back to ⟨email⟩.",
                                   "de": "SMS an ⟨phone⟩ fehlgeschlagen, Ersatz per Mail an ⟨email⟩.",
                                   "fr": "Échec du SMS au ⟨phone⟩, repli sur ⟨email⟩.", "ru": "SMS на ⟨phone⟩ не доставлено, отправили на ⟨email⟩."}),
)


def obf_values(c):
    person = c.person(latin=c.lang != "ru")
    key = c.key(c.pick(("aws_access_key_id", "stripe", "gitlab", "google_api", "openai_like")))
    raw = {"email": c.email(person), "ip": c.ipv4(), "name": person, "phone": c.phone(), "card": c.card(style=c.pick(("spaced", "compact"))),
           "ssn": c.ssn(), "inn": c.inn(), "snils": c.snils(), "passport": c.passport(), "iban": c.iban(), "key": key}
    return {k: obfuscate(c, v) for k, v in raw.items()}


def obf_template(sentences):
    def build(c):
        return "text", fmt(sentences.get(c.lang, sentences.get("en")), **obf_values(c))
    return build


for _name, _locales, _sentences in OBF_TEXTS:
    template("obfuscated", _name, _locales, "any" if len(_sentences) > 1 else "en")(obf_template(_sentences))


# ----------------------------------------------------------------------------------------------
# Corpus generation
# ----------------------------------------------------------------------------------------------
def choose_lang(rng, locale, langs):
    local = LOCAL_LANG[locale]
    if langs == "en" or local == "en":
        return "en"
    if langs == "local":
        return local
    return local if rng.random() < 0.75 else "en"


def chunk(rng, text):
    out, pos = [], 0
    while pos < len(text):
        step = rng.randint(1, 16)
        out.append(text[pos:pos + step])
        pos += step
    return out


def make_doc(rng, fakers, shape, base, index, entry):
    name, build, locales, langs = entry
    locale = rng.choices(locales, [LOCALE_WEIGHTS[LOCALES.index(loc)] for loc in locales])[0]
    c = Ctx(rng, fakers, locale, choose_lang(rng, locale, langs))
    fmt_name, parts = build(c)
    text, ents, negs, ignore = assemble(parts)
    doc = {"id": f"x-{shape}-{index:04d}", "split": "probe_x", "shape": shape}
    if shape == "stream":
        doc["base_shape"] = base
    doc.update({"format": fmt_name, "locale": locale, "lang": c.lang, "template": name, "holdout_only_template": True, "text": text})
    if shape == "stream":
        doc["chunks"] = chunk(rng, text)
    doc.update({"entities": ents, "negatives": negs, "ignore": ignore})
    return doc


def build_corpus(seed):
    rng = random.Random(seed)
    fakers = {}
    for loc in LOCALES:
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(rng.getrandbits(64))
    plan = [(shape, shape, n) for shape, n in SHAPE_COUNTS if shape != "stream"] + [("stream", base, n) for base, n in STREAM_BASES]
    docs, counters = [], Counter()
    for shape, base, n in plan:
        pool = list(TEMPLATES[base])
        rng.shuffle(pool)
        for i in range(n):
            docs.append(make_doc(rng, fakers, shape, base, counters[shape], pool[i % len(pool)]))
            counters[shape] += 1
    return docs


# ----------------------------------------------------------------------------------------------
# Validation
# ----------------------------------------------------------------------------------------------
ENTITY_TYPES = ("EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS",
                "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER")
NEGATIVE_TYPES = ("NEG_CARDLIKE", "NEG_VERSION", "NEG_ORDER_ID", "NEG_TIMESTAMP", "NEG_UUID", "NEG_HASH", "NEG_DATE", "NEG_TITLECASE",
                  "NEG_EMAILLIKE", "NEG_B64", "NEG_NUMBER")
OBF_NAMES = ("zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang")
SPOKEN = {w: str(i) for words in DIGIT_WORDS.values() for i, w in enumerate(words)}
SPOKEN.update({w: "" for signs in SIGN_WORDS.values() for w in signs.values()})
MIN_LEN = {"json4k": 3900, "text4k": 3900, "long64k": 64000}


def normalise(value):
    """Undo the obfuscations that matter for checksums and keep letters and digits."""
    s = "".join(ch for ch in value if ch not in ZERO_WIDTH)
    s = unicodedata.normalize("NFKC", s.replace("№", " "))
    tokens = re.findall(r"[^\W\d_]+|\d", s.lower())
    if tokens and len(tokens[0]) > 1 and all(t in SPOKEN or t.isdigit() for t in tokens):
        s = "".join(SPOKEN.get(t, t) for t in tokens)
    return re.sub(r"[^0-9A-Za-z]", "", s).upper()


def validate_doc(doc):
    text, shape = doc["text"], doc["shape"]
    obf_doc = shape == "obfuscated" or doc.get("base_shape") == "obfuscated"
    spans = []
    for e in doc["entities"]:
        if e["type"] not in ENTITY_TYPES:
            yield f"unknown entity type {e['type']}"
        if text[e["start"]:e["end"]] != e["value"] or not e["value"]:
            yield f"entity text != value: {e['value']!r}"
        if "core" in e and not e["start"] <= e["core"][0] < e["core"][1] <= e["end"]:
            yield f"core outside span: {e['value'][:30]!r}"
        if obf_doc != ("obf" in e) or ("obf" in e and e["obf"] not in OBF_NAMES):
            yield f"obfuscation flag wrong on {e['value']!r}"
        problem = checksum_problem(e["type"], e.get("sub"), normalise(e["value"]))
        if problem:
            yield f"{problem} check failed: {e['value']!r}"
        spans.append((e["start"], e["end"]))
    for n in doc["negatives"]:
        if n["type"] not in NEGATIVE_TYPES:
            yield f"unknown negative kind {n['type']}"
        if text[n["start"]:n["end"]] != n["value"] or not n["value"]:
            yield f"negative text != value: {n['value']!r}"
        problem = checksum_problem(n["type"], None, normalise(n["value"]))
        if problem:
            yield f"{problem}: {n['value']!r}"
        spans.append((n["start"], n["end"]))
    if obf_doc and doc["negatives"]:
        yield "negatives in an obfuscated document"
    spans += [tuple(s) for s in doc["ignore"]]
    spans.sort()
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        if s2 < e1:
            yield f"overlapping spans {text[s1:e1]!r} / {text[s2:e2]!r}"
    if doc["format"] == "json":
        try:
            json.loads(text)
        except ValueError as ex:
            yield f"JSON does not parse: {ex}"
    if shape == "stream" and ("".join(doc["chunks"]) != text or not all(1 <= len(ch) <= 16 for ch in doc["chunks"])):
        yield "chunks do not join back to the text"
    if len(text) < MIN_LEN.get(doc.get("base_shape", shape), 0):
        yield f"too short for {shape}: {len(text)}"
    if OPEN in text or CLOSE in text or " object at 0x" in text:
        yield "template token left in text"


def validate(docs):
    problems = []
    if len({d["id"] for d in docs}) != len(docs):
        problems.append("duplicate ids")
    for doc in docs:
        problems += [f"{doc['id']} ({doc['template']}): {p}" for p in validate_doc(doc)]
    types = {e["type"] for d in docs for e in d["entities"]}
    problems += [f"entity type never generated: {t}" for t in ENTITY_TYPES if t not in types]
    return problems


# ----------------------------------------------------------------------------------------------
# Summary and entry point
# ----------------------------------------------------------------------------------------------
def summary(docs):
    def count(items):
        return dict(sorted(Counter(items).items(), key=lambda kv: (-kv[1], kv[0])))
    return {
        "documents": len(docs),
        "entities": sum(len(d["entities"]) for d in docs),
        "negatives": sum(len(d["negatives"]) for d in docs),
        "templates": len({d["template"] for d in docs}),
        "shapes": count(d["shape"] for d in docs),
        "stream_base_shapes": count(d["base_shape"] for d in docs if d["shape"] == "stream"),
        "formats": count(d["format"] for d in docs),
        "locales": count(d["locale"] for d in docs),
        "locale_lang": count(f"{d['locale']}/{d['lang']}" for d in docs),
        "entity_types": count(e["type"] for d in docs for e in d["entities"]),
        "entity_subtypes": count(f"{e['type']}/{e['sub']}" for d in docs for e in d["entities"] if "sub" in e),
        "obfuscations": count(e["obf"] for d in docs for e in d["entities"] if "obf" in e),
        "negative_kinds": count(n["type"] for d in docs for n in d["negatives"]),
        "min_length": {s: min(len(d["text"]) for d in docs if d["shape"] == s) for s in MIN_LEN},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=4040)
    ap.add_argument("--out", required=True, help="JSONL file to write")
    ap.add_argument("--summary", action="store_true", help="print the composition as JSON")
    args = ap.parse_args(argv)
    docs = build_corpus(args.seed)
    problems = validate(docs)
    if problems:
        for p in problems[:40]:
            print("VALIDATION:", p[:200])
        print(f"VALIDATION: {len(problems)} problem(s); nothing written")
        return 2
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    if args.summary:
        print(json.dumps(summary(docs), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
