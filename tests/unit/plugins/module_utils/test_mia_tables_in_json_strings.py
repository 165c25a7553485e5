# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A model's answer served as JSON: its table's lines end in escaped breaks ("\\n") and its quotes are escaped, yet the
table is read as the same answer in plain text is, whole and streamed."""
from __future__ import annotations

import json
import random

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, run_stream

ROWS = [("Quentin Abernathy", "q.abernathy@example.org", "1961-03-14", "Lisbon"),
        ("Marisol Okonkwo", "marisol.o@example.net", "07/22/1984", "Quito"),
        ("Teodor Lindqvist", "teodor@example.com", "2 February 1977", "Oslo"),
        ("Hyacinth Barlowe", "hbarlowe@example.org", "1990-11-30", "Perth"),
        ("Dragomir Castellanos", "dcastellanos@example.com", "12/01/1958", "Lima")]
CSV = "Here are the records you asked for:\n\nname,email,date_of_birth,city\n" + "".join(
    '"%s",%s,%s,%s\n' % row for row in ROWS) + "\nLet me know if you need more."
MARKDOWN = ("Here they are:\n\n| Name | Born | City |\n|---|---|---|\n"
            + "".join("| %s | %s | %s |\n" % (name, born, city) for name, _mail, born, city in ROWS) + "\nDone.")
# a birth word in a header names no date in a row far below it ("Registration date" is no birth date)
COMPARED = ("I compared the two documents:\n\n| Field | Application | Birth certificate |\n|---|---|---|\n"
            "| Name | Quentin Abernathy | ABERNATHY, Quentin |\n| Place of birth | Lisbon | Lisbon |\n"
            + "".join("| Note %d | — | checked |\n" % i for i in range(12))
            + "| Registration date | — | 04/03/1961 |\n| Certificate no. | — | 94697717063 |\n\nAll good.")


def _completion(text, indent=None):
    return json.dumps({"id": "chatcmpl-1", "object": "chat.completion",
                       "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}]}, indent=indent)


def _content(out):
    return json.loads(out)["choices"][0]["message"]["content"]


@pytest.mark.parametrize("text", [CSV, MARKDOWN], ids=["csv", "markdown"])
@pytest.mark.parametrize("indent", [None, 2])
def test_a_table_in_a_json_string_is_read_as_in_plain_text(text, indent):
    plain = ENGINE.redact(text)
    for name, mail, born, _city in ROWS:
        assert name not in plain and mail not in plain and born not in plain, plain
    assert _content(ENGINE.redact(_completion(text, indent))) == plain


@pytest.mark.parametrize("text", [CSV, MARKDOWN, COMPARED], ids=["csv", "markdown", "compared"])
def test_a_table_in_a_json_string_streams_as_the_whole_text(text):
    # the rows run on far past the stream's left context: the header is carried along from its escaped line
    doc = _completion(text)
    want = ENGINE.redact(doc)
    for seed in range(10):
        rng = random.Random(seed)
        cuts = [rng.randrange(len(doc)) for _cut in range(rng.randrange(20, 300))]
        assert run_stream(doc, cuts)[0] == want


def test_a_header_naming_a_certificate_masks_no_date_below_it():
    out = _content(ENGINE.redact(_completion(COMPARED)))
    assert "| Registration date | — | 04/03/1961 |" in out, out


def test_an_escaped_quote_before_a_number_in_a_message_adds_no_quotes():
    # the nearest quote is a quotation's in the text, not a member's of JSON inside the string
    text = 'Log: user="jdoe" signed up.\n\nContact:\n- Phone: 4930123456\n\nThanks'
    out = ENGINE.redact(json.dumps({"choices": [{"message": {"content": text}}]}))
    assert json.loads(out)["choices"][0]["message"]["content"] == text.replace("4930123456", "[PHONE]"), out


def test_a_number_of_json_inside_a_string_is_still_quoted():
    out = ENGINE.redact(json.dumps({"payload": json.dumps({"name": "x", "phone": 4930123456})}))
    assert json.loads(json.loads(out)["payload"])["phone"] == "[PHONE]", out


@pytest.mark.parametrize("dialogue, born", [
    ("Agent: Und Ihr Geburtsdatum bitte?\nKunde: Der 8., äh, nein, Moment: 7. Juni 1985.\nAgent: Danke.", "7. Juni 1985"),
    ("1\n00:01:02,100 --> 00:01:05,200\nCould you confirm your date of birth?\n\n2\n00:01:06,000 --> 00:01:08,900\n"
     "Yeah, 31 Jul 1961.\n", "31 Jul 1961"),
], ids=["turns", "subtitles"])
def test_the_answer_to_a_birth_date_question_in_a_json_string(dialogue, born):
    # the question's line ends in an escaped break: read as a space and a break, the "?" still ends the line
    assert born not in ENGINE.redact(dialogue)
    out = _content(ENGINE.redact(_completion(dialogue)))
    assert born not in out and "[DATE_OF_BIRTH]" in out, out


def test_a_form_line_with_commas_is_no_table_header():
    # "DOB: July 21, 1976    MRN: …" holds two commas; the year below its third "cell" is no record number
    form = ("Patient: Ramos, David    DOB: July 21, 1976    MRN: MRN 3527293\n"
            "Address: 8735 West Mountains, Apt 13, West Colleenburgh, NJ 70820\n"
            "Admitted: November 28, 2021   Discharged: December 7, 2021\n")
    assert "December 7, 2021\n" in ENGINE.redact(form)


def test_a_table_heading_a_json_string_is_walked_whole_and_streamed():
    text = "name;e_mail;date_of_birth;city\n" + "".join("%s;%s;%s;%s\n" % row for row in ROWS * 2)
    doc = _completion(text)
    want = ENGINE.redact(doc)
    assert _content(want) == ENGINE.redact(text)
    for name, mail, born, _city in ROWS:
        assert name not in want and mail not in want and born not in want, want
    for seed in range(6):
        rng = random.Random(seed)
        assert run_stream(doc, [rng.randrange(len(doc)) for _cut in range(rng.randrange(20, 200))])[0] == want
