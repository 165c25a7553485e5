# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, redacted, types


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


@pytest.mark.parametrize("text,value", [
    ("postgres://billing:s3cr3t-pw@192.168.10.4:5432/billing", "192.168.10.4"),
    ('{"DATABASE_URL": "mysql://deploy:pw1234567@10.20.30.40:3306/shop"}', "10.20.30.40"),
    ("amqp://guest@172.16.0.4/vhost", "172.16.0.4"),
    ("redis://10.1.2.3:6379/0", "10.1.2.3"),
])
def test_ipv4_url_host(text, value):
    """The host of scheme://[user[:pass]@]host is an address, not pkg@version."""
    out = redacted(text)
    assert value not in out and "[IPV4]" in out, out


@pytest.mark.parametrize("text", [
    "pinned lodash@4.17.21.1 in the lockfile",
    "see https://example.org/releases/v1.2.3.4 for notes",
])
def test_ipv4_url_negative(text):
    assert "IPV4" not in types(text)


@pytest.mark.parametrize("text,value", [
    ("remote_addr ::ffff:93.77.246.154 blocked", "::ffff:93.77.246.154"),
    ('{"remote_addr": "::ffff:10.0.12.7"}', "::ffff:10.0.12.7"),
    ("client 64:ff9b::192.0.2.33.", "64:ff9b::192.0.2.33"),
])
def test_ipv6_embedded_ipv4(text, value):
    """IPv4-mapped / NAT64 addresses end in a dotted quad; the whole address is one IPV6."""
    fs = ENGINE.analyze(text)
    assert [(f.type, text[f.start:f.end]) for f in fs] == [("IPV6", value)], fs


@pytest.mark.parametrize("text", [
    '{"meta": {"versionId": "6.4.62.180"}}',
    '{"appVersion": "10.2.3.4"}',
])
def test_ipv4_shaped_version_under_camel_case_key(text):
    assert "IPV4" not in types(text), ENGINE.analyze(text)


def test_conversion_is_no_version_cue():
    assert "PHONE" in types("conversion hotline 0151 23456789")


@pytest.mark.parametrize("text, hosts", [
    ("ingress:\n  allowlist:\n    - 44.181.138.243/32\n    - 192.168.148.78/32\n", ["44.181.138.243", "192.168.148.78"]),
    ("inet 192.168.1.5/24 brd 192.168.1.255", ["192.168.1.5", "192.168.1.255"]),     # an interface's own address
    ("route 172.16.0.0/12 via 10.1.1.1", ["10.1.1.1"]),                              # a network is no host
    ("DATABASE_URL=redis://app@10.4.0.17/0", []),                                      # a URL's path, not a prefix
])
def test_ipv4_with_a_prefix_length(text, hosts):
    assert [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "IPV4"] == hosts
