"""ad_common - annotated text fragments, a span-preserving JSON emitter and per-document context.

Everything that builds a document writes into a Frag: plain text via .t(), labelled entities via
.e(), hard negatives via .n() and don't-care spans via .i().  Offsets are code-point offsets into
the fragment; fragments can be concatenated (.f) or JSON-string-escaped (escape_frag) and the spans
follow.  jfrag() serialises a Python structure whose leaves may be Frags into JSON text while keeping
every span pointing at the serialized characters.
"""
from __future__ import annotations

import json
import random
import sys
import unicodedata

try:
    from faker import Faker
except ImportError:  # pragma: no cover
    sys.path.insert(0, "/tmp/faker-site")
    from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOCALE_W = [0.33, 0.16, 0.17, 0.13, 0.21]
NATIVE = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}


class Frag:
    """Text under construction with annotations (relative offsets)."""

    __slots__ = ("buf", "n_", "ann")

    def __init__(self, text: str = ""):
        self.buf = []
        self.n_ = 0
        self.ann = []  # dicts: kind (E|N|I), type, s, e, sub, core(rel to s), obf
        if text:
            self.t(text)

    # -- building ------------------------------------------------------------------------------
    def t(self, s: str) -> "Frag":
        if s:
            self.buf.append(s)
            self.n_ += len(s)
        return self

    def e(self, typ, val, sub=None, core=None, obf=None) -> "Frag":
        s = self.n_
        self.t(val)
        self.ann.append({"kind": "E", "type": typ, "s": s, "e": self.n_, "sub": sub,
                         "core": core, "obf": obf})
        return self

    def n(self, typ, val) -> "Frag":
        s = self.n_
        self.t(val)
        self.ann.append({"kind": "N", "type": typ, "s": s, "e": self.n_})
        return self

    def i(self, val) -> "Frag":
        s = self.n_
        self.t(val)
        if val:
            self.ann.append({"kind": "I", "s": s, "e": self.n_})
        return self

    def f(self, other: "Frag") -> "Frag":
        base = self.n_
        self.t(other.text)
        for a in other.ann:
            b = dict(a)
            b["s"] += base
            b["e"] += base
            self.ann.append(b)
        return self

    def __add__(self, other):
        out = Frag()
        out.f(self)
        if isinstance(other, Frag):
            out.f(other)
        else:
            out.t(other)
        return out

    @property
    def text(self) -> str:
        if len(self.buf) > 1:
            self.buf = ["".join(self.buf)]
        return self.buf[0] if self.buf else ""

    def __len__(self):
        return self.n_


def F(*parts) -> Frag:
    """Concatenate strings and Frags into a new Frag."""
    out = Frag()
    for p in parts:
        if isinstance(p, Frag):
            out.f(p)
        elif p:
            out.t(p)
    return out


def remap_frag(frag: Frag, pieces) -> Frag:
    """Replace every character i of frag.text by pieces[i]; spans follow."""
    off = [0]
    for p in pieces:
        off.append(off[-1] + len(p))
    out = Frag("".join(pieces))
    for a in frag.ann:
        b = dict(a)
        b["s"], b["e"] = off[a["s"]], off[a["e"]]
        if a.get("core"):
            cs, ce = a["core"]
            b["core"] = (off[a["s"] + cs] - b["s"], off[a["s"] + ce] - b["s"])
        out.ann.append(b)
    return out


def _json_char(c: str) -> str:
    return json.dumps(c, ensure_ascii=False)[1:-1]


def escape_frag(frag) -> Frag:
    """JSON-string-escape the fragment text (without surrounding quotes)."""
    if isinstance(frag, str):
        return Frag(json.dumps(frag, ensure_ascii=False)[1:-1])
    return remap_frag(frag, [_json_char(c) for c in frag.text])


class Num:
    """A raw JSON number whose digits are a fragment (e.g. an INN written as a number)."""

    def __init__(self, frag: Frag):
        self.frag = frag


class Raw:
    """A raw (already serialized) JSON piece."""

    def __init__(self, frag):
        self.frag = frag if isinstance(frag, Frag) else Frag(frag)


def jfrag(obj, style="compact", _lvl=0) -> Frag:
    """Serialize obj as JSON into a Frag.  style: compact | spaced | indent2 | indent4."""
    out = Frag()
    _emit(out, obj, style, _lvl)
    return out


def _emit(out: Frag, obj, style, lvl):
    if isinstance(obj, (Frag, str)):
        out.t('"')
        out.f(escape_frag(obj))
        out.t('"')
    elif isinstance(obj, Num):
        out.f(obj.frag)
    elif isinstance(obj, Raw):
        out.f(obj.frag)
    elif obj is None or isinstance(obj, (bool, int, float)):
        out.t(json.dumps(obj))
    elif isinstance(obj, dict):
        items = list(obj.items())
        _container(out, items, "{", "}", style, lvl, True)
    elif isinstance(obj, (list, tuple)):
        _container(out, list(obj), "[", "]", style, lvl, False)
    else:
        raise TypeError(type(obj))


def _container(out, items, op, cl, style, lvl, is_obj):
    if not items:
        out.t(op + cl)
        return
    ind = {"indent2": 2, "indent4": 4}.get(style)
    out.t(op)
    for k, item in enumerate(items):
        if k:
            out.t(", " if style == "spaced" else ",")
        if ind:
            out.t("\n" + " " * (ind * (lvl + 1)))
        if is_obj:
            key, val = item
            _emit(out, key, style, lvl + 1)
            out.t(":" if style == "compact" else ": ")
            _emit(out, val, style, lvl + 1)
        else:
            _emit(out, item, style, lvl + 1)
    if ind:
        out.t("\n" + " " * (ind * lvl))
    out.t(cl)


# ----------------------------------------------------------------------------------------------
# transliteration / ascii folding for logins and e-mail local parts
# ----------------------------------------------------------------------------------------------
_RU = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def ascii_fold(s: str) -> str:
    out = []
    for ch in s:
        lo = ch.lower()
        if lo in _RU:
            r = _RU[lo]
            out.append(r.capitalize() if ch != lo else r)
        elif ch in _DE:
            out.append(_DE[ch])
        else:
            out.append(ch)
    s = "".join(out)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) and ord(c) < 128)


def slug(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


# ----------------------------------------------------------------------------------------------
# per-document context
# ----------------------------------------------------------------------------------------------
_FAKERS = {}


def faker_for(loc: str) -> Faker:
    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    return _FAKERS[loc]


class Ctx:
    """Randomness and locale for one document.  Every random choice goes through self.r."""

    def __init__(self, seed_int: int, locale: str, lang: str):
        self.r = random.Random(seed_int)
        self.locale = locale
        self.lang = lang
        self.fk = faker_for(locale)
        self.fk.seed_instance(self.r.getrandbits(48))
        self.people = []  # persons introduced so far in the document (for reuse)

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def chw(self, pairs):
        """choice from [(weight, value), ...]"""
        tot = sum(w for w, _ in pairs)
        x = self.r.random() * tot
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    def p(self, prob) -> bool:
        return self.r.random() < prob

    def L(self, **by_lang):
        """Pick the phrase for this document's language (falls back to en)."""
        v = by_lang.get(self.lang, by_lang.get("en"))
        return self.ch(v) if isinstance(v, (list, tuple)) else v

    def fork_locale(self, loc):
        """Faker of another locale (for e.g. foreign contributors), seeded from this ctx."""
        f = faker_for(loc)
        f.seed_instance(self.r.getrandbits(48))
        return f
