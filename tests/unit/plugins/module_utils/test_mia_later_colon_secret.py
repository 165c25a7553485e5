# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A secret word and, later in its sentence, a colon that introduces a value in a generated secret's shape."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted

KEY = "qJFPUAx+ECY2Ko+KdjQJYHGQgEG3kXVjSd77P5JO"


@pytest.mark.parametrize("text", [
    "He pasted this token into the Discord channel: %s. Treat it as compromised." % KEY,
    "I found the leaked credential in the repo: `%s`. It was added in a commit." % KEY,
    "J'ai trouvé une clé dans le dépôt du club : %s. Elle a été ajoutée hier." % KEY,
    "Der Schlüssel aus dem alten Backup lautet jetzt: bysKBT2kSOGjpCqx7Lm9Tz4w.",
])
def test_secret_after_a_later_colon(text):
    out = redacted(text)
    assert "[API_KEY]" in out and KEY not in out and "bysKBT2k" not in out, (text, out)


@pytest.mark.parametrize("text", [
    "The key point: ThisIsMyProjectName2024 works well.",
    "The public key fingerprint: SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8",
    "The key was rotated. Build id: %s" % KEY,
    "A token bucket limits bursts; the commit: 4c26a9f0e1b2c3d4e5f60718293a4b5c6d7e8f90.",
])
def test_other_values_after_a_colon_keep(text):
    assert "[API_KEY]" not in redacted(text)
