"""People for probe AF: names (Faker), birth dates, e-mail addresses, date formatting."""
import os
import sys
import unicodedata

try:
    import faker  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
from faker import Faker

from af_common import digits

FAKER_LOCALE = {"en": "en_US", "gb": "en_GB", "de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}
_FK = {}


def faker_for(key, rng):
    """A Faker instance for key ('en','gb','de','fr','ru'), reseeded from rng (deterministic)."""
    if key not in _FK:
        _FK[key] = Faker(FAKER_LOCALE[key])
    fk = _FK[key]
    fk.seed_instance(rng.getrandbits(48))
    return fk


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
DATE_STYLES = {
    "en_US": ["long_us", "mdy", "mdy_short", "iso", "mon_us"],
    "en_GB": ["long_gb", "dmy_slash", "iso", "mon_gb", "dmy_dash_mon"],
    "de_DE": ["dmy_dot", "long_de", "iso", "dmy_dot_short"],
    "fr_FR": ["dmy_slash", "long_fr", "iso"],
    "ru_RU": ["dmy_dot", "long_ru", "iso"],
}


def fmt_date(y, m, d, style):
    mon = MONTHS["en"][m - 1]
    if style == "long_us":
        return "%s %d, %d" % (mon, d, y)
    if style == "mon_us":
        return "%s %d, %d" % (mon[:3], d, y)
    if style == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    if style == "mdy_short":
        return "%d/%d/%d" % (m, d, y)
    if style == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if style == "long_gb":
        return "%d %s %d" % (d, mon, y)
    if style == "mon_gb":
        return "%d %s %d" % (d, mon[:3], y)
    if style == "dmy_dash_mon":
        return "%02d-%s-%d" % (d, mon[:3], y)
    if style == "dmy_slash":
        return "%02d/%02d/%d" % (d, m, y)
    if style == "dmy_dot":
        return "%02d.%02d.%d" % (d, m, y)
    if style == "dmy_dot_short":
        return "%d.%d.%d" % (d, m, y)
    if style == "long_de":
        return "%d. %s %d" % (d, MONTHS["de"][m - 1], y)
    if style == "long_fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), MONTHS["fr"][m - 1], y)
    if style == "long_ru":
        return "%d %s %d" % (d, MONTHS["ru"][m - 1], y)
    if style == "hl7":
        return "%d%02d%02d" % (y, m, d)
    raise KeyError(style)


def rand_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28 if m == 2 else (30 if m in (4, 6, 9, 11) else 31))
    return y, m, d


RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                  ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                   "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def translit(s):
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in RU_LAT:
            t = RU_LAT[lo]
            out.append(t.capitalize() if ch != lo else t)
        else:
            out.append(ch)
    return "".join(out)


def ascii_fold(s):
    s = translit(s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in "-"))


MAIL_DOMAINS = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "proton.me"],
    "gb": ["btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com", "sky.com", "yahoo.co.uk"],
    "de": ["web.de", "gmx.de", "t-online.de", "gmx.net", "posteo.de", "mailbox.org", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "yahoo.fr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "inbox.ru", "list.ru", "gmail.com"],
}
WORK_DOMAINS = {
    "en": ["northridgehealth.org", "lakeshoreclinic.com", "mercyvalleymed.org", "pinecrestpeds.com"],
    "gb": ["nhs.net", "riversidesurgery.co.uk", "oakfieldcare.co.uk", "brookhousemedical.co.uk"],
    "de": ["praxis-am-markt.de", "klinikum-nord.example.de", "pflegedienst-sonnenschein.de", "mvz-lindenhof.de"],
    "fr": ["chu-exemple.fr", "cabinet-des-tilleuls.fr", "clinique-saint-roch.fr", "ehpad-les-glycines.fr"],
    "ru": ["gkb12.ru", "medcentr-zdorovie.ru", "poliklinika7.ru", "dent-lux.ru"],
}


PARTICLES = ("van", "von", "de", "du", "le", "la", "der", "zu", "vom", "del")


def fix_particle(last):
    """Faker sometimes yields 'Dussen van'; put a trailing particle in front."""
    parts = last.split(" ")
    if len(parts) > 1 and parts[-1] in PARTICLES:
        return " ".join(parts[-1:] + parts[:-1])
    return last


class Person:
    def __init__(self, rng, origin, gender=None, work=False):
        """origin: 'en','gb','de','fr','ru'. sub is the PERSON sub ('en','de','fr','ru')."""
        self.origin = origin
        self.sub = "en" if origin in ("en", "gb") else origin
        self.gender = gender or rng.choice("mf")
        fk = faker_for(origin, rng)
        f = self.gender == "f"
        self.first = fk.first_name_female() if f else fk.first_name_male()
        if origin == "ru":
            self.last = fk.last_name_female() if f else fk.last_name_male()
            self.middle = fk.middle_name_female() if f else fk.middle_name_male()
        else:
            self.last = fix_particle(fk.last_name())
            self.middle = None
        self.initial = rng.choice("ABCDEFGHJKLMNPRSTW") if origin in ("en", "gb") else None
        y, m, d = rand_date(rng, 1931, 2021)
        self.dob = (y, m, d)
        self.work = work
        self.email = self._email(rng, work)

    def _email(self, rng, work):
        fi, la = ascii_fold(self.first).lower(), ascii_fold(self.last).lower()
        k = rng.randint(0, 5)
        local = [fi + "." + la, fi[0] + la, fi + "_" + la, la + "." + fi[0], fi + la + str(rng.randint(2, 99)),
                 la + str(rng.randint(1950, 2012))][k]
        dom = rng.choice(WORK_DOMAINS[self.origin] if work else MAIL_DOMAINS[self.origin])
        return local + "@" + dom

    # name renderings ---------------------------------------------------------------------
    def full(self, style=0):
        if self.origin == "ru":
            if style == 1:
                return "%s %s" % (self.first, self.last)
            if style == 2:
                return "%s %s. %s." % (self.last, self.first[0], self.middle[0])
            return "%s %s %s" % (self.last, self.first, self.middle)
        if style == 1 and self.initial:
            return "%s %s. %s" % (self.first, self.initial, self.last)
        if style == 2:
            return "%s, %s" % (self.last, self.first)
        return "%s %s" % (self.first, self.last)

    def latin(self):
        return "%s %s" % (translit(self.first), translit(self.last))

    def io(self):
        return "%s %s" % (self.first, self.middle) if self.middle else self.first


def age_on(dob, y):
    return y - dob[0] - 1


def rand_ts_date(rng):
    return rand_date(rng, 2016, 2026)


def rand_digits(rng, n):
    return digits(rng, n)


HERE = os.path.dirname(os.path.abspath(__file__))
