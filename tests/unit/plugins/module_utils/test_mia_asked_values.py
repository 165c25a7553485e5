# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Values given as the answer to a question or request in the turn before: a password asked for by a request ending in a
full stop or by a JSON utterance, an SSN after a few words opening the answer ("Sure, it's") in a turn or a subtitle;
and the SSN among an HL7 patient's identifiers (identifier type "SS", or one field late in the driver's licence)."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


def _found(text, kind):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == kind]


SUBTITLES = ("6\n00:05:40,100 --> 00:05:47,900\nSo I'll need your Social Security number.\n\n"
             "7\n00:05:48,294 --> 00:05:55,596\nSure, it's 625938759.\n\n8\n00:05:57,660 --> 00:06:01,949\nThank you.\n")
WEBVTT = ("00:01:20.100 --> 00:01:22.500\n<v Agent>Продиктуйте пароль от Wi-Fi, который вы задали на хабе.\n\n"
          "00:01:22.808 --> 00:01:29.176\n<v Ферапонт Тарасов>Tiger2143$.\n")
SEGMENTS = ('[{"start": 48.97, "end": 56.32, "speaker": "spk_0", "text": "Can you read me the Wi-Fi password you set on the '
            'hub?", "confidence": 0.844}, {"start": 56.62, "end": 60.65, "speaker": "spk_1", "text": "It\'s Sommer3680$.", '
            '"confidence": 0.9}]')


@pytest.mark.parametrize("text, kind, value", [
    ("Оператор: Вижу. Продиктуйте пароль от Wi-Fi, который вы задали на хабе.\n00:02:19 Абонент: Moskva3171*.\n",
     "API_KEY", "Moskva3171*"),
    (WEBVTT, "API_KEY", "Tiger2143$"),
    (SEGMENTS, "API_KEY", "Sommer3680$"),
    ("Agent: We run a soft credit check, so I'll need your Social Security number.\n"
     "00:01:27 Dustin Taylor: Sure, it's 406637236.\n", "US_SSN", "406637236"),
    (SUBTITLES, "US_SSN", "625938759"),
    ("PID|1||5527293^^^HOSP^MR~065984924^^^SSA^SS||Roe^Jana||19700101|F\r", "US_SSN", "065984924"),
    ("PID|1||5527293^^^HOSP^MR||Roe^Jana||19700101|F|||1 Main St^^Albany^^81199||(865)690-3270|||||||074828325\r",
     "US_SSN", "074828325"),
])
def test_asked_value_found(text, kind, value):
    assert value in _found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind", [
    # the cue names no SSN, or a reference word opens the answer
    ("Agent: What is the account on file?\nCaller: Sure, it is 406637236.\n", "US_SSN"),
    ("Agent: Your SSN is on file.\nCaller: ok my order 406637236\n", "US_SSN"),
    # an answer without a speaker or subtitle cue before it is no turn
    ("Please confirm your Social Security number for the soft credit check today.\nSure, it's 406637236.\n", "US_SSN"),
    # the answer is no password's shape
    ("Agent: Please spell the password you chose.\nCaller: Sure.\n", "API_KEY"),
    # an identifier of another type, a driver's licence that is no valid SSN
    ("PID|1||065984924^^^HOSP^MR||Roe^Jana||19700101|F\r", "US_SSN"),
    ("PID|1||5527293^^^HOSP^MR||Roe^Jana||19700101|F|||||||||||||987654321\r", "US_SSN"),
])
def test_asked_value_kept(text, kind):
    assert _found(text, kind) == [], ENGINE.analyze(text)


def test_statement_ending_in_full_stop_keeps_its_own_value():
    # "." after the cue ends a statement that holds the password, not a request answered by the next turn
    assert _found("Agent: Mein Passwort ist Marmotte!.\nKunde: Danke.\n", "API_KEY") == ["Marmotte!"]


@pytest.mark.parametrize("text, value", [
    ("00:05:15 Agent: Could you spell your surname for me?\n00:05:20 Caller: Sure, J-O-H-N-S-O-N.\n", "J-O-H-N-S-O-N"),
    ("(00:01:35) Service: können Sie den Nachnamen einmal buchstabieren\n(00:01:38) Kunde: klar E-B-E-R-T\n", "E-B-E-R-T"),
    ('[{"text": "Could you spell your last name?"}, {"speaker": "spk_1", "text": "Sure, W A R D."}]', "W A R D"),
    ("SPEAKER_00: vous pouvez m'épeler votre nom de famille\nSPEAKER_01: oui M-U-L-L-E-R\n", "M-U-L-L-E-R"),
])
def test_spelled_name_after_a_request_to_spell_it(text, value):
    assert value in _found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Please spell the code: A-B-1\nThe build used the X-Y-Z pipeline.",   # a thing's name goes on
    "Agent: Your plan is A-B-C.\nCaller: ok",                            # no request to spell
])
def test_spelled_letters_without_a_name(text):
    assert _found(text, "PERSON") == [], ENGINE.analyze(text)
