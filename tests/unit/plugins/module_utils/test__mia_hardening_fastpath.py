# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""harden() validates a row once and runs the steps on validated vectors (the output filter's
hot path). It must give bit-identical results to the straightforward path: each public step
function in turn, each re-validating, and to the original definitions of top label, top-k order
and largest-remainder rounding written out below."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils import _mia_hardening as H

# Ties, zeros, thirds and tiny values are where orderings and rounding units can diverge.
VALUE = st.sampled_from([0.0, -0.0, 0.1, 0.2, 0.25, 0.5, 1.0 / 3, 2.0 / 3, 1e-12, 0.125]) | st.floats(0.0, 1.0)
ROW = st.lists(VALUE, min_size=1, max_size=12)
POLICIES = [
    {"round": 2}, {"round": 0}, {"round": 4}, {"top_k": 1}, {"top_k": 3}, {"top_k": 3, "round": 2},
    {"top_k": {"k": 2, "sparse": True}}, {"top_k": {"k": 3, "sparse": True}, "round": 1}, {"label_only": True},
    {"label_only": {"output": "label"}}, {"reverse_sigmoid": {"beta": 0.8, "gamma": 0.4}, "round": 3},
    {"noise": {"key": "k", "scale": 0.05}, "top_k": 2}, {"noise": {"key": "k", "scale": 0.3, "preserve_argmax": False},
                                                         "label_only": True},
    {"noise": {"key": "k", "scale": 0.01, "distribution": "gaussian"}, "round": 2}, {},
]


def reference_top(values):
    best = 0
    for index in range(1, len(values)):
        if values[index] > values[best]:
            best = index
    return best, all(values[j] < values[best] for j in range(len(values)) if j != best)


def reference_violates(out, top, strict):
    return [j for j, v in enumerate(out) if j != top and (v > out[top] or (v == out[top] and (strict or j < top)))]


def reference_round(raw, decimals):
    """round_probabilities as first written (sort always, math.floor, full violation scan)."""
    top, strict = reference_top(raw)
    total = math.fsum(raw)
    p = [v / total for v in raw]
    units = 10 ** decimals
    quotas = [v * units for v in p]
    counts = [int(math.floor(q)) for q in quotas]
    remainders = [q - c for q, c in zip(quotas, counts)]
    missing = units - sum(counts)
    order = sorted(range(len(p)), key=lambda j: (-remainders[j], -p[j], j))
    if missing > 0:
        for j in order[:missing]:
            counts[j] += 1
    elif missing < 0:
        for j in reversed(order):
            if missing == 0:
                break
            take = min(counts[j], -missing)
            counts[j] -= take
            missing += take
    while True:
        bad = reference_violates(counts, top, strict)
        if not bad:
            break
        rival = max(bad, key=lambda j: (counts[j], j))
        counts[rival] -= 1
        counts[top] += 1
    return [c / units for c in counts]


def reference_top_k_kept(raw, k):
    return sorted(range(len(raw)), key=lambda j: (-raw[j], j))[:k]


def stepwise(row, policy):
    """harden() for one row, one public (re-validating) step function after the other."""
    canonical = H.validate_policy(policy)
    values = row
    if "reverse_sigmoid" in canonical:
        values = H.reverse_sigmoid(values, **canonical["reverse_sigmoid"])
    if "noise" in canonical:
        values = H.add_noise(values, **canonical["noise"])
    kept = None
    if "top_k" in canonical:
        values = H.top_k(values, canonical["top_k"]["k"])
        if canonical["top_k"]["sparse"]:
            kept = sorted(range(len(values)), key=lambda j: (-values[j], j))[:canonical["top_k"]["k"]]
    if "round" in canonical:
        values = H.round_probabilities(values, canonical["round"]["decimals"])
    if "label_only" in canonical:
        return H.label_only(values, canonical["label_only"]["output"])
    if kept is not None:
        return [{"index": j, "probability": values[j]} for j in sorted(kept, key=lambda j: (-values[j], j))]
    if values is row:
        raw = H.validate_vector(row)
        return [v / math.fsum(raw) for v in raw]
    return values


@settings(max_examples=300, deadline=None)
@given(ROW)
def test_top_label_matches_the_original_definition(row):
    values = [v + 0.0 for v in row]
    assume(values)
    assert H._top(values) == reference_top(values)  # pylint: disable=protected-access


@settings(max_examples=300, deadline=None)
@given(ROW, st.integers(0, 6))
def test_round_matches_the_original_definition(row, decimals):
    assume(math.fsum(row) > 0.0)
    raw = H.validate_vector(row)
    assert H.round_probabilities(row, decimals) == reference_round(raw, decimals)


@settings(max_examples=300, deadline=None)
@given(ROW, st.integers(1, 12))
def test_top_k_keeps_the_original_labels(row, k):
    assume(math.fsum(row) > 0.0)
    raw = H.validate_vector(row)
    kept = [e["index"] for e in H.top_k(row, k, sparse=True)]
    assert sorted(kept) == sorted(reference_top_k_kept(raw, k))


@settings(max_examples=150, deadline=None)
@given(st.lists(ROW, min_size=1, max_size=6), st.sampled_from(POLICIES))
def test_harden_batch_equals_the_stepwise_path(rows, policy):
    width = len(rows[0])
    rows = [(r * width)[:width] if r else rows[0] for r in rows]
    assume(all(math.fsum(r) > 0.0 for r in rows))
    expected = [stepwise(r, policy) for r in rows]
    assert H.harden(rows, policy) == expected
    assert H.harden_batch(rows, policy) == expected
    assert [H.harden(r, policy) for r in rows] == expected


def test_validate_vector_fast_and_slow_inputs_agree():
    assert H.validate_vector([0.5, -0.0, 0.25]) == H.validate_vector((0.5, 0, 0.25)) == [0.5, 0.0, 0.25]
    assert math.copysign(1.0, H.validate_vector([-0.0, 1.0])[0]) == 1.0
    for bad in ([0.5, -0.1], [0.5, float("inf")], [float("nan"), 1.0], [0.0, 0.0], [1e308, 1e308]):
        try:
            H.validate_vector(bad)
        except H.HardeningError:
            continue
        raise AssertionError("accepted %r" % (bad,))
