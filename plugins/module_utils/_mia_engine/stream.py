# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Streaming redaction with a hard hold-back bound (PRIVATE to the collection).

Design
------
The redactor keeps ``pending`` (received, not yet emitted input) and ``ctx`` (the last
``LEFT`` characters of already emitted input, used only as left context).  After each
``feed`` it analyses ``ctx + pending`` and emits the prefix of ``pending`` that ends at least
``lookahead`` characters before the end of the received text, moved back to the start of any
finding that crosses the cut (or forward to its end when the finding is complete and followed
by enough right context).  ``lookahead`` is larger than the longest bounded entity plus the
right context any recognizer reads, so a character emitted can never later turn out to belong
to an entity.  Unbounded tokens (PEM blocks, JWTs, long provider tokens) are handled by
emitting their placeholder once and swallowing the continuation characters as they arrive,
so the hold-back never exceeds ``max_holdback`` (256 by default).  Hold-back, look-ahead and context count the
characters the engine reads: a JSON \\u escape is one.
"""

from __future__ import annotations

import codecs
import json
import re

from .columns import WORD_MEMBER_RE, last_header, open_header, tables
from .engine import (_MENTION_SURE_SCORE, _MENTION_TRUSTED_SCORE, JSON_TEXT_START, _escaped_breaks_read, _in_fraction_number,
                     json_string_state, mention_keys)
from .normalize import json_unescaped
from .operators import line_breaks
from .recognizers import (JSON_ANSWER_KEYS, PEM_BODY, _ALIGNED_CELL_RE, _BESIDE_DOB_CARE_REACH, _DOB_NEEDLES, _MRN_CARE_CONTEXT_RE,
                          _FINDING_OBJECT, _FINDING_RULE_RE, _MD_RULE_RE, _NAME_HEADER_NEEDLES, _PARTICLES, _RULE_LINE_RE, _SPELL_CUES, _SPELL_REACH,
                          table_line_start)

LEFT = 128
# A run of capitalised words (a name's candidates) is read from its start: one longer than the left context
# ("Patient John DoePatient John Doe…") would be read from another start in the stream than in the whole text.  It
# cannot hold a character other than letters, spaces, ",.'-", nor a lower-case word other than a name particle; the
# emitted text is kept back to such a character (with room for the cue before a run) while the left context holds none.
_RUN_HISTORY = 1024
_RUN_CUE_ROOM = 64
_RUN_BREAK_RE = re.compile(r"[^\w ,.'\u2019\-]|[\d_]| (?!(?:%s) )[a-zß-öø-ÿа-яё]" % "|".join(
    p.split()[0] for p in _PARTICLES))
# Words whose recognizer reads further back than LEFT: (word in the pending text, text that must stand in the wider
# context too (a pattern) or None, width). Record-number words are read among the care words of
# the 300 characters before them (recognizers' _care_context: French "dossier", German "Versicherungsnummer", a
# hospital's "Unit No.", "карта"); a FHIR identifier's "value" is an MRN when its type coding above says "MR" / "MRN"
# (up to 400 characters before it).
# A word of word-level speech-to-text output is read in the sentence of the words before it (columns.word_view: a cue
# some words back is some hundred characters back).
# A birth date in the JSON utterance after the question for it (recognizers' _JSON_ANSWER_RE; the question holds one of
# the DOB recognizer's needles, up to 640 characters back) is looked for when the left context or the pending text holds
# an utterance's key (the fourth field); so is a password or a record number (_answer_after) after the question's word.
_ASKED_VALUE_WORDS_RE = re.compile(r"passw|kennwort|пароль|mot de passe|\bmdp\b|record|dossier|akte|карт")
_WIDE_CONTEXTS = ((re.compile(r"dossier|case|record|akten|chart|versicherungsnummer|unit|карт"), None, 340, False),
                  # a name spelled out after the request to spell it (recognizers' _spelled_names), an identifier
                  # after a birth date among the care words before it (ids_beside_birth_dates)
                  (re.compile(r"[a-zß-ÿа-яё]([- ])[a-zß-ÿа-яё]\1[a-zß-ÿа-яё]"), re.compile("|".join(_SPELL_CUES)),
                   _SPELL_REACH + 64, True),
                  (re.compile(r"\d\d(?:, |; | [\u2014\u2013-] )[a-z0-9][a-z0-9/#\-]{3}"), _MRN_CARE_CONTEXT_RE,
                   _BESIDE_DOB_CARE_REACH + 64, True),
                  (re.compile(r'"value'), re.compile('"mr'), 420, False),
                  # a secret scanner's match after its rule, up to the object's start (recognizers' _scanner_findings)
                  (re.compile(r'"(?:match|secret|raw)\\?"'), _FINDING_RULE_RE, _FINDING_OBJECT + 64, True),
                  (re.compile(r'"(?:%s)"' % JSON_ANSWER_KEYS), re.compile("|".join(re.escape(nd) for nd in _DOB_NEEDLES)),
                   640, True),
                  (re.compile(r'"(?:%s)"' % JSON_ANSWER_KEYS), _ASKED_VALUE_WORDS_RE, 640, True),
                  (WORD_MEMBER_RE, None, _RUN_HISTORY, False))
_MAX_HEADER_CELL = 48
# where a line ends: a line break, or one escaped in a JSON string (after an even run of backslashes)
_LINE_BREAK_RE = re.compile(r"(?:(?<!\\)(?:\\\\)*(?=\\n)|(?=\n))(\\n|\n)")
_LINE_BREAKS = (re.compile(r"(\n)"), _LINE_BREAK_RE)
# a JSON table row longer than this loses its header in a stream (as a text table line over 400)
_MAX_ROW_TAIL = 1024
_PEM_CONT = re.compile(PEM_BODY + r"*(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----)?")
# what may still become the footer: line breaks (the finding ends before them) and a footer's start
_PEM_FOOTER_PREFIX = re.compile(r"(?:\s|\\+[nr])*\\*(?:-{1,5}(?:E(?:N(?:D(?:[A-Z0-9 ]{0,40}(?:-{1,5})?)?)?)?)?)?$")
# a lowered line holding any DOB or name-header needle (one search instead of a generator per needle)
_HEADER_NEEDLE = re.compile("|".join(re.escape(nd) for nd in _DOB_NEEDLES + _NAME_HEADER_NEEDLES))
_TOKEN_CONT = re.compile(r"[A-Za-z0-9_\-]*")
# what precedes a URL-encoded value ("name=", "&", "?", a quote or a space)
_URL_VALUE_START = frozenset("=&?\"' \t\n<>")
_JWT_CONT = re.compile(r"[A-Za-z0-9_\-.]*")
# one encoder for every frame: json.dumps(obj, ensure_ascii=False) builds a new one per call
_DUMPS = json.JSONEncoder(ensure_ascii=False).encode
_scanstring = json.decoder.scanstring
# stands in for a frame's variable strings when its fixed text is cut out (control characters: always escaped)
_SENTINEL = "\x00\x01mia-%s"
_CONTENT = "content"
# OpenAI pads each chunk with a random string: a hole of the template, copied through
_OBFUSCATION = "obfuscation"


def _decoded(text):
    """``json_unescaped(text)``, None for a text without JSON \\u escapes."""
    return json_unescaped(text) if "\\u" in text else None


def _tail_start(text, k, decoded=False):
    """Where the last ``k`` characters of ``text`` start, each JSON \\u escape counted as the one character it stands
    for (hold-back and context are measured in the characters the engine reads: a name written in escapes is up to six
    times longer).  ``decoded``: ``_decoded(text)``, when the caller has it."""
    n = len(text)
    if n <= k:
        return 0
    if decoded is False:
        decoded = _decoded(text)
    if decoded is None:
        return n - k
    d = decoded[0]
    return 0 if len(d) <= k else decoded[1][len(d) - k]


def _split_at(text, tokens):
    """``text`` cut at each token (each occurs once, in this order): the len(tokens) + 1 pieces between."""
    pieces = []
    pos = 0
    for tok in tokens:
        i = text.index(tok, pos)
        pieces.append(text[pos:i])
        pos = i + len(tok)
    pieces.append(text[pos:])
    return pieces


def _next_header(hdr, line, read, abs_start, brk):
    """The open table header after ``line`` (``read``: as the engine reads it), ended by ``brk``: (text, abs_start,
    delim, the break after it) of a table whose header names a DOB or name column, or of an HTML table ("<th"), or
    None."""
    if hdr is not None:
        if _RULE_LINE_RE.match(read) or _MD_RULE_RE.match(read):
            if _LINE_BREAK_RE.search(hdr[0]) is None:
                # the header's underline: its dashes may mark the columns (and a markdown header has one below it)
                return hdr[0] + hdr[3] + line, hdr[1], hdr[2], brk
            return hdr
        if hdr[2] == "<th":
            if "</table" not in read.lower():
                return hdr      # an HTML table's rows (and <tbody>, blank lines) run to its end tag
        elif read.strip() and read.count(hdr[2]) >= 2:
            return hdr
        if read.strip().lower() == "values" and hdr[0].rstrip().endswith(")"):
            # SQL: "INSERT INTO t (name, born)" and "VALUES" on a line of its own; the rows read the columns through both
            return hdr[0] + hdr[3] + line, hdr[1], hdr[2], brk
    low = read.lower()
    if "<th" in low:
        return (line, abs_start, "<th", brk) if len(line) <= 400 else None     # an HTML table's header row
    if not _HEADER_NEEDLE.search(low):
        return None
    # JSON is no header, but a JSON string's first line can be (as the engine's table_header reads it)
    start = table_line_start(read)
    if start is None:
        return None
    if start:
        line, read, abs_start = line[start:], read[start:], abs_start + start
        if not _HEADER_NEEDLE.search(read.lower()):
            return None
    if len(line) > 400:
        return None
    for d in (",", "|", "\t", ";"):
        # a header's cells are short: a sentence with commas and a birth word is prose, not a header
        if read.count(d) >= 2 and all(len(cell) <= _MAX_HEADER_CELL for cell in read.split(d)):
            return line, abs_start, d, brk
    # a table aligned with spaces: its rows are read by the columns' positions under the header
    if not start and read.count("  ") >= 2:
        cells = _ALIGNED_CELL_RE.findall(read)
        if len(cells) >= 3 and all(len(cell) <= _MAX_HEADER_CELL for cell in cells):
            return line, abs_start, "  ", brk
    return None


class StreamRedactor(object):
    """feed(chunk) -> text safe to emit now; flush() -> the rest."""

    def __init__(self, engine, max_holdback=None):
        self.engine = engine
        self.max_holdback = int(max_holdback or getattr(engine, "stream_holdback", 256))
        # longest bounded finding + right context must fit in the look-ahead
        self.lookahead = max(28, min(self.max_holdback - 136, 156))
        # analyse only every `step` characters: each analysis reads LEFT + lookahead + step characters
        # to emit `step`, so a larger step costs less CPU per character and more hold-back (p50 ~210)
        self.step = max(1, min(96, self.max_holdback - self.lookahead - 40))
        self._ctx = ""
        self._hist = ""            # the last _RUN_HISTORY emitted input characters (ctx is its tail)
        self._pending = ""
        self._open = None          # continuation regex of an entity already replaced
        self._json = None          # JSON mode decided on the first non-blank character
        self._json_state = JSON_TEXT_START  # of the input consumed (JSON mode)
        self._abs = 0              # input characters consumed (emitted or swallowed)
        # per reading of the lines (split at line breaks; at those and the breaks escaped in JSON strings, as the
        # engine's table walkers read them both): the current (incomplete) emitted line, the open table header
        # (see _next_header)
        self._lines = ["", ""]
        self._headers = [None, None]
        self._names = {}           # mention keys of persons emitted: {key: input offset of the first one's end}
        self._columns = None       # header array of an open JSON column table (see columns.py)
        self._row_tail = ""        # emitted text of that table's current row

    # ------------------------------------------------------------------
    def _decide_json(self):
        if self._json is None:
            t = (self._ctx + self._pending).lstrip()
            if t:
                self._json = t[0] in "{["

    def _swallow(self, final):
        """Drop continuation characters of an entity whose placeholder was already emitted."""
        if self._open is None:
            return True, ""
        p = self._pending
        pem = self._open is _PEM_CONT
        m = self._open.match(p)
        end = m.end()
        if self._open is _JWT_CONT and p[end - 1:end] == ".":
            # a JWT never ends with its separator, nor holds two in a row: trailing dots end the
            # sentence, except a single one at the end of the input so far (hold it: the token may go on)
            dots = end - len(p[:end].rstrip("."))
            if dots == 1 and end == len(p) and not final:
                self._consume(p[:end - 1])
                self._pending = p[end - 1:]
                return False, ""
            end -= dots
        footer_done = pem and m.group(0).endswith("-----")
        if end == len(p) and not final and not footer_done:
            self._consume(p)
            self._pending = ""
            return False, line_breaks(p) if pem else ""
        if not final and not footer_done and (p[end:] == "\\" or (
                pem and _PEM_FOOTER_PREFIX.match(p, end))):
            # a footer may be arriving: hold it (bounded by the footer length)
            self._consume(p[:end])
            self._pending = p[end:]
            return False, line_breaks(p[:end]) if pem else ""
        self._consume(p[:end])
        self._pending = p[end:]
        self._open = None
        return True, line_breaks(p[:end]) if pem else ""

    def _consume(self, text):
        """Move input characters to the emitted side: left context, line and table-header state."""
        if not text:
            return
        start_abs = self._abs
        self._abs += len(text)
        if self._json:
            self._json_state = json_string_state(text, 0, len(text), self._json_state)
        ctx = self._ctx + text
        self._ctx = ctx[_tail_start(ctx, LEFT):]
        hist = self._hist + text
        self._hist = hist[_tail_start(hist, _RUN_HISTORY):]
        for i, breaks in enumerate(_LINE_BREAKS):
            buf = self._lines[i] + text
            line_start = start_abs - len(self._lines[i])
            hdr, pos = self._headers[i], 0
            for m in breaks.finditer(buf):
                line = buf[pos:m.start(1)]
                hdr = _next_header(hdr, line, (_escaped_breaks_read(line) or line) if i else line,
                                   line_start + pos, buf[m.start(1):m.end()])
                pos = m.end()
            rest = buf[pos:]
            if len(rest) > 400:
                hdr = None
                rest = rest[-400:]
            self._lines[i], self._headers[i] = rest, hdr

    def _track_columns(self, text, emitted):
        """Keep the header of a JSON column table in ``text`` whose rows go on past ``emitted``."""
        self._columns = None
        self._row_tail = ""
        if "[" not in text:
            return
        for names, rows, open_end in tables(text):
            if rows[0][0] >= emitted:
                break
            if not open_end and rows[-1][1] <= emitted:
                continue
            row_start = [r[0] for r in rows if r[0] < emitted][-1]
            if emitted - row_start <= _MAX_ROW_TAIL:
                self._columns = "[" + ", ".join(names) + "], "
                self._row_tail = text[row_start:emitted]
            return
        # rows may still follow a header already emitted: keep it and the text after it
        span = last_header(text, emitted, _MAX_ROW_TAIL)
        if span is not None:
            self._columns = text[span[0]:span[1]]
            self._row_tail = text[span[1]:emitted]
            return
        # a header cut by the boundary: keep its emitted part as left context
        start = open_header(text, emitted, _MAX_ROW_TAIL)
        if start >= 0:
            self._columns = ""
            self._row_tail = text[start:emitted]

    def feed(self, chunk):
        if not chunk:
            return ""
        self._pending += chunk
        out = ""
        if self._open is not None:
            closed, out = self._swallow(False)
            if not closed:
                return out
        if len(self._pending) < self.lookahead + self.step:
            return out
        return out + self._emit(False)

    def flush(self):
        out = ""
        if self._open is not None:
            out = self._swallow(True)[1]
        if self._pending:
            out += self._emit(True)
        self._pending = ""
        return out

    # ------------------------------------------------------------------
    def _url_value_start(self, pending, cut, findings, off):
        """A cut inside a URL-encoded value moves back to the value's start (it is read decoded, up to six characters
        per letter), within the hold-back bound and not into a finding."""
        n = len(pending)
        vs = cut
        while vs > 0 and n - vs < self.max_holdback and pending[vs - 1] not in _URL_VALUE_START:
            vs -= 1
        if vs == cut or "%" not in pending[vs:cut]:
            return cut
        for f in findings:
            if f.start - off < vs < f.end - off:
                return f.start - off
        return vs

    def _emit(self, final):
        self._decide_json()
        eng = self.engine
        ctx, pending = self._ctx, self._pending
        pending_decoded = _decoded(pending)
        prefix = ""
        # a table header that scrolled out of the left context (line breaks' reading first)
        scrolled = next((i for i, hdr in enumerate(self._headers) if hdr is not None and hdr[1] < self._abs - len(ctx)), None)
        if self._columns is not None:
            # the rows of a JSON column table are read by position: the current row from its start
            if len(self._row_tail) > len(ctx):
                ctx = self._row_tail
        elif scrolled is not None:
            # re-attach it before the current row's emitted part (whole, even when the row began before the left context),
            # after a line break that no reading crosses (a birth word in the header is no cue for the row's words)
            ctx = self._lines[scrolled]
            prefix = self._headers[scrolled][0] + "\n"
        elif len(self._hist) > len(ctx):
            hist = self._hist
            start = len(hist) - len(ctx)
            if _RUN_BREAK_RE.search(ctx) is None:
                start = 0
                for m in _RUN_BREAK_RE.finditer(hist, 0, len(hist) - len(ctx)):
                    start = max(0, m.start() - _RUN_CUE_ROOM)
            low_pending = (pending if pending_decoded is None else pending_decoded[0]).lower()
            for word, also_before, width, in_context in _WIDE_CONTEXTS:
                if word.search(low_pending) or in_context and word.search(ctx.lower() + low_pending):
                    wide = _tail_start(hist, width)
                    if also_before is None or also_before.search(hist[wide:].lower()):
                        start = min(start, wide)
            ctx = hist[start:]
        window = prefix + ctx + pending
        off = len(prefix) + len(ctx)
        if self._columns is not None:
            start = off - len(self._row_tail)
            columns = (self._columns, start)
            table_text, shift = self._columns + window[start:], len(self._columns) - start
        else:
            columns, table_text, shift = None, window, 0
        # input offset of window[0] (the text-table header prefix is not input; offsets past it are)
        base = self._abs - len(ctx) - len(prefix)
        known = {k: v - base for k, v in self._names.items()}
        if "\\u" in self._hist:
            # a mention's reach is counted in the characters the engine reads (see _tail_start)
            h0 = self._abs - len(self._hist)
            for key, v in known.items():
                if v < 0 and v + base >= h0:
                    gap = self._hist[v + base - h0:max(0, base - h0)]
                    decoded = _decoded(gap)
                    if decoded is not None:
                        known[key] = -len(decoded[0])
        findings = [f for f in eng.analyze(window, columns, known) if f.start >= off]
        if self._json:  # as the whole text's reading (Engine._json_findings); a finding is cut only with
            # lookahead after it, so its number's end has been read
            findings = [f for f in findings if not _in_fraction_number(window, f.start, f.end)]
        n = len(pending)
        if final:
            cut = n
        else:
            cut = _tail_start(pending, self.lookahead, pending_decoded)
            inside = False
            for f in findings:
                fs, fe = f.start - off, f.end - off
                if fs < cut < fe:
                    inside = True
                    # (a URL-encoded entity is up to six characters per letter: longer, and still done)
                    if fe <= _tail_start(pending, 32, pending_decoded) and (fe - fs <= 160 or "%" in pending[fs:fe]):
                        cut = fe
                    else:
                        cut = fs
                    break
                if fs >= cut:
                    break
            if not inside and "%" in pending and 0 < cut < n and pending[cut] not in _URL_VALUE_START:
                cut = self._url_value_start(pending, cut, findings, off)
            open_regex = None
            bound = _tail_start(pending, self.max_holdback, pending_decoded)
            if cut < bound:
                # only an unbounded token can get here: emit its placeholder now, swallow the rest
                for f in findings:
                    fs, fe = f.start - off, f.end - off
                    if fs == cut and f.type == "API_KEY":
                        head = pending[fs:fs + 12]
                        if head.startswith("-----BEGIN"):
                            # a key whose footer was read is done
                            open_regex = None if "-----END" in pending[fs:fe] else _PEM_CONT
                        elif head.startswith("eyJ"):
                            open_regex = _JWT_CONT
                        else:
                            open_regex = _TOKEN_CONT
                        cut = fe
                        break
                else:
                    cut = bound
                # an entity that ended inside the buffer is done, unless it is a key whose footer
                # is still arriving (the whole text's finding holds the footer: swallow it too)
                if open_regex is not None and (cut >= n or (open_regex is _PEM_CONT and _PEM_FOOTER_PREFIX.match(pending, cut))):
                    self._open = open_regex
                else:
                    self._open = None
        if cut <= 0:
            return ""
        self._track_columns(table_text, off + cut + shift)
        sel = [f for f in findings if f.end - off <= cut]
        for f in sel:
            if f.type == "PERSON":
                name = window[f.start:f.end]
                # the window is read with its JSON escapes decoded, and so are the names it mentions
                decoded = _decoded(name)
                if decoded is not None:
                    name = decoded[0]
                for key in mention_keys(name, f.score >= _MENTION_TRUSTED_SCORE, f.score >= _MENTION_SURE_SCORE):
                    self._names.setdefault(key, f.end + base)
        out = eng._render(window, sel, bool(self._json), 0, None, (off, self._json_state))
        # the rendered window includes ctx; strip it and the un-emitted tail
        tail = window[off + cut:]
        head_len = off
        rendered = out[head_len:len(out) - len(tail)] if tail else out[head_len:]
        self._consume(pending[:cut])
        self._pending = pending[cut:]
        if self._open is not None:
            rendered += self._swallow(final)[1]
        return rendered


def streamed_texts(choice):
    """(field, holder, key) of each streamed text of a chat or completions ``choice``; ``holder[key]``
    is the text. A tool call's field is ("tool", its index)."""
    out = []
    if isinstance(choice.get("text"), str):
        out.append(("text", choice, "text"))
    delta = choice.get("delta")
    if isinstance(delta, dict):
        for key in (_CONTENT, "reasoning_content"):
            if isinstance(delta.get(key), str):
                out.append((key, delta, key))
        calls = delta.get("tool_calls")
        for pos, call in enumerate(calls if isinstance(calls, list) else ()):
            function = call.get("function") if isinstance(call, dict) else None
            if isinstance(function, dict) and isinstance(function.get("arguments"), str):
                number = call.get("index", pos)
                out.append((("tool", number if isinstance(number, int) else pos), function, "arguments"))
    return out


def _put_streamed(choice, field, text, append=False):
    """Write ``text`` (appended to what is there with ``append``) as ``field`` of ``choice``."""
    if field == "text":
        choice["text"] = (choice.get("text") or "") + text if append and isinstance(choice.get("text"), str) else text
        return
    delta = choice.get("delta")
    if not isinstance(delta, dict):
        delta = choice["delta"] = {}
    if isinstance(field, tuple):
        calls = delta.get("tool_calls")
        if not isinstance(calls, list):
            calls = delta["tool_calls"] = []
        call = next((c for c in calls if isinstance(c, dict) and c.get("index") == field[1]), None)
        if call is None:
            call = {"index": field[1], "function": {}}
            calls.append(call)
        function = call.get("function")
        if not isinstance(function, dict):
            function = call["function"] = {}
        holder, key = function, "arguments"
    else:
        holder, key = delta, field
    holder[key] = (holder.get(key) or "") + text if append and isinstance(holder.get(key), str) else text


class SSERedactor(object):
    """Redact OpenAI-style server-sent events: ``data: {...choices[].delta.content...}`` frames.

    Each streamed text of a choice is redacted across frames by its own stream redactor: ``delta.content``,
    ``delta.reasoning_content``, the legacy completions' ``text`` and each tool call's
    ``function.arguments``; an entity split over frames is held back until it is whole."""

    # at most this many frame templates are built per stream (bounds the cost when frames never repeat)
    template_builds = 8

    def __init__(self, engine):
        self.engine = engine
        self._buf = ""
        self._streams = {}
        self._last = None
        # (event pieces around the holes, holes, output pieces, choice index, fields besides choices)
        self._tpl = None
        self._builds = 0
        # A UTF-8 character may be split across network chunks.
        self._decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def _stream(self, idx, field=_CONTENT):
        st = self._streams.get((idx, field))
        if st is None:
            st = self._streams[(idx, field)] = self.engine.stream()
        return st

    def feed(self, data):
        if isinstance(data, bytes):
            data = self._decoder.decode(data)
        buf = self._buf + data.replace("\r\n", "\n")
        out = []
        # walk the events by position: re-slicing the buffer per event is quadratic in a large read
        pos = 0
        while True:
            i = buf.find("\n\n", pos)
            if i < 0:
                break
            out.append(self._event(buf[pos:i]))
            pos = i + 2
        self._buf = buf[pos:]
        return "".join(out)

    def _flush_frames(self):
        frames = []
        for (idx, field), st in sorted(self._streams.items(), key=lambda item: (item[0][0], repr(item[0][1]))):
            rest = st.flush()
            if rest:
                frames.append(self._frame_for(idx, field, rest))
        self._streams = {}
        return "".join(frames)

    def _frame_for(self, idx, field, text):
        base = dict(self._last) if isinstance(self._last, dict) else {"object": "chat.completion.chunk"}
        choice = {"index": idx, "finish_reason": None}
        _put_streamed(choice, field, text)
        base["choices"] = [choice]
        return "data: " + _DUMPS(base) + "\n\n"

    def _fast_event(self, event):
        """Redacted frame for ``event`` if it is the template frame with other string tokens in its holes, else None.

        The event is the template's text with one JSON string token in each hole (the delta content and
        the per-chunk ``obfuscation`` padding), so it parses to the template's object with those strings,
        and its output is the template's output around the encoded strings: what the general path produces.
        """
        fixed, holes, out, idx, last = self._tpl
        values = []
        pos = 0
        for piece in fixed[:-1]:
            if not event.startswith(piece, pos):
                return None
            pos += len(piece)
            if event[pos:pos + 1] != '"':
                return None
            try:
                value, pos = _scanstring(event, pos + 1)
            except ValueError:
                return None
            values.append(value)
        if not event.startswith(fixed[-1], pos) or pos + len(fixed[-1]) != len(event):
            return None
        parts = [out[0]]
        for hole, value, piece in zip(holes, values, out[1:]):
            if hole == _CONTENT:
                value = self._stream(idx).feed(value)
            else:
                last = dict(last)
                last[hole] = value
            parts.append(_DUMPS(value))
            parts.append(piece)
        self._last = last
        return "".join(parts)

    def _build_template(self, event, payload, obj, delta):
        """Remember the fixed text around the holes of a single-choice content frame (see _fast_event)."""
        self._builds += 1
        saved = (delta["content"], obj.get(_OBFUSCATION))
        delta["content"] = _SENTINEL % _CONTENT
        holes = [_CONTENT]
        if isinstance(saved[1], str):
            obj[_OBFUSCATION] = _SENTINEL % _OBFUSCATION
            holes.append(_OBFUSCATION)
        tokens = [_DUMPS(_SENTINEL % hole) for hole in holes]
        out = _DUMPS(obj)
        for sep in ((",", ":"), (", ", ": ")):
            text = json.dumps(obj, separators=sep, ensure_ascii=False)
            if any(text.count(tok) != 1 or out.count(tok) != 1 for tok in tokens):
                continue
            # both dumps keep the keys in the same order
            order = sorted(range(len(holes)), key=lambda k: text.index(tokens[k]))
            fixed = _split_at(text, [tokens[k] for k in order])
            if payload.startswith(fixed[0]) and payload.endswith(fixed[-1]):
                fixed[0] = event[:len(event) - len(payload)] + fixed[0]
                outs = _split_at(out, [tokens[k] for k in order])
                outs[0] = "data: " + outs[0]
                outs[-1] += "\n\n"
                self._tpl = (fixed, [holes[k] for k in order], outs, obj["choices"][0].get("index", 0), self._last)
                break
        delta["content"] = saved[0]
        if len(holes) > 1:
            obj[_OBFUSCATION] = saved[1]

    def _event(self, event):
        if self._tpl is not None:
            fast = self._fast_event(event)
            if fast is not None:
                return fast
        lines = event.split("\n")
        data_lines = [ln[5:].lstrip(" ") if ln.startswith("data:") else None for ln in lines]
        payload = "\n".join(x for x in data_lines if x is not None)
        if not any(x is not None for x in data_lines):
            # Comments and bare fields carry text too: nothing leaves unredacted.
            return self.engine.redact(event) + "\n\n"
        if payload.strip() == "[DONE]":
            return self._flush_frames() + "data: [DONE]\n\n"
        try:
            obj = json.loads(payload)
        except ValueError:
            # Not JSON: redact the data as plain text, one data line per line.
            other = "".join(ln + "\n" for ln, d in zip(lines, data_lines) if d is None)
            text = self.engine.redact(payload)
            return other + "".join("data: " + ln + "\n" for ln in text.split("\n")) + "\n"
        prefix = ""
        if isinstance(obj, dict) and isinstance(obj.get("choices"), list):
            self._last = {k: v for k, v in obj.items() if k != "choices"}
            ch = obj["choices"][0] if len(obj["choices"]) == 1 else None
            delta = ch.get("delta") if isinstance(ch, dict) else None
            if (self._builds < self.template_builds and len(lines) == 1 and isinstance(delta, dict)
                    and isinstance(delta.get("content"), str) and ch.get("finish_reason") is None
                    and isinstance(ch.get("index", 0), int) and not isinstance(ch.get("index", 0), bool)):
                self._build_template(event, payload, obj, delta)
            for ch in obj["choices"]:
                if not isinstance(ch, dict):
                    continue
                idx = ch.get("index", 0)
                for field, holder, key in streamed_texts(ch):
                    holder[key] = self._stream(idx, field).feed(holder[key])
                if ch.get("finish_reason") is not None:
                    for stream_key in [k for k in self._streams if k[0] == idx]:
                        rest = self._streams.pop(stream_key).flush()
                        if rest:
                            _put_streamed(ch, stream_key[1], rest, append=True)
        other = [ln for ln, d in zip(lines, data_lines) if d is None]
        head = ("\n".join(other) + "\n") if other else ""
        return prefix + head + "data: " + _DUMPS(obj) + "\n\n"

    def flush(self):
        self._buf += self._decoder.decode(b"", True)
        out = ""
        if self._buf.strip():
            out = self._event(self._buf)
        self._buf = ""
        return out + self._flush_frames()
