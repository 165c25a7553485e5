# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Callers and dictating clinicians who introduce themselves: the name before what they do ("calling from",
"dictating"), before where they work ("von Stadtwerke …"), and after "Diktiert von". The names are invented so that no
lexicon knows them."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, name", [
    ("Hi, um, this message is for Mr Simpson. This is Quorra Vantablek calling from Thamesbridge Telecom.", "Vantablek"),
    ("This is Quorra Vantablek dictating a clinic letter for the patient.", "Vantablek"),
    ("Hallo, die Nachricht ist für Frau Seidel. Hier ist Quorra Vantablek von Stadtwerke Auental, es geht um den Vorgang.",
     "Vantablek"),
    ("Befund unauffällig. Kontrolle in sechs Wochen.\n\nDiktiert von Quorra Vantablek", "Vantablek"),
])
def test_self_introduced_speaker(text, name):
    out = redacted(text)
    assert name not in out, out


@pytest.mark.parametrize("text, kept", [
    # the employer after "von" stays
    ("Hier ist Quorra Vantablek von Stadtwerke Auental, es geht um den Vorgang.", "Stadtwerke Auental"),
    ("This is Acme Support calling from London about your order.", "Acme Support"),
])
def test_what_follows_a_self_introduction(text, kept):
    out = redacted(text)
    assert kept in out, out


def test_a_particle_between_given_names_and_surname_is_the_names():
    out = redacted("Das ist Maria Anna von Trapp.")
    assert "Trapp" not in out, out


@pytest.mark.parametrize("text, name", [
    ("Okay, let's get started. David, can you give us the update on Billing Operations?", "David"),
    ("00:02:11 Nancy Fisher: Great. Action item for Dana: get the vendor on a call before Friday.", "Dana"),
    ("Gut. Jana, könntest du das bis Freitag prüfen?", "Jana"),
    ("Follow-up for Jessica, due next week.", "Jessica"),
])
def test_given_name_spoken_to_or_owning_an_action_item(text, name):
    out = redacted(text)
    assert name not in out, out


@pytest.mark.parametrize("text, kept", [
    # a given name that is also a month or a word, and words that are no given names
    ("August, can you believe the numbers?", "August"),
    ("So, can you check this?", "So"),
    ("Thanks. Billing, can you confirm the refund?", "Billing"),
    ("Action item for Finance: close the books.", "Finance"),
])
def test_other_words_before_a_request_stay(text, kept):
    assert kept in redacted(text)


@pytest.mark.parametrize("text, name", [
    ("Hi, this is Quorra Vantablek from Acme, about your order.", "Vantablek"),
    ("Bonjour, ici Quorra Vantablek de la société Lavande.", "Vantablek"),
    ("Добрый день, это Квирра Вантаблек, звоню по поводу счёта.", "Вантаблек"),
])
def test_greeting_then_the_callers_name(text, name):
    out = redacted(text)
    assert name not in out, out


def test_greeting_then_a_team_stays():
    assert "Acme Support" in redacted("Hello, this is Acme Support, how can we help?")
