# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""PRADA-style model-extraction detector (Juuti et al., 2019) with a pure-Python Shapiro-Wilk.

For every authenticated key, each numeric input row's minimum L2 distance to that key's
earlier rows is recorded. Benign query streams give roughly normally distributed distances;
synthetic extraction queries (perturbations of a few seeds, grid walks) do not. The
statistic is the Shapiro-Wilk W of the recent distances: W below ``threshold`` flags the key.

Shapiro-Wilk is Royston's algorithm (AS R94, as in scipy.stats.shapiro) on the standard
library only, so the service needs no scipy; the unit tests compare it against scipy.
numpy is used for the distance search when importable, pure Python otherwise.
"""
import functools
import math
from collections import OrderedDict, deque
from itertools import chain
from statistics import NormalDist

try:  # optional acceleration
    import numpy as _np
except ImportError:  # pragma: no cover - exercised where numpy is missing
    _np = None

_NORMAL = NormalDist()


def _poly(coefs, x):
    result = 0.0
    for c in reversed(coefs):
        result = result * x + c
    return result


def shapiro_wilk(data):
    """Return (W, p-value) for 3 <= len(data) <= 5000; constant data gives (1.0, 1.0)."""
    x = sorted(float(v) for v in data)
    n = len(x)
    if n < 3:
        raise ValueError("Shapiro-Wilk needs at least 3 values")
    if n > 5000:
        raise ValueError("Shapiro-Wilk is defined here for at most 5000 values")
    if x[-1] - x[0] < 1e-19 * max(1.0, abs(x[-1])):
        return 1.0, 1.0
    half = n // 2
    a = _coefficients(n)
    mean = math.fsum(x) / n
    ssq = math.fsum((v - mean) ** 2 for v in x)
    num = math.fsum(a[i] * (x[n - 1 - i] - x[i]) for i in range(half))
    w = min(1.0, num * num / ssq)
    return w, _p_value(w, n)


@functools.lru_cache(maxsize=8)
def _coefficients(n):
    """Royston's weights for sample size n: depend on n only, and the window size rarely changes."""
    half = n // 2
    if n == 3:
        return (math.sqrt(0.5),)
    m = [-_NORMAL.inv_cdf((i + 1 - 0.375) / (n + 0.25)) for i in range(half)]  # positive, largest first
    summ2 = 2.0 * sum(v * v for v in m)
    ssumm2 = math.sqrt(summ2)
    rsn = 1.0 / math.sqrt(n)
    a1 = _poly([0.0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056], rsn) + m[0] / ssumm2
    if n > 5:
        a2 = _poly([0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633], rsn) + m[1] / ssumm2
        fac = math.sqrt((summ2 - 2.0 * m[0] ** 2 - 2.0 * m[1] ** 2) / (1.0 - 2.0 * a1 ** 2 - 2.0 * a2 ** 2))
        return tuple([a1, a2] + [v / fac for v in m[2:]])
    fac = math.sqrt((summ2 - 2.0 * m[0] ** 2) / (1.0 - 2.0 * a1 ** 2))
    return tuple([a1] + [v / fac for v in m[1:]])


def _p_value(w, n):
    if n == 3:
        p = 6.0 / math.pi * (math.asin(math.sqrt(w)) - math.asin(math.sqrt(0.75)))
        return min(1.0, max(0.0, p))
    if w >= 1.0:
        return 1.0
    if n <= 11:
        gamma = 0.459 * n - 2.273
        mu = _poly([0.5440, -0.39978, 0.025054, -6.714e-4], n)
        sigma = math.exp(_poly([1.3822, -0.77857, 0.062767, -0.0020322], n))
        inner = gamma - math.log1p(-w)
        if inner <= 0:
            return 0.0
        z = (-math.log(inner) - mu) / sigma
    else:
        ln = math.log(n)
        mu = _poly([-1.5861, -0.31082, -0.083751, 0.0038915], ln)
        sigma = math.exp(_poly([-0.4803, -0.082676, 0.0030302], ln))
        z = (math.log1p(-w) - mu) / sigma
    return 1.0 - _NORMAL.cdf(z)


class _KeyState:
    __slots__ = ("rows", "matrix", "norms", "count", "pos", "width", "distances", "w", "since", "flagged")

    def __init__(self, history_size, window):
        self.rows = deque(maxlen=history_size)   # pure-Python history (no numpy)
        self.matrix = self.norms = None          # numpy ring buffer of the history
        self.count = self.pos = 0
        self.width = None
        self.distances = deque(maxlen=window)
        self.w = None
        self.since = 0
        self.flagged = False


class Detector:
    """Per-key PRADA state; bounded in keys (LRU), history and window.

    Each input row's distance is its minimum L2 distance to the key's earlier rows (the
    history, a ring buffer) including earlier rows of the same request. With numpy a request's
    rows are compared to the whole history in one matrix product.
    """

    def __init__(self, threshold=0.90, min_samples=30, window=200, history_size=500,
                 max_keys=1000, recompute_every=5, use_numpy=True):
        self.threshold = float(threshold)
        self.min_samples = int(min_samples)
        self.window = int(window)
        self.history_size = int(history_size)
        self.max_keys = int(max_keys)
        self.recompute_every = max(1, int(recompute_every))
        self.numpy = _np is not None and use_numpy
        self._keys = OrderedDict()
        self._masks = {}

    def state(self, key_id):
        st = self._keys.get(key_id)
        if st is not None:
            self._keys.move_to_end(key_id)
            return st
        st = self._keys[key_id] = _KeyState(self.history_size, self.window)
        while len(self._keys) > self.max_keys:
            self._keys.popitem(last=False)
        return st

    def flagged(self, key_id):
        st = self._keys.get(key_id)
        return bool(st and st.flagged)

    def statistic(self, key_id):
        st = self._keys.get(key_id)
        return None if st is None else st.w

    def observe(self, key_id, rows):
        """Record numeric input rows (lists of numbers) of one request; return (W or None, flagged).

        Rows that are not finite numbers of one width raise ValueError or TypeError and leave
        the key's state as it was.
        """
        st = self.state(key_id)
        if rows:
            rows = self._as_numbers(rows)
            width = len(rows[0])
            if st.width != width:  # a new input shape starts a new history
                st.width, st.rows, st.matrix, st.count, st.pos = width, deque(maxlen=self.history_size), None, 0, 0
            distances = self._observe_numpy(st, rows) if self.numpy else self._observe_python(st, rows)
            st.distances.extend(distances)
            st.since += len(distances)
        if len(st.distances) >= self.min_samples and (st.w is None or st.since >= self.recompute_every):
            st.since = 0
            st.w = shapiro_wilk(st.distances)[0]
            st.flagged = st.w < self.threshold
        return st.w, st.flagged

    def _as_numbers(self, rows):
        if not all(isinstance(r, list) for r in rows):
            raise TypeError("rows must be lists of numbers")
        width = len(rows[0])
        if any(len(r) != width for r in rows):
            raise ValueError("rows of one request must have one width")
        try:
            if self.numpy:
                # float() of every value (ValueError/TypeError on non-numbers); a quarter faster than asarray
                new = _np.fromiter(chain.from_iterable(rows), dtype=_np.float64, count=len(rows) * width)
                new = new.reshape(len(rows), width)
                finite = _np.isfinite(new).all()
            else:
                new = [[float(v) for v in row] for row in rows]
                finite = all(math.isfinite(v) for row in new for v in row)
        except OverflowError as exc:  # an integer beyond a float
            raise ValueError("rows must be finite numbers") from exc
        if not finite:
            raise ValueError("rows must be finite numbers")
        return new

    def _observe_numpy(self, st, new):
        k = new.shape[0]
        new_norms = _np.einsum("ij,ij->i", new, new)
        best = _np.full(k, _np.inf)
        if st.count:
            hist, hnorm = st.matrix[:st.count], st.norms[:st.count]
            # |a|^2 is the same along a row, so it is added after the row minimum of |b|^2 - 2 a.b:
            # one k x history array, updated in place.
            dots = new @ hist.T
            dots *= -2.0
            dots += hnorm
            best = dots.min(axis=1) + new_norms
        if k > 1:
            inner = new_norms[:, None] + new_norms[None, :] - 2.0 * (new @ new.T)
            inner[self._upper(k)] = _np.inf  # only earlier rows of the same request
            best = _np.minimum(best, inner.min(axis=1))
        has_past = _np.arange(k) + st.count > 0
        out = _np.sqrt(_np.maximum(best[has_past], 0.0)).tolist()
        if st.matrix is None:
            st.matrix = _np.empty((self.history_size, new.shape[1]))
            st.norms = _np.empty(self.history_size)
        # Ring buffer: row i goes to slot (pos + i) % size; of a request larger than the buffer
        # only the last rows would survive the wrap-around, so only they are written.
        keep = min(k, self.history_size)
        slots = (st.pos + _np.arange(k - keep, k)) % self.history_size
        st.matrix[slots], st.norms[slots] = new[k - keep:], new_norms[k - keep:]
        st.pos = (st.pos + k) % self.history_size
        st.count = min(st.count + k, self.history_size)
        return out

    def _upper(self, k):
        """Boolean mask of the upper triangle (diagonal included) of a k x k matrix, cached per k."""
        mask = self._masks.get(k)
        if mask is None:
            if len(self._masks) >= 64:
                self._masks.clear()
            mask = self._masks[k] = _np.triu(_np.ones((k, k), dtype=bool))
        return mask

    def _observe_python(self, st, rows):
        out = []
        for vec in rows:
            if st.rows:
                out.append(self._min_distance(st.rows, vec))
            st.rows.append(vec)
        return out

    @staticmethod
    def _min_distance(history, vec):
        best = None
        for h in history:
            d = 0.0
            for a, b in zip(h, vec):
                d += (a - b) * (a - b)
                if best is not None and d >= best:
                    break
            if best is None or d < best:
                best = d
        return math.sqrt(best) if best is not None else 0.0
