# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A bare "chart" with an identifier right after it among care words, and dental practices as care words (the
French "dossier" at the dentist's)."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Your dental appointment is confirmed. We have Ann Lee on file with 555-0100 and chart SJH-9158974.", "SJH-9158974"),
    ("The nurse updated chart MR322525062 after the ward round.", "MR322525062"),
    ("Rendez-vous chez le dentiste confirmé pour Aurélie Martineau (dossier 8815558692).", "8815558692"),
    ("Rendez-vous chez le dentiste pour Paul Roy (dossier MR159689480).", "MR159689480"),
])
def test_chart_and_dental_record_numbers(text, value):
    out = redacted(text)
    assert value not in out and "[MEDICAL_RECORD_NUMBER]" in out, (text, out)


@pytest.mark.parametrize("text, value", [
    ("See chart AB1234 in the sales dashboard.", "AB1234"),          # no care words
    ("The Helm chart NGINX-1204 was upgraded.", "NGINX-1204"),
    ("Votre dossier MR159689480 de prêt est ouvert.", "MR159689480"),  # a loan file
])
def test_chart_and_dossier_elsewhere_keep(text, value):
    assert value in redacted(text), text
