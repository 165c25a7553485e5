# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings, strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.engine import JSON_TEXT_START, json_string_state

ENGINE = Engine()
PII = ["jane@example.com", "+44 20 7946 0958", "4111 1111 1111 1111", "123-45-6789", "Jane Roe",
       "DE89 3704 0044 0532 0130 00", "192.0.2.44", "hello", "42", "x\"y", "line\nbreak",
       # numbers between commas inside a string (CSV rows) look like bare JSON numbers to a text scan
       "DE89370400440532013000,4337004130789355,ok", "x,7707083893", "a\\,4111111111111111,b"]


def test_nested_and_double_encoded():
    inner = json.dumps({"email": "jane@example.com", "inn": 7707083893})
    doc = {"a": [{"b": "call +44 20 7946 0958"}], "args": inner, "inn": 7707083893, "ok": True, "n": None}
    out = ENGINE.redact_data(doc)
    assert out["a"][0]["b"] == "call [PHONE]"
    assert json.loads(out["args"]) == {"email": "[EMAIL]", "inn": "[RU_INN]"}
    assert out["inn"] == "[RU_INN]" and out["ok"] is True and out["n"] is None


def test_keys_redacted_alike_are_numbered_not_merged():
    doc = {"jane@example.com": 1, "john@example.org": {"ann@example.net": 2, "[EMAIL_2]": 3, "bob@example.com": 4},
           "[EMAIL_2]": 5, "plain": 6}
    out = ENGINE.redact_data(doc)
    # a literal key that equals a numbered one is numbered in turn: nothing is overwritten
    assert out == {"[EMAIL]": 1, "[EMAIL_2]": {"[EMAIL]": 2, "[EMAIL_2]": 3, "[EMAIL_3]": 4}, "[EMAIL_2_2]": 5, "plain": 6}
    assert all(re.fullmatch(ENGINE.placeholder_regex, k) for k in ("[EMAIL_2]", "[EMAIL_3]"))


def test_double_encoded_json_is_redacted_as_text_with_its_context():
    # the cue is a sibling member: a walk of the parsed leaves would see "28.11.1977" alone
    inner = json.dumps({"field": "date of birth", "value": "28.11.1977"})
    out = ENGINE.redact_data({"content": inner})
    assert json.loads(out["content"]) == {"field": "date of birth", "value": "[DATE_OF_BIRTH]"}
    assert out["content"] == ENGINE.redact_json(inner)


@pytest.mark.parametrize("indent,separators", [(None, None), (None, (",", ":")), (2, None), (4, None)])
def test_distinct_keys_numbers_keys_redacted_alike_in_the_same_layout(indent, separators):
    doc = {"by_email": {"jane@example.com": {"n": 1}, "john@example.org": {"n": 2}}, "ok": "[EMAIL]"}
    text = json.dumps(doc, indent=indent, separators=separators)
    summary = {}
    as_text = ENGINE.redact_json(text, summary)
    assert summary == {"EMAIL": 2}
    # text mode (and so a stream) keeps the text's members: both keys read "[EMAIL]"
    assert as_text == ENGINE.redact(text) and len(re.findall(r'"\[EMAIL\]": ?\{', as_text)) == 2
    assert ENGINE.distinct_keys(as_text) == json.dumps(
        {"by_email": {"[EMAIL]": {"n": 1}, "[EMAIL_2]": {"n": 2}}, "ok": "[EMAIL]"}, indent=indent, separators=separators)
    assert ENGINE.distinct_keys(ENGINE.redact_json('{"a": "[EMAIL]", "b": "x@example.com"}')) == '{"a": "[EMAIL]", "b": "[EMAIL]"}'


@pytest.mark.parametrize("escape", ["\\n", "\\t", "\\r", "\\u000b"])
def test_an_email_after_an_escape_leaves_the_escape(escape):
    # in the JSON text the escape's letter touches the mailbox: it is no part of it, so the answer keeps its layout and a
    # stream (which cannot fall back to rebuilding the JSON) stays valid JSON
    text = '{\n  "c": "Tel. 030 1234567%sjane.roe@example.com%sx"\n}' % (escape, escape)
    want = '{\n  "c": "Tel. [PHONE]%s[EMAIL]%sx"\n}' % (escape, escape)
    assert ENGINE.redact(text) == want
    assert _streamed(text, 3) == want


@pytest.mark.parametrize("content, address", [
    ("jeremy.smith@example.org\nStudio 84, Francesca Lights, Port Justinhaven, E8B 4XN", "Studio 84, Francesca Lights"),
    ("Christelle Deschamps\n14, avenue de Normand, 17889 Vallée", "14, avenue de Normand"),
])
def test_an_address_line_after_an_escaped_line_break(content, address):
    text = json.dumps({"c": content})
    assert json.loads(ENGINE.redact(text))["c"] == content.replace(address, "[STREET_ADDRESS]").replace(
        "jeremy.smith@example.org", "[EMAIL]").replace("Christelle Deschamps", "[PERSON]")


@pytest.mark.parametrize("value", [
    "+44 7039 893081", "(0131) 318 2815", "4111 1111 1111 1111", "192.168.1.20", "DE89 3704 0044 0532 0130 00",
    "GB29NWBK60161331926819", "2001:db8::8a2e:370:7334", "AKIAIOSFODNN7EXAMPLE", "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB",
])
@pytest.mark.parametrize("sep", ["\n", "\t", "\r\n"])
def test_a_value_after_an_escaped_break_is_found_as_in_plain_text(value, sep):
    # in the JSON text the value follows an escape's letter ("\\n+44 …"): no word glued to it
    content = "Contact record" + sep + value + sep + "end"
    plain = ENGINE.redact(content)
    assert value not in plain
    text = json.dumps({"c": content})
    assert json.loads(ENGINE.redact(text))["c"] == plain
    assert json.loads(_streamed(text, 4))["c"] == plain


def test_an_escaped_backslash_before_a_letter_is_no_break():
    # "\\\\n4111…" is a backslash and the word "n4111…": no card number starts there
    text = json.dumps({"c": "path C:\\n4111111111111111x"})
    assert ENGINE.redact(text) == text


def test_an_email_after_an_escaped_backslash_keeps_its_letters():
    text = '{"c": "a\\\\njane@example.com"}'      # a backslash, then "njane@…"
    assert ENGINE.redact(text) == '{"c": "a\\\\[EMAIL]"}'


def test_redact_json_text_and_fallback():
    txt = '{"user": {"email": "jane@example.com", "inn": 7707083893}}'
    out = ENGINE.redact_json(txt)
    assert json.loads(out) == {"user": {"email": "[EMAIL]", "inn": "[RU_INN]"}}
    assert ENGINE.redact_json("not json jane@example.com") == "not json [EMAIL]"


def test_double_encoded_bare_number_in_text_mode():
    txt = json.dumps({"arguments": json.dumps({"inn": 7707083893}, separators=(",", ":"))})
    out = ENGINE.redact(txt)
    assert json.loads(json.loads(out)["arguments"]) == {"inn": "[RU_INN]"}


ENVELOPED = [
    ("| Name | DOB |\n|---|---|\n| Susana Finke | 1965-05-21 |", "| Name | DOB |\n|---|---|\n| [PERSON] | [DATE_OF_BIRTH] |"),
    ("Name:\nSusana Finke\nDate of birth:\n28.11.1977", "Name:\n[PERSON]\nDate of birth:\n[DATE_OF_BIRTH]"),
    ("name,dob,mrn\nSusana Finke,1965-05-21,KH-713498", "name,dob,mrn\n[PERSON],[DATE_OF_BIRTH],[MEDICAL_RECORD_NUMBER]"),
    # read as JSON text, the e-mail starts at the "t" of "\t": the tab must stay
    ("COPY payees (id, holder, email) FROM stdin;\n1\tKlavdiy Baranov\tklavdiy.baranov@laposte.net\n\\.",
     "COPY payees (id, holder, email) FROM stdin;\n1\t[PERSON]\t[EMAIL]\n\\."),
]


@pytest.mark.parametrize("content,expected", ENVELOPED)
def test_redact_answer_reads_a_message_with_line_breaks_as_its_own_text(content, expected):
    # in the JSON text the line breaks are escapes, and the table, form or CSV loses its shape
    text = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}], "user": "Susana Finke"})
    summary = {}
    out = json.loads(ENGINE.redact_answer(text, summary))
    assert out["choices"][0]["message"]["content"] == expected
    assert out["user"] == "[PERSON]", "the text's own reading still counts"
    assert summary["PERSON"] == 2
    assert ENGINE.redact_data({"content": json.dumps({"c": content})})["content"] == json.dumps({"c": expected})


def test_redact_answer_keeps_json_inside_a_string_valid():
    inner = json.dumps({"inn": 7707083893, "note": "call\njane@example.com"})
    out = ENGINE.redact_answer(json.dumps({"arguments": inner}))
    assert json.loads(json.loads(out)["arguments"]) == {"inn": "[RU_INN]", "note": "call\n[EMAIL]"}


def test_redact_answer_rebuilds_strings_as_they_were_escaped():
    # a pair of \u escapes is one character; a lone surrogate stays an escape, so the answer encodes to UTF-8
    text = json.dumps({"c": "Hi \U0001F600 \udc00\nName: Susana Finke"})
    out = ENGINE.redact_answer(text)
    assert json.loads(out) == {"c": "Hi \U0001F600 \udc00\nName: [PERSON]"} and out.isascii()
    out.encode("utf-8")
    raw = ENGINE.redact_answer(json.dumps({"c": "Hi \U0001F600\nName: Susana Finke"}, ensure_ascii=False))
    assert raw == '{"c": "Hi \U0001F600\\nName: [PERSON]"}'


def test_redact_answer_without_escaped_structure_is_redact_json():
    text = json.dumps({"user": {"email": "jane@example.com", "inn": 7707083893}, "note": "plain"})
    assert ENGINE.redact_answer(text) == ENGINE.redact_json(text)


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
    answer = ENGINE.redact_answer(json.dumps({"content": txt, "data": value}))
    json.loads(json.loads(answer)["content"])


def _streamed(text, step):
    stream = ENGINE.stream()
    return "".join(stream.feed(text[i:i + step]) for i in range(0, len(text), step)) + stream.flush()


def test_card_between_commas_in_a_string_is_replaced_without_quotes():
    rows = ["NL91ABNA0417164300,4337004130789355,2f5861bac53b4e04", "C:\\\\tmp,5394516318360169,ok"]
    doc = {"header": ["iban", "card"], "rows": rows}
    for text in (json.dumps(doc), json.dumps(doc, indent=2)):
        out = ENGINE.redact(text)
        rows = json.loads(out)["rows"]
        assert rows == ["[IBAN],[CREDIT_CARD],2f5861bac53b4e04", "C:\\\\tmp,[CREDIT_CARD],ok"]
        for step in (1, 5, 64):
            assert _streamed(text, step) == out


def test_bare_numbers_are_still_quoted_outside_strings_and_in_double_encoded_json():
    text = '{"note": "a,b \\\\", "inn": 7707083893, "args": "{\\"inn\\": 7707083893}"}'
    out = ENGINE.redact(text)
    assert out == '{"note": "a,b \\\\", "inn": "[RU_INN]", "args": "{\\"inn\\": \\"[RU_INN]\\"}"}'
    assert json.loads(json.loads(out)["args"]) == {"inn": "[RU_INN]"}
    assert _streamed(text, 3) == out


def _inside_string_reference(text, end):
    inside = escaped = False
    for ch in text[:end]:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = inside
        elif ch == '"':
            inside = not inside
    return inside, escaped


@settings(max_examples=200, deadline=None)
@given(json_values, st.lists(st.integers(1, 9), min_size=1, max_size=20))
def test_json_string_state_read_in_pieces_matches_a_character_walk(value, cuts):
    text = json.dumps(value, ensure_ascii=False)
    state, pos, i = JSON_TEXT_START, 0, 0
    while pos < len(text):
        end = min(len(text), pos + cuts[i % len(cuts)])
        state = json_string_state(text, pos, end, state)
        assert state == _inside_string_reference(text, end)
        pos, i = end, i + 1


def test_a_finding_before_an_escaped_break_keeps_the_break():
    # the escaped-break reading sees "\\n" as a space and a break: the space is the escape's backslash, no part of the
    # address before it (masking it left "[STREET_ADDRESS]n58105")
    body = json.dumps({"content": "Brief an:\nKarl Mühle\nTalstraße 58\n58105 Bautzen"})
    for out in (ENGINE.redact(body), ENGINE.redact_answer(body)):
        assert json.loads(out)["content"] == "Brief an:\n[PERSON]\n[STREET_ADDRESS]\n58105 Bautzen"


@pytest.mark.parametrize("text", [
    '{"score": 0.9876543210, "phone": 4155550123}',
    '{"p": [0.0123456789, 1.5e-10, 4.155550134e9], "phone": 4155550123}',
])
def test_a_number_with_a_fraction_or_exponent_is_never_an_identifier(text):
    # Ten fraction digits read as a phone number; a probability must stay a number (and JSON valid).
    engine = Engine()
    doc = json.loads(text)
    for out in (engine.redact_json(text), engine.redact_answer(text), engine.redact(text), engine.redact_text(text),
                _streamed_by(engine, text, 3)):
        red = json.loads(out)
        assert red["phone"] == "[PHONE]", out
        assert {k: v for k, v in red.items() if k != "phone"} == {k: v for k, v in doc.items() if k != "phone"}, out
    assert engine.redact_data({"score": 0.9876543210}) == {"score": 0.9876543210}
    assert engine.redact_json('{"note": "call 0.9876543210"}') == '{"note": "call [PHONE]"}'  # a string is text


def _streamed_by(engine, text, size):
    stream = engine.stream()
    return "".join(stream.feed(text[i:i + size]) for i in range(0, len(text), size)) + stream.flush()
