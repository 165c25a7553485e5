# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A name that opens its clause before the street its owner lives in; the author of a comment named right after the
word; a resident; a name spelled by a mailbox further along its line, on the lines of the values before it in
pretty-printed JSON, with a surname in capitals, or as a quoted "Surname, Given"; a credential dump's combo lines; a
Russian street without its word; a GEDCOM family tree."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found


@pytest.mark.parametrize("text, name", [
    ("Avis de situation déclarative — Christelle Lebrun, 13, rue Célina Masse, 86588 Turpin-sur-Delorme.", "Christelle Lebrun"),
    ("Avis de contravention : titulaire du certificat Marc Traore, 8, boulevard Catherine Millet, 15636 Blonde", "Marc Traore"),
    ("Bescheid an Ilka Berghoff, Lindenstraße 14, 04109 Leipzig.", "Ilka Berghoff"),
])
def test_name_before_its_street(text, name):
    assert name in found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, word", [
    # a shop, a site, an inn: the words of places open their address as often
    ("Café Central, Herrengasse 14, 1010 Wien", "Central"),
    ("Main Campus, 12 Oak Road", "Campus"),
    ("George Inn, 12 Oak Road", "George"),
    ("Hotel Adlon, Unter den Linden 77, 10117 Berlin", "Adlon"),
    # a birthplace before the address
    ("Madame Odette RODRIGUEZ, née le 27 mars 1975 à Sainte Valérie, demeurant 76, boulevard Juliette Lejeune", "Valérie"),
])
def test_places_before_their_street_keep(text, word):
    assert not any(word in v for v in found(text, "PERSON")), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    ("Mietvertrag — [Kommentar Edgar Herrmann] Bitte Telefonnummer streichen.", "Edgar Herrmann"),
    ("Комментарий Добромысл Потапов: «уберите телефон».", "Добромысл Потапов"),
    ("Change of address request received.\nResident: Ray Okonkwo\nPrevious address: 23 Padilla Freeway", "Ray Okonkwo"),
])
def test_comment_authors_and_residents(text, name):
    assert name in found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    # the mailbox over 96 characters after the name on its line
    ("Meldebestätigung: Erol Krebs ist seit 10.01.2024 unter Linkestraße 98, 41317 Moers gemeldet. Kontakt für Rückfragen: "
     "erolk@example.de", "Erol Krebs"),
    # a surname in capitals before the given name the mailbox spells with the surname's initial
    ("Cc : « LOPEZ Émile » <emilel@example.net>", "LOPEZ Émile"),
    # the values before the address, one per line
    ('{"values": [\n  [\n    "Mcfarland, Paige",\n    "mcfarland61@example.biz",\n    "GB29"\n  ]\n]}', "Mcfarland, Paige"),
    ('{"name": "Goran Dowerg",\n "address": "gdowerg@example.org"}', "Goran Dowerg"),
    ('["Dehmel, Marten", "marten.dehmel81@example.com"]', "Dehmel, Marten"),
])
def test_name_spelled_by_a_mailbox_further_on(text, name):
    assert name in found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, word", [
    # an acronym in capitals, a functional mailbox, a line that is no JSON value before the address
    ("CEO <ceo@example.com>", "CEO"),
    ("SUPPORT TEAM <support@example.com>", "SUPPORT"),
    ("Marlowe\n  marlowe@example.org", "Marlowe"),
    ('"Marlowe"\n  "x": "marlowe@example.org"', "Marlowe"),
])
def test_mailbox_further_on_keeps(text, word):
    assert not any(word in v for v in found(text, "PERSON")), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind, value", [
    # a credential dump's combo lines: the mailbox and its password
    ("Matches from the combo list:\n```\ngalina.burova@example.org:Qwerty#65jLt\nermakov43@example.ru:marseille886\n```",
     "API_KEY", "Qwerty#65jLt"),
    ("Matches from the combo list:\n```\ngalina.burova@example.org:Qwerty#65jLt\n```", "EMAIL", "galina.burova@example.org"),
    ("Treffer:\nfredy.anders+claims@example.de|welcome537\ntweinhold@example.de;moskva115", "API_KEY", "moskva115"),
    ("- reza.hecker@example.de:Soleil#05huz", "API_KEY", "Soleil#05huz"),
    # a street without its word before the house
    ("Ершов Аггей Теймуразович\nЭнгельса, д. 77, кв. 195\nг. Балтийск", "STREET_ADDRESS", "Энгельса, д. 77, кв. 195"),
    ("Адрес регистрации: Малиновая, д. 12, г. Кириши", "STREET_ADDRESS", "Малиновая, д. 12"),
    ("свидетель, 1972 г.р., проживающего по адресу Городская, д. 89, кв. 144, Уссурийск", "STREET_ADDRESS",
     "Городская, д. 89, кв. 144"),
    ("2. Ермакова Есения Романовна — Зеленая, д. 58, Светлогорск", "STREET_ADDRESS", "Зеленая, д. 58"),
    ("- Горняцкая, д. 106, кв. 97, г. Жуковский (адрес)", "STREET_ADDRESS", "Горняцкая, д. 106, кв. 97"),
    ("Ранее был убыток по адресу Кошевого, д. 22, кв. 135, Моршанск", "STREET_ADDRESS", "Кошевого, д. 22, кв. 135"),
    # a GEDCOM family tree
    ("0 @I946@ INDI\n1 NAME Martin /Louis/\n1 BIRT\n2 DATE 15 JUL 1907\n2 PLAC Chauveau", "PERSON", "Martin /Louis/"),
    ("0 @I946@ INDI\n1 NAME Martin /Louis/\n1 BIRT\n2 DATE 15 JUL 1907\n2 PLAC Chauveau", "DATE_OF_BIRTH", "15 JUL 1907"),
    ("0 @I103@ INDI\n1 NAME Antoine /Cohen/\n1 RESI\n2 ADDR 98 ter, rue Blondel\n2 CITY 87333 Leroy", "STREET_ADDRESS",
     "98 ter, rue Blondel"),
    ("0 @I7@ INDI\n1 NAME Anna /Berg/\n2 GIVN Anna\n2 SURN Berg", "PERSON", "Berg"),
    # (the birth record alone, as a stream's window sees it after the individual's lines)
    ("1 BIRT\n2 DATE 15 JUL 1907\n2 PLAC Chauveau", "DATE_OF_BIRTH", "15 JUL 1907"),
])
def test_combo_lines_bare_streets_and_family_trees(text, kind, value):
    assert value in found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, kind, value", [
    # an SSH remote's path or port, a town before the house, a death's date
    ("git remote add origin git@github.example.com:org/repo.git", "EMAIL", "git@github.example.com"),
    ("ssh deploy@build01.example.com:8080", "EMAIL", "deploy@build01.example.com"),
    ("jane@example.com:2222", "API_KEY", "2222"),
    ("г. Тында, д. 5", "STREET_ADDRESS", "Тында, д. 5"),
    ("0 @I1@ INDI\n1 NAME Anna /Berg/\n1 BIRT\n2 PLAC Ems\n1 DEAT\n2 DATE 3 MAR 1990", "DATE_OF_BIRTH", "3 MAR 1990"),
])
def test_paths_towns_and_other_dates_keep(text, kind, value):
    assert value not in found(text, kind), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    # the holder's column of a text table
    ("Konto|Inhaber|Gerät\nDE77 1718 7267 0935 3160 72|Bruni Heser|cfa2b915-ca51-4843-8ac8-d08a2f26b56f", "Bruni Heser"),
    ("compte,titulaire,appareil\nNL73 DYSY 3087 7346 56,Clothilde Castagnède,fd3c737a", "Clothilde Castagnède"),
    # a list of heirs with their addresses, the names in all their forms
    ("Erben:\n1. SCHULZE-WENDT Friedemann — Miesplatz 46, 41110 Lübben", "SCHULZE-WENDT Friedemann"),
    ("Erben:\n2. von Ahlefeldt, Anneliese — Lindenstraße 4, 10115 Berlin", "von Ahlefeldt, Anneliese"),
    ("Heirs:\n1. Priya Van der Merwe — 59 Hunt Circles, East Elliot S19 6QG", "Priya Van der Merwe"),
    ("Héritiers :\n3. L. de Villepin — 98 bis, chemin de Besson, 54185 Sainte Guy", "L. de Villepin"),
])
def test_holders_columns_and_listed_names(text, name):
    assert name in found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, word", [
    # a repository's owner, a team's line in a list
    ("repo|owner|stars\nansible|Red Hat|100", "Red Hat"),
    ("Contacts:\n- Customer Support — +1 800 555 0199", "Support"),
    ("Contacts:\n- NOC HOTLINE — +1 800 555 0199", "HOTLINE"),
    ("Sites:\n- Main Office — 12 Oak Road", "Office"),
])
def test_owners_and_listed_teams_keep(text, word):
    assert not any(word in v for v in found(text, "PERSON")), ENGINE.analyze(text)


@pytest.mark.parametrize("text, name", [
    # a surname in capitals under a key that is a cue word
    ('{"name": "BELLAMY Clothilde", "dob": "1977-06-08"}', "BELLAMY Clothilde"),
    ('{"patient": "MARQUES Margaud"}', "MARQUES Margaud"),
    ("kunde=SAGER Patric", "SAGER Patric"),
    # a Russian surname in capitals by its ending
    ("Клиент: ПЕТРОВ Добромысл", "ПЕТРОВ Добромысл"),
    # investigators, card holders, impersonated senders, who confirmed a case
    ("Enquêteur : Maëlys Dupont-Aignan", "Maëlys Dupont-Aignan"),
    ("Sachbearbeitung: Isidor Losekann", "Isidor Losekann"),
    ("Impayé SR-832704 : le porteur S. Lefèvre conteste 13147,38 €", "S. Lefèvre"),
    ("The display name impersonates William Crawford from Finance", "William Crawford"),
    ('"analyst_note": "Confirmed with A. Charlton by phone (0161 589 3732)."', "A. Charlton"),
    ('"analyst_note": "Vérifié avec Luce Bazin par téléphone (+33 6 75 47 45 37)."', "Luce Bazin"),
    # a witness names whom they saw
    ("I was walking my dog when I saw S. Oyelaran climb over the fence", "S. Oyelaran"),
    ("A man I now know as Martinez, Karina got out and took the parcels.", "Martinez, Karina"),
    # the elements of a string array under a role's key
    ('{"witnesses": ["Nath Da Silva", "T. Letellier"]}', "T. Letellier"),
    ('{\n  "witnesses": [\n    "Nath Da Silva",\n    "T. Letellier"\n  ]}', "T. Letellier"),
])
def test_keyed_capitals_and_case_roles(text, name):
    assert name in found(text, "PERSON"), ENGINE.analyze(text)


@pytest.mark.parametrize("text, word", [
    # an organisation in capitals under a name key, a month after capitals
    ('{"name": "IBM Germany"}', "Germany"),
    ('{"name": "LINDAU August"}', "LINDAU"),
    # what a witness saw that is a product, the elements of an array under a key that names no one
    ("I saw Microsoft Teams crash twice today", "Teams"),
    ('{"tags": ["Blue Team", "Red Hat"], "products": ["Office Suite", "Data Lake"]}', "Red Hat"),
    # an identifier's name among the data a breach exposed, a statement's noun before its witness
    ("a system that stored your name, Social Security number (804-08-2314) and date of birth", "Security"),
    ("Zeugenaussage T. Roht, geb. 1996-06-06, wohnhaft", "Zeugenaussage"),
])
def test_keyed_capitals_keep(text, word):
    assert not any(word in v for v in found(text, "PERSON")), ENGINE.analyze(text)
