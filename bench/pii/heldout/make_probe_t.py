#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_probe_t.py - held-out probe "T" for the PII redaction bench.

Theme: retrieval-augmented answers and document-processing outputs (quoted
e-mail threads, invoices/receipts, CVs, discharge letters and referrals,
insurance claims, tenancy/employment contracts, police/court summaries, bank
statements, shipping notices, IT incident write-ups, KYC forms; JSON from
search/RAG APIs, document-AI extraction results, OCR-like plain text).

    python make_probe_t.py --seed 3232 --out /tmp/probe_t.jsonl [--summary]

Schema = pii-bench schema (split "probe_t", template t.<shape>.<domain>.<rendering>,
holdout_only_template true).  Faker is used only for person names, street
names, cities and postcodes; everything else is generated here.  All randomness
comes from one random.Random(seed) (Faker instances are given that same object).
Built-in validation: any failure -> message on stderr, exit 2, nothing written.
"""
import argparse
import base64
import datetime as dt
import ipaddress
import json
import os
import re
import sys
import random
import unicodedata
from collections import Counter, OrderedDict

try:
    import faker  # noqa: F401
except ImportError:
    sys.path.insert(0, "/tmp/faker-site")
    import faker  # noqa: F401
from faker import Faker

SPLIT = "probe_t"
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
R = random.Random(0)
FK = {}

# JSON key names used by the dev split (structural keys; e-mail/IP keys left out).
# None of the keys emitted here may equal one of these (case-insensitive).
DEV_KEY_DENY = set("""
DATABASE_URL GH_TOKEN IBAN SLACK_BOT_TOKEN access_key_id account address amount apiKey api_key arguments
aws bank_account billing_address birthDate birthday build card card_number choices ci_token city client_ip
code comment commit completion_tokens contact_email contacts_by_email content country created created_at
currency customer_name data database_url date date_of_birth displayName dob dsn email email_address emails
encounters expiry external_ref finish_reason full_name function generated_at git_sha github_token hits iban
id index inn integrity ip ip_allowlist last_login_ip last_seen level line1 mail medical_record_number
message mobile model mrn msg name note notes object order_id order_ids page pan passport passport_number
patient patient_id payer payment phone phone_number phones postal_code postcode private_key prompt_tokens
query records reference region remote_addr request_id results role secret_access_key service services
shipping_address slack_token snils social_security_number source ssh_key ssn status street street_address
stripe_key summary tags tax_id tel ticket timestamp tls_key took_ms tool_calls total tracking transactions
ts type updated_at usage version zip ИНН СНИЛС паспорт
""".split())
DEV_CORPUS = "/work/shared/pii-bench/data/dev.jsonl"


class ValidationError(Exception):
    pass


FORCE = {}  # set only while generating the per-language "anchor" documents


def init(seed):
    global R, FK
    R = random.Random(seed)
    FK = {}
    for loc in LOCALES:
        f = Faker(loc)
        f.random = R
        FK[loc] = f


# --------------------------------------------------------------------------------------
# segments: a document is a list of (text, annotation|None)
# --------------------------------------------------------------------------------------
def E(typ, val, sub=None, obf=None, raw=None):
    return [(val, {"k": "e", "type": typ, "sub": sub, "obf": obf, "raw": raw if raw is not None else val})]


def N(typ, val):
    return [(val, {"k": "n", "type": typ})]


def IG(val):
    return [(val, {"k": "i"})]


def S(*parts):
    out = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append((p, None))
        else:
            out.extend(p)
    return out


_TPL = re.compile(r"\{(\w+)\}")


def F(tpl, **kw):
    out = []
    pos = 0
    for m in _TPL.finditer(tpl):
        if m.start() > pos:
            out.append((tpl[pos:m.start()], None))
        out.extend(S(kw[m.group(1)]))
        pos = m.end()
    if pos < len(tpl):
        out.append((tpl[pos:], None))
    return out


def JOIN(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.extend(S(sep))
        out.extend(S(it))
    return out


def txt(segs):
    return "".join(t for t, _ in segs)


def has_ann(segs):
    return any(a for _, a in segs)


# --------------------------------------------------------------------------------------
# JSON serialisation with span tracking
# --------------------------------------------------------------------------------------
class RS:
    """rich string value"""
    def __init__(self, segs):
        self.segs = S(segs)


class Num:
    """unquoted JSON number whose text is annotated"""
    def __init__(self, segs):
        self.segs = S(segs)


class JStr:
    """a JSON document serialised into a JSON string value (nested escaping)"""
    def __init__(self, obj, style):
        self.obj = obj
        self.style = style


KEYS_SEEN = []


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jser(o, st, lvl=0):
    ind = st.get("indent")
    item_sep, kv_sep = st["sep"]
    if isinstance(o, dict):
        if not o:
            return [("{}", None)]
        out = [("{", None)]
        items = list(o.items())
        for i, (k, v) in enumerate(items):
            KEYS_SEEN.append(k)
            if ind:
                out.append(("\n" + " " * (ind * (lvl + 1)), None))
            out.append((json.dumps(k, ensure_ascii=False) + kv_sep, None))
            out.extend(jser(v, st, lvl + 1))
            if i < len(items) - 1:
                out.append(("," if ind else item_sep, None))
        if ind:
            out.append(("\n" + " " * (ind * lvl), None))
        out.append(("}", None))
        return out
    if isinstance(o, list):
        if not o:
            return [("[]", None)]
        scal = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in o)
        out = [("[", None)]
        for i, v in enumerate(o):
            if ind and not scal:
                out.append(("\n" + " " * (ind * (lvl + 1)), None))
            out.extend(jser(v, st, lvl + 1))
            if i < len(o) - 1:
                out.append(("," if (ind and not scal) else item_sep, None))
        if ind and not scal:
            out.append(("\n" + " " * (ind * lvl), None))
        out.append(("]", None))
        return out
    if isinstance(o, RS):
        return [('"', None)] + [(jesc(t), a) for t, a in o.segs] + [('"', None)]
    if isinstance(o, Num):
        return list(o.segs)
    if isinstance(o, JStr):
        inner = jser(o.obj, o.style, 0)
        return [('"', None)] + [(jesc(t), a) for t, a in inner] + [('"', None)]
    if isinstance(o, float):
        return [(repr(o), None)]
    return [(json.dumps(o, ensure_ascii=False), None)]


def jstyle():
    return R.choice([
        {"indent": None, "sep": (",", ":")},
        {"indent": None, "sep": (", ", ": ")},
        {"indent": 2, "sep": (",", ": ")},
        {"indent": 2, "sep": (",", ": ")},
        {"indent": 4, "sep": (",", ": ")},
    ])


# --------------------------------------------------------------------------------------
# checksums / validators
# --------------------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = UP.lower()
DG = "0123456789"
AN = UP + LO + DG
HEX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def digits(n, lead_nonzero=False):
    s = rs(DG, n)
    if lead_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(partial):
    for c in DG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


IBAN_BBAN = {"AT": "16n", "BE": "12n", "CH": "5n12c", "DE": "18n", "ES": "20n", "FR": "10n11c2n",
             "GB": "4a14n", "IT": "1a10n12c", "NL": "4a10n", "PL": "24n"}


def _bban_len(spec):
    return sum(int(x) for x in re.findall(r"(\d+)[anc]", spec))


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) < 5 or s[:2] not in IBAN_BBAN or not s.isalnum() or not s.isascii():
        return False
    if len(s) != 4 + _bban_len(IBAN_BBAN[s[:2]]):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def ssn_ok(d):
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


def snils_cs(n9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(n9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    r = s % 101
    return "00" if r == 100 else "%02d" % r


def snils_ok(d):
    return len(d) == 11 and d.isdigit() and int(d[:9]) > 1001998 and snils_cs(d[:9]) == d[9:]


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def _wsum(s, w):
    return sum(int(a) * b for a, b in zip(s, w)) % 11 % 10


def inn_ok(d):
    if not d.isdigit():
        return False
    if len(d) == 10:
        return _wsum(d[:9], W10) == int(d[9])
    if len(d) == 12:
        return _wsum(d[:10], W11) == int(d[10]) and _wsum(d[:11], W12) == int(d[11])
    return False


def nhs_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    s = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


EMAIL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


CARD_RULES = {
    "visa": (lambda n: n.startswith("4") and len(n) == 16),
    "mastercard": (lambda n: len(n) == 16 and (51 <= int(n[:2]) <= 55 or 2221 <= int(n[:4]) <= 2720)),
    "amex": (lambda n: len(n) == 15 and n[:2] in ("34", "37")),
    "discover": (lambda n: len(n) == 16 and (n.startswith("6011") or n.startswith("65") or 644 <= int(n[:3]) <= 649)),
    "jcb": (lambda n: len(n) == 16 and 3528 <= int(n[:4]) <= 3589),
    "mir": (lambda n: len(n) == 16 and 2200 <= int(n[:4]) <= 2204),
}


# --------------------------------------------------------------------------------------
# value generators (own code; Faker only for names / streets / cities / postcodes)
# --------------------------------------------------------------------------------------
def card_number(brand):
    if brand == "visa":
        p, L = "4", 16
    elif brand == "mastercard":
        p, L = (str(R.randint(51, 55)) if R.random() < 0.7 else str(R.randint(2221, 2720))), 16
    elif brand == "amex":
        p, L = R.choice(["34", "37"]), 15
    elif brand == "discover":
        p, L = R.choice(["6011", "65", str(R.randint(644, 649))]), 16
    elif brand == "jcb":
        p, L = str(R.randint(3528, 3589)), 16
    else:  # mir
        p, L = "220" + str(R.randint(0, 4)), 16
    return luhn_complete(p + digits(L - 1 - len(p)))


def card_fmt(num, style):
    if style == "compact":
        return num
    sep = {"space": " ", "dash": "-"}[style]
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def iban_make(cc):
    spec = IBAN_BBAN[cc]
    out = ""
    for n, kind in re.findall(r"(\d+)([anc])", spec):
        n = int(n)
        if kind == "n":
            out += digits(n)
        elif kind == "a":
            if cc == "GB" and n == 4 and R.random() < 0.6:
                out += R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "BUKB", "MONZ", "REVO", "CPBK"])
            elif cc == "NL" and R.random() < 0.6:
                out += R.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "KNAB", "ASNB", "BUNQ"])
            else:
                out += rs(UP, n)
        else:
            out += "".join(R.choice(UP) if R.random() < 0.12 else R.choice(DG) for _ in range(n))
    chk = 98 - int("".join(str(int(ch, 36)) for ch in out + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, out)


def iban_fmt(iban, grouped):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban


def ssn_digits():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def snils_digits():
    while True:
        n = digits(9)
        if int(n) > 1001998:
            return n + snils_cs(n)


INN_REG = ["77", "78", "50", "66", "16", "54", "23", "52", "63", "74", "02", "24", "61", "59", "34", "36", "39", "47", "64", "72"]


def inn_digits(n):
    b = R.choice(INN_REG) + digits(7 if n == 10 else 8)
    if n == 10:
        return b + str(_wsum(b, W10))
    b += str(_wsum(b, W11))
    return b + str(_wsum(b, W12))


def passport_digits():
    return R.choice(INN_REG) + "%02d" % R.choice([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]) + digits(6)


def nhs_digits():
    while True:
        b = R.choice("4679") + digits(8)
        s = sum(int(x) * (10 - i) for i, x in enumerate(b))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return b + str(c)


TRANS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
         "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
         "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
         "э": "e", "ю": "yu", "я": "ya"}


def ascii_name(s):
    s = s.lower()
    s = "".join(TRANS.get(ch, ch) for ch in s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r"[^a-z0-9-]", "", s).strip("-")
    return s or "kontakt"


MAIL_DOM = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "example.com", "example.org",
              "comcast.net", "northgate-freight.com", "pinecrestdental.com", "meridiandata.io", "oakridge-pm.com"],
    "en_GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com", "example.co.uk", "sky.com",
              "harlowfinch.co.uk", "bluequay.co.uk", "virginmedia.com", "talktalk.net", "westfield-lettings.co.uk"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com", "example.de",
              "nordlicht-logistik.de", "kessler-haustechnik.de", "rheinblick-immo.de", "gmx.net"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "example.fr",
              "lemoine-distribution.fr", "cabinet-garnier.fr", "clinique-tilleuls.fr", "hotmail.fr"],
    "ru_RU": ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "gmail.com", "example.ru",
              "volga-logistic.ru", "sevput.ru", "ya.ru"],
}
ROLE_LOCAL = {"en": ["accounts", "billing", "hr", "claims", "frontdesk", "lettings", "support", "payroll", "records"],
              "de": ["buchhaltung", "rechnung", "personal", "schaden", "empfang", "verwaltung", "service", "lohn"],
              "fr": ["comptabilite", "facturation", "rh", "sinistres", "accueil", "gestion", "service-client", "paie"],
              "ru": ["buh", "schet", "kadry", "strah", "priemnaya", "office", "support", "zakaz"]}


def email_for(first, last, loc):
    f, l = ascii_name(first), ascii_name(last)
    tag = R.choice(["invoices", "rent", "jobs", "post", "bank", "med"])
    local = R.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}", f"{f[0]}{l}",
                      f"{f}.{l}{R.randint(1, 99)}", f"{l}{R.randint(1950, 2005)}", f"{f}{R.randint(10, 99)}",
                      f"{f}.{l}+{tag}", f"{l}-{f[0]}"])
    dom = R.choice(MAIL_DOM[loc])
    if R.random() < 0.08:
        dom = R.choice(["mail", "post", "team", "eu"]) + "." + dom if dom.count(".") == 1 and not dom.startswith(("gmail", "yahoo", "outlook", "icloud")) else dom
    e = f"{local}@{dom}"
    x = R.random()
    if x < 0.03:
        e = e.upper()
    elif x < 0.07:
        e = ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom
    return e


ROLE_DOM = {"en_US": ["northgate-freight.com", "pinecrestdental.com", "meridiandata.io", "oakridge-pm.com", "example.com"],
            "en_GB": ["harlowfinch.co.uk", "bluequay.co.uk", "westfield-lettings.co.uk", "example.co.uk"],
            "de_DE": ["nordlicht-logistik.de", "kessler-haustechnik.de", "rheinblick-immo.de", "example.de"],
            "fr_FR": ["lemoine-distribution.fr", "cabinet-garnier.fr", "clinique-tilleuls.fr", "example.fr"],
            "ru_RU": ["volga-logistic.ru", "sevput.ru", "example.ru"]}


def role_email(lang, loc):
    return R.choice(ROLE_LOCAL[lang]) + "@" + R.choice(ROLE_DOM[loc])


def _us_parts():
    while True:
        a = f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}"
        e = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if a[1:] == "11" or e[1:] == "11":
            continue
        return a, e, digits(4)


def phone_make(cc, intl=None):
    if intl is None:
        intl = R.random() < 0.45
    if cc == "US":
        a, e, l = _us_parts()
        if intl:
            s = R.choice([f"+1 {a} {e} {l}", f"+1-{a}-{e}-{l}", f"+1 ({a}) {e}-{l}", f"+1{a}{e}{l}", f"001 {a} {e} {l}", f"+1.{a}.{e}.{l}"])
        else:
            s = R.choice([f"({a}) {e}-{l}", f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"{a} {e} {l}", f"1-{a}-{e}-{l}", f"({a}){e}-{l}", f"1 ({a}) {e}-{l}"])
    elif cc == "GB":
        k = R.choice(["lon", "c4", "c5", "mob", "mob"])
        if k == "lon":
            ac, rest = "20", R.choice("378") + digits(7)
            g = f"{rest[:4]} {rest[4:]}"
        elif k == "c4":
            ac, rest = R.choice(["113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161", "191"]), R.choice("2345789") + digits(6)
            g = f"{rest[:3]} {rest[3:]}"
        elif k == "c5":
            ac, rest = R.choice(["1224", "1273", "1392", "1482", "1603", "1752", "1865", "1904", "1223", "1326"]), R.choice("2345789") + digits(5)
            g = rest
        else:
            ac, rest = "7" + R.choice("45789") + digits(2), digits(6, True)
            g = rest
        if intl:
            s = R.choice([f"+44 {ac} {g}", f"+44 (0){ac} {g}", f"+44{ac}{rest}", f"0044 {ac} {g}", f"+44 {ac} {g}"])
        else:
            s = R.choice([f"0{ac} {g}", f"0{ac} {g}", f"(0{ac}) {g}", f"0{ac}{rest}", f"0{ac} {rest}"])
    elif cc == "DE":
        if R.random() < 0.62:
            ac = R.choice(["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911", "228", "6221", "7531", "4331", "3641", "761", "231"])
            sub = digits(R.randint(max(5, 9 - len(ac)), 10 - len(ac)), True)
        else:
            ac = R.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
            sub = digits(R.choice([7, 8]), True)
        gs = R.choice([sub, sub, f"{sub[:3]} {sub[3:]}", f"{sub[:-4]} {sub[-4:]}" if len(sub) > 5 else sub])
        if intl:
            s = R.choice([f"+49 {ac} {gs}", f"+49 (0){ac} {gs}", f"+49{ac}{sub}", f"0049 {ac} {gs}", f"+49-{ac}-{sub}"])
        else:
            s = R.choice([f"0{ac} {gs}", f"0{ac}/{gs}", f"(0{ac}) {gs}", f"0{ac}-{sub}", f"0{ac} {gs}"])
    elif cc == "FR":
        f = R.choice("12345679")
        rest = digits(8)
        pr = [rest[i:i + 2] for i in range(0, 8, 2)]
        if intl:
            s = R.choice([f"+33 {f} " + " ".join(pr), f"+33 (0){f} " + " ".join(pr), f"+33{f}{rest}", f"0033 {f} " + " ".join(pr), f"+33 {f}" + "".join("." + p for p in pr)])
        else:
            sep = R.choice([" ", " ", ".", "", "-"])
            s = f"0{f}" + "".join(sep + p for p in pr) if sep else f"0{f}{rest}"
    else:  # RU
        code = R.choice(["495", "499", "812", "343", "383", "846", "863", "843", "903", "905", "909", "915", "916", "921", "926", "977", "985", "999", "912", "950"])
        n = digits(7)
        a, b, c = n[:3], n[3:5], n[5:]
        if intl:
            s = R.choice([f"+7 ({code}) {a}-{b}-{c}", f"+7 {code} {a}-{b}-{c}", f"+7-{code}-{a}-{b}-{c}", f"+7{code}{n}", f"+7 {code} {a} {b} {c}"])
        else:
            s = R.choice([f"8 ({code}) {a}-{b}-{c}", f"8-{code}-{a}-{b}-{c}", f"8 {code} {a} {b} {c}", f"8{code}{n}", f"8 ({code}) {a}-{b}{c}"])
    return s, ("intl_" if intl else "national_") + cc


def ipv4_make(private=None):
    if private is None:
        private = R.random() < 0.3
    if private:
        k = R.randint(0, 2)
        if k == 0:
            return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if k == 1:
            return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100, 0):
            continue
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def _h16():
    return "%x" % R.randint(0, 0xFFFF)


def ipv6_make():
    k = R.randint(0, 4)
    if k == 0:
        return ":".join(_h16() for _ in range(8))
    if k == 1:
        return "2001:db8:" + ":".join(_h16() for _ in range(2)) + "::" + _h16()
    if k == 2:
        return "fe80::" + ":".join(_h16() for _ in range(4))
    if k == 3:
        return R.choice(["2a02", "2a01", "2001", "2600", "2a00", "2a0a"]) + ":" + ":".join("%x" % R.randint(0x100, 0xFFFF) for _ in range(3)) + "::" + _h16() + ":" + _h16()
    return ":".join("%04x" % R.randint(0, 0xFFFF) for _ in range(8))


MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "en_a": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "ru_nom": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "ru_a": ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."],
}
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "en_a": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "de_a": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "fr_a": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "ru": ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"],
    "ru_a": ["пн", "вт", "ср", "чт", "пт", "сб", "вс"],
}


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def rand_dt(y0=2019, y1=2026):
    d = rand_date(y0, y1)
    return dt.datetime(d.year, d.month, d.day, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999) * 1000)


def fdate(d, lang, loc, style=None):
    if style is None:
        style = R.choice(["num", "num", "long", "iso"])
    if style == "iso":
        return d.isoformat()
    us = lang == "en" and loc == "en_US"
    if lang == "en":
        if style == "num":
            if us:
                return R.choice([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}"])
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        m = R.choice([MON["en"], MON["en"], MON["en_a"]])[d.month - 1]
        return f"{m} {d.day}, {d.year}" if us else f"{d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day:02d}.{d.month:02d}.{d.year}" if style == "num" else f"{d.day}. {MON['de'][d.month - 1]} {d.year}"
    if lang == "fr":
        if style == "num":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        return f"{'1er' if d.day == 1 else d.day} {MON['fr'][d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}" if style == "num" else f"{d.day} {MON['ru'][d.month - 1]} {d.year}"


def fmonth(d, lang):
    k = R.random()
    if k < 0.5:
        return f"{d.month:02d}/{d.year}" if lang != "ru" else f"{d.month:02d}.{d.year}"
    if lang == "en":
        return f"{MON['en_a'][d.month - 1]} {d.year}"
    if lang == "de":
        return f"{MON['de'][d.month - 1]} {d.year}"
    if lang == "fr":
        return f"{MON['fr'][d.month - 1]} {d.year}"
    return f"{MON['ru_nom'][d.month - 1]} {d.year}"


def epoch(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds())


def fts(t, lang, loc, style=None):
    if style is None:
        style = R.choice(["iso_z", "iso_ms", "iso_off", "sql", "sql_ms", "epoch", "epoch_ms", "rfc", "local"])
    if style == "iso_z":
        return t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_ms":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)
    if style == "iso_off":
        return t.strftime("%Y-%m-%dT%H:%M:%S") + R.choice(["+01:00", "+02:00", "+00:00", "-05:00", "+03:00"])
    if style == "sql":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "sql_ms":
        return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    if style == "epoch":
        return str(epoch(t))
    if style == "epoch_ms":
        return str(epoch(t) * 1000 + t.microsecond // 1000)
    if style == "rfc":
        return f"{WD['en_a'][t.weekday()]}, {t.day:02d} {MON['en_a'][t.month - 1]} {t.year} {t:%H:%M:%S} " + R.choice(["+0100", "+0000", "+0200", "-0500", "+0300"])
    if style == "local":
        if lang == "en" and loc == "en_US":
            h = t.hour % 12 or 12
            return f"{t.month:02d}/{t.day:02d}/{t.year} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
        if lang in ("en", "fr"):
            return f"{t.day:02d}/{t.month:02d}/{t.year} {t:%H:%M}"
        return f"{t.day:02d}.{t.month:02d}.{t.year} {t:%H:%M}"
    if style == "outlook":
        if lang == "en":
            if loc == "en_US":
                h = t.hour % 12 or 12
                return f"{WD['en'][t.weekday()]}, {MON['en'][t.month - 1]} {t.day}, {t.year} {h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"
            return f"{WD['en'][t.weekday()]}, {t.day} {MON['en'][t.month - 1]} {t.year} {t:%H:%M}"
        if lang == "de":
            return f"{WD['de'][t.weekday()]}, {t.day}. {MON['de'][t.month - 1]} {t.year} {t:%H:%M}"
        if lang == "fr":
            return f"{WD['fr'][t.weekday()]} {t.day} {MON['fr'][t.month - 1]} {t.year} {t:%H:%M}"
        return f"{WD['ru'][t.weekday()]}, {t.day} {MON['ru'][t.month - 1]} {t.year} г. {t.hour}:{t.minute:02d}"
    if style == "gmail":
        if lang == "en":
            return f"{WD['en_a'][t.weekday()]}, {t.day} {MON['en_a'][t.month - 1]} {t.year} at {t:%H:%M}"
        if lang == "de":
            return f"{WD['de_a'][t.weekday()]}, {t.day}. {MON['de'][t.month - 1]} {t.year} um {t:%H:%M}"
        if lang == "fr":
            return f"{WD['fr_a'][t.weekday()]} {t.day} {MON['fr'][t.month - 1]} {t.year} à {t:%H:%M}"
        return f"{WD['ru_a'][t.weekday()]}, {t.day} {MON['ru_a'][t.month - 1]} {t.year} г. в {t:%H:%M}"
    raise ValueError(style)


def uuid4_make():
    h = rs(HEX, 32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def version_make(ipv4like=None):
    if ipv4like is None:
        ipv4like = R.random() < 0.6
    if ipv4like:
        return f"{R.randint(1, 24)}.{R.randint(0, 40)}.{R.randint(0, 255)}.{R.randint(0, 255)}"
    return f"{R.randint(0, 12)}.{R.randint(0, 30)}.{R.randint(0, 60)}"


def order_make(kind, lang="en"):
    y = R.randint(2019, 2026)
    yy = "%02d" % (y % 100)
    P = {
        "inv": {"en": [f"INV-{y}-{digits(5)}", f"INV{digits(6)}", f"{y}/INV/{digits(4)}"],
                "de": [f"RE-{y}-{digits(4)}", f"RG{y}{digits(5)}", f"R-{digits(6)}"],
                "fr": [f"FA-{y}-{digits(5)}", f"F{y}-{digits(4)}", f"FAC-{digits(6)}"],
                "ru": [f"СЧ-{digits(5)}", f"УТ-{digits(6)}", f"БП-{y}-{digits(4)}"]},
        "order": {"en": [f"#{digits(7, True)}", f"{digits(3, True)}-{digits(7)}-{digits(7)}", f"ORD-{digits(8)}", f"SO-{digits(6)}"],
                  "de": [f"BST-{digits(7)}", f"#{digits(7, True)}", f"AU-{y}-{digits(5)}"],
                  "fr": [f"CMD-{digits(7)}", f"#{digits(7, True)}", f"CDE{digits(8)}"],
                  "ru": [f"ЗК-{digits(7)}", f"#{digits(7, True)}", f"{digits(8, True)}-{digits(4)}"]},
        "claim": {"en": [f"CLM-{y}-{digits(6)}", f"CL{digits(8)}"], "de": [f"SN-{y}-{digits(6)}", f"S{digits(2)}-{digits(7)}"],
                  "fr": [f"SIN-{digits(8)}", f"DS{y}-{digits(5)}"], "ru": [f"УБ-{digits(6)}", f"ВД-{y}-{digits(5)}"]},
        "policy": {"en": [f"POL-{digits(3)}-{digits(7)}", f"HH{digits(8)}"], "de": [f"VS-{digits(9)}", f"HR-{digits(4)}-{digits(5)}"],
                   "fr": [f"CT{digits(8)}", f"MRH-{digits(7)}"], "ru": [f"ПС-{digits(7)}", f"{rs('АБВГДЕКМНОРСТХ', 3)} {digits(7)}"]},
        "case": {"en": [f"CR/{digits(5)}/{yy}", f"{R.randint(1, 9)}:{yy}-cv-{digits(5)}", f"CASE-{y}-{digits(5)}"],
                 "de": [f"{digits(3, True)} Js {digits(4, True)}/{yy}", f"VG-{y}-{digits(6)}"],
                 "fr": [f"PV-{digits(5)}/{y}", f"RG {yy}/{digits(5)}"],
                 "ru": [f"КУСП-{digits(5)}", f"№ 2-{digits(4)}/{y}"]},
        "ticket": {"en": [f"INC{digits(7)}", f"SR-{digits(6)}", f"REQ-{digits(6)}"], "de": [f"INC{digits(7)}", f"ST-{digits(6)}"],
                   "fr": [f"INC{digits(7)}", f"DEM-{digits(6)}"], "ru": [f"INC{digits(7)}", f"ЗН-{digits(6)}"]},
        "ship": {"en": [f"1Z{rs(UP + DG, 6)}{digits(10)}", f"JD{digits(16)}", f"RR{digits(9)}GB"],
                 "de": [f"JJD{digits(18)}", f"{digits(2)}{rs(UP, 2)}{digits(9)}DE", f"RR{digits(9)}DE"],
                 "fr": [f"CB{digits(9)}FR", f"6A{digits(11)}", f"XS{digits(9)}FR"],
                 "ru": [f"RR{digits(9)}RU", f"{digits(14)}", f"CDEK-{digits(10)}"]},
        "ref": {"en": [f"REF{digits(8)}", f"E2E-{rs(UP + DG, 10)}", f"TRX-{digits(9)}"],
                "de": [f"EREF{digits(9)}", f"E2E-{rs(UP + DG, 10)}", f"MREF-{digits(8)}"],
                "fr": [f"REF{digits(8)}", f"E2E-{rs(UP + DG, 10)}", f"RUM-{digits(9)}"],
                "ru": [f"ОП-{digits(9)}", f"E2E-{rs(UP + DG, 10)}", f"ТР-{digits(8)}"]},
        "contract": {"en": [f"TA-{y}-{digits(4)}", f"EMP-{digits(5)}"], "de": [f"MV-{y}-{digits(3)}", f"AV-{digits(5)}"],
                     "fr": [f"BAIL-{y}-{digits(3)}", f"CDI-{digits(5)}"], "ru": [f"ДН-{y}/{digits(3)}", f"ТД-{digits(5)}"]},
    }
    return R.choice(P[kind][lang])


def cardlike_make():
    first = R.choice("3456" * 3 + "12789")
    n = first + digits(14)
    n += R.choice([d for d in DG if not luhn_ok(n + d)])
    return card_fmt(n, R.choice(["space", "space", "dash", "compact"]))


TITLECASE = ["Kind Regards", "Best Regards", "Accounts Payable", "Customer Service", "Claims Department",
             "Human Resources", "Terms And Conditions", "Next Steps", "Action Items", "Root Cause", "Open Questions",
             "Key Dates", "Payment Summary", "Delivery Options", "Privacy Notice", "Google Drive", "Microsoft Teams",
             "Adobe Acrobat", "Microsoft Outlook", "Source Documents", "Follow Up", "Main Findings", "Risk Summary",
             "Shared Mailbox", "Document Store", "Team Lead", "Quality Review", "Front Desk"]


def number_make(lang, loc):
    k = R.random()
    if k < 0.55:
        return money_str(R.uniform(12, 25000), lang, loc)
    if k < 0.7:
        return f"{R.uniform(-60, 70):.4f}, {R.uniform(-120, 150):.4f}"
    if k < 0.82:
        return f"978-{R.randint(1, 5)}-{digits(3)}-{digits(5)}-{R.randint(0, 9)}"
    if k < 0.92:
        return "0x" + rs("0123456789ABCDEF", 8)
    return f"{R.uniform(0.2, 40):.1f}"


def money_str(v, lang, loc):
    v = round(v, 2)
    whole, frac = f"{v:.2f}".split(".")
    w = int(whole)
    if lang == "en":
        s = f"{w:,}.{frac}"
        return ("$" if loc == "en_US" else "£" if loc == "en_GB" else "€") + s
    if lang == "de":
        return f"{w:,}".replace(",", ".") + "," + frac
    sep = "\u202f" if lang == "fr" and R.random() < 0.5 else " "
    return f"{w:,}".replace(",", sep) + "," + frac


PKGS = ["requests@2.32.3", "pdfjs-dist@4.2.67", "tesseract.js@5.1.0", "langchain@0.2.16", "openai@4.56.0",
        "pdf-lib@1.17.1", "unstructured@0.15.7", "mammoth@1.8.0", "sharp@0.33.4", "zod@3.23.8", "pypdf@4.3.1",
        "@aws-sdk/client-textract", "@azure/ai-form-recognizer", "@langchain/community", "@google-cloud/documentai",
        "@pinecone-database/pinecone", "@qdrant/js-client-rest", "git@github.com:acme-docs/ingest-pipeline.git",
        "git@gitlab.com:records/ocr-worker.git", "chromadb@0.5.5", "llama-index@0.10.62"]


def emaillike_make():
    return R.choice(PKGS)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64blob_make():
    k = R.randint(0, 4)
    if k == 0:
        return "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + base64.b64encode(rbytes(R.randint(30, 80))).decode().rstrip("=")
    if k == 1:
        return "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + base64.b64encode(rbytes(R.randint(30, 80))).decode().rstrip("=")
    if k == 2:
        return "sha384-" + base64.b64encode(rbytes(48)).decode()
    if k == 3:
        return "sha512-" + base64.b64encode(rbytes(64)).decode()
    return "sha256-" + base64.b64encode(rbytes(32)).decode()


def hash_make():
    return rs(HEX, R.choice([7, 8, 12, 32, 40, 40, 64]))


# ---- secrets ----
PEM_KINDS = {"pem_rsa_private_key": ("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 64),
             "pem_private_key": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 64),
             "pem_ec_private_key": ("EC PRIVATE KEY", "MHcCAQEEI", 64),
             "pem_openssh_private_key": ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAA", 70),
             "pem_encrypted_private_key": ("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQww", 64)}


def pem_make(sub):
    label, prefix, width = PEM_KINDS[sub]
    nlines = {"pem_ec_private_key": 3}.get(sub, R.randint(5, 12))
    body = prefix + base64.b64encode(rbytes(width * nlines)).decode()
    L = width * (nlines - 1) + R.randint(8, width)
    L -= L % 4
    body = body[:L]
    if R.random() < 0.5:
        body = body[:-R.randint(1, 2)]
        body += "=" * ((-len(body)) % 4)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def jwt_make(email=None):
    alg = R.choice(["HS256", "RS256", "ES256", "HS512"])
    hdr = {"alg": alg, "typ": "JWT"}
    if R.random() < 0.4:
        hdr["kid"] = rs(HEX, 8)
    now = epoch(rand_dt(2023, 2026))
    pl = {"sub": digits(9, True) if R.random() < 0.5 else uuid4_make(), "iat": now, "exp": now + R.choice([900, 3600, 86400])}
    if R.random() < 0.5:
        pl["scope"] = R.choice(["kb.read", "docs:read docs:write", "claims.submit", "mail.read"])
    if R.random() < 0.3:
        pl["aud"] = R.choice(["rag-gateway", "docai-internal", "portal"])
    enc = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64, "HS512": 64}[alg]
    return ".".join([enc(json.dumps(hdr, separators=(",", ":")).encode()), enc(json.dumps(pl, separators=(",", ":")).encode()), enc(rbytes(siglen))])


PW_WORDS = ["Harbour", "Winter", "Kestrel", "Lilac", "Granite", "Orchid", "Tundra", "Falcon", "Maple", "Sunset",
            "Sommer", "Birke", "Lavande", "Soleil", "Tigre", "Zvezda", "Moskva", "Bergamo", "Cobalt", "Pepper"]


def password_make(url_safe=False):
    if R.random() < 0.35:
        return R.choice(PW_WORDS) + R.choice(["", "_", "-", "."]) + str(R.randint(10, 2099)) + R.choice(["!", "#", "$", "?", "*", "!!", ""]) + rs(AN, R.randint(0, 2))
    alpha = AN + ("-_~!*" if url_safe else "!#$%&*?-_+=")
    while True:
        p = rs(alpha, R.randint(12, 22))
        if p[0].isalnum() and p[-1].isalnum() and any(c.isdigit() for c in p) and any(c.isupper() for c in p):
            return p


def api_key_make(sub):
    if sub == "aws_access_key_id":
        return R.choice(["AKIA", "AKIA", "ASIA"]) + rs(UP + "234567", 16)
    if sub == "aws_secret_key":
        k = rs(B64, 40)
        return k if k[0].isalnum() and k[-1].isalnum() else rs(AN, 1) + k[1:-1] + rs(AN, 1)
    if sub == "github_pat_classic":
        return "ghp_" + rs(AN, 36)
    if sub == "github_other":
        return R.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(AN, 36)
    if sub == "github_pat_fine":
        return "github_pat_" + rs(AN, 22) + "_" + rs(AN, 59)
    if sub == "gitlab":
        return "glpat-" + rs(AN + "-_", 19) + rs(AN, 1)
    if sub == "google_api":
        return "AIza" + rs(AN + "-_", 34) + rs(AN, 1)
    if sub == "openai_like":
        return R.choice(["sk-proj-" + rs(AN + "-_", 55) + rs(AN, 1), "sk-" + rs(AN, 48), "sk-svcacct-" + rs(AN + "-_", 59) + rs(AN, 1)])
    if sub == "stripe":
        return R.choice(["sk_live_", "sk_live_", "rk_live_"]) + rs(AN, R.choice([24, 24, 32, 34]))
    if sub == "slack":
        return R.choice([f"xoxb-{digits(12, True)}-{digits(13, True)}-{rs(AN, 24)}",
                         f"xoxp-{digits(12, True)}-{digits(12, True)}-{digits(13, True)}-{rs(HEX, 32)}",
                         f"xoxb-{digits(11, True)}-{digits(12, True)}-{rs(AN, 24)}"])
    if sub == "jwt":
        return jwt_make()
    if sub == "password":
        return password_make()
    if sub == "db_password":
        return password_make(url_safe=True)
    if sub.startswith("pem_"):
        return pem_make(sub)
    raise KeyError(sub)


# --------------------------------------------------------------------------------------
# obfuscations
# --------------------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е",
            "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "i": "і"}
HOMO_C2L = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "А": "A", "В": "B", "Е": "E",
            "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X"}
SPELL = {"en": ("zero one two three four five six seven eight nine".split(), "dash", "plus"),
         "de": ("null eins zwei drei vier fünf sechs sieben acht neun".split(), "Strich", "plus"),
         "fr": ("zéro un deux trois quatre cinq six sept huit neuf".split(), "tiret", "plus"),
         "ru": ("ноль один два три четыре пять шесть семь восемь девять".split(), "тире", "плюс")}


def obf_zw(s):
    pos = sorted(R.sample(range(1, len(s)), min(len(s) - 1, R.randint(2, 5))))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(R.choice(ZW))
        last = p
    out.append(s[last:])
    return "".join(out)


def obf_homo(s):
    idx = [i for i, ch in enumerate(s) if ch in HOMO_L2C or ch in HOMO_C2L]
    if not idx:
        return None
    pick = set(R.sample(idx, max(1, int(len(idx) * R.uniform(0.4, 0.8)))))
    return "".join((HOMO_L2C.get(ch) or HOMO_C2L.get(ch)) if i in pick else ch for i, ch in enumerate(s))


def obf_full(s):
    return "".join(chr(ord(ch) + 0xFEE0) if 0x21 <= ord(ch) <= 0x7E else ch for ch in s)


def obf_spaced(s):
    return " ".join(ch for ch in s if ch != " ")


def obf_spelled(s, lang):
    words, dash, plus = SPELL[lang]
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(words[int(ch)])
        elif ch == "-":
            out.append(dash)
        elif ch == "+":
            out.append(plus)
    return " ".join(out)


def obf_words(e, lang):
    local, dom = e.split("@")
    at = R.choice({"en": [" at ", " [at] ", " (at) ", " AT ", " @ "], "de": [" (at) ", " [at] ", " at ", " ät "],
                   "fr": [" arobase ", " [at] ", " (at) "], "ru": [" собака ", " [at] ", " (at) "]}[lang])
    dot = R.choice({"en": [" dot ", " [dot] ", " (dot) ", " DOT "], "de": [" (punkt) ", " [punkt] ", " dot ", " Punkt "],
                    "fr": [" point ", " [point] ", " (point) "], "ru": [" точка ", " [dot] ", " (точка) "]}[lang])
    return local + at + dom.replace(".", dot)


def obf_defang(ip):
    k = R.randint(0, 2)
    if k == 0:
        return ip.replace(".", "[.]")
    if k == 1:
        i = ip.rfind(".")
        return ip[:i] + "[.]" + ip[i + 1:]
    return ip.replace(".", "(.)")


# --------------------------------------------------------------------------------------
# document context: people, addresses and annotated values
# --------------------------------------------------------------------------------------
CC = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}
PSUB = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
US_STATES = ["AL", "AZ", "CA", "CO", "CT", "FL", "GA", "IL", "IN", "KY", "MA", "MD", "MI", "MN", "MO", "NC", "NJ", "NV",
             "NY", "OH", "OR", "PA", "SC", "TN", "TX", "UT", "VA", "WA", "WI"]


class Person:
    def __init__(self, first, last, mid, g, loc):
        self.first, self.last, self.mid, self.g, self.loc = first, last, mid, g, loc
        self.sub = PSUB[loc]
        self.mi = rs(UP, 1)


class Addr:
    def __init__(self, street, cityline, city, pc, loc, state=None, pc_first=False):
        self.street, self.cityline, self.city, self.pc, self.loc, self.state, self.pc_first = street, cityline, city, pc, loc, state, pc_first
        self.sub = PSUB[loc]


class Ctx:
    def __init__(self, loc, lang):
        self.loc, self.lang = loc, lang
        self.cc = CC[loc]

    # language pick
    def L(self, en, de, fr, ru):
        v = {"en": en, "de": de, "fr": fr, "ru": ru}[self.lang]
        return R.choice(v) if isinstance(v, (list, tuple)) else v

    def colon(self):
        return R.choice([" : ", "\u00a0: "]) if self.lang == "fr" else ": "

    # ---- people ----
    def person(self, g=None, loc=None):
        loc = loc or self.loc
        fk = FK[loc]
        g = g or R.choice("mf")
        if loc == "ru_RU":
            if g == "m":
                return Person(fk.first_name_male(), fk.last_name_male(), fk.middle_name_male(), g, loc)
            return Person(fk.first_name_female(), fk.last_name_female(), fk.middle_name_female(), g, loc)
        first = fk.first_name_male() if g == "m" else fk.first_name_female()
        return Person(first, fk.last_name(), None, g, loc)

    def name_str(self, p, style=None, caps=False):
        if p.loc == "ru_RU":
            st = style or R.choices(["lfm", "fl", "l_io", "io_l", "fml", "lf"], [35, 20, 20, 10, 10, 5])[0]
            i1, i2 = p.first[0] + ".", p.mid[0] + "."
            sp = R.choice([" ", " ", ""])
            s = {"lfm": f"{p.last} {p.first} {p.mid}", "fl": f"{p.first} {p.last}", "l_io": f"{p.last} {i1}{sp}{i2}",
                 "io_l": f"{i1}{sp}{i2} {p.last}", "fml": f"{p.first} {p.mid} {p.last}", "lf": f"{p.last} {p.first}"}.get(st, f"{p.first} {p.last}")
        elif p.loc == "fr_FR":
            st = style or R.choices(["fl", "fL", "Lf", "fml", "lf"], [50, 25, 10, 10, 5])[0]
            s = {"fl": f"{p.first} {p.last}", "fL": f"{p.first} {p.last.upper()}", "Lf": f"{p.last.upper()} {p.first}",
                 "fml": f"{p.first} {p.mi}. {p.last}", "lf": f"{p.last}, {p.first}"}.get(st, f"{p.first} {p.last}")
        else:
            st = style or R.choices(["fl", "fml", "lf"], [65, 22, 13])[0]
            s = {"fl": f"{p.first} {p.last}", "fml": f"{p.first} {p.mi}. {p.last}", "lf": f"{p.last}, {p.first}"}.get(st, f"{p.first} {p.last}")
        return s.upper() if caps else s

    def pname(self, p, style=None, caps=False):
        return E("PERSON", self.name_str(p, style, caps), sub=p.sub)

    def title(self, p, kind="civil"):
        lang = self.lang
        if kind == "civil":
            if lang == "en":
                return (R.choice(["Mr ", "Mr. "]) if p.g == "m" else R.choice(["Ms ", "Mrs ", "Ms. "])) if R.random() < 0.8 else ""
            if lang == "de":
                return "Herr " if p.g == "m" else "Frau "
            if lang == "fr":
                return "M. " if p.g == "m" else "Mme "
            return ""
        if kind == "doctor":
            return {"en": R.choice(["Dr ", "Dr. "]), "de": R.choice(["Dr. med. ", "Dr. "]), "fr": R.choice(["Dr ", "Docteur "]), "ru": R.choice(["врач ", ""])}[lang]
        if kind == "officer":
            return {"en": R.choice(["PC ", "DC ", "Sgt ", "Det. Sgt. ", "Officer "]), "de": R.choice(["KHK ", "POK ", "KOK "]),
                    "fr": R.choice(["brigadier-chef ", "lieutenant ", "capitaine "]), "ru": R.choice(["ст. лейтенант полиции ", "капитан полиции ", "майор полиции "])}[lang]
        return ""

    # ---- contact ----
    def email(self, p=None, role=False):
        if p is None or role:
            return E("EMAIL", role_email(self.lang, self.loc))
        if getattr(p, "em", None) is None:
            p.em = email_for(p.first, p.last, p.loc)
        return E("EMAIL", p.em)

    def phone(self, cc=None, intl=None):
        s, sub = phone_make(cc or self.cc, intl)
        return E("PHONE", s, sub=sub)

    def addr(self, loc=None):
        loc = loc or self.loc
        fk = FK[loc]
        sn, city, pc = fk.street_name(), fk.city(), fk.postcode()
        if loc == "en_US":
            st = f"{R.randint(1, 9899)} {sn}"
            if R.random() < 0.3:
                st += R.choice([f" Apt {R.randint(1, 40)}{R.choice(['', 'A', 'B', 'C'])}", f" Suite {R.randint(100, 950)}", f" Unit {R.randint(1, 30)}"])
            return Addr(st, f"{city}, {R.choice(US_STATES)} {pc}", city, pc, loc)
        if loc == "en_GB":
            st = f"{R.randint(1, 240)} {sn}"
            if R.random() < 0.25:
                st = f"Flat {R.randint(1, 40)}, {st}"
            return Addr(st, R.choice([f"{city} {pc}", f"{city}, {pc}"]), city, pc, loc)
        if loc == "de_DE":
            n = str(R.randint(1, 180))
            if R.random() < 0.2:
                n += R.choice(["a", "b", "c", f"-{int(n) + 2}"])
            return Addr(f"{sn} {n}", f"{pc} {city}", city, pc, loc)
        if loc == "fr_FR":
            n = str(R.randint(1, 160))
            if R.random() < 0.12:
                n += R.choice([" bis", " ter"])
            st = R.choice([f"{n}, {sn}", f"{n} {sn}", f"{n} {sn}"])
            return Addr(st, R.choice([f"{pc} {city}", f"{pc} {city.upper()}"]), city, pc, loc)
        st = f"{sn}, д. {R.randint(1, 120)}" + R.choice(["", "", f", кв. {R.randint(1, 300)}", f" к. {R.randint(1, 5)}, кв. {R.randint(1, 200)}", f", стр. {R.randint(1, 9)}"])
        pcf = R.random() < 0.5
        return Addr(st, f"{pc}, {city}" if pcf else f"{city}, {pc}", city, pc, loc, pc_first=pcf)

    def addr_segs(self, a, sep=", ", order=None, multiline=False):
        st = E("STREET_ADDRESS", a.street, sub=a.sub)
        if a.loc == "ru_RU" and (order == "city_first" or (order is None and a.pc_first)):
            return S(IG(a.cityline), "\n" if multiline else ", ", st)
        return S(st, "\n" if multiline else sep, IG(a.cityline))

    # ---- identifiers ----
    def dob(self, style=None, d=None):
        d = d or rand_date(1938, 2006)
        return E("DATE_OF_BIRTH", fdate(d, self.lang, self.loc, style))

    def iban(self, cc=None, grouped=None):
        if cc is None:
            pool = {"en_GB": ["GB"] * 6 + ["IT", "NL", "ES"], "de_DE": ["DE"] * 5 + ["AT", "CH", "NL", "PL"],
                    "fr_FR": ["FR"] * 5 + ["BE", "CH", "ES", "IT"], "en_US": list(IBAN_BBAN), "ru_RU": list(IBAN_BBAN)}[self.loc]
            cc = R.choice(pool)
        if grouped is None:
            grouped = R.random() < 0.55
        v = iban_make(cc)
        return E("IBAN", iban_fmt(v, grouped), sub=f"{cc}_{'grouped' if grouped else 'compact'}", raw=v)

    def card(self, brand=None, style=None):
        if brand is None:
            if self.loc == "ru_RU":
                brand = R.choices(["mir", "visa", "mastercard", "amex", "discover", "jcb"], [45, 20, 20, 5, 5, 5])[0]
            else:
                brand = R.choices(["visa", "mastercard", "amex", "discover", "jcb", "mir"], [30, 28, 14, 12, 10, 6])[0]
        n = card_number(brand)
        return E("CREDIT_CARD", card_fmt(n, style or R.choice(["space", "space", "compact", "dash"])), sub=brand, raw=n)

    def ssn(self, style=None):
        d = ssn_digits()
        st = style or R.choices(["dashed", "plain", "spaced"], [75, 14, 11])[0]
        v = {"dashed": f"{d[:3]}-{d[3:5]}-{d[5:]}", "plain": d, "spaced": f"{d[:3]} {d[3:5]} {d[5:]}"}[st]
        return E("US_SSN", v, sub=st, raw=d)

    def snils(self, style=None):
        d = snils_digits()
        st = style or R.choices(["formatted", "dashed", "plain"], [70, 15, 15])[0]
        v = {"formatted": f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", "dashed": f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", "plain": d}[st]
        return E("RU_SNILS", v, sub=st, raw=d)

    def inn(self, n=None):
        n = n or R.choice([10, 12])
        d = inn_digits(n)
        return E("RU_INN", d, sub=f"inn{n}", raw=d)

    def passport(self, style=None):
        d = passport_digits()
        st = style or R.choices(["spaced", "series_number", "plain", "numero"], [45, 25, 15, 15])[0]
        v = {"spaced": f"{d[:2]} {d[2:4]} {d[4:]}", "series_number": f"{d[:4]} {d[4:]}", "plain": d, "numero": f"{d[:2]} {d[2:4]} № {d[4:]}"}[st]
        return E("RU_PASSPORT", v, sub=st, raw=d)

    def mrn(self, kind=None):
        if kind is None:
            kind = R.choices(["nhs", "numeric", "prefixed", "alnum"], [50, 20, 20, 10])[0] if self.loc == "en_GB" else \
                R.choices(["numeric", "prefixed", "alnum"], [42, 36, 22])[0]
        if kind == "nhs":
            d = nhs_digits()
            v = R.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:6]}-{d[6:]}"])
            return E("MEDICAL_RECORD_NUMBER", v, sub="nhs", raw=d)
        if kind == "numeric":
            v = digits(R.choice([7, 8, 8, 9, 10]), True)
        elif kind == "prefixed":
            pre = self.L(["MRN", "UR", "PAS", "HOSP"], ["PID", "KIS", "PAT"], ["IPP", "NIP", "DOS"], ["МК", "ИБ", "MK"])
            v = pre + R.choice(["-", "#", "", "/"]) + digits(R.choice([6, 7, 8, 9]))
        else:
            v = R.choice([rs(UP, 2) + digits(6) + "-" + rs(UP, 1) + rs(DG, 1), rs(UP, 3) + digits(7), digits(3) + rs(UP, 2) + digits(4),
                          rs(UP, 1) + digits(2) + "-" + digits(5) + "-" + rs(UP, 1)])
        return E("MEDICAL_RECORD_NUMBER", v, sub=kind)

    def ip4(self, private=None):
        return E("IPV4", ipv4_make(private))

    def ip6(self):
        return E("IPV6", ipv6_make())

    def key(self, sub):
        v = api_key_make(sub)
        return E("API_KEY", v, sub=sub)

    # ---- negatives ----
    def nd(self, y0=2016, y1=2026):
        return rand_date(y0, y1)

    def D(self, d=None, style=None):
        if style is None and getattr(self, "ds", None) and R.random() < 0.85:
            style = self.ds
        return N("NEG_DATE", fdate(d or self.nd(), self.lang, self.loc, style))

    def M(self, d=None):
        return N("NEG_DATE", fmonth(d or self.nd(2005, 2025), self.lang))

    def TS(self, t=None, style=None):
        return N("NEG_TIMESTAMP", fts(t or rand_dt(), self.lang, self.loc, style))

    def UID(self):
        return N("NEG_UUID", uuid4_make())

    def HASH(self, n=None):
        return N("NEG_HASH", rs(HEX, n) if n else hash_make())

    def VER(self, ipv4like=None):
        return N("NEG_VERSION", version_make(ipv4like))

    def OID(self, kind):
        return N("NEG_ORDER_ID", order_make(kind, self.lang))

    def CL(self):
        return N("NEG_CARDLIKE", cardlike_make())

    def TC(self, phrase=None):
        return N("NEG_TITLECASE", phrase or R.choice(TITLECASE))

    def NUM(self):
        return N("NEG_NUMBER", number_make(self.lang, self.loc))

    def MONEY(self, lo, hi):
        if self.lang == "ru":
            lo, hi = lo * 80, hi * 80
        v = money_str(R.uniform(lo, hi), self.lang, self.loc)
        if self.lang == "en":
            return N("NEG_NUMBER", v)
        return S(N("NEG_NUMBER", v), self.L("", R.choice([" €", " EUR"]), R.choice([" €", "\u00a0€", " EUR"]), R.choice([" руб.", " ₽", "\u00a0₽"])))

    def ELIKE(self):
        return N("NEG_EMAILLIKE", emaillike_make())

    def B64(self):
        return N("NEG_B64", b64blob_make())


# --------------------------------------------------------------------------------------
# domain records: facts + fields + original-document lines + assistant prose
# --------------------------------------------------------------------------------------
class Rec:
    def __init__(self, dom, c):
        self.dom, self.c = dom, c
        self.fields, self.prose, self.letter = [], [], []
        self.subject = None
        self.sender = None       # Person who sent the document by mail
        self.company = None
        self.file = None
        self.signed = False

    def f(self, slug, label, val):
        if val is not None:
            self.fields.append((slug, label, val))

    def ln(self, tpl, **kw):
        self.letter.append(F(tpl, **kw))

    def snips(self):
        return [l for l in self.letter if has_ann(l)]


def gw(p, m, f):
    return m if p.g == "m" else f


NOUN = {  # en, (de nom, de dat, de acc), (fr le, fr de), (ru nom, gen, acc, prep)
    "invoice": ("invoice", ("die Rechnung", "der Rechnung", "die Rechnung"), ("la facture", "de la facture"), ("счёт", "счёта", "счёт", "счёте")),
    "receipt": ("receipt", ("der Kassenbon", "dem Kassenbon", "den Kassenbon"), ("le ticket de caisse", "du ticket de caisse"), ("чек", "чека", "чек", "чеке")),
    "cv": ("CV", ("der Lebenslauf", "dem Lebenslauf", "den Lebenslauf"), ("le CV", "du CV"), ("резюме", "резюме", "резюме", "резюме")),
    "discharge": ("discharge letter", ("der Entlassungsbrief", "dem Entlassungsbrief", "den Entlassungsbrief"), ("le compte rendu d'hospitalisation", "du compte rendu d'hospitalisation"), ("выписной эпикриз", "выписного эпикриза", "выписной эпикриз", "выписном эпикризе")),
    "referral": ("referral letter", ("die Überweisung", "der Überweisung", "die Überweisung"), ("la lettre d'adressage", "de la lettre d'adressage"), ("направление", "направления", "направление", "направлении")),
    "claim": ("claim form", ("die Schadenmeldung", "der Schadenmeldung", "die Schadenmeldung"), ("la déclaration de sinistre", "de la déclaration de sinistre"), ("заявление о страховом событии", "заявления о страховом событии", "заявление о страховом событии", "заявлении о страховом событии")),
    "tenancy": ("tenancy agreement", ("der Mietvertrag", "dem Mietvertrag", "den Mietvertrag"), ("le bail", "du bail"), ("договор найма", "договора найма", "договор найма", "договоре найма")),
    "employment": ("employment contract", ("der Arbeitsvertrag", "dem Arbeitsvertrag", "den Arbeitsvertrag"), ("le contrat de travail", "du contrat de travail"), ("трудовой договор", "трудового договора", "трудовой договор", "трудовом договоре")),
    "police": ("police report", ("der Ermittlungsbericht", "dem Ermittlungsbericht", "den Ermittlungsbericht"), ("le procès-verbal", "du procès-verbal"), ("материал проверки", "материала проверки", "материал проверки", "материале проверки")),
    "court": ("court summary", ("das Urteil", "dem Urteil", "das Urteil"), ("le jugement", "du jugement"), ("решение суда", "решения суда", "решение суда", "решении суда")),
    "bank": ("bank statement", ("der Kontoauszug", "dem Kontoauszug", "den Kontoauszug"), ("le relevé de compte", "du relevé de compte"), ("выписка по счёту", "выписки по счёту", "выписку по счёту", "выписке по счёту")),
    "shipping": ("shipping notice", ("die Versandbestätigung", "der Versandbestätigung", "die Versandbestätigung"), ("l'avis d'expédition", "de l'avis d'expédition"), ("уведомление об отправке", "уведомления об отправке", "уведомление об отправке", "уведомлении об отправке")),
    "incident": ("incident write-up", ("der Störungsbericht", "dem Störungsbericht", "den Störungsbericht"), ("le retour d'incident", "du retour d'incident"), ("разбор инцидента", "разбора инцидента", "разбор инцидента", "разборе инцидента")),
    "access": ("account set-up e-mail", ("die Zugangs-Mail", "der Zugangs-Mail", "die Zugangs-Mail"), ("le courriel d'activation", "du courriel d'activation"), ("письмо с доступом", "письма с доступом", "письмо с доступом", "письме с доступом")),
    "kyc": ("KYC record", ("der KYC-Bogen", "dem KYC-Bogen", "den KYC-Bogen"), ("la fiche KYC", "de la fiche KYC"), ("анкета клиента", "анкеты клиента", "анкету клиента", "анкете клиента")),
}

FILES = {
    "invoice": ("invoice_{n}.pdf", "Rechnung_{n}.pdf", "facture_{n}.pdf", "schet_{n}.pdf"),
    "receipt": ("receipt_scan_{n}.jpg", "Kassenbon_{n}.jpg", "ticket_{n}.jpg", "chek_{n}.jpg"),
    "cv": ("CV_{n}.docx", "Lebenslauf_{n}.pdf", "CV_{n}.pdf", "rezyume_{n}.pdf"),
    "discharge": ("discharge_summary_{n}.pdf", "Entlassbrief_{n}.pdf", "CRH_{n}.pdf", "epikriz_{n}.pdf"),
    "referral": ("referral_{n}.pdf", "Ueberweisung_{n}.pdf", "courrier_adressage_{n}.pdf", "napravlenie_{n}.pdf"),
    "claim": ("claim_form_{n}.pdf", "Schadenmeldung_{n}.pdf", "declaration_sinistre_{n}.pdf", "zayavlenie_{n}.pdf"),
    "tenancy": ("tenancy_agreement_{n}.pdf", "Mietvertrag_{n}.pdf", "bail_{n}.pdf", "dogovor_nayma_{n}.pdf"),
    "employment": ("employment_contract_{n}.pdf", "Arbeitsvertrag_{n}.pdf", "contrat_travail_{n}.pdf", "trudovoy_dogovor_{n}.pdf"),
    "police": ("crime_report_{n}.pdf", "Vorgang_{n}.pdf", "PV_{n}.pdf", "material_{n}.pdf"),
    "court": ("judgment_{n}.pdf", "Urteil_{n}.pdf", "jugement_{n}.pdf", "reshenie_{n}.pdf"),
    "bank": ("statement_{n}.pdf", "Kontoauszug_{n}.pdf", "releve_{n}.pdf", "vypiska_{n}.pdf"),
    "shipping": ("dispatch_{n}.eml", "Versand_{n}.eml", "expedition_{n}.eml", "otpravka_{n}.eml"),
    "incident": ("postmortem_{n}.md", "Stoerungsbericht_{n}.md", "retour_incident_{n}.md", "razbor_{n}.md"),
    "access": ("welcome_{n}.eml", "Zugang_{n}.eml", "activation_{n}.eml", "dostup_{n}.eml"),
    "kyc": ("kyc_{n}.pdf", "KYC_{n}.pdf", "fiche_kyc_{n}.pdf", "anketa_{n}.pdf"),
}

COMPANIES = {
    "en": ["Bluequay Office Supplies Ltd", "Northgate Freight Inc.", "Meridian Data Services", "Crescent Print & Copy", "Oakridge Property Management", "Pinecrest Dental Group", "Lowther Valley Foods"],
    "de": ["Kessler Haustechnik GmbH", "Nordlicht Logistik GmbH", "Druckerei am Markt", "Rheinblick Immobilien KG", "Alpenmilch eG", "Stadtwerke Nordheim"],
    "fr": ["Lemoine Distribution SAS", "Imprimerie du Centre", "Plomberie Moderne SARL", "Transports Méridien", "Boulangeries Ravel", "Foncière des Tilleuls"],
    "ru": ["ООО «Северный путь»", "АО «Волга-Логистик»", "ООО «ТехноСервис»", "ООО «Домострой»", "АО «Уральские сети»", "ООО «Печатный двор»"],
}
JOBS = {
    "en": ["Senior Accountant", "Logistics Coordinator", "Registered Nurse", "Data Analyst", "Office Manager", "Claims Handler", "Paralegal", "Warehouse Supervisor"],
    "de": ["Sachbearbeitung Buchhaltung", "Teamleitung Disposition", "Pflegefachkraft", "Datenanalyse", "Büromanagement", "Schadenregulierung", "Lagerleitung"],
    "fr": ["comptable", "coordinateur·rice logistique", "infirmier·ère", "analyste de données", "assistant·e de gestion", "gestionnaire de sinistres", "chef·fe d'équipe entrepôt"],
    "ru": ["бухгалтер", "менеджер по логистике", "медицинская сестра", "аналитик данных", "офис-менеджер", "специалист по урегулированию убытков", "начальник склада"],
}


def pick_company(c):
    return R.choice(COMPANIES[c.lang])


def money_pair(c, lo, hi):
    return c.MONEY(lo, hi)


def dob_style(c):
    return R.choice(["num", "num", "long"]) if c.lang == "ru" else None


def d_invoice(c):
    r = Rec("invoice", c)
    p = c.person()
    nm = c.pname(p)
    em = c.email(p) if R.random() < 0.8 else c.email(role=True)
    ph = c.phone() if R.random() < 0.5 else None
    a = c.addr() if R.random() < 0.7 else None
    cust_no = c.CL() if R.random() < 0.35 else None
    no = c.OID("inv")
    d1 = c.nd(2021, 2026)
    d2 = d1 + dt.timedelta(days=R.choice([14, 30, 30, 45]))
    D1, D2 = c.D(d1), c.D(d2)
    tot = c.MONEY(60, 9500)
    iban = c.iban()
    card = c.card() if R.random() < 0.5 else None
    inn = c.inn(12) if c.loc == "ru_RU" and R.random() < 0.8 else None
    r.company = seller = pick_company(c)
    ad = c.addr_segs(a) if a else None
    r.f("invoice_no", c.L(["Invoice no.", "Invoice number"], ["Rechnungsnummer", "Rechnungs-Nr."], ["N° de facture", "Numéro de facture"], ["Номер счёта", "Счёт №"]), no)
    r.f("issued_on", c.L(["Invoice date", "Date of issue"], ["Rechnungsdatum", "Datum"], ["Date de facture", "Date d'émission"], ["Дата счёта", "Дата"]), D1)
    r.f("payable_by", c.L(["Due date", "Payment due"], ["Fällig am", "Zahlbar bis"], ["Échéance", "À régler avant le"], ["Оплатить до", "Срок оплаты"]), D2)
    r.f("bill_to", c.L(["Bill to", "Customer"], ["Rechnungsempfänger", "Kunde"], ["Client", "Facturé à"], ["Покупатель", "Плательщик"]), nm)
    r.f("bill_to_addr", c.L(["Billing address", "Address"], ["Anschrift", "Rechnungsadresse"], ["Adresse de facturation", "Adresse"], ["Адрес", "Адрес покупателя"]), a)
    r.f("customer_no", c.L(["Customer no.", "Account no."], ["Kundennummer", "Kunden-Nr."], ["N° client", "Référence client"], ["Номер клиента", "Клиентский номер"]), cust_no)
    r.f("buyer_inn", c.L("Taxpayer ID (INN)", "INN", "INN", "ИНН покупателя"), inn)
    r.f("contact_mail_addr", c.L(["Email", "E-mail"], ["E-Mail", "Mail"], ["Courriel", "E-mail"], ["E-mail", "Эл. почта"]), em)
    r.f("tel_no", c.L(["Phone", "Tel."], ["Telefon", "Tel."], ["Téléphone", "Tél."], ["Телефон", "Тел."]), ph)
    r.f("grand_total", c.L(["Amount due", "Total"], ["Gesamtbetrag", "Rechnungsbetrag"], ["Montant TTC", "Total à payer"], ["Итого к оплате", "Сумма"]), tot)
    r.f("remit_to", c.L(["Pay to IBAN", "IBAN"], ["IBAN", "Bankverbindung (IBAN)"], ["IBAN", "RIB (IBAN)"], ["IBAN получателя", "IBAN"]), iban)
    r.f("card_charged", c.L("Card charged", "Belastete Karte", "Carte débitée", "Списано с карты"), card)
    L = c.lang
    if L == "en":
        r.ln("{seller}", seller=seller)
        r.ln(R.choice(["Invoice {no} — issued {d1}", "INVOICE {no}   Date: {d1}"]), no=no, d1=D1)
        r.ln("Bill to: {nm}" + (", {ad}" if ad else ""), nm=nm, ad=ad)
        r.ln("Amount due: {tot}, payable by {d2} to {iban}.", tot=tot, d2=D2, iban=iban)
        if cust_no:
            r.ln("Customer account: {cn}", cn=cust_no)
        if card:
            r.ln("Paid in full by card {card} — thank you.", card=card)
        r.ln("Questions about this invoice? Write to {em}" + (" or call {ph}." if ph else "."), em=em, ph=ph)
        r.prose = R.choice([
            F("Invoice {no} was issued on {d1} to {nm} ({em}). It totals {tot} and is due by {d2}; the remittance account is {iban}.", no=no, d1=D1, nm=nm, em=em, tot=tot, d2=D2, iban=iban),
            F("The retrieved document is an invoice from {seller} addressed to {nm}" + (" at {ad}" if ad else "") + ". Amount due: {tot} by {d2} (IBAN {iban}).", seller=seller, nm=nm, ad=ad, tot=tot, d2=D2, iban=iban)])
        if card:
            r.prose += F(" The payment section shows it was charged to card {card}.", card=card)
        r.subject = F(R.choice(["Invoice {no}", "RE: Invoice {no} - payment details", "FW: Invoice {no}"]), no=no)
    elif L == "de":
        r.ln("{seller}", seller=seller)
        r.ln(R.choice(["Rechnung Nr. {no} vom {d1}", "RECHNUNG {no}   Datum: {d1}"]), no=no, d1=D1)
        r.ln("Rechnungsempfänger: {nm}" + (", {ad}" if ad else ""), nm=nm, ad=ad)
        r.ln("Bitte überweisen Sie den Betrag von {tot} bis zum {d2} auf das Konto {iban}.", tot=tot, d2=D2, iban=iban)
        if cust_no:
            r.ln("Ihre Kundennummer: {cn}", cn=cust_no)
        if card:
            r.ln("Der Betrag wurde von Ihrer Karte {card} abgebucht.", card=card)
        r.ln("Bei Rückfragen erreichen Sie uns unter {em}" + (" oder telefonisch unter {ph}." if ph else "."), em=em, ph=ph)
        r.prose = R.choice([
            F("Die Rechnung {no} vom {d1} ist an {nm} ({em}) gerichtet. Offen sind {tot}, fällig bis {d2}; überwiesen werden soll auf {iban}.", no=no, d1=D1, nm=nm, em=em, tot=tot, d2=D2, iban=iban),
            F("Es handelt sich um eine Rechnung von {seller} an {nm}" + (", {ad}" if ad else "") + ". Zu zahlen sind {tot} bis zum {d2} (IBAN {iban}).", seller=seller, nm=nm, ad=ad, tot=tot, d2=D2, iban=iban)])
        if card:
            r.prose += F(" Laut Zahlungsvermerk wurde die Karte {card} belastet.", card=card)
        r.subject = F(R.choice(["Rechnung {no}", "AW: Ihre Rechnung {no}", "WG: Rechnung {no}"]), no=no)
    elif L == "fr":
        r.ln("{seller}", seller=seller)
        r.ln(R.choice(["Facture n° {no} du {d1}", "FACTURE {no} – date : {d1}"]), no=no, d1=D1)
        r.ln("Client : {nm}" + (", {ad}" if ad else ""), nm=nm, ad=ad)
        r.ln("Montant à régler : {tot} avant le {d2}, par virement sur le compte {iban}.", tot=tot, d2=D2, iban=iban)
        if cust_no:
            r.ln("Votre numéro client : {cn}", cn=cust_no)
        if card:
            r.ln("Facture réglée par carte bancaire {card}.", card=card)
        r.ln("Pour toute question : {em}" + (" ou {ph}." if ph else "."), em=em, ph=ph)
        r.prose = R.choice([
            F("La facture {no} du {d1} est adressée à {nm} ({em}). Le montant de {tot} est à régler avant le {d2} sur le compte {iban}.", no=no, d1=D1, nm=nm, em=em, tot=tot, d2=D2, iban=iban),
            F("Il s'agit d'une facture de {seller} adressée à {nm}" + (", {ad}" if ad else "") + ". Montant : {tot}, échéance le {d2} (IBAN {iban}).", seller=seller, nm=nm, ad=ad, tot=tot, d2=D2, iban=iban)])
        if card:
            r.prose += F(" D'après la mention de paiement, la carte {card} a été débitée.", card=card)
        r.subject = F(R.choice(["Facture {no}", "RE : Facture {no}", "TR : votre facture {no}"]), no=no)
    else:
        r.ln("{seller}", seller=seller)
        r.ln("Счёт № {no} от {d1}", no=no, d1=D1)
        r.ln("Покупатель: {nm}" + (", ИНН {inn}" if inn else ""), nm=nm, inn=inn)
        if ad:
            r.ln("Адрес: {ad}", ad=ad)
        r.ln("Сумма к оплате: {tot}, срок оплаты — до {d2}.", tot=tot, d2=D2)
        r.ln("Реквизиты для оплаты в евро: IBAN {iban}.", iban=iban)
        if cust_no:
            r.ln("Номер клиента: {cn}", cn=cust_no)
        if card:
            r.ln("Оплачено картой {card}.", card=card)
        r.ln("Вопросы по счёту: {em}" + (", тел. {ph}." if ph else "."), em=em, ph=ph)
        r.prose = F("Счёт {no} от {d1}. Покупатель — {nm}" + (" (ИНН {inn})" if inn else "") + ", e-mail {em}. К оплате {tot} до {d2}, оплата на IBAN {iban}.",
                    no=no, d1=D1, nm=nm, inn=inn, em=em, tot=tot, d2=D2, iban=iban)
        if card:
            r.prose += F(" Отметка об оплате: карта {card}.", card=card)
        r.subject = F(R.choice(["Счёт {no}", "RE: счёт {no} на оплату", "Fwd: счёт № {no}"]), no=no)
    r.sender = c.person()
    return r


STORES = {"en": ["GREENWAY SUPERMARKET", "HARBOUR HARDWARE", "CITY PHARMACY", "NORTHSIDE ELECTRICALS"],
          "de": ["FRISCHEMARKT NORD", "BAUHAUS-CENTER OST", "STADT-APOTHEKE", "ELEKTRO KRAUSE"],
          "fr": ["SUPERMARCHÉ DU PORT", "BRICO-CENTRE", "PHARMACIE DE LA GARE", "ÉLECTRO-MÉNAGER LUCAS"],
          "ru": ["ГИПЕРМАРКЕТ «ЛЕНТОЧКА»", "СТРОЙДВОР", "АПТЕКА № 12", "ЭЛЕКТРОМИР"]}


def d_receipt(c):
    r = Rec("receipt", c)
    store = R.choice(STORES[c.lang])
    ts = c.TS(style=R.choice(["local", "sql", "local"]))
    rno = c.OID("order")
    tot = c.MONEY(5, 420)
    masked = R.random() < 0.35
    last4 = digits(4)
    card = S("**** **** **** " + last4) if masked else c.card()
    loy = c.CL()
    cust = c.person() if R.random() < 0.4 and not masked else None
    cn = c.pname(cust) if cust else None
    r.company = store
    r.f("receipt_no", c.L("Receipt no.", "Beleg-Nr.", "Ticket n°", "Чек №"), rno)
    r.f("issued_at", c.L("Date/time", "Datum/Uhrzeit", "Date/heure", "Дата/время"), ts)
    r.f("grand_total", c.L("Total", "Summe", "Total", "Итог"), tot)
    r.f("card_no", c.L("Card", "Karte", "Carte", "Карта"), card)
    r.f("loyalty_no", c.L("Rewards card", "Kundenkarte", "Carte fidélité", "Бонусная карта"), loy)
    r.f("cardholder", c.L("Customer", "Kunde", "Client", "Покупатель"), cn)
    L = c.lang
    if L == "en":
        r.ln(store)
        r.ln("Receipt {rno}", rno=rno)
        r.ln("{ts}", ts=ts)
        r.ln("TOTAL {tot}", tot=tot)
        r.ln("CARD {card}  APPROVED", card=card)
        r.ln("Rewards card {loy}", loy=loy)
        if cn:
            r.ln("Member: {cn}", cn=cn)
        r.ln("Thank you for shopping with us")
        r.prose = F("The receipt ({rno}, {ts}) shows a total of {tot} paid by card; only the last four digits ({l4}) are printed. The rewards card {loy} is listed as well.", rno=rno, ts=ts, tot=tot, l4=last4, loy=loy) if masked else \
            F("The receipt ({rno}, {ts}) shows a total of {tot} paid with card {card}. Note that the full card number is printed, which should not happen on a customer copy. The rewards card {loy} is listed as well.", rno=rno, ts=ts, tot=tot, card=card, loy=loy)
        if cn:
            r.prose += F(" The member name printed on it is {cn}.", cn=cn)
    elif L == "de":
        r.ln(store)
        r.ln("Beleg-Nr. {rno}", rno=rno)
        r.ln("{ts}", ts=ts)
        r.ln("SUMME {tot}", tot=tot)
        r.ln("Kartenzahlung {card}  genehmigt", card=card)
        r.ln("Kundenkarte {loy}", loy=loy)
        if cn:
            r.ln("Kunde: {cn}", cn=cn)
        r.ln("Vielen Dank für Ihren Einkauf")
        r.prose = F("Laut Kassenbon {rno} vom {ts} wurden {tot} per Karte bezahlt (nur die letzten vier Ziffern {l4} sind abgedruckt). Außerdem steht die Kundenkarte {loy} auf dem Beleg.", rno=rno, ts=ts, tot=tot, l4=last4, loy=loy) if masked else \
            F("Laut Kassenbon {rno} vom {ts} wurden {tot} mit der Karte {card} bezahlt. Auffällig: Die Kartennummer ist vollständig abgedruckt. Außerdem steht die Kundenkarte {loy} auf dem Beleg.", rno=rno, ts=ts, tot=tot, card=card, loy=loy)
        if cn:
            r.prose += F(" Als Kunde ist {cn} vermerkt.", cn=cn)
    elif L == "fr":
        r.ln(store)
        r.ln("Ticket n° {rno}", rno=rno)
        r.ln("{ts}", ts=ts)
        r.ln("TOTAL {tot}", tot=tot)
        r.ln("CB {card}  ACCEPTÉ", card=card)
        r.ln("Carte fidélité {loy}", loy=loy)
        if cn:
            r.ln("Client : {cn}", cn=cn)
        r.ln("Merci de votre visite")
        r.prose = F("D'après le ticket {rno} du {ts}, {tot} ont été réglés par carte (seuls les quatre derniers chiffres, {l4}, sont imprimés). La carte fidélité {loy} figure aussi sur le ticket.", rno=rno, ts=ts, tot=tot, l4=last4, loy=loy) if masked else \
            F("D'après le ticket {rno} du {ts}, {tot} ont été réglés avec la carte {card}. Attention : le numéro de carte apparaît en entier. La carte fidélité {loy} figure aussi sur le ticket.", rno=rno, ts=ts, tot=tot, card=card, loy=loy)
        if cn:
            r.prose += F(" Le client indiqué est {cn}.", cn=cn)
    else:
        r.ln(store)
        r.ln("Кассовый чек № {rno}", rno=rno)
        r.ln("{ts}", ts=ts)
        r.ln("ИТОГ {tot}", tot=tot)
        r.ln("Оплата картой {card}  ОДОБРЕНО", card=card)
        r.ln("Бонусная карта {loy}", loy=loy)
        if cn:
            r.ln("Покупатель: {cn}", cn=cn)
        r.ln("Спасибо за покупку!")
        r.prose = F("По чеку {rno} от {ts} оплачено {tot} картой, в чеке видны только последние цифры {l4}. Также указана бонусная карта {loy}.", rno=rno, ts=ts, tot=tot, l4=last4, loy=loy) if masked else \
            F("По чеку {rno} от {ts} оплачено {tot} картой {card}. Обратите внимание: номер карты напечатан полностью. Также указана бонусная карта {loy}.", rno=rno, ts=ts, tot=tot, card=card, loy=loy)
        if cn:
            r.prose += F(" Покупатель в чеке: {cn}.", cn=cn)
    r.subject = F(c.L("Receipt {rno}", "Beleg {rno}", "Ticket {rno}", "Чек {rno}"), rno=rno)
    r.sender = c.person()
    return r


def d_cv(c):
    r = Rec("cv", c)
    p = c.person()
    caps = R.random() < 0.25
    nm = c.pname(p, caps=caps)
    nm2 = c.pname(p)
    dob = c.dob(dob_style(c))
    a = c.addr()
    ph = c.phone()
    em = c.email(p)
    L = c.lang
    d_now = c.nd(2015, 2024)
    d_b = c.nd(2006, 2013)
    d_e = d_now - dt.timedelta(days=R.randint(20, 200))
    fm = (lambda d: N("NEG_DATE", f"{d.month:02d}.{d.year}")) if L == "ru" else c.M
    m1, m2, m3 = fm(d_now), fm(d_b), fm(d_e)
    co1, co2 = R.sample(COMPANIES[L], 2)
    t1, t2 = R.sample(JOBS[L], 2)
    ref = c.person() if R.random() < 0.45 else None
    rn = c.pname(ref) if ref else None
    rph = c.phone() if ref else None
    r.f("candidate", c.L(["Name", "Candidate"], ["Name", "Bewerber/in"], ["Nom", "Candidat·e"], ["ФИО", "Кандидат"]), nm2)
    r.f("birth_date", c.L(["Date of birth", "DOB"], ["Geburtsdatum", "geb."], ["Date de naissance", "Né(e) le"], ["Дата рождения", "Д. р."]), dob)
    r.f("home", c.L("Address", "Anschrift", "Adresse", "Адрес"), a)
    r.f("tel_no", c.L(["Phone", "Mobile"], ["Telefon", "Mobil"], ["Téléphone", "Portable"], ["Телефон", "Моб."]), ph)
    r.f("contact_mail_addr", c.L("Email", "E-Mail", "Courriel", "E-mail"), em)
    r.f("current_role", c.L("Current position", "Aktuelle Position", "Poste actuel", "Текущая должность"), S(t1, ", ", co1, " (", m1, ")"))
    r.f("referee", c.L("Referee", "Referenz", "Référence", "Рекомендации"), S(rn, ", ", rph) if ref else None)
    ad = c.addr_segs(a)
    if L == "en":
        r.ln("{nm}", nm=nm)
        r.ln("{ad} · {ph} · {em}", ad=ad, ph=ph, em=em)
        r.ln("Date of birth: {dob}", dob=dob)
        r.ln("PROFESSIONAL EXPERIENCE")
        r.ln("{m1} – present    {t1}, {co1}", m1=m1, t1=t1, co1=co1)
        r.ln("{m2} – {m3}    {t2}, {co2}", m2=m2, m3=m3, t2=t2, co2=co2)
        if ref:
            r.ln("References: {rn} ({co}), {rph}", rn=rn, co=co2, rph=rph)
        r.prose = F("{nm2} (born {dob}) has worked as {t1} at {co1} since {m1}; before that {t2} at {co2} ({m2} – {m3}). Contact details on the CV: {ph}, {em}; home address {ad}.",
                    nm2=nm2, dob=dob, t1=t1, co1=co1, m1=m1, t2=t2, co2=co2, m2=m2, m3=m3, ph=ph, em=em, ad=ad)
        if ref:
            r.prose += F(" Referee: {rn}, {rph}.", rn=rn, rph=rph)
    elif L == "de":
        r.ln("Lebenslauf")
        r.ln("{nm}", nm=nm)
        r.ln("{ad}", ad=ad)
        r.ln("Telefon: {ph} | E-Mail: {em}", ph=ph, em=em)
        r.ln("Geburtsdatum: {dob}", dob=dob)
        r.ln("Beruflicher Werdegang")
        r.ln("seit {m1}    {t1}, {co1}", m1=m1, t1=t1, co1=co1)
        r.ln("{m2} – {m3}    {t2}, {co2}", m2=m2, m3=m3, t2=t2, co2=co2)
        if ref:
            r.ln("Referenz: {rn}, {co}, Tel. {rph}", rn=rn, co=co2, rph=rph)
        r.prose = F("{nm2}, geboren am {dob}, ist seit {m1} bei {co1} tätig ({t1}); davor {m2} – {m3} bei {co2} ({t2}). Kontakt laut Lebenslauf: {ph}, {em}, Anschrift {ad}.",
                    nm2=nm2, dob=dob, t1=t1, co1=co1, m1=m1, t2=t2, co2=co2, m2=m2, m3=m3, ph=ph, em=em, ad=ad)
        if ref:
            r.prose += F(" Als Referenz ist {rn} angegeben ({rph}).", rn=rn, rph=rph)
    elif L == "fr":
        r.ln("Curriculum vitae")
        r.ln("{nm}", nm=nm)
        r.ln(gw(p, "Né", "Née") + " le {dob}", dob=dob)
        r.ln("{ad}", ad=ad)
        r.ln("Tél. : {ph} – Courriel : {em}", ph=ph, em=em)
        r.ln("EXPÉRIENCE PROFESSIONNELLE")
        r.ln("Depuis {m1} : {t1}, {co1}", m1=m1, t1=t1, co1=co1)
        r.ln("{m2} – {m3} : {t2}, {co2}", m2=m2, m3=m3, t2=t2, co2=co2)
        if ref:
            r.ln("Référence : {rn}, {co} ({rph})", rn=rn, co=co2, rph=rph)
        r.prose = F("{nm2}, " + gw(p, "né", "née") + " le {dob}, occupe depuis {m1} le poste de {t1} chez {co1} ; auparavant {t2} chez {co2} ({m2} – {m3}). Coordonnées indiquées : {ph}, {em}, {ad}.",
                    nm2=nm2, dob=dob, t1=t1, co1=co1, m1=m1, t2=t2, co2=co2, m2=m2, m3=m3, ph=ph, em=em, ad=ad)
        if ref:
            r.prose += F(" Référence : {rn} ({rph}).", rn=rn, rph=rph)
    else:
        r.ln("Резюме")
        r.ln("{nm}", nm=nm)
        r.ln("Дата рождения: {dob}", dob=dob)
        r.ln("Телефон: {ph}, e-mail: {em}", ph=ph, em=em)
        r.ln("Адрес: {ad}", ad=ad)
        r.ln("Опыт работы")
        r.ln("С {m1} по настоящее время — {co1}, {t1}", m1=m1, co1=co1, t1=t1)
        r.ln("{m2} — {m3}: {co2}, {t2}", m2=m2, m3=m3, co2=co2, t2=t2)
        if ref:
            r.ln("Рекомендации: {rn}, тел. {rph}", rn=rn, rph=rph)
        r.prose = F("Кандидат: {nm2}, дата рождения {dob}. С {m1} работает в {co1} ({t1}), до этого — {co2}, {t2} ({m2} — {m3}). Контакты из резюме: {ph}, {em}; адрес: {ad}.",
                    nm2=nm2, dob=dob, m1=m1, co1=co1, t1=t1, co2=co2, t2=t2, m2=m2, m3=m3, ph=ph, em=em, ad=ad)
        if ref:
            r.prose += F(" Рекомендатель — {rn}, тел. {rph}.", rn=rn, rph=rph)
    r.subject = F(c.L(["Application – {t}", "CV attached"], ["Bewerbung als {t}", "Lebenslauf anbei"], ["Candidature – {t}", "CV en pièce jointe"], ["Отклик на вакансию «{t}»", "Резюме"]), t=t1)
    r.sender = p
    return r


DIAG = {"en": ["community-acquired pneumonia", "an exacerbation of COPD", "a non-ST-elevation myocardial infarction", "acute cholecystitis", "a fractured left neck of femur"],
        "de": ["ambulant erworbene Pneumonie", "exazerbierte COPD", "NSTEMI", "akute Cholezystitis", "mediale Schenkelhalsfraktur links"],
        "fr": ["une pneumopathie communautaire", "une exacerbation de BPCO", "un syndrome coronarien aigu sans sus-décalage du ST", "une cholécystite aiguë", "une fracture du col du fémur gauche"],
        "ru": ["внебольничная пневмония", "обострение ХОБЛ", "острый коронарный синдром без подъёма сегмента ST", "острый холецистит", "перелом шейки левого бедра"]}
FOLLOW = {"en": ["Please arrange a repeat chest X-ray in six weeks.", "We have started apixaban; please review renal function in two weeks.", "Sutures can be removed by the practice nurse on day 10."],
          "de": ["Wir empfehlen eine Kontrolle der Entzündungswerte in einer Woche.", "Die Antikoagulation mit Apixaban wurde begonnen; bitte Nierenwerte in zwei Wochen kontrollieren.", "Die Fäden können am 10. postoperativen Tag entfernt werden."],
          "fr": ["Un contrôle biologique est à prévoir dans une semaine.", "Un traitement par apixaban a été débuté ; merci de contrôler la fonction rénale dans quinze jours.", "Ablation des fils à J10 par l'infirmière à domicile."],
          "ru": ["Рекомендован контроль общего анализа крови через 7 дней.", "Назначен апиксабан, контроль креатинина через две недели.", "Снятие швов на 10-е сутки в поликлинике по месту жительства."]}


def mrn_label(c, m):
    sub = m[0][1]["sub"]
    if sub == "nhs":
        return "NHS No."
    return c.L(["Hospital No.", "MRN", "Unit No."], ["Patienten-ID", "Pat.-Nr."], ["dossier n°", "n° de dossier"], ["№ медкарты", "карта №"])


def d_discharge(c):
    r = Rec("discharge", c)
    p = c.person()
    nm = c.pname(p)
    dob = c.dob(dob_style(c))
    m = c.mrn()
    ml = mrn_label(c, m)
    adm = c.nd(2022, 2026)
    dis = adm + dt.timedelta(days=R.randint(2, 16))
    A, Dd = c.D(adm), c.D(dis)
    doc = c.person()
    dt_ = c.title(doc, "doctor")
    dn = c.pname(doc, style=R.choice(["fl", "fml", None]))
    gp = c.person()
    gn = c.pname(gp, style="fl")
    ph = c.phone(intl=False if R.random() < 0.7 else None)
    L = c.lang
    dg = R.choice(DIAG[L])
    fu = R.choice(FOLLOW[L])
    addr = c.addr() if R.random() < 0.3 else None
    sn = c.snils() if c.lang == "ru" and R.random() < 0.55 else None
    ssn = c.ssn() if c.loc == "en_US" and R.random() < 0.4 else None
    r.f("patient_full_name", c.L(["Patient", "Patient name"], ["Patient/in", "Name"], ["Patient(e)", "Nom du patient"], ["Пациент", "ФИО пациента"]), nm)
    r.f("birth_date", c.L(["Date of birth", "DOB"], ["Geburtsdatum", "geb. am"], ["Date de naissance", "Né(e) le"], ["Дата рождения", "Дата рожд."]), dob)
    r.f("record_no", ml[:1].upper() + ml[1:], m)
    r.f("snils_no", "СНИЛС", sn)
    r.f("us_ssn", "SSN", ssn)
    r.f("admitted_on", c.L(["Admitted", "Date of admission"], ["Aufnahme", "Aufnahmedatum"], ["Entrée", "Date d'entrée"], ["Дата поступления", "Поступил(а)"]), A)
    r.f("discharged_on", c.L(["Discharged", "Date of discharge"], ["Entlassung", "Entlassdatum"], ["Sortie", "Date de sortie"], ["Дата выписки", "Выписан(а)"]), Dd)
    r.f("treating_doctor", c.L(["Consultant", "Responsible clinician"], ["Behandelnde/r Ärztin/Arzt", "Oberarzt/Oberärztin"], ["Médecin responsable", "Praticien"], ["Лечащий врач", "Врач"]), dn)
    r.f("ward_tel", c.L(["Ward telephone", "Ward"], ["Station, Tel.", "Rückfragen"], ["Secrétariat", "Tél. du service"], ["Телефон отделения", "Тел. отделения"]), ph)
    r.f("home", c.L("Address", "Anschrift", "Adresse", "Адрес"), addr)
    if L == "en":
        r.ln("Dear Dr {gn}," if R.random() < 0.6 else R.choice(["Dear Colleague,", "Dear colleague,"]), gn=gn)
        r.ln("Re: {nm}, DOB {dob}, {ml} {m}" + (", SSN {ssn}" if ssn else ""), nm=nm, dob=dob, ml=ml, m=m, ssn=ssn)
        if addr:
            r.ln("{ad}", ad=c.addr_segs(addr))
        r.ln("Your patient was admitted on {a} with {dg} and was discharged home on {d}.", a=A, dg=dg, d=Dd)
        r.ln(fu)
        r.ln("If you have any questions, please contact the ward on {ph}.", ph=ph)
        r.ln("Yours sincerely,")
        r.ln(dt_ + "{dn}", dn=dn)
        r.ln("Consultant Physician")
        r.prose = F("{nm} (DOB {dob}, {ml} {m}) was admitted on {a} with {dg} and discharged on {d}. The letter is signed by " + dt_ + "{dn}; the ward can be reached on {ph}.",
                    nm=nm, dob=dob, ml=ml, m=m, a=A, dg=dg, d=Dd, dn=dn, ph=ph)
        r.subject = F("Discharge summary – {nm}", nm=nm)
    elif L == "de":
        r.ln("Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,")
        r.ln("wir berichten über " + gw(p, "Herrn", "Frau") + " {nm}, geb. {dob}, {ml} {m}, " + gw(p, "der", "die") + " sich vom {a} bis zum {d} in unserer stationären Behandlung befand.",
             nm=nm, dob=dob, ml=ml, m=m, a=A, d=Dd)
        if addr:
            r.ln("Wohnhaft: {ad}", ad=c.addr_segs(addr))
        r.ln("Diagnose: {dg}", dg=dg)
        r.ln(fu)
        r.ln("Für Rückfragen erreichen Sie uns unter {ph}.", ph=ph)
        r.ln("Mit freundlichen kollegialen Grüßen")
        r.ln(dt_ + "{dn}", dn=dn)
        r.ln(gw(doc, "Oberarzt", "Oberärztin") + " Innere Medizin")
        r.prose = F(gw(p, "Der Patient", "Die Patientin") + " {nm} (geb. {dob}, {ml} {m}) lag vom {a} bis {d} stationär; Diagnose: {dg}. Unterschrieben hat " + dt_ + "{dn}, Rückfragen unter {ph}.",
                    nm=nm, dob=dob, ml=ml, m=m, a=A, d=Dd, dg=dg, dn=dn, ph=ph)
        r.subject = F("Entlassbrief " + gw(p, "Herr", "Frau") + " {nm}", nm=nm)
    elif L == "fr":
        r.ln("Cher confrère, chère consœur,")
        r.ln(gw(p, "Votre patient, M.", "Votre patiente, Mme") + " {nm}, " + gw(p, "né", "née") + " le {dob} ({ml} {m}), a été " + gw(p, "hospitalisé", "hospitalisée") + " dans notre service du {a} au {d} pour {dg}.",
             nm=nm, dob=dob, ml=ml, m=m, a=A, d=Dd, dg=dg)
        if addr:
            r.ln("Adresse : {ad}", ad=c.addr_segs(addr))
        r.ln(fu)
        r.ln("Le secrétariat reste joignable au {ph} pour toute question.", ph=ph)
        r.ln("Bien confraternellement,")
        r.ln(dt_ + "{dn}", dn=dn)
        r.ln("Service de médecine interne")
        r.prose = F(gw(p, "Le patient", "La patiente") + " {nm} (" + gw(p, "né", "née") + " le {dob}, {ml} {m}) a été " + gw(p, "hospitalisé", "hospitalisée") + " du {a} au {d} pour {dg}. Le courrier est signé par le " + dt_ + "{dn} ; secrétariat : {ph}.",
                    nm=nm, dob=dob, ml=ml, m=m, a=A, d=Dd, dg=dg, dn=dn, ph=ph)
        r.subject = F("CR d'hospitalisation – {nm}", nm=nm)
    else:
        r.ln("ВЫПИСНОЙ ЭПИКРИЗ")
        r.ln(gw(p, "Пациент", "Пациентка") + ": {nm}, дата рождения: {dob}", nm=nm, dob=dob)
        r.ln("№ медицинской карты: {m}", m=m)
        if sn:
            r.ln("СНИЛС: {sn}", sn=sn)
        if addr:
            r.ln("Адрес: {ad}", ad=c.addr_segs(addr))
        r.ln(gw(p, "Находился", "Находилась") + " на стационарном лечении с {a} по {d}.", a=A, d=Dd)
        r.ln("Диагноз: {dg}.", dg=dg)
        r.ln(fu)
        r.ln("Лечащий врач: {dn}", dn=dn)
        r.ln("Телефон отделения: {ph}", ph=ph)
        r.prose = F(gw(p, "Пациент", "Пациентка") + " {nm} (дата рождения {dob}, карта {m}) " + gw(p, "находился", "находилась") + " в стационаре с {a} по {d}, диагноз: {dg}. Лечащий врач — {dn}, телефон отделения {ph}.",
                    nm=nm, dob=dob, m=m, a=A, d=Dd, dg=dg, dn=dn, ph=ph)
        r.subject = F("Выписка, пациент {nm}", nm=nm)
    r.sender = doc
    r.signed = True
    return r


REASON = {"en": ["intermittent palpitations over the last three months", "a persistent cough with weight loss", "worsening knee pain despite physiotherapy", "recurrent migraines"],
          "de": ["Abklärung intermittierender Palpitationen", "persistierender Husten mit Gewichtsverlust", "zunehmende Kniegelenksbeschwerden trotz Physiotherapie", "rezidivierende Migräne"],
          "fr": ["des palpitations intermittentes depuis trois mois", "une toux persistante avec amaigrissement", "des gonalgies qui s'aggravent malgré la kinésithérapie", "des migraines récidivantes"],
          "ru": ["перебои в работе сердца в течение трёх месяцев", "кашель более трёх недель, снижение веса", "усиление болей в коленном суставе", "частые мигрени"]}


def d_referral(c):
    r = Rec("referral", c)
    p = c.person()
    nm = c.pname(p)
    dob = c.dob(dob_style(c))
    m = c.mrn()
    ml = mrn_label(c, m)
    ph = c.phone()
    gp = c.person()
    gt = c.title(gp, "doctor")
    gn = c.pname(gp, style="fl")
    dte = c.D(c.nd(2022, 2026))
    L = c.lang
    rs_ = R.choice(REASON[L])
    sn = c.snils() if L == "ru" and R.random() < 0.5 else None
    r.f("letter_dated", c.L("Date", "Datum", "Date", "Дата"), dte)
    r.f("patient_full_name", c.L("Patient", "Patient/in", "Patient(e)", "Пациент"), nm)
    r.f("birth_date", c.L("DOB", "Geburtsdatum", "Date de naissance", "Дата рождения"), dob)
    r.f("record_no", ml[:1].upper() + ml[1:], m)
    r.f("snils_no", "СНИЛС", sn)
    r.f("reason_for_referral", c.L("Reason", "Fragestellung", "Motif", "Цель направления"), rs_)
    r.f("tel_no", c.L("Patient phone", "Telefon", "Téléphone du patient", "Телефон пациента"), ph)
    r.f("referrer", c.L("Referring GP", "Überweisende/r Ärztin/Arzt", "Médecin adresseur", "Направивший врач"), gn)
    if L == "en":
        r.ln("{d}", d=dte)
        r.ln("Dear colleague,")
        r.ln("I would be grateful if you could see " + c.title(p) + "{nm} (DOB {dob}, {ml} {m}), who presents with {rs}.", nm=nm, dob=dob, ml=ml, m=m, rs=rs_)
        r.ln("The patient is happy to be contacted on {ph}.", ph=ph)
        r.ln(R.choice(["Kind regards,", "Best wishes,"]))
        r.ln(gt + "{gn}", gn=gn)
        r.ln("Riverside Medical Practice")
        r.prose = F(gt + "{gn} refers {nm} (DOB {dob}, {ml} {m}) because of {rs}; the letter is dated {d}. Patient phone: {ph}.", gn=gn, nm=nm, dob=dob, ml=ml, m=m, rs=rs_, d=dte, ph=ph)
    elif L == "de":
        r.ln("Überweisung vom {d}", d=dte)
        r.ln("An: Kardiologische Ambulanz")
        r.ln("Patient/in: {nm}, geb. {dob}, {ml} {m}", nm=nm, dob=dob, ml=ml, m=m)
        r.ln("Fragestellung: {rs}", rs=rs_)
        r.ln("Telefonisch erreichbar unter {ph}.", ph=ph)
        r.ln("Mit freundlichen Grüßen")
        r.ln(gt + "{gn}", gn=gn)
        r.ln("Hausarztpraxis am Stadtpark")
        r.prose = F("Überweisung vom {d} durch " + gt + "{gn}: {nm} (geb. {dob}, {ml} {m}), Fragestellung: {rs}. Telefon: {ph}.", d=dte, gn=gn, nm=nm, dob=dob, ml=ml, m=m, rs=rs_, ph=ph)
    elif L == "fr":
        r.ln("Le {d}", d=dte)
        r.ln("Cher confrère,")
        r.ln("Je vous adresse " + gw(p, "M.", "Mme") + " {nm}, " + gw(p, "né", "née") + " le {dob} ({ml} {m}), pour {rs}.", nm=nm, dob=dob, ml=ml, m=m, rs=rs_)
        r.ln(gw(p, "Le patient", "La patiente") + " est joignable au {ph}.", ph=ph)
        r.ln("Bien confraternellement,")
        r.ln(gt + "{gn}", gn=gn)
        r.ln("Cabinet médical des Lilas")
        r.prose = F("Le " + gt + "{gn} adresse {nm} (" + gw(p, "né", "née") + " le {dob}, {ml} {m}) pour {rs} ; courrier daté du {d}. Téléphone : {ph}.", gn=gn, nm=nm, dob=dob, ml=ml, m=m, rs=rs_, d=dte, ph=ph)
    else:
        r.ln("НАПРАВЛЕНИЕ НА КОНСУЛЬТАЦИЮ")
        r.ln("Дата: {d}", d=dte)
        r.ln("Пациент: {nm}", nm=nm)
        r.ln("Дата рождения: {dob}", dob=dob)
        r.ln("№ медицинской карты: {m}", m=m)
        if sn:
            r.ln("СНИЛС: {sn}", sn=sn)
        r.ln("Причина направления: {rs}", rs=rs_)
        r.ln("Контактный телефон пациента: {ph}", ph=ph)
        r.ln("Врач: {gn}", gn=gn)
        r.prose = F("Направление от {d}: пациент {nm}, дата рождения {dob}, карта {m}. Причина: {rs}. Направивший врач — {gn}, телефон пациента {ph}.", d=dte, nm=nm, dob=dob, m=m, rs=rs_, gn=gn, ph=ph)
    r.subject = F(c.L("Referral – {nm}", "Überweisung {nm}", "Adressage – {nm}", "Направление: {nm}"), nm=nm)
    r.sender = gp
    r.signed = True
    return r


DESC = {"en": ["A water leak from the flat above damaged the kitchen ceiling.", "The insured vehicle was hit while parked; the rear bumper needs replacing.", "A laptop and a camera were stolen during a break-in."],
        "de": ["Durch einen Wasserrohrbruch in der Wohnung darüber wurde die Küchendecke beschädigt.", "Das versicherte Fahrzeug wurde beim Parken angefahren; die hintere Stoßstange muss ersetzt werden.", "Bei einem Einbruch wurden ein Laptop und eine Kamera entwendet."],
        "fr": ["Un dégât des eaux provenant de l'appartement du dessus a endommagé le plafond de la cuisine.", "Le véhicule assuré a été percuté en stationnement ; le pare-chocs arrière est à remplacer.", "Un ordinateur portable et un appareil photo ont été volés lors d'un cambriolage."],
        "ru": ["Протечка из квартиры сверху повредила потолок на кухне.", "Припаркованный автомобиль получил удар, требуется замена заднего бампера.", "Во время кражи со взломом похищены ноутбук и фотоаппарат."]}


def d_claim(c):
    r = Rec("claim", c)
    p = c.person()
    nm = c.pname(p)
    dob = c.dob(dob_style(c))
    a = c.addr()
    ad = c.addr_segs(a)
    ph = c.phone()
    em = c.email(p)
    cno, pol = c.OID("claim"), c.OID("policy")
    inc = c.D(c.nd(2022, 2026))
    L = c.lang
    ds = R.choice(DESC[L])
    us = c.loc == "en_US"
    ssn = c.ssn() if us else None
    iban = None if us else c.iban()
    pp = c.passport() if c.loc == "ru_RU" else None
    cinn = c.inn(12) if c.lang == "ru" and R.random() < 0.4 else None
    if c.lang == "ru" and R.random() < 0.6:
        iban = None
    r.f("claim_ref", c.L("Claim number", "Schadennummer", "N° de sinistre", "№ заявления"), cno)
    r.f("policy_ref", c.L("Policy number", "Versicherungsschein-Nr.", "N° de contrat", "Полис"), pol)
    r.f("policyholder", c.L(["Policyholder", "Insured"], ["Versicherungsnehmer/in", "VN"], ["Assuré(e)", "Souscripteur"], ["Страхователь", "Заявитель"]), nm)
    r.f("birth_date", c.L("Date of birth", "Geburtsdatum", "Date de naissance", "Дата рождения"), dob)
    r.f("ru_passport_no", "Паспорт" if L == "ru" else c.L("Passport", "Pass", "Passeport", "Паспорт"), pp)
    r.f("inn_no", "ИНН", cinn)
    r.f("home", c.L("Address", "Anschrift", "Adresse", "Адрес"), a)
    r.f("loss_date", c.L("Date of loss", "Schadentag", "Date du sinistre", "Дата события"), inc)
    r.f("us_ssn", "SSN", ssn)
    r.f("payout_iban", c.L("Settlement account (IBAN)", "Bankverbindung (IBAN)", "IBAN pour l'indemnisation", "IBAN для выплаты"), iban)
    r.f("tel_no", c.L("Phone", "Telefon", "Téléphone", "Телефон"), ph)
    r.f("contact_mail_addr", c.L("Email", "E-Mail", "Courriel", "E-mail"), em)
    if L == "en":
        r.ln("Claim {cno} · Policy {pol}", cno=cno, pol=pol)
        r.ln("Policyholder: {nm}, date of birth {dob}", nm=nm, dob=dob)
        r.ln("Address: {ad}", ad=ad)
        r.ln("Date of loss: {inc}", inc=inc)
        r.ln("What happened: " + ds)
        if pp:
            r.ln("Russian internal passport: {pp}", pp=pp)
        if ssn:
            r.ln("SSN (required for settlement reporting): {ssn}", ssn=ssn)
        else:
            r.ln("Settlement account: {iban}", iban=iban)
        r.ln("Contact: {ph} / {em}", ph=ph, em=em)
        r.prose = F("Claim {cno} under policy {pol} was filed by {nm} (born {dob}) for a loss on {inc}. " + ds, cno=cno, pol=pol, nm=nm, dob=dob, inc=inc)
        r.prose += F(" The form also lists the claimant's SSN, {ssn}, and phone {ph}.", ssn=ssn, ph=ph) if ssn else F(" The payout should go to {iban}; contact {ph}.", iban=iban, ph=ph)
    elif L == "de":
        r.ln("Schadennummer {cno}, Versicherungsschein {pol}", cno=cno, pol=pol)
        r.ln(gw(p, "Versicherungsnehmer", "Versicherungsnehmerin") + ": {nm}, geb. {dob}", nm=nm, dob=dob)
        r.ln("Anschrift: {ad}", ad=ad)
        r.ln("Schadentag: {inc}", inc=inc)
        r.ln("Schadenhergang: " + ds)
        r.ln("Bankverbindung für die Regulierung: {iban}", iban=iban)
        r.ln("Erreichbar unter {ph} oder per E-Mail an {em}.", ph=ph, em=em)
        r.prose = F("Die Schadenmeldung {cno} (Vertrag {pol}) stammt von {nm}, geb. {dob}; Schadentag: {inc}. " + ds + " Die Auszahlung soll auf {iban} erfolgen, Kontakt: {ph}.",
                    cno=cno, pol=pol, nm=nm, dob=dob, inc=inc, iban=iban, ph=ph)
    elif L == "fr":
        r.ln("Sinistre n° {cno} – contrat {pol}", cno=cno, pol=pol)
        r.ln(gw(p, "Assuré", "Assurée") + " : {nm}, " + gw(p, "né", "née") + " le {dob}", nm=nm, dob=dob)
        r.ln("Adresse : {ad}", ad=ad)
        r.ln("Date du sinistre : {inc}", inc=inc)
        r.ln("Circonstances : " + ds)
        r.ln("IBAN pour l'indemnisation : {iban}", iban=iban)
        r.ln("Contact : {ph} – {em}", ph=ph, em=em)
        r.prose = F("La déclaration {cno} (contrat {pol}) a été faite par {nm}, " + gw(p, "né", "née") + " le {dob}, pour un sinistre survenu le {inc}. " + ds + " Indemnisation sur le compte {iban} ; téléphone : {ph}.",
                    cno=cno, pol=pol, nm=nm, dob=dob, inc=inc, iban=iban, ph=ph)
    else:
        r.ln("Заявление о страховом событии № {cno}", cno=cno)
        r.ln("Полис: {pol}", pol=pol)
        r.ln("Страхователь: {nm}", nm=nm)
        r.ln("Дата рождения: {dob}", dob=dob)
        if pp:
            r.ln("Паспорт: {pp}", pp=pp)
        if cinn:
            r.ln("ИНН: {inn}", inn=cinn)
        r.ln("Адрес: {ad}", ad=ad)
        r.ln("Дата события: {inc}", inc=inc)
        r.ln("Обстоятельства: " + ds)
        if iban:
            r.ln("IBAN для выплаты: {iban}", iban=iban)
        r.ln("Телефон: {ph}, e-mail: {em}", ph=ph, em=em)
        r.prose = F("Заявление № {cno} по полису {pol}. Страхователь — {nm}, дата рождения {dob}" + (", паспорт {pp}" if pp else "") + ". Дата события: {inc}. " + ds + " Контактный телефон: {ph}.",
                    cno=cno, pol=pol, nm=nm, dob=dob, pp=pp, inc=inc, ph=ph)
    r.subject = F(c.L("Claim {cno} – supporting documents", "Schaden {cno}", "Sinistre {cno}", "Страховой случай {cno}"), cno=cno)
    r.sender = p
    return r


def d_tenancy(c):
    r = Rec("tenancy", c)
    ll, tn = c.person(), c.person()
    LN, TN = c.pname(ll), c.pname(tn)
    dob = c.dob(dob_style(c))
    a = c.addr()
    ad = c.addr_segs(a)
    d0 = c.nd(2021, 2026)
    DT = c.D(d0)
    ST = c.D(d0 + dt.timedelta(days=R.randint(5, 40)))
    rent = c.MONEY(450, 2600)
    dep = c.MONEY(900, 7000)
    iban = c.iban() if c.loc != "en_US" else None
    ph = c.phone()
    em = c.email(tn)
    ssn = c.ssn() if c.loc == "en_US" and R.random() < 0.55 else None
    pp = c.passport() if c.loc == "ru_RU" else None
    no = c.OID("contract")
    r.f("agreement_ref", c.L("Agreement no.", "Vertragsnummer", "Référence du bail", "Номер договора"), no)
    r.f("signed_on", c.L("Date of agreement", "Vertragsdatum", "Date de signature", "Дата договора"), DT)
    r.f("landlord", c.L("Landlord", "Vermieter/in", "Bailleur", "Наймодатель"), LN)
    r.f("tenant", c.L("Tenant", "Mieter/in", "Locataire", "Наниматель"), TN)
    r.f("tenant_birth_date", c.L("Tenant date of birth", "Geburtsdatum Mieter/in", "Date de naissance du locataire", "Дата рождения нанимателя"), dob)
    r.f("ru_passport_no", "Паспорт нанимателя" if c.lang == "ru" else c.L("Tenant passport", "Pass Mieter/in", "Passeport du locataire", ""), pp)
    r.f("us_ssn", c.L("Applicant SSN", "SSN", "SSN", "SSN"), ssn)
    r.f("property", c.L(["Property", "Premises"], ["Mietobjekt", "Wohnung"], ["Logement", "Adresse du bien"], ["Адрес квартиры", "Объект"]), a)
    r.f("monthly_rent", c.L("Monthly rent", "Grundmiete", "Loyer mensuel", "Плата в месяц"), rent)
    r.f("deposit_amt", c.L("Deposit", "Kaution", "Dépôt de garantie", "Залог"), dep)
    r.f("begins_on", c.L("Start date", "Mietbeginn", "Prise d'effet", "Начало найма"), ST)
    r.f("rent_iban", c.L("Rent account", "Mietkonto (IBAN)", "IBAN du bailleur", "IBAN"), iban)
    r.f("tenant_tel", c.L("Tenant phone", "Telefon Mieter/in", "Téléphone du locataire", "Телефон нанимателя"), ph)
    r.f("tenant_mail", c.L("Tenant email", "E-Mail Mieter/in", "Courriel du locataire", "E-mail нанимателя"), em)
    L = c.lang
    if L == "en" and c.loc == "en_US":
        r.ln("RESIDENTIAL LEASE AGREEMENT ({no})", no=no)
        r.ln("This Lease is entered into on {dt} by and between {ll} (\"Landlord\") and {tn} (\"Tenant\"), date of birth {dob}.", dt=DT, ll=LN, tn=TN, dob=dob)
        r.ln("Premises: {ad}", ad=ad)
        r.ln("Monthly rent: {rent}, due on the first day of each month. Security deposit: {dep}. Term begins {st}.", rent=rent, dep=dep, st=ST)
        if ssn:
            r.ln("Applicant SSN (screening only): {ssn}", ssn=ssn)
        r.ln("Tenant phone: {ph}; email: {em}", ph=ph, em=em)
        r.prose = F("The lease dated {dt} between {ll} and {tn} (born {dob}) covers {ad}. Rent is {rent} a month with a {dep} security deposit, starting {st}.", dt=DT, ll=LN, tn=TN, dob=dob, ad=ad, rent=rent, dep=dep, st=ST)
        if ssn:
            r.prose += F(" The screening section includes the applicant's SSN, {ssn}.", ssn=ssn)
    elif L == "en":
        r.ln(("ASSURED SHORTHOLD TENANCY AGREEMENT" if c.loc == "en_GB" else "TENANCY AGREEMENT") + " ({no})", no=no)
        r.ln("This agreement is made on {dt} between {ll} (\"the Landlord\") and {tn} (\"the Tenant\"), date of birth {dob}.", dt=DT, ll=LN, tn=TN, dob=dob)
        r.ln("Property: {ad}", ad=ad)
        r.ln("Rent: {rent} per calendar month, payable in advance to {iban}.", rent=rent, iban=iban)
        r.ln("Deposit: {dep}" + (", to be protected in a government-approved scheme" if c.loc == "en_GB" else ", refundable at the end of the tenancy") + ". The tenancy starts on {st}.", dep=dep, st=ST)
        if pp:
            r.ln("Tenant's passport (series and number): {pp}", pp=pp)
        r.ln("Tenant contact details: {ph}, {em}", ph=ph, em=em)
        r.prose = F("The tenancy agreement dated {dt} is between {ll} (landlord) and {tn} (tenant, born {dob}) for {ad}. Rent is {rent} a month, paid to {iban}; the deposit is {dep}.", dt=DT, ll=LN, tn=TN, dob=dob, ad=ad, rent=rent, iban=iban, dep=dep)
    elif L == "de":
        r.ln("Mietvertrag über Wohnraum – Nr. {no}", no=no)
        r.ln("Zwischen {ll} (Vermieter/in) und {tn}, geb. {dob} (Mieter/in), wird am {dt} folgender Vertrag geschlossen:", ll=LN, tn=TN, dob=dob, dt=DT)
        r.ln("§ 1 Mietsache: Wohnung im " + str(R.randint(1, 5)) + ". OG, {ad}", ad=ad)
        r.ln("§ 3 Miete: Die monatliche Grundmiete beträgt {rent} und ist bis zum dritten Werktag auf das Konto {iban} zu zahlen.", rent=rent, iban=iban)
        r.ln("§ 5 Kaution: {dep}. Mietbeginn: {st}.", dep=dep, st=ST)
        r.ln("Kontakt Mieter/in: {ph}, {em}", ph=ph, em=em)
        r.prose = F("Der Mietvertrag zwischen {ll} und {tn} (geb. {dob}) betrifft die Wohnung {ad}. Grundmiete {rent}, Kaution {dep}, Mietbeginn {st}; Zahlungen auf {iban}.", ll=LN, tn=TN, dob=dob, ad=ad, rent=rent, dep=dep, st=ST, iban=iban)
    elif L == "fr":
        r.ln("CONTRAT DE LOCATION – LOCAUX VIDES À USAGE D'HABITATION ({no})", no=no)
        r.ln("Entre {ll}, ci-après « le bailleur », et {tn}, " + gw(tn, "né", "née") + " le {dob}, ci-après « le locataire », signé le {dt}.", ll=LN, tn=TN, dob=dob, dt=DT)
        r.ln("Adresse du logement : {ad}", ad=ad)
        r.ln("Loyer mensuel hors charges : {rent}, payable le 5 de chaque mois par virement sur le compte {iban}.", rent=rent, iban=iban)
        r.ln("Dépôt de garantie : {dep}. Prise d'effet du bail : {st}.", dep=dep, st=ST)
        r.ln("Coordonnées du locataire : {ph}, {em}", ph=ph, em=em)
        r.prose = F("Le bail conclu entre {ll} et {tn} (" + gw(tn, "né", "née") + " le {dob}) porte sur le logement situé au {ad}. Loyer : {rent} par mois, dépôt de garantie : {dep}, prise d'effet le {st} ; virement sur {iban}.",
                    ll=LN, tn=TN, dob=dob, ad=ad, rent=rent, dep=dep, st=ST, iban=iban)
    else:
        r.ln("ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ № {no}", no=no)
        r.ln("Дата заключения: {dt}", dt=DT)
        r.ln("Наймодатель: {ll}", ll=LN)
        r.ln("Наниматель: {tn}, дата рождения {dob}, паспорт {pp}", tn=TN, dob=dob, pp=pp)
        r.ln("Адрес квартиры: {ad}", ad=ad)
        r.ln("Плата за наём: {rent} в месяц, вносится не позднее 10-го числа. Залог: {dep}.", rent=rent, dep=dep)
        r.ln("Срок найма: с {st}, 11 месяцев.", st=ST)
        r.ln("Телефон нанимателя: {ph}, e-mail: {em}", ph=ph, em=em)
        r.prose = F("Договор найма № {no}: наймодатель — {ll}, наниматель — {tn} (дата рождения {dob}, паспорт {pp}). Квартира: {ad}. Плата — {rent} в месяц, начало найма {st}.",
                    no=no, ll=LN, tn=TN, dob=dob, pp=pp, ad=ad, rent=rent, st=ST)
    r.subject = F(c.L("Signed tenancy agreement {no}", "Mietvertrag {no} (unterschrieben)", "Bail signé {no}", "Договор найма {no}"), no=no)
    r.sender = ll
    return r


def d_employment(c):
    r = Rec("employment", c)
    e = c.person()
    EN = c.pname(e)
    dob = c.dob(dob_style(c))
    a = c.addr()
    ad = c.addr_segs(a)
    co = pick_company(c)
    t = R.choice(JOBS[c.lang])
    ST = c.D(c.nd(2022, 2026))
    L = c.lang
    sal = c.MONEY(38000, 120000) if c.loc == "en_US" else c.MONEY(1800, 6500) if L != "en" else c.MONEY(24000, 68000)
    ec = c.person()
    ECN = c.pname(ec)
    ecp = c.phone()
    iban = c.iban() if c.loc not in ("en_US", "ru_RU") else None
    foreign = R.random()
    ssn = c.ssn() if c.loc == "en_US" or (c.loc != "ru_RU" and foreign < 0.2) else None
    ru = c.loc == "ru_RU" or (c.loc != "en_US" and 0.2 <= foreign < 0.45)
    pp = c.passport() if ru else None
    sn = c.snils() if ru else None
    inn = c.inn(12) if c.loc == "ru_RU" else None
    ph = c.phone()
    hr = c.person()
    HRN = c.pname(hr)
    hre = c.email(hr)
    no = c.OID("contract")
    r.company = co
    r.f("employee", c.L("Employee", "Arbeitnehmer/in", "Salarié(e)", "Работник"), EN)
    r.f("birth_date", c.L("Date of birth", "Geburtsdatum", "Date de naissance", "Дата рождения"), dob)
    r.f("home", c.L("Home address", "Wohnanschrift", "Domicile", "Адрес регистрации"), a)
    r.f("us_ssn", c.L("SSN", "US-Sozialversicherungsnr. (SSN)", "N° de sécurité sociale américain (SSN)", "SSN"), ssn)
    r.f("ru_passport_no", c.L("Russian internal passport", "Russischer Inlandspass", "Passeport intérieur russe", "Паспорт"), pp)
    r.f("snils_no", c.L("SNILS", "SNILS", "SNILS", "СНИЛС"), sn)
    r.f("inn_no", "ИНН" if L == "ru" else "INN", inn)
    r.f("job_title", c.L("Job title", "Tätigkeit", "Poste", "Должность"), t)
    r.f("begins_on", c.L("Start date", "Beginn", "Date d'embauche", "Дата начала работы"), ST)
    r.f("pay", c.L("Salary", "Bruttogehalt", "Rémunération brute", "Оклад"), sal)
    r.f("salary_iban", c.L("Salary account", "Gehaltskonto", "Compte de versement", "Счёт для зарплаты"), iban)
    r.f("tel_no", c.L("Phone", "Telefon", "Téléphone", "Телефон"), ph)
    r.f("emergency_contact", c.L("Emergency contact", "Notfallkontakt", "Personne à prévenir", "Контакт на экстренный случай"), S(ECN, ", ", ecp))
    if L == "en" and c.loc == "en_US":
        r.ln("Dear {en},", en=c.pname(e, style="fl"))
        r.ln("We are pleased to offer you the position of {t} at {co}, starting {st}, at an annual base salary of {sal}.", t=t, co=co, st=ST, sal=sal)
        r.ln("For payroll and I-9 purposes we have on file: date of birth {dob}, SSN {ssn}, home address {ad}.", dob=dob, ssn=ssn, ad=ad)
        r.ln("Emergency contact: {ec}, {ecp}.", ec=ECN, ecp=ecp)
        r.ln("Please sign and return this letter to {hr} ({hre}) within five business days.", hr=HRN, hre=hre)
        r.prose = F("{en} (born {dob}) is offered the role of {t} at {co} from {st}, salary {sal}. The letter also contains the SSN {ssn} and the home address {ad}; HR contact is {hr} ({hre}).",
                    en=EN, dob=dob, t=t, co=co, st=ST, sal=sal, ssn=ssn, ad=ad, hr=HRN, hre=hre)
    elif L == "en" and c.loc == "ru_RU":
        r.ln("EMPLOYMENT CONTRACT No. {no} (translation)", no=no)
        r.ln("Employer: {co}", co=co)
        r.ln("Employee: {en}, born {dob}", en=EN, dob=dob)
        r.ln("Passport: {pp} · SNILS: {sn} · INN: {inn}", pp=pp, sn=sn, inn=inn)
        r.ln("Registered address: {ad}", ad=ad)
        r.ln("Start date: {st}. Position: {t}, monthly salary {sal}.", st=ST, t=t, sal=sal)
        r.ln("Phone: {ph}. Emergency contact: {ec}, {ecp}", ph=ph, ec=ECN, ecp=ecp)
        r.prose = F("The (translated) contract {no} is for {en}, born {dob}: passport {pp}, SNILS {sn}, INN {inn}. Start date {st}, position {t}, salary {sal}; registered address {ad}.",
                    no=no, en=EN, dob=dob, pp=pp, sn=sn, inn=inn, st=ST, t=t, sal=sal, ad=ad)
    elif L == "en":
        r.ln("WRITTEN STATEMENT OF EMPLOYMENT PARTICULARS ({no})", no=no)
        r.ln("Employer: {co}", co=co)
        r.ln("Employee: {en}, date of birth {dob}", en=EN, dob=dob)
        r.ln("Home address: {ad}", ad=ad)
        if pp:
            r.ln("Russian internal passport: {pp}; SNILS: {sn}", pp=pp, sn=sn)
        if ssn:
            r.ln("US Social Security Number: {ssn}", ssn=ssn)
        r.ln("Job title: {t}. Employment begins on {st}.", t=t, st=ST)
        r.ln("Salary: {sal} per annum, paid monthly " + ("by BACS" if c.loc == "en_GB" else "by bank transfer") + " to {iban}.", sal=sal, iban=iban)
        r.ln("Emergency contact: {ec} ({ecp})", ec=ECN, ecp=ecp)
        r.prose = F("{en} (born {dob}) starts as {t} at {co} on {st}; salary {sal}, paid into {iban}. Emergency contact: {ec}, {ecp}.", en=EN, dob=dob, t=t, co=co, st=ST, sal=sal, iban=iban, ec=ECN, ecp=ecp)
        if pp:
            r.prose += F(" The statement also records a Russian passport ({pp}) and SNILS {sn}.", pp=pp, sn=sn)
        if ssn:
            r.prose += F(" A US SSN is listed too: {ssn}.", ssn=ssn)
    elif L == "de":
        r.ln("ARBEITSVERTRAG Nr. {no}", no=no)
        r.ln("zwischen der {co} und " + gw(e, "Herrn", "Frau") + " {en}, geboren am {dob}, wohnhaft {ad}.", co=co, en=EN, dob=dob, ad=ad)
        if ssn:
            r.ln("US-Sozialversicherungsnummer (SSN): {ssn}", ssn=ssn)
        if pp:
            r.ln("Russischer Inlandspass: {pp}, SNILS: {sn}", pp=pp, sn=sn)
        r.ln("§ 1 Beginn und Tätigkeit: Das Arbeitsverhältnis beginnt am {st}. Tätigkeit: {t}.", st=ST, t=t)
        r.ln("§ 4 Vergütung: Das monatliche Bruttogehalt beträgt {sal}. Die Zahlung erfolgt bargeldlos auf das Konto {iban}.", sal=sal, iban=iban)
        r.ln("Notfallkontakt: {ec}, Tel. {ecp}", ec=ECN, ecp=ecp)
        r.prose = F("{en} (geb. {dob}) beginnt am {st} bei der {co} ({t}); Bruttogehalt {sal}, Auszahlung auf {iban}. Notfallkontakt: {ec}, {ecp}.", en=EN, dob=dob, st=ST, co=co, t=t, sal=sal, iban=iban, ec=ECN, ecp=ecp)
        if ssn:
            r.prose += F(" Im Vertrag steht außerdem die SSN {ssn}.", ssn=ssn)
        if pp:
            r.prose += F(" Außerdem sind Inlandspass {pp} und SNILS {sn} erfasst.", pp=pp, sn=sn)
    elif L == "fr":
        r.ln("CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE ({no})", no=no)
        r.ln("Entre la société {co} et " + gw(e, "M.", "Mme") + " {en}, " + gw(e, "né", "née") + " le {dob}, " + gw(e, "demeurant", "demeurant") + " au {ad}.", co=co, en=EN, dob=dob, ad=ad)
        if ssn:
            r.ln("Numéro de sécurité sociale américain (SSN) : {ssn}", ssn=ssn)
        if pp:
            r.ln("Passeport intérieur russe : {pp} ; SNILS : {sn}", pp=pp, sn=sn)
        r.ln("Article 2 – Date d'embauche : {st}, en qualité de {t}.", st=ST, t=t)
        r.ln("Article 5 – Rémunération : {sal} bruts par mois, versés par virement sur le compte {iban}.", sal=sal, iban=iban)
        r.ln("Personne à prévenir en cas d'urgence : {ec}, {ecp}", ec=ECN, ecp=ecp)
        r.prose = F("{en} (" + gw(e, "né", "née") + " le {dob}) est " + gw(e, "embauché", "embauchée") + " en CDI chez {co} à compter du {st} comme {t}, pour {sal} bruts mensuels versés sur {iban}. Personne à prévenir : {ec}, {ecp}.",
                    en=EN, dob=dob, co=co, st=ST, t=t, sal=sal, iban=iban, ec=ECN, ecp=ecp)
        if ssn:
            r.prose += F(" Le contrat mentionne aussi le SSN {ssn}.", ssn=ssn)
        if pp:
            r.prose += F(" Pièces : passeport {pp}, SNILS {sn}.", pp=pp, sn=sn)
    else:
        r.ln("ТРУДОВОЙ ДОГОВОР № {no}", no=no)
        r.ln("Работодатель: {co}", co=co)
        r.ln("Работник: {en}", en=EN)
        r.ln("Дата рождения: {dob}", dob=dob)
        r.ln("Паспорт: {pp}", pp=pp)
        r.ln("СНИЛС: {sn}", sn=sn)
        r.ln("ИНН: {inn}", inn=inn)
        r.ln("Адрес регистрации: {ad}", ad=ad)
        r.ln("Дата начала работы: {st}. Должность: {t}, оклад {sal}.", st=ST, t=t, sal=sal)
        r.ln("Телефон: {ph}", ph=ph)
        r.ln("Контакт на экстренный случай: {ec}, {ecp}", ec=ECN, ecp=ecp)
        r.prose = F("Работник — {en}, дата рождения {dob}. Паспорт {pp}, СНИЛС {sn}, ИНН {inn}. Приступает к работе {st}, должность — {t}, оклад {sal}. Адрес регистрации: {ad}.",
                    en=EN, dob=dob, pp=pp, sn=sn, inn=inn, st=ST, t=t, sal=sal, ad=ad)
    r.subject = F(c.L(["Your offer letter", "Employment contract {no}"], ["Ihr Arbeitsvertrag", "Arbeitsvertrag {no}"], ["Votre contrat de travail", "Contrat {no}"], ["Трудовой договор {no}", "Документы для оформления"]), no=no)
    r.sender = hr
    return r


def d_police(c):
    r = Rec("police", c)
    s, w, o = c.person(), c.person(), c.person()
    SN, WN, ON = c.pname(s), c.pname(w), c.pname(o, style="fl")
    ot = c.title(o, "officer")
    dob = c.dob(dob_style(c))
    a = c.addr()
    ad = c.addr_segs(a)
    case = c.OID("case")
    d1 = c.nd(2022, 2026)
    d2 = d1 + dt.timedelta(days=R.randint(2, 20))
    INC, D1, D2 = c.D(d1 - dt.timedelta(days=R.randint(0, 3))), c.D(d1), c.D(d2)
    card = c.card()
    ip = c.ip6() if FORCE.get("ip6") or R.random() >= 0.65 else c.ip4(False)
    wph = c.phone()
    sem = c.email(s) if R.random() < 0.4 else None
    pp = c.passport() if c.loc == "ru_RU" else None
    L = c.lang
    r.f("case_ref", c.L("Crime reference", "Vorgangsnummer", "N° de procédure", "Номер материала"), case)
    r.f("offence_date", c.L("Date of offence", "Tatzeit", "Date des faits", "Дата происшествия"), INC)
    r.f("suspect", c.L("Suspect", "Beschuldigte Person", "Mis(e) en cause", "Подозреваемый"), SN)
    r.f("suspect_birth_date", c.L("Suspect DOB", "geb.", "Né(e) le", "Дата рождения"), dob)
    r.f("ru_passport_no", "Паспорт", pp)
    r.f("suspect_home", c.L("Address", "Wohnanschrift", "Domicile", "Адрес проживания"), a)
    r.f("card_used", c.L("Card used", "Verwendete Karte", "Carte utilisée", "Карта"), card)
    r.f("origin_ip", c.L("Source IP", "IP-Adresse", "Adresse IP", "IP-адрес"), ip)
    r.f("suspect_mail", c.L("Suspect email", "E-Mail", "Courriel", "E-mail"), sem)
    r.f("witness", c.L("Witness", "Zeuge/Zeugin", "Témoin", "Свидетель"), S(WN, ", ", wph))
    r.f("officer", c.L("Officer in case", "Sachbearbeitung", "Enquêteur", "Составил"), S(ot, ON))
    if L == "en":
        r.ln("Crime reference: {case}", case=case)
        r.ln("Date of offence: {inc}", inc=INC)
        r.ln("Suspect: {sn}, DOB {dob}, of {ad}", sn=SN, dob=dob, ad=ad)
        r.ln("Summary: The suspect is alleged to have used the stolen card {card} to place online orders between {d1} and {d2}. Merchant logs show the orders came from IP address {ip}.", card=card, d1=D1, d2=D2, ip=ip)
        if sem:
            r.ln("Account e-mail used for the orders: {sem}", sem=sem)
        r.ln("Witness: {wn}, contactable on {wph}.", wn=WN, wph=wph)
        r.ln("Officer in the case: " + ot + "{on}", on=ON)
        r.prose = F("Under crime reference {case}, {sn} (DOB {dob}) is suspected of using the stolen card {card}; the orders were traced to {ip}. The witness is {wn} ({wph}) and the officer in charge is " + ot + "{on}.",
                    case=case, sn=SN, dob=dob, card=card, ip=ip, wn=WN, wph=wph, on=ON)
    elif L == "de":
        r.ln("Vorgangsnummer: {case}", case=case)
        r.ln("Tatzeit: {inc}", inc=INC)
        r.ln("Beschuldigte Person: {sn}, geb. {dob}, wohnhaft {ad}", sn=SN, dob=dob, ad=ad)
        r.ln("Sachverhalt: " + gw(s, "Der Beschuldigte", "Die Beschuldigte") + " soll mit der entwendeten Kreditkarte {card} zwischen dem {d1} und dem {d2} Bestellungen in mehreren Onlineshops aufgegeben haben. Laut Händlerprotokollen erfolgten die Bestellungen über die IP-Adresse {ip}.",
             card=card, d1=D1, d2=D2, ip=ip)
        if sem:
            r.ln("Für die Bestellungen genutzte E-Mail-Adresse: {sem}", sem=sem)
        r.ln(gw(w, "Zeuge", "Zeugin") + ": {wn}, Tel. {wph}", wn=WN, wph=wph)
        r.ln("Sachbearbeitung: " + ot + "{on}", on=ON)
        r.prose = F("Im Vorgang {case} wird {sn} (geb. {dob}) verdächtigt, die gestohlene Karte {card} benutzt zu haben; die Bestellungen liefen über {ip}. " + gw(w, "Zeuge", "Zeugin") + ": {wn} ({wph}), zuständig ist " + ot + "{on}.",
                    case=case, sn=SN, dob=dob, card=card, ip=ip, wn=WN, wph=wph, on=ON)
    elif L == "fr":
        r.ln("Procédure n° {case}", case=case)
        r.ln("Date des faits : {inc}", inc=INC)
        r.ln(gw(s, "Mis en cause", "Mise en cause") + " : {sn}, " + gw(s, "né", "née") + " le {dob}, " + gw(s, "domicilié", "domiciliée") + " au {ad}", sn=SN, dob=dob, ad=ad)
        r.ln("Résumé : la personne mise en cause aurait utilisé la carte bancaire volée {card} pour des achats en ligne entre le {d1} et le {d2}. Les journaux du commerçant indiquent l'adresse IP {ip}.", card=card, d1=D1, d2=D2, ip=ip)
        if sem:
            r.ln("Adresse électronique utilisée pour les commandes : {sem}", sem=sem)
        r.ln("Témoin : {wn}, joignable au {wph}.", wn=WN, wph=wph)
        r.ln("Enquêteur : " + ot + "{on}", on=ON)
        r.prose = F("Dans la procédure {case}, {sn} (" + gw(s, "né", "née") + " le {dob}) est " + gw(s, "soupçonné", "soupçonnée") + " d'avoir utilisé la carte volée {card} ; les commandes proviennent de l'adresse {ip}. Témoin : {wn} ({wph}) ; enquêteur : " + ot + "{on}.",
                    case=case, sn=SN, dob=dob, card=card, ip=ip, wn=WN, wph=wph, on=ON)
    else:
        r.ln("Материал проверки {case}", case=case)
        r.ln("Дата происшествия: {inc}", inc=INC)
        r.ln(gw(s, "Подозреваемый", "Подозреваемая") + ": {sn}, дата рождения {dob}", sn=SN, dob=dob)
        r.ln("Паспорт: {pp}", pp=pp)
        r.ln("Адрес проживания: {ad}", ad=ad)
        r.ln("Обстоятельства: с похищенной банковской карты {card} в период с {d1} по {d2} оплачивались заказы в интернет-магазинах. Согласно журналам магазина, заказы оформлялись с IP-адреса {ip}.", card=card, d1=D1, d2=D2, ip=ip)
        if sem:
            r.ln("Электронная почта, указанная при заказах: {sem}", sem=sem)
        r.ln(gw(w, "Свидетель", "Свидетельница") + ": {wn}, тел. {wph}", wn=WN, wph=wph)
        r.ln("Материал составил: " + ot + "{on}", on=ON)
        r.prose = F("По материалу {case}: " + gw(s, "подозреваемый", "подозреваемая") + " — {sn}, дата рождения {dob}, паспорт {pp}. С похищенной карты {card} оплачивались заказы, IP-адрес — {ip}. Свидетель: {wn}, тел. {wph}.",
                    case=case, sn=SN, dob=dob, pp=pp, card=card, ip=ip, wn=WN, wph=wph)
    r.subject = F(c.L("Case {case} – summary for review", "Vorgang {case}", "Procédure {case}", "Материал {case}"), case=case)
    r.sender = o
    return r


def d_court(c):
    r = Rec("court", c)
    p1 = c.person() if R.random() < 0.6 else None
    P1 = c.pname(p1) if p1 else pick_company(c)
    p2, lw = c.person(), c.person()
    P2, LW = c.pname(p2), c.pname(lw, style="fl")
    lem = c.email(lw)
    case = c.OID("case")
    D = c.D(c.nd(2021, 2026))
    amt = c.MONEY(800, 48000)
    a = c.addr()
    ad = c.addr_segs(a)
    L = c.lang
    r.f("case_ref", c.L("Case No.", "Aktenzeichen", "RG n°", "Номер дела"), case)
    r.f("claimant", c.L("Claimant", "Kläger/in", "Demandeur", "Истец"), P1)
    r.f("defendant", c.L("Defendant", "Beklagte/r", "Défendeur", "Ответчик"), P2)
    r.f("judgment_on", c.L("Judgment date", "Urteil vom", "Date du jugement", "Дата решения"), D)
    r.f("award", c.L("Amount awarded", "Zahlbetrag", "Condamnation", "Взыскано"), amt)
    r.f("defendant_addr", c.L("Defendant's address", "Anschrift Beklagte/r", "Adresse du défendeur", "Адрес ответчика"), a)
    r.f("counsel", c.L("Counsel for the claimant", "Prozessbevollmächtigte/r", "Avocat du demandeur", "Представитель истца"), S(LW, ", ", lem))
    if L == "en":
        r.ln("Case No. {case}", case=case)
        r.ln("{p1} v. {p2}", p1=P1, p2=P2)
        r.ln("Judgment entered on {d}: the defendant is ordered to pay {amt} plus costs within 28 days.", d=D, amt=amt)
        r.ln("Defendant's last known address: {ad}", ad=ad)
        r.ln("Counsel for the claimant: {lw}, {lem}", lw=LW, lem=lem)
        r.prose = F("In {p1} v. {p2} ({case}), judgment was entered on {d} ordering the defendant to pay {amt}. The summary gives the defendant's address as {ad}; claimant's counsel is {lw} ({lem}).",
                    p1=P1, p2=P2, case=case, d=D, amt=amt, ad=ad, lw=LW, lem=lem)
    elif L == "de":
        r.ln("Aktenzeichen: {case}", case=case)
        r.ln("In dem Rechtsstreit {p1} gegen {p2}", p1=P1, p2=P2)
        r.ln("hat das Amtsgericht am {d} für Recht erkannt: " + gw(p2, "Der Beklagte", "Die Beklagte") + " wird verurteilt, {amt} nebst Zinsen zu zahlen.", d=D, amt=amt)
        r.ln("Letzte bekannte Anschrift: {ad}", ad=ad)
        r.ln("Prozessbevollmächtigt: " + gw(lw, "Rechtsanwalt", "Rechtsanwältin") + " {lw}, {lem}", lw=LW, lem=lem)
        r.prose = F("Im Verfahren {case} ({p1} gegen {p2}) wurde am {d} entschieden: {p2} muss {amt} zahlen. Als Anschrift ist {ad} angegeben; die Klägerseite vertritt {lw} ({lem}).",
                    case=case, p1=P1, p2=P2, d=D, amt=amt, ad=ad, lw=LW, lem=lem)
    elif L == "fr":
        r.ln("RG n° {case}", case=case)
        r.ln("{p1} c/ {p2}", p1=P1, p2=P2)
        r.ln("Par jugement du {d}, le tribunal condamne " + gw(p2, "le défendeur", "la défenderesse") + " à payer {amt} au titre des sommes dues.", d=D, amt=amt)
        r.ln("Dernière adresse connue : {ad}", ad=ad)
        r.ln("Avocat du demandeur : Me {lw}, {lem}", lw=LW, lem=lem)
        r.prose = F("Dans l'affaire {case} ({p1} contre {p2}), le jugement du {d} condamne " + gw(p2, "le défendeur", "la défenderesse") + " à verser {amt}. Adresse indiquée : {ad} ; avocat du demandeur : Me {lw} ({lem}).",
                    case=case, p1=P1, p2=P2, d=D, amt=amt, ad=ad, lw=LW, lem=lem)
    else:
        r.ln("Дело {case}", case=case)
        r.ln("Истец: {p1}", p1=P1)
        r.ln("Ответчик: {p2}", p2=P2)
        r.ln("Решением суда от {d} с ответчика взыскано {amt}.", d=D, amt=amt)
        r.ln("Адрес ответчика: {ad}", ad=ad)
        r.ln("Представитель истца: {lw}, {lem}", lw=LW, lem=lem)
        r.prose = F("Дело {case}: истец — {p1}, ответчик — {p2}. Решением от {d} с ответчика взыскано {amt}. Адрес ответчика: {ad}; представитель истца — {lw} ({lem}).",
                    case=case, p1=P1, p2=P2, d=D, amt=amt, ad=ad, lw=LW, lem=lem)
    r.subject = F(c.L("Judgment in {case}", "Urteil {case}", "Jugement {case}", "Решение по делу {case}"), case=case)
    r.sender = lw
    return r


MERCH = {"en": ["CARD PAYMENT GREENWAY SUPERMKT", "CARD PAYMENT HARBOUR HARDWARE", "DIRECT DEBIT CITY ENERGY", "CASH WITHDRAWAL ATM 0412"],
         "de": ["Kartenzahlung FRISCHEMARKT NORD", "Lastschrift Stadtwerke Nordheim", "Kartenzahlung Tankstelle Süd", "Bargeldauszahlung GA 3318"],
         "fr": ["PAIEMENT CB SUPERMARCHE DU PORT", "PRLV SEPA ENERGIE OUEST", "PAIEMENT CB PHARMACIE GARE", "RETRAIT DAB 0417"],
         "ru": ["Оплата покупки ГИПЕРМАРКЕТ", "Оплата услуг ЖКХ", "Оплата покупки АПТЕКА № 12", "Снятие наличных в банкомате"]}


def d_bank(c):
    r = Rec("bank", c)
    h = c.person()
    HN = c.pname(h)
    L = c.lang
    iban = c.iban() if c.loc != "en_US" else None
    card = c.card() if (c.loc in ("en_US", "ru_RU") or R.random() < 0.4) else None
    d1 = c.nd(2022, 2026)
    d2 = d1 + dt.timedelta(days=R.choice([27, 28, 29, 30]))
    D1, D2 = c.D(d1, "num"), c.D(d2, "num")
    bal = c.MONEY(100, 15000)
    rows = []
    n = R.randint(4, 7)
    people = []
    for i in range(n):
        dd = c.D(d1 + dt.timedelta(days=R.randint(0, 27)), "num")
        k = R.random()
        sign = R.choice(["-", "−"]) if k > 0.25 else "+"
        amt = N("NEG_NUMBER", money_str(R.uniform(4, 2400), L, c.loc).lstrip("$£€"))
        if k < 0.25:
            pp = c.person()
            people.append(pp)
            if L == "ru":
                nm = E("PERSON", f"{pp.first} {pp.mid} {pp.last[0]}.", sub=pp.sub)
                desc = F("Перевод от {nm}", nm=nm)
            elif L == "fr":
                desc = F("VIR SEPA RECU DE " + ("M. " if pp.g == "m" else "MME ") + "{nm} REF {ref}", nm=c.pname(pp, style="fl", caps=True), ref=c.OID("ref"))
            elif L == "de":
                desc = F("Gutschrift von {nm}, Verwendungszweck {ref}", nm=c.pname(pp, style="fl"), ref=c.OID("ref"))
            else:
                desc = F("TRANSFER FROM {nm} REF {ref}", nm=c.pname(pp, style="fl", caps=True), ref=c.OID("ref"))
        elif k < 0.4 and L == "ru":
            desc = F("Перевод по номеру телефона {ph}", ph=c.phone(intl=True))
        elif k < 0.5:
            pp = c.person()
            people.append(pp)
            desc = F(c.L("STANDING ORDER TO {nm} RENT", "Dauerauftrag an {nm} Miete", "VIR PERMANENT {nm} LOYER", "Перевод: получатель {nm}, аренда"),
                     nm=c.pname(pp, style="fl", caps=(L in ("en", "fr"))))
        else:
            desc = S(R.choice(MERCH[L]))
        rows.append((dd, desc, sign, amt))
    r.f("account_holder", c.L("Account holder", "Kontoinhaber/in", "Titulaire", "Владелец счёта"), HN)
    r.f("acct_iban", "IBAN", iban)
    r.f("debit_card", c.L("Debit card", "Debitkarte", "Carte", "Карта"), card)
    r.f("period_from", c.L("From", "Von", "Du", "С"), D1)
    r.f("period_to", c.L("To", "Bis", "Au", "По"), D2)
    r.f("closing_balance", c.L("Closing balance", "Neuer Kontostand", "Solde final", "Исходящий остаток"), bal)
    r.ln(c.L("STATEMENT OF ACCOUNT", "KONTOAUSZUG", "RELEVÉ DE COMPTE", "ВЫПИСКА ПО СЧЁТУ"))
    r.ln(c.L("Account holder: ", "Kontoinhaber: ", "Titulaire : ", "Владелец: ") + "{hn}", hn=HN)
    if iban:
        r.ln("IBAN: {iban}", iban=iban)
    if card:
        r.ln(c.L("Debit card: ", "Karte: ", "Carte : ", "Карта: ") + "{card}", card=card)
    r.ln(c.L("Period: {d1} to {d2}", "Zeitraum: {d1} – {d2}", "Période du {d1} au {d2}", "Период: с {d1} по {d2}"), d1=D1, d2=D2)
    for dd, desc, sign, amt in rows:
        w = R.randint(38, 52)
        pad = " " * max(2, w - len(txt(desc)))
        r.ln("{dd}   {desc}" + pad + sign + "{amt}", dd=dd, desc=desc, amt=amt)
    r.ln(c.L("Closing balance: {bal}", "Neuer Kontostand: {bal}", "Solde final : {bal}", "Исходящий остаток: {bal}"), bal=bal)
    first = next((x for x in rows if has_ann(x[1])), rows[0])
    if L == "en":
        r.prose = F("The statement for {hn}" + (" ({iban})" if iban else "") + " covers {d1} to {d2}. One notable entry on {dd}: {desc}. Closing balance: {bal}.", hn=HN, iban=iban, d1=D1, d2=D2, dd=first[0], desc=first[1], bal=bal)
        if card:
            r.prose += F(" The debit card number is printed unmasked ({card}).", card=card)
    elif L == "de":
        r.prose = F("Der Kontoauszug von {hn}" + (" ({iban})" if iban else "") + " umfasst den Zeitraum {d1} bis {d2}. Auffällig ist die Buchung vom {dd}: {desc}. Neuer Kontostand: {bal}.", hn=HN, iban=iban, d1=D1, d2=D2, dd=first[0], desc=first[1], bal=bal)
        if card:
            r.prose += F(" Die Kartennummer {card} ist unmaskiert abgedruckt.", card=card)
    elif L == "fr":
        r.prose = F("Le relevé de {hn}" + (" ({iban})" if iban else "") + " couvre la période du {d1} au {d2}. À noter, l'opération du {dd} : {desc}. Solde final : {bal}.", hn=HN, iban=iban, d1=D1, d2=D2, dd=first[0], desc=first[1], bal=bal)
        if card:
            r.prose += F(" Le numéro de carte {card} figure en clair.", card=card)
    else:
        r.prose = F("Выписка по счёту, владелец — {hn}, период с {d1} по {d2}. Обратите внимание на операцию {dd}: {desc}. Исходящий остаток: {bal}.", hn=HN, d1=D1, d2=D2, dd=first[0], desc=first[1], bal=bal)
        if card:
            r.prose += F(" Номер карты {card} указан полностью.", card=card)
    r.subject = F(c.L("Your statement {d2}", "Kontoauszug {d2}", "Relevé au {d2}", "Выписка за период по {d2}"), d2=D2)
    r.sender = c.person()
    return r


def d_shipping(c):
    r = Rec("shipping", c)
    p = c.person()
    nm = c.pname(p)
    a = c.addr()
    ph = c.phone()
    em = c.email(p) if R.random() < 0.5 else None
    order = c.OID("order")
    trk = c.CL() if R.random() < 0.55 else c.OID("ship")
    ts = c.TS(style=R.choice(["local", "sql", "iso_z"]))
    eta = c.D(c.nd(2023, 2026))
    L = c.lang
    wv = f"{R.uniform(0.2, 24):.1f}"
    w = N("NEG_NUMBER", wv if L == "en" else wv.replace(".", ","))
    r.f("order_ref", c.L("Order", "Bestellnummer", "Commande", "Заказ"), order)
    r.f("track_no", c.L("Tracking number", "Sendungsnummer", "N° de suivi", "Трек-номер"), trk)
    r.f("shipped_at", c.L("Shipped", "Versendet", "Expédié le", "Отправлено"), ts)
    r.f("recipient", c.L("Deliver to", "Empfänger/in", "Destinataire", "Получатель"), nm)
    r.f("delivery_addr", c.L("Delivery address", "Lieferadresse", "Adresse de livraison", "Адрес доставки"), a)
    r.f("tel_no", c.L("Phone", "Telefon", "Téléphone", "Телефон"), ph)
    r.f("contact_mail_addr", c.L("Email", "E-Mail", "Courriel", "E-mail"), em)
    r.f("eta_date", c.L("Estimated delivery", "Voraussichtliche Zustellung", "Livraison prévue", "Ожидаемая доставка"), eta)
    r.f("weight_kg", c.L("Weight (kg)", "Gewicht (kg)", "Poids (kg)", "Вес (кг)"), w)
    ml = c.addr_segs(a, multiline=True)
    if L == "en":
        r.ln("Your order {order} is on its way", order=order)
        r.ln("Tracking number: {trk}", trk=trk)
        r.ln("Shipped: {ts}", ts=ts)
        r.ln("Deliver to:")
        r.ln("{nm}", nm=nm)
        r.ln("{ml}", ml=ml)
        r.ln("Phone: {ph}", ph=ph)
        if em:
            r.ln("Notifications to: {em}", em=em)
        r.ln("Estimated delivery: {eta} · Weight: {w} kg", eta=eta, w=w)
        r.prose = F("Order {order} shipped on {ts} with tracking number {trk}. It is addressed to {nm}, {ad} (phone {ph}) and should arrive on {eta}.", order=order, ts=ts, trk=trk, nm=nm, ad=c.addr_segs(a), ph=ph, eta=eta)
    elif L == "de":
        r.ln("Ihre Bestellung {order} ist unterwegs", order=order)
        r.ln("Sendungsnummer: {trk}", trk=trk)
        r.ln("Versendet am: {ts}", ts=ts)
        r.ln("Lieferadresse:")
        r.ln("{nm}", nm=nm)
        r.ln("{ml}", ml=ml)
        r.ln("Telefon für Zustellhinweise: {ph}", ph=ph)
        if em:
            r.ln("Benachrichtigung an: {em}", em=em)
        r.ln("Voraussichtliche Zustellung: {eta} · Gewicht: {w} kg", eta=eta, w=w)
        r.prose = F("Die Bestellung {order} wurde am {ts} verschickt (Sendungsnummer {trk}). Empfänger ist {nm}, {ad}, Telefon {ph}; Zustellung voraussichtlich am {eta}.", order=order, ts=ts, trk=trk, nm=nm, ad=c.addr_segs(a), ph=ph, eta=eta)
    elif L == "fr":
        r.ln("Votre commande {order} a été expédiée", order=order)
        r.ln("Numéro de suivi : {trk}", trk=trk)
        r.ln("Date d'expédition : {ts}", ts=ts)
        r.ln("Adresse de livraison :")
        r.ln("{nm}", nm=nm)
        r.ln("{ml}", ml=ml)
        r.ln("Téléphone : {ph}", ph=ph)
        if em:
            r.ln("Notifications : {em}", em=em)
        r.ln("Livraison prévue le {eta} · Poids : {w} kg", eta=eta, w=w)
        r.prose = F("La commande {order} est partie le {ts} (suivi {trk}). Destinataire : {nm}, {ad}, tél. {ph} ; livraison prévue le {eta}.", order=order, ts=ts, trk=trk, nm=nm, ad=c.addr_segs(a), ph=ph, eta=eta)
    else:
        r.ln("Заказ {order} передан в службу доставки", order=order)
        r.ln("Трек-номер: {trk}", trk=trk)
        r.ln("Дата отправки: {ts}", ts=ts)
        r.ln("Получатель: {nm}", nm=nm)
        r.ln("Адрес доставки: {ad}", ad=c.addr_segs(a))
        r.ln("Телефон получателя: {ph}", ph=ph)
        if em:
            r.ln("Уведомления: {em}", em=em)
        r.ln("Ожидаемая дата доставки: {eta}, вес посылки: {w} кг", eta=eta, w=w)
        r.prose = F("Заказ {order} отправлен {ts}, трек-номер {trk}. Получатель — {nm}, адрес: {ad}, телефон {ph}. Ожидаемая дата доставки — {eta}.", order=order, ts=ts, trk=trk, nm=nm, ad=c.addr_segs(a), ph=ph, eta=eta)
    r.subject = F(c.L("Your order {order} has shipped", "Versandbestätigung {order}", "Expédition de votre commande {order}", "Заказ {order} отправлен"), order=order)
    r.sender = None
    return r


SECRET_POOL = [("aws", 16), ("db", 16), ("github_pat_classic", 8), ("github_other", 4), ("github_pat_fine", 3), ("gitlab", 3),
               ("google_api", 3), ("openai_like", 4), ("stripe", 5), ("slack", 12), ("jwt", 10), ("password", 4), ("pem", 7)]
PEM_SUBS = ["pem_rsa_private_key", "pem_private_key", "pem_ec_private_key", "pem_openssh_private_key", "pem_encrypted_private_key"]


def secret_lines(c, kinds):
    """config-style lines: list of segs, plus list of the main key segs for prose"""
    lines, keys = [], []
    for k in kinds:
        if k == "aws":
            a, s_ = c.key("aws_access_key_id"), c.key("aws_secret_key")
            if R.random() < 0.5:
                lines += [F("AWS_ACCESS_KEY_ID={a}", a=a), F("AWS_SECRET_ACCESS_KEY={s}", s=s_)]
            else:
                lines += [F("[reports-prod]"), F("aws_access_key_id = {a}", a=a), F("aws_secret_access_key = {s}", s=s_)]
            keys.append(a)
        elif k == "db":
            pw = c.key("db_password")
            host = c.ip4(True) if R.random() < 0.4 else R.choice(["db-prod-2.internal", "pg-reports.svc.local", "mysql-01.corp.lan", "10-dot-db.internal"])
            scheme, port = R.choice([("postgres", 5432), ("postgresql", 5432), ("mysql", 3306), ("mongodb", 27017), ("redis", 6379)])
            user = R.choice(["svc_reports", "app_rw", "etl", "kb_reader", "billing"])
            var = R.choice(["REPORTS_DB_URL", "PG_DSN", "SQL_CONN", "KB_STORE_URI"])
            lines.append(F(var + "=" + scheme + "://" + user + ":{pw}@{host}:" + str(port) + "/" + R.choice(["reports", "kb", "billing", "docs"]), pw=pw, host=host))
            keys.append(pw)
        elif k == "pem":
            sub = R.choice(PEM_SUBS)
            kk = c.key(sub)
            lines.append(F("{k}", k=kk))
            keys.append(kk)
        elif k == "jwt":
            kk = c.key("jwt")
            lines.append(F(R.choice(["Authorization: Bearer {k}", "curl -H \"Authorization: Bearer {k}\" https://kb-gateway.internal/v2/search", "SESSION_TOKEN={k}"]), k=kk))
            keys.append(kk)
        elif k == "password":
            kk = c.key("password")
            lines.append(F(R.choice(["ADMIN_PASSWORD={k}", "admin password: {k}", "SMTP_PASS={k}"]), k=kk))
            keys.append(kk)
        else:
            kk = c.key(k)
            var = {"github_pat_classic": "GITHUB_PAT", "github_other": "GH_APP_TOKEN", "github_pat_fine": "GITHUB_FINE_PAT", "gitlab": "GITLAB_PAT",
                   "google_api": "MAPS_API_KEY", "openai_like": "LLM_API_KEY", "stripe": "STRIPE_SECRET", "slack": "SLACK_BOT"}[k]
            lines.append(F(var + "={k}", k=kk))
            keys.append(kk)
    return lines, keys


def pick_secrets(n):
    out = []
    while len(out) < n:
        k = R.choices([x for x, _ in SECRET_POOL], [w for _, w in SECRET_POOL])[0]
        if k not in out:
            out.append(k)
    return out


def d_incident_clean(c):
    r = Rec("incident", c)
    team = c.L(["platform on-call", "the SRE rota"], ["die Plattform-Rufbereitschaft", "das SRE-Team"], ["l'astreinte plateforme", "l'équipe SRE"], ["дежурная смена платформы", "команда SRE"])
    host = R.choice(["api-gw-02", "ocr-worker-7", "kb-indexer-3", "search-proxy-1"])
    inc = c.OID("ticket")
    D = c.D(c.nd(2022, 2026))
    t0 = rand_dt(2022, 2026)
    T1 = c.TS(t0, "iso_z")
    T2 = c.TS(t0 + dt.timedelta(minutes=R.randint(5, 50)), "iso_z")
    T3 = c.TS(t0 + dt.timedelta(minutes=R.randint(60, 240)), "iso_z")
    ver, v2 = c.VER(), c.VER()
    hs = c.HASH(R.choice([7, 12, 40]))
    cfg = [F("image: registry.internal/" + host + ":{v}", v=c.VER(False)), S("POOL_SIZE=0"), S("REQUEST_TIMEOUT_MS=30000"), F("CONFIG_SHA256={h}", h=c.HASH(64))]
    r.f("incident_ref", c.L("Incident", "Störung", "Incident", "Инцидент"), inc)
    r.f("on_call", c.L("On call", "Rufbereitschaft", "Astreinte", "Дежурный"), team)
    r.f("affected_host", c.L("Affected host", "Betroffener Host", "Hôte concerné", "Хост"), host)
    r.f("broken_release", c.L("Faulty release", "Fehlerhaftes Release", "Version fautive", "Сбойный релиз"), v2)
    r.f("rolled_back_to", c.L("Rolled back to", "Zurückgerollt auf", "Version restaurée", "Откат до версии"), ver)
    r.f("bad_commit", "Commit", hs)
    hdr = {"en": ["Post-incident review {inc} ({d})", "Timeline (UTC):", "{t1}  alert: p95 latency above 4 s on " + host, "{t2}  " + team + " rolled back from {v2} to {ver}", "{t3}  error rate back to baseline",
                  "Root cause: commit {hs} set the connection pool size to zero:", "Action items: add a config validation step to the pipeline."],
           "de": ["Störungsbericht {inc} vom {d}", "Zeitlicher Ablauf (UTC):", "{t1}  Alarm: p95-Latenz über 4 s auf " + host, "{t2}  " + team[0].upper() + team[1:] + " rollt von {v2} auf {ver} zurück", "{t3}  Fehlerrate wieder im Normalbereich",
                  "Ursache: Commit {hs} hat die Größe des Verbindungspools auf null gesetzt:", "Maßnahmen: Konfigurationsprüfung in die Pipeline aufnehmen."],
           "fr": ["Retour d'incident {inc} ({d})", "Chronologie (UTC) :", "{t1}  alerte : latence p95 supérieure à 4 s sur " + host, "{t2}  " + team + " revient de la version {v2} à la {ver}", "{t3}  taux d'erreur revenu à la normale",
                  "Cause : le commit {hs} a fixé la taille du pool de connexions à zéro :", "Actions : ajouter une validation de configuration dans la chaîne CI."],
           "ru": ["Разбор инцидента {inc} от {d}", "Хронология (UTC):", "{t1}  алерт: p95 задержки выше 4 с на " + host, "{t2}  " + team + ": откат с {v2} на {ver}", "{t3}  доля ошибок вернулась к норме",
                  "Причина: коммит {hs} выставил размер пула соединений в ноль:", "Что делаем: добавляем проверку конфигурации в пайплайн."]}[c.lang]
    kw = dict(inc=inc, d=D, t1=T1, t2=T2, t3=T3, ver=ver, v2=v2, hs=hs)
    for h in hdr[:6]:
        r.ln(h, **kw)
    r.letter.append(S("```"))
    r.letter.extend(cfg)
    r.letter.append(S("```"))
    r.ln(hdr[6])
    r.prose = F(c.L("Incident {inc} was caused by commit {hs}, which set the connection pool size to zero; the rollback from {v2} to {ver} happened at {t2} and the error rate recovered by {t3}. No credentials or personal data were involved.",
                    "Ursache der Störung {inc} war Commit {hs}, der den Verbindungspool auf null gesetzt hat; um {t2} wurde von {v2} auf {ver} zurückgerollt, ab {t3} war die Fehlerrate wieder normal. Zugangsdaten oder personenbezogene Daten waren nicht betroffen.",
                    "L'incident {inc} vient du commit {hs}, qui a mis la taille du pool de connexions à zéro ; retour de la version {v2} à la {ver} à {t2}, taux d'erreur normal dès {t3}. Aucun identifiant ni donnée personnelle n'est concerné.",
                    "Причина инцидента {inc} — коммит {hs}, обнуливший размер пула соединений; в {t2} выполнен откат с {v2} на {ver}, к {t3} доля ошибок вернулась к норме. Ключи и персональные данные не затронуты."), **kw)
    r.subject = F(c.L("Postmortem {inc}", "Störungsbericht {inc}", "Retour d'incident {inc}", "Разбор {inc}"), inc=inc)
    return r


def d_incident(c):
    if R.random() < 0.15 and not FORCE.get("no_clean"):
        return d_incident_clean(c)
    r = Rec("incident", c)
    o = c.person()
    ON = c.pname(o, style="fl")
    ph = c.phone()
    inc = c.OID("ticket")
    D = c.D(c.nd(2022, 2026))
    t0 = rand_dt(2022, 2026)
    T1 = c.TS(t0, "iso_z")
    T2 = c.TS(t0 + dt.timedelta(minutes=R.randint(5, 50)), "iso_z")
    T3 = c.TS(t0 + dt.timedelta(minutes=R.randint(60, 240)), "iso_z")
    ip1 = c.ip4() if R.random() < 0.65 or FORCE.get("ip4") else c.ip6()
    ip2 = (c.ip4(True) if R.random() < 0.7 else c.ip6()) if R.random() < 0.6 else None
    ver = c.VER()
    hs = c.HASH(R.choice([7, 12, 40]))
    kinds = pick_secrets(R.randint(2, 4))
    sl, keys = secret_lines(c, kinds)
    r.f("incident_ref", c.L("Incident", "Störung", "Incident", "Инцидент"), inc)
    r.f("on_call", c.L("On call", "Rufbereitschaft", "Astreinte", "Дежурный"), S(ON, ", ", ph))
    r.f("affected_host", c.L("Affected host", "Betroffener Host", "Hôte concerné", "Хост"), ip1)
    r.f("rolled_back_to", c.L("Rolled back to", "Zurückgerollt auf", "Version restaurée", "Откат до версии"), ver)
    r.f("failover_host", c.L("Failover target", "Failover-Ziel", "Bascule vers", "Переключение на"), ip2)
    r.f("bad_commit", "Commit", hs)
    for i, kk in enumerate(keys):
        r.f("exposed_secret_%d" % (i + 1), c.L("Exposed secret", "Offengelegtes Secret", "Secret exposé", "Скомпрометированный секрет"), kk)
    L = c.lang
    hdr = {"en": ["Post-incident review {inc} ({d})", "Timeline (UTC):", "{t1}  alert: 5xx spike on api-gw-02 ({ip})", "{t2}  {on} (on call, {ph}) rolled back to {ver}", "{t3}  leaked credentials rotated",
                  "Root cause: commit {hs} added a debug config containing live credentials:", "Action items: move secrets to the vault, add a pre-commit secret scanner."],
           "de": ["Störungsbericht {inc} vom {d}", "Zeitlicher Ablauf (UTC):", "{t1}  Alarm: Anstieg der 5xx-Fehler auf api-gw-02 ({ip})", "{t2}  {on} (Rufbereitschaft, {ph}) rollt auf Version {ver} zurück", "{t3}  kompromittierte Zugangsdaten rotiert",
                  "Ursache: Mit Commit {hs} wurde eine Debug-Konfiguration mit produktiven Zugangsdaten eingecheckt:", "Maßnahmen: Secrets in den Vault verschieben, Pre-Commit-Scanner einführen."],
           "fr": ["Retour d'incident {inc} ({d})", "Chronologie (UTC) :", "{t1}  alerte : hausse des erreurs 5xx sur api-gw-02 ({ip})", "{t2}  {on} (astreinte, {ph}) revient à la version {ver}", "{t3}  identifiants exposés révoqués",
                  "Cause : le commit {hs} a ajouté un fichier de configuration de debug contenant des identifiants de production :", "Actions : déplacer les secrets dans le coffre-fort, ajouter un scanner de secrets en pre-commit."],
           "ru": ["Разбор инцидента {inc} от {d}", "Хронология (UTC):", "{t1}  алерт: рост ошибок 5xx на api-gw-02 ({ip})", "{t2}  дежурный инженер {on} ({ph}) откатил релиз до версии {ver}", "{t3}  скомпрометированные ключи отозваны",
                  "Причина: в коммите {hs} в репозиторий попал отладочный конфиг с боевыми ключами:", "Что делаем: переносим секреты в Vault, добавляем сканер секретов в pre-commit."]}[L]
    kw = dict(inc=inc, d=D, t1=T1, t2=T2, t3=T3, ip=ip1, on=ON, ph=ph, ver=ver, hs=hs)
    for i, h in enumerate(hdr[:6]):
        r.ln(h, **kw)
        if i == 3 and ip2:
            r.ln(c.L("{t}  traffic drained to standby {ip2}", "{t}  Traffic auf Standby {ip2} umgeleitet", "{t}  trafic basculé vers le secours {ip2}", "{t}  трафик переключён на резерв {ip2}"),
                 t=c.TS(t0 + dt.timedelta(minutes=R.randint(51, 59)), "iso_z"), ip2=ip2)
    r.letter.append(S("```"))
    r.letter.extend(sl)
    r.letter.append(S("```"))
    r.ln(hdr[6])
    k1 = keys[0]
    k2 = keys[1] if len(keys) > 1 else None
    if L == "en":
        r.prose = F("According to incident write-up {inc}, commit {hs} exposed live credentials. {on} rolled back to {ver} at {t2}. The values quoted in the document include {k1}" + (" and {k2}" if k2 else "") + "; they were rotated at {t3}.", k1=k1, k2=k2, **kw)
    elif L == "de":
        r.prose = F("Laut Störungsbericht {inc} hat Commit {hs} produktive Zugangsdaten offengelegt. {on} hat um {t2} auf {ver} zurückgerollt. Im Dokument stehen u. a. {k1}" + (" und {k2}" if k2 else "") + "; rotiert wurde um {t3}.", k1=k1, k2=k2, **kw)
    elif L == "fr":
        r.prose = F("D'après le retour d'incident {inc}, le commit {hs} a exposé des identifiants de production. {on} est revenu à la version {ver} à {t2}. Le document cite notamment {k1}" + (" et {k2}" if k2 else "") + " ; révocation à {t3}.", k1=k1, k2=k2, **kw)
    else:
        r.prose = F("Согласно разбору инцидента {inc}, в коммите {hs} оказались боевые ключи. Дежурный {on} откатил релиз до {ver} в {t2}. В документе приведены {k1}" + (" и {k2}" if k2 else "") + "; ключи отозваны в {t3}.", k1=k1, k2=k2, **kw)
    r.subject = F(c.L("Postmortem {inc} – please review", "Störungsbericht {inc}", "Retour d'incident {inc}", "Разбор {inc}"), inc=inc)
    r.sender = o
    return r


PORTAL = {"en": ["tenant portal", "claims portal", "supplier portal", "patient app"], "de": ["Mieterportal", "Schadenportal", "Lieferantenportal", "Patientenportal"],
          "fr": ["espace locataire", "portail sinistres", "portail fournisseurs", "espace patient"], "ru": ["личном кабинете арендатора", "портале страховых случаев", "портале поставщиков", "личном кабинете пациента"]}


def d_access(c):
    r = Rec("access", c)
    u = c.person()
    UN = c.pname(u, style="fl")
    em = c.email(u)
    pw = c.key("password")
    key = c.key(R.choice(["stripe", "openai_like", "github_pat_classic", "slack", "google_api", "gitlab", "jwt"])) if R.random() < 0.55 else None
    L = c.lang
    po = R.choice(PORTAL[L])
    ex = c.D(c.nd(2023, 2026))
    r.f("user", c.L("User", "Benutzer/in", "Utilisateur", "Пользователь"), UN)
    r.f("login_id", c.L("Username", "Benutzername", "Identifiant", "Логин"), em)
    r.f("initial_secret", c.L("Temporary password", "Initialpasswort", "Mot de passe provisoire", "Временный пароль"), pw)
    r.f("valid_until", c.L("Valid until", "Gültig bis", "Valable jusqu'au", "Действует до"), ex)
    r.f("integration_key", c.L("API key", "API-Schlüssel", "Clé d'API", "API-ключ"), key)
    lip = (c.ip4() if R.random() < 0.7 else c.ip6()) if R.random() < 0.45 else None
    r.f("created_from_ip", c.L("Requested from IP", "Angefordert von IP", "Demande depuis l'IP", "Запрос с IP"), lip)
    if L == "en":
        r.ln("Hello {un},", un=UN)
        r.ln("your account for the " + po + " has been set up.")
        r.ln("Username: {em}", em=em)
        r.ln("Temporary password: {pw}", pw=pw)
        r.ln("The password expires on {ex}; you will be asked to choose a new one when you first sign in.", ex=ex)
        if key:
            r.ln("For the REST integration please use this key: {key}", key=key)
        if lip:
            r.ln("This request came from {ip}. If that wasn't you, contact the service desk.", ip=lip)
        r.prose = F("The set-up e-mail for {un} gives the username {em} and a temporary password, {pw}.", un=UN, em=em, pw=pw)
        if key:
            r.prose += F(" It also contains an API key ({key}), which should be revoked if this thread was shared.", key=key)
    elif L == "de":
        r.ln("Guten Tag " + gw(u, "Herr", "Frau") + " {un},", un=UN)
        r.ln("Ihr Zugang zum " + po + " wurde eingerichtet.")
        r.ln("Benutzername: {em}", em=em)
        r.ln("Initialpasswort: {pw}", pw=pw)
        r.ln("Das Passwort ist bis zum {ex} gültig und muss bei der ersten Anmeldung geändert werden.", ex=ex)
        if key:
            r.ln("Für die REST-Schnittstelle verwenden Sie bitte diesen Schlüssel: {key}", key=key)
        if lip:
            r.ln("Die Anfrage kam von der IP-Adresse {ip}. Falls Sie das nicht waren, melden Sie sich beim Service Desk.", ip=lip)
        r.prose = F("In der Zugangs-Mail für {un} stehen der Benutzername {em} und das Initialpasswort {pw}.", un=UN, em=em, pw=pw)
        if key:
            r.prose += F(" Außerdem enthält sie einen API-Schlüssel ({key}) – der sollte widerrufen werden, falls der Verlauf weitergeleitet wurde.", key=key)
    elif L == "fr":
        r.ln("Bonjour {un},", un=UN)
        r.ln("votre accès au " + po + " est activé." if not po.startswith("espace") else "votre " + po + " est activé.")
        r.ln("Identifiant : {em}", em=em)
        r.ln("Mot de passe provisoire : {pw}", pw=pw)
        r.ln("Il est valable jusqu'au {ex} et devra être modifié à la première connexion.", ex=ex)
        if key:
            r.ln("Pour l'intégration via l'API, utilisez la clé suivante : {key}", key=key)
        if lip:
            r.ln("La demande provient de l'adresse IP {ip}. Si ce n'est pas vous, contactez le support.", ip=lip)
        r.prose = F("Le courriel d'activation destiné à {un} indique l'identifiant {em} et le mot de passe provisoire {pw}.", un=UN, em=em, pw=pw)
        if key:
            r.prose += F(" Il contient aussi une clé d'API ({key}) qu'il faudrait révoquer si ce fil a été partagé.", key=key)
    else:
        r.ln("Здравствуйте, {un}!", un=UN)
        r.ln("Для вас создана учётная запись в " + po + ".")
        r.ln("Логин: {em}", em=em)
        r.ln("Временный пароль: {pw}", pw=pw)
        r.ln("Пароль действует до {ex}, при первом входе система попросит его сменить.", ex=ex)
        if key:
            r.ln("Для интеграции по API используйте ключ: {key}", key=key)
        if lip:
            r.ln("Запрос поступил с IP-адреса {ip}. Если это были не вы, обратитесь в поддержку.", ip=lip)
        r.prose = F("В письме с доступом (адресат — {un}) указаны логин {em} и временный пароль {pw}.", un=UN, em=em, pw=pw)
        if key:
            r.prose += F(" Там же есть API-ключ ({key}); если переписка пересылалась, ключ лучше отозвать.", key=key)
    r.subject = F(c.L("Your new account", "Ihre Zugangsdaten", "Vos identifiants de connexion", "Доступ в личный кабинет"))
    r.sender = c.person()
    return r


def d_kyc(c):
    r = Rec("kyc", c)
    p = c.person()
    nm = c.pname(p)
    dob = c.dob(dob_style(c))
    a = c.addr()
    ad = c.addr_segs(a)
    ph = c.phone()
    em = c.email(p)
    ref = c.OID("ticket")
    D = c.D(c.nd(2022, 2026))
    o = c.person()
    ON = c.pname(o, style="fl") if R.random() < 0.5 else S(c.L("the compliance team", "das Compliance-Team", "l'équipe conformité", "отдел комплаенс"))
    L = c.lang
    x = R.random()
    ssn = c.ssn() if c.loc == "en_US" or x < 0.25 or FORCE.get("kyc_all") else None
    ru = c.loc == "ru_RU" or 0.25 <= x < 0.65 or FORCE.get("kyc_all")
    pp = c.passport() if ru else None
    sn = c.snils() if ru and (c.loc == "ru_RU" or R.random() < 0.7 or FORCE.get("kyc_all")) else None
    inn = c.inn() if ru and (c.loc == "ru_RU" or R.random() < 0.7 or FORCE.get("kyc_all")) else None
    issued = c.D(c.nd(2005, 2022)) if pp else None
    iban = c.iban() if c.loc != "en_US" and R.random() < 0.4 else None
    r.f("kyc_ref", c.L("Record", "Vorgang", "Dossier", "Анкета"), ref)
    r.f("client_full_name", c.L("Full name", "Name", "Nom complet", "ФИО"), nm)
    r.f("birth_date", c.L("Date of birth", "Geburtsdatum", "Date de naissance", "Дата рождения"), dob)
    r.f("us_ssn", "SSN", ssn)
    r.f("ru_passport_no", c.L("Russian internal passport", "Russischer Inlandspass", "Passeport intérieur russe", "Паспорт"), pp)
    r.f("passport_issued", c.L("Issued on", "Ausgestellt am", "Délivré le", "Дата выдачи"), issued)
    r.f("snils_no", "СНИЛС" if L == "ru" else "SNILS", sn)
    r.f("inn_no", "ИНН" if L == "ru" else "INN", inn)
    r.f("home", c.L("Residential address", "Wohnanschrift", "Adresse", "Адрес регистрации"), a)
    r.f("tel_no", c.L("Phone", "Telefon", "Téléphone", "Телефон"), ph)
    r.f("contact_mail_addr", c.L("Email", "E-Mail", "Courriel", "Эл. почта"), em)
    r.f("ref_iban", c.L("Reference account", "Referenzkonto", "Compte de référence", "IBAN"), iban)
    r.f("checked_on", c.L("Verified on", "Geprüft am", "Vérifié le", "Дата проверки"), D)
    r.f("checked_by", c.L("Verified by", "Geprüft von", "Vérifié par", "Проверил(а)"), ON)
    if L == "en":
        r.ln("CUSTOMER DUE DILIGENCE RECORD {ref}", ref=ref)
        r.ln("Full name: {nm}", nm=nm)
        r.ln("Date of birth: {dob}", dob=dob)
        if ssn:
            r.ln("SSN: {ssn}", ssn=ssn)
        if pp:
            r.ln("Russian internal passport: {pp}, issued {iss}", pp=pp, iss=issued)
        if sn:
            r.ln("SNILS: {sn}", sn=sn)
        if inn:
            r.ln("Taxpayer number (INN): {inn}", inn=inn)
        r.ln("Residential address: {ad}", ad=ad)
        r.ln("Phone: {ph} · Email: {em}", ph=ph, em=em)
        if iban:
            r.ln("Reference account: {iban}", iban=iban)
        r.ln("Checked on {d} by {on}", d=D, on=ON)
        r.prose = F("The KYC record {ref} identifies {nm}, born {dob}, living at {ad}.", ref=ref, nm=nm, dob=dob, ad=ad)
        if ssn:
            r.prose += F(" SSN on file: {ssn}.", ssn=ssn)
        if pp:
            r.prose += F(" ID document: Russian internal passport {pp}.", pp=pp)
        r.prose += F(" Contact: {ph}, {em}. Verified on {d}.", ph=ph, em=em, d=D)
    elif L == "de":
        r.ln("KYC-Prüfung {ref}", ref=ref)
        r.ln("Name: {nm}", nm=nm)
        r.ln("Geburtsdatum: {dob}", dob=dob)
        if ssn:
            r.ln("US-Sozialversicherungsnummer: {ssn}", ssn=ssn)
        if pp:
            r.ln("Ausweisdokument: russischer Inlandspass {pp}, ausgestellt am {iss}", pp=pp, iss=issued)
        if sn:
            r.ln("SNILS: {sn}", sn=sn)
        if inn:
            r.ln("INN (russische Steuernummer): {inn}", inn=inn)
        r.ln("Wohnanschrift: {ad}", ad=ad)
        r.ln("Telefon: {ph}, E-Mail: {em}", ph=ph, em=em)
        if iban:
            r.ln("Referenzkonto: {iban}", iban=iban)
        r.ln("Geprüft am {d} durch {on}", d=D, on=ON)
        r.prose = F("Laut KYC-Bogen {ref} handelt es sich um {nm}, geb. {dob}, wohnhaft {ad}.", ref=ref, nm=nm, dob=dob, ad=ad)
        if pp:
            r.prose += F(" Vorgelegt wurde der russische Inlandspass {pp}.", pp=pp)
        if ssn:
            r.prose += F(" Hinterlegt ist zudem die SSN {ssn}.", ssn=ssn)
        r.prose += F(" Kontakt: {ph}, {em}; geprüft am {d}.", ph=ph, em=em, d=D)
    elif L == "fr":
        r.ln("FICHE CONNAISSANCE CLIENT {ref}", ref=ref)
        r.ln("Nom complet : {nm}", nm=nm)
        r.ln("Date de naissance : {dob}", dob=dob)
        if ssn:
            r.ln("Numéro de sécurité sociale américain : {ssn}", ssn=ssn)
        if pp:
            r.ln("Pièce d'identité : passeport intérieur russe {pp}, délivré le {iss}", pp=pp, iss=issued)
        if sn:
            r.ln("SNILS : {sn}", sn=sn)
        if inn:
            r.ln("INN (numéro fiscal russe) : {inn}", inn=inn)
        r.ln("Adresse : {ad}", ad=ad)
        r.ln("Téléphone : {ph} – courriel : {em}", ph=ph, em=em)
        if iban:
            r.ln("Compte de référence : {iban}", iban=iban)
        r.ln("Vérifiée le {d} par {on}", d=D, on=ON)
        r.prose = F("La fiche KYC {ref} concerne {nm}, " + gw(p, "né", "née") + " le {dob}, " + gw(p, "domicilié", "domiciliée") + " au {ad}.", ref=ref, nm=nm, dob=dob, ad=ad)
        if pp:
            r.prose += F(" Pièce présentée : passeport intérieur russe {pp}.", pp=pp)
        if ssn:
            r.prose += F(" SSN indiqué : {ssn}.", ssn=ssn)
        r.prose += F(" Contact : {ph}, {em} ; vérification du {d}.", ph=ph, em=em, d=D)
    else:
        r.ln("АНКЕТА КЛИЕНТА — ФИЗИЧЕСКОГО ЛИЦА ({ref})", ref=ref)
        r.ln("ФИО: {nm}", nm=nm)
        r.ln("Дата рождения: {dob}", dob=dob)
        r.ln("Паспорт: {pp}, выдан {iss}", pp=pp, iss=issued)
        if sn:
            r.ln("СНИЛС: {sn}", sn=sn)
        if inn:
            r.ln("ИНН: {inn}", inn=inn)
        if ssn:
            r.ln("SSN (для налоговых резидентов США): {ssn}", ssn=ssn)
        r.ln("Адрес регистрации: {ad}", ad=ad)
        r.ln("Телефон: {ph}", ph=ph)
        r.ln("Электронная почта: {em}", em=em)
        r.ln("Проверку провёл: {on}, {d}", on=ON, d=D)
        r.prose = F("Анкета {ref}: клиент — {nm}, дата рождения {dob}, паспорт {pp}" + (", СНИЛС {sn}" if sn else "") + (", ИНН {inn}" if inn else "") + ". Адрес регистрации: {ad}. Контакты: {ph}, {em}.",
                    ref=ref, nm=nm, dob=dob, pp=pp, sn=sn, inn=inn, ad=ad, ph=ph, em=em)
        if ssn:
            r.prose += F(" Указан также SSN: {ssn}.", ssn=ssn)
    r.subject = F(c.L("KYC {ref}", "KYC-Vorgang {ref}", "Dossier KYC {ref}", "Анкета {ref}"), ref=ref)
    r.sender = o
    return r


DOMAINS = OrderedDict([
    ("invoice", (d_invoice, 8)), ("receipt", (d_receipt, 8)), ("cv", (d_cv, 5)), ("discharge", (d_discharge, 11)), ("referral", (d_referral, 8)),
    ("claim", (d_claim, 6)), ("tenancy", (d_tenancy, 5)), ("employment", (d_employment, 7)), ("police", (d_police, 8)), ("court", (d_court, 2)),
    ("bank", (d_bank, 6)), ("shipping", (d_shipping, 5)), ("incident", (d_incident, 18)), ("access", (d_access, 10)), ("kyc", (d_kyc, 8)),
])
LOC_BOOST = {"ru_RU": {"kyc": 2.2, "employment": 1.6, "bank": 1.3}, "en_US": {"kyc": 1.3, "employment": 1.2}, "en_GB": {"discharge": 1.4, "referral": 1.4}}


def pick_domain(c=None):
    boost = LOC_BOOST.get(c.loc, {}) if c is not None else {}
    return R.choices(list(DOMAINS), [w * boost.get(k, 1.0) for k, (_, w) in DOMAINS.items()])[0]


def make_rec(c, dom=None):
    dom = dom or pick_domain(c)
    c.ds = R.choice(["num", "num", "long", "iso"])
    r = DOMAINS[dom][0](c)
    n = digits(4, True)
    r.file = FILES[dom]["en de fr ru".split().index(c.lang)].replace("{n}", n)
    return r


# --------------------------------------------------------------------------------------
# renderers: chat (text)
# --------------------------------------------------------------------------------------
def noun(c, dom, form):
    n = NOUN[dom]
    if c.lang == "en":
        return n[0]
    if c.lang == "de":
        return n[1][{"nom": 0, "dat": 1, "acc": 2}[form]]
    if c.lang == "fr":
        return n[2][{"le": 0, "de": 1}[form]]
    return n[3][{"nom": 0, "gen": 1, "acc": 2, "prep": 3}[form]]


def intro(c, rec, kind):
    d = rec.dom
    t = {
        "fields": {"en": ["Here are the key details from the {n}:", "I pulled the {n} ({file}) from the document store. The relevant fields are:", "Extracted from the uploaded {n}:"],
                   "de": ["Hier die wichtigsten Angaben aus {dat}:", "Ich habe {acc} ({file}) im Dokumentenarchiv gefunden. Relevante Felder:", "Aus {dat} extrahiert:"],
                   "fr": ["Voici les informations principales {de} :", "J'ai retrouvé {le} ({file}) dans la base documentaire. Champs pertinents :", "Éléments extraits {de} :"],
                   "ru": ["Вот основные данные из {gen}:", "Нашёл {acc} ({file}) в хранилище документов. Ключевые поля:", "Поля, извлечённые из {gen}:"]},
        "quote": {"en": ["The relevant passage from the {n} reads:", "Quoting the retrieved {n} ({file}):", "Here's the exact wording from the {n}:"],
                  "de": ["Die entsprechende Passage aus {dat} lautet:", "Wörtlich heißt es in {dat} ({file}):", "Hier der Originalwortlaut:"],
                  "fr": ["Voici le passage concerné {de} :", "Extrait {de} ({file}) :", "Je cite le document retrouvé :"],
                  "ru": ["Соответствующий фрагмент из {gen}:", "Цитата из {gen} ({file}):", "Дословно в документе написано:"]},
        "ocr": {"en": ["OCR output for {file}:", "Raw text extracted from the scanned {n}:", "Here is what the OCR engine returned for {file}:"],
                "de": ["OCR-Ergebnis für {file}:", "Rohtext des gescannten Dokuments ({file}):", "Das hat die Texterkennung aus {file} gelesen:"],
                "fr": ["Résultat OCR pour {file} :", "Texte brut extrait du scan ({file}) :", "Voici ce que l'OCR a lu dans {file} :"],
                "ru": ["Результат OCR для {file}:", "Распознанный текст скана ({file}):", "Вот что распознал OCR в файле {file}:"]},
        "email": {"en": ["Here's the thread from the shared mailbox:", "I found this e-mail thread about it:", "The most relevant message in the mailbox is this one:"],
                  "de": ["Hier der Verlauf aus dem Gruppenpostfach:", "Dazu habe ich folgenden Mailverlauf gefunden:", "Die passende Nachricht im Postfach:"],
                  "fr": ["Voici l'échange retrouvé dans la boîte partagée :", "J'ai trouvé ce fil de discussion :", "Le message le plus pertinent de la boîte mail :"],
                  "ru": ["Вот переписка из общего ящика:", "Нашёл такую цепочку писем:", "Самое подходящее письмо в ящике:"]},
    }[kind][c.lang]
    s = R.choice(t)
    kw = {"file": rec.file}
    if c.lang == "en":
        kw["n"] = noun(c, d, "nom")
    elif c.lang == "de":
        kw.update(dat=noun(c, d, "dat"), acc=noun(c, d, "acc"))
    elif c.lang == "fr":
        kw.update(de=noun(c, d, "de"), le=noun(c, d, "le"))
    else:
        kw.update(gen=noun(c, d, "gen"), acc=noun(c, d, "acc"))
    return F(s, **kw)


def outro(c, rec):
    k = R.random()
    if k < 0.3:
        return None
    if k < 0.4:
        return F(c.L("Shared via {tc}: {file} (retrieved {ts}).", "Geteilt über {tc}: {file} (abgerufen {ts}).", "Partagé via {tc} : {file} (consulté le {ts}).", "Файл {file} из {tc} (получено {ts})."),
                 file=rec.file, tc=c.TC(R.choice(["Google Drive", "Microsoft Teams", "Microsoft Outlook", "Adobe Acrobat", "Document Store", "Shared Mailbox"])), ts=c.TS(style=R.choice(["iso_z", "sql", "local"])))
    if k < 0.6:
        return F(c.L("Source: {file}, page {p} (retrieved {ts}).", "Quelle: {file}, Seite {p} (abgerufen {ts}).", "Source : {file}, page {p} (consulté le {ts}).", "Источник: {file}, стр. {p} (получено {ts})."),
                 file=rec.file, p=str(R.randint(1, 4)), ts=c.TS(style=R.choice(["iso_z", "sql", "local"])))
    return S(c.L(["Let me know if you need anything else from this file.", "Should I draft a reply?", "Note: page 2 of the scan is hard to read, so please double-check the figures.", "Heads-up: this document contains personal data, so please handle it under the retention policy."],
                 ["Sag Bescheid, wenn du weitere Angaben brauchst.", "Soll ich daraus eine Antwort formulieren?", "Hinweis: Seite 2 ist schlecht gescannt – bitte die Zahlen gegenprüfen.", "Achtung: Das Dokument enthält personenbezogene Daten."],
                 ["Dites-moi si vous avez besoin d'autres éléments.", "Voulez-vous que je rédige une réponse ?", "Attention : la page 2 est mal numérisée, vérifiez les montants.", "À noter : ce document contient des données personnelles."],
                 ["Если нужно что-то ещё из этого документа — напишите.", "Подготовить ответ?", "Вторая страница отсканирована плохо — перепроверьте суммы.", "Учтите: в документе есть персональные данные."]))


def fval(c, v, multiline=False):
    if isinstance(v, Addr):
        return c.addr_segs(v, multiline=multiline)
    if isinstance(v, str):
        return S(v)
    return v


OCR_SUBST = [("I", "l"), ("O", "0"), ("m", "rn"), ("e", "c"), ("l", "1"), ("S", "5")]


def ocr_noise(label):
    if R.random() < 0.3:
        a, b = R.choice(OCR_SUBST)
        i = label.find(a)
        if i >= 0:
            return label[:i] + b + label[i + len(a):]
    return label


HEADINGS = ["Key Dates", "Main Findings", "Next Steps", "Action Items", "Open Questions", "Risk Summary", "Source Documents", "Contact Details", "Case Overview"]


def heading(c):
    if R.random() < (0.45 if c.lang == "en" else 0.2):
        return S(R.choice(["### ", "**", "## "]), c.TC(R.choice(HEADINGS)), "\n")
    return []


def r_bullets(c, rec):
    b = R.choice(["- ", "* ", "• ", "– "])
    style = R.choice(["plain", "plain", "bold", "dash"])
    col = c.colon()
    out = []
    for slug, label, v in rec.fields:
        val = fval(c, v)
        if style == "bold":
            out.append(S(b, "**" + label + col.rstrip() + "** ", val))
        elif style == "dash":
            out.append(S(b, label + " — ", val))
        else:
            out.append(S(b, label + col, val))
    return S(heading(c), JOIN("\n", out))


def r_table(c, rec):
    h = {"en": ("Field", "Value"), "de": ("Feld", "Wert"), "fr": ("Champ", "Valeur"), "ru": ("Поле", "Значение")}[c.lang]
    out = [S(f"| {h[0]} | {h[1]} |"), S("|---|---|")]
    for slug, label, v in rec.fields:
        out.append(S("| " + label + " | ", fval(c, v), " |"))
    return S(heading(c), JOIN("\n", out))


def r_ocr(c, rec):
    mode = R.choice(["stack", "cols", "leader"])
    up = R.random() < 0.4
    out = []
    fl = list(rec.fields)
    if mode == "stack":
        for slug, label, v in fl:
            lab = ocr_noise(label.upper() if up else label)
            out.append(S(lab))
            out.append(fval(c, v, multiline=R.random() < 0.3))
            if R.random() < 0.5:
                out.append(S(""))
    elif mode == "cols":
        for i in range(0, len(fl), 2):
            left = S(ocr_noise(fl[i][1]) + ": ", fval(c, fl[i][2]))
            if i + 1 < len(fl):
                w = R.randint(40, 56)
                pad = " " * max(3, w - len(txt(left)))
                right = S(ocr_noise(fl[i + 1][1]) + ": ", fval(c, fl[i + 1][2]))
                out.append(S(left, pad, right))
            else:
                out.append(left)
    else:
        for slug, label, v in fl:
            lab = ocr_noise(label)
            out.append(S(lab + " " + "." * max(3, 30 - len(lab)) + " ", fval(c, v)))
    body = JOIN("\n", out)
    if R.random() < 0.55:
        return S("```\n", body, "\n```")
    return body


def r_quote(c, rec):
    lines = rec.letter
    if len(lines) > 5 and R.random() < 0.5:
        a = R.randint(0, max(0, len(lines) - 4))
        lines = lines[a:a + R.randint(4, len(lines) - a)]
        if not any(has_ann(l) for l in lines):
            lines = rec.letter
    out = [S(">") if not txt(l).strip() else S("> ", l) for l in lines]
    return JOIN("\n", out)


GREET = {"en": ["Hello,", "Hi all,", "Good morning,", "Dear colleagues,"], "de": ["Guten Tag,", "Hallo zusammen,", "Sehr geehrte Damen und Herren,"],
         "fr": ["Bonjour,", "Madame, Monsieur,", "Bonjour à tous,"], "ru": ["Добрый день!", "Здравствуйте!", "Коллеги, добрый день."]}
CLOSE = {"en": ["Kind regards,", "Best regards,", "Thanks,", "Many thanks,"], "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße"],
         "fr": ["Cordialement,", "Bien à vous,", "Bonne journée,"], "ru": ["С уважением,", "Спасибо!", "Хорошего дня,"]}
REPLY = {"en": ["Thanks — I've forwarded this to accounts.", "Got it, thanks. Can you confirm the details below are still current?", "Please see below; I've flagged the discrepancies.", "Adding the team for visibility."],
         "de": ["Danke, habe ich an die Buchhaltung weitergeleitet.", "Vielen Dank! Sind die Angaben unten noch aktuell?", "Siehe unten, ich habe die Abweichungen markiert.", "Ich nehme das Team in Kopie."],
         "fr": ["Merci, transmis à la comptabilité.", "Bien reçu, merci. Pouvez-vous confirmer que les informations ci-dessous sont à jour ?", "Voir ci-dessous, j'ai signalé les écarts.", "J'ajoute l'équipe en copie."],
         "ru": ["Спасибо, переслал в бухгалтерию.", "Получил, спасибо. Подтвердите, пожалуйста, что данные ниже актуальны.", "См. ниже, отметил расхождения.", "Добавляю коллег в копию."]}
ROLES = {"en": ["Accounts Assistant", "Office Manager", "Case Officer", "HR Advisor", "Claims Handler", "Practice Manager"],
         "de": ["Sachbearbeitung", "Personalabteilung", "Kundenservice", "Praxismanagement"],
         "fr": ["Service comptabilité", "Ressources humaines", "Gestion des sinistres", "Secrétariat médical"],
         "ru": ["бухгалтерия", "отдел кадров", "служба поддержки", "регистратура"]}


def closing(c):
    if c.lang == "en" and R.random() < 0.15:
        return S(c.TC("Kind Regards" if R.random() < 0.6 else "Best Regards"), ",")
    return S(R.choice(CLOSE[c.lang]))


def signature(c, p, pn, company, with_mail=None):
    lines = [S(pn)] if R.random() < 0.6 else []
    if c.lang == "en" and R.random() < 0.3:
        lines.append(S(c.TC(R.choice(["Accounts Payable", "Human Resources", "Claims Department", "Customer Service", "Front Desk", "Quality Review"]))))
    elif R.random() < 0.7:
        lines.append(S(R.choice(ROLES[c.lang]) + (" | " + company if company and R.random() < 0.6 else "")))
    lab = c.L(["T: ", "Tel: ", "Phone: ", "Direct: "], ["Tel.: ", "Telefon: ", "Fon: "], ["Tél. : ", "Tél : ", "Ligne directe : "], ["тел.: ", "Тел.: ", "моб.: "])
    if R.random() < 0.8:
        lines.append(S(lab, c.phone()))
    if with_mail is not None:
        lines.append(S(with_mail))
    return lines


def mail_body_lines(c, rec):
    lines = []
    first = txt(rec.letter[0]).rstrip() if rec.letter else ""
    if not first.endswith((",", "!")) and R.random() < 0.8:
        lines.append(S(R.choice(GREET[c.lang])))
        lines.append(S(""))
    lines.extend(rec.letter)
    return lines


def r_email(c, rec):
    sp = rec.sender or c.person()
    SN = c.pname(sp, style=R.choice(["fl", "fl", None]))
    SE = c.email(sp) if R.random() < 0.8 else c.email(role=True)
    rp = c.person()
    RN = c.pname(rp, style="fl")
    RE = c.email(rp)
    t1 = rand_dt(2022, 2026)
    t2 = t1 + dt.timedelta(minutes=R.randint(7, 4000))
    subj = rec.subject or S(noun(c, rec.dom, "nom") if c.lang in ("en", "ru") else rec.file)
    company = rec.company if rec.company and rec.dom in ("invoice", "employment", "receipt") else None
    body = mail_body_lines(c, rec)
    if not rec.signed:
        body += [S(""), closing(c)]
        body += signature(c, sp, SN, company, SE if R.random() < 0.25 else None)
    style = R.choice(["gmail", "outlook", "forward"])
    out = []
    top = S(R.choice(REPLY[c.lang]))
    if style == "gmail":
        out += [top, S("")] + ([S(RN), S("")] if R.random() < 0.5 else [])
        hdr = {"en": "On {t}, {sn} <{se}> wrote:", "de": "Am {t} schrieb {sn} <{se}>:", "fr": "Le {t}, {sn} <{se}> a écrit :", "ru": "{t}, {sn} <{se}>:"}[c.lang]
        out.append(F(hdr, t=c.TS(t1, "gmail"), sn=SN, se=SE))
        for l in body:
            out.append(S(">") if not txt(l).strip() else S("> ", l))
    elif style == "outlook":
        out += [top, S("")]
        if R.random() < 0.5:
            out += signature(c, rp, RN, None)
        sep = {"en": "-----Original Message-----", "de": "-----Ursprüngliche Nachricht-----", "fr": "-----Message d'origine-----", "ru": "-----Исходное сообщение-----"}[c.lang]
        lab = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De", "Envoyé", "À", "Objet"), "ru": ("От", "Отправлено", "Кому", "Тема")}[c.lang]
        col = c.colon()
        out += [S(""), S(sep), S(lab[0] + col, SN, " <", SE, ">"), S(lab[1] + col, c.TS(t1, "outlook")), (S(lab[2] + col, RN, " <", RE, ">") if R.random() < 0.6 else S(lab[2] + col, c.email(role=True))), S(lab[3] + col, subj), S("")]
        out += body
    else:
        fw = {"en": ["FYI – see below.", "Forwarding for your records."], "de": ["Zur Info, siehe unten.", "Leite ich dir weiter."], "fr": ["Pour info, voir ci-dessous.", "Je te transfère pour suivi."], "ru": ["Для информации, см. ниже.", "Пересылаю для учёта."]}[c.lang]
        mark = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ---------", "fr": "---------- Message transféré ---------", "ru": "---------- Пересылаемое сообщение ---------"}[c.lang]
        lab = {"en": ("From", "Date", "Subject", "To"), "de": ("Von", "Datum", "Betreff", "An"), "fr": ("De", "Date", "Objet", "À"), "ru": ("От", "Date", "Subject", "To")}[c.lang]
        col = c.colon()
        out += [S(R.choice(fw)), S(""), S(mark), S(lab[0] + col, SN, " <", SE, ">"), S(lab[1] + col, c.TS(t1, "gmail")), S(lab[2] + col, subj), S(lab[3] + col, "<", RE, ">"), S("")]
        out += body
    return JOIN("\n", out)


CHAT_RENDER = ["bullets", "table", "ocr", "prose", "quote", "email"]


def chat_doc(c, rec, rendering=None):
    rendering = rendering or R.choices(CHAT_RENDER, [19, 11, 15, 23, 17, 15])[0]
    parts = []
    if rendering == "table" and any("\n" in txt(fval(c, v)) for _, _, v in rec.fields if not isinstance(v, Addr)):
        rendering = "bullets"
    if rendering in ("bullets", "table"):
        parts = [intro(c, rec, "fields"), S(""), r_bullets(c, rec) if rendering == "bullets" else r_table(c, rec)]
    elif rendering == "ocr":
        parts = [intro(c, rec, "ocr"), S(""), r_ocr(c, rec)]
    elif rendering == "prose":
        parts = [rec.prose]
    elif rendering == "quote":
        parts = [intro(c, rec, "quote"), S(""), r_quote(c, rec)]
        if R.random() < 0.45:
            parts += [S(""), rec.prose]
    else:
        parts = [intro(c, rec, "email"), S(""), r_email(c, rec)]
        if R.random() < 0.35:
            parts += [S(""), rec.prose]
    o = outro(c, rec)
    if o:
        parts += [S(""), o]
    return JOIN("\n", parts), rendering


# --------------------------------------------------------------------------------------
# renderers: JSON (search / RAG / document AI / tools / mailbox)
# --------------------------------------------------------------------------------------
def em_wrap(segs):
    cands = []
    for i, (t, a) in enumerate(segs):
        if a is None:
            for m in re.finditer(r"[^\W\d_]{4,}", t):
                cands.append((i, m.start(), m.end()))
    if not cands:
        return list(segs)
    i, s, e = R.choice(cands)
    t = segs[i][0]
    return list(segs[:i]) + [(t[:s] + "<em>" + t[s:e] + "</em>" + t[e:], None)] + list(segs[i + 1:])


def bbox():
    if R.random() < 0.5:
        x0, y0 = round(R.uniform(0.04, 0.6), 4), round(R.uniform(0.03, 0.92), 4)
        return [x0, y0, round(x0 + R.uniform(0.05, 0.35), 4), round(y0 + R.uniform(0.01, 0.04), 4)]
    x0, y0 = R.randint(40, 1400), R.randint(60, 3200)
    return [x0, y0, x0 + R.randint(80, 900), y0 + R.randint(18, 60)]


def polygon():
    x0, y0 = round(R.uniform(0.04, 0.6), 3), round(R.uniform(0.03, 0.92), 3)
    w, h = round(R.uniform(0.05, 0.3), 3), round(R.uniform(0.01, 0.04), 3)
    return [x0, y0, round(x0 + w, 3), y0, round(x0 + w, 3), round(y0 + h, 3), x0, round(y0 + h, 3)]


QUERIES = {"en": ["what does the document say about payment?", "contact details for the tenant", "discharge date and follow-up plan", "who signed the contract and when does it start?", "leaked credentials in postmortems", "claims filed last quarter"],
           "de": ["Was steht zur Zahlung im Dokument?", "Kontaktdaten der Mieterin", "Entlassdatum und weiteres Vorgehen", "Wer hat den Vertrag unterschrieben und ab wann gilt er?", "offengelegte Zugangsdaten in Störungsberichten"],
           "fr": ["que dit le document sur le paiement ?", "coordonnées du locataire", "date de sortie et suivi", "qui a signé le contrat et à quelle date prend-il effet ?", "identifiants exposés dans les retours d'incident"],
           "ru": ["что в документе сказано об оплате?", "контакты нанимателя", "дата выписки и рекомендации", "кто подписал договор и с какой даты он действует?", "утечки ключей в разборах инцидентов"]}
QKW = {"en": ["contact details", "payment", "dates", "who signed", "summary", "amounts", "address"],
       "de": ["Kontaktdaten", "Zahlung", "Fristen", "Unterschrift", "Zusammenfassung", "Beträge", "Anschrift"],
       "fr": ["coordonnées", "paiement", "dates", "signataire", "résumé", "montants", "adresse"],
       "ru": ["контакты", "оплата", "сроки", "подписант", "кратко", "суммы", "адрес"]}


def query_for(c, dom):
    if R.random() < 0.3:
        return R.choice(QUERIES[c.lang])
    n = noun(c, dom, "nom" if c.lang != "fr" else "le")
    if c.lang == "de":
        n = n.split(" ", 1)[1]
    elif c.lang == "fr":
        n = n[2:] if n.startswith("l'") else n.split(" ", 1)[1]
    return n + " " + R.choice(QKW[c.lang])


COLLS = ["contracts", "hr-files", "claims-archive", "mailbox-archive", "medical-letters", "finance-docs", "it-postmortems", "kyc-vault"]
DOCAI_SCHEMAS = [("key", "value_text", "confidence", "bbox", "page_no"), ("label", "text", "conf", "box", "pg"), ("field_name", "normalized", "score", "polygon", "on_page")]


def debug_block(c):
    k = R.random()
    if k < 0.4:
        host = c.ip4(True) if R.random() < 0.5 else "vec-store.internal"
        return {"conn_uri": RS(F("postgresql://kb_reader:{pw}@{h}:5432/kb", pw=c.key("db_password"), h=host))}
    if k < 0.75:
        return {"upstream_auth": RS(F("Bearer {t}", t=c.key("jwt")))}
    return {"embed_api_key": RS(c.key(R.choice(["openai_like", "google_api", "github_other"])))}


def j_search(c, recs):
    matches = []
    sk = R.choice([("chunk_uid", "score"), ("passage_uid", "relevance"), ("segment_uid", "sim")])
    for rec in recs:
        sn = rec.snips() or rec.letter
        for line in R.sample(sn, R.randint(1, min(3, len(sn)))):
            m = {sk[0]: RS(c.UID()), sk[1]: round(R.uniform(0.41, 0.97), 4), "snippet": RS(line)}
            if R.random() < 0.7:
                m["highlight"] = {"snippet": [RS(em_wrap(line))]}
            m["origin"] = {"file_name": rec.file, "page_no": R.randint(1, 5), "indexed_at": RS(c.TS()), "content_sha1": RS(c.HASH(40))}
            if R.random() < 0.4:
                m["vector_head"] = [round(R.uniform(-0.25, 0.25), 5) for _ in range(R.randint(4, 8))]
            matches.append(m)
    obj = {"search_uid": RS(c.UID()), "query_text": query_for(c, recs[0].dom), "collection_name": R.choice(COLLS),
           "took_millis": R.randint(6, 300), "hit_count": len(matches), "top_k": max(len(matches), R.choice([5, 8, 10])), "matches": matches}
    if R.random() < 0.25:
        obj["debug"] = debug_block(c)
    return obj


def j_answer(c, recs):
    ans = []
    cits = []
    for i, rec in enumerate(recs, 1):
        ans += rec.prose + S(f" [{i}]") + (S(" ") if i < len(recs) else [])
        sn = rec.snips() or rec.letter
        a = R.randint(0, 3000)
        cits.append({"marker": i, "doc_title": rec.file, "quote": RS(R.choice(sn)),
                     "location": {"page_no": R.randint(1, 4), "char_start": a, "char_end": a + R.randint(80, 400)}, "retrieved_at": RS(c.TS())})
    obj = {"trace_uid": RS(c.UID()), "answer_md": RS(ans), "citations": cits,
           "retrieval": {"retriever": R.choice(["hybrid-bm25-dense", "dense-e5-large", "colbert-v2"]), "index_rev": RS(c.VER()), "latency_ms": R.randint(40, 2200)}}
    if R.random() < 0.25:
        obj["debug"] = debug_block(c)
    return obj


def docai_one(c, rec, sch):
    kv = []
    page = 1
    for slug, label, v in rec.fields:
        if R.random() < 0.2:
            page += 1
        kv.append({sch[0]: label, sch[1]: RS(fval(c, v)), sch[2]: round(R.uniform(0.61, 0.999), 3), sch[3]: polygon() if sch[3] == "polygon" else bbox(), sch[4]: page})
    d = {"file_name": rec.file, "document_kind": rec.dom, "detected_lang": c.lang, "page_total": page, "kv_pairs": kv}
    if R.random() < 0.25:
        d["thumbnail"] = RS(c.B64())
    return d


def j_docai(c, recs):
    sch = R.choice(DOCAI_SCHEMAS)
    if len(recs) == 1:
        obj = {"job_uid": RS(c.UID()), "processor_rev": RS(c.VER()), "finished_at": RS(c.TS())}
        obj.update(docai_one(c, recs[0], sch))
        return obj
    return {"batch_uid": RS(c.UID()), "processor_rev": RS(c.VER()), "finished_at": RS(c.TS()), "documents": [docai_one(c, r, sch) for r in recs]}


def kv_one(c, rec):
    ext = {}
    wrap = R.random() < 0.5
    for slug, label, v in rec.fields:
        if isinstance(v, Addr) and R.random() < 0.6:
            ext[slug + "_street"] = RS(E("STREET_ADDRESS", v.street, sub=v.sub))
            ext[slug + "_town"] = RS(IG(v.city))
            ext[slug + "_post_code"] = RS(IG(v.pc))
            if v.state:
                ext[slug + "_state"] = v.state
            continue
        val = fval(c, v)
        if len(val) == 1 and val[0][1] and val[0][1].get("type") == "RU_INN" and not val[0][0].startswith("0") and R.random() < 0.45:
            t, a = val[0]
            a = dict(a)
            a["sub"] = a["sub"] + "_json_number"
            node = Num([(t, a)])
        else:
            node = RS(val)
        ext[slug] = {"val": node, "conf": round(R.uniform(0.55, 0.999), 3)} if wrap else node
    return {"source_file": rec.file, "schema_name": f"{rec.dom}/v{R.randint(1, 4)}", "extraction": ext, "extracted_at": RS(c.TS())}


def j_kv(c, recs):
    if len(recs) == 1:
        return kv_one(c, recs[0])
    return {"run_uid": RS(c.UID()), "outputs": [kv_one(c, r) for r in recs]}


def j_tool(c, recs):
    inner = j_kv(c, recs) if R.random() < 0.5 else j_docai(c, recs)
    compact = {"indent": None, "sep": (",", ":")}
    return {"tool_invocation": {"invocation_uid": RS(c.UID()), "tool_name": R.choice(["extract_fields", "read_document", "ocr_page", "lookup_record"]),
                                "args_json": JStr({"file_name": recs[0].file, "fields_wanted": [f[0] for f in recs[0].fields][:5]}, compact)},
            "tool_output": JStr(inner, R.choice([compact, {"indent": None, "sep": (", ", ": ")}])), "emitted_at": RS(c.TS())}


def j_mailbox(c, recs):
    items = []
    for rec in recs:
        sp = rec.sender or c.person()
        SN = c.pname(sp, style="fl")
        SE = c.email(sp) if R.random() < 0.8 else c.email(role=True)
        rp = c.person()
        body = mail_body_lines(c, rec) + ([] if rec.signed else [S(""), closing(c)] + signature(c, sp, SN, rec.company))
        it = {"msg_uid": RS(c.UID()), "sent_at": RS(c.TS()), "sender": {"display_name": RS(SN), "addr": RS(SE)},
              "recipients": [{"display_name": RS(c.pname(rp, style="fl")), "addr": RS(c.email(rp))} if R.random() < 0.5 else {"addr": RS(c.email(role=True))}],
              "subject_line": RS(rec.subject or S(rec.file)), "body_plain": RS(JOIN("\n", body))}
        if R.random() < 0.6:
            it["attachments"] = [{"file_name": rec.file, "size_bytes": R.randint(18000, 2400000), "sha256": RS(c.HASH(64))}]
        items.append(it)
    return {"thread_uid": RS(c.UID()), "mailbox_name": R.choice(["shared-accounts", "hr-inbox", "claims-intake", "front-desk", "it-ops"]), "messages_found": len(items), "items": items}


def j_export(c, recs):
    chunks, logs = [], []
    for rec in recs:
        sn = rec.snips() or rec.letter
        for line in R.sample(sn, R.randint(1, min(3, len(sn)))):
            ch = {"chunk_uid": RS(c.UID()), "doc_sha256": RS(c.HASH(64)), "file_name": rec.file, "page_no": R.randint(1, 6), "indexed_at": RS(c.TS()), "passage": RS(line)}
            if R.random() < 0.3:
                ch["vector_head"] = [round(R.uniform(-0.25, 0.25), 5) for _ in range(R.randint(4, 8))]
            chunks.append(ch)
        for _ in range(R.randint(3, 6)):
            logs.append(RS(log_line(c, rec)))
    return {"export_uid": RS(c.UID()), "generated": RS(c.TS()), "index_rev": RS(c.VER()), "chunk_total": len(chunks), "chunks": chunks, "ingest_log": logs}


JSON_RENDER = OrderedDict([("search", (j_search, 22)), ("answer", (j_answer, 15)), ("docai", (j_docai, 20)), ("kv", (j_kv, 16)), ("tool", (j_tool, 12)), ("mailbox", (j_mailbox, 15))])


def seg_len(segs):
    return sum(len(t) for t, _ in segs)


def json_doc(c, shape):
    rn = R.choices(list(JSON_RENDER), [w for _, w in JSON_RENDER.values()])[0]
    fn = JSON_RENDER[rn][0]
    st = jstyle()
    dom = pick_domain(c)
    mixed = R.random() < 0.25 or shape == "long64k"
    if shape == "long64k":
        rn, fn = "export", j_export
    if shape == "json":
        n = 1 if rn in ("docai", "kv", "tool") or R.random() < 0.6 else 2
        recs = [make_rec(c, dom if (i == 0 or not mixed) else None) for i in range(n)]
        segs = jser(fn(c, recs), st)
    else:
        lo, hi = (3900, 5500) if shape == "json4k" else (64000, 67500)
        recs = []
        segs = None
        tries = 0
        while True:
            cand = recs + [make_rec(c, None if mixed else dom)]
            s2 = jser(fn(c, cand), st)
            L = seg_len(s2)
            if L <= hi:
                recs, segs = cand, s2
                if L >= lo:
                    break
            else:
                tries += 1
                if segs is not None and seg_len(segs) >= lo * 0.97 or tries > 30:
                    break
        if segs is None:
            segs = jser(fn(c, recs[:1] or [make_rec(c, dom)]), st)
    doms = {r.dom for r in recs}
    return segs, f"t.{shape}.{recs[0].dom if len(doms) == 1 else 'mixed'}.{rn}"


# --------------------------------------------------------------------------------------
# long text documents (text4k / long64k)
# --------------------------------------------------------------------------------------
def log_line(c, rec):
    t = c.TS(style=R.choice(["iso_ms", "iso_z", "sql_ms", "epoch_ms"]))
    k = R.randint(0, 4)
    if k == 0:
        return F("[{t}] INFO ingest doc={u} sha256={h} parser={p} pages=" + str(R.randint(1, 9)), t=t, u=c.UID(), h=c.HASH(64), p=c.ELIKE())
    if k == 1:
        return F("[{t}] WARN low OCR confidence on page " + str(R.randint(1, 6)) + " of " + rec.file + " (job {u})", t=t, u=c.UID())
    if k == 2:
        return F("[{t}] DEBUG reindexed chunk {u} -> index {v}", t=t, u=c.UID(), v=c.VER())
    if k == 3:
        return F("[{t}] INFO thumbnail {b} cached", t=t, b=c.B64())
    if R.random() < 0.3:
        return F("[{t}] INFO upload from {ip} by {em} accepted", t=t, ip=c.ip4() if R.random() < 0.6 else c.ip6(), em=c.email(c.person()))
    if R.random() < 0.45:
        return F("[{t}] INFO shipment {cl} matched to " + rec.file, t=t, cl=c.CL())
    return F("[{t}] INFO linked {f} to case {o} (commit {h})", t=t, f=rec.file, o=c.OID(R.choice(["ticket", "order", "claim"])), h=c.HASH(R.choice([7, 40])))


def text_section(c, rec, mode, i, nlog):
    out = []
    if mode == "sources":
        if R.random() < 0.3:
            out.append(S("#### ", c.TC(R.choice(HEADINGS))))
        out.append(F("**[" + str(i) + "] " + rec.file + "** · chunk {u} · score " + f"{R.uniform(0.4, 0.97):.2f}" + " · " + c.L("retrieved", "abgerufen", "consulté", "получено") + " {t}", u=c.UID(), t=c.TS()))
        k = R.random()
        if k < 0.45:
            out.append(r_quote(c, rec))
        elif k < 0.75:
            out.append(r_bullets(c, rec))
        else:
            out.append(rec.prose)
    elif mode == "ocr_batch":
        out.append(F("=== " + rec.file + " · " + c.L("page", "Seite", "page", "стр.") + " " + str(i) + " · engine {v} · {t} ===", v=c.VER(), t=c.TS()))
        out.append(r_ocr(c, rec) if R.random() < 0.6 else JOIN("\n", rec.letter))
    else:
        sp = rec.sender or c.person()
        SN = c.pname(sp, style="fl")
        SE = c.email(sp)
        lab = {"en": ("From", "Sent", "Subject"), "de": ("Von", "Gesendet", "Betreff"), "fr": ("De", "Envoyé", "Objet"), "ru": ("От", "Отправлено", "Тема")}[c.lang]
        col = c.colon()
        out.append(S("─" * R.randint(20, 40)))
        out.append(S(lab[0] + col, SN, " <", SE, ">"))
        out.append(S(lab[1] + col, c.TS(rand_dt(2022, 2026), "outlook")))
        out.append(S(lab[2] + col, rec.subject or S(rec.file)))
        out.append(S(""))
        out.append(JOIN("\n", mail_body_lines(c, rec) + ([] if rec.signed else [S(""), closing(c)] + signature(c, sp, SN, rec.company))))
    if nlog:
        out.append(S("```log\n", JOIN("\n", [log_line(c, rec) for _ in range(nlog)]), "\n```"))
    return JOIN("\n", out)


def text_long_doc(c, shape):
    mode = R.choice(["sources", "ocr_batch", "thread"])
    lo, hi = (3900, 5500) if shape == "text4k" else (64000, 67500)
    dom = pick_domain(c)
    mixed = R.random() < 0.4 or shape == "long64k"
    head = {"sources": c.L(["## Answer\n\nI searched the document store and found several relevant sources. Details per source:", "Here is what the retrieved documents say, source by source:"],
                           ["## Antwort\n\nIch habe das Dokumentenarchiv durchsucht; hier die Treffer im Einzelnen:", "Das steht in den gefundenen Dokumenten, Quelle für Quelle:"],
                           ["## Réponse\n\nJ'ai interrogé la base documentaire ; voici le détail par source :", "Voici ce que disent les documents retrouvés, source par source :"],
                           ["## Ответ\n\nЯ поискал в хранилище документов, вот результаты по каждому источнику:", "Вот что говорится в найденных документах, по источникам:"]),
            "ocr_batch": c.L("OCR batch results (all pages):", "Ergebnisse des OCR-Stapels (alle Seiten):", "Résultats du lot OCR (toutes les pages) :", "Результаты пакетного OCR (все страницы):"),
            "thread": c.L("Full thread exported from the mailbox, newest first:", "Kompletter Verlauf aus dem Postfach, neueste Nachricht zuerst:", "Fil complet exporté de la boîte mail, du plus récent au plus ancien :", "Вся цепочка из почтового ящика, сначала новые:")}[mode]
    parts = [S(head)]
    if R.random() < 0.5:
        parts.append(F(c.L("Batch {u}, exported {t}.", "Stapel {u}, exportiert {t}.", "Lot {u}, exporté le {t}.", "Пакет {u}, выгружен {t}."), u=c.UID(), t=c.TS()))
    cur = seg_len(JOIN("\n\n", parts))
    i = 0
    fails = 0
    while cur < lo and fails < 40:
        i += 1
        rec = make_rec(c, None if mixed else dom)
        nlog = R.choice([0, 1, 2, 2, 3]) if shape == "text4k" else R.choice([2, 3, 4, 5, 6])
        sec = text_section(c, rec, mode, i, nlog)
        add = seg_len(sec) + 2
        if cur + add > hi:
            fails += 1
            i -= 1
            continue
        parts.append(sec)
        cur += add
    tail = c.L("Tell me which of these you want summarised in more detail.", "Sag mir, welche Quelle ich genauer zusammenfassen soll.", "Dites-moi quelle source je dois résumer plus en détail.", "Скажите, какой источник разобрать подробнее.")
    if cur + len(tail) + 2 <= hi:
        parts.append(S(tail))
    return JOIN("\n\n", parts), f"t.{shape}.{dom if not mixed else 'mixed'}.{mode}"


# --------------------------------------------------------------------------------------
# obfuscated documents
# --------------------------------------------------------------------------------------
OBF_KINDS = [("PERSON", "zero_width", 26), ("PERSON", "spaced", 22), ("PERSON", "homoglyph", 15), ("RU_INN", "fullwidth", 26), ("RU_INN", "spaced", 13),
             ("RU_PASSPORT", "fullwidth", 21), ("RU_PASSPORT", "spaced", 18), ("API_KEY", "zero_width", 18), ("API_KEY", "homoglyph", 16), ("RU_SNILS", "spaced", 17),
             ("RU_SNILS", "fullwidth", 13), ("RU_SNILS", "zero_width", 9), ("EMAIL", "words", 16), ("EMAIL", "zero_width", 15), ("EMAIL", "homoglyph", 14),
             ("EMAIL", "fullwidth", 12), ("PHONE", "zero_width", 13), ("PHONE", "spaced", 12), ("PHONE", "spelled", 9), ("PHONE", "fullwidth", 4),
             ("IPV4", "fullwidth", 12), ("IPV4", "defang", 7), ("IPV4", "zero_width", 7), ("US_SSN", "fullwidth", 12), ("US_SSN", "zero_width", 9),
             ("US_SSN", "spaced", 7), ("US_SSN", "spelled", 6), ("US_SSN", "dotted", 4), ("CREDIT_CARD", "spaced", 9), ("CREDIT_CARD", "zero_width", 8),
             ("CREDIT_CARD", "dotted", 8), ("CREDIT_CARD", "fullwidth", 7), ("IBAN", "fullwidth", 10), ("IBAN", "spaced", 9), ("IBAN", "zero_width", 6)]
OBF_SENT = {
    "en": {"PERSON": ["The signature block on page 3 reads {x}.", "Account holder according to the scanned form: {x}.", "Name extracted from the ID photo: {x}"],
           "EMAIL": ["Reply-to address in the quoted mail: {x}", "The retrieved page lists the contact as {x}.", "Write to {x} for the original file."],
           "PHONE": ["The OCR layer reads the phone number as {x}.", "Callback number in the transcript: {x}"],
           "US_SSN": ["SSN as it appears in the extracted text: {x}.", "The applicant's SSN field contains {x}."],
           "CREDIT_CARD": ["Card number read from the receipt image: {x}", "The chargeback form quotes card {x}."],
           "IBAN": ["Payout IBAN (as extracted): {x}", "Transfer destination in the letter: {x}."],
           "IPV4": ["The incident summary lists the source address {x}.", "Indicator from the retrieved report: {x}"],
           "API_KEY": ["The config pasted into the ticket contains {x}.", "Token found in the retrieved snippet: {x}"],
           "RU_PASSPORT": ["Passport field on the scanned form: {x}", "Internal passport from the HR scan: {x}."],
           "RU_SNILS": ["SNILS from the HR scan: {x}", "The pension number (SNILS) reads {x}."],
           "RU_INN": ["Taxpayer number (INN) on the invoice: {x}", "INN as extracted: {x}."]},
    "de": {"PERSON": ["Im Unterschriftenfeld auf Seite 3 steht {x}.", "Kontoinhaber laut Scan: {x}."], "EMAIL": ["Antwortadresse in der zitierten Mail: {x}", "Kontakt laut abgerufener Seite: {x}."],
           "PHONE": ["Die Texterkennung liest die Telefonnummer als {x}.", "Rückrufnummer im Protokoll: {x}"], "US_SSN": ["SSN laut extrahiertem Text: {x}."],
           "CREDIT_CARD": ["Kartennummer aus dem Belegfoto: {x}"], "IBAN": ["Auszahlungs-IBAN (extrahiert): {x}"], "IPV4": ["Im Vorfallbericht steht die Quelladresse {x}."],
           "API_KEY": ["Die ins Ticket kopierte Konfiguration enthält {x}."], "RU_PASSPORT": ["Passfeld im Scan: {x}"], "RU_SNILS": ["SNILS aus dem Personalscan: {x}"], "RU_INN": ["INN auf der Rechnung: {x}"]},
    "fr": {"PERSON": ["Le bloc signature de la page 3 indique {x}.", "Titulaire d'après le formulaire numérisé : {x}."], "EMAIL": ["Adresse de réponse dans le courriel cité : {x}", "Contact indiqué sur la page retrouvée : {x}."],
           "PHONE": ["L'OCR lit le numéro comme {x}.", "Numéro de rappel dans la transcription : {x}"], "US_SSN": ["SSN tel qu'il apparaît dans le texte extrait : {x}."],
           "CREDIT_CARD": ["Numéro de carte lu sur la photo du ticket : {x}"], "IBAN": ["IBAN de versement (extrait) : {x}"], "IPV4": ["Le résumé d'incident mentionne l'adresse source {x}."],
           "API_KEY": ["La configuration collée dans le ticket contient {x}."], "RU_PASSPORT": ["Champ passeport du scan : {x}"], "RU_SNILS": ["SNILS relevé sur le scan RH : {x}"], "RU_INN": ["INN figurant sur la facture : {x}"]},
    "ru": {"PERSON": ["В поле подписи на стр. 3: {x}.", "Владелец счёта по скану: {x}."], "EMAIL": ["Адрес для ответа в процитированном письме: {x}", "Контакт на найденной странице: {x}."],
           "PHONE": ["OCR распознал номер телефона как {x}.", "Номер для обратного звонка в расшифровке: {x}"], "US_SSN": ["SSN в извлечённом тексте: {x}."],
           "CREDIT_CARD": ["Номер карты с фото чека: {x}"], "IBAN": ["IBAN для выплаты (извлечён): {x}"], "IPV4": ["В отчёте об инциденте указан адрес источника {x}."],
           "API_KEY": ["В конфиге, вставленном в заявку, есть {x}."], "RU_PASSPORT": ["Паспорт (поле скана): {x}"], "RU_SNILS": ["СНИЛС из скана личного дела: {x}"], "RU_INN": ["ИНН в счёте: {x}"]},
}


def obf_entity(c, typ, kind):
    if typ == "PERSON":
        base = c.pname(c.person(), style=R.choice(["fl", "fl", None]))
    elif typ == "EMAIL":
        base = c.email(c.person())
    elif typ == "PHONE":
        base = c.phone()
    elif typ == "US_SSN":
        base = c.ssn("dashed" if kind == "dotted" else None)
    elif typ == "CREDIT_CARD":
        base = c.card(style="compact" if kind == "dotted" else None)
    elif typ == "IBAN":
        base = c.iban()
    elif typ == "IPV4":
        base = c.ip4()
    elif typ == "API_KEY":
        base = c.key(R.choice(["aws_access_key_id", "stripe", "github_pat_classic", "slack", "openai_like", "gitlab", "google_api"]))
    elif typ == "RU_PASSPORT":
        base = c.passport()
    elif typ == "RU_SNILS":
        base = c.snils()
    else:
        base = c.inn()
    v, a = base[0]
    if kind == "zero_width":
        nv = obf_zw(v)
    elif kind == "homoglyph":
        nv = obf_homo(v)
        if nv is None or nv == v:
            nv = obf_zw(v)
            kind = "zero_width"
    elif kind == "fullwidth":
        nv = obf_full(v)
    elif kind == "spaced":
        nv = obf_spaced(v)
    elif kind == "spelled":
        nv = obf_spelled(v, c.lang)
    elif kind == "dotted":
        if typ == "US_SSN":
            d = a["raw"]
            nv = f"{d[:3]}.{d[3:5]}.{d[5:]}"
        else:
            d = a["raw"]
            nv = ".".join([d[:4], d[4:10], d[10:]]) if len(d) == 15 else ".".join(d[i:i + 4] for i in range(0, len(d), 4))
    elif kind == "words":
        nv = obf_words(v, c.lang)
    else:
        nv = obf_defang(v)
    return E(typ, nv, sub=a["sub"], obf=kind, raw=a["raw"]), kind


def obf_doc(c):
    n = 2 if R.random() < 0.6 else 1
    picks = []
    used = set()
    while len(picks) < n:
        typ, kind, _ = R.choices(OBF_KINDS, [w for *_, w in OBF_KINDS])[0]
        if typ in used:
            continue
        used.add(typ)
        picks.append((typ, kind))
    sents = []
    tags = []
    for typ, kind in picks:
        ent, kind = obf_entity(c, typ, kind)
        sents.append(F(R.choice(OBF_SENT[c.lang][typ]), x=ent))
        tags.append(f"{typ.lower()}-{kind}")
    out = []
    for i, sg in enumerate(sents):
        if i:
            out.extend(S(" " if txt(sents[i - 1]).rstrip()[-1:] in ".!?" else "\n"))
        out.extend(sg)
    return out, "t.obfuscated." + "+".join(tags) + ".inline"


# --------------------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------------------
def pem_core(v):
    m = re.match(r"-----BEGIN [A-Z ]+-----", v)
    i = m.end()
    for nl in ("\\\\n", "\\n", "\n"):
        if v.startswith(nl, i):
            i += len(nl)
            break
    j = v.rindex("-----END")
    for nl in ("\\\\n", "\\n", "\n"):
        if v[:j].endswith(nl):
            j -= len(nl)
            break
    return i, j


_DOTFIX = re.compile(r"(руб|Inc|Ltd|Co|eG)\.\.(?!\.)")


def finalize(segs):
    merged = []
    for t, a in segs:
        if a is None and merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + t, None)
        else:
            merged.append((t, a))
    segs = [(_DOTFIX.sub(r"\1.", t), None) if a is None else (t, a) for t, a in merged]
    parts, ents, negs, ign, raws = [], [], [], [], []
    pos = 0
    for t, a in segs:
        if a:
            s, e = pos, pos + len(t)
            if a["k"] == "e":
                ent = OrderedDict([("type", a["type"]), ("start", s), ("end", e)])
                if a.get("sub"):
                    ent["sub"] = a["sub"]
                if a["type"] == "API_KEY" and (a.get("sub") or "").startswith("pem_"):
                    ci, cj = pem_core(t)
                    ent["core"] = [s + ci, s + cj]
                if a.get("obf"):
                    ent["obf"] = a["obf"]
                ent["value"] = t
                ents.append(ent)
                raws.append(a["raw"])
            elif a["k"] == "n":
                negs.append(OrderedDict([("type", a["type"]), ("start", s), ("end", e), ("value", t)]))
            else:
                ign.append([s, e])
        parts.append(t)
        pos += len(t)
    return "".join(parts), ents, negs, ign, raws


LOC_LANG = [("en_US", "en", 709), ("ru_RU", "ru", 350), ("en_GB", "en", 340), ("de_DE", "de", 276), ("fr_FR", "fr", 227),
            ("ru_RU", "en", 109), ("de_DE", "en", 89), ("fr_FR", "en", 56)]


def pick_ctx(obf=False):
    if obf:
        if R.random() < 0.55:
            return Ctx(R.choice(LOCALES), "en")
        loc, lang = R.choice([("de_DE", "de"), ("fr_FR", "fr"), ("ru_RU", "ru")])
        return Ctx(loc, lang)
    loc, lang, _ = R.choices(LOC_LANG, [w for *_, w in LOC_LANG])[0]
    return Ctx(loc, lang)


def chunkify(text):
    out, i = [], 0
    while i < len(text):
        n = R.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


PLAN = [("chat", 172), ("json", 96), ("json4k", 29), ("text4k", 20), ("long64k", 2), ("obfuscated", 64)]


def generate(seed):
    init(seed)
    del KEYS_SEEN[:]
    docs = []
    counters = Counter()
    raws_by_id = {}

    def add(shape, c, template, segs, fmt):
        text, ents, negs, ign, raws = finalize(segs)
        k = counters[shape]
        counters[shape] += 1
        d = OrderedDict([("id", f"t{seed}-{shape}-{k:04d}"), ("split", SPLIT), ("shape", shape), ("format", fmt), ("locale", c.loc), ("lang", c.lang),
                         ("template", template), ("holdout_only_template", True), ("text", text), ("entities", ents), ("negatives", negs), ("ignore", ign)])
        raws_by_id[d["id"]] = raws
        docs.append(d)

    # anchor chats: every entity type occurs in documents of every language
    anchors = [(loc, lang, dom) for loc, lang in (("en_GB", "en"), ("de_DE", "de"), ("fr_FR", "fr"), ("ru_RU", "ru"))
               for dom in ("kyc", "discharge", "police", "incident", "invoice")]
    FORCE.update(kyc_all=True, ip6=True, ip4=True, no_clean=True)
    for loc, lang, dom in anchors:
        c = Ctx(loc, lang)
        rec = make_rec(c, dom)
        segs, rn = chat_doc(c, rec, R.choice(["bullets", "table", "ocr"]))
        add("chat", c, f"t.chat.{rec.dom}.{rn}", segs, "text")
    FORCE.clear()
    for shape, n in PLAN:
        if shape == "chat":
            n -= len(anchors)
        for _ in range(n):
            if shape == "long64k":
                c = Ctx(*R.choice([("en_US", "en"), ("de_DE", "de"), ("fr_FR", "fr"), ("ru_RU", "ru"), ("en_GB", "en")]))
            else:
                c = pick_ctx(obf=(shape == "obfuscated"))
            if shape == "chat":
                rec = make_rec(c)
                segs, rn = chat_doc(c, rec)
                add(shape, c, f"t.chat.{rec.dom}.{rn}", segs, "text")
            elif shape in ("json", "json4k"):
                segs, tpl = json_doc(c, shape)
                add(shape, c, tpl, segs, "json")
            elif shape == "text4k":
                segs, tpl = text_long_doc(c, shape)
                add(shape, c, tpl, segs, "text")
            elif shape == "long64k":
                if counters["long64k"] % 2 == 0:
                    segs, tpl = text_long_doc(c, shape)
                    add(shape, c, tpl, segs, "text")
                else:
                    segs, tpl = json_doc(c, shape)
                    add(shape, c, tpl, segs, "json")
            else:
                segs, tpl = obf_doc(c)
                add(shape, c, tpl, segs, "text")
    # interleave the anchor chats with the others, then renumber ids per shape
    order = []
    for shape, _ in PLAN:
        grp = [d for d in docs if d["shape"] == shape]
        if shape == "chat":
            R.shuffle(grp)
        order += grp
    new_raws = {}
    cnt = Counter()
    for d in order:
        old = d["id"]
        d["id"] = f"t{seed}-{d['shape']}-{cnt[d['shape']]:04d}"
        cnt[d["shape"]] += 1
        new_raws[d["id"]] = raws_by_id[old]
    docs[:] = order
    raws_by_id.clear()
    raws_by_id.update(new_raws)
    # stream copies: about a fifth of the clean documents (+ a few obfuscated ones)
    clean = [d for d in docs if d["shape"] in ("chat", "json", "json4k", "text4k", "long64k")]
    pool = [d for d in docs if d["shape"] in ("chat", "json", "text4k")]
    nstream = round(0.2 * len(clean))
    chosen = R.sample(pool, nstream - 4) + R.sample([d for d in docs if d["shape"] == "obfuscated"], 4)
    for src in chosen:
        k = counters["stream"]
        counters["stream"] += 1
        d = OrderedDict([("id", f"t{seed}-stream-{k:04d}"), ("split", SPLIT), ("shape", "stream"), ("format", src["format"]), ("locale", src["locale"]), ("lang", src["lang"]),
                         ("template", src["template"]), ("holdout_only_template", True), ("base_shape", src["shape"]), ("text", src["text"]), ("chunks", chunkify(src["text"])),
                         ("entities", json.loads(json.dumps(src["entities"]), object_pairs_hook=OrderedDict)),
                         ("negatives", json.loads(json.dumps(src["negatives"]), object_pairs_hook=OrderedDict)), ("ignore", [list(x) for x in src["ignore"]])])
        raws_by_id[d["id"]] = raws_by_id[src["id"]]
        docs.append(d)
    return docs, raws_by_id


# --------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------
ENTITY_TYPES = ["EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS",
                "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"]
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
VER_RE = re.compile(r"^\d+\.\d+\.\d+(\.\d+)?$")
HASH_RE = re.compile(r"^[0-9a-f]{7,64}$")


def deny_keys():
    deny = {k.lower() for k in DEV_KEY_DENY}
    if os.path.exists(DEV_CORPUS):
        with open(DEV_CORPUS, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                for m in re.finditer(r'\\*"([^"\\\n]{1,60})\\*"\s*:', d["text"]):
                    deny.add(m.group(1).lower())
    return deny


def walk_keys(o, out):
    if isinstance(o, dict):
        for k, v in o.items():
            out.append(k)
            walk_keys(v, out)
    elif isinstance(o, list):
        for v in o:
            walk_keys(v, out)
    elif isinstance(o, str):
        s = o.strip()
        if s[:1] in "{[":
            try:
                walk_keys(json.loads(s), out)
            except ValueError:
                pass


def dig(s):
    return re.sub(r"\D", "", s)


def check_entity(e, raw, fail):
    t, v, sub, obf = e["type"], e["value"], e.get("sub"), e.get("obf")
    if t == "CREDIT_CARD":
        if not (raw.isdigit() and luhn_ok(raw) and CARD_RULES[sub](raw)):
            fail(f"card invalid {raw} {sub}")
        if not obf and dig(v) != raw:
            fail("card value/raw mismatch")
    elif t == "IBAN":
        if not iban_ok(raw) or sub.split("_")[0] != raw[:2]:
            fail(f"iban invalid {raw}")
        if not obf:
            if v.replace(" ", "") != raw or ((" " in v) != sub.endswith("grouped")):
                fail("iban value mismatch")
    elif t == "US_SSN":
        if not ssn_ok(raw):
            fail(f"ssn invalid {raw}")
        if not obf and dig(v) != raw:
            fail("ssn mismatch")
    elif t == "RU_SNILS":
        if not snils_ok(raw):
            fail(f"snils invalid {raw}")
        if not obf and dig(v) != raw:
            fail("snils mismatch")
    elif t == "RU_INN":
        if not inn_ok(raw) or not sub.startswith("inn%d" % len(raw)):
            fail(f"inn invalid {raw} {sub}")
        if not obf and v != raw:
            fail("inn mismatch")
    elif t == "RU_PASSPORT":
        if not (raw.isdigit() and len(raw) == 10):
            fail(f"passport invalid {raw}")
        if not obf and dig(v) != raw:
            fail("passport mismatch")
    elif t == "MEDICAL_RECORD_NUMBER":
        if sub == "nhs" and not nhs_ok(raw):
            fail(f"nhs invalid {raw}")
        if sub not in ("nhs", "numeric", "prefixed", "alnum"):
            fail("mrn sub")
    elif t == "EMAIL":
        if not EMAIL_RE.match(raw):
            fail(f"email invalid {raw}")
        if not obf and v != raw:
            fail("email mismatch")
    elif t in ("IPV4", "IPV6"):
        try:
            ip = ipaddress.ip_address(raw)
        except ValueError:
            fail(f"ip invalid {raw}")
            return
        if ip.version != (4 if t == "IPV4" else 6):
            fail("ip version")
        if not obf and v != raw:
            fail("ip mismatch")
    elif t == "PHONE":
        nd = len(dig(raw))
        if not (9 <= nd <= 15) or not re.match(r"^(intl|national)_(US|GB|DE|FR|RU)$", sub or ""):
            fail(f"phone invalid {raw} {sub}")
    elif t == "DATE_OF_BIRTH":
        if not re.search(r"(19[3-9]\d|200\d)", raw):
            fail(f"dob year {raw}")
    elif t == "API_KEY":
        if sub == "jwt":
            parts = raw.split(".")
            try:
                hdr = json.loads(b64url_decode(parts[0]))
                json.loads(b64url_decode(parts[1]))
            except Exception:
                fail("jwt decode")
                return
            if len(parts) != 3 or "alg" not in hdr:
                fail("jwt header")
        elif sub.startswith("pem_"):
            if not raw.startswith("-----BEGIN " + PEM_KINDS[sub][0] + "-----") or "core" not in e:
                fail("pem")
        elif sub == "aws_access_key_id" and not re.match(r"^(AKIA|ASIA)[A-Z2-7]{16}$", raw):
            fail("aws id")
        if not obf and sub not in ("jwt",) and v != raw and not sub.startswith("pem_"):
            fail("key mismatch")
    if obf and obf not in ("zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "dotted", "words", "defang"):
        fail("obf kind")


def validate(docs, raws_by_id):
    errors = []
    deny = deny_keys()
    ids = set()
    for d in docs:
        def fail(msg, d=d):
            errors.append(f"{d['id']}: {msg}")
        if d["id"] in ids:
            fail("duplicate id")
        ids.add(d["id"])
        text = d["text"]
        if d["split"] != SPLIT or not d["template"].startswith("t." + (d.get("base_shape") or d["shape"]) + "."):
            fail("split/template")
        spans = []
        for e in d["entities"] + d["negatives"]:
            s, en, v = e["start"], e["end"], e["value"]
            if not (0 <= s < en <= len(text)) or text[s:en] != v:
                fail(f"offset mismatch {e['type']} {v!r}")
            if v != v.strip() or not v:
                fail(f"whitespace at edge {e['type']} {v!r}")
            spans.append((s, en, e["type"]))
        for s, en in d["ignore"]:
            if not (0 <= s < en <= len(text)) or text[s:en] != text[s:en].strip():
                fail("bad ignore span")
            spans.append((s, en, "IGNORE"))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                fail(f"overlap {a} {b}")
        raws = raws_by_id[d["id"]]
        if len(raws) != len(d["entities"]):
            fail("raw count")
        for e, raw in zip(d["entities"], raws):
            if "core" in e:
                cs, ce = e["core"]
                if not (e["start"] <= cs < ce <= e["end"]):
                    fail("core outside entity")
            check_entity(e, raw, fail)
        for n in d["negatives"]:
            t, v = n["type"], n["value"]
            if t == "NEG_CARDLIKE":
                dd = dig(v)
                if not (15 <= len(dd) <= 16) or luhn_ok(dd):
                    fail(f"cardlike is Luhn-valid {v}")
            elif t == "NEG_UUID" and not UUID_RE.match(v):
                fail("uuid")
            elif t == "NEG_VERSION" and not VER_RE.match(v):
                fail("version")
            elif t == "NEG_HASH" and not HASH_RE.match(v):
                fail("hash")
            elif not t.startswith("NEG_"):
                fail("neg type")
        if d["format"] == "json":
            try:
                obj = json.loads(text)
            except ValueError as ex:
                fail(f"json parse {ex}")
                obj = None
            keys = []
            walk_keys(obj, keys)
            bad = sorted({k for k in keys if k.lower() in deny})
            if bad:
                fail(f"dev key reused {bad}")
        if d["shape"] == "stream":
            ch = d["chunks"]
            if "".join(ch) != text or any(not (1 <= len(x) <= 16) for x in ch):
                fail("chunks")
    bad = sorted({k for k in KEYS_SEEN if k.lower() in deny})
    if bad:
        errors.append(f"dev keys emitted: {bad}")
    have = {(e["type"], d["lang"]) for d in docs for e in d["entities"]}
    for t in ENTITY_TYPES:
        for lg in ("en", "de", "fr", "ru"):
            if (t, lg) not in have:
                errors.append(f"coverage: no {t} entity in a '{lg}' document")
    return errors


def summary(docs):
    out = []
    out.append("docs: %d" % len(docs))
    out.append("by shape: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(d["shape"] for d in docs).items())))
    out.append("stream base: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(d.get("base_shape") for d in docs if d["shape"] == "stream").items())))
    out.append("locale/lang: " + ", ".join(f"{a}/{b}={v}" for (a, b), v in sorted(Counter((d["locale"], d["lang"]) for d in docs).items())))
    et = Counter(e["type"] for d in docs for e in d["entities"])
    out.append("entities (%d): " % sum(et.values()) + ", ".join(f"{k}={v}" for k, v in et.most_common()))
    nt = Counter(e["type"] for d in docs for e in d["negatives"])
    out.append("negatives (%d): " % sum(nt.values()) + ", ".join(f"{k}={v}" for k, v in nt.most_common()))
    sb = Counter((e["type"], e.get("sub")) for d in docs for e in d["entities"])
    out.append("subs: " + ", ".join(f"{a}/{b}={v}" for (a, b), v in sorted(sb.items(), key=str)))
    ob = Counter((e["type"], e["obf"]) for d in docs for e in d["entities"] if "obf" in e)
    out.append("obf: " + ", ".join(f"{a}/{b}={v}" for (a, b), v in sorted(ob.items())))
    lt = Counter((e["type"], d["lang"]) for d in docs for e in d["entities"])
    out.append("type x lang: " + ", ".join(f"{a}/{b}={v}" for (a, b), v in sorted(lt.items())))
    out.append("ignore spans: %d" % sum(len(d["ignore"]) for d in docs))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description="generate held-out probe T for the PII bench")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    try:
        docs, raws = generate(a.seed)
        errors = validate(docs, raws)
    except Exception as ex:  # any generation crash is a validation failure
        import traceback
        traceback.print_exc()
        errors = [f"generation failed: {ex!r}"]
    if errors:
        for e in errors[:50]:
            print("VALIDATION:", e, file=sys.stderr)
        print(f"{len(errors)} validation error(s); nothing written", file=sys.stderr)
        sys.exit(2)
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    if a.summary:
        print(summary(docs))
    print(f"wrote {len(docs)} docs to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
