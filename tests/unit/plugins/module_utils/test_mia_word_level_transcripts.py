# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Word-level speech-to-text output, one word per JSON object: a name or a birth date said aloud is split over several
strings, read as the sentence the words make (columns.word_view), masked word by word, whole and streamed."""
from __future__ import annotations

import json
import random

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.columns import word_view
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, run_stream


def _compact(words):
    return json.dumps({"spk": "A", "words": [{"w": w, "s": round(0.3 * k, 2), "e": round(0.3 * k + 0.3, 2), "p": 0.9}
                                             for k, w in enumerate(words)]}, separators=(",", ":"))


WHISPER = json.dumps({"segments": [{"words": [{"word": " " + w, "start": 0.3 * k, "end": 0.3 * k + 0.3}
                                              for k, w in enumerate("Hi, this is Dorota Krein, born 03/12/1960.".split())]}]})
DEEPGRAM = json.dumps({"words": [{"word": w.lower().strip(".,"), "start": 0.3 * k, "punctuated_word": w}
                                 for k, w in enumerate("My name is Dorota Krein.".split())]})
COMPACT = _compact(["Guten", "Tag,", "hier", "ist", "Dorota", "Krein", ",", "geboren", "am", "03.12.1960", "."])


@pytest.mark.parametrize("text, secrets", [
    (WHISPER, ("Dorota", "Krein", "1960")),
    (DEEPGRAM, ("Dorota", "dorota", "Krein", "krein")),
    (COMPACT, ("Dorota", "Krein", "1960")),
], ids=["whisper", "deepgram", "compact"])
def test_words_of_a_name_and_a_birth_date_are_masked(text, secrets):
    out = ENGINE.redact(text)
    json.loads(out)
    assert not [x for x in secrets if x in out], out


def test_the_view_reads_the_words_as_a_sentence():
    view, spans = word_view(COMPACT)
    assert view == "Guten Tag, hier ist Dorota Krein, geboren am 03.12.1960.\n"
    for vs, ts, n, others in spans:
        assert COMPACT[ts:ts + n] == view[vs:vs + n] and others == ()


def test_a_word_array_in_a_stream_is_masked_as_whole():
    rnd = random.Random(7)
    text = json.dumps({"results": [json.loads(_compact(["Hello,", "my", "name", "is", "Dorota", "Krein"])),
                                   json.loads(_compact(["and", "my", "date", "of", "birth", "is", "the", "one", "on", "the",
                                                        "file,", "03/12/1960", "."]))]}, separators=(",", ":"))
    whole = ENGINE.redact(text)
    assert "03/12/1960" not in whole and "Krein" not in whole
    for _attempt in range(5):
        cuts = rnd.sample(range(1, len(text)), len(text) // 8)
        assert run_stream(text, cuts)[0] == whole


def test_a_one_word_value_or_a_sentence_is_no_word_run():
    text = '{"content": "OK", "other": 1}, {"content": "Thanks Dorota, see you."}'
    assert word_view(text) == ("", [])
