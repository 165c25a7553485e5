# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A record number or password a few words after its label ("record number at the clinic is X", "password for
Cox, Juan is X"); versions under firmware, BIOS and image-tag keys; pagination tokens and content digests are no
secrets; phones in a table's phone column, after Russian "контакт" and on the line under a signature's title."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted, types


@pytest.mark.parametrize("text, value", [
    ("Her record number at the clinic is MZ695586-R, and the radiographer noted it.", "MZ695586"),
    ("Ihre Aktennummer in der Praxis lautet HSP431370; Auftrags-ID folgt.", "HSP431370"),
    ("Son numéro de dossier médical au cabinet est CC988049-N ; merci.", "CC988049"),
])
def test_record_numbers_a_few_words_after_the_label(text, value):
    assert value not in redacted(text)


@pytest.mark.parametrize("text", [
    "Her record number at the library is AB123456.",
    "Ihre Aktennummer beim Amtsgericht lautet 4 C 123/24.",
])
def test_file_numbers_away_from_care_keep(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    "The temporary password for Cox, Juan is Maple.ClarUi27 and it expires soon.",
    "The temporary password for Jared J. Johnson is Tundra0698# and it expires soon.",
    "Das vorläufige Passwort für Geisel, Hinrich lautet z%SvqHTRN^^oHm, gültig bis morgen.",
])
def test_passwords_after_a_name_with_a_comma_or_initial(text):
    assert "API_KEY" in types(text)


@pytest.mark.parametrize("text", [
    '{"bios":"12.0.39.17","owner":"ops"}',
    '{"depositIban":"x","inverterFw":"17.28.13.173"}',
    '{"device_fw": "23.0.17.65"}',
    "deploy IMAGE_TAG=19.13.11.53 REQUEST_ID=1",
])
def test_versions_under_firmware_and_tag_keys(text):
    assert redacted(text) == text


@pytest.mark.parametrize("text", [
    '{"fw_host": "10.2.3.4"}',
    "SERVER_IP=10.2.3.4 APP_VERSION=1.2.3.4",
])
def test_addresses_under_other_keys(text):
    assert types(text) == ["IPV4"]


@pytest.mark.parametrize("text", [
    '{"page_token": "sha256:30d6312c3ce303e5f7a1bbbae75b631837496bbe44518ebecb0eeb65c496ce7e"}',
    '{"PageToken": "G1Yn2UaoRoua2g0p/sX+lj6zEkBnXz0FWaCH24KuSTOfV9b1k91jgjHEikoN7j4/IR0kx8pk9bmdv2A1RYnih="}',
    '{"integrity_token": "sha512-ITwsOq4BuZDcYZXGYh4zxatP40tFIy36CftZL6o04tkuM34WXF"}',
])
def test_pagination_tokens_and_digests_keep(text):
    assert redacted(text) == text


def test_an_api_token_is_still_a_secret():
    assert types('{"apiToken": "G1Yn2UaoRoua2g0p/sX+lj6zEkBnXz0FWaCH24Ku"}') == ["API_KEY"]


@pytest.mark.parametrize("text, phone", [
    ("Организация-плательщик: ИНН 839238354780, контакт 8-903-812-00-26, счёт от 19.03.2015.", "8-903-812-00-26"),
    ("Kind regards,\nJoseph Rogers\noptician order\n(907) 201-5317\npfox@example.org", "201-5317"),
    ("| ФИО | Телефон | Дата рождения |\n|---|---|---|\n| Таисия Носова | 84950630303 | 26 марта 1977 |\n",
     "84950630303"),
])
def test_phones(text, phone):
    assert phone not in redacted(text)


def test_a_number_under_a_reference_label_line_keeps():
    assert redacted("Order:\n0160/4957791") == "Order:\n0160/4957791"


@pytest.mark.parametrize("text, kind", [
    ('{"SocialSecurityNo": "879342125", "HolderName": "Taylor, Cynthia"}', "US_SSN"),
    ("DEBUG [wine_club] SocialSecurityNo=326997154", "US_SSN"),
    ('{"TaxInn":6693096986, "FullName":"x"}', "RU_INN"),
    ('{"taxInn": "6652069214"}', "RU_INN"),
    ('[{"holder-name":"x", "patientrecordno":"QX123456", "amount":"0x6744CD08"}]', "MEDICAL_RECORD_NUMBER"),
    ('{"patientchartid":"TR-4455667", "x": 1}', "MEDICAL_RECORD_NUMBER"),
    ("dossier médical de la patiente n° HF295660/11.\nfin", "MEDICAL_RECORD_NUMBER"),
    ('{"bearer":"vgU4JXMclUHvXFlAWOC0uRv6ewAkAEnwe3J1uqHp", "x": 1}', "API_KEY"),
])
def test_compound_keys_and_labels(text, kind):
    assert kind in types(text)


def test_the_bearer_of_a_letter_keeps():
    assert redacted("the bearer of this letter is welcome") == "the bearer of this letter is welcome"


def test_a_dotted_russian_phone():
    assert types("Перезвонить по номеру 8.495.590.20.80. Спасибо.") == ["PHONE"]


def test_a_dotted_version_of_the_same_length_keeps():
    assert redacted("версия 1.234.567.89.10 установлена") == "версия 1.234.567.89.10 установлена"
