# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A bare 9-digit SSN after a label of several words before its colon ("SSN on file: 644033253")."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("SSN on file: 644033253. Gift aid batch closed.", "644033253"),
    ("Social security number as given: 274845477", "274845477"),
])
def test_ssn_after_a_label(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ("Order on file: 644033253.", "644033253"),
    ("SSN checked, order 644033253", "644033253"),      # the clause ends before the number
])
def test_nine_digits_without_an_ssn_label_keep(text, value):
    assert value in redacted(text), text
