"""Held-out probe corpus for the PII engine, in the pii-bench schema.

Templates, JSON key names and nesting are written independently of the dev split (from general
knowledge of support chats, letters, forms, logs, config dumps and CRM/EHR/HR exports); values are
generated from their formats (Luhn, mod-97, SSA rules, SNILS/INN/NHS checksums); person names are a
small hand-written set per locale.  Deterministic for a given --seed.

    python bench/pii/heldout/make_probe.py [--seed 7] [--out bench/pii/out/probe.jsonl] [--no-chunks]
"""
import argparse
import json
import os
import random
import re

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}

# Hand-written names; several are unlikely to be in any lexicon (context-only detection).
NAMES = {
    "en_US": [("Marcus", "Whitfield"), ("Delphine", "Okafor"), ("Tobias", "Renwick"), ("Jolene", "Marchetti"),
              ("Keanu", "Alvarado"), ("Priya", "Raghunathan"), ("Ezekiel", "Brannigan"), ("Shauna", "McAllister"),
              ("Harold", "Pembrook"), ("Lakisha", "Dunwoody"), ("Brent", "Castellano"), ("Oluwaseun", "Adeyemi")],
    "en_GB": [("Fiona", "Ashcombe"), ("Rhys", "Llewellyn"), ("Imogen", "Thistlewood"), ("Callum", "Dunmore"),
              ("Siobhan", "Carrick"), ("Nigel", "Featherstone"), ("Aoife", "Brennan"), ("Tariq", "Haslam"),
              ("Hamish", "Goodfellow"), ("Philippa", "Rowntree"), ("Declan", "Fairweather"), ("Niamh", "Oakes")],
    "de_DE": [("Jürgen", "Oberholzer"), ("Annegret", "Pfisterer"), ("Malte", "Hinrichsen"), ("Sieglinde", "Wachtmeister"),
              ("Torben", "Quandt"), ("Heike", "Brünnighausen"), ("Wiebke", "Sommerfeld"), ("Lutz", "Eichendorff"),
              ("Dörte", "Kahlbaum"), ("Eckhard", "Lindqvist"), ("Ilse", "Vogelsang"), ("Jannik", "Tiedemann")],
    "fr_FR": [("Éloïse", "Vasseur"), ("Gaëtan", "Lefebvre-Morin"), ("Solène", "Picard"), ("Thibault", "Marchandeau"),
              ("Maëlle", "Guénégo"), ("Aurélien", "Dussardier"), ("Ghislaine", "Roux"), ("Enzo", "Castagnier"),
              ("Bérénice", "Lallemand"), ("Yannick", "Kerbrat"), ("Clémence", "Aubertin"), ("Loïc", "Pellerin")],
    "ru_RU": [("Всеволод", "Кречетов"), ("Анфиса", "Белозёрова"), ("Ростислав", "Шубин"), ("Злата", "Мирошниченко"),
              ("Тимофей", "Лыков"), ("Серафима", "Ковригина"), ("Ярополк", "Дегтярёв"), ("Евдокия", "Пахомова"),
              ("Глеб", "Сумароков"), ("Любава", "Чернышёва"), ("Фрол", "Кудинов"), ("Агния", "Прохорова")],
}
RU_PATRONYMIC = {"m": ["Игоревич", "Семёнович", "Петрович", "Аркадьевич"], "f": ["Андреевна", "Олеговна", "Юрьевна", "Львовна"]}
RU_FEMALE = {"Анфиса", "Злата", "Серафима", "Евдокия", "Любава", "Агния"}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

STREETS = {
    "en_US": ["Maple Grove Rd", "Old Mill Lane", "Harborview Drive", "W 43rd St", "Sycamore Court", "Cedar Ridge Pkwy",
              "Lincoln Avenue", "N Halsted St", "Pinecrest Blvd", "Juniper Way"],
    "en_GB": ["Kingsley Road", "Wellington Terrace", "Abbey Close", "Station Approach", "Hawthorn Crescent",
              "Mill Lane", "Victoria Street", "Orchard Gardens", "Priory Walk", "Church Hill"],
    "de_DE": ["Lindenallee", "Am Mühlbach", "Karl-Marx-Str.", "Goethestraße", "Holzweg", "Auf der Heide",
              "Bahnhofstr.", "Schillerplatz", "Rosenweg", "Hohenzollernring"],
    "fr_FR": ["rue des Lilas", "avenue Jean-Jaurès", "impasse du Moulin", "boulevard Voltaire", "place de la Mairie",
              "chemin des Vignes", "allée des Tilleuls", "quai de la Loire", "rue Victor-Hugo", "route de Lyon"],
    "ru_RU": ["ул. Садовая", "пр-т Мира", "Ленинский проспект", "ул. Гоголя", "пер. Кривоколенный",
              "бульвар Рокоссовского", "ул. Заречная", "шоссе Энтузиастов", "наб. Фонтанки", "ул. 8 Марта"],
}
CITIES = {"en_US": ["Springfield, IL 62704", "Tacoma, WA 98402", "Austin, TX 78701"],
          "en_GB": ["Leeds LS6 2QT", "Bristol BS8 1TH", "Norwich NR2 4PD"],
          "de_DE": ["28195 Bremen", "04109 Leipzig", "70173 Stuttgart"],
          "fr_FR": ["69003 Lyon", "35000 Rennes", "13006 Marseille"],
          "ru_RU": ["г. Казань", "г. Екатеринбург", "г. Самара"]}

EMAIL_DOMAINS = ["outlook.com", "gmx.de", "orange.fr", "yandex.ru", "proton.me", "acme-corp.io", "web.de",
                 "mail.ru", "free.fr", "btinternet.com", "northwind.example", "corp.contoso.com"]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def ascii_fold(s):
    s = s.lower()
    out = []
    for ch in s:
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
        else:
            out.append({"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ï": "i", "ç": "c",
                        "ê": "e", "à": "a"}.get(ch, ch))
    return re.sub(r"[^a-z0-9]", "", "".join(out))


class Gen(object):
    def __init__(self, rnd, locale):
        self.r = rnd
        self.loc = locale
        self.lang = LANG[locale]

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for i in range(n))

    # ---- people ------------------------------------------------------------------------
    def person_parts(self):
        return self.r.choice(NAMES[self.loc])

    def person(self, style=None):
        first, last = self.person_parts()
        style = style or self.r.choice(["fl", "fl", "fl", "fml", "lf", "title"])
        if self.loc == "ru_RU":
            pat = self.r.choice(RU_PATRONYMIC["f" if first in RU_FEMALE else "m"])
            return self.r.choice([first + " " + last, last + " " + first + " " + pat, first + " " + pat + " " + last,
                                  last + " " + first[0] + ". " + pat[0] + "."])
        if style == "fml":
            return "%s %s. %s" % (first, self.r.choice("ABCDEHJKLMRST"), last)
        if style == "lf":
            return "%s, %s" % (last.upper() if self.r.random() < 0.3 else last, first)
        if style == "title":
            return first[0] + ". " + last
        return first + " " + last

    def email(self, name=None):
        first, last = name or self.person_parts()
        f, la = ascii_fold(first), ascii_fold(last)
        user = self.r.choice(["%s.%s" % (f, la), "%s%s" % (f[0], la), "%s_%s%s" % (la, f, self.digits(2)),
                              "%s+billing" % f, "%s.%s" % (f[0], la)])
        dom = self.r.choice(EMAIL_DOMAINS)
        if self.r.random() < 0.2:
            dom = self.r.choice(["mx", "eu", "intra"]) + "." + dom
        return user + "@" + dom

    # ---- phones ------------------------------------------------------------------------
    def phone(self):
        r, d = self.r, self.digits
        if self.loc == "en_US":
            a = str(r.randint(201, 989))
            x = str(r.randint(200, 989))
            return r.choice(["(%s) %s-%s" % (a, x, d(4)), "%s.%s.%s" % (a, x, d(4)), "+1-%s-%s-%s" % (a, x, d(4)),
                             "+1 (%s) %s-%s" % (a, x, d(4)), "%s-%s-%s" % (a, x, d(4)), "1 %s %s %s" % (a, x, d(4))])
        if self.loc == "en_GB":
            return r.choice(["020 7%s %s" % (d(3), d(4)), "07%s %s" % (d(3), d(6)), "+44 7%s %s" % (d(3), d(6)),
                             "+44 (0)20 8%s %s" % (d(3), d(4)), "0113 %s %s" % (d(3), d(4)), "01632 %s" % d(6),
                             "+44 113 %s %s" % (d(3), d(4))])
        if self.loc == "de_DE":
            return r.choice(["+49 30 %s" % d(8), "030 %s %s" % (d(4), d(4)), "0151 %s" % d(8), "+49 (0) 151 %s %s" % (d(4), d(4)),
                             "0049 89 %s-%s" % (d(3), d(4)), "0221 / %s %s" % (d(3), d(4)), "+49 711 %s-%s" % (d(4), d(2)),
                             "(040) %s %s" % (d(3), d(4))])
        if self.loc == "fr_FR":
            p = " ".join(d(2) for i in range(4))
            return r.choice(["01 " + p, "06." + p.replace(" ", "."), "+33 6 " + p, "+33 (0)1 " + p, "07-" + p.replace(" ", "-"),
                             "0 800 %s %s" % (d(3), d(3)), "+33 4 " + p])
        return r.choice(["+7 (495) %s-%s-%s" % (d(3), d(2), d(2)), "8 (916) %s-%s-%s" % (d(3), d(2), d(2)),
                         "8 903 %s %s %s" % (d(3), d(2), d(2)), "+7 926 %s %s %s" % (d(3), d(2), d(2)),
                         "+7(812)%s-%s-%s" % (d(3), d(2), d(2)), "8-800-%s-%s-%s" % (d(3), d(2), d(2))])

    # ---- national ids ------------------------------------------------------------------
    def ssn(self):
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice(["%03d-%02d-%04d" % (a, g, s), "%03d %02d %04d" % (a, g, s), "%03d%02d%04d" % (a, g, s)])

    def snils(self):
        while True:
            base = self.digits(9)
            if int(base) > 1001998:
                break
        s = sum(int(c) * (9 - i) for i, c in enumerate(base))
        if s < 100:
            cs = s
        elif s in (100, 101):
            cs = 0
        else:
            cs = s % 101
            cs = 0 if cs == 100 else cs
        cs = "%02d" % cs
        return self.r.choice(["%s-%s-%s %s" % (base[:3], base[3:6], base[6:], cs), base + cs,
                              "%s %s %s %s" % (base[:3], base[3:6], base[6:], cs)])

    def inn(self, kind=None):
        kind = kind or self.r.choice([10, 12])
        if kind == 10:
            b = self.digits(9)
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            return b + str(sum(int(c) * k for c, k in zip(b, w)) % 11 % 10)
        b = self.digits(10)
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        b += str(sum(int(c) * k for c, k in zip(b, w1)) % 11 % 10)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        return b + str(sum(int(c) * k for c, k in zip(b, w2)) % 11 % 10)

    def ru_passport(self):
        reg = "%02d" % self.r.choice([45, 46, 40, 92, 65, 4, 36, 77])
        yr = "%02d" % self.r.randint(0, 24)
        num = self.digits(6)
        return self.r.choice(["%s %s %s" % (reg, yr, num), "%s%s %s" % (reg, yr, num), "%s%s%s" % (reg, yr, num),
                              "%s %s № %s" % (reg, yr, num)])

    def nhs(self):
        while True:
            b = self.digits(9)
            c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
            c = 0 if c == 11 else c
            if c != 10:
                break
        n = b + str(c)
        return self.r.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])])

    def mrn(self):
        if self.loc == "en_GB" and self.r.random() < 0.4:
            return self.nhs()
        d = self.digits
        return self.r.choice(["MRN%s" % d(7), "%s-%s" % (d(3), d(5)), "H%s" % d(8), "PAT-%s-%s" % (d(4), d(3)), d(8),
                              "KH/%s/%s" % (d(2), d(6)), "A%s%s" % (self.r.choice("BCDEFGHJK"), d(6))])

    # ---- money ---------------------------------------------------------------------------
    def card(self):
        r = self.r
        brand = r.choice(["visa", "mc", "mc2", "amex", "discover", "jcb", "mir", "visa"])
        pre, n = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
                  "amex": (r.choice(["34", "37"]), 15), "discover": (r.choice(["6011", "65"]), 16),
                  "jcb": (str(r.randint(3528, 3589)), 16), "mir": ("220" + str(r.randint(0, 4)), 16)}[brand]
        body = pre + self.digits(n - len(pre) - 1)
        num = body + luhn_digit(body)
        if n == 15:
            sep = r.choice([" ", "-", ""])
            return sep.join([num[:4], num[4:10], num[10:]]), brand
        sep = r.choice([" ", "-", "", " "])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4)), brand

    def cardlike_invalid(self):
        while True:
            body = "4" + self.digits(15)
            if luhn_digit(body[:-1]) != body[-1]:
                break
        return " ".join(body[i:i + 4] for i in range(0, 16, 4))

    def iban(self):
        r, d = self.r, self.digits
        cc = r.choice(["DE", "GB", "FR", "NL", "ES", "IT", "AT", "BE", "CH", "PL", "LU", "IE", "PT", "DK"])
        letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        bban = {"DE": lambda: d(18), "GB": lambda: "".join(r.choice(letters) for i in range(4)) + d(14),
                "FR": lambda: d(10) + d(11) + d(2), "NL": lambda: "".join(r.choice(letters) for i in range(4)) + d(10),
                "ES": lambda: d(20), "IT": lambda: r.choice(letters) + d(22), "AT": lambda: d(16), "BE": lambda: d(12),
                "CH": lambda: d(17), "PL": lambda: d(24), "LU": lambda: d(16), "IE": lambda: "".join(r.choice(letters) for i in range(4)) + d(14),
                "PT": lambda: d(21), "DK": lambda: d(14)}[cc]()
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        check = "%02d" % (98 - int(num) % 97)
        iban = cc + check + bban
        if r.random() < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), cc
        return iban, cc

    # ---- network -------------------------------------------------------------------------
    def ipv4(self):
        r = self.r
        return r.choice(["%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                         "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])

    def ipv6(self):
        r = self.r
        h = lambda: "%x" % r.randint(1, 0xffff)  # noqa: E731
        return r.choice(["2a02:%s:%s:%s:%s:%s:%s:%s" % tuple(h() for i in range(7)), "fe80::%s:%s:%s:%s" % tuple(h() for i in range(4)),
                         "2001:db8:%s::%s" % (h(), h()), "2606:4700:%s::%s:%s" % (h(), h(), h()),
                         "::ffff:%d.%d.%d.%d" % (r.randint(1, 223), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])

    # ---- secrets -------------------------------------------------------------------------
    def rs(self, n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.r.choice(alpha) for i in range(n))

    def token(self):
        r, rs = self.r, self.rs
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
        kind = r.choice(["aws", "aws_secret", "ghp", "gh_fine", "gho", "slack", "stripe", "google", "gitlab", "openai",
                         "jwt", "npm", "sendgrid", "hf", "anthropic", "stripe_rk", "slack_hook"])
        if kind == "aws":
            return r.choice(["AKIA", "ASIA"]) + rs(16, up), kind
        if kind == "aws_secret":
            return rs(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), kind
        if kind == "ghp":
            return "ghp_" + rs(36), kind
        if kind == "gh_fine":
            return "github_pat_" + rs(22) + "_" + rs(59), kind
        if kind == "gho":
            return r.choice(["gho_", "ghu_", "ghr_"]) + rs(36), kind
        if kind == "slack":
            return "xox%s-%s-%s-%s" % (r.choice("bpa"), self.digits(12), self.digits(12), rs(24)), kind
        if kind == "slack_hook":
            return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(8, up), rs(10, up), rs(24)), kind
        if kind == "stripe":
            return r.choice(["sk_live_", "sk_test_"]) + rs(24 + r.randint(0, 75)), kind
        if kind == "stripe_rk":
            return "rk_live_" + rs(30), kind
        if kind == "google":
            return "AIza" + rs(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), kind
        if kind == "gitlab":
            return "glpat-" + rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), kind
        if kind == "openai":
            return r.choice(["sk-", "sk-proj-", "sk-svcacct-"]) + rs(48), kind
        if kind == "anthropic":
            return "sk-ant-api03-" + rs(93, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "AA", kind
        if kind == "npm":
            return "npm_" + rs(36), kind
        if kind == "sendgrid":
            return "SG." + rs(22) + "." + rs(43), kind
        if kind == "hf":
            return "hf_" + rs(34), kind
        return self.jwt(), kind

    def jwt(self):
        import base64
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")  # noqa: E731
        head = b({"alg": self.r.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = b({"sub": self.digits(8), "role": "user", "exp": 1790000000 + self.r.randint(0, 10 ** 7)})
        return head + "." + body + "." + self.rs(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def password(self):
        r = self.r
        return r.choice([self.rs(r.randint(12, 20), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!#$%^&*-_"),
                         r.choice(["Sommer", "Winter", "Bonjour", "Dragon", "Monkey", "Zaq1"]) + self.digits(4) + r.choice("!?#$"),
                         self.rs(6) + "-" + self.rs(6) + "-" + self.rs(6)])

    # ---- dates ---------------------------------------------------------------------------
    def ymd(self, lo=1938, hi=2006):
        return self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28)

    def date(self, ymd=None):
        y, m, d = ymd or self.ymd()
        r = self.r
        mn = MONTHS[self.lang][m - 1]
        if self.loc == "en_US":
            return r.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mn, d, y), "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (m, d, y),
                             "%s %d, %d" % (mn[:3] + ".", d, y) if m != 5 else "May %d, %d" % (d, y)])
        if self.loc == "en_GB":
            suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
            return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mn, y), "%d%s %s %d" % (d, suf, mn, y), "%d %s %d" % (d, mn[:3], y),
                             "%d-%02d-%02d" % (y, m, d)])
        if self.loc == "de_DE":
            return r.choice(["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mn, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
        if self.loc == "fr_FR":
            return r.choice(["%02d/%02d/%d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), mn, y), "%02d.%02d.%d" % (d, m, y),
                             "%02d-%02d-%d" % (d, m, y)])
        return r.choice(["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, mn, y), "%d %s %d года" % (d, mn, y), "%d-%02d-%02d" % (y, m, d)])

    def iso_dob(self):
        return "%d-%02d-%02d" % self.ymd()

    # ---- addresses -----------------------------------------------------------------------
    def street(self):
        r = self.r
        st = r.choice(STREETS[self.loc])
        n = str(r.randint(1, 240))
        if self.loc == "en_US":
            return r.choice(["%s %s" % (r.randint(10, 9899), st), "%s %s, Apt %s" % (r.randint(10, 9899), st, r.randint(1, 40)),
                             "%s %s Suite %d" % (r.randint(100, 999), st, r.randint(100, 900))])
        if self.loc == "en_GB":
            return r.choice(["%s %s" % (n, st), "Flat %d, %s %s" % (r.randint(1, 30), n, st), "%s%s %s" % (n, r.choice("ab"), st)])
        if self.loc == "de_DE":
            return r.choice(["%s %s" % (st, n), "%s %s%s" % (st, n, r.choice("abc")), "%s %s-%d" % (st, n, int(n) + 2)])
        if self.loc == "fr_FR":
            return r.choice(["%s %s" % (n, st), "%s bis, %s" % (n, st), "%s, %s" % (n, st), "%s ter %s" % (n, st)])
        return r.choice(["%s, д. %s" % (st, n), "%s, д. %s, кв. %d" % (st, n, r.randint(1, 300)), "%s, %s" % (st, n),
                         "%s, д. %s, корп. %d" % (st, n, r.randint(1, 5))])


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


# ------------------------------------------------------------------------------------------
# Slots.  A template is a string with {SLOT} markers; each slot yields (text, type or None, sub, core).

def slot(g, name, ctx):
    r = g.r
    if name == "PERSON":
        v = ctx.get("person") or g.person()
        return v, "PERSON", g.lang
    if name == "FIRST":
        return ctx["parts"][0], "PERSON", g.lang
    if name == "LAST":
        return ctx["parts"][1], "PERSON", g.lang
    if name == "EMAIL":
        return g.email(ctx.get("parts")), "EMAIL", None
    if name == "PHONE":
        return g.phone(), "PHONE", g.loc
    if name == "SSN":
        return g.ssn(), "US_SSN", None
    if name == "SNILS":
        return g.snils(), "RU_SNILS", None
    if name == "INN":
        return g.inn(), "RU_INN", None
    if name == "PASSPORT":
        return g.ru_passport(), "RU_PASSPORT", None
    if name == "CARD":
        v, b = g.card()
        return v, "CREDIT_CARD", b
    if name == "IBAN":
        v, cc = g.iban()
        return v, "IBAN", cc
    if name == "IP":
        return g.ipv4(), "IPV4", None
    if name == "IP6":
        return g.ipv6(), "IPV6", None
    if name == "TOKEN":
        v, k = g.token()
        return v, "API_KEY", k
    if name == "AWSID":
        return r.choice(["AKIA", "ASIA"]) + g.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "API_KEY", "aws"
    if name == "AWSSECRET":
        return g.rs(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "API_KEY", "aws_secret"
    if name == "JWT":
        return g.jwt(), "API_KEY", "jwt"
    if name == "PASSWORD":
        return g.password(), "API_KEY", "password"
    if name == "DOB":
        return g.date(), "DATE_OF_BIRTH", g.loc
    if name == "DOBISO":
        return g.iso_dob(), "DATE_OF_BIRTH", g.loc
    if name == "ADDR":
        return g.street(), "STREET_ADDRESS", g.lang
    if name == "MRN":
        return g.mrn(), "MEDICAL_RECORD_NUMBER", g.loc
    if name == "NHS":
        return g.nhs(), "MEDICAL_RECORD_NUMBER", "nhs"
    # negatives
    if name == "CITY":
        return r.choice(CITIES[g.loc]), "IGNORE", None
    if name == "N_ORDER":
        return r.choice(["ORD-%s" % g.digits(7), "#%s" % g.digits(6), "SO%s" % g.digits(8), g.digits(10), "INV-2024-%s" % g.digits(5)]), "NEG_ORDER_ID", None
    if name == "N_UUID":
        h = g.rs(32, "0123456789abcdef")
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:]), "NEG_UUID", None
    if name == "N_VER":
        return r.choice(["%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99)),
                         "v%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(0, 999)),
                         "%d.%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 99), r.randint(0, 999))]), "NEG_VERSION", None
    if name == "N_TS":
        y, m, d = r.randint(2022, 2026), r.randint(1, 12), r.randint(1, 28)
        return r.choice(["%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                         "%d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, d, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)),
                         str(r.randint(1650000000, 1790000000)), str(r.randint(1650000000000, 1790000000000))]), "NEG_TIMESTAMP", None
    if name == "N_DATE":
        y, m, d = r.randint(2021, 2026), r.randint(1, 12), r.randint(1, 28)
        return g.date((y, m, d)), "NEG_DATE", None
    if name == "N_HASH":
        return g.rs(r.choice([40, 64]), "0123456789abcdef"), "NEG_HASH", None
    if name == "N_CARD":
        return g.cardlike_invalid(), "NEG_CARDLIKE", None
    if name == "N_TITLE":
        return r.choice(["Quarterly Revenue Review", "Project Blue Harbor", "Release Notes", "Incident Postmortem", "Data Retention Policy",
                         "Jahresabschluss Bericht", "Compte Rendu", "Annual Leave Request", "Customer Success Team",
                         "Cold Storage Migration"]), "NEG_TITLECASE", None
    if name == "N_NUM":
        return r.choice([g.digits(5), "%s.%s" % (g.digits(3), g.digits(2)), g.digits(9), "%s %s" % (g.digits(3), g.digits(3))]), "NEG_NUMBER", None
    if name == "N_PKG":
        return r.choice(["lodash@4.17.21", "react@18.2.0", "@babel/core@7.24.0", "requests==2.31.0"]), "NEG_EMAILLIKE", None
    raise KeyError(name)


SLOT_RE = re.compile(r"\{([A-Z_0-9]+)\}")


def render(g, template, ctx=None):
    """Template -> (text, entities, negatives, ignore)."""
    ctx = ctx if ctx is not None else new_ctx(g)
    out, ents, negs, ign = [], [], [], []
    pos = 0
    last = 0
    for m in SLOT_RE.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        v, typ, sub = slot(g, m.group(1), ctx)
        add_span(ents, negs, ign, typ, sub, pos, v)
        out.append(v)
        pos += len(v)
    out.append(template[last:])
    return "".join(out), ents, negs, ign


def add_span(ents, negs, ign, typ, sub, pos, v):
    if typ is None:
        return
    if typ == "IGNORE":
        ign.append([pos, pos + len(v)])
    elif typ.startswith("NEG_"):
        negs.append({"type": typ, "start": pos, "end": pos + len(v), "value": v})
    else:
        e = {"type": typ, "start": pos, "end": pos + len(v), "value": v}
        if sub:
            e["sub"] = sub
        ents.append(e)


def new_ctx(g):
    parts = g.person_parts()
    return {"parts": parts}


# ------------------------------------------------------------------------------------------
# Text templates (model answers, chats, letters, forms, logs, config dumps).

TEXT = {
    "en": [
        "Sure! I've updated the record. Account holder: {PERSON}\nReach them on {PHONE} or {EMAIL}.\nTicket {N_ORDER} closed.",
        "Here's a summary of the call:\n* Caller: {PERSON}\n* Callback number: {PHONE}\n* Birthdate: {DOB}\n* Postal address: {ADDR}, {CITY}",
        "Dear {PERSON},\n\nThank you for your application received on {N_DATE}. We will write to you at {ADDR}, {CITY}.\n\nKind regards,\nHR Team",
        "| Field | Value |\n|---|---|\n| Name | {PERSON} |\n| D.O.B. | {DOB} |\n| Card | {CARD} |\n| Order | {N_ORDER} |",
        "I found the problem: your config still has `AWS_ACCESS_KEY_ID={AWSID}` and `AWS_SECRET_ACCESS_KEY={AWSSECRET}` committed. Rotate both.",
        "2025-03-02 11:04:55 WARN auth: failed login user={EMAIL} src={IP} attempts=5 build={N_VER}",
        "The payout failed because the beneficiary account {IBAN} was closed. Please ask {PERSON} for new bank details.",
        "Patient: {PERSON}, born {DOB}. Chart no. {MRN}. Seen on {N_DATE} for follow-up.",
        "New hire paperwork for {PERSON}: social security no. {SSN}, start date {N_DATE}, employee id {N_ORDER}.",
        "You can authenticate with this header:\n\nAuthorization: Bearer {JWT}\n\nThe request id was {N_UUID}.",
        "Please don't share secrets in chat. The token you pasted ({TOKEN}) has been revoked.",
        "Replying to {PERSON} ({EMAIL}): your parcel was shipped to {ADDR}, {CITY}. Tracking {N_ORDER}.",
        "Got it - I'll charge the card ending in the number you gave, {CARD}, and email the receipt to {EMAIL}.",
        "db:\n  host: {IP}\n  user: app\n  password: {PASSWORD}\n  pool: 12\n# commit {N_HASH}",
        "Traceback shows the client at {IP6} sent an expired session. Node {N_VER}, trace {N_UUID}.",
        "Applicant {PERSON}, date of birth {DOB}, currently residing at {ADDR}, {CITY}. Phone: {PHONE}.",
        "Hi team, {PERSON} called again about invoice {N_ORDER}. She can be reached at {PHONE} after 5pm.",
        "Emergency contact - {PERSON} (spouse), mobile {PHONE}.",
        "The staging DSN is mysql://deploy:{PASSWORD}@{IP}:3306/shop, rotate it before the {N_TITLE}.",
        "Card {N_CARD} was rejected by the validator, but {CARD} went through.",
        "As requested, the NHS number for {PERSON} is {NHS}; DOB {DOB}.",
        "From: {PERSON} <{EMAIL}>\nSubject: {N_TITLE}\n\nPlease update my IBAN to {IBAN}. Thanks!",
        "Signed by {PERSON} on {N_DATE}. Witness: {PERSON}.",
        "I'd reach out to {PERSON} directly; her work line is {PHONE}.",
        "Our SRE {PERSON} rotated the Slack token {TOKEN} at {N_TS}.",
        "Upgrading {N_PKG} fixed it; the job took {N_NUM} ms. See {N_TITLE} for details, checksum {N_HASH}.",
        "Test card {N_CARD} is not valid. The {N_TITLE} meeting moved to {N_DATE}.",
    ],
    "de": [
        "Gern! Hier die Daten des Versicherten:\n- Name: {PERSON}\n- Geb.-Datum: {DOB}\n- Anschrift: {ADDR}, {CITY}\n- Tel.: {PHONE}",
        "Sehr geehrte Frau {LAST},\n\nwir bestätigen den Eingang Ihrer Kündigung vom {N_DATE}. "
        "Die Rückzahlung erfolgt auf IBAN {IBAN}.\n\nMit freundlichen Grüßen",
        "Rückruf erbeten: {PERSON}, erreichbar unter {PHONE} oder per Mail an {EMAIL}. Vorgang {N_ORDER}.",
        "Im Log steht: user={EMAIL} ip={IP} status=403 ts={N_TS}",
        "Patientin {PERSON}, geb. {DOB}, Fallnummer {MRN}, Aufnahme am {N_DATE}.",
        "Die Karte {CARD} wurde belastet; Belegnummer {N_ORDER}.",
        "Bitte das Passwort in der .env ändern: DB_PASSWORD={PASSWORD} (Version {N_VER}).",
        "Ansprechpartner ist Herr {PERSON}, Durchwahl {PHONE}.",
        "Lieferung an {PERSON}, {ADDR}, {CITY}. Sendungsnummer {N_ORDER}.",
        "Der API-Schlüssel {TOKEN} ist abgelaufen, Projekt {N_TITLE}.",
        "Mitarbeiterin {PERSON} (geboren am {DOB}) wechselt zum {N_DATE} in die Abteilung Einkauf.",
        "Zugriff von {IP6} blockiert, Regel {N_UUID}.",
        "Neue Bankverbindung von {PERSON}: {IBAN}. Bitte im System hinterlegen.",
        "Kontaktperson: {PERSON} – E-Mail {EMAIL}, Mobil {PHONE}",
        "Nach dem Update auf {N_PKG} sank die Latenz auf {N_NUM} ms; Prüfsumme {N_HASH}, Kartenattrappe {N_CARD}.",
    ],
    "fr": [
        "Bien sûr ! Voici la fiche du client :\n• Nom complet : {PERSON}\n• Né(e) le : {DOB}\n• Adresse postale : {ADDR}, {CITY}\n• Portable : {PHONE}",
        "Madame, Monsieur,\n\nSuite à votre demande du {N_DATE}, le remboursement sera versé sur le compte {IBAN}.\n\nCordialement,\n{PERSON}",
        "Rappeler {PERSON} au {PHONE} (dossier {N_ORDER}).",
        "Le patient {PERSON}, date de naissance : {DOB}, numéro de dossier {MRN}, admis le {N_DATE}.",
        "La carte bancaire {CARD} a été débitée ; référence {N_ORDER}.",
        "Dans le journal : utilisateur={EMAIL} adresse IP={IP} version={N_VER}",
        "Le mot de passe de la base est encore en clair : DB_PASS={PASSWORD}",
        "Votre conseillère {PERSON} vous répondra à {EMAIL} sous 48 h.",
        "Livraison prévue chez {PERSON}, {ADDR}, {CITY}, le {N_DATE}.",
        "Le jeton {TOKEN} a fuité dans le dépôt {N_TITLE}, il faut le révoquer.",
        "Salariée : {PERSON}, née le {DOB}, entrée le {N_DATE}, matricule {N_ORDER}.",
        "Connexion suspecte depuis {IP6} ({N_TS}).",
        "Contact d'urgence : {PERSON}, tél. {PHONE}",
        "Après la mise à jour {N_PKG}, le traitement prend {N_NUM} ms (empreinte {N_HASH}, carte de test {N_CARD}).",
    ],
    "ru": [
        "Конечно! Данные клиента:\n— ФИО: {PERSON}\n— Дата рождения: {DOB}\n— Адрес регистрации: {CITY}, {ADDR}\n— Моб. телефон: {PHONE}",
        "Уважаемый {PERSON}!\n\nВаше заявление от {N_DATE} принято. Номер обращения {N_ORDER}.",
        "Сотрудник {PERSON}, СНИЛС {SNILS}, ИНН {INN}, принят на работу {N_DATE}.",
        "Паспорт гражданина РФ: {PASSPORT}, выдан {N_DATE}. Владелец — {PERSON}, родился {DOB}.",
        "Перезвоните {PERSON} по номеру {PHONE}, заказ {N_ORDER}.",
        "Оплата прошла по карте {CARD}, чек {N_ORDER}.",
        "В логе: login={EMAIL} ip={IP} версия={N_VER}",
        "Пароль от базы лежит прямо в конфиге: DB_PASSWORD={PASSWORD}",
        "Пациентка {PERSON}, {DOB} г.р., номер истории болезни {MRN}.",
        "Доставка: {PERSON}, {ADDR}, {CITY}. Трек {N_ORDER}.",
        "Ключ {TOKEN} нужно отозвать, он попал в репозиторий.",
        "Ответственный: {PERSON}, e-mail {EMAIL}, тел. {PHONE}",
        "ИНН организации {INN}, контактное лицо {PERSON}.",
        "Подозрительный вход с адреса {IP6} в {N_TS}.",
        "После обновления {N_PKG} время ответа {N_NUM} мс, хеш {N_HASH}, тестовая карта {N_CARD}.",
    ],
}

# Obfuscated sentences: the slot value is transformed after generation.
OBF = [
    ("Write to me at {EMAIL} please", "EMAIL", "atdot"),
    ("mail: {EMAIL}", "EMAIL", "zero_width"),
    ("my number is {PHONE}", "PHONE", "fullwidth"),
    ("card: {CARD}", "CARD", "spaced"),
    ("server {IP} is the culprit", "IP", "defang"),
    ("contact {EMAIL} for access", "EMAIL", "homoglyph"),
    ("SSN {SSN} (for payroll)", "SSN", "spaced"),
    ("IBAN: {IBAN}", "IBAN", "zero_width"),
    ("phone {PHONE} call anytime", "PHONE", "zero_width"),
    ("карта {CARD}", "CARD", "fullwidth"),
]


def obfuscate(r, v, how):
    if how == "atdot":
        u, d = v.split("@")
        return u + r.choice([" at ", " [at] ", "(at)"]) + d.replace(".", r.choice([" dot ", "[.]", " (dot) "]))
    if how == "zero_width":
        return "".join(c + ("\u200b" if i % 3 == 1 and i < len(v) - 1 else "") for i, c in enumerate(v))
    if how == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
    if how == "spaced":
        return " ".join(c for c in v.replace(" ", "").replace("-", ""))
    if how == "defang":
        return v.replace(".", "[.]")
    if how == "homoglyph":
        return v.replace("a", "\u0430").replace("o", "\u043e").replace("e", "\u0435")
    raise KeyError(how)


# ------------------------------------------------------------------------------------------
# JSON: leaves are P(slot) (a PII value), T("text with {SLOT}") (a string with embedded values),
# N(slot) (number leaf) or plain JSON values.

class P(object):
    def __init__(self, name):
        self.name = name


class T(object):
    def __init__(self, template):
        self.template = template


class N(object):
    def __init__(self, name):
        self.name = name


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class Dumper(object):
    def __init__(self, g, ctx, indent, compact):
        self.g, self.ctx, self.indent, self.compact = g, ctx, indent, compact
        self.out, self.pos = [], 0
        self.ents, self.negs, self.ign = [], [], []

    def w(self, s):
        self.out.append(s)
        self.pos += len(s)

    def leaf_str(self, segs):
        self.w('"')
        for v, typ, sub in segs:
            e = jesc(v)
            add_span(self.ents, self.negs, self.ign, typ, sub, self.pos, e)
            self.w(e)
        self.w('"')

    def dump(self, o, level=0):
        nl = "\n" + " " * (self.indent * (level + 1)) if self.indent else ""
        end = "\n" + " " * (self.indent * level) if self.indent else ""
        colon, comma = (":", ",") if self.compact else (": ", ", " if not self.indent else ",")
        if isinstance(o, dict):
            self.w("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    self.w(comma)
                self.w(nl)
                self.w(json.dumps(k, ensure_ascii=False) + colon)
                self.dump(v, level + 1)
            self.w(end + "}" if o else "}")
        elif isinstance(o, list):
            self.w("[")
            for i, v in enumerate(o):
                if i:
                    self.w(comma)
                self.w(nl)
                self.dump(v, level + 1)
            self.w(end + "]" if o else "]")
        elif isinstance(o, P):
            v, typ, sub = slot(self.g, o.name, self.ctx)
            self.leaf_str([(v, typ, sub)])
        elif isinstance(o, N):
            v, typ, sub = slot(self.g, o.name, self.ctx)
            add_span(self.ents, self.negs, self.ign, typ, sub, self.pos, v)
            self.w(v)
        elif isinstance(o, T):
            segs = []
            last = 0
            for m in SLOT_RE.finditer(o.template):
                segs.append((o.template[last:m.start()], None, None))
                segs.append(slot(self.g, m.group(1), self.ctx))
                last = m.end()
            segs.append((o.template[last:], None, None))
            self.leaf_str(segs)
        else:
            self.w(json.dumps(o, ensure_ascii=False))


def json_shapes(lang):
    """JSON record builders; each returns a fresh nested structure of P/T/N leaves."""
    note = {"en": "Customer {FIRST} asked to call back on {PHONE}.", "de": "Kunde {FIRST} bittet um Rückruf unter {PHONE}.",
            "fr": "{FIRST} demande à être rappelé au {PHONE}.", "ru": "{FIRST} просит перезвонить на {PHONE}."}[lang]
    return [
        # CRM contact export
        lambda: {"object": "contact", "contact_id": P("N_UUID"), "properties": {
            "firstname": P("FIRST"), "lastname": P("LAST"), "work_email": P("EMAIL"), "mobilephone": P("PHONE"),
            "birth_date": P("DOBISO"), "lifecyclestage": "customer", "createdate": P("N_TS")}},
        # EHR / FHIR-like patient
        lambda: {"resourceType": "Patient", "identifier": [{"system": "urn:hospital:mrn", "value": P("MRN")}],
                 "name": [{"use": "official", "family": P("LAST"), "given": [P("FIRST")]}],
                 "telecom": [{"system": "phone", "value": P("PHONE")}, {"system": "email", "value": P("EMAIL")}],
                 "birthDate": P("DOBISO"), "address": [{"line": [P("ADDR")], "city": "x"}], "meta": {"versionId": P("N_VER")}},
        # HR record
        lambda: {"employee": {"emp_no": P("N_ORDER"), "legal_name": P("PERSON"), "dob": P("DOB"), "home": {"street_line": P("ADDR")},
                              "payroll": {"bank_iban": P("IBAN"), "tax_ssn": P("SSN")} if lang == "en" else {"bank_iban": P("IBAN")},
                              "manager": {"display_name": P("PERSON")}}, "exported_at": P("N_TS")},
        # payments webhook
        lambda: {"event": "charge.failed", "id": P("N_UUID"), "data": {"object": {
            "billing_details": {"name": P("PERSON"), "email": P("EMAIL"), "phone": P("PHONE"), "address": {"line1": P("ADDR")}},
            "payment_method_details": {"card_number": P("CARD"), "fingerprint": P("N_HASH")}, "amount": 4599}}},
        # config dump
        lambda: {"service": "billing-api", "version": P("N_VER"), "env": {"DATABASE_URL": T("postgres://billing:{PASSWORD}@{IP}:5432/billing"),
                 "STRIPE_SECRET": P("TOKEN"), "SENTRY_RELEASE": P("N_HASH")}, "admins": [P("EMAIL")]},
        # access log as JSON lines array
        lambda: {"logs": [{"ts": P("N_TS"), "level": "warn", "remote_addr": P("IP"), "user": P("EMAIL"), "msg": "login failed"},
                          {"ts": P("N_TS"), "level": "info", "remote_addr": P("IP6"), "request_id": P("N_UUID"), "msg": "ok"}]},
        # support ticket
        lambda: {"ticket": {"number": P("N_ORDER"), "requester": {"full_name": P("PERSON"), "contact": P("EMAIL")},
                            "comment": T(note), "opened": P("N_DATE")}},
        # cloud credentials
        lambda: {"credentials": {"accessKeyId": P("AWSID"), "secretAccessKey": P("AWSSECRET"), "expiration": P("N_TS")},
                 "assumedRoleUser": {"arn": "arn:aws:sts::123456789012:assumed-role/ci/session"}},
        # KYC (ru-specific ids)
        lambda: {"applicant": {"fio": P("PERSON"), "birthday": P("DOB"), "passport_no": P("PASSPORT"), "snils_no": P("SNILS"),
                               "taxpayer_id": N("INN"), "registration_address": P("ADDR")}, "checked": True},
        # patient visit
        lambda: {"visit": {"visit_id": P("N_UUID"), "patient": {"chart_number": P("MRN"), "patient_name": P("PERSON"), "dob": P("DOB")},
                           "clinician": P("PERSON"), "date": P("N_DATE")}},
        # user profile with nested settings
        lambda: {"user": {"handle": "u" + "42", "profile": {"displayName": P("PERSON"), "birthday": P("DOB"), "mobile": P("PHONE")},
                          "security": {"api_token": P("TOKEN"), "last_ip": P("IP")}}},
        # order with shipping
        lambda: {"order_ref": P("N_ORDER"), "ship_to": {"recipient": P("PERSON"), "address1": P("ADDR"), "tel": P("PHONE")},
                 "lines": [{"sku": "A-1", "qty": 2}], "placed": P("N_TS")},
    ]


def json_doc(g, r, shape_idx=None):
    ctx = new_ctx(g)
    shapes = json_shapes(g.lang)
    idx = shape_idx if shape_idx is not None else r.randrange(len(shapes))
    if g.loc != "ru_RU" and idx == 8:
        idx = 9
    if r.random() < 0.3:
        obj = {"results": [shapes[idx]() for i in range(r.randint(2, 4))], "count": 3}
    else:
        obj = shapes[idx]()
    style = r.choice([(2, False), (0, True), (4, False), (0, False)])
    d = Dumper(g, ctx, style[0], style[1])
    d.dump(obj)
    return "".join(d.out), d.ents, d.negs, d.ign, "pjson.%02d" % idx


def text_doc(g, r):
    tmpls = TEXT[g.lang]
    i = r.randrange(len(tmpls))
    tmpl = tmpls[i]
    ctx = new_ctx(g)
    if "{PERSON}" in tmpl and "{LAST}" not in tmpl and "{FIRST}" not in tmpl:
        ctx["person"] = None
    text, ents, negs, ign = render(g, tmpl, ctx)
    return text, ents, negs, ign, "ptext.%s%02d" % (g.lang, i)


def obf_doc(g, r):
    i = r.randrange(len(OBF))
    tmpl, name, how = OBF[i]
    v, typ, sub = slot(g, name, new_ctx(g))
    ov = obfuscate(r, v, how)
    pre, post = tmpl.split("{%s}" % name)
    text = pre + ov + post
    e = {"type": typ, "start": len(pre), "end": len(pre) + len(ov), "value": ov, "obf": how}
    if sub:
        e["sub"] = sub
    return text, [e], [], [], "pobf.%02d" % i


def chunks_of(r, text):
    out, i = [], 0
    while i < len(text):
        n = r.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "out", "probe.jsonl"))
    ap.add_argument("--no-chunks", action="store_true", help="omit the stream-shape copies")
    ap.add_argument("--per-locale", type=int, default=60)
    a = ap.parse_args()
    r = random.Random(a.seed)
    docs = []
    for loc in LOCALES:
        g = Gen(r, loc)
        for k in range(a.per_locale):
            if k % 5 < 3:
                text, ents, negs, ign, tid = text_doc(g, r)
                shape, fmt = "chat", "text"
            else:
                text, ents, negs, ign, tid = json_doc(g, r)
                shape, fmt = "json", "json"
                json.loads(text)
            docs.append({"id": "probe-%s-%s-%03d" % (shape, loc, k), "split": "probe", "shape": shape, "format": fmt,
                         "locale": loc, "lang": g.lang, "template": tid, "text": text, "entities": ents, "negatives": negs,
                         "ignore": ign})
        for k in range(a.per_locale // 6):
            text, ents, negs, ign, tid = obf_doc(g, r)
            docs.append({"id": "probe-obfuscated-%s-%03d" % (loc, k), "split": "probe", "shape": "obfuscated", "format": "text",
                         "locale": loc, "lang": g.lang, "template": tid, "text": text, "entities": ents, "negatives": negs,
                         "ignore": ign})
    if not a.no_chunks:
        base = [d for d in docs if d["shape"] in ("chat", "json")]
        for d in r.sample(base, len(base) // 5):
            s = dict(d, id=d["id"].replace(d["shape"], "stream", 1), shape="stream", base_shape=d["shape"], chunks=chunks_of(r, d["text"]))
            docs.append(s)
    for d in docs:
        for e in d["entities"] + d["negatives"]:
            assert d["text"][e["start"]:e["end"]] == e["value"], (d["id"], e)
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d docs, %d entities to %s" % (len(docs), sum(len(d["entities"]) for d in docs), a.out))


if __name__ == "__main__":
    main()
