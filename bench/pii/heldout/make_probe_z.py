#!/usr/bin/env python3
"""make_probe_z.py - held-out probe "Z" for the PII redaction bench.

Theme: spoken language turned into text - call-centre and meeting transcripts, dictation,
voicemail, voice-assistant logs, subtitles, speech-to-text API JSON - and the assistant's
summaries, action items and follow-up e-mails derived from them.

Standard library + Faker only (Faker importable from PYTHONPATH=/tmp/faker-site).
Deterministic per --seed.

    PYTHONPATH=/tmp/faker-site python3 make_probe_z.py --seed 6060 --out /tmp/probe_z.jsonl --summary
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime, timedelta

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOCALE_W = [0.27, 0.17, 0.2, 0.16, 0.2]
SPLIT = "probe_z"


# ==============================================================================================
# Labelled-text builder
# ==============================================================================================
def E(typ, val, sub=None, obf=None):
    return ("E", typ, val, sub, obf)


def N(typ, val):
    return ("N", typ, val)


def I(val):  # noqa: E743 - ignore span
    return ("I", val)


class R(list):
    """A rich string: list of plain str / E / N / I pieces (used inside JSON string values)."""


class JNum:
    """An entity rendered as a bare JSON number."""

    def __init__(self, item):
        self.item = item


class B:
    def __init__(self):
        self.parts, self.n = [], 0
        self.ents, self.negs, self.ign = [], [], []

    def t(self, s):
        if s:
            self.parts.append(s)
            self.n += len(s)

    def item(self, it, esc=None):
        if isinstance(it, str):
            self.t(esc(it) if esc else it)
            return
        kind = it[0]
        val = it[1] if kind == "I" else it[2]
        s = esc(val) if esc else val
        st = self.n
        self.t(s)
        en = self.n
        if kind == "E":
            d = {"type": it[1], "start": st, "end": en}
            if it[3]:
                d["sub"] = it[3]
            if it[4]:
                d["obf"] = it[4]
            d["value"] = s
            if it[1] == "API_KEY" and s.startswith("-----BEGIN"):
                nl = "\\n" if "\\n" in s else "\n"
                h = s.index("-----", 5) + 5 + len(nl)
                f = s.rindex("-----END") - len(nl)
                d["core"] = [st + h, st + f]
            self.ents.append(d)
        elif kind == "N":
            self.negs.append({"type": it[1], "start": st, "end": en, "value": s})
        else:
            self.ign.append([st, en])

    def add(self, *items, esc=None):
        for it in items:
            if isinstance(it, list):  # includes R
                self.add(*it, esc=esc)
            else:
                self.item(it, esc)

    def text(self):
        return "".join(self.parts)


TOK = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def rich(tmpl, slots):
    out, pos = R(), 0
    for m in TOK.finditer(tmpl):
        if m.start() > pos:
            out.append(tmpl[pos:m.start()])
        v = slots[m.group(1)]
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
        pos = m.end()
    if pos < len(tmpl):
        out.append(tmpl[pos:])
    return out


def fill(b, tmpl, slots):
    b.add(rich(tmpl, slots))


def plain(x):
    """Plain text of an item / list (for length estimates)."""
    if isinstance(x, str):
        return x
    if isinstance(x, list):
        return "".join(plain(y) for y in x)
    return x[1] if x[0] == "I" else x[2]


# ---------------------------------------------------------------------------------------------
# JSON serializer that keeps track of offsets (values exactly as escaped in the output)
# ---------------------------------------------------------------------------------------------
def jdump(b, obj, style, level=0):
    ind = style.get("indent")
    ea = style.get("ascii", False)
    isep = style.get("isep", ", ")
    ksep = style.get("ksep", ": ")

    def esc(s):
        return json.dumps(s, ensure_ascii=ea)[1:-1]

    if isinstance(obj, dict):
        if not obj:
            b.t("{}")
            return
        b.t("{")
        for k, (key, v) in enumerate(obj.items()):
            if k:
                b.t("," if ind is not None else isep)
            if ind is not None:
                b.t("\n" + " " * (ind * (level + 1)))
            b.t(json.dumps(key, ensure_ascii=ea) + ksep)
            jdump(b, v, style, level + 1)
        if ind is not None:
            b.t("\n" + " " * (ind * level))
        b.t("}")
    elif isinstance(obj, list) and not isinstance(obj, R):
        if not obj:
            b.t("[]")
            return
        b.t("[")
        for k, v in enumerate(obj):
            if k:
                b.t("," if ind is not None else isep)
            if ind is not None:
                b.t("\n" + " " * (ind * (level + 1)))
            jdump(b, v, style, level + 1)
        if ind is not None:
            b.t("\n" + " " * (ind * level))
        b.t("]")
    elif isinstance(obj, JNum):
        b.item(obj.item)
    elif isinstance(obj, R):
        b.t('"')
        b.add(*obj, esc=esc)
        b.t('"')
    elif isinstance(obj, tuple):
        b.t('"')
        b.item(obj, esc)
        b.t('"')
    elif isinstance(obj, str):
        b.t(json.dumps(obj, ensure_ascii=ea))
    else:
        b.t(json.dumps(obj))


def json_style(r, ascii_p=0.1):
    k = r.random()
    if k < 0.45:
        st = {"indent": 2}
    elif k < 0.6:
        st = {"indent": 4}
    elif k < 0.85:
        st = {"indent": None, "isep": ",", "ksep": ":"}
    else:
        st = {"indent": None, "isep": ", ", "ksep": ": "}
    st["ascii"] = r.random() < ascii_p
    return st


# ==============================================================================================
# Checksums
# ==============================================================================================
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in rearr))
    return "%02d" % (98 - n % 97)


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def snils_check(d9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(d9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%02d" % c


def inn10(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return d9 + str(sum(int(a) * b for a, b in zip(d9, w)) % 11 % 10)


def inn12(d10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    a = str(sum(int(x) * y for x, y in zip(d10, w1)) % 11 % 10)
    s = d10 + a
    return s + str(sum(int(x) * y for x, y in zip(s, w2)) % 11 % 10)


def nhs_check(d9):
    s = sum(int(d) * (10 - i) for i, d in enumerate(d9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def ssn_ok(d):
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


# ==============================================================================================
# Number words (for spoken forms)
# ==============================================================================================
EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_1 = EN_D + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
               "eighteen", "nineteen"]
EN_T = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EN_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
          "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
          "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
          "thirtieth", "thirty-first"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def en_num(n):
    if n < 20:
        return EN_1[n]
    return EN_T[n // 10] + ("-" + EN_D[n % 10] if n % 10 else "")


def en_year(y, gb=False):
    if y >= 2000:
        if y == 2000:
            return "two thousand"
        if y < 2010:
            return ("two thousand and " if gb else "two thousand ") + EN_D[y % 10]
        return "twenty " + en_num(y % 100)
    lo = y % 100
    return EN_1[y // 100] + " " + ("hundred" if lo == 0 else ("oh " + EN_D[lo] if lo < 10 else en_num(lo)))


DE_1 = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
        "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
DE_T = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def de_num(n):
    if n < 20:
        return DE_1[n]
    u = n % 10
    return (("ein" if u == 1 else DE_1[u]) + "und" if u else "") + DE_T[n // 10]


def de_year(y):
    if y >= 2000:
        return "zweitausend" + (de_num(y % 100) if y % 100 else "")
    return "neunzehnhundert" + (de_num(y % 100) if y % 100 else "")


def de_ord_dat(d):
    special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
    if d in special:
        return special[d]
    w = de_num(d)
    return w + ("ten" if d < 20 else "sten")


FR_1 = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_T = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def fr_num(n):
    if n < 20:
        return FR_1[n]
    t, u = divmod(n, 10)
    if t <= 6:
        base = FR_T[t]
        if u == 0:
            return base
        return base + (" et un" if u == 1 else "-" + FR_1[u])
    if t == 7:
        return "soixante" + (" et onze" if u == 1 else "-" + FR_1[10 + u])
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + FR_1[u]
    return "quatre-vingt-" + FR_1[10 + u]


def fr_year(y):
    if y >= 2000:
        return "deux mille" + (" " + fr_num(y % 100) if y % 100 else "")
    lo = y % 100
    return "mille neuf cent" + (" " + fr_num(lo) if lo else "s")


RU_1 = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
        "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
        "восемнадцать", "девятнадцать"]
RU_T = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
        "девяносто"]
RU_H = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"]
RU_ORDG = ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого", "восьмого",
           "девятого", "десятого", "одиннадцатого", "двенадцатого", "тринадцатого", "четырнадцатого",
           "пятнадцатого", "шестнадцатого", "семнадцатого", "восемнадцатого", "девятнадцатого"]
RU_TORDG = ["", "", "двадцатого", "тридцатого", "сорокового", "пятидесятого", "шестидесятого", "семидесятого",
            "восьмидесятого", "девяностого"]
RU_MON_G = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря"]


def ru_num(n):
    if n < 20:
        return RU_1[n]
    if n < 100:
        return RU_T[n // 10] + (" " + RU_1[n % 10] if n % 10 else "")
    h, rest = divmod(n, 100)
    return RU_H[h] + (" " + ru_num(rest) if rest else "")


def ru_ordg(n):
    if n < 20:
        return RU_ORDG[n]
    t, u = divmod(n, 10)
    return RU_TORDG[t] if u == 0 else RU_T[t] + " " + RU_ORDG[u]


def ru_year_g(y):
    if y == 2000:
        return "двухтысячного"
    if y > 2000:
        return "две тысячи " + ru_ordg(y % 100)
    return "тысяча девятьсот " + ru_ordg(y % 100)


def ru_group(g):
    """Read a digit group the Russian way: leading zeros as 'ноль', rest as a number."""
    out = []
    i = 0
    while i < len(g) - 1 and g[i] == "0":
        out.append("ноль")
        i += 1
    rest = g[i:]
    if rest:
        out.append(ru_num(int(rest)))
    return " ".join(out)


def fr_pair(g):
    if len(g) == 2 and g[0] == "0":
        return "zéro " + FR_1[int(g[1])]
    if len(g) == 1:
        return FR_1[int(g)]
    return fr_num(int(g))


DIGW = {"en": EN_D, "de": DE_1[:10], "fr": FR_1[:10], "ru": RU_1[:10]}
PLUSW = {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}


def spell_digits(r, digits, lang, gb=False):
    """digit-by-digit reading, with the usual spoken habits."""
    words = []
    i = 0
    dw = list(DIGW[lang])
    while i < len(digits):
        ch = digits[i]
        if not ch.isdigit():
            i += 1
            continue
        if lang == "en" and i + 1 < len(digits) and digits[i + 1] == ch and r.random() < (0.7 if gb else 0.35):
            if i + 2 < len(digits) and digits[i + 2] == ch:
                words.append("triple " + (("oh" if gb else "zero") if ch == "0" else dw[int(ch)]))
                i += 3
                continue
            words.append("double " + (("oh" if gb else "zero") if ch == "0" else dw[int(ch)]))
            i += 2
            continue
        w = dw[int(ch)]
        if lang == "en" and ch == "0" and r.random() < (0.8 if gb else 0.4):
            w = "oh"
        if lang == "de" and ch == "2" and r.random() < 0.4:
            w = "zwo"
        words.append(w)
        i += 1
    return words


def spoken_groups(r, groups, lang, gb=False, sep=None):
    """groups: list of digit strings -> spoken string (digits read one by one inside a group)."""
    if sep is None:
        sep = r.choice([", ", " ", " - "]) if lang != "ru" else r.choice([", ", " "])
    return sep.join(" ".join(spell_digits(r, g, lang, gb)) for g in groups if g)


# ==============================================================================================
# Locale data context
# ==============================================================================================
TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                  "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def asciify(s):
    s = s.lower()
    s = "".join(TRANS.get(ch, ch) for ch in s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch in string.ascii_lowercase + string.digits)


DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "hotmail.com"],
    "en_GB": ["btinternet.com", "gmail.com", "outlook.co.uk", "sky.com", "yahoo.co.uk", "talktalk.net"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "ru_RU": ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru", "bk.ru", "list.ru"],
}
ORG_DOMAINS = {
    "en_US": ["harborline-insurance.com", "quillmark.io", "pinecrest-health.org", "northgate-energy.com"],
    "en_GB": ["thamesbridge-telecom.co.uk", "ashdown-lettings.co.uk", "kestrel-bank.co.uk"],
    "de_DE": ["stadtwerke-auental.de", "kranich-versicherung.de", "mobilfunk-nordlicht.de"],
    "fr_FR": ["assurances-lavande.fr", "telecom-azur.fr", "clinique-saint-roch.fr"],
    "ru_RU": ["telecom-sever.ru", "bank-volna.ru", "klinika-zdorovie.ru"],
}
ORG_NAMES = {
    "en_US": ["Harborline Insurance", "Northgate Energy", "Pinecrest Health", "Quillmark"],
    "en_GB": ["Thamesbridge Telecom", "Ashdown Lettings", "Kestrel Bank"],
    "de_DE": ["Stadtwerke Auental", "Kranich Versicherung", "Mobilfunk Nordlicht"],
    "fr_FR": ["Assurances Lavande", "Télécom Azur", "Clinique Saint-Roch"],
    "ru_RU": ["«Телеком Север»", "банк «Волна»", "клиника «Здоровье»"],
}
TITLES = {
    "en": ["Customer Retention Team", "Premium Support Desk", "Quality Assurance Review", "Smart Home Hub",
           "Family Unlimited Plan", "Billing Operations", "Voice Analytics Dashboard", "Annual Planning Offsite",
           "Home Energy Saver", "Claims Intake Queue"],
    "de": ["Kundenservice Team Nord", "Premium Tarif Plus", "Smart Home Zentrale", "Qualitäts Check Runde",
           "Energie Spar Paket", "Digital Service Center"],
    "fr": ["Service Client Premium", "Offre Famille Illimitée", "Centre Relation Client", "Box Maison Connectée",
           "Pôle Qualité Appels", "Forfait Liberté Plus"],
    "ru": ["Тариф Семейный Плюс", "Центр Обслуживания Клиентов", "Умный Дом Лайт", "Отдел Контроля Качества",
           "Пакет Безлимит Про", "Служба Выездного Сервиса"],
}
ASR_MODELS = ["asr-general", "speech-core", "voxline", "stt-callcenter", "dictate-med", "parlo-asr"]
PKGS = ["vosk-api", "@voxline/recorder", "webrtc-vad", "@parlo/stt-client", "pyannote-lite", "srt-tools",
        "@callkit/diarize", "whisperkit-cli", "sipjs-lite", "@captionist/vtt"]


class Ctx:
    def __init__(self, locale, r, fake):
        self.L = locale
        self.lang = locale[:2]
        self.r = r
        self.f = fake
        self.gb = locale == "en_GB"

    # ---------------- people ----------------
    def person(self, style=None):
        r, f, L = self.r, self.f, self.L
        fem = r.random() < 0.5
        if fem:
            first, last = f.first_name_female(), f.last_name_female() if L == "ru_RU" else f.last_name()
        else:
            first, last = f.first_name_male(), f.last_name_male() if L == "ru_RU" else f.last_name()
        mid = ""
        if L == "ru_RU":
            mid = f.middle_name_female() if fem else f.middle_name_male()
            k = style or r.choice(["fl", "fl", "lfm", "fml"])
            full = {"fl": f"{first} {last}", "lfm": f"{last} {first} {mid}", "fml": f"{first} {mid} {last}"}[k]
        else:
            full = f"{first} {last}"
            if self.lang == "en" and r.random() < 0.12:
                full = f"{first} {r.choice(string.ascii_uppercase)}. {last}"
        return {"first": first, "last": last, "mid": mid, "full": full, "fem": fem}

    def addr_name(self, p):
        """how a speaker addresses this person: (prefix text, PERSON item)"""
        lang = self.lang
        if lang == "ru":
            return "", E("PERSON", f"{p['first']} {p['mid']}", "ru")
        hon = {"en": ("Ms " if self.gb else "Ms. ", "Mr " if self.gb else "Mr. "), "de": ("Frau ", "Herr "),
               "fr": ("Madame ", "Monsieur ")}[lang][0 if p["fem"] else 1]
        return hon, E("PERSON", p["last"], lang)

    def spelled_name(self, p):
        sep = self.r.choice(["-", " ", "-"])
        return E("PERSON", sep.join(ch.upper() for ch in p["last"] if ch.isalpha()), self.lang, "spaced")

    def email_words(self, p=None):
        clean = self.email_str(p)
        loc, dom = clean.split("@")
        W = {"en": ("at", "dot", "underscore", "dash"), "de": (self.r.choice(["at", "ät"]), "Punkt", "Unterstrich", "Bindestrich"),
             "fr": ("arobase", "point", "tiret bas", "tiret"), "ru": ("собака", "точка", "нижнее подчёркивание", "дефис")}[self.lang]
        def sp(part):
            part = part.replace(".", f" {W[1]} ").replace("_", f" {W[2]} ").replace("-", f" {W[3]} ")
            return re.sub(r"(?<=[a-z])(?=\d)", " ", part)
        return E("EMAIL", f"{sp(loc)} {W[0]} {sp(dom)}", None, "words"), E("EMAIL", clean)

    def pe(self, p, lower=False):
        v = p["full"].lower() if lower else p["full"]
        return E("PERSON", v, self.lang)

    # ---------------- contact ----------------
    def email_str(self, p=None):
        r = self.r
        if p is None:
            p = self.person()
        fi, la = asciify(p["first"]) or "anna", asciify(p["last"]) or "smith"
        k = r.randrange(6)
        loc = [f"{fi}.{la}", f"{fi[0]}.{la}", f"{fi}{la}{r.randint(1, 99)}", f"{la}.{fi}", f"{fi}_{la}",
               f"{fi[0]}{la}{r.randint(60, 99)}"][k]
        return f"{loc}@{r.choice(DOMAINS[self.L])}"

    def email(self, p=None):
        return E("EMAIL", self.email_str(p))

    def org_email(self, p):
        fi, la = asciify(p["first"]) or "team", asciify(p["last"]) or "desk"
        return E("EMAIL", f"{fi}.{la}@{self.r.choice(ORG_DOMAINS[self.L])}")

    def org(self):
        return self.r.choice(ORG_NAMES[self.L])

    def phone_parts(self, intl=None):
        """returns (sub, formatted, groups-of-digits-as-spoken, has_plus)"""
        r, L = self.r, self.L
        if intl is None:
            intl = r.random() < 0.4
        D = lambda n: "".join(r.choice(string.digits) for _ in range(n))  # noqa: E731
        if L == "en_US":
            area = r.choice(["212", "305", "312", "415", "503", "617", "702", "713", "818", "919", "206", "404",
                             "512", "602", "720", "614", "971"])
            ex = str(r.randint(2, 9)) + D(2)
            ln = D(4)
            if intl:
                fmt = r.choice(["+1 {a} {e} {l}", "+1-{a}-{e}-{l}", "+1{a}{e}{l}", "+1 ({a}) {e}-{l}"])
                return "intl_US", fmt.format(a=area, e=ex, l=ln), ["1", area, ex, ln], True
            fmt = r.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "{a} {e} {l}"])
            return "national_US", fmt.format(a=area, e=ex, l=ln), [area, ex, ln], False
        if L == "en_GB":
            if r.random() < 0.6:
                a, b_ = "7" + str(r.randint(4, 9)) + D(2), D(6)
                if intl:
                    return "intl_GB", r.choice(["+44 {a} {b}", "+44 (0){a} {b}", "+44{a}{b}"]).format(a=a, b=b_), \
                        ["44", a, b_], True
                return "national_GB", r.choice(["0{a} {b}", "0{a}{b}", "0{a} {c} {d}"]).format(
                    a=a, b=b_, c=b_[:3], d=b_[3:]), ["0" + a, b_[:3], b_[3:]], False
            ac, x, y = r.choice([("20", 4, 4), ("161", 3, 4), ("113", 3, 4), ("121", 3, 4), ("131", 3, 4)])
            p1, p2 = D(x), D(y)
            if intl:
                return "intl_GB", f"+44 {ac} {p1} {p2}", ["44", ac, p1, p2], True
            return "national_GB", f"0{ac} {p1} {p2}", ["0" + ac, p1, p2], False
        if L == "de_DE":
            if r.random() < 0.55:
                pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "176", "178"])
                rest = D(r.choice([7, 8]))
            else:
                pre = r.choice(["30", "40", "89", "221", "69", "711", "211", "351", "341"])
                rest = D(8 - len(pre) + 2)
            if intl:
                fmt = r.choice(["+49 {p} {r}", "+49 (0){p} {r}", "0049 {p} {r}", "+49{p}{r}"])
                return "intl_DE", fmt.format(p=pre, r=rest), ["49", pre, rest], True
            fmt = r.choice(["0{p} {r}", "0{p}/{r}", "0{p}-{r}", "(0{p}) {r}"])
            return "national_DE", fmt.format(p=pre, r=rest), ["0" + pre, rest], False
        if L == "fr_FR":
            first = r.choice("12345679")
            pairs = [D(2) for _ in range(4)]
            if intl:
                fmt = r.choice(["+33 {f} {a} {b} {c} {d}", "+33 (0){f} {a} {b} {c} {d}", "+33{f}{a}{b}{c}{d}",
                                "0033 {f} {a} {b} {c} {d}"])
                return "intl_FR", fmt.format(f=first, a=pairs[0], b=pairs[1], c=pairs[2], d=pairs[3]), \
                    ["33", first] + pairs, True
            fmt = r.choice(["0{f} {a} {b} {c} {d}", "0{f}.{a}.{b}.{c}.{d}", "0{f}{a}{b}{c}{d}"])
            return "national_FR", fmt.format(f=first, a=pairs[0], b=pairs[1], c=pairs[2], d=pairs[3]), \
                ["0" + first] + pairs, False
        # ru_RU
        code = r.choice(["916", "926", "903", "905", "915", "985", "999", "495", "499", "812", "343", "383"])
        a, b_, c = D(3), D(2), D(2)
        if intl:
            fmt = r.choice(["+7 ({k}) {a}-{b}-{c}", "+7 {k} {a}-{b}-{c}", "+7{k}{a}{b}{c}", "+7 {k} {a} {b} {c}"])
            return "intl_RU", fmt.format(k=code, a=a, b=b_, c=c), ["7", code, a, b_, c], True
        fmt = r.choice(["8 ({k}) {a}-{b}-{c}", "8-{k}-{a}-{b}-{c}", "8 {k} {a} {b} {c}", "8{k}{a}{b}{c}"])
        return "national_RU", fmt.format(k=code, a=a, b=b_, c=c), ["8", code, a, b_, c], False

    def phone(self, intl=None):
        sub, s, _, _ = self.phone_parts(intl)
        return E("PHONE", s, sub)

    def phone_spoken(self, intl=None):
        """phone number read aloud; returns (spoken entity, clean entity of the same number)"""
        sub, s, groups, plus = self.phone_parts(intl)
        r, lang = self.r, self.lang
        if lang == "fr":
            words = []
            for g in groups:
                if len(g) == 2:
                    words.append(fr_pair(g))
                elif g == "33":
                    words.append("trente-trois")
                else:
                    words.append(" ".join(FR_1[int(x)] for x in g))
            sp = ", ".join(words)
        elif lang == "ru":
            sp = ", ".join(ru_group(g) if len(g) <= 3 and r.random() < 0.7 else " ".join(RU_1[int(x)] for x in g)
                           for g in groups)
        else:
            sp = spoken_groups(r, groups, lang, self.gb)
        if plus:
            sp = PLUSW[lang] + " " + sp
        return E("PHONE", sp, sub, "spelled"), E("PHONE", s, sub)

    def phone_spaced(self):
        sub, s, groups, plus = self.phone_parts()
        sp = " ".join(ch for ch in s if ch.isdigit() or ch == "+")
        return E("PHONE", sp, sub, "spaced"), E("PHONE", s, sub)

    # ---------------- dates ----------------
    def _rand_date(self, y0, y1):
        r = self.r
        d0 = date(y0, 1, 1).toordinal()
        d1 = date(y1, 12, 31).toordinal()
        return date.fromordinal(r.randint(d0, d1))

    def fmt_date(self, d, style=None):
        r, L = self.r, self.L
        k = style if style is not None else r.randrange(3)
        if L == "en_US":
            return [f"{EN_MON[d.month - 1]} {d.day}, {d.year}", f"{d.month:02d}/{d.day:02d}/{d.year}",
                    d.isoformat()][k]
        if L == "en_GB":
            return [f"{d.day} {EN_MON[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                    f"{d.day} {EN_MON[d.month - 1][:3]} {d.year}"][k]
        if L == "de_DE":
            return [f"{d.day}. {DE_MON[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                    f"{d.day}.{d.month}.{d.year}"][k]
        if L == "fr_FR":
            dd = "1er" if d.day == 1 else str(d.day)
            return [f"{dd} {FR_MON[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                    f"{d.day:02d}/{d.month:02d}/{d.year}"][k]
        return [f"{d.day} {RU_MON_G[d.month - 1]} {d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                f"{d.day:02d}.{d.month:02d}.{d.year}"][k]

    def dob_date(self):
        return self._rand_date(1944, 2005)

    def dob(self, d=None, style=None):
        return E("DATE_OF_BIRTH", self.fmt_date(d or self.dob_date(), style))

    def dob_spoken(self, d=None):
        d = d or self.dob_date()
        lang = self.lang
        if lang == "en":
            if self.gb or self.r.random() < 0.3:
                s = f"the {EN_ORD[d.day]} of {EN_MON[d.month - 1]} {en_year(d.year, self.gb)}"
            else:
                s = f"{EN_MON[d.month - 1]} {EN_ORD[d.day]} {en_year(d.year)}"
        elif lang == "de":
            s = f"{de_ord_dat(d.day)} {DE_MON[d.month - 1]} {de_year(d.year)}"
        elif lang == "fr":
            s = f"{'premier' if d.day == 1 else fr_num(d.day)} {FR_MON[d.month - 1]} {fr_year(d.year)}"
        else:
            s = f"{RU_ORDG[d.day] if d.day < 20 else ru_ordg(d.day)} {RU_MON_G[d.month - 1]} {ru_year_g(d.year)} года"
        return E("DATE_OF_BIRTH", s, None, "spelled"), d

    def neg_date(self):
        return N("NEG_DATE", self.fmt_date(self._rand_date(2019, 2025)))

    # ---------------- address ----------------
    def addr(self):
        """[street entity, separator, ignore(city/postcode)]"""
        r, f, L = self.r, self.f, self.L
        if L == "en_US":
            st = f.street_address()
            tail = f"{f.city()}, {f.state_abbr()} {f.zipcode()}"
        elif L == "en_GB":
            st = f"{r.randint(1, 240)} {f.street_name()}"
            tail = f"{f.city()} {f.postcode()}"
        elif L == "de_DE":
            st = f"{f.street_name()} {r.randint(1, 140)}{r.choice(['', '', '', 'a', 'b'])}"
            tail = f"{f.postcode()} {f.city()}"
        elif L == "fr_FR":
            st = f"{r.randint(1, 180)}{r.choice([',', '', ' bis,'])} {f.street_name()}"
            tail = f"{f.postcode()} {f.city()}"
        else:
            st = f"{f.street_name()}, д. {r.randint(1, 120)}" + (f", кв. {r.randint(1, 300)}" if r.random() < 0.6 else "")
            tail = f"г. {f.city_name()}, {f.postcode()}"
        return [E("STREET_ADDRESS", st, self.lang), ", ", I(tail)]

    # ---------------- finance / ids ----------------
    def card_digits(self, brand=None, valid=True):
        r = self.r
        brands = ["visa", "mastercard", "amex", "discover", "jcb"] + (["mir", "mir"] if self.L == "ru_RU" else [])
        brand = brand or r.choice(brands)
        if brand == "visa":
            pre, n = "4", 16
        elif brand == "mastercard":
            pre, n = r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))]), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif brand == "discover":
            pre, n = "6011", 16
        elif brand == "jcb":
            pre, n = str(r.randint(3528, 3589)), 16
        else:
            pre, n = "220" + str(r.randint(0, 4)), 16
        body = pre + "".join(r.choice(string.digits) for _ in range(n - 1 - len(pre)))
        chk = luhn_digit(body)
        if not valid:
            chk = str((int(chk) + r.randint(1, 9)) % 10)
        return brand, body + chk

    def card_fmt(self, num):
        r = self.r
        sep = r.choice([" ", " ", "-", ""])
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def card(self):
        brand, num = self.card_digits()
        return E("CREDIT_CARD", self.card_fmt(num), brand)

    def card_spoken(self):
        brand, num = self.card_digits()
        groups = [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
        if self.lang == "fr" and self.r.random() < 0.6:
            sp = ", ".join(" ".join(fr_pair(g[i:i + 2]) for i in range(0, len(g), 2)) for g in groups)
        else:
            sp = spoken_groups(self.r, groups, self.lang, self.gb)
        return E("CREDIT_CARD", sp, brand, "spelled"), E("CREDIT_CARD", self.card_fmt(num), brand)

    def cardlike(self):
        _, num = self.card_digits(valid=False)
        if self.r.random() < 0.3:  # card-like number with no card prefix at all
            body = str(self.r.randint(7, 9)) + "".join(self.r.choice(string.digits) for _ in range(14))
            num = body + str((int(luhn_digit(body)) + self.r.randint(1, 9)) % 10)
        return N("NEG_CARDLIKE", self.card_fmt(num))

    IBAN_SPEC = {"DE": "n18", "AT": "n16", "CH": "n5c12", "GB": "a4n14", "FR": "n10c11n2", "BE": "n12",
                 "NL": "a4n10", "ES": "n20", "IT": "a1n10c12"}

    def iban_parts(self, cc=None):
        r = self.r
        if cc is None:
            cc = {"de_DE": r.choice(["DE", "DE", "DE", "AT", "CH"]), "fr_FR": r.choice(["FR", "FR", "FR", "BE"]),
                  "en_GB": r.choice(["GB", "GB", "GB", "NL"]), "en_US": r.choice(["DE", "GB", "FR", "ES", "IT"]),
                  "ru_RU": r.choice(["DE", "IT", "ES"])}[self.L]
        spec = self.IBAN_SPEC[cc]
        bban = ""
        for kind, cnt in re.findall(r"([nac])(\d+)", spec):
            pool = {"n": string.digits, "a": string.ascii_uppercase,
                    "c": string.digits * 3 + string.ascii_uppercase}[kind]
            bban += "".join(r.choice(pool) for _ in range(int(cnt)))
        return cc, cc + iban_check(cc, bban) + bban

    def iban(self, grouped=None):
        cc, s = self.iban_parts()
        if grouped is None:
            grouped = self.r.random() < 0.65
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return E("IBAN", s, f"{cc}_{'grouped' if grouped else 'compact'}")

    def iban_spoken(self):
        cc, s = self.iban_parts()
        lang, r = self.lang, self.r
        groups = [s[i:i + 4] for i in range(0, len(s), 4)]
        out = []
        for g in groups:
            ws = []
            for ch in g:
                if ch.isdigit():
                    ws.extend(spell_digits(r, ch, lang, self.gb))
                else:
                    ws.append(ch)
            out.append(" ".join(ws))
        sp = ", ".join(out)
        return E("IBAN", sp, f"{cc}_grouped", "spelled"), \
            E("IBAN", " ".join(s[i:i + 4] for i in range(0, len(s), 4)), f"{cc}_grouped")

    def ssn_digits(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        return f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"

    def ssn(self):
        d = self.ssn_digits()
        k = self.r.random()
        if k < 0.7:
            return E("US_SSN", f"{d[:3]}-{d[3:5]}-{d[5:]}", "dashed")
        if k < 0.85:
            return E("US_SSN", f"{d[:3]} {d[3:5]} {d[5:]}", "spaced")
        return E("US_SSN", d, "plain")

    def ssn_spoken(self):
        d = self.ssn_digits()
        sp = spoken_groups(self.r, [d[:3], d[3:5], d[5:]], "en")
        return E("US_SSN", sp, "dashed", "spelled"), E("US_SSN", f"{d[:3]}-{d[3:5]}-{d[5:]}", "dashed")

    def snils_digits(self):
        r = self.r
        while True:
            d9 = "".join(r.choice(string.digits) for _ in range(9))
            if int(d9) > 1001998:
                return d9 + snils_check(d9)

    def snils(self):
        d = self.snils_digits()
        k = self.r.random()
        if k < 0.65:
            return E("RU_SNILS", f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", "formatted")
        if k < 0.85:
            return E("RU_SNILS", f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", "dashed")
        return E("RU_SNILS", d, "plain")

    def snils_spoken(self):
        d = self.snils_digits()
        sp = ", ".join(ru_group(g) for g in [d[:3], d[3:6], d[6:9], d[9:]])
        return E("RU_SNILS", sp, "formatted", "spelled"), E("RU_SNILS", f"{d[:3]}-{d[3:6]}-{d[6:9]} {d[9:]}", "formatted")

    def inn_digits(self, twelve=None):
        r = self.r
        if twelve is None:
            twelve = r.random() < 0.6
        reg = "%02d" % r.choice([77, 78, 50, 52, 54, 66, 16, 23, 61, 74, 63, 2])
        if twelve:
            return "inn12", inn12(reg + "".join(r.choice(string.digits) for _ in range(8)))
        return "inn10", inn10(reg + "".join(r.choice(string.digits) for _ in range(7)))

    def inn(self, twelve=None):
        sub, d = self.inn_digits(twelve)
        return E("RU_INN", d, sub)

    def passport_digits(self):
        r = self.r
        return "%02d%02d%06d" % (r.choice([45, 46, 40, 50, 60, 65, 92, 3, 36, 77]), r.choice(
            [3, 5, 8, 10, 12, 14, 15, 17, 18, 19, 20, 21, 22, 23]), r.randint(0, 999999))

    def passport(self):
        d = self.passport_digits()
        k = self.r.random()
        if k < 0.45:
            return E("RU_PASSPORT", f"{d[:2]} {d[2:4]} {d[4:]}", "spaced")
        if k < 0.75:
            return E("RU_PASSPORT", f"{d[:4]} {d[4:]}", "series_number")
        if k < 0.9:
            return E("RU_PASSPORT", f"{d[:2]} {d[2:4]} № {d[4:]}", "numero")
        return E("RU_PASSPORT", d, "plain")

    def passport_spoken(self):
        d = self.passport_digits()
        sp = f"{ru_group(d[:2])} {ru_group(d[2:4])}, номер {ru_group(d[4:7])} {ru_group(d[7:])}"
        return E("RU_PASSPORT", sp, "spaced", "spelled"), E("RU_PASSPORT", f"{d[:2]} {d[2:4]} {d[4:]}", "spaced")

    def mrn(self):
        r, L = self.r, self.L
        if L == "en_GB" and r.random() < 0.7:
            while True:
                d9 = "".join(r.choice(string.digits) for _ in range(9))
                c = nhs_check(d9)
                if c is not None:
                    break
            d = d9 + c
            return E("MEDICAL_RECORD_NUMBER", r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d]), "nhs")
        k = r.random()
        if k < 0.45:
            return E("MEDICAL_RECORD_NUMBER", str(r.randint(10 ** 6, 10 ** 9 - 1)), "numeric")
        if k < 0.8:
            pre = {"en": ["MRN-", "MRN ", "PT-"], "de": ["PID-", "KH-"], "fr": ["IPP-", "DP-"],
                   "ru": ["МК-", "ИБ-"]}[self.lang]
            return E("MEDICAL_RECORD_NUMBER", r.choice(pre) + str(r.randint(10 ** 5, 10 ** 8)), "prefixed")
        a = "".join(r.choice(string.ascii_uppercase) for _ in range(2))
        return E("MEDICAL_RECORD_NUMBER", f"{a}{r.randint(100000, 999999)}-{r.choice(string.ascii_uppercase)}{r.randint(0, 9)}",
                 "alnum")

    # ---------------- network / secrets ----------------
    def ip4(self, private=None):
        r = self.r
        if private is None:
            private = r.random() < 0.35
        if private:
            return E("IPV4", r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                       f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}",
                                       f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"]))
        a = r.choice([i for i in range(23, 224) if i not in (127, 10, 172, 192, 169, 100)])
        return E("IPV4", f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}")

    def ip6(self):
        r = self.r
        g = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
        if r.random() < 0.5:
            return E("IPV6", f"{r.choice(['2a02', '2001', '2a01', '2600', '2804'])}:{':'.join(g[1:4])}::{g[7]}")
        return E("IPV6", ":".join(g))

    def _rs(self, n, pool=string.ascii_letters + string.digits):
        return "".join(self.r.choice(pool) for _ in range(n))

    def api_key(self, kind=None):
        r = self.r
        kind = kind or r.choice(["aws_access_key_id", "aws_secret_key", "google_api", "openai_like", "github_pat_classic",
                                 "slack", "stripe", "jwt", "gitlab", "password"])
        if kind == "aws_access_key_id":
            v = "AKIA" + self._rs(16, string.ascii_uppercase + "234567")
        elif kind == "aws_secret_key":
            v = self._rs(40, string.ascii_letters + string.digits + "+/")
        elif kind == "google_api":
            v = "AIza" + self._rs(35, string.ascii_letters + string.digits + "-_")
        elif kind == "openai_like":
            v = "sk-proj-" + self._rs(48, string.ascii_letters + string.digits + "_-")
        elif kind == "github_pat_classic":
            v = "ghp_" + self._rs(36)
        elif kind == "slack":
            v = f"xoxb-{r.randint(10 ** 10, 10 ** 12)}-{r.randint(10 ** 10, 10 ** 12)}-{self._rs(24)}"
        elif kind == "stripe":
            v = "sk_live_" + self._rs(24)
        elif kind == "gitlab":
            v = "glpat-" + self._rs(20, string.ascii_letters + string.digits + "-_")
        elif kind == "jwt":
            def b64u(o):
                return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
            v = b64u({"alg": "HS256", "typ": "JWT"}) + "." + b64u(
                {"sub": str(r.randint(10 ** 6, 10 ** 9)), "scope": "stt:stream", "exp": r.randint(1700000000, 1800000000)}) \
                + "." + self._rs(43, string.ascii_letters + string.digits + "-_")
        elif kind == "pem_private_key":
            body = "\n".join(self._rs(64, string.ascii_letters + string.digits + "+/") for _ in range(r.randint(5, 9)))
            v = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
        else:  # password
            w = r.choice(["Sommer", "Winter", "Soleil", "Moskva", "Harbor", "Falcon", "Tiger", "Lavande", "Volna"])
            v = w + str(r.randint(10, 9999)) + r.choice("!*$")
            kind = "password"
        return E("API_KEY", v, kind)

    # ---------------- negatives ----------------
    def uuid(self):
        return N("NEG_UUID", "%08x-%04x-4%03x-%x%03x-%012x" % (
            self.r.getrandbits(32), self.r.getrandbits(16), self.r.getrandbits(12), self.r.choice([8, 9, 10, 11]),
            self.r.getrandbits(12), self.r.getrandbits(48)))

    def hash(self, n=None):
        n = n or self.r.choice([7, 12, 40, 64])
        return N("NEG_HASH", "".join(self.r.choice("0123456789abcdef") for _ in range(n)))

    def ts(self, kind=None):
        r = self.r
        dt = datetime(2023, 1, 1) + timedelta(seconds=r.randint(0, 3 * 365 * 86400))
        kind = kind if kind is not None else r.randrange(4)
        if kind == 0:
            v = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        elif kind == 1:
            v = str(int((dt - datetime(1970, 1, 1)).total_seconds()))
        elif kind == 2:
            v = str(int((dt - datetime(1970, 1, 1)).total_seconds()) * 1000 + r.randint(0, 999))
        else:
            v = dt.strftime("%Y-%m-%d %H:%M:%S")
        return N("NEG_TIMESTAMP", v)

    def ticket(self):
        r = self.r
        k = r.randrange(6)
        v = [f"CASE-{r.randint(100000, 999999)}", f"#{r.randint(10000, 9999999)}", f"CS-{r.randint(1000, 99999)}",
             f"TKT-{r.randint(2022, 2025)}-{r.randint(1000, 99999)}", f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}",
             f"CALL-{r.randint(10 ** 7, 10 ** 8)}"][k]
        return N("NEG_ORDER_ID", v)

    def version(self):
        r = self.r
        return N("NEG_VERSION", f"{r.randint(1, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}.{r.randint(1, 300)}")

    def title(self):
        return N("NEG_TITLECASE", self.r.choice(TITLES[self.lang]))

    def pkg(self):
        r = self.r
        if r.random() < 0.8:
            return N("NEG_EMAILLIKE", f"{r.choice(PKGS)}@{r.randint(0, 6)}.{r.randint(0, 30)}.{r.randint(0, 20)}")
        return N("NEG_EMAILLIKE", r.choice(["@here", "@channel", "@qa-team", "@oncall"]))

    def b64(self, n=None):
        r = self.r
        n = n or r.randint(40, 120)
        raw = bytes(r.getrandbits(8) for _ in range(n))
        if r.random() < 0.5:
            return N("NEG_B64", "UklGR" + base64.b64encode(raw).decode()[5:])
        return N("NEG_B64", "data:audio/ogg;base64,T2dnUw" + base64.b64encode(raw).decode())

    def number(self):
        r, L = self.r, self.L
        k = r.randrange(4)
        if k == 0:
            a = r.randint(100, 99999) + r.randint(0, 99) / 100
            v = {"en_US": f"${a:,.2f}", "en_GB": f"£{a:,.2f}", "de_DE": f"{a:,.2f} €".replace(",", "X").replace(".", ",").replace("X", "."),
                 "fr_FR": f"{a:,.2f} €".replace(",", " ").replace(".", ","), "ru_RU": f"{a:,.2f} ₽".replace(",", " ").replace(".", ",")}[L]
        elif k == 1:
            v = f"{r.randint(1000, 999999):,}"
            if L in ("fr_FR", "ru_RU"):
                v = v.replace(",", " ")
            elif L == "de_DE":
                v = v.replace(",", ".")
        elif k == 2:
            v = f"{r.uniform(-80, 80):.4f}, {r.uniform(-170, 170):.4f}"
        else:
            v = f"{r.randint(1, 99)}.{r.randint(0, 9)} %" if L in ("de_DE", "fr_FR", "ru_RU") else f"{r.randint(1, 99)}.{r.randint(0, 9)}%"
            if L != "en_US" and L != "en_GB":
                v = v.replace(".", ",")
        return N("NEG_NUMBER", v)

    def tc(self, sec):
        """transcript offset [hh:mm:ss]"""
        return N("NEG_TIMESTAMP", f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}")


# ==============================================================================================
# Conversation scripts.  A = agent/host, C = caller/customer/guest, P1..P4 = meeting participants.
# Lines starting with "?" are optional.  {KEY} slots are filled from the facts dict.
# ==============================================================================================
SCRIPTS = {
    "verify": {
        "en": [
            ("A", "Thank you for calling {ORG}, my name is {AG}, how can I help you today?"),
            ("C", "Hi {AGA}, um, this is {CN}. I'm calling about my last bill, it looks way too high."),
            ("A", "Sorry to hear that, let's sort it out. Before I open the account, can you confirm your date of birth?"),
            ("C", "{DOBLINE}"),
            ("A", "Thanks. And the first line of your address, please?"),
            ("C", "Yeah, it's {ADDR}."),
            ("A", "Perfect, that matches. Is {PH} still the best number for you?"),
            ("C", "Uh, no, better use my mobile, {PH2}."),
            ("?A", "Got it. Could you spell your surname for me, just so the letter is right?"),
            ("?C", "Sure, {SPELL}."),
            ("A", "And shall I send the confirmation to {EM}?"),
            ("C", "Yes, that's the one."),
            ("A", "Done. I've opened case {TK} and credited the difference. Anything else today?"),
            ("C", "No, that's all. Thanks {AGA}, bye."),
        ],
        "de": [
            ("A", "{ORG}, guten Tag, Sie sprechen mit {AG}. Was kann ich für Sie tun?"),
            ("C", "Ja, hallo, äh, hier ist {CN}. Ich rufe wegen meiner letzten Rechnung an, die ist viel zu hoch."),
            ("A", "Das schaue ich mir gern an. Zur Sicherheit: Wie lautet Ihr Geburtsdatum?"),
            ("C", "{DOBLINE}"),
            ("A", "Danke. Und Ihre Anschrift?"),
            ("C", "{ADDR}."),
            ("A", "Passt. Sind Sie unter {PH} noch erreichbar?"),
            ("C", "Nee, nehmen Sie lieber die Handynummer, {PH2}."),
            ("?A", "Können Sie mir den Nachnamen einmal buchstabieren?"),
            ("?C", "Klar, {SPELL}."),
            ("A", "Notiert. Die Bestätigung geht an {EM}, richtig?"),
            ("C", "Genau, ja."),
            ("A", "Ich habe den Vorgang {TK} angelegt und die Differenz gutgeschrieben. Kann ich sonst noch helfen?"),
            ("C", "Nein, das war's. Danke, {AGA}, tschüss."),
        ],
        "fr": [
            ("A", "{ORG}, bonjour, {AG} à votre écoute."),
            ("C", "Oui bonjour, euh, c'est {CN}, j'appelle au sujet de ma dernière facture, elle est beaucoup trop élevée."),
            ("A", "Je regarde ça tout de suite. Pour vérifier votre identité, pouvez-vous me donner votre date de naissance ?"),
            ("C", "{DOBLINE}"),
            ("A", "Merci. Et votre adresse postale ?"),
            ("C", "Alors c'est {ADDR}."),
            ("A", "Très bien, ça correspond. Le {PH}, c'est toujours le bon numéro ?"),
            ("C", "Non, prenez plutôt mon portable, le {PH2}."),
            ("?A", "Vous pouvez m'épeler votre nom de famille ?"),
            ("?C", "Oui, {SPELL}."),
            ("A", "C'est noté. J'envoie la confirmation à {EM} ?"),
            ("C", "Oui, c'est bien ça."),
            ("A", "J'ai ouvert le dossier {TK} et remboursé la différence. Autre chose ?"),
            ("C", "Non, merci beaucoup {AGA}, bonne journée."),
        ],
        "ru": [
            ("A", "{ORG}, здравствуйте, меня зовут {AG}, чем могу помочь?"),
            ("C", "Здравствуйте, э-э, это {CN}. Я по поводу последнего счёта, там какая-то слишком большая сумма."),
            ("A", "Сейчас разберёмся. Для проверки назовите, пожалуйста, дату рождения."),
            ("C", "{DOBLINE}"),
            ("A", "Спасибо. И адрес регистрации?"),
            ("C", "{ADDR}."),
            ("A", "Всё совпадает. Номер {PH} актуален?"),
            ("C", "Нет, лучше звоните на мобильный: {PH2}."),
            ("?A", "Продиктуйте, пожалуйста, фамилию по буквам."),
            ("?C", "{SPELL}."),
            ("A", "Записала. Подтверждение отправить на {EM}?"),
            ("C", "Да, всё верно."),
            ("A", "Я открыла обращение {TK} и вернула разницу. Что-нибудь ещё?"),
            ("C", "Нет, спасибо, {AGA}, до свидания."),
        ],
    },
    "pay": {
        "en_US": [
            ("A", "{ORG} billing, this is {AG} speaking."),
            ("C", "Hey, it's {CN}. I want to pay off the balance and, uh, apply for the upgrade."),
            ("A", "Happy to help. I can take the card payment first. Go ahead with the long number."),
            ("C", "Okay, it's {CARD}, expiry {EXP}."),
            ("A", "Thank you, {AMT} has gone through, your reference is {TK}."),
            ("A", "For the upgrade we run a soft credit check, so I'll need your Social Security number."),
            ("C", "Sure, it's {SSN}."),
            ("A", "And your date of birth again?"),
            ("C", "{DOB}."),
            ("A", "All approved. You'll get an email at {EM} within the hour."),
        ],
        "en_GB": [
            ("A", "{ORG} payments, you're through to {AG}."),
            ("C", "Hiya, {CN} here, I'd like to clear the arrears and set up a direct debit."),
            ("A", "Lovely. Let's take the card payment first, what's the long number?"),
            ("C", "Right, it's {CARD}, expiry {EXP}."),
            ("A", "That's {AMT} taken, reference {TK}."),
            ("A", "For the direct debit I just need your IBAN."),
            ("C", "It's {IBAN}."),
            ("A", "And your date of birth for the mandate?"),
            ("C", "{DOB}."),
            ("A", "Brilliant, the confirmation goes to {EM}."),
        ],
        "de": [
            ("A", "{ORG}, Zahlungsservice, mein Name ist {AG}."),
            ("C", "Hallo, {CN} hier. Ich möchte den offenen Betrag bezahlen und danach auf Lastschrift umstellen."),
            ("A", "Gern. Die offene Summe nehme ich per Karte auf. Wie lautet die Kartennummer?"),
            ("C", "Moment, äh, {CARD}, gültig bis {EXP}."),
            ("A", "Danke, {AMT} sind gebucht, Referenz {TK}."),
            ("A", "Für das Lastschriftmandat brauche ich noch Ihre IBAN."),
            ("C", "Die lautet {IBAN}."),
            ("A", "Und zur Kontrolle Ihr Geburtsdatum?"),
            ("C", "{DOB}."),
            ("A", "Wunderbar. Die Bestätigung schicke ich an {EM}."),
        ],
        "fr": [
            ("A", "{ORG}, service paiement, {AG} bonjour."),
            ("C", "Bonjour, {CN} à l'appareil. Je voudrais régler mon impayé et passer au prélèvement."),
            ("A", "Bien sûr. Je prends d'abord le règlement par carte, je vous écoute."),
            ("C", "Euh, alors {CARD}, expiration {EXP}."),
            ("A", "Merci, le paiement de {AMT} est validé, référence {TK}."),
            ("A", "Pour le prélèvement, il me faut votre IBAN."),
            ("C", "C'est {IBAN}."),
            ("A", "Et votre date de naissance, pour le mandat ?"),
            ("C", "Le {DOB}."),
            ("A", "Parfait, vous recevrez la confirmation sur {EM}."),
        ],
        "ru": [
            ("A", "{ORG}, отдел оплаты, {AG}, слушаю вас."),
            ("C", "Добрый день, это {CN}. Хочу погасить задолженность и оформить рассрочку."),
            ("A", "Хорошо. Сначала оплата картой, продиктуйте номер карты."),
            ("C", "Так, э-э, {CARD}, срок действия {EXP}."),
            ("A", "Спасибо, {AMT} списано, номер операции {TK}."),
            ("A", "Для рассрочки нужен номер СНИЛС."),
            ("C", "{SNILS}."),
            ("A", "Теперь ИНН."),
            ("C", "{INN}."),
            ("A", "И паспорт: серия и номер."),
            ("C", "{PASS}."),
            ("A", "Готово, договор придёт на {EM}."),
        ],
    },
    "clinic": {
        "en": [
            ("A", "{ORG}, scheduling, this is {AG}."),
            ("C", "Hi there, I'm calling on behalf of my mother, {PN}. She needs to move her appointment."),
            ("A", "No problem. What's her date of birth?"),
            ("C", "{DOBLINE}"),
            ("A", "And is there a medical record number on the letter?"),
            ("C", "Yes, it says {MRN}."),
            ("A", "Found her. What number should we call back on?"),
            ("C", "{PH}, that's my cell."),
            ("A", "I've moved it to {NDATE}. The reminder goes to {EM}."),
            ("C", "Great, thank you so much, {AGA}."),
        ],
        "de": [
            ("A", "{ORG}, Terminvergabe, {AG} am Apparat."),
            ("C", "Guten Tag, ich rufe für meine Mutter an, {PN}. Sie muss ihren Termin verschieben."),
            ("A", "Kein Problem. Das Geburtsdatum bitte?"),
            ("C", "{DOBLINE}"),
            ("A", "Haben Sie die Patientennummer vom Brief da?"),
            ("C", "Ja, da steht {MRN}."),
            ("A", "Ich hab sie. Unter welcher Nummer erreichen wir Sie?"),
            ("C", "{PH}."),
            ("A", "Der neue Termin ist am {NDATE}. Die Erinnerung geht an {EM}."),
            ("C", "Super, vielen Dank, {AGA}."),
        ],
        "fr": [
            ("A", "{ORG}, prise de rendez-vous, {AG} bonjour."),
            ("C", "Bonjour, j'appelle pour ma mère, {PN}, elle doit décaler son rendez-vous."),
            ("A", "Pas de souci. Sa date de naissance ?"),
            ("C", "{DOBLINE}"),
            ("A", "Vous avez le numéro de dossier patient sur le courrier ?"),
            ("C", "Oui, c'est {MRN}."),
            ("A", "Je la trouve. À quel numéro on peut vous rappeler ?"),
            ("C", "Au {PH}."),
            ("A", "Je l'ai déplacé au {NDATE}. Le rappel partira sur {EM}."),
            ("C", "Super, merci beaucoup {AGA}."),
        ],
        "ru": [
            ("A", "{ORG}, регистратура, {AG}, здравствуйте."),
            ("C", "Здравствуйте, я звоню за маму, {PN}, ей нужно перенести приём."),
            ("A", "Хорошо. Дата рождения?"),
            ("C", "{DOBLINE}"),
            ("A", "Номер медицинской карты есть под рукой?"),
            ("C", "Да, {MRN}."),
            ("A", "Нашла. По какому номеру вам перезвонить?"),
            ("C", "{PH}."),
            ("A", "Перенесла на {NDATE}. Напоминание придёт на {EM}."),
            ("C", "Спасибо большое, {AGA}."),
        ],
    },
    "tech": {
        "en": [
            ("A", "{ORG} tech support, you're speaking with {AG}."),
            ("C", "Hi, so, my smart speaker stopped answering after last night's update."),
            ("A", "Let's have a look. What firmware does the app show?"),
            ("C", "It says {VER}."),
            ("A", "And the IP address under network settings?"),
            ("C", "Um, {IP}."),
            ("A", "Okay. What's the email on the account?"),
            ("C", "{EM}."),
            ("A", "I see it. Can you read me the Wi-Fi password you set on the hub?"),
            ("C", "It's {PWD}."),
            ("A", "Thanks, though please change it afterwards since it's been said on a recorded line. Ticket {TK} is open."),
        ],
        "de": [
            ("A", "Technischer Support von {ORG}, {AG} hier."),
            ("C", "Hallo, also, mein Lautsprecher reagiert seit dem Update gestern Abend nicht mehr."),
            ("A", "Schauen wir mal. Welche Firmware zeigt die App an?"),
            ("C", "Da steht {VER}."),
            ("A", "Und die IP-Adresse unter Netzwerk?"),
            ("C", "Äh, {IP}."),
            ("A", "Gut. Mit welcher E-Mail-Adresse ist das Konto angelegt?"),
            ("C", "{EM}."),
            ("A", "Gefunden. Können Sie mir das WLAN-Passwort vorlesen, das Sie am Hub gesetzt haben?"),
            ("C", "Das ist {PWD}."),
            ("A", "Danke, ändern Sie es bitte danach, das Gespräch wird aufgezeichnet. Ticket {TK} ist angelegt."),
        ],
        "fr": [
            ("A", "Support technique {ORG}, {AG} à l'appareil."),
            ("C", "Bonjour, mon enceinte ne répond plus depuis la mise à jour d'hier soir."),
            ("A", "On va regarder. Quelle version du firmware s'affiche dans l'appli ?"),
            ("C", "C'est marqué {VER}."),
            ("A", "Et l'adresse IP dans les réglages réseau ?"),
            ("C", "Euh, {IP}."),
            ("A", "D'accord. Quelle est l'adresse mail du compte ?"),
            ("C", "{EM}."),
            ("A", "Je le vois. Vous pouvez me lire le mot de passe Wi-Fi configuré sur la box ?"),
            ("C", "C'est {PWD}."),
            ("A", "Merci, pensez à le changer ensuite, l'appel est enregistré. Le ticket {TK} est ouvert."),
        ],
        "ru": [
            ("A", "Техподдержка {ORG}, {AG}, слушаю."),
            ("C", "Здравствуйте, у меня колонка перестала отвечать после вчерашнего обновления."),
            ("A", "Давайте посмотрим. Какая версия прошивки в приложении?"),
            ("C", "Написано {VER}."),
            ("A", "А IP-адрес в настройках сети?"),
            ("C", "Э-э, {IP}."),
            ("A", "Хорошо. Какая почта привязана к аккаунту?"),
            ("C", "{EM}."),
            ("A", "Вижу. Продиктуйте пароль от Wi-Fi, который вы задали на хабе."),
            ("C", "{PWD}."),
            ("A", "Спасибо, но смените его потом, разговор записывается. Заявка {TK} открыта."),
        ],
    },
    "meeting": {
        "en": [
            ("P1", "Okay, let's get started. {P2A}, can you give us the update on {TITLE}?"),
            ("P2", "Sure. We rolled out model {VER} on {D1}, and the word error rate dropped to {NUM}."),
            ("P3", "The vendor contact for the rollout is {P4N}, that's {EM4}, direct line {PH4}."),
            ("P1", "Great. Action item for {P3A}: get {P4N} on a call before {D2}."),
            ("P2", "One more thing: the new client library, {PKG}, breaks on older Android phones."),
            ("P3", "I'll open {TK} for that and ping {P2N} when it's fixed."),
            ("P1", "Thanks everyone, notes go out to {EM1}."),
        ],
        "de": [
            ("P1", "Gut, fangen wir an. {P2A}, wie ist der Stand bei {TITLE}?"),
            ("P2", "Wir haben am {D1} das Modell {VER} ausgerollt, die Wortfehlerrate liegt jetzt bei {NUM}."),
            ("P3", "Ansprechpartner beim Dienstleister ist {P4N}, erreichbar unter {EM4} oder {PH4}."),
            ("P1", "Prima. To-do für {P3A}: bis {D2} einen Termin mit {P4N} machen."),
            ("P2", "Noch was: Die neue Client-Bibliothek, {PKG}, stürzt auf älteren Android-Geräten ab."),
            ("P3", "Ich lege dafür {TK} an und sage {P2N} Bescheid."),
            ("P1", "Danke euch, das Protokoll geht an {EM1}."),
        ],
        "fr": [
            ("P1", "Bon, on commence. {P2A}, tu nous fais le point sur {TITLE} ?"),
            ("P2", "Oui. On a déployé le modèle {VER} le {D1}, le taux d'erreur est descendu à {NUM}."),
            ("P3", "Côté prestataire, le contact c'est {P4N}, {EM4}, ligne directe {PH4}."),
            ("P1", "Parfait. Action pour {P3A} : caler un appel avec {P4N} avant le {D2}."),
            ("P2", "Autre point : la nouvelle bibliothèque cliente, {PKG}, plante sur les vieux Android."),
            ("P3", "J'ouvre {TK} et je préviens {P2N} quand c'est corrigé."),
            ("P1", "Merci à tous, le compte rendu part à {EM1}."),
        ],
        "ru": [
            ("P1", "Начинаем. {P2A}, расскажите, что с проектом {TITLE}?"),
            ("P2", "{D1} выкатили модель {VER}, доля ошибок распознавания упала до {NUM}."),
            ("P3", "Контакт у подрядчика: {P4N}, почта {EM4}, телефон {PH4}."),
            ("P1", "Отлично. {P3A}, на вас задача: созвониться с подрядчиком до {D2}."),
            ("P2", "И ещё: новая клиентская библиотека {PKG} падает на старых Android."),
            ("P3", "Заведу {TK}, {P2A}, и сообщу, когда поправят."),
            ("P1", "Всем спасибо, протокол уйдёт на {EM1}."),
        ],
    },
}

DOBLINES = {
    "en": ["{DOB}.", "Sure, it's {DOB}.", "It's the {WD} — sorry, no, {DOB}.", "Yeah, {DOB}."],
    "de": ["{DOB}.", "Das ist der {DOB}.", "Der {WD}, äh, nein, Moment: {DOB}."],
    "fr": ["Le {DOB}.", "Alors le {WD}… non pardon, le {DOB}.", "C'est le {DOB}."],
    "ru": ["{DOB}.", "{WD}… ой, нет, {DOB}.", "Дата рождения — {DOB}."],
}
FILLERS = {"en": ["um", "uh", "you know", "like", "so"], "de": ["äh", "ähm", "also", "naja"],
           "fr": ["euh", "bah", "du coup", "alors"], "ru": ["э-э", "ну", "так", "вот"]}


def make_facts(c, spoken=False):
    r, lang, L = c.r, c.lang, c.L
    F = {}
    cn, ag, pn = c.person(), c.person(), c.person()
    while lang == "ru" and not ag["fem"]:
        ag = c.person()
    F["cn"], F["ag"], F["pn"] = cn, ag, pn
    F["CN"], F["AG"], F["PN"] = c.pe(cn), c.pe(ag), c.pe(pn)
    F["AGA"] = list(c.addr_name(ag))
    F["CNA"] = list(c.addr_name(cn))
    F["ORG"] = c.org()
    d = c.dob_date()
    F["DOB_c"] = c.dob(d)
    F["DOB"] = c.dob_spoken(d)[0] if spoken else F["DOB_c"]
    wd = (d.day % 27) + 1 if d.day != (d.day % 27) + 1 else 3
    F["WD"] = {"en": f"{wd}th" if not spoken else EN_ORD[wd], "de": f"{wd}." if not spoken else de_ord_dat(wd)[:-1],
               "fr": str(wd) if not spoken else fr_num(wd), "ru": f"{wd}-е" if not spoken else RU_ORDG[min(wd, 19)]}[lang]
    F["DOBLINE"] = rich(r.choice(DOBLINES[lang]), F)
    F["ADDR"] = c.addr()
    for k in ("PH", "PH2", "PH4"):
        if spoken:
            sp, cl = c.phone_spoken() if r.random() < 0.8 else c.phone_spaced()
            F[k], F[k + "_c"] = sp, cl
        else:
            F[k] = F[k + "_c"] = c.phone()
    if spoken:
        F["EM"], F["EM_c"] = c.email_words(cn)
        F["CARD"], F["CARD_c"] = c.card_spoken()
        F["IBAN"], F["IBAN_c"] = c.iban_spoken()
        F["SSN"], F["SSN_c"] = c.ssn_spoken()
        F["SNILS"], F["SNILS_c"] = c.snils_spoken()
        F["PASS"], F["PASS_c"] = c.passport_spoken()
        sub, dg = c.inn_digits()
        F["INN"], F["INN_c"] = E("RU_INN", " ".join(dg), sub, "spaced"), E("RU_INN", dg, sub)
    else:
        F["EM"] = F["EM_c"] = c.email(cn)
        F["CARD"] = F["CARD_c"] = c.card()
        F["IBAN"] = F["IBAN_c"] = c.iban()
        F["SSN"] = F["SSN_c"] = c.ssn()
        F["SNILS"] = F["SNILS_c"] = c.snils()
        F["PASS"] = F["PASS_c"] = c.passport()
        F["INN"] = F["INN_c"] = c.inn()
    F["SPELL"] = c.spelled_name(cn)
    F["MRN"] = c.mrn()
    F["TK"] = c.ticket()
    F["LOY"] = c.cardlike()
    F["EXP"] = f"{r.randint(1, 12):02d}/{r.randint(26, 31)}"
    F["AMT"] = c_amount(c)
    F["NDATE"] = c.neg_date()
    F["VER"] = c.version()
    F["IP"] = c.ip4()
    F["PWD"] = c.api_key("password")
    # meeting
    ps = [c.person() for _ in range(4)]
    F["ps"] = ps
    for i, p in enumerate(ps, 1):
        F[f"P{i}N"] = c.pe(p)
        F[f"P{i}A"] = E("PERSON", p["first"] + (" " + p["mid"] if lang == "ru" else ""), lang) if lang in ("ru",) \
            else E("PERSON", p["first"], lang)
    F["EM4"] = c.org_email(ps[3])
    F["EM1"] = c.org_email(ps[0])
    F["TITLE"] = c.title()
    F["NUM"] = N("NEG_NUMBER", f"{r.randint(3, 19)}{'.' if lang == 'en' else ','}{r.randint(0, 9)} %" if lang != "en"
                 else f"{r.randint(3, 19)}.{r.randint(0, 9)}%")
    F["D1"], F["D2"] = c.neg_date(), c.neg_date()
    F["PKG"] = c.pkg()
    return F


def c_amount(c):
    r, L = c.r, c.L
    a = r.randint(20, 2500) + r.choice([0, 0.5, 0.99, 0.25])
    v = {"en_US": f"${a:,.2f}", "en_GB": f"£{a:,.2f}", "de_DE": f"{a:.2f} Euro".replace(".", ","),
         "fr_FR": f"{a:.2f} euros".replace(".", ","), "ru_RU": f"{int(a)} рублей"}[L]
    return N("NEG_NUMBER", v)


def script_for(c, scen):
    S = SCRIPTS[scen]
    return S.get(c.L) or S[c.lang]


def make_turns(c, F, scen, keep_optional=None):
    turns = []
    for spk, tmpl in script_for(c, scen):
        if spk.startswith("?"):
            if not (keep_optional if keep_optional is not None else c.r.random() < 0.5):
                continue
            spk = spk[1:]
        turns.append((spk, rich(tmpl, F)))
    return turns


def rawify(c, rr):
    """raw ASR look: lower case, punctuation mostly dropped, fillers inserted."""
    out = R()
    for piece in rr:
        if isinstance(piece, str):
            s = piece.lower()
            s = re.sub(r"[,.?!;:«»—…]", "", s)
            words = s.split(" ")
            if c.r.random() < 0.35 and len(s) > 12 and len(words) > 2:
                k = c.r.randrange(1, len(words))
                words.insert(k, c.r.choice(FILLERS[c.lang]))
                s = " ".join(words)
            out.append(s)
        elif piece[0] == "E" and piece[1] == "PERSON" and piece[4] is None:
            out.append(E("PERSON", piece[2].lower(), piece[3]))
        else:
            out.append(piece)
    return out


ROLE = {"en": {"A": ["Agent", "AGENT", "Rep"], "C": ["Caller", "Customer", "CUSTOMER"]},
        "de": {"A": ["Agent", "Mitarbeiter", "Service"], "C": ["Kunde", "Anrufer", "Kundin"]},
        "fr": {"A": ["Conseiller", "Agent", "Conseillère"], "C": ["Client", "Appelant", "Cliente"]},
        "ru": {"A": ["Оператор", "Сотрудник", "Агент"], "C": ["Клиент", "Абонент", "Звонящий"]}}


def speaker_items(c, F, style):
    """speaker key -> label item(s)"""
    lang = c.lang
    if style == "role":
        ra, rc = c.r.choice(ROLE[lang]["A"]), c.r.choice(ROLE[lang]["C"])
        m = {"A": ra, "C": rc}
    elif style == "spk":
        m = {"A": "SPEAKER_00", "C": "SPEAKER_01"}
    else:
        m = {"A": F["AG"], "C": F["CN"]}
    for i in range(1, 5):
        m[f"P{i}"] = F[f"P{i}N"]
    return m


def render_turns(c, b, F, turns, style="name", ts=False, t0=None, raw=False, sep=": "):
    spk = speaker_items(c, F, style)
    t = t0 if t0 is not None else c.r.randint(0, 40)
    for key, rr in turns:
        if ts:
            tsf = c.r.choice(["[{}] ", "{} ", "({}) "]) if not hasattr(c, "_tsf") else c._tsf
            c._tsf = tsf
            pre, post = tsf.split("{}")
            b.t(pre)
            b.add(c.tc(t))
            b.t(post)
        b.add(spk[key])
        b.t(sep)
        b.add(rawify(c, rr) if raw else rr)
        b.t("\n")
        t += c.r.randint(3, 25)
    if hasattr(c, "_tsf"):
        del c._tsf
    return t


CLEAN_KEYS = ("PH", "PH2", "PH4", "EM", "CARD", "IBAN", "SSN", "SNILS", "PASS", "INN", "DOB")


def clean_facts(F):
    Fc = dict(F)
    for k in CLEAN_KEYS:
        Fc[k] = F[k + "_c"]
    return Fc


SUMMARY = {
    "verify": {
        "en": "**Call summary** ({TK})\n- Caller: {CN}, verified with date of birth {DOB} and address {ADDR}\n- Disputed the last bill; {AG} credited the difference\n- Preferred contact: {PH2} (old number {PH} no longer used)\n- Confirmation sent to {EM}",
        "de": "**Gesprächszusammenfassung** ({TK})\n- Anrufer: {CN}, verifiziert über Geburtsdatum {DOB} und Anschrift {ADDR}\n- Reklamation der letzten Rechnung, {AG} hat die Differenz gutgeschrieben\n- Bevorzugte Rufnummer: {PH2} (alte Nummer {PH} nicht mehr aktuell)\n- Bestätigung an {EM}",
        "fr": "**Résumé de l'appel** ({TK})\n- Client : {CN}, identité vérifiée (date de naissance {DOB}, adresse {ADDR})\n- Contestation de la dernière facture ; {AG} a remboursé la différence\n- Numéro à privilégier : {PH2} (l'ancien, {PH}, n'est plus valable)\n- Confirmation envoyée à {EM}",
        "ru": "**Итоги звонка** ({TK})\n- Клиент: {CN}, личность подтверждена (дата рождения {DOB}, адрес {ADDR})\n- Жалоба на последний счёт; {AG} вернула разницу\n- Актуальный номер: {PH2} (старый {PH} больше не используется)\n- Подтверждение отправлено на {EM}",
    },
    "pay": {
        "en_US": "**Payment call — {TK}**\n- Customer: {CN} (DOB {DOB})\n- Card payment of {AMT} taken on {CARD}\n- Soft credit check run with SSN {SSN}; upgrade approved\n- Gift card on file: {LOY} (not a payment card)\n- Confirmation to {EM}\n\nNote: the full card number and SSN were spoken on a recorded line, so the recording needs redacting.",
        "en_GB": "**Payment call — {TK}**\n- Customer: {CN} (DOB {DOB})\n- Card payment of {AMT} taken on {CARD}\n- Direct Debit mandate set up for {IBAN}\n- Loyalty card: {LOY}\n- Confirmation to {EM}\n\nNote: the full card number was read out on a recorded line.",
        "de": "**Zahlungsanruf — {TK}**\n- Kunde: {CN} (geb. {DOB})\n- Kartenzahlung über {AMT} mit {CARD}\n- Lastschriftmandat für IBAN {IBAN} angelegt\n- Kundenkarte: {LOY}\n- Bestätigung an {EM}\n\nHinweis: Kartennummer und IBAN wurden im aufgezeichneten Gespräch vollständig genannt.",
        "fr": "**Appel paiement — {TK}**\n- Client : {CN} (date de naissance {DOB})\n- Paiement carte de {AMT} sur {CARD}\n- Mandat de prélèvement créé pour l'IBAN {IBAN}\n- Carte de fidélité : {LOY}\n- Confirmation envoyée à {EM}\n\nÀ noter : le numéro de carte complet a été énoncé pendant l'enregistrement.",
        "ru": "**Звонок по оплате — {TK}**\n- Клиент: {CN}\n- Оплата картой {CARD}: {AMT}\n- Для рассрочки: СНИЛС {SNILS}, ИНН {INN}, паспорт {PASS}\n- Бонусная карта: {LOY}\n- Договор отправлен на {EM}\n\nВнимание: номер карты и паспортные данные прозвучали на записи полностью.",
    },
    "clinic": {
        "en": "**Appointment change**\n- Patient: {PN}, DOB {DOB}, MRN {MRN}\n- Caller: a relative, callback on {PH}\n- New slot: {NDATE}; reminder to {EM}\n- Handled by {AG}",
        "de": "**Terminverschiebung**\n- Patient: {PN}, geb. {DOB}, Patientennummer {MRN}\n- Anruf durch Angehörige, Rückruf unter {PH}\n- Neuer Termin: {NDATE}; Erinnerung an {EM}\n- Bearbeitet von {AG}",
        "fr": "**Report de rendez-vous**\n- Patiente : {PN}, née le {DOB}, dossier {MRN}\n- Appel d'un proche, rappel au {PH}\n- Nouveau créneau : {NDATE} ; rappel envoyé à {EM}\n- Traité par {AG}",
        "ru": "**Перенос приёма**\n- Пациент: {PN}, дата рождения {DOB}, медкарта {MRN}\n- Звонил родственник, телефон для связи {PH}\n- Новая дата: {NDATE}; напоминание на {EM}\n- Оформила {AG}",
    },
    "tech": {
        "en": "**Support call {TK}**\n- Account email: {EM}\n- Speaker on firmware {VER}, LAN address {IP}\n- Customer read out the Wi-Fi password ({PWD}); advised to rotate it\n- Agent: {AG}",
        "de": "**Supportfall {TK}**\n- Konto-E-Mail: {EM}\n- Lautsprecher mit Firmware {VER}, lokale Adresse {IP}\n- Kunde hat das WLAN-Passwort ({PWD}) vorgelesen; Änderung empfohlen\n- Bearbeiter: {AG}",
        "fr": "**Ticket support {TK}**\n- Mail du compte : {EM}\n- Enceinte en firmware {VER}, adresse locale {IP}\n- Le client a lu son mot de passe Wi-Fi ({PWD}) ; changement conseillé\n- Conseiller : {AG}",
        "ru": "**Обращение {TK}**\n- Почта аккаунта: {EM}\n- Колонка на прошивке {VER}, локальный адрес {IP}\n- Клиент продиктовал пароль Wi-Fi ({PWD}); рекомендовано сменить\n- Оператор: {AG}",
    },
    "meeting": {
        "en": "**Action items**\n1. {P3N}: set up a call with {P4N} ({EM4}, {PH4}) before {D2}\n2. {P3N}: open {TK} for the {PKG} crash on older Android phones\n3. {P2N}: share the error-rate numbers for {VER} ({NUM})\n\nMinutes go to {EM1}.",
        "de": "**Aufgaben**\n1. {P3N}: bis {D2} Termin mit {P4N} ({EM4}, {PH4}) vereinbaren\n2. {P3N}: {TK} für den Absturz von {PKG} auf älteren Android-Geräten anlegen\n3. {P2N}: Fehlerrate für {VER} ({NUM}) teilen\n\nProtokoll an {EM1}.",
        "fr": "**Actions**\n1. {P3N} : caler un appel avec {P4N} ({EM4}, {PH4}) avant le {D2}\n2. {P3N} : ouvrir {TK} pour le plantage de {PKG} sur les anciens Android\n3. {P2N} : partager le taux d'erreur de {VER} ({NUM})\n\nCompte rendu envoyé à {EM1}.",
        "ru": "**Задачи**\n1. {P3N}: созвониться с {P4N} ({EM4}, {PH4}) до {D2}\n2. {P3N}: завести {TK} по падению {PKG} на старых Android\n3. {P2N}: прислать цифры по ошибкам для {VER} ({NUM})\n\nПротокол уходит на {EM1}.",
    },
}


def summary_tmpl(c, scen):
    S = SUMMARY[scen]
    return S.get(c.L) or S[c.lang]


SCENS = ["verify", "pay", "clinic", "tech", "meeting"]
SCEN_W = [0.3, 0.2, 0.2, 0.15, 0.15]


def pick_scen(c):
    return c.r.choices(SCENS, SCEN_W)[0]


INTRO = {
    "en": ["Here's a summary of the call.", "Sure — below is the recap of the recording you uploaded.",
           "I listened to the transcript; here are the key points.", "Summary of the conversation:"],
    "de": ["Hier die Zusammenfassung des Gesprächs.", "Gern, hier die wichtigsten Punkte aus der Aufnahme.",
           "Ich habe das Transkript ausgewertet:"],
    "fr": ["Voici le résumé de l'appel.", "Bien sûr, voici les points clés de l'enregistrement.",
           "J'ai parcouru la transcription, voici l'essentiel :"],
    "ru": ["Вот краткое содержание звонка.", "Конечно, вот основные пункты из записи.",
           "Я разобрал расшифровку, главное:"],
}
EXCERPT_INTRO = {
    "en": ["Here is the relevant part of the transcript:", "This is the passage you asked about:",
           "Transcript excerpt (speaker labels from diarisation):"],
    "de": ["Hier der relevante Ausschnitt aus dem Transkript:", "Das ist die Stelle, nach der Sie gefragt haben:"],
    "fr": ["Voici le passage concerné de la transcription :", "Extrait de la transcription (locuteurs identifiés) :"],
    "ru": ["Вот нужный фрагмент расшифровки:", "Фрагмент транскрипта (спикеры размечены автоматически):"],
}
EXCERPT_OUTRO = {
    "en": ["So the identity check was done before any account details were discussed.",
           "Personal data was read out in full here; I'd trim it before sharing the clip.",
           "Let me know if you want the full call."],
    "de": ["Die Identitätsprüfung erfolgte also, bevor Kontodaten besprochen wurden.",
           "Hier werden persönliche Daten vollständig genannt; vor dem Teilen bitte kürzen."],
    "fr": ["La vérification d'identité a donc bien eu lieu avant d'aborder le compte.",
           "Des données personnelles sont citées en entier ici ; à couper avant diffusion."],
    "ru": ["То есть проверка личности прошла до обсуждения счёта.",
           "Здесь персональные данные звучат полностью, перед отправкой фрагмент лучше обрезать."],
}


def t_chat_summary(c, b):
    scen = pick_scen(c)
    F = make_facts(c)
    Fc = clean_facts(F)
    b.t(c.r.choice(INTRO[c.lang]) + "\n\n")
    fill(b, summary_tmpl(c, scen), Fc)
    return "z.chat.summary." + scen


def t_chat_excerpt(c, b):
    scen = pick_scen(c)
    F = make_facts(c)
    turns = make_turns(c, F, scen)
    k = c.r.randint(4, min(8, len(turns)))
    st = c.r.randint(0, len(turns) - k)
    b.t(c.r.choice(EXCERPT_INTRO[c.lang]) + "\n\n")
    style = c.r.choice(["role", "name", "name", "spk"]) if scen != "meeting" else "name"
    render_turns(c, b, F, turns[st:st + k], style=style, ts=c.r.random() < 0.5, t0=c.r.randint(30, 900))
    b.t("\n" + c.r.choice(EXCERPT_OUTRO[c.lang]))
    return "z.chat.excerpt." + scen


FOLLOWUP = {
    "en": "Subject: Following up on today's call ({TK})\n\nHi {CN},\n\nThanks for taking the time to speak with me earlier. As promised, here is a quick recap:\n\n- we'll reach you on {PH2} from now on\n- your confirmation went to {EM}\n- next check-in: {NDATE}\n\nIf anything looks wrong, just reply to this email.\n\nKind regards,\n{AG}\n{ORG} · {AGPH} · {AGEM}",
    "de": "Betreff: Unser Telefonat heute ({TK})\n\nHallo {CN},\n\nvielen Dank für das Gespräch vorhin. Wie besprochen hier die Zusammenfassung:\n\n- wir erreichen Sie künftig unter {PH2}\n- die Bestätigung ging an {EM}\n- nächster Termin: {NDATE}\n\nFalls etwas nicht stimmt, antworten Sie einfach auf diese Mail.\n\nViele Grüße\n{AG}\n{ORG} · {AGPH} · {AGEM}",
    "fr": "Objet : Suite à notre appel ({TK})\n\nBonjour {CN},\n\nMerci pour notre échange de tout à l'heure. Comme convenu, voici le récapitulatif :\n\n- nous vous joindrons désormais au {PH2}\n- la confirmation a été envoyée à {EM}\n- prochain point : {NDATE}\n\nSi quelque chose ne va pas, répondez simplement à ce mail.\n\nBien cordialement,\n{AG}\n{ORG} · {AGPH} · {AGEM}",
    "ru": "Тема: По итогам звонка ({TK})\n\nЗдравствуйте, {CNA}!\n\nСпасибо за разговор. Как договорились, кратко:\n\n- связываемся с вами по номеру {PH2}\n- подтверждение отправлено на {EM}\n- следующий контакт: {NDATE}\n\nЕсли что-то не так, просто ответьте на это письмо.\n\nС уважением,\n{AG}\n{ORG} · {AGPH} · {AGEM}",
}


def t_chat_followup(c, b):
    F = make_facts(c)
    Fc = clean_facts(F)
    Fc["AGPH"] = c.phone()
    Fc["AGEM"] = c.org_email(F["ag"])
    if c.lang == "en" and c.r.random() < 0.5:
        Fc["CN"] = E("PERSON", F["cn"]["first"], "en")
    intro = {"en": "Here's a draft follow-up email based on the call:\n\n---\n", "de": "Hier ein Entwurf für die Follow-up-Mail:\n\n---\n",
             "fr": "Voici un brouillon de mail de suivi :\n\n---\n", "ru": "Черновик письма по итогам звонка:\n\n---\n"}[c.lang]
    b.t(intro)
    fill(b, FOLLOWUP[c.lang], Fc)
    b.t("\n---")
    return "z.chat.followup"


CRM = {
    "en": "CRM note {TS}\n{CN} | DOB {DOB} | {PH2} | {EM} | loyalty {LOY}\nIssue: billing dispute, credit applied. Ref {TK}. Agent {AG}.\nAddress on file: {ADDR}",
    "de": "CRM-Notiz {TS}\n{CN} | geb. {DOB} | {PH2} | {EM} | Kundenkarte {LOY}\nAnliegen: Rechnungsreklamation, Gutschrift erteilt. Vorgang {TK}. Bearbeitet: {AG}.\nAnschrift: {ADDR}",
    "fr": "Note CRM {TS}\n{CN} | né(e) le {DOB} | {PH2} | {EM} | fidélité {LOY}\nMotif : contestation facture, avoir effectué. Dossier {TK}. Conseiller : {AG}.\nAdresse : {ADDR}",
    "ru": "Заметка CRM {TS}\n{CN} | д.р. {DOB} | {PH2} | {EM} | бонусная карта {LOY}\nСуть: спор по счёту, выполнен перерасчёт. Обращение {TK}. Оператор: {AG}.\nАдрес: {ADDR}",
}


def t_chat_crm(c, b):
    F = clean_facts(make_facts(c))
    F["TS"] = c.ts(c.r.choice([0, 3]))
    b.t({"en": "Logged to the CRM as:\n\n```\n", "de": "So im CRM eingetragen:\n\n```\n", "fr": "Enregistré dans le CRM :\n\n```\n",
         "ru": "Занесено в CRM так:\n\n```\n"}[c.lang])
    fill(b, CRM[c.lang], F)
    b.t("\n```")
    return "z.chat.crm"


QA = {
    "en": ("QA scorecard — call {TK} ({D1}), agent {AG}", ["Criterion", "Result", "Comment"],
           [("Greeting & name", "pass", "Introduced self as {AG}"),
            ("Identity check", "pass", "DOB {DOB} and address confirmed"),
            ("Payment compliance", "FAIL", "Card {CARD} repeated back in full"),
            ("Resolution", "pass", "Confirmation sent to {EM}")], "Overall score: {NUM}. Coaching note for {TITLE}."),
    "de": ("QS-Bewertung — Anruf {TK} ({D1}), Agent {AG}", ["Kriterium", "Ergebnis", "Kommentar"],
           [("Begrüßung & Name", "ok", "Hat sich als {AG} vorgestellt"),
            ("Identitätsprüfung", "ok", "Geburtsdatum {DOB} und Anschrift bestätigt"),
            ("Zahlungs-Compliance", "NICHT OK", "Karte {CARD} vollständig wiederholt"),
            ("Lösung", "ok", "Bestätigung an {EM}")], "Gesamtwertung: {NUM}. Coaching-Hinweis für {TITLE}."),
    "fr": ("Grille qualité — appel {TK} ({D1}), conseiller {AG}", ["Critère", "Résultat", "Commentaire"],
           [("Accueil et présentation", "ok", "S'est présenté comme {AG}"),
            ("Vérification d'identité", "ok", "Date de naissance {DOB} et adresse confirmées"),
            ("Conformité paiement", "KO", "Carte {CARD} relue en entier"),
            ("Résolution", "ok", "Confirmation envoyée à {EM}")], "Note globale : {NUM}. Point de coaching pour {TITLE}."),
    "ru": ("Оценка качества — звонок {TK} ({D1}), оператор {AG}", ["Критерий", "Итог", "Комментарий"],
           [("Приветствие", "да", "Представилась: {AG}"),
            ("Проверка личности", "да", "Дата рождения {DOB} и адрес подтверждены"),
            ("Платёжные требования", "НЕТ", "Номер карты {CARD} повторён полностью"),
            ("Решение", "да", "Подтверждение на {EM}")], "Итоговый балл: {NUM}. Разбор для группы {TITLE}."),
}


def t_chat_qa(c, b):
    F = clean_facts(make_facts(c))
    head, cols, rows, foot = QA[c.lang]
    b.t("### ")
    fill(b, head, F)
    b.t("\n\n| " + " | ".join(cols) + " |\n|---|---|---|\n")
    for a, r_, cm in rows:
        b.t(f"| {a} | {r_} | ")
        fill(b, cm, F)
        b.t(" |\n")
    b.t("\n")
    fill(b, foot, F)
    return "z.chat.qa"


def srt_time(sec, ms):
    return f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d},{ms:03d}"


def render_srt(c, b, F, turns, vtt=False, t0=0, raw=False):
    t = t0
    if vtt:
        b.t("WEBVTT\n\n")
    for i, (key, rr) in enumerate(turns, 1):
        d = c.r.randint(2, 7)
        a, z = srt_time(t, c.r.randint(0, 999)), srt_time(t + d, c.r.randint(0, 999))
        if vtt:
            a, z = a.replace(",", "."), z.replace(",", ".")
        else:
            b.t(f"{i}\n")
        b.add(N("NEG_TIMESTAMP", a))
        b.t(" --> ")
        b.add(N("NEG_TIMESTAMP", z))
        b.t("\n")
        if vtt:
            spk = {"A": F["AG"], "C": F["CN"]}.get(key) or F.get(key + "N")
            b.t("<v ")
            b.add(spk)
            b.t(">")
        b.add(rawify(c, rr) if raw else rr)
        b.t("\n\n")
        t += d + c.r.randint(0, 3)
    return t


def t_chat_srt(c, b):
    scen = pick_scen(c)
    F = make_facts(c)
    turns = make_turns(c, F, scen)
    k = c.r.randint(3, min(6, len(turns)))
    st = c.r.randint(0, len(turns) - k)
    vtt = c.r.random() < 0.45
    b.t({"en": "Here are the subtitle cues for that part of the recording:\n\n", "de": "Hier die Untertitel für diesen Abschnitt:\n\n",
         "fr": "Voici les sous-titres de ce passage :\n\n", "ru": "Субтитры для этого отрезка записи:\n\n"}[c.lang])
    b.t("```" + ("vtt" if vtt else "srt") + "\n")
    render_srt(c, b, F, turns[st:st + k], vtt=vtt, t0=c.r.randint(10, 2000))
    b.t("```")
    return "z.chat.srt" if not vtt else "z.chat.vtt"


VOICEMAIL = {
    "en": ["Hi, um, this message is for {AGA}. This is {CN} calling from {ORG}, it's about case {TK}. Could you call me back on {PH}? Or just email me at {EM}. I'm away from {NDATE} so, yeah, sooner is better. Thanks, bye.",
           "Hey, it's {CN}. I missed your call earlier. My new number is {PH}, the old one doesn't work anymore. Talk soon."],
    "de": ["Hallo, äh, die Nachricht ist für {AGA}. Hier ist {CN} von {ORG}, es geht um den Vorgang {TK}. Rufen Sie mich bitte unter {PH} zurück, oder schreiben Sie an {EM}. Ab dem {NDATE} bin ich im Urlaub. Danke, tschüss.",
           "Ja hallo, {CN} hier. Ich hab Ihren Anruf verpasst. Meine neue Nummer ist {PH}, die alte geht nicht mehr. Bis dann."],
    "fr": ["Bonjour, euh, ce message est pour {AGA}. C'est {CN} de {ORG}, c'est au sujet du dossier {TK}. Vous pouvez me rappeler au {PH} ? Ou m'écrire à {EM}. Je suis absent à partir du {NDATE}. Merci, au revoir.",
           "Oui bonjour, c'est {CN}, j'ai raté votre appel. Mon nouveau numéro c'est le {PH}, l'ancien ne marche plus. À bientôt."],
    "ru": ["{AGA}, здравствуйте, э-э, это {CN}, {ORG}, по обращению {TK}. Перезвоните, пожалуйста, на {PH} или напишите на {EM}. С {NDATE} я в отпуске. Спасибо, до свидания.",
           "Алло, это {CN}. Пропустил ваш звонок. Мой новый номер {PH}, старый больше не работает. Созвонимся."],
}


def t_chat_voicemail(c, b):
    F = make_facts(c)
    F["AGA"] = [c.addr_name(F["ag"])[0], c.addr_name(F["ag"])[1]] if c.r.random() < 0.5 else F["AG"]
    k = c.r.randrange(2)
    vm = VOICEMAIL[c.lang][k]
    hdr = {"en": "Voicemail from {PH} ({TS}, 0:{SEC}):", "de": "Sprachnachricht von {PH} ({TS}, 0:{SEC}):",
           "fr": "Message vocal du {PH} ({TS}, 0:{SEC}) :", "ru": "Голосовое сообщение с номера {PH} ({TS}, 0:{SEC}):"}[c.lang]
    F2 = dict(F)
    F2["PH"] = c.phone()
    F2["TS"] = c.ts(3)
    F2["SEC"] = str(c.r.randint(10, 59))
    fill(b, hdr, F2)
    b.t("\n\n> ")
    fill(b, vm, F)
    b.t("\n\n")
    tail = {"en": "**In short:** {CN} wants a call back on {PH}", "de": "**Kurz gesagt:** {CN} bittet um Rückruf unter {PH}",
            "fr": "**En bref :** {CN} demande à être rappelé·e au {PH}", "ru": "**Коротко:** {CN} просит перезвонить на {PH}"}[c.lang]
    fill(b, tail, F)
    if k == 0:
        fill(b, {"en": " or an email to {EM}.", "de": " oder eine Mail an {EM}.", "fr": " ou un mail à {EM}.", "ru": " или написать на {EM}."}[c.lang], F)
    else:
        b.t(".")
    return "z.chat.voicemail"


DICTATION = {
    "en": ("This is {AG} dictating a clinic letter for {PN}, date of birth {DOB}, hospital number {MRN}, of {ADDR}. Seen today with a two-week history of cough, no fever. Chest clear. Plan, review in six weeks, copy to the GP. End of dictation.",
           "**Clinic letter (draft)**\nPatient: {PN}\nDOB: {DOB}\nMRN: {MRN}\nAddress: {ADDR}\n\nSeen today with a two-week history of cough, afebrile, chest clear on examination. Plan: review in six weeks; copy to GP.\n\nDictated by {AG}"),
    "de": ("Hier {AG}, Diktat Arztbrief für {PN}, geboren am {DOB}, Patientennummer {MRN}, wohnhaft {ADDR}. Vorstellung heute wegen Husten seit zwei Wochen, kein Fieber. Lunge frei. Procedere: Kontrolle in sechs Wochen, Kopie an den Hausarzt. Ende Diktat.",
           "**Arztbrief (Entwurf)**\nPatient: {PN}\nGeburtsdatum: {DOB}\nPatientennummer: {MRN}\nAnschrift: {ADDR}\n\nVorstellung wegen seit zwei Wochen bestehendem Husten, afebril, Auskultation unauffällig. Procedere: Kontrolle in sechs Wochen, Kopie an Hausarzt.\n\nDiktiert von {AG}"),
    "fr": ("Ici {AG}, dictée d'un courrier pour {PN}, née le {DOB}, numéro de dossier {MRN}, demeurant {ADDR}. Vue ce jour pour une toux depuis deux semaines, pas de fièvre. Auscultation normale. Conduite à tenir : revoir dans six semaines, copie au médecin traitant. Fin de dictée.",
           "**Courrier de consultation (brouillon)**\nPatiente : {PN}\nDate de naissance : {DOB}\nDossier : {MRN}\nAdresse : {ADDR}\n\nToux depuis deux semaines, apyrétique, auscultation normale. Conduite à tenir : contrôle dans six semaines ; copie au médecin traitant.\n\nDicté par {AG}"),
    "ru": ("Говорит {AG}, диктую выписку для пациента {PN}, дата рождения {DOB}, номер карты {MRN}, адрес {ADDR}. Обратился сегодня с кашлем в течение двух недель, температуры нет. В лёгких чисто. План: контроль через шесть недель, копия участковому терапевту. Конец диктовки.",
           "**Выписка (черновик)**\nПациент: {PN}\nДата рождения: {DOB}\nМедкарта: {MRN}\nАдрес: {ADDR}\n\nКашель в течение двух недель, без температуры, аускультативно без особенностей. План: контроль через шесть недель; копия участковому терапевту.\n\nДиктовал(а): {AG}"),
}


def t_chat_dictation(c, b):
    F = make_facts(c)
    dic, note = DICTATION[c.lang]
    b.t({"en": "Dictation (speech-to-text):\n\n", "de": "Diktat (Spracherkennung):\n\n", "fr": "Dictée (reconnaissance vocale) :\n\n",
         "ru": "Диктовка (распознавание речи):\n\n"}[c.lang])
    fill(b, dic, F)
    b.t("\n\n" + {"en": "Formatted as a note:\n\n", "de": "Als Brief formatiert:\n\n", "fr": "Mis en forme :\n\n",
                  "ru": "Оформлено так:\n\n"}[c.lang])
    fill(b, note, F)
    return "z.chat.dictation"


HEARING = {
    "en": [("THE COURT", "Please state your full name for the record."), ("THE WITNESS", "{CN}."),
           ("Q", "And your date of birth?"), ("A", "{DOB}."), ("Q", "Where do you currently reside?"), ("A", "{ADDR}."),
           ("Q", "On {D1}, did you receive a call from the number {PH}?"), ("A", "Yes, I did."),
           ("Q", "Who was on the line?"), ("A", "He said his name was {P2N}.")],
    "de": [("Vorsitzende", "Bitte nennen Sie Ihren vollständigen Namen."), ("Zeuge", "{CN}."),
           ("Vorsitzende", "Geburtsdatum?"), ("Zeuge", "{DOB}."), ("Vorsitzende", "Wohnhaft?"), ("Zeuge", "{ADDR}."),
           ("Verteidiger", "Haben Sie am {D1} einen Anruf von der Nummer {PH} erhalten?"), ("Zeuge", "Ja."),
           ("Verteidiger", "Wer war am Apparat?"), ("Zeuge", "Er hat sich als {P2N} vorgestellt.")],
    "fr": [("Le Président", "Veuillez décliner votre identité."), ("Le témoin", "{CN}."),
           ("Le Président", "Date de naissance ?"), ("Le témoin", "Le {DOB}."), ("Le Président", "Domicile ?"),
           ("Le témoin", "{ADDR}."), ("Me Avocat", "Le {D1}, avez-vous reçu un appel du {PH} ?"), ("Le témoin", "Oui."),
           ("Me Avocat", "Qui était au bout du fil ?"), ("Le témoin", "Il s'est présenté comme {P2N}.")],
    "ru": [("Судья", "Назовите полностью фамилию, имя и отчество."), ("Свидетель", "{CN}."),
           ("Судья", "Дата рождения?"), ("Свидетель", "{DOB}."), ("Судья", "Место жительства?"), ("Свидетель", "{ADDR}."),
           ("Адвокат", "{D1} вам поступал звонок с номера {PH}?"), ("Свидетель", "Да."),
           ("Адвокат", "Кто звонил?"), ("Свидетель", "Представился как {P2N}.")],
}


def t_chat_hearing(c, b):
    F = make_facts(c)
    if c.lang == "ru":
        p = c.person("lfm")
        F["CN"] = c.pe(p)
    b.t({"en": "Transcript of the hearing, page {}:\n\n", "de": "Auszug aus dem Protokoll der Hauptverhandlung, S. {}:\n\n",
         "fr": "Extrait du procès-verbal d'audience, p. {} :\n\n", "ru": "Выписка из протокола судебного заседания, с. {}:\n\n"}[c.lang].format(c.r.randint(3, 140)))
    for i, (spk, tm) in enumerate(HEARING[c.lang]):
        b.t(f"{spk}: " if c.lang != "en" or spk not in ("Q", "A") else f"{spk}. ")
        fill(b, tm, F)
        b.t("\n")
    return "z.chat.hearing"


VA_UTT = {
    "en": ["call {PL} on mobile", "send a message to {PL} saying running late", "add {PL} to contacts with number {PH}"],
    "de": ["ruf {PL} an", "schick {PL} eine nachricht ich komme später", "speichere {PL} mit der nummer {PH}"],
    "fr": ["appelle {PL}", "envoie un message à {PL} je serai en retard", "ajoute {PL} aux contacts avec le numéro {PH}"],
    "ru": ["позвони {PL}", "напиши {PL} что я опаздываю", "сохрани контакт {PL} номер {PH}"],
}


def t_chat_va_log(c, b):
    F = make_facts(c)
    b.t({"en": "These are the matching entries from the assistant log:\n\n```\n", "de": "Das sind die passenden Einträge aus dem Assistenten-Log:\n\n```\n",
         "fr": "Voici les entrées correspondantes du journal de l'assistant :\n\n```\n", "ru": "Вот подходящие записи из журнала ассистента:\n\n```\n"}[c.lang])
    dev = c.r.choice(["kitchen-speaker", "car-unit", "living-room-hub", "watch"])
    for i in range(c.r.randint(2, 4)):
        p = c.person("fl") if c.lang == "ru" else c.person()
        sl = {"PL": E("PERSON", p["full"].lower(), c.lang), "PH": c.phone()}
        b.add(c.ts(0))
        b.t(f" device={dev} src=")
        b.add(c.ip4(private=c.r.random() < 0.6))
        b.t(' asr="')
        fill(b, c.r.choice(VA_UTT[c.lang]), sl)
        b.t(f'" conf=0.{c.r.randint(55, 99)} session=')
        b.add(c.uuid())
        b.t("\n")
    b.t("```\n\n")
    b.t({"en": "The transcription engine lower-cases contact names, so matching against the address book is case-insensitive.",
         "de": "Die Spracherkennung schreibt Kontaktnamen klein, der Abgleich mit dem Adressbuch ignoriert daher die Groß-/Kleinschreibung.",
         "fr": "La reconnaissance vocale met les noms en minuscules ; la correspondance avec le carnet d'adresses ignore donc la casse.",
         "ru": "Распознавание пишет имена контактов строчными буквами, поэтому сопоставление с адресной книгой не учитывает регистр."}[c.lang])
    return "z.chat.va_log"


INTERVIEW_Q = {
    "en": [("A", "Welcome back to the show. My guest today is {CN}. Great to have you."),
           ("C", "Thanks, {AG}, glad to be here."),
           ("A", "People can find you where, exactly?"),
           ("C", "Easiest is email, {EM}, or the office line, {PH}."),
           ("A", "Perfect. And before we wrap, shout-out to {TITLE} for sponsoring this episode.")],
    "de": [("A", "Willkommen zurück. Mein Gast heute ist {CN}. Schön, dass du da bist."),
           ("C", "Danke, {AG}, freut mich."),
           ("A", "Wie erreicht man dich am besten?"),
           ("C", "Per Mail an {EM} oder im Büro unter {PH}."),
           ("A", "Super. Und danke an {TITLE} für die Unterstützung dieser Folge.")],
    "fr": [("A", "Bienvenue dans l'émission. Mon invitée aujourd'hui, c'est {CN}. Merci d'être là."),
           ("C", "Merci {AG}, ravie d'être ici."),
           ("A", "Comment peut-on te joindre ?"),
           ("C", "Par mail, {EM}, ou au bureau au {PH}."),
           ("A", "Parfait. Et merci à {TITLE} qui soutient cet épisode.")],
    "ru": [("A", "С вами снова подкаст, и сегодня у нас в гостях {CN}. Рады вас видеть."),
           ("C", "Спасибо, {AG}, рада быть здесь."),
           ("A", "Как с вами связаться слушателям?"),
           ("C", "Проще всего по почте {EM} или по рабочему телефону {PH}."),
           ("A", "Отлично. И спасибо проекту {TITLE} за поддержку выпуска.")],
}


def t_chat_interview(c, b):
    F = make_facts(c)
    F = dict(F)
    host_first = E("PERSON", F["ag"]["first"] + (" " + F["ag"]["mid"] if c.lang == "ru" else ""), c.lang)
    turns = [(k, rich(t.replace("{AG},", "{AGF},"), dict(F, AGF=host_first))) for k, t in INTERVIEW_Q[c.lang]]
    b.t({"en": "Podcast transcript (auto-generated):\n\n", "de": "Podcast-Transkript (automatisch erstellt):\n\n",
         "fr": "Transcription du podcast (automatique) :\n\n", "ru": "Расшифровка подкаста (автоматическая):\n\n"}[c.lang])
    render_turns(c, b, F, turns, style="name", ts=c.r.random() < 0.6, t0=c.r.randint(60, 3000))
    return "z.chat.interview"


CHAT_TEMPLATES = [(t_chat_summary, 3), (t_chat_excerpt, 3), (t_chat_followup, 2), (t_chat_crm, 1.5), (t_chat_qa, 1.5),
                  (t_chat_srt, 1.5), (t_chat_voicemail, 2), (t_chat_dictation, 1.5), (t_chat_hearing, 1),
                  (t_chat_va_log, 1.5), (t_chat_interview, 1.5)]


# ==============================================================================================
# JSON templates
# ==============================================================================================
LANGCODE = {"en_US": "en-US", "en_GB": "en-GB", "de_DE": "de-DE", "fr_FR": "fr-FR", "ru_RU": "ru-RU"}


def segs_from_turns(c, F, turns, t0=0.0, spk_style="spk", raw=False):
    out, t = [], t0
    for key, rr in turns:
        d = round(c.r.uniform(1.5, 9.0), 2)
        if spk_style == "spk":
            spk = {"A": "spk_0", "C": "spk_1"}.get(key, "spk_" + key[1:])
        else:
            spk = {"A": F["AG"], "C": F["CN"]}.get(key) or F[key + "N"]
        out.append({"start": round(t, 2), "end": round(t + d, 2), "speaker": spk,
                    "text": rawify(c, rr) if raw else R(rr), "confidence": round(c.r.uniform(0.71, 0.99), 3)})
        t += d + round(c.r.uniform(0.1, 1.2), 2)
    return out, t


def t_json_stt(c, b):
    scen = pick_scen(c)
    F = make_facts(c)
    turns = make_turns(c, F, scen)
    named = c.r.random() < 0.45
    segs, t = segs_from_turns(c, F, turns, spk_style="name" if named else "spk")
    obj = {"request_uuid": c.uuid(), "engine": {"name": c.r.choice(ASR_MODELS), "build": c.version()},
           "language_code": LANGCODE[c.L], "received_at": c.ts(0), "audio_seconds": round(t, 1),
           "segments": segs}
    if not named:
        obj["speaker_map"] = {"spk_0": F["AG"], "spk_1": F["CN"]} if scen != "meeting" else \
            {f"spk_{i}": F[f"P{i}N"] for i in range(1, 5)}
    jdump(b, obj, json_style(c.r))
    return "z.json.stt_segments." + scen


def t_json_call_record(c, b):
    scen = c.r.choice(["verify", "pay", "clinic", "tech"])
    F = make_facts(c)
    Fc = clean_facts(F)
    st = json_style(c.r)
    cust = {"display_name": F["CN"], "birth_date": Fc["DOB"], "email": Fc["EM"], "callback": Fc["PH2"],
            "postal": R(F["ADDR"])}
    if c.L == "ru_RU" and c.r.random() < 0.5:
        sub, dg = c.inn_digits()
        while dg[0] == "0":
            sub, dg = c.inn_digits()
        cust["inn"] = JNum(E("RU_INN", dg, sub + "_json_number"))
    obj = {
        "call_uuid": c.uuid(),
        "started": c.ts(c.r.choice([0, 2])),
        "direction": "inbound",
        "ani": Fc["PH"],
        "sip": {"remote_addr": c.ip6() if c.r.random() < 0.3 else c.ip4(private=False), "ua": c.pkg()},
        "recording": {"sha256": c.hash(64), "seconds": c.r.randint(90, 1400)},
        "customer": cust,
        "handled_by": {"agent": F["AG"], "queue": c.title()},
        "summary_text": rich(summary_tmpl(c, scen), Fc),
        "case_ref": F["TK"],
    }
    jdump(b, obj, st)
    return "z.json.call_record." + scen


def t_json_va(c, b):
    evs = []
    for i in range(c.r.randint(2, 4)):
        p = c.person("fl") if c.lang == "ru" else c.person()
        pl = E("PERSON", p["full"].lower(), c.lang)
        ph = c.phone()
        utt = rich(c.r.choice(VA_UTT[c.lang]), {"PL": pl, "PH": ph})
        evs.append({"at": c.ts(c.r.choice([0, 2])), "asr_text": utt, "asr_conf": round(c.r.uniform(0.5, 0.99), 2),
                    "intent": c.r.choice(["contact.call", "message.send", "contact.add"]),
                    "resolved_contact": {"label": E("PERSON", p["full"], c.lang), "msisdn": ph}})
    obj = {"device": {"hw_serial": c.ticket(), "lan_ipv4": c.ip4(private=True), "wan_ipv6": c.ip6(),
                      "fw": c.version()},
           "account_email": c.email(), "session_token": c.api_key("jwt"), "utterances": evs}
    jdump(b, obj, json_style(c.r))
    return "z.json.va_events"


def t_json_qa(c, b):
    F = clean_facts(make_facts(c))
    head, cols, rows, foot = QA[c.lang]
    obj = {"evaluation_ref": F["TK"], "call_date": F["D1"], "agent_name": F["AG"], "reviewer_name": F["P2N"],
           "criteria": [{"label": a, "outcome": r_, "remark": rich(cm, F)} for a, r_, cm in rows],
           "score_pct": round(c.r.uniform(40, 98), 1), "campaign": F["TITLE"],
           "flagged_excerpt": R(["[", c.tc(c.r.randint(30, 900)), "] "] + rich(
               {"en": "Caller: the card is {CARD}", "de": "Kunde: die Karte ist {CARD}", "fr": "Client : la carte c'est {CARD}",
                "ru": "Клиент: карта {CARD}"}[c.lang], F))}
    jdump(b, obj, json_style(c.r))
    return "z.json.qa"


def t_json_voicemail(c, b):
    F = make_facts(c)
    k = c.r.randrange(2)
    obj = {"mailbox": c.phone(), "from": c.phone(), "left_at": c.ts(0),
           "transcription": {"text": rich(VOICEMAIL[c.lang][k], F), "lang": LANGCODE[c.L],
                             "confidence": round(c.r.uniform(0.6, 0.97), 3)},
           "audio_sha1": c.hash(40)}
    if c.r.random() < 0.7:
        obj["audio_b64"] = c.b64()
    jdump(b, obj, json_style(c.r))
    return "z.json.voicemail"


def t_json_dictation(c, b):
    F = make_facts(c)
    dic, note = DICTATION[c.lang]
    obj = {"encounter": {"patient": {"name": F["PN"], "dob": F["DOB"], "record_no": F["MRN"], "home": R(F["ADDR"])},
                         "clinician": F["AG"], "dictated": c.ts(0), "asr_raw": rich(dic, F),
                         "note_markdown": rich(note, F)}}
    jdump(b, obj, json_style(c.r))
    return "z.json.dictation"


def t_json_stt_request(c, b):
    F = make_facts(c)
    hints = [F["CN"], F["AG"]]
    key = c.api_key(c.r.choice(["google_api", "openai_like", "stripe", "gitlab", "aws_access_key_id"]))
    obj = {"config": {"encoding": "OGG_OPUS", "sample_rate_hz": 48000, "lang": LANGCODE[c.L],
                      "diarize": {"min_speakers": 2, "max_speakers": 2}, "phrase_hints": hints,
                      "model_build": c.version()},
           "audio": {"content": c.b64()},
           "auth": {"header": R(["Bearer ", key])},
           "webhook": R(["https://", c.r.choice(["hooks", "cb", "stt-sink"]), ":", c.api_key("password"), "@",
                         c.r.choice(["callbacks.internal", "relay.local", "asr-gw.corp"]), "/done"]),
           "client": c.pkg()}
    jdump(b, obj, json_style(c.r))
    return "z.json.stt_request"


IVR_PROMPTS = {
    "en": ["Please say or enter your card number.", "Please say your date of birth.", "Please say your phone number."],
    "de": ["Bitte nennen Sie Ihre Kartennummer.", "Bitte nennen Sie Ihr Geburtsdatum.", "Bitte nennen Sie Ihre Rufnummer."],
    "fr": ["Veuillez dire votre numéro de carte.", "Veuillez dire votre date de naissance.", "Veuillez dire votre numéro de téléphone."],
    "ru": ["Назовите номер карты.", "Назовите дату рождения.", "Назовите номер телефона."],
}


def t_json_ivr(c, b):
    F = make_facts(c)
    pr = IVR_PROMPTS[c.lang]
    turns = [{"prompt": pr[0], "heard": F["CARD"], "conf": round(c.r.uniform(0.8, 0.99), 2)},
             {"prompt": pr[1], "heard": F["DOB"], "conf": round(c.r.uniform(0.8, 0.99), 2)},
             {"prompt": pr[2], "heard": F["PH"], "conf": round(c.r.uniform(0.8, 0.99), 2)}]
    extra = {}
    if c.L == "en_US":
        extra["ssn"] = F["SSN"]
    elif c.L == "ru_RU":
        extra["snils"] = F["SNILS"]
        extra["passport"] = F["PASS"]
    else:
        extra["iban"] = F["IBAN"]
    if c.r.random() < 0.6:
        extra["loyalty_no"] = F["LOY"]
    obj = {"ivr_session": c.uuid(), "caller_id": c.phone(), "steps": turns, "verified_fields": extra,
           "result": "transferred", "queue": c.title()}
    jdump(b, obj, json_style(c.r))
    return "z.json.ivr"


JSON_TEMPLATES = [(t_json_stt, 3), (t_json_call_record, 2.5), (t_json_va, 1.5), (t_json_qa, 1), (t_json_voicemail, 1.5),
                  (t_json_dictation, 1.2), (t_json_stt_request, 1.2), (t_json_ivr, 1.2)]


# ---------------------------------------------------------------------------------------------- json4k
def word_tokens(c, rr):
    toks = []
    for piece in rr:
        if isinstance(piece, str):
            toks.extend(w for w in piece.split() if w)
        elif piece[0] == "E" and piece[1] == "PERSON":
            toks.extend(E("PERSON", w, piece[3]) for w in piece[2].split(" "))
        elif piece[0] == "I":
            toks.extend(w for w in piece[1].split() if w)
        else:
            toks.append(piece)
    return toks


def t_json4k_words(c, b):
    segs, t = [], 0.0
    names = []
    while True:
        scen = pick_scen(c)
        F = make_facts(c)
        names.append(F["CN"])
        for key, rr in make_turns(c, F, scen):
            words = []
            for tok in word_tokens(c, rr):
                d = round(c.r.uniform(0.12, 0.6), 2)
                words.append({"w": tok, "s": round(t, 2), "e": round(t + d, 2), "p": round(c.r.uniform(0.55, 1.0), 2)})
                t += d
            segs.append({"spk": {"A": "A", "C": "B"}.get(key, key), "words": words})
        if sum(len(plain(x["w"])) + 42 for s_ in segs for x in s_["words"]) > 3400:
            break
    obj = {"job": c.uuid(), "lang": LANGCODE[c.L], "engine_build": c.version(), "finished": c.ts(0),
           "customer_hint": names[0], "results": segs}
    jdump(b, obj, {"indent": None, "isep": ",", "ksep": ":", "ascii": c.r.random() < 0.1})
    return "z.json4k.stt_words"


def t_json4k_batch(c, b):
    calls = []
    total = 0
    while total < 3900:
        scen = c.r.choice(["verify", "pay", "clinic", "tech"])
        F = make_facts(c)
        Fc = clean_facts(F)
        rec = {"ref": F["TK"], "uuid": c.uuid(), "at": c.ts(0), "caller": F["CN"], "number": Fc["PH"],
               "email": Fc["EM"], "agent": F["AG"], "notes": rich(summary_tmpl(c, scen), Fc)}
        calls.append(rec)
        total += len(plain(list(rec["notes"]))) + 340
    obj = {"export": {"generated": c.ts(0), "site": c.org(), "calls": calls}}
    jdump(b, obj, json_style(c.r, 0.08))
    return "z.json4k.call_batch"


JSON4K_TEMPLATES = [(t_json4k_words, 1), (t_json4k_batch, 1)]


# ==============================================================================================
# Long text templates
# ==============================================================================================
HDR = {
    "en": "Call {TK} · {D} · agent {AG} · {SEC} s · recording {H}\n",
    "de": "Anruf {TK} · {D} · Agent {AG} · {SEC} s · Aufnahme {H}\n",
    "fr": "Appel {TK} · {D} · conseiller {AG} · {SEC} s · enregistrement {H}\n",
    "ru": "Звонок {TK} · {D} · оператор {AG} · {SEC} с · запись {H}\n",
}


def call_block(c, b, scen=None, summary=True):
    scen = scen or pick_scen(c)
    F = make_facts(c)
    turns = make_turns(c, F, scen)
    fill(b, HDR[c.lang], {"TK": F["TK"], "D": c.ts(3), "AG": F["AG"], "SEC": str(c.r.randint(60, 1500)), "H": c.hash(12)})
    b.t("\n")
    render_turns(c, b, F, turns, style=c.r.choice(["role", "name"]) if scen != "meeting" else "name", ts=True,
                 t0=c.r.randint(0, 20))
    if summary:
        b.t("\n")
        fill(b, summary_tmpl(c, scen), clean_facts(F))
        b.t("\n")
    b.t("\n")


FILL_PARAS = {
    "en": ["Overall sentiment was neutral to positive; no escalation was needed.",
           "Average handle time for the queue this week was {NUM}, slightly above target.",
           "Model {VER} handled the crosstalk better than the previous build.",
           "Reminder: recordings older than ninety days are purged automatically ({TS}).",
           "Gift card {LOY} was flagged by the fraud tool but turned out to be a typo.",
           "Audio sample for the tuning set: {B64}"],
    "de": ["Die Stimmung war insgesamt neutral bis positiv, keine Eskalation nötig.",
           "Die durchschnittliche Bearbeitungszeit lag diese Woche bei {NUM}.",
           "Modell {VER} kommt mit Überlappungen besser zurecht als der Vorgänger.",
           "Hinweis: Aufnahmen älter als 90 Tage werden automatisch gelöscht ({TS}).",
           "Die Gutscheinkarte {LOY} wurde vom Betrugsfilter markiert, war aber nur ein Tippfehler.",
           "Audiobeispiel für das Tuning: {B64}"],
    "fr": ["Le ton général était neutre à positif, sans escalade.",
           "La durée moyenne de traitement cette semaine : {NUM}.",
           "Le modèle {VER} gère mieux les chevauchements de parole que la version précédente.",
           "Rappel : les enregistrements de plus de 90 jours sont purgés automatiquement ({TS}).",
           "La carte cadeau {LOY} a été signalée par l'outil antifraude, simple faute de frappe.",
           "Échantillon audio pour l'ajustement : {B64}"],
    "ru": ["В целом тон разговора нейтральный или позитивный, эскалация не потребовалась.",
           "Среднее время обработки на этой неделе: {NUM}.",
           "Модель {VER} лучше справляется с перебиваниями, чем прошлая сборка.",
           "Напоминание: записи старше 90 дней удаляются автоматически ({TS}).",
           "Подарочная карта {LOY} попала в антифрод, но это была опечатка.",
           "Аудиофрагмент для дообучения: {B64}"],
}


def filler_para(c, b):
    fill(b, c.r.choice(FILL_PARAS[c.lang]), {"NUM": c.number(), "VER": c.version(), "TS": c.ts(), "LOY": c.cardlike(),
                                             "B64": c.b64()})
    b.t("\n\n")


def t_text4k_calls(c, b):
    b.t({"en": "# Call review pack\n\n", "de": "# Gesprächsauswertung\n\n", "fr": "# Revue des appels\n\n",
         "ru": "# Разбор звонков\n\n"}[c.lang])
    while b.n < 3800:
        call_block(c, b)
        if c.r.random() < 0.5:
            filler_para(c, b)
    return "z.text4k.calls"


def t_text4k_minutes(c, b):
    F = make_facts(c)
    b.t({"en": "# Meeting notes", "de": "# Besprechungsprotokoll", "fr": "# Compte rendu", "ru": "# Протокол встречи"}[c.lang])
    b.add(" — ", F["TITLE"], "\n\n")
    b.t({"en": "Attendees: ", "de": "Teilnehmende: ", "fr": "Participants : ", "ru": "Участники: "}[c.lang])
    for i in range(1, 5):
        b.add(F[f"P{i}N"], " (", c.org_email(F["ps"][i - 1]), ")" + (", " if i < 4 else "\n\n"))
    t = 0
    while b.n < 3500:
        turns = make_turns(c, F, "meeting")
        t = render_turns(c, b, F, turns, style="name", ts=True, t0=t)
        b.t("\n")
        filler_para(c, b)
    fill(b, summary_tmpl(c, "meeting"), clean_facts(F))
    return "z.text4k.minutes"


def t_text4k_subs(c, b):
    vtt = c.r.random() < 0.4
    t = c.r.randint(0, 100)
    first = True
    while b.n < 3900:
        F = make_facts(c)
        turns = make_turns(c, F, pick_scen(c))
        t = render_srt(c, b, F, turns, vtt=vtt and first, t0=t)
        first = False
    return "z.text4k.subtitles"


TEXT4K_TEMPLATES = [(t_text4k_calls, 2), (t_text4k_minutes, 1), (t_text4k_subs, 1)]


def t_long(c, b):
    b.t({"en": "# Transcripts — full day export\n\n", "de": "# Transkripte — Tagesexport\n\n",
         "fr": "# Transcriptions — export de la journée\n\n", "ru": "# Расшифровки — выгрузка за день\n\n"}[c.lang])
    while b.n < 64000:
        call_block(c, b, summary=c.r.random() < 0.7)
        if c.r.random() < 0.3:
            filler_para(c, b)
    return "z.long64k.day_export"


# ==============================================================================================
# Obfuscated (raw ASR with spoken / spelled PII)
# ==============================================================================================
RAW_HDR = {"en": "raw transcript (no punctuation model), call ", "de": "Rohtranskript (ohne Interpunktion), Anruf ",
           "fr": "transcription brute (sans ponctuation), appel ", "ru": "сырая расшифровка (без пунктуации), звонок "}


def t_obf_call(c, b):
    scen = c.r.choice(["verify", "verify", "pay", "clinic"])
    F = make_facts(c, spoken=True)
    turns = make_turns(c, F, scen, keep_optional=True)
    b.add(RAW_HDR[c.lang], F["TK"], "\n\n")
    render_turns(c, b, F, turns, style=c.r.choice(["role", "spk"]), ts=c.r.random() < 0.5, raw=True)
    if c.r.random() < 0.4:
        b.t("\n---\n")
        fill(b, summary_tmpl(c, scen), clean_facts(F))
    return "z.obf.raw_call." + scen


def t_obf_voicemail(c, b):
    F = make_facts(c, spoken=True)
    b.t({"en": "voicemail transcript: ", "de": "Mailbox-Transkript: ", "fr": "transcription messagerie : ",
         "ru": "расшифровка автоответчика: "}[c.lang])
    b.add(rawify(c, rich(VOICEMAIL[c.lang][0], F)))
    return "z.obf.voicemail"


IVR_RAW = {
    "en": ["heard: {X}", "asr> {X}", "caller said \"{X}\""],
    "de": ["erkannt: {X}", "asr> {X}", "Anrufer sagte „{X}“"],
    "fr": ["reconnu : {X}", "asr> {X}", "l'appelant a dit « {X} »"],
    "ru": ["распознано: {X}", "asr> {X}", "абонент сказал «{X}»"],
}


def t_obf_ivr(c, b):
    F = make_facts(c, spoken=True)
    keys = ["CARD", "DOB", "PH", "EM"] + {"en_US": ["SSN"], "ru_RU": ["SNILS", "PASS", "INN"]}.get(c.L, ["IBAN"])
    c.r.shuffle(keys)
    for k in keys[:c.r.randint(2, 4)]:
        b.add(c.ts(0), " ")
        fill(b, c.r.choice(IVR_RAW[c.lang]), {"X": F[k]})
        b.t("\n")
    return "z.obf.ivr"


def t_obf_dictation(c, b):
    F = make_facts(c, spoken=True)
    F["PN"] = E("PERSON", F["pn"]["full"].lower(), c.lang)
    dic, _ = DICTATION[c.lang]
    b.add(rawify(c, rich(dic, F)))
    if c.r.random() < 0.5:
        b.t(" " + {"en": "spelling of the surname ", "de": "Nachname buchstabiert ", "fr": "nom épelé ",
                   "ru": "фамилия по буквам "}[c.lang])
        b.add(c.spelled_name(F["pn"]))
    return "z.obf.dictation"


OBF_TEMPLATES = [(t_obf_call, 3), (t_obf_voicemail, 1), (t_obf_ivr, 1.5), (t_obf_dictation, 1)]


# ==============================================================================================
# Driver
# ==============================================================================================
COUNTS = [("chat", 200), ("json", 110), ("stream", 55), ("obfuscated", 55), ("json4k", 33), ("text4k", 22),
          ("long64k", 2)]
STREAM_BASES = [("chat", 0.4), ("json", 0.25), ("text4k", 0.12), ("obfuscated", 0.23)]
TPL = {"chat": CHAT_TEMPLATES, "json": JSON_TEMPLATES, "json4k": JSON4K_TEMPLATES, "text4k": TEXT4K_TEMPLATES,
       "long64k": [(t_long, 1)], "obfuscated": OBF_TEMPLATES}
FMT = {"chat": "text", "json": "json", "json4k": "json", "text4k": "text", "long64k": "text", "obfuscated": "text"}


def pick(r, weighted):
    fs, ws = zip(*weighted)
    return r.choices(fs, ws)[0]


def build(seed):
    master = random.Random(seed)
    fakers = {}
    for i, L in enumerate(LOCALES):
        f = Faker(L)
        f.seed_instance(seed * 10 + i)
        fakers[L] = f
    docs = []
    for shape, n in COUNTS:
        for i in range(n):
            L = master.choices(LOCALES, LOCALE_W)[0]
            r = random.Random(master.getrandbits(64))
            c = Ctx(L, r, fakers[L])
            base = shape
            if shape == "stream":
                base = pick(r, STREAM_BASES)
            b = B()
            tpl = pick(r, TPL[base])(c, b)
            text = b.text()
            d = {"id": f"{SPLIT}-{shape}-{i:04d}", "split": SPLIT, "shape": shape}
            if shape == "stream":
                d["base_shape"] = base
            d.update({"format": FMT[base], "locale": L, "lang": c.lang, "template": tpl,
                      "holdout_only_template": True, "text": text})
            if shape == "stream":
                chunks, p = [], 0
                while p < len(text):
                    k = r.randint(1, 16)
                    chunks.append(text[p:p + k])
                    p += k
                d["chunks"] = chunks
            d["entities"] = b.ents
            d["negatives"] = b.negs
            d["ignore"] = b.ign
            docs.append(d)
    return docs


# ---------------------------------------------------------------------------------------------- checks
def digits_of(s):
    return "".join(ch for ch in s if ch.isdigit())


def validate(docs):
    errs = []
    for d in docs:
        t = d["text"]
        if d["format"] == "json":
            try:
                json.loads(t)
            except Exception as ex:
                errs.append((d["id"], "json", str(ex)))
        if d["shape"] == "stream":
            if "".join(d["chunks"]) != t or any(not 1 <= len(ch) <= 16 for ch in d["chunks"]):
                errs.append((d["id"], "chunks"))
        spans = []
        for e in d["entities"] + d["negatives"]:
            if t[e["start"]:e["end"]] != e["value"]:
                errs.append((d["id"], "offset", e))
            spans.append((e["start"], e["end"], e["type"]))
        for s_, e_ in d["ignore"]:
            spans.append((s_, e_, "ignore"))
        spans.sort()
        for a, b_ in zip(spans, spans[1:]):
            if b_[0] < a[1]:
                errs.append((d["id"], "overlap", a, b_))
        for e in d["entities"]:
            if e.get("obf"):
                continue
            v, typ = e["value"], e["type"]
            dg = digits_of(v)
            if typ == "CREDIT_CARD" and not luhn_ok(dg):
                errs.append((d["id"], "luhn", v))
            if typ == "IBAN" and not iban_ok(v):
                errs.append((d["id"], "iban", v))
            if typ == "US_SSN" and not (len(dg) == 9 and ssn_ok(dg)):
                errs.append((d["id"], "ssn", v))
            if typ == "RU_SNILS" and snils_check(dg[:9]) != dg[9:]:
                errs.append((d["id"], "snils", v))
            if typ == "RU_INN" and not ((len(dg) == 10 and inn10(dg[:9]) == dg) or (len(dg) == 12 and inn12(dg[:10]) == dg)):
                errs.append((d["id"], "inn", v))
            if typ == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "nhs" and nhs_check(dg[:9]) != dg[9]:
                errs.append((d["id"], "nhs", v))
        for n in d["negatives"]:
            if n["type"] == "NEG_CARDLIKE" and luhn_ok(digits_of(n["value"])):
                errs.append((d["id"], "cardlike-valid", n["value"]))
    return errs


def summarize(docs):
    C = Counter
    out = []
    out.append("docs: %d" % len(docs))
    out.append("shape: " + json.dumps(dict(C(d["shape"] for d in docs).most_common())))
    out.append("stream base_shape: " + json.dumps(dict(C(d.get("base_shape") for d in docs if d["shape"] == "stream").most_common())))
    out.append("locale: " + json.dumps(dict(C(d["locale"] for d in docs).most_common())))
    out.append("entity type: " + json.dumps(dict(C(e["type"] for d in docs for e in d["entities"]).most_common())))
    out.append("entity obf: " + json.dumps(dict(C(e.get("obf") for d in docs for e in d["entities"] if e.get("obf")).most_common())))
    out.append("negatives: " + json.dumps(dict(C(n["type"] for d in docs for n in d["negatives"]).most_common())))
    out.append("ignore spans: %d" % sum(len(d["ignore"]) for d in docs))
    tpls = C(d["template"] for d in docs)
    fam = C(".".join(t.split(".")[:3]) for t in tpls.elements())
    out.append("templates: %d distinct ids (%d template functions)" % (len(tpls), len(fam)))
    out.append("template ids: " + json.dumps(dict(sorted(tpls.items()))))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    docs = build(a.seed)
    errs = validate(docs)
    if errs:
        for e in errs[:30]:
            print("VALIDATION:", e, file=sys.stderr)
        sys.exit(f"{len(errs)} validation errors")
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        print(summarize(docs))


if __name__ == "__main__":
    main()
