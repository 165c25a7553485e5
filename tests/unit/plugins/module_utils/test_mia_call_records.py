# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Call-centre records: the agent who handled a call, the caller ID of a call, a voicemail's number before its date, the
birth date a caller gives in the next utterance of a voice menu or speech-to-text JSON."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import found as _found


@pytest.mark.parametrize("text, name", [
    ("Issue: billing dispute, credit applied. Ref #6194860. Agent Jasmine Hanson.", "Jasmine Hanson"),
    ("Anruf #3213263 · 2024-09-02 01:29:01 · Agent Ignaz Graf · 430 s · Aufnahme dca82bf21e4a", "Ignaz Graf"),
    ('{"caller": "Tracy Burton", "agent": "Martin Trüb", "notes": "…"}', "Martin Trüb"),
])
def test_the_agent_of_a_call_is_a_person(text, name):
    assert name in _found(text, "PERSON")


@pytest.mark.parametrize("text", [
    # a speaker label: the turn follows it, here a firm's greeting
    "00:00:05 Agent: Pinecrest Health billing, how can I help?",
    "(00:00:34) Agent: Kein Problem. Das Geburtsdatum bitte?",
    # a signature's role line: the firm follows the comma
    "Kind regards,\nHayley Scott\nCounter agent, Cedar Car Hire\n",
    "The Agent Builder and the User Agent Switcher are tools.",
    '{"user_agent": "Mozilla/5.0 (X11; Linux x86_64)", "agent_version": "7.2"}',
])
def test_an_agent_label_or_product_is_no_person(text):
    assert _found(text, "PERSON") == [] or "Hayley Scott" in text and _found(text, "PERSON") == ["Hayley Scott"]


@pytest.mark.parametrize("text, phone", [
    ('{"session": "98f66060", "caller_id": "04.84.03.12.67", "steps": []}', "04.84.03.12.67"),
    ('{"caller_id": "07425733393", "x": 1}', "07425733393"),
    ('{"callerId": "312 589 2687"}', "312 589 2687"),
    ('{"caller-id": "0049 160 1553779"}', "0049 160 1553779"),
])
def test_a_caller_id_is_the_calling_number(text, phone):
    assert _found(text, "PHONE") == [phone]


def test_a_short_caller_id_is_no_phone():
    assert _found('{"caller_id": "5512"}', "PHONE") == []


@pytest.mark.parametrize("text, phone", [
    ("Voicemail from 0131 273 1719 (2024-02-24 10:01:50, 0:19):", "0131 273 1719"),
    ("Sprachnachricht von 0157/70875209 (2023-03-16 03:42:41, 0:48):", "0157/70875209"),
    ("Rappel du 06 12 34 56 78 (12/03/2024 à 10h02)", "06 12 34 56 78"),
])
def test_a_number_before_a_bracketed_date_is_read_without_it(text, phone):
    assert _found(text, "PHONE") == [phone]


@pytest.mark.parametrize("text", [
    "### QA scorecard — call #3155881 (2022-04-21), agent Jessica Murphy",
    "### Оценка качества — звонок #9046837 (18.07.2022), оператор Фёкла Журавлева",
])
def test_a_numbered_call_and_its_date_is_no_phone(text):
    assert _found(text, "PHONE") == []


@pytest.mark.parametrize("text", [
    "**Payment call — #8493151**\n- Customer: Andrew Ruiz",
    "raw transcript (no punctuation model), call #7913337\n\nSPEAKER_00: hello",
    "Звонок №7151457 · 2023-10-02 02:24:55 · оператор Зыкова Любовь Олеговна",
])
def test_a_calls_own_number_is_no_phone(text):
    assert _found(text, "PHONE") == []


@pytest.mark.parametrize("text, phone", [
    ("Please call 555-123-4567 today.", "555-123-4567"),
    ("Phone #5551234567", "5551234567"),
    ("Звонок с номера 8 912 345-67-89 в 10:02", "8 912 345-67-89"),
])
def test_a_number_to_call_stays_a_phone(text, phone):
    assert _found(text, "PHONE") == [phone]


@pytest.mark.parametrize("text", [
    # a voice menu's prompt and what it heard, pretty-printed and compact
    '{"prompt": "Please say your date of birth.",\n  "heard": "31/07/1954",\n  "conf": 0.88}',
    '{"steps":[{"prompt":"Please say your card number.","heard":"4372495239303344","conf":0.85},'
    '{"prompt":"Bitte nennen Sie Ihr Geburtsdatum.","heard":"10.12.1968","conf":0.96},{"prompt":"x","heard":"1.2.2020"}]}',
    # speech-to-text segments: the question's segment, then the answer's timing, speaker and text
    '{"segments": [{"start": 13.82, "end": 19.84, "speaker": "spk_0",\n  "text": "No problem. What\'s her date of birth?",\n'
    '  "confidence": 0.737\n},\n{\n  "start": 20.81,\n  "end": 28.96,\n  "speaker": "spk_1",\n'
    '  "text": "Sure, it\'s January 5, 1957.",\n  "confidence": 0.8}]}',
    '[{"speaker": "spk_0", "text": "Et votre date de naissance, pour le mandat ?", "confidence": 0.828},'
    ' {"start": 53.06, "end": 59.2, "speaker": "Aimé Morel", "text": "Le 13/01/1983.", "confidence": 0.75}]',
], ids=["ivr", "ivr-compact", "stt", "stt-fr"])
def test_the_next_utterance_answers_a_birth_date_question(text):
    dates = _found(text, "DATE_OF_BIRTH")
    assert len(dates) == 1 and dates[0] in ("31/07/1954", "10.12.1968", "January 5, 1957", "13/01/1983"), dates


def test_only_the_first_answer_after_the_question_is_the_birth_date():
    text = ('{"answers":[{"label":"Born","answer":"08/09/1974"},{"label":"SSN","answer":"611-11-2932"},'
            '{"label":"Service","answer":"8/25/2020"}]}')
    assert _found(text, "DATE_OF_BIRTH") == ["08/09/1974"]


@pytest.mark.parametrize("text, name", [
    ('{"start": 2.78, "end": 6.55, "speaker": "Friedbert Steckel", "text": "Wir haben"}', "Friedbert Steckel"),
    ('{"locuteur": "Aimé Morel", "texte": "Le 13/01/1983."}', "Aimé Morel"),
    ('- Bearbeiter: Amalia Heß"', "Amalia Heß"),
])
def test_a_speaker_key_or_a_clerk_names_a_person(text, name):
    assert name in _found(text, "PERSON")


def test_a_numbered_speaker_is_no_person():
    assert _found('{"speaker": "spk_0", "b": {"speaker": "SPEAKER_01"}, "c": {"speaker": "Customer Service"}}',
                  "PERSON") == []


@pytest.mark.parametrize("text, phones", [
    ("Velvet Night Pillow  0083663233473  285.29 GBP\nMercer Street Hoodie  7663243714603  £217.37", []),
    ("Call me: 0083663233473", ["0083663233473"]),
    ("Ruf an unter 0049301234567", ["0049301234567"]),
])
def test_a_product_code_opening_with_00_is_no_call_abroad(text, phones):
    assert _found(text, "PHONE") == phones


@pytest.mark.parametrize("text", [
    "Umsatz: 1.765,10 € bei Fabrikam Home am 24.02.2024 (Referenz 009430896147)",
    "Досудебная претензия по договору 01-3452544",
    "Операция: 2 078,36 руб., Silver Line Mobile, 01.07.2024 (RRN 769329891669)",
    "Listing 0964353212: Elm Grove Bed Frame, 1,127.13 USD",
])
def test_a_reference_number_is_no_phone(text):
    assert _found(text, "PHONE") == []
