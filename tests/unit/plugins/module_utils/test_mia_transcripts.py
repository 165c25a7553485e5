# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Transcripts of calls, meetings and subtitles: the speakers' names that open the turns, with or without the turn's time,
and WebVTT voice tags. The names are invented so that no lexicon knows them: only their place names them."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

ELAPSED = [
    "[00:00:30] Quorra Vantablek: Hallo, ich möchte den offenen Betrag bezahlen.\n[00:00:41] Ziltoid Omnis: Gerne.\n",
    "(00:00:07) Quorra Vantablek: Kranich Versicherung, Zahlungsservice.\n(00:00:21) Ziltoid Omnis: Bonjour.\n",
    "00:02:36 Quorra Vantablek: Okay, let's get started.\n00:02:44 Ziltoid Omnis: Sure.\n",
    "[00:12:01] **Quorra Vantablek:** hi there\n[00:12:02] **Ziltoid Omnis:** hello\n",
    # one turn is enough: a stream's window may hold no other
    "Anruf CS-19118 · Aufnahme 6ced5bffdfff\n\n(00:00:07) Quorra Vantablek: Kranich Versicherung, Zahlungsservice.\n",
    # inside a JSON string, its lines escaped (a turn that opens the string is not read: see speaker_turns)
    '{"notes": "Anruf 12\\n[00:00:13] Quorra Vantablek: Guten Tag.\\n[00:00:20] Ziltoid Omnis: Hallo."}',
]


@pytest.mark.parametrize("text", ELAPSED)
def test_timed_turns_name_their_speakers(text):
    out = redacted(text)
    assert "Vantablek" not in out and "Ziltoid" not in out, out


@pytest.mark.parametrize("text", [
    "[12:01] Anna Vantablek: hi there\n[12:02] Bernd Ziltoid: hello\n",
    "Anna Vantablek: Hallo, ich rufe wegen der Rechnung an.\nBernd Ziltoid: Gerne, einen Moment.\n",
    "Caller said:\nEmily Vantablek: I'd like to pay my bill.\nGeorge Ziltoid: Of course.\n",
])
def test_clock_timed_or_untimed_dialogue_of_known_given_names(text):
    out = redacted(text)
    assert "Vantablek" not in out and "Ziltoid" not in out, out


@pytest.mark.parametrize("text", [
    "Quorra Vantablek: Guten Tag, ich rufe für meine Mutter an.\nZiltoid Omnis: Kein Problem. Das Geburtsdatum bitte?\n",
    "Here is the excerpt:\n\nQuorra Vantablek: Hi, I want to move my appointment.\nZiltoid Omnis: Sure, which day suits you?\n",
])
def test_untimed_dialogue_of_unknown_names(text):
    out = redacted(text)
    assert "Vantablek" not in out and "Ziltoid" not in out, out


@pytest.mark.parametrize("text, kept", [
    # a form's fields answer each other too, but hold values, not sentences
    ("Arbeitgeber: Kranich GmbH\nMonatliches Nettoeinkommen: 2.812,59 €\nDerzeitiger Vermieter: Wohnbau Nord\n", "Derzeitiger Vermieter"),
    ("Account Status: active\nBilling Cycle: monthly\n", "Billing Cycle"),
])
def test_field_labels_without_speech_stay(text, kept):
    assert kept in redacted(text)


@pytest.mark.parametrize("text", [
    "WEBVTT\n\n00:00:49.237 --> 00:00:52.611\n<v Quorra Vantablek>Записала.\n",
    "00:00:01.000 --> 00:00:02.000\n<v.loud Quorra Vantablek>Hello there.\n",
])
def test_webvtt_voice_names_its_speaker(text):
    assert "Vantablek" not in redacted(text)


@pytest.mark.parametrize("text, kept", [
    # section and field labels stand at the start of lines too
    ("## Summary\nNext Steps: call the bank.\n\nKey Findings: the card was declined.\n", "Next Steps"),
    ("Neuer Mieter: siehe Anlage.\n\nAnmeldung Kita: offen.\n\nNeuer Mieter: siehe Anlage.\n", "Neuer Mieter"),
    ("    Source Port: 52720\n    Failure Reason: Unknown user name or bad password.\n", "Failure Reason"),
    # a clock time opens log lines too
    ("[12:00:01] Cache Warmup: done in 5 s\n[12:00:02] Index Rebuild: started\n", "Cache Warmup"),
])
def test_labels_that_name_no_speaker_stay(text, kept):
    assert kept in redacted(text)


def test_a_speakers_name_repeated_in_a_later_turn():
    text = ("[00:00:07] Quorra Vantablek: Stadtwerke, Terminvergabe.\n[00:00:14] Ziltoid Omnis: Guten Tag.\n"
            "[00:00:20] Ziltoid Omnis: Ist dort Quorra Vantablek am Apparat?\n")
    assert "Vantablek" not in redacted(text)


def test_a_speakers_name_repeated_after_the_turns_when_streamed():
    text = ("[00:00:07] Quorra Vantablek: Stadtwerke, Terminvergabe.\n[00:00:14] Ziltoid Omnis: Guten Tag.\n"
            + "Notiz: alles erledigt. " * 20 + "Rückruf durch Quorra Vantablek.\n")
    stream = ENGINE.stream()
    out = "".join(stream.feed(text[i:i + 7]) for i in range(0, len(text), 7)) + stream.flush()
    assert "Vantablek" not in out and out == ENGINE.redact(text)


@pytest.mark.parametrize("text, value", [
    # the next turn answers the question for a birth date, a record number or a password
    ("[00:00:20] Agent: And your date of birth?\n[00:00:33] Caller: It's the 27th — sorry, no, 1995-09-26.", "1995-09-26"),
    ("Ihr Geburtsdatum?\n\n9\n00:04:49,092 --> 00:04:51,684\n07.06.1968.\n", "07.06.1968"),
    ("Votre date de naissance ?\n\n00:16:11.666 --> 00:16:16.195\n<v Hélène Descamps>C'est le 01/06/1971.\n",
     "01/06/1971"),
    ("(00:01:10) Agent: Is there a medical record number on the letter?\n(00:01:23) Caller: Yes, it says 774753286.",
     "774753286"),
    ("Номер медицинской карты есть под рукой?\n00:01:25 Звонящий: Да, DL202970-L2.", "DL202970-L2"),
    ("Haben Sie die Patientennummer vom Brief da?\n\n6\n00:04:07,021 --> 00:04:10,906\nJa, da steht PID-93484026.",
     "93484026"),
    ("(00:02:20) Agent: And the password you set on the hub?\n(00:02:37) Caller: It's Falcon6408*.", "Falcon6408"),
    ("Пароль от Wi-Fi, который вы задали на хабе?\n\n10\n00:00:56,408 --> 00:01:03,360\nWinter754*.", "Winter754"),
])
def test_an_answer_turn_gives_the_value_asked_for(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, kept", [
    ("Is there a medical record number?\nCaller: no, I called on 12/05/2024 about it.", "12/05/2024"),
    ("What was the password?\nCaller: I forgot it, sorry.", "forgot"),
    ("Did you change the password?\nCaller: Yes, on Monday at 10:30.", "Monday"),
])
def test_answers_without_the_value_keep(text, kept):
    assert kept in redacted(text), text
