# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Recognizers of the PII engine (PRIVATE to the collection, stdlib only).

Presidio-shaped: ``Recognizer`` is the abstract base (``load``/``analyze``), ``PatternRecognizer``
covers regex + validator + context + deny-list recognizers, and the predefined recognizers
below implement the format-specific logic.  Every recognizer appends *candidates*
``(start, end, type, score)``; overlap resolution happens once, in the engine.

All regular expressions are written to be linear-time: no nested unbounded quantifiers over
overlapping character sets, bounded repetition where a match could otherwise be re-scanned.
"""

from __future__ import annotations

import re
from abc import ABCMeta, abstractmethod

from . import lexicons as L
from .validators import (
    VALIDATORS, card_ok, date_parts_ok, iban_ok, inn_ok, ipv4_ok, ipv6_ok, jwt_ok, nhs_ok,
    ru_passport_ok, snils_ok, ssn_ok, IBAN_LENGTHS,
)

ALL_LANGUAGES = ("en", "de", "fr", "ru")


class Doc(object):
    """Text under analysis plus cheap shared helpers."""

    __slots__ = ("text", "n")

    def __init__(self, text):
        self.text = text
        self.n = len(text)

    def window(self, pos, size=48):
        return self.text[max(0, pos - size):pos].lower()


# ------------------------------------------------------------------------------------------
# context cues
# ------------------------------------------------------------------------------------------
def _cue_alt(words):
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        if len(w.strip()) <= 4:
            esc = r"(?<![a-zа-яё])" + esc + r"(?![a-zа-яё])"
        parts.append(esc)
    return "|".join(parts)


_CUE_KINDS = (
    ("dob", L.DOB_CUES), ("mrn", L.MRN_CUES), ("ssn", L.SSN_CUES), ("inn", L.INN_CUES),
    ("snils", L.SNILS_CUES), ("passport", L.PASSPORT_CUES), ("phone", L.PHONE_CUES),
    ("card", L.CARD_CUES),
    ("version", ("version", "ver.", "release", "build", "firmware", "сборк", "верси", "релиз",
                 "veröffentlicht", "ausgerollt", "upgrade", "patch", "kernel", "sdk")),
    ("date", ("created", "updated", "modified", "issued", "expires", "expiry", "timestamp", "visit",
              "admitted", "admission", "discharged", "appointment", "scheduled", "deadline", "due",
              "invoice date", "order date", "shipped", "delivered", "encounter", "date of service",
              "erstellt", "termin", "rendez-vous", "livré", "выдан", "дата выдачи", "заказ")),
)
_CUE_RE = re.compile("|".join("(?P<%s>%s)" % (k, _cue_alt(w)) for k, w in _CUE_KINDS))


def last_cue(window):
    """Kind of the cue nearest to the end of ``window`` (or None) and its end offset."""
    kind = None
    end = -1
    for m in _CUE_RE.finditer(window):
        kind = m.lastgroup
        end = m.end()
    return kind, end


def has_cue(window, kind):
    for m in _CUE_RE.finditer(window):
        if m.lastgroup == kind:
            return True
    return False


# ------------------------------------------------------------------------------------------
# base classes
# ------------------------------------------------------------------------------------------
class Recognizer(metaclass=ABCMeta):
    """Abstract recognizer.  Subclasses set ``name`` and ``entities`` and implement analyze."""

    name = "recognizer"
    entities = ()
    languages = ALL_LANGUAGES
    # longest text a single finding of this recognizer can span, and the context it reads
    # on either side; used to bound the streaming hold-back.
    max_len = 128
    context_len = 64

    def load(self):
        """Prepare resources (no-op for the predefined recognizers; all data is in-module)."""
        return None

    @abstractmethod
    def analyze(self, doc, out):
        """Append candidate tuples ``(start, end, type, score)`` for ``doc`` to ``out``."""

    def to_dict(self):
        return {"name": self.name, "entities": list(self.entities), "type": "predefined"}


class Pattern(object):
    __slots__ = ("name", "regex", "score")

    def __init__(self, name, regex, score=0.6):
        self.name = name
        self.regex = re.compile(regex) if isinstance(regex, str) else regex
        self.score = float(score)


class PatternRecognizer(Recognizer):
    """Regex patterns and/or a deny-list, with validation and context hooks."""

    def __init__(self, entity, patterns=None, name=None, context=None, deny_list=None,
                 validator=None, gate=None, context_boost=0.35, max_len=128):
        self.entity = entity
        self.entities = (entity,)
        self.name = name or ("pattern_" + entity.lower())
        self.patterns = list(patterns or [])
        self.context = tuple(w.lower() for w in (context or ()))
        self.context_re = re.compile(_cue_alt(self.context)) if self.context else None
        self.validator = VALIDATORS[validator] if isinstance(validator, str) else validator
        self.gate = tuple(gate or ())
        self.context_boost = context_boost
        self.max_len = max_len
        self.deny_re = None
        if deny_list:
            words = sorted(set(deny_list), key=len, reverse=True)
            self.deny_re = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(w) for w in words))
            self.max_len = max(self.max_len, max(len(w) for w in words))

    def validate_result(self, value):
        """True: confirmed (score 1.0); False: drop; None: keep pattern score."""
        if self.validator is None:
            return None
        return bool(self.validator(value))

    def invalidate_result(self, value):
        return False

    def analyze(self, doc, out):
        text = doc.text
        if self.gate and not any(g in text for g in self.gate):
            pass
        else:
            for pat in self.patterns:
                for m in pat.regex.finditer(text):
                    s, e = m.span(m.lastindex or 0) if m.lastindex else m.span()
                    if e <= s:
                        continue
                    value = text[s:e]
                    v = self.validate_result(value)
                    if v is False or self.invalidate_result(value):
                        continue
                    score = 1.0 if v else pat.score
                    if self.context_re is not None and self.context_re.search(doc.window(s, 64)):
                        score = min(1.0, score + self.context_boost)
                    out.append((s, e, self.entity, score))
        if self.deny_re is not None:
            for m in self.deny_re.finditer(text):
                out.append((m.start(), m.end(), self.entity, 1.0))

    def to_dict(self):
        return {"name": self.name, "entities": [self.entity], "type": "custom"}


# ------------------------------------------------------------------------------------------
# e-mail
# ------------------------------------------------------------------------------------------
_EMAIL_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+/=?^_`{|}~-")
_EMAIL_DOMAIN_RE = re.compile(r"(?:[A-Za-z0-9\u00c0-\u024f\u0400-\u04ff](?:[A-Za-z0-9\u00c0-\u024f\u0400-\u04ff-]{0,62})\.){1,8}"
                              r"(?:[A-Za-z\u0400-\u04ff]{2,24}|xn--[a-z0-9-]{2,40})(?![\w-])")


class EmailRecognizer(Recognizer):
    name = "email"
    entities = ("EMAIL",)
    max_len = 254

    def analyze(self, doc, out):
        text = doc.text
        find = text.find
        i = find("@")
        while i >= 0:
            j = i
            lim = max(0, i - 64)
            while j > lim and text[j - 1] in _EMAIL_LOCAL_CHARS:
                j -= 1
            while j < i and not text[j].isalnum():
                j += 1
            if j < i:
                m = _EMAIL_DOMAIN_RE.match(text, i + 1)
                if m:
                    local = text[j:i]
                    if not local.endswith(".") and ".." not in local:
                        out.append((j, m.end(), "EMAIL", 0.95))
            i = find("@", i + 1)


# ------------------------------------------------------------------------------------------
# numbers: phones, cards, SSN, SNILS, INN, passports, IPv4, numeric dates, numeric MRN
# ------------------------------------------------------------------------------------------
_CLUSTER_RE = re.compile(r"(?<![\w.@/+\-])(?:\+ ?)?\(?\d(?:[\d()]|[ \-./\u2013](?=[\d(])|\s?№\s?(?=\d))*")
_GROUP_RE = re.compile(r"\d+")
_SEP_RE = re.compile(r"\D+")
_TS_AFTER_RE = re.compile(r"(?:[T ]\d{1,2}:\d\d|T\d)")
_VERSION_BEFORE_RE = re.compile(r"(?:\b(?:v|ver|version|release|build|rev|r)\.?\s*|@|\bv)$", re.IGNORECASE)


def _date_from_groups(groups, seps):
    if len(groups) != 3 or len(set(seps)) != 1 or seps[0] not in ("/", ".", "-", ". "):
        return False
    a, b, c = groups
    try:
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return date_parts_ok(int(a), int(b), int(c))
        if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            x, y, yr = int(a), int(b), int(c)
            return date_parts_ok(yr, y, x) or date_parts_ok(yr, x, y)
    except ValueError:
        return False
    return False


class NumberRecognizer(Recognizer):
    name = "numbers"
    entities = ("PHONE", "US_SSN", "CREDIT_CARD", "IPV4", "DATE_OF_BIRTH", "RU_PASSPORT",
                "RU_SNILS", "RU_INN", "MEDICAL_RECORD_NUMBER", "UK_NHS")
    max_len = 64
    context_len = 48

    def analyze(self, doc, out):
        text = doc.text
        for m in _CLUSTER_RE.finditer(text):
            s, e = m.span()
            raw = m.group(0)
            # trim trailing junk
            while raw and not raw[-1].isdigit():
                if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
                    break
                raw = raw[:-1]
                e -= 1
            if e - s < 6:
                continue
            if raw.startswith("(") and ")" not in raw:
                raw = raw[1:]
                s += 1
            if not self._classify(doc, s, e, raw, out) and " " in raw:
                self._split(doc, s, raw, out)

    def _split(self, doc, s, raw, out):
        parts = []
        pos = 0
        for tok in raw.split(" "):
            parts.append((pos, pos + len(tok)))
            pos += len(tok) + 1
        n = len(parts)
        if n > 8 or n < 2:
            return
        for size in range(n - 1, 0, -1):
            for i in range(0, n - size + 1):
                a = parts[i][0]
                b = parts[i + size - 1][1]
                sub = raw[a:b]
                if not sub or not sub[0].isdigit() and sub[0] not in "+(":
                    continue
                if not sub[-1].isdigit():
                    continue
                if self._classify(doc, s + a, s + b, sub, out):
                    return

    def _classify(self, doc, s, e, raw, out):
        text = doc.text
        groups = _GROUP_RE.findall(raw)
        digits = "".join(groups)
        nd = len(digits)
        if nd < 6:
            return False
        seps = _SEP_RE.findall(raw.lstrip("+(").rstrip(")"))
        ng = len(groups)
        gl = tuple(len(g) for g in groups)
        plus = raw[0] == "+"
        window = doc.window(s, 48)
        cue, cue_end = last_cue(window)
        # IPv4
        if ng == 4 and not plus and all(x == "." for x in seps):
            if all(len(g) <= 3 for g in groups) and ipv4_ok(raw):
                tail = text[e:e + 2]
                if tail[:1] == "." and tail[1:2].isdigit():
                    return True
                if cue == "version" and len(window) - cue_end < 12:
                    return True
                if _VERSION_BEFORE_RE.search(text[max(0, s - 10):s]):
                    return True
                out.append((s, e, "IPV4", 0.9))
                return True
            return False
        if ng >= 5 and all(x == "." for x in seps) and max(gl) <= 3:
            return True  # dotted version / OID
        # numeric dates
        if ng == 3 and not plus and _date_from_groups(groups, seps):
            if _TS_AFTER_RE.match(text, e):
                return True
            if cue == "dob":
                out.append((s, e, "DATE_OF_BIRTH", 0.85))
            return True
        # payment cards
        if 13 <= nd <= 19 and not plus and (ng == 1 or (min(gl) >= 3 and len(set(seps)) == 1
                                                          and seps[0] in (" ", "-", "."))):
            if card_ok(digits):
                out.append((s, e, "CREDIT_CARD", 0.95))
                return True
        # medical record numbers (numeric) and NHS numbers
        if cue == "mrn" and 6 <= nd <= 12 and not plus:
            if nd == 10 and gl in ((3, 3, 4), (10,)) and nhs_ok(digits):
                out.append((s, e, "UK_NHS", 0.9))
            else:
                out.append((s, e, "MEDICAL_RECORD_NUMBER", 0.8))
            return True
        # US SSN
        if nd == 9 and not plus:
            if gl == (3, 2, 4) and len(set(seps)) == 1 and seps[0] in ("-", " ", ".") and ssn_ok(digits):
                out.append((s, e, "US_SSN", 0.85 if cue != "phone" else 0.5))
                return True
            if ng == 1 and cue == "ssn" and ssn_ok(digits):
                out.append((s, e, "US_SSN", 0.85))
                return True
        # SNILS
        if nd == 11 and not plus:
            if gl == (3, 3, 3, 2) and snils_ok(digits):
                out.append((s, e, "RU_SNILS", 0.95))
                return True
            if gl == (3, 3, 3, 2) and cue == "snils":
                out.append((s, e, "RU_SNILS", 0.7))
                return True
            if ng == 1 and snils_ok(digits) and cue != "phone":
                out.append((s, e, "RU_SNILS", 0.9 if cue == "snils" else 0.55))
                return True
        # INN
        if ng == 1 and nd in (10, 12) and not plus and inn_ok(digits):
            if cue == "inn":
                out.append((s, e, "RU_INN", 0.9))
                return True
            if nd == 12 and cue not in ("phone", "card", "passport"):
                out.append((s, e, "RU_INN", 0.55))
                return True
        # RU passport
        if nd == 10 and not plus and ru_passport_ok(digits):
            numero = "№" in raw
            if cue == "passport" and (gl in ((2, 2, 6), (4, 6), (10,)) or numero):
                out.append((s, e, "RU_PASSPORT", 0.9))
                return True
            if numero or (gl == (2, 2, 6) and seps == [" ", " "]):
                out.append((s, e, "RU_PASSPORT", 0.65))
                return True
        if nd == 10 and gl == (3, 3, 4) and cue == "mrn":
            out.append((s, e, "UK_NHS", 0.8))
            return True
        # phones
        score = self._phone_score(raw, digits, nd, groups, gl, seps, plus, cue)
        if score:
            out.append((s, e, "PHONE", score))
            return True
        return False

    @staticmethod
    def _phone_score(raw, digits, nd, groups, gl, seps, plus, cue):
        if nd > 15 or nd < 7:
            return 0
        if plus:
            return 0.9 if nd >= 8 else 0
        if cue in ("card", "version", "date", "inn", "snils", "passport", "ssn"):
            weak = True
        else:
            weak = False
        if digits.startswith("00") and 11 <= nd <= 15:
            return 0.8
        if "(" in raw and ")" in raw and 10 <= nd <= 12:
            return 0.8
        if weak:
            return 0
        uniform = len(set(seps)) <= 1
        if digits[0] == "0" and 9 <= nd <= 12:
            if len(groups) == 1 and nd in (10, 11):
                return 0.7
            if len(groups) >= 2 and min(gl[1:]) >= 2:
                return 0.75
        if gl in ((3, 3, 4), (1, 3, 3, 4)) and uniform and seps and seps[0] in ("-", ".", " "):
            return 0.7
        if gl in ((3, 3, 2, 2), (1, 3, 3, 2, 2), (1, 3, 3, 4), (3, 3, 4)) and digits[0] in "78":
            return 0.75
        if gl == (2, 2, 2, 2, 2):
            return 0.75
        if cue == "phone" and 7 <= nd <= 15:
            return 0.75
        return 0


# ------------------------------------------------------------------------------------------
# IBAN
# ------------------------------------------------------------------------------------------
_IBAN_RE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})")


class IbanRecognizer(Recognizer):
    name = "iban"
    entities = ("IBAN",)
    max_len = 48

    def analyze(self, doc, out):
        text = doc.text
        for m in _IBAN_RE.finditer(text):
            cc = m.group(1)
            want = IBAN_LENGTHS.get(cc)
            if want is None:
                continue
            s = m.start()
            body = m.group(0)
            # take exactly `want` alphanumerics
            k = 0
            end = None
            for idx, ch in enumerate(body):
                if ch != " ":
                    k += 1
                    if k == want:
                        end = idx + 1
                        break
            if end is None:
                continue
            cand = body[:end]
            compact = cand.replace(" ", "")
            nxt = text[s + end:s + end + 1]
            if nxt.isalnum() and " " not in cand:
                continue
            if iban_ok(compact):
                out.append((s, s + end, "IBAN", 1.0))


# ------------------------------------------------------------------------------------------
# IPv6
# ------------------------------------------------------------------------------------------
_IPV6_RE = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:(?<=:)\d{1,3}(?:\.\d{1,3}){3})?(?![\w:])")


class Ipv6Recognizer(Recognizer):
    name = "ipv6"
    entities = ("IPV6",)
    max_len = 45

    def analyze(self, doc, out):
        text = doc.text
        if "::" not in text and text.count(":") < 7:
            return
        for m in _IPV6_RE.finditer(text):
            v = m.group(0)
            if len(v) < 3:
                continue
            if ipv6_ok(v):
                if v.count(":") < 3 and v.startswith("::") is False and "::" not in v:
                    continue
                out.append((m.start(), m.end(), "IPV6", 0.9))


# ------------------------------------------------------------------------------------------
# secrets: provider tokens, JWT, PEM, URL credentials, key=value passwords
# ------------------------------------------------------------------------------------------
_TOKEN_PATTERNS = (
    ("AKIA", r"(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    ("ASIA", None), ("AGPA", None), ("AIDA", None), ("AROA", None),
    ("gh", r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{30,255}(?![A-Za-z0-9_])"),
    ("github_pat_", r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}"),
    ("gl", r"(?<![A-Za-z0-9_])gl(?:pat|dt|rt|ptt|ft|imt|agent|oas|cbt|soat|ffct)-[A-Za-z0-9_\-]{20,64}(?![A-Za-z0-9_\-])"),
    ("xox", r"(?<![A-Za-z0-9])xox[abposrec]-[A-Za-z0-9\-]{10,250}(?![A-Za-z0-9\-])"),
    ("hooks.slack.com", r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/_\-]{20,120}"),
    ("_live_", r"(?<![A-Za-z0-9])(?:sk|pk|rk)_live_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])"),
    ("_test_", r"(?<![A-Za-z0-9])(?:sk|rk)_test_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])"),
    ("whsec_", r"(?<![A-Za-z0-9])whsec_[A-Za-z0-9+/=]{20,100}"),
    ("AIza", r"(?<![A-Za-z0-9])AIza[0-9A-Za-z_\-]{35}(?![A-Za-z0-9_\-])"),
    ("sk-", r"(?<![A-Za-z0-9_\-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_\-]{20,200}(?![A-Za-z0-9_\-])"),
    ("npm_", r"(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    ("hf_", r"(?<![A-Za-z0-9])hf_[A-Za-z]{30,40}(?![A-Za-z0-9])"),
    ("SG.", r"(?<![A-Za-z0-9])SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])"),
    ("pypi-", r"(?<![A-Za-z0-9])pypi-[A-Za-z0-9_\-]{50,200}"),
    ("dop_v1_", r"(?<![A-Za-z0-9])do[opr]_v1_[a-f0-9]{64}"),
    ("ya29.", r"(?<![A-Za-z0-9])ya29\.[A-Za-z0-9_\-]{30,400}"),
)
_TOKEN_RES = []
for _gate, _rx in _TOKEN_PATTERNS:
    if _rx is None:
        _TOKEN_RES[-1][0].append(_gate)
    else:
        _TOKEN_RES.append(([_gate], re.compile(_rx)))

_JWT_RE = re.compile(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-.]{5,}")
PEM_BODY = r"(?:[A-Za-z0-9+/=\s:,]|\\[nr])"
_PEM_RE = re.compile(r"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----" + PEM_BODY + r"*"
                     r"(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?")
_URL_CRED_RE = re.compile(r"(?<![\w])[A-Za-z][A-Za-z0-9+.\-]{1,20}://([^\s:/@\"'<>]{1,64}):([^\s\"'<>/]{1,128})@(?=[\w\[])")
_KV_SECRET_RE = re.compile(
    r"(?i)(?<![a-z0-9])((?:[a-z0-9]+[_\-. ]?)?(?:password|passwd|passwort|kennwort|pass|pwd|passphrase|"
    r"secret|secret[_\-]?access[_\-]?key|client[_\-]?secret|api[_\-]?key|apikey|access[_\-]?token|"
    r"auth[_\-]?token|token|mot de passe|mdp|пароль|private[_\-]?key))"
    r"(\\?[\"']?\s{0,3}(?:[:=]|=>|\s(?:is|ist|est|lautet|это|:)\s?)\s{0,3}\\?[\"'`]?)")
_KV_VALUE_RE = re.compile(r"[^\s\"'`,;<>\\]{4,128}")
_WORDY_RE = re.compile(r"^[a-z]+$")


class SecretRecognizer(Recognizer):
    name = "secrets"
    entities = ("API_KEY",)
    max_len = 4096
    context_len = 48

    def analyze(self, doc, out):
        text = doc.text
        for gates, rx in _TOKEN_RES:
            for g in gates:
                if g in text:
                    break
            else:
                continue
            for m in rx.finditer(text):
                out.append((m.start(), m.end(), "API_KEY", 0.95))
        if "eyJ" in text:
            for m in _JWT_RE.finditer(text):
                v = m.group(0).rstrip(".")
                if jwt_ok(v):
                    out.append((m.start(), m.start() + len(v), "API_KEY", 0.95))
        if "-----BEGIN" in text:
            for m in _PEM_RE.finditer(text):
                e = m.end()
                while e > m.start() and text[e - 1] in " \t\r\n":
                    e -= 1
                out.append((m.start(), e, "API_KEY", 1.0))
        if "://" in text:
            for m in _URL_CRED_RE.finditer(text):
                pw = m.group(2)
                if pw and not pw.startswith("[") and not pw.endswith("]"):
                    out.append((m.start(2), m.end(2), "API_KEY", 1.0))
        for m in _KV_SECRET_RE.finditer(text):
            vm = _KV_VALUE_RE.match(text, m.end())
            if not vm:
                continue
            v = vm.group(0)
            key = m.group(1).lower()
            if v[0] in "[{(<" or v.startswith("${") or v.startswith("{{"):
                continue
            if v.lower() in ("null", "none", "true", "false", "redacted", "hidden", "changeme", "required",
                             "******", "xxxx", "secret", "password", "token"):
                continue
            strong = any(c.isdigit() for c in v) + any(c.isupper() for c in v) + any(not c.isalnum() for c in v)
            if _WORDY_RE.match(v) and strong == 0:
                continue  # plain lower-case word: "password is required", "token expired"
            if "key" in key or "token" in key or "secret" in key:
                if len(v) < 16 or strong < 2:
                    continue
            elif strong == 0 and len(v) < 12:
                continue
            e = vm.end()
            while e > vm.start() and text[e - 1] in ".!?)" and (e - vm.start()) > 4 and text[e - 1] == ".":
                e -= 1
            out.append((vm.start(), e, "API_KEY", 0.8))


# ------------------------------------------------------------------------------------------
# MRN (alphanumeric, cue driven)
# ------------------------------------------------------------------------------------------
_MRN_CUE_RE = re.compile(
    r"(?i)(?<![a-z])(?:mrn|medical[ _\-]?record(?:[ _\-]?(?:number|no|num|#))?|patient[ _\-]?(?:id|no|number|#)|"
    r"health[ _\-]?record[ _\-]?(?:number|no)?|hospital[ _\-]?number|chart[ _\-]?(?:number|no|#)|ehr[ _\-]?id|"
    r"patientennummer|patienten[ _\-]?id|fallnummer|krankenakte|num[ée]ro de dossier|dossier m[ée]dical|"
    r"n° de dossier|ipp|медицинск\w{0,3} карт\w{0,3}|номер карты пациента|номер медкарты|медкарт\w{0,2})(?![a-z])")
_MRN_VAL_RE = re.compile(r"(?:\\?[\"']?\s{0,3}(?:[:=#№]|is|ist|est|no\.?|nr\.?|number|номер)?\s{0,3}\\?[\"']?\s{0,2}){0,2}"
                         r"([A-Za-z]{0,4}[#\-]?\d[A-Za-z0-9\-/#]{3,20})")


class MrnRecognizer(Recognizer):
    name = "mrn"
    entities = ("MEDICAL_RECORD_NUMBER",)
    max_len = 64

    def analyze(self, doc, out):
        text = doc.text
        for m in _MRN_CUE_RE.finditer(text):
            vm = _MRN_VAL_RE.match(text, m.end())
            if not vm:
                continue
            v = vm.group(1)
            while v and not v[-1].isalnum():
                v = v[:-1]
            if sum(c.isdigit() for c in v) < 4 or len(v) < 5:
                continue
            s = vm.start(1)
            if s - m.end() > 12:
                continue
            out.append((s, s + len(v), "MEDICAL_RECORD_NUMBER", 0.85))


# ------------------------------------------------------------------------------------------
# dates of birth written with month names
# ------------------------------------------------------------------------------------------
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|"
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
)
_TEXT_DATE_RE = re.compile(
    r"(?i)(?<![\w])(?:(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s{1,2}(?:of\s)?(?:%s)\.?,?\s{1,2}\d{4})|"
    r"(?:(?:%s)\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}\d{4}))(?:\s?(?:г\.|года|г))?(?![\w])" % (_MONTHS, _MONTHS))
_DOB_GATE_RE = re.compile(_cue_alt(L.DOB_CUES))


class TextDateRecognizer(Recognizer):
    name = "text_dates"
    entities = ("DATE_OF_BIRTH",)
    max_len = 40

    def analyze(self, doc, out):
        text = doc.text
        for m in _TEXT_DATE_RE.finditer(text):
            s = m.start()
            cue, _ = last_cue(doc.window(s, 48))
            if cue == "dob":
                out.append((s, m.end(), "DATE_OF_BIRTH", 0.85))


# ------------------------------------------------------------------------------------------
# persons
# ------------------------------------------------------------------------------------------
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁ"
_LO = "a-zß-öø-ÿā-žа-яё"
_NAME_TOK = r"(?:(?:Mc|Mac|O'|O’|D'|d'|De|Di|Le|La|Van|Von)?[%s][%s]{1,30}(?:[-'’][%s][%s]{1,30})?)" % (_UP, _LO, _UP, _LO)
_INITIAL = r"(?:[%s]\.)" % _UP
_PARTICLE = r"(?:von der|von|van der|van den|van|de la|de|du|des|der|den|la|le|di|da|dos|del|ter|ten|bin|al|ibn)"
_PERSON_SEQ_RE = re.compile(
    r"(?<![\w@.])(?:%s|%s)(?:(?: | ?, )(?:%s|%s)|(?: %s(?= [%s]))){0,4}" % (
        _NAME_TOK, _INITIAL, _NAME_TOK, _INITIAL, _PARTICLE, _UP))
_TOKEN_SPLIT_RE = re.compile(r"[^\s,]+(?: (?=[a-z]))?")
_PREV_WORD_RE = re.compile(r"([^\W\d_]+)\.?[\s:,=\"'\\(-]*$")
_CYR_RE = re.compile("[А-Яа-яЁё]")
_PERSON_KEY_NORM = re.compile(r"[_\-\s]")


def _is_first(tok):
    if tok in L.FIRST_NAMES:
        return True
    if "-" in tok:
        head = tok.split("-", 1)[0]
        return head in L.FIRST_NAMES
    return False


def _is_surname_shape_ru(tok):
    low = tok.lower()
    return low.endswith(L.RU_SURNAME_SUFFIXES)


def _is_patronymic(tok):
    return tok.lower().endswith(L.RU_PATRONYMIC_SUFFIXES) and len(tok) > 5


class PersonRecognizer(Recognizer):
    name = "person"
    entities = ("PERSON",)
    max_len = 96
    context_len = 40

    def analyze(self, doc, out):
        text = doc.text
        for m in _PERSON_SEQ_RE.finditer(text):
            self._seq(doc, m.start(), m.group(0), out)

    def _prev_cue(self, doc, s):
        w = text_before = doc.text[max(0, s - 32):s]
        if not w:
            return None
        pm = _PREV_WORD_RE.search(text_before)
        if not pm:
            return None
        word = pm.group(1).lower()
        if word in L.TITLES:
            return "title"
        if word in L.PERSON_CUES:
            return "cue"
        if _PERSON_KEY_NORM.sub("", word) in L.PERSON_KEYS and (":" in pm.group(0) or "=" in pm.group(0)):
            return "key"
        return None

    def _seq(self, doc, s, seq, out):
        # tokens with offsets
        toks = []
        for tm in _TOKEN_SPLIT_RE.finditer(seq):
            t = tm.group(0).rstrip()
            toks.append((s + tm.start(), s + tm.start() + len(t), t))
        # split on commas: handle "Surname, Given" separately
        comma = "," in seq
        # strip leading non-name words, remembering cues
        cue = None
        i = 0
        while i < len(toks):
            t = toks[i][2]
            low = t.lower().rstrip(".")
            if low in L.TITLES and (t.endswith(".") or i + 1 < len(toks)):
                cue = "title"
                i += 1
                continue
            if t in L.NON_NAME_WORDS or low in L.PERSON_CUES:
                if low in L.PERSON_CUES or low in L.TITLES:
                    cue = cue or "cue"
                i += 1
                continue
            break
        toks = toks[i:]
        if not toks:
            return
        if cue is None:
            cue = self._prev_cue(doc, toks[0][0])
        if comma:
            self._comma(doc, toks, cue, out)
            return
        # trim trailing non-name words
        while toks and (toks[-1][2] in L.NON_NAME_WORDS or toks[-1][2].lower() in L.PERSON_CUES):
            toks = toks[:-1]
        if not toks:
            return
        self._judge(toks, cue, out)

    def _comma(self, doc, toks, cue, out):
        # Surname, Given [Middle]
        text = doc.text
        groups = [[]]
        for idx, tk in enumerate(toks):
            groups[-1].append(tk)
            if idx + 1 < len(toks) and "," in text[tk[1]:toks[idx + 1][0]]:
                groups.append([])
        done = False
        if len(groups) == 2 and 1 <= len(groups[0]) <= 2 and 1 <= len(groups[1]) <= 2:
            g0, g1 = groups
            if (_is_first(g1[0][2]) or cue in ("key", "title", "cue")) and g0[0][2] not in L.NON_NAME_WORDS \
                    and not _is_first(g0[0][2]) or (_is_first(g1[0][2]) and g0[0][2] in L.SURNAMES):
                out.append((g0[0][0], g1[-1][1], "PERSON", 0.8))
                done = True
        if not done:
            for g in groups:
                if g:
                    self._judge(g, cue, out)

    def _judge(self, toks, cue, out):
        n = len(toks)
        names = [t[2] for t in toks]
        if n > 4:
            toks = toks[:4]
            names = names[:4]
            n = 4
        initials = [len(x) == 2 and x.endswith(".") for x in names]
        if all(initials):
            return
        cyr = bool(_CYR_RE.search(names[0]))
        score = 0.0
        if n >= 2:
            f0 = _is_first(names[0])
            amb0 = names[0] in L.AMBIGUOUS_FIRST
            last = names[-1]
            if any(_is_patronymic(x) for x in names) and cyr:
                score = 0.9
            elif f0 and not amb0 and not initials[-1]:
                score = 0.85
            elif f0 and amb0 and (last in L.SURNAMES or cue or initials[1]):
                score = 0.8
            elif cyr and (any(_is_first(x) for x in names) or (cue and any(_is_surname_shape_ru(x) for x in names))):
                score = 0.85
            elif cyr and _is_surname_shape_ru(names[0]) and any(initials):
                score = 0.85
            elif n >= 2 and _is_first(names[1]) and names[0] in L.SURNAMES:
                score = 0.75
            elif last in L.SURNAMES and (cue or n == 3 and initials[1]):
                score = 0.8
            elif n == 3 and initials[1] and not initials[0] and not initials[2]:
                score = 0.75
            elif cue in ("title", "cue", "key") and n <= 3:
                score = 0.7
            elif last in L.SURNAMES and not initials[0] and names[0] not in L.NON_NAME_WORDS and n == 2:
                score = 0.6
            if score and initials[-1] and not cyr:
                # "John D." -> keep the initial
                pass
        else:
            t = names[0]
            if initials[0]:
                return
            if cue == "title":
                score = 0.8
            elif cue in ("cue", "key") and (_is_first(t) or t in L.SURNAMES or (cyr and _is_surname_shape_ru(t))):
                score = 0.6
        if score:
            out.append((toks[0][0], toks[-1][1], "PERSON", score))


# ------------------------------------------------------------------------------------------
# street addresses
# ------------------------------------------------------------------------------------------
def _alt(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_EN_SUFFIX = _alt(L.STREET_SUFFIXES_EN)
_CAPW = r"[A-Z][A-Za-z'’\-]{0,30}"
_EN_ADDR_RE = re.compile(
    r"(?<![\w.,/-])\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?\s(?:(?:[NSEW]|North|South|East|West|Old|New)\.?\s)?"
    r"(?:%s\s){0,3}(?i:%s)\.?(?![\w-])"
    r"(?:,?\s(?i:Suite|Ste\.?|Apt\.?|Apartment|Unit|Flat|Floor|Fl\.|Room|#)\s?#?\d{1,6}[A-Za-z]?)?" % (_CAPW, _EN_SUFFIX))
_UK_FLAT_RE = re.compile(
    r"(?<![\w])(?:Flat|Apartment|Studio|Unit|Suite|Apt\.?)\s\d{1,4}[A-Za-z]?,?\s(?:%s\s){1,3}(?i:%s)(?![\w-])" % (_CAPW, _EN_SUFFIX))
_DE_SUF = _alt(L.STREET_SUFFIXES_DE)
_DE_ADDR_RE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][\wäöüß]{0,30}-){0,3}[A-ZÄÖÜ][\wäöüß]{0,40}(?:%s)\.?"
    r"\s\d{1,4}\s?[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}\s?[a-zA-Z]?)?(?![\w])" % _DE_SUF)
_DE_ADDR2_RE = re.compile(
    r"(?<![\w-])(?:(?:Am|Im|An der|Auf der|Zum|Zur|In der|Unter den|Alte|Alter|Neue|Neuer|Große|Kleine|[A-ZÄÖÜ][\wäöüß]{2,30}(?:er|e))\s)"
    r"[A-ZÄÖÜ][\wäöüß]{2,30}(?:\s(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Chaussee|Markt|Graben|Berg|Hof|Steig|Tor))?"
    r"\s\d{1,4}\s?[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}[a-zA-Z]?)?(?![\w.,]?\d)")
_FR_TYPES = _alt(L.STREET_WORDS_FR)
_FR_ADDR_RE = re.compile(
    r"(?i:(?<![\w])\d{1,5}(?:\s?(?:bis|ter|quater|[a-c]))?,?\s(?:%s)\s"
    r"(?:(?:de la|de l'|de l’|des|du|de|d'|d’|l'|l’|la|le|les|aux|au)\s?)?)"
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]{0,30}(?:\s(?:de la|des|du|de|d'|la|le|les|et|sur|[A-ZÀ-ÖØ-Þ][\w'’\-]{0,30})){0,4}" % _FR_TYPES)
_RU_TYPES = r"(?:улица|ул\.|проспект|просп\.|пр-т|пр\.|переулок|пер\.|бульвар|бул\.|б-р|набережная|наб\.|шоссе|ш\.|площадь|пл\.|проезд|пр-д|тупик|туп\.|аллея|ал\.|линия|микрорайон|мкр\.?)"
_RU_HOUSE = r"(?:,?\s?(?:д\.|дом)\s?\d{1,4}[а-яА-Я]?(?:/\d{1,4})?(?:,?\s?(?:к\.|корп\.|корпус|стр\.|строение)\s?\d{1,4})*(?:,?\s?(?:кв\.|квартира|оф\.|офис)\s?\d{1,5})?)"
_RU_ADDR_RE = re.compile(
    r"(?<![\w])(?:%s\s?[А-ЯЁA-Z0-9][\w\-]{0,30}(?:\s[А-ЯЁа-яё][\w\-]{0,30}){0,2}|[А-ЯЁ][\w\-]{0,30}(?:\s[А-ЯЁ][\w\-]{0,30})?\s%s)%s" % (
        _RU_TYPES, _RU_TYPES, _RU_HOUSE))


class AddressRecognizer(Recognizer):
    name = "street_address"
    entities = ("STREET_ADDRESS",)
    max_len = 96

    def analyze(self, doc, out):
        text = doc.text
        for rx, score in ((_EN_ADDR_RE, 0.75), (_UK_FLAT_RE, 0.8)):
            for m in rx.finditer(text):
                out.append((m.start(), m.end(), "STREET_ADDRESS", score))
        for m in _DE_ADDR_RE.finditer(text):
            out.append((m.start(), m.end(), "STREET_ADDRESS", 0.8))
        for m in _DE_ADDR2_RE.finditer(text):
            out.append((m.start(), m.end(), "STREET_ADDRESS", 0.55))
        for m in _FR_ADDR_RE.finditer(text):
            out.append((m.start(), m.end(), "STREET_ADDRESS", 0.8))
        if _CYR_RE.search(text):
            for m in _RU_ADDR_RE.finditer(text):
                out.append((m.start(), m.end(), "STREET_ADDRESS", 0.85))


def predefined_recognizers():
    return [EmailRecognizer(), NumberRecognizer(), IbanRecognizer(), Ipv6Recognizer(),
            SecretRecognizer(), MrnRecognizer(), TextDateRecognizer(), PersonRecognizer(),
            AddressRecognizer()]
