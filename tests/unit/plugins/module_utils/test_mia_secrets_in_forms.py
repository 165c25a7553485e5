# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Passwords and secrets in forms: table cells, dot leaders, dashes, markdown labels, a label on its own line, a comma
in prose, a value object under the key; and their look-alikes."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted


@pytest.mark.parametrize("text, value", [
    ("| Temporary password | X5jnaWLxhSZ%i |", "X5jnaWLxhSZ%i"),
    ("| Exposed secret | S9*w1Worlghb8 |", "S9*w1Worlghb8"),
    ("Temporary password ............ Moskva-520?g\nValid until ... 2025-05-27", "Moskva-520?g"),
    ("TEMPORARY PASSWORD\ncM3XlS5KeaA0#V?D+pc\nVALID UNTIL\n2025-06-10", "cM3XlS5KeaA0#V?D+pc"),
    ("- Exposed secret — Soleil274#sI", "Soleil274#sI"),
    ("• **Временный пароль:** Tundra.189W", "Tundra.189W"),
    ("– Скомпрометированный секрет — V1F!Gno85*wTOZYi", "V1F!Gno85*wTOZYi"),
    ("It holds the username ann@example.com and a temporary password, TyxTGyUo6$6H. It also has a key.", "TyxTGyUo6$6H"),
    ('{"initial_secret": {"val": "Maple-1935*rq", "conf": 0.955}}', "Maple-1935*rq"),
])
def test_secret_in_a_form_is_masked(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("Forgot your password, Admin? Use the reset link.", "Admin?"),               # a comma, a short word
    ("Enter your password, then press Continue2Login.", "then"),
    ("PASSWORD\nReset your password from the account page.", "Reset"),            # the next line is prose
    ("| Password policy | 12 characters |", "12 characters"),
    ("Password ........ see the vault", "see the vault"),
    ("| Exposed secret | none |", "none"),
    ('{"secret_rotation": {"value": "P30D"}}', "P30D"),
])
def test_look_alikes_are_kept(text, value):
    assert value in redacted(text), (text, ENGINE.analyze(text))
