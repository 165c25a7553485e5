# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Orders, receipts, bills and collection letters: a street address in a comma-separated export, firms named by their
trade, goods named with a given name, the code of a good under its key, a debtor and a payer."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import found as _found


@pytest.mark.parametrize("text, address", [
    ("order_id,customer,email,phone,street,city\n#6865173,Lisa Pace,lisa.pace@example.org,+1 325 495 0341,"
     "5129 Collier Meadows,New Justinbury\n", "5129 Collier Meadows"),
    ("B202014828,Frank Reese,frank@gmail.com,832.300.2420,978 Kelly Union Suite 861,Arnoldville,$595.91",
     "978 Kelly Union Suite 861"),
    ("Danny Ward,danny.ward@btinternet.com,07357 036822,38 Amber Crescent,Leemouth", "38 Amber Crescent"),
])
def test_a_house_number_after_a_field_comma_opens_an_address(text, address):
    assert _found(text, "STREET_ADDRESS") == [address]
    assert not any(address.split(" ", 1)[1] in p for p in _found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    "The deposit was 1,200 Oak Street Lofts charged for the unit.",
    "Totals: 4,500 Park Lane tickets, 2,300 Mill Road ones.",
])
def test_a_thousands_comma_opens_no_address(text):
    assert _found(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text", [
    "Your parcel from Fabrikam Home is on its way with UPS, tracking number 1Z27CNP11995144509.",
    "the balance of $6,982.34 assigned to us by Summit Rentals remains unpaid.",
    "the balance of 1,086.99 GBP assigned to us by Greenfield Energy remains unpaid.",
    "Your parcel from Silver Line Mobile is on its way.",
    "assigned to us by Meridian Credit Union, who sold the debt to Northwind Traders",
])
def test_a_firm_named_by_its_trade_is_no_person(text):
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize("text", [
    "Receipt 66-334570\nCashier: Dawn\n\nAurora Wireless Earbuds  8701534221832  $163.76\n"
    "Madison Leather Tote  8728140768261  $14.39\n",
    "- Aurora Wireless Earbuds (ART-0675727) x4 - £418.26\n- Velvet Night Pillow (B05TVY5QLT) x1 - £9.99",
    "Hi, is the Madison Leather Tote still for sale?",
])
def test_goods_named_with_a_given_name_are_no_person(text):
    assert _found(text, "PERSON") == []


@pytest.mark.parametrize("text, name", [
    ("We sold the Madison Leather Tote yesterday to Madison Clarke.", "Madison Clarke"),
    ("Störungsmeldung #2133707: Der Router von Heinz-Werner Textor ist defekt.", "Heinz-Werner Textor"),
    ("Nachricht ist für Frau Heser. Hier ist Hans-Henning Trapp von Stadtwerke Auental.", "Hans-Henning Trapp"),
])
def test_a_person_beside_goods_or_a_firm_stays_a_person(text, name):
    assert any(name in p for p in _found(text, "PERSON"))


@pytest.mark.parametrize("text", [
    '{"sku":"ART-0420343","ean":"0066232017896","title":"Elm Grove Bed Frame","qty":4}',
    '{"articleNo": "432.037.42", "gtin": "0032604716537"}',
    "Policy 0044 20 7946 0958 renewed on 2024-09-19.",
])
def test_the_code_of_a_good_or_a_policy_is_no_phone(text):
    assert _found(text, "PHONE") == []


def test_a_short_goods_word_names_a_code_only_as_a_key():
    # the tail of a cut word ("…ean") before a record's fields is no key: its phone stays a phone
    assert _found('ean",jean.dupont@example.fr,03 44 41 48 52,1967-03-13', "PHONE") == ["03 44 41 48 52"]


@pytest.mark.parametrize("text, name", [
    ('"notes":["Debtor Bailey Kent promised payment by 2025-12-18; callback +1 (912) 885-2634."]', "Bailey Kent"),
    ("Кратко по квитанции:\n\n* Плательщик: Дементий Мамонтов\n* Адрес: наб. Сенная, д. 9/3", "Дементий Мамонтов"),
    ("Der Schuldner Claus Holsten hat bis zum 23.04.2026 Zahlung zugesagt.", "Claus Holsten"),
])
def test_a_debtor_or_a_payer_is_a_person(text, name):
    assert _found(text, "PERSON") == [name]


@pytest.mark.parametrize("text, name", [
    ("Meridian Receivables\n\nThanel, Ortwin\nHarold-Schleich-Straße 56/28\n72839 Recklinghausen\n", "Thanel, Ortwin"),
    ("Crescent Recovery Services\n\nMaillet, Adrienne\n12 rue Lombard\n71772 Noël\n", "Maillet, Adrienne"),
])
def test_a_recipient_written_surname_first_above_the_street_is_a_person(text, name):
    assert _found(text, "PERSON") == [name]


def test_a_firm_written_with_a_comma_above_the_street_is_no_person():
    assert _found("Acme, Inc\n12 Main Street\nSpringfield\n", "PERSON") == []


@pytest.mark.parametrize("text, address", [
    ("e-mail g.loiseau AT wanadoo point fr", "g.loiseau AT wanadoo point fr"),
    ("mail jean_roux2 AT free point fr", "jean_roux2 AT free point fr"),
])
def test_a_shouted_at_joins_a_dot_word_of_any_language(text, address):
    assert _found(text, "EMAIL") == [address]


@pytest.mark.parametrize("text", ["we are stuck AT this point in time", "Stuck AT this point in time"])
def test_a_shouted_at_in_prose_is_no_address(text):
    assert _found(text, "EMAIL") == []
