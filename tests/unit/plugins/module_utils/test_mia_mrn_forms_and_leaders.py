# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Record numbers in forms: dot leaders, table cells, dashes, hospital unit numbers, "Pat.-Nr.", "карта" among care
words, nested value objects and document-AI fields; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

MRN = "[MEDICAL_RECORD_NUMBER]"


@pytest.mark.parametrize("text, value", [
    ("MRN ........................... OO600963-D7", "OO600963-D7"),                                 # OCR dot leaders
    ("Patienten-ID .................. PAT-435055159", "PAT-435055159"),
    ("| Hospital No. | HGV5174115 |", "HGV5174115"),                                              # a table cell border
    ("| Pat.-Nr. | PAT-078743632 |", "PAT-078743632"),
    ("– Pat.-Nr. — 614SC6932", "614SC6932"),                                                      # a dash
    ("Re: Rebecca Wells, DOB 25/09/2006, Unit No. 6197196\nYour patient was admitted on 06/02/2025.", "6197196"),
    ("Dr Roger refers Alice Guillet (DOB 17/01/1938, Unit No. KAF1921587) because of palpitations.", "KAF1921587"),
    ("Захарова Евгения (дата рождения 21.10.1960, карта 71145821) находилась в стационаре", "71145821"),
    ('{"patient": "x", "record_no": {"val": "GT349882-Q4", "conf": 0.916}}', "GT349882-Q4"),     # a nested value
    ('{\\"patient\\": 1, \\"record_no\\": {\\"val\\": \\"GT349882-Q4\\", \\"conf\\": 0.9}}', "GT349882-Q4"),
    ('{"field_name": "Patienten-ID", "normalized": "4019322", "score": 0.974}', "4019322"),     # document-AI fields
    ('{"label": "№ медкарты", "text": "LN555710-F4", "conf": 0.918}', "LN555710-F4"),
    ("Le Dr Marty adresse Patrick Leconte (né le 25/06/1999, dossier n° NIP#8854249) pour des migraines", "NIP#8854249"),
])
def test_record_number_in_a_form_is_masked(text, value):
    out = redacted(text)
    assert value not in out and MRN in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("2. Customs MRN – 22NLKCBNBNSTOX7LY9", "22NLKCBNBNSTOX7LY9"),      # a customs Movement Reference Number
    ("The unit no. 4471 was shipped on Monday to our customer.", "4471"),
    ("Unit No. 20417 of the fleet was serviced in March.", "20417"),       # no care words around
    ("Карта № 40817810 заблокирована банком.", "40817810"),               # a bank's card, no care words
    ("MRN " + "." * 30 + " see attached", "see attached"),
    ('{"field_name": "Order", "normalized": "4019322"}', "4019322"),
])
def test_look_alikes_are_kept(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))
