# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Birth dates marked by a genealogy's asterisk and under ASCII / transliterated keys ("ne_le", "dr"), a combo list's
passwords as JSON array elements, a password statement that quotes its value before the next line's token, a French
patient identifier glued to its label ("IPP214231997"); and the look-alikes that keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found


@pytest.mark.parametrize("text, etype, values", [
    ("Person 60968: Kati Herrmann, * 12.07.1979, † 14.11.2023. Quelle: Kirchenbuch 749175136.",
     "DATE_OF_BIRTH", ["12.07.1979"]),
    ("Lebenslauf: Jana Roe (* 3. Mai 1950 in Köln)", "DATE_OF_BIRTH", ["3. Mai 1950"]),
    ('{"nom": "Alfred Cousin", "ne_le": "21/07/1982", "cours": "yoga"}', "DATE_OF_BIRTH", ["21/07/1982"]),
    ('{"fio": "Блинова Светлана Никифоровна", "dr": "08.01.2005"}', "DATE_OF_BIRTH", ["08.01.2005"]),
    ('{"eintraege": [\n    "kallert_lucia@mailbox.org:pixel_2004JD",\n    "siering_marlis@web.de:LyonZebra532#"\n  ]}',
     "API_KEY", ["pixel_2004JD", "LyonZebra532#"]),
    ("Account jo@example.org logged in at 2023-02-07T14:07:06Z; password was `DxS@vN0dXx@9!SivJKk`.\n"
     "Token seen in logs: eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9", "API_KEY",
     ["DxS@vN0dXx@9!SivJKk", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"]),
    ('{"dossier_hopital": "IPP214231997"}', "MEDICAL_RECORD_NUMBER", ["IPP214231997"]),
])
def test_found(text, etype, values):
    assert found(text, etype) == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text, etype", [
    ("* 12.07.1979 release notes\n- Preis: 12, * 12.07.1979", "DATE_OF_BIRTH"),
    ('{"machine_level": "21/07/1982", "dr": "Dr. Roe"}', "DATE_OF_BIRTH"),
    ('{"hosts": ["git@github.com:org/repo.git", "jane@host:8080"]}', "API_KEY"),
])
def test_kept(text, etype):
    assert found(text, etype) == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, etype, kept", [
    ('{"servis": "stream-auth", "versiya": "9.17.3.32", "app": "1.38.19.67"}', "IPV4", ["9.17.3.32", "1.38.19.67"]),
    ("1 SOUR FamilyTreeApp\n2 VERS 4.26.13.134\n", "IPV4", ["4.26.13.134"]),
    ("0 @I1@ INDI\n1 NAME Brian Ross\n2 PLAC Port Thomas\n", "STREET_ADDRESS", ["2 PLAC Port"]),
    ("Avis n° 0100923983 — véhicule PG-217-FX. Mitgliedsnummer 01478465240.", "PHONE", ["0100923983", "01478465240"]),
    ("Monthly fees will be collected by Direct Debit from your account.", "PERSON", ["Direct Debit"]),
    ("Verkäufer Gerda Wohlgemut: Ist noch da, 66,61 € VB.\nVerkäufer: Klar, gern.\nKäufer Celal Weller: Super, danke!\n",
     "PERSON", ["Verkäufer"]),
])
def test_versions_places_ids_and_roles_keep(text, etype, kept):
    out = ENGINE.redact(text)
    assert all(k in out for k in kept), (out, ENGINE.analyze(text))


def test_a_plain_ip_under_a_key_ending_in_app_is_still_found():
    assert found('{"server_app": "10.1.2.3", "client": "24.9.46.96"}', "IPV4") == ["10.1.2.3", "24.9.46.96"]
