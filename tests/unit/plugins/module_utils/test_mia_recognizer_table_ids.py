# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""National identifiers in a text-table column named for them (or a generic id column + checksum)."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


@pytest.mark.parametrize("text, value, etype", [
    ("id;name;ssn;updated\n7;Ann Lee;219451234;2024-01-02\n8;Bo Kim;301-22-4567;2024-01-03\n", "219451234", "US_SSN"),   # en
    ("nr,name,steuer_id_ssn,ort\n1,Jens,523719421,Köln\n2,Uta,523719422,Bonn\n", "523719421", "US_SSN"),
    ("row|client_name|inn|date\n1|ООО Ромашка|7707083893|2020\n2|ИП Ли|500100732259|2021\n", "7707083893", "RU_INN"),     # ru
    ("n;фио;паспорт;город\n1;Ли Ян;4509 123456;Москва\n2;Ан Бо;4510 654321;Тверь\n", "4509 123456", "RU_PASSPORT"),
    ("n;nom;snils;ville\n1;Léa;112-233-445 95;Paris\n2;Noé;112-233-445 95;Lyon\n", "112-233-445 95", "RU_SNILS"),   # fr
    ("row_id;full_name;id_value;updated\n1;Ия Ли;7707083893;2021\n2;Ян Бо;4509 123456;2022\n", "4509 123456", "RU_PASSPORT"),
    ("row_id;full_name;id_value;updated\n1;Ия Ли;7707083893;2021\n2;Ян Бо;4509 123456;2022\n", "7707083893", "RU_INN"),
    ('{"national_id": "219451234", "dob": "1980-01-02"}', "219451234", "US_SSN"),
])
def test_table_id_positive(text, value, etype):
    found = [(f.type, text[f.start:f.end]) for f in ENGINE.analyze(text)]
    assert (etype, value) in found, (text, found)


@pytest.mark.parametrize("text", [
    "id;name;ssn;updated\n7;Ann Lee;n/a;2024-01-02\n8;Bo Kim;666123456;2024-01-03\n",     # en: invalid SSN area
    "id,beginning,dinner,winner\n1,123456789,5018750606,7707083893\n",                      # en: "inn" inside words
    "row|id_value|qty\n1|7707083894|3\n2|1234 56|4\n",                                      # bad INN checksum, short
    "nr;kunden_id;betrag\n1;4509 123456;12,00\n2;523719421;13,50\n",                        # de: customer id column
    "n;numéro_client;montant\n1;4509 123456;12\n",                                          # fr
    "n;id;сумма\n1;219451234;10\n2;219451235;11\n",                                         # ru: a row id column
])
def test_table_id_hard_negatives(text):
    found = [(f.type, text[f.start:f.end]) for f in ENGINE.analyze(text)
             if f.type in ("US_SSN", "RU_INN", "RU_SNILS", "RU_PASSPORT")]
    assert not found, (text, found)
