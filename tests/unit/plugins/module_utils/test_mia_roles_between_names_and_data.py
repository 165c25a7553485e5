# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names before their owner's data with a role between (in brackets or as a phrase), before a genealogy's birth asterisk,
after a role of a thing as a label ("Titulaire du certificat : X"), a player, transliterated Russian keys; and the
look-alikes that keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found


@pytest.mark.parametrize("text, names", [
    ("Anastasios Köster (Anwohnerin) – +49 171 25083891 – wohnt Noackgasse 10, 08370 Dieburg.", ["Anastasios Köster"]),
    ("Сазонова Нинель, юрист профсоюза, +7 919 089 93 50", ["Сазонова Нинель"]),
    ("Thibaut Grenier, chauffeur de taxi, 06 11 24 14 19, 127, rue Lefort", ["Thibaut Grenier"]),
    ("Person 2613: Marica Radisch, * 23. Juli 1995 in Dresden", ["Marica Radisch"]),
    ("Titulaire du certificat : Aurore Ribeiro\n58 bis, avenue Constant", ["Aurore Ribeiro"]),
    ("Holder of the account: Mark Evans", ["Mark Evans"]),
    ("Player Bernard Allen reported it via 020 8561 9803.", ["Bernard Allen"]),
    ('{"arendator": {"familiya": "Мухина", "imya": "Елена"}}', ["Мухина", "Елена"]),
    ('{"zakaz": "8959234293", "passazhir": "Зуева Анжелика"}', ["Зуева Анжелика"]),
])
def test_names_found(text, names):
    assert found(text, "PERSON") == names, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Date of issue: Summer Sale. Manager of Operations: Global Sales",
    "the Player Settings Menu. Player Two wins. Players Guide",
    "Kundenservice (Hotline) – 0800 123 4567",
])
def test_kept(text):
    assert found(text, "PERSON") == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, etype, values", [
    ("Водитель Фoмин Уcтин, звонить", "PERSON", ["Фoмин Уcтин"]),
    ("Chauffeur Nicole Hoareau, tél. zéro sept un huit cinq sept neuf quatre sept huit, course TR-N2NA7WLN",
     "PHONE", ["zéro sept un huit cinq sept neuf quatre sept huit"]),
    ("Rückfragen unter plus vier neun eins sieben sechs null vier null null vier null acht acht. Danke.",
     "PHONE", ["plus vier neun eins sieben sechs null vier null null vier null acht acht"]),
    ("Geburtstag von Meinrad Preiß: 26.10.1981.", "PERSON", ["Meinrad Preiß"]),
])
def test_drivers_and_spelled_german_french_numbers(text, etype, values):
    assert found(text, etype) == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Il y a sept ans, un homme et quatre femmes sont venus, huit jours plus tard.",
    "Sieben Tage, sechs Nächte und neun Ausflüge: das Paket für zwei.",
    "Chauffeur Privé Paris",
])
def test_counted_words_and_services_keep(text):
    assert ENGINE.analyze(text) == [], ENGINE.analyze(text)
