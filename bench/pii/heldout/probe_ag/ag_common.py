"""ag_common.py - span-tracking text builder, JSON serializer with offsets, stream chunker.

Everything a template writes goes through Builder: plain strings are copied, tagged pieces (T)
are copied and their [start, end) recorded.  JSON documents are serialized by `jdump`, which
escapes every piece separately (JSON escaping is per character, so pieces concatenate exactly)
and therefore knows the offset of every tagged value inside the serialized text.
"""
import json
import string

_FMT = string.Formatter()


class T:
    """A tagged piece of text.  kind: 'E' entity, 'N' hard negative, 'I' ignore span."""
    __slots__ = ("text", "kind", "typ", "sub", "obf")

    def __init__(self, text, kind, typ=None, sub=None, obf=None):
        if not isinstance(text, str) or not text:
            raise ValueError("tagged text must be a non-empty str: %r" % (text,))
        self.text, self.kind, self.typ, self.sub, self.obf = text, kind, typ, sub, obf

    def with_text(self, text):
        return T(text, self.kind, self.typ, self.sub, self.obf)

    def __repr__(self):
        return "T(%r,%s,%s,%s)" % (self.text, self.kind, self.typ, self.sub)


def E(text, typ, sub=None, obf=None):
    return T(text, "E", typ, sub, obf)


def N(text, typ):
    return T(text, "N", typ)


def I(text):
    return T(text, "I")


def plain(item):
    """Text of a piece, a tagged piece or a list of them."""
    if item is None:
        return ""
    if isinstance(item, str):
        return item
    if isinstance(item, T):
        return item.text
    return "".join(plain(x) for x in item)


class Builder:
    def __init__(self):
        self.buf = []
        self.pos = 0
        self.spans = []          # (start, end, T)

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, int) and not isinstance(it, bool):
                it = str(it)
            if isinstance(it, str):
                self.buf.append(it)
                self.pos += len(it)
            elif isinstance(it, T):
                self.spans.append((self.pos, self.pos + len(it.text), it))
                self.buf.append(it.text)
                self.pos += len(it.text)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                raise TypeError("cannot add %r" % (it,))
        return self

    def fmt(self, template, **slots):
        for lit, field, _spec, _conv in _FMT.parse(template):
            if lit:
                self.add(lit)
            if field is not None:
                if field not in slots:
                    raise KeyError("template slot %r missing" % field)
                self.add(slots[field])
        return self

    def text(self):
        return "".join(self.buf)


# ---------------------------------------------------------------------------------------------
# JSON with offsets
# ---------------------------------------------------------------------------------------------
class JS:
    """A JSON string value made of several pieces (plain or tagged)."""
    def __init__(self, *parts):
        self.parts = parts


class JN:
    """A tagged value emitted as a bare JSON number token."""
    def __init__(self, t):
        self.t = t


class JEmbed:
    """A JSON document embedded (serialized) as a string value, e.g. tool-call arguments."""
    def __init__(self, obj, indent=None, seps=(",", ":")):
        self.obj, self.indent, self.seps = obj, indent, seps


def _esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _flat(parts, out):
    for p in parts:
        if p is None:
            continue
        if isinstance(p, (list, tuple)):
            _flat(p, out)
        else:
            out.append(p)
    return out


def _emit_string_parts(parts, out):
    out.append('"')
    for p in _flat(parts, []):
        if isinstance(p, str):
            out.append(_esc(p))
        elif isinstance(p, T):
            out.append(p.with_text(_esc(p.text)))
        else:
            raise TypeError("bad string part %r" % (p,))
    out.append('"')


def jdump(obj, indent=None, seps=(", ", ": ")):
    """Serialize obj to a list of pieces (str | T)."""
    out = []
    item_sep, key_sep = seps
    if indent is not None:
        item_sep = item_sep.rstrip()

    def nl(level):
        if indent is None:
            return ""
        return "\n" + " " * (indent * level)

    def emit(o, level):
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
                out.append(nl(level + 1))
                out.append(json.dumps(k, ensure_ascii=False))
                out.append(key_sep)
                emit(v, level + 1)
            out.append(nl(level))
            out.append("}")
        elif isinstance(o, list):
            if not o:
                out.append("[]")
                return
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(item_sep)
                out.append(nl(level + 1))
                emit(v, level + 1)
            out.append(nl(level))
            out.append("]")
        elif isinstance(o, T):
            _emit_string_parts([o], out)
        elif isinstance(o, JS):
            _emit_string_parts(o.parts, out)
        elif isinstance(o, JN):
            out.append(o.t)
        elif isinstance(o, JEmbed):
            _emit_string_parts(jdump(o.obj, o.indent, o.seps), out)
        elif isinstance(o, str) or o is None or isinstance(o, (bool, int, float)):
            out.append(json.dumps(o, ensure_ascii=False))
        else:
            raise TypeError("cannot serialize %r" % (o,))

    emit(obj, 0)
    return out


JSON_STYLES = [
    (None, (", ", ": ")),
    (None, (",", ":")),
    (2, (", ", ": ")),
    (4, (", ", ": ")),
]


# ---------------------------------------------------------------------------------------------
# document assembly
# ---------------------------------------------------------------------------------------------
def _pem_core(start, value):
    i = value.find("KEY-----")
    j = value.rfind("-----END")
    if i < 0 or j < 0:
        return None
    i += len("KEY-----")
    for sep in ("\\n", "\n"):
        if value.startswith(sep, i):
            i += len(sep)
            break
    for sep in ("\\n", "\n"):
        if value[:j].endswith(sep):
            j -= len(sep)
            break
    return [start + i, start + j]


def finish(builder):
    """Turn a builder into (text, entities, negatives, ignore)."""
    text = builder.text()
    ents, negs, ign = [], [], []
    for s, e, t in sorted(builder.spans, key=lambda x: (x[0], x[1])):
        if t.kind == "E":
            d = {"type": t.typ, "start": s, "end": e}
            if t.sub is not None:
                d["sub"] = t.sub
            if t.typ == "API_KEY" and t.sub and t.sub.startswith("pem_"):
                core = _pem_core(s, t.text)
                if core:
                    d["core"] = core
            if t.obf is not None:
                d["obf"] = t.obf
            d["value"] = t.text
            ents.append(d)
        elif t.kind == "N":
            negs.append({"type": t.typ, "start": s, "end": e, "value": t.text})
        elif t.kind == "I":
            ign.append([s, e])
        else:
            raise ValueError(t.kind)
    return text, ents, negs, ign


def chunk_text(text, rng):
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng, pairs):
    """pairs: [(item, weight)]"""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]
