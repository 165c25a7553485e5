"""Shared plumbing for probe AF: labelled segments, rendering, a span-tracking JSON writer, chunking.

A document is built as a list of *segments*: plain ``str`` pieces and ``Lab`` objects (an entity,
a hard negative or an ignore span).  Rendering concatenates them and records offsets, so offsets
are correct by construction.  JSON is written by our own serializer that escapes every segment
separately (JSON string escaping is per character, so this equals escaping the whole string).
"""
import json
import random

ZW_CHARS = "\u200b\u200c\u200d\u2060\ufeff"


class Lab:
    """A labelled piece of text. kind: 'E' entity, 'N' negative, 'I' ignore."""
    __slots__ = ("kind", "typ", "value", "sub", "core", "obf", "num")

    def __init__(self, kind, typ, value, sub=None, core=None, obf=None, num=False):
        self.kind, self.typ, self.value, self.sub = kind, typ, value, sub
        self.core, self.obf, self.num = core, obf, num

    def with_value(self, value, core=None):
        return Lab(self.kind, self.typ, value, self.sub, core, self.obf, self.num)


def E(typ, value, sub=None, core=None, obf=None):
    return Lab("E", typ, value, sub, core, obf)


def N(typ, value):
    return Lab("N", typ, value)


def I(value):
    return Lab("I", None, value)


class Rich:
    """A JSON string made of several segments (plain text and labels)."""
    __slots__ = ("segs",)

    def __init__(self, segs):
        self.segs = list(segs)


class NumLab:
    """A labelled JSON number literal (written without quotes)."""
    __slots__ = ("lab",)

    def __init__(self, lab):
        self.lab = lab


def seg_text(s):
    return s if isinstance(s, str) else s.value


def plain(segs):
    return "".join(seg_text(s) for s in segs)


def _esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_seg(s):
    """Escape one segment as JSON string content, keeping its label and core offsets."""
    if isinstance(s, str):
        return _esc(s)
    v = s.value
    if s.core:
        a, b = s.core
        pre, mid, post = _esc(v[:a]), _esc(v[a:b]), _esc(v[b:])
        return s.with_value(pre + mid + post, (len(pre), len(pre) + len(mid)))
    return s.with_value(_esc(v))


def esc_segs(segs):
    return [esc_seg(s) for s in segs]


# ---------------------------------------------------------------------------------------------
# JSON writer
# ---------------------------------------------------------------------------------------------
def jsegs(obj, indent=None, compact=False):
    """Serialize obj (dict/list/str/Lab/Rich/NumLab/number/bool/None) to a list of segments."""
    out = []
    item_sep = "," if (compact or indent is not None) else ", "
    key_sep = ":" if compact else ": "

    def w(o, level):
        if isinstance(o, dict):
            if not o:
                out.append("{}")
                return
            out.append("{")
            first = True
            for k, v in o.items():
                if not first:
                    out.append(item_sep)
                first = False
                if indent is not None:
                    out.append("\n" + " " * (indent * (level + 1)))
                w_str(k)
                out.append(key_sep)
                w(v, level + 1)
            if indent is not None:
                out.append("\n" + " " * (indent * level))
            out.append("}")
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append("[]")
                return
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(item_sep)
                if indent is not None:
                    out.append("\n" + " " * (indent * (level + 1)))
                w(v, level + 1)
            if indent is not None:
                out.append("\n" + " " * (indent * level))
            out.append("]")
        elif isinstance(o, NumLab):
            out.append(o.lab)
        elif isinstance(o, (str, Lab, Rich)):
            w_str(o)
        else:
            out.append(json.dumps(o))

    def w_str(o):
        out.append('"')
        if isinstance(o, str):
            out.append(_esc(o))
        elif isinstance(o, Lab):
            out.append(esc_seg(o))
        else:
            out.extend(esc_segs(o.segs))
        out.append('"')

    w(obj, 0)
    return out


def nested(obj, compact=True):
    """A JSON document embedded as a string value (tool-call arguments, message payloads)."""
    return Rich(jsegs(obj, compact=compact))


# ---------------------------------------------------------------------------------------------
# Rendering and documents
# ---------------------------------------------------------------------------------------------
def render(segs):
    parts, ents, negs, ign = [], [], [], []
    pos = 0
    for s in segs:
        if isinstance(s, str):
            parts.append(s)
            pos += len(s)
            continue
        v = s.value
        st, en = pos, pos + len(v)
        if s.kind == "E":
            d = {"type": s.typ, "start": st, "end": en, "value": v}
            if s.sub:
                d["sub"] = s.sub
            if s.core:
                d["core"] = [st + s.core[0], st + s.core[1]]
            if s.obf:
                d["obf"] = s.obf
            ents.append(d)
        elif s.kind == "N":
            negs.append({"type": s.typ, "start": st, "end": en, "value": v})
        else:
            if v:
                ign.append([st, en])
        parts.append(v)
        pos = en
    return "".join(parts), ents, negs, ign


def make_doc(doc_id, split, shape, fmt, locale, lang, template, segs):
    text, ents, negs, ign = render(segs)
    d = {"id": doc_id, "split": split, "shape": shape, "format": fmt, "locale": locale,
         "lang": lang, "template": template, "text": text, "entities": ents,
         "negatives": negs, "ignore": ign}
    return d


def to_stream(doc, rng):
    """Turn a finished document into a stream document (chunks of 1-16 code points)."""
    text = doc["text"]
    chunks, i = [], 0
    while i < len(text):
        n = rng.randint(1, 16)
        chunks.append(text[i:i + n])
        i += n
    d = dict(doc)
    d["base_shape"] = doc["shape"]
    d["shape"] = "stream"
    keys = ["id", "split", "shape", "base_shape", "format", "locale", "lang", "template", "text",
            "chunks", "entities", "negatives", "ignore"]
    d["chunks"] = chunks
    return {k: d[k] for k in keys}


# ---------------------------------------------------------------------------------------------
# RNG helpers
# ---------------------------------------------------------------------------------------------
def new_rng(*parts):
    """Deterministic RNG from parts (string seeding goes through sha512, not hash())."""
    return random.Random("af|" + "|".join(str(p) for p in parts))


def wchoice(rng, pairs):
    """pairs: [(item, weight), ...]"""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, wt in pairs:
        x -= wt
        if x < 0:
            return item
    return pairs[-1][0]


def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


ALNUM_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = B62 + "+/"
B64URL = B62 + "-_"
HEX = "0123456789abcdef"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))
