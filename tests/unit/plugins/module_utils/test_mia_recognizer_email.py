# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted, types


@pytest.mark.parametrize("text", [
    "write to jane.roe@example.org today",
    "Kontakt: max_mustermann+news@mail.example.de.",
    "адрес: ivan.petrov@yandex.ru",
    '{"email": "a.b-c@sub.domain.co.uk"}',
])
def test_email_positive(text):
    assert "EMAIL" in types(text)
    assert "@" not in redacted(text).replace("[EMAIL]", "")


@pytest.mark.parametrize("text", [
    "install lodash@4.17.21 and @angular/core@17.3.0",
    "use the @media rule and the @param tag",
    "ping me @ noon",
    "user@localhost has no domain",
])
def test_email_hard_negatives(text):
    assert "EMAIL" not in types(text)
