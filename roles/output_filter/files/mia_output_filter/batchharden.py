# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""top_k / round hardening of a whole batch at once with numpy, bit-identical to the reference.

The reference (``_mia_hardening.harden``) works row by row in Python; for the common
``top_k`` + ``round`` policies on a batch this does the same arithmetic on all rows at once:
the same IEEE operations element by element, row sums with ``math.fsum`` as the reference,
the same orderings (stable sorts with the reference's tie-breaks). Rows where a step leaves
the top label not alone at the maximum (where the reference may repair it: a float collapse,
a rounding unit, a tie in the input) or hands out too many units are recomputed by the
reference itself. Anything else (other policies, sparse output, small batches, no numpy)
goes to the reference unchanged.

Reductions are ufunc methods (``_np.add.reduce``) and ndarray methods rather than numpy's
Python-level wrappers (``sum``, ``all``, ``broadcast_to``): for a batch of 18 rows those
wrappers cost about as much as the arithmetic.
"""
import math
from itertools import chain

from ._mia_hardening import harden, validate_batch

try:  # optional acceleration
    import numpy as _np
except ImportError:  # pragma: no cover - exercised where numpy is missing
    _np = None

MIN_ROWS = 4


def supported(canonical):
    """Whether ``canonical`` (a validated policy) is one this module vectorises."""
    if not canonical or not set(canonical) <= {"top_k", "round"}:
        return False
    return not canonical.get("top_k", {}).get("sparse", False)


def harden_batch_fast(probabilities, canonical):
    """``harden(probabilities, canonical)`` for a validated (canonical) policy."""
    if (_np is None or not supported(canonical) or not isinstance(probabilities, list)
            or len(probabilities) < MIN_ROWS or not all(isinstance(r, list) for r in probabilities)):
        return harden(probabilities, canonical)
    x = _plain_batch(probabilities)
    if x is None:  # the reference validation raises, or converts ints and the like
        x = _np.array(validate_batch(probabilities), dtype=_np.float64)
    redo = _np.zeros(len(x), dtype=bool)
    k = canonical["top_k"]["k"] if "top_k" in canonical else None
    if k is not None and "round" in canonical and k < x.shape[1]:
        x = _top_k_round(x, k, canonical["round"]["decimals"], redo)
    else:
        if k is not None:
            x = _top_k(x, k, redo)
        if "round" in canonical:
            x = _round(x, canonical["round"]["decimals"], redo)
    out = x.tolist()
    for i in redo.nonzero()[0].tolist():
        out[i] = harden(probabilities[i], canonical)
    return out


def _plain_batch(rows):
    """The batch as an array if it only holds plain floats that validate_batch() accepts, else None."""
    width = len(rows[0])
    if not width or not all(len(r) == width for r in rows) or set(map(type, chain.from_iterable(rows))) != {float}:
        return None
    x = _np.array(rows, dtype=_np.float64)
    if not _np.minimum.reduce(x, axis=None) >= 0.0:  # NaN fails this too
        return None
    try:
        totals = [math.fsum(r) for r in rows]
    except OverflowError:
        return None
    if not (min(totals) > 0.0 and max(totals) < math.inf):
        return None
    return x + 0.0  # folds -0.0 into 0.0, as validate_vector()


def _top_alone(x, top):
    """Rows where label ``top`` alone holds the maximum: the reference's usual case, where it repairs nothing.
    Any other row (a tie at the top, a label above it) is recomputed by the reference, which decides it."""
    best = x[_np.arange(len(x)), top]
    return _np.add.reduce(x < best[:, None], axis=1, dtype=_np.intp) == x.shape[1] - 1


def _fsum_rows(x):
    return _np.array([math.fsum(r) for r in x.tolist()], dtype=_np.float64)


def _top_k(x, k, redo):
    top = x.argmax(axis=1)  # the first maximum, as the reference's index(max)
    # Stable ascending sort of the negated values: largest first, ties to the lower index.
    kept = (-x).argsort(axis=1, kind="stable")[:, :k]
    row = _np.arange(len(x))[:, None]
    values = _np.zeros(x.shape)
    values[row, kept] = x[row, kept]
    # Inputs are non-negative and the maximum is kept, so the sum is positive and nothing clips.
    out = values / _fsum_rows(values)[:, None]
    redo |= ~_top_alone(out, top)
    return out


def _round(x, decimals, redo):
    top = x.argmax(axis=1)
    p = x / _fsum_rows(x)[:, None]
    units = 10 ** decimals
    quotas = p * units
    floors = _np.floor(quotas)
    remainders = quotas - floors
    counts = floors.astype(_np.int64)  # exact integers, as the reference's int()
    missing = units - _np.add.reduce(counts, axis=1)
    n = x.shape[1]
    cols = _np.arange(n)[None, :].repeat(len(x), axis=0)
    # Reference order: sorted by (-remainder, -p, index); lexsort's last key is the primary one.
    order = _np.lexsort((cols, -p, -remainders), axis=1)
    rank = _np.empty_like(order)
    rank[_np.arange(len(x))[:, None], order] = cols
    counts = counts + (rank < missing[:, None])
    redo |= missing < 0
    redo |= ~_top_alone(counts, top)
    return counts / units


def _top_k_round(x, k, decimals, redo):
    """_round(_top_k(x, k)) computed on the k kept columns only: the others are zeros, which add
    nothing to a row's fsum, hold no rounding remainder and come last in the reference's order."""
    rows = _np.arange(len(x))[:, None]
    kept = (-x).argsort(axis=1, kind="stable")[:, :k]  # largest first, ties to the lower index
    v = x[rows, kept]
    v = v / _fsum_rows(v)[:, None]
    # The top label (kept first) alone at the maximum; the zeros are below it as it is positive.
    redo |= ~(v[:, 1:] < v[:, :1]).all(axis=1)
    p = v / _fsum_rows(v)[:, None]
    units = 10 ** decimals
    quotas = p * units
    floors = _np.floor(quotas)
    remainders = quotas - floors
    counts = floors.astype(_np.int64)
    missing = units - _np.add.reduce(counts, axis=1)
    # Reference order (-remainder, -p, index) over the kept columns; a unit owed beyond the kept
    # columns with p > 0 would go to a zero column by index: such a row is the reference's.
    order = _np.lexsort((kept, -p, -remainders), axis=1)
    rank = _np.empty_like(order)
    rank[rows, order] = _np.arange(k)
    counts = counts + (rank < missing[:, None])
    redo |= (missing < 0) | (missing > _np.add.reduce(p > 0.0, axis=1, dtype=_np.intp))
    redo |= ~((counts[:, 1:] < counts[:, :1]).all(axis=1) & (counts[:, 0] > 0))
    out = _np.zeros(x.shape)
    out[rows, kept] = counts / units
    return out
