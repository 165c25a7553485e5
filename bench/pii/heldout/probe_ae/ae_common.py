"""Fragment model, template rendering, span-tracking JSON serializer, dates and money.

A document is built as a list of Frag objects.  A Frag is a piece of text that is either
plain, an entity (k="E"), a hard negative (k="N") or a don't-care span (k="I").  Offsets are
computed only once, when the list is joined, so they cannot drift.
"""
import datetime
import json
import re


class Frag:
    __slots__ = ("t", "k", "typ", "sub", "obf", "raw")

    def __init__(self, t, k=None, typ=None, sub=None, obf=None, raw=None):
        self.t, self.k, self.typ, self.sub, self.obf, self.raw = t, k, typ, sub, obf, raw

    def clone(self, t):
        return Frag(t, self.k, self.typ, self.sub, self.obf, self.raw)


def E(typ, value, sub=None, obf=None, raw=None):
    return [Frag(value, "E", typ, sub, obf, raw if raw is not None else value)]


def N(typ, value):
    return [Frag(value, "N", typ)]


def IG(value):
    return [Frag(value, "I")]


def T(s):
    return [Frag(s)] if s else []


def flat(x):
    """Normalise str / Frag / nested lists into a flat list of Frag."""
    if x is None:
        return []
    if isinstance(x, str):
        return T(x)
    if isinstance(x, Frag):
        return [x]
    out = []
    for y in x:
        out.extend(flat(y))
    return out


_SLOT = re.compile(r"\{(\w+)\}")


def R(tpl, **kw):
    """Render a template: literal text with {slot} holes filled by str/Frag lists."""
    out, pos = [], 0
    for m in _SLOT.finditer(tpl):
        out.extend(T(tpl[pos:m.start()]))
        out.extend(flat(kw[m.group(1)]))
        pos = m.end()
    out.extend(T(tpl[pos:]))
    return out


def J(*parts, sep=""):
    out = []
    for i, p in enumerate(parts):
        if i and sep:
            out.extend(T(sep))
        out.extend(flat(p))
    return out


def plain_text(frags):
    return "".join(f.t for f in flat(frags))


# ------------------------------------------------------------------ JSON with spans
class JNum:
    """A JSON number whose digits are annotated (e.g. an INN stored as a number)."""

    def __init__(self, frags):
        self.frags = flat(frags)


def jesc_frags(frags):
    """JSON-string-escape each fragment; escaping is per character so spans stay aligned."""
    return [f.clone(json.dumps(f.t, ensure_ascii=False)[1:-1]) for f in flat(frags) if f.t]


def jdump(obj, indent=None, compact=False):
    out = []
    item_sep = "," if (compact or indent is not None) else ", "
    kv_sep = ":" if compact else ": "

    def emit(s):
        out.append(Frag(s))

    def go(o, lvl):
        if isinstance(o, dict):
            if not o:
                emit("{}")
                return
            emit("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    emit(item_sep)
                if indent is not None:
                    emit("\n" + " " * (indent * (lvl + 1)))
                emit(json.dumps(k, ensure_ascii=False) + kv_sep)
                go(v, lvl + 1)
            if indent is not None:
                emit("\n" + " " * (indent * lvl))
            emit("}")
        elif isinstance(o, (list, tuple)) and not (o and isinstance(o[0], Frag)):
            if not o:
                emit("[]")
                return
            emit("[")
            for i, v in enumerate(o):
                if i:
                    emit(item_sep)
                if indent is not None:
                    emit("\n" + " " * (indent * (lvl + 1)))
                go(v, lvl + 1)
            if indent is not None:
                emit("\n" + " " * (indent * lvl))
            emit("]")
        elif isinstance(o, JNum):
            out.extend(o.frags)
        elif isinstance(o, (Frag,)) or (isinstance(o, list) and o and isinstance(o[0], Frag)):
            emit('"')
            out.extend(jesc_frags(o))
            emit('"')
        elif isinstance(o, str):
            emit(json.dumps(o, ensure_ascii=False))
        else:
            emit(json.dumps(o))

    go(obj, 0)
    return out


def jstyle(rng):
    r = rng.random()
    if r < 0.45:
        return {"indent": None}
    if r < 0.65:
        return {"indent": None, "compact": True}
    return {"indent": 2}


# ------------------------------------------------------------------ finishing
def finish(frags):
    frags = flat(frags)
    text, ents, negs, ign, pos = [], [], [], [], 0
    for f in frags:
        n = len(f.t)
        if f.k and n:
            s, e = pos, pos + n
            if f.k == "E":
                d = {"type": f.typ, "start": s, "end": e}
                if f.sub:
                    d["sub"] = f.sub
                if f.obf:
                    d["obf"] = f.obf
                d["value"] = f.t
                ents.append((d, f.raw))
            elif f.k == "N":
                negs.append({"type": f.typ, "start": s, "end": e, "value": f.t})
            else:
                ign.append([s, e])
        text.append(f.t)
        pos += n
    return "".join(text), ents, negs, ign


# ------------------------------------------------------------------ dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
}
GDS_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def rand_date(rng, y0, y1):
    a = datetime.date(y0, 1, 1).toordinal()
    b = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def fmt_date(rng, d, loc, style=None):
    """Locale-typical written dates.  style: None = random typical one."""
    lang = loc[:2]
    if style is None:
        style = rng.choice({
            "en_US": ["us_slash", "us_long", "iso", "us_slash_nz"],
            "en_GB": ["eu_slash", "gb_long", "gb_short", "iso"],
            "de_DE": ["dot", "dot", "long", "iso"],
            "fr_FR": ["eu_slash", "eu_slash", "long", "iso"],
            "ru_RU": ["dot", "dot", "long", "iso"],
        }[loc])
    m = d.month
    if style == "iso":
        return d.isoformat()
    if style == "us_slash":
        return "%02d/%02d/%d" % (m, d.day, d.year)
    if style == "us_slash_nz":
        return "%d/%d/%d" % (m, d.day, d.year)
    if style == "us_long":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d.day, d.year)
    if style == "eu_slash":
        return "%02d/%02d/%d" % (d.day, m, d.year)
    if style == "gb_long":
        return "%d %s %d" % (d.day, MONTHS["en"][m - 1], d.year)
    if style == "gb_short":
        return "%d %s %d" % (d.day, MONTHS["en"][m - 1][:3], d.year)
    if style == "dot":
        return "%02d.%02d.%d" % (d.day, m, d.year)
    if style == "long":
        if lang == "de":
            return "%d. %s %d" % (d.day, MONTHS["de"][m - 1], d.year)
        if lang == "en":
            return "%d %s %d" % (d.day, MONTHS["en"][m - 1], d.year)
        return "%d %s %d" % (d.day, MONTHS[lang][m - 1], d.year)
    if style == "gds":
        return "%02d%s%02d" % (d.day, GDS_MON[m - 1], d.year % 100)
    if style == "gds_short":
        return "%02d%s" % (d.day, GDS_MON[m - 1])
    raise ValueError(style)


def fmt_dt(rng, dt, style=None):
    style = style or rng.choice(["iso_z", "iso_off", "space", "epoch", "hm"])
    if style == "iso_z":
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if style == "iso_off":
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["+01:00", "+02:00", "+03:00", "-05:00", "+00:00"])
    if style == "space":
        return dt.strftime("%Y-%m-%d %H:%M")
    if style == "epoch":
        return str(int((dt - datetime.datetime(1970, 1, 1)).total_seconds()))
    if style == "ical":
        return dt.strftime("%Y%m%dT%H%M%SZ")
    if style == "hm":
        return dt.strftime("%H:%M")
    raise ValueError(style)


def rand_dt(rng, y0=2023, y1=2026):
    d = rand_date(rng, y0, y1)
    return datetime.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]), rng.randint(0, 59))


# ------------------------------------------------------------------ money
CUR = {"en_US": "USD", "en_GB": "GBP", "de_DE": "EUR", "fr_FR": "EUR", "ru_RU": "RUB"}


def money(rng, loc, lo=40, hi=2500, cents=True):
    v = rng.uniform(lo, hi)
    if loc == "ru_RU":
        v = int(v * 90)
        s = "{:,}".format(v).replace(",", "\u00a0" if rng.random() < 0.3 else " ")
        return s + rng.choice([" ₽", " руб.", " RUB"])
    whole = int(v)
    c = int(round((v - whole) * 100)) % 100 if cents else 0
    if loc == "en_US":
        return "${:,}.{:02d}".format(whole, c)
    if loc == "en_GB":
        return "£{:,}.{:02d}".format(whole, c)
    grp = "{:,}".format(whole).replace(",", "." if loc == "de_DE" else " ")
    return "%s,%02d €" % (grp, c) if rng.random() < 0.7 else "EUR %s,%02d" % (grp, c)
