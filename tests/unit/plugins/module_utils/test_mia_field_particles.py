# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A surname's lower-case particle where it opens a field's value ("Inhaber: von Ahlefeldt, Anneliese"), a German noun
and "zu" before a full name ("mit Bezug zu Hans Becker"), a name after a German perception verb's "wie", a name part's
key after a role (contactFirstName); and the prepositions, organisations and keys those readings must keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found


@pytest.mark.parametrize("text, name", [
    ("Inhaber: von Ahlefeldt, Anneliese", "von Ahlefeldt, Anneliese"),
    ("- Porteur : de La Tour, Clothilde\n- Carte : 4705471106194767", "de La Tour, Clothilde"),
    ('{"display_name": "de Villepin, Loïc", "upn": "loic@example.org"}', "de Villepin, Loïc"),
    ('{"name": "van der Merwe, Tomasz"}', "van der Merwe, Tomasz"),
    ("Kontoinhaber=von der Heyde, Friedemann", "von der Heyde, Friedemann"),
])
def test_a_particle_that_opens_the_field_belongs_to_the_surname(text, name):
    assert found(text, "PERSON") == [name], ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    # in prose "de" / "von" stay prepositions before "Surname, Given"
    ("Voir le dossier de Roux, Anne pour la suite.", "Roux, Anne"),
    ("Die Akte von Becker, Hans liegt vor.", "Becker, Hans"),
])
def test_a_particle_in_prose_stays_outside_the_name(text, name):
    assert found(text, "PERSON") == [name], ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Eingänge überwiegend von Konten mit Bezug zu Hans Becker; Weiterleitung an DE04 0508 9000 0000 0000 00.", "Hans Becker"),
    ("Ich habe gesehen, wie Catrin Reinhardt gegen 22 Uhr die Kellertür aufbrach.", "Catrin Reinhardt"),
    ("Wir haben beobachtet, wie Jonte Harms das Fahrzeug verließ.", "Jonte Harms"),
])
def test_names_after_zu_and_after_a_perception_verb(text, name):
    assert name in found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Die Vorgaben zu Datenschutz Grundverordnung und Aufbewahrung gelten weiter.",
    "Ich habe gesehen, wie schnell das ging.",
    "Wie Stadtwerke Auental mitteilen, ist die Störung behoben.",
])
def test_german_phrases_keep(text):
    assert found(text, "PERSON") == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, names", [
    ('{"contactFirstName": "Jana", "contactLastName": "Roe"}', ["Jana", "Roe"]),
    ('{"recipientFirstName": "Алексей", "recipientLastName": "Рябов", "QID1": 7}', ["Алексей", "Рябов"]),
    ("patient_first_name: Jana\npatient_last_name: Roe\n", ["Jana", "Roe"]),
])
def test_name_part_keys_after_a_role(text, names):
    assert found(text, "PERSON") == names, ENGINE.analyze(text)


def test_keys_that_only_mention_a_name_part_keep():
    text = '{"hasLastName": true, "username": "jroe", "lastNameLength": 3, "fileName": "Report"}'
    assert found(text, "PERSON") == [], ENGINE.analyze(text)
