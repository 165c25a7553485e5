"""Value generators for probe AH: checksummed identifiers, secrets, network ids, negatives.

Standard library only; every function takes a random.Random so output is deterministic per seed.
"""
import string

DIG = string.digits
UPAL = string.ascii_uppercase + string.digits
B62 = string.ascii_letters + string.digits
B64U = B62 + "-_"


def digits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- checksums
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


def luhn_digit(body):
    for c in DIG:
        if luhn_ok(body + c):
            return c


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(cc, bban):
    tmp = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in tmp)) % 97
    return f"{cc}{chk:02d}{bban}"


def snils_check(nine):
    s = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    if s < 100:
        return f"{s:02d}"
    if s in (100, 101):
        return "00"
    r = s % 101
    return "00" if r == 100 else f"{r:02d}"


def inn_ok(inn):
    d = [int(c) for c in inn]

    def c(ws, n):
        return sum(w * x for w, x in zip(ws, d[:n])) % 11 % 10
    if len(d) == 10:
        return c([2, 4, 10, 3, 5, 9, 4, 6, 8], 9) == d[9]
    if len(d) == 12:
        return (c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 10) == d[10]
                and c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], 11) == d[11])
    return False


def nhs_check(nine):
    s = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    c = 11 - s % 11
    if c == 11:
        return "0"
    if c == 10:
        return None
    return str(c)


def ssn_ok(ssn):
    d = ssn.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


# ---------------------------------------------------------------- identifiers
def credit_card(rng):
    kind = rng.choice(["visa", "visa", "mastercard", "mastercard2", "amex", "discover"])
    if kind == "visa":
        body, n, sub = "4" + digits(rng, 14), 16, "visa"
    elif kind == "mastercard":
        body, n, sub = str(rng.randint(51, 55)) + digits(rng, 13), 16, "mastercard"
    elif kind == "mastercard2":
        body, n, sub = str(rng.randint(2221, 2720)) + digits(rng, 11), 16, "mastercard"
    elif kind == "amex":
        body, n, sub = rng.choice(["34", "37"]) + digits(rng, 12), 15, "amex"
    else:
        body, n, sub = "6011" + digits(rng, 11), 16, "discover"
    num = body + luhn_digit(body)
    style = rng.random()
    if n == 15:
        grp = [num[:4], num[4:10], num[10:]]
    else:
        grp = [num[i:i + 4] for i in range(0, 16, 4)]
    if style < 0.45:
        return " ".join(grp), sub
    if style < 0.7:
        return "-".join(grp), sub
    return num, sub


def bad_card(rng):
    """16-digit card-shaped number that fails Luhn (hard negative)."""
    body = rng.choice("45") + digits(rng, 14)
    good = luhn_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    num = body + bad
    return " ".join(num[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else num


IBAN_SPECS = {
    "DE": lambda r: digits(r, 8, True) + digits(r, 10),
    "FR": lambda r: digits(r, 5, True) + digits(r, 5) + digits(r, 11) + digits(r, 2),
    "GB": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + digits(r, 14),
    "AT": lambda r: digits(r, 5, True) + digits(r, 11),
    "CH": lambda r: digits(r, 5) + digits(r, 12),
    "NL": lambda r: "".join(r.choice(string.ascii_uppercase) for _ in range(4)) + digits(r, 10),
    "ES": lambda r: digits(r, 20),
    "IT": lambda r: r.choice(string.ascii_uppercase) + digits(r, 10) + digits(r, 12),
    "BE": lambda r: digits(r, 12),
    "LU": lambda r: digits(r, 3) + digits(r, 13),
}


def iban(rng, cc=None, compact=None):
    cc = cc or rng.choice(list(IBAN_SPECS))
    v = iban_make(cc, IBAN_SPECS[cc](rng))
    if compact is None:
        compact = rng.random() < 0.35
    return (v if compact else " ".join(v[i:i + 4] for i in range(0, len(v), 4))), cc


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    v = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return v if rng.random() < 0.85 else v.replace("-", " ")


def snils(rng):
    nine = str(rng.randint(2, 9)) + digits(rng, 8)
    c = snils_check(nine)
    v = f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {c}"
    return v if rng.random() < 0.8 else nine + c


def inn(rng, kind=None):
    kind = kind or ("person" if rng.random() < 0.7 else "org")
    n = 12 if kind == "person" else 10
    while True:
        region = f"{rng.randint(1, 92):02d}"
        s = region + digits(rng, n - 2)
        if kind == "org":
            s = s[:9]
            for c in DIG:
                if inn_ok(s + c):
                    return s + c, kind
        else:
            s = s[:10]
            for c in DIG:
                for c2 in DIG:
                    if inn_ok(s + c + c2):
                        return s + c + c2, kind


def ru_passport(rng):
    ser = f"{rng.randint(1, 99):02d}{rng.randint(0, 25):02d}"
    num = digits(rng, 6, True)
    st = rng.random()
    if st < 0.4:
        return f"{ser[:2]} {ser[2:]} {num}"
    if st < 0.75:
        return f"{ser} {num}"
    return f"{ser} № {num}" if st < 0.9 else ser + num


def nhs(rng):
    while True:
        nine = digits(rng, 9, True)
        c = nhs_check(nine)
        if c is not None:
            v = nine + c
            return f"{v[:3]} {v[3:6]} {v[6:]}" if rng.random() < 0.7 else v


def mrn(rng, lang):
    st = rng.randint(0, 5)
    if st == 0:
        return digits(rng, 8)
    if st == 1:
        return f"{digits(rng, 3, True)}-{digits(rng, 3)}-{digits(rng, 3)}"
    if st == 2:
        return rng.choice(["M", "P", "H", "K"]) + digits(rng, 7)
    if st == 3:
        return f"{rng.randint(2005, 2025)}-{digits(rng, 6)}"
    if st == 4:
        return ("PID" if lang != "ru" else "") + digits(rng, 9, True)
    return f"{digits(rng, 5, True)}/{rng.randint(10, 25)}"


# ---------------------------------------------------------------- network
def ipv4(rng):
    while True:
        a = rng.choice([rng.randint(11, 223), 10, 172, 192, 81, 94, 185, 212])
        if a in (127,):
            continue
        b = rng.randint(16, 31) if a == 172 else (168 if a == 192 and rng.random() < 0.6 else rng.randint(0, 255))
        return f"{a}.{b}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng):
    groups = [f"{rng.randint(0, 0xffff):x}" for _ in range(8)]
    groups[0] = rng.choice(["2001", "2a02", "2a00", "2600", "2607", "fd12", "2a01", "2003"])
    st = rng.random()
    if st < 0.4:
        groups[1] = rng.choice(["db8", "0db8", "1450", "4860", groups[1]])
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:])
    if st < 0.55:
        return "fe80::" + ":".join(groups[4:])
    if st < 0.8:
        return ":".join(groups)
    return ":".join(g.zfill(4) for g in groups)


# ---------------------------------------------------------------- secrets
def rstr(rng, alpha, n):
    return "".join(rng.choice(alpha) for _ in range(n))


def b64u(rng, n):
    return rstr(rng, B64U, n)


def jwt(rng):
    import base64
    import json
    hdr = base64.urlsafe_b64encode(json.dumps({"alg": rng.choice(["RS256", "HS256"]), "typ": "JWT"},
                                               separators=(",", ":")).encode()).decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": rstr(rng, B62, 12), "aud": rng.choice(["api", "graph", "mail"]),
                                                "iat": rng.randint(1_600_000_000, 1_800_000_000)}, separators=(",", ":")).encode()
                                    ).decode().rstrip("=")
    return f"{hdr}.{body}.{b64u(rng, 43)}"


SECRET_KINDS = ["aws", "github", "slack", "google", "stripe", "azure", "gcp_oauth", "jwt", "bearer", "sendgrid",
                "twilio", "generic"]


def api_key(rng, kind=None):
    kind = kind or rng.choice(SECRET_KINDS)
    if kind == "aws":
        return "AKIA" + rstr(rng, string.ascii_uppercase + "234567", 16), "aws_access_key_id"
    if kind == "github":
        return rng.choice(["ghp_", "gho_", "github_pat_11"]) + rstr(rng, B62, 36), "github_token"
    if kind == "slack":
        return f"xox{rng.choice('bpa')}-{digits(rng, 12, True)}-{digits(rng, 13, True)}-{rstr(rng, B62, 24)}", "slack_token"
    if kind == "google":
        return "AIza" + rstr(rng, B64U, 35), "google_api_key"
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + rstr(rng, B62, 24), "stripe_key"
    if kind == "azure":
        return rstr(rng, B62, 3) + "8Q~" + rstr(rng, B62 + "~._-", 34), "azure_client_secret"
    if kind == "gcp_oauth":
        return "GOCSPX-" + rstr(rng, B64U, 28), "oauth_client_secret"
    if kind == "jwt":
        return jwt(rng), "jwt"
    if kind == "bearer":
        return "ya29." + rstr(rng, B64U, 60), "oauth_access_token"
    if kind == "sendgrid":
        return f"SG.{rstr(rng, B64U, 22)}.{rstr(rng, B64U, 43)}", "sendgrid_key"
    if kind == "twilio":
        return "SK" + rstr(rng, "0123456789abcdef", 32), "twilio_key"
    return rstr(rng, B62, rng.randint(32, 44)), "generic_token"


WORDS_PW = ["Sommer", "Winter", "Kaffee", "Soleil", "Paris", "Moskva", "Dragon", "Tiger", "Office", "Rathaus",
            "Bureau", "Zvezda", "Kalender", "Printer", "Welcome", "Bonjour", "Privet", "Sunrise"]


def password(rng):
    st = rng.random()
    if st < 0.4:
        return rng.choice(WORDS_PW) + str(rng.randint(1960, 2026)) + rng.choice("!?#$%&*")
    if st < 0.8:
        return rstr(rng, B62 + "!#$%&*+-=?@^_", rng.randint(12, 20))
    return "-".join(rstr(rng, string.ascii_lowercase, rng.randint(4, 7)) for _ in range(3)) + str(rng.randint(1, 99))


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"],
}


def dob(rng, locale, iso=False):
    y, mo, d = rng.randint(1938, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if iso:
        return f"{y}-{mo:02d}-{d:02d}"
    lang = locale[:2]
    if locale == "en_US":
        return rng.choice([f"{mo:02d}/{d:02d}/{y}", f"{MONTHS['en'][mo - 1]} {d}, {y}", f"{mo}/{d}/{y}"])
    if locale == "en_GB":
        return rng.choice([f"{d:02d}/{mo:02d}/{y}", f"{d} {MONTHS['en'][mo - 1]} {y}"])
    if lang == "de":
        return rng.choice([f"{d:02d}.{mo:02d}.{y}", f"{d}. {MONTHS['de'][mo - 1]} {y}"])
    if lang == "fr":
        return rng.choice([f"{d:02d}/{mo:02d}/{y}", f"{d} {MONTHS['fr'][mo - 1]} {y}"])
    return rng.choice([f"{d:02d}.{mo:02d}.{y}", f"{d} {MONTHS['ru'][mo - 1]} {y}"])
