# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A voice assistant's log: the contact a command calls, texts or saves, in lower case as speech-to-text writes it.
The names are invented so that no lexicon knows them: only the command names them."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


def _persons(text):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ('device=kitchen-speaker asr="call quorra vantablek on mobile" conf=0.64', "quorra vantablek"),
    ('asr="speichere quorra vantablek mit der nummer 0711-5488625" conf=0.67', "quorra vantablek"),
    ('asr="ruf quorra vantablek an" conf=0.94', "quorra vantablek"),
    ('{"asr_text": "schick quorra vantablek eine nachricht ich komme später", "asr_conf": 0.65}', "quorra vantablek"),
    ('{"asr_text": "напиши кворра вантаблек что я опаздываю"}', "кворра вантаблек"),
    ('{"asr_text": "сохрани контакт кворра вантаблек номер +7 999 541-57-47"}', "кворра вантаблек"),
    ('{"asr_text": "ajoute quorra vantablek aux contacts avec le numéro 05 67 90 67 40"}', "quorra vantablek"),
    ('{"asr_text": "call quorra d. vantablek on mobile"}', "quorra d. vantablek"),
    ('asr="call quorra lane on mobile"', "quorra lane"),        # a surname that is a street word
])
def test_the_contact_of_a_command_is_a_person(text, name):
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    '{"asr_text": "call my mom on mobile", "b": "ruf die zentrale an", "c": "call anna tomorrow at noon"}',
    "14.10.24, 16:13 - Brunhild: ruf mich einfach an unter (0911) 6017727",
    "Dossier support pour un compteur communicant qui n'envoie plus de relevés",
    '{"asr_text": "call customer service on monday"}',
    "please call the office at nine",        # no utterance opens with the command
])
def test_what_a_command_names_besides_a_contact_is_no_person(text):
    assert [p for p in _persons(text) if p not in ("Brunhild",)] == []
