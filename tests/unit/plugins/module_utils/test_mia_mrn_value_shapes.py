# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record-number shapes after an MRN cue: a Cyrillic letter prefix ("АК576842", "МК-887478") and a capital-letter
prefix set off by a space ("NIP 32410951")."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ('{"patient": {"name": "Антонов Лев", "mrn": "АК414490"}}', "АК414490"),
    ("Дарья Егорова, медкарта № МК-887478.", "887478"),
    ('{"name": "Antoine Bouchet", "mrn": "NIP 32410951"}', "NIP"),          # the prefix goes with the number
    ("MRN: PID 7712093, ward 4", "PID"),
])
def test_mrn_prefixed_values(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ("MRN for 1234567 pending", "for"),              # a lower-case word is no prefix
    ("MRN: AB 12, see notes", "AB 12"),              # too few digits
    ("MRN pending until tomorrow", "pending"),
])
def test_mrn_prefix_shapes_keep_words(text, value):
    assert value in redacted(text), text
