# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text", [
    "DOB 04/07/1981",
    "date of birth: 1975-12-31",
    '{"birthDate": "31.12.1975"}',
    "born on March 3, 1960",
    "geboren am 12. März 1980",
    "né le 14 juillet 1972",
    "дата рождения 5 мая 1990",
    "дата рождения 05.05.1990",
])
def test_dob_positive(text):
    assert "DATE_OF_BIRTH" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "invoice date 04/07/2021",
    "the meeting on March 3, 2024",
    '{"created": "2023-05-02T01:57:09Z"}',
    "erstellt am 12.03.2020",
])
def test_dob_negative(text):
    assert "DATE_OF_BIRTH" not in types(text)


def test_table_probe_finds_nothing_without_a_newline():
    """DobRecognizer skips _table_column for texts without a newline; the probe must agree."""
    import random
    from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import recognizers
    pieces = ["dob", "birth", "name", ",", "|", "\t", ";", '"', " ", "1990-01-02", "12.03.1985", "Ann Lee", "\r"]
    rnd = random.Random(21)
    for trial in range(3000):
        text = "".join(rnd.choice(pieces) for k in range(rnd.randint(1, 30)))
        doc = recognizers.Doc(text)
        for hs, word in doc.find_all(recognizers._DOB_NEEDLES):
            out = []
            recognizers.DobRecognizer._table_column(doc, hs, out)
            assert out == [], text


@pytest.mark.parametrize("text,value", [
    ("| Name | X |\n| D.O.B. | 07/15/1967 |", "07/15/1967"),
    ("D.O.B.: Aug. 15, 1963", "Aug. 15, 1963"),
    ("Пациентка Агния, 2 июля 1970 года г.р., номер", "2 июля 1970 года"),
    ("Лыков, 05.03.1939 г.р.", "05.03.1939"),
    ("Лыков Ф., 1949-03-03 г. р.", "1949-03-03"),
])
def test_dob_dotted_cue_and_russian_postfix(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "DATE_OF_BIRTH"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Договор от 05.03.2021 г., исполнитель Лыков.",
    "Заказ 12.04.2024 г. р/с 40702810",
])
def test_dob_russian_postfix_negative(text):
    assert "DATE_OF_BIRTH" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("INSERT INTO customers (full_name, email, dob) VALUES ('Ann Lee', 'a@b.io', '1970-03-25'), ('Bo Yi', 'b@c.io', '1981-02-03');",
     ["1970-03-25", "1981-02-03"]),
    ("INSERT INTO visits (patient, visit_date, dob) VALUES ('X', '2024-01-02', NULL);", []),
    ("Agent: Zur Prüfung: Ihr Geburtsdatum?\nKunde: Der 6. August 1988.\nAgent: Danke.", ["6. August 1988"]),
    ("Agent: Ihr Geburtsdatum?\nKunde: Moment bitte.\nAgent: Termin am 12.03.2024", []),
])
def test_dob_sql_column_and_answer_turn(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "DATE_OF_BIRTH"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("Anna Berg, 12.03.1980 (geb.), Kundin", ["12.03.1980"]),
    ("Jane Roe, 1980-03-12 (date of birth), visit 2024-01-01", ["1980-03-12"]),
    ("Петров, 05.03.1939 (дата рождения)", ["05.03.1939"]),
    ("Visit 2024-01-01 (DOB unknown)", []),
    ("seen 2024-01-01 (born 1980-02-03)", ["1980-02-03"]),
])
def test_dob_cue_in_brackets_after_the_date(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "DATE_OF_BIRTH"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Witness statement taken from Damien T. Ball, 1987-09-02, of 9386 Romero Crest",
    "Witness statement taken from Rebecca Thomas, November 7, 1939, of 4108 Stafford Knolls",
    "Witness statement taken from Megan Williams, 01/07/1989, of 3 Johnson Loaf",
    "Личное дело студента: Вера Лукина, 1998-05-31, СНИЛС 844-109-636 02",
    "Личное дело студента: Логинов Творимир, 21 марта 1969, СНИЛС 681-847-127 33",
    "Zeugin: Anna Schmidt, 03.08.1953, wohnhaft in Berlin",
])
def test_dob_in_apposition_to_a_name(text):
    assert "DATE_OF_BIRTH" in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Signed by John Smith, 2023-05-01, in London.",
    "Meeting with John Smith, 12.03.2024, Berlin.",
    "Contact John Smith, 2022-12-25T15:51:49, ok",
    "Einstein, 14.03.1879, Ulm",
    "the Tenant Deposit Scheme, 1987-09-02, archive",
    "Rendez-vous avec Jeanne Martin, 12/03/2025, à Paris.",
    "Встреча: Вера Лукина, 31.05.2024, Москва",
    "Jane Roe, 1987-09-02 14:00 UTC",
])
def test_dob_in_apposition_negative(text):
    assert "DATE_OF_BIRTH" not in types(text), ENGINE.analyze(text)


def test_a_table_row_naming_a_cue_word_stays_a_row_of_its_table():
    # the second row mentions "dob" in its note: it is not the header of the rows below it
    text = ("name;dob;note\nAnn Lee;1980-02-03;ok\nBob Roe;1975-06-07;dob checked twice\n"
            "Cy Poe;1969-11-12;fine\nDee Ray;1990-01-30;-\n")
    found = [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "DATE_OF_BIRTH"]
    assert found == ["1980-02-03", "1975-06-07", "1969-11-12", "1990-01-30"]
