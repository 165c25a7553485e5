# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# Note that this module util is **PRIVATE** to the collection. It can have breaking changes at any time.
# Do not use this from other collections or standalone plugins/modules!

"""Confidence hardening for model outputs (probability vectors).

Standard library only and Python 3.8 compatible: this file is shipped to managed hosts
by AnsiballZ and imported by the deployed output filter service.

Every public function accepts either one probability vector (a list of numbers) or, for the
``*_batch`` variants and :func:`harden`, a batch (a list of vectors of equal length).
Inputs must be non-empty, finite and non-negative with a positive sum; they are renormalised
to sum to 1 before hardening, so unnormalised non-negative scores are accepted too.
Invalid input or policy raises :class:`HardeningError` (a ``ValueError``).

Top-label guarantee (every method except noise with ``preserve_argmax=False``):
the output's top label is the input's top label, where "top label" follows the
``numpy.argmax`` convention (the lowest index among exact ties). If the input's top label is
the unique maximum, it stays the unique maximum: a hardening step never creates a tie with it
(rounding moves whole rounding units from the tying label to the top label, float methods
swap values and then move a relative 1e-9 of the competitor's mass). An exact tie present
in the input may stay tied (the lowest index then still comes first).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import numbers
import struct

__all__ = [
    "HardeningError",
    "HARDENING_ORDER",
    "validate_vector",
    "validate_batch",
    "round_probabilities",
    "top_k",
    "label_only",
    "add_noise",
    "reverse_sigmoid",
    "validate_policy",
    "describe_policy",
    "harden",
    "harden_batch",
    "round_batch",
    "top_k_batch",
    "label_only_batch",
    "add_noise_batch",
    "reverse_sigmoid_batch",
]

# Steps of a policy are always applied in this order, whatever the order of the dict keys.
HARDENING_ORDER = ("reverse_sigmoid", "noise", "top_k", "round", "label_only")

MAX_DECIMALS = 15
NOISE_DISTRIBUTIONS = ("laplace", "gaussian")
LABEL_ONLY_OUTPUTS = ("one_hot", "label")
# Noise is seeded from the input row quantised to this many decimals, so that float jitter
# in the model output (e.g. batch-dependent GPU kernels) does not draw fresh noise.
NOISE_CANONICAL_DECIMALS = 9
_NOISE_DOMAIN = b"mlsec.mia_defense/hardening/noise/v1\x00"
_TIE_BREAK = 1e-9


class HardeningError(ValueError):
    """Invalid probability vector, batch or hardening policy."""


# ---------------------------------------------------------------------------------------------
# Validation helpers
# ---------------------------------------------------------------------------------------------

def _is_number(value):
    # Exact float/int first: the numbers.Real ABC check is slow and this runs for every value.
    kind = type(value)
    if kind is float or kind is int:
        return True
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _is_sequence(value):
    return isinstance(value, (list, tuple))


def _as_list(value):
    """Array-likes with ``tolist()`` (numpy arrays, array.array) become lists; others pass through."""
    if not isinstance(value, (list, tuple, str, bytes)) and callable(getattr(value, "tolist", None)):
        return value.tolist()
    return value


def validate_vector(probabilities, name="probabilities"):
    """Return the vector as a list of floats, or raise HardeningError.

    The vector must be a non-empty list/tuple of finite, non-negative numbers with a positive sum.
    It is *not* renormalised here. Array-likes with ``tolist()`` (numpy) are accepted.
    """
    probabilities = _as_list(probabilities)
    if not _is_sequence(probabilities):
        raise HardeningError("%s must be a list of numbers, got %s" % (name, type(probabilities).__name__))
    if len(probabilities) == 0:
        raise HardeningError("%s must not be empty" % name)
    # exact types on purpose: subclasses (bool, numpy scalars) take the per-value path
    if type(probabilities) is list and all(type(v) is float for v in probabilities) and min(probabilities) >= 0.0:  # pylint: disable=unidiomatic-typecheck
        # Common case checked in C: plain floats, none negative. NaN or inf make the sum non-finite
        # and are then named by the per-value check below.
        values = [v + 0.0 for v in probabilities]
    else:
        values = _checked_values(probabilities, name)
    try:
        total = math.fsum(values)
    except OverflowError:
        total = float("inf")
    if not math.isfinite(total):
        _checked_values(probabilities, name)
        raise HardeningError("%s sum overflows" % name)
    if total <= 0.0:
        raise HardeningError("%s must have a positive sum" % name)
    return values


def _checked_values(probabilities, name):
    values = []
    for index, value in enumerate(probabilities):
        if not _is_number(value):
            raise HardeningError("%s[%d] must be a number, got %s" % (name, index, type(value).__name__))
        value = float(value)
        if not math.isfinite(value):
            raise HardeningError("%s[%d] must be finite, got %r" % (name, index, value))
        if value < 0.0:
            raise HardeningError("%s[%d] must be non-negative, got %r" % (name, index, value))
        values.append(value + 0.0)  # folds -0.0 into 0.0
    return values


def validate_batch(batch, name="batch"):
    """Return the batch as a list of float lists, or raise HardeningError.

    The batch must be a non-empty list of valid vectors, all of the same length.
    A 2-D numpy array is accepted too.
    """
    batch = _as_list(batch)
    if not _is_sequence(batch):
        raise HardeningError("%s must be a list of probability vectors, got %s" % (name, type(batch).__name__))
    if len(batch) == 0:
        raise HardeningError("%s must not be empty" % name)
    rows = []
    width = None
    for index, row in enumerate(batch):
        values = validate_vector(row, name="%s[%d]" % (name, index))
        if width is None:
            width = len(values)
        elif len(values) != width:
            raise HardeningError(
                "%s[%d] has %d entries but %s[0] has %d: all rows must have the same length"
                % (name, index, len(values), name, width)
            )
        rows.append(values)
    return rows


def _normalise(values):
    total = math.fsum(values)
    return [v / total for v in values]


def _top(values):
    """Return (index of the first maximum, whether that maximum is unique); ``values`` is a list."""
    best = max(values)
    return values.index(best), values.count(best) == 1


def _violates(out, top, strict):
    """Indexes j that break the top-label guarantee for label `top`."""
    best = out[top]
    if max(out) == best and out.count(best) == 1:
        return []  # the usual case: the top label alone holds the maximum
    bad = []
    for j, value in enumerate(out):
        if j == top:
            continue
        if value > out[top] or (value == out[top] and (strict or j < top)):
            bad.append(j)
    return bad


def _fix_top_float(out, top, strict):
    """Restore the top-label guarantee on a float vector summing to 1 (in place)."""
    bad = _violates(out, top, strict)
    if not bad:
        return out
    # The strongest competitor (first index among the maxima) gives its value to the top label.
    rival = max(bad, key=lambda j: (out[j], -j))
    if out[rival] > out[top]:
        out[top], out[rival] = out[rival], out[top]
    # Still tied (equal values) or other equal competitors: make the top label strictly largest
    # by moving a tiny relative amount of mass from every competitor equal to it.
    # Values may still be unnormalised or negative here; _finish() repeats this on the final vector.
    for j in range(len(out)):
        if j != top and out[j] >= out[top]:
            delta = abs(out[j]) * _TIE_BREAK
            out[j] -= delta
            out[top] += delta
    return out


def _finish(values, top, strict, preserve_argmax=True):
    """Clip, renormalise and restore the top label; a vector that clipped to all zeros becomes one-hot."""
    clipped = [v if v > 0.0 else 0.0 for v in values]
    total = math.fsum(clipped)
    if not total > 0.0:
        if preserve_argmax:
            winner = top
        else:
            winner = max(range(len(values)), key=lambda j: (values[j], -j))
        return [1.0 if j == winner else 0.0 for j in range(len(values))]
    out = [v / total for v in clipped]
    if preserve_argmax:
        _fix_top_float(out, top, strict)
    return out


def _as_int(value, name, minimum, maximum=None):
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise HardeningError("%s must be an integer, got %r" % (name, value))
    value = int(value)
    if value < minimum or (maximum is not None and value > maximum):
        if maximum is None:
            raise HardeningError("%s must be >= %d, got %d" % (name, minimum, value))
        raise HardeningError("%s must be between %d and %d, got %d" % (name, minimum, maximum, value))
    return value


def _as_positive_float(value, name):
    if not _is_number(value):
        raise HardeningError("%s must be a number, got %r" % (name, value))
    value = float(value)
    if not math.isfinite(value) or value <= 0.0:
        raise HardeningError("%s must be a finite number > 0, got %r" % (name, value))
    return value


def _as_bool(value, name):
    if not isinstance(value, bool):
        raise HardeningError("%s must be a boolean, got %r" % (name, value))
    return value


# ---------------------------------------------------------------------------------------------
# Methods on one vector
# ---------------------------------------------------------------------------------------------

def round_probabilities(probabilities, decimals):
    """Round to ``decimals`` decimals so that the rounded values still sum to exactly 1.

    Uses largest-remainder apportionment of ``10**decimals`` rounding units (ties between equal
    remainders go to the larger probability, then to the lower index). The top label is then protected: while another label has
    as many units as the top label (or more), one unit moves from it to the top label. So a label
    that was strictly below the top can never be rounded up to tie it; with ``decimals=0`` the
    result is one-hot on the top label.
    """
    return _round_checked(validate_vector(probabilities), _as_int(decimals, "round decimals", 0, MAX_DECIMALS))


def _round_checked(raw, decimals):
    """round_probabilities() on a validated vector with validated decimals."""
    top, strict = _top(raw)
    p = _normalise(raw)
    units = 10 ** decimals
    quotas = [v * units for v in p]
    counts = [int(q) for q in quotas]  # floor: quotas are non-negative
    missing = units - sum(counts)
    if missing:
        remainders = [q - c for q, c in zip(quotas, counts)]
        order = sorted(range(len(p)), key=lambda j: (-remainders[j], -p[j], j))
    if missing > 0:
        for j in order[:missing]:
            counts[j] += 1
    elif missing < 0:  # only reachable through float error in the quotas
        for j in reversed(order):
            if missing == 0:
                break
            take = min(counts[j], -missing)
            counts[j] -= take
            missing += take
    while True:
        bad = _violates(counts, top, strict)
        if not bad:
            break
        rival = max(bad, key=lambda j: (counts[j], j))
        counts[rival] -= 1
        counts[top] += 1
    return [c / units for c in counts]


def top_k(probabilities, k, sparse=False):
    """Keep the ``k`` largest probabilities and renormalise them to sum to 1.

    Other labels are zeroed (dense output, a list as long as the input) or dropped when
    ``sparse=True``: then the result is a list of ``{"index": i, "probability": p}`` dicts
    sorted by decreasing probability (ties by index). Ties at the k-th place go to the lower
    index. If ``k`` is at least the vector length every label is kept.
    """
    k = _as_int(k, "top_k k", 1)
    sparse = _as_bool(sparse, "top_k sparse")
    out, kept = _top_k_checked(validate_vector(probabilities), k)
    if sparse:
        return _to_sparse(out, kept)
    return out


def _top_k_checked(raw, k):
    """top_k() on a validated vector: (dense output, kept indexes by decreasing input value)."""
    top, strict = _top(raw)
    # A stable descending sort keeps equal values in index order: ties go to the lower index.
    kept = sorted(range(len(raw)), key=raw.__getitem__, reverse=True)[:k]
    values = [0.0] * len(raw)
    for j in kept:
        values[j] = raw[j]
    return _finish(values, top, strict), kept


def _to_sparse(dense, indexes):
    ranked = sorted(indexes, key=lambda j: (-dense[j], j))
    return [{"index": j, "probability": dense[j]} for j in ranked]


def label_only(probabilities, output="one_hot"):
    """Return only the top label: a one-hot vector (``output="one_hot"``) or its index (``"label"``)."""
    if output not in LABEL_ONLY_OUTPUTS:
        raise HardeningError("label_only output must be one of %s, got %r" % (", ".join(LABEL_ONLY_OUTPUTS), output))
    return _label_only_checked(validate_vector(probabilities), output)


def _label_only_checked(raw, output):
    top = _top(raw)[0]
    if output == "label":
        return top
    return [1.0 if j == top else 0.0 for j in range(len(raw))]


def _key_bytes(key):
    if isinstance(key, bytes):
        data = key
    elif isinstance(key, str):
        data = key.encode("utf-8")
    else:
        raise HardeningError("noise key must be a string or bytes, got %s" % type(key).__name__)
    if not data:
        raise HardeningError("noise key must not be empty")
    return data


def _canonical_row(p):
    """Bytes identifying a normalised row: length + values quantised to NOISE_CANONICAL_DECIMALS."""
    scale = 10 ** NOISE_CANONICAL_DECIMALS
    quantised = [int(round(v * scale)) for v in p]
    return struct.pack(">I", len(p)) + struct.pack(">%dq" % len(p), *quantised)


def _uniform_stream(seed):
    """Yield floats uniformly in the open interval (0, 1), from SHA-256 in counter mode."""
    counter = 0
    while True:
        block = hashlib.sha256(seed + struct.pack(">Q", counter)).digest()
        counter += 1
        for offset in range(0, 32, 8):
            bits = struct.unpack(">Q", block[offset:offset + 8])[0] >> 11  # 53 bits
            yield (bits + 0.5) / 9007199254740992.0  # 2**53


def _noise_vector(key, p, scale, distribution):
    seed = hmac.new(_key_bytes(key), _NOISE_DOMAIN + _canonical_row(p), hashlib.sha256).digest()
    uniforms = _uniform_stream(seed)
    noise = []
    if distribution == "laplace":
        while len(noise) < len(p):
            u = next(uniforms) - 0.5
            noise.append(-scale * math.copysign(1.0, u) * math.log(1.0 - 2.0 * abs(u)))
    else:  # gaussian, Box-Muller
        while len(noise) < len(p):
            u1, u2 = next(uniforms), next(uniforms)
            radius = math.sqrt(-2.0 * math.log(u1))
            noise.append(scale * radius * math.cos(2.0 * math.pi * u2))
            noise.append(scale * radius * math.sin(2.0 * math.pi * u2))
        noise = noise[:len(p)]
    return noise


def add_noise(probabilities, key, scale, distribution="laplace", preserve_argmax=True):
    """Add keyed, deterministic Laplace or Gaussian noise, clip at 0 and renormalise.

    The noise is a deterministic function of (``key``, input row): the PRNG is seeded with
    HMAC-SHA256(key, canonical bytes of the normalised row quantised to 9 decimals), so
    repeating a query returns exactly the same answer and averaging repeated answers gains
    nothing. ``scale`` is the Laplace scale ``b`` or the Gaussian standard deviation, in
    probability units. With ``preserve_argmax`` (default) the top label is kept by swapping
    values; if every value clips to 0 the output is one-hot on the top label (or, without
    ``preserve_argmax``, on the largest noisy value).
    """
    key = _key_bytes(key)
    scale = _as_positive_float(scale, "noise scale")
    if distribution not in NOISE_DISTRIBUTIONS:
        raise HardeningError(
            "noise distribution must be one of %s, got %r" % (", ".join(NOISE_DISTRIBUTIONS), distribution)
        )
    preserve_argmax = _as_bool(preserve_argmax, "noise preserve_argmax")
    return _add_noise_checked(validate_vector(probabilities), key, scale, distribution, preserve_argmax)


def _add_noise_checked(raw, key, scale, distribution, preserve_argmax):
    """add_noise() on a validated vector with validated parameters."""
    top, strict = _top(raw)
    p = _normalise(raw)
    noisy = [v + n for v, n in zip(p, _noise_vector(key, p, scale, distribution))]
    if preserve_argmax:
        _fix_top_float(noisy, top, strict)
    return _finish(noisy, top, strict, preserve_argmax=preserve_argmax)


def reverse_sigmoid(probabilities, beta=1.0, gamma=0.1):
    """ReverseSigmoid perturbation (Lee et al., 2019, "Defending against NN model stealing
    attacks using deceptive perturbations").

    For each probability ``s`` (clipped to [1e-9, 1 - 1e-9] inside the logit), the perturbation
    is ``r = beta * (sigmoid(gamma * logit(s)) - 1/2)``; the output is ``s - r`` clipped at 0 and
    renormalised (``alpha`` in the paper). ``beta`` sets the magnitude, ``gamma`` the
    flattening of the sigmoid. For large ``beta * gamma`` the map is not monotone, so the top
    label is then restored by swapping values.
    """
    beta = _as_positive_float(beta, "reverse_sigmoid beta")
    gamma = _as_positive_float(gamma, "reverse_sigmoid gamma")
    return _reverse_sigmoid_checked(validate_vector(probabilities), beta, gamma)


def _reverse_sigmoid_checked(raw, beta, gamma):
    """reverse_sigmoid() on a validated vector with validated parameters."""
    top, strict = _top(raw)
    p = _normalise(raw)
    low, high = 1e-9, 1.0 - 1e-9
    perturbed = []
    for s in p:
        c = min(max(s, low), high)
        z = gamma * math.log(c / (1.0 - c))
        if z >= 0:
            sig = 1.0 / (1.0 + math.exp(-z))
        else:
            e = math.exp(z)
            sig = e / (1.0 + e)
        perturbed.append(s - beta * (sig - 0.5))
    _fix_top_float(perturbed, top, strict)
    return _finish(perturbed, top, strict)


# ---------------------------------------------------------------------------------------------
# Policies
# ---------------------------------------------------------------------------------------------

def _check_keys(value, name, allowed, required=()):
    if not isinstance(value, dict):
        raise HardeningError("%s must be a dict, got %s" % (name, type(value).__name__))
    unknown = sorted(str(k) for k in value if k not in allowed)
    if unknown:
        raise HardeningError("%s has unknown option(s) %s; allowed: %s" % (name, ", ".join(unknown), ", ".join(allowed)))
    missing = [k for k in required if k not in value]
    if missing:
        raise HardeningError("%s is missing required option(s) %s" % (name, ", ".join(missing)))


def validate_policy(policy):
    """Validate a hardening policy and return it in canonical (long) form.

    Accepted keys (all optional; applied in the fixed order of ``HARDENING_ORDER``:
    reverse_sigmoid, noise, top_k, round, label_only):

    - ``round``: ``N`` or ``{"decimals": N}`` with 0 <= N <= 15;
    - ``top_k``: ``k`` or ``{"k": k, "sparse": bool}``;
    - ``label_only``: ``true``/``false`` or ``{"output": "one_hot" | "label"}``;
    - ``noise``: ``{"key": str, "scale": float > 0, "distribution": "laplace" | "gaussian",
      "preserve_argmax": bool}`` (``key`` and ``scale`` required);
    - ``reverse_sigmoid``: ``{"beta": float > 0, "gamma": float > 0}`` (defaults 1.0 and 0.1).

    ``None`` or ``{}`` means no hardening (the vector is only renormalised). ``label_only``
    cannot be combined with ``round``, ``top_k`` or ``reverse_sigmoid`` (they would have no
    effect); it can follow ``noise`` with ``preserve_argmax: false`` (a noisy label).
    The canonical form contains the noise key; use :func:`describe_policy` to print or log it.
    """
    if policy is None:
        return {}
    _check_keys(policy, "policy", HARDENING_ORDER)
    canonical = {}

    if "round" in policy and policy["round"] is not None:
        value = policy["round"]
        if isinstance(value, dict):
            _check_keys(value, "policy.round", ("decimals",), required=("decimals",))
            value = value["decimals"]
        canonical["round"] = {"decimals": _as_int(value, "round decimals", 0, MAX_DECIMALS)}

    if "top_k" in policy and policy["top_k"] is not None:
        value = policy["top_k"]
        if isinstance(value, dict):
            _check_keys(value, "policy.top_k", ("k", "sparse"), required=("k",))
            canonical["top_k"] = {
                "k": _as_int(value["k"], "top_k k", 1),
                "sparse": _as_bool(value.get("sparse", False), "top_k sparse"),
            }
        else:
            canonical["top_k"] = {"k": _as_int(value, "top_k k", 1), "sparse": False}

    if "label_only" in policy and policy["label_only"] is not None:
        value = policy["label_only"]
        if isinstance(value, dict):
            _check_keys(value, "policy.label_only", ("output",))
            output = value.get("output", "one_hot")
            if output not in LABEL_ONLY_OUTPUTS:
                raise HardeningError(
                    "label_only output must be one of %s, got %r" % (", ".join(LABEL_ONLY_OUTPUTS), output)
                )
            canonical["label_only"] = {"output": output}
        elif _as_bool(value, "label_only"):
            canonical["label_only"] = {"output": "one_hot"}

    if "noise" in policy and policy["noise"] is not None:
        value = policy["noise"]
        _check_keys(value, "policy.noise", ("key", "scale", "distribution", "preserve_argmax"), required=("key", "scale"))
        distribution = value.get("distribution", "laplace")
        if distribution not in NOISE_DISTRIBUTIONS:
            raise HardeningError(
                "noise distribution must be one of %s, got %r" % (", ".join(NOISE_DISTRIBUTIONS), distribution)
            )
        canonical["noise"] = {
            "key": value["key"],
            "scale": _as_positive_float(value["scale"], "noise scale"),
            "distribution": distribution,
            "preserve_argmax": _as_bool(value.get("preserve_argmax", True), "noise preserve_argmax"),
        }
        _key_bytes(value["key"])

    if "reverse_sigmoid" in policy and policy["reverse_sigmoid"] is not None:
        value = policy["reverse_sigmoid"]
        _check_keys(value, "policy.reverse_sigmoid", ("beta", "gamma"))
        canonical["reverse_sigmoid"] = {
            "beta": _as_positive_float(value.get("beta", 1.0), "reverse_sigmoid beta"),
            "gamma": _as_positive_float(value.get("gamma", 0.1), "reverse_sigmoid gamma"),
        }

    if "label_only" in canonical:
        useless = [k for k in ("round", "top_k", "reverse_sigmoid") if k in canonical]
        if useless:
            raise HardeningError(
                "label_only cannot be combined with %s: the label alone is returned, so they have no effect"
                % ", ".join(useless)
            )
    return canonical


def describe_policy(policy):
    """Return the canonical policy with the noise key masked, safe to log or print."""
    canonical = validate_policy(policy)
    if "noise" in canonical:
        canonical["noise"] = dict(canonical["noise"], key="********")
    return canonical


def _harden_row(row, canonical):
    # ``row`` is validated and ``canonical`` comes from validate_policy(); every step's output is
    # a valid vector again (finite, non-negative, positive sum), so the steps skip re-validation.
    values = row
    if "reverse_sigmoid" in canonical:
        values = _reverse_sigmoid_checked(values, **canonical["reverse_sigmoid"])
    if "noise" in canonical:
        values = _add_noise_checked(values, **canonical["noise"])
    sparse_indexes = None
    if "top_k" in canonical:
        values = _top_k_checked(values, canonical["top_k"]["k"])[0]
        if canonical["top_k"]["sparse"]:
            sparse_indexes = sorted(range(len(values)), key=lambda j: (-values[j], j))[:canonical["top_k"]["k"]]
    if "round" in canonical:
        values = _round_checked(values, canonical["round"]["decimals"])
    if "label_only" in canonical:
        return _label_only_checked(values, canonical["label_only"]["output"])
    if sparse_indexes is not None:
        return _to_sparse(values, sparse_indexes)
    if values is row:
        values = _normalise(row)
    return values


def _looks_like_batch(probabilities):
    return (_is_sequence(probabilities) and len(probabilities) > 0
            and all(_is_sequence(_as_list(r)) for r in probabilities))


def harden(probabilities, policy):
    """Apply a hardening policy to one vector or to a batch (a list of vectors).

    Returns the same shape as the input: a vector (or sparse list / label for the
    ``top_k.sparse`` / ``label_only.output=label`` formats) for a vector, a list of those for
    a batch. Raises HardeningError on an invalid policy or input.
    """
    canonical = validate_policy(policy)
    probabilities = _as_list(probabilities)
    if _looks_like_batch(probabilities):
        return [_harden_row(row, canonical) for row in validate_batch(probabilities)]
    return _harden_row(validate_vector(probabilities), canonical)


def harden_batch(batch, policy):
    """Apply a hardening policy to every row of a batch (same result as per-row :func:`harden`)."""
    canonical = validate_policy(policy)
    return [_harden_row(row, canonical) for row in validate_batch(batch)]


def round_batch(batch, decimals):
    """:func:`round_probabilities` on every row of a batch."""
    return [round_probabilities(row, decimals) for row in validate_batch(batch)]


def top_k_batch(batch, k, sparse=False):
    """:func:`top_k` on every row of a batch."""
    return [top_k(row, k, sparse=sparse) for row in validate_batch(batch)]


def label_only_batch(batch, output="one_hot"):
    """:func:`label_only` on every row of a batch (a list of one-hot vectors or of label indexes)."""
    return [label_only(row, output=output) for row in validate_batch(batch)]


def add_noise_batch(batch, key, scale, distribution="laplace", preserve_argmax=True):
    """:func:`add_noise` on every row of a batch (each row seeded by its own content)."""
    return [add_noise(row, key, scale, distribution, preserve_argmax) for row in validate_batch(batch)]


def reverse_sigmoid_batch(batch, beta=1.0, gamma=0.1):
    """:func:`reverse_sigmoid` on every row of a batch."""
    return [reverse_sigmoid(row, beta=beta, gamma=gamma) for row in validate_batch(batch)]
