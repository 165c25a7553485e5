# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text,etype", [
    ("call +1 (212) 555-0147 now", "PHONE"),
    ("Telefon: 030 12345678", "PHONE"),
    ("tel. 06 12 34 56 78", "PHONE"),
    ("mobile 07700 900123", "PHONE"),
    ("звоните +7 912 345-67-89", "PHONE"),
    ("звоните 8 912 345 67 89", "PHONE"),
    ("office 0049 89 1234 5678", "PHONE"),
    ("card 4111 1111 1111 1111 on file", "CREDIT_CARD"),
    ("card=5500-0000-0000-0004", "CREDIT_CARD"),
    ("amex 3400 000000 00009", "CREDIT_CARD"),
    ("carte 6011000000000004", "CREDIT_CARD"),
    ("mir 2200 0000 0000 0004", "CREDIT_CARD"),
    ("SSN 123-45-6789", "US_SSN"),
    ("social security number 219 09 9998", "US_SSN"),
    ("ssn: 078101120", "US_SSN"),
    ("СНИЛС 112-233-445 95", "RU_SNILS"),
    ("snils 11223344595", "RU_SNILS"),
    ("ИНН 7707083893", "RU_INN"),
    ("taxpayer number (INN) 500100732259", "RU_INN"),
    ("паспорт 46 09 123456", "RU_PASSPORT"),
    ("passport 4609 123456", "RU_PASSPORT"),
    ("серия 46 09 № 123456", "RU_PASSPORT"),
    ("MRN 48213577", "MEDICAL_RECORD_NUMBER"),
    ("NHS number 943 476 5919", "UK_NHS"),
    ("client ip 192.0.2.44 blocked", "IPV4"),
])
def test_number_positive(text, etype):
    assert etype in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "request 3f2c1a9e-6b1d-4c1f-9a8e-2b7d4e5f6a7b done",        # UUID
    "at 2024-03-01T12:30:45Z the job ran",                      # timestamp
    "[2024-03-01 12:30:45.123] INFO started",                   # log timestamp
    "order ORD-2024-558812 shipped",                            # order id
    "deployed version 10.2.3.4 to prod",                        # IPv4-shaped version
    "build 1.2.3.4.5 passed",                                   # dotted version
    "ref 4111 1111 1111 1112",                                  # Luhn-invalid card-like
    "commit 9b2f4c1d7e8a3b5c6d7e8f9a0b1c2d3e4f5a6b7c",          # hash
    "invoice total 12345.67 EUR",                               # amount
    "ISBN 978-3-16-148410-0",                                   # ISBN
    "epoch 1700000000 seconds",                                 # unix time
    "meeting on 12.05.2023 at noon",                            # non-birth date
])
def test_number_hard_negatives(text):
    assert types(text) == [], (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text,etype,value", [
    ("ИНН организации-отправителя: 7707083893, номер платёжки 631 615.", "RU_INN", "7707083893"),
    ("INN of the sending company: 7707083893", "RU_INN", "7707083893"),
    ("Оператор: Продиктуйте ИНН.\nКлиент: 7707083893", "RU_INN", "7707083893"),
    ("Оператор: Назовите, пожалуйста, серию и номер паспорта.\nКлиент: 4609 123456, выдан 01.02.2015.", "RU_PASSPORT",
     "4609 123456"),
    ("Agent: Could you give me your passport number?\nCustomer: 4609123456", "RU_PASSPORT", "4609123456"),
])
def test_number_cue_further_back(text, etype, value):
    assert [(f.type, text[f.start:f.end]) for f in ENGINE.analyze(text)] == [(etype, value)]


@pytest.mark.parametrize("text", [
    "ИНН организации-отправителя: 7707083894",                      # checksum-invalid: only the near cue takes it
    "ИНН 500100732259, номер заявки: 7707083893",                   # another value ends the label
    "INN check passed; ticket number: 7707083893",                  # a clause break ends the label
    "Оператор: Назовите номер заказа.\nКлиент: 4609 123456",         # the previous turn asks for something else
    "Оператор: Назовите номер паспорта.\nКлиент: спасибо, я уже вчера отправил вам заявку 4609 123456",  # not the answer
])
def test_number_far_cue_negatives(text):
    # the value at the end of the text is left alone
    assert not [f for f in ENGINE.analyze(text) if text[f.start:f.end].endswith(text[-6:])], ENGINE.analyze(text)


def test_json_bare_number_becomes_string():
    out = ENGINE.redact('{"inn": 7707083893, "n": 42}')
    assert out == '{"inn": "[RU_INN]", "n": 42}'


def test_numbers_never_span_a_sentence_end():
    # found by the idempotence property test: a phone and a card run together through " .  "
    text = "call +44 20 7946 0958 .  4111 1111 1111 1111"
    assert types(text) == ["PHONE", "CREDIT_CARD"]
    assert ENGINE.redact(ENGINE.redact(text)) == ENGINE.redact(text) == "call [PHONE] .  [CREDIT_CARD]"


@pytest.mark.parametrize("text,value", [
    ('{"identifier": [{"system": "urn:oid:hospital:mrn", "value": "PAT-7864-378"}]}', "PAT-7864-378"),
    ('{"identifier": [{\n      "system": "https://example.org/mrn",\n      "value": "KH/31/635161"\n    }]}', "KH/31/635161"),
    ('{"chart_number": "H92864361"}', "H92864361"),
    ("Chart no. PAT-0518-772, seen today.", "PAT-0518-772"),
    ("номер истории болезни AC948645.", "AC948645"),
    ("история болезни № 488-02971", "488-02971"),
])
def test_mrn_chart_fhir_and_case_history(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    '{"system": "urn:hospital:mrn", "display": "Hospital MRN"}',
    "The chart shows 12 new users.",
    "pie chart 2024 numbers",
])
def test_mrn_negative(text):
    assert "MEDICAL_RECORD_NUMBER" not in types(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text,value", [
    ("Паспорт гражданина РФ: 7705 999445, выдан", "7705 999445"),
    ("паспорт гражданина Российской Федерации 4512 345678", "4512 345678"),
])
def test_passport_after_document_name(text, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == "RU_PASSPORT"]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    '{"contact_id": "34530325-fed1-4a47-a851-832b6ec017c1"}',
    "contact 34530325-1234-4a47-a851-832b6ec017c1 merged",
])
def test_uuid_with_numeric_first_group_is_not_a_number(text):
    assert types(text) == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ('{"identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, '
     '"system": "urn:oid:2.16.840.1.113883.19.5", "value": "PD380717-N6"}]}', ["PD380717-N6"]),
    ('{\\"type\\":{\\"coding\\":[{\\"code\\":\\"MR\\"}]},\\"value\\":\\"8046100\\"}', ["8046100"]),
    ('{"coding": [{"code": "MR"}], "value": "unknown"}', []),
    ('{"coding": [{"code": "DL"}], "system": "urn:oid:1.2", "value": "D1234567"}', []),
])
def test_mrn_fhir_identifier_typed_mr(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("the NHS number for Aoife Brennan is 461 987 6984.", ["461 987 6984"]),
    ("As requested, the NHS number for Jo Marchetti is 8310679246; thanks", ["8310679246"]),
    ("the NHS number for Ann Lee is 1234567890.", []),   # fails the mod-11 check
    ("Le patient Enzo Castagnier, numéro de dossier H55160715, admis le 27-12-2023.", ["H55160715"]),
    ('{"patient": {"numero_dossier": "9669946"}}', ["9669946"]),
    ("Rappeler S. Picard au 01 60 58 24 28 (dossier #484204).", []),
    ("Votre dossier SO53041124 est en cours de traitement.", []),
])
def test_mrn_nhs_after_a_name_and_french_dossier_context(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("She phoned about her scan; her hospital number is TW583104-C2.", ["TW583104-C2"]),
    ("Hospital No. 6072914, ward 9", ["6072914"]),
    ("hosp. no: KM2290417", ["KM2290417"]),
    ('{"hospital_number": "HN-4417309"}', ["HN-4417309"]),
    ("his hospital number is 611 402 8857, please check", ["611 402 8857"]),
    ("Медицинская карта № 732 118 4096", ["732 118 4096"]),
    ("мед. карта №5518207, палата 4", ["5518207"]),
    ("Номер медицинской карты: 44-90217", ["44-90217"]),
    ("Le patient a le numéro de dossier hospitalier 30457712.", ["30457712"]),
    # the hospital's own phone number (trunk prefix 0), a bed count, a ward number
    ("Call the hospital number 0161 496 0377 for visiting hours.", []),
    ("Das Krankenhaus hat 1200 Betten und 4500 Mitarbeiter.", []),
    ("The hospital opened ward 12 in 2019.", []),
    ("Медицинская карта заведена 12.03.2021, участок 14.", []),
])
def test_mrn_hospital_number_and_russian_card(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("просит перезвонить на 89031234567, заказ 2231", ["89031234567"]),
    ("Позвоните клиенту на 79265550142 до обеда", ["79265550142"]),
    ("Tel. 79165550199 (Moskau)", ["79165550199"]),
    ("mobile 4155550188", ["4155550188"]),
    ("Telefonnummer 3035550123, Rückruf erbeten", ["3035550123"]),
    ("Rappeler le client au portable 6175550148.", ["6175550148"]),
    ('{"callback": "89157770011", "note": "evenings"}', ["89157770011"]),
    ('{"msisdn": "79037771122"}', ["79037771122"]),
    ('{"telecom": [{"system": "phone", "value": "2125550176"}]}', ["2125550176"]),
    ('{"phoneNumbers": [{"type": "mobile", "value": "7735550134"}]}', ["7735550134"]),
    # bare 10/11-digit ids without a phone cue
    ("Order 89161234567 shipped on Monday", []),
    ("ticket 4155550123 closed", []),
    ('{"order_id": "79035551235", "callback_url": "https://example.org/cb"}', []),
    ('{"type": "invoice", "value": "2125550176"}', []),
    ("Build 4155550123 passed all checks.", []),
])
def test_phone_bare_digits_need_a_phone_cue(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "PHONE"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    # German health insurance numbers
    ("Bitte die Versichertennummer Q204815937 auf dem Rezept angeben.", ["Q204815937"]),
    ("Krankenversichertennummer: 7730218845, Kasse AOK", ["7730218845"]),
    ("Die Krankenkasse meldet die Versicherungsnummer LM553018-2K des Patienten.", ["LM553018-2K"]),
    # a value naming itself: the "MRN" prefix is part of it, with or without a label before
    ("Laborbefund zu MRN-6620418 liegt vor.", ["MRN-6620418"]),
    ("Attached scan, ref MRN:44127 (left knee).", ["MRN:44127"]),
    ('{"mrn": "MRN#0081223"}', ["MRN#0081223"]),
    ("Numéro de dossier : MRN-7730412, merci.", ["MRN-7730412"]),
    ("La pharmacie a reçu l'ordonnance ; numéro de dossier PX4410927.", ["PX4410927"]),
    # pension insurance number, a plain file number, the label "mrn" then a JSON number
    ("Rentenversicherung: Versicherungsnummer 65170839J578 bitte angeben.", []),
    ("Votre dossier loyer 5518207 est complet.", []),
])
def test_mrn_german_insurance_self_named_and_french_file(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


def test_mrn_label_key_is_not_swallowed_with_its_json_number():
    text = '{"mrn":88120345}'
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == ["88120345"], fs


@pytest.mark.parametrize("text", [
    "Le client est assuré sous le contrat 02319874561 depuis mars.",
    "Дело № 04418823971 назначено к слушанию.",
    '{"company": "Acme", "vatNumber": "07712093468"}',
    "I opened case 03318827714 for the refund.",
    "Parcel 06620017734 was returned to the depot.",
    "Aktenzeichen 05517720931, Vertrag 01298734561",
    "Référence du dossier : 08831276540.",
    "Номер обращения 07719283546 зарегистрирован.",
    "Nous intervenons dans l'affaire 09918273645.",
])
def test_identifier_cues_keep_leading_zero_numbers_off_the_phone(text):
    assert ENGINE.analyze(text) == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    # a phone cue closer than the identifier cue still wins
    ("contrat 4471, appeler le 01 45 22 87 10", ["01 45 22 87 10"]),
    ("Case 7781: call 07700 900461 after five", ["07700 900461"]),
    # a value naming itself is no label for the next number
    ("Ref MRN-5531207. Rückfragen bitte an 0221 884 1739.", ["0221 884 1739"]),
])
def test_nearest_cue_and_self_named_values_before_a_phone(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "PHONE"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text,values", [
    ("Numéro de sécurité sociale (États-Unis) : 219099998.", ["219099998"]),
    ("numéro de sécurité sociale américain 219 09 9998", ["219 09 9998"]),
    ("номер социального страхования 219099998", ["219099998"]),
    ("SSN 219 09 9998 on file", ["219 09 9998"]),
    ("Sozialversicherung USA: 219099998", ["219099998"]),
    ("Sozialversicherungsnr. 219099998", ["219099998"]),
    ("n° de sécu (US) 219099998", ["219099998"]),
    # no cue: a bare 9-digit number stays
    ("Commande 219099998 expédiée.", []),
    ("batch 219099998 processed", []),
])
def test_ssn_cues_in_other_languages(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "US_SSN"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    # a whole number in parentheses is no NANP format (that needs the area code alone in them)
    "Ticket (1398024417): closed by the agent",
    "Eintrag (2718093351) gelöscht",
    # a card-shaped number failing Luhn stays whole: no phone carved out of its tail
    "card=4111 0307 2291 5586 declined",
    "token 6011-0199-8271-3345 expired",
    # dotted versions under version-like keys
    '{"PluginVersion": "12.4.88.201"}',
    '{"fw": "21.3.45.199", "hw_version": "7.1.2.240"}',
    '{"osVersion": "14.2.0.17", "kernelVersion": "5.15.0.91"}',
    '{"firmware": "9.8.7.6", "build": "22.1.3.44", "release": "3.9.12.200"}',
    # an epoch timestamp opening a log line is not reached by a cue on an earlier line
    "Клиент обещал прислать паспорт позже.\n1398024417 INFO worker started",
    "ИНН уточняется.\n1500000007 WARN retry scheduled",
])
def test_number_hard_negatives_probe_f(text):
    assert ENGINE.analyze(text) == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text,etype,value", [
    ("call me at (415) 555-0132 today", "PHONE", "(415) 555-0132"),
    ("tel 0171 2345678", "PHONE", "0171 2345678"),
    ("tel (4155550132)", "PHONE", "4155550132"),  # the brackets around a whole value are not part of it
    ("( 4 1 5 ) 5 5 5 - 0 1 3 2", "PHONE", "( 4 1 5 ) 5 5 5 - 0 1 3 2"),
    ("card=4111 1111 1111 1111 ok", "CREDIT_CARD", "4111 1111 1111 1111"),
    ("ip 10.20.30.40 blocked", "IPV4", "10.20.30.40"),
    ('{"host": "172.16.254.9", "appVersion": "2.0.1"}', "IPV4", "172.16.254.9"),
    ('{"conversionSource": "192.0.2.15"}', "IPV4", "192.0.2.15"),
    ("паспорт 4509 123456 получен", "RU_PASSPORT", "4509 123456"),
    ("паспорт 4509123456", "RU_PASSPORT", "4509123456"),
])
def test_number_positives_next_to_probe_f_negatives(text, etype, value):
    fs = [f for f in ENGINE.analyze(text) if f.type == etype]
    assert [text[f.start:f.end] for f in fs] == [value], ENGINE.analyze(text)


@pytest.mark.parametrize("text, values", [
    # a bare patient word and an identifier right after it (en/fr/de/ru)
    ("the model leaked patient HU048409-C9 together with the name", ["HU048409-C9"]),
    ("Résumé du dossier patient MR433996 : suivi par le Dr X.", ["MR433996"]),
    ("La patiente PT#7581490 est sortie.", ["PT#7581490"]),
    ("Die Patientin KX2231774 wurde verlegt; Patient 00453321 auch.", ["KX2231774", "00453321"]),
    ("Пациент № 12345678 поступил, пациентка AB1234567 выписана.", ["12345678", "AB1234567"]),
    # ages, counts, dates, times, UUIDs, hashes, version strings and ticket numbers keep
    ("the patient 42 years old; 12 patients seen", []),
    ("patient 2023-08-18 and patient 10/09/2023 at patient 12:30", []),
    ("patient 38ed73d4-5c41-4e22-aa88-b09e28142d2c, patient 884ed1fcbe6ed658ccd191b286dfb607", []),
    ("Patient 1.27.60 build, le patient 2024 a été vu, пациент 2023 года", []),
])
def test_mrn_bare_patient_word(text, values):
    fs = [f for f in ENGINE.analyze(text) if f.type == "MEDICAL_RECORD_NUMBER"]
    assert [text[f.start:f.end] for f in fs] == values, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Telefon +49 (0)89 704-2616. Bestellung #5762973 vom 2022-12-25",
    "Tel. 030 1234567. Auftrag 7654321 folgt.",
    "Phone 555-123-4567. Order 9876543 shipped.",
    "Телефон 8 (495) 980-36-08. Заказ 3764489 готов.",
])
def test_number_cue_ends_with_the_sentence_of_a_value(text):
    assert types(text).count("PHONE") == 1, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Telefon +49 (0)89 704-2616",
    "Tel. 030 1234567. Mobil 0171 1234567",
])
def test_number_cue_sentence_end_keeps_cued_phones(text):
    assert "PHONE" in types(text), ENGINE.analyze(text)
