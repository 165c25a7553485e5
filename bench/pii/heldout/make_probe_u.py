#!/usr/bin/env python3
"""Probe U: held-out PII corpus of model outputs that *render* data for a human or another program.

Tables (pandas, SQL clients, psql), XML/HTML fragments, unified diffs, HTTP dumps, REPL/Jupyter output,
YAML/TOML/.ini, stack traces with locals, ICS and CSV contact exports, itineraries, pharmacy/telehealth
transcripts, payslips, school records and utility bills, in en_US, en_GB, de_DE, fr_FR and ru_RU.
Output schema = the pii-bench dev split.  Usage: make_probe_u.py --seed 3434 --out FILE [--summary]
"""
import argparse
import base64
import datetime
import json
import random
import re
import string
import sys
import unicodedata
from collections import Counter
from urllib.parse import quote_plus

try:
    from faker import Faker
except ImportError:
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

R = random.Random(0)
FK = {}
STORE = []
TOK = re.compile("\ue000(\\d+)\ue001")
TOKQ = re.compile('"(\ue000(\\d+)\ue001)"')
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
ZW = "\u200b\u200c\u200d\u2060\ufeff"
HG = dict(zip("aceopxyABCEHKMOPTX", "асеорхуАВСЕНКМОРТХ"))
HG_BACK = {v: k for k, v in HG.items()}
SPELL = {"en": "zero one two three four five six seven eight nine".split(),
         "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
MONTHS = {"en": "January February March April May June July August September October November December".split(),
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}
TRANSLIT = dict(zip("абвгдеёзийклмнопрстуфхыэ", "abvgdeeziyklmnoprstufhye"))
TRANSLIT.update({"ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"})
LOCALES = [("en_US", 33), ("en_GB", 16), ("de_DE", 17), ("fr_FR", 13), ("ru_RU", 21)]
SHAPES = [("chat", 200), ("json", 112), ("stream", 56), ("obfuscated", 56), ("json4k", 34), ("text4k", 22)]


# ----------------------------------------------------------------------------------------------
# labelled-value tokens: every entity / negative / ignore value enters the text as a PUA token
# ----------------------------------------------------------------------------------------------
def _put(kind, typ, value, sub=None, obf=None, clean=None, core=None, raw=False):
    if kind == "E" and clean is None and obf is None:
        clean = "".join(ch for ch in value if ch.isalnum())
    STORE.append({"kind": kind, "type": typ, "value": value, "sub": sub, "obf": obf, "clean": clean, "core": core, "raw": raw})
    return "\ue000%d\ue001" % (len(STORE) - 1)


def E(typ, value, sub=None, **kw):
    return _put("E", typ, value, sub, **kw)


def N(typ, value):
    return _put("N", typ, value)


def IG(value):
    return _put("I", None, value)


def plain(s):
    return TOK.sub(lambda m: STORE[int(m.group(1))]["value"], s)


def vl(s):
    return len(plain(s))


def lj(s, w):
    return s + " " * (w - vl(s))


def rj(s, w):
    return " " * (w - vl(s)) + s


def ctr(s, w):
    pad = w - vl(s)
    return " " * (pad // 2) + s + " " * (pad - pad // 2)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def resolve(s, js):
    if js:
        s = TOKQ.sub(lambda m: m.group(1) if STORE[int(m.group(2))]["raw"] else m.group(0), s)
    out, ents, negs, ign, pos, n = [], [], [], [], 0, 0
    for m in TOK.finditer(s):
        out.append(s[pos:m.start()])
        n += m.start() - pos
        it = STORE[int(m.group(1))]
        esc = jesc if js and not it["raw"] else str
        ev = esc(it["value"])
        st, en = n, n + len(ev)
        if it["kind"] == "E":
            e = {"type": it["type"], "start": st, "end": en, "value": ev}
            if it["sub"]:
                e["sub"] = it["sub"]
            if it["core"]:
                e["core"] = [st + len(esc(it["core"][0])), en - len(esc(it["core"][1]))]
            if it["obf"]:
                e["obf"] = it["obf"]
            e["_clean"] = it["clean"]
            ents.append(e)
        elif it["kind"] == "N":
            negs.append({"type": it["type"], "start": st, "end": en, "value": ev})
        else:
            ign.append([st, en])
        out.append(ev)
        n, pos = en, m.end()
    out.append(s[pos:])
    return "".join(out), ents, negs, ign


# ----------------------------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------------------------
def pick(seq):
    return R.choice(seq)


def dg(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def luhn_fill(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    return next(body + c for c in string.digits if luhn_ok(body + c))


CARD_PREFIX = {"visa": ["4"], "mastercard": ["51", "53", "55", "2221", "2720", "2300"], "amex": ["34", "37"],
               "discover": ["6011", "65"], "jcb": ["3528", "3560", "3589"], "mir": ["2200", "2201", "2202", "2204"]}


def card(brand=None):
    brand = brand or pick(list(CARD_PREFIX))
    num = luhn_fill(pick(CARD_PREFIX[brand]), 15 if brand == "amex" else 16)
    style = R.random()
    if brand == "amex":
        if style < .5:
            return num[:4] + pick(" -") + num[4:10] + pick(" -") + num[10:], brand, num
        return num, brand, num
    if style < .45:
        return " ".join(num[i:i + 4] for i in range(0, 16, 4)), brand, num
    if style < .7:
        return "-".join(num[i:i + 4] for i in range(0, 16, 4)), brand, num
    return num, brand, num


def cardlike():
    while True:
        num = pick("3456789") + dg(15)
        if not luhn_ok(num):
            return pick([" ", "-", ""]).join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": "8n10n", "FR": "10n11n2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n",
             "AT": "16n", "BE": "12n", "CH": "17n", "PL": "24n"}


def iban_ok(ib):
    s = ib[4:] + ib[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(cc=None, grouped=None):
    cc = cc or pick(list(IBAN_SPEC))
    bban = ""
    for n, k in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
        bban += rs(int(n), string.ascii_uppercase) if k == "a" else dg(int(n))
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    grouped = R.random() < .55 if grouped is None else grouped
    val = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if grouped else ib
    return val, "%s_%s" % (cc, "grouped" if grouped else "compact"), ib


def ssn_ok(s):
    a, g, n = s[:3], s[3:5], s[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ssn():
    while True:
        s = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(s):
            break
    k = R.random()
    if k < .65:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:]), "dashed", s
    if k < .85:
        return "%s %s %s" % (s[:3], s[3:5], s[5:]), "spaced", s
    return s, "plain", s


def snils_check(d9):
    t = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    t = t % 101 if t > 101 else t
    return "%02d" % (0 if t in (100, 101) else t)


def snils():
    d9 = "%09d" % R.randint(1001999, 999999999)
    full = d9 + snils_check(d9)
    k = R.random()
    if k < .6:
        return "%s-%s-%s %s" % (d9[:3], d9[3:6], d9[6:], full[9:]), "formatted", full
    if k < .8:
        return "%s-%s-%s-%s" % (d9[:3], d9[3:6], d9[6:], full[9:]), "dashed", full
    return full, "plain", full


def _inn_digit(ds, w):
    return str(sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10)


def inn_ok(s):
    if len(s) == 10:
        return s[9] == _inn_digit(s, [2, 4, 10, 3, 5, 9, 4, 6, 8])
    return (len(s) == 12 and s[10] == _inn_digit(s, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
            and s[11] == _inn_digit(s, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))


def inn(long=None):
    long = R.random() < .5 if long is None else long
    if long:
        s = "%02d" % R.randint(1, 92) + dg(8)
        s += _inn_digit(s, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        s += _inn_digit(s, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
        return s, "inn12", s
    s = "%02d" % R.randint(1, 92) + dg(7)
    s += _inn_digit(s, [2, 4, 10, 3, 5, 9, 4, 6, 8])
    return s, "inn10", s


def nhs_ok(s):
    c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(s[:9])) % 11
    return len(s) == 10 and c != 10 and s[9] == str(0 if c == 11 else c)


def nhs():
    while True:
        s = str(R.randint(4, 7)) + dg(8)
        c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(s)) % 11
        if c != 10:
            s += str(0 if c == 11 else c)
            return pick(["%s %s %s" % (s[:3], s[3:6], s[6:]), s, "%s-%s-%s" % (s[:3], s[3:6], s[6:])]), s


def ru_passport():
    ser, num = "%02d" % R.randint(1, 99) + "%02d" % R.randint(0, 24), dg(6)
    k = R.random()
    if k < .4:
        return "%s %s %s" % (ser[:2], ser[2:], num), "spaced"
    if k < .65:
        return "%s %s" % (ser, num), "series_number"
    if k < .85:
        return "%s %s № %s" % (ser[:2], ser[2:], num), "numero"
    return ser + num, "plain"


def mrn():
    k = R.random()
    if k < .4:
        return dg(R.randint(7, 10)), "numeric"
    if k < .75:
        return pick(["MRN-", "MRN ", "PT", "HN", "KH-", "DMP-"]) + dg(R.randint(6, 9)), "prefixed"
    return rs(2, string.ascii_uppercase) + dg(6) + "-" + rs(2, string.ascii_uppercase + string.digits), "alnum"


def ipv4(private=None):
    private = R.random() < .35 if private is None else private
    if private:
        return pick(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])
    while True:
        a = R.randint(11, 223)
        if a not in (100, 127, 169, 172, 192):
            return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    g = ["%x" % R.randint(0, 0xffff) for _ in range(8)]
    g[0] = pick(["2a02", "2001", "2a01", "2600", "2003", "2a00"])
    if R.random() < .5:
        return ":".join(g[:4]) + "::" + ":".join(g[6:])
    return ":".join(g)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def secret(kind=None):
    """-> (value, sub, core)"""
    kind = kind or pick(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_pat_fine", "github_other",
                         "slack", "stripe", "google_api", "gitlab", "openai_like", "jwt", "pem"])
    if kind == "aws_access_key_id":
        return pick(["AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567"), kind, None
    if kind == "aws_secret_key":
        return rs(40, B64), kind, None
    if kind == "github_pat_classic":
        return "ghp_" + rs(36), kind, None
    if kind == "github_pat_fine":
        return "github_pat_" + rs(22) + "_" + rs(59), kind, None
    if kind == "github_other":
        return pick(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(36), kind, None
    if kind == "slack":
        if R.random() < .5:
            return "xoxb-%s-%s-%s" % (dg(12), dg(13), rs(24)), kind, None
        return "xoxp-%s-%s-%s-%s" % (dg(12), dg(12), dg(13), rs(32, "0123456789abcdef")), kind, None
    if kind == "stripe":
        return pick(["sk_live_", "rk_live_", "sk_live_51", "whsec_"]) + rs(pick([24, 32, 58])), kind, None
    if kind == "google_api":
        return "AIza" + rs(35, ALNUM + "-_"), kind, None
    if kind == "gitlab":
        return "glpat-" + rs(20, ALNUM + "-_"), kind, None
    if kind == "openai_like":
        return pick(["sk-proj-" + rs(56, ALNUM + "-_"), "sk-" + rs(48), "sk-ant-api03-" + rs(60, ALNUM + "-_")]), kind, None
    if kind == "jwt":
        head = {"alg": pick(["HS256", "RS256", "ES256"]), "typ": "JWT"}
        iat = R.randint(1700000000, 1760000000)
        body = {"sub": dg(8), "iat": iat, "exp": iat + pick([900, 3600, 86400]), "scope": pick(["read", "read write", "admin"])}
        sig = bytes(R.randrange(256) for _ in range(32 if head["alg"] == "HS256" else 64))
        return ".".join([b64url(json.dumps(head, separators=(",", ":")).encode()),
                         b64url(json.dumps(body, separators=(",", ":")).encode()), b64url(sig)]), kind, None
    label = pick(["RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    width = 70 if label.startswith("OPENSSH") else 64
    raw = base64.b64encode(bytes(R.randrange(256) for _ in range(R.randint(120, 420)))).decode()
    body = "\n".join(raw[i:i + width] for i in range(0, len(raw), width))
    head, foot = "-----BEGIN %s-----\n" % label, "\n-----END %s-----" % label
    sub = "pem_" + label.lower().replace(" ", "_")
    return head + body + foot, sub, (head, foot)


def SEC(kind=None):
    v, sub, core = secret(kind)
    return E("API_KEY", v, sub, core=core)


def password():
    k = R.random()
    if k < .4:
        return pick(["Sommer", "Winter", "Falke", "Soleil", "Bastion", "Kedr", "Polaris", "Marmite", "Tigre"]) + dg(R.randint(2, 4)) + pick("!#$*?")
    return rs(R.randint(12, 22), ALNUM + "!#$*-_~^")


def uuid():
    parts = (R.getrandbits(32), R.getrandbits(16), R.getrandbits(12), R.choice([8, 9, 10, 11]), R.getrandbits(12), R.getrandbits(48))
    return "%08x-%04x-4%03x-%x%03x-%012x" % parts


def hexs(n):
    return rs(n, "0123456789abcdef")


def version4():
    return pick(["%d.0.%d.%d" % (R.randint(100, 131), R.randint(4000, 6999), R.randint(10, 220)),
                 "10.0.%d.%d" % (R.randint(17000, 26100), R.randint(100, 5000)),
                 "%d.%d.%d.%d" % (R.randint(1, 24), R.randint(0, 40), R.randint(0, 255), R.randint(0, 99))])


def dt_repr():
    return "%d, %d, %d, %d, %d" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59))


def rdate(y0, y1):
    return datetime.date(y0, 1, 1) + datetime.timedelta(days=R.randint(0, (y1 - y0 + 1) * 365 - 1))


def ts_iso():
    d = rdate(2022, 2026)
    return "%sT%02d:%02d:%02d%s" % (d.isoformat(), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), pick(["Z", ".%03dZ" % R.randint(0, 999), "+02:00"]))


def ts_http():
    d = rdate(2022, 2026)
    return "%s, %02d %s %d %02d:%02d:%02d GMT" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def ts_ics():
    d = rdate(2023, 2026)
    return d.strftime("%Y%m%d") + "T%02d%02d00%s" % (R.randint(7, 18), pick([0, 15, 30, 45]), pick(["Z", ""]))


def b64neg():
    return pick(["sha384-", "sha512-", "sha256-"]) + base64.b64encode(bytes(R.randrange(256) for _ in range(pick([32, 48, 64])))).decode()


def money(L):
    x = R.randint(300, 480000) / 100
    if L.code == "en_US":
        return "$%s" % format(x, ",.2f")
    if L.code == "en_GB":
        return "£%s" % format(x, ",.2f")
    s = format(x, ",.2f").replace(",", " " if L.code != "de_DE" else ".")
    s = s[:-3] + "," + s[-2:]
    return {"de_DE": s + " €", "fr_FR": s + " €", "ru_RU": s + " ₽"}[L.code]


TITLECASE = {"en": ["Account Manager", "Release Manager", "Finance Controller", "Customer Success", "Service Desk", "Accounts Payable"],
             "de": ["Kundenservice Team", "Abteilung Personal", "Leitung Buchhaltung", "Rechnungsprüfung"],
             "fr": ["Service Client", "Direction Générale", "Chef De Projet", "Comptabilité Fournisseurs"],
             "ru": ["Служба Поддержки", "Отдел Кадров", "Главный Бухгалтер", "Финансовый Контролёр"]}
PHARM_ROLE = {"en": ["Duty Pharmacist", "Pharmacy Technician", "Locum Pharmacist"], "de": ["Diensthabende Apothekerin", "Leitender Apotheker"],
              "fr": ["Pharmacien Responsable", "Préparatrice En Pharmacie"], "ru": ["Дежурный Фармацевт", "Старший Провизор"]}
EMAILLIKE = ["@dataclass", "@pytest.fixture", "lodash@4.17.21", "@media", "git@github.com", "@types/node@20.11.5", "@Override",
             "@staticmethod", "react-dom@18.3.1", "@font-face"]


# ----------------------------------------------------------------------------------------------
# locale context and people
# ----------------------------------------------------------------------------------------------
class Loc:
    def __init__(self, code, lang):
        self.code, self.lang, self.fk = code, lang, FK[code]
        self.nl = code[:2]

    def t(self, table):
        v = table[self.lang]
        return pick(v) if isinstance(v, list) else v


def fold(s):
    s = s.lower()
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c in string.ascii_lowercase)


DOMAINS = {"en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hey.com", "proton.me"],
           "en_GB": ["btinternet.com", "gmail.com", "outlook.com", "sky.com", "virginmedia.com", "nhs.net"],
           "de_DE": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org", "gmail.com"],
           "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
           "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "inbox.ru", "gmail.com"]}


class Person:
    def __init__(self, L):
        fk, male = L.fk, R.random() < .5
        self.L = L
        self.first = fk.first_name_male() if male else fk.first_name_female()
        if L.code == "ru_RU":
            self.last = fk.last_name_male() if male else fk.last_name_female()
            self.mid = fk.middle_name_male() if male else fk.middle_name_female()
        else:
            self.last, self.mid = fk.last_name(), None

    def name(self, style=None):
        f, la, m = self.first, self.last, self.mid
        if m:
            opts = ["%s %s %s" % (la, f, m), "%s %s" % (f, la), "%s %s. %s." % (la, f[0], m[0]), "%s %s %s" % (f, m, la)]
        else:
            opts = ["%s %s" % (f, la), "%s %s" % (f, la), "%s, %s" % (la, f), "%s. %s" % (f[0], la)]
            if self.L.nl == "fr":
                opts.append("%s %s" % (la.upper(), f))
        if style == "full":
            return opts[0] if m else "%s %s" % (f, la)
        if style == "airline":
            return "%s/%s" % (fold(la).upper(), fold(f).upper())
        return pick(opts)

    def tok(self, style=None):
        return E("PERSON", self.name(style), self.L.nl)

    def email(self, domain=None):
        f, la = fold(self.first), fold(self.last)
        local = pick(["%s.%s" % (f, la), "%s%s" % (f[0], la), "%s_%s%d" % (f, la, R.randint(1, 99)), "%s.%s" % (la, f[0]),
                      "%s%s" % (f, dg(2)), "%s-%s" % (f, la)])
        return "%s@%s" % (local, domain or pick(DOMAINS[self.L.code]))


def EM(p, domain=None):
    return E("EMAIL", p.email(domain))


def phone(L, intl=None):
    c = L.code
    intl = R.random() < .5 if intl is None else intl
    cc = c[3:]
    if c == "en_US":
        a, e, s = str(R.randint(2, 9)) + dg(2), str(R.randint(2, 9)) + dg(2), dg(4)
        if intl:
            v = pick(["+1 %s %s %s" % (a, e, s), "+1-%s-%s-%s" % (a, e, s), "+1%s%s%s" % (a, e, s), "+1 (%s) %s-%s" % (a, e, s)])
        else:
            v = pick(["(%s) %s-%s" % (a, e, s), "%s-%s-%s" % (a, e, s), "%s.%s.%s" % (a, e, s), "1-%s-%s-%s" % (a, e, s)])
    elif c == "en_GB":
        area = pick(["20", "161", "121", "113", "117", "131", "141", "7"])
        if area == "20":
            rest = "%s %s" % (dg(4), dg(4))
        elif area == "7":
            area, rest = "7" + str(R.randint(4, 9)) + dg(2), dg(6)
        else:
            rest = "%s %s" % (dg(3), dg(4))
        v = pick(["+44 %s %s" % (area, rest), "+44 (0)%s %s" % (area, rest)]) if intl else "0%s %s" % (area, rest)
    elif c == "de_DE":
        area = pick(["30", "40", "89", "221", "69", "711", "351", "151", "160", "170", "171", "176"])
        sub_ = dg(R.randint(6, 8))
        if intl:
            v = pick(["+49 %s %s" % (area, sub_), "+49 (0)%s %s" % (area, sub_), "0049 %s %s" % (area, sub_), "+49%s%s" % (area, sub_)])
        else:
            v = pick(["0%s %s" % (area, sub_), "0%s/%s" % (area, sub_), "(0%s) %s" % (area, sub_), "0%s-%s" % (area, sub_)])
    elif c == "fr_FR":
        d = [pick("1234567"), dg(2), dg(2), dg(2), dg(2)]
        if intl:
            v = pick(["+33 %s %s %s %s %s" % tuple(d), "+33 (0)%s %s %s %s %s" % tuple(d), "+33" + "".join(d)])
        else:
            v = pick(["0%s %s %s %s %s", "0%s.%s.%s.%s.%s"]) % tuple(d)
    else:
        a, b, x, y = pick(["495", "499", "812", "343", "383", "916", "903", "925", "977", "912"]), dg(3), dg(2), dg(2)
        if intl:
            v = pick(["+7 (%s) %s-%s-%s" % (a, b, x, y), "+7 %s %s-%s-%s" % (a, b, x, y), "+7%s%s%s%s" % (a, b, x, y), "+7-%s-%s-%s-%s" % (a, b, x, y)])
        else:
            v = pick(["8 (%s) %s-%s-%s" % (a, b, x, y), "8-%s-%s-%s-%s" % (a, b, x, y), "8 %s %s %s %s" % (a, b, x, y), "8%s%s%s%s" % (a, b, x, y)])
    return v, ("intl_" if intl else "national_") + cc


def PH(L, intl=None):
    v, sub = phone(L, intl)
    return E("PHONE", v, sub)


def fmt_date(L, d, iso=False):
    if iso:
        return d.isoformat()
    mo = MONTHS[L.lang][d.month - 1]
    c = L.code
    if c == "en_US":
        return pick([d.strftime("%m/%d/%Y"), "%s %d, %d" % (mo, d.day, d.year), "%d/%d/%d" % (d.month, d.day, d.year), d.isoformat()])
    if c == "en_GB":
        return pick([d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, mo, d.year), d.isoformat()])
    if c == "fr_FR":
        return pick([d.strftime("%d/%m/%Y"), "%d %s %d" % (d.day, mo, d.year), d.isoformat()])
    return pick([d.strftime("%d.%m.%Y"), ("%d. %s %d" if L.lang == "de" else "%d %s %d") % (d.day, mo, d.year), d.isoformat()])


def DOB(L, iso=False):
    return E("DATE_OF_BIRTH", fmt_date(L, rdate(1942, 2008), iso))


def NDATE(L, iso=False):
    return N("NEG_DATE", fmt_date(L, rdate(2022, 2026), iso))


class Addr:
    def __init__(self, L):
        self.L, fk = L, L.fk
        self.street, self.city, self.post = fk.street_address(), fk.city(), fk.postcode()
        if L.code == "en_US":
            self.city = "%s, %s" % (self.city, fk.state_abbr())

    def st(self):
        return E("STREET_ADDRESS", self.street, self.L.nl)

    def line(self):
        c = self.L.code
        if c == "en_US":
            return "%s, %s" % (self.st(), IG("%s %s" % (self.city, self.post)))
        if c == "en_GB":
            return "%s, %s" % (self.st(), IG("%s, %s" % (self.city, self.post)))
        if c == "ru_RU" and R.random() < .5:
            return "%s, %s" % (IG("%s, %s" % (self.post, self.city)), self.st())
        if c == "ru_RU":
            return "%s, %s" % (self.st(), IG("%s, %s" % (self.city, self.post)))
        return "%s, %s" % (self.st(), IG("%s %s" % (self.post, self.city)))


# ----------------------------------------------------------------------------------------------
# localised labels
# ----------------------------------------------------------------------------------------------
LB = {
    "name": {"en": ["name", "full_name", "customer"], "de": ["name", "kunde"], "fr": ["nom", "client"], "ru": ["фио", "клиент"]},
    "email": {"en": ["email", "e_mail", "contact"], "de": ["e_mail", "email"], "fr": ["courriel", "email"], "ru": ["email", "почта"]},
    "phone": {"en": ["phone", "mobile", "tel"], "de": ["telefon", "mobil"], "fr": ["tel", "portable"], "ru": ["телефон", "моб"]},
    "dob": {"en": ["dob", "birth_date", "born"], "de": ["geb_datum", "geburtsdatum"], "fr": ["date_naiss", "naissance"], "ru": ["дата_рожд", "др"]},
    "note": {"en": ["notes", "comment"], "de": ["notiz", "bemerkung"], "fr": ["remarque", "note"], "ru": ["примечание", "коммент"]},
    "pre": {"en": ["Here is what the query returned:", "Output of the cell:", "This is the rendered result:", "Here's the dump you asked for:",
                   "The command printed:"],
            "de": ["Hier ist die Ausgabe:", "Die Abfrage liefert folgendes Ergebnis:", "So sieht die Ausgabe aus:", "Ergebnis der Zelle:"],
            "fr": ["Voici la sortie :", "Résultat de la requête :", "Voici ce que la cellule affiche :", "La commande a renvoyé :"],
            "ru": ["Вот вывод:", "Результат запроса:", "Ячейка вывела следующее:", "Команда вернула:"]},
    "post": {"en": ["Let me know if you need the other columns.", "The remaining rows look the same.", "", "", "I can reformat this as CSV if that helps."],
             "de": ["Sag Bescheid, wenn du weitere Spalten brauchst.", "", "Die übrigen Zeilen sind analog.", ""],
             "fr": ["Dis-moi si tu veux les autres colonnes.", "", "Les autres lignes sont similaires.", ""],
             "ru": ["Если нужны остальные столбцы — скажи.", "", "Остальные строки аналогичны.", ""]},
    "filler": {"en": ["Nothing else stood out in this part of the output.", "I kept the formatting exactly as printed.",
                      "The next block comes from a different system."],
               "de": ["Sonst ist in diesem Teil nichts auffällig.", "Die Formatierung habe ich unverändert gelassen.",
                      "Der nächste Block stammt aus einem anderen System."],
               "fr": ["Rien d'autre de notable dans cette partie.", "J'ai gardé la mise en forme telle quelle.",
                      "Le bloc suivant provient d'un autre système."],
               "ru": ["В этой части больше ничего примечательного.", "Форматирование оставлено как есть.",
                      "Следующий блок из другой системы."]},
}


def rowcount(L, n):
    if L.lang == "ru":
        return "(%d %s)" % (n, "строка" if n % 10 == 1 and n % 100 != 11 else "строки" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "строк")
    one, many = {"en": ("row", "rows"), "de": ("Zeile", "Zeilen"), "fr": ("ligne", "lignes")}[L.lang]
    return "(%d %s)" % (n, one if n == 1 else many)


def colname(L, key):
    return L.t(LB[key])


# ----------------------------------------------------------------------------------------------
# text renderings
# ----------------------------------------------------------------------------------------------
def contact_row(L):
    p = Person(L)
    return [p.tok(), EM(p), PH(L), DOB(L, iso=R.random() < .6)]


def r_pandas(L, n=2):
    cols = ["id", colname(L, "name"), colname(L, "email"), colname(L, "phone"), colname(L, "dob")]
    rows = []
    for _ in range(n):
        note = L.fk.sentence(nb_words=12)
        rows.append([str(R.randint(100, 99999))] + contact_row(L) + ["...", note[:18] + "..."])
    cols += ["...", colname(L, "note")]
    ws = [max(vl(c), *(vl(r[k]) for r in rows)) for k, c in enumerate(cols)]
    idx = [str(R.randint(0, 900)) for _ in rows] if R.random() < .4 else [str(i) for i in range(n)]
    iw = max(len(i) for i in idx)
    lines = [" " * iw + "".join("  " + rj(c, w) for c, w in zip(cols, ws))]
    lines += [i.ljust(iw) + "".join("  " + rj(v, w) for v, w in zip(r, ws)) for i, r in zip(idx, rows)]
    head = pick(["Out[%d]:\n" % R.randint(2, 40), ">>> df.head(%d)\n" % n, ""])
    return head + "\n".join(lines) + ("\n\n[%d rows x %d columns]" % (n, len(cols) + 5) if R.random() < .6 else "")


def r_sqlfixed(L, n=2):
    cols = ["CUST_ID", "FULL_NAME", "EMAIL", "MOBILE", "INN" if L.code == "ru_RU" else "IBAN"]
    rows = []
    for _ in range(n):
        p = Person(L)
        if L.code == "ru_RU":
            v, sub, _c = inn(pick([True, False]))
            last = E("RU_INN", v, sub)
        else:
            v, sub, _c = iban(pick(["DE", "FR", "GB", "ES", "NL", "AT", "IT", "BE", "CH", "PL"]))
            last = E("IBAN", v, sub)
        rows.append([str(R.randint(1000, 99999)), p.tok("full"), EM(p), PH(L), last])
    ws = [max(vl(c), *(vl(r[k]) for r in rows)) for k, c in enumerate(cols)]
    out = [" ".join(lj(c, w) for c, w in zip(cols, ws)), " ".join("-" * w for w in ws)]
    out += [" ".join((rj if k == 0 else lj)(v, w) for k, (v, w) in enumerate(zip(r, ws))) for r in rows]
    foot = pick(["\n%d rows selected." % n, "\n(%d rows affected)" % n, "\n%d row(s) returned" % n])
    head = pick(["SQL> select * from customers where created > sysdate - 7;\n\n", "1> SELECT TOP %d * FROM dbo.Customers\n2> GO\n" % n, ""])
    return head + "\n".join(out) + "\n" + foot


def r_psql(L, n=2):
    cols = ["id", colname(L, "name"), colname(L, "email"), colname(L, "phone"), "last_login"]
    rows = []
    for _ in range(n):
        p = Person(L)
        rows.append([str(R.randint(1, 9999)), p.tok(), EM(p), PH(L), N("NEG_TIMESTAMP", ts_iso().replace("T", " ")[:19])])
    if L.code == "ru_RU" and R.random() < .5:
        cols[3] = "снилс"
        for r in rows:
            v, sub, c = snils()
            r[3] = E("RU_SNILS", v, sub, clean=c)
    elif L.code == "en_US" and R.random() < .5:
        cols[3] = "ssn"
        for r in rows:
            v, sub, c = ssn()
            r[3] = E("US_SSN", v, sub, clean=c)
    ws = [max(vl(c), *(vl(r[k]) for r in rows)) for k, c in enumerate(cols)]
    out = [" " + " | ".join(ctr(c, w) for c, w in zip(cols, ws)), "+".join("-" * (w + 2) for w in ws)]
    out += [" " + " | ".join((rj if k == 0 else lj)(v, w) for k, (v, w) in enumerate(zip(r, ws))) for r in rows]
    rows_lbl = rowcount(L, n)
    return pick(["app=> SELECT id, name, email, phone, last_login FROM users LIMIT %d;\n" % n, "crm=# \\x off\n", ""]) + "\n".join(out) + "\n" + rows_lbl + "\n"


def r_cda(L, n=1):
    parts = []
    for _ in range(n):
        p, a = Person(L), Addr(L)
        d = rdate(1942, 2008)
        given = E("PERSON", p.first, L.nl)
        fam = E("PERSON", p.last, L.nl)
        ph, sub = phone(L, True)
        mid, msub = mrn()
        parts.append('<recordTarget>\n  <patientRole>\n    <id root="%s" extension="%s"/>\n'
                     '    <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>%s</city><postalCode>%s</postalCode></addr>\n'
                     '    <telecom use="MC" value="tel:%s"/>\n    <telecom value="mailto:%s"/>\n'
                     '    <patient>\n      <name><given>%s</given><family>%s</family></name>\n'
                     '      <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>\n'
                     '      <birthTime value="%s"/>\n    </patient>\n  </patientRole>\n</recordTarget>'
                     % (N("NEG_NUMBER", "2.16.840.1.113883.19.%d" % R.randint(1, 9)), E("MEDICAL_RECORD_NUMBER", mid, msub),
                        a.st(), IG(a.city), IG(a.post), E("PHONE", ph, sub), EM(p), given, fam, pick("FM"),
                        E("DATE_OF_BIRTH", d.strftime("%Y%m%d")), ))
    eff = '<effectiveTime value="%s"/>\n' % N("NEG_TIMESTAMP", ts_ics().rstrip("Z").replace("T", "")[:12])
    return '<ClinicalDocument xmlns="urn:hl7-org:v3">\n' + eff + "\n".join(parts) + "\n</ClinicalDocument>"


def r_soap(L, n=1):
    recs = []
    for _ in range(n):
        p = Person(L)
        m, sub = mrn()
        extra = ""
        if L.code == "en_GB":
            v, c = nhs()
            extra = "\n        <pat:NhsNumber>%s</pat:NhsNumber>" % E("MEDICAL_RECORD_NUMBER", v, "nhs", clean=c)
        elif L.code == "ru_RU":
            v, sb, c = snils()
            extra = "\n        <pat:Snils>%s</pat:Snils>" % E("RU_SNILS", v, sb, clean=c)
        recs.append("      <pat:Patient>\n        <pat:Mrn>%s</pat:Mrn>%s\n        <pat:DisplayName>%s</pat:DisplayName>\n"
                    "        <pat:BirthDate>%s</pat:BirthDate>\n        <pat:Mobile>%s</pat:Mobile>\n      </pat:Patient>"
                    % (E("MEDICAL_RECORD_NUMBER", m, sub), extra, p.tok(), DOB(L, iso=True), PH(L)))
    return ('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pat="urn:example:patients:v2">\n'
            '  <soap:Header><wsa:MessageID xmlns:wsa="http://www.w3.org/2005/08/addressing">urn:uuid:%s</wsa:MessageID></soap:Header>\n'
            '  <soap:Body>\n    <pat:FindPatientResponse>\n%s\n    </pat:FindPatientResponse>\n  </soap:Body>\n</soap:Envelope>'
            % (N("NEG_UUID", uuid()), "\n".join(recs)))


def r_html_table(L, n=2):
    hdr = {"en": ["Student", "Date of birth", "Guardian phone", "Guardian e-mail"], "de": ["Schüler/in", "Geburtsdatum", "Tel. Erziehungsb.", "E-Mail"],
           "fr": ["Élève", "Né(e) le", "Tél. responsable", "Courriel"], "ru": ["Ученик", "Дата рождения", "Телефон родителя", "Эл. почта"]}[L.lang]
    rows = []
    for _ in range(n):
        s, g = Person(L), Person(L)
        rows.append("    <tr><td>%s</td><td>%s</td><td>%s</td><td><a href=\"mailto:%s\">%s</a></td></tr>" % (
            s.tok(), DOB(L), PH(L), EM(g), E("EMAIL", g.email())))
    integ = ""
    if R.random() < .5:
        integ = '<link rel="stylesheet" href="/static/app.%s.css" integrity="%s" crossorigin="anonymous">\n' % (N("NEG_HASH", hexs(8)), N("NEG_B64", b64neg()))
    return (integ + '<table class="roster">\n  <thead><tr>' + "".join("<th>%s</th>" % h for h in hdr) + "</tr></thead>\n  <tbody>\n"
            + "\n".join(rows) + "\n  </tbody>\n</table>")


def r_html_form(L, n=1):
    p, a = Person(L), Addr(L)
    lab = {"en": ("Full name", "Email", "Phone", "Street"), "de": ("Vollständiger Name", "E-Mail", "Telefon", "Straße"),
           "fr": ("Nom complet", "Adresse e-mail", "Téléphone", "Rue"), "ru": ("ФИО", "Эл. почта", "Телефон", "Улица")}[L.lang]
    f = ['<form method="post" action="/checkout/%s">' % N("NEG_UUID", uuid()),
         '  <label>%s <input type="text" name="full_name" value="%s"></label>' % (lab[0], p.tok()),
         '  <label>%s <input type="email" name="email" value="%s" autocomplete="email"></label>' % (lab[1], EM(p)),
         '  <label>%s <input type="tel" name="phone" value="%s"></label>' % (lab[2], PH(L)),
         '  <label>%s <input name="street" value="%s"></label><input name="zip" value="%s"><input name="city" value="%s">' % (
             lab[3], a.st(), IG(a.post), IG(a.city))]
    if R.random() < .6:
        v, brand, c = card()
        f.append('  <input type="text" name="cc-number" inputmode="numeric" value="%s" autocomplete="cc-number">' % E("CREDIT_CARD", v, brand, clean=c))
    f.append('  <input type="hidden" name="build" value="%s">' % N("NEG_VERSION", version4()))
    if R.random() < .5:
        f.append('  <input type="hidden" name="basket_ref" value="%s">' % N("NEG_CARDLIKE", cardlike()))
    f.append("</form>")
    return "\n".join(f)


def r_microdata(L, n=1):
    out = []
    for _ in range(n):
        p, a = Person(L), Addr(L)
        em = p.email()
        out.append('<div itemscope itemtype="https://schema.org/Person">\n  <h3 itemprop="name">%s</h3>\n'
                   '  <meta itemprop="birthDate" content="%s">\n  <a itemprop="email" href="mailto:%s">%s</a>\n'
                   '  <span itemprop="telephone">%s</span>\n'
                   '  <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">\n'
                   '    <span itemprop="streetAddress">%s</span>, <span itemprop="postalCode">%s</span> <span itemprop="addressLocality">%s</span>\n'
                   '  </div>\n</div>' % (p.tok("full"), DOB(L, iso=True), E("EMAIL", em), E("EMAIL", em), PH(L), a.st(), IG(a.post), IG(a.city)))
    return "\n".join(out)


def r_diff(L, n=1):
    p1, p2 = Person(L), Person(L)
    kind = R.randint(0, 2)
    h1, h2 = hexs(7), hexs(7)
    if kind == 0:
        fn = pick(["config/notify.ini", "deploy/mail.ini", "etc/alerts.conf"])
        body = (" [smtp]\n host = smtp.%s\n port = 587\n-user = %s\n-password = %s\n+user = %s\n+password = %s\n from_name = Alerts"
                % (pick(["mailgun.org", "office365.com", "example.net"]), EM(p1), E("API_KEY", password(), "password"), EM(p2),
                   E("API_KEY", password(), "password")))
    elif kind == 1:
        fn = pick([".env.production", "ops/.env", "services/billing/.env"])
        k1 = pick(["stripe", "openai_like", "slack", "github_pat_classic"])
        body = (" APP_ENV=production\n-%s=%s\n+%s=%s\n DATABASE_URL=postgres://billing:%s@%s:5432/billing\n LOG_LEVEL=info"
                % ("API_TOKEN", SEC(k1), "API_TOKEN", SEC(k1), E("API_KEY", password().replace("#", "x"), "db_password"), E("IPV4", ipv4(True))))
    else:
        fn = pick(["oncall/rota.yaml", "team/escalation.yml"])
        body = (" primary:\n-  name: %s\n-  phone: \"%s\"\n+  name: %s\n+  phone: \"%s\"\n   email: %s\n secondary: null"
                % (p1.tok(), PH(L, True), p2.tok(), PH(L, True), EM(p2)))
    cnt = body.count("\n") + 1
    return ("diff --git a/%s b/%s\nindex %s..%s 100644\n--- a/%s\n+++ b/%s\n@@ -%d,%d +%d,%d @@\n%s"
            % (fn, fn, N("NEG_HASH", h1), N("NEG_HASH", h2), fn, fn, R.randint(1, 40), cnt - 2, R.randint(1, 40), cnt - 2, body))


def r_http(L, n=1):
    p = Person(L)
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%s Safari/537.36" % N("NEG_VERSION", version4())
    hdrs = ["Host: %s" % pick(["api.shop.example", "accounts.example.com", "portal.example.org"]), "User-Agent: " + ua]
    auth = R.randint(0, 2)
    if auth == 0:
        hdrs.append("Authorization: Bearer " + SEC("jwt"))
    elif auth == 1:
        hdrs.append(pick(["X-Api-Key: ", "x-api-key: "]) + SEC(pick(["stripe", "google_api", "openai_like", "gitlab"])))
    else:
        hdrs.append("Cookie: session=%s; lang=%s; theme=dark" % (SEC("jwt"), L.lang))
    hdrs.append("X-Forwarded-For: %s, %s" % (E("IPV4", ipv4(False)), E("IPV4", ipv4(True))) if R.random() < .75 else
                "X-Forwarded-For: %s" % E("IPV6", ipv6()))
    hdrs.append("X-Request-Id: " + N("NEG_UUID", uuid()))
    pv, psub = phone(L)
    fields = [("name", E("PERSON", quote_plus(p.name()), L.nl)), ("email", E("EMAIL", quote_plus(p.email()))),
              ("phone", E("PHONE", quote_plus(pv), psub))]
    R.shuffle(fields)
    body = "&".join("%s=%s" % kv for kv in fields) + "&consent=1"
    hdrs += ["Content-Type: application/x-www-form-urlencoded", "Content-Length: %d" % len(plain(body).encode())]
    req = "POST /%s HTTP/1.1\n%s\n\n%s" % (pick(["api/v2/signup", "newsletter/subscribe", "checkout/contact"]), "\n".join(hdrs), body)
    if R.random() < .5:
        resp = ("\n\nHTTP/1.1 201 Created\nDate: %s\nContent-Type: application/json\nETag: \"%s\"\n\n{\"ok\":true,\"ticket\":\"%s\"}"
                % (N("NEG_TIMESTAMP", ts_http()), N("NEG_HASH", hexs(32)), N("NEG_ORDER_ID", "TCK-%s" % dg(6))))
        req += resp
    return pick(["> ", "$ curl -v ... 2>&1 | sed -n '1,40p'\n", ""]) + req if R.random() < .3 else req


def r_repl(L, n=1):
    out = []
    for k in range(n):
        p = Person(L)
        d = rdate(1942, 2008)
        style = R.randint(0, 2)
        if style == 0:
            v, sub, c = iban(L.code[3:] if L.code[3:] in IBAN_SPEC else None)
            out.append("In [%d]: rec = crm.get(%d)\n\nIn [%d]: rec\nOut[%d]:\n{'id': %d,\n 'name': '%s',\n 'email': '%s',\n 'iban': '%s',\n"
                       " 'created': datetime.datetime(%s)}"
                       % (k + 3, R.randint(100, 9999), k + 4, k + 4, R.randint(100, 9999), p.tok(), EM(p), E("IBAN", v, sub, clean=c),
                          N("NEG_TIMESTAMP", dt_repr())))
        elif style == 1:
            out.append(">>> print(patient)\nPatient(mrn='%s', name='%s', born=datetime.date(%s), phone='%s', allergies=['penicillin'])"
                       % (E("MEDICAL_RECORD_NUMBER", *mrn()), p.tok(), E("DATE_OF_BIRTH", "%d, %d, %d" % (d.year, d.month, d.day)), PH(L)))
        else:
            out.append(">>> Contact._make(row)\nContact(first='%s', last='%s', mail='%s', ip='%s', since='%s')"
                       % (E("PERSON", p.first, L.nl), E("PERSON", p.last, L.nl), EM(p), E("IPV4", ipv4()), NDATE(L, iso=True)))
    return "\n\n".join(out)


def r_yaml(L, n=2):
    recs = []
    for k in range(n):
        p, a = Person(L), Addr(L)
        recs.append("- model: crm.contact\n  pk: %d\n  fields:\n    display_name: %s\n    email: %s\n    phone: \"%s\"\n"
                    "    birth_date: %s\n    street: %s\n    city: %s"
                    % (k + R.randint(1, 90), p.tok(), EM(p), PH(L), DOB(L, iso=True), a.st(), IG(a.city)))
        if L.code == "ru_RU":
            recs[-1] += "\n    inn: \"%s\"" % E("RU_INN", *inn()[:2])
    return "# fixtures/contacts.yaml (loaded by the %s in conftest.py)\n" % N("NEG_EMAILLIKE", "@pytest.fixture") + "\n".join(recs)


def r_toml(L, n=1):
    p = Person(L)
    return ("# origin: %s:shop/app.git\n[owner]\nname = \"%s\"\nemail = \"%s\"\n\n[database]\nurl = \"mysql://app:%s@%s:3306/shop\"\npool = %d\n\n"
            "[payments]\nsecret_key = \"%s\"\n"
            "webhook_secret = \"%s\"\n\n[build]\nversion = \"%s\"\n"
            % (N("NEG_EMAILLIKE", pick(["git@github.com", "git@gitlab.com"])), p.tok(), EM(p), E("API_KEY", password().replace("#", "Q"), "db_password"),
               pick(["db.internal", "10.0.4.12", "mysql-primary"]),
               R.randint(5, 40), SEC("stripe"), SEC("stripe"), N("NEG_VERSION", version4())))


def r_ini(L, n=1):
    if R.random() < .5:
        prof = ["[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s"
                % (SEC("aws_access_key_id"), SEC("aws_secret_key"), pick(["eu-central-1", "us-east-1", "eu-west-2"]))]
        if R.random() < .5:
            prof.append("[ci]\naws_access_key_id = %s\naws_secret_access_key = %s" % (SEC("aws_access_key_id"), SEC("aws_secret_key")))
        return "$ cat ~/.aws/credentials\n" + "\n\n".join(prof)
    p = Person(L)
    return ("$ git config --list --show-origin | grep -v alias\nfile:/home/dev/.gitconfig\tuser.name=%s\nfile:/home/dev/.gitconfig\tuser.email=%s\n"
            "file:.git/config\tremote.origin.url=https://%s:%s@gitlab.example.com/team/app.git\nfile:.git/config\tcore.autocrlf=input"
            % (p.tok("full"), EM(p), fold(p.first), SEC(pick(["gitlab", "github_pat_classic"]))))


def r_trace(L, n=1):
    p = Person(L)
    v, brand, c = card()
    return ('Traceback (most recent call last):\n  File "/srv/app/billing/charge.py", line %d, in charge_customer\n'
            '    resp = gateway.charge(card_number, amount, idempotency_key=key)\n  File "/srv/app/billing/gateway.py", line %d, in charge\n'
            '    raise CardDeclined(resp["code"])\nbilling.errors.CardDeclined: do_not_honor\n\n'
            'Local variables in charge_customer:\n    amount        = Decimal(\'%s\')\n    card_number   = \'%s\'\n'
            '    customer      = <Customer id=%d email=\'%s\'>\n    holder        = \'%s\'\n    key           = \'%s\'\n'
            '    api_key       = \'%s\'\n    client_ip     = \'%s\''
            % (R.randint(40, 300), R.randint(40, 300), N("NEG_NUMBER", "%d.%02d" % (R.randint(5, 900), R.randint(0, 99))), E("CREDIT_CARD", v, brand, clean=c),
               R.randint(100, 99999), EM(p), p.tok(), N("NEG_UUID", uuid()), SEC(pick(["stripe", "stripe", "openai_like"])), E("IPV4", ipv4())))


def r_ics(L, n=2):
    org = Person(L)
    att = []
    for _ in range(n):
        p = Person(L)
        att.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=%s:mailto:%s" % (
            '"%s"' % p.tok() if R.random() < .5 else E("PERSON", p.name("full"), L.nl), EM(p)))
    summ = {"en": "Telehealth follow-up", "de": "Videosprechstunde Nachkontrolle", "fr": "Téléconsultation de suivi",
            "ru": "Повторная телеконсультация"}[L.lang]
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Example Corp//Scheduler 4.2//EN\nBEGIN:VEVENT\nUID:%s@sched.example.com\nDTSTAMP:%s\nDTSTART:%s\n"
            "SUMMARY:%s\nORGANIZER;CN=%s:mailto:%s\n%s\nEND:VEVENT\nEND:VCALENDAR"
            % (N("NEG_UUID", uuid()), N("NEG_TIMESTAMP", ts_ics()), N("NEG_TIMESTAMP", ts_ics()), summ, org.tok("full"), EM(org), "\n".join(att)))


def r_csv_contacts(L, n=2):
    hdr = {"en": ("First Name", "Last Name", "E-mail Address", "Mobile Phone", "Birthday", ","),
           "de": ("Vorname", "Nachname", "E-Mail-Adresse", "Mobiltelefon", "Geburtstag", ";"),
           "fr": ("Prénom", "Nom", "Adresse de messagerie", "Tél. mobile", "Anniversaire", ";"),
           "ru": ("Имя", "Фамилия", "Адрес эл. почты", "Мобильный телефон", "День рождения", ",")}[L.lang]
    sep = hdr[5]
    lines = [sep.join(hdr[:5])] if R.random() < .8 else []
    for _ in range(n):
        p = Person(L)
        lines.append(sep.join([E("PERSON", p.first, L.nl), E("PERSON", p.last, L.nl), EM(p), PH(L), DOB(L)]))
    return "\n".join(lines)


def r_itinerary(L, n=1):
    if L.code == "ru_RU":
        out = ["ЭЛЕКТРОННЫЙ БИЛЕТ № %s" % N("NEG_ORDER_ID", dg(14)), "Поезд %03dА  Москва Октябрьская — Санкт-Петербург Главный" % R.randint(1, 799),
               "Отправление: %s %02d:%02d (МСК)" % (NDATE(L), R.randint(0, 23), R.randint(0, 59))]
        for _ in range(n):
            p = Person(L)
            pv, psub = ru_passport()
            out.append("Пассажир: %s, паспорт РФ %s, тел. %s, вагон %02d место %03d" % (
                E("PERSON", p.name("full").upper(), "ru"), E("RU_PASSPORT", pv, psub), PH(L), R.randint(1, 16), R.randint(1, 54)))
        out.append("Стоимость: %s" % N("NEG_NUMBER", money(L)))
        return "\n".join(out)
    out = ["BOOKING REFERENCE %s    ISSUED %s" % (N("NEG_ORDER_ID", rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), NDATE(L))]
    for _ in range(n):
        p = Person(L)
        out.append("PASSENGER  %s %s   ETKT %s" % (E("PERSON", p.name("airline"), L.nl), pick(["MR", "MRS", "MS"]),
                                                   N("NEG_ORDER_ID", "%s-%s" % (dg(3), dg(10)))))
        out.append("  DOCS      P/%s/%s  exp %s" % (pick(["DEU", "FRA", "GBR", "USA"]), IG(rs(2, string.ascii_uppercase) + dg(7)), NDATE(L, True)))
        out.append("  DOB       %s" % E("DATE_OF_BIRTH", rdate(1942, 2008).strftime("%d%b%y").upper()))
    out.append("  %s %4d  %s  %s %02d%02d  %s %02d%02d  %s" % (
        pick(["LH", "BA", "AF", "UA", "EW"]), R.randint(10, 9999), N("NEG_DATE", rdate(2024, 2026).strftime("%d%b").upper()),
        pick(["FRA", "LHR", "CDG", "JFK", "MUC"]), R.randint(5, 22), R.randint(0, 59),
        pick(["BER", "EDI", "NCE", "BOS", "HAM"]), R.randint(5, 23), R.randint(0, 59), "HK1"))
    p = Person(L)
    out.append("CONTACT    %s / %s" % (PH(L, True), EM(p)))
    return "\n".join(out)


def r_pharmacy(L, n=1):
    pat, ph = Person(L), Person(L)
    t = R.randint(8, 18)
    role = N("NEG_TITLECASE", pick(PHARM_ROLE[L.lang]))
    lines = {"en": ["[%02d:%02d] %s (%s): Hi, this is about your repeat prescription. Can you confirm your date of birth?",
                    "[%02d:%02d] Patient: Sure, it's %s. Name is %s.", "[%02d:%02d] %s: Thanks. And the best number to reach you?",
                    "[%02d:%02d] Patient: %s, or email %s"],
             "de": ["[%02d:%02d] %s (%s): Guten Tag, es geht um Ihr Folgerezept. Nennen Sie mir bitte Ihr Geburtsdatum?",
                    "[%02d:%02d] Patientin: Gern, %s. Mein Name ist %s.", "[%02d:%02d] %s: Danke. Unter welcher Nummer erreichen wir Sie?",
                    "[%02d:%02d] Patientin: %s oder per Mail an %s"],
             "fr": ["[%02d:%02d] %s (%s) : Bonjour, c'est au sujet de votre renouvellement d'ordonnance. Votre date de naissance ?",
                    "[%02d:%02d] Patient : Oui, le %s. Je m'appelle %s.", "[%02d:%02d] %s : Merci. Un numéro pour vous joindre ?",
                    "[%02d:%02d] Patient : %s, ou par mail %s"],
             "ru": ["[%02d:%02d] %s (%s): Здравствуйте, по поводу повторного рецепта. Назовите дату рождения?",
                    "[%02d:%02d] Пациент: %s. Меня зовут %s.", "[%02d:%02d] %s: Спасибо. По какому номеру с вами связаться?",
                    "[%02d:%02d] Пациент: %s или на почту %s"]}[L.lang]
    out = [lines[0] % (t, 1, ph.tok(), role), lines[1] % (t, 2, DOB(L), pat.tok()), lines[2] % (t, 3, ph.tok()), lines[3] % (t, 4, PH(L), EM(pat))]
    if L.code == "ru_RU":
        out.insert(2, "[%02d:%02d] Пациент: СНИЛС %s, если нужно." % (t, 2, E("RU_SNILS", *snils()[:2])))
    if L.code == "en_GB" and R.random() < .7:
        v, c = nhs()
        out.insert(2, "[%02d:%02d] Patient: NHS number %s if you need it." % (t, 2, E("MEDICAL_RECORD_NUMBER", v, "nhs", clean=c)))
    return "\n".join(out)


def r_payslip(L, n=1):
    p, a = Person(L), Addr(L)
    per = rdate(2023, 2026)
    c = L.code
    if c == "en_US":
        v, sub, cl = ssn()
        ids = "SSN: %s" % E("US_SSN", v, sub, clean=cl)
    elif c == "ru_RU":
        v, sub, cl = snils()
        iv, isub, icl = inn(True)
        ids = "СНИЛС: %s   ИНН: %s" % (E("RU_SNILS", v, sub, clean=cl), E("RU_INN", iv, isub, clean=icl))
    elif c == "en_GB":
        ids = "NI number: %s   Tax code: 1257L" % IG("%s%s%s" % (rs(2, "ABCEHJKLMNPRSTWXYZ"), dg(6), pick("ABCD")))
    else:
        v, sub, cl = iban(c[3:])
        ids = "IBAN: %s" % E("IBAN", v, sub, clean=cl)
    title = {"en": "PAY ADVICE  period %s", "de": "ENTGELTABRECHNUNG  Zeitraum %s", "fr": "BULLETIN DE PAIE  période %s",
             "ru": "РАСЧЁТНЫЙ ЛИСТОК  за %s"}[L.lang]
    emp = {"en": "Employee", "de": "Mitarbeiter/in", "fr": "Salarié(e)", "ru": "Сотрудник"}[L.lang]
    net = {"en": "NET PAY", "de": "AUSZAHLUNG", "fr": "NET À PAYER", "ru": "К ВЫПЛАТЕ"}[L.lang]
    w = 58
    return "\n".join(["=" * w, title % N("NEG_DATE", per.strftime("%m/%Y")), "=" * w, "%s: %s   #%s" % (emp, p.tok(), N("NEG_ORDER_ID", dg(6))),
                      a.line(), ids, "-" * w, lj(net, 40) + rj(N("NEG_NUMBER", money(L)), 18), "=" * w])


def r_school(L, n=1):
    out = []
    lab = {"en": ("Pupil", "DOB", "Parent/carer", "Contact", "Home address", "Enrolled"),
           "de": ("Schüler/in", "Geb.", "Erziehungsberechtigte/r", "Kontakt", "Wohnanschrift", "Aufnahme"),
           "fr": ("Élève", "Né(e) le", "Responsable légal", "Contact", "Adresse", "Inscription"),
           "ru": ("Учащийся", "Дата рожд.", "Законный представитель", "Контакт", "Адрес", "Зачислен")}[L.lang]
    for _ in range(n):
        s, g, a = Person(L), Person(L), Addr(L)
        out.append("%-24s %s\n%-24s %s\n%-24s %s\n%-24s %s / %s\n%-24s %s\n%-24s %s" % (
            lab[0] + ":", s.tok(), lab[1] + ":", DOB(L), lab[2] + ":", g.tok(), lab[3] + ":", PH(L), EM(g), lab[4] + ":", a.line(), lab[5] + ":", NDATE(L)))
        if L.code == "ru_RU":
            out[-1] += "\n%-24s %s" % ("СНИЛС:", E("RU_SNILS", *snils()[:2]))
    return "\n\n".join(out)


def r_utility(L, n=1):
    p, a = Person(L), Addr(L)
    lab = {"en": ("Account holder", "Supply address", "Meter serial", "Billing period", "Amount due", "Direct Debit from"),
           "de": ("Vertragspartner", "Lieferstelle", "Zählernummer", "Abrechnungszeitraum", "Rechnungsbetrag", "Lastschrift von"),
           "fr": ("Titulaire", "Adresse de fourniture", "N° de compteur", "Période", "Montant à payer", "Prélèvement sur"),
           "ru": ("Плательщик", "Адрес", "Номер счётчика", "Период", "Итого к оплате", "Автоплатёж с карты")}[L.lang]
    if L.code in ("ru_RU", "en_US"):
        v, brand, c = card(pick(["mir", "visa", "mastercard"] if L.code == "ru_RU" else ["visa", "mastercard", "amex", "discover"]))
        pay = E("CREDIT_CARD", v, brand, clean=c)
    else:
        v, sub, c = iban(L.code[3:])
        pay = E("IBAN", v, sub, clean=c)
    rows = [(lab[0], p.tok()), (lab[1], a.line()), (lab[2], N("NEG_NUMBER", "%s%s" % (pick(["", "E", "1ESY"]), dg(8)))),
            (lab[3], "%s – %s" % (NDATE(L), NDATE(L))), (lab[4], N("NEG_NUMBER", money(L))), (lab[5], pay)]
    R.shuffle(rows[2:4])
    return "\n".join("%s %s" % (lj(k + ":", 24), v) for k, v in rows) + ("\nRef: %s" % N("NEG_CARDLIKE", cardlike()) if R.random() < .4 else "")


def r_signature(L, n=1):
    p = Person(L)
    sign = {"en": ["Best,", "Kind regards,", "Cheers,"], "de": ["Viele Grüße", "Beste Grüße"], "fr": ["Cordialement,", "Bien à vous,"],
            "ru": ["С уважением,", "Спасибо,"]}
    body = {"en": "I've exported the ticket below exactly as it renders in the helpdesk.", "de": "Unten das Ticket so, wie es im Helpdesk angezeigt wird.",
            "fr": "Ci-dessous le ticket tel qu'il s'affiche dans le support.", "ru": "Ниже тикет в том виде, как он отображается в хелпдеске."}
    return "%s\n\n---\n%s\n%s\n%s\n%s" % (body[L.lang], L.t(sign), p.tok("full"), PH(L), EM(p))


TEXT_R = [r_pandas, r_sqlfixed, r_psql, r_cda, r_soap, r_html_table, r_html_form, r_microdata, r_diff, r_http, r_repl, r_yaml,
          r_toml, r_ini, r_trace, r_ics, r_csv_contacts, r_itinerary, r_pharmacy, r_payslip, r_school, r_utility, r_signature]


# negatives-only renderings
def n_health(L):
    return ("GET /healthz HTTP/1.1\nHost: api.internal\nUser-Agent: kube-probe/%s\n\nHTTP/1.1 200 OK\nDate: %s\nX-Request-Id: %s\n"
            "ETag: W/\"%s\"\n\n{\"status\":\"ok\",\"build\":\"%s\"}"
            % (N("NEG_VERSION", "1.%d.%d.%d" % (R.randint(24, 31), R.randint(0, 9), R.randint(0, 99))), N("NEG_TIMESTAMP", ts_http()), N("NEG_UUID", uuid()),
               N("NEG_HASH", hexs(40)), N("NEG_HASH", hexs(7))))


def n_orders(L):
    rows = [[N("NEG_ORDER_ID", "INV-%d-%s" % (R.randint(2022, 2026), dg(5))), N("NEG_NUMBER", money(L)), N("NEG_TIMESTAMP", ts_iso()[:19].replace("T", " "))]
            for _ in range(3)]
    cols = ["invoice", "amount", "paid_at"]
    ws = [max(vl(c), *(vl(r[k]) for r in rows)) for k, c in enumerate(cols)]
    out = [" " + " | ".join(ctr(c, w) for c, w in zip(cols, ws)), "+".join("-" * (w + 2) for w in ws)]
    out += [" " + " | ".join(lj(v, w) for v, w in zip(r, ws)) for r in rows]
    return "\n".join(out) + "\n" + rowcount(L, 3)


def n_bump(L):
    a, b = version4(), version4()
    return ("diff --git a/package.json b/package.json\nindex %s..%s 100644\n--- a/package.json\n+++ b/package.json\n@@ -2,4 +2,4 @@\n   \"name\": \"web\",\n"
            "-  \"version\": \"%s\",\n+  \"version\": \"%s\",\n   \"dependencies\": { \"lodash\": \"^4.17.21\" }\n# pinned via %s, integrity %s"
            % (N("NEG_HASH", hexs(7)), N("NEG_HASH", hexs(7)), N("NEG_VERSION", a), N("NEG_VERSION", b), N("NEG_EMAILLIKE", pick(EMAILLIKE)),
               N("NEG_B64", b64neg())))


def n_repl(L):
    return (">>> job\nJob(id='%s', queued=datetime.datetime(%s), digest='%s', owner_role='%s', next_run='%s')"
            % (N("NEG_UUID", uuid()), N("NEG_TIMESTAMP", dt_repr()),
               N("NEG_HASH", hexs(64)), N("NEG_TITLECASE", pick(TITLECASE[L.lang])), NDATE(L, True)))


def n_parcel(L):
    s = {"en": "Parcel %s left the depot on %s; tracking %s, total %s.", "de": "Paket %s hat das Lager am %s verlassen; Sendungsnr. %s, Summe %s.",
         "fr": "Le colis %s a quitté l'entrepôt le %s ; suivi %s, total %s.", "ru": "Посылка %s отправлена %s; трек %s, сумма %s."}[L.lang]
    return s % (N("NEG_ORDER_ID", "#" + dg(8)), NDATE(L), N("NEG_CARDLIKE", cardlike()), N("NEG_NUMBER", money(L)))


NEG_R = [n_health, n_orders, n_bump, n_repl, n_parcel]


# ----------------------------------------------------------------------------------------------
# JSON shapes (each: builder(L, n) -> object with tokens in string values)
# ----------------------------------------------------------------------------------------------
def j_notebook(L, n):
    text = r_pandas(L, n) if R.random() < .5 else r_repl(L, max(1, n // 2))
    return {"cell_type": "code", "execution_count": R.randint(2, 60), "metadata": {"scrolled": False},
            "source": ["df = load_contacts()\n", "df.head()"],
            "outputs": [{"output_type": "execute_result", "execution_count": R.randint(2, 60), "data": {"text/plain": text.splitlines(True)}, "metadata": {}}]}


def j_har(L, n):
    entries = []
    for _ in range(n):
        p = Person(L)
        pv, psub = phone(L)
        entries.append({"startedDateTime": N("NEG_TIMESTAMP", ts_iso()), "time": R.randint(20, 900),
                        "request": {"method": "POST", "url": "https://forms.example.com/api/lead", "httpVersion": "HTTP/2",
                                    "headers": [{"name": "authorization", "value": "Bearer " + SEC(pick(["jwt", "openai_like"]))},
                                                {"name": "x-forwarded-for", "value": E("IPV4", ipv4(False))}],
                                    "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "full_name=%s&mail=%s&tel=%s" % (
                                        E("PERSON", quote_plus(p.name()), L.nl), E("EMAIL", quote_plus(p.email())), E("PHONE", quote_plus(pv), psub))}},
                        "response": {"status": 201, "headers": [{"name": "x-trace", "value": N("NEG_UUID", uuid())}]}})
    return {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": entries}}


def j_sentry(L, n):
    frames = []
    for _ in range(n):
        p = Person(L)
        v, brand, c = card()
        frames.append({"filename": pick(["checkout/views.py", "billing/tasks.py", "crm/sync.py"]), "function": pick(["submit", "charge", "push_contact"]),
                       "lineno": R.randint(10, 400), "in_app": True,
                       "vars": {"self": "<%s object at 0x7f%s>" % (pick(["Checkout", "Syncer"]), hexs(10)), "buyer": "'%s'" % p.tok(),
                                "buyer_email": "'%s'" % EM(p), "pan": "'%s'" % E("CREDIT_CARD", v, brand, clean=c), "remote_addr": "'%s'" % E("IPV6", ipv6())}})
    return {"event_id": N("NEG_HASH", hexs(32)), "timestamp": N("NEG_TIMESTAMP", ts_iso()), "platform": "python", "level": "error",
            "release": N("NEG_VERSION", version4()),
            "exception": {"values": [{"type": "GatewayTimeout", "value": "upstream took too long", "stacktrace": {"frames": frames}}]}}


def j_calendar(L, n):
    att = []
    for _ in range(n):
        p = Person(L)
        att.append({"email": EM(p), "displayName": p.tok(), "responseStatus": pick(["accepted", "needsAction", "tentative"])})
    return {"kind": "calendar#event", "id": N("NEG_HASH", hexs(26)), "status": "confirmed",
            "start": {"dateTime": N("NEG_TIMESTAMP", ts_iso())},
            "conferenceData": {"entryPoints": [{"uri": "https://meet.example.com/%s" % rs(10, string.ascii_lowercase)}]},
            "attendees": att}


def j_booking(L, n):
    trav = []
    for _ in range(n):
        p = Person(L)
        doc = ({"type": "RU_INTERNAL", "number": E("RU_PASSPORT", *ru_passport())} if L.code == "ru_RU"
               else {"type": "P", "number": IG(rs(2, string.ascii_uppercase) + dg(7))})
        trav.append({"surname": E("PERSON", p.last.upper(), L.nl), "given": E("PERSON", p.first.upper(), L.nl), "born": DOB(L, iso=True),
                     "document": doc, "contact": {"mobile": PH(L, True), "mail": EM(p)}})
    return {"pnr": N("NEG_ORDER_ID", rs(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), "created": N("NEG_TIMESTAMP", ts_iso()),
            "segments": [{"carrier": pick(["LH", "AF", "BA", "SU", "DL"]), "flight": str(R.randint(10, 9999)), "date": NDATE(L, True)}],
            "travellers": trav, "fare": {"total": N("NEG_NUMBER", money(L)), "voucher": N("NEG_CARDLIKE", cardlike())}}


def j_payroll(L, n):
    staff = []
    for _ in range(n):
        p, a = Person(L), Addr(L)
        ent = {"employee": p.tok(), "home": {"line1": a.st(), "town": IG(a.city), "code": IG(a.post)}}
        if L.code == "en_US":
            v, sub, c = ssn()
            ent["ssn"] = E("US_SSN", v, sub, clean=c)
        elif L.code == "ru_RU":
            v, sub, c = snils()
            iv, isub, ic = inn(True)
            ent["snils"] = E("RU_SNILS", v, sub, clean=c)
            if R.random() < .5 and iv[0] != "0":
                ent["inn"] = E("RU_INN", iv, isub + "_json_number", raw=True)
            else:
                ent["inn"] = E("RU_INN", iv, isub, clean=ic)
        else:
            v, sub, c = iban(L.code[3:])
            ent["pay_to"] = E("IBAN", v, sub, clean=c)
        ent["net"] = N("NEG_NUMBER", money(L))
        staff.append(ent)
    return {"run": N("NEG_UUID", uuid()), "period": N("NEG_DATE", rdate(2023, 2026).strftime("%Y-%m")), "lines": staff}


def j_school(L, n):
    kids = []
    for _ in range(n):
        s, g = Person(L), Person(L)
        pupil = {"display": s.tok(), "dob": DOB(L, iso=True)}
        if L.code == "ru_RU":
            pupil["snils"] = E("RU_SNILS", *snils()[:2])
        kids.append({"pupil": pupil, "guardians": [{"who": g.tok(), "tel": PH(L), "mail": EM(g)}],
                     "enrolled_on": NDATE(L, True), "class_ref": N("NEG_ORDER_ID", "%s-%s" % (pick(["7B", "5A", "10C", "2nde3"]), dg(4)))})
    return {"school_year": "2025/26", "export_id": N("NEG_UUID", uuid()), "roster": kids}


def j_utility(L, n):
    accts = []
    for _ in range(n):
        p, a = Person(L), Addr(L)
        if L.code in ("en_US", "ru_RU"):
            v, brand, c = card()
            pay = ("card_on_file", E("CREDIT_CARD", v, brand, clean=c))
        else:
            v, sub, c = iban(L.code[3:])
            pay = ("mandate_iban", E("IBAN", v, sub, clean=c))
        accts.append({"holder": p.tok(), "premises": a.line(), "meter": N("NEG_NUMBER", dg(9)), pay[0]: pay[1],
                      "due": N("NEG_NUMBER", money(L)), "notify": EM(p)})
    return {"statement": N("NEG_ORDER_ID", "ST-%s" % dg(8)), "issued": NDATE(L, True), "accounts": accts}


def j_telehealth(L, n):
    msgs = []
    for _ in range(n):
        p, d = Person(L), Person(L)
        m, sub = mrn()
        msgs += [{"from": "clinician", "name": d.tok(), "t": N("NEG_TIMESTAMP", ts_iso()), "body": {
                     "en": "Please confirm your record number and date of birth.", "de": "Bitte bestätigen Sie Patientennummer und Geburtsdatum.",
                     "fr": "Merci de confirmer votre numéro de dossier et votre date de naissance.", "ru": "Подтвердите номер карты и дату рождения."}[L.lang]},
                 {"from": "patient", "t": N("NEG_TIMESTAMP", ts_iso()), "body": "%s, %s — %s" % (E("MEDICAL_RECORD_NUMBER", m, sub), DOB(L), p.tok())}]
        if L.code == "ru_RU":
            msgs[-1]["body"] += ", СНИЛС %s" % E("RU_SNILS", *snils()[:2])
    return {"session": N("NEG_UUID", uuid()), "channel": "video", "transcript": msgs}


def j_pandas_split(L, n):
    data = []
    for _ in range(n):
        p = Person(L)
        data.append([p.tok(), EM(p), PH(L), E("IPV4", ipv4())])
    return {"columns": ["name", "email", "phone", "last_ip"], "index": list(range(n)), "data": data}


def j_k8s_secret(L, n):
    sd = {}
    for k in range(n):
        suffix = "_%d" % k if k else ""
        pw = E("API_KEY", password().replace("#", "9"), "db_password")
        sd["DATABASE_URL" + suffix] = "postgresql://svc:%s@%s:5432/app" % (pw, pick(["pg.prod.svc", "10.2.0.7"]))
        sd[pick(["STRIPE_SECRET", "GH_TOKEN", "SLACK_BOT", "MAPS_KEY"]) + suffix] = SEC(pick(["stripe", "github_pat_fine", "slack", "google_api"]))
    if R.random() < .4:
        sd["tls.key"] = SEC("pem")
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "app-env", "uid": N("NEG_UUID", uuid()), "resourceVersion": dg(7)},
            "type": "Opaque", "stringData": sd}


def j_pr_files(L, n):
    files = []
    for _ in range(n):
        files.append({"sha": N("NEG_HASH", hexs(40)), "filename": pick(["config/notify.ini", ".env.production", "oncall/rota.yaml"]),
                      "status": "modified", "patch": "@@" + r_diff(L).split("\n@@", 1)[1]})
    return {"number": R.randint(10, 4000), "files": files}


def j_graphql(L, n):
    nodes = []
    for _ in range(n):
        p, a = Person(L), Addr(L)
        nodes.append({"node": {"__typename": "Customer", "fullName": p.tok(), "primaryEmail": EM(p), "billing": {"street1": a.st(), "city": IG(a.city)},
                               "dateOfBirth": DOB(L, iso=True)}})
    cursor = base64.b64encode(("cursor:%d" % R.randint(1, 9999)).encode()).decode()
    return {"data": {"customers": {"edges": nodes, "pageInfo": {"endCursor": N("NEG_B64", cursor)}}},
            "extensions": {"cost": {"requested": R.randint(5, 90)}}}


JSON_R = [j_notebook, j_har, j_sentry, j_calendar, j_booking, j_payroll, j_school, j_utility, j_telehealth, j_pandas_split,
          j_k8s_secret, j_pr_files, j_graphql]


def jn_deploy(L, n):
    return {"kind": "Deployment", "metadata": {"uid": N("NEG_UUID", uuid()), "creationTimestamp": N("NEG_TIMESTAMP", ts_iso())},
            "spec": {"template": {"spec": {"containers": [{"image": "registry.example.com/web:%s" % N("NEG_VERSION", version4()),
                                                           "env": [{"name": "GIT_SHA", "value": N("NEG_HASH", hexs(40))}]}]}}},
            "status": {"observedGeneration": R.randint(2, 90), "conditions": [{"lastUpdateTime": N("NEG_TIMESTAMP", ts_iso())}]}}


def jn_invoices(L, n):
    return {"invoices": [{"no": N("NEG_ORDER_ID", "INV-%s" % dg(6)), "total": N("NEG_NUMBER", money(L)), "due": NDATE(L, True),
                          "approver_role": N("NEG_TITLECASE", pick(TITLECASE[L.lang]))} for _ in range(max(2, n))]}


# ----------------------------------------------------------------------------------------------
# obfuscation
# ----------------------------------------------------------------------------------------------
def ob_zw(v):
    pos = sorted(R.sample(range(1, len(v)), min(len(v) - 1, R.randint(2, 4))))
    out, last = [], 0
    for p in pos:
        out += [v[last:p], pick(ZW)]
        last = p
    return "".join(out) + v[last:]


def ob_hg(v):
    idx = [i for i, ch in enumerate(v) if ch in HG or ch in HG_BACK]
    chosen = set(R.sample(idx, max(1, len(idx) // 2)))
    return "".join((HG.get(ch) or HG_BACK.get(ch)) if i in chosen else ch for i, ch in enumerate(v))


def ob_fw(v):
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in v)


def ob_spaced(v):
    return " ".join(ch for ch in v if ch.isalnum())


def ob_spell(v, lang):
    plus = "плюс" if lang == "ru" else "plus"
    return " ".join(SPELL[lang][int(ch)] if ch.isdigit() else plus for ch in v if ch.isdigit() or ch == "+")


def ob_words(v, lang):
    at, dot = pick({"en": [("at", "dot"), ("[at]", "[dot]"), ("(at)", "(dot)")],
                    "de": [("(at)", "(punkt)"), ("ät", "punkt"), ("[at]", "[punkt]")],
                    "fr": [("arobase", "point"), ("[at]", "[point]"), ("(arobase)", "(point)")],
                    "ru": [("собака", "точка"), ("[at]", "[dot]"), ("(собака)", "(точка)")]}[lang])
    local, dom = v.split("@")
    return "%s %s %s" % (local, at, (" %s " % dot).join(dom.split(".")))


def ob_defang(v):
    return pick(["[.]", "(.)", "[dot]"]).join(v.split("."))


def deobf(v, lang):
    v = "".join(ch for ch in v if ch not in ZW)
    v = "".join(HG_BACK.get(ch, ch) for ch in v)
    v = unicodedata.normalize("NFKC", v)
    words = v.split()
    if words and all(w in SPELL[lang] or w in ("plus", "плюс") for w in words):
        v = "".join(str(SPELL[lang].index(w)) for w in words if w in SPELL[lang])
    return "".join(ch for ch in v if ch.isalnum())


def obf_entity(L, kind, ent):
    """ent in PERSON EMAIL PHONE CARD IBAN SSN SNILS INN PASSPORT IPV4 API -> token"""
    lang = L.lang
    if ent == "PERSON":
        typ, v, sub, clean = "PERSON", Person(L).name("full"), L.nl, None
    elif ent == "EMAIL":
        typ, v, sub, clean = "EMAIL", Person(L).email(), None, None
    elif ent == "PHONE":
        v, sub = phone(L)
        typ, clean = "PHONE", None
    elif ent == "CARD":
        v, sub, clean = card()
        typ = "CREDIT_CARD"
    elif ent == "IBAN":
        v, sub, clean = iban()
        typ = "IBAN"
    elif ent == "SSN":
        v, sub, clean = ssn()
        typ = "US_SSN"
    elif ent == "SNILS":
        v, sub, clean = snils()
        typ = "RU_SNILS"
    elif ent == "INN":
        v, sub, clean = inn()
        typ = "RU_INN"
    elif ent == "PASSPORT":
        v, sub = ru_passport()
        typ, clean = "RU_PASSPORT", None
    elif ent == "IPV4":
        typ, v, sub, clean = "IPV4", ipv4(), None, None
    else:
        v, sub, _c = secret(pick(["aws_access_key_id", "github_pat_classic", "stripe", "google_api", "openai_like", "gitlab", "slack"]))
        typ, clean = "API_KEY", None
    if kind == "homoglyph" and not any(ch in HG or ch in HG_BACK for ch in v):
        kind = "zero_width"
    if kind == "zero_width":
        o = ob_zw(v)
    elif kind == "homoglyph":
        o = ob_hg(v)
    elif kind == "fullwidth":
        o = ob_fw(v)
    elif kind == "spaced":
        o = ob_spaced(v) if typ != "PERSON" else "  ".join(" ".join(w) for w in v.split())
    elif kind == "spelled":
        o = ob_spell(v, lang)
    elif kind == "words":
        o = ob_words(v, lang)
    elif kind == "defang":
        o = ob_defang(v)
    else:
        o = ".".join(clean[i:i + 4] for i in range(0, len(clean), 4)) if typ == "CREDIT_CARD" else "%s.%s.%s" % (clean[:3], clean[3:5], clean[5:])
    return E(typ, o, sub, obf=kind, clean=clean or deobf(v, lang))


OBF_KINDS = {"zero_width": ["PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "SSN", "SNILS", "API", "IPV4"],
             "homoglyph": ["PERSON", "EMAIL", "API"], "fullwidth": ["PHONE", "CARD", "IBAN", "SSN", "SNILS", "INN", "PASSPORT", "IPV4", "EMAIL"],
             "spaced": ["CARD", "SSN", "SNILS", "INN", "PASSPORT", "PHONE", "IBAN", "PERSON"], "spelled": ["PHONE", "SSN", "INN"],
             "words": ["EMAIL"], "defang": ["IPV4"], "dotted": ["CARD", "SSN"]}
OBF_W = [("zero_width", 5), ("homoglyph", 3), ("fullwidth", 5), ("spaced", 4), ("spelled", 2), ("words", 2), ("defang", 1), ("dotted", 1)]
RU_ONLY = ("SNILS", "INN", "PASSPORT")


def obf_slot(L):
    kind = R.choices([k for k, _ in OBF_W], [w for _, w in OBF_W])[0]
    ents = [e for e in OBF_KINDS[kind] if (e not in RU_ONLY or L.code == "ru_RU") and (e != "SSN" or L.code == "en_US")]
    return obf_entity(L, kind, pick(ents))


OBF_T = [
    '<input type="text" name="contact" value="%s">',
    "| %s | %s |",
    "Out[4]: {'value': '%s', 'backup': '%s'}",
    "+contact = %s",
    "X-Client: %s",
    "ATTENDEE;CN=Guest:%s",
    "locals: ref='%s' alt='%s'",
    "%s;%s;;",
    "<span itemprop=\"identifier\">%s</span>",
    "  - %s  # %s",
]
OBF_LEAD = {"en": ["Rendered as requested:", "Field dump:", "Here it is:"], "de": ["Wie gewünscht gerendert:", "Feldausgabe:"],
            "fr": ["Rendu demandé :", "Contenu du champ :"], "ru": ["Отрисовано по запросу:", "Значение поля:"]}


def build_obf(L):
    t = pick(OBF_T)
    slots = t.count("%s")
    vals = tuple(obf_slot(L) for _ in range(slots))
    return "%s\n%s" % (L.t(OBF_LEAD), t % vals), "u.obf.%02d" % OBF_T.index(t)


# ----------------------------------------------------------------------------------------------
# documents
# ----------------------------------------------------------------------------------------------
def chat_text(L, neg_only):
    if neg_only:
        fn = pick(NEG_R)
        body = fn(L)
    else:
        fn = pick(TEXT_R)
        body = fn(L, R.randint(1, 2))
    post = L.t(LB["post"])
    return "%s\n\n%s%s" % (L.t(LB["pre"]), body, "\n\n" + post if post else ""), "u.chat." + fn.__name__


def text4k(L):
    parts = ["# %s\n" % {"en": "Rendered outputs", "de": "Gerenderte Ausgaben", "fr": "Sorties rendues", "ru": "Отрисованные выводы"}[L.lang]]
    while vl("\n".join(parts)) < 3900:
        fn = pick(TEXT_R)
        parts.append("%s\n\n```\n%s\n```\n" % (L.t(LB["pre"]), fn(L, R.randint(2, 4))))
        if R.random() < .5:
            parts.append("%s %s\n" % (L.t(LB["filler"]), L.fk.sentence(nb_words=10)))
    return "\n".join(parts), "u.text4k.mixed"


def dump_json(obj):
    k = R.random()
    if k < .45:
        return json.dumps(obj, ensure_ascii=False, indent=2)
    if k < .75:
        return json.dumps(obj, ensure_ascii=False)
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def json_doc(L, big, neg_only):
    if neg_only:
        fn = pick([jn_deploy, jn_invoices])
        return dump_json(fn(L, 2)), "u.json." + fn.__name__
    fn = pick(JSON_R)
    if not big:
        return dump_json(fn(L, R.randint(1, 3))), "u.json." + fn.__name__
    n = 2
    while True:
        mark = len(STORE)
        s = dump_json(fn(L, n))
        if vl(s) >= 3900:
            return s, "u.json4k." + fn.__name__
        del STORE[mark:]
        n += 1


def chunks_of(text):
    out, i = [], 0
    while i < len(text):
        k = R.randint(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


def make_doc(i, shape, neg_only):
    code = R.choices([c for c, _ in LOCALES], [w for _, w in LOCALES])[0]
    lang = code[:2] if code.startswith("en") or R.random() < .8 else "en"
    L = Loc(code, lang)
    STORE.clear()
    base = None
    if shape == "stream":
        base = R.choices(["chat", "json", "text4k", "obfuscated"], [48, 27, 20, 5])[0]
        if neg_only:
            base = pick(["chat", "json"])
    kind = base or shape
    if kind == "chat":
        s, tpl = chat_text(L, neg_only)
    elif kind in ("json", "json4k"):
        s, tpl = json_doc(L, kind == "json4k", neg_only)
    elif kind == "text4k":
        s, tpl = text4k(L)
    else:
        s, tpl = build_obf(L)
    fmt = "json" if kind in ("json", "json4k") else "text"
    text, ents, negs, ign = resolve(s, fmt == "json")
    doc = {"id": "u-%s-%04d" % (shape, i), "split": "probe_u", "shape": shape, "format": fmt, "locale": code, "lang": lang,
           "template": tpl, "holdout_only_template": True}
    if base:
        doc["base_shape"] = base
    doc["text"] = text
    if base:
        doc["chunks"] = chunks_of(text)
    doc["entities"], doc["negatives"], doc["ignore"] = ents, negs, ign
    return doc


# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN": iban_ok, "US_SSN": ssn_ok, "RU_INN": inn_ok,
          "RU_SNILS": lambda s: len(s) == 11 and snils_check(s[:9]) == s[9:]}


def validate(doc):
    t = doc["text"]
    errs = []
    spans = []
    for e in doc["entities"]:
        if t[e["start"]:e["end"]] != e["value"]:
            errs.append("span mismatch %r" % e["value"])
        if "core" in e and not e["start"] <= e["core"][0] < e["core"][1] <= e["end"]:
            errs.append("bad core")
        clean = e.get("_clean")
        chk = CHECKS.get(e["type"]) or (nhs_ok if e.get("sub") == "nhs" else None)
        if chk:
            if not clean or not chk(clean):
                errs.append("checksum %s %r" % (e["type"], e["value"]))
            elif e.get("obf") not in (None, "spelled") and deobf(e["value"], doc["lang"]) != clean:
                errs.append("obf mismatch %r" % e["value"])
        spans.append((e["start"], e["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append("overlap %r %r" % (a, b))
    for n in doc["negatives"]:
        if t[n["start"]:n["end"]] != n["value"]:
            errs.append("neg span mismatch")
        if any(s < n["end"] and n["start"] < e for s, e in spans):
            errs.append("negative overlaps entity %r" % n["value"])
        if n["type"] == "NEG_CARDLIKE" and luhn_ok("".join(c for c in n["value"] if c.isdigit())):
            errs.append("cardlike passes Luhn")
    if doc["format"] == "json":
        try:
            json.loads(t)
        except ValueError as ex:
            errs.append("json: %s" % ex)
    if "chunks" in doc and ("".join(doc["chunks"]) != t or any(not 1 <= len(c) <= 16 for c in doc["chunks"])):
        errs.append("chunks")
    if "\ue000" in t or "\ue001" in t:
        errs.append("unresolved token")
    return ["%s: %s" % (doc["id"], x) for x in errs]


def summary(docs):
    def show(title, c):
        print("%s:" % title)
        for k, v in sorted(c.items()):
            print("  %-40s %d" % (k, v))
    show("shape", Counter(d["shape"] for d in docs))
    show("locale/lang", Counter("%s/%s" % (d["locale"], d["lang"]) for d in docs))
    show("stream base_shape", Counter(d["base_shape"] for d in docs if "base_shape" in d))
    show("type/sub", Counter("%s/%s" % (e["type"], e.get("sub", "-")) for d in docs for e in d["entities"]))
    show("obf kind", Counter(e["obf"] for d in docs for e in d["entities"] if e.get("obf")))
    show("negative type", Counter(n["type"] for d in docs for n in d["negatives"]))
    print("docs %d, entities %d, negatives-only docs %d" % (len(docs), sum(len(d["entities"]) for d in docs), sum(1 for d in docs if not d["entities"])))


def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=3434)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    R = random.Random(a.seed)
    for code, _w in LOCALES:
        FK[code] = Faker(code)
        FK[code].random = R
    docs = []
    for shape, count in SHAPES:
        for j in range(count):
            neg_only = shape in ("chat", "json", "stream") and R.random() < .14
            docs.append(make_doc(j, shape, neg_only))
    errs = [x for d in docs for x in validate(d)]
    if errs:
        for x in errs[:30]:
            print("VALIDATION: " + x, file=sys.stderr)
        sys.exit(2)
    for d in docs:
        for e in d["entities"]:
            del e["_clean"]
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        summary(docs)


if __name__ == "__main__":
    main()
