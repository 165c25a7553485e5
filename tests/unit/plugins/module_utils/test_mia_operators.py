# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import re

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine

TEXT = "mail jane.roe@example.org, SSN 123-45-6789"


def test_placeholder_default():
    e = Engine()
    out = e.redact(TEXT)
    assert out == "mail [EMAIL], SSN [US_SSN]"
    assert re.fullmatch(e.placeholder_regex, "[EMAIL]")


def test_mask_keeps_punctuation():
    e = Engine({"operators": {"default": "mask"}})
    out = e.redact(TEXT)
    assert "***-**-****" in out and "example" not in out


def test_hmac_is_stable_and_keyed():
    a = Engine({"operators": {"EMAIL": "hmac"}, "hmac_key": "k" * 16})
    b = Engine({"operators": {"EMAIL": "hmac"}, "hmac_key": "z" * 16})
    o1, o2 = a.redact(TEXT), a.redact(TEXT)
    assert o1 == o2 and re.search(r"\[EMAIL:[0-9a-f]{12}\]", o1)
    assert o1 != b.redact(TEXT)
    assert "[US_SSN]" in o1
    assert re.search(a.placeholder_regex, o1)


def test_keep_operator():
    e = Engine({"operators": {"US_SSN": "keep"}})
    assert e.redact(TEXT) == "mail [EMAIL], SSN 123-45-6789"
