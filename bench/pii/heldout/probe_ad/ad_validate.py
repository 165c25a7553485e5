"""ad_validate - structural and checksum validation of generated documents."""
from __future__ import annotations

import ipaddress
import json

import ad_values as V
from ad_obf import normalize

ENTITY_TYPES = {"EMAIL", "PHONE", "US_SSN", "CREDIT_CARD", "IBAN", "IPV4", "IPV6", "PERSON", "DATE_OF_BIRTH",
                "STREET_ADDRESS", "API_KEY", "RU_PASSPORT", "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER"}
NEG_TYPES = {"NEG_TIMESTAMP", "NEG_UUID", "NEG_ORDER_ID", "NEG_DATE", "NEG_HASH", "NEG_VERSION", "NEG_CARDLIKE",
             "NEG_TITLECASE", "NEG_NUMBER", "NEG_EMAILLIKE", "NEG_B64"}
SHAPES = {"chat", "json", "json4k", "text4k", "long64k", "stream", "obfuscated"}


def _digits(v):
    return "".join(c for c in normalize(v) if c.isdigit())


def _alnum(v):
    return "".join(c for c in normalize(v) if c.isalnum()).upper()


def check_entity(e):
    """returns an error string or None"""
    t, v = e["type"], e["value"]
    if not v or not v.strip():
        return "empty value"
    if t == "CREDIT_CARD":
        ds = _digits(v)
        if not (13 <= len(ds) <= 19 and V.luhn_ok(ds)):
            return f"Luhn fails: {v!r}"
    elif t == "IBAN":
        if not V.iban_ok(_alnum(v)):
            return f"IBAN mod-97 fails: {v!r}"
    elif t == "RU_INN":
        if not V.inn_ok(_digits(v)):
            return f"INN checksum fails: {v!r}"
    elif t == "RU_SNILS":
        if not V.snils_ok(_digits(v)):
            return f"SNILS checksum fails: {v!r}"
    elif t == "US_SSN":
        if not V.ssn_ok(_digits(v)):
            return f"SSN invalid: {v!r}"
    elif t == "RU_PASSPORT":
        if len(_digits(v)) != 10:
            return f"passport not 10 digits: {v!r}"
    elif t == "MEDICAL_RECORD_NUMBER" and e.get("sub") == "nhs":
        if not V.nhs_ok(_digits(v)):
            return f"NHS mod-11 fails: {v!r}"
    elif t == "IPV4":
        s = normalize(v).replace("[.]", ".").replace("(.)", ".")
        try:
            ipaddress.IPv4Address(s)
        except ValueError:
            return f"bad IPv4 {v!r}"
    elif t == "IPV6":
        try:
            ipaddress.IPv6Address(normalize(v))
        except ValueError:
            return f"bad IPv6 {v!r}"
    elif t == "EMAIL" and not e.get("obf"):
        if v.count("@") != 1 or "." not in v.split("@")[1]:
            return f"bad email {v!r}"
    elif t == "API_KEY" and e.get("core"):
        pass
    return None


def validate(doc):
    errs = []
    text = doc["text"]
    if doc["shape"] not in SHAPES:
        errs.append("bad shape")
    spans = []
    for e in doc["entities"]:
        if e["type"] not in ENTITY_TYPES:
            errs.append(f"bad entity type {e['type']}")
        if not (0 <= e["start"] < e["end"] <= len(text)) or text[e["start"]:e["end"]] != e["value"]:
            errs.append(f"offset mismatch {e}")
        if "core" in e:
            cs, ce = e["core"]
            if not (e["start"] <= cs < ce <= e["end"]):
                errs.append(f"bad core {e}")
        msg = check_entity(e)
        if msg:
            errs.append(msg)
        spans.append((e["start"], e["end"], "E"))
    for n in doc["negatives"]:
        if n["type"] not in NEG_TYPES:
            errs.append(f"bad neg type {n['type']}")
        if not (0 <= n["start"] < n["end"] <= len(text)) or text[n["start"]:n["end"]] != n["value"]:
            errs.append(f"neg offset mismatch {n}")
        if n["type"] == "NEG_CARDLIKE" and V.luhn_ok("".join(c for c in n["value"] if c.isdigit())):
            errs.append(f"cardlike negative is Luhn-valid {n['value']!r}")
        spans.append((n["start"], n["end"], "N"))
    for s, e in doc["ignore"]:
        if not (0 <= s < e <= len(text)):
            errs.append(f"bad ignore {s},{e}")
        spans.append((s, e, "I"))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append(f"overlap {a} {b}: {text[a[0]:a[1]]!r} / {text[b[0]:b[1]]!r}")
    if doc["format"] == "json":
        try:
            json.loads(text)
        except ValueError as ex:
            errs.append(f"json does not parse: {ex}")
    if doc["shape"] == "stream":
        ch = doc.get("chunks") or []
        if "".join(ch) != text:
            errs.append("chunks do not join to text")
        if any(not (1 <= len(c) <= 16) for c in ch):
            errs.append("chunk size out of 1..16")
    if doc["shape"] == "obfuscated" and any("obf" not in e for e in doc["entities"]):
        errs.append("clean entity in obfuscated doc")
    return errs
