# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A date followed by a clock time is no phone; a cue window that starts inside a word reads no cue from the piece
("ss" of "Witness"); a line break escaped in a JSON string separates a label from what came before; "contacted on";
Russian numbers with the trunk prefix 8 in Russian text."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, kept", [
    ("Source: crime_report_4849.pdf, page 2 (retrieved 06/03/2023 12:54 PM).", "06/03/2023 12:54"),
    ("The receipt (SO-365866, 08/01/2022 10:42) shows a total of €39.68", "08/01/2022 10:42"),
    ('{"extracted_at":"05.04.2026 15:55"}', "05.04.2026 15:55"),
    ("| sa@comcast.net | 2cf9083814e76d26e4df1e7372fa4c9ad04b3b97 | 05.12.2025 12:27 |", "05.12.2025 12:27"),
])
def test_date_and_time_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, value, kind", [
    ("Call 030 1234 5678 12:30 Uhr", "030 1234 5678", "[PHONE]"),         # the hour after a phone is not part of it
    ('{"snippet": ["<em>Witness</em>: Abigail Martin, contactable on 0141 7718164."]}', "0141 7718164", "[PHONE]"),
    ("The patient is happy to be contacted on 89127830515.", "89127830515", "[PHONE]"),
    ('{"body": "Спасибо!\\nЛариса Константинова\\nбухгалтерия\\nТел.: 83836445462"}', "83836445462", "[PHONE]"),
    ("Телефон получателя: 84952630746", "84952630746", "[PHONE]"),
    ('{"intakes":[{"tel":"84996126429","rabiesBoosterDue":"29 января 2020"}]}', "84996126429", "[PHONE]"),
])
def test_value_is_masked(text, value, kind):
    out = redacted(text)
    assert value not in out and kind in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("Заказ оформлен, номер заказа 84952630746 передан в доставку", "84952630746"),
    ("Invoice 84952630746 was paid", "84952630746"),                       # not Russian text
    ('{"id":"3d91a6ac-e957-4718-b409-5af297c25e18","v":"21.4.112.27"}', "21.4.112.27"),  # a key after a cut token
])
def test_look_alike_is_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kept", [
    ("Billing period:          09/09/2025 – 20 October 2022\nAmount due: £3,689.09", "09/09/2025 – 20"),   # a date range
    ("Stay 2024-03-01 - 2024-03-05, room 12", "2024-03-01 - 2024-03-05"),
    ("BEGIN:VEVENT\nUID:16d30b12-bcd7-4878-859d-2b27bd4a3794@sched.example.com\nDTSTAMP:20250507T144500Z", "16d30b12"),
])
def test_range_and_event_id_are_kept(text, kept):
    assert kept in redacted(text), ENGINE.analyze(text)


def test_mailbox_next_to_an_event_id_is_masked():
    out = redacted("UID:16d30b12-bcd7-4878-859d-2b27bd4a3794@sched.example.com\nATTENDEE;CN=Jane Roe:mailto:jane.roe@example.com")
    assert "jane.roe@example.com" not in out and "16d30b12-bcd7-4878-859d-2b27bd4a3794@sched.example.com" in out, out
