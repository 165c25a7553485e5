#!/usr/bin/env python3
"""Independent held-out PII probe "B" in the pii-bench dev schema.

Templates, keys, names and value formats are hand-written from general format knowledge
(no Faker, nothing copied from dev.jsonl).  Deterministic: fixed seed.

    python make_probe_b.py --out /tmp/probe_b.jsonl [--n 400] [--seed 20261126]
"""
import argparse
import base64
import hashlib
import json
import random
import re
import string
import uuid

# ---------------------------------------------------------------- names (hand-written)
NAMES = {
    "en_US": (["Thaddeus", "Marisol", "Obadiah", "Lakeisha", "Ezekiel", "Priya", "Tobias", "Winona", "Jericho", "Soledad",
               "Bartholomew", "Dashiell", "Imani", "Cordelia", "Rufus"],
              ["Okonkwo", "Vanterpool", "Whitlock", "Castellanos", "Abernathy", "Nakamura", "Prudhomme", "Szymanski",
               "Blackwood", "Oyelaran", "Delacroix-Hale", "Tran", "McCorkle", "Quintanilla", "Sorensen"]),
    "en_GB": (["Rhiannon", "Alistair", "Siobhan", "Crispin", "Imogen", "Tarquin", "Niamh", "Hamish", "Ottoline", "Cormac",
               "Peregrine", "Morwenna", "Eilidh", "Jago", "Philippa"],
              ["Featherstonehaugh", "Ashworth", "Pennington", "McAlister", "Bramwell", "Quigley", "Ogunleye", "Threlfall",
               "Cholmondeley", "Entwistle", "Trevelyan", "Greenhalgh", "Mabbutt", "Nkemelu", "Royle"]),
    "de_DE": (["Wiebke", "Jörg", "Hannelore", "Lutz", "Gesine", "Detlef", "Friedhelm", "Almut", "Till", "Swantje",
               "Ekkehard", "Heike", "Volkmar", "Birte", "Özlem"],
              ["Schwarzkopf", "Brüggemann", "Oberdörfer", "Kleinschmidt", "Wöhrle", "Großkreutz", "Tiedemann",
               "Hüttenrauch", "Zimmermann-Özdemir", "Kowalczyk", "Pfannenstiel", "Ahrendt", "Quast", "Vogelsang", "Rübsam"]),
    "fr_FR": (["Anaïs", "Gwenaëlle", "Thibault", "Maëlys", "Aurélien", "Solène", "Enguerrand", "Clotilde", "Yannick",
               "Bérénice", "Ghislain", "Ludivine", "Corentin", "Perrine", "Marc-Antoine"],
              ["Le Guennec", "Duchêne", "Fauconnier", "Kerbrat", "Desrosiers", "Rougemont", "Larrieu", "Béranger",
               "Chevalier-Moreau", "Ndiaye", "Pétrequin", "Vasseur", "Goasdoué", "Abitbol", "Quéméner"]),
}
RU_M = ["Святослав", "Ярополк", "Всеволод", "Тимофей", "Елисей", "Ратмир", "Прохор", "Гордей"]
RU_F = ["Есения", "Снежана", "Ульяна", "Василиса", "Агния", "Злата", "Евдокия", "Милослава"]
RU_LAST = ["Шереметев", "Голованов", "Черкасов", "Добролюбов", "Кожемякин", "Трубецкой", "Вяземский", "Огурцов", "Бестужев"]
RU_PAT_M = ["Игоревич", "Ростиславович", "Фомич", "Никитич", "Аркадьевич"]
RU_PAT_F = ["Игоревна", "Ростиславовна", "Кузьминична", "Никитична", "Аркадьевна"]
TRANS = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                  "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
TRANS.update({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ï": "i", "ê": "e", "ç": "c"})
DOMAINS = {
    "en_US": ["fastmail.com", "icloud.com", "comcast.net", "harborview-clinic.org", "acme-logistics.io"],
    "en_GB": ["btinternet.com", "sky.com", "nhs.net", "virginmedia.com", "thamesbridge.co.uk"],
    "de_DE": ["posteo.de", "gmx.net", "web.de", "t-online.de", "stadtwerke-nord.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "mutuelle-ouest.fr"],
    "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "sberclinic.ru"],
}
STREETS = {
    "en_US": ["Sycamore Hollow Rd", "Old Mill Lane", "Kettering Avenue", "N Alvarado St", "Magnolia Court", "Quarry Ridge Drive"],
    "en_GB": ["Ropemaker Lane", "Cowgate Walk", "Hollybush Gardens", "Tithe Barn Close", "Marsh Road", "St Aldhelm's Way"],
    "de_DE": ["Lindenallee", "Am Mühlbach", "Hinterm Kirchhof", "Gustav-Heinemann-Ring", "Bergstr.", "Zum Lerchenfeld"],
    "fr_FR": ["rue des Glycines", "avenue Jean-Jaurès", "impasse du Moulin", "chemin des Vignes", "boulevard Voltaire", "allée des Tilleuls"],
    "ru_RU": ["ул. Садовая-Кудринская", "пр-т Мира", "ул. Заречная", "пер. Кривоколенный", "наб. Обводного канала", "ул. 8 Марта"],
}
CITIES = {
    "en_US": [("Tacoma", "WA 98402"), ("Duluth", "MN 55802"), ("Asheville", "NC 28801"), ("Pueblo", "CO 81003")],
    "en_GB": [("Leeds", "LS6 2AB"), ("Truro", "TR1 3QE"), ("Dundee", "DD1 4HN"), ("Bath", "BA2 4QP")],
    "de_DE": [("Lüneburg", "21335"), ("Gießen", "35390"), ("Bamberg", "96047"), ("Rostock", "18055")],
    "fr_FR": [("Quimper", "29000"), ("Annecy", "74000"), ("Poitiers", "86000"), ("Nancy", "54000")],
    "ru_RU": [("Тверь", "170100"), ("Казань", "420111"), ("Пермь", "614000"), ("Калуга", "248000")],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}
TITLES = ["Quarterly Revenue Review", "Grand Hotel Europa", "Project Northwind", "Blue Ridge Parkway", "Customer Success Team",
          "Annual General Meeting", "Release Notes", "Silver Lake Partners", "Data Protection Officer", "Harbour Lights Festival"]
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = string.ascii_letters + string.digits
PH = re.compile(r'"?QQPH(\d+)QQ"?')


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def iban_make(r, country, bban):
    rearr = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    return country + "%02d" % (98 - num % 97) + bban


def snils_make(r):
    while True:
        d = [r.randint(0, 9) for i in range(9)]
        if int("".join(map(str, d))) > 1001998:
            break
    s = sum(v * (9 - i) for i, v in enumerate(d))
    if s > 101:
        s %= 101
    cs = 0 if s in (100, 101) else s
    return "".join(map(str, d)) + "%02d" % cs


def inn_make(r, length):
    def ck(ds, w):
        return sum(a * b for a, b in zip(ds, w)) % 11 % 10
    if length == 10:
        d = [r.randint(0, 9) for i in range(9)]
        d[0] = r.randint(1, 9)
        return "".join(map(str, d + [ck(d, [2, 4, 10, 3, 5, 9, 4, 6, 8])]))
    d = [r.randint(0, 9) for i in range(10)]
    d[0] = r.randint(1, 9)
    d.append(ck(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    d.append(ck(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return "".join(map(str, d))


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for i in range(n))


def translit(s):
    return "".join(TRANS.get(c, c) for c in s.lower() if c.isalnum() or c in "-")


class Gen(object):
    """Per-document value factory; every value goes through a placeholder."""

    def __init__(self, r, locale):
        self.r = r
        self.loc = locale
        self.lang = locale[:2]
        self.slots = []
        self.person()

    # -- placeholder machinery
    def ph(self, kind, typ, value, sub=None, level=1, numeric=False, core=None, obf=None):
        self.slots.append({"kind": kind, "type": typ, "value": value, "sub": sub, "level": level, "numeric": numeric,
                           "core": core, "obf": obf})
        return "QQPH%dQQ" % (len(self.slots) - 1)

    def e(self, typ, value, sub=None, **kw):
        return self.ph("ent", typ, value, sub, **kw)

    def n(self, typ, value, **kw):
        return self.ph("neg", typ, value, **kw)

    def i(self, value, **kw):
        return self.ph("ign", None, value, **kw)

    def t(self, value, **kw):
        return self.ph("txt", None, value, **kw)

    # -- a fictional person
    def person(self):
        r = self.r
        if self.loc == "ru_RU":
            fem = r.random() < 0.5
            self.first = r.choice(RU_F if fem else RU_M)
            last = r.choice(RU_LAST)
            self.last = (last[:-2] + "ая" if last[-2:] in ("ой", "ий") else last + "а") if fem else last
            self.patr = r.choice(RU_PAT_F if fem else RU_PAT_M)
        else:
            firsts, lasts = NAMES[self.loc]
            self.first, self.last = r.choice(firsts), r.choice(lasts)
            self.patr = None
        self.by = r.randint(1938, 2006)
        self.bm, self.bd = r.randint(1, 12), r.randint(1, 28)

    def name(self, style=None, **kw):
        r = self.r
        style = style or r.choice(["fl", "fl", "lf", "fml"] + (["lfp", "fp"] if self.patr else []))
        if style == "fl":
            v = self.first + " " + self.last
        elif style == "lf":
            v = self.last + ", " + self.first
        elif style == "lfp":
            v = self.last + " " + self.first + " " + self.patr
        elif style == "fp":
            v = self.first + " " + self.patr + " " + self.last
        elif style == "up":
            v = self.last.upper() + " " + self.first
        elif style == "init":
            v = self.first[0] + ". " + self.last
        elif style == "last":
            v = self.last
        else:
            v = self.first + " " + r.choice("BCDEHJKLMRSTW") + ". " + self.last
        return self.e("PERSON", v, self.lang, **kw)

    def email(self, **kw):
        r = self.r
        f, l = translit(self.first), translit(self.last.replace(" ", ""))
        local = r.choice([f + "." + l, f[0] + l, l + "_" + f + str(r.randint(1, 99)), f + "." + l + "+billing", l + str(self.by)])
        return self.e("EMAIL", local + "@" + r.choice(DOMAINS[self.loc]), **kw)

    def phone(self, **kw):
        r = self.r
        d = lambda k: rs(r, string.digits, k)  # noqa: E731
        if self.loc == "en_US":
            a = str(r.randint(201, 989))
            v = r.choice(["+1 %s-%s-%s", "(%s) %s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (a, str(r.randint(200, 999)), d(4))
        elif self.loc == "en_GB":
            v = r.choice(["+44 7%s %s" % (d(3), d(6)), "07%s %s" % (d(3), d(6)), "+44 (0)20 %s %s" % (d(4), d(4)),
                          "0161 %s %s" % (d(3), d(4))])
        elif self.loc == "de_DE":
            v = r.choice(["+49 15%s %s" % (d(1), d(7)), "0171 %s" % d(7), "+49 (0)30 %s %s" % (d(4), d(4)),
                          "089/%s-%s" % (d(4), d(3)), "+49 40 %s" % d(8)])
        elif self.loc == "fr_FR":
            g = lambda: "%02d" % r.randint(0, 99)  # noqa: E731
            v = r.choice(["+33 6 %s %s %s %s" % (g(), g(), g(), g()), "07.%s.%s.%s.%s" % (g(), g(), g(), g()),
                          "01 %s %s %s %s" % (g(), g(), g(), g()), "+33 (0)4 %s %s %s %s" % (g(), g(), g(), g())])
        else:
            v = r.choice(["+7 (9%s) %s-%s-%s" % (d(2), d(3), d(2), d(2)), "8 (812) %s-%s-%s" % (d(3), d(2), d(2)),
                          "+7 9%s %s %s %s" % (d(2), d(3), d(2), d(2)), "8-9%s-%s-%s-%s" % (d(2), d(3), d(2), d(2))])
        return self.e("PHONE", v, **kw)

    def dob(self, **kw):
        r, y, m, dd = self.r, self.by, self.bm, self.bd
        mon = MONTHS[self.lang][m - 1]
        if self.loc == "en_US":
            v = r.choice(["%s %d, %d" % (mon, dd, y), "%02d/%02d/%d" % (m, dd, y), "%d-%02d-%02d" % (y, m, dd), "%d/%d/%d" % (m, dd, y)])
        elif self.loc == "en_GB":
            v = r.choice(["%d %s %d" % (dd, mon, y), "%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, mon[:3], y)])
        elif self.lang == "de":
            v = r.choice(["%02d.%02d.%d" % (dd, m, y), "%d. %s %d" % (dd, mon, y), "%d.%d.%d" % (dd, m, y)])
        elif self.lang == "fr":
            v = r.choice(["%02d/%02d/%d" % (dd, m, y), "%d %s %d" % (dd, mon, y), "%d-%02d-%02d" % (y, m, dd)])
        else:
            v = r.choice(["%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, mon, y), "%d-%02d-%02d" % (y, m, dd)])
        return self.e("DATE_OF_BIRTH", v, **kw)

    def iso_dob(self, **kw):
        return self.e("DATE_OF_BIRTH", "%d-%02d-%02d" % (self.by, self.bm, self.bd), **kw)

    def street(self, **kw):
        r = self.r
        st = r.choice(STREETS[self.loc])
        no = str(r.randint(1, 240))
        if self.lang == "en":
            v = no + " " + st
        elif self.lang == "de":
            v = st + " " + no + r.choice(["", "", "a", "b"])
        elif self.lang == "fr":
            v = no + r.choice(["", "", " bis", " ter"]) + r.choice([", ", " "]) + st
        else:
            v = st + ", " + r.choice(["д. ", "дом "]) + no + r.choice(["", "", "/2", " корп. 3"])
        return self.e("STREET_ADDRESS", v, self.lang, **kw)

    def city(self, **kw):
        city, pc = self.r.choice(CITIES[self.loc])
        self.cityname, self.pc = city, pc
        return city, pc

    def addr(self):
        """street (entity) + postcode/city (ignore), locale order."""
        s = self.street()
        city, pc = self.city()
        if self.lang == "en":
            tail = self.i(city + ", " + pc) if self.loc == "en_US" else self.i(city + " " + pc)
        elif self.lang == "ru":
            tail = self.i("г. " + city + ", " + pc)
        else:
            tail = self.i(pc + " " + city)
        if self.lang == "ru" and self.r.random() < 0.5:
            return s + ", " + self.i("кв. %d" % self.r.randint(1, 300)) + ", " + tail
        return s + ", " + tail

    def ssn(self, **kw):
        r = self.r
        a = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        v = r.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d"]) % (a, g, s)
        return self.e("US_SSN", v, "dashed", **kw)

    def card_number(self, valid=True):
        r = self.r
        kind, pre, ln = r.choice([("visa", "4", 16), ("mastercard", str(r.randint(51, 55)), 16), ("mastercard", "2221", 16),
                                  ("amex", r.choice(["34", "37"]), 15), ("discover", "6011", 16), ("mir", "220" + str(r.randint(0, 4)), 16),
                                  ("jcb", "35" + str(r.randint(28, 89)), 16)])
        body = pre + rs(r, string.digits, ln - 1 - len(pre))
        ck = luhn_digit(body)
        if not valid:
            ck = str((int(ck) + r.randint(1, 9)) % 10)
        num = body + ck
        return kind, num

    def fmt_card(self, num):
        r = self.r
        if len(num) == 15:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i:i + 4] for i in range(0, 16, 4)]
        return r.choice([" ", "-", "", " "]).join(parts)

    def card(self, **kw):
        kind, num = self.card_number()
        return self.e("CREDIT_CARD", self.fmt_card(num), kind, **kw)

    def iban(self, **kw):
        r = self.r
        cc = {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB"}.get(self.loc) or r.choice(["NL", "ES", "IT", "BE", "AT", "CH", "PL", "DE"])
        D = lambda k: rs(r, string.digits, k)  # noqa: E731
        U = lambda k: rs(r, string.ascii_uppercase, k)  # noqa: E731
        bban = {"DE": lambda: D(18), "FR": lambda: D(10) + rs(r, string.ascii_uppercase + string.digits, 11) + D(2),
                "GB": lambda: U(4) + D(14), "NL": lambda: U(4) + D(10), "ES": lambda: D(20), "IT": lambda: U(1) + D(10) + D(12),
                "BE": lambda: D(12), "AT": lambda: D(16), "CH": lambda: D(5) + D(12), "PL": lambda: D(24)}[cc]()
        v = iban_make(r, cc, bban)
        if r.random() < 0.6:
            v = " ".join(v[k:k + 4] for k in range(0, len(v), 4))
            sub = cc + "_grouped"
        else:
            sub = cc + "_compact"
        return self.e("IBAN", v, sub, **kw)

    def ipv4(self, **kw):
        r = self.r
        a = r.choice([31, 46, 62, 77, 85, 91, 109, 141, 178, 185, 193, 203, 212, 217])
        return self.e("IPV4", "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), **kw)

    def ipv6(self, **kw):
        r = self.r
        h = lambda: "%x" % r.randint(0, 0xffff)  # noqa: E731
        pre = r.choice(["2a02", "2a01", "2001", "2600", "2a0d", "2c0f"])
        v = r.choice([":".join([pre] + [h() for k in range(7)]), pre + ":%s:%s::%s" % (h(), h(), h()),
                      pre + ":%s:%s:%s::%s:%s" % (h(), h(), h(), h(), h())])
        return self.e("IPV6", v, **kw)

    def mrn(self, **kw):
        r = self.r
        kind = r.choice(["numeric", "prefixed", "alnum", "dashed"])
        v = {"numeric": rs(r, string.digits, r.randint(7, 10)),
             "prefixed": r.choice(["MRN", "PID", "KH", "EHR"]) + r.choice(["", "-"]) + rs(r, string.digits, r.randint(6, 8)),
             "alnum": rs(r, string.ascii_uppercase, 2) + rs(r, string.digits, 6)
             + r.choice(["", "-" + rs(r, string.ascii_uppercase, 1) + str(r.randint(1, 9))]),
             "dashed": "%03d-%03d-%03d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 999))}[kind]
        if kind == "prefixed":  # the letter prefix is a label, the digits are the sensitive part
            kw["core"] = (len(v.rstrip(string.digits)), len(v))
        return self.e("MEDICAL_RECORD_NUMBER", v, kind, **kw)

    def passport(self, **kw):
        r = self.r
        ser, num = "%02d%02d" % (r.randint(1, 99), r.randint(0, 25)), "%06d" % r.randint(100000, 999999)
        kind = r.choice(["spaced", "series_number", "plain", "numero"])
        v = {"spaced": ser[:2] + " " + ser[2:] + " " + num, "series_number": ser + " " + num, "plain": ser + num,
             "numero": ser[:2] + " " + ser[2:] + " № " + num}[kind]
        return self.e("RU_PASSPORT", v, kind, **kw)

    def snils(self, **kw):
        s = snils_make(self.r)
        kind = self.r.choice(["formatted", "formatted", "plain"])
        v = "%s-%s-%s %s" % (s[:3], s[3:6], s[6:9], s[9:]) if kind == "formatted" else s
        return self.e("RU_SNILS", v, kind, **kw)

    def inn(self, length=None, **kw):
        length = length or self.r.choice([10, 12])
        return self.e("RU_INN", inn_make(self.r, length), "inn%d" % length, **kw)

    # -- secrets
    def key(self, kind=None, **kw):
        r = self.r
        kind = kind or r.choice(["aws_access_key_id", "github_pat_classic", "github_pat_fine", "github_other",
                                 "slack", "stripe", "google_api", "gitlab", "openai_like", "jwt", "slack_webhook"])
        b64 = string.ascii_letters + string.digits + "+/"
        v = {"aws_access_key_id": lambda: r.choice(["AKIA", "ASIA"]) + rs(r, B32, 16),
             "aws_secret_key": lambda: rs(r, b64, 40),
             "github_pat_classic": lambda: "ghp_" + rs(r, ALNUM, 36),
             "github_pat_fine": lambda: "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59),
             "github_other": lambda: r.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(r, ALNUM, 36),
             "slack": lambda: self.slack(),
             "stripe": lambda: r.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(r, ALNUM, r.choice([24, 34, 99])),
             "google_api": lambda: "AIza" + rs(r, ALNUM + "-_", 35),
             "gitlab": lambda: "glpat-" + rs(r, ALNUM + "-_", 20),
             "openai_like": lambda: r.choice(["sk-proj-", "sk-", "sk-ant-api03-"]) + rs(r, ALNUM + "-_", r.choice([48, 64, 93])),
             "jwt": lambda: self.jwt(),
             "slack_webhook": lambda: rs(r, ALNUM, 24)}[kind]()
        if kind == "slack_webhook":
            return ("https://hooks.slack.com/services/T%s/B%s/" % (rs(r, B32, 8), rs(r, B32, 10))) + self.e("API_KEY", v, kind, **kw)
        return self.e("API_KEY", v, kind, **kw)

    def slack(self):
        r = self.r
        if r.random() < 0.25:  # app-level token
            return "xapp-1-A" + rs(r, B32, 10) + "-" + rs(r, string.digits, 13) + "-" + rs(r, "0123456789abcdef", 64)
        return r.choice(["xoxb-", "xoxp-"]) + rs(r, string.digits, 12) + "-" + rs(r, string.digits, 13) + "-" + rs(r, ALNUM, 24)

    def jwt(self):
        r = self.r
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")  # noqa: E731
        hdr = enc({"alg": r.choice(["HS256", "RS256", "ES384"]), "typ": "JWT"})
        pay = enc({"sub": str(r.randint(10 ** 6, 10 ** 9)), "role": r.choice(["admin", "user"]), "iat": r.randint(1600000000, 1800000000)})
        return hdr + "." + pay + "." + rs(r, ALNUM + "-_", r.choice([43, 86]))

    def password(self, urlsafe=False, **kw):
        r = self.r
        v = r.choice([rs(r, ALNUM + ("-._~" if urlsafe else "!#%^*"), r.randint(12, 22)),
                      r.choice(["Sommer", "Zima", "Printemps", "Harbour"]) + str(r.randint(1990, 2025)) + r.choice("!$?"),
                      rs(r, string.ascii_lowercase, 5) + "-" + rs(r, ALNUM, 6) + "-" + rs(r, string.ascii_lowercase, 4)])
        return self.e("API_KEY", v, "password", **kw)

    def pem(self, **kw):
        r = self.r
        label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
        body = base64.b64encode(bytes(r.randint(0, 255) for k in range(r.choice([120, 240, 600])))).decode()
        w = 70 if "OPENSSH" in label else 64
        body = "\n".join(body[k:k + w] for k in range(0, len(body), w))
        head, tail = "-----BEGIN %s-----\n" % label, "\n-----END %s-----" % label
        return self.e("API_KEY", head + body + tail, "pem", core=(len(head), len(head) + len(body)), **kw)

    def dburl(self, **kw):
        r = self.r
        scheme = r.choice(["postgresql", "mysql", "mongodb+srv", "amqp", "redis", "https"])
        user = r.choice(["svc_billing", "reporting", "app", "etl_ro", "deploy"])
        host = r.choice(["db-eu-3.prod.lan", "pg-7.int.example", "cluster0.ab12c.mongodb.net", "mq.internal", "git.corp.example"])
        return scheme + "://" + user + ":" + self.password(urlsafe=True, **kw) + "@" + host + r.choice([":5432/ledger", "/orders", ":6379/0", "/repo.git", ""])

    # -- hard negatives
    def neg(self, kind=None, **kw):
        r = self.r
        kind = kind or r.choice(["ORDER_ID", "UUID", "TIMESTAMP", "HASH", "VERSION", "DATE", "CARDLIKE", "TITLECASE", "B64", "NUMBER",
                                 "PKG", "IPVER"])
        if kind == "ORDER_ID":
            v = r.choice(["ORD-%d-%06d" % (r.randint(2019, 2026), r.randint(0, 999999)), "#%d" % r.randint(10 ** 7, 10 ** 9),
                          "INV/%d/%05d" % (r.randint(2020, 2026), r.randint(1, 99999)), "SO%s" % rs(r, string.digits, 9),
                          "Auftrag %s-%s" % (rs(r, string.ascii_uppercase, 2), rs(r, string.digits, 7))])
        elif kind == "UUID":
            v = str(uuid.UUID(int=r.getrandbits(128), version=4))
        elif kind == "TIMESTAMP":
            v = r.choice(["%d-%02d-%02dT%02d:%02d:%02d.%03dZ", "%d-%02d-%02d %02d:%02d:%02d,%03d"]) % (
                r.randint(2021, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
        elif kind == "HASH":
            raw = str(r.random()).encode()
            v = r.choice([hashlib.sha256(raw).hexdigest(), hashlib.sha1(raw).hexdigest(), hashlib.md5(raw).hexdigest()[:12],
                          hashlib.sha1(raw).hexdigest()[:7]])
        elif kind == "VERSION":
            v = r.choice(["v%d.%d.%d" % (r.randint(0, 9), r.randint(0, 40), r.randint(0, 30)),
                          "%d.%d.%d-rc.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), r.randint(1, 4))])
        elif kind == "IPVER":
            v = "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 9), r.randint(100, 9999))
            kind = "VERSION"
        elif kind == "DATE":
            y, m, dd = r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28)
            v = {"en": "%s %d, %d" % (MONTHS["en"][m - 1], dd, y), "de": "%02d.%02d.%d" % (dd, m, y), "fr": "%d %s %d" % (dd, MONTHS["fr"][m - 1], y),
                 "ru": "%02d.%02d.%d" % (dd, m, y)}[self.lang]
        elif kind == "CARDLIKE":
            v = self.fmt_card(self.card_number(valid=False)[1])
        elif kind == "TITLECASE":
            v = r.choice(TITLES)
        elif kind == "B64":
            v = base64.b64encode(bytes(r.randint(0, 255) for k in range(r.choice([24, 33, 48])))).decode()
        elif kind == "NUMBER":
            v = r.choice(["%d" % r.randint(1000, 99999999), "%d,%03d.%02d" % (r.randint(1, 999), r.randint(0, 999), r.randint(0, 99)),
                          "%d %03d" % (r.randint(1, 999), r.randint(0, 999))])
        else:
            v = r.choice(["lodash", "@babel/core", "requests", "numpy", "left-pad", "@angular/cli"]) + "@" + "%d.%d.%d" % (
                r.randint(0, 9), r.randint(0, 30), r.randint(0, 20))
            kind = "VERSION"
        return self.n("NEG_" + kind, v, **kw)

    def other(self):
        """a second person (agent, colleague) of the same locale"""
        g = Gen(self.r, self.loc)
        g.slots = self.slots
        g.level = self.level
        return g


Gen.level = 0


# ---------------------------------------------------------------- obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO_L2C = dict(zip("aeopcxyABEHKMOPCTX", "аеорсхуАВЕНКМОРСТХ"))
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
WORDS = {"en": "zero one two three four five six seven eight nine".split(),
         "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
AT_DOT = {"en": ("at", "dot"), "de": ("at", "punkt"), "fr": ("arobase", "point"), "ru": ("собака", "точка")}


def obfuscate(r, how, v, lang):
    if how == "zero_width":
        out = []
        for k, ch in enumerate(v):
            out.append(ch)
            if 0 < k < len(v) - 1 and r.random() < 0.3:
                out.append(r.choice(ZW))
        return "".join(out)
    if how == "homoglyph":
        cand = [k for k, ch in enumerate(v) if ch in HOMO_L2C or ch in HOMO_C2L]
        chars = list(v)
        for k in r.sample(cand, min(len(cand), max(1, len(cand) // 3))):
            chars[k] = HOMO_L2C.get(chars[k]) or HOMO_C2L[chars[k]]
        return "".join(chars)
    if how == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" and (ch.isdigit() or ch in "-.@+") else ch for ch in v)
    if how == "spaced":
        return " ".join(ch for ch in v if ch != " ")
    if how == "spelled":
        w = WORDS[lang]
        out = ["plus" if ch == "+" else w[int(ch)] for ch in v if ch.isdigit() or ch == "+"]
        return " ".join(out)
    if how == "dotted":
        at, dot = AT_DOT[lang]
        style = r.choice(["words", "brackets"])
        if style == "words":
            return v.replace("@", " %s " % at).replace(".", " %s " % dot)
        return v.replace("@", " [%s] " % at).replace(".", " [%s] " % dot)
    if how == "defang":
        return v.replace(".", r.choice(["[.]", "(.)", "[dot]"])).replace("@", "[@]")
    raise ValueError(how)


# ---------------------------------------------------------------- text templates (per language)
def T(*parts):
    return "".join(parts)


def chat_en(g, k):
    r = g.r
    loc = g.loc
    if k == 0:
        return T("Sure — here's what the CRM has for that account:\n\n* **Customer:** ", g.name(), "\n* **Contact:** ", g.email(), " / ", g.phone(),
                 "\n* **Billing address:** ", g.addr(), "\n* **Last order:** ", g.neg("ORDER_ID"), " placed ", g.neg("DATE"),
                 " (parcel tracking no. ", g.neg("CARDLIKE"), ")\n\nWant me to update any of these fields?")
    if k == 1:
        a = g.other()
        return T("[10:02] Agent (", a.name("fl"), "): Thanks for holding! For verification, could you confirm your date of birth?\n",
                 "[10:03] Caller: yes it's ", g.dob(), ", and the card on file should be ", g.card(), "\n",
                 "[10:03] Agent: Perfect, thank you. I've opened case ", g.neg("ORDER_ID"), " and you'll get an email at ", g.email(), ".")
    if k == 2:
        a = g.other()
        return T("Dear ", g.name("fl"), ",\n\nThis letter confirms that the direct debit from account ", g.iban(),
                 " has been set up for reference ", g.neg("ORDER_ID"), ". The first collection will be on ", g.neg("DATE"),
                 ".\n\nIf anything looks wrong, call us on ", g.phone(), ".\n\nKind regards,\n", a.name("fl"), "\n", g.neg("TITLECASE"))
    if k == 3:
        ssn = (T(" (SSN ", g.ssn(), ")") if loc == "en_US" else T(" (NI number withheld)"))
        return T("I pulled the employee file: ", g.name(), ssn, ", born ", g.dob(), ", joined ", g.neg("TITLECASE"),
                 " on ", g.neg("DATE"), ". Home address on record is ", g.addr(), "; salary is paid to card ", g.card(), ".")
    if k == 4:
        return T("Here are the relevant lines from auth.log:\n```\n", g.neg("TIMESTAMP"), " WARN  sshd[", g.neg("NUMBER"), "]: failed password for ",
                 g.email(), " from ", g.ipv4(), " port 52114\n", g.neg("TIMESTAMP"), " INFO  session opened request_id=", g.neg("UUID"),
                 " client=", g.ipv6(), "\n```\nThe second address looks like the user's home connection; the first is probably a scanner.")
    if k == 5:
        return T("Found it. In `config/settings.py` line 41 you have `STRIPE_SECRET_KEY = \"", g.key("stripe"),
                 "\"` committed in ", g.neg("HASH"), ". Revoke it in the dashboard, then move it to an environment variable. ",
                 "The build pinned ", g.neg("PKG"), " is unrelated.")
    if k == 6:
        rows = []
        for m in range(r.randint(2, 4)):
            p = g if m == 0 else g.other()
            rows.append(T("| ", p.name("fl"), " | ", p.email(), " | ", p.phone(), " | ", p.dob(), " |"))
        return T("Here's the table you asked for:\n\n| Name | Email | Phone | Date of birth |\n|------|-------|-------|---------------|\n",
                 "\n".join(rows), "\n\nAll ", str(len(rows)), " contacts were imported on ", g.neg("DATE"), ".")
    if k == 7:
        rows = []
        for m in range(r.randint(2, 4)):
            p = g if m == 0 else g.other()
            rows.append(T(str(m + 1), ",", p.name("fl"), ",", p.email(), ",", p.iban(), ",", p.neg("ORDER_ID")))
        return T("```csv\nid,full_name,email,iban,last_order\n", "\n".join(rows), "\n```")
    if k == 8:
        return T("Clinical summary: Pt ", g.name(), ", MRN ", g.mrn(), ", DOB ", g.dob(), ", seen in clinic ", g.neg("DATE"),
                 " for follow-up. Next of kin can be reached on ", g.phone(), ". No changes to medication.")
    if k == 9:
        return T("The leaked .env file contained:\n```\nAWS_ACCESS_KEY_ID=", g.key("aws_access_key_id"), "\nAWS_SECRET_ACCESS_KEY=",
                 g.key("aws_secret_key"), "\nDATABASE_URL=", g.dburl(), "\nAPP_VERSION=", g.neg("VERSION"),
                 "\n```\nRotate all three credentials before redeploying.")
    if k == 10:
        ssn = T("Social Security #: ", g.ssn(), "\n") if loc == "en_US" else ""
        return T("Application form (completed)\nFull legal name: ", g.name(), "\nDate of birth: ", g.dob(), "\nStreet address: ", g.addr(),
                 "\nDaytime phone: ", g.phone(), "\n", ssn, "Submitted: ", g.neg("TIMESTAMP"))
    if k == 11:
        return T("This is the deploy key that was pasted into the ticket — treat it as compromised:\n\n", g.pem(),
                 "\n\nIts public half has fingerprint SHA256:", g.neg("B64"), ".")
    if k == 12:
        return T("I decoded the bearer token you sent (`", g.key("jwt"), "`): the payload has role=admin and was issued at ",
                 g.neg("TIMESTAMP"), ", so it is still valid.")
    if k == 13:
        return T("From: ", g.name("fl"), " <", g.email(), ">\nTo: refunds@shop.example\nSubject: Refund for ", g.neg("ORDER_ID"),
                 "\n\nHi team,\nI was charged twice on card ", g.card(), ". Please refund one of the payments.\nThanks,\n", g.name("init"))
    if k == 14:
        return T("Your GitHub token `", g.key(r.choice(["github_pat_classic", "github_pat_fine", "github_other"])),
                 "` appears in the CI logs for run ", g.neg("NUMBER"), ". Also the Slack webhook ", g.key("slack_webhook"),
                 " is public. Both should be revoked.")
    if k == 16:
        return T("The migration script you shared inserts a real record:\n```sql\nINSERT INTO customers (full_name, email, phone, dob) VALUES ('",
                 g.name("fl"), "', '", g.email(), "', '", g.phone(), "', '", g.iso_dob(), "');\n```\nReplace it with synthetic data before merging ",
                 g.neg("HASH"), ".")
    if k == 17:
        return T("`git log -1` shows:\n```\ncommit ", g.neg("HASH"), "\nAuthor: ", g.name("fl"), " <", g.email(), ">\nDate:   ", g.neg("TIMESTAMP"),
                 "\n\n    add payment webhook (uses ", g.key("stripe"), ")\n```")
    if k == 18:
        return T("Reproduce with:\n```bash\ncurl -H 'Authorization: Bearer ", g.key(r.choice(["jwt", "openai_like", "github_pat_fine"])),
                 "' https://api.example.com/v2/users/", g.neg("UUID"), "\n```\nThe call came from ", g.ipv4(), " (", g.neg("TIMESTAMP"), ").")
    if k == 19:
        return T("kubectl get secret shows `db-creds` with password `", g.password(), "` and the Google key `", g.key("google_api"),
                 "` in plain text; the chart version is ", g.neg("VERSION"), ".")
    return T("Quick recap of the call with ", g.name("fl"), ": she asked us to move the invoices to ", g.email(),
             " and to use the new account ", g.iban(), ". I told her the ", g.neg("TITLECASE"), " report ships on ", g.neg("DATE"), ".")


def chat_de(g, k):
    r = g.r
    if k == 0:
        return T("Gerne! Das sind die Stammdaten aus dem System:\n- Name: ", g.name(), "\n- Geburtsdatum: ", g.dob(), "\n- Anschrift: ", g.addr(),
                 "\n- Telefon: ", g.phone(), "\n- IBAN: ", g.iban(), "\nLetzte Bestellung: ", g.neg("ORDER_ID"), " vom ", g.neg("DATE"), ".")
    if k == 1:
        return T("Kunde: Guten Tag, hier ist ", g.name("fl"), ", Sie erreichen mich unter ", g.phone(), ".\nAgent: Danke! Zur Prüfung: Ihr Geburtsdatum?\n",
                 "Kunde: Der ", g.dob(), ".\nAgent: Ich habe die Gutschrift auf die Karte ", g.card(), " veranlasst, Vorgang ", g.neg("ORDER_ID"),
                 ", Sendungsnummer ", g.neg("CARDLIKE"), ".")
    if k == 2:
        return T("[", g.neg("TIMESTAMP"), "] FEHLER Zahlung abgelehnt: kunde=", g.email(), " iban=", g.iban(), " ip=", g.ipv4(),
                 " trace=", g.neg("UUID"), "\nDas sieht nach einem Tippfehler in der IBAN aus.")
    if k == 3:
        return T("Aufnahmebericht: ", g.name(), ", geb. ", g.dob(), ", Patienten-ID ", g.mrn(), ", wurde am ", g.neg("DATE"),
                 " auf Station 4B aufgenommen. Angehörige: Tel. ", g.phone(), ".")
    if k == 4:
        return T("In der `application.yml` steht noch das Klartext-Passwort:\n```yaml\nspring:\n  datasource:\n    username: app\n    password: ",
                 g.password(), "\n```\nAußerdem liegt der GitLab-Token ", g.key("gitlab"), " im Repo (Commit ", g.neg("HASH"), ").")
    if k == 5:
        a = g.other()
        return T("Hallo ", g.name("fl"), ",\n\nanbei die Bestätigung Ihrer neuen Lieferadresse: ", g.addr(), ". Rückfragen gerne per Mail an ",
                 g.email(), ".\n\nViele Grüße\n", a.name("fl"), "\n", g.neg("TITLECASE"))
    if k == 6:
        return T("Der Server ", g.ipv6(), " hat sich mit dem Schlüssel ", g.key(), " angemeldet; Version ", g.neg("IPVER"), " des Agents.")
    if k == 8:
        return T("Mitarbeiterdaten laut Personalakte: Herr/Frau ", g.name("last"), " (Vorname ", g.e("PERSON", g.first, "de"), "), wohnhaft ",
                 g.addr(), ", Steuer-ID liegt vor, Gehaltskonto ", g.iban(), ". Eintritt: ", g.neg("DATE"), ".")
    return T("| Feld | Wert |\n|---|---|\n| Name | ", g.name(), " |\n| Straße | ", g.street(), " |\n| Mobil | ", g.phone(),
             " |\n| E-Mail | ", g.email(), " |\n| Geburtstag | ", g.dob(), " |")


def chat_fr(g, k):
    if k == 0:
        return T("Voici les informations du dossier :\n• Nom : ", g.name(), "\n• Date de naissance : ", g.dob(), "\n• Adresse : ", g.addr(),
                 "\n• Courriel : ", g.email(), "\n• Tél. : ", g.phone(), "\nDernière commande : ", g.neg("ORDER_ID"),
                 ", n° de suivi ", g.neg("CARDLIKE"), ".")
    if k == 1:
        return T("Client : Bonjour, je suis ", g.name("fl"), ". Ma carte ", g.card(), " a été débitée deux fois.\n",
                 "Conseiller : Je vérifie… pouvez-vous confirmer votre date de naissance ?\nClient : ", g.dob(), ".\n",
                 "Conseiller : Merci, le remboursement (réf. ", g.neg("ORDER_ID"), ") partira le ", g.neg("DATE"), ".")
    if k == 2:
        a = g.other()
        return T("Madame, Monsieur,\n\nNous confirmons le prélèvement mensuel sur le compte ", g.iban(), " au nom de ", g.name("fl"),
                 ". Référence du mandat : ", g.neg("ORDER_ID"), ".\n\nCordialement,\n", a.name("fl"))
    if k == 3:
        return T("Compte rendu : le patient ", g.name(), ", né le ", g.dob(), ", numéro de dossier ", g.mrn(), ", a été hospitalisé le ",
                 g.neg("DATE"), ". Contact : ", g.phone(), ".")
    if k == 4:
        return T("Le jeton Slack ", g.key("slack"), " a été exposé dans le dépôt ; le commit ", g.neg("HASH"),
                 " l'a introduit. Dernière connexion depuis ", g.ipv6(), " et ", g.ipv4(), ".")
    if k == 5:
        return T("Nouvelle adresse de livraison : ", g.addr(), " — destinataire ", g.name("up"), ", joignable au ", g.phone(), ".")
    if k == 6:
        return T("Dans le fichier `.env` :\n```\nOPENAI_API_KEY=", g.key("openai_like"), "\nDB_URL=", g.dburl(), "\n```\nVersion déployée : ",
                 g.neg("VERSION"), ".")
    if k == 8:
        return T("Bonjour ", g.name("fl"), ",\nvotre mot de passe temporaire est : ", g.password(), "\nIl expire le ", g.neg("DATE"),
                 ". Si vous n'êtes pas à l'origine de cette demande (adresse IP ", g.ipv4(), "), contactez le ", g.neg("TITLECASE"), ".")
    return T("Nom;Prénom;Courriel;IBAN\n", g.e("PERSON", g.last, "fr"), ";", g.e("PERSON", g.first, "fr"), ";", g.email(), ";", g.iban())


def chat_ru(g, k):
    if k == 0:
        return T("Вот данные клиента из CRM:\n— ФИО: ", g.name("lfp"), "\n— Дата рождения: ", g.dob(), "\n— Паспорт: ", g.passport(),
                 "\n— СНИЛС: ", g.snils(), "\n— ИНН: ", g.inn(12), "\n— Адрес: ", g.addr(), "\n— Телефон: ", g.phone())
    if k == 1:
        return T("Оператор: Назовите, пожалуйста, серию и номер паспорта.\nКлиент: ", g.passport(), ", выдан ", g.neg("DATE"),
                 ".\nОператор: Спасибо, ", g.name("fp"), ". Заявка ", g.neg("ORDER_ID"), " принята, трек-номер ", g.neg("CARDLIKE"),
                 ", ответ придёт на ", g.email(), ".")
    if k == 2:
        return T(g.neg("TIMESTAMP"), " WARN вход с нового устройства: пользователь=", g.email(), " ip=", g.ipv4(), " сессия=", g.neg("UUID"),
                 "\n", g.neg("TIMESTAMP"), " INFO повторный вход ip=", g.ipv6())
    if k == 3:
        return T("Выписка: пациент ", g.name("lfp"), ", ", g.dob(), " г.р., номер медицинской карты ", g.mrn(), ", поступил ",
                 g.neg("DATE"), ". СНИЛС ", g.snils(), ", телефон для связи ", g.phone(), ".")
    if k == 4:
        return T("Токен GitHub ", g.key("github_pat_classic"), " нашёлся в истории коммитов (", g.neg("HASH"),
                 "). Кроме того, в .env лежит строка DB_PASSWORD=", g.password(), " — её тоже надо сменить.")
    if k == 5:
        return T("Перевод на карту ", g.card(), " от ", g.name("fl"), " отклонён. ИНН организации-отправителя: ", g.inn(10),
                 ", номер платёжки ", g.neg("NUMBER"), ".")
    if k == 6:
        a = g.other()
        return T("Уважаемый(ая) ", g.name("fp"), "!\n\nСообщаем, что ваш новый адрес доставки: ", g.addr(),
                 ".\n\nС уважением,\n", a.name("init"), ", ", g.neg("TITLECASE"))
    if k == 8:
        return T("Анкета заполнена: ", g.name("fl"), ", дата рождения — ", g.dob(), ", прописка: ", g.addr(), ", СНИЛС ", g.snils(),
                 ". Ключ API из анкеты (", g.key("aws_access_key_id"), ") мы удалили. Версия формы ", g.neg("VERSION"), ".")
    return T("| ФИО | Телефон | ИНН |\n|---|---|---|\n| ", g.name("lfp"), " | ", g.phone(), " | ", g.inn(12), " |\n| ",
             g.other().name("lfp"), " | ", g.phone(), " | ", g.inn(12), " |")


CHAT = {"en": (chat_en, 21), "de": (chat_de, 9), "fr": (chat_fr, 9), "ru": (chat_ru, 9)}


# ---------------------------------------------------------------- JSON shapes
def dumps(r, obj):
    style = r.choice(["compact", "spaced", "indent2", "indent4"])
    if style == "compact":
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    if style == "spaced":
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, indent=2 if style == "indent2" else 4)


def inner(g, fn):
    """double-encoded JSON: a JSON string holding JSON"""
    old = g.level
    g.level = old + 1
    try:
        return json.dumps(fn(), ensure_ascii=False, separators=(",", ":"))
    finally:
        g.level = old


def j_crm(g):
    return {"customer": {"id": g.neg("UUID"), "fullName": g.name("fl"), "emailAddress": g.email(), "mobileNumber": g.phone(),
                         "birthDate": g.dob(), "postalAddress": {"line1": g.street(), "city": g.i(g.city()[0]), "postcode": g.i(g.pc)}},
            "orders": [{"orderRef": g.neg("ORDER_ID"), "createdAt": g.neg("TIMESTAMP"), "total": 129.9}]}


def j_hr(g):
    emps = []
    for m in range(g.r.randint(2, 3)):
        p = g if m == 0 else g.other()
        e = {"employee_no": "E%05d" % g.r.randint(1, 99999), "first_name": p.e("PERSON", p.first, p.lang), "last_name": p.e("PERSON", p.last, p.lang),
             "date_of_birth": p.iso_dob(), "personal_email": p.email(), "bank": {"iban": p.iban()}}
        if g.loc == "en_US":
            e["ssn"] = p.ssn()
        emps.append(e)
    return {"export": {"generated_at": g.neg("TIMESTAMP"), "employees": emps}}


def j_de(g):
    return {"kunde": {"vorname": g.e("PERSON", g.first, g.lang), "nachname": g.e("PERSON", g.last, g.lang), "geburtsdatum": g.dob(),
                      "anschrift": {"strasse": g.street(), "plz": g.i(g.city()[1]), "ort": g.i(g.cityname)},
                      "bankverbindung": {"kontoinhaber": g.name("fl"), "iban": g.iban()}, "telefonnummer": g.phone()},
            "auftragsnummer": g.neg("ORDER_ID")}


def j_fr(g):
    return {"patient": {"nom": g.e("PERSON", g.last, g.lang), "prenom": g.e("PERSON", g.first, g.lang), "date_naissance": g.dob(),
                        "numero_dossier": g.mrn(), "coordonnees": {"telephone": g.phone(), "courriel": g.email(), "adresse": g.street()}},
            "sejours": [{"entree": g.neg("DATE"), "service": "Cardiologie"}]}


def j_ru(g):
    return {"клиент": {"фио": g.name("lfp"), "дата_рождения": g.dob(), "паспорт": {"серия_номер": g.passport(), "дата_выдачи": g.neg("DATE")},
                       "снилс": g.snils(), "инн": g.inn(12), "контакты": {"телефон": g.phone(), "почта": g.email()}, "адрес": g.street()},
            "заявка": g.neg("ORDER_ID")}


def j_bank(g):
    kind, num = g.card_number()
    return {"accounts": [{"holder": g.name(), "iban": g.iban(), "cards": [{"pan": g.e("CREDIT_CARD", num, kind), "expiry": "08/29", "status": "active"}],
                          "lastLogin": {"ip": g.ipv4(), "at": g.neg("TIMESTAMP")}}],
            "statementId": g.neg("UUID"), "transactionRef": g.neg("CARDLIKE"), "signature": g.neg("B64")}


def j_fhir(g):
    mr = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}
    return {"resourceType": "Patient", "id": g.neg("UUID"),
            "identifier": [{"type": mr, "system": "urn:oid:2.16.840.1.113883.19.5", "value": g.mrn()}],
            "name": [{"family": g.e("PERSON", g.last, g.lang), "given": [g.e("PERSON", g.first, g.lang)]}], "birthDate": g.iso_dob(),
            "telecom": [{"system": "phone", "value": g.phone()}, {"system": "email", "value": g.email()}],
            "address": [{"line": [g.street()], "city": g.i(g.city()[0]), "postalCode": g.i(g.pc)}],
            "meta": {"versionId": "3", "lastUpdated": g.neg("TIMESTAMP")}}


def j_secrets(g):
    return {"services": {"github": {"token": g.key(g.r.choice(["github_pat_classic", "github_pat_fine"]))},
                         "aws": {"accessKeyId": g.key("aws_access_key_id"), "secretAccessKey": g.key("aws_secret_key")},
                         "database": {"url": g.dburl()}, "google": {"apiKey": g.key("google_api")}},
            "build": {"version": g.neg("VERSION"), "commit": g.neg("HASH"), "artifactDigest": g.neg("B64")}}


def j_event(g):
    return {"event": "contact.updated", "occurred_at": g.neg("TIMESTAMP"), "nonce": g.neg("B64"),
            "payload": inner(g, lambda: {"name": g.name("fl"), "email": g.email(), "phone": g.phone(), "ip": g.ipv4()})}


def j_toolcall(g):
    return {"role": "assistant", "content": None, "tool_calls": [{"id": "call_" + rs(g.r, ALNUM, 24), "type": "function", "function": {
        "name": "update_customer", "arguments": inner(g, lambda: {"customer_name": g.name(), "dob": g.dob(), "street": g.street(),
                                                                  "card_number": g.card(), "note": "verified by phone"})}}]}


def j_logs(g):
    lines = []
    for m in range(g.r.randint(2, 4)):
        lines.append({"ts": g.neg("TIMESTAMP"), "level": "WARN",
                      "msg": g.r.choice(["login failed for ", "password reset requested by "]) + g.email() + " from " + g.ipv4()})
    lines.append({"ts": g.neg("TIMESTAMP"), "level": "INFO", "msg": "request " + g.neg("UUID") + " served to " + g.ipv6()})
    return {"logs": lines}


def j_ru_org(g):
    return {"organization": {"name": "ООО «Северный ветер»", "inn": g.inn(10, numeric=True), "director": g.name("lfp"), "phone": g.phone()},
            "person": {"inn": g.inn(12), "snils": g.snils()}, "doc_no": g.neg("NUMBER")}


def j_users(g):
    users = []
    for m in range(g.r.randint(2, 3)):
        p = g if m == 0 else g.other()
        u = {"id": g.neg("UUID"), "displayName": p.name("fl"), "contact": {"email": p.email(), "phone": p.phone()}, "born": p.dob()}
        if g.loc == "en_US":
            u["taxId"] = p.ssn()
        if g.loc == "ru_RU":
            u["passport"] = p.passport()
        users.append(u)
    return {"data": {"users": users, "page": 1, "next": None}}


JSON_ANY = [j_crm, j_hr, j_bank, j_fhir, j_secrets, j_event, j_toolcall, j_logs, j_users]
JSON_LOC = {"de": [j_de], "fr": [j_fr], "ru": [j_ru, j_ru_org], "en": []}


def json_obj(g):
    g.level = 1
    fns = JSON_ANY + JSON_LOC[g.lang] * 3
    fn = g.r.choice(fns)
    return fn.__name__, fn(g)


def json4k(g):
    g.level = 1
    recs = []
    name = None
    while len(json.dumps(recs, ensure_ascii=False)) < 3600:
        p = g.other()
        fn = g.r.choice([j_crm, j_users, j_bank, j_logs] + JSON_LOC[g.lang])
        name = name or fn.__name__
        recs.append(fn(p))
    return "json4k." + name, {"batch": g.neg("UUID"), "records": recs}


# ---------------------------------------------------------------- obfuscated docs
OBF_LEAD = {"en": ["Reach me at {}, thanks.", "Sure, the value is {} (as typed by the user).", "user wrote: \"{}\" — please ignore the formatting"],
            "de": ["Erreichbar unter {}, danke.", "Der Kunde schrieb: {}"],
            "fr": ["Vous pouvez me joindre : {}.", "Le client a écrit « {} »."],
            "ru": ["Мои данные: {}.", "Клиент написал: «{}»."]}


def obf_doc(g):
    r = g.r
    how = r.choice(["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "dotted", "defang"])
    makers = {"zero_width": [g.email, g.phone, g.card, g.iban, g.key, g.name, g.ipv4],
              "homoglyph": [g.email, g.key, g.name],
              "fullwidth": [g.phone, g.card, g.ipv4, g.iban] + ([g.ssn] if g.loc == "en_US" else []) + ([g.snils, g.inn, g.passport] if g.lang == "ru" else []),
              "spaced": [g.phone, g.card] + ([g.ssn] if g.loc == "en_US" else []) + ([g.snils, g.inn, g.passport] if g.lang == "ru" else []),
              "spelled": [g.phone] + ([g.ssn] if g.loc == "en_US" else []) + ([g.inn] if g.lang == "ru" else []),
              "dotted": [g.email], "defang": [g.ipv4, g.email]}[how]
    parts = []
    for m in range(r.randint(1, 2)):
        ph = r.choice(makers)()
        slot = g.slots[int(re.findall(r"QQPH(\d+)QQ", ph)[-1])]
        slot["value"] = obfuscate(r, how, slot["value"], g.lang)
        slot["obf"] = how
        parts.append(r.choice(OBF_LEAD[g.lang]).format(ph))
    parts.insert(r.randint(0, len(parts)), "Ref " + g.neg() + ".")
    return "obf." + how, " ".join(parts)


# ---------------------------------------------------------------- rendering
def esc(v, level):
    for k in range(level):
        v = json.dumps(v, ensure_ascii=False)[1:-1]
    return v


def render(g, raw):
    out, ents, negs, ign = [], [], [], []
    pos = 0
    cur = 0
    for m in re.finditer(r"QQPH(\d+)QQ", raw):
        s = g.slots[int(m.group(1))]
        a, b = m.start(), m.end()
        if s["numeric"]:
            assert raw[a - 1] == '"' and raw[b] == '"'
            a, b = a - 1, b + 1
        if a < cur:
            raise ValueError("overlap")
        out.append(raw[cur:a])
        pos += a - cur
        val = esc(s["value"], s["level"])
        start, end = pos, pos + len(val)
        out.append(val)
        pos = end
        cur = b
        if s["kind"] == "ent":
            e = {"type": s["type"], "start": start, "end": end}
            if s["sub"]:
                e["sub"] = s["sub"]
            if s["core"]:
                c0, c1 = s["core"]
                e["core"] = [start + len(esc(s["value"][:c0], s["level"])), start + len(esc(s["value"][:c1], s["level"]))]
            if s["obf"]:
                e["obf"] = s["obf"]
            ents.append(e)
        elif s["kind"] == "neg":
            negs.append({"type": s["type"], "start": start, "end": end})
        elif s["kind"] == "ign":
            ign.append([start, end])
    out.append(raw[cur:])
    text = "".join(out)
    for x in ents + negs:
        x["value"] = text[x["start"]:x["end"]]
    return text, ents, negs, ign


def chunks(r, text):
    res, k = [], 0
    while k < len(text):
        n = r.randint(1, 16)
        res.append(text[k:k + n])
        k += n
    return res


LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
SHAPES = [("chat", 150), ("json", 90), ("json4k", 30), ("text4k", 25), ("obfuscated", 50), ("stream", 55)]


def make_doc(r, shape, locale):
    g = Gen(r, locale)
    fmt = "text"
    if shape == "chat":
        fn, n = CHAT[g.lang]
        k = r.randrange(n)
        tpl, raw = "chat.%s.%d" % (g.lang, k), fn(g, k)
        if r.random() < 0.15:  # a JSON record quoted inside prose
            g.level = 1
            name, obj = json_obj(g)
            raw = raw + "\n\nThe raw record:\n```json\n" + dumps(r, obj) + "\n```"
            tpl += "+" + name
    elif shape == "json":
        name, obj = json_obj(g)
        tpl, raw, fmt = "json." + name, dumps(r, obj), "json"
    elif shape == "json4k":
        name, obj = json4k(g)
        tpl, raw, fmt = name, dumps(r, obj), "json"
    elif shape == "text4k":
        fn, n = CHAT[g.lang]
        pieces, order = [], []
        while sum(len(p) for p in pieces) < 3800:
            if not order:
                order = r.sample(range(n), n)
            pieces.append(fn(g.other(), order.pop()))
        tpl, raw = "text4k." + g.lang, "\n\n".join(pieces)
    else:
        tpl, raw = obf_doc(g)
    text, ents, negs, ign = render(g, raw)
    if fmt == "json":
        json.loads(text)
    return {"shape": shape, "format": fmt, "locale": locale, "lang": g.lang, "template": tpl, "holdout_only_template": True,
            "text": text, "entities": ents, "negatives": negs, "ignore": ign}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="/tmp/probe_b.jsonl")
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    r = random.Random(args.seed)
    docs = []
    for shape, count in SHAPES:
        for k in range(int(count * args.scale)):
            loc = LOCALES[k % len(LOCALES)]
            if shape == "stream":
                base = r.choice(["chat", "chat", "json"])
                d = make_doc(r, base, loc)
                d["shape"], d["base_shape"] = "stream", base
                d["chunks"] = chunks(r, d["text"])
            else:
                d = make_doc(r, shape, loc)
            d["id"] = "probe_b-%s-%04d" % (shape, k)
            d["split"] = "probe_b"
            docs.append(d)
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in docs:
            for e in d["entities"] + d["negatives"]:
                assert d["text"][e["start"]:e["end"]] == e["value"]
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n_ent = sum(len(d["entities"]) for d in docs)
    n_neg = sum(len(d["negatives"]) for d in docs)
    print("%d docs, %d entities, %d negatives -> %s" % (len(docs), n_ent, n_neg, args.out))


if __name__ == "__main__":
    main()
