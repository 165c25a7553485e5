# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Recognizers of the PII engine (PRIVATE to the collection, stdlib only).

Presidio-shaped: ``Recognizer`` is the abstract base (``load``/``analyze``), ``PatternRecognizer``
covers regex + validator + context + deny-list recognizers, and the predefined recognizers
below implement the format-specific logic.  Every recognizer appends *candidates*
``(start, end, type, score)``; overlap resolution happens once, in the engine.

All regular expressions are written to be linear-time: no nested unbounded quantifiers over
overlapping character sets, bounded repetition where a match could otherwise be re-scanned.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from abc import ABCMeta, abstractmethod
from bisect import bisect_left, bisect_right

from . import lexicons as L
from .validators import (
    VALIDATORS, card_ok, date_parts_ok, ean13_ok, iban_ok, inn_ok, ipv4_host_ok, ipv4_ok, ipv6_ok, jwt_ok, nhs_ok,
    ru_passport_ok, snils_ok, ssn_ok, IBAN_LENGTHS,
)

ALL_LANGUAGES = ("en", "de", "fr", "ru")


def trie_regex(words, shortest=False):
    """Alternation factored as a trie (much faster than a flat alternation).

    ``words`` are strings, matched literally, or sequences of regex pieces. Where a word ends,
    longer words continue optionally (longest match), or with ``shortest`` the match stops there.
    """
    trie = {}
    for w in words:
        node = trie
        for piece in ([re.escape(ch) for ch in w] if isinstance(w, str) else w):
            node = node.setdefault(piece, {})
        node[""] = {}

    def emit(node):
        ends_here = "" in node
        if ends_here and shortest:
            return ""
        alts = [piece + emit(node[piece]) for piece in sorted(node) if piece]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if ends_here else body
    return emit(trie)


def _cue_alt(words):
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        esc = re.escape(w)
        if len(w.strip()) <= 4:
            esc = r"(?<![a-zа-яё])" + esc + r"(?![a-zа-яё])"
        parts.append(esc)
    return "|".join(parts)


# Context cues: word (lower-case, split on non-letters) -> kind.  Looked up word by word
# backwards from a candidate, so the NEAREST label decides ("passport 12 34 567890, INN 1234...").
_CUE_WORDS = {}


def _cw(kind, words):
    for w in words.split():
        _CUE_WORDS[w] = kind


_cw("dob", "dob birth born birthday birthdate dateofbirth birthdt bday geboren geburtsdatum geburtstag geb "
    "gebdatum naissance né née nee датарождения рождения рождение родился родилась др d o b")
_cw("mrn", "mrn medical record ehr emr nhs chart krankenakte patientennummer fallnummer patientenid ipp "
    "medicalrecord medicalrecordnumber patientid patientno patient mednr медкарта медкарты медкарте медицинской "
    "медицинская медицинской карты пациента versichertennummer krankenversichertennummer")
# French "dossier" names any file (a claim, a lease): a medical record only among medical words (_number_cue)
_cw("dossier", "dossier")
_cw("ssn", "ssn social security ss socialsecurity socialsec sociale социального sécu secu national_id nationalid national_id_number")
_cw("inn", "inn инн taxpayer tin_ru innnumber taxid taxinn tax_inn clientinn companyinn orginn payerinn customerinn")
_cw("snils", "snils снилс страховой")
# words inside a document's name ("паспорт гражданина РФ"): skipped, so the cue before them still counts
# and a country qualifier ("Sozialversicherung US: X")
_cw("", "гражданина рф россии российской федерации us usa")
_cw("passport", "passport passportnumber паспорт паспорта паспорту паспортные серия серии passeport reisepass "
    "passnummer pasport pasporta")
_cw("phone", "phone tel telephone mobile mob cell cellphone fax call sms whatsapp telegram telefon handy "
    "rufnummer téléphone portable телефон телефона тел моб мобильный номеру звонить contact контакт контакты контактный phonenumber "
    "mobilenumber tél callback msisdn mobil handynummer rückruf rückrufnummer rappeler joindre joignable "
    # a call's caller ID is the number it came from ("caller_id": "0161 083 6815"), no identifier
    "callerid caller_id caller-id")
# "can be reached at …", "reachable on …", "erreichbar unter …": a phone only in those phrases ("the goal was reached at
# 12345678 users" keeps), see _number_cue
_cw("reach", "reached reachable erreichbar")
# "calls from …", "calls to …": a phone; "API calls 12345678" counts
_cw("calls", "calls")
_cw("card", "card karte carte карте карта visa mastercard amex credit debit cardnumber pan kreditkarte")
# compound keys ("ModelVersion", "sdk_version") come from the "version" stem
_cw("version", "version release build firmware fw сборке сборка сборки версия версии релиз veröffentlicht тег тега теги "
    "ausgerollt upgrade patch kernel sdk "
    # deploy histories: "rolled back to …", "zurückgerollt auf …", "откат с … на …", "rétrogradé en …"
    "rolled rollback rolledback reverted downgraded upgraded revision zurückgerollt rétrogradé rétrogradée откат "
    "откатили откатились")
_cw("date", "created updated modified issued expires expiry timestamp visit admitted admission discharged "
    "appointment scheduled deadline due shipped delivered encounter erstellt termin livré выдан заказ released "
    "published date datum")
_cw("amount", "total due amount betrag montant сумма суммы weighs weight price balance cost fee charge sum paid billed invoiced "
    "kosten preis prix цена стоимость")
_cw("ref", "reference ref order orders tracking трек трек-номер ticket sku item transaction transactions invoice "
    "part commit sha hash request session job order_id order_ids orderid "
    # file, case, contract, claim and VAT numbers: an 11-digit one with a leading 0 is no trunk-prefixed phone
    "case docket contract parcel shipment rx vat vatnumber vatno vatid vat_number "
    "affaire contrat sinistre colis référence réf facture commande tva "
    "vertrag vertragsnummer aktenzeichen az vorgang vorgangsnummer kundennummer rechnung rechnungsnummer "
    "bestellnummer auftragsnummer sendungsnummer schadensnummer störungsmeldung ust ustid "
    "дело дела договор договора обращения обращение заявка заявки накладная заказа заказу заказе заказом заказов "
    "bestellung auftrag referenz referenznummer договору договоре договором "
    # card-payment reference numbers (retrieval / acquirer reference) and a marketplace listing
    "rrn arn listing "
    # air waybills and plan (policy, pension) numbers
    "waybill awb airwaybill frachtbrief lta plan etkt eticket "
    # the codes of goods (a 13-digit EAN opens with "00" as an international call does), insurance policies and claims,
    # returns (the short codes of goods as keys only: see _KEY_ONLY_CUES)
    "ean13 barcode isbn articleno artikelnummer artnr policy polis полис полиса claim rma "
    # a club's member numbers, a fine's notice, a newsroom's story and a Russian order key transliterated
    "member membership mitgliedsnummer mitgliedsnr adhérent adhérente avis story zakaz")
_cw("tax", "tax_id taxid tax tin tax_number taxnumber taxref tax_ref taxreference taxno tax_no taxpayerid")
# an identity document's number: a passport (the number checks decide which country's)
_cw("passport", "docno doc_no docnum docnumber documentno documentnumber document_number doc_number iddocument документ "
    "документа")
_cw("ip", "ip ips ipv4 host hostname address addr server client remote adresse адрес from_ip client_ip src dst")
_CUE_STEMS = (("рожд", "dob"), ("паспорт", "passport"), ("снилс", "snils"), ("медицин", "mrn"),
              ("медкарт", "mrn"), ("телеф", "phone"), ("сборк", "version"), ("верси", "version"),
              ("geburt", "dob"), ("birth", "dob"), ("passport", "passport"), ("pasport", "passport"), ("phone", "phone"),
              ("mobile", "phone"), ("snils", "snils"), ("patient", "mrn"), ("record", "mrn"),
              # "telefonnummer", "перезвонить", "позвоните"
              ("telefon", "phone"), ("звон", "phone"), ("sozialversicher", "ssn"),
              # the "version" stem, but not inside "conversion" (leftmost match: the longer stem wins)
              ("version", "version"), ("conversion", None), ("прошивк", "version"), ("micrologiciel", "version"),
              # "SocialSecurityNo", "socialSecurityNumber"
              ("socialsecurity", "ssn"),
              # the Russian internal passport in German ("Nummer des Inlandspasses")
              ("inlandspass", "passport"))
_CUE_WORD_RE = re.compile(r"[^\W\d_]+")
_CUE_PUNCT = "\"'`:=,.;()[]{}<>#№-_*\\/|"
_CUE_DIGITS4_RE = re.compile(r"\d{4}")
# cue words only as a key ('"v": …', '"ph": …', '"ean": …'): elsewhere an initial, a unit or a cut word
_KEY_ONLY_CUES = {"v": "version", "ph": "phone", "ean": "ref", "gtin": "ref", "upc": "ref", "asin": "ref", "mpn": "ref"}
# a dotted number between two keys of compact JSON is the earlier key's value
_CUE_DOTTED_RE = re.compile(r"\d\.\d")
# the name of the key a token ends in ('…},{"export_id":' -> "export_id")
_KEY_NAME_RE = re.compile(r"(?<![a-z0-9_\-])[a-z][a-z0-9_\-]*$")


_CUE_STEM_RE = re.compile("|".join(re.escape(stem) for stem, kind in _CUE_STEMS))
_CUE_STEM_KIND = dict(_CUE_STEMS)
_REF_AMOUNT = ("ref", "amount")


def cue_of_word(w):
    k = _CUE_WORDS.get(w)
    if k is None and len(w) > 4:
        m = _CUE_STEM_RE.search(w)
        if m:
            return _CUE_STEM_KIND[m.group(0)]
        if w.startswith("ssn") or w.endswith("ssn"):
            return "ssn"    # keys "ssnLast", "ssn_number", "customerSsn" (as a stem it would sit in "businessname")
    return k


# whitespace token -> (cue kind, None, or "" for a punctuation-only token; token ends like a key),
# cached: most windows share their nearest tokens (JSON keys, labels)
_CUE_TOKENS = {}
# keys that hold the value of the object they open: '"passport": {"seriesNumber": "…"}', '"birthdays": [{"text": "…"}]'
_HOLDER_KEYS = frozenset(("text", "value", "number", "seriesnumber", "series_number", "formatted", "display", "val"))
_CUE_KEY_ENDS = ('":', '":"', "':", '\\":', '\\":\\"', "=")


def _ends_in_value(word):
    """True if four digits in a row follow the word's last letter ("mrn-1234567"; not a compact JSON run of keys)."""
    i = len(word)
    while i and not word[i - 1].isalpha():
        i -= 1
    return i > 0 and _CUE_DIGITS4_RE.search(word, i) is not None


# compound keys: a number word after the cue ("innCode", "mrnno", "IdDocNo"), or a role before it ("taxpayerInn",
# "participantChart", "contactTel")
_KEY_NUMBER_WORDS = ("number", "code", "num", "no", "nr")
_KEY_TAIL_CUES = (("inn", "inn"), ("mrn", "mrn"), ("chart", "mrn"), ("snils", "snils"), ("tel", "phone"))


def _compound_key_cue(word):
    letters = "".join(c for c in word if c.isalpha())
    for suffix in _KEY_NUMBER_WORDS:
        if letters.endswith(suffix) and len(letters) > len(suffix) + 2:
            core = letters[:-len(suffix)]
            k = _CUE_WORDS.get(core)
            if k:
                return k
            if core.endswith("doc"):
                return "passport"   # an identity document's number ("id-doc-no")
            letters = core
            break
    for tail, kind in _KEY_TAIL_CUES:
        if letters.endswith(tail):
            return kind
    return None


_EMAIL_WORD_RE = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63})+")


def _cue_token(tok):
    key = tok.endswith(_CUE_KEY_ENDS) or tok.endswith(":")
    word = tok.strip(_CUE_PUNCT)
    if not word:
        k = ""
    elif "@" in word and _EMAIL_WORD_RE.fullmatch(word):
        k = None    # an e-mail address: its domain names no label ("hlagarde@nhs.net" is no NHS number's)
    elif tok[-1] == "." and tok[-2:-1].isdigit() and (len(word) > 4 or not word.isdigit()):
        # a value that ends its sentence ("Telefon +49 89 704-2616. Bestellung #5762973"): the cue stays behind it
        k = None
        key = 2
    elif not word.isalpha() and _ends_in_value(word):
        # an earlier value naming itself ("MRN-1234567,", "INV/2024/0042"): what follows is no longer its label
        k = None
        key = True
    else:
        k = _CUE_WORDS.get(word)
        if k is None:
            if word in _KEY_ONLY_CUES:
                if key:
                    # the key "v" ('"v": "2.1.0.7"', "v=…"), not an initial ("Anna V. Lee"); the key "ph", not "pH 7.4"
                    k = _KEY_ONLY_CUES[word]
            elif not word.isalpha():
                end = len(word)
                for wm in reversed(list(_CUE_WORD_RE.finditer(word))):
                    if _CUE_DIGITS4_RE.search(word, wm.end(), end) or _CUE_DOTTED_RE.search(word, wm.end(), end):
                        break   # a value between ('"inn":6699356119},"generated":"', '"fw":"6.3.24.9"},"wan":{"'): over
                    w = wm.group(0)
                    if wm.start() and word[wm.start() - 1].isdigit():
                        end = wm.start()
                        continue    # letters after a digit lie inside a token or secret ("…UV6nHs*6"), no label word
                    if w in _KEY_ONLY_CUES:
                        if key and wm.end() == len(word):
                            k = _KEY_ONLY_CUES[w]   # the key "v" ('"id":"…","v":"'); "v4" / "v6" name an address family
                            break
                        end = wm.start()
                        continue
                    k = cue_of_word(w)
                    if k is not None:
                        break
                    end = wm.start()
            elif len(word) > 4:
                k = cue_of_word(word)
        if k is None and word.endswith("id") and tok.endswith(_CUE_KEY_ENDS):
            km = _KEY_NAME_RE.search(word)
            if km and (len(km.group(0)) == 2 or len(km.group(0)) > 4):
                # an identifier key names its value by the word before "id" ("mrnId", "tax_id"); without a cue there
                # ("id", "exportId", "shipment_id") the value is an identifier, no phone, card or national number
                name = km.group(0)
                k = cue_of_word(name) or cue_of_word(name[:-2].rstrip("_-")) or "ref"
        if k is None and key:
            k = _compound_key_cue(word)
    if len(_CUE_TOKENS) >= 8192:
        _CUE_TOKENS.clear()    # bounded memory
    _CUE_TOKENS[tok] = res = (k, key)
    return res


_SCANNERS = {}
# Rough share of each character in typical (English, JSON, Russian) text, by tier; unlisted: 0.2 %.
_CHAR_TIERS = ((0.05, ' "e'), (0.03, "atrnisodl0123456789:c"), (0.015, "mu-,.bpfh\ng"),
               (0.006, "yvkwxz_\\jq{}/оаетнирс"))
_CHAR_SHARE = {c: share for share, chars in _CHAR_TIERS for c in chars}


def _anchor_cost(c, group):
    """Estimated ns per text character of one scan pass anchored on ``c`` (see _anchor_scanner)."""
    behind = len(set(len(x) for k, x in group if k == len(x) - 1))
    return 0.4 + _CHAR_SHARE.get(c, 0.002) * (25 + 8 * behind + len(group))


def _anchor_groups(needles):
    """Cover the needles with few, rare anchor characters (greedy weighted set cover)."""
    left = list(needles)
    groups = []
    while left:
        best = None
        for c in sorted(set("".join(left))):
            group = sorted((x.index(c), x) for x in left if c in x)
            cost = _anchor_cost(c, group) / len(group)
            if best is None or cost < best[0]:
                best = (cost, c, group)
        groups.append(best[1:])
        left = [x for x in left if best[1] not in x]
    return groups


def _anchor_regex(c, group):
    """``c``, then a trie of the needles' rests (branches that fail on their first character),
    each needle confirmed by a look-behind at its end; needles ending in ``c`` share one
    look-behind per length."""
    seqs = []
    ends = {}
    for k, x in group:
        if k < len(x) - 1 or not k:
            seqs.append([re.escape(ch) for ch in x[k + 1:]] + (["(?<=%s)" % re.escape(x)] if k else []))
        else:
            ends.setdefault(len(x), set()).add(x)
    alts = [trie_regex(seqs, shortest=True)] if seqs else []
    alts.extend("(?<=%s)" % trie_regex(sorted(ends[n])) for n in sorted(ends))
    return re.compile(re.escape(c) + "(?:%s)" % "|".join(alts))


def _anchor_scanner(needles):
    """Function finding every (offset, needle) in a text: one regex pass per anchor character.

    sre skips in C to a pattern's literal first character (~0.3 ns/char); every anchor
    occurrence then costs ~25 ns, plus ~8 per look-behind tried."""
    passes = []
    alone = []
    for c, group in _anchor_groups(needles):
        x = group[0][1]
        # str.find skips ahead by the needle's length: cheaper for a lone long needle with a common anchor
        if len(group) == 1 and 0.2 + 2.4 / len(x) < _anchor_cost(c, group):
            alone.append(x)
        else:
            passes.append((c, _anchor_regex(c, group).search, group))

    def scan(hay):
        res = []
        for x in alone:
            i = hay.find(x)
            while i >= 0:
                res.append((i, x))
                i = hay.find(x, i + 1)
        for c, search, group in passes:
            if c in hay:
                m = search(hay)
                while m:
                    a = m.start()
                    for k, x in group:
                        if a >= k and hay.startswith(x, a - k):
                            res.append((a - k, x))
                    m = search(hay, a + 1)
        res.sort()
        return res
    return scan


def _needle_scanner(needles):
    """The cached anchor scanner of a needle set, None when a gated group needs the gate (or a needle is empty)."""
    try:
        return _SCANNERS[needles]
    except KeyError:
        pass
    flat = []
    gated_ok = True
    for nd in needles:
        if nd.__class__ is tuple:
            flat.extend(nd[1])
            # a group whose needles all contain its gate loses nothing when scanned ungated
            gated_ok = gated_ok and all(nd[0] in x for x in nd[1])
        else:
            flat.append(nd)
    scanner = _anchor_scanner(flat) if gated_ok and all(flat) else None   # an empty needle has no anchor
    _SCANNERS[needles] = scanner
    return scanner


def _offsets(hay, needle):
    """Start offsets of ``needle`` in ``hay`` (str.find skips faster than sre's literal-prefix scan)."""
    res = []
    i = hay.find(needle)
    while i >= 0:
        res.append(i)
        i = hay.find(needle, i + len(needle))
    return res


class Doc(object):
    """Text under analysis plus shared, lazily computed helpers."""

    __slots__ = ("text", "n", "_lower", "_capseq", "headers", "table_scan", "walked")

    def __init__(self, text):
        self.text = text
        self.n = len(text)
        self._lower = None
        self._capseq = None
        # text-table headers (line start, line end, delimiter) met by DobRecognizer._table_column, once it has run
        self.headers = set()
        self.table_scan = False
        # (header line start, end of its rows) walked, by (kind, delimiter): a later line among those rows is a row of
        # that table, not another header (each line of "name;dob" repeated would otherwise walk the rest: quadratic)
        self.walked = {}

    def capseq(self):
        """Cached matches of runs of >= 2 capitalised words (shared by person and address)."""
        if self._capseq is None:
            self._capseq = _capitalised_runs(self.text)
        return self._capseq

    @property
    def lower(self):
        if self._lower is None:
            low = self.text.lower()
            if len(low) != self.n:
                low = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)
            self._lower = low
        return self._lower

    def window(self, pos, size=48):
        return self.lower[max(0, pos - size):pos]

    def cue(self, pos, size=40, max_words=5):
        """(kind, end) of the context cue nearest before ``pos`` within ``size`` chars."""
        low = self._lower
        if low is None:
            low = self.lower
        ws = pos - size if pos > size else 0
        window = low[ws:pos]
        if "\\" in window:
            window = window.replace("\\n", " ").replace("\\t", " ")   # a line break escaped in a JSON string
        toks = window.split()
        if toks and ws and low[ws - 1].isalnum() and window[0].isalnum():
            # the window cut a word ("ss" of "Witness</em>:"): no cue, but a key after it in the same token is
            t0 = toks[0]
            i = 1
            while i < len(t0) and t0[i].isalnum():
                i += 1
            toks[0] = t0[i:]
        if not toks:
            return None, -1
        seen = 0
        holder = False
        for tok in reversed(toks):
            try:
                k, key = _CUE_TOKENS[tok]
            except KeyError:
                k, key = _cue_token(tok)
            if holder:
                holder = False
                if k == "" and tok.endswith(("{", "[")):
                    continue    # the holder key opens its object: the key of the object names the value
                return None, -1
            if k is None:
                if key is True and seen == 0 and tok.strip(_CUE_PUNCT) in _HOLDER_KEYS:
                    if tok.startswith(("{", "[")):
                        continue
                    holder = True
                    continue
                if key and (seen == 0 or key == 2):
                    return None, -1      # the value belongs to its own (non-cue) key; 2: a value ended the sentence
            elif not k:
                continue
            elif seen <= 1 or k not in _REF_AMOUNT:
                return k, pos
            seen += 1
            if seen >= max_words:
                break
        return None, -1

    def find_all(self, needles, lower=True):
        """Sorted start offsets of every occurrence of any needle (C-speed str.find)."""
        hay = self.lower if lower else self.text
        scanner = _SCANNERS.get(needles) or _needle_scanner(needles)
        if scanner is not None:
            return scanner(hay)
        res = []
        for nd in needles:
            if nd.__class__ is tuple:
                # (gate, (needle, ...)): skip the group unless the gate occurs
                if nd[0] not in hay:
                    continue
                group = nd[1]
            else:
                group = (nd,)
            for x in group:
                if x not in hay:
                    continue
                i = hay.find(x)
                while i >= 0:
                    res.append((i, x))
                    i = hay.find(x, i + 1)
        res.sort()
        return res


# ------------------------------------------------------------------------------------------
# base classes
# ------------------------------------------------------------------------------------------
class Recognizer(metaclass=ABCMeta):
    """Abstract recognizer.  Subclasses set ``name`` and ``entities`` and implement analyze."""

    name = "recognizer"
    entities = ()
    languages = ALL_LANGUAGES
    # longest text a single finding of this recognizer can span, and the context it reads
    # on either side; used to bound the streaming hold-back.
    max_len = 128
    context_len = 64
    # False: the recognizer reads a JSON string's escaped line breaks and tabs ("\\n") as breaks (the engine
    # hands it the text with each such escape written as a space and the break, offsets unchanged); True: it
    # reads the escapes themselves (line-structured recognizers that know JSON strings)
    reads_escapes = False

    def load(self):
        """Prepare resources (no-op for the predefined recognizers; all data is in-module)."""
        return None

    @abstractmethod
    def analyze(self, doc, out):
        """Append candidate tuples ``(start, end, type, score)`` for ``doc`` to ``out``."""

    def to_dict(self):
        return {"name": self.name, "entities": list(self.entities), "type": "predefined"}


class Pattern(object):
    __slots__ = ("name", "regex", "score")

    def __init__(self, name, regex, score=0.6):
        self.name = name
        self.regex = re.compile(regex) if isinstance(regex, str) else regex
        self.score = float(score)


class PatternRecognizer(Recognizer):
    """Regex patterns and/or a deny-list, with validation and context hooks."""

    def __init__(self, entity, patterns=None, name=None, context=None, deny_list=None,
                 validator=None, gate=None, context_boost=0.35, max_len=128):
        self.entity = entity
        self.entities = (entity,)
        self.name = name or ("pattern_" + entity.lower())
        self.patterns = list(patterns or [])
        self.context = tuple(w.lower() for w in (context or ()))
        self.context_re = re.compile(_cue_alt(self.context)) if self.context else None
        self.validator = VALIDATORS[validator] if isinstance(validator, str) else validator
        self.gate = tuple(gate or ())
        self.context_boost = context_boost
        self.max_len = max_len
        self.deny_re = None
        if deny_list:
            words = sorted(set(deny_list), key=len, reverse=True)
            self.deny_re = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(w) for w in words))
            self.max_len = max(self.max_len, max(len(w) for w in words))

    def validate_result(self, value):
        """True: confirmed (score 1.0); False: drop; None: keep pattern score."""
        if self.validator is None:
            return None
        return bool(self.validator(value))

    def invalidate_result(self, value):
        return False

    def analyze(self, doc, out):
        text = doc.text
        if self.gate and not any(g in text for g in self.gate):
            pass
        else:
            for pat in self.patterns:
                for m in pat.regex.finditer(text):
                    s, e = m.span(m.lastindex or 0) if m.lastindex else m.span()
                    if e <= s:
                        continue
                    value = text[s:e]
                    v = self.validate_result(value)
                    if v is False or self.invalidate_result(value):
                        continue
                    score = 1.0 if v else pat.score
                    if self.context_re is not None and self.context_re.search(doc.window(s, 64)):
                        score = min(1.0, score + self.context_boost)
                    out.append((s, e, self.entity, score))
        if self.deny_re is not None:
            for m in self.deny_re.finditer(text):
                out.append((m.start(), m.end(), self.entity, 1.0))

    def to_dict(self):
        return {"name": self.name, "entities": [self.entity], "type": "custom"}


# ------------------------------------------------------------------------------------------
# e-mail
# ------------------------------------------------------------------------------------------
# no "=": it ends a key=value ("user=jane@example.net"); in a real local part only SRS rewriting has it, and
# masking the part after its last "=" still hides the mailbox
_EMAIL_LOCAL_SYMBOLS = ".!#$%&'*+/?^_`{|}~-"
_EMAIL_LOCAL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + _EMAIL_LOCAL_SYMBOLS
_EMAIL_DOMAIN_RE = re.compile(r"(?:[A-Za-z0-9\u00c0-\u024f\u0400-\u04ff](?:[A-Za-z0-9\u00c0-\u024f\u0400-\u04ff-]{0,62})\.){1,8}"
                              r"(?:[A-Za-z\u0400-\u04ff]{2,24}|xn--[a-z0-9-]{2,40})(?![\w-])")


# an RFC 5322 msg-id ("Message-ID: <uuid@host>", In-Reply-To, References, Content-ID) names a message, not a mailbox
_MSG_ID_HEADER_RE = re.compile(r"(?<![\w-])(?:x-)?(?:message-id|in-reply-to|references|content-id)[ \t]*:[ \t]*$", re.IGNORECASE)


# the path or the port of an SSH remote after "host:": "org/repo.git", "repo.git", "2222"
_SSH_REMOTE_PATH_RE = re.compile(r"[^\s/:]{0,100}(?:/|\.git\b)|\d{1,5}(?![\w.])")
_UUID_LOCAL_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")


def _after_escape(text, j, i):
    """``j``, or past the escape letters that text[j:i] opens with after a backslash ("\\njane@…" in a JSON
    string: a line break, then the mailbox)."""
    k = j - 1
    while k > 0 and text[k - 1] == "\\":
        k -= 1
    if (j - k) % 2 == 0:
        return j        # an escaped backslash: the letters after it are text
    if text[j] in "nrtbf":
        j += 1
    elif text[j] == "u" and _HEX4_RE.match(text, j + 1):
        j += 5
    return j + len(text[j:i]) - len(text[j:i].lstrip(_EMAIL_LOCAL_SYMBOLS))


_HEX4_RE = re.compile(r"[0-9A-Fa-f]{4}")


class EmailRecognizer(Recognizer):
    name = "email"
    entities = ("EMAIL",)
    max_len = 254

    def analyze(self, doc, out):
        text = doc.text
        find = text.find
        i = find("@")
        while i >= 0:
            # local part: up to 64 local characters before the "@", from its first letter or digit on
            back = text[max(0, i - 64):i]
            j = i - len(back) + len(back.rstrip(_EMAIL_LOCAL_CHARS))
            j = i - len(text[j:i].lstrip(_EMAIL_LOCAL_SYMBOLS))
            if j and text[j - 1] == "\\":
                j = _after_escape(text, j, i)
            if j < i:
                m = _EMAIL_DOMAIN_RE.match(text, i + 1)
                if m and text[m.end():m.end() + 1] == ":" and text[m.end() + 1:m.end() + 2].isalnum() \
                        and _SSH_REMOTE_PATH_RE.match(text, m.end() + 1):
                    m = None  # git@host:org/repo.git (SSH remote), not a mailbox; a combo line's password is no path
                if m and j > 0 and text[j - 1] == "<" and text[m.end():m.end() + 1] == ">" \
                        and _MSG_ID_HEADER_RE.search(text, max(0, j - 32), j - 1):
                    m = None
                if m:
                    local = text[j:i]
                    # (a UUID before the "@" makes an event's or a message's id: "UID:<uuid>@sched.example.com")
                    if not local.endswith(".") and ".." not in local and not (len(local) == 36 and _UUID_LOCAL_RE.match(local)):
                        out.append((j, m.end(), "EMAIL", 0.95))
            i = find("@", i + 1)


# ------------------------------------------------------------------------------------------
# numbers: phones, cards, SSN, SNILS, INN, passports, IPv4, numeric dates, numeric MRN
# ------------------------------------------------------------------------------------------
_CLUSTER_RE = re.compile(r"[\d+(](?=[\d \-./()\u2013№]{5})[\d\-./()\u2013№]*(?:  ?[\d\-./()\u2013№]+)* ?")
# The same clusters with \d spelled out as code point ranges, which sre scans 2-2.5x faster than the category
# (it keeps a bitmap for a charset of BMP ranges only): 0-9 for ASCII text, the BMP decimal digits -- runs of ten
# from 0 to 9, a Unicode stability guarantee -- for text without astral characters.
_CLUSTER_ASCII_RE = re.compile(r"[0-9+(](?=[-0-9 ./()]{5})[-0-9./()]*(?:  ?[-0-9./()]+)* ?")
_BMP_DIGIT_ZEROS = [c - unicodedata.decimal(chr(c)) for c in range(0, 0x10000, 10) if chr(c).isdecimal()]
_BMP_DIGITS = "".join("%s-%s" % (chr(c), chr(c + 9)) for c in _BMP_DIGIT_ZEROS)
_CLUSTER_BMP_RE = re.compile("[+({d}](?=[ \\-./()\u2013№{d}]{{5}})[\\-./()\u2013№{d}]*(?:  ?[\\-./()\u2013№{d}]+)* ?".format(d=_BMP_DIGITS))
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def _cluster_re(text):
    if text.isascii():
        return _CLUSTER_ASCII_RE
    return _CLUSTER_RE if _ASTRAL_RE.search(text) else _CLUSTER_BMP_RE


def _clusters(text):
    """[(start, end, raw)] of the digit clusters. Two spaces part the groups of a number spelled out digit by digit
    ("0 0 4 9  1 6 0  5 4 3"), but elsewhere the columns of a table aligned with spaces ("+49 89 2748736  1992-03-26"):
    such a cluster is cut there into pieces."""
    found = [m.span() + (m.group(),) for m in _cluster_re(text).finditer(text)]
    if "  " not in text:
        return found
    cut = []
    for s, e, raw in found:
        groups = raw.split() if "  " in raw else None
        if groups is None or sum(len(g) == 1 for g in groups) * 2 >= len(groups):
            cut.append((s, e, raw))
            continue
        for piece in raw.split("  "):
            k = 0
            while k < len(piece) and not (piece[k].isdigit() or piece[k] in "+("):
                k += 1
            if len(piece) - k >= 6:
                cut.append((s + k, s + len(piece), piece[k:]))
            s += len(piece) + 2
    return cut


_GROUP_RE = re.compile(r"\d+")
# a date in brackets after a number: "0131 273 1719 (2024-02-24 10:01:50, 0:19)"
_BRACKETED_DATE_RE = re.compile(r" \((?:\d{4}-\d\d-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4})")
_DATE_THEN_RANGE_RE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?=\s?[\u2013\u2014-]\s?\d)")
# what separates a form's label from its value besides a colon: a table's cell border, OCR dot leaders, a dash
_FORM_SEP = r"\||\.{2,60}|[—–]"
_SEP_RE = re.compile(r"\D+")
_TS_AFTER_RE = re.compile(r"(?:[T ]\d{1,2}:\d\d|T\d)")
# (a software component right before the quad names its version too: "OCR engine 7.5.213.134", "index 3.36.209.94",
# "model 8.2.39.95", "выкатили модель 11.18.19.161")
# (and a GEDCOM header's "2 VERS 5.5.1.0")
_VERSION_BEFORE_RE = re.compile(r"(?:\b(?:v|ver|version|release|build|rev|r)\.?\s*|@|\bv|(?:релиз|верси|сборк|модел)[а-я]{0,2}\s"
                                r"|\b(?:engine|runtime|driver|plugin|index|model|modell|modèle) |(?-i:(?<![^\n])\d VERS ))$",
                                re.IGNORECASE)
# ... or what software is updated to: "update to 23.55.75.45 fixed the crash", "nach dem Update auf …", "после обновления до …",
# "après la mise à jour vers …"
_VERSION_UPDATE_BEFORE_RE = re.compile(r"(?:\b(?:updat|upgrad)(?:e|ed|es|ing) (?:to|auf)|\bbump(?:ed)? to|aktualisier\w{0,4} auf"
                                       r"|обновлени[еяю] до|обновил[аи]?(?:сь)? до|mise à jour (?:vers|en)|mis à jour (?:vers|en)) $",
                                       re.IGNORECASE)
# ... or what the sentence says a version is: "the form version printed in the footer is 7.21.219.23", "la version du
# formulaire est indiquée (23.20.238.4)"
_VERSION_IS_BEFORE_RE = re.compile(r"\b(?:version|versión|версия)\b[^.\n\d]{0,30}?\b(?:is|est|ist|lautet|это)(?: indiquée| angegeben)?"
                                   r"[ \t]{1,2}\(?$", re.IGNORECASE)
# a dotted quad under a schema / version key is a version: {"schema": "22.22.5.16"}
# ... and under a key (or variable) named for a version, a firmware or an image tag: {"schemaVersion": …}, "inverterFw",
# "bios", IMAGE_TAG=…, a transliterated Russian "versiya", an app's {"app": "1.38.19.67"}
_VERSION_KEY_BEFORE_RE = re.compile(r"(?:(?:\"[\w\-]{0,24}?(?:schema|version|versiya|versija|release|build|fw|firmware|bios)|\"app|\"appli)"
                                    r"\\?\"\s{0,2}:\s{0,2}\\?\""
                                    r"|(?<![\w\-])[\w\-]{0,24}?(?:version|release|build|firmware|_tag|bios)[ \t]{0,2}=[ \t]{0,2}[\"']?)$",
                                    re.IGNORECASE)
# ... under a key ending in an abbreviated version, firmware or software word ("schema_ver", "agentVer: ", "schemaver", "MeterFw",
# "ScannerSw"; case decides the hump: "server" and "resolver" hold addresses), or as the tag of a container image
# ("registry.example/app/export:3.87.76.19")
_VERSION_KEY_TAIL_RE = re.compile(r"(?:(?:[a-z](?:Ver|Fw|Sw|Rev)|[_\-](?:ver|VER|Ver|fw|FW|sw|SW|rev|REV)|(?i:schema|agent|app|sdk|api|portal)ver)"
                                  r"\\?[\"']?[ \t]{0,2}[:=][ \t]{0,2}\\?[\"']?"
                                  r"|/[a-z0-9][a-z0-9._\-]{0,60}:)$")
# a dotted quad named a version by the word after it: "since the 2.5.79.223 update", "nach dem 4.1.0.12 Update",
# "la 3.2.1.0 version", "после 2.1.0.5 обновления"
_VERSION_AFTER_RE = re.compile(r"[ \t]{1,2}(?:(?:update|upgrade|release|build|rollout|hotfix|patch|firmware|version|aktualisierung)s?\b|"
                               r"(?:zurück|aus)gerollt\b|"
                               r"обновлени|сборк|релиз|верси)", re.IGNORECASE)
_OWN_VERSION_RE = re.compile(r"\w{0,12}[ \t:=]{1,3}v?\d+\.\d")
_LOG_LEVEL_AFTER_RE = re.compile(r"[ \t]{1,4}\[?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|CRIT|CRITICAL|FATAL)\b", re.IGNORECASE)
_IBAN_AT_RE = re.compile(r"([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})")
_LEFT_BAD = frozenset("@/+-._")
# an access log's status and size after the request line: '"GET /a HTTP/1.1" 200 7077339 "-"'
_REQUEST_LINE_END_RE = re.compile(r'HTTP/\d(?:\.\d)?\\?" $')
_HEX_LETTERS = frozenset("abcdefABCDEF")
# A Luxembourg IBAN (a 3-digit bank code, then 13 letters or digits: "LU28217Q5CLFEVZEOZQ4") or a Latvian one (a
# 4-letter bank code, then 13 letters or digits: "LV96 UNLA 0FME EA0T 9E8I D") often holds no digit cluster to anchor
# it: found by its country code, unless a cluster (6 digits and spaces) does anchor it.  The other SEPA account formats
# carry long digit runs; a search per extra country costs ~0.5 % of the engine's time.
_LETTER_RICH_IBANS = ("LU", "LV")
_CLUSTER_IN_IBAN_RE = re.compile(r"\d[\d ]{5}")
_UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-zA-Z])")
_PHONE_EXT_RE = re.compile(r"(?:x|ext\.? ?|#)\d{1,6}(?!\w)| x \d(?: \d){1,5}(?!\w)")
_IBAN_BACK_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?:\d{2}[A-Z0-9 ]{0,12})?$")
_WEAK_PHONE_CUES = ("card", "version", "date", "inn", "snils", "passport", "ssn")
# a contact point typed by a sibling key ({"type": "mobile", "value": "..."}, FHIR / SCIM telecom): the cue words
# stop at the "value" key, so a bare number there is read as a phone from the type
# someone's number or a way to reach them, right before a bare run of digits: "shared their number X", "reach the owner
# on X", "свой номер X", "seine Nummer X", "son numéro X" (a bare "number" or "номер" names any id)
_PHONE_PHRASE_RE = re.compile(
    r"(?:\b(?:my|his|her|their|your|our)\s(?:[a-z]{2,12}\s)?number|\breach\s(?:[\w.'-]{1,20}\s){1,3}(?:on|at)|\bcontact(?:ed|able)\s(?:on|at|via|under)"
    r"|(?<![а-яё])(?:сво[йюи]|мой|мою|его|её|ее|их|ваш|наш)\s(?:[а-яё]{2,12}\s)?номер"
    r"|\b(?:seine|ihre|meine|deine|unsere)\s(?:[a-zäöüß]{2,12}\s)?nummer|\b(?:son|mon|ton|votre|notre|leur)\s(?:[a-zéèêà]{2,12}\s)?numéro)"
    r"(?:\s(?:is|ist|est))?[\s:]{0,3}$")
_TELECOM_VALUE_RE = re.compile(r'"(?:system|type|use|kind|label)\\?"\s{0,2}:\s{0,2}\\?"(?:phone|mobile|cell|tel|telephone|fax|sms|'
                               r'whatsapp|home|work)\\?"\s{0,2},\s{0,40}\\?"value\\?"\s{0,2}:\s{0,2}\\?"?$')


# the early, structure-only decisions of NumberRecognizer._classify, by cluster shape
_K_FALSE, _K_IPV4, _K_DOTTED, _K_DATE, _K_CARD = range(5)
_SHAPE_TABLE = str.maketrans("0123456789", "9999999999")
_DROP_SEPS = str.maketrans("", "", " -./()\u2013№+")
_SHAPES = {}


def _shape_of(raw):
    """(group count, digit count, group lengths, separators, leading +, early decision) of a cluster.

    All of it depends on the layout of digits and separators only, so it is computed once per shape."""
    key = raw.translate(_SHAPE_TABLE)
    try:
        return _SHAPES[key]
    except KeyError:
        pass
    groups = _GROUP_RE.findall(key)
    ng = len(groups)
    gl = tuple(map(len, groups))
    nd = sum(gl)
    plus = key[0] == "+"
    seps = ()
    kind = None
    if nd < 6:
        kind = _K_IPV4 if ng == 4 and nd >= 4 and "." in key else _K_FALSE
    elif ng > 1:
        seps = tuple(_SEP_RE.findall(key.lstrip("+(").rstrip(")")))
        if ng >= 5 and sum(len(g) == 1 for g in groups) * 10 >= ng * 8:
            # spaced-out digits ("4 1 4 0 ...") read as one number; dashes between them keep their groups
            # ("8 3 0 - 7 3 - 4 8 2 9" is laid out like 830-73-4829)
            parts = key.lstrip("+(").rstrip(")").replace(" ", "").split("-")
            if len(parts) > 1 and all(parts):
                ng = len(parts)
                gl = tuple(map(len, parts))
                seps = ("-",) * (ng - 1)
            else:
                ng = 1
                gl = (nd,)
                seps = ()
    if kind is None and not plus:
        if ng == 4 and seps == (".", ".", ".") and max(gl) <= 3:
            kind = _K_IPV4     # IPv4 / dotted versions
        elif ng >= 5 and max(gl) <= 3 and all(x == "." for x in seps):
            kind = _K_DOTTED
        elif ng == 3 and seps[0] == seps[1] and seps[0] in ("/", ".", "-", ". ") and (
                (gl[0] == 4 and gl[1] <= 2 and gl[2] <= 2) or (gl[2] == 4 and gl[0] <= 2 and gl[1] <= 2)):
            kind = _K_DATE     # see _date_from_groups
        elif 13 <= nd <= 19 and (ng == 1 or (len(set(seps)) == 1 and seps[0] in (" ", "-", ".") and (
                gl in ((4, 6, 5), (4, 6, 4)) or (all(x == 4 for x in gl[:-1]) and 1 <= gl[-1] <= 4)))):
            kind = _K_CARD
    if len(_SHAPES) >= 4096:
        _SHAPES.clear()    # bounded memory for adversarial input
    _SHAPES[key] = res = (ng, nd, gl, seps, plus, kind)
    return res


def _url_host_at(text, s):
    """True if ``s`` starts the host of a URL: right after ``scheme://`` or its ``user[:pass]@``."""
    if s < 4:
        return False
    if text[s - 3:s] == "://":
        return True
    at = s - 1
    if text[at] != "@":
        return False
    i = text.rfind("://", max(0, at - 200), at)
    if i < 0:
        return False
    info = text[i + 3:at]
    return not any(c in info for c in " \t\n\"'/@<>")


def _host_label_at(text, s):
    """True if the hyphen at ``s`` ends the first label of a URL's host ("…@db-10.1.2.3:5432": an address in the name)."""
    j = s
    while j > 0 and s - j < 32 and (text[j - 1].isalnum() or text[j - 1] == "-"):
        j -= 1
    return j < s and _url_host_at(text, j)


def _ipv4_ok(raw):
    """ipv4_ok; a plain dotted quad (ASCII, no leading zeros, octets <= 255) is valid without ipaddress's parser."""
    parts = raw.split(".")
    if len(parts) == 4 and raw.isascii():
        for part in parts:
            if not part.isdigit() or len(part) > 3 or (part[0] == "0" and len(part) > 1) or int(part) > 255:
                break
        else:
            return True
    return ipv4_ok(raw)


# a booking's form of payment: a card's number glued to "CC" and the card vendor's code ("FP CCVI4111111111111111/0127")
_FOP_CARD_RE = re.compile(r"\bFP \*?CC[A-Z]{2}$")
_CIDR_RE = re.compile(r"(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})/(\d{1,2}) ?$")


def _date_from_groups(groups, seps):
    if len(groups) != 3 or seps[0] != seps[1] or seps[0] not in ("/", ".", "-", ". "):
        return False
    a, b, c = groups
    try:
        if len(a) == 4 and len(b) <= 2 and len(c) <= 2:
            return date_parts_ok(int(a), int(b), int(c))
        if len(c) == 4 and len(a) <= 2 and len(b) <= 2:
            x, y, yr = int(a), int(b), int(c)
            return date_parts_ok(yr, y, x) or date_parts_ok(yr, x, y)
    except ValueError:
        return False
    return False


def _iban_at(text, s, out):
    m = _IBAN_AT_RE.match(text, s)
    if not m:
        return False
    want = IBAN_LENGTHS.get(m.group(1))
    if want is None:
        return False
    body = m.group(0)
    # end just after the want-th non-space character: every space before it moves it one further
    end = want
    k = body.find(" ")
    while 0 <= k < end:
        end += 1
        k = body.find(" ", k + 1)
    if end > len(body):
        return False
    cand = body[:end]
    nxt = text[s + end:s + end + 1]
    if nxt.isalnum() and " " not in cand:
        return False
    if iban_ok(cand.replace(" ", "")):
        out.append((s, s + end, "IBAN", 1.0))
        return True
    return False


_TURN_LABEL_RE = re.compile(r"[ \t]*[^\W\d_][\w .'\u2019-]{0,30}:[ \t]*$")
# a turn's time (optional) before its speaker's label, and the short words that open an answer ("It's", "Das ist",
# "C'est", "Это"): shared by the turn, password and birth-date answers
_TURN_TIME = r"[ \t]*(?:[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?[ \t]{1,3})?"
_SPEAKER_LABEL = r"[^\W\d_][\w .'\u2019-]{0,30}:"
_ANSWER_WORDS = r"(?:[^\W\d_]{1,8}(?:['\u2019][^\W\d_]{1,3})?,?[ \t]{1,2}){0,3}"


# ... or a time and speaker, a few short words opening the answer ("(00:02:16) Caller: sure it's X") or both, or a
# subtitle's text (a voice tag, a few words)
_TURN_ANSWER_RE = re.compile(r"(?:%s(%s)|<v[^>\n]{0,60}>)?[ \t]*%s$" % (_TURN_TIME, _SPEAKER_LABEL, _ANSWER_WORDS))
# the timing (and number) of the subtitle cue above an answer, the question or request ending the line before it
_CUE_ABOVE_RE = re.compile(r"[?.] ?\n(?:[ \t]*\n){0,2}(?:\d{1,5}[ \t]*\n)?(?:\d\d:)?\d\d:\d\d[.,]\d{3} --> [^\n]{5,60}\n$")


def _turn_cue(doc, s):
    """Cue at the end of the previous line when the value opens a dialogue turn ("... номер паспорта.⏎Клиент: X"), or
    follows a few words opening it after a question or request ("… Social Security number.⏎Caller: sure it's X", or
    the next subtitle's "Sure, it's X")."""
    text = doc.text
    ls = text.rfind("\n", max(0, s - 64), s) + 1     # a turn label is short (bounded: linear on long lines)
    if ls == 0:
        return None
    if _TURN_LABEL_RE.match(text, ls, s):
        return doc.cue(ls - 1, 60)[0]
    am = _TURN_ANSWER_RE.match(text, ls, s)
    if am is None:
        return None
    if am.group(1):
        q = ls - 1 - (text[ls - 2:ls - 1] == " ")
        if text[q - 1:q] not in ("?", "."):
            return None
    else:
        cm = _CUE_ABOVE_RE.search(text, max(0, ls - 90), ls)
        if cm is None:
            return None
        q = cm.start() + 1
    return doc.cue(q, 60)[0]


def _label_cues(doc, s, words, reach):
    """The cue kinds of a label's words before the value, nearest first: up to ``words`` words within ``reach``
    characters back on the value's line; another value or a clause break (",;.") in between ends the label."""
    low = doc.lower
    kinds = []
    for tok in reversed(low[max(low.rfind("\n", max(0, s - reach), s) + 1, s - reach):s].split()[-words:]):
        if len(tok) == 2 and tok[1] == "." and tok[0].isalpha():
            continue    # an initial of the owner's name ("ИНН Кириллов П. Г.: X"), no clause break
        if tok[-1] in ",;." or not tok.isalpha() and any(map(str.isdigit, tok)):
            break
        k = (_CUE_TOKENS.get(tok) or _cue_token(tok))[0]
        if k:
            kinds.append(k)
    return kinds


# a JSON identity document whose type member names a passport, before or after its number ({"type":"PS","number":"…",
# "issuing_country":"RUS"}; a FHIR identifier's {"type": {"text": "passport"}, "value": "…"}); up to three other members
# between them
_DOC_TYPE = (r'"(?:type|kind|doctype|doc_type|documenttype|document_type)"\s{0,3}:\s{0,3}(?:\{\s{0,40}"(?:text|code)"\s{0,3}:\s{0,3})?'
             r'"(?:ps|ppn|passport|паспорт|passeport|reisepass|inlandspass)"')
_DOC_MEMBERS = r'(?:\s{0,40},\s{0,40}"\w{1,30}"\s{0,3}:\s{0,3}(?:"[^"\n]{0,40}"|[\w.\-]{1,20}))'
_DOC_NUMBER_KEY = r'"(?:number|value|no|nr|documentnumber|document_number|docnumber|doc_number)"\s{0,3}:\s{0,3}"'
_DOC_TYPE_BEFORE_RE = re.compile(_DOC_TYPE + r"\s{0,40}\}?" + _DOC_MEMBERS + "{0,3}" + r"\s{0,40},\s{0,40}" + _DOC_NUMBER_KEY + "$")
_DOC_TYPE_AFTER_RE = re.compile('"' + _DOC_MEMBERS + "{0,3}" + r"\s{0,40},\s{0,40}" + _DOC_TYPE)


def _document_type_cue(doc, s, e):
    """"passport" when the number ``text[s:e]`` is the number member of a JSON identity document whose type names a
    passport; else None."""
    text = doc.text
    if text[s - 1:s] != '"' or text[e:e + 1] != '"':
        return None
    low = doc.lower
    if _DOC_TYPE_BEFORE_RE.search(low, max(0, s - 240), s) or _DOC_TYPE_AFTER_RE.match(low, e):
        return "passport"
    return None


def _label_cue(doc, s):
    """Cue up to five words back on the value's line, through a label of other words ("ИНН организации-отправителя: X")."""
    kinds = _label_cues(doc, s, 5, 48)
    return kinds[0] if kinds else None


# the kinds of identifier whose number a checksum or fixed length proves once a label names them
_CHECKED_ID_KINDS = frozenset(("ssn", "tax", "inn", "snils", "passport"))


def _id_cue(doc, s, nd):
    """``_number_cue``; for a 9-12 digit identifier without a cue or after a reference word, the kind its label names
    when that is a checked kind: the first cue word of up to six words back decides ("INN auf der Rechnung: X",
    "СНИЛС из скана личного дела: X", "Passport field on the scanned form: X"; not "Invoice number for the passport
    office: X"). A date word counts as none: no date has 9-12 bare digits ("SSN (if previously issued): X")."""
    cue = _number_cue(doc, s)
    if (cue is None or cue == "ref" or cue == "date") and 9 <= nd <= 12:
        kinds = _label_cues(doc, s, 6, 64)
        if kinds and kinds[-1] in _CHECKED_ID_KINDS:
            return kinds[-1]
    return cue


_CONTACT_CARD_RE = re.compile(r"(?:contact|business|visiting|calling) card|carte de visite")
# a call, then a number sign: the call's own number ("Payment call — #8493151", "звонок №7151457")
_CALL_NUMBER_SIGN_RE = re.compile(r"(?:\bcall|звон[а-я]*)\W{0,3}$")
_NUMBER_SIGNS = ("#", "№")


def _number_cue(doc, s):
    """The cue kind before a digit cluster, a French "dossier" resolved by the words around it."""
    cue = doc.cue(s, 40)[0]
    if cue in _REF_AMOUNT:
        text = doc.text
        ls = text.rfind("\n", max(0, s - 80), s)    # (bounded: linear on long lines)
        if ls >= 0 and not text[ls + 1:s].strip() and text[max(0, ls - 64):ls].rstrip()[-1:] != ":":
            return None     # the value opens its line: a reference word ends the line above ("optician order⏎(907) …")
    if cue == "phone" and doc.text[s - 1:s] in _NUMBER_SIGNS and _CALL_NUMBER_SIGN_RE.search(doc.lower, max(0, s - 24), s - 1):
        return "ref"
    if cue == "card" and _CONTACT_CARD_RE.search(doc.lower, max(0, s - 48), s):
        return None     # a contact's card holds a phone number, not a payment card's ("Contact card: Jane Roe | 0151 …")
    if cue == "reach":
        w = doc.lower[max(0, s - 40):s]
        return "phone" if "be reached" in w or "reachable" in w or "erreichbar" in w else None
    if cue == "calls":
        return "phone" if doc.lower.endswith(("calls from ", "calls to "), max(0, s - 12), s) else None
    if cue == "dossier":
        return "mrn" if _MRN_MED_CONTEXT_RE.search(doc.lower, max(0, s - 300), s + 100) else "ref"
    return cue


class NumberRecognizer(Recognizer):
    """Digit clusters: phones, cards, SSN, SNILS, INN, passports, IPv4, numeric MRN; IBAN anchors."""

    name = "numbers"
    entities = ("PHONE", "US_SSN", "CREDIT_CARD", "IPV4", "RU_PASSPORT", "RU_SNILS", "RU_INN",
                "MEDICAL_RECORD_NUMBER", "UK_NHS", "IBAN")
    max_len = 64
    context_len = 48

    def analyze(self, doc, out):
        text = doc.text
        done_iban = -1
        for country in _LETTER_RICH_IBANS:
            pos = text.find(country)
            while pos >= 0:
                if text[pos + 2:pos + 4].isdigit() and not (pos and text[pos - 1].isalnum()):
                    found = []
                    if _iban_at(text, pos, found) and not _CLUSTER_IN_IBAN_RE.search(text, pos, found[0][1]):
                        out.append(found[0])
                pos = text.find(country, pos + 2)
        classify = self._classify
        classify_digits = self._classify_digits
        for s, e, raw in _clusters(text):
            if s:
                prev = text[s - 1]
                if prev == " " and text[s - 2:s - 1] == '"' and _REQUEST_LINE_END_RE.search(text, max(0, s - 12), s):
                    continue
                if s > done_iban and ("A" <= prev <= "Z" or (prev == " " and s > 1 and "A" <= text[s - 2] <= "Z")):
                    lm = _IBAN_BACK_RE.search(text, max(0, s - 16), s)
                    if lm and _iban_at(text, lm.start(), out):
                        done_iban = out[-1][1]
                # glued to a word: drop the first group, keep what follows a space (but the host of
                # scheme://[user:pass@]host is an address, not pkg@version)
                if "A" <= prev <= "Z" and _FOP_CARD_RE.search(text, max(0, s - 8), s):
                    k = raw.find("/")
                    if k > 0:
                        raw = raw[:k]   # the card's expiry follows its number
                        e = s + k
                elif (prev.isalnum() or prev in _LEFT_BAD) and not (s < done_iban < e - 1) \
                        and not ((prev == "@" or prev == "/") and _url_host_at(text, s)) \
                        and not (prev == "-" and _host_label_at(text, s - 1)):
                    k = raw.find(" ")
                    if k < 0:
                        continue
                    lr = len(raw)
                    while k < lr and not raw[k].isdigit() and raw[k] not in "+(":
                        k += 1
                    if lr - k < 6:
                        continue
                    s += k
                    raw = raw[k:]
            if s < done_iban:
                if e <= done_iban + 1:
                    continue
                k = done_iban
                while k < e and not text[k].isdigit():
                    k += 1
                if k >= e:
                    continue
                raw = raw[k - s:]
                s = k
            if "/" in raw:
                cm = _CIDR_RE.match(raw) if text[s - 1:s] != "@" else None     # (not a URL's host and path)
                if cm and int(cm.group(2)) >= 8:
                    # an address with its prefix length: a host's ("44.181.138.243/32", "inet 192.168.1.5/24"), not a
                    # network's, whose host bits are zero ("10.0.0.0/8")
                    if _ipv4_ok(cm.group(1)) and ipv4_host_ok(cm.group(1), int(cm.group(2))):
                        self._ipv4(doc, s, s + len(cm.group(1)), cm.group(1), out)
                    continue
            if raw.startswith("(("):
                raw = raw[1:]   # a bracketed number with an area code in brackets: "((578) 879-1353)"
                s += 1
            bm = _BRACKETED_DATE_RE.search(raw, 6) if " (" in raw else None
            if bm:
                if s and text[s - 1] in _NUMBER_SIGNS:
                    continue    # a numbered record and its date: "call #3155881 (2022-04-21)", "звонок #9046837 (18.07.2022)"
                # "Voicemail from 0131 273 1719 (2024-02-24 10:01:50)": the date is no group of the number
                raw = raw[:bm.start()]
                e = s + bm.start()
            lr = len(raw)
            p0 = raw[0] == "("
            if lr >= 10 + p0 and raw[4 + p0] == "-" and raw[7 + p0] == "-" and raw[p0:4 + p0].isdigit():
                continue  # ISO date / timestamp, also in parentheses
            if lr < 9 and " " not in raw and raw.count(".") == 1:
                continue  # amount / decimal
            c0 = raw[0]
            if c0 == "+" and not raw[1:2].isdigit() and not raw[1:2] == " ":
                continue
            # trim trailing junk
            while raw and not raw[-1].isdigit():
                if raw[-1] == ")" and raw.count("(") >= raw.count(")"):
                    break
                raw = raw[:-1]
                e -= 1
            if c0 == "(" and ")" not in raw:
                raw = raw[1:]
                s += 1
            elif c0 == "(" and raw[-1] == ")" and raw.count("(") == 1 and raw.count(")") == 1:
                raw = raw[1:-1]     # a whole value in brackets: "(169.94.199.198)"
                s += 1
                e -= 1
            if text[e:e + 1] == ":" and text[e + 1:e + 3].isdigit():
                k = raw.rfind(" ")
                if k > 0 and len(raw) - k <= 3:
                    raw = raw[:k].rstrip()  # the hour of a time: "06/03/2023 12:54", "05.04.2026 15:55"
                    e = s + len(raw)
            dm = _DATE_THEN_RANGE_RE.match(raw)
            if dm:
                raw = raw[:dm.end()]    # a date range: "09/09/2025 – 20 October 2022"
                e = s + len(raw)
            if e - s < 6:
                continue
            if (e - s >= 8 and text[s + 8:s + 9] == "-" or text[e:e + 1] in _HEX_LETTERS) and _UUID_RE.match(text, s):
                continue    # a UUID whose first group opens with (or is all) digits
            if raw.isdigit():
                classify_digits(doc, s, e, raw, out)
            elif not classify(doc, s, e, raw, out) and " " in raw:
                self._split(doc, s, raw, out)

    def _split(self, doc, s, raw, out):
        toks = raw.split(" ")
        n = len(toks)
        if n > 16 or n < 2:
            return
        starts = []
        ends = []
        pos = 0
        for tok in toks:
            starts.append(pos)
            pos += len(tok)
            ends.append(pos)
            pos += 1
        # a lone "." ends a sentence: no number spans it
        used = [tok == "." for tok in toks]
        for size in range(n - 1, 0, -1):
            for i in range(0, n - size + 1):
                a = starts[i]
                b = ends[i + size - 1]
                # 6+ characters from a digit, "+" or "(" to a digit, none of them taken by a longer part
                if b - a < 6 or not raw[b - 1].isdigit() or not (raw[a].isdigit() or raw[a] in "+(") or any(used[i:i + size]):
                    continue
                if self._classify(doc, s + a, s + b, raw[a:b], out):
                    used[i:i + size] = [True] * size

    def _classify(self, doc, s, e, raw, out):
        if raw.isdigit():
            return self._classify_digits(doc, s, e, raw, out)
        info = _SHAPES.get(raw.translate(_SHAPE_TABLE))
        ng, nd, gl, seps, plus, kind = info if info is not None else _shape_of(raw)
        if kind is not None:
            if kind == _K_FALSE:
                return False
            if kind == _K_IPV4:
                if _ipv4_ok(raw):
                    return self._ipv4(doc, s, e, raw, out)
                # a SNILS written with dots ("СНИЛС 832.380.751.99") under its cue, proven by its checksum
                if gl == (3, 3, 3, 2) and snils_ok(raw.translate(_DROP_SEPS)) and _number_cue(doc, s) == "snils":
                    out.append((s, e, "RU_SNILS", 0.9))
                    return True
                return False
            if kind == _K_DOTTED:
                # dotted phones: French "01.23.45.67.89", Russian "8.495.590.20.80"
                if not (gl == (2, 2, 2, 2, 2) and raw[0] == "0" or gl == (1, 3, 3, 2, 2) and raw[0] in "78"):
                    return True
            elif kind == _K_DATE:
                # numeric dates (dates of birth are found from their cues by DobRecognizer)
                if _date_from_groups(_GROUP_RE.findall(raw), seps):
                    return True
        text = doc.text
        if ng >= 3 and gl[0] == 4 and text.startswith(("T", " "), e) and _TS_AFTER_RE.match(text, e):
            return True
        digits = raw.translate(_DROP_SEPS)
        # payment cards; the (cheaper) cue before the checksum: a reference is never a card (an amount word is what it
        # paid)
        cue = ""    # not looked up yet (a cue is a kind or None)
        if kind == _K_CARD:
            cue = _number_cue(doc, s)
            if cue != "ref" and card_ok(digits):
                out.append((s, e, "CREDIT_CARD", 0.95))
                return True
        if plus:
            if 8 <= nd <= 15:
                xm = _PHONE_EXT_RE.match(text, e)
                out.append((s, xm.end() if xm else e, "PHONE", 0.9))
                return True
            return False
        if nd > 15:
            return self._card_kept(kind, cue)
        if cue == "":
            cue = _id_cue(doc, s, nd)
        if cue in _REF_AMOUNT:
            return True
        if cue == "mrn" and 6 <= nd <= 12 and not plus:
            if nd == 10 and gl in ((3, 3, 4), (10,)) and nhs_ok(digits):
                out.append((s, e, "UK_NHS", 0.9))
            else:
                out.append((s, e, "MEDICAL_RECORD_NUMBER", 0.8))
            return True
        if not plus:
            if nd == 9:
                if gl == (3, 2, 4) and seps[0] == seps[1] and seps[0] in ("-", " ", ".") and ssn_ok(digits):
                    out.append((s, e, "US_SSN", 0.85 if cue != "phone" else 0.5))
                    return True
                if ng == 1 and cue in ("ssn", "tax") and ssn_ok(digits):
                    out.append((s, e, "US_SSN", 0.85))
                    return True
            elif nd == 11:
                if gl == (3, 3, 3, 2) and snils_ok(digits):
                    out.append((s, e, "RU_SNILS", 0.95))
                    return True
                if gl == (3, 3, 3, 2) and cue == "snils":
                    out.append((s, e, "RU_SNILS", 0.7))
                    return True
                if ng == 1 and snils_ok(digits) and cue != "phone":
                    out.append((s, e, "RU_SNILS", 0.9 if cue == "snils" else 0.55))
                    return True
                if cue == "snils" and snils_ok(digits):
                    # any other grouping under the cue ("921-166-84701"), proven by the checksum
                    out.append((s, e, "RU_SNILS", 0.9))
                    return True
            if ng == 1 and nd in (10, 12) and inn_ok(digits):
                if cue in ("inn", "tax"):
                    out.append((s, e, "RU_INN", 0.9))
                    return True
                if nd == 12 and cue not in ("phone", "card", "passport"):
                    out.append((s, e, "RU_INN", 0.55))
                    return True
            if nd == 10 and ru_passport_ok(digits):
                numero = "№" in raw
                if cue is None and gl in ((2, 2, 6), (4, 6)):
                    cue = _turn_cue(doc, s) or _label_cue(doc, s) or _document_type_cue(doc, s, e)
                if cue == "passport" and (gl in ((2, 2, 6), (4, 6), (10,)) or numero):
                    out.append((s, e, "RU_PASSPORT", 0.9))
                    return True
                if numero or (gl == (2, 2, 6) and seps == (" ", " ")):
                    out.append((s, e, "RU_PASSPORT", 0.65))
                    return True
            if ng == 1 and cue == "ssn" and nd == 9:
                return True
        score = self._phone_score(raw, digits, nd, ng, gl, seps, plus, cue)
        if score:
            xm = _PHONE_EXT_RE.match(text, e)
            if xm:
                e = xm.end()
            out.append((s, e, "PHONE", score))
            return True
        return self._card_kept(kind, cue)

    @staticmethod
    def _card_kept(kind, cue):
        """A card-shaped cluster that failed the checksum stays whole (not split into a phone) unless a phone cue labels it."""
        return kind == _K_CARD and cue != "phone"

    @staticmethod
    def _classify_digits(doc, s, e, raw, out):
        """``_classify`` of a separator-free cluster: the same decisions, one group only."""
        nd = len(raw)
        if nd < 6:
            return False
        if nd >= 13:
            if nd == 13 and raw[0] == "1":
                return True  # epoch milliseconds
            if nd > 15:
                if nd <= 19 and doc.cue(s, 40)[0] != "ref" and card_ok(raw):
                    out.append((s, e, "CREDIT_CARD", 0.95))
                    return True
                return False
        ls = doc.text.rfind("\n", max(0, s - 80), s) if nd == 10 and raw[0] == "1" else -1    # (bounded: linear)
        if nd == 10 and raw[0] == "1" and _LOG_LEVEL_AFTER_RE.match(doc.text, e) and (ls >= 0 or s <= 80) \
                and not doc.text[ls + 1:s].strip():
            return True     # the epoch timestamp opening a log line: no cue from an earlier line applies
        # the (cheaper) cue before the card checksum: a reference is never a card; an amount word before a card is
        # what it paid ("paid with 4111…"), a card-length run of digits no sum
        cue = _id_cue(doc, s, nd)
        if cue == "ref":
            return True
        if nd >= 13 and card_ok(raw):
            out.append((s, e, "CREDIT_CARD", 0.95))
            return True
        if cue == "amount":
            return True
        if cue == "mrn" and nd <= 12:
            if nd == 10 and nhs_ok(raw):
                out.append((s, e, "UK_NHS", 0.9))
            else:
                out.append((s, e, "MEDICAL_RECORD_NUMBER", 0.8))
            return True
        if nd == 9:
            if cue is None and ssn_ok(raw):
                # a label of other words before its colon ("SSN on file: 123456789"), or a question before the answer
                cue = _label_cue(doc, s) or _turn_cue(doc, s)
            if cue in ("ssn", "tax") and ssn_ok(raw):
                out.append((s, e, "US_SSN", 0.85))
                return True
            if cue == "ssn":
                return True
        elif nd == 11:
            if cue != "phone" and snils_ok(raw):
                out.append((s, e, "RU_SNILS", 0.9 if cue == "snils" else 0.55))
                return True
        elif nd == 10:
            if cue is None:
                # only a checksum-valid INN is taken from a label further back; a previous turn's question may ask for
                # the INN or the passport
                cue = _turn_cue(doc, s)
                if cue is None and inn_ok(raw):
                    cue = _label_cue(doc, s)
                if cue is None and ru_passport_ok(raw):
                    cue = _document_type_cue(doc, s, e)
            if cue in ("inn", "tax") and inn_ok(raw):
                out.append((s, e, "RU_INN", 0.9))
                return True
            if cue == "passport" and ru_passport_ok(raw):
                out.append((s, e, "RU_PASSPORT", 0.9))
                return True
        elif nd == 12:
            if cue not in ("phone", "card", "passport") and inn_ok(raw):
                out.append((s, e, "RU_INN", 0.9 if cue in ("inn", "tax") else 0.55))
                return True
        # _phone_score of a single group
        if nd < 7:
            return False
        if nd >= 11 and raw.startswith("00"):
            if cue is None and nd == 13 and ean13_ok(raw) and _label_cue(doc, s) is None:
                return True     # a product's EAN-13 ("Velvet Night Pillow  0083663233473  285.29 GBP"), not a call abroad
            score = 0.8
        elif cue in _WEAK_PHONE_CUES or (nd == 10 and raw[0] == "1"):
            return False
        elif raw[0] == "0" and (nd == 10 or nd == 11):
            score = 0.7
        elif cue == "phone" or (cue is None and nd in (10, 11) and (_TELECOM_VALUE_RE.search(doc.lower, max(0, s - 120), s)
                                                                    or _PHONE_PHRASE_RE.search(doc.lower, max(0, s - 48), s))):
            score = 0.75
        elif cue is None and nd == 11 and (raw[0] == "8" and raw[1] in "3489" or raw[0] == "7" and raw[1] == "9") \
                and _CYR_RE.search(doc.text, max(0, s - 60), s):
            score = 0.6     # a Russian number written without separators (trunk "8", or "7 9xx" of a mobile) in Russian text
        else:
            return False
        xm = _PHONE_EXT_RE.match(doc.text, e)
        out.append((s, xm.end() if xm else e, "PHONE", score))
        return True

    @staticmethod
    def _ipv4(doc, s, e, raw, out):
        text = doc.text
        tail = text[e:e + 2]
        if tail[:1] == "." and tail[1:2].isdigit():
            return True
        cue, cend = doc.cue(s, 32, 5)
        if cue == "version" or cue is None and _label_cue(doc, s) == "version":
            return True
        head = text[max(0, s - 40):s]
        # the key test only where a key separator ends the text before the quad
        keyed = head.rstrip(' \t"\'\\')[-1:] in (":", "=") and (
            _VERSION_KEY_BEFORE_RE.search(head) or _VERSION_KEY_TAIL_RE.search(head))
        if (_VERSION_BEFORE_RE.search(head, len(head) - 10) or keyed or _VERSION_UPDATE_BEFORE_RE.search(head)
                or _VERSION_IS_BEFORE_RE.search(head)) \
                and not _url_host_at(text, s):
            return True
        if cue != "ip":
            vm = _VERSION_AFTER_RE.match(text, e)
            # ... unless the version word names a number of its own ("upstream 10.0.0.7 version 3.8.92.6")
            if vm and not _OWN_VERSION_RE.match(text, vm.end()):
                return True
        out.append((s, e, "IPV4", 0.9))
        return True

    @staticmethod
    def _phone_score(raw, digits, nd, ng, gl, seps, plus, cue):
        if nd > 15 or nd < 7:
            return 0
        if plus:
            return 0.9 if nd >= 8 else 0
        weak = cue in _WEAK_PHONE_CUES
        if digits.startswith("00") and 11 <= nd <= 15:
            return 0.8
        # an area code in parentheses; a whole number in them ("Note (1651847145):") is no phone format
        if "(" in raw and ")" in raw and 10 <= nd <= 12 and not (raw[0] == "(" and raw[-1] == ")"):
            return 0.8
        if weak and (cue != "date" or ng == 1):
            # a date word vetoes only a single run of digits (a compact date or time stamp): the grouped phone layouts
            # below are no date ("Number port scheduled: 020 9954 1125")
            return 0
        uniform = len(set(seps)) <= 1
        if ng == 1 and digits[0] == "1" and nd in (10, 13):
            return 0  # unix time (s / ms)
        if digits[0] == "0" and 9 <= nd <= 12:
            if ng == 1 and nd in (10, 11):
                return 0.7
            if ng >= 2 and min(gl[1:]) >= 2 and gl[0] <= 5:
                return 0.75
        if gl in ((3, 3, 4), (1, 3, 3, 4)) and uniform and seps and seps[0] in ("-", ".", " "):
            return 0.7
        if gl in ((3, 3, 2, 2), (1, 3, 3, 2, 2), (1, 3, 3, 4), (3, 3, 4)) and digits[0] in "78":
            return 0.75
        if gl == (2, 2, 2, 2, 2):
            return 0.75
        if cue == "phone" and 7 <= nd <= 15:
            return 0.75
        return 0


# ------------------------------------------------------------------------------------------
# IPv6
# ------------------------------------------------------------------------------------------
_IPV6_FULL_RE = re.compile(r"[0-9A-Fa-f:]{2,39}(?:\d{1,3}(?:\.\d{1,3}){3})?")
_HEXCOLON_RE = re.compile(r":[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:|::[0-9A-Fa-f]")
_HEXCH = "0123456789abcdefABCDEF:"
# hex groups ending in a dotted quad (IPv4-mapped / -compatible, RFC 4291 2.2 form 3)
_IPV6_V4_RE = re.compile(r"[0-9A-Fa-f:]{2,30}?:(?:\d{1,3}\.){3}\d{1,3}")


class Ipv6Recognizer(Recognizer):
    name = "ipv6"
    entities = ("IPV6",)
    max_len = 45

    def analyze(self, doc, out):
        text = doc.text
        pos = 0
        last_end = -1
        for m in _HEXCOLON_RE.finditer(text):
            if m.start() < last_end:
                continue
            # back over at most 40 hex digits and colons
            back = text[max(0, m.start() - 40):m.start()]
            s = m.start() - len(back) + len(back.rstrip(_HEXCH))
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_."):
                continue
            fm = _IPV6_FULL_RE.match(text, s)
            if not fm:
                continue
            v = fm.group(0)
            e = fm.end()
            if text[e:e + 1] == ".":
                vm = _IPV6_V4_RE.match(text, s)
                if vm:
                    v = vm.group(0)
                    e = vm.end()
            while v and v[-1] == ":" and not v.endswith("::"):
                v = v[:-1]
                e -= 1
            if e < len(text) and (text[e].isalnum() or text[e] == "_"):
                continue
            last_end = e
            if v.count(":") >= 2 and ipv6_ok(v):
                if "::" not in v and v.count(":") < 7:
                    continue
                out.append((s, e, "IPV6", 0.9))
        return pos


# ------------------------------------------------------------------------------------------
# secrets: provider tokens, JWT, PEM, URL credentials, key=value passwords
# ------------------------------------------------------------------------------------------
_TOKEN_PATTERNS = (
    ("AKIA", r"(?<![A-Za-z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
    ("ASIA", None), ("AGPA", None), ("AIDA", None), ("AROA", None),
    ("gh", r"(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{30,255}(?![A-Za-z0-9_])"),
    ("github_pat_", r"(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{22,255}"),
    ("gl", r"(?<![A-Za-z0-9_])gl(?:pat|dt|rt|ptt|ft|imt|agent|oas|cbt|soat|ffct)-[A-Za-z0-9_\-]{20,64}(?![A-Za-z0-9_\-])"),
    # Slack: bot/user/app/refresh/session/config/client tokens (xoxe.xoxp-1-... rotating user tokens, URL-encoded
    # xoxd- cookies) and app-level tokens xapp-1-A<app id>-<13 digits>-<64 hex>
    ("xox", r"(?<![A-Za-z0-9])xox[abposrecd](?:\.xox[abposrecd])?-[A-Za-z0-9%\-]{10,250}(?![A-Za-z0-9%\-])"),
    ("xapp-", r"(?<![A-Za-z0-9])xapp-\d-[A-Za-z0-9\-]{20,250}(?![A-Za-z0-9\-])"),
    ("hooks.slack.com", r"https://hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/_\-]{20,120}"),
    ("_live_", r"(?<![A-Za-z0-9])(?:sk|pk|rk)_live_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])"),
    ("_test_", r"(?<![A-Za-z0-9])(?:sk|rk)_test_[A-Za-z0-9]{10,247}(?![A-Za-z0-9])"),
    ("whsec_", r"(?<![A-Za-z0-9])whsec_[A-Za-z0-9+/=]{20,100}"),
    ("AIza", r"(?<![A-Za-z0-9])AIza[0-9A-Za-z_\-]{35}(?![A-Za-z0-9_\-])"),
    ("sk-", r"(?<![A-Za-z0-9_\-])sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[A-Za-z0-9_\-]{20,200}(?![A-Za-z0-9_\-])"),
    ("npm_", r"(?<![A-Za-z0-9])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"),
    ("hf_", r"(?<![A-Za-z0-9])hf_[A-Za-z]{30,40}(?![A-Za-z0-9])"),
    ("SG.", r"(?<![A-Za-z0-9])SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}(?![A-Za-z0-9_\-])"),
    ("pypi-", r"(?<![A-Za-z0-9])pypi-[A-Za-z0-9_\-]{50,200}"),
    ("dop_v1_", r"(?<![A-Za-z0-9])do[opr]_v1_[a-f0-9]{64}"),
    ("ya29.", r"(?<![A-Za-z0-9])ya29\.[A-Za-z0-9_\-]{30,400}"),
    # Docker Hub personal / organisation access tokens
    ("dckr_", r"(?<![A-Za-z0-9_])dckr_(?:pat|oat)_[A-Za-z0-9_\-]{20,64}(?![A-Za-z0-9_\-])"),
    # Shopify admin / shared-secret / custom-app / private-app tokens (32 hex)
    ("shp", r"(?<![A-Za-z0-9_])shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9_])"),
    # Tencent Cloud SecretId, Alibaba Cloud AccessKey id
    ("AKID", r"(?<![A-Za-z0-9])AKID[A-Za-z0-9]{32}(?![A-Za-z0-9])"),
    ("LTAI", r"(?<![A-Za-z0-9])LTAI[A-Za-z0-9]{12,20}(?![A-Za-z0-9])"),
)
_TOKEN_RES = []
for _gate, _rx in _TOKEN_PATTERNS:
    if _rx is None:
        _TOKEN_RES[-1][0].append(_gate)
    else:
        _TOKEN_RES.append(([_gate], re.compile(_rx)))

_SECRET_DISPATCH = {}
_AWS_KEY_ID_RX = dict((gates[0], rx) for gates, rx in _TOKEN_RES)["AKIA"]
# the secret key written right after its access key id: "`AKIA…` / `la82AK…`", "AKIA…:la82AK…"
_AWS_PAIRED_SECRET_RE = re.compile(r"[`'\" \t]{0,2}(?:/|:|,|\|)?[`'\" \t]{0,2}([A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])")


def _build_dispatch():
    byrx = {}
    for gates, rx in _TOKEN_RES:
        byrx[gates[0]] = rx
    aws = byrx["AKIA"]
    for n in ("AKIA", "ASIA", "AGPA", "AIDA", "AROA"):
        _SECRET_DISPATCH[n] = (0, aws)
    for n in ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"):
        _SECRET_DISPATCH[n] = (0, byrx["gh"])
    _SECRET_DISPATCH["github_pat_"] = (0, byrx["github_pat_"])
    for n in ("glpat-", "gldt-", "glrt-", "glptt-", "glcbt-", "glft-", "glimt-", "glsoat-"):
        _SECRET_DISPATCH[n] = (0, byrx["gl"])
    _SECRET_DISPATCH["xox"] = (0, byrx["xox"])
    _SECRET_DISPATCH["hooks.slack.com"] = (8, byrx["hooks.slack.com"])
    _SECRET_DISPATCH["_live_"] = (2, byrx["_live_"])
    _SECRET_DISPATCH["_test_"] = (2, byrx["_test_"])
    for g in ("xapp-", "whsec_", "AIza", "sk-", "npm_", "hf_", "SG.", "pypi-", "ya29."):
        _SECRET_DISPATCH[g] = (0, byrx[g])
    _SECRET_DISPATCH["_v1_"] = (3, byrx["dop_v1_"])
    _SECRET_DISPATCH["eyJ"] = (0, _JWT_RE)
    _SECRET_DISPATCH["-----BEGIN"] = (0, _PEM_HEAD_RE)
    _SECRET_DISPATCH["://"] = (0, _URL_CRED_RE)
    for g in ("dckr_", "AKID", "LTAI"):
        _SECRET_DISPATCH[g] = (0, byrx[g])
    for n in ("shpat_", "shpss_", "shpca_", "shppa_"):
        _SECRET_DISPATCH[n] = (0, byrx["shp"])
    _SECRET_DISPATCH["Q~"] = (4, _AZURE_CLIENT_SECRET_RE)
    _SECRET_DISPATCH[":AA"] = (0, _TELEGRAM_RE)
    for n in _CLI_PW_TOOLS:
        _SECRET_DISPATCH[n] = (0, _CLI_PW_RE)
    _SECRET_DISPATCH[" login "] = (0, _LOGIN_PW_RE)


_JWT_RE = re.compile(r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-.]{5,}")
# A PEM block is head, PEM_BODY* and an optional end; matched in steps (_pem_end), one C-speed
# run per body line instead of an alternation tried per character.
# (a line break may be escaped once for each level of JSON encoding: a run of backslashes before "n" or "r")
PEM_BODY = r"(?:[A-Za-z0-9+/=\s:,]|\\+[nr])"
_PEM_HEAD_RE = re.compile(r"-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_PEM_RUN_RE = re.compile(r"[A-Za-z0-9+/=\s:,]*")
_PEM_ESCAPED_BREAK_RE = re.compile(r"\\+[nr]")
_PEM_END_RE = re.compile(r"-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----")
_URL_CRED_RE = re.compile(r"(?<![\w])[A-Za-z][A-Za-z0-9+.\-]{1,20}://([^\s:/@\"'<>]{0,64}):([^\s\"'<>/]{1,128})@(?=[\w\[])")
# Azure AD (Entra) client secrets: three characters, a digit, "Q~", then 31-34 (40 characters in all)
# (a full stop after it ends a sentence, not the secret)
_AZURE_CLIENT_SECRET_RE = re.compile(r"(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~\-]|\.[A-Za-z0-9_~\-])")
# Telegram bot tokens: the bot id (8-10 digits), ':' and 35 characters opening with "AA"; matched from the colon back
_TELEGRAM_RE = re.compile(r"(?<![A-Za-z0-9_:])[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}(?![A-Za-z0-9_\-])")
# a password on a database / ssh command line: ``mysql -u root -p'value'``, ``mysqldump -pvalue``, ``sshpass -p value``
# (mysql's -p takes its value attached; a bare ``-p`` prompts; -P is the port)
_CLI_PW_TOOLS = ("mysql",)    # sshpass comes with the password needle "pass"; a "mariadb" needle would cost a scan pass
_CLI_PW_COMMANDS = frozenset(("mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow", "mysqlcheck", "mysqlslap",
                              "sshpass"))
_CLI_PW_RE = re.compile(r"[ \t]-p(?:'([^'\s]{3,128})'|\"([^\"\s]{3,128})\"|([^\s'\"`$%{<\[(][^\s'\"`]{2,127}))")
# ... and on a container registry's login: ``docker login -u ci -p value registry.example``, ``--password=value``
_LOGIN_CLIENT_RE = re.compile(r"(?<![\w\-])(?:docker|podman|nerdctl|buildah|skopeo|oras|helm registry)$")
_LOGIN_PW_RE = re.compile(r"[ \t](?:-p|--password)(?:[ \t]+|=)(['\"]?)([^\s'\"`$%{<\-][^\s'\"`]{2,127})\1(?=\s|$)")
_CLI_SSHPASS_RE = re.compile(r"[ \t]+(?:'([^'\s]{3,128})'|\"([^\"\s]{3,128})\"|([^\s'\"`$%{<\[(\-][^\s'\"`]{2,127}))")
_build_dispatch()


def _group_needles(needles):
    groups = {}
    singles = []
    for nd in needles:
        for gate in ("gh", "gl", "A", "sk", "_"):
            if nd.startswith(gate) and len(nd) > len(gate):
                groups.setdefault(gate, []).append(nd)
                break
        else:
            singles.append(nd)
    return tuple(singles) + tuple((g, tuple(v)) for g, v in groups.items())


_SECRET_NEEDLES = _group_needles(_SECRET_DISPATCH)
# (also a form's separators: a table cell border, OCR dot leaders, a dash, a markdown label's closing bold; and a value
# object under the key: {"initial_secret": {"val": "…", "conf": 0.9}})
_KV_SEP_RE = re.compile(r"[A-Za-z0-9_\-]{0,24}\\?[\"']?\s{0,3}(?:[:=]|=>|\s(?:is|ist|est|lautet|это|:)\s?|[ \t](?:%s)[ \t])" % _FORM_SEP +
                        r"(?:\*\*)?\s{0,3}(?:\{\s{0,40}\\?\"(?:val|value)\\?\"\s{0,2}:\s{0,2})?\\?[\"'`]?")
# ... or, for a password, weaker ones: the label alone on its line (OCR), a comma in prose ("a temporary password,
# X."); the value then needs two of digit, capital and symbol
_KV_WEAK_SEP_RE = re.compile(r"[A-Za-z0-9_\-]{0,24}(?:[ \t]*\r?\n|,)[ \t]{0,3}")
_PW_NEEDLES = ("pass", "pw", "secret", "token", ("api", ("api_key", "apikey", "api-key")), "mot de passe",
               "mdp", "пароль", "kennwort", "recovery", "backup", "key", "clé", "schlüssel", "ключ", "токен", "секрет", "jeton",
               "credential", "bearer", "curl", "zugangsdaten", "identifiants", "учётные данные", "учетные данные")
_KV_VALUE_RE = re.compile(r"[^\s\"'`,;<>\\]{4,128}")
_PW_WEAK_SEP_WORDS = frozenset(("pass", "пароль", "kennwort", "mot de passe"))
_WORDY_RE = re.compile(r"^[a-z]+$")
_KV_PLACEHOLDERS = frozenset(("null", "none", "true", "false", "redacted", "hidden", "changeme", "required", "******", "xxxx",
                              "secret", "password", "token"))
_ASCII_DIGITS = frozenset("0123456789")


def _strength(v, vl):
    """Has a digit + has an upper-case letter + has a non-alphanumeric character; ``vl`` is ``v.lower()``."""
    if not v.isascii():
        return any(map(str.isdigit, v)) + any(map(str.isupper, v)) + (not v.isalnum())
    # ASCII: lower() changes exactly A-Z; an alphanumeric string has a digit unless it is all letters
    alnum = v.isalnum()
    digit = not v.isalpha() if alnum else not _ASCII_DIGITS.isdisjoint(v)
    return digit + (vl != v) + (not alnum)


def _pem_end(text, pos):
    """End of the PEM block whose head ends at ``pos``."""
    while True:
        pos = _PEM_RUN_RE.match(text, pos).end()
        esc = _PEM_ESCAPED_BREAK_RE.match(text, pos)
        if not esc:
            break
        pos = esc.end()
    m = _PEM_END_RE.match(text, pos)
    return m.end() if m else pos


class SecretRecognizer(Recognizer):
    name = "secrets"
    entities = ("API_KEY",)
    max_len = 4096
    context_len = 48

    def analyze(self, doc, out):
        text = doc.text
        last = -1
        for p, needle in doc.find_all(_SECRET_NEEDLES, lower=False):
            if p < last:
                continue
            back, rx = _SECRET_DISPATCH[needle]
            st = p - back
            if st < 0:
                continue
            if rx is _URL_CRED_RE:
                st = p
                while st > 0 and (text[st - 1].isalnum() or text[st - 1] in "+.-") and p - st < 20:
                    st -= 1
                m = rx.match(text, st)
                if m:
                    pw = m.group(2)
                    if pw and not pw.startswith("[") and not pw.endswith("]"):
                        out.append((m.start(2), m.end(2), "API_KEY", 1.0))
                continue
            if rx is _TELEGRAM_RE:
                st = p
                while st > 0 and text[st - 1] in _ASCII_DIGITS and p - st < 10:
                    st -= 1
                m = rx.match(text, st)
                if m:
                    out.append((st, m.end(), "API_KEY", 0.95))
                    last = m.end()
                continue
            if rx is _CLI_PW_RE:
                _cli_password(text, p, needle, out)
                continue
            if rx is _LOGIN_PW_RE:
                if _LOGIN_CLIENT_RE.search(text, max(0, p - 16), p):
                    e = text.find("\n", p, p + 240)
                    m = rx.search(text, p + 6, e if e >= 0 else min(len(text), p + 240))
                    if m:
                        out.append((m.start(2), m.end(2), "API_KEY", 0.9))
                continue
            if rx is _PEM_HEAD_RE:
                m = rx.match(text, st)
                if m:
                    e = _pem_end(text, m.end())
                    while e > st and text[e - 1] in " \t\r\n":
                        e -= 1
                    out.append((st, e, "API_KEY", 1.0))
                    last = e
                continue
            m = rx.match(text, st)
            if not m:
                continue
            if rx is _JWT_RE:
                v = m.group(0).rstrip(".")
                if jwt_ok(v):
                    out.append((st, st + len(v), "API_KEY", 0.95))
                    last = st + len(v)
            else:
                out.append((st, m.end(), "API_KEY", 0.95))
                last = m.end()
                if rx is _AWS_KEY_ID_RX:
                    sm = _AWS_PAIRED_SECRET_RE.match(text, last)
                    if sm and _secret_shape(sm.group(1)):
                        out.append((sm.start(1), sm.end(1), "API_KEY", 0.9))
                        last = sm.end(1)
        low = doc.lower
        taken = -1
        lines = "\n" in text   # a table has lines
        for hs, word in doc.find_all(_PW_NEEDLES):
            if lines and (word in _PW_COLUMN_NEEDLES or word in _SECRET_CUES) and hs >= taken and low[hs - 1:hs] in _PW_CELL_BEFORE:
                end = _password_column(text, low, hs, out)
                if end > 0:
                    taken = end     # the cells below are taken: their own needles are values, not keys
                    continue
            if word in _RECOVERY_NEEDLES:
                _recovery_codes(text, low, hs + len(word), out)
            elif word == "pass" and hs >= 3 and low.startswith("ssh", hs - 3):
                _cli_password(text, hs - 3, "sshpass", out)     # found by "pass": a needle of its own costs a scan
            elif word == "curl":
                _curl_user(text, hs, out)
            elif hs < taken:
                continue    # in the key of a value already taken ("aws_secret_access_key") or in that value
            elif word in _SECRET_CUES:
                if word in _PW_KV_ALSO and _key_value_secret(text, low, hs, word, out):
                    taken = out[-1][1]
                elif low[hs + len(word):hs + len(word) + 1] in _CUE_SECRET_NEXT and _cue_secret(text, low, hs, word, out):
                    taken = out[-1][1]
                elif _later_colon_secret(text, low, hs, word, out):
                    taken = out[-1][1]
            elif _key_value_secret(text, low, hs, word, out):
                taken = out[-1][1]
            elif word in _PW_PROSE_CUES:
                _prose_password(text, low, hs, word, out)
        if '"match' in low or '"secret' in low or '"raw' in low:
            _scanner_findings(low, out)
        if "@" in text:
            for rx in (_COMBO_LINE_RE, _COMBO_ELEMENT_RE) if '"' in text else (_COMBO_LINE_RE,):
                for m in rx.finditer(text):
                    if not m.group(1).isdigit():    # (a port: "jane@host:8080")
                        out.append((m.start(1), m.end(1), "API_KEY", 0.85))


# a credential dump's combo line, a mailbox and its password with ":", ";" or "|" between as the line's only content
# ("jane.roe@example.org:Qwerty#65jLt"); a slash makes a path ("git@host:org/repo.git")
_COMBO_MAILBOX = r"[\w.+%'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.[A-Za-z]{2,24}[:;|]"
_COMBO_LINE_RE = re.compile(r"(?m)^[ \t]*(?:[-*\u2022] )?" + _COMBO_MAILBOX + r"([^\s/]{4,128})[ \t]*\r?$")
# ... as a JSON array's string element: ["jane.roe@example.org:Qwerty#65jLt", …]
_COMBO_ELEMENT_RE = re.compile(r'[\[,][ \t\r\n]{0,16}"' + _COMBO_MAILBOX + r'([^\s/"\\]{4,128})"(?=[ \t\r\n]{0,16}[,\]])')


# a secret scanner's finding (gitleaks, TruffleHog, a CI job's JSON report): the text matched by a rule that names a
# secret, earlier in the rule's own object ({"ruleId": "generic-api-key", "match": "…"}, {"detector": "password",
# "match": "…"}, gitleaks' {"Description": "AWS Access Key", …, "Match": "…"}; a stream has not seen what follows)
_FINDING_VALUE_RE = re.compile(r'\\?"(?:match|secret|raw)\\?"\s{0,3}:\s{0,3}\\?"([^"\\\s]{8,256})\\?"')
_FINDING_RULE_RE = re.compile(r'\\?"(?:rule|ruleid|rule_id|detector|detectorname|detector_name|detectortype|detector_type|'
                              r'check_id|type|description)\\?"\s{0,3}:\s{0,3}\\?"[^"\\\n]{0,60}?'
                              r'(?:secret|password|passwd|key|token|credential|private|aws|slack|github|gitlab|stripe|jwt)')
_FINDING_OBJECT = 400


def _scanner_findings(low, out):
    for m in _FINDING_VALUE_RE.finditer(low):
        s, e = m.span(1)
        os = low.rfind("{", max(0, s - _FINDING_OBJECT), s)
        if os < 0 or low.rfind("}", os, s) >= 0:
            continue
        v = m.group(1)
        if not v.isalpha() and not _PW_CELL_MASKS.issuperset(v) and _FINDING_RULE_RE.search(low, os, s):
            out.append((s, e, "API_KEY", 0.85))


# The password column of a text table (a password manager's CSV export "name,url,username,password,note", a markdown
# table): every cell under the header cell is the secret whatever it looks like; empty cells and placeholders keep
_PW_COLUMN_NEEDLES = frozenset(("pass", "pw", "пароль", "mot de passe"))
_PW_COLUMN_CELLS = frozenset(("password", "passwort", "kennwort", "mot de passe", "пароль", "passwd", "pwd", "pass"))
# a token or key column holds a secret only in a generated secret's shape (a "Key" column may hold "PROJ-12")
_SECRET_COLUMN_CELLS = frozenset(("token", "tokens", "secret", "key", "api key", "api_key", "apikey", "access key", "secret key",
                                  "access token", "auth token", "credential", "credentials", "jeton", "clé", "clé api",
                                  "schlüssel", "api-schlüssel", "ключ", "токен", "секрет"))
_PW_CELL_BEFORE = frozenset(("", ",", ";", "|", "\t", "\n", '"', "'", " "))
_PW_CELL_STRIP = " \"'`\r"
_PW_CELL_MASKS = frozenset("*x\u2022-:")    # (":": a markdown rule aligning its column, "---:")


# the rule under a markdown table's header: "|---|:---:|", "--- | ---"
_MD_RULE_RE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?\r?$")


def _password_column(text, low, hs, out):
    """Mask the cells under a password header cell at ``hs``; returns where its table ends, or -1 (no such header)."""
    found = table_header(text, hs)
    if found is None:
        return -1
    ls, le, delim = found
    header = low[ls:le]
    ca = header.rfind(delim, 0, hs - ls) + 1
    cb = header.find(delim, hs - ls)
    cell = header[ca:cb if cb >= 0 else len(header)].strip(_PW_CELL_STRIP)
    shaped = cell in _SECRET_COLUMN_CELLS
    if not shaped and cell not in _PW_COLUMN_CELLS:
        return -1
    col = header.count(delim, 0, hs - ls)
    seps = header.count(delim)
    if ls > 0 and text.count(delim, text.rfind("\n", 0, ls - 1) + 1, ls - 1) == seps:
        return -1   # a row of its table, not its header: a key-value table's label cell ("| 3 | Passwort | X |")
    if header.lstrip().startswith("|"):
        ne = text.find("\n", le + 1)
        if not _MD_RULE_RE.match(text, le + 1, ne if ne >= 0 else len(text)):
            return -1   # a markdown table's header has its rule below; without it the row is one of the body's
    end = len(text)
    for pos, e in _lines_below(text, le + 1, end):
        if e - pos > 2000 or text.count(delim, pos, e) < seps:
            end = pos
            break   # a blank line, prose or another table: the table is over
        cell = row_cell(text, pos, e, delim, col)
        if cell is None:
            continue
        a, b = cell
        while a < b and text[a] in _PW_CELL_STRIP:
            a += 1
        while b > a and text[b - 1] in _PW_CELL_STRIP:
            b -= 1
        v = text[a:b]
        if 4 <= b - a <= 128 and " " not in v and v.lower() not in _KV_PLACEHOLDERS and not _PW_CELL_MASKS.issuperset(v) \
                and (not shaped or _secret_shape(v)):
            out.append((a, b, "API_KEY", 0.85))
    return end


def _cli_password(text, p, tool, out):
    """The password argument of a ``mysql``/``mysqldump``/``sshpass`` command on the same line (within 160 characters)."""
    if p > 0 and (text[p - 1].isalnum() or text[p - 1] == "_"):
        return
    j = p + len(tool)
    while j < len(text) and (text[j].isalnum() or text[j] == "-"):
        j += 1
    if text[p:j] not in _CLI_PW_COMMANDS:
        return
    e = text.find("\n", p, p + 160)
    if e < 0:
        e = min(len(text), p + 160)
    i = text.find(" -p", p, e)
    while i >= 0:
        if tool == "sshpass" and text[i + 3:i + 4] in (" ", "\t"):
            m = _CLI_SSHPASS_RE.match(text, i + 3, e)
        else:
            m = _CLI_PW_RE.match(text, i, e)
        if m:
            g = 1 if m.group(1) is not None else 2 if m.group(2) is not None else 3
            out.append((m.start(g), m.end(g), "API_KEY", 0.9))
            return
        i = text.find(" -p", i + 3, e)


# basic-auth credentials on a curl command line: ``curl -u user:password``, ``--user 'user:password'`` (not "$PASS")
_CURL_USER_RE = re.compile(r"[ \t](?:-u|--user)(?:[ \t]+|=)(['\"]?)[^\s:'\"]{1,64}:([^\s'\"]{3,128})\1(?=\s|$)")
# what opens a variable or a template, not a password ("$PASS", "%PASSWORD%", "{{ pw }}", "<password>"); in single quotes
# the shell reads no variable, so there only a variable's name is one ('svc:$glc%GxMghh' is a password)
_CURL_PLACEHOLDER_STARTS = ("$", "%", "{", "<")
_CURL_VARIABLE_RE = re.compile(r"[$%]\{?[A-Za-z_]\w*\}?%?$")


def _curl_user(text, p, out):
    """The password of ``curl -u user:password`` on the command's line or a continued line ("\\" before the break)."""
    n = min(len(text), p + 400)
    e = text.find("\n", p, n)
    while e > 0 and text[e - 1] == "\\":
        e = text.find("\n", e + 1, n)
    m = _CURL_USER_RE.search(text, p + 4, e if e >= 0 else n)
    v = m and m.group(2)
    if v and (not v.startswith(_CURL_PLACEHOLDER_STARTS)
              or m.group(1) == "'" and v[0] in "$%" and not _CURL_VARIABLE_RE.match(v)):
        out.append((m.start(2), m.end(2), "API_KEY", 0.9))


_PASS_WORDS = ("passenger", "passport", "passage", "passive", "passthrough", "passer")


def _key_value_secret(text, low, hs, word, out):
    """``password: value``, ``api_key=value``, ``token is value``: True when a value was taken."""
    if hs > 0 and low[hs - 1].isalpha() and word not in ("pass", "secret", "token", "key", "pw"):
        return False
    if word == "pass" and low.startswith(_PASS_WORDS, hs):
        return False    # a passenger's phone or a passport number, not a password
    if word == "pw":
        # "pw" ends a key ("initial_pw", "tempPw", "pwd"), not "upward", "pwned" or a code ("BK-GV7ZPW")
        if low[hs + 2:hs + 3].isalpha() and low[hs + 2] != "d":
            return False
        ks = hs
        while ks and (low[ks - 1].isalpha() or low[ks - 1] in "_-"):
            ks -= 1
        if ks and low[ks - 1].isdigit():
            return False
    sm = _KV_SEP_RE.match(text, hs + len(word))
    weak = False
    if not sm:
        sm = _KV_WEAK_SEP_RE.match(text, hs + len(word)) if word in _PW_WEAK_SEP_WORDS else None
        if not sm:
            return False
        weak = True
    if text.startswith("[", sm.end()):
        return _secret_array(text, sm.end() + 1, out)
    vm = _KV_VALUE_RE.match(text, sm.end())
    if not vm:
        return False
    v = vm.group(0)
    if (v[0] in "[{(<" and not _symbol_led_password(v)) or v.startswith(("${", "{{")):
        return False
    vl = v.lower()
    if vl in _KV_PLACEHOLDERS or _WORDY_RE.match(v):
        return False  # a plain lower-case word: "password is required", "token expired"
    if word == "pass" and v.isalpha() and "|" in text[hs + len(word):sm.end()]:
        return False  # a result cell and the comment after it ("| pass | Introduced self |"), no password column
    if weak and (len(v) < 8 or _strength(v, vl) < 2):
        return False
    ks = low.rfind('"', max(0, hs - 24), hs)
    key = low[max(ks, hs - 24, 0):sm.end()]
    if "page" in key or _DIGEST_RE.match(v):
        return False    # a pagination cursor ("next_page_token") or a content digest ("sha256:…", "sha512-…")
    if "key" in key or "token" in key or "secret" in key:
        if _HEX_SECRET_RE.match(v) and ("token" in key or "secret" in key or "api" in key) and not _HASH_KEY_RE.search(key) \
                and not v.isdigit() and not v.isalpha():
            pass    # a hex API token ("ATS_API_TOKEN=99da7fe4…", "api_key: 6444c48b…"), not a token's hash or id
        elif len(v) < 16 or _strength(v, vl) < 2:
            # a shared secret (PPP, RADIUS) is a password: 8+ characters with a digit, both cases and a symbol; so is a
            # password of 10+ pasted as an API key or a token (OPENAI_API_KEY=Papillon5286_), but not under any "key"
            # (primary_key)
            if not (("secret" in key and len(v) >= 8 or ("token" in key or "api" in key or "access" in key) and len(v) >= 10)
                    and _strength(v, vl) == 3 and v != v.upper()):
                return False
    elif len(v) < 12 and _strength(v, vl) == 0:
        return False
    e = vm.end()
    while e > vm.start() and text[e - 1] in ".!?)" and (e - vm.start()) > 4 and text[e - 1] == ".":
        e -= 1
    out.append((vm.start(), e, "API_KEY", 0.8))
    return True


_HEX_SECRET_RE = re.compile(r"(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$")
# keys of a secret's hash or identifier, not of the secret ("token_sha256", "api_key_id", "secret_fingerprint")
_HASH_KEY_RE = re.compile(r"hash|sha|md5|digest|checksum|fingerprint|[_\-.]id\b|_?id[\"']?\s*[:=]|keyid|tokenid")
_DIGEST_RE = re.compile(r"(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[:\-]", re.IGNORECASE)
# a JSON array of strings ("leakedSecrets": ["sk_test_…", "Ur3x+YVx…"]): each string in a generated secret's shape
_ARRAY_ITEM_RE = re.compile(r"\s{0,8}\\?\"([^\"\\\s]{8,200})\\?\"\s{0,8}([,\]])")


def _secret_array(text, pos, out):
    found = False
    for _item in range(64):
        m = _ARRAY_ITEM_RE.match(text, pos)
        if not m:
            break
        if _secret_shape(m.group(1)):
            out.append((m.start(1), m.end(1), "API_KEY", 0.8))
            found = True
        if m.group(2) == "]":
            break
        pos = m.end()
    return found


# Passwords in prose: the password word (and the end of its markdown emphasis), up to four words ("temporaire", "for the
# admin account", "для входа")
# and a connector ("is", "lautet", ":", "—") on the same line, or the value right after the word.  The value must
# look like a password (digit, symbol or inner capital), more so the looser its link to the word: "password reset
# link", "the password field", "Passwort vergessen?" keep.  Code is not prose: ``self.password = x``,
# ``if conn_password:`` and ``key_password=key_password`` are left to the key = value rule.
_PW_PROSE_CUES = frozenset(("pass", "mot de passe", "mdp", "пароль", "kennwort"))
# a German compound ends in its head noun: "Initialpasswort", "Einmalkennwort" name a password
_DE_PW_HEADS = ("passwort", "kennwort")
_PW_PASS_WORDS = frozenset(("password", "passwort", "passwd", "passphrase", "passcode"))
_PW_WORD_RE = re.compile(r"[^\W\d_]*")
# a reset / change names the new value too: "reset to", "zurückgesetzt auf", "réinitialisé à", "сброшен на"
_PW_LINK_RE = re.compile(r"(?:\*\*|__)?((?:[ \t]+[^\W\d_][\w'\u2019-]{0,24}[.,]?){0,4}?)[ \t]*"
                         r"(?:(?<=\s)(?:(?:was|been|wurde|été|был|была)[ \t]+)?"
                         r"(?:reset|changed|set|updated|zurückgesetzt|geändert|gesetzt|réinitialisé|modifié|changé|défini|"
                         r"сброшен|изменён|изменен|установлен|обновлён|обновлен)[ \t]+(?:to|auf|à|на)(?=[ \t])|"
                         r"(?<=\s)(?:is|was|est|c['\u2019]est|ist|lautet|это)(?=[\s:])[ \t]*:?|[:\u2014\u2013](?:\*\*|__)?|-(?=\s)|\.{3,60}|\u2026)[ \t]*",
                         re.IGNORECASE)
# ... or, without a connector, up to two short words naming what the password opens
_PW_QUALIFIER_RE = re.compile(r"(?:[ \t]+[^\W\d_][\w'\u2019-]{0,14}){1,2}[ \t]+(?=\S{8})")
# an answer's value after a few short words ("It's", "Das ist", "C'est", "Это")
_PW_ANSWER_RE = re.compile(_ANSWER_WORDS + r"([^\s\"'`,;<>]{6,64})")
_PW_QUOTES = {"`": "`", '"': '"', "'": "'", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u201c": "\u201d"}
_PW_EMAIL_RE = re.compile(r"[^@]+@[^@]+\.[A-Za-z]{2,}$")
_PW_HEXISH_RE = re.compile(r"[0-9a-fA-F-]{16,}$")
_PW_NAME_RE = re.compile(r"[a-z]+(?:[-_.][a-z]+)*$")   # kebab/snake/dotted lower-case names: "db-creds", "self.x"


_PW_CLOSING = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _symbol_led_password(v):
    """A password opening with a symbol ("(k2Lm9Qwz", "%Tq7vBn4x"), not a ``$Var1``, ``%(name)s``, ``{{ var }}``,
    ``[link]``, ``(note)`` or path: 8+ characters, a digit and both cases, no path separator, no closing bracket."""
    return (len(v) >= 8 and any(map(str.isdigit, v)) and any(map(str.islower, v)) and any(map(str.isupper, v))
            and "/" not in v and "\\" not in v and _PW_CLOSING.get(v[0], "(") not in v
            and not (v[0] == "$" and v[1:].replace("_", "").isalnum()))


def _password_classes(v):
    """Digit + symbol + inner capital; 0 without lower-case letters (IDs, codes), for hashes, paths, e-mails, ``$VARS``
    and lower-case names."""
    if (sum(map(str.isalpha, v)) < 3 or not any(map(str.islower, v)) or "://" in v
            or (v[0] in "$%{[<(/~\\" and not _symbol_led_password(v))
            or _PW_HEXISH_RE.match(v) or _PW_EMAIL_RE.match(v) or _PW_NAME_RE.match(v)):
        return 0
    return any(map(str.isdigit, v)) + (not v.isalnum()) + any(map(str.isupper, v[1:]))


def _prose_password(text, low, hs, word, out):
    we = hs + len(word)
    if hs > 0 and (low[hs - 1].isalpha() or low[hs - 1] in "_.") \
            and not (low[hs - 1].isalpha() and low.startswith(_DE_PW_HEADS, hs)):
        return
    if word == "pass":
        we = _PW_WORD_RE.match(low, hs).end()
        if low[hs:we] not in _PW_PASS_WORDS:
            return
    if low[we:we + 1].isalpha() or low[we:we + 1] == "_":
        return
    a = _answer_after(text, we)
    asked = a is not None
    if not asked:
        a = _answer_after(text, we, requests=True)
    if a is not None:
        # the answer to a question or request for it: "… the password you set on the hub?⏎Caller: It's Falcon6408*."
        am = _PW_ANSWER_RE.match(text, a)
        v = am and am.group(1).rstrip(".")
        if v and len(v) >= 6 and _password_classes(v) >= 2:
            out.append((am.start(1), am.start(1) + len(v), "API_KEY", 0.8))
            return
        if asked:
            return
        # (a statement ending in a full stop may hold the value itself: "Passwort ist Marmotte!.")
    m = _PW_LINK_RE.match(text, we)
    if m:
        p = m.end()
        need = 2 if m.group(1) else 1
    elif text[we:we + 1] == " ":
        p = we + 1
        need = 2
        qm = _PW_QUALIFIER_RE.match(text, we)
        first = _KV_VALUE_RE.match(text, p)
        if qm and (first is None or len(first.group(0)) < 8):
            # what the password opens ("пароль от вайфая X", "Passwort fürs WLAN X"): only a value of all three classes
            p = qm.end()
            need = 3
    else:
        return
    close = _PW_QUOTES.get(text[p:p + 1])
    if close:
        e = text.find(close, p + 1, p + 130)
        v = text[p + 1:e]
        if e < 0 or len(v) < 4 or " " in v or not v.isprintable():
            return
        p += 1
        need = 1
    else:
        vm = _KV_VALUE_RE.match(text, p)
        if not vm:
            return
        v = vm.group(0).rstrip(".:)")
        if len(v) < (6 if m else 8):
            return
        e = p + len(v)
    if _password_classes(v) >= need:
        out.append((p, e, "API_KEY", 0.8))


# A key, token or secret named by a generic word ("der Token bysK%2kSOGj", "la clé 0itZ039wl...", "ключ eWHQ%5r3R",
# "AWS_KEY": "OqSw!hXWV5FY$") is taken only in the shape of a generated secret: mixed case, a digit or symbol and the
# letters in short pieces (random text, not camel-case words: "MyProject-2", "PrimaryKey1"), or the 40-character base64
# shape of an AWS secret access key.  Hashes, UUIDs, e-mails, URLs, paths, $VARS and IDs without lower case keep.
_SECRET_CUES = frozenset(("token", "secret", "key", "clé", "schlüssel", "ключ", "токен", "секрет", "jeton", "credential", "bearer",
                          "zugangsdaten", "identifiants", "учётные данные", "учетные данные"))
# the French token names what it grants: "le jeton d'accès X", "jeton d'authentification : X", "jeton API X"
_JETON_OF_RE = re.compile(r" (?:d['\u2019](?:acc[eè]s|authentification|api)|api)(?![\w'\u2019])")
_CUE_SECRET_NEXT = frozenset(" \t\"':=\\")     # what _CUE_SECRET_RE can start with
_PW_KV_ALSO = frozenset(("token", "secret"))    # the key = value rule has these; a value it refused may still be a secret
# after the word: a key = value separator, or in prose a space, an optional "is"/"ist"/"est"/"это"/":" and a quote
_CUE_SECRET_RE = re.compile(r"(?:\\?[\"']?[ \t]{0,3}(?:[:=]|=>)(?:\*\*|__)?|"
                            # what the secret opens, then the verb: "der API-Schlüssel für die Schnittstelle lautet X"
                            r"[ \t](?:for|für|pour|для)(?:[ \t][\w'\u2019\-]{1,24}){1,3}[ \t](?:is|ist|est|lautet|:)(?=[ \t])|"
                            r"[ \t]{1,3}(?:(?:is|was|ist|war|est|était|lautet|это|был|была|:|%s)(?=[ \t]))?)" % _FORM_SEP +
                            r"[ \t]{0,3}[\"'`\u00ab\u201e\u201c]?([^\s\"'`,;<>\\\u00bb\u201c\u201d]{8,128})")
# what happened to the secret, after its word: "Secret exposé : X", "leaked token: X", "Token kompromittiert: X"
_SECRET_STATE_RE = re.compile(r"[ \t](?:exposed|leaked|found|compromised|exposée?|compromise?|divulguée?|détectée?|"
                              r"offengelegt|geleakt|kompromittiert|gefunden|скомпрометирован[а-я]{0,3}|утёк|утек)(?=[ \t:*])")
_AWS_SECRET_RE = re.compile(r"[A-Za-z0-9+/]{40}$")
# letters read as camel-case words ("Hello", "HTTP", "my"): a generated secret breaks into many one- or two-letter pieces
# ("bysKBT%2kSOGjpC&": bys KBT k SOG jp C), words into few ("HelloWorldApp2", "MyKeyPair-Prod2", "getHTTPResponse")
_CAMEL_PIECE_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_SHORT_PIECES_MIN = 3


def _short_pieces(v):
    """How many camel-case pieces of ``v`` have at most two letters."""
    n = 0
    for piece in _CAMEL_PIECE_RE.findall(v):
        if len(piece) <= 2:
            n += 1
    return n


def _secret_shape(v):
    """A generated secret: the AWS secret key shape, or mixed case with a digit or symbol and frequent case changes."""
    if not (any(map(str.islower, v)) and any(map(str.isupper, v))) or _DIGEST_RE.match(v):
        return False
    if len(v) == 40 and _AWS_SECRET_RE.match(v):
        return any(map(str.isdigit, v)) and _short_pieces(v) >= _SHORT_PIECES_MIN
    if v.isalpha() or "://" in v or "/" in v or "\\" in v or _PW_EMAIL_RE.match(v) or _PW_HEXISH_RE.match(v):
        return False
    if v[0] in "$%{[<(~" and not _symbol_led_password(v):
        return False
    return (not v.isalnum() or any(map(str.isdigit, v))) and _short_pieces(v) >= _SHORT_PIECES_MIN


# ... or later in the word's sentence, after a colon or "was": "pasted this token into the Discord channel: <value>",
# "found a key in the repo: `<value>`", "leaked credential in repo was <value>" (20+ characters in a generated secret's
# shape), or in brackets when it mixes cases and digits: "the credential you pasted (<value>)"
_LATER_SECRET_RE = re.compile(r"[^\n.!?:]{1,80}(?:(?::|[ \t](?:is|was|ist|war|est|était|был|была))[ \t]{1,3}|[ \t](\())[`\"']?"
                              r"([A-Za-z0-9+/=_\-]{20,128})(?![A-Za-z0-9+/=_\-])")


def _later_colon_secret(text, low, hs, word, out):
    if hs > 0 and low[hs - 1].isalpha():
        return False
    m = _LATER_SECRET_RE.match(text, hs + len(word))
    # in brackets a digit is required too (_secret_shape has checked both cases): ids and plain words stay
    if m and _secret_shape(m.group(2)) and (m.group(1) is None or not _ASCII_DIGITS.isdisjoint(m.group(2))):
        out.append((m.start(2), m.end(2), "API_KEY", 0.75))
        return True
    return _secret_list(text, hs + len(word), out)


# a list under the sentence of a secret word: "I found credentials that should not be there:⏎- <value>⏎- <value>"
_LIST_INTRO_END_RE = re.compile(r"[^\n.!?:]{0,80}:[ \t]*\r?\n")
_SECRET_ITEM_RE = re.compile(r"[ \t]{0,8}[-*•][ \t]{1,3}`?([^\s`]{8,128})`?[ \t]*(?:\r?\n|$)")


def _secret_list(text, pos, out):
    """Each item of a bulleted list introduced by a secret word's sentence, in a generated secret's or a strong password's
    shape: True when one was taken."""
    m = _LIST_INTRO_END_RE.match(text, pos)
    if not m:
        return False
    found = False
    pos = m.end()
    for _item in range(32):
        im = _SECRET_ITEM_RE.match(text, pos)
        if not im:
            break
        v = im.group(1)
        if _secret_shape(v) or len(v) >= 10 and _strength(v, v.lower()) == 3 and v != v.upper() and "://" not in v:
            out.append((im.start(1), im.end(1), "API_KEY", 0.75))
            found = True
        pos = im.end()
    return found


_CURSOR_WORDS = ("page", "next", "cursor", "continuation")


def _cue_secret(text, low, hs, word, out):
    """``der Token <value>``, ``la clé : <value>``, ``"AWS_KEY": "<value>"``, ``jwtSigningKey: <value>``: a value in a
    secret's shape."""
    # (a camel-case key's last word: "jwtSigningKey", not a pagination cursor's "nextPageToken")
    camel = text[hs].isupper() and text[hs - 1].islower() and not low.endswith(_CURSOR_WORDS, 0, hs)
    if hs > 0 and low[hs - 1].isalpha() and not camel:
        return
    we = hs + len(word)
    if word == "jeton":
        jm = _JETON_OF_RE.match(low, we)
        if jm:
            we = jm.end()
    sm = _SECRET_STATE_RE.match(low, we)
    if sm:
        we = sm.end()
    if low.startswith(("**", "__"), we):
        we += 2     # a markdown label's emphasis ends before its colon ("**Token**: X")
    if low[we:we + 1] not in _CUE_SECRET_NEXT:
        return
    vm = _CUE_SECRET_RE.match(text, we)
    if not vm:
        return
    v = vm.group(1)
    if v.islower() or v.isupper():
        return
    while len(v) > 8 and v[-1] in ".:)":
        v = v[:-1]
    if _secret_shape(v):
        out.append((vm.start(1), vm.start(1) + len(v), "API_KEY", 0.8))
        return True
    return False


# 2FA recovery / backup codes: the key names the secret whatever the codes look like (a JSON string or array, a
# YAML list, a comma-separated config value); a code has a digit, so "backup_code": "disabled" keeps
_RECOVERY_NEEDLES = frozenset(("recovery", "backup"))
_RECOVERY_KEY_RE = re.compile(r"[ _\-]?codes?\\?[\"']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}")
_RECOVERY_LIST_RE = re.compile(r"\s{0,40}\\?[\"']([^\s\"'\\]{6,64})\\?[\"']\s{0,40}(,?)")
_RECOVERY_YAML_RE = re.compile(r"[ \t]*\r?\n[ \t]*-[ \t]+[\"']?([^\s\"'\\]{6,64})")
_RECOVERY_QUOTED_RE = re.compile(r"\\?[\"']([^\s\"'\\]{6,64})\\?[\"']()")
_RECOVERY_BARE_RE = re.compile(r"([^\s\"'`,;\\\[\]{}<>]{6,64})[ \t]*(,?)[ \t]*")


def _recovery_codes(text, low, p, out):
    km = _RECOVERY_KEY_RE.match(low, p)
    if not km:
        return
    p = km.end()
    c = text[p:p + 1]
    if c == "[":
        rx, p = _RECOVERY_LIST_RE, p + 1
    elif c == "\n" or c == "\r":
        rx = _RECOVERY_YAML_RE
    elif c in "\"'\\":
        rx = _RECOVERY_QUOTED_RE
    else:
        rx = _RECOVERY_BARE_RE
    for code_index in range(32):  # at most 32 codes per key
        m = rx.match(text, p)
        if not m:
            return
        if any(map(str.isdigit, m.group(1))):
            out.append((m.start(1), m.end(1), "API_KEY", 0.85))
        p = m.end()
        if rx is not _RECOVERY_YAML_RE and not m.group(2):
            return


# ------------------------------------------------------------------------------------------
# MRN (alphanumeric, cue driven)
# ------------------------------------------------------------------------------------------
# the value, or digits grouped with spaces ("hospital number is 246 858 4601", "медицинская карта № 123 456 7890"); a
# grouped one starting with 0 is a phone number with its trunk prefix ("call the hospital number 020 7946 0000")
# (a markdown label keeps its bold after the colon: "**Fallnummer:** PID-82195698"; prefixes of up to five letters and a
# colon: "CHART-22291374", "PN:93517333")
# (OCR dot leaders, a table's cell border and a dash separate a label from its value too: "MRN ...... X", "| Unit No. | X |",
# "Pat.-Nr. — X")
_MRN_VAL_RE = re.compile(r"(?:\\?[\"']?\s{0,3}(?:[:=#№.]|%s|is|ist|est|[Nn][or°]\.?|number|номер)?\s{0,3}(?:\\?[\"']|\*\*)?\s{0,2}){0,2}" % _FORM_SEP +
                         r"([1-9]\d{1,4}(?: \d{3,5}){1,3}(?![\w-])|(?:[A-Z]{2,4} (?=\d{4})|[A-Za-zА-ЯЁа-яё]{0,5}[#\-/:]?)\d[A-Za-z0-9\-/#]{3,20})")


# ... or the identifier an answer gives a few words in ("Yes, it says KT172049-J7.", "ja da steht 807680042")
_MRN_ANSWER_RE = re.compile(r"[^\n\d]{0,30}?(?<![\w\-])([A-Z]{0,4}-?\d[A-Z0-9\-]{3,18}[A-Z0-9])(?![\w\-])")
# a FHIR-style identifier: {"system": "urn:...:mrn", "value": "..."}, the value right after the system
_MRN_FHIR_VALUE_RE = re.compile(r"(?:\\?\")?\s{0,2},\s{0,40}\\?\"value\\?\"\s{0,2}:\s{0,2}\\?\"")
# ... or an object of the value and its metadata under the record key: {"record_no": {"val": "…", "conf": 0.61}}
_MRN_NESTED_VALUE_RE = re.compile(r"(?:\\?\")?\s{0,2}:\s{0,2}\{\s{0,40}\\?\"(?:val|value|text|v)\\?\"\s{0,2}:\s{0,2}\\?\"")
# a FHIR identifier typed with the HL7 v2-0203 code "MR" (medical record number): its value follows the
# coding and system, whatever the system is named; the needles 'mr"' / 'mr\\"' join the scan's "m" group
# ... or typed by its text "MRN" ({"type": {"text": "MRN"}}, a common local practice) or the code "MRN"
_MRN_FHIR_MR_NEEDLES = ('mr"', 'mr\\"', 'mrn"', 'mrn\\"')
_MRN_FHIR_MR_BACK_RE = re.compile(r"\\?\"(?:code|text)\\?\"\s{0,2}:\s{0,2}\\?\"$")
_MRN_FHIR_MR_VALUE_RE = re.compile(r"\\?\"value\\?\"\s{0,2}:\s{0,2}\\?\"([A-Za-z0-9][A-Za-z0-9\-/.]{3,40})\\?\"")
# a FHIR patient's identifier for everyday use ("use": "usual"), its system a hospital's: the record number
_MRN_FHIR_USUAL_RE = re.compile(r'\\?"use\\?"\s{0,2}:\s{0,2}\\?"usual\\?"\s{0,2},\s{0,40}'
                                r'(?:\\?"system\\?"\s{0,2}:\s{0,2}\\?"([^"\\]{0,120})\\?"\s{0,2},\s{0,40})?'
                                r'\\?"value\\?"\s{0,2}:\s{0,2}\\?"([A-Za-z0-9][A-Za-z0-9\-/.#]{3,40})\\?"')
_MRN_NHS_LATER_RE = re.compile(r"(?<![\w-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])")
# French "dossier" names any file (a claim, an order); a plain one is a medical record only among medical words
_MRN_MED_CONTEXT_RE = re.compile(r"patient|m[ée]dic|m[ée]decin|infirmi|soignant|h[ôo]pita|hospitalis|clinique|sant[ée]|soins|admis|"
                                 r"consultation|\bipp\b|urgences|séjour|pharmac|ordonnance|dentist|dentaire|"
                                 r"diagnos|symptôm|douleur|toux|fièvre|migraine|palpitation|rendez-vous|"
                                 r"imagerie|\birm\b|radiolog|échograph|analyses|biolog|laboratoire|prise de sang")
# a "case number" or a bare "record" key names a patient's record among care words (a hospital's case number is the
# German "Fallnummer"): en/de/fr/ru
_MRN_CARE_CONTEXT_RE = re.compile(r"patient|hospital|h[ôo]pital|clinic|klinik|medical|m[ée]dic|nurs|physician|doctor|\bgp\b|"
                                  r"\brefer(?:s|red|ral)\b|presents with|diagnos|стационар|выписк|госпитал|диагноз|"
                                  r"carer|care home|home care|next of kin|discharg|admitted|\bward\b|krankenh|pflege|arzt|ärzt|"
                                  r"infirmi|soignant|dental|dentist|zahnarzt|praxis|radiolog|стоматолог|больниц|пациент|врач|палат|поликлиник|"
                                  r"\blab\b|laborator|specimen|hba1c|\bmri\b|x-ray|blood test|prescri|vaccin|immuni|\behr\b|\bemr\b")
# German "Versicherungsnummer" is also the pension insurance number: a health insurance one only among medical words
_MRN_MED_CONTEXT_DE_RE = re.compile(r"kranken|patient|ärzt|arzt|apothek|rezept|klinik|praxis|medizin|gesundheit|behandlung")
# the value names itself: "MRN" glued to its digits ("MRN-1234567", "MRN:98765", "MRN#0042") is masked whole
_MRN_SELF_RE = re.compile(r"[#:\-/]?\d")
_MRN_SELF_LABELS = frozenset(("mrn", "emr", "ehr"))
# ... and a file number starting with it is a medical record wherever it stands ("numéro de dossier : MRN-0042")
_MRN_LEAD_RE = re.compile(r"[\s:#№.]{0,4}mrn")
# "chart" comes with the character _MRN_WORD_RE needs after it, so the five share the cheap anchor "h" with "ehr"
_MRN_NEEDLES = (("mrn", "medical", "patient", "пациент", "record", "case", "aktennummer", "ehr", "emr", "nhs", "krankenakte", "fallnummer", "dossier", "hosp",
                 "versichertennummer", "krankenversichertennummer", "versicherungsnummer", "krankenblatt", "aufnahmenummer",
                 "aufnahme-nr", "fallnr", "fall-nr", "patientenakte", "med rec", "med. rec", "med_rec", "med-rec", "medrec",
                 "pat-id", "pat. id", "pat id", "mr#", "mr #", "mr no", "mr nr", "амбулаторн", "pat", "pt#", "mr-",
                 "медицин", "медкарт", "мед. карт", "мед.карт", "болезни", "unit", "pat.-nr", "pat.nr", "pat-nr", "pat. nr",
                 "карт") + tuple("chart" + c for c in "_ -#ni\"") + _MRN_FHIR_MR_NEEDLES)
# "MR" is also "Mr": a record number only in capitals before its number sign or abbreviation ("MR# 0042", "MR no. 0042")
_MRN_CAPITAL_NEEDLES = frozenset(("mr#", "mr #", "mr no", "mr nr"))
_MRN_WORD_RE = re.compile(
    r"(?:mrn(?:[ _\-]?(?:number|num|no|nr|id|#))?|medical[ _\-]?record(?:[ _\-]?(?:number|no|num|#))?|patient[ _\-]?(?:id|no|number|#|nr|nummer)|"
    r"patient[ _\-]?(?:record|chart)[ _\-]?(?:id|no|number|num|#)?|"
    r"patientennummer|patienten[ _\-]?(?:id|nr)|record[ _\-]?(?:number|no|#|id)|e[hm]r[ _\-]?(?:id|no|number|num|#)?|"
    r"med\.?[ _\-]?rec(?:ord)?\.?(?:[ _\-]?(?:number|no|num|nr|id|#))?|pat(?:\. ?|-| )id|mr ?#|mr (?:no|nr)\.?|"
    r"krankenblatt(?:nummer|[ \-]?nr\.?)|aufnahme(?:nummer|-nr\.?)|fall-?nr\.?|patientenakte|амбулаторн\w{0,4} карт\w{0,3}|"
    r"nhs(?:[ _\-]?(?:number|no))?|krankenakten?(?:nummer|[ \-]?nr\.?)?|fallnummer|dossier(?:[ _\-](?:m[ée]dical|patient))?|ipp|"
    r"chart(?:[ _\-]?(?:number|no|#|id)|(?=\\?\"))|"
    r"(?:kranken)?versichertennummer|versicherungsnummer|"
    r"hosp(?:ital|\.)?[ _\-]?(?:number|no|nr|#)|case[ _\-]?(?:number|no|nr|id)|aktennummer|record(?=\\?\")|"
    r"медицинск\w{0,3} карт\w{0,3}|мед\. ?карт\w{0,3}|медкарт\w{0,2}|болезни|"
    r"unit[ _\-]?(?:no|number|nr)\.?|pat\.? ?-?nr\.?|карт[аыеу])(?:\\?\"|\b|(?<=[#.]))")

# the character _MRN_WORD_RE needs right after these needles (each needs one)
_MRN_WORD_NEXT = {"patient": frozenset(" _-#einrc:"), "record": frozenset(" _-#ni\"\\:"), "medical": frozenset(" _-r"),
                  "case": frozenset(" _-ni"), "unit": frozenset(" _-n"), "карт": frozenset("аыеу")}
# the health service a "record:" label names ("OH record:", "Health centre record:", "GP record:")
_HEALTH_RECORD_RE = re.compile(r"(?<![\w])(?:health(?: cent(?:re|er)| service)?|medical|clinic|hospital|occupational health|oh|gp|"
                               r"dental|surgery) $")
_RECORD_WORD_RE = re.compile("record")
_DATE_VALUE_RE = re.compile(r"(?:\d{4}-\d\d-\d\d|\d\d?[./-]\d\d?[./-]\d{4})$")
# ... the two that need care words around them (_MRN_CARE_CONTEXT_RE)
# (and a "chart" key: {"participant-chart": …}, not {"chart": "Q3-2024"})
# (a hospital's "Unit No." is also a flat's or a product's unit; "карта" also a bank card)
_MRN_CARE_WORDS = frozenset(("case", "record", "aktennummer", 'chart"', "unit", "карт"))


# a bare patient word ("patient HO756865-C4", "dossier patient MR433996", "Patientin PT#40069429", "пациент № AB123456")
# names its record when an identifier follows at once: letters then 4+ digits, or 6+ digits; a date, time, version,
# UUID or hash keeps ("patient 2023-08-18", "patient 38ed73d4-...")
_MRN_BARE_WORDS = frozenset(("patient", "пациент"))
# a bare "chart" names a patient's chart among care words when an identifier follows at once ("and chart SJH-9158974")
# (both: an optional number sign, then the identifier)
_MRN_BARE_ID = r"(?:[A-Z]{1,4}[#\-/]?\d{4,12}[A-Z]?|\d{6,12})(?:-[A-Z]{0,2}\d{1,3}|-[A-Z\d]{1,3})?(?![\w\-:/]|\.\w)"
_MRN_BARE_VALUE = r"[ \t]{1,2}(?:(?:№|#|no\.|nr\.)[ \t]?)?(%s)" % _MRN_BARE_ID
_MRN_CHART_RE = re.compile(r"chart" + _MRN_BARE_VALUE)
# (a colon may follow a bare "patient", a second identifier that the first is compared with: "patient: HN81744450 vs
# M5662956Y")
_MRN_BARE_RE = re.compile(r"(?:patient(?:e|in)?|пациент(?:ка|а|ки)?):?" + _MRN_BARE_VALUE, re.IGNORECASE)
_MRN_VERSUS_RE = re.compile(r"[ \t]{1,2}(?:vs\.?|versus|or|oder|ou|или|/)[ \t]{1,2}(%s)" % _MRN_BARE_ID)


def _care_context(low, hs):
    """Care words in the paragraph around ``hs`` (300 characters back, 100 on; a blank line ends a paragraph)."""
    a = low.rfind("\n\n", max(0, hs - 300), hs)
    b = low.find("\n\n", hs, hs + 100)
    return _MRN_CARE_CONTEXT_RE.search(low, a + 2 if a >= 0 else max(0, hs - 300), b if b >= 0 else hs + 100) is not None


_MRN_RECORD_BARE_RE = re.compile(r"record" + _MRN_BARE_VALUE)
# a "patient" key: an identifier as its value ({"patient": "P51D73334"} of an access log), or the identifier key of the
# object it opens ({"patient": {"name": …, "dob": …, "id": "3982657161"}}; a nested object ends the look)
_PATIENT_KEY_ID_RE = re.compile(r'\\?"\s{0,2}:\s{0,2}(?:\\?"([A-Z0-9][A-Z0-9#/\-]{4,24})\\?"|\{([^{}]{0,400}))')
_SHORT_HASH_RE = re.compile(r"[0-9a-f]{7,40}")
_OBJECT_ID_RE = re.compile(r'\\?"(?:id|identifier|number|nr|no)\\?"\s{0,2}:\s{0,2}\\?"([A-Za-z0-9][A-Za-z0-9#/\-]{3,30})\\?"')


def _commit_hash(v):
    """A short lower-case hex run with a letter in it: a commit hash, not a record number."""
    return _SHORT_HASH_RE.fullmatch(v) is not None and not v.isdigit()


def _patient_key_ids(text, ke, out):
    m = _PATIENT_KEY_ID_RE.match(text, ke)
    if m is None:
        return
    # the key's own value, or each identifier key's value in the object it opens
    found = [m] if m.group(1) else list(_OBJECT_ID_RE.finditer(text, m.start(2), m.end(2)))
    for im in found:
        v = im.group(1)
        if sum(map(str.isdigit, v)) >= 4 and not (_other_identifier(v) or _DATE_VALUE_RE.match(v) or _commit_hash(v)):
            out.append((im.start(1), im.end(1), "MEDICAL_RECORD_NUMBER", 0.8))


def _bare_patient_id(text, low, hs, out):
    m = _MRN_BARE_RE.match(text, hs)
    if m and not _BUSINESS_ID_RE.match(text, m.start(1)):
        out.append((m.start(1), m.end(1), "MEDICAL_RECORD_NUMBER", 0.8))
        m = _MRN_VERSUS_RE.match(text, m.end())
        if m and not _BUSINESS_ID_RE.match(text, m.start(1)):
            out.append((m.start(1), m.end(1), "MEDICAL_RECORD_NUMBER", 0.8))


# a few words between a record label and its value, then a verb, a colon or a number sign ("record number at the
# clinic is X", "dossier médical de la patiente n° X")
_MRN_LINK_RE = re.compile(r"(?:[ \t]+[^\W\d_][\w'\u2019-]{0,15}){1,4}?(?:[ \t]+(?:is|was|ist|lautet|est|это)(?=[ \t])|[ \t]?:"
                          r"|(?=[ \t]+(?:n°|no\.|nr\.|№)))")
# ticket, invoice, return, order, request, incident and change numbers by their usual prefixes
_BUSINESS_ID_RE = re.compile(r"(?:TKT|TCK|INV|RMA|ORD|REQ|INC|CHG|CASE|REF)[-/#]?\d")


# an EU customs declaration's Movement Reference Number, also "MRN": year, country, 14 letters and digits
_CUSTOMS_MRN_RE = re.compile(r"\d\d[A-Z]{2}[A-Z0-9]{14}\Z")


def _other_identifier(text, pos=0):
    """A UUID or a ticket / invoice / order number at ``pos``: an identifier, no record number."""
    return _UUID_RE.match(text, pos) is not None or _BUSINESS_ID_RE.match(text, pos) is not None


# a record number that names itself by its prefix needs no cue: PAT / PT# (patient), EHR (electronic health record),
# MR- / MR# (medical record), then 6-10 digits and an optional check suffix
# (found by their lower-case needles; "ehr" and "mr#" are cue words as well)
_MRN_SELF_NEEDLES = frozenset(("pat", "pt#", "ehr", "mr-", "mr#"))
_MRN_CUE_NEEDLES = frozenset(("ehr", "mr#"))
_MRN_SELF_NAMED_RE = re.compile(r"(?<![\w#\-/.])(?:PAT|PT#|EHR|MR[\-#])\d{6,10}(?:-[A-Z0-9]{1,2})?(?![\w\-/]|\.\w)")


# HL7 CDA: the identifiers of the patientRole are the patient's record numbers ('<patientRole>⏎<id root="…"
# extension="X"/>')
_CDA_PATIENT_IDS_RE = re.compile(r"<patientRole(?:\s[^<>]{0,200})?>\s{0,40}((?:<id\s[^<>]{0,300}/>\s{0,40}){1,4})")
_CDA_EXTENSION_RE = re.compile(r"\bextension=\\?\"([^\"\\<>\s]{3,40})\\?\"")


class MrnRecognizer(Recognizer):
    name = "mrn"
    entities = ("MEDICAL_RECORD_NUMBER",)
    max_len = 64

    def analyze(self, doc, out):
        text = doc.text
        low = doc.lower
        last = -1
        if "<patientRole" in text:
            for m in _CDA_PATIENT_IDS_RE.finditer(text):
                for em in _CDA_EXTENSION_RE.finditer(text, m.start(1), m.end(1)):
                    if _DIGIT_RE.search(em.group(1)):
                        out.append((em.start(1), em.end(1), "MEDICAL_RECORD_NUMBER", 0.85))
        if '"usual' in low:
            for m in _MRN_FHIR_USUAL_RE.finditer(text):
                if _DIGIT_RE.search(m.group(2)) and "ssn" not in (m.group(1) or ""):
                    out.append((m.start(2), m.end(2), "MEDICAL_RECORD_NUMBER", 0.85))
        for hs, word in doc.find_all(_MRN_NEEDLES):
            if word in _MRN_SELF_NEEDLES:
                m = _MRN_SELF_NAMED_RE.match(text, hs)
                if m:
                    out.append((hs, m.end(), "MEDICAL_RECORD_NUMBER", 0.6))
                if word not in _MRN_CUE_NEEDLES:
                    continue
            if word in _MRN_FHIR_MR_NEEDLES:
                if text.startswith("MR", hs) and _MRN_FHIR_MR_BACK_RE.search(text, max(0, hs - 20), hs):
                    vm = _MRN_FHIR_MR_VALUE_RE.search(text, hs, hs + 400)
                    if vm and _DIGIT_RE.search(vm.group(1)):
                        out.append((vm.start(1), vm.end(1), "MEDICAL_RECORD_NUMBER", 0.85))
                continue
            # a word starts after a non-letter, or at a camel-case hump of a key ("patientMrn", "numeroDossier"); after a
            # digit it lies inside a token or secret ("…UV6nHs*6")
            if hs < last or (hs > 0 and (low[hs - 1].isdigit() or low[hs - 1].isalpha() and not (text[hs].isupper() and text[hs - 1].islower()))):
                continue
            if word in _MRN_CAPITAL_NEEDLES and not text.startswith("MR", hs):
                continue
            nxt = _MRN_WORD_NEXT.get(word)
            if nxt is not None and low[hs + len(word):hs + len(word) + 1] not in nxt:
                if word == "patient" and text[hs - 1:hs] == '"':
                    _patient_key_ids(text, hs + 7, out)
                continue   # e.g. a bare "patient": key; _MRN_WORD_RE would fail
            wm = _MRN_WORD_RE.match(low, hs)
            if not wm and word == "record" and low.startswith(":", hs + 6) and _HEALTH_RECORD_RE.search(low, max(0, hs - 24), hs):
                wm = _RECORD_WORD_RE.match(low, hs)     # a health service's record: "Health centre record: SH737108-QP"
            if not wm:
                if word in _MRN_BARE_WORDS:
                    _bare_patient_id(text, low, hs, out)
                elif word == "record" and _care_context(low, hs):
                    rm = _MRN_RECORD_BARE_RE.match(text, hs)     # "Lab summary for N. Roe (record CCR5623557)"
                    if rm and not _BUSINESS_ID_RE.match(text, rm.start(1)):
                        out.append((rm.start(1), rm.end(1), "MEDICAL_RECORD_NUMBER", 0.8))
                elif word == "chart " and _care_context(low, hs):
                    cm = _MRN_CHART_RE.match(text, hs)
                    if cm:
                        out.append((cm.start(1), cm.end(1), "MEDICAL_RECORD_NUMBER", 0.8))
                continue
            if word == "dossier" and not wm.group(0).startswith(("dossier m", "dossier_m", "dossier-m")) \
                    and not _MRN_MED_CONTEXT_RE.search(low, max(0, hs - 300), hs + 100) \
                    and not _MRN_LEAD_RE.match(low, wm.end()):
                continue
            if word == "versicherungsnummer" and not _MRN_MED_CONTEXT_DE_RE.search(low, max(0, hs - 300), hs + 100):
                continue
            if word in _MRN_CARE_WORDS and (word != "record" or low[hs + 6:hs + 7] in ('"', "\\") or wm.group(0)[6:].lstrip(" _-")[:2] == "id") \
                    and not _care_context(low, hs):
                continue    # a bare "record" key or a "record id" names a patient's record only among care words
            he = wm.end()
            last = he
            fm = _MRN_FHIR_VALUE_RE.match(text, he) or _MRN_NESTED_VALUE_RE.match(text, he)
            if fm:
                he = fm.end()
            vm = _MRN_VAL_RE.match(text, he)
            if not vm and word != "nhs":
                # "record number at the clinic is X", "Aktennummer in der Praxis lautet X": a few words, then the verb
                lm = _MRN_LINK_RE.match(text, he)
                if lm and _care_context(low, hs):
                    he = lm.end()
                    vm = _MRN_VAL_RE.match(text, he)
            if not vm:
                # the answer to a question for the number: "… on the letter?⏎Caller: Yes, it says KT172049-J7."
                a = _answer_after(text, he)
                am = a is not None and _MRN_ANSWER_RE.match(text, a)
                if am and sum(map(str.isdigit, am.group(1))) >= 4 and not _other_identifier(text, am.start(1)):
                    out.append((am.start(1), am.end(1), "MEDICAL_RECORD_NUMBER", 0.8))
                    continue
                if word == "nhs":
                    # "the NHS number for Jolene Marchetti is 831 067 9246": the mod-11 check stands in for adjacency
                    le = text.find("\n", he, he + 64)
                    nm = _MRN_NHS_LATER_RE.search(text, he, le if le >= 0 else he + 64)
                    if nm and nhs_ok(nm.group(0).replace(" ", "").replace("-", "")):
                        out.append((nm.start(), nm.end(), "MEDICAL_RECORD_NUMBER", 0.85))
                continue
            v = vm.group(1)
            while v and not v[-1].isalnum():
                v = v[:-1]
            if sum(map(str.isdigit, v)) < 4 or len(v) < 5:
                continue
            s = vm.start(1)
            if s - he - text.count(".", he, s) > 14 or _other_identifier(text, s) or _CUSTOMS_MRN_RE.match(v) or _DATE_VALUE_RE.match(v):
                continue    # too far from its label (dot leaders aside); a UUID, ticket, invoice or order number under a record id key;
                # a date ("Medical record: 2024-01-05", the record's date)
            e = s + len(v)
            if word in _MRN_SELF_LABELS and wm.end() == hs + 3 and _MRN_SELF_RE.match(text, hs + 3):
                s = hs
            out.append((s, e, "MEDICAL_RECORD_NUMBER", 0.85))


# ------------------------------------------------------------------------------------------
# dates of birth written with month names
# ------------------------------------------------------------------------------------------
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|"
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
)
# (also compact "19430324" (HL7 / CDA), airline "12MAR75" and a Python repr's "date(1978, 4, 25)")
_DOB_DATE_RE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}\.\s\d{1,2}\.\s\d{4}"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d{2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:\d{4}|\d{2})"
    r"|(?<=date\()\d{4},\s?\d{1,2},\s?\d{1,2}(?=\))"
    r"|(?:\d{1,2}(?:st|nd|rd|th|er|\.)?\s{1,2}(?:of\s)?(?:%s)\.?,?\s{1,2}\d{4})|\d{1,2}-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)-\d{4}"
    r"|(?:(?:%s)\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?,?\s{1,2}\d{4}))(?:\s?(?:г\.|года))?(?![\w])" % (_MONTHS, _MONTHS))


def _dob_row_cells(text, low, pos, out):
    """Add the dates of the other cells of a markdown table row whose label names the birth date ("| Date of birth |
    1980-12-12 | 12/12/1980 |": one column per document compared); the end of the row's last cell."""
    cm = _ROW_CELL_RE.match(text, pos)
    while cm:
        if _DOB_DATE_RE.fullmatch(low, cm.start(1), cm.end(1)):
            out.append((cm.start(1), cm.end(1), "DATE_OF_BIRTH", 0.85))
        pos = cm.end()
        cm = _ROW_CELL_RE.match(text, pos)
    return pos


# a table cell up to the next border (in a JSON string too: no quote or escape in it)
_ROW_CELL_RE = re.compile(r"[ \t]*\|[ \t]*([^|\n\"\\]{0,80}?)[ \t]*(?=\|)")
# a header cell that names the birth but not its date: a document, a place, a weight or a name
_NOT_DOB_CELL_RE = re.compile(r"(?i:certif|urkunde|свидетельств|place|country|city|town|ort\b|land\b|lieu|pays|ville"
                              r"|место|страна|город|weight|gewicht|poids|вес|name)")
# Russian "<date> г.р." (года рождения): the cue follows the date
_DOB_GR_NEEDLES = ("г.р.", "г. р.")
_DOB_YEAR_OF_WORDS = ("года ", "г. ", "год ")
# French "anniversaire" is the birthday unless another one is named ("anniversaire de mariage", "... du contrat")
# "rozhd": transliterated keys ("dataRozhdeniya"); "д/р", "ddn": Russian and French abbreviations of "date of birth"
# "ne_le" / "nee_le": French "né(e) le" as an ASCII key; '"dr"': a Russian key's transliterated abbreviation (д.р.)
_DOB_NEEDLES = ("birth", "born", "dob", "d.o.b", "d_o_b", "geb", "naissance", "né", "рожд", "родил", "д.р", "д/р", "rozhd",
                "ddn", "anniversaire", "ne_le", "nee_le", '"dr"') + _DOB_GR_NEEDLES
# German genealogy and CVs mark the birth with an asterisk after the name ("Kati Roe, * 12.07.1979, † 2023", "(* 3. Mai 1950)")
_DOB_STAR_RE = re.compile(r"(?:[^\W\d_]\.?, |\()\*[ \u00a0]?(?=\d)")
_DOB_ANNIV_OF_RE = re.compile(r"s?\s{1,2}(?:de|du|des|d['\u2019])")
_DOB_BEFORE_GR_RE = re.compile(r"(?:%s)\s?$" % _DOB_DATE_RE.pattern)
# German puts the participle last: "ist Jana Roe am 14.07.1938 geboren"
_DOB_AM_BEFORE_RE = re.compile(r"(?<![\w])am (?P<date>%s) $" % _DOB_DATE_RE.pattern)
# the cue in brackets after the date: "12.03.1980 (geb.)", "1980-03-12 (date of birth)"
_DOB_BEFORE_PAREN_RE = re.compile(r"(?:%s)\s?[(\[]$" % _DOB_DATE_RE.pattern)
_DOB_PAREN_END_RE = re.compile(r"[\w.]{0,12}\s?[)\]]")
_DOB_PAREN_CUE_RE = re.compile(r"[(\[]\s?(?:date of |date de |d\.|дата )?$")
# the answer to a cue question opens the next dialogue turn: "Ihr Geburtsdatum?⏎Kunde: Der 6. August 1988.", also after the
# turn's time ("[08:02] Пациент: …")
_DOB_ANSWER_RE = re.compile(_TURN_TIME + _SPEAKER_LABEL + r"[ \t]*")
# ... or the next cue of subtitles: its number (SRT), its timing and a WebVTT voice tag ("⏎4⏎00:01:50,862 --> 00:01:54,523⏎")
_SUBTITLE_CUE_RE = re.compile(r"(?:[ \t]*\n){0,2}(?:\d{1,5}[ \t]*\n)?(?:\d\d:)?\d\d:\d\d[.,]\d{3} --> [^\n]{5,60}\n(?:<v[^>\n]{0,60}>)?")


# ... or, in JSON, the next utterance: a voice menu's prompt and what it heard ('"prompt": "Please say your date of birth.",
# "heard": "31/07/1954"'), a speech-to-text segment and the next one's text (its timing and speaker between), counted
# from the quote that closes the question's string
_JSON_SEP = r"[ \t\r\n]*[,}\]](?:[ \t\r\n]*[{}\[\],]){0,6}[ \t\r\n]*"    # (each run of spaces before one mark: one parse)
JSON_ANSWER_KEYS = ("text|heard|transcript|utterance|answer|response|recognized|recognised|asr|reply|said|erkannt|antwort"
                    "|réponse|reconnu|ответ|распознано")
_JSON_ANSWER_RE = re.compile(r'"%s(?:"\w{1,20}"[ \t]*:[ \t]*(?:"[^"\\\n]{0,40}"|[\w.\-]{1,20})%s){0,5}?"(?:%s)"[ \t]*:[ \t]*"'
                             % (_JSON_SEP, _JSON_SEP, JSON_ANSWER_KEYS))


# a request that ends its line or utterance with a full stop: "Продиктуйте пароль от Wi-Fi, который вы задали на хабе."
# (not a statement that quotes its value: "password was `X`.")
_REQUEST_END_RE = re.compile(r'[^\n?."\\`]{0,48}\.(?= ?\n|")')


def _answer_after(text, he, requests=False):
    """Where the answer starts when the cue ending at ``he`` is in a question that ends its line or its JSON utterance
    ("… record number on the letter?"), answered by the next turn, subtitle cue or utterance; with ``requests``, also
    a request ending in a full stop; else None."""
    q = text.find("?", he, he + 48)
    if q < 0 or "\n" in text[he:q]:
        rm = requests and _REQUEST_END_RE.match(text, he)
        if not rm:
            return None
        q = rm.end() - 1
    nl = q + 1 + (text[q + 1:q + 2] == " ")     # (a trailing space: an escaped break's reading, see _escaped_breaks_read)
    if text[nl:nl + 1] == '"':
        am = _JSON_ANSWER_RE.match(text, nl)
    elif text[nl:nl + 1] == "\n":
        am = _answer_turn(text, nl + 1)
    else:
        return None
    return am.end() if am else None


def _answer_turn(text, pos):
    """The match of what opens the answer to a question whose line ends before ``pos``: the next turn's time and
    speaker, or the next subtitle cue; None if the next line opens no turn."""
    return _DOB_ANSWER_RE.match(text, pos) or _SUBTITLE_CUE_RE.match(text, pos)


# SQL "INSERT INTO t (name, dob) VALUES ('Ann', '1970-03-25')": the cue names a column of the list
_SQL_COLS_RE = re.compile(r"\(([\w\s,`\"\[\]]{1,400})\)\s{0,4}values\s{0,4}\(")
_SQL_VALUES_RE = re.compile(r"\)\s{0,4}values")
_SQL_FIELD_RE = re.compile(r"\s{0,4}(?:'([^'\n]{0,80})'|([^,)'\n]{0,80}))\s{0,4}([,)])")
_SQL_NEXT_ROW_RE = re.compile(r"\s{0,4},\s{0,4}\(")


def row_cell(text, pos, e, delim, col):
    """(start, end) of cell ``col`` of the table row ``text[pos:e]``, or None; a comma inside a double-quoted CSV
    field ("Evans, Keith") does not end it."""
    a = pos
    for _k in range(col):
        if delim == "," and text.startswith('"', a):
            q = text.find('"', a + 1, e)
            if q >= 0:
                a = q
        a = text.find(delim, a, e) + 1
        if a == 0:
            return None
    b = a
    if delim == "," and text.startswith('"', a):
        q = text.find('"', a + 1, e)
        if q >= 0:
            b = q
    b = text.find(delim, b, e)
    return a, e if b < 0 else b


# a JSON member whose string value runs on past the line's end (no quote after its opening one): '"content": "name,dob'
_OPEN_STRING_MEMBER_RE = re.compile(r'":[ \t]*"(?=[^"]*$)')


def table_line_start(line):
    """Where a table's header may start in ``line``: 0, after the opening quote of the JSON string the line ends in
    (the answer's table is the first line of a message: '{"content": "name,dob\\n…'), or None for other JSON."""
    if '":' not in line and "{" not in line:
        return 0
    m = _OPEN_STRING_MEMBER_RE.search(line)
    return None if m is None else m.end()


def table_header(text, hs):
    """(line start, line end, delimiter) of the text-table header line holding ``hs``, or None: a row must follow,
    the line is at most 400 characters (minified JSON is one long line), is not JSON (a JSON string's first line can
    be: see table_line_start), and holds a delimiter twice."""
    ls = text.rfind("\n", 0, hs) + 1
    le = text.find("\n", hs)
    if le < 0:
        return None
    header = text[ls:le]
    if '":' in header or "{" in header:
        start = table_line_start(header)
        if start is None:
            return None
        ls += start
        header = header[start:]
    if le - ls > 400 or hs < ls:
        return None
    for d in (",", "|", "\t", ";"):
        if header.count(d) >= 2:
            return ls, le, d
    return None


# a cell of a table aligned with spaces: words one space apart; an underline of the header
_ALIGNED_CELL_RE = re.compile(r"\S+(?: \S+)*")
_RULE_LINE_RE = re.compile(r"[ \t]*[-=+]{3}[-=+ \t]*$", re.M)
# an underline of dash runs, one per column ("------- ---------------- -----")
_DASH_RULE_RE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,}){2,}[ \t]*$", re.M)
_DASH_RUN_RE = re.compile(r"-+")


def _lines_below(text, pos, n):
    """(start, end) of each line of ``text`` from ``pos`` to ``n``, a header's underline ("----+----", "---- ----")
    skipped."""
    while pos < n:
        e = text.find("\n", pos)
        if e < 0:
            e = n
        if not _RULE_LINE_RE.match(text, pos, e):
            yield pos, e
        pos = e + 1


# a key about the birth date, not holding it: the cue word goes on into an event ("dobVerifiedOn", "birthday_reminder_sent")
_KEY_JOINERS = frozenset("abcdefghijklmnopqrstuvwxyz_-")
_DOB_EVENT_KEY_RE = re.compile(r"[a-z_\-]{0,12}?(?:verif|check|confirm|remind|notif|sent|updat|chang|review|match|valid)")


# a birth-date noun, a few words (no digits) on the same clause, then "is" / "est le" / "—" / ":" and the date at once
_DOB_LINK_RE = re.compile(r"[^\n.;!?\d]{20,110}?[ \t](?:is|was|est(?: le)?|ist|lautet|—|:)[ \t]+")
# ... naming the birth date itself (not "birth weight", "Birth certificate"), with no other date named in between
_OTHER_DATE_RE = re.compile(r"date|appointment|discharge|visit|due|expir|issue|valid|valable|gültig|termin|rendez|дата|срок")


def _dob_noun(low, hs, he, word):
    if word == "birth":
        return low.startswith((" date", "date", "day", "dt"), he) or low.endswith("date of ", 0, hs)
    if word == "naissance":
        return low.endswith("date de ", 0, hs)
    return word == "рожд" and low.endswith(("дата ", "дату ", "даты "), 0, hs)


def _role_before(low, hs):
    """True if a role word ends right before ``hs`` ("patient" of "patientdob", "employee_" of "employee_dob")."""
    ws = hs
    while ws and low[ws - 1].isalpha():
        ws -= 1
    return low[ws:hs] in L.PERSON_KEY_ROLES


_SPLIT_NAME_CELLS = frozenset(("first", "last", "given", "family", "имя"))
# a surname column: a header cell that is exactly one of these words
_SURNAME_HEADER_RE = re.compile(r"(?:^|[,;|\t])[ \"'*`]*(?:last|family|фамилия|surname)[ \"'*`]*(?:$|[,;|\t])")


# the rest of a birth-date key, an object or a list opened, and its first key, one of _HOLDER_KEYS or "date"
_DOB_HOLDER_RE = re.compile(r'[a-z_]{0,12}\\?"\s{0,3}:\s{0,3}[\[{]\s{0,60}(?:[\[{]\s{0,60})?\\?"(?:%s|date)\\?"\s{0,3}:\s{0,3}\\?"'
                            % "|".join(sorted(_HOLDER_KEYS)))


class DobRecognizer(Recognizer):
    """Dates of birth: a date (numeric or with a month name, en/de/fr/ru) after a birth cue,
    or in the birth-date column of a CSV / markdown / TSV table whose header names it."""

    name = "date_of_birth"
    reads_escapes = True
    entities = ("DATE_OF_BIRTH",)
    max_len = 40

    @staticmethod
    def _table_column(doc, hs, out, kind="dob"):
        text = doc.text
        found = table_header(text, hs)
        if found is None:
            DobRecognizer._aligned_column(doc, hs, out, kind)
            return
        ls, le, delim = found
        header = text[ls:le]
        doc.headers.add((ls, le, delim))
        col = header.count(delim, 0, hs - ls)
        part = False
        # the header cell that holds the cue
        ca = header.rfind(delim, 0, hs - ls) + 1
        cb = header.find(delim, hs - ls)
        cb = len(header) if cb < 0 else cb
        if kind == "dob" and _NOT_DOB_CELL_RE.search(header, ca, cb):
            return      # "Birth certificate", "Place of birth": the column holds no birth dates
        if kind == "person":
            cell = _PERSON_KEY_NORM.sub("", header[ca:cb].strip(' "\'*`').lower())
            # "first" / "given" / "имя" name a given-name column only beside a surname column ("first,last", "Имя;Фамилия")
            split = cell in _SPLIT_NAME_CELLS and _SURNAME_HEADER_RE.search(header.lower()) is not None
            if cell not in L.PERSON_KEYS and not split:
                return
            # a first-name / surname column holds single words; French "nom" is one only beside a "prénom" column
            part = (split or cell in L.PERSON_PART_KEYS or cell in L.NAME_FIELD_WORDS
                    or cell == "nom" and _PRENOM_RE.search(header.lower()) is not None)
        walk = (kind, delim)
        done = doc.walked.get(walk)
        if done is not None and done[0] < ls < done[1]:
            return
        end = doc.n
        rows = 0
        for pos, e in _lines_below(text, le + 1, doc.n):
            line = text[pos:e]
            if not line.strip() or line.count(delim) < 2 or rows >= 100000:
                end = pos
                break
            rows += 1
            # walk fields, honouring double quotes for CSV
            k = 0
            fstart = 0
            inq = False
            i = 0
            n = len(line)
            while i <= n:
                ch = line[i] if i < n else delim
                if ch == '"' and delim == ",":
                    inq = not inq
                elif ch == delim and not inq:
                    if k == col:
                        a, b = fstart, i
                        # (a quote escaped in a JSON string: the table is a message's)
                        while a < b and line[a] in ' "\\':
                            a += 1
                        while b > a and line[b - 1] in ' "\\':
                            b -= 1
                        if kind == "person":
                            m = (_TABLE_PART_RE if part else _TABLE_NAME_RE).match(text, pos + a)
                            if m and m.end() == pos + b:
                                out.append((pos + a, pos + b, "PERSON", 0.8))
                        else:
                            m = _DOB_DATE_RE.match(doc.lower, pos + a)
                            if m and m.end() >= pos + b:
                                # an unquoted "June 1, 1977" runs on over the delimiter: the date ends the span
                                out.append((pos + a, m.end(), "DATE_OF_BIRTH", 0.8))
                        break
                    k += 1
                    fstart = i + 1
                i += 1
        doc.walked[walk] = (ls, end)

    @staticmethod
    def _aligned_column(doc, hs, out, kind):
        """The column under the header word at ``hs`` of a table aligned with spaces (a pandas DataFrame, an SQL client's
        or a CLI's listing): in each row below, the cell that overlaps the header's cell (left- or right-aligned), or
        the characters under the header's underline ("-------- -----"), whose dashes mark each column's width."""
        text = doc.text
        ls = text.rfind("\n", max(0, hs - 400), hs) + 1
        le = text.find("\n", hs, hs + 400)
        if le < 0 or (ls == 0 and hs >= 400):
            return
        header = text[ls:le]
        if '":' in header or "{" in header:
            return
        re_ = text.find("\n", le + 1)
        rule = _DASH_RULE_RE.match(text, le + 1, doc.n if re_ < 0 else re_)
        if rule:
            cells = [(m.start() - le - 1, m.end() - le - 1) for m in _DASH_RUN_RE.finditer(text, rule.start(), rule.end())]
        elif header.count("  ") >= 2:
            cells = [m.span() for m in _ALIGNED_CELL_RE.finditer(header)]
        else:
            return
        if len(cells) < 3:
            return
        c0, c1 = next(((a, b) for a, b in cells if a <= hs - ls < b), (0, 0))
        col = next((k for k, (a, b) in enumerate(cells) if a == c0), -1)
        if kind == "person" and _PERSON_KEY_NORM.sub("", header[c0:c1].strip().lower()) not in L.PERSON_KEYS:
            return
        walk = (kind, "  ")
        done = doc.walked.get(walk)
        if done is not None and done[0] < ls < done[1]:
            return      # a row of a table already walked (each row walked once: linear)
        low = doc.lower
        end = doc.n
        for pos, e in _lines_below(text, le + 1, doc.n):
            if text.count("  ", pos, e) < 2 and not (rule and e - pos > c0):
                end = pos
                break
            if rule:
                a, b = pos + c0, min(e, pos + c1)
                while a < b and text[a] == " ":
                    a += 1
                while b > a and text[b - 1] == " ":
                    b -= 1
                if a == b:
                    continue    # an empty (NULL) cell
            else:
                # a row with as many cells as the header has its cell by number, aligned or not ("SEQ  NAME  DOB⏎
                # 1  ROE/JANA  18OCT73"); one with empty cells the cell under the header's
                row = list(_ALIGNED_CELL_RE.finditer(text, pos, e))
                if len(row) == len(cells) and col >= 0:
                    m = row[col]
                else:
                    m = next((m for m in row if m.end() - pos > c0), None)
                    if m is None or m.start() - pos >= c1 or m.end() - pos <= c0:
                        continue
                a, b = m.span()
            if kind == "person":
                nm = _TABLE_NAME_RE.match(text, a)
                if nm and nm.end() == b:
                    out.append((a, b, "PERSON", 0.8))
            else:
                dm = _DOB_DATE_RE.match(low, a)
                if dm and dm.end() == b:
                    out.append((a, b, "DATE_OF_BIRTH", 0.8))
        doc.walked[walk] = (ls, end)

    @staticmethod
    def _sql_column(doc, hs, out):
        """The cue names a column of an SQL INSERT: the value at that index in each VALUES tuple; True then."""
        low = doc.lower
        ps = low.rfind("(", max(0, hs - 400), hs)
        m = _SQL_COLS_RE.match(low, ps) if ps >= 0 else None
        if not m or m.end(1) < hs:
            return False
        col = low.count(",", ps, hs)
        pos = m.end()
        while True:
            k = 0
            fm = _SQL_FIELD_RE.match(low, pos)
            while fm:
                if k == col:
                    q = fm.group(1) is not None
                    a = fm.start(1) if q else fm.start(2)
                    b = fm.end(1) if q else a + len(fm.group(2).rstrip())
                    dm = _DOB_DATE_RE.match(low, a)
                    if dm and dm.end() == b:
                        out.append((a, b, "DATE_OF_BIRTH", 0.8))
                if fm.group(3) == ")":
                    break
                k += 1
                fm = _SQL_FIELD_RE.match(low, fm.end())
            # multi-row VALUES (...), (...): the next tuple
            nm = _SQL_NEXT_ROW_RE.match(low, fm.end()) if fm else None
            if not nm:
                return True
            pos = nm.end()

    def analyze(self, doc, out):
        text = doc.text
        last = -1
        low = doc.lower
        hits = doc.find_all(_DOB_NEEDLES)
        doc.table_scan = True
        if "*" in text:
            for sm in _DOB_STAR_RE.finditer(text):
                m = _DOB_DATE_RE.match(low, sm.end())
                if m and not _TS_AFTER_RE.match(text, m.end()):
                    out.append((sm.end(), m.end(), "DATE_OF_BIRTH", 0.85))
        if "\n" in text:   # a table header is a line with rows after it
            for hs, word in hits:
                self._table_column(doc, hs, out)
        for hs, word in hits:
            if word in _DOB_GR_NEEDLES or (word == "рожд" and low.endswith(_DOB_YEAR_OF_WORDS, max(0, hs - 6), hs)):
                # the cue follows the date: "<date> г.р.", "<date> года рождения"
                m = _DOB_BEFORE_GR_RE.search(low, max(0, hs - 40), hs)
                if m:
                    out.append((m.start(), m.end() - (low[m.end() - 1] == " "), "DATE_OF_BIRTH", 0.85))
                continue
            if word == "geb" and low.startswith("geboren", hs):
                m = _DOB_AM_BEFORE_RE.search(low, max(0, hs - 44), hs)
                if m:
                    out.append((m.start("date"), m.end("date"), "DATE_OF_BIRTH", 0.85))
                    continue
            he = hs + len(word)
            # inside a word only at a camel-case hump of a key or after a role ("childDob", "patientDOB", "clientdob"; not
            # "adobe", "Kilogeb")
            if he < last or (hs > 0 and low[hs - 1].isalpha() and word in ("dob", "né", "née", "geb", "ddn", "ne_le", "nee_le")
                             and not (word == "dob" and (doc.text[hs] == "D" and doc.text[hs - 1].islower()
                                                         or _role_before(low, hs)))):
                continue
            if word == "ddn" and low[he:he + 1].isalpha():
                continue
            # a key about the birth date, not holding it: "dobVerifiedOn", "birthday_reminder_sent"
            if low[he:he + 1] in _KEY_JOINERS and _DOB_EVENT_KEY_RE.match(low, he):
                continue
            if word == "anniversaire" and _DOB_ANNIV_OF_RE.match(low, he):
                continue
            # "<date> (date of birth)": the cue names the date before the bracket, not the next one
            pm = _DOB_PAREN_CUE_RE.search(low, max(0, hs - 12), hs)
            if pm and _DOB_PAREN_END_RE.match(low, he):
                dm = _DOB_BEFORE_PAREN_RE.search(low, max(0, pm.start() - 40), pm.start() + 1)
                if dm:
                    out.append((dm.start(), dm.start() + len(dm.group(0).rstrip(" ([")), "DATE_OF_BIRTH", 0.85))
                    last = he
                    continue
            # a cue in an SQL column list reads its own column only, not the first date after it
            # (most cues are prose: no ") VALUES" closes a list after them)
            pe = low.find(")", he, he + 400)
            if pe >= 0 and _SQL_VALUES_RE.match(low, pe) and self._sql_column(doc, hs, out):
                continue
            if _dob_noun(low, hs, he, word):
                # "the birth date printed on the licence we copied is X", "Дата рождения, указанная в паспорте, — X"
                lm = _DOB_LINK_RE.match(low, he)
                if lm and not _OTHER_DATE_RE.search(lm.group(0), 6):
                    m = _DOB_DATE_RE.match(low, lm.end())
                    if m and not _TS_AFTER_RE.match(text, m.end()):
                        out.append((lm.end(), m.end(), "DATE_OF_BIRTH", 0.8))
                        last = m.end()
                        continue
            hm = _DOB_HOLDER_RE.match(low, he)
            if hm:
                # the cue's key opens an object or a list whose first key holds the date: '"birthdays": [{"text": "…"}]'
                m = _DOB_DATE_RE.match(low, hm.end())
                if m:
                    out.append((hm.end(), m.end(), "DATE_OF_BIRTH", 0.85))
                    last = m.end()
                    continue
            seg_end = min(doc.n, he + 48)
            # first date within the next 48 characters, on the same line
            pos = he
            crossed = False     # a cue's date is on its line or the next (a scan crossing lines on and on is quadratic)
            while pos < seg_end:
                ch = low[pos]
                if ch == '"' and not crossed and text[pos - 1] != "\\":
                    jm = _JSON_ANSWER_RE.match(text, pos)
                    if jm is not None:
                        crossed = True
                        pos = jm.end()
                        seg_end = min(doc.n, pos + 48)
                        continue
                # the character ending the line, before a trailing space (an escaped break's reading)
                last_ch = ch == "\n" and text[pos - 1 - (text[pos - 1] == " ")]
                answer = last_ch == "?" and _answer_turn(text, pos + 1)
                if ch == "\n" and pos > he + 2 or answer:
                    if crossed:
                        break
                    crossed = True
                    if last_ch == ":" and pos < he + 12:
                        pos += 1    # a label ending its line ("Geb.-Datum:"), the date indented on the next
                        seg_end = min(doc.n, pos + 48)
                        continue
                    if last_ch == "?":
                        if not answer:
                            break
                        pos = answer.end()
                    elif low[he:pos].rstrip(".").isalpha():
                        # the cue ends its line: a label alone, whose value is the next line, or a speaker's prompt
                        # ("Оператор: дата рождения"), answered by the next turn
                        if ":" in text[text.rfind("\n", 0, hs) + 1:hs]:
                            am = _DOB_ANSWER_RE.match(text, pos + 1)
                            pos = am.end() if am else pos + 1
                        else:
                            q = pos + 1
                            while q < doc.n and low[q] in " \t\r\n" and q - pos < 8:
                                q += 1
                            m = _DOB_DATE_RE.match(low, q)
                            if m and not _TS_AFTER_RE.match(text, m.end()):
                                out.append((q, m.end(), "DATE_OF_BIRTH", 0.85))
                                last = m.end()
                            break
                    else:
                        break
                    seg_end = min(doc.n, pos + 48)
                    continue
                if ch.isdigit() or ch.isalpha():
                    m = _DOB_DATE_RE.match(low, pos)
                    if m:
                        if not _TS_AFTER_RE.match(text, m.end()):
                            out.append((pos, m.end(), "DATE_OF_BIRTH", 0.85))
                            if text[m.end():m.end() + 2] == " |":
                                last = _dob_row_cells(text, low, m.end(), out)
                                break
                        last = m.end()
                        break
                    # skip this word
                    while pos < seg_end and low[pos].isalnum():
                        pos += 1
                    continue
                pos += 1


# ------------------------------------------------------------------------------------------
# persons
# ------------------------------------------------------------------------------------------
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁ"
_LO = "a-zß-öø-ÿā-žа-яё"
# "Prud'homme": an apostrophe before four or more lower-case letters (not "We'll", "Harriet's"); "O'Neill", "D'Souza":
# one capital, an apostrophe and a capitalised word; "Hans-J.": a double given name with its second part as an initial
_NAME_TOK = r"(?:[%s](?:[%s]{1,30}(?:-?[%s][%s]{1,30}|-[%s]\.|['\u2019](?:[%s][%s]{1,30}|[%s]{4,30}))?|['\u2019][%s][%s]{1,30}))" % (
    _UP, _LO, _UP, _LO, _UP, _UP, _LO, _LO, _UP, _LO)
_INITIAL = r"(?:[%s]\.)" % _UP
_PARTICLES = ("von der", "von", "zu", "van der", "van den", "van", "de la", "de", "du", "des", "der", "den", "la", "le", "di",
              "da", "dos", "del", "ter", "ten", "bin", "al", "ibn")
_PARTICLE = "(?:%s)" % "|".join(_PARTICLES)
# the words of those particles: inside a run they belong to the name but are no name word of their own
_LOW_PARTICLES = frozenset(w for p in _PARTICLES for w in p.split())
# a surname in capitals opens a run only before a capitalised word: "LARRIEU Anaïs", "ASHCOMBE, Fiona"
# (the look-behind after its first letter ends the attempts inside key / base64 blobs at once)
_CAPS_TOK = r"(?:[%s](?<![\w'\-][%s])[%s]{1,29}(?:-[%s]{2,30})?(?=,? [%s][%s]))" % (_UP, _UP, _UP, _UP, _UP, _LO)
_SEQ_TAIL = r"(?:(?: | ?, )(?:%s|%s)|(?: %s(?= [%s]))){1,8}" % (_NAME_TOK, _INITIAL, _PARTICLE, _UP)
_PERSON_SEQ_RE = re.compile(r"(?:%s|%s|%s)%s" % (_NAME_TOK, _INITIAL, _CAPS_TOK, _SEQ_TAIL))
# the same without a surname in capitals: a third branch makes the plain scan of dense prose about a fifth slower
_PLAIN_SEQ_RE = re.compile(r"(?:%s|%s)%s" % (_NAME_TOK, _INITIAL, _SEQ_TAIL))
# A run's first " X" (space, capital) follows its first token, comma or particle, so it comes after a
# lower-case letter, "." or ","; it lies at most a first token (2 x 31 chars and a hyphen, after
# _NAME_TOK), a space and a particle after the run's start; after a capital for a run opened by a surname in capitals
# ("LARRIEU Anaïs": a probe at each acronym before a capitalised word).
_RUN_ANCHOR_RE = re.compile(" (?<=[%s%s.,] )[%s]" % (_LO, _UP, _UP))
_RUN_REACH = 2 * 31 + 1 + 1 + max(len(x) for x in _PARTICLES)
# where a run opened by a surname in capitals may start its second word (the plain scan of dense prose skips such runs)
_CAPS_HINT_RE = re.compile(" (?:(?<=[%s] )|(?<=[%s], ))[%s]" % (_UP, _UP, _UP))
_PROBE_MIN_LEN = 512  # below this the probes' fixed costs outweigh the scan they save
_PROBE_CHARS = 90   # a probe costs about as much as scanning this many chars with _PERSON_SEQ_RE


def _capitalised_runs(text):
    """The matches of _PERSON_SEQ_RE.finditer(text), trying the regex only near run anchors (dense prose: one scan, with
    _PLAIN_SEQ_RE when no surname in capitals can open a run).

    A plain scan tries the whole pattern at every capital letter, which is costly on identifiers.
    """
    if len(text) < _PROBE_MIN_LEN:
        return list(_PERSON_SEQ_RE.finditer(text))
    search = _PERSON_SEQ_RE.search
    runs = []
    pos = 0     # no run starts before pos
    probes = 0
    for am in _RUN_ANCHOR_RE.finditer(text):
        s = am.start()
        if s < pos + 2:
            continue
        probes += 1
        if probes > 8 and probes * _PROBE_CHARS > s:
            # dense prose: a probe costs more than the plain scan of the text it would skip
            runs.extend((_PERSON_SEQ_RE if _CAPS_HINT_RE.search(text, pos) else _PLAIN_SEQ_RE).finditer(text, pos))
            break
        # a run whose first anchor is s starts within reach before it and matches on text cut at
        # s + 5 (" Xy", " O'Wi" of "O'Williams", or a particle's look-ahead; a run starting after s needs at least
        # six characters): probe the cut text, then match in full; a run found that ends before s (one opened by a
        # surname in capitals) leaves s to probe again after it
        while pos <= s:
            m = search(text, max(pos, s - _RUN_REACH), s + 5)
            if m is None:
                pos = s - 1     # a run starting at s - 1 or later has a later first anchor
                break
            m = _PERSON_SEQ_RE.match(text, m.start())
            runs.append(m)
            pos = m.end()
    return runs


# the word before a run, matched backwards on the reversed window (an anchored match, not a scan); dots too, for a title
# ("Dr.") and for the leader of a form line ("PATIENTIN........: X")
# (read on reversed text; a German or French gender suffix after the word is skipped: "Patient/in:", "Mieter*in",
# "Erziehungsberechtigte/r:", "Je soussigné(e)")
# (a line break escaped in a JSON string, "\\n", reads "n\\" reversed, and its "n" is no letter of the word before it;
# "!" ends a sign-off: "Спасибо!")
_PREV_WORD_REV_RE = re.compile(r"(?:[\s:,=\"'\\(|*>\u2013\u2014.!-]|n(?=\\))*(?:(?:nenni|ni|r)[/*]|\)(?:e|s|se)\()?((?:(?!n\\)[^\W\d_])+)")
# the word before that one ("call with", "je suis", "d'urgence")
_PREV2_WORD_REV_RE = re.compile(r"[\s'\u2019]{1,3}([^\W\d_]+)")
# ... or before the comma of a subordinate clause ("gesehen, wie")
_PREV_CLAUSE_WORD_REV_RE = re.compile(r"\s{1,2},([^\W\d_]+)")
# a word that announces a person only after one of these words (lower-case; "ist" / "with" alone are too vague)
_CUE_PAIRS = {
    "ist": frozenset(("hier", "name", "karteninhaber", "karteninhaberin", "kontoinhaber", "kontoinhaberin", "inhaber", "inhaberin",
                      # the party of a case: "Kunde ist X", "Zuständig ist X"
                      "kunde", "kundin", "zuständig", "ansprechpartner", "ansprechpartnerin", "antragsteller", "antragstellerin",
                      "empfänger", "empfängerin", "absender", "absenderin")),
    "suis": frozenset(("je",)),
    "est": frozenset(("nom", "client", "cliente", "titulaire", "destinataire", "interlocuteur", "interlocutrice", "demandeur",
                      "demandeuse")),
    "is": frozenset(("name", "customer", "requester", "caller", "assignee", "applicant", "recipient", "cardholder")),
    "de": frozenset(("nom", "part", "commentaire")),
    "by": frozenset(("comment", "commented", "inserted", "deleted")),
    # who a caller said they were: "Er hat sich als X vorgestellt", "Представился как X"
    "als": frozenset(("sich",)),
    "как": frozenset(("представился", "представилась", "представилось")),
    # whose birth date a form gives: "Das Geburtsdatum von X ist …", "the date of birth of X"
    "von": frozenset(("geburtsdatum", "geburtstag",
                      # who took a delivery: "Empfangen von: X"
                      "empfangen", "entgegengenommen",
                      # a document's comment or tracked change names its author: "Kommentar von X", "[Eingefügt von X]"
                      "kommentar", "eingefügt", "gelöscht", "geändert", "kommentiert")),
    "par": frozenset(("reçu", "reçue", "réceptionné", "réceptionnée",
                      # who acts for a party: "représentée par X", "vertreten durch X"
                      "représenté", "représentée", "représentés", "représentées")),
    "durch": frozenset(("vertreten", "vertretene", "vertretenen")),
    "bin": frozenset(("ich",)),
    # (and the witness of a legal record: "DEPOSITION OF X", "Affidavit of X")
    "of": frozenset(("birth", "deposition", "testimony", "affidavit", "declaration")),
    "to": frozenset(("out",)),
    "an": frozenset(("lieferung", "zustellung", "versand", "medikamentenlieferung")),
    "urgence": frozenset(("d",)),
    "as": frozenset(("herself", "himself", "themselves",
                     # a witness names whom they saw: "a man I now know as X", "I saw X climb", "J'ai vu X sortir"
                     "know", "known")),
    "saw": frozenset(("i", "we")),
    "vu": frozenset(("ai", "avons")),
    # a prescription names its patient
    "for": frozenset(("prescription", "verification", "kyc")),
    "für": frozenset(("rezept", "bordkarte", "entlassbrief", "arztbrief", "entlassungsbrief",
                      # a certificate, a home's fees or a referral made out for a patient
                      "arbeitsunfähigkeitsbescheinigung", "bescheinigung", "heimkosten", "attest", "krankmeldung", "überweisung",
                      "verordnung",
                      # an identity check names its subject: "Identitätsprüfung für X", "KYC-Prüfung für X"
                      "identitätsprüfung", "prüfung", "ausweisprüfung")),
    "счёта": frozenset(("владелец", "владелица")),
    "счета": frozenset(("владелец", "владелица")),
    "pour": frozenset(("ordonnance", "vérification")),
    "для": frozenset(("рецепт", "kyc")),
    # a pupil's legal guardian: "Responsable légal : X", "Représentante légale : X"
    "légal": frozenset(("responsable", "représentant")),
    "légale": frozenset(("responsable", "représentante")),
    # someone the speaker half knows: "un certain Thibaut Verdier", "a certain Jane Roe"
    "certain": frozenset(("un", "a")),
    "certaine": frozenset(("une",)),
}
# the roles before "Person" / "person" that make it name someone: "Anfragende Person X", "contact person X"
_PERSON_WORD_ROLES = frozenset(("anfragende", "betroffene", "zuständige", "meldende", "verantwortliche", "requesting", "contact",
                                "kontakt", "responsible", "designated"))


def _person_role_before(before, pm):
    """The word "person" (matched by ``pm`` in reversed ``before``) follows a role: "Anfragende Person X", not "pro Person
    Premium Paket"."""
    wm = _PREV2_WORD_REV_RE.match(before[::-1], pm.end())
    return wm is not None and wm.group(1)[::-1].lower() in _PERSON_WORD_ROLES


# a self-introduction or an account event in a log line names a person only in a name shape ("Hi, I am J. Roe",
# "Login failed for J. Roe"; not "This is Visual Studio"): a cue of kind "intro", see _judge
_INTRO_PAIRS = {
    "am": frozenset(("i",)),
    "is": frozenset(("this", "it")),
    "for": frozenset(("failed", "denied", "locked", "blocked", "requested", "reset", "created", "disabled", "saved", "declined",
                      "charged", "refunded", "queued")),
}
# a form's signature field names its signer (a name shape with an initial, see _judge's "intro")
_SIGNATURE_WORDS = frozenset(("signature", "unterschrift", "подпись"))
# roles that name their holder in brackets, capitalised as a speaker label: "Agent (Jane Roe):" in a transcript
_PAREN_ROLES = frozenset(("agent", "operator", "representative", "rep", "technician", "dispatcher", "agentin", "opérateur",
                          "opératrice", "оператор", "специалист"))
# ... and a company or team as often as a person: a weaker cue ("pair"), see _judge
_WEAK_PAIRS = {
    "with": frozenset(("call", "meeting", "chat", "spoke", "speaking", "talked", "talking", "conversation", "interview",
                       "appointment", "session", "confirmed", "verified")),
    "mit": frozenset(("gespräch", "telefonat", "termin", "besprechung", "sprach", "gesprochen", "telefoniert", "sprechen")),
    "avec": frozenset(("appel", "entretien", "réunion", "échange", "parlé", "parlez", "ligne", "vérifié", "confirmé")),
    "с": frozenset(("подтверждено", "беседа", "разговор", "созвон")),
    # the clause after a German perception verb: "Ich habe gesehen, wie X …" (across its comma: _PREV_CLAUSE_WORD_REV_RE)
    "wie": frozenset(("gesehen", "beobachtet", "gehört")),
    "to": frozenset(("spoke", "talked", "speak", "talk", "speaking", "talking",
                     # the one handling a case, a person or a team: "assigned to", "on call is", "suivi par", "bearbeitet von"
                     "assigned", "reassigned", "escalated", "forwarded", "transferred", "delegated",
                     # the holder of a meter, a vehicle or a line: "registered to"
                     "registered",
                     # a line manager or a team: "Reports to: X"
                     "reports")),
    "is": frozenset(("call", "duty")),
    "par": frozenset(("suivi", "suivie", "géré", "gérée", "traité", "traitée", "charge", "signé", "signée")),
    "durch": frozenset(("review", "prüfung", "freigabe", "geprüft", "freigegeben", "genehmigt", "bearbeitet")),
    "von": frozenset(("bearbeitet", "betreut", "unterschrieben", "unterzeichnet", "diktiert",
                      # who gave something: "Die Spende von X"
                      "spende", "zuwendung")),
    # whom one spoke of, let or sold to: "Vous avez parlé de X", "loué à X"
    "de": frozenset(("parlé", "parlez", "parler")),
    "à": frozenset(("loué", "louée", "vendu", "vendue", "cédé", "cédée")),
    # the holder of an account statement: "Kontoauszug für X"
    "für": frozenset(("kontoauszug",)),
}
# endings of English / French / German common nouns, rare in surnames ("Product Management", "Data Migration")
_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft")
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ics", "ies", "ure", "ium", "ogy", "ism",
                 "té", "age") + _DE_NOUN_ENDINGS
_CYR_RE = re.compile("[А-Яа-яЁё]")
# a double-barrelled surname ("Atkinson-Davies") is no common noun whatever its ending
_DOUBLE_BARREL_RE = re.compile(r"[%s][%s]{1,30}-[%s][%s]{1,30}$" % (_UP, _LO, _UP, _LO))
# a legal form or company word right after a capitalised run ("Acme Tools GmbH", "Acme, Inc.", "Acme Savings Bank"):
# the run names a company
_ORG_AFTER_RE = re.compile(r",?[ \t]{1,2}(?:%s)\.?(?![\w])|[ \t](?:%s)(?![\w])" % (trie_regex(L.ORG_LEGAL_FORMS), trie_regex(L.ORG_WORDS)))
# the bare "name" key of a JSON / YAML / key=value item before a value: things are named there as often as people
_BARE_NAME_KEY_RE = re.compile(r"(?<![\w-])name\\?[\"']?\s{0,3}[:=]\s{0,3}\\?[\"']?$")
# endings of common nouns that mark a bare "name" value as a thing ("Risk Assessment"); not "-ing" / "-ung",
# which end German surnames ("Hering", "Hartung")
_THING_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence")
_PERSON_AFTER_RE = re.compile(
    r"\s?(?:\((?:dob|born|né|née|geb|ssn|mrn|ni number|patient(?:en)?[ _\-]?(?:id|no|nr|number|nummer|#)|hospital n|nhs|"
    r"n° de dossier|dossier m|медкарт|карта пациента)|[,:]? (?:born|né|née|geboren|geb\.|дата рождения|родил|date of birth|geburtsdatum|"
    r"date de naissance)|,? (?:can|could|may) be (?:reached|contacted)|"
    # (a number after "on" / "at" that is no date: "Call Jane Roe on 847 949 7600", not "… Management on 10/06/2022")
    r" (?:unter|au|at|on|по номеру|по телефону) (?:[+0(]|8[ \-(]\(?\d|(?!\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?![\d.])|\d{4}-\d\d-\d\d)\d{2,4}[ .\-/)]\d)"
    r"| has (?:ssn|email|phone|the|a)| lives at| wohnt| habite| lebt|"
    r" \(email|, (?:email|phone|tel|mobile|mrn|ssn)|(?:,| -)? dob"
    # the role the person holds in a case, in brackets: "**Debrief — Jana Roe** (candidate CAND-662295)"
    r"|(?:\*\*)? \((?:candidate|applicant|employee|student|tenant|kandidat|bewerber|candidat|кандидат|соискател)"
    # the person's staff number: "Krankmeldung Jana Roe, Personalnummer 4711", "Jana Roe, employee ID E-1234"
    r"|, (?:personalnummer|personal-?nr\.|mitarbeiter-?(?:nummer|nr\.)|(?:employee|staff) (?:id|no\.?|number)|matricule|табельный)"
    # the customer's number in brackets: "Kündigung bestätigt für Jana Roe (Kundennummer 5974-9603-91)"
    r"| \((?:kundennummer|kunden-?nr\.|customer (?:no\.?|number|id)|n° client|numéro client|номер клиента|лицевой сч[её]т)"
    # how to reach or contact the person: "X ist unter … erreichbar", "X (E-Mail …)", "X möchte per … kontaktiert werden",
    # "X est joignable", "С X можно связаться"
    r"| ist (?:unter|per|telefonisch|erreichbar)| möchte per| est joignable| peut être joint| можно связаться"
    r"| \((?:e-mail|e-mail-adresse|mail|courriel|почта|эл\. почта|телефон|telefon|tél\.|tel\.|phone)[ :]"
    # a display name before its address or number: "Jane Roe <jane@example.org>", "Jane Roe (jane@example.org)",
    # "Kurznachricht für Jane Roe (030 8601397)"
    r"| [(<][\w.+\-]{1,64}@| \((?:\+|0)[\d ()\-/]{6,20}\d\))")
# a list item's name, a dash, then (at the end) the run of its role: "- Jana Roe — Lab Technician (jr@example.org)"
# (or a label's: "Contact: Jana Roe — …")
_NAME_DASH_ROLE_RE = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,3}[.)])?[ \t]*(?:[%s][%s]{1,24}: )?(?:\*\*)?"
                                r"([%s][%s'\-]+(?:,? [%s][%s'.\-]*){1,3})(?:\*\*)? [\u2013\u2014-] $" % (_UP, _LO, _UP, _LO, _UP, _LO))
_NAME_WORD_RE = re.compile(r"[^\s,]+")


def _name_dash_before(text, s):
    """The _NAME_DASH_ROLE_RE match of the list item's name when the run at ``s`` follows it, or None."""
    return _NAME_DASH_ROLE_RE.match(text, text.rfind("\n", max(0, s - 96), s) + 1, s)   # (bounded: linear on long lines)


# what signs a message off before the name that ends it: a thanks or greeting word, or (before "Surname, Given") the end of
# a sentence
_SIGNED_BEFORE_RE = re.compile(r"(?:(danke|thanks|thank you|merci|спасибо|cheers|regards|grüße|gruß|cordialement)|[.!?])[,!]? "
                               r"(?:[\u2013\u2014-] )?$")


def _ends_message(text, e):
    """The text, a line or a JSON string ends at ``e``."""
    return e == len(text) or text[e] in "\"\n" or text.startswith(("\\n", '\\"'), e)


# a card's or phone's digits after a colon ("saved for Jane Roe: 5529-6074-…"; not "10.0.17763", "3 attempts")
_NUMBER_AFTER_RE = re.compile(r": [+(]?\d[\d \-()]{6,}\d(?![\w.])")
# what only a person does, after a name of two words or more: is born, has a birthday, asks, says, writes ("X ist am
# 6.3.2007 geboren", "X bittet um …", "X demande que …", "X просила перезвонить", "X's bday", "X's number", "X schrieb:");
# one word before it may be anything ("The API Anna wrote")
_PERSON_VERB_AFTER_RE = re.compile(
    r" (?:was|is) born| ist am \d| bittet (?:um|dich|sie|euch)| hat (?:bald |heute |morgen )?geburtstag| hat (?:gesagt|geschrieben|angerufen)"
    r"| demande (?:qu|que|à|de)| est née?\b| a (?:appelé|écrit|dit)| просит| просил[аи]?\b| родил(?:ся|ась)| написал[аи]?\b"
    # who edits a document or takes a task: "X a inséré « … »", "X hat eingefügt", "X вставил(а)", "X направит документы"
    r"| a (?:inséré|commenté|supprimé)\b| hat (?:eingefügt|kommentiert|gelöscht)\b| вставил(?:а|\(а\))?(?![\w(])"
    r"| (?:направит|подготовит|отправит|пришлёт|пришлет)\b"
    r"|['\u2019]s (?:bday|birthday|b-day|number|phone|cell|mobile|e-?mail|address)\b| (?:wrote|schrieb)(?: ?:|\b)"
    # an account holder: "X cannot log in", "X kommt seit … nicht ins Konto", "X already has an account"
    r"| (?:cannot|can't|can not) log ?in| kann sich nicht (?:mehr )?anmelden| kommt seit [^\n]{1,30} nicht ins konto"
    r"| ne peut (?:pas|plus) se connecter| не может войти| (?:already )?has an account| hat bereits ein konto| a déjà un compte"
    # who answers the phone: "Acme support, Jana Roe speaking."
    r"| speaking(?=[.,!])"
    # who dictates a letter or calls: "This is Jana Roe dictating …", "Ici Jana Roe, dictée d'un courrier", "… calling from Acme"
    r"| (?:dictating|calling from)\b|, (?:diktat|dictée|dictation)\b")
# German "<Vorname Nachname> hat die/den/das ...": a subject without an article (a name; "Die Deutsche Bahn hat die
# Preise" has one) before "hat" and an article - a weak cue (a product or method also "hat den Speicher halbiert")
_PERSON_AFTER_DE_RE = re.compile(r" hat (?:die|den|das|eine|einen|seine|ihre) ")
_DE_ARTICLE_BEFORE_RE = re.compile(r"(?:^|[\s(])(?:der|die|das|den|dem|des|ein|eine|einen|einem|eines|unser|unsere|ihr|ihre|sein|seine|"
                                   r"dieser|diese|dieses|jeder|jede|jedes|kein|keine) $")
_GERUND_ENDINGS = ("ing",)
# SQL: the column list before VALUES and each value of a row tuple
_SQL_VALUES_RE = re.compile(r"\)\s{0,10}values\s{0,10}\(")
_SQL_VALUE_RE = re.compile(r"\s{0,10}('(?:[^'\\\n]|''|\\.){0,200}'|[^,)'\n]{0,100})\s{0,10}([,)])")
_SQL_NEXT_ROW_RE = re.compile(r"\s{0,10},\s{0,10}\(")
_SQL_VAGUE_COLS = frozenset(("name", "username", "displayname"))
# all-caps words that head a line or name a role before a given name
_CAPS_NON_SURNAMES = frozenset(("CEO", "CTO", "CFO", "COO", "CIO", "VIP", "README", "TODO", "FIXME", "FYI", "ATTN", "NB",
                                "RE", "FW", "FWD", "CC", "BCC", "ID", "HR", "NOTE", "WARNING", "ERROR", "INFO", "DEBUG",
                                # degrees and suffixes after a name ("Regina Heinz MBA")
                                "MBA", "PHD", "DDS", "DVM", "CPA", "ESQ", "JR", "SR", "III"))
# a name with its surname (or all of it) in capitals: "JULIA GRAVES", "Augustin MACE"; read only after a person key or
# cue (capitals also spell acronyms, log levels and headings)
# (matched from the word before each " XY", which every such name holds: cheaper than a scan from every capital)
_CAPS_NAME_RE = re.compile(r"(?:[%s]{1,29}(?:-[%s][%s]{1,29})?|[%s'\-]{1,29})(?: [%s][%s'\-]{1,29}){1,2}(?![\w'\-])" % (
    _LO, _UP, _LO, _UP, _UP, _UP))
_CAPS_ANCHOR_RE = re.compile(" [%s][%s]" % (_UP, _UP))
# a surname's particle in capitals inside the name after a given name in title case ("Audrey LE GRÉGOIRE", "Stéphanie DE
# PINEAU"; all in capitals a heading's: "CONTRAT DE LOCATION")
_CAPS_NAME_PARTICLES = frozenset(("LE", "LA", "DE", "DU", "DA", "DI"))
# a lawsuit's party under the name of a caption ("SANDRA POWELL,⏎        Plaintiff,"), the name or its data after it
_PARTY_ROLE_AFTER_RE = re.compile(r",?[ \t]*\r?\n?[ \t]*(?:Plaintiff|Defendant|Petitioner|Respondent|Appellant|Appellee|Claimant)s?\b")
# a title in capitals before a surname in capitals: a transcript's speaker ("MR. JACKSON:", "BY MS. LEE:")
_CAPS_TITLE_SURNAME_RE = re.compile(r"(?<![\w.])(?:MR|MRS|MS|DR|MISS)\.? ([%s][%s'\-]{1,29})(?=[:,)]| \(|\s)" % (_UP, _UP))
_CAPS_CUES = frozenset(("key", "cue", "title"))
# ... neither are these acronyms, legal forms and placeholders
_CAPS_NO_NAMES = _CAPS_NON_SURNAMES | frozenset(("IBAN", "BIC", "SWIFT", "SSN", "INN", "PIN", "URL", "API", "GMBH", "LLC", "PLC", "LTD",
                                                 "INC", "SARL", "ФИО", "ИНН", "СНИЛС", "N/A", "NONE", "NULL", "UNKNOWN", "REDACTED",
                                                 "TBD", "PENDING", "ACTIVE",
                                                 # Russian legal forms ("ООО Ромашка")
                                                 "ООО", "ОАО", "ЗАО", "ПАО", "НКО", "ФГУП", "МУП", "ГУП"))
# no title holds another one or a second "г", so one scan (literal prefix "г") finds each occurrence
_RU_TITLE_RE = re.compile("господин|госпожа|г-н|г-жа|гражданин|гражданка")
_NAME_HEADER_NEEDLES = ("name", "имя", "фио", "nom", "holder", "customer", "patient", "employee", "kunde", "клиент", "фамилия",
                        "first", "last", "given", "recipient", "empfänger", "получатель", "пациент",
                        # an account's owner, a case's parties
                        "inhaber", "titulaire", "владелец", "witness", "zeuge", "témoin", "свидетель", "claimant")
# an ASCII text holds none of the Cyrillic ones
_NAME_HEADER_NEEDLES_ASCII = tuple(x for x in _NAME_HEADER_NEEDLES if x.isascii())
# (or an airline's "SURNAME/GIVEN")
_TABLE_NAME_RE = re.compile(r"[%s][\w'\u2019.\-]{0,30}(?:(?:,? [%s][\w'\u2019.\-]{0,30}){1,3}|/[%s][\w'\u2019\-]{1,30}(?: [%s][\w'\u2019\-]{1,30})?)"
                            % (_UP, _UP, _UP, _UP))
_TABLE_PART_RE = re.compile(r"[%s][\w'\u2019.\-]{0,30}(?: [%s][\w'\u2019.\-]{0,30}){0,2}" % (_UP, _UP))
_PRENOM_RE = re.compile("pr[ée]nom")
# the elements of a JSON string array before a value, up to the array's opening bracket after its key (read backwards)
_ARRAY_ELEMENTS_BEFORE_REV_RE = re.compile(r'"(?:[ \t\r\n]*,[ \t\r\n]*"[^"\\\n]{1,80}"){0,6}[ \t\r\n]*\[[ \t]*:"')
# the quote and colon of a JSON key or the "=" of a key=value right before a value
_KEYED_VALUE_BEFORE_RE = re.compile(r'(?:"[ \t]?:[ \t]?"|[\w"]=)$')
# a JSON key "nom" / "prenom" / "prénom": the end of its name and the ":" after it
_NOM_KEY_RE = re.compile(r"nom\"\s{0,3}:")
_SINGLE_AFTER_TITLE_RE = re.compile(r"\.?\s(%s)" % _NAME_TOK)
# name-part keys and form labels besides those ending in "name" (see _part_keys) and the French "nom" / "prénom" keys
# (_nom_keys): Russian and French fields, plural given names ("given_names": "Ada Maria", "Prénom(s) : Colette",
# "Фамилия: Петрова", "Geburtsname: Roe")
_OTHER_PART_KEYS = ("фамилия", "имя", "отчество", "prénoms", "prénom(s)", "prenoms", "prénom :", "prénom:", "nom_de_naissance",
                    "nom de naissance", "nom_d_usage", "nom d'usage", "nom_de_famille", "nom de famille", "given_names", "given names",
                    "forenames", "first_names", "vornamen", "vorname(n)", "geburtsname",
                    # (transliterated, as Russian code names its fields)
                    "familiya", "familia", "imya", "otchestvo")
_NOM_LABEL_RE = re.compile(r"[ \t>*-]*nom[ \t]*:")
_PART_KEY_END_RE = re.compile(r"\\?[\"']?\s{0,3}:")
_PERSON_KEY_NORM = re.compile(r"[_\-\s]")
# a key ending in "name" (first_name, lastName, surname, Vorname, a bare "name"), matched where "name" occurs
# (or "=" and a quote: a keyword argument of a repr, first_name='Ada')
_NAME_KEY_RE = re.compile(r"name(?:\\?[\"'])?\s{0,3}(?::|=(?=\s{0,3}\\?[\"']))")
# a bare first / given key with a last / family key right after it: {first: 'Ada', last: 'Roe'}, Contact(first='Ada', ...)
_SPLIT_KEYS_RE = re.compile(r"\b(?:first|given)\\?[\"']?\s{0,3}[:=]([^\n]{1,80}?)\b(?:last|family)\\?[\"']?\s{0,3}[:=]")
# the last three characters before "name" in the keys of L.PERSON_PART_KEYS ("st_" of first_name); most
# other "...name" keys (customer_name, full_name) fail this set lookup
_PART_KEYS_AS_SUFFIX = tuple(sorted(L.PERSON_PART_KEYS))
_PART_KEY_TAILS = frozenset((w + sep)[-3:] for w in ("first", "last", "given", "family", "sur", "middle", "maiden", "fore", "preferred",
                                                     "vor", "nach", "familien", "ruf") for sep in ("", "_", "-", " "))
# the next string of a list: "given": ["Anna", "Maria"]
_NEXT_IN_LIST_RE = re.compile(r"\\?\"\s{0,3},\s{0,40}\\?\"")
# a structured name: {"name": [{"family": "Doe", "given": ["Jane"]}]}, {"name": {"first": ...}}, and its parts
_NAME_OBJECT_RE = re.compile(r"\s{0,3}\[?\s{0,40}\{")
# "text" is the whole name in a FHIR HumanName: "name": [{"text": "Jane Roe"}]
# ... and "formatted" in SCIM / Google People: "name": {"formatted": "Jane Roe"}
_GIVEN_LIST_KEY_RE = re.compile(r"\"given\\?\"\s{0,3}:(?=\s{0,40}(?:\[|\\?\"))")   # a list of given names, or one
_NAME_PART_KEY_RE = re.compile(r"\\?\"(?:first|last|given|family|middle|text|formatted)\\?\"\s{0,3}:")
_XML_NAME_PART_RE = re.compile(r"<(given|family)(?:\s[^<>]{0,80})?>([%s][^<>\n\d]{0,40})</\1>" % _UP)
_PART_PLACEHOLDERS = frozenset(("unknown", "unk", "none", "null", "default", "n/a", "anonymous", "redacted", "hidden", "test", "tbd", "unbekannt",
                                "inconnu", "anonyme", "неизвестно", "нет", "аноним"))
_PART_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz_- ")
# after the ":", an optional list bracket and quote
_PART_VALUE_START_RE = re.compile(r"\s{0,3}\[?\s{0,40}\\?[\"']?")
# one to four capitalised words or initials, with surname particles ("Anna van der Berg", "Hans-P. Roe")
_PART_VAL_RE = re.compile(r"[%s][%s%s'\u2019\-.]{1,40}(?: (?:%s )?[%s][%s%s'\u2019\-.]{1,40}){0,3}" % (_UP, _UP, _LO, _PARTICLE, _UP, _UP, _LO))
# a surname (its particle first, "de La Rochefoucauld") before the given-name label on its line
_NOM_BEFORE_PRENOM_RE = re.compile(r"[ \t]*((?:%s )?%s)(?:[ \t]{2,}|[ \t]*[,;|/][ \t]*)" % (_PARTICLE, _PART_VAL_RE.pattern))

_STRONG_CUES = ("title", "cue", "key")
# the next line gives a birth date
_BIRTH_LINE_RE = re.compile(r"\r?\n(?:geburtsdatum|geboren|date of birth|dob|born|date de naissance|né|дата рождения)", re.IGNORECASE)
_ROLE_CUES = _STRONG_CUES + ("pair",)
# particles that are also prepositions after a common noun
_PREPOSITIONS = frozenset(("von", "zu", "de", "du", "des", "di", "da"))
# what separates the items of a list of names: "Jane Roe, J. Doe and ...", "Jane Roe et ...", "Jane Roe & ..."
_LIST_SEP_RE = re.compile(r",? (?:and|et|und|и|&) |, ")
_AND_SEP_RE = re.compile(r" (?:and|et|und|и|&) ")
# a list item's bullet or number at a line start
_LIST_MARKER_RE = re.compile(r"[ \t]{0,8}(?:[-*•–]|\d{1,3}[.)])[ \t]{1,4}")
_LIST_MARKER_MAX = 16     # the longest marker it matches
# ... whose name is the whole item or comes before its description: "2. J. Doe - dev", not "- Next Meeting soon"
_ITEM_END_RE = re.compile(r"[ \t]{0,4}(?:[-–:;,(]|\r?\n|$)")
# closing words of a letter that are not cue words on their own ("best", "merci")
# English role nouns that, capitalised inside a title-case run, head a phrase ("Tenant Deposit Scheme") more often than
# they announce a name (German nouns are capitalised anyway: "Der Zeuge X" keeps its cue)
_TITLECASE_ROLES = frozenset(("Tenant", "Customer", "Student", "Patient", "Client", "Employee", "User", "Member", "Guest",
                              "Visitor", "Passenger", "Driver", "Owner", "Manager", "Contact", "Holder", "Applicant",
                              "Recipient", "Sender", "Author", "Reporter", "Teacher", "Candidate", "Beneficiary", "Caller",
                              "Account", "Requester", "Assignee", "Payee", "Payer", "Colleague", "Advisor", "Adviser",
                              "Consultant", "Guardian", "Policyholder", "Cardholder", "Supervisor", "Interviewer", "Reviewer",
                              "Recruiter", "Mentor", "Judge", "Magistrate", "Solicitor", "Barrister", "Attorney",
                              "Prosecutor", "Paralegal", "Counsel", "Monitor", "Participant", "Player"))
# ... in the middle of a sentence ("the Tenant Deposit Scheme page", "see Customer Success Playbook"; not after a German
# article: "der Patient Hans Roe") or opening the value of a title key ("title": "Customer Success Playbook")
# (also a key ending in a job's word: "role_title", "owner_role", "jobTitle")
_TITLE_VALUE_KEY_RE = re.compile(r'"(?:title|name|subject|label|heading|headline|caption|product|item|section|category|course|'
                                 r'program|programme|document|page|[\w\-]{0,20}?(?:[tT]itle|[rR]ole|[pP]osition))"[ \t]{0,2}:[ \t]{0,2}"$')
_GERMAN_ARTICLES = frozenset(("der", "die", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "unser", "unsere",
                              "ihr", "ihre", "unseren", "unserem", "ihren", "ihrem"))


def _titlecase_context(doc, cs):
    """The capitalised role word at ``cs`` stands mid-sentence after a lower-case word, or opens a title key's value."""
    text = doc.text
    if cs <= 0:
        return False
    c = text[cs - 1]
    if c == '"':
        return _TITLE_VALUE_KEY_RE.search(text, max(0, cs - 24), cs) is not None
    if c != " ":
        return False
    ws = cs - 1
    while ws > 0 and text[ws - 1].isalpha():
        ws -= 1
    prev = text[ws:cs - 1]
    return prev.islower() and prev not in _GERMAN_ARTICLES


_SURNAME_STOPS = frozenset(w for w in L.NON_NAME_WORDS & L.SURNAMES if len(w) > 2 and w not in ("Best", "Good"))
_SIGNOFFS = frozenset(("best", "cheers", "warmly", "merci", "amicalement", "bises", "danke", "lg", "спасибо",
                       # "Bien à vous,", "Meilleures salutations,", "Best wishes,", "Take care,"
                       "vous", "salutations", "wishes", "care"))
# sign-off words of the cue list: a team or department signs after them as often as a person
_SIGNOFF_CUES = frozenset(("regards", "sincerely", "cordially", "thanks", "cordialement", "grüße", "grüsse", "gruß",
                           "grüßen", "hochachtungsvoll", "уважением"))
_UNIT_TITLES = frozenset(("ms", "m"))
# roles that name a person only right before the name: after a colon or comma the turn or a firm follows as often
_SPEAKER_ROLES = frozenset(("agent", "agentin"))
_FIRST_NAMES = L.FIRST_NAMES
_AMBIGUOUS_FIRST = L.AMBIGUOUS_FIRST
_NON_NAME = L.NON_NAME_WORDS
_PERSON_CUES = L.PERSON_CUES
_ORG_GEO = L.ORG_GEO_WORDS
# a German court and a judge's title that names it ("Richterin am Amtsgericht", "Präsident des Landgerichts")
_COURT_ENDINGS = ("gericht", "gerichts", "gerichtshof", "gerichtshofs")
_JUDGE_AT_COURT_RE = re.compile(r"(?<![\w])(?:richter|richterin|vorsitzender|vorsitzende|präsident|präsidentin|direktor|direktorin)"
                                r" (?:am|beim|des) [a-zäöüß]{0,30}gerichts?(?:hofs?)? $")
# words that open a firm's name ("Kanzlei Lindenhof", "Cabinet Moreau")
_ORG_OPENERS = frozenset(("Kanzlei", "Anwaltskanzlei", "Rechtsanwaltskanzlei", "Notariat", "Cabinet"))
_SURNAMES = L.SURNAMES
# cue kind of a lower-cased stop word; titles win over cue words
_CUE_KIND = dict([(w, "pair") for w in L.ROSTER_CUES] + [(w, "cue") for w in L.PERSON_CUES]
                 + [(w, "title") for w in L.TITLES | L.NAME_FIELD_WORDS])
# run token -> False if it is a name candidate, else (cue kind or None,) of the stop word that splits the run;
# names repeat across documents, so one dict lookup replaces lower / rstrip / two lookups per token
_TOKEN_STOP = {}
_TOKEN_STOP_MAX = 1 << 14     # about 1.5 MB of short strings at most


def _surname_next(text, p):
    """True if the word at ``p`` may be a surname: no stop, place or organisation word ("April Miller", not "May Street")."""
    w = _NAME_WORD_RE.match(text, p)
    return w is not None and not _token_stop(w.group(0)) and w.group(0) not in _ORG_GEO


# a flat after a name is its address's ("Maeve Lloyd, Flat 04A"); "Room", "Suite", "Unit" also name things ("Deluxe King Room")
_UNIT_WORDS = frozenset(("Flat", "Apt", "Apartment", "Studio"))


def _token_stop(t):
    """False if run token ``t`` is a name candidate, else (its cue kind or None,): titles, cue and non-name words."""
    low = t.lower().rstrip(".")
    kind = _CUE_KIND.get(low)
    if t in _NON_NAME or (kind is not None and (len(t) <= 9 or low in _PERSON_CUES)) or low.endswith("nummer") or t in _UNIT_WORDS:
        # (a German number label is no surname: "Jana Roe, Personalnummer 4711"; nor a flat: "Maeve Lloyd, Flat 04A")
        return (kind,)
    if low.endswith(_COURT_ENDINGS):
        return (None,)  # a German court ends the judge's title before the name: "Richterin am Amtsgericht Jana Roe"
    return False


# a letter's salutation line: "Hallo Dietmar," / "Bonjour Claire !" names the reader whatever the lexicon says
_GREETING_BEFORE_RE = re.compile(r"(?:^|\n)[ \t>]{0,8}(?:dear|hi|hello|hallo|liebe|lieber|bonjour|cher|chère|здравствуйте|уважаемый|уважаемая) $")
# plural or group addressees of a salutation
_GROUP_ADDRESSEES = frozenset(("All", "Everyone", "Colleagues", "Friends", "Sirs", "Zusammen", "Kollegen", "Kolleginnen", "Alle",
                               "Tous", "Collègues", "Коллеги", "Друзья", "Все"))
# endings of a department or a thing addressed by a greeting: "Hi Marketing,", "Hallo Buchhaltung,"
_GREETING_NOUN_ENDINGS = _NOUN_ENDINGS + ("ing",)


def _signoff_before(doc, s):
    """True if the word before ``s`` is a sign-off ("Best regards,\n", "Mit freundlichen Grüßen\n")."""
    pm = _PREV_WORD_REV_RE.match(doc.text[max(0, s - 32):s][::-1])
    return pm is not None and pm.group(1)[::-1].lower() in _SIGNOFF_CUES


def _is_vocative(doc, tok):
    """``tok`` (start, end, word) alone after a greeting at a line start and before ",", "!" and the line end."""
    s, e = tok[0], tok[1]
    after = doc.text[e:e + 3]
    if not (after[:2] in (",\n", ",\r") or after[:1] == "!" or after == " !\n") or tok[2] in _GROUP_ADDRESSEES:
        return False
    if tok[2].lower().endswith(_GREETING_NOUN_ENDINGS):
        return False
    return _GREETING_BEFORE_RE.search(doc.lower, max(0, s - 24), s) is not None


# a first name addressed at the end of a question or exclamation: "Anything else, Jane?", "Danke, Jana!"
_VOCATIVE_RE = re.compile(r"[%s][%s]{1,30}" % (_UP, _LO))


# a greeting that opens a line, a message or a quoted draft, then one or two capitalised words and a comma or "!":
# "Hi April,", "Hallo Anto,", "Здравствуйте, Евдокия!"
# (a form letter's "Liebe/r", "Cher/Chère", "Уважаемый(ая)")
_GREETING_NAME_RE = re.compile(r"(?:Hi|Hello|Hey|Dear|Hallo|Liebe|Lieber|Liebe/r|Moin|Servus|Bonjour|Bonsoir|Salut|Coucou|Cher|"
                               r"Chère|Cher/Chère|Cher\(e\)|Guten Tag|Good morning|Good afternoon|Good evening|Здравствуйте|"
                               r"Привет|Добрый день|Доброе утро|Добрый вечер|Уважаемый|Уважаемая|Уважаемый\(ая\))"
                               r",? ([%s][%s'\u2019\-]{1,30}(?: [%s][%s'\u2019\-]{1,30})?)[,!]" % (_UP, _LO, _UP, _LO))
# what a greeting addresses besides a person: the group addressees above, and more
_GREETING_NOT_NAMES = frozenset(w.lower() for w in _GROUP_ADDRESSEES) | frozenset((
    "there", "team", "everybody", "folks", "guys", "world", "friend", "sir", "madam", "leute", "ensemble", "toutes", "mum",
    "mom", "dad", "mama", "papa", "sales", "support", "finance", "legal", "accounting", "engineering", "operations", "admin",
    "staff", "management", "hr", "it"))
# what a greeting follows: a line break, or the opening of a string, a quote or a quoted e-mail line
_GREETING_BEFORE = frozenset("\n\"\u201e\u00ab\u201c>")


# a given name alone on the line after a sign-off, or after it on its line ("Cheers,⏎Sharon", "С уважением, Орест")
# (a line break also escaped in a JSON string)
# (each pattern opens with its literal line break: sre skips to it in C)
_NAME_LINE_TAIL = (r"[ \t>]*(?=[%s])(?:([^\n\\,]{2,30}),[ \t]+)?([%s][%s'\u2019]{1,30}(?:-[%s][%s'\u2019]{1,30})?)[ \t]*"
                   r"(?=\r?\n|(?:\\r)?\\n|\\?\"|$)" % (_UP, _UP, _LO, _UP, _LO))
_NAME_LINE_RE = re.compile("\n" + _NAME_LINE_TAIL)
_ESCAPED_NAME_LINE_RE = re.compile(r"\\n" + _NAME_LINE_TAIL)
_SIGNOFF_LINES = frozenset((
    "cheers", "thanks", "thank you", "many thanks", "thanks again", "best", "best wishes", "best regards", "kind regards",
    "warm regards", "regards", "all the best", "take care", "talk soon", "sincerely", "yours", "yours sincerely",
    "viele grüße", "beste grüße", "liebe grüße", "herzliche grüße", "freundliche grüße", "mit freundlichen grüßen", "lg",
    "vg", "gruß", "grüße", "danke", "bis bald", "bien à vous", "à bientôt", "a bientôt", "amitiés", "cordialement",
    "bien cordialement", "bises", "amicalement", "merci", "с уважением", "спасибо", "всего доброго", "до встречи"))


# Names in system records: an LDIF entry's surname ("sn: Roe"), a passwd line's GECOS field ("jroe:x:1192:1192:Jana
# Roe,Room 4:/home/jroe:/bin/bash"), a `git blame` line's author ("aa5e5f7c (Jana Roe 2023-09-14 05:25:14 -0400 202)"),
# an SSH public key's comment ("ssh-ed25519 AAAAC3Nz… Jana Roe"); each opens with a literal sre skips to
_LDIF_SN_RE = re.compile(r"\nsn: ([^\n]{2,60})(?=\n|$)")
_PASSWD_GECOS_RE = re.compile(r":[x*!]?:\d{1,10}:\d{1,10}:([^:,\n]{3,60})[,:]")
_BLAME_AUTHOR_RE = re.compile(r" \(([^\n()]{3,60}?) +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4} +\d{1,6}\)")
# (the key's comment is read after the last 40 characters of its body: a stream window holds those, not the key's start;
# the literal space and a capital first, then the look-behind: sre skips to each space in C)
_SSH_KEY_COMMENT_RE = re.compile(r" (?=[A-Z][a-z])(?<=[0-9A-Za-z+/=]{40} )([^\n@]{3,60})(?=\n|$)")


def _system_records(text, out):
    found = []
    if "\nsn: " in text:
        found.extend(_LDIF_SN_RE.finditer(text))
    if ":x:" in text or ":*:" in text:
        found.extend(_PASSWD_GECOS_RE.finditer(text))
    found.extend(_BLAME_AUTHOR_RE.finditer(text))
    found.extend(_SSH_KEY_COMMENT_RE.finditer(text))
    for m in found:
        words = m.group(1).strip().split(" ")
        # a person's name: capitalised words, none a common, place or organisation word (not "Debian-exim", "Mailing
        # List Manager", "deploy key"); an LDIF surname is one word
        if len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words) and _name_words(words) \
                and (len(words) > 1 or m.re is _LDIF_SN_RE):
            s = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
            out.append((s, s + len(m.group(1).strip()), "PERSON", 0.8))


def _signoff_names(text, out):
    for m in itertools.chain(_NAME_LINE_RE.finditer(text) if "\n" in text else (),
                             _ESCAPED_NAME_LINE_RE.finditer(text) if "\\n" in text else ()):
        lead = m.group(1)
        if lead is None:
            # the line before: after the last real or escaped line break before it, or the JSON string's opening quote
            st = m.start()
            esc = text.rfind("\\n", 0, st)
            lead = text[max(text.rfind("\n", 0, st) + 1, esc + 2 if esc >= 0 else 0):st].rsplit('"', 1)[-1]
        name = m.group(2)
        if (lead.strip(" \t>,!.").lower() in _SIGNOFF_LINES and name.lower() not in _GREETING_NOT_NAMES
                and all(_is_first(part) for part in name.split("-"))):
            out.append((m.start(2), m.end(2), "PERSON", 0.7))


def _greetings(text, out):
    """A greeting (capitalised: it opens the text, a line, a message or a quote) and its addressee."""
    for m in _GREETING_NAME_RE.finditer(text):
        s = m.start()
        if s and text[s - 1] not in _GREETING_BEFORE and not (text[s - 1] == "n" and text[s - 2:s - 1] == "\\") \
                and not (text[s - 1] == " " and text[s - 2:s - 1] in _GREETING_BEFORE):
            continue
        words = m.group(1).split(" ")
        # (a given name that is also a month or a common word: "Hi April,", "Dear Will,")
        # (and a department or a common noun: "Hi Marketing,", "Hallo Buchhaltung,")
        if any(w.lower() in _GREETING_NOT_NAMES or w in _ORG_GEO or w in _TITLECASE_ROLES
               or not _is_first(w) and (w in _NON_NAME or w.lower().endswith(_GREETING_NOUN_ENDINGS)) for w in words):
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))


# a given name spoken to before a request, opening its sentence ("Okay, let's start. David, can you give us the update",
# "Jana, könntest du …"), and the owner of a meeting's action item ("Action item for Dana:", "Aufgabe für Jana:"); the
# patterns open with a literal that sre skips to
_ASKED_AFTER_RE = re.compile(r", (?:(?:can|could|would|will) you|(?:kannst|könntest) du|(?:können|könnten) sie|pouvez-vous|"
                             r"pourriez-vous|peux-tu|tu peux|(?:можешь|можете|сможешь|сможете))\b", re.I)
_ASKED_NAME_RE = re.compile(r"(?:^|(?<=[\n\"(])|(?<=[.!?:] ))([%s][%s]{1,30})$" % (_UP, _LO))
_ACTION_OWNER_RE = re.compile(r"(?:ction items?|o-?dos?|ufgabe|ollow-?ups?) (?:for|für) ([%s][%s]{1,30})(?=[:,.]| to )" % (_UP, _LO))


# a name spelled out letter by letter after a request to spell it ("Could you spell your surname?⏎Caller: Sure,
# J-O-H-N-S-O-N.", "Nachname buchstabiert E-B-E-R-T", "épeler … M-U-L-L-E-R", "W A R D"): one separator throughout
# (the spelling ends its answer: "the X-Y-Z pipeline" is a thing's name)
_SPELLED_NAME_RE = re.compile(r"(?<![\w-])[%s]([- ])[%s](?:\1[%s]){1,30}(?=[.,!)\"\n\\]|$)" % (_UP, _UP, _UP))
_SPELL_CUES = ("spell", "buchstabier", "épel", "epel", "по буквам", "letter by letter", "lettre par lettre")
_SPELL_REACH = 200


def _spelled_names(text, low, out):
    for m in _SPELLED_NAME_RE.finditer(text):
        if any(low.find(cue, max(0, m.start() - _SPELL_REACH), m.start()) >= 0 for cue in _SPELL_CUES):
            out.append((m.start(), m.end(), "PERSON", 0.75))


def _asked_names(text, out):
    """Given names of the lexicon spoken to before a request, or owning an action item."""
    hits = [(m.start(1), m.end(1)) for m in _ACTION_OWNER_RE.finditer(text)] if "for " in text or "für " in text else []
    for m in _ASKED_AFTER_RE.finditer(text) if ", " in text else ():
        nm = _ASKED_NAME_RE.search(text, max(0, m.start() - 32), m.start())
        if nm:
            hits.append((nm.start(1), nm.end(1)))
    for s, e in hits:
        word = text[s:e]
        if _is_first(word) and word not in _AMBIGUOUS_FIRST and word not in _NON_NAME:
            out.append((s, e, "PERSON", 0.7))


# two or three name words, the last ones may be initials ("Jane Roe", "Мухин И. Ф.")
_NAME_WITH_INITIALS = r"%s(?: (?:%s|%s)){1,2}" % (_NAME_TOK, _NAME_TOK, _INITIAL)
# a letter's or a parcel label's recipient: a line of them right above a street address line, surname first or not
_RECIPIENT_LINE_RE = re.compile(r"[ \t]*(%s|(%s), (%s(?: %s)?))[ \t]*" % (_NAME_WITH_INITIALS, _NAME_TOK, _NAME_TOK, _NAME_TOK))


def _name_words(words):
    """Words found by their place (above an address, before data) read as a name: none is a common, organisation, place or
    role word, and the last is no abstract noun."""
    return not any(w in _NON_NAME or w in _ORG_GEO or w in _TITLECASE_ROLES or w in _ORG_OPENERS for w in words) \
        and not words[-1].lower().endswith(_NOUN_ENDINGS)


def _opens_clause(text, g0, g1):
    """True if "Word, Given" opens a sentence and the sentence goes on in lower case: an adverb and a vocative or a subject
    ("Yesterday, Emily called", "Hier, Paul m'a dit", "Вчера, Анна звонила"), not an inverted name ("Roe, Jane")."""
    s, e = g0[0][0], g1[-1][1]
    return (len(g0) == 1 and (s == 0 or text[s - 1] == "\n" or text[s - 2:s] in (". ", "! ", "? "))
            and text[e:e + 1] == " " and text[e + 1:e + 2].islower())


def _lexicon_knows(words, russian=None):
    """True if the lexicons know one of the words as a given name or a surname; a Russian word counts by its ending (a
    surname's by default; ``russian`` may ask for another, such as a patronymic's)."""
    russian = russian or _is_surname_shape_ru
    return any(_is_first(w) or w in _SURNAMES or russian(w) for w in words)


def names_above_addresses(text, cands):
    """Add the recipient's name on the line above each street address that opens its line (``cands``: the candidates
    of all recognizers)."""
    for s, e, kind, score in [c for c in cands if c[2] == "STREET_ADDRESS"]:
        if s < 3 or text[s - 1] != "\n":
            continue
        ls = text.rfind("\n", 0, s - 1) + 1
        m = _RECIPIENT_LINE_RE.fullmatch(text, ls, s - 1)
        if m is None:
            continue
        # (surname first, as a collection agency's or a bank's letter writes it: "Thanel, Ortwin")
        words = m.group(3).split(" ") + [m.group(2)] if m.group(2) else m.group(1).split(" ")
        if not _name_words(words):
            continue
        cands.append((m.start(1), m.end(1), "PERSON", 0.75))


# what a name and its owner's data are set apart by in a contact line: "Elma Johann, +49 …", "Udo Lübs / 390 409 2952",
# "Erast Gerasimov — 8 343 …", "Marcus Field | 07437 …", "Pelageya Tarasova (02.13.06.28.49, …)"; a short label may
# open the value ("Rosi Dobes, Patientennr. 511006365", "Mato Trub, geb. 12/10/1939", a genealogy's "Kati Roe, * 12.07.1979");
# the person's role may stand between, in brackets or as a phrase of its own ("Udo Lübs (Anwohner) – 0171 …", "Luce Léger,
# chauffeur de taxi, 06 11 …")
_DATA_SEP = (r"(?: \([^\W\d_][^()\n]{1,30}\))?(?:(?:,| ?[/|\u2014\u2013])[ \t]| \()"
             r"(?:[\w\u00c0-\u024f\u0400-\u04ff]{2,14}\.?:? |[^\W\d_]{2,14}(?: [^\W\d_]{2,14}){0,2}, |\*[ \u00a0]?){0,2}$")
_DATA_SEP_RE = re.compile(_DATA_SEP)
_NAME_THEN_DATA_RE = re.compile(r"(%s(?: %s){1,2}|%s, %s)" % (_NAME_TOK, _NAME_TOK, _NAME_TOK, _NAME_TOK) + _DATA_SEP)
# ... written in lower case, as people type in chats ("marcus field | 07437 …"): see _lower_case_name
_LOWER_NAME_THEN_DATA_RE = re.compile(r"(?<![\w\-'\u2019])([%s]{2,30}(?:-[%s]{2,30})? [%s]{2,30}(?:-[%s]{2,30})?)" % (_LO, _LO, _LO, _LO)
                                      + _DATA_SEP)
_WORD_BEFORE_RE = re.compile(r"(\w+) $")
# the words before a place, not a person: "née le 27 mars 1975 à Sainte Valérie", "geboren in Bad Ems"
_PLACE_PREPOSITIONS = frozenset(("à", "in", "aus", "en", "near", "в", "во", "из"))
_DATA_OF_PERSONS = frozenset(("PHONE", "EMAIL", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER", "US_SSN", "RU_INN", "RU_PASSPORT",
                              "RU_SNILS", "UK_NHS"))
# ... and the accounts whose owner a bracket after them names
_DATA_OF_OWNERS = _DATA_OF_PERSONS | frozenset(("IBAN", "CREDIT_CARD"))
# ... and the data a name opens a clause before: a person's data, or the street a letter's addressee lives in ("Christelle
# Lebrun, 13, rue Célina Masse", "Marc Traore, demeurant 8, boulevard …")
_DATA_AFTER_NAMES = _DATA_OF_PERSONS | frozenset(("STREET_ADDRESS",))
_OWNER_IN_BRACKETS_RE = re.compile(r"(%s)\)" % _NAME_WITH_INITIALS)


# roles whose record gives the holder's birth date right after the name: "Застрахованный: Гурьев Пимен Глебович,
# 18.09.1979", "Patient: Jane Roe (12.03.1979)"; a guest's or passenger's date after the name is as often the stay's
_BIRTH_DATED_ROLE_RE = re.compile(
    r"(?<![^\s>*\-.\"])(?:patient|patientin|patiente|пациент|пациентка|insured|policyholder|versicherte|versicherter|"
    r"versicherungsnehmer|versicherungsnehmerin|assuré|assurée|застрахованный|застрахованная|страхователь|claimant|"
    r"applicant|antragsteller|antragstellerin|demandeur|demandeuse|заявитель|заявительница|child|kind|enfant|ребёнок|ребенок|"
    r"student|schüler|schülerin|élève|ученик|ученица)(?:\*\*)? ?:(?:\*\*)? ?$")
# the date's end: the line's (also escaped in a JSON string) or a field's after a comma, the bracket's after " ("
_BIRTH_DATE_END = {", ": re.compile(r"[ \t]*(?:[;,\r\n\"]|\\[nr\"]|$)|\.(?:\s|\\n|$)"), " (": re.compile(r"\)")}
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def birth_dates_after_names(text, cands):
    """Add the birth date right after a person's name (``cands``: the candidates of all recognizers): on a role's record
    line, a full date after ", " that ends the line or its sentence, or in brackets, unless another year within the
    record's reach is less than _MIN_AGE_YEARS after it (a visit's or a claim's date); without the role, a date in
    brackets that another year near it is at least _MIN_AGE_YEARS after ("Pre-authorisation approved for Jane Roe
    (16-May-2000): …, valid until 2021-11-28") or, with no other year near, among care words ("The discharge PDF for
    Jane Roe (13/10/1935)")."""
    low_text = ""
    for s, e, kind, score in [c for c in cands if c[2] == "PERSON"]:
        end_re = _BIRTH_DATE_END.get(text[e:e + 2])
        if end_re is None:
            continue
        # (the role's label within the line, or the line of a JSON string, before the name)
        esc = text.rfind("\\n", max(0, s - 40), s)
        ls = max(text.rfind("\n", max(0, s - 40), s) + 1, esc + 2 if esc >= 0 else 0, s - 40)
        role = _BIRTH_DATED_ROLE_RE.search(text[ls:s].lower()) is not None
        if not role and text[e] != " ":
            continue
        low = text[e + 2:e + 42].lower()
        dm = _DOB_DATE_RE.match(low)
        if dm is None or not end_re.match(low, dm.end()):
            continue
        ym = _YEAR_RE.search(dm.group(0))
        if ym is None:
            continue
        year = int(ym.group(0))
        years = [int(y) for y in _YEAR_RE.findall(text, max(0, s - 128), min(len(text), e + 120))]
        years.remove(year)
        latest = max(years, default=None)
        if latest is None and not role:
            # no other date to measure it by: a bracketed date after a name among care words
            low_text = low_text or text.lower()
            if not _MRN_CARE_CONTEXT_RE.search(low_text, max(0, s - 100), e + 100):
                continue
        elif latest is not None and year > latest - _MIN_AGE_YEARS and (not role or latest > year):
            continue
        cands.append((e + 2, e + 2 + dm.end(), "DATE_OF_BIRTH", 0.8))


# the patient's identifier beside the name and the birth date that identify the patient with it ("Patient Jane Roe,
# 1941-01-16, IT-5948-3K1N", "DMP-937157, 12/10/1957 — Jane Roe"): capitals and digits, four digits at least
_BESIDE_DOB_ID_RE = re.compile(r"[A-Z0-9][A-Z0-9/#\-]{4,24}")
_BESIDE_DOB_SEPS = (", ", "; ", " \u2014 ", " \u2013 ", " - ")
_BESIDE_DOB_CARE_REACH = 300
# a date in such a triple that no recognizer took: numeric, with a four-digit year
_TRIPLE_DATE = r"(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)"
_TRIPLE_DATE_RE = re.compile(_TRIPLE_DATE + r"(?![\d./-])")
_TRIPLE_DATE_BEFORE_RE = re.compile(r"(?<![\d./-])" + _TRIPLE_DATE + "$")


def _id_token_before(text, s):
    """(start, end) of the identifier-shaped token ending at ``s``, or None."""
    a = s
    while a > 0 and s - a < 26 and (text[a - 1].isalnum() or text[a - 1] in "/#-"):
        a -= 1
    m = _BESIDE_DOB_ID_RE.fullmatch(text, a, s)
    return (a, s) if m and (a == 0 or not text[a - 1].isalnum()) else None


def _sep_before(text, s):
    return next((sep for sep in _BESIDE_DOB_SEPS if text.startswith(sep, s - len(sep))), None)


def _sep_at(text, e):
    return next((sep for sep in _BESIDE_DOB_SEPS if text.startswith(sep, e)), None)


def _id_token_after(text, p):
    m = _BESIDE_DOB_ID_RE.match(text, p)
    return m.span() if m and not text[m.end():m.end() + 1].isalnum() else None


def ids_beside_birth_dates(text, cands):
    """Add the record number of a patient named by a name, a birth date and an identifier side by side among care words
    (``cands``: the candidates of all recognizers): the identifier after "name, date" or before "date — name"; a date
    there that no recognizer took is the birth date then."""
    persons = [(s, e) for s, e, kind, score in cands if kind == "PERSON"]
    if not persons:
        return
    person_ends = {e for s, e in persons}
    person_starts = {s for s, e in persons}
    # (date start, date end, identifier span, whether the date is a birth-date candidate already)
    triples = []
    for s, e, kind, score in cands:
        if kind == "DATE_OF_BIRTH":
            before, after = _sep_before(text, s), _sep_at(text, e)
            if before and after and s - len(before) in person_ends:
                triples.append((s, e, _id_token_after(text, e + len(after)), True))
            elif before and after and e + len(after) in person_starts:
                triples.append((s, e, _id_token_before(text, s - len(before)), True))
    for s, e in persons:
        after = _sep_at(text, e)
        dm = after and _TRIPLE_DATE_RE.match(text, e + len(after))
        sep = dm and _sep_at(text, dm.end())
        if sep:
            triples.append((dm.start(), dm.end(), _id_token_after(text, dm.end() + len(sep)), False))
        before = _sep_before(text, s)
        dm = before and _TRIPLE_DATE_BEFORE_RE.search(text, max(0, s - len(before) - 12), s - len(before))
        sep = dm and _sep_before(text, dm.start())
        if sep:
            triples.append((dm.start(), dm.end(), _id_token_before(text, dm.start() - len(sep)), False))
    covered = None
    low = None
    for s, e, span, dob in triples:
        if span is None:
            continue
        a, b = span
        v = text[a:b]
        if sum(map(str.isdigit, v)) < 4 or _other_identifier(v) or _DATE_VALUE_RE.match(v):
            continue
        if covered is None:
            # what the other candidates cover, marked once (a scan of them per date would be quadratic)
            covered = bytearray(len(text))
            for x, y, other, sc in cands:
                if other != "PERSON":
                    covered[x:y] = b"\x01" * (y - x)
        if covered.find(1, a, b) >= 0 or not dob and covered.find(1, s, e) >= 0:
            continue
        low = low or text.lower()
        # care words in the paragraph before, up to the identifier (a stream decides on it before what follows arrives)
        p = low.rfind("\n\n", max(0, min(s, a) - _BESIDE_DOB_CARE_REACH), min(s, a))
        if _MRN_CARE_CONTEXT_RE.search(low, p + 2 if p >= 0 else max(0, min(s, a) - _BESIDE_DOB_CARE_REACH), max(b, e)):
            cands.append((a, b, "MEDICAL_RECORD_NUMBER", 0.75))
            if not dob:
                cands.append((s, e, "DATE_OF_BIRTH", 0.75))


def _data_label(word):
    """The kind of data a label's last word names ("Inlandspass": a passport), or a false value."""
    m = _CUE_STEM_RE.search(word.lower())
    return m and _CUE_STEM_KIND[m.group(0)]


def names_before_data(text, cands):
    """Add the name that a contact line puts right before a person's data (``cands``: the candidates of all recognizers):
    two or three name-shaped words (or "Surname, Given") that open their clause, then a separator and the data."""
    for s, e, kind, score in [c for c in cands if c[2] in _DATA_OF_OWNERS or c[2] in _DATA_AFTER_NAMES]:
        if kind in _DATA_OF_OWNERS and text.startswith(" (", e):
            m = _OWNER_IN_BRACKETS_RE.match(text, e + 2)
            words = m and m.group(1).split(" ")
            # (a bank or a card's product follows an account as often: there a word must be a known name)
            # (Russian titles capitalise their nouns and adjectives: there a word must be a given name or a patronymic)
            if words and _name_words(words) and all(len(w) > 2 or w[-1] == "." for w in words) and (
                    kind in _DATA_OF_PERSONS and words[0].isascii()
                    or _lexicon_knows(words, russian=_is_patronymic)):
                cands.append((e + 2, m.end(1), "PERSON", 0.75))     # "patient PT-604053 (Jane Roe)", "an CH21 … (Jane Roe)"
        if kind not in _DATA_AFTER_NAMES:
            continue
        # (a separator or a label's space ends the text before the data: most data, in JSON, follows a quote)
        if s < 4 or text[s - 1] not in " \t(":
            continue
        if text.endswith(_OWNER_ENDS, max(0, s - 5), s) and _owner_before_data(text, s, cands) \
                or _DATA_SEP_RE.search(text, max(0, s - 40), s) is None:
            continue
        lm = _LISTED_NAME_RE.fullmatch(text, text.rfind("\n", 0, s) + 1, s)
        if lm:
            words = [w for w in lm.group(1).replace(",", " ").split() if w[-1] != "." and w.lower() not in _LOW_PARTICLES]
            if words and any(not w.isupper() for w in words) and _name_words(words) and not _data_label(words[-1]):
                # (above the run that leaves its leading particle out: "von Ahlefeldt, Anneliese")
                cands.append((lm.start(1), lm.end(1), "PERSON", 0.85))
            continue
        m = _NAME_THEN_DATA_RE.search(text, max(0, s - 80), s)
        if m is None:
            m = _LOWER_NAME_THEN_DATA_RE.search(text, max(0, s - 80), s)
            if m and _lower_case_name(m.group(1)):
                cands.append((m.start(1), m.end(1), "PERSON", 0.7))
            continue
        a = m.start(1)
        words = m.group(1).split(" ")
        # three words are a name with a given name or a middle initial; else the first is a greeting or a role: "Hi Jane
        # Roe, …", "Maklerin Minna Heydrich, …"
        if len(words) == 3 and not (_is_first(words[0]) and words[0] not in _NON_NAME or words[1][-1] == "."):
            a += len(words.pop(0)) + 1
        words = [w.rstrip(",") for w in words]
        if not _name_words(words):
            continue
        if _data_label(words[-1]):
            continue    # a label whose last word names the data ("• Russischer Inlandspass — 3606267985")
        # the run must be whole: no word glued to it, no capitalised word of a longer run before it; not a town after
        # its postcode ("73847 Saint Anouk, téléphone …") or its preposition ("née à Sainte Valérie, demeurant 76, …") nor a
        # table's label cell ("| Russischer Inlandspass | 74 20 …")
        pw = _WORD_BEFORE_RE.search(text, max(0, a - 32), a)
        if a and (text[a - 1].isalnum() or text[a - 1] in "-'\u2019") or pw and (
                pw.group(1)[0].isupper() and pw.group(1) not in _NON_NAME or pw.group(1).isdigit()
                or pw.group(1) in _PLACE_PREPOSITIONS) \
                or text[m.end(1):m.end(1) + 2].strip() == "|" and text[max(0, a - 2):a].strip() == "|" \
                or _name_dash_before(text, a) is not None:     # the role of the name before it (see PersonRecognizer)
            continue
        cands.append((a, m.end(1), "PERSON", 0.75))


# A mailbox often spells its owner's name: "Karin Trüb · karint@…", "Horst Dąbrowski, dabrowski.horst@…", "Евгения,
# учётная запись bekmuratov.evgeniya@…". Capitalised words on the mailbox's line (or on the lines of the values before
# it in pretty-printed JSON), at most _ECHO_REACH characters before it, whose spelling (accents dropped, Cyrillic
# transliterated) a piece of the local part repeats are a name: the piece is the word, the word and an initial
# ("karint"), or two of the words joined ("ashleyabernathypryce").
_ECHO_REACH = 160
# below the other name candidates: a longer name that holds the echoed word wins ("Kata Rose" over "Rose" of k.rose@)
_ECHO_SCORE = 0.6
# (a surname in capitals too: "« LOPEZ Émile » <emilel@…>")
_ECHO_WORD_RE = re.compile(r"(?<![\w@.\-'\u2019])(?:(?:[dD]['\u2019])?[%s][%s]{1,30}(?:-[%s][%s]{1,30})?|[%s]{2,30}(?:-[%s]{2,30})?)(?![\w@])"
                           % (_UP, _LO, _UP, _LO, _UP, _UP))
_ECHO_PIECE_RE = re.compile(r"[a-z]+")
# what lies between two words of one name: a space, or a particle between spaces ("Emmerich zu Löwenstein")
_NAME_SPACE_RE = re.compile(r" (?:%s )?" % _PARTICLE)
# the gaps between two words of one name that _echoed_words tells apart (see names_echoed_by_mailboxes)
_NAME_GAPS = {" ": 1, ", ": 3}
# functional mailboxes (RFC 2142 and the usual ones of teams, tools and robots): "Support <support@…>" names no person
_ROLE_MAILBOXES = frozenset("""
    abuse accounts accounting admin administrator alerts billing bot bounce bounces build calendar careers ci contact
    contracts cron daemon deploy dev devops dpo enquiries events feedback finance ftp git github gitlab grafana help
    helpdesk hello hostmaster hr info jenkins jira jobs kontakt legal mail mailer marketing media monitoring news
    newsletter noc noreply notifications notify office ops orders payroll postmaster press privacy recruiting reply
    root sales security service servicedesk shop staff support team test usenet webmaster www
""".split())
_TRANSLIT = (dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", (
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
    "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"))),)
# the other common spellings: "Евгения" is "evgeniya" or "evgenia", "Хабибуллин" "khabibullin" or "habibullin"
_TRANSLIT += (dict(_TRANSLIT[0], **dict(zip("ёйхцщюя", ("yo", "i", "h", "c", "sch", "iu", "ia")))),
              dict(_TRANSLIT[0], **dict(zip("йхцюяж", ("j", "h", "c", "ju", "ja", "j")))))
_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue"}
# word -> _mailbox_spellings(word), cached: contact lists repeat their names
_SPELLINGS = {}
_UNDECOMPOSED = {"ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"}


def _mailbox_spellings(word):
    """How a mailbox may spell ``word`` (lower-case ASCII letters only)."""
    w = "".join(c for c in word.lower() if c.isalpha())
    if _CYR_RE.search(w):
        out = {"".join(t.get(c, c) for c in w) for t in _TRANSLIT}
        # "ия" is "ia" as often as "iya" ("Феврония": "fevronia"), a final "ий" "y" ("Дмитрий": "dmitry")
        return out | {f.replace("iia", "ia").replace("iiu", "iu") for f in out} | {f[:-2] + "y" for f in out if f.endswith("iy")}
    out = set()
    for form in (w, "".join(_UMLAUTS.get(c, c) for c in w)):
        form = "".join(_UNDECOMPOSED.get(c, c) for c in form)
        out.add("".join(c for c in unicodedata.normalize("NFKD", form) if c.isascii()))
    return out


def _echoed_words(words, joined, pieces):
    """Indices of ``words`` ((start, end, spellings, common, in capitals) on the mailbox's line) that ``pieces`` of its local part
    repeat (``joined[k]``: words k and k + 1 are one name's, see names_echoed_by_mailboxes); a common word counts only
    as the initial of a name's other word ("annekatrinr": "Annekatrin Ring")."""
    hit = set()
    for k, word in enumerate(words):
        sp, common = word[2], word[3]
        if common:
            continue
        for p in pieces:
            for f in sp:
                if len(f) < 3 or not p.startswith(f) and not p.endswith(f):
                    continue
                rest = len(p) - len(f)
                if rest == 0:
                    hit.add(k)
                elif rest == 1:
                    # the word and an initial, whose word joins it: after the word and a space ("karint": "Karin Trüb")
                    # or before it after a comma ("antonym": "Mitchell, Antony"); for an initial first, the other way
                    # round ("jbrandstatter": "Janine Brandstätter", "Brandstätter, Janine")
                    hit.add(k)
                    if p.startswith(f):
                        # (or a surname in capitals before it: "LOPEZ Émile", emilel)
                        initial, sides = p[-1], ((k + 1, k, 1), (k - 1, k - 1, 3 if k == 0 or not words[k - 1][4] else 1))
                    else:
                        initial, sides = p[0], ((k - 1, k - 1, 1), (k + 1, k, 3))
                    for j, gap_at, gap in sides:
                        if 0 <= j < len(words) and joined[gap_at] == gap and initial in {x[:1] for x in words[j][2]}:
                            hit.add(j)
                elif p.startswith(f) and k + 1 < len(words) and joined[k] and p[len(f):] in words[k + 1][2]:
                    hit.update((k, k + 1))   # two words joined: "ashleyabernathypryce"
    return hit


def names_echoed_by_mailboxes(text, cands):
    """Add the name that an e-mail address's local part spells, before it on its line (``cands``: the candidates of all
    recognizers; see _ECHO_REACH)."""
    for s, e, _kind, _score in [c for c in cands if c[2] == "EMAIL"]:
        at = text.find("@", s, e)
        if at < 0:
            continue
        # (a piece spells a word of three letters or more)
        pieces = [p for p in _ECHO_PIECE_RE.findall(text[s:at].lower()) if len(p) > 2 and p not in _ROLE_MAILBOXES]
        if not pieces:
            continue
        reach = max(0, s - _ECHO_REACH)
        ls = text.rfind("\n", reach, s)    # (a bounded look back: linear on a long line of addresses)
        while ls > reach and text.startswith('",', ls - 2):
            ls = text.rfind("\n", reach, ls)   # the string values before it, one per line
        ws = ls + 1 if ls >= 0 else reach
        words = []
        for m in _ECHO_WORD_RE.finditer(text, ws, s):
            w = m.group(0)
            sp = _SPELLINGS.get(w)
            if sp is None:
                if len(_SPELLINGS) >= 8192:
                    _SPELLINGS.clear()     # bounded memory
                sp = _SPELLINGS[w] = _mailbox_spellings(w)
            caps = w.isupper()
            # (a short word in capitals is as often an acronym: "CEO <ceo@…>")
            common = w in _NON_NAME or w in _ORG_GEO or w in _TITLECASE_ROLES or caps and (len(w) < 4 or w.title() in _ORG_GEO)
            words.append((m.start(), m.end(), sp, common, caps))
        # (1: a space between, the gap of a given name and its surname's initial; 2: a particle too; 3: a comma, the gap
        # of "Surname, Given")
        joined = [_NAME_GAPS.get(text[a[1]:b[0]]) or 2 * (_NAME_SPACE_RE.fullmatch(text, a[1], b[0]) is not None)
                  for a, b in zip(words, words[1:])]
        hit = _echoed_words(words, joined, pieces)
        if not hit:
            continue
        # a word beside an echoed one on the same name that the lexicon knows as a name belongs to it, and so does the
        # other word of a quoted "Surname, Given"
        for k in sorted(hit):
            for j in (k - 1, k + 1):
                if not 0 <= j < len(words) or j in hit or words[j][3]:
                    continue
                a, b = words[min(j, k)][0], words[max(j, k)][1]
                if joined[min(j, k)] in (1, 2) and _lexicon_knows([text[words[j][0]:words[j][1]]]) \
                        or joined[min(j, k)] == 3 and text[a - 1:a] == '"' == text[b:b + 1]:
                    hit.add(j)
        ks = sorted(hit)
        g = 0
        for i in range(1, len(ks) + 1):
            if i == len(ks) or ks[i] != ks[i - 1] + 1 or not joined[ks[i - 1]]:
                cands.append((words[ks[g]][0], words[ks[i - 1]][1], "PERSON", _ECHO_SCORE))
                g = i


# a record in brackets: "(3751,'Evi Roe','evi@example.org','0176 300 63228','1999-05-15')" of a column-less INSERT or a
# tuple's repr, "(30059, Evi Roe, evi@example.org, 8 (383) 867-25-02, 1954-04-08, null)" of a database's error: fields
# quoted, or bare (where a phone may hold a short bracket)
_RECORD_OPEN_RE = re.compile(r"[(\[]")
_RECORD_FIELD_MAX = 200
_RECORD_FIELD_RE = re.compile(r"[ \t]{0,4}('(?:[^'\\\n]|''|\\.){0,%d}'|\"(?:[^\"\\\n]|\\.){0,%d}\"|(?:[^,()\[\]'\"\n]|\([^()'\"\n]{0,8}\)){0,%d})"
                              r"[ \t]{0,4}([,)\]])" % (_RECORD_FIELD_MAX, _RECORD_FIELD_MAX, _RECORD_FIELD_MAX))
# ... or the values of a logfmt line: 'level=warn subject="Evi Roe" iban="DE38 …" geburtsdatum=09.08.1988'
_LOGFMT_PAIR_RE = re.compile(r"[ \t][\w.\-]{1,40}=(\\?\"(?:[^\"\\\n]|\\[^\"]){0,%d}\\?\"|[^\s\"]{1,%d})" % (
    _RECORD_FIELD_MAX, _RECORD_FIELD_MAX))
# a name as a field holds it: "Evi Roe", "Мухин И. Ф.", and with its surname in capitals, "BUISSON Marine", "Paul NEVEU"
_CAPS_SURNAME = r"[%s]{2,30}(?:-[%s]{2,30})?" % (_UP, _UP)
_RECORD_NAME_RE = re.compile(r"%s|%s %s|%s %s" % (_NAME_WITH_INITIALS, _CAPS_SURNAME, _NAME_TOK, _NAME_TOK, _CAPS_SURNAME))
# a list item of people and their data (heirs, witnesses, contacts): the name in any of its forms ("SCHULZE-WENDT
# Friedemann", "L. de Villepin", "von Ahlefeldt, Anneliese", "Priya Van der Merwe"), then a dash, colon or comma
_LISTED_WORD = r"(?:%s|%s|%s)" % (_NAME_TOK, _CAPS_SURNAME, _INITIAL)
_LISTED_NAME_RE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-*\u2022])[ \t]+((?:%s )?%s(?:,? (?:%s )?%s){1,3})[ \t]*(?:[\u2014\u2013:,]|-)[ \t]*"
                             % (_PARTICLE, _LISTED_WORD, _PARTICLE, _LISTED_WORD))
# a phone number typed without separators: ten digits of a North American number, or eleven with a 1, 7 or 8 before them
_RECORD_BARE_PHONE_RE = re.compile(r"[2-9]\d{9}|[178]\d{10}")
# a date (its year in group 1 or 2), bare or opening a timestamp
_RECORD_DATE_RE = re.compile(r"((?:19|20)\d\d)-[01]\d-[0-3]\d|[0-3]\d[./][01]\d[./]((?:19|20)\d\d)(?!\d)")
# a birth date is this many years before the latest date of its record (or near it on its line) at least
_MIN_AGE_YEARS = 14


# a transcript's turn: the speaker's name opens a line (or a JSON string's escaped line), after the turn's time or not, and a colon
# ends it ("[00:00:30] Jane Roe: Hallo", "(00:01:05) Jane Roe:", "**Jane Roe:**"); WebVTT names the voice in a tag
# (the break before the turn is part of the match: a pattern that opens with "^" or a look-behind is tried at every
# position, and one tried after every quote costs a JSON text a few per cent of the engine's time, so a turn that opens
# a JSON string is not read)
_SPEAKER_TURN = (r"[ \t]*(?:[\[(]?(\d{1,2}:\d\d(?::\d\d)?(?:[.,]\d{1,3})?)[\])]?[ \t]{1,3})?[*_]{0,2}(%s)[*_]{0,2}:[*_]{0,2}[ \t]"
                 % _NAME_WITH_INITIALS)
# after a line break, or an escaped one in a JSON string: a pass for each, led by a literal that sre skips to in C (an
# alternation of the two is tried at every character)
_SPEAKER_TURN_RE = re.compile(r"\n" + _SPEAKER_TURN)
# a timed turn of a chat or a consultation whose speaker is a given name alone ("[08:35] Malcolm: It's 1980-06-02.")
_GIVEN_NAME_TURN_RE = re.compile(r"\n[ \t]*[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?[ \t]{1,3}([%s][%s]{1,20}):[ \t]" % (_UP, _LO))
_ESCAPED_SPEAKER_TURN_RE = re.compile(r"\\n" + _SPEAKER_TURN)
# the rest of a turn's line, up to the next line's break
_REST_OF_LINE_RE = re.compile(r"(?:[^\n\\]|\\[^n]){0,2000}")
# a lower-case word of a sentence: a turn of speech holds a few, a form's field ("Derzeitiger Vermieter: …") hardly any
_SPOKEN_WORD_RE = re.compile(r" [%s]" % _LO)
_VTT_VOICE_RE = re.compile(r"<v(?:\.[\w.\-]{1,30})? (%s)>" % _NAME_WITH_INITIALS)


_ROLE_WORDS = L.PERSON_CUES | L.ROSTER_CUES


def speaker_turns(text, cands):
    """Add the speakers' names of a transcript (``cands``: the candidates of all recognizers): a name that opens a turn
    after the recording's elapsed time, or after a clock time when the lexicon knows a word of it (decided on the line,
    as a stream's window sees it); without times, a name the lexicon knows a word of that opens a turn right above or
    below another speaker's turn; a WebVTT voice tag's name."""
    if "<v" in text:
        for m in _VTT_VOICE_RE.finditer(text):
            if _name_words(m.group(1).split(" ")):
                cands.append((m.start(1), m.end(1), "PERSON", 0.85))
    lined = "\n" + text     # (the first line has a break before it too: offsets in ``lined`` are one more)
    turns = list(_SPEAKER_TURN_RE.finditer(lined))
    if "\\n" in text:
        # (no turn holds a break of either kind: the two passes' matches never overlap)
        turns.extend(_ESCAPED_SPEAKER_TURN_RE.finditer(lined))
        turns.sort(key=re.Match.start)
    # (without times a label that opens a line is a section's or a field's as often: "Next Steps: …", "Neuer Mieter: …",
    # and a field list's labels stand above each other too: "Source Port: …⏎Failure Reason: …")
    # (two name-shaped labels that answer each other are a dialogue's speakers even when the lexicon knows neither:
    # "Emmi Ullmann: Guten Tag, …⏎Istvan Schweitzer: Kein Problem. …")
    untimed = set()
    dialogue = set()
    for a, b in zip(turns, turns[1:]):
        if not a.group(1) and not b.group(1) and a.group(2) != b.group(2) and _REST_OF_LINE_RE.fullmatch(lined, a.end(), b.start()):
            untimed.update((a.start(2), b.start(2)))
            pair = (a.group(2).split(" "), b.group(2).split(" "))
            if all(len(w) == 2 and "." not in w[0] + w[1] and _name_words(w) for w in pair) \
                    and len(_SPOKEN_WORD_RE.findall(lined, a.end(), b.start())) >= 3:
                dialogue.update((a.start(2), b.start(2)))
    if ":" in text:
        for m in _GIVEN_NAME_TURN_RE.finditer(lined):
            word = m.group(1)
            if _is_first(word) and word not in _AMBIGUOUS_FIRST and word not in _NON_NAME:
                cands.append((m.start(1) - 1, m.end(1) - 1, "PERSON", 0.8))
    for m in turns:
        words = m.group(2).split(" ")
        # a role before the speaker's name is no part of it ("Verkäufer Gerda Roe: …"), nor a speaker alone ("Verkäufer: …")
        role = len(words[0]) + 1 if words[0].lower() in _ROLE_WORDS else 0
        if role:
            words = words[1:]
            if not words:
                continue
        at = m.group(1)
        # (a recording's elapsed time names a turn; a clock time opens log lines too: "[12:00:01] Cache Warmup: done")
        if (at and (at.startswith(("00:", "0:")) or _lexicon_knows(words))
                or m.start(2) in untimed and (m.start(2) in dialogue or _lexicon_knows(words))) and _name_words(words):
            cands.append((m.start(2) - 1 + role, m.end(2) - 1, "PERSON", 0.85))


# what before a line's first bar makes it no record of bar-separated fields: nothing (a markdown row), a quote or an
# escape (the line is JSON: its rows open inside strings)
_BAR_RECORD_NOT_RE = re.compile(r"[ \t]*$|[^\"\\]*[\"\\]")


def contact_records(text, cands):
    """Add the person and the birth date of each record that holds its owner's data (``cands``: the candidates of all
    recognizers): a bracketed one, a line of tab- or bar-separated fields or a logfmt line.  Its first name-shaped field is the
    person; its earliest bare date, when it is _MIN_AGE_YEARS before the record's other dates (or the latest date on its
    line near it), the birth date."""
    anchors = {}
    for c in cands:
        if c[2] in _DATA_OF_OWNERS:
            anchors[c[0]] = c
    done = 0
    persons = sorted(c[0] for c in cands if c[2] == "PERSON")
    for s in sorted(anchors):
        if s < done:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        done = le = len(text) if le < 0 else le
        records = [(fields, False) for fields in _bracketed_records(text, ls, le)]
        if text.count("\t", ls, le) >= 2:
            fields = []
            a = ls
            for cell in text[ls:le].split("\t"):
                fields.append(_unquoted(text, a, a + len(cell)))
                a += len(cell) + 1
            records.append((fields, False))
        if text.count(" | ", ls, le) >= 2 and not _BAR_RECORD_NOT_RE.match(text, ls, text.find("|", ls, le)):
            # a note's fields set apart by bars ("Jana Roe | DOB … | +1 305 … | jr@…"; a markdown row opens with a bar and
            # is read under its header, also in a JSON string)
            fields = []
            a = ls
            for cell in text[ls:le].split("|"):
                value = cell.strip(" \t")
                fields.append((a + cell.find(value[:1]) if value else a, value))
                a += len(cell) + 1
            records.append((fields, False))
        if text.count("=", ls, le) >= 3:
            # (a service, a component or a message is as often a title-case pair there: only a personal identifier or a
            # birth date, not an e-mail or a phone, makes its name a person's)
            records.extend((fields, True) for fields in _logfmt_records(text, ls, le))
        for fields, logfmt in records:
            held = [anchors[a][2] for a, v in fields if a in anchors and anchors[a][1] <= a + len(v)]
            if held and (not logfmt or any(k != "EMAIL" and k != "PHONE" for k in held)):
                _contact_record(text, fields, cands, persons, ls, le)


def _bracketed_records(text, ls, le):
    """The fields [(start, value)] of each bracketed record of two fields or more in text[ls:le]."""
    records = []
    om = _RECORD_OPEN_RE.search(text, ls, le)
    while om:
        p = om.start()
        close = ")" if text[p] == "(" else "]"
        fields = []
        pos = p + 1
        fm = _RECORD_FIELD_RE.match(text, pos, le)
        while fm:
            fields.append(_unquoted(text, *fm.span(1)))
            pos = fm.end()
            if fm.group(2) != ",":
                if fm.group(2) != close:
                    fields = ()
                break
            fm = _RECORD_FIELD_RE.match(text, pos, le)
        # (a record the text ends in is read as far as it goes: a stream's window ends there)
        if len(fields) < 2 or fm is None and (le < len(text) or le - pos > _RECORD_FIELD_MAX + 10):
            om = _RECORD_OPEN_RE.search(text, p + 1, le)
            continue
        records.append(fields)
        om = _RECORD_OPEN_RE.search(text, pos, le)
    return records


def _logfmt_records(text, ls, le):
    """The fields of each run of three or more key=value pairs set apart by blanks only in text[ls:le] (lines of a log
    quoted in JSON strings share one line of the text)."""
    records = []
    fields = []
    end = -1
    for m in _LOGFMT_PAIR_RE.finditer(text, ls, le):
        if fields and (m.start() - end > 3 or not text[end:m.start() + 1].isspace()):    # (the match opens with a blank)
            if len(fields) >= 3:
                records.append(fields)
            fields = []
        fields.append(_unquoted(text, *m.span(1)))
        end = m.end()
    if len(fields) >= 3:
        records.append(fields)
    return records


def _unquoted(text, a, b):
    """(start, value) of a record's field text[a:b] without its quotes and surrounding blanks."""
    while a < b and text[a] in " \t":
        a += 1
    if b - a > 1 and text[a] in "'\"" and text[b - 1] == text[a]:
        a += 1
        b -= 1
    elif b - a > 3 and text.startswith('\\"', a) and text.endswith('\\"', a, b):
        a += 2      # a logfmt line inside a JSON string
        b -= 2
    return a, text[a:b].rstrip()


def _contact_record(text, fields, cands, persons, ls, le):
    """Add the person, a phone without separators and the birth date of one record (see contact_records)."""
    person = False
    mailed = False
    dates = []
    latest = 0
    for a, v in fields:
        if mailed and v.isdigit() and _RECORD_BARE_PHONE_RE.fullmatch(v):
            cands.append((a, a + len(v), "PHONE", 0.7))     # after the e-mail: "(jr@example.org, 3886930900)"
            continue
        mailed = mailed or "@" in v
        m = _RECORD_DATE_RE.match(v)
        if m:
            year = int(m.group(1) or m.group(2))
            if m.end() == len(v):
                dates.append((year, a, a + len(v)))
            else:
                latest = max(latest, year)     # a timestamp
        elif not person and _RECORD_NAME_RE.fullmatch(v) and _name_words(v.split(" ")):
            cands.append((a, a + len(v), "PERSON", 0.75))
            person = True
    if not dates or not person and bisect_left(persons, fields[0][0]) == bisect_right(persons, fields[-1][0]):
        return
    dates.sort()
    year, a, b = dates[0]
    if len(dates) > 1:
        latest = max(latest, dates[-1][0])
    if latest:
        born = year <= latest - _MIN_AGE_YEARS
    else:
        # (a log line's time opens it: the dates of the line up to a few hundred characters around the record)
        near = _RECORD_DATE_RE.findall(text, max(ls, fields[0][0] - 300), min(le, fields[-1][0] + 300))
        latest = max((int(y or y2) for y, y2 in near), default=year)
        # (a date with no later one near it: a birth date when it is of the last century)
        born = year <= latest - _MIN_AGE_YEARS or year == latest and year < 2000
    if born:
        cands.append((a, b, "DATE_OF_BIRTH", 0.8))


_PERSONAL_ID_KINDS = frozenset(("inn", "snils", "passport", "ssn", "mrn"))
# the owner named between the data's label and the data: "INN von Nuray Holzapfel: 6190446144", "ИНН Станимир Комиссаров:
# 660863241098", "phone of Jane Roe: …" (a bare "Nummer" / "номер" labels any number)
_OWNER_ENDS = (": ", " : ", " ist ", " is ", " est ", " это ")
_OWNER_THEN_DATA_RE = re.compile(r"(?<![\w\-])([^\W\d_]{2,12})(?: (?:von|of|de|du|des|der|у|для))? (%s(?: %s){1,2})(?: ?:| ist| is| est| это) $"
                                 % (_NAME_TOK, _NAME_TOK))


def _owner_before_data(text, s, cands):
    """Add the owner named between a personal identifier's label and its value (True if added). After a phone or e-mail
    label a company has a number too ("Telefon von Deutsche Telekom: 0800 …"), so there a word must be a known name."""
    m = _OWNER_THEN_DATA_RE.search(text, max(0, s - 80), s)
    kind = m and cue_of_word(m.group(1).lower())
    if kind not in _PERSONAL_ID_KINDS and kind not in ("phone", "email"):
        return False
    words = m.group(2).split(" ")
    if any(w in _NON_NAME or w in _ORG_GEO or w in _TITLECASE_ROLES for w in words):
        return False
    if kind in _PERSONAL_ID_KINDS or _lexicon_knows(words):
        cands.append((m.start(2), m.end(2), "PERSON", 0.75))
        return True
    return False


def _lower_case_name(run):
    """Two words typed in lower case before a person's data are a name when the lexicon knows the first as a given name
    that is no common word ("marcus field, 07437 …", "ирина петухова —"; not "mark down, …", "the will power, …")."""
    first, last = (w.title() for w in run.split(" "))
    return (_is_first(first) and first not in _AMBIGUOUS_FIRST and first not in _NON_NAME and len(last) > 2
            and last not in _NON_NAME and last not in _ORG_GEO)


_LOWER_FIRST = frozenset(w.lower() for w in L.FIRST_NAMES if w not in L.AMBIGUOUS_FIRST and w not in _NON_NAME and "-" not in w)
_LOWER_SURNAME_RE = re.compile(r"[%s]{3,30}(?:-[%s]{2,30})?(?![\w\-]|['\u2019](?!s\b))" % (_LO, _LO))


# a voice assistant's command to call, text or save a contact opens the utterance, the contact's name after it, in
# lower case as speech-to-text writes it ('asr="call cheryl lane on mobile"', "schick orhan schüler eine nachricht",
# "напиши потап баранов что …"), then the command's rest or the utterance's end; no lexicon needs to know the name
_VOICE_COMMAND = (
    r"[ \t]*(?:call|text|message|ring|dial|ruf|rufe|schick|schicke|speichere|appelle|envoie|ajoute"
    r"|enregistre|позвони|напиши|набери|сохрани контакт) ([%s]{2,30}(?:-[%s]{2,30})?(?: [%s]\.)? [%s]{2,30}(?:-[%s]{2,30})?"
    r"(?: [%s]{3,30})?)[ \t]*(?=[\"'\n]|$|(?:on|at|a|an|that|saying|eine?|mit|an|aux|avec|que|что|номер)\b)" % (
        _LO, _LO, _LO, _LO, _LO, _LO))
# (after a quote, "=", ">", a line break or a colon: a leading character class, which sre scans for in C)
_VOICE_COMMAND_RE = re.compile(r"[\"=>\n:]" + _VOICE_COMMAND)
_VOICE_COMMAND_START_RE = re.compile(_VOICE_COMMAND)
# words that stand where the contact's name would and are none: "call my mom on mobile", "ruf die zentrale an"
_NOT_A_CONTACT = frozenset("""
my the your his her our their me us him them mom mum dad mother father home work office back again later now
tomorrow today tonight just please
meine meinen meiner mein die den der das mama papa zuhause büro arbeit nochmal später jetzt morgen heute
mich dich ihn sie uns euch mir dir ihm ihr einfach mal bitte doch gleich schnell kurz
mon ma mes le la les maman papa maison bureau travail demain moi toi lui nous vous plus de pas
мне маме папе маму папу домой работу снова позже сейчас завтра сегодня меня тебя его её ее нас вас им ей ему
""".split())


def _voice_commands(text, out):
    """The contacts named by voice-assistant commands (see _VOICE_COMMAND), the text's first utterance included."""
    first = _VOICE_COMMAND_START_RE.match(text)
    for m in ((first,) if first else ()) + tuple(_VOICE_COMMAND_RE.finditer(text)):
        words = m.group(1).split(" ")
        # (a surname may be a street word: "cheryl lane")
        if words[0].title() in _NON_NAME or any(w in _NOT_A_CONTACT or w.title() in _TITLECASE_ROLES for w in words):
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))


def _lower_case_pairs(doc, out):
    """A given name and a surname typed in lower case: both known to the lexicons (or the surname a Russian one's shape),
    anywhere ("elaine foster turns 40", "ирина петухова просит …"); a known given name and any surname after a person
    cue or before what only a person does ("kontoinhaberin maximilian bruder", "chloe thomson hat gesagt").  The given
    names present are found by a set intersection with the text's words (a JSON string's or a bracket's opening glued
    on), so texts without one cost a split."""
    text = doc.text
    words = (text.replace('"', " ").replace("(", " ") if '"' in text or "(" in text else text).split()
    for first in _LOWER_FIRST.intersection(words):
        i = text.find(first + " ")
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "-'\u2019"):
                m = _LOWER_SURNAME_RE.match(text, i + len(first) + 1)
                if m:
                    last = m.group(0).title()
                    if last not in _NON_NAME and last not in _ORG_GEO and (
                            last in _SURNAMES or not last.isascii() and _is_surname_shape_ru(last)
                            or _PERSON_VERB_AFTER_RE.match(doc.lower, m.end())
                            or PersonRecognizer._prev_cue(doc, i) in _STRONG_CUES):
                        out.append((i, m.end(), "PERSON", 0.7))
            i = text.find(first + " ", i + 1)


def _vocatives(text, out):
    """Lexicon first names between ", " and a final "?" / "!" (a single word never opens a capitalised run)."""
    for mark in "?!":
        i = text.find(mark)
        while i >= 0:
            j = text.rfind(", ", max(0, i - 34), i) if i > 3 and text[i - 1].isalpha() else -1
            if j > 0 and text[j - 1].isalpha() and _VOCATIVE_RE.fullmatch(text, j + 2, i):
                word = text[j + 2:i]
                if word not in _AMBIGUOUS_FIRST and _is_first(word):
                    out.append((j + 2, i, "PERSON", 0.7))
            i = text.find(mark, i + 1)


# an abbreviated title and one capitalised word ("Dear Mrs. Keller,", "Thanks Ms. Flores, bye."): the dot ends the
# capitalised run, so the word stands alone (the literal ". " first: sre skips to it in C)
_DOTTED_TITLES = ("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Mme", "Mlle", "Hr", "Fr")
# (a German doctor's faculty may stand between: "Dr. med. Keller", "Dr. rer. nat. Keller")
_DR_FACULTIES = ("med", "dent", "vet", "rer", "nat", "pol", "oec", "phil", "jur", "iur", "theol", "habil", "sc", "ing")
_DOTTED_TITLE_RE = re.compile(r"\. (?:%s)(?:(?<=Dr\. )(?:(?:%s)\. ){1,3})?(%s)(?![\w'\u2019\-]| [%s])" % (
    "|".join(r"(?<=%s\. )" % t for t in _DOTTED_TITLES), "|".join(_DR_FACULTIES), _NAME_TOK, _UP))
_DR_FACULTY_END_RE = re.compile(r"(?<![\w.])Dr\.(?: (?:%s)\.){1,3} $" % "|".join(_DR_FACULTIES))
_AFTER_ADDRESSED = ",.!?;:)\"\n"
# ... or a verb or a preposition of time or place: "bei Dr. Hermighausen am 08.05.", "Dr. Dobes vidiert", "Dr. Roe will call"
_TITLED_VERB_AFTER_RE = re.compile(r" (?:am|um|im|ab|at|on|in|is|was|has|will|would|hat|ist|war|wird|vidiert|est|a|sera|"
                                   r"рассказал|сказал|сказала)(?![\w'])")


def _dotted_titles(text, out):
    """A surname after an abbreviated title: a lexicon name, or one the sentence ends or a comma follows (filler text
    puts titles before common words: "Mr. Community personal")."""
    for m in _DOTTED_TITLE_RE.finditer(text):
        t = m.start()
        while t > 0 and text[t - 1].isalpha():
            t -= 1
        if text[t:m.start()] not in _DOTTED_TITLES or t and (text[t - 1].isdigit() or text[t - 1] == "."):
            continue    # a longer word ending like a title ("XMr."), "Dr." of "Mag.Dr."
        word = m.group(1)
        if word in _NON_NAME or word in _ORG_GEO or word in _DOTTED_TITLES:
            continue    # (a title's second title: "Prof. Dr. Keller")
        if word in _SURNAMES or _is_first(word) or text[m.end():m.end() + 1] in _AFTER_ADDRESSED or _DOUBLE_BARREL_RE.match(word) \
                or _TITLED_VERB_AFTER_RE.match(text, m.end()):
            out.append((m.start(1), m.end(1), "PERSON", 0.8))


# surname particles that are also L.NON_NAME_WORDS ("Le", "De" start sentences), so they split runs
_CAP_PARTICLES = frozenset(("Le", "La", "De", "Du", "Des"))
# a particle right before the surname of "Surname, Given" ("Le Roux, Anne", "van Dijk, Jan"), which splits the run
# (lower-case "de", "von", "la" are prepositions and articles in prose: "le dossier de Roux, Anne")
_CAPS_PARTICLE_BEFORE_RE = re.compile(r"(?<![\w'\u2019])(?:%s) $" % "|".join(p.upper() for p in _PARTICLES + ("vom",)))
# an e-mail signature's delimiter line (RFC 3676: "-- "), also in a JSON string
# (or a line to sign on: "______________________⏎Jana Roe")
_SIG_DELIM_RE = re.compile(r"(?:(?:^|(?<=\n)|(?<=\\n))-- ?|_{8})(?:\r?\n|(?:\\r)?\\n)$")
_PARTICLE_BEFORE_RE = re.compile(r"(?<![\w'\u2019])(?:Le|La|De|Du|Des|Da|Di|Del|[Vv]an|Von|[Vv]an [Dd]e[rn]|Von [Dd]er|te[rn]) $")
# ... and a lower-case one ("de", "von der") where it opens a field's value: "Inhaber: von Ahlefeldt, Anneliese",
# '"name": "de La Tour, Clothilde"' (in prose a preposition: "le dossier de Roux, Anne")
_FIELD_PARTICLE_BEFORE_RE = re.compile(r"(?:^|(?<=[:=|\t\n\"(]))[ \t]?((?:von|van|de|du|des|da|di|del|dos|zu|ten|ter)"
                                       r"(?: (?:der|den|dem|de|la|le))? (?:(?:Le|La|De|Der|Den) )?)$")
# "Caller: It's Jane Roe." in a transcript: "it's" names the speaker only after a caller's label
_GREETING_ITS_RE = re.compile(r"(?<![\w])(?:(?:hi|hello|hey|hallo|good (?:morning|afternoon|evening))[,!]?\s{1,2}(?:it['\u2019]s|this is)"
                              r"|(?:bonjour|allô|allo|salut)[,!]?\s{1,2}(?:ici|c['\u2019]est)"
                              r"|(?:здравствуйте|добрый день|добрый вечер|доброе утро|привет|алло)[,!]?\s{1,2}это) $")
# ... then the name and a comma, or where the caller is from: "Hi, this is Jana Roe from Acme", "Bonjour, ici Jana Roe de …"
_NAME_THEN_COMMA_RE = re.compile(r"[^\W\d_][\w'\u2019-]{0,30}(?: [^\W\d_][\w'\u2019.-]{0,30}){0,2}(?:,| (?:from|at|de|du|von|из) )")
_GREETING_ITS_WORDS = frozenset(("s", "is", "ici", "est", "это"))
_CALLER_ITS_RE = re.compile(r"(?:caller|customer|client|anrufer|anruferin|appelant|appelante|клиент)\s{0,2}:\s{0,3}it['\u2019]s $")
# "Kontoinhaberin laut Mandat: Jane Roe": a role, a source ("laut", "gemäß", "selon") and a label before the name
# Russian role words that head a two-word label before a name ("Получатель посылки:", "Владелец карты:")
_LABEL_ROLES = frozenset(w for w in _ROLE_WORDS if not w.isascii() and w.isalpha() and len(w) > 4 and w not in (
    "здравствуйте", "уважаемый", "уважаемая", "уважением"))
_SOURCE_PREPS = frozenset(("laut", "lt", "gemäß", "gemass", "selon"))
# a line's label before its list of values ("- Alias: …; …")
_LIST_LABEL_RE = re.compile(r"[ \t>*\-•]{0,6}([^\W\d_]{2,24})[ \t]?:")
# a role, a preposition and the thing it holds, as a label: "titulaire du certificat :", "holder of the account:", "inhaber
# des kontos:"
_NAME_NOUNS = frozenset(("name", "names", "namen", "nom", "noms"))     # "Die Namen der Räume: Blauer Salon" names rooms
_ROLE_OF_THING_RE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,20}) (?:du|de la|de l'|des|de|d'|of the|of|der) ?[^\W\d_]{3,20}[ \t]?:[ \t]{0,3}$")


# a dialogue turn up to the answer: the turn's time, the speaker's label and a few lower-case fillers ("äh ja", "yeah it's",
# "oui alors", "да")
_ANSWER_TURN_RE = re.compile(r"[ \t]*(?:[\[(]?\d{1,2}(?::\d\d){1,2}[\])]?[ \t]{1,3})?[*_]{0,2}[^\W\d_][\w .'\u2019-]{0,30}[:>][*_]{0,2}[ \t]*"
                             r"(?:[^\W\d_A-ZА-ЯЁ]{1,8}(?:['\u2019]s)?[,.]?[ \t]{1,2}){0,3}\Z")
# a question for the name: "What is your full name?", "wie ist Ihr vollständiger Name?", "votre nom complet ?", "ваше ФИО?"
_NAME_QUESTION_RE = re.compile(r"(?:name|nom|имя|фио|фамили)\w{0,6}(?: (?:complet|complète|entier|полностью))?"
                               r"(?: (?:please|bitte|s'il vous plaît|пожалуйста))?[ \t]?[?!.]?[ \t]*\Z",
                               re.IGNORECASE)


def _answers_name_question(text, s):
    """The capitalised run at ``s`` opens the answer turn to a question for the speaker's name on the line above."""
    ls = text.rfind("\n", max(0, s - 64), s)
    if ls < 0 or not _ANSWER_TURN_RE.match(text, ls + 1, s):
        return False
    ps = text.rfind("\n", max(0, ls - 240), ls) + 1
    question = text[ps:ls].rstrip()
    return question.endswith("?") and _NAME_QUESTION_RE.search(question, max(0, len(question) - 40)) is not None \
        or question.lower().endswith(("фио", "фио?", "name", "name?", "nom", "nom ?", "имя", "имя?"))


def _is_sibling(text, prev, s, e):
    """The run ``s``-``e`` is the next item of a list whose previous item ``prev`` (start, end, ...) is a person."""
    if _LIST_SEP_RE.fullmatch(text, prev[1], s):
        return True
    # bulleted or numbered lines, the previous item on the line before: "1. Jane Roe - lead\n2. J. Doe - dev"
    # (line starts looked for only as far back as a marker reaches: linear on long lines)
    ls = text.rfind("\n", max(prev[1], s - _LIST_MARKER_MAX - 1), s) + 1
    if not ls or not (_LIST_MARKER_RE.fullmatch(text, ls, s) and _ITEM_END_RE.match(text, e) and _ITEM_END_RE.match(text, prev[1])):
        return False
    reach = prev[0] - _LIST_MARKER_MAX - 1
    ps = text.rfind("\n", max(0, reach), ls - 1) + 1
    return (ps or reach <= 0) and ps <= prev[0] and _LIST_MARKER_RE.fullmatch(text, ps, prev[0]) is not None


# initials that spell a country or union, not a person's ("U. S. Army")
_INITIALS_NO_NAME = frozenset(("U.S.", "U.K.", "U.N.", "E.U."))


def _no_tail_particle(toks):
    """``toks`` without the particles at its end ("Anna De" of "Anna De 2020")."""
    while len(toks) > 1 and (toks[-1][2] in _CAP_PARTICLES or toks[-1][2] in _LOW_PARTICLES):
        toks.pop()
    return toks


def _is_first(tok):
    if tok in L.FIRST_NAMES:
        return True
    if "-" in tok:
        head = tok.split("-", 1)[0]
        return head in L.FIRST_NAMES
    return False


# the type of a JSON object that names no person ({"name": "Garden Party", "type": "private_group", …}: a chat export's
# group; "personal_chat" objects carry the person's name)
_THING_TYPE_RE = re.compile(r'"(?:type|kind|chat_type|object|entity_type)"\s{0,3}:\s{0,3}"[\w.\-]{0,24}?'
                            r'(?:group|channel|team|org|organi[sz]ation|company|project|server|guild|workspace|product|repo|bot)\b',
                            re.IGNORECASE)


def _names_a_thing(text, s, e):
    """The "name" value at ``s``-``e`` belongs to an object whose type key names a group, channel, organisation or the like
    (its keys before the value back to the object's "{", after it up to the next nested object or the end)."""
    o = text.rfind("{", max(0, s - 300), s)
    if o >= 0 and "}" not in text[o:s] and _THING_TYPE_RE.search(text, o, s):
        return True
    stop = len(text) if len(text) < e + 300 else e + 300
    for ch in "{}[":
        k = text.find(ch, e, stop)
        if k >= 0:
            stop = k
    return _THING_TYPE_RE.search(text, e, stop) is not None


# a chat export's message head before its sender: "31.10.2025, 01:18 - ", "[4/8/24, 9:18:02 AM] ", "2024-03-30 00:45 "
_CHAT_LINE_HEAD_RE = re.compile(r"[ \t]{0,4}\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?\]?(?: [-\u2013\u2014])? ")
# ... or the time after the sender on a line of its own: "Jane Roe · 18:35"
_CHAT_SENDER_AFTER_RE = re.compile(r" [\u00b7\u2022] \d{1,2}:\d\d(?:\s?[AaPp][Mm])?[ \t]*(?:\r?\n|$)")


def _opens_chat_line(text, s):
    ls = text.rfind("\n", max(0, s - 40), s) + 1
    return (ls or s <= 40) and _CHAT_LINE_HEAD_RE.fullmatch(text, ls, s) is not None


def _name_like(names):
    """The words of a bare "name" value look like a person's: a lexicon name, or two or three words none of which is a common noun."""
    names = [x for x in names if x not in _LOW_PARTICLES]
    if any(_is_first(x) or x in _SURNAMES or _is_patronymic(x) for x in names):
        return True
    return 2 <= len(names) <= 3 and not any(
        x in _NON_NAME or x in L.TITLE_WORDS or x.lower().endswith(_THING_ENDINGS) for x in names)


def _is_surname_shape_ru(tok):
    low = tok.lower()
    return low.endswith(L.RU_SURNAME_SUFFIXES)


# the last letters of a Russian given name in the nominative or genitive ("Чеслав", "Евпраксия", "Ивана"); other cases and
# the place names of a locative ("в Москве") end otherwise
_RU_GIVEN_ENDINGS = tuple("аяйьбвгдзклмнпрстфхцчшщ")
# before a name inside a sentence: a lower-case word, a label's colon, a comma, a bracket or an opening quote (not a
# capitalised sentence opener: "Сегодня Иванова пришла")
_MID_SENTENCE_BEFORE = frozenset(",:;(«„\"—–-")


def _ru_given_then_surname(text, toks):
    """Two Cyrillic words inside a sentence, a given name's shape then a surname's ("CRM: Евпраксия Исакова")."""
    first, last = toks[0][2], toks[1][2]
    if first.isascii() or not _is_surname_shape_ru(last) or _is_surname_shape_ru(first) or not first.endswith(_RU_GIVEN_ENDINGS) \
            or not first[1:].islower() or _CYR_RE.search(first) is None or first in _ORG_GEO:
        return False
    k = toks[0][0] - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and (text[k].islower() or text[k] in _MID_SENTENCE_BEFORE)


# transliterated patronymics ("Fedorovna", "Kuzminichna", "Sergeyevich")
_LATIN_PATRONYMIC_ENDINGS = ("ovna", "evna", "ichna", "ovich", "evich")


# endings of transliterated Russian surnames ("FOKINA", "GERASIMOV", "SHARAPOVA")
_LATIN_RU_SURNAME_ENDINGS = ("ova", "eva", "ina", "ov", "ev", "in", "sky", "skiy", "skaya", "enko")


def _caps_surname(word):
    """True if a word in capitals is a surname of the lexicon or reads as a Russian one (transliterated or not)."""
    return word.title() in L.SURNAMES or len(word) > 4 and (
        word.lower().endswith(_LATIN_RU_SURNAME_ENDINGS) if word.isascii() else _is_surname_shape_ru(word))


def _is_patronymic(tok):
    return tok.lower().endswith(L.RU_PATRONYMIC_SUFFIXES) and len(tok) > 5


# Academic titles and post-nominal degrees belong to the name they qualify ("Dipl.-Ing. Jana Roe B.A.", "Univ.Prof. Jan
# Roe", "Jane Roe, PhD", "John Roe Jr."): they are masked with it.  Courtesy titles (Mr, Frau, Dr, M.) stay outside.
_DEGREE_AFTER_RE = re.compile(r",?[ \t](?:B\.A\.|B\.Sc\.|B\.Eng\.|M\.A\.|M\.Sc\.|M\.Eng\.|LL\.M\.|LL\.B\.|Ph\.D\.|PhD|MBA|MD|DDS|DVM|"
                              r"Jr\.|Sr\.|Esq\.|II|III)(?![\w])\.?")
_ACADEMIC_BEFORE_RE = re.compile(r"(?<![\w.\-])(?:Univ\.[ -]?Prof\.|Prof\.|Dipl\.-[A-Z][a-z]{1,5}\.|Dr\.-Ing\.|Ing\.|Mag\.)"
                                 r"(?:[ \t]?(?:Prof\.|Dr\.|Dipl\.-[A-Z][a-z]{1,5}\.|Ing\.)){0,2}[ \t]$")


_DEGREE_SECOND = frozenset("BMLPDJSEI \t")    # the character after the one after a name, when a degree follows
_TITLE_ENDS = (". ", ".\t")    # _ACADEMIC_BEFORE_RE ends in a dot and a space or tab


def _german_subject(doc, toks):
    """Two name tokens (and degrees) without an article before them and "hat die/den/das ..." after them."""
    text = doc.text
    after = toks[-1][1]
    if not text.startswith(" hat ", after):
        if not text[after + 1:after + 2].isupper() and text[after:after + 1] != ",":
            return False
        dm = _DEGREE_AFTER_RE.match(text, after)
        if not dm or not text.startswith(" hat ", dm.end()):
            return False
        after = dm.end()
    return (_PERSON_AFTER_DE_RE.match(text, after) is not None and not toks[0][2].lower().endswith(_GERUND_ENDINGS)
            and not toks[1][2].lower().endswith(_GERUND_ENDINGS)
            and not _DE_ARTICLE_BEFORE_RE.search(doc.lower, max(0, toks[0][0] - 12), toks[0][0]))


def _with_degrees(text, s, e):
    """(s, e) of a name widened to the academic title right before it and the degrees right after it."""
    k = text.rfind(" ", s, e)
    if k > s and e - k == 3 and text[e - 1] == ".":
        m = _DEGREE_AFTER_RE.match(text, k)    # a final "initial" opening a degree: "Zenon Spieß B." of "B.A."
        if m and m.end() > e:
            e = m.end()
    m = _DEGREE_AFTER_RE.match(text, e)
    while m:
        e = m.end()
        m = _DEGREE_AFTER_RE.match(text, e)
    if s >= 2 and "." in text[s - 2:s]:    # every academic title ends in a dot, right before the name or a space before it
        m = _ACADEMIC_BEFORE_RE.search(text, max(0, s - 32), s)
        if m:
            s = m.start()
    return s, e


# A full date in apposition to a name just found, set off by commas ("taken from Jana Roe, 1987-09-02, of ...",
# "Вера Лукина, 31.05.1998, СНИЛС ..."): a birth date when its year is one (1900 up to fourteen years ago)
_APPOSITION_YEAR_RE = re.compile(r"\d{4}")
_APPOSITION_YEARS = (1900, 2012)


def _apposition_dob(doc, p, out):
    c = doc.text[p:p + 1]
    if not (c.isdigit() or c.isalpha()):
        return
    dm = _DOB_DATE_RE.match(doc.lower, p)
    if not dm or doc.text[dm.end():dm.end() + 1] not in (",", ";"):
        return
    ym = _APPOSITION_YEAR_RE.search(dm.group(0))
    if ym and _APPOSITION_YEARS[0] <= int(ym.group(0)) <= _APPOSITION_YEARS[1]:
        out.append((p, dm.end(), "DATE_OF_BIRTH", 0.75))


# what ends a label before its value: "Name: X", name=X, "| Name | X", "Patient — X"
_LABEL_SEPS = frozenset(":=|\u2013\u2014")
# an aside between a label and its colon: "Patient name (Latin): X", "Name (as on passport): X"
_PAREN_ASIDE_RE = re.compile(r"( \([^()\n]{3,30}\))[ \t]?:[ \t]?$")
_ACCOUNT_OF = ("von", "of")
_ACCOUNT_OF_RE = re.compile(r"(?:konto|account|iban|bankverbindung)\b[^\n]{0,48}\d (?:von|of) $")
# a name, then the role it was registered in: "I've registered Jana Roe as the additional driver"
_AS_ROLE_RE = re.compile(r" as (?:the|our|an?) (?:additional |new |main |primary |second |lead |named )?([a-z]+)")


# a FHIR Reference's target, then its "display" key: {"reference": "Patient/123", "display": "Jane Roe"}; a resource's
# "subject" object that opens with its display
_FHIR_PERSON_REF_RE = re.compile(r'(?:\\?"reference\\?"\s{0,2}:\s{0,2}\\?"(?:Patient|Practitioner|RelatedPerson|Person)/[^"\\]{1,64}\\?"'
                                 r'|\\?"subject\\?"\s{0,2}:\s{0,2}\{)\s{0,2},?\s{0,2}\\?"display\\?"\s{0,2}:\s{0,2}\\?"$')
_ROLE_OBJECT_OPEN_RE = re.compile(r"\\?\"([A-Za-z]{4,20})\\?\"\s{0,2}:\s{0,2}(?:\[\s{0,16})?\{\s{0,16}\\?\"$")


def _is_person_key(word, before, pm, wide=""):
    """A key naming a person: a person key, or a role and a name word ("patientFullName", "deceased-display").
    ``wide``: more of the text before ``before`` (a pretty-printed role object opens further back)."""
    if word in L.PERSON_KEYS or word.startswith("nom") and word[3:] in L.PERSON_KEY_ROLES:
        return True     # (French "nom" before the role: "nomPatient", "NomCandidate")
    for suffix in L.PERSON_KEY_SUFFIXES:
        if word.endswith(suffix):
            role = word[:-len(suffix)]
            if not role:
                # the name word alone, after its role and a "-" / "_" ("deceased-display", "patient_vollname"), or first
                # in an object under the role's key ("requester": {"display": …})
                ws = len(before) - pm.end(1)
                if ws > 1 and before[ws - 1] in "-_":
                    rm = _PREV_WORD_REV_RE.match(before[:ws - 1][::-1])
                    role = rm.group(1)[::-1].lower() if rm and rm.start(1) == 0 else ""
                elif ws > 1:
                    om = _ROLE_OBJECT_OPEN_RE.search(wide + before, 0, len(wide) + ws)
                    role = om.group(1).lower() if om else ""
            return role in L.PERSON_KEY_ROLES
    return False


# A bank statement names the other party of a transfer in capitals: "STANDING ORDER TO ANN MURPHY RENT", "TRANSFER
# FROM NICHOLAS ROBERTSON REF …", "GUTSCHRIFT VON …", "VIREMENT DE …", "ПЕРЕВОД ОТ …": a given name of the lexicon and
# the word after it (a reference or purpose word follows the name)
_TRANSFER_PARTY_RE = re.compile(
    r"(?<![\w])(?:STANDING ORDER|DIRECT DEBIT|TRANSFER|PAYMENT|CREDIT|DEBIT|ÜBERWEISUNG|GUTSCHRIFT|LASTSCHRIFT|DAUERAUFTRAG|"
    r"VIREMENT|PRÉLÈVEMENT|PRELEVEMENT|ПЕРЕВОД|ПЛАТЕЖ|ПЛАТЁЖ) (?:TO|FROM|AN|VON|DE|ОТ) "
    r"([A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ\-]{1,30}) ([A-ZÀ-ÖØ-ÞА-ЯЁ][A-ZÀ-ÖØ-ÞА-ЯЁ'\-]{1,30})(?![\w'])")


# A ticket or booking names its passenger as SURNAME/GIVEN (IATA), then the title: "PASSENGER  BROWN/DENNIS MR"
# (found from its "/": a literal first character, which sre skips to; the surname is read back from it)
# an airline's "SURNAME/GIVEN [MIDDLE] [MR]", also after a boarding pass bar code's format code ("M1ROE/JANA MR") or a
# booking's name element number ("1.1ROE/JANA MRS"), which name a passenger whatever the lexicon says
_IATA_GIVEN_RE = re.compile(r"/([A-Z][A-Z\-]{1,30})((?: [A-Z][A-Z\-]{1,30})? (?:MR|MRS|MS|MISS|MSTR|DR))?(?![\w/])")
_IATA_SURNAME_RE = re.compile(r"(?:(?<=\bM[1-4])|(?<=\d\.\d)|(?<![\w/]))[A-Z][A-Z'\-]{1,30}$")
# ... or the passenger's data after it ("1. ROE/JANA  DOB 02/25/1974  passport 394119918")
_IATA_DATA_AFTER_RE = re.compile(r"[ \t]{1,3}\(?(?:DOB|D\.O\.B\.|born|geb\.|née?|passport|passeport|Reisepass)\b", re.IGNORECASE)
_IATA_LEAD_RE = re.compile(r"(?:\bM[1-4]|\d\.\d?)$")
# a booking's passport element (APIS): "SSR DOCS AA HK1 P/USA/428131149/USA/31MAR81/F/11SEP28/QUINN/ALEXA/P1": document
# type, issuer, number, nationality, birth date, gender, expiry, surname, given names
# (a Russian internal passport: type "PS", issuer RUS, ten digits)
_SSR_DOCS_RE = re.compile(r"SSR DOCS [A-Z0-9]{2} [A-Z]{2}\d ([A-Z]{0,2})/([A-Z]{3})/([A-Z0-9]{1,20})/[A-Z]{3}/(\d\d[A-Z]{3}\d\d)/"
                          r"[MFU]I?/(?:\d\d[A-Z]{3}\d\d)?/([A-Z][A-Z'\-]{0,30}/[A-Z][A-Z'\- ]{0,30}[A-Z])")
_IATA_CUE_RE = re.compile(r"(?:PASSENGER|PAX|NAME|PASSAGIER|PASSAGER|ПАССАЖИР)\S{0,3}[ \t]+$", re.IGNORECASE)
# a Russian full name in capitals with its patronymic: "Пассажир: НИКОЛАЕВ ХРИСТОФОР ГАВРИИЛОВИЧ"
_RU_CAPS_FIO_RE = re.compile(r"(?<![\wЁА-Я-])[А-ЯЁ]{2,30}(?:-[А-ЯЁ]{2,30})? [А-ЯЁ]{2,30} [А-ЯЁ]{2,30}(?:ВИЧ|ВНА|ИЧНА|ИЧ)(?![\wЁА-Я])")


def _transfer_parties(text, out):
    for m in _TRANSFER_PARTY_RE.finditer(text):
        given, surname = m.group(1).title(), m.group(2).title()
        if _is_first(given) and given not in _AMBIGUOUS_FIRST and surname not in L.NON_NAME_WORDS:
            out.append((m.start(1), m.end(2), "PERSON", 0.8))


class PersonRecognizer(Recognizer):
    name = "person"
    reads_escapes = True
    entities = ("PERSON", "DATE_OF_BIRTH", "RU_PASSPORT")    # (and a booking's passport element: _SSR_DOCS_RE)
    max_len = 96
    context_len = 40

    def analyze(self, doc, out):
        n0 = len(out)
        self._analyze(doc, out)
        text = doc.text
        for k in range(n0, len(out)):
            f = out[k]
            s = f[0]
            e = f[1]
            # initials written together ("Антонов С.Г.", "Гущина М.Н."): the run reads the first one only
            while text[e - 1] == "." and text[e - 2:e - 1].isupper() and text[e:e + 1].isupper() and text[e + 1:e + 2] == "." \
                    and not text[e + 2:e + 3].isalpha():
                e += 2
                f = out[k] = (s, e, f[2], f[3])
            # ... and before the surname ("Нотариус Г.У. Фадеев"): the run starts at the last one
            while s >= 2 and text[s + 1:s + 2] == "." and text[s - 1] == "." and text[s - 2].isupper() \
                    and not text[s - 3:s - 2].isalnum():
                s -= 2
                f = out[k] = (s, e, f[2], f[3])
            # cheap gates first: the name ends in a dot ("Roe B." of "B.A."), a degree follows, an academic title
            # before ends in a dot
            if text[e - 1] == "." or text[e + 1:e + 2] in _DEGREE_SECOND or text.startswith(_TITLE_ENDS, s - 2 if s > 1 else s):
                s2, e2 = _with_degrees(text, s, e)
                if s2 != s or e2 != e:
                    out[k] = (s2, e2, f[2], f[3])
                    e = e2
            if text.startswith(", ", e) and f[2] == "PERSON":
                _apposition_dob(doc, e + 2, out)
            if s > 2 and text[s - 1] == " " and text[s - 2].isupper() and text[s:s + 2].isupper():
                pm = _CAPS_PARTICLE_BEFORE_RE.search(text, max(0, s - 9), s)
                if pm:
                    out[k] = (pm.start(), out[k][1], f[2], f[3])   # "VAN DEN WEITZEL, Julian": the particle in capitals too

    def _analyze(self, doc, out):
        text = doc.text
        for m in doc.capseq():
            self._seq(doc, m.start(), m.group(0), out)
        if "?" in text or "!" in text:
            _vocatives(text, out)
        if "," in text or "!" in text:
            _greetings(text, out)
        _asked_names(text, out)
        _signoff_names(text, out)
        low = doc.lower
        if any(cue in low for cue in _SPELL_CUES):
            _spelled_names(text, low, out)
        if ". " in text:
            _dotted_titles(text, out)
        _lower_case_pairs(doc, out)
        _voice_commands(text, out)
        self._caps_names(doc, out)
        if "MR" in text or "MS" in text or "DR" in text or "MISS" in text:
            for m in _CAPS_TITLE_SURNAME_RE.finditer(text):
                if m.group(1) not in _CAPS_NO_NAMES:
                    out.append((m.start(1), m.end(1), "PERSON", 0.8))
        if " TO " in text or " FROM " in text or " AN " in text or " VON " in text or " DE " in text or " ОТ " in text:
            _transfer_parties(text, out)
        if "/" in text:
            if "SSR DOCS" in text:
                for m in _SSR_DOCS_RE.finditer(text):
                    out.append((m.start(4), m.end(4), "DATE_OF_BIRTH", 0.9))
                    out.append((m.start(5), m.end(5), "PERSON", 0.9))
                    if m.group(2) == "RUS" and m.group(1) == "PS" and len(m.group(3)) == 10 and m.group(3).isdigit():
                        out.append((m.start(3), m.end(3), "RU_PASSPORT", 0.9))
            for m in _IATA_GIVEN_RE.finditer(text):
                sm = _IATA_SURNAME_RE.search(text, max(0, m.start() - 32), m.start())
                if sm is None:
                    continue
                surname, given = sm.group(0).title(), m.group(1).title()
                # with a title after it the lexicon may know either name; without, only the given name does
                if (_is_first(given) or m.group(2) and surname in _SURNAMES
                        or _IATA_CUE_RE.search(text, max(0, sm.start() - 24), sm.start())
                        or _IATA_LEAD_RE.search(text, max(0, sm.start() - 3), sm.start())
                        or len(given) > 2 and _IATA_DATA_AFTER_RE.match(text, m.end())):
                    out.append((sm.start(), m.end(1), "PERSON", 0.85))
        # a table needs a header line and rows below it (cells split by a delimiter, or aligned with spaces)
        if "\n" in text and ("," in text or "|" in text or "\t" in text or ";" in text or "  " in text):
            hits = doc.find_all(_NAME_HEADER_NEEDLES_ASCII if text.isascii() else _NAME_HEADER_NEEDLES)
            for hs, word in hits:
                DobRecognizer._table_column(doc, hs, out, "person")
            # the header scan found every "name" already (pretty-printed JSON comes this way)
            self._part_keys(doc, [hs for hs, word in hits if word == "name"], out)
            if '"' in text:
                self._nom_keys(doc, [hs for hs, word in hits if word == "nom"], out)
            self._sql_values(doc, [hs for hs, word in hits], out)
        else:
            low = doc.lower
            names = _offsets(low, "name")
            if names:
                self._part_keys(doc, names, out)
                self._sql_values(doc, names, out)
            noms = _offsets(low, 'nom"')
            if noms:
                self._nom_keys(doc, noms, out)
        if ":" in text:
            self._other_part_keys(doc, out)
        _system_records(text, out)
        if "<given" in text or "<family" in text:
            # an HL7 CDA / FHIR XML name: "<name><given>Jana</given><family>Roe</family></name>"
            for m in _XML_NAME_PART_RE.finditer(text):
                if m.group(2).lower() not in _PART_PLACEHOLDERS:
                    out.append((m.start(2), m.end(2), "PERSON", 0.8))
        low = doc.lower
        if ("last" in low or "family" in low) and ("first" in low or "given" in low):
            for m in _SPLIT_KEYS_RE.finditer(low):
                n = len(out)
                PersonRecognizer._part_value(doc, m.start(1), out)
                if len(out) > n:     # the last name counts when the first one is a name: not {first: 2, last: "Next"}
                    PersonRecognizer._part_value(doc, m.end(), out)
        if '"given' in doc.lower:
            # a FHIR HumanName's "given": ["Lorenzo"] without its "name" key in sight (pretty-printed, or a stream
            # window that starts inside the name object)
            self._given_lists(doc, out)
        if text.isascii():
            return
        if "ВИЧ" in text or "ВНА" in text or "ИЧНА" in text:
            for m in _RU_CAPS_FIO_RE.finditer(text):
                out.append((m.start(), m.end(), "PERSON", 0.85))
        low = doc.lower
        for tm in _RU_TITLE_RE.finditer(low):
            hs = tm.start()
            if hs > 0 and low[hs - 1].isalpha():
                continue
            he = tm.end()
            if he < doc.n and text[he].isalpha():
                continue
            nm = _SINGLE_AFTER_TITLE_RE.match(text, he)
            if nm:
                out.append((nm.start(1), nm.end(1), "PERSON", 0.75))

    def _caps_names(self, doc, out):
        """Names whose surname (or all of them) is in capitals, after a person key or cue (see _CAPS_NAME_RE)."""
        text = doc.text
        done = 0
        for am in _CAPS_ANCHOR_RE.finditer(text):
            a = am.start()
            if a < done:
                continue
            ws = a
            while ws > 0 and a - ws < 30 and (text[ws - 1].isalpha() or text[ws - 1] == "-" and ws > 1 and text[ws - 2].isalpha()):
                ws -= 1     # "Linda-Oliver GILL": a hyphenated given name
            if ws == a or not text[ws].isupper() or ws and (text[ws - 1].isalnum() or text[ws - 1] in "'-"):
                ws = a + 1  # no name word before the capitals: they open the name
            m = _CAPS_NAME_RE.match(text, ws + 1)
            if m is None:
                continue
            done = m.end()
            toks = text[ws:done].split(" ")
            if toks[0].lower() in L.TITLES:
                continue    # "Mme FRANÇOIS Sophie": the surname in capitals opens the name after the title (see _seq)
            if any((len(t) < 3 or t in _CAPS_NO_NAMES or t in _ORG_GEO or t.title() in L.NON_NAME_WORDS or t.title() in _ORG_GEO)
                   and (k == len(toks) - 1 or t not in _CAPS_NAME_PARTICLES or toks[0].isupper()) for k, t in enumerate(toks)):
                continue
            cue = self._prev_cue(doc, ws)
            # the person's data or a lawsuit's party after the name ("Noémi PASQUIER, née le …", "SANDRA POWELL,⏎ Plaintiff")
            after = _PERSON_AFTER_RE.match(text, done) or _PARTY_ROLE_AFTER_RE.match(text, done)
            if cue not in _CAPS_CUES and not (not toks[0].isupper() and toks[0] not in _AMBIGUOUS_FIRST and _is_first(toks[0])) \
                    and not (cue == "pair" and not toks[0].isupper() and ":" in text[max(0, ws - 3):ws]) \
                    and not after:
                # "Philippa HALL" needs no cue: a given name of the lexicon in title case before the capitals; after a
                # role's label any title-case word does ("Bailleur : Jean LÉGER")
                continue
            # in prose a cue word also heads other things: there a given name of the lexicon makes it a name
            before = text[max(0, ws - 4):ws]
            if "|" in before:
                continue    # a table's cell: its column decides (TableIdRecognizer, _table_column)
            labelled = cue == "key" or cue == "title" or _LABEL_SEPS.intersection(before)
            if labelled or after or _is_first(toks[0].title()) or _is_first(toks[-1].title()):
                # (a given name before the capitals: above the given name alone, which a title or cue before it scores
                # 0.8, so "Dr Marie HOARAU" keeps its surname)
                out.append((ws, done, "PERSON", 0.85 if not toks[0].isupper() else 0.75))

    @staticmethod
    def _part_keys(doc, names, out):
        """A first-name / surname field (JSON, YAML, forms) holds a name whatever the word.

        ``names``: the offsets of every "name" in the text."""
        low = doc.lower
        for ks in names:
            # the cheap tests first: most "name"s are other keys (customer_name) or prose
            part = low[ks - 3 if ks > 3 else 0:ks] in _PART_KEY_TAILS
            if not part and ks and low[ks - 1] not in "\"' \n\t{,":
                continue
            km = _NAME_KEY_RE.match(low, ks)
            if not km:
                continue
            if part:
                he = ks + 4
                while ks > 0 and he - ks < 24 and low[ks - 1] in _PART_KEY_CHARS:
                    ks -= 1
                key = _PERSON_KEY_NORM.sub("", low[ks:he])
                if key.endswith(_PART_KEYS_AS_SUFFIX):
                    # (also after a role: contactFirstName, recipient_last_name, patient-surname)
                    PersonRecognizer._part_value(doc, km.end(), out)
            else:
                om = _NAME_OBJECT_RE.match(low, km.end())
                if om:
                    vs = om.end()
                    close = low.find("}", vs, vs + 300)
                    for pm in _NAME_PART_KEY_RE.finditer(low, vs, close if close > 0 else vs + 300):
                        # a whole "text" only in a list of names (FHIR HumanName), not {"text": "Premium Plan"}
                        if "[" in om.group(0) or "text" not in pm.group(0):
                            PersonRecognizer._part_value(doc, pm.end(), out, "formatted" in pm.group(0))

    @staticmethod
    def _given_lists(doc, out):
        low = doc.lower
        for gs in _offsets(low, '"given'):
            km = _GIVEN_LIST_KEY_RE.match(low, gs)
            if km:
                PersonRecognizer._part_value(doc, km.end(), out)

    @staticmethod
    def _sql_values(doc, hits, out):
        """INSERT INTO t (full_name, email, ...) VALUES ('Jane Roe', ...): the values of the name columns.

        ``hits``: offsets of the name-column words (name, customer, ...), found by the caller's scan."""
        low = doc.lower
        text = doc.text
        last = -1
        for hs in hits:
            ce = low.find(")", hs, hs + 120)
            if ce <= last:
                continue
            last = ce
            vm = _SQL_VALUES_RE.match(low, ce)
            if not vm:
                continue
            cs = low.rfind("(", max(0, ce - 400), ce)
            cols = [_PERSON_KEY_NORM.sub("", c.strip(" `\"[]")) for c in low[cs + 1:ce].split(",")] if cs >= 0 else ()
            # a bare "name" column names products as often as people
            want = [k for k, c in enumerate(cols) if c in L.PERSON_KEYS and c not in _SQL_VAGUE_COLS]
            pos = vm.end() if want else -1
            while pos >= 0:
                for k in range(len(cols)):
                    m = _SQL_VALUE_RE.match(text, pos)
                    if not m:
                        break
                    a, b = m.span(1)
                    if k in want and b - a > 2 and text[a] == "'":
                        nm = _TABLE_PART_RE.fullmatch(text, a + 1, b - 1)
                        if nm and nm.group(0) not in _NON_NAME:
                            out.append((a + 1, b - 1, "PERSON", 0.8))
                    pos = m.end()
                    if m.group(2) == ")":
                        break
                # the next row tuple: VALUES (...), (...)
                nm = _SQL_NEXT_ROW_RE.match(text, pos) if m and m.group(2) == ")" else None
                pos = nm.end() if nm else -1

    @staticmethod
    def _other_part_keys(doc, out):
        """The values of the keys and labels of _OTHER_PART_KEYS."""
        low = doc.lower
        for ks, word in doc.find_all(_OTHER_PART_KEYS):
            if ks and (low[ks - 1].isalnum() or low[ks - 1] == "_"):
                continue    # inside a longer word or key
            ke = ks + len(word)
            if word[-1] == ":":
                ke = low.rfind(":", ks, ke)
            km = _PART_KEY_END_RE.match(low, ke)
            if km:
                PersonRecognizer._part_value(doc, km.end(), out)
                if word[0] == "p" and ks > 1:
                    # a "Nom :" label on the line above a given-name label holds the surname ("NOM : HOWARD⏎Prénoms : …")
                    ls = low.rfind("\n", 0, ks - 1) + 1
                    nm = _NOM_LABEL_RE.match(low, ls, ks)
                    if nm and low.find("\n", nm.end(), ks) >= 0:
                        PersonRecognizer._part_value(doc, nm.end(), out)
                    elif nm:
                        # ... or before it on its line, a gap of spaces or a separator between ("Nom : Roe   Prénom : …")
                        vm = _NOM_BEFORE_PRENOM_RE.fullmatch(doc.text, nm.end(), ks)
                        if vm and vm.group(1) not in _NON_NAME:
                            out.append((vm.start(1), vm.end(1), "PERSON", 0.8))

    @staticmethod
    def _nom_keys(doc, noms, out):
        """French "nom" / "prénom" JSON fields hold name parts; "nom" alone may name anything, so it needs a "prénom" key."""
        low = doc.lower
        for ks in noms:
            km = _NOM_KEY_RE.match(low, ks)
            if not km:
                continue
            key = low[ks - 3:ks] if ks >= 3 else ""
            if key.endswith('"'):
                if _PRENOM_RE.search(low, max(0, ks - 200), ks + 200) is None:
                    continue
            elif key not in ('"pr', 'pré', 'pre') or key != '"pr' and low[ks - 4:ks - 3] != '"':
                continue
            PersonRecognizer._part_value(doc, km.end(), out)

    @staticmethod
    def _part_value(doc, pos, out, whole=False):
        """The capitalised word(s) of a key's value starting at ``pos`` (after the ":"), quoted or up to the line end.

        ``whole``: the value is a whole name, so a place, building or common noun in it ("Main Office") rejects it."""
        text = doc.text
        sm = _PART_VALUE_START_RE.match(text, pos)
        vs = sm.end()
        listed = "[" in sm.group(0)
        while True:
            m = _PART_VAL_RE.match(text, vs)
            if not m:
                return
            e = m.end()
            if text[e - 1] == "'" and text[vs - 1] == "'":
                e -= 1      # a name may hold an apostrophe (O'Neil), but not the closing quote of 'Ada'
            nxt = text[e:e + 1]
            if text[vs - 1] in "\"'":
                if not nxt or nxt not in "\"'\\":
                    return
            elif nxt and nxt not in "\n\r,;" and nxt != '"' and not text.startswith(("\\n", "\\r", '\\"'), e):
                return      # (a label's value ends its line, or the JSON string that holds the label: an OCR line's text)
            value = text[vs:e]
            if value in _NON_NAME and not (value in _FIRST_NAMES or value in _AMBIGUOUS_FIRST or value in _SURNAMES) \
                    or value.lower() in _PART_PLACEHOLDERS:
                return      # (a given name that is also a month or a word is a name here: {"first_name": "June"})
            words = value.split(" ") if whole else ()
            if any(w in _NON_NAME or w in _ORG_GEO for w in words) or words and words[-1].lower().endswith(_NOUN_ENDINGS):
                return
            out.append((vs, e, "PERSON", 0.8))
            lm = _NEXT_IN_LIST_RE.match(text, e) if listed else None
            if not lm:
                return
            vs = lm.end()

    @staticmethod
    def _prev_cue(doc, s):
        if doc.text[s - 1:s] == " " and doc.text[s - 2:s - 1].islower():
            pm = _PARTICLE_BEFORE_RE.search(doc.text, max(0, s - 12), s)
            # (not a line's first word: "Grüßen\n\nVon Auto …" is a preposition)
            if pm and doc.text[pm.start() - 1:pm.start()] in (" ", '"', ":"):
                s = pm.start()  # the cue stands before a surname's particle: '"name": "Le Goff, Alexandrie"'
            fm = _FIELD_PARTICLE_BEFORE_RE.search(doc.text, max(0, s - 16), s)
            if fm:
                s = fm.start(1)
        if doc.text[s - 1:s] == '"' and doc.text[s - 2:s - 1] in "[ ,\n":
            am = _ARRAY_ELEMENTS_BEFORE_REV_RE.match(doc.text[max(0, s - 600):s][::-1])
            if am:
                s -= am.end() - 1   # an element of a string array reads the array's key: {"witnesses": ["A B", "C D"]}
        before = doc.text[max(0, s - 32):s]
        if not before:
            return None
        if before.endswith(" ./. "):
            return "cue"    # a lawsuit's other party, German style: "In dem Rechtsstreit Jana Roe ./. Udo Lübs"
        if before.endswith("; "):
            lm = _LIST_LABEL_RE.match(doc.lower, doc.text.rfind("\n", max(0, s - 200), s) + 1)
            if lm and lm.end() < s and lm.group(1) in L.PERSON_CUES:
                return "cue"    # a later item of a role's list: "Alias: Bellamy, Clothilde; BELLAMY Clothilde"
        if "\n" in doc.text[max(0, s - 64):s] and _answers_name_question(doc.text, s):
            return "cue"
        if _SIG_DELIM_RE.search(doc.text, max(0, s - 12), s):
            return "pair"       # the line after a signature's delimiter ("-- "): the sender, or their firm
        if before[-1:] in ": " and ")" in before[-5:]:
            am = _PAREN_ASIDE_RE.search(before)
            if am:
                before = before[:am.start(1)] + before[am.end(1):]    # "Patient name (Latin): X" reads "Patient name: X"
        pm = _PREV_WORD_REV_RE.match(before[::-1])
        if not pm:
            return None
        word = pm.group(1)[::-1].lower()
        if word.endswith(_COURT_ENDINGS) and _JUDGE_AT_COURT_RE.search(doc.lower, max(0, s - 64), s):
            return "cue"    # "Richterin am Amtsgericht X", "Vorsitzender Richter am Landgericht X"
        if word in _ACCOUNT_OF and _ACCOUNT_OF_RE.search(doc.lower, max(0, s - 80), s):
            return "cue"    # an account's holder: "auf das Konto DE12 3456 … von X", "the account 12345678 of X"
        if word in _DR_FACULTIES and _DR_FACULTY_END_RE.search(before):
            return "title"
        if word in L.TITLES:
            # "took 120 ms. See ...": a unit after a number, not "Ms."
            if word in _UNIT_TITLES and before[:len(before) - pm.end(1)].rstrip()[-1:].isdigit():
                return None
            if len(word) > 4 and "." in pm.group(0)[:pm.start(1)]:
                return None     # a title written out ends its sentence at a dot: "… improve officer. See Open Enrollment"
            return "title"
        if word in L.PERSON_CUES and (word != "person" or _person_role_before(before, pm)):
            if word in L.JOB_TITLE_CUES and "," in pm.group(0)[:pm.start(1)]:
                return None     # a job title and its employer: "Warehouse Supervisor, Lowther Valley Foods"
            return "cue"
        if word in L.ROSTER_CUES:
            sep = pm.group(0)[:pm.start(1)]
            if word not in _SPEAKER_ROLES or not sep.strip(" "):
                return "pair"
            # after a colon or comma such a role is a transcript's speaker label ("Agent: Pinecrest Health, …") or a
            # signature's role line (a bracket is read below); a JSON key of its own ('"agent": "…"', not "user_agent")
            # names the agent
            w0 = len(before) - pm.end(1)
            if '"' in sep and before[w0 - 1:w0] == '"':
                return "pair"
        # a sign-off line, then the sender's name on the next: "Best,\nJane Roe"
        if word in _SIGNOFFS and ("," in pm.group(0) or "!" in pm.group(0)) and ("\n" in pm.group(0) or "n\\" in pm.group(0)):
            return "pair"
        if word in _PAREN_ROLES and pm.group(0)[:1] == "(" and pm.group(1)[-1].isupper():
            return "cue"
        if word == "s" and _CALLER_ITS_RE.search(doc.lower, max(0, s - 24), s):
            return "cue"
        if word in _GREETING_ITS_WORDS and _GREETING_ITS_RE.search(doc.lower, max(0, s - 28), s) and _NAME_THEN_COMMA_RE.match(doc.text, s):
            return "cue"    # a message opening "Hi it's Jana Roe, ..." / "Hello, this is Jana Roe, ..." introduces its sender
        if ":" in pm.group(0) and word not in L.PERSON_KEYS:
            om = _ROLE_OF_THING_RE.search(doc.lower, max(0, s - 64), s)
            if om and om.group(1) in L.PERSON_CUES and om.group(1) not in _NAME_NOUNS:
                return "cue"    # a role of a thing as a label: "Titulaire du certificat : X", "Holder of the card: X"
            rev = doc.text[max(0, s - 56):s][::-1]
            wm = _PREV2_WORD_REV_RE.match(rev, pm.end())
            if wm and pm.group(1)[-1].islower() and not word.isascii() and wm.group(1)[::-1].lower() in _LABEL_ROLES:
                return "cue"    # a role and its (Cyrillic) genitive as a label: "Получатель посылки: X", "Заявитель дела: X"
            if wm and wm.group(1)[::-1].lower() in _SOURCE_PREPS:
                wm = _PREV2_WORD_REV_RE.match(rev, wm.end())
                if wm and wm.group(1)[::-1].lower() in L.PERSON_CUES:
                    return "cue"
        if word == "hd" and before[:len(before) - pm.end()].rstrip()[-2:].lower() == "z.":
            return "cue"    # "z. Hd. X" (zu Händen): for the attention of
        if word in _SIGNATURE_WORDS and ":" in pm.group(0):
            return "intro"  # a form's signature field: a name with an initial ("Signature : C. Courtois"), not "Valid Certificate"
        if word in _CUE_PAIRS or word in _WEAK_PAIRS or word in _INTRO_PAIRS:
            wm = (_PREV2_WORD_REV_RE if word != "wie" else _PREV_CLAUSE_WORD_REV_RE).match(before[::-1], pm.end())
            if wm:
                word2 = wm.group(1)[::-1].lower()
                if word2 in _CUE_PAIRS.get(word, ()):
                    return "cue"
                if word2 in _WEAK_PAIRS.get(word, ()):
                    return "pair"
                if word2 in _INTRO_PAIRS.get(word, ()):
                    return "intro"
        # a key: "name": / name= / a markdown row "| Name | ... |" (a letters-only word has nothing for
        # _PERSON_KEY_NORM to remove)
        if _LABEL_SEPS.intersection(pm.group(0)) and _is_person_key(word, before, pm, doc.text[max(0, s - 96):max(0, s - 32)]):
            return "key"
        if word == "display" and _FHIR_PERSON_REF_RE.search(doc.text, max(0, s - 120), s):
            return "key"    # a FHIR reference to a patient or a practitioner shows the person's name
        return None

    def _seq(self, doc, s, seq, out):
        if seq.startswith("PLAC ") or doc.text.startswith(" PLAC ", s - 6):
            return      # a GEDCOM place ("2 PLAC Port Thomas")
        # tokens are the pieces between spaces and commas; offsets follow from the piece lengths
        segs = []
        cur = []
        cue = None
        seg_cue = None
        cue_word = seg_word = last_t = ""
        pos = s
        for t in (seq.replace(",", " ") if "," in seq else seq).split(" "):
            if not t:
                pos += 1
                continue
            end = pos + len(t)
            if len(cur) <= 1 and last_t and last_t.lower() in _CUE_PAIRS.get(t, ()):
                # a particle after the word it pairs with is a cue: "Ich bin Jana Roe" (not the "bin" of a name)
                cur = []
                cue = "cue"
                cue_word = t
                pos = end + 1
                last_t = t
                continue
            # titles / cue words / non-name words split the run and start a new segment
            stop = _TOKEN_STOP.get(t)
            if stop is None:
                if len(_TOKEN_STOP) >= _TOKEN_STOP_MAX:
                    _TOKEN_STOP.clear()
                stop = _TOKEN_STOP[t] = _token_stop(t)
            if stop and cur and len(t) == 2 and t[1] == ".":
                # "Anna M. Roe": a middle initial, not the French title "M."
                cur.append((pos, end, t))
            elif stop and len(t) == 2 and t[1] == "." and (cue if pos > s else self._prev_cue(doc, s)) in _ROLE_CUES:
                # "Herrn M. Roe", "Locataires : M. Roe": after a title or role an initial, not a second title
                seg_cue = cue if pos > s else self._prev_cue(doc, s)
                cur.append((pos, end, t))
            elif (stop and cur and t in _SURNAME_STOPS and end == s + len(seq) and len(cur) <= 2
                    and (_is_first(cur[0][2]) and cur[0][2] not in _AMBIGUOUS_FIRST
                         and (len(cur) == 1 or len(cur[1][2]) == 2 and cur[1][2][1] == ".")
                         or len(cur) == 1 and len(cur[0][2]) == 2 and cur[0][2][1] == "."
                         and (seg_cue if cur[0][0] > s else self._prev_cue(doc, s)) in _STRONG_CUES)
                    and not doc.text[end + 1:end + 2].isdigit()):
                # "Judith Lane", "Cheryl J. May", "Policyholder: G. Lane": a word of the stop list that is a surname,
                # closing a run that opens with a given name of the lexicon or (after a role) an initial (not "May 5")
                cur.append((pos, end, t))
            elif (stop and not cur and pos < s + len(seq) - 2 and (t in _FIRST_NAMES or t in _AMBIGUOUS_FIRST)
                    and doc.text[end + 1:end + 2].isupper() and _surname_next(doc.text, end + 1)
                    and (cue if pos > s else self._prev_cue(doc, s)) in _STRONG_CUES):
                # "Patient: April Miller", "Tenant: Will Grant": after a role, a given name that is also a common word
                seg_cue = cue if pos > s else self._prev_cue(doc, s)
                seg_word = cue_word
                cur.append((pos, end, t))
            elif stop and cur and (t in _CAP_PARTICLES or t in _LOW_PARTICLES):
                # "Maëlys Le Guennec", "Milena van den Warmer": a particle inside a run (a trailing one is dropped)
                cur.append((pos, end, t))
            elif stop:
                if cur:
                    segs.append((_no_tail_particle(cur), seg_cue, seg_word))
                    cur = []
                cue = stop[0]
                if t == "Person" and last_t.lower() not in _PERSON_WORD_ROLES:
                    cue = None      # "Anfragende Person X", not "pro Person Premium Paket"
                elif doc.text.startswith(",", end) and t.lower() in L.JOB_TITLE_CUES:
                    cue = None      # a job title and its employer: "Warehouse Supervisor, Lowther Valley Foods"
                cue_word = t
            else:
                if not cur:
                    seg_cue = cue
                    seg_word = cue_word
                cur.append((pos, end, t))
            pos = end + 1
            last_t = t
        if cur:
            segs.append((_no_tail_particle(cur), seg_cue, seg_word))
        for toks, cue, cue_word in segs:
            if len(toks[0][2]) == 2 and toks[0][0] and doc.text[toks[0][0] - 1].isalnum():
                # "BK-223TDV. Winter": a letter that ends a code is no initial
                toks = toks[1:]
                if not toks:
                    continue
            if len(toks) > 3 and not toks[-1][2].isascii() and _is_patronymic(toks[-1][2]) \
                    and "," not in doc.text[toks[0][0]:toks[-1][1]]:
                toks = toks[-3:]    # surname, given name, patronymic; a word before them opens the sentence ("Выдано …")
            if (cue_word in _TITLECASE_ROLES and toks[0][2][0].isupper() and toks[-1][2][-1] != "."
                    and not (_is_first(toks[0][2]) or toks[-1][2] in _SURNAMES) and "," not in doc.text[toks[0][0]:toks[-1][1]]
                    and _titlecase_context(doc, toks[0][0] - len(cue_word) - 1)):
                # "the Tenant Deposit Scheme page", "Customer Success Playbook": an English role noun in title case
                # heads a title-case phrase; only the lexicon makes what follows a name
                cue = ""
            if toks[-1][2][-1] == "." and len(toks[-1][2]) == 2 and len(toks) > 2:
                dm = _DEGREE_AFTER_RE.match(doc.text, toks[-2][1])
                if dm and dm.end() > toks[-1][1]:
                    toks = toks[:-1]    # "Jana Roe B." of "Jana Roe B.A.": a degree, not an initial
            # legal forms are no name tokens and company words ("Bank") may be stop words, so the segment ends before
            # them or inside them ("Gmb" of "GmbH")
            org = next((k for k, tk in enumerate(toks) if _ORG_AFTER_RE.match(doc.text, tk[1])), -1)
            if org >= 0:
                # the firm after a comma is the person's: "Charles Vang, Harborview Legal Group LLP"
                cut = next((k for k in range(org, 0, -1) if "," in doc.text[toks[k - 1][1]:toks[k][0]]), 0)
                if cut < 2:
                    continue
                toks = toks[:cut]
            if (len(toks) >= 4 and toks[1][2] in _PREPOSITIONS and not _is_first(toks[0][2]) and toks[0][2] not in _SURNAMES
                    and toks[0][2][-1] != "."
                    and sum(tk[2] not in _LOW_PARTICLES for tk in toks[2:]) >= 2):
                # "Router von G. Roe", "Dossier de Jane Roe": a noun and a preposition before a full name, not a name's
                # particle ("Célina de Laroche"); "Geburtsdatum von X" names a person
                # ("Bearbeitet von X" names the one who handled it)
                noun, prep = toks[0][2].lower(), toks[1][2]
                cue = cue or ("cue" if noun in _CUE_PAIRS.get(prep, ()) else "pair" if noun in _WEAK_PAIRS.get(prep, ())
                              else "intro")
                toks = toks[2:]
            if len(toks) >= 4 and toks[2][2] in _PREPOSITIONS and not _is_first(toks[1][2]) \
                    and sum(tk[2] not in _LOW_PARTICLES for tk in toks[3:]) >= 2 and not any(tk[2] in _SURNAMES for tk in toks[3:]):
                # "Hier ist Jana Roe von Stadtwerke Auental": a full name, then where the person works; not a particle
                # after given names ("Maria Anna von Trapp") nor before surnames ("Ana Luísa da Silva Costa")
                toks = toks[:2]
            first = toks[0][2]
            if first.isupper() and first[-1] != ".":
                # a surname in capitals first: see _caps_then_given
                given = toks[1][2] if len(toks) > 1 else ""
                if len(toks) == 2 and len(first) > 2 and first not in _CAPS_NON_SURNAMES and self._caps_then_given(doc, toks, cue):
                    out.append((toks[0][0], toks[1][1], "PERSON", 0.8))
                    continue
                if (len(toks) == 3 and len(first) > 2 and first not in _CAPS_NO_NAMES and not given.isupper()
                        and (not first.isascii() and _CYR_RE.search(first) and _is_patronymic(toks[2][2])
                             or first.isascii() and toks[2][2].endswith(_LATIN_PATRONYMIC_ENDINGS))):
                    # "СЕРГЕЕВА Олимпиада Вениаминовна", "MELNIKOVA Glafira Fedorovna": a Russian surname in capitals
                    # before given name and patronymic
                    out.append((toks[0][0], toks[2][1], "PERSON", 0.9))
                    continue
                toks = toks[1:]
                if len(toks) < 2:
                    continue
                first = toks[0][2]
            last = toks[-1][2]
            comma = "," in seq and "," in doc.text[toks[0][0]:toks[-1][1]]
            if (cue is None and len(toks) >= 2 and first not in _AMBIGUOUS_FIRST
                    and (first in _FIRST_NAMES or "-" in first and first.split("-", 1)[0] in _FIRST_NAMES)
                    and last[-1] != "." and not comma):
                # decided by the lexicon, no context needed
                if len(toks) > 4:
                    self._judge(toks, "lexicon", out)
                    continue
                if last not in _ORG_GEO or len(toks) == 3 and len(toks[1][2]) == 2 and toks[1][2][1] == ".":
                    # what _judge scores a lexicon segment of at most 4 tokens without a final initial
                    patronymic = not first.isascii() and _CYR_RE.search(first) and any(_is_patronymic(tk[2]) for tk in toks)
                    out.append((toks[0][0], toks[-1][1], "PERSON", 0.9 if patronymic else 0.85))
                    continue
                # "Anna Hall", "Tom Church": a surname that is also a building or place word needs a cue (below)
            if cue is None:
                cue = self._prev_cue(doc, toks[0][0])
                if cue == "pair" and toks[-1][1] != s + len(seq):
                    cue = None  # the run goes on: a title-case phrase ("meeting with Annual Leave Request owners")
            if cue and _BARE_NAME_KEY_RE.search(doc.lower, max(0, toks[0][0] - 12), toks[0][0]) and (
                    not _name_like([tk[2] for tk in toks]) or _names_a_thing(doc.text, toks[0][0], toks[-1][1])):
                continue
            if cue == "intro" and doc.text.endswith(" for ", 0, toks[0][0]) and (
                    _PERSON_AFTER_RE.match(doc.lower, toks[-1][1]) or _NUMBER_AFTER_RE.match(doc.text, toks[-1][1])):
                cue = "cue"     # an account event's name with its data: "charge failed for Jane Roe <jr@…>", "… for Jane Roe: 5529-…"
            elif cue == "intro" and len(toks) >= 2 and _PERSON_VERB_AFTER_RE.match(doc.lower, toks[-1][1]):
                cue = "cue"     # "This is Jana Roe calling from Acme", "… dictating a letter"
            elif cue is None:
                after = toks[-1][1]
                if _PERSON_AFTER_RE.match(doc.lower, after):
                    if self._name_before_role(doc, toks[0][0], out):
                        continue    # the run is the role of the person named before it
                    cue = "cue"
                    if len(toks) == 3 and toks[0][2].endswith(_DE_NOUN_ENDINGS) and not _is_first(toks[0][2]):
                        toks = toks[1:]     # a German noun heads the name: "Krankmeldung Jana Roe, Personalnummer …"
                elif len(toks) >= 2 and (_PERSON_VERB_AFTER_RE.match(doc.lower, after)
                                         or doc.text.startswith(":", after) and _opens_chat_line(doc.text, toks[0][0])
                                         or _CHAT_SENDER_AFTER_RE.match(doc.text, after)):
                    cue = "cue"     # the sender of a chat export's message
                elif doc.text.startswith(" as ", after):
                    am = _AS_ROLE_RE.match(doc.lower, after)
                    if am and am.group(1) in L.PERSON_KEY_ROLES:
                        cue = "cue"
                elif doc.text[after + 1:after + 2].isupper():
                    dm = _DEGREE_AFTER_RE.match(doc.text, after)    # "Jana Roe B.A. (geb. ...)"
                    if dm and _PERSON_AFTER_RE.match(doc.lower, dm.end()):
                        cue = "cue"
            if cue is None and len(toks) == 2 and doc.text[toks[1][1]:toks[1][1] + 1] in " ," and _german_subject(doc, toks):
                cue = "pair"
            if cue is None and out and out[-1][2] == "PERSON" and _is_sibling(doc.text, out[-1], toks[0][0], toks[-1][1]):
                # a conjunction after a name found with a role joins a second one: "Empfänger: Jana Roe und Pietro Doe"
                cue = "pair" if out[-1][3] >= 0.7 and _AND_SEP_RE.fullmatch(doc.text, out[-1][1], toks[0][0]) else "intro"
            if cue is None and len(toks) == 2 and _ru_given_then_surname(doc.text, toks):
                cue = "pair"
            if cue is None and 1 < len(toks) < 4 and _ends_message(doc.text, toks[-1][1]):
                sm = _SIGNED_BEFORE_RE.search(doc.lower, max(0, toks[0][0] - 16), toks[0][0])
                # (after a sentence only "Surname, Given" with a word the lexicon knows: "… moved. Berlin, Germany" keeps)
                if sm and (sm.group(1) or comma and _lexicon_knows([tk[2] for tk in toks])):
                    cue = "cue"     # a signature ends the message: "… Danke, Jane Roe", "… them. – Roe, Jane"
            if (cue == "cue" and toks[-1][2] in _ORG_GEO and len(toks) > 1 and not any(_is_first(tk[2]) for tk in toks)
                    and _signoff_before(doc, toks[0][0])):
                continue    # "Best regards,\nClaims Department"
            if comma:
                self._comma(doc, toks, cue, out)
            elif len(toks) == 1 and cue == "cue" and _is_vocative(doc, toks[0]):
                out.append((toks[0][0], toks[0][1], "PERSON", 0.7))
            else:
                self._judge(toks, cue, out)

    def _caps_then_given(self, doc, toks, cue):
        """True if "SURNAME Given" names a person: a (non-ambiguous) given name of the lexicon after the capitals, or a cue
        before them (read once)."""
        first, given = toks[0][2], toks[1][2]
        if given not in _AMBIGUOUS_FIRST and _is_first(given):
            return True
        lead = cue or self._prev_cue(doc, toks[0][0])
        text = doc.text
        if lead == "cue" and len(first) > 3 and _KEYED_VALUE_BEFORE_RE.search(text, max(0, toks[0][0] - 4), toks[0][0]):
            lead = "key"    # a cue word as a key ({"name": "BELLAMY Clothilde"}, kunde=SAGER Patric; not "IBM Germany")
        e = toks[1][1]
        # a form's label, then the name before the person's data ("Allocataire : ROCHE Adrienne, né(e) le …", "Name: KLEMT
        # Josip⏎Geburtsdatum: …")
        form = ":" in text[max(0, toks[0][0] - 3):toks[0][0]] and (_PERSON_AFTER_RE.match(text, e) or _BIRTH_LINE_RE.match(text, e))
        # "Responsable légal : CHEVALIER Martin": after a cue word any given name of the lexicon, under a person key any
        # title-case word ({"displayName": "GARCIA Dorothée"}), after a cue word when the capitals are a surname's
        # ("Patient name: FOKINA Fevroniya"; not "Customer: ACME Widgets") or the form's
        if lead in _STRONG_CUES and (_is_first(given) or (lead == "key" or lead == "cue" and (_caps_surname(first) or form))
                                     and given[1:].islower() and len(given) > 2
                                     and given not in L.NON_NAME_WORDS and first.title() not in L.NON_NAME_WORDS
                                     and first not in _CAPS_NO_NAMES):
            return True
        # "KAHLBAUM, Dörte" after a cue word: the comma form needs no lexicon
        return "," in text[toks[0][1]:toks[1][0]] and given not in _ORG_GEO and (
            lead in _STRONG_CUES
            # "HAMMOND, Cormac", "JENKINS, Leon": a surname or a given name of the lexicon, and a capitalised word of its
            # own after the comma ("BERLIN, Germany" keeps)
            or len(given) > 2 and given[1:].islower() and given not in L.NON_NAME_WORDS
            and (first.title() in L.SURNAMES or _is_first(given))
            and first not in _CAPS_NO_NAMES and first.title() not in L.NON_NAME_WORDS)

    def _name_before_role(self, doc, s, out):
        """A list item's name when the run at ``s`` is the role between it and the person's address or number
        ("- Jana Roe — Lab Technician (jr@example.org)"): True if it named a person."""
        text = doc.text
        m = _name_dash_before(text, s)
        if m is None:
            return False
        toks = [(wm.start(), wm.end(), wm.group()) for wm in _NAME_WORD_RE.finditer(text, m.start(1), m.end(1))]
        if not _name_like([tk[2] for tk in toks]):
            return False
        n = len(out)
        if "," in m.group(1):
            self._comma(doc, toks, "cue", out)
        else:
            self._judge(toks, "cue", out)
        return len(out) > n

    def _comma(self, doc, toks, cue, out):
        # Surname, Given [Middle]
        text = doc.text
        groups = [[]]
        for idx, tk in enumerate(toks):
            groups[-1].append(tk)
            if idx + 1 < len(toks) and "," in text[tk[1]:toks[idx + 1][0]]:
                groups.append([])
        # three or more items of two or three words each: a list of full names ("Attendees: Bethan Brown, Janice White,
        # Kimberley Kay"), each judged with the list's cue, none a surname before its given name
        roster = len(groups) >= 3 and all(2 <= len(g) <= 3 for g in groups)
        k = 0
        while k < len(groups):
            g0 = groups[k]
            g1 = groups[k + 1] if k + 1 < len(groups) else ()
            # a label or a street after the comma is no given name: "Proband Marisa Seip, Fallnummer KCH-9073255", "Jana Roe,
            # Adresse Hauptstraße 5", "an Jana Roe, Martinplatz 62", "an Jana Roe, Sergej-Franke-Weg 117"
            if not roster and 1 <= len(g0) <= 2 and 1 <= len(g1) <= 2 and not any(cue_of_word(tk[2].lower()) for tk in g1) \
                    and not (g1[-1][2].lower().endswith(L.STREET_SUFFIXES_DE) and text[g1[-1][1] + 1:g1[-1][1] + 2].isdigit()) \
                    and text[g1[-1][1]:g1[-1][1] + 1] != "-":
                w0 = g0[0][2]
                # after a cue: a surname that is also a given name ("Allen, Kim", "Pascal, Anne") or any pair before a birth date
                strong = cue in _STRONG_CUES and w0 not in L.NON_NAME_WORDS and not any(tk[2] in _ORG_GEO or tk[2] in _ORG_OPENERS for tk in g1) and (
                    not _is_first(w0) or w0 in L.SURNAMES or _is_first(g1[0][2]) or _PERSON_AFTER_RE.match(doc.lower, g1[-1][1]) is not None
                    # a given name the lexicon lacks, alone after the comma: "Name: Herbert, Annette"
                    or len(g0) == 1 and len(g1) == 1 and g1[0][2] not in L.NON_NAME_WORDS and _ends_message(text, g1[0][1])
                    and not g1[0][2].endswith(_NOUN_ENDINGS + ("ing",)))
                if strong or _is_first(g1[0][2]) and (
                        w0 in L.SURNAMES or w0 not in L.NON_NAME_WORDS and not _is_first(w0) and not _opens_clause(text, g0, g1)):
                    pm = _FIELD_PARTICLE_BEFORE_RE.search(text, max(0, g0[0][0] - 16), g0[0][0]) \
                        or _PARTICLE_BEFORE_RE.search(text, max(0, g0[0][0] - 8), g0[0][0])
                    out.append((pm.start(pm.lastindex or 0) if pm else g0[0][0], g1[-1][1], "PERSON", 0.8))
                    # the cue named this person; what follows the next comma is a list item that must pass on its own
                    # ("Signed: Roe, Jane, Annual Budget Review")
                    cue = "intro"
                    k += 2
                    continue
            if g0:
                self._judge(g0, cue, out)
            k += 1

    def _judge(self, toks, cue, out):
        names = [t[2] for t in toks if t[2] not in _LOW_PARTICLES]
        if len(names) > 4:
            # four name words at most ("van der" rides along with its surname)
            fifth = [k for k, t in enumerate(toks) if t[2] not in _LOW_PARTICLES][4]
            toks = _no_tail_particle(toks[:fifth])
            names = names[:4]
        n = len(names)
        if not n:
            return      # particles alone ("den" of a German phrase)
        if n < len(toks) and not (_is_first(names[0]) or len(names[0]) == 2 and names[0][1] == "." or cue in _STRONG_CUES):
            # "Rapport de Dupont": after a word that is no given name a particle is a preposition, unless a cue names a person
            return
        # tokens are name words or "X." initials, so a 2-char token ending in "." is an initial
        initials = [len(x) == 2 and x[1] == "." for x in names]
        if all(initials):
            return
        first = names[0]
        last = names[-1]
        if last in L.ORG_GEO_WORDS and (cue not in _STRONG_CUES or (n >= 3 and not any(_is_first(x) for x in names))):
            # even after "Owner:" three words ending in an organisation word with no given name name a body
            return
        if first in _ORG_OPENERS:
            return      # a firm after its lawyer: "Rechtsanwältin Jana Roe, Kanzlei Lindenhof"
        cyr = not first.isascii() and _CYR_RE.search(first) is not None
        score = 0.0
        if n >= 2:
            f0 = _is_first(first)
            amb0 = first in L.AMBIGUOUS_FIRST
            if cyr and any(_is_patronymic(x) for x in names):
                score = 0.9
            elif f0 and not amb0 and not initials[-1]:
                score = 0.85
            elif f0 and amb0 and (last in L.SURNAMES or cue or initials[1]):
                score = 0.8
            elif cyr and (any(_is_first(x) for x in names) or (cue and any(_is_surname_shape_ru(x) for x in names))):
                score = 0.85
            elif cyr and _is_surname_shape_ru(first) and any(initials):
                score = 0.85
            elif _is_first(names[1]) and first in L.SURNAMES:
                score = 0.75
            elif last in L.SURNAMES and (cue or n == 3 and initials[1]):
                score = 0.8
            elif n == 3 and initials[1] and not initials[0] and not initials[2]:
                score = 0.75
            elif (all(initials[:-1]) and len(last) > 2 and last[-1] != "." and last not in L.NON_NAME_WORDS
                  and (n == 3 and "".join(names[:2]) not in _INITIALS_NO_NAME or last in L.SURNAMES or cyr and _is_surname_shape_ru(last))):
                # "E. G. Karz", "В. Ф. Ковылёв", "J. Gray": initials before a surname (one initial: a surname of the lexicon)
                score = 0.7
            elif cue in _STRONG_CUES and n <= 3:
                score = 0.7
            elif cue == "pair" and (n == 2 or n == 3 and initials[1]) and (not last.lower().endswith(_NOUN_ENDINGS) or _DOUBLE_BARREL_RE.match(last)):
                score = 0.7
            elif cue == "intro" and (n == 2 and initials[0] or n == 3 and initials[1]) and not last.lower().endswith(_NOUN_ENDINGS):
                score = 0.7
            elif last in L.SURNAMES and not initials[0] and first not in L.NON_NAME_WORDS and n == 2:
                score = 0.6
        else:
            if initials[0]:
                return
            if cue == "title":
                score = 0.8
            elif cue in ("cue", "key", "pair") and (_is_first(first) or first in L.SURNAMES or (cyr and _is_surname_shape_ru(first))):
                score = 0.6
        if score:
            out.append((toks[0][0], toks[-1][1], "PERSON", score))


# ------------------------------------------------------------------------------------------
# street addresses
# ------------------------------------------------------------------------------------------
# (a comma before the house number parts a delimited export's fields, unless it may part a number's thousands:
# "…,832.300.2420,978 Kelly Union Suite 861,…", "jane@x.org,5129 Collier Meadows", not "1,200 Oak Street")
_EN_BACK_RE = re.compile(
    r"(?:(?:(?<![\w.,/:-])|(?<=\\[nt])|(?<=,)(?<!\d,)|(?<=\d{4},))(?:(?:Flat|Apartment|Studio|Unit|Suite|Apt\.?)\s\d{1,4}[A-Za-z]?,?\s)?"
    r"\d{1,6}[A-Za-z]?(?:-\d{1,4})?,?\s(?:(?:[NSEW]|North|South|East|West|Old|New)\.?\s)?"
    r"|(?:(?<![\w])|(?<=\\[nt]))(?:Flat|Apartment|Studio|Unit|Suite|Apt\.?)\s\d{1,4}[A-Za-z]?,?(?:\s|\\{1,3}n))$")
_EN_POSSESSIVE_RE = re.compile(r"['\u2019]s ([A-Z][a-z]{1,15})(?![\w'\u2019])")
_EN_UNIT_RE = re.compile(r"\.?,?\s(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Flat|Floor|Fl\.|Room|#)\s?#?\d{1,6}[A-Za-z]?(?![\w])", re.IGNORECASE)
_DE_WORD_BACK_RE = re.compile(r"(?<![\w-])(?:[A-ZÄÖÜ][\wäöüß.]{0,30}-){0,4}(?:[A-ZÄÖÜ][\wäöüß]{0,40})?$")
_DE_GIVEN_BEFORE_RE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]{1,20})(?:-[A-ZÄÖÜ][a-zäöüß]{1,20})? $")
_DE_TWO_BACK_RE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\wäöüß]{1,30}(?:er|e|es|en)\s$")
# "Am"/"Im"/"Zum"/"Zur" and "Hinterm"/"Unterm"/"Überm"/"Vorm" (+ dem) hold their article; the other prepositions
# need "der"/"den" after them
_DE_PREP_BARE = frozenset(("Am", "Im", "Zum", "Zur", "Beim", "Hinterm", "Unterm", "Überm", "Vorm"))
_DE_PREP_STREETS = _DE_PREP_BARE | frozenset(("An", "Auf", "In", "Unter", "Hinter", "Vor", "Über"))
_DE_ADDR_LABEL_RE = re.compile(r"stra(?:ß|ss)e|str\.|adress|anschrift|wohnort")
_DE_POSTCODE_AFTER_RE = re.compile(r"(?:,?\s|\\n)\d{5}(?!\d)")
# a house number of at most three digits (with a letter or a range) right after the name
_DE_PREP_HOUSE_RE = re.compile(r" \d{1,3}\s?[a-zA-Z]?(?:\s?[/-]\s?\d{1,3}\s?[a-zA-Z]?)?(?![\w])")
_DE_HOUSE_RE = re.compile(r"\s?\d{1,4}\s?[a-zA-Z]?(?:\s?[/-]\s?\d{1,4}\s?[a-zA-Z]?)?(?![\w])")
_GEDCOM_LINE_RE = re.compile(r"\d{1,2} (?:PLAC|NAME|NOTE|TITL|OCCU|CITY|STAE|CTRY|SOUR|PAGE|TEXT|CONT|CONC) ")
# (a flat or a building before the number belongs to the address: "Appt 29, 148 boulevard de Petit")
_FR_BACK_RE = re.compile(r"(?:(?<![\w.,/-])|(?<=\\[nt]))(?:(?:Appt|Appartement|Bât\.|Bâtiment)\s\d{1,4}[A-Za-z]?,?\s)?"
                         r"\d{1,5}(?:\s?(?:bis|ter|quater|[a-cA-C]))?,?\s$")
_FR_FWD_RE = re.compile(
    r"\s(?:(?:de la|de l'|de l\u2019|des|du|de|d'|d\u2019|l'|l\u2019|la|le|les|aux|au)\s?)?"
    r"[A-ZÀ-ÖØ-Þ][\w'\u2019\-]{0,30}(?:\s(?:de la|des|du|de|d'|d\u2019|la|le|les|et|sur|[A-ZÀ-ÖØ-Þ][\w'\u2019\-]{0,30})){0,4}")
# the house, its buildings ("к. 4/1", "стр. 6/4") and the flat
_RU_HOUSE = (r",?\s?(?:д\.|дом)\s?\d{1,4}[а-яА-Я]?(?:/\d{1,4})?(?:,?\s?(?:к\.|корп\.|корпус|стр\.|строение)\s?\d{1,4}(?:/\d{1,4})?)*"
             r"(?:,?\s?(?:кв\.|квартира|оф\.|офис)\s?\d{1,5})?")
_RU_FWD_RE = re.compile(r"\s?[А-ЯЁA-Z0-9][\w\-.]{0,30}(?:\s[\w][\w\-.]{0,30}){0,3}?(?:%s)" % _RU_HOUSE)
_RU_BACK_RE = re.compile(r"(?<![\w])[А-ЯЁ][\w\-]{1,30}(?:\s[А-ЯЁ][\w\-]{1,30})?\s$")
_RU_HOUSE_RE = re.compile(_RU_HOUSE)
# a street's name alone (a surname's genitive, an adjective) after what opens its clause (and a few lower-case words:
# "проживающего по адресу Городская"), then a comma before "д."; "г. Тында, д. 5" is a town's
_RU_CLAUSE_OPENERS = ("\n", ":", ";", '"', "\u00ab", "(", ",", "\u2014", "\u2013", "=")
# (with a person's initial: "Л.Толстого"; or a date or an anniversary: "8 Марта", "Мая 1", "30 лет Победы")
_RU_MONTHS_GEN = "Января|Февраля|Марта|Апреля|Мая|Июня|Июля|Августа|Сентября|Октября|Ноября|Декабря"
_RU_STREET_NAME = (r"((?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё\-]{2,30}(?: [А-ЯЁ][а-яё\-]{2,30})?"
                   r"|\d{1,2} (?:%s)|(?:%s) \d{1,2}|\d{2,3} лет [А-ЯЁ][а-яё\-]{2,30})" % (_RU_MONTHS_GEN, _RU_MONTHS_GEN))
_RU_BARE_STREET_RE = re.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?(?:[а-яё]{1,20} ){0,3}" + _RU_STREET_NAME)
# ... or what an address's word announces further into the clause ("Ранее был убыток по адресу Кошевого, д. 22")
_RU_AT_ADDRESS_RE = re.compile(r"(?<![а-яё])(?:адресу|адрес) " + _RU_STREET_NAME + r"\Z")
_DIGIT_RE = re.compile(r"\d")
_EN_SUFFIX_SET = frozenset(w.lower() for w in L.STREET_SUFFIXES_EN)
# run token -> its lower-cased form if it is an EN street suffix (or its plural), else False;
# most runs hold no suffix, so a dict lookup per token comes before the house-number test
_STREET_SUFFIX = {}
_STREET_SUFFIX_MAX = 1 << 14


def _street_suffix(tok):
    tl = tok.lower()
    if tl in _EN_SUFFIX_SET or (tl[-1:] == "s" and tl[:-1] in _EN_SUFFIX_SET):
        return tl
    return False


_FR_NEEDLES = ("rue ", "avenue ", "boulevard ", "bd ", "chemin ", "place ", "impasse ", "allée ", "quai ",
               "route ", "cours ", "square ", "passage ", "voie ")
_MONTH_BEFORE_RE = re.compile(r"(?:%s)\.? $" % _MONTHS)
_FR_PARTICLE_RE = re.compile(r"\s(?:de|du|des|d'|d\u2019|la|le|l'|l\u2019)\s?")
_FR_BARE = frozenset(("rue ", "avenue ", "boulevard ", "chemin ", "impasse ", "allée ", "quai "))
_FR_BARE_NAME_RE = re.compile(r"\s(?:(?:de la|de l'|des|du|de|d'|la|le)\s?)?[A-ZÀ-ÖØ-Þ][a-zà-ÿ'\u2019\-]{2,30}")
_RU_NEEDLES = ("алл.", "аллея", ) + tuple(w for w in L.STREET_WORDS_RU if len(w) > 1)
# Every RU pattern needs a house number: "д." / "дом" and a digit, which _RU_FWD_RE reaches from at most
# 1 + 31 + 3 x 32 + 2 chars after the street word, _RU_HOUSE_RE right after it; or a comma after a street
# name and one to three digits, which _RU_NAME_COMMA_NO_RE reaches from at most 1 + 31 + 2 x 32 chars.
# (Each gate has a literal first character, so sre skips to its candidates in C.)
_RU_HOUSE_NO_RE = re.compile(r"д(?:\.|ом)\s?\d")
_RU_COMMA_NO_GATE_RE = re.compile(r",(?<=[а-яё],)\s?\d{1,3}(?!\d)")
# "ул. Гоголя, 18", "пр-т Мира, 7, кв. 5": the number right after the name and a comma, without "д."
# (three digits at most: Russian house numbers rarely pass 999, years do); the flat may follow a hyphen ("ул. Гоголя, 18-41")
_RU_COMMA_NO = r",\s?\d{1,3}(?:/\d{1,4})?[а-яА-Я]?(?:-\d{1,4}(?![\w.]))?(?![\w])(?:,?\s?(?:кв\.|квартира|оф\.|офис)\s?\d{1,5})?"
_RU_NAME_COMMA_NO_RE = re.compile(r"\s?[А-ЯЁ0-9][\w\-.]{0,30}(?:\s[А-ЯЁ][\w\-]{1,30}){0,2}" + _RU_COMMA_NO)
_RU_COMMA_NO_RE = re.compile(_RU_COMMA_NO)
_RU_REACH = 1 + 31 + 3 * 32 + 2 + max(len(w) for w in _RU_NEEDLES)
_RU_COMMA_REACH = 1 + 31 + 2 * 32 + max(len(w) for w in _RU_NEEDLES)
# the needles by first letter: a span without that letter skips the whole group (duplicates kept)
_RU_NEEDLE_GROUPS = tuple((c, tuple(w for w in _RU_NEEDLES if w[0] == c)) for c in sorted(set(w[0] for w in _RU_NEEDLES)))
_DE_NEEDLES = ("straße ", "strasse ", "str. ", "gasse ", "weg ", "allee ", "platz ", "ring ", "damm ", "ufer ",
               "chaussee ", "markt ")
# Every FR / DE needle ends in its only space and none is a suffix of another, so on the reversed lower-cased
# text one regex with the literal prefix " " finds each occurrence once (sre jumps from space to space),
# where str.find would pass over the text once per needle.
# US numbered streets ("9637 W 43rd St"): an ordinal's last digit and suffix, so "11th" and "21st" hit too;
# they ride on the same reversed scan (no capitalised run holds "43rd")
_EN_ORD_NEEDLES = ("1st ", "2nd ", "3rd ") + tuple(d + "th " for d in "0123456789")
_EN_ORD_NEEDLE_SET = frozenset(_EN_ORD_NEEDLES)
_EN_ORD_SUFFIX_RE = re.compile(r"[A-Z][a-z]{1,15}(?![\w'\u2019])")
_STREET_REV_RE = re.compile(trie_regex([w[::-1] for w in _FR_NEEDLES + _DE_NEEDLES + _EN_ORD_NEEDLES]))
_FR_NEEDLE_SET = frozenset(_FR_NEEDLES)
_DE_NEEDLE_SET = frozenset(_DE_NEEDLES)


class AddressRecognizer(Recognizer):
    """Street addresses (en/de/fr/ru) anchored on street-type words."""

    name = "street_address"
    reads_escapes = True
    entities = ("STREET_ADDRESS",)
    max_len = 96

    def analyze(self, doc, out):
        self._en_runs(doc, out)
        text = doc.text
        low = doc.lower
        n = doc.n
        fr_hits = []
        de_hits = []
        for hm in _STREET_REV_RE.finditer(low[::-1]):
            word = hm.group(0)[::-1]
            if word in _FR_NEEDLE_SET:
                fr_hits.append((n - hm.end(), word))
            if word in _DE_NEEDLE_SET:
                de_hits.append((n - hm.end(), word))
            elif word in _EN_ORD_NEEDLE_SET:
                self._en_ordinal(doc, n - hm.end(), word, out)
        fr_hits.reverse()
        de_hits.reverse()
        for hs, word in fr_hits:
            if hs > 0 and low[hs - 1].isalpha():
                continue
            he = hs + len(word) - 1
            if text[hs].isupper() and not _FR_PARTICLE_RE.match(text, he):
                continue
            bm = _FR_BACK_RE.search(text, max(0, hs - 28), hs)
            if bm and _MONTH_BEFORE_RE.search(low, max(0, bm.start() - 12), bm.start()):
                bm = None   # the year of a date: "né le 6 décembre 2006, avenue de Gautier"
            fm = _FR_FWD_RE.match(text, he)
            if fm and bm:
                out.append((bm.start(), fm.end(), "STREET_ADDRESS", 0.88))
            elif fm and word in _FR_BARE and (hs == 0 or not text[hs - 1].isalnum()):
                nm = _FR_BARE_NAME_RE.match(text, he)
                if nm:
                    out.append((hs, fm.end(), "STREET_ADDRESS", 0.86))
        if not text.isascii():
            for hs, word in self._ru_hits(doc):
                if hs > 0 and low[hs - 1].isalpha():
                    continue
                he = hs + len(word)
                if word[-1].isalpha() and he < doc.n and low[he].isalpha():
                    continue
                fm = _RU_FWD_RE.match(text, he)
                if fm and ("д." in fm.group(0) or "дом" in fm.group(0)):
                    out.append((hs, fm.end(), "STREET_ADDRESS", 0.9))
                    continue
                nm = _RU_NAME_COMMA_NO_RE.match(text, he)
                if nm:
                    out.append((hs, nm.end(), "STREET_ADDRESS", 0.86))
                    continue
                bm = _RU_BACK_RE.search(text, max(0, hs - 64), hs)
                if bm:
                    e = he
                    hm = _RU_HOUSE_RE.match(text, e)
                    if hm and hm.end() > e:
                        out.append((bm.start(), hm.end(), "STREET_ADDRESS", 0.9))
                    else:
                        hm = _RU_COMMA_NO_RE.match(text, e)
                        if hm:
                            out.append((bm.start(), hm.end(), "STREET_ADDRESS", 0.86))
            self._ru_bare(text, out)
        self._de(doc, de_hits, out)

    @staticmethod
    def _ru_bare(text, out):
        """A street named without its word, opening its clause before a comma and the house: "Энгельса, д. 77, кв. 195",
        "по адресу Городская, д. 89"."""
        for hm in _RU_HOUSE_NO_RE.finditer(text):
            p = hm.start()
            c = p - 1 if text[p - 1:p] == "," else p - 2 if text[p - 2:p] == ", " else -1
            if c < 1:
                continue
            a = max(0, c - 64)
            b = max(text.rfind(x, a, c) for x in _RU_CLAUSE_OPENERS)
            if b < 0 < a:
                continue
            nm = _RU_BARE_STREET_RE.fullmatch(text, b + 1, c) or _RU_AT_ADDRESS_RE.search(text, b + 1, c)
            house = nm and _RU_HOUSE_RE.match(text, c)
            if house and house.end() > c:
                out.append((nm.start(1), house.end(), "STREET_ADDRESS", 0.85))

    @classmethod
    def _en_runs(cls, doc, out):
        """EN addresses: a capitalised run with a street suffix after its first word, a number before it."""
        text = doc.text
        for m in doc.capseq():
            seq = m.group(0)
            if "," in seq:
                seq = seq.split(",", 1)[0]
            toks = seq.split(" ")
            if toks[0] in _DE_PREP_STREETS:
                cls._de_prep(doc, m.start(), toks, out)
            pos = len(toks[0]) + 1
            for tok in toks[1:]:
                word = _STREET_SUFFIX.get(tok)
                if word is None:
                    word = cls._suffix(tok)
                if word:
                    ss = m.start()
                    # EN addresses need a house / flat number right before the street name
                    if _DIGIT_RE.search(text, max(0, ss - 14), ss):
                        bm = _EN_BACK_RE.search(text, max(0, ss - 40), ss)
                        if bm:
                            # a suffix word can be part of the name: Maple Grove Rd, Old Mill Lane
                            he = ss + pos + len(tok)
                            for nxt in seq[pos + len(tok) + 1:].split(" ", 2)[:2]:
                                nw = cls._suffix(nxt)
                                if not nw:
                                    break
                                word = nw
                                he += 1 + len(nxt)
                            cls._en(doc, bm, ss + pos, he, word, out)
                    break
                pos += len(tok) + 1
            else:
                # a possessive ends the run before its suffix: "37 St Aldhelm's Way"
                e = m.end()
                if e < doc.n and text[e] in "'\u2019" and len(seq) == e - m.start():
                    pm = _EN_POSSESSIVE_RE.match(text, e)
                    word = pm and cls._suffix(pm.group(1))
                    if word:
                        ss = m.start()
                        bm = _EN_BACK_RE.search(text, max(0, ss - 40), ss)
                        if bm:
                            cls._en(doc, bm, ss, pm.end(), word, out)

    @classmethod
    def _en_ordinal(cls, doc, hs, word, out):
        """A numbered street: house number, optional direction, ordinal, street suffix (1200 E 5th Ave)."""
        text = doc.text
        ds = hs
        while ds > hs - 2 and ds > 0 and text[ds - 1].isdigit():
            ds -= 1
        if ds > 0 and text[ds - 1].isalnum():
            return
        he = hs + len(word)
        sm = _EN_ORD_SUFFIX_RE.match(text, he)
        sfx = sm and cls._suffix(sm.group(0))
        if not sfx:
            return
        bm = _EN_BACK_RE.search(text, max(0, ds - 40), ds)
        if bm:
            cls._en(doc, bm, ds, sm.end(), sfx, out)

    @staticmethod
    def _suffix(tok):
        word = _STREET_SUFFIX.get(tok)
        if word is None:
            if len(_STREET_SUFFIX) >= _STREET_SUFFIX_MAX:
                _STREET_SUFFIX.clear()
            word = _STREET_SUFFIX[tok] = _street_suffix(tok)
        return word

    @staticmethod
    def _de_prep(doc, ss, toks, out):
        """DE streets named with a preposition and no street word: Am Mühlbach 4, Auf der Heide 63c, An der Alster 12."""
        k = 1 if toks[0] in _DE_PREP_BARE else 2
        if len(toks) <= k or len(toks) > k + 2 or (k == 2 and toks[1] not in ("der", "den")) \
                or any(t in _NON_NAME for t in toks[k:]):
            return
        text = doc.text
        e = ss + len(" ".join(toks))
        hm = _DE_PREP_HOUSE_RE.match(text, e)
        if not hm:
            return
        # the number ends the street: a postcode (on the same or the next line), a closing (escaped) quote, the
        # end of a table cell in an address row or the text's end follows; prose such as "Im Jahr 2024, ..." or
        # "Zum Beispiel 3, 4" does not qualify
        e = hm.end()
        after = text[e:e + 8]
        if after[:1] == "|" or after[:2] == " |":
            if not _DE_ADDR_LABEL_RE.search(doc.lower, text.rfind("\n", 0, ss) + 1, ss):
                return
            e -= text[e - 1] == " "
        elif after and after[0] not in "\"'" and after[:2] != '\\"' and not _DE_POSTCODE_AFTER_RE.match(after):
            return
        out.append((ss, e, "STREET_ADDRESS", 0.86))

    @staticmethod
    def _ru_hits(doc):
        """doc.find_all(_RU_NEEDLES) cut to the street words a house number follows within reach."""
        text = doc.text
        reach = [(hm.start() - _RU_REACH, hm.start()) for hm in _RU_HOUSE_NO_RE.finditer(text)]
        if "," in text:
            reach.extend((hm.start() - _RU_COMMA_REACH, hm.start()) for hm in _RU_COMMA_NO_GATE_RE.finditer(text))
            reach.sort()
        spans = []
        for a, q in reach:
            if spans and a <= spans[-1][1]:
                if q > spans[-1][1]:
                    spans[-1][1] = q
            else:
                spans.append([max(0, a), q])
        low = doc.lower
        hits = []
        for a, b in spans:
            for c, group in _RU_NEEDLE_GROUPS:
                # a needle x found in [a, b + len(x)) starts at b or before, and not before j
                j = low.find(c, a, b + 1)
                if j < 0:
                    continue
                for x in group:
                    end = b + len(x)
                    i = low.find(x, j, end)
                    while i >= 0:
                        hits.append((i, x))
                        i = low.find(x, i + 1, end)
        hits.sort()
        return hits

    @staticmethod
    def _en(doc, bm, hs, he, word, out):
        text = doc.text
        if _GEDCOM_LINE_RE.match(text, bm.start()) and text[bm.start() - 1:bm.start()] in ("", "\n"):
            return      # a GEDCOM line's level and tag: "2 PLAC Port Thomas" names a place, no street
        e = he
        if e < doc.n and text[e] == "." and word in ("st", "ave", "rd", "blvd", "dr", "ln", "ct", "pl"):
            e += 1
        um = _EN_UNIT_RE.match(text, e)
        if um:
            e = um.end()
            # a suite and a flat of one building: "Suite 200, Apt. 4"
            um = _EN_UNIT_RE.match(text, e)
            if um:
                e = um.end()
        out.append((bm.start(), e, "STREET_ADDRESS", 0.88))

    @staticmethod
    def _de(doc, hits, out):
        text = doc.text
        for hs, word in hits:
            he = hs + len(word)
            if he >= doc.n or not text[he].isdigit():
                continue
            if hs > 0 and text[hs - 1] == " ":
                bm = _DE_WORD_BACK_RE.search(text, max(0, hs - 60), hs - 1)
                if not bm:
                    continue
                b2 = _DE_TWO_BACK_RE.search(text, max(0, bm.start() - 32), bm.start())
                start = b2.start() if b2 else bm.start()
                if not text[hs].isupper():
                    continue
            else:
                bm = _DE_WORD_BACK_RE.search(text, max(0, hs - 60), hs)
                if not bm or bm.start() >= hs:
                    continue
                start = bm.start()
            sfx_end = he - 1
            hm = _DE_HOUSE_RE.match(text, sfx_end)
            if not hm:
                continue
            if "-" in text[start:hs] and text[start - 1:start] == " ":
                # a street named for a person with two given names: "Hans Georg-Zimmer-Gasse 8", "Bartholomäus-Koch II-Platz"
                gm = _DE_GIVEN_BEFORE_RE.search(text, max(0, start - 48), start)
                if gm and _is_first(gm.group(1)):
                    start = gm.start()
            e = hm.end()
            while text[e - 1] in " \t":
                e -= 1      # (the house number's optional letter did not come: "Kuhl-Gasse 115 | 50112 Köln")
            out.append((start, e, "STREET_ADDRESS", 0.88))


# ------------------------------------------------------------------------------------------
# vCard (RFC 2426 / 6350) properties: N, FN, BDAY, ADR
# ------------------------------------------------------------------------------------------
# a property line: optional group ("item1."), the name, parameters (";TYPE=HOME"), ":" and the value up to the line end
_VCARD_PROP_RE = re.compile(r"(N|FN|BDAY|ADR)((?:;[^:;\r\n]{1,40}){0,4}):([^\r\n]{1,160})")
# another vCard line within the preceding 120 characters (the stream's left context) makes the block a vCard: BEGIN,
# VERSION, a structured name (two ";" at least) or a contact property; a lone "N:" or "FN:" line is not one
_VCARD_EVIDENCE_RE = re.compile(r"(?:^|\n)(?:BEGIN:VCARD|VERSION:[234]\.|N:[^;\r\n]*;[^;\r\n]*;|"
                                r"(?:TEL|EMAIL|ADR|ORG|TITLE|BDAY|NICKNAME|UID|PRODID)[;:])")
# a value component split on unescaped ";" ("\\;" and "\\," are escapes)
_VCARD_COMP_RE = re.compile(r"(?:[^;\\\r\n]|\\.)*")
# a name component: letters, spaces, hyphens, apostrophes, dots and escaped commas; no digits, no "@"
_VCARD_NAME_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'\u2019\-]|\\,){0,60}")
_VCARD_BDAY_RE = re.compile(r"(?:\d{4}-?\d\d-?\d\d|--\d\d-?\d\d)(?:T[0-9:Z+\-]{2,14})?[ \t]*$")
# the start of a property line: one scan from line break to line break
_VCARD_LINE_RE = re.compile(r"\n(?=N[:;]|FN|BDAY|ADR)")


def _vcard_components(text, s, e):
    """(start, end) of each ";"-separated component of text[s:e]."""
    comps = []
    pos = s
    while True:
        m = _VCARD_COMP_RE.match(text, pos, e)
        comps.append((pos, m.end()))
        pos = m.end() + 1
        if m.end() >= e or text[m.end()] != ";":
            return comps


def _vcard_name(text, s, e, out):
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    if s < e and _VCARD_NAME_RE.fullmatch(text, s, e):
        out.append((s, e, "PERSON", 0.85))


class VcardRecognizer(Recognizer):
    """The person-data properties of a vCard: the structured name (N: family;given;additional;...), the formatted
    name (FN), the birthday (BDAY) and the street of an address (ADR: pobox;ext;street;locality;...).  A property
    line counts only with another vCard line (BEGIN:VCARD, VERSION:, TEL, EMAIL, N, ...) in the 120 characters
    before it."""

    name = "vcard"
    reads_escapes = True
    entities = ("PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS")
    max_len = 100
    context_len = 8

    def analyze(self, doc, out):
        text = doc.text
        starts = [m.start() + 1 for m in _VCARD_LINE_RE.finditer(text)]
        if text[:2] in ("N:", "N;", "FN", "BD", "AD"):
            starts.append(0)
        for ls in starts:
            m = _VCARD_PROP_RE.match(text, ls)
            if not m:
                continue
            prop = m.group(1)
            vs, ve = m.span(3)
            comps = _vcard_components(text, vs, ve) if prop in ("N", "ADR") else ()
            # the five components of a structured name (RFC 6350 6.2.2) are evidence enough
            if not (prop == "N" and len(comps) == 5) and not _VCARD_EVIDENCE_RE.search(text, max(0, ls - 120), ls):
                continue
            if prop == "FN":
                if text[vs].isupper():
                    _vcard_name(text, vs, ve, out)
            elif prop == "N":
                if len(comps) >= 2:
                    for cs, ce in comps[:3]:
                        _vcard_name(text, cs, ce, out)
            elif prop == "BDAY":
                bm = _VCARD_BDAY_RE.match(text, vs, ve)
                if bm:
                    out.append((vs, vs + len(bm.group(0).rstrip()), "DATE_OF_BIRTH", 0.85))
            elif len(comps) >= 3:
                cs, ce = comps[2]
                if ce - cs > 4 and _DIGIT_RE.search(text, cs, ce):
                    out.append((cs, ce, "STREET_ADDRESS", 0.8))


# ------------------------------------------------------------------------------------------
# hospital patient identifiers: IPP (fr), Pat.-ID / Patientennr. / Akte (de), карта № / ИБ № / история болезни № (ru)
# ------------------------------------------------------------------------------------------
# few needles with rare anchors ("№" for the Russian words, read backwards from it): the scan is the cost
_HOSP_NEEDLES = ("ipp", "pat.", "patienten", "akte", "№")
# the cue, matched on the lowered text at a needle; a site qualifier may follow ("IPP établissement", "Patientennr. Klinik")
_HOSP_CUE_RE = re.compile(
    r"(?:ipp|pat\.[ \-]?(?:id|nr\.?)|patienten(?:nr\.?|[ \-]id)|(?P<akte>akte))"
    r"(?:[ \t]{1,2}(?:de l'|d')?(?:[ée]tablissement|h[ôo]pital|site|local|klinik|krankenhaus|haus))?"
    r"[ \t]{0,3}(?:[:#№=]|n[°o]\.?|nr\.?)?[ \t]{0,3}")
# the Russian words before "№": медицинская карта / карта пациента, история болезни (ИБ)
_HOSP_RU_BACK_RE = re.compile(r"(?<![^\W\d_])(?:карт[аыу](?: пациента| больного)?|иб|истори[яи] болезни)[ \t]{0,2}$")
_HOSP_VAL_RE = re.compile(r"[A-Za-z]{0,4}[#\-/]?\d[A-Za-z0-9\-/]{3,20}")
_HOSP_CTX_RU_RE = re.compile(r"пациент|больн|медиц|клиник|анализ|врач|диагноз|госпит|стационар|д\.р\.")
_HOSP_CTX_DE_RE = re.compile(r"kranken|patient|ärzt|arzt|klinik|praxis|labor|befund|behandlung|station")


def _hospital_context(low, hs, rx):
    # within the stream's left context (128) and look-ahead
    return rx.search(low, max(0, hs - 120), hs + 60) is not None


class HospitalIdRecognizer(Recognizer):
    """Patient identifiers under the hospital words for them; the ambiguous ones (Akte, карта, ИБ) only among
    medical words."""

    name = "hospital_id"
    entities = ("MEDICAL_RECORD_NUMBER",)
    max_len = 64

    def analyze(self, doc, out):
        text = doc.text
        low = doc.lower
        for hs, word in doc.find_all(_HOSP_NEEDLES):
            if word == "№":
                if not _HOSP_RU_BACK_RE.search(low, max(0, hs - 28), hs) or not _hospital_context(low, hs, _HOSP_CTX_RU_RE):
                    continue
                ve = hs + 1
                while ve < doc.n and text[ve] in " \t" and ve - hs < 4:
                    ve += 1
            else:
                if hs > 0 and low[hs - 1].isalpha():
                    continue
                cm = _HOSP_CUE_RE.match(low, hs)
                if not cm or low[cm.end(0) - 1:cm.end(0)].isalpha() and cm.end(0) < len(low) and low[cm.end(0)].isalpha():
                    continue
                if cm.group("akte") and not _hospital_context(low, hs, _HOSP_CTX_DE_RE):
                    continue
                ve = cm.end(0)
            vm = _HOSP_VAL_RE.match(text, ve)
            if not vm:
                continue
            v = vm.group(0)
            while not v[-1].isalnum():
                v = v[:-1]
            nd = sum(map(str.isdigit, v))
            if nd < 4 or len(v) < 5 or nd > 12 or (vm.end(0) < len(text) and text[vm.end(0)].isalnum()):
                continue
            # "IPP214231997": glued to its digits the label is the identifier's own prefix
            vs = hs if vm.start(0) == hs + 3 and word == "ipp" else vm.start(0)
            out.append((vs, vm.start(0) + len(v), "MEDICAL_RECORD_NUMBER", 0.85))


# ------------------------------------------------------------------------------------------
# national identifiers in the column of a text table (CSV / TSV / markdown) whose header names them
# ------------------------------------------------------------------------------------------
# header words naming a national identifier's column, and the generic identifier columns ("id_value", "national_id",
# "document_number", "номер_документа") whose values must then prove their type by shape and checksum
ID_HEADER_NEEDLES = ("ssn", "inn", "инн", "snils", "снилс", "passport", "паспорт", "national", "id_value", "id_number",
                     "document", "документ", "mrn", "patient", "record")
_ID_GENERIC_CELL_RE = re.compile(r"(?:national|personal|document|doc|id|номер)[ _\-]?(?:id|value|number|no|nr|документа)?$")
_ID_CELL_STRIP = ' "\'*`'
# a patient record number cell: a short letter prefix, then digits with letters, separators and a check suffix
# ("VY035577/87", "PA013123-X0", "39543067"); a "record id" column holds row identifiers
_MRN_CELL_RE = re.compile(r"[A-Za-zА-ЯЁа-яё]{0,4}[#\-/ ]?\d[\dA-Za-z\-/#]{3,20}")
_RECORD_ID_CELL_RE = re.compile(r"record[ _\-]?id")
# a phone cell: digits with the separators of a written number, an optional "+" or bracketed area code
_CELL_VALUE_RES = {"mrn": _MRN_CELL_RE, "phone": re.compile(r"[+(]?\d[\d \-().\/]{5,22}\d")}
_ID_VALUE_RE = re.compile(r"\d{2}[ ]?\d{2}[ ]\d{6}|\d{3}-\d{3}-\d{3}[ -]\d{2}|\d{3}-\d{2}-\d{4}|\d{9,12}")


# a label and its value in one cell: a form's line with commas in it ("DOB: July 21, 1976    MRN: 3527293"), not a header
_LABEL_WITH_VALUE_RE = re.compile(r":[ \t]*\S")


def _id_cell_kind(cell):
    """ssn / inn / snils / passport for a header cell naming one, "id" for a generic identifier column, else None."""
    if not cell or len(cell) > 40 or _LABEL_WITH_VALUE_RE.search(cell):
        return None
    k = _CUE_WORDS.get(cell)
    if k is None:
        for w in reversed(_CUE_WORD_RE.findall(cell)):
            k = cue_of_word(w)
            if k is not None:
                break
    if k == "tax":
        k = "ssn"
    if k in ("ssn", "inn", "snils", "passport", "phone") or k == "mrn" and _RECORD_ID_CELL_RE.search(cell) is None:
        return k
    if k is None and cell.startswith("pat") and _MRN_WORD_RE.fullmatch(cell):
        return "mrn"    # "Pat.-Nr.", "Pat-Nr"
    return "id" if _ID_GENERIC_CELL_RE.match(cell) else None


def _id_value_type(kind, v):
    if kind == "phone":
        return "PHONE" if 7 <= len(_DIGIT_RE.findall(v)) <= 15 else None
    if kind == "mrn":
        # a record number has four digits or more; a UUID, a ticket number or a short commit hash in the column is some
        # other identifier
        if len(_DIGIT_RE.findall(v)) >= 4 and not _other_identifier(v) and not _commit_hash(v):
            return "MEDICAL_RECORD_NUMBER"
        return None
    digits = v.replace(" ", "").replace("-", "")
    nd = len(digits)
    if nd == 9 and kind == "ssn" and ssn_ok(digits) and (v.isdigit() or v[3:4] == "-"):
        return "US_SSN"
    if nd in (10, 12) and kind in ("inn", "id") and v.isdigit() and inn_ok(digits):
        return "RU_INN"
    if nd == 11 and kind in ("snils", "id") and snils_ok(digits):
        return "RU_SNILS"
    if nd == 10 and (kind == "passport" and (v.isdigit() or " " in v) or kind == "id" and " " in v) and ru_passport_ok(digits):
        return "RU_PASSPORT"
    return None


def _id_table_column(doc, hs, out):
    """Mask the column under the header cell at ``hs``; returns where its table ends (rows walked once)."""
    text = doc.text
    found = table_header(text, hs)
    if found is None:
        return hs
    ls, le, delim = found
    header = text[ls:le]
    ca = header.rfind(delim, 0, hs - ls) + 1
    cb = header.find(delim, hs - ls)
    kind = _id_cell_kind(header[ca:cb if cb >= 0 else len(header)].strip(_ID_CELL_STRIP).lower())
    if kind is None:
        return hs
    return _id_rows(doc, le, delim, header.count(delim, 0, hs - ls), kind, out)


def _id_rows(doc, le, delim, col, kind, out):
    """Mask column ``col`` of the rows after the header line ending at ``le``; returns where the table ends."""
    text = doc.text
    end = doc.n
    for pos, e in _lines_below(text, le + 1, doc.n):
        if e - pos > 2000 or text.count(delim, pos, e) < 2:
            end = pos
            break
        cell = row_cell(text, pos, e, delim, col)
        if cell is not None:
            a, b = cell
            while a < b and text[a] in _ID_CELL_STRIP:
                a += 1
            while b > a and text[b - 1] in _ID_CELL_STRIP + "\r":
                b -= 1
            m = _CELL_VALUE_RES.get(kind, _ID_VALUE_RE).fullmatch(text, a, b)
            if m:
                etype = _id_value_type(kind, m.group(0))
                if etype:
                    out.append((a, b, etype, 0.85))
    return end


class TableIdRecognizer(Recognizer):
    """SSN, INN, SNILS, Russian passport, patient record and phone numbers in a text table column named for them (or
    named a generic identifier, then proven by shape and checksum)."""

    name = "table_ids"
    reads_escapes = True
    entities = ("US_SSN", "RU_INN", "RU_SNILS", "RU_PASSPORT", "MEDICAL_RECORD_NUMBER", "PHONE")
    max_len = 24

    def analyze(self, doc, out):
        if doc.table_scan:
            # the headers DobRecognizer / PersonRecognizer met (a table of people has a name or birth column)
            text = doc.text
            end = -1
            for ls, le, delim in sorted(doc.headers):
                if ls < end:
                    continue    # a row of a table already read (each row walked once)
                col = 0
                for cell in text[ls:le].split(delim):
                    if len(cell) <= 48:
                        kind = _id_cell_kind(cell.strip(_ID_CELL_STRIP).lower())
                        if kind is not None:
                            end = max(end, _id_rows(doc, le, delim, col, kind, out))
                    col += 1
            return
        end = -1
        for hs, word in doc.find_all(ID_HEADER_NEEDLES):
            if hs >= end:
                end = _id_table_column(doc, hs, out)


# ------------------------------------------------------------------------------------------
# Azure shared keys: the storage account key (64 bytes, 88 base64 characters) and the Service Bus / Event Hubs
# SharedAccessKey (32 bytes, 44), under their connection-string and variable names
# ------------------------------------------------------------------------------------------
_AZURE_KEY_NEEDLES = ("accountkey", "account_key", "account-key", "storage_key", "storagekey", "storage-key",
                      "sharedaccesskey", "shared_access_key")
_AZURE_KEY_VALUE_RE = re.compile(r"(?:[A-Za-z0-9+/]{86}==|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])")


class AzureKeyRecognizer(Recognizer):
    """Azure storage account keys and shared access keys after AccountKey= / SharedAccessKey= or a variable named for
    them (AZURE_STORAGE_KEY, storage_account_key); the value must be base64 of the exact key length."""

    name = "azure_keys"
    entities = ("API_KEY",)
    max_len = 96
    context_len = 40

    def analyze(self, doc, out):
        text = doc.text
        # a 64-byte key ends with "==" (base64 padding); a 32-byte SharedAccessKey with "=" after its name
        if "=" not in text or "==" not in text and "haredAccessKey" not in text:
            return
        for hs, word in doc.find_all(_AZURE_KEY_NEEDLES):
            sm = _KV_SEP_RE.match(text, hs + len(word))
            if not sm:
                continue
            vm = _AZURE_KEY_VALUE_RE.match(text, sm.end())
            if vm:
                v = vm.group(0)
                if _DIGIT_RE.search(v) and v.lower() != v and v.upper() != v:
                    out.append((vm.start(), vm.end(), "API_KEY", 0.95))


# ------------------------------------------------------------------------------------------
# Structured messages: HL7 v2 segments, ANSI X12 segments, SWIFT MT ordering customer / beneficiary
# ------------------------------------------------------------------------------------------
# a name component: letters, spaces, hyphens, apostrophes and dots; no digits
_MSG_NAME_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .'\u2019\-]){0,60}")
_MSG_DATE_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{4,6})?")
_MSG_SSN_RE = re.compile(r"\d{3}-?\d\d-?\d{4}")
_MSG_PHONE_RE = re.compile(r"\+?[\d(][\d ().\-]{5,22}\d")
# (a record number may keep its label: "MRN 154807741", "МК № 60452051")
_MSG_ID_RE = re.compile(r"[A-Za-zА-ЯЁа-яё0-9][A-Za-zА-ЯЁа-яё0-9\-/#№ ]{2,29}")
_HL7_NEEDLES = ("PID|", "NK1|", "GT1|", "IN1|", "PV1|", "PD1|", "ORC|", "OBR|")
# segment -> {field number: kind}; XPN names, TS birth dates, XAD addresses, XTN phones, CX identifiers, XCN clinicians
# (an ID, then the name: the attending, referring, consulting and admitting doctors of a visit, the patient's GP, the
# ordering provider)
_HL7_FIELDS = {
    # (PID-20, the driver's licence, holds an SSN-shaped number only when a sender put the SSN one field late)
    "PID": {3: "id", 5: "name", 6: "name", 7: "dob", 11: "addr", 13: "phone", 14: "phone", 19: "ssn", 20: "dln"},
    "NK1": {2: "name", 4: "addr", 5: "phone", 6: "phone"},
    "GT1": {3: "name", 5: "addr", 6: "phone", 7: "phone", 8: "dob", 12: "ssn"},
    "IN1": {16: "name", 18: "dob", 19: "addr"},
    "PV1": {7: "xcn", 8: "xcn", 9: "xcn", 17: "xcn"},
    "PD1": {4: "xcn"},
    "ORC": {12: "xcn"},
    "OBR": {16: "xcn"},
}
# a segment ends at a line break, an escaped one or the closing quote of a JSON string
_HL7_STOPS = ("\r", "\n", '"', "\\r", "\\n")
# a FHIR identifier in the SSA's system: {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "065984924"}
_FHIR_SSN_RE = re.compile(r'us-ssn\\?"\s{0,2},\s{0,40}\\?"value\\?"\s{0,2}:\s{0,2}\\?"(\d{3}-?\d\d-?\d{4})\\?"')
_X12_NEEDLES = ("NM1*", "DMG*", "N3*", "REF*SY*", "PER*IC*")
_SWIFT_TAGS = ("0K:", "9:", "0F:", "9F:")
# GEDCOM lines: a level, an optional cross-reference, a tag, the value (an individual's record or its name opens a tree)
_GEDCOM_GATE_RE = re.compile(r"(?m)^0 @[^@\s]{1,20}@ INDI\b|^1 NAME [^\s/]|^1 BIRT\r?$")
_GEDCOM_LINE_RE = re.compile(r"(?m)^[ \t]*(\d{1,2}) (?:@[^@\s]{1,20}@ )?([A-Z][A-Z0-9_]{2,15})(?: ([^\r\n]{1,248}?))?[ \t]*\r?$")
_GEDCOM_KINDS = {"NAME": "PERSON", "GIVN": "PERSON", "SURN": "PERSON", "ADDR": "STREET_ADDRESS", "ADR1": "STREET_ADDRESS",
                 "ADR2": "STREET_ADDRESS"}
_SWIFT_FIRMS = frozenset(("GMBH", "LTD", "INC", "LLC", "AG", "SA", "PLC", "CORP", "BANK", "KG", "SARL", "SAS", "BV", "NV", "OOO", "CO"))


def _msg_name(text, s, e, out):
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    if e > s and _MSG_NAME_RE.fullmatch(text, s, e):
        out.append((s, e, "PERSON", 0.85))


def _msg_split(text, s, e, sep):
    """(start, end) of each sep-separated part of text[s:e]."""
    parts = []
    while True:
        i = text.find(sep, s, e)
        if i < 0:
            parts.append((s, e))
            return parts
        parts.append((s, i))
        s = i + len(sep)


def _msg_line_starts(text, needles, seps):
    """Where a needle opens a line (or segment): at the text start, after one of seps or after an escaped line
    break (a message inside a JSON string)."""
    starts = []
    for nd in needles:
        i = text.find(nd)
        while i >= 0:
            if i == 0 or text[i - 1] in seps or text[i - 2:i] in ("\\r", "\\n"):
                starts.append(i)
            i = text.find(nd, i + 1)
    return starts


def _hl7_field(text, s, e, kind, out):
    for rs, re_ in _msg_split(text, s, e, "~"):
        comps = _msg_split(text, rs, re_, "^")
        cs, ce = comps[0]
        if kind == "name":
            for cs, ce in comps[:3]:
                _msg_name(text, cs, ce, out)
        elif kind == "xcn":
            for cs, ce in comps[1:4]:
                _msg_name(text, cs, ce, out)
        elif kind == "dob":
            if _MSG_DATE_RE.fullmatch(text, cs, ce):
                out.append((cs, ce, "DATE_OF_BIRTH", 0.85))
        elif kind == "ssn" or kind == "dln":
            if _MSG_SSN_RE.fullmatch(text, cs, ce) and (kind == "ssn" or ssn_ok(text[cs:ce].replace("-", ""))):
                out.append((cs, ce, "US_SSN", 0.85))
        elif kind == "id":
            if len(comps) > 4 and text[comps[4][0]:comps[4][1]] == "SS":
                # CX identifier type "SS": the patient's SSN among the identifiers ("065984924^^^SSA^SS")
                if _MSG_SSN_RE.fullmatch(text, cs, ce) and ssn_ok(text[cs:ce].replace("-", "")):
                    out.append((cs, ce, "US_SSN", 0.85))
            elif _MSG_ID_RE.fullmatch(text, cs, ce) and _DIGIT_RE.search(text, cs, ce):
                out.append((cs, ce, "MEDICAL_RECORD_NUMBER", 0.85))
        elif kind == "addr":
            if ce - cs > 4 and _DIGIT_RE.search(text, cs, ce) and re.search(r"[^\W\d_]{2}", text[cs:ce]):
                out.append((cs, ce, "STREET_ADDRESS", 0.8))
        else:
            # XTN: the unformatted number first, or area code (6) and local number (7)
            for cs, ce in [comps[0]] + comps[5:7]:
                if _MSG_PHONE_RE.fullmatch(text, cs, ce) or (ce - cs >= 3 and text[cs:ce].isdigit() and len(comps) > 5):
                    out.append((cs, ce, "PHONE", 0.85))


def _line_end(text, s, stops):
    e = min(len(text), s + 1000)
    for c in stops:
        i = text.find(c, s, e)
        if i >= 0:
            e = i
    return e


class StructuredMessageRecognizer(Recognizer):
    """Person data inside structured healthcare and finance messages: HL7 v2 segments (PID, NK1, GT1, IN1, and the
    clinicians of PV1, PD1, ORC and OBR at a line start), a FHIR identifier in the US SSN system, ANSI X12 segments
    (NM1, DMG, N3, REF*SY, PER*IC opening a segment after '~' or a line start and closed by '~') and the SWIFT MT fields
    50K / 50F / 59 / 59F at a line start."""

    name = "structured_message"
    reads_escapes = True
    entities = ("PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "US_SSN", "MEDICAL_RECORD_NUMBER", "PHONE")
    max_len = 100
    context_len = 8

    def analyze(self, doc, out):
        text = doc.text
        if "|" in text:
            for ls in _msg_line_starts(text, _HL7_NEEDLES, "\r\n"):
                fields = _HL7_FIELDS[text[ls:ls + 3]]
                le = _line_end(text, ls, _HL7_STOPS)
                for num, (fs, fe) in enumerate(_msg_split(text, ls + 4, le, "|"), 1):
                    kind = fields.get(num)
                    if kind and fe > fs:
                        _hl7_field(text, fs, fe, kind, out)
        if "us-ssn" in text:
            for m in _FHIR_SSN_RE.finditer(text):
                if ssn_ok(m.group(1).replace("-", "")):
                    out.append((m.start(1), m.end(1), "US_SSN", 0.9))
        if "*" in text and "~" in text:
            for ls in _msg_line_starts(text, _X12_NEEDLES, "~\r\n"):
                le = _line_end(text, ls, "~\r\n")
                if le >= len(text) or text[le] != "~":
                    continue
                self._x12(text, _msg_split(text, ls, le, "*"), out)
        if "INDI" in text or "1 NAME " in text or "1 BIRT" in text:
            self._gedcom(text, out)
        # one walk over the ":5" occurrences (times such as 12:59 among them), not a scan per tag
        ls = text.find(":5")
        while ls >= 0:
            if text.startswith(_SWIFT_TAGS, ls + 2) and (ls == 0 or text[ls - 1] in "\r\n" or text[ls - 2:ls] == "\\n"):
                self._swift(text, ls, out)
            ls = text.find(":5", ls + 2)

    @staticmethod
    def _gedcom(text, out):
        """A GEDCOM family tree: an individual's NAME ("Given /Surname/"), GIVN and SURN, the DATE of a BIRT record and
        the ADDR, ADR1, ADR2 of a residence (a record's level opens the lines of the levels below it)."""
        if _GEDCOM_GATE_RE.search(text) is None:
            return
        birth = None    # the level of the open BIRT record
        for m in _GEDCOM_LINE_RE.finditer(text):
            level, tag = int(m.group(1)), m.group(2)
            if birth is not None and level <= birth:
                birth = None
            if tag == "BIRT":
                birth = level
            elif m.group(3) is None:
                continue
            elif tag in _GEDCOM_KINDS:
                out.append((m.start(3), m.end(3), _GEDCOM_KINDS[tag], 0.9))
            elif tag == "DATE" and birth == level - 1:
                out.append((m.start(3), m.end(3), "DATE_OF_BIRTH", 0.9))

    @staticmethod
    def _x12(text, els, out):
        tag = text[els[0][0]:els[0][1]]
        vals = [text[s:e] for s, e in els]
        if tag == "NM1" and len(vals) > 3:
            if vals[2] == "1":
                for s, e in els[3:6]:
                    _msg_name(text, s, e, out)
            if len(vals) > 9 and vals[8] in ("MI", "34", "II") and _MSG_ID_RE.fullmatch(vals[9]):
                s, e = els[9]
                if vals[8] == "34":
                    if _MSG_SSN_RE.fullmatch(vals[9]):
                        out.append((s, e, "US_SSN", 0.85))
                elif _DIGIT_RE.search(vals[9]):
                    out.append((s, e, "MEDICAL_RECORD_NUMBER", 0.85))
        elif tag == "DMG" and len(vals) > 2 and vals[1] == "D8":
            s, e = els[2]
            if _MSG_DATE_RE.fullmatch(text, s, e):
                out.append((s, e, "DATE_OF_BIRTH", 0.85))
        elif tag == "N3" and len(vals) > 1:
            s, e = els[1]
            if e - s > 4 and _DIGIT_RE.search(vals[1]) and re.search(r"[^\W\d_]{2}", vals[1]):
                out.append((s, e, "STREET_ADDRESS", 0.8))
        elif tag == "REF" and len(vals) > 2 and vals[1] == "SY":
            s, e = els[2]
            if _MSG_SSN_RE.fullmatch(vals[2]):
                out.append((s, e, "US_SSN", 0.85))
        elif tag == "PER" and len(vals) > 2:
            s, e = els[2]
            _msg_name(text, s, e, out)
            for k in range(3, len(vals) - 1, 2):
                if vals[k] in ("TE", "HP", "WP", "CP", "FX"):
                    s, e = els[k + 1]
                    if _MSG_PHONE_RE.fullmatch(vals[k + 1]):
                        out.append((s, e, "PHONE", 0.85))

    @staticmethod
    def _swift(text, ls, out):
        tag_end = text.index(":", ls + 1) + 1
        structured = text[tag_end - 2] == "F"
        end = min(len(text), tag_end + 300)
        # inside a JSON string the lines are split by escaped line breaks and end at the closing quote
        esc = "\\n" if text[ls - 2:ls] == "\\n" else ""
        if esc:
            q = text.find('"', tag_end, end)
            end = end if q < 0 else q
        lines = _msg_split(text, tag_end, end, esc or "\n")
        named = False
        for s, e in lines[:5]:
            if e > s and text[e - 1] == "\r":
                e -= 1
            elif esc and text[e - 2:e] == "\\r":
                e -= 2
            if (s < e and text[s] == ":") or (s >= e and named):
                return
            if s >= e or text[s] == "/":
                continue
            if structured:
                if e - s < 3 or text[s + 1] != "/":
                    continue
                tag, s = text[s], s + 2
                if tag == "1":
                    named = True
                    _msg_name(text, s, e, out)
                elif tag == "2" and _DIGIT_RE.search(text, s, e) and re.search(r"[^\W\d_]{2}", text[s:e]):
                    out.append((s, e, "STREET_ADDRESS", 0.8))
                continue
            if not named:
                named = True
                # a firm (GMBH, LTD ...) or a one-word line: not a person, and its address is not personal data
                if text[s:e].split()[-1].rstrip(".").upper() in _SWIFT_FIRMS or " " not in text[s:e].strip():
                    return
                _msg_name(text, s, e, out)
            elif _DIGIT_RE.search(text, s, e) and re.search(r"[^\W\d_]{3}", text[s:e]):
                out.append((s, e, "STREET_ADDRESS", 0.8))
                return


def predefined_recognizers():
    return [EmailRecognizer(), NumberRecognizer(), Ipv6Recognizer(),
            SecretRecognizer(), MrnRecognizer(), DobRecognizer(), PersonRecognizer(),
            AddressRecognizer(), VcardRecognizer(), HospitalIdRecognizer(), TableIdRecognizer(),
            AzureKeyRecognizer(), StructuredMessageRecognizer()]
