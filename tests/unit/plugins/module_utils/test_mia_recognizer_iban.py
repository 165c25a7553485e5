# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import types


@pytest.mark.parametrize("text", [
    "IBAN DE89 3704 0044 0532 0130 00 please",
    "Konto DE89370400440532013000.",
    "wire to GB82 WEST 1234 5698 7654 32",
    "Son IBAN est FR14 2004 1010 0505 0001 3M02 606",
    '{"iban":"FR1420041010050500013M02606"}',
])
def test_iban_positive(text):
    assert "IBAN" in types(text)


@pytest.mark.parametrize("text", [
    "IBAN DE89 3704 0044 0532 0130 01",     # bad checksum
    "code AB12CDEF34567890",                 # unknown country
])
def test_iban_negative(text):
    assert "IBAN" not in types(text)
