# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared engine and shortcuts for the per-recognizer tests (test_mia_recognizer_*.py)."""
from __future__ import annotations

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, StreamRedactor

ENGINE = Engine()


def types(text):
    return [f.type for f in ENGINE.analyze(text)]


def redacted(text):
    return ENGINE.redact(text)


def found(text, etype):
    """The texts of the findings of one type."""
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == etype]


def run_stream(text, cuts, engine=ENGINE, measure=len):
    """Stream ``text`` cut at ``cuts``: (the output, the longest text held back, as ``measure`` counts it)."""
    redactor = engine.stream()
    assert isinstance(redactor, StreamRedactor)
    out, prev, hold = [], 0, 0
    for c in sorted(set(cuts)) + [len(text)]:
        if c <= prev:
            continue
        out.append(redactor.feed(text[prev:c]))
        prev = c
        hold = max(hold, measure(redactor._pending))
    out.append(redactor.flush())
    return "".join(out), hold
