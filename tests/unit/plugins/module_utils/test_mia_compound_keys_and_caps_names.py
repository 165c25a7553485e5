# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compound keys name their values (a number word after the cue, a role before it), abbreviated version keys and image
tags keep their dotted quads, birth-date abbreviations and event keys, names in capitals after a person key or cue,
em-dash labels and "X as the <role>"."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted, types


@pytest.mark.parametrize("text, kind", [
    ('{"innCode": "2461162590"}', "RU_INN"),
    ('{"innno": 7772043259, "x": 1}', "RU_INN"),
    ('{"taxpayerInn": 6314923829}', "RU_INN"),
    ('{"accountholderinn": 5089219832}', "RU_INN"),
    ('{"mrnno": "5959435"}', "MEDICAL_RECORD_NUMBER"),
    ('{"participantChart": "632993056"}', "MEDICAL_RECORD_NUMBER"),
    ('{"id-doc-no": "4505 185963"}', "RU_PASSPORT"),
    ('{"IdDocNo": "4505 738715"}', "RU_PASSPORT"),
])
def test_compound_keys(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    '{"promoCode": "4505738715"}',
    '{"zipcode": "8224567"}',
    '{"binno": "5089219832"}',
    '{"version_no": "1234567890"}',
])
def test_number_words_alone_name_nothing(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    "SCHEMA_VER=6.30.20.232",
    'AGENT_VER="28.142.113.70"',
    "  agentVer: 21.149.189.146",
    '{"MeterFw": "29.184.240.225", "ScannerSw": "13.176.245.25", "agent-ver": "13.91.224.185"}',
    "  registry.northgate.internal/audit-connector:2.41.135.156",
])
def test_abbreviated_version_keys_and_image_tags(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    "server: 10.1.2.3",
    "resolver = 8.8.4.4",
    '{"driverIp": "10.3.4.5"}',
])
def test_address_keys_ending_like_versions(text):
    assert "IPV4" in types(text)


@pytest.mark.parametrize("text", [
    '{"interpreterdob": "16.04.1989"}',
    '{"clientdob": "27 août 1964"}',
    '{"dataRozhdeniya": "1955-03-21"}',
    '{"data_rozhdeniya": "12.08.1974"}',
    "4) **Д/р** — 19.09.1976",
    "5. **DDN** — 13 avril 1985",
    "Geb.-Datum:\n  1992-05-31\nLetzte Synchronisierung: heute",
])
def test_birth_date_keys_and_abbreviations(text):
    assert "DATE_OF_BIRTH" in types(text)


@pytest.mark.parametrize("text", [
    '{"dobVerifiedOn": "2022-06-21"}',
    '{"birthday_reminder_sent": "17.7.2015"}',
    '{"dateOfBirthValidated": "2020-01-01"}',
    '{"adobeVersion": "2020-01-01", "ddnsUpdated": "2021-01-01"}',
])
def test_keys_about_a_birth_date_hold_no_birth_date(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, name", [
    ('{"PatientVollname": "Josip Wende"}', "Wende"),
    ('{"OwnerFullName": "Евфросиния Кошелева"}', "Кошелева"),
    ('{"PatientDisplay": "Natalja Biggen"}', "Biggen"),
    ('{"deceased-display": "Metz, Friedericke"}', "Metz"),
    ('{"holder-name": "LEAH HIGGINS"}', "HIGGINS"),
    ('{"patient_name": "MARTYN BARKER"}', "BARKER"),
    ('{"customerName": "Augustin MACE"}', "MACE"),
    ("1) Patient — REBECCA WILLIAMS", "WILLIAMS"),
    ("- Applicant — Mark Walters", "Walters"),
    ("Участник — Твердислав Моисеев", "Моисеев"),
    ("I've registered Hugh Schofield as the requester.", "Schofield"),
])
def test_person_keys_capitals_and_labels(text, name):
    assert name not in redacted(text)


@pytest.mark.parametrize("text", [
    '{"teamName": "Digitale Dienste", "fileDisplay": "Annual Report"}',
    '{"name": "ACME GMBH", "customer": "NORTH STAR LOGISTICS", "patient": "NOT AVAILABLE", "owner": "IT DEPARTMENT"}',
    "ERROR CODE: INVALID TOKEN\nStatus: ACTIVE USER",
    "| Name | Source IP | Token |\n|---|---|---|",
    "- Release — Spring Cleaning",
    "We filed Annual Report as the main document.",
])
def test_capitals_and_labels_that_name_no_one(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, kind", [
    ('[{"op": "add", "path": "/employee/birth-day-iso", "value": "27/12/1949"}]', "DATE_OF_BIRTH"),
    ('[{"op": "add", "path": "/accountHolder/holderName", "value": "Adelgunde Jopich"}]', "PERSON"),
    ('[{"op": "add", "path": "/participant/participant-birth-date",\n  "value": "13/09/1951"}]', "DATE_OF_BIRTH"),
    ('[{"Label": "DDN", "Answer": "02/11/1942"}]', "DATE_OF_BIRTH"),
    ('[{"label": "Patientin", "answer": "Olena Zänker"}]', "PERSON"),
])
def test_json_patch_paths_and_form_answers_label_their_values(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    '[{"op": "replace", "path": "/api/v1/status", "value": "active"}]',
    '[{"question": "Preferred slot", "answer": "Morning Session"}]',
    '{"schemaver": "17.126.138.12", "agentver": "28.2.116.89"}',
])
def test_paths_answers_and_lower_case_version_keys_that_name_nothing(text):
    assert redacted(text) == text


def test_a_surname_in_capitals_is_found_in_long_texts_too():
    # texts over 512 characters find name runs from anchors: one after a capital must be among them
    filler = "\n".join("zimmer %d ist frei, die reinigung ist erledigt." % i for i in range(20))
    text = "• Client: FERREIRA Aurélie\n• Chambre: 1207\n" + filler
    assert len(text) > 600
    assert "FERREIRA" not in redacted(text)


@pytest.mark.parametrize("text, secret", [
    ("curl -u svc_meter:Sosna~Galet3884 https://files.example.com/a.csv", "Sosna~Galet3884"),
    ("curl -s --user 'admin:Zima2025_~' https://example.com", "Zima2025_~"),
    ('{"initialpw": "Mirabelle&Meadow4347"}', "Mirabelle&Meadow4347"),
    ('{"initial_pw": "Tundra^Maple92"}', "Tundra^Maple92"),
    ('{"temp-pw": "Herbst2024^#"}', "Herbst2024^#"),
])
def test_curl_credentials_and_pw_keys(text, secret):
    assert secret not in redacted(text)


@pytest.mark.parametrize("text", [
    'curl -u "$USER:$PASS" https://example.com',
    'curl -u "admin:{{ pw }}" https://example.com',
    "the upward: Xy7#kLm2 trend",
    "Aktenzeichen BK-GV7ZPW: Beklagter",
])
def test_credential_look_alikes(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, kind", [
    ('{"BankIban": "LV96 UNLA 0FME EA0T 9E8I D"}', "IBAN"),
    ("refund_account=LV43RIKOPD0IXE4V0W932 intake", "IBAN"),
    ('{"SocialSec": "404844326"}', "US_SSN"),
])
def test_latvian_ibans_and_social_sec_keys(text, kind):
    assert kind in types(text)


def test_latvian_look_alikes():
    text = "LV12 is a code; LV-1050 Riga"
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    '{"patient": {"mrnNo": "KH-4040021"}}',
    '{"patient": {"mrn_no": "PID-2612292"}}',
    '{"patient": {"mrn-no": "HN6844407"}}',
    "visit.queued patient_birth_date=12/12/1973 mrn_no=PS077358-C5",
    '{"patient": "Screening visit", "participant-chart": "R59U92492"}',
])
def test_record_number_keys_with_a_number_word(text):
    assert "MEDICAL_RECORD_NUMBER" in types(text)


def test_a_chart_key_outside_care_words_is_no_record_number():
    text = '{"chart": "Q3-2024-rev", "title": "sales"}'
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    "The birth date printed on the driving licence we photocopied at the desk is 9th August 1956 (slot 08:52).",
    "La date de naissance figurant sur la pièce d'identité photocopiée à l'accueil est le 21/09/1959.",
    "Дата рождения, указанная в паспорте, который мы скопировали на стойке, — 06.01.2003.",
])
def test_a_birth_date_named_a_few_words_before_its_value(text):
    assert "DATE_OF_BIRTH" in types(text)


@pytest.mark.parametrize("text, kept", [
    ("Vérifié la date de naissance (23/08/1961) — Valable jusqu'au : 2027-10-19.", "2027-10-19"),
    ("The birth date field of the form we scanned at the desk is required.", "required"),
])
def test_other_dates_after_a_birth_date_noun(text, kept):
    assert kept in redacted(text)


@pytest.mark.parametrize("text, name", [
    ('{"interpreter": "Manja Schacht"}', "Schacht"),
    ('{"patient_val": "Hughes, Jodie"}', "Hughes"),
    ('{"patientVal": "Евстигней Трофимов"}', "Трофимов"),
    ('{"nompatient": "Émile Delaunay"}', "Delaunay"),
    ('engineer="A. Riehl" last_reading_at=1', "Riehl"),
    ("PATIENTIN.....................: Cetin Ullmann", "Ullmann"),
])
def test_role_keys_value_keys_and_form_leaders(text, name):
    assert name not in redacted(text)


def test_words_ending_or_starting_like_those_keys():
    text = '{"interval": "Every Monday", "nominal": "Big Value"}'
    assert redacted(text) == text


@pytest.mark.parametrize("text, kind", [
    ('{"passengerphone": "0162 65928584"}', "PHONE"),
    ('passenger_mobile="07651 326 343"', "PHONE"),
    ('{"contactTel": "89169925417"}', "PHONE"),
    ('{"passport": "4505 185963"}', "RU_PASSPORT"),
])
def test_passenger_and_contact_keys_are_no_password_keys(text, kind):
    assert types(text) == [kind]


def test_a_pass_key_still_holds_a_password():
    assert "API_KEY" in types('{"pass": "Xy7#kLm2q9"}')


@pytest.mark.parametrize("text, secret", [
    ("• **Initial password** — Velvet!Galet364", "Velvet!Galet364"),
    ("**Password**: Xy7#kLm2q9", "Xy7#kLm2q9"),
])
def test_a_password_word_in_markdown_emphasis(text, secret):
    assert secret not in redacted(text)


def test_a_password_word_in_emphasis_without_a_value():
    text = "The **password** field is required."
    assert redacted(text) == text
