# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import (
    ENTITY_TYPES, Engine, EngineConfigError, Finding)


@pytest.mark.parametrize("cfg,word", [
    ({"bogus": 1}, "bogus"),
    ({"enabled_types": ["EMAIL", "NOPE"]}, "enabled_types"),
    ({"disabled_types": "EMAIL"}, "disabled_types"),
    ({"operators": {"EMAIL": "shred"}}, "operators.EMAIL"),
    ({"operators": {"EMAIL": "hmac"}}, "hmac_key"),
    ({"operators": {"EMAIL": "hmac"}, "hmac_key": "short"}, "hmac_key"),
    ({"custom_patterns": [{"name": "x", "type": "EMPLOYEE_ID", "regex": "("}]}, "regex"),
    ({"custom_patterns": [{"name": "x", "type": "lower", "regex": "E\\d+"}]}, "type"),
    ({"custom_patterns": [{"name": "x", "type": "EMP_ID", "regex": "E\\d+", "validator": "nope"}]}, "validator"),
    ({"deny_lists": {"PERSON": "Alice"}}, "deny_lists.PERSON"),
    ({"mask_char": "ab"}, "mask_char"),
    ({"min_score": 2}, "min_score"),
    ({"languages": ["en", "xx"]}, "languages"),
    ({"normalise": "yes"}, "normalise"),
    ("not a dict", "config"),
])
def test_config_errors_name_the_key(cfg, word):
    with pytest.raises(EngineConfigError) as exc:
        Engine(cfg)
    assert word in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_enable_disable_custom_deny_allow():
    e = Engine({
        "disabled_types": ["US_SSN"],
        "custom_patterns": [{"name": "emp", "type": "EMPLOYEE_ID", "regex": r"\bEMP-\d{6}\b", "score": 0.9}],
        "deny_lists": {"PERSON": ["Zorblax"]},
        "allow_list": ["noreply@example.com"],
    })
    out = e.redact("EMP-123456 Zorblax ssn 123-45-6789 noreply@example.com x@example.com")
    assert out == "[EMPLOYEE_ID] [PERSON] ssn 123-45-6789 noreply@example.com [EMAIL]"


def test_enabled_types_only():
    e = Engine({"enabled_types": ["EMAIL"]})
    assert e.redact("a@example.com 123-45-6789") == "[EMAIL] 123-45-6789"


def test_findings_are_sorted_non_overlapping():
    fs = Engine().analyze("Jane Roe jane@example.com +1 212 555 0147 4111 1111 1111 1111")
    assert all(isinstance(f, Finding) for f in fs)
    assert all(a.end <= b.start for a, b in zip(fs, fs[1:]))
    assert "UK_NHS" in ENTITY_TYPES and len(ENTITY_TYPES) == 16


def test_findings_summary_counts_only():
    s = Engine().findings_summary({"a": ["x@example.com", {"b": "y@example.org"}], "ssn": "123-45-6789"})
    assert s == {"EMAIL": 2, "US_SSN": 1}
