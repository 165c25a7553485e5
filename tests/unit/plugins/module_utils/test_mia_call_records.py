# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Call-centre records: the agent who handled a call, the caller ID of a call, a voicemail's number before its date."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


def _found(text, etype):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == etype]


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
