"""Checksummed identifiers (positives) and theme-specific look-alikes (negatives).

Everything takes an explicit random.Random so output is deterministic per seed.
Written from public format specifications (Luhn, ISO 13616 mod-97, FNS INN, PFR SNILS,
NHS mod-11, SSA SSN rules), not from any engine code.
"""
import base64
import string
import uuid as _uuid

DIG = string.digits


# ---------------------------------------------------------------- Luhn / cards
def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def luhn_break(rng, prefix, length):
    """A digit string of given length that FAILS the Luhn check."""
    while True:
        s = prefix + "".join(rng.choice(DIG) for _ in range(length - len(prefix)))
        if not luhn_ok(s):
            return s


BRANDS = ["visa", "mastercard", "amex", "discover", "jcb", "mir"]


def card_number(rng, brand):
    if brand == "visa":
        return luhn_complete(rng, "4" + rng.choice(DIG), 16)
    if brand == "mastercard":
        if rng.random() < 0.7:
            return luhn_complete(rng, "5" + rng.choice("12345"), 16)
        return luhn_complete(rng, str(rng.randint(2221, 2720)), 16)
    if brand == "amex":
        return luhn_complete(rng, rng.choice(["34", "37"]), 15)
    if brand == "discover":
        return luhn_complete(rng, rng.choice(["6011", "65" + rng.choice(DIG) + rng.choice(DIG)]), 16)
    if brand == "jcb":
        return luhn_complete(rng, str(rng.randint(3528, 3589)), 16)
    if brand == "mir":
        return luhn_complete(rng, "220" + rng.choice("01234"), 16)
    raise ValueError(brand)


def fmt_card(num, style):
    if style == "compact":
        return num
    sep = {"spaced": " ", "dashed": "-"}[style]
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


# ---------------------------------------------------------------- IBAN
IBAN_LEN = {"DE": 22, "GB": 22, "FR": 27, "AT": 20, "CH": 21, "NL": 18, "BE": 16,
            "ES": 24, "IT": 27, "PL": 28}


def _mod97(s):
    conv = "".join(str(int(c, 36)) for c in s)
    return int(conv) % 97


def iban_ok(iban):
    s = iban.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return _mod97(s[4:] + s[:4]) == 1


def _rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def iban(rng, cc):
    U = string.ascii_uppercase
    d = lambda n: "".join(rng.choice(DIG) for _ in range(n))
    if cc == "DE":
        bban = rng.choice(["1007", "2004", "3705", "5005", "6709", "7002", "8604"]) + d(4) + d(10)
    elif cc == "GB":
        bban = rng.choice(["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "SRLG"]) + d(6) + d(8)
    elif cc == "FR":
        bank, branch, acct = d(5), d(5), d(11)
        bban = bank + branch + acct + "%02d" % _rib_key(bank, branch, acct)
    elif cc == "AT":
        bban = d(16)
    elif cc == "CH":
        bban = d(17)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + d(10)
    elif cc == "BE":
        bban = d(12)
    elif cc == "ES":
        bban = d(20)
    elif cc == "IT":
        bban = rng.choice(U) + d(10) + d(12)
    elif cc == "PL":
        bban = d(24)
    else:
        raise ValueError(cc)
    chk = 98 - _mod97(bban + cc + "00")
    out = cc + "%02d" % chk + bban
    assert iban_ok(out) and len(out) == IBAN_LEN[cc]
    return out


def fmt_iban(s, grouped):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# ---------------------------------------------------------------- Russian ids
def _inn_digit(ds, w):
    return sum(int(a) * b for a, b in zip(ds, w)) % 11 % 10


W10 = [2, 4, 10, 3, 5, 9, 4, 6, 8]
W11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
W12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]


def inn_ok(s):
    if len(s) == 10:
        return _inn_digit(s[:9], W10) == int(s[9])
    if len(s) == 12:
        return _inn_digit(s[:10], W11) == int(s[10]) and _inn_digit(s[:11], W12) == int(s[11])
    return False


REGIONS = ["77", "78", "50", "47", "66", "16", "54", "52", "23", "61", "02", "63", "74", "24", "36", "59"]


def inn10(rng):
    s = rng.choice(REGIONS) + "".join(rng.choice(DIG) for _ in range(7))
    return s + str(_inn_digit(s, W10))


def inn12(rng):
    s = rng.choice(REGIONS) + "".join(rng.choice(DIG) for _ in range(8))
    s += str(_inn_digit(s, W11))
    return s + str(_inn_digit(s, W12))


def snils_check(nine):
    t = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if t < 100:
        return t
    if t in (100, 101):
        return 0
    t %= 101
    return 0 if t == 100 else t


def snils_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 11 and int(ds[:9]) > 1001998 and snils_check(ds[:9]) == int(ds[9:])


def snils(rng):
    while True:
        nine = "".join(rng.choice(DIG) for _ in range(9))
        if int(nine) > 1001998:
            return nine + "%02d" % snils_check(nine)


def fmt_snils(s, style):
    if style == "plain":
        return s
    if style == "dashed":
        return "%s-%s-%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    return "%s-%s-%s %s" % (s[:3], s[3:6], s[6:9], s[9:])  # formatted


PASSPORT_REGIONS = ["45", "46", "40", "41", "65", "92", "50", "60", "03", "36", "71", "80", "52", "57", "04", "11"]


def ru_passport(rng):
    """Internal passport: 2-digit OKATO region + 2-digit year of issue + 6-digit number."""
    return rng.choice(PASSPORT_REGIONS) + "%02d" % rng.choice(list(range(3, 25))) + str(rng.randint(100000, 999999))


def fmt_ru_passport(s, style):
    if style == "spaced":
        return "%s %s %s" % (s[:2], s[2:4], s[4:])
    if style == "series_number":
        return "%s %s" % (s[:4], s[4:])
    if style == "numero":
        return "%s %s № %s" % (s[:2], s[2:4], s[4:])
    return s


# ---------------------------------------------------------------- US SSN, NHS, MRN
def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def ssn_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return (len(ds) == 9 and ds[:3] not in ("000", "666") and ds[0] != "9"
            and ds[3:5] != "00" and ds[5:] != "0000")


def fmt_ssn(s, style):
    if style == "dashed":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if style == "spaced":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return s


def nhs_check(nine):
    r = 11 - sum(int(c) * (10 - i) for i, c in enumerate(nine)) % 11
    return 0 if r == 11 else r


def nhs_ok(s):
    ds = "".join(c for c in s if c.isdigit())
    return len(ds) == 10 and nhs_check(ds[:9]) == int(ds[9])


def nhs(rng):
    while True:
        nine = str(rng.randint(4, 7)) + "".join(rng.choice(DIG) for _ in range(8))
        c = nhs_check(nine)
        if c != 10:
            s = nine + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def mrn(rng, sub):
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if sub == "numeric":
        return str(rng.randint(10 ** 6, 10 ** 9 - 1))
    if sub == "prefixed":
        return rng.choice(["MRN", "PAT", "KH", "HC", "EHR"]) + "%08d" % rng.randint(0, 10 ** 8 - 1)
    if sub == "alnum":
        return "".join(rng.choice(U) for _ in range(2)) + str(rng.randint(100000, 999999)) + "-" + "".join(rng.choice(U) for _ in range(2))
    if sub == "nhs":
        return nhs(rng)
    raise ValueError(sub)


# ---------------------------------------------------------------- secrets (API_KEY)
B62 = string.ascii_letters + string.digits


def _r(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def api_key(rng, sub):
    if sub == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + _r(rng, B62, 24)
    if sub == "aws_access_key_id":
        return rng.choice(["AKIA", "ASIA"]) + _r(rng, string.ascii_uppercase + "234567", 16)
    if sub == "aws_secret_key":
        return _r(rng, B62 + "+/", 40)
    if sub == "google_api":
        return "AIza" + _r(rng, B62 + "-_", 35)
    if sub == "slack":
        return "xoxb-%d-%d-%s" % (rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 11, 10 ** 13), _r(rng, B62, 24))
    if sub == "jwt":
        hdr = b64url(b'{"alg":"HS256","typ":"JWT"}')
        body = b64url(('{"sub":"%d","iat":%d,"scope":"reservations:read"}' % (rng.randint(10 ** 5, 10 ** 8), rng.randint(1.6e9, 1.75e9))).encode())
        return hdr + "." + body + "." + b64url(bytes(rng.getrandbits(8) for _ in range(32)))
    if sub in ("db_password", "password"):
        w = rng.choice(["Harbour", "Seaview", "Alpen", "Riviera", "Volga", "Summer", "Lobby", "Marina"])
        return w + str(rng.randint(10, 9999)) + rng.choice("!#$%*&") + _r(rng, B62, rng.randint(2, 6))
    raise ValueError(sub)


# ---------------------------------------------------------------- network
def ipv4(rng):
    while True:
        a = rng.randint(11, 223)
        if a not in (127, 169, 172, 192, 100):
            return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    g = ["%x" % rng.randint(0, 0xFFFF) for _ in range(8)]
    g[0] = "2" + "%03x" % rng.randint(0, 0xFFF)
    if rng.random() < 0.4:
        return ":".join(g[:4]) + "::" + g[7]
    return ":".join(g)


# ---------------------------------------------------------------- negatives
PNR_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def pnr(rng):
    while True:
        s = _r(rng, PNR_ALPHA, 6)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def numeric_ref(rng, n):
    """Digit-only reference that does NOT pass INN / NHS / SNILS / Luhn checks (fair negative)."""
    while True:
        s = str(rng.randint(1, 9)) + "".join(rng.choice(DIG) for _ in range(n - 1))
        if inn_ok(s) or luhn_ok(s):
            continue
        if n == 10 and nhs_check(s[:9]) == int(s[9]):
            continue
        if n == 11 and snils_ok(s):
            continue
        return s


def booking_ref(rng, style=None):
    style = style or rng.choice(["bkg", "num", "hx", "res", "conf", "hash"])
    if style == "bkg":
        return "BKG-%d-%06d" % (rng.randint(2023, 2026), rng.randint(0, 999999))
    if style == "num":
        return numeric_ref(rng, 10)
    if style == "hx":
        return "HX" + numeric_ref(rng, 8)
    if style == "res":
        return "RES-" + _r(rng, string.ascii_uppercase, 2) + str(rng.randint(10000, 99999))
    if style == "conf":
        return _r(rng, string.ascii_uppercase, 3) + "-" + _r(rng, PNR_ALPHA, 5)
    return "#" + numeric_ref(rng, 8)


AIRLINES = {  # IATA designator, numeric ticketing prefix, display name
    "LH": ("220", "Lufthansa"), "BA": ("125", "British Airways"), "AF": ("057", "Air France"),
    "SU": ("555", "Aeroflot"), "UA": ("016", "United Airlines"), "DL": ("006", "Delta Air Lines"),
    "KL": ("074", "KLM"), "LX": ("724", "Swiss"), "EW": ("104", "Eurowings"), "S7": ("421", "S7 Airlines"),
    "AA": ("001", "American Airlines"), "U2": ("888", "easyJet"),
}
AIRLINES_BY_LOC = {
    "en_US": ["UA", "DL", "AA", "BA", "LH"], "en_GB": ["BA", "U2", "LH", "AF", "KL"],
    "de_DE": ["LH", "EW", "LX", "KL", "AF"], "fr_FR": ["AF", "KL", "LH", "U2", "LX"],
    "ru_RU": ["SU", "S7", "SU", "LH", "AF"],
}


def flight_no(rng, code, spaced=None):
    sp = rng.random() < 0.5 if spaced is None else spaced
    return code + (" " if sp else "") + str(rng.randint(10, 2999))


def eticket(rng, code, style=None):
    """13-digit e-ticket number, guaranteed Luhn-invalid."""
    pref = AIRLINES[code][0]
    num = luhn_break(rng, pref, 13)
    style = style or rng.choice(["dash", "plain", "space"])
    if style == "dash":
        return num[:3] + "-" + num[3:]
    if style == "space":
        return num[:3] + " " + num[3:]
    return num


def cardlike(rng, style=None):
    pref = rng.choice(["4", "5", "6", "9", "3", "7"])
    num = luhn_break(rng, pref, 16)
    return fmt_card(num, style or rng.choice(["spaced", "dashed", "compact"]))


def uuid4(rng):
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def b64blob(rng, nbytes, png=False):
    raw = bytes(rng.getrandbits(8) for _ in range(nbytes))
    s = base64.b64encode(raw).decode()
    return "data:image/png;base64,iVBORw0KGgo" + s if png else s


def version(rng):
    return "%d.%d.%d" % (rng.randint(1, 40), rng.randint(0, 30), rng.randint(0, 99))


def seat(rng):
    return "%d%s" % (rng.randint(1, 45), rng.choice("ABCDEFHJK"))


def gate(rng):
    return rng.choice("ABCDEKLZ") + str(rng.randint(1, 68))


def room_no(rng):
    return str(rng.randint(1, 12) * 100 + rng.randint(1, 40))
