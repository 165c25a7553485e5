# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""fastjson.loads_request gives json.loads's results and errors (integers beyond 64 bits as floats), and
fastjson.loads_answer gives them exactly, with orjson and without it."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings, strategies as st

from output_filter import pkg

pkg.build()
from mia_output_filter import fastjson  # noqa: E402

# what orjson refuses and json decides: non-standard literals, huge integers, lone surrogates, deep nesting
EDGE_CASES = [
    '{"p": [0.1, 1e-05, -0.0, 1E400]}', '[NaN, Infinity, -Infinity]', '{"n": 123456789012345678901234567890}',
    '"\\ud800 lone"', '{"a": 1, "a": 2}', '[' * 1500 + ']' * 1500, "  [1, 2]  ", '{"k": "\u00e9\u4e2d"}',
    '{"broken": ', "", "[1, 2] trailing", "\ud800",
]


def _as_floats_beyond_64_bits(value):
    if isinstance(value, int) and not isinstance(value, bool) and not -2 ** 63 <= value < 2 ** 64:
        return float(value)
    if isinstance(value, list):
        return [_as_floats_beyond_64_bits(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_floats_beyond_64_bits(v) for k, v in value.items()}
    return value


def _outcome(func, text, exact=False):
    try:
        value = func(text)
        if not exact:
            value = _as_floats_beyond_64_bits(value)
    except RecursionError:
        return ("error", "RecursionError")
    except ValueError:
        return ("error", "ValueError")
    # NaN != NaN: compare the JSON text of the result (floats written exactly)
    return ("ok", json.dumps(value, sort_keys=True), type(value).__name__)


def _answer_outcome(text):
    return _outcome(lambda t: fastjson.loads_answer(t)[0], text, exact=True)


@pytest.fixture(params=["orjson", "json only"])
def loads(request, monkeypatch):
    if request.param == "orjson":
        assert fastjson.orjson is not None, "orjson is pinned in requirements-dev.txt and the role's venv"
    else:
        monkeypatch.setattr(fastjson, "orjson", None)
    return fastjson.loads_request


@pytest.mark.parametrize("text", EDGE_CASES + [b'{"rows": [[0.5, 16.0]]}', b"\xff"])
def test_edge_cases_decode_as_json_does(loads, text):
    assert _outcome(loads, text) == _outcome(json.loads, text)


@pytest.mark.parametrize("text", EDGE_CASES + [
    '{"id": 1234567890123456789}', '{"n": -9223372036854775809, "p": [0.5]}', '[18446744073709551616]',
    '{"ids": [123456789012345678, 999999999999999999]}', '{"s": "1234567890123456789012"}',
    '{"p": [0.0002511061753975427, 12345678901234567890]}', '[1.5e-0000000000000000000007, 0.5]',
    '[0.12345678901234567890123456789012345678901]', '[-1234567890123456789.25, 0.00000000000000000001]'])
def test_answers_decode_exactly_as_json_does(loads, text):
    assert _answer_outcome(text) == _outcome(json.loads, text, exact=True)


def test_answers_take_orjson_unless_a_long_digit_run_could_overflow_it(monkeypatch):
    assert fastjson.orjson is not None, "orjson is pinned in requirements-dev.txt and the role's venv"
    calls = []
    real = fastjson.orjson.loads
    monkeypatch.setattr(fastjson.orjson, "loads", lambda data: calls.append(data) or real(data))
    assert fastjson.loads_answer('{"p": [0.25, 0.75], "id": 123456789012345678}')[0]["id"] == 123456789012345678
    assert fastjson.loads_answer('{"id": 98765432109876543210}')[0]["id"] == 98765432109876543210
    assert len(calls) == 1
    # a model's probabilities under 0.01 carry 19 or more fraction digits: not a run orjson could misread
    assert fastjson.loads_answer('{"p": [0.0002511061753975427, 0.9997488938246025]}')[0]["p"][0] == 0.0002511061753975427
    assert len(calls) == 2
    assert fastjson.loads_answer('{"p": [0.0002511061753975427], "id": 98765432109876543210}')[0]["id"] == 98765432109876543210
    assert len(calls) == 2


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(min_value=0.0, max_value=1.0), min_size=1, max_size=12),
       st.integers(min_value=1, max_value=30))
def test_long_fractions_decode_to_the_float_json_gives(values, extra_digits):
    # repr() digits and the same value written out with more digits than a double holds
    long = ["%.*f" % (min(extra_digits + 17, 45), v) for v in values]
    text = '{"p": [%s], "q": [%s]}' % (", ".join(map(repr, values)), ", ".join(long))
    assert _answer_outcome(text) == _outcome(json.loads, text, exact=True)


def test_floats_and_big_numbers_keep_their_values(loads):
    doc = loads('{"p": [0.30000000000000004, 1e-05], "big": 1E400, "n": 18446744073709551615, "rows": [[1, 2], [3]]}')
    assert doc["p"] == [0.30000000000000004, 1e-05] and math.isinf(doc["big"]) and doc["n"] == 2 ** 64 - 1
    assert doc["rows"] == [[1, 2], [3]]


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), st.text()),
    lambda ch: st.one_of(st.lists(ch, max_size=5), st.dictionaries(st.text(max_size=8), ch, max_size=5)), max_leaves=20)


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES, st.booleans())
def test_any_json_text_decodes_to_what_json_gives(value, ascii_only):
    text = json.dumps(value, ensure_ascii=ascii_only)
    assert _outcome(fastjson.loads_request, text) == _outcome(json.loads, text)
    assert _answer_outcome(text) == _outcome(json.loads, text, exact=True)


@pytest.mark.parametrize("text", ['{"p": [0.1, 1e-05]}', '{"n": 1E400}', '[NaN]', '{"id": 98765432109876543210}'])
def test_an_answer_is_finite_only_when_orjson_read_it(text):
    doc, finite = fastjson.loads_answer(text)
    assert finite == (text == '{"p": [0.1, 1e-05]}')


@pytest.mark.parametrize("doc", [{"p": [float("nan")]}, {"p": [float("inf"), 0.5]}, {"s": "\ud800"}])
def test_what_json_cannot_hold_is_refused_whichever_encoder(loads, doc):
    with pytest.raises(ValueError):
        fastjson.dumps_answer(doc, finite=False)


def test_a_finite_answer_with_what_orjson_cannot_write_goes_to_json():
    doc = {"id": 98765432109876543210, "s": "caf\u00e9", 3: "int key"}
    assert json.loads(fastjson.dumps_answer(doc, finite=True)) == {"id": 98765432109876543210, "s": "caf\u00e9",
                                                                   "3": "int key"}
    with pytest.raises(ValueError):
        fastjson.dumps_answer({"s": "\ud800"}, finite=True)


@settings(max_examples=150, deadline=None)
@given(JSON_VALUES)
def test_answers_encode_to_what_json_reads_back_the_same(value):
    text = json.dumps(value, ensure_ascii=False)
    doc, finite = fastjson.loads_answer(text)
    out = fastjson.dumps_answer(doc, finite)
    assert _outcome(json.loads, out.decode("utf-8"), exact=True) == _outcome(json.loads, text, exact=True)


@pytest.mark.parametrize("finite", [True, False])
def test_both_encoders_write_compact_json(loads, finite):
    assert fastjson.dumps_answer({"p": [0.25, 0.75], "label": "caf\u00e9"}, finite) == \
        '{"p":[0.25,0.75],"label":"caf\u00e9"}'.encode("utf-8")


def test_audit_lines_are_the_same_compact_json_line_whichever_encoder(loads):
    record = {"request_id": "r-1", "status": 200, "ms": 1.25, "entities": {"EMAIL": 2}, "route": "/v1/caf\u00e9"}
    assert fastjson.dumps_line(record) == '{"request_id":"r-1","status":200,"ms":1.25,"entities":{"EMAIL":2},' \
        '"route":"/v1/caf\u00e9"}\n'.encode("utf-8")
    assert json.loads(fastjson.dumps_line({"big": 2 ** 70})) == {"big": 2 ** 70}  # beyond orjson: json writes it
    with pytest.raises(ValueError):
        fastjson.dumps_line({"route": "\ud800"})
