# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A record line of a patient, an insured person, an applicant or a pupil gives the holder's birth date right after the
name, without a birth word: "Застрахованный: Гурьев Пимен Глебович, 18.09.1979", "Patient: Jane Roe (12.03.1979)"."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


def _dobs(text):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "DATE_OF_BIRTH"]


@pytest.mark.parametrize("text, value", [
    ("Застрахованный: Гурьев Пимен Глебович, 18 сентября 1979\nНомер убытка: BKG-2025-671555\n", "18 сентября 1979"),
    ("Patient: Jane Roe (12.03.1979)\n", "12.03.1979"),
    ("**Insured:** Jane Roe, 12/03/1979\nClaim no: 4455\n", "12/03/1979"),
    ("Antragstellerin: Jana Roe, 1988-02-29\nEingang: 2024-05-02\n", "1988-02-29"),
    ("Élève : Jeanne Roe, 4 mai 2012\n", "4 mai 2012"),
])
def test_birth_date_after_a_role_holders_name(text, value):
    assert _dobs(text) == [value], ENGINE.analyze(text)
    assert value not in redacted(text)


@pytest.mark.parametrize("text", [
    # a year nearby less than 14 years later: the visit's or the claim's date
    "Patient: Jane Roe, 12.03.2020\nVisit: 01.02.2024\n",
    # a guest's or a passenger's date is the stay's or the flight's as often
    "Guest: Jane Roe, 12.03.1979\n",
    # the date does not close the line: a range or a note follows
    "Patient: Jane Roe, 12.03.2024 – 15.03.2024\n",
    # no role before the name
    "Meeting with Jane Roe, 12.03.1979\n",
])
def test_other_dates_after_names(text):
    assert _dobs(text) == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ('{"content": "Notes\\nPatient: Jane Roe, 12.03.1979\\nSeen today."}', "12.03.1979"),
    ('{"content": "Patient: Jane Roe, 12.03.1979"}', "12.03.1979"),
    ('{"message": {"content": "Стоматология. Пациент: Носова Нинель Мироновна, 02.11.1980. Коронка на зуб 36."}}', "02.11.1980"),
])
def test_birth_date_after_a_role_holders_name_in_a_json_string(text, value):
    assert _dobs(text) == [value], ENGINE.analyze(text)
