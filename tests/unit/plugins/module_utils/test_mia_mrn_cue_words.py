# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record-number cues as clinics abbreviate them (MR#, med rec, Pat-ID, EMR id, Krankenblatt-/Aufnahme-/Fall-Nr.,
амбулаторная карта), camel-case keys, and values that name themselves by their prefix (PAT, PT#, EHR, MR-)."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Chart pulled: MR# 0042173, seen in clinic B.", "0042173"),
    ("Scan filed under MR no. 7492693 yesterday.", "7492693"),
    ("Please attach med rec # 193850071 to the referral.", "193850071"),
    ("Med. Rec. No. UL803959-ZJ was merged.", "UL803959-ZJ"),
    ("Laborbefund, Pat-ID 4455667, Station 3.", "4455667"),
    ("EMR ID HN097581971 belongs to the new admission.", "HN097581971"),
    ("EMR # 2019/004512 was closed.", "2019/004512"),
    ("Krankenblattnummer 7492693, Aufnahme am Montag.", "7492693"),
    ("Aufnahmenummer 193850071 bitte angeben.", "193850071"),
    ("Fallnr. 7492693 liegt der Kasse vor.", "7492693"),
    ("Patientenakte Nr. 7492693 wurde angelegt.", "7492693"),
    ("Dossier médical n° 7712093 transmis au médecin.", "7712093"),
    ("Амбулаторная карта № 7492693 передана в регистратуру.", "7492693"),
    ('{"patientMrn": "7492693", "ward": "B"}', "7492693"),
    ('{"chartId": "UL803959-ZJ"}', "UL803959-ZJ"),
    ('{"emrNumber": "193850071"}', "193850071"),
    ('{"patient": {"dossier_medical": "PT-977933"}}', "PT-977933"),
    ("Prescription for the lens order (record PAT3478903) was scanned.", "PAT3478903"),
    ("Registered as PT#26509311 at the front desk.", "PT#26509311"),
    ("Imported EHR11479982 from the old system.", "EHR11479982"),
    ("See MR-17931901 for the scan.", "MR-17931901"),
    ("Donor file XE0PAT636021-V? no: PAT636021-V1 only.", "PAT636021-V1"),
])
def test_record_number_cues(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "Dear Mr Norton, your order 7492693 has shipped.",
    "Dear Mr No 7492693 is not a record.",
    "Emre 4455667 won the match.",
    "Apply PATCH1234567 and COMPAT1234567 before the release.",
    "Hash a1EHR12345678ff is unchanged.",
    "Point PT#12 of the agenda.",
    "Release MR-1234567.2 is out.",
    "Build path /srv/PAT1234567/x and ref PAT1234567X stay.",
])
def test_look_alikes_are_no_record_numbers(text):
    assert "[MEDICAL_RECORD_NUMBER]" not in redacted(text)


@pytest.mark.parametrize("text, value", [
    ("Occupational health referral\nEmployee: Michelle Grimes\nOH record: OHR-36787576\nDate of birth: 11/22/1990",
     "OHR-36787576"),
    ("Student: Laure Hervé\nHealth centre record: MC842369-ER\nRequest: extension", "MC842369-ER"),
    ("GP record: SH737108-QP", "SH737108-QP"),
])
def test_a_health_service_record_label(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "Sales record: SH737108-QP",
    "Record: SH737108-QP",
    "Medical record: 2024-01-05",      # the record's date
    "OH record: 05.01.2024",
])
def test_no_record_number(text):
    assert "[MEDICAL_RECORD_NUMBER]" not in redacted(text)
