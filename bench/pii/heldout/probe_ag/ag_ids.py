"""ag_ids.py - PII values generated from public format rules (never from Faker).

Cards (Luhn + brand prefixes), IBAN (ISO 13616 mod-97), RU INN/SNILS/passport, US SSN
(area 001-899 without 666, group 01-99, serial 0001-9999), phone numbers per country and birth
dates; network addresses and secrets live in ag_net.py.  Each returns a tagged entity (ag_common.T).
"""
import string

from ag_common import E, pick, wpick

DIG = string.digits
UP = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits


def rdig(rng, n):
    return "".join(rng.choice(DIG) for _ in range(n))


def luhn_ok(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(digits):
    """Return digits with the last digit changed so that the Luhn check fails."""
    if not luhn_ok(digits):
        return digits
    last = int(digits[-1])
    return digits[:-1] + str((last + 3) % 10)


# ---------------------------------------------------------------------------------------------
# payment cards
# ---------------------------------------------------------------------------------------------
def _card_prefix(rng, brand):
    if brand == "visa":
        return "4" + rdig(rng, 5)
    if brand == "mastercard":
        if rng.random() < 0.3:
            return str(rng.randint(2221, 2720)) + rdig(rng, 2)
        return str(rng.randint(51, 55)) + rdig(rng, 4)
    if brand == "amex":
        return pick(rng, ["34", "37"]) + rdig(rng, 4)
    if brand == "discover":
        return pick(rng, ["6011" + rdig(rng, 2), "65" + rdig(rng, 4), "644" + rdig(rng, 3)])
    if brand == "jcb":
        return str(rng.randint(3528, 3589)) + rdig(rng, 2)
    if brand == "mir":
        return "220" + str(rng.randint(0, 4)) + rdig(rng, 2)
    raise ValueError(brand)


def card_digits(rng, brand):
    n = 15 if brand == "amex" else 16
    pre = _card_prefix(rng, brand)
    return luhn_complete(pre + rdig(rng, n - 1 - len(pre)))


def group_card(d, sep):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def card(rng, locale, style=None):
    weights = {"ru_RU": [("mir", 5), ("visa", 3), ("mastercard", 3)],
               "en_US": [("visa", 5), ("mastercard", 4), ("amex", 2), ("discover", 2), ("jcb", 1)]}
    brand = wpick(rng, weights.get(locale, [("visa", 5), ("mastercard", 5), ("amex", 1), ("jcb", 1),
                                             ("discover", 1), ("mir", 1)]))
    d = card_digits(rng, brand)
    style = style or wpick(rng, [("space", 5), ("compact", 4), ("dash", 2)])
    txt = {"space": group_card(d, " "), "dash": group_card(d, "-"), "compact": d}[style]
    return E(txt, "CREDIT_CARD", brand)


def card_last4(cardt):
    return "".join(c for c in cardt.text if c.isdigit())[-4:]


# ---------------------------------------------------------------------------------------------
# IBAN
# ---------------------------------------------------------------------------------------------
# country: list of (kind, length) for the BBAN; kind n = digits, a = upper letters, c = alnum
IBAN_BBAN = {
    "DE": [("n", 8), ("n", 10)], "AT": [("n", 5), ("n", 11)], "CH": [("n", 5), ("c", 12)],
    "FR": [("n", 5), ("n", 5), ("c", 11), ("n", 2)], "BE": [("n", 3), ("n", 7), ("n", 2)],
    "NL": [("a", 4), ("n", 10)], "GB": [("a", 4), ("n", 6), ("n", 8)], "IE": [("a", 4), ("n", 6), ("n", 8)],
    "ES": [("n", 4), ("n", 4), ("n", 2), ("n", 10)], "IT": [("a", 1), ("n", 5), ("n", 5), ("c", 12)],
    "LU": [("n", 3), ("c", 13)], "PL": [("n", 8), ("n", 16)],
}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "NL": 18, "GB": 22, "IE": 22, "ES": 24,
            "IT": 27, "LU": 20, "PL": 28}


def iban_mod97_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def iban_digits(rng, cc):
    bban = ""
    for kind, n in IBAN_BBAN[cc]:
        pool = {"n": DIG, "a": UP, "c": UP + DIG}[kind]
        if cc == "FR" and kind == "c":
            pool = DIG if rng.random() < 0.8 else UP + DIG
        bban += "".join(rng.choice(pool) for _ in range(n))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban(rng, locale, cc=None, style=None):
    if cc is None:
        home = {"de_DE": [("DE", 8), ("AT", 2), ("CH", 1), ("NL", 1)],
                "fr_FR": [("FR", 8), ("BE", 2), ("LU", 1), ("CH", 1)],
                "en_GB": [("GB", 8), ("IE", 2), ("FR", 1)],
                "en_US": [("DE", 2), ("GB", 2), ("FR", 1), ("ES", 1), ("IT", 1), ("NL", 1)],
                "ru_RU": [("DE", 2), ("PL", 2), ("IT", 1), ("ES", 1)]}[locale]
        cc = wpick(rng, home)
    raw = iban_digits(rng, cc)
    style = style or pick(rng, ["compact", "grouped", "grouped"])
    return E(group4(raw) if style == "grouped" else raw, "IBAN", "%s_%s" % (cc, style))


# ---------------------------------------------------------------------------------------------
# Russian identifiers
# ---------------------------------------------------------------------------------------------
RU_REGIONS = ["77", "78", "50", "16", "66", "54", "52", "61", "63", "23", "02", "74", "24", "59", "36", "34"]


def inn10_check(d9):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return str(sum(int(a) * b for a, b in zip(d9, w)) % 11 % 10)


def inn12_checks(d10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = str(sum(int(a) * b for a, b in zip(d10, w1)) % 11 % 10)
    c2 = str(sum(int(a) * b for a, b in zip(d10 + c1, w2)) % 11 % 10)
    return c1 + c2


def inn_ok(s):
    if len(s) == 10 and s.isdigit():
        return inn10_check(s[:9]) == s[9]
    if len(s) == 12 and s.isdigit():
        return inn12_checks(s[:10]) == s[10:]
    return False


def inn_value(rng, kind):
    if kind == "inn10":
        body = pick(rng, RU_REGIONS) + rdig(rng, 7)
        return body + inn10_check(body)
    body = pick(rng, RU_REGIONS) + rdig(rng, 8)
    return body + inn12_checks(body)


def inn(rng, kind=None, json_number=False):
    kind = kind or pick(rng, ["inn10", "inn12"])
    return E(inn_value(rng, kind), "RU_INN", kind + ("_json_number" if json_number else ""))


def snils_check(d9):
    s = sum(int(c) * (9 - i) for i, c in enumerate(d9))
    if s < 100:
        return "%02d" % s
    if s in (100, 101):
        return "00"
    r = s % 101
    return "00" if r == 100 else "%02d" % r


def snils_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 11 and snils_check(d[:9]) == d[9:]


def snils(rng, style=None):
    while True:
        d9 = rdig(rng, 9)
        if int(d9) > 1001998:
            break
    d = d9 + snils_check(d9)
    style = style or wpick(rng, [("formatted", 5), ("dashed", 1), ("plain", 1)])
    if style == "formatted":
        txt = "%s-%s-%s %s" % (d[:3], d[3:6], d[6:9], d[9:])
    elif style == "dashed":
        txt = "%s-%s-%s-%s" % (d[:3], d[3:6], d[6:9], d[9:])
    else:
        txt = d
    return E(txt, "RU_SNILS", style)


def passport(rng, style=None):
    region = pick(rng, ["45", "40", "46", "92", "65", "52", "60", "03", "18", "36", "71", "80"])
    year = "%02d" % rng.choice(list(range(0, 25)) + list(range(97, 100)))
    num = "%06d" % rng.randint(100000, 999999)
    style = style or wpick(rng, [("spaced", 4), ("series_number", 2), ("numero", 1), ("plain", 1)])
    txt = {"spaced": "%s %s %s" % (region, year, num), "series_number": "%s%s %s" % (region, year, num),
           "numero": "%s %s № %s" % (region, year, num), "plain": region + year + num}[style]
    return E(txt, "RU_PASSPORT", style)


# ---------------------------------------------------------------------------------------------
# US SSN
# ---------------------------------------------------------------------------------------------
def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ssn(rng, style=None):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, n = rng.randint(1, 99), rng.randint(1, 9999)
    style = style or wpick(rng, [("dashed", 6), ("plain", 1), ("spaced", 1)])
    txt = {"dashed": "%03d-%02d-%04d", "spaced": "%03d %02d %04d", "plain": "%03d%02d%04d"}[style] % (a, g, n)
    return E(txt, "US_SSN", style)


# ---------------------------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------------------------
def _nanp(rng):
    while True:
        area = "%d%d%d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9))
        if area[1:] != "11":
            break
    exch = "%d%s" % (rng.randint(2, 9), rdig(rng, 2))
    return area, exch, rdig(rng, 4)


def phone_us(rng, intl):
    a, x, l = _nanp(rng)
    if intl:
        f = pick(rng, ["+1 {a} {x} {l}", "+1-{a}-{x}-{l}", "+1{a}{x}{l}", "+1 ({a}) {x}-{l}", "001 {a} {x} {l}"])
    else:
        f = pick(rng, ["({a}) {x}-{l}", "{a}-{x}-{l}", "{a}.{x}.{l}", "{a}{x}{l}", "1-{a}-{x}-{l}",
                       "({a}) {x}-{l} ext. " + str(rng.randint(10, 999))])
    return f.format(a=a, x=x, l=l)


def phone_gb(rng, intl):
    kind = rng.random()
    if kind < 0.5:
        core = ("7" + str(rng.randint(4, 9)) + rdig(rng, 2), rdig(rng, 6))
        nat = "0%s %s" % core
        itl = pick(rng, ["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % core
        itl = itl if rng.random() < 0.8 else "+44" + core[0] + core[1]
    elif kind < 0.75:
        area = pick(rng, ["20", "121", "161", "113", "117", "131", "141", "151", "114", "191"])
        rest = rdig(rng, 10 - len(area))
        if len(area) == 2:
            grp = "%s %s" % (rest[:4], rest[4:])
        else:
            grp = "%s %s" % (rest[:3], rest[3:])
        nat = pick(rng, ["0%s %s", "(0%s) %s"]) % (area, grp)
        itl = pick(rng, ["+44 %s %s", "+44 (0)%s %s", "0044 %s %s"]) % (area, grp)
    else:
        area = pick(rng, ["1223", "1865", "1392", "1603", "1904", "1524", "1773"])
        rest = rdig(rng, 6)
        nat = "0%s %s" % (area, rest)
        itl = "+44 %s %s" % (area, rest)
    return itl if intl else nat


def phone_de(rng, intl):
    if rng.random() < 0.5:
        area = pick(rng, ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "179"])
        rest = rdig(rng, rng.choice([7, 8]))
    else:
        area = pick(rng, ["30", "40", "89", "221", "69", "711", "211", "231", "341", "351", "511", "911", "421"])
        rest = rdig(rng, rng.choice([6, 7, 8]))
    if intl:
        f = pick(rng, ["+49 {a} {r}", "+49 (0){a} {r}", "+49{a}{r}", "0049 {a} {r}", "+49 {a} {r1} {r2}"])
    else:
        f = pick(rng, ["0{a} {r}", "0{a}/{r}", "(0{a}) {r}", "0{a}-{r}", "0{a} {r1} {r2}", "0{a}{r}"])
    return f.format(a=area, r=rest, r1=rest[:3], r2=rest[3:])


def phone_fr(rng, intl):
    first = pick(rng, ["1", "2", "3", "4", "5", "6", "6", "7", "9"])
    pairs = [rdig(rng, 2) for _ in range(4)]
    if intl:
        f = pick(rng, ["+33 {f} {p}", "+33 (0){f} {p}", "+33{f}{c}", "0033 {f} {p}"])
    else:
        f = pick(rng, ["0{f} {p}", "0{f}.{d}", "0{f}{c}", "0{f}-{h}"])
    return f.format(f=first, p=" ".join(pairs), c="".join(pairs), d=".".join(pairs), h="-".join(pairs))


def phone_ru(rng, intl):
    code = pick(rng, ["916", "903", "926", "985", "495", "499", "812", "921", "343", "383", "843", "863", "911", "965"])
    a, b, c = rdig(rng, 3), rdig(rng, 2), rdig(rng, 2)
    if intl:
        f = pick(rng, ["+7 ({k}) {a}-{b}-{c}", "+7 {k} {a}-{b}-{c}", "+7{k}{a}{b}{c}", "+7-{k}-{a}-{b}-{c}",
                       "+7 {k} {a} {b} {c}"])
    else:
        f = pick(rng, ["8 ({k}) {a}-{b}-{c}", "8-{k}-{a}-{b}-{c}", "8{k}{a}{b}{c}", "8 {k} {a} {b} {c}",
                       "({k}) {a}-{b}-{c}"])
    return f.format(k=code, a=a, b=b, c=c)


_PH = {"US": phone_us, "GB": phone_gb, "DE": phone_de, "FR": phone_fr, "RU": phone_ru}
LOC_CC = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "ru_RU": "RU"}


def phone(rng, locale, intl=None, cc=None):
    cc = cc or LOC_CC[locale]
    if intl is None:
        intl = rng.random() < 0.45
    return E(_PH[cc](rng, intl), "PHONE", ("intl_" if intl else "national_") + cc)


# ---------------------------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_ymd(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1])
    return y, m, d


def fmt_date(rng, locale, lang, y, m, d, style=None):
    if style is None:
        style = pick(rng, ["num", "num", "long", "iso"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "num":
        if locale == "en_US":
            return pick(rng, ["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y)])
        if locale in ("de_DE", "ru_RU"):
            return "%02d.%02d.%04d" % (d, m, y)
        return "%02d/%02d/%04d" % (d, m, y)
    # long
    mlang = lang if lang in MONTHS else "en"
    mon = MONTHS[mlang][m - 1]
    if mlang == "en":
        if locale == "en_US":
            return "%s %d, %d" % (mon, d, y)
        return "%d %s %d" % (d, mon, y)
    if mlang == "de":
        return "%d. %s %d" % (d, mon, y)
    return "%d %s %d" % (d, mon, y)


def dob(rng, locale, lang, style=None):
    y, m, d = rand_ymd(rng, 1936, 2006)
    return E(fmt_date(rng, locale, lang, y, m, d, style), "DATE_OF_BIRTH")
