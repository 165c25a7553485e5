#!/usr/bin/env python3
"""make_probe_l.py - independent held-out probe L for the PII bench schema.

Written from the bench README/score.py schema and format knowledge only; wording, JSON keys,
nesting and domains are new (municipal permits, parking enforcement, coworking, movers,
translation agencies, tax advisors, notaries, blood donation, elder care, driving schools,
call-center QA, insurance adjusters, bike sharing, fishing licences, chess federations,
choirs, e-sports, crowdfunding, alumni, cruises, embassy appointments, customs, payroll,
solar installers, hearing aids, opticians).

    PYTHONPATH=/tmp/faker-site python3 make_probe_l.py --seed 1616 --out /tmp/probe_l.jsonl
"""
import argparse
import base64
import json
import random
import re
import string
import sys
import uuid

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOC_W = [33, 16, 17, 13, 21]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
R = random.Random(0)
FK = {}

# ------------------------------------------------------------------------------------------
# value generators
# ------------------------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def alnum(n, alpha=string.ascii_letters + string.digits):
    return "".join(R.choice(alpha) for _ in range(n))


def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()]
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_BRANDS = {
    "visa": (lambda: "4", 16), "mastercard": (lambda: R.choice(["51", "52", "53", "54", "55", str(R.randint(2221, 2720))]), 16),
    "amex": (lambda: R.choice(["34", "37"]), 15), "discover": (lambda: R.choice(["6011", "65"]), 16),
    "mir": (lambda: "220" + str(R.randint(0, 4)), 16), "jcb": (lambda: str(R.randint(3528, 3589)), 16),
}


def card():
    brand = R.choice(list(CARD_BRANDS) + ["visa", "mastercard"])
    pre, ln = CARD_BRANDS[brand]
    n = luhn_complete(pre(), ln)
    sep = R.choice([" ", "-", "", " "])
    if ln == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g), brand


def cardlike():
    while True:
        n = R.choice("3456") + digits(15)
        if not luhn_ok(n):
            break
    sep = R.choice([" ", "-", ""])
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


IBAN_LEN = {"DE": ("n", 18), "FR": ("fr", 23), "GB": ("gb", 18), "ES": ("n", 20), "IT": ("it", 23),
            "NL": ("nl", 14), "BE": ("n", 12), "AT": ("n", 16), "CH": ("n", 17), "PL": ("n", 24)}


def iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban(country=None):
    c = country or R.choice(["DE", "DE", "FR", "FR", "GB", "GB", "ES", "IT", "NL", "BE", "AT", "CH", "PL"])
    kind, n = IBAN_LEN[c]
    if kind == "gb":
        bban = alnum(4, string.ascii_uppercase) + digits(14)
    elif kind == "nl":
        bban = alnum(4, string.ascii_uppercase) + digits(10)
    elif kind == "it":
        bban = R.choice(string.ascii_uppercase) + digits(22)
    elif kind == "fr":
        bban = digits(10) + alnum(11, string.ascii_uppercase + string.digits) + digits(2)
    else:
        bban = digits(n)
    num = int("".join(str(int(ch, 36)) for ch in bban + c + "00"))
    ib = c + "%02d" % (98 - num % 97) + bban
    assert iban_ok(ib)
    if R.random() < 0.55:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), c + "_grouped"
    return ib, c + "_compact"


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    k = R.choices(["dashed", "plain", "spaced"], [75, 13, 12])[0]
    return {"dashed": f"{s[:3]}-{s[3:5]}-{s[5:]}", "plain": s, "spaced": f"{s[:3]} {s[3:5]} {s[5:]}"}[k], k


def inn10():
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    b = [R.randint(0, 9) for _ in range(9)]
    b[0] = R.randint(1, 9)
    return "".join(map(str, b + [sum(x * y for x, y in zip(w, b)) % 11 % 10]))


def inn12():
    b = [R.randint(0, 9) for _ in range(10)]
    b[0] = R.randint(1, 9)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(w1, b)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b.append(sum(x * y for x, y in zip(w2, b)) % 11 % 10)
    return "".join(map(str, b))


def inn():
    return (inn10(), "inn10") if R.random() < 0.5 else (inn12(), "inn12")


def snils():
    while True:
        b = digits(9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    cs = 0 if s in (100, 101) else (s % 101 if s % 101 < 100 else 0)
    cs = 0 if cs in (100, 101) else cs
    k = R.choices(["formatted", "dashed", "plain"], [70, 15, 15])[0]
    v = {"formatted": f"{b[:3]}-{b[3:6]}-{b[6:]} {cs:02d}", "dashed": f"{b[:3]}-{b[3:6]}-{b[6:]}-{cs:02d}",
         "plain": f"{b}{cs:02d}"}[k]
    return v, k


def passport():
    ser = "%02d%02d" % (R.randint(1, 99), R.randint(0, 25))
    num = digits(6)
    k = R.choices(["spaced", "series_number", "plain", "numero"], [45, 25, 18, 12])[0]
    v = {"spaced": f"{ser[:2]} {ser[2:]} {num}", "series_number": f"{ser} {num}", "plain": ser + num,
         "numero": f"{ser[:2]} {ser[2:]} № {num}"}[k]
    return v, k


def nhs():
    while True:
        b = [R.randint(0, 9) for _ in range(9)]
        c = 11 - sum(d * (10 - i) for i, d in enumerate(b)) % 11
        if c == 11:
            c = 0
        if c != 10:
            s = "".join(map(str, b + [c]))
            return R.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def mrn():
    k = R.choices(["numeric", "prefixed", "alnum", "nhs"], [42, 29, 18, 11])[0]
    if k == "numeric":
        return digits(R.randint(7, 9)), k
    if k == "prefixed":
        return R.choice(["PT#", "MR-", "HX", "CL", "BD-", "PAT"]) + digits(R.randint(6, 9)), k
    if k == "alnum":
        return alnum(2, string.ascii_uppercase) + digits(6) + "-" + alnum(R.choice([1, 2]), string.ascii_uppercase + string.digits), k
    return nhs(), k


def ipv4():
    return ".".join(str(x) for x in [R.choice([10, 172, 192, R.randint(11, 223)]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)])


def ipv6():
    g = ["%x" % R.randint(0, 65535) for _ in range(8)]
    g[0] = R.choice(["2001", "2a02", "fe80", "2604", "2a01"])
    if R.random() < 0.4:
        return ":".join(g[:3]) + "::" + ":".join(g[6:])
    return ":".join(g)


def phone(loc):
    intl = R.random() < 0.5
    if loc == "en_US":
        a, b, c = R.randint(201, 989), R.randint(200, 989), digits(4)
        if intl:
            v = R.choice([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"+1 ({a}) {b}-{c}"])
        else:
            v = R.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}"])
        return v, ("intl_US" if intl else "national_US")
    if loc == "en_GB":
        if R.random() < 0.5:
            n = "7" + digits(3) + " " + digits(6)
        else:
            n = R.choice(["20 ", "161 ", "113 ", "131 "]) + digits(4) + " " + digits(4)
        v = ("+44 " + n if R.random() < 0.6 else "+44 (0)" + n) if intl else "0" + n
        return v, ("intl_GB" if intl else "national_GB")
    if loc == "de_DE":
        area = R.choice(["30", "40", "89", "221", "69", "151", "160", "176", "171"])
        sub = digits(R.randint(6, 8))
        if intl:
            v = R.choice([f"+49 {area} {sub}", f"+49 (0){area} {sub[:4]} {sub[4:]}", f"0049 {area} {sub}", f"+49{area}{sub}"])
        else:
            v = R.choice([f"0{area} {sub}", f"0{area}/{sub}", f"0{area}-{sub[:3]} {sub[3:]}", f"(0{area}) {sub}"])
        return v, ("intl_DE" if intl else "national_DE")
    if loc == "fr_FR":
        d = [str(R.randint(1, 7))] + [digits(2) for _ in range(4)]
        if intl:
            v = R.choice(["+33 " + " ".join(d), "+33" + "".join(d), "0033 " + " ".join(d), "+33 (0)" + " ".join(d)])
        else:
            sep = R.choice([" ", ".", "-", ""])
            v = "0" + d[0] + sep + sep.join(d[1:])
        return v, ("intl_FR" if intl else "national_FR")
    op = R.choice(["916", "926", "903", "985", "495", "812", "912"])
    n = digits(7)
    if intl:
        v = R.choice([f"+7 ({op}) {n[:3]}-{n[3:5]}-{n[5:]}", f"+7 {op} {n[:3]} {n[3:5]} {n[5:]}", f"+7{op}{n}", f"+7-{op}-{n[:3]}-{n[3:5]}-{n[5:]}"])
    else:
        v = R.choice([f"8 ({op}) {n[:3]}-{n[3:5]}-{n[5:]}", f"8-{op}-{n[:3]}-{n[3:5]}-{n[5:]}", f"8{op}{n}", f"8 {op} {n[:3]} {n[3:]}"])
    return v, ("intl_RU" if intl else "national_RU")


MONTHS = {"en": "January February March April May June July August September October November December".split(),
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
          "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}


def date_str(loc, y, m, d):
    l = LANG[loc]
    opts = [f"{y:04d}-{m:02d}-{d:02d}"]
    if loc == "en_US":
        opts += [f"{m:02d}/{d:02d}/{y}", f"{MONTHS['en'][m-1]} {d}, {y}", f"{m}/{d}/{y}"]
    elif loc == "en_GB":
        opts += [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['en'][m-1]} {y}"]
    elif l == "de":
        opts += [f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m-1]} {y}", f"{d}.{m}.{y}"]
    elif l == "fr":
        opts += [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS['fr'][m-1]} {y}"]
    else:
        opts += [f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS['ru'][m-1]} {y}"]
    return R.choice(opts)


def dob(loc):
    return date_str(loc, R.randint(1930, 2006), R.randint(1, 12), R.randint(1, 28))


def other_date(loc):
    return date_str(loc, R.randint(2015, 2027), R.randint(1, 12), R.randint(1, 28))


def person(loc):
    f = FK[loc]
    r = R.random()
    if loc == "ru_RU":
        if r < 0.5:
            v = f.name()
        elif r < 0.75:
            v = f.last_name() + " " + f.first_name()
        else:
            v = f"{f.last_name()} {f.first_name()[0]}. {f.first_name()[0]}."
    else:
        if r < 0.65:
            v = f.first_name() + " " + f.last_name()
        elif r < 0.8:
            v = f"{f.last_name()}, {f.first_name()}"
        elif r < 0.9:
            v = f"{f.first_name()} {R.choice(string.ascii_uppercase)}. {f.last_name()}"
        else:
            v = f.name()
    return v.strip(), LANG[loc]


DOMAINS = ["example.com", "example.org", "example.net", "mailbox.test", "post.example.de", "courrier.example.fr",
           "pochta.example.ru", "corp.example.co.uk", "inbox.example"]


def email(loc):
    u = FK[loc].user_name() if loc != "ru_RU" else FK["en_US"].user_name()
    u = R.choice([u, u + str(R.randint(1, 99)), u.replace("_", "."), u + "+" + R.choice(["permits", "crew", "tax", "noreply2"])])
    return u + "@" + R.choice(DOMAINS)


def address(loc):
    f = FK[loc]
    if loc == "en_US":
        return f.street_address(), f"{f.city()}, {f.state_abbr()} {f.postcode()}"
    if loc == "en_GB":
        return f.street_address(), f"{f.city()} {f.postcode()}"
    if loc == "de_DE":
        return f.street_address(), f"{f.postcode()} {f.city()}"
    if loc == "fr_FR":
        s = f.street_address()
        if not s[0].isdigit():
            s = f"{R.randint(1, 180)}, {s}"
        return s, f"{f.postcode()} {f.city()}"
    return f.street_address(), f"{f.city()}, {f.postcode()}"


B62 = string.ascii_letters + string.digits


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt():
    h = b64url(json.dumps({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}).encode())
    p = b64url(json.dumps({"sub": str(R.randint(10**5, 10**9)), "iat": R.randint(1.6e9, 1.8e9), "scope": "read"}).encode())
    return f"{h}.{p}.{alnum(43, B62 + '-_')}"


def pem():
    kind = R.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    sub = {"RSA PRIVATE KEY": "pem_rsa_private_key", "PRIVATE KEY": "pem_private_key", "EC PRIVATE KEY": "pem_ec_private_key",
           "OPENSSH PRIVATE KEY": "pem_openssh_private_key", "ENCRYPTED PRIVATE KEY": "pem_encrypted_private_key"}[kind]
    raw = base64.b64encode(bytes(R.randint(0, 255) for _ in range(R.randint(90, 600)))).decode()
    body = "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))
    head, tail = f"-----BEGIN {kind}-----\n", f"\n-----END {kind}-----"
    return head + body + tail, sub, (len(head), len(head) + len(body))


def password():
    return R.choice([
        lambda: R.choice(["Harbor", "Violin", "Quartz", "Meadow", "Copper", "Zander"]) + str(R.randint(10, 9999)) + R.choice("!#$%*&"),
        lambda: alnum(R.randint(12, 20), B62 + "!#%&*-_"),
        lambda: alnum(4) + "-" + alnum(4) + "-" + alnum(4)])()


def api_key():
    k = R.choices(["aws_access_key_id", "aws_secret_key", "slack", "jwt", "github_pat_classic", "github_other", "stripe",
                   "openai_like", "github_pat_fine", "google_api", "gitlab"], [27, 13, 14, 8, 6, 3, 3, 3, 2, 2, 2])[0]
    v = {"aws_access_key_id": lambda: R.choice(["AKIA", "ASIA"]) + alnum(16, string.ascii_uppercase + "234567"),
         "aws_secret_key": lambda: alnum(40, B62 + "+/"),
         "slack": lambda: R.choice(["xoxb-", "xoxp-", "xoxa-2-"]) + digits(12) + "-" + digits(12) + "-" + alnum(24),
         "jwt": jwt,
         "github_pat_classic": lambda: "ghp_" + alnum(36),
         "github_other": lambda: R.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + alnum(36),
         "stripe": lambda: R.choice(["sk_live_", "rk_live_", "sk_test_"]) + alnum(R.choice([24, 32, 48])),
         "openai_like": lambda: R.choice(["sk-proj-", "sk-"]) + alnum(48, B62 + "_-"),
         "github_pat_fine": lambda: "github_pat_" + alnum(22) + "_" + alnum(59),
         "google_api": lambda: "AIza" + alnum(35, B62 + "_-"),
         "gitlab": lambda: "glpat-" + alnum(20, B62 + "_-")}[k]()
    return v, k


# negatives -------------------------------------------------------------------------------
def neg(kind, loc="en_US"):
    if kind == "TS":
        return R.choice([
            lambda: f"2025-{R.randint(1,12):02d}-{R.randint(1,28):02d}T{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}Z",
            lambda: f"{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}",
            lambda: str(R.randint(1600000000, 1790000000)),
            lambda: str(R.randint(1600000000000, 1790000000000)),
            lambda: f"2026-{R.randint(1,12):02d}-{R.randint(1,28):02d} {R.randint(0,23):02d}:{R.randint(0,59):02d}",
            lambda: f"{R.randint(1,28):02d}/{R.choice(['Jan','Mar','Jun','Oct'])}/2025:{R.randint(0,23):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d} +0000"])()
    if kind == "UUID":
        return str(uuid.UUID(int=R.getrandbits(128), version=4))
    if kind == "ORDER_ID":
        return R.choice([lambda: digits(R.randint(8, 11)), lambda: R.choice(["PRM-", "CIT-", "MV-", "INV-", "REQ-"]) + str(R.randint(2019, 2026)) + "-" + digits(5),
                         lambda: alnum(3, string.ascii_uppercase) + digits(7)])()
    if kind == "DATE":
        return other_date(loc)
    if kind == "HASH":
        return "".join(R.choice("0123456789abcdef") for _ in range(R.choice([7, 12, 40, 64])))
    if kind == "VERSION":
        return R.choice([lambda: ".".join(str(R.randint(0, 30)) for _ in range(4)), lambda: f"{R.randint(1,20)}.{R.randint(0,40)}.{R.randint(0,300)}"])()
    if kind == "CARDLIKE":
        return cardlike()
    if kind == "TITLECASE":
        return R.choice(["Permit Review Board", "Harbour Street Depot", "Quarterly Payroll Summary", "Northern Chess League",
                         "Blue Ridge Solar", "Evening Choir Rehearsal", "Customer Care Team", "Green Lane Moving",
                         "Silver Fjord Cruises", "Kind Regards", "Best Wishes", "Consular Services Unit", "Alumni Relations Office"])
    if kind == "NUMBER":
        return R.choice([lambda: f"{R.randint(1,999)},{digits(3)},{digits(3)}", lambda: f"€{R.randint(10,9999)},{digits(2)}",
                         lambda: f"${R.randint(1,99)},{digits(3)}.{digits(2)}", lambda: f"978-{R.randint(0,9)}-{digits(3)}-{digits(5)}-{R.randint(0,9)}",
                         lambda: f"{R.randint(100,9999)} kWh", lambda: f"{R.randint(1,99)}.{digits(2)} %"])()
    if kind == "EMAILLIKE":
        return R.choice([lambda: R.choice(["@angular/core", "@types/node", "@vue/cli", "@sentry/browser"]),
                         lambda: R.choice(["lodash", "axios", "express", "react", "numpy"]) + "@" + f"{R.randint(0,20)}.{R.randint(0,30)}.{R.randint(0,30)}",
                         lambda: f"git@gitlab.example:{R.choice(['ops', 'fleet', 'infra'])}/{R.choice(['permits', 'payroll', 'roster'])}.git"])()
    if kind == "B64":
        return R.choice([lambda: "sha256:" + "".join(R.choice("0123456789abcdef") for _ in range(64)),
                         lambda: "sha512-" + base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode(),
                         lambda: "data:image/gif;base64," + base64.b64encode(bytes(R.randint(0, 255) for _ in range(30))).decode()])()
    raise KeyError(kind)


# ------------------------------------------------------------------------------------------
# document builder (segments)
# ------------------------------------------------------------------------------------------
class Seg:
    __slots__ = ("text", "kind", "type", "sub", "core", "obf")

    def __init__(self, text, kind=None, type=None, sub=None, core=None, obf=None):
        self.text, self.kind, self.type, self.sub, self.core, self.obf = text, kind, type, sub, core, obf


def E(typ, val, sub=None, core=None, obf=None):
    return Seg(val, "E", typ, sub, core, obf)


def N(typ, val):
    return Seg(val, "N", "NEG_" + {"TS": "TIMESTAMP"}.get(typ, typ))


def I(val):
    return Seg(val, "I")


def entity_for(code, loc):
    """returns list of segments for a placeholder code"""
    if code == "P":
        v, s = person(loc); return [E("PERSON", v, s)]
    if code == "E":
        return [E("EMAIL", email(loc))]
    if code == "PH":
        v, s = phone(loc); return [E("PHONE", v, s)]
    if code == "SSN":
        v, s = ssn(); return [E("US_SSN", v, s)]
    if code == "CC":
        v, s = card(); return [E("CREDIT_CARD", v, s)]
    if code == "IBAN":
        v, s = iban(); return [E("IBAN", v, s)]
    if code == "IP4":
        return [E("IPV4", ipv4())]
    if code == "IP6":
        return [E("IPV6", ipv6())]
    if code == "DOB":
        return [E("DATE_OF_BIRTH", dob(loc))]
    if code == "ADDR":
        a, t = address(loc); return [E("STREET_ADDRESS", a, LANG[loc]), Seg(", "), I(t)]
    if code == "KEY":
        v, s = api_key(); return [E("API_KEY", v, s)]
    if code == "PW":
        return [E("API_KEY", password(), "password")]
    if code == "DBURL":
        sch = R.choice(["postgres", "mysql", "mongodb", "redis", "amqp"])
        user = R.choice(["svc_permits", "payroll", "app", "crew_ro", "admin"])
        host = R.choice(["db.internal", "10.0.3.7", "pg-main.lan", "mq.example.net"])
        return [Seg(f"{sch}://{user}:"), E("API_KEY", password().replace("%", "x"), "db_password"), Seg(f"@{host}:{R.choice([5432, 3306, 6379, 27017, 5672])}/{R.choice(['prod', 'main', 'q1'])}")]
    if code == "PEM":
        v, s, c = pem(); return [E("API_KEY", v, s, core=c)]
    if code == "PASS":
        v, s = passport(); return [E("RU_PASSPORT", v, s)]
    if code == "SNILS":
        v, s = snils(); return [E("RU_SNILS", v, s)]
    if code == "INN":
        v, s = inn(); return [E("RU_INN", v, s)]
    if code == "MRN":
        v, s = mrn(); return [E("MEDICAL_RECORD_NUMBER", v, s)]
    if code.startswith("n:"):
        return [N(code[2:], neg(code[2:], loc))]
    raise KeyError(code)


PH_RE = re.compile(r"\{([A-Za-z0-9_:]+)\}")


def fill(tpl, loc):
    segs, pos = [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            segs.append(Seg(tpl[pos:m.start()]))
        segs += entity_for(m.group(1), loc)
        pos = m.end()
    segs.append(Seg(tpl[pos:]))
    return segs


def finish(segs):
    text, ents, negs, ign, pos = [], [], [], [], 0
    for s in segs:
        t = s.text
        if s.kind == "E":
            e = {"type": s.type, "start": pos, "end": pos + len(t), "value": t}
            if s.sub:
                e["sub"] = s.sub
            if s.core:
                e["core"] = [pos + s.core[0], pos + s.core[1]]
            if s.obf:
                e["obf"] = s.obf
            ents.append(e)
        elif s.kind == "N":
            negs.append({"type": s.type, "start": pos, "end": pos + len(t), "value": t})
        elif s.kind == "I":
            ign.append([pos, pos + len(t)])
        text.append(t)
        pos += len(t)
    return "".join(text), ents, negs, ign


def escape_segs(segs):
    """JSON-escape each segment (escaping is per char, so offsets stay consistent)."""
    out = []
    for s in segs:
        t = json.dumps(s.text, ensure_ascii=False)[1:-1]
        core = s.core
        if core:
            pre = len(json.dumps(s.text[:core[0]], ensure_ascii=False)) - 2
            mid = len(json.dumps(s.text[core[0]:core[1]], ensure_ascii=False)) - 2
            core = (pre, pre + mid)
        out.append(Seg(t, s.kind, s.type, s.sub, core, s.obf))
    return out


class Raw:
    """a JSON leaf given as segments (string) or number segment"""
    def __init__(self, segs, number=False):
        self.segs, self.number = segs, number


def jstr(segs):
    return Raw(segs)


def emit(obj, indent, level=0):
    nl = "\n" + " " * (indent * (level + 1)) if indent else ""
    end = "\n" + " " * (indent * level) if indent else ""
    colon = ": " if indent else R.choice([":", ": "]) if level == 0 else ":"
    sep = "," if indent else ", " if level % 2 else ","
    if isinstance(obj, Raw):
        if obj.number:
            return list(obj.segs)
        return [Seg('"')] + escape_segs(obj.segs) + [Seg('"')]
    if isinstance(obj, Seg):
        return [Seg('"')] + escape_segs([obj]) + [Seg('"')]
    if isinstance(obj, dict):
        if not obj:
            return [Seg("{}")]
        out = [Seg("{")]
        for i, (k, v) in enumerate(obj.items()):
            out.append(Seg((sep if i else "") + nl + json.dumps(k, ensure_ascii=False) + colon))
            out += emit(v, indent, level + 1)
        out.append(Seg(end + "}"))
        return out
    if isinstance(obj, list):
        if not obj:
            return [Seg("[]")]
        out = [Seg("[")]
        for i, v in enumerate(obj):
            out.append(Seg((sep if i else "") + nl))
            out += emit(v, indent, level + 1)
        out.append(Seg(end + "]"))
        return out
    return [Seg(json.dumps(obj, ensure_ascii=False))]


def one(code, loc):
    segs = entity_for(code, loc)
    assert len(segs) == 1
    return segs[0]


# ------------------------------------------------------------------------------------------
# chat templates (new wording, per language)
# ------------------------------------------------------------------------------------------
CHAT = {
 "en": [
  "I looked up the parking appeal: the vehicle is registered to {P}, who lives at {ADDR}. The contravention notice was issued on {n:DATE} and the appeal reference is {n:ORDER_ID}.",
  "Here is the coworking member you asked about:\n\n- Member: {P}\n- Desk phone: {PH}\n- Billing email: {E}\n- Card on file: {CC}\n\nThe membership renews on {n:DATE}.",
  "The payroll bureau sent the corrected record. Employee {P} (date of birth {DOB}, SSN {SSN}) will be paid into {IBAN} from the next run.",
  "Short summary of the call (QA score 87/100): the agent verified the caller {P} using the last four digits of the card {CC} and the postcode. No escalation needed; ticket {n:ORDER_ID} closed at {n:TS}.",
  "For the embassy appointment you will need the passport and the booking code {n:ORDER_ID}. The applicant {P}, born {DOB}, can be reached at {E} or {PH}.",
  "The moving crew lead is {P}. Pickup from {ADDR} is confirmed for {n:DATE}; please keep {PH} reachable on the day.",
  "I found the leaked credential in the solar-monitoring repo: `{KEY}`. It was added in commit {n:HASH}. Revoke it and rotate before the {n:VERSION} release.",
  "The bike-sharing dock at the station reported from {IP4}, firmware {n:VERSION}, at {n:TS}. The account that unlocked bike 4471 belongs to {E}.",
  "Translated into English, the notary's letter says: \"Mr {P}, born on {DOB}, residing at {ADDR}, has signed the deed before us.\"",
  "Sure - the hearing-aid fitting is booked for {P} (patient number {MRN}). The clinic will call {PH} if the device arrives earlier than {n:DATE}.",
  "Your temporary password for the alumni portal is `{PW}`. Please change it the first time you sign in; the link expires at {n:TS}.",
  "In the deploy log the connection string is {DBURL}, which exposes the customs-declaration database password. Rotate it and move it to the vault.",
  "The chess federation rating export lists {P} ({E}) and {P} ({E}). Both entries were synced with version {n:VERSION} of the rating tool.",
  "The insurance adjuster's note: claimant {P}, policy {n:ORDER_ID}, bank account {IBAN}. Damage estimate {n:NUMBER}.",
  "Blood donation record: donor {P}, date of birth {DOB}, donor ID {MRN}. Next eligible date is {n:DATE}.",
  "Requests to the cruise booking API came from {IP6} and {IP4}; the request id was {n:UUID}.",
  "The e-sports team manager pasted this token into the Discord channel: {KEY}. Treat it as compromised.",
  "Driving school enrolment: {P}, SSN {SSN}, phone {PH}. Theory exam slot {n:TS}, lesson package {n:ORDER_ID}.",
  "The crowdfunding backer {P} pledged through card {CC}; the payment processor returned reference {n:UUID}. The campaign page is built with {n:EMAILLIKE}.",
  "Tax advisor follow-up: please send {P} the signed return. Her contact is {E}, and her taxpayer details include SSN {SSN} and date of birth {DOB}.",
  "Optician prescription for {P} (record {MRN}) was scanned on {n:DATE}. Lens order {n:ORDER_ID}, total {n:NUMBER}.",
  "Fishing licence renewed for {P}, {ADDR}. Licence number {n:ORDER_ID}, valid until {n:DATE}.",
  "The config in the elder-care scheduling app contains\n```\nSCHED_API_KEY={KEY}\nADMIN_PASSWORD={PW}\nBUILD={n:HASH}\n```\nBoth values should be removed from the repository.",
  "I found this key in the ticket attachment:\n\n{PEM}\n\nPlease generate a new key pair for the permit-signing service.",
  "Choir roster update: {P} replaces {P} in the tenor section. Contact: {PH}. {n:TITLECASE} starts at {n:TS}.",
 ],
 "de": [
  "Der Bauantrag wurde von {P} eingereicht, wohnhaft {ADDR}. Aktenzeichen {n:ORDER_ID}, Eingang am {n:DATE}.",
  "Laut Lohnbüro ist {P} (geboren am {DOB}) ab dem nächsten Monat auf das Konto {IBAN} umzustellen. Rückfragen bitte an {E}.",
  "Zusammenfassung des Gesprächs: Frau {P} rief von {PH} an und bat um Rückruf. Ticket {n:ORDER_ID}, Zeitstempel {n:TS}.",
  "Die Umzugsfirma holt die Möbel bei {ADDR} ab. Ansprechpartner vor Ort ist {P}, erreichbar unter {PH}.",
  "Für die Hörgeräteanpassung ist {P} mit der Patientennummer {MRN} eingetragen, Geburtsdatum {DOB}.",
  "Im Steuerberater-Portal steht das Passwort im Klartext: `passwort={PW}`. Bitte sofort ändern.",
  "Der Zugriff auf das Parkraum-System kam von {IP4}, Version {n:VERSION}, um {n:TS}. Der API-Schlüssel {KEY} wurde dabei verwendet.",
  "Übersetzung der Vollmacht: Herr {P}, geboren am {DOB}, bevollmächtigt {P}, alle Erklärungen beim Notariat abzugeben.",
  "Die Zahlung für den Coworking-Platz lief über die Karte {CC}; Rechnung {n:ORDER_ID} über {n:NUMBER}.",
  "Fahrschule: Anmeldung von {P}, E-Mail {E}, Telefon {PH}. Prüfungstermin {n:DATE}.",
  "Im Log der Solaranlagen-Überwachung steht {DBURL} - das Kennwort muss rotiert werden (Commit {n:HASH}).",
  "Blutspende-Termin bestätigt für {P}, Spendernummer {MRN}. Bitte den Ausweis mitbringen; Beginn {n:TS}.",
 ],
 "fr": [
  "La demande de permis de construire a été déposée par {P}, domicilié au {ADDR}. Référence du dossier : {n:ORDER_ID}.",
  "Pour l'agence de traduction, le client {P} (né le {DOB}) souhaite être payé sur le compte {IBAN}. Contact : {E}.",
  "Résumé de l'appel : {P} a appelé depuis le {PH} au sujet de l'amende de stationnement {n:ORDER_ID} du {n:DATE}.",
  "Le déménagement est prévu chez {P}, {ADDR}. Le chef d'équipe joindra le {PH} la veille.",
  "Le notaire confirme que {P}, né le {DOB}, a signé l'acte. Une copie a été envoyée à {E}.",
  "Le paiement de la croisière a été fait avec la carte {CC} ; numéro de réservation {n:ORDER_ID}, montant {n:NUMBER}.",
  "J'ai trouvé une clé dans le dépôt du club d'échecs : {KEY}. Elle a été ajoutée dans le commit {n:HASH}.",
  "La requête vers le portail de l'ambassade venait de {IP4} à {n:TS} ; identifiant de session {n:UUID}.",
  "Fiche audioprothèse : patient {P}, dossier n° {MRN}, date de naissance {DOB}.",
  "Dans le fichier de configuration de la paie : `mot_de_passe = {PW}`. Il faut le retirer du dépôt.",
  "Le covoiturage du chœur : {P} ({PH}) et {P} ({PH}) partent à {n:TS}.",
  "Pour le don du sang, {P} est inscrit avec le numéro de donneur {MRN} ; prochain don possible le {n:DATE}.",
 ],
 "ru": [
  "Заявление на разрешение подал {P}, паспорт {PASS}, адрес: {ADDR}. Номер дела {n:ORDER_ID}.",
  "Бухгалтерия расчёта зарплаты: сотрудник {P}, ИНН {INN}, СНИЛС {SNILS}, дата рождения {DOB}.",
  "Краткое резюме звонка: клиент {P} позвонил с номера {PH}, жалоба на штраф за парковку {n:ORDER_ID} от {n:DATE}.",
  "Грузчики приедут по адресу {ADDR}. Контактное лицо — {P}, телефон {PH}.",
  "Нотариус заверил доверенность: {P}, {DOB} года рождения, паспорт {PASS}.",
  "Оплата коворкинга прошла по карте {CC}; счёт {n:ORDER_ID} на сумму {n:NUMBER}.",
  "В репозитории сервиса рыболовных лицензий найден ключ {KEY}; коммит {n:HASH}.",
  "Запись к сурдологу: {P}, номер медкарты {MRN}, почта {E}.",
  "Налоговому консультанту нужны данные: ИНН {INN}, паспорт {PASS}, электронная почта {E}.",
  "Запрос к системе бронирования круизов пришёл с {IP4} в {n:TS}, идентификатор {n:UUID}.",
  "В конфигурации сервера: `DB_PASSWORD={PW}`. Уберите пароль из репозитория до релиза {n:VERSION}.",
  "Донор крови {P}, дата рождения {DOB}, СНИЛС {SNILS}. Следующая донация — {n:DATE}.",
  "Here is the record from the Russian office: {P}, INN {INN}, SNILS {SNILS}, phone {PH}.",
 ],
}

FILLER = {
 "en": ["Let me know if you need anything else.", "I have not changed any other fields.", "The rest of the file looks fine.",
        "This was checked against the latest export.", "Nothing else in the batch was flagged."],
 "de": ["Sonst ist mir nichts aufgefallen.", "Die übrigen Felder habe ich nicht geändert.", "Melden Sie sich gern bei Fragen."],
 "fr": ["Je n'ai rien modifié d'autre.", "Le reste du dossier semble correct.", "N'hésitez pas si vous avez des questions."],
 "ru": ["Остальные поля я не менял.", "Если нужно что-то ещё, напишите.", "Других замечаний нет."],
}


def pick_lang(loc):
    l = LANG[loc]
    if l != "en" and R.random() < 0.15:
        return "en"
    return l


def chat_segs(loc, lang):
    tpls = CHAT[lang]
    if loc != "ru_RU" and lang == "en":
        tpls = [t for t in tpls if "{INN}" not in t]
    segs = fill(R.choice(tpls), loc)
    if R.random() < 0.4:
        segs = [Seg(R.choice(FILLER[lang]) + " ")] + segs
    if R.random() < 0.3:
        segs.append(Seg(" " + R.choice(FILLER[lang])))
    return segs


# ------------------------------------------------------------------------------------------
# JSON shapes
# ------------------------------------------------------------------------------------------
def person_seg(loc):
    return one("P", loc)


def rec_permit(loc):
    return {"permit_no": Raw([N("ORDER_ID", neg("ORDER_ID"))]), "applicant": {
        "full_name": person_seg(loc), "contact": {"mail": one("E", loc), "tel": one("PH", loc)}},
        "site": {"line1": Raw(entity_for("ADDR", loc)[:1]), "lodged": Raw([N("DATE", neg("DATE", loc))])},
        "fee_paid": R.choice([True, False])}


def rec_parking(loc):
    return {"ticketId": R.randint(10000, 999999), "plate": alnum(2, string.ascii_uppercase) + "-" + digits(4),
            "issuedAt": Raw([N("TS", neg("TS"))]), "keeper": {"name": person_seg(loc), "notify": one("E", loc)} if R.random() < 0.6 else {"name": person_seg(loc), "dob": one("DOB", loc)},
            "status": R.choice(["open", "paid", "appealed"]), "caseRef": Raw([N("UUID", neg("UUID"))]),
            "camera": {"ip": one("IP4", loc), "fw": Raw([N("VERSION", neg("VERSION"))])}}


def rec_payroll(loc):
    d = {"mitarbeiter": person_seg(loc), "kontakt": {"email": one("E", loc)}, "bankverbindung": {"iban": one("IBAN", loc)},
         "personalnummer": R.randint(1000, 99999), "abrechnung": Raw([N("DATE", neg("DATE", loc))]), "brutto": Raw([N("NUMBER", neg("NUMBER"))])}
    if R.random() < 0.5:
        d["geburtsdatum"] = one("DOB", loc)
    if loc == "ru_RU":
        d["инн"] = one("INN", loc) if R.random() < 0.6 else Raw([E("RU_INN", inn10(), "inn10_json_number")], number=True)
        d["снилс"] = one("SNILS", loc)
    elif loc == "en_US":
        d["ssn"] = one("SSN", loc)
    return d


def rec_translation(loc):
    return {"client": {"nom": person_seg(loc), "courriel": one("E", loc), "téléphone": one("PH", loc)},
            "commande": Raw([N("ORDER_ID", neg("ORDER_ID"))]), "langues": ["fr", "de"], "montant": Raw([N("NUMBER", neg("NUMBER"))])}


def rec_crew(loc):
    d = {"name": person_seg(loc), "role": R.choice(["mover", "driver", "lead", "packer"]), "mobile": one("PH", loc),
         "mail": one("E", loc), "shift_start": Raw([N("TS", neg("TS"))]), "van": Raw([N("ORDER_ID", neg("ORDER_ID"))])}
    if R.random() < 0.4:
        d["home"] = Raw(entity_for("ADDR", loc)[:1])
    return d


def rec_donor(loc):
    return {"donorRef": one("MRN", loc), "donor": {"givenFamily": person_seg(loc), "birthDate": one("DOB", loc), "eMail": one("E", loc)},
            "sessionId": Raw([N("UUID", neg("UUID"))]), "kitVersion": Raw([N("VERSION", neg("VERSION"))]),
            "lastVisit": Raw([N("DATE", neg("DATE", loc))]), "bloodGroup": R.choice(["A+", "0-", "B+", "AB+"])}


def rec_secrets(loc):
    return {"service": R.choice(["permits-api", "bike-dock", "payroll-sync", "cruise-booking"]),
            "credentials": ({"token": one("KEY", loc), "admin_pass": E("API_KEY", password(), "password")} if R.random() < 0.3
                            else {"token": one("KEY", loc), "fallback_token": one("KEY", loc)}),
            "image_digest": Raw([N("B64", neg("B64"))]), "build": Raw([N("HASH", neg("HASH"))])}


def rec_ru(loc):
    return {"фио": person_seg("ru_RU"), "паспорт": one("PASS", loc), "снилс": one("SNILS", loc), "инн": one("INN", loc),
            "телефон": one("PH", "ru_RU"), "создано": Raw([N("TS", neg("TS"))])}


def rec_backer(loc):
    return {"backer_id": Raw([N("UUID", neg("UUID"))]), "display": person_seg(loc), "email": one("E", loc),
            "payment": {"card": one("CC", loc), "amount": Raw([N("NUMBER", neg("NUMBER"))])}, "ip": one(R.choice(["IP4", "IP6"]), loc)}


def rec_access(loc):
    return {"deviceId": R.randint(100, 99999), "lastSeenFrom": {"v4": one("IP4", loc), "v6": one("IP6", loc) if R.random() < 0.4 else None},
            "owner_email": one("E", loc), "apiKey": one("KEY", loc), "agent": Raw([N("EMAILLIKE", neg("EMAILLIKE"))]),
            "seen": Raw([N("TS", neg("TS"))])}


def rec_billing(loc):
    d = {"invoice": Raw([N("ORDER_ID", neg("ORDER_ID"))]), "payer_email": one("E", loc),
         "method": {"card": one("CC", loc)} if R.random() < 0.6 else {"iban": one("IBAN", loc)},
         "shipment_tracking": Raw([N("CARDLIKE", cardlike())]), "total": Raw([N("NUMBER", neg("NUMBER"))]),
         "paid_on": Raw([N("DATE", neg("DATE", loc))])}
    return d


RECS = {"en": [rec_permit, rec_parking, rec_crew, rec_donor, rec_secrets, rec_backer, rec_payroll, rec_access, rec_billing],
        "de": [rec_payroll, rec_crew, rec_parking, rec_secrets, rec_donor, rec_access, rec_billing],
        "fr": [rec_translation, rec_crew, rec_backer, rec_donor, rec_secrets, rec_access, rec_billing],
        "ru": [rec_ru, rec_payroll, rec_crew, rec_secrets, rec_access, rec_billing]}
WRAP_KEYS = ["records", "items", "data", "einträge", "résultats", "записи", "rows", "roster"]


def json_obj(loc, lang, n):
    recs = [R.choice(RECS[lang])(loc) for _ in range(n)]
    k = R.random()
    if k < 0.3:
        return {"status": "ok", "generated": Raw([N("TS", neg("TS"))]), R.choice(WRAP_KEYS): recs}
    if k < 0.5:
        return {"page": {"index": 1, "size": n}, "result": {R.choice(WRAP_KEYS): recs, "trace": Raw([N("UUID", neg("UUID"))])}}
    if k < 0.65:
        # assistant tool answer with prose inside
        return {"reply": {"role": "assistant", "text": Raw(chat_segs(loc, lang))}, "attachments": recs[:1],
                "usage": {"input": R.randint(50, 900), "output": R.randint(20, 400)}}
    if k < 0.8:
        # double-encoded JSON inside a string field
        inner = emit({R.choice(WRAP_KEYS): recs}, None)
        return {"kind": "export", "payload_json": Raw(inner), "schema": Raw([N("VERSION", neg("VERSION"))])}
    return recs if n > 1 else recs[0]


def json_doc(loc, lang, n=None):
    obj = json_obj(loc, lang, n or R.randint(1, 3))
    return emit(obj, R.choice([None, None, 2, 4]))


def json4k_doc(loc, lang):
    recs, indent = [], R.choice([None, 2])
    while True:
        recs.append(R.choice(RECS[lang])(loc))
        obj = {"export": {"source": R.choice(["permits", "crew", "payroll", "donors"]), "created": Raw([N("TS", neg("TS"))]),
                          "request": Raw([N("UUID", neg("UUID"))])}, R.choice(WRAP_KEYS): recs}
        segs = emit(obj, indent)
        if sum(len(s.text) for s in segs) > 3900:
            return segs


REPORT_HEAD = {"en": ["# Weekly {t} report\n\n", "## {t} - incident summary\n\n"], "de": ["# Wochenbericht {t}\n\n"],
               "fr": ["# Rapport hebdomadaire : {t}\n\n"], "ru": ["# Еженедельный отчёт: {t}\n\n"]}
TOPICS = ["Parking Enforcement", "Permit Desk", "Coworking Hub", "Payroll Bureau", "Cruise Desk", "Customs Office"]


def log_line(loc):
    lvl = R.choice(["INFO", "WARN", "DEBUG"])
    k = R.random()
    if k < 0.3:
        return [N("TS", neg("TS")), Seg(f" {lvl} job="), N("UUID", neg("UUID")), Seg(" digest="), N("HASH", neg("HASH")), Seg("\n")]
    if k < 0.4:
        return [N("TS", neg("TS")), Seg(f" {lvl} mail queued for "), E("EMAIL", email(loc)), Seg("\n")]
    if k < 0.45:
        return [N("TS", neg("TS")), Seg(f" {lvl} client="), E("IPV4", ipv4()), Seg(" agent=dock/"), N("VERSION", neg("VERSION")), Seg("\n")]
    if k < 0.6:
        return [N("TS", neg("TS")), Seg(f" {lvl} order="), N("ORDER_ID", neg("ORDER_ID")), Seg(" ref="), N("CARDLIKE", cardlike()), Seg("\n")]
    if k < 0.7:
        return [N("TS", neg("TS")), Seg(f" {lvl} dep "), N("EMAILLIKE", neg("EMAILLIKE")), Seg(" integrity "), N("B64", neg("B64")), Seg("\n")]
    return [N("TS", neg("TS")), Seg(f" {lvl} heartbeat ok, latency "), N("NUMBER", neg("NUMBER")), Seg("\n")]


PROSE = {
 "en": ["The queue was quiet for most of the week and the backlog dropped below the usual level.",
        "Two dashboards were rebuilt after the migration, and the nightly export now runs an hour earlier.",
        "No changes were made to the retention policy; the review is scheduled for next quarter.",
        "Staff training continued on schedule and the handbook was updated with the new escalation path."],
 "de": ["Die Warteschlange war die meiste Zeit ruhig, der Rückstand lag unter dem üblichen Niveau.",
        "Nach der Migration wurden zwei Dashboards neu aufgebaut; der nächtliche Export läuft jetzt früher."],
 "fr": ["La file d'attente est restée calme et le retard est passé sous le niveau habituel.",
        "Deux tableaux de bord ont été reconstruits après la migration ; l'export nocturne tourne plus tôt."],
 "ru": ["Очередь большую часть недели была спокойной, отставание ниже обычного.",
        "После миграции пересобраны две панели; ночная выгрузка теперь запускается раньше."],
}


def text_doc(loc, lang, target, chat_p=0.65):
    segs = [Seg(R.choice(REPORT_HEAD[lang]).format(t=R.choice(TOPICS)))]
    size = 0
    while size < target:
        r = R.random()
        if r < chat_p:
            segs += chat_segs(loc, lang) + [Seg("\n\n")]
        elif r < chat_p + 0.15 and chat_p < 0.5:
            segs.append(Seg(" ".join(R.sample(PROSE[lang], 2)) + "\n\n"))
        elif r < 0.8:
            segs.append(Seg("```\n"))
            for _ in range(R.randint(1, 4)):
                segs += log_line(loc)
            segs.append(Seg("```\n\n"))
        else:
            segs.append(Seg("- " + R.choice(["Status", "Owner", "Next step"]) + ": "))
            segs += [N("TITLECASE", neg("TITLECASE")), Seg(", due "), N("DATE", neg("DATE", loc)), Seg("\n\n")]
        size = sum(len(s.text) for s in segs)
    return segs


# ------------------------------------------------------------------------------------------
# obfuscation
# ------------------------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е", "K": "К",
        "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "i": "і"}
SPELL = {"en": "zero one two three four five six seven eight nine".split()}


def obf_zw(v):
    out = []
    for i, c in enumerate(v):
        out.append(c)
        if 0 < i < len(v) - 1 and R.random() < 0.3:
            out.append(R.choice(ZW))
    return "".join(out)


LAT = {v: k for k, v in HOMO.items() if k != "i"}  # Cyrillic -> Latin look-alikes (for Russian names)


def obf_homo(v):
    m = HOMO if any(c in HOMO for c in v) else LAT
    idx = [i for i, c in enumerate(v) if c in m]
    if not idx:
        return None
    ch = set(R.sample(idx, max(1, len(idx) // 2)))
    return "".join(m[c] if i in ch else c for i, c in enumerate(v))


def obf_full(v):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)


def obf_spaced(v):
    return " ".join(c for c in v if c != " ")


def obf_spelled(v):
    w = SPELL["en"]
    toks = []
    for c in v:
        if c.isdigit():
            toks.append(w[int(c)])
        elif c == "-":
            toks.append("dash")
        elif c == "+":
            toks.append("plus")
    return " ".join(toks)


OBF_TPL = {
 "en": ["Dictated over the phone, the number was {X}.", "Member's key (as typed in the chat): {X}", "Please forward it to {X} today.",
        "The caller spelled it out: {X}.", "Source address in the report: {X}.", "Booked under the name {X}."],
 "ru": ["Клиент продиктовал: {X}.", "Данные из анкеты: {X}."],
}


def obf_doc(loc):
    lang = "ru" if loc == "ru_RU" and R.random() < 0.5 else "en"
    code = R.choices(["PH", "E", "CC", "SSN", "IP4", "KEY", "P", "PASS", "SNILS", "INN", "IBAN"],
                     [22, 14, 12, 8, 8, 14, 12, 4, 3, 3, 4])[0]
    if code in ("PASS", "SNILS", "INN"):
        lang = "ru"
    first = obf_entity(code, loc)
    tpl = R.choice(OBF_TPL[lang])
    a, b = tpl.split("{X}")
    segs = [Seg(a), first, Seg(b)]
    if R.random() < 0.6:
        code2 = R.choice(["P", "E", "PH", "CC"])
        lead = {"P": " Holder: ", "E": " Reply to ", "PH": " Alt. number ", "CC": " Card used: "}[code2] if lang == "en" else \
            {"P": " Владелец: ", "E": " Почта: ", "PH": " Доп. телефон: ", "CC": " Карта: "}[code2]
        segs += [Seg(lead), obf_entity(code2, loc), Seg(".")]
    return segs, lang


def obf_entity(code, loc):
    seg = one(code, loc)
    v = seg.text
    kinds = ["zero_width", "fullwidth", "spaced"]
    if any(c in HOMO or c in LAT for c in v):
        kinds.append("homoglyph")
    if seg.type in ("PHONE", "US_SSN"):
        kinds += ["spelled"]
    if seg.type == "EMAIL":
        kinds = ["zero_width", "homoglyph", "fullwidth", "words"]
    if seg.type == "CREDIT_CARD":
        kinds += ["dotted"]
    if seg.type == "IPV4":
        kinds = ["zero_width", "fullwidth", "defang"]
    if seg.type in ("API_KEY", "PERSON"):
        kinds = ["zero_width", "homoglyph", "spaced"] if seg.type == "PERSON" else ["zero_width", "homoglyph"]
    k = R.choice(kinds)
    if k == "zero_width":
        nv = obf_zw(v)
    elif k == "homoglyph":
        nv = obf_homo(v)
    elif k == "fullwidth":
        nv = obf_full(v)
    elif k == "spaced":
        nv = obf_spaced(v)
    elif k == "spelled":
        nv = obf_spelled(v)
    elif k == "dotted":
        nv = ".".join(re.split(r"[ -]", v)) if re.search(r"[ -]", v) else ".".join(v[i:i + 4] for i in range(0, len(v), 4))
    elif k == "words":
        u, d = v.split("@")
        nv = u + R.choice([" at ", " [at] ", " (at) ", " AT "]) + d.replace(".", R.choice([" dot ", " [dot] ", " (dot) "]))
    else:
        nv = v.replace(".", R.choice(["[.]", "(.)", "[dot]"]))
    if not nv or nv == v:
        nv, k = obf_zw(v), "zero_width"
    return E(seg.type, nv, seg.sub, obf=k)


# ------------------------------------------------------------------------------------------
def chunkify(text):
    out, i = [], 0
    while i < len(text):
        n = R.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def make(seed, scale=450):
    global R
    R = random.Random(seed)
    for i, l in enumerate(LOCALES):
        FK[l] = Faker(l)
        FK[l].seed_instance(seed * 10 + i)
    Faker.seed(seed)
    mix = {"chat": 188, "json": 104, "stream": 52, "obfuscated": 52, "json4k": 31, "text4k": 21, "long64k": 2}
    f = scale / 450.0
    docs = []
    n = 0
    for shape, cnt in mix.items():
        for _ in range(max(1, round(cnt * f)) if shape != "long64k" else 2):
            loc = R.choices(LOCALES, LOC_W)[0]
            lang = pick_lang(loc)
            base = None
            sh = shape
            if shape == "stream":
                base = R.choices(["chat", "json", "text4k", "obfuscated"], [121, 67, 49, 13])[0]
                sh = base
            fmt = "text"
            if sh == "chat":
                segs = chat_segs(loc, lang)
                if R.random() < 0.35:
                    segs += [Seg("\n\n")] + chat_segs(loc, lang)
                tpl = "chat"
            elif sh == "json":
                segs, fmt, tpl = json_doc(loc, lang), "json", "json"
            elif sh == "json4k":
                segs, fmt, tpl = json4k_doc(loc, lang), "json", "json4k"
            elif sh == "text4k":
                segs, tpl = text_doc(loc, lang, 4000), "text4k"
            elif sh == "long64k":
                segs, tpl = text_doc(loc, lang, 64000, 0.3), "long64k"
            else:
                segs, lang = obf_doc(loc)
                tpl = "obf"
            text, ents, negs, ign = finish(segs)
            n += 1
            d = {"id": f"probe-l-{seed}-{n:04d}", "split": "probe_l", "shape": shape}
            if base:
                d["base_shape"] = base
            d.update({"format": fmt, "locale": loc, "lang": lang, "template": "l." + tpl, "text": text})
            if shape == "stream":
                d["chunks"] = chunkify(text)
            d.update({"entities": ents, "negatives": negs, "ignore": ign})
            docs.append(d)
    check(docs)
    return docs


def check(docs):
    def fail(d, msg):
        sys.exit(f"SELF-CHECK FAILED {d['id']}: {msg}")
    for d in docs:
        t = d["text"]
        spans = []
        for e in d["entities"]:
            if t[e["start"]:e["end"]] != e["value"]:
                fail(d, f"entity span {e}")
            if e["start"] >= e["end"] or not any(c.isalnum() for c in e["value"]):
                fail(d, f"empty entity {e}")
            if "core" in e and not (e["start"] <= e["core"][0] < e["core"][1] <= e["end"]):
                fail(d, "core")
            raw = e["value"]
            if not e.get("obf") and "\\n" not in raw:
                if e["type"] == "CREDIT_CARD" and not luhn_ok(raw):
                    fail(d, f"luhn {raw}")
                if e["type"] == "IBAN" and not iban_ok(raw):
                    fail(d, f"iban {raw}")
            spans.append((e["start"], e["end"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                fail(d, f"overlap {a} {b}")
        for n in d["negatives"]:
            if t[n["start"]:n["end"]] != n["value"]:
                fail(d, f"neg span {n}")
            for s, e in spans:
                if n["start"] < e and s < n["end"]:
                    fail(d, f"neg overlaps entity {n}")
            if n["type"] == "NEG_CARDLIKE" and luhn_ok(n["value"]):
                fail(d, "cardlike is luhn-valid")
        for s, e in d["ignore"]:
            for a, b in spans:
                if s < b and a < e:
                    fail(d, "ignore overlaps entity")
        if d["format"] == "json":
            try:
                json.loads(t)
            except Exception as ex:
                fail(d, f"json {ex}")
        if d["shape"] == "stream":
            if "".join(d["chunks"]) != t or any(not (1 <= len(c) <= 16) for c in d["chunks"]):
                fail(d, "chunks")
    # nested payload_json must parse too
    for d in docs:
        if d["format"] == "json" and '"payload_json"' in d["text"]:
            json.loads(json.loads(d["text"])["payload_json"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1616)
    ap.add_argument("--out", default="/tmp/probe_l.jsonl")
    ap.add_argument("--scale", type=int, default=450)
    a = ap.parse_args()
    docs = make(a.seed, a.scale)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} docs to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
