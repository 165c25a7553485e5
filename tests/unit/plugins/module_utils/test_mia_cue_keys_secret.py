# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A password-shaped shared secret (PPP, RADIUS) under a "secret" key is masked even when short."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ('{"ppp": {"username": "u6097058", "secret": "Winter3277$"}}', "Winter3277$"),
    ('{"radius": {"secret": "Tango2044#"}}', "Tango2044#"),
    ("secret: Maple701*", "Maple701*"),
])
def test_shared_secret_password_under_secret_key(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ('{"secret": "MY-SECRET-1"}', "MY-SECRET-1"),        # no lower-case letter: a name
    ('{"secret": "Winter32"}', "Winter32"),              # no symbol
    ('{"token": "Abc12$xy"}', "Abc12$xy"),               # a short token keeps (a "secret" is a password from 8)
    ('{"secret_name": "db-creds"}', "db-creds"),
])
def test_short_values_under_key_words_keep(text, value):
    assert value in redacted(text), text
