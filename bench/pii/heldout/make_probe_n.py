#!/usr/bin/env python3
"""Probe N: independent held-out PII corpus generator (dev-split schema).
Run: PYTHONPATH=/tmp/faker-site python make_probe_n.py --seed 2020 --out /tmp/probe_n.jsonl
Deterministic for a given seed. Standard library + Faker only."""
import argparse, base64, json, random, re, string, sys
from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
R = random.Random(0)
FK = {}
A = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits

def rs(n, al=A): return "".join(R.choice(al) for _ in range(n))
def dg(n): return "".join(R.choice(string.digits) for _ in range(n))

# ---------------- checksummed values ----------------
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)

def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]

BRANDS = {"visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2500", "2720"], 16),
          "amex": (["34", "37"], 15), "discover": (["6011", "644", "65"], 16),
          "jcb": (["3528", "3541", "3589"], 16), "mir": (["2200", "2201", "2202", "2204"], 16)}

def card():
    brand = R.choice(list(BRANDS))
    pre, n = R.choice(BRANDS[brand][0]), BRANDS[brand][1]
    body = pre + dg(n - 1 - len(pre))
    num = body + luhn_digit(body)
    g = R.choice(["compact", "space", "dash"])
    if g != "compact":
        sep = " " if g == "space" else "-"
        parts = [num[:4], num[4:10], num[10:]] if n == 15 else [num[i:i + 4] for i in range(0, 16, 4)]
        num = sep.join(parts)
    return num, brand

def cardlike():
    body = R.choice("3456789") + dg(14)
    bad = str((int(luhn_digit(body)) + R.randint(1, 9)) % 10)
    num = body + bad
    g = R.choice(["compact", "space", "dash"])
    if g == "space": num = " ".join(num[i:i + 4] for i in range(0, 16, 4))
    if g == "dash": num = "-".join(num[i:i + 4] for i in range(0, 16, 4))
    return num

IBAN_SPEC = {"DE": "n18", "FR": "n10a11n2", "GB": "A4n14", "ES": "n20", "IT": "A1n10a12", "NL": "A4n10",
             "BE": "n12", "AT": "n16", "CH": "n5a12", "PL": "n24", "LU": "n3a13", "PT": "n21"}

def iban():
    cc = R.choice(list(IBAN_SPEC))
    bban = ""
    for kind, cnt in re.findall(r"([nAa])(\d+)", IBAN_SPEC[cc]):
        al = string.digits if kind == "n" else (string.ascii_uppercase if kind == "A" else UP)
        bban += "".join(R.choice(al) for _ in range(int(cnt)))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    ib = f"{cc}{chk:02d}{bban}"
    if R.random() < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), cc + "_grouped"
    return ib, cc + "_compact"

def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666]); g = R.randint(1, 99); s = R.randint(1, 9999)
    st = R.choice(["dashed", "dashed", "plain", "spaced"])
    sep = {"dashed": "-", "plain": "", "spaced": " "}[st]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", st

def inn10():
    d = [R.randint(0, 9) for _ in range(9)]; d[0] = R.randint(1, 9)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    return "".join(map(str, d + [sum(a * b for a, b in zip(w, d)) % 11 % 10]))

def inn12():
    d = [R.randint(0, 9) for _ in range(10)]; d[0] = R.randint(1, 9)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]; d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]; d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))

def snils():
    while True:
        d = dg(9)
        if int(d) > 1001998: break
    s = sum(int(c) * (9 - i) for i, c in enumerate(d))
    if s < 100: c = s
    elif s in (100, 101): c = 0
    else:
        c = s % 101
        if c == 100: c = 0
    st = R.choice(["formatted", "formatted", "dashed", "plain"])
    if st == "formatted": return f"{d[:3]}-{d[3:6]}-{d[6:]} {c:02d}", st
    if st == "dashed": return f"{d[:3]}-{d[3:6]}-{d[6:]}-{c:02d}", st
    return f"{d}{c:02d}", st

def passport():
    reg = f"{R.randint(1, 99):02d}"; yr = f"{R.randint(0, 24):02d}"; num = dg(6)
    st = R.choice(["spaced", "series_number", "plain", "numero", "numero_tight"])
    return {"spaced": f"{reg} {yr} {num}", "series_number": f"{reg}{yr} {num}", "plain": f"{reg}{yr}{num}",
            "numero": f"{reg} {yr} № {num}", "numero_tight": f"{reg}{yr} №{num}"}[st], st

def nhs():
    while True:
        d = dg(9)
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11
        if c == 11: c = 0
        if c != 10: break
    n = d + str(c)
    return (f"{n[:3]} {n[3:6]} {n[6:]}" if R.random() < 0.5 else n), "nhs"

def mrn():
    k = R.choice(["numeric", "alnum", "prefixed", "nhs"])
    if k == "nhs": return nhs()
    if k == "numeric": return dg(R.randint(7, 10)), k
    if k == "alnum": return rs(2, string.ascii_uppercase) + dg(6) + "-" + rs(2, UP), k
    return R.choice(["MRN-", "PT", "VH-", "H#", "CR"]) + dg(R.randint(6, 9)), k

def phone(loc):
    intl = R.random() < 0.5
    c = loc[-2:]
    if c == "US":
        a, b, n = R.randint(201, 989), R.randint(200, 999), dg(4)
        v = R.choice([f"+1 {a} {b} {n}", f"+1-{a}-{b}-{n}", f"+1{a}{b}{n}", f"+1 ({a}) {b}-{n}"]) if intl else \
            R.choice([f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}"])
    elif c == "GB":
        m = "7" + dg(3); r = dg(6); l = "20"; ln = dg(4) + " " + dg(4)
        v = R.choice([f"+44 {m} {r}", f"+44 {l} {ln}", f"+44 (0){m} {r}"]) if intl else R.choice([f"0{m} {r}", f"0{l} {ln}", f"0{m}{r}"])
    elif c == "DE":
        ac = R.choice(["30", "40", "89", "221", "151", "160", "176"]); n = dg(R.randint(7, 8))
        v = R.choice([f"+49 {ac} {n}", f"+49 (0){ac} {n}", f"+49{ac}{n}"]) if intl else R.choice([f"0{ac} {n}", f"0{ac}/{n}", f"(0{ac}) {n}"])
    elif c == "FR":
        p = [R.choice("1234567"), dg(2), dg(2), dg(2), dg(2)]
        v = R.choice(["+33 " + " ".join(p), "+33 (0)" + " ".join(p), "+33" + "".join(p)]) if intl else \
            R.choice(["0" + " ".join(p), "0" + ".".join(p), "0" + "".join(p)])
    else:
        op = R.choice(["495", "499", "812", "903", "916", "926", "985"]); a, b, cc = dg(3), dg(2), dg(2)
        v = R.choice([f"+7 ({op}) {a}-{b}-{cc}", f"+7 {op} {a}-{b}-{cc}", f"+7{op}{a}{b}{cc}"]) if intl else \
            R.choice([f"8 ({op}) {a}-{b}-{cc}", f"8-{op}-{a}-{b}-{cc}", f"8{op}{a}{b}{cc}"])
    return v, ("intl_" if intl else "national_") + c

def ipv4():
    while True:
        o = [R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]
        if o[0] not in (127,): return ".".join(map(str, o))

def ipv6():
    g = [f"{R.randint(0, 65535):x}" for _ in range(8)]
    k = R.random()
    if k < 0.4: return ":".join(g)
    if k < 0.8: return "2001:db8:" + ":".join(g[:2]) + "::" + g[7]
    return "fe80::" + ":".join(g[4:])

def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")

def jwt():
    h = b64u(json.dumps({"alg": R.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps({"sub": dg(8), "tenant": rs(6).lower(), "iat": 1700000000 + R.randint(0, 9 ** 8)}, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(bytes(R.randrange(256) for _ in range(32)))}"

PEM_KINDS = {"pem_rsa_private_key": "RSA PRIVATE KEY", "pem_ec_private_key": "EC PRIVATE KEY",
             "pem_private_key": "PRIVATE KEY", "pem_openssh_private_key": "OPENSSH PRIVATE KEY",
             "pem_encrypted_private_key": "ENCRYPTED PRIVATE KEY"}

def pem():
    sub = R.choice(list(PEM_KINDS)); lab = PEM_KINDS[sub]
    raw = base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([120, 240, 360])))).decode()
    body = "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))
    head, tail = f"-----BEGIN {lab}-----\n", f"\n-----END {lab}-----"
    return head + body + tail, sub, (len(head), len(head) + len(body))

def password():
    return R.choice([rs(R.randint(12, 22), A + "!#%^*-_+"), R.choice(["Spring", "Harbor", "Lantern", "Mosaic", "Falcon"]) + dg(4) + R.choice("!$%&"),
                     rs(6) + "-" + rs(6) + "-" + rs(4)])

def db_url(pw):
    u = R.choice(["svc_ops", "app", "reporting", "etl"]); sch = R.choice(["postgres", "mysql", "mongodb+srv", "amqp", "redis"])
    return f"{sch}://{u}:", pw, f"@{R.choice(['db-east', 'core-sql', 'queue-2'])}.{R.choice(['corp.lan', 'svc.local', 'prod.int'])}:{R.choice([5432, 3306, 27017, 5672, 6379])}/{R.choice(['main', 'billing', 'events'])}"

def token():
    k = R.choice(["aws_access_key_id", "aws_secret_key", "github_pat_classic", "github_pat_fine", "github_other", "slack",
                  "stripe", "google_api", "gitlab", "openai_like", "jwt"])
    if k == "aws_access_key_id": v = R.choice(["AKIA", "ASIA"]) + rs(16, string.ascii_uppercase + "234567")
    elif k == "aws_secret_key": v = rs(40, A + "+/")
    elif k == "github_pat_classic": v = "ghp_" + rs(36)
    elif k == "github_pat_fine": v = "github_pat_" + rs(22) + "_" + rs(59)
    elif k == "github_other": v = R.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(36)
    elif k == "slack": v = R.choice(["xoxb-", "xoxp-", "xapp-1-"]) + dg(12) + "-" + dg(12) + "-" + rs(24)
    elif k == "stripe": v = R.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(R.choice([24, 34, 99]))
    elif k == "google_api": v = "AIza" + rs(35, A + "-_")
    elif k == "gitlab": v = "glpat-" + rs(20, A + "-_")
    elif k == "openai_like": v = R.choice(["sk-proj-" + rs(48, A + "_-"), "sk-" + rs(48)])
    else: v = jwt()
    return v, k

# ---------------- dates ----------------
MON = {"en": "January February March April May June July August September October November December".split(),
       "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
       "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
       "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()}

def fmt_date(loc, y, m, d):
    l = LANG[loc]
    opts = [f"{y}-{m:02d}-{d:02d}"]
    if loc == "en_US": opts += [f"{MON['en'][m-1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{MON['en'][m-1][:3]} {d}, {y}"]
    elif loc == "en_GB": opts += [f"{d} {MON['en'][m-1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MON['en'][m-1][:3]} {y}"]
    elif l == "de": opts += [f"{d:02d}.{m:02d}.{y}", f"{d}. {MON['de'][m-1]} {y}", f"{d}.{m}.{y}"]
    elif l == "fr": opts += [f"{d:02d}/{m:02d}/{y}", f"{d} {MON['fr'][m-1]} {y}", f"{d:02d}.{m:02d}.{y}"]
    else: opts += [f"{d:02d}.{m:02d}.{y}", f"{d} {MON['ru'][m-1]} {y}"]
    return R.choice(opts)

def dob(loc): return fmt_date(loc, R.randint(1931, 2012), R.randint(1, 12), R.randint(1, 28))
def ndate(loc): return fmt_date(loc, R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28))

def tstamp():
    y, mo, d, h, mi, s = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return R.choice([f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}Z", f"{y}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}.{dg(3)}",
                     str(R.randint(1550000000, 1790000000)), str(R.randint(1550000000000, 1790000000000)),
                     f"{y}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:{s:02d}+02:00",
                     f"{d:02d}/{MON['en'][mo-1][:3]}/{y}:{h:02d}:{mi:02d}:{s:02d} +0000"])

def uuid(): h = "".join(R.choice("0123456789abcdef") for _ in range(32)); return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"
def hsh(): return "".join(R.choice("0123456789abcdef") for _ in range(R.choice([7, 12, 40, 64])))
def order_id(): return R.choice([f"RMA-{dg(6)}", f"CASE/{R.randint(2019, 2026)}/{dg(5)}", f"PRM-{dg(4)}-{rs(2, string.ascii_uppercase)}", f"INV{dg(8)}", f"BK-{rs(6, string.ascii_uppercase + '23456789')}", f"WO#{dg(5)}", f"TKT-{dg(7)}"])
def version(): return ".".join(str(R.randint(0, 30)) for _ in range(4)) if R.random() < 0.7 else f"v{R.randint(1, 12)}.{R.randint(0, 40)}.{R.randint(0, 99)}.{R.randint(0, 999)}"
def pkgver(): return R.choice([f"{R.choice(['lodash', 'requests', 'express', 'numpy', 'zod', 'axios', 'tokio'])}@{R.randint(0, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}",
                                 f"@{R.choice(['angular', 'aws-sdk', 'nestjs', 'types'])}/{R.choice(['core', 'client-s3', 'node', 'common'])}@{R.randint(1, 19)}.{R.randint(0, 9)}.{R.randint(0, 9)}"])
def b64blob(): return R.choice([f"data:image/webp;base64,{base64.b64encode(bytes(R.randrange(256) for _ in range(45))).decode()}",
                                 f"sha512-{base64.b64encode(bytes(R.randrange(256) for _ in range(48))).decode()}",
                                 base64.b64encode(bytes(R.randrange(256) for _ in range(36))).decode()])
def number(): return R.choice([f"{R.randint(1000, 999999):,}", f"€{R.randint(10, 9999)},{dg(2)}", f"${R.randint(10, 99999):,}.{dg(2)}", f"978-{dg(1)}-{dg(3)}-{dg(5)}-{dg(1)}", f"{R.randint(100, 9999)} kWh", dg(R.randint(5, 9))])
TITLES = {"en": ["Quarterly Compliance Review", "Harbor View Wing", "Golden Wing Elite", "Summer Reading Challenge", "Blue Ridge Annex", "Incident Review Board"],
          "de": ["Neue Bauordnung Berlin", "Goldene Karte Plus", "Tag Der Offenen Tür", "Städtische Bibliothek Mitte"],
          "fr": ["Grand Prix Fidélité", "Salle Jean Moulin", "Nuit Des Musées", "Conseil Municipal Extraordinaire"],
          "ru": ["Золотая Карта Плюс", "Городская Библиотека Имени Пушкина", "Северный Терминал", "Новая Жизнь"]}

# ---------------- Faker-backed ----------------
def person(loc):
    f = FK[loc]; l = LANG[loc]
    if l == "ru":
        male = R.random() < 0.5
        fn = f.first_name_male() if male else f.first_name_female()
        ln = f.last_name_male() if male else f.last_name_female()
        mn = f.middle_name_male() if male else f.middle_name_female()
        v = R.choice([f"{ln} {fn} {mn}", f"{fn} {ln}", f"{ln} {fn[0]}. {mn[0]}.", f"{fn} {mn} {ln}"])
    else:
        fn, ln = f.first_name(), f.last_name()
        v = R.choice([f"{fn} {ln}", f"{fn} {ln}", f"{ln}, {fn}", f"{fn} {R.choice(string.ascii_uppercase)}. {ln}"])
    return v, l

def street(loc):
    f = FK[loc]; l = LANG[loc]
    if loc == "en_GB": s = f"{f.building_number()} {f.street_name()}"
    elif l == "fr":
        s = f.street_address()
        if not s[0].isdigit(): s = f"{R.randint(1, 140)}, {s}"
    else: s = f.street_address()
    return s.replace("\n", " "), l

def cityline(loc):
    f = FK[loc]
    if loc in ("en_US",): return f"{f.city()}, {f.state_abbr()} {f.postcode()}"
    if loc == "en_GB": return f"{f.city()} {f.postcode()}"
    if loc == "ru_RU": return f"{f.city()}, {f.postcode()}"
    return f"{f.postcode()} {f.city()}"

def email(loc, name=None):
    f = FK[loc]
    return R.choice([f.email(), f.free_email(), f"{f.user_name()}@{R.choice(['pawsvet.example', 'clinic-mail.example', 'gmx.de', 'yandex.ru', 'orange.fr', 'outlook.com', 'kyc-desk.example'])}"])

def filler(loc):
    return FK[loc].sentence(nb_words=R.randint(5, 11))

# ---------------- text builder ----------------
class B:
    def __init__(s): s.t = []; s.n = 0; s.ents = []; s.negs = []; s.ign = []
    def add(s, x): s.t.append(x); s.n += len(x); return s
    def ent(s, ty, v, sub=None, core=None, obf=None):
        e = {"type": ty, "start": s.n, "end": s.n + len(v), "value": v}
        if sub: e["sub"] = sub
        if core: e["core"] = [s.n + core[0], s.n + core[1]]
        if obf: e["obf"] = obf
        s.ents.append(e); return s.add(v)
    def neg(s, ty, v): s.negs.append({"type": ty, "start": s.n, "end": s.n + len(v), "value": v}); return s.add(v)
    def ig(s, v): s.ign.append([s.n, s.n + len(v)]); return s.add(v)
    def text(s): return "".join(s.t)

def slot(b, name, loc):
    """Fill a {slot} into text builder b."""
    if name == "P": v, sb = person(loc); b.ent("PERSON", v, sb)
    elif name == "DOB": b.ent("DATE_OF_BIRTH", dob(loc))
    elif name == "ST":
        v, sb = street(loc); b.ent("STREET_ADDRESS", v, sb); b.add(", "); b.ig(cityline(loc))
    elif name == "EM": b.ent("EMAIL", email(loc))
    elif name == "PH": v, sb = phone(loc); b.ent("PHONE", v, sb)
    elif name == "SSN": v, sb = ssn(); b.ent("US_SSN", v, sb)
    elif name == "CC": v, sb = card(); b.ent("CREDIT_CARD", v, sb)
    elif name == "IBAN": v, sb = iban(); b.ent("IBAN", v, sb)
    elif name == "IP4": b.ent("IPV4", ipv4())
    elif name == "IP6": b.ent("IPV6", ipv6())
    elif name == "INN":
        if R.random() < 0.5: b.ent("RU_INN", inn10(), "inn10")
        else: b.ent("RU_INN", inn12(), "inn12")
    elif name == "SNILS": v, sb = snils(); b.ent("RU_SNILS", v, sb)
    elif name == "PASS": v, sb = passport(); b.ent("RU_PASSPORT", v, sb)
    elif name == "MRN": v, sb = mrn(); b.ent("MEDICAL_RECORD_NUMBER", v, sb)
    elif name == "KEY": v, sb = token(); b.ent("API_KEY", v, sb)
    elif name == "PEM": v, sb, core = pem(); b.ent("API_KEY", v, sb, core=core)
    elif name == "PW": b.ent("API_KEY", password(), "password")
    elif name == "DBURL": a, pw, c = db_url(password().replace("@", "x").replace("/", "x").replace(":", "x")); b.add(a); b.ent("API_KEY", pw, "db_password"); b.add(c)
    elif name == "TS": b.neg("NEG_TIMESTAMP", tstamp())
    elif name == "UUID": b.neg("NEG_UUID", uuid())
    elif name == "ORD": b.neg("NEG_ORDER_ID", order_id())
    elif name == "HASH": b.neg("NEG_HASH", hsh())
    elif name == "NDATE": b.neg("NEG_DATE", ndate(loc))
    elif name == "TITLE": b.neg("NEG_TITLECASE", R.choice(TITLES[LANG[loc]]))
    elif name == "VER": b.neg("NEG_VERSION", version())
    elif name == "PKG": b.neg("NEG_EMAILLIKE", pkgver())
    elif name == "B64": b.neg("NEG_B64", b64blob())
    elif name == "NUM": b.neg("NEG_NUMBER", number())
    elif name == "CARDLIKE": b.neg("NEG_CARDLIKE", cardlike())
    elif name == "FILL": b.add(filler(loc))
    else: raise KeyError(name)

def render(b, tpl, loc):
    for i, part in enumerate(re.split(r"\{(\w+)\}", tpl)):
        if i % 2: slot(b, part, loc)
        else: b.add(part)

# templates: (domain, template) per language
T = {
"en": [
 ("vet", "Reminder from the clinic: {P} is the registered owner of the spaniel seen on {NDATE}. Reach them at {PH} or {EM}; invoice {ORD} totals {NUM}."),
 ("pharmacy", "Refill request for {P} (date of birth {DOB}) has been queued. The pharmacist will text {PH} once batch {ORD} is ready."),
 ("court", "Docket update: respondent {P}, born {DOB}, resides at {ST}. Hearing listed for {NDATE} before the {TITLE}."),
 ("school", "Admissions file for applicant {P} (DOB {DOB}). Guardian contact: {EM}, {PH}. Decision letter ref {ORD}."),
 ("payroll", "Onboarding packet received for {P}. SSN on the W-4 is {SSN}; direct deposit goes to {IBAN}. Start date {NDATE}."),
 ("airline", "Your {TITLE} status is active. Member {P} - flight credit was refunded to card {CC}; booking {ORD}."),
 ("hotel", "Front desk note: guest {P} checked in at {TS}, paid with {CC}, home address {ST}."),
 ("meter", "The smart meter reported from {IP4} at {TS} with firmware {VER}; account holder {P}, phone {PH}."),
 ("kyc", "KYC review: {P}, born {DOB}, SSN {SSN}, withdrawal IBAN {IBAN}. Session originated from {IP6}."),
 ("ride", "Driver {P} flagged a lost item; rider can be reached at {PH}. Trip id {UUID}, fare {NUM}."),
 ("blood", "Donor {P} (born {DOB}) is eligible again after {NDATE}. Donor record {ORD}; contact {EM}."),
 ("dental", "Dental recall: {P}, patient record number {MRN}, is due for a cleaning. Confirm via {PH}."),
 ("trial", "Enrolment confirmed for participant {P}; the site lists their medical record no. {MRN} and date of birth {DOB}."),
 ("claims", "Home insurance claim {ORD}: policyholder {P}, property at {ST}. Adjuster visit on {NDATE}."),
 ("permit", "Permit application for {ST} was filed by {P} ({EM}). Fee {NUM} charged to {CC}."),
 ("library", "Library account for {P} is overdue; hold slip {CARDLIKE} is not a payment card. Email {EM} was notified."),
 ("cowork", "Co-working door badge for {P} enabled; Wi-Fi login password is {PW} and the portal session came from {IP4}."),
 ("returns", "Return {ORD} approved. Refund of {NUM} goes back to {CC}; courier tracking {CARDLIKE}. Customer: {P}."),
 ("devops", "On-call handover: the leaked key {KEY} was rotated at {TS}. Deploy {HASH} pinned {PKG}. Host {IP4}."),
 ("devops", "Handover notes - the DSN in the crash log was {DBURL}; rotate it before {NDATE}. Build {VER}."),
 ("devops", "Found this in the runbook repo, please purge:\n\n{PEM}\n\nSnapshot digest {B64}."),
 ("genealogy", "Genealogy match: {P}, born {DOB}, lived at {ST}. Researcher contact {EM}."),
 ("kyc", "The exchange froze the account of {P}: API key {KEY} was used from {IP6} at {TS}."),
 ("hotel", "Guest {P} asked us to forward the folio to {EM}. Reservation {ORD}, loyalty tier {TITLE}."),
],
"de": [
 ("vet", "Tierarztpraxis: Halterin {P} hat den Termin am {NDATE} bestätigt. Rückruf unter {PH}, Rechnung {ORD}."),
 ("pharmacy", "Das Folgerezept für {P}, geboren am {DOB}, liegt bereit. Benachrichtigung an {EM}."),
 ("court", "Aktenzeichen {ORD}: Beklagter {P}, wohnhaft {ST}, Termin zur mündlichen Verhandlung am {NDATE}."),
 ("payroll", "Personalstammblatt: {P}, geboren {DOB}, Gehaltskonto {IBAN}, Telefon {PH}."),
 ("hotel", "Rezeption: Gast {P} hat um {TS} eingecheckt und mit der Karte {CC} bezahlt."),
 ("meter", "Der Stromzähler meldet sich von {IP4} mit Firmware {VER}. Vertragspartner {P}, {ST}."),
 ("dental", "Zahnarztpraxis: Patient {P}, Patientennummer {MRN}, Recall am {NDATE}. Kontakt {PH}."),
 ("claims", "Schadenmeldung {ORD} zur Hausratversicherung von {P}; Objekt {ST}. Auszahlung auf {IBAN}."),
 ("devops", "Übergabe Bereitschaft: Der Schlüssel {KEY} tauchte im Log auf ({TS}). Paket {PKG}, Commit {HASH}."),
 ("library", "Bibliothekskonto von {P} gesperrt; Benutzer-E-Mail {EM}. Sendungsnummer {CARDLIKE}, Gebühr {NUM}."),
 ("trial", "Studienteilnehmer {P} (geb. {DOB}) wurde eingeschlossen; Krankenaktennummer {MRN}."),
 ("genealogy", "Ahnenforschung: {P}, geboren am {DOB}, zuletzt gemeldet in {ST}. Anfrage von {EM}."),
],
"fr": [
 ("vet", "Clinique vétérinaire : {P}, propriétaire du chat vu le {NDATE}, joignable au {PH} ou {EM}."),
 ("pharmacy", "Renouvellement d'ordonnance pour {P}, né le {DOB}. Facture {ORD}, montant {NUM}."),
 ("court", "Dossier {ORD} : la partie adverse {P} demeure au {ST}. Audience fixée au {NDATE}."),
 ("school", "Inscription scolaire de {P}, née le {DOB}. Parent joignable au {PH}, courriel {EM}."),
 ("payroll", "Embauche de {P} : RIB {IBAN}, téléphone {PH}, prise de poste le {NDATE}."),
 ("airline", "Programme {TITLE} : {P} a été remboursé sur la carte {CC}, réservation {ORD}."),
 ("meter", "Le compteur communicant a contacté {IP4} à {TS} (firmware {VER}). Abonné : {P}, {ST}."),
 ("dental", "Cabinet dentaire : {P}, numéro de dossier patient {MRN}, rappel le {NDATE}."),
 ("ride", "Le chauffeur {P} signale un objet oublié ; course {UUID}, client au {PH}."),
 ("devops", "Passation d'astreinte : le jeton {KEY} a fuité à {TS} depuis {IP6}. Build {VER}."),
 ("permit", "Demande de permis de construire déposée par {P} pour le {ST}. Frais {NUM} payés par {CC}."),
 ("blood", "Donneuse {P}, née le {DOB}, éligible à nouveau après le {NDATE}. Contact {EM}."),
],
"ru": [
 ("vet", "Ветклиника: владелец питомца {P}, телефон {PH}, визит {NDATE}, счёт {ORD}."),
 ("pharmacy", "Повторный рецепт для {P}, дата рождения {DOB}. Уведомление отправлено на {EM}."),
 ("court", "Дело {ORD}: ответчик {P}, паспорт {PASS}, адрес {ST}. Заседание назначено на {NDATE}."),
 ("payroll", "Приём на работу: {P}, ИНН {INN}, СНИЛС {SNILS}, телефон {PH}."),
 ("kyc", "Верификация биржи: {P}, дата рождения {DOB}, паспорт {PASS}, ИНН {INN}. Вход с {IP4}."),
 ("hotel", "Ресепшен: гость {P} заселился в {TS}, оплата картой {CC}."),
 ("meter", "Умный счётчик вышел на связь с {IP4}, прошивка {VER}. Абонент {P}, {ST}."),
 ("dental", "Стоматология: пациент {P}, номер медицинской карты пациента {MRN}, контроль {NDATE}."),
 ("trial", "Участник исследования {P} ({DOB}) включён; номер истории болезни {MRN}, СНИЛС {SNILS}."),
 ("devops", "Передача дежурства: ключ {KEY} найден в логах в {TS}, коммит {HASH}, пакет {PKG}."),
 ("library", "Читательский билет {P} заблокирован; почта {EM}. Трек-номер {CARDLIKE}, штраф {NUM}."),
 ("genealogy", "Генеалогия: {P}, родился {DOB}, проживал по адресу {ST}. Запрос от {EM}."),
],
}
INTRO = {"en": ["Sure - here is the summary you asked for.", "Here's what I found:", "Done. Details below.", ""],
         "de": ["Gern, hier die Zusammenfassung:", "Folgendes habe ich gefunden:", ""],
         "fr": ["Voici le résumé demandé :", "Voilà ce que j'ai trouvé :", ""],
         "ru": ["Вот сводка по запросу:", "Нашёл следующее:", ""]}

def make_chat(loc, nt=1):
    l = LANG[loc]; b = B(); used = []
    intro = R.choice(INTRO[l])
    if intro: b.add(intro + (" " if R.random() < 0.5 else "\n"))
    if R.random() < 0.4: b.add(filler(loc) + " ")
    for k in range(nt):
        dom, tpl = R.choice(T[l]); used.append(dom)
        if loc == "en_GB" and "{SSN}" in tpl: tpl = tpl.replace("SSN on the W-4 is {SSN}", "NHS number {MRN}")
        render(b, tpl, loc)
        if k < nt - 1: b.add(R.choice(["\n\n", " ", "\n- "]))
    if R.random() < 0.5: b.add("\n\n" + filler(loc))
    return b, "n.chat." + l + "." + used[0]

def make_text4k(loc, target=4200):
    b = B(); l = LANG[loc]; doms = []
    b.add(R.choice(["# Shift report\n\n", "## Notes\n\n", "Case log\n\n", ""]))
    while b.n < target:
        dom, tpl = R.choice(T[l]); doms.append(dom)
        if R.random() < 0.5: b.add(filler(loc) + " " + filler(loc) + " ")
        render(b, tpl, loc); b.add(R.choice(["\n\n", "\n", " "]))
    return b, "n.text4k." + l

# ---------------- JSON builder ----------------
class J:
    def __init__(s, loc): s.loc = loc; s.lab = []; s.depth = 0
    def _r(s, kind, ty, raw, **kw): s.lab.append(dict(kind=kind, ty=ty, raw=raw, depth=s.depth, **kw)); return raw
    def P(s): v, sb = person(s.loc); return s._r("e", "PERSON", v, sub=sb)
    def DOB(s): return s._r("e", "DATE_OF_BIRTH", dob(s.loc))
    def EM(s): return s._r("e", "EMAIL", email(s.loc))
    def PH(s): v, sb = phone(s.loc); return s._r("e", "PHONE", v, sub=sb)
    def SSN(s): v, sb = ssn(); return s._r("e", "US_SSN", v, sub=sb)
    def CC(s): v, sb = card(); return s._r("e", "CREDIT_CARD", v, sub=sb)
    def IBAN(s): v, sb = iban(); return s._r("e", "IBAN", v, sub=sb)
    def IP4(s): return s._r("e", "IPV4", ipv4())
    def IP6(s): return s._r("e", "IPV6", ipv6())
    def INN(s, num=False):
        v, sb = (inn10(), "inn10") if R.random() < 0.5 else (inn12(), "inn12")
        if num: s._r("e", "RU_INN", v, sub=sb + "_json_number"); return int(v)
        return s._r("e", "RU_INN", v, sub=sb)
    def SNILS(s): v, sb = snils(); return s._r("e", "RU_SNILS", v, sub=sb)
    def PASS(s): v, sb = passport(); return s._r("e", "RU_PASSPORT", v, sub=sb)
    def MRN(s): v, sb = mrn(); return s._r("e", "MEDICAL_RECORD_NUMBER", v, sub=sb)
    def KEY(s): v, sb = token(); return s._r("e", "API_KEY", v, sub=sb)
    def PEM(s): v, sb, core = pem(); return s._r("e", "API_KEY", v, sub=sb, core=core)
    def PW(s): return s._r("e", "API_KEY", password(), sub="password")
    def DBURL(s):
        a, pw, c = db_url(password().replace("@", "x").replace("/", "x").replace(":", "x")); s._r("e", "API_KEY", pw, sub="db_password"); return a + pw + c
    def ST(s): v, sb = street(s.loc); return s._r("e", "STREET_ADDRESS", v, sub=sb)
    def CITY(s): return s._r("i", None, FK[s.loc].city())
    def ZIP(s): return s._r("i", None, FK[s.loc].postcode())
    def N(s, ty, v): return s._r("n", ty, v)
    def TS(s): return s.N("NEG_TIMESTAMP", tstamp())
    def UUID(s): return s.N("NEG_UUID", uuid())
    def ORD(s): return s.N("NEG_ORDER_ID", order_id())
    def HASH(s): return s.N("NEG_HASH", hsh())
    def NDATE(s): return s.N("NEG_DATE", ndate(s.loc))
    def VER(s): return s.N("NEG_VERSION", version())
    def PKG(s): return s.N("NEG_EMAILLIKE", pkgver())
    def B64(s): return s.N("NEG_B64", b64blob())
    def NUM(s): return s.N("NEG_NUMBER", number())
    def CARDLIKE(s): return s.N("NEG_CARDLIKE", cardlike())
    def TITLE(s): return s.N("NEG_TITLECASE", R.choice(TITLES[LANG[s.loc]]))
    def sentence(s, kind="chat"):
        """Free text inside a JSON string field, labelled via a text builder."""
        l = LANG[s.loc]; dom, tpl = R.choice(T[l])
        b = B(); render(b, tpl, s.loc); txt = b.text()
        for e in b.ents: s._r("e", e["type"], e["value"], sub=e.get("sub"), core=None if "core" not in e else [e["core"][0] - e["start"], e["core"][1] - e["start"]], ctx=txt[:e["start"]][-12:])
        for n in b.negs: s._r("n", n["type"], n["value"])
        for a, c in b.ign: s._r("i", None, txt[a:c])
        return txt
    def enc(s, builder):
        s.depth += 1
        try: obj = builder()
        finally: s.depth -= 1
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))

def esc(v, depth):
    for _ in range(depth): v = json.dumps(v, ensure_ascii=False)[1:-1]
    return v

def k(style, name):
    parts = name.split("_")
    return parts[0] + "".join(p.title() for p in parts[1:]) if style == "camel" else name

def wrap_json(loc, big=False):
    j = J(loc); st = R.choice(["camel", "snake"]); K = lambda n: k(st, n)
    dom = R.choice(["vet", "pharmacy", "court", "school", "payroll", "airline", "hotel", "meter", "kyc", "ride", "blood",
                    "dental", "trial", "claims", "permit", "library", "cowork", "returns", "devops", "genealogy"])
    ru = LANG[loc] == "ru"; us = loc == "en_US"
    def person_rec():
        r = {K("record_id"): j.UUID() if R.random() < 0.5 else j.ORD(), K("full_name"): j.P(), K("contact_email"): j.EM(), K("mobile_no"): j.PH()}
        if R.random() < 0.6: r[K("birth_date")] = j.DOB()
        if R.random() < 0.5: r[K("postal")] = {K("line1"): j.ST(), K("town"): j.CITY(), K("post_code"): j.ZIP()}
        if ru and R.random() < 0.7:
            r["docs"] = {"passport_rf": j.PASS(), "inn": j.INN(num=R.random() < 0.3), "snils": j.SNILS()}
        if us and dom in ("payroll", "kyc", "court") and R.random() < 0.7: r[K("tax_ssn")] = j.SSN()
        if dom in ("dental", "trial", "blood", "pharmacy", "vet") and R.random() < 0.7: r[K("patient_record_number")] = j.MRN()
        if dom in ("payroll", "claims", "kyc") and R.random() < 0.6: r[K("payout_iban")] = j.IBAN()
        if dom in ("hotel", "airline", "returns", "permit", "library") and R.random() < 0.6: r[K("card_on_file")] = j.CC()
        if R.random() < 0.4: r[K("updated")] = j.TS()
        if R.random() < 0.3: r[K("remarks")] = j.sentence()
        return r
    def ops_rec():
        r = {"service": R.choice(["meter-gw", "kyc-api", "dispatch", "folio-sync"]), "build": j.VER(), "commit": j.HASH()}
        r[K("client_ip")] = j.IP4() if R.random() < 0.7 else j.IP6()
        r["secrets"] = {K("api_token"): j.KEY()}
        if R.random() < 0.5: r["secrets"][K("db_dsn")] = j.DBURL()
        if R.random() < 0.4: r["secrets"][K("admin_password")] = j.PW()
        if R.random() < 0.2: r["secrets"]["tls_key"] = j.PEM()
        if R.random() < 0.4: r["deps"] = [j.PKG(), j.PKG()]
        if R.random() < 0.3: r[K("asset_digest")] = j.B64()
        r["at"] = j.TS()
        return r
    def misc():
        return R.choice([lambda: {K("invoice_total"): j.NUM(), K("tracking_ref"): j.CARDLIKE()},
                         lambda: {K("valid_until"): j.NDATE(), "tier": j.TITLE()},
                         lambda: {K("event_id"): j.UUID(), K("logged_at"): j.TS()}])()
    shape = R.choice(["envelope", "batch", "toolcall", "events", "keyed", "dbl"])
    def unit():
        return person_rec() if (dom != "devops" and R.random() < 0.75) else ops_rec()
    n = R.randint(2, 3) if not big else 0
    if shape == "envelope":
        obj = {"ok": True, K("request_id"): j.UUID(), dom: {"items": [unit() for _ in range(max(n, 1))], "meta": misc()}}
    elif shape == "batch":
        obj = [{K("row_no"): i + 1, "payload": unit()} for i in range(max(n, 1))]
    elif shape == "toolcall":
        obj = {"type": "tool_use", "name": R.choice(["lookup_member", "file_claim", "issue_permit", "refill_rx"]),
               "input": {"raw": j.enc(lambda: {"record": unit(), "ctx": misc()})}, K("trace_id"): j.UUID()}
    elif shape == "events":
        obj = {"stream": dom, "events": [{"seq": i, "kind": R.choice(["created", "updated", "flagged"]), "body": unit()} for i in range(max(n, 1))]}
    elif shape == "keyed":
        obj = {K("by_member"): {}}
        for _ in range(max(n, 1)):
            em = j.EM(); obj[K("by_member")][em] = {"name": j.P(), "phone": j.PH(), "seen": j.TS()}
        obj[K("ip_notes")] = {j.IP4(): "kiosk", j.IP4(): "backoffice"}
    else:
        obj = {"version": 2, "message": j.enc(lambda: {"data": j.enc(lambda: unit()), "sent": misc()})}
    if big:
        arr = obj if isinstance(obj, list) else None
        holder = obj.setdefault("more", []) if not arr else arr
        target = big
        while len(json.dumps(obj, ensure_ascii=False)) < target:
            holder.append(unit() if R.random() < 0.8 else misc())
    indent = R.choice([None, None, 2, 1])
    text = json.dumps(obj, ensure_ascii=False, indent=indent, separators=(",", ":") if indent is None and R.random() < 0.5 else None)
    return finalize_json(j, text), "n.json." + shape + "." + dom

def finalize_json(j, text):
    claimed = []; ents = []; negs = []; ign = []
    def free(a, c): return all(c <= x or a >= y for x, y in claimed)
    items = sorted(j.lab, key=lambda d: -len(str(d["raw"])))
    for d in items:
        if (d.get("sub") or "").endswith("_json_number"): v = str(d["raw"])
        else: v = esc(d["raw"], d["depth"] + 1)
        pos = -1; start = 0
        while True:
            p = text.find(v, start)
            if p < 0: break
            if free(p, p + len(v)):
                if (d.get("sub") or "").endswith("_json_number") and (text[p - 1].isdigit() or text[p + len(v)].isdigit()): start = p + 1; continue
                pos = p; break
            start = p + 1
        if pos < 0: raise ValueError("label not found: %r" % v)
        claimed.append((pos, pos + len(v)))
        if d["kind"] == "e":
            e = {"type": d["ty"], "start": pos, "end": pos + len(v), "value": v}
            if d.get("sub"): e["sub"] = d["sub"]
            if d.get("core"):
                body = d["raw"][d["core"][0]:d["core"][1]]; eb = esc(body, d["depth"] + 1); off = v.find(eb)
                e["core"] = [pos + off, pos + off + len(eb)]
            ents.append(e)
        elif d["kind"] == "n": negs.append({"type": d["ty"], "start": pos, "end": pos + len(v), "value": v})
        else: ign.append([pos, pos + len(v)])
    b = B(); b.t = [text]; b.n = len(text)
    b.ents = sorted(ents, key=lambda e: e["start"]); b.negs = sorted(negs, key=lambda e: e["start"]); b.ign = sorted(ign)
    return b

# ---------------- obfuscation ----------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HG = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х", "i": "і"}
SP = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
      "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}

def fw(s): return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)
def zw(s):
    out = []
    for i, c in enumerate(s):
        out.append(c)
        if i < len(s) - 1 and R.random() < 0.35: out.append(R.choice(ZW))
    if len(out) == len(s): out.insert(1, R.choice(ZW))
    return "".join(out)
def hg(s):
    idx = [i for i, c in enumerate(s) if c in HG]
    ch = set(R.sample(idx, max(1, len(idx) // 2))) if idx else set()
    return "".join(HG[c] if i in ch else c for i, c in enumerate(s))

OBF_CUES = {"en": ["Here it is: ", "As requested, ", "Noted - ", "For the file: "], "de": ["Hier bitte: ", "Wie gewünscht: "],
            "fr": ["Le voici : ", "Comme demandé : "], "ru": ["Вот данные: ", "Как просили: "]}
OBF_LABEL = {"en": {"CREDIT_CARD": "card", "PHONE": "phone", "EMAIL": "email", "IPV4": "source IP", "US_SSN": "SSN", "IBAN": "IBAN", "API_KEY": "token", "PERSON": "member", "RU_INN": "INN", "RU_SNILS": "SNILS", "RU_PASSPORT": "passport"},
             "de": {"CREDIT_CARD": "Karte", "PHONE": "Telefon", "EMAIL": "E-Mail", "IPV4": "Quell-IP", "US_SSN": "SSN", "IBAN": "IBAN", "API_KEY": "Token", "PERSON": "Mitglied", "RU_INN": "INN", "RU_SNILS": "SNILS", "RU_PASSPORT": "Pass"},
             "fr": {"CREDIT_CARD": "carte", "PHONE": "tél.", "EMAIL": "courriel", "IPV4": "IP source", "US_SSN": "SSN", "IBAN": "IBAN", "API_KEY": "jeton", "PERSON": "adhérent", "RU_INN": "INN", "RU_SNILS": "SNILS", "RU_PASSPORT": "passeport"},
             "ru": {"CREDIT_CARD": "карта", "PHONE": "телефон", "EMAIL": "почта", "IPV4": "IP-адрес", "US_SSN": "SSN", "IBAN": "IBAN", "API_KEY": "токен", "PERSON": "клиент", "RU_INN": "ИНН", "RU_SNILS": "СНИЛС", "RU_PASSPORT": "паспорт"}}

def obf_value(loc):
    l = LANG[loc]
    m = R.choice(["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang"])
    if m == "words":
        f = FK[loc]; u = f.user_name(); dom = R.choice(["example", "mail", "post"]); tld = R.choice(["com", "org", "net", "de", "fr", "ru"])
        at = R.choice([" at ", " [at] ", " (at) ", " AT ", " собака " if l == "ru" else " at "]); dot = R.choice([" dot ", " [dot] ", " (dot) ", " DOT "])
        return "EMAIL", None, f"{u}{at}{dom}{dot}{tld}", m
    if m == "defang":
        ip = ipv4(); sep = R.choice(["[.]", "(.)", "{.}", "[dot]"]); return "IPV4", None, ip.replace(".", sep), m
    if m == "dotted":
        c = R.choice(["CC", "SSN", "PH"])
        if c == "CC":
            v, sb = card(); d = re.sub(r"\D", "", v); return "CREDIT_CARD", sb, ".".join(d[i:i + 4] for i in range(0, len(d), 4)), m
        if c == "SSN":
            v, _ = ssn(); d = re.sub(r"\D", "", v); return "US_SSN", "dashed", f"{d[:3]}.{d[3:5]}.{d[5:]}", m
        v, sb = phone(loc); return "PHONE", sb, re.sub(r"[ \-]", ".", v), m
    if m == "spelled":
        c = R.choice(["PH", "CC", "SSN"])
        if c == "PH": ty, (v, sb) = "PHONE", phone(loc)
        elif c == "CC": ty, (v, sb) = "CREDIT_CARD", card()
        else: ty, (v, sb) = "US_SSN", ssn()
        w = [SP[l][int(ch)] if ch.isdigit() else ({"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}[l] if ch == "+" else ("dash" if ch == "-" and l == "en" else None)) for ch in v]
        return ty, sb, " ".join(x for x in w if x), m
    pool = ["CC", "PH", "EM", "IP4", "IBAN", "KEY", "P"] + (["INN", "SNILS", "PASS"] if l == "ru" or R.random() < 0.2 else []) + (["SSN"] if loc == "en_US" else [])
    c = R.choice(pool)
    if m in ("fullwidth", "spaced") and c in ("EM", "KEY", "P") and m == "fullwidth": c = "CC"
    ty, sb, v = {"CC": lambda: ("CREDIT_CARD",) + card()[::-1], "PH": lambda: ("PHONE",) + phone(loc)[::-1], "EM": lambda: ("EMAIL", None, email(loc)),
                 "IP4": lambda: ("IPV4", None, ipv4()), "IBAN": lambda: ("IBAN",) + iban()[::-1], "KEY": lambda: ("API_KEY",) + token()[::-1],
                 "P": lambda: ("PERSON",) + person(loc)[::-1], "INN": lambda: ("RU_INN", "inn10", inn10()), "SNILS": lambda: ("RU_SNILS",) + snils()[::-1],
                 "PASS": lambda: ("RU_PASSPORT",) + passport()[::-1], "SSN": lambda: ("US_SSN",) + ssn()[::-1]}[c]()
    if m == "homoglyph" and not any(ch in HG for ch in v): m = "fullwidth"
    if m == "zero_width": v = zw(v)
    elif m == "homoglyph": v = hg(v)
    elif m == "fullwidth": v = fw(v)
    elif m == "spaced": v = " ".join(ch for ch in v if ch != " ") if ty != "PERSON" else " ".join(ch for ch in v if ch != " ")
    return ty, sb, v, m

def make_obf(loc):
    l = LANG[loc]; b = B(); b.add(R.choice(OBF_CUES[l]))
    for i in range(R.choice([1, 1, 2])):
        ty, sb, v, m = obf_value(loc)
        b.add(OBF_LABEL[l][ty] + " ").ent(ty, v, sb, obf=m)
        b.add(R.choice([". ", "; ", ", "]) if i == 0 else ".")
    if R.random() < 0.3: b.add(" ref "); slot(b, R.choice(["ORD", "TS", "UUID"]), loc)
    return b, "n.obf." + l

# ---------------- assembly ----------------
def chunks(text):
    out, i = [], 0
    while i < len(text):
        n = R.randint(1, 16); out.append(text[i:i + n]); i += n
    return out

def validate(doc):
    t = doc["text"]
    if doc["format"] == "json": json.loads(t)
    spans = []
    for e in doc["entities"]:
        assert t[e["start"]:e["end"]] == e["value"], e
        if "core" in e: assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"]
        spans.append((e["start"], e["end"]))
    spans.sort()
    for (a, b_), (c, d) in zip(spans, spans[1:]): assert b_ <= c, (doc["id"], a, b_, c, d)
    for n in doc["negatives"]:
        assert t[n["start"]:n["end"]] == n["value"], n
        assert all(n["end"] <= a or n["start"] >= b_ for a, b_ in spans), n
    if "chunks" in doc:
        assert "".join(doc["chunks"]) == t and all(1 <= len(c) <= 16 for c in doc["chunks"])

COUNTS = [("chat", 190), ("json", 105), ("stream", 52), ("obfuscated", 52), ("json4k", 31), ("text4k", 21), ("long64k", 2)]
LOC_W = [("en_US", 32), ("ru_RU", 21), ("de_DE", 17), ("en_GB", 16), ("fr_FR", 14)]

def build(shape, loc):
    if shape == "chat": return make_chat(loc, R.choice([1, 1, 1, 2])), "text"
    if shape == "json": return wrap_json(loc), "json"
    if shape == "json4k": return wrap_json(loc, big=R.randint(3800, 4600)), "json"
    if shape == "text4k": return make_text4k(loc, R.randint(3900, 4500)), "text"
    if shape == "obfuscated": return make_obf(loc), "text"
    if shape == "long64k":
        if R.random() < 0.5: return make_text4k(loc, 65000), "text"
        return wrap_json(loc, big=65000), "json"

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--seed", type=int, default=2020); ap.add_argument("--out", required=True)
    a = ap.parse_args()
    R.seed(a.seed)
    for i, l in enumerate(LOCALES):
        FK[l] = Faker(l); FK[l].seed_instance(a.seed * 10 + i)
    docs = []
    for shape, cnt in COUNTS:
        for i in range(cnt):
            loc = R.choices([x for x, _ in LOC_W], [w for _, w in LOC_W])[0]
            for attempt in range(20):
                try:
                    if shape == "stream":
                        base = R.choices(["chat", "json", "text4k", "obfuscated"], [48, 27, 20, 5])[0]
                        (b, tpl), fmt = build(base, loc)
                    else:
                        base = None; (b, tpl), fmt = build(shape, loc)
                    if shape == "long64k" and b.t and len(b.text()) > 66000: pass
                    d = {"id": f"probe_n-{shape}-{i:04d}", "split": "probe_n", "shape": shape}
                    if base: d["base_shape"] = base
                    d.update({"format": fmt, "locale": loc, "lang": LANG[loc], "template": tpl, "holdout_only_template": True,
                              "text": b.text(), "entities": b.ents, "negatives": b.negs, "ignore": b.ign})
                    if base: d["chunks"] = chunks(d["text"])
                    validate(d); docs.append(d); break
                except (ValueError, AssertionError) as ex:
                    if attempt == 19: raise
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs: f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} docs to {a.out}", file=sys.stderr)

if __name__ == "__main__":
    main()
