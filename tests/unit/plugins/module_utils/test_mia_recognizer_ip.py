# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import types


@pytest.mark.parametrize("text,etype", [
    ("from 203.0.113.7 via proxy", "IPV4"),
    ("ip 2001:db8:85a3::8a2e:370:7334 seen", "IPV6"),
    ("link-local fe80::1ff:fe23:4567:890a", "IPV6"),
    ("full 2001:0db8:0000:0000:0000:ff00:0042:8329", "IPV6"),
])
def test_ip_positive(text, etype):
    assert etype in types(text)


@pytest.mark.parametrize("text", [
    "at 12:30:45 sharp",
    "mac aa:bb:cc:dd:ee:ff",
    "release v1.2.3.4",
    "version 2.16.150.7",
    "ratio 1:2:3",
])
def test_ip_negative(text):
    assert not {"IPV4", "IPV6"} & set(types(text))
