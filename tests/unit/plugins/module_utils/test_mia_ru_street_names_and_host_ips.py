# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Russian streets named without their word whose name holds an initial or a date ("Л.Толстого, д. 63", "8 Марта,
д. 5", "30 лет Победы, д. 32") or that follow a key ("адрес_регистрации=Уральская, д. 118"); an IPv4 address inside
the first label of a URL's host ("…@db-10.1.2.3:5432")."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found


@pytest.mark.parametrize("text, street", [
    ("Свидетель проживает по адресу Л.Толстого, д. 63, Палана, 464844.", "Л.Толстого, д. 63"),
    ("адрес_регистрации=Уральская, д. 118, Торжок, 459631", "Уральская, д. 118"),
    ('{"address": {"street": "Л.Толстого, д. 6, кв. 45", "city": "Пенза"}}', "Л.Толстого, д. 6, кв. 45"),
    ('{"address_line1": "Мая 1, д. 66, кв. 71"}', "Мая 1, д. 66, кв. 71"),
    ("- Известные адреса: 8 Марта, д. 103, кв. 46, г. Усмань", "8 Марта, д. 103, кв. 46"),
    ('{"street": "30 лет Победы, д. 32, кв. 141"}', "30 лет Победы, д. 32, кв. 141"),
])
def test_bare_russian_street_names(text, street):
    assert found(text, "STREET_ADDRESS") == [street], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Отчёт от 8 Марта, д. 5 экз. отправлен.",
    "Счёт 2023=1, д. 5",
])
def test_dates_and_counts_before_a_d_keep(text):
    assert found(text, "STREET_ADDRESS") == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, address", [
    ("DATABASE_URL=postgres://svc_claims:Sommer2023!@db-185.95.131.169:5432/claims", "185.95.131.169"),
    ("redis://cache-10.20.30.40:6379/0", "10.20.30.40"),
])
def test_an_address_in_a_url_hosts_first_label(text, address):
    assert found(text, "IPV4") == [address], ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "build-185.95.131.169 done",        # a build's number, no URL
    "see https://example.org/release-1.2.3.4/notes",     # a path, not the host
])
def test_a_dotted_quad_glued_elsewhere_keeps(text):
    assert found(text, "IPV4") == [], ENGINE.analyze(text)
