# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Delivery, telecom and utility records: who took a parcel, who delivered or drove it, the holder of a line, a
customer who introduces themselves or whose customer number follows, a route table's recipient column; Russian
addresses with the flat after a hyphen and French ones with the flat before the number. The names are invented so
that no lexicon knows them."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted

ROUTE = ("Tourenplan für 23. März 2024\n\n| Nr. | Zeitfenster | Empfänger | Adresse | Ort | Sendung |\n"
         "|---|---|---|---|---|---|\n| 1 | 07:00-09:00 | Quorra Vantablek | Kitzmannallee 3 | 34100 Kassel | 6A72798593334 |\n")


@pytest.mark.parametrize("text, name", [
    ("Zugestellt an: Keudelplatz 133, 79953 Freiburg\nEmpfangen von: Quorra Vantablek\nZeitpunkt: 2024-01-10\n", "Vantablek"),
    ("Zeitpunkt: 2024-01-10T19:27:51Z\nZusteller: Quorra Vantablek\nUnterschrift: v1,nLY7Quq\n", "Vantablek"),
    ("Tourenplan für 23. März 2024, Fahrer Quorra Vantablek, Fahrzeug FZ-0401\n", "Vantablek"),
    ("Coordonnées GPS : 43.66122, 4.04724\nLivreur : Quorra Vantablek\n", "Vantablek"),
    ("Colis reçu par Quorra Vantablek à 10h.", "Vantablek"),
    ("Antrag auf Rufnummernmitnahme\n\nAnschlussinhaber: Quorra Vantablek\nGeburtsdatum: 12.10.1972\n", "Vantablek"),
    ("Hallo, mein Paket ist nie angekommen. Ich bin Quorra Vantablek, Adresse Hauptstraße 5, 18108 Rostock", "Vantablek"),
    ("Kündigung bestätigt für Quorra Vantablek (Kundennummer 5974-9603-91).", "Vantablek"),
    (ROUTE, "Vantablek"),
])
def test_names_in_delivery_and_service_records(text, name):
    out = redacted(text)
    assert name not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Ich bin Kunde seit 2019, Vertrag Premium Plus.", "Premium Plus"),
    ("Ich bin Mitglied, Nummer 12.", "Mitglied"),
    (ROUTE, "6A72798593334"),
])
def test_what_is_no_name_there_stays(text, kept):
    assert kept in redacted(text)


@pytest.mark.parametrize("text, address", [
    ("Адрес: ул. Революции, 34-41, г. Москва, 120813", "ул. Революции, 34-41"),
    ("Адрес доставки: 664383, г. Иркутск, ш. Привольное, 103-150", "ш. Привольное, 103-150"),
    ("Adresse : Appt 36, 60 rue Rémy Gillet, 35048 Rennes", "Appt 36, 60 rue Rémy Gillet"),
    ('{"line1": "Appartement 54, 82 boulevard de Ferrand", "town": "Angers"}', "Appartement 54, 82 boulevard de Ferrand"),
])
def test_flat_with_the_street_address(text, address):
    found = [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "STREET_ADDRESS"]
    assert found == [address], ENGINE.analyze(text)


def test_a_year_after_a_russian_house_number_is_no_flat():
    text = "ул. Гоголя, 18-2024."
    found = [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "STREET_ADDRESS"]
    assert found == ["ул. Гоголя, 18"], ENGINE.analyze(text)
