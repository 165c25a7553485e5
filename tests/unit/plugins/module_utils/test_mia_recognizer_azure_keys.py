# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Azure storage account keys (88 base64 chars) and SharedAccessKeys (44) under their names."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types

KEY88 = "Qm9ndXNLZXkxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXpBQkNERUZHSElKS0xNTk9QUV+/2A=="
KEY44 = "q3Jk8vXyZ1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1uV2="


@pytest.mark.parametrize("text, value", [
    ("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=%s;EndpointSuffix=core.windows.net" % KEY88, KEY88),
    ("export AZURE_STORAGE_KEY=%s" % KEY88, KEY88),
    ('{"stringData": {"AZURE_STORAGE_KEY": "%s", "x": 1}}' % KEY88, KEY88),
    ("storage_account_key: '%s'" % KEY88, KEY88),
    ("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=%s" % KEY44, KEY44),
])
def test_azure_key_positive(text, value):
    out = redacted(text)
    assert value not in out and "[API_KEY]" in out, (text, out)


@pytest.mark.parametrize("text", [
    '"integrity": "sha512-%s"' % KEY88,                                         # a hash, no key name
    "AccountKey=<redacted>;AccountName=acme",
    "storage_key: %s" % ("a" * 86 + "=="),                                     # one letter class: not random
    "Der AccountKey wird im Portal unter Zugriffsschlüssel angezeigt.",         # de prose
    "La clé AccountKey se trouve dans le portail Azure.",                       # fr prose
    "Ключ AccountKey хранится в хранилище секретов.",                           # ru prose
])
def test_azure_key_hard_negatives(text):
    assert "API_KEY" not in types(text), (text, ENGINE.analyze(text))
