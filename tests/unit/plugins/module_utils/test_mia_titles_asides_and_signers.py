# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names in official paperwork: doctors' faculties and titles in brackets, an aside between a label and its colon,
signature lines, given names that are also common words after a role, and the parties an account or a form names."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import found


@pytest.mark.parametrize("text, name", [
    ("Die eAU wurde von meiner Hausarztpraxis (Dr. Geisler) übermittelt.", "Geisler"),
    ("Befund: siehe Dr. med. Schulz.", "Schulz"),
    ("Mit freundlichen kollegialen Grüßen\n\nDr. med. Monja Pärtzelt\nOberärztin", "Monja Pärtzelt"),
    ("Gutachten: Dr. rer. nat. Monja Pärtzelt hat die Proben geprüft.", "Monja Pärtzelt"),
    ("Betreff: Krankmeldung Siegrid Hofmann-Köhler, Personalnummer VN-9652019", "Siegrid Hofmann-Köhler"),
    ("Policyholder: G. Lane\nDate of birth: 14 Jul 1994", "G. Lane"),
    ("Patient: April Miller", "April Miller"),
    ("Reporting person: April Miller (DOB Sep. 17, 1985)", "April Miller"),
    ("Goslar, den 2.4.2021\n\n______________________\nVioletta Römer\n\nBeglaubigt unter UR-Nr. 886-7501554", "Violetta Römer"),
    ("… sende ich anbei zurück.\n\nHochachtungsvoll\n\nMalgorzata Holzapfel", "Malgorzata Holzapfel"),
    ("Mère : MELNIKOVA Glafira Fedorovna\nActe n° 2019-688176", "MELNIKOVA Glafira Fedorovna"),
    ("Record no.: 99747651\nPatient name (Latin): FOKINA Fevroniya\nAdmission: 2024-06-11", "FOKINA Fevroniya"),
    ("Name (as on passport): Jana Roe", "Jana Roe"),
    ("Bitte überweisen Sie den Betrag auf das Konto DE30 4913 6537 2334 8531 95 von Simon Kühnert.", "Simon Kühnert"),
    ("Please transfer the amount to the account DE30 4913 6537 2334 8531 95 of Simon Kühnert.", "Simon Kühnert"),
    ("Auffällig: Das Geburtsdatum von Pietro Hertrampf ist mit 1961-01-21 angegeben.", "Pietro Hertrampf"),
    ("* Empfänger: Mahmut Hartung und Pietro Hertrampf (Zusammenveranlagung)", "Pietro Hertrampf"),
    ("- Bailleur : Jean LÉGER, demeurant 97 bis, rue Manon Perrier", "Jean LÉGER"),
    ("- Landlord: Alexandrie FAURE; tenant: Michèle GUÉRIN (born 1 Oct 1982)", "Alexandrie FAURE"),
    ("**Debrief — Susi Briemer** (candidate CAND-662295)\n\n- Strong on system design.", "Susi Briemer"),
    ("Ankunft: 21.01.2025\nMitreisende: Friedo Lorch\nZimmer 1010", "Friedo Lorch"),
    ("Tisch am 19.11.2026 um 13:05 Uhr auf den Namen Berndt Drewes reserviert.", "Berndt Drewes"),
    ("Chambre n° 602\nNOM : HOWARD\nPrénoms : Abigail\nDate de naissance : 27/02/1985", "HOWARD"),
    ('{"guests": [{"first_name": "June", "last_name": "Weston"}]}', "June"),
    ("- Neuer Termin: 10. Mai 2020\n- Bearbeitet von Urte Schuchhardt", "Urte Schuchhardt"),
    ("Zeuge: Er hat sich als Brunhild Schmiedt vorgestellt.", "Brunhild Schmiedt"),
    ("Свидетель: Представился как Кондратий Уваров.", "Кондратий Уваров"),
    ("- Оператор: Наина Наумова", "Наина Наумова"),
])
def test_names_in_paperwork(text, name):
    assert name in found(text, "PERSON"), text


@pytest.mark.parametrize("text", [
    "Prof. Dr. med. Anna Schulz",   # the second title is no surname
    "Prof. Dr. Schulz",
])
def test_a_title_is_no_name_of_its_own(text):
    assert not [p for p in found(text, "PERSON") if "Schulz" not in p], text


@pytest.mark.parametrize("text", [
    "The report from May Street Council",       # a month before a place word
    "Patient: May 2024 report",
    "Abteilung Einkauf, Personalnummer 123",
    "the account 4711 of Acme Holdings Ltd",
    "Landlord: Acme PROPERTIES",
    "Owner: Jane Roe and Partners Ltd",         # the conjunction joins a firm's name
    "The Data Platform (candidate for deprecation)",
    "Die Namen der Räume: Blauer Salon, Grüner Saal",
    '{"first_name": "Test", "last_name": "User"}',
    "Das hat sich als Fehler erwiesen, sagt die Stadtwerke Auental.",
])
def test_no_person(text):
    assert [p for p in found(text, "PERSON") if p != "Jane Roe"] == [], text


@pytest.mark.parametrize("text, number", [
    ("Field 5 — Social Security number (if previously issued): 228855298\nField 6 — Home address: 3111 Amber Way",
     "228855298"),
])
def test_a_date_word_in_an_aside_leaves_the_label(text, number):
    assert found(text, "US_SSN") == [number]


def test_a_date_word_alone_names_no_identifier():
    assert found("Issued: 123456789", "US_SSN") == []
