# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checksummed identifiers named by a label of several words, also past a reference word and spaced out digit by
digit; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text, kind", [
    ("INN as extracted: 4766915121.", "RU_INN"),
    ("INN as extracted: 4 7 6 6 9 1 5 1 2 1.", "RU_INN"),
    ("INN auf der Rechnung: 3446849453", "RU_INN"),                       # "Rechnung" is a reference word
    ("INN auf der Rechnung: 3 4 4 6 8 4 9 4 5 3", "RU_INN"),
    ("SSN laut extrahiertem Text: 7 3 1 8 7 7 6 7 7.", "US_SSN"),
    ("Passport field on the scanned form: 5905915694", "RU_PASSPORT"),     # six words back
    ("Passport field on the scanned form: 5 9 0 5 9 1 5 6 9 4", "RU_PASSPORT"),
    ("СНИЛС из скана личного дела: 85935434554", "RU_SNILS"),              # "дела" is a reference word
    ("СНИЛС из скана личного дела: 8 5 9 3 5 4 3 4 5 5 4", "RU_SNILS"),
    ("ИНН Кириллов П. Г.: 5031820059, паспорт 43 19 916621", "RU_INN"),    # the owner's initials are no clause break
    ("INN von Nina P. Preiß: 6615720117", "RU_INN"),
])
def test_identifier_behind_a_label_of_words_is_found(text, kind):
    assert kind in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Bestellnummer der Passstelle, Zweigstelle 4: 5905915694",  # a clause break ends the label
    "INN checked, invoice 3446849453",                         # a clause break ends the label
    "Invoice number for the passport office: 5905915694",
    "Order number for the passport desk: 5905915694",          # the first cue word names another thing
])
def test_label_that_names_another_thing_keeps(text):
    found = types(text)
    assert "RU_INN" not in found and "RU_PASSPORT" not in found, (text, ENGINE.analyze(text))
