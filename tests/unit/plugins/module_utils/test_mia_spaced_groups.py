# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Spaced-out digits keep the groups their dashes mark: "8 3 0 - 7 3 - 4 8 2 9" is laid out like 830-73-4829,
so it needs no cue, as the plain layout needs none."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, placeholder", [
    ("Booked under the name 8 3 0 - 7 3 - 4 8 2 9.", "[US_SSN]"),
    ("Member's key (as typed in the chat): 7 4 9 - 5 3 - 3 8 6 5", "[US_SSN]"),
    ("Alt. number 3 2 2 - 4 3 5 - 0 1 6 2.", "[PHONE]"),
    ("The caller spelled it out: 1 - 2 8 2 - 4 6 2 - 6 9 1 9.", "[PHONE]"),
    ("Card 4 1 1 1 - 1 1 1 1 - 1 1 1 1 - 1 1 1 1 on file.", "[CREDIT_CARD]"),
])
def test_spaced_digits_keep_their_dashed_groups(text, placeholder):
    out = redacted(text)
    assert placeholder in out and not any(c.isdigit() for c in out), (text, out)


@pytest.mark.parametrize("text", [
    "Release 2 0 2 4 - 0 1 - 1 5 is tagged.",
    "Card 4 1 4 0 - 1 2 3 4 - 5 6 7 8 - 9 0 1 0 fails its check digit.",
    "Grid 1 2 - 3 4 - 5 6 - 7 8 of the puzzle.",
])
def test_spaced_look_alikes_keep(text):
    assert redacted(text) == text
