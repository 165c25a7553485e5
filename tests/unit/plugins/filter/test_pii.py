# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

import json
import os

import pytest
import yaml

from ansible.errors import AnsibleFilterError

from ansible_collections.mlsec.mia_defense.plugins.filter import pii
from ansible_collections.mlsec.mia_defense.plugins.filter.pii import FilterModule, pii_findings, redact_pii

EMAIL = "john.doe@example.com"
SSN = "123-45-6789"
TEXT = "Patient John Doe has email %s and SSN %s." % (EMAIL, SSN)
FILTER_DIR = os.path.dirname(pii.__file__)


def test_filters_registered():
    assert set(FilterModule().filters()) == {"redact_pii", "pii_findings"}


def test_redact_string():
    out = redact_pii(TEXT)
    assert isinstance(out, str)
    assert EMAIL not in out
    assert SSN not in out
    assert out.startswith("Patient ")
    assert "[" in out


def test_redact_is_idempotent():
    once = redact_pii(TEXT)
    assert redact_pii(once) == once


@pytest.mark.parametrize("data", [
    {"user": {"mail": EMAIL, "ids": [SSN, 42, None, True]}, "note": "ok"},
    [EMAIL, {"nested": [SSN]}],
    {"body": json.dumps({"contact": EMAIL})},  # JSON encoded inside a string
])
def test_redact_nested_keeps_shape_and_removes_values(data):
    out = redact_pii(data)
    dumped = json.dumps(out)
    assert EMAIL not in dumped
    assert SSN not in dumped
    assert type(out) is type(data)
    if isinstance(data, dict):
        assert set(out) == set(data)
        if "user" in data:
            assert out["user"]["ids"][1:] == [42, None, True]
            assert out["note"] == "ok"
        if "body" in data:
            assert isinstance(json.loads(out["body"]), dict)
    else:
        assert len(out) == len(data)


def test_redact_leaves_clean_text_alone():
    clean = "Order 7f9c2a1e-0b3d-4c55-9a7e-2f1d3c4b5a69 shipped at 2024-03-05T10:22:31Z."
    assert redact_pii(clean) == clean


def test_findings_string():
    findings = pii_findings(TEXT)
    assert findings, "expected findings"
    for f in findings:
        assert set(f) == {"type", "start", "end", "score"}
        assert isinstance(f["type"], str) and f["type"]
        assert 0 <= f["start"] < f["end"] <= len(TEXT)
        assert 0.0 <= f["score"] <= 1.0
    spans = {TEXT[f["start"]:f["end"]] for f in findings}
    assert EMAIL in spans
    assert SSN in spans
    dumped = json.dumps(findings)
    assert EMAIL not in dumped and SSN not in dumped


def test_findings_nested_have_paths():
    data = {"user": {"contact": EMAIL}, "rows": ["nothing", "SSN " + SSN]}
    findings = pii_findings(data)
    paths = [f["path"] for f in findings]
    assert ["user", "contact"] in paths
    assert ["rows", 1] in paths
    for f in findings:
        assert set(f) == {"type", "start", "end", "score", "path"}
    assert EMAIL not in json.dumps(findings)


def test_findings_clean_text_is_empty():
    assert pii_findings("nothing personal here") == []


@pytest.mark.parametrize("value", [42, None, 3.5])
def test_findings_rejects_scalars(value):
    with pytest.raises(AnsibleFilterError, match="must be a string, a list or a dictionary"):
        pii_findings(value)


@pytest.mark.parametrize("fn", [redact_pii, pii_findings])
def test_config_must_be_a_dict(fn):
    with pytest.raises(AnsibleFilterError, match="config must be a dictionary"):
        fn(TEXT, config=["not", "a", "dict"])


@pytest.mark.parametrize("fn", [redact_pii, pii_findings])
def test_invalid_config_is_filter_error(fn):
    with pytest.raises(AnsibleFilterError, match="invalid config"):
        fn(TEXT, config={"no_such_option_xyz": True})


def test_engine_cache_is_bounded_and_reused():
    pii._ENGINE_CACHE.clear()
    redact_pii(TEXT)
    redact_pii(TEXT)
    assert len(pii._ENGINE_CACHE) == 1
    first = next(iter(pii._ENGINE_CACHE.values()))
    redact_pii(TEXT, config=None)
    assert next(iter(pii._ENGINE_CACHE.values())) is first


@pytest.mark.parametrize("name", ["redact_pii", "pii_findings"])
def test_filter_documentation(name):
    with open(os.path.join(FILTER_DIR, name + ".yml")) as f:
        doc = yaml.safe_load(f)
    assert set(doc) == {"DOCUMENTATION", "EXAMPLES", "RETURN"}
    assert doc["DOCUMENTATION"]["name"] == name
    assert doc["DOCUMENTATION"]["version_added"] == "0.1.0"
    assert doc["DOCUMENTATION"]["author"]
    assert "_input" in doc["DOCUMENTATION"]["options"]
    assert "config" in doc["DOCUMENTATION"]["options"]
    assert "sample" in doc["RETURN"]["_value"]
    assert isinstance(yaml.safe_load(doc["EXAMPLES"]), list)


def test_findings_agree_with_engine_summary_on_nested_data():
    """pii_findings on data uses the same key context as redact_pii / the engine."""
    from collections import Counter
    from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine
    data = {"user": {"contact": EMAIL, "ssn": 123456789}, "rows": ["SSN " + SSN, 7, None, False], "n": 2.5}
    findings = pii_findings(data)
    assert Counter(f["type"] for f in findings) == Counter(Engine().findings_summary(data))
    assert ["user", "ssn"] in [f["path"] for f in findings]  # a bare number, found through its key
    assert "123456789" not in json.dumps(findings)


def test_config_selects_operator():
    out = redact_pii(TEXT, config={"operators": {"default": "mask"}})
    assert EMAIL not in out and SSN not in out
    assert "[EMAIL]" not in out  # masked, not a placeholder
    keyed = {"operators": {"EMAIL": "hmac"}, "hmac_key": "a-long-enough-secret"}
    assert redact_pii(TEXT, config=keyed) == redact_pii(TEXT, config=dict(keyed))  # stable pseudonym
    assert EMAIL not in redact_pii(TEXT, config=keyed)
