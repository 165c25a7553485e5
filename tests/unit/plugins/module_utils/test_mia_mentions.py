# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Later mentions of a person already found in the same text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.engine import mention_keys

ENGINE = Engine()


@pytest.mark.parametrize("text, later", [
    ("Patient: Margaret Ellison, admitted Monday. Ms. Ellison was discharged on Friday.", "Ellison"),
    ("Attendees: Lucas Brandt, Mia Hoffmann\n1. Lucas to send the minutes.", "Lucas"),
    ("Contact person: Thomas Becker. We spoke to Thomas Becker again today.", "Thomas Becker"),
    ("Истец: Андрей Соколов. Истец Соколов просит суд взыскать долг.", "Соколов"),
    ("Client : Camille Laurent. Nous avons rappelé Camille hier.", "Camille"),
])
def test_a_later_mention_of_a_found_name_is_masked(text, later):
    out = ENGINE.redact(text)
    assert later not in out, out


@pytest.mark.parametrize("text, kept", [
    # a word of the name next to another capitalised word is something else
    ("Patient: Anna Winter was seen today. The Winter Garden cafe is closed.", "Winter Garden"),
    # a lone word far from the name: more often a noun or an adjective than the person
    ("Kundin: Anna Winter.\n" + "Die Lieferung kommt morgen. " * 20 + "Der Winter kommt bald.", "Winter kommt"),
    # part of a hyphenated place name
    ("Contact: Louis Martin. Shipped to Saint-Martin today.", "Saint-Martin"),
    # a name before its first detection is not touched (redaction stays forward-only, like a stream)
    ("Becker signed. Later the contact person Thomas Becker called.", "Becker signed"),
])
def test_words_that_only_look_like_the_name_survive(text, kept):
    assert kept in ENGINE.redact(text)


def test_keys_come_only_from_names_the_lexicons_know_in_part():
    assert "Thomas" in mention_keys("Thomas Becker")
    assert mention_keys("Visual Studio") == ()
    assert mention_keys("Becker") == ()


def test_allow_list_and_min_score_apply_to_later_mentions():
    text = "Patient: Margaret Ellison. Ellison left."
    assert "Ellison left" in Engine({"allow_list": ["Ellison"]}).redact(text)
    assert Engine({"min_score": 0.6}).analyze(text)[-1].end <= text.index(". Ellison")


FILLER = st.sampled_from(["The order shipped. ", "Ticket closed. ", "x" * 90 + " ", "Ms. Ellison called. ", "\n",
                          "Margaret ", "Ellison Hall ", "version 2.3.4 "])


@settings(max_examples=60, deadline=None)
@given(st.lists(FILLER, max_size=30), st.lists(st.integers(1, 16), min_size=1, max_size=30))
def test_streamed_later_mentions_equal_the_whole_text(parts, sizes):
    text = "Patient: Margaret Ellison. " + "".join(parts)
    stream = ENGINE.stream()
    out, pos, i = [], 0, 0
    while pos < len(text):
        out.append(stream.feed(text[pos:pos + sizes[i % len(sizes)]]))
        pos += sizes[i % len(sizes)]
        i += 1
    out.append(stream.flush())
    assert "".join(out) == ENGINE.redact(text)
