# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names in legal records: a caption's party in capitals, the witness of a deposition, counsel before their firm, a
transcript's speakers in capitals, "Given SURNAME" before the person's data, a signatory, whom a party is represented
by, a court's judge and a study's investigator as keys; and the firms, courts and headings that keep."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, found

CAPTION = ("Superior Court of California, County of Los Angeles\n\nSANDRA POWELL,\n        Plaintiff,\n    v.\n\n"
           "ACME HOLDINGS, INC.,\n        Defendant.\n")
APPEARANCES = ("APPEARANCES:\n  For Plaintiff:  Michael MacAlvarez, Northgate Trial Partners\n"
               "  For Defendant:  Charles Vang, Harborview Legal Group LLP\n")
TRANSCRIPT = "BY MR. BECKER:\n  Q.  Please state your full name.\n        MR. VANG:  Objection, relevance.\n"


@pytest.mark.parametrize("text, names", [
    (CAPTION, ["SANDRA POWELL"]),
    ("DEPOSITION OF LAUREN KNIGHT\nTaken on June 2, 2022", ["LAUREN KNIGHT"]),
    (APPEARANCES, ["Michael MacAlvarez", "Charles Vang"]),
    (TRANSCRIPT, ["BECKER", "VANG"]),
    ("Vivra également dans le logement : Stéphanie DE PINEAU, née le 09/03/2000.", ["Stéphanie DE PINEAU"]),
    ("Est intervenue aux présentes Noémi PASQUIER, née le 8 novembre 1997, demeurant à Lyon", ["Noémi PASQUIER"]),
    ("Q : Vos nom et prénom ?\nR : Audrey LE GRÉGOIRE.\nQ : Date de naissance ?", ["Audrey LE GRÉGOIRE"]),
    ('{"court": "Oberlandesgericht Hamm", "judge": "Alwin Radisch", "investigator": "B. Bouvier"}',
     ["Alwin Radisch", "B. Bouvier"]),
    ("kündigte die Hausverwaltung, vertreten durch Leonore Harloff, das Mietverhältnis", ["Leonore Harloff"]),
    ("La société, représentée par Anatole Dupuis, gérant, déclare", ["Anatole Dupuis"]),
    ('acting by its authorised signatory Dillon Hall (the "Second Party").', ["Dillon Hall"]),
])
def test_names_in_legal_records(text, names):
    assert found(text, "PERSON") == names, ENGINE.analyze(text)


@pytest.mark.parametrize("text", [
    "ACME HOLDINGS, INC.,\n        Defendant.",
    "LE MONDE DE LA FINANCE",
    "CONTRAT DE LOCATION – Dupont\n\nLe bailleur",
    "Rapport de la Banque DE FRANCE",
    "Superior Court of California, County of Los Angeles",
    "Counsel: Northgate Trial Partners LLP",
])
def test_firms_courts_and_headings_keep(text):
    assert found(text, "PERSON") == [], ENGINE.analyze(text)
