# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Role nouns before a name: carers and relatives (strong), buyers, sellers, riders, subscribers and donors (weak:
a firm follows them as often), "registered to", and the keys "nm" / "who"."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Buyer Shirley Patel says the parcel never arrived.", "Shirley Patel"),
    ("the rider Irma Hörle reported the driver.", "Irma Hörle"),
    ("Angehörige: Edit Conradi, (0151) 3360234.", "Edit Conradi"),
    ('{"notes": "Carer Anna Hodge noted no issues."}', "Anna Hodge"),
    ("Die Pflegerin Jutta Kranz kommt morgen.", "Jutta Kranz"),
    ("Le vendeur Paul Girard a répondu.", "Paul Girard"),
    ("Абонент Лонгин Третьяков обратился в поддержку.", "Лонгин Третьяков"),
    ("Покупатель Ольга Смирнова оставила отзыв.", "Ольга Смирнова"),
    ("The meter is registered to Valentine Seguin; the debit is monthly.", "Valentine Seguin"),
    ('{"rider": {"nm": "Reza Staude", "ph": "+49 69 1234567"}}', "Reza Staude"),
    ('{"from": "buyer", "who": "Ernst Kruschwitz"}', "Ernst Kruschwitz"),
])
def test_role_cue_names_a_person(text, value):
    out = redacted(text)
    assert value not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ("Buyer Acme Holdings says the parcel never arrived.", "Acme Holdings"),
    ("The rider Accidental Death Benefit applies.", "Accidental Death Benefit"),
    ("The seller Amazon Marketplace shipped it.", "Amazon Marketplace"),
    ("Contact the Carer Support Team today.", "Carer Support Team"),
    ("The meter is registered to Stadtwerke Bonn GmbH.", "Stadtwerke Bonn GmbH"),
    ('{"who": "System Update"}', "System Update"),
    ('{"nm": 532, "label": "Green Laser"}', "Green Laser"),
])
def test_role_cue_keeps_firms_and_things(text, value):
    assert value in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ("**Mitarbeitergespräch**\nFührungskraft: Rosel Kitzmann\n", "Rosel Kitzmann"),
    ("Interviewer: Dorota Krein\nScore: 4/5", "Dorota Krein"),
    ("Vorgesetzte: Saskia Hesse", "Saskia Hesse"),
    ("Reports to: Dorota Krein", "Dorota Krein"),
    ("Panel: Zoltan Jäckel, Dorota Krein", "Zoltan Jäckel"),
])
def test_an_hr_role_names_its_holder(text, value):
    out = redacted(text)
    assert value not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "08/2016 – present    Warehouse Supervisor, Lowther Valley Foods",
    "Kind regards\nRecruiter, Lindenhurst Recruitment",
    "Current position: Property Manager, Oakridge Property Management",
])
def test_a_job_title_and_its_employer_is_no_person(text):
    assert "[PERSON]" not in redacted(text)
