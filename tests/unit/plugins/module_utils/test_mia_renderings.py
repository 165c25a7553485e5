# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Data rendered for a reader: birth dates written compactly (HL7 "19430324", airline "12MAR75", a Python repr's
"date(1978, 4, 25)"), tables aligned with spaces (pandas, SQL clients), passenger names as SURNAME/GIVEN, Russian
full names in capitals, guardians' labels; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

PANDAS = """Out[29]:
      id      client                   email              portable   naissance  ...                   note
0  51582  G. Rousset  genevieve88@wanadoo.fr  +33 (0)2 93 30 19 46  1977-03-19  ...  Baisser jeune somm...
1   4411     P. Roux        proux@wanadoo.fr     +33 6 12 34 56 78  1980-11-02  ...  Rien a signaler...
"""
SQL_CLIENT = """ patient_id  full_name        dob         last_visit
 ----------  ---------------  ----------  ----------
 8034        Guy Devaux       1961-04-07  2024-02-11
 8035        Ann Marlow       1975-12-30  2024-03-01
"""


@pytest.mark.parametrize("text, value", [
    ('<birthTime value="20031031"/>', "20031031"),
    ("  DOB       12MAR75\n", "12MAR75"),
    ('"dob": "19430324"', "19430324"),
    ("Patient(mrn='CS866399-TM', born=datetime.date(1978, 4, 25), phone='+33 5 60 60 54 68')", "1978, 4, 25"),
    (PANDAS, "1977-03-19"),
    (PANDAS, "1980-11-02"),
    (SQL_CLIENT, "1961-04-07"),
    (SQL_CLIENT, "1975-12-30"),
])
def test_birth_date_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[DATE_OF_BIRTH]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ('"dob": "19431324"', "19431324"),                             # no month 13
    ('<effectiveTime value="20031031"/>', "20031031"),             # no birth cue
    (SQL_CLIENT, "2024-02-11"),                                    # the next column
    (PANDAS.replace("naissance", "inscription"), "1977-03-19"),    # a column of other dates
    ("ETKT 005-2840703997", "005-2840703997"),                     # an e-ticket number
])
def test_look_alike_date_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("PASSENGER  BROWN/DENNIS MR   ETKT 005-2840703997", "BROWN/DENNIS"),
    ("  DOB       16JUN83\nPASSENGER  PERON/MATHILDE MRS   ETKT 643-4926893796", "PERON/MATHILDE"),
    ("PASSENGER  SCHMIEDECKE/KLAUSPETER MR", "SCHMIEDECKE/KLAUSPETER"),    # no lexicon word: the passenger label
    ("Пассажир: НИКОЛАЕВ ХРИСТОФОР ГАВРИИЛОВИЧ, паспорт РФ", "НИКОЛАЕВ ХРИСТОФОР ГАВРИИЛОВИЧ"),
    ("Законный представитель:  Варлаам Осипов\nКонтакт: 8 912 941 11 62", "Варлаам Осипов"),
    ("Erziehungsberechtigte/r: Karlfried Kallert", "Karlfried Kallert"),
    ("Responsable légal:       CHEVALIER Martin", "CHEVALIER Martin"),
    (SQL_CLIENT, "Guy Devaux"),
])
def test_name_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Reply AND/OR MR SMITH", "AND/OR"),
    ("Configure TCP/IP MS networking", "TCP/IP"),
    ("ROUTE FRA/JFK MR", "FRA/JFK"),
    ("ООО «ГЛАВНЫЙ РАСЧЕТНЫЙ ЦЕНТР»", "ГЛАВНЫЙ РАСЧЕТНЫЙ ЦЕНТР"),
])
def test_look_alike_name_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


def test_surname_schueler_stays_a_name():
    out = redacted('{"payer":"Schüler, Lisette","name":"Carmen Schüler"}')
    assert "Schüler" not in out, out


def test_streamed_rows_far_below_an_aligned_header_are_read_under_it():
    rows = "".join("%4d  %-14s  19%02d-0%d-1%d  2024-01-0%d\n" % (k, "Ann Marlow", 40 + k, 1 + k % 9, k % 10, 1 + k % 9)
                   for k in range(40))
    text = " id    full_name       dob         last_visit\n" + rows
    stream = ENGINE.stream()
    out = "".join(stream.feed(text[i:i + 7]) for i in range(0, len(text), 7)) + stream.flush()
    assert out == redacted(text)
    assert out.count("[DATE_OF_BIRTH]") == 40, out


PSQL = """  id  |      kunde       |             e_mail              |     last_login
------+------------------+---------------------------------+---------------------
 3452 | A. Fröhlich      | annegrete-froehlich@mailbox.org | 2024-08-05 08:47:11
  342 | Wiek, Ingried    | ingried70@gmail.com             | 2024-07-10 05:50:44
(2 rows)
"""
SQLPLUS = """CUST_ID FULL_NAME        EMAIL                        BORN       STATUS
------- ---------------- ---------------------------- ---------- ------
  82998 Ada Meister      ada.meister@mailbox.org      1975-03-02 ACTIVE
  82999 Bo Kern          bo@mailbox.org                          CLOSED
  83000 Cy Roe           cy@mailbox.org               1980-01-02 ACTIVE
"""


@pytest.mark.parametrize("text, value, kind", [
    (PSQL, "A. Fröhlich", "[PERSON]"),          # the rows below the client's "----+----" underline
    (PSQL, "Wiek, Ingried", "[PERSON]"),
    (SQLPLUS, "Ada Meister", "[PERSON]"),       # columns marked by the underline's dashes, one space apart
    (SQLPLUS, "1975-03-02", "[DATE_OF_BIRTH]"),
    (SQLPLUS, "1980-01-02", "[DATE_OF_BIRTH]"),   # after a row whose cell is empty
])
def test_sql_client_cell_is_masked(text, value, kind):
    out = redacted(text)
    assert value not in out and kind in out, (text, ENGINE.analyze(text))
    stream = ENGINE.stream()
    assert "".join(stream.feed(text[i:i + 5]) for i in range(0, len(text), 5)) + stream.flush() == out


def test_sql_client_other_columns_are_kept():
    out = redacted(SQLPLUS)
    assert "ACTIVE" in out and "82998" in out and "2024-08-05 08:47:11" in redacted(PSQL)


@pytest.mark.parametrize("text, name", [
    ('{"travellers": [{"surname": "FRY", "given": "KATHERINE", "born": "1966-07-10"}]}', "KATHERINE"),
    ('{"name": {"family": "Roe", "given": "Jana"}}', "Jana"),
])
def test_given_name_string_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", ['{"given": "unknown"}', '{"given": true}', '{"given": "2024-01-01"}'])
def test_given_key_without_a_name_is_kept(text):
    assert redacted(text) == text


SOAP = """<pat:FindPatientResponse>
  <pat:Patient>
    <pat:Mrn>PT11095436</pat:Mrn>
    <pat:DisplayName>Guyot, Nicolas</pat:DisplayName>
    <pat:BirthDate>1975-03-02</pat:BirthDate>
    <pat:Status>Active Plan</pat:Status>
  </pat:Patient>
</pat:FindPatientResponse>
"""


@pytest.mark.parametrize("text, value, kind", [
    (SOAP, "PT11095436", "[MEDICAL_RECORD_NUMBER]"),     # an element names its text by its tag
    (SOAP, "Guyot, Nicolas", "[PERSON]"),
    (SOAP, "1975-03-02", "[DATE_OF_BIRTH]"),
    ('<label>Vollständiger Name <input type="text" name="full_name" value="Blanka Gutknecht"></label>', "Blanka Gutknecht",
     "[PERSON]"),
])
def test_markup_value_is_masked(text, value, kind):
    out = redacted(text)
    assert value not in out and kind in out, (text, ENGINE.analyze(text))
    stream = ENGINE.stream()
    assert "".join(stream.feed(text[i:i + 3]) for i in range(0, len(text), 3)) + stream.flush() == out


@pytest.mark.parametrize("text, kept", [
    (SOAP, "Active Plan"),
    ("<title>Monthly Report</title><b>Jane Street Capital</b>", "Monthly Report"),
    ('<input type="text" name="plan" value="Premium Annual">', "Premium Annual"),
])
def test_markup_value_without_pii_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


CDA = """<recordTarget>
  <patientRole>
    <id root="2.16.840.1.113883.19.8" extension="DMP-5480944"/>
    <patient>
      <name><given>Карп</given><family>Прохоров</family></name>
      <birthTime value="19610324"/>
    </patient>
  </patientRole>
</recordTarget>
<author><id root="2.16.840.1.113883.4.6" extension="1234567890"/><assignedPerson><name><given>unknown</given>
<family>UNK</family></name></assignedPerson></author>
"""


@pytest.mark.parametrize("value, kind", [
    ("DMP-5480944", "[MEDICAL_RECORD_NUMBER]"),    # the patientRole's identifier
    ("Карп", "[PERSON]"),
    ("Прохоров", "[PERSON]"),
    ("19610324", "[DATE_OF_BIRTH]"),
])
def test_cda_patient_is_masked(value, kind):
    out = redacted(CDA)
    assert value not in out and kind in out, ENGINE.analyze(CDA)


def test_cda_author_and_placeholders_are_kept():
    out = redacted(CDA)
    assert 'extension="1234567890"' in out and "<given>unknown</given>" in out and "<family>UNK</family>" in out, out


@pytest.mark.parametrize("text, name", [
    ('{"displayName": "GARCIA Dorothée", "responseStatus": "needsAction"}', "GARCIA Dorothée"),
    ('{"displayName": "KOWALCZYK Xenia"}', "KOWALCZYK Xenia"),      # under a person key no lexicon is needed
    ('["FABRE Antoinette", "afabre@wanadoo.fr"]', "FABRE Antoinette"),
])
def test_surname_in_capitals_then_given_name(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", ['{"name": "IBM Cloud"}', '{"customer": "ACME Corp"}', '{"displayName": "HR Team"}'])
def test_capitals_under_a_person_key_without_a_name_are_kept(text):
    assert redacted(text) == text
