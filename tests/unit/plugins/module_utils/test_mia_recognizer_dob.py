# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text", [
    "DOB 04/07/1981",
    "date of birth: 1975-12-31",
    '{"birthDate": "31.12.1975"}',
    "born on March 3, 1960",
    "geboren am 12. März 1980",
    "né le 14 juillet 1972",
    "дата рождения 5 мая 1990",
    "дата рождения 05.05.1990",
])
def test_dob_positive(text):
    assert "DATE_OF_BIRTH" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "invoice date 04/07/2021",
    "the meeting on March 3, 2024",
    '{"created": "2023-05-02T01:57:09Z"}',
    "erstellt am 12.03.2020",
])
def test_dob_negative(text):
    assert "DATE_OF_BIRTH" not in types(text)
