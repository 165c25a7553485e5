# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""PII in URL-encoded text: form bodies and query strings ("+" is a space there) and percent-escapes anywhere,
UTF-8 byte runs included; offsets map back to the encoded original."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.normalize import normalise
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

FORM_RU = ("full_name=%D0%9A%D0%BE%D0%BD%D0%BE%D0%B2%D0%B0%D0%BB%D0%BE%D0%B2+%D0%A1.+%D0%94."
           "&mail=skonovalov%40inbox.ru&tel=%2B7+%28343%29+053-50-00")


@pytest.mark.parametrize("text, value, kind", [
    ("phone=%2B4922162939421&email=lindau.e%40gmail.com&name=Eduard+Lindau&consent=1", "lindau.e%40gmail.com", "[EMAIL]"),
    ("phone=%2B4922162939421&email=lindau.e%40gmail.com&name=Eduard+Lindau&consent=1", "%2B4922162939421", "[PHONE]"),
    ("phone=%2B4922162939421&email=lindau.e%40gmail.com&name=Eduard+Lindau&consent=1", "Eduard+Lindau", "[PERSON]"),
    ('{"postData": {"text": "%s"}}' % FORM_RU, "skonovalov%40inbox.ru", "[EMAIL]"),
    ('{"postData": {"text": "%s"}}' % FORM_RU, "%2B7+%28343%29+053-50-00", "[PHONE]"),
    ("GET /unsubscribe?list=7&email=jane.roe%40example.com HTTP/1.1", "jane.roe%40example.com", "[EMAIL]"),
    ("<a href=\"mailto:jane.roe%40example.com\">write</a>", "jane.roe%40example.com", "[EMAIL]"),
])
def test_encoded_value_is_masked(text, value, kind):
    out = redacted(text)
    assert value not in out and kind in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "Discount 50% off, 100%25 sure",
    "a=1&b=2+3",                                    # a plus in a value that decodes to nothing personal
    "GET /search?q=caf%C3%A9+cr%C3%A8me&page=2",
    "bad escape %E2%28%A1 stays",                    # no UTF-8: not decoded
])
def test_encoded_text_without_pii_is_kept(text):
    assert redacted(text) == text


def test_offsets_map_back_to_the_encoded_text():
    text = "x=1&mail=jane%40example.com"
    folded, starts, ends = normalise(text)
    assert folded == "x=1&mail=jane@example.com"
    at = folded.index("@")
    assert text[starts[at]:ends[at]] == "%40"
    (f,) = ENGINE.analyze(text)
    assert (f.type, text[f.start:f.end]) == ("EMAIL", "jane%40example.com")


LONG_RU_FORM = ('{"postData": {"mimeType": "application/x-www-form-urlencoded", "text": "full_name='
                '%D0%9B%D1%8E%D0%B4%D0%BC%D0%B8%D0%BB%D0%B0+%D0%9A%D0%BE%D0%BD%D1%81%D1%82%D0%B0%D0%BD%D1%82%D0%B8%D0%BD'
                '%D0%BE%D0%B2%D0%BD%D0%B0+%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2%D0%B0&mail=lyudmila-petrova%40bk.ru'
                '&tel=%2B7+343+030-77-72"}, "response": {"status": 201, "headers": [{"name": "x-trace", "value": "b1f3"}]}}')


@pytest.mark.parametrize("text", [
    LONG_RU_FORM,       # a name of 30 letters is 170 characters encoded: longer than the stream's look-ahead
    "db connect mysql://root:kMCck9&%bcvSbyJKg2@pg-01.int failed; retrying in 5 s with the same credentials " * 2,
])
@pytest.mark.parametrize("size", [1, 7, 16])
def test_stream_equals_whole_text(text, size):
    stream = ENGINE.stream()
    got = "".join(stream.feed(text[i:i + size]) for i in range(0, len(text), size)) + stream.flush()
    assert got == redacted(text)
    assert "%D0%9B" not in got and "kMCck9" not in got
