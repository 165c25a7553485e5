#!/usr/bin/env python3
"""make_probe_aj.py - independent held-out PII probe "AJ": law, research and social data.

Generates a JSONL corpus in the pii-bench document schema (see README_aj.md):
court filings / judgments, contracts, transcripts, notarial deeds (de/fr/ru), legal-aid intake,
GDPR/DSGVO/RGPD/152-FZ access-request exports, survey exports, clinical CRFs, qualitative interview
transcripts, social/dating profile dumps, donor CRM exports and agent tool-call payloads around them.

    make_probe_aj.py --seed N --out FILE [--scale F]

Deterministic: one random.Random(seed) drives every decision; one Faker instance per locale is
seeded from the same seed.  Standard library + Faker only.
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta, timezone

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "ru_RU"]
LOCALE_W = [22, 18, 20, 20, 20]
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
SHAPE_COUNTS = [("chat", 150), ("json", 90), ("json4k", 60), ("text4k", 60), ("long64k", 4),
                ("obfuscated", 60), ("stream", 62)]
J4_LO, J4_HI = 3600, 4700          # json4k: UTF-8 bytes
T4_LO, T4_HI = 3600, 4700          # text4k: characters
L64_LO = 64000                     # long64k: characters


# ================================================================================================
# Rich text: a list of (text, annotation, part) pieces.  Offsets are computed only at the end, so
# JSON escaping / double encoding / table padding never has to recompute them by hand.
# ================================================================================================
class R:
    __slots__ = ("p",)

    def __init__(self, p=None):
        if isinstance(p, str):
            p = [(p, None, None)]
        self.p = p if p is not None else []

    @staticmethod
    def of(x):
        if isinstance(x, R):
            return x
        return R([(str(x), None, None)])

    def __add__(self, o):
        return R(self.p + R.of(o).p)

    def __radd__(self, o):
        return R(R.of(o).p + self.p)

    def plain(self):
        return "".join(t for t, _, _ in self.p)

    def __len__(self):
        return sum(len(t) for t, _, _ in self.p)

    def map(self, fn):
        return R([(fn(t), a, pt) for t, a, pt in self.p])


def ENT(typ, text, sub=None, obf=None):
    return R([(text, {"k": "E", "type": typ, "sub": sub, "obf": obf}, None)])


def ENTC(typ, pre, core, post, sub=None):
    a = {"k": "E", "type": typ, "sub": sub, "obf": None}
    return R([x for x in ((pre, a, "pre"), (core, a, "core"), (post, a, "post")) if x[0]])


def NEG(typ, text):
    return R([(text, {"k": "N", "type": typ}, None)])


def IGN(text):
    return R([(text, {"k": "I"}, None)])


class Raw:
    """A JSON value emitted verbatim (e.g. an annotated number)."""
    __slots__ = ("r",)

    def __init__(self, r):
        self.r = R.of(r)


_PH = re.compile(r"\{(\w+)\}")


def F(fmt, **kw):
    out, pos = [], 0
    for m in _PH.finditer(fmt):
        k = m.group(1)
        if k not in kw:
            continue
        out.append((fmt[pos:m.start()], None, None))
        out.extend(R.of(kw[k]).p)
        pos = m.end()
    out.append((fmt[pos:], None, None))
    return R([x for x in out if x[0]])


def RJ(sep, items):
    out = R()
    for i, it in enumerate(items):
        if i:
            out = out + sep
        out = out + R.of(it)
    return out


def finalize(r):
    text_parts, ents, negs, ign = [], [], [], []
    pos = 0
    cur = None  # (ann, record) of an open multi-piece entity
    for t, a, part in r.p:
        if not t:
            continue
        s, e = pos, pos + len(t)
        text_parts.append(t)
        pos = e
        if a is None:
            cur = None
            continue
        if a["k"] == "E":
            if part in ("core", "post") and cur is not None and cur[0] is a:
                rec = cur[1]
                rec["end"] = e
                if part == "core":
                    rec["core"] = [s, e]
                continue
            rec = {"type": a["type"], "start": s, "end": e, "sub": a["sub"], "obf": a["obf"]}
            if part == "core":
                rec["core"] = [s, e]
            ents.append(rec)
            cur = (a, rec) if part is not None else None
        elif a["k"] == "N":
            negs.append({"type": a["type"], "start": s, "end": e})
            cur = None
        else:
            ign.append([s, e])
            cur = None
    text = "".join(text_parts)
    out_e = []
    for rec in ents:
        d = {"type": rec["type"], "start": rec["start"], "end": rec["end"]}
        if rec["sub"]:
            d["sub"] = rec["sub"]
        if rec.get("core") and rec["core"] != [rec["start"], rec["end"]]:
            d["core"] = rec["core"]
        if rec["obf"]:
            d["obf"] = rec["obf"]
        d["value"] = text[rec["start"]:rec["end"]]
        out_e.append(d)
    out_n = [{"type": n["type"], "start": n["start"], "end": n["end"], "value": text[n["start"]:n["end"]]}
             for n in negs]
    # merge adjacent ignore spans
    ign.sort()
    merged = []
    for s, e in ign:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    # consistency: entities disjoint; negatives disjoint from entities; nothing empty / padded
    spans = sorted((d["start"], d["end"], "E") for d in out_e) + sorted((d["start"], d["end"], "N") for d in out_n)
    spans.sort()
    for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
        if s2 < e1:
            raise AssertionError(f"overlap {k1}{(s1, e1)} {k2}{(s2, e2)}: {text[s1:e2]!r}")
    for d in out_e + out_n:
        v = d["value"]
        if not v or v != v.strip():
            raise AssertionError(f"bad span value {d!r}")
    return text, out_e, out_n, merged


# ------------------------------------------------------------------------------------------------
# JSON serialisation of structures whose string leaves may be R objects
# ------------------------------------------------------------------------------------------------
def _esc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jd(obj, indent=None, compact=False, ea=False):
    out = []
    item_sep = "," if (compact or indent is not None) else ", "
    key_sep = ":" if compact else ": "
    ind = " " * indent if isinstance(indent, int) else indent

    def emit(o, lvl):
        if isinstance(o, R):
            out.append(('"', None, None))
            out.extend((_esc(t, ea), a, pt) for t, a, pt in o.p)
            out.append(('"', None, None))
        elif isinstance(o, Raw):
            out.extend(o.r.p)
        elif o is None or isinstance(o, (bool, int, float, str)):
            out.append((json.dumps(o, ensure_ascii=ea), None, None))
        elif isinstance(o, dict):
            if not o:
                out.append(("{}", None, None))
                return
            out.append(("{", None, None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((item_sep, None, None))
                if ind is not None:
                    out.append(("\n" + ind * (lvl + 1), None, None))
                out.append((json.dumps(k, ensure_ascii=ea) + key_sep, None, None))
                emit(v, lvl + 1)
            if ind is not None:
                out.append(("\n" + ind * lvl, None, None))
            out.append(("}", None, None))
        elif isinstance(o, (list, tuple)):
            if not o:
                out.append(("[]", None, None))
                return
            out.append(("[", None, None))
            for i, v in enumerate(o):
                if i:
                    out.append((item_sep, None, None))
                if ind is not None:
                    out.append(("\n" + ind * (lvl + 1), None, None))
                emit(v, lvl + 1)
            if ind is not None:
                out.append(("\n" + ind * lvl, None, None))
            out.append(("]", None, None))
        else:
            raise TypeError(type(o))

    emit(obj, 0)
    return R(out)


def jesc(r, ea=False):
    """R -> R with JSON string escaping applied piecewise (no surrounding quotes)."""
    return R.of(r).map(lambda t: _esc(t, ea))


# ------------------------------------------------------------------------------------------------
# layout helpers (all take / return R)
# ------------------------------------------------------------------------------------------------
def md_table(headers, rows, align=None):
    out = R("| " + " | ".join(headers) + " |\n")
    out = out + ("|" + "|".join((align or "---") for _ in headers) + "|\n")
    for row in rows:
        out = out + "| " + RJ(" | ", row) + " |\n"
    return out


def _csv_cell(c, delim, quote_all):
    c = R.of(c)
    s = c.plain()
    if quote_all or any(ch in s for ch in (delim, '"', "\n")):
        return '"' + c.map(lambda t: t.replace('"', '""')) + '"'
    return c


def csv_block(headers, rows, delim=",", quote_all=False, quote_header=None):
    qh = quote_all if quote_header is None else quote_header
    out = RJ(delim, [_csv_cell(h, delim, qh) for h in headers]) + "\n"
    for row in rows:
        out = out + RJ(delim, [_csv_cell(c, delim, quote_all) for c in row]) + "\n"
    return out


def aligned(rows, gap=2, header_rule=False):
    widths = [max(len(R.of(row[i])) for row in rows) for i in range(len(rows[0]))]
    out = R()
    for ri_, row in enumerate(rows):
        line = R()
        for i, c in enumerate(row):
            c = R.of(c)
            line = line + c
            if i < len(row) - 1:
                line = line + " " * (widths[i] - len(c) + gap)
        out = out + line + "\n"
        if header_rule and ri_ == 0:
            out = out + "-" * (sum(widths) + gap * (len(widths) - 1)) + "\n"
    return out


def kv_block(pairs, style="colon", width=None):
    """pairs: [(label, value R/str)]; styles colon | aligned | bold | bullet | pipe | dots | after."""
    out = R()
    w = width or max(len(k) for k, _ in pairs) + 1
    for k, v in pairs:
        if style == "colon":
            out = out + F("{k}: {v}\n", k=k, v=v)
        elif style == "aligned":
            out = out + (k + ":").ljust(w + 1) + " " + R.of(v) + "\n"
        elif style == "bold":
            out = out + F("**{k}:** {v}\n", k=k, v=v)
        elif style == "bullet":
            out = out + F("- {k}: {v}\n", k=k, v=v)
        elif style == "pipe":
            out = out + F("{k} | {v}\n", k=k.ljust(w), v=v)
        elif style == "dots":
            out = out + k + " " + "." * max(2, w + 3 - len(k)) + " " + R.of(v) + "\n"
        elif style == "after":
            out = out + F("{v}  <- {k}\n", k=k.lower(), v=v)
        else:
            raise ValueError(style)
    return out


# ================================================================================================
# checksums
# ================================================================================================
def luhn_ok(num):
    s, alt = 0, False
    for ch in reversed(num):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(prefix):
    for d in "0123456789":
        if luhn_ok(prefix + d):
            return prefix + d
    raise AssertionError


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_ok(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def snils_check(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(9, 0, -1)))
    if s < 100:
        return f"{s:02d}"
    if s in (100, 101):
        return "00"
    s %= 101
    return "00" if s == 100 else f"{s:02d}"


def inn12_complete(d10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(d10, w1)) % 11 % 10
    d11 = d10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c2 = sum(int(a) * b for a, b in zip(d11, w2)) % 11 % 10
    return d11 + str(c2)


def nhs_complete(d9):
    s = sum(int(c) * w for c, w in zip(d9, range(10, 1, -1)))
    c = 11 - s % 11
    if c == 11:
        c = 0
    if c == 10:
        return None
    return d9 + str(c)


def ogrn_complete(d12):
    return d12 + str(int(d12) % 11 % 10)


# ================================================================================================
# language data
# ================================================================================================
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
DIGIT_WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
    "ru": "ноль один два три четыре пять шесть семь восемь девять".split(),
}
PLUS_WORD = {"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
                     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
LAT2CYR = dict(zip("aceopxyABCEHKMOPTXisj", "асеорхуАВСЕНКМОРТХіѕј"))
CYR2LAT = dict(zip("аеорсухАВЕКМНОРСТХ", "aeopcyxABEKMHOPCTX"))
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

EMAIL_DOMAINS = {
    "en_US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "proton.me",
              "comcast.net"],
    "en_GB": ["gmail.com", "btinternet.com", "outlook.co.uk", "yahoo.co.uk", "sky.com", "virginmedia.com",
              "hotmail.co.uk"],
    "de_DE": ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "mailbox.org", "freenet.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr", "hotmail.fr"],
    "ru_RU": ["mail.ru", "yandex.ru", "bk.ru", "list.ru", "rambler.ru", "inbox.ru", "gmail.com"],
}

# organisations: title-case names that are NOT people (firm names avoid surnames on purpose)
FIRMS = {
    "en_US": [("Harborview Legal Group LLP", "harborviewlegal.com"), ("Crescent Ridge Law PLLC", "crescentridgelaw.com"),
              ("Northgate Trial Partners", "northgatetrial.com"), ("Blue Heron Legal Services", "blueheronlegal.org"),
              ("Summit Oak Litigation LLP", "summitoaklaw.com")],
    "en_GB": [("Riverside Chambers", "riversidechambers.co.uk"), ("Kingsgate Solicitors LLP", "kingsgatelaw.co.uk"),
              ("Old Quay Legal", "oldquaylegal.co.uk"), ("Thistle Bank Law", "thistlebanklaw.co.uk"),
              ("Lanthorn Street Solicitors", "lanthornlaw.co.uk")],
    "de_DE": [("Kanzlei am Rathausmarkt", "kanzlei-rathausmarkt.de"), ("Rheinufer Rechtsanwälte PartG mbB", "rheinufer-ra.de"),
              ("Nordlicht Legal", "nordlicht-legal.de"), ("Kanzlei Lindenhof", "kanzlei-lindenhof.de")],
    "fr_FR": [("Cabinet Rive Gauche Avocats", "rivegauche-avocats.fr"), ("Atlantique Conseil SELARL", "atlantique-conseil.fr"),
              ("Cabinet des Tilleuls", "cabinet-tilleuls.fr"), ("Lumière Avocats Associés", "lumiere-avocats.fr")],
    "ru_RU": [("Коллегия адвокатов «Северный берег»", "sevbereg-advokat.ru"), ("Адвокатское бюро «Правовой маяк»", "pravmayak.ru"),
              ("Юридическая фирма «Городской кодекс»", "gorkodeks.ru")],
}
COURTS = {
    "en_US": ["United States District Court for the Southern District of New York",
              "Superior Court of California, County of Los Angeles", "Circuit Court of Cook County",
              "United States District Court for the Northern District of Illinois", "Supreme Court of the State of New York",
              "District Court of Travis County"],
    "en_GB": ["High Court of Justice, King's Bench Division", "County Court at Central London", "Employment Tribunal",
              "Court of Appeal (Civil Division)", "Business and Property Courts in Leeds", "Family Court at Bristol"],
    "de_DE": ["Landgericht Frankfurt am Main", "Amtsgericht Charlottenburg", "Oberlandesgericht Hamm", "Landgericht München I",
              "Arbeitsgericht Hamburg", "Sozialgericht Köln"],
    "fr_FR": ["Tribunal judiciaire de Lyon", "Cour d'appel de Versailles", "Conseil de prud'hommes de Paris",
              "Tribunal judiciaire de Nanterre", "Tribunal de commerce de Bordeaux"],
    "ru_RU": ["Пресненский районный суд города Москвы", "Арбитражный суд города Москвы", "Московский городской суд",
              "Кировский районный суд г. Екатеринбурга", "Арбитражный суд Свердловской области"],
}
CITIES = {"en_US": ["Chicago", "Austin", "Sacramento", "Albany", "Denver"],
          "en_GB": ["Leeds", "Bristol", "Manchester", "Cardiff", "Norwich"],
          "de_DE": ["Köln", "Leipzig", "Hannover", "Freiburg", "Münster"],
          "fr_FR": ["Lyon", "Bordeaux", "Nantes", "Lille", "Rennes"],
          "ru_RU": ["Москва", "Казань", "Екатеринбург", "Новосибирск", "Самара"]}
ORGS = {
    "en_US": ["Legal Aid Society", "Tenant Rights Coalition", "Institutional Review Board", "Riverbend Community Fund",
              "Data Protection Office", "Clinical Research Unit"],
    "en_GB": ["Citizens Advice", "Research Ethics Committee", "Data Protection Officer", "Hollybank Children's Trust",
              "Information Commissioner's Office", "Clinical Trials Unit"],
    "de_DE": ["Datenschutzbeauftragte", "Ethikkommission der Ärztekammer", "Verbraucherzentrale", "Stiftung Lichtblick",
              "Zentrum für Klinische Studien"],
    "fr_FR": ["Délégué à la protection des données", "Comité de protection des personnes", "Maison de la Justice et du Droit",
              "Fondation Horizon Solidaire", "Centre d'investigation clinique"],
    "ru_RU": ["Ответственный за обработку персональных данных", "Локальный этический комитет",
              "Благотворительный фонд «Светлый путь»", "Государственное юридическое бюро"],
}

FILLER = {
    "en": ["Headings are inserted for convenience only and do not affect interpretation.",
           "Nothing in this section limits any statutory right that cannot be excluded by agreement.",
           "The record was reviewed for completeness before it was filed.",
           "Any notice under this agreement must be given in writing.",
           "The parties have had the opportunity to take independent legal advice.",
           "This summary is generated from the case management system and may omit attachments.",
           "Responses were collected anonymously unless the participant chose to leave contact details.",
           "The transcript has been checked against the audio recording.",
           "Where a provision is held invalid, the remainder of the agreement continues in force.",
           "Time is not of the essence unless expressly stated.",
           "The data below is provided in a structured, commonly used and machine-readable format.",
           "Exhibits referred to in this document are available on request from the clerk."],
    "de": ["Die Überschriften dienen nur der Übersicht und haben keinen Einfluss auf die Auslegung.",
           "Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform.",
           "Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.",
           "Die Niederschrift wurde vorgelesen, genehmigt und eigenhändig unterschrieben.",
           "Die Angaben wurden aus dem Fallverwaltungssystem übernommen.",
           "Die Teilnahme an der Befragung war freiwillig.",
           "Auf die Verlesung der Anlagen wurde allseits verzichtet.",
           "Die Kosten dieser Urkunde trägt der Vollmachtgeber.",
           "Die Auskunft umfasst alle zum Stichtag gespeicherten Daten.",
           "Der Sachverhalt ist zwischen den Parteien im Wesentlichen unstreitig."],
    "fr": ["Les titres des articles n'ont qu'une valeur indicative.",
           "Toute modification du présent contrat fera l'objet d'un avenant écrit.",
           "Si une clause est déclarée nulle, les autres stipulations conservent leur plein effet.",
           "Lecture faite, les parties ont approuvé et signé le présent acte.",
           "Les informations ci-dessous sont extraites du logiciel de gestion des dossiers.",
           "La participation à l'enquête était libre et volontaire.",
           "Les pièces visées sont tenues à la disposition des parties au greffe.",
           "Les frais du présent acte sont à la charge du mandant.",
           "La communication porte sur l'ensemble des données détenues à ce jour.",
           "Les faits ne sont pas sérieusement contestés par les parties."],
    "ru": ["Заголовки разделов приведены для удобства и не влияют на толкование.",
           "Все изменения и дополнения к договору оформляются в письменной форме.",
           "Недействительность отдельного условия не влечёт недействительности договора в целом.",
           "Текст документа прочитан вслух, замечаний не поступило.",
           "Сведения выгружены из системы электронного документооборота.",
           "Участие в опросе было добровольным.",
           "Материалы дела исследованы в полном объёме.",
           "Расходы по оформлению доверенности несёт доверитель.",
           "Ответ содержит все сведения, обрабатываемые на дату запроса.",
           "Обстоятельства дела сторонами по существу не оспариваются."],
}


def ascii_fold(s):
    s = s.lower()
    s = "".join(TRANSLIT.get(c, c) for c in s)
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


# ================================================================================================
# people
# ================================================================================================
class Person:
    def __init__(self, loc, first, last, gender, middle=None):
        self.loc, self.lang = loc, LANG[loc]
        self.first, self.last, self.gender, self.middle = first, last, gender, middle
        self._dob, self._emails, self._phone = None, [], None

    def ini(self, name):
        parts = name.split("-")
        return "-".join(p[0] + "." for p in parts if p)

    def form(self, kind):
        f, l, m = self.first, self.last, self.middle
        if kind == "fl":
            return f"{f} {l}"
        if kind == "lf":
            return f"{l}, {f}"
        if kind == "LF":
            return f"{l.upper()} {f}"
        if kind == "fL":
            return f"{f} {l.upper()}"
        if kind == "FL":
            return f"{f} {l}".upper()
        if kind == "ifl":
            return f"{self.ini(f)} {l}"
        if kind == "fml":
            return f"{f} {m[0]}. {l}" if m else f"{f} {l}"
        if kind == "fmfl":
            return f"{f} {m} {l}" if m else f"{f} {l}"
        if kind == "l":
            return l
        if kind == "L":
            return l.upper()
        # Russian forms
        if kind == "fio":
            return f"{l} {f} {m}"
        if kind == "FIO":
            return f"{l.upper()} {f} {m}"
        if kind == "f_io":
            return f"{l} {f[0]}.{m[0]}."
        if kind == "f_i_o":
            return f"{l} {f[0]}. {m[0]}."
        if kind == "io_f":
            return f"{f[0]}.{m[0]}. {l}"
        if kind == "io":
            return f"{f} {m}"
        raise ValueError(kind)


DEFAULT_FORMS = {
    "en": [("fl", 6), ("lf", 2), ("ifl", 1), ("fml", 1), ("fmfl", 1)],
    "de": [("fl", 7), ("lf", 2), ("ifl", 1)],
    "fr": [("fl", 5), ("LF", 2), ("fL", 2), ("ifl", 1)],
    "ru": [("fio", 5), ("fl", 2), ("f_io", 2), ("io_f", 1), ("f_i_o", 1)],
}
PARTICLES = {"en": ["de la", "van der", "Mac", "O'"], "de": ["von", "von der", "zu", "van"],
             "fr": ["de", "de la", "du", "d'", "Le"], "ru": []}


class G:
    """Per-run generator context: randomness, Faker per locale, value makers."""

    def __init__(self, seed):
        self.seed = seed
        self.r = random.Random(seed)
        self.fk = {}
        for i, loc in enumerate(LOCALES):
            f = Faker(loc)
            f.seed_instance(seed * 7919 + i * 104729 + 17)
            self.fk[loc] = f
        self.loc = "en_US"

    # -- basics --------------------------------------------------------------------------------
    @property
    def lang(self):
        return LANG[self.loc]

    def ch(self, seq):
        return self.r.choice(seq)

    def wch(self, pairs):
        items, w = zip(*pairs)
        return self.r.choices(items, weights=w)[0]

    def ri(self, a, b):
        return self.r.randint(a, b)

    def p(self, prob):
        return self.r.random() < prob

    def dig(self, n, nz=False):
        s = "".join(self.ch("0123456789") for _ in range(n))
        if nz and s[0] == "0":
            s = self.ch("123456789") + s[1:]
        return s

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.ch(alphabet) for _ in range(n))

    def hexs(self, n, upper=False):
        s = "".join(self.ch("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def filler(self, lang=None, n=1):
        return " ".join(self.r.sample(FILLER[lang or self.lang], n))

    # -- people ----------------------------------------------------------------------------------
    def person(self, loc=None, gender=None):
        loc = loc or self.loc
        f = self.fk[loc]
        gender = gender or self.ch("mf")
        lang = LANG[loc]
        if lang == "ru":
            if gender == "m":
                return Person(loc, f.first_name_male(), f.last_name_male(), gender, f.middle_name_male())
            return Person(loc, f.first_name_female(), f.last_name_female(), gender, f.middle_name_female())
        first = f.first_name_male() if gender == "m" else f.first_name_female()
        last = f.last_name()
        middle = None
        if lang == "en" and self.p(0.3):
            middle = f.first_name_male() if self.p(0.5) else f.first_name_female()
        if self.p(0.08) and PARTICLES[lang]:
            pa = self.ch(PARTICLES[lang])
            last = pa + last if pa.endswith("'") or pa == "Mac" else f"{pa} {last}"
        return Person(loc, first, last, gender, middle)

    def name(self, p, form=None):
        form = form or self.wch(DEFAULT_FORMS[p.lang])
        return ENT("PERSON", p.form(form), sub=p.lang)

    def title(self, p, loc=None):
        loc = loc or p.loc
        m = p.gender == "m"
        if loc == "en_US":
            return self.ch(["Mr.", "Dr."] if m else ["Ms.", "Mrs.", "Dr."])
        if loc == "en_GB":
            return self.ch(["Mr", "Dr"] if m else ["Ms", "Mrs", "Dr"])
        if loc == "de_DE":
            return "Herr" if m else "Frau"
        if loc == "fr_FR":
            return self.ch(["M.", "Monsieur"] if m else ["Mme", "Madame"])
        return "г-н" if m else "г-жа"

    # -- contact -----------------------------------------------------------------------------------
    def email_str(self, p=None, domain=None):
        if p is not None and domain is None and p._emails and self.p(0.8):
            return p._emails[0]
        s = self._email_new(p, domain)
        if p is not None and domain is None:
            p._emails.append(s)
        return s

    def _email_new(self, p=None, domain=None):
        loc = p.loc if p else self.loc
        if p is None:
            p = self.person(loc)
        fi, la = ascii_fold(p.first), ascii_fold(p.last)
        if not fi:
            fi = "user"
        if not la:
            la = "mail"
        yy = self.ri(60, 99) if self.p(0.5) else self.ri(1, 24)
        local = self.wch([(f"{fi}.{la}", 5), (f"{fi[0]}{la}", 3), (f"{la}.{fi}", 2), (f"{fi}_{la}{yy:02d}", 2),
                          (f"{fi}{la}{self.ri(1, 999)}", 2), (f"{fi[0]}.{la}", 2), (f"{la}{fi[0]}", 1),
                          (f"{fi}.{la}+{self.ch(['court', 'survey', 'news', 'legal'])}", 1)])
        return f"{local}@{domain or self.ch(EMAIL_DOMAINS[loc])}"

    def email(self, p=None, domain=None):
        return ENT("EMAIL", self.email_str(p, domain))

    def phone_str(self, loc=None, intl=None):
        loc = loc or self.loc
        intl = self.p(0.45) if intl is None else intl
        r, d = self.ri, self.dig
        cc = loc[-2:]
        if loc == "en_US":
            a = f"{r(2, 9)}{r(0, 8)}{r(0, 9)}"
            e = f"{r(2, 9)}{d(2)}"
            n = d(4)
            if intl:
                s = self.ch([f"+1 {a} {e} {n}", f"+1-{a}-{e}-{n}", f"+1 ({a}) {e}-{n}", f"+1{a}{e}{n}", f"+1.{a}.{e}.{n}"])
            else:
                s = self.ch([f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"({a}) {e} {n}", f"1-{a}-{e}-{n}"])
        elif loc == "en_GB":
            kind = self.ch(["mob", "lon", "geo"])
            if kind == "mob":
                a, b = f"7{r(4, 9)}{d(2)}", d(6)
                s = f"+44 {a} {b}" if intl else self.ch([f"0{a} {b}", f"0{a}{b}", f"0{a} {b[:3]} {b[3:]}"])
            elif kind == "lon":
                b = f"{r(3, 8)}{d(3)} {d(4)}"
                s = self.ch([f"+44 20 {b}", f"+44 (0)20 {b}"]) if intl else f"020 {b}"
            else:
                a = self.ch(["113", "117", "161", "121", "131", "141", "1223", "1603", "1904"])
                b = d(7 if len(a) == 3 else 6)
                b = f"{b[:3]} {b[3:]}" if len(a) == 3 else b
                s = self.ch([f"+44 {a} {b}", f"+44 (0){a} {b}"]) if intl else self.ch([f"0{a} {b}", f"(0{a}) {b}"])
        elif loc == "de_DE":
            if self.p(0.45):
                a = self.ch(["151", "152", "157", "160", "162", "170", "171", "172", "176", "177", "179"])
                b = d(self.ch([7, 8]), nz=True)
                s = (self.ch([f"+49 {a} {b}", f"+49 {a} {b[:3]} {b[3:]}", f"+49{a}{b}"]) if intl
                     else self.ch([f"0{a} {b}", f"0{a}/{b}", f"0{a}-{b}", f"0{a} {b[:3]} {b[3:]}"]))
            else:
                a = self.ch(["30", "40", "89", "221", "69", "711", "211", "341", "511", "761", "251"])
                b = d(10 - len(a) - self.ri(0, 1), nz=True)
                s = (self.ch([f"+49 {a} {b}", f"+49 (0){a} {b}", f"+49-{a}-{b}", f"0049 {a} {b}"]) if intl
                     else self.ch([f"0{a} {b}", f"(0{a}) {b}", f"0{a}/{b}", f"0{a}-{b}"]))
        elif loc == "fr_FR":
            first = self.ch("1234567") if self.p(0.5) else self.ch("67")
            g4 = [d(2) for _ in range(4)]
            if intl:
                s = self.ch([f"+33 {first} {' '.join(g4)}", f"+33 (0){first} {' '.join(g4)}", f"+33{first}{''.join(g4)}"])
            else:
                s = self.ch([f"0{first} {' '.join(g4)}", f"0{first}{''.join(g4)}", f"0{first}.{'.'.join(g4)}",
                             f"0{first}-{'-'.join(g4)}"])
        else:
            a = self.ch(["495", "499", "812", "843", "343", "383"]) if self.p(0.35) else f"9{r(0, 9)}{r(0, 9)}"
            b, c, e = d(3, nz=True), d(2), d(2)
            if intl:
                s = self.ch([f"+7 ({a}) {b}-{c}-{e}", f"+7 {a} {b}-{c}-{e}", f"+7 {a} {b} {c} {e}", f"+7{a}{b}{c}{e}",
                             f"+7-{a}-{b}-{c}-{e}"])
            else:
                s = self.ch([f"8 ({a}) {b}-{c}-{e}", f"8-{a}-{b}-{c}-{e}", f"8 {a} {b}-{c}-{e}", f"8{a}{b}{c}{e}"])
        return s, ("intl_" if intl else "national_") + cc

    def phone(self, loc=None, intl=None):
        s, sub = self.phone_str(loc, intl)
        return ENT("PHONE", s, sub=sub)

    def pphone(self, p):
        """the person's own (stable) phone number"""
        if p._phone is None:
            p._phone = self.phone_str(p.loc)
        return ENT("PHONE", p._phone[0], sub=p._phone[1])

    # -- addresses ------------------------------------------------------------------------------------
    def address(self, loc=None):
        loc = loc or self.loc
        f = self.fk[loc]
        if loc == "en_US":
            st = f"{self.ri(1, 9899)} {f.street_name()}"
            if self.p(0.3):
                st += self.ch([f", Apt. {self.ri(1, 40)}{self.ch('ABCD')}", f" Apt {self.ri(100, 999)}",
                               f", Unit {self.ri(1, 30)}", f" #{self.ri(2, 60)}"])
            city, pc = f.city(), f"{f.state_abbr()} {f.postcode()}"
            tail = f"{city}, {pc}"
        elif loc == "en_GB":
            st = f"{self.ri(1, 240)} {f.street_name()}"
            if self.p(0.25):
                st = self.ch([f"Flat {self.ri(1, 30)}, ", f"Flat {self.ri(1, 9)}{self.ch('ABC')}, "]) + st
            city, pc = f.city(), f.postcode()
            tail = f"{city} {pc}"
        elif loc == "de_DE":
            st = f"{f.street_name()} {self.ri(1, 180)}{self.ch(['', '', '', 'a', 'b'])}"
            city, pc = f.city(), f.postcode()
            tail = f"{pc} {city}"
        elif loc == "fr_FR":
            n = self.ri(1, 180)
            sn = f.street_name()
            st = self.ch([f"{n}, {sn}", f"{n} {sn}", f"{n} bis, {sn}", f"{n} {sn}"])
            city, pc = f.city(), f.postcode()
            tail = f"{pc} {city}"
        else:
            st = f"{f.street_name()}, д. {self.ri(1, 140)}"
            if self.p(0.25):
                st += f", корп. {self.ri(1, 5)}"
            if self.p(0.6):
                st += f", кв. {self.ri(1, 320)}"
            city = f.city()
            city = city.split(" ", 1)[1] if " " in city and city.split(" ", 1)[0].endswith((".", "клх")) else city
            city = "г. " + city
            pc = f.postcode()
            tail = f"{pc}, {city}"
        return {"loc": loc, "street": st, "city": city, "pc": pc, "tail": tail}

    def addr_inline(self, a, sep=", "):
        sub = LANG[a["loc"]]
        if a["loc"] == "ru_RU":
            return IGN(a["tail"]) + sep + ENT("STREET_ADDRESS", a["street"], sub=sub)
        return ENT("STREET_ADDRESS", a["street"], sub=sub) + sep + IGN(a["tail"])

    def addr_lines(self, a):
        return self.addr_inline(a, sep="\n")

    def street(self, a):
        return ENT("STREET_ADDRESS", a["street"], sub=LANG[a["loc"]])

    # -- dates ------------------------------------------------------------------------------------
    def dob_date(self):
        return date(self.ri(1938, 2005), self.ri(1, 12), self.ri(1, 28))

    def recent_date(self):
        return date(2019, 1, 1) + timedelta(days=self.ri(0, 2500))

    def fmt_date(self, d, loc=None, style=None):
        loc = loc or self.loc
        lang = LANG[loc]
        style = style or self.wch([("num", 6), ("long", 3), ("iso", 1)])
        if style == "iso":
            return d.isoformat()
        if style == "num":
            if loc == "en_US":
                return self.ch([f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month}/{d.day}/{d.year}"])
            if loc in ("en_GB", "fr_FR"):
                return f"{d.day:02d}/{d.month:02d}/{d.year}"
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        mo = MONTHS[lang][d.month - 1]
        if loc == "en_US":
            return f"{mo} {d.day}, {d.year}"
        if loc == "en_GB":
            return self.ch([f"{d.day} {mo} {d.year}", f"{d.day} {mo[:3]} {d.year}"])
        if lang == "de":
            return f"{d.day}. {mo} {d.year}"
        if lang == "fr":
            return f"{'1er' if d.day == 1 else d.day} {mo} {d.year}"
        return f"{d.day} {mo} {d.year}"

    def dob(self, loc=None, style=None, d=None, p=None):
        if p is not None:
            if p._dob is None:
                p._dob = self.dob_date()
            d = p._dob
        return ENT("DATE_OF_BIRTH", self.fmt_date(d or self.dob_date(), loc, style))

    def ndate(self, loc=None, style=None, d=None):
        return NEG("NEG_DATE", self.fmt_date(d or self.recent_date(), loc, style))

    def ts_str(self, style=None):
        dt = datetime(2019, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=self.ri(0, 2400 * 86400))
        style = style or self.ch(["z", "ms", "off", "space", "t"])
        if style == "z":
            return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        if style == "ms":
            return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.ri(0, 999):03d}Z"
        if style == "off":
            return dt.strftime("%Y-%m-%dT%H:%M:%S") + self.ch(["+01:00", "+02:00", "-05:00", "+03:00", "+00:00"])
        if style == "space":
            return dt.strftime("%Y-%m-%d %H:%M:%S")
        if style == "epoch":
            return str(int(dt.timestamp()))
        return dt.strftime("%Y-%m-%dT%H:%M:%S")

    def ts(self, style=None):
        return NEG("NEG_TIMESTAMP", self.ts_str(style))

    # -- financial ---------------------------------------------------------------------------------
    def iban_str(self, cc=None):
        loc = self.loc
        if cc is None:
            cc = self.wch({"de_DE": [("DE", 8), ("AT", 1), ("CH", 1)], "fr_FR": [("FR", 8), ("BE", 2)],
                           "en_GB": [("GB", 8), ("IE", 2)], "en_US": [("GB", 2), ("DE", 1), ("NL", 1)],
                           "ru_RU": [("DE", 1), ("FR", 1)]}[loc])
        d = self.dig
        if cc == "DE":
            bban = d(8, nz=True) + d(10)
        elif cc == "AT":
            bban = d(5, nz=True) + d(11)
        elif cc == "CH":
            bban = d(5) + d(12)
        elif cc == "FR":
            b, g_, c = d(5, nz=True), d(5), d(11)
            key = 97 - (89 * int(b) + 15 * int(g_) + 3 * int(c)) % 97
            bban = b + g_ + c + f"{key:02d}"
        elif cc == "BE":
            x = d(10, nz=True)
            k = int(x) % 97 or 97
            bban = x + f"{k:02d}"
        elif cc in ("GB", "IE"):
            bank = self.ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
            bban = bank + d(6) + d(8)
        elif cc == "NL":
            while True:
                acc = d(10)
                if sum(int(c) * w for c, w in zip(acc, range(10, 0, -1))) % 11 == 0 and acc[0] != "0":
                    break
            bban = self.ch(["ABNA", "INGB", "RABO", "TRIO"]) + acc
        else:
            raise ValueError(cc)
        return cc + iban_check(cc, bban) + bban

    def iban(self, cc=None, grouped=None):
        s = self.iban_str(cc)
        grouped = self.p(0.5) if grouped is None else grouped
        if grouped:
            s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return ENT("IBAN", s, sub=f"{s[:2]}_{'grouped' if grouped else 'compact'}")

    CARD_BRANDS = {"visa": (["4"], 16), "mastercard": (["51", "52", "53", "54", "55", "2221", "2720", "23"], 16),
                   "amex": (["34", "37"], 15), "discover": (["6011", "65"], 16), "jcb": (["3528", "3566", "3589"], 16),
                   "mir": (["2200", "2201", "2202", "2204"], 16)}

    def card_digits(self, brand=None, valid=True):
        if brand is None:
            brand = self.wch([("mir", 6), ("visa", 3), ("mastercard", 3)] if self.loc == "ru_RU" else
                             [("visa", 5), ("mastercard", 4), ("amex", 2), ("discover", 1), ("jcb", 1)])
        pre, n = self.CARD_BRANDS[brand]
        p = self.ch(pre)
        body = p + self.dig(n - 1 - len(p))
        num = luhn_complete(body)
        if not valid:
            last = (int(num[-1]) + self.ri(1, 9)) % 10
            num = num[:-1] + str(last)
            assert not luhn_ok(num)
        return num, brand

    def card_fmt(self, num, style=None):
        style = style or self.ch(["space", "space", "dash", "compact"])
        if style == "compact":
            return num
        sep = " " if style == "space" else "-"
        if len(num) == 15:
            return sep.join([num[:4], num[4:10], num[10:]])
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))

    def card(self, brand=None, style=None):
        num, brand = self.card_digits(brand)
        return ENT("CREDIT_CARD", self.card_fmt(num, style), sub=brand)

    def cardlike(self, style=None):
        num, _ = self.card_digits(self.ch(["visa", "mastercard"]), valid=False)
        return NEG("NEG_CARDLIKE", self.card_fmt(num, style))

    def card_masked(self):
        l4 = self.dig(4)
        return NEG("NEG_CARDLIKE", self.ch([f"**** **** **** {l4}", f"XXXX-XXXX-XXXX-{l4}", f"•••• {l4}",
                                            f"************{l4}", f"xxxx xxxx xxxx {l4}"]))

    def amount(self, loc=None, lo=20, hi=25000):
        loc = loc or self.loc
        v = self.ri(lo * 100, hi * 100) / 100
        ip, fp = f"{int(v):,}", f"{round(v * 100) % 100:02d}"
        if loc == "en_US":
            s = f"${ip}.{fp}"
        elif loc == "en_GB":
            s = f"£{ip}.{fp}"
        elif loc == "de_DE":
            s = f"{ip.replace(',', '.')},{fp} €"
        elif loc == "fr_FR":
            s = f"{ip.replace(',', ' ')},{fp} €"
        else:
            s = f"{ip.replace(',', ' ')},{fp} руб."
        return NEG("NEG_NUMBER", s)

    # -- national ids ----------------------------------------------------------------------------------
    def ssn(self, style=None):
        while True:
            a = self.ri(1, 899)
            if a != 666:
                break
        g_, s = self.ri(1, 99), self.ri(1, 9999)
        style = style or self.wch([("dashed", 6), ("plain", 1), ("spaced", 1)])
        v = {"dashed": f"{a:03d}-{g_:02d}-{s:04d}", "plain": f"{a:03d}{g_:02d}{s:04d}",
             "spaced": f"{a:03d} {g_:02d} {s:04d}"}[style]
        return ENT("US_SSN", v, sub=style)

    def ru_passport(self, style=None):
        yr = self.ri(0, 24) if self.p(0.8) else self.ri(97, 99)
        ser = self.ch(["45", "46", "40", "41", "92", "60", "65", "03", "04", "52", "36", "80", "50", "71"]) + f"{yr:02d}"
        num = self.dig(6, nz=True)
        style = style or self.wch([("spaced", 4), ("series_number", 3), ("plain", 2), ("numero", 2)])
        v = {"spaced": f"{ser[:2]} {ser[2:]} {num}", "series_number": f"{ser} {num}", "plain": ser + num,
             "numero": f"{ser[:2]} {ser[2:]} № {num}"}[style]
        return ENT("RU_PASSPORT", v, sub=style)

    def snils(self, style=None):
        while True:
            d9 = self.dig(9)
            if int(d9) > 1001998:
                break
        c = snils_check(d9)
        style = style or self.wch([("formatted", 5), ("plain", 1), ("dashed", 1)])
        v = {"formatted": f"{d9[:3]}-{d9[3:6]}-{d9[6:]} {c}", "plain": d9 + c,
             "dashed": f"{d9[:3]}-{d9[3:6]}-{d9[6:]}-{c}"}[style]
        return ENT("RU_SNILS", v, sub=style)

    def inn_str(self):
        reg = self.ch(["77", "78", "50", "16", "66", "54", "63", "23", "52", "74"])
        return inn12_complete(reg + self.dig(8))

    def inn(self, json_number=False):
        return ENT("RU_INN", self.inn_str(), sub="inn12_json_number" if json_number else "inn12")

    def ogrn(self):
        return NEG("NEG_NUMBER", ogrn_complete(self.ch("15") + self.dig(2) + self.dig(2) + "77" + self.dig(6)))

    def mrn(self, style=None, loc=None):
        loc = loc or self.loc
        if style is None:
            style = self.wch([("numeric", 4), ("prefixed", 3), ("alnum", 2)] + ([("nhs", 4)] if loc == "en_GB" else []))
        if style == "nhs":
            while True:
                v = nhs_complete(self.dig(9, nz=True))
                if v:
                    break
            return ENT("MEDICAL_RECORD_NUMBER", f"{v[:3]} {v[3:6]} {v[6:]}" if self.p(0.7) else v, sub="nhs")
        if style == "numeric":
            return ENT("MEDICAL_RECORD_NUMBER", self.dig(self.ch([7, 8, 9, 10]), nz=self.p(0.6)), sub="numeric")
        if style == "prefixed":
            pre = {"en_US": ["MRN-", "MR", "MRN"], "en_GB": ["MRN-", "RX", "H"], "de_DE": ["PID-", "KH-"],
                   "fr_FR": ["IPP-", "DM"], "ru_RU": ["МК-", "ИБ-"]}[loc]
            return ENT("MEDICAL_RECORD_NUMBER", self.ch(pre) + self.dig(self.ch([6, 7, 8])), sub="prefixed")
        return ENT("MEDICAL_RECORD_NUMBER", self.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + self.dig(self.ch([6, 7])) +
                   self.ch(["", self.ch("ABCDEFGHJK")]), sub="alnum")

    # -- network / secrets -------------------------------------------------------------------------------
    def ipv4_str(self):
        while True:
            a = self.ri(11, 223)
            if a in (127, 169, 172, 192, 100):
                continue
            return f"{a}.{self.ri(0, 255)}.{self.ri(0, 255)}.{self.ri(1, 254)}"

    def ipv4(self):
        return ENT("IPV4", self.ipv4_str())

    def ipv6_str(self):
        pre = self.ch(["2a02", "2a01", "2001", "2003", "2a00", "2a0a", "2604", "2607", "2a03"])
        groups = [pre] + [f"{self.ri(0, 65535):x}" for _ in range(7)]
        if self.p(0.5):
            k = self.ri(3, 5)
            return ":".join(groups[:k]) + "::" + ":".join(groups[-self.ri(1, 2):])
        return ":".join(groups)

    def ipv6(self):
        return ENT("IPV6", self.ipv6_str())

    def secret(self, kind=None):
        b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        kind = kind or self.ch(["aws_access_key_id", "github_pat_classic", "slack", "stripe", "jwt", "openai_like",
                                "google_api", "redcap_token", "aws_secret_key", "gitlab"])
        if kind == "aws_access_key_id":
            v = self.ch(["AKIA", "ASIA"]) + self.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        elif kind == "aws_secret_key":
            v = self.alnum(40, b64 + "/+")
        elif kind == "github_pat_classic":
            v = "ghp_" + self.alnum(36, b64)
        elif kind == "github_pat_fine":
            v = "github_pat_" + self.alnum(22, b64) + "_" + self.alnum(59, b64)
        elif kind == "gitlab":
            v = "glpat-" + self.alnum(20, b64 + "-_")
        elif kind == "slack":
            v = f"xox{self.ch('bp')}-{self.dig(11, nz=True)}-{self.dig(12, nz=True)}-{self.alnum(24, b64)}"
        elif kind == "stripe":
            v = self.ch(["sk_live_", "rk_live_"]) + self.alnum(self.ch([24, 99]), b64)
        elif kind == "openai_like":
            v = "sk-proj-" + self.alnum(48, b64 + "-_")
        elif kind == "google_api":
            v = "AIza" + self.alnum(35, b64 + "-_")
        elif kind == "redcap_token":
            v = self.hexs(32, upper=True)
        elif kind == "jwt":
            def b64u(x):
                return base64.urlsafe_b64encode(x).rstrip(b"=").decode()
            hdr = b64u(json.dumps({"alg": self.ch(["HS256", "RS256"]), "typ": "JWT"}, separators=(",", ":")).encode())
            pl = b64u(json.dumps({"sub": self.dig(8), "iat": self.ri(1700000000, 1760000000),
                                  "scope": self.ch(["records:read", "survey:export", "cases:write"])},
                                 separators=(",", ":")).encode())
            sig = b64u(bytes(self.ri(0, 255) for _ in range(32)))
            v = f"{hdr}.{pl}.{sig}"
        elif kind == "password":
            v = self.password()
        else:
            raise ValueError(kind)
        return ENT("API_KEY", v, sub=kind)

    def password(self):
        words = ["Falcon", "Harbor", "Quill", "Maple", "Tundra", "Cobalt", "Juniper", "Vortex", "Saffron", "Granite"]
        return self.ch([
            f"{self.ch(words)}{self.ch('!#$%&*?')}{self.dig(self.ri(2, 4))}{self.ch(words).lower()}",
            self.alnum(self.ri(14, 22), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+=") + self.ch("!#%+"),
            f"{self.ch(words).lower()}-{self.ch(words).lower()}-{self.dig(3)}{self.ch('!?')}"])

    def pem(self):
        body = base64.b64encode(bytes(self.ri(0, 255) for _ in range(self.ri(180, 300)))).decode()
        lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        kind = self.ch([("RSA PRIVATE KEY", "pem_rsa_private_key"), ("PRIVATE KEY", "pem_private_key"),
                        ("EC PRIVATE KEY", "pem_ec_private_key")])
        return ENTC("API_KEY", f"-----BEGIN {kind[0]}-----\n", lines, f"\n-----END {kind[0]}-----", sub=kind[1])

    # -- hard negatives ---------------------------------------------------------------------------------
    def docket(self, loc=None, kind=None):
        loc = loc or self.loc
        d, r = self.dig, self.ri
        yy, yyyy = r(19, 25), r(2019, 2025)
        opts = {
            "en_US": [f"{r(1, 4)}:{yy}-cv-{d(5)}", f"{r(1, 3)}:{yy}-cr-{d(5)}", f"{yy}STCV{d(5)}", f"{d(6)}/{yyyy}",
                      f"{yy}-{d(4)}", f"{yyyy}-L-{d(6)}", f"{yy}CH{d(5)}"],
            "en_GB": [f"KB-{yyyy}-{d(6)}", f"HC-{yyyy}-{d(6)}", f"CL-{yyyy}-{d(6)}", f"{d(7)}/{yyyy}",
                      f"[{yyyy}] EWHC {r(100, 3400)} (KB)", f"[{yyyy}] EWCA Civ {r(10, 1500)}", f"K{d(2)}CL{d(3)}"],
            "de_DE": [f"{r(1, 35)} O {r(10, 999)}/{yy}", f"{r(1, 30)} U {r(10, 400)}/{yy}", f"{r(1, 60)} C {r(100, 4999)}/{yy}",
                      f"{r(1, 6)} StR {r(10, 600)}/{yy}", f"S {r(1, 40)} AS {r(100, 3000)}/{yy}", f"{r(1, 60)} Ca {r(100, 9999)}/{yy}"],
            "fr_FR": [f"{yy}/{d(5)}", f"{r(20, 25)}-{d(2)}.{d(3)}", f"{yyyy}/{r(100, 999)}",
                      f"DBVX-W-B7{self.ch('FGH')}-{self.alnum(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}",
                      f"{yyyy}F{d(5)}"],
            "ru_RU": [f"2-{r(100, 9999)}/{yyyy}", f"А40-{d(6)}/{yyyy}", f"33-{r(1000, 49999)}/{yyyy}",
                      f"{r(77, 78)}RS{d(4)}-{d(2)}-{yyyy}-{d(6)}-{d(2)}", f"1-{r(10, 999)}/{yyyy}",
                      f"А60-{d(5)}/{yyyy}"],
        }[loc]
        return NEG("NEG_ORDER_ID", self.ch(opts) if kind is None else opts[kind])

    def order_id(self, kind=None):
        d = self.dig
        kind = kind or self.ch(["subj", "site_subj", "resp", "donor", "intake", "ticket", "req", "nct", "eudract",
                                "gift", "mandate", "invoice", "ur"])
        v = {"subj": f"{d(3)}-{d(4)}", "site_subj": f"S{d(2)}-{d(3)}", "resp": "R_" + self.alnum(15),
             "donor": f"D-{d(6)}", "intake": f"LA-{self.ri(2021, 2025)}-{d(5)}", "ticket": f"#{d(6)}",
             "req": f"SAR-{self.ri(2022, 2025)}-{d(4)}", "nct": f"NCT0{d(7)}",
             "eudract": f"{self.ri(2015, 2024)}-{d(6)}-{d(2)}", "gift": f"GFT{d(8)}",
             "mandate": f"MNDT-{self.alnum(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}", "invoice": f"INV-{d(5)}",
             "ur": f"{self.ri(100, 2999)}/{self.ri(2019, 2025)}"}[kind]
        return NEG("NEG_ORDER_ID", v)

    def uuid(self):
        h = self.hexs(32)
        return NEG("NEG_UUID", f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.ch('89ab')}{h[17:20]}-{h[20:]}")

    def hash(self, kind=None):
        kind = kind or self.ch(["sha256", "sha1", "md5", "git"])
        n = {"sha256": 64, "sha1": 40, "md5": 32, "git": self.ri(7, 12)}[kind]
        h = self.hexs(n)
        if not any(c.isalpha() for c in h):
            h = "a" + h[1:]
        return NEG("NEG_HASH", h)

    def version(self, kind=None):
        r = self.ri
        kind = kind or self.ch(["v3", "v4", "plain", "build"])
        v = {"v3": f"v{r(1, 9)}.{r(0, 20)}.{r(0, 40)}", "v4": f"{r(1, 12)}.{r(0, 9)}.{r(0, 30)}.{r(1, 200)}",
             "plain": f"{r(1, 15)}.{r(0, 12)}.{r(0, 30)}", "build": f"{r(3, 7)}.{r(0, 9)}.{r(1, 20)}+{r(230101, 251231)}"}[kind]
        return NEG("NEG_VERSION", v)

    def pkg(self):
        name = self.ch(["pandas", "docassemble", "react-hook-form", "@qualtrics/api-client", "redcap-py", "limepy",
                        "pyreadstat", "spacy", "@mui/material", "lodash", "pdfminer.six", "jsonschema"])
        return NEG("NEG_EMAILLIKE", f"{name}@{self.ri(0, 9)}.{self.ri(0, 30)}.{self.ri(0, 20)}")

    def b64blob(self, mime=None):
        raw = bytes(self.ri(0, 255) for _ in range(self.ri(30, 72)))
        s = base64.b64encode(raw).decode()
        if mime:
            s = f"data:{mime};base64,{s}"
        return NEG("NEG_B64", s)

    def title_neg(self, kind=None, loc=None):
        loc = loc or self.loc
        kind = kind or self.ch(["court", "firm", "org"])
        if kind == "court":
            return NEG("NEG_TITLECASE", self.ch(COURTS[loc]))
        if kind == "firm":
            return NEG("NEG_TITLECASE", self.ch(FIRMS[loc])[0])
        return NEG("NEG_TITLECASE", self.ch(ORGS[loc]))

    def firm(self, loc=None):
        return self.ch(FIRMS[loc or self.loc])

    def num(self, lo=10, hi=99999):
        return NEG("NEG_NUMBER", str(self.ri(lo, hi)))

    def handle(self, p):
        base = ascii_fold(p.first)[:6] + self.ch(["", "_", "."]) + ascii_fold(p.last)[:8]
        return IGN(self.ch(["@", ""]) + base + self.ch(["", str(self.ri(1, 99))]))

    def dump(self, obj, style=None, ea=False):
        style = style or self.wch([("i2", 4), ("i4", 1), ("compact", 2), ("spaced", 2), ("tab", 1)])
        if style == "i2":
            return jd(obj, indent=2, ea=ea)
        if style == "i4":
            return jd(obj, indent=4, ea=ea)
        if style == "tab":
            return jd(obj, indent="\t", ea=ea)
        if style == "compact":
            return jd(obj, compact=True, ea=ea)
        return jd(obj, ea=ea)


# ================================================================================================
# obfuscation
# ================================================================================================
OBF_OK = {
    "zero_width": {"PERSON", "EMAIL", "PHONE", "IBAN", "CREDIT_CARD", "US_SSN", "RU_PASSPORT", "RU_SNILS", "RU_INN",
                   "MEDICAL_RECORD_NUMBER", "API_KEY", "DATE_OF_BIRTH", "STREET_ADDRESS", "IPV4"},
    "homoglyph": {"PERSON", "EMAIL", "API_KEY", "IBAN", "STREET_ADDRESS"},
    "fullwidth": {"PHONE", "IBAN", "CREDIT_CARD", "US_SSN", "RU_PASSPORT", "RU_SNILS", "RU_INN",
                  "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH", "IPV4"},
    "spaced": {"PHONE", "IBAN", "CREDIT_CARD", "US_SSN", "RU_SNILS", "RU_INN", "RU_PASSPORT"},
    "spelled": {"PHONE", "US_SSN", "RU_INN", "RU_SNILS", "RU_PASSPORT", "CREDIT_CARD"},
    "words": {"EMAIL"},
    "defang": {"IPV4"},
}
AT_WORDS = {"en": [" [at] ", " (at) ", " at ", " AT "], "de": [" (at) ", " [at] ", "(ät)", " at "],
            "fr": [" [arobase] ", " (at) ", " arobase ", "[at]"], "ru": [" собака ", " (at) ", " [at] ", " собачка "]}
DOT_WORDS = {"en": [" [dot] ", " dot ", " DOT ", "(dot)"], "de": [" (punkt) ", " Punkt ", "[dot]", " dot "],
             "fr": [" point ", " [point] ", "(.)", " dot "], "ru": [" точка ", " [dot] ", "(точка)", " dot "]}


def obf_kinds_for(typ, value):
    ks = [k for k, ts in OBF_OK.items() if typ in ts]
    if "homoglyph" in ks and not any(c in LAT2CYR or c in CYR2LAT for c in value):
        ks.remove("homoglyph")
    return ks


def obfuscate(g, value, kind, lang):
    r = g.r
    if kind == "zero_width":
        chars = list(value)
        n = r.randint(1, min(3, len(chars) - 1))
        pos = sorted(r.sample(range(1, len(chars)), n), reverse=True)
        for p in pos:
            chars.insert(p, r.choice(ZW))
        return "".join(chars)
    if kind == "homoglyph":
        idx = [i for i, c in enumerate(value) if c in LAT2CYR or c in CYR2LAT]
        pick = r.sample(idx, min(len(idx), r.randint(1, 3)))
        chars = list(value)
        for i in pick:
            c = chars[i]
            chars[i] = LAT2CYR.get(c) or CYR2LAT[c]
        return "".join(chars)
    if kind == "fullwidth":
        out = []
        for c in value:
            if c.isascii() and c.isdigit():
                out.append(chr(0xFF10 + int(c)))
            elif c.isascii() and c.isalpha() and c.isupper():
                out.append(chr(0xFF21 + ord(c) - 65))
            elif c == "+":
                out.append("\uff0b")
            else:
                out.append(c)
        return "".join(out)
    if kind == "spaced":
        core = [c for c in value if c.isalnum() or c == "+"]
        return " ".join(core)
    if kind == "spelled":
        words = DIGIT_WORDS[lang]
        groups, cur = [], []
        for c in value:
            if c.isdigit():
                cur.append(words[int(c)])
            elif c == "+":
                cur.append(PLUS_WORD[lang])
            else:
                if cur:
                    groups.append(" ".join(cur))
                    cur = []
        if cur:
            groups.append(" ".join(cur))
        return r.choice([", ", " - ", " / "]).join(groups) if r.random() < 0.6 else " ".join(groups)
    if kind == "words":
        local, dom = value.split("@")
        at = r.choice(AT_WORDS[lang])
        dw = r.choice(DOT_WORDS[lang])
        if r.random() < 0.5:
            local = local.replace(".", dw)
        return (local + at + dom.replace(".", dw)).strip()
    if kind == "defang":
        return r.choice([value.replace(".", "[.]"), value.replace(".", "(.)"),
                         value.rsplit(".", 1)[0] + "[.]" + value.rsplit(".", 1)[1], value.replace(".", "[dot]")])
    raise ValueError(kind)


def obf_ent(g, ent_r, kind=None):
    """Take an ENT R (single piece) and return an obfuscated ENT R, or None if impossible."""
    (t, a, _), = ent_r.p
    kinds = obf_kinds_for(a["type"], t)
    if kind is not None:
        if kind not in kinds:
            return None
        kinds = [kind]
    if not kinds:
        return None
    k = g.ch(kinds)
    v = obfuscate(g, t, k, g.lang)
    if v == t:
        return None
    return ENT(a["type"], v, sub=a["sub"], obf=k)


COMPANIES = {
    "en_US": ["Brightline Property Management, LLC", "Oakmont Residential Holdings Inc.", "Cedar Point Data Services LLC",
              "Meridian Consumer Lending Corp.", "Silver Lake Apartments LP", "Redwood Screening Solutions"],
    "en_GB": ["Northern Rail Lettings Ltd", "Castlegate Homes Limited", "Blue Meadow Care Services Ltd",
              "Kestrel Data Analytics plc", "Harbour View Estates Ltd"],
    "de_DE": ["Wohnbau Mitte GmbH", "Rheinische Inkasso AG", "Nordstern Hausverwaltung GmbH & Co. KG",
              "Datenwerk Analytics GmbH", "Stadtwerke Südhafen GmbH"],
    "fr_FR": ["SCI Les Jardins du Parc", "Société Générale de Gestion Immobilière", "Atelier Numérique SAS",
              "Résidences du Lac SARL", "Banque Populaire du Littoral"],
    "ru_RU": ["ООО «Управляющая компания „Северный квартал“»", "АО «Городские сети»", "ООО «Экспресс Кредит»",
              "ООО «Парковые резиденции»", "ПАО «Региональный банк развития»"],
}

CHARITIES = {
    "en_US": ["Riverbend Community Fund", "Open Door Legal Foundation", "Second Chance Housing Trust"],
    "en_GB": ["Hollybank Children's Trust", "Northern Lights Food Bank", "Ashgrove Refugee Support"],
    "de_DE": ["Stiftung Lichtblick", "Tafel Nordstadt e. V.", "Verein Brückenbauer e. V."],
    "fr_FR": ["Fondation Horizon Solidaire", "Association Main Tendue", "Les Amis du Quartier Nord"],
    "ru_RU": ["Благотворительный фонд «Светлый путь»", "Фонд «Добрые соседи»", "АНО «Тёплый дом»"],
}


def charity(g):
    return NEG("NEG_TITLECASE", g.ch(CHARITIES[g.loc]))


FREE_TXT = {
    "en": ["The caseworker was helpful but the waiting time was far too long.",
           "I'd be happy to take part in a follow-up interview, you can call me on {phone}.",
           "Please send the summary to {email} rather than my work address.",
           "My advisor {name} explained everything clearly.",
           "No comments.",
           "The online form kept timing out on the second page.",
           "I was not told my data would be shared with the landlord.",
           "Text me at {phone} if you need anything else - evenings are best.",
           "It took three letters before anyone replied to my complaint."],
    "de": ["Die Beratung war gut, aber die Wartezeit am Telefon war viel zu lang.",
           "Für ein Folgeinterview bin ich gerne bereit, erreichbar unter {phone}.",
           "Bitte schicken Sie die Ergebnisse an {email}.",
           "Frau/Herr {name} hat sich sehr viel Zeit genommen.",
           "Keine Anmerkungen.",
           "Das Formular ließ sich auf dem Handy kaum ausfüllen.",
           "Mir war nicht klar, dass die Daten an die Hausverwaltung gehen.",
           "Rückfragen gern per Mail an {email} oder abends telefonisch."],
    "fr": ["L'accueil était correct mais le délai de réponse beaucoup trop long.",
           "Je veux bien participer à un entretien complémentaire, joignable au {phone}.",
           "Merci d'envoyer la synthèse à {email}.",
           "Mon conseiller, {name}, a été très à l'écoute.",
           "Rien à signaler.",
           "Le formulaire en ligne plantait à la deuxième page.",
           "On ne m'a pas expliqué que mes données seraient transmises au bailleur.",
           "Vous pouvez me rappeler au {phone} après 18 h."],
    "ru": ["Консультация была полезной, но ждать пришлось слишком долго.",
           "Готов(а) принять участие в повторном интервью, мой телефон {phone}.",
           "Результаты лучше присылать на {email}.",
           "Юрист {name} всё очень подробно объяснил(а).",
           "Замечаний нет.",
           "Анкета на телефоне открывалась с ошибками.",
           "Меня не предупредили, что данные передадут управляющей компании.",
           "Звоните по номеру {phone} после шести вечера."],
}


def free_answer(g, p=None):
    f = g.ch(FREE_TXT[g.lang])
    kw = {}
    if "{phone}" in f:
        kw["phone"] = g.phone()
    if "{email}" in f:
        kw["email"] = g.email(p)
    if "{name}" in f:
        kw["name"] = g.name(g.person(), "fl" if g.lang != "ru" else g.ch(["fl", "io_f", "fio"]))
    return F(f, **kw)


def company(g, loc=None):
    return NEG("NEG_TITLECASE", g.ch(COMPANIES[loc or g.loc]))


def hon_upper(g, p):
    base = "MR" if p.gender == "m" else g.ch(["MS", "MRS"])
    return base + ("." if g.loc == "en_US" else "")


# ================================================================================================
# template registry
# ================================================================================================
TEMPLATES = {}
EN = ("en_US", "en_GB")
US = ("en_US",)
GB = ("en_GB",)
DE = ("de_DE",)
FR = ("fr_FR",)
RU = ("ru_RU",)
ALL = tuple(LOCALES)


def tpl(shape, tid, locales):
    def deco(fn):
        TEMPLATES.setdefault(shape, []).append((tid, tuple(locales), fn))
        return fn
    return deco


# ================================================================================================
# CHAT templates - English
# ================================================================================================
@tpl("chat", "chat.en.us_caption", US)
def c_en_us_caption(g):
    p1, atty = g.person(), g.person()
    defendant = company(g) if g.p(0.5) else g.name(g.person(), "FL")
    intro = g.ch(["Here's the caption block formatted for the complaint:",
                  "Sure - below is the caption for the amended complaint.",
                  "Caption draft (please double-check party names before filing):"])
    firm, dom = g.firm()
    return F("{intro}\n\n```\n{court}\n\n{p1},\n        Plaintiff,\n\n    v.\n\n{d},\n        Defendant.\n\n"
             "Case No. {docket}\n```\n\nCounsel for Plaintiff: {atty}, {firm} - {email}, direct {phone}.\n"
             "Target filing date: {fd}.",
             intro=intro, court=g.title_neg("court"), p1=g.name(p1, "FL"), d=defendant, docket=g.docket(),
             atty=g.name(atty, "fl"), firm=NEG("NEG_TITLECASE", firm), email=g.email(atty, dom), phone=g.phone(),
             fd=g.ndate())


@tpl("chat", "chat.en.gb_claim", GB)
def c_en_gb_claim(g):
    c, sol = g.person(), g.person()
    a = g.address()
    firm, dom = g.firm()
    return F("Claim No. {no}\n\nIN THE {court}\n\nBETWEEN:\n\n{cl}\nClaimant\n\n- and -\n\n{df}\nDefendant\n\n"
             "PARTICULARS OF CLAIM\n\n1. The Claimant is an individual who at all material times resided at {addr}.\n"
             "2. On {d1} the Claimant entered into an assured shorthold tenancy with the Defendant.\n"
             "3. The Claimant claims the return of the deposit of {amt} together with interest.\n\n"
             "Served by {sol} of {firm} ({email}; {phone}).",
             no=g.docket(), court=g.title_neg("court"), cl=g.name(c, "FL"), df=company(g), addr=g.addr_inline(a),
             d1=g.ndate(), amt=g.amount(lo=400, hi=4000), sol=g.name(sol), firm=NEG("NEG_TITLECASE", firm),
             email=g.email(sol, dom), phone=g.phone())


@tpl("chat", "chat.en.us_depo_excerpt", US)
def c_en_depo(g):
    atty, opp, w = g.person(), g.person(), g.person()
    a = g.address()
    return F("Here is the excerpt from the deposition transcript (pages {pg}-{pg2}):\n\n"
             "BY {ha} {al}:\n"
             "    Q.  Please state your full name for the record.\n"
             "    A.  {wn}.\n"
             "    Q.  And where do you currently reside?\n"
             "    A.  {addr}.\n"
             "    Q.  What is your date of birth?\n"
             "    A.  {dob}.\n"
             "    Q.  Is {ph} still the best number to reach you?\n"
             "    A.  Yes, that's my cell.\n"
             "        {ho} {ol}:  Objection. Form.\n"
             "    Q.  You may answer.\n\n"
             "The deposition was taken on {dd} in case {docket}.",
             pg=str(g.ri(10, 80)), pg2=str(g.ri(81, 90)), ha=hon_upper(g, atty), al=g.name(atty, "L"),
             wn=g.name(w, g.ch(["fl", "fmfl"])), addr=g.addr_inline(a), dob=g.dob(style="long"), ph=g.phone(),
             ho=hon_upper(g, opp), ol=g.name(opp, "L"), dd=g.ndate(style="long"), docket=g.docket())


@tpl("chat", "chat.en.gb_hearing", GB)
def c_en_gb_hearing(g):
    j, w, cn = g.person(), g.person(), g.person()
    a = g.address()
    return F("[{court} - hearing of {hd}, case {no}]\n\n"
             "JUDGE {jl}: Can the witness please confirm their full name and date of birth?\n"
             "THE WITNESS: {wn}, born {dob}.\n"
             "{hc} {cl}: Thank you. And you were living at {addr} when the notice was served?\n"
             "THE WITNESS: Yes, until the end of that year.\n"
             "{hc} {cl}: The notice gives a mobile number, {ph}. Is that yours?\n"
             "THE WITNESS: It is.\n",
             court=g.title_neg("court"), hd=g.ndate(style="long"), no=g.docket(), jl=g.name(j, "L"),
             wn=g.name(w, "fl"), dob=g.dob(style="long"), hc=hon_upper(g, cn), cl=g.name(cn, "L"),
             addr=g.addr_inline(a), ph=g.phone())


@tpl("chat", "chat.en.nda_parties", EN)
def c_en_nda(g):
    p1, p2 = g.person(), g.person()
    a = g.address()
    pairs = [("Disclosing Party", F("{n}, an individual residing at {a}", n=g.name(p1), a=g.addr_inline(a))),
             ("Date of birth", g.dob()),
             ("Receiving Party", F("{c} (\"Recipient\"), acting through {n}", c=company(g), n=g.name(p2, "fl"))),
             ("Recipient contact", g.email(p2)),
             ("Effective Date", g.ndate()),
             ("Term", "3 years from the Effective Date")]
    return F("{intro}\n\n{kv}\n{outro}", intro=g.ch(["**Mutual NDA - party details**", "Party block for the NDA:",
                                                       "Here are the parties as they will appear in the agreement:"]),
             kv=kv_block(pairs, g.ch(["bold", "bullet", "colon"])),
             outro=g.ch(["Let me know if you'd like a non-solicitation clause added.",
                         "I left the governing-law clause as England and Wales.",
                         "Shall I also generate the signature page?"]))


@tpl("chat", "chat.en.lease_table", EN)
def c_en_lease(g):
    ll, t = g.person(), g.person()
    a = g.address()
    rows = [["Landlord", g.name(ll)], ["Tenant", g.name(t)],
            ["Property", F("{s} ({tail})", s=g.street(a), tail=IGN(a["tail"]))],
            ["Tenant date of birth", g.dob()], ["Tenant phone", g.phone()], ["Tenant email", g.email(t)],
            ["Monthly rent", g.amount(lo=700, hi=3500)],
            ["Deposit reference", g.order_id("invoice")], ["Start date", g.ndate()]]
    return F("I've extracted the key terms from the lease:\n\n{t}\nThe break clause is in section 9.",
             t=md_table(["Field", "Details"], rows))


@tpl("chat", "chat.en.us_poa", US)
def c_en_poa(g):
    pr, ag, nt = g.person(), g.person(), g.person()
    a1, a2 = g.address(), g.address()
    return F("DURABLE POWER OF ATTORNEY (draft)\n\nI, {pr}, of {a1}, born {dob}, Social Security No. {ssn}, "
             "hereby appoint {ag} of {a2}, telephone {ph}, as my attorney-in-fact to act for me in all matters "
             "relating to case {docket} before the {court}.\n\nSigned on {sd}.\n\nNotary Public: {nt}\n"
             "My commission expires {ce}.",
             pr=g.name(pr, g.ch(["fmfl", "fl"])), a1=g.addr_inline(a1), dob=g.dob(), ssn=g.ssn(), ag=g.name(ag, "fl"),
             a2=g.addr_inline(a2), ph=g.phone(), docket=g.docket(), court=g.title_neg("court"), sd=g.ndate(),
             nt=g.name(nt, "fl"), ce=g.ndate())


@tpl("chat", "chat.en.legal_aid_intake", EN)
def c_en_intake(g):
    p = g.person()
    a = g.address()
    rows = [("Applicant", g.name(p, "lf")), ("DOB", g.dob(style="num")), ("Phone", g.phone()), ("Email", g.email(p)),
            ("Address", g.addr_inline(a)), ("Household size", str(g.ri(1, 6))), ("Monthly income", g.amount(lo=300, hi=3000)),
            ("Issue", F("eviction notice served {d}", d=g.ndate())), ("Opposing party", company(g)),
            ("Conflict check", F("clear ({n} records searched)", n=g.num(20, 900)))]
    return F("Intake summary generated from the hotline call ({id}):\n\n```\n{kv}```\n"
             "Next step: assign to the housing unit at the {org}.",
             id=g.order_id("intake"), kv=kv_block(rows, "aligned"), org=NEG("NEG_TITLECASE", g.ch(["Legal Aid Society", "Tenant Rights Coalition", "Citizens Advice"])))


@tpl("chat", "chat.en.sar_reply", EN)
def c_en_sar(g):
    p = g.person()
    a = g.address()
    return F("Dear {t} {l},\n\nFurther to your subject access request ({ref}) received on {rd}, we confirm that we "
             "hold the following personal data about you:\n\n"
             "- Name: {n}\n- Email: {e}\n- Mobile: {ph}\n- Postal address: {addr}\n"
             "- Payment card on file: {cm}\n- Recent sign-ins from {ip1} and {ip6}\n\n"
             "Please contact our {org} if anything is inaccurate.\n\nKind regards,\n{dpo}",
             t=g.title(p), l=g.name(p, "l"), ref=g.order_id("req"), rd=g.ndate(), n=g.name(p, "fl"), e=g.email(p),
             ph=g.phone(), addr=g.addr_inline(a), cm=g.card_masked(), ip1=g.ipv4(), ip6=g.ipv6(),
             org=NEG("NEG_TITLECASE", g.ch(["Data Protection Office", "Data Protection Officer", "Privacy Team"])), dpo=g.name(g.person(), "fl"))


@tpl("chat", "chat.en.survey_csv", EN)
def c_en_survey_csv(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        rows.append([g.ts("space"), g.ts("space"), "IP Address", g.ipv4(), "100", g.order_id("resp"), g.email(p),
                     g.ch(["Yes", "No"]), free_answer(g, p)])
    hdr = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "ResponseId", "RecipientEmail", "Q1_consent",
           "Q7_TEXT"]
    return F("Here are the first rows of the export (Qualtrics, legacy CSV format):\n\n```csv\n{c}```\n"
             "Note that `Q7_TEXT` contains free-text answers that may identify people.",
             c=csv_block(hdr, rows, quote_all=g.p(0.5), quote_header=True))


@tpl("chat", "chat.en.crf_summary", EN)
def c_en_crf(g):
    rep = g.person()
    return F("**Subject {sid}** (site {site}) - MRN {mrn}, DOB {dob}, sex {sex}.\n"
             "Randomised on {rd} to arm B under protocol version {ver} ({trial}).\n"
             "SAE reported by {rep} ({em}, {ph}) on {sd}; causality assessed as unlikely.",
             sid=g.order_id("subj"), site=g.num(1, 40), mrn=g.mrn(), dob=g.dob(), sex=g.ch(["F", "M"]),
             rd=g.ndate(), ver=g.version("plain"), trial=g.order_id("nct"), rep=g.name(rep, g.ch(["fl", "ifl"])),
             em=g.email(rep), ph=g.phone(), sd=g.ndate())


@tpl("chat", "chat.en.interview_pseudo", EN)
def c_en_interview(g):
    p = g.person()
    a = g.address()
    code = f"P{g.ri(1, 40):02d}"
    return F("Transcript excerpt (pseudonymised; the key below must be stored separately and deleted after analysis).\n\n"
             "KEY: {code} = {n}, {e}\n\n"
             "INTERVIEWER: How long have you lived in the area?\n"
             "{code}: About six years. We were on {st} before the landlord sold up.\n"
             "INTERVIEWER: And how did you find the legal clinic?\n"
             "{code}: A neighbour gave me the number - I still have it saved as {ph}.\n\n"
             "Coded under themes HOUSING-2 and ACCESS-1 (codebook {ver}).",
             code=code, n=g.name(p, "fl"), e=g.email(p), st=g.street(a), ph=g.phone(), ver=g.version("v3"))


@tpl("chat", "chat.en.dating_fenced", EN)
def c_en_dating(g):
    p = g.person()
    a = g.address()
    prof = {"id": g.uuid(), "profile": {"name": g.name(p, "fl"), "birthdate": g.dob(style="iso"),
                                        "bio": F("Paralegal by day, climber by night. Text me: {ph}", ph=g.phone()),
                                        "location": {"city": IGN(a["city"])}},
            "contacts": {"email": g.email(p)}, "last_login": {"at": g.ts("z"), "ip": g.ipv4()}}
    return F("Parsed profile from the scraped dump:\n\n```json\n{j}\n```\nThe `bio` field contains a phone number, "
             "so this record should be redacted before sharing.", j=jd(prof, indent=2))


@tpl("chat", "chat.en.donor_tsv", EN)
def c_en_donor_tsv(g):
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        pay = g.iban() if g.p(0.5) else g.card_masked()
        rows.append([g.order_id("donor"), g.name(p, "fl"), g.email(p), pay, g.amount(lo=5, hi=500),
                     g.ndate(style="iso"), g.ch(["Y", "N"])])
    return F("Exported {n} donors from the CRM ({org}):\n\n```tsv\n{t}```",
             n=str(len(rows)), org=charity(g),
             t=csv_block(["donor_id", "full_name", "email", "payment", "amount", "gift_date", "gift_aid"], rows, "\t"))


@tpl("chat", "chat.en.tool_call_echo", EN)
def c_en_tool_echo(g):
    p = g.person()
    args = {"party_name": g.name(p, "fl"), "date_of_birth": g.dob(style="iso"), "docket": g.docket(),
            "court": g.title_neg("court"), "include_sealed": False}
    return F("I'll search the court records index for that party.\n\n```json\n{j}\n```\n\n"
             "The search returned {n} hits; the closest match was filed on {d}.",
             j=jd({"tool": "court_records.search", "arguments": args}, indent=2), n=g.num(1, 12), d=g.ndate())


@tpl("chat", "chat.en.judgment_para", EN)
def c_en_judgment(g):
    c = g.person()
    a = g.address()
    j = g.person()
    return F("JUDGMENT\n\n1. The claimant, {cn} (born {dob}), lives at {addr}. The defendant is {co}.\n"
             "2. The claim was issued on {d1} under reference {ref}.\n"
             "3. I heard evidence from the claimant and from {w} on behalf of the defendant.\n\n"
             "{jt} {jl}\n{d2}",
             cn=g.name(c, "fl"), dob=g.dob(style="long"), addr=g.addr_inline(a), co=company(g), d1=g.ndate(),
             ref=g.docket(), w=g.name(g.person(), "fl"), jt=g.ch(["District Judge", "HHJ", "Judge"]),
             jl=g.name(j, "l"), d2=g.ndate(style="long"))


@tpl("chat", "chat.en.us_signature", US)
def c_en_sig(g):
    p = g.person()
    firm, dom = g.firm()
    return F("Dated: {d}\n\nRespectfully submitted,\n\n/s/ {sig}\n{n}\n{firm}\nDirect: {ph}\n{e}\n\n"
             "Attorney for Defendant in No. {docket}",
             d=g.ndate(style="long"), sig=g.name(p, "fl"), n=g.name(p, g.ch(["fl", "fml"])),
             firm=NEG("NEG_TITLECASE", firm), ph=g.phone(), e=g.email(p, dom), docket=g.docket())


@tpl("chat", "chat.en.gb_consent", GB)
def c_en_consent(g):
    p, wtn = g.person(), g.person()
    return F("Research consent form - {org}\n\nParticipant: {n}\nNHS number: {nhs}\nDate of birth: {dob}\n"
             "Study: {st} (REC ref {rec})\nConsent version {ver}, signed {sd}\nWitness: {w}\n",
             org=NEG("NEG_TITLECASE", g.ch(["Clinical Trials Unit", "Research Ethics Committee", "Clinical Research Facility"])), n=g.name(p), nhs=g.mrn("nhs", "en_GB"), dob=g.dob(), st=g.order_id("eudract"),
             rec=NEG("NEG_ORDER_ID", f"{g.ri(18, 25)}/{g.ch(['LO', 'NW', 'YH', 'SC'])}/{g.dig(4)}"),
             ver=g.version("plain"), sd=g.ndate(), w=g.name(wtn, "fl"))


@tpl("chat", "chat.en.us_screening", US)
def c_en_screen(g):
    items = []
    for i in range(g.ri(1, 2)):
        p = g.person()
        a = g.address()
        items.append(F("{i}. **{n}** - SSN {ssn}, DOB {dob}, last known address {addr}\n"
                       "   - Eviction filing {dk} ({court}), {d}\n",
                       i=str(i + 1), n=g.name(p), ssn=g.ssn(), dob=g.dob(), addr=g.addr_inline(a), dk=g.docket(),
                       court=g.title_neg("court"), d=g.ndate()))
    return F("I found {k} matching record(s) in the tenant-screening report:\n\n{items}\n"
             "Report id {u}. Remember that FCRA limits how this can be used.",
             k=str(len(items)), items=RJ("", items), u=g.uuid())


@tpl("chat", "chat.en.social_dm_dump", EN)
def c_en_dm(g):
    a, b = g.person(), g.person()
    return F("Here's the message thread from the export ({n} messages):\n\n"
             "> **{h1}** ({t1}): hey, it's {an} from the tenants' group\n"
             "> **{h2}** ({t2}): oh hi! can you send me your number?\n"
             "> **{h1}** ({t3}): sure, {ph} - or email {em}\n\n"
             "Thread id: {u}",
             n=str(3), h1=g.handle(a), h2=g.handle(b), t1=g.ts("z"), t2=g.ts("z"), t3=g.ts("z"),
             an=g.name(a, "fl"), ph=g.phone(), em=g.email(a), u=g.uuid())


def creditor_id(g):
    nat = g.dig(11)
    chk = iban_check("DE", nat)  # business code is excluded from the check
    return NEG("NEG_ORDER_ID", f"DE{chk}ZZZ{nat}")


def de_anrede(p):
    return ("Sehr geehrter Herr " if p.gender == "m" else "Sehr geehrte Frau ")


# ================================================================================================
# CHAT templates - German
# ================================================================================================
@tpl("chat", "chat.de.rubrum", DE)
def c_de_rubrum(g):
    k, ra, gf = g.person(), g.person(), g.person()
    a = g.address()
    firm, dom = g.firm()
    m = k.gender == "m"
    return F("Hier der Entwurf des Rubrums:\n\nAn das\n{court}\n\nKlage\n\n{der} {n},\n{addr},\n"
             "                                              – {rolle} –\n\n"
             "{pb}: {ra_t} {ra}, {firm}, {em}\n\ngegen\n\n{co}, vertreten durch {gft} {gf},\n"
             "                                              – Beklagte –\n\n"
             "wegen: Rückzahlung der Mietkaution\nStreitwert: {sw}\nAz.: {az}",
             court=g.title_neg("court"), der="des Herrn" if m else "der Frau", n=g.name(k, "fl"),
             addr=g.addr_lines(a), rolle="Kläger" if m else "Klägerin",
             pb="Prozessbevollmächtigter" if ra.gender == "m" else "Prozessbevollmächtigte",
             ra_t="Rechtsanwalt" if ra.gender == "m" else "Rechtsanwältin", ra=g.name(ra, "fl"),
             firm=NEG("NEG_TITLECASE", firm), em=g.email(ra, dom), co=company(g),
             gft="den Geschäftsführer" if gf.gender == "m" else "die Geschäftsführerin", gf=g.name(gf, "fl"),
             sw=g.amount(lo=800, hi=9000), az=g.docket())


@tpl("chat", "chat.de.notar", DE)
def c_de_notar(g):
    n, v, k = g.person(), g.person(gender="m"), g.person(gender="f")
    a1, a2 = g.address(), g.address()
    city = g.ch(CITIES["de_DE"])
    return F("UR-Nr. {ur}\n\nVerhandelt zu {city} am {d}.\n\nVor mir, {nt} {nn}, mit dem Amtssitz in {city}, "
             "erschienen heute:\n\n1. Herr {v}, geboren am {dob1}, wohnhaft {a1},\n   – nachfolgend „Verkäufer“ genannt –\n"
             "2. Frau {k}, geboren am {dob2}, wohnhaft {a2},\n   – nachfolgend „Käuferin“ genannt –\n\n"
             "Die Erschienenen wiesen sich durch Vorlage ihrer gültigen Personalausweise aus. Die Urkundsperson fragte "
             "nach einer Vorbefassung im Sinne des § 3 Abs. 1 Satz 1 Nr. 7 BeurkG; diese wurde verneint.",
             ur=g.order_id("ur"), city=city, d=g.ndate(style="long"),
             nt="dem unterzeichnenden Notar" if n.gender == "m" else "der unterzeichnenden Notarin",
             nn=g.name(n, "fl"), v=g.name(v, "fl"), dob1=g.dob(style="num"), a1=g.addr_inline(a1),
             k=g.name(k, "fl"), dob2=g.dob(style=g.ch(["num", "long"])), a2=g.addr_inline(a2))


@tpl("chat", "chat.de.vollmacht", DE)
def c_de_vollmacht(g):
    p, b = g.person(), g.person()
    a1, a2 = g.address(), g.address()
    return F("VOLLMACHT\n\nIch, {p}, geb. am {dob}, wohnhaft {a1}, bevollmächtige hiermit\n\n{t} {b}, {a2}, "
             "Tel. {ph},\n\nmich in der Angelegenheit {az} vor dem {court} umfassend zu vertreten, insbesondere "
             "Zustellungen entgegenzunehmen und Vergleiche abzuschließen.\n\n{city}, den {d}\n\n"
             "______________________\n({p2})",
             p=g.name(p, "fl"), dob=g.dob(style="num"), a1=g.addr_inline(a1), t=g.title(b), b=g.name(b, "fl"),
             a2=g.addr_inline(a2), ph=g.phone(), az=g.docket(), court=g.title_neg("court"),
             city=g.ch(CITIES["de_DE"]), d=g.ndate(), p2=g.name(p, "fl"))


@tpl("chat", "chat.de.dsgvo_auskunft", DE)
def c_de_dsgvo(g):
    p = g.person()
    a = g.address()
    rows = [["Name", g.name(p, "fl")], ["Geburtsdatum", g.dob()], ["E-Mail", g.email(p)], ["Telefon", g.phone()],
            ["Anschrift", g.addr_inline(a)], ["Bankverbindung (SEPA)", g.iban("DE")],
            ["Letzte Anmeldung", F("{t} von {ip}", t=g.ts("space"), ip=g.ipv4())]]
    return F("{anr}{l},\n\nmit Schreiben vom {d} haben Sie Auskunft nach Art. 15 DSGVO verlangt (Vorgang {ref}). "
             "Zu Ihrer Person sind bei uns folgende Daten gespeichert:\n\n{t}\n"
             "Die Daten werden bis zum Ablauf der gesetzlichen Aufbewahrungsfristen gespeichert. Bei Rückfragen "
             "wenden Sie sich bitte an unsere {org}.\n\nMit freundlichen Grüßen",
             anr=de_anrede(p), l=g.name(p, "l"), d=g.ndate(), ref=g.order_id("req"),
             t=md_table(["Kategorie", "Inhalt"], rows), org=NEG("NEG_TITLECASE", g.ch(["Datenschutzbeauftragte", "Datenschutzstelle"])))


@tpl("chat", "chat.de.mietvertrag", DE)
def c_de_miete(g):
    m = g.person()
    a = g.address()
    ll = company(g) if g.p(0.5) else g.name(g.person(), "fl")
    return F("Zusammenfassung des Mietvertrags:\n\n- **Vermieter:** {ll}\n- **Mieter/in:** {m}, geb. {dob}\n"
             "- **Mietobjekt:** {st}, {tail}, {lage}\n- **Kaltmiete:** {km}, **Kaution:** {kt}\n"
             "- **Mietbeginn:** {mb}\n- **Kontakt Mieter/in:** {ph} / {em}\n\n"
             "Die Staffelmiete in § 4 solltest du noch prüfen.",
             ll=ll, m=g.name(m, "fl"), dob=g.dob(style="num"), st=g.street(a), tail=IGN(a["tail"]),
             lage=g.ch(["3. OG links", "EG rechts", "2. OG Mitte", "DG"]), km=g.amount(lo=400, hi=1800),
             kt=g.amount(lo=900, hi=5000), mb=g.ndate(), ph=g.phone(), em=g.email(m))


@tpl("chat", "chat.de.protokoll", DE)
def c_de_protokoll(g):
    r, z, pv = g.person(), g.person(), g.person()
    a = g.address()
    return F("Öffentliche Sitzung des {court}\nGeschäftsnummer: {az}\n{city}, {d}\n\n"
             "Gegenwärtig: {rt} {r}\n\nDer Zeuge wurde zur Wahrheit ermahnt und auf die Strafbarkeit einer falschen "
             "Aussage hingewiesen.\n\nZur Person: {z}, geb. am {dob}, wohnhaft {addr}, mit den Parteien nicht verwandt "
             "und nicht verschwägert.\n\nAuf Frage {pvt} {pv}:\nF: Unter welcher Nummer waren Sie damals erreichbar?\n"
             "A: Unter {ph}, die Nummer habe ich heute noch.",
             court=g.title_neg("court"), az=g.docket(), city=g.ch(CITIES["de_DE"]), d=g.ndate(style="long"),
             rt="Richter am Landgericht" if r.gender == "m" else "Vorsitzende Richterin am Landgericht",
             r=g.name(r, "fl"), z=g.name(z, "fl"), dob=g.dob(style="num"), addr=g.addr_inline(a),
             pvt="des Klägervertreters" if pv.gender == "m" else "der Klägervertreterin", pv=g.name(pv, "l"),
             ph=g.phone())


@tpl("chat", "chat.de.umfrage_csv", DE)
def c_de_umfrage(g):
    rows = []
    for i in range(g.ri(2, 4)):
        p = g.person()
        rows.append([str(g.ri(10, 400)), g.ts("space"), "4", "de", g.num(10000000, 99999999), g.email(p), g.ipv4(),
                     g.ch(["A1", "A2", "A3"]), free_answer(g, p)])
    return F("Export aus LimeSurvey {v}, Umfrage {sid}:\n\n```\n{c}```\nIn Spalte `F7[Kommentar]` stehen Freitexte.",
             v=g.version("build"), sid=g.num(100000, 999999),
             c=csv_block(["id", "submitdate", "lastpage", "startlanguage", "seed", "email", "ipaddr", "F1",
                          "F7[Kommentar]"], rows, ";", quote_all=True))


@tpl("chat", "chat.de.studie_crf", DE)
def c_de_crf(g):
    pa = g.person()
    return F("Prüfzentrum {z}, Patient {sid}: Krankenakte {mrn}, geb. {dob}, {sx}.\n"
             "Einschluss am {d1} (Prüfplan-Version {ver}, EU-CT-Nr. {ct}).\n"
             "{pt}: {pa}, Tel. {ph}, {em}\nSUE gemeldet am {d2}, Kausalität: unwahrscheinlich.",
             z=g.num(1, 30), sid=g.order_id("site_subj"), mrn=g.mrn(), dob=g.dob(style="num"), sx=g.ch(["w", "m"]),
             d1=g.ndate(), ver=g.version("plain"),
             ct=NEG("NEG_ORDER_ID", f"{g.ri(2022, 2025)}-{g.dig(6)}-{g.dig(2)}-00"),
             pt="Prüfarzt" if pa.gender == "m" else "Prüfärztin", pa=g.name(pa, g.ch(["fl", "ifl"])),
             ph=g.phone(), em=g.email(pa), d2=g.ndate())


@tpl("chat", "chat.de.spender_sepa", DE)
def c_de_spender(g):
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rows.append([g.order_id("donor"), g.name(p, "lf"), g.iban(g.ch(["DE", "DE", "AT"]), grouped=False),
                     g.amount(lo=5, hi=200), g.order_id("mandate"), g.ndate(style="num")])
    return F("SEPA-Lastschriften für den Einzug am {d} ({org}), Gläubiger-ID {cid}:\n\n```\n{c}```",
             d=g.ndate(), org=charity(g), cid=creditor_id(g),
             c=csv_block(["Mitgliedsnr", "Name", "IBAN", "Betrag", "Mandatsreferenz", "Mandat vom"], rows, ";"))


@tpl("chat", "chat.de.beratungshilfe", DE)
def c_de_bh(g):
    p = g.person()
    a = g.address()
    pairs = [("Name, Vorname", g.name(p, "lf")), ("Geburtsdatum", g.dob(style="num")), ("Anschrift", g.addr_inline(a)),
             ("Telefon", g.phone()), ("E-Mail", g.email(p)), ("Familienstand", g.ch(["ledig", "verheiratet", "geschieden"])),
             ("Angelegenheit", F("Kündigung des Mietverhältnisses vom {d}", d=g.ndate())), ("Gegner", company(g)),
             ("Aktenzeichen", g.docket())]
    return F("Antrag auf Beratungshilfe – Angaben zur antragstellenden Person\n\n{kv}\n{f}",
             kv=kv_block(pairs, g.ch(["colon", "dots", "aligned"])), f=g.filler("de"))


# ================================================================================================
# CHAT templates - French
# ================================================================================================
@tpl("chat", "chat.fr.assignation", FR)
def c_fr_assign(g):
    p, av = g.person(), g.person()
    a = g.address()
    firm, dom = g.firm()
    f = p.gender == "f"
    return F("{court}\nRG n° {rg}\n\nASSIGNATION DEVANT LE TRIBUNAL JUDICIAIRE\n\nÀ LA REQUÊTE DE :\n\n"
             "{civ} {n}, {ne} le {dob} à {lieu}, de nationalité française, demeurant {addr},\n\n"
             "Ayant pour avocat {me} {av}, avocat{e} au barreau de {city}, {firm}, {em} – tél. {ph}\n\n"
             "J'AI, commissaire de justice soussigné, DONNÉ ASSIGNATION À :\n\n{co}, prise en la personne de son "
             "représentant légal domicilié en cette qualité audit siège.",
             court=g.title_neg("court"), rg=g.docket(), civ="Madame" if f else "Monsieur", n=g.name(p, "fL"),
             ne="née" if f else "né", dob=g.dob(style="num"), lieu=IGN(g.fk["fr_FR"].city()), addr=g.addr_inline(a),
             me="Maître", av=g.name(av, "fl"), e="e" if av.gender == "f" else "", city=g.ch(CITIES["fr_FR"]),
             firm=NEG("NEG_TITLECASE", firm), em=g.email(av, dom), ph=g.phone(), co=company(g))


@tpl("chat", "chat.fr.acte_notarie", FR)
def c_fr_acte(g):
    nt, p1, p2 = g.person(), g.person(gender="m"), g.person(gender="f")
    a = g.address()
    firm, _ = g.firm()
    return F("L'AN DEUX MILLE VINGT-{an},\nLE {d}\n\nPar-devant Maître {nt}, notaire associé{e} membre de la société "
             "« {firm} », titulaire d'un office notarial à {city}, soussigné{e},\n\nA COMPARU :\n\n"
             "Monsieur {p1}, né le {dob1} à {l1},\nEt Madame {p2}, née le {dob2} à {l2},\n"
             "Demeurant ensemble {addr}.\n\nLesquels ont, par les présentes, constitué pour mandataire tout clerc "
             "de l'office notarial, avec faculté d'agir ensemble ou séparément.",
             an=g.ch(["TROIS", "QUATRE", "CINQ"]), d=g.ndate(style="long"), nt=g.name(nt, "fl"),
             e="e" if nt.gender == "f" else "", firm=NEG("NEG_TITLECASE", firm), city=g.ch(CITIES["fr_FR"]),
             p1=g.name(p1, g.ch(["fL", "fl"])), dob1=g.dob(style="long"), l1=IGN(g.fk["fr_FR"].city()),
             p2=g.name(p2, g.ch(["fL", "fl"])), dob2=g.dob(style="long"), l2=IGN(g.fk["fr_FR"].city()),
             addr=g.addr_inline(a))


@tpl("chat", "chat.fr.procuration", FR)
def c_fr_procuration(g):
    p, m = g.person(), g.person()
    a1, a2 = g.address(), g.address()
    return F("PROCURATION\n\nJe soussigné(e) {p}, né(e) le {dob}, demeurant {a1},\n\ndonne par la présente pouvoir à "
             "{m}, demeurant {a2}, joignable au {ph},\n\nde me représenter à l'audience du {d1} devant le {court} "
             "(RG n° {rg}) et d'y accomplir tous actes utiles.\n\nFait à {city}, le {d2}.\n\nBon pour pouvoir",
             p=g.name(p), dob=g.dob(style="num"), a1=g.addr_inline(a1), m=g.name(m, "fl"), a2=g.addr_inline(a2),
             ph=g.phone(), d1=g.ndate(), court=g.title_neg("court"), rg=g.docket(), city=g.ch(CITIES["fr_FR"]),
             d2=g.ndate())


@tpl("chat", "chat.fr.rgpd_reponse", FR)
def c_fr_rgpd(g):
    p = g.person()
    a = g.address()
    civ = "Madame" if p.gender == "f" else "Monsieur"
    return F("Bonjour {civ} {l},\n\nSuite à votre demande d'accès formulée le {d} au titre de l'article 15 du RGPD "
             "(réf. {ref}), voici les données vous concernant :\n\n"
             "• Nom et prénom : {n}\n• Date de naissance : {dob}\n• Adresse électronique : {em}\n• Téléphone : {ph}\n"
             "• Adresse postale : {addr}\n• IBAN (prélèvement) : {iban}\n• Adresses IP de connexion : {ip1}, {ip2}\n\n"
             "Le {org} reste à votre disposition pour toute rectification.\n\nBien cordialement,",
             civ=civ, l=g.name(p, "l"), d=g.ndate(), ref=g.order_id("req"), n=g.name(p, "LF"), dob=g.dob(),
             em=g.email(p), ph=g.phone(), addr=g.addr_inline(a), iban=g.iban(), ip1=g.ipv4(),
             ip2=g.ipv6() if g.p(0.5) else g.ipv4(), org=NEG("NEG_TITLECASE", g.ch(["Délégué à la protection des données", "Service Relations Clients"])))


@tpl("chat", "chat.fr.bail_tableau", FR)
def c_fr_bail(g):
    b, l_ = g.person(), g.person()
    a = g.address()
    rows = [["Bailleur", g.name(b, "fL")], ["Locataire", g.name(l_, "fL")], ["Né(e) le", g.dob()],
            ["Logement", F("{s}, {t}", s=g.street(a), t=IGN(a["tail"]))], ["Téléphone", g.phone()],
            ["Courriel", g.email(l_)], ["Loyer mensuel", g.amount(lo=450, hi=2200)], ["Dépôt de garantie", g.amount(lo=450, hi=2200)],
            ["Prise d'effet", g.ndate()]]
    return F("Voici les éléments essentiels du bail :\n\n{t}\nL'état des lieux d'entrée est annexé au contrat.",
             t=md_table(["Rubrique", "Valeur"], rows))


@tpl("chat", "chat.fr.pv_audition", FR)
def c_fr_pv(g):
    p, op = g.person(), g.person()
    a = g.address()
    ne = "née" if p.gender == "f" else "né"
    return F("PROCÈS-VERBAL D'AUDITION – procédure n° {no}\n\nEntendu{e} par {op}, le {d}.\n\n"
             "Q : Déclinez votre identité.\nR : Je m'appelle {n}, je suis {ne} le {dob}.\n"
             "Q : Où demeurez-vous ?\nR : {addr}.\n"
             "Q : À quel numéro peut-on vous joindre ?\nR : Au {ph}, ou par courriel à {em}.\n"
             "Q : Avez-vous quelque chose à ajouter ?\nR : Non.",
             no=g.docket(), e="e" if p.gender == "f" else "", op=g.name(op, g.ch(["fL", "fl"])), d=g.ndate(style="long"),
             n=g.name(p, "fl"), ne=ne, dob=g.dob(style="long"), addr=g.addr_inline(a), ph=g.phone(), em=g.email(p))


@tpl("chat", "chat.fr.enquete_csv", FR)
def c_fr_enquete(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        rows.append([g.order_id("resp"), g.ts("space"), g.email(p), g.phone() if g.p(0.6) else "", free_answer(g, p)])
    return F("Extrait de l'export de l'enquête de satisfaction ({v}) :\n\n```csv\n{c}```\n"
             "La colonne `commentaire` contient du texte libre : à pseudonymiser avant diffusion.",
             v=g.version("v3"), c=csv_block(["id_reponse", "horodatage", "courriel", "telephone", "commentaire"], rows, ";"))


@tpl("chat", "chat.fr.essai_clinique", FR)
def c_fr_essai(g):
    inv = g.person()
    return F("Patient {sid} – IPP {mrn} – {ne} le {dob}\nInclusion : {d1} ; version du protocole {ver}\n"
             "Investigateur : Dr {inv} ({em})\nEIG déclaré le {d2} (n° EudraCT {ed}).",
             sid=g.order_id("subj"), mrn=g.mrn(), ne=g.ch(["né", "née"]), dob=g.dob(style="num"), d1=g.ndate(),
             ver=g.version("plain"), inv=g.name(inv, g.ch(["fL", "fl", "ifl"])), em=g.email(inv), d2=g.ndate(),
             ed=g.order_id("eudract"))


@tpl("chat", "chat.fr.donateurs", FR)
def c_fr_donateurs(g):
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rows.append([g.order_id("donor"), g.name(p, "LF"), g.email(p), g.iban(), g.amount(lo=5, hi=300),
                     NEG("NEG_ORDER_ID", f"RUM-{g.dig(10)}")])
    return F("Export des donateurs réguliers ({org}) :\n\n{t}\n{n} prélèvements seront présentés le {d}.",
             org=charity(g),
             t=md_table(["N° donateur", "Nom", "Courriel", "IBAN", "Montant", "RUM"], rows),
             n=str(len(rows)), d=g.ndate())


@tpl("chat", "chat.fr.aide_juridictionnelle", FR)
def c_fr_aj(g):
    p = g.person()
    a = g.address()
    pairs = [("Nom de naissance", g.name(p, "L")), ("Prénom(s)", ENT("PERSON", p.first, sub="fr")),
             ("Date de naissance", g.dob(style="num")), ("Adresse", g.addr_inline(a)), ("Téléphone", g.phone()),
             ("Courriel", g.email(p)), ("Juridiction saisie", g.title_neg("court")), ("N° RG", g.docket()),
             ("Ressources mensuelles", g.amount(lo=300, hi=1800))]
    return F("Demande d'aide juridictionnelle – informations du demandeur\n\n{kv}\n{f}",
             kv=kv_block(pairs, g.ch(["colon", "aligned", "bullet"])), f=g.filler("fr"))


# ================================================================================================
# CHAT templates - Russian
# ================================================================================================
def ru_reg(p):
    return "зарегистрирован" if p.gender == "m" else "зарегистрирована"


@tpl("chat", "chat.ru.iskovoe", RU)
def c_ru_isk(g):
    p = g.person()
    a = g.address()
    return F("В {court}\n\nИстец: {n}, {dob} г.р., паспорт {pas}, {reg} по адресу: {addr}, тел. {ph}, e-mail: {em}\n\n"
             "Ответчик: {co}, ОГРН {ogrn}\n\nЦена иска: {amt}\n\nИСКОВОЕ ЗАЯВЛЕНИЕ\nо взыскании неосновательного обогащения\n\n"
             "{d} истец перечислил ответчику денежные средства, однако встречного исполнения не получил.",
             court=g.title_neg("court"), n=g.name(p, "fio"), dob=g.dob(style="num"), pas=g.ru_passport(), reg=ru_reg(p),
             addr=g.addr_inline(a), ph=g.phone(), em=g.email(p), co=company(g), ogrn=g.ogrn(), amt=g.amount(lo=10000, hi=900000),
             d=g.ndate(style="num"))


@tpl("chat", "chat.ru.doverennost", RU)
def c_ru_dov(g):
    p, b, nt = g.person(), g.person(), g.person()
    a = g.address()
    city = g.ch(CITIES["ru_RU"])
    return F("ДОВЕРЕННОСТЬ\n\nгород {city}, {d} года\n\nЯ, {p}, {dob} года рождения, место рождения: {mr}, паспорт {pas}, "
             "выдан {vd}, код подразделения {kp}, {reg} по адресу: {addr},\n\nнастоящей доверенностью уполномочиваю представителя:\n"
             "{b}, {dob2} года рождения, представлять мои интересы во всех судебных учреждениях, в том числе по делу № {delo}.\n\n"
             "Доверенность удостоверена нотариусом города {city} (нотариус – {nt}).\nЗарегистрировано в реестре: № {reestr}.",
             city=city, d=g.ndate(style="long"), p=g.name(p, "fio"), dob=g.dob(style="long"),
             mr=IGN("г. " + g.ch(["Тула", "Омск", "Пермь", "Калуга", "Иваново"])), pas=g.ru_passport(),
             vd=g.ndate(style="num"), kp=NEG("NEG_NUMBER", f"{g.ri(100, 890)}-{g.dig(3)}"), reg=ru_reg(p),
             addr=g.addr_inline(a), b=g.name(b, "fio"), dob2=g.dob(style="num"), delo=g.docket(),
             nt=g.name(nt, g.ch(["fio", "f_io", "io_f"])),
             reestr=NEG("NEG_ORDER_ID", f"{g.ri(50, 78)}/{g.ri(10, 999)}-н/{g.ri(50, 78)}-{g.ri(2021, 2025)}-{g.ri(1, 9)}-{g.ri(100, 999)}"))


@tpl("chat", "chat.ru.protokol", RU)
def c_ru_prot(g):
    j, s, w, r = g.person(), g.person(), g.person(), g.person()
    a = g.address()
    return F("ПРОТОКОЛ судебного заседания\n\nДело № {delo}\n{d}\n\nПредседательствующий – судья {j}\n"
             "Секретарь судебного заседания – {s}\n\nСвидетель {w}, {dob} г.р., проживающ{ok} по адресу: {addr}, "
             "предупрежден{a_} об уголовной ответственности по ст. 307 УК РФ.\n\n"
             "Вопрос представителя истца ({r}): По какому номеру с вами связывался ответчик?\n"
             "Ответ: На мой мобильный, {ph}.",
             delo=g.docket(), d=g.ndate(style="long"), j=g.name(j, "f_io"), s=g.name(s, g.ch(["f_io", "io_f"])),
             w=g.name(w, "fio"), dob=g.dob(style="num"), ok="ий" if w.gender == "m" else "ая",
             addr=g.addr_inline(a), a_="" if w.gender == "m" else "а", r=g.name(r, "f_i_o"), ph=g.phone())


@tpl("chat", "chat.ru.otvet_152fz", RU)
def c_ru_152(g):
    p = g.person()
    a = g.address()
    items = [("фамилия, имя, отчество", g.name(p, "fio")), ("дата рождения", g.dob()), ("ИНН", g.inn()),
             ("СНИЛС", g.snils()), ("номер телефона", g.phone()), ("адрес электронной почты", g.email(p)),
             ("адрес регистрации", g.addr_inline(a)), ("IP-адрес последнего входа", g.ipv4())]
    body = RJ("", [F("{i}) {k}: {v};\n", i=str(i + 1), k=k, v=v) for i, (k, v) in enumerate(items)])
    return F("{uv} {io}!\n\nВ ответ на Ваш запрос от {d} (вх. № {ref}) в соответствии со ст. 14 Федерального закона "
             "№ 152-ФЗ сообщаем, что оператор обрабатывает следующие Ваши персональные данные:\n\n{body}\n"
             "Срок хранения – 3 года после прекращения договора. Контакт: {org}.",
             uv="Уважаемый" if p.gender == "m" else "Уважаемая", io=g.name(p, "io"), d=g.ndate(style="num"),
             ref=g.order_id("req"), body=body, org=NEG("NEG_TITLECASE", "Ответственный за обработку персональных данных"))


@tpl("chat", "chat.ru.dogovor_arendy", RU)
def c_ru_arenda(g):
    ll, t = g.person(), g.person()
    a = g.address()
    rows = [["Арендодатель", g.name(ll, "fio")], ["Паспорт арендодателя", g.ru_passport()],
            ["Арендатор", g.name(t, "fio")], ["Дата рождения арендатора", g.dob(style="num")],
            ["Объект", F("{t}, {s}", t=IGN(a["tail"]), s=g.street(a))], ["Телефон арендатора", g.phone()],
            ["Арендная плата", g.amount(lo=15000, hi=120000)], ["Срок", F("с {d} на 11 месяцев", d=g.ndate(style="num"))]]
    return F("Основные условия договора найма:\n\n{t}\nПодписи сторон – на последней странице.",
             t=md_table(["Параметр", "Значение"], rows))


@tpl("chat", "chat.ru.anketa_csv", RU)
def c_ru_anketa(g):
    rows = []
    for _ in range(g.ri(2, 4)):
        p = g.person()
        rows.append([g.name(p, g.ch(["fio", "fl"])), g.phone(), g.email(p), g.ts("space"), free_answer(g, p)])
    return F("Выгрузка ответов анкеты ({v}):\n\n```\n{c}```\nСтолбец «Комментарий» содержит свободные ответы.",
             v=g.version("v3"), c=csv_block(["ФИО", "Телефон", "E-mail", "Дата заполнения", "Комментарий"], rows, ";",
                                            quote_all=g.p(0.5)))


@tpl("chat", "chat.ru.kik", RU)
def c_ru_kik(g):
    inv = g.person()
    pairs = [("Номер субъекта", g.order_id("subj")), ("Исследовательский центр", F("№ {n}", n=g.num(1, 40))),
             ("№ медицинской карты", g.mrn()), ("Дата рождения", g.dob(style="num")), ("Дата визита", g.ndate(style="num")),
             ("Версия протокола", g.version("plain")), ("Исследователь", g.name(inv, g.ch(["f_io", "fio"]))),
             ("Телефон исследователя", g.phone())]
    return F("Индивидуальная регистрационная карта (фрагмент)\n\n{kv}", kv=kv_block(pairs, g.ch(["colon", "aligned", "bullet"])))


@tpl("chat", "chat.ru.blagotvoritelnost", RU)
def c_ru_blag(g):
    rows = []
    for _ in range(g.ri(3, 5)):
        p = g.person()
        rows.append([g.order_id("donor"), g.name(p, g.ch(["fl", "fio"])), g.email(p),
                     g.card() if g.p(0.3) else g.card_masked(), g.amount(lo=100, hi=50000)])
    return F("Пожертвования за период ({org}):\n\n{t}\n", org=charity(g),
             t=aligned([["ID", "Жертвователь", "E-mail", "Карта", "Сумма"]] + rows, header_rule=True))


@tpl("chat", "chat.ru.yurpomosch", RU)
def c_ru_yur(g):
    p = g.person()
    a = g.address()
    pairs = [("ФИО заявителя", g.name(p, "fio")), ("Дата рождения", g.dob()), ("СНИЛС", g.snils()), ("ИНН", g.inn()),
             ("Телефон", g.phone()), ("Адрес", g.addr_inline(a)), ("Категория", "многодетная семья"),
             ("Суть обращения", F("оспаривание решения по делу № {d}", d=g.docket()))]
    return F("Анкета заявителя бесплатной юридической помощи\n\n{kv}\n{f}", kv=kv_block(pairs, g.ch(["colon", "dots"])),
             f=g.filler("ru"))


@tpl("chat", "chat.ru.tool_call", RU)
def c_ru_tool(g):
    p = g.person()
    args = {"fio": g.name(p, "fio"), "birth_date": g.dob(style="num"), "region": g.ri(1, 99),
            "ip_number": NEG("NEG_ORDER_ID", f"{g.ri(1000, 99999)}/{g.ri(19, 25)}/{g.ri(77001, 77099)}-ИП")}
    return F("Проверю исполнительные производства через инструмент `fssp.search`:\n\n```json\n{j}\n```\n\n"
             "Найдено производств: {n}. Последнее обновление {t}.",
             j=jd({"name": "fssp.search", "arguments": args}, indent=2), n=g.num(1, 5), t=g.ts("space"))


# ================================================================================================
# JSON templates (shape "json")
# ================================================================================================
def addr_obj(g, a, keys=("street", "city", "postcode")):
    return {keys[0]: g.street(a), keys[1]: IGN(a["city"]), keys[2]: IGN(a["pc"])}


def addr_str(g, a):
    return g.addr_inline(a)


def iso_dob(g):
    return g.dob(style="iso")


def chat_id(g, pre="chatcmpl-"):
    return pre + g.alnum(24)


@tpl("json", "json.sar_export", ALL)
def j_sar(g):
    p = g.person()
    a = g.address()
    obj = {"request_id": g.order_id("req"), "generated_at": g.ts("z"),
           "data_subject": {"full_name": g.name(p, "fl"), "date_of_birth": iso_dob(g),
                            "emails": [g.email(p)] + ([g.email(p)] if g.p(0.3) else []),
                            "phones": [g.phone()], "postal_address": addr_obj(g, a)},
           "sign_in_history": [{"at": g.ts("z"), "ip": g.ipv4() if g.p(0.6) else g.ipv6()} for _ in range(g.ri(1, 3))],
           "payment_methods": [{"type": "card", "brand": g.ch(["visa", "mastercard"]), "masked": g.card_masked()}],
           "marketing_consent": g.p(0.5), "schema_version": g.version("plain")}
    if g.p(0.5):
        obj["attachments"] = [{"name": "signature.png", "data": g.b64blob("image/png")}]
    return g.dump(obj)


@tpl("json", "json.dsgvo_export_de", DE)
def j_dsgvo_de(g):
    p = g.person()
    a = g.address()
    obj = {"auskunft_nach": "Art. 15 DSGVO", "vorgangsnummer": g.order_id("req"), "erstellt_am": g.ndate(style="num"),
           "betroffene_person": {"vorname": ENT("PERSON", p.first, sub="de"), "nachname": ENT("PERSON", p.last, sub="de"),
                                 "geburtsdatum": g.dob(style="num"),
                                 "anschrift": addr_obj(g, a, ("strasse", "ort", "plz")),
                                 "kontakt": {"email": g.email(p), "telefon": g.phone()}},
           "bankverbindungen": [{"iban": g.iban(), "mandatsreferenz": g.order_id("mandate")}],
           "protokoll": [{"zeitpunkt": g.ts("space"), "ip": g.ipv4(), "aktion": g.ch(["login", "passwort_geaendert"])}],
           "empfaenger": [g.title_neg("org")]}
    return g.dump(obj, ea=g.p(0.15))


@tpl("json", "json.rgpd_export_fr", FR)
def j_rgpd_fr(g):
    p = g.person()
    a = g.address()
    obj = {"demande": {"reference": g.order_id("req"), "recue_le": g.ndate(style="iso"), "fondement": "article 15 RGPD"},
           "personne_concernee": {"civilite": "Mme" if p.gender == "f" else "M.", "nom": ENT("PERSON", p.last, sub="fr"),
                                  "prenom": ENT("PERSON", p.first, sub="fr"), "date_naissance": g.dob(style="num"),
                                  "adresse": addr_obj(g, a, ("voie", "commune", "code_postal")),
                                  "courriel": g.email(p), "telephone_mobile": g.phone()},
           "historique_connexions": [{"date": g.ts("off"), "adresse_ip": g.ipv4() if g.p(0.7) else g.ipv6()} for _ in range(g.ri(1, 3))],
           "moyens_de_paiement": [{"iban": g.iban(), "rum": NEG("NEG_ORDER_ID", f"RUM{g.dig(12)}")}]}
    return g.dump(obj, ea=g.p(0.15))


@tpl("json", "json.pd_export_ru", RU)
def j_pd_ru(g):
    p = g.person()
    a = g.address()
    inn_num = g.p(0.4)
    obj = {"запрос": {"номер": g.order_id("req"), "дата": g.ndate(style="num")},
           "субъект": {"фио": g.name(p, "fio"), "дата_рождения": g.dob(style="num"),
                       "инн": Raw(g.inn(json_number=True)) if inn_num else g.inn(), "снилс": g.snils(),
                       "паспорт": {"серия_номер": g.ru_passport(), "дата_выдачи": g.ndate(style="num")},
                       "телефон": g.phone(), "email": g.email(p), "адрес_регистрации": addr_str(g, a)},
           "журнал_входов": [{"время": g.ts("off"), "ip": g.ipv4()} for _ in range(g.ri(1, 3))],
           "оператор": g.title_neg("org")}
    return g.dump(obj, ea=g.p(0.1))


def openai_wrap(g, fname, args_r, content=None):
    return {"id": chat_id(g), "object": "chat.completion", "created": Raw(g.ts("epoch")),
            "model": g.ch(["gpt-4o-2024-08-06", "gpt-4.1-mini", "o4-mini"]),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content,
                                                 "tool_calls": [{"id": "call_" + g.alnum(24), "type": "function",
                                                                 "function": {"name": fname, "arguments": args_r}}]},
                         "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": g.ri(200, 3000), "completion_tokens": g.ri(20, 300)}}


@tpl("json", "json.openai_tool_calls.court", ALL)
def j_oai_court(g):
    p = g.person()
    args = {"party": {"name": g.name(p), "date_of_birth": iso_dob(g)}, "case_number": g.docket(),
            "court": g.title_neg("court"), "include_closed": g.p(0.5)}
    return g.dump(openai_wrap(g, "search_court_records", jd(args, compact=g.p(0.5), ea=g.p(0.3 if g.lang != "ru" else 0.1))), style=g.ch(["compact", "i2", "spaced"]))


@tpl("json", "json.openai_tool_calls.crm", ALL)
def j_oai_crm(g):
    p = g.person()
    a = g.address()
    args = {"donor": {"name": g.name(p, "fl"), "email": g.email(p), "phone": g.phone(), "address": addr_str(g, a)},
            "gift": {"amount": g.ri(5, 500), "currency": {"en_US": "USD", "en_GB": "GBP", "ru_RU": "RUB"}.get(g.loc, "EUR"),
                     "payment": g.iban() if g.loc not in ("en_US", "ru_RU") else g.card()},
            "campaign": charity(g)}
    return g.dump(openai_wrap(g, "crm_create_donation", jd(args, ea=g.p(0.3 if g.lang != "ru" else 0.1))), style=g.ch(["compact", "i2"]))


def qa_excerpt(g, p, a):
    """A short Q/A exchange in the document language (used inside JSON strings)."""
    L = g.lang
    if L == "en":
        return F("Q. Please state your name for the record.\nA. {n}.\nQ. Your date of birth?\nA. {dob}.\n"
                 "Q. And your address?\nA. {addr}.\nQ. Best phone number?\nA. {ph}.",
                 n=g.name(p, "fl"), dob=g.dob(style="long"), addr=g.addr_inline(a), ph=g.phone())
    if L == "de":
        return F("F: Bitte nennen Sie Ihren Namen.\nA: {n}.\nF: Geburtsdatum?\nA: {dob}.\nF: Anschrift?\nA: {addr}.\n"
                 "F: Wie sind Sie erreichbar?\nA: Unter {ph}.",
                 n=g.name(p, "fl"), dob=g.dob(style="long"), addr=g.addr_inline(a), ph=g.phone())
    if L == "fr":
        return F("Q : Vos nom et prénom ?\nR : {n}.\nQ : Date de naissance ?\nR : {dob}.\nQ : Domicile ?\nR : {addr}.\n"
                 "Q : Téléphone ?\nR : {ph}.",
                 n=g.name(p, "fL"), dob=g.dob(style="long"), addr=g.addr_inline(a), ph=g.phone())
    return F("Вопрос: Назовите фамилию, имя, отчество.\nОтвет: {n}.\nВопрос: Дата рождения?\nОтвет: {dob}.\n"
             "Вопрос: Адрес проживания?\nОтвет: {addr}.\nВопрос: Контактный телефон?\nОтвет: {ph}.",
             n=g.name(p, "fio"), dob=g.dob(style="num"), addr=g.addr_inline(a), ph=g.phone())


@tpl("json", "json.jsonrpc_transcript", ALL)
def j_rpc(g):
    p = g.person()
    a = g.address()
    obj = {"jsonrpc": "2.0", "id": g.ri(1, 999),
           "result": {"content": [{"type": "text", "text": qa_excerpt(g, p, a)}],
                      "structuredContent": {"case": g.docket(), "page": g.ri(1, 200)}, "isError": False}}
    return g.dump(obj, style=g.ch(["compact", "spaced", "i2"]))


@tpl("json", "json.qualtrics_response", ALL)
def j_qualtrics(g):
    p = g.person()
    obj = {"result": {"responseId": g.order_id("resp"),
                      "values": {"startDate": g.ts("z"), "endDate": g.ts("z"), "status": 0, "ipAddress": g.ipv4(),
                                 "progress": 100, "duration": g.ri(60, 3000), "finished": 1, "recordedDate": g.ts("ms"),
                                 "recipientLastName": ENT("PERSON", p.last, sub=p.lang),
                                 "recipientFirstName": ENT("PERSON", p.first, sub=p.lang),
                                 "recipientEmail": g.email(p), "externalDataReference": g.order_id("intake"),
                                 "QID2": g.ri(1, 5), "QID5_TEXT": free_answer(g, p)},
                      "labels": {"status": "IP Address", "finished": "True"}},
           "meta": {"requestId": g.uuid(), "httpStatus": "200 - OK"}}
    return g.dump(obj)


@tpl("json", "json.limesurvey_rpc", ALL)
def j_lime(g):
    resp = []
    for _ in range(g.ri(1, 3)):
        p = g.person()
        resp.append({"id": str(g.ri(1, 900)), "submitdate": g.ts("space"), "startlanguage": g.lang,
                     "email": g.email(p), "ipaddr": g.ipv4(), "G01Q01": g.ch(["A1", "A2", "A3"]),
                     "G02Q05": free_answer(g, p)})
    obj = {"id": g.ri(1, 99), "result": {"responses": resp, "raw_export": g.b64blob()}, "error": None}
    return g.dump(obj)


@tpl("json", "json.redcap_records", ALL)
def j_redcap(g):
    recs = []
    for _ in range(g.ri(1, 3)):
        p = g.person()
        recs.append({"record_id": g.order_id("subj"), "redcap_event_name": g.ch(["baseline_arm_1", "visit_2_arm_1"]),
                     "mrn": g.mrn(), "first_name": ENT("PERSON", p.first, sub=p.lang),
                     "last_name": ENT("PERSON", p.last, sub=p.lang), "dob": iso_dob(g),
                     "visit_date": g.ndate(style="iso"), "consent_version": g.version("plain"),
                     "phone": g.phone(), "demographics_complete": "2"})
    return g.dump(recs)


@tpl("json", "json.dating_profile", ALL)
def j_dating(g):
    p = g.person()
    a = g.address()
    L = g.lang
    bio = {"en": "Law student, dog person. Message me on {ph} or {em}",
           "de": "Jurastudentin, Hundemensch. Schreib mir an {em} oder ruf an: {ph}",
           "fr": "Étudiante en droit, fan de randonnée. Écris-moi au {ph} ou sur {em}",
           "ru": "Юрист, люблю горы. Пиши в телеграм или звони {ph}, почта {em}"}[L]
    obj = {"user": {"id": g.uuid(), "profile": {"name": g.name(p, "fl"), "birthday": iso_dob(g),
                                                 "bio": F(bio, ph=g.phone(), em=g.email(p)),
                                                 "location": {"city": IGN(a["city"]), "geo_hash": g.hash("git")},
                                                 "photos": [{"sha1": g.hash("sha1")} for _ in range(g.ri(1, 3))],
                                                 "thumb": g.b64blob("image/jpeg") if g.p(0.5) else None},
                    "contacts": {"email": g.email(p), "phone_verified": True},
                    "created_at": g.ts("z"), "last_ip": g.ipv4()},
           "export_version": g.version("v3")}
    return g.dump(obj)


@tpl("json", "json.social_dump", ALL)
def j_social(g):
    p = g.person()
    dms = []
    for _ in range(g.ri(1, 3)):
        q = g.person()
        txt = g.ch([F("call me {ph}", ph=g.phone()), F("my email is {em}", em=g.email(q)), R("see you at the hearing"),
                    F("{n} says hi", n=g.name(g.person(), "fl"))])
        dms.append({"from": g.handle(q), "sent_at": g.ts("z"), "text": txt})
    obj = {"account": {"username": g.handle(p), "display_name": g.name(p, "fl"), "email": g.email(p),
                       "phone": g.phone(), "created_at": g.ts("z"), "registration_ip": g.ipv4(),
                       "avatar": g.b64blob("image/png") if g.p(0.5) else None},
           "followers": [g.handle(g.person()) for _ in range(g.ri(2, 4))], "direct_messages": dms}
    return g.dump(obj)


@tpl("json", "json.donor_crm", ALL)
def j_donor(g):
    p = g.person()
    a = g.address()
    obj = {"donor": {"id": g.order_id("donor"), "name": g.name(p), "email": g.email(p), "phone": g.phone(),
                     "address": addr_obj(g, a), "birth_date": iso_dob(g),
                     "bank": {"iban": g.iban(), "mandate_ref": g.order_id("mandate")} if g.loc not in ("en_US", "ru_RU") else None,
                     "cards": [{"brand": "visa", "masked": g.card_masked(), "exp": f"{g.ri(1, 12):02d}/{g.ri(26, 31)}"}],
                     "gifts": [{"date": g.ndate(style="iso"), "amount": g.amount(), "campaign": charity(g),
                                "ref": g.order_id("gift")} for _ in range(g.ri(1, 3))]}}
    return g.dump(obj)


@tpl("json", "json.court_efiling", ALL)
def j_efile(g):
    p, at = g.person(), g.person()
    a = g.address()
    firm, dom = g.firm()
    obj = {"envelope_id": g.uuid(), "court": g.title_neg("court"), "case_number": g.docket(),
           "filing_type": g.ch(["Complaint", "Motion", "Notice of Appearance"]),
           "parties": [{"role": "plaintiff", "name": g.name(p), "address": addr_obj(g, a), "email": g.email(p),
                        "phone": g.phone()}, {"role": "defendant", "name": company(g)}],
           "attorneys": [{"name": g.name(at, "fl"), "firm": NEG("NEG_TITLECASE", firm), "email": g.email(at, dom)}],
           "submitted_at": g.ts("off"),
           "documents": [{"file": "complaint.pdf", "sha256": g.hash("sha256"),
                          "content_b64": g.b64blob() if g.p(0.5) else None}]}
    return g.dump(obj)


@tpl("json", "json.legal_aid_form", ALL)
def j_intake(g):
    p = g.person()
    a = g.address()
    ll = g.person()
    desc = {"en": "My landlord {n} keeps entering the flat without notice.",
            "de": "Mein Vermieter {n} betritt ständig ohne Ankündigung die Wohnung.",
            "fr": "Mon propriétaire, {n}, entre dans le logement sans prévenir.",
            "ru": "Арендодатель {n} приходит в квартиру без предупреждения."}[g.lang]
    obj = {"form": "intake_v3", "submitted": g.ts("z"), "case_ref": g.order_id("intake"),
           "answers": {"full_name": g.name(p), "dob": g.dob(), "phone": g.phone(), "email": g.email(p),
                       "address": addr_str(g, a), "income_monthly": g.ri(300, 3500),
                       "issue_description": F(desc, n=g.name(ll, "fl"))}}
    return g.dump(obj)


def national_ids(g):
    if g.loc == "en_US":
        return {"ssn": g.ssn()}
    if g.loc == "ru_RU":
        return {"passport": g.ru_passport(), "snils": g.snils(), "inn": g.inn()}
    return {}


@tpl("json", "json.contract_parties", ALL)
def j_contract(g):
    parties = []
    signers = []
    for role in g.ch([("lessor", "lessee"), ("disclosing_party", "receiving_party"), ("principal", "agent")]):
        p = g.person()
        a = g.address()
        d = {"role": role, "name": g.name(p), "birth_date": iso_dob(g), "address": addr_str(g, a)}
        d.update(national_ids(g))
        if g.p(0.4) and g.loc != "en_US" and g.loc != "ru_RU":
            d["iban"] = g.iban()
        parties.append(d)
        signers.append({"signer": g.name(p, "fl"), "signed_at": g.ts("z"), "ip": g.ipv4() if g.p(0.7) else g.ipv6()})
    obj = {"contract_id": g.order_id("invoice"), "effective_date": g.ndate(style="iso"), "parties": parties,
           "signatures": signers, "envelope_hash": g.hash("sha256")}
    return g.dump(obj)


@tpl("json", "json.notary_register", ("de_DE", "fr_FR", "ru_RU"))
def j_notary(g):
    nt = g.person()
    L = g.lang
    ps = []
    for _ in range(g.ri(1, 2)):
        p = g.person()
        a = g.address()
        if L == "de":
            ps.append({"name": g.name(p, "fl"), "geburtsdatum": g.dob(style="num"), "anschrift": addr_str(g, a)})
        elif L == "fr":
            ps.append({"nom": g.name(p, "fL"), "date_naissance": g.dob(style="num"), "domicile": addr_str(g, a)})
        else:
            ps.append({"фио": g.name(p, "fio"), "дата_рождения": g.dob(style="num"), "адрес": addr_str(g, a),
                       "паспорт": g.ru_passport()})
    if L == "de":
        obj = {"urkundenrolle_nr": g.order_id("ur"), "notar": g.name(nt, "fl"), "art": "Grundstückskaufvertrag",
               "datum": g.ndate(style="num"), "beteiligte": ps, "kosten": g.amount()}
    elif L == "fr":
        obj = {"numero_repertoire": g.order_id("ur"), "notaire": g.name(nt, "fl"), "nature_acte": "procuration authentique",
               "date_acte": g.ndate(style="num"), "comparants": ps, "emoluments": g.amount()}
    else:
        obj = {"номер_в_реестре": NEG("NEG_ORDER_ID", f"{g.ri(50, 78)}/{g.ri(10, 999)}-н/{g.ri(50, 78)}-{g.ri(2021, 2025)}-{g.ri(1, 9)}-{g.ri(100, 999)}"),
               "нотариус": g.name(nt, "fio"), "вид_действия": "удостоверение доверенности",
               "дата": g.ndate(style="num"), "участники": ps, "тариф": g.amount(lo=500, hi=5000)}
    return g.dump(obj, ea=g.p(0.1))


@tpl("json", "json.interview_segments", ALL)
def j_interview(g):
    p = g.person()
    a = g.address()
    code = f"P{g.ri(1, 60):02d}"
    L = g.lang
    lines = {"en": ["How did the eviction start?", "We got a letter in March, then the agent phoned me on {ph}.",
                    "Where were you living then?", "At {st}, the flat above the shop."],
             "de": ["Wie hat das mit der Räumung angefangen?", "Im März kam ein Brief, dann rief die Verwaltung unter {ph} an.",
                    "Wo haben Sie damals gewohnt?", "In der {st}, über der Bäckerei."],
             "fr": ["Comment la procédure a-t-elle commencé ?", "Un courrier en mars, puis l'agence m'a appelé au {ph}.",
                    "Où habitiez-vous à l'époque ?", "Au {st}, au-dessus de la boulangerie."],
             "ru": ["С чего всё началось?", "В марте пришло письмо, потом позвонили на {ph}.",
                    "Где вы тогда жили?", "На {st}, над магазином."]}[L]
    segs = []
    for i, ln in enumerate(lines):
        segs.append({"t": f"00:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}", "speaker": "INT" if i % 2 == 0 else code,
                     "text": F(ln, ph=g.phone(), st=g.street(a))})
    obj = {"transcript_id": g.uuid(), "pseudonymisation": {code: {"real_name": g.name(p), "contact": g.email(p)}},
           "segments": segs, "codebook_version": g.version("v3")}
    return g.dump(obj)


@tpl("json", "json.agent_step_log", ALL)
def j_agent_log(g):
    p = g.person()
    a = g.address()
    obj = {"run_id": g.uuid(), "step": g.ri(1, 30), "tool": "read_case_file",
           "input": {"path": f"cases/{g.ri(2019, 2025)}/{g.dig(5)}/intake.txt"},
           "output": qa_excerpt(g, p, a), "duration_ms": g.ri(5, 900), "ts": g.ts("ms"),
           "runtime": {"agent": g.pkg(), "parser": g.pkg()}}
    return g.dump(obj, style=g.ch(["compact", "spaced"]))


@tpl("json", "json.pipeline_config", ALL)
def j_config(g):
    pi = g.person()
    dsn = "postgresql://etl_user:" + ENT("API_KEY", g.password(), sub="db_password") + f"@db{g.ri(1, 9)}.internal:5432/study"
    obj = {"project": g.title_neg("org"), "redcap": {"url": "https://redcap.example.org/api/", "token": g.secret("redcap_token")},
           "survey": {"provider": "qualtrics", "datacenter": g.ch(["fra1", "iad1", "ca1"]),
                      "api_token": ENT("API_KEY", g.alnum(40), sub="qualtrics_token")},
           "warehouse": {"dsn": dsn},
           "storage": {"aws_access_key_id": g.secret("aws_access_key_id"),
                       "aws_secret_access_key": g.secret("aws_secret_key")},
           "pi_contact": g.email(pi), "pipeline_version": g.version("v3"), "lockfile_sha": g.hash("sha256"),
           "requirements": [g.pkg() for _ in range(g.ri(2, 4))]}
    return g.dump(obj)


@tpl("json", "json.tenant_screening", US)
def j_screen(g):
    p = g.person()
    obj = {"report_id": g.uuid(), "applicant": {"name": g.name(p), "ssn": g.ssn(), "dob": iso_dob(g),
                                                  "addresses": [addr_obj(g, g.address()) for _ in range(g.ri(1, 2))]},
           "evictions": [{"case_number": g.docket(), "court": g.title_neg("court"), "filed": g.ndate(style="iso"),
                          "judgment": g.amount()} for _ in range(g.ri(1, 2))],
           "score": g.ri(300, 850)}
    return g.dump(obj)


@tpl("json", "json.ru_court_card", RU)
def j_ru_card(g):
    p = g.person()
    obj = {"дело": g.docket(), "уид": NEG("NEG_ORDER_ID", f"77RS{g.dig(4)}-{g.dig(2)}-{g.ri(2021, 2025)}-{g.dig(6)}-{g.dig(2)}"),
           "суд": g.title_neg("court"), "категория": "споры о защите прав потребителей",
           "стороны": [{"роль": "истец", "фио": g.name(p, "fio"), "снилс": g.snils(), "инн": g.inn(),
                        "телефон": g.phone()},
                       {"роль": "ответчик", "наименование": company(g), "огрн": g.ogrn()}],
           "движение": [{"дата": g.ndate(style="num"), "событие": g.ch(["регистрация иска", "подготовка к делу",
                                                                         "судебное заседание"])} for _ in range(g.ri(1, 3))]}
    return g.dump(obj, ea=g.p(0.15))


@tpl("json", "json.anthropic_tool_use", ALL)
def j_anthropic(g):
    p = g.person()
    L = g.lang
    msg = {"en": "I'll record the call notes in the case file.", "de": "Ich lege die Gesprächsnotiz in der Akte an.",
           "fr": "J'ajoute la note d'appel au dossier.", "ru": "Добавлю заметку о звонке в карточку дела."}[L]
    inp = {"case_id": g.order_id("intake"), "client_name": g.name(p), "callback_number": g.phone(),
           "client_email": g.email(p), "date_of_birth": g.dob(), "note": free_answer(g, p)}
    obj = {"id": "msg_" + g.alnum(24), "type": "message", "role": "assistant",
           "content": [{"type": "text", "text": msg}, {"type": "tool_use", "id": "toolu_" + g.alnum(24),
                                                         "name": "create_case_note", "input": inp}],
           "stop_reason": "tool_use"}
    return g.dump(obj)


@tpl("json", "json.adverse_event", ALL)
def j_ae(g):
    rep = g.person()
    narr = {"en": "Patient presented on {d} with grade 2 rash; reporter {n} contacted the site.",
            "de": "Patientin stellte sich am {d} mit Exanthem Grad 2 vor; Meldung durch {n}.",
            "fr": "Le patient s'est présenté le {d} avec une éruption de grade 2 ; déclarant : {n}.",
            "ru": "Пациент обратился {d} с сыпью 2 степени; сообщение передано: {n}."}[g.lang]
    obj = {"ae_id": g.uuid(), "subject_id": g.order_id("subj"), "site": g.ri(1, 40),
           "patient": {"mrn": g.mrn(), "dob": iso_dob(g), "sex": g.ch(["F", "M"])},
           "reporter": {"name": g.name(rep), "phone": g.phone(), "email": g.email(rep)},
           "onset_date": g.ndate(style="iso"), "meddra_pt": g.num(10000000, 10099999),
           "narrative": F(narr, d=g.ndate(), n=g.name(rep, "fl" if rep.lang != "ru" else "f_io"))}
    return g.dump(obj)


@tpl("json", "json.uk_tribunal", GB)
def j_et(g):
    p, rep = g.person(), g.person()
    a = g.address()
    firm, dom = g.firm()
    obj = {"case_number": g.docket(), "tribunal": "Employment Tribunal", "region": g.ch(["London Central", "Leeds", "Bristol"]),
           "claimant": {"name": g.name(p), "address": addr_obj(g, a), "date_of_birth": g.dob(style="num"),
                        "email": g.email(p), "phone": g.phone()},
           "respondent": company(g),
           "acas_certificate": NEG("NEG_ORDER_ID", f"R{g.dig(6)}/{g.ri(20, 25)}/{g.dig(2)}"),
           "hearing": {"date": g.ndate(style="iso"), "length_days": g.ri(1, 5)},
           "representative": {"name": g.name(rep, "fl"), "firm": NEG("NEG_TITLECASE", firm), "email": g.email(rep, dom)}}
    return g.dump(obj)


@tpl("json", "json.chat_completion_table", ALL)
def j_cc_table(g):
    hdr = {"en": ["Name", "Role", "Phone"], "de": ["Name", "Rolle", "Telefon"], "fr": ["Nom", "Qualité", "Téléphone"],
           "ru": ["ФИО", "Статус", "Телефон"]}[g.lang]
    roles = {"en": ["claimant", "witness", "defendant"], "de": ["Klägerin", "Zeuge", "Beklagter"],
             "fr": ["demandeur", "témoin", "défendeur"], "ru": ["истец", "свидетель", "ответчик"]}[g.lang]
    rows = [[g.name(g.person()), g.ch(roles), g.phone()] for _ in range(g.ri(2, 4))]
    intro = {"en": "Here are the parties from case {d}:", "de": "Die Beteiligten im Verfahren {d}:",
             "fr": "Voici les parties de l'affaire {d} :", "ru": "Участники дела {d}:"}[g.lang]
    content = F(intro, d=g.docket()) + "\n\n" + md_table(hdr, rows)
    obj = {"id": chat_id(g), "object": "chat.completion", "created": Raw(g.ts("epoch")), "model": "gpt-4o-mini",
           "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]}
    return g.dump(obj, style=g.ch(["compact", "i2", "spaced"]))


@tpl("json", "json.batch_redaction_request", ALL)
def j_batch(g):
    reqs = []
    for _ in range(g.ri(2, 3)):
        p = g.person()
        reqs.append({"custom_id": g.order_id("ticket"),
                     "document": F("{n}\n{dob}\n{em}", n=g.name(p), dob=g.dob(), em=g.email(p))})
    obj = {"requests": reqs, "options": {"mode": "mask", "placeholder": "[REDACTED]"}, "client": g.pkg()}
    return g.dump(obj)


# ------------------------------------------------------------------------------------ credential leaks
@tpl("chat", "chat.en.env_leak", EN)
def c_en_env(g):
    pi = g.person()
    dbpw = g.password()
    lines = [F("REDCAP_API_URL=https://redcap.{d}/api/\n", d=g.ch(["uni-example.edu", "research.example.ac.uk"])),
             F("REDCAP_API_TOKEN={t}\n", t=g.secret("redcap_token")),
             F("QUALTRICS_API_TOKEN={t}\n", t=ENT("API_KEY", g.alnum(40), sub="qualtrics_token")),
             F("DATABASE_URL=postgres://analyst:{pw}@10.20.{a}.{b}:5432/cohort\n", pw=ENT("API_KEY", dbpw, sub="db_password"),
               a=str(g.ri(0, 255)), b=str(g.ri(1, 254))),
             F("AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n", k=g.secret("aws_access_key_id"),
               s=g.secret("aws_secret_key")),
             F("SLACK_BOT_TOKEN={t}\n", t=g.secret("slack")),
             F("PI_EMAIL={e}\n", e=g.email(pi))]
    g.r.shuffle(lines)
    return F("I found plaintext credentials committed to the analysis repository (`.env`, commit {h}):\n\n```\n{body}```\n\n"
             "These should be rotated immediately and the file removed from history. The lockfile pins {p1} and {p2}, "
             "which are fine.", h=g.hash("git"), body=RJ("", lines), p1=g.pkg(), p2=g.pkg())


@tpl("chat", "chat.de.config_leak", DE)
def c_de_cfg(g):
    admin = g.person()
    return F("In der `config.yml` des Docassemble-Servers der {org} stehen Zugangsdaten im Klartext:\n\n```yaml\n"
             "db:\n  host: db.intern\n  user: docassemble\n  password: {pw}\nsecretkey: {sk}\nmail:\n  username: {mail}\n"
             "  password: {mpw}\ngoogle:\n  api key: {gk}\n```\n\nBitte rotieren und danach `docassemble@{v}` neu "
             "starten. Zuständig: {admin} ({tel}).",
             org=g.title_neg("org"), pw=ENT("API_KEY", g.password(), sub="db_password"),
             sk=ENT("API_KEY", g.alnum(32), sub="secret_key"), mail=g.email(admin),
             mpw=ENT("API_KEY", g.password(), sub="password"), gk=g.secret("google_api"),
             v=NEG("NEG_VERSION", f"{g.ri(1, 1)}.{g.ri(4, 6)}.{g.ri(0, 99)}"), admin=g.name(admin, "fl"), tel=g.phone())


@tpl("chat", "chat.fr.sftp_key", FR)
def c_fr_sftp(g):
    arc = g.person()
    return F("Voici la configuration du transfert SFTP des données de l'essai {nct} vers le promoteur :\n\n"
             "- Hôte : sftp.promoteur-example.com (empreinte {fp})\n- Utilisateur : cro_site{n}\n"
             "- Contact ARC : {arc}, {e}, {ph}\n- Clé privée :\n\n```\n{key}\n```\n\n"
             "Attention : cette clé ne doit jamais être collée dans un ticket.",
             nct=g.order_id("nct"), fp=g.hash("sha256"), n=str(g.ri(1, 40)), arc=g.name(arc, "fl"), e=g.email(arc),
             ph=g.phone(), key=g.pem())


@tpl("chat", "chat.ru.bot_token", RU)
def c_ru_bot(g):
    adm = g.person()
    tok = ENT("API_KEY", f"{g.dig(10, nz=True)}:AA{g.alnum(33, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}",
              sub="telegram_bot")
    return F("Для рассылки анкеты участникам исследования используется бот. Текущие настройки:\n\n"
             "```ini\n[bot]\ntoken = {tok}\nadmin_chat = {chat}\n[api]\nbearer = {jwt}\n```\n\n"
             "Ответственный: {adm}, {e}, тел. {ph}. Версия сборки {v}.",
             tok=tok, chat=g.num(100000000, 999999999), jwt=g.secret("jwt"), adm=g.name(adm, "fio"), e=g.email(adm),
             ph=g.phone(), v=g.version("v3"))


@tpl("chat", "chat.en.us_small_claims", US)
def c_en_small_claims(g):
    p = g.person()
    a = g.address()
    return F("Here's a plain-language draft of the small-claims statement:\n\n> My name is {n} and I live at {addr}. "
             "On {d1} {co} charged my Visa card {card} twice for the same month's rent ({amt}). I disputed the charge "
             "on {d2} (dispute #{ref}) but it was never reversed.\n\nFor the fee-waiver form you will also need your "
             "SSN ({ssn}) and date of birth ({dob}); leave those off the public statement.",
             n=g.name(p, "fl"), addr=g.addr_inline(a), d1=g.ndate(style="long"), co=company(g), card=g.card("visa"),
             amt=g.amount(lo=700, hi=3500), d2=g.ndate(style="long"), ref=NEG("NEG_ORDER_ID", g.dig(10, nz=True)),
             ssn=g.ssn(), dob=g.dob(style="num", p=p))


@tpl("chat", "chat.fr.litige_carte", FR)
def c_fr_litige(g):
    p = g.person()
    return F("Proposition de courrier de contestation :\n\n« Madame, Monsieur,\nJe soussigné(e) {n}, titulaire de la "
             "carte {card}, conteste l'opération du {d} d'un montant de {amt} (référence {ref}). Je reste joignable au "
             "{ph} ou par courriel à {e}. »\n\nPensez à joindre une copie de votre pièce d'identité.",
             n=g.name(p, g.ch(["fL", "fl"])), card=g.card(), d=g.ndate(), amt=g.amount(lo=20, hi=2000),
             ref=g.cardlike("compact") if g.p(0.5) else g.order_id("invoice"), ph=g.phone(), e=g.email(p))


@tpl("json", "json.mcp_config", ALL)
def j_mcp(g):
    owner = g.person()
    obj = {"mcpServers": {
        "court-records": {"command": "npx", "args": ["-y", g.pkg()],
                          "env": {"COURTS_API_TOKEN": g.secret(g.ch(["openai_like", "stripe", "github_pat_classic"])),
                                  "CONTACT_EMAIL": g.email(owner)}},
        "survey-export": {"command": "uvx", "args": ["qualtrics-mcp"],
                          "env": {"QUALTRICS_TOKEN": ENT("API_KEY", g.alnum(40), sub="qualtrics_token"),
                                  "REDCAP_TOKEN": g.secret("redcap_token")}},
        "repo": {"command": "docker", "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server"],
                 "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": g.secret(g.ch(["github_pat_classic", "github_pat_fine"]))}}},
        "owner": g.name(owner, "fl"), "updated": g.ts("z")}
    return g.dump(obj)


# ================================================================================================
# JSON4K templates (3.6-4.7 KB UTF-8)
# ================================================================================================
def _nbytes(r):
    return len(r.plain().encode("utf-8"))


def fit_json(g, build, make_item, ea=False, style=None, min_items=1):
    style = style or g.wch([("i2", 4), ("compact", 2), ("spaced", 2), ("i4", 1), ("tab", 1)])
    items, fails = [], 0
    while True:
        items.append(make_item())
        r = g.dump(build(items, None), style=style, ea=ea)
        n = _nbytes(r)
        if n > J4_HI:
            items.pop()
            fails += 1
            if fails > 6 and len(items) >= min_items:
                break
            continue
        if n >= J4_LO and len(items) >= min_items:
            return r
    note = ""
    while True:
        note = (note + " " + g.filler()).strip()
        r = g.dump(build(items, note), style=style, ea=ea)
        if _nbytes(r) >= J4_LO:
            assert _nbytes(r) <= J4_HI, _nbytes(r)
            return r


def with_note(obj, note, key="note"):
    if note:
        obj[key] = note
    return obj


@tpl("json4k", "j4.sar_full", ALL)
def j4_sar(g):
    p = g.person()
    a = g.address()
    subj = {"name": g.name(p, "fl"), "date_of_birth": iso_dob(g), "email": g.email(p), "phone": g.phone(),
            "address": addr_obj(g, a)}
    if g.loc == "ru_RU":
        subj["snils"] = g.snils()
    req = {"id": g.order_id("req"), "received": g.ndate(style="iso"), "basis": g.ch(["GDPR Art. 15", "UK GDPR Art. 15",
                                                                                       "Art. 15 DSGVO", "152-ФЗ ст. 14"])}

    def item():
        k = g.ch(["login", "login", "ticket", "order"])
        if k == "login":
            return {"type": "sign_in", "at": g.ts("z"), "ip": g.ipv4() if g.p(0.75) else g.ipv6(),
                    "user_agent": g.ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "okhttp/4.12.0",
                                        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"]),
                    "session": g.uuid()}
        if k == "ticket":
            return {"type": "support_ticket", "ticket": g.order_id("ticket"), "opened": g.ts("z"),
                    "message": free_answer(g, p)}
        return {"type": "order", "order_id": g.order_id("invoice"), "placed": g.ts("z"), "total": g.amount(),
                "card": g.card_masked()}

    def build(items, note):
        return with_note({"request": req, "subject": subj, "activity": items}, note, "controller_note")
    return fit_json(g, build, item)


@tpl("json4k", "j4.survey_page", ALL)
def j4_survey(g):
    sid = "SV_" + g.alnum(15)

    def item():
        p = g.person()
        return {"responseId": g.order_id("resp"), "values": {
            "startDate": g.ts("z"), "endDate": g.ts("z"), "ipAddress": g.ipv4() if g.p(0.8) else g.ipv6(), "progress": 100,
            "recipientEmail": g.email(p), "recipientFirstName": ENT("PERSON", p.first, sub=p.lang),
            "recipientLastName": ENT("PERSON", p.last, sub=p.lang), "QID1": g.ri(1, 7), "QID4_TEXT": free_answer(g, p)}}

    def build(items, note):
        return {"result": {"surveyId": sid, "elements": items, "nextPage": None},
                "meta": with_note({"requestId": g_req, "httpStatus": "200 - OK"}, note)}
    g_req = g.uuid()
    return fit_json(g, build, item)


@tpl("json4k", "j4.donor_batch", ALL)
def j4_donors(g):
    hdr = {"org": charity(g), "generated": g.ts("off"), "page": g.ri(1, 40)}

    def item():
        p = g.person()
        a = g.address()
        d = {"id": g.order_id("donor"), "name": g.name(p), "email": g.email(p), "address": addr_str(g, a),
             "last_gift": {"date": g.ndate(style="iso"), "amount": g.amount(lo=5, hi=800)}}
        if g.loc == "en_US":
            d["card"] = g.card_masked()
        elif g.loc == "ru_RU":
            d["card"] = g.card() if g.p(0.4) else g.card_masked()
        else:
            d["iban"] = g.iban()
        return d

    def build(items, note):
        return with_note({"export": hdr, "donors": items}, note, "comment")
    return fit_json(g, build, item)


DOCKET_TEXT = {
    "en": ["NOTICE of Appearance by {a} on behalf of {p}", "MOTION to Dismiss filed by {a}. Served on {p} at {e}",
           "DECLARATION of {p} in support, signed {d}", "ORDER granting extension of time. Copies mailed to {p}, {addr}"],
    "de": ["Schriftsatz von {a} für {p} eingegangen", "Zustellung an {p}, {addr}, veranlasst",
           "Stellungnahme {a}, Kopie per E-Mail an {e}", "Terminsladung an {p} vom {d}"],
    "fr": ["Constitution de {a} pour {p}", "Conclusions notifiées par {a} ; copie à {e}",
           "Signification à {p}, {addr}", "Ordonnance du {d} communiquée à {p}"],
    "ru": ["Поступило ходатайство (представитель – {a}; доверитель – {p})", "Копия определения направлена адресату: {p}, {addr}",
           "Извещение направлено на {e}", "Заявление от {d} (заявитель – {p}) приобщено к делу"],
}


@tpl("json4k", "j4.docket_sheet", ALL)
def j4_docket(g):
    parties = [g.person() for _ in range(2)]
    atts = [g.person() for _ in range(2)]
    judge = g.person()
    case = {"number": g.docket(), "court": g.title_neg("court"), "judge": g.name(judge, "fl" if g.lang != "ru" else "f_io"),
            "parties": [g.name(parties[0]), company(g)]}
    cnt = [0]
    day = [g.recent_date()]

    def item():
        cnt[0] += 1
        day[0] = day[0] + timedelta(days=g.ri(0, 30))
        p = g.ch(parties)
        t = g.ch(DOCKET_TEXT[g.lang])
        return {"no": cnt[0], "filed": g.ndate(style="iso", d=day[0]),
                "text": F(t, a=g.name(g.ch(atts), "fl" if g.lang != "ru" else "f_io"), p=g.name(p), e=g.email(p),
                          d=g.ndate(), addr=addr_str(g, g.address())), "pages": g.ri(1, 40)}

    def build(items, note):
        return with_note({"case": case, "entries": items}, note, "clerk_note")
    return fit_json(g, build, item)


@tpl("json4k", "j4.crf_batch", ALL)
def j4_crf(g):
    study = {"nct": g.order_id("nct"), "protocol_version": g.version("plain"), "site": g.ri(1, 40)}

    def item():
        inv = g.person()
        return {"subject_id": g.order_id("subj"), "mrn": g.mrn(), "dob": iso_dob(g), "sex": g.ch(["F", "M"]),
                "visits": [{"visit": v, "date": g.ndate(style="iso"), "weight_kg": round(g.ri(450, 1100) / 10, 1)}
                           for v in range(1, g.ri(2, 3))],
                "investigator": g.name(inv, "ifl" if inv.lang != "ru" else "f_io"), "inv_phone": g.phone()}

    def build(items, note):
        return with_note({"study": study, "subjects": items}, note, "monitor_comment")
    return fit_json(g, build, item)


@tpl("json4k", "j4.social_export", ALL)
def j4_social(g):
    p = g.person()
    a = g.address()
    prof = {"username": g.handle(p), "display_name": g.name(p, "fl"), "email": g.email(p), "phone": g.phone(),
            "birthday": iso_dob(g), "hometown": IGN(a["city"]), "created": g.ts("z")}

    def item():
        k = g.ch(["text", "text", "contact", "mention"])
        if k == "contact":
            txt = free_answer(g, p)
        elif k == "mention":
            txt = F({"en": "thanks {n} for the help with my appeal!", "de": "danke {n} für die Hilfe beim Widerspruch!",
                     "fr": "merci {n} pour l'aide avec mon recours !", "ru": "{n}, спасибо за помощь с жалобой!"}[g.lang],
                    n=g.name(g.person(), "fl"))
        else:
            txt = R(g.filler())
        return {"id": NEG("NEG_ORDER_ID", g.dig(18, nz=True)), "created_at": g.ts("z"), "text": txt, "likes": g.ri(0, 300),
                "client_ip": g.ipv4() if g.p(0.3) else None}

    def build(items, note):
        return with_note({"profile": prof, "posts": items}, note, "export_note")
    return fit_json(g, build, item)


@tpl("json4k", "j4.tool_call_batch", ALL)
def j4_tools(g):
    def item():
        p = g.person()
        k = g.ch(["court", "intake", "donor"])
        if k == "court":
            args = {"party": g.name(p), "dob": iso_dob(g), "case_number": g.docket()}
            fn = "search_court_records"
        elif k == "intake":
            args = {"client": {"name": g.name(p), "phone": g.phone(), "email": g.email(p)}, "issue": free_answer(g, p)}
            fn = "create_intake"
        else:
            args = {"donor_name": g.name(p, "fl"), "email": g.email(p), "amount": g.ri(5, 400)}
            fn = "record_donation"
        return {"id": "call_" + g.alnum(24), "type": "function", "function": {"name": fn, "arguments": jd(args, ea=ea)}}
    cid, created = chat_id(g), Raw(g.ts("epoch"))
    ea = g.p(0.3 if g.lang != "ru" else 0.1)

    def build(items, note):
        return {"id": cid, "object": "chat.completion", "created": created, "model": "gpt-4o-2024-08-06",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": note, "tool_calls": items},
                             "finish_reason": "tool_calls"}]}
    return fit_json(g, build, item)


@tpl("json4k", "j4.jsonrpc_transcript", ALL)
def j4_rpc(g):
    rid = g.ri(1, 999)

    def item():
        return qa_excerpt(g, g.person(), g.address())

    def build(items, note):
        txt = RJ("\n\n", items)
        if note:
            txt = txt + "\n\n" + note
        return {"jsonrpc": "2.0", "id": rid, "result": {"content": [{"type": "text", "text": txt}], "isError": False}}
    return fit_json(g, build, item)


@tpl("json4k", "j4.contract_repo", ALL)
def j4_contracts(g):
    def item():
        parties = []
        for role in ("party_a", "party_b"):
            p = g.person()
            d = {"role": role, "name": g.name(p), "birth_date": iso_dob(g), "address": addr_str(g, g.address())}
            d.update(national_ids(g))
            parties.append(d)
        return {"contract_id": g.order_id("invoice"), "type": g.ch(["NDA", "lease", "power_of_attorney"]),
                "effective": g.ndate(style="iso"), "parties": parties, "sha256": g.hash("sha256")}

    def build(items, note):
        return with_note({"repository": g_repo, "contracts": items}, note)
    g_repo = g.title_neg("firm")
    return fit_json(g, build, item)


@tpl("json4k", "j4.dating_matches", ALL)
def j4_dating(g):
    def item():
        p = g.person()
        return {"match_id": g.uuid(), "name": g.name(p, "fl"), "birthday": iso_dob(g),
                "bio": free_answer(g, p), "contact": {"email": g.email(p)} if g.p(0.6) else {"phone": g.phone()},
                "photo_sha1": g.hash("sha1"), "matched_at": g.ts("z")}
    owner = g.uuid()

    def build(items, note):
        return with_note({"owner": owner, "matches": items}, note, "export_note")
    return fit_json(g, build, item)


@tpl("json4k", "j4.legal_aid_queue", ALL)
def j4_queue(g):
    office = g.title_neg("org")

    def item():
        p = g.person()
        d = {"case_ref": g.order_id("intake"), "client": g.name(p), "dob": g.dob(), "phone": g.phone(),
             "email": g.email(p), "opponent": company(g), "court_ref": g.docket(), "opened": g.ts("z")}
        if g.loc == "en_US" and g.p(0.4):
            d["ssn"] = g.ssn()
        return d

    def build(items, note):
        return with_note({"office": office, "cases": items}, note, "supervisor_note")
    return fit_json(g, build, item)


@tpl("json4k", "j4.interview_corpus", ALL)
def j4_interviews(g):
    p = g.person()
    code = f"P{g.ri(1, 60):02d}"
    key = {code: {"name": g.name(p), "email": g.email(p), "phone": g.phone()}}

    def item():
        k = g.ch(["plain", "plain", "pii"])
        txt = free_answer(g, p) if k == "pii" else R(g.filler())
        return {"t": f"00:{g.ri(0, 59):02d}:{g.ri(0, 59):02d}", "speaker": g.ch(["INT", code]), "text": txt}

    def build(items, note):
        return with_note({"project": g_proj, "pseudonym_key": key, "segments": items}, note, "transcriber_note")
    g_proj = g.title_neg("org")
    return fit_json(g, build, item)


# ================================================================================================
# TEXT4K templates: each returns (head, Blocks, tail); fit_text fills to 3.6-4.7 k characters.
# A block is used once unless marked rep(fn, n) (blocks that introduce fresh people / events).
# long64k documents are stitched together from the same parts.
# ================================================================================================
T4PARTS = []


def t4(tid, locales):
    def deco(fn):
        T4PARTS.append((tid, tuple(locales), fn))
        return fn
    return deco


def rep(fn, n=3):
    return (fn, n)


class Blocks:
    """Random block source.  `first` blocks are emitted in order before the others; every block is used
    once unless given a count with rep(); once everything is used, only repeatable blocks are refilled."""

    def __init__(self, g, items, first=()):
        self.g = g
        self.first = list(first)
        self.orig = [(it, 1) if callable(it) else it for it in items]
        self.items = [[fn, n] for fn, n in self.orig]

    def reset_rep(self):
        again = [[fn, n] for fn, n in self.orig if n > 1]
        if not again:
            return False
        self.items = again
        return True

    def __call__(self):
        if self.first:
            return self.first.pop(0)()
        avail = [it for it in self.items if it[1] > 0]
        if not avail:
            return None
        it = self.g.ch(avail)
        it[1] -= 1
        return it[0]()


def fit_text(g, head, blocks, tail, hi=T4_HI):
    target = g.ri(T4_LO, T4_HI - 600)
    body = R()
    n = len(head) + len(tail)
    fill = g.r.sample(FILLER[g.lang], len(FILLER[g.lang]))
    fails = 0
    while n < target:
        b = blocks()
        if b is None:
            if fill:
                b = R(fill.pop() + "\n\n")
            elif blocks.reset_rep():
                continue
            else:
                break
        if n + len(b) > hi:
            fails += 1
            if fails > 8:
                break
            continue
        body = body + b
        n += len(b)
    while n < T4_LO:
        f = g.filler() + "\n\n"
        body = body + f
        n += len(f)
    return head + body + tail


def counter(start=1):
    c = [start - 1]

    def nxt():
        c[0] += 1
        return str(c[0])
    return nxt


# ---------------------------------------------------------------------------------------- English
@t4("t4.en.us_opinion", US)
def t4_us_opinion(g):
    pl, judge = g.person(), g.person()
    pl_a = g.address()
    pos = "her" if pl.gender == "f" else "his"
    head = F("{court}\n\n{pl},\n        Plaintiff,\n    v.\n{co},\n        Defendant.\n\nCase No. {no}\n\n"
             "MEMORANDUM OPINION AND ORDER\n\nI. BACKGROUND\n\n",
             court=g.title_neg("court"), pl=g.name(pl, "FL"), co=company(g), no=g.docket())
    blocks = [
        lambda: F("Plaintiff {n} (\"Plaintiff\"), who resides at {addr}, alleges that on {d} Defendant furnished "
                  "inaccurate information about an account opened in {pos} name. (Compl. ¶ {k}.)\n\n",
                  n=g.name(pl, "fl"), addr=g.addr_inline(pl_a), d=g.ndate(style="long"), pos=pos, k=g.num(3, 90)),
        rep(lambda: F("At deposition, {w}, a former {job}, testified to speaking with Plaintiff by telephone at {ph} "
                      "on {d}. (Dep. of {wl} at {a}:{b}.)\n\n",
                      w=g.name(wp := g.person(), "fl"), job=g.ch(["account manager", "collections agent", "branch supervisor"]),
                      ph=g.pphone(pl), d=g.ndate(style="long"), wl=g.name(wp, "l"), a=g.num(10, 200), b=g.num(1, 25)), 2),
        lambda: F("Exhibit {k} is an e-mail dated {d} from {e} to Defendant's servicing department, attaching an "
                  "identification card that lists a date of birth of {dob}.\n\n",
                  k=g.num(1, 40), d=g.ndate(style="long"), e=g.email(pl), dob=g.dob(style="long", p=pl)),
        lambda: F("The dispute letter (Ex. {k}) reproduces Plaintiff's full Social Security number, {ssn}, without "
                  "redaction, contrary to Fed. R. Civ. P. 5.2(a). The Clerk is directed to seal docket entry {de}.\n\n",
                  k=g.num(1, 40), ssn=g.ssn(), de=g.num(10, 140)),
        lambda: R("II. LEGAL STANDARD\n\nSummary judgment is appropriate where \"there is no genuine dispute as to any "
                  "material fact and the movant is entitled to judgment as a matter of law.\" The Court views the record "
                  "in the light most favorable to the non-moving party.\n\n"),
        rep(lambda: F("Defendant's records show that a replacement card ending in {m} was mailed to {addr} on {d}, "
                      "an address Plaintiff denies ever using.\n\n",
                      m=NEG("NEG_CARDLIKE", g.dig(4)), addr=g.addr_inline(g.address()), d=g.ndate(style="long")), 2),
        lambda: R("III. DISCUSSION\n\nA furnisher's duty to investigate is triggered only upon notice of a dispute from "
                  "a consumer reporting agency. Defendant does not contest that it received such notice.\n\n"),
        rep(lambda: F("A declaration from {n}, Defendant's records custodian, states that the account was opened "
                      "online from the IP address {ip} on {d}.\n\n",
                      n=g.name(g.person(), "fl"), ip=g.ipv4(), d=g.ndate(style="long")), 2),
        lambda: F("Plaintiff's expert, {n}, opined that the signature on the application does not match Plaintiff's "
                  "exemplars. Defendant did not depose {pr}.\n\n", n=g.name(ex := g.person(), g.ch(["fl", "fml"])),
                  pr="her" if ex.gender == "f" else "him"),
    ]
    tail = F("IV. CONCLUSION\n\nFor the foregoing reasons, Defendant's motion is DENIED.\n\nIT IS SO ORDERED.\n\n"
             "Dated: {d}\n\n{j}\nUnited States District Judge\n", d=g.ndate(style="long"), j=g.name(judge, "fl"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.en.gb_judgment", GB)
def t4_gb_judgment(g):
    cl, judge, w = g.person(), g.person(), g.person(gender="f")
    a = g.address()
    firm, _ = g.firm()
    nxt = counter()
    jt = g.ch(["HER HONOUR JUDGE", "HIS HONOUR JUDGE", "MR JUSTICE", "MRS JUSTICE"])
    head = F("Neutral Citation Number: {nc}\n\nCase No: {no}\nIN THE {court}\n\nDate: {d}\n\nBefore:\n\n{jt} {jl}\n\n"
             "Between:\n\n{cl}\nClaimant\n- and -\n{co}\nDefendant\n\n{cn} (instructed by {firm}) for the Claimant\n\n"
             "APPROVED JUDGMENT\n\n",
             nc=g.docket(kind=4), no=g.docket(kind=0), court=g.title_neg("court"), d=g.ndate(style="long"), jt=jt,
             jl=g.name(judge, "L"), cl=g.name(cl, "FL"), co=company(g), cn=g.name(g.person(), "fl"),
             firm=NEG("NEG_TITLECASE", firm))
    blocks = [
        lambda: F("{i}. The Claimant was born on {dob} and has lived at {addr} since {y}.\n\n",
                  i=nxt(), dob=g.dob(style="long", p=cl), addr=g.addr_inline(a), y=str(g.ri(2005, 2020))),
        lambda: F("{i}. In a witness statement dated {d}, {w} explained that she e-mailed the Claimant at {e} "
                  "and received no reply for several weeks.\n\n",
                  i=nxt(), d=g.ndate(style="long"), w=g.name(w, "fl"), e=g.email(cl)),
        lambda: F("{i}. The call logs show calls from {ph} on {d1} and {d2}. I accept that those calls were made by "
                  "the Defendant's agent.\n\n", i=nxt(), ph=g.phone(), d1=g.ndate(style="long"), d2=g.ndate(style="long")),
        lambda: F("{i}. It is common ground that the tenancy deposit of {amt} was paid from the account {iban}.\n\n",
                  i=nxt(), amt=g.amount(lo=500, hi=3000), iban=g.iban("GB")),
        lambda: F("{i}. The relevant principles are not in dispute. The burden lies on the Claimant to prove the "
                  "loss on the balance of probabilities, and the court must be careful not to apply hindsight.\n\n",
                  i=nxt()),
        lambda: F("{i}. I found {wl} to be a careful and honest witness, although her recollection of dates was "
                  "understandably imperfect.\n\n", i=nxt(), wl=g.name(w, "l")),
        rep(lambda: F("{i}. {n}, who lived in the flat below, gave evidence that she saw the Defendant's contractor "
                      "at the property on {d}.\n\n", i=nxt(), n=g.name(g.person(gender="f"), "fl"), d=g.ndate(style="long")), 2),
        lambda: F("{i}. The Claimant now lives at {addr}, and I was told that she can be contacted on {ph}.\n\n",
                  i=nxt(), addr=g.addr_inline(g.address()), ph=g.pphone(cl)),
        lambda: F("{i}. For those reasons the claim succeeds in part. I will hear counsel on the form of order and "
                  "on costs if they cannot be agreed.\n\n", i=nxt()),
        rep(lambda: F("{i}. A further statement was provided by {n} of {addr}. Its contents were not challenged.\n\n",
                      i=nxt(), n=g.name(g.person(), "fl"), addr=g.addr_inline(g.address()))),
    ]
    tail = F("{jt} {jl}\n", jt=jt, jl=g.name(judge, "L"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.en.us_deposition", US)
def t4_us_depo(g):
    w, pa, da, cr = g.person(), g.person(), g.person(), g.person()
    (f1, _), (f2, _) = g.r.sample(FIRMS[g.loc], 2)
    head = F("DEPOSITION OF {w}\nTaken on {d}\nCase No. {no}\n\nAPPEARANCES:\n  For Plaintiff:  {pa}, {f1}\n"
             "  For Defendant:  {da}, {f2}\n  Court Reporter: {cr}\n\n",
             w=g.name(w, "FL"), d=g.ndate(style="long"), no=g.docket(), pa=g.name(pa, "fl"), f1=NEG("NEG_TITLECASE", f1),
             da=g.name(da, "fl"), f2=NEG("NEG_TITLECASE", f2), cr=g.name(cr, "fl"))
    page = counter(g.ri(3, 20))
    hp, hd = hon_upper(g, pa), hon_upper(g, da)
    blocks = [
        lambda: F("                                   Page {pg}\nBY {hp} {pl}:\n  Q.  Please state your full name.\n"
                  "  A.  {wn}.\n  Q.  Where did you live in {y}?\n  A.  At {addr}.\n  Q.  Who else lived there?\n"
                  "  A.  My sister, {s}.\n",
                  pg=page(), hp=hp, pl=g.name(pa, "L"), wn=g.name(w, g.ch(["fl", "fmfl"])), y=str(g.ri(2015, 2023)),
                  addr=g.addr_inline(g.address()), s=g.name(g.person(gender="f"), "fl")),
        lambda: F("  Q.  What phone number did you use at the time?\n  A.  {ph}.\n        {hd} {dl}:  Objection, "
                  "relevance.\n  Q.  And your e-mail address?\n  A.  {e}.\n",
                  ph=g.pphone(w), hd=hd, dl=g.name(da, "L"), e=g.email(w)),
        lambda: F("  Q.  Please confirm your date of birth for the record.\n  A.  {dob}.\n  Q.  And the last four of "
                  "your Social?\n  A.  I'd rather give the whole thing - it's {ssn}.\n",
                  dob=g.dob(style="long", p=w), ssn=g.ssn()),
        rep(lambda: F("  Q.  I'm handing you what has been marked Exhibit {k}. Do you recognize it?\n  A.  Yes, it's the "
                      "letter from {co} dated {d}.\n  Q.  Did you respond?\n  A.  I called them, {t}.\n",
                      k=g.num(1, 60), co=company(g), d=g.ndate(style="long"),
                      t=g.ch(["I think twice", "more than once", "the same week"])), 2),
        lambda: R("  Q.  Did you discuss your testimony with anyone before today?\n  A.  Only with my lawyer.\n"
                  "  Q.  Are you taking any medication that would affect your memory?\n  A.  No.\n"),
        rep(lambda: F("                                   Page {pg}\n  Q.  Who is {n}?\n  A.  {r}\n  Q.  Do you have "
                      "a number for {pr}?\n  A.  It used to be {ph}.\n",
                      pg=page(), n=g.name(x := g.person(), "fl"), r=g.ch(["My landlord's property manager.",
                                                                            "A coworker from the call center.",
                                                                            "My ex-husband's cousin."]),
                      pr="her" if x.gender == "f" else "him", ph=g.phone()), 2),
        lambda: F("        {hd} {dl}:  I'll note for the record that the witness is reading from a document.\n"
                  "        {hp} {pl}:  So noted. Let's go off the record.\n        (Recess taken.)\n",
                  hd=hd, dl=g.name(da, "L"), hp=hp, pl=g.name(pa, "L")),
        lambda: F("BY {hd} {dl}:\n  Q.  You testified you moved in {y}. Where to?\n  A.  {addr}. I still live there.\n",
                  hd=hd, dl=g.name(da, "L"), y=str(g.ri(2019, 2024)), addr=g.addr_inline(g.address())),
    ]
    tail = R("\n(Whereupon, the deposition was concluded.)\n")
    return head, Blocks(g, blocks[3:], first=blocks[:3]), tail


@t4("t4.en.nda_full", EN)
def t4_nda(g):
    p, s, wt = g.person(), g.person(), g.person()
    a = g.address()
    nxt = counter()
    head = F("MUTUAL NON-DISCLOSURE AGREEMENT\n\nThis Agreement is dated {d} and is made between:\n\n"
             "(1) {p}, born {dob}, of {addr} (the \"First Party\"); and\n"
             "(2) {co}, acting by its authorised signatory {s} (the \"Second Party\").\n\n",
             d=g.ndate(style="long"), p=g.name(p, "fl"), dob=g.dob(style="long", p=p), addr=g.addr_inline(a),
             co=company(g), s=g.name(s, "fl"))
    blocks = [
        lambda: F("{i}. CONFIDENTIAL INFORMATION\n{i}.1 \"Confidential Information\" means all information disclosed by "
                  "a party, whether orally or in writing, that is designated as confidential or would reasonably be "
                  "understood to be confidential.\n\n", i=nxt()),
        lambda: F("{i}. NOTICES\nNotices to the First Party shall be sent to {e} with a copy by post to the address "
                  "above. Notices to the Second Party shall be marked for the attention of {s} ({e2}, {ph}).\n\n",
                  i=nxt(), e=g.email(p), s=g.name(s, "fl"), e2=g.email(s), ph=g.pphone(s)),
        lambda: F("{i}. TERM\nThis Agreement continues for {y} years from the date above unless terminated earlier by "
                  "either party on thirty days' written notice.\n\n", i=nxt(), y=str(g.ri(2, 5))),
        lambda: F("{i}. RETURN OF MATERIALS\nOn request, each party shall return or destroy all Confidential "
                  "Information, save that one archival copy may be retained by its legal advisers.\n\n", i=nxt()),
        lambda: F("{i}. LIQUIDATED SUMS\nAny sum due to the First Party shall be paid to account {iban}.\n\n",
                  i=nxt(), iban=g.iban()),
        lambda: F("{i}. PERMITTED RECIPIENTS\nThe Second Party may disclose Confidential Information to {n} and {m}, "
                  "each of whom is bound by duties of confidence no less strict than these.\n\n",
                  i=nxt(), n=g.name(g.person(), "fl"), m=g.name(g.person(), "fl")),
        lambda: F("{i}. EXCLUSIONS\nThe obligations do not apply to information that is or becomes public other than "
                  "through breach, or that was lawfully in the recipient's possession before disclosure.\n\n", i=nxt()),
        lambda: F("{i}. GOVERNING LAW\nThis Agreement is governed by the law of {law}.\n\n", i=nxt(),
                  law=g.ch(["England and Wales", "the State of New York", "Delaware"])),
        rep(lambda: F("{i}. AUTHORISED REPRESENTATIVE\n{n} ({e}, {ph}) is authorised to receive Confidential Information "
                      "on behalf of the Second Party.\n\n", i=nxt(), n=g.name(x := g.person(), "fl"), e=g.email(x),
                      ph=g.phone())),
    ]
    tail = F("Signed by {p}\n\nSigned for and on behalf of the Second Party by {s}\n\nWitness: {w}, {wa}\n",
             p=g.name(p, "fl"), s=g.name(s, "fl"), w=g.name(wt, "fl"), wa=g.addr_inline(g.address()))
    return head, Blocks(g, blocks), tail


@t4("t4.en.gb_tenancy", GB)
def t4_gb_tenancy(g):
    ll, t1, t2 = g.person(), g.person(), g.person()
    a = g.address()
    nxt = counter(2)
    head = F("ASSURED SHORTHOLD TENANCY AGREEMENT\n\nProperty: {st}, {tail}\nLandlord: {ll}\nTenants: {t1} "
             "(date of birth {d1}) and {t2} (date of birth {d2})\nDeposit reference: {ref}\nTerm start: {ts}\n\n"
             "1. The Landlord lets and the Tenants take the Property for a term of twelve months.\n\n",
             st=g.street(a), tail=IGN(a["tail"]), ll=g.name(ll), t1=g.name(t1, "fl"), d1=g.dob(style="num", p=t1),
             t2=g.name(t2, "fl"), d2=g.dob(style="num", p=t2), ref=g.order_id("invoice"), ts=g.ndate())
    blocks = [
        lambda: F("{i}. RENT\nThe rent is {amt} per calendar month, payable in advance by standing order to {iban}.\n\n",
                  i=nxt(), amt=g.amount(lo=600, hi=2500), iban=g.iban("GB")),
        lambda: F("{i}. EMERGENCY CONTACT\nThe Tenants' emergency contact is {n}, telephone {ph}.\n\n",
                  i=nxt(), n=g.name(g.person(), "fl"), ph=g.phone()),
        lambda: F("{i}. TENANT OBLIGATIONS\nThe Tenants shall keep the interior of the Property in good and clean "
                  "condition and shall not sublet any part of it without the Landlord's written consent.\n\n", i=nxt()),
        lambda: F("{i}. NOTICES\nThe Landlord's address for service is {addr}; notices may also be sent by e-mail to "
                  "{e}.\n\n", i=nxt(), addr=g.addr_inline(g.address()), e=g.email(ll)),
        lambda: F("{i}. ACCESS\nThe Landlord may enter the Property on giving at least 24 hours' written notice, except "
                  "in an emergency.\n\n", i=nxt()),
        lambda: F("{i}. GUARANTOR\n{n}, born {dob}, of {addr} guarantees the Tenants' obligations under this "
                  "agreement.\n\n", i=nxt(), n=g.name(gp := g.person(), "fl"), dob=g.dob(style="long", p=gp),
                  addr=g.addr_inline(g.address())),
        lambda: F("{i}. UTILITIES\nThe Tenants are responsible for council tax, gas, electricity, water and broadband "
                  "for the duration of the tenancy.\n\n", i=nxt()),
        lambda: F("{i}. TENANT CONTACT DETAILS\n{t1}: {p1}, {e1}\n{t2}: {p2}, {e2}\n\n", i=nxt(), t1=g.name(t1, "fl"),
                  p1=g.pphone(t1), e1=g.email(t1), t2=g.name(t2, "fl"), p2=g.pphone(t2), e2=g.email(t2)),
        rep(lambda: F("{i}. PERMITTED OCCUPIER\n{n}, born {dob}, may live at the Property as a permitted occupier "
                      "but is not a tenant.\n\n", i=nxt(), n=g.name(x := g.person(), "fl"), dob=g.dob(style="long", p=x))),
    ]
    tail = F("Signed by the Landlord: {ll}\nSigned by the Tenants: {t1}, {t2}\n", ll=g.name(ll, "fl"),
             t1=g.name(t1, "fl"), t2=g.name(t2, "fl"))
    return head, Blocks(g, blocks), tail


@t4("t4.en.interview", EN)
def t4_en_interview(g):
    iv, p = g.person(), g.person()
    code = f"P{g.ri(1, 60):02d}"
    head = F("Project: {org}\nInterview ID: {u}\nDate: {d}\nInterviewer: {iv}\nParticipant: {code} (identity key held "
             "by the PI, {e})\nConventions: [inaudible], [laughs]; identifying details flagged for redaction.\n\n",
             org=g.title_neg("org"), u=g.uuid(), d=g.ndate(), iv=g.name(iv, "fl"), code=code, e=g.email(iv))
    blocks = [
        lambda: F("INT: Can you tell me how you first got in touch with the service?\n{c}: My neighbour, {n}, gave me "
                  "their number. I rang from my mobile, {ph}, and they called back the same day.\n\n",
                  c=code, n=g.name(g.person(), "fl"), ph=g.pphone(p)),
        lambda: F("INT: Where were you living at that point?\n{c}: We were at {st} [redact], with the kids. The "
                  "damp was terrible.\n\n", c=code, st=g.street(g.address())),
        lambda: F("INT: Did anyone help you fill in the forms?\n{c}: The adviser, {n}. She even e-mailed me copies "
                  "at {e}.\n\n", c=code, n=g.name(g.person(gender="f"), "fl"), e=g.email(p)),
        lambda: F("INT: How did the hearing go?\n{c}: [laughs] Long. I'd never been to court before. The judge was "
                  "kind, though, and the other side's lawyer barely spoke.\n\n", c=code),
        lambda: F("INT: Is there anything you would change about the process?\n{c}: Just that people should be told "
                  "earlier what their rights are. I only found out by accident.\n\n", c=code),
        lambda: F("INT: Who else was involved?\n{c}: The letting agent, {n}. He kept ringing me from {ph}, even on "
                  "Sundays. [inaudible] I've still got the texts.\n\n", c=code, n=g.name(g.person(gender="m"), "fl"),
                  ph=g.phone()),
        lambda: F("INT: How are things now?\n{c}: Better. We moved to {st} in the spring and the kids have settled.\n\n",
                  c=code, st=g.street(g.address())),
        lambda: F("INT: Did you get any financial help?\n{c}: A small grant, paid into my account - I gave them the "
                  "details, {iban} - it covered the removal van.\n\n", c=code, iban=g.iban()),
        lambda: F("INT: Thank you. Is there anything else you'd like to add?\n{c}: No, I think that's everything.\n\n",
                  c=code),
        rep(lambda: F("INT: You mentioned {n} earlier - who is that?\n{c}: {rel} If you need to check anything, their "
                      "number is {ph}.\n\n", n=g.name(g.person(), "fl"), c=code,
                      rel=g.ch(["My cousin, she came to the hearing with me.", "A friend from the tenants' group.",
                                "The support worker from the council."]), ph=g.phone())),
    ]
    tail = F("[END OF RECORDING - {t}]\n", t=g.ts("space"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.en.case_notes", EN)
def t4_en_notes(g):
    cl = g.person()
    workers = [g.person() for _ in range(2)]
    head = F("CASE NOTES - {ref}\nClient: {n}, DOB {dob}\nOffice: {org}\n\n", ref=g.order_id("intake"),
             n=g.name(cl, "lf"), dob=g.dob(style="num", p=cl), org=g.title_neg("org"))
    day = [g.recent_date()]

    def d():
        day[0] = day[0] + timedelta(days=g.ri(1, 9))
        return g.ndate(style="num", d=day[0])

    def hhmm():
        return f"{g.ri(8, 18):02d}:{g.ri(0, 59):02d}"
    blocks = [
        rep(lambda: F("{d} {t} - {w}: Called client on {ph}; left voicemail re: hearing date.\n\n",
                      d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), ph=g.pphone(cl)), 2),
        lambda: F("{d} {t} - {w}: Client e-mailed from {e} with photos of the notice. Saved to file.\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), e=g.email(cl)),
        lambda: F("{d} {t} - {w}: Client moved to {addr}. Updated contact details.\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), addr=g.addr_inline(g.address())),
        lambda: F("{d} {t} - {w}: Drafted defence; court reference {ref}. Sent to supervisor for review.\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), ref=g.docket()),
        rep(lambda: F("{d} {t} - {w}: Landlord's agent {a} rang ({ph}); refused to discuss without authority.\n\n",
                      d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), a=g.name(g.person(), "fl"), ph=g.phone()), 2),
        lambda: F("{d} {t} - {w}: Hearing attended. Adjourned for 28 days; client to bring rent statements.\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl")),
        lambda: F("{d} {t} - {w}: Client's daughter {n} called on client's behalf (authority on file).\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), n=g.name(g.person(gender="f"), "fl")),
        lambda: F("{d} {t} - {w}: Fee waiver granted. Conflict check re-run: clear.\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl")),
        lambda: F("{d} {t} - {w}: Benefits check completed; client eligible. Payments go to {iban}.\n\n",
                  d=d(), t=hhmm(), w=g.name(g.ch(workers), "ifl"), iban=g.iban("GB") if g.loc == "en_GB" else g.card_masked()),
    ]
    tail = F("Matter closed {d}.\n", d=g.ndate())
    return head, Blocks(g, blocks), tail


@t4("t4.en.crf_printout", EN)
def t4_en_crf(g):
    inv, crc = g.person(), g.person()
    visit = counter()
    head = F("CASE REPORT FORM - {nct}\nProtocol version {v}\nSite {s} / Subject {sid}\nMRN: {mrn}    DOB: {dob}\n\n",
             nct=g.order_id("nct"), v=g.version("plain"), s=g.num(1, 40), sid=g.order_id("subj"), mrn=g.mrn(),
             dob=g.dob(style="num"))
    blocks = [
        rep(lambda: F("VISIT {k} - {d}\n  Vitals: BP {b1}/{b2}, HR {hr}, weight {w} kg\n  Completed by: {n} ({e})\n\n",
                      k=visit(), d=g.ndate(style="num"), b1=str(g.ri(100, 150)), b2=str(g.ri(60, 95)),
                      hr=str(g.ri(50, 100)), w=str(g.ri(45, 120)), n=g.name(crc, "fl"), e=g.email(crc)), 4),
        rep(lambda: F("ADVERSE EVENT LOG\n  Onset {d}: {ae}, grade {gr}, resolved. Reported by {n}, tel. {ph}.\n\n",
                      d=g.ndate(style="num"), ae=g.ch(["headache", "nausea", "rash", "fatigue"]), gr=str(g.ri(1, 3)),
                      n=g.name(g.person(), "ifl"), ph=g.phone()), 2),
        lambda: F("CONCOMITANT MEDICATION\n  Paracetamol 500 mg PRN since {d}. Lot {lot}.\n\n",
                  d=g.ndate(style="num"), lot=g.hash("git")),
        rep(lambda: F("SAMPLE SHIPMENT\n  Kit {kit} shipped {t}; tracking {tr}.\n\n", kit=g.uuid(), t=g.ts("z"),
                      tr=g.cardlike("compact")), 2),
        lambda: F("EMERGENCY CONTACT\n  {n} ({rel}), {ph}, {e}\n\n", n=g.name(ec := g.person(), "fl"),
                  rel=g.ch(["spouse", "daughter", "son", "partner"]), ph=g.phone(), e=g.email(ec)),
        lambda: R("ELIGIBILITY\n  All inclusion criteria met; no exclusion criteria present. Informed consent "
                  "obtained before any study procedure.\n\n"),
        rep(lambda: F("QUERY {q}\n  Raised {t} by monitor {n}: please confirm visit date. Resolved.\n\n",
                      q=g.order_id("ticket"), t=g.ts("z"), n=g.name(g.person(), "ifl"))),
    ]
    tail = F("Investigator signature: {n}    Date: {d}\n", n=g.name(inv, "fl"), d=g.ndate(style="num"))
    return head, Blocks(g, blocks), tail


# ---------------------------------------------------------------------------------------- German
@t4("t4.de.urteil", DE)
def t4_de_urteil(g):
    k, ra, rich, z = g.person(gender="f"), g.person(), g.person(), g.person(gender="m")
    a = g.address()
    head = F("IM NAMEN DES VOLKES\n\nURTEIL\n\nIn dem Rechtsstreit\n\n{k}, {addr},\n– Klägerin –\n\n"
             "Prozessbevollmächtigte: {ra}\n\ngegen\n\n{co}\n– Beklagte –\n\nhat die {n}. Zivilkammer des {court} "
             "auf die mündliche Verhandlung vom {d} durch {rt} {r} für Recht erkannt:\n\n"
             "1. Die Beklagte wird verurteilt, an die Klägerin {amt} nebst Zinsen hieraus in Höhe von fünf "
             "Prozentpunkten über dem Basiszinssatz zu zahlen.\n2. Die Beklagte trägt die Kosten des Rechtsstreits.\n\n"
             "Tatbestand\n\n",
             k=g.name(k, "fl"), addr=g.addr_inline(a), ra=g.name(ra, "fl"), co=company(g), n=str(g.ri(1, 30)),
             court=g.title_neg("court"), d=g.ndate(style="long"),
             rt="den Richter am Landgericht" if rich.gender == "m" else "die Richterin am Landgericht",
             r=g.name(rich, "fl"), amt=g.amount(lo=500, hi=20000))
    blocks = [
        lambda: F("Die Klägerin, geboren am {dob}, mietete mit Vertrag vom {d} eine Wohnung in der {st}, {t}.\n\n",
                  dob=g.dob(style="num", p=k), d=g.ndate(style="num"), st=g.street(a), t=IGN(a["tail"])),
        lambda: F("Mit E-Mail vom {d} an {e} kündigte die Hausverwaltung, vertreten durch {n}, das Mietverhältnis "
                  "fristlos.\n\n", d=g.ndate(style="num"), e=g.email(k), n=g.name(g.person(), "fl")),
        lambda: F("Der Zeuge {z} hat bekundet, er habe die Klägerin am {d} unter der Rufnummer {ph} erreicht und "
                  "ihr den Schaden geschildert.\n\n", z=g.name(z, "fl"), d=g.ndate(style="num"), ph=g.pphone(k)),
        lambda: F("Die Kaution in Höhe von {amt} wurde am {d} auf das Konto {iban} überwiesen.\n\n",
                  amt=g.amount(lo=500, hi=4000), d=g.ndate(style="num"), iban=g.iban("DE")),
        lambda: R("Die Klägerin beantragt,\nwie erkannt.\n\nDie Beklagte beantragt,\ndie Klage abzuweisen.\n\n"),
        lambda: R("Entscheidungsgründe\n\nDie zulässige Klage ist begründet. Der Klägerin steht der geltend gemachte "
                  "Anspruch aus § 280 Abs. 1 BGB zu. Die Beklagte hat ihre Pflichten aus dem Mietverhältnis schuldhaft "
                  "verletzt.\n\n"),
        lambda: F("Der Zeuge {zl} ist glaubwürdig. Seine Angaben stimmen mit dem Inhalt der Anlage K{n} überein.\n\n",
                  zl=g.name(z, "l"), n=str(g.ri(1, 30))),
        rep(lambda: F("Die Zeugin {n}, wohnhaft {addr}, hat den Vortrag der Beklagten nicht bestätigt.\n\n",
                      n=g.name(g.person(gender="f"), "fl"), addr=g.addr_inline(g.address())), 2),
        lambda: R("Die Kostenentscheidung beruht auf § 91 ZPO, die Entscheidung über die vorläufige Vollstreckbarkeit "
                  "auf § 709 ZPO.\n\n"),
        rep(lambda: F("Der Zeuge {n} hat ausgesagt, er habe am {d} eine E-Mail von {e} erhalten und diese an die "
                      "Hausverwaltung weitergeleitet.\n\n", n=g.name(g.person(gender="m"), "fl"), d=g.ndate(style="num"),
                      e=g.email(g.person()))),
    ]
    tail = F("{r}\n{rt}\n", r=g.name(rich, "fl"),
             rt="Richter am Landgericht" if rich.gender == "m" else "Richterin am Landgericht")
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.de.notarurkunde", DE)
def t4_de_notar(g):
    nt, v, k = g.person(), g.person(), g.person()
    av, ak = g.address(), g.address()
    city = g.ch(CITIES["de_DE"])
    par = counter()
    head = F("UR-Nr. {ur}\n\nGrundstückskaufvertrag\n\nHeute, den {d}, erschienen vor mir, {nt}, {ntt} mit dem "
             "Amtssitz in {city}, in meinen Amtsräumen:\n\n1. {v}, geboren am {dv}, wohnhaft {av},\n"
             "2. {k}, geboren am {dk}, wohnhaft {ak}.\n\nDie Urkundsperson überzeugte sich durch die Verhandlung von der "
             "Geschäftsfähigkeit der Erschienenen. Die Erschienenen erklärten:\n\n",
             ur=g.order_id("ur"), d=g.ndate(style="long"), nt=g.name(nt, "fl"),
             ntt="Notar" if nt.gender == "m" else "Notarin", city=city, v=g.name(v, "fl"), dv=g.dob(style="num", p=v),
             av=g.addr_inline(av), k=g.name(k, "fl"), dk=g.dob(style="num", p=k), ak=g.addr_inline(ak))
    blocks = [
        lambda: F("§ {i} Kaufgegenstand\nDer Verkäufer ist Eigentümer des im Grundbuch von {city} Blatt {bl} "
                  "eingetragenen Grundbesitzes.\n\n", i=par(), city=city, bl=g.num(100, 9999)),
        lambda: F("§ {i} Kaufpreis\nDer Kaufpreis beträgt {amt}. Er ist fällig binnen zehn Tagen nach Zugang der "
                  "Fälligkeitsmitteilung und auf das Konto des Verkäufers {iban} zu zahlen.\n\n",
                  i=par(), amt=g.amount(lo=90000, hi=900000), iban=g.iban("DE")),
        lambda: F("§ {i} Vollzugsvollmacht\nDie Beteiligten bevollmächtigen {ma}, Notariatsangestellte, "
                  "dienstansässig beim beurkundenden Notar, Erklärungen zum Vollzug dieser Urkunde abzugeben.\n\n",
                  i=par(), ma=g.name(g.person(gender="f"), "fl")),
        lambda: F("§ {i} Hinweise\nDer Notar hat darauf hingewiesen, dass alle Vereinbarungen beurkundet sein müssen "
                  "und die Beteiligten für die Grunderwerbsteuer als Gesamtschuldner haften.\n\n", i=par()),
        lambda: F("§ {i} Mitteilungen\nMitteilungen an den Käufer sind zu richten an {e}, telefonisch {ph}.\n\n",
                  i=par(), e=g.email(k), ph=g.pphone(k)),
        lambda: F("§ {i} Besitzübergang\nBesitz, Nutzungen und Lasten gehen mit vollständiger Kaufpreiszahlung auf den "
                  "Käufer über.\n\n", i=par()),
        lambda: F("§ {i} Vormerkung\nDer Verkäufer bewilligt und beantragt die Eintragung einer Auflassungsvormerkung "
                  "zugunsten des Käufers.\n\n", i=par()),
        lambda: F("§ {i} Mieter\nDas Objekt ist an {m} vermietet; der Mietvertrag vom {d} wird übernommen.\n\n",
                  i=par(), m=g.name(g.person(), "fl"), d=g.ndate(style="num")),
        lambda: F("§ {i} Abschriften\nAbschriften erhalten die Beteiligten, das Grundbuchamt und das Finanzamt.\n\n",
                  i=par()),
        rep(lambda: F("§ {i} Weitere Beteiligte\nFerner erschien {n}, geboren am {dob}, wohnhaft {addr}, handelnd als "
                      "Vertreter ohne Vertretungsmacht.\n\n", i=par(), n=g.name(x := g.person(), "fl"),
                      dob=g.dob(style="num", p=x), addr=g.addr_inline(g.address()))),
    ]
    tail = F("Vorgelesen vom Notar, von den Beteiligten genehmigt und eigenhändig unterschrieben:\n\n{v}\n{k}\n{nt}, {ntt}\n",
             v=g.name(v, "fl"), k=g.name(k, "fl"), nt=g.name(nt, "fl"), ntt="Notar" if nt.gender == "m" else "Notarin")
    return head, Blocks(g, blocks), tail


@t4("t4.de.mietvertrag", DE)
def t4_de_miete(g):
    vm, mt = g.person(), g.person()
    a, ab = g.address(), g.address()
    par = counter(2)
    head = F("Mietvertrag über Wohnraum\n\nZwischen\n{vm}, {va}\n– Vermieter –\n\nund\n\n{mt}, geb. {dob}, bisher "
             "wohnhaft {ab}\n– Mieter –\n\nwird folgender Mietvertrag geschlossen:\n\n§ 1 Mieträume\nVermietet wird "
             "die Wohnung {st}, {t}, 2. Obergeschoss rechts.\n\n",
             vm=g.name(vm, "fl"), va=g.addr_inline(g.address()), mt=g.name(mt, "fl"), dob=g.dob(style="num", p=mt),
             ab=g.addr_inline(ab), st=g.street(a), t=IGN(a["tail"]))
    blocks = [
        lambda: F("§ {i} Miete\nDie monatliche Grundmiete beträgt {amt}. Sie ist bis zum dritten Werktag auf das Konto "
                  "{iban} zu zahlen.\n\n", i=par(), amt=g.amount(lo=400, hi=2000), iban=g.iban("DE")),
        lambda: F("§ {i} Kaution\nDer Mieter leistet eine Sicherheit in Höhe von drei Monatsmieten.\n\n", i=par()),
        lambda: F("§ {i} Hausmeister\nStörungen sind dem Hausmeister {n}, Tel. {ph}, unverzüglich anzuzeigen.\n\n",
                  i=par(), n=g.name(g.person(), "fl"), ph=g.phone()),
        lambda: F("§ {i} Schönheitsreparaturen\nDie Wohnung wird unrenoviert übergeben. Schönheitsreparaturen "
                  "obliegen dem Vermieter.\n\n", i=par()),
        lambda: F("§ {i} Erklärungen\nErklärungen können auch per E-Mail abgegeben werden: Vermieter {e1}, "
                  "Mieter {e2}.\n\n", i=par(), e1=g.email(vm), e2=g.email(mt)),
        lambda: F("§ {i} Tierhaltung\nDie Haltung von Kleintieren ist gestattet; Hunde und Katzen nur mit Zustimmung "
                  "des Vermieters.\n\n", i=par()),
        lambda: F("§ {i} Mitbewohner\nMit dem Mieter zieht {n}, geb. {dob}, ein.\n\n", i=par(),
                  n=g.name(mb := g.person(), "fl"), dob=g.dob(style="num", p=mb)),
        lambda: F("§ {i} Betriebskosten\nNeben der Miete sind monatliche Vorauszahlungen auf die Betriebskosten in Höhe "
                  "von {amt} zu leisten.\n\n", i=par(), amt=g.amount(lo=80, hi=400)),
        lambda: F("§ {i} Erreichbarkeit\nDer Mieter ist unter {ph} erreichbar.\n\n", i=par(), ph=g.pphone(mt)),
        rep(lambda: F("§ {i} Weitere Mieter\nAls weitere Mietpartei tritt {n}, geb. {dob}, Tel. {ph}, dem Vertrag "
                      "bei.\n\n", i=par(), n=g.name(x := g.person(), "fl"), dob=g.dob(style="num", p=x), ph=g.phone())),
    ]
    tail = F("{city}, den {d}\n\n____________________        ____________________\n{vm}                 {mt}\n",
             city=g.ch(CITIES["de_DE"]), d=g.ndate(), vm=g.name(vm, "fl"), mt=g.name(mt, "fl"))
    return head, Blocks(g, blocks), tail


@t4("t4.de.protokoll", DE)
def t4_de_prot(g):
    r, u, k = g.person(gender="f"), g.person(), g.person()
    head = F("Protokoll der öffentlichen Sitzung\n{court}\nGeschäftsnummer: {az}\n{d}\n\nGegenwärtig:\n"
             "Richterin am Amtsgericht {r} als Vorsitzende\nJustizbeschäftigte {u} als Urkundsbeamtin der "
             "Geschäftsstelle\n\nIn dem Rechtsstreit\n{k} ./. {co}\n\nerscheinen bei Aufruf der Sache die Klägerseite "
             "mit Rechtsanwalt {ra} sowie für die Beklagte niemand.\n\n",
             court=g.title_neg("court"), az=g.docket(), d=g.ndate(style="long"), r=g.name(r, "fl"), u=g.name(u, "fl"),
             k=g.name(k, "fl"), co=company(g), ra=g.name(g.person(gender="m"), "fl"))
    blocks = [
        rep(lambda: F("Der Zeuge {z} wurde zur Wahrheit ermahnt. Zur Person: geb. {dob}, {b}, wohnhaft {addr}.\n"
                      "Zur Sache: {s}\n\n",
                      z=g.name(g.person(gender="m"), "fl"), dob=g.dob(style="num"),
                      b=g.ch(["Elektriker", "Rentner", "Lehrer", "Hausmeister"]), addr=g.addr_inline(g.address()),
                      s=g.ch(["Ich kenne die Klägerin seit vielen Jahren.", "Ich war bei der Wohnungsübergabe dabei.",
                              "Ich habe den Wasserschaden selbst gesehen."])), 2),
        lambda: F("F: Wie haben Sie die Beklagte kontaktiert?\nA: Ich habe an {e} geschrieben und später unter "
                  "{ph} angerufen.\n\n", e=g.email(g.person()), ph=g.phone()),
        lambda: F("Nach Vorlage der Anlage K{n} erklärt der Zeuge: Das ist mein Schreiben vom {d}.\n\n",
                  n=str(g.ri(1, 30)), d=g.ndate(style="num")),
        lambda: R("Die Sach- und Rechtslage wurde mit den Erschienenen erörtert. Eine gütliche Einigung kam nicht "
                  "zustande.\n\n"),
        lambda: F("Die Klägerin erklärt: Meine Anschrift hat sich geändert, ich wohne jetzt {addr}. Telefonisch bin "
                  "ich unter {ph} erreichbar.\n\n", addr=g.addr_inline(g.address()), ph=g.pphone(k)),
        lambda: R("Der Zeuge wurde im allseitigen Einverständnis unvereidigt entlassen.\n\n"),
        lambda: F("Der Klägervertreter stellt den Antrag aus der Klageschrift vom {d}.\n\n", d=g.ndate(style="num")),
        lambda: F("Die Zeugin {n} ist trotz ordnungsgemäßer Ladung nicht erschienen.\n\n",
                  n=g.name(g.person(gender="f"), "fl")),
        lambda: R("Beschlossen und verkündet: Eine Entscheidung wird am Ende der Sitzung verkündet.\n\n"),
        rep(lambda: F("Die Zeugin {n}, geb. {dob}, wohnhaft {addr}, erklärt: Ich habe die Schlüssel am {d} "
                      "übergeben.\n\n", n=g.name(x := g.person(gender="f"), "fl"), dob=g.dob(style="num", p=x),
                      addr=g.addr_inline(g.address()), d=g.ndate(style="num"))),
    ]
    tail = F("Vorgelesen und genehmigt.\n\n{r}\nVorsitzende\n", r=g.name(r, "fl"))
    return head, Blocks(g, blocks), tail


# ---------------------------------------------------------------------------------------- French
@t4("t4.fr.jugement", FR)
def t4_fr_jug(g):
    dm, av, pr, gr = g.person(), g.person(), g.person(), g.person()
    a = g.address()
    civ = "Madame" if dm.gender == "f" else "Monsieur"
    head = F("{court}\n\nJUGEMENT DU {d}\n\nN° RG {rg}\n\nDEMANDEUR :\n{civ} {dm}, {ne} le {dob}, demeurant {addr}\n"
             "représenté{e} par Maître {av}, avocat au barreau de {city}\n\nDÉFENDEUR :\n{co}\n\n"
             "COMPOSITION DU TRIBUNAL\nPrésident : {pr}\nGreffier : {gr}\n\nEXPOSÉ DU LITIGE\n\n",
             court=g.title_neg("court"), d=g.ndate(style="long"), rg=g.docket(), civ=civ, dm=g.name(dm, "fL"),
             ne="née" if dm.gender == "f" else "né", dob=g.dob(style="num", p=dm), addr=g.addr_inline(a),
             e="e" if dm.gender == "f" else "", av=g.name(av, "fl"), city=g.ch(CITIES["fr_FR"]), co=company(g),
             pr=g.name(pr, "fl"), gr=g.name(gr, "fl"))
    blocks = [
        lambda: F("Par acte du {d}, {civ} {l} a fait assigner la société défenderesse en paiement de la somme de "
                  "{amt}.\n\n", d=g.ndate(style="long"), civ=civ, l=g.name(dm, "l"), amt=g.amount(lo=500, hi=30000)),
        rep(lambda: F("Le témoin {t}, demeurant {addr}, atteste avoir constaté les désordres le {d}.\n\n",
                      t=g.name(g.person(), "fl"), addr=g.addr_inline(g.address()), d=g.ndate(style="long")), 2),
        lambda: F("Les versements ont été effectués depuis le compte {iban} ouvert au nom du demandeur.\n\n",
                  iban=g.iban("FR")),
        lambda: F("Le demandeur justifie avoir adressé plusieurs courriels, depuis l'adresse {e}, restés sans "
                  "réponse, ainsi que des appels au {ph}.\n\n", e=g.email(dm), ph=g.pphone(dm)),
        lambda: R("MOTIFS DE LA DÉCISION\n\nEn application de l'article 1231-1 du code civil, le débiteur est condamné, "
                  "s'il y a lieu, au paiement de dommages et intérêts à raison de l'inexécution de l'obligation.\n\n"),
        lambda: R("Régulièrement assignée, la société défenderesse n'a pas constitué avocat. Le jugement sera réputé "
                  "contradictoire.\n\n"),
        lambda: F("L'expert judiciaire, {n}, a déposé son rapport le {d}.\n\n", n=g.name(g.person(), "fL"),
                  d=g.ndate(style="long")),
        lambda: R("Sur les frais irrépétibles : il serait inéquitable de laisser à la charge du demandeur les frais "
                  "exposés et non compris dans les dépens.\n\n"),
        rep(lambda: F("Une attestation de {n}, {ne} le {dob}, est versée aux débats.\n\n",
                      n=g.name(x := g.person(), "fL"), ne="née" if x.gender == "f" else "né", dob=g.dob(style="num", p=x))),
    ]
    tail = F("PAR CES MOTIFS, le tribunal condamne la défenderesse aux dépens.\n\nLe greffier, {gr}        "
             "Le président, {pr}\n", gr=g.name(gr, "fl"), pr=g.name(pr, "fl"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.fr.acte_notarie", FR)
def t4_fr_acte(g):
    nt, ve, ac = g.person(), g.person(), g.person()
    city = g.ch(CITIES["fr_FR"])
    bien = g.address()
    head = F("L'AN DEUX MILLE VINGT-{an},\nLE {d}\n\nPar-devant Maître {nt}, notaire à {city}, soussigné{e},\n\n"
             "ONT COMPARU :\n\nLE VENDEUR : {ve}, {nev} le {dv} à {lv}, demeurant {av}.\n\n"
             "L'ACQUÉREUR : {ac}, {nea} le {da} à {la}, demeurant {aa}.\n\n",
             an=g.ch(["TROIS", "QUATRE", "CINQ"]), d=g.ndate(style="long"), nt=g.name(nt, "fl"), city=city,
             e="e" if nt.gender == "f" else "", ve=g.name(ve, "fL"), nev="née" if ve.gender == "f" else "né",
             dv=g.dob(style="long", p=ve), lv=IGN(g.fk["fr_FR"].city()), av=g.addr_inline(g.address()),
             ac=g.name(ac, "fL"), nea="née" if ac.gender == "f" else "né", da=g.dob(style="long", p=ac),
             la=IGN(g.fk["fr_FR"].city()), aa=g.addr_inline(g.address()))
    blocks = [
        lambda: F("DÉSIGNATION\nUn appartement situé {st}, {t}, au troisième étage, comprenant trois pièces "
                  "principales.\n\n", st=g.street(bien), t=IGN(bien["tail"])),
        lambda: F("PRIX\nLa vente est consentie moyennant le prix de {amt}, payé ce jour par virement depuis le compte "
                  "{iban}.\n\n", amt=g.amount(lo=90000, hi=800000), iban=g.iban("FR")),
        lambda: R("ÉLECTION DE DOMICILE\nPour l'exécution des présentes, les parties font élection de domicile en "
                  "l'office notarial.\n\n"),
        lambda: F("ÉTAT CIVIL\nL'acquéreur déclare être marié{e} à {c}, né{e2} le {dob}, sous le régime de la "
                  "communauté légale.\n\n", e="e" if ac.gender == "f" else "", c=g.name(g.person(), "fL"),
                  e2=g.ch(["", "e"]), dob=g.dob(style="long")),
        lambda: F("CORRESPONDANCE\nToute correspondance sera adressée à l'acquéreur par courriel ({e}) ou par "
                  "téléphone au {ph}.\n\n", e=g.email(ac), ph=g.pphone(ac)),
        lambda: R("ORIGINE DE PROPRIÉTÉ\nLe bien appartient au vendeur pour l'avoir acquis aux termes d'un acte reçu "
                  "par le prédécesseur du notaire soussigné.\n\n"),
        lambda: R("DIAGNOSTICS\nLe dossier de diagnostic technique a été remis à l'acquéreur, qui déclare en avoir pris "
                  "connaissance.\n\n"),
        lambda: F("OCCUPATION\nLe bien est actuellement loué à {n} suivant bail du {d}.\n\n",
                  n=g.name(g.person(), "fL"), d=g.ndate(style="long")),
        rep(lambda: F("INTERVENTION\nEst intervenu{e} aux présentes {n}, {ne} le {dob}, demeurant {addr}.\n\n",
                      n=g.name(x := g.person(), "fL"), e="e" if x.gender == "f" else "",
                      ne="née" if x.gender == "f" else "né", dob=g.dob(style="long", p=x), addr=g.addr_inline(g.address()))),
    ]
    tail = F("DONT ACTE sur {n} pages.\nFait et passé à {city}, en l'office notarial, le {d}.\n",
             n=str(g.ri(6, 40)), city=city, d=g.ndate(style="long"))
    return head, Blocks(g, blocks), tail


@t4("t4.fr.bail", FR)
def t4_fr_bail(g):
    b, l_ = g.person(), g.person()
    logement = g.address()
    head = F("CONTRAT DE LOCATION (logement nu)\n\nI. DÉSIGNATION DES PARTIES\nLe bailleur : {b}, demeurant {ab}, "
             "courriel {eb}\nLe locataire : {l}, {ne} le {dob}, téléphone {ph}\n\n",
             b=g.name(b, "fL"), ab=g.addr_inline(g.address()), eb=g.email(b), l=g.name(l_, "fL"),
             ne="née" if l_.gender == "f" else "né", dob=g.dob(style="num", p=l_), ph=g.pphone(l_))
    blocks = [
        lambda: F("II. OBJET DU CONTRAT\nLocalisation du logement : {st}, {t}. Type d'habitat : immeuble collectif.\n\n",
                  st=g.street(logement), t=IGN(logement["tail"])),
        lambda: F("III. DATE DE PRISE D'EFFET ET DURÉE\nLe contrat prend effet le {d} pour une durée de trois ans.\n\n",
                  d=g.ndate(style="long")),
        lambda: F("IV. CONDITIONS FINANCIÈRES\nLe loyer mensuel est fixé à {amt}, payable par prélèvement sur le compte "
                  "{iban}.\n\n", amt=g.amount(lo=450, hi=2500), iban=g.iban("FR")),
        lambda: F("V. GARANTIE\nSe porte caution solidaire : {c}, {ne} le {dob}, demeurant {addr}.\n\n",
                  c=g.name(cp := g.person(), "fL"), ne="née" if cp.gender == "f" else "né", dob=g.dob(style="num", p=cp),
                  addr=g.addr_inline(g.address())),
        lambda: R("VI. CLAUSE RÉSOLUTOIRE\nLe bail sera résilié de plein droit en cas de défaut de paiement du loyer, "
                  "deux mois après un commandement de payer demeuré infructueux.\n\n"),
        lambda: R("VII. TRAVAUX\nLe locataire ne peut transformer les locaux sans l'accord écrit du bailleur.\n\n"),
        lambda: F("VIII. CONTACT EN CAS D'URGENCE\nGardien de l'immeuble : {n}, {ph}.\n\n",
                  n=g.name(g.person(), "fl"), ph=g.phone()),
        lambda: R("IX. ANNEXES\nSont annexés au présent contrat : l'état des lieux, le dossier de diagnostic technique "
                  "et la notice d'information.\n\n"),
        rep(lambda: F("OCCUPANT\nVivra également dans le logement : {n}, {ne} le {dob}.\n\n",
                      n=g.name(x := g.person(), "fL"), ne="née" if x.gender == "f" else "né", dob=g.dob(style="num", p=x))),
    ]
    tail = F("Fait à {city}, le {d}, en deux exemplaires originaux.\n", city=g.ch(CITIES["fr_FR"]), d=g.ndate())
    return head, Blocks(g, blocks), tail


@t4("t4.fr.entretien", FR)
def t4_fr_ent(g):
    enq, resp, part = g.person(gender="f"), g.person(), g.person()
    code = f"E{g.ri(1, 40):02d}"
    head = F("Entretien n° {n} – projet « {org} »\nDate : {d}\nEnquêtrice : {enq}\nParticipant : {code} (table de "
             "correspondance conservée par {resp}, {e})\n\n",
             n=str(g.ri(1, 60)), org=g.title_neg("org"), d=g.ndate(), enq=g.name(enq, "fl"), code=code,
             resp=g.name(resp, "fl"), e=g.email(resp))
    blocks = [
        lambda: F("ENQ : Comment avez-vous connu la permanence juridique ?\n{c} : Par une voisine, {n}. Elle m'a donné le "
                  "numéro et j'ai appelé depuis mon portable, le {ph}.\n\n", c=code, n=g.name(g.person(gender="f"), "fl"),
                  ph=g.pphone(part)),
        lambda: F("ENQ : Où habitiez-vous à ce moment-là ?\n{c} : {st}, au rez-de-chaussée. Il y avait de "
                  "l'humidité partout.\n\n", c=code, st=g.street(g.address())),
        lambda: F("ENQ : Quelqu'un vous a-t-il aidé pour le dossier ?\n{c} : Oui, la juriste, {n}. Elle m'envoyait tout "
                  "sur {e}.\n\n", c=code, n=g.name(g.person(gender="f"), "fl"), e=g.email(part)),
        lambda: F("ENQ : Et l'audience ?\n{c} : [rires] Longue. Je n'étais jamais allé au tribunal. Le juge a été "
                  "patient.\n\n", c=code),
        lambda: F("ENQ : Que faudrait-il changer ?\n{c} : Informer les gens plus tôt de leurs droits. Je l'ai appris "
                  "par hasard.\n\n", c=code),
        lambda: F("ENQ : Et le propriétaire ?\n{c} : C'était l'agence, un certain {n}. Il m'appelait du {ph}, même le "
                  "dimanche. [inaudible]\n\n", c=code, n=g.name(g.person(gender="m"), "fl"), ph=g.phone()),
        lambda: F("ENQ : Où en êtes-vous aujourd'hui ?\n{c} : On a déménagé {st}, les enfants sont contents.\n\n",
                  c=code, st=F("au {s}", s=g.street(g.address()))),
        lambda: F("ENQ : Avez-vous reçu une aide financière ?\n{c} : Une petite aide versée sur mon compte, {iban}. "
                  "Ça a payé le camion.\n\n", c=code, iban=g.iban("FR")),
        rep(lambda: F("ENQ : Vous avez parlé de {n}, qui est-ce ?\n{c} : {rel} Son numéro, c'est le {ph}.\n\n",
                      n=g.name(g.person(), "fl"), c=code,
                      rel=g.ch(["Ma cousine, elle est venue à l'audience avec moi.", "Un ami de l'association de locataires.",
                                "L'assistante sociale de la mairie."]), ph=g.phone())),
    ]
    tail = F("[Fin de l'enregistrement – {t}]\n", t=g.ts("space"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


# ---------------------------------------------------------------------------------------- Russian
@t4("t4.ru.reshenie", RU)
def t4_ru_resh(g):
    ist, sud, sek = g.person(gender="f"), g.person(), g.person()
    a = g.address()
    head = F("РЕШЕНИЕ\nИменем Российской Федерации\n\n{d} года {court} в составе председательствующего судьи {s}, "
             "при секретаре {sk}, рассмотрев в открытом судебном заседании гражданское дело № {delo} (истец – {ist}, "
             "ответчик – {co}) о защите прав потребителей,\n\nУСТАНОВИЛ:\n\n",
             d=g.ndate(style="long"), court=g.title_neg("court"), s=g.name(sud, "f_io"), sk=g.name(sek, "f_io"),
             delo=g.docket(), ist=g.name(ist, "fio"), co=company(g))
    blocks = [
        lambda: F("{ist}, {dob} г.р., зарегистрированная по адресу: {addr}, обратилась в суд с иском, указав, что "
                  "{d} заключила с ответчиком договор.\n\n", ist=g.name(ist, "fio"), dob=g.dob(style="num", p=ist),
                  addr=g.addr_inline(a), d=g.ndate(style="num")),
        lambda: F("Личность истца установлена по паспорту {pas}.\n\n", pas=g.ru_passport()),
        rep(lambda: F("Допрошенный в качестве свидетеля {w} пояснил, что неоднократно звонил ответчику с номера {ph}.\n\n",
                      w=g.name(g.person(gender="m"), "fio"), ph=g.phone()), 2),
        lambda: F("Представитель ответчика по доверенности {p} исковые требования не признал.\n\n",
                  p=g.name(g.person(gender="m"), "f_io")),
        lambda: R("Согласно статье 309 Гражданского кодекса Российской Федерации обязательства должны исполняться "
                  "надлежащим образом в соответствии с условиями обязательства и требованиями закона.\n\n"),
        lambda: F("Претензия истца направлена ответчику {d} по электронной почте с адреса {e}.\n\n",
                  d=g.ndate(style="num"), e=g.email(ist)),
        lambda: R("Суд, выслушав участников процесса, исследовав письменные материалы дела, приходит к следующему.\n\n"),
        lambda: F("Истец просила направлять извещения по телефону {ph}.\n\n", ph=g.pphone(ist)),
        lambda: R("В силу статьи 56 ГПК РФ каждая сторона должна доказать те обстоятельства, на которые она ссылается "
                  "как на основания своих требований и возражений.\n\n"),
        lambda: F("Денежные средства в размере {amt} перечислены истцом с банковской карты {card}.\n\n",
                  amt=g.amount(lo=10000, hi=500000), card=g.card("mir")),
        rep(lambda: F("Третье лицо {n}, {dob} г.р., в судебное заседание не явилось, извещено по адресу: {addr}.\n\n",
                      n=g.name(x := g.person(), "fio"), dob=g.dob(style="num", p=x), addr=g.addr_inline(g.address()))),
    ]
    tail = F("РЕШИЛ:\n\nИсковые требования истца ({ist}) удовлетворить частично.\n\nСудья {s}\n",
             ist=g.name(ist, "f_i_o"), s=g.name(sud, "f_io"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.ru.dogovor_kupli", RU)
def t4_ru_kupli(g):
    pr, pk, nt = g.person(gender="m"), g.person(gender="f"), g.person()
    kv = g.address()
    city = g.ch(CITIES["ru_RU"])
    par = counter()
    head = F("ДОГОВОР купли-продажи квартиры\n\nгород {city}, {d} года\n\nМы, {pr}, {dpr} года рождения, паспорт {ppr}, "
             "именуемый в дальнейшем «Продавец», и {pk}, {dpk} года рождения, паспорт {ppk}, именуемая в дальнейшем "
             "«Покупатель», заключили настоящий договор о нижеследующем:\n\n",
             city=city, d=g.ndate(style="long"), pr=g.name(pr, "fio"), dpr=g.dob(style="long", p=pr), ppr=g.ru_passport(),
             pk=g.name(pk, "fio"), dpk=g.dob(style="long", p=pk), ppk=g.ru_passport())
    blocks = [
        lambda: F("{i}. Продавец продал, а Покупатель купил квартиру, расположенную по адресу: {addr}.\n\n",
                  i=par(), addr=g.addr_inline(kv)),
        lambda: F("{i}. Цена квартиры составляет {amt}. Расчёт производится путём перечисления денежных средств "
                  "Продавцу, ИНН {inn}.\n\n", i=par(), amt=g.amount(lo=2000000, hi=20000000), inn=g.inn()),
        lambda: F("{i}. СНИЛС Продавца: {s}; СНИЛС Покупателя: {s2}.\n\n", i=par(), s=g.snils(), s2=g.snils()),
        lambda: F("{i}. В квартире зарегистрирован {n}, {dob} года рождения, который обязуется сняться с "
                  "регистрационного учёта до {d}.\n\n", i=par(), n=g.name(g.person(gender="m"), "fio"),
                  dob=g.dob(style="num"), d=g.ndate(style="num")),
        lambda: F("{i}. Стороны подтверждают, что не лишены дееспособности и не страдают заболеваниями, препятствующими "
                  "осознать суть договора.\n\n", i=par()),
        lambda: F("{i}. Передача квартиры осуществляется по передаточному акту в течение пяти дней после "
                  "государственной регистрации перехода права собственности.\n\n", i=par()),
        lambda: F("{i}. Уведомления направляются Покупателю по телефону {ph} или на электронную почту {e}.\n\n",
                  i=par(), ph=g.pphone(pk), e=g.email(pk)),
        lambda: F("{i}. Расходы по государственной регистрации несёт Покупатель.\n\n", i=par()),
        rep(lambda: F("{i}. Согласие супруга(и) на совершение сделки получено и удостоверено нотариально: {n}, {dob} года "
                      "рождения.\n\n", i=par(), n=g.name(x := g.person(), "fio"), dob=g.dob(style="long", p=x))),
    ]
    tail = F("Настоящий договор удостоверен {d} нотариусом города {city} (нотариус – {nt}).\nЗарегистрировано в реестре: № {r}.\n"
             "Взыскано государственной пошлины (по тарифу): {amt}.\n",
             d=g.ndate(style="num"), city=city, nt=g.name(nt, "fio"),
             r=NEG("NEG_ORDER_ID", f"{g.ri(50, 78)}/{g.ri(10, 999)}-н/{g.ri(50, 78)}-{g.ri(2021, 2025)}-{g.ri(1, 9)}-{g.ri(100, 999)}"),
             amt=g.amount(lo=500, hi=30000))
    return head, Blocks(g, blocks), tail


@t4("t4.ru.protokol", RU)
def t4_ru_prot(g):
    s, sk, ist = g.person(), g.person(), g.person()
    head = F("ПРОТОКОЛ судебного заседания\n\n{d}, {city}\n\n{court} в составе председательствующего судьи {s}, при "
             "секретаре {sk}, рассмотрев в открытом судебном заседании дело № {delo},\n\n",
             d=g.ndate(style="long"), city=IGN("г. " + g.ch(CITIES["ru_RU"])), court=g.title_neg("court"),
             s=g.name(s, "f_io"), sk=g.name(sk, "f_io"), delo=g.docket())
    blocks = [
        lambda: F("Председательствующий устанавливает личность явившихся: истец {ist}, {dob} года рождения, паспорт "
                  "{pas}, проживает по адресу: {addr}.\n\n", ist=g.name(ist, "fio"), dob=g.dob(style="num", p=ist),
                  pas=g.ru_passport(), addr=g.addr_inline(g.address())),
        rep(lambda: F("Вопрос истца свидетелю: С какого номера вам звонили?\nОтвет свидетеля ({w}): С номера {ph}, я его "
                      "сохранил(а).\n\n", w=g.name(g.person(), "f_io"), ph=g.phone()), 2),
        lambda: R("Суд, совещаясь на месте, определил: ходатайство удовлетворить, приобщить документы к материалам "
                  "дела.\n\n"),
        lambda: F("Истец поясняет: претензию я направил(а) на адрес {e} и продублировал(а) почтой {d}.\n\n",
                  e=g.email(g.person()), d=g.ndate(style="num")),
        lambda: F("Представитель ответчика {p} ходатайствует об отложении заседания.\n\n", p=g.name(g.person(), "io_f")),
        lambda: R("Лицам, участвующим в деле, разъяснены их процессуальные права и обязанности, предусмотренные "
                  "статьями 35, 39 ГПК РФ.\n\n"),
        lambda: F("Отводов составу суда не заявлено. Свидетель {w} удалён из зала судебного заседания.\n\n",
                  w=g.name(g.person(gender="m"), "fio")),
        lambda: F("Истец просит вызывать его по телефону {ph}.\n\n", ph=g.pphone(ist)),
        lambda: R("Суд переходит к исследованию письменных материалов дела.\n\n"),
        rep(lambda: F("В зал приглашается свидетель {n}, {dob} года рождения, проживающий(ая) по адресу: {addr}.\n\n",
                      n=g.name(x := g.person(), "fio"), dob=g.dob(style="num", p=x), addr=g.addr_inline(g.address()))),
    ]
    tail = F("Протокол изготовлен {d}.\n\nПредседательствующий {s}\nСекретарь {sk}\n",
             d=g.ndate(style="num"), s=g.name(s, "f_io"), sk=g.name(sk, "f_io"))
    return head, Blocks(g, blocks[1:], first=blocks[:1]), tail


@t4("t4.ru.dogovor_naima", RU)
def t4_ru_naim(g):
    nd, nn = g.person(gender="m"), g.person(gender="f")
    kv = g.address()
    par = counter()
    head = F("ДОГОВОР НАЙМА ЖИЛОГО ПОМЕЩЕНИЯ № {n}\n\n{city}, {d}\n\n{nd}, паспорт {pas}, СНИЛС {snils}, именуемый "
             "«Наймодатель», с одной стороны, и {nn}, {dob} г.р., именуемая «Наниматель», с другой стороны, "
             "заключили настоящий договор:\n\n",
             n=g.num(1, 999), city=IGN("г. " + g.ch(CITIES["ru_RU"])), d=g.ndate(style="num"), nd=g.name(nd, "fio"),
             pas=g.ru_passport(), snils=g.snils(), nn=g.name(nn, "fio"), dob=g.dob(style="num", p=nn))
    blocks = [
        lambda: F("{i}. ПРЕДМЕТ ДОГОВОРА\nНаймодатель предоставляет Нанимателю квартиру по адресу: {addr} для "
                  "проживания.\n\n", i=par(), addr=g.addr_inline(kv)),
        lambda: F("{i}. ПЛАТА\nПлата составляет {amt} в месяц и перечисляется на карту Наймодателя {card}.\n\n",
                  i=par(), amt=g.amount(lo=15000, hi=150000), card=g.card("mir")),
        lambda: F("{i}. Совместно с Нанимателем проживает {n}, {dob} г.р.\n\n", i=par(),
                  n=g.name(g.person(), "fio"), dob=g.dob(style="num")),
        lambda: F("{i}. КОНТАКТЫ\nНаниматель: тел. {ph}, e-mail {e}.\n\n", i=par(), ph=g.pphone(nn), e=g.email(nn)),
        lambda: F("{i}. ОТВЕТСТВЕННОСТЬ\nСтороны несут ответственность в соответствии с законодательством "
                  "Российской Федерации.\n\n", i=par()),
        lambda: F("{i}. СРОК\nДоговор заключён на одиннадцать месяцев с возможностью продления.\n\n", i=par()),
        lambda: F("{i}. ОБЯЗАННОСТИ НАНИМАТЕЛЯ\nСодержать помещение в надлежащем состоянии и своевременно вносить "
                  "плату.\n\n", i=par()),
        lambda: F("{i}. РЕКВИЗИТЫ НАЙМОДАТЕЛЯ\nИНН {inn}, тел. {ph}.\n\n", i=par(), inn=g.inn(), ph=g.pphone(nd)),
        rep(lambda: F("{i}. Вместе с Нанимателем вселяется {n}, {dob} г.р., тел. {ph}.\n\n", i=par(),
                      n=g.name(x := g.person(), "fio"), dob=g.dob(style="num", p=x), ph=g.phone())),
    ]
    tail = F("Подписи сторон:\n______ / {a} /        ______ / {b} /\n", a=g.name(nd, "f_io"), b=g.name(nn, "f_io"))
    return head, Blocks(g, blocks), tail


# register text4k + long64k wrappers
def _mk_t4(fn):
    def run(g):
        h, b, t = fn(g)
        return fit_text(g, h, b, t)
    return run


for _tid, _locs, _fn in T4PARTS:
    tpl("text4k", _tid, _locs)(_mk_t4(_fn))

PAGE_WORD = {"en": "Page", "de": "Seite", "fr": "Page", "ru": "Страница"}
BUNDLE_TITLE = {"en": "CASE BUNDLE - INDEXED COPY", "de": "GERICHTSAKTE - ELEKTRONISCHE ZWEITSCHRIFT",
                "fr": "DOSSIER DE PROCÉDURE - COPIE NUMÉRISÉE", "ru": "МАТЕРИАЛЫ ДЕЛА - ЭЛЕКТРОННАЯ КОПИЯ"}


def _mk_l64(lang):
    def run(g):
        parts = [fn for tid, locs, fn in T4PARTS if g.loc in locs]
        out = F("{t}\n{ref} / {h}\n\n", t=BUNDLE_TITLE[lang], ref=g.docket(), h=g.hash("sha256"))
        page = 1
        while len(out) < L64_LO:
            h, b, t = g.ch(parts)(g)
            sec = h
            for _ in range(g.ri(4, 9)):
                x = b()
                if x is None:
                    break
                sec = sec + x
            sec = sec + t
            out = out + F("\n\n- {pw} {n} -\n\n", pw=PAGE_WORD[lang], n=str(page)) + sec
            page += 1
        return out
    return run


for _lang, _locs in (("en", EN), ("de", DE), ("fr", FR), ("ru", RU)):
    tpl("long64k", f"l64.{_lang}.case_bundle", _locs)(_mk_l64(_lang))


# ================================================================================================
# OBFUSCATED templates
# ================================================================================================
def obf_apply(g, ents, kmax=2):
    keys = []
    for k, v in ents.items():
        if isinstance(v, R) and len(v.p) == 1 and v.p[0][1] and v.p[0][1]["k"] == "E":
            if obf_kinds_for(v.p[0][1]["type"], v.p[0][0]):
                keys.append(k)
    n = min(len(keys), g.ri(1, kmax))
    done = 0
    for k in g.r.sample(keys, len(keys)):
        if done >= n:
            break
        (t, a, _), = ents[k].p
        kinds = obf_kinds_for(a["type"], t)
        m = min(g.obf_usage.get(x, 0) for x in kinds)
        kind = g.ch([x for x in kinds if g.obf_usage.get(x, 0) == m])
        new = obf_ent(g, ents[k], kind)
        if new is None:
            continue
        ents[k] = new
        g.obf_usage[kind] = g.obf_usage.get(kind, 0) + 1
        done += 1
    if done == 0:
        raise AssertionError("no obfuscation applied")
    return ents


def obf_doc(g, fmt, **ents):
    return F(fmt, **obf_apply(g, ents))


@tpl("obfuscated", "obf.en.contact", EN)
def o_en_contact(g):
    p = g.person()
    return obf_doc(g, "Sure! The claimant's solicitor is {n}; you can reach them at {e} or on {ph}. Our reference is {ref}.",
                   n=g.name(p, "fl"), e=g.email(p), ph=g.phone(), ref=g.docket())


@tpl("obfuscated", "obf.en.sar_login", EN)
def o_en_login(g):
    return obf_doc(g, "A sign-in from {ip} at {t} was flagged as unusual. The card on file, {c}, has been frozen until "
                      "you confirm the activity.", ip=g.ipv4(), t=g.ts("z"), c=g.card())


@tpl("obfuscated", "obf.en.us_intake", US)
def o_en_intake(g):
    p = g.person()
    return obf_doc(g, "Client {n}, SSN {ssn}, DOB {dob} - callback number {ph}. Intake {id}, opened {d}.",
                   n=g.name(p), ssn=g.ssn(), dob=g.dob(), ph=g.phone(), id=g.order_id("intake"), d=g.ndate())


@tpl("obfuscated", "obf.en.donor_bank", EN)
def o_en_donor(g):
    p = g.person()
    return obf_doc(g, "Donor {n} updated their bank details to {iban}; a confirmation was sent to {e} (donor {id}).",
                   n=g.name(p, "fl"), iban=g.iban(), e=g.email(p), id=g.order_id("donor"))


@tpl("obfuscated", "obf.en.leaked_token", EN)
def o_en_token(g):
    p = g.person()
    return obf_doc(g, "The nightly survey export failed because the API token {k} was revoked. I've notified {e}; "
                      "the failing job id is {u}.", k=g.secret(), e=g.email(p), u=g.uuid())


@tpl("obfuscated", "obf.en.gb_nhs", GB)
def o_en_nhs(g):
    p = g.person()
    return obf_doc(g, "Participant {n}, NHS number {nhs}, date of birth {dob}, mobile {ph} (trial {id}).",
                   n=g.name(p, "fl"), nhs=g.mrn("nhs", "en_GB"), dob=g.dob(), ph=g.phone(), id=g.order_id("eudract"))


@tpl("obfuscated", "obf.de.zeugin", DE)
def o_de_zeugin(g):
    p = g.person(gender="f")
    return obf_doc(g, "Die Zeugin {n} ist unter {ph} bzw. {e} erreichbar; die Entschädigung bitte auf {iban} überweisen. "
                      "Az. {az}.", n=g.name(p, "fl"), ph=g.phone(), e=g.email(p), iban=g.iban(), az=g.docket())


@tpl("obfuscated", "obf.de.login", DE)
def o_de_login(g):
    return obf_doc(g, "Anmeldung von {ip} am {t} erkannt. Laut Akte lautet das Geburtsdatum {dob}, Patienten-ID {mrn}.",
                   ip=g.ipv4(), t=g.ts("space"), dob=g.dob(style="num"), mrn=g.mrn())


@tpl("obfuscated", "obf.de.spende", DE)
def o_de_spende(g):
    p = g.person()
    return obf_doc(g, "Die Spende von {n} ({e}) über {amt} wurde mit der Karte {c} bezahlt.",
                   n=g.name(p, "fl"), e=g.email(p), amt=g.amount(lo=5, hi=500), c=g.card())


@tpl("obfuscated", "obf.fr.contact", FR)
def o_fr_contact(g):
    p = g.person()
    return obf_doc(g, "Maître {n} est joignable au {ph} ou à l'adresse {e} (dossier RG {rg}).",
                   n=g.name(p, "fl"), ph=g.phone(), e=g.email(p), rg=g.docket())


@tpl("obfuscated", "obf.fr.rib", FR)
def o_fr_rib(g):
    p = g.person()
    return obf_doc(g, "Nouveau RIB de {n} : {iban}. Dernière connexion depuis {ip} le {t}.",
                   n=g.name(p, "fL"), iban=g.iban(), ip=g.ipv4(), t=g.ts("off"))


@tpl("obfuscated", "obf.fr.patient", FR)
def o_fr_patient(g):
    p = g.person()
    return obf_doc(g, "Patient(e) {n}, IPP {mrn}, né(e) le {dob}, téléphone {ph}.",
                   n=g.name(p, "LF"), mrn=g.mrn(), dob=g.dob(style="num"), ph=g.phone())


@tpl("obfuscated", "obf.ru.pasport", RU)
def o_ru_pas(g):
    p = g.person()
    return obf_doc(g, "{n}: паспорт {pas}, СНИЛС {s}, ИНН {inn}; дело № {d}.",
                   n=g.name(p, "fio"), pas=g.ru_passport(), s=g.snils(), inn=g.inn(), d=g.docket())


@tpl("obfuscated", "obf.ru.contact", RU)
def o_ru_contact(g):
    p = g.person()
    return obf_doc(g, "Контактное лицо: {n}, телефон {ph}, почта {e}. Последний вход выполнен с IP {ip}.",
                   n=g.name(p, g.ch(["fio", "fl", "io"])), ph=g.phone(), e=g.email(p), ip=g.ipv4())


@tpl("obfuscated", "obf.ru.karta", RU)
def o_ru_karta(g):
    p = g.person()
    return obf_doc(g, "Пожертвование на сумму {amt}; жертвователь – {n}, карта {c}, время операции {t}.",
                   amt=g.amount(lo=100, hi=50000), n=g.name(p, "fl"), c=g.card(), t=g.ts("space"))


# ================================================================================================
# driver
# ================================================================================================
def chunk_text(g, text):
    out, i = [], 0
    while i < len(text):
        n = g.ri(1, 16)
        out.append(text[i:i + n])
        i += n
    return out


def locale_plan(g, n):
    """exact locale proportions per shape (largest remainder), shuffled"""
    raw = [n * w / sum(LOCALE_W) for w in LOCALE_W]
    base = [int(x) for x in raw]
    order = sorted(range(len(LOCALES)), key=lambda i: (-(raw[i] - base[i]), g.r.random()))
    for i in order[:n - sum(base)]:
        base[i] += 1
    plan = [LOCALES[i] for i in range(len(LOCALES)) for _ in range(base[i])]
    g.r.shuffle(plan)
    return plan


def make_doc(g, shape, doc_id, usage, loc, base=None):
    tshape = base or shape
    cands = [(tid, fn) for tid, locs, fn in TEMPLATES[tshape] if loc in locs]
    m = min(usage.get(tid, 0) for tid, _ in cands)
    tid, fn = g.ch([c for c in cands if usage.get(c[0], 0) == m])
    usage[tid] = usage.get(tid, 0) + 1
    g.loc = loc
    r = fn(g)
    text, ents, negs, ign = finalize(r)
    fmt = "json" if tshape in ("json", "json4k") else "text"
    if fmt == "json":
        json.loads(text)
    doc = {"id": doc_id, "split": "holdout", "shape": shape, "format": fmt, "locale": loc, "lang": LANG[loc],
           "template": tid, "holdout_only_template": True}
    if shape == "stream":
        doc["base_shape"] = base
    doc["text"] = text
    if shape == "stream":
        doc["chunks"] = chunk_text(g, text)
    doc["entities"] = ents
    doc["negatives"] = negs
    doc["ignore"] = ign
    return doc


def generate(seed, scale=1.0):
    g = G(seed)
    g.obf_usage = {}
    usage = {}
    docs = []
    for shape, n in SHAPE_COUNTS:
        k = max(1, round(n * scale))
        plan = locale_plan(g, k)
        for i in range(k):
            did = f"aj{seed}-{shape}-{i:04d}"
            if shape == "stream":
                base = g.wch([("chat", 5), ("json", 3), ("text4k", 2)])
                docs.append(make_doc(g, shape, did, usage, plan[i], base))
            else:
                docs.append(make_doc(g, shape, did, usage, plan[i]))
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description="held-out PII probe AJ (law, research and social data)")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", type=float, default=1.0)
    a = ap.parse_args(argv)
    docs = generate(a.seed, a.scale)
    with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
