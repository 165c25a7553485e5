# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A study subject ("Proband(in)") names a person; an estate agent ("Makler(in)"), a keeper ("Halter(in)"), a
transfer's counterparty and the holder of an account statement ("Kontoauszug für") weakly (firms follow as often)."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Screening-Notiz: Proband Marisa Seip, Fallnummer KCH-9073255", "Marisa Seip"),
    ("Besichtigung über Maklerin Minna Heydrich, Durchwahl 0221 2210784", "Minna Heydrich"),
    ("Tierarztbesuch: Filou, Halterin Mark Schenk, erreichbar unter 069 6217190", "Mark Schenk"),
    ("Kontoauszug für Gerolf Barkholz, BE62 5081 9505 4822", "Gerolf Barkholz"),
    ('{"date": "14.01.2020", "counterparty": "Wilma Gerlach", "amount": 5}', "Wilma Gerlach"),
])
def test_role_names_a_person(text, value):
    out = redacted(text)
    assert value not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ('{"counterparty": "Deutsche Bahn AG"}', "Deutsche Bahn AG"),
    ("Der Halter Typ B wird montiert.", "Typ B"),
    ("Kontoauszug für Stadtwerke Bonn GmbH, Mai", "Stadtwerke Bonn GmbH"),
])
def test_role_keeps_firms_and_things(text, value):
    assert value in redacted(text), text
