# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The filter's numpy batch hardening must equal the reference harden() bit for bit."""
from __future__ import annotations

import math
import random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from output_filter import pkg

pkg.build()
from mia_output_filter import batchharden  # noqa: E402
from mia_output_filter._mia_hardening import HardeningError, harden, validate_policy  # noqa: E402

pytest.importorskip("numpy")

# Ties, zeros, thirds, near-collapses (values a few ulps apart) are where the rare branches live.
VALUE = st.sampled_from([0.0, -0.0, 0.1, 0.2, 0.3, 0.7, 0.25, 0.5, 1.0 / 3, 2.0 / 3, 1e-12, 0.125, 0.3000000000000001,
                         0.30000000000000004, 5e-324]) | st.floats(0.0, 1.0) | st.integers(0, 3)
POLICIES = [{"round": 2}, {"round": 0}, {"round": 1}, {"round": 15}, {"top_k": 1}, {"top_k": 2}, {"top_k": 3}, {"top_k": 5},
            {"top_k": 3, "round": 2}, {"top_k": 2, "round": 1}, {"top_k": 12, "round": 3}, {"top_k": 1, "round": 2},
            {"top_k": 5, "round": 15}, {"top_k": 4, "round": 0}]


@settings(max_examples=400, deadline=None)
@given(st.integers(1, 10), st.lists(st.lists(VALUE, min_size=10, max_size=10), min_size=1, max_size=24),
       st.sampled_from(POLICIES))
def test_batch_path_equals_the_reference(width, rows, policy):
    rows = [r[:width] for r in rows]
    assume(all(math.fsum(r) > 0 for r in rows))
    canonical = validate_policy(policy)
    assert batchharden.harden_batch_fast(rows, canonical) == harden(rows, canonical)


def test_model_like_batches_equal_the_reference():
    rng = random.Random(5)
    for _i in range(300):
        rows = []
        for _j in range(rng.randint(4, 40)):
            logits = [rng.gauss(0, rng.choice((1, 5, 20))) for _k in range(10)]
            top = max(logits)
            exps = [math.exp(v - top) for v in logits]
            rows.append([v / math.fsum(exps) for v in exps])
        for policy in POLICIES:
            canonical = validate_policy(policy)
            assert batchharden.harden_batch_fast(rows, canonical) == harden(rows, canonical)


def test_rare_rows_and_other_policies_take_the_reference():
    canonical = validate_policy({"top_k": 2, "round": 1})
    ties = [[0.5, 0.5, 0.0], [0.45, 0.45, 0.1], [0.34, 0.33, 0.33], [1.0, 0.0, 0.0]]
    assert batchharden.harden_batch_fast(ties, canonical) == harden(ties, canonical)
    # Adjacent floats that collapse into a tie once divided by the sum (top-label repair), and
    # sums where a naive left-to-right sum differs from fsum.
    rare = [[0.49850868243521307, 0.498508682435213, 0.171989305759058], [0.1, 0.2, 0.3], [0.3, 0.2, 0.1], [0.7, 0.1, 0.2]]
    for policy in ({"top_k": 3}, {"top_k": 2}, {"round": 15}):
        canonical = validate_policy(policy)
        assert batchharden.harden_batch_fast(rare, canonical) == harden(rare, canonical)
    label = validate_policy({"label_only": True})
    assert not batchharden.supported(label) and not batchharden.supported(validate_policy({"top_k": {"k": 2, "sparse": True}}))
    assert batchharden.harden_batch_fast(ties, label) == harden(ties, label)


@pytest.mark.parametrize("bad", [[[0.5, 0.5]] * 3 + [[0.5]], [[0.5, -0.1]] * 4, [[0.5, float("nan")]] * 4,
                                 [[0.5, True]] * 4, [[0.0, 0.0]] * 4, [[0.5, "x"]] * 4])
def test_invalid_batches_raise_like_the_reference(bad):
    canonical = validate_policy({"top_k": 1, "round": 2})
    with pytest.raises(HardeningError) as fast:
        batchharden.harden_batch_fast(bad, canonical)
    with pytest.raises(HardeningError) as ref:
        harden(bad, canonical)
    assert str(fast.value) == str(ref.value)


@pytest.mark.parametrize("rows", [[[1e308, 1e308, 0.0]] * 4, [[1e301, 2.0, 0.0]] * 4, [[1e300, 1e300, 1.0]] * 4,
                                  [[0.0, 0.0, 0.0]] + [[0.2, 0.3, 0.5]] * 3, [[5e-324, 0.0, 0.0]] * 4])
def test_huge_tiny_and_zero_rows_match_the_reference(rows):
    # Overflowing, subnormal and all-zero rows: the fast path must fail or agree like the reference.
    for policy in ({"top_k": 2, "round": 1}, {"round": 2}, {"top_k": 1}):
        canonical = validate_policy(policy)
        try:
            expected = harden(rows, canonical)
        except HardeningError as exc:
            with pytest.raises(HardeningError) as fast:
                batchharden.harden_batch_fast(rows, canonical)
            assert str(fast.value) == str(exc)
        else:
            assert batchharden.harden_batch_fast(rows, canonical) == expected
