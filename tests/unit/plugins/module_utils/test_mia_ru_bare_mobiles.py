# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A Russian mobile number written as 11 bare digits (trunk 8 or country 7, then 9xx) in Russian text, and the
plural "контакты" as a phone label; their look-alikes keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, value", [
    ("Контакты из резюме: 89151973120, trifon56@inbox.ru", "89151973120"),
    ("Клиент оставил 79031234567 для связи", "79031234567"),
    ("Контактный телефон указан в анкете; Контакты: 8 915 197 31 20", "8 915 197 31 20"),
])
def test_bare_mobile_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[PHONE]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("номер заказа 89151973120 принят", "89151973120"),       # an order number
    ("Batch 89151973120 was shipped", "89151973120"),          # not Russian text
    ("Клиент оставил 69031234567 для связи", "69031234567"),   # no mobile prefix
    ("Строк в выгрузке: 89151", "89151"),
])
def test_look_alike_is_kept(text, value):
    assert value in redacted(text), ENGINE.analyze(text)
