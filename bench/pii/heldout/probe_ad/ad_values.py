"""ad_values - people, contact data and identifiers (all checksummed types valid)."""
from __future__ import annotations

import base64
import json
import string

from ad_common import NATIVE, ascii_fold, faker_for, slug

FREEMAIL = {
    "en_US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"],
    "en_GB": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
    "de_DE": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "mailbox.org"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
    "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru", "gmail.com", "bk.ru", "list.ru"],
}
ORG_TLD = {
    "en_US": [".com", ".io", ".dev", ".net", ".tech"],
    "en_GB": [".co.uk", ".com", ".io", ".uk"],
    "de_DE": [".de", ".com", ".io", ".net"],
    "fr_FR": [".fr", ".com", ".io", ".eu"],
    "ru_RU": [".ru", ".com", ".tech", ".io"],
}
ORG_STEMS = ["nimbus", "corvid", "tessera", "quarry", "lumen", "oakridge", "halcyon", "fernwood",
             "brightloop", "northwind", "kestrel", "vantage", "orbitra", "pinegrove", "stackhaus",
             "bluefjord", "copperleaf", "driftwood", "emberline", "granitelabs", "hexaware",
             "ironbark", "juniper-ops", "kaleido", "larkspur", "meridian", "novacore", "opaline",
             "polaris-it", "quillon", "redshale", "solvent", "tundra", "umbral", "veloxa",
             "wavecrest", "xylem", "yarrow", "zephyrine", "alderbyte"]


# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------
class Person:
    __slots__ = ("first", "last", "middle", "loc", "sub", "name", "email", "login", "male",
                 "latin")

    def __str__(self):
        return self.name


def org_domain(ctx):
    if not hasattr(ctx, "_org"):
        ctx._org = ctx.ch(ORG_STEMS) + ctx.ch(ORG_TLD[ctx.locale])
    return ctx._org


def person(ctx, loc=None, form=None, latin=None, email_kind=None):
    """A person of locale loc (default: the document locale) with a display name and e-mail."""
    loc = loc or (ctx.locale if ctx.p(0.85) else ctx.ch(["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]))
    fk = faker_for(loc)
    fk.seed_instance(ctx.r.getrandbits(48))
    male = ctx.p(0.5)
    p = Person()
    p.loc, p.male = loc, male
    p.sub = NATIVE[loc]
    if loc == "ru_RU":
        p.first = fk.first_name_male() if male else fk.first_name_female()
        p.last = fk.last_name_male() if male else fk.last_name_female()
        p.middle = fk.middle_name_male() if male else fk.middle_name_female()
    else:
        p.first = fk.first_name_male() if male else fk.first_name_female()
        p.last = fk.last_name()
        p.middle = fk.first_name_male()[0] + "." if (loc == "en_US" and ctx.p(0.25)) else ""
    if latin is None:
        latin = loc == "ru_RU" and ctx.lang != "ru" and ctx.p(0.7)
    p.latin = latin
    if form is None:
        form = ctx.chw([(6, "fl"), (1.5, "l,f"), (1, "fml" if loc != "ru_RU" else "lfm"),
                        (0.6, "lio" if loc == "ru_RU" else "fl")])
    first, last = p.first, p.last
    if latin:
        first, last = ascii_fold(first), ascii_fold(last)
    if loc == "ru_RU" and not latin:
        p.name = {"fl": f"{first} {last}", "l,f": f"{last} {first}", "lfm": f"{last} {first} {p.middle}",
                  "fml": f"{last} {first} {p.middle}", "lio": f"{last} {first[0]}. {p.middle[0]}.",
                  "lf": f"{last} {first}"}.get(form, f"{first} {last}")
    else:
        mid = f" {p.middle}" if (p.middle and loc != "ru_RU") else ""
        p.name = {"fl": f"{first}{mid} {last}", "l,f": f"{last}, {first}", "fml": f"{first}{mid} {last}",
                  "lf": f"{last} {first}"}.get(form, f"{first} {last}")
    f_, l_ = slug(p.first) or "user", slug(p.last) or "x"
    p.login = ctx.chw([(3, f_[0] + l_), (2, f"{f_}-{l_}"), (1, f_ + l_[0]), (1, l_ + f_[0]),
                       (1, f"{f_}{ctx.r.randint(1, 99)}")])[:16]
    p.email = email_for(ctx, p, kind=email_kind)
    ctx.people.append(p)
    return p


def email_for(ctx, p, kind=None):
    f_, l_ = slug(p.first) or "user", slug(p.last) or "x"
    kind = kind or ctx.chw([(5, "org"), (3, "free"), (0.6, "noreply")])
    if kind == "noreply":
        return f"{ctx.r.randint(1000000, 99999999)}+{p.login}@users.noreply.github.com"
    local = ctx.chw([(4, f"{f_}.{l_}"), (2, f_[0] + l_), (1, f"{f_}_{l_}"), (1, f"{f_}"),
                     (1, f"{l_}.{f_}"), (1, f"{f_}{l_}{ctx.r.randint(1, 99)}"), (0.4, f"{f_}.{l_}+git")])
    if kind == "org":
        dom = org_domain(ctx)
        if ctx.p(0.15):
            dom = ctx.ch(["corp.", "eng.", "mail.", "dev."]) + dom
        return f"{local}@{dom}"
    return f"{local}@{ctx.ch(FREEMAIL[p.loc])}"


# ----------------------------------------------------------------------------------------------
# phones
# ----------------------------------------------------------------------------------------------
def _d(ctx, n):
    return "".join(str(ctx.r.randint(0, 9)) for _ in range(n))


def phone(ctx, loc=None, intl=None):
    loc = loc or ctx.locale
    intl = ctx.p(0.5) if intl is None else intl
    r = ctx.r
    if loc == "en_US":
        a, b, c = f"{r.randint(2, 9)}{_d(ctx, 2)}", f"{r.randint(2, 9)}{_d(ctx, 2)}", _d(ctx, 4)
        if intl:
            v = ctx.ch([f"+1 {a} {b} {c}", f"+1-{a}-{b}-{c}", f"+1{a}{b}{c}", f"+1 ({a}) {b}-{c}",
                        f"001 {a} {b} {c}"])
        else:
            v = ctx.ch([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"{a} {b} {c}"])
        return v, ("intl_US" if intl else "national_US")
    if loc == "en_GB":
        kind = ctx.ch(["mob", "ldn", "geo"])
        if kind == "mob":
            n = f"7{r.randint(400, 999)}{_d(ctx, 6)}"
            nat, parts = f"0{n[:4]} {n[4:]}", (n[:4], n[4:])
        elif kind == "ldn":
            n = f"20{r.randint(3, 8)}{_d(ctx, 7)}"
            nat, parts = f"020 {n[2:6]} {n[6:]}", ("20", n[2:6] + " " + n[6:])
        else:
            ac = ctx.ch(["113", "114", "117", "121", "131", "141", "151", "161", "191", "1223", "1865"])
            rest = _d(ctx, 10 - len(ac))
            n = ac + rest
            nat, parts = f"0{ac} {rest[:3]} {rest[3:]}", (ac, f"{rest[:3]} {rest[3:]}")
        if intl:
            v = ctx.ch([f"+44 {parts[0]} {parts[1]}", f"+44 (0){parts[0]} {parts[1]}", f"+44{n}",
                        f"0044 {parts[0]} {parts[1]}"])
        else:
            v = nat
        return v, ("intl_GB" if intl else "national_GB")
    if loc == "de_DE":
        if ctx.p(0.5):
            ac = ctx.ch(["151", "152", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
            rest = _d(ctx, 8 if ac[0] == "1" and ac != "160" else 7)
        else:
            ac = ctx.ch(["30", "40", "69", "89", "221", "211", "711", "341", "351", "421", "511"])
            rest = _d(ctx, 7 if len(ac) == 2 else 6)
        if intl:
            v = ctx.ch([f"+49 {ac} {rest}", f"+49 (0){ac} {rest[:4]} {rest[4:]}", f"+49{ac}{rest}",
                        f"0049 {ac} {rest}", f"+49 {ac} {rest[:3]} {rest[3:]}"])
        else:
            v = ctx.ch([f"0{ac} {rest}", f"0{ac}/{rest}", f"0{ac}/{rest[:4]} {rest[4:]}",
                        f"0{ac}-{rest}", f"(0{ac}) {rest}"])
        return v, ("intl_DE" if intl else "national_DE")
    if loc == "fr_FR":
        first = ctx.ch(["1", "2", "3", "4", "5", "6", "7", "9"])
        rest = _d(ctx, 8)
        pairs = " ".join(rest[i:i + 2] for i in range(0, 8, 2))
        if intl:
            v = ctx.ch([f"+33 {first} {pairs}", f"+33{first}{rest}", f"0033 {first} {pairs}",
                        f"+33 (0){first} {pairs}"])
        else:
            v = ctx.ch([f"0{first} {pairs}", f"0{first}{rest}", f"0{first}.{pairs.replace(' ', '.')}",
                        f"0{first}-{pairs.replace(' ', '-')}"])
        return v, ("intl_FR" if intl else "national_FR")
    # ru_RU
    ac = ctx.ch(["495", "499", "812", "343", "383", "916", "903", "905", "915", "925", "926", "977", "985", "999"])
    a, b, c = _d(ctx, 3), _d(ctx, 2), _d(ctx, 2)
    if intl:
        v = ctx.ch([f"+7 {ac} {a}-{b}-{c}", f"+7{ac}{a}{b}{c}", f"+7 ({ac}) {a}-{b}-{c}",
                    f"+7-{ac}-{a}-{b}-{c}", f"+7 {ac} {a} {b} {c}"])
    else:
        v = ctx.ch([f"8 ({ac}) {a}-{b}-{c}", f"8-{ac}-{a}-{b}-{c}", f"8{ac}{a}{b}{c}", f"8 {ac} {a} {b} {c}"])
    return v, ("intl_RU" if intl else "national_RU")


# ----------------------------------------------------------------------------------------------
# network
# ----------------------------------------------------------------------------------------------
def ipv4(ctx, private=None):
    r = ctx.r
    private = ctx.p(0.45) if private is None else private
    if private:
        k = ctx.ch([10, 172, 192])
        if k == 10:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if k == 172:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 169, 172, 192, 100, 0):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(ctx):
    r = ctx.r
    h = lambda: format(r.randint(0, 0xFFFF), "x")
    k = ctx.ch(["full", "db8", "ula", "gua", "ll"])
    if k == "full":
        return ":".join(format(r.randint(0, 0xFFFF), "04x") for _ in range(8))
    if k == "db8":
        return f"2001:db8:{h()}:{h()}::{h()}"
    if k == "ula":
        return f"fd{format(r.randint(0, 255), '02x')}:{h()}:{h()}:{h()}::{h()}"
    if k == "gua":
        return f"2a0{r.randint(0, 9)}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}:{h()}"
    return f"fe80::{h()}:{h()}:{h()}:{h()}"


# ----------------------------------------------------------------------------------------------
# dates of birth
# ----------------------------------------------------------------------------------------------
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


def ymd(ctx, y0, y1):
    return ctx.r.randint(y0, y1), ctx.r.randint(1, 12), ctx.r.randint(1, 28)


def fmt_date(ctx, y, m, d, style=None, lang=None, loc=None):
    lang = lang or ctx.lang
    loc = loc or ctx.locale
    style = style or ctx.ch(["num", "num", "iso", "long"])
    if style == "iso":
        return f"{y:04d}-{m:02d}-{d:02d}"
    if style == "long":
        mn = MONTHS[lang][m - 1]
        if lang == "en":
            return f"{mn} {d}, {y}" if loc != "en_GB" else f"{d} {mn} {y}"
        if lang == "de":
            return f"{d}. {mn} {y}"
        return f"{d} {mn} {y}"
    if lang == "en" and loc == "en_US":
        return f"{m:02d}/{d:02d}/{y}"
    if lang in ("de", "ru"):
        return f"{d:02d}.{m:02d}.{y}"
    return f"{d:02d}/{m:02d}/{y}"


def dob(ctx, style=None):
    y, m, d = ymd(ctx, 1958, 2003)
    return fmt_date(ctx, y, m, d, style)


# ----------------------------------------------------------------------------------------------
# addresses: returns (street, rest) where rest is city/postcode (an `ignore` span)
# ----------------------------------------------------------------------------------------------
def address(ctx, loc=None):
    loc = loc or ctx.locale
    fk = faker_for(loc)
    fk.seed_instance(ctx.r.getrandbits(48))
    if loc == "en_US":
        street = fk.street_address()
        rest = f"{fk.city()}, {fk.state_abbr()} {fk.postcode()}"
    elif loc == "en_GB":
        street = fk.street_address().replace("\n", ", ")
        rest = f"{fk.city()} {fk.postcode()}"
    elif loc == "de_DE":
        street = fk.street_address()
        rest = f"{fk.postcode()} {fk.city()}"
    elif loc == "fr_FR":
        street = f"{ctx.r.randint(1, 180)}{ctx.ch([', ', ' ', ' bis, '])}{fk.street_name()}"
        rest = f"{fk.postcode()} {fk.city()}"
    else:
        street = fk.street_address()
        rest = f"{fk.city()}, {fk.postcode()}"
    return street, rest, NATIVE[loc]


# ----------------------------------------------------------------------------------------------
# checksummed identifiers
# ----------------------------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    ds = [int(c) for c in num if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix: str) -> str:
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


CARD_BRANDS = [("visa", ["4"], 16), ("mastercard", ["51", "52", "53", "54", "55", "2221", "2720"], 16),
               ("amex", ["34", "37"], 15), ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3589"], 16),
               ("mir", ["2200", "2201", "2202", "2204"], 16)]


def credit_card(ctx, brand=None):
    brands = [b for b in CARD_BRANDS if brand is None or b[0] == brand]
    if brand is None and ctx.locale != "ru_RU":
        brands = [b for b in brands if b[0] != "mir"]
    name, prefs, ln = ctx.ch(brands)
    pre = ctx.ch(prefs)
    num = luhn_complete(pre + _d(ctx, ln - len(pre) - 1))
    if ln == 15:
        grouped = ctx.p(0.5)
        v = f"{num[:4]} {num[4:10]} {num[10:]}" if grouped else num
    else:
        sep = ctx.ch(["", " ", "-"])
        v = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    return v, name


def cardlike(ctx):
    """16-digit number that fails Luhn."""
    while True:
        num = str(ctx.r.randint(1, 9)) + _d(ctx, 15)
        if not luhn_ok(num):
            sep = ctx.ch(["", " ", "-"])
            return sep.join(num[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": "n18", "FR": "n10a11n2", "GB": "a4n14", "ES": "n20", "IT": "a1n10a12", "NL": "a4n10",
             "AT": "n16", "BE": "n12", "CH": "n17", "PL": "n24"}


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(v: str) -> bool:
    s = v.replace(" ", "")
    if len(s) < 15:
        return False
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban(ctx, cc=None):
    cc = cc or {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB"}.get(ctx.locale) or ctx.ch(list(IBAN_SPEC))
    spec = IBAN_SPEC[cc]
    bban = ""
    i = 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1:j])
        pool = string.digits if kind == "n" else (string.ascii_uppercase if kind == "a" else string.digits + string.ascii_uppercase)
        bban += "".join(ctx.ch(pool) for _ in range(n))
        i = j
    full = cc + iban_check(cc, bban) + bban
    if ctx.p(0.55):
        return " ".join(full[k:k + 4] for k in range(0, len(full), 4)), f"{cc}_grouped"
    return full, f"{cc}_compact"


def ssn_ok(v: str) -> bool:
    ds = "".join(c for c in v if c.isdigit())
    if len(ds) != 9:
        return False
    a, g, s = ds[:3], ds[3:5], ds[5:]
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def ssn(ctx):
    while True:
        a, g, s = f"{ctx.r.randint(1, 899):03d}", f"{ctx.r.randint(1, 99):02d}", f"{ctx.r.randint(1, 9999):04d}"
        if a != "666":
            break
    k = ctx.chw([(7, "dashed"), (1.5, "plain"), (1, "spaced")])
    return {"dashed": f"{a}-{g}-{s}", "plain": f"{a}{g}{s}", "spaced": f"{a} {g} {s}"}[k], k


def _inn_digit(ds, weights):
    return str(sum(int(d) * w for d, w in zip(ds, weights)) % 11 % 10)


def inn_ok(v: str) -> bool:
    ds = "".join(c for c in v if c.isdigit())
    if len(ds) == 10:
        return ds[9] == _inn_digit(ds[:9], [2, 4, 10, 3, 5, 9, 4, 6, 8])
    if len(ds) == 12:
        return (ds[10] == _inn_digit(ds[:10], [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
                and ds[11] == _inn_digit(ds[:11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]))
    return False


def inn(ctx, kind=None):
    kind = kind or ctx.ch(["inn10", "inn12", "inn12"])
    region = ctx.ch(["77", "78", "50", "66", "54", "16", "23", "52", "63", "02"])
    if kind == "inn10":
        ds = region + _d(ctx, 7)
        return ds + _inn_digit(ds, [2, 4, 10, 3, 5, 9, 4, 6, 8]), kind
    ds = region + _d(ctx, 8)
    ds += _inn_digit(ds, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    ds += _inn_digit(ds, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8])
    return ds, kind


def _snils_check(ds9):
    tot = sum(int(d) * (9 - i) for i, d in enumerate(ds9))
    if tot < 100:
        return f"{tot:02d}"
    if tot in (100, 101):
        return "00"
    m = tot % 101
    return "00" if m == 100 else f"{m:02d}"


def snils_ok(v: str) -> bool:
    ds = "".join(c for c in v if c.isdigit())
    return len(ds) == 11 and _snils_check(ds[:9]) == ds[9:]


def snils(ctx):
    ds = str(ctx.r.randint(1, 9)) + _d(ctx, 8)
    ck = _snils_check(ds)
    k = ctx.chw([(6, "formatted"), (1.5, "plain"), (1, "dashed")])
    return {"formatted": f"{ds[:3]}-{ds[3:6]}-{ds[6:]} {ck}", "plain": ds + ck,
            "dashed": f"{ds[:3]}-{ds[3:6]}-{ds[6:]}-{ck}"}[k], k


def ru_passport(ctx):
    s = f"{ctx.r.randint(1, 99):02d}{ctx.r.randint(0, 24):02d}"
    n = f"{ctx.r.randint(100000, 999999)}"
    k = ctx.chw([(4, "spaced"), (2, "series_number"), (1, "plain"), (1, "numero")])
    return {"spaced": f"{s[:2]} {s[2:]} {n}", "series_number": f"{s} {n}", "plain": s + n,
            "numero": f"{s[:2]} {s[2:]} № {n}"}[k], k


def nhs_ok(v: str) -> bool:
    ds = "".join(c for c in v if c.isdigit())
    if len(ds) != 10:
        return False
    tot = sum(int(d) * (10 - i) for i, d in enumerate(ds[:9]))
    ck = 11 - tot % 11
    ck = 0 if ck == 11 else ck
    return ck != 10 and ck == int(ds[9])


def mrn(ctx):
    k = ctx.ch(["nhs", "numeric", "prefixed"])
    if k == "nhs":
        while True:
            ds = str(ctx.r.randint(4, 9)) + _d(ctx, 8)
            tot = sum(int(d) * (10 - i) for i, d in enumerate(ds))
            ck = 11 - tot % 11
            ck = 0 if ck == 11 else ck
            if ck != 10:
                ds += str(ck)
                return (f"{ds[:3]} {ds[3:6]} {ds[6:]}" if ctx.p(0.6) else ds), k
    if k == "numeric":
        return _d(ctx, ctx.ch([7, 8, 9])), k
    return ctx.ch(["MRN-", "PT-", "HN", "MR#"]) + _d(ctx, ctx.ch([6, 8, 9])), k


# ----------------------------------------------------------------------------------------------
# secrets
# ----------------------------------------------------------------------------------------------
ALNUM = string.ascii_letters + string.digits
B32 = string.ascii_uppercase + "234567"
B64 = ALNUM + "+/"


def rs(ctx, pool, n):
    return "".join(ctx.ch(pool) for _ in range(n))


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def jwt(ctx, email=None):
    alg = ctx.ch(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    now = ctx.r.randint(1690000000, 1740000000)
    pl = {"sub": str(ctx.r.randint(10 ** 8, 10 ** 9)), "iat": now, "exp": now + 3600}
    if email:
        pl["email"] = email
    if ctx.p(0.4):
        pl["iss"] = ctx.ch(["https://auth.internal", "kubernetes/serviceaccount", "https://sso.corp"])
    sig = b64url(bytes(ctx.r.getrandbits(8) for _ in range(32 if alg == "HS256" else 64)))
    return (b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." +
            b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig)


PEM_KINDS = [("pem_rsa_private_key", "RSA PRIVATE KEY", 14), ("pem_private_key", "PRIVATE KEY", 12),
             ("pem_ec_private_key", "EC PRIVATE KEY", 3), ("pem_openssh_private_key", "OPENSSH PRIVATE KEY", 6),
             ("pem_encrypted_private_key", "ENCRYPTED PRIVATE KEY", 13)]


def pem(ctx):
    """returns (value, sub, core) ; core relative to value"""
    sub, label, lines = ctx.ch(PEM_KINDS)
    width = 70 if "OPENSSH" in label else 64
    body = [rs(ctx, B64, width) for _ in range(lines)]
    pad = ctx.ch([0, 1, 2])
    last = rs(ctx, B64, 4 * ctx.r.randint(2, width // 4 - 1) - pad) + "=" * pad
    body.append(last)
    head = f"-----BEGIN {label}-----\n"
    text = "\n".join(body)
    v = head + text + f"\n-----END {label}-----"
    return v, sub, (len(head), len(head) + len(text))


PW_WORDS = ["Summer", "Winter", "Welcome", "Passw0rd", "Dragon", "Sunshine", "Monkey", "Kennwort",
            "Sommer", "Soleil", "Bonjour", "Parol", "Qwerty", "Deploy", "Staging", "Admin"]


ENV_NAME = {"github_pat_classic": "GITHUB_TOKEN", "github_pat_fine": "GITHUB_TOKEN", "github_other": "GH_APP_TOKEN",
            "gitlab": "GITLAB_TOKEN", "aws_access_key_id": "AWS_ACCESS_KEY_ID", "slack": "SLACK_BOT_TOKEN",
            "stripe": "STRIPE_SECRET_KEY", "openai_like": "OPENAI_API_KEY", "google_api": "GOOGLE_API_KEY",
            "npm_token": "NPM_TOKEN", "pypi_token": "PYPI_TOKEN", "docker_pat": "DOCKERHUB_TOKEN", "jwt": "SERVICE_TOKEN"}


def password(ctx):
    if ctx.p(0.35):
        return ctx.ch(PW_WORDS) + str(ctx.r.randint(1, 2025)) + ctx.ch("!#$%*&?")
    return rs(ctx, ALNUM + "!#%*-_+=", ctx.r.randint(14, 28))


def db_password(ctx):
    # URL-safe-ish characters (no @ : / ? #) so that the connection string still parses
    return rs(ctx, ALNUM + "-_.~!$*", ctx.r.randint(14, 26))


def api_key(ctx, sub=None):
    sub = sub or ctx.chw([(3, "github_pat_classic"), (1.5, "github_pat_fine"), (1.5, "github_other"),
                          (2, "gitlab"), (2, "aws_access_key_id"), (2, "slack"), (1.5, "stripe"),
                          (1, "openai_like"), (1, "google_api"), (1.5, "npm_token"), (0.7, "pypi_token"),
                          (0.8, "docker_pat")])
    if sub == "github_pat_classic":
        return "ghp_" + rs(ctx, ALNUM, 36), sub
    if sub == "github_pat_fine":
        return "github_pat_" + rs(ctx, ALNUM, 22) + "_" + rs(ctx, ALNUM, 59), sub
    if sub == "github_other":
        return ctx.ch(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(ctx, ALNUM, 36), sub
    if sub == "gitlab":
        return "glpat-" + rs(ctx, ALNUM + "-_", 20), sub
    if sub == "aws_access_key_id":
        return ctx.ch(["AKIA", "AKIA", "ASIA"]) + rs(ctx, B32, 16), sub
    if sub == "aws_secret_key":
        return rs(ctx, B64, 40), sub
    if sub == "slack":
        if ctx.p(0.5):
            return f"xoxb-{_d(ctx, 12)}-{_d(ctx, 13)}-{rs(ctx, ALNUM, 24)}", sub
        return f"xoxp-{_d(ctx, 12)}-{_d(ctx, 12)}-{_d(ctx, 13)}-{rs(ctx, '0123456789abcdef', 32)}", sub
    if sub == "stripe":
        return ctx.ch(["sk_live_", "rk_live_"]) + rs(ctx, ALNUM, ctx.ch([24, 34, 99])), sub
    if sub == "openai_like":
        return "sk-proj-" + rs(ctx, ALNUM + "-_", 48), sub
    if sub == "google_api":
        return "AIza" + rs(ctx, ALNUM + "-_", 35), sub
    if sub == "npm_token":
        return "npm_" + rs(ctx, ALNUM, 36), sub
    if sub == "pypi_token":
        return "pypi-AgEIcHlwaS5vcmc" + rs(ctx, ALNUM + "-_", 120), sub
    if sub == "docker_pat":
        return "dckr_pat_" + rs(ctx, ALNUM + "-_", 27), sub
    if sub == "jwt":
        return jwt(ctx), sub
    raise ValueError(sub)


def pem_indented(ctx, indent=""):
    """PEM block whose continuation lines carry `indent` (YAML block scalars); core = base64 body."""
    v, sub, (cs, ce) = pem(ctx)
    if not indent:
        return v, sub, (cs, ce)
    head, body, foot = v[:cs], v[cs:ce], v[ce:]
    head = head[:-1] + "\n" + indent
    body = body.replace("\n", "\n" + indent)
    foot = foot.replace("\n", "\n" + indent)
    return head + body + foot, sub, (len(head), len(head) + len(body))
