# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dotted quads named versions by a deploy history, a revision key, a component before them or a label of words."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE, types


@pytest.mark.parametrize("text", [
    "Jane (on call) rolled back to 12.33.13.173 at 14:01.",                         # en
    "We reverted to 3.4.4.195 after the spike.",
    "| Rolled back to | 18.20.101.60 |",
    "- Zurückgerollt auf: 6.12.174.4",                                               # de: a label of two words
    "Der Dienst wurde um 17:45 auf 8.39.61.122 zurückgerollt.",                      # de: the verb after
    "Service rétrogradé en 9.14.170.204 hier soir.",                                 # fr
    "выполнен откат с 10.24.116.51 на 5.8.4",                                        # ru
    '{"processor_rev": "7.4.217.90", "indexRev": "24.30.95.38"}',                   # revision keys
    "=== scan_0042.pdf · page 2 · engine 7.5.213.134 · 2021-10-17 ===",              # a component's version
    "chunk 98ea97d3 -> index 3.36.209.94",
    "Model 8.2.39.95 handled the crosstalk better than the previous build.",       # a model's version
    "19.12.2021 выкатили модель 10.12.15.100, доля ошибок упала",
    "On a déployé le modèle 6.20.39.85 le 23/06/2019.",
])
def test_dotted_quad_named_a_version_is_kept(text):
    assert "IPV4" not in types(text), (text, ENGINE.analyze(text))


@pytest.mark.parametrize("text", [
    "The request came from 12.33.13.173 and was rolled back.",       # the IP cue is nearer than the version word
    "- Zugriff von: 6.12.174.4",                                      # a label without a version word
    '{"processor_host": "7.4.217.90"}',
    "the engine room at 18.20.101.60",                                # "engine" not right before the quad
    "Host 10.24.116.51 was reverted to its snapshot",
    "the router model ABC answers at 10.1.2.3",                        # "model" not right before the quad
])
def test_address_without_a_version_word_stays_an_address(text):
    assert "IPV4" in types(text), (text, ENGINE.analyze(text))
