# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dotted quads named versions by the word after them or an image tag; compact-JSON keys whose value is over."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types


@pytest.mark.parametrize("text", [
    "customer cannot log in since the 2.5.79.223 update",              # en
    "Seit dem 4.1.0.12 Update startet der Dienst nicht.",              # de
    "Problème depuis la 3.2.1.10 version du client.",                  # fr
    "Ошибка после 2.1.0.5 обновления клиента.",                        # ru
    "тег образа 18.30.65.116, digest sha256:88aff05e",                  # ru: an image tag
])
def test_dotted_quad_named_a_version_is_kept(text):
    assert "IPV4" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text, value", [
    ("connection from 10.2.3.4 patched through the proxy", "10.2.3.4"),    # "patched" is no version noun
    ("server 10.0.0.1 update ok", "10.0.0.1"),                             # an IP cue before wins
    ("Zugriff von Host 172.16.4.20 Update-Server", "172.16.4.20"),
    ("adresse 192.168.1.20 mise à jour", "192.168.1.20"),
    ("адрес 10.1.1.7 обновление", "10.1.1.7"),
])
def test_ip_with_an_ip_cue_stays_masked(text, value):
    assert value not in redacted(text), text


def test_compact_json_key_after_a_value_is_its_own():
    text = '{"org":{"name":"ACME","inn":6699356119},"generated":"1681854259"}'
    out = redacted(text)
    assert "6699356119" not in out and "1681854259" in out, out


@pytest.mark.parametrize("text, value", [
    ('{"ssn":"219-45-1234","dob":"1980-01-02"}', "1980-01-02"),
    ('{"inn":{"value":"7707083893"}}', "7707083893"),
    ("ИНН:7707083893", "7707083893"),
])
def test_compact_json_cues_still_reach_their_values(text, value):
    assert value not in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ('{"kind":"heartbeat","id":"3d91a6ac-e957","v":"21.4.112.27"}', "21.4.112.27"),     # compact JSON
    ('{"agent": {"v": "7.11.134.2"}}', "7.11.134.2"),
    ('{\\"v\\": \\"14.12.126.21\\"}', "14.12.126.21"),                                     # escaped JSON
])
def test_version_key_v_keeps_its_quad(text, value):
    assert value in redacted(text), text


@pytest.mark.parametrize("text, value", [
    ('{"cpe":{"fw":"12.3.151.95"},"wan":{"v4":"81.84.204.107","v6":"::1"}}', "81.84.204.107"),  # a dotted value ends fw's reach
    ('{"fw":"6.30.24.69","ip":"185.47.203.90"}', "185.47.203.90"),
    ('{"v4": "10.17.240.15"}', "10.17.240.15"),                                             # v4: an address family
    ("Merci de contacter Hélène V. Dupont au 05.01.23.71.24.", "05.01.23.71.24"),          # an initial is no "v" key
])
def test_v4_key_and_value_after_a_version_stay_masked(text, value):
    assert value not in redacted(text), text
