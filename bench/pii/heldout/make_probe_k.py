#!/usr/bin/env python3
"""Probe K: independent held-out PII corpus (same schema as pii-bench dev.jsonl).

Written from the dev README/schema and general format knowledge only; templates, JSON keys and
domains are new (legal filings, telecom/ISP support, airline loyalty, visa cases, admissions,
pensions, utilities, marketplace disputes, recruiting, home care, ride-hailing, libraries,
sports clubs, charity donors).

    PYTHONPATH=/tmp/faker-site python3 make_probe_k.py --seed 1414 --out /tmp/probe_k.jsonl
"""
import argparse
import json
import random
import string
import sys

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOC_W = [33, 16, 17, 13, 21]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
PSUB = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}

# ---------------------------------------------------------------------------- doc builder


class Doc:
    """Collects entity/negative/ignore placeholders; render() substitutes and records offsets."""

    def __init__(self, r, loc):
        self.r = r
        self.loc = loc
        self.items = {}
        self.n = 0

    def _ph(self, kind, typ, value, sub=None, obf=None, core=None, depth=0, raw=False):
        self.n += 1
        tok = "\u27e6%d\u27e7" % self.n
        self.items[tok] = dict(kind=kind, type=typ, value=value, sub=sub, obf=obf, core=core,
                               depth=depth, raw=raw)
        return tok

    def e(self, typ, value, sub=None, obf=None, core=None, depth=0, raw=False):
        return self._ph("E", typ, value, sub, obf, core, depth, raw)

    def n_(self, typ, value, depth=0, raw=False):
        return self._ph("N", typ, value, depth=depth, raw=raw)

    def ig(self, value, depth=0):
        return self._ph("I", None, value, depth=depth)

    def render(self, tpl):
        out = []
        ents, negs, ign = [], [], []
        i = 0
        pos = 0
        while True:
            j = tpl.find("\u27e6", i)
            if j < 0:
                out.append(tpl[i:])
                break
            k = tpl.index("\u27e7", j)
            tok = tpl[j:k + 1]
            it = self.items[tok]
            pre = tpl[i:j]
            if it["raw"]:
                # placeholder was serialised as a JSON string: drop the quotes around it
                assert pre.endswith('"') and tpl[k + 1] == '"', tok
                pre = pre[:-1]
                k += 1
            out.append(pre)
            pos += len(pre)
            v = it["value"]
            sv = esc(v, it["depth"])
            start = pos
            out.append(sv)
            pos += len(sv)
            if it["kind"] == "E":
                d = {"type": it["type"], "start": start, "end": pos, "value": sv}
                if it["sub"]:
                    d["sub"] = it["sub"]
                if it["obf"]:
                    d["obf"] = it["obf"]
                if it["core"] is not None:
                    cs = esc(it["core"], it["depth"])
                    off = sv.index(cs)
                    d["core"] = [start + off, start + off + len(cs)]
                ents.append(d)
            elif it["kind"] == "N":
                negs.append({"type": it["type"], "start": start, "end": pos, "value": sv})
            else:
                ign.append([start, pos])
            i = k + 1
        return "".join(out), ents, negs, ign


def esc(v, depth):
    for _ in range(depth):
        v = json.dumps(v, ensure_ascii=False)[1:-1]
    return v


# ---------------------------------------------------------------------------- value makers

def digits(r, n):
    return "".join(r.choice(string.digits) for _ in range(n))


def luhn_check(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check(num[:-1]) == num[-1]


BRANDS = [("visa", 30), ("mastercard", 25), ("amex", 12), ("discover", 12), ("jcb", 9), ("mir", 12)]


def card_number(r, brand):
    if brand == "visa":
        pre, ln = "4", 16
    elif brand == "mastercard":
        pre, ln = r.choice([str(r.randint(51, 55)), str(r.randint(2221, 2720))]), 16
    elif brand == "amex":
        pre, ln = r.choice(["34", "37"]), 15
    elif brand == "discover":
        pre, ln = r.choice(["6011", "65", "644"]), 16
    elif brand == "jcb":
        pre, ln = str(r.randint(3528, 3589)), 16
    else:
        pre, ln = "220" + str(r.randint(0, 4)), 16
    body = pre + digits(r, ln - 1 - len(pre))
    return body + luhn_check(body)


def group_card(num, sep, brand):
    if sep is None:
        return num
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts)


def card(r, brand=None):
    if brand is None:
        brand = wchoice(r, BRANDS)
    num = card_number(r, brand)
    return group_card(num, r.choice([" ", " ", "-", None]), brand), brand


def cardlike(r):
    while True:
        num = card_number(r, wchoice(r, BRANDS))
        if r.random() < 0.5:
            num = str(r.choice([1, 7, 8, 9])) + num[1:]
        bad = num[:-1] + str((int(num[-1]) + r.randint(1, 9)) % 10)
        if not luhn_ok(bad):
            return group_card(bad, r.choice([" ", "-", None]), "x") if len(bad) == 16 else bad


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


IBAN_SPEC = {  # country: list of (charset, count)
    "DE": [("d", 18)], "GB": [("A", 4), ("d", 14)], "FR": [("d", 10), ("x", 11), ("d", 2)],
    "ES": [("d", 20)], "IT": [("A", 1), ("d", 10), ("x", 12)], "NL": [("A", 4), ("d", 10)],
    "BE": [("d", 12)], "AT": [("d", 16)], "CH": [("d", 5), ("x", 12)], "PL": [("d", 24)],
}
IBAN_BY_LOC = {"en_US": ["GB", "DE", "NL", "CH"], "en_GB": ["GB", "GB", "NL", "BE"],
               "de_DE": ["DE", "DE", "AT", "CH"], "fr_FR": ["FR", "FR", "BE", "ES"],
               "ru_RU": ["DE", "PL", "IT", "FR"]}


def iban(r, cc=None):
    cc = cc or r.choice(list(IBAN_SPEC))
    bban = ""
    for cs, k in IBAN_SPEC[cc]:
        pool = {"d": string.digits, "A": string.ascii_uppercase, "x": string.digits + string.ascii_uppercase}[cs]
        bban += "".join(r.choice(pool) for _ in range(k))
    conv = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(conv) % 97
    s = cc + "%02d" % chk + bban
    assert int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    if r.random() < 0.5:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4)), cc + "_grouped"
    return s, cc + "_compact"


def ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    fmt = r.choice(["dashed", "dashed", "dashed", "spaced", "plain"])
    sep = {"dashed": "-", "spaced": " ", "plain": ""}[fmt]
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s), fmt


def inn10(r):
    d = [r.randint(0, 9) for _ in range(9)]
    d[0] = r.randint(1, 9)
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w, d)) % 11 % 10)
    return "".join(map(str, d))


def inn12(r):
    d = [r.randint(0, 9) for _ in range(10)]
    d[0] = r.randint(1, 9)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w1, d)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(w2, d)) % 11 % 10)
    return "".join(map(str, d))


def inn(r):
    return (inn10(r), "inn10") if r.random() < 0.5 else (inn12(r), "inn12")


def snils(r):
    while True:
        b = digits(r, 9)
        if int(b) > 1001998:
            break
    s = sum(int(c) * (9 - i) for i, c in enumerate(b))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    cc = "%02d" % c
    fmt = r.choice(["formatted", "formatted", "dashed", "plain"])
    if fmt == "formatted":
        return "%s-%s-%s %s" % (b[:3], b[3:6], b[6:], cc), fmt
    if fmt == "dashed":
        return "%s-%s-%s-%s" % (b[:3], b[3:6], b[6:], cc), fmt
    return b + cc, fmt


def passport(r):
    ser = "%02d%02d" % (r.choice([1, 3, 4, 5, 6, 7, 8, 11, 14, 17, 18, 22, 24, 25, 36, 40, 45, 46, 50, 52, 60, 63, 65, 66, 71, 75, 77, 92]), r.randint(0, 24))
    num = digits(r, 6)
    fmt = r.choice(["spaced", "series_number", "numero", "plain"])
    if fmt == "spaced":
        return "%s %s %s" % (ser[:2], ser[2:], num), fmt
    if fmt == "series_number":
        return "%s %s" % (ser, num), fmt
    if fmt == "numero":
        return "%s %s № %s" % (ser[:2], ser[2:], num), fmt
    return ser + num, fmt


def nhs(r):
    while True:
        b = digits(r, 9)
        if b[0] == "0":
            continue
        c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = b + str(c)
        return (n[:3] + " " + n[3:6] + " " + n[6:]) if r.random() < 0.6 else n


def mrn(r, loc):
    k = r.random()
    if loc == "en_GB" and k < 0.4:
        return nhs(r), "nhs"
    if k < 0.55:
        return digits(r, r.choice([7, 8, 9, 10])), "numeric"
    if k < 0.8:
        return r.choice(["MR", "HSP-", "PAT", "H", "KX-"]) + digits(r, r.choice([6, 7, 8])), "prefixed"
    return "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + digits(r, 5) + "/" + r.choice(string.ascii_uppercase) + str(r.randint(0, 9)), "alnum"


def phone(r, loc, intl=None):
    if intl is None:
        intl = r.random() < 0.5
    d = lambda n: digits(r, n)
    if loc == "en_US":
        a = "%d%s" % (r.randint(2, 9), d(2))
        e = "%d%s" % (r.randint(2, 9), d(2))
        x = d(4)
        if intl:
            v = r.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "001 %s %s %s", "+1.%s.%s.%s"]) % (a, e, x)
        else:
            v = r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s"]) % (a, e, x)
        return v, ("intl_US" if intl else "national_US")
    if loc == "en_GB":
        if r.random() < 0.5:
            a, rest = "7" + d(3), d(6)
            nat = "0%s %s" % (a, rest)
            it = r.choice(["+44 %s %s" % (a, rest), "+44 (0)%s %s" % (a, rest), "0044 %s %s" % (a, rest)])
        else:
            a, rest = r.choice(["20", "161", "113", "131", "117", "29"]), None
            if len(a) == 2:
                rest = d(4) + " " + d(4)
            else:
                rest = d(3) + " " + d(4)
            nat = "0%s %s" % (a, rest)
            it = r.choice(["+44 %s %s" % (a, rest), "+44 (0)%s %s" % (a, rest)])
        return (it, "intl_GB") if intl else (nat, "national_GB")
    if loc == "de_DE":
        if r.random() < 0.5:
            a, rest = r.choice(["151", "152", "160", "170", "171", "176", "157"]), d(r.choice([7, 8]))
        else:
            a, rest = r.choice(["30", "40", "89", "221", "69", "711", "351", "6221"]), d(r.choice([6, 7, 8]))
        if intl:
            v = r.choice(["+49 %s %s", "+49 (0)%s %s", "0049 %s %s", "+49-%s-%s"]) % (a, rest)
        else:
            v = r.choice(["0%s %s", "0%s/%s", "(0%s) %s", "0%s-%s"]) % (a, rest)
        return v, ("intl_DE" if intl else "national_DE")
    if loc == "fr_FR":
        f = str(r.choice([1, 2, 3, 4, 5, 6, 7, 9]))
        p = [d(2) for _ in range(4)]
        if intl:
            v = r.choice(["+33 %s %s %s %s %s", "+33 (0)%s %s %s %s %s", "0033 %s %s %s %s %s"]) % tuple([f] + p)
            if r.random() < 0.25:
                v = "+33" + f + "".join(p)
        else:
            sep = r.choice([" ", ".", " ", "-"])
            v = sep.join(["0" + f] + p)
        return v, ("intl_FR" if intl else "national_FR")
    a = r.choice(["495", "499", "812", "916", "903", "926", "985", "383", "343", "863"])
    x = (d(3), d(2), d(2))
    if intl:
        v = r.choice(["+7 (%s) %s-%s-%s", "+7 %s %s-%s-%s", "+7-%s-%s-%s-%s", "+7%s%s%s%s"]) % ((a,) + x)
    else:
        v = r.choice(["8 (%s) %s-%s-%s", "8-%s-%s-%s-%s", "8 %s %s %s %s", "8%s%s%s%s"]) % ((a,) + x)
    return v, ("intl_RU" if intl else "national_RU")


def ipv4(r):
    k = r.random()
    if k < 0.3:
        return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    if k < 0.4:
        return "192.168.%d.%d" % (r.randint(0, 255), r.randint(1, 254))
    if k < 0.5:
        return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    return "%d.%d.%d.%d" % (r.choice([23, 31, 45, 62, 77, 81, 91, 104, 141, 151, 185, 193, 212, 217]), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def ipv6(r):
    g = ["%x" % r.randint(0, 0xffff) for _ in range(8)]
    k = r.random()
    if k < 0.35:
        return ":".join(g)
    if k < 0.7:
        return "2001:db8:%s::%s" % (g[2], g[7]) if r.random() < 0.5 else "%s:%s:%s::%s:%s" % ("2a02", g[1], g[2], g[6], g[7])
    return "fe80::%s:%s:%s:%s" % (g[4], g[5], g[6], g[7]) if r.random() < 0.4 else ":".join("%04x" % int(x, 16) for x in g)


A62 = string.ascii_letters + string.digits


def rs(r, n, pool=A62):
    return "".join(r.choice(pool) for _ in range(n))


def b64u(obj):
    import base64
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(r, fk):
    h = b64u({"alg": r.choice(["HS256", "RS256", "ES384"]), "typ": "JWT"})
    body = {"sub": str(r.randint(10 ** 5, 10 ** 9)), "iat": r.randint(1690000000, 1750000000)}
    if r.random() < 0.5:
        body["scope"] = r.choice(["read:all", "billing", "admin"])
    body["exp"] = body["iat"] + 3600
    return "%s.%s.%s" % (h, b64u(body), rs(r, r.choice([43, 86]), A62 + "-_"))


def pem(r):
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    nlines = r.randint(3, 9) if kind == "EC PRIVATE KEY" else r.randint(6, 14)
    lines = [rs(r, 64, A62 + "+/") for _ in range(nlines)]
    lines.append(rs(r, r.randint(8, 60), A62 + "+/") + r.choice(["", "=", "=="]))
    body = "\n".join(lines)
    v = "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, body, kind)
    sub = "pem_" + kind.lower().replace(" ", "_")
    return v, sub, body


def api_key(r, kind=None):
    kind = kind or wchoice(r, [("aws_access_key_id", 14), ("aws_secret_key", 7), ("slack", 7), ("github_pat_classic", 4),
                               ("github_pat_fine", 2), ("github_other", 2), ("stripe", 2), ("google_api", 2),
                               ("gitlab", 2), ("openai_like", 2)])
    B32 = string.ascii_uppercase + "234567"
    if kind == "aws_access_key_id":
        v = r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, B32)
    elif kind == "aws_secret_key":
        v = rs(r, 40, A62 + "+/")
    elif kind == "slack":
        v = "xox%s-%s-%s-%s" % (r.choice("bpa"), digits(r, 11), digits(r, 12), rs(r, 24))
    elif kind == "github_pat_classic":
        v = "ghp_" + rs(r, 36)
    elif kind == "github_pat_fine":
        v = "github_pat_" + rs(r, 22) + "_" + rs(r, 59)
    elif kind == "github_other":
        v = r.choice(["gho_", "ghu_", "ghs_", "ghr_"]) + rs(r, 36)
    elif kind == "stripe":
        v = r.choice(["sk_live_", "rk_live_", "sk_test_"]) + rs(r, r.choice([24, 32, 99]))
    elif kind == "google_api":
        v = "AIza" + rs(r, 35, A62 + "-_")
    elif kind == "gitlab":
        v = "glpat-" + rs(r, 20, A62 + "-_")
    else:
        v = r.choice(["sk-proj-", "sk-"]) + rs(r, r.choice([48, 64]), A62 + "-_")
    return v, kind


def password(r):
    k = r.random()
    if k < 0.4:
        return rs(r, r.randint(12, 22), A62 + "!#%^*-_")
    if k < 0.7:
        return r.choice(["Winter", "Falcon", "Harbor", "Maple", "Orion", "Tango"]) + str(r.randint(10, 9999)) + r.choice("!$#?*")
    return rs(r, 4, string.ascii_lowercase) + r.choice("!#%") + rs(r, 6) + r.choice("$&*") + rs(r, 3, string.digits)


MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
}


def fmt_date(r, loc, y, m, d):
    k = r.random()
    if k < 0.2:
        return "%04d-%02d-%02d" % (y, m, d)
    if loc == "en_US":
        return r.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y),
                         "%s %d, %d" % (MONTHS["en"][m - 1][:3] + ".", d, y) if m != 5 else "May %d, %d" % (d, y)])
    if loc == "en_GB":
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y), "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)])
    if loc == "de_DE":
        return r.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y)])
    if loc == "fr_FR":
        return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["fr"][m - 1], y), "%02d-%02d-%d" % (d, m, y)])
    return r.choice(["%02d.%02d.%d" % (d, m, y), "%d %s %d г." % (d, MONTHS["ru"][m - 1], y), "%d %s %d" % (d, MONTHS["ru"][m - 1], y)])


def dob(r, loc):
    return fmt_date(r, loc, r.randint(1932, 2006), r.randint(1, 12), r.randint(1, 28))


def other_date(r, loc):
    return fmt_date(r, loc, r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    y, mo, d, h, mi, s = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s),
                     "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s),
                     "%04d-%02d-%02dT%02d:%02d:%02d.%03d+01:00" % (y, mo, d, h, mi, s, r.randint(0, 999)),
                     "%02d:%02d:%02d" % (h, mi, s), str(r.randint(1600000000, 1790000000)),
                     str(r.randint(1600000000000, 1790000000000))])


def uuid(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hsh(r):
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([7, 10, 32, 40, 64])))


def order_id(r):
    return r.choice(["CLM-%d-%s" % (r.randint(2019, 2026), digits(r, 5)), "PNR %s" % rs(r, 6, string.ascii_uppercase),
                     "TKT%s" % digits(r, 8), "case #%s" % digits(r, 6), "INV/%s/%s" % (r.randint(2020, 2026), digits(r, 4)),
                     "LN-%s-%s" % (rs(r, 2, string.ascii_uppercase), digits(r, 6)), "%s-%s" % (rs(r, 3, string.ascii_uppercase), digits(r, 7))])


def version(r):
    return "%d.%d.%d.%d" % (r.randint(1, 24), r.randint(0, 30), r.randint(0, 200), r.randint(0, 99)) if r.random() < 0.6 else "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 40), r.randint(0, 300))


def pkgver(r):
    return r.choice(["pydantic@2.7.1", "webpack@5.91.0", "zod@3.23.8", "tailwindcss@3.4.3", "@angular/cli@17.3.6",
                     "typescript@5.4.5", "eslint@8.57.0", "next@14.2.3", "@vue/compiler-sfc", "@Injectable", "@dataclass"])


def b64blob(r):
    return r.choice(["sha512-" + rs(r, 86, A62 + "+/") + "==", "data:image/gif;base64,R0lGODlh" + rs(r, 40, A62 + "+/"),
                     "blake2b:" + "".join(r.choice("0123456789abcdef") for _ in range(64))])


def number(r):
    return r.choice(["$%s.%02d" % ("{:,}".format(r.randint(100, 99999)), r.randint(0, 99)), "0x%08X" % r.getrandbits(32),
                     "{:,}".format(r.randint(10 ** 6, 10 ** 9)), "978-%d-%s-%s-%d" % (r.randint(0, 5), digits(r, 3), digits(r, 5), r.randint(0, 9)),
                     "%d.%04d, %d.%04d" % (r.randint(-60, 60), r.randint(0, 9999), r.randint(-120, 120), r.randint(0, 9999)),
                     "9%02d-%02d-%04d" % (r.randint(0, 99), r.randint(1, 99), r.randint(1, 9999))])


TITLES = ["Loyalty Desk", "Seat Upgrade", "Claims Office", "Line Rental", "Kind Regards", "Next Hearing", "Admissions Panel",
          "Visa Section", "Gold Tier", "Fibre Broadband", "Care Plan", "Safety Team", "Reading Room", "Youth League", "Gift Aid"]

# obfuscation -----------------------------------------------------------------------

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HG = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "B": "В", "E": "Е",
      "K": "К", "M": "М", "H": "Н", "O": "О", "P": "Р", "C": "С", "T": "Т", "X": "Х"}
SPELL = {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
         "9": "nine", "-": "dash", "+": "plus", ".": "dot"}


def ob_zw(r, v):
    out = []
    for i, ch in enumerate(v):
        out.append(ch)
        if 0 < i < len(v) - 1 and r.random() < 0.3:
            out.append(r.choice(ZW))
    if not any(c in ZW for c in out):
        out.insert(len(out) // 2, "\u200b")
    return "".join(out)


def ob_hg(r, v):
    idx = [i for i, c in enumerate(v) if c in HG]
    if not idx:
        return None
    pick = set(r.sample(idx, max(1, len(idx) // 3)))
    return "".join(HG[c] if i in pick else c for i, c in enumerate(v))


def ob_fw(v):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in v)


def ob_sp(v):
    return " ".join(c for c in v if c != " ")


def ob_spell(v):
    return " ".join(SPELL[c] for c in v if c in SPELL)


# ---------------------------------------------------------------------------- context


class Ctx:
    def __init__(self, r, loc):
        self.r = r
        self.loc = loc
        self.fk = Faker(loc)
        self.fk.seed_instance(r.getrandbits(32))
        self.fe = Faker("en_US")
        self.fe.seed_instance(r.getrandbits(32))
        self.D = Doc(r, loc)
        self.lang = LANG[loc]

    # entities
    def person(self, style=None, **kw):
        r, fk = self.r, self.fk
        if self.loc == "ru_RU":
            ln = fk.last_name()
            male = not ln.endswith("а") and not ln.endswith("я")
            fn = fk.first_name_male() if male else fk.first_name_female()
            mid = fk.middle_name_male() if male else fk.middle_name_female()
            v = r.choice(["%s %s %s" % (ln, fn, mid), "%s %s" % (fn, ln), "%s %s. %s." % (ln, fn[0], mid[0])])
        else:
            fn, ln = fk.first_name(), fk.last_name()
            v = r.choice(["%s %s" % (fn, ln), "%s %s" % (fn, ln), "%s, %s" % (ln, fn), "%s %s. %s" % (fn, r.choice(string.ascii_uppercase), ln)])
        self._last_name = v
        return self.D.e("PERSON", v, PSUB[self.loc], **kw)

    def email(self, name_hint=True, **kw):
        r = self.r
        u = self.fk.user_name() if self.loc != "ru_RU" else self.fe.user_name()
        u = r.choice([u, u + str(r.randint(1, 99)), u.replace("_", ".") + r.choice(["", "+billing", "+travel"])])
        dom = r.choice(["example.com", "example.net", "example.org", "mail.example.co.uk", "post.example.de", "exemple.fr",
                        "yandex.example.ru", "fastmail.example", "uni-example.edu", "isp-example.net"])
        return self.D.e("EMAIL", "%s@%s" % (u, dom), **kw)

    def phone(self, intl=None, **kw):
        v, s = phone(self.r, self.loc, intl)
        return self.D.e("PHONE", v, s, **kw)

    def street(self, city=True, **kw):
        fk, r = self.fk, self.r
        v = fk.street_address()
        tok = self.D.e("STREET_ADDRESS", v, PSUB[self.loc], **kw)
        if not city:
            return tok
        d = kw.get("depth", 0)
        if self.loc == "en_US":
            return tok + ", " + self.D.ig("%s, %s %s" % (fk.city(), fk.state_abbr(), fk.postcode()), d)
        if self.loc == "en_GB":
            return tok + ", " + self.D.ig("%s %s" % (fk.city(), fk.postcode()), d)
        if self.loc == "ru_RU":
            return tok + ", " + self.D.ig("%s, %s" % (fk.city(), fk.postcode()), d)
        return tok + ", " + self.D.ig("%s %s" % (fk.postcode(), fk.city()), d)

    def dob(self, **kw):
        return self.D.e("DATE_OF_BIRTH", dob(self.r, self.loc), **kw)

    def card(self, **kw):
        v, b = card(self.r)
        return self.D.e("CREDIT_CARD", v, b, **kw)

    def iban(self, **kw):
        v, s = iban(self.r, self.r.choice(IBAN_BY_LOC[self.loc]))
        return self.D.e("IBAN", v, s, **kw)

    def ssn(self, **kw):
        v, s = ssn(self.r)
        return self.D.e("US_SSN", v, s, **kw)

    def ip4(self, **kw):
        return self.D.e("IPV4", ipv4(self.r), **kw)

    def ip6(self, **kw):
        return self.D.e("IPV6", ipv6(self.r), **kw)

    def mrn(self, **kw):
        v, s = mrn(self.r, self.loc)
        return self.D.e("MEDICAL_RECORD_NUMBER", v, s, **kw)

    def inn(self, **kw):
        v, s = inn(self.r)
        return self.D.e("RU_INN", v, s, **kw)

    def snils(self, **kw):
        v, s = snils(self.r)
        return self.D.e("RU_SNILS", v, s, **kw)

    def passport(self, **kw):
        v, s = passport(self.r)
        return self.D.e("RU_PASSPORT", v, s, **kw)

    def key(self, kind=None, **kw):
        v, s = api_key(self.r, kind)
        return self.D.e("API_KEY", v, s, **kw)

    def jwt(self, **kw):
        return self.D.e("API_KEY", jwt(self.r, self.fk), "jwt", **kw)

    def pem(self, **kw):
        v, s, body = pem(self.r)
        return self.D.e("API_KEY", v, s, core=body, **kw)

    def pw(self, sub="password", **kw):
        return self.D.e("API_KEY", password(self.r), sub, **kw)

    def url_pw(self, **kw):
        r = self.r
        sch = r.choice(["postgres", "mysql", "amqp", "mongodb+srv", "redis", "sftp", "smtp"])
        user = r.choice(["svc_billing", "loyalty_ro", "etl", "root", "portal", "crm_sync"])
        host = r.choice(["db-eu-2.internal", "10.2.0.14", "mq.corp.example", "cluster0.ab12c.example.net", "mail.example.org:587"])
        return "%s://%s:%s@%s" % (sch, user, self.D.e("API_KEY", password(r).replace("@", "%40"), "db_password", **kw), host)

    # negatives
    def neg(self, t, depth=0):
        r = self.r
        f = {"NEG_TIMESTAMP": lambda: ts(r), "NEG_UUID": lambda: uuid(r), "NEG_ORDER_ID": lambda: order_id(r),
             "NEG_DATE": lambda: other_date(r, self.loc), "NEG_HASH": lambda: hsh(r), "NEG_VERSION": lambda: version(r),
             "NEG_CARDLIKE": lambda: cardlike(r), "NEG_TITLECASE": lambda: r.choice(TITLES), "NEG_NUMBER": lambda: number(r),
             "NEG_EMAILLIKE": lambda: pkgver(r), "NEG_B64": lambda: b64blob(r)}[t]
        return self.D.n_(t, f(), depth=depth)

    def filler(self, n=1):
        return " ".join(self.fk.sentence() for _ in range(n))

    def any_neg(self, depth=0):
        t = wchoice(self.r, [("NEG_TIMESTAMP", 30), ("NEG_UUID", 11), ("NEG_ORDER_ID", 10), ("NEG_DATE", 7), ("NEG_HASH", 5),
                             ("NEG_VERSION", 5), ("NEG_CARDLIKE", 5), ("NEG_TITLECASE", 3), ("NEG_NUMBER", 3),
                             ("NEG_EMAILLIKE", 2), ("NEG_B64", 2)])
        return self.neg(t, depth)

    def id_block(self, depth=0):
        """Locale-typical national id sentence pieces."""
        if self.loc == "ru_RU" or (self.r.random() < 0.15):
            return self.r.choice([("passport", self.passport(depth=depth)), ("SNILS", self.snils(depth=depth)), ("INN", self.inn(depth=depth))])
        if self.loc == "en_US":
            return ("SSN", self.ssn(depth=depth))
        return ("card", self.card(depth=depth))


# ---------------------------------------------------------------------------- chat templates (text)

def chat_templates():
    T = []

    def t(lang):
        def deco(f):
            T.append((lang, f.__name__, f))
            return f
        return deco

    @t("en")
    def k_court(c):
        return ("I've drafted the caption for the filing. Petitioner: %s, date of birth %s, residing at %s. "
                "Counsel may be reached on %s or %s. The docket entry %s was stamped %s."
                % (c.person(), c.dob(), c.street(), c.phone(), c.email(), c.neg("NEG_ORDER_ID"), c.neg("NEG_TIMESTAMP")))

    @t("en")
    def k_isp(c):
        return ("Thanks for waiting. I checked the line: your router is reporting the public address %s and the IPv6 prefix %s. "
                "Firmware %s is current. If the dropouts continue, the engineer will call %s on %s."
                % (c.ip4(), c.ip6(), c.neg("NEG_VERSION"), c.person(), c.phone()))

    @t("en")
    def k_airline(c):
        return ("Your miles statement is ready. Member %s (born %s) earned 4,210 miles on booking %s. "
                "We'll charge the upgrade fee to the card ending in the full number you supplied, %s, unless you reply to %s before %s."
                % (c.person(), c.dob(), c.neg("NEG_ORDER_ID"), c.card(), c.email(), c.neg("NEG_DATE")))

    @t("en")
    def k_visa(c):
        lab, tok = c.id_block()
        return ("Summary of the visa file:\n\n* Applicant: %s\n* Date of birth: %s\n* %s: %s\n* Sponsor contact: %s\n* Biometrics appointment: %s\n\n"
                "Let me know if the consulate asks for anything else."
                % (c.person(), c.dob(), lab, tok, c.phone(), c.neg("NEG_DATE")))

    @t("en")
    def k_admissions(c):
        return ("Admissions update: the application from %s has moved to interview. The transcript came from %s and the fee was paid by card %s. "
                "Reference %s, uploaded %s." % (c.person(), c.email(), c.card(), c.neg("NEG_UUID"), c.neg("NEG_TIMESTAMP")))

    @t("en")
    def k_pension(c):
        extra = (" Their SSN is %s." % c.ssn()) if c.loc == "en_US" else (" National insurance details were verified by phone on %s." % c.phone())
        return ("Pension transfer request for %s, born %s. Monthly payments should go to %s.%s The %s will confirm by %s."
                % (c.person(), c.dob(), c.iban(), extra, c.neg("NEG_TITLECASE"), c.neg("NEG_DATE")))

    @t("en")
    def k_utility(c):
        return ("I found the account. The meter at %s is registered to %s; the direct debit comes from %s. "
                "Last reading was taken %s and the bill total is %s." % (c.street(), c.person(), c.iban(), c.neg("NEG_TIMESTAMP"), c.neg("NEG_NUMBER")))

    @t("en")
    def k_seller(c):
        return ("The seller dispute %s is escalated. Buyer %s says the parcel never arrived; seller contact is %s. "
                "The refund was attempted to card %s, while the stale profile still shows the old reference %s."
                % (c.neg("NEG_ORDER_ID"), c.person(), c.email(), c.card(), c.neg("NEG_CARDLIKE")))

    @t("en")
    def k_recruit(c):
        return ("Candidate shortlist for the role:\n1. %s - %s - %s\n2. %s - %s\n\nBackground-check consent form %s is signed."
                % (c.person(), c.email(), c.phone(), c.person(), c.email(), c.neg("NEG_UUID")))

    @t("en")
    def k_homecare(c):
        return ("Visit log: the carer attended %s at %s. Client record %s %s, DOB %s. Next of kin %s can be reached at %s. Medication round finished at %s."
                % (c.person(), c.street(), r_cue(c), c.mrn(), c.dob(), c.person(), c.phone(), c.neg("NEG_TIMESTAMP")))

    @t("en")
    def k_ride(c):
        return ("Incident report for trip %s: the rider %s reported the driver's behaviour. The app logged the rider's device at %s. "
                "We've emailed %s with the outcome." % (c.neg("NEG_UUID"), c.person(), c.ip4(), c.email()))

    @t("en")
    def k_config(c):
        r = c.r
        k = r.random()
        if k < 0.3:
            body = "DATABASE_URL=%s\nREDIS_TTL=600" % c.url_pw()
        elif k < 0.55:
            body = "[loyalty-api]\naccess_key = %s\nsecret_key = %s\nregion = eu-west-2" % (c.key("aws_access_key_id"), c.key("aws_secret_key"))
        elif k < 0.8:
            body = "smtp:\n  host: relay.example.net\n  user: notices\n  password: %s" % c.pw("db_password")
        else:
            body = "export CI_TOKEN=%s\nexport BUILD=%s" % (c.key(), c.neg("NEG_VERSION"))
        return ("The deploy is failing because of this block in your settings file:\n\n```\n%s\n```\n\nRotate that credential before you push; the build hash was %s."
                % (body, c.neg("NEG_HASH")))

    @t("en")
    def k_token(c):
        r = c.r
        k = r.random()
        if k < 0.35:
            s = "The webhook call is authenticated with `Authorization: Bearer %s`." % c.jwt()
        elif k < 0.55:
            s = "Here is the deploy key the ticket mentioned:\n\n%s\n" % c.pem()
        else:
            s = "The token `%s` appears in the support macro - revoke it." % c.key()
        return s + " Also note the bundle integrity string %s, which is fine to share." % c.neg("NEG_B64")

    @t("en")
    def k_library(c):
        return ("Library card renewal: %s (born %s) at %s. Overdue notice sent to %s. Installed %s on the kiosk."
                % (c.person(), c.dob(), c.street(), c.email(), c.neg("NEG_EMAILLIKE")))

    @t("en")
    def k_club(c):
        return ("Sports club roster change: %s replaces %s in the %s. Emergency contact %s. Membership fees will be collected from %s."
                % (c.person(), c.person(), c.neg("NEG_TITLECASE"), c.phone(), c.iban()))

    @t("en")
    def k_donor(c):
        lab, tok = c.id_block()
        return ("Donor record: %s gave a recurring gift; receipts go to %s. %s on file: %s. Gift aid batch %s closed at %s."
                % (c.person(), c.email(), lab, tok, c.neg("NEG_ORDER_ID"), c.neg("NEG_TIMESTAMP")))

    @t("en")
    def k_ruid(c):
        return ("The employer's payroll form lists %s with passport %s, SNILS %s and INN %s; the payslip is sent to %s."
                % (c.person(), c.passport(), c.snils(), c.inn(), c.email()))

    @t("en")
    def k_trace(c):
        return ("Looking at the access log, the suspicious logins came from %s and %s. Session %s; the account owner is %s (%s)."
                % (c.ip4(), c.ip6(), c.neg("NEG_UUID"), c.person(), c.email()))

    @t("en")
    def k_s_macro(c):
        return ("Heads-up from the telecom care team: the canned reply for outage tickets still embeds %s. Whoever owns the macro should swap it for a vault reference."
                % c.key())

    @t("en")
    def k_s_wifi(c):
        return ("Your hotspot portal login was reset. New password: `%s` - change it after the first sign-in. Ticket %s." % (c.pw(), c.neg("NEG_ORDER_ID")))

    @t("en")
    def k_s_mailonly(c):
        return ("Please forward the fare-difference invoice to %s and copy %s; the agent who issued it signed as %s."
                % (c.email(), c.email(), c.neg("NEG_TITLECASE")))

    @t("en")
    def k_s_negonly(c):
        return ("Nothing sensitive here: release %s was tagged from commit %s at %s, and the export job %s produced %s rows. Claim %s stays open."
                % (c.neg("NEG_VERSION"), c.neg("NEG_HASH"), c.neg("NEG_TIMESTAMP"), c.neg("NEG_UUID"), c.neg("NEG_NUMBER"), c.neg("NEG_ORDER_ID")))

    @t("en")
    def k_s_negonly2(c):
        return ("The seat map service on %s was redeployed at %s; dependency %s pinned, payload digest %s. The reference %s printed on the voucher is a gift code, not a card."
                % (c.neg("NEG_VERSION"), c.neg("NEG_TIMESTAMP"), c.neg("NEG_EMAILLIKE"), c.neg("NEG_B64"), c.neg("NEG_CARDLIKE")))

    @t("en")
    def k_s_ssn(c):
        if c.loc != "en_US":
            return ("The tenant screening for %s came back clear; contact number on file %s." % (c.person(), c.phone()))
        return ("The benefits office matched SSN %s to %s. The determination letter is dated %s." % (c.ssn(), c.person(), c.neg("NEG_DATE")))

    @t("en")
    def k_s_transport(c):
        return ("Non-emergency transport is booked for %s (%s %s) on %s; pick-up from the ward entrance." % (c.person(), r_cue(c), c.mrn(), c.neg("NEG_DATE")))

    @t("en")
    def k_s_ip(c):
        return ("The modem's management interface is reachable on %s from the support VPN; request %s at %s." % (c.ip4(), c.neg("NEG_UUID"), c.neg("NEG_TIMESTAMP")))

    @t("en")
    def k_s_agent(c):
        return ("Tool output (fetch_account): status=active, owner=%s, api_token=%s, last_seen=%s" % (c.email(), c.key(), c.neg("NEG_TIMESTAMP")))

    @t("en")
    def k_s_ci(c):
        return ("The CI log shows the runner exporting `SLACK_BOT=%s` before the %s step; mask it and re-run. Pipeline %s."
                % (c.key("slack"), c.neg("NEG_TITLECASE"), c.neg("NEG_UUID")))

    @t("en")
    def k_s_kid(c):
        return ("The junior league registration for %s lists date of birth %s; the guardian's mobile is %s." % (c.person(), c.dob(), c.phone()))

    @t("en")
    def k_s_decline(c):
        return ("The donation did not go through: card %s was declined by the issuer. A second attempt with %s failed validation. Batch %s."
                % (c.card(), c.neg("NEG_CARDLIKE"), c.neg("NEG_ORDER_ID")))

    @t("ru")
    def k_ru_short(c):
        return ("ИНН организации %s, ответственный за договор — %s, e-mail %s." % (c.inn(), c.person(), c.email()))

    @t("de")
    def k_de_short(c):
        return ("Ihr neues Passwort für das Kundenportal lautet %s. Bitte ändern Sie es nach der ersten Anmeldung (Vorgang %s)." % (c.pw(), c.neg("NEG_ORDER_ID")))

    @t("fr")
    def k_fr_short(c):
        return ("Le jeton d'accès %s a été publié par erreur dans le ticket %s ; merci de le révoquer." % (c.key(), c.neg("NEG_ORDER_ID")))

    @t("de")
    def k_de_miete(c):
        return ("Gerne fasse ich den Fall zusammen: %s, geboren am %s, wohnhaft %s. Die Rückzahlung erfolgt auf %s. "
                "Rückfragen bitte an %s oder telefonisch unter %s. Aktenzeichen %s." % (c.person(), c.dob(), c.street(), c.iban(), c.email(), c.phone(), c.neg("NEG_ORDER_ID")))

    @t("de")
    def k_de_tarif(c):
        return ("Ihr Mobilfunkvertrag wurde umgestellt. Inhaber: %s, Rufnummer %s. Die Abbuchung läuft über die Karte %s. Stand: %s."
                % (c.person(), c.phone(), c.card(), c.neg("NEG_DATE")))

    @t("de")
    def k_de_pflege(c):
        return ("Pflegedokumentation: %s (Patienten-ID %s, geb. %s) wurde heute besucht. Angehörige: %s, %s. Nächster Termin %s."
                % (c.person(), c.mrn(), c.dob(), c.person(), c.phone(), c.neg("NEG_DATE")))

    @t("fr")
    def k_fr_dossier(c):
        return ("Voici le résumé du dossier : %s, né(e) le %s, demeurant %s. Le remboursement sera versé sur %s. "
                "Contact : %s, %s. Référence %s." % (c.person(), c.dob(), c.street(), c.iban(), c.email(), c.phone(), c.neg("NEG_ORDER_ID")))

    @t("fr")
    def k_fr_fidelite(c):
        return ("Votre compte fidélité est à jour. Titulaire : %s ; carte de paiement %s ; adresse de connexion %s. Dernière synchronisation %s."
                % (c.person(), c.card(), c.ip4(), c.neg("NEG_TIMESTAMP")))

    @t("fr")
    def k_fr_soin(c):
        return ("Compte rendu de visite à domicile pour %s (n° de dossier %s, née le %s). Le médecin traitant joignable au %s."
                % (c.person(), c.mrn(), c.dob(), c.phone()))

    @t("ru")
    def k_ru_anketa(c):
        return ("Анкета заявителя: %s, дата рождения %s, паспорт %s, СНИЛС %s, ИНН %s. Адрес регистрации: %s. Телефон %s."
                % (c.person(), c.dob(), c.passport(), c.snils(), c.inn(), c.street(), c.phone()))

    @t("ru")
    def k_ru_svyaz(c):
        return ("Абонент %s обратился в поддержку провайдера. Внешний адрес %s, почта %s. Номер заявки %s от %s."
                % (c.person(), c.ip4(), c.email(), c.neg("NEG_ORDER_ID"), c.neg("NEG_DATE")))

    @t("ru")
    def k_ru_pens(c):
        return ("Пенсионное дело: получатель %s, СНИЛС %s. Выплаты перечисляются на счёт %s. Версия формы %s."
                % (c.person(), c.snils(), c.iban(), c.neg("NEG_VERSION")))

    return T


def r_cue(c):
    return c.r.choice(["MRN", "record no.", "case number", "patient ID", "hospital no."])


# ---------------------------------------------------------------------------- JSON templates
# each returns a Python object whose leaf strings may contain placeholders (depth 1 = inside a JSON string)


def json_templates():
    T = []

    def t(f):
        T.append((f.__name__, f))
        return f

    @t
    def j_court_docket(c):
        parties = []
        for role in c.r.sample(["plaintiff", "defendant", "witness", "guardian_ad_litem"], c.r.randint(1, 3)):
            p = {"role": role, "party_name": c.person(depth=1), "born": c.dob(depth=1)}
            if c.r.random() < 0.6:
                p["service_address"] = {"street": c.street(city=False, depth=1), "locality": c.D.ig(c.fk.city(), 1)}
            if c.r.random() < 0.5:
                p["reach"] = {"tel": c.phone(depth=1)}
            parties.append(p)
        return {"docket": {"number": c.neg("NEG_ORDER_ID", 1), "filed": c.neg("NEG_TIMESTAMP", 1), "parties": parties,
                           "clerk_note": c.neg("NEG_TITLECASE", 1)}}

    @t
    def j_isp_diag(c):
        return {"cpe": {"serial": c.neg("NEG_HASH", 1), "fw": c.neg("NEG_VERSION", 1)},
                "wan": {"v4": c.ip4(depth=1), "v6": c.ip6(depth=1), "lease_until": c.neg("NEG_TIMESTAMP", 1)},
                "subscriber": {"display": c.person(depth=1), "callback": c.phone(depth=1), "contact_mail": c.email(depth=1)},
                "ppp": {"username": "u" + digits(c.r, 7), "secret": c.pw("password", depth=1)}}

    @t
    def j_loyalty(c):
        seg = [{"flight": "%s%d" % (c.r.choice(["LX", "AF", "SU", "BA", "LH", "UA"]), c.r.randint(10, 9999)),
                "on": c.neg("NEG_DATE", 1), "miles": c.r.randint(200, 5000)} for _ in range(c.r.randint(1, 3))]
        return {"member": {"tier": "GOLD", "holder": c.person(depth=1), "dob": c.dob(depth=1), "email": c.email(depth=1)},
                "segments": seg, "payment": {"pan": c.card(depth=1)}, "pnr": c.neg("NEG_ORDER_ID", 1)}

    @t
    def j_visa_case(c):
        lab, tok = c.id_block(depth=1)
        return {"case": {"id": c.neg("NEG_UUID", 1), "stage": "biometrics",
                         "applicant": {"given_and_family": c.person(depth=1), "birth_date": c.dob(depth=1), lab.lower(): tok},
                         "sponsor": {"name": c.person(depth=1), "mobile": c.phone(depth=1)},
                         "history": [{"at": c.neg("NEG_TIMESTAMP", 1), "event": "submitted"}]}}

    @t
    def j_admissions(c):
        apps = []
        for _ in range(c.r.randint(2, 3)):
            apps.append({"candidate": c.person(depth=1), "contact": {"e": c.email(depth=1)}, "score": round(c.r.uniform(50, 99), 1),
                         "submitted": c.neg("NEG_TIMESTAMP", 1)})
        return {"intake": c.r.randint(2025, 2027), "applications": apps, "programme": c.neg("NEG_TITLECASE", 1)}

    @t
    def j_benefit(c):
        d = {"claimant": {"n": c.person(depth=1), "d_o_b": c.dob(depth=1)}, "payee_account": c.iban(depth=1),
             "award": {"weekly": c.neg("NEG_NUMBER", 1), "from": c.neg("NEG_DATE", 1)}}
        if c.loc == "en_US":
            d["claimant"]["ssn"] = c.ssn(depth=1)
        elif c.loc == "ru_RU":
            d["claimant"]["snils"] = c.snils(depth=1)
        return d

    @t
    def j_utility_bill(c):
        return {"bill": {"ref": c.neg("NEG_ORDER_ID", 1), "issued": c.neg("NEG_DATE", 1),
                         "account_holder": c.person(depth=1), "supply_point": c.street(depth=1),
                         "mandate": {"iban": c.iban(depth=1), "signed": c.neg("NEG_TIMESTAMP", 1)}}}

    @t
    def j_dispute(c):
        return {"dispute": {"thread": [
            {"from": "buyer", "who": c.person(depth=1), "text": "Item never arrived, please refund to my card %s." % c.card(depth=1)},
            {"from": "seller", "text": "Tracking shows delivered at %s, contact me at %s." % (c.neg("NEG_TIMESTAMP", 1), c.email(depth=1))},
            {"from": "agent", "text": "Case %s opened." % c.neg("NEG_ORDER_ID", 1)}]}}

    @t
    def j_tool_args(c):
        args = {"applicant": c.person(), "phone": c.phone(), "email": c.email()}
        inner = json.dumps(args, ensure_ascii=False)
        # placeholders inside the inner JSON are at depth 2 once the outer document is serialised
        for tok in list(c.D.items):
            if tok in inner:
                c.D.items[tok]["depth"] = 2
        return {"step": c.r.randint(1, 9), "invoke": {"fn": "schedule_interview", "arguments": inner}, "trace": c.neg("NEG_UUID", 1)}

    @t
    def j_ride(c):
        return {"trip": {"uuid": c.neg("NEG_UUID", 1), "rider": {"nm": c.person(depth=1), "ph": c.phone(depth=1)},
                         "driver_ip": c.ip4(depth=1), "pickup": c.street(depth=1), "flag": "safety_review"}}

    @t
    def j_secrets(c):
        k = c.r.random()
        cfg = {"service": "donor-portal", "rev": c.neg("NEG_HASH", 1)}
        if k < 0.3:
            cfg["signing_key_pem"] = c.pem(depth=1)
        elif k < 0.55:
            cfg["session"] = {"bearer": c.jwt(depth=1)}
        elif k < 0.8:
            cfg["dsn"] = c.url_pw(depth=1)
        else:
            cfg["vendors"] = {"maps": c.key("google_api", depth=1), "vcs": c.key(depth=1)}
        return cfg

    @t
    def j_member_list(c):
        mem = []
        for _ in range(c.r.randint(2, 4)):
            m = {"name": c.person(depth=1), "joined": c.neg("NEG_DATE", 1)}
            if c.r.random() < 0.6:
                m["born"] = c.dob(depth=1)
            if c.r.random() < 0.6:
                m["tel"] = c.phone(depth=1)
            mem.append(m)
        return {"club": c.neg("NEG_TITLECASE", 1), "members": mem}

    @t
    def j_care_visits(c):
        return {"visits": [{"client_ref": c.mrn(depth=1), "client": c.person(depth=1), "dob": c.dob(depth=1),
                            "visit_at": c.neg("NEG_TIMESTAMP", 1), "notes": "Carer %s noted no issues." % c.person(depth=1)}]}

    @t
    def j_event_log(c):
        ev = []
        for _ in range(c.r.randint(3, 6)):
            k = c.r.random()
            if k < 0.25:
                m = "token refresh ok bearer=%s" % c.jwt(depth=1)
            elif k < 0.45:
                m = "upstream auth with key %s" % c.key(depth=1)
            elif k < 0.6:
                m = "login %s from %s" % (c.email(depth=1), c.ip4(depth=1))
            elif k < 0.7:
                m = "peer %s connected" % c.ip6(depth=1)
            else:
                m = "job %s finished" % c.neg("NEG_UUID", 1)
            ev.append({"t": c.neg("NEG_TIMESTAMP", 1), "sev": c.r.choice(["info", "warn", "error"]), "line": m})
        return {"stream": "isp-edge", "events": ev}

    @t
    def j_oauth(c):
        return {"access_token": c.jwt(depth=1), "token_type": "Bearer", "expires_in": 3600,
                "refresh_token": c.key(c.r.choice(["github_other", "stripe", "openai_like"]), depth=1),
                "account": {"login": c.email(depth=1)}}

    @t
    def j_referral(c):
        return {"referral": {"patient": {"record": c.mrn(depth=1), "fullname": c.person(depth=1), "dob": c.dob(depth=1)},
                             "referrer_phone": c.phone(depth=1), "received": c.neg("NEG_TIMESTAMP", 1)}}

    @t
    def j_ru_hr(c):
        return {"sotrudnik": {"fio": c.person(depth=1), "pasport": c.passport(depth=1), "snils": c.snils(depth=1),
                              "inn": c.inn(depth=1), "tel": c.phone(depth=1)}, "otdel": c.neg("NEG_TITLECASE", 1)}

    @t
    def j_contacts(c):
        return {"contacts": [{"label": c.r.choice(["billing", "ops", "legal"]), "mail": c.email(depth=1), "tel": c.phone(depth=1)}
                             for _ in range(c.r.randint(1, 3))], "refs": [c.neg("NEG_ORDER_ID", 1)]}

    @t
    def j_payout(c):
        seller = {"shop_owner": c.person(depth=1), "payout_iban": c.iban(depth=1), "fallback_card": c.card(depth=1)}
        if c.loc == "en_US":
            seller["tax_ssn"] = c.ssn(depth=1)
        return {"marketplace_payout": {"seller": seller, "cycle": c.neg("NEG_DATE", 1), "gross": c.neg("NEG_NUMBER", 1)}}

    @t
    def j_inn_numbers(c):
        v, s = inn(c.r)
        return {"org": {"title": c.neg("NEG_TITLECASE", 1), "inn": c.D.e("RU_INN", v, s + "_json_number", raw=True),
                        "director": c.person(depth=1), "director_email": c.email(depth=1)}}

    return T


def serialise(c, obj):
    if c.r.random() < 0.5:
        return json.dumps(obj, ensure_ascii=False, indent=c.r.choice([2, 4]))
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":") if c.r.random() < 0.5 else (", ", ": "))


# ---------------------------------------------------------------------------- doc kinds

CHAT = chat_templates()
JSONT = json_templates()


CHAT_W = {"k_config": 3, "k_token": 3, "k_s_macro": 2, "k_s_wifi": 2, "k_s_agent": 3, "k_s_ci": 2, "k_de_short": 2,
          "k_fr_short": 2, "k_homecare": 2, "k_s_transport": 2, "k_de_pflege": 2, "k_fr_soin": 2, "k_s_ssn": 4,
          "k_ru_short": 2, "k_ru_anketa": 2, "k_s_mailonly": 2, "k_s_decline": 2, "k_pension": 2,
          "k_utility": 2, "k_airline": 2}
JSON_W = {"j_secrets": 4, "j_event_log": 4, "j_oauth": 3, "j_referral": 3, "j_care_visits": 2, "j_ru_hr": 3,
          "j_contacts": 2, "j_tool_args": 2, "j_payout": 3}


def pick_chat(c):
    lang = c.lang
    pool = [x for x in CHAT if x[0] == lang]
    en = [x for x in CHAT if x[0] == "en" and (x[1] != "k_ruid" or c.loc == "ru_RU" or c.r.random() < 0.2)]
    src = pool if (pool and c.r.random() < 0.45) else en
    return wchoice(c.r, [(x, CHAT_W.get(x[1], 1)) for x in src])


def pick_json(c, allow_raw=True):
    while True:
        name, f = wchoice(c.r, [(x, JSON_W.get(x[0], 1)) for x in JSONT])
        if name == "j_inn_numbers" and not allow_raw:
            continue
        if name in ("j_inn_numbers", "j_ru_hr") and c.loc != "ru_RU" and c.r.random() < 0.85:
            continue
        return name, f


def make_chat(c):
    lang, name, f = pick_chat(c)
    body = f(c)
    r = c.r
    filled = False
    if r.random() < 0.5:
        body = c.filler(1) + " " + body
        filled = True
    if r.random() < 0.5:
        body += "\n\n" + c.filler(r.randint(1, 2))
        filled = True
    # lang: language of the prose around the values (locale filler or a locale-language template)
    return body, "chat." + name, (c.lang if filled else lang)


def make_json(c):
    name, f = pick_json(c)
    if name != "j_inn_numbers" and c.r.random() < 0.55:
        obj = {"page": c.r.randint(1, 9), "items": [f(c) for _ in range(c.r.randint(2, 3))]}
    else:
        obj = f(c)
    return serialise(c, obj), "json." + name, c.lang


def make_json4k(c):
    r = c.r
    recs = []
    pretty = r.random() < 0.3
    while True:
        name, f = pick_json(c, allow_raw=False)
        recs.append({"kind": name[2:], "payload": f(c), "seen": c.neg("NEG_TIMESTAMP", 1)})
        s = json.dumps({"export": recs}, ensure_ascii=False, indent=2 if pretty else None)
        if len(c.D.render(s)[0]) > 3700:
            break
        if r.random() < 0.3:
            recs.append({"kind": "heartbeat", "id": c.neg("NEG_UUID", 1), "v": c.neg("NEG_VERSION", 1)})
    obj = {"batch": {"source": r.choice(["care-hub", "loyalty-core", "court-efile", "isp-ops"]), "records": recs}}
    txt = json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None, separators=None if pretty else (",", ":"))
    return txt, "json4k.batch", c.lang


def make_text4k(c, target=3900, fill=0.45):
    r = c.r
    parts = ["## " + r.choice(["Quarterly casework digest", "Escalations review", "Field operations notes", "Membership audit"]), ""]
    n = 0
    while len(c.D.render("\n\n".join(parts))[0]) < target:
        if r.random() < fill:
            parts.append(c.filler(r.randint(2, 4)))
        else:
            _, name, f = pick_chat(c)
            parts.append(f(c))
        if r.random() < 0.2:
            n += 1
            parts.append("### Section %d" % n)
    return "\n\n".join(parts), "text4k.digest", c.lang


OBF = []


def obf_t(f):
    OBF.append(f)
    return f


def oe(c, typ, v, sub, mode):
    r = c.r
    if mode == "zero_width":
        w = ob_zw(r, v)
    elif mode == "homoglyph":
        w = ob_hg(r, v)
        if w is None:
            w, mode = ob_zw(r, v), "zero_width"
    elif mode == "fullwidth":
        w = ob_fw(v)
    elif mode == "spaced":
        w = ob_sp(v)
    elif mode == "spelled":
        w = ob_spell(v)
    else:
        raise ValueError(mode)
    return c.D.e(typ, w, sub, obf=mode)


@obf_t
def o_card(c):
    brand = wchoice(c.r, BRANDS)
    num = card_number(c.r, brand)
    mode = c.r.choice(["fullwidth", "spaced", "zero_width", "dotted"])
    if mode == "dotted":
        v = group_card(num, ".", "x")
        tok = c.D.e("CREDIT_CARD", v, brand, obf="dotted")
    else:
        tok = oe(c, "CREDIT_CARD", group_card(num, c.r.choice([" ", None]), "x"), brand, mode)
    return "For the chargeback form, the member read out the card as %s." % tok


@obf_t
def o_email(c):
    u = c.fe.user_name()
    dom = c.r.choice(["example.com", "example.org", "example.net"])
    mode = c.r.choice(["words", "homoglyph", "fullwidth", "zero_width"])
    if mode == "words":
        a, b = dom.split(".")
        v = "%s %s %s %s %s" % (u, c.r.choice(["[at]", "(at)", "AT", "at"]), a, c.r.choice(["[dot]", "(dot)", "DOT", "dot"]), b)
        tok = c.D.e("EMAIL", v, obf="words")
    else:
        tok = oe(c, "EMAIL", "%s@%s" % (u, dom), None, mode)
    return "To stop the scrapers the donor wrote their address as %s in the form." % tok


@obf_t
def o_phone(c):
    v, s = phone(c.r, c.loc)
    mode = c.r.choice(["spaced", "spelled", "fullwidth", "zero_width"])
    t1 = oe(c, "PHONE", v, s, mode)
    pv = c.person()
    it = c.D.items[pv]
    m2 = c.r.choice(["spaced", "homoglyph", "zero_width"])
    w = ob_hg(c.r, it["value"]) if m2 == "homoglyph" else None
    if m2 == "homoglyph" and w is None:
        m2 = "spaced"
    if m2 == "spaced":
        w = ob_sp(it["value"])
    elif m2 == "zero_width":
        w = ob_zw(c.r, it["value"])
    it["value"], it["obf"] = w, m2
    return "Passenger hotline note - ring %s, booking under %s." % (t1, pv)


@obf_t
def o_ip(c):
    v = ipv4(c.r)
    mode = c.r.choice(["defang", "defang", "fullwidth", "zero_width"])
    if mode == "defang":
        tok = c.D.e("IPV4", v.replace(".", c.r.choice(["[.]", "(.)", "[dot]"])), obf="defang")
    else:
        tok = oe(c, "IPV4", v, None, mode)
    return "Abuse desk: the scanner traffic originated at %s, logged %s." % (tok, c.neg("NEG_TIMESTAMP"))


@obf_t
def o_ruids(c):
    out = []
    for typ, fn in (("RU_PASSPORT", passport), ("RU_SNILS", snils), ("RU_INN", inn)):
        v, s = fn(c.r)
        out.append(oe(c, typ, v, s, c.r.choice(["spaced", "fullwidth", "zero_width"])))
    return "Данные из скана: паспорт %s; СНИЛС %s; ИНН %s." % tuple(out)


@obf_t
def o_key(c):
    v, s = api_key(c.r, c.r.choice(["aws_access_key_id", "slack", "github_pat_classic", "stripe", "google_api", "gitlab", "openai_like"]))
    tok = oe(c, "API_KEY", v, s, c.r.choice(["zero_width", "homoglyph", "fullwidth"]))
    return "Pasted from the chat widget: %s (rotate immediately)." % tok


@obf_t
def o_iban(c):
    v, s = iban(c.r, c.r.choice(IBAN_BY_LOC[c.loc]))
    tok = oe(c, "IBAN", v, s, c.r.choice(["spaced", "fullwidth", "zero_width"]))
    return "Refund destination as typed by the customer: %s." % tok


@obf_t
def o_ssn(c):
    v, s = ssn(c.r)
    mode = c.r.choice(["spaced", "spelled", "fullwidth", "zero_width", "dotted"])
    if mode == "dotted":
        d = v.replace("-", "").replace(" ", "")
        tok = c.D.e("US_SSN", "%s.%s.%s" % (d[:3], d[3:5], d[5:]), s, obf="dotted")
    else:
        tok = oe(c, "US_SSN", v, s, mode)
    return "Benefits intake: applicant gave SSN %s over the phone." % tok


def make_obf(c):
    r = c.r
    fs = r.sample(OBF, r.randint(1, 2))
    if c.loc != "ru_RU" and o_ruids in fs and r.random() < 0.6:
        fs = [f for f in fs if f is not o_ruids] or [o_card]
    body = " ".join(f(c) for f in fs)
    return body, "obf." + "+".join(f.__name__ for f in fs), "en"


def chunks_of(r, text):
    out, i = [], 0
    while i < len(text):
        k = r.randint(1, 16)
        out.append(text[i:i + k])
        i += k
    return out


# ---------------------------------------------------------------------------- driver

SHAPES = [("chat", 190), ("json", 106), ("stream", 53), ("obfuscated", 53), ("json4k", 32), ("text4k", 21), ("long64k", 1)]
STREAM_BASE = [("chat", 48), ("json", 27), ("text4k", 20), ("obfuscated", 5)]


def build(c, shape):
    if shape == "chat":
        t, tpl, lang = make_chat(c)
        fmt = "text"
    elif shape == "json":
        t, tpl, lang = make_json(c)
        fmt = "json"
    elif shape == "json4k":
        t, tpl, lang = make_json4k(c)
        fmt = "json"
    elif shape == "text4k":
        t, tpl, lang = make_text4k(c)
        fmt = "text"
    elif shape == "long64k":
        t, tpl, lang = make_text4k(c, target=62000, fill=0.8)
        tpl = "long64k.digest"
        fmt = "text"
    else:
        t, tpl, lang = make_obf(c)
        fmt = "text"
    return t, tpl, lang, fmt


def check(doc):
    t = doc["text"]
    spans = []
    for e in doc["entities"]:
        assert t[e["start"]:e["end"]] == e["value"], (doc["id"], e)
        assert e["end"] > e["start"]
        if "core" in e:
            assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"], (doc["id"], e)
        spans.append((e["start"], e["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], "overlap", a, b)
    for n in doc["negatives"]:
        assert t[n["start"]:n["end"]] == n["value"], (doc["id"], n)
        for s, e in spans:
            assert n["end"] <= s or n["start"] >= e, (doc["id"], "neg overlaps entity", n)
    for s, e in doc["ignore"]:
        for a, b in spans:
            assert e <= a or s >= b, (doc["id"], "ignore overlaps entity")
    if doc["format"] == "json":
        json.loads(t)
    if doc["shape"] == "stream":
        assert "".join(doc["chunks"]) == t
        assert all(1 <= len(ch) <= 16 for ch in doc["chunks"])
    if doc["shape"] != "obfuscated" and doc.get("base_shape") != "obfuscated":
        for e in doc["entities"]:
            if e["type"] == "CREDIT_CARD":
                d = "".join(ch for ch in e["value"] if ch.isdigit())
                assert luhn_ok(d), e
    assert "\u27e6" not in t and "\u27e7" not in t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1414)
    ap.add_argument("--out", default="/tmp/probe_k.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    Faker.seed(a.seed)
    docs = []
    plan = []
    for shape, n in SHAPES:
        for i in range(n):
            plan.append(shape)
    for idx, shape in enumerate(plan):
        loc = wchoice(r, list(zip(LOCALES, LOC_W)))
        sr = random.Random("%d-%d" % (a.seed, idx))
        c = Ctx(sr, loc)
        base = None
        if shape == "stream":
            base = wchoice(sr, STREAM_BASE)
            t, tpl, lang, fmt = build(c, base)
        else:
            t, tpl, lang, fmt = build(c, shape)
        text, ents, negs, ign = c.D.render(t)
        doc = {"id": "probek-%s-%04d" % (shape, idx), "split": "probe_k", "shape": shape}
        if base:
            doc["base_shape"] = base
        doc.update({"format": fmt, "locale": loc, "lang": lang, "template": tpl, "text": text})
        if base:
            doc["chunks"] = chunks_of(sr, text)
        doc.update({"entities": ents, "negatives": negs, "ignore": ign})
        check(doc)
        docs.append(doc)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d docs to %s" % (len(docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
