# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine

ENGINE = Engine()
PII = ["jane@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "123-45-6789", "Jane Roe",
       "DE89 3704 0044 0532 0130 00", "192.0.2.44", "hello", "42", "x\"y", "line\nbreak"]


def test_nested_and_double_encoded():
    inner = json.dumps({"email": "jane@example.com", "inn": 7707083893})
    doc = {"a": [{"b": "call +44 20 7946 0958"}], "args": inner, "inn": 7707083893, "ok": True, "n": None}
    out = ENGINE.redact_data(doc)
    assert out["a"][0]["b"] == "call [PHONE]"
    assert json.loads(out["args"]) == {"email": "[EMAIL]", "inn": "[RU_INN]"}
    assert out["inn"] == "[RU_INN]" and out["ok"] is True and out["n"] is None


def test_redact_json_text_and_fallback():
    txt = '{"user": {"email": "jane@example.com", "inn": 7707083893}}'
    out = ENGINE.redact_json(txt)
    assert json.loads(out) == {"user": {"email": "[EMAIL]", "inn": "[RU_INN]"}}
    assert ENGINE.redact_json("not json jane@example.com") == "not json [EMAIL]"


def test_double_encoded_bare_number_in_text_mode():
    txt = json.dumps({"arguments": json.dumps({"inn": 7707083893}, separators=(",", ":"))})
    out = ENGINE.redact(txt)
    assert json.loads(json.loads(out)["arguments"]) == {"inn": "[RU_INN]"}


json_values = st.recursive(
    st.one_of(st.sampled_from(PII), st.integers(), st.booleans(), st.none(), st.text(max_size=20)),
    lambda ch: st.one_of(st.lists(ch, max_size=4), st.dictionaries(st.sampled_from(["email", "inn", "name", "x", "dob"]), ch, max_size=4)),
    max_leaves=12)


@settings(max_examples=60, deadline=None)
@given(json_values, st.booleans())
def test_json_stays_valid(value, indent):
    txt = json.dumps(value, indent=2 if indent else None, ensure_ascii=False)
    out = ENGINE.redact(txt)
    json.loads(out)
    json.loads(ENGINE.redact_json(txt))
