# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The people of a court and of legal practice named after their role (judges, clerks, lawyers, the presiding judge of a
Russian protocol, a German judge's title with its court), someone half known ("un certain X"), whom one spoke of, let to or
was given by; and the offices, boards, courts and firms that keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found


@pytest.mark.parametrize("text, names", [
    ("Судья Тетерин А.А.", ["Тетерин А.А."]),
    ("Председательствующий Денисов А.Е.\nСекретарь Андреев А.Д.", ["Денисов А.Е.", "Андреев А.Д."]),
    ("Richterin am Amtsgericht Vesna Freudenberger als Vorsitzende", ["Vesna Freudenberger"]),
    ("Gegenwärtig: Richter am Landgericht Zenon Weiß", ["Zenon Weiß"]),
    ("Justizbeschäftigte Johannes Salz als Urkundsbeamtin der Geschäftsstelle", ["Johannes Salz"]),
    ("erscheinen die Klägerseite mit Rechtsanwalt Jacob Henk sowie für die Beklagte", ["Jacob Henk"]),
    ("Greffier : Anastasie Verdier", ["Anastasie Verdier"]),
    ("Raised 2022-09-15T18:23:09Z by monitor P. Howarth: please confirm", ["P. Howarth"]),
    ("Solicitor Anna Hall wrote to the court.", ["Anna Hall"]),
    ("Prozessbevollmächtigte: Rechtsanwältin Birgitt Martin, Kanzlei Lindenhof, b.martin@kanzlei-lindenhof.de",
     ["Birgitt Martin"]),
    ("Avocat : Maître Julie Roux, Cabinet Moreau, 12 rue des Lilas", ["Julie Roux"]),
    ("C'était l'agence, un certain Thibaut Verdier. Il m'appelait tous les jours.", ["Thibaut Verdier"]),
    ("ENQ : Vous avez parlé de Claire Delorme, qui est-ce ?", ["Claire Delorme"]),
    ("Le bien est actuellement loué à Noémi Chevallier suivant bail du 24 mai.", ["Noémi Chevallier"]),
    ("Die Spende von Czeslaw Putz ist eingegangen.", ["Czeslaw Putz"]),
])
def test_court_and_legal_roles_name_people(text, names):
    assert found(text, "PERSON") == names, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "The Judge Advocate General's Corps reviewed it.",
    "Counsel Review Board meets on Monday.",
    "Attorney General's office",
    "Termin am Amtsgericht Berlin Mitte um 10 Uhr. Das Landgericht Hamburg entschied.",
    "Nous avons parlé de Paris Saint Germain hier.",
    "Die Zahlung ging an die Kanzlei Lindenhof, info@kanzlei-lindenhof.de",
])
def test_offices_courts_and_firms_keep(text):
    assert found(text, "PERSON") == [], ENGINE.analyze(text)


@pytest.mark.parametrize("text, names", [
    ("- Aliasnamen: Lindner, Vlado; LINDNER Vlado", ["Lindner, Vlado", "LINDNER Vlado"]),
    ("- Alias: Bellamy, Clothilde\n- Courriels: c.bellamy@orange.fr", ["Bellamy, Clothilde"]),
    ("Recommend blocking the sender IP and notifying Guy Finch.", ["Guy Finch"]),
    ("Le domaine est un sosie. Prévenir Pauline Albert.", ["Pauline Albert"]),
])
def test_aliases_and_whom_to_notify(text, names):
    assert found(text, "PERSON") == names, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "Please notify Security Operations, inform IT Support.",
    "- Tags: Blue Ocean; Red Planet",
    "Empfänger bitte informieren.\n\nZusammenfassung Chargeback",
])
def test_teams_and_lists_keep(text):
    assert found(text, "PERSON") == [], ENGINE.analyze(text)
