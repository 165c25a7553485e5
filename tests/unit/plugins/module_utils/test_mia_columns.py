# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON column tables: a header of names, then rows of values by position."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings, strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.columns import row_names, tables

ENGINE = Engine()
NAMES = ["ticket", "patient", "birth_date", "mrn", "ssn"]
ROWS = [["T-1001", "Greta Lindqvist", "14.02.1961", "KH-448120", "536-22-1417"],
        ["T-1002", "Oskar Brandt", "1972-11-30", "KH-913377", 457551234]]
SECRETS = ("Greta Lindqvist", "14.02.1961", "KH-448120", "536-22-1417", "Oskar Brandt", "1972-11-30", "KH-913377", "457551234")
SHAPES = {
    "columns_rows": {"query": "q7", "columns": NAMES, "rows": ROWS},
    "pandas_split": {"columns": NAMES, "index": [0, 1], "data": ROWS},
    "sheet": [NAMES] + ROWS,
    "nested": {"result": {"tags": ["weekly", "export"], "schema": NAMES, "values": ROWS}},
}


def assert_redacted(out):
    for secret in SECRETS:
        assert secret not in out
    # row ids and the header survive
    assert "T-1001" in out and "T-1002" in out and "birth_date" in out


@pytest.mark.parametrize("shape", sorted(SHAPES))
@pytest.mark.parametrize("indent", [None, 2])
def test_values_are_read_with_their_column_names(shape, indent):
    text = json.dumps(SHAPES[shape], indent=indent, ensure_ascii=False)
    out = ENGINE.redact(text)
    assert_redacted(out)
    json.loads(out)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parsed_data_is_read_the_same_way(shape):
    out = ENGINE.redact_data(SHAPES[shape])
    assert_redacted(json.dumps(out, ensure_ascii=False))
    counts = ENGINE.findings_summary(SHAPES[shape])
    assert counts.get("PERSON") == 2 and counts.get("DATE_OF_BIRTH") == 2 and counts.get("MEDICAL_RECORD_NUMBER") == 2


def test_a_bare_number_cell_becomes_a_string_and_the_json_stays_valid():
    out = json.loads(ENGINE.redact(json.dumps(SHAPES["columns_rows"])))
    assert isinstance(out["rows"][1][4], str) and "457551234" not in out["rows"][1][4]


def test_the_nearest_header_names_the_columns():
    # "tags" has as many items as the rows have values, but "columns" stands between it and them
    doc = {"tags": ["a", "b"], "columns": ["id", "dob"], "rows": [["x1", "1980-04-02"]]}
    assert "1980-04-02" not in ENGINE.redact(json.dumps(doc))
    assert [t[0] for t in tables(json.dumps(doc))] == [['"id"', '"dob"']]


def test_rows_of_another_width_are_not_keyed():
    text = json.dumps({"columns": ["id", "dob"], "rows": [["x1", "1980-04-02", "extra"]]})
    assert tables(text) == []
    assert row_names(json.loads(text)) == {}


@pytest.mark.parametrize("doc", [
    {"tags": ["vip", "eu"], "matrix": [[0.1, 0.9], [0.4, 0.6]]},           # not names of anything sensitive
    {"labels": ["cat", "dog"], "probabilities": [[0.93, 0.07]]},
    {"columns": ["id", "released"], "rows": [["v2", "2019-03-04"], ["v3", "2020-05-06"]]},
])
def test_tables_without_sensitive_columns_pass_unchanged(doc):
    text = json.dumps(doc)
    assert ENGINE.redact(text) == text


def test_a_table_cut_short_keeps_its_complete_values_keyed():
    text = json.dumps(SHAPES["columns_rows"])
    cut = text.index("KH-913377") + len("KH-913377") + 2
    out = ENGINE.redact(text[:cut])
    assert "Oskar Brandt" not in out and "1972-11-30" not in out and "KH-913377" not in out


def _table_text(data):
    rows, shape, indent = data
    names = ["id", "name", "dob", "mrn", "note"]
    body = {"columns": names, "rows": rows} if shape == 0 else [names] + rows
    return json.dumps(body, indent=indent, ensure_ascii=False)


CELLS = st.lists(st.tuples(st.sampled_from(["#100", "R-7", 12]), st.sampled_from(["Greta Lindqvist", "Oskar Brandt"]),
                           st.sampled_from(["14.02.1961", "1972-11-30"]), st.sampled_from(["KH-448120", "KH-913377"]),
                           st.sampled_from(["", "ok", "x" * 150, None])).map(list), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(st.tuples(CELLS, st.integers(0, 1), st.sampled_from([None, 2, 12])), st.lists(st.integers(1, 16), min_size=1, max_size=40))
def test_streamed_tables_equal_the_whole_text(data, sizes):
    text = _table_text(data)
    stream = ENGINE.stream()
    out, pos, i = [], 0, 0
    while pos < len(text):
        step = sizes[i % len(sizes)]
        out.append(stream.feed(text[pos:pos + step]))
        pos += step
        i += 1
    out.append(stream.flush())
    whole = ENGINE.redact(text)
    assert "".join(out) == whole
    assert "Greta" not in whole and "1972-11-30" not in whole


@pytest.mark.parametrize("doc, secret", [
    ([{"key": "ssn", "value": "536221417"}], "536221417"),
    ({"Tags": [{"Key": "Owner", "Value": "Greta Lindqvist"}]}, "Greta Lindqvist"),
    ({"attributes": [{"name": "birth_date", "value": "1972-11-30"}]}, "1972-11-30"),
    ({"Entities": [{"Score": 0.98, "Text": "Oskar Brandt", "Type": "PERSON"}]}, "Oskar Brandt"),
    ({"fields": [{"Value": "14.02.1961", "Label": "DOB"}]}, "14.02.1961"),
])
def test_a_value_is_read_with_the_label_of_its_neighbouring_member(doc, secret):
    text = json.dumps(doc, indent=2)
    out = ENGINE.redact(text)
    assert secret not in out
    json.loads(out)
    streamed = ENGINE.stream()
    assert "".join(streamed.feed(text[i:i + 7]) for i in range(0, len(text), 7)) + streamed.flush() == out


@pytest.mark.parametrize("doc", [
    [{"key": "env", "value": "prod"}, {"key": "release", "value": "2023-04-05"}],
    {"Entities": [{"Text": "Acme Rocket Works", "Type": "ORGANIZATION"}]},
    {"name": "retries", "value": 123456789},
])
def test_labels_that_name_nothing_sensitive_leave_their_values(doc):
    text = json.dumps(doc)
    assert ENGINE.redact(text) == text
