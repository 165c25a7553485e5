# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import validators as V


@pytest.mark.parametrize("fn,good,bad", [
    (V.luhn_ok, "4111111111111111", "4111111111111112"),
    (V.card_ok, "5500000000000004", "1234567812345670"),
    (V.iban_ok, "DE89370400440532013000", "DE89370400440532013001"),
    (V.ssn_ok, "123456780", "000123456"),
    (V.ssn_ok, "219099998", "666123456"),
    (V.snils_ok, "11223344595", "11223344596"),
    (V.inn_ok, "7707083893", "7707083894"),
    (V.inn_ok, "500100732259", "500100732258"),
    (V.nhs_ok, "9434765919", "9434765918"),
    (V.ipv4_ok, "192.0.2.1", "256.1.1.1"),
    (V.ipv6_ok, "2001:db8::1", "12:30:45"),
    (V.ru_passport_ok, "4609123456", "0009123456"),
])
def test_validators(fn, good, bad):
    assert fn(good)
    assert not fn(bad)


def test_jwt_structure():
    assert V.jwt_ok("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig")
    assert not V.jwt_ok("eyJub3QiOiJqd3QifQ.e30")


def test_date_parts():
    assert V.date_parts_ok(1980, 2, 29)
    assert not V.date_parts_ok(1980, 2, 30)
    assert not V.date_parts_ok(1980, 13, 1)
