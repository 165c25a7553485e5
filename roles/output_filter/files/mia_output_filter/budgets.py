# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-key query budgets over fixed long windows (minute/hour/day/week), counted in input rows.

A request is admitted only if every window of its tier has room for its cost; then all
windows are charged atomically (one SQLite transaction, or one Redis Lua script, so that
replicas sharing a Redis never overspend). A refused request charges nothing.
"""
import asyncio
import math
import os
import sqlite3
import time
import urllib.parse

from .config import BUDGET_WINDOWS
from .httpio import _timed


class BudgetUnavailable(Exception):
    """The budget store cannot be reached: the request is refused (fail closed)."""


class Decision:
    __slots__ = ("allowed", "windows", "cost")

    def __init__(self, allowed, windows, cost=0):
        self.allowed = allowed
        self.windows = windows  # [(name, limit, used_after_or_current, reset_seconds)]
        self.cost = cost

    def headers(self):
        if not self.windows:
            return []
        # The binding window is the one with the least room left.
        name, limit, used, reset = min(self.windows, key=lambda w: (w[1] - w[2], -w[3]))
        policy = ", ".join("%d;w=%d" % (lim, BUDGET_WINDOWS[n]) for n, lim, _u, _r in self.windows)
        hdrs = [("RateLimit-Limit", str(limit)), ("RateLimit-Remaining", str(max(0, limit - used))),
                ("RateLimit-Reset", str(reset)), ("RateLimit-Policy", policy)]
        if not self.allowed and self.can_fit():  # a request that can never fit has no time to retry at
            hdrs.append(("Retry-After", str(self.retry_after())))
        return hdrs

    def can_fit(self):
        """Whether this request's cost fits every window's limit at all (once the windows reset)."""
        return all(self.cost <= w[1] for w in self.windows)

    def retry_after(self):
        """Seconds until every window that refused this request's cost has reset."""
        blocking = [w[3] for w in self.windows if w[2] + self.cost > w[1]] or [w[3] for w in self.windows]
        return max([1] + blocking)


def _window_starts(limits, now):
    out = []
    for name in sorted(limits, key=lambda n: BUDGET_WINDOWS[n]):
        size = BUDGET_WINDOWS[name]
        start = int(now // size) * size
        out.append((name, limits[name], start, math.ceil(start + size - now)))  # never early: a retry must find room
    return out


class SQLiteBudgets:
    def __init__(self, path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=2000")
        self.db.execute("CREATE TABLE IF NOT EXISTS budget (key_id TEXT NOT NULL, window TEXT NOT NULL,"
                        " start INTEGER NOT NULL, used INTEGER NOT NULL, PRIMARY KEY (key_id, window, start))")
        self._last_gc = 0.0

    async def consume(self, key_id, limits, cost, now=None):
        now = time.time() if now is None else now
        wins = _window_starts(limits, now)
        if not wins:
            return Decision(True, [])
        try:
            cur = self.db.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                used = []
                for name, _limit, start, _reset in wins:
                    row = cur.execute("SELECT used FROM budget WHERE key_id=? AND window=? AND start=?",
                                      (key_id, name, start)).fetchone()
                    used.append(row[0] if row else 0)
                allowed = all(u + cost <= w[1] for u, w in zip(used, wins))
                if allowed:
                    for name, _limit, start, _reset in wins:
                        cur.execute("INSERT INTO budget (key_id, window, start, used) VALUES (?, ?, ?, ?)"
                                    " ON CONFLICT (key_id, window, start) DO UPDATE SET used = used + excluded.used",
                                    (key_id, name, start, cost))
                    used = [u + cost for u in used]
                if now - self._last_gc > 3600:
                    self._last_gc = now
                    cur.execute("DELETE FROM budget WHERE start < ?", (int(now) - 2 * max(BUDGET_WINDOWS.values()),))
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise BudgetUnavailable("sqlite: %s" % exc) from exc
        return Decision(allowed, [(w[0], w[1], u, w[3]) for w, u in zip(wins, used)], cost)

    async def close(self):
        self.db.close()


_LUA = """
local cost = tonumber(ARGV[1])
local used = {}
local ok = 1
for i, k in ipairs(KEYS) do
  used[i] = tonumber(redis.call('GET', k) or '0')
  if used[i] + cost > tonumber(ARGV[2 * i]) then ok = 0 end
end
if ok == 1 then
  for i, k in ipairs(KEYS) do
    used[i] = redis.call('INCRBY', k, cost)
    redis.call('EXPIRE', k, tonumber(ARGV[2 * i + 1]))
  end
end
table.insert(used, 1, ok)
return used
"""


class RedisError(Exception):
    pass


class _Unanswered(ConnectionError):
    """The connection closed before the first byte of the reply."""


def _closed_unanswered(exc):
    """Whether ``exc`` says the server had closed the connection, so a command sent on it never ran."""
    return isinstance(exc, (_Unanswered, ConnectionResetError, BrokenPipeError))


class RedisClient:
    """A minimal RESP2 client (one connection, requests serialised) for the budget script."""

    def __init__(self, url, timeout=1.0):
        parts = urllib.parse.urlsplit(url)
        self.host, self.port = parts.hostname, parts.port or 6379
        self.db = int(parts.path.strip("/") or 0)
        self.password = urllib.parse.unquote(parts.password) if parts.password else None
        self.timeout = timeout
        self._conn = None
        self._lock = asyncio.Lock()

    async def _connect(self):
        reader, writer = await _timed(asyncio.open_connection(self.host, self.port), self.timeout)
        self._conn = (reader, writer)
        if self.password:
            await self._roundtrip("AUTH", self.password)
        if self.db:
            await self._roundtrip("SELECT", str(self.db))

    @staticmethod
    def _encode(args):
        out = [b"*%d\r\n" % len(args)]
        for arg in args:
            data = arg if isinstance(arg, bytes) else str(arg).encode()
            out.append(b"$%d\r\n%s\r\n" % (len(data), data))
        return b"".join(out)

    async def _read(self, reader, line=None):
        line = await reader.readline() if line is None else line
        if not line.endswith(b"\r\n"):
            raise ConnectionError("redis closed the connection")
        kind, rest = line[:1], line[1:-2]
        if kind == b"+":
            return rest.decode()
        if kind == b"-":
            raise RedisError(rest.decode())
        if kind == b":":
            return int(rest)
        if kind == b"$":
            n = int(rest)
            return None if n < 0 else (await reader.readexactly(n + 2))[:-2]
        if kind == b"*":
            n = int(rest)
            return None if n < 0 else [await self._read(reader) for _i in range(n)]
        raise ConnectionError("bad RESP reply")

    async def _roundtrip(self, *args):
        reader, writer = self._conn
        writer.write(self._encode(args))
        await writer.drain()
        async with asyncio.timeout(self.timeout):
            line = await reader.readline()
            if not line:
                raise _Unanswered("redis closed the connection")
            return await self._read(reader, line)

    async def command(self, *args):
        async with self._lock:
            for attempt in (0, 1):
                fresh = self._conn is None
                try:
                    if fresh:
                        await self._connect()
                    return await self._roundtrip(*args)
                except RedisError:
                    raise
                except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
                    await self.close()
                    # Sent again only when a reused connection turns out closed before any reply: after a
                    # timeout or a partial reply the script may have run, and a second run charges twice.
                    if attempt or fresh or not _closed_unanswered(exc):
                        raise
            return None

    async def close(self):
        if self._conn is not None:
            self._conn[1].close()
            self._conn = None


class RedisBudgets:
    def __init__(self, url, prefix="mia:budget", timeout=1.0):
        self.client = RedisClient(url, timeout)
        self.prefix = prefix

    async def consume(self, key_id, limits, cost, now=None):
        now = time.time() if now is None else now
        wins = _window_starts(limits, now)
        if not wins:
            return Decision(True, [])
        keys = ["%s:%s:%s:%d" % (self.prefix, key_id, name, start) for name, _l, start, _r in wins]
        argv = [cost]
        for name, limit, _start, _reset in wins:
            argv += [limit, BUDGET_WINDOWS[name] * 2]
        try:
            reply = await self.client.command("EVAL", _LUA, len(keys), *keys, *argv)
        except (RedisError, OSError, ConnectionError, asyncio.TimeoutError, asyncio.IncompleteReadError) as exc:
            raise BudgetUnavailable("redis: %s" % (exc or type(exc).__name__)) from exc
        allowed = reply[0] == 1
        return Decision(allowed, [(w[0], w[1], int(u), w[3]) for w, u in zip(wins, reply[1:])], cost)

    async def close(self):
        await self.client.close()


def make_backend(config):
    if config.budget_backend == "redis":
        return RedisBudgets(config.redis_url, config.budget_prefix, config.budget_timeout)
    return SQLiteBudgets(os.path.join(config.state_dir, "budgets.sqlite3"))
