"""Template filling for probe AF.

A template is a string with placeholders ``{name}`` / ``{name:arg}`` / ``{name#k}``:
  people  {pat} {pat.full} {pat.lf} {pat.first} {pat.last} {pat.short} {pat.io} {pat.latin}
          {pat.dob[:style]} {pat.addr} {pat.phone} {pat.mobile} {pat.email} {pat.mrn[:sub]} {pat.ssn}
          {pat.card} {pat.iban} {pat.snils} {pat.inn} {pat.passport} {pat.g:male|female} {pat.age}
          roles: pat pat2 doc doc2 nurse rel carer owner rep pharm
  other   {ip4} {ip6} {key[:sub]} {card} {iban} {orginn} {orgphone}
  negs    {n.date[:style]} {n.ts} {n.time} {n.uuid} {n.order:kind} {n.ver[:k]} {n.hash} {n.b64} {n.card}
          {n.tc} {n.pet} {n.pkg} {n.at} {n.num:kind} {n.dose} {n.lab} {n.money}
  plain   {w:a|b|c} {drug} {vaccine} {species} {filler} {intro} {yr}
Same placeholder text -> same value within a document; add ``#k`` for a distinct one.
"""
import datetime
import re

from af_common import E, I, N, Lab, Rich
from af_ids import card, iban, inn, mrn, nhs, ru_passport, snils, ssn, ipv4, ipv6
from af_keys import KEY_SUBS, api_key
from af_negs import (neg_safe, n_b64, n_cardlike, n_date, n_hash, n_mention, n_order, n_pkg, n_ts, n_uuid, n_version)
from af_people import DATE_STYLES, Person, faker_for, fmt_date
from af_places import COUNTRY_OF, address_parts, address_segs, phone
from af_common import wchoice
import af_vocab as V

ORIGIN = {"en_US": "en", "en_GB": "gb", "de_DE": "de", "fr_FR": "fr", "ru_RU": "ru"}
WORK_ROLES = ("doc", "doc2", "nurse", "carer", "rep", "pharm", "vet", "coord")
CARD_BRANDS = {"ru_RU": [("mir", 5), ("visa", 3), ("mastercard", 3)],
               "default": [("visa", 5), ("mastercard", 4), ("amex", 2), ("discover", 1), ("jcb", 1)]}
IBAN_CC = {"de_DE": ["DE", "DE", "DE", "AT", "CH", "NL"], "fr_FR": ["FR", "FR", "FR", "BE", "CH", "ES"],
           "en_GB": ["GB", "GB", "GB", "IT", "PL"], "en_US": ["DE", "GB", "FR", "ES", "NL", "IT"],
           "ru_RU": ["DE", "PL", "AT", "IT", "CH"]}
PH = re.compile(r"\{([^{}]+)\}")
EN_FOREIGN_STYLES = ["iso", "dmy_slash", "dmy_dot", "long_gb"]


class Ctx:
    def __init__(self, rng, locale, lang):
        self.rng, self.locale, self.lang = rng, locale, lang
        self.country = COUNTRY_OF[locale]
        self.origin = ORIGIN[locale]
        self.people = {}
        self.cache = {}
        self.name_style = {}
        self.styles = DATE_STYLES[locale] if lang != "en" or locale.startswith("en") else EN_FOREIGN_STYLES
        self.dob_style = rng.choice(self.styles)
        self.date_style = rng.choice(self.styles)
        self.date_cur = None
        self.clock = None
        self.ts_kind = rng.choice([0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8])
        self.latin_names = locale == "ru_RU" and lang == "en" and rng.random() < 0.3

    # ------------------------------------------------------------------------------- people
    def person(self, role):
        if role not in self.people:
            self.people[role] = Person(self.rng, self.origin, work=role.rstrip("0123456789_") in WORK_ROLES)
            self.name_style[role] = wchoice(self.rng, [(0, 6), (1, 2), (2, 1)])
        return self.people[role]

    def _p_attr(self, role, attr, arg):
        r = self.rng
        p = self.person(role)
        ps = p.sub
        if attr == "":
            if self.latin_names and p.origin == "ru":
                return [E("PERSON", p.latin(), ps)]
            return [E("PERSON", p.full(self.name_style[role]), ps)]
        if attr == "full":
            return [E("PERSON", p.full(0), ps)]
        if attr == "lf":
            return [E("PERSON", p.full(2) if p.origin != "ru" else "%s %s" % (p.last, p.first), ps)]
        if attr == "first":
            return [E("PERSON", p.first, ps)]
        if attr == "last":
            return [E("PERSON", p.last, ps)]
        if attr == "short":
            if p.origin == "ru":
                return [E("PERSON", p.full(2), ps)]
            return [E("PERSON", "%s. %s" % (p.first[0], p.last), ps)]
        if attr == "io":
            return [E("PERSON", p.io(), ps)]
        if attr == "latin":
            return [E("PERSON", p.latin(), ps)]
        if attr == "hl7":
            nm = "%s^%s" % (p.last, p.first)
            if p.middle or p.initial:
                nm += "^" + (p.middle or p.initial)
            return [E("PERSON", nm.upper() if r.random() < 0.4 else nm, ps)]
        if attr == "hl7addr":
            st, sub, city, pc = address_parts(r, faker_for(p.origin, r), self.country)
            return [E("STREET_ADDRESS", st, sub), "^^", I("%s^^%s" % (city, pc))]
        if attr == "g":
            m, f = arg.split("|")
            return [m if p.gender == "m" else f]
        if attr == "dob":
            y, mo, d = p.dob
            return [E("DATE_OF_BIRTH", fmt_date(y, mo, d, arg or self.dob_style))]
        if attr == "age":
            return [str(2025 - p.dob[0])]
        if attr == "addr":
            return address_segs(r, faker_for(p.origin, r), self.country)
        if attr in ("phone", "mobile"):
            v, sub = phone(r, self.country, mobile=(attr == "mobile") or None)
            if arg == "intl" or arg == "nat":
                v, sub = phone(r, self.country, intl=(arg == "intl"), mobile=(attr == "mobile"))
            return [E("PHONE", v, sub)]
        if attr == "email":
            return [E("EMAIL", p.email)]
        if attr == "mrn":
            sub = arg or self.mrn_sub()
            return [E("MEDICAL_RECORD_NUMBER", mrn(r, sub, self.locale), sub)]
        if attr == "ssn":
            sub = arg or wchoice(r, [("dashed", 7), ("plain", 2), ("spaced", 1)])
            return [E("US_SSN", ssn(r, sub, self._raw(role, "ssn", lambda: ssn(r, "plain"))), sub)]
        if attr == "card":
            return self._card(arg)
        if attr == "iban":
            return self._iban(arg)
        if attr == "snils":
            sub = arg or wchoice(r, [("formatted", 5), ("dashed", 2), ("plain", 2)])
            return [E("RU_SNILS", snils(r, sub, self._raw(role, "snils", lambda: snils(r, "plain"))), sub)]
        if attr == "inn":
            return [E("RU_INN", inn(r, 12), "inn12")]
        if attr == "passport":
            sub = arg or wchoice(r, [("spaced", 4), ("series_number", 3), ("numero", 2), ("plain", 1)])
            return [E("RU_PASSPORT", ru_passport(r, sub, self._raw(role, "pass", lambda: ru_passport(r, "plain"))), sub)]
        raise KeyError(attr)

    def _raw(self, role, what, make):
        k = "@raw:%s.%s" % (role, what)
        if k not in self.cache:
            self.cache[k] = make()
        return self.cache[k]

    def mrn_sub(self):
        if self.locale == "en_GB":
            return wchoice(self.rng, [("nhs", 6), ("numeric", 2), ("prefixed", 1), ("alnum", 1)])
        return wchoice(self.rng, [("numeric", 4), ("prefixed", 3), ("alnum", 2)])

    def _card(self, arg):
        brand = arg or wchoice(self.rng, CARD_BRANDS.get(self.locale, CARD_BRANDS["default"]))
        fmt = wchoice(self.rng, [("spaced", 4), ("compact", 3), ("dashed", 2)])
        return [E("CREDIT_CARD", card(self.rng, brand, fmt), brand)]

    def _iban(self, arg):
        cc = arg or self.rng.choice(IBAN_CC[self.locale])
        g = self.rng.random() < 0.55
        return [E("IBAN", iban(self.rng, cc, g), "%s_%s" % (cc, "grouped" if g else "compact"))]

    # ------------------------------------------------------------------------------- others
    def _neg(self, name, arg):
        for _ in range(30):
            segs = self._neg1(name, arg)
            if all(neg_safe(x.typ, x.value) for x in segs if isinstance(x, Lab)):
                return segs
        return segs

    def _neg1(self, name, arg):
        r, lang = self.rng, self.lang
        if name == "date":
            if self.date_cur is None:
                self.date_cur = datetime.date(r.randint(2016, 2025), r.randint(1, 12), r.randint(1, 28))
            else:
                self.date_cur += datetime.timedelta(days=r.randint(1, 75))
                if self.date_cur.year > 2026:
                    self.date_cur = datetime.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28))
            style = arg or (self.date_style if r.random() < 0.85 else r.choice(self.styles))
            c = self.date_cur
            return [N("NEG_DATE", fmt_date(c.year, c.month, c.day, style))]
        if name == "ts":
            kind = int(arg) if arg else (self.ts_kind if r.random() < 0.8 else None)
            return [N(*n_ts(r, self.locale, kind))]
        if name == "time":
            if self.clock is None:
                self.clock = r.randint(7 * 12, 17 * 12) * 5
            else:
                self.clock += r.randint(1, 11) * 5
                if self.clock > 21 * 60:
                    self.clock = r.randint(7 * 12, 9 * 12) * 5
            return [N("NEG_TIMESTAMP", "%02d:%02d" % divmod(self.clock, 60))]
        if name == "uuid":
            return [N(*n_uuid(r))]
        if name == "order":
            return [N(*n_order(r, arg or None))]
        if name == "ver":
            return [N(*n_version(r, int(arg) if arg else None))]
        if name == "hash":
            return [N(*n_hash(r))]
        if name == "b64":
            return [N(*n_b64(r))]
        if name == "card":
            return [N(*n_cardlike(r))]
        if name == "tc":
            pool = {"dx": V.TC_DX, "scale": V.TC_SCALE, "disease": V.TC_DISEASE, "place": V.TC_PLACE}.get(arg, V.TITLECASE)
            return [N("NEG_TITLECASE", r.choice(pool[lang]))]
        if name == "pet":
            return [N("NEG_TITLECASE", r.choice(V.PETS))]
        if name == "pkg":
            return [N(*n_pkg(r))]
        if name == "at":
            return [N(*n_mention(r))]
        if name == "num":
            return [N("NEG_NUMBER", V.code_number(r, arg))]
        if name == "dose":
            drug, d, _ = V.dose(r, lang)
            return [drug + " ", N("NEG_NUMBER", d)]
        if name == "lab":
            nm, v = V.lab_value(r, lang)
            return [nm + " ", N("NEG_NUMBER", v)]
        if name == "money":
            return [N("NEG_NUMBER", V.money(r, lang, self.locale))]
        raise KeyError(name)

    def get(self, key):
        if key in self.cache:
            return self.cache[key]
        segs = self._resolve(key.split("#")[0])
        self.cache[key] = segs
        return segs

    def _resolve(self, key):
        r = self.rng
        name, _, arg = key.partition(":")
        if name.startswith("n."):
            return self._neg(name[2:], arg)
        if name == "w":
            return [r.choice(arg.split("|"))]
        head, _, attr = name.partition(".")
        base = head.rstrip("0123456789_")
        if base in ("pat", "rel", "owner", "res") or base in WORK_ROLES:
            return self._p_attr(head, attr, arg)
        if name == "ip4":
            return [E("IPV4", ipv4(r))]
        if name == "ip6":
            return [E("IPV6", ipv6(r))]
        if name == "key":
            sub = arg or wchoice(r, KEY_SUBS)
            v, core = api_key(r, sub)
            return [E("API_KEY", v, sub, core)]
        if name == "card":
            return self._card(arg)
        if name == "iban":
            return self._iban(arg)
        if name == "orginn":
            return [E("RU_INN", inn(r, 10), "inn10")]
        if name == "orgphone":
            v, sub = phone(r, self.country, mobile=False, intl=(arg == "intl") if arg else None)
            return [E("PHONE", v, sub)]
        if name == "nhs":
            return [E("MEDICAL_RECORD_NUMBER", nhs(r, r.random() < 0.5), "nhs")]
        if name == "drug":
            return [V.drug_name(r, self.lang)]
        if name == "vaccine":
            return [r.choice(V.VACCINES_RU if self.lang == "ru" and r.random() < 0.6 else V.VACCINES)]
        if name == "species":
            return [r.choice(V.SPECIES["en" if self.lang == "en" else self.lang])]
        if name == "filler":
            return [r.choice(V.FILLER[self.lang])]
        if name == "intro":
            return [r.choice(V.INTROS[self.lang])]
        if name == "freq":
            return [r.choice(V.FREQ[self.lang])]
        if name == "yr":
            return [str(r.randint(2019, 2026))]
        if name == "n":
            a, b = arg.split("-")
            return [str(r.randint(int(a), int(b)))]
        raise KeyError(key)

    def fill(self, tmpl):
        out, pos = [], 0
        tmpl = tmpl.replace("{{", "\x01").replace("}}", "\x02")
        for m in PH.finditer(tmpl):
            if m.start() > pos:
                out.append(tmpl[pos:m.start()])
            out.extend(self.get(m.group(1)))
            pos = m.end()
        out.append(tmpl[pos:])
        out = [s.replace("\x01", "{").replace("\x02", "}") if isinstance(s, str) else s for s in out if s != ""]
        for i in range(1, len(out)):  # "Иванов И. И." + "." -> single full stop
            if isinstance(out[i], str) and out[i].startswith(".") and not isinstance(out[i - 1], str) \
                    and out[i - 1].value.endswith("."):
                out[i] = out[i][1:]
        return [s for s in out if s != ""]

    def addr_parts(self, role):
        """(street Lab, city ignore Lab, postcode ignore Lab) for a person, cached per role."""
        k = "@addr:" + role
        if k not in self.cache:
            p = self.person(role)
            st, sub, city, pc = address_parts(self.rng, faker_for(p.origin, self.rng), self.country)
            self.cache[k] = [E("STREET_ADDRESS", st, sub), I(city), I(pc)]
        return self.cache[k]

    def dr(self):
        return {"en": "Dr", "de": "Dr.", "fr": "Dr", "ru": "врач"}[self.lang]

    def leaf(self, key):
        """A JSON leaf for one placeholder key: a Lab when it is one label, else a Rich string."""
        segs = self.get(key)
        if len(segs) == 1:
            return segs[0]
        return Rich(segs)

    def text(self, key):
        """The plain text of a placeholder (e.g. to embed in a URL)."""
        return "".join(s if isinstance(s, str) else s.value for s in self.get(key))

    def rich(self, tmpl):
        return Rich(self.fill(tmpl))
