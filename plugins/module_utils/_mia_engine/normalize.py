# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Obfuscation folding with an offset map back to the original text (PRIVATE).

``normalise(text)`` returns ``None`` when nothing needs folding (the common case, checked
with a handful of cheap gates), else ``(folded_text, starts, ends)`` where ``starts[i]`` /
``ends[i]`` are the original offsets covered by folded character ``i``.  ``fold(text)`` also
returns the folded regions, so that a second analysis pass can be limited to windows around them.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

ZERO_WIDTH = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_ZW_RE = re.compile("[" + ZERO_WIDTH + "]")
# Characters whose NFKC form differs in a way that matters (fullwidth forms, other digits,
# compatibility letters, non-breaking and odd spaces).
_COMPAT_RE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\uff01-\uff5e\u2024\u2027\u2219"
                        "\u2010-\u2015\u2212\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u2460-\u249b"
                        "\ufe50-\ufe6b]")

HOMOGLYPHS = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y",
    "х": "x", "і": "i", "І": "I", "ј": "j", "Ј": "J", "ѕ": "s", "Ѕ": "S", "ԁ": "d", "һ": "h",
    "Һ": "H", "Ӏ": "l", "ԛ": "q", "ԝ": "w", "ѵ": "v", "ё": "e", "Ё": "E", "к": "k", "м": "m",
    "т": "t", "н": "h", "в": "b", "г": "r", "п": "n", "ь": "b", "Ь": "b", "З": "3", "з": "3",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "α": "a", "ο": "o", "ρ": "p", "ν": "v",
    "ι": "i", "κ": "k", "τ": "t", "υ": "u", "χ": "x", "ε": "e", "ς": "c", "ϲ": "c",
}
# Loose lookalikes are only folded inside tokens that already contain Latin letters.  A token
# holding both has a lookalike with a Latin letter after it, or before it, and neither between
# them: the witness regex finds the first kind in the text and the second kind in the reversed
# text.  It starts with the rare lookalike class, so the search skips Latin runs (linear: the gap
# stops at the next Latin letter or lookalike).
# (a backslash opens a JSON escape: "ИНН.\\n00:01" is two tokens, the "n" no Latin letter of the first)
_TOKEN_SEP = r"\s\"'<>()\[\]{},;`|\\"
_HG = "".join(sorted(HOMOGLYPHS))
_MIXED_WITNESS_RE = re.compile(r"[%s][^%s%sA-Za-z]*[A-Za-z]" % (_HG, _TOKEN_SEP, _HG))
_TOKEN_REST_RE = re.compile("[^%s]*" % _TOKEN_SEP)
_CYR_GREEK_RE = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_ZW_OR_COMPAT_RE = re.compile(_ZW_RE.pattern[:-1] + _COMPAT_RE.pattern[1:])
# a Cyrillic / Greek letter next to [A-Za-z0-9@.]; the leading letter class lets the search skip
_MIXED_GATE_RE = re.compile("[\u0370-\u03ff\u0400-\u052f](?:(?<=[A-Za-z0-9@.].)|(?=[A-Za-z0-9@.]))")
# a bracketed mark "[.]", "(at)", "<dot>" ...: one search per opening bracket the text holds, each with a literal
# first character (sre skips to it in C; a leading bracket class is tried at every character)
_DEFANG_GATE_RES = tuple((c, re.compile(re.escape(c) + r"(?:[.:@]|dot|at)[\])}>]").search) for c in "[({<")
_SPELLED_GATE_NEEDLES = ("zero ", " one ", " two ", "three ", "four ", "five ", " six ", "seven ", "eight ",
                         "nine ", " strich ", " tiret ",
                         # German and French digit words that are rare in prose ("plus vier neun eins sieben …", "zéro
                         # sept un huit …"); a gate on every digit word would cost a fifth of fold()
                         "sieben ", "sechs ", " neun ", "quatre ", " huit ")
_SPELLED_DEFR_NEEDLES = ("null ", "zwei ", "zwo ", "drei ", "vier ", "sechs ", "sieben ", "acht ", "neun ",
                         "deux ", "trois ", "quatre ", "cinq ", "sept ", "huit ", "neuf ")
# a run may also start with a word too common in prose to open a gate: French "un", German "eins", "zéro", "fünf"
_SPELLED_DEFR_START_NEEDLES = _SPELLED_DEFR_NEEDLES + (" un ", "eins ", "zéro ", "fünf ")
# Every needle ends with a space: one search visits the spaces and looks behind them for the needles' last
# five characters (one fixed-width lookbehind; "even ", "ight " also pass), then each space found is checked
# exactly (str.endswith).  The one-character look-behind first drops most spaces at once (those after a
# space or punctuation, most of the ASCII view of Cyrillic text) before the alternation is tried.
_SPELLED_NEAR_RE = re.compile(" (?<=[%s] )(?<=%s)" % (
    "".join(sorted(set(w[-2] for w in _SPELLED_GATE_NEEDLES))), "|".join(w[-5:] for w in _SPELLED_GATE_NEEDLES)))

# Russian runs: the ASCII view drops them, so non-ASCII text gets one more search with the literal prefix "ь "
# (sre skips to it in C): ноль/нуль, пять, шесть, семь, восемь, девять end in "ь", so a run of n digits
# escapes the gate only when none of them is 0 or 5-9 (0.4^n: 3 % at four digits, 0.01 % at ten)
_SPELLED_RU_GATE_RE = re.compile("ь (?:(?<=ноль |нуль |пять |семь )|(?<=шесть )|(?<=восемь |девять ))")
_SPELLED_RU_NEEDLES = ("ноль ", "нуль ", "один ", "два ", "три ", "четыре ", "пять ", "шесть ", "семь ", "восемь ",
                       "девять ")
_PLUS_BEFORE_RE = re.compile(r"(?:plus|\+)[\s,]*$")
# "double four", "triple oh": one digit word said twice or three times
_REPEAT_WORDS = {"double": 2, "triple": 3}
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6",
    "sieben": "7", "acht": "8", "neun": "9",
    "zéro": "0", "un": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7",
    "huit": "8", "neuf": "9",
    "ноль": "0", "нуль": "0", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5",
    "шесть": "6", "семь": "7", "восемь": "8", "девять": "9",
}
_SEP_WORDS = {"dash": "-", "hyphen": "-", "minus": "-", "plus": "+", "dot": ".", "point": ".",
              "space": " ", "bindestrich": "-", "strich": "-", "tiret": "-", "тире": "-", "дефис": "-", "плюс": "+"}
_ALL_SPELL_WORDS = frozenset(_DIGIT_WORDS) | frozenset(_SEP_WORDS) | frozenset(_REPEAT_WORDS)
_DW = r"(?:(?:double|triple)\s+)?(?:%s)" % "|".join(sorted((re.escape(w) for w in _DIGIT_WORDS), key=len, reverse=True))
_SW = "|".join(sorted((re.escape(w) for w in _SEP_WORDS), key=len, reverse=True))
_SPELLED_RE = re.compile(
    r"(?<![\w])(?:(?:plus|\+)[\s,]*)?%s(?:[\s,]+(?:(?:%s|-)[\s,]+)?%s){2,40}(?![\w])" % (_DW, _SW, _DW))
_WORD_TOKEN = re.compile(r"[^\W\d_]+|\d|[+\-]", re.UNICODE)

# "[.]", "(dot)", "[at]", " AT ", " dot " ...
_DEFANG_DOT = r"(?:\s*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|<dot>)\s*)"
_DEFANG_AT = r"(?:\s*(?:\[@\]|\(@\)|\[at\]|\(at\)|\{at\}|<at>)\s*)"
# IPv6 written "fe80[:][:]1" / "2001(:)db8(:)...": a bracketed colon next to a hex digit or another one
_DEFANG_COLON = r"(?:(?<=[0-9A-Fa-f])|(?=[\[(]:[\])][0-9A-Fa-f\[(]))(?:\[:\]|\(:\))"
_DEFANG_RE = re.compile(_DEFANG_DOT + "|" + _DEFANG_AT + "|" + _DEFANG_COLON, re.IGNORECASE)
# Addresses written with "at"/"dot" words or bracketed marks, in the document languages: "jo dot roe at example dot
# org", "almut punkt kowalczyk at posteo punkt de", "x [arobase] free [point] fr", "x собака bk точка ru".  The last
# label is a TLD (letters), so "me at jo dot castellanos at ..." starts at the real local part.
_AT_WORDS = "at|ät|arobase|собака"
_DOT_WORDS = "dot|punkt|point|точка"
_WORD_AT = r"(?:\s+(?:%s)\s+|\s*[\[({<](?:%s|@)[\])}>]\s*|\s*@\s*)" % (_AT_WORDS, _AT_WORDS)
_WORD_DOT = r"(?:\s+(?:%s)\s+|\s*[\[({<](?:%s|\.)[\])}>]\s*)" % (_DOT_WORDS, _DOT_WORDS)
# an address read aloud (speech-to-text): its underscores and hyphens spoken as words ("richard underscore marshall",
# "t Bindestrich online", "yuliya нижнее подчёркивание kabanova"), the digits of its local part as a word of their own
# ("paulhill 24 at gmail dot com")
_UNDERSCORE_WORDS = "underscore|unterstrich|tiret bas|нижнее подч[её]ркивание"
_HYPHEN_WORDS = "hyphen|dash|bindestrich|minus|tiret|дефис"
_WORD_JOIN = r"(?:\s+(?:%s|%s)\s+)" % (_UNDERSCORE_WORDS, _HYPHEN_WORDS)
_LOCAL_PIECE = r"[A-Za-z0-9][\w.+-]{0,63}"
_LABEL = r"[A-Za-z0-9][\w-]{0,62}(?:\s+(?:%s)\s+[A-Za-z0-9][\w-]{0,62}){0,2}" % _HYPHEN_WORDS
_WORD_AT_EMAIL_RE = re.compile(
    r"(?<![\w.+-])(%s(?:(?:%s|%s| (?=\d{1,4}\s))%s){0,3})(%s)(%s)"
    r"((?:(?:\.|%s)%s){0,3}(?:\.|%s)[A-Za-z]{2,6})(?![\w-])" % (
        _LOCAL_PIECE, _WORD_DOT, _WORD_JOIN, _LOCAL_PIECE, _WORD_AT, _LABEL, _WORD_DOT, _LABEL, _WORD_DOT),
    re.IGNORECASE)
_WORD_DOT_RE = re.compile(_WORD_DOT, re.IGNORECASE)
# what each joint of an address stands for: a dot, an underscore or hyphen word, a space before the local part's digits
_WORD_JOINT_RE = re.compile(r"%s|\s+(%s)\s+|\s+(%s)\s+| (?=\d)" % (_WORD_DOT, _UNDERSCORE_WORDS, _HYPHEN_WORDS), re.IGNORECASE)
# bare words of one address share a language: "stuck at this point in time" is no address
_WORD_LANGS = {"at": "en de", "ät": "de", "arobase": "fr", "собака": "ru", "dot": "en de fr ru", "punkt": "de", "point": "fr",
               "точка": "ru", "underscore": "en de fr ru", "unterstrich": "de", "tiret bas": "fr", "нижнее подчеркивание": "ru",
               "нижнее подчёркивание": "ru", "hyphen": "en", "dash": "en", "bindestrich": "de", "minus": "en de",
               "tiret": "fr", "дефис": "ru"}
_SPACED_GATE_RE = re.compile(r" [A-ZА-ЯЁ] (?:[A-Z] \d \d |[a-zß-ÿа-яё] [a-zß-ÿа-яё] [a-zß-ÿа-яё] )")
# "." joins initials: "D e r r i c k I . S t a n l e y"; two spaces may part the words of a name ("J a n e  R o e")
_SPACED_RE = re.compile(r"(?<![\w])[\w+\-](?: [\w+\-,.]|  [A-ZА-ЯЁ]){5,}(?![\w])")


# a quote escaped twice or more (\\\" = the escaped backslash and quote of a string nested in a string) and a line
# break escaped so; the recognizers read one level of escaping
_NESTED_QUOTE = '\\\\\\"'
# from the start of a run of backslashes only: a run is read once (linear)
_NESTED_ESCAPE_RE = re.compile(r'(?<!\\)(?:\\{3,}(?=")|\\{2,}(?=[nrt]))')


# URL encoding: a form body or query string ("name=Eduard+Lindau&mail=e%40x.de"), whose "+" is a space, and
# percent-escapes anywhere ("mailto:jane%40example.com"; UTF-8 byte runs: "%D0%9A" is "К")
_QUERY_PAIR_RE = re.compile(r"[\w.\-\[\]]{1,40}=([^&]*)")
_URL_TOKEN_END_RE = re.compile(r"[\s\"'<>]")
_PCT_RE = re.compile(r"%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2})*")   # (a literal first character: sre skips to it)


def _url_edits(t):
    """Edits decoding the URL encoding of ``t`` (sorted, non-overlapping)."""
    edits = []
    # a query string is a token holding "&" and key=value pairs: found from its "&"s (rare; str.find and rfind)
    i = t.find("&") if "=" in t else -1
    while i >= 0:
        em = _URL_TOKEN_END_RE.search(t, i)
        b = em.start() if em else len(t)
        lo = max(0, i - 2000)
        if "+" not in t[lo:b]:
            i = t.find("&", b)
            continue
        a = max(t.rfind(" ", lo, i), t.rfind("\n", lo, i), t.rfind("\t", lo, i), t.rfind('"', lo, i), t.rfind("'", lo, i),
                t.rfind("<", lo, i), t.rfind(">", lo, i)) + 1
        if "+" in t[a:b]:
            for pm in _QUERY_PAIR_RE.finditer(t, a, b):
                k = t.find("+", pm.start(1), pm.end(1))
                while k >= 0:
                    edits.append((k, k + 1, " "))
                    k = t.find("+", k + 1, pm.end(1))
        i = t.find("&", b)
    if "%" in t:
        for m in _PCT_RE.finditer(t):
            _decode_into(edits, m)
    edits.sort()
    return edits


def _decode_into(edits, m):
    try:
        edits.append((m.start(), m.end(), bytes.fromhex(m.group(0).replace("%", "")).decode("utf-8")))
    except UnicodeDecodeError:
        pass    # no UTF-8: left as it is


class _Buf(object):
    """Text plus per-character original offsets; rebuilt by successive edit passes."""

    __slots__ = ("text", "starts", "ends", "spans")

    def __init__(self, text):
        self.text = text
        self.starts = None
        self.ends = None
        self.spans = []            # original (start, end) of every edit

    def apply(self, edits):
        """edits: sorted, non-overlapping (start, end, replacement) in current coordinates."""
        if not edits:
            return
        t = self.text
        st, en = self.starts, self.ends
        if st is None:
            # offsets of the original text: the identity, as ranges (slices of ranges are ranges)
            st, en = range(len(t)), range(1, len(t) + 1)
        out, ns, ne = [], [], []
        spans = self.spans
        pos = 0
        for a, b, rep in edits:
            if a < pos:
                continue
            out.append(t[pos:a])
            ns.extend(st[pos:a])
            ne.extend(en[pos:a])
            if b > a:
                s0, e0 = st[a], en[b - 1]
            else:
                s0 = e0 = st[a] if a < len(st) else (en[-1] if en else 0)
            spans.append((s0, e0))
            if rep:
                out.append(rep)
                ns.extend([s0] * len(rep))
                ne.extend([e0] * len(rep))
            pos = b
        out.append(t[pos:])
        ns.extend(st[pos:])
        ne.extend(en[pos:])
        self.text = "".join(out)
        self.starts, self.ends = ns, ne


def _fold_token(tok):
    has_latin = False
    for ch in tok:
        if "A" <= ch <= "Z" or "a" <= ch <= "z":
            has_latin = True
            break
    if not has_latin:
        return None
    out = []
    changed = False
    for ch in tok:
        r = HOMOGLYPHS.get(ch)
        if r is not None:
            out.append(r)
            changed = True
        else:
            out.append(ch)
    return "".join(out) if changed else None


def _spoken_run_start(low, st):
    """Where the run of digit words at ``st`` starts: the words before it that no gate needle finds ("oh", "double", a
    digit word followed by a comma) and a leading "plus", at most 40 words back."""
    for _word in range(40):
        k = st
        while k > 0 and low[k - 1] in " ,":
            k -= 1
        i = k
        while i > 0 and low[i - 1].isalpha():
            i -= 1
        if k == st or i == k or not (low[i:k] in _DIGIT_WORDS or low[i:k] in _REPEAT_WORDS):
            break
        st = i
    return st


def _spelled_to_digits(m):
    out = []
    repeat = 1
    for w in _WORD_TOKEN.findall(m.group(0)):
        lw = w.lower()
        if lw in _REPEAT_WORDS:
            repeat = _REPEAT_WORDS[lw]
        elif lw in _DIGIT_WORDS:
            out.append(_DIGIT_WORDS[lw] * repeat)
            repeat = 1
        elif lw in _SEP_WORDS:
            out.append(_SEP_WORDS[lw].strip())
        elif w in "+-":
            out.append(w)
    return "".join(out)


def _fold_unicode(buf):
    """Zero-width characters, compatibility forms and Latin-mixed Cyrillic / Greek lookalikes."""
    text = buf.text
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        latin1 = False
    else:
        # the only zero-width / compatibility characters below U+0100; no Cyrillic or Greek
        latin1 = True
        if "\u00ad" not in text and "\u00a0" not in text:
            return
    if latin1 or _ZW_OR_COMPAT_RE.search(text) is not None:
        if _ZW_RE.search(text):
            buf.apply([(m.start(), m.end(), "") for m in _ZW_RE.finditer(buf.text)])
        if _COMPAT_RE.search(buf.text):
            edits = []
            for m in _COMPAT_RE.finditer(buf.text):
                ch = m.group(0)
                rep = unicodedata.normalize("NFKC", ch)
                if ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
                    rep = "-"
                elif rep.isspace() or ch == "\u00a0":
                    rep = " "
                if rep != ch:
                    edits.append((m.start(), m.end(), rep))
            buf.apply(edits)
    if latin1:
        return
    t0 = buf.text
    # also in Cyrillic prose: a key or token spelled with Cyrillic lookalikes hides in a Russian sentence as well
    if _CYR_GREEK_RE.search(t0) and _MIXED_GATE_RE.search(t0):
        # per-char edits keep offsets tight
        n = len(t0)
        rev = t0[::-1]
        tokens = {}         # start -> end of every token holding a witness; each scanned once per direction
        m = _MIXED_WITNESS_RE.search(t0)
        while m:
            e = _TOKEN_REST_RE.match(t0, m.start()).end()
            tokens[n - _TOKEN_REST_RE.match(rev, n - 1 - m.start()).end()] = e
            m = _MIXED_WITNESS_RE.search(t0, e)
        m = _MIXED_WITNESS_RE.search(rev)
        while m:
            a = n - _TOKEN_REST_RE.match(rev, m.start()).end()
            tokens[a] = _TOKEN_REST_RE.match(t0, n - 1 - m.start()).end()
            m = _MIXED_WITNESS_RE.search(rev, n - a)
        fine = []
        for a in sorted(tokens):
            e = tokens[a]
            f = _fold_token(t0[a:e])
            if f is not None:
                for i in range(a, e):
                    if t0[i] != f[i - a]:
                        fine.append((i, i + 1, f[i - a]))
        buf.apply(fine)


def _ascii_view(t):
    """t without its non-ASCII characters, and that lowered: every gate below that holds on
    (t, t.lower()) also holds on them (no needle holds "k" or "i", which non-ASCII capitals
    lower to), so the full-text lower() of non-ASCII text waits until a gate passes."""
    if t.isascii():
        return t, t.lower()
    a = t.encode("ascii", "ignore").decode("ascii")
    return a, a.lower()


def _at_gate(t, low):
    # the rarer "dot" half first; one "dot" scan stands in for three when it is absent, and a
    # one-character (memchr) scan for "@" spares the " @ " scan in texts without one; the other
    # languages' words are rare enough to gate alone
    return ((("dot" in low and (" dot " in low or "[dot]" in low or "(dot)" in low))
             or " AT " in t or ("@" in t and " @ " in t) or "[.]" in t) and (
        " at " in low or " @ " in t or "[at]" in low or "(at)" in low or "{at}" in low)) or (
        "punkt" in low or "arobase" in low or "собака" in low or "точка" in low)


def _joints(m):
    """(start, end, character) of the joints of address match ``m``'s local part and domain (see _WORD_JOINT_RE)."""
    out = []
    for g in (1, 3, 4):
        base = m.start(g)
        for d in _WORD_JOINT_RE.finditer(m.group(g)):
            out.append((base + d.start(), base + d.end(), "_" if d.group(1) else "-" if d.group(2) else
                        "" if d.group(0) == " " else "."))
    return out


def _word_email_ok(m):
    """An obfuscated address (not a plain one, nor "at home.It"), its bare at/dot words in one language."""
    sep = m.group(2)
    words = [sep.strip().lower()] if sep.strip().isalpha() else []
    for g in (m.group(1), m.group(3), m.group(4)):
        words.extend(" ".join(d.group(0).split()).lower() for d in _WORD_JOINT_RE.finditer(g)
                     if d.group(0).strip().replace(" ", "").isalpha())
    if not words and not (" AT " in sep or ("@" in sep and sep != "@") or "[" in sep or "(" in sep or "{" in sep
                          or _WORD_DOT_RE.search(m.group(4))):
        return False
    if words == ["at"] and " AT " not in sep and not _WORD_DOT_RE.search(m.group(4)):
        return False
    langs = set(_WORD_LANGS["dot"].split())
    # (an "AT" in capitals after a local part of an address's shape marks an address in any language: "g.loiseau AT
    # wanadoo point fr", not "we are stuck AT this point in time")
    local = m.group(1)
    shouted = " AT " in sep and local.islower() and any(c in local for c in "._-0123456789")
    for w in words:
        if not (shouted and w == "at"):
            langs.intersection_update(_WORD_LANGS[w].split())
    return bool(langs)


def _defang_gate(low):
    """True if low holds a bracketed mark of _DEFANG_RE (a bracket, ".", ":", "@", "dot" or "at", a bracket)."""
    for c, search in _DEFANG_GATE_RES:
        if c in low and search(low) is not None:
            return True
    return False


def _spelled_gate(low):
    """True if low holds one of _SPELLED_GATE_NEEDLES."""
    for m in _SPELLED_NEAR_RE.finditer(low):
        if low.endswith(_SPELLED_GATE_NEEDLES, 0, m.end()):
            return True
    return False


# JSON's \uXXXX escapes (Python's json.dumps and Flask write every non-ASCII letter so: "M\u00fcller"), a pair of them
# for a character beyond the BMP; a backslash before the escape's own must be escaped itself (an even run)
_JSON_U_RE = re.compile(r"(?<!\\)((?:\\\\)*)\\u([0-9A-Fa-f]{4})(?:\\u(d[c-fC-F][0-9A-Fa-f]{2}))?")


def surrogate_pair(high, low):
    """The character beyond the BMP that a UTF-16 surrogate pair (two code units) stands for."""
    return chr(0x10000 + ((high - 0xD800) << 10) + low - 0xDC00)


def json_unescaped(text):
    """``(text, starts, ends)`` with the JSON \\u escapes of ``text`` read as their characters (``starts[i]`` /
    ``ends[i]``: the original offsets of decoded character ``i``), or None when it holds none to read.  Quotes,
    backslashes, control characters and lone surrogates stay escaped: they would change the JSON's structure."""
    edits = []
    for m in _JSON_U_RE.finditer(text):
        code = int(m.group(2), 16)
        if m.group(3) is not None and 0xD800 <= code < 0xDC00:
            ch = surrogate_pair(code, int(m.group(3), 16))
            end = m.end()
        elif code < 0x20 or code in (0x22, 0x5C) or 0xD800 <= code < 0xE000:
            continue
        else:
            ch = chr(code)
            end = m.start(3) - 2 if m.group(3) is not None else m.end()
        edits.append((m.end(1), end, ch))
    if not edits:
        return None
    buf = _Buf(text)
    buf.apply(edits)
    return buf.text, buf.starts, buf.ends


def normalise(text):
    """Fold obfuscations. Returns None if the text is unchanged."""
    folded = fold(text)
    return None if folded is None else folded[:3]


def fold(text):
    """Like normalise, plus the sorted folded-text ``(start, end)`` regions that edits touched."""
    buf = _Buf(text)
    if not text.isascii():
        _fold_unicode(buf)
    t = buf.text
    if _NESTED_QUOTE in t:
        # JSON inside a JSON string inside a JSON string: its quotes and line breaks read as one level deep
        buf.apply([(m.start(), m.end(), "\\") for m in _NESTED_ESCAPE_RE.finditer(t)])
        t = buf.text
    pre, pre_low = _ascii_view(t)
    low = pre_low if pre is t else None
    # Cyrillic words are not in the ASCII view: their lower-case tails stand in
    if low is None and (_at_gate(pre, pre_low) or "обака" in t or "очка" in t):
        low = t.lower()
    if low is not None and _at_gate(t, low):
        edits = []
        m = _WORD_AT_EMAIL_RE.search(t)
        while m:
            if not _word_email_ok(m):
                # "write to me at john.doe at example dot com": the rejected "domain" may be the local part
                m = _WORD_AT_EMAIL_RE.search(t, m.start(3))
                continue
            edits.append((m.start(2), m.end(2), "@"))
            edits.extend(_joints(m))
            m = _WORD_AT_EMAIL_RE.search(t, m.end())
        if edits:
            edits.sort()
            buf.apply(edits)
            t = buf.text
            low = t.lower()
            pre, pre_low = _ascii_view(t)
    if _defang_gate(pre_low):
        if low is None:
            low = t.lower()
        if _defang_gate(low):
            edits = []
            for m in _DEFANG_RE.finditer(t):
                g = m.group(0).lower()
                edits.append((m.start(), m.end(), ":" if ":" in g else "@" if ("at" in g or "@" in g) else "."))
            buf.apply(edits)
            t = buf.text
            low = t.lower()
            pre, pre_low = _ascii_view(t)
    ru = pre is not t and _SPELLED_RU_GATE_RE.search(t) is not None
    spelled = ru or _spelled_gate(pre_low)
    if spelled and low is None:
        low = t.lower()
    if spelled and len(low) == len(t) and (pre is t or ru or _spelled_gate(low)):
        # anchored matches at each digit-word occurrence (no full-text alternation scan)
        starts = []
        needles = _SPELLED_GATE_NEEDLES + _SPELLED_RU_NEEDLES if ru else _SPELLED_GATE_NEEDLES
        needles += _SPELLED_DEFR_START_NEEDLES
        for w in needles:
            i = low.find(w)
            while i >= 0:
                starts.append(i + (1 if w[0] == " " else 0))
                i = low.find(w, i + 1)
        starts.sort()
        edits = []
        last = -1
        for st in starts:
            if st < last:
                continue
            nxt = low[st:st + 40].replace(",", " ").split()
            if len(nxt) < 3 or nxt[1] not in _ALL_SPELL_WORDS or nxt[2] not in _ALL_SPELL_WORDS:
                continue
            # back up over the run's first words, then a leading "plus"/"+"
            st = _spoken_run_start(low, st)
            b = st
            pm = _PLUS_BEFORE_RE.search(low, max(0, st - 8), st)
            if pm:
                b = pm.start()
            m = _SPELLED_RE.match(low, b) or _SPELLED_RE.match(low, st)
            if m:
                digits = _spelled_to_digits(m)
                if sum(c.isdigit() for c in digits) >= 4:
                    edits.append((m.start(), m.end(), digits))
                last = m.end()
        buf.apply(edits)
        t = buf.text
    if "%" in t or "+" in t and "&" in t:
        edits = _url_edits(t)
        if edits:
            buf.apply(edits)
            t = buf.text
    if _SPACED_GATE_RE.search(t):
        edits = []
        for m in _SPACED_RE.finditer(t):
            s = m.group(0)
            nd = sum(c.isdigit() for c in s)
            if nd >= 3:
                edits.append((m.start(), m.end(), s.replace(" ", "").replace(",", "")))
                continue
            # (a dash before the name is a separator: "KH-308453 - D a n i e l H a r p e r")
            lead = len(s) - len(s.lstrip("+- "))
            s = s[lead:]
            if nd == 0 and s[:1].isupper() and sum(c.isalpha() for c in s) >= 6:
                # spaced-out name: "J o h n S m i t h" -> "John Smith" (a capital after a small letter or an initial's
                # dot starts a word; capitals in a row are one: "F r é d é r i c P A S Q U I E R" -> "Frédéric PASQUIER")
                out = []
                for c in s.replace(" ", ""):
                    if c.isupper() and out and (out[-1].islower() or out[-1] == "."):
                        out.append(" ")
                    out.append(c)
                    if c == ",":
                        out.append(" ")
                folded = "".join(out).replace("  ", " ")
                edits.append((m.start() + lead, m.end(), folded))
        buf.apply(edits)
    if buf.starts is None:
        return None
    starts, ends = buf.starts, buf.ends
    regions = []
    for s0, e0 in buf.spans:
        # folded characters overlapping [s0, e0); a deletion leaves an empty region where it was
        a = bisect.bisect_right(ends, s0)
        b = bisect.bisect_left(starts, e0)
        regions.append((min(a, b), max(a, b)))
    regions.sort()
    return buf.text, starts, ends, regions
