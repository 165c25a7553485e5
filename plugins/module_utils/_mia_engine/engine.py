# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The PII engine: configuration, candidate resolution, redaction (PRIVATE to the collection)."""

from __future__ import annotations

import bisect
import functools
import json
import re

from . import lexicons as L
from .columns import keyed_view, labelled_values, markup_values, row_names, tables, word_view
from .ner import ner_recognizer
from .normalize import _Buf, fold, json_unescaped, surrogate_pair
from .operators import OPERATOR_NAMES, line_breaks, make_operator
from .recognizers import (_DOB_NEEDLES, _NAME_HEADER_NEEDLES, Doc, PatternRecognizer, birth_dates_after_names, contact_records,
                          ids_beside_birth_dates, names_above_addresses, names_before_data, names_echoed_by_mailboxes, speaker_turns,
                          table_header)
from .registry import Registry
from .results import ENTITY_TYPES, EngineConfigError, Finding

CONFIG_KEYS = ("enabled_types", "disabled_types", "custom_patterns", "deny_lists", "allow_list",
               "operators", "hmac_key", "mask_char", "normalise", "normalize", "min_score", "languages",
               "stream_holdback", "ner")
LANGUAGES = ("en", "de", "fr", "ru")
_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
# a JSON number with a fraction or an exponent: a probability or a measure, never an identifier (those are
# integers wherever they are numbers), however many digits it has ("0.9876543210" read as a phone)
_FRACTION_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+(?:[eE][+-]?\d+)?|[eE][+-]?\d+)")
_NUMBER_CHARS = frozenset("0123456789.eE+-")
_WS_RE = re.compile(r"[ \t\n]")
_INDENT_RE = re.compile(r'\n([ \t]+)["{\[]')
_KEY_PLACEHOLDER_RE = re.compile(r'\]"[ \t\r\n]*:')  # a member whose key ends in a placeholder
_NUMBER_NEXT = frozenset(".eE0123456789")
_ENCODED_MEMBER_GAP_RE = re.compile(r"(?:[\s:,\[\]0-9.eE+-]|\\[nrt])*$")
_ESCAPE_OR_QUOTE_RE = re.compile(r'\\.|"', re.S)
# (inside a JSON string, a backslash read whose escaped character is not): the state at a text's start
JSON_TEXT_START = (False, False)


def json_string_state(text, a, b, state=JSON_TEXT_START):
    """The JSON string state after ``text[a:b]``, read from ``state`` (see JSON_TEXT_START)."""
    inside, escaped = state
    if escaped and a < b:
        a += 1
        escaped = False
    if text.find("\\", a, b) < 0:
        return (inside ^ bool(text.count('"', a, b) & 1), escaped)
    last = a
    for m in _ESCAPE_OR_QUOTE_RE.finditer(text, a, b):
        if m.end() - m.start() == 1:
            inside = not inside
        last = m.end()
    # a backslash left unmatched can only be the last character
    return (inside, last < b and text[b - 1] == "\\")


# Finding(...) without the namedtuple's Python-level __new__ (one per finding)
_new_finding = tuple.__new__
_TABLE_NEEDLES = _DOB_NEEDLES + _NAME_HEADER_NEEDLES
# a lone surname or given name repeats a name found before only this close after it (further on,
# a capitalised word that happens to be a surname is more often a noun: "Winter", "Long")
_MENTION_REACH = 500
_MENTION_SCORE = 0.5
# a count of bytes ("taille 2456512 octets", "7077339 bytes") is no identifier, whatever its cue
_SIZE_UNIT_RE = re.compile(r"(?:[Bb]ytes?|octets?|байт(?:а|ов)?|[KMGT]i?B)(?![\w\-])")
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'\u2019-]*[^\W\d_]")
_NEXT_WORD_RE = re.compile(r"[ \t]*([^\W\d_])")


# a name found on a cue, a title or a key is evidence enough for its given name repeated alone nearby, even when no
# lexicon knows it ("hier ist Jeannine L. Mude" … "für Jeannine")
_MENTION_TRUSTED_SCORE = 0.7
# ... and a name found by the structure of its text (a transcript's speaker) for the whole name repeated anywhere after it
_MENTION_SURE_SCORE = 0.85


@functools.lru_cache(maxsize=1024)
def mention_keys(name, trusted=False, sure=False):
    """What later mentions of a person found as ``name`` may repeat: the name and its words of
    three letters or more; nothing for a one-word name or with a place or organisation word in it
    (a false positive would multiply). For a name no lexicon knows any part of: only its first
    word, and only when ``trusted`` (found on a cue), and the whole name when ``sure``."""
    words = _NAME_WORD_RE.findall(name)
    known = frozenset(words)
    if len(words) < 2 or not (known.isdisjoint(L.NON_NAME_WORDS) and known.isdisjoint(L.ORG_GEO_WORDS)):
        return ()
    if known.isdisjoint(L.FIRST_NAMES) and known.isdisjoint(L.SURNAMES):
        if not trusted or len(words[0]) < 3 or len(words) > 3:
            return ()
        return (name, words[0]) if sure else (words[0],)
    return (name,) + tuple(w for w in words if len(w) >= 3)


def _capitalised_before(text, s):
    """True if the word before ``s`` (same line, spaces between) is capitalised and does not open
    a sentence ("Winter Garden", not "Plaintiff Smith asks")."""
    j = s - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or j == s - 1 or not text[j].isalpha():
        return False
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    if not text[j].isupper():
        return False
    j -= 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] not in "\n.!?:;"


def _is_word_char(text, i):
    """A letter or a hyphen at ``i`` continues a word (``Saint-Martin``); outside the text nothing does."""
    if i < 0 or i >= len(text):
        return False
    c = text[i]
    return c == "-" or c.isalpha()


def _longest_first(span):
    return span[0], -span[1]


def _capitalised_after(text, e):
    m = _NEXT_WORD_RE.match(text, e)
    return bool(m) and m.start(1) > e and m.group(1).isupper()


def _start(finding):
    return finding[1]


# A JSON string literal: a scan from a JSON text's start meets each one at its opening quote.
_JSON_LITERAL_RE = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
# Escapes that hide a string's own structure from the JSON text: line breaks, tabs, quotes (JSON inside).
_STRUCTURE_ESCAPE_RE = re.compile(r'\\[nrt"]')
_ESCAPE_RE = re.compile(r'\\(?:u[dD][89abAB][0-9A-Fa-f]{2}\\u[dD][c-fC-F][0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|.)', re.S)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SHORT_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


# A line break, carriage return or tab escaped in a JSON string (after an even run of backslashes).
_BREAK_ESCAPE_RE = re.compile(r"(?<!\\)((?:\\\\)*)\\([nrt])")
_BREAK_READ = {"n": " \n", "r": " \r", "t": " \t"}


def _escaped_breaks_read(text):
    """``text`` with each escaped break written as a space and the break itself (the same length: offsets hold),
    or None without one: "…\\n+44 7039 893081" is a phone at a line start, not one glued to an "n"."""
    if "\\n" not in text and "\\t" not in text and "\\r" not in text:
        return None
    out = _BREAK_ESCAPE_RE.sub(lambda m: m.group(1) + _BREAK_READ[m.group(2)], text)
    return None if out == text else out


def _trim_escapes(text, breaks, cands):
    """Candidates without the ends that ``breaks`` (the escaped-break reading of ``text``) read in place of an escape:
    "Talstraße 58 " of "Talstraße 58\\n58105" keeps no backslash."""
    for i, c in enumerate(cands):
        s, e = c[0], c[1]
        if breaks[e - 1] == text[e - 1] and breaks[s] == text[s]:
            continue
        while e > s and breaks[e - 1] != text[e - 1]:
            e -= 1
        while s < e and breaks[s] != text[s]:
            s += 1
        cands[i] = (s, e, c[2], c[3])


def _count_types(summary, findings):
    """``summary`` ({TYPE: count}, or None for no count) gains the findings."""
    if summary is not None:
        for f in findings:
            summary[f[0]] = summary.get(f[0], 0) + 1


def _escaped_char(esc):
    """The character a JSON escape (an _ESCAPE_RE match) stands for."""
    if len(esc) == 12:          # a surrogate pair: one character beyond the BMP
        return surrogate_pair(int(esc[2:6], 16), int(esc[8:], 16))
    return chr(int(esc[2:], 16)) if esc[1] == "u" else _SHORT_ESCAPES.get(esc[1], esc[1])


def _decode_literal(text, a, b):
    """The JSON string body text[a:b] read, with the original offset where each character starts."""
    buf = _Buf(text[a:b])
    buf.apply([(m.start() - a, m.end() - a, _escaped_char(m.group())) for m in _ESCAPE_RE.finditer(text, a, b)])
    return buf.text, [a + i for i in buf.starts] if buf.starts is not None else list(range(a, b))


def _split_findings(findings, literals):
    """(the findings outside the literals' bodies, per literal the findings inside its body, or None
    for a literal that a finding crosses: those go with the outside ones)."""
    crossed, owners = set(), []
    i = 0
    for f in findings:
        while i < len(literals) and literals[i][1] <= f[1]:
            i += 1
        owner, k = -1, i
        while k < len(literals) and literals[k][0] < f[2]:
            if literals[k][0] < f[1] and f[2] < literals[k][1]:
                owner = k
            else:
                crossed.add(k)
            k += 1
        owners.append(owner)
    outside, inside = [], [None if k in crossed else [] for k in range(len(literals))]
    for f, owner in zip(findings, owners):
        if owner >= 0 and inside[owner] is not None:
            inside[owner].append(f)
        else:
            outside.append(f)
    return outside, inside


def _union(a, b):
    """Findings covering what either list covers; overlapping ones merged (the first one's type)."""
    out = []
    for f in sorted(a + b, key=_start):
        if out and f[1] < out[-1][2]:
            last = out[-1]
            if f[2] > last[2]:
                out[-1] = _new_finding(Finding, (last[0], last[1], f[2], last[3]))
            continue
        out.append(f)
    return out


def _splice(out, text, replacements):
    """``out`` with each (a, b, rep) literal text[a:b], found verbatim in it in order, replaced by rep;
    None if one is not found."""
    pieces, pos = [], 0
    for a, b, rep in replacements:
        k = out.find(text[a:b], pos)
        if k < 0:
            return None
        pieces.append(out[pos:k])
        pieces.append(rep)
        pos = k + b - a
    pieces.append(out[pos:])
    return "".join(pieces)


# What follows a phone or a record number as part of it: an extension ("433 586 7114 ext. 655"), a
# check character after a dot or slash ("K974997.7", "MJG56711/U3").
_PHONE_EXTENSION_RE = re.compile(r"(?:[ \t]?,?[ \t]{0,2}(?:ext(?:ension|n)?\.?|poste|Durchwahl|доб\.?)[ \t]{0,2}#?|[ \t]?x)\d{1,6}(?![\d.,]\d)",
                                 re.I)
_RECORD_CHECK_RE = re.compile(r"[./][A-Z0-9]{1,2}(?![\w./-])")


def _with_tails(text, cands):
    """``cands`` with phones and record numbers extended over their tails (see above)."""
    for i, c in enumerate(cands):
        if c[2] == "PHONE":
            m = _PHONE_EXTENSION_RE.match(text, c[1])
        elif c[2] == "MEDICAL_RECORD_NUMBER":
            m = _RECORD_CHECK_RE.match(text, c[1])
        else:
            continue
        if m is not None:
            cands[i] = (c[0], m.end(), c[2], c[3])
    return cands


def _resolution_key(c):
    return -c[3], c[0] - c[1], c[0]


def _has_table_header(doc):
    """True if a line could head a CSV / markdown / TSV table that the DOB or person recognizer walks
    (see table_header; rows far below their header: a window around a folded region would not see it)."""
    text = doc.text
    if "\n" not in text:
        return False
    low = doc.lower
    for nd in _TABLE_NEEDLES:
        i = low.find(nd)
        while i >= 0:
            if table_header(text, i) is not None:
                return True
            le = text.find("\n", i)
            if le < 0:
                break
            i = low.find(nd, le)
    return False


def _check_list_of_str(cfg, key):
    v = cfg.get(key)
    if v is None:
        return []
    if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) for x in v):
        raise EngineConfigError("%s: must be a list of strings" % key)
    return list(v)


def _in_fraction_number(text, start, end):
    """Whether text[start:end] lies inside a bare JSON number that has a fraction or an exponent."""
    a, b, n = start, end, len(text)
    while a > 0 and text[a - 1] in _NUMBER_CHARS:
        a -= 1
    while b < n and text[b] in _NUMBER_CHARS:
        b += 1
    if not _FRACTION_NUMBER_RE.fullmatch(text, a, b):
        return False
    i = a - 1
    while i >= 0 and text[i] in " \t\r\n":
        i -= 1
    while b < n and text[b] in " \t\r\n":
        b += 1
    return i >= 0 and text[i] in ":,[" and (b == n or text[b] in ",]}")


class Engine(object):
    """Detect and redact PII.  ``config`` is a dict (e.g. from YAML / Ansible vars)."""

    def __init__(self, config=None):
        cfg = {} if config is None else config
        if not isinstance(cfg, dict):
            raise EngineConfigError("config: must be a mapping, got %s" % type(cfg).__name__)
        unknown = sorted(set(cfg) - set(CONFIG_KEYS))
        if unknown:
            raise EngineConfigError("config: unknown key(s) %s (valid: %s)" % (", ".join(unknown), ", ".join(CONFIG_KEYS)))
        self.config = dict(cfg)
        known = set(ENTITY_TYPES)
        self.registry = Registry.predefined()
        custom_types = set()
        for i, spec in enumerate(cfg.get("custom_patterns") or []):
            rec = self.registry.add_from_dict(spec, where="custom_patterns[%d]" % i)
            custom_types.add(rec.entity)
        if cfg.get("custom_patterns") is not None and not isinstance(cfg.get("custom_patterns"), list):
            raise EngineConfigError("custom_patterns: must be a list of mappings")
        deny = cfg.get("deny_lists") or {}
        if not isinstance(deny, dict):
            raise EngineConfigError("deny_lists: must be a mapping of TYPE to a list of strings")
        for etype, words in deny.items():
            if not isinstance(etype, str) or not re.match(r"^[A-Z][A-Z0-9_]{1,39}$", etype):
                raise EngineConfigError("deny_lists: key %r is not an entity type name" % (etype,))
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise EngineConfigError("deny_lists.%s: must be a list of non-empty strings" % etype)
            if words:
                self.registry.add(PatternRecognizer(etype, name="deny_" + etype.lower(), deny_list=words))
                custom_types.add(etype)
        ner = ner_recognizer(cfg.get("ner"))
        if ner is not None:
            self.registry.add(ner)
        all_types = known | custom_types
        enabled = cfg.get("enabled_types")
        if enabled is None:
            enabled_set = set(all_types)
        else:
            enabled_l = _check_list_of_str(cfg, "enabled_types")
            bad = [t for t in enabled_l if t not in all_types]
            if bad:
                raise EngineConfigError("enabled_types: unknown type(s) %s (known: %s)" % (", ".join(bad), ", ".join(sorted(all_types))))
            enabled_set = set(enabled_l)
        disabled = _check_list_of_str(cfg, "disabled_types")
        bad = [t for t in disabled if t not in all_types]
        if bad:
            raise EngineConfigError("disabled_types: unknown type(s) %s" % ", ".join(bad))
        enabled_set -= set(disabled)
        self.enabled_types = frozenset(enabled_set)
        self._recognizers = self.registry.get(self.enabled_types)
        # Second pass over folded text: a finding that a folded character changes lies within
        # max_len + context_len of it, and reads context_len more on each side.
        self._fold_ctx = max([r.context_len for r in self._recognizers] or [0])
        self._fold_pad = max([r.max_len for r in self._recognizers if r.max_len < 1024] or [0]) + self._fold_ctx
        self.allow_list = frozenset(_check_list_of_str(cfg, "allow_list"))
        mask_char = cfg.get("mask_char", "*")
        if not isinstance(mask_char, str) or len(mask_char) != 1 or mask_char.isalnum():
            raise EngineConfigError("mask_char: must be a single non-alphanumeric character")
        self.mask_char = mask_char
        norm = cfg.get("normalise", cfg.get("normalize", True))
        if not isinstance(norm, bool):
            raise EngineConfigError("normalise: must be true or false")
        self.normalise = norm
        ms = cfg.get("min_score", 0.5)
        if not isinstance(ms, (int, float)) or isinstance(ms, bool) or not 0 <= ms <= 1:
            raise EngineConfigError("min_score: must be a number between 0 and 1")
        self.min_score = float(ms)
        langs = cfg.get("languages")
        if langs is not None:
            langs = _check_list_of_str(cfg, "languages")
            bad = [x for x in langs if x not in LANGUAGES]
            if bad:
                raise EngineConfigError("languages: unsupported language(s) %s (supported: %s)" % (", ".join(bad), ", ".join(LANGUAGES)))
        self.languages = tuple(langs or LANGUAGES)
        ops = cfg.get("operators") or {}
        if not isinstance(ops, dict):
            raise EngineConfigError("operators: must be a mapping of TYPE (or 'default') to an operator name")
        hmac_key = cfg.get("hmac_key")
        if hmac_key is not None and not isinstance(hmac_key, str):
            raise EngineConfigError("hmac_key: must be a string")
        self._ops = {}
        for k, v in ops.items():
            if k != "default" and k not in all_types:
                raise EngineConfigError("operators: unknown entity type %r" % (k,))
            if v not in OPERATOR_NAMES:
                raise EngineConfigError("operators.%s: unknown operator %r (choose from %s)" % (k, v, ", ".join(OPERATOR_NAMES)))
            if v == "hmac" and not hmac_key:
                raise EngineConfigError("hmac_key: required when operators.%s is hmac" % k)
            self._ops[k] = make_operator(v, mask_char, hmac_key)
        if "default" not in self._ops:
            self._ops["default"] = make_operator("placeholder")
        hb = cfg.get("stream_holdback", 256)
        if not isinstance(hb, int) or isinstance(hb, bool) or not 128 <= hb <= 65536:
            raise EngineConfigError("stream_holdback: must be an integer between 128 and 65536")
        self.stream_holdback = hb
        types_alt = "|".join(sorted(all_types | {"PII"}, key=len, reverse=True))
        # "_2": a dict key numbered apart from an equal redacted key (distinct_key)
        self.placeholder_regex = r"\[(?:%s)(?::[0-9a-f]{12})?(?:_[0-9]+)?\]|%s{2,}" % (types_alt, re.escape(mask_char))
        self.info = {"engine": "mia_engine", "types": sorted(self.enabled_types)}

    # --------------------------------------------------------------------------------------
    # analysis
    # --------------------------------------------------------------------------------------
    def _candidates(self, text, columns=None):
        cands = []
        doc = Doc(text)
        breaks = _escaped_breaks_read(text)
        bdoc = doc if breaks is None else Doc(breaks)
        for rec in self._recognizers:
            rec.analyze(doc if rec.reads_escapes else bdoc, cands)
            if rec.reads_escapes and breaks is not None:
                rec.analyze(bdoc, cands)
        if breaks is not None:
            _trim_escapes(text, breaks, cands)
        if "PERSON" in self.enabled_types:
            if "\n" in text:
                names_above_addresses(text, cands)
            names_before_data(text, cands)
            names_echoed_by_mailboxes(text, cands)
            contact_records(text, cands)
            speaker_turns(text, cands)
            birth_dates_after_names(text, cands)
            ids_beside_birth_dates(text, cands)
        if columns is not None:
            # a stream window: the table's header, then the window from the current row on
            head, start = columns
            table_text = head + text[start:]
            self._keyed_candidates(table_text, tables(table_text), cands, start - len(head))
        elif "[" in text:
            self._keyed_candidates(text, tables(text), cands, 0)
        if '":' in text:
            self._keyed_candidates(text, labelled_values(text), cands, 0)
        if "</" in text:
            self._keyed_candidates(text, markup_values(text), cands, 0)
        if '"w' in text or '"punctuated_word' in text or '"content' in text or '"token' in text:
            self._word_candidates(text, cands)
        if self.normalise:
            folded = fold(text)
            if folded is not None:
                ftext, starts, ends, regions = folded
                for lo, hi, keep_lo, keep_hi in self._windows(ftext, regions):
                    fc = []
                    fdoc = Doc(ftext[lo:hi])
                    for rec in self._recognizers:
                        rec.analyze(fdoc, fc)
                    for s, e, t, sc in fc:
                        s += lo
                        e += lo
                        if e <= s or s < keep_lo or e > keep_hi:
                            continue
                        cands.append((starts[s], ends[e - 1], t, sc))
        return _with_tails(text, cands)

    def _keyed_candidates(self, text, found, cands, shift):
        """Candidates of values whose key stands elsewhere (column tables, labelled values: see
        columns.py), found with that key next to them (``shift`` maps offsets in ``text`` to the
        analysed text)."""
        if not found:
            return
        view, spans = keyed_view(text, found)
        vcands = []
        vdoc = Doc(view)
        for rec in self._recognizers:
            rec.analyze(vdoc, vcands)
        starts = [sp[0] for sp in spans]
        for s, e, t, sc in vcands:
            i = bisect.bisect_right(starts, s) - 1
            if i >= 0:
                vs, ts, n = spans[i]
                if e <= vs + n:
                    cands.append((ts + s - vs + shift, ts + e - vs + shift, t, sc))

    def _word_candidates(self, text, cands):
        """Candidates in word-level speech-to-text output (see columns.word_view): a finding over several words masks
        each of their strings."""
        view, spans = word_view(text)
        if not spans:
            return
        starts = [sp[0] for sp in spans]
        # the view's findings, resolved there: a candidate that loses to a longer one over several words ("Ms" of
        # "Hi Ms Roe") would win over a single word
        for t, s, e, sc in self.analyze(view):
            i = max(0, bisect.bisect_right(starts, s) - 1)
            while i < len(spans) and spans[i][0] < e:
                vs, ts, n, others = spans[i]
                a, b = max(s, vs), min(e, vs + n)
                if a < b:
                    cands.append((ts + a - vs, ts + b - vs, t, sc))
                    cands.extend((oa, ob, t, sc) for oa, ob in others)
                i += 1

    def _windows(self, ftext, regions):
        """(start, end, keep_start, keep_end) windows of the folded text to analyse again.

        Candidates are kept only between keep_start and keep_end, which are at least ``_fold_pad``
        from the folded regions and at whitespace (unbounded tokens never cross it); the window
        adds ``_fold_ctx`` on either side for the context the recognizers read.  Elsewhere the
        folded text equals the original, so its candidates are those of the first pass.
        """
        n = len(ftext)
        if "-----BEGIN" in ftext or _has_table_header(Doc(ftext)):
            return [(0, n, 0, n)]
        pad, ctx = self._fold_pad, self._fold_ctx
        clusters = []
        for a, b in regions:
            if clusters and a - pad <= clusters[-1][1] + pad + 2 * ctx:
                clusters[-1][1] = max(clusters[-1][1], b)
            else:
                clusters.append([a, b])
        # whitespace searches stay between neighbouring clusters (linear overall); a token without
        # whitespace up to the next cluster joins the two windows
        keep = []
        for i, (a, b) in enumerate(clusters):
            lo = a - pad
            if lo <= 0:
                lo = 0
            else:
                floor = keep[-1][1] if keep else 0
                lo = max(ftext.rfind(" ", floor, lo), ftext.rfind("\n", floor, lo), ftext.rfind("\t", floor, lo)) + 1
            hi = b + pad
            if hi >= n:
                hi = n
            else:
                limit = clusters[i + 1][0] - pad if i + 1 < len(clusters) else n
                m = _WS_RE.search(ftext, hi, limit)
                hi = m.start() if m else limit
            if keep and lo - ctx <= keep[-1][1] + ctx:
                keep[-1][1] = hi
            else:
                keep.append([lo, hi])
        return [(max(0, lo - ctx), min(n, hi + ctx), lo, hi) for lo, hi in keep]

    def analyze(self, text, columns=None, names=None):
        """Non-overlapping findings over ``text`` (original offsets), sorted by start.

        For stream windows: ``columns`` (header, start) when the window starts inside a JSON
        column table (the table's header text, and where the text after it continues in
        ``text``); ``names`` {key: end} of persons found in the text before (see mention_keys)."""
        if not isinstance(text, str):
            raise TypeError("analyze() needs a str, got %s" % type(text).__name__)
        if not text:
            return []
        if "\\u" in text:
            decoded = json_unescaped(text)
            if decoded is not None:
                return self._analyze_unescaped(decoded, columns, names)
        cands = self._candidates(text, columns)
        if not cands and not names:
            return []
        enabled = self.enabled_types
        ms = self.min_score
        allow = self.allow_list
        # explicit resolution: highest score, then longest, then leftmost wins; ``taken`` marks
        # the characters of the findings chosen so far (an overlap test in C, linear overall
        # where a sorted list with inserts grew quadratic on megabyte inputs)
        cands = [c for c in cands if c[2] in enabled and c[3] >= ms and c[1] > c[0]]
        cands.sort(key=_resolution_key)
        taken = bytearray(len(text))
        chosen = []
        for c in cands:
            s, e = c[0], c[1]
            if taken.find(1, s, e) >= 0 or (allow and text[s:e] in allow) \
                    or text.startswith(" ", e) and text[e - 1].isdigit() and _SIZE_UNIT_RE.match(text, e + 1):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append(_new_finding(Finding, (c[2], s, e, c[3])))
        chosen.sort(key=_start)
        if "PERSON" in enabled and _MENTION_SCORE >= ms:
            self._later_mentions(text, taken, chosen, names)
        return chosen

    def _analyze_unescaped(self, decoded, columns, names):
        """Findings over a text with JSON \\u escapes, read decoded (``decoded``: see json_unescaped); offsets
        given and returned are those of the escaped text."""
        text, starts, ends = decoded
        if columns is not None:
            columns = (columns[0], bisect.bisect_left(starts, columns[1]))
        if names:
            names = {k: v if v <= 0 else bisect.bisect_right(ends, v) for k, v in names.items()}
        return [_new_finding(Finding, (f[0], starts[f[1]], ends[f[2] - 1], f[3]))
                for f in self.analyze(text, columns, names)]

    def _later_mentions(self, text, taken, chosen, known):
        """Mask later verbatim mentions of a person already found: the whole name anywhere after it,
        one of its words standing alone (not next to another capitalised word) within
        ``_MENTION_REACH`` characters.  ``known``: {key: end of its first mention} from earlier
        text (a stream's emitted part; offsets relative to ``text``).  ``chosen`` (sorted by
        start, its characters marked in ``taken``) gains the mentions in place."""
        first = dict(known) if known else {}
        for f in chosen:
            if f[0] == "PERSON" and f[2] - f[1] > 4:
                for key in mention_keys(text[f[1]:f[2]], f[3] >= _MENTION_TRUSTED_SCORE, f[3] >= _MENTION_SURE_SCORE):
                    if key not in first:
                        first[key] = f[2]
        if not first:
            return
        # str.find per key (C speed; a regex of the keys would be compiled anew for every text)
        hits = []
        for key, begun in first.items():
            whole = " " in key
            stop = len(text) if whole else begun + _MENTION_REACH + len(key)
            # (a negative stop would count from the end of the text)
            at = text.find(key, max(0, begun), stop) if stop > 0 else -1
            while at >= 0:
                end = at + len(key)
                if not (_is_word_char(text, at - 1) or _is_word_char(text, end) or (not whole and (
                        _capitalised_before(text, at) or _capitalised_after(text, end)))):
                    hits.append((at, end))
                at = text.find(key, at + 1, stop)
        # at one start the whole name before its first word
        hits.sort(key=_longest_first)
        added = False
        for s, e in hits:
            if taken.find(1, s, e) >= 0 or (self.allow_list and text[s:e] in self.allow_list):
                continue
            taken[s:e] = b"\x01" * (e - s)
            chosen.append(_new_finding(Finding, ("PERSON", s, e, _MENTION_SCORE)))
            added = True
        if added:
            chosen.sort(key=_start)

    # --------------------------------------------------------------------------------------
    # redaction
    # --------------------------------------------------------------------------------------
    def _render(self, text, findings, json_mode=False, base=0, flags=None, json_at=(0, JSON_TEXT_START)):
        """``json_at``: (offset in ``text``, its JSON string state), where a stream window's unread
        part starts (the findings lie after it)."""
        if not findings:
            return text
        out = []
        pos = 0
        risky = False
        ops = self._ops
        default_op = ops["default"]
        for f in findings:
            etype = f[0]
            s, e = f[1] - base, f[2] - base
            if s < pos:
                continue
            out.append(text[pos:s])
            value = text[s:e]
            if json_mode and not risky and ('"' in value or "\\" in value or (s > 0 and text[s - 1] in "\\-+.0123456789")
                                            or text[e:e + 1] in _NUMBER_NEXT):
                risky = True
            rep = (ops.get(etype) or default_op).operate(value, etype)
            if etype == "API_KEY" and value.startswith("-----BEGIN") and rep != value and not rep.endswith("\n"):
                rep += line_breaks(value)
            # only a bare number (starting with a digit or "-") can need quotes
            if json_mode and rep != value and (value[:1] == "-" or value[:1].isdigit()):
                q = self._bare_number_quote(text, s, e, value)
                if q == '"':
                    # a number between commas inside a string (a CSV row) is no bare number
                    json_at = (s, json_string_state(text, json_at[0], s, json_at[1]))
                    if json_at[1][0]:
                        q = None
                if q is not None:
                    rep = q + rep + q
            out.append(rep)
            pos = e
        out.append(text[pos:])
        if flags is not None and risky:
            flags.append("risky")
        return "".join(out)

    @staticmethod
    def _bare_number_quote(text, s, e, value):
        """If text[s:e] is a bare JSON number, return the quote to wrap its replacement in."""
        if not _NUMBER_RE.match(value):
            return None
        i = s - 1
        while i >= 0 and text[i] in " \t\r\n":
            i -= 1
        if i < 0 or text[i] not in ":,[":
            return None
        j = e
        n = len(text)
        while j < n and text[j] in " \t\r\n":
            j += 1
        if j < n and text[j] not in ",]}\\":
            return None
        # quote style = the nearest preceding quote with its escaping backslashes (an even number escape none)
        k = text.rfind('"', 0, s)
        b = k
        while b > 0 and text[b - 1] == "\\":
            b -= 1
        if (k - b) % 2 == 0:
            return '"'
        # an escaped quote: JSON inside a string ('"{\\"phone\\": 4930…}"') only if JSON punctuation and numbers
        # alone lie between them ("Phone: 4930…" in a message after a quotation is text)
        return text[b:k + 1] if _ENCODED_MEMBER_GAP_RE.match(text, k + 1, s) else None

    @staticmethod
    def _looks_json(text):
        for ch in text[:64]:
            if ch in " \t\r\n":
                continue
            return ch in "{["
        return False

    def redact_text(self, text):
        """Plain-text redaction (JSON bare numbers are quoted if the text looks like JSON)."""
        json_mode = self._looks_json(text)
        return self._render(text, self._json_findings(text) if json_mode else self.analyze(text), json_mode)

    def redact(self, text):
        if not isinstance(text, str):
            return self.redact_data(text)
        if not text:
            return text
        if self._looks_json(text):
            return self.redact_json(text)
        return self._render(text, self.analyze(text), False)

    def _json_findings(self, text):
        """The findings in JSON ``text``, but none inside a bare number with a fraction or an exponent."""
        return [f for f in self.analyze(text) if not _in_fraction_number(text, f[1], f[2])]

    def redact_json(self, text, summary=None):
        """JSON text in, valid JSON text out (text-preserving when possible); ``summary``, a dict,
        gets {TYPE: count} of the findings added (what ``findings_summary`` would count)."""
        findings = self._json_findings(text)
        _count_types(summary, findings)
        return self._valid_json(text, self._render_json(text, findings))

    def redact_answer(self, text, summary=None):
        """Like ``redact_json``, for a caller that holds the whole JSON text (the output filter, parsed
        data; a stream cannot): a string whose line breaks or quotes are escapes in that text (a table
        in a message, JSON inside a string) is also read as a text of its own, and what either
        reading finds is masked."""
        findings = self._json_findings(text)
        apart = []
        if _STRUCTURE_ESCAPE_RE.search(text) is not None:
            for m in _JSON_LITERAL_RE.finditer(text):
                if _STRUCTURE_ESCAPE_RE.search(text, m.start() + 1, m.end() - 1) is not None:
                    apart.append((m.start(), m.end()))
        if not apart:
            _count_types(summary, findings)
            return self._valid_json(text, self._render_json(text, findings))
        outside, inside = _split_findings(findings, apart)
        _count_types(summary, outside)
        spliced = []
        for (a, b), found in zip(apart, inside):
            if found is None:
                continue            # a finding crosses its quotes: the text's reading alone
            body, starts = _decode_literal(text, a + 1, b - 1)
            # the characters that start inside each finding (a text-mode finding can begin inside an
            # escape: the "t" of "\tjane@example.com"; the tab is no part of it)
            mapped = [_new_finding(Finding, (f[0], bisect.bisect_left(starts, f[1]), bisect.bisect_left(starts, f[2]), f[3]))
                      for f in found]
            merged = _union(mapped, self.analyze(body))
            if not merged:
                continue
            _count_types(summary, merged)
            if self._looks_json(body):
                red = self._valid_json(body, self._render_json(body, merged))
            else:
                red = self._render(body, merged)
            # escaped as the text was (an ASCII text stays ASCII); a lone surrogate always
            ascii_only = text.isascii() or _SURROGATE_RE.search(red) is not None
            spliced.append((a, b, json.dumps(red, ensure_ascii=ascii_only)))
        out, risky = self._render_json(text, outside)
        if spliced:
            out = _splice(out, text, spliced)
            if out is None:           # a literal not found verbatim: the text's reading alone
                return self._valid_json(text, self._render_json(text, findings))
            risky = True              # a string rebuilt: its JSON is checked
        return self._valid_json(text, (out, risky))

    def _render_json(self, text, findings):
        flags = []
        out = self._render(text, findings, True, 0, flags)
        return out, bool(flags)

    def _valid_json(self, text, rendered):
        out, risky = rendered
        if not risky:
            # only spans inside strings (no quote / escape touched) or whole bare numbers (now
            # quoted) were replaced: the output is valid JSON whenever the input was
            return out
        try:
            json.loads(out)
            return out
        except (ValueError, RecursionError):
            pass
        try:
            obj = json.loads(text)
        except (ValueError, RecursionError):
            return out
        return json.dumps(self.redact_data(obj), ensure_ascii=False)

    def distinct_keys(self, out):
        """``out`` (JSON text from ``redact_json``), or, if keys redacted to one placeholder would
        leave a parser only the last of their members, ``out`` rebuilt with the later keys numbered
        (``distinct_key``).  Not part of ``redact_json``: a stream emits keys before it sees the next
        object member, and ``redact`` must equal the stream's output."""
        if not _KEY_PLACEHOLDER_RE.search(out):
            return out
        renamed = []

        def members(pairs):
            obj = {}
            for k, v in pairs:
                if k in obj:
                    renamed.append(k)
                    k = self.distinct_key(obj, k)
                obj[k] = v
            return obj

        try:
            obj = json.loads(out, object_pairs_hook=members)
        except (ValueError, RecursionError):
            return out
        if not renamed:
            return out
        # in the layout of the usual serialisers: indented, spaced or compact
        indent = _INDENT_RE.search(out)
        if indent:
            return json.dumps(obj, ensure_ascii=False, indent=indent.group(1).replace("\t", "    ").count(" ") or 2)
        if '": ' not in out and '", ' not in out:
            return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(obj, ensure_ascii=False)

    # ---- structured data ------------------------------------------------------------------
    def _redact_scalar_str(self, key, value):
        if len(value) >= 2 and value[0] in "{[" and value[-1] in "}]":
            try:
                inner = json.loads(value)
            except (ValueError, RecursionError):
                inner = None
            if isinstance(inner, (dict, list)):
                # As text, like any JSON answer: a value's neighbours are its context (an MRN cue
                # in a sibling key, a name's role), which a walk of the parsed leaves would lose.
                return self.distinct_keys(self.redact_answer(value))
        if key is None:
            return self._render(value, self.analyze(value))
        prefix = '"%s": "' % key
        full = prefix + value + '"'
        fs = [f for f in self.analyze(full) if f.start >= len(prefix) and f.end <= len(full) - 1]
        return self._render(full, fs)[len(prefix):-1] if fs else value

    def redact_data(self, obj, _key=None):
        """Redact nested dict/list/str/number data; keys and values are both walked."""
        if isinstance(obj, str):
            return self._redact_scalar_str(_key, obj)
        if isinstance(obj, (bool, float)) or obj is None:
            return obj  # a float is no identifier (see _FRACTION_NUMBER_RE)
        if isinstance(obj, int):
            sval = str(obj)
            red = self._redact_scalar_str(_key if isinstance(_key, str) else None, sval)
            return obj if red == sval else red
        if isinstance(obj, dict):
            tables = row_names(obj)
            out = {}
            for k, v in obj.items():
                nk = self.distinct_key(out, self._redact_scalar_str(None, k)) if isinstance(k, str) else k
                if k in tables:
                    out[nk] = [self._redact_row(row, tables[k]) for row in v]
                else:
                    out[nk] = self.redact_data(v, k if isinstance(k, str) else None)
            return out
        if isinstance(obj, (list, tuple)):
            names = row_names(obj) if isinstance(obj, list) else None
            if names is not None:
                return [self.redact_data(names)] + [self._redact_row(row, names) for row in obj[1:]]
            return [self.redact_data(v, _key) for v in obj]
        return obj

    @staticmethod
    def distinct_key(taken, key):
        """``key``, or a numbered variant if ``taken`` has it: keys redacted to the same placeholder
        ({"a@x.org": 1, "b@y.org": 2}) must not overwrite each other.  A typed placeholder is
        numbered inside its brackets ("[EMAIL_2]"), so it still reads (and scores) as a placeholder."""
        if key not in taken:
            return key
        form = key[:-1] + "_%d]" if key.startswith("[") and key.endswith("]") else key + "#%d"
        n = 2
        while form % n in taken:
            n += 1
        return form % n

    def _redact_row(self, row, names):
        return [self.redact_data(v, k) for v, k in zip(row, names)]

    def findings_summary(self, text_or_obj):
        """{TYPE: count} over a string or nested data (never the values)."""
        counts = {}

        def walk(o, key=None):
            if isinstance(o, str):
                if key is None:
                    _count_types(counts, self.analyze(o))
                else:
                    prefix = '"%s": "' % key
                    full = prefix + o + '"'
                    _count_types(counts, [f for f in self.analyze(full) if f.start >= len(prefix)])
            elif isinstance(o, (bool, float)) or o is None:
                return
            elif isinstance(o, int):
                walk(str(o), key)
            elif isinstance(o, dict):
                tables = row_names(o)
                for k, v in o.items():
                    if isinstance(k, str):
                        walk(k)
                    if k in tables:
                        walk_rows(v, tables[k])
                    else:
                        walk(v, k if isinstance(k, str) else None)
            elif isinstance(o, (list, tuple)):
                names = row_names(o) if isinstance(o, list) else None
                if names is not None:
                    walk(names)
                    walk_rows(o[1:], names)
                else:
                    for v in o:
                        walk(v, key)

        def walk_rows(rows, names):
            for row in rows:
                for v, k in zip(row, names):
                    walk(v, k)

        walk(text_or_obj)
        return counts

    def stream(self, max_holdback=None):
        from .stream import StreamRedactor
        return StreamRedactor(self, max_holdback=max_holdback)
