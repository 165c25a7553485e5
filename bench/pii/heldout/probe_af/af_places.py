"""Places and phone numbers for probe AF.

Street *names* come from Faker (allowed); house numbers, cities, postcodes and phone numbers are
generated here from the public numbering/postal formats.
"""
from af_common import Lab, E, I, digits, rstr

US_CITIES = [("Springfield", "IL"), ("Columbus", "OH"), ("Tucson", "AZ"), ("Raleigh", "NC"), ("Fresno", "CA"),
             ("Omaha", "NE"), ("Spokane", "WA"), ("Albany", "NY"), ("Savannah", "GA"), ("Boise", "ID"),
             ("Madison", "WI"), ("Tulsa", "OK"), ("Knoxville", "TN"), ("Eugene", "OR"), ("Lansing", "MI")]
GB_CITIES = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Norwich", "NR"),
             ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Nottingham", "NG"), ("Exeter", "EX"),
             ("York", "YO"), ("Leicester", "LE"), ("Brighton", "BN"), ("Derby", "DE"), ("Oxford", "OX")]
DE_CITIES = [("Berlin", "10"), ("Hamburg", "22"), ("München", "80"), ("Köln", "50"), ("Leipzig", "04"),
             ("Dresden", "01"), ("Hannover", "30"), ("Nürnberg", "90"), ("Bremen", "28"), ("Freiburg im Breisgau", "79"),
             ("Kassel", "34"), ("Rostock", "18"), ("Mainz", "55"), ("Bielefeld", "33"), ("Augsburg", "86")]
FR_CITIES = [("Lyon", "69"), ("Toulouse", "31"), ("Nantes", "44"), ("Lille", "59"), ("Rennes", "35"),
             ("Montpellier", "34"), ("Bordeaux", "33"), ("Grenoble", "38"), ("Dijon", "21"), ("Angers", "49"),
             ("Reims", "51"), ("Brest", "29"), ("Tours", "37"), ("Limoges", "87"), ("Nancy", "54")]
RU_CITIES = [("Казань", "420"), ("Самара", "443"), ("Пермь", "614"), ("Воронеж", "394"), ("Томск", "634"),
             ("Екатеринбург", "620"), ("Новосибирск", "630"), ("Ярославль", "150"), ("Тверь", "170"),
             ("Саратов", "410"), ("Уфа", "450"), ("Иркутск", "664"), ("Калуга", "248"), ("Омск", "644"),
             ("Тула", "300")]

US_AREAS = ["217", "614", "520", "919", "559", "402", "509", "518", "912", "208", "608", "918", "865", "541", "517",
            "303", "412", "651", "704", "813"]
GB_AREAS = [("0113", 7), ("0161", 7), ("0117", 7), ("0114", 7), ("01603", 6), ("029", 8), ("0131", 7),
            ("0141", 7), ("0115", 7), ("01392", 6), ("01904", 6), ("0116", 7), ("01273", 6), ("020", 8)]
DE_AREAS = ["030", "040", "089", "0221", "0341", "0351", "0511", "0911", "0421", "0761", "0561", "0381", "06131"]
DE_MOBILE = ["0151", "0152", "0157", "0160", "0162", "0170", "0171", "0172", "0176", "0177"]
RU_CODES = ["495", "499", "812", "843", "846", "342", "473", "382", "343", "383", "916", "903", "926", "985",
            "905", "917", "921", "963"]


def city_line(rng, country):
    """City/postcode part that follows a street (an ignore span)."""
    if country == "US":
        c, st = rng.choice(US_CITIES)
        return "%s, %s %05d" % (c, st, rng.randint(1001, 99950))
    if country == "GB":
        c, pa = rng.choice(GB_CITIES)
        pc = "%s%d %d%s" % (pa, rng.randint(1, 19), rng.randint(1, 9), rstr(rng, "ABDEFGHJLNPQRSTUWXYZ", 2))
        return rng.choice(["%s %s", "%s, %s"]) % (c, pc)
    if country == "DE":
        c, p = rng.choice(DE_CITIES)
        return "%s%s %s" % (p, digits(rng, 3), c)
    if country == "FR":
        c, p = rng.choice(FR_CITIES)
        return "%s%s %s" % (p, digits(rng, 3), c.upper() if rng.random() < 0.2 else c)
    c, p = rng.choice(RU_CITIES)
    return rng.choice(["г. %s, %s%s", "%s, %s%s"]) % (c, p, digits(rng, 3))


def street(rng, fk, country):
    """Return (street_value, sub)."""
    nm = fk.street_name()
    if country in ("US", "GB"):
        num = str(rng.randint(1, 9800 if country == "US" else 240))
        s = "%s %s" % (num, nm)
        r = rng.random()
        if country == "US" and r < 0.25:
            s += rng.choice([" Apt. %d", " Suite %d", " Unit %d", " #%d"]) % rng.randint(2, 880)
        elif country == "GB" and r < 0.2:
            s = "Flat %d, %s" % (rng.randint(1, 40), s)
        return s, "en"
    if country == "DE":
        num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b", "/%d" % rng.randint(1, 12)])
        if nm.endswith("straße") and rng.random() < 0.3:
            nm = nm[:-6] + "str."
        return "%s %s" % (nm, num), "de"
    if country == "FR":
        num = rng.randint(1, 190)
        bis = rng.choice(["", "", "", " bis", " ter"])
        return rng.choice(["%d%s, %s", "%d%s %s"]) % (num, bis, nm), "fr"
    s = "%s, д. %d" % (nm, rng.randint(1, 160))
    r = rng.random()
    if r < 0.3:
        s += ", кв. %d" % rng.randint(1, 320)
    elif r < 0.45:
        s += ", корп. %d, кв. %d" % (rng.randint(1, 5), rng.randint(1, 200))
    return s, "ru"


def address_segs(rng, fk, country, ru_prefix_ok=True):
    """Street entity plus its city/postcode ignore span, in the local order."""
    st, sub = street(rng, fk, country)
    cl = city_line(rng, country)
    if country == "RU" and ru_prefix_ok and rng.random() < 0.35:
        c, p = rng.choice(RU_CITIES)
        return [I("%s%s, г. %s" % (p, digits(rng, 3), c)), ", ", E("STREET_ADDRESS", st, sub)]
    return [E("STREET_ADDRESS", st, sub), ", ", I(cl)]


def address_parts(rng, fk, country):
    """(street, city, postcode) for structured JSON; city/postcode become ignore spans."""
    st, sub = street(rng, fk, country)
    cl = city_line(rng, country)
    if country == "US":
        city, rest = cl.split(", ")
        return st, sub, city, rest.split(" ")[1]
    if country == "GB":
        parts = cl.replace(",", "").split(" ")
        return st, sub, parts[0], " ".join(parts[1:])
    if country in ("DE", "FR"):
        pc, city = cl.split(" ", 1)
        return st, sub, city, pc
    c, p = rng.choice(RU_CITIES)
    return st, sub, c, p + digits(rng, 3)


# ------------------------------------------------------------------ phones
def phone(rng, country, intl=None, mobile=None):
    """Return (value, sub)."""
    if intl is None:
        intl = rng.random() < 0.45
    if mobile is None:
        mobile = rng.random() < 0.5
    sub = ("intl_" if intl else "national_") + country
    if country == "US":
        a, x, n = rng.choice(US_AREAS), str(rng.randint(2, 9)) + digits(rng, 2), digits(rng, 4)
        if x[1:] == "11":
            x = x[0] + "21"
        if intl:
            f = rng.choice(["+1 %s %s %s", "+1%s%s%s", "+1-%s-%s-%s", "001 %s %s %s", "+1 (%s) %s-%s"])
        else:
            f = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s", "(%s)%s-%s"])
        return f % (a, x, n), sub
    if country == "GB":
        if mobile:
            m = "7" + str(rng.randint(3, 9)) + digits(rng, 8)
            if intl:
                return rng.choice(["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (m[:4], m[4:]), sub
            return "0%s %s" % (m[:4], m[4:]), sub
        code, ln = rng.choice(GB_AREAS)
        loc = str(rng.randint(2, 8)) + digits(rng, ln - 1)
        body = "%s %s" % (loc[:4], loc[4:]) if ln == 8 else ("%s %s" % (loc[:3], loc[3:]) if ln == 7 else loc)
        if intl:
            return rng.choice(["+44 %s %s", "+44 (0)%s %s"]) % (code[1:], body), sub
        return "%s %s" % (code, body), sub
    if country == "DE":
        code = rng.choice(DE_MOBILE) if mobile else rng.choice(DE_AREAS)
        loc = str(rng.randint(2, 9)) + digits(rng, rng.randint(5, 7) if not mobile else 6)
        if intl:
            f = rng.choice(["+49 %s %s", "+49 (0)%s %s", "0049 %s %s", "+49%s%s"])
            return f % (code[1:], loc), sub
        f = rng.choice(["%s %s", "%s/%s", "(%s) %s", "%s-%s"])
        if len(loc) >= 7 and rng.random() < 0.4:
            loc = loc[:3] + " " + loc[3:]
        return f % (code, loc), sub
    if country == "FR":
        first = rng.choice("67") if mobile else rng.choice("12345")
        d = [first] + [digits(rng, 2) for _ in range(4)]
        if intl:
            f = rng.choice(["+33 %s %s %s %s %s", "+33 (0)%s %s %s %s %s", "+33%s%s%s%s%s", "0033 %s %s %s %s %s"])
            return f % tuple(d), sub
        f = rng.choice(["0%s %s %s %s %s", "0%s%s%s%s%s", "0%s.%s.%s.%s.%s"])
        return f % tuple(d), sub
    code = rng.choice(RU_CODES)
    a, b, c = digits(rng, 3), digits(rng, 2), digits(rng, 2)
    if intl:
        f = rng.choice(["+7 (%s) %s-%s-%s", "+7 %s %s-%s-%s", "+7%s%s%s%s", "+7-%s-%s-%s-%s"])
    else:
        f = rng.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s", "8%s%s%s%s"])
    return f % (code, a, b, c), sub


COUNTRY_OF = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}
