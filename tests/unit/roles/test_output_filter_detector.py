# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Known-answer tests of the output filter's Shapiro-Wilk and PRADA detector, and of the
budget stores (SQLite always; Redis when a redis-server binary is installed)."""
from __future__ import annotations

import asyncio
import random
import shutil
import socket
import subprocess
import time

import pytest
from scipy import stats

from output_filter import pkg

pkg.build()
from mia_output_filter import budgets, detector  # noqa: E402


@pytest.mark.parametrize("n", [3, 4, 5, 6, 7, 11, 12, 20, 50, 200, 1000])
@pytest.mark.parametrize("dist", ["normal", "exponential", "uniform"])
def test_shapiro_wilk_matches_scipy(n, dist):
    rng = random.Random(n * 31 + len(dist))
    draw = {"normal": lambda: rng.gauss(0, 1), "exponential": lambda: rng.expovariate(1.0),
            "uniform": rng.random}[dist]
    data = [draw() for _i in range(n)]
    w, p = detector.shapiro_wilk(data)
    ref = stats.shapiro(data)
    assert w == pytest.approx(ref.statistic, abs=2e-5)
    assert p == pytest.approx(ref.pvalue, abs=2e-4)


def test_shapiro_wilk_edge_cases():
    assert detector.shapiro_wilk([2.0, 2.0, 2.0, 2.0]) == (1.0, 1.0)
    with pytest.raises(ValueError):
        detector.shapiro_wilk([1.0, 2.0])


def _benign(rng, n, dim=16):
    return [[rng.uniform(0, 16) for _i in range(dim)] for _i in range(n)]


def _extraction(rng, n, dim=16):
    """Synthetic extraction queries (Papernot/Jacobian style): small steps from the last
    query, with a fresh seed every tenth query."""
    rows, current = [], None
    for i in range(n):
        if i % 10 == 0:
            current = [rng.uniform(0, 16) for _i in range(dim)]
        else:
            current = list(current)
            current[rng.randrange(dim)] += rng.choice((-1, 1)) * 0.25
        rows.append(current)
    return rows


@pytest.mark.parametrize("use_numpy", [True, False])
def test_prada_leaves_benign_queries_alone_and_flags_extraction(use_numpy):
    rng = random.Random(3)
    det = detector.Detector(threshold=0.90, min_samples=30, window=100, history_size=300, use_numpy=use_numpy)
    for row in _benign(rng, 150):
        det.observe("benign", [row])
    w_benign = det.statistic("benign")
    for row in _extraction(rng, 150):
        det.observe("attacker", [row])
    w_attack = det.statistic("attacker")
    assert w_benign > 0.95 and not det.flagged("benign")
    assert w_attack < 0.90 and det.flagged("attacker")


@pytest.mark.parametrize("use_numpy", [True, False])
def test_detector_state_is_bounded(use_numpy):
    det = detector.Detector(min_samples=3, window=5, history_size=4, max_keys=2, use_numpy=use_numpy)
    for i in range(10):
        det.observe("k%d" % i, [[float(i), 1.0]])
    assert len(det._keys) == 2
    for i in range(20):
        det.observe("k9", [[float(i), 2.0]])
    st = det.state("k9")
    assert (st.count if use_numpy else len(st.rows)) == 4 and len(st.distances) == 5


@pytest.mark.parametrize("use_numpy", [True, False])
@pytest.mark.parametrize("bad", [
    [[10 ** 400, 1.0]],              # an integer beyond a float (JSON reads it exactly)
    [[float("nan"), 1.0]],
    [[1.0, "x"]],
    [[1.0, None]],
    [[1.0, 2.0], [1.0]],             # ragged
    ["12", "34"],                    # strings are not rows, even of digits
    [[[1.0], 2.0]],                  # nested
    [[float("inf"), 1.0, 2.0]],      # a new width, not finite: must not reset the history
], ids=["overflow", "nan", "string", "none", "ragged", "digit-strings", "nested", "new-width-inf"])
def test_rows_that_are_not_finite_numbers_are_refused_and_change_nothing(use_numpy, bad):
    det = detector.Detector(min_samples=3, window=50, history_size=20, use_numpy=use_numpy)
    for i in range(5):
        det.observe("k", [[float(i), 1.0]])
    st = det.state("k")
    before = (list(st.distances), st.width, st.count if use_numpy else len(st.rows), st.w)
    with pytest.raises((ValueError, TypeError)):
        det.observe("k", bad)
    assert (list(st.distances), st.width, st.count if use_numpy else len(st.rows), st.w) == before


def test_batched_numpy_distances_equal_the_sequential_definition():
    rng = random.Random(8)
    fast = detector.Detector(history_size=100, window=500, use_numpy=True)
    slow = detector.Detector(history_size=100, window=500, use_numpy=False)
    for _i in range(12):
        batch = [[rng.uniform(0, 5) for _i in range(6)] for _i in range(rng.randint(1, 5))]
        fast.observe("k", batch)
        slow.observe("k", batch)
    assert list(fast.state("k").distances) == pytest.approx(list(slow.state("k").distances), abs=1e-9)


def test_ring_buffer_wraps_like_the_sequential_history():
    # Requests larger than the history and requests straddling the ring's end keep the same rows.
    rng = random.Random(9)
    fast = detector.Detector(history_size=7, window=500, use_numpy=True)
    slow = detector.Detector(history_size=7, window=500, use_numpy=False)
    for size in (3, 5, 1, 16, 7, 2, 9, 6):
        batch = [[rng.uniform(0, 5) for _i in range(4)] for _i in range(size)]
        fast.observe("k", batch)
        slow.observe("k", batch)
        st = fast.state("k")
        if st.count == 7:  # full: oldest row at pos, as in the bounded deque (stored less the first row)
            held = [(st.matrix[(st.pos + i) % 7] + st.origin).tolist() for i in range(7)]
            assert [v for row in held for v in row] == pytest.approx([v for row in slow.state("k").rows for v in row])


@pytest.mark.parametrize("use_numpy", [True, False])
def test_a_huge_row_is_refused_and_cannot_hide_an_extraction(use_numpy):
    rng = random.Random(4)
    det = detector.Detector(threshold=0.90, min_samples=30, window=100, history_size=300, use_numpy=use_numpy)
    for i, row in enumerate(_extraction(rng, 150)):
        if i % 20 == 0:  # a finite value whose square is not: it made the statistic NaN, read as "normal"
            with pytest.raises(ValueError):
                det.observe("attacker", [[1e200] + row[1:]])
        det.observe("attacker", [row])
    assert det.statistic("attacker") < 0.90 and det.flagged("attacker")


def test_features_sharing_a_large_offset_keep_their_distances():
    # Timestamps and prices: |a|^2 + |b|^2 - 2 a.b loses every digit of these distances.
    rng = random.Random(2)
    rows = [[1.7e9 + rng.gauss(0, 5), 4e4 + rng.gauss(0, 5), rng.gauss(0, 5)] for _i in range(120)]
    fast = detector.Detector(window=500, use_numpy=True)
    slow = detector.Detector(window=500, use_numpy=False)
    for i in range(0, 120, 4):
        fast.observe("k", rows[i:i + 4])
        slow.observe("k", rows[i:i + 4])
    assert list(fast.state("k").distances) == pytest.approx(list(slow.state("k").distances), rel=1e-6)
    assert min(slow.state("k").distances) > 0.1


@pytest.mark.parametrize("use_numpy", [True, False])
def test_histories_of_wide_rows_stay_within_the_memory_bound(use_numpy):
    det = detector.Detector(history_size=500, max_memory_mb=1, use_numpy=use_numpy)
    for key in range(40):
        for _i in range(3):
            det.observe("k%d" % key, [[float(key)] * 20000])
    assert det._bytes <= 1 << 20  # pylint: disable=protected-access
    st = det.state("k39")
    assert st.capacity * 20000 * (8 if use_numpy else 32) <= (1 << 20) // 16 or st.capacity == 1
    assert len(st.distances) == 2, "a short history still yields distances"
    with pytest.raises(ValueError):
        det.observe("k39", [[1.0] * 200000])  # one row beyond the whole bound
    assert det.state("k39").width == 20000


def test_new_settings_keep_what_keys_sent_and_decide_flags_again():
    rng = random.Random(3)
    det = detector.Detector(threshold=0.90, min_samples=30, window=100, history_size=300)
    for row in _extraction(rng, 150):
        det.observe("attacker", [row])
    for row in _benign(rng, 150):
        det.observe("benign", [row])
    w = det.statistic("attacker")
    assert det.flagged("attacker") and not det.flagged("benign")
    det.configure(threshold=0.92, min_samples=30, window=100, history_size=300, max_keys=1000, max_memory_mb=256)
    assert det.flagged("attacker") and det.statistic("attacker") == w, "a stricter threshold keeps the flag"
    det.configure(threshold=w - 0.01, min_samples=30, window=100, history_size=300, max_keys=1000, max_memory_mb=256)
    assert not det.flagged("attacker"), "a threshold below W lifts it"
    det.configure(threshold=0.90, min_samples=30, window=60, history_size=100, max_keys=1000, max_memory_mb=256)
    assert len(det.state("attacker").distances) == 60 and det.flagged("attacker")
    det.observe("attacker", [_extraction(rng, 1)[0]])  # a new history: no earlier row to measure against yet
    det.configure(threshold=0.90, min_samples=30, window=60, history_size=100, max_keys=1, max_memory_mb=256)
    assert det.statistic("benign") is None and det.flagged("attacker")


def _run(coro):
    return asyncio.run(coro)


async def _exercise(store, key):
    limits = {"hour": 5, "day": 7}
    first = await (store.consume(key, limits, 3, now=1000.0))
    assert first.allowed and [w[2] for w in first.windows] == [3, 3]
    refused = await (store.consume(key, limits, 3, now=1001.0))
    assert not refused.allowed and [w[2] for w in refused.windows] == [3, 3], "a refused request charges nothing"
    assert refused.retry_after() >= 1
    ok = await (store.consume(key, limits, 2, now=1002.0))
    assert ok.allowed
    hdrs = dict(ok.headers())
    assert hdrs["RateLimit-Remaining"] == "0" and hdrs["RateLimit-Limit"] == "5"
    # next hour: the hourly window resets, the daily one still holds 5 of 7
    later = await (store.consume(key, limits, 3, now=3600.0 * 2))
    assert not later.allowed
    assert dict(later.headers())["RateLimit-Limit"] == "7"
    assert int(dict(later.headers())["Retry-After"]) == 86400 - 7200


def test_sqlite_budget_store_persists(tmp_path):
    store = budgets.SQLiteBudgets(str(tmp_path / "b.sqlite3"))
    _run(_exercise(store, "alice"))
    _run(store.close())
    again = budgets.SQLiteBudgets(str(tmp_path / "b.sqlite3"))
    assert not _run(again.consume("alice", {"hour": 5}, 1, now=1003.0)).allowed
    _run(again.close())


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="no redis-server binary")
def test_redis_budget_store_is_atomic_across_clients(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                             "--appendonly", "no", "--dir", str(tmp_path)], stdout=subprocess.DEVNULL)
    try:
        for _i in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        url = "redis://127.0.0.1:%d/0" % port
        _run(_exercise(budgets.RedisBudgets(url, prefix="t%d" % port), "bob"))

        async def race():
            stores = [budgets.RedisBudgets(url, prefix="race") for _i in range(4)]
            results = await asyncio.gather(*[s.consume("k", {"hour": 10}, 1) for s in stores for _i in range(5)])
            for s in stores:
                await s.close()
            return sum(r.allowed for r in results)
        assert _run(race()) == 10
    finally:
        proc.terminate()
        proc.wait(5)


def test_redis_down_is_budget_unavailable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    store = budgets.RedisBudgets("redis://127.0.0.1:%d/0" % port, timeout=0.2)
    with pytest.raises(budgets.BudgetUnavailable):
        _run(store.consume("k", {"hour": 1}, 1))


def test_retry_after_is_when_every_window_refusing_the_cost_has_room_again(tmp_path):
    store = budgets.SQLiteBudgets(str(tmp_path / "b.sqlite3"))
    limits = {"minute": 10, "week": 1000}
    assert _run(store.consume("k", limits, 8, now=20.0)).allowed
    # 5 more rows do not fit the minute (8 + 5 > 10) though it is not full; the week has room.
    refused = _run(store.consume("k", limits, 5, now=20.0))
    assert not refused.allowed and refused.retry_after() == 40
    assert _run(store.consume("k", limits, 5, now=60.0)).allowed
    # Rounded up: 29.4 s before the window ends is 30 s, so a client retrying on time finds room.
    assert _run(store.consume("k", limits, 5, now=90.6)).allowed
    late = _run(store.consume("k", limits, 1, now=90.6))
    assert late.retry_after() == 30 and dict(late.headers())["Retry-After"] == "30"
    _run(store.close())


class _ScriptedRedis:
    """A RESP endpoint that runs the budget script's arithmetic, answering after ``delay`` seconds or
    closing each connection after ``close_after`` replies (an idle-timeout close). It plays the slow
    or restarted Redis that a unit test cannot make of a real one; the real one is tested above."""

    def __init__(self, delay=0.0, close_after=None):
        self.delay, self.close_after = delay, close_after
        self.store, self.runs = {}, 0

    async def serve(self, reader, writer):
        replies = 0
        while line := await reader.readline():
            args = []
            for _i in range(int(line[1:])):
                size = int((await reader.readline())[1:])
                args.append((await reader.readexactly(size + 2))[:-2])
            nkeys = int(args[2])
            keys, argv = args[3:3 + nkeys], [int(a) for a in args[3 + nkeys:]]
            self.runs += 1
            ok = all(self.store.get(k, 0) + argv[0] <= argv[1 + 2 * i] for i, k in enumerate(keys))
            for k in keys if ok else ():
                self.store[k] = self.store.get(k, 0) + argv[0]
            await asyncio.sleep(self.delay)
            reply = [1 if ok else 0] + [self.store.get(k, 0) for k in keys]
            writer.write(b"*%d\r\n" % len(reply) + b"".join(b":%d\r\n" % v for v in reply))
            await writer.drain()
            replies += 1
            if replies == self.close_after:
                writer.close()
                return


async def _with_redis(fake, body):
    server = await asyncio.start_server(fake.serve, "127.0.0.1", 0)
    try:
        return await body("redis://127.0.0.1:%d/0" % server.sockets[0].getsockname()[1])
    finally:
        server.close()


def test_a_redis_reply_that_times_out_is_not_sent_again_so_nothing_is_charged_twice():
    fake = _ScriptedRedis(delay=0.3)

    async def body(url):
        store = budgets.RedisBudgets(url, timeout=0.1)
        with pytest.raises(budgets.BudgetUnavailable):
            await store.consume("k", {"hour": 10}, 3)
        await asyncio.sleep(0.5)
        await store.close()
    _run(_with_redis(fake, body))
    assert fake.runs == 1 and list(fake.store.values()) == [3]


def test_a_redis_connection_closed_while_idle_is_replaced_and_the_request_counted_once():
    fake = _ScriptedRedis(close_after=1)

    async def body(url):
        store = budgets.RedisBudgets(url, timeout=1.0)
        first = await store.consume("k", {"hour": 10}, 3)
        await asyncio.sleep(0.1)  # the server has closed the pooled connection
        second = await store.consume("k", {"hour": 10}, 3)
        await store.close()
        return first, second
    first, second = _run(_with_redis(fake, body))
    assert first.allowed and second.allowed
    assert fake.runs == 2 and list(fake.store.values()) == [6]
