# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared engine and shortcuts for the per-recognizer tests (test_mia_recognizer_*.py)."""
from __future__ import annotations

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine

ENGINE = Engine()


def types(text):
    return [f.type for f in ENGINE.analyze(text)]


def redacted(text):
    return ENGINE.redact(text)
