# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Linear-time growth of the eighth round's patterns (vCard, hospital ids, table ids, Azure keys, cue phrases,
msg-ids, versions after a quad, compact JSON keys, German / French spelled digits), as in test_mia_redos."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.test_mia_redos import _time

UNITS = {
    "vcard_name_escapes": "\nN:Ab\\,Cd;Ef\\;",
    "vcard_params": "\nADR;A=B;C=D:;;1 Ab\\,",
    "vcard_lines": "VERSION:3.0\nFN:Ab Cd\nBDAY:1999",
    "hospital_cues": "IPP établissement : A1-2 ",
    "hospital_card_ru": "пациент карта № 1-",
    "hospital_card_ru_back": "карта карта пациента №",
    "hospital_fhir_mrn": '{"text":"MRN","value":"1',
    "table_id_headers": "a;ssn;b\n",
    "table_id_rows": "1;123456789;2\n",
    "azure_key_names": "AccountKey=Ab1+",
    "anniversaire_of": "anniversaire de ",
    "msg_id_headers": "Message-ID: <a@b.cd>",
    "version_after_quad": "1.2.3.4 update ",
    "compact_json_keys": '"a":1234,"b":"',
    "spelled_de_fr": "sechs eins Strich deux un tiret ",
    "snils_dotted": "SNILS 832.380.751.99 ",
}


@pytest.mark.parametrize("name", sorted(UNITS))
def test_time_grows_linearly(name):
    unit = UNITS[name]
    small = unit * (65536 // len(unit))
    big = unit * (1048576 // len(unit))
    t_small = max(_time(small), 5e-3)
    t_big = _time(big)
    assert t_big / t_small <= 40, (name, t_small, t_big)
