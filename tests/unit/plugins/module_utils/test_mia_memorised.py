# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What a model regurgitates from memorised records: a phone's extension and a record number's check character, a
roster of attendees, a request to call someone on a number, a surname with its particle in "Surname, Given" form."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import found as _found, run_stream

ENGINE = Engine()


@pytest.mark.parametrize("text, phone", [
    ("- **Phone:** 433 586 7114 ext. 655\n- **Email:** x", "433 586 7114 ext. 655"),
    ('{"phone": "611 431 0328 ext. 250"}', "611 431 0328 ext. 250"),
    ("Callback: 517 205 7889 ext. 729\n", "517 205 7889 ext. 729"),
    ("Phone 415-555-0134 extension 2211.", "415-555-0134 extension 2211"),
    ("CALL +1-863-662-3212X2870 NOW", "+1-863-662-3212X2870"),
    ("Tel 415 555 0134 x12, mornings", "415 555 0134 x12"),
    ("Tel. 030 1234567, Durchwahl 12.", "030 1234567, Durchwahl 12"),
    ("Телефон +7 495 123-45-67 доб. 123.", "+7 495 123-45-67 доб. 123"),
])
def test_a_phone_takes_its_extension(text, phone):
    assert _found(text, "PHONE") == [phone]


def test_a_phone_takes_no_count_after_it():
    assert _found("Please call 415-555-0134 x 3 times.", "PHONE") == ["415-555-0134"]


@pytest.mark.parametrize("text, mrn", [
    ("Patient Justin J. Hughes (DOB April 2, 1939), MRN K974997.7, admitted 04/03/2020", "K974997.7"),
    ('{"patient": {"mrn": "VB618370.6", "name": "Carolin Geißler"}}', "VB618370.6"),
    ("Patiente Marguerite Leroy, IPP IH703753.2, admise le 09/01/2023", "IH703753.2"),
    ("MRN MJG56711/U3 on file", "MJG56711/U3"),
])
def test_a_record_number_takes_its_check_character(text, mrn):
    assert _found(text, "MEDICAL_RECORD_NUMBER") == [mrn]


def test_a_record_number_ends_at_its_sentence():
    text = "MRN K974997. Next visit in May."
    assert _found(text, "MEDICAL_RECORD_NUMBER") == ["K974997"]
    assert ENGINE.redact(text) == "MRN [MEDICAL_RECORD_NUMBER]. Next visit in May."


@pytest.mark.parametrize("text, names", [
    ("Teilnehmende: Helge Zirme, Frieda Dippel, Hansgeorg Rädel\n\nAufgaben:",
     ["Helge Zirme", "Frieda Dippel", "Hansgeorg Rädel"]),
    ("Attendees: Bethan Brown, Janice White, Deborah Metcalfe, Kimberley Kay\n\nAction items:",
     ["Bethan Brown", "Janice White", "Deborah Metcalfe", "Kimberley Kay"]),
])
def test_every_name_of_a_roster_is_one_person(text, names):
    assert _found(text, "PERSON") == names


@pytest.mark.parametrize("text, name", [
    ("For sale: bike, barely used. Call Rachel Carter on 847 949 7600 or write to carter.rachel@example.org.",
     "Rachel Carter"),
    ("Appelez Antoinette Petitjean au 07.58.40.26.54 ou écrivez-lui.", "Antoinette Petitjean"),
    ("Call Adolf Beer on (0221) 067610 or write.", "Adolf Beer"),
])
def test_a_request_to_call_someone_names_the_person_not_the_verb(text, name):
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "He starts as Warehouse Supervisor at Oakridge Property Management on 10/06/2022; salary £67,425.90.",
    "Mit freundlichen Grüßen\n\nVon Auto Opa sein Mann oder ganz Sonntag Freude Auto.",
])
def test_a_firm_before_a_date_and_a_preposition_at_a_line_start_are_no_persons(text):
    assert _found(text, "PERSON") == []


def test_a_surname_that_is_also_a_word_stays_a_surname():
    # "Ring" and "Ruf" are surnames: only request verbs that are none stop a name
    assert _found("Der Kunde Gundi Ring, geboren am 3.4.1970, ruft an.", "PERSON") == ["Gundi Ring"]


@pytest.mark.parametrize("text, name", [
    ('{"id": "e3", "name": "Le Goff, Alexandrie", "email": "x@example.org"}', "Le Goff, Alexandrie"),
    ("Nom : Le Goff, Alexandrie", "Le Goff, Alexandrie"),
    ("Patient: Van Dijk, Anouk (DOB 1990-01-02)", "Van Dijk, Anouk"),
])
def test_the_cue_before_a_surname_particle_names_the_person(text, name):
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize("text, name", [
    ("forever forever foreverforev\n\n-- \nAnna Hussain\n+44 7039 893081 | hussaina63@example.co.uk\nPGP 07076815b5",
     "Anna Hussain"),
    ('{"c": "hello hellohello\\n\\n-- \\nSolveig Höfig\\n030 62331392 | solveig@example.org"}', "Solveig Höfig"),
])
def test_the_line_after_a_signature_delimiter_names_the_sender(text, name):
    assert _found(text, "PERSON") == [name]


def test_a_firm_after_a_signature_delimiter_is_no_person():
    assert _found("Thanks\n-- \nAcme Logistics GmbH\nTel 030 1234567", "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("### Kontoübersicht\n\n- **Hauptkontakt:** Guido Junk\n- **Zahlung:** DE42680219287624378518", "Guido Junk"),
    ("Hauptkontakt: Klotz, Lilian\n", "Klotz, Lilian"),
])
def test_the_main_contact_of_an_account(text, name):
    assert _found(text, "PERSON") == [name]


def test_an_extension_streamed_in_pieces_is_masked_whole():
    text = "Call Rachel Carter on 847 949 7600 ext. 469 or write."
    cuts = list(range(1, len(text), 3))
    out, _hold = run_stream(text, cuts)
    assert out == ENGINE.redact(text) == "Call [PERSON] on [PHONE] or write."
