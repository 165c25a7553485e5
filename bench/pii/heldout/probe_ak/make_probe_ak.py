#!/usr/bin/env python3
"""make_probe_ak.py - held-out PII-redaction probe "AK": mobility and consumer apps.

Usage:  make_probe_ak.py --seed N --out FILE [--scale F]

Standard library + Faker only.  Faker (one seeded instance per locale) supplies person names,
street names, cities and postcodes; every other value (e-mails, phones, cards, IBANs, national ids,
secrets, negatives, ...) is built here.  All decisions come from one random.Random(seed), so the
output is byte-identical for a given seed and scale (independent of PYTHONHASHSEED and cwd).
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
import uuid

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
SPLIT = "heldout_ak"
BAND4K = (3600, 4700)
LONG_MIN = 64000

# ================================================================================================
# segments: (text, tag, is_core); a tag object identifies one entity / negative / ignore span
# ================================================================================================


class Tag:
    __slots__ = ("kind", "type", "sub", "obf")

    def __init__(self, kind, typ=None, sub=None, obf=None):
        self.kind, self.type, self.sub, self.obf = kind, typ, sub, obf


class Segs(list):
    """a string value made of segments"""


class Enc:
    """a JSON value serialized into a JSON string (double-encoded JSON)"""

    def __init__(self, obj, compact=True, ea=False):
        self.obj, self.compact, self.ea = obj, compact, ea


class Raw:
    """an unquoted JSON token (number) made of segments"""

    def __init__(self, s):
        self.s = s


def P(text):
    return [(text, None, False)]


def E(typ, value, sub=None, obf=None):
    return [(value, Tag("E", typ, sub, obf), False)]


def N(typ, value):
    return [(value, Tag("N", typ), False)]


def IG(value):
    return [(value, Tag("I"), False)]


def seg_text(segs):
    return "".join(s[0] for s in segs)


def copy_segs(segs):
    """same text, fresh tag objects (a repeated mention is a separate entity)"""
    m, out = {}, []
    for t, tag, core in segs:
        if tag is not None:
            if id(tag) not in m:
                m[id(tag)] = Tag(tag.kind, tag.type, tag.sub, tag.obf)
            tag = m[id(tag)]
        out.append((t, tag, core))
    return out


# ================================================================================================
# value builders
# ================================================================================================
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64C = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_check(body):
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
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_card(rng, brand):
    if brand == "visa":
        body, n = "4" + digits(rng, 14), 16
    elif brand == "mastercard":
        body = rng.choice(["51", "52", "53", "54", "55"]) + digits(rng, 13) if rng.random() < .7 else \
            str(rng.randint(2221, 2720)) + digits(rng, 11)
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    elif brand == "mir":
        body = "220" + str(rng.randint(0, 4)) + digits(rng, 11)
    elif brand == "discover":
        body = "6011" + digits(rng, 11)
    else:
        raise ValueError(brand)
    return body + luhn_check(body)


def group_card(num, sep):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def iban_check(country, bban):
    s = bban + country + "00"
    s = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(s) % 97)


def iban_ok(iban):
    iban = iban.replace(" ", "")
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban(rng, country):
    if country == "DE":
        bban = digits(rng, 8) + digits(rng, 10)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "CITI"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "FR":
        bank, branch, acct = digits(rng, 5), digits(rng, 5), digits(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
        bban = bank + branch + acct + "%02d" % key
    elif country == "ES":
        bban = digits(rng, 20)
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + digits(rng, 10)
    else:
        raise ValueError(country)
    return country + iban_check(country, bban) + bban


def fmt_iban(iban, grouped):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if grouped else iban


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def snils_sum(d9):
    s = sum(int(d) * (9 - i) for i, d in enumerate(d9))
    if s < 100:
        return s
    if s in (100, 101):
        return 0
    s %= 101
    return 0 if s == 100 else s


def make_snils(rng, style):
    d9 = str(rng.randint(2000000, 999999999)).zfill(9)
    cs = "%02d" % snils_sum(d9)
    if style == 0:
        return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], cs)
    if style == 1:
        return "%s-%s-%s-%s" % (d9[:3], d9[3:6], d9[6:], cs)
    return d9 + cs


def make_inn(rng, n):
    if n == 10:
        b = str(rng.randint(1, 99)).zfill(2) + digits(rng, 7)
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return b + str(sum(int(x) * y for x, y in zip(b, w)) % 11 % 10)
    b = str(rng.randint(1, 99)).zfill(2) + digits(rng, 8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b += str(sum(int(x) * y for x, y in zip(b, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(x) * y for x, y in zip(b, w2)) % 11 % 10)


def make_nhs(rng):
    while True:
        b = digits(rng, 9)
        c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(b)) % 11
        if c == 11:
            c = 0
        if c != 10:
            n = b + str(c)
            return "%s %s %s" % (n[:3], n[3:6], n[6:])


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_secret(rng, kind):
    if kind == "aws_access_key_id":
        return "AKIA" + rs(rng, B32, 16)
    if kind == "aws_secret_access_key":
        return rs(rng, ALNUM + "/+", 40)
    if kind == "github_pat":
        return rng.choice(["ghp_", "gho_"]) + rs(rng, ALNUM, 36)
    if kind == "stripe_secret":
        return rng.choice(["sk_live_", "rk_live_"]) + rs(rng, ALNUM, rng.choice([24, 32, 99]))
    if kind == "slack_token":
        return "xoxb-" + digits(rng, 12) + "-" + digits(rng, 13) + "-" + rs(rng, ALNUM, 24)
    if kind == "google_api_key":
        return "AIza" + rs(rng, B64U, 35)
    if kind == "jwt":
        hdr = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
        pl = {"sub": digits(rng, 9), "iat": rng.randint(1700000000, 1760000000), "scope": rng.choice(["rider", "driver", "player", "member"])}
        return hdr + "." + b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + rs(rng, B64U, 43)
    if kind == "twitch_oauth":
        return "oauth:" + rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 30)
    if kind == "discord_bot_token":
        return b64url(str(rng.randint(10 ** 17, 10 ** 18 - 1)).encode()) + "." + rs(rng, B64U, 6) + "." + rs(rng, B64U, 38)
    if kind == "sendgrid_key":
        return "SG." + rs(rng, B64U, 22) + "." + rs(rng, B64U, 43)
    if kind == "openai_key":
        return "sk-proj-" + rs(rng, B64U, 48)
    if kind == "password":
        words = ["velo", "Taxi", "sunset", "Kitty", "dragon", "Metro", "spring", "Lyon", "berlin", "Moskva", "pixel",
                 "Ranger", "Falcon", "tundra", "Garage", "Orbit", "maple", "Zebra"]
        sh = rng.randint(0, 3)
        if sh == 0:
            return rng.choice(words) + rng.choice(words).capitalize() + digits(rng, rng.randint(2, 4)) + rng.choice("!#$%*?")
        if sh == 1:
            return rs(rng, ALNUM + "!@#%^*-_", rng.randint(12, 20))
        if sh == 2:
            return rng.choice(words).lower() + "-" + rng.choice(words).lower() + "-" + rng.choice(words).lower() + digits(rng, 2)
        return rng.choice(words) + "_" + digits(rng, 4) + rs(rng, UPPER, 2)
    if kind == "pem_private_key":
        body = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(rng.choice([288, 336, 384])))).decode()
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    if kind == "telegram_bot_token":
        return str(rng.randint(10 ** 8, 10 ** 10 - 1)) + ":AA" + rs(rng, B64U, 33)
    if kind == "generic_api_key":
        return rng.choice(["cp_live_", "evc_", "fit_sk_", "mkt_"]) + rs(rng, ALNUM, 32)
    raise ValueError(kind)


def make_ipv4(rng, private=False):
    if private:
        c = rng.randint(0, 2)
        if c == 0:
            return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if c == 1:
            return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    first = rng.choice([24, 31, 37, 46, 62, 66, 73, 77, 81, 85, 91, 94, 98, 104, 109, 128, 141, 151, 176, 178,
                        185, 188, 193, 195, 203, 212, 217])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def make_ipv6(rng):
    pre = rng.choice(["2001:db8", "2a02:6b8", "2a01:4f8", "2607:f8b0", "2a00:1450", "2c0f:fb50", "2001:67c", "2a03:2880"])
    groups = pre.split(":") + ["%x" % rng.randint(0, 0xffff) for _ in range(6)]
    if rng.random() < 0.45:
        i = rng.randint(2, 5)
        j = rng.randint(i + 1, 7)
        return ":".join(groups[:i]) + "::" + ":".join(groups[j:])
    if rng.random() < 0.3:
        return ":".join(g.zfill(4) for g in groups)
    return ":".join(groups)


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


def fmt_date(loc, y, m, d, style):
    lang = LANG[loc]
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "num":
        if loc == "en_US":
            return "%02d/%02d/%04d" % (m, d, y)
        if loc in ("en_GB", "fr_FR"):
            return "%02d/%02d/%04d" % (d, m, y)
        return "%02d.%02d.%04d" % (d, m, y)
    if style == "long":
        mn = MONTHS[lang][m - 1]
        if loc == "en_US":
            return "%s %d, %d" % (mn, d, y)
        if loc == "de_DE":
            return "%d. %s %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if style == "gedcom":
        return "%d %s %d" % (d, ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][m - 1], y)
    raise ValueError(style)


TRANS = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
         "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
         "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "",
         "э": "e", "ю": "yu", "я": "ya", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def ascii_slug(s):
    s = "".join(TRANS.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch in "abcdefghijklmnopqrstuvwxyz0123456789")


DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "aol.com"],
    "en_GB": ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com", "sky.com", "yahoo.co.uk", "virginmedia.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org", "freenet.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr"],
    "ru_RU": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "gmail.com", "inbox.ru"],
}


def make_email(rng, loc, first, last):
    f, l = ascii_slug(first) or "user", ascii_slug(last) or "mail"
    sh = rng.randint(0, 5)
    if sh == 0:
        u = f + "." + l
    elif sh == 1:
        u = f[0] + "." + l
    elif sh == 2:
        u = f + l + digits(rng, 2)
    elif sh == 3:
        u = l + "_" + f
    elif sh == 4:
        u = f + "." + l + str(rng.randint(1960, 2005))
    else:
        u = f[0] + l + digits(rng, 3)
    return u + "@" + rng.choice(DOMAINS[loc])


def make_phone(rng, loc):
    d = lambda n: digits(rng, n)  # noqa: E731
    if loc == "en_US":
        area = str(rng.randint(2, 9)) + d(2)
        ex = str(rng.randint(2, 9)) + d(2)
        ln = d(4)
        st = rng.randint(0, 4)
        return ["+1 (%s) %s-%s", "(%s) %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"][st] % (area, ex, ln), "us_%d" % st
    if loc == "en_GB":
        st = rng.randint(0, 4)
        if st == 0:
            return "07%s %s" % (d(3), d(6)), "gb_mobile"
        if st == 1:
            return "+44 7%s %s" % (d(3), d(6)), "gb_mobile_intl"
        if st == 2:
            return "020 %s %s" % (rng.choice("3789") + d(3), d(4)), "gb_london"
        if st == 3:
            return "0%s %s %s" % (rng.choice(["161", "113", "117", "131", "141", "121"]), d(3), d(4)), "gb_geo"
        return "+44 20 %s %s" % (rng.choice("3789") + d(3), d(4)), "gb_london_intl"
    if loc == "de_DE":
        st = rng.randint(0, 4)
        mob = rng.choice(["151", "152", "157", "160", "170", "171", "172", "176", "177", "178", "179"])
        if st == 0:
            return "+49 %s %s" % (mob, d(8)), "de_mobile_intl"
        if st == 1:
            return "0%s %s" % (mob, d(8)), "de_mobile"
        if st == 2:
            return "0%s/%s" % (mob, d(7)), "de_mobile_slash"
        if st == 3:
            return "0%s %s" % (rng.choice(["30", "40", "89", "221", "69", "711", "211", "341"]), d(7)), "de_geo"
        return "+49 (0)%s %s" % (rng.choice(["30", "40", "89", "221"]), d(7)), "de_geo_intl"
    if loc == "fr_FR":
        st = rng.randint(0, 3)
        pairs = " ".join(d(2) for _ in range(4))
        if st == 0:
            return "0%s %s" % (rng.choice("67"), pairs), "fr_mobile"
        if st == 1:
            return "+33 %s %s" % (rng.choice("67"), pairs), "fr_mobile_intl"
        if st == 2:
            return "0%s %s" % (rng.choice("12345"), pairs), "fr_geo"
        return "0%s.%s" % (rng.choice("67"), ".".join(d(2) for _ in range(4))), "fr_dots"
    if loc == "ru_RU":
        st = rng.randint(0, 4)
        op = "9" + d(2)
        if st == 0:
            return "+7 (%s) %s-%s-%s" % (op, d(3), d(2), d(2)), "ru_intl_paren"
        if st == 1:
            return "8 %s %s-%s-%s" % (op, d(3), d(2), d(2)), "ru_trunk"
        if st == 2:
            return "+7 %s %s %s %s" % (op, d(3), d(2), d(2)), "ru_intl_spaces"
        if st == 3:
            return "+7%s%s" % (op, d(7)), "ru_e164"
        return "8 (%s) %s-%s-%s" % (rng.choice(["495", "499", "812", "343", "383"]), d(3), d(2), d(2)), "ru_city"
    raise ValueError(loc)


PLATE = {
    "en_US": lambda r: str(r.randint(1, 9)) + rs(r, UPPER, 3) + digits(r, 3),
    "en_GB": lambda r: rs(r, UPPER, 2) + digits(r, 2) + " " + rs(r, UPPER, 3),
    "de_DE": lambda r: r.choice(["B", "M", "HH", "K", "F", "S", "DD", "L"]) + "-" + rs(r, UPPER, 2) + " " + str(r.randint(10, 9999)),
    "fr_FR": lambda r: rs(r, UPPER, 2) + "-" + digits(r, 3) + "-" + rs(r, UPPER, 2),
    "ru_RU": lambda r: r.choice("АВЕКМНОРСТУХ") + digits(r, 3) + "".join(r.choice("АВЕКМНОРСТУХ") for _ in range(2)) + " " + r.choice(["77", "97", "177", "78", "198", "50", "750", "66"]),
}

TITLE = {
    "en": ["Airport Transfer", "Comfort Plus", "Green Line Express", "Weekly Step Challenge", "Gold Member Lounge",
           "Season Pass", "Night Owl Fare", "Premium Family Plan", "Community Garden", "Lost And Found",
           "Riverside Car Park", "Trip Summary", "Account Settings", "Fast Charge Hub"],
    "de": ["Komfort Plus", "Hauptbahnhof Süd", "Grüne Welle", "Schnellladepark Nord", "Jahreshauptversammlung",
           "Gemeindefest", "Nachtfahrt Tarif", "Familien Abo", "Kundenservice Team", "Parkhaus Mitte"],
    "fr": ["Confort Plus", "Gare Routière", "Forfait Famille", "Parking Relais", "Pass Découverte",
           "Service Client", "Assemblée Générale", "Borne Rapide", "Défi Mensuel", "Vide Grenier"],
    "ru": ["Комфорт Плюс", "Личный Кабинет", "Северный Вокзал", "Семейная Подписка", "Быстрая Зарядка",
           "Служба Поддержки", "Общее Собрание", "Ночной Тариф", "Зелёная Ветка", "Бизнес Класс"],
}

PKGS = ["react-native-maps@1.14.0", "@stripe/stripe-react-native@0.38.6", "okhttp@4.12.0", "mapbox-gl@3.4.0",
        "expo-location@17.0.1", "socket.io-client@4.7.5", "@sentry/react-native@5.24.1", "retrofit@2.11.0",
        "leaflet@1.9.4", "firebase@10.12.2", "axios@1.7.2", "lodash@4.17.21"]

CURRENCY = {"en_US": ("$%s", "."), "en_GB": ("£%s", "."), "de_DE": ("%s €", ","), "fr_FR": ("%s €", ","),
            "ru_RU": ("%s ₽", ",")}

SPELL = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "ru": ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"],
}
ATDOT = {"en": [(" at ", " dot "), (" [at] ", " [dot] "), (" (at) ", " (dot) ")],
         "de": [(" (at) ", " punkt "), (" at ", " dot "), (" [at] ", " [punkt] ")],
         "fr": [(" arobase ", " point "), (" at ", " dot "), (" [at] ", " [point] ")],
         "ru": [(" собака ", " точка "), (" at ", " dot "), (" [собака] ", " [точка] ")]}
LAT2CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е",
           "O": "О", "P": "Р", "C": "С", "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В"}
CYR2LAT = {v: k for k, v in LAT2CYR.items() if v != "і"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


# ================================================================================================
# context with placeholder generators
# ================================================================================================
PH_RE = re.compile(r"\{([A-Z][A-Z0-9_]*)(?:#(\w+))?(?::([^{}]*))?\}")


class Ctx:
    def __init__(self, rng, fk, loc):
        self.rng, self.fk, self.loc, self.lang = rng, fk, loc, LANG[loc]
        self.cache = {}
        self.people = {}

    # ---------- helpers
    def person_parts(self):
        fk = self.fk
        if self.loc == "ru_RU":
            if self.rng.random() < .5:
                return fk.first_name_male(), fk.last_name_male(), fk.middle_name_male()
            return fk.first_name_female(), fk.last_name_female(), fk.middle_name_female()
        return fk.first_name(), fk.last_name(), None

    def street(self):
        r, fk, loc = self.rng, self.fk, self.loc
        if loc == "en_US":
            s = "%d %s" % (r.randint(1, 9899), fk.street_name())
            if r.random() < .25:
                s += r.choice([" Apt %d", " Unit %d", " Apt. %dB", " Suite %d"]) % r.randint(1, 40)
            return s
        if loc == "en_GB":
            s = "%d %s" % (r.randint(1, 240), fk.street_name())
            if r.random() < .2:
                s = "Flat %d, " % r.randint(1, 30) + s
            return s
        if loc == "de_DE":
            return "%s %d%s" % (fk.street_name(), r.randint(1, 180), r.choice(["", "", "", "a", "b"]))
        if loc == "fr_FR":
            return r.choice(["%d, %s", "%d %s", "%d bis, %s"]) % (r.randint(1, 150), fk.street_name())
        s = "%s, д. %d" % (fk.street_name(), r.randint(1, 120))
        if r.random() < .3:
            s += ", корп. %d" % r.randint(1, 5)
        if r.random() < .6:
            s += ", кв. %d" % r.randint(1, 300)
        return s

    def city_post(self):
        fk, loc = self.fk, self.loc
        if loc == "en_US":
            return "%s, %s %s" % (fk.city(), fk.state_abbr(), fk.zipcode())
        if loc == "en_GB":
            return "%s %s" % (fk.city(), fk.postcode())
        if loc in ("de_DE", "fr_FR"):
            return "%s %s" % (fk.postcode(), fk.city())
        return "г. %s, %s" % (fk.city_name(), fk.postcode())

    def money(self, lo, hi):
        fmt, dec = CURRENCY[self.loc]
        v = "%d%s%02d" % (self.rng.randint(lo, hi), dec, self.rng.randint(0, 99))
        return fmt % v

    def date_parts(self, y0, y1):
        return self.rng.randint(y0, y1), self.rng.randint(1, 12), self.rng.randint(1, 28)

    # ---------- placeholder fill
    def f(self, s):
        out, pos = [], 0
        for m in PH_RE.finditer(s):
            if m.start() > pos:
                out.append((s[pos:m.start()], None, False))
            name, key, arg = m.group(1), m.group(2), m.group(3)
            if key is not None and (name, key) in self.cache:
                segs = copy_segs(self.cache[(name, key)])
            else:
                segs = GEN[name](self, arg, key)
                if key is not None:
                    self.cache[(name, key)] = segs
            out.extend(segs)
            pos = m.end()
        if pos < len(s):
            out.append((s[pos:], None, False))
        return out

    def fs(self, obj):
        """fill a JSON-ish structure: every str becomes Segs"""
        if isinstance(obj, str):
            return Segs(self.f(obj))
        if isinstance(obj, dict):
            return {k: self.fs(v) for k, v in obj.items()}
        if isinstance(obj, list):
            return [self.fs(v) for v in obj]
        if isinstance(obj, Enc):
            return Enc(self.fs(obj.obj), obj.compact, obj.ea)
        if isinstance(obj, Raw):
            return Raw(self.f(obj.s) if isinstance(obj.s, str) else obj.s)
        return obj


GEN = {}


def gen(name):
    def deco(fn):
        GEN[name] = fn
        return fn
    return deco


@gen("PERSON")
def g_person(c, arg, key):
    first, last, mid = c.person_parts()
    if key:
        c.people[key] = (first, last)
    if c.loc == "ru_RU":
        st = arg or c.rng.choice(["fl", "lfm", "fl", "lf"])
        v = {"fl": "%s %s" % (first, last), "lfm": "%s %s %s" % (last, first, mid), "lf": "%s %s" % (last, first),
             "flm": "%s %s %s" % (first, mid, last)}.get(st, "%s %s" % (first, last))
    else:
        st = arg or "fl"
        v = {"fl": "%s %s" % (first, last), "lf": "%s, %s" % (last, first), "LF": "%s %s" % (last.upper(), first)}.get(st)
    return E("PERSON", v, c.lang)


def _parts_for(c, key):
    if key and key in c.people:
        return c.people[key]
    first, last, _ = c.person_parts()
    if key:
        c.people[key] = (first, last)
    return first, last


@gen("FIRST")
def g_first(c, arg, key):  # JSON records that split the name: each part is a PERSON span
    return E("PERSON", _parts_for(c, key)[0], c.lang + "_first")


@gen("LAST")
def g_last(c, arg, key):
    return E("PERSON", _parts_for(c, key)[1], c.lang + "_last")


@gen("EMAIL")
def g_email(c, arg, key):
    if arg and arg in c.people:
        first, last = c.people[arg]
    else:
        first, last, _ = c.person_parts()
    return E("EMAIL", make_email(c.rng, c.loc, first, last), "personal")


@gen("EMAILW")
def g_emailw(c, arg, key):
    r = c.rng
    v = r.choice(["dispatch", "fleet.ops", "support", "billing", "desk", "press", "kontakt", "contact", "info"]) + \
        "@" + r.choice(["velocab.io", "ridelink.app", "chargenet.eu", "stadtmobil-nord.de", "autopartage-lyon.fr",
                        "taxi-vezet.ru", "gridplay.gg", "streamhaus.tv", "dailyherald-news.co.uk", "stepquest.app"])
    return E("EMAIL", v, "role")


@gen("PHONE")
def g_phone(c, arg, key):
    v, sub = make_phone(c.rng, arg or c.loc)
    return E("PHONE", v, sub)


@gen("SSN")
def g_ssn(c, arg, key):
    v = make_ssn(c.rng)
    if arg == "plain":
        v = v.replace("-", "")
    return E("US_SSN", v, "dashed" if "-" in v else "plain")


@gen("CARD")
def g_card(c, arg, key):
    r = c.rng
    brand = arg or r.choice({"ru_RU": ["mir", "mir", "visa", "mastercard"], "en_US": ["visa", "mastercard", "amex", "discover"]}
                            .get(c.loc, ["visa", "mastercard", "visa", "amex"]))
    num = make_card(r, brand)
    sep = r.choice([" ", " ", "-", ""])
    return E("CREDIT_CARD", group_card(num, sep) if sep or r.random() < .5 else num, brand)


@gen("IBAN")
def g_iban(c, arg, key):
    country = arg or {"en_GB": "GB", "de_DE": "DE", "fr_FR": "FR"}.get(c.loc, c.rng.choice(["DE", "FR", "ES", "NL"]))
    iban = make_iban(c.rng, country)
    return E("IBAN", fmt_iban(iban, c.rng.random() < .6), country)


@gen("IPV4")
def g_ip4(c, arg, key):
    priv = arg == "private"
    return E("IPV4", make_ipv4(c.rng, priv), "private" if priv else "public")


@gen("IPV6")
def g_ip6(c, arg, key):
    v = make_ipv6(c.rng)
    return E("IPV6", v, "compressed" if "::" in v else "full")


@gen("DOB")
def g_dob(c, arg, key):
    y, m, d = c.date_parts(1942, 2007)
    st = arg or c.rng.choice(["num", "num", "long", "iso"])
    return E("DATE_OF_BIRTH", fmt_date(c.loc, y, m, d, st), st)


@gen("ADDR")
def g_addr(c, arg, key):
    st, cp = c.street(), c.city_post()
    if c.loc == "ru_RU" and arg != "street_first":
        return IG(cp.split(", ")[0]) + P(", ") + E("STREET_ADDRESS", st, c.loc)
    return E("STREET_ADDRESS", st, c.loc) + P(", ") + IG(cp)


@gen("STREET")
def g_street(c, arg, key):
    return E("STREET_ADDRESS", c.street(), c.loc)


@gen("CITY")
def g_city(c, arg, key):
    return IG(c.fk.city_name() if c.loc == "ru_RU" else c.fk.city())


@gen("ZIP")
def g_zip(c, arg, key):
    return IG(c.fk.zipcode() if c.loc == "en_US" else c.fk.postcode())


@gen("SECRET")
def g_secret(c, arg, key):
    kind = arg or c.rng.choice(["github_pat", "stripe_secret", "slack_token", "google_api_key", "jwt", "aws_access_key_id"])
    v = make_secret(c.rng, kind)
    if kind == "pem_private_key":
        i = v.index("\n") + 1
        j = v.rindex("\n")
        t = Tag("E", "API_KEY", kind)
        return [(v[:i], t, False), (v[i:j], t, True), (v[j:], t, False)]
    return E("API_KEY", v, kind)


@gen("PW")
def g_pw(c, arg, key):
    return E("API_KEY", make_secret(c.rng, "password"), "password")


@gen("DBURL")
def g_dburl(c, arg, key):
    r = c.rng
    scheme = r.choice(["postgres", "mysql", "mongodb+srv", "redis", "amqp"])
    user = r.choice(["svc_trips", "app", "fleet_rw", "matchmaker", "billing", "etl"])
    host = r.choice(["db-trips-01.internal", "cluster0.x7kq2.mongodb.net", "10.8.0.12", "cache.prod.svc", "mq.eu-west.internal"])
    return P("%s://%s:" % (scheme, user)) + E("API_KEY", make_secret(r, "password"), "password_in_url") + P("@%s/%s" % (host, r.choice(["rides", "app", "prod", "0"])))


@gen("RUPASS")
def g_rupass(c, arg, key):
    r = c.rng
    ser = "%02d%02d" % (r.randint(1, 99), r.randint(0, 24))
    num = digits(r, 6)
    st = r.randint(0, 2)
    v = ["%s %s %s" % (ser[:2], ser[2:], num), "%s %s" % (ser, num), ser + num][st]
    return E("RU_PASSPORT", v, ["ss_ss_n", "ssss_n", "plain"][st])


@gen("SNILS")
def g_snils(c, arg, key):
    st = c.rng.choice([0, 0, 1, 2])
    return E("RU_SNILS", make_snils(c.rng, st), ["spaced", "dashed", "plain"][st])


@gen("INN")
def g_inn(c, arg, key):
    n = int(arg) if arg else c.rng.choice([12, 12, 10])
    return E("RU_INN", make_inn(c.rng, n), "inn%d" % n)


@gen("MRN")
def g_mrn(c, arg, key):
    r = c.rng
    if c.loc == "en_GB":
        return E("MEDICAL_RECORD_NUMBER", make_nhs(r), "nhs_number")
    v = {"en_US": lambda: r.choice(["MRN-", "", "H"]) + digits(r, 8),
         "de_DE": lambda: "PID " + digits(r, 9) if r.random() < .3 else digits(r, 10),
         "fr_FR": lambda: "IPP" + digits(r, 9),
         "ru_RU": lambda: "%d-%s/%02d" % (r.randint(10, 99), digits(r, 5), r.randint(18, 25))}[c.loc]()
    return E("MEDICAL_RECORD_NUMBER", v, c.loc)


# ---------- negatives
@gen("NREF")
def g_nref(c, arg, key):
    r = c.rng
    pat = arg or r.choice(["trip", "book", "order", "ticket", "pcn", "listing"])
    v = {"trip": lambda: "TR-" + rs(r, UPNUM, 8),
         "book": lambda: rs(r, UPPER, 2) + digits(r, 7),
         "order": lambda: digits(r, r.randint(9, 12)),
         "ticket": lambda: "#" + digits(r, 6),
         "pcn": lambda: rs(r, UPPER, 2) + digits(r, 8),
         "listing": lambda: digits(r, 10),
         "uin": lambda: "188101" + digits(r, 14),
         "az": lambda: "%d.%d.%s.%d" % (r.randint(100, 999), r.randint(10, 99), digits(r, 6), r.randint(0, 9)),
         "fr": lambda: digits(r, 10),
         "session": lambda: "CS-" + digits(r, 4) + "-" + rs(r, UPNUM, 5)}[pat]()
    return N("NEG_ORDER_ID", v)


@gen("NUUID")
def g_nuuid(c, arg, key):
    return N("NEG_UUID", str(uuid.UUID(int=c.rng.getrandbits(128), version=4)))


@gen("NTS")
def g_nts(c, arg, key):
    r = c.rng
    y, m, d = c.date_parts(2023, 2026)
    hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    st = arg or r.choice(["iso", "isoz", "space", "epoch"])
    v = {"iso": "%04d-%02d-%02dT%02d:%02d:%02d+%02d:00" % (y, m, d, hh, mm, ss, r.choice([0, 1, 2, 3])),
         "isoz": "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, hh, mm, ss, r.randint(0, 999)),
         "space": "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, hh, mm, ss),
         "epoch": str(r.randint(1700000000000, 1780000000000))}[st]
    return N("NEG_TIMESTAMP", v)


@gen("NDATE")
def g_ndate(c, arg, key):
    y, m, d = c.date_parts(2022, 2026)
    return N("NEG_DATE", fmt_date(c.loc, y, m, d, arg or c.rng.choice(["num", "long", "iso"])))


@gen("NVER")
def g_nver(c, arg, key):
    r = c.rng
    return N("NEG_VERSION", "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 40), r.randint(0, 20), r.randint(1, 300)))


@gen("NNUM")
def g_nnum(c, arg, key):
    r = c.rng
    k = arg or "km"
    if k == "km":
        v = "%d%s%d" % (r.randint(1, 48), "." if c.lang == "en" else ",", r.randint(0, 9))
    elif k == "int":
        v = str(r.randint(100, 99999))
    elif k == "kwh":
        v = "%d%s%02d" % (r.randint(3, 80), "." if c.lang == "en" else ",", r.randint(0, 99))
    else:
        v = str(r.randint(2, 999))
    return N("NEG_NUMBER", v)


@gen("NPRICE")
def g_nprice(c, arg, key):
    lo, hi = (int(x) for x in (arg or "4-90").split("-"))
    return N("NEG_PRICE", c.money(lo, hi))


@gen("NCARD")
def g_ncard(c, arg, key):
    r = c.rng
    num = make_card(r, r.choice(["visa", "mastercard"]))
    bad = str((int(num[-1]) + r.randint(1, 9)) % 10)
    num = num[:-1] + bad
    assert not luhn_ok(num)
    return N("NEG_CARD_LIKE", group_card(num, r.choice([" ", "-", ""])))


@gen("NHASH")
def g_nhash(c, arg, key):
    n = {"sha1": 40, "md5": 32, "sha256": 64}.get(arg or c.rng.choice(["sha1", "sha256", "md5"]))
    return N("NEG_HASH", rs(c.rng, HEX, n))


@gen("NB64")
def g_nb64(c, arg, key):
    r = c.rng
    raw = bytes(r.getrandbits(8) for _ in range(r.randint(30, 60)))
    pre = r.choice(["data:image/png;base64,iVBORw0KGgo", "JVBERi0xLjcK", "data:image/jpeg;base64,/9j/4AAQSkZJRg"])
    return N("NEG_B64", pre + base64.b64encode(raw).decode().rstrip("="))


@gen("NTITLE")
def g_ntitle(c, arg, key):
    return N("NEG_TITLECASE", c.rng.choice(TITLE[c.lang]))


@gen("NPKG")
def g_npkg(c, arg, key):
    return N("NEG_PKG_VERSION", c.rng.choice(PKGS))


@gen("NPLATE")
def g_nplate(c, arg, key):
    return N("NEG_PLATE", PLATE[c.loc](c.rng))


@gen("NGEO")
def g_ngeo(c, arg, key):
    r = c.rng
    base = {"en_US": (40.7, -74.0), "en_GB": (51.5, -0.12), "de_DE": (52.5, 13.4), "fr_FR": (48.85, 2.35),
            "ru_RU": (55.75, 37.62)}[c.loc]
    return N("NEG_COORDS", "%.5f, %.5f" % (base[0] + r.uniform(-.2, .2), base[1] + r.uniform(-.2, .2)))


# ---------- obfuscated entities:  {O:TYPE.kind}
def obf_zero_width(r, s):
    pos = sorted(r.sample(range(1, len(s)), min(len(s) - 1, r.randint(2, 4))))
    out, p = [], 0
    for q in pos:
        out.append(s[p:q])
        out.append(r.choice(ZW))
        p = q
    out.append(s[p:])
    return "".join(out)


def obf_homoglyph(r, s):
    table = CYR2LAT if any("\u0400" <= ch <= "\u04ff" for ch in s) else LAT2CYR
    idx = [i for i, ch in enumerate(s) if ch in table]
    if not idx:
        return None
    chosen = set(r.sample(idx, min(len(idx), r.randint(1, 3))))
    return "".join(table[ch] if i in chosen else ch for i, ch in enumerate(s))


def obf_fullwidth(s):
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() or ch == "@" else ch for ch in s)


@gen("O")
def g_obf(c, arg, key):
    r = c.rng
    typ, kind = arg.split(".")
    for _ in range(20):
        base = GEN[typ](c, None, None)
        ents = [s for s in base if s[1] is not None and s[1].kind == "E"]
        val = ents[0][0]
        t = ents[0][1]
        if kind == "zw":
            nv = obf_zero_width(r, val)
        elif kind == "homoglyph":
            nv = obf_homoglyph(r, val)
        elif kind == "fullwidth":
            nv = obf_fullwidth(val)
        elif kind == "spaced":
            nv = " ".join(ch for ch in val if ch.isalnum() or ch == "+")
        elif kind == "spelled":
            nv = " ".join(SPELL[c.lang][int(ch)] if ch.isdigit() else ("плюс" if c.lang == "ru" else "plus") for ch in val if ch.isdigit() or ch == "+")
        elif kind == "atdot":
            at, dot = r.choice(ATDOT[c.lang])
            u, dom = val.split("@")
            nv = u.replace(".", dot) + at + dom.replace(".", dot)
        elif kind == "defang":
            nv = val.replace(".", r.choice(["[.]", "(.)", "[.]"])) if typ == "IPV4" else val.replace(":", "[:]")
        else:
            raise ValueError(kind)
        if nv and nv != val:
            break
    else:
        raise RuntimeError("obfuscation failed %s" % arg)
    out = []
    for s in base:
        if s[1] is t:
            out.append((nv, Tag("E", t.type, t.sub, {"zw": "zero_width", "atdot": "at_dot_words", "spelled": "spelled_digits",
                                                      "spaced": "spaced_digits", "defang": "defanged"}.get(kind, kind)), False))
        else:
            out.append(s)
    return out


# ================================================================================================
# JSON emitter with offsets
# ================================================================================================
def esc(t, ea):
    return json.dumps(t, ensure_ascii=ea)[1:-1]


def emit(o, st, level, out):
    ea, ind = st["ea"], st["indent"]
    isep, ksep = st["seps"]
    if isinstance(o, Segs):
        out.append(('"', None, False))
        for t, tag, core in o:
            out.append((esc(t, ea), tag, core))
        out.append(('"', None, False))
    elif isinstance(o, Enc):
        inner = []
        emit(o.obj, {"ea": o.ea, "indent": None, "seps": (",", ":") if o.compact else (", ", ": ")}, 0, inner)
        emit(Segs(inner), st, level, out)
    elif isinstance(o, Raw):
        out.extend(o.s if isinstance(o.s, list) else [(json.dumps(o.s), None, False)])
    elif isinstance(o, dict):
        if not o:
            out.append(("{}", None, False))
            return
        out.append(("{", None, False))
        first = True
        for k, v in o.items():
            if not first:
                out.append((isep if ind is None else ",", None, False))
            if ind is not None:
                out.append(("\n" + " " * (ind * (level + 1)), None, False))
            first = False
            out.append((json.dumps(k, ensure_ascii=ea) + ksep, None, False))
            emit(v, st, level + 1, out)
        if ind is not None:
            out.append(("\n" + " " * (ind * level), None, False))
        out.append(("}", None, False))
    elif isinstance(o, list):
        if not o:
            out.append(("[]", None, False))
            return
        out.append(("[", None, False))
        for i, v in enumerate(o):
            if i:
                out.append((isep if ind is None else ",", None, False))
            if ind is not None:
                out.append(("\n" + " " * (ind * (level + 1)), None, False))
            emit(v, st, level + 1, out)
        if ind is not None:
            out.append(("\n" + " " * (ind * level), None, False))
        out.append(("]", None, False))
    else:
        out.append((json.dumps(o), None, False))


def pick_style(rng):
    k = rng.choice(["compact", "default", "indent2", "indent2", "indent4"])
    st = {"compact": {"indent": None, "seps": (",", ":")}, "default": {"indent": None, "seps": (", ", ": ")},
          "indent2": {"indent": 2, "seps": (",", ": ")}, "indent4": {"indent": 4, "seps": (",", ": ")}}[k]
    st["ea"] = rng.random() < 0.15
    st["name"] = k + ("+ascii" if st["ea"] else "")
    return st


def serialize(obj, st):
    out = []
    emit(obj, st, 0, out)
    return out


# ================================================================================================
# flatten segments into a document
# ================================================================================================
def flatten(segs):
    text_parts, pos = [], 0
    spans, order = {}, []
    for t, tag, core in segs:
        if tag is not None:
            k = id(tag)
            if k not in spans:
                spans[k] = [tag, pos, pos, None, None]
                order.append(k)
            sp = spans[k]
            sp[2] = pos + len(t)
            if core:
                if sp[3] is None:
                    sp[3] = pos
                sp[4] = pos + len(t)
        text_parts.append(t)
        pos += len(t)
    text = "".join(text_parts)
    ents, negs, ign = [], [], []
    for k in order:
        tag, s, e, cs, ce = spans[k]
        if e <= s:
            continue
        if tag.kind == "E":
            d = {"type": tag.type, "start": s, "end": e, "value": text[s:e]}
            if tag.sub:
                d["sub"] = tag.sub
            if cs is not None:
                d["core"] = [cs, ce]
            if tag.obf:
                d["obf"] = tag.obf
            ents.append(d)
        elif tag.kind == "N":
            negs.append({"type": tag.type, "start": s, "end": e, "value": text[s:e]})
        else:
            ign.append([s, e])
    ents.sort(key=lambda d: d["start"])
    negs.sort(key=lambda d: d["start"])
    ign.sort()
    return text, ents, negs, ign


# ================================================================================================
# templates
# ================================================================================================
TEMPLATES = []  # (shape, locale, name, kind, payload)


def S(shape, loc, name, s):
    """string template (chat / obfuscated)"""
    TEMPLATES.append((shape, loc, name, "str", s))


def J(loc, name, fn):
    """JSON template: fn(c) -> raw structure"""
    TEMPLATES.append(("json", loc, name, "json", fn))


def J4(loc, name, head, item, listkey):
    """json4k: head(c) -> dict containing listkey: [], item(c) -> one raw item"""
    TEMPLATES.append(("json4k", loc, name, "json4k", (head, item, listkey)))


def T4(loc, name, head, sections, tail, shape="text4k"):
    TEMPLATES.append((shape, loc, name, "sized", (head, sections, tail)))


# Placeholders: {NAME[#key][:arg]} -> see GEN; NAME starting with N = hard negative, O = obfuscated.

# ------------------------------------------------------------------------------------------------
# en_US
# ------------------------------------------------------------------------------------------------
L = "en_US"
S("chat", L, "ride_receipt",
  "Here's a cleaned-up version of your trip receipt:\n\n**Trip {NREF:trip}** on {NDATE:long}\n- Rider: {PERSON#r}\n- Driver: {PERSON} ({NPLATE}, {NTITLE})\n"
  "- Pickup: {ADDR}\n- Drop-off: {ADDR}\n- Distance: {NNUM:km} mi, fare {NPRICE:8-60}\n\nThe receipt was also sent to {EMAIL:r}.")
S("chat", L, "driver_onboarding",
  "I've filled in the background-check form for the new driver. Name: {PERSON}, DOB {DOB:num}, SSN {SSN}, "
  "home address {ADDR}. Vehicle plate {NPLATE} is already on the fleet list (fleet ticket {NREF:ticket}). Want me to submit it?")
S("chat", L, "rental_pickup",
  "Your rental is confirmed! Confirmation number {NREF:book}. Primary driver {PERSON}, born {DOB:long}. "
  "We'll pre-authorize {NPRICE:150-400} on the Visa you gave us ({CARD:visa}). Pickup counter opens at 7:30 AM at Terminal B.")
S("chat", L, "parking_ticket_help",
  "Sure - here's a draft appeal for citation {NREF:pcn} issued {NDATE:num} to plate {NPLATE}:\n\n"
  "\"To whom it may concern, my name is {PERSON} and I live at {ADDR}. The meter at that block was out of order...\"\n\n"
  "Add your phone number ({PHONE}) so the hearing officer can reach you.")
S("chat", L, "ev_charging_support",
  "Looks like your charging session {NREF:session} stopped at {NNUM:kwh} kWh. The account holder on file is {PERSON}, {EMAIL}, "
  "and the backup card is {CARD}. I've refunded {NPRICE:3-25}; the charger firmware is {NVER}.")
S("chat", L, "game_recovery",
  "To recover the account I verified the following: email {EMAIL}, date of birth {DOB:num}, last login from {IPV4} "
  "on {NTS:isoz}. The old password `{PW}` has been reset, and the session UUID {NUUID} was revoked.")
S("chat", L, "newsroom_source",
  "Source notes for the transit-fare story: spoke with {PERSON} (bus operator, 14 yrs), cell {PHONE}. "
  "A second source, {PERSON}, asked not to be named in print; reachable at {EMAIL}. Filed under {NTITLE}, draft rev {NHASH:sha1}.")
S("chat", L, "church_directory",
  "I updated the parish directory entry: {PERSON} and {PERSON} moved to {ADDR}; new home phone {PHONE}. "
  "Their tithe is now paid by ACH - routing info is in the finance folder, reference {NREF:order}.")
S("chat", L, "marketplace_msg",
  "Buyer message draft: \"Hi, I'm interested in the e-bike (listing {NREF:listing}, {NPRICE:300-900}). Can I pick it up Saturday? "
  "I'm {PERSON}, text me at {PHONE}. My address for the bill of sale is {ADDR}.\"")
S("chat", L, "deploy_keys",
  "I found these in the rideshare app's `.env.production` - rotate them now:\n```\nSTRIPE_KEY={SECRET:stripe_secret}\nGOOGLE_MAPS_KEY={SECRET:google_api_key}\n"
  "DATABASE_URL={DBURL}\n```\nThe build pinned {NPKG} and {NPKG}; server {IPV4:private} / {IPV6}.")
J(L, "trip_api", lambda c: {
    "trip_id": "{NREF:trip}", "status": "completed", "requested_at": "{NTS:isoz}",
    "rider": {"name": "{PERSON#r}", "email": "{EMAIL:r}", "phone": "{PHONE}"},
    "driver": {"name": "{PERSON}", "vehicle": {"plate": "{NPLATE}", "model": "Toyota Camry"}},
    "route": {"pickup": {"address": "{STREET}", "city": "{CITY}", "coords": "{NGEO}"}, "dropoff": {"address": "{STREET}", "city": "{CITY}"}},
    "fare": {"total": "{NPRICE:9-70}", "distance_mi": Raw("{NNUM:km}")}})
J(L, "rental_profile", lambda c: {
    "reservation": "{NREF:book}", "renter": {"first_name": "{FIRST#a}", "last_name": "{LAST#a}", "dob": "{DOB:iso}",
                                             "ssn_last_check": "{SSN}", "email": "{EMAIL:a}"},
    "payment": {"card": "{CARD}", "auth_hold": "{NPRICE:200-500}"}, "app": "{NPKG}"})
J(L, "fitness_export", lambda c: {
    "export_version": "{NVER}", "profile": {"display_name": "{PERSON}", "birthday": "{DOB:iso}", "email": "{EMAIL}",
                                            "phone": "{PHONE}", "clinic_link": {"mrn": "{MRN}", "consent_id": "{NUUID}"}},
    "workouts": [{"start": "{NTS:isoz}", "steps": Raw("{NNUM:int}"), "badge": "{NTITLE}"}]})
J(L, "support_ticket_enc", lambda c: {
    "ticket": "{NREF:ticket}", "channel": "in-app", "payload": Enc({"customer": "{PERSON}", "email": "{EMAIL}", "ip": "{IPV4}",
                                                                    "message": "Can't log in after the update.\nMy card {CARD} was charged twice."}),
    "received": "{NTS:iso}"})
J(L, "cred_dump", lambda c: {
    "source": "paste", "hash": "{NHASH:sha256}", "records": [
        {"email": "{EMAIL}", "password": "{PW}", "last_ip": "{IPV4}"},
        {"email": "{EMAIL}", "password": "{PW}", "last_ip": "{IPV6}"},
        {"svc": "twitch", "token": "{SECRET:twitch_oauth}"}]})
J(L, "streaming_account", lambda c: {
    "account": {"holder": "{PERSON}", "email": "{EMAIL}", "billing_address": "{STREET}", "zip": "{ZIP}",
                "plan": "{NTITLE}", "card_on_file": "{CARD}"},
    "devices": [{"id": "{NUUID}", "ip": "{IPV4}", "app": "{NVER}"}], "notes": "Renewal on {NDATE:num}.\nNo chargebacks."})
J4(L, "fleet_trips", lambda c: {"fleet": "{NTITLE}", "export": "{NTS:isoz}", "trips": []},
   lambda c: {"id": "{NREF:trip}", "rider": "{PERSON}", "rider_phone": "{PHONE}", "from": "{STREET}", "to": "{STREET}",
              "fare": "{NPRICE:7-80}", "at": "{NTS:isoz}"}, "trips")
J4(L, "church_members", lambda c: {"congregation": "{NTITLE}", "members": []},
   lambda c: {"name": "{PERSON}", "born": "{DOB:iso}", "email": "{EMAIL}", "address": "{STREET}", "city": "{CITY}",
              "member_since": "{NDATE:iso}"}, "members")
J4(L, "game_audit", lambda c: {"service": "matchmaking", "build": "{NVER}", "events": []},
   lambda c: {"event": "login", "user_email": "{EMAIL}", "ip": "{IPV4}", "ts": "{NTS:epoch}", "session": "{NUUID}"}, "events")
T4(L, "penalty_batch",
   "PARKING ENFORCEMENT - NOTICE BATCH {NREF:order}\nGenerated {NTS:space}\n\n",
   ["Citation {NREF:pcn} | Plate {NPLATE} | Issued {NDATE:num}\nRegistered owner: {PERSON}\nMailing address: {ADDR}\nAmount due: {NPRICE:35-120}\n\n",
    "Citation {NREF:pcn} | Plate {NPLATE}\nOwner {PERSON}, {ADDR}. Phone on DMV record: {PHONE}. Late fee applies after {NDATE:long}.\n\n"],
   "End of batch. Questions: {EMAILW}\n")
T4(L, "newsroom_log",
   "NEWSROOM - CONTACT LOG (transportation desk)\n\n",
   ["- {PERSON}, rideshare driver, {PHONE}. Says the app deactivated him after a rating dip. Lives near {ADDR}.\n",
    "- {PERSON} (union rep) - {EMAIL}, office line {PHONE}. Meeting set for {NDATE:long}.\n",
    "- Document from {PERSON}: internal memo hash {NHASH:md5}, version {NVER}.\n"],
   "\nDo not share outside the desk.\n")
T4(L, "marketplace_thread",
   "Marketplace conversation export - listing {NREF:listing}\n\n",
   ["Seller ({PERSON}): Still available. {NPRICE:50-400} firm. Pickup at {ADDR}.\n",
    "Buyer ({PERSON}): Great, I can Venmo or pay card. Reach me at {PHONE} or {EMAIL}.\n",
    "System: Offer {NREF:order} created {NTS:isoz}.\n"],
   "\n-- end of export --\n")
S("obfuscated", L, "obf_recovery",
  "Account recovery request: my email is {O:EMAIL.atdot} and my phone {O:PHONE.spaced}. Card used: {O:CARD.fullwidth}. Ticket {NREF:ticket}.")
S("obfuscated", L, "obf_driver",
  "Driver {O:PERSON.homoglyph} (SSN {O:SSN.zw}) requested payout review. Login IP {O:IPV4.defang}, plate {NPLATE}.")
S("obfuscated", L, "obf_forum",
  "posting my old gaming acct for sale lol. dm me: {O:PHONE.spelled} or {O:EMAIL.zw}. dob {O:DOB.zw}. price {NPRICE:20-90}")
T4(L, "genealogy_long",
   "0 HEAD\n1 SOUR FamilyTreeApp\n2 VERS {NVER}\n1 CHAR UTF-8\n",
   ["0 @I{NNUM:int}@ INDI\n1 NAME {PERSON}\n1 BIRT\n2 DATE {DOB:gedcom}\n2 PLAC {CITY}\n1 RESI\n2 ADDR {STREET}\n1 EMAIL {EMAIL}\n",
    "0 @I{NNUM:int}@ INDI\n1 NAME {PERSON}\n1 BIRT\n2 DATE {DOB:gedcom}\n1 DEAT\n2 DATE {NDATE:iso}\n1 NOTE uploaded {NTS:space}\n",
    "0 @F{NNUM:int}@ FAM\n1 NOTE Contact for this branch: {PERSON}, {PHONE}\n",
    "0 @I{NNUM:int}@ INDI\n1 NAME {PERSON}\n1 BIRT\n2 DATE {DOB:gedcom}\n1 SSN {SSN}\n1 NOTE SSDI match {NREF:order}\n"],
   "0 TRLR\n", shape="long64k")

# ------------------------------------------------------------------------------------------------
# en_GB
# ------------------------------------------------------------------------------------------------
L = "en_GB"
S("chat", L, "minicab_booking",
  "Right, your minicab is booked. Booking ref {NREF:book}. The driver, {PERSON}, will collect you from {ADDR} at 06:15 "
  "and take you to Heathrow T5. Any delays, he'll ring {PHONE}. Quoted fare {NPRICE:25-80}.")
S("chat", L, "pcn_challenge",
  "Here's a formal challenge you could send to the council about PCN {NREF:pcn}:\n\nDear Sir or Madam,\nI am the registered keeper of "
  "{NPLATE}. My name is {PERSON} and my address is {ADDR}. On {NDATE:long} the bay markings were obscured by roadworks...\n\nYours faithfully")
S("chat", L, "car_club_join",
  "Thanks for joining the car club! We've got you down as {PERSON}, date of birth {DOB:long}, contact {EMAIL}. "
  "Monthly fees will be collected by Direct Debit from {IBAN}. Your member number is {NREF:order}.")
S("chat", L, "nhs_fitness_link",
  "I've linked your step-tracker to the GP practice portal. Details used: {PERSON}, NHS number {MRN}, born {DOB:num}, "
  "mobile {PHONE}. Sync started {NTS:space}; watch version {NVER}.")
S("chat", L, "ev_tariff",
  "Your home charger account has been moved to the {NTITLE} tariff. Account holder {PERSON}, {STREET}. "
  "Payments from sort-coded account {IBAN}. Session {NUUID} used {NNUM:kwh} kWh.")
S("chat", L, "journo_notes",
  "Notes from today's interviews on the bus-lane cameras: {PERSON} (retired cabbie) - {PHONE}; {PERSON}, councillor, {EMAIL}. "
  "Leaked spreadsheet came from {IPV4} according to the metadata. Story slug {NTITLE}.")
S("chat", L, "gaming_support",
  "Cheers for waiting. I can see two logins to your account from {IPV4} and {IPV6} on {NDATE:num}. "
  "The email on the account is {EMAIL}. I've forced a reset - please don't reuse `{PW}` again.")
S("chat", L, "club_treasurer",
  "Cycling club subs reconciliation: {PERSON} paid {NPRICE:20-60} from {IBAN}; {PERSON} still owes. "
  "Address on the register: {ADDR}. Spreadsheet checksum {NHASH:md5}.")
S("chat", L, "marketplace_scam_warning",
  "That message looks like a scam. The 'buyer' asked you to send the van's logbook to {ADDR} and pay a 'courier fee' to {IBAN}. "
  "Don't reply to {PHONE}. Report listing {NREF:listing} instead.")
S("chat", L, "ci_secret_leak",
  "The CI log for the ticketing app printed a Slack token `{SECRET:slack_token}` and a SendGrid key `{SECRET:sendgrid_key}`. "
  "Both are live. Build {NHASH:sha1} used {NPKG}.")
J(L, "cab_dispatch", lambda c: {
    "job": "{NREF:book}", "account": "{NTITLE}",
    "passenger": {"name": "{PERSON}", "mobile": "{PHONE}"}, "pickup": {"line1": "{STREET}", "town": "{CITY}", "postcode": "{ZIP}"},
    "driver": {"name": "{PERSON}", "badge": "{NNUM:int}", "vehicle": "{NPLATE}"}, "eta": "{NTS:isoz}"})
J(L, "pcn_record", lambda c: {
    "pcn": "{NREF:pcn}", "contravention_code": "12", "issued": "{NDATE:iso}",
    "keeper": {"name": "{PERSON}", "address": ["{STREET}", "{CITY}", "{ZIP}"]}, "vrm": "{NPLATE}", "amount": "{NPRICE:35-130}"})
J(L, "health_app", lambda c: {
    "user": {"name": "{PERSON}", "dob": "{DOB:iso}", "nhs_number": "{MRN}", "email": "{EMAIL}"},
    "readings": [{"t": "{NTS:isoz}", "hr": Raw("{NNUM:small}")}, {"t": "{NTS:isoz}", "hr": Raw("{NNUM:small}")}],
    "device_fw": "{NVER}"})
J(L, "webhook_enc", lambda c: {
    "event": "payment.failed", "id": "{NUUID}",
    "data": Enc({"member": "{PERSON}", "mandate_iban": "{IBAN}", "email": "{EMAIL}", "note": "Bank said:\n\"account closed\""}, compact=False)})
J(L, "club_register", lambda c: {
    "club": "{NTITLE}", "secretary": {"name": "{PERSON}", "email": "{EMAIL}", "phone": "{PHONE}"},
    "members": [{"name": "{PERSON}", "address": "{STREET}", "joined": "{NDATE:num}"}, {"name": "{PERSON}", "address": "{STREET}", "joined": "{NDATE:num}"}]})
J(L, "bot_config", lambda c: {
    "discord": {"token": "{SECRET:discord_bot_token}", "guild": "{NNUM:int}"}, "openai": {"key": "{SECRET:openai_key}"},
    "admin_contact": "{EMAIL}", "allowed_ips": ["{IPV4}", "{IPV4:private}"], "version": "{NVER}"})
J4(L, "cab_ledger", lambda c: {"operator": "{NTITLE}", "period": "{NDATE:iso}", "jobs": []},
   lambda c: {"ref": "{NREF:book}", "passenger": "{PERSON}", "pickup": "{STREET}", "mobile": "{PHONE}", "fare": "{NPRICE:6-70}",
              "plate": "{NPLATE}"}, "jobs")
J4(L, "gym_members", lambda c: {"site": "{NTITLE}", "members": []},
   lambda c: {"member": "{PERSON}", "dob": "{DOB:num}", "email": "{EMAIL}", "dd_iban": "{IBAN}", "tag": "{NHASH:md5}"}, "members")
J4(L, "stream_logins", lambda c: {"service": "{NTITLE}", "window": "{NTS:isoz}", "rows": []},
   lambda c: {"email": "{EMAIL}", "ip": "{IPV6}", "device": "{NUUID}", "ok": True}, "rows")
T4(L, "council_notices",
   "PENALTY CHARGE NOTICES - POSTAL RUN {NREF:order}\n\n",
   ["PCN {NREF:pcn}  VRM {NPLATE}  Date {NDATE:num}\nKeeper: {PERSON}\n{ADDR}\nAmount {NPRICE:35-130} (reduced if paid within 14 days)\n\n",
    "PCN {NREF:pcn}  VRM {NPLATE}\nKeeper: {PERSON}, {ADDR}\nTel (from DVLA enquiry): {PHONE}\n\n"],
   "Printed {NTS:space}\n")
T4(L, "parish_register",
   "ST ALBAN'S PARISH - ELECTORAL ROLL EXTRACT\n\n",
   ["{PERSON}, {ADDR}. Tel {PHONE}. Born {DOB:long}.\n",
    "{PERSON} - {EMAIL} - Gift Aid declaration {NREF:order} signed {NDATE:num}.\n",
    "Flower rota: {NTITLE} on {NDATE:long}.\n"],
   "\nFor church use only.\n")
T4(L, "esports_incident",
   "INCIDENT REPORT - ranked ladder compromise\n\n",
   ["Account {EMAIL} logged in from {IPV4} at {NTS:isoz}; password was `{PW}`.\n",
    "Token seen in logs: {SECRET:jwt}\n",
    "Player {PERSON} reported it via {PHONE}. Client {NVER}.\n"],
   "\nStatus: contained.\n")
S("obfuscated", L, "obf_minicab",
  "Cab for {O:PERSON.zw}, ring {O:PHONE.fullwidth} on arrival. Pickup {O:STREET.homoglyph}. Ref {NREF:book}.")
S("obfuscated", L, "obf_club",
  "Subs to {O:IBAN.zw} please, and send the receipt to {O:EMAIL.atdot}. Questions: {O:PHONE.spelled}.")
S("obfuscated", L, "obf_leak",
  "saw this on a forum: admin mail {O:EMAIL.homoglyph}, box {O:IPV4.defang}, NHS {O:MRN.spaced}, build {NVER}")
T4(L, "newsroom_archive_long",
   "ARCHIVE - TRANSPORT DESK SOURCES 2019-2025\n\n",
   ["Source: {PERSON}. Role: taxi driver. Mobile {PHONE}. Home {ADDR}. First contact {NDATE:long}.\n",
    "Source: {PERSON}. Email {EMAIL}. Notes: provided app screenshots ({NB64}).\n",
    "Story {NREF:order} - {NTITLE} - filed {NTS:space}\n"],
   "END\n", shape="long64k")

# ------------------------------------------------------------------------------------------------
# de_DE
# ------------------------------------------------------------------------------------------------
L = "de_DE"
S("chat", L, "taxi_quittung",
  "Hier ist die Quittung für Ihre Fahrt am {NDATE:num}:\n\nFahrgast: {PERSON}\nFahrer: {PERSON} (Konzession {NNUM:int}, Kennzeichen {NPLATE})\n"
  "Start: {ADDR}\nZiel: {ADDR}\nStrecke: {NNUM:km} km · Betrag: {NPRICE:9-75} inkl. MwSt.\nFahrt-Nr. {NREF:trip}")
S("chat", L, "bussgeld_einspruch",
  "Gerne, hier ein Entwurf für den Einspruch gegen den Bußgeldbescheid (Aktenzeichen {NREF:az}):\n\n"
  "Sehr geehrte Damen und Herren,\nhiermit lege ich, {PERSON}, wohnhaft {ADDR}, geboren am {DOB:num}, Einspruch ein. "
  "Das Fahrzeug {NPLATE} wurde zum Tatzeitpunkt nicht von mir geführt.\n\nMit freundlichen Grüßen")
S("chat", L, "carsharing_anmeldung",
  "Deine Carsharing-Registrierung ist fast fertig. Wir haben: {PERSON}, geb. {DOB:long}, {EMAIL}, Handy {PHONE}. "
  "Abgebucht wird per SEPA-Lastschrift von {IBAN}. Kundennummer {NREF:order}.")
S("chat", L, "ladekarte",
  "Deine Ladekarte wurde gesperrt, weil die hinterlegte Kreditkarte ({CARD}) abgelehnt wurde. Kontoinhaber laut System: {PERSON}, "
  "Rechnungsadresse {ADDR}. Ladevorgang {NREF:session} mit {NNUM:kwh} kWh ist noch offen ({NPRICE:5-40}).")
S("chat", L, "fitness_export_de",
  "Ich habe deinen Export aus der Fitness-App zusammengefasst: Profilname {PERSON}, Geburtsdatum {DOB:num}, E-Mail {EMAIL}. "
  "Die Patientennummer deiner Praxis ({MRN}) ist noch im Feld „Notizen“ gespeichert - die solltest du löschen. Uhr-Firmware {NVER}.")
S("chat", L, "spielkonto_hack",
  "Laut Protokoll wurde dein Spielkonto am {NDATE:num} von der IP {IPV4} übernommen. Danach wurde die E-Mail auf {EMAIL} geändert. "
  "Dein altes Passwort lautete `{PW}` - bitte nirgendwo sonst mehr verwenden. Vorgang {NREF:ticket}.")
S("chat", L, "redaktion_quellen",
  "Gesprächsnotizen Lokalredaktion: {PERSON}, Busfahrerin bei den Stadtwerken, erreichbar unter {PHONE}. "
  "Außerdem {PERSON} vom Fahrgastverband, {EMAIL}. Treffpunkt war {ADDR}. Rubrik {NTITLE}.")
S("chat", L, "verein_mitglied",
  "Neues Mitglied im Schützenverein: {PERSON}, geboren {DOB:long}, {ADDR}, Tel. {PHONE}. "
  "Beitrag jährlich {NPRICE:30-90}, Einzug von {IBAN}. Mitgliedsnummer {NREF:order}.")
S("chat", L, "kleinanzeige",
  "Antwortvorschlag für die Kleinanzeige (Anzeigen-ID {NREF:listing}): „Hallo, das Lastenrad ist noch da, {NPRICE:200-1500} VB. "
  "Abholung bei mir in der {STREET}. Melde dich gern unter {PHONE}. Viele Grüße, {PERSON}“")
S("chat", L, "app_secrets",
  "In der `config.yaml` der Lade-App stehen Klartext-Schlüssel:\n```yaml\naws_access_key_id: {SECRET:aws_access_key_id}\n"
  "aws_secret_access_key: {SECRET:aws_secret_access_key}\nbackend_token: {SECRET:generic_api_key}\n```\nBetroffen ist Build {NHASH:sha1} ({NPKG}).")
J(L, "fahrt_api", lambda c: {
    "fahrtId": "{NREF:trip}", "zeitpunkt": "{NTS:iso}",
    "fahrgast": {"vorname": "{FIRST#a}", "nachname": "{LAST#a}", "email": "{EMAIL:a}", "telefon": "{PHONE}"},
    "abholung": {"strasse": "{STREET}", "plz": "{ZIP}", "ort": "{CITY}"}, "geo": "{NGEO}", "preis": "{NPRICE:8-60}"})
J(L, "bussgeld_datensatz", lambda c: {
    "aktenzeichen": "{NREF:az}", "tatzeit": "{NTS:space}", "kennzeichen": "{NPLATE}",
    "halter": {"name": "{PERSON}", "anschrift": "{STREET}", "ort": "{CITY}", "geburtsdatum": "{DOB:num}"},
    "verwarngeld": "{NPRICE:10-80}", "zahlung": {"empfaenger_iban": "{IBAN}"}})
J(L, "ladekonto", lambda c: {
    "konto": {"inhaber": "{PERSON}", "email": "{EMAIL}", "mobil": "{PHONE}", "zahlungsmittel": {"typ": "kreditkarte", "nummer": "{CARD}"}},
    "rfid": "{NHASH:md5}", "sitzungen": [{"id": "{NUUID}", "kwh": Raw("{NNUM:int}"), "ende": "{NTS:isoz}"}]})
J(L, "support_enc", lambda c: {
    "kanal": "chat", "verlauf": Enc([{"von": "kunde", "text": "Hallo, ich bin {PERSON}.\nMeine Adresse ist {STREET}, bitte Rechnung korrigieren."},
                                     {"von": "agent", "text": "Danke! Ticket {NREF:ticket} angelegt."}], ea=True), "erstellt": "{NTS:isoz}"})
J(L, "mitgliederliste", lambda c: {
    "verein": "{NTITLE}", "stand": "{NDATE:iso}", "mitglieder": [
        {"name": "{PERSON}", "geburtstag": "{DOB:iso}", "iban": "{IBAN}"},
        {"name": "{PERSON}", "geburtstag": "{DOB:iso}", "email": "{EMAIL}"}]})
J(L, "leak_dump", lambda c: {
    "quelle": "Forum-Paste", "sha256": "{NHASH:sha256}", "eintraege": [
        "{EMAIL}:{PW}", "{EMAIL}:{PW}"], "tokens": {"github": "{SECRET:github_pat}", "stripe": "{SECRET:stripe_secret}"},
    "server": "{IPV4}"})
J4(L, "fahrtenbuch", lambda c: {"unternehmen": "{NTITLE}", "monat": "{NDATE:iso}", "fahrten": []},
   lambda c: {"nr": "{NREF:trip}", "fahrgast": "{PERSON}", "von": "{STREET}", "nach": "{STREET}", "km": "{NNUM:km}",
              "betrag": "{NPRICE:8-90}"}, "fahrten")
J4(L, "gemeindeliste", lambda c: {"gemeinde": "{NTITLE}", "personen": []},
   lambda c: {"name": "{PERSON}", "geb": "{DOB:num}", "strasse": "{STREET}", "ort": "{CITY}", "tel": "{PHONE}"}, "personen")
J4(L, "server_log_de", lambda c: {"dienst": "streaming-auth", "version": "{NVER}", "eintraege": []},
   lambda c: {"zeit": "{NTS:isoz}", "nutzer": "{EMAIL}", "ip": "{IPV4}", "req": "{NUUID}"}, "eintraege")
T4(L, "anhoerungsbogen",
   "Stapelverarbeitung Anhörungsbögen – Lauf {NREF:order}\n\n",
   ["Az. {NREF:az} · Kennzeichen {NPLATE} · Tattag {NDATE:num}\nHalter/in: {PERSON}\nAnschrift: {ADDR}\nVerwarngeld: {NPRICE:10-80}\n\n",
    "Az. {NREF:az} · Kennzeichen {NPLATE}\nHalter/in: {PERSON}, geb. {DOB:num}, {ADDR}\n\n"],
   "Ende des Laufs.\n")
T4(L, "recherche_protokoll",
   "RECHERCHEPROTOKOLL – Thema E-Scooter-Verleih\n\n",
   ["{PERSON} (Anwohnerin) – {PHONE} – wohnt {ADDR}.\n",
    "{PERSON}, Pressestelle: {EMAILW}; privat {EMAIL}.\n",
    "Dokument-Hash {NHASH:sha1}, Stand {NDATE:long}.\n"],
   "\nVertraulich.\n")
T4(L, "flohmarkt_chat",
   "Chatverlauf Kleinanzeigen, Anzeige {NREF:listing}\n\n",
   ["Verkäufer {PERSON}: Ist noch da, {NPRICE:20-300} VB. Abholung {ADDR}.\n",
    "Käufer {PERSON}: Kann ich per Überweisung zahlen? Schick mir deine IBAN. Meine Nummer: {PHONE}\n",
    "Verkäufer: Klar: {IBAN}\n"],
   "\n– Ende –\n")
S("obfuscated", L, "obf_ladekarte",
  "Kontoinhaber {O:PERSON.homoglyph}, Mail {O:EMAIL.atdot}, Karte {O:CARD.spaced}. Session {NREF:session}.")
S("obfuscated", L, "obf_verein",
  "Bitte den Beitrag an {O:IBAN.fullwidth} überweisen, Rückfragen unter {O:PHONE.spelled}. Geburtstag von {PERSON}: {O:DOB.zw}.")
S("obfuscated", L, "obf_server",
  "Zugriff von {O:IPV4.defang} und {O:IPV6.zw}, Login {O:EMAIL.zw}. Kennzeichen {NPLATE} ist kein Personenbezug.")
T4(L, "ahnentafel_long",
   "AHNENTAFEL – Export aus Stammbaum-App (Version {NVER})\n\n",
   ["Person {NNUM:int}: {PERSON}, * {DOB:long} in {CITY}, wohnhaft {ADDR}.\n",
    "Person {NNUM:int}: {PERSON}, * {DOB:num}, † {NDATE:num}. Quelle: Kirchenbuch {NREF:order}.\n",
    "Ansprechpartner für diesen Zweig: {PERSON}, {EMAIL}, {PHONE}.\n"],
   "\nEnde der Ahnentafel.\n", shape="long64k")

# ------------------------------------------------------------------------------------------------
# fr_FR
# ------------------------------------------------------------------------------------------------
L = "fr_FR"
S("chat", L, "vtc_recu",
  "Voici le récapitulatif de votre course VTC du {NDATE:long} :\n\n• Passager : {PERSON}\n• Chauffeur : {PERSON} — véhicule {NPLATE}\n"
  "• Prise en charge : {ADDR}\n• Dépose : {ADDR}\n• Montant TTC : {NPRICE:12-80}\n\nRéférence de course {NREF:trip}.")
S("chat", L, "contravention_contestation",
  "Voici un modèle de contestation pour l'avis de contravention n° {NREF:fr} :\n\n« Je soussigné(e) {PERSON}, né(e) le {DOB:long}, "
  "demeurant {ADDR}, conteste l'infraction relevée le {NDATE:num} concernant le véhicule immatriculé {NPLATE}. »")
S("chat", L, "autopartage_inscription",
  "Bienvenue dans le service d'autopartage ! Récapitulatif de votre dossier : {PERSON}, {EMAIL}, {PHONE}. "
  "Le prélèvement SEPA sera effectué sur le compte {IBAN}. Numéro d'abonné {NREF:order}.")
S("chat", L, "borne_recharge",
  "La session de recharge {NREF:session} a été interrompue à {NNUM:kwh} kWh. Titulaire du compte : {PERSON}, "
  "carte de paiement {CARD}. Un avoir de {NPRICE:2-20} a été crédité. Version du firmware de la borne : {NVER}.")
S("chat", L, "sante_connectee",
  "Voici l'export de ton appli de sport : profil {PERSON}, date de naissance {DOB:num}, courriel {EMAIL}, portable {PHONE}. "
  "Le numéro de dossier patient {MRN} apparaît aussi dans la synchronisation avec l'hôpital - pense à le retirer.")
S("chat", L, "compte_jeu",
  "Bonjour, votre compte de jeu a été récupéré. Vérifications effectuées : adresse {EMAIL}, dernière connexion depuis {IPV6} "
  "le {NTS:space}. Le mot de passe compromis (`{PW}`) a été invalidé. Dossier {NREF:ticket}.")
S("chat", L, "notes_redaction",
  "Notes pour l'article sur les trottinettes : témoin {PERSON}, joignable au {PHONE}, habite {ADDR}. "
  "Deuxième source : {PERSON}, {EMAIL}, ne veut pas être citée. Rubrique {NTITLE}.")
S("chat", L, "paroisse_registre",
  "J'ai mis à jour le registre de la paroisse : {PERSON}, née le {DOB:long}, {ADDR}, tél. {PHONE}. "
  "Le don mensuel de {NPRICE:10-50} est prélevé sur {IBAN}.")
S("chat", L, "annonce_reponse",
  "Proposition de réponse à l'annonce {NREF:listing} : « Bonjour, le vélo est toujours disponible à {NPRICE:80-600}. "
  "Vous pouvez passer le voir au {STREET}. Appelez-moi au {PHONE}. Cordialement, {PERSON} »")
S("chat", L, "fuite_cles",
  "Attention, le dépôt public de l'appli contient des secrets :\n```\nJWT_ADMIN={SECRET:jwt}\nMAPS_API_KEY={SECRET:google_api_key}\nMONGO_URI={DBURL}\n```\n"
  "Commit {NHASH:sha1}, dépendance {NPKG}, serveur {IPV4}.")
J(L, "course_api", lambda c: {
    "course": {"ref": "{NREF:trip}", "date": "{NTS:iso}", "passager": {"nom": "{PERSON}", "tel": "{PHONE}", "email": "{EMAIL}"},
               "depart": {"adresse": "{STREET}", "code_postal": "{ZIP}", "ville": "{CITY}"}, "gps": "{NGEO}"},
    "tarif": {"ttc": "{NPRICE:10-70}", "km": Raw("{NNUM:int}")}})
J(L, "avis_contravention", lambda c: {
    "numero_avis": "{NREF:fr}", "date_infraction": "{NDATE:iso}", "immatriculation": "{NPLATE}",
    "titulaire": {"prenom": "{FIRST#t}", "nom": "{LAST#t}", "adresse": "{STREET}", "ville": "{CITY}", "ne_le": "{DOB:num}"},
    "montant": "{NPRICE:35-135}"})
J(L, "profil_fitness", lambda c: {
    "profil": {"pseudo": "runner_{NNUM:small}", "nom_complet": "{PERSON}", "naissance": "{DOB:iso}", "email": "{EMAIL}",
               "dossier_hopital": "{MRN}"},
    "seances": [{"debut": "{NTS:isoz}", "pas": Raw("{NNUM:int}")}], "appli": "{NVER}"})
J(L, "ticket_enc", lambda c: {
    "ticket": "{NREF:ticket}", "message_brut": Enc({"client": "{PERSON}", "iban": "{IBAN}", "ip": "{IPV4}",
                                                     "texte": "Bonjour,\nje n'arrive plus à me connecter à mon abonnement."}, ea=True)})
J(L, "asso_adherents", lambda c: {
    "association": "{NTITLE}", "bureau": [{"role": "présidente", "nom": "{PERSON}", "tel": "{PHONE}"},
                                            {"role": "trésorier", "nom": "{PERSON}", "email": "{EMAIL}", "iban": "{IBAN}"}],
    "ag": "{NDATE:long}"})
J(L, "streaming_compte", lambda c: {
    "abonne": {"nom": "{PERSON}", "courriel": "{EMAIL}", "carte": "{CARD}"},
    "connexions": [{"ip": "{IPV4}", "quand": "{NTS:isoz}"}, {"ip": "{IPV6}", "quand": "{NTS:isoz}"}], "offre": "{NTITLE}"})
J4(L, "journal_courses", lambda c: {"societe": "{NTITLE}", "courses": []},
   lambda c: {"ref": "{NREF:trip}", "client": "{PERSON}", "depart": "{STREET}", "arrivee": "{STREET}", "tel": "{PHONE}",
              "prix": "{NPRICE:9-70}"}, "courses")
J4(L, "fichier_adherents", lambda c: {"club": "{NTITLE}", "saison": "2025", "adherents": []},
   lambda c: {"nom": "{PERSON}", "ne_le": "{DOB:num}", "courriel": "{EMAIL}", "iban": "{IBAN}"}, "adherents")
J4(L, "journal_connexions", lambda c: {"service": "jeu-en-ligne", "build": "{NVER}", "lignes": []},
   lambda c: {"compte": "{EMAIL}", "ip": "{IPV4}", "ts": "{NTS:isoz}", "id": "{NUUID}"}, "lignes")
T4(L, "avis_lot",
   "LOT D'AVIS DE CONTRAVENTION — édition {NTS:space}\n\n",
   ["Avis n° {NREF:fr} — véhicule {NPLATE} — {NDATE:num}\nTitulaire du certificat : {PERSON}\n{ADDR}\nMontant forfaitaire : {NPRICE:35-135}\n\n",
    "Avis n° {NREF:fr} — véhicule {NPLATE}\nTitulaire : {PERSON}, né(e) le {DOB:num}, {ADDR}\n\n"],
   "Fin du lot.\n")
T4(L, "carnet_journaliste",
   "CARNET DE SOURCES — rubrique transports\n\n",
   ["{PERSON}, chauffeur de taxi, {PHONE}, {ADDR}.\n",
    "{PERSON} (syndicat) : {EMAIL}. Rendez-vous le {NDATE:long}.\n",
    "Pièce jointe reçue : {NB64}\n"],
   "\nNe pas diffuser.\n")
T4(L, "echanges_annonce",
   "Conversation — annonce {NREF:listing}\n\n",
   ["Vendeur ({PERSON}) : toujours dispo, {NPRICE:20-500}. Remise en main propre au {STREET}.\n",
    "Acheteur ({PERSON}) : je peux virer sur votre compte ? Mon numéro : {PHONE}\n",
    "Vendeur : oui, voici mon IBAN {IBAN}\n"],
   "\n— fin —\n")
S("obfuscated", L, "obf_vtc",
  "Chauffeur {O:PERSON.zw}, tél. {O:PHONE.spelled}, course {NREF:trip}. Client joignable à {O:EMAIL.atdot}.")
S("obfuscated", L, "obf_asso",
  "Cotisation à virer sur {O:IBAN.spaced} pour {O:PERSON.homoglyph} ; reçu à {O:EMAIL.zw}. Portable : {O:PHONE.fullwidth}.")
S("obfuscated", L, "obf_fuite",
  "extrait du dump : {O:CARD.zw} / {O:IPV4.defang} / né le {O:DOB.homoglyph} — version {NVER}")
T4(L, "genealogie_long",
   "ARBRE GÉNÉALOGIQUE — export GEDCOM simplifié\n\n",
   ["INDI {NNUM:int} : {PERSON}, naissance {DOB:long} à {CITY}, résidence {ADDR}.\n",
    "INDI {NNUM:int} : {PERSON}, naissance {DOB:num}, décès {NDATE:num}. Acte {NREF:order}.\n",
    "Contact branche : {PERSON}, {EMAIL}, {PHONE}.\n"],
   "\nFIN\n", shape="long64k")

# ------------------------------------------------------------------------------------------------
# ru_RU
# ------------------------------------------------------------------------------------------------
L = "ru_RU"
S("chat", L, "taxi_chek",
  "Вот данные по вашей поездке {NDATE:long} г.:\n\nПассажир: {PERSON}\nВодитель: {PERSON}, автомобиль {NPLATE}\n"
  "Откуда: {ADDR}\nКуда: {ADDR}\nСтоимость: {NPRICE:200-2500}, тариф «{NTITLE}»\nНомер заказа {NREF:order}")
S("chat", L, "prokat_dogovor",
  "Для оформления проката нужны данные арендатора. Я заполнил: {PERSON}, дата рождения {DOB:num}, паспорт {RUPASS}, "
  "ИНН {INN:12}, телефон {PHONE}. Залог {NPRICE:5000-20000} спишем с карты {CARD:mir}.")
S("chat", L, "shtraf_gibdd",
  "По вашему автомобилю {NPLATE} найден штраф: постановление от {NDATE:num}, УИН {NREF:uin}. "
  "Собственник: {PERSON}, адрес регистрации: {ADDR}. Сумма {NPRICE:500-5000}, скидка 50 % действует 20 дней.")
S("chat", L, "zaryadka_akkaunt",
  "Аккаунт на станции зарядки заблокирован: привязанная карта {CARD} отклонена. Владелец: {PERSON}, почта {EMAIL}. "
  "Сессия {NREF:session}, отдано {NNUM:kwh} кВт·ч. Прошивка станции {NVER}.")
S("chat", L, "fitnes_profil",
  "Экспорт из фитнес-приложения: {PERSON}, дата рождения {DOB:long} г., e-mail {EMAIL}, телефон {PHONE}. "
  "В поле «Медкарта» указан номер {MRN}, а СНИЛС {SNILS} привязан для Госуслуг.")
S("chat", L, "igrovoy_akkaunt",
  "Мы восстановили ваш игровой аккаунт. Проверили почту {EMAIL}, дату рождения {DOB:num} и последний вход с {IPV4} "
  "({NTS:space}). Старый пароль «{PW}» больше не действует. Обращение {NREF:ticket}.")
S("chat", L, "redaktsiya_istochniki",
  "Заметки для материала о каршеринге: источник — {PERSON}, бывший оператор диспетчерской, тел. {PHONE}. "
  "Второй собеседник {PERSON} просил не указывать имя, почта {EMAIL}. Встречались по адресу {ADDR}.")
S("chat", L, "prihod_spisok",
  "Обновил список прихожан: {PERSON}, {DOB:num} г. р., проживает {ADDR}, телефон {PHONE}. "
  "Пожертвования переводит с карты {CARD}. Запись № {NREF:order}.")
S("chat", L, "avito_perepiska",
  "Черновик ответа покупателю по объявлению № {NREF:listing}: «Здравствуйте! Велосипед ещё продаётся, {NPRICE:3000-40000}. "
  "Можно забрать: {ADDR}. Пишите в мессенджер {PHONE}. {PERSON}»")
S("chat", L, "utechka_klyuchey",
  "В публичном репозитории бота каршеринга нашлись ключи:\n```\nTELEGRAM_TOKEN={SECRET:telegram_bot_token}\nAWS_KEY={SECRET:aws_access_key_id}\n"
  "POSTGRES={DBURL}\n```\nКоммит {NHASH:sha1}, пакет {NPKG}, сервер {IPV4}.")
J(L, "poezdka_api", lambda c: {
    "order_id": "{NREF:order}", "created": "{NTS:iso}",
    "passenger": {"fio": "{PERSON:lfm}", "phone": "{PHONE}", "email": "{EMAIL}"},
    "route": {"from": "{STREET}", "to": "{STREET}", "city": "{CITY}"}, "car": "{NPLATE}", "price": "{NPRICE:150-3000}"})
J(L, "arendator", lambda c: {
    "dogovor": "{NREF:book}", "arendator": {"familiya": "{LAST#a}", "imya": "{FIRST#a}", "data_rozhdeniya": "{DOB:num}",
                                            "pasport": "{RUPASS}", "snils": "{SNILS}", "inn": "{INN}"},
    "kontakty": {"tel": "{PHONE}", "email": "{EMAIL:a}"}})
J(L, "shtrafy_spisok", lambda c: {
    "sobstvennik": {"fio": "{PERSON:lfm}", "adres": "{STREET}", "inn": "{INN:12}"},
    "shtrafy": [{"uin": "{NREF:uin}", "data": "{NDATE:iso}", "summa": Raw("{NNUM:int}")},
                {"uin": "{NREF:uin}", "data": "{NDATE:iso}", "summa": Raw("{NNUM:int}")}], "gosnomer": "{NPLATE}"})
J(L, "podderzhka_enc", lambda c: {
    "ticket": "{NREF:ticket}", "raw": Enc({"user": "{PERSON}", "email": "{EMAIL}", "ip": "{IPV6}",
                                           "text": "Здравствуйте!\nНе приходит код подтверждения на {PHONE}."}, ea=True)})
J(L, "klub_chleny", lambda c: {
    "klub": "{NTITLE}", "chleny": [{"fio": "{PERSON}", "rozhden": "{DOB:iso}", "tel": "{PHONE}"},
                                   {"fio": "{PERSON}", "rozhden": "{DOB:iso}", "email": "{EMAIL}"}], "obnovleno": "{NTS:isoz}"})
J(L, "dump_uchetok", lambda c: {
    "istochnik": "форум", "md5": "{NHASH:md5}", "zapisi": [{"login": "{EMAIL}", "pass": "{PW}"}, {"login": "{EMAIL}", "pass": "{PW}"}],
    "api": {"key": "{SECRET:openai_key}"}, "ip": "{IPV4}"})
J4(L, "zhurnal_poezdok", lambda c: {"park": "{NTITLE}", "smena": "{NDATE:iso}", "poezdki": []},
   lambda c: {"zakaz": "{NREF:order}", "passazhir": "{PERSON}", "tel": "{PHONE}", "otkuda": "{STREET}", "summa": "{NPRICE:150-2500}"}, "poezdki")
J4(L, "reestr_chlenov", lambda c: {"obshchestvo": "{NTITLE}", "chleny": []},
   lambda c: {"fio": "{PERSON:lfm}", "dr": "{DOB:num}", "snils": "{SNILS}", "adres": "{STREET}"}, "chleny")
J4(L, "log_vhodov", lambda c: {"servis": "stream-auth", "versiya": "{NVER}", "zapisi": []},
   lambda c: {"email": "{EMAIL}", "ip": "{IPV4}", "vremya": "{NTS:isoz}", "sessiya": "{NUUID}"}, "zapisi")
T4(L, "postanovleniya",
   "РЕЕСТР ПОСТАНОВЛЕНИЙ — выгрузка {NTS:space}\n\n",
   ["УИН {NREF:uin} · ТС {NPLATE} · {NDATE:num}\nСобственник: {PERSON:lfm}\nАдрес: {ADDR}\nСумма: {NPRICE:500-5000}\n\n",
    "УИН {NREF:uin} · ТС {NPLATE}\nСобственник: {PERSON}, паспорт {RUPASS}, ИНН {INN:12}\n\n"],
   "Конец выгрузки.\n")
T4(L, "bloknot_reportera",
   "БЛОКНОТ РЕПОРТЁРА — тема: такси и самозанятые\n\n",
   ["{PERSON}, водитель такси, {PHONE}, живёт: {ADDR}.\n",
    "{PERSON}, юрист профсоюза, {EMAIL}. Встреча {NDATE:long}.\n",
    "Скан документа: {NB64}\n"],
   "\nНе для публикации.\n")
T4(L, "perepiska_obyavlenie",
   "Переписка по объявлению № {NREF:listing}\n\n",
   ["Продавец ({PERSON}): Да, ещё актуально, {NPRICE:1000-30000}. Самовывоз: {ADDR}.\n",
    "Покупатель ({PERSON}): Переведу на карту, скиньте номер. Мой телефон {PHONE}\n",
    "Продавец: Карта {CARD:mir}\n"],
   "\n— конец —\n")
S("obfuscated", L, "obf_taxi",
  "Водитель {O:PERSON.homoglyph}, звонить {O:PHONE.spelled}. Заказ {NREF:order}, почта клиента {O:EMAIL.atdot}.")
S("obfuscated", L, "obf_dokumenty",
  "Паспорт {O:RUPASS.spaced}, СНИЛС {O:SNILS.zw}, ИНН {O:INN.fullwidth}. Госномер {NPLATE} не скрывать.")
S("obfuscated", L, "obf_log",
  "вход с {O:IPV4.defang}, карта {O:CARD.zw}, телефон {O:PHONE.fullwidth}, версия клиента {NVER}")
T4(L, "rodoslovnaya_long",
   "РОДОСЛОВНАЯ — выгрузка из приложения «Семейное древо»\n\n",
   ["Персона {NNUM:int}: {PERSON:lfm}, родился(ась) {DOB:long} г. в г. {CITY}, проживал(а): {ADDR}.\n",
    "Персона {NNUM:int}: {PERSON}, дата рождения {DOB:num}, дата смерти {NDATE:num}. Метрическая запись {NREF:order}.\n",
    "Контакт ветви: {PERSON}, {EMAIL}, {PHONE}.\n"],
   "\nКонец выгрузки.\n", shape="long64k")

# ================================================================================================
# document builders
# ================================================================================================
FILLER = {
    "en": "Note {NTITLE} applies from {NDATE} (app {NVER}, build {NHASH:sha1}). ",
    "de": "Hinweis: {NTITLE} gilt ab {NDATE}, App-Version {NVER}. ",
    "fr": "Remarque : {NTITLE} valable dès le {NDATE}, version {NVER}. ",
    "ru": "Примечание: «{NTITLE}» действует с {NDATE}, версия {NVER}. ",
}


def build_str(c, payload):
    return c.f(payload)


def build_json(c, rng, fn):
    st = pick_style(rng)
    obj = c.fs(fn(c))
    return serialize(obj, st), st["name"]


def build_json4k(c, rng, payload):
    head, item, key = payload
    st = pick_style(rng)
    obj = c.fs(head(c))
    lst = obj[key]
    target = rng.randint(BAND4K[0] + 100, BAND4K[1] - 200)
    size = lambda: len(seg_text(serialize(obj, st)).encode("utf-8"))  # noqa: E731
    tries = 0
    while True:
        lst.append(c.fs(item(c)))
        s = size()
        if s > BAND4K[1]:
            lst.pop()
            tries += 1
            if tries > 6:
                break
            continue
        if s >= target:
            break
    k = 0
    while size() < BAND4K[0]:
        obj["note_%d" % k] = Segs(c.f(FILLER[c.lang]))
        if size() > BAND4K[1]:
            del obj["note_%d" % k]
            obj["pad"] = "x" * (BAND4K[0] - size() + 10)
        k += 1
    return serialize(obj, st), st["name"]


def build_sized(c, rng, payload, lo, hi):
    head, sections, tail = payload
    segs = c.f(head)
    tl = c.f(tail)
    target = rng.randint(lo + 100, hi - 200) if hi else lo
    size = (lambda x: len(seg_text(x).encode("utf-8"))) if hi else (lambda x: len(seg_text(x)))
    tries = 0
    while True:
        add = c.f(rng.choice(sections))
        s = size(segs + add + tl)
        if hi and s > hi:
            tries += 1
            if tries > 8:
                break
            continue
        segs += add
        if s >= target:
            break
    while size(segs + tl) < lo:
        add = c.f(FILLER[c.lang])
        if hi and size(segs + add + tl) > hi:
            segs += P("." * (lo - size(segs + tl)))
            break
        segs += add
    return segs + tl


def make_doc(rng, fakers, shape_tpl, loc, idx, seed, shape):
    sh, _, name, kind, payload = shape_tpl
    c = Ctx(rng, fakers[loc], loc)
    style = None
    if kind == "str":
        segs = build_str(c, payload)
    elif kind == "json":
        segs, style = build_json(c, rng, payload)
    elif kind == "json4k":
        segs, style = build_json4k(c, rng, payload)
    elif sh == "long64k":
        segs = build_sized(c, rng, payload, LONG_MIN, None)
    else:
        segs = build_sized(c, rng, payload, BAND4K[0], BAND4K[1])
    text, ents, negs, ign = flatten(segs)
    fmt = "json" if kind in ("json", "json4k") else "text"
    if fmt == "json":
        json.loads(text)
    d = {"id": "ak%d-%s-%04d" % (seed, shape, idx), "split": SPLIT, "shape": shape}
    if shape == "stream":
        d["base_shape"] = sh
    d.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": "ak.%s.%s.%s" % (sh, loc, name),
              "holdout_only_template": True})
    if style:
        d["json_style"] = style
    d["text"] = text
    if shape == "stream":
        chunks, p = [], 0
        while p < len(text):
            n = rng.randint(1, 16)
            chunks.append(text[p:p + n])
            p += n
        d["chunks"] = chunks
    d["entities"] = ents
    d["negatives"] = negs
    d["ignore"] = ign
    return d


BASE_COUNTS = {"chat": 150, "json": 100, "json4k": 60, "text4k": 40, "long64k": 5, "obfuscated": 50, "stream": 75}
STREAM_BASES = ("chat", "json", "text4k")


def generate(seed, scale):
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(LOCALES):
        fk = Faker(loc)
        fk.seed_instance(seed * 10 + i)
        fakers[loc] = fk
    by = {}
    for t in TEMPLATES:
        by.setdefault((t[0], t[1]), []).append(t)
    docs = []
    for shape in ["chat", "json", "json4k", "text4k", "long64k", "obfuscated", "stream"]:
        n = max(len(LOCALES) if shape == "long64k" else 1, int(round(BASE_COUNTS[shape] * scale)))
        queues = {}
        for i in range(n):
            loc = LOCALES[i % len(LOCALES)]
            if shape == "stream":
                bs = STREAM_BASES[(i // len(LOCALES)) % len(STREAM_BASES)]
                key = (bs, loc)
            else:
                key = (shape, loc)
            q = queues.get(key)
            if not q:
                q = list(by[key])
                rng.shuffle(q)
                queues[key] = q
            tpl = q.pop()
            docs.append(make_doc(rng, fakers, tpl, loc, i, seed, shape))
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args()
    docs = generate(a.seed, a.scale)
    d = os.path.dirname(os.path.abspath(a.out))
    os.makedirs(d, exist_ok=True)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
