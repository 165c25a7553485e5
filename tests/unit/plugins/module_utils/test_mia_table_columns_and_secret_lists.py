# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Text-table columns of patient record numbers and of tokens, with CSV fields that quote a comma ("Evans, Keith");
JSON arrays of secrets; a secret after "was"; camel-case birth-date keys; a month-name birth date left unquoted in CSV."""
from __future__ import annotations

import json

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.recognizers import row_cell
from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted, types

CSV_PATIENTS = ('Name,Patient record no.,Date of birth\n"Dickson, Matthew",770199588,11/18/1987\n'
                '"Evans, Keith",GG460884/36,June 1, 1977\n"Green, Tyler",TG154840-E1,April 13, 1991\n')


def test_row_cell_honours_quoted_commas():
    line = '"Evans, Keith",GG460884/36,"a, b",x'
    cells = [line[a:b] for a, b in (row_cell(line, 0, len(line), ",", k) for k in range(4))]
    assert cells == ['"Evans, Keith"', "GG460884/36", '"a, b"', "x"]
    assert row_cell(line, 0, len(line), ",", 4) is None


def test_record_number_and_birth_date_columns():
    out = redacted(CSV_PATIENTS)
    for value in ("770199588", "GG460884", "TG154840", "11/18/1987", "June 1, 1977", "1977", "April 13, 1991"):
        assert value not in out


@pytest.mark.parametrize("table, value", [
    ("| Name | Patient record no. | IBAN |\n|---|---|---|\n| Joel McKenzie | ZK572768/80 | x |\n", "ZK572768"),
    ("Name,Patientennummer,Telefon\n\"Nicolas Römer\",PA013123-X0,+49 30 16373472\n", "PA013123"),
    ("| Имя | Номер медкарты | Ключ |\n|---|---|---|\n| Каллистрат Баранов | 84976446 | x |\n", "84976446"),
])
def test_record_number_columns(table, value):
    assert value not in redacted(table)


@pytest.mark.parametrize("table, value", [
    ("Name,Patientennummer,Telefon\n\"Anna Lee\",TKT-1234567,+49 30 16373472\n", "TKT-1234567"),
    ("Name,Record ID,Card\n\"Joanne Ellis\",VY035577,x\n", "VY035577"),
])
def test_ticket_numbers_and_record_ids_in_tables_keep(table, value):
    assert value in redacted(table)


def test_french_patient_file_label():
    assert "HF295660" not in redacted("- Nom: Alice Duval\n- N° dossier patient: HF295660/11\n- Courriel: x")


def test_token_column():
    table = ('Name,SSN,Token\n"Kimberly Little",809-94-3749,TYiWUGIXUaaHYctcA9lx5Y7TrVj1+W09LIX7j6zN\n'
             '"Roger Chambers",633212516,ready\n')
    out = redacted(table)
    assert "TYiWUGIXUaa" not in out and ",ready" in out


def test_a_key_column_of_issue_keys_keeps():
    table = "| Name | Key | Owner |\n|---|---|---|\n| Build | PROJ-1234 | ops |\n| Build2 | PROJ-1235 | ops |\n"
    assert redacted(table) == table


@pytest.mark.parametrize("text", [
    '{"LeakedSecrets":["sk_test_iBcdlhwz60V0EWrlssjQ9pyG","Ur3x+YVx2UDy0tv8wplsIpOY6NYUahXCGxLgcA5H"],"x":"y"}',
    '{\\"leaked_secrets\\":[\\"Ur3x+YVx2UDy0tv8wplsIpOY6NYUahXCGxLgcA5H\\"]}',
])
def test_arrays_of_secrets(text):
    assert "Ur3x+YVx2UDy0tv8" not in redacted(text)


def test_an_array_of_words_under_a_token_key_keeps():
    text = '{"tokens": ["alpha-beta-gamma", "ready"]}'
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    "leaked credential in repo was vgU4JXMclUHvXFlAWOC0uRv6ewAkAEnwe3J1uqHp (commit 7b89401).",
    "the leaked token was vgU4JXMclUHvXFlAWOC0uRv6ewAkAEnwe3J1uqHp (commit 7b89401).",
])
def test_a_secret_after_was(text):
    assert types(text) == ["API_KEY"]


@pytest.mark.parametrize("text", [
    "the token was revoked yesterday",
    "the key for the project was HelloWorldApplication",
])
def test_words_after_was_keep(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    '{"memberSince":"2023-11-04","childDob":"22.08.1976"}',
    '{"childDOB":"22.08.1976"}',
])
def test_camel_case_birth_date_keys(text):
    assert types(text) == ["DATE_OF_BIRTH"]


def test_dob_inside_a_word_is_no_cue():
    assert redacted("adobe 22.08.1976") == "adobe 22.08.1976"


NESTED = ('{"message": "{\\"data\\":\\"{\\\\\\"secrets\\\\\\":{\\\\\\"adminPassword\\\\\\":\\\\\\"Falcon1853$\\\\\\"},'
          '\\\\\\"patientRecordNumber\\\\\\":\\\\\\"PT65782001\\\\\\"}\\"}"}')


def test_json_in_a_string_in_a_string():
    out = redacted(NESTED)
    assert "Falcon1853" not in out and "PT65782001" not in out
    assert json.loads(json.loads(json.loads(out)["message"])["data"])["secrets"]["adminPassword"] == "[API_KEY]"


@pytest.mark.parametrize("text", [
    "wurde eingeschlossen; Krankenaktennummer CR941698.",
    "Krankenakten-Nr. 87262994 liegt vor",
])
def test_german_record_file_numbers(text):
    assert types(text) == ["MEDICAL_RECORD_NUMBER"]
