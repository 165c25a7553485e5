# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Cue phrases: French "anniversaire" as a birthday."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types


@pytest.mark.parametrize("text, value", [
    ("Anniversaire le 16/03/1958 - envoyer une carte.", "16/03/1958"),
    ("Son anniversaire : 4 juillet 1983.", "4 juillet 1983"),
    ("Anniversaire le 1975-03-21, penser au cadeau", "1975-03-21"),
])
def test_anniversaire_is_a_birthday(text, value):
    out = redacted(text)
    assert value not in out and "[DATE_OF_BIRTH]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "Anniversaire de mariage le 12/06/1990.",
    "L'anniversaire du contrat tombe le 01/02/2015.",
    "Anniversaires des clients : voir le tableau.",
    "Fête des 20 ans : anniversaire d'entreprise le 05/05/2005.",
])
def test_anniversaire_of_something_else(text):
    assert "DATE_OF_BIRTH" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("- Assuré : Aurore Delannoy\n- Né(e) le : 1963-12-02", "Aurore Delannoy"),              # fr
    ("- Assurée : Lucie Marchand\n- Contrat : 4411", "Lucie Marchand"),
    ("- Страхователь: Гаврила Савин\n- Дата события: 13 мая", "Гаврила Савин"),               # ru
    ('{"attending": "Eleni Junitz", "ward": "3B"}', "Eleni Junitz"),                         # en/de keys
    ('{"fio": "Рубен Быков", "tab_no": 2658}', "Рубен Быков"),
    ("attending: Dr. Hanna Weiss", "Hanna Weiss"),
])
def test_insured_and_physician_cues(text, value):
    out = redacted(text)
    assert value not in out and "[PERSON]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "Assuré : Transports Dupont SARL",        # fr: a company
    "Assuré : Oui",                           # fr: a yes/no field
    "Страхователь: Не указан",                # ru: not given
    "Страхователь: ООО Ромашка",              # ru: a company
    '{"attending": true, "fio": null}',       # keys without a name
    '{"fio": "N/A"}',
    "Versicherte Leistungen: Zahnersatz",    # de: no name after
])
def test_insured_and_physician_cues_hard_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))
