# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.normalize import normalise

ENGINE = Engine()


@pytest.mark.parametrize("text,etype,secret", [
    ("mail jo\u200bhn.d\u200coe@exa\u2060mple.com now", "EMAIL", "mple"),
    ("mail j\u043ehn@ex\u0430mple.com", "EMAIL", "mple"),                       # Cyrillic o / a
    ("card \uff14\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11 \uff11\uff11\uff11\uff11", "CREDIT_CARD", "\uff11"),
    ("write to jane dot roe at example dot org", "EMAIL", "roe"),
    ("write to jane [at] example [dot] org", "EMAIL", "jane"),
    ("IOC 203[.]0[.]113[.]9 seen", "IPV4", "113"),
    ("Their SSN is one two three four five six seven eight nine", "US_SSN", "seven"),
    ("ИНН 7 7 0 7 0 8 3 8 9 3", "RU_INN", "8 9 3"),
    ("contact jroe [at] example DOT net now", "EMAIL", "jroe"),
    ("contact jroe @ example [dot] net now", "EMAIL", "jroe"),
    ("write to jroe at example [dot] org", "EMAIL", "jroe"),
    ("The key is \u0410KIAABCDEFGH\u041aIJKLMNO - keep it", "API_KEY", "ABCDEFGH"),
    ("Name on the account: K a t j a M e i e r.", "PERSON", "M e i e r"),
    ("call ( 2 1 2 ) 5 5 5 - 0 1 4 7 x 1 2 3 now", "PHONE", "1 2 3"),
])
def test_obfuscated_found_and_mapped_back(text, etype, secret):
    fs = ENGINE.analyze(text)
    assert etype in [f.type for f in fs], (text, fs)
    out = ENGINE.redact(text)
    assert secret not in out


def test_offsets_map_to_original():
    text = "x jo\u200bhn@example.com y"
    (f,) = [f for f in ENGINE.analyze(text) if f.type == "EMAIL"]
    assert text[f.start:f.end] == "jo\u200bhn@example.com"


def test_clean_text_is_not_rewritten():
    assert normalise("plain ascii text without tricks") is None


def test_cyrillic_words_are_not_folded():
    assert normalise("Привет, как дела?") is None


def test_plain_at_and_dot_words_are_not_emails():
    assert ENGINE.redact("meet me at home. dot dot") == "meet me at home. dot dot"


def test_spaced_lowercase_words_are_left_alone():
    assert ENGINE.redact("I a m a b o y") == "I a m a b o y"
