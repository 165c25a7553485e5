# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types


@pytest.mark.parametrize("text", [
    "Patient John Doe was admitted.",
    "Our records show Jennifer Walsh as owner.",
    "Der Kunde Klaus-Dieter Schneider hat angerufen.",
    "Herr Müller kommt morgen.",
    "Le dossier de Mme Dubois est complet.",
    "contact: Martin, Sophie",
    "Сотрудник Иванов Пётр Сергеевич уволен.",
    "контактное лицо Анна Смирнова",
    "господин Кузнецов прибыл",
    "signed by Robert K. Fischer",
    '{"full_name": "Olga Petrova"}',
])
def test_person_positive(text):
    assert "PERSON" in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "## Action Items for the Blue Team",
    "Hello World from Machine Learning Ops",
    "See the Release Notes and Unit Tests.",
    "Visit New York in May.",
    "Die Deutsche Bahn fährt.",
])
def test_person_hard_negatives(text):
    assert "PERSON" not in types(text), (text, ENGINE.analyze(text))


def test_person_from_table_name_column():
    text = ("name,email,city\n\"Quirina Vantablack\",q@example.com,\"Ulm\"\n"
            "\"Ostrowski, Ferdinand\",f@example.com,\"Bonn\"\n")
    out = redacted(text)
    assert "Quirina" not in out and "Ostrowski" not in out and '"Ulm"' in out
