"""Held-out probe C: independent generator of ~400 labelled documents in the pii-bench dev schema.

    python bench/pii/heldout/make_probe_c.py [--out /tmp/probe_c.jsonl] [--seed 7331]

Templates, names and value formats are written by hand from general knowledge (not from dev.jsonl,
not from Faker).  A document is built from segments: plain strings, E(type, value) entities,
N(type, value) hard negatives and I(value) ignore spans; JSON documents are built from Python
objects whose leaves may be segments, serialized with offset tracking.
"""
import argparse
import base64
import hashlib
import json
import random
import string
import uuid

R = random.Random(0)


class E(object):
    def __init__(self, typ, value, sub=None, core=None, obf=None, raw=False):
        self.typ, self.value, self.sub, self.core, self.obf, self.raw = typ, value, sub, core, obf, raw


class N(object):
    def __init__(self, typ, value, raw=False):
        self.typ, self.value, self.raw = typ, value, raw


class I(object):  # noqa: E742
    def __init__(self, value):
        self.value = value


# ---------------------------------------------------------------- names (hand-written, per locale)
NAMES = {
    "en_US": (["Marcus", "Tamika", "Dwight", "Priya", "Esteban", "Harriet", "Cody", "LaToya", "Wendell", "Brianna", "Thaddeus", "Kimberly",
               "Ezekiel", "Jolene", "Raymond", "Saoirse", "Dakota", "Lucinda", "Orlando", "Mei"],
              ["Okafor", "Whitfield", "Castellano", "Brennan", "Nakamura", "Hollister", "Pruitt", "Delacroix", "Vasquez", "Abernathy",
               "Kowalczyk", "Greenberg", "Tillman", "Oyelaran", "McAllister", "Fairbanks", "Yoder", "Lindqvist"]),
    "en_GB": (["Nigel", "Fiona", "Rhys", "Imogen", "Alistair", "Niamh", "Callum", "Bronwen", "Tobias", "Harriet", "Gareth", "Poppy",
               "Declan", "Eilidh", "Rupert", "Aoife", "Dev", "Morag"],
              ["Ashworth", "Pemberton", "Llewellyn", "MacLeod", "Bhattacharya", "Featherstone", "Oakley", "Trevelyan", "Hargreaves",
               "Quigley", "Fairweather", "Sinclair", "Okonkwo", "Blackwood", "Rowntree"]),
    "de_DE": (["Jürgen", "Annegret", "Florian", "Wiebke", "Dietmar", "Svenja", "Malte", "Ursula", "Benedikt", "Hannelore", "Kai", "Friederike",
               "Ole", "Gudrun", "Till", "Mareike"],
              ["Schädlich", "Brinkmann", "Oberländer", "Kowalski", "Hinrichsen", "Vogelsang", "Pfeiffer", "Dreßler", "Lindemann",
               "Yilmaz", "Göbel", "Rautenberg", "Thiele", "Wendt", "Kirchhoff"]),
    "fr_FR": (["Aurélien", "Solène", "Grégoire", "Maëlle", "Thibault", "Ségolène", "Yannick", "Clémence", "Baptiste", "Anaïs", "Loïc",
               "Éloïse", "Mathurin", "Capucine", "Karim", "Gwenaëlle"],
              ["Lefèvre", "Benhamou", "Courtois", "Vasseur", "Delaunay", "Le Goff", "Marchetti", "Prud'homme", "Rousseau", "Kerbrat",
               "Dufresne", "Ouellet", "Chevalier", "Mbappé", "Fontaine"]),
    "ru_RU": (["Всеволод", "Ульяна", "Тимофей", "Зинаида", "Ярослав", "Лариса", "Ростислав", "Эльвира", "Глеб", "Капитолина", "Арсений",
               "Снежана", "Фёдор", "Милена", "Евгений", "Таисия"],
              ["Белозёров", "Кудрявцев", "Шишкин", "Остроумов", "Закиров", "Ларионов", "Щербаков", "Гончаренко", "Ефремов", "Тихомиров",
               "Хабибуллин", "Воронцов", "Садыков", "Мельников"]),
}
RU_FEM = {"Ульяна", "Зинаида", "Лариса", "Эльвира", "Капитолина", "Снежана", "Милена", "Таисия"}
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
LOCALES = list(LANG)


def person(loc, style=None):
    firsts, lasts = NAMES[loc]
    f, la = R.choice(firsts), R.choice(lasts)
    if loc == "ru_RU" and f in RU_FEM and la.endswith(("ов", "ёв", "ев", "ин")):
        la += "а"
    style = style or R.choice(["fl", "fl", "fl", "fml", "lf", "i"])
    if style == "fml":
        if loc == "ru_RU":
            return f + " " + R.choice(["Игоревич", "Петровна", "Андреевич", "Олеговна"]) + " " + la
        return f + " " + R.choice(string.ascii_uppercase) + ". " + la
    if style == "lf":
        return la + (", " if loc != "ru_RU" else " ") + f
    if style == "i":
        return f[0] + ". " + la
    return f + " " + la


def first_name(loc):
    return R.choice(NAMES[loc][0])


# ---------------------------------------------------------------- value generators
def digits(n):
    return "".join(R.choice(string.digits) for k in range(n))


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def card(fmt=None):
    kind = R.choice(["visa", "mc", "mc2", "amex", "disc", "mir", "jcb"])
    pre = {"visa": "4" + digits(5), "mc": str(R.randint(51, 55)) + digits(4), "mc2": str(R.randint(2221, 2720)) + digits(2),
           "amex": R.choice(["34", "37"]) + digits(4), "disc": "6011" + digits(2), "mir": "220" + str(R.randint(0, 4)) + digits(2),
           "jcb": "35" + str(R.randint(28, 89)) + digits(2)}[kind]
    n = 15 if kind == "amex" else 16
    body = pre + digits(n - 1 - len(pre))
    num = body + luhn_digit(body)
    return fmt_card(num, fmt)


def fmt_card(num, fmt=None):
    fmt = fmt or R.choice(["space", "dash", "plain", "space"])
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[k:k + 4] for k in range(0, 16, 4)]
    return {"space": " ".join(groups), "dash": "-".join(groups), "plain": num}[fmt]


def cardlike():
    body = R.choice(["4", "5", "3"]) + digits(14)
    good = luhn_digit(body)
    bad = str((int(good) + R.randint(1, 9)) % 10)
    return fmt_card(body + bad)


IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10a11n2", "NL": "a4n10", "ES": "n20", "AT": "n16", "BE": "n12", "CH": "n5a12",
             "IT": "a1n10a12", "PL": "n24"}


def iban(cc=None, grouped=None):
    cc = cc or R.choice(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    k = 0
    while k < len(spec):
        t = spec[k]
        j = k + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        cnt = int(spec[k + 1:j])
        if t == "n":
            bban += digits(cnt)
        else:
            bban += "".join(R.choice(string.ascii_uppercase + (string.digits if cc == "FR" else "")) for m in range(cnt))
        k = j
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    val = cc + "%02d" % chk + bban
    if grouped is None:
        grouped = R.random() < 0.5
    if grouped:
        val = " ".join(val[k:k + 4] for k in range(0, len(val), 4))
    return val


def ssn(fmt=None):
    area = R.choice([R.randint(1, 665), R.randint(667, 899)])
    s = "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))
    fmt = fmt or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": s[:3] + "-" + s[3:5] + "-" + s[5:], "plain": s, "space": s[:3] + " " + s[3:5] + " " + s[5:]}[fmt]


def phone(loc):
    c = R.random()
    if loc == "en_US":
        a, b, d = str(R.randint(201, 989)), str(R.randint(200, 999)), digits(4)
        return R.choice(["(%s) %s-%s", "+1 %s-%s-%s", "%s.%s.%s", "+1 (%s) %s %s"]) % (a, b, d)
    if loc == "en_GB":
        if c < 0.5:
            return R.choice(["07%s %s", "+44 7%s %s"]) % (digits(3), digits(6))
        return R.choice(["020 %s %s", "0161 %s %s", "+44 (0)131 %s %s"]) % (digits(3) if c < 0.7 else digits(4), digits(4))
    if loc == "de_DE":
        return R.choice(["+49 151 %s %s", "0171 %s%s", "+49 (0)89 %s-%s", "040 %s %s", "0049 30 %s %s"]) % (digits(4), digits(4))
    if loc == "fr_FR":
        g = [digits(2) for k in range(4)]
        return R.choice(["0%d %s %s %s %s", "+33 %d %s %s %s %s", "0%d.%s.%s.%s.%s", "+33 (0)%d %s %s %s %s"]) % tuple([R.randint(1, 7)] + g)
    return _ru_phone()


def _ru_phone():
    f = R.choice(["+7 (9%s) %s-%s-%s", "8 9%s %s %s %s", "+7 9%s %s-%s-%s", "8 (4%s) %s-%s-%s"])
    return f % (digits(2), digits(3), digits(2), digits(2))


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]}


def date(loc, lo=1938, hi=2006):
    y, m, d = R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)
    lang = LANG[loc]
    c = R.random()
    if c < 0.3:
        return "%04d-%02d-%02d" % (y, m, d)
    if loc == "en_US":
        return R.choice(["%02d/%02d/%04d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y), "%s %d, %d" % (MONTHS["en"][m - 1][:3], d, y)])
    if loc == "en_GB":
        return R.choice(["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y)])
    if lang == "de":
        return R.choice(["%02d.%02d.%04d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y)])
    if lang == "fr":
        return R.choice(["%02d/%02d/%04d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y)])
    return R.choice(["%02d.%02d.%04d" % (d, m, y), "%d %s %d г." % (d, MONTHS["ru"][m - 1], y), "%d %s %d" % (d, MONTHS["ru"][m - 1], y)])


STREETS = {
    "en_US": (["Juniper", "Haverford", "Oak Hollow", "Prospect", "Wickham", "Sycamore", "Bluebonnet", "Mill Creek"],
              ["Street", "Avenue", "Road", "Lane", "Boulevard", "Drive", "Court", "Way", "St.", "Ave"]),
    "en_GB": (["Marlborough", "Kingsley", "Thistle", "Brackenbury", "Wellington", "Ashdown", "Fernhill"],
              ["Road", "Street", "Close", "Crescent", "Lane", "Gardens", "Terrace", "Mews"]),
    "de_DE": (["Lindenhof", "Bergmann", "Am Mühlbach", "Kastanien", "Schiller", "Hafen", "Rosental", "Ginster"],
              ["straße", "weg", "str.", "allee", "ring", "gasse"]),
    "fr_FR": (["des Tilleuls", "Victor Hugo", "du Moulin", "de la République", "Pasteur", "des Lilas", "Jean Jaurès"],
              ["rue", "avenue", "boulevard", "impasse", "chemin", "allée"]),
    "ru_RU": (["Садовая", "Ленина", "Профсоюзная", "Лесная", "Гагарина", "Заречная", "Строителей"],
              ["ул.", "улица", "пр-т", "проспект", "пер."]),
}
CITIES = {"en_US": [("Spokane, WA", "99201"), ("Tulsa, OK", "74103"), ("Dayton, OH", "45402"), ("Boise, ID", "83702")],
          "en_GB": [("Leeds", "LS6 2QT"), ("Bristol", "BS8 1TH"), ("Norwich", "NR2 4PD"), ("Aberdeen", "AB10 1XG")],
          "de_DE": [("Bielefeld", "33602"), ("Regensburg", "93047"), ("Kiel", "24103"), ("Jena", "07743")],
          "fr_FR": [("Rennes", "35000"), ("Nancy", "54000"), ("Angers", "49100"), ("Pau", "64000")],
          "ru_RU": [("Казань", "420111"), ("Самара", "443099"), ("Тверь", "170100"), ("Омск", "644043")]}


def street(loc):
    names, kinds = STREETS[loc]
    nm, kd, no = R.choice(names), R.choice(kinds), str(R.randint(1, 240))
    if loc == "en_US":
        return no + " " + nm + " " + kd + (R.choice(["", "", ", Apt 4B", " Suite 210"]))
    if loc == "en_GB":
        return R.choice(["", "Flat 3, "]) + no + " " + nm + " " + kd
    if loc == "de_DE":
        if nm.startswith("Am "):
            return nm + " " + no + R.choice(["", "a"])
        return nm + kd + " " + no + R.choice(["", "b", "/2"])
    if loc == "fr_FR":
        return no + R.choice([", ", " ", " bis "]) + kd + " " + nm
    if kd in ("ул.", "пер."):
        return kd + " " + nm + ", д. " + no + R.choice(["", ", кв. %d" % R.randint(1, 200)])
    return nm + " " + kd + ", д. " + no


def city(loc):
    c, p = R.choice(CITIES[loc])
    if loc == "en_US":
        return c + " " + p
    if loc == "en_GB":
        return c + " " + p
    return p + " " + c


B62 = string.ascii_letters + string.digits


def rnd(n, alpha=B62):
    return "".join(R.choice(alpha) for k in range(n))


def b64url(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def api_key(kind=None):
    kind = kind or R.choice(["aws", "ghp", "gho", "ghfine", "slack", "stripe", "google", "gitlab", "openai", "jwt", "awssecret", "sendgrid"])
    if kind == "aws":
        return kind, R.choice(["AKIA", "ASIA"]) + rnd(16, string.ascii_uppercase + "234567")
    if kind == "awssecret":
        return kind, rnd(40, B62 + "/+")
    if kind == "ghp":
        return kind, "ghp_" + rnd(36)
    if kind == "gho":
        return kind, R.choice(["gho_", "ghs_", "ghu_"]) + rnd(36)
    if kind == "ghfine":
        return kind, "github_pat_" + rnd(22) + "_" + rnd(59)
    if kind == "slack":
        return kind, R.choice(["xoxb", "xoxp"]) + "-" + digits(12) + "-" + digits(13) + "-" + rnd(24)
    if kind == "stripe":
        return kind, R.choice(["sk_live_", "rk_live_", "sk_test_"]) + rnd(R.choice([24, 34, 99]))
    if kind == "google":
        return kind, "AIza" + rnd(35, B62 + "-_")
    if kind == "gitlab":
        return kind, "glpat-" + rnd(20, B62 + "-_")
    if kind == "openai":
        return kind, R.choice(["sk-", "sk-proj-", "sk-ant-api03-"]) + rnd(48, B62 + "-_")
    if kind == "sendgrid":
        return kind, "SG." + rnd(22, B62 + "-_") + "." + rnd(43, B62 + "-_")
    hdr = b64url({"alg": R.choice(["HS256", "RS256"]), "typ": "JWT"})
    pay = b64url({"sub": digits(8), "role": R.choice(["admin", "user"]), "iat": 1700000000 + R.randint(0, 9999999)})
    return kind, hdr + "." + pay + "." + rnd(43, B62 + "-_")


def password():
    return rnd(R.randint(10, 18), B62 + "!#%^*_-") + R.choice("!#%*")


def pem():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = "\n".join(rnd(64, B62 + "+/") for k in range(R.randint(3, 8))) + "\n" + rnd(R.randint(10, 60), B62 + "+/") + "="
    head, tail = "-----BEGIN %s-----\n" % kind, "\n-----END %s-----" % kind
    full = head + body + tail
    return full, (len(head), len(head) + len(body))


def ru_passport(fmt=None):
    s, n = "%02d%02d" % (R.randint(1, 99), R.randint(0, 24)), digits(6)
    fmt = fmt or R.choice(["sp", "sp2", "no", "plain"])
    return {"sp": s + " " + n, "sp2": s[:2] + " " + s[2:] + " " + n, "no": s + " № " + n, "plain": s + n}[fmt]


def snils(fmt=None):
    while True:
        b = digits(9)
        if int(b) > 1001998:
            break
    t = sum(int(ch) * (9 - i) for i, ch in enumerate(b))
    if t > 101:
        t %= 101
    c = "00" if t in (100, 101) else "%02d" % t
    fmt = fmt or R.choice(["std", "std", "plain", "dash"])
    return {"std": "%s-%s-%s %s" % (b[:3], b[3:6], b[6:], c), "plain": b + c, "dash": "%s-%s-%s-%s" % (b[:3], b[3:6], b[6:], c)}[fmt]


def inn(n=None):
    n = n or R.choice([10, 12])
    b = str(R.randint(1, 9)) + digits(8 if n == 10 else 9)
    if n == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return b + str(sum(int(x) * y for x, y in zip(b, w)) % 11 % 10)
    w1, w2 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b += str(sum(int(x) * y for x, y in zip(b, w1)) % 11 % 10)
    return b + str(sum(int(x) * y for x, y in zip(b, w2)) % 11 % 10)


def nhs(fmt=None):
    while True:
        b = digits(9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    v = b + str(c)
    return v[:3] + " " + v[3:6] + " " + v[6:] if (fmt or R.choice(["sp", "plain"])) == "sp" else v


def mrn():
    return R.choice([digits(8), "MRN-" + digits(7), "H" + digits(7), "%s-%s" % (digits(3), digits(5)), "PAT" + digits(6), "E" + digits(9)])


def email(loc, nm=None):
    nm = nm or person(loc, "fl")
    tr = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "ë": "e", "ï": "i", "ç": "c", "'": "", "É": "E"})
    parts = [w.strip(".,") for w in nm.lower().translate(tr).split() if len(w.strip(".,")) > 1]
    if loc == "ru_RU" or not all(p.isascii() for p in parts):
        parts = [R.choice(["ivanova", "pshenichny", "k.orlov", "zhenya", "marina.t", "sergeev", "d.voronin"])]
    local = R.choice([".".join(parts), parts[0][0] + parts[-1], parts[-1] + str(R.randint(1, 99)), "_".join(parts)])
    dom = R.choice({"en_US": ["gmail.com", "outlook.com", "acme-corp.com", "example.org"], "en_GB": ["btinternet.com", "nhs.net", "company.co.uk"],
                    "de_DE": ["web.de", "gmx.de", "firma.de", "t-online.de"], "fr_FR": ["orange.fr", "free.fr", "laposte.net", "societe.fr"],
                    "ru_RU": ["yandex.ru", "mail.ru", "bk.ru", "company.ru"]}[loc])
    return local.replace(" ", "") + "@" + dom


def _ip4():
    return "%d.%d.%d.%d" % (R.choice([10, 192, 172, R.randint(23, 223)]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    g = ["%x" % R.randint(0, 65535) for k in range(8)]
    c = R.random()
    if c < 0.4:
        return "2001:db8:" + ":".join(g[:3]) + "::" + g[7]
    if c < 0.6:
        return "fe80::" + ":".join(g[:4])
    return R.choice(["2a02", "2607", "2001"]) + ":" + ":".join(g[1:])


# ---------------------------------------------------------------- negatives
def neg_order():
    return R.choice(["ORD-%s-%s" % (R.randint(2019, 2025), digits(6)), "INV-" + digits(8), "#" + digits(7), "PO" + digits(9),
                     "TCK-" + digits(5), "RE-%s/%s" % (digits(4), digits(3))])


def neg_ts():
    return R.choice(["2025-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
                     "2024-%02d-%02d %02d:%02d:%02d.%03d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59),
                                                               R.randint(0, 999)),
                     str(R.randint(1600000000, 1760000000)), "%02d:%02d UTC" % (R.randint(0, 23), R.randint(0, 59))])


def neg_uuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def neg_version():
    return R.choice(["v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 99)), "%d.%d.%d.%d" % (R.randint(1, 20), R.randint(0, 9),
                     R.randint(0, 99), R.randint(0, 9999)), "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9), R.randint(1, 4))])


def neg_hash():
    h = hashlib.sha256(str(R.random()).encode()).hexdigest()
    return R.choice([h, h[:40], h[:7], "sha256:" + h])


def neg_date(loc):
    return date(loc, 2023, 2026)


def neg_b64():
    return base64.b64encode(bytes(R.getrandbits(8) for k in range(R.randint(24, 60)))).decode()


def neg_pkg():
    return R.choice(["react@18.2.0", "@types/node@20.11.5", "lodash@4.17.21", "@angular/core@17.1.0", "left-pad@1.3.0", "@nestjs/cli"])


TITLES = ["Quarterly Business Review", "Customer Success Team", "Azure Active Directory", "Release Notes", "Golden Gate Bridge",
          "Incident Postmortem", "Premium Support Plan", "Mount Kilimanjaro", "Data Protection Officer", "Next Steps",
          "Berliner Verkehrsbetriebe", "Deutsche Rentenversicherung", "Gare du Nord", "Crédit Agricole", "Красная Площадь",
          "Action Items", "Open Questions", "Kings Cross", "Pacific Northwest", "Service Level Agreement", "Rhine Valley"]


# ---------------------------------------------------------------- building
def build(segs):
    text, ents, negs, ign = [], [], [], []
    pos = 0
    for s in segs:
        if isinstance(s, str):
            v = s
        else:
            v = s.value
            if isinstance(s, E):
                d = {"type": s.typ, "start": pos, "end": pos + len(v), "value": v}
                if s.sub:
                    d["sub"] = s.sub
                if s.core:
                    d["core"] = [pos + s.core[0], pos + s.core[1]]
                if s.obf:
                    d["obf"] = s.obf
                ents.append(d)
            elif isinstance(s, N):
                negs.append({"type": s.typ, "start": pos, "end": pos + len(v), "value": v})
            else:
                ign.append([pos, pos + len(v)])
        text.append(v)
        pos += len(v)
    return "".join(text), ents, negs, ign


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def escape_segs(segs):
    out = []
    for s in segs:
        if isinstance(s, str):
            out.append(jesc(s))
        elif isinstance(s, E):
            core = None
            if s.core:
                core = (len(jesc(s.value[:s.core[0]])), len(jesc(s.value[:s.core[1]])))
            out.append(E(s.typ, jesc(s.value), s.sub, core, s.obf))
        elif isinstance(s, N):
            out.append(N(s.typ, jesc(s.value)))
        else:
            out.append(I(jesc(s.value)))
    return out


def jser(obj, indent=None, lvl=0):
    """Serialize obj to a segment list; leaves may be E/N/I (string or raw number) or lists of segments (one string)."""
    nl = ("\n" + " " * (indent * (lvl + 1))) if indent else ""
    end = ("\n" + " " * (indent * lvl)) if indent else ""
    sep = ", " if not indent else ","
    colon = ": "
    if isinstance(obj, dict):
        if not obj:
            return ["{}"]
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            out.append((sep if i else "") + nl + json.dumps(k, ensure_ascii=False) + colon)
            out += jser(v, indent, lvl + 1)
        out.append(end + "}")
        return out
    if isinstance(obj, list) and obj and all(isinstance(x, dict) or isinstance(x, list) and x and isinstance(x[0], (dict, list)) for x in obj):
        out = ["["]
        for i, v in enumerate(obj):
            out.append((sep if i else "") + nl)
            out += jser(v, indent, lvl + 1)
        out.append(end + "]")
        return out
    if isinstance(obj, Seg):
        return ['"'] + escape_segs(obj.segs) + ['"']
    if isinstance(obj, (E, N, I)):
        if getattr(obj, "raw", False):
            return [obj]
        return ['"'] + escape_segs([obj]) + ['"']
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            out.append((", " if i else ""))
            out += jser(v, None, lvl + 1)
        out.append("]")
        return out
    return [json.dumps(obj, ensure_ascii=False)]


class Seg(object):
    """A JSON string value made of several segments."""

    def __init__(self, *segs):
        self.segs = list(segs)


# ---------------------------------------------------------------- templates (text)
def t_ticket(loc):
    lang = LANG[loc]
    p, ph, em = person(loc), phone(loc), None
    em = email(loc)
    tk = neg_order()
    if lang == "en":
        return ["Here's a short summary of ticket ", N("NEG_ORDER_ID", tk), ":\n\n- **Reporter:** ", E("PERSON", p), " (", E("EMAIL", em),
                ")\n- **Callback:** ", E("PHONE", ph), "\n- **Issue:** login loop after upgrading to ", N("NEG_VERSION", neg_version()),
                "\n- **Opened:** ", N("NEG_TIMESTAMP", neg_ts()), "\n\nSuggested reply: apologise, and ask them to clear cookies."]
    if lang == "de":
        return ["Zusammenfassung des Tickets ", N("NEG_ORDER_ID", tk), ": ", E("PERSON", p), " meldet, dass der Export seit Version ",
                N("NEG_VERSION", neg_version()), " abbricht. Rückruf erbeten unter ", E("PHONE", ph), ", alternativ per Mail an ",
                E("EMAIL", em), ". Priorität: mittel."]
    if lang == "fr":
        return ["Résumé du ticket ", N("NEG_ORDER_ID", tk), " : ", E("PERSON", p), " signale que la synchronisation échoue depuis le ",
                N("NEG_DATE", neg_date(loc)), ". On peut le joindre au ", E("PHONE", ph), " ou à l'adresse ", E("EMAIL", em), "."]
    return ["Кратко по обращению ", N("NEG_ORDER_ID", tk), ": клиент ", E("PERSON", p), " жалуется на двойное списание. Контакты для связи — ",
            E("PHONE", ph), ", ", E("EMAIL", em), ". Обращение создано ", N("NEG_TIMESTAMP", neg_ts()), "."]


def t_discharge(loc):
    lang = LANG[loc]
    p, dob = person(loc), date(loc)
    m = nhs() if loc == "en_GB" and R.random() < 0.7 else mrn()
    sub = "nhs" if loc == "en_GB" and m.replace(" ", "").isdigit() and len(m.replace(" ", "")) == 10 else None
    adm = neg_date(loc)
    if lang == "en":
        lab = "NHS number" if sub == "nhs" else R.choice(["MRN", "hospital no.", "record number"])
        return ["DISCHARGE LETTER\n\nRe: ", E("PERSON", p), ", date of birth ", E("DATE_OF_BIRTH", dob), ", ", lab, " ", E("MEDICAL_RECORD_NUMBER", m, sub),
                "\n\nDear Dr ", E("PERSON", R.choice(NAMES[loc][1])), ",\n\nYour patient was admitted on ", N("NEG_DATE", adm),
                " with community-acquired pneumonia and treated with IV co-amoxiclav. Follow-up chest X-ray in six weeks."]
    if lang == "de":
        return ["Entlassungsbrief\n\nPatient: ", E("PERSON", p), ", geb. ", E("DATE_OF_BIRTH", dob), ", Fallnummer ", E("MEDICAL_RECORD_NUMBER", m),
                "\nAufnahme am ", N("NEG_DATE", adm), " wegen akuter Cholezystitis; laparoskopische Cholezystektomie komplikationslos."]
    if lang == "fr":
        return ["Compte rendu de sortie — ", E("PERSON", p), ", né(e) le ", E("DATE_OF_BIRTH", dob), ", n° de dossier ", E("MEDICAL_RECORD_NUMBER", m),
                ". Hospitalisé(e) le ", N("NEG_DATE", adm), " pour une fracture du poignet ; contrôle radiologique dans trois semaines."]
    return ["Выписной эпикриз. Пациент: ", E("PERSON", p), ", дата рождения: ", E("DATE_OF_BIRTH", dob), ", № медицинской карты ",
            E("MEDICAL_RECORD_NUMBER", m), ". Поступил ", N("NEG_DATE", adm), " с диагнозом «острый бронхит»."]


def t_invoice(loc):
    lang = LANG[loc]
    p, ib, st = person(loc), iban(), street(loc)
    inv = neg_order()
    if lang == "en":
        return ["I've drafted the invoice reminder:\n\n> Invoice ", N("NEG_ORDER_ID", inv), " is now overdue. Please transfer the balance to ",
                E("IBAN", ib), " quoting the invoice number.\n> Billing address on file: ", E("STREET_ADDRESS", st), ", ", I(city(loc)),
                "\n\nShall I send it to ", E("PERSON", p), " now?"]
    if lang == "de":
        return ["Hier der Entwurf für die Zahlungserinnerung an ", E("PERSON", p), ":\n\nBitte überweisen Sie den offenen Betrag zu Rechnung ",
                N("NEG_ORDER_ID", inv), " auf das Konto ", E("IBAN", ib), ". Rechnungsanschrift: ", E("STREET_ADDRESS", st), ", ", I(city(loc)), "."]
    if lang == "fr":
        return ["Voici la relance pour la facture ", N("NEG_ORDER_ID", inv), " : merci de régler le solde par virement sur le compte ",
                E("IBAN", ib), ". Adresse de facturation : ", E("STREET_ADDRESS", st), ", ", I(city(loc)), ". Destinataire : ", E("PERSON", p), "."]
    return ["Черновик напоминания по счёту ", N("NEG_ORDER_ID", inv), " для ", E("PERSON", p), ": просим перечислить задолженность на счёт ",
            E("IBAN", ib), ". Адрес: ", E("STREET_ADDRESS", st), ", ", I(city(loc)), "."]


def t_meeting(loc):
    lang = LANG[loc]
    a, b = person(loc, "fl"), person(loc)
    if lang == "en":
        return ["## ", N("NEG_TITLECASE", R.choice(TITLES)), "\n\n**Attendees:** ", E("PERSON", a), ", ", E("PERSON", b), "\n\n### ",
                N("NEG_TITLECASE", "Action Items"), "\n1. ", E("PERSON", a.split()[0]), " to share the deck by ", N("NEG_DATE", neg_date(loc)),
                ".\n2. ", E("PERSON", b), " will ping legal about the ", N("NEG_TITLECASE", "Data Processing Addendum"), "."]
    if lang == "de":
        return ["Protokoll Jour fixe (", N("NEG_DATE", neg_date(loc)), ")\nTeilnehmende: ", E("PERSON", a), ", ", E("PERSON", b),
                "\n- ", E("PERSON", a), " klärt mit der ", N("NEG_TITLECASE", "Deutsche Rentenversicherung"), " die offenen Punkte.\n- Nächster Termin folgt."]
    if lang == "fr":
        return ["Compte rendu de réunion du ", N("NEG_DATE", neg_date(loc)), "\nPrésents : ", E("PERSON", a), ", ", E("PERSON", b),
                "\nDécisions : migration vers ", N("NEG_VERSION", neg_version()), " validée ; ", E("PERSON", b), " prépare le plan de bascule."]
    return ["Протокол встречи от ", N("NEG_DATE", neg_date(loc)), ".\nУчастники: ", E("PERSON", a), ", ", E("PERSON", b),
            ".\nРешили: ", E("PERSON", b), " готовит отчёт к пятнице."]


def t_kyc(loc):
    lang = LANG[loc]
    p, dob = person(loc), date(loc)
    if loc == "ru_RU":
        return ["Результат проверки KYC: ", E("PERSON", p), ", ", E("DATE_OF_BIRTH", dob), " г.р., паспорт ", E("RU_PASSPORT", ru_passport()),
                ", СНИЛС ", E("RU_SNILS", snils()), ", ИНН ", E("RU_INN", inn(12)), ". Совпадений в санкционных списках не найдено."]
    if loc == "en_US":
        return ["KYC check passed for ", E("PERSON", p), " (DOB ", E("DATE_OF_BIRTH", dob), "). SSN ", E("US_SSN", ssn()),
                " matched the credit bureau record; residential address ", E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)),
                " verified via utility bill dated ", N("NEG_DATE", neg_date(loc)), "."]
    if lang == "en":
        return ["Identity verification: ", E("PERSON", p), ", born ", E("DATE_OF_BIRTH", dob), ", lives at ", E("STREET_ADDRESS", street(loc)), ", ",
                I(city(loc)), ". Document check reference ", N("NEG_UUID", neg_uuid()), " - status APPROVED."]
    if lang == "de":
        return ["Die Legitimationsprüfung für ", E("PERSON", p), " (geboren am ", E("DATE_OF_BIRTH", dob), ") war erfolgreich. Meldeadresse: ",
                E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), ". Vorgangs-ID ", N("NEG_UUID", neg_uuid()), "."]
    return ["Vérification d'identité réussie pour ", E("PERSON", p), ", née le ", E("DATE_OF_BIRTH", dob), ", domiciliée ",
            E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), ". Référence : ", N("NEG_UUID", neg_uuid()), "."]


def t_incident(loc):
    lang = LANG[loc]
    ip, ip6 = _ip4(), ipv6()
    kind, key = api_key()
    if lang == "en":
        return ["Incident summary: between ", N("NEG_TIMESTAMP", neg_ts()), " and ", N("NEG_TIMESTAMP", neg_ts()),
                " we saw credential-stuffing traffic from ", E("IPV4", ip), " and ", E("IPV6", ip6), ". A leaked token (", E("API_KEY", key, kind),
                ") was found in commit ", N("NEG_HASH", neg_hash()), " and has been revoked. Build ", N("NEG_VERSION", neg_version()), " is unaffected."]
    if lang == "de":
        return ["Sicherheitsvorfall: Der Schlüssel ", E("API_KEY", key, kind), " lag im öffentlichen Repo (Commit ", N("NEG_HASH", neg_hash()),
                "). Zugriffe kamen von ", E("IPV4", ip), ". Schlüssel wurde widerrufen."]
    if lang == "fr":
        return ["Incident : le jeton ", E("API_KEY", key, kind), " a fuité dans les journaux. Connexions suspectes depuis ", E("IPV4", ip), " et ",
                E("IPV6", ip6), " ; rotation effectuée à ", N("NEG_TIMESTAMP", neg_ts()), "."]
    return ["Инцидент: токен ", E("API_KEY", key, kind), " попал в логи CI. Подозрительные запросы с адреса ", E("IPV4", ip),
            ". Токен отозван, затронутая сборка ", N("NEG_VERSION", neg_version()), "."]


def t_travel(loc):
    lang = LANG[loc]
    p, ph, em, c = person(loc), phone(loc), email(loc), card()
    pnr = rnd(6, string.ascii_uppercase)
    if lang == "en":
        return ["Your booking is confirmed ✈️\n\nPassenger: ", E("PERSON", p), "\nBooking ref: ", N("NEG_ORDER_ID", pnr), "\nDeparture: ",
                N("NEG_DATE", neg_date(loc)), "\nPaid with card ", E("CREDIT_CARD", c), "\nConfirmation sent to ", E("EMAIL", em),
                "; the airline may text ", E("PHONE", ph), " about gate changes."]
    if lang == "de":
        return ["Buchung bestätigt für ", E("PERSON", p), ", Abreise am ", N("NEG_DATE", neg_date(loc)), ". Belastet wurde die Karte ", E("CREDIT_CARD", c),
                ". Bestätigung ging an ", E("EMAIL", em), "."]
    if lang == "fr":
        return ["Réservation confirmée : ", E("PERSON", p), ", départ le ", N("NEG_DATE", neg_date(loc)), ", payé avec la carte ", E("CREDIT_CARD", c),
                ". Contact : ", E("PHONE", ph), "."]
    return ["Бронь подтверждена: ", E("PERSON", p), ", вылет ", N("NEG_DATE", neg_date(loc)), ", оплата картой ", E("CREDIT_CARD", c),
            ", телефон ", E("PHONE", ph), "."]


def t_hr(loc):
    lang = LANG[loc]
    p, dob, st = person(loc), date(loc), street(loc)
    if loc == "en_US":
        return ["Onboarding checklist for ", E("PERSON", p), ":\n- I-9 done; SSN ", E("US_SSN", ssn()), " entered in payroll\n- Date of birth: ",
                E("DATE_OF_BIRTH", dob), "\n- Home address: ", E("STREET_ADDRESS", st), ", ", I(city(loc)), "\n- Start date: ",
                N("NEG_DATE", neg_date(loc)), "\n- Laptop asset tag ", N("NEG_ORDER_ID", "IT-" + digits(6))]
    if loc == "ru_RU":
        return ["Новый сотрудник ", E("PERSON", p), " (дата рождения ", E("DATE_OF_BIRTH", dob), "). СНИЛС ", E("RU_SNILS", snils()),
                ", ИНН ", E("RU_INN", inn(12)), ", адрес регистрации: ", E("STREET_ADDRESS", st), ", ", I(city(loc)),
                ". Выходит ", N("NEG_DATE", neg_date(loc)), "."]
    if lang == "de":
        return ["Onboarding ", E("PERSON", p), ": Geburtsdatum ", E("DATE_OF_BIRTH", dob), ", Anschrift ", E("STREET_ADDRESS", st), ", ", I(city(loc)),
                ", Gehaltskonto ", E("IBAN", iban("DE")), ". Erster Arbeitstag: ", N("NEG_DATE", neg_date(loc)), "."]
    if lang == "fr":
        return ["Dossier d'embauche de ", E("PERSON", p), " : date de naissance ", E("DATE_OF_BIRTH", dob), ", adresse ", E("STREET_ADDRESS", st), ", ",
                I(city(loc)), ", RIB ", E("IBAN", iban("FR")), ". Arrivée prévue le ", N("NEG_DATE", neg_date(loc)), "."]
    return ["New starter ", E("PERSON", p), " - DOB ", E("DATE_OF_BIRTH", dob), ", address ", E("STREET_ADDRESS", st), ", ", I(city(loc)),
            ", NI-linked payroll set up; first day ", N("NEG_DATE", neg_date(loc)), "."]


def t_claim(loc):
    lang = LANG[loc]
    p, dob = person(loc), date(loc)
    pol = "POL-" + digits(8)
    if lang == "en":
        return ["Claim ", N("NEG_ORDER_ID", pol), " - policyholder ", E("PERSON", p), " (born ", E("DATE_OF_BIRTH", dob),
                "). Water damage reported at ", E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), " on ", N("NEG_DATE", neg_date(loc)),
                ". Adjuster: ", E("PERSON", person(loc)), ", reachable on ", E("PHONE", phone(loc)), "."]
    if lang == "de":
        return ["Schadenmeldung ", N("NEG_ORDER_ID", pol), ": Versicherungsnehmer ", E("PERSON", p), ", geb. am ", E("DATE_OF_BIRTH", dob),
                ", Schadenort ", E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), ". Auszahlung auf ", E("IBAN", iban()), "."]
    if lang == "fr":
        return ["Sinistre ", N("NEG_ORDER_ID", pol), " : assuré ", E("PERSON", p), " (né le ", E("DATE_OF_BIRTH", dob), "), dégât des eaux au ",
                E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), ". Indemnisation sur ", E("IBAN", iban()), "."]
    return ["Страховой случай ", N("NEG_ORDER_ID", pol), ": страхователь ", E("PERSON", p), ", ", E("DATE_OF_BIRTH", dob),
            " года рождения, адрес: ", E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), "."]


def t_chatlog(loc):
    a, b = first_name(loc), person(loc, "fl")
    em = email(loc)
    lang = LANG[loc]
    hi = {"en": "hey, can you update my email to", "de": "hallo, bitte ändert meine Mail auf", "fr": "bonjour, merci de changer mon mail pour",
          "ru": "здравствуйте, смените почту на"}[lang]
    ok = {"en": "Done! Anything else", "de": "Erledigt! Noch etwas", "fr": "C'est fait ! Autre chose", "ru": "Готово! Что-то ещё"}[lang]
    return ["[", N("NEG_TIMESTAMP", neg_ts()), "] ", E("PERSON", b), ": ", hi, " ", E("EMAIL", em), "\n[", N("NEG_TIMESTAMP", neg_ts()),
            "] agent_", E("PERSON", a), ": ", ok, ", ", E("PERSON", b.split()[0]), "?"]


def t_bank(loc):
    lang = LANG[loc]
    hdr = {"en": "| Date | Description | Amount |", "de": "| Datum | Verwendungszweck | Betrag |", "fr": "| Date | Libellé | Montant |",
           "ru": "| Дата | Назначение | Сумма |"}[lang]
    segs = ["Statement excerpt for account ", E("IBAN", iban()), ":\n\n", hdr, "\n|---|---|---|\n"]
    for k in range(R.randint(3, 5)):
        if R.random() < 0.4:
            segs += ["| ", N("NEG_DATE", neg_date(loc)), " | SEPA ", E("PERSON", person(loc, "fl")), " ", N("NEG_ORDER_ID", neg_order()),
                     " | -%d.%02d |\n" % (R.randint(5, 900), R.randint(0, 99))]
        else:
            segs += ["| ", N("NEG_DATE", neg_date(loc)), " | Card payment ",
                     R.choice(["REWE", "Tesco", "Carrefour", "Пятёрочка", "Amazon"]), " | -%d.%02d |\n" % (R.randint(5, 90), R.randint(0, 99))]
    return segs


def t_env(loc):
    k1, v1 = api_key(R.choice(["stripe", "openai", "slack", "google"]))
    k2, v2 = api_key(R.choice(["aws", "ghp", "gitlab", "sendgrid"]))
    pw = password()
    host = R.choice(["db.internal", "10.0.3.12", "pg-prod.eu-west-1.rds.amazonaws.com"])
    return ["Your `.env` has a few secrets that should not be committed:\n\n```dotenv\nAPP_VERSION=", N("NEG_VERSION", neg_version()),
            "\nPAYMENTS_KEY=", E("API_KEY", v1, k1), "\nDEPLOY_TOKEN=", E("API_KEY", v2, k2), "\nDB_PASS=", E("API_KEY", pw, "password"),
            "\nBUILD_SHA=", N("NEG_HASH", neg_hash()), "\nREQUEST_ID=", N("NEG_UUID", neg_uuid()), "\n```\n\nMove them into your secret manager."]


def t_yaml(loc):
    pw = password()
    kind, tok = api_key(R.choice(["ghp", "slack", "jwt", "aws"]))
    url_pw = password().replace("@", "").replace("#", "").replace("%", "")
    return ["Here is the rendered config:\n\n```yaml\nservice:\n  image: registry.local/api:", N("NEG_VERSION", neg_version()),
            "\n  replicas: 3\ndatabase:\n  user: svc_api\n  password: ",
            E("API_KEY", pw, "password"), "\n  dsn: postgres://svc_api:", E("API_KEY", url_pw, "db_password"), "@", R.choice(["db1", "pg.internal"]),
            ":5432/app\nintegrations:\n  token: ", E("API_KEY", tok, kind), "\n  checksum: ", N("NEG_HASH", neg_hash()), "\n```"]


def t_pem(loc):
    full, core = pem()
    return ["The deploy log printed the key material; redact it before sharing:\n\n", E("API_KEY", full, "pem", core),
            "\n\nThe fingerprint ", N("NEG_HASH", neg_hash()[:40]), " identifies the matching public key."]


def t_csv(loc):
    segs = ["Exported rows (CSV):\n\n```csv\nid,name,email,phone,created_at\n"]
    for k in range(R.randint(3, 5)):
        segs += [N("NEG_UUID", neg_uuid()), ",", E("PERSON", person(loc, "fl")), ",", E("EMAIL", email(loc)), ",", E("PHONE", phone(loc)), ",",
                 N("NEG_TIMESTAMP", neg_ts()), "\n"]
    return segs + ["```"]


def t_logline(loc):
    segs = []
    for k in range(R.randint(3, 5)):
        c = R.random()
        segs += [N("NEG_TIMESTAMP", neg_ts()), " "]
        if c < 0.3:
            segs += ["INFO auth: login ok user=", E("EMAIL", email(loc)), " ip=", E("IPV4", _ip4()), " req=", N("NEG_UUID", neg_uuid()), "\n"]
        elif c < 0.5:
            segs += ["WARN payment: card declined pan=", E("CREDIT_CARD", card("plain")), " order=", N("NEG_ORDER_ID", neg_order()), "\n"]
        elif c < 0.7:
            segs += ["DEBUG http: GET /v2/items?api_key=", E("API_KEY", *reversed(api_key(R.choice(["google", "stripe"])))),
                     " 200 from ", E("IPV6", ipv6()), "\n"]
        elif c < 0.85:
            segs += ["INFO deploy: ", N("NEG_EMAILLIKE", neg_pkg()), " bumped, image ", N("NEG_HASH", neg_hash()), "\n"]
        else:
            segs += ["ERROR validate: rejected test card ", N("NEG_CARDLIKE", cardlike()), " (checksum)\n"]
    return segs


def t_contact(loc):
    lang = LANG[loc]
    p = person(loc, R.choice(["fl", "fml"]))
    lbl = {"en": ["Name", "Phone", "Email", "Address"], "de": ["Name", "Telefon", "E-Mail", "Adresse"], "fr": ["Nom", "Tél.", "Courriel", "Adresse"],
           "ru": ["Имя", "Тел.", "Почта", "Адрес"]}[lang]
    return ["| ", lbl[0], " | ", lbl[1], " | ", lbl[2], " | ", lbl[3], " |\n|---|---|---|---|\n| ", E("PERSON", p), " | ", E("PHONE", phone(loc)), " | ",
            E("EMAIL", email(loc, p)), " | ", E("STREET_ADDRESS", street(loc)), ", ", I(city(loc)), " |"]


def t_nocue(loc):
    """Names without any context cue, in running prose."""
    lang = LANG[loc]
    a, b = person(loc, "fl"), person(loc, "fl")
    if lang == "en":
        return [E("PERSON", a), " and ", E("PERSON", b), " both signed off on the rollout of ", N("NEG_TITLECASE", R.choice(TITLES)),
                ", so the change window on ", N("NEG_DATE", neg_date(loc)), " stands."]
    if lang == "de":
        return ["Laut ", E("PERSON", a), " ist die Migration abgeschlossen; ", E("PERSON", b), " prüft noch die Logs von ", N("NEG_TIMESTAMP", neg_ts()), "."]
    if lang == "fr":
        return ["D'après ", E("PERSON", a), ", le correctif est en production ; ", E("PERSON", b), " surveille les métriques."]
    return ["По словам ", E("PERSON", a), ", релиз прошёл штатно; ", E("PERSON", b), " проверит метрики завтра."]


def t_mail(loc):
    lang = LANG[loc]
    a, b = person(loc, "fl"), person(loc, "fl")
    greet = {"en": "Hi %s,", "de": "Hallo %s,", "fr": "Bonjour %s,", "ru": "Здравствуйте, %s!"}[lang]
    body = {"en": "as discussed, here are the wire details for the deposit:", "de": "wie besprochen die Bankverbindung für die Kaution:",
            "fr": "comme convenu, voici les coordonnées bancaires pour l'acompte :", "ru": "как договаривались, реквизиты для предоплаты:"}[lang]
    sign = {"en": "Best,", "de": "Viele Grüße", "fr": "Cordialement,", "ru": "С уважением,"}[lang]
    g1, g2 = greet.split("%s")
    return ["Subject: ", N("NEG_TITLECASE", R.choice(TITLES)), "\nFrom: ", E("EMAIL", email(loc, a)), "\n\n", g1, E("PERSON", b.split()[0]), g2, "\n\n", body,
            "\nIBAN: ", E("IBAN", iban()), "\n\n", sign, "\n", E("PERSON", a), "\n", E("PHONE", phone(loc))]


def t_cardneg(loc):
    lang = LANG[loc]
    good, bad = card(), cardlike()
    s = {"en": ["The first number ", " fails the Luhn check, so it can't be a real card; the second one, ", ", is valid and was charged."],
         "de": ["Die Nummer ", " besteht die Luhn-Prüfung nicht; ", " dagegen ist gültig und wurde belastet."],
         "fr": ["Le numéro ", " ne passe pas le contrôle de Luhn ; en revanche ", " est valide et a été débité."],
         "ru": ["Номер ", " не проходит проверку Луна, а ", " — корректный, списание прошло."]}[lang]
    return [s[0], N("NEG_CARDLIKE", bad), s[1], E("CREDIT_CARD", good), s[2]]


TEXT_T = [t_ticket, t_discharge, t_invoice, t_meeting, t_kyc, t_incident, t_travel, t_hr, t_claim, t_chatlog, t_bank, t_env, t_yaml, t_pem, t_csv,
          t_logline, t_contact, t_nocue, t_mail, t_cardneg]


# ---------------------------------------------------------------- templates (JSON)
def j_users(loc):
    users = []
    for k in range(R.randint(1, 3)):
        p = person(loc, "fl")
        fn, ln = p.split(" ", 1)
        users.append({"id": N("NEG_UUID", neg_uuid()), "firstName": E("PERSON", fn), "lastName": E("PERSON", ln), "contact": {
            "mail": E("EMAIL", email(loc, p)), "mobile": E("PHONE", phone(loc))}, "birthday": E("DATE_OF_BIRTH", date(loc)),
            "createdAt": N("NEG_TIMESTAMP", neg_ts()), "plan": "pro"})
    return {"data": users, "meta": {"page": 1, "total": len(users)}}


def j_order(loc):
    p = person(loc)
    return {"order": {"number": N("NEG_ORDER_ID", neg_order()), "placed": N("NEG_TIMESTAMP", neg_ts()),
                      "shipTo": {"recipient": E("PERSON", p), "line1": E("STREET_ADDRESS", street(loc)), "postalCode": I(CITIES[loc][0][1]),
                                 "city": I(CITIES[loc][0][0])},
                      "payment": {"method": "card", "pan": E("CREDIT_CARD", card()), "auth": N("NEG_HASH", neg_hash()[:7])},
                      "items": [{"sku": "SKU-" + digits(5), "qty": 2}]}}


def j_patient(loc):
    p = person(loc, "fl")
    m = nhs("sp") if loc == "en_GB" else mrn()
    return {"resourceType": "Patient", "identifier": [{"system": "urn:hospital:mrn" if loc != "en_GB" else "https://fhir.nhs.uk/Id/nhs-number",
                                                       "value": E("MEDICAL_RECORD_NUMBER", m, "nhs" if loc == "en_GB" else None)}],
            "name": [{"text": E("PERSON", p)}], "birthDate": E("DATE_OF_BIRTH", "%04d-%02d-%02d" % (R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28))),
            "telecom": [{"system": "phone", "value": E("PHONE", phone(loc))}], "meta": {"versionId": "3", "lastUpdated": N("NEG_TIMESTAMP", neg_ts())}}


def j_payout(loc):
    return {"payouts": [{"id": "po_" + rnd(14), "beneficiary": E("PERSON", person(loc, "fl")), "iban": E("IBAN", iban()),
                         "amount": R.randint(100, 99999) / 100, "currency": "EUR", "reference": N("NEG_ORDER_ID", neg_order())}
                        for k in range(R.randint(1, 3))]}


def j_audit(loc):
    return {"events": [{"ts": N("NEG_TIMESTAMP", neg_ts()), "actor": E("EMAIL", email(loc)), "action": R.choice(["user.login", "role.grant", "key.create"]),
                        "sourceIp": E("IPV4", _ip4()) if R.random() < 0.7 else E("IPV6", ipv6()), "traceId": N("NEG_UUID", neg_uuid())}
                       for k in range(R.randint(2, 4))]}


def j_graphql(loc):
    p = person(loc)
    return {"data": {"viewer": {"login": "dev" + digits(3), "profile": {"displayName": E("PERSON", p), "email": E("EMAIL", email(loc)),
                                                                       "location": I(CITIES[loc][1][0])}},
                     "repository": {"latestRelease": {"tagName": N("NEG_VERSION", neg_version())}}}, "errors": []}


def j_toolcall(loc):
    p = person(loc)
    args = {"to": E("EMAIL", email(loc, None)), "subject": "Your appointment", "body": Seg("Dear ", E("PERSON", p), ", please call ", E("PHONE", phone(loc)),
                                                                                            " to confirm.")}
    inner = jser(args)
    return {"id": "chatcmpl-" + rnd(20), "object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assistant", "content": None,
            "tool_calls": [{"id": "call_" + rnd(16), "type": "function", "function": {"name": "send_email", "arguments": Seg(*inner)}}]}}]}


def j_double(loc):
    inner = jser({"ssn" if loc == "en_US" else "inn": E("US_SSN", ssn()) if loc == "en_US" else E("RU_INN", inn(10)),
                  "holder": E("PERSON", person(loc, "fl")), "card": E("CREDIT_CARD", card())})
    return {"status": "ok", "payload": Seg(*inner), "requestId": N("NEG_UUID", neg_uuid())}


def j_ru(loc):
    return {"client": {"fio": E("PERSON", person("ru_RU", "fml")), "passport": E("RU_PASSPORT", ru_passport()), "snils": E("RU_SNILS", snils()),
                       "inn": E("RU_INN", inn(), raw=False) if R.random() < 0.6 else E("RU_INN", inn(12), raw=True), "dob": E("DATE_OF_BIRTH", date("ru_RU"))},
            "checkedAt": N("NEG_TIMESTAMP", neg_ts())}


def j_secrets(loc):
    kind, tok = api_key()
    return {"integration": R.choice(["stripe", "slack", "github"]), "credentials": {"token": E("API_KEY", tok, kind),
                                                                                   "password": E("API_KEY", password(), "password")},
            "webhook": "https://hooks.example.net/" + rnd(12), "version": N("NEG_VERSION", neg_version()), "dependency": N("NEG_EMAILLIKE", neg_pkg())}


def j_ticket_text(loc):
    segs = t_ticket(loc)
    return {"ticket": {"summary": Seg(*segs), "priority": "P3", "blob": N("NEG_B64", neg_b64())}}


def j_employee(loc):
    p = person(loc, "fl")
    d = {"employee": {"fullName": E("PERSON", p), "dateOfBirth": E("DATE_OF_BIRTH", date(loc)), "homeAddress": {
        "street": E("STREET_ADDRESS", street(loc)), "zip": I(CITIES[loc][2][1]), "town": I(CITIES[loc][2][0])}, "salaryAccount": E("IBAN", iban())}}
    if loc == "en_US":
        d["employee"]["ssn"] = E("US_SSN", ssn())
    return d


JSON_T = [j_users, j_order, j_patient, j_payout, j_audit, j_graphql, j_toolcall, j_double, j_ru, j_secrets, j_ticket_text, j_employee]


# ---------------------------------------------------------------- obfuscation
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О",
        "P": "Р", "C": "С", "T": "Т", "X": "Х"}
SPELL = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}


def obfuscate(typ, value, lang):
    kinds = ["zero_width", "fullwidth", "spaced"]
    if any(ch in HOMO for ch in value):
        kinds.append("homoglyph")
    if typ == "EMAIL":
        kinds = ["words", "words", "zero_width", "homoglyph"]
    if typ == "IPV4":
        kinds = ["defang", "defang", "fullwidth", "zero_width"]
    if typ in ("PHONE", "US_SSN", "RU_SNILS", "RU_INN") and lang in SPELL:
        kinds.append("spelled")
    if typ in ("US_SSN", "PHONE", "CREDIT_CARD"):
        kinds.append("dotted")
    k = R.choice(kinds)
    if k == "zero_width":
        chars = list(value)
        for j in sorted(R.sample(range(1, len(chars)), min(3, len(chars) - 1)), reverse=True):
            chars.insert(j, R.choice(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]))
        return k, "".join(chars)
    if k == "fullwidth":
        return k, "".join(chr(ord(ch) + 0xFEE0) if ch.isascii() and ch.isalnum() else ch for ch in value)
    if k == "spaced":
        return k, " ".join(ch for ch in value if ch != " ")
    if k == "homoglyph":
        return k, "".join(HOMO.get(ch, ch) if R.random() < 0.6 else ch for ch in value)
    if k == "spelled":
        return k, " ".join(SPELL[lang][int(ch)] if ch.isdigit() else {"-": "dash", "+": "plus"}.get(ch, "") for ch in value if ch != " " and ch not in "()")
    if k == "dotted":
        return k, ".".join(g for g in value.replace("-", " ").split())
    if k == "words":
        loc, dom = value.split("@")
        at = R.choice([" at ", " [at] ", " (at) ", " @ "])
        return k, loc.replace(".", R.choice([" dot ", " [dot] "])) + at + dom.replace(".", R.choice([" dot ", " [dot] ", " (dot) "]))
    return k, value.replace(".", R.choice(["[.]", "(.)", " dot "]))


def obf_doc(loc):
    lang = LANG[loc]
    typ = R.choice(["EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "API_KEY", "PERSON", "RU_INN", "RU_SNILS"])
    val = {"EMAIL": lambda: email(loc), "PHONE": lambda: phone(loc), "US_SSN": lambda: ssn("dash"), "CREDIT_CARD": card, "IBAN": iban, "IPV4": _ip4,
           "API_KEY": lambda: api_key(R.choice(["aws", "ghp", "gitlab", "stripe", "openai"]))[1], "PERSON": lambda: person(loc, "fl"), "RU_INN": inn,
           "RU_SNILS": snils}[typ]()
    k, ov = obfuscate(typ, val, lang)
    lead = {"en": ["As requested, written so filters won't catch it: ", "Sure — the value is ", "Here you go (formatted oddly on purpose): "],
            "de": ["Wie gewünscht, leicht verfremdet: ", "Der Wert lautet "], "fr": ["Comme demandé, sous une forme détournée : ", "La valeur est "],
            "ru": ["Как просили, в изменённом виде: ", "Значение: "]}[lang]
    return [R.choice(lead), E(typ, ov, None, None, k), ". ", R.choice(["Let me know if you need anything else.", "Bitte vertraulich behandeln.",
                                                                      "Merci de ne pas le diffuser.", "Не пересылайте дальше.", ""])]


# ---------------------------------------------------------------- assembly
def make_doc(did, shape, loc, segs, fmt, tpl, base=None):
    text, ents, negs, ign = build(segs)
    d = {"id": did, "split": "probe_c", "shape": shape, "format": fmt, "locale": loc, "lang": LANG[loc], "template": tpl, "text": text,
         "entities": ents, "negatives": negs, "ignore": ign}
    if base:
        d["base_shape"] = base
    return d


def chunks(text):
    out, i = [], 0
    while i < len(text):
        n = R.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def gen_text(loc):
    t = R.choice(TEXT_T)
    return t(loc), "c." + t.__name__


def gen_json(loc):
    t = R.choice(JSON_T)
    return jser(t(loc), indent=R.choice([None, None, 2])), "j." + t.__name__


def generate(seed, n_chat=150, n_json=90, n_j4k=25, n_t4k=25, n_obf=60, n_stream=50):
    R.seed(seed)
    docs = []
    for i in range(n_chat):
        loc = R.choice(LOCALES)
        segs, tpl = gen_text(loc)
        docs.append(make_doc("pc-chat-%04d" % i, "chat", loc, segs, "text", tpl))
    for i in range(n_json):
        loc = R.choice(LOCALES)
        segs, tpl = gen_json(loc)
        docs.append(make_doc("pc-json-%04d" % i, "json", loc, segs, "json", tpl))
    for i in range(n_j4k):
        loc = R.choice(LOCALES)
        recs = []
        while sum(len(build(x)[0]) for x in recs) < 3800:
            recs.append(jser(R.choice(JSON_T)(loc)))
        segs = ['{"results": [']
        for j, r in enumerate(recs):
            segs += ([", "] if j else []) + r
        segs.append('], "next": null}')
        docs.append(make_doc("pc-json4k-%04d" % i, "json4k", loc, segs, "json", "j.batch"))
    for i in range(n_t4k):
        loc = R.choice(LOCALES)
        segs = []
        while len(build(segs)[0]) < 3800:
            segs += gen_text(loc)[0] + ["\n\n---\n\n"]
        docs.append(make_doc("pc-text4k-%04d" % i, "text4k", loc, segs, "text", "c.mixed"))
    for i in range(n_obf):
        loc = R.choice(LOCALES)
        docs.append(make_doc("pc-obf-%04d" % i, "obfuscated", loc, obf_doc(loc), "text", "o.inline"))
    for i in range(n_stream):
        loc = R.choice(LOCALES)
        r = R.random()
        if r < 0.5:
            segs, tpl = gen_text(loc)
            base, fmt = "chat", "text"
        elif r < 0.85:
            segs, tpl = gen_json(loc)
            base, fmt = "json", "json"
        else:
            segs, tpl, base, fmt = obf_doc(loc), "o.inline", "obfuscated", "text"
        d = make_doc("pc-stream-%04d" % i, "stream", loc, segs, fmt, tpl, base)
        d["chunks"] = chunks(d["text"])
        docs.append(d)
    return docs


def validate(docs):
    for d in docs:
        t = d["text"]
        for e in d["entities"] + d["negatives"]:
            assert t[e["start"]:e["end"]] == e["value"], (d["id"], e)
        if d["format"] == "json":
            json.loads(t)
        if "chunks" in d:
            assert "".join(d["chunks"]) == t and all(1 <= len(c) <= 16 for c in d["chunks"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="/tmp/probe_c.jsonl")
    ap.add_argument("--seed", type=int, default=7331)
    a = ap.parse_args()
    docs = generate(a.seed)
    validate(docs)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("%d docs, %d entities, %d negatives -> %s" % (len(docs), sum(len(d["entities"]) for d in docs), sum(len(d["negatives"]) for d in docs), a.out))


if __name__ == "__main__":
    main()
