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

Values beyond ``MAX_MAGNITUDE`` are refused, so that no distance or sum of squares overflows
(an infinite or NaN distance would pin the statistic at "normal" for a whole window). The
memory of all histories is bounded: a key's history holds fewer rows when they are wide.
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
MAX_MAGNITUDE = 1e100
# Bytes per stored value: a float64 in the numpy ring buffer, a float object and its slot otherwise.
_VALUE_BYTES = {True: 8, False: 32}


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
    __slots__ = ("rows", "matrix", "norms", "origin", "capacity", "bytes", "count", "pos", "width", "distances",
                 "w", "since", "flagged")

    def __init__(self, window):
        self.rows = deque()                      # pure-Python history (no numpy)
        self.matrix = self.norms = None          # numpy ring buffer of the history, rows less origin
        self.origin = None                       # the first row of this width
        self.capacity = self.bytes = 0
        self.count = self.pos = 0
        self.width = None
        self.distances = deque(maxlen=window)
        self.w = None
        self.since = 0
        self.flagged = False

    def forget_history(self):
        self.rows, self.matrix, self.norms, self.origin = deque(), None, None, None
        self.width, self.capacity, self.bytes, self.count, self.pos = None, 0, 0, 0, 0


class Detector:
    """Per-key PRADA state; bounded in keys (LRU), history and window.

    Each input row's distance is its minimum L2 distance to the key's earlier rows (the
    history, a ring buffer) including earlier rows of the same request. With numpy a request's
    rows are compared to the whole history in one matrix product, on rows less the key's first
    row (features sharing a large offset, such as timestamps, would otherwise cancel out), and
    the distance to the nearest row found is then computed from the differences.
    """

    def __init__(self, threshold=0.90, min_samples=30, window=200, history_size=500,
                 max_keys=1000, max_memory_mb=256, recompute_every=5, use_numpy=True):
        self.numpy = _np is not None and use_numpy
        self.recompute_every = max(1, int(recompute_every))
        self._keys = OrderedDict()
        self._masks = {}
        self._bytes = 0
        self.configure(threshold, min_samples, window, history_size, max_keys, max_memory_mb)

    def configure(self, threshold, min_samples, window, history_size, max_keys, max_memory_mb):
        """Apply (new) settings and keep what every key has sent: flags are decided again under
        them. A new history size or memory bound starts the histories over, not the distances."""
        new_window = bool(self._keys) and int(window) != self.window
        new_history = bool(self._keys) and (
            (int(history_size), int(max_memory_mb) << 20) != (self.history_size, self.max_bytes))
        self.threshold = float(threshold)
        self.min_samples = int(min_samples)
        self.window = int(window)
        self.history_size = int(history_size)
        self.max_keys = int(max_keys)
        self.max_bytes = int(max_memory_mb) << 20
        while len(self._keys) > self.max_keys:
            self._drop_oldest()
        for st in self._keys.values():
            if new_window:
                st.distances = deque(st.distances, maxlen=self.window)
            if new_history:
                self._bytes -= st.bytes
                st.forget_history()
            if len(st.distances) < self.min_samples:
                st.w, st.flagged = None, False
                continue
            if st.w is None or new_window:
                st.w = shapiro_wilk(st.distances)[0]
            st.since = 0
            st.flagged = st.w < self.threshold

    def _drop_oldest(self):
        _key, st = self._keys.popitem(last=False)
        self._bytes -= st.bytes

    def state(self, key_id):
        st = self._keys.get(key_id)
        if st is not None:
            self._keys.move_to_end(key_id)
            return st
        st = self._keys[key_id] = _KeyState(self.window)
        while len(self._keys) > self.max_keys:
            self._drop_oldest()
        return st

    def _start_history(self, st, rows):
        """A new input width: a new history, as long as the memory bound allows for that width
        (a sixteenth of it per key, one row at least); least recently used keys make room."""
        width = len(rows[0])
        row_bytes = width * _VALUE_BYTES[self.numpy]
        if row_bytes > self.max_bytes:
            raise ValueError("a row of %d values exceeds the detector's memory bound" % width)
        self._bytes -= st.bytes
        st.forget_history()
        st.width = width
        st.capacity = max(1, min(self.history_size, self.max_bytes // 16 // row_bytes))
        st.bytes = st.capacity * row_bytes
        st.rows = deque(maxlen=st.capacity)
        st.origin = rows[0].copy() if self.numpy else None
        self._bytes += st.bytes
        while self._bytes > self.max_bytes and len(self._keys) > 1:  # st is the most recent key
            self._drop_oldest()

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
            if st.width != len(rows[0]):  # a new input shape starts a new history
                self._start_history(st, rows)
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
                finite = bool((_np.abs(new) <= MAX_MAGNITUDE).all())  # NaN fails this too
            else:
                new = [[float(v) for v in row] for row in rows]
                finite = all(abs(v) <= MAX_MAGNITUDE for row in new for v in row)
        except OverflowError as exc:  # an integer beyond a float
            raise ValueError("rows must be finite numbers") from exc
        if not finite:
            raise ValueError("rows must be finite numbers of magnitude at most %g" % MAX_MAGNITUDE)
        return new

    def _observe_numpy(self, st, new):
        new = new - st.origin
        k = new.shape[0]
        new_norms = _np.einsum("ij,ij->i", new, new)
        rows = _np.arange(k)
        # Nearest earlier row by |b|^2 - 2 a.b (|a|^2 is the same along a row), then its distance
        # from the differences, which |a|^2 + |b|^2 - 2 a.b would lose to cancellation.
        best = _np.full(k, _np.inf)
        if st.count:
            hist = st.matrix[:st.count]
            dots = new @ hist.T
            dots *= -2.0
            dots += st.norms[:st.count]
            diff = new - hist[dots.argmin(axis=1)]
            best = _np.einsum("ij,ij->i", diff, diff)
        if k > 1:
            inner = new_norms[None, :] - 2.0 * (new @ new.T)
            inner[self._upper(k)] = _np.inf  # only earlier rows of the same request
            diff = new - new[inner.argmin(axis=1)]
            within = _np.einsum("ij,ij->i", diff, diff)
            within[0] = _np.inf  # the first row has no earlier row in its request
            best = _np.minimum(best, within)
        has_past = rows + st.count > 0
        out = _np.sqrt(best[has_past]).tolist()
        if st.matrix is None:
            st.matrix = _np.empty((st.capacity, new.shape[1]))
            st.norms = _np.empty(st.capacity)
        # Ring buffer: row i goes to slot (pos + i) % size; of a request larger than the buffer
        # only the last rows would survive the wrap-around, so only they are written.
        keep = min(k, st.capacity)
        slots = (st.pos + _np.arange(k - keep, k)) % st.capacity
        st.matrix[slots], st.norms[slots] = new[k - keep:], new_norms[k - keep:]
        st.pos = (st.pos + k) % st.capacity
        st.count = min(st.count + k, st.capacity)
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
