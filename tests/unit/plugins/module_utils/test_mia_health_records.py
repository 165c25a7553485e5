# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Health records: HL7 v2 clinicians and labelled record numbers, FHIR identifiers (a patient's "usual" one, the US SSN
system), a patient object's or an access log's patient id, a bare "record" id among care words, birth dates in brackets
after a name, and an AWS secret key written after its key id."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


def _found(text, kind):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == kind]


HL7 = ("MSH|^~\\&|PAS|CHU|EPR|WARD|20190213134350||ADT^A01|1|P|2.5\r"
       "PID|1||MRN 154807741^^^HOSP^MR||Vantablek^Quorra||19700101|F\r"
       "PV1|1|I|W12^21^1||||5533^Omnis^Ziltoid^B|||MED\r"
       "OBR|1|||2345-7^Glucose|||202001011200|||||||||8844^Quixby^Zandor\r")


@pytest.mark.parametrize("text, kind, value", [
    (HL7, "PERSON", "Omnis"), (HL7, "PERSON", "Ziltoid"), (HL7, "PERSON", "Quixby"),
    (HL7, "MEDICAL_RECORD_NUMBER", "MRN 154807741"),
    ('{"identifier":[{"use":"usual","system":"urn:oid:2.16.840.1.113883.19.5","value":"EAD1165931"}]}',
     "MEDICAL_RECORD_NUMBER", "EAD1165931"),
    ('{"identifier": [{"system": "http://hl7.org/fhir/sid/us-ssn",\n "value": "065984924"}]}', "US_SSN", "065984924"),
    ('{"patient": {"name": "Quorra Vantablek", "dob": "1987-05-18", "id": "3982657161"}}', "MEDICAL_RECORD_NUMBER", "3982657161"),
    ('{"user": "a@b.org", "action": "PRINT", "patient": "P51D73334", "ip": "10.0.0.1"}', "MEDICAL_RECORD_NUMBER", "P51D73334"),
    ("Lab summary for N. Duncan (record CCR5623557), sample taken Mar 7, 2025:", "MEDICAL_RECORD_NUMBER", "CCR5623557"),
    ("Demande d'imagerie : IRM du genou pour Honoré Ollivier, dossier 40127074, acte CCAM QZFA036.",
     "MEDICAL_RECORD_NUMBER", "40127074"),
    ("Pre-authorisation approved for Kelly Stevenson (16-May-2000): MRI brain, valid until 2021-11-28.",
     "DATE_OF_BIRTH", "16-May-2000"),
    ("Soins dentaires pour Rémy, Nicolas (1985-11-18) : couronne sur la 36 prévue le 2017-12-02.",
     "DATE_OF_BIRTH", "1985-11-18"),
    ("Стоматология. Пациент: Носова Нинель Мироновна, 02.11.1980. Коронка на зуб 36 — 17 марта 2023.",
     "DATE_OF_BIRTH", "02.11.1980"),
    ("Направление на МРТ. Пациент: Петухова М. С., 19.01.2015, медкарта HF168587-M", "DATE_OF_BIRTH", "19.01.2015"),
    ("The discharge PDF for Carolyn Atkinson (13/10/1935) is attached inline.", "DATE_OF_BIRTH", "13/10/1935"),
    ("they were `AKIAYLJY7XEPXYIKJMIP` / `la82AKxrtcKMYqI1KQQIcQsgV/G1j6oO10Dg1bMQ`. The study UID", "API_KEY",
     "la82AKxrtcKMYqI1KQQIcQsgV/G1j6oO10Dg1bMQ"),
])
def test_health_record_values(text, kind, value):
    assert value in _found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind, value", [
    # a date or a ticket under a patient key, a ticket in a patient object
    ('{"patient": "2024-01-05"}', "MEDICAL_RECORD_NUMBER", "2024-01-05"),
    ('{"patient": {"name": "Quorra Vantablek", "id": "TKT-1234567"}}', "MEDICAL_RECORD_NUMBER", "TKT-1234567"),
    # a date after a name with no other year far enough after it, a date of a meeting
    ("Meeting with Jane Roe (12/03/2024), next review 2025-01-01.", "DATE_OF_BIRTH", "12/03/2024"),
    ("Jane Roe (12/03/1980)", "DATE_OF_BIRTH", "12/03/1980"),
    ("Release notes by Jane Roe (12/03/2024).", "DATE_OF_BIRTH", "12/03/2024"),
    # a 40-character run after a key id that is no generated secret
    ("key AKIAYLJY7XEPXYIKJMIP / 0123456789012345678901234567890123456789 done", "API_KEY",
     "0123456789012345678901234567890123456789"),
    # an identifier in the SSA system that fails the SSN rules
    ('{"system": "http://hl7.org/fhir/sid/us-ssn", "value": "000123456"}', "US_SSN", "000123456"),
])
def test_health_record_look_alikes(text, kind, value):
    assert value not in _found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ("Termin in der Rheumaambulanz bei Dr. Vantablek am 08.05.2018 um 07:40 Uhr.", "Vantablek"),
    ("Auftragsnummer A28M99319. Befund von Dr. Vantablek vidiert, keine Konsequenz.", "Vantablek"),
    ("Caseworker Quorra Vantablek, 1-608-303-1429. Nothing urgent was flagged.", "Quorra Vantablek"),
    ("Next of kin: Vantablek, Quorra (son), 0044 7749 208180.", "Vantablek, Quorra"),
    ("Patient: Teddy (Kaninchen), Halter Vantablek, Quorra, Tel. +49 (0)152 4616260.", "Vantablek, Quorra"),
    ('{"dentist": "Quorra Vantablek", "chart": []}', "Quorra Vantablek"),
    ("Heimkosten für Quorra Vantablek: Lastschrift vom Konto", "Quorra Vantablek"),
    ("Lieferung an Quorra Vantablek, Sergej-Franke-Weg 117/10, 34253 Kassel.", "Quorra Vantablek"),
    ("Consultation:\n[08:05] Dr Berry: Hello, could you confirm your date of birth?\n[08:35] Malcolm: It is 1980-06-02.\n",
     "Malcolm"),
])
def test_care_roles_name_their_holder(text, value):
    assert value in _found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kept", [
    ("Ask Mr. Community personal questions.", "Community"),
    ("Referring dentist, Lindenhurst Dental Laboratory", "Lindenhurst Dental Laboratory"),
    ("[12:00:01] Cache: done\n[12:00:02] Index: started\n", "Cache"),
])
def test_no_name_there(text, kept):
    assert not any(kept in v for v in _found(text, "PERSON")), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ("| Bett | Patient | Pat.-Nr. | Oberarzt |\n|---|---|---|---|\n| H3-01 | Weimer, Dominic | 43226811 | Teresa Steinberg |\n",
     "43226811"),
    ("| Койка | Пациент | Медкарта | Врач |\n|---|---|---|---|\n| F7-03 | Мишин Вацлав Борисович | ЭМК-803688022 | Крылова З. Ф. |\n",
     "ЭМК-803688022"),
    ("[2021-07-07T00:19:12Z] DEBUG ehr: record HOSP-12572843 opened by a@example.org\n", "HOSP-12572843"),
])
def test_record_columns_and_log_lines(text, value):
    assert value in _found(text, "MEDICAL_RECORD_NUMBER"), ENGINE.analyze(text)


def test_a_short_commit_hash_in_a_record_column_is_no_record():
    text = ("| # | Поле | Значение |\n|---|---|---|\n| 1 | Номер медкарты пациента | MRN924840336 |\n| 2 | хеш токена | 3d0f436 |\n")
    assert "3d0f436" not in _found(text, "MEDICAL_RECORD_NUMBER"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ('{"entry": [{"resource": {"performer": [\n          {\n            "display": "Quorra Vantablek"\n          }\n        ]}}]}',
     "Quorra Vantablek"),
    ('{"referral_to": "neurology", "referrer": "Quorra Vantablek", "urgency": "routine"}', "Quorra Vantablek"),
    ('"note": "Gloria hat gefrühstückt. Tochter Quorra Vantablek rief an (0162 5343126)."', "Quorra Vantablek"),
    ("Her daughter Quorra Vantablek will pick her up.", "Quorra Vantablek"),
])
def test_clinicians_and_relatives(text, value):
    assert value in _found(text, "PERSON"), ENGINE.analyze(text)


def test_a_referrer_url_is_no_name():
    assert _found('{"referrer": "https://example.org/page"}', "PERSON") == []


@pytest.mark.parametrize("text, value", [
    ('{\n  "patient": {\n    "name": "Laure Gérard",\n    "birthDate": "16/12/1955",\n    "identifier": "EMR/228446"\n  }\n}',
     "EMR/228446"),
    ('{"patient": {"name": "Tyler Williams", "dob": "2005-04-16", "id": "J67S32897"}}', "J67S32897"),
    ("Record EMR/228446 was merged.", "EMR/228446"),
])
def test_record_numbers_whole(text, value):
    assert value in _found(text, "MEDICAL_RECORD_NUMBER"), ENGINE.analyze(text)


def test_a_hash_as_a_patient_objects_id_is_no_record():
    assert _found('{"patient": {"id": "3f9a2c1d"}}', "MEDICAL_RECORD_NUMBER") == []


@pytest.mark.parametrize("text, value", [
    ('{"diagnosis": "asthma", "sourceSnippet": "Patient Stéphanie du Lefort, October 22, 1973, 919441564"}', "919441564"),
    ("Clinic intake: Patient Kerry Smart, 1941-01-16, IT-5948-3K1N, referred by her GP.", "IT-5948-3K1N"),
])
def test_identifier_beside_name_and_birth_date_among_care_words(text, value):
    assert value in _found(text, "MEDICAL_RECORD_NUMBER"), ENGINE.analyze(text)


def test_identifier_date_and_name_of_a_patient_message():
    # the date between the patient's identifier and name is the birth date
    text = '{"from": "patient", "t": "2024-09-10T09:29:39Z", "body": "DMP-937157, 12/10/1957 — Mary Harper"}'
    assert _found(text, "MEDICAL_RECORD_NUMBER") == ["DMP-937157"] and _found(text, "DATE_OF_BIRTH") == ["12/10/1957"]


@pytest.mark.parametrize("text", [
    "Applicant Kerry Smart, 1941-01-16, IT-5948-3K1N — invoice paid.",   # no care words
    "Patient Kerry Smart, 1941-01-16, INV-59481234",                     # an invoice number
    "Order ORD-2024-1, 12/10/1957 — Mary Harper",                        # no care words
])
def test_identifier_beside_name_and_birth_date_kept(text):
    assert _found(text, "MEDICAL_RECORD_NUMBER") == [], ENGINE.analyze(text)
