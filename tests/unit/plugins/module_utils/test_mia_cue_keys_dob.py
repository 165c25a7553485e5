# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The snake-case "d_o_b" key (D.O.B.) cues a date of birth."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ('{"claimant": {"n": "Ann Lee", "d_o_b": "1947-06-23"}}', "1947-06-23"),
    ('{"d_o_b":"10 сентября 1935"}', "10 сентября 1935"),
    ('{"n": "Carmelo Hövel",\n "d_o_b": "4. September 1948"}', "4. September 1948"),
])
def test_dob_snake_case_key(text, value):
    out = redacted(text)
    assert value not in out and "[DATE_OF_BIRTH]" in out, (text, out)


@pytest.mark.parametrize("text", [
    '{"d_o_c": "1947-06-23"}',                         # another key
    '{"d_o_c": "1947-06-23", "dob_of_record": null}',
])
def test_dob_snake_case_key_keeps_other_dates(text):
    assert "[DATE_OF_BIRTH]" not in redacted(text), text
