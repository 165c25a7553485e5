# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Digits spelled in German and French (with Strich / tiret), SNILS under its cue in any grouping."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text, etype", [
    ("SSN sechs eins acht Strich null sieben Strich sechs null acht drei. Danke", "US_SSN"),                  # de
    ("Rufen Sie an: null eins sieben eins Strich zwei drei vier fünf sechs sieben acht.", "PHONE"),
    ("SNILS deux six huit tiret six un un tiret deux un deux sept six. Merci", "RU_SNILS"),                  # fr
    ("appelez le zéro sept six sept neuf huit six un un zéro. ", "PHONE"),
    ("SNILS nine two one dash one six six dash eight four seven zero one. Thanks", "RU_SNILS"),            # en
    ("СНИЛС 832.380.751.99; пишите", "RU_SNILS"),                                                            # ru
    ("SNILS 268-611-21276.", "RU_SNILS"),
])
def test_spelled_and_regrouped_ids(text, etype):
    assert etype in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Wir haben acht oder neun Leute eingeladen, null Problem.",          # de prose numbers
    "Er kam um drei, sie um vier, wir um sechs.",
    "Il a acheté un deux pièces pour trois cent mille euros.",         # fr prose numbers
    "On part à sept heures, huit au plus tard, neuf si besoin.",
    "Mannschaft: eins zu null gewonnen.",
    "version 832.380.751.99 ok",                                         # dotted without a SNILS cue
    "SNILS 832.380.751.98",                                              # bad checksum
    "Сборка 832.380.751.99 готова",                                      # ru: a build
])
def test_spelled_and_regrouped_hard_negatives(text):
    found = [t for t in types(text) if t in ("US_SSN", "PHONE", "RU_SNILS", "RU_INN", "CREDIT_CARD")]
    assert not found, (text, ENGINE.analyze(text))
