# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Travel records: an airline's SURNAME/GIVEN names (boarding-pass bar codes, booking name elements, passport elements),
birth dates in DDMONYY, a card in a booking's form of payment, and manifests whose cells are two spaces apart but not
aligned under their header."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import found

MANIFEST = ("PASSENGER MANIFEST  AF978  02FEB26  STR-MUC\n"
            "SEQ  NAME  SEX  DOB  NAT  DOC  SEAT\n"
            "  1  ADOLPH/REINHOLD  M  18OCT73  DEU  HVLX286K4  1J\n"
            "  2  WAGNER/ANASTASIE  F  10JUN98  FRA  23CZ40953  41K\n"
            "TOTAL PAX 2\n")
PNR = ("RP/MOWSU2100/MOWSU2100            AA/SU  15JAN24/0152Z   DC3F6X\n"
       "  1.DELMAS/NOEMI MRS  2.MOREAU/MARGUERITE MRS\n"
       "  8 SSR DOCS KL HK1 P/FRA/10FF88705/FRA/13DEC57/F/24NOV29/DELMAS/NOEMI/P1\n"
       "  9 SSR DOCS SU HK1 PS/RUS/5004828462/RUS/11OCT51/M/28MAR34/KONSTANTINOV/ASKOLD/P2\n"
       "  12 FP CCVI4488281717618291/0127*CVA\n")


def test_a_manifest_by_cell_number():
    assert found(MANIFEST, "PERSON") == ["ADOLPH/REINHOLD", "WAGNER/ANASTASIE"]
    assert found(MANIFEST, "DATE_OF_BIRTH") == ["18OCT73", "10JUN98"]


def test_a_booking_record():
    assert found(PNR, "PERSON") == ["DELMAS/NOEMI", "MOREAU/MARGUERITE", "DELMAS/NOEMI", "KONSTANTINOV/ASKOLD"]
    assert found(PNR, "DATE_OF_BIRTH") == ["13DEC57", "11OCT51"]       # not the passports' expiry dates
    assert found(PNR, "RU_PASSPORT") == ["5004828462"]      # a Russian one only: not the French 10FF88705
    assert found(PNR, "CREDIT_CARD") == ["4488281717618291"]


@pytest.mark.parametrize("text, name", [
    ("Barcode data: M1MYASNIKOV/KUZMA MR  EKA2JQH LEDLYSLH  1803 038Y028D0165 100", "MYASNIKOV/KUZMA"),
    ("Passenger: ADOLPH/REINHOLD", "ADOLPH/REINHOLD"),
    ("1.1KUZMIN/OLEG MR", "KUZMIN/OLEG"),
])
def test_airline_names(text, name):
    assert found(text, "PERSON") == [name]


@pytest.mark.parametrize("text", [
    "TCP/IP and AND/OR, EUR/USD, CI/CD, I/O, HTTP/HTTPS, N/A",
    "RP/MOWSU2100/MOWSU2100  AA/SU",
    "route STR/MUC via FRA/LHR",
])
def test_slashed_capitals_are_no_names(text):
    assert found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "FP CCVI4488281717618292/0127*CVA",     # Luhn fails
    "ABCD4488281717618291",                  # glued to a code, no form of payment
])
def test_no_card(text):
    assert found(text, "CREDIT_CARD") == []


def test_a_manifest_excerpt_names_its_passenger_by_the_data_after():
    text = "1. HARDIN/DEBBIE  DOB 02/25/1974  passport 394119918  seat 32H"
    assert found(text, "PERSON") == ["HARDIN/DEBBIE"]
