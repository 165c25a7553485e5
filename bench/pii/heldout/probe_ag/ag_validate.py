"""ag_validate.py - structural and checksum validation of probe-AG documents.

    python ag_validate.py FILE.jsonl      # exit 1 on any failure

Checks per document: schema fields; offsets match values; no two spans (entities, negatives,
ignore) overlap; JSON documents parse; stream chunks are 1-16 code points and join to text;
checksummed entities hold (Luhn + brand prefix, IBAN length + mod-97, INN, SNILS, SSN rules,
passport digits, IPv4/IPv6 syntax); NEG_CARDLIKE fails Luhn; every occurrence of a labelled
value lies inside an entity; no e-mail-shaped string and no Luhn-valid 13-19 digit run is left
outside an entity.
"""
import ipaddress
import json
import re
import sys
import unicodedata

from ag_ids import luhn_ok, iban_mod97_ok, inn_ok, snils_ok, ssn_ok, IBAN_LEN

ENT_TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH",
             "STREET_ADDRESS", "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"}
NEG_TYPES = {"NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_DATE", "NEG_HASH", "NEG_VERSION", "NEG_CARDLIKE",
             "NEG_TITLECASE", "NEG_NUMBER", "NEG_EMAILLIKE", "NEG_B64"}
SHAPES = {"chat", "json", "json4k", "text4k", "long64k", "stream", "obfuscated"}
LOCALES = {"en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"}
OBF = {"zero_width", "homoglyph", "fullwidth", "spaced", "dotted", "words", "spelled", "defang"}
ZW_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
RUN_RE = re.compile(r"(?<!\d)\d(?:[ \-]?\d)*(?!\d)")
PURE_RE = re.compile(r"\d{13,19}")
WORDNUM = {w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven",
                                            "eight", "nine"])}
BRAND_PREFIX = {"visa": ("4",), "mastercard": tuple(str(x) for x in range(51, 56)) + tuple(str(x) for x in range(2221, 2721)),
                "amex": ("34", "37"), "discover": ("6011", "65", "644", "645", "646", "647", "648", "649"),
                "jcb": tuple(str(x) for x in range(3528, 3590)), "mir": ("2200", "2201", "2202", "2203", "2204")}


def norm(v, obf):
    """Undo obfuscation enough to check checksums."""
    v = ZW_RE.sub("", v)
    v = unicodedata.normalize("NFKC", v)
    if obf == "spelled":
        v = "".join(WORDNUM.get(w, "") for w in v.split())
    if obf == "defang":
        v = v.replace("[.]", ".").replace("(.)", ".")
    return v


def digits(v):
    return "".join(ch for ch in v if ch.isdigit())


def check_value(e):
    t, v, sub, obf = e["type"], e["value"], e.get("sub"), e.get("obf")
    n = norm(v, obf)
    if t == "CREDIT_CARD":
        d = digits(n)
        if not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "card fails Luhn"
        if sub not in BRAND_PREFIX or not d.startswith(BRAND_PREFIX[sub]):
            return "card brand/prefix mismatch"
    elif t == "IBAN":
        s = "".join(ch for ch in n if ch.isalnum()).upper()
        cc = (sub or "")[:2]
        if s[:2] != cc or IBAN_LEN.get(cc) != len(s) or not iban_mod97_ok(s):
            return "IBAN invalid"
    elif t == "RU_INN":
        if not inn_ok(digits(n)) or not (sub or "").startswith("inn%d" % len(digits(n))):
            return "INN invalid"
    elif t == "RU_SNILS":
        if not snils_ok(n):
            return "SNILS invalid"
    elif t == "US_SSN":
        if not ssn_ok(n):
            return "SSN invalid"
    elif t == "RU_PASSPORT":
        if len(digits(n)) != 10:
            return "passport not 10 digits"
    elif t == "IPV4":
        try:
            ipaddress.IPv4Address(n)
        except ValueError:
            return "bad IPv4"
    elif t == "IPV6" and not obf:
        try:
            ipaddress.IPv6Address(n)
        except ValueError:
            return "bad IPv6"
    elif t == "EMAIL" and obf in (None, "zero_width", "fullwidth"):
        if not EMAIL_RE.fullmatch(n):
            return "bad e-mail"
    elif t == "PHONE":
        if not 7 <= len(digits(n)) <= 15:
            return "phone digit count"
    elif t == "DATE_OF_BIRTH":
        ys = [int(y) for y in re.findall(r"\d{4}", n)]
        if not ys or not all(1900 <= y <= 2010 for y in ys):
            return "DOB year"
    return None


def inside(s, e, spans):
    return any(a <= s and e <= b for a, b in spans)


def overlaps(s, e, spans):
    return any(a < e and s < b for a, b in spans)


def validate_doc(d):
    errs = []
    for k in ("id", "split", "shape", "format", "locale", "lang", "template", "text", "entities", "negatives",
              "ignore"):
        if k not in d:
            errs.append("missing " + k)
    if errs:
        return errs
    text = d["text"]
    if d["shape"] not in SHAPES or d["locale"] not in LOCALES or d["lang"] not in ("en", "de", "fr", "ru"):
        errs.append("bad shape/locale/lang")
    if d["format"] == "json":
        try:
            json.loads(text)
        except ValueError as ex:
            errs.append("json does not parse: %s" % ex)
    if d["shape"] == "stream":
        ch = d.get("chunks")
        if not ch or "".join(ch) != text or any(not 1 <= len(x) <= 16 for x in ch):
            errs.append("bad chunks")
        if d.get("base_shape") not in ("chat", "json", "text4k", "obfuscated"):
            errs.append("bad base_shape")
    elif "chunks" in d:
        errs.append("chunks on non-stream doc")
    spans = []
    for e in d["entities"]:
        if e["type"] not in ENT_TYPES:
            errs.append("entity type %s" % e["type"])
        if text[e["start"]:e["end"]] != e["value"] or e["start"] >= e["end"]:
            errs.append("entity offset mismatch %r" % e["value"])
        if e.get("obf") is not None and e["obf"] not in OBF:
            errs.append("bad obf")
        msg = check_value(e)
        if msg:
            errs.append("%s: %r" % (msg, e["value"]))
        if "core" in e and not (e["start"] <= e["core"][0] < e["core"][1] <= e["end"]):
            errs.append("bad core")
        spans.append((e["start"], e["end"]))
    for n in d["negatives"]:
        if n["type"] not in NEG_TYPES:
            errs.append("negative type %s" % n["type"])
        if text[n["start"]:n["end"]] != n["value"] or n["start"] >= n["end"]:
            errs.append("negative offset mismatch %r" % n["value"])
        if n["type"] == "NEG_CARDLIKE" and luhn_ok(digits(n["value"])):
            errs.append("NEG_CARDLIKE passes Luhn %r" % n["value"])
    allsp = spans + [(n["start"], n["end"]) for n in d["negatives"]] + [tuple(x) for x in d["ignore"]]
    for s, e in d["ignore"]:
        if not 0 <= s < e <= len(text):
            errs.append("ignore out of range")
    allsp.sort()
    for (a1, b1), (a2, b2) in zip(allsp, allsp[1:]):
        if a2 < b1:
            errs.append("overlapping spans %r %r" % (text[a1:b1], text[a2:b2]))
    # every repeat of a labelled value is labelled
    for v in set(e["value"] for e in d["entities"]):
        i = text.find(v)
        while i >= 0:
            if not inside(i, i + len(v), spans):
                errs.append("unlabelled repeat of %r" % v)
                break
            i = text.find(v, i + 1)
    email_spans = [(e["start"], e["end"]) for e in d["entities"] if e["type"] == "EMAIL"]
    for m in EMAIL_RE.finditer(text):
        if not overlaps(m.start(), m.end(), email_spans):
            errs.append("unlabelled e-mail-shaped %r" % m.group())
    for rx in (RUN_RE, PURE_RE):
        for m in rx.finditer(text):
            dg = digits(m.group())
            if 13 <= len(dg) <= 19 and luhn_ok(dg) and not inside(m.start(), m.end(), spans):
                errs.append("unlabelled Luhn-valid run %r" % m.group())
    return errs


def validate_docs(docs):
    bad, ids = 0, set()
    for d in docs:
        errs = validate_doc(d)
        if d.get("id") in ids:
            errs.append("duplicate id")
        ids.add(d.get("id"))
        if errs:
            bad += 1
            for x in errs[:5]:
                print("%s: %s" % (d.get("id"), x), file=sys.stderr)
    return bad


def main(argv):
    total = bad = 0
    for path in argv[1:]:
        docs = [json.loads(line) for line in open(path, encoding="utf-8")]
        total += len(docs)
        bad += validate_docs(docs)
    print("validated %d documents, %d failing" % (total, bad))
    return 1 if bad or not total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
