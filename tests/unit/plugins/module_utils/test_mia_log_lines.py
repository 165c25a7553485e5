# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""What logs and machine records hold that looks like personal data and is not (sizes, an access log's status and size,
order numbers), next to what they hold that is."""
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
])
def test_log_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value", [
    ('"GET /signup?phone=+441311557173 HTTP/1.1" 200 7077339', "+441311557173"),
    ("call 0176 1234567 Mo-Fr", "0176 1234567"),
    ("Patientennr. 3915051802 KB-Station", "3915051802"),
])
def test_log_value_is_masked(text, value):
    assert value not in redacted(text), ENGINE.analyze(text)
