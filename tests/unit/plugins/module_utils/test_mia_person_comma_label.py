# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
""""Surname, Given": a label after the comma ("Fallnummer", "Aktenzeichen", "Geburtsdatum") is no given name, so the
name stops before it and the label stays."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, label", [
    ("Kunde Marisa Seip, Fallnummer KCH-9073255", "Fallnummer"),
    ("Patientin Quorra Vantablek, Aktenzeichen 44120/21", "Aktenzeichen"),
    ("Kunde Quorra Vantablek, Geburtsdatum 12.03.1980", "Geburtsdatum"),
])
def test_label_after_comma_stays(text, label):
    out = redacted(text)
    assert label in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ("Patient Roe, Jane was seen today.", "Roe, Jane"),
    ("Kunde Wheeler, Krista hat angerufen.", "Wheeler, Krista"),
])
def test_surname_given_still_masked(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, adverb", [
    ("Yesterday, Emily called about the invoice.", "Yesterday"),
    ("Hier, Paul m'a appelé au sujet du contrat.", "Hier"),
    ("Gestern, Anna hat wegen der Rechnung angerufen.", "Gestern"),
    ("Done. Ensuite, Lucie a répondu au client.", "Ensuite"),
    ("Вчера, Анна звонила по поводу счёта.", "Вчера"),
])
def test_adverb_opening_a_sentence_is_no_surname(text, adverb):
    # "Word, Given" opening a sentence that goes on in lower case: an adverb and the person addressed or the subject
    assert adverb in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ("Quorravant, Emily\nDOB: 12.03.1980", "Quorravant"),
    ("Signed: Quorravant, Emily", "Quorravant"),
    ("Smith, Emily called about the invoice.", "Smith"),
])
def test_inverted_name_outside_prose_still_masked(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ("- [ ] Legal name: Herbert, Annette\n- [ ] Date of birth: on file", "Annette"),
    ("Patient: Herbert, Quorra", "Quorra"),
])
def test_a_surname_that_is_a_given_name_then_an_unknown_given_name(text, value):
    out = redacted(text)
    assert value not in out and "Herbert" not in out, (text, out)


def test_a_department_after_the_comma_stays():
    assert "Marketing" in redacted("Name: Jana, Marketing")
