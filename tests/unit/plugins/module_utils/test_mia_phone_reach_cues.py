# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Phone cues: "can be reached at", "reachable on", "erreichbar unter", and the key "ph" (not "pH 7.4")."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Next of kin Melissa Berger can be reached at 06221 96671303. Medication round done.", "06221 96671303"),
    ("Next of kin Громов М. Г. can be reached at 89038988403.", "89038988403"),
    ("Sie ist erreichbar unter 06221 96671303.", "06221 96671303"),
    ("He is reachable on 0612345678 after six.", "0612345678"),
    ('{"ph": "06221/07844857"}', "06221/07844857"),
    ('{"nm":"Minna Pieper","ph":"06221/07844857"}', "06221/07844857"),
])
def test_reach_and_ph_cue_a_phone(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ("The goal was reached at 12345678 users.", "12345678"),
    ("pH 7.4 measured; sample 20240518", "20240518"),
    ('{"ph": 7.4, "sample": "20240518"}', "20240518"),
])
def test_reach_and_ph_elsewhere_keep(text, value):
    assert value in redacted(text), text


@pytest.mark.parametrize("text, name", [
    ("If the bank asks, Quorra Vantablek can be contacted at +1 833 959 8938.", "Vantablek"),
    ('{"note": "Звонок Квирре Вантаблек по номеру 8 (812) 782-14-97, не ответил(а)."}', "Вантаблек"),
    ("Anruf Quorra Vantablek unter 0176 30063228.", "Vantablek"),
])
def test_the_person_reached_at_a_number(text, name):
    out = redacted(text)
    assert name not in out, out
    assert "Звонок" in out or "Anruf" in out or "If the bank" in out, out
