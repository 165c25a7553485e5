# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON written with \\u escapes (Python's json.dumps and Flask's jsonify by default): every non-ASCII letter of a name,
street or cue arrives as six ASCII characters, and is read as the letter it stands for, whole and streamed."""
from __future__ import annotations

import json
import random

import pytest
from hypothesis import given, settings, strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.normalize import json_unescaped
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, run_stream

DOCS = [
    {"name": "Jürgen Müller", "street": "Hauptstraße 12", "note": "Ruf Frau Schäfer an"},
    {"patient": "Hélène Lefèvre", "né": "12/03/1984", "adresse": "12, rue de l'Église"},
    {"text": "Пациент Иванов Иван Иванович, паспорт 4509 123456"},
    {"caller": "Федосий Субботин", "number": "+79058626552", "agent": "Евдокия Комарова"},
    {"messages": [{"from": "Zoë Brontë", "text": "Grüße an Björn Källström 😀"}]},
]


def _spans(text):
    return [(f.type, text[f.start:f.end]) for f in ENGINE.analyze(text)]


@pytest.mark.parametrize("doc", DOCS)
def test_escaped_json_is_read_as_its_characters(doc):
    plain, escaped = json.dumps(doc, ensure_ascii=False), json.dumps(doc)
    assert escaped.isascii()
    want = _spans(plain)
    assert want
    assert [(t, json.loads('"%s"' % v)) for t, v in _spans(escaped)] == want


@pytest.mark.parametrize("doc", DOCS)
def test_escaped_json_redacts_to_the_same_json(doc):
    out = ENGINE.redact_json(json.dumps(doc))
    assert json.loads(out) == json.loads(ENGINE.redact_json(json.dumps(doc, ensure_ascii=False)))


def test_no_part_of_an_escaped_name_is_left():
    # read escaped, "Sch\u00e4fer" was a name "Sch" and the rest of it leaked
    out = json.loads(ENGINE.redact_json(json.dumps({"note": "Ruf Frau Schäfer an"})))["note"]
    assert "Sch" not in out and "fer" not in out, out


def test_decoding_maps_each_character_to_its_escape():
    text = '{"a": "M\\u00fcller \\ud83d\\ude00"}'
    decoded, starts, ends = json_unescaped(text)
    assert decoded == '{"a": "Müller 😀"}'
    i = decoded.index("ü")
    assert text[starts[i]:ends[i]] == "\\u00fc"
    j = decoded.index("😀")
    assert text[starts[j]:ends[j]] == "\\ud83d\\ude00"
    assert len(starts) == len(ends) == len(decoded)


@pytest.mark.parametrize("text", [
    '{"a": "say \\u0022hi\\u0022"}',          # a quote would end the string
    '{"a": "C:\\u005cnew"}',                  # a backslash would escape the next character
    '{"a": "tab\\u0009here"}',                # control characters stay escaped in JSON
    '{"a": "lone \\ud83d surrogate"}',
    '{"a": "lone \\ude00 low"}',
    '{"a": "not an escape: \\\\u00fc"}',       # an escaped backslash, then the letters "u00fc"
    '{"a": "plain"}',
])
def test_escapes_that_would_change_the_json_stay(text):
    assert json_unescaped(text) is None


def test_a_low_surrogate_after_a_plain_escape_stays():
    decoded = json_unescaped('"\\u00fc\\ude00"')[0]
    assert decoded == '"ü\\ude00"'


# a long full name (over a stream's look-ahead when escaped), a cue and a value, and a given name mentioned again
# alone far later (within its reach in characters read, beyond it in escaped characters)
STREAM_DOC = json.dumps({
    "agent": "Февронья Кузьминична Дьячкова",
    "notes": "Пациент Гурьев Тит Аркадьевич, дата рождения 03.11.1958, паспорт 4509 123456. " + "Ладно. " * 40,
    "later": [{"from": "Февронья", "text": "Готово, " * 6}],
    "street": "Hauptstraße 12, 10115 Berlin",
})


def _decoded_len(text):
    decoded = json_unescaped(text)
    return len(text if decoded is None else decoded[0])


def test_escaped_stream_masks_what_the_whole_text_masks():
    want = ENGINE.redact(STREAM_DOC)
    for seed in range(12):
        rng = random.Random(seed)
        cuts = [rng.randrange(len(STREAM_DOC)) for _cut in range(rng.randrange(20, 200))]
        assert run_stream(STREAM_DOC, cuts, measure=_decoded_len)[0] == want
    decoded = json.loads(want)
    assert decoded["agent"] == "[PERSON]" and decoded["later"][0]["from"] == "[PERSON]", decoded


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, len(STREAM_DOC)), max_size=80))
def test_escaped_stream_holds_back_at_most_the_bound_in_characters_read(cuts):
    out, hold = run_stream(STREAM_DOC, cuts, measure=_decoded_len)
    assert out == ENGINE.redact(STREAM_DOC)
    assert hold <= ENGINE.stream().max_holdback
