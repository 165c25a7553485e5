# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The French "jeton" (token), also "jeton d'accès / d'authentification / API", names a secret in a generated shape."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, value", [
    ("Le jeton d'accès 5XkLMmhvHa8F0H2UV8tJKSrhOmKwhk+DGZHVT38Y a été publié par erreur.", "5XkLMmhvHa8F0H2UV8tJKSrhOmKwhk+DGZHVT38Y"),
    ("Le jeton d\u2019accès : x+QGsYWkRmtvj+zXS+8DXCWyZdrp8OiG7WH7cSg+ ; merci", "x+QGsYWkRmtvj+zXS+8DXCWyZdrp8OiG7WH7cSg+"),
    ("jeton API bysKBT%2kSOGjpC&", "bysKBT%2kSOGjpC&"),
    ("Votre jeton : OqSw!hXWV5FY$k2", "OqSw!hXWV5FY$k2"),
])
def test_jeton_names_a_secret(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ("Le jeton d'accès expire demain.", "expire"),
    ("Le jeton de caisse 4AbCdEf9Gh est perdu", "4AbCdEf9Gh"),
    ("Le jeton d'accès MonProjet-2024 est public", "MonProjet-2024"),
])
def test_jeton_keeps_words_and_names(text, value):
    assert value in redacted(text), text
