"""Document builder with exact offsets, slot renderer, JSON serializer and obfuscators for probe AH.

Templates are strings with slots written as  ⟨NAME⟩  or  ⟨NAME:tag⟩  (U+27E8 / U+27E9).  The same
tag inside one scope resolves to the same value (⟨PERSON:a⟩ ... ⟨EMAIL:a⟩ is a's address).
"""
import json
import re

import ah_neg as N
import ah_values as V

SLOT = re.compile(r"⟨([A-Z][A-Z0-9]*)(?::([a-z0-9_]+))?⟩")

ROLE_BOX = {"en": ["noreply", "hr-helpdesk", "payroll", "benefits", "council.tax", "it.servicedesk", "calendar"],
            "de": ["buergerservice", "poststelle", "personalabteilung", "noreply", "kfz-zulassung", "finanzamt"],
            "fr": ["accueil", "ne-pas-repondre", "rh", "etat-civil", "contact", "service.paie"],
            "ru": ["kancelyariya", "noreply", "hr", "priemnaya", "info", "obrashcheniya"]}
ROOMS = {"en": ["Room 4.12", "Boardroom B", "Teams call", "Conference Room Elm", "Level 3 Huddle"],
         "de": ["Raum 2.014", "Sitzungssaal 1", "Besprechungsraum Nord", "Webex", "Zimmer 118"],
         "fr": ["Salle Voltaire", "Salle 3B", "Visio Teams", "Bureau 214", "Salle du conseil"],
         "ru": ["Переговорная 5", "Каб. 312", "Зал заседаний", "Zoom", "Переговорная «Нева»"]}
DEPTS = {"en": ["Finance", "Human Resources", "Procurement", "Legal", "Facilities", "Revenue & Benefits"],
         "de": ["Bürgeramt", "Personalabteilung", "Ordnungsamt", "Kämmerei", "Ausländerbehörde", "Standesamt"],
         "fr": ["Service RH", "Préfecture", "Service état civil", "Comptabilité", "Direction juridique"],
         "ru": ["Отдел кадров", "Бухгалтерия", "МФЦ", "Юридический отдел", "Канцелярия", "ОВМ МВД"]}

ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
HOMO_L2C = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і", "A": "А", "E": "Е", "O": "О",
            "P": "Р", "C": "С", "H": "Н", "K": "К", "M": "М", "T": "Т", "B": "В", "y": "у"}
HOMO_C2L = {v: k for k, v in HOMO_L2C.items()}
SPELL = {"en": "zero one two three four five six seven eight nine".split(),
         "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
         "fr": "zéro un deux trois quatre cinq six sept huit neuf".split(),
         "ru": "ноль один два три четыре пять шесть семь восемь девять".split()}
AT_DOT = {"en": [(" at ", " dot "), (" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT ")],
          "de": [("(at)", "(punkt)"), (" at ", " dot "), ("[at]", "[dot]")],
          "fr": [(" arobase ", " point "), ("(at)", "(dot)"), (" at ", " dot ")],
          "ru": [(" собака ", " точка "), ("[at]", "[dot]"), (" at ", " dot ")]}
DIGIT_TYPES = {"PHONE", "CREDIT_CARD", "US_SSN", "IBAN", "RU_SNILS", "RU_INN", "RU_PASSPORT", "UK_NHS",
               "MEDICAL_RECORD_NUMBER", "DATE_OF_BIRTH"}


class Scope:
    """JSON node wrapper: resolve tags inside it in a fresh scope."""

    def __init__(self, obj):
        self.obj = obj


class Doc:
    def __init__(self):
        self.parts, self.pos = [], 0
        self.entities, self.negatives, self.ignore = [], [], []

    def add(self, text, label=None, obf=None):
        if not text:
            return
        s = self.pos
        self.parts.append(text)
        self.pos += len(text)
        if label is None:
            return
        if label[0] == "E":
            e = {"type": label[1], "start": s, "end": self.pos, "value": text}
            if label[2]:
                e["sub"] = label[2]
            if obf:
                e["obf"] = obf
            self.entities.append(e)
        elif label[0] == "N":
            self.negatives.append({"type": label[1], "start": s, "end": self.pos, "value": text})
        elif label[0] == "I":
            self.ignore.append([s, self.pos])

    def text(self):
        return "".join(self.parts)


class Ctx:
    def __init__(self, people, rng, locale, obf_rate=0.0):
        self.people, self.rng, self.locale, self.lang = people, rng, locale, locale[:2]
        self.f = people.faker(locale)
        self.obf_rate = obf_rate
        self.tags = {}
        self.org = people.org_domain(rng, locale)

    def new_scope(self):
        self.tags = {}
        self.org = self.people.org_domain(self.rng, self.locale)

    def person(self, tag):
        key = ("P", tag)
        if tag is None or key not in self.tags:
            p = self.people.person(self.rng, self.locale)
            if tag is None:
                return p
            self.tags[key] = p
        return self.tags[key]

    # -- slot resolution ---------------------------------------------------------------------
    def slot(self, name, tag):
        if tag is not None and (name, tag) in self.tags and name not in PERSON_FMT:
            return self.tags[(name, tag)]
        pieces = self._slot(name, tag)
        if tag is not None and name not in PERSON_FMT:
            self.tags[(name, tag)] = pieces
        return pieces

    def _slot(self, n, tag):
        r, loc, lang, P = self.rng, self.locale, self.lang, self.people
        E = lambda t, sub=None: ("E", t, sub)  # noqa: E731
        if n in PERSON_FMT:
            p = self.person(tag)
            return [(getattr(p, PERSON_FMT[n][0])(), E("PERSON", PERSON_FMT[n][1] or lang))]
        if n == "EMAIL":
            return [(P.email(r, loc, self.person(tag) if tag else None), E("EMAIL", "personal"))]
        if n == "WEMAIL":
            return [(P.email(r, loc, self.person(tag) if tag else None, self.org), E("EMAIL", "work"))]
        if n == "ROLEMAIL":
            return [(f"{r.choice(ROLE_BOX[lang])}@{self.org}", E("EMAIL", "role"))]
        if n in ("PHONE", "MOBILE"):
            return [(P.phone(r, loc, n == "MOBILE"), E("PHONE", loc))]
        if n in ("ADDR", "ADDRNL", "STREET", "CITYI"):
            if tag is not None and ("ADDRPAIR", tag) in self.tags:
                st, city = self.tags[("ADDRPAIR", tag)]
            else:
                st, city = P.address(r, loc)
                if tag is not None:
                    self.tags[("ADDRPAIR", tag)] = (st, city)
            if n == "STREET":
                return [(st, E("STREET_ADDRESS", loc))]
            if n == "CITYI":
                return [(city, ("I",))]
            return [(st, E("STREET_ADDRESS", loc)), (", " if n == "ADDR" else "\n", None), (city, ("I",))]
        if n == "DOB":
            return [(V.dob(r, loc), E("DATE_OF_BIRTH", lang))]
        if n == "DOBISO":
            return [(V.dob(r, loc, iso=True), E("DATE_OF_BIRTH", "iso"))]
        if n == "SSN":
            return [(V.ssn(r), E("US_SSN"))]
        if n == "CARD":
            v, sub = V.credit_card(r)
            return [(v, E("CREDIT_CARD", sub))]
        if n.startswith("IBAN"):
            cc = n[4:] or {"de": "DE", "fr": "FR", "en": "GB" if loc == "en_GB" else None}.get(lang)
            if r.random() < 0.25:
                cc = None
            v, cc = V.iban(r, cc)
            return [(v, E("IBAN", cc))]
        if n == "IP4":
            return [(V.ipv4(r), E("IPV4"))]
        if n == "IP6":
            return [(V.ipv6(r), E("IPV6"))]
        if n in SECRET_SLOTS:
            v, sub = V.api_key(r, SECRET_SLOTS[n])
            return [(v, E("API_KEY", sub))]
        if n == "PWD":
            return [(V.password(r), E("API_KEY", "password"))]
        if n == "RUPASS":
            return [(V.ru_passport(r), E("RU_PASSPORT"))]
        if n == "SNILS":
            return [(V.snils(r), E("RU_SNILS"))]
        if n in ("INN", "INNORG"):
            v, k = V.inn(r, "org" if n == "INNORG" else "person")
            return [(v, E("RU_INN", k))]
        if n == "MRN":
            return [(V.mrn(r, lang), E("MEDICAL_RECORD_NUMBER", lang))]
        if n == "NHS":
            return [(V.nhs(r), E("UK_NHS"))]
        neg = NEG_SLOTS.get(n)
        if neg:
            return [(neg[1](r, lang), ("N", neg[0]))]
        return [(self._plain(n), None)]

    def _plain(self, n):
        r, f, lang = self.rng, self.f, self.lang
        if n == "COMPANY":
            return f.company()
        if n == "CITY":
            return f.city()
        if n == "JOB":
            return f.job()
        if n == "SENT":
            return f.sentence(nb_words=r.randint(6, 14))
        if n == "PARA":
            return " ".join(f.sentence(nb_words=r.randint(6, 14)) for _ in range(r.randint(2, 4)))
        if n == "WORDS":
            return " ".join(f.words(r.randint(2, 5)))
        if n == "TIME":
            return f"{r.randint(7, 18):02d}:{r.choice(['00', '15', '30', '45'])}"
        if n == "ROOM":
            return r.choice(ROOMS[lang])
        if n == "DEPT":
            return r.choice(DEPTS[lang])
        if n == "DOMAIN":
            return self.org
        if n == "AMOUNT":
            return N.amount(r, lang)
        if n == "INT":
            return str(r.randint(2, 60))
        if n == "TZ":
            return r.choice(["Europe/Berlin", "Europe/Paris", "Europe/London", "America/New_York", "Europe/Moscow",
                             "America/Chicago", "UTC"])
        raise KeyError(n)

    # -- rendering ---------------------------------------------------------------------------
    def render(self, doc, tpl, escape=False):
        pos = 0
        for m in SLOT.finditer(tpl):
            self._emit(doc, tpl[pos:m.start()], None, escape)
            for text, label in self.slot(m.group(1), m.group(2)):
                self._emit(doc, text, label, escape)
            pos = m.end()
        self._emit(doc, tpl[pos:], None, escape)

    def _emit(self, doc, text, label, escape):
        obf = None
        if label and label[0] == "E" and self.obf_rate and self.rng.random() < self.obf_rate:
            res = obfuscate(self.rng, text, label[1], self.lang)
            if res:
                text, obf = res
        if escape:
            text = json.dumps(text, ensure_ascii=False)[1:-1]
        doc.add(text, label, obf)

    def emit_json(self, doc, obj, indent=None, level=0):
        nl = (lambda lv: "\n" + " " * (indent * lv)) if indent else (lambda lv: "")
        sep = ": " if indent or self.rng.random() < 0.5 else ":"
        if isinstance(obj, Scope):
            saved = (self.tags, self.org)
            self.new_scope()
            self.emit_json(doc, obj.obj, indent, level)
            self.tags, self.org = saved
        elif isinstance(obj, dict):
            if not obj:
                doc.add("{}")
                return
            doc.add("{")
            for i, (k, v) in enumerate(obj.items()):
                doc.add(("," if i else "") + nl(level + 1) + json.dumps(k, ensure_ascii=False) + sep)
                self.emit_json(doc, v, indent, level + 1)
            doc.add(nl(level) + "}")
        elif isinstance(obj, list):
            if not obj:
                doc.add("[]")
                return
            doc.add("[")
            for i, v in enumerate(obj):
                doc.add(("," if i else "") + nl(level + 1))
                self.emit_json(doc, v, indent, level + 1)
            doc.add(nl(level) + "]")
        elif isinstance(obj, str):
            doc.add('"')
            self.render(doc, obj, escape=True)
            doc.add('"')
        else:
            doc.add(json.dumps(obj))


PERSON_FMT = {"PERSON": ("full", None), "PNAT": ("natural", None), "PLF": ("last_first", "last_first"),
              "PUP": ("upper_last", "upper_last"), "PINIT": ("initials", "initials"), "FIRST": ("first_", "given"),
              "LAST": ("last_", "surname")}
SECRET_SLOTS = {"KEY": None, "AWS": "aws", "GHTOKEN": "github", "JWT": "jwt", "BEARER": "bearer", "AZSECRET": "azure",
                "SLACK": "slack", "GAPI": "google", "GSECRET": "gcp_oauth", "SGKEY": "sendgrid", "STRIPE": "stripe",
                "TOKEN": "generic"}
NEG_SLOTS = {
    "UUID": ("NEG_UUID", lambda r, l: N.uuid(r)),
    "TS": ("NEG_TIMESTAMP", lambda r, l: N.timestamp(r)),
    "ICSDT": ("NEG_TIMESTAMP", lambda r, l: N.ics_dt(r)),
    "ORDER": ("NEG_ORDER_ID", lambda r, l: N.order_id(r)),
    "CASE": ("NEG_CASE_ID", N.case_id),
    "VER": ("NEG_VERSION", lambda r, l: N.version(r)),
    "ISBN": ("NEG_ISBN", lambda r, l: N.isbn13(r)),
    "HASH": ("NEG_HASH", lambda r, l: N.hexhash(r)),
    "DATE": ("NEG_DATE", lambda r, l: N.event_date(r, l)),
    "BADCARD": ("NEG_LUHN_INVALID", lambda r, l: V.bad_card(r)),
    "NUM": ("NEG_NUMBER", N.number),
    "PKG": ("NEG_PKG_VERSION", lambda r, l: N.pkg(r)),
}


# Person helpers used by PERSON_FMT
def _first(self):
    return self.first


def _last(self):
    return self.last


import ah_people  # noqa: E402

ah_people.Person.first_ = _first
ah_people.Person.last_ = _last


def obfuscate(rng, text, etype, lang):
    """-> (new_text, kind) or None."""
    kinds = ["zero_width"]
    if etype == "EMAIL":
        kinds += ["at_dot", "at_dot", "homoglyph"]
    if etype == "PERSON":
        kinds += ["homoglyph", "homoglyph"]
    if etype == "DATE_OF_BIRTH":
        kinds += ["fullwidth"]
    elif etype in DIGIT_TYPES:
        kinds += ["fullwidth", "spaced"]
        if etype in ("PHONE", "US_SSN", "UK_NHS", "RU_SNILS") and sum(c.isdigit() for c in text) <= 12:
            kinds.append("spelled")
    if etype == "IPV4":
        kinds += ["defanged", "fullwidth"]
    if etype in ("STREET_ADDRESS", "API_KEY", "IPV6"):
        kinds += ["zero_width"]
    k = rng.choice(kinds)
    if k == "zero_width":
        idx = [i for i in range(1, len(text)) if text[i - 1] != " " and text[i] != " "]
        if not idx:
            return None
        pick = set(rng.sample(idx, max(1, min(len(idx), len(idx) // rng.randint(2, 5)))))
        return "".join((rng.choice(ZW) if i in pick else "") + c for i, c in enumerate(text)), k
    if k == "at_dot":
        at, dot = rng.choice(AT_DOT[lang])
        local, _, dom = text.partition("@")
        return local.replace(".", dot) + at + dom.replace(".", dot), k
    if k == "homoglyph":
        table = HOMO_C2L if lang == "ru" and etype == "PERSON" else HOMO_L2C
        idx = [i for i, c in enumerate(text) if c in table]
        if not idx:
            return None
        pick = set(rng.sample(idx, max(1, (len(idx) + 1) // 2)))
        return "".join(table[c] if i in pick else c for i, c in enumerate(text)), k
    if k == "fullwidth":
        return "".join(chr(0xFF10 + int(c)) if c.isdigit() and c.isascii() else c for c in text), k
    if k == "spaced":
        core = [c for c in text if c.isalnum()]
        return " ".join(core), k
    if k == "spelled":
        w = SPELL[lang]
        out = []
        for c in text:
            if c.isdigit():
                out.append(w[int(c)])
            elif c == "+":
                out.append({"en": "plus", "de": "plus", "fr": "plus", "ru": "плюс"}[lang])
        return " ".join(out), k
    if k == "defanged":
        return text.replace(".", rng.choice(["[.]", "(.)", "[dot]"])), k
    return None
