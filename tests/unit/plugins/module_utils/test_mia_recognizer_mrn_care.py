# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record numbers among care words: a "case number" (the English "Fallnummer"), a bare "record" key in a patient
object, and the French "n° de dossier" next to a "médecin" / "infirmière"; the same words elsewhere keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("The ambulance takes Ann Lee (case number TQR40123/K2) to the ward on Monday.", "TQR40123/K2"),
    ("Discharged from hospital; case no. 5512093371, follow-up with the GP.", "5512093371"),
    ("Home care visit done by the carer, client case number HSP-4410287.", "HSP-4410287"),
    ("Der Patient wurde verlegt, case id PX-883210, Station 4.", "PX-883210"),
    ('{"patient": {"record": "KX-4411902", "name": "Ann Lee"}}', "KX-4411902"),
    ('{"admission":{"patient":{"record":"QWB30112/E4"}}}', "QWB30112/E4"),
    ('{\\"patient\\": {\\"record\\": \\"H5512093\\"}}', "H5512093"),
    ("Visite de l'infirmière chez M. Roy (n° de dossier 7712093, né le 3 mai 1950).", "7712093"),
    ("Compte rendu pour Mme Roy (n° de dossier AB77120/C3). Le médecin traitant est prévenu.", "AB77120/C3"),
])
def test_record_number_among_care_words(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ("Support case number 12345678 was closed by the vendor.", "12345678"),
    ("The court case no. 55120/24 was adjourned.", "55120/24"),
    ("Ticket case #4411902 stays open.\n\nThe patient was discharged from the ward.", "4411902"),  # other paragraph, "#"
    ('{"dns": {"record": "A12345", "ttl": 300}}', "A12345"),
    ('{"audit": {"record": "EV-20240518", "level": "info"}}', "EV-20240518"),
    ("Votre n° de dossier 7712093 pour le prêt immobilier est ouvert.", "7712093"),
])
def test_case_and_record_words_elsewhere_keep(text, value):
    assert value in redacted(text), text
