"""Locale-aware people, e-mail addresses, phone numbers and postal addresses (Faker + hand-written parts)."""
import unicodedata

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]

# hand-written surname / given-name material mixed in with Faker's (never the only source)
EXTRA_LAST = {
    "en": ["O'Sullivan", "McAllister", "Okonkwo", "Nguyen", "Abernathy-Pryce", "Van der Berg", "Featherstone",
           "Delacroix-Hale", "Ramaswamy", "Kowalski", "Fitzgerald", "Achterberg", "Mbeki", "Castellanos"],
    "de": ["von Schwerin", "Özdemir", "Kowalczyk", "Brandstätter", "Großkopf", "zu Löwenstein", "Nguyen",
           "Papadopoulos", "Yılmaz", "Heinrichs-Wolff", "Ter Haar", "Dąbrowski"],
    "fr": ["de La Rochefoucauld", "N'Diaye", "Lefèvre-Utile", "Benali", "Le Goff", "Diallo", "Da Silva",
           "Saint-Exupéry", "Haddad", "Nguyen Van", "Kerjean", "d'Aubigné"],
    "ru": ["Цой", "Ким", "Абдуллаев", "Шевчук", "Гарипов", "Оганесян", "Мамедов", "Ли", "Нуриев", "Головко",
           "Тер-Петросян", "Бекмуратов"],
}
EXTRA_FIRST = {
    "en": ["Siobhan", "Oluwaseun", "Priyanka", "Declan", "Thandiwe", "Anneliese", "Rafferty", "Ngozi", "Maeve"],
    "de": ["Ayşe", "Jörg-Peter", "Malte", "Friederike", "Hannelore", "Kübra", "Wiebke", "Lasse", "Swantje"],
    "fr": ["Anne-Sophie", "Jean-Baptiste", "Maëlys", "Aïcha", "Gwenaëlle", "Loïc", "Éloïse", "Yannick"],
    "ru": ["Ульяна", "Тимофей", "Ярослава", "Мирон", "Злата", "Всеволод", "Есения", "Гордей"],
}
EXTRA_FIRST_RU_GENDER = {"Ульяна": "f", "Тимофей": "m", "Ярослава": "f", "Мирон": "m", "Злата": "f",
                         "Всеволод": "m", "Есения": "f", "Гордей": "m"}

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def ascii_fold(s):
    s = s.lower().replace("ß", "ss").replace("ø", "o").replace("ı", "i").replace("ł", "l")
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isalnum() and c.isascii())


class Person:
    def __init__(self, first, last, middle="", gender="m", lang="en"):
        self.first, self.last, self.middle, self.gender, self.lang = first, last, middle, gender, lang

    def full(self):
        if self.lang == "ru" and self.middle:
            return f"{self.last} {self.first} {self.middle}"
        return f"{self.first} {self.last}"

    def natural(self):
        return f"{self.first} {self.last}"

    def last_first(self):
        return f"{self.last}, {self.first}"

    def upper_last(self):
        return f"{self.last.upper()} {self.first}"

    def initials(self):
        if self.lang == "ru":
            return f"{self.last} {self.first[0]}." + (f" {self.middle[0]}." if self.middle else "")
        return f"{self.first[0]}. {self.last}"


class People:
    def __init__(self, seed):
        self.fk = {}
        for i, loc in enumerate(LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 31 + i)
            self.fk[loc] = f

    def faker(self, locale):
        return self.fk[locale]

    def person(self, rng, locale):
        f = self.fk[locale]
        lang = locale[:2]
        g = rng.choice("mf")
        if lang == "ru":
            if rng.random() < 0.12:
                first = rng.choice(EXTRA_FIRST["ru"])
                g = EXTRA_FIRST_RU_GENDER[first]
            else:
                first = f.first_name_male() if g == "m" else f.first_name_female()
            last = f.last_name_male() if g == "m" else f.last_name_female()
            if rng.random() < 0.1:
                last = rng.choice(EXTRA_LAST["ru"])
            middle = f.middle_name_male() if g == "m" else f.middle_name_female()
            return Person(first, last, middle, g, lang)
        first = f.first_name_male() if g == "m" else f.first_name_female()
        if rng.random() < 0.1:
            first = rng.choice(EXTRA_FIRST[lang])
        last = f.last_name()
        r = rng.random()
        if r < 0.1:
            last = rng.choice(EXTRA_LAST[lang])
        elif r < 0.16 and lang in ("de", "fr"):
            last = f"{last}-{f.last_name()}"
        if lang == "en" and rng.random() < 0.08:
            first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTW')}."
        return Person(first, last, "", g, lang)

    def email(self, rng, locale, person=None, domain=None):
        f = self.fk[locale]
        if person is None:
            person = self.person(rng, locale)
        fi, la = ascii_fold(person.first.split()[0]), ascii_fold(person.last)
        st = rng.randint(0, 6)
        local = [f"{fi}.{la}", f"{fi[0]}{la}", f"{fi}_{la}", f"{la}.{fi}", f"{fi}{la[:1]}",
                 f"{fi}.{la}{rng.randint(1, 99)}", f"{la}{rng.randint(60, 99)}"][st]
        if domain is None:
            domain = f.free_email_domain() if rng.random() < 0.5 else f.domain_name()
        return f"{local}@{domain}"

    def org_domain(self, rng, locale):
        return self.fk[locale].domain_name()

    def phone(self, rng, locale, mobile=False):
        d = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))  # noqa: E731
        if locale == "en_US":
            a = f"{rng.randint(2, 9)}{d(2)}"
            e = f"{rng.randint(2, 9)}{d(2)}"
            return rng.choice([f"({a}) {e}-{d(4)}", f"+1 {a}-{e}-{d(4)}", f"{a}.{e}.{d(4)}", f"+1 ({a}) {e} {d(4)}",
                               f"{a}-{e}-{d(4)}"])
        if locale == "en_GB":
            if mobile or rng.random() < 0.5:
                n = "7" + rng.choice("1234579") + d(8)
                return rng.choice([f"+44 {n[:4]} {n[4:]}", f"0{n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}"])
            return rng.choice([f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"0161 {d(3)} {d(4)}", f"+44 131 {d(3)} {d(4)}"])
        if locale == "de_DE":
            if mobile or rng.random() < 0.4:
                p = "1" + rng.choice(["51", "52", "60", "70", "71", "76", "57"])
                return rng.choice([f"+49 {p} {d(7)}", f"0{p} {d(8)}", f"+49 ({p}) {d(3)} {d(4)}", f"0{p}/{d(7)}"])
            ac = rng.choice(["30", "40", "89", "221", "69", "711", "351", "511"])
            return rng.choice([f"+49 {ac} {d(6)}-{d(2)}", f"0{ac} {d(7)}", f"+49 (0){ac} {d(6)}", f"0{ac}/{d(3)} {d(3)}"])
        if locale == "fr_FR":
            first = rng.choice("67") if mobile or rng.random() < 0.5 else rng.choice("12345")
            pairs = [d(2) for _ in range(4)]
            return rng.choice([f"0{first} " + " ".join(pairs), f"+33 {first} " + " ".join(pairs),
                               f"0{first}." + ".".join(pairs), f"+33 (0){first} " + " ".join(pairs)])
        code = rng.choice(["9" + d(2), "495", "499", "812", "343", "383"]) if not mobile else "9" + d(2)
        return rng.choice([f"+7 ({code}) {d(3)}-{d(2)}-{d(2)}", f"8 {code} {d(3)}-{d(2)}-{d(2)}", f"+7 {code} {d(3)} {d(2)} {d(2)}",
                           f"8 ({code}) {d(3)}-{d(2)}-{d(2)}", f"+7{code}{d(7)}"])

    def address(self, rng, locale):
        """-> (street_line, city_line)"""
        f = self.fk[locale]
        street = f.street_address()
        if locale == "en_GB":
            city = f"{f.city()} {f.postcode()}"
        elif locale == "en_US":
            city = f"{f.city()}, {f.state_abbr()} {f.postcode()}"
        elif locale == "ru_RU":
            if rng.random() < 0.4:
                street = street + rng.choice([", кв. ", ", кв."]) + str(rng.randint(1, 240))
            city = f"{f.postcode()}, г. {f.city_name()}" if hasattr(f, "city_name") else f"{f.postcode()}, {f.city()}"
        else:
            city = f"{f.postcode()} {f.city()}"
        return street, city
