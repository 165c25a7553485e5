#!/usr/bin/env python3
"""Probe S: held-out PII corpus of *model-server outputs* (chat answers in markdown, tool calls,
JSON-mode / extraction / classifier responses, agent logs, streams, obfuscations).

Deterministic: everything derives from one random.Random(seed); Faker (seeded from it) is used only
for person names, street names, cities and postcodes.

Usage: make_probe_s.py --seed N --out FILE [--summary]
"""
import argparse, base64, collections, hashlib, ipaddress, json, re, sys, unicodedata

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

import random

# ---------------------------------------------------------------------------------------------
# dev-split JSON key names: never emit a JSON key equal to one of these (held-out shapes)
DEV_KEYS = set("""DATABASE_URL GH_TOKEN IBAN SLACK_BOT_TOKEN access_key_id account address amount apiKey
api_key arguments aws bank_account billing_address birthDate birthday build card card_number choices
ci_token city client_ip code comment commit completion_tokens contact_email contacts_by_email content
country created created_at currency customer_name data database_url date date_of_birth displayName dob
dsn email email_address emails encounters expiry external_ref finish_reason full_name function
generated_at git_sha github_token hits iban id index inn integrity ip ip_allowlist last_login_ip last_seen
level line1 mail medical_record_number message mobile model mrn msg name note notes object order_id
order_ids page pan passport passport_number patient patient_id payer payment phone phone_number phones
postal_code postcode private_key prompt_tokens query records reference region remote_addr request_id
results role secret_access_key service services shipping_address slack_token snils social_security_number
source ssh_key ssn status street street_address stripe_key summary tags tax_id tel ticket timestamp
tls_key took_ms tool_calls total tracking transactions ts type updated_at usage version zip ИНН СНИЛС
паспорт""".split())


class ProbeError(Exception):
    pass


def die(msg):
    raise ProbeError(msg)

# ---------------------------------------------------------------------------------------------
# rich strings: list of (text, label|None, is_core)


class Lab:
    __slots__ = ("kind", "type", "sub", "obf", "clean")

    def __init__(self, kind, typ=None, sub=None, obf=None, clean=None):
        self.kind, self.type, self.sub, self.obf, self.clean = kind, typ, sub, obf, clean


class R:
    __slots__ = ("segs",)

    def __init__(self, segs=None):
        self.segs = segs or []

    def __add__(self, o):
        return R(self.segs + toR(o).segs)

    def __radd__(self, o):
        return R(toR(o).segs + self.segs)

    def plain(self):
        return "".join(s[0] for s in self.segs)


def toR(x):
    if isinstance(x, R):
        return x
    if x is None or x == "":
        return R([])
    if isinstance(x, (list, tuple)):
        return cat(*x)
    return R([(str(x), None, False)])


def cat(*xs):
    out = []
    for x in xs:
        out += toR(x).segs
    return R(out)


def join(sep, items):
    out = []
    for i, x in enumerate(items):
        if i:
            out.append(sep)
        out.append(x)
    return cat(*out)


def E(typ, value, sub=None, obf=None, clean=None):
    return R([(value, Lab("ent", typ, sub, obf, clean if clean is not None else value), False)])


def NG(typ, value):
    return R([(value, Lab("neg", typ), False)])


def IG(value):
    return R([(value, Lab("ign"), False)])


def finalize(r):
    text_parts, pos = [], 0
    spans = {}  # id(lab) -> [lab, start, end, core_s, core_e, lastend]
    order = []
    for txt, lab, core in r.segs:
        s, e = pos, pos + len(txt)
        text_parts.append(txt)
        pos = e
        if lab is None or not txt:
            continue
        k = id(lab)
        if k not in spans:
            spans[k] = [lab, s, e, None, None, e]
            order.append(k)
        else:
            rec = spans[k]
            if rec[5] != s:
                die("non-contiguous label segments")
            rec[2] = e
            rec[5] = e
        if core:
            rec = spans[k]
            if rec[3] is None:
                rec[3] = s
            rec[4] = e
    text = "".join(text_parts)
    ents, negs, ign, cleans = [], [], [], []
    for k in order:
        lab, s, e, cs, ce, _ = spans[k]
        if lab.kind == "ent":
            d = {"type": lab.type, "start": s, "end": e}
            if lab.sub is not None:
                d["sub"] = lab.sub
            if cs is not None:
                d["core"] = [cs, ce]
            if lab.obf:
                d["obf"] = lab.obf
            d["value"] = text[s:e]
            ents.append(d)
            cleans.append(lab.clean)
        elif lab.kind == "neg":
            negs.append({"type": lab.type, "start": s, "end": e, "value": text[s:e]})
        else:
            ign.append([s, e])
    return text, ents, negs, ign, cleans

# ---------------------------------------------------------------------------------------------
# JSON serialisation of trees whose string leaves may be rich strings


class Raw:  # a labelled bare JSON token (number)
    def __init__(self, r):
        self.r = toR(r)


class Enc:  # a JSON document embedded as a JSON string (double encoding)
    def __init__(self, tree, indent=None, compact=False):
        self.tree, self.indent, self.compact = tree, indent, compact


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jstr(r):
    r = toR(r)
    return R([("\"", None, False)] + [(jesc(t), lab, c) for t, lab, c in r.segs] + [("\"", None, False)])


def ser(o, indent=None, compact=False, level=0):
    item_sep, kv_sep = ("," if compact else ", "), (":" if compact else ": ")
    if isinstance(o, dict):
        if not o:
            return toR("{}")
        parts = []
        for k, v in o.items():
            if k in DEV_KEYS:
                die("dev JSON key used: %r" % k)
            parts.append(cat(jstr(k), kv_sep, ser(v, indent, compact, level + 1)))
        return _wrap("{", "}", parts, indent, compact, level)
    if isinstance(o, list):
        if not o:
            return toR("[]")
        return _wrap("[", "]", [ser(v, indent, compact, level + 1) for v in o], indent, compact, level)
    if isinstance(o, Raw):
        return o.r
    if isinstance(o, Enc):
        return jstr(ser(o.tree, o.indent, o.compact, 0))
    if isinstance(o, (str, R)):
        return jstr(o)
    if o is None or isinstance(o, (bool, int, float)):
        return toR(json.dumps(o))
    die("cannot serialise %r" % type(o))


def _wrap(a, b, parts, indent, compact, level):
    if indent is None:
        return cat(a, join("," if compact else ", ", parts), b)
    pad = " " * (indent * (level + 1))
    return cat(a, "\n", join(",\n", [cat(pad, p) for p in parts]), "\n", " " * (indent * level), b)

# ---------------------------------------------------------------------------------------------
# checksums / validators


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix_digits):
    for c in "0123456789":
        if luhn_ok(prefix_digits + c):
            return prefix_digits + c


def iban_ok(v):
    v = v.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v):
        return False
    x = v[4:] + v[:4]
    n = "".join(str(int(c, 36)) for c in x)
    return int(n) % 97 == 1


def ssn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%02d" % c


def snils_ok(d):
    return re.fullmatch(r"\d{11}", d) is not None and int(d[:9]) > 1001998 and snils_check(d[:9]) == d[9:]


def inn_ok(d):
    def c(ds, w):
        return str(sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10)
    if re.fullmatch(r"\d{10}", d):
        return c(d[:9], [2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[9]
    if re.fullmatch(r"\d{12}", d):
        return (c(d[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[10]
                and c(d[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) == d[11])
    return False


def nhs_ok(d):
    if not re.fullmatch(r"\d{10}", d):
        return False
    s = sum(int(c) * (10 - i) for i, c in enumerate(d[:9]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())

# ---------------------------------------------------------------------------------------------
# value generators

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
B64 = AN + "+/"
B64U = AN + "-_"
HEX = "0123456789abcdef"
LOC_LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
LOCALES = ["en_US", "ru_RU", "de_DE", "en_GB", "fr_FR"]

RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                  "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def translit(s):
    out = []
    for ch in s.lower():
        if ch in RU_TR:
            out.append(RU_TR[ch])
        elif ch in "äöüß":
            out.append({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}[ch])
        else:
            d = unicodedata.normalize("NFKD", ch)
            d = "".join(c for c in d if c.isascii())
            out.append(d)
    return re.sub(r"[^a-z]", "", "".join(out))


RARE_FIRST = {
    "en": ["Oswin", "Wrenna", "Thaddeus", "Ione", "Leopold", "Marisol", "Eamon", "Isolde", "Caspian", "Odalys",
           "Peregrine", "Tamsin", "Ambrose", "Linnea", "Barnaby", "Saoirse", "Cormac", "Delphine", "Ezra", "Philippa"],
    "de": ["Wiebke", "Hauke", "Frauke", "Ortwin", "Swantje", "Gernot", "Edelgard", "Rüdiger", "Gesche", "Volkmar",
           "Okke", "Irmtraud", "Wendelin", "Heike", "Lutz", "Almut", "Detlef", "Jorinde", "Reinhild", "Eike"],
    "fr": ["Aurèle", "Ghislaine", "Enguerrand", "Maëlys", "Sidonie", "Théophane", "Clotilde", "Anatole", "Bérénice",
           "Aymeric", "Solène", "Gaspard", "Apolline", "Évariste", "Héloïse", "Tanguy", "Ysoline", "Baptistin"],
    "ru": ["Всеслав", "Евпраксия", "Ростислав", "Агния", "Ярополк", "Велимира", "Мирон", "Пелагея", "Любомир",
           "Василиса", "Тихон", "Ульяна", "Демид", "Злата", "Прохор", "Есения"],
}
RU_RARE_FEM = {"Евпраксия", "Агния", "Велимира", "Пелагея", "Василиса", "Ульяна", "Злата", "Есения"}
SURN_A = {
    "en": ["Ash", "Thorn", "Wex", "Brack", "Hollin", "Quill", "Marsh", "Fen", "Cald", "Rook", "Pell", "Stave", "Garr"],
    "de": ["Kessel", "Wald", "Brinck", "Hoge", "Fluh", "Quast", "Dreck", "Tann", "Spree", "Hasel", "Rieck", "Ohm"],
    "fr": ["Beau", "Mal", "Vaux", "Cler", "Rouss", "Gode", "Lam", "Tourn", "Pey", "Chaum", "Berg", "Fav"],
    "ru": ["Добро", "Кругло", "Бело", "Сухо", "Овся", "Черемш", "Зябл", "Тетерь", "Ковыл", "Рябин"],
}
SURN_B = {
    "en": ["combe", "bury", "wick", "ridge", "stow", "ley", "ington", "thwaite", "hurst", "mere"],
    "de": ["ring", "mann", "huber", "bichler", "städt", "horst", "inger", "beck", "lechner", "sieck"],
    "fr": ["champ", "herbe", "ignac", "oubert", "elière", "ardière", "ennec", "ourdin", "iac", "ouzet"],
    "ru": ["кин", "цов", "ников", "ятин", "ецкий", "ёв", "ушин", "аков"],
}
PARTICLES = {"en": ["van der", "De", "O'", "Mc", "St."], "de": ["von", "von der", "zu", "van den", "vom"],
             "fr": ["de", "du", "de La", "d'", "Le"], "ru": []}


class Ctx:
    def __init__(self, rng, fakers, locale, lang):
        self.rng, self.fakers, self.locale, self.lang = rng, fakers, locale, lang
        self.f = fakers[locale]

    def ch(self, xs):
        return xs[self.rng.randrange(len(xs))]

    def p(self, x):
        return self.rng.random() < x

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def s(self, alphabet, n):
        return "".join(alphabet[self.rng.randrange(len(alphabet))] for _ in range(n))

    # ---- persons -----------------------------------------------------------------------------
    def name_lang(self):
        base = LOC_LANG[self.locale]
        if self.p(0.1):
            return self.ch(["en", "de", "fr", "ru"])
        return base

    def _faker_for(self, nl):
        return self.fakers[{"en": self.ch(["en_US", "en_GB"]), "de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}[nl]]

    def rare_surname(self, nl, fem=False):
        s = self.ch(SURN_A[nl]) + self.ch(SURN_B[nl])
        if nl == "ru" and fem:
            s = s[:-2] + "ая" if s.endswith("ий") else s + "а"
        return s

    def person_parts(self, nl=None):
        nl = nl or self.name_lang()
        f = self._faker_for(nl)
        fem = self.p(0.5)
        if nl == "ru":
            if self.p(0.15):
                given = self.ch(RARE_FIRST["ru"])
                fem = given in RU_RARE_FEM
            else:
                given = f.first_name_female() if fem else f.first_name_male()
            family = self.rare_surname("ru", fem) if self.p(0.15) else (f.last_name_female() if fem else f.last_name_male())
            patr = f.middle_name_female() if fem else f.middle_name_male()
            return {"lang": nl, "given": given, "family": family, "patr": patr, "fem": fem}
        given = self.ch(RARE_FIRST[nl]) if self.p(0.18) else f.first_name()
        family = self.rare_surname(nl) if self.p(0.18) else f.last_name()
        if self.p(0.08):
            family = family + "-" + (self.rare_surname(nl) if self.p(0.3) else f.last_name())
        if self.p(0.07):
            given = given + "-" + f.first_name()
        part = None
        if self.p(0.12) and PARTICLES[nl]:
            part = self.ch(PARTICLES[nl])
        return {"lang": nl, "given": given, "family": family, "particle": part, "fem": fem}

    def fam_full(self, pp):
        part = pp.get("particle")
        fam = pp["family"]
        if not part:
            return fam
        if part.endswith("'") or part == "Mc":
            return part + fam.split("-")[0]
        return part + " " + fam

    def person_str(self, pp=None, style=None):
        pp = pp or self.person_parts()
        nl = pp["lang"]
        st = style or self.ch(["full", "full", "full", "full", "mid", "comma", "caps", "initial", "initials2"])
        if nl == "ru":
            g, f_, pa = pp["given"], pp["family"], pp["patr"]
            return {"full": "%s %s %s" % (f_, g, pa), "mid": "%s %s %s" % (g, pa, f_), "comma": "%s %s" % (g, f_),
                    "caps": "%s %s %s" % (f_.upper(), g, pa), "initial": "%s %s. %s." % (f_, g[0], pa[0]),
                    "initials2": "%s. %s. %s" % (g[0], pa[0], f_)}[st], nl
        g, fam = pp["given"], self.fam_full(pp)
        mid = self.ch(UP.replace("Q", "").replace("X", ""))
        return {"full": "%s %s" % (g, fam), "mid": "%s %s. %s" % (g, mid, fam), "comma": "%s, %s" % (fam, g),
                "caps": "%s %s" % (g, fam.upper()) if self.p(0.5) else "%s, %s" % (fam.upper(), g),
                "initial": "%s. %s" % (g[0], fam), "initials2": "%s. %s. %s" % (g[0], mid, fam)}[st], nl

    def person(self, pp=None, style=None):
        v, nl = self.person_str(pp, style)
        return E("PERSON", v, nl)

    # ---- contact -----------------------------------------------------------------------------
    DOMAINS = ["mailbox.org", "posteo.de", "free.fr", "laposte.net", "yandex.ru", "bk.ru", "icloud.com",
               "fastmail.com", "hotmail.co.uk", "btinternet.com", "t-online.de", "wanadoo.fr", "protonmail.ch",
               "northwind-labs.com", "brightpath.io", "kestrel-health.org", "mail.lindqvist.se", "uni-hamburg.de",
               "sfr.fr", "inbox.ru", "outlook.de", "aol.com", "zoho.eu", "corp.halcyon-energy.com", "nhs.net"]

    def email_str(self, pp=None):
        pp = pp or self.person_parts()
        g, fam = translit(pp["given"]) or "x", translit(pp["family"]) or "y"
        st = self.ri(0, 7)
        loc = [g + "." + fam, g[0] + fam, fam + str(self.ri(1, 99)), g + "_" + fam[:4], fam + "." + g[0],
               g + str(self.ri(1950, 2005)), g + "-" + fam, fam + g[:2] + str(self.ri(1, 9))][st]
        if self.p(0.1):
            loc += "+" + self.ch(["orders", "ml", "news", "tickets"])
        dom = self.ch(self.DOMAINS)
        v = loc + "@" + dom
        if self.p(0.05):
            v = v.upper()
        return v

    def email(self, pp=None):
        return E("EMAIL", self.email_str(pp))

    def phone_str(self, loc=None, intl=None):
        loc = loc or self.locale
        cc = loc[-2:]
        intl = self.p(0.5) if intl is None else intl
        r, d = self.ri, lambda n: self.s(DG, n)
        if cc == "US":
            a, e, n = "%d%s" % (r(2, 9), d(2)), "%d%s" % (r(2, 9), d(2)), d(4)
            if intl:
                v = self.ch(["+1 %s %s %s", "+1 (%s) %s-%s", "+1.%s.%s.%s", "001 %s %s %s", "+1%s%s%s"]) % (a, e, n)
            else:
                v = self.ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (a, e, n)
        elif cc == "GB":
            kind = r(0, 2)
            if kind == 0:
                core = ("7%s" % d(3), d(6))
            elif kind == 1:
                core = ("20", d(4) + " " + d(4))
            else:
                core = ("1%s" % d(2), d(3) + " " + d(4))
            if intl:
                v = self.ch(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % core
            else:
                v = "0%s %s" % core if self.p(0.7) else "(0%s) %s" % core
        elif cc == "DE":
            area = self.ch(["30", "40", "89", "221", "69", "711", "351", "151", "160", "176", "172", "6221"])
            sub_ = d(r(6, 8)) if len(area) < 4 else d(r(5, 6))
            if self.p(0.4):
                sub_ = sub_[:3] + " " + sub_[3:]
            if intl:
                v = self.ch(["+49 %s %s", "+49 (0)%s %s", "0049 %s %s", "+49-%s-%s"]) % (area, sub_)
            else:
                v = self.ch(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (area, sub_)
        elif cc == "FR":
            first = str(self.ch([1, 2, 3, 4, 5, 6, 7, 9]))
            pairs = [d(2) for _ in range(4)]
            if intl:
                v = self.ch(["+33 %s %s", "+33 (0)%s %s", "0033 %s %s"]) % (first, " ".join(pairs)) if self.p(0.8) \
                    else "+33%s%s" % (first, "".join(pairs))
            else:
                sep = self.ch([" ", ".", " ", "-"])
                v = "0" + first + sep + sep.join(pairs)
        else:  # RU
            op = self.ch(["9%s" % d(2), "495", "499", "812", "343", "383"])
            a, b, c = d(3), d(2), d(2)
            if intl:
                v = self.ch(["+7 %s %s-%s-%s", "+7 (%s) %s %s %s", "+7%s%s%s%s", "+7-%s-%s-%s-%s"]) % (op, a, b, c)
            else:
                v = self.ch(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s", "8%s%s%s%s"]) % (op, a, b, c)
        return v, ("intl_" if intl else "national_") + cc

    def phone(self, loc=None, intl=None):
        v, sub = self.phone_str(loc, intl)
        return E("PHONE", v, sub)

    # ---- identifiers -------------------------------------------------------------------------
    def ssn_digits(self):
        while True:
            a = self.ri(1, 899)
            if a == 666:
                continue
            v = "%03d%02d%04d" % (a, self.ri(1, 99), self.ri(1, 9999))
            if ssn_ok(v):
                return v

    def ssn(self, fmt=None):
        v = self.ssn_digits()
        fmt = fmt or self.ch(["dashed", "dashed", "dashed", "spaced", "plain"])
        s = {"dashed": "%s-%s-%s", "spaced": "%s %s %s", "plain": "%s%s%s"}[fmt] % (v[:3], v[3:5], v[5:])
        return E("US_SSN", s, fmt, clean=v)

    CARD = {"visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], 16),
            "amex": (["34", "37"], 15), "discover": (["6011", "644", "65"], 16),
            "jcb": (["3528", "3540", "3566", "3589"], 16), "mir": (["2200", "2201", "2202", "2204"], 16),
            "diners": (["36", "300", "305", "38"], 14), "unionpay": (["62"], 16)}

    def card_digits(self, brand):
        pref, n = self.CARD[brand]
        p = self.ch(pref)
        return luhn_complete(p + self.s(DG, n - len(p) - 1))

    def card_fmt(self, d, sep=None):
        if sep is None:
            sep = self.ch([" ", " ", "-", "", " "])
        if len(d) == 15:
            g = [d[:4], d[4:10], d[10:]]
        elif len(d) == 14:
            g = [d[:4], d[4:10], d[10:]]
        else:
            g = [d[i:i + 4] for i in range(0, 16, 4)]
        return sep.join(g)

    def card(self, brand=None):
        brand = brand or self.ch(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "mir",
                                  "diners", "unionpay"])
        d = self.card_digits(brand)
        return E("CREDIT_CARD", self.card_fmt(d), brand, clean=d)

    def cardlike_neg(self):
        while True:
            d = self.ch(["4", "5", "6", "3"]) + self.s(DG, 15)
            if not luhn_ok(d):
                return NG("NEG_CARDLIKE", self.card_fmt(d, self.ch([" ", "-", ""])))

    IBAN_SPEC = {"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
                 "BE": "12n", "AT": "16n", "CH": "5n12c", "PL": "24n", "IE": "4a14n", "PT": "21n", "FI": "14n",
                 "LU": "3n13c", "DK": "14n", "NO": "11n", "SE": "20n", "CZ": "20n"}

    def iban_str(self, cc=None):
        cc = cc or self.ch(["DE", "DE", "FR", "FR", "GB", "ES", "IT", "NL", "BE", "AT", "CH", "PL", "IE", "PT",
                            "FI", "LU", "DK", "NO", "SE", "CZ"])
        bban = ""
        for n, k in re.findall(r"(\d+)([anc])", self.IBAN_SPEC[cc]):
            bban += self.s({"a": UP, "n": DG, "c": UP + DG + DG}[k], int(n))
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        chk = 98 - int(num) % 97
        return cc + "%02d" % chk + bban, cc

    def iban(self, cc=None, grouped=None):
        v, cc = self.iban_str(cc)
        grouped = self.p(0.5) if grouped is None else grouped
        s = " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if grouped else v
        return E("IBAN", s, cc + ("_grouped" if grouped else "_compact"), clean=v)

    def ipv4_str(self, private=None):
        private = self.p(0.4) if private is None else private
        if private:
            return self.ch(["10.%d.%d.%d" % (self.ri(0, 255), self.ri(0, 255), self.ri(1, 254)),
                            "192.168.%d.%d" % (self.ri(0, 255), self.ri(1, 254)),
                            "172.%d.%d.%d" % (self.ri(16, 31), self.ri(0, 255), self.ri(1, 254))])
        while True:
            a = self.ri(11, 223)
            if a not in (127, 10, 172, 192, 100, 169):
                return "%d.%d.%d.%d" % (a, self.ri(0, 255), self.ri(0, 255), self.ri(1, 254))

    def ipv4(self, private=None):
        return E("IPV4", self.ipv4_str(private))

    def ipv6_str(self):
        hx = lambda: "%x" % self.ri(0, 0xffff)
        k = self.ri(0, 3)
        if k == 0:
            return ":".join(hx() for _ in range(8))
        if k == 1:
            return self.ch(["2a02", "2a01", "2600", "2001:0db8", "2c0f", "2406"]) + ":" + ":".join(hx() for _ in range(3)) + "::" + hx()
        if k == 2:
            return "fe80::" + ":".join(hx() for _ in range(4))
        return "2001:%x:%x::%x:%x" % (self.ri(0x4000, 0xffff), self.ri(0, 0xffff), self.ri(0, 0xffff), self.ri(1, 0xffff))

    def ipv6(self):
        return E("IPV6", self.ipv6_str())

    def passport(self, fmt=None):
        ser_ = "%02d%02d" % (self.ri(1, 99), self.ri(0, 25))
        num = self.s(DG, 6)
        fmt = fmt or self.ch(["spaced", "spaced", "series_number", "plain", "numero"])
        v = {"spaced": "%s %s %s" % (ser_[:2], ser_[2:], num), "series_number": ser_ + " " + num,
             "plain": ser_ + num, "numero": "%s %s № %s" % (ser_[:2], ser_[2:], num)}[fmt]
        return E("RU_PASSPORT", v, fmt, clean=ser_ + num)

    def snils(self, fmt=None):
        while True:
            d9 = self.s(DG, 9)
            if int(d9) > 1001998:
                break
        d = d9 + snils_check(d9)
        fmt = fmt or self.ch(["formatted", "formatted", "dashed", "plain"])
        v = {"formatted": "%s-%s-%s %s", "dashed": "%s-%s-%s-%s", "plain": "%s%s%s%s"}[fmt] % (d[:3], d[3:6], d[6:9], d[9:])
        return E("RU_SNILS", v, fmt, clean=d)

    def inn_digits(self, n=None):
        n = n or self.ch([10, 12])
        while True:
            if n == 10:
                b = "%02d" % self.ri(1, 99) + self.s(DG, 7)
                c = str(sum(int(a) * w for a, w in zip(b, [2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
                d = b + c
            else:
                b = "%02d" % self.ri(1, 99) + self.s(DG, 8)
                c1 = str(sum(int(a) * w for a, w in zip(b, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
                c2 = str(sum(int(a) * w for a, w in zip(b + c1, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])) % 11 % 10)
                d = b + c1 + c2
            if inn_ok(d):
                return d

    def inn(self, n=None, json_number=False):
        d = self.inn_digits(n)
        while json_number and d[0] == "0":  # a JSON number cannot start with 0
            d = self.inn_digits(len(d))
        sub = "inn%d" % len(d) + ("_json_number" if json_number else "")
        return E("RU_INN", d, sub)

    def nhs_digits(self):
        while True:
            b = self.s(DG, 9)
            if b[0] == "0":
                continue
            s = sum(int(c) * (10 - i) for i, c in enumerate(b))
            c = 11 - s % 11
            c = 0 if c == 11 else c
            if c != 10:
                return b + str(c)

    def mrn(self, kind=None):
        kind = kind or self.ch(["numeric", "prefixed", "alnum", "nhs"] if self.locale == "en_GB"
                               else ["numeric", "numeric", "prefixed", "alnum"])
        if kind == "nhs":
            d = self.nhs_digits()
            v = self.ch([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:6] + "-" + d[6:]])
            return E("MEDICAL_RECORD_NUMBER", v, "nhs", clean=d)
        if kind == "numeric":
            return E("MEDICAL_RECORD_NUMBER", str(self.ri(1, 9)) + self.s(DG, self.ri(6, 9)), "numeric")
        if kind == "prefixed":
            p = self.ch(["PID-", "KH-", "MR/", "HOSP", "CHART-", "UKE-", "PN:", "ИБ-"]) 
            return E("MEDICAL_RECORD_NUMBER", p + self.s(DG, self.ri(6, 9)), "prefixed")
        v = self.ch(["%s%s%s" % (self.s(UP, 3), self.s(DG, 7), self.s(UP, 1)),
                     "%s-%s-%s" % (self.s(UP, 2), self.s(DG, 4), self.s(DG + UP, 4)),
                     "%s%s/%s" % (self.s(UP, 1), self.s(DG, 6), self.s(DG, 2))])
        return E("MEDICAL_RECORD_NUMBER", v, "alnum")

    # ---- dates / addresses -------------------------------------------------------------------
    MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"],
              "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                     "November", "Dezember"],
              "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                     "novembre", "décembre"],
              "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                     "ноября", "декабря"]}

    def date_str(self, y, m, d, loc=None):
        loc = loc or self.locale
        M = self.MONTHS
        if loc == "en_US":
            return self.ch(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (M["en"][m - 1], d, y),
                            "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (M["en"][m - 1][:3], d, y)])
        if loc == "en_GB":
            return self.ch(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, M["en"][m - 1], y),
                            "%d %s %d" % (d, M["en"][m - 1][:3], y), "%d-%02d-%02d" % (y, m, d)])
        if loc == "de_DE":
            return self.ch(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, M["de"][m - 1], y),
                            "%d-%02d-%02d" % (y, m, d)])
        if loc == "fr_FR":
            return self.ch(["%02d/%02d/%d" % (d, m, y), "%s %s %d" % ("1er" if d == 1 else str(d), M["fr"][m - 1], y),
                            "%02d-%02d-%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])
        return self.ch(["%02d.%02d.%d" % (d, m, y), "%d %s %d" % (d, M["ru"][m - 1], y), "%d-%02d-%02d" % (y, m, d)])

    def dob(self, loc=None):
        return E("DATE_OF_BIRTH", self.date_str(self.ri(1932, 2006), self.ri(1, 12), self.ri(1, 28), loc))

    def neg_date(self, loc=None):
        return NG("NEG_DATE", self.date_str(self.ri(2015, 2026), self.ri(1, 12), self.ri(1, 28), loc))

    def street(self, loc=None):
        """-> (street R labelled, tail R with ignore span, city plain, postcode plain)"""
        loc = loc or self.locale
        f = self.fakers[loc]
        sn = f.street_name()
        n = self.ri(1, 480)
        if loc == "en_US":
            v = "%d %s" % (n, sn) + (self.ch([" Apt %d%s" % (self.ri(1, 30), self.ch("ABCD")), " Unit %d" % self.ri(2, 90),
                                              ", Suite %d" % self.ri(100, 990)]) if self.p(0.3) else "")
            city, pc = f.city(), f.postcode()
            tail = "%s, %s %s" % (city, f.state_abbr(), pc)
        elif loc == "en_GB":
            v = ("Flat %d, " % self.ri(1, 40) if self.p(0.25) else "") + "%d %s" % (n, sn)
            city, pc = f.city(), f.postcode()
            tail = "%s %s" % (city, pc) if self.p(0.5) else "%s, %s" % (city, pc)
        elif loc == "de_DE":
            v = "%s %d%s" % (sn, n, self.ch(["", "", "", "a", "b", " c"]))
            city, pc = f.city(), f.postcode()
            tail = "%s %s" % (pc, city)
        elif loc == "fr_FR":
            v = "%d%s, %s" % (n, self.ch(["", "", "", " bis", " ter"]), sn)
            city, pc = f.city(), f.postcode()
            tail = "%s %s" % (pc, city)
        else:
            v = "%s, д. %d" % (sn, n) + (self.ch([", кв. %d" % self.ri(1, 300), " корп. %d" % self.ri(1, 9),
                                                 ", стр. %d" % self.ri(1, 5)]) if self.p(0.5) else "")
            city, pc = f.city(), f.postcode()
            tail = "%s, %s" % (city, pc) if self.p(0.5) else "%s, %s" % (pc, city)
        return E("STREET_ADDRESS", v, LOC_LANG[loc]), IG(tail), city, pc

    def street_full(self, loc=None, sep=", "):
        st, tail, _, _ = self.street(loc)
        return cat(st, sep, tail)

    # ---- secrets -----------------------------------------------------------------------------
    def aws_id(self):
        return E("API_KEY", self.ch(["AKIA", "AKIA", "ASIA"]) + self.s(UP + "234567", 16), "aws_access_key_id")

    def aws_secret(self):
        return E("API_KEY", self.s(B64, 40), "aws_secret_key")

    def jwt_str(self, email=None):
        hdr = {"alg": self.ch(["HS256", "RS256", "ES384", "EdDSA"]), "typ": "JWT"}
        if self.p(0.4):
            hdr["kid"] = self.s(HEX, 16)
        pl = {"sub": self.s(DG, 8), "iat": self.ri(1690000000, 1760000000)}
        pl["exp"] = pl["iat"] + 3600 * self.ri(1, 48)
        if email:
            pl["upn"] = email
        if self.p(0.5):
            pl["scope"] = self.ch(["read:records", "admin", "chat.completions", "inference:invoke"])
        b = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return b(hdr) + "." + b(pl) + "." + self.s(B64U, self.ch([43, 86, 64]))

    def jwt(self, email=None):
        return E("API_KEY", self.jwt_str(email), "jwt")

    def token(self, kind=None):
        kind = kind or self.ch(["slack", "github_pat_classic", "github_pat_fine", "github_other", "gitlab", "stripe",
                                "openai_like", "google_api", "aws_access_key_id", "aws_secret_key", "jwt"])
        s = self.s
        if kind == "slack":
            v = self.ch(["xoxb", "xoxp", "xoxa", "xoxe"]) + "-" + s(DG, 12) + "-" + s(DG, 13) + "-" + s(AN, 24)
        elif kind == "github_pat_classic":
            v = "ghp_" + s(AN, 36)
        elif kind == "github_pat_fine":
            v = "github_pat_" + s(AN, 22) + "_" + s(AN, 59)
        elif kind == "github_other":
            v = self.ch(["gho_", "ghu_", "ghs_", "ghr_"]) + s(AN, 36)
        elif kind == "gitlab":
            v = self.ch(["glpat-", "glpat-", "gldt-", "glrt-"]) + s(AN + "_-", 20)
        elif kind == "stripe":
            v = self.ch(["sk_live_", "rk_live_", "sk_test_"]) + s(AN, self.ch([24, 32, 99]))
        elif kind == "openai_like":
            v = self.ch(["sk-proj-" + s(AN + "_-", 48), "sk-" + s(AN, 48), "sk-svcacct-" + s(AN + "_-", 40)])
        elif kind == "google_api":
            v = "AIza" + s(AN + "_-", 35)
        elif kind == "aws_access_key_id":
            return self.aws_id()
        elif kind == "aws_secret_key":
            return self.aws_secret()
        else:
            return self.jwt()
        return E("API_KEY", v, kind)

    PEMS = {"pem_rsa_private_key": "RSA PRIVATE KEY", "pem_private_key": "PRIVATE KEY",
            "pem_ec_private_key": "EC PRIVATE KEY", "pem_openssh_private_key": "OPENSSH PRIVATE KEY",
            "pem_encrypted_private_key": "ENCRYPTED PRIVATE KEY"}

    def pem(self, kind=None, lines=None):
        kind = kind or self.ch(sorted(self.PEMS))
        lab = Lab("ent", "API_KEY", kind, None, None)
        w = 70 if "OPENSSH" in self.PEMS[kind] else 64
        n = lines or self.ri(3, 9)
        body = [self.s(B64, w) for _ in range(n - 1)] + [self.s(B64, self.ri(8, w - 4)) + self.ch(["", "=", "=="])]
        body = "\n".join(body)
        lab.clean = body
        nm = self.PEMS[kind]
        return R([("-----BEGIN %s-----\n" % nm, lab, False), (body, lab, True), ("\n-----END %s-----" % nm, lab, False)])

    def password_str(self):
        k = self.ri(0, 3)
        if k == 0:
            return self.s(AN + "!#%&*^$-_", self.ri(12, 24))
        if k == 1:
            return self.ch(["Winter", "Falcon", "Kestrel", "Marmot", "Quartz", "Lantern", "Sommer", "Printemps",
                            "Zvezda", "Harbour"]) + str(self.ri(10, 9999)) + self.ch("!?#$%*")
        if k == 2:
            return "-".join(self.ch(["tulip", "copper", "ridge", "amber", "violet", "north", "pebble", "oxide",
                                     "lumen", "cobalt", "fjord"]) for _ in range(3)) + str(self.ri(1, 99))
        return self.s(B64U, 32)

    def password(self, sub="password"):
        return E("API_KEY", self.password_str(), sub)

    # ---- negatives ---------------------------------------------------------------------------
    def uuid(self):
        h = self.s(HEX, 32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return NG("NEG_UUID", "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    def sha(self, n=64):
        return NG("NEG_HASH", self.s(HEX, n))

    def ts(self):
        y, mo, d, H, M, S = self.ri(2023, 2026), self.ri(1, 12), self.ri(1, 28), self.ri(0, 23), self.ri(0, 59), self.ri(0, 59)
        k = self.ri(0, 6)
        v = ["%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, H, M, S),
             "%d-%02d-%02dT%02d:%02d:%02d.%03d+00:00" % (y, mo, d, H, M, S, self.ri(0, 999)),
             str(self.ri(1690000000, 1770000000)), str(self.ri(1690000000000, 1770000000000)),
             "%d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, H, M, S), "%02d:%02d:%02d.%03d" % (H, M, S, self.ri(0, 999)),
             "%d%02d%02dT%02d%02d%02dZ" % (y, mo, d, H, M, S)][k]
        return NG("NEG_TIMESTAMP", v)

    def order_id(self):
        k = self.ri(0, 7)
        v = ["SO-%d-%s" % (self.ri(10000, 99999), self.s(UP, 1)), "INV/%d/%05d" % (self.ri(2022, 2026), self.ri(1, 99999)),
             "req_" + self.s(AN, 24), "chatcmpl-" + self.s(AN, 29), "1Z%s%s" % (self.s(UP + DG, 6), self.s(DG, 10)),
             "#%s-%d" % (self.s(UP, 2), self.ri(100000, 9999999)), "batch_" + self.s(HEX, 24),
             "TKT-%d" % self.ri(100000, 9999999)][k]
        return NG("NEG_ORDER_ID", v)

    def version(self, ipv4_shaped=None):
        if ipv4_shaped or (ipv4_shaped is None and self.p(0.35)):
            return NG("NEG_VERSION", "%d.%d.%d.%d" % (self.ri(1, 30), self.ri(0, 40), self.ri(0, 250), self.ri(0, 250)))
        f = self.ch(["%d.%d.%d", "v%d.%d.%d", "%d.%d.%d-rc.%d", "%d.%d.%d+build.%d"])
        return NG("NEG_VERSION", f % tuple(self.ri(0, 30) for _ in range(f.count("%d"))))

    def number(self):
        k = self.ri(0, 6)
        v = ["0.%04d" % self.ri(1, 9999), str(self.ri(100, 99999)), "%d,%03d" % (self.ri(1, 999), self.ri(0, 999)),
             "%d.%02d" % (self.ri(1, 99999), self.ri(0, 99)), "%d ms" % self.ri(3, 9000),
             "%.3e" % (self.rng.random() / 1000), str(self.ri(100000000, 999999999))][k]
        if k == 4:
            v = v.split()[0]
        return NG("NEG_NUMBER", v)

    def b64(self):
        k = self.ri(0, 2)
        if k == 0:
            raw = bytes(self.ri(0, 255) for _ in range(self.ri(24, 60)))
            return NG("NEG_B64", base64.b64encode(raw).decode())
        if k == 1:
            return NG("NEG_B64", "sha512-" + base64.b64encode(bytes(self.ri(0, 255) for _ in range(64))).decode())
        return NG("NEG_B64", "data:application/octet-stream;base64," + base64.b64encode(
            bytes(self.ri(0, 255) for _ in range(30))).decode())

    def emaillike(self):
        return NG("NEG_EMAILLIKE", self.ch(["torch@2.%d.%d" % (self.ri(0, 5), self.ri(0, 3)), "@tanstack/react-query",
                                            "transformers@4.%d.0" % self.ri(30, 46), "@pytest.fixture",
                                            "@dataclass", "langchain-core@0.%d.%d" % (self.ri(1, 3), self.ri(0, 40)),
                                            "@huggingface/inference", "vllm@0.%d.%d" % (self.ri(4, 9), self.ri(0, 5)),
                                            "@functools.lru_cache", "@anthropic-ai/sdk", "pydantic@2.%d.1" % self.ri(1, 9)]))

    TITLES = {"en": ["Next Steps", "Key Findings", "Grant Approval", "Mark Complete", "Frank Assessment", "Bill Summary",
                     "Rose Quartz Theme", "Will Call Pickup", "Victory Lap", "Summer Release", "Model Card",
                     "Release Notes", "Account Overview", "Risk Summary", "Sterling Silver Plan", "Hunter Green"],
             "de": ["Nächste Schritte", "Offene Punkte", "Weitere Hinweise", "Kurze Zusammenfassung", "Neue Funktionen"],
             "fr": ["Prochaines Étapes", "Points Clés", "Résumé Rapide", "Notes De Version", "Grand Prix"],
             "ru": ["Итоги Проверки", "Следующие Шаги", "Краткая Сводка", "Основные Выводы"]}

    def title(self, lang=None):
        lang = lang or self.lang
        return NG("NEG_TITLECASE", self.ch(self.TITLES[lang] + (self.TITLES["en"][:6] if lang != "en" else [])))

    def anyneg(self):
        return self.ch([self.uuid, self.sha, self.ts, self.ts, self.order_id, self.version, self.number, self.b64,
                        self.emaillike, self.cardlike_neg, self.neg_date])()

    # ---- filler ------------------------------------------------------------------------------
    FILL = {
        "en": (["The retrieval step", "The follow-up check", "Our reviewer", "The nightly job", "This summary",
                "The billing team", "The second pass", "The extraction model"],
               ["found nothing unusual", "took longer than expected", "should be repeated next week",
                "matched the previous run", "flagged two fields for review", "is based on the latest export",
                "was limited to the requested fields", "can be regenerated on demand"]),
        "de": (["Der Abgleich", "Die Nachprüfung", "Unser Team", "Der nächtliche Lauf", "Diese Übersicht",
                "Die Buchhaltung", "Der zweite Durchgang"],
               ["hat keine Auffälligkeiten ergeben", "dauerte länger als geplant", "sollte nächste Woche wiederholt werden",
                "stimmt mit dem Vorlauf überein", "beruht auf dem aktuellen Export", "kann jederzeit neu erzeugt werden"]),
        "fr": (["La vérification", "Le second passage", "Notre équipe", "Le traitement de nuit", "Ce résumé",
                "Le service comptable"],
               ["n'a rien révélé d'anormal", "a pris plus de temps que prévu", "devra être relancé la semaine prochaine",
                "correspond à l'exécution précédente", "repose sur le dernier export", "peut être régénéré à la demande"]),
        "ru": (["Повторная проверка", "Наша команда", "Ночная выгрузка", "Эта сводка", "Бухгалтерия", "Второй проход"],
               ["не выявила отклонений", "заняла больше времени, чем ожидалось", "будет повторена на следующей неделе",
                "совпадает с предыдущим запуском", "основана на последней выгрузке", "может быть сформирована заново"]),
    }

    def filler(self, n=1, lang=None):
        lang = lang or self.lang
        a, b = self.FILL[lang]
        return " ".join("%s %s." % (self.ch(a), self.ch(b)) for _ in range(n))

# ---------------------------------------------------------------------------------------------
# obfuscation (value -> obfuscated string); labels keep the clean value for validation

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В",
            "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
SPELL = {"en": "zero one two three four five six seven eight nine".split(),
         "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
SPELL_SYM = {"en": {"-": "dash", "+": "plus", ".": "dot"}, "de": {"-": "Strich", "+": "plus", ".": "Punkt"},
             "fr": {"-": "tiret", "+": "plus", ".": "point"}, "ru": {"-": "дефис", "+": "плюс", ".": "точка"}}


def obf_apply(c, kind, v, lang="en"):
    if kind == "zero_width":
        chars = list(v)
        k = max(2, len(v) // 4)
        for _ in range(k):
            i = c.ri(1, len(chars) - 1)
            chars.insert(i, c.ch(ZW))
        return "".join(chars)
    if kind == "homoglyph":
        out, n = [], 0
        for ch in v:
            if ch in HOMO_L2C and c.p(0.45):
                out.append(HOMO_L2C[ch]); n += 1
            elif ch in HOMO_C2L and c.p(0.45):
                out.append(HOMO_C2L[ch]); n += 1
            else:
                out.append(ch)
        if n == 0:
            for i, ch in enumerate(out):
                if ch in HOMO_L2C:
                    out[i] = HOMO_L2C[ch]; break
                if ch in HOMO_C2L:
                    out[i] = HOMO_C2L[ch]; break
        return "".join(out)
    if kind == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if ("0" <= ch <= "9" or "A" <= ch <= "Z" or ch in "-+.@") else
                       ("\u3000" if ch == " " and c.p(0.5) else ch) for ch in v)
    if kind == "spaced":
        return " ".join(ch for ch in v if ch != " ")
    if kind == "spelled":
        words = []
        for ch in v:
            if ch.isdigit():
                words.append(SPELL[lang][int(ch)])
            elif ch in SPELL_SYM[lang]:
                words.append(SPELL_SYM[lang][ch])
        return " ".join(words)
    if kind == "dotted":
        return v.replace(" ", ".").replace("-", ".")
    if kind == "words":
        loc, dom = v.split("@")
        at = c.ch({"en": [" at ", " [at] ", " (at) ", "{at}", " AT "], "de": [" (at) ", " [ät] ", " at "],
                   "fr": [" arobase ", " (at) ", " [at] "], "ru": [" собака ", " (at) ", " [at] "]}[lang])
        dot = c.ch({"en": [" dot ", " [dot] ", " (dot) ", " DOT "], "de": [" punkt ", " (punkt) ", " [dot] "],
                    "fr": [" point ", " (point) ", " [dot] "], "ru": [" точка ", " (dot) ", " [точка] "]}[lang])
        return loc + at + dom.replace(".", dot)
    if kind == "defang":
        if "@" in v:
            loc, dom = v.split("@")
            return loc + "[@]" + dom.replace(".", "[.]")
        if ":" in v:
            return v.replace(":", "[:]")
        return v.replace(".", c.ch(["[.]", "(.)", "[dot]"]))
    die("unknown obfuscation " + kind)


def obf_ent(c, ent_r, kind, lang="en"):
    """take a single-label entity R and return an obfuscated copy"""
    (v, lab, _), = ent_r.segs
    o = obf_apply(c, kind, v, lang)
    return R([(o, Lab("ent", lab.type, lab.sub, kind, lab.clean), False)])

# ---------------------------------------------------------------------------------------------
# chat renderers (assistant answers)

LBL = {
    "en": dict(name="Name", email="Email", phone="Phone", dob="Date of birth", addr="Address", iban="IBAN",
               card="Card", passport="Passport", snils="SNILS", inn="INN", mrn="Record no.", ssn="SSN"),
    "de": dict(name="Name", email="E-Mail", phone="Telefon", dob="Geburtsdatum", addr="Anschrift", iban="IBAN",
               card="Karte", passport="Reisepass", snils="SNILS", inn="INN", mrn="Fallnummer", ssn="SSN"),
    "fr": dict(name="Nom", email="Courriel", phone="Téléphone", dob="Date de naissance", addr="Adresse", iban="IBAN",
               card="Carte", passport="Passeport", snils="SNILS", inn="INN", mrn="N° de dossier", ssn="SSN"),
    "ru": dict(name="ФИО", email="Эл. почта", phone="Телефон", dob="Дата рождения", addr="Адрес", iban="IBAN",
               card="Карта", passport="Паспорт", snils="СНИЛС", inn="ИНН", mrn="№ медкарты", ssn="SSN"),
}
SURE = {"en": ["Sure! Here are the details you asked for:", "Of course - this is what I found in the record:",
               "Here's the summary you requested:"],
        "de": ["Gern! Hier sind die gewünschten Angaben:", "Klar - das steht im Datensatz:"],
        "fr": ["Bien sûr ! Voici les informations demandées :", "Voici ce que contient la fiche :"],
        "ru": ["Конечно! Вот запрошенные сведения:", "Вот что указано в карточке клиента:"]}


def loc5(c, opts):
    """opts = [en..., de, fr, ru]: pick a phrase in the document language"""
    if c.lang == "de":
        return opts[-3]
    if c.lang == "fr":
        return opts[-2]
    if c.lang == "ru":
        return opts[-1]
    return c.ch(opts[:-3])


def r_bullets(c):
    L, lang = LBL[c.lang], c.lang
    pp = c.person_parts()
    bullet = c.ch(["- ", "* ", "• "])
    bold = c.p(0.6)
    fields = [("name", c.person(pp)), ("email", c.email(pp)), ("phone", c.phone())]
    extra = c.ch([["dob", "addr"], ["iban"], ["card"], ["dob"], ["addr"]] if lang != "ru"
                 else [["dob", "passport"], ["snils", "inn"], ["addr"], ["dob", "inn"]])
    for k in extra:
        fields.append((k, {"dob": c.dob, "addr": c.street_full, "iban": c.iban, "card": c.card,
                           "passport": c.passport, "snils": c.snils, "inn": c.inn}[k]()))
    c.rng.shuffle(fields[1:]) if False else None
    lines = []
    for k, v in fields:
        lab = ("**%s:** " % L[k]) if bold else ("%s: " % L[k])
        lines.append(cat(bullet, lab, v))
    tail = cat("\n\n", c.ch([cat("Ticket ", c.order_id(), " - last sync ", c.ts(), "."),
                             cat(c.filler(1)), cat("(", c.uuid(), ")")])) if c.p(0.6) else ""
    return cat(c.ch(SURE[lang]), "\n\n", join("\n", lines), tail), "contact", "bullets"


def r_table(c):
    L = LBL[c.lang]
    n = c.ri(2, 4)
    cols = c.ch([["name", "email", "phone"], ["name", "dob", "mrn"], ["name", "email", "dob"], ["name", "phone", "addr"]])
    intro = {"en": "Here is the table of matching rows (%d):", "de": "Hier die passenden Zeilen (%d):",
             "fr": "Voici les lignes correspondantes (%d) :", "ru": "Найдено совпадений: %d."}[c.lang] % n
    hdr = "| # | " + " | ".join(L[k] for k in cols) + " | " + {"en": "Created", "de": "Angelegt", "fr": "Créé", "ru": "Создано"}[c.lang] + " |"
    sep = "|---|" + "---|" * (len(cols) + 1)
    rows = []
    for i in range(n):
        pp = c.person_parts()
        cells = []
        for k in cols:
            cells.append({"name": lambda: c.person(pp, c.ch(["full", "comma", "mid"])), "email": lambda: c.email(pp),
                          "phone": c.phone, "dob": c.dob, "mrn": c.mrn, "addr": c.street_full}[k]())
        rows.append(cat("| %d | " % (i + 1), join(" | ", cells), " | ", c.neg_date() if c.p(0.5) else c.ts(), " |"))
    return cat(intro, "\n\n", hdr, "\n", sep, "\n", join("\n", rows)), "crm", "table"


def r_restate(c):
    pp = c.person_parts()
    st = c.street_full()
    lang = c.lang
    if lang == "en":
        body = cat("I've updated the record for ", c.person(pp), ". The new address is ", st, ", and future "
                   "notifications will go to ", c.email(pp), ". The change was logged at ", c.ts(), " under ", c.order_id(), ".")
    elif lang == "de":
        body = cat("Ich habe den Datensatz von ", c.person(pp), " aktualisiert. Neue Anschrift: ", st,
                   "; Benachrichtigungen gehen künftig an ", c.email(pp), ". Änderung protokolliert am ", c.neg_date(), " (", c.order_id(), ").")
    elif lang == "fr":
        body = cat("J'ai mis à jour la fiche de ", c.person(pp), " : nouvelle adresse ", st,
                   ", et les notifications seront envoyées à ", c.email(pp), ". Modification enregistrée le ", c.neg_date(), ".")
    else:
        body = cat("Я обновил карточку: ", c.person(pp), ". Новый адрес — ", st, ", уведомления будут приходить на ",
                   c.email(pp), ". Изменение зафиксировано ", c.ts(), ", заявка ", c.order_id(), ".")
    if c.p(0.4):
        body = cat(body, " ", {"en": "The phone number stays ", "de": "Die Telefonnummer bleibt ",
                              "fr": "Le numéro reste le ", "ru": "Телефон остаётся прежним: "}[lang], c.phone(), ".")
    return body, "crm", "restate"


def r_ticket(c):
    pp = c.person_parts()
    t = {"en": ("**Ticket summary**", "Customer", "Reported", "Payment card", "Requested action",
                "refund the duplicate charge of"),
         "de": ("**Ticket-Zusammenfassung**", "Kunde", "Gemeldet", "Zahlungskarte", "Gewünschte Aktion",
                "doppelte Abbuchung erstatten über"),
         "fr": ("**Résumé du ticket**", "Client", "Signalé", "Carte de paiement", "Action demandée",
                "rembourser le double prélèvement de"),
         "ru": ("**Сводка по обращению**", "Клиент", "Создано", "Карта", "Требуемое действие",
                "вернуть двойное списание на сумму")}[c.lang]
    lines = [cat("1. ", t[1], ": ", c.person(pp), " (", c.email(pp), ")"),
             cat("2. ", t[2], ": ", c.ts(), ", ", c.order_id()),
             cat("3. ", t[3], ": ", c.card() if c.p(0.7) else c.cardlike_neg()),
             cat("4. ", t[4], ": ", t[5], " ", c.number())]
    if c.p(0.5):
        lines.append(cat("5. ", LBL[c.lang]["phone"], ": ", c.phone()))
    return cat(t[0], "\n\n", join("\n", lines), "\n\n", c.filler(1)), "support", "numbered"


def r_letter(c):
    pp_to, pp_from = c.person_parts(), c.person_parts()
    fam = c.fam_full(pp_to) if pp_to["lang"] != "ru" else pp_to["family"]
    lang = c.lang
    sig_name = c.person(pp_from, c.ch(["full", "mid", "initials2"]))
    st = c.street_full(sep="\n")
    if lang == "en":
        head = cat("Here's a draft you can send:\n\n---\nSubject: Your ", c.title("en"), " request\n\nDear ",
                   c.ch(["Ms. ", "Mr. ", "Dr. ", "Mx. "]), E("PERSON", fam, pp_to["lang"]), ",\n\n",
                   "Thank you for your message of ", c.neg_date(), ". We have attached the documents and will be in touch shortly.\n\n"
                   "Kind regards,\n")
    elif lang == "de":
        head = cat("Hier ein Entwurf:\n\n---\nBetreff: Ihre Anfrage vom ", c.neg_date(), "\n\nSehr geehrte",
                   "r Herr " if not pp_to["fem"] else " Frau ", E("PERSON", fam, pp_to["lang"]), ",\n\n"
                   "vielen Dank für Ihre Nachricht. Die Unterlagen liegen bei.\n\nMit freundlichen Grüßen\n")
    elif lang == "fr":
        head = cat("Voici un brouillon :\n\n---\nObjet : votre demande du ", c.neg_date(), "\n\n",
                   "Madame " if pp_to["fem"] else "Monsieur ", E("PERSON", fam, pp_to["lang"]), ",\n\n"
                   "Nous vous remercions pour votre message. Vous trouverez les pièces jointes ci-dessous.\n\n"
                   "Cordialement,\n")
    else:
        nm = c.person(pp_to, "comma") if True else None
        head = cat("Вот черновик письма:\n\n---\nТема: ответ на обращение ", c.order_id(), "\n\nУважаемый(ая) ",
                   nm, "!\n\nБлагодарим за обращение. Документы приложены.\n\nС уважением,\n")
    sig = cat(sig_name, "\n", c.ch(["Customer Success", "Kundenservice", "Service client", "Отдел сопровождения",
                                    "Data Protection Office"]), "\n", st, "\n",
              LBL[lang]["phone"], ": ", c.phone(), "\n", c.email(pp_from))
    return cat(head, sig, "\n---"), "email", "letter"


def r_env(c):
    pp = c.person_parts()
    host = c.ch(["db.prod.internal", "10.0.3.12", "pg-main.svc", "mysql-01.corp.lan"])
    user = c.ch(["app_rw", "svc_billing", "etl", "analytics"])
    scheme = c.ch(["postgres", "mysql", "mongodb+srv", "amqp"])
    lines = [cat("PG_DSN=", scheme, "://", user, ":", c.password("db_password"), "@", host, ":", str(c.ri(1024, 65000)), "/app"),
             cat("OPENAI_KEY=", c.token("openai_like")),
             cat("STRIPE_SECRET=", c.token("stripe")),
             cat("OPS_CONTACT=", c.email(pp)),
             cat("SMTP_PASS=", c.password()),
             cat("BUILD_SHA=", c.sha(40)),
             cat("RELEASE=", c.version(False))]
    c.rng.shuffle(lines)
    lines = lines[:c.ri(4, 7)]
    intro = loc5(c, ["Here is the generated `.env` for the staging stack:", "I filled in the `.env` from your notes:",
                  "Hier ist die erzeugte `.env`:", "Voici le fichier `.env` généré :", "Вот сгенерированный `.env`:"])
    return cat(intro, "\n\n```dotenv\n", join("\n", lines), "\n```\n\n", loc5(c, [
        "Remember to keep this file out of version control.", "Don't paste this into public issues.",
        "Bitte nicht einchecken.", "Ne le versionnez pas.", "Не коммитьте этот файл."])), "devops", "dotenv"


def r_sql(c):
    rows = []
    for _ in range(c.ri(1, 3)):
        pp = c.person_parts()
        nm = c.person_str(pp, "full")[0].replace("'", "''")
        rows.append(cat("  (", str(c.ri(1000, 99999)), ", '", E("PERSON", nm, pp["lang"]), "', '", c.email(pp), "', '",
                        c.dob(c.ch(["en_US", c.locale])) if False else E("DATE_OF_BIRTH", "%d-%02d-%02d" % (c.ri(1935, 2005), c.ri(1, 12), c.ri(1, 28))),
                        "', '", c.phone(), "', '", c.ts(), "')"))
    tbl = c.ch(["customers", "patients", "crm.contacts", "kunden", "clients"])
    return cat(loc5(c, ["Here's the SQL to insert those rows:", "The INSERT statement would be:",
                     "So sieht das INSERT aus:", "Voici la requête :", "Вот SQL-запрос:"]),
               "\n\n```sql\nINSERT INTO ", tbl, " (row_no, person, mail, born, tel_no, created)\nVALUES\n",
               join(",\n", rows), ";\n```"), "sql", "insert"


def r_curl(c):
    pp = c.person_parts()
    k = c.ri(0, 2)
    if k == 0:
        auth = cat("-H 'Authorization: Bearer ", c.jwt(c.email_str(pp) if c.p(0.3) else None), "'")
    elif k == 1:
        auth = cat("-u 'svc-export:", c.password(), "'")
    else:
        auth = cat("-H 'x-api-key: ", c.token(c.ch(["openai_like", "google_api", "stripe"])), "'")
    body = cat("{\"contact\": \"", c.email(pp), "\", \"callback\": \"", c.phone(), "\", \"trace\": \"", c.uuid(), "\"}")
    url = c.ch(["https://api.internal.example/v2/leads", "https://crm.example.net/api/contacts",
                "http://10.20.0.5:8080/ingest"])
    return cat(loc5(c, ["You can reproduce it with:", "Here's the curl call:", "Mit diesem Aufruf:", "Avec cette commande :",
                     "Запрос для воспроизведения:"]), "\n\n```bash\ncurl -sS -X POST ", url, " \\\n  ", auth,
               " \\\n  -H 'Content-Type: application/json' \\\n  -d '", body, "'\n```"), "devops", "curl"


def r_pydict(c):
    pp = c.person_parts()
    items = [cat("    \"holder\": \"", c.person(pp), "\","),
             cat("    \"born\": \"", c.dob(), "\","),
             cat("    \"acct\": \"", c.iban(), "\","),
             cat("    \"card_no\": \"", c.card(), "\","),
             cat("    \"score\": ", c.number(), ",")]
    if c.locale == "ru_RU":
        items.append(cat("    \"inn_code\": \"", c.inn(), "\","))
    if c.locale == "en_US":
        items.append(cat("    \"ssn_full\": \"", c.ssn(), "\","))
    return cat(loc5(c, ["As a Python dict:", "Here it is as a dict you can paste into the test:", "Als Python-Dict:",
                     "Sous forme de dict Python :", "В виде словаря Python:"]),
               "\n\n```python\nrecord = {\n", join("\n", items), "\n}\n```"), "finance", "pydict"


def r_yaml(c):
    pp = c.person_parts()
    y = cat("```yaml\nsmtp:\n  host: smtp.", c.ch(["mailgun.org", "office365.com", "example.net"]), "\n  user: ",
            c.email(pp), "\n  password: \"", c.password(), "\"\naws:\n  key_id: ", c.aws_id(), "\n  secret: ",
            c.aws_secret(), "\nalerts:\n  oncall: ", c.person(pp, "full"), "\n  pager: \"", c.phone(), "\"\nimage: ",
            "registry.example.com/api:", c.version(False), "\n```")
    return cat(loc5(c, ["Here's the YAML with the values filled in:", "Updated `config.yaml`:", "Die fertige YAML-Datei:",
                     "Le YAML complété :", "Готовый YAML:"]), "\n\n", y), "devops", "yaml"


def r_rag(c):
    pp = c.person_parts()
    lang = c.lang
    if lang == "en":
        t = cat("According to the intake form [2], ", c.person(pp), " (born ", c.dob(), ") was seen on ", c.neg_date(),
                " and the chart number is ", c.mrn(), ". The referral letter [1] lists the contact number ", c.phone(),
                ".\n\nSources:\n[1] referral_", c.sha(8), ".pdf, p. 2\n[2] intake-", c.uuid(), ".docx")
    elif lang == "de":
        t = cat("Laut Aufnahmebogen [2] ist ", c.person(pp), " am ", c.dob(), " geboren; Fallnummer ", c.mrn(),
                ". Im Arztbrief [1] vom ", c.neg_date(), " steht die Rückrufnummer ", c.phone(), ".\n\nQuellen:\n[1] arztbrief_",
                c.sha(8), ".pdf\n[2] aufnahme-", c.uuid(), ".pdf")
    elif lang == "fr":
        t = cat("D'après le formulaire d'admission [2], ", c.person(pp), " est né(e) le ", c.dob(),
                " ; numéro de dossier ", c.mrn(), ". La lettre [1] du ", c.neg_date(), " mentionne le ", c.phone(),
                ".\n\nSources :\n[1] courrier_", c.sha(8), ".pdf\n[2] admission-", c.uuid(), ".pdf")
    else:
        t = cat("Согласно анкете [2], ", c.person(pp), ", дата рождения ", c.dob(), ", номер медкарты ", c.mrn(),
                ". В направлении [1] от ", c.neg_date(), " указан телефон ", c.phone(), ".\n\nИсточники:\n[1] napr_",
                c.sha(8), ".pdf\n[2] anketa-", c.uuid(), ".pdf")
    return t, "medical", "rag_cite"


def r_refusal(c):
    k = c.ri(0, 3)
    lang = c.lang
    if k == 0:
        v = c.card()
        t = {"en": cat("I can't process a payment with card ", v, " on your behalf, but you can do it in the billing portal."),
             "de": cat("Ich kann keine Zahlung mit der Karte ", v, " auslösen; bitte nutzen Sie das Kundenportal."),
             "fr": cat("Je ne peux pas effectuer de paiement avec la carte ", v, ", mais vous pouvez le faire dans l'espace client."),
             "ru": cat("Я не могу провести оплату картой ", v, ", но это можно сделать в личном кабинете.")}[lang]
    elif k == 1:
        v = c.ssn() if c.locale in ("en_US", "en_GB") else c.passport() if lang == "ru" else c.iban()
        t = {"en": cat("I'm not able to verify identity using ", v, " - please contact the verification team instead."),
             "de": cat("Eine Prüfung anhand von ", v, " ist mir nicht möglich."),
             "fr": cat("Je ne peux pas vérifier l'identité à partir de ", v, "."),
             "ru": cat("Я не могу проверить личность по данным ", v, ".")}[lang]
    elif k == 2:
        pp = c.person_parts()
        t = {"en": cat("Sorry, I can't look up where ", c.person(pp), " lives. I only have the work address on file (",
                       c.email(pp), ")."),
             "de": cat("Ich darf die Privatadresse von ", c.person(pp), " nicht herausgeben; hinterlegt ist nur ", c.email(pp), "."),
             "fr": cat("Je ne peux pas communiquer l'adresse de ", c.person(pp), " ; seul ", c.email(pp), " est renseigné."),
             "ru": cat("Я не могу сообщить домашний адрес: ", c.person(pp), ". В карточке есть только ", c.email(pp), ".")}[lang]
    else:
        v = c.token()
        t = cat({"en": "I won't use the credential you pasted (", "de": "Den eingefügten Schlüssel (",
                 "fr": "Je n'utiliserai pas la clé collée (", "ru": "Я не буду использовать вставленный ключ ("}[lang], v,
                {"en": "). Please revoke it; it was exposed in this conversation.", "de": ") verwende ich nicht - bitte widerrufen.",
                 "fr": ") ; révoquez-la dès que possible.", "ru": "). Отзовите его как можно скорее."}[lang])
    if c.p(0.4):
        t = cat(t, " ", c.ch(["Reference", "Ref.", "Réf.", "Номер"]), " ", c.order_id(), ".")
    return t, "policy", "refusal"


def r_translate(c):
    pp = c.person_parts()
    tgt = c.lang
    src = c.ch([x for x in ["en", "de", "fr", "ru"] if x != tgt])
    lnames = {"en": "English", "de": "German", "fr": "French", "ru": "Russian"}
    st = c.street_full()
    quote = {"en": cat("> Please send the contract to ", c.person(pp), ", ", st, ". Phone: ", c.phone(), "."),
             "de": cat("> Bitte senden Sie den Vertrag an ", c.person(pp), ", ", st, ". Telefon: ", c.phone(), "."),
             "fr": cat("> Merci d'envoyer le contrat à ", c.person(pp), ", ", st, ". Tél. : ", c.phone(), "."),
             "ru": cat("> Пожалуйста, отправьте договор: ", c.person(pp), ", ", st, ". Телефон: ", c.phone(), ".")}[tgt]
    intro = {"en": "Here's the %s text translated into English:" % lnames[src],
             "de": "Hier die Übersetzung ins Deutsche (Quelle: %s):" % lnames[src],
             "fr": "Voici la traduction en français (source : %s) :" % lnames[src],
             "ru": "Перевод на русский (исходный язык: %s):" % lnames[src]}[tgt]
    return cat(intro, "\n\n", quote, "\n\n", c.filler(1)), "translation", "blockquote"


def r_medical(c):
    pp = c.person_parts()
    lang = c.lang
    hdr = {"en": "### Discharge note", "de": "### Entlassbrief", "fr": "### Compte rendu de sortie", "ru": "### Выписка"}[lang]
    L = LBL[lang]
    lines = [cat("**", L["name"], ":** ", c.person(pp, c.ch(["caps", "comma", "full"]))),
             cat("**", L["dob"], ":** ", c.dob()),
             cat("**", L["mrn"], ":** ", c.mrn()),
             cat("**", {"en": "Admitted", "de": "Aufnahme", "fr": "Admission", "ru": "Поступил(а)"}[lang], ":** ", c.neg_date()),
             cat("**", {"en": "Discharged", "de": "Entlassung", "fr": "Sortie", "ru": "Выписан(а)"}[lang], ":** ", c.neg_date())]
    if c.p(0.4):
        lines.append(cat("**", {"en": "GP", "de": "Hausarzt", "fr": "Médecin traitant", "ru": "Лечащий врач"}[lang], ":** ",
                         c.person(None, c.ch(["initial", "full"]))))
    return cat(hdr, "\n\n", join("  \n", lines), "\n\n", c.filler(1)), "medical", "bold_labels"


def r_kyc(c):
    pp = c.person_parts("ru")
    if c.lang == "ru":
        t = cat("Проверка KYC пройдена для клиента ", c.person(pp), ":\n\n| Документ | Значение |\n|---|---|\n| Паспорт | ",
                c.passport(), " |\n| СНИЛС | ", c.snils(), " |\n| ИНН | ", c.inn(), " |\n| Дата проверки | ", c.neg_date(), " |")
    else:
        t = cat("KYC passed for ", c.person(pp), ". Documents checked: passport ", c.passport(), ", SNILS ", c.snils(),
                ", taxpayer id ", c.inn(), ". Check run ", c.uuid(), " finished at ", c.ts(), ".")
    return t, "kyc", "ru_docs"


def r_incident(c):
    k = c.token()
    t = cat(c.ch(["## Incident recap", "## Findings", "## Zusammenfassung", "## Synthèse", "## Итоги"]), "\n\n",
            "- Source address: ", c.ipv4(False), " (then ", c.ipv6() if c.p(0.5) else c.ipv4(), ")\n",
            "- Agent build: ", c.version(True), "\n",
            "- Leaked credential: `", k, "` (key fingerprint sha256 ", c.sha(64), ")\n",
            "- First seen: ", c.ts(), "\n\n", "Rotate the credential and block the address at the edge.")
    return t, "security", "incident"


def r_refund(c):
    pp = c.person_parts()
    lang = c.lang
    t = {"en": cat("The refund of ", c.number(), " EUR will be wired to ", c.iban(), " (account holder ", c.person(pp),
                   "). The original charge on card ", c.card(), " is reversed under ", c.order_id(), "."),
         "de": cat("Die Erstattung über ", c.number(), " EUR geht an ", c.iban(), " (Kontoinhaber: ", c.person(pp),
                   "). Die Belastung der Karte ", c.card(), " wird storniert."),
         "fr": cat("Le remboursement de ", c.number(), " EUR sera versé sur ", c.iban(), " (titulaire : ", c.person(pp),
                   "). Le débit sur la carte ", c.card(), " est annulé."),
         "ru": cat("Возврат ", c.number(), " EUR будет отправлен на ", c.iban(), " (получатель: ", c.person(pp),
                   "). Списание по карте ", c.card(), " отменено.")}[lang]
    return t, "finance", "refund"


def r_negonly(c):
    t = c.ch([
        lambda: cat("The batch finished: ", c.number(), " documents scored, run id ", c.uuid(), ", completed ", c.ts(),
                    ". Model ", c.version(), ", weights digest ", c.sha(), "."),
        lambda: cat("## ", c.title(), "\n\nShipment ", c.order_id(), " was dispatched on ", c.neg_date(), "; gift card ref ",
                    c.cardlike_neg(), " is not a payment card. Install ", c.emaillike(), " to reproduce."),
        lambda: cat("Embedding cache key: ", c.b64(), " (created ", c.ts(), ", build ", c.version(True), ")."),
    ] + ([lambda: cat("Ответ модели: класс 3, вероятность ", c.number(), ", версия ", c.version(), ", запрос ", c.order_id(), ".")]
         if c.lang == "ru" else []))()
    return t, "ops", "neg_only"


def r_hr_quote(c):
    pp = c.person_parts("en") if c.locale != "en_US" else c.person_parts()
    t = cat("From the HR export you attached:\n\n> Employee: ", c.person(pp), "\n> SSN: ", c.ssn(), "\n> DOB: ",
            c.dob("en_US"), "\n> Start date: ", c.neg_date("en_US"), "\n> Payroll id: ", NG("NEG_NUMBER", str(c.ri(100000000, 999999999))),
            "\n\n", c.filler(1, "en"))
    return t, "hr", "blockquote"


def r_pem(c):
    t = cat(loc5(c, ["The file you pasted contains a private key:", "Your log includes this key material:",
                  "Die Datei enthält einen privaten Schlüssel:", "Le fichier contient une clé privée :",
                  "В файле есть закрытый ключ:"]), "\n\n```\n", c.pem(), "\n```\n\n",
            loc5(c, ["Treat it as compromised.", "Generate a new pair and revoke this one.", "Bitte sofort ersetzen.",
                  "Remplacez-la.", "Замените его."]))
    return t, "security", "pem"


CHAT = [(r_bullets, 3), (r_table, 2), (r_restate, 2), (r_ticket, 2), (r_letter, 2), (r_env, 1), (r_sql, 1), (r_curl, 1),
        (r_pydict, 1), (r_yaml, 1), (r_rag, 2), (r_refusal, 2), (r_translate, 1), (r_medical, 2), (r_kyc, 1),
        (r_incident, 1), (r_refund, 2), (r_negonly, 2), (r_hr_quote, 1), (r_pem, 1)]
EN_ONLY = {r_hr_quote}

# ---------------------------------------------------------------------------------------------
# JSON renderers (model-server responses)


def person_obj(c, pp=None, rich=True):
    pp = pp or c.person_parts()
    o = {"fullName": c.person(pp), "contactEmail": c.email(pp), "mobileNo": c.phone()}
    if c.p(0.6):
        o["birthdate"] = c.dob()
    if c.p(0.5):
        st, _, city, pc = c.street()
        o["homeAddress"] = {"line": st, "town": IG(city), "postCode": IG(pc)}
    if c.locale == "ru_RU" and c.p(0.6):
        o["inn_no"] = Raw(c.inn(json_number=True)) if c.p(0.4) else c.inn()
        o["snils_no"] = c.snils()
    if c.locale == "en_US" and c.p(0.3):
        o["ssnValue"] = c.ssn()
    return o


def j_toolcall(c):
    pp = c.person_parts()
    args = person_obj(c, pp)
    fn = c.ch(["create_contact", "update_customer", "book_appointment", "send_invoice"])
    tree = {"responseId": c.order_id(), "modelName": c.ch(["gpt-4o-mini", "llama-3.1-70b-instruct", "mistral-large"]),
            "toolInvocations": [{"callId": "call_" + c.s(AN, 24), "kind": "function",
                                 "toolName": fn, "argsJson": Enc(args)}],
            "stopReason": "tool_calls", "tokenCounts": {"input": c.ri(50, 4000), "output": c.ri(10, 900)}}
    if c.p(0.4):
        tree["toolInvocations"].append({"callId": "call_" + c.s(AN, 24), "kind": "function", "toolName": "log_event",
                                        "argsJson": Enc({"at": c.ts(), "trace": c.uuid()})})
    return tree, "agent", "tool_calls_double_encoded"


def j_jsonmode(c):
    tree = {"answerType": "customer_lookup", "customer": person_obj(c), "confidence": float("0.%02d" % c.ri(50, 99)),
            "generatedAt": c.ts()}
    if c.p(0.5):
        tree["paymentInfo"] = {"acct": c.iban(), "cardNo": c.card(), "lastTxn": c.order_id()}
    return tree, "crm", "json_mode"


def j_extract(c):
    pp = c.person_parts()
    src = cat(c.ch(["Patient ", "Kunde ", "Client ", "Пациент ", "Applicant "]), c.person(pp), ", ", c.dob(), ", ", c.mrn())
    tree = {"extracted": {"patientName": c.person(pp), "dateOfBirth": c.dob(), "chartNo": c.mrn(),
                          "visitDate": c.neg_date()},
            "sourceSnippet": src, "extractorVersion": c.version(False), "elapsedMs": c.ri(20, 900)}
    return tree, "medical", "structured_extraction"


def j_classifier(c):
    pp = c.person_parts()
    inp = c.ch([
        lambda: cat("Hi, this is ", c.person(pp), ", my card ", c.card(), " was charged twice, call me at ", c.phone()),
        lambda: cat("Bitte Adresse ändern auf ", c.street_full("de_DE"), " - ", c.person(pp)),
        lambda: cat("Mon IBAN a changé : ", c.iban(), ". Merci, ", c.person(pp)),
        lambda: cat("Пишу с нового адреса ", c.email(pp), ", паспорт ", c.passport()),
        lambda: cat("Login failed from ", c.ipv4(), " for ", c.email(pp)),
    ])()
    labels = ["billing", "address_change", "account", "security", "other"]
    c.rng.shuffle(labels)
    tree = {"inputText": inp, "predictions": [{"labelId": c.ri(0, 40), "labelName": l, "score": float("0.%04d" % c.ri(1, 9999))}
                                              for l in labels[:c.ri(2, 4)]],
            "classifierVersion": c.version(), "requestUuid": c.uuid(), "servedAt": c.ts()}
    return tree, "classifier", "echo_input"


def j_batch(c):
    outs = []
    for i in range(c.ri(2, 4)):
        pp = c.person_parts()
        outs.append({"customId": "row-%d" % i, "echo": cat(c.person(pp), " <", c.email(pp), ">"),
                     "prediction": {"intent": c.ch(["refund", "cancel", "upgrade"]), "p": float("0.%03d" % c.ri(1, 999))}})
    return {"batchRef": c.order_id(), "outputs": outs, "completedAt": c.ts()}, "batch", "echo_rows"


def j_agent(c):
    pp = c.person_parts()
    steps = [{"stepNo": 1, "thought": "look up the customer", "toolName": "crm.search",
              "observation": Enc({"hit": {"who": c.person(pp), "mailTo": c.email(pp)}, "scoreRaw": float("0.%02d" % c.ri(1, 99))})},
             {"stepNo": 2, "thought": "verify payment", "toolName": "billing.get",
              "observation": Enc({"cardOnFile": c.card(), "acct": c.iban(), "fetchedAt": c.ts()})},
             {"stepNo": 3, "thought": "reply", "finalText": cat("Done - refund for ", c.person(pp), " queued as ", c.order_id(), ".")}]
    return {"runUuid": c.uuid(), "agentSteps": steps}, "agent", "steps_nested_json"


def j_ner(c):
    pp = c.person_parts()
    nm, em, ph = c.person_str(pp)[0], c.email_str(pp), c.phone_str()
    pre = "Contact "
    txt = pre + nm + " at " + em + " or " + ph[0]
    o1 = len(pre)
    spans = [{"surface": E("PERSON", nm, pp["lang"]), "begin": o1, "finish": o1 + len(nm), "tag": "PER"},
             {"surface": E("EMAIL", em), "begin": o1 + len(nm) + 4, "finish": o1 + len(nm) + 4 + len(em), "tag": "EMAIL"},
             {"surface": E("PHONE", ph[0], ph[1]), "begin": len(txt) - len(ph[0]), "finish": len(txt), "tag": "PHONE"}]
    src = cat(pre, E("PERSON", nm, pp["lang"]), " at ", E("EMAIL", em), " or ", E("PHONE", ph[0], ph[1]))
    return {"sourceText": src, "spans": spans, "nerModel": c.version(False)}, "ner", "span_list"


def j_secrets(c):
    finds = []
    for _ in range(c.ri(1, 3)):
        kind = c.ch(["aws", "slack", "github", "gitlab", "pem", "password"])
        if kind == "pem":
            m = c.pem(lines=c.ri(2, 4))
        elif kind == "password":
            m = c.password()
        else:
            m = c.token({"aws": "aws_access_key_id", "slack": "slack", "github": c.ch(["github_pat_classic", "github_pat_fine", "github_other"]),
                         "gitlab": "gitlab"}[kind])
        finds.append({"detector": kind, "match": m, "file": c.ch(["deploy/values.yaml", ".env.local", "src/settings.py", "notes.md"]),
                      "lineNo": c.ri(1, 400), "commitRef": c.sha(40)})
    return {"scanId": c.uuid(), "findings": finds, "scannerBuild": c.version()}, "security", "secret_scan"


def j_rag(c):
    pp = c.person_parts()
    ans = cat({"en": "Per source [1], ", "de": "Laut Quelle [1] ", "fr": "Selon la source [1], ", "ru": "По данным [1], "}[c.lang],
              c.person(pp), " ", {"en": "can be reached at", "de": "ist erreichbar unter", "fr": "est joignable au",
                                   "ru": "доступен(на) по номеру"}[c.lang], " ", c.phone(), ".")
    cites = [{"docRef": c.uuid(), "snippet": cat(c.person(pp), ", ", c.street_full()), "rank": 1},
             {"docRef": c.uuid(), "snippet": c.filler(1), "rank": 2}]
    return {"answerText": ans, "citations": cites, "retrievedAt": c.ts()}, "rag", "citations"


JSON_R = [(j_toolcall, 3), (j_jsonmode, 2), (j_extract, 2), (j_classifier, 3), (j_batch, 1), (j_agent, 2), (j_ner, 1),
          (j_secrets, 1), (j_rag, 2)]


def ndjson_log(c, n):
    lines = []
    for i in range(n):
        kind = c.ri(0, 4)
        if kind == 0:
            ev = {"t": c.ts(), "ev": "tool_result", "tool": "crm.lookup", "out": cat("found ", c.person(), " / ", c.email())}
        elif kind == 1:
            ev = {"t": c.ts(), "ev": "http", "peer": c.ipv4(), "lat": c.ri(2, 900), "trace": c.uuid()}
        elif kind == 2:
            ev = {"t": c.ts(), "ev": "llm_call", "tokensIn": c.ri(10, 9000), "cost": c.number(), "runtime": c.version()}
        elif kind == 3:
            ev = {"t": c.ts(), "ev": "tool_args", "argsJson": Enc({"to": c.email(), "tel_no": c.phone()})}
        else:
            ev = {"t": c.ts(), "ev": "warn", "detail": cat("secret in prompt: ", c.token())}
        lines.append(ser(ev, None, True))
    return join("\n", lines)

# ---------------------------------------------------------------------------------------------
# obfuscated documents (own sentences)

OBF_KINDS = {"EMAIL": ["zero_width", "homoglyph", "words", "words", "defang", "fullwidth"],
             "PHONE": ["spelled", "spaced", "fullwidth", "zero_width", "dotted"],
             "US_SSN": ["spelled", "spaced", "dotted", "fullwidth"],
             "CREDIT_CARD": ["spaced", "dotted", "fullwidth", "zero_width"],
             "IBAN": ["fullwidth", "zero_width", "spaced"], "IPV4": ["defang", "defang", "fullwidth", "zero_width"],
             "IPV6": ["defang"], "PERSON": ["homoglyph", "spaced", "zero_width"], "API_KEY": ["homoglyph", "zero_width"],
             "RU_PASSPORT": ["spaced", "fullwidth", "spelled"], "RU_SNILS": ["spaced", "fullwidth", "spelled"],
             "RU_INN": ["spaced", "fullwidth", "zero_width"], "DATE_OF_BIRTH": ["fullwidth", "zero_width"],
             "MEDICAL_RECORD_NUMBER": ["fullwidth", "spaced"], "STREET_ADDRESS": ["homoglyph", "zero_width"]}


def obf_doc(c):
    lang = c.lang

    def O(r, kind=None):
        (v, lab, _), = r.segs
        kind = kind or c.ch(OBF_KINDS[lab.type])
        return obf_ent(c, r, kind, lang)
    k = c.ri(0, 9)
    if k == 0:
        t = {"en": cat("The speech-to-text output gives the callback number as ", O(c.phone()), "."),
             "de": cat("Laut Transkript lautet die Rückrufnummer ", O(c.phone()), "."),
             "fr": cat("D'après la transcription, le numéro de rappel est ", O(c.phone()), "."),
             "ru": cat("В расшифровке звонка номер для связи: ", O(c.phone()), ".")}[lang]
    elif k == 1:
        t = cat({"en": "Reply-to, as the model wrote it: ", "de": "Antwortadresse laut Modell: ", "fr": "Adresse de réponse : ",
                 "ru": "Адрес для ответа: "}[lang], O(c.email()), ". ", c.ch(["", "Ticket "]), c.order_id() if c.p(0.4) else "")
    elif k == 2:
        t = cat("Card read back by the assistant: ", O(c.card()), "; expiry not captured.")
    elif k == 3:
        t = cat("IOC list from the triage bot: ", O(c.ipv4(False)), ", ", O(c.ipv6() if c.p(0.4) else c.ipv4(False)),
                " (sensor build ", c.version(True), ").")
    elif k == 4:
        t = cat({"en": "Account holder ", "de": "Kontoinhaber ", "fr": "Titulaire ", "ru": "Владелец счёта "}[lang],
                O(c.person()), ", IBAN ", O(c.iban()), ".")
    elif k == 5:
        t = cat("Token from the pasted log: ", O(c.token(c.ch(["github_pat_classic", "slack", "stripe", "openai_like", "gitlab",
                                                               "aws_access_key_id", "google_api"]))), " - rotate it.")
    elif k == 6:
        t = cat({"en": "Documents on file: passport ", "ru": "Документы: паспорт "}.get(lang, "Docs: passport "),
                O(c.passport()), ", SNILS ", O(c.snils()), ", INN ", O(c.inn()), ".")
    elif k == 7:
        t = cat("The form was filled as SSN ", O(c.ssn()), ", DOB ", O(c.dob("en_US")), ".")
    elif k == 8:
        t = cat({"en": "Chart ", "de": "Fallnummer ", "fr": "Dossier ", "ru": "Медкарта "}[lang], O(c.mrn()), " - ",
                O(c.person()), ", ", c.neg_date(), ".")
    else:
        st, tail, _, _ = c.street()
        t = cat({"en": "Ship to ", "de": "Lieferung an ", "fr": "Livrer au ", "ru": "Доставка: "}[lang], O(st), ", ", tail,
                "; contact ", O(c.email()), ".")
    return t, "obf", "k%d" % k

# ---------------------------------------------------------------------------------------------
# long shapes


def weighted(c, table):
    tot = sum(w for _, w in table)
    x = c.rng.random() * tot
    for f, w in table:
        x -= w
        if x < 0:
            return f
    return table[-1][0]


def chat_one(c):
    f = weighted(c, CHAT)
    if f in EN_ONLY and c.lang != "en":
        f = r_bullets
    r, dom, rend = f(c)
    if c.p(0.45):
        r = cat(r, "\n\n", c.title(), ": ", c.ch([c.b64, c.cardlike_neg, c.emaillike, c.sha])())
    return r, dom, rend


def text_long(c, target):
    parts, n = [], 0
    heads = {"en": "## Part %d", "de": "## Abschnitt %d", "fr": "## Partie %d", "ru": "## Раздел %d"}[c.lang]
    i = 0
    while n < target:
        i += 1
        if c.p(0.12):
            body = cat("```jsonl\n", ndjson_log(c, c.ri(3, 8)), "\n```")
        else:
            body = chat_one(c)[0]
        sec = cat(heads % i, "\n\n", body, "\n\n", c.filler(c.ri(1, 3)))
        parts.append(sec)
        n += len(sec.plain()) + 2
    return join("\n\n", parts)


def json_long(c, target, indent):
    items, n = [], 0
    while n < target:
        f = weighted(c, JSON_R)
        tree = f(c)[0]
        items.append(tree)
        n += len(ser(tree, indent).plain()) + 4
    return {"responsesBatch": items, "pageToken": c.order_id(), "servedBy": c.version(True)}

# ---------------------------------------------------------------------------------------------
# validation


def validate(doc, cleans):
    t = doc["text"]
    if doc["shape"] == "stream":
        ch = doc["chunks"]
        if "".join(ch) != t or any(not (1 <= len(x) <= 16) for x in ch):
            die("bad chunks in %s" % doc["id"])
    if doc["format"] == "json":
        try:
            json.loads(t)
        except ValueError as ex:
            die("JSON document %s does not parse: %s" % (doc["id"], ex))
    spans = []
    for e in doc["entities"]:
        if t[e["start"]:e["end"]] != e["value"] or not e["value"]:
            die("offset mismatch %s %r" % (doc["id"], e))
        if e["value"] != e["value"].strip():
            die("untrimmed entity %s %r" % (doc["id"], e["value"]))
        spans.append((e["start"], e["end"], "E"))
        if "core" in e:
            cs, ce = e["core"]
            if not (e["start"] < cs < ce < e["end"]):
                die("bad core")
    for n in doc["negatives"]:
        if t[n["start"]:n["end"]] != n["value"]:
            die("neg offset mismatch %s" % doc["id"])
        spans.append((n["start"], n["end"], "N"))
    for s, e in doc["ignore"]:
        spans.append((s, e, "I"))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            die("overlapping spans in %s: %r %r" % (doc["id"], a, b))
    for e, cl in zip(doc["entities"], cleans):
        ty, sub = e["type"], e.get("sub")
        v = cl if cl is not None else e["value"]
        if "obf" not in e and cl is not None and ty not in ("API_KEY",):
            if digits(e["value"]) != digits(cl) and ty in ("CREDIT_CARD", "US_SSN", "RU_SNILS", "RU_PASSPORT"):
                die("clean/value digit mismatch %s" % doc["id"])
        ok = True
        if ty == "CREDIT_CARD":
            ok = luhn_ok(digits(v)) and 14 <= len(digits(v)) <= 19
        elif ty == "IBAN":
            ok = iban_ok(v)
        elif ty == "US_SSN":
            ok = ssn_ok(digits(v))
        elif ty == "RU_SNILS":
            ok = snils_ok(digits(v))
        elif ty == "RU_INN":
            ok = inn_ok(digits(v))
        elif ty == "RU_PASSPORT":
            ok = len(digits(v)) == 10
        elif ty == "MEDICAL_RECORD_NUMBER" and sub == "nhs":
            ok = nhs_ok(digits(v))
        elif ty == "EMAIL":
            ok = re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", v) is not None
        elif ty == "IPV4":
            ipaddress.IPv4Address(v)
        elif ty == "IPV6":
            ipaddress.IPv6Address(v)
        elif ty == "API_KEY" and sub == "jwt":
            h = v.split(".")
            ok = len(h) == 3 and json.loads(base64.urlsafe_b64decode(h[0] + "=" * (-len(h[0]) % 4)))["typ"] == "JWT"
        if not ok:
            die("checksum/format failure %s %s %r" % (doc["id"], ty, v))
    for n in doc["negatives"]:
        if n["type"] == "NEG_CARDLIKE" and luhn_ok(digits(n["value"])):
            die("cardlike negative is Luhn-valid")
        if n["type"] == "NEG_UUID":
            import uuid as _u
            _u.UUID(n["value"])

# ---------------------------------------------------------------------------------------------
# driver

SHAPES = [("chat", 188), ("json", 104), ("stream", 52), ("obfuscated", 52), ("json4k", 31), ("text4k", 21), ("long64k", 2)]
LOC_W = {"en_US": 709, "ru_RU": 459, "de_DE": 365, "en_GB": 340, "fr_FR": 283}
NATIVE_P = {"ru_RU": 0.76, "de_DE": 0.76, "fr_FR": 0.8}
STREAM_BASES = [("chat", 26), ("json", 16), ("text4k", 7), ("obfuscated", 3)]


def alloc(n, weights):
    tot = sum(weights.values())
    raw = {k: n * w / tot for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = n - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), k))[:rest]:
        out[k] += 1
    return out


def chunk(c, text):
    out, i = [], 0
    while i < len(text):
        k = c.ri(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


def build(c, shape, idx, seed_tag):
    base = shape
    if shape == "stream":
        base = weighted(c, STREAM_BASES)
    fmt = "json" if base in ("json", "json4k") or (base == "long64k" and c.p(0.5)) else "text"
    if base == "chat":
        r, dom, rend = chat_one(c)
    elif base == "json":
        f = weighted(c, JSON_R)
        tree, dom, rend = f(c)
        ind = c.ch([None, None, 2, 2, 4]) if shape != "stream" else c.ch([None, 2])
        r = ser(tree, ind, compact=(ind is None and c.p(0.4)))
    elif base == "json4k":
        ind = c.ch([None, 2])
        tree = json_long(c, c.ri(3300, 4600), ind)
        r, dom, rend = ser(tree, ind), "mixed", "responses_batch"
    elif base == "text4k":
        r, dom, rend = text_long(c, c.ri(3600, 4600)), "mixed", "sectioned_answer"
    elif base == "obfuscated":
        r, dom, rend = obf_doc(c)
    else:
        if fmt == "json":
            tree = json_long(c, 64000, None)
            r, dom, rend = ser(tree, None), "mixed", "responses_batch_64k"
        else:
            r, dom, rend = text_long(c, 64000), "mixed", "sectioned_answer_64k"
    text, ents, negs, ign, cleans = finalize(r)
    doc = {"id": "s%s-%s-%04d" % (seed_tag, shape, idx), "split": "probe_s", "shape": shape}
    if shape == "stream":
        doc["base_shape"] = base
    doc.update({"format": fmt, "locale": c.locale, "lang": c.lang,
                "template": "s.%s.%s.%s" % (base if base != "obfuscated" else "obf", dom, rend),
                "holdout_only_template": True, "text": text})
    if shape == "stream":
        doc["chunks"] = chunk(c, text)
    doc.update({"entities": ents, "negatives": negs, "ignore": ign})
    validate(doc, cleans)
    return doc


def generate(seed):
    rng = random.Random(seed)
    fakers = {}
    for loc in LOCALES:
        f = Faker(loc)
        f.seed_instance(rng.randrange(2 ** 31))
        fakers[loc] = f
    plan = []
    for shape, n in SHAPES:
        a = alloc(n, LOC_W)
        for loc in LOCALES:
            plan += [(shape, loc)] * a[loc]
    docs, counters = [], collections.Counter()
    for shape, loc in plan:
        if shape == "obfuscated":
            lang = LOC_LANG[loc] if (loc in NATIVE_P and rng.random() < 0.35) else "en"
        else:
            lang = LOC_LANG[loc] if (loc not in NATIVE_P or rng.random() < NATIVE_P[loc]) else "en"
        c = Ctx(rng, fakers, loc, lang)
        docs.append(build(c, shape, counters[shape], str(seed)))
        counters[shape] += 1
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        die("duplicate ids")
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    try:
        docs = generate(a.seed)
    except ProbeError as e:
        sys.stderr.write("make_probe_s: VALIDATION FAILED: %s\n" % e)
        sys.exit(2)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if a.summary:
        C = collections.Counter
        print("docs", len(docs))
        print("shape", dict(C(d["shape"] for d in docs)))
        print("base_shape", dict(C(d.get("base_shape") for d in docs if d["shape"] == "stream")))
        print("locale", dict(C(d["locale"] for d in docs)))
        print("locale/lang", dict(C("%s/%s" % (d["locale"], d["lang"]) for d in docs)))
        print("entities", dict(C(e["type"] for d in docs for e in d["entities"]).most_common()))
        print("subs", dict(C("%s:%s" % (e["type"], e.get("sub")) for d in docs for e in d["entities"]).most_common()))
        print("obf", dict(C(e["obf"] for d in docs for e in d["entities"] if "obf" in e).most_common()))
        print("negatives", dict(C(n["type"] for d in docs for n in d["negatives"]).most_common()))
        print("ignore", sum(len(d["ignore"]) for d in docs))
        print("templates", len(set(d["template"] for d in docs)))


if __name__ == "__main__":
    main()
