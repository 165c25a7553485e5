# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What logs and machine records hold that looks like personal data and is not (sizes, an access log's status and size,
order numbers, call counts), next to what they hold that is (a registry login's password, a caller's number)."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, kept", [
    # an access log's status and response size after the request line, also inside a JSON string
    ('81.26.49.87 - - [17/Oct/2023:10:00:01 +0000] "GET /signup?email=a%40example.de&phone=+441311557173 HTTP/1.1" 200 7077339 "-"',
     "200 7077339"),
    ('{"message": "GET /x?email=a%40example.de&phone=+441311557173 HTTP/2.0\\" 404 3371845 \\"-\\""}', "404 3371845"),
    # a size in bytes, even under a record's cue
    ("Consultation du dossier patient, taille 2456512 octets", "2456512"),
    ("patient record export: 7077339 bytes written", "7077339"),
    ("выгрузка медкарты: 2456512 байт", "2456512"),
    # an order number under the Russian order word's other cases
    ("ошибка по заказу 79890644302; возврат одобрен", "79890644302"),
    ("API calls 12345678 per day", "12345678"),
    # a registry login that reads its password from elsewhere
    ("echo $PW | docker login -u ci --password-stdin registry.example", "--password-stdin"),
    ("docker login -u ci -p $CI_TOKEN registry.example", "$CI_TOKEN"),
    ("please login -p 22 first", "22"),
    ("billed to patient: INV-1234567", "INV-1234567"),
])
def test_log_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ('"GET /signup?phone=+441311557173 HTTP/1.1" 200 7077339', "+441311557173"),
    ("call 0176 1234567 Mo-Fr", "0176 1234567"),
    ("Patientennr. 3915051802 KB-Station", "3915051802"),
    ("Faina Zimina cannot log in since May 23, 2023, calls from 6832872565; reset link sent", "6832872565"),
    # a container registry's login on a CI log line, also inside a JSON string
    ("2024-06-26T13:22:49Z + docker login -u ci -p Tiger1874$ registry.internal", "Tiger1874$"),
    ('{"line": "+ docker login -u ci -p Winter649$ registry.internal"}', "Winter649$"),
    ("podman login --password=Paris883. quay.io", "Paris883."),
    # a patient's identifiers after "patient:", and the one it is compared with
    ("lab-gw WARN possible duplicate patient: RL434660-YD vs HN81744450 (same name)", "RL434660-YD"),
    ("lab-gw WARN possible duplicate patient: RL434660-YD vs HN81744450 (same name)", "HN81744450"),
    ("possible duplicate patient: T4395198P vs C5844956X", "C5844956X"),
])
def test_log_value_is_masked(text, value):
    assert value not in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    # a ticket comment signed at its end: after a thanks word, or "Surname, Given" after the last sentence
    ('{"body": "Bitte im Konto ändern. Danke, Viviane Meister"}', "Viviane Meister"),
    ('{"body": "Bitte im Konto ändern. Danke, Kallert, Rosalia"}', "Kallert, Rosalia"),
    ('{"body": "Please refund one of them. \u2013 Шестаков, Панфил"}', "Шестаков, Панфил"),
    ('{"body": "Bestellung 448. Patberg, Andreas"}', "Patberg, Andreas"),
])
def test_signature_ending_a_message_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ('{"loc": "Office moved. Berlin, Germany"}', "Berlin, Germany"),
    ('{"body": "See the docs. Release Notes"}', "Release Notes"),
    ('{"body": "Thanks, Support Team"}', "Support Team"),
])
def test_signature_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)
