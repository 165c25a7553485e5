# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names with lower-case particles, initials before a surname, Russian surnames in capitals before given name and
patronymic, given names of the lexicon before a surname in capitals, and record numbers after markdown labels or with
longer prefixes (the eighteenth round, read from probe S: model answers)."""
from __future__ import annotations

import pytest

from mia_helpers import redacted


@pytest.mark.parametrize("text, name", [
    ("Name: Milena van den Warmer", "Milena van den Warmer"),
    ("Voici la fiche : **Nom:** Célina de Laroche", "Célina de Laroche"),
    ("Customer Anna van der Berg called back.", "Anna van der Berg"),
    ("Michelle R. van der Rookstow <mrookstow@aol.com>", "Michelle R. van der Rookstow"),
    ('"echo": "O. van den Naser <naser88@icloud.com>"', "O. van den Naser"),
    ("Done - refund for E. G. Karz queued as req_1.", "E. G. Karz"),
    ("I've updated the record for В. Ф. Ковылёв. The new address follows.", "В. Ф. Ковылёв"),
    ("Merci, J. Gray", "J. Gray"),
    ("**ФИО:** СЕРГЕЕВА Олимпиада Вениаминовна", "СЕРГЕЕВА Олимпиада Вениаминовна"),
    ('"snippet": "БАРАНОВ Будимир Исидорович, пр. Вишневый, д. 266"', "БАРАНОВ Будимир Исидорович"),
    ("Done - refund for Morgan BROWN queued as SO-1.", "Morgan BROWN"),
    ("Hello, this is Marisol Bentworth, calling about my card", "Marisol Bentworth"),
    ('"snippet": "HAMMOND, Cormac, 458 Karl Glen, East Jayneside"', "HAMMOND, Cormac"),
    ("Per source [1], JENKINS, Leon can be reached at the desk.", "JENKINS, Leon"),
    ("1. Kunde: VAN DEN WEITZEL, Julian (julian-weitzel@example.org)", "VAN DEN WEITZEL, Julian"),
    ("Per source [1], Linda-Oliver GILL can be reached at the desk.", "Linda-Oliver GILL"),
    ("Kunde: Claus-Dieter HEIDRICH", "Claus-Dieter HEIDRICH"),
])
def test_names_are_redacted_whole(text, name):
    out = redacted(text)
    assert "[PERSON]" in out
    assert not any(word.strip(",") in out for word in name.split() if len(word) > 2 and word not in ("van", "den", "der"))


@pytest.mark.parametrize("text", [
    "Rapport de Dupont",                        # a noun before the particle: a preposition
    "le Rapport de Dupont est prêt",
    "La Banque de France a répondu.",
    "U. S. Army records were moved.",           # initials that spell a country
    "Rechnung BK-223TDV. Winter fertig",        # a letter that ends a code is no initial
    "Please see the README before the TODO list.",
    "Router von G. Roe",                        # the noun and its preposition stay
    "Dossier de Jane Roe",
    "BERLIN, Germany",                          # a dateline: neither word is a name of the lexicon
    "WARNING, Disk almost full",
    "This is Quarterly Planning, the second part",
])
def test_look_alikes_keep_their_words(text):
    out = redacted(text)
    for word in ("Rapport", "Banque", "France", "Army", "Winter", "README", "Router", "Dossier", "BERLIN", "Germany", "Disk",
                 "Quarterly"):
        if word in text:
            assert word in out, out


@pytest.mark.parametrize("text, value", [
    ("**Geburtsdatum:** 24. Januar 1965  \n**Fallnummer:** PID-82195698  \n**Aufnahme:** 01.03.2020", "82195698"),
    ("**Date of birth:** 10/17/1977  \n**Record no.:** UKE-920008  \n**Admitted:** May 18, 2017", "920008"),
    ('{"dateOfBirth": "1938-04-05", "chartNo": "CHART-22291374"}', "22291374"),
    ('{"name": "Smith, Ronald", "dateOfBirth": "8/18/1967", "chartNo": "PN:93517333"}', "93517333"),
    ("was seen on 04/16/2019 and the chart number is CHART-552789822. The referral follows.", "552789822"),
])
def test_record_numbers_after_markdown_labels_and_longer_prefixes(text, value):
    out = redacted(text)
    assert "[MEDICAL_RECORD_NUMBER]" in out and value not in out


@pytest.mark.parametrize("text", ["MRN: 12:30:45 at the desk", "chart: Q3-2024 revenue by region"])
def test_times_and_report_charts_are_no_record_numbers(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, secret", [
    ("I won't use the credential you pasted (QoWT6hG1USljlgg+Q66VcCZJh0IXCE/v4LCoR0vH). Please revoke it.",
     "QoWT6hG1USljlgg+Q66VcCZJh0IXCE/v4LCoR0vH"),
])
def test_a_secret_in_brackets_later_in_the_sentence_of_its_cue(text, secret):
    assert secret not in redacted(text)


@pytest.mark.parametrize("text", [
    "The token expired (see 2f5861bac53b4e041f2a649e319ba72d for the audit).",   # a hex digest
    "The key rotation job (id 3f2a9c1e-77aa-4b1c-9d2e-5e8f00112233) finished.",
])
def test_digests_and_ids_in_brackets_after_a_secret_word_keep(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, date", [
    ("Laut Aufnahmebogen ist Rosalinde Koch am 14.07.1938 geboren; Fallnummer folgt.", "14.07.1938"),
    ("Sie ist am 6. Juni 1969 geboren und lebt in Köln.", "6. Juni 1969"),
])
def test_german_birth_date_before_its_participle(text, date):
    out = redacted(text)
    assert "[DATE_OF_BIRTH]" in out and date not in out


def test_a_founding_date_is_no_birth_date():
    text = "Die Firma wurde am 14.07.1938 gegründet."
    assert redacted(text) == text


@pytest.mark.parametrize("text", ["Bitte überweisen Sie den B", "notes: Bitte überweisen Sie den B", "Kunde: van B"])
def test_a_particle_left_alone_at_a_window_end_is_no_name(text):
    # a stream window can end right after a particle and one capital: the segment holds no name word at all
    assert redacted(text) == text
