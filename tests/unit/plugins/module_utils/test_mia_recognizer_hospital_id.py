# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Hospital patient identifiers (IPP, Pat.-ID, Akte, карта №, ИБ №, история болезни №, FHIR type "MRN")."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types


@pytest.mark.parametrize("text, value", [
    ("Admission aux urgences, IPP QX481920, chambre 12.", "QX481920"),                          # fr
    ("N° IPP établissement : 7730041882", "7730041882"),
    ("Patientin Vogt, Pat.-ID KL-330291-4, Station 3B.", "KL-330291-4"),                       # de
    ("Patientennr. Klinik: 44120/21", "44120/21"),
    ("Laborbefund für die Patientin, Akte ZB448120, bitte prüfen.", "ZB448120"),
    ("Пациент: Орлова   Карта № 5512093371   д.р. 1970", "5512093371"),                           # ru
    ("Пациент Сомов, ИБ № 318-44-09, отделение хирургии", "318-44-09"),
    ("Больной Ким, история болезни № 55120/24, палата 4", "55120/24"),
    ('{"identifier": [{"type": {"text": "MRN"}, "system": "urn:oid:1.2.3", "value": "70431/19"}]}', "70431/19"),
    ('{"type":{"coding":[{"code":"MRN"}]},"value":"QH5520193"}', "QH5520193"),
])
def test_hospital_id_positive(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text", [
    "Philipp 48213 hat das Paket mit shipping id 99812 geschickt.",    # de/en: ipp inside words
    "Die Akte 2023-4451 des Landgerichts liegt vor.",                   # de: a court file, no medical words
    "Votre NIP 48213 pour la carte bancaire est personnel.",            # fr: NIP is a bank PIN here (no medical words)
    "Карта № 4276123456789012 заблокирована банком.",                   # ru: a bank card
    "Карта № 77125 маршрута выдана водителю.",                          # ru: no medical words
    "the record: 12345 was broken twice",                               # en: any record
    '{"type": {"text": "MRN"}, "value": "pending"}',                    # FHIR value without a digit
    "IPP 2.5.1 release notes",                                          # a version after IPP
])
def test_hospital_id_hard_negatives(text):
    assert "MEDICAL_RECORD_NUMBER" not in types(text), (text, ENGINE.analyze(text))
