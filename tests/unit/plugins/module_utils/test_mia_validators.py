# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given, settings, strategies as st

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


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 300).map(str), st.sampled_from(["00", "01", "007", "", "1 ", "٣", "1/8", "a"])),
                min_size=1, max_size=5).map(".".join))
def test_ipv4_regex_matches_ipaddress(s):
    try:
        ipaddress.IPv4Address(s)
        want = True
    except ValueError:
        want = False
    assert V.ipv4_ok(s) is want


def _weighted(digits, weights):
    return sum(int(d) * w for d, w in zip(digits, weights))


@settings(max_examples=400, deadline=None)
@given(st.text("0123456789", min_size=9, max_size=19))
def test_byte_sums_match_int_arithmetic(digits):
    assert V._digit_sum(digits) == sum(int(d) for d in digits)
    assert V._weighted_sum(digits[:9], range(9, 0, -1)) == _weighted(digits, range(9, 0, -1))
