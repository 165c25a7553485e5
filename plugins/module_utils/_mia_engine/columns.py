# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Column tables in JSON text: a header array of names, then rows of values by position (PRIVATE).

Query results, spreadsheets and data-frame exports put the key once in a header
(``{"columns": ["name", "dob"], "rows": [["Ann Lee", "1980-01-02"]]}``, ``[["name", "dob"],
["Ann Lee", "1980-01-02"]]``, pandas ``orient="split"``), so a value has no key next to it.
``keyed_view`` rewrites each row as an object with the header's names as keys, copying every
value verbatim, for the recognizers that read keys; offsets map back cell by cell.
``row_names`` finds the same tables in parsed data.

``labelled_values`` does the same for a value whose key is another member of its object:
``{"key": "ssn", "value": "…"}``, ``{"Name": "birth_date", "Value": "…"}`` (tags, custom
attributes, form fields) and entity lists such as ``{"Text": "…", "Type": "PERSON"}``.

``word_view`` reads word-level speech-to-text output, one word per object, as the sentence
the words make.
"""

from __future__ import annotations

import re

_WS = r"[ \t\r\n]*"
_STRING = r'"(?:[^"\\\n]|\\.)*"'
_SCALAR = _STRING + r"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null"
# names of columns: short, key-like strings
_NAME_CHARS = r"[^\W\d][\w .\-]{0,47}"
_NAME = '"%s"' % _NAME_CHARS
_HEADER_RE = re.compile(r"\[%s%s(?:%s,%s%s){1,63}%s\]" % (_WS, _NAME, _WS, _WS, _NAME, _WS))
_ROW_RE = re.compile(r"\[%s(?:(?:%s)%s,%s)*(?:%s)%s\]" % (_WS, _SCALAR, _WS, _WS, _SCALAR, _WS))
_CELL_RE = re.compile(_SCALAR)
# from the end of the header to the first row: the next element of the same array, or the
# array under a later key of the same object (up to four scalar / flat-array members between,
# e.g. pandas' "index")
_TO_ROWS_RE = re.compile(r"{ws},{ws}(?:(?:{s}{ws}:{ws}(?:{sc}|{row}){ws},{ws}){{0,4}}{s}{ws}:{ws}\[{ws})?(?=\[)".format(
    ws=_WS, s=_STRING, sc=_SCALAR, row=_ROW_RE.pattern))
_NAME_VALUE_RE = re.compile(_NAME_CHARS + r"\Z")
_BRACE_RE = re.compile(r"[{}]")
# a member naming what its neighbour holds, and the neighbour holding it
# (also a form's question and its answer, and a JSON Patch operation's path and value: {"path": "/patient/birthDate", …})
# (document-AI extractions: {"field_name": "Unit No.", "normalized": "…"}, {"key": "…", "value_text": "…"})
_LABEL_KEY = r'"(?i:key|name|type|field|field_?name|label|attribute|attr|property|kind|category|entity_?type|tag|question|path)"'
_VALUE_KEY = r'"(?:value|Value|VALUE|val|text|Text|TEXT|answer|Answer|ANSWER|value_?[tT]ext|normalized(?:_?[vV]alue)?)"'
# a label: a key-like string (also a form's "Dossier n°", "№ медкарты"), or a JSON Pointer to one
_LABEL_CHARS = r"(?:[№#] ?)?[^\W\d][\w .\-°№#]{0,47}"
_LABEL = '"/?%s(?:/%s){0,4}"' % (_LABEL_CHARS, _NAME_CHARS)
# a value key is rare enough to test for first (one scan) before the pattern below
_VALUE_KEY_RE = re.compile(_VALUE_KEY)
_SHORT_SCALAR = r'"(?:[^"\\\n]|\\.){0,64}"|-?\d{1,32}'
_LABELLED_RE = re.compile(
    r"{lk}{ws}:{ws}(?P<label>{name}){ws},{ws}{vk}{ws}:{ws}(?P<value>{sc})"
    r"|{vk}{ws}:{ws}(?P<value2>{short}){ws},{ws}{lk}{ws}:{ws}(?P<label2>{name})".format(
        lk=_LABEL_KEY, vk=_VALUE_KEY, ws=_WS, name=_LABEL, sc=_SCALAR, short=_SHORT_SCALAR))
_NEXT_ROW_RE = re.compile(r"%s,%s(?=\[)" % (_WS, _WS))
# a header cut short by the end of the text
_OPEN_HEADER_RE = re.compile(r'\[%s(?:%s%s,%s)*(?:"(?:%s)?|%s%s)?\Z' % (_WS, _NAME, _WS, _WS, _NAME_CHARS, _NAME, _WS))
# the complete values of a row cut short by the end of the text
_PARTIAL_ROW_RE = re.compile(r"\[%s(?:(?:%s)%s,%s)*" % (_WS, _SCALAR, _WS, _WS))


def labelled_values(text):
    """Labelled values as one-row tables [(names, rows, False)] (see ``tables``): the label's
    string is the name, the value member's token the one cell.  Label and value are neighbouring
    members; a value after its label may be any scalar, one before it a short one (a stream sees
    at most its look-ahead to the right)."""
    found = []
    if not _VALUE_KEY_RE.search(text):
        return found
    for m in _LABELLED_RE.finditer(text):
        label = m.group("label") or m.group("label2")
        cell = m.span("value") if m.group("value") is not None else m.span("value2")
        # tuples of str and int only: the garbage collector stops tracking them (a long run of
        # labelled values would otherwise make collections grow with the input)
        found.append(((label,), ((cell[0], cell[1], (cell,)),), False))
    return found


# XML / HTML: an element holding only text names its value by its tag ("<pat:Mrn>PT110</pat:Mrn>", "<birthDate>…");
# a form field by its name attribute ('<input type="text" name="full_name" value="…">')
_ELEMENT_RE = re.compile(r"<(?:[\w\-]{1,20}:)?([^\W\d][\w.\-]{0,40})(?:\s[^<>]{0,200})?>([^<>\n]{1,120})</(?:[\w\-]{1,20}:)?\1>")
_INPUT_RE = re.compile(r"<input\s[^<>]{0,200}?\bname=[\"']([^\W\d][\w.\-\[\]]{0,40})[\"'][^<>]{0,200}?\bvalue=[\"']([^\"'<>\n]{1,120})[\"']",
                       re.IGNORECASE)


def markup_values(text):
    """Values of XML / HTML elements and form fields as one-row tables (see ``labelled_values``), named by their tag or
    field name; and HTML table rows named by the header row's cells."""
    found = []
    for rx in (_ELEMENT_RE, _INPUT_RE) if "<input" in text or "<INPUT" in text else (_ELEMENT_RE,):
        for m in rx.finditer(text):
            found.append((('"%s"' % m.group(1),), ((m.start(2), m.end(2), (m.span(2),)),), False))
    if "<th" in text or "<TH" in text:
        found.extend(_html_tables(text))
    return found


# HTML tables: a row, and a cell's opening tag
_TR_RE = re.compile(r"<tr\b[^<>]{0,200}>", re.IGNORECASE)
_CELL_OPEN_RE = re.compile(r"<(t[hd])\b[^<>]{0,200}>", re.IGNORECASE)
_TAG_RE = re.compile(r"<[^<>]{0,200}>")


def _html_tables(text):
    """HTML table rows as tables (see ``tables``) named by the cells of the last header row (all <th>) above them; a cell
    holding markup is an empty value (its content is read in place).  A row ends at the next one or at </table>, a cell
    at the next cell: each stretch of text is searched once."""
    found = []
    low = text.lower()
    names = None
    rows = [m.end() for m in _TR_RE.finditer(text)]
    for k, rs in enumerate(rows):
        end = rows[k + 1] if k + 1 < len(rows) else len(text)
        te = low.find("</table", rs, end)
        if te >= 0:
            end = te
        kinds, spans = [], []
        opens = list(_CELL_OPEN_RE.finditer(text, rs, end))
        for i, c in enumerate(opens):
            a = c.end()
            stop = opens[i + 1].start() if i + 1 < len(opens) else end
            b = low.find("</t", a, stop)
            if b < 0:
                b = stop
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            kinds.append(c.group(1).lower())
            spans.append((a, b))
        if spans and "td" not in kinds:
            names = tuple('"%s"' % _TAG_RE.sub("", text[a:b]).replace('"', "").strip() for a, b in spans)
        elif spans and names is not None and len(spans) <= len(names):
            cells = tuple((a, a) if "<" in text[a:b] else (a, b) for a, b in spans)
            found.append((names, ((cells[0][0], cells[-1][1], cells),), False))
        if te >= 0:
            names = None    # the next table has its own header, or none
    return found


def tables(text):
    """[(names, rows, open_end)]: ``names`` are the header's quoted strings as written; ``rows`` are
    (start, end, cells) per row, ``cells`` the (start, end) span of each value token; ``open_end``
    says the table runs to the end of ``text``, whose last row may be cut short (its complete
    values are kept: a truncated answer, or a stream window)."""
    found = []
    pos = 0
    while True:
        h = _HEADER_RE.search(text, pos)
        if h is None:
            return found
        names = _CELL_RE.findall(text, h.start() + 1, h.end() - 1)
        rows = []
        m = _TO_ROWS_RE.match(text, h.end())
        # a header-like array among the members skipped to the rows is the nearer header
        at = m.end() if m and not _HEADER_RE.search(text, h.end(), m.end()) else -1
        open_end = False
        while at >= 0:
            r = _ROW_RE.match(text, at)
            if r is None:
                if "]" not in text[at:]:
                    part = _PARTIAL_ROW_RE.match(text, at)
                    cells = [c.span() for c in _CELL_RE.finditer(text, at + 1, part.end())]
                    if len(cells) < len(names):
                        rows.append((at, part.end(), cells))
                        open_end = True
                break
            cells = [c.span() for c in _CELL_RE.finditer(text, r.start() + 1, r.end() - 1)]
            if len(cells) != len(names):
                break
            rows.append((r.start(), r.end(), cells))
            m = _NEXT_ROW_RE.match(text, r.end())
            at = m.end() if m else -1
            if at < 0:
                open_end = text[r.end():].strip(" \t\r\n,") == ""
        if rows:
            found.append((names, rows, open_end))
            pos = rows[-1][1]
        else:
            pos = h.end()


def last_header(text, end, reach):
    """(start, end) of the last header array that ends at most ``reach`` before ``end`` and that rows
    may still follow (no object opens or closes after it), or None."""
    span = None
    for h in _HEADER_RE.finditer(text, max(0, end - reach - 64 * 51), end):
        if h.end() >= end - reach:
            span = h.span()
    if span is not None and _BRACE_RE.search(text, span[1], end):
        return None
    return span


def open_header(text, end, reach):
    """Start of a header array still open at ``end`` (begun at most ``reach`` before), or -1."""
    m = _OPEN_HEADER_RE.search(text, max(0, end - reach), end)
    return m.start() if m else -1


def keyed_view(text, found):
    """(view, spans): ``view`` holds one object per row, ``{"name": value, ...}``; spans lists
    (view_start, text_start, length) of each copied value, in view order."""
    parts = []
    spans = []
    size = 0
    for table in found:
        names = table[0]
        for row in table[1]:
            parts.append("{")
            size += 1
            for i, (s, e) in enumerate(row[2]):
                key = ("" if i == 0 else ", ") + names[i] + ": "
                parts.append(key)
                size += len(key)
                spans.append((size, s, e - s))
                parts.append(text[s:e])
                size += e - s
            parts.append("}\n")
            size += 2
    return "".join(parts), spans


def _header_names(value):
    if isinstance(value, list) and 2 <= len(value) <= 64 and all(
            isinstance(v, str) and _NAME_VALUE_RE.match(v) for v in value):
        return value
    return None


def _rows_of(value, width):
    return isinstance(value, list) and bool(value) and all(isinstance(r, list) and len(r) == width for r in value)


def row_names(obj):
    """Column tables in parsed data: for a dict, {key of the rows: header names} (the header under an
    earlier key); for a list whose first item is the header and the rest its rows, the names."""
    if isinstance(obj, list):
        names = _header_names(obj[0]) if obj else None
        return names if names is not None and _rows_of(obj[1:], len(names)) else None
    found = {}
    names = None
    for key, value in obj.items():
        header = _header_names(value)
        if header is not None:
            names = header
        elif names is not None and _rows_of(value, len(names)):
            found[key] = names
            names = None
    return found


# word-level speech-to-text output: an array of objects holding one word each ({"w": "Laura", "s": 1.54}, Whisper's
# {"word": " Laura", "start": …}, Deepgram's "punctuated_word", AWS Transcribe's "content"); a name or a date said aloud is
# split over several JSON strings there
WORD_MEMBER_RE = re.compile(r'"(?:w|word|punctuated_word|content|token)"[ \t]{0,3}:[ \t]{0,3}" ?([^"\\\s]{1,40})"')
_WORD_GAP_MAX = 240
_WORD_PUNCT = frozenset(",.;:!?")


def word_view(text):
    """(view, spans) of the word runs in ``text``: ``view`` holds each run's words as a sentence (punctuation words
    glued to the word before), one run per line; spans lists (view_start, text_start, length, others) of each word,
    ``others`` the (start, end) of the object's other word members (Deepgram's "word" before its "punctuated_word",
    which the view reads).  Words of one run follow each other with no array bracket between them."""
    runs = []
    run = []
    last = -1
    for m in WORD_MEMBER_RE.finditer(text):
        if run:
            gap = text[last:m.start()]
            if "}" not in gap:
                # the same object: the last word member is read, the others are masked with it
                run[-1] = (m.span(1), run[-1][1] + (run[-1][0],))
                last = m.end()
                continue
            if len(gap) > _WORD_GAP_MAX or "[" in gap or "]" in gap:
                runs.append(run)
                run = []
        run.append((m.span(1), ()))
        last = m.end()
    runs.append(run)
    parts = []
    spans = []
    size = 0
    for run in runs:
        if len(run) < 2:
            continue
        for k, ((a, b), others) in enumerate(run):
            word = text[a:b]
            sep = "" if k == 0 or word in _WORD_PUNCT else " "
            parts.append(sep + word)
            size += len(sep)
            spans.append((size, a, b - a, others))
            size += b - a
        parts.append("\n")
        size += 1
    return "".join(parts), spans
