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


def _card_brand_reference(digits):
    """card_brand without the first-digit early reject (the IIN table alone)."""
    n = len(digits)
    if n < 13 or n > 19:
        return None
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if 2200 <= p4 <= 2204 and n in (16, 17, 18, 19):
        return "mir"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649) and n in (16, 19):
        return "discover"
    if 3528 <= p4 <= 3589 and n in (16, 17, 18, 19):
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and n in (14, 16, 19):
        return "diners"
    if p2 == 62 and n in (16, 17, 18, 19):
        return "unionpay"
    if p2 in (50, 56, 57, 58, 63, 67) and 12 <= n <= 19:
        return "maestro"
    return None


def test_card_brand_first_digit_reject_matches_iin_table():
    arabic = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    for p4 in range(10000):
        head = "%04d" % p4
        for n in (12, 13, 14, 15, 16, 17, 18, 19, 20):
            digits = head + "0" * (n - 4)
            assert V.card_brand(digits) == _card_brand_reference(digits), digits
        mixed = "".join(arabic[int(c)] for c in head) + "0" * 12
        assert V.card_brand(mixed) == _card_brand_reference(mixed), mixed


@pytest.mark.parametrize("digits, ok", [("4006381333931", True), ("0083663233473", True), ("4006381333932", False),
                                        ("400638133393", False), ("40063813339a1", False)])
def test_ean13(digits, ok):
    assert V.ean13_ok(digits) is ok
