# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A team or department that signs a letter after a sign-off is no person; a person who signs still is."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, kept", [
    ("Please see the attached form.\n\nBest regards,\nClaims Department\nACME Insurance", "Claims Department"),
    ('{"body": "See the form.\\n\\nKind regards,\\nClaims Department"}', "Claims Department"),
    ("Mit freundlichen Grüßen\nKundenservice Team", "Kundenservice Team"),
    ("Sincerely,\nWarranty Office", "Warranty Office"),
])
def test_team_after_signoff_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Best regards,\nJohn Church", "John Church"),      # a given name of the lexicon: a person, whatever the surname
    ("Kind regards,\nMaria Lopez\nClaims Department", "Maria Lopez"),
    ("Mit freundlichen Grüßen\nAnna Berg", "Anna Berg"),
])
def test_person_after_signoff_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, name", [
    ("> С уважением,\n> Творимир Пономарев\n> регистратура", "Творимир Пономарев"),    # a quoted e-mail's sign-off
    ("> Best regards,\n> Hanna Kowalski", "Hanna Kowalski"),
])
def test_person_after_quoted_signoff_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


def test_front_desk_after_signoff_is_kept():
    assert "Front Desk" in redacted("Closing balance: $9,663.36\n\nKind regards,\nFront Desk\n")


@pytest.mark.parametrize("text, name", [
    ('{"body": "Vault, добавляем сканер.\\n\\nСпасибо!\\nОктябрина Полякова\\nмоб.: 8-915-011-47-58"}', "Октябрина Полякова"),
    ('{"body": "Please rotate it.\\n\\nThanks,\\nGavrila Tkach\\nDevOps"}', "Gavrila Tkach"),
])
def test_signoff_after_an_escaped_paragraph_break(text, name):
    # the "n" of the escaped break before the sign-off word is no letter of it ("nСпасибо")
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, name", [
    ("If anything comes up, text me.\n\nCheers,\nSharon\n\nThe cleaning fee is charged once per stay.", "Sharon"),
    ("Merci.\n\nÀ bientôt,\nWilliam\n", "William"),
    ('{"body": "See you.\\n\\nThanks,\\nSharon"}', "Sharon"),
])
def test_a_given_name_alone_after_a_signoff(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Best regards,\nSupport\n", "Support"),
    ("Thanks,\nMarketing\n", "Marketing"),
    ("Cheers,\nTeam\n", "Team"),
])
def test_a_team_word_alone_after_a_signoff_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text", ["Cheers,\nSharon", '{"body": "Thanks,\\nSharon"}'])
def test_a_signoff_that_opens_the_text_or_the_string(text):
    assert "Sharon" not in redacted(text), ENGINE.analyze(text)
