"""ag_people.py - persons, e-mail addresses and postal addresses.

Faker supplies only given names, surnames, patronymics and street names.  House numbers,
units, cities, postcodes and e-mail addresses are composed here from public format rules and a
small hand-written list of real towns.
"""
import sys
import unicodedata

try:
    import faker  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
from faker import Faker

from ag_common import E, I, pick, wpick
from ag_ids import rdig

_FAKERS = {}


def faker_for(locale, seed):
    fk = _FAKERS.get(locale)
    if fk is None:
        fk = _FAKERS[locale] = Faker(locale)
    fk.seed_instance(seed)
    return fk


LANG_OF = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}

_RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def ascii_fold(s):
    s = s.lower()
    s = "".join(_RU_LAT.get(c, c) for c in s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


class Person:
    def __init__(self, fk, locale, rng):
        self.lang = LANG_OF[locale]
        self.female = rng.random() < 0.5
        if self.lang == "ru":
            self.first = fk.first_name_female() if self.female else fk.first_name_male()
            self.last = fk.last_name_female() if self.female else fk.last_name_male()
            self.middle = fk.middle_name_female() if self.female else fk.middle_name_male()
        else:
            self.first = fk.first_name_female() if self.female else fk.first_name_male()
            self.last = fk.last_name()
            self.middle = None
        self.initial = pick(rng, "ABCDEFGHJKLMNPRSTW")
        self.rng = rng

    # ---- name renderings (all tagged PERSON) ----
    def full(self):
        return E("%s %s" % (self.first, self.last), "PERSON", self.lang)

    def formal(self):
        """Most natural full form for a record: ru 'Фамилия Имя Отчество'."""
        if self.lang == "ru":
            return E("%s %s %s" % (self.last, self.first, self.middle), "PERSON", "ru")
        return self.full()

    def variant(self):
        r = self.rng.random()
        if self.lang == "ru":
            if r < 0.35:
                return self.formal()
            if r < 0.6:
                return E("%s %s. %s." % (self.last, self.first[0], self.middle[0]), "PERSON", "ru")
            if r < 0.75:
                return E("%s %s" % (self.last, self.first), "PERSON", "ru")
            return self.full()
        if r < 0.7:
            return self.full()
        if r < 0.85:
            return E("%s, %s" % (self.last, self.first), "PERSON", self.lang)
        return E("%s %s. %s" % (self.first, self.initial, self.last), "PERSON", self.lang)

    def polite(self):
        """Greeting form: ru 'Имя Отчество', otherwise the full name."""
        if self.lang == "ru":
            return E("%s %s" % (self.first, self.middle), "PERSON", "ru")
        return self.full()

    def upper_last_first(self):
        return E("%s %s" % (self.last.upper(), self.first.upper()), "PERSON", self.lang)


FREEMAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com", "proton.me", "hotmail.com"],
    "en_GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com", "hotmail.co.uk"],
    "de_DE": ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "mailbox.org"],
    "fr_FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com", "sfr.fr", "wanadoo.fr", "hotmail.fr"],
    "ru_RU": ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru", "list.ru", "inbox.ru"],
}


def email_for(p, locale, rng, company=None):
    f, l = ascii_fold(p.first) or "x", ascii_fold(p.last) or "y"
    pat = rng.randrange(8)
    local = [f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), l + "." + f, f + "_" + l,
             f + "." + l + str(rng.randint(60, 99)), l + f[0] + str(rng.randint(1, 9)), f + "-" + l][pat]
    if rng.random() < 0.06:
        local += "+" + pick(rng, ["bills", "orders", "isp", "post"])
    dom = company if company else pick(rng, FREEMAIL[locale])
    if rng.random() < 0.04:
        local = local.capitalize()
    return E(local + "@" + dom, "EMAIL")


def service_email(rng, brand_domain, lang="en"):
    box = pick(rng, {"de": ["kundenservice", "service", "zaehlerstand", "versand", "retouren"],
                     "fr": ["service-client", "contact", "releve", "livraison", "sav"],
                     "ru": ["support", "info", "help", "dostavka", "abonent"]}.get(
        lang, ["support", "care", "billing", "returns", "noreply", "dispatch", "porting"]))
    return E(box + "@" + brand_domain, "EMAIL")


def agent_email(p, rng, brand_domain):
    f, l = ascii_fold(p.first) or "a", ascii_fold(p.last) or "b"
    return E(pick(rng, [f + "." + l, f[0] + "." + l, f + "." + l[0]]) + "@" + brand_domain, "EMAIL")


# ---------------------------------------------------------------------------------------------
# towns and postcodes
# ---------------------------------------------------------------------------------------------
US_TOWNS = [("Columbus", "OH", "432"), ("Tacoma", "WA", "984"), ("Boise", "ID", "837"), ("Albany", "NY", "122"),
            ("Tucson", "AZ", "857"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Omaha", "NE", "681"),
            ("Dayton", "OH", "454"), ("Fresno", "CA", "937"), ("Eugene", "OR", "974"), ("Savannah", "GA", "314"),
            ("Reno", "NV", "895"), ("Lansing", "MI", "489"), ("Provo", "UT", "846"), ("Wichita", "KS", "672"),
            ("Knoxville", "TN", "379"), ("Spokane", "WA", "992"), ("Tulsa", "OK", "741"), ("Akron", "OH", "443"),
            ("Lexington", "KY", "405"), ("Richmond", "VA", "232"), ("Durham", "NC", "277"), ("Syracuse", "NY", "132")]
GB_TOWNS = [("Leeds", "LS"), ("Bristol", "BS"), ("Norwich", "NR"), ("Cardiff", "CF"), ("York", "YO"),
            ("Exeter", "EX"), ("Derby", "DE"), ("Bath", "BA"), ("Reading", "RG"), ("Sheffield", "S"),
            ("Glasgow", "G"), ("Brighton", "BN"), ("Leicester", "LE"), ("Swansea", "SA"), ("Carlisle", "CA"),
            ("Oxford", "OX"), ("Stockport", "SK"), ("Wakefield", "WF"), ("Preston", "PR"), ("Ipswich", "IP"),
            ("Aberdeen", "AB"), ("Truro", "TR"), ("Lincoln", "LN"), ("Chester", "CH")]
DE_TOWNS = [("Berlin", "10"), ("Berlin", "12"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"),
            ("Leipzig", "04"), ("Dresden", "01"), ("Bremen", "28"), ("Hannover", "30"), ("Nürnberg", "90"),
            ("Stuttgart", "70"), ("Freiburg im Breisgau", "79"), ("Kiel", "24"), ("Mainz", "55"), ("Erfurt", "99"),
            ("Münster", "48"), ("Rostock", "18"), ("Regensburg", "93"), ("Bielefeld", "33"), ("Kassel", "34"),
            ("Augsburg", "86"), ("Halle (Saale)", "06"), ("Oldenburg", "26"), ("Würzburg", "97")]
FR_TOWNS = [("Lyon", "69"), ("Lille", "59"), ("Nantes", "44"), ("Rennes", "35"), ("Toulouse", "31"),
            ("Bordeaux", "33"), ("Grenoble", "38"), ("Dijon", "21"), ("Montpellier", "34"), ("Strasbourg", "67"),
            ("Reims", "51"), ("Tours", "37"), ("Angers", "49"), ("Nancy", "54"), ("Limoges", "87"), ("Brest", "29"),
            ("Saint-Étienne", "42"), ("Clermont-Ferrand", "63"), ("Poitiers", "86"), ("Caen", "14"),
            ("Besançon", "25"), ("Pau", "64"), ("Amiens", "80"), ("Orléans", "45")]
RU_TOWNS = [("Москва", "1"), ("Санкт-Петербург", "19"), ("Казань", "420"), ("Екатеринбург", "620"),
            ("Новосибирск", "630"), ("Нижний Новгород", "603"), ("Самара", "443"), ("Ростов-на-Дону", "344"),
            ("Пермь", "614"), ("Воронеж", "394"), ("Уфа", "450"), ("Челябинск", "454"), ("Омск", "644"),
            ("Тверь", "170"), ("Ярославль", "150"), ("Калуга", "248"), ("Тула", "300"), ("Иркутск", "664"),
            ("Краснодар", "350"), ("Томск", "634")]
COUNTRY = {"en_US": {"en": "USA", "de": "USA", "fr": "États-Unis", "ru": "США"},
           "en_GB": {"en": "United Kingdom", "de": "Vereinigtes Königreich", "fr": "Royaume-Uni", "ru": "Великобритания"},
           "de_DE": {"en": "Germany", "de": "Deutschland", "fr": "Allemagne", "ru": "Германия"},
           "fr_FR": {"en": "France", "de": "Frankreich", "fr": "France", "ru": "Франция"},
           "ru_RU": {"en": "Russia", "de": "Russland", "fr": "Russie", "ru": "Россия"}}
ISO2 = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}
_GBL = "ABDEFGHJLNPQRSTUWXYZ"


class Address:
    def __init__(self, fk, locale, rng):
        self.locale, self.rng = locale, rng
        st = fk.street_name()
        self.state = None
        if locale == "en_US":
            self.city, self.state, zp = pick(rng, US_TOWNS)
            self.postcode = zp + rdig(rng, 2) + ("-" + rdig(rng, 4) if rng.random() < 0.15 else "")
            num = str(rng.randint(1, 99999) if rng.random() < 0.5 else rng.randint(1, 999))
            unit = wpick(rng, [("", 6), (" Apt %d%s" % (rng.randint(1, 40), pick(rng, "ABCD")), 2),
                               (", Apt. %d" % rng.randint(1, 999), 1), (" Suite %d" % rng.randint(100, 950), 1),
                               (" Unit %d" % rng.randint(1, 30), 1), (" #%d" % rng.randint(1, 60), 1)])
            line = "%s %s%s" % (num, st, unit)
        elif locale == "en_GB":
            self.city, area = pick(rng, GB_TOWNS)
            self.postcode = "%s%d %d%s%s" % (area, rng.randint(1, 28), rng.randint(1, 9), rng.choice(_GBL), rng.choice(_GBL))
            num = rng.randint(1, 240)
            line = wpick(rng, [("%d %s" % (num, st), 6), ("Flat %d, %d %s" % (rng.randint(1, 30), num, st), 2),
                               ("%d%s %s" % (num, pick(rng, "ab"), st), 1)])
        elif locale == "de_DE":
            self.city, pre = pick(rng, DE_TOWNS)
            self.postcode = pre + rdig(rng, 3)
            if st.endswith("straße") and rng.random() < 0.3:
                st = st[:-4] + "."
            num = rng.randint(1, 180)
            line = wpick(rng, [("%s %d" % (st, num), 6), ("%s %d%s" % (st, num, pick(rng, "abc")), 2),
                               ("%s %d-%d" % (st, num, num + 2), 1)])
        elif locale == "fr_FR":
            self.city, dep = pick(rng, FR_TOWNS)
            self.postcode = dep + pick(rng, ["000", "100", "200", "300", "%03d" % rng.randint(0, 990)])
            num = rng.randint(1, 160)
            line = wpick(rng, [("%d %s" % (num, st), 5), ("%d bis %s" % (num, st), 1), ("%d, %s" % (num, st), 2),
                               ("Appt %d, %d %s" % (rng.randint(1, 60), num, st), 1)])
        else:
            self.city, pre = pick(rng, RU_TOWNS)
            self.postcode = pre + rdig(rng, 6 - len(pre))
            n = rng.randint(1, 120)
            line = wpick(rng, [("%s, д. %d" % (st, n), 3), ("%s, д. %d, кв. %d" % (st, n, rng.randint(1, 300)), 4),
                               ("%s, д. %d корп. %d, кв. %d" % (st, n, rng.randint(1, 5), rng.randint(1, 200)), 1),
                               ("%s, %d-%d" % (st, n, rng.randint(1, 150)), 1)])
        self.line = line

    # ---- tagged pieces ----
    def street(self):
        return E(self.line, "STREET_ADDRESS", LANG_OF[self.locale])

    def city_line(self):
        """postcode + town in the local order (goes into an ignore span)."""
        if self.locale == "en_US":
            return "%s, %s %s" % (self.city, self.state, self.postcode)
        if self.locale == "en_GB":
            return "%s %s" % (self.city.upper() if self.rng.random() < 0.3 else self.city, self.postcode)
        if self.locale == "ru_RU":
            return "г. %s, %s" % (self.city, self.postcode)
        return "%s %s" % (self.postcode, self.city)

    def inline(self):
        """one line: street first, town after (RU may put the town first)."""
        if self.locale == "ru_RU" and self.rng.random() < 0.5:
            return [I("%s, г. %s" % (self.postcode, self.city)), ", ", self.street()]
        return [self.street(), ", ", I(self.city_line())]

    def block(self, name=None, country_lang=None, sep="\n"):
        parts = []
        if name is not None:
            parts += [name, sep]
        if self.locale == "ru_RU":
            parts += [self.street(), sep, I(self.city_line())]
        else:
            parts += [self.street(), sep, I(self.city_line())]
        if country_lang:
            parts += [sep, COUNTRY[self.locale][country_lang]]
        return parts

    def json_fields(self, style):
        """dict fragment for JSON records; style picks key names."""
        iso = ISO2[self.locale]
        if style == 0:
            d = {"street": self.street(), "city": I(self.city), "postcode": I(self.postcode), "country": iso}
        elif style == 1:
            d = {"line1": self.street(), "town": I(self.city), "post_code": I(self.postcode), "country_code": iso}
        elif style == 2:
            d = {"address1": self.street(), "city": I(self.city), "zip": I(self.postcode), "countryCode": iso}
        else:
            d = {"streetAddress": self.street(), "locality": I(self.city), "postalCode": I(self.postcode), "country": iso}
        if self.state:
            d["state"] = self.state
        return d
