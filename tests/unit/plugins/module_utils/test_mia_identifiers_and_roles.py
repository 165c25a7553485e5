# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Identifiers stay identifiers (UUIDs, ticket numbers, values of "…Id" keys, time stamps in brackets), and what
names a person, phone, card, IBAN, SSN or passport around them: apostrophe surnames, role nouns, someone's number, a
date word before a grouped phone, "paid with" before a card, letter-rich IBANs, tax and document-number keys."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted, types


@pytest.mark.parametrize("text, name", [
    ('{"displayName": "Stanley O\'Sullivan", "x": 1}', "Sullivan"),
    ('{"fullName": "O\'Connor, Toby"}', "Connor"),
    ("Patient Anna O\u2019Neill came in.", "Neill"),
])
def test_apostrophe_surnames(text, name):
    assert name not in redacted(text)


@pytest.mark.parametrize("text, name", [
    ("Vendor Stefanie Nichols will meet the surveyor.", "Nichols"),
    ("QA build crashed for tester Caldwell Breanna.", "Caldwell"),
    ("Réservation : voyageur Philippine Marion, carte refusée.", "Marion"),
    ("Studienteilnehmer Joachim U. Bolander (geb. 1. September 1938) wurde eingeschlossen.", "Bolander"),
    ("Rezeption: Gast Theo Bähr hat um 10 Uhr eingecheckt.", "Bähr"),
])
def test_role_nouns_before_names(text, name):
    assert name not in redacted(text)


@pytest.mark.parametrize("text", [
    "Vendor Microsoft Corporation will ship the licences.",
    "Trainer Notes are in the shared drive.",
    "Gast WLAN ist offen.",
])
def test_role_nouns_before_firms_and_phrases(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, phone", [
    ("Number port scheduled: 714.556.2716 moves on 07/24/2025.", "714.556.2716"),
    ("Number port scheduled: 020 9954 1125 moves to the new carrier.", "020 9954 1125"),
    ("Port scheduled: 03.53.08.30.32 demain.", "03.53.08.30.32"),
    ("Porting scheduled: 8-926-206-92-90.", "8-926-206-92-90"),
])
def test_a_date_word_does_not_veto_a_grouped_phone(text, phone):
    assert phone not in redacted(text)


@pytest.mark.parametrize("text", [
    "created 2024 03 15 10 30",
    "scheduled 2025-04-11 0930",
    "released 20.05.2024 12:00",
])
def test_a_date_word_still_keeps_dates(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, phone", [
    ("The user shared their number 89263497877 in chat.", "89263497877"),
    ("Reach the owner on 89037586073.", "89037586073"),
    ("Клиент оставил свой номер 89263497877.", "89263497877"),
    ("Er hat seine Nummer 15123456789 hinterlassen.", "15123456789"),
])
def test_someones_number(text, phone):
    assert phone not in redacted(text)


@pytest.mark.parametrize("text", [
    "their order number 12345678901 shipped today",
    "we reached 12345678901 users",
])
def test_other_numbers_keep(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text, kind", [
    ('{"phone": "816-510-4330", "taxRef": "453337658"}', "US_SSN"),
    ('{"tax_ref": "453337658"}', "US_SSN"),
    ('{"docNo": "4604048976"}', "RU_PASSPORT"),
    ('{"doc_no": "4605 616640"}', "RU_PASSPORT"),
    ("номер документа 4604 048976", "RU_PASSPORT"),
])
def test_tax_and_document_keys(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    '{"case_id": "c5534de1-8c22-4a14-9140-02a3880e13e6", "patient": {"patient_name": "Emilie Didier"}}',
    '[{"patient_record_number": "812080868"}, {"record_id": "006333cb-204d-4caf-bd40-b234cce77b83"}]',
    '{"patient": {"name": "Ann Lee", "dob": "1970-01-02"}, "record_id": "TKT-9160688"}',
    '{"patient": {"name": "Ann Lee", "dob": "1970-01-02"}, "recordId": "INV31218488"}',
])
def test_uuids_and_business_ids_are_no_record_numbers(text):
    for value in ("c5534de1-8c22-4a14-9140-02a3880e13e6", "006333cb-204d-4caf-bd40-b234cce77b83", "TKT-9160688",
                  "INV31218488"):
        if value in text:
            assert value in redacted(text)


def test_a_record_id_among_care_words_is_still_a_record_number():
    text = '{"patient": {"name": "Ann Lee", "date_of_birth": "1970-01-02"}, "record_id": "P799484/03"}'
    assert "P799484" not in redacted(text)


@pytest.mark.parametrize("text, value", [
    ('{"exportId":"0603832078","schemaVersion":"3.6.2.7"}', "0603832078"),
    ('{"export_id": "0603832078"}', "0603832078"),
    ('[{"payer": "x"}, {"id": "08912252073", "amount": 4146.62}]', "08912252073"),
])
def test_identifier_keys_keep_their_values(text, value):
    assert value in redacted(text)


@pytest.mark.parametrize("text, kind", [
    ('{"mrnId": "1234567"}', "MEDICAL_RECORD_NUMBER"),
    ('{"nationalId": "453337658"}', "US_SSN"),
    ('{"full_name": "Ann Lee", "national_id": "181-55-7455"}', "US_SSN"),
])
def test_identifier_keys_named_by_their_stem(text, kind):
    assert kind in types(text)


@pytest.mark.parametrize("text", [
    "paid with 5580-4575-4264-0817, home address",
    "paid with 374280739678064, home address",
    "paid with 3784 451898 66636, home address",
])
def test_cards_after_paid_with(text):
    assert types(text) == ["CREDIT_CARD"]


@pytest.mark.parametrize("text", [
    "direct deposit goes to LU62346UKJNY2LMAX2VI. Start",
    "IBAN LU28217Q5CLFEVZEOZQ4 ok",
    "IBAN LU28 0019 4006 4475 0000 ok",
])
def test_letter_rich_ibans(text):
    assert types(text) == ["IBAN"]


@pytest.mark.parametrize("text", [
    "- Call note (2026-11-25 20:34:49.464): caller asked",
    'admin_password was rotated, "at": "1758967862"}',
    "Умный счётчик вышел на связь, прошивка 9.22.24.20.",
    "Air waybill 07719264793, declared value 2155.05 USD.",
    "Your pension statement (plan 01291098345) has been posted.",
])
def test_stamps_versions_amounts_and_references_keep(text):
    assert redacted(text) == text


def test_an_amount_billed_after_a_record_number_keeps():
    out = redacted("patient account MRN 60427262, CPT 27447; billed 183426. Remit")
    assert "60427262" not in out and "183426" in out


def test_letters_after_a_digit_are_no_cue_word():
    out = redacted('{"admin_password": "epnSIH77PUrUV6nHs*6"}, "at": "1758967862"}')
    assert "1758967862" in out and "epnSIH77PUrUV6nHs" not in out


@pytest.mark.parametrize("text, value", [
    ("Per the chargeback form (169.94.199.198), the bank will reply.", "169.94.199.198"),
    ("Per the form (1\ufeff69.94.19\u200d9\ufeff.1\u200d98), the bank will reply.", "98"),
])
def test_an_address_in_brackets(text, value):
    assert types(text) == ["IPV4"]


def test_lookalike_letters_in_a_russian_sentence():
    # Cyrillic О, С and А inside an AWS key id: folded in Cyrillic prose as well
    assert types("Из отсканированной анкеты: AKIATTAU\u041e\u0421WE6RL\u0410L\u041eMS") == ["API_KEY"]


@pytest.mark.parametrize("text, name", [
    ('{"pilotName":"Fröhlich, Abdul", "x": 1}', "Fröhlich"),
    ('{"guestName":"\u0422\u0438\u0442 \u041b\u0430\u0437\u0430\u0440\u0435\u0432\u0430"}', "\u041b\u0430\u0437\u0430\u0440\u0435\u0432\u0430"),
    ('{"bidder":"Pichon, Anouk", "x": 1}', "Pichon"),
    ("WARN [auction] bidderName=Anna Becker", "Becker"),
])
def test_role_name_keys(text, name):
    assert name not in redacted(text)


@pytest.mark.parametrize("text", [
    '{"TierName":"Late Shift", "hostName":"Grand Salon", "venueName":"Alpine Meadow"}',
])
def test_other_name_keys_keep(text):
    assert redacted(text) == text
