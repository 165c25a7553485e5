#!/usr/bin/env python3
"""Probe O: independent held-out PII corpus generator (dev-split schema).

Run: PYTHONPATH=/tmp/faker-site python make_probe_o.py --seed 2222 --out /tmp/probe_o.jsonl
Names/streets/cities/postcodes come from Faker; every other value is synthesised from format
knowledge with valid checksums. Deterministic for a given seed.
"""
import argparse, base64, json, random, re, string, sys
from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
R = random.Random(0)
FK = {}

def fk(loc):
    return FK[loc]

# ---------------------------------------------------------------- segments
class Seg:
    __slots__ = ("text", "kind", "type", "sub", "obf")
    def __init__(self, text, kind=None, type=None, sub=None, obf=None):
        self.text, self.kind, self.type, self.sub, self.obf = text, kind, type, sub, obf

def T(s): return Seg(s)
def E(typ, v, sub=None, obf=None): return Seg(v, "E", typ, sub, obf)
def N(typ, v): return Seg(v, "N", typ)
def I(v): return Seg(v, "I")

def digits(n): return "".join(R.choice(string.digits) for _ in range(n))
def alnum(n, chars=string.ascii_letters + string.digits): return "".join(R.choice(chars) for _ in range(n))

# ---------------------------------------------------------------- value generators
def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9: d -= 9
        s += d
    return s % 10 == 0

CARD_BRANDS = {
    "visa": (lambda: "4" + digits(5), 16), "mastercard": (lambda: R.choice([str(R.randint(51, 55)), str(R.randint(2221, 2720))]), 16),
    "amex": (lambda: R.choice(["34", "37"]), 15), "discover": (lambda: R.choice(["6011", "65" + digits(2), "644"]), 16),
    "jcb": (lambda: str(R.randint(3528, 3589)), 16), "mir": (lambda: "220" + str(R.randint(0, 4)), 16),
}

def group_card(num, style):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return {"space": " ", "dash": "-", "compact": ""}[style].join(parts)

def card(brand=None, style=None):
    brand = brand or R.choice(list(CARD_BRANDS))
    pre, n = CARD_BRANDS[brand]
    p = pre()
    body = p + digits(n - 1 - len(p))
    num = body + luhn_check(body)
    return group_card(num, style or R.choice(["space", "space", "dash", "compact"])), brand

def cardlike():
    while True:
        num = R.choice("3456") + digits(15)
        if not luhn_ok(num):
            return group_card(num, R.choice(["space", "dash", "compact"]))

IBAN_SPEC = {"DE": lambda: digits(18), "GB": lambda: alnum(4, string.ascii_uppercase) + digits(14), "FR": lambda: digits(23),
             "ES": lambda: digits(20), "NL": lambda: alnum(4, string.ascii_uppercase) + digits(10), "IT": lambda: alnum(1, string.ascii_uppercase) + digits(10) + alnum(12, string.ascii_uppercase + string.digits),
             "BE": lambda: digits(12), "AT": lambda: digits(16), "CH": lambda: digits(5) + alnum(12, string.ascii_uppercase + string.digits), "PL": lambda: digits(24),
             "PT": lambda: digits(21), "IE": lambda: alnum(4, string.ascii_uppercase) + digits(14)}

def iban(cc=None, grouped=None):
    cc = cc or R.choice(list(IBAN_SPEC))
    bban = IBAN_SPEC[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    v = f"{cc}{chk:02d}{bban}"
    if grouped is None: grouped = R.random() < 0.5
    if grouped:
        v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v, f"{cc}_{'grouped' if grouped else 'compact'}"

def ssn(style=None):
    while True:
        a = R.randint(1, 899)
        if a != 666: break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or R.choice(["dashed", "dashed", "dashed", "plain", "spaced"])
    sep = {"dashed": "-", "plain": "", "spaced": " "}[style]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", style

def inn(kind=None):
    kind = kind or R.choice(["inn10", "inn12"])
    if kind == "inn10":
        d = [int(c) for c in f"{R.randint(1, 99):02d}" + digits(7)]
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(d, w)) % 11 % 10)
    else:
        d = [int(c) for c in f"{R.randint(1, 99):02d}" + digits(8)]
        w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
        w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
        d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d)), kind

def snils(style=None):
    n = digits(9)
    while int(n) <= 1001998: n = digits(9)
    s = sum(int(c) * (9 - i) for i, c in enumerate(n))
    if s > 101: s %= 101
    c = 0 if s in (100, 101) else s
    c = f"{c:02d}"
    style = style or R.choice(["formatted", "formatted", "formatted", "plain", "dashed"])
    if style == "formatted": return f"{n[:3]}-{n[3:6]}-{n[6:]} {c}", style
    if style == "dashed": return f"{n[:3]}-{n[3:6]}-{n[6:]}-{c}", style
    return n + c, style

def ru_passport(style=None):
    ser = f"{R.randint(1, 99):02d}{R.randint(0, 25):02d}"
    num = f"{R.randint(100000, 999999)}"
    style = style or R.choice(["spaced", "spaced", "series_number", "plain", "numero"])
    if style == "spaced": return f"{ser[:2]} {ser[2:]} {num}", style
    if style == "series_number": return f"{ser} {num}", style
    if style == "numero": return f"{ser} № {num}", style
    return ser + num, style

def nhs(spaced=None):
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11: c = 0
        if c == 10: continue
        s = "".join(map(str, d)) + str(c)
        if spaced is None: spaced = R.random() < 0.6
        return (f"{s[:3]} {s[3:6]} {s[6:]}" if spaced else s), "nhs"

def mrn():
    k = R.choice(["numeric", "numeric", "prefixed", "alnum"])
    if k == "numeric": return digits(R.choice([6, 7, 8, 9])), k
    if k == "prefixed": return R.choice(["MRN-", "MR", "HN-", "PAT", "OR/"]) + digits(R.choice([6, 7])), k
    return alnum(2, string.ascii_uppercase) + digits(6) + R.choice(["", "-" + alnum(1, string.ascii_uppercase) + digits(1), "/" + digits(2)]), k

def ipv4():
    while True:
        a = R.randint(1, 223)
        if a not in (10, 127, 0): break
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"

def ipv6():
    g = [f"{R.randint(0, 65535):x}" for _ in range(8)]
    r = R.random()
    if r < 0.4: return ":".join(g)
    if r < 0.8:
        i = R.randint(1, 5); j = R.randint(i + 1, 7)
        return ":".join(g[:i]) + "::" + ":".join(g[j:])
    return "2001:db8:" + ":".join(g[2:4]) + "::" + g[7]

B32 = string.ascii_uppercase + "234567"
B64 = string.ascii_letters + string.digits + "+/"

def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def pem(kind):
    header = {"pem_rsa_private_key": "RSA PRIVATE KEY", "pem_ec_private_key": "EC PRIVATE KEY", "pem_private_key": "PRIVATE KEY",
              "pem_encrypted_private_key": "ENCRYPTED PRIVATE KEY", "pem_openssh_private_key": "OPENSSH PRIVATE KEY"}[kind]
    nbytes = {"pem_ec_private_key": 121, "pem_openssh_private_key": 400}.get(kind, R.choice([600, 900, 1190]))
    body = base64.b64encode(bytes(R.randint(0, 255) for _ in range(nbytes))).decode()
    width = 70 if kind == "pem_openssh_private_key" else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {header}-----\n" + "\n".join(lines) + f"\n-----END {header}-----"

def api_key(sub=None):
    sub = sub or R.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_other", "github_pat_fine", "slack", "stripe",
                           "google_api", "gitlab", "openai_like", "jwt"])
    if sub == "aws_access_key_id": v = R.choice(["AKIA", "ASIA"]) + alnum(16, B32)
    elif sub == "aws_secret_key": v = alnum(40, B64)
    elif sub == "github_pat_classic": v = "ghp_" + alnum(36)
    elif sub == "github_other": v = R.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + alnum(36)
    elif sub == "github_pat_fine": v = "github_pat_" + alnum(22) + "_" + alnum(59)
    elif sub == "slack":
        v = R.choice([f"xoxb-{digits(11)}-{digits(12)}-{alnum(24)}", f"xoxp-{digits(12)}-{digits(12)}-{digits(13)}-{alnum(32, '0123456789abcdef')}",
                      f"xapp-1-A{alnum(10, string.ascii_uppercase + string.digits)}-{digits(13)}-{alnum(64, '0123456789abcdef')}"])
    elif sub == "stripe": v = R.choice(["sk_live_", "rk_live_", "sk_test_"]) + alnum(R.choice([24, 34, 99]))
    elif sub == "google_api": v = "AIza" + alnum(35, string.ascii_letters + string.digits + "-_")
    elif sub == "gitlab": v = "glpat-" + alnum(20, string.ascii_letters + string.digits + "-_")
    elif sub == "openai_like": v = R.choice(["sk-proj-", "sk-", "sk-svcacct-"]) + alnum(R.choice([48, 64]), string.ascii_letters + string.digits + "_-")
    elif sub == "jwt":
        h = b64u(json.dumps({"alg": R.choice(["HS256", "RS256", "ES384"]), "typ": "JWT"}, separators=(",", ":")).encode())
        p = b64u(json.dumps({"sub": digits(8), "iat": R.randint(1600000000, 1800000000), "scope": R.choice(["read", "admin", "billing"])}, separators=(",", ":")).encode())
        v = h + "." + p + "." + b64u(bytes(R.randint(0, 255) for _ in range(R.choice([32, 48, 64]))))
    elif sub.startswith("pem_"): v = pem(sub)
    return v, sub

def password():
    w = R.choice(["Harbor", "Velvet", "Quartz", "Mango", "Falcon", "Zephyr", "Orbit", "Cobalt", "Lantern", "Pixel"])
    r = R.random()
    if r < 0.4: return w + digits(R.randint(2, 4)) + R.choice("!#$%*?&")
    if r < 0.7: return alnum(R.randint(12, 20), string.ascii_letters + string.digits + "-_!.")
    return w.lower() + R.choice(["_", "-", "."]) + R.choice(["Sky", "Rock", "Tide"]) + digits(2) + R.choice("@#%")

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}

def fmt_date(loc, y, m, d):
    lang = LANG[loc]
    r = R.random()
    if r < 0.2: return f"{y}-{m:02d}-{d:02d}"
    if loc == "en_US":
        return R.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{MONTHS['en'][m-1][:3]} {d}, {y}"])
    if loc == "en_GB":
        sfx = "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]} {y}", f"{d}{sfx} {MONTHS['en'][m-1]} {y}", f"{d} {MONTHS['en'][m-1][:3]} {y}"])
    if lang == "de":
        return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONTHS['de'][m-1]} {y}"])
    if lang == "fr":
        dd = "1er" if d == 1 else str(d)
        return R.choice([f"{d:02d}/{m:02d}/{y}", f"{dd} {MONTHS['fr'][m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])
    return R.choice([f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['ru'][m-1]} {y}", f"{d:02d}.{m:02d}.{y}"])

def dob(loc): return fmt_date(loc, R.randint(1938, 2021), R.randint(1, 12), R.randint(1, 28))
def nbdate(loc): return fmt_date(loc, R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28))

def phone(loc):
    intl = R.random() < 0.5
    c = loc[-2:]
    if c == "US":
        a, b, n = R.randint(201, 989), R.randint(200, 999), digits(4)
        v = R.choice([f"+1 {a} {b} {n}", f"+1-{a}-{b}-{n}", f"+1 ({a}) {b}-{n}"]) if intl else R.choice([f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}"])
    elif c == "GB":
        mob = "7" + str(R.randint(400, 999)); r6 = digits(6)
        land = R.choice(["20 " + digits(4) + " " + digits(4), "161 " + digits(3) + " " + digits(4), "131 " + digits(3) + " " + digits(4)])
        v = R.choice([f"+44 {mob} {r6}", f"+44 {land}", f"+44 (0){mob} {r6}"]) if intl else R.choice([f"0{mob} {r6}", f"0{land}", f"0{mob}{r6}"])
    elif c == "DE":
        area = R.choice(["30", "89", "40", "221", "69", "151", "160", "176", "711"]); rest = digits(R.choice([7, 8]))
        v = R.choice([f"+49 {area} {rest[:4]} {rest[4:]}", f"+49 {area} {rest}", f"+49-{area}-{rest}"]) if intl else R.choice([f"0{area} {rest}", f"0{area}/{rest}", f"0{area} {rest[:4]} {rest[4:]}"])
    elif c == "FR":
        p = [str(R.choice([1, 2, 3, 4, 5, 6, 7, 9]))] + [digits(2) for _ in range(4)]
        v = R.choice([f"+33 {p[0]} " + " ".join(p[1:]), f"+33{p[0]}" + "".join(p[1:]), f"0033 {p[0]} " + " ".join(p[1:]), f"+33 (0){p[0]} " + " ".join(p[1:])]) if intl \
            else R.choice(["0" + p[0] + " " + " ".join(p[1:]), "0" + p[0] + "." + ".".join(p[1:]), "0" + p[0] + "".join(p[1:])])
    else:
        a = R.choice(["916", "903", "926", "495", "812", "985", "343"]); n = digits(7)
        v = R.choice([f"+7 {a} {n[:3]}-{n[3:5]}-{n[5:]}", f"+7{a}{n}", f"+7 ({a}) {n[:3]}-{n[3:5]}-{n[5:]}", f"+7-{a}-{n[:3]}-{n[3:5]}-{n[5:]}"]) if intl \
            else R.choice([f"8 ({a}) {n[:3]}-{n[3:5]}-{n[5:]}", f"8 {a} {n[:3]} {n[3:5]} {n[5:]}", f"8{a}{n}"])
    return v, ("intl_" if intl else "national_") + c

def person(loc):
    f = fk(loc)
    r = R.random()
    if loc == "ru_RU":
        if r < 0.35: return f"{f.last_name()} {f.first_name()[0]}. {f.middle_name()[0]}."
        if r < 0.6: return f"{f.first_name()} {f.middle_name()} {f.last_name()}" if False else f"{f.last_name_male()} {f.first_name_male()} {f.middle_name_male()}"
        return f"{f.first_name_female()} {f.last_name_female()}" if r < 0.8 else f"{f.first_name_male()} {f.last_name_male()}"
    if r < 0.7: return f"{f.first_name()} {f.last_name()}"
    if r < 0.85: return f"{f.first_name()} {R.choice(string.ascii_uppercase)}. {f.last_name()}"
    return f"{f.last_name()}, {f.first_name()}"

def email(loc):
    f = fk(loc)
    u = f.user_name()
    dom = R.choice(["example.com", "example.org", "mail.test", "post.example.net", f.free_email_domain()])
    return f"{u}@{dom}"

def street_with_tail(loc):
    f = fk(loc)
    st = f.street_address().replace("\n", " ")
    if loc == "en_US": tail = f"{f.city()}, {f.state_abbr()} {f.postcode()}"
    elif loc == "en_GB": tail = f"{f.city()} {f.postcode()}"
    elif loc == "ru_RU": tail = f"{f.city_name() if hasattr(f, 'city_name') else f.city()}, {f.postcode()}"
    else: tail = f"{f.postcode()} {f.city()}"
    return st, tail

# ---------------------------------------------------------------- negatives
TITLES = {"en": ["Quarterly Pension Review", "Best Wishes", "Customer Success Team", "Annual General Meeting", "Terms And Conditions", "Damage Assessment Form", "Fixture List", "Warm Regards"],
          "de": ["Mit Freundlichen Grüßen", "Allgemeine Geschäftsbedingungen", "Kundenservice Team", "Jahres Hauptversammlung"],
          "fr": ["Service Client", "Conditions Générales", "Bien Cordialement", "Assemblée Générale Annuelle"],
          "ru": ["Служба Поддержки", "Общие Условия", "Годовое Собрание Акционеров", "С Уважением"]}

def neg(kind, loc):
    if kind == "NEG_CARDLIKE": return cardlike()
    if kind == "NEG_VERSION": return ".".join(str(R.randint(0, 20)) for _ in range(4)) if R.random() < 0.7 else f"{R.randint(1, 30)}.{R.randint(0, 40)}.{R.randint(0, 99)}"
    if kind == "NEG_ORDER_ID": return R.choice([f"SO-{R.randint(2020, 2026)}-{digits(6)}", f"{digits(3)}-{digits(7)}-{digits(7)}", digits(R.choice([10, 11, 12])), f"AWB {digits(3)}-{digits(8)}", f"TCK#{digits(7)}"])
    if kind == "NEG_TIMESTAMP":
        y, mo, d, h, mi, s = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
        return R.choice([f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{digits(3)}", str(R.randint(1550000000, 1800000000)),
                         str(R.randint(1550000000000, 1800000000000)), f"{h:02d}:{mi:02d}:{s:02d}", f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+02:00"])
    if kind == "NEG_UUID":
        h = "".join(R.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"
    if kind == "NEG_HASH": return "".join(R.choice("0123456789abcdef") for _ in range(R.choice([7, 12, 40, 64, 32])))
    if kind == "NEG_DATE": return nbdate(loc)
    if kind == "NEG_TITLECASE": return R.choice(TITLES[LANG[loc]])
    if kind == "NEG_EMAILLIKE": return R.choice(["left-pad", "express", "@angular/core", "numpy", "@aws-sdk/client-s3", "react-dom", "@nestjs/common"]) + "@" + f"{R.randint(0, 20)}.{R.randint(0, 30)}.{R.randint(0, 9)}"
    if kind == "NEG_B64":
        b = base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.choice([18, 27, 36])))).decode()
        return R.choice([b, "data:application/octet-stream;base64," + b, "sha512-" + b])
    if kind == "NEG_NUMBER": return R.choice([f"{R.randint(1, 999)},{digits(3)},{digits(3)}", f"{R.randint(1, 99)} {digits(3)},{digits(2)}", f"{R.randint(1, 9999)}.{digits(2)}", f"{R.randint(10000, 999999)}"])
    raise KeyError(kind)

NEGK = ["NEG_CARDLIKE", "NEG_VERSION", "NEG_ORDER_ID", "NEG_TIMESTAMP", "NEG_UUID", "NEG_HASH", "NEG_DATE", "NEG_TITLECASE", "NEG_EMAILLIKE", "NEG_B64", "NEG_NUMBER"]

# ---------------------------------------------------------------- placeholder expansion
def ph(tok, loc):
    """Return list of Seg for a placeholder token."""
    if tok.startswith("n:"): k = "NEG_" + tok[2:]; return [N(k, neg(k, loc))]
    if tok == "P": return [E("PERSON", person(loc), LANG[loc])]
    if tok == "EM": return [E("EMAIL", email(loc))]
    if tok == "PH": v, s = phone(loc); return [E("PHONE", v, s)]
    if tok == "SSN": v, s = ssn(); return [E("US_SSN", v, s)]
    if tok == "CC": v, s = card(); return [E("CREDIT_CARD", v, s)]
    if tok == "IBAN": v, s = iban(); return [E("IBAN", v, s)]
    if tok == "INN": v, s = inn(); return [E("RU_INN", v, s)]
    if tok == "SNILS": v, s = snils(); return [E("RU_SNILS", v, s)]
    if tok == "PASS": v, s = ru_passport(); return [E("RU_PASSPORT", v, s)]
    if tok == "NHS": v, s = nhs(); return [E("MEDICAL_RECORD_NUMBER", v, s)]
    if tok == "MRN": v, s = mrn(); return [E("MEDICAL_RECORD_NUMBER", v, s)]
    if tok == "IP": return [E("IPV4", ipv4())]
    if tok == "IP6": return [E("IPV6", ipv6())]
    if tok == "DOB": return [E("DATE_OF_BIRTH", dob(loc))]
    if tok == "PW": return [E("API_KEY", password(), "password")]
    if tok == "DBPW": return [E("API_KEY", password().replace("@", "#"), "db_password")]
    if tok == "KEY": v, s = api_key(); return [E("API_KEY", v, s)]
    if tok.startswith("K:"): v, s = api_key(tok[2:]); return [E("API_KEY", v, s)]
    if tok == "ST":
        st, tail = street_with_tail(loc)
        return [E("STREET_ADDRESS", st, LANG[loc]), T(", "), I(tail)]
    if tok == "STX":  # street alone (tail given elsewhere / omitted)
        st, _ = street_with_tail(loc); return [E("STREET_ADDRESS", st, LANG[loc])]
    if tok == "CITY": return [T(fk(loc).city())]
    if tok == "AMT": return [T(f"{R.randint(20, 4999)}.{digits(2)}")]
    raise KeyError(tok)

PH_RE = re.compile(r"\{([A-Za-z0-9_:]+)\}")

def expand(tpl, loc):
    out, pos = [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos: out.append(T(tpl[pos:m.start()]))
        out.extend(ph(m.group(1), loc)); pos = m.end()
    if pos < len(tpl): out.append(T(tpl[pos:]))
    return out

# ---------------------------------------------------------------- sentence templates (domain, template)
TPL = {
 "en": [
  ("ortho", "Surgery slot confirmed: {P} (born {DOB}) is booked for a left knee arthroscopy on {n:DATE}; theatre list ref {n:ORDER_ID}. Pre-op nurse will ring {PH}."),
  ("ortho", "Pre-assessment summary -- patient record number {MRN}, {P}, DOB {DOB}. Implant lot {n:HASH} reserved."),
  ("helpline", "Call note ({n:TIMESTAMP}): caller gave the name {P} and asked for a call-back on {PH}; risk level low, no further action."),
  ("fertility", "The embryology lab has stored the consent form for {P} -- hospital record no. {MRN}; next scan {n:DATE}."),
  ("sports", "Membership renewed for {P}. Direct debit from {IBAN} starts {n:DATE}; locker code is not stored. Questions go to {EM}."),
  ("wedding", "Vendor deposit for the reception was charged to {CC} and the florist's contact is {P} ({EM})."),
  ("freight", "Customs broker update: consignee {P}, delivery to {ST}. Air waybill {n:ORDER_ID}, declared value {n:NUMBER} USD."),
  ("tenant", "New tenant file: {P}, SSN {SSN}, DOB {DOB}, previous address {ST}. Lease starts {n:DATE}."),
  ("chargeback", "Dispute opened on card {CC} for an amount of {n:NUMBER}; cardholder {P} can be reached at {PH}. The card {n:CARDLIKE} printed on the receipt is a merchant reference."),
  ("tax", "For the 2024 return we still need {P}'s social security number ({SSN}) and the refund account {IBAN}."),
  ("pension", "Your pension statement (plan {n:ORDER_ID}) has been posted to {ST}. Member: {P}, date of birth {DOB}."),
  ("sim", "SIM swap request flagged -- the number {PH} was moved to a new eSIM from IP {IP} at {n:TIMESTAMP}. Account holder {P}."),
  ("tutoring", "Your tutor {P} will join the session on {n:DATE}; if the link fails, email {EM} or text {PH}."),
  ("donor", "Thank-you letter queued for {P} (gift aid declared) at {ST}. Donation ref {n:ORDER_ID}."),
  ("ticket", "Two tickets for the {n:TITLECASE} gala were issued to {EM}; paid with {CC}. Barcode {n:NUMBER}."),
  ("rental", "Damage report: renter {P}, licence checked, phone {PH}. Scratches on the rear bumper; photo blob {n:B64}."),
  ("kinder", "Enrolment form received for a child born {DOB}; parent/guardian {P}, reachable at {EM}."),
  ("mlops", "Registry audit: model churn-v3 promoted by {EM} from {IP6}; run id {n:UUID}, artifact digest {n:HASH}. Token used: {KEY}."),
  ("soc", "SOC-{n:NUMBER}: outbound beacon from {IP} to {IP6}; leaked credential in repo was {KEY} (commit {n:HASH}). Dependency {n:EMAILLIKE} is unaffected."),
  ("chatbot", "Bot: I've reset your account. Your temporary password is {PW} -- please change it after signing in."),
  ("billing", "Claim resubmitted for {P}, patient account MRN {MRN}, CPT 27447; billed {n:NUMBER}. Remit to {IBAN}."),
  ("nhs", "GP referral: {P}, NHS number {NHS}, seen on {n:DATE}; please book physiotherapy."),
  ("ops", "The DSN in the deploy log was postgres://svc_ortho:{DBPW}@10.20.0.4:5432/theatre and the build was {n:VERSION}."),
  ("mlops", "The registry signing key leaked in the notebook output:\n```\n{K:pem_ec_private_key}\n```\nRevoke it and re-sign artifact {n:HASH}."),
  ("soc", "Contained host config dump (excerpt):\n  smtp_user: alerts\n  smtp_password: {DBPW}\n  deploy_key: |\n{K:pem_openssh_private_key}\n"),
  ("soc", "Analyst note: the attacker replayed the bearer token {K:jwt} against the portal; firmware {n:VERSION} unaffected."),
 ],
 "de": [
  ("ortho", "OP-Termin bestätigt: {P} (geb. {DOB}) erhält am {n:DATE} eine Hüft-TEP; Patientennummer {MRN}."),
  ("helpline", "Gesprächsnotiz vom {n:DATE}: Die Anruferin nannte sich {P} und bat um Rückruf unter {PH}."),
  ("sports", "Mitgliedsbeitrag für {P} wird ab sofort von {IBAN} abgebucht. Mitgliedsnummer {n:ORDER_ID}."),
  ("tenant", "Neuer Mieter: {P}, geboren am {DOB}, Wohnung in der {ST}. Kaution eingegangen am {n:DATE}."),
  ("chargeback", "Rückbuchung zur Karte {CC} eröffnet; Betrag {n:NUMBER} EUR. Der Beleg zeigt außerdem {n:CARDLIKE}, das ist nur die Terminal-ID."),
  ("tax", "Für die Steuererklärung benötigen wir noch die Bankverbindung {IBAN} sowie eine E-Mail-Adresse – {EM} ist hinterlegt."),
  ("sim", "SIM-Tausch für die Rufnummer {PH} wurde von {IP} aus beantragt ({n:TIMESTAMP}). Kunde: {P}."),
  ("mlops", "Audit-Log: Modellversion {n:VERSION} wurde von {EM} freigegeben; verwendeter Schlüssel {KEY}, Lauf {n:UUID}."),
  ("soc", "Im Ticket stand die Zeile `SMTP_PASSWORD={DBPW}` sowie der Token {KEY}; Build {n:VERSION}."),
  ("kinder", "Anmeldung Kita: Kind geboren am {DOB}, Erziehungsberechtigte {P}, Telefon {PH}."),
  ("rental", "Schadensprotokoll Mietwagen: Fahrer {P}, Rückgabe am {n:DATE}, Kontakt {EM}."),
  ("billing", "Abrechnung für {P} (Fallnummer der Patientenakte {MRN}) an die Kasse übermittelt; Betrag {n:NUMBER}."),
 ],
 "fr": [
  ("ortho", "Intervention programmée : {P}, né le {DOB}, passera au bloc le {n:DATE}. Numéro de dossier patient {MRN}."),
  ("helpline", "Note d'écoute ({n:TIMESTAMP}) : l'appelant s'est présenté comme {P} et souhaite être rappelé au {PH}."),
  ("wedding", "L'acompte du traiteur a été réglé avec la carte {CC} ; la wedding planner {P} reste joignable à {EM}."),
  ("tenant", "Nouveau locataire : {P}, domicilié au {ST}. Le bail commence le {n:DATE}."),
  ("tax", "Pour le remboursement, nous utiliserons l'IBAN {IBAN} indiqué par {P}."),
  ("donor", "Reçu fiscal envoyé à {P} ({EM}) pour le don {n:ORDER_ID} du {n:DATE}."),
  ("sim", "Demande de changement de carte SIM pour le {PH} depuis l'adresse {IP} — titulaire {P}."),
  ("soc", "Ticket SOC : jeton {KEY} exposé dans un dépôt public, commit {n:HASH}, version {n:VERSION}."),
  ("tutoring", "Le cours particulier avec {P} est confirmé pour le {n:DATE} ; contact : {PH}."),
  ("rental", "Constat de location : conducteur {P}, né le {DOB}, téléphone {PH}."),
 ],
 "ru": [
  ("ortho", "Операция назначена: пациент {P}, дата рождения {DOB}, номер медицинской карты {MRN}, дата госпитализации {n:DATE}."),
  ("helpline", "Запись звонка ({n:TIMESTAMP}): абонент представился как {P}, просит перезвонить на {PH}."),
  ("tenant", "Новый арендатор: {P}, паспорт {PASS}, адрес регистрации {ST}."),
  ("tax", "Для налогового вычета нужны ИНН {INN} и СНИЛС {SNILS} клиента {P}."),
  ("pension", "Выписка пенсионного фонда для {P}: СНИЛС {SNILS}, дата рождения {DOB}, договор {n:ORDER_ID}."),
  ("sim", "Заявка на замену SIM-карты по номеру {PH} поступила с IP {IP} в {n:TIMESTAMP}; владелец {P}, паспорт {PASS}."),
  ("chargeback", "Оспаривание операции по карте {CC} на сумму {n:NUMBER} руб.; номер {n:CARDLIKE} на чеке — это идентификатор терминала."),
  ("kinder", "Заявление в детский сад: ребёнок {DOB} г. р., законный представитель {P}, почта {EM}."),
  ("freight", "Таможенное оформление: получатель {P}, ИНН {INN}, адрес доставки {ST}. Накладная {n:ORDER_ID}."),
  ("mlops", "Журнал реестра моделей: версия {n:VERSION} загружена пользователем {EM}, ключ доступа {KEY}, запуск {n:UUID}."),
  ("soc", "В конфиге бота найдено: db_password = \"{DBPW}\", токен {KEY}. Пакет {n:EMAILLIKE} не затронут."),
  ("sports", "Абонемент в спортклуб оформлен на {P}; оплата со счёта {IBAN}, дата начала {n:DATE}."),
 ],
}

FILL = {
 "en": ["Please keep this note with the case file.", "Let me know if anything else is needed.", "The team will follow up within two working days.",
        "All times are shown in local time.", "This message was generated automatically.", "No further action is required at this stage."],
 "de": ["Bitte bewahren Sie diese Nachricht auf.", "Bei Fragen melden Sie sich gerne.", "Wir melden uns innerhalb von zwei Werktagen.", "Diese Nachricht wurde automatisch erstellt."],
 "fr": ["Merci de conserver ce message.", "N'hésitez pas à nous recontacter.", "L'équipe reviendra vers vous sous deux jours ouvrés.", "Ce message a été généré automatiquement."],
 "ru": ["Пожалуйста, сохраните это сообщение.", "Если возникнут вопросы, напишите нам.", "Мы свяжемся с вами в течение двух рабочих дней.", "Сообщение сформировано автоматически."],
}

LBL = {  # localized field labels for structured chat variants
 "en": {"P": "Name", "EM": "Email", "PH": "Phone", "DOB": "Date of birth", "ST": "Address", "CC": "Card", "IBAN": "IBAN", "SSN": "SSN", "MRN": "Patient record no.", "IP": "Source IP", "KEY": "Token", "NHS": "NHS number"},
 "de": {"P": "Name", "EM": "E-Mail", "PH": "Telefon", "DOB": "Geburtsdatum", "ST": "Anschrift", "CC": "Karte", "IBAN": "IBAN", "MRN": "Patientennummer", "IP": "Quell-IP", "KEY": "Schlüssel"},
 "fr": {"P": "Nom", "EM": "Courriel", "PH": "Téléphone", "DOB": "Date de naissance", "ST": "Adresse", "CC": "Carte", "IBAN": "IBAN", "MRN": "N° dossier patient", "IP": "IP source", "KEY": "Jeton"},
 "ru": {"P": "ФИО", "EM": "Почта", "PH": "Телефон", "DOB": "Дата рождения", "ST": "Адрес", "CC": "Карта", "IBAN": "Счёт IBAN", "MRN": "Номер медкарты", "INN": "ИНН", "SNILS": "СНИЛС", "PASS": "Паспорт", "IP": "IP-адрес", "KEY": "Ключ"},
}
INTRO = {"en": ["Here are the details you asked for:", "Summary of the record:", "Sure, pulled from the CRM:"],
         "de": ["Hier die angefragten Daten:", "Zusammenfassung des Datensatzes:"],
         "fr": ["Voici les informations demandées :", "Résumé de la fiche :"],
         "ru": ["Вот запрошенные данные:", "Сводка по записи:"]}

def fields_for(loc):
    lang = LANG[loc]
    keys = [k for k in LBL[lang] if not (k == "SSN" and loc != "en_US") and not (k == "NHS" and loc != "en_GB")]
    R.shuffle(keys)
    return ["P"] + [k for k in keys if k != "P"][:R.randint(2, 5)]

def structured(loc):
    lang = LANG[loc]; segs = [T(R.choice(INTRO[lang]) + "\n")]
    keys = fields_for(loc); style = R.choice(["bullets", "kv", "table", "csv", "numbered"])
    if style == "table":
        segs.append(T("| " + LBL[lang]["P"] + " | " + " | ".join(LBL[lang][k] for k in keys[1:]) + " |\n|" + "---|" * len(keys) + "\n"))
        for _ in range(R.randint(1, 3)):
            segs.append(T("| "))
            for i, k in enumerate(keys):
                segs.extend(ph("STX" if k == "ST" else k, loc)); segs.append(T(" | " if i < len(keys) - 1 else " |\n"))
    elif style == "csv":
        segs.append(T("```csv\n" + ",".join(LBL[lang][k].replace(",", "") for k in keys) + "\n"))
        for _ in range(R.randint(1, 3)):
            for i, k in enumerate(keys):
                if k in ("P", "ST"):
                    segs.append(T('"')); segs.extend(ph("STX" if k == "ST" else k, loc)); segs.append(T('"'))
                else:
                    segs.extend(ph(k, loc))
                segs.append(T("," if i < len(keys) - 1 else "\n"))
        segs.append(T("```\n"))
    else:
        for i, k in enumerate(keys):
            pre = {"bullets": "- ", "kv": "", "numbered": f"{i + 1}. "}[style]
            segs.append(T(f"{pre}{LBL[lang][k]}: ")); segs.extend(ph(k, loc)); segs.append(T("\n"))
    if R.random() < 0.6: segs.extend(expand(R.choice(["Ref {n:UUID}.", "{n:TIMESTAMP}", "Build {n:VERSION}", "Ticket {n:ORDER_ID}"]), loc))
    return segs

def chat_segs(loc):
    lang = LANG[loc]; segs = []
    if R.random() < 0.3: segs.append(T(R.choice(FILL[lang]) + " "))
    if R.random() < 0.3:
        segs.extend(structured(loc)); tname = "o.struct"
    else:
        dom, tpl = R.choice(TPL[lang]); segs.extend(expand(tpl, loc)); tname = f"o.{lang}.{dom}"
        if R.random() < 0.35:
            dom2, tpl2 = R.choice(TPL[lang]); segs.append(T(R.choice([" ", "\n\n", "\n- "]))); segs.extend(expand(tpl2, loc))
    if R.random() < 0.4: segs.append(T(R.choice(["\n\n", " "]) + R.choice(FILL[lang])))
    return segs, tname

# ---------------------------------------------------------------- JSON serialisation with spans
class Tag:
    def __init__(self, segs): self.segs = segs
class Num:
    def __init__(self, seg): self.seg = seg
class Dbl:  # double-encoded JSON inside a string
    def __init__(self, obj): self.obj = obj

def esc(s): return json.dumps(s, ensure_ascii=False)[1:-1]

def ser(o, indent, lvl=0):
    """Serialize into a list of Seg (labels preserved, text JSON-escaped)."""
    nl = (lambda l: "\n" + " " * (indent * l)) if indent else (lambda l: "")
    sep = ": " if indent else R.choice([":", ":"])
    if isinstance(o, dict):
        if not o: return [T("{}")]
        out = [T("{")]
        for i, (k, v) in enumerate(o.items()):
            out.append(T((", " if False else ",") if i else "")); out.append(T(nl(lvl + 1) + json.dumps(k, ensure_ascii=False) + sep))
            out.extend(ser(v, indent, lvl + 1))
        out.append(T(nl(lvl) + "}")); return out
    if isinstance(o, list):
        if not o: return [T("[]")]
        out = [T("[")]
        for i, v in enumerate(o):
            out.append(T(("," if i else "") + nl(lvl + 1))); out.extend(ser(v, indent, lvl + 1))
        out.append(T(nl(lvl) + "]")); return out
    if isinstance(o, Tag):
        return [T('"')] + [Seg(esc(s.text), s.kind, s.type, s.sub, s.obf) for s in o.segs] + [T('"')]
    if isinstance(o, Num):
        s = o.seg; return [Seg(s.text, s.kind, s.type, s.sub, s.obf)]
    if isinstance(o, Dbl):
        inner = ser(o.obj, 0)
        return [T('"')] + [Seg(esc(s.text), s.kind, s.type, s.sub, s.obf) for s in inner] + [T('"')]
    return [T(json.dumps(o, ensure_ascii=False))]

def G(tok, loc):
    return Tag(ph(tok, loc))

def TX(tpl, loc): return Tag(expand(tpl, loc))

def kcase(style, *words):
    if style == "camel": return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "kebab": return "-".join(words)
    if style == "pascal": return "".join(w.capitalize() for w in words)
    return "_".join(words)

def json_obj(loc):
    """Domain-specific JSON wrappers with varied key styles."""
    ks = R.choice(["camel", "snake", "kebab", "pascal"]); K = lambda *w: kcase(ks, *w)
    lang = LANG[loc]; ru = loc == "ru_RU"
    dom = R.choice(["ortho", "helpline", "fertility", "sports", "wedding", "freight", "tenant", "chargeback", "tax", "pension", "sim", "tutoring",
                    "donor", "ticket", "rental", "kinder", "mlops", "soc", "chatbot", "billing"])
    if dom in ("ortho", "fertility", "billing"):
        pt = {K("patient", "name"): G("P", loc), K("record", "number"): G("NHS" if loc == "en_GB" and R.random() < 0.5 else "MRN", loc), K("birth", "date"): G("DOB", loc)}
        o = {K("case", "id"): Tag(ph("n:UUID", loc)), "patient": pt,
             K("procedures"): [{K("cpt", "code"): R.choice(["27447", "29881", "58970", "89250", "99213"]), K("scheduled", "for"): G("n:DATE", loc)} for _ in range(R.randint(1, 3))],
             K("updated", "at"): G("n:TIMESTAMP", loc)}
        if dom == "billing": o[K("payer", "iban")] = G("IBAN", loc)
    elif dom == "helpline":
        o = {K("call", "log"): [{K("started", "at"): G("n:TIMESTAMP", loc), K("caller", "name"): G("P", loc), K("callback", "number"): G("PH", loc),
                                 K("summary"): TX(R.choice(FILL[lang]), loc)} for _ in range(R.randint(1, 3))], K("shift", "lead"): G("P", loc)}
    elif dom in ("sports", "tutoring", "kinder", "donor"):
        m = {K("full", "name"): G("P", loc), K("contact", "email"): G("EM", loc), K("mobile"): G("PH", loc), K("member", "since"): G("n:DATE", loc)}
        if R.random() < 0.6: m[K("home", "address")] = {K("line1"): G("STX", loc), K("city"): Tag([I(fk(loc).city())]), K("postal", "code"): Tag([I(fk(loc).postcode())])}
        if dom == "kinder": m[K("child", "dob")] = G("DOB", loc)
        if dom in ("sports", "donor"): m[K("mandate", "iban")] = G("IBAN", loc)
        o = {K("members") if dom != "donor" else K("donors"): [m], K("export", "id"): G("n:ORDER_ID", loc), K("schema", "version"): G("n:VERSION", loc)}
    elif dom in ("wedding", "ticket", "chargeback"):
        o = {K("order"): {K("order", "ref"): G("n:ORDER_ID", loc), K("buyer"): G("P", loc), K("buyer", "email"): G("EM", loc),
                          K("payment"): {K("card", "number"): G("CC", loc), K("expiry"): f"{R.randint(1, 12):02d}/{R.randint(26, 31)}"},
                          K("reference", "pan"): G("n:CARDLIKE", loc), K("amount"): G("n:NUMBER", loc)}, K("event", "title"): G("n:TITLECASE", loc)}
    elif dom == "freight":
        o = {K("shipment"): {K("awb"): G("n:ORDER_ID", loc), K("consignee"): {K("name"): G("P", loc), K("phone"): G("PH", loc), K("street"): G("STX", loc),
              K("city"): Tag([I(fk(loc).city())])}, K("hs", "codes"): ["8471.30", "8517.62"], K("cleared", "at"): G("n:TIMESTAMP", loc)}}
        if ru: o[K("shipment")][K("consignee")][K("inn")] = G("INN", loc)
    elif dom in ("tenant", "tax", "pension"):
        o = {K("client"): {K("name"): G("P", loc), K("dob"): G("DOB", loc), K("email"): G("EM", loc)}, K("statement", "date"): G("n:DATE", loc)}
        c = o[K("client")]
        if loc == "en_US": c[K("ssn")] = G("SSN", loc)
        if ru:
            c[K("snils")] = G("SNILS", loc); c[K("passport")] = G("PASS", loc)
            if R.random() < 0.5:
                s = ph("INN", loc)[0]
                while s.text[0] == "0": s = ph("INN", loc)[0]
                s.sub += "_json_number"; c[K("inn")] = Num(s)
            else: c[K("inn")] = G("INN", loc)
        c[K("bank", "account")] = G("IBAN", loc)
    elif dom == "sim":
        o = {K("event"): "sim_swap", K("msisdn"): G("PH", loc), K("requested", "from"): G("IP", loc), K("agent"): G("EM", loc),
             K("at"): G("n:TIMESTAMP", loc), K("imei", "hash"): G("n:HASH", loc)}
    elif dom == "rental":
        o = {K("damage", "report"): {K("renter"): G("P", loc), K("renter", "phone"): G("PH", loc), K("photos"): [G("n:B64", loc)], K("reported"): G("n:DATE", loc),
             K("deposit", "card"): G("CC", loc)}}
    elif dom == "mlops":
        o = {K("audit"): [{K("action"): R.choice(["promote", "archive", "register"]), K("actor"): G("EM", loc), K("from", "ip"): G(R.choice(["IP", "IP6"]), loc),
             K("run", "id"): G("n:UUID", loc), K("digest"): G("n:HASH", loc), K("package"): G("n:EMAILLIKE", loc)} for _ in range(R.randint(1, 3))],
             K("registry", "token"): G("KEY", loc)}
    elif dom == "soc":
        o = {K("incident"): {K("id"): G("n:ORDER_ID", loc), K("iocs"): [G("IP", loc), G("IP6", loc)], K("leaked", "secrets"): [G("KEY", loc), G("KEY", loc)],
             K("config", "snippet"): TX("DB_PASSWORD={DBPW}", loc), K("opened"): G("n:TIMESTAMP", loc)}}
        if R.random() < 0.3: o[K("incident")][K("private", "key")] = G("K:" + R.choice(["pem_rsa_private_key", "pem_ec_private_key", "pem_private_key", "pem_openssh_private_key", "pem_encrypted_private_key"]), loc)
    else:  # chatbot transcript
        o = {K("transcript"): [{"role": "user", "text": TX(R.choice(["my email is {EM}", "call me on {PH}", "I am {P}"]), loc)},
                               {"role": "bot", "text": TX(R.choice(TPL[lang])[1], loc)}], K("session"): G("n:UUID", loc)}
    if R.random() < 0.2:  # double-encoded payload
        o = {K("tool", "name"): "crm_" + dom, K("arguments"): Dbl(o), K("call", "id"): G("n:UUID", loc)}
    return o, f"json.o.{dom}.{ks}"

# ---------------------------------------------------------------- obfuscation
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HG = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "i": "і"}
WORDS = {"en": "zero one two three four five six seven eight nine".split()}

def ob_zero_width(v):
    out = []
    for i, ch in enumerate(v):
        out.append(ch)
        if i < len(v) - 1 and R.random() < 0.35: out.append(R.choice(ZW))
    return "".join(out)
def ob_homoglyph(v):
    idx = [i for i, c in enumerate(v) if c in HG]; R.shuffle(idx); ch = list(v)
    for i in idx[:max(1, len(idx) // 3)]: ch[i] = HG[ch[i]]
    return "".join(ch)
def ob_fullwidth(v): return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
def ob_spaced(v): return " ".join(c for c in v if c != " ")
def ob_spelled(v):
    w = []
    for c in v:
        if c.isdigit(): w.append(WORDS["en"][int(c)])
        elif c == "-": w.append("dash")
        elif c == "+": w.append("plus")
    return " ".join(w)
def ob_words(v):
    u, d = v.split("@"); at = R.choice([" [at] ", " at ", " (at) "]); dot = R.choice([" dot ", " DOT ", " [dot] "])
    return u.replace(".", dot) + at + d.replace(".", dot)
def ob_dotted(v): return re.sub(r"[ -]", ".", v)
def ob_defang(v): return v.replace(".", R.choice(["[.]", "(.)", "[dot]"]))

OBF_PLAN = [  # (obf, placeholder, en template, ...)
 ("zero_width", "KEY"), ("zero_width", "EM"), ("zero_width", "CC"), ("zero_width", "IP"), ("zero_width", "PH"),
 ("homoglyph", "KEY"), ("homoglyph", "EM"), ("homoglyph", "P"),
 ("fullwidth", "CC"), ("fullwidth", "SSN"), ("fullwidth", "PH"), ("fullwidth", "INN"), ("fullwidth", "SNILS"), ("fullwidth", "IBAN"),
 ("spaced", "CC"), ("spaced", "SSN"), ("spaced", "PH"), ("spaced", "PASS"), ("spaced", "INN"), ("spaced", "SNILS"),
 ("spelled", "PH"), ("spelled", "SSN"), ("spelled", "CC"),
 ("words", "EM"), ("dotted", "CC"), ("dotted", "SSN"), ("dotted", "PH"), ("defang", "IP"),
]
OBF_FN = {"zero_width": ob_zero_width, "homoglyph": ob_homoglyph, "fullwidth": ob_fullwidth, "spaced": ob_spaced, "spelled": ob_spelled,
          "words": ob_words, "dotted": ob_dotted, "defang": ob_defang}
OBF_CTX = {
 "en": ["Heads-up from the SOC queue: {X} showed up in a pasted chat log.", "The caller read it out as {X} -- logged verbatim.",
        "Per the chargeback form ({X}), the bank will reply by {n:DATE}.", "Copied from the scanned tenancy sheet: {X}"],
 "de": ["Laut Gesprächsnotiz lautete die Angabe {X} (so diktiert).", "Aus dem eingescannten Formular übernommen: {X}"],
 "fr": ["D'après la fiche scannée : {X} (saisi tel quel).", "Le client a dicté {X} au téléphone."],
 "ru": ["Со слов клиента записано: {X} (как продиктовано).", "Из отсканированной анкеты: {X}"],
}

def obf_segs(loc):
    lang = LANG[loc]; segs = []
    n = R.randint(1, 3)
    for j in range(n):
        o, tok = R.choice(OBF_PLAN)
        while (tok in ("INN", "SNILS", "PASS") and loc != "ru_RU" and R.random() < 0.8) or (tok == "SSN" and loc != "en_US" and R.random() < 0.7):
            o, tok = R.choice(OBF_PLAN)
        base = ph(tok, loc)[0]
        v = OBF_FN[o](base.text)
        ctx = R.choice(OBF_CTX[lang]); a, b = ctx.split("{X}")
        if j: segs.append(T(" "))
        segs.extend(expand(a, loc)); segs.append(Seg(v, "E", base.type, base.sub, o)); segs.extend(expand(b, loc))
    if R.random() < 0.4: segs.extend(expand(R.choice([" Ref {n:UUID}.", " Build {n:VERSION}.", " {n:TIMESTAMP}"]), loc))
    return segs, "obf.o"

# ---------------------------------------------------------------- document assembly
def finish(segs, did, shape, loc, template, fmt, base_shape=None):
    text_parts, ents, negs, ign, pos = [], [], [], [], 0
    for s in segs:
        L = len(s.text)
        if s.kind == "E":
            e = {"type": s.type, "start": pos, "end": pos + L}
            if s.sub: e["sub"] = s.sub
            if s.obf: e["obf"] = s.obf
            e["value"] = s.text
            if s.type == "API_KEY" and s.sub and s.sub.startswith("pem_"):
                m1 = re.match(r"-----BEGIN [A-Z ]+-----(\\+n|\n)", s.text); m2 = re.search(r"(\\+n|\n)-----END [A-Z ]+-----$", s.text)
                e["core"] = [pos + m1.end(), pos + m2.start()]
            ents.append(e)
        elif s.kind == "N":
            negs.append({"type": s.type, "start": pos, "end": pos + L, "value": s.text})
        elif s.kind == "I":
            ign.append([pos, pos + L])
        text_parts.append(s.text); pos += L
    d = {"id": did, "split": "heldout-o", "shape": shape}
    if base_shape: d["base_shape"] = base_shape
    d.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": template, "text": "".join(text_parts)})
    d["entities"], d["negatives"], d["ignore"] = ents, negs, ign
    return d

def pick_loc():
    return R.choices(LOCALES, weights=[33, 16, 17, 13, 21])[0]

def build(shape, loc):
    if shape == "chat":
        s, t = chat_segs(loc); return s, t, "text"
    if shape == "json":
        o, t = json_obj(loc); return ser(o, R.choice([0, 0, 2, 4])), t, "json"
    if shape == "json4k":
        ind = R.choice([0, 2]); recs = []
        while True:
            o, _ = json_obj(loc); recs.append(o)
            segs = ser({R.choice(["items", "batch", "page-data", "exportRows"]): recs, "page": {"cursor": neg("NEG_UUID", loc), "size": len(recs)}}, ind)
            if sum(len(x.text) for x in segs) >= 3900: return segs, "json4k.o.batch", "json"
    if shape in ("text4k", "long64k"):
        lim = 3900 if shape == "text4k" else 64000; segs = []; n = 0
        while n < lim:
            p, _ = chat_segs(loc); p.append(T("\n\n")); segs.extend(p); n += sum(len(x.text) for x in p)
        return segs, f"{shape}.o.digest", "text"
    if shape == "obfuscated":
        s, t = obf_segs(loc); return s, t, "text"

def chunkify(text):
    ch, i = [], 0
    while i < len(text):
        k = R.randint(1, 16); ch.append(text[i:i + k]); i += k
    return ch

PLAN = [("chat", 188), ("json", 104), ("stream", 52), ("obfuscated", 52), ("json4k", 31), ("text4k", 21), ("long64k", 2)]

def validate(d):
    t = d["text"]
    for e in d["entities"] + d["negatives"]:
        assert t[e["start"]:e["end"]] == e["value"], (d["id"], e)
    sp = sorted((e["start"], e["end"]) for e in d["entities"])
    for a, b in zip(sp, sp[1:]): assert a[1] <= b[0], (d["id"], a, b)
    if d["format"] == "json":
        try: json.loads(t)
        except Exception as ex: print(d["id"], ex, repr(t[max(0, ex.pos - 150):ex.pos + 80]), file=sys.stderr); raise
    if "chunks" in d: assert "".join(d["chunks"]) == t and all(1 <= len(c) <= 16 for c in d["chunks"])
    for e in d["entities"]:
        if "core" in e: assert e["start"] < e["core"][0] < e["core"][1] < e["end"]

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=2222); ap.add_argument("--out", required=True)
    a = ap.parse_args()
    R.seed(a.seed)
    for i, loc in enumerate(LOCALES):
        FK[loc] = Faker(loc); FK[loc].seed_instance(a.seed * 10 + i)
    docs = []
    for shape, n in PLAN:
        for i in range(n):
            loc = pick_loc()
            if shape == "stream":
                bs = R.choices(["chat", "json", "text4k", "obfuscated"], weights=[50, 28, 16, 6])[0]
                segs, t, fmt = build(bs, loc)
                d = finish(segs, f"o-stream-{i:04d}", "stream", loc, t, fmt, bs); d["chunks"] = chunkify(d["text"])
                # keep chunks before entities for readability of schema order
                d = {k: d[k] for k in ["id", "split", "shape", "base_shape", "format", "locale", "lang", "template", "text", "chunks", "entities", "negatives", "ignore"]}
            else:
                segs, t, fmt = build(shape, loc)
                d = finish(segs, f"o-{shape}-{i:04d}", shape, loc, t, fmt)
            validate(d); docs.append(d)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} docs to {a.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
