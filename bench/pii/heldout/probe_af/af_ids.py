"""Identifier generators for probe AF, written from the public format rules.

Every checksummed value is valid: Luhn (cards), ISO 13616 mod-97 (IBAN), SSA area/group/serial
rules (SSN), FNS weights (INN), PFR rule (SNILS), NHS modulus 11.
"""
from af_common import digits, rstr

# ------------------------------------------------------------------ checksums (also used by validator)


def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise ValueError(body)


def iban_ok(iban):
    s = iban.replace(" ", "")
    if len(s) < 5 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban_check(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    return "%02d" % (98 - int(n) % 97)


def inn_ok(s):
    d = [int(c) for c in s]
    if len(d) == 10:
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return sum(a * b for a, b in zip(w, d)) % 11 % 10 == d[9]
    if len(d) == 12:
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        c1 = sum(a * b for a, b in zip(w1, d)) % 11 % 10
        c2 = sum(a * b for a, b in zip(w2, d)) % 11 % 10
        return c1 == d[10] and c2 == d[11]
    return False


def snils_check(nine):
    s = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%02d" % c


def snils_ok(s):
    return len(s) == 11 and s.isdigit() and int(s[:9]) > 1001998 and snils_check(s[:9]) == s[9:]


def nhs_check(nine):
    t = sum(int(c) * (10 - i) for i, c in enumerate(nine))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_ok(s):
    return len(s) == 10 and s.isdigit() and nhs_check(s[:9]) == s[9]


def ssn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


# ------------------------------------------------------------------ cards
CARD_PREFIX = {
    "visa": (["4"], 16),
    "mastercard": ([str(i) for i in range(51, 56)] + [str(i) for i in range(2221, 2721, 37)], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65"] + [str(i) for i in range(644, 650)], 16),
    "jcb": ([str(i) for i in range(3528, 3590, 3)], 16),
    "mir": (["2200", "2201", "2202", "2203", "2204"], 16),
}


def card(rng, brand, fmt):
    prefixes, n = CARD_PREFIX[brand]
    p = rng.choice(prefixes)
    body = p + digits(rng, n - 1 - len(p))
    num = body + luhn_digit(body)
    if fmt == "compact":
        return num
    sep = " " if fmt == "spaced" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


# ------------------------------------------------------------------ IBAN
IBAN_SPEC = {  # country: list of (kind, length) ; n digits, a upper letters, c alnum
    "DE": [("n", 18)], "AT": [("n", 16)], "BE": [("n", 12)], "NL": [("a", 4), ("n", 10)],
    "FR": [("n", 10), ("c", 11), ("n", 2)], "GB": [("a", 4), ("n", 14)], "CH": [("n", 5), ("c", 12)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 10), ("c", 12)], "PL": [("n", 24)],
}


def iban(rng, cc, grouped):
    parts = []
    for kind, n in IBAN_SPEC[cc]:
        if kind == "n":
            parts.append(digits(rng, n))
        elif kind == "a":
            parts.append(rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", n))
        else:
            parts.append(rstr(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n))
    bban = "".join(parts)
    s = cc + iban_check(cc, bban) + bban
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


# ------------------------------------------------------------------ US SSN
def ssn(rng, fmt, raw=None):
    if raw is None:
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        raw = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    s = raw
    if fmt == "dashed":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if fmt == "spaced":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return s


# ------------------------------------------------------------------ Russian identifiers
RU_REGIONS = ["77", "78", "50", "16", "66", "54", "52", "61", "63", "23", "24", "02", "74", "59", "36",
              "34", "38", "47", "72", "26", "64", "25", "42", "55", "70", "33", "76", "03", "12", "39"]


def inn(rng, n):
    while True:
        if n == 10:
            b = rng.choice(RU_REGIONS) + digits(rng, 7)
            w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
            v = b + str(sum(a * int(c) for a, c in zip(w, b)) % 11 % 10)
        else:
            b = rng.choice(RU_REGIONS) + digits(rng, 8)
            w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            b += str(sum(a * int(c) for a, c in zip(w1, b)) % 11 % 10)
            w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            v = b + str(sum(a * int(c) for a, c in zip(w2, b)) % 11 % 10)
        if inn_ok(v):
            return v


def snils(rng, fmt, raw=None):
    if raw is None:
        while True:
            nine = digits(rng, 9)
            if int(nine) > 1001998:
                break
        raw = nine + snils_check(nine)
    s = raw
    if fmt == "dashed":
        return "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    if fmt == "formatted":
        return "%s-%s-%s %s" % (s[:3], s[3:6], s[6:9], s[9:])
    return s


def ru_passport(rng, fmt, raw=None):
    if raw is None:
        reg = rng.choice(["45", "46", "40", "92", "65", "60", "52", "36", "03", "71", "80", "57", "18", "22"])
        yr = "%02d" % rng.choice(list(range(97, 100)) + list(range(0, 25)))
        raw = reg + yr + "%06d" % rng.randint(100000, 999999)
    reg, yr, num = raw[:2], raw[2:4], raw[4:]
    if fmt == "spaced":
        return "%s %s %s" % (reg, yr, num)
    if fmt == "series_number":
        return "%s%s %s" % (reg, yr, num)
    if fmt == "numero":
        return "%s %s № %s" % (reg, yr, num)
    return reg + yr + num


# ------------------------------------------------------------------ medical record numbers
def nhs(rng, spaced):
    while True:
        nine = rng.choice("4679") + digits(rng, 8)
        c = nhs_check(nine)
        if c is not None:
            break
    s = nine + c
    return "%s %s %s" % (s[:3], s[3:6], s[6:]) if spaced else s


MRN_PREFIXES = ["MRN-", "MRN ", "MR#", "PID-", "PAT-", "HOSP-", "KIS-", "EPA-", "IPP-", "EMR/"]


def mrn(rng, sub, locale=None):
    if sub == "nhs":
        return nhs(rng, rng.random() < 0.5)
    if sub == "numeric":
        return str(rng.randint(1, 9)) + digits(rng, rng.randint(6, 9))
    if sub == "prefixed":
        p = rng.choice(MRN_PREFIXES)
        if locale == "ru_RU" and rng.random() < 0.5:
            p = rng.choice(["ЭМК-", "МК № "])
        return p + digits(rng, rng.randint(6, 9))
    k = rng.randint(0, 3)  # alnum
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if k == 0:
        return rstr(rng, L, 2) + digits(rng, 6) + "-" + rstr(rng, L + "0123456789", 2)
    if k == 1:
        return rstr(rng, L, 1) + digits(rng, 2) + rstr(rng, L, 1) + digits(rng, 5)
    if k == 2:
        return digits(rng, 4) + "-" + rstr(rng, L, 3) + "-" + digits(rng, 3)
    return rstr(rng, L, 3) + digits(rng, 7)


# ------------------------------------------------------------------ network
def ipv4(rng):
    k = rng.randint(0, 4)
    if k == 0:
        return "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
    first = rng.choice([23, 31, 37, 46, 62, 77, 81, 85, 91, 94, 104, 109, 141, 151, 178, 185, 194, 212, 213])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    g = lambda: "%x" % rng.randint(0, 0xFFFF)
    k = rng.randint(0, 3)
    if k == 0:
        return ":".join(g() for _ in range(8))
    if k == 1:
        return "2001:db8:%s:%s::%s" % (g(), g(), g())
    if k == 2:
        return "fe80::%s:%s:%s:%s" % (g(), g(), g(), g())
    return "2a0%d:%s:%s:%s::%s" % (rng.randint(0, 9), g(), g(), g(), g())
