# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A name followed by its record number in brackets ("Jane Roe (patient ID …)", "(Patienten-ID …)",
"(hospital no. …)", "(n° de dossier …)") is a person, as before "(DOB …)" and "(MRN …)"."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Pflegedokumentation: Ortwin Schlosser (Patienten-ID 1181814, geb. 25.6.1947) wurde heute besucht.", "Ortwin Schlosser"),
    ("Pflegedokumentation: Herrmann, Sahin (Patienten-ID H46890443) wurde besucht.", "Herrmann, Sahin"),
    ("Transport booked for Lisbeth Gerlach (hospital no. 774368375) on Monday.", "Lisbeth Gerlach"),
    ("Compte rendu pour Victoire Loiseau (n° de dossier 7319011446).", "Victoire Loiseau"),
    ("Visit for Quorra Vantablek (patient ID QX1234) today", "Quorra Vantablek"),
])
def test_name_before_its_record_number(text, value):
    out = redacted(text)
    assert value not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ("Ward Seven (Patient Transport) leaves at noon.", "Ward Seven"),
    ("Release Notes (patient portal) were updated.", "Release Notes"),
])
def test_bracket_without_a_record_number_keeps(text, value):
    assert value in redacted(text), text
