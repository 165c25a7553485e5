# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Russian transliteration "pasport" names a passport key, and a passport label of several words before
its colon ("passport on file: 4510 123456") cues the number."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ('{"sotrudnik": {"fio": "Ivan Petrov", "pasport": "6502 982395"}}', "6502 982395"),
    ('{"pasport":"2419352217"}', "2419352217"),
    ('{"nomer_pasporta": "4510 123456"}', "4510 123456"),
    ("passport on file: 6601 134312.", "6601 134312"),
    ("Passport details as scanned: 4510 123456", "4510 123456"),
])
def test_ru_passport_transliterated_key_and_label(text, value):
    out = redacted(text)
    assert value not in out and "[RU_PASSPORT]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "order on file: 6601 134312.",                     # no passport word
    "Passport office closed; queue on screen: 6601 134312",   # the clause ends before the label
])
def test_passport_label_needs_the_word_on_its_clause(text):
    assert "[RU_PASSPORT]" not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    # a JSON identity document: its type names a passport, before or after the number member
    ('{"document":{"type":"PS","number":"5218998341","issuing_country":"RUS","expiry":null}}', "5218998341"),
    ('{"identifier": [{\n  "type": {\n    "text": "passport"\n  },\n  "value": "4511 444607"\n}]}', "4511 444607"),
    ('{"document": {"number": "4511444607", "country": "RUS", "type": "passport"}}', "4511444607"),
    # the German name of the internal passport
    ("Feld 13 – Nummer des Inlandspasses (falls vorhanden): 4005 147233", "4005 147233"),
    # the answer to a request for it, in a timed turn and in the next subtitle
    ("(00:01:59) Агент: И паспорт: серия и номер.\n(00:02:16) Абонент: 9220320137.\n", "9220320137"),
    ("00:03:46,707 --> 00:03:50,177\nИ паспорт: серия и номер.\n\n11\n00:03:52,465 --> 00:03:59,063\n5020 233090.\n",
     "5020 233090"),
])
def test_ru_passport_document_objects_and_answers(text, value):
    out = redacted(text)
    assert value not in out and "[RU_PASSPORT]" in out, (text, out)


def test_document_of_another_type_keeps_its_number():
    assert "4511444607" in redacted('{"document": {"type": "invoice", "number": "4511444607"}}')


def test_passport_label_before_its_number_is_no_name():
    out = redacted("• Name — Elise Boucsein\n• Russischer Inlandspass — 3606267985\n")
    assert "Russischer Inlandspass" in out and "[RU_PASSPORT]" in out, out
