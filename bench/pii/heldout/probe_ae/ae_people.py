"""Synthetic people: names, birth dates, e-mail, phones and street addresses per locale.

Names and streets come from Faker (seeded per run); everything else is composed here.
"""
import sys
import unicodedata

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

from ae_common import E, IG, T, R, rand_date, fmt_date

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG_OF = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}

_FAKERS = {}


def init_fakers(seed):
    _FAKERS.clear()
    for i, loc in enumerate(LOCALES):
        f = Faker(loc)
        f.seed_instance(seed * 101 + i * 7919)
        _FAKERS[loc] = f


def fk(loc):
    return _FAKERS[loc]


RU_TR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                 ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                  "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def ascii_fold(s):
    s = s.lower()
    if any("а" <= c <= "я" or c == "ё" for c in s):
        return "".join(RU_TR.get(c, c) for c in s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


def _clean(s):
    return "".join(c for c in ascii_fold(s) if c.isalnum())


EMAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru", "inbox.ru"],
}
WORK_DOMAINS = ["northwind-travel.com", "alpenblick-consulting.de", "tessera-events.co.uk",
                "lumiere-conseil.fr", "severtrans.ru", "brightline-law.com", "kranich-logistik.de",
                "atelier-moreau.fr", "volga-it.ru", "harbourpoint.co.uk"]


class Person:
    def __init__(self, rng, loc, gender=None):
        f = fk(loc)
        self.loc, self.lang = loc, LANG_OF[loc]
        self.g = gender or rng.choice("mf")
        m = self.g == "m"
        self.first = f.first_name_male() if m else f.first_name_female()
        if loc == "ru_RU":
            self.last = f.last_name_male() if m else f.last_name_female()
            self.middle = f.middle_name_male() if m else f.middle_name_female()
        else:
            self.last = f.last_name()
            self.middle = None
        # avoid double-barrelled / particle names occasionally mangling GDS form
        self.dob = rand_date(rng, 1940, 2006)
        self.rng = rng
        dom = rng.choice(EMAIL_DOMAINS[loc]) if rng.random() < 0.8 else rng.choice(WORK_DOMAINS)
        fi, la = _clean(self.first), _clean(self.last)
        user = rng.choice([fi + "." + la, fi[0] + la, la + "." + fi, fi + la + str(rng.randint(1, 99)),
                           fi + "_" + la, la + str(self.dob.year % 100), fi + "." + la + str(self.dob.year)])
        self.email = user + "@" + dom
        self.phone_cc = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}[loc]

    # -- names
    def full(self, style=None):
        rng = self.rng
        if style is None:
            style = rng.choice(["fl", "fl", "fl", "lf_comma"] if self.loc != "ru_RU" else ["lfm", "fl", "lf", "flm", "lfm"])
        if style == "fl":
            return self.first + " " + self.last
        if style == "lf_comma":
            return self.last + ", " + self.first
        if style == "lf":
            return self.last + " " + self.first
        if style == "lfm":
            return "%s %s %s" % (self.last, self.first, self.middle or "")
        if style == "flm":
            return "%s %s %s" % (self.first, self.middle or "", self.last)
        if style == "l_init":
            if self.middle:
                return "%s %s. %s." % (self.last, self.first[0], self.middle[0])
            return "%s. %s" % (self.first[0], self.last)
        if style == "gds":
            return gds_name(self.last) + "/" + gds_name(self.first)
        if style == "upper":
            return (self.first + " " + self.last).upper()
        if style == "last":
            return self.last
        if style == "first":
            return self.first
        raise ValueError(style)

    def name(self, style=None):
        return E("PERSON", self.full(style), sub=self.lang)

    def surname(self):
        return E("PERSON", self.last, sub=self.lang)

    def first_name(self):
        return E("PERSON", self.first, sub=self.lang)

    def latin(self):
        """Passport-style Latin transcription (for Russian names on airline tickets)."""
        return gds_name(self.first).title() + " " + gds_name(self.last).title()

    def salutation(self, lang=None):
        lang = lang or self.lang
        m = self.g == "m"
        return {"en": "Mr" if m else "Ms", "de": "Herr" if m else "Frau", "fr": "M." if m else "Mme",
                "ru": "г-н" if m else "г-жа"}[lang]

    # -- other attributes
    def dob_e(self, style=None):
        return E("DATE_OF_BIRTH", fmt_date(self.rng, self.dob, self.loc, style))

    def email_e(self):
        return E("EMAIL", self.email)

    def phone_e(self, cc=None, kind=None):
        cc = cc or self.phone_cc
        val, sub = phone(self.rng, cc, kind)
        return E("PHONE", val, sub=sub)


def gds_name(s):
    return "".join(c for c in ascii_fold(s).upper() if c.isalpha())


# ------------------------------------------------------------------ phones
def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng, cc, kind=None):
    kind = kind or rng.choice(["intl", "national"])
    sub = kind + "_" + cc
    if cc == "US":
        a = str(rng.randint(2, 9)) + _d(rng, 1) + str(rng.randint(1, 9))
        x = str(rng.randint(2, 9)) + _d(rng, 2)
        y = _d(rng, 4)
        if kind == "intl":
            v = rng.choice(["+1 %s %s %s", "+1-%s-%s-%s", "+1%s%s%s", "+1 (%s) %s-%s"]) % (a, x, y)
        else:
            v = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (a, x, y)
    elif cc == "GB":
        if rng.random() < 0.6:
            core = "7" + str(rng.randint(4, 9)) + _d(rng, 2), _d(rng, 6)
            v = ("+44 %s %s" if kind == "intl" else "0%s %s") % core
        else:
            area = rng.choice(["20", "121", "161", "131", "113", "117"])
            if area == "20":
                rest = "7" + _d(rng, 3) + " " + _d(rng, 4)
            else:
                rest = _d(rng, 3) + " " + _d(rng, 4)
            v = ("+44 (0)%s %s" if kind == "intl" else "0%s %s") % (area, rest)
    elif cc == "DE":
        if rng.random() < 0.55:
            pre = rng.choice(["151", "152", "160", "170", "171", "176", "157"])
            num = _d(rng, rng.choice([7, 8]))
            v = rng.choice(["+49 %s %s", "+49%s%s", "+49 (0)%s %s"]) % (pre, num) if kind == "intl" else rng.choice(["0%s %s", "0%s/%s", "0%s-%s"]) % (pre, num)
        else:
            area = rng.choice(["30", "40", "89", "69", "221", "711", "351", "511"])
            num = _d(rng, 8 - len(area) + 1)
            v = rng.choice(["+49 %s %s", "+49 (0)%s %s"]) % (area, num) if kind == "intl" else rng.choice(["0%s %s", "(0%s) %s", "0%s/%s"]) % (area, num)
    elif cc == "FR":
        first = rng.choice("1234567")
        pairs = [_d(rng, 2) for _ in range(4)]
        if kind == "intl":
            v = rng.choice(["+33 %s %s %s %s %s", "+33 (0)%s %s %s %s %s", "0033 %s %s %s %s %s"]) % tuple([first] + pairs)
        else:
            sep = rng.choice([" ", ".", ""])
            v = sep.join(["0" + first] + pairs)
    elif cc == "RU":
        op = rng.choice(["9", "9", "4"]) + _d(rng, 2)
        a, b, c = _d(rng, 3), _d(rng, 2), _d(rng, 2)
        if kind == "intl":
            v = rng.choice(["+7 %s %s-%s-%s", "+7 (%s) %s-%s-%s", "+7%s%s%s%s", "+7 %s %s %s %s"]) % (op, a, b, c)
        else:
            v = rng.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s", "8%s%s%s%s"]) % (op, a, b, c)
    else:
        raise ValueError(cc)
    return v, sub


# ------------------------------------------------------------------ addresses
class Address:
    def __init__(self, rng, loc):
        f = fk(loc)
        self.loc = loc
        if loc == "de_DE":
            self.street = "%s %s" % (f.street_name(), rng.choice([str(rng.randint(1, 180)), str(rng.randint(1, 99)) + rng.choice("abc")]))
            self.city, self.pc = f.city(), f.postcode()
            self.tail = "%s %s" % (self.pc, self.city)
        elif loc == "fr_FR":
            self.street = rng.choice(["%s, %s", "%s %s"]) % (rng.randint(1, 140), f.street_name())
            self.city, self.pc = f.city(), f.postcode()
            self.tail = "%s %s" % (self.pc, self.city)
        elif loc == "ru_RU":
            self.street = f.street_address()
            self.city, self.pc = f.city_name(), f.postcode()
            self.tail = rng.choice(["г. %s, %s", "%s, %s"]) % (self.city, self.pc) if rng.random() < 0.5 else "%s, г. %s" % (self.pc, self.city)
        elif loc == "en_GB":
            self.street = "%d %s" % (rng.randint(1, 240), f.street_name())
            self.city, self.pc = f.city(), f.postcode()
            self.tail = "%s %s" % (self.city, self.pc)
        else:
            self.street = f.street_address()
            self.city, self.pc = f.city(), f.zipcode()
            self.state = f.state_abbr()
            self.tail = "%s, %s %s" % (self.city, self.state, self.pc)

    def e(self):
        return E("STREET_ADDRESS", self.street, sub=LANG_OF[self.loc])

    def full(self, sep=", "):
        """Street (entity) + city/postcode (don't-care span)."""
        return R("{s}" + sep + "{t}", s=self.e(), t=IG(self.tail))
