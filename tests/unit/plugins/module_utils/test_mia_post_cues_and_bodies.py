# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Russian birth date named after it ("<date> года рождения"); a dotted quad after a Russian release word or
under a schema / version key is a version; after a strong cue ("Owner:") an organisation's name is not a person."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Доверенность: Суворов Артем, 14 июня 1937 года рождения, паспорт предъявлен.", "14 июня 1937"),
    ("Петров, 1980-06-06 года рождения, проживает в Казани.", "1980-06-06"),
    ("Свидетель: Орлова Н. С., 03.02.1955 г. рождения.", "03.02.1955"),
])
def test_russian_birth_date_named_after_it(text, value):
    out = redacted(text)
    assert value not in out and "[DATE_OF_BIRTH]" in out and "рождения" in out, (text, out)


@pytest.mark.parametrize("text", [
    "Договор от 14 июня 2021 года, рождения детей не предусматривает.",
    "Срок: 2021-06-06 года. Рождение идеи.",
])
def test_other_russian_dates_keep(text):
    assert "[DATE_OF_BIRTH]" not in redacted(text)


@pytest.mark.parametrize("text, quad", [
    ("Уберите пароль из репозитория до релиза 16.23.30.14.", "16.23.30.14"),
    ("Ошибка исправлена в версии 2.3.0.11, обновитесь.", "2.3.0.11"),
    ('{"schema": "22.22.5.16", "rows": []}', "22.22.5.16"),
    ('{\\"schemaVersion\\": \\"5.7.21.18\\"}', "5.7.21.18"),
])
def test_version_quads_keep(text, quad):
    assert quad in redacted(text)


@pytest.mark.parametrize("text, quad", [
    ("Сервер 10.0.0.12 упал до релиза.", "10.0.0.12"),
    ('{"schema": "v1", "ip": "10.1.2.3"}', "10.1.2.3"),
    ('{"host": "192.168.4.20"}', "192.168.4.20"),
])
def test_addresses_are_still_masked(text, quad):
    assert quad not in redacted(text)


@pytest.mark.parametrize("text", [
    "- Owner: Alumni Relations Office, due 2027-09-08",
    "- Owner: Northern Chess League, due 2019-05-23",
])
def test_an_organisation_after_a_strong_cue_keeps(text):
    assert "[PERSON]" not in redacted(text)


@pytest.mark.parametrize("text", [
    "- Owner: Jane Miller, due 2019-05-23",
    "Patient Mary Ann Hall was admitted.",
])
def test_people_after_a_strong_cue_are_masked(text):
    assert "[PERSON]" in redacted(text)
