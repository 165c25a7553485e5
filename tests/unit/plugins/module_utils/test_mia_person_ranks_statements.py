# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Names after police and military ranks, German gender-neutral labels and duty roles, Russian initials written
together, the other party of a bank transfer in capitals, a sign-off ending in "!" (also in a JSON string, its line
break escaped); and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, name", [
    ("Officer in the case: Officer Melanie Hall", "Melanie Hall"),
    ("and the officer in charge is Sgt Раиса Мельникова.", "Раиса Мельникова"),
    ("| Sachbearbeitung | KHK Leni Flantz |", "Leni Flantz"),
    ("Материал составил: майор полиции Август Виноградов", "Август Виноградов"),
    ("> Docteur Arnaude Torres", "Arnaude Torres"),
    ("| Patient/in | Ritter, Gino |", "Ritter, Gino"),                              # German gender suffixes
    ("Vermieter/in: Bernhardine Baum, Mieter*in: Janna Stadelmann", "Janna Stadelmann"),
    ("Дежурный ...................... Вышеслав Власов, 8 (977) 196-91-61", "Вышеслав Власов"),
    ("Ответчик: Антонов С.Г.", "Антонов С.Г."),                                   # initials written together
    ("Full name: Гущина М.Н.", "Гущина М.Н."),
    ("02/17/2023   STANDING ORDER TO REBECCA HOWE RENT   -1,751.10", "REBECCA HOWE"),
    ("4/19/2024   TRANSFER FROM NICHOLAS ROBERTSON REF 68992235  +1,753.05", "NICHOLAS ROBERTSON"),
    ('{"body": "Спасибо!\\nОктябрина Полякова\\nмоб.: 8-915-011-47-58"}', "Октябрина Полякова"),
    ("Vault, добавляем сканер.\n\nСпасибо!\nОктябрина Полякова\nмоб.: 8-915-011-47-58", "Октябрина Полякова"),
])
def test_name_is_masked(text, name):
    out = redacted(text)
    assert name not in out and "[PERSON]" in out, (text, ENGINE.analyze(text))
    assert not any(part in out for part in name.replace(",", "").split() if len(part) > 2), out


@pytest.mark.parametrize("text, kept", [
    ("Challenge improve officer. See Open Enrollment. Response", "Open Enrollment"),   # a rank ends its sentence
    ("12/06/2024   STANDING ORDER TO CITY COUNCIL TAX   -112.13", "CITY COUNCIL"),      # no given name
    ("12/06/2024   DIRECT DEBIT TO BRITISH GAS   -12.13", "BRITISH GAS"),
    ("12/06/2024   TRANSFER FROM SAVINGS ACCOUNT   -12.13", "SAVINGS ACCOUNT"),
    ("See Smith J. U.S. Army regulations", "U.S. Army"),
])
def test_look_alikes_are_kept(text, kept):
    assert kept in redacted(text), (text, ENGINE.analyze(text))
