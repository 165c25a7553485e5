#!/usr/bin/env python3
"""Held-out probe H for the PII redaction engine (bench/pii schema, see /work/shared/pii-bench/README.md).

Written independently of the engine, of its tests and of the earlier probes: the sentence templates and the
JSON shapes below were composed from general knowledge of where model outputs carry PII (support-ticket
exports, CRM notes, HR onboarding mail, insurance claims, pharmacy/lab messages, order confirmations, CI logs,
Kubernetes secrets, OpenAPI examples, GraphQL edges, Elasticsearch hits, CSV/markdown tables, mail headers,
vCards, voicemail transcripts).  Identifier values come from Faker (per locale, names/streets/filler) and from
format knowledge with valid checksums (Luhn, mod-97, SNILS, INN, NHS mod-11, SSN rules).

Usage:  PYTHONPATH=/tmp/faker-site python make_probe_h.py --out /tmp/probe_h.jsonl [--seed 8080]
Deterministic per seed; dates are drawn from fixed ranges.  The generator self-checks every offset.
"""
import argparse
import base64
import datetime
import json
import random
import re
import string
import sys

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALNUM = string.ascii_letters + string.digits
B64C = ALNUM + "+/"


# ------------------------------------------------------------------------------------------------
# fragments: a list of (text, label) segments; label None = plain text
# ------------------------------------------------------------------------------------------------
class Frag(object):
    def __init__(self):
        self.segs = []

    def t(self, s):
        if s:
            self.segs.append((s, None))
        return self

    def e(self, typ, val, sub=None, obf=None, core=None):
        self.segs.append((val, {"k": "ent", "type": typ, "sub": sub, "obf": obf, "core": core}))
        return self

    def n(self, typ, val):
        self.segs.append((val, {"k": "neg", "type": typ}))
        return self

    def ig(self, val):
        self.segs.append((val, {"k": "ign"}))
        return self

    def add(self, other):
        self.segs.extend(other.segs)
        return self

    def escaped(self):
        """the fragment as the inside of a JSON string (per-segment escaping == whole escaping)"""
        out = Frag()
        for s, lab in self.segs:
            es = esc(s)
            if lab and lab.get("core"):
                cs, ce = lab["core"]
                lab = dict(lab)
                lab["core"] = (len(esc(s[:cs])), len(esc(s[:ce])))
            out.segs.append((es, lab))
        return out

    def render(self):
        text, ents, negs, ign, pos = [], [], [], [], 0
        for s, lab in self.segs:
            if lab:
                if lab["k"] == "ent":
                    d = {"type": lab["type"], "start": pos, "end": pos + len(s), "value": s}
                    if lab["sub"]:
                        d["sub"] = lab["sub"]
                    if lab["obf"]:
                        d["obf"] = lab["obf"]
                    if lab["core"]:
                        d["core"] = [pos + lab["core"][0], pos + lab["core"][1]]
                    ents.append(d)
                elif lab["k"] == "neg":
                    negs.append({"type": lab["type"], "start": pos, "end": pos + len(s), "value": s})
                else:
                    ign.append([pos, pos + len(s)])
            text.append(s)
            pos += len(s)
        return "".join(text), ents, negs, ign


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class JS(object):
    """a JSON string leaf whose content is a fragment"""

    def __init__(self, frag):
        self.frag = frag


class JN(object):
    """a JSON number leaf carrying an entity or a negative"""

    def __init__(self, digits, typ, sub=None, neg=False):
        self.digits, self.typ, self.sub, self.neg = digits, typ, sub, neg


def ser(obj, out, indent, level, sep):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    endpad = "" if indent is None else "\n" + " " * (indent * level)
    if isinstance(obj, dict):
        if not obj:
            out.t("{}")
            return
        out.t("{")
        for i, (k, v) in enumerate(obj.items()):
            out.t(("," if i else "") + pad + json.dumps(k, ensure_ascii=False) + sep)
            ser(v, out, indent, level + 1, sep)
        out.t(endpad + "}")
    elif isinstance(obj, list):
        if not obj:
            out.t("[]")
            return
        out.t("[")
        for i, v in enumerate(obj):
            out.t(("," if i else "") + pad)
            ser(v, out, indent, level + 1, sep)
        out.t(endpad + "]")
    elif isinstance(obj, JS):
        out.t('"').add(obj.frag.escaped()).t('"')
    elif isinstance(obj, JN):
        if obj.neg:
            out.n(obj.typ, obj.digits)
        else:
            out.e(obj.typ, obj.digits, obj.sub)
    elif isinstance(obj, Frag):
        out.t('"').add(obj.escaped()).t('"')
    else:
        out.t(json.dumps(obj, ensure_ascii=False))


def to_json(obj, rng):
    style = rng.choice(["pretty2", "pretty4", "compact", "spaced"])
    out = Frag()
    if style == "pretty2":
        ser(obj, out, 2, 0, ": ")
    elif style == "pretty4":
        ser(obj, out, 4, 0, ": ")
    elif style == "compact":
        ser(obj, out, None, 0, ":")
    else:
        ser(obj, out, None, 0, ": ")
    return out


def E(typ, val, sub=None, obf=None, core=None):
    return Frag().e(typ, val, sub, obf, core)


def NG(typ, val):
    return Frag().n(typ, val)


def P(s):
    return Frag().t(s)


# ------------------------------------------------------------------------------------------------
# value generators (format knowledge, valid checksums)
# ------------------------------------------------------------------------------------------------
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def digits(rng, n):
    return "".join(rng.choice(string.digits) for k in range(n))


def card(rng):
    kind = rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb", "mir", "unionpay"])
    pre = {"visa": "4", "mastercard": rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))]),
           "amex": rng.choice(["34", "37"]), "discover": rng.choice(["6011", "65"]),
           "jcb": str(rng.randint(3528, 3589)), "mir": "220" + str(rng.randint(0, 4)), "unionpay": "62"}[kind]
    ln = 15 if kind == "amex" else 16
    body = pre + digits(rng, ln - 1 - len(pre))
    num = body + luhn_digit(body)
    if kind == "amex":
        sep = rng.choice([" ", "-", ""])
        return sep.join([num[:4], num[4:10], num[10:]]), kind
    sep = rng.choice([" ", " ", "-", "", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4)), kind


def cardlike_invalid(rng):
    while True:
        body = rng.choice(["4", "5", "3", "6"]) + digits(rng, 15)
        if not luhn_ok(body):
            sep = rng.choice([" ", "-", ""])
            return sep.join(body[i:i + 4] for i in range(0, 16, 4))


IBAN_SPEC = {"DE": "n18", "GB": "a4n14", "FR": "n10c11n2", "ES": "n20", "IT": "a1n10c12", "NL": "a4n10",
             "AT": "n16", "BE": "n12", "CH": "n5c12", "PL": "n24", "IE": "a4n14", "PT": "n21"}


def iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    spec, bban, i = IBAN_SPEC[cc], "", 0
    while i < len(spec):
        kind = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        cnt = int(spec[i + 1:j])
        pool = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
        bban += "".join(rng.choice(pool) for k in range(cnt))
        i = j
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    val = cc + "%02d" % chk + bban
    if rng.random() < 0.55:
        return " ".join(val[k:k + 4] for k in range(0, len(val), 4)), cc + "_grouped"
    return val, cc + "_compact"


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    grp, ser_ = rng.randint(1, 99), rng.randint(1, 9999)
    fmt = rng.choice(["dashed", "dashed", "dashed", "spaced", "plain"])
    a, g, s = "%03d" % area, "%02d" % grp, "%04d" % ser_
    return {"dashed": a + "-" + g + "-" + s, "spaced": a + " " + g + " " + s, "plain": a + g + s}[fmt], fmt


def snils(rng):
    while True:
        body = digits(rng, 9)
        if int(body) > 1001998:
            break
    tot = sum(int(body[i]) * (9 - i) for i in range(9))
    if tot < 100:
        chk = tot
    elif tot in (100, 101):
        chk = 0
    else:
        chk = tot % 101
        if chk == 100:
            chk = 0
    c = "%02d" % chk
    fmt = rng.choice(["formatted", "formatted", "plain", "dashed"])
    return {"formatted": "%s-%s-%s %s" % (body[:3], body[3:6], body[6:], c),
            "dashed": "%s-%s-%s-%s" % (body[:3], body[3:6], body[6:], c), "plain": body + c}[fmt], fmt


def inn(rng, kind=None):
    kind = kind or rng.choice(["inn10", "inn12"])
    reg = "%02d" % rng.choice([77, 78, 50, 52, 54, 16, 66, 23, 61, 2, 74, 63])
    if kind == "inn10":
        b = reg + digits(rng, 7)
        w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
        return b + str(sum(int(b[i]) * w[i] for i in range(9)) % 11 % 10), kind
    b = reg + digits(rng, 8)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    b += str(sum(int(b[i]) * w1[i] for i in range(10)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return b + str(sum(int(b[i]) * w2[i] for i in range(11)) % 11 % 10), kind


def passport_ru(rng):
    ser_ = "%02d%02d" % (rng.choice([45, 46, 40, 50, 60, 65, 71, 92, 3, 18]), rng.randint(0, 24))
    num = "%06d" % rng.randint(100000, 999999)
    fmt = rng.choice(["spaced", "spaced", "series_number", "plain", "numero"])
    return {"spaced": ser_[:2] + " " + ser_[2:] + " " + num, "series_number": ser_ + " " + num, "plain": ser_ + num,
            "numero": ser_[:2] + " " + ser_[2:] + " № " + num}[fmt], fmt


def nhs(rng):
    while True:
        b = digits(rng, 9)
        if b[0] == "0":
            continue
        c = 11 - sum(int(b[i]) * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c != 10:
            n = b + str(c)
            return n[:3] + " " + n[3:6] + " " + n[6:]


def mrn(rng, lang):
    """hospital record numbers in several house formats; returns (value, sub)"""
    k = rng.randrange(9)
    if k == 0:
        return "%08d" % rng.randint(100000, 99999999), "numeric"
    if k == 1:
        return "E%07d" % rng.randint(0, 9999999), "epic_e"
    if k == 2:
        return "%s-%06d-%d" % (rng.choice(["KP", "MG", "CH", "UH", "SJ"]), rng.randint(0, 999999), rng.randint(0, 9)), "site_prefixed"
    if k == 3:
        return nhs(rng), "nhs"
    if k == 4:
        return "%03d-%02d-%02d" % (rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99)), "triplet"
    if k == 5:
        return "%d%09d" % (rng.choice([1, 2, 3, 8]), rng.randint(0, 999999999)), "ipp10"
    if k == 6:
        return "%d/%02d" % (rng.randint(1000, 99999), rng.randint(15, 25)), "slash_year"
    if k == 7:
        return "H%s%06d" % (rng.choice(string.ascii_uppercase), rng.randint(0, 999999)), "alpha_prefixed"
    return "%s%07d" % (rng.choice(["MR", "RX", "PID"]), rng.randint(0, 9999999)), "letters_digits"


def ipv4(rng):
    while True:
        a = rng.choice([rng.randint(11, 223), 10, 172, 192])
        if a in (127,):
            continue
        if a == 172:
            return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
        if a == 192:
            return "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    g = ["%x" % rng.randint(0, 0xffff) for k in range(8)]
    k = rng.randrange(4)
    if k == 0:
        return ":".join(g)
    if k == 1:
        return "2a0%x:%s:%s::%s" % (rng.randint(0, 9), g[1], g[2], g[7])
    if k == 2:
        return "fe80::%s:%s:%s:%s" % (g[4], g[5], g[6], g[7])
    return "2001:%s:%s:%s::%s:%s" % (g[1], g[2], g[3], g[6], g[7])


def rstr(rng, pool, n):
    return "".join(rng.choice(pool) for k in range(n))


def b64url(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(rng, fk):
    hdr = b64url(json.dumps({"alg": rng.choice(["HS256", "RS256", "ES384"]), "typ": "JWT"}).encode())
    pl = b64url(json.dumps({"sub": str(rng.randint(10 ** 6, 10 ** 9)), "email": fk.email(), "iat": rng.randint(1600000000, 1750000000),
                            "scope": "read write"}).encode())
    return hdr + "." + pl + "." + rstr(rng, ALNUM + "-_", 43)


def pem(rng, kind):
    label = {"rsa": "RSA PRIVATE KEY", "ec": "EC PRIVATE KEY", "pkcs8": "PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY",
             "dsa": "DSA PRIVATE KEY"}[kind]
    lines = [rstr(rng, B64C, 64) for k in range(rng.randint(4, 9))]
    lines.append(rstr(rng, B64C, rng.randint(8, 60)) + "==")
    head, tail = "-----BEGIN %s-----\n" % label, "\n-----END %s-----" % label
    body = "\n".join(lines)
    return head + body + tail, (len(head), len(head) + len(body))


def secret(rng, fk, kind=None):
    """returns (value, sub, core)"""
    kind = kind or rng.choice(["aws_id", "aws_secret", "ghp", "gh_fine", "gho", "slack_bot", "slack_webhook", "stripe", "google", "gitlab",
                               "openai", "anthropic", "hf", "npm", "sendgrid", "jwt", "azure_key", "pem", "password"])
    if kind == "aws_id":
        return rng.choice(["AKIA", "ASIA"]) + rstr(rng, B32, 16), "aws_access_key_id", None
    if kind == "aws_secret":
        return rstr(rng, B64C, 40), "aws_secret_key", None
    if kind == "ghp":
        return "ghp_" + rstr(rng, ALNUM, 36), "github_pat_classic", None
    if kind == "gh_fine":
        return "github_pat_" + rstr(rng, ALNUM, 22) + "_" + rstr(rng, ALNUM, 59), "github_pat_fine", None
    if kind == "gho":
        return rng.choice(["gho_", "ghs_", "ghu_", "ghr_"]) + rstr(rng, ALNUM, 36), "github_other", None
    if kind == "slack_bot":
        return "%s-%d-%d-%s" % (rng.choice(["xoxb", "xoxp"]), rng.randint(10 ** 10, 10 ** 12), rng.randint(10 ** 10, 10 ** 12),
                                rstr(rng, ALNUM, 24)), "slack", None
    if kind == "slack_webhook":
        v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(rng, B32[:26] + "0123456789", 8), rstr(rng, B32[:26] + "0123456789", 10),
                                                             rstr(rng, ALNUM, 24))
        return v, "slack_webhook", (v.index("/T"), len(v))
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_test_"]) + rstr(rng, ALNUM, rng.choice([24, 34, 99])), "stripe", None
    if kind == "google":
        return "AIza" + rstr(rng, ALNUM + "-_", 35), "google_api", None
    if kind == "gitlab":
        return "glpat-" + rstr(rng, ALNUM + "-_", 20), "gitlab", None
    if kind == "openai":
        return rng.choice(["sk-", "sk-proj-", "sk-svcacct-"]) + rstr(rng, ALNUM + "-_", rng.choice([48, 64])), "openai_like", None
    if kind == "anthropic":
        return "sk-ant-api03-" + rstr(rng, ALNUM + "-_", 93) + "AA", "anthropic", None
    if kind == "hf":
        return "hf_" + rstr(rng, string.ascii_letters, 34), "huggingface", None
    if kind == "npm":
        return "npm_" + rstr(rng, ALNUM, 36), "npm", None
    if kind == "sendgrid":
        return "SG." + rstr(rng, ALNUM + "-_", 22) + "." + rstr(rng, ALNUM + "-_", 43), "sendgrid", None
    if kind == "jwt":
        return jwt(rng, fk), "jwt", None
    if kind == "azure_key":
        return rstr(rng, B64C, 86) + "==", "azure_storage_key", None
    if kind == "pem":
        v, core = pem(rng, rng.choice(["rsa", "ec", "pkcs8", "openssh", "dsa"]))
        return v, "pem_private_key", core
    return password(rng), "password", None


def password(rng):
    k = rng.randrange(4)
    if k == 0:
        return rstr(rng, ALNUM + "!#%&*+-=?^_~", rng.randint(12, 24))
    if k == 1:
        return rng.choice(["Winter", "Sommer", "Paris", "Moscow", "Dragon", "Sunshine", "Bastille"]) + str(rng.randint(1960, 2026)) + \
            rng.choice(["!", "#", "$", "?", "%"])
    if k == 2:
        return "-".join(rng.choice(["correct", "horse", "battery", "staple", "orbit", "velvet", "cactus", "tundra", "mango"])
                        for j in range(3)) + str(rng.randint(1, 99))
    return rstr(rng, ALNUM, 6) + rng.choice(["@", "$", "!"]) + rstr(rng, ALNUM, 8)


def url_password(rng):
    """a password as it can stand unescaped in a URL's userinfo"""
    while True:
        v = password(rng)
        if not any(ch in v for ch in "@:/?#%[]"):
            return v


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]}


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fmt_date(rng, d, loc):
    lang = LANG[loc]
    k = rng.randrange(3)
    if k == 0:
        return d.isoformat()
    if loc == "en_US":
        return "%d/%d/%d" % (d.month, d.day, d.year) if k == 1 else "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    if loc == "en_GB":
        return "%02d/%02d/%d" % (d.day, d.month, d.year) if k == 1 else "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year)
    if lang in ("de", "ru"):
        if k == 1:
            return "%02d.%02d.%d" % (d.day, d.month, d.year)
        return ("%d. %s %d" if lang == "de" else "%d %s %d") % (d.day, MONTHS[lang][d.month - 1], d.year)
    return "%02d/%02d/%d" % (d.day, d.month, d.year) if k == 1 else "%d %s %d" % (d.day, MONTHS["fr"][d.month - 1], d.year)


def dob(rng, loc):
    return fmt_date(rng, rand_date(rng, 1936, 2006), loc)


def phone(rng, loc):
    k = rng.randrange(5)
    if loc == "en_US":
        a, b, c = rng.randint(201, 989), rng.randint(200, 999), rng.randint(0, 9999)
        f = ["(%d) %d-%04d", "%d.%d.%04d", "+1-%d-%d-%04d", "1 (%d) %d-%04d", "+1 %d %d %04d"][k]
        return f % (a, b, c), "US"
    if loc == "en_GB":
        return [lambda: "07%d %06d" % (rng.randint(100, 999), rng.randint(0, 999999)),
                lambda: "+44 7%d %06d" % (rng.randint(100, 999), rng.randint(0, 999999)),
                lambda: "020 %d %04d" % (rng.randint(3000, 8999), rng.randint(0, 9999)),
                lambda: "+44 (0)%d %d %04d" % (rng.choice([113, 114, 115, 116, 117, 118, 121, 131, 141, 161]), rng.randint(200, 999), rng.randint(0, 9999)),
                lambda: "01%d %06d" % (rng.randint(200, 999), rng.randint(0, 999999))][k](), "GB"
    if loc == "de_DE":
        return [lambda: "01%d %d" % (rng.choice([51, 52, 57, 60, 62, 70, 71, 76]), rng.randint(1000000, 99999999)),
                lambda: "+49 1%d %d %d" % (rng.choice([51, 52, 57, 60, 70, 76]), rng.randint(100, 9999), rng.randint(1000, 9999)),
                lambda: "(0%d) %d" % (rng.choice([30, 40, 69, 89, 221, 211, 711, 341]), rng.randint(100000, 9999999)),
                lambda: "+49-%d-%d" % (rng.choice([30, 40, 69, 89, 221, 511]), rng.randint(1000000, 99999999)),
                lambda: "0049 %d %d" % (rng.choice([30, 40, 69, 89, 228, 351]), rng.randint(100000, 9999999))][k](), "DE"
    if loc == "fr_FR":
        g = [rng.randint(0, 99) for j in range(4)]
        p = rng.choice([1, 2, 3, 4, 5, 6, 7, 9])
        return [lambda: "0%d %02d %02d %02d %02d" % tuple([p] + g), lambda: "+33 %d %02d %02d %02d %02d" % tuple([p] + g),
                lambda: "+33 (0)%d %02d %02d %02d %02d" % tuple([p] + g), lambda: "0%d.%02d.%02d.%02d.%02d" % tuple([p] + g),
                lambda: "0033 %d %02d %02d %02d %02d" % tuple([p] + g)][k](), "FR"
    op = rng.choice([903, 905, 910, 915, 916, 926, 977, 985, 495, 812, 343])
    a, b, c = rng.randint(100, 999), rng.randint(0, 99), rng.randint(0, 99)
    f = ["+7 (%d) %d-%02d-%02d", "8 (%d) %d-%02d-%02d", "+7 %d %d %02d %02d", "8-%d-%d-%02d-%02d", "+7%d%d%02d%02d"][k]
    return f % (op, a, b, c), "RU"


def street(rng, fk, loc):
    """returns (street part, city/postcode part that goes to ignore)"""
    if loc == "en_US":
        return fk.street_address(), "%s, %s %s" % (fk.city(), fk.state_abbr(), fk.postcode())
    if loc == "en_GB":
        return fk.street_address().replace("\n", ", "), "%s %s" % (fk.city(), fk.postcode())
    if loc == "de_DE":
        return fk.street_address(), "%s %s" % (fk.postcode(), fk.city())
    if loc == "fr_FR":
        return "%d%s %s" % (rng.randint(1, 140), rng.choice(["", ",", " bis"]), fk.street_name()), "%s %s" % (fk.postcode(), fk.city())
    return fk.street_address(), "%s, %s" % (fk.city().replace("к. ", "г. ").replace("п. ", "г. "), fk.postcode())


def person(fk, loc):
    """a full name without honorifics (Faker's name() may prefix "Dr", "г-жа", ...)"""
    if loc == "ru_RU":
        g = "male" if fk.random.random() < 0.5 else "female"
        last, first, mid = [getattr(fk, k + "_" + g)() for k in ("last_name", "first_name", "middle_name")]
        return fk.random.choice([last + " " + first + " " + mid, first + " " + mid + " " + last, first + " " + last])
    return fk.first_name() + " " + fk.last_name()


# ---- hard negatives ---------------------------------------------------------------------------
TITLE = {"en": ["Quarterly Business Review", "Incident Postmortem", "Release Candidate", "Merge Request", "Customer Success",
                "Data Retention Policy", "Staging Cluster", "Service Level Agreement", "Root Cause Analysis", "Open Enrollment"],
         "de": ["Quartalsbericht Vertrieb", "Technische Dokumentation", "Zentrale Verwaltung", "Neue Funktionen", "Kundenservice Nord"],
         "fr": ["Service Client", "Rapport Annuel", "Direction Générale", "Mise En Production", "Politique De Confidentialité"],
         "ru": ["Служба Поддержки", "Годовой Отчёт", "Отдел Кадров", "Центральный Склад", "Новые Возможности"]}


def neg(rng, kind, lang="en"):
    if kind == "NEG_CARDLIKE":
        return cardlike_invalid(rng)
    if kind == "NEG_VERSION":
        return "%d.%d.%d.%d" % (rng.randint(1, 24), rng.randint(0, 30), rng.randint(0, 99), rng.randint(0, 9999))
    if kind == "NEG_ORDER_ID":
        return rng.choice(["ORD-%d-%05d" % (rng.randint(2019, 2026), rng.randint(0, 99999)), "SO%08d" % rng.randint(0, 10 ** 8),
                           "#%d" % rng.randint(10 ** 6, 10 ** 9), "INV/%d/%04d" % (rng.randint(2020, 2026), rng.randint(1, 9999)),
                           "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 10 ** 7), rng.randint(0, 10 ** 7))])
    if kind == "NEG_TIMESTAMP":
        d = rand_date(rng, 2019, 2026)
        return rng.choice(["%sT%02d:%02d:%02d.%03dZ" % (d.isoformat(), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 999)),
                           "%s %02d:%02d:%02d" % (d.isoformat(), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                           str(rng.randint(1560000000, 1790000000)), str(rng.randint(1560000000000, 1790000000000))])
    if kind == "NEG_UUID":
        h = "%032x" % rng.getrandbits(128)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    if kind == "NEG_HASH":
        return "%0*x" % (rng.choice([32, 40, 64]), rng.getrandbits(256))
    if kind == "NEG_DATE":
        return fmt_date(rng, rand_date(rng, 2018, 2027), {"en": "en_US", "de": "de_DE", "fr": "fr_FR", "ru": "ru_RU"}[lang])
    if kind == "NEG_TITLECASE":
        return rng.choice(TITLE[lang])
    if kind == "NEG_EMAILLIKE":
        return rng.choice(["lodash@4.17.21", "@nestjs/common@10.3.2", "pydantic@2.7.1", "next@14.2.3", "@angular/core@17.3.0",
                           "axios@1.6.8", "express@4.19.2", "@tanstack/react-query@5.28.0", "left-pad@1.3.0"])
    if kind == "NEG_B64":
        raw = bytes(rng.getrandbits(8) for k in range(rng.randint(24, 48)))
        return rng.choice(["data:application/octet-stream;base64,", "sha512-", "", "data:font/woff2;base64,"]) + base64.b64encode(raw).decode()
    return rng.choice(["%d,%03d,%03d" % (rng.randint(1, 999), rng.randint(0, 999), rng.randint(0, 999)),
                       "€%d.%02d" % (rng.randint(10, 99999), rng.randint(0, 99)), "%d.%d%%" % (rng.randint(0, 99), rng.randint(0, 9)),
                       "0x%08X" % rng.getrandbits(32), "%d ms" % rng.randint(10, 99999), "port %d" % rng.randint(1024, 65535)])


NEG_CUE = {"NEG_CARDLIKE": {"en": "Gift card ", "de": "Gutscheinkarte ", "fr": "Carte cadeau ", "ru": "Подарочная карта "},
           "NEG_VERSION": {"en": "Firmware version ", "de": "Firmware-Version ", "fr": "Version du firmware ", "ru": "Версия прошивки "},
           "NEG_ORDER_ID": {"en": "Order ", "de": "Bestellung ", "fr": "Commande ", "ru": "Заказ "},
           "NEG_TIMESTAMP": {"en": "Logged at ", "de": "Protokolliert um ", "fr": "Journalisé à ", "ru": "Записано "},
           "NEG_UUID": {"en": "Request id ", "de": "Request-ID ", "fr": "Identifiant de requête ", "ru": "ID запроса "},
           "NEG_HASH": {"en": "Checksum ", "de": "Prüfsumme ", "fr": "Somme de contrôle ", "ru": "Контрольная сумма "},
           "NEG_DATE": {"en": "Due ", "de": "Fällig am ", "fr": "Échéance le ", "ru": "Срок "},
           "NEG_TITLECASE": {"en": "See ", "de": "Siehe ", "fr": "Voir ", "ru": "См. "},
           "NEG_EMAILLIKE": {"en": "Dependency ", "de": "Abhängigkeit ", "fr": "Dépendance ", "ru": "Зависимость "},
           "NEG_B64": {"en": "Blob ", "de": "Blob ", "fr": "Blob ", "ru": "Блоб "},
           "NEG_NUMBER": {"en": "Total ", "de": "Summe ", "fr": "Total ", "ru": "Итого "}}
NEG_KINDS = ["NEG_CARDLIKE", "NEG_VERSION", "NEG_ORDER_ID", "NEG_TIMESTAMP", "NEG_UUID", "NEG_HASH", "NEG_DATE", "NEG_TITLECASE",
             "NEG_EMAILLIKE", "NEG_B64", "NEG_NUMBER"]


# ------------------------------------------------------------------------------------------------
# per-document context with entity helpers
# ------------------------------------------------------------------------------------------------
def asciify(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ord(ch) < 128)


TRANSLIT = dict(zip("абвгдеёзийклмнопрстуфхцыэ", ["a", "b", "v", "g", "d", "e", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                                                  "s", "t", "u", "f", "kh", "ts", "y", "e"]))
TRANSLIT.update({"ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})


class Ctx(object):
    def __init__(self, rng, loc):
        self.rng, self.loc, self.lang = rng, loc, LANG[loc]
        self.fk = Faker(loc)
        self.fk.seed_instance(rng.randint(0, 2 ** 31))

    def L(self, **kw):
        v = kw.get(self.lang, kw.get("en"))
        return self.rng.choice(v) if isinstance(v, list) else v

    def name(self):
        return person(self.fk, self.loc)

    def person(self, val=None):
        return E("PERSON", val or self.name(), self.lang)

    def email_for(self, nm):
        parts = nm.lower().split()
        if self.lang == "ru":
            parts = ["".join(TRANSLIT.get(ch, ch) for ch in p) for p in parts]
        parts = [asciify(p).replace("-", "").replace(".", "").replace("'", "") for p in parts if asciify(p)]
        if len(parts) < 2:
            return self.fk.email()
        dom = self.rng.choice(["gmail.com", "outlook.com"] + {"en_US": ["yahoo.com", "icloud.com", "comcast.net"], "en_GB": ["btinternet.com", "yahoo.co.uk"],
                                                              "de_DE": ["web.de", "gmx.net", "t-online.de"], "fr_FR": ["orange.fr", "free.fr", "laposte.net"],
                                                              "ru_RU": ["yandex.ru", "mail.ru", "rambler.ru"]}[self.loc] + [
                               (asciify(self.fk.domain_word().lower()).replace(" ", "") or "acme") + "-" +
                               self.rng.choice(["group", "consulting", "legal"]) +
                               "." + self.rng.choice(["com", "de", "fr", "co.uk", "ru", "io"])])
        sep = self.rng.choice([".", "_", ""])
        first, last = (parts[1], parts[0]) if self.lang == "ru" else (parts[0], parts[-1])
        return self.rng.choice([first + sep + last, first[0] + sep + last, last + str(self.rng.randint(1, 99))]) + "@" + dom

    def email(self, nm=None):
        return E("EMAIL", self.email_for(nm) if nm and self.rng.random() < 0.7 else self.fk.email())

    def phone(self):
        v, cc = phone(self.rng, self.loc)
        return E("PHONE", v, cc)

    def dob(self):
        return E("DATE_OF_BIRTH", dob(self.rng, self.loc))

    def addr(self, sep=", "):
        st, city = street(self.rng, self.fk, self.loc)
        return Frag().e("STREET_ADDRESS", st, self.lang).t(sep).ig(city)

    def card(self):
        v, k = card(self.rng)
        return E("CREDIT_CARD", v, k)

    def iban(self, cc=None):
        cc = cc or {"de_DE": "DE", "fr_FR": "FR", "en_GB": "GB"}.get(self.loc) if self.rng.random() < 0.6 else None
        v, s = iban(self.rng, cc)
        return E("IBAN", v, s)

    def ssn(self):
        v, s = ssn(self.rng)
        return E("US_SSN", v, s)

    def snils(self):
        v, s = snils(self.rng)
        return E("RU_SNILS", v, s)

    def inn(self, kind=None):
        v, s = inn(self.rng, kind)
        return E("RU_INN", v, s)

    def passport(self):
        v, s = passport_ru(self.rng)
        return E("RU_PASSPORT", v, s)

    def mrn(self):
        v, s = mrn(self.rng, self.lang)
        return E("MEDICAL_RECORD_NUMBER", v, s)

    def ip4(self):
        return E("IPV4", ipv4(self.rng))

    def ip6(self):
        return E("IPV6", ipv6(self.rng))

    def key(self, kind=None):
        v, s, core = secret(self.rng, self.fk, kind)
        return E("API_KEY", v, s, core=core)

    def pw(self):
        return E("API_KEY", password(self.rng), "password")

    def neg(self, kind=None):
        kind = kind or self.rng.choice(NEG_KINDS)
        return NG(kind, neg(self.rng, kind, self.lang))

    def filler(self, n=1):
        return P(" ".join(self.fk.sentence() for k in range(n)))

    def natid(self):
        """the locale's typical national/tax identifier"""
        if self.loc == "en_US":
            return self.ssn()
        if self.loc == "ru_RU":
            return self.rng.choice([self.snils, self.inn, self.passport])()
        return self.iban()

    def natid_label(self):
        return self.L(en="SSN" if self.loc == "en_US" else "IBAN", de="IBAN", fr="IBAN", ru="СНИЛС/ИНН/паспорт")

    def ru_name(self):
        fk = Faker("ru_RU")
        fk.seed_instance(self.rng.randint(0, 2 ** 31))
        return person(fk, "ru_RU")

    def natid2(self):
        if self.loc == "en_US":
            return self.L(en=["SSN", "Social Security no.", "SSN on file"]), self.ssn()
        if self.loc == "ru_RU":
            k = self.rng.randrange(3)
            if k == 0:
                return self.rng.choice(["СНИЛС", "страховой номер"]), self.snils()
            if k == 1:
                return self.rng.choice(["ИНН", "налоговый номер"]), self.inn()
            return self.rng.choice(["паспорт", "паспорт РФ серия/номер"]), self.passport()
        return self.L(en=["IBAN", "bank account (IBAN)"], de=["IBAN", "Bankverbindung"], fr=["IBAN", "RIB/IBAN"]), self.iban()


# ------------------------------------------------------------------------------------------------
# chat templates (plain-text model answers)
# ------------------------------------------------------------------------------------------------
def t_ticket(c):
    nm = c.name()
    f = Frag().t(c.L(en="Here is the ticket export you asked for:\n\n", de="Hier der Ticket-Export:\n\n", fr="Voici l'export du ticket :\n\n",
                     ru="Вот выгрузка обращения:\n\n"))
    f.t(c.L(en="Ticket ", de="Vorgang ", fr="Demande ", ru="Обращение ")).add(c.neg("NEG_ORDER_ID")).t(" | ")
    f.t(c.L(en="opened ", de="eröffnet ", fr="ouvert le ", ru="создано ")).add(c.neg("NEG_TIMESTAMP")).t("\n")
    f.t(c.L(en="Requester: ", de="Anfragende Person: ", fr="Demandeur : ", ru="Заявитель: ")).add(c.person(nm)).t(" <").add(c.email(nm)).t(">\n")
    f.t(c.L(en="Callback: ", de="Rückruf: ", fr="Rappel : ", ru="Перезвонить: ")).add(c.phone()).t("\n")
    f.t(c.L(en="Status: pending (", de="Status: offen (", fr="Statut : en attente (", ru="Статус: в работе (")).add(c.neg("NEG_TITLECASE")).t(")\n\n")
    f.t(c.L(en="Summary: customer cannot log in since the ", de="Zusammenfassung: Login schlägt seit dem Update auf ",
            fr="Résumé : connexion impossible depuis la version ", ru="Кратко: не может войти после обновления до "))
    f.add(c.neg("NEG_VERSION")).t(c.L(en=" update; last attempt came from ", de=" fehl; letzter Versuch von ", fr=" ; dernière tentative depuis ",
                                      ru="; последняя попытка с адреса ")).add(c.ip4()).t(".")
    return f


def t_crm(c):
    nm = c.name()
    f = Frag()
    f.t(c.L(en=["Call notes: spoke with ", "CRM update - talked to "], de=["Gesprächsnotiz: Telefonat mit ", "CRM-Notiz: Rücksprache mit "],
            fr=["Note d'appel : échange avec ", "Compte rendu CRM : appel avec "], ru=["Заметка по звонку: говорил(а) с ", "CRM: созвон с "]))
    f.add(c.person(nm)).t(c.L(en=" today. ", de=" heute. ", fr=" aujourd'hui. ", ru=" сегодня. "))
    f.t(c.L(en="Prefers calls after 5pm on ", de="Am liebsten nach 17 Uhr unter ", fr="Préfère être rappelé après 17h au ",
            ru="Просит звонить после 17:00 на "))
    f.add(c.phone()).t(c.L(en="; moved to ", de="; neue Anschrift: ", fr=" ; a déménagé au ", ru="; переехал(а): "))
    f.add(c.addr()).t(". ")
    f.t(c.L(en="Birthday ", de="Geburtstag ", fr="Anniversaire le ", ru="День рождения ")).add(c.dob())
    f.t(c.L(en=" - send a card. Renewal meeting on ", de=" - Karte schicken. Verlängerungstermin am ", fr=" - envoyer une carte. RDV renouvellement le ",
            ru=" - поздравить. Встреча по продлению ")).add(c.neg("NEG_DATE")).t(".")
    return f


def t_onboard(c):
    nm, hr = c.name(), c.name()
    f = Frag()
    f.t(c.L(en=["Hi ", "Dear "], de=["Hallo ", "Liebe/r "], fr=["Bonjour ", "Chère/Cher "], ru=["Здравствуйте, ", "Добрый день, "]))
    f.add(c.person(nm)).t(",\n\n")
    f.t(c.L(en="Welcome aboard! Your laptop login is ready. Temporary password: ", de="willkommen an Bord! Dein Laptop ist eingerichtet, Startpasswort: ",
            fr="bienvenue ! Votre poste est prêt. Mot de passe provisoire : ", ru="добро пожаловать! Ноутбук готов. Временный пароль: "))
    f.add(c.pw()).t("\n")
    cue, nid = c.natid2()
    f.t(c.L(en="For payroll we recorded your %s as ", de="Für die Gehaltsabrechnung haben wir folgende %s hinterlegt: ",
            fr="Pour la paie, nous avons enregistré votre %s : ", ru="Для бухгалтерии записали ваш %s: ") % cue).add(nid).t(".\n")
    f.t(c.L(en="Your start date is ", de="Dein erster Arbeitstag ist der ", fr="Votre date d'arrivée : le ", ru="Первый рабочий день: "))
    f.add(c.neg("NEG_DATE")).t(".\n\n")
    f.t(c.L(en=["Best,\n", "Cheers,\n"], de=["Viele Grüße\n", "Beste Grüße\n"], fr=["Bien cordialement,\n", "À bientôt,\n"], ru=["С уважением,\n"]))
    f.add(c.person(hr)).t("\n").t(c.L(en="People Operations", de="Personalabteilung", fr="Ressources humaines", ru="Отдел кадров"))
    return f


def t_claim(c):
    f = Frag()
    f.t(c.L(en="**Claim summary** (", de="**Schadenmeldung** (", fr="**Synthèse du sinistre** (", ru="**Сводка по страховому случаю** ("))
    f.add(c.neg("NEG_ORDER_ID")).t(")\n\n")
    f.t(c.L(en="- Policyholder: ", de="- Versicherungsnehmer: ", fr="- Assuré : ", ru="- Страхователь: ")).add(c.person()).t("\n")
    f.t(c.L(en="- Born: ", de="- Geb.: ", fr="- Né(e) le : ", ru="- Дата рождения: ")).add(c.dob()).t("\n")
    f.t(c.L(en="- Address: ", de="- Anschrift: ", fr="- Adresse : ", ru="- Адрес: ")).add(c.addr()).t("\n")
    f.t(c.L(en="- Treating facility record: ", de="- Patientennr. Klinik: ", fr="- N° IPP établissement : ", ru="- № медкарты в клинике: "))
    f.add(c.mrn()).t("\n")
    f.t(c.L(en="- Incident date: ", de="- Schadentag: ", fr="- Date du sinistre : ", ru="- Дата события: ")).add(c.neg("NEG_DATE")).t("\n")
    f.t(c.L(en="- Reimbursement to: ", de="- Erstattung auf: ", fr="- Remboursement sur : ", ru="- Возмещение на: ")).add(c.iban()).t("\n\n")
    f.t(c.L(en="Total assessed: ", de="Festgestellter Betrag: ", fr="Montant retenu : ", ru="Оценка ущерба: ")).add(c.neg("NEG_NUMBER"))
    return f


def t_lab(c):
    nm = c.name()
    f = Frag()
    f.t(c.L(en="Your lab results are ready.\n\n", de="Ihre Laborbefunde liegen vor.\n\n", fr="Vos résultats d'analyses sont disponibles.\n\n",
            ru="Результаты анализов готовы.\n\n"))
    f.t(c.L(en="Patient: ", de="Patient/in: ", fr="Patient(e) : ", ru="Пациент: ")).add(c.person(nm)).t("   ")
    f.t(c.L(en=["Record #", "Chart no. ", "Hosp. no. "], de=["Akte ", "Pat.-ID "], fr=["IPP ", "Dossier n° "], ru=["Карта № ", "ИБ № "]))
    f.add(c.mrn()).t("\n")
    f.t(c.L(en="DOB ", de="geb. ", fr="né(e) le ", ru="д.р. ")).add(c.dob()).t(c.L(en="   collected ", de="   Abnahme ", fr="   prélevé le ",
                                                                                   ru="   взят ")).add(c.neg("NEG_TIMESTAMP")).t("\n\n")
    f.t("HbA1c 5.4 %   LDL 3.1 mmol/L   TSH 2.2 mU/L\n\n")
    f.t(c.L(en="Questions? Reply to this message or call the pharmacy at ", de="Rückfragen gerne an die Apotheke unter ",
            fr="Pour toute question, appelez la pharmacie au ", ru="Вопросы - по телефону аптеки "))
    f.add(c.phone()).t(".")
    return f


def t_order(c):
    nm = c.name()
    f = Frag()
    f.t(c.L(en="Thanks for your order ", de="Danke für Ihre Bestellung ", fr="Merci pour votre commande ", ru="Спасибо за заказ "))
    f.add(c.neg("NEG_ORDER_ID")).t("!\n\n")
    f.t(c.L(en="Ship to:\n", de="Lieferung an:\n", fr="Livraison à :\n", ru="Доставка:\n")).add(c.person(nm)).t("\n")
    f.add(c.addr("\n")).t("\n")
    f.add(c.phone()).t("\n\n")
    f.t(c.L(en="Charged to ", de="Belastet: ", fr="Payé avec ", ru="Оплачено картой ")).add(c.card())
    f.t(c.L(en=" (exp 08/29). Receipt sent to ", de=" (gültig bis 08/29). Beleg an ", fr=" (exp. 08/29). Reçu envoyé à ", ru=" (до 08/29). Чек отправлен на "))
    f.add(c.email(nm)).t(".\n")
    f.t(c.L(en="Gift card used: ", de="Gutschein: ", fr="Carte cadeau : ", ru="Подарочная карта: ")).add(c.neg("NEG_CARDLIKE"))
    f.t(c.L(en=" (balance ", de=" (Rest ", fr=" (solde ", ru=" (остаток ")).add(c.neg("NEG_NUMBER")).t(")")
    return f


def t_commit(c):
    nm = c.name()
    f = Frag()
    f.t(c.L(en="The leak was introduced here:\n\n", de="Das Leck stammt aus diesem Commit:\n\n", fr="La fuite vient de ce commit :\n\n",
            ru="Утечка появилась в этом коммите:\n\n"))
    f.t("commit ").add(c.neg("NEG_HASH")).t("\nAuthor: ").add(c.person(nm)).t(" <").add(c.email(nm)).t(">\nDate:   ").add(c.neg("NEG_TIMESTAMP"))
    f.t("\n\n    chore: bump ").add(c.neg("NEG_EMAILLIKE")).t(" (integrity ").add(c.neg("NEG_B64")).t(")\n\ndiff --git a/.env b/.env\n@@ -3,2 +3,3 @@\n")
    k1 = c.rng.choice(["AWS_ACCESS_KEY_ID=", "STRIPE_KEY=", "OPENAI_API_KEY=", "NPM_TOKEN=", "HF_TOKEN=", "SENDGRID_API_KEY="])
    kind = {"AWS_ACCESS_KEY_ID=": "aws_id", "STRIPE_KEY=": "stripe", "OPENAI_API_KEY=": "openai", "NPM_TOKEN=": "npm", "HF_TOKEN=": "hf",
            "SENDGRID_API_KEY=": "sendgrid"}[k1]
    f.t("+" + k1).add(c.key(kind)).t("\n+DB_PASS=").add(c.pw()).t("\n LOG_LEVEL=info\n\n")
    f.t(c.L(en="CI run ", de="CI-Lauf ", fr="Exécution CI ", ru="Сборка ")).add(c.neg("NEG_UUID"))
    f.t(c.L(en=" printed the value, so rotate both.", de=" hat den Wert ausgegeben - bitte beide rotieren.", fr=" a affiché la valeur : changez les deux.",
            ru=" вывела значение в лог - смените оба."))
    return f


def t_headers(c):
    a, b, cc = c.name(), c.name(), c.name()
    f = Frag()
    f.t("From: ").add(c.person(a)).t(" <").add(c.email(a)).t(">\nTo: ").add(c.email(b)).t("\n")
    f.t("Cc: ").add(c.person(cc)).t(" <").add(c.email(cc)).t(">\nReply-To: ").add(c.email()).t("\n")
    f.t("Subject: ").add(c.neg("NEG_TITLECASE")).t("\nDate: ").add(c.neg("NEG_TIMESTAMP")).t("\nX-Originating-IP: [").add(c.ip4()).t("]\n")
    f.t("Message-ID: <" + neg(c.rng, "NEG_UUID", c.lang) + "@mail.example.com>\n\n")
    f.add(c.filler(2))
    return f


def t_vcard(c):
    nm = c.name()
    parts = nm.split()
    f = Frag().t(c.L(en="Saved contact:\n\n", de="Kontakt gespeichert:\n\n", fr="Contact enregistré :\n\n", ru="Контакт сохранён:\n\n"))
    f.t("BEGIN:VCARD\nVERSION:3.0\nN:").add(E("PERSON", parts[-1], c.lang)).t(";").add(E("PERSON", parts[0], c.lang)).t(";;;\n")
    f.t("FN:").add(c.person(nm)).t("\nTEL;TYPE=CELL:").add(c.phone()).t("\nEMAIL;TYPE=INTERNET:").add(c.email(nm)).t("\n")
    st, city = street(c.rng, c.fk, c.loc)
    f.t("ADR;TYPE=HOME:;;").e("STREET_ADDRESS", st.replace(",", "\\,"), c.lang).t(";").ig(city.replace(",", "\\,")).t(";;;\n")
    d = rand_date(c.rng, 1940, 2005)
    f.t("BDAY:").e("DATE_OF_BIRTH", d.isoformat() if c.rng.random() < 0.5 else d.strftime("%Y%m%d")).t("\nEND:VCARD")
    return f


def t_voicemail(c):
    nm = c.name()
    f = Frag()
    f.t(c.L(en="Voicemail from ", de="Sprachnachricht von ", fr="Message vocal de ", ru="Голосовое сообщение с номера ")).add(c.phone())
    f.t(c.L(en=" (transcribed):\n\n\"Hi, this is ", de=" (Transkript):\n\n\"Hallo, hier ist ", fr=" (transcription) :\n\n« Bonjour, c'est ",
            ru=" (расшифровка):\n\n«Здравствуйте, это ")).add(c.person(nm))
    f.t(c.L(en=" calling about my prescription refill. My date of birth is ", de=", es geht um mein Rezept. Mein Geburtsdatum ist der ",
            fr=", j'appelle pour mon renouvellement d'ordonnance. Ma date de naissance est le ", ru=", звоню по поводу рецепта. Дата рождения "))
    f.add(c.dob()).t(c.L(en=". You can reach me back at ", de=". Sie erreichen mich unter ", fr=". Vous pouvez me rappeler au ",
                         ru=". Перезвоните мне на "))
    f.add(c.phone()).t(c.L(en=". Thanks, bye.\"", de=". Danke, tschüss.\"", fr=". Merci, au revoir. »", ru=". Спасибо.»"))
    return f


def t_mdtable(c):
    f = Frag().t(c.L(en="| Name | Email | Phone | Last IP |\n|---|---|---|---|\n", de="| Name | E-Mail | Telefon | Letzte IP |\n|---|---|---|---|\n",
                     fr="| Nom | Courriel | Téléphone | Dernière IP |\n|---|---|---|---|\n", ru="| ФИО | Почта | Телефон | IP |\n|---|---|---|---|\n"))
    for k in range(c.rng.randint(2, 4)):
        nm = c.name()
        f.t("| ").add(c.person(nm)).t(" | ").add(c.email(nm)).t(" | ").add(c.phone()).t(" | ")
        f.add(c.ip4() if c.rng.random() < 0.7 else c.ip6()).t(" |\n")
    f.t("\n").t(c.L(en="Rows exported at ", de="Exportiert am ", fr="Exporté le ", ru="Выгружено ")).add(c.neg("NEG_TIMESTAMP")).t(".")
    return f


def t_csv(c):
    f = Frag().t(c.L(en="Here's the extract:\n\n```csv\n", de="Hier der Auszug:\n\n```csv\n", fr="Voici l'extrait :\n\n```csv\n",
                     ru="Вот выгрузка:\n\n```csv\n"))
    cue, nid = c.natid2()
    f.t("row_id;full_name;dob;%s;updated_at\n" % ("ssn" if c.loc == "en_US" else "id_value"))
    for k in range(c.rng.randint(2, 4)):
        cue, nid = c.natid2()
        f.t("%d;" % (1000 + k)).add(c.person()).t(";").add(c.dob()).t(";").add(nid).t(";").add(c.neg("NEG_TIMESTAMP")).t("\n")
    f.t("```\n")
    return f


def t_incident(c):
    f = Frag()
    f.t(c.L(en="Summary of the alert: brute-force attempts against ", de="Zusammenfassung: Brute-Force-Versuche gegen ",
            fr="Résumé de l'alerte : attaques par force brute contre ", ru="Сводка: перебор паролей для учётной записи "))
    f.add(c.email()).t(c.L(en=" from ", de=" von ", fr=" depuis ", ru=" с адресов ")).add(c.ip4()).t(c.L(en=" and ", de=" und ", fr=" et ", ru=" и "))
    f.add(c.ip6()).t(". ")
    f.t(c.L(en="The attacker eventually got in with the password ", de="Erfolgreich war schließlich das Passwort ",
            fr="L'attaquant a fini par entrer avec le mot de passe ", ru="В итоге подошёл пароль ")).t("\"").add(c.pw()).t("\". ")
    f.t(c.L(en="Agent build ", de="Agent-Version ", fr="Version de l'agent ", ru="Версия агента ")).add(c.neg("NEG_VERSION"))
    f.t(c.L(en=", rule ", de=", Regel ", fr=", règle ", ru=", правило ")).add(c.neg("NEG_UUID")).t(".")
    return f


def t_ruform(c):
    """identity form (Russian IDs; other locales get the locale's own ids)"""
    f = Frag()
    if c.loc == "ru_RU" or c.rng.random() < 0.25:
        f.t(c.L(en="Onboarding a contractor from Russia:\n", de="Neuer Auftragnehmer (RU):\n", fr="Prestataire russe :\n",
                ru="Анкета сотрудника:\n"))
        f.t(c.L(en="name: ", de="Name: ", fr="nom : ", ru="ФИО: ")).add(E("PERSON", c.name() if c.loc == "ru_RU" else c.ru_name(), "ru")).t("\n")
        f.t(c.L(en="passport ", de="Pass ", fr="passeport ", ru="паспорт ")).add(c.passport()).t(c.L(en=", issued ", de=", ausgestellt ",
                                                                                                       fr=", délivré le ", ru=", выдан "))
        f.add(c.neg("NEG_DATE")).t("\n")
        f.t(c.L(en="SNILS ", ru=["СНИЛС ", "страховое свидетельство "])).add(c.snils()).t("\n")
        f.t(c.L(en="INN ", ru=["ИНН ", "ИНН физлица "])).add(c.inn("inn12")).t("\n")
        f.t(c.L(en="employer INN ", ru="ИНН работодателя ")).add(c.inn("inn10")).t("\n")
        return f
    f.t(c.L(en="Identity check passed for ", de="Identitätsprüfung bestanden: ", fr="Vérification d'identité réussie pour "))
    f.add(c.person()).t(c.L(en=" (born ", de=" (geb. ", fr=" (né(e) le ")).add(c.dob()).t("). ")
    cue, nid = c.natid2()
    f.t(cue + ": ").add(nid).t(". ").add(c.filler())
    return f


def t_dburl(c):
    f = Frag()
    f.t(c.L(en="The pod crashes because the connection string is wrong:\n\n", de="Der Pod stürzt ab, weil der Connection-String falsch ist:\n\n",
            fr="Le pod plante car la chaîne de connexion est erronée :\n\n", ru="Под падает из-за неверной строки подключения:\n\n"))
    user = c.rng.choice(["app", "svc_orders", "admin", "reporting"])
    host = c.rng.choice(["10.%d.%d.%d" % (c.rng.randint(0, 255), c.rng.randint(0, 255), c.rng.randint(1, 254)), "db.prod.internal"])
    scheme = c.rng.choice(["postgres", "mysql", "mongodb+srv", "redis", "amqp"])
    f.t("    %s://%s:" % (scheme, user)).add(E("API_KEY", url_password(c.rng), "password")).t("@")
    if host[0].isdigit():
        f.add(E("IPV4", host))
    else:
        f.t(host)
    f.t(":5432/main\n\n")
    f.t(c.L(en="Also `kubectl describe` shows ", de="Außerdem zeigt `kubectl describe` ", fr="Et `kubectl describe` affiche ",
            ru="Также `kubectl describe` показывает "))
    f.t("`GOOGLE_MAPS_KEY=").add(c.key("google")).t("` ").t(c.L(en="in plain text; image tag ", de="im Klartext; Image-Tag ",
                                                                   fr="en clair ; tag d'image ", ru="открытым текстом; тег образа "))
    f.add(c.neg("NEG_VERSION")).t(", digest sha256:").add(c.neg("NEG_HASH")).t(".")
    return f


def t_transfer(c):
    nm = c.name()
    f = Frag()
    f.t(c.L(en="Please wire the deposit to ", de="Bitte überweisen Sie die Kaution an ", fr="Merci de virer l'acompte à ", ru="Переведите задаток на счёт "))
    f.add(c.person(nm)).t(", ").add(c.iban())
    f.t(c.L(en=", reference ", de=", Verwendungszweck ", fr=", référence ", ru=", назначение ")).add(c.neg("NEG_ORDER_ID"))
    f.t(c.L(en=". If you prefer card, the landlord accepts ", de=". Alternativ per Karte: ", fr=". Sinon par carte : ", ru=". Либо картой: "))
    f.add(c.card()).t(". ").add(c.filler())
    return f


def t_signature(c):
    nm = c.name()
    f = Frag().add(c.filler(2)).t("\n\n--\n").add(c.person(nm)).t("\n").add(c.neg("NEG_TITLECASE")).t("\n")
    f.t(c.L(en="M: ", de="Mobil: ", fr="Port. : ", ru="Моб.: ")).add(c.phone()).t("\n")
    f.add(c.addr()).t("\n")
    return f


def t_ssh(c):
    f = Frag().t(c.L(en="This is the deploy key that ended up in the build log, revoke it:\n\n",
                     de="Dieser Deploy-Key landete im Build-Log, bitte widerrufen:\n\n",
                     fr="Cette clé de déploiement s'est retrouvée dans les logs, révoquez-la :\n\n", ru="Этот ключ попал в лог сборки, отзовите его:\n\n"))
    f.add(c.key("pem")).t("\n\n").t(c.L(en="Fingerprint ", de="Fingerprint ", fr="Empreinte ", ru="Отпечаток ")).t("SHA256:").add(c.neg("NEG_HASH"))
    return f


CHAT = [t_ticket, t_crm, t_onboard, t_claim, t_lab, t_order, t_commit, t_headers, t_vcard, t_voicemail, t_mdtable, t_csv, t_incident,
        t_ruform, t_dburl, t_transfer, t_signature, t_ssh]


# ------------------------------------------------------------------------------------------------
# JSON shapes
# ------------------------------------------------------------------------------------------------
def maybe_num(c, frag_fn, typ, sub_suffix="_json_number"):
    """an id as a JSON number (digits only) or as a string"""
    f = frag_fn()
    val, lab = f.segs[0]
    if val.isdigit() and val[0] != "0" and c.rng.random() < 0.5:
        return JN(val, typ, (lab["sub"] or "") + sub_suffix)
    return f


def j_k8s(c):
    keys = {}
    for k in range(c.rng.randint(2, 4)):
        nm, kind = c.rng.choice([("AWS_SECRET_ACCESS_KEY", "aws_secret"), ("GITHUB_TOKEN", "ghp"), ("SLACK_WEBHOOK_URL", "slack_webhook"),
                                 ("STRIPE_SECRET_KEY", "stripe"), ("GITLAB_TOKEN", "gitlab"), ("ANTHROPIC_API_KEY", "anthropic"),
                                 ("AZURE_STORAGE_KEY", "azure_key"), ("tls.key", "pem")])
        keys[nm] = c.key(kind)
    keys["DB_PASSWORD"] = c.pw()
    keys["LOG_FORMAT"] = "json"
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": "billing-env", "namespace": "prod", "uid": c.neg("NEG_UUID"), "resourceVersion": str(c.rng.randint(10 ** 5, 10 ** 8)),
                         "creationTimestamp": c.neg("NEG_TIMESTAMP"), "annotations": {"helm.sh/chart": "billing-" + neg(c.rng, "NEG_VERSION")}},
            "data": {"ca.crt": c.neg("NEG_B64")}, "stringData": keys}


def j_openapi(c):
    nm = c.name()
    ex = {"id": c.neg("NEG_UUID"), "displayName": c.person(nm), "contact": {"workEmail": c.email(nm), "mobile": c.phone()},
          "birthDate": c.dob(), "homeAddress": {"line1": E("STREET_ADDRESS", street(c.rng, c.fk, c.loc)[0], c.lang),
                                                "country": c.loc[-2:]}}
    return {"openapi": "3.0.3", "info": {"title": "Customer Directory", "version": "2.4.1"},
            "paths": {"/v2/customers/{customerId}": {"get": {"summary": "Fetch one customer",
                      "responses": {"200": {"description": "OK", "content": {"application/json": {"example": ex}}}}}}}}


def j_graphql(c):
    edges = []
    for k in range(c.rng.randint(2, 3)):
        nm = c.name()
        node = {"__typename": "Member", "id": c.neg("NEG_UUID"), "fullName": c.person(nm), "primaryEmail": c.email(nm),
                "lastSeenFrom": c.ip4() if c.rng.random() < 0.6 else c.ip6()}
        if c.rng.random() < 0.5:
            node["phoneNumbers"] = [{"kind": "MOBILE", "e164": c.phone()}]
        edges.append({"cursor": base64.b64encode(("cursor:%d" % k).encode()).decode(), "node": node})
    return {"data": {"organization": {"members": {"totalCount": len(edges), "edges": edges,
                                                   "pageInfo": {"hasNextPage": False, "endCursor": None}}}}}


def j_es(c, n=None):
    hits = []
    for k in range(n or c.rng.randint(1, 3)):
        nm = c.name()
        src = {"customer": {"name": c.person(nm), "email": c.email(nm)}, "billing": {"card": c.card(), "iban": c.iban()},
               "@timestamp": c.neg("NEG_TIMESTAMP"), "client_ip": c.ip4()}
        if c.loc == "en_US":
            src["customer"]["ssn"] = c.ssn()
        hits.append({"_index": "crm-contacts-2025.%02d" % c.rng.randint(1, 12), "_id": rstr(c.rng, ALNUM, 20), "_score": round(c.rng.random() * 9, 3),
                     "_source": src})
    return {"took": c.rng.randint(1, 90), "timed_out": False, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
            "hits": {"total": {"value": len(hits), "relation": "eq"}, "max_score": 1.0, "hits": hits}}


def j_zendesk(c):
    nm, agent = c.name(), c.name()
    body = Frag().t(c.L(en="Hello, I was charged twice on card ", de="Hallo, meine Karte ", fr="Bonjour, j'ai été débité deux fois sur la carte ",
                        ru="Здравствуйте, с карты ")).add(c.card())
    body.t(c.L(en=". Please call me on ", de=" wurde doppelt belastet. Bitte rufen Sie mich an: ", fr=". Rappelez-moi au ", ru=" списали дважды. Мой номер "))
    body.add(c.phone()).t(".\n").add(c.person(nm))
    return {"ticket": {"id": JN(str(c.rng.randint(100000, 9999999)), "NEG_ORDER_ID", neg=True), "subject": c.neg("NEG_TITLECASE"),
                       "requester": {"name": c.person(nm), "email": c.email(nm), "loyalty_card": c.neg("NEG_CARDLIKE")},
                       "via": {"channel": "email", "source": {"from": {"address": c.email(nm), "name": c.person(nm)}}},
                       "comments": [{"author": "end-user", "body": JS(body), "created_at": c.neg("NEG_TIMESTAMP")},
                                    {"author": c.person(agent), "body": "Thanks, looking into it.", "created_at": c.neg("NEG_TIMESTAMP")}]}}


def j_order(c):
    nm = c.name()
    st, city = street(c.rng, c.fk, c.loc)
    return {"order": {"number": c.neg("NEG_ORDER_ID"), "placed_at": c.neg("NEG_TIMESTAMP"),
                      "customer": {"first_name": E("PERSON", nm.split()[0], c.lang), "last_name": E("PERSON", nm.split()[-1], c.lang),
                                   "email": c.email(nm), "phone": c.phone()},
                      "shipping_address": {"address1": E("STREET_ADDRESS", st, c.lang), "city_zip": Frag().ig(city), "country_code": c.loc[-2:]},
                      "payment": {"gateway": "adyen", "card_number": c.card(), "gift_card": c.neg("NEG_CARDLIKE")},
                      "items": [{"sku": "SKU-%05d" % c.rng.randint(0, 99999), "qty": c.rng.randint(1, 4), "lib": c.neg("NEG_EMAILLIKE")}]}}


def j_claim(c):
    cue, nid = c.natid2()
    return {"claim_id": c.neg("NEG_ORDER_ID"), "status": "UNDER_REVIEW", "loss_date": c.neg("NEG_DATE"),
            "claimant": {"full_name": c.person(), "date_of_birth": c.dob(), "national_id": nid, "contact_phone": c.phone()},
            "provider": {"facility": c.neg("NEG_TITLECASE"), "patient_record_no": maybe_num(c, c.mrn, "MEDICAL_RECORD_NUMBER"),
                         "attending": c.person()},
            "payout": {"iban": c.iban(), "amount": c.neg("NEG_NUMBER")}}


def j_hr_ru(c):
    emp = {"tab_no": c.rng.randint(1000, 99999), "fio": E("PERSON", c.ru_name() if c.loc != "ru_RU" else c.name(), "ru"),
           "birth_date": c.dob(), "inn": maybe_num(c, lambda: c.inn("inn12"), "RU_INN"), "snils": c.snils(), "passport": c.passport(),
           "phone": E("PHONE", phone(c.rng, "ru_RU")[0], "RU"), "email": c.email()}
    return {"employees": [emp], "employer": {"name": c.fk.company(), "inn": maybe_num(c, lambda: c.inn("inn10"), "RU_INN")},
            "generated": c.neg("NEG_TIMESTAMP")}


def j_ci(c):
    lines = [{"ts": c.neg("NEG_TIMESTAMP"), "line": "Step 3/9 : RUN npm ci"},
             {"ts": c.neg("NEG_TIMESTAMP"), "line": Frag().t("added ").add(c.neg("NEG_EMAILLIKE"))}]
    for k in range(c.rng.randint(1, 3)):
        nm, kind = c.rng.choice([("export GITHUB_TOKEN=", "gh_fine"), ("export AWS_ACCESS_KEY_ID=", "aws_id"), ("echo $NPM_TOKEN -> ", "npm"),
                                 ("curl -H 'Authorization: Bearer ", "jwt"), ("export OPENAI_API_KEY=", "openai"), ("git remote: https://oauth2:", "gitlab")])
        line = Frag().t("+ " + nm).add(c.key(kind))
        if "Bearer" in nm:
            line.t("' https://api.internal/v1/me")
        if "oauth2" in nm:
            line.t("@gitlab.com/acme/app.git")
        lines.append({"ts": c.neg("NEG_TIMESTAMP"), "line": line})
    lines.append({"ts": c.neg("NEG_TIMESTAMP"), "line": Frag().t("runner ").add(c.ip4()).t(" finished, commit ").add(c.neg("NEG_HASH"))})
    return {"pipeline": {"id": JN(str(c.rng.randint(10 ** 6, 10 ** 9)), "NEG_ORDER_ID", neg=True), "ref": "main", "jobs": [{"name": "build", "log": lines}]}}


def j_toolcall(c):
    nm = c.name()
    inner = {"name": c.person(nm), "email": c.email(nm), "phone": c.phone(), "dob": c.dob()}
    if c.rng.random() < 0.5:
        inner["address"] = E("STREET_ADDRESS", street(c.rng, c.fk, c.loc)[0], c.lang)
    if c.loc == "en_US":
        inner["ssn"] = c.ssn()
    args = Frag()
    ser(inner, args, None, 0, c.rng.choice([":", ": "]))
    return {"id": "chatcmpl-" + rstr(c.rng, ALNUM, 24), "object": "chat.completion",
            "created": JN(str(c.rng.randint(1600000000, 1780000000)), "NEG_TIMESTAMP", neg=True),
            "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", "content": None,
                         "tool_calls": [{"id": "call_" + rstr(c.rng, ALNUM, 24), "type": "function",
                                         "function": {"name": "crm_upsert_contact", "arguments": JS(args)}}]}}]}


def j_fhir(c):
    nm = c.name()
    parts = nm.split()
    return {"resourceType": "Patient", "id": c.neg("NEG_UUID"), "meta": {"lastUpdated": c.neg("NEG_TIMESTAMP")},
            "identifier": [{"use": "usual", "type": {"text": "MRN"}, "system": "urn:oid:2.16.840.1.113883.3.%d" % c.rng.randint(100, 9999),
                            "value": c.mrn()}],
            "name": [{"use": "official", "family": E("PERSON", parts[-1], c.lang), "given": [E("PERSON", parts[0], c.lang)]}],
            "telecom": [{"system": "phone", "value": c.phone()}, {"system": "email", "value": c.email(nm)}],
            "gender": c.rng.choice(["female", "male"]), "birthDate": E("DATE_OF_BIRTH", rand_date(c.rng, 1936, 2006).isoformat()),
            "address": [{"line": [E("STREET_ADDRESS", street(c.rng, c.fk, c.loc)[0], c.lang)], "country": c.loc[-2:]}]}


def j_webhook(c):
    """a payment webhook whose payload is double-encoded JSON"""
    nm = c.name()
    inner = {"event": "charge.failed", "billing_details": {"name": c.person(nm), "email": c.email(nm), "phone": c.phone()},
             "card": c.card(), "ip": c.ip4(), "idempotency": c.neg("NEG_UUID")}
    f = Frag()
    ser(inner, f, None, 0, ":")
    return {"delivery_id": c.neg("NEG_UUID"), "received": c.neg("NEG_TIMESTAMP"), "signature": "v1=" + neg(c.rng, "NEG_HASH"), "payload": JS(f)}


JSONS = [j_k8s, j_openapi, j_graphql, j_es, j_zendesk, j_order, j_claim, j_hr_ru, j_ci, j_toolcall, j_fhir, j_webhook]


# ------------------------------------------------------------------------------------------------
# obfuscation
# ------------------------------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С",
        "T": "Т", "H": "Н", "K": "К", "M": "М", "B": "В", "X": "Х"}
SPELL = {"en": "zero one two three four five six seven eight nine".split(), "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(), "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
DASH = {"en": "dash", "de": "Strich", "fr": "tiret", "ru": "тире"}


def obf_value(rng, kind, val, lang):
    if kind == "zero_width":
        out = []
        for i, ch in enumerate(val):
            out.append(ch)
            if 0 < i < len(val) - 1 and rng.random() < 0.35:
                out.append(rng.choice(ZW))
        return "".join(out)
    if kind == "homoglyph":
        out, done = [], 0
        for ch in val:
            if ch in HOMO and (rng.random() < 0.5 or done == 0):
                out.append(HOMO[ch])
                done += 1
            else:
                out.append(ch)
        return "".join(out)
    if kind == "fullwidth":
        return "".join(chr(ord(ch) + 0xFEE0) if ("0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z") else ch for ch in val)
    if kind == "spaced":
        return " ".join(ch for ch in val if ch != " ")
    if kind == "spelled":
        w = []
        for ch in val:
            if ch.isdigit():
                w.append(SPELL[lang][int(ch)])
            elif ch in "-":
                w.append(DASH[lang])
            elif ch == "+":
                w.append({"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}[lang])
        return " ".join(w)
    if kind == "words":
        local, dom = val.split("@")
        at = rng.choice([" at ", " (at) ", " [at] ", " AT "]) if lang != "ru" else rng.choice([" собака ", " (at) "])
        dot = rng.choice([" dot ", " (dot) ", " [dot] ", " DOT "]) if lang not in ("de", "ru") else rng.choice([" punkt " if lang == "de" else " точка ",
                                                                                                         " dot "])
        return local.replace(".", dot) + at + dom.replace(".", dot)
    if kind == "dotted":
        return val.replace("-", ".").replace(" ", ".")
    if kind == "defang":
        if "@" in val:
            return val.replace("@", "[@]").replace(".", "[.]")
        return val.replace(".", rng.choice(["[.]", "(.)", "{.}"])) if "." in val else val.replace(":", "[:]")
    raise ValueError(kind)


def obf_pick(c, kind):
    """an entity Frag suited to obfuscation kind"""
    rng = c.rng
    opts = {"zero_width": ["email", "phone", "card", "iban", "person", "key", "ssn", "snils"],
            "homoglyph": ["email", "person_latin", "key"], "fullwidth": ["phone", "card", "ssn", "snils", "inn", "passport", "iban"],
            "spaced": ["card", "ssn", "phone", "inn", "snils", "iban"], "spelled": ["phone", "ssn", "snils"], "words": ["email"],
            "dotted": ["ssn", "card", "snils", "phone"], "defang": ["ip4", "ip4", "email", "ip6"]}[kind]
    what = rng.choice(opts)
    if what == "person_latin":
        loc = c.loc if c.loc != "ru_RU" else "en_GB"
        f = E("PERSON", person(c.fk, loc) if c.loc != "ru_RU" else "Ivan Petrov", LANG[loc])
    elif what == "key":
        f = c.key(rng.choice(["aws_id", "ghp", "stripe", "gitlab", "google", "openai", "slack_bot"]))
    elif what == "ssn":
        d = "".join(ch for ch in ssn(rng)[0] if ch.isdigit())
        f = E("US_SSN", d[:3] + "-" + d[3:5] + "-" + d[5:], "dashed")
    else:
        f = {"email": c.email, "phone": c.phone, "card": c.card, "iban": c.iban, "person": c.person, "snils": c.snils,
             "inn": c.inn, "passport": c.passport, "ip4": c.ip4, "ip6": c.ip6}[what]()
    val, lab = f.segs[0]
    lab = dict(lab)
    lab["obf"] = kind
    lab["core"] = None
    return Frag().e(lab["type"], obf_value(rng, kind, val, c.lang), lab["sub"], kind)


CUE = {"EMAIL": {"en": "write to", "de": "schreiben Sie an", "fr": "écrivez à", "ru": "пишите на"},
       "PHONE": {"en": "call", "de": "Rückruf unter", "fr": "appelez le", "ru": "звоните"},
       "CREDIT_CARD": {"en": "card", "de": "Karte", "fr": "carte", "ru": "карта"},
       "IBAN": {"en": "account", "de": "Konto", "fr": "compte", "ru": "счёт"},
       "PERSON": {"en": "contact person", "de": "Ansprechpartner", "fr": "interlocuteur", "ru": "контакт"},
       "API_KEY": {"en": "token", "de": "Token", "fr": "jeton", "ru": "токен"},
       "US_SSN": {"en": "social", "de": "SSN", "fr": "n° de sécu US", "ru": "SSN"},
       "RU_SNILS": {"en": "SNILS", "de": "SNILS", "fr": "SNILS", "ru": "СНИЛС"},
       "RU_INN": {"en": "INN", "de": "INN", "fr": "INN", "ru": "ИНН"},
       "RU_PASSPORT": {"en": "RU passport", "de": "russischer Pass", "fr": "passeport russe", "ru": "паспорт"},
       "IPV4": {"en": "C2 host", "de": "C2-Server", "fr": "serveur C2", "ru": "C2-сервер"},
       "IPV6": {"en": "C2 host", "de": "C2-Server", "fr": "serveur C2", "ru": "C2-сервер"}}


def make_obf(c):
    kinds = ["zero_width", "homoglyph", "fullwidth", "spaced", "spelled", "words", "dotted", "defang"]
    f = Frag()
    f.t(c.L(en=["As requested, the details with the anti-scraping formatting kept: ", "Copied from the forum post: ", "Decoded note: "],
            de=["Wie gewünscht, die Angaben im Originalformat: ", "Aus dem Forenbeitrag kopiert: "],
            fr=["Comme demandé, les infos dans leur format d'origine : ", "Copié depuis le forum : "],
            ru=["Как просили, данные в исходном виде: ", "Скопировано с форума: "]))
    for k in range(c.rng.randint(1, 3)):
        kind = c.rng.choice(kinds)
        ent = obf_pick(c, kind)
        typ = ent.segs[0][1]["type"]
        f.t(("" if k == 0 else "; ") + CUE[typ][c.lang] + " ").add(ent)
    f.t(". ")
    if c.rng.random() < 0.5:
        kind = c.rng.choice(["NEG_ORDER_ID", "NEG_VERSION", "NEG_UUID"])
        f.t(NEG_CUE[kind][c.lang]).add(c.neg(kind)).t(".")
    return f


# ------------------------------------------------------------------------------------------------
# long documents
# ------------------------------------------------------------------------------------------------
def make_text4k(c):
    f = Frag().t(c.L(en="# Account review notes\n\n", de="# Notizen zur Kontenprüfung\n\n", fr="# Notes de revue des comptes\n\n",
                     ru="# Заметки по проверке аккаунтов\n\n"))
    while len(f.render()[0]) < 3900:
        k = c.rng.randrange(3)
        if k == 0:
            kind = c.rng.choice(NEG_KINDS)
            f.add(c.filler(c.rng.randint(2, 5))).t(" " + NEG_CUE[kind][c.lang]).add(c.neg(kind)).t(". ").add(c.filler()).t("\n\n")
        else:
            f.add(c.rng.choice(CHAT)(c)).t("\n\n")
    return f


def jlen(obj):
    out = Frag()
    ser(obj, out, None, 0, ":")
    return len(out.render()[0])


def make_json4k(c):
    k = c.rng.randrange(3)
    if k == 0:
        obj = j_es(c, 1)
        while jlen(obj) < 2900:
            obj["hits"]["hits"].extend(j_es(c, 1)["hits"]["hits"])
        obj["hits"]["total"]["value"] = len(obj["hits"]["hits"])
        return obj
    if k == 1:
        obj = j_graphql(c)
        while jlen(obj) < 2900:
            obj["data"]["organization"]["members"]["edges"].extend(j_graphql(c)["data"]["organization"]["members"]["edges"])
        return obj
    items = []
    while jlen({"results": items}) < 2900:
        items.append(c.rng.choice(JSONS)(c))
    return {"batch": c.neg("NEG_UUID"), "results": items}


# ------------------------------------------------------------------------------------------------
# assembly and self-check
# ------------------------------------------------------------------------------------------------
def chunkify(rng, text):
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def check(doc):
    text = doc["text"]
    for e in doc["entities"] + doc["negatives"]:
        assert text[e["start"]:e["end"]] == e["value"], (doc["id"], e)
        assert any(ch.isalnum() for ch in e["value"]), (doc["id"], e)
        assert e["value"] == e["value"].strip(), (doc["id"], e)
    spans = sorted((e["start"], e["end"]) for e in doc["entities"])
    for a, b in zip(spans, spans[1:]):
        assert a[1] <= b[0], (doc["id"], a, b)
    for n in doc["negatives"]:
        for s, t in spans:
            assert n["end"] <= s or n["start"] >= t, (doc["id"], n)
    for e in doc["entities"]:
        if "core" in e:
            assert e["start"] <= e["core"][0] < e["core"][1] <= e["end"], (doc["id"], e)
    for e in doc["entities"]:
        if e["type"] == "EMAIL" and not e.get("obf"):
            assert re.match(r"^[A-Za-z0-9._+-]+@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9-]+)+$", e["value"]), (doc["id"], e)
        if e["type"] == "PERSON":
            assert not re.match(r"^(Dr|Mr|Mrs|Ms|Miss|Prof|Herr|Frau|M\.|Mme|г-н|г-жа|тов\.)\s", e["value"]), (doc["id"], e)
    if doc["format"] == "json":
        json.loads(text)
    if doc["shape"] == "stream":
        assert "".join(doc["chunks"]) == text
        assert all(1 <= len(ch) <= 16 for ch in doc["chunks"])


def build(seed):
    rng = random.Random(seed)
    plan = [("chat", 180), ("json", 110), ("json4k", 30), ("text4k", 30), ("obfuscated", 70), ("stream", 60)]
    docs = []
    for shape, count in plan:
        for i in range(count):
            loc = LOCALES[(i + rng.randrange(5)) % 5] if rng.random() < 0.3 else LOCALES[i % 5]
            c = Ctx(random.Random(rng.getrandbits(64)), loc)
            base = None
            if shape == "stream":
                base = "chat" if i % 3 else "json"
            kind = base or shape
            if kind == "chat":
                tpl = CHAT[(i // 5 + i) % len(CHAT)] if shape == "chat" else c.rng.choice(CHAT)
                frag = tpl(c)
                if c.rng.random() < 0.4:
                    frag = Frag().add(c.filler()).t(c.rng.choice(["\n\n", " "])).add(frag)
                fmt, name = "text", "h.chat." + tpl.__name__[2:]
            elif kind == "json":
                tpl = JSONS[i % len(JSONS)] if shape == "json" else c.rng.choice(JSONS)
                frag, fmt, name = to_json(tpl(c), c.rng), "json", "h.json." + tpl.__name__[2:]
            elif kind == "json4k":
                frag, fmt, name = to_json(make_json4k(c), c.rng), "json", "h.json4k"
            elif kind == "text4k":
                frag, fmt, name = make_text4k(c), "text", "h.text4k"
            else:
                frag, fmt, name = make_obf(c), "text", "h.obf"
            text, ents, negs, ign = frag.render()
            doc = {"id": "h-%d-%s-%04d" % (seed, shape, i), "split": "heldout_h", "shape": shape, "format": fmt, "locale": loc,
                   "lang": LANG[loc], "template": name, "holdout_only_template": True, "text": text, "entities": ents,
                   "negatives": negs, "ignore": ign}
            if shape == "stream":
                doc["base_shape"] = base
                doc["chunks"] = chunkify(c.rng, text)
            check(doc)
            docs.append(doc)
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=8080)
    a = ap.parse_args()
    docs = build(a.seed)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    ne = sum(len(d["entities"]) for d in docs)
    nn = sum(len(d["negatives"]) for d in docs)
    print("wrote %d docs, %d entities, %d negatives -> %s" % (len(docs), ne, nn, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
