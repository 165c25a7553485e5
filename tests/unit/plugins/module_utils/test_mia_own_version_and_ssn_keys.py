# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""A version word after an address names its own number ("upstream 10.0.0.7 version 3.8.92.6"), so the address
stays an address; SSN keys in camel or snake case ("ssnLast", "customerSsn") cue a bare SSN."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import redacted


@pytest.mark.parametrize("text, ip", [
    ("[2023-11-19T05:24:35Z] INFO gw: upstream 192.168.66.142 version 3.8.92.6", "192.168.66.142"),
    ("host 10.45.85.201 version v5.17.99.60 ok", "10.45.85.201"),
])
def test_address_before_a_version_of_its_own(text, ip):
    assert ip not in redacted(text)


@pytest.mark.parametrize("text", [
    "since the 2.5.79.223 update",
    "la 3.2.1.0 version est sortie",
    "nach dem 4.1.0.12 Update",
    "upstream 192.168.66.142 version 3.8.92.6",
])
def test_version_quads_keep(text):
    for quad in ("2.5.79.223", "3.2.1.0", "4.1.0.12", "3.8.92.6"):
        if quad in text:
            assert quad in redacted(text)


@pytest.mark.parametrize("text, value", [
    ('{"ssnLast": "547168004"}', "547168004"),
    ('{"x": 1,\n  "ssnLast": "547168004"\n}', "547168004"),
    ('{"a": {"mail": "a@b.org"}, "customerSsn": "547168004"}', "547168004"),
])
def test_ssn_keys(text, value):
    out = redacted(text)
    assert value not in out and "[US_SSN]" in out


def test_a_key_with_ssn_inside_a_word_is_no_cue():
    assert "[US_SSN]" not in redacted('{"businessName": "547168004"}')
