"""Corpus self-checks.  validate(doc, raws) returns a list of problems (empty = OK)."""
import json
import re
import unicodedata

import ae_ids as I

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DIGITRUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")


def _digits(s):
    s = unicodedata.normalize("NFKC", s)
    return "".join(c for c in s if c.isdigit())


def _check_entity(e, raw):
    t, v, sub = e["type"], e["value"], e.get("sub")
    obf = e.get("obf")
    if t == "CREDIT_CARD":
        if not I.luhn_ok(raw):
            return "card fails Luhn"
        if not obf and _digits(v) != raw:
            return "card value/raw mismatch"
    elif t == "IBAN":
        if not I.iban_ok(raw):
            return "IBAN fails mod-97"
        if not obf and v.replace(" ", "") != raw:
            return "IBAN value/raw mismatch"
    elif t == "RU_INN":
        if not I.inn_ok(raw) or (not obf and _digits(v) != raw):
            return "INN checksum"
    elif t == "RU_SNILS":
        if not I.snils_ok(raw) or (not obf and _digits(v) != _digits(raw)):
            return "SNILS checksum"
    elif t == "US_SSN":
        if not I.ssn_ok(raw):
            return "SSN invalid"
    elif t == "MEDICAL_RECORD_NUMBER" and sub == "nhs":
        if not I.nhs_ok(raw):
            return "NHS mod-11"
    elif t == "RU_PASSPORT":
        if len(_digits(raw)) != 10:
            return "RU passport length"
    if obf is None and raw != v:
        if t not in ("CREDIT_CARD", "IBAN", "RU_PASSPORT", "RU_SNILS", "US_SSN"):
            return "raw/value mismatch"
    return None


def validate(doc, raws):
    errs = []
    text = doc["text"]
    spans = []
    for e, raw in zip(doc["entities"], raws):
        s, en = e["start"], e["end"]
        if not (0 <= s < en <= len(text)) or text[s:en] != e["value"]:
            errs.append("entity offset %r" % e)
        msg = _check_entity(e, raw)
        if msg:
            errs.append(msg + " %r" % e)
        spans.append((s, en, "E"))
    for n in doc["negatives"]:
        s, en = n["start"], n["end"]
        if not (0 <= s < en <= len(text)) or text[s:en] != n["value"]:
            errs.append("negative offset %r" % n)
        if n["type"] == "NEG_CARDLIKE" and I.luhn_ok(_digits(n["value"])):
            errs.append("cardlike negative passes Luhn %r" % n)
        spans.append((s, en, "N"))
    for s, en in doc["ignore"]:
        if not (0 <= s < en <= len(text)):
            errs.append("ignore offset %r" % [s, en])
        spans.append((s, en, "I"))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append("overlap %r %r" % (a, b))
    if doc["format"] == "json":
        try:
            json.loads(text)
        except ValueError as ex:
            errs.append("json parse: %s" % ex)
    if doc["shape"] == "stream":
        ch = doc["chunks"]
        if "".join(ch) != text or any(not (1 <= len(c) <= 16) for c in ch):
            errs.append("stream chunks")
    covered = [False] * len(text)
    ecover = [False] * len(text)
    for s, en, k in spans:
        for i in range(s, min(en, len(text))):
            covered[i] = True
            if k in ("E", "I"):
                ecover[i] = True
    # every occurrence of a labelled value must itself be labelled (or sit in a don't-care span)
    for e in doc["entities"]:
        v = e["value"]
        if len(v) < 6:
            continue
        i = text.find(v)
        while i >= 0:
            if not all(ecover[i:i + len(v)]):
                errs.append("unlabelled repeat of %r" % v)
                break
            i = text.find(v, i + 1)
    # no stray e-mail address or Luhn-valid long digit run outside labelled spans
    for m in EMAIL_RE.finditer(text):
        if not any(covered[m.start():m.end()]):
            errs.append("unlabelled email-like %r" % m.group())
    for m in DIGITRUN_RE.finditer(text):
        ds = _digits(m.group())
        if 13 <= len(ds) <= 19 and I.luhn_ok(ds) and not any(covered[m.start():m.end()]):
            errs.append("unlabelled Luhn-valid run %r" % m.group())
    return errs
