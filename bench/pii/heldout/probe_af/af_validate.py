"""Validator for probe AF documents (self-contained: its own checksum code, no generator imports).

Usage: python af_validate.py FILE.jsonl   (exit 1 on any failure)
"""
import base64
import ipaddress
import json
import re
import sys
import unicodedata

SHAPES = {"chat", "json", "json4k", "text4k", "long64k", "stream", "obfuscated"}
LOCALES = {"en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"}
TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH",
         "STREET_ADDRESS", "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"}
NEGS = {"NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_DATE", "NEG_HASH", "NEG_VERSION", "NEG_CARDLIKE",
        "NEG_TITLECASE", "NEG_NUMBER", "NEG_EMAILLIKE", "NEG_B64"}
OBFS = {"fullwidth", "zero_width", "spaced", "homoglyph", "words", "spelled", "dotted", "defang"}
SUBS = {"PERSON": {"en", "de", "fr", "ru"}, "STREET_ADDRESS": {"en", "de", "fr", "ru"},
        "US_SSN": {"dashed", "plain", "spaced"}, "RU_SNILS": {"dashed", "formatted", "plain"},
        "RU_PASSPORT": {"spaced", "series_number", "numero", "plain"},
        "RU_INN": {"inn10", "inn12", "inn10_json_number", "inn12_json_number"},
        "MEDICAL_RECORD_NUMBER": {"numeric", "prefixed", "alnum", "nhs"},
        "CREDIT_CARD": {"visa", "mastercard", "amex", "discover", "jcb", "mir"}}
IBAN_LEN = {"DE": 22, "AT": 20, "BE": 16, "NL": 18, "FR": 27, "GB": 22, "CH": 21, "ES": 24, "IT": 27, "PL": 28}
ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
C2L = dict(zip("аеорсхуАВЕКМНОРСТХ", "aeopcxyABEKMHOPCTX"))
NUMW = {}
for _lang, _w in (("en", "zero one two three four five six seven eight nine"),
                  ("de", "null eins zwei drei vier fünf sechs sieben acht neun"),
                  ("fr", "zéro un deux trois quatre cinq six sept huit neuf"),
                  ("ru", "ноль один два три четыре пять шесть семь восемь девять")):
    for _i, _x in enumerate(_w.split()):
        NUMW[_x] = str(_i)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
RUNS = [re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])"),
        re.compile(r"(?<![0-9])[0-9]{4}(?:[ -][0-9]{4}){2,3}(?:[ -][0-9]{1,4})?(?![0-9])"),
        re.compile(r"(?<![0-9])[0-9]{4}[ -][0-9]{6}[ -][0-9]{5}(?![0-9])")]


def luhn(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c) * (2 if i % 2 else 1)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def inn_valid(d):
    def c(ws, ds):
        return sum(w * int(x) for w, x in zip(ws, ds)) % 11 % 10
    if len(d) == 10:
        return c([2, 4, 10, 3, 5, 9, 4, 6, 8], d) == int(d[9])
    if len(d) == 12:
        return (c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8], d) == int(d[10]) and
                c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8], d) == int(d[11]))
    return False


def snils_valid(d):
    if len(d) != 11 or int(d[:9]) <= 1001998:
        return False
    s = sum(int(x) * (9 - i) for i, x in enumerate(d[:9]))
    c = s if s < 100 else (0 if s in (100, 101) else s % 101 % 100)
    return c == int(d[9:])


def nhs_valid(d):
    if len(d) != 10:
        return False
    c = 11 - sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def deobf(v, obf, typ):
    v = unicodedata.normalize("NFKC", v).translate(ZW)
    if obf == "homoglyph" and typ != "PERSON":
        v = "".join(C2L.get(c, c) for c in v)
    if obf == "spelled":
        v = "".join(NUMW.get(w, "") for w in v.split())
    if obf == "words":
        v = re.sub(r"\s*(\[at\]|\(at\)| at |собака|arobase)\s*", "@", v)
        v = re.sub(r"\s*(\[dot\]|\(dot\)|\[punkt\]|\[point\]| dot | punkt | point |точка)\s*", ".", v)
    if obf == "defang":
        v = v.replace("[.]", ".").replace("(.)", ".")
    if obf == "spaced":
        v = v.replace(" ", "") if typ != "PERSON" else v
    return v


def dig(v):
    return "".join(c for c in v if c.isdigit())


def check_value(e):
    t, sub, v = e["type"], e.get("sub"), deobf(e["value"], e.get("obf"), e["type"])
    d = dig(v)
    if t in SUBS and sub not in SUBS[t]:
        return "bad sub %r" % sub
    if t == "CREDIT_CARD":
        pre = {"visa": ("4",), "mastercard": tuple("5%d" % i for i in range(1, 6)) + tuple(str(i) for i in range(2221, 2721)),
               "amex": ("34", "37"), "discover": ("6011", "65", "644", "645", "646", "647", "648", "649"),
               "jcb": tuple(str(i) for i in range(3528, 3590)), "mir": ("2200", "2201", "2202", "2203", "2204")}[sub]
        return None if 13 <= len(d) <= 19 and luhn(d) and d.startswith(pre) else "card invalid"
    if t == "IBAN":
        return None if iban_valid(v) and sub.startswith(v.replace(" ", "")[:2]) else "iban invalid"
    if t == "US_SSN":
        ok = len(d) == 9 and 0 < int(d[:3]) < 900 and d[:3] != "666" and d[3:5] != "00" and d[5:] != "0000"
        return None if ok else "ssn invalid"
    if t == "RU_INN":
        return None if inn_valid(d) and sub.startswith("inn%d" % len(d)) else "inn invalid"
    if t == "RU_SNILS":
        return None if snils_valid(d) else "snils invalid"
    if t == "RU_PASSPORT":
        return None if len(d) == 10 else "passport invalid"
    if t == "MEDICAL_RECORD_NUMBER" and sub == "nhs":
        return None if nhs_valid(d) else "nhs invalid"
    if t == "EMAIL":
        return None if EMAIL_RE.fullmatch(v) else "email shape"
    if t in ("IPV4", "IPV6"):
        try:
            (ipaddress.IPv4Address if t == "IPV4" else ipaddress.IPv6Address)(v)
        except ValueError:
            return "ip invalid"
    if t == "PHONE":
        cc = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "RU": "7"}[sub.split("_")[1]]
        if not 9 <= len(d) <= 15:
            return "phone length"
        if sub.startswith("intl") and not (d.startswith(cc) or d.startswith("00" + cc)):
            return "phone country"
    if t == "DATE_OF_BIRTH" and not re.search(r"(19|20)\d\d", d):
        return "dob year"
    if t == "API_KEY":
        return check_key(e, v)
    return None


def check_key(e, v):
    sub = e.get("sub")
    pref = {"aws_access_key_id": ("AKIA", "ASIA"), "github_pat_classic": ("ghp_",), "github_pat_fine": ("github_pat_",),
            "github_other": ("gho_", "ghs_", "ghu_", "ghr_"), "gitlab": ("glpat-",), "google_api": ("AIza",),
            "slack": ("xoxb-", "xoxp-", "xoxa-", "xoxs-"), "stripe": ("sk_live_", "rk_live_"), "openai_like": ("sk-",),
            "jwt": ("eyJ",)}.get(sub)
    if pref and not v.startswith(pref):
        return "key prefix"
    if sub == "jwt":
        h = v.split(".")[0]
        json.loads(base64.urlsafe_b64decode(h + "=" * (-len(h) % 4)))
    if sub and sub.startswith("pem_"):
        if "BEGIN" not in v or "core" not in e:
            return "pem shape"
    return None


def validate_doc(doc):
    errs = []
    text = doc.get("text", "")
    for k in ("id", "split", "shape", "format", "locale", "lang", "template", "text", "entities", "negatives", "ignore"):
        if k not in doc:
            errs.append("missing " + k)
    if errs:
        return errs
    if doc["shape"] not in SHAPES or doc["locale"] not in LOCALES or doc["format"] not in ("text", "json"):
        errs.append("bad shape/locale/format")
    spans = []
    for e in doc["entities"]:
        s, en = e["start"], e["end"]
        if not (0 <= s < en <= len(text)) or text[s:en] != e["value"]:
            errs.append("entity offset %r" % e)
            continue
        if e["type"] not in TYPES or (e.get("obf") and e["obf"] not in OBFS):
            errs.append("entity type/obf %r" % e)
        if "core" in e and not (s <= e["core"][0] < e["core"][1] <= en):
            errs.append("core %r" % e)
        try:
            msg = check_value(e)
        except Exception as ex:  # noqa: BLE001
            msg = "check crashed %s" % ex
        if msg:
            errs.append("%s: %r" % (msg, e["value"]))
        spans.append((s, en, "E"))
    for n in doc["negatives"]:
        s, en = n["start"], n["end"]
        if n["type"] not in NEGS or not (0 <= s < en <= len(text)) or text[s:en] != n["value"]:
            errs.append("negative %r" % n)
            continue
        msg = neg_problem(n)
        if msg:
            errs.append(msg)
        spans.append((s, en, "N"))
    for s, en in doc["ignore"]:
        if not (0 <= s < en <= len(text)):
            errs.append("ignore %r" % [s, en])
        spans.append((s, en, "I"))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append("overlap %r %r" % (a, b))
    if doc["format"] == "json":
        try:
            json.loads(text)
        except ValueError as ex:
            errs.append("json: %s" % ex)
    if doc["shape"] == "stream":
        ch = doc.get("chunks") or []
        if "".join(ch) != text or any(not 1 <= len(c) <= 16 for c in ch):
            errs.append("chunks")
        if doc.get("base_shape") not in ("chat", "json", "text4k", "obfuscated"):
            errs.append("base_shape")
    errs.extend(coverage(doc, text, spans))
    return errs


def neg_problem(n):
    d, t = dig(n["value"]), n["type"]
    if t == "NEG_CARDLIKE":
        return None if 13 <= len(d) <= 19 and not luhn(d) else "cardlike is luhn-valid %r" % n["value"]
    if t in ("NEG_TIMESTAMP", "NEG_HASH", "NEG_UUID", "NEG_B64"):
        return None
    if (13 <= len(d) <= 19 and luhn(d)) or (len(d) == 10 and (inn_valid(d) or nhs_valid(d))) or \
            (len(d) == 12 and inn_valid(d)) or (len(d) == 11 and snils_valid(d)):
        return "negative passes a checksum %r" % n["value"]
    return None


def coverage(doc, text, spans):
    errs = []
    ent = [(s, e) for s, e, k in spans if k == "E"]
    lab = [(s, e) for s, e, k in spans if k in "EN"]

    def inside(a, b, pool):
        return any(s <= a and b <= e for s, e in pool)

    def touches(a, b, pool):
        return any(a < e and s < b for s, e in pool)
    for e in doc["entities"]:
        v = e["value"]
        if e.get("obf") or len(v) < 3:
            continue
        for m in re.finditer(re.escape(v), text):
            a, b = m.start(), m.end()
            if (a and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                continue
            if not inside(a, b, ent):
                errs.append("unlabelled repeat of %r at %d" % (v, a))
    for m in EMAIL_RE.finditer(text):
        if not touches(m.start(), m.end(), lab):
            errs.append("unlabelled email-shaped %r" % m.group(0))
    for rx in RUNS:
        for m in rx.finditer(text):
            d = dig(m.group(0))
            if 13 <= len(d) <= 19 and luhn(d) and not touches(m.start(), m.end(), lab):
                errs.append("unlabelled Luhn-valid run %r" % m.group(0))
    return errs


def validate_file(path):
    bad, ids, n = 0, set(), 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            n += 1
            errs = validate_doc(doc)
            if doc["id"] in ids:
                errs.append("duplicate id")
            ids.add(doc["id"])
            for e in errs[:5]:
                print("%s: %s" % (doc["id"], e))
            bad += bool(errs)
    print("%s: %d documents, %d with errors" % (path, n, bad))
    return bad == 0


if __name__ == "__main__":
    sys.exit(0 if all(validate_file(p) for p in sys.argv[1:]) else 1)
