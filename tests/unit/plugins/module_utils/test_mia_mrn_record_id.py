# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A "record_id" among care words and the German "Patienten-Nr." name a patient's record number."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ('{"patient_name":"Jeffery White","date_of_birth":"1974-06-17","record_id":"E9523448","slot":"2022-08-23"}', "E9523448"),
    ('{\\"patient_name\\":\\"Алина Гущина\\",\\"record_id\\":\\"МК-853229\\"}', "853229"),
    ("Entlassbrief für Angelika Hölzenbecher (Patienten-Nr. FN-286899352), geboren 2. November 1973", "FN-286899352"),
    ("Patienten Nr 77120931 auf Station 3", "77120931"),
])
def test_record_id_and_patienten_nr(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ('{"table": "audit", "record_id": "EV-20240518"}', "EV-20240518"),   # no care words
    ("The record id AB-12345 was archived by the DNS job.", "AB-12345"),
])
def test_record_id_elsewhere_keeps(text, value):
    assert value in redacted(text), text
