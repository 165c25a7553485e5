# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ansible_collections.mlsec.mia_defense.plugins.module_utils import _mia_hardening as H
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_hardening import HardeningError

KEY = "unit-test-secret-key"


def first_argmax(values):
    """numpy.argmax convention: the lowest index among the maxima."""
    best = 0
    for i, v in enumerate(values):
        if v > values[best]:
            best = i
    return best


def unique_top(values):
    top = first_argmax(values)
    return all(v < values[top] for i, v in enumerate(values) if i != top)


def assert_distribution(values, n=None):
    if n is not None:
        assert len(values) == n
    assert all(isinstance(v, float) for v in values)
    assert all(v >= 0.0 for v in values)
    assert abs(math.fsum(values) - 1.0) <= 1e-9


# ---- strategies ------------------------------------------------------------------------------

_weights = st.floats(min_value=0.0, max_value=1.0, allow_nan=False, allow_infinity=False)


@st.composite
def vectors(draw, min_size=1, max_size=12):
    raw = draw(st.lists(_weights, min_size=min_size, max_size=max_size))
    assume(math.fsum(raw) > 1e-6)
    # Half of the examples get a near-tie with the top label (or an exact tie).
    if len(raw) >= 2 and draw(st.booleans()):
        top = first_argmax(raw)
        other = draw(st.integers(0, len(raw) - 1).filter(lambda i: i != top))
        gap = draw(st.sampled_from([0.0, 1e-15, 1e-12, 1e-9, 1e-6, 1e-4, 4e-3]))
        raw[other] = raw[top] * (1.0 - gap)
    return raw


@st.composite
def batches(draw):
    width = draw(st.integers(1, 8))
    rows = draw(st.lists(st.lists(_weights, min_size=width, max_size=width), min_size=1, max_size=6))
    assume(all(math.fsum(r) > 1e-6 for r in rows))
    return rows


METHODS = {
    "round0": lambda p: H.round_probabilities(p, 0),
    "round1": lambda p: H.round_probabilities(p, 1),
    "round2": lambda p: H.round_probabilities(p, 2),
    "round6": lambda p: H.round_probabilities(p, 6),
    "top1": lambda p: H.top_k(p, 1),
    "top3": lambda p: H.top_k(p, 3),
    "label_only": H.label_only,
    "laplace": lambda p: H.add_noise(p, KEY, 0.05),
    "laplace_big": lambda p: H.add_noise(p, KEY, 5.0),
    "gaussian": lambda p: H.add_noise(p, KEY, 0.1, distribution="gaussian"),
    "reverse_sigmoid": lambda p: H.reverse_sigmoid(p, beta=1.0, gamma=0.1),
    "reverse_sigmoid_strong": lambda p: H.reverse_sigmoid(p, beta=3.0, gamma=2.0),
    "policy_all": lambda p: H.harden(p, {
        "reverse_sigmoid": {"beta": 0.7, "gamma": 0.5},
        "noise": {"key": KEY, "scale": 0.02},
        "top_k": 3,
        "round": 2,
    }),
}


# ---- properties over every method ------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(METHODS))
@settings(max_examples=150, deadline=None)
@given(p=vectors())
def test_distribution_and_top_label_preserved(name, p):
    out = METHODS[name](p)
    assert_distribution(out, len(p))
    assert first_argmax(out) == first_argmax(p)
    if unique_top(p):
        assert unique_top(out), "a hardening step created a tie with the top label"


@pytest.mark.parametrize("name", sorted(METHODS))
@settings(max_examples=40, deadline=None)
@given(rows=batches())
def test_batch_equals_per_row(name, rows):
    policy = {
        "round0": {"round": 0}, "round1": {"round": 1}, "round2": {"round": 2}, "round6": {"round": 6},
        "top1": {"top_k": 1}, "top3": {"top_k": 3}, "label_only": {"label_only": True},
        "laplace": {"noise": {"key": KEY, "scale": 0.05}},
        "laplace_big": {"noise": {"key": KEY, "scale": 5.0}},
        "gaussian": {"noise": {"key": KEY, "scale": 0.1, "distribution": "gaussian"}},
        "reverse_sigmoid": {"reverse_sigmoid": {"beta": 1.0, "gamma": 0.1}},
        "reverse_sigmoid_strong": {"reverse_sigmoid": {"beta": 3.0, "gamma": 2.0}},
        "policy_all": {"reverse_sigmoid": {"beta": 0.7, "gamma": 0.5}, "noise": {"key": KEY, "scale": 0.02},
                       "top_k": 3, "round": 2},
    }[name]
    per_row = [METHODS[name](r) for r in rows]
    assert H.harden(rows, policy) == per_row
    assert H.harden_batch(rows, policy) == per_row
    assert [H.harden(r, policy) for r in rows] == per_row


@settings(max_examples=60, deadline=None)
@given(rows=batches())
def test_batch_helpers_equal_per_row(rows):
    assert H.round_batch(rows, 2) == [H.round_probabilities(r, 2) for r in rows]
    assert H.top_k_batch(rows, 2, sparse=True) == [H.top_k(r, 2, sparse=True) for r in rows]
    assert H.label_only_batch(rows, "label") == [H.label_only(r, "label") for r in rows]
    assert H.add_noise_batch(rows, KEY, 0.1) == [H.add_noise(r, KEY, 0.1) for r in rows]
    assert H.reverse_sigmoid_batch(rows, 2.0, 0.5) == [H.reverse_sigmoid(r, 2.0, 0.5) for r in rows]


# ---- rounding --------------------------------------------------------------------------------

@pytest.mark.parametrize("p, decimals, expected", [
    ([0.5, 0.5], 2, [0.5, 0.5]),                       # input tie is kept; lowest index stays first
    ([0.504, 0.496], 2, [0.51, 0.49]),                 # would round to a tie: one unit moves to the top
    ([0.3334, 0.3333, 0.3333], 2, [0.34, 0.33, 0.33]),  # largest remainder, sums to 1
    ([0.2, 0.2, 0.6], 0, [0.0, 0.0, 1.0]),
    ([0.496, 0.504], 2, [0.49, 0.51]),
    ([1, 3], 1, [0.2, 0.8]),                            # unnormalised input is accepted
])
def test_round_examples(p, decimals, expected):
    assert H.round_probabilities(p, decimals) == expected


@settings(max_examples=200, deadline=None)
@given(p=vectors(), decimals=st.integers(0, 8))
def test_round_values_are_multiples_of_the_unit(p, decimals):
    out = H.round_probabilities(p, decimals)
    units = [v * 10 ** decimals for v in out]
    assert all(abs(u - round(u)) < 1e-6 for u in units)
    assert sum(int(round(u)) for u in units) == 10 ** decimals


# ---- top-k -----------------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(p=st.lists(st.floats(min_value=1e-6, max_value=1.0), min_size=1, max_size=12), k=st.integers(1, 14))
def test_top_k_keeps_exactly_k_nonzeros(p, k):
    out = H.top_k(p, k)
    assert sum(1 for v in out if v > 0.0) == min(k, len(p))
    assert_distribution(out, len(p))
    kept = sorted(range(len(p)), key=lambda j: (-p[j], j))[:k]
    assert {j for j, v in enumerate(out) if v > 0.0} == set(kept)


def test_top_k_sparse_format():
    out = H.top_k([0.1, 0.5, 0.15, 0.25], 2, sparse=True)
    assert [e["index"] for e in out] == [1, 3]
    assert out[0]["probability"] == pytest.approx(0.5 / 0.75)
    assert math.fsum(e["probability"] for e in out) == pytest.approx(1.0, abs=1e-12)
    assert H.harden([0.1, 0.5, 0.15, 0.25], {"top_k": {"k": 2, "sparse": True}, "round": 2}) == [
        {"index": 1, "probability": 0.67}, {"index": 3, "probability": 0.33}]


def test_top_k_dense_values():
    assert H.top_k([0.1, 0.5, 0.15, 0.25], 2) == pytest.approx([0.0, 0.5 / 0.75, 0.0, 0.25 / 0.75])


# ---- label-only ------------------------------------------------------------------------------

def test_label_only_on_batches():
    batch = [[0.1, 0.7, 0.2], [0.6, 0.3, 0.1], [0.2, 0.2, 0.6], [0.4, 0.4, 0.2]]
    assert H.label_only_batch(batch, "label") == [1, 0, 2, 0]
    assert H.harden(batch, {"label_only": {"output": "label"}}) == [1, 0, 2, 0]
    assert H.harden(batch, {"label_only": True}) == [
        [0.0, 1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]
    # a batch of one row is still a batch
    assert H.harden([[0.3, 0.7]], {"label_only": {"output": "label"}}) == [1]


# ---- noise -----------------------------------------------------------------------------------

@settings(max_examples=100, deadline=None)
@given(p=vectors(min_size=2))
def test_noise_is_deterministic_and_averaging_gains_nothing(p):
    single = H.add_noise(p, KEY, 0.1)
    answers = [H.add_noise(list(p), KEY, 0.1) for dummy in range(100)]
    assert all(a == single for a in answers)
    mean = [math.fsum(col) / len(answers) for col in zip(*answers)]
    assert mean == pytest.approx(single, abs=1e-15)


def test_noise_differs_across_keys_and_rows():
    p = [0.1, 0.2, 0.3, 0.4]
    a = H.add_noise(p, "key-one", 0.05)
    b = H.add_noise(p, "key-two", 0.05)
    c = H.add_noise(p, b"key-one", 0.05)
    assert a != b
    assert a == c  # str and its UTF-8 bytes are the same key
    assert H.add_noise([0.1, 0.2, 0.35, 0.35], "key-one", 0.05) != a
    assert H.add_noise(p, "key-one", 0.05, distribution="gaussian") != a


def test_noise_ignores_float_jitter_below_canonical_precision():
    p = [0.1, 0.2, 0.3, 0.4]
    jittered = [0.1 + 1e-13, 0.2, 0.3, 0.4 - 1e-13]
    # same noise draw: the answers differ only by the jitter itself
    assert H.add_noise(p, KEY, 0.05) == pytest.approx(H.add_noise(jittered, KEY, 0.05), abs=1e-12)
    assert H.add_noise(p, KEY, 0.05) != pytest.approx(H.add_noise([0.1001, 0.2, 0.3, 0.3999], KEY, 0.05), abs=1e-3)
    # unnormalised scores are normalised before seeding
    assert H.add_noise([1, 2, 3, 4], KEY, 0.05) == H.add_noise(p, KEY, 0.05)


def test_noise_actually_perturbs_and_scale_matters():
    p = [0.1, 0.2, 0.3, 0.4]
    small = H.add_noise(p, KEY, 1e-4)
    large = H.add_noise(p, KEY, 0.2)
    assert small != p
    assert max(abs(x - y) for x, y in zip(small, p)) < 1e-2
    assert max(abs(x - y) for x, y in zip(large, p)) > max(abs(x - y) for x, y in zip(small, p))


def test_noise_distribution_is_roughly_laplace():
    # Over many different rows, centred noise on a constant label should have mean ~0 and
    # mean absolute deviation ~ scale (Laplace) before renormalisation effects; use a tiny scale.
    scale = 1e-3
    diffs = []
    for i in range(2000):
        p = [0.25 + i * 1e-7, 0.25, 0.25, 0.25 - i * 1e-7]
        out = H.add_noise(p, KEY, scale, preserve_argmax=False)
        diffs.append(out[1] - H.validate_vector(p)[1] / math.fsum(p))
    mean = math.fsum(diffs) / len(diffs)
    mad = math.fsum(abs(d) for d in diffs) / len(diffs)
    assert abs(mean) < 2e-4
    assert 0.5 * scale < mad < 1.5 * scale


def test_noise_without_preserve_argmax_can_change_the_label():
    changed = 0
    for i in range(200):
        p = [0.5 + i * 1e-6, 0.5]
        out = H.add_noise(p, KEY, 0.3, preserve_argmax=False)
        assert_distribution(out, 2)
        changed += first_argmax(out) != 0
    assert changed > 0
    # with the default, never
    assert all(first_argmax(H.add_noise([0.5 + i * 1e-6, 0.5], KEY, 0.3)) == 0 for i in range(200))


def test_noise_degenerate_all_clipped_is_one_hot_on_top():
    # Huge scale: often all-but-one clip to zero; the output stays a valid distribution.
    for i in range(50):
        out = H.add_noise([0.2, 0.5 + i * 1e-3, 0.3], KEY, 1e3)
        assert_distribution(out, 3)
        assert first_argmax(out) == 1


# ---- reverse sigmoid -------------------------------------------------------------------------

def test_reverse_sigmoid_matches_reference_formula():
    p = [0.1, 0.2, 0.7]
    beta, gamma = 0.5, 0.3

    def sigmoid(z):
        return 1.0 / (1.0 + math.exp(-z))
    perturbed = [s - beta * (sigmoid(gamma * math.log(s / (1 - s))) - 0.5) for s in p]
    expected = [v / sum(perturbed) for v in perturbed]
    assert H.reverse_sigmoid(p, beta, gamma) == pytest.approx(expected, abs=1e-12)
    assert H.reverse_sigmoid(p, beta, gamma) != pytest.approx(p, abs=1e-3)


def test_reverse_sigmoid_strong_keeps_label():
    # beta*gamma large: the raw map is not monotone and would swap labels without protection.
    p = [0.05, 0.6, 0.35]
    out = H.reverse_sigmoid(p, beta=4.0, gamma=3.0)
    assert_distribution(out, 3)
    assert first_argmax(out) == 1


def test_single_class_vector():
    for name, fn in METHODS.items():
        out = fn([0.7])
        assert out == [1.0], name


# ---- policies --------------------------------------------------------------------------------

def test_validate_policy_canonical_form():
    assert H.validate_policy(None) == {}
    assert H.validate_policy({}) == {}
    assert H.validate_policy({"round": 2, "top_k": 3, "label_only": False}) == {
        "round": {"decimals": 2}, "top_k": {"k": 3, "sparse": False}}
    assert H.validate_policy({"noise": {"key": "k", "scale": 1}}) == {
        "noise": {"key": "k", "scale": 1.0, "distribution": "laplace", "preserve_argmax": True}}
    assert H.validate_policy({"reverse_sigmoid": {}}) == {"reverse_sigmoid": {"beta": 1.0, "gamma": 0.1}}
    assert H.describe_policy({"noise": {"key": "secret", "scale": 1}})["noise"]["key"] == "********"


def test_policy_order_is_fixed():
    p = [0.1, 0.2, 0.3, 0.4]
    a = H.harden(p, {"round": 2, "top_k": 2, "noise": {"key": KEY, "scale": 0.01}})
    b = H.harden(p, {"noise": {"key": KEY, "scale": 0.01}, "top_k": 2, "round": 2})
    manual = H.round_probabilities(H.top_k(H.add_noise(p, KEY, 0.01), 2), 2)
    assert a == b == manual


def test_empty_policy_only_normalises():
    assert H.harden([1, 1, 2], {}) == [0.25, 0.25, 0.5]
    assert H.harden([[1, 1, 2]], None) == [[0.25, 0.25, 0.5]]


@pytest.mark.parametrize("policy, message", [
    ("round", "policy must be a dict"),
    ({"rounding": 2}, "unknown option"),
    ({"round": -1}, "between 0 and 15"),
    ({"round": 16}, "between 0 and 15"),
    ({"round": 2.5}, "must be an integer"),
    ({"round": True}, "must be an integer"),
    ({"round": {"digits": 2}}, "unknown option"),
    ({"top_k": 0}, ">= 1"),
    ({"top_k": {"sparse": True}}, "missing required"),
    ({"top_k": {"k": 2, "sparse": "yes"}}, "must be a boolean"),
    ({"label_only": "yes"}, "must be a boolean"),
    ({"label_only": {"output": "probabilities"}}, "one_hot, label"),
    ({"noise": {"scale": 0.1}}, "missing required option(s) key"),
    ({"noise": {"key": "", "scale": 0.1}}, "must not be empty"),
    ({"noise": {"key": 123, "scale": 0.1}}, "string or bytes"),
    ({"noise": {"key": "k", "scale": 0}}, "> 0"),
    ({"noise": {"key": "k", "scale": float("nan")}}, "> 0"),
    ({"noise": {"key": "k", "scale": 0.1, "distribution": "cauchy"}}, "laplace, gaussian"),
    ({"noise": {"key": "k", "scale": 0.1, "preserve_argmax": "false"}}, "must be a boolean"),
    ({"reverse_sigmoid": {"beta": -1}}, "> 0"),
    ({"reverse_sigmoid": {"alpha": 1}}, "unknown option"),
    ({"label_only": True, "round": 2}, "cannot be combined with round"),
    ({"label_only": True, "top_k": 1, "reverse_sigmoid": {}}, "cannot be combined with top_k, reverse_sigmoid"),
])
def test_bad_policies(policy, message):
    with pytest.raises(HardeningError) as exc:
        H.validate_policy(policy)
    assert message in str(exc.value)
    with pytest.raises(ValueError):
        H.harden([0.5, 0.5], policy)


@pytest.mark.parametrize("p, message", [
    ([], "must not be empty"),
    ("0.5,0.5", "must be a list"),
    (None, "must be a list"),
    ([0.5, "0.5"], "[1] must be a number"),
    ([0.5, True], "[1] must be a number"),
    ([0.5, float("nan")], "must be finite"),
    ([0.5, float("inf")], "must be finite"),
    ([0.5, -0.1], "must be non-negative"),
    ([0.0, 0.0], "positive sum"),
    ([1e308, 1e308], "overflows"),
])
def test_bad_vectors(p, message):
    for fn in (lambda v: H.round_probabilities(v, 2), lambda v: H.top_k(v, 1), H.label_only,
               lambda v: H.add_noise(v, KEY, 0.1), H.reverse_sigmoid, lambda v: H.harden(v, {"round": 2})):
        with pytest.raises(HardeningError) as exc:
            fn(p)
        assert message in str(exc.value)


@pytest.mark.parametrize("batch, message", [
    ([[0.5, 0.5], [0.2, 0.3, 0.5]], "batch[1] has 3 entries but batch[0] has 2"),
    ([[0.5, 0.5], [0.2, -0.8]], "batch[1][1] must be non-negative"),
    ([[0.5, 0.5], []], "batch[1] must not be empty"),
    ([], "batch must not be empty"),
])
def test_bad_batches(batch, message):
    with pytest.raises(HardeningError) as exc:
        H.harden_batch(batch, {"round": 2})
    assert message in str(exc.value)


def test_mixed_batch_is_rejected():
    with pytest.raises(HardeningError):
        H.harden([[0.5, 0.5], 0.3], {"round": 2})


def test_hardening_error_is_value_error():
    assert issubclass(HardeningError, ValueError)


def test_module_is_python38_compatible_and_stdlib_only():
    import ast
    import sys
    path = H.__file__
    with open(path) as f:
        source = f.read()
    if sys.version_info >= (3, 8):
        ast.parse(source, feature_version=(3, 8))
    tree = ast.parse(source)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.add(node.module.split(".")[0])
    assert imported <= {"__future__", "hashlib", "hmac", "math", "numbers", "struct"}


def test_noise_known_answer():
    """Pinned output: noise must not change across Python versions, platforms or releases.

    Otherwise a redeploy would hand every repeated query a fresh, independent noise sample.
    (Checked identical on CPython 3.8 and 3.11.)
    """
    p = [0.1, 0.2, 0.3, 0.4]
    gaussian = {"noise": {"key": "k", "scale": 0.05, "distribution": "gaussian"}}
    expected = [0.02118658379921031, 0.2707441204688388, 0.30650182542327953, 0.40156747030867146]
    assert H.harden(p, gaussian) == pytest.approx(expected, abs=1e-12)
    everything = {"round": 2, "top_k": 3, "noise": {"key": "k", "scale": 0.05}, "reverse_sigmoid": {}}
    assert H.harden(p, everything) == [0.28, 0.3, 0.0, 0.42]


def test_numpy_arrays_are_accepted():
    np = pytest.importorskip("numpy")
    batch = np.array([[0.1, 0.7, 0.2], [0.6, 0.3, 0.1]], dtype=np.float32)
    as_lists = batch.tolist()
    assert H.harden(batch, {"round": 2}) == H.harden(as_lists, {"round": 2})
    assert H.harden(batch[0], {"label_only": {"output": "label"}}) == 1
    assert H.harden_batch(batch, {"top_k": 1}) == [[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]
    assert H.harden([np.array([0.2, 0.8]), np.array([0.9, 0.1])], {"label_only": {"output": "label"}}) == [1, 0]
