# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import random

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import recognizers
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text", [
    "ship to 742 Evergreen Terrace, Springfield",
    "office at 1600 Pennsylvania Avenue NW",
    "billing: 12 Baker Street Apt. 4, London",
    "Flat 3\nRiverside Court, Leeds",
    "Lieferadresse: Hauptstraße 12a, 10115 Berlin",
    "wohnt in Anna-Seghers-Weg 5/2, 04109 Leipzig",
    "Adresse : 10, rue de la Paix, 75002 Paris",
    "habite au 5 bis avenue Victor Hugo",
    "адрес: ул. Ленина, д. 10, кв. 5",
    "проспект Мира, д. 12 к. 3",
])
def test_address_positive(text):
    assert "STREET_ADDRESS" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "We walked 5 miles down the road.",
    "Chapter 12 Place Settings",
    "The rue was bitter.",
])
def test_address_negative(text):
    assert "STREET_ADDRESS" not in types(text), (text, ENGINE.analyze(text))


def test_reversed_street_scan_finds_every_needle():
    needles = recognizers._FR_NEEDLES + recognizers._DE_NEEDLES
    rnd = random.Random(5)
    for trial in range(300):
        hay = "".join(rnd.choice(needles + ("a", " ", "e", "st", "\u0130")) for k in range(rnd.randint(0, 40)))
        low = recognizers.Doc(hay).lower
        found = sorted((len(low) - m.end(), m.group(0)[::-1]) for m in recognizers._STREET_REV_RE.finditer(low[::-1]))
        assert found == recognizers.Doc(hay).find_all(needles), hay


def _ru_hits_reference(doc):
    # every needle searched in every span, as before the first-letter groups
    spans = []
    for hm in recognizers._RU_HOUSE_NO_RE.finditer(doc.text):
        q = hm.start()
        if spans and q - recognizers._RU_REACH <= spans[-1][1]:
            spans[-1][1] = q
        else:
            spans.append([max(0, q - recognizers._RU_REACH), q])
    hits = []
    for a, b in spans:
        for x in recognizers._RU_NEEDLES:
            end = b + len(x)
            i = doc.lower.find(x, a, end)
            while i >= 0:
                hits.append((i, x))
                i = doc.lower.find(x, i + 1, end)
    hits.sort()
    return hits


def test_ru_hits_groups_match_every_needle_scan():
    rnd = random.Random(7)
    pieces = recognizers._RU_NEEDLES + ("д. 5", "дом 12", "д.7", " ", "а", "x" * 40, "Ул", "ПР-Т")
    for trial in range(400):
        text = "".join(rnd.choice(pieces) for k in range(rnd.randint(0, 60)))
        doc = recognizers.Doc(text)
        assert recognizers.AddressRecognizer._ru_hits(doc) == _ru_hits_reference(doc), text
    # a needle right before the house number, at the end of its span
    for x in recognizers._RU_NEEDLES:
        doc = recognizers.Doc("a" * 200 + x + "д. 5")
        hits = recognizers.AddressRecognizer._ru_hits(doc)
        assert hits == _ru_hits_reference(doc) and (200, x) in hits, x


def _en_runs_reference(doc, out):
    # the EN loop before the suffix memo: house-number test first, then every token lower-cased
    text = doc.text
    for m in doc.capseq():
        ss = m.start()
        if not recognizers._DIGIT_RE.search(text, max(0, ss - 14), ss):
            continue
        seq = m.group(0)
        if "," in seq:
            seq = seq.split(",", 1)[0]
        pos = 0
        toks = seq.split(" ")
        for k, tok in enumerate(toks):
            tl = tok.lower()
            if k and _is_suffix(tl):
                bm = recognizers._EN_BACK_RE.search(text, max(0, ss - 40), ss)
                if bm:
                    # following suffix words continue the street name (Maple Grove Rd)
                    he = ss + pos + len(tok)
                    for nxt in toks[k + 1:k + 3]:
                        if not _is_suffix(nxt.lower()):
                            break
                        tl = nxt.lower()
                        he += 1 + len(nxt)
                    recognizers.AddressRecognizer._en(doc, bm, ss + pos, he, tl, out)
                break
            pos += len(tok) + 1


def _is_suffix(tl):
    return tl in recognizers._EN_SUFFIX_SET or (tl[-1:] == "s" and tl[:-1] in recognizers._EN_SUFFIX_SET)


def test_en_runs_suffix_memo_matches_reference(monkeypatch):
    rnd = random.Random(9)
    suffixes = sorted(recognizers._EN_SUFFIX_SET)
    words = ["Baker", "Main", "Old", "StReet", "İstanbul", "Anna"] + [w.capitalize() for w in suffixes[:40]]
    words += [w.capitalize() + "s" for w in suffixes[:10]] + [w.capitalize() + "." for w in suffixes[:10]]
    seps = (" ", " ", ", ", " , ", "\n", ": ", " 12 ", "Flat 3 ", " 1600 ", "-")
    monkeypatch.setattr(recognizers, "_STREET_SUFFIX_MAX", 16)
    recognizers._STREET_SUFFIX.clear()     # earlier tests may have filled it past the small bound
    for trial in range(400):
        text = "".join(rnd.choice(words) + rnd.choice(seps) for k in range(rnd.randint(1, 20)))
        want = []
        _en_runs_reference(recognizers.Doc(text), want)
        for rep in range(2):    # cold, then warm memo
            got = []
            recognizers.AddressRecognizer._en_runs(recognizers.Doc(text), got)
            assert got == want, text
        assert len(recognizers._STREET_SUFFIX) <= 16


@pytest.mark.parametrize("text,value", [
    ("Postal address: 1454 Old Mill Lane, Tacoma, WA", "1454 Old Mill Lane"),
    ("shipped to 515 Maple Grove Rd Suite 409, Springfield", "515 Maple Grove Rd Suite 409"),
    ("home: 88 Juniper Knolls Suite 310, Apt. 12, Dover", "88 Juniper Knolls Suite 310, Apt. 12"),
    ('{"line1": "4021 Birch Burgs Unit 2B"}', "4021 Birch Burgs Unit 2B"),
    ('{"line1": "3268 Cedar Ridge Pkwy, Apt 15"}', "3268 Cedar Ridge Pkwy, Apt 15"),
    ("Flat 14, 73 Station Approach, Norwich NR2 4PD", "Flat 14, 73 Station Approach"),
    ('{"address1": "Auf der Heide 63c"}', "Auf der Heide 63c"),
    ("wohnt Am Mühlbach 174-176, 04109 Leipzig", "Am Mühlbach 174-176"),
    ("An der Alster 12 20099 Hamburg", "An der Alster 12"),
    ('{"line": ["ул. Гоголя, 184"]}', "ул. Гоголя, 184"),
    ("адрес: шоссе Энтузиастов, 45", "шоссе Энтузиастов, 45"),
    ("пр-т Мира, 7, кв. 12.", "пр-т Мира, 7, кв. 12"),
    ("Ленинский проспект, 32, Москва", "Ленинский проспект, 32"),
])
def test_address_chained_suffix_de_preposition_ru_comma(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "STREET_ADDRESS"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Am Montag 3 Termine im Kalender",
    "In Berlin 2024 war es kalt.",
    "Im Jahr 2024, als alles begann",
    "Am Ende 5, dann 6",
    "Zum Beispiel 3, 4 und 5",
    "Zum Beispiel 3\nund weiter",
    "на пл. Победы, 2024 год",
    "Перевод с англ., 2004 г.",
    "Park Lane 5",
])
def test_address_preposition_and_comma_negative(text):
    assert "STREET_ADDRESS" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("* Postal address: 9637 W 43rd St, Apt 30, Austin, TX 78701", ["9637 W 43rd St, Apt 30"]),
    ('{"line1":"1200 E 5th Ave"}', ["1200 E 5th Ave"]),
    ("Street address: 37 St Aldhelm's Way, Bath BA2 4QP", ["37 St Aldhelm's Way"]),
    ("| Straße | Zum Lerchenfeld 29a |\n| Mobil | x |", ["Zum Lerchenfeld 29a"]),
    ("Anschrift: Hinterm Kirchhof 111a, 35390 Gießen", ["Hinterm Kirchhof 111a"]),
    ("The 21st Century Group met on the 5th Street fair.", []),
    ("| Ziel | Zum Beispiel 3 |", []),
    ("Our 3 4th Grade classes", []),
])
def test_address_numbered_possessive_and_prepositional(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "STREET_ADDRESS"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "the customer at 96182 James Via, Lake Amy, NE 12345 called",
    '{"line1": "6261 Pittman Via", "city": "Lake Amy"}',
    "The council tenancy at Studio 0, Katherine Via, East Lucyport SK6 3RL is let.",
    "Your parcel is out for delivery to Flat 9, Harvey Fords, Hamiltonshire LA7A 6TY.",
])
def test_address_usps_suffixes(text):
    assert "STREET_ADDRESS" in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "We sent the form via Email to 42 people via Royal Mail.",
    "Version 2 Via Rail timetable; 3 Via Appia stops",
])
def test_address_usps_suffixes_negative(text):
    assert "STREET_ADDRESS" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    # a street named for a person with two given names, the first given name apart
    ("Anschrift: Hans Georg-Zimmer-Gasse 8/8, 12345 Berlin", "Hans Georg-Zimmer-Gasse 8/8"),
    ("Zugestellt an: Klaus Peter-Bärer-Weg 138, 80961 München", "Klaus Peter-Bärer-Weg 138"),
    # a table cell's padding is no part of the house number
    ("| Zenon Wilmsen | Kitzmannallee 3 | 34100 Kassel |", "Kitzmannallee 3"),
])
def test_address_de_whole_street(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "STREET_ADDRESS"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


def test_address_de_hyphenated_street_keeps_the_word_before():
    text = "Wir treffen uns in der Goethe-Straße 5."
    fs = [f for f in ENGINE.analyze(text) if f.type == "STREET_ADDRESS"]
    assert [text[f.start:f.end] for f in fs] == ["Goethe-Straße 5"], ENGINE.analyze(text)
