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
