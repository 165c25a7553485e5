# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Transcripts of calls, meetings and subtitles: the speakers' names that open the turns, with or without the turn's time,
and WebVTT voice tags. The names are invented so that no lexicon knows them: only their place names them."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

TIMED = [
    "[00:00:30] Quorra Vantablek: Hallo, ich möchte den offenen Betrag bezahlen.\n[00:00:41] Ziltoid Omnis: Gerne.\n",
    "(00:00:07) Quorra Vantablek: Kranich Versicherung, Zahlungsservice.\n(00:00:21) Ziltoid Omnis: Bonjour.\n",
    "00:02:36 Quorra Vantablek: Okay, let's get started.\n00:02:44 Ziltoid Omnis: Sure.\n",
    "[12:01] **Quorra Vantablek:** hi there\n[12:02] **Ziltoid Omnis:** hello\n",
    # inside a JSON string, its lines escaped
    '{"notes": "[00:00:13] Quorra Vantablek: Guten Tag.\\n[00:00:20] Ziltoid Omnis: Hallo."}',
]


@pytest.mark.parametrize("text", TIMED)
def test_timed_turns_name_their_speakers(text):
    out = redacted(text)
    assert "Vantablek" not in out and "Ziltoid" not in out, out


@pytest.mark.parametrize("text", [
    "Anna Vantablek: Hallo, ich rufe wegen der Rechnung an.\nBernd Ziltoid: Gerne, einen Moment.\n",
    "Caller said:\nEmily Vantablek: I'd like to pay my bill.\nGeorge Ziltoid: Of course.\n",
])
def test_untimed_dialogue_of_known_given_names(text):
    out = redacted(text)
    assert "Vantablek" not in out and "Ziltoid" not in out, out


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
    # one timed line is a log line, not a dialogue
    ("[12:00:01] Cache Warmup: done in 5 s\n", "Cache Warmup"),
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
