# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The filter: authenticate, budget, proxy, redact, harden, detect - and fail closed.

Fail-closed rule: the client only ever receives bytes that went through the filter. Any
error while filtering a response answers 502 with a JSON error naming the request id (or,
once a stream has started, ends the stream with an error event and no final chunk); the
audit log records the reason, never a value.
"""
import asyncio
import codecs
import concurrent.futures
import hashlib
import ipaddress
import json
import os
import re
import signal
import sqlite3
import sys
import time
import zlib

from . import budgets as budgets_mod
from . import fastjson
from . import jsonpath
from . import keyhash
from .config import ConfigError, load
from .detector import Detector
from .httpio import (HOP_BY_HOP, Decoder, HTTPError, ProtocolError, UpstreamPool, chunk, read_request,
                     response_head)
from .metrics import Metrics
from ._mia_engine import SSERedactor, streamed_texts
from .batchharden import harden_batch_fast

_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}\Z")
_SSE_FIELDS = ("data", "event", "id", "retry")
FORWARD_REQUEST_HEADERS = frozenset(("content-type", "accept", "accept-encoding", "user-agent"))
LABEL_ONLY = {"label_only": {"output": "one_hot"}}
# Clean texts are remembered up to this many bytes (each text's size plus its key's and slot's).
CLEAN_CACHE_BYTES = 16 << 20
CLEAN_CACHE_ENTRY_OVERHEAD = 160
CLEAN_CACHE_MAX_LEN = 256
FRAME_CACHE_MAX_LEN = 4096
DEFERRED_MAX_DELAY = 0.005


class FilterError(Exception):
    """Filtering failed: the response is replaced by a 502 (``reason`` goes to the audit log)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class StreamAborted(Exception):
    """A stream failed after its head was sent: the connection is dropped without a final chunk."""


class ClientGone(Exception):
    """The client closed its connection while its stream was being written."""


_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z0-9_]{1,39})(?::[0-9a-f]{12})?\]")
_scanstring = json.decoder.scanstring


def _template(text, value, same):
    """(prefix, suffix) around the JSON string token of ``value`` in ``text``, or None.

    Stream frames differ from frame to frame in one string (the delta content) only. The token
    must occur once, and ``same(probe_text, probe)`` must confirm that putting another string
    there parses to the same object with only that value changed: then any string token put
    between prefix and suffix gives a text that parses like ``text`` apart from that value.
    """
    token = json.dumps(value, ensure_ascii=False)
    i = text.find(token)
    if i < 0 or text.find(token, i + 1) >= 0:
        return None
    prefix, suffix = text[:i], text[i + len(token):]
    probe = value + " probe"
    try:
        return (prefix, suffix) if same(prefix + json.dumps(probe) + suffix, probe) else None
    except (ValueError, TypeError, LookupError, AttributeError):
        return None


def _fits(text, tpl):
    """Whether ``text`` is the template's prefix, exactly one JSON string token, and its suffix."""
    prefix, suffix = tpl
    start, end = len(prefix), len(text) - len(suffix)
    if end < start + 2 or text[start] != '"' or not text.startswith(prefix) or not text.endswith(suffix):
        return False
    try:
        return _scanstring(text, start + 1)[1] == end
    except ValueError:
        return False


def _fitting_run(text, pos, tpl):
    """Where the run of events from ``pos`` that each fit ``tpl`` (see _fits) and end with a blank
    line ends: walked in place, without splitting the text into events."""
    prefix, suffix = tpl
    start = len(prefix)
    tail = suffix + "\n\n"
    while text.startswith(prefix, pos) and text.startswith('"', pos + start):
        try:
            end = _scanstring(text, pos + start + 1)[1]
        except ValueError:
            break
        if not text.startswith(tail, end):
            break
        pos = end + len(tail)
    return pos


def _choices(obj):
    choices = obj.get("choices")
    return [c for c in choices if isinstance(c, dict)] if isinstance(choices, list) else []


def _single_content(obj):
    """(choice index, delta content) of a frame with one choice holding string content, else None."""
    choices = obj.get("choices")
    if isinstance(choices, list) and len(choices) == 1 and isinstance(choices[0], dict):
        delta = choices[0].get("delta")
        if isinstance(delta, dict) and isinstance(delta.get("content"), str):
            return delta["content"]
    return None


class CleanTexts:
    """Keys of texts whose redaction changed nothing, bounded by the bytes they hold: when full it
    starts over, which costs scans again and never skips one with a finding."""

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._keys = set()

    def __contains__(self, key):
        return key in self._keys

    def add(self, key, text_size):
        size = text_size + CLEAN_CACHE_ENTRY_OVERHEAD
        if self.bytes + size > self.max_bytes:
            self.clear()
        self._keys.add(key)
        self.bytes += size

    def clear(self):
        self._keys.clear()
        self.bytes = 0


class Identity:
    __slots__ = ("key_id", "tier", "metric_id", "anonymous")

    def __init__(self, key_id, tier, metric_id, anonymous=False):
        self.key_id, self.tier, self.metric_id, self.anonymous = key_id, tier, metric_id, anonymous


class Ctx:
    """Per-request facts for the audit log."""

    def __init__(self, rid, route, method):
        self.rid, self.route, self.method = rid, route, method
        self.key_id = self.tier = None
        self.status = 0
        self.decision = "allowed"
        self.reason = None
        self.entities = {}
        self.hardening = None
        self.cost = 0
        self.upstream_status = None
        self.head_sent = False  # a streamed answer's head has left: nothing else may be written as a response
        self.started = time.monotonic()


def _audit_file(path):
    """The audit log, unbuffered binary: each record is one write() of its own."""
    if path == "-":
        return os.fdopen(os.dup(sys.stderr.fileno()), "ab", buffering=0)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return open(path, "ab", buffering=0)  # noqa: SIM115 - long-lived


def _new_request_id():
    return os.urandom(16).hex()


def _json_error(status, code, message, rid, extra_headers=()):
    body = json.dumps({"error": {"code": code, "message": message, "request_id": rid}}).encode()
    headers = [("Content-Type", "application/json"), ("Cache-Control", "no-store"), ("X-Request-ID", rid)]
    headers += list(extra_headers)
    return status, headers, body


_NONFINITE_RE = re.compile(r"NaN|Infinity")


def _refuse_constant(name):
    raise ValueError("%s is not JSON" % name)


def _media_type(value):
    return (value or "").split(";", 1)[0].strip().lower()


def _too_few_digits(value):
    """A number with fewer than 6 digits in its repr (bools and None are handled before)."""
    if isinstance(value, int):
        return -100000 < value < 100000  # the same count, without building the repr
    return isinstance(value, (int, float)) and sum(c.isdigit() for c in repr(value)) < 6


def _count_rows(value):
    """Input rows at a route's cost path: a list's length; for named columns (TF Serving's columnar
    ``"inputs": {"x": [...], "y": [...]}``, each a batch) the longest column; else 1."""
    if isinstance(value, list):
        return max(1, len(value))
    if isinstance(value, dict):
        return max([len(v) for v in value.values() if isinstance(v, list)] + [1])
    return 1


class State:
    """Everything derived from one configuration; swapped whole on reload."""

    def __init__(self, config, old=None):
        self.config = config
        self.keys_by_lookup = {}
        for key in config.keys:
            lookup = keyhash.parse_hash(key["hash"])[3]
            self.keys_by_lookup.setdefault(lookup, []).append(key)
        # Keys that verified (at most one presented value per configured key: bounded as it is), and
        # refused values that cost a hash (bounded; a flood of them clears only this one).
        self.known, self.refused = {}, {}
        self.key_ids = frozenset(k["id"] for k in config.keys)
        # A reload keeps what every key has sent (Filter.reload applies new detector settings).
        self.detector = Detector(**config.detector) if old is None else old.detector

    async def authenticate_key(self, presented, hasher):
        """(key id, tier) of the configured key ``presented`` is, or None. A key not seen before is
        checked by PBKDF2 on ``hasher`` (an executor): the hash releases the GIL, so the event loop
        keeps serving while an unknown key whose lookup tag matches takes its tens of milliseconds."""
        digest = hashlib.sha256(presented.encode("utf-8", "surrogateescape")).digest()
        found = self.known.get(digest)
        if found is not None or digest in self.refused:
            return found
        candidates = self.keys_by_lookup.get(keyhash.lookup_tag(presented))
        if not candidates:
            return None  # no hash to compute: nothing worth remembering
        found = await asyncio.get_running_loop().run_in_executor(hasher, _verify_any, presented, candidates)
        if found is not None:
            self.known[digest] = found
        else:
            if len(self.refused) >= self.config.hash_cache_size:
                self.refused.clear()
            self.refused[digest] = True
        return found


def _anonymous_id(address):
    """An anonymous client's identity: its IPv4 address, or its IPv6 /64 (one host usually holds a
    whole /64, so per address it would have billions of budgets)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return "anon:" + address
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return "anon:%s" % ip.ipv4_mapped
        return "anon:%s" % ipaddress.ip_network((ip, 64), strict=False)
    return "anon:%s" % ip


def _verify_any(presented, keys):
    for key in keys:
        if keyhash.verify(presented, key["hash"]):
            return key["id"], key["tier"]
    return None


class Filter:
    def __init__(self, config_path, config):
        self.config_path = config_path
        self.state = State(config)
        self.metrics = Metrics(config.instance)
        self.pool = UpstreamPool(config.connect_timeout, config.read_timeout, config.pool_size)
        self.budgets = budgets_mod.make_backend(config)
        self._budget_sig = self._budget_signature(config)
        self._audit = _audit_file(config.audit_log)
        self._hasher = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyhash")
        self.servers = []
        self._clean = CleanTexts(CLEAN_CACHE_BYTES)
        self._deferred = []
        self._deferred_timer = None

    # ------------------------------------------------------------------ lifecycle
    @staticmethod
    def _budget_signature(config):
        return (config.budget_backend, config.redis_url, config.budget_prefix, config.state_dir)

    def log(self, message):
        sys.stderr.write(message + "\n")
        sys.stderr.flush()

    async def reload(self):
        """Apply the configuration file again, all of it or (on any error) none of it."""
        old = self.state
        audit = new_backend = None
        try:
            config = load(self.config_path)
            if (config.listen, config.metrics_listen) != (old.config.listen, old.config.metrics_listen):
                raise ConfigError("listen addresses changed: restart the service to apply them")
            if config.max_header_bytes != old.config.max_header_bytes:  # the listener's buffer is sized for it
                raise ConfigError("limits.max_header_bytes changed: restart the service to apply it")
            state = State(config, old)
            # Opened before anything switches: a new audit log or budget store that cannot be
            # opened leaves the running configuration, and its audit log, in place.
            audit = _audit_file(config.audit_log)
            sig = self._budget_signature(config)
            if sig != self._budget_sig:
                new_backend = budgets_mod.make_backend(config)
        except (ConfigError, OSError, sqlite3.Error, ValueError) as exc:
            if audit is not None:
                audit.close()
            self.metrics.inc("mia_filter_config_reloads_total", result="failure")
            self.log("reload refused, keeping the running configuration: %s" % exc)
            return False
        if new_backend is not None:
            old_backend, self.budgets, self._budget_sig = self.budgets, new_backend, sig
            await old_backend.close()
        old_audit, self._audit = self._audit, audit
        old_audit.close()
        if config.detector != old.config.detector:
            state.detector.configure(**config.detector)
        self.state = state
        self._clean.clear()
        self.pool.close()
        self.pool = UpstreamPool(config.connect_timeout, config.read_timeout, config.pool_size)
        self.metrics.instance = config.instance
        self.metrics.inc("mia_filter_config_reloads_total", result="success")
        self.log("configuration reloaded")
        return True

    async def start(self):
        cfg = self.state.config
        self.servers.append(await asyncio.start_server(self._serve_proxy, cfg.listen[0], cfg.listen[1],
                                                       limit=cfg.max_header_bytes + 2, backlog=1024))
        self.servers.append(await asyncio.start_server(self._serve_metrics, cfg.metrics_listen[0],
                                                       cfg.metrics_listen[1], limit=16384))
        self.log("mia-output-filter %s: proxy %s:%d -> %s:%d, metrics %s:%d" % (
            cfg.instance, cfg.listen[0], cfg.listen[1], cfg.upstream[0], cfg.upstream[1],
            cfg.metrics_listen[0], cfg.metrics_listen[1]))

    async def stop(self):
        for server in self.servers:
            server.close()
        for server in self.servers:
            await server.wait_closed()
        self.pool.close()
        await self.budgets.close()
        self._hasher.shutdown(wait=False, cancel_futures=True)

    # ------------------------------------------------------------------ connections
    async def _serve_metrics(self, reader, writer):
        try:
            req = await read_request(reader, 16384, 0, 10)
            if req is None:
                return
            if req.method == "GET" and req.path == "/metrics":
                body = self.metrics.render()
                head = response_head(200, [("Content-Type", "text/plain; version=0.0.4; charset=utf-8")], len(body), False)
            elif req.method == "GET" and req.path == "/healthz":
                body = b'{"status": "ok"}'
                head = response_head(200, [("Content-Type", "application/json")], len(body), False)
            else:
                body = b'{"error": {"code": "not_found", "message": "GET /metrics or /healthz"}}'
                head = response_head(404, [("Content-Type", "application/json")], len(body), False)
            writer.write(head + body)
            await writer.drain()
        except (HTTPError, ConnectionError, asyncio.TimeoutError):
            pass
        finally:
            writer.close()

    async def _serve_proxy(self, reader, writer):
        peer = writer.get_extra_info("peername")
        peer_ip = peer[0] if peer else "unknown"
        try:
            while True:
                cfg = self.state.config
                try:
                    req = await read_request(reader, cfg.max_header_bytes, cfg.max_request_bytes, cfg.client_timeout)
                except HTTPError as exc:
                    status, headers, body = _json_error(exc.status, exc.code, exc.message, _new_request_id())
                    writer.write(response_head(status, headers, len(body), False) + body)
                    await writer.drain()
                    return
                if req is None:
                    return
                req.peer = peer_ip
                keep = await self._handle(req, writer)
                if not keep or not req.keep_alive:
                    return
        except (ConnectionError, asyncio.TimeoutError, asyncio.IncompleteReadError, RuntimeError):
            pass  # RuntimeError: uvloop refuses writes to a transport the client already closed
        finally:
            writer.close()

    # ------------------------------------------------------------------ identity
    def _trusted(self, ip):
        try:
            addr = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(addr in net for net in self.state.config.trusted_proxies)

    def _client_address(self, req):
        if self._trusted(req.peer):
            real = req.headers.get("x-real-ip")
            if real:
                try:
                    return str(ipaddress.ip_address(real.strip()))
                except ValueError:
                    pass
        return req.peer

    async def _identify(self, req, state):
        presented = None
        auth = req.headers.get("authorization")
        if auth:
            scheme, _sep, value = auth.partition(" ")
            if scheme.lower() == "bearer" and value.strip():
                presented = value.strip()
        if presented is None:
            value = req.headers.get("x-api-key")
            if value and value.strip():
                presented = value.strip()
        if presented is not None:
            found = await state.authenticate_key(presented, self._hasher)
            if found is not None:
                return Identity(found[0], found[1], found[0]), None
            reason = "unknown_key"
        else:
            reason = "missing_key"
        cfg = state.config
        if cfg.anonymous:
            return Identity(_anonymous_id(self._client_address(req)), cfg.anonymous_tier, "anonymous", True), None
        return None, reason

    def _request_id(self, req):
        rid = req.headers.get("x-request-id")
        if rid and _REQUEST_ID.match(rid) and self._trusted(req.peer):
            return rid
        return _new_request_id()

    # ------------------------------------------------------------------ handling
    async def _handle(self, req, writer):
        state = self.state
        cfg = state.config
        rid = self._request_id(req)
        route = cfg.routes.get(req.path)
        ctx = Ctx(rid, route.path if route else ("auth" if req.path == "/_mia/auth" else "other"), req.method)
        streamed = False
        try:
            if req.path == "/_mia/auth" or req.path == "/_mia/healthz":
                result = await self._internal(req, state, ctx)
            elif route is None:
                result = _json_error(404, "not_found", "no such route", rid)
                ctx.decision = "not_found"
            elif req.method not in route.methods:
                result = _json_error(405, "method_not_allowed", "use " + ", ".join(sorted(route.methods)), rid,
                                     [("Allow", ", ".join(sorted(route.methods)))])
                ctx.decision = "method_not_allowed"
            else:
                result = await self._proxy(req, writer, state, route, ctx)
                if result is None:
                    streamed = True
        except StreamAborted:
            self._finish(ctx)
            return False
        except FilterError as exc:
            result = self._fail_closed(ctx, exc.reason)
        except Exception as exc:  # noqa: BLE001 - fail closed on anything unexpected
            result = self._fail_closed(ctx, "internal:%s" % type(exc).__name__)
            if ctx.head_sent:  # a stream's 200 head has left: no second response may follow it
                ctx.status = 502
                writer.close()
                self._finish(ctx)
                return False
        try:
            if not streamed:
                status, headers, body = result
                ctx.status = status
                writer.write(response_head(status, headers, len(body), req.keep_alive) + body)
                try:
                    await writer.drain()
                except ConnectionError:
                    _client_closed(ctx)
                    raise
        finally:  # a client that left before its answer was written is audited all the same
            self._finish(ctx)
        return True

    def _fail_closed(self, ctx, reason):
        ctx.decision, ctx.reason = "fail_closed", reason
        self.metrics.inc("mia_filter_fail_closed_total", route=ctx.route, reason=reason.split(":", 1)[0])
        return _json_error(502, "filter_error", "the response could not be filtered and was withheld", ctx.rid)

    def _finish(self, ctx):
        elapsed = time.monotonic() - ctx.started
        self.metrics.inc("api_inference_requests_total", route=ctx.route, status=str(ctx.status))
        self.metrics.observe("api_inference_request_duration_seconds", elapsed, route=ctx.route)
        record = {"ts": round(time.time(), 3), "request_id": ctx.rid, "key_id": ctx.key_id, "tier": ctx.tier,
                  "route": ctx.route, "method": ctx.method, "status": ctx.status, "decision": ctx.decision,
                  "entities": ctx.entities, "cost": ctx.cost, "ms": round(elapsed * 1000, 3)}
        if ctx.reason:
            record["reason"] = ctx.reason
        if ctx.hardening:
            record["hardening"] = ctx.hardening
        if ctx.upstream_status is not None:
            record["upstream_status"] = ctx.upstream_status
        try:
            self._audit.write(fastjson.dumps_line(record))
        except (OSError, ValueError, TypeError):
            pass

    async def _internal(self, req, state, ctx):
        if req.path == "/_mia/healthz":
            return 200, [("Content-Type", "application/json")], b'{"status": "ok"}'
        # Any method: nginx's auth_request subrequest keeps the client's method (POST) unless the
        # gateway sets proxy_method; the answer depends on the credentials only.
        ident, reason = await self._identify(req, state)
        if ident is None:
            ctx.decision, ctx.reason = "unauthorized", reason
            self.metrics.inc("mia_filter_auth_failures_total", reason=reason)
            return _json_error(401, "unauthorized", "a valid API key is required (Authorization: Bearer or X-API-Key)",
                               ctx.rid, [("WWW-Authenticate", 'Bearer realm="mia"')])
        ctx.key_id, ctx.tier, ctx.decision = ident.key_id, ident.tier, "authenticated"
        return 204, [("X-MIA-Key-Id", ident.key_id), ("X-MIA-Tier", ident.tier), ("X-Request-ID", ctx.rid),
                     ("Cache-Control", "no-store")], b""

    async def _proxy(self, req, writer, state, route, ctx):
        cfg = state.config
        rid = ctx.rid
        ident, reason = await self._identify(req, state)
        if ident is None:
            ctx.decision, ctx.reason = "unauthorized", reason
            self.metrics.inc("mia_filter_auth_failures_total", reason=reason)
            return _json_error(401, "unauthorized", "a valid API key is required (Authorization: Bearer or X-API-Key)",
                               rid, [("WWW-Authenticate", 'Bearer realm="mia"')])
        ctx.key_id, ctx.tier = ident.key_id, ident.tier

        # Request facts: cost in rows and the detector's numeric inputs.
        request_doc = None
        if route.cost_path is not None or (route.detector_path is not None and cfg.detector_enabled):
            try:
                request_doc = fastjson.loads_request(req.body) if req.body else None
            except ValueError:
                request_doc = None
            except RecursionError:
                # uncountable, so not forwarded: a model whose parser reads it would answer every row it holds
                ctx.decision, ctx.reason = "bad_request", "request_too_deep"
                return _json_error(400, "request_too_deep", "the request body nests JSON deeper than the filter reads",
                                   rid)
        cost = 1
        if request_doc is not None and route.cost_path is not None:
            found = jsonpath.get(request_doc, route.cost_path)
            cost = _count_rows(found[0]) if found else 1
        ctx.cost = cost

        detector_rows = None
        watched = cfg.detector_enabled and route.detector_path is not None
        if watched and request_doc is not None:
            found = jsonpath.get(request_doc, route.detector_path)
            rows = found[0] if found else None
            # Shape only: the detector converts (and rejects) the values itself, off the answer path.
            if isinstance(rows, list) and rows and all(isinstance(r, list) and r for r in rows):
                detector_rows = rows
        # A flagged key is acted on whatever its request looks like: a single row, columns or another
        # field the model reads would otherwise pass around the action.
        if watched and cfg.detector_action == "block" and state.detector.flagged(ident.key_id):
            ctx.decision = "blocked_extraction"
            self.metrics.inc("mia_filter_detector_actions_total", action="block")
            return _json_error(403, "extraction_suspected",
                               "this key's query pattern looks like model extraction", rid)

        # Budget (charged before the upstream call; a refused request charges nothing).
        limits = cfg.tiers.get(ident.tier, {})
        if limits:
            try:
                decision = await self.budgets.consume(ident.key_id, limits, cost)
            except budgets_mod.BudgetUnavailable:
                ctx.decision, ctx.reason = "budget_unavailable", "budget_store"
                return _json_error(503, "budget_unavailable", "query budgets cannot be checked", rid,
                                   [("Retry-After", "5")])
            budget_headers = decision.headers()
            if not ident.anonymous:
                for name, limit, used, _reset in decision.windows:
                    self.metrics.set("mia_filter_budget_used", used, key_id=ident.metric_id, window=name)
                    self.metrics.set("mia_filter_budget_limit", limit, key_id=ident.metric_id, window=name)
            if not decision.allowed:
                ctx.decision = "budget_exceeded"
                self.metrics.inc("mia_filter_budget_rejections_total", key_id=ident.metric_id)
                if not decision.can_fit():
                    return _json_error(429, "cost_exceeds_limit", "this request's %d rows exceed a budget window of "
                                       "this key: split it" % cost, rid, budget_headers)
                return _json_error(429, "budget_exceeded", "the query budget of this key is spent", rid,
                                   budget_headers)
        else:
            budget_headers = []

        # Upstream call.
        up_host, up_port, up_base = route.upstream
        target = up_base + route.upstream_path + (("?" + req.query) if req.query else "")
        fwd = [(k, v) for k, v in req.headers if k in FORWARD_REQUEST_HEADERS]
        fwd.append(("X-Request-ID", rid))
        started = time.monotonic()
        if self._deferred:  # runs once the request is on its way, while this task waits for the model
            asyncio.get_running_loop().call_soon(self._run_deferred)
        try:
            upstream = await self.pool.request(up_host, up_port, req.method, target, fwd, req.body)
        except (OSError, ProtocolError, asyncio.TimeoutError) as exc:
            self.metrics.inc("mia_filter_upstream_errors_total", route=route.path, reason=type(exc).__name__)
            ctx.decision, ctx.reason = "upstream_error", "upstream_unavailable:%s" % type(exc).__name__
            return _json_error(502, "upstream_unavailable", "the model server did not answer", rid)
        self.metrics.observe("mia_filter_upstream_duration_seconds", time.monotonic() - started, route=route.path)
        ctx.upstream_status = upstream.status
        try:
            result = await self._filter_response(req, writer, state, route, ident, upstream, ctx, budget_headers,
                                                 watched and state.detector.flagged(ident.key_id))
        finally:
            upstream.release()
        if detector_rows is not None:
            # After the answer: the statistic never delays a response, nor the next request.
            self._defer(self._observe, state, ident, detector_rows)
        return result

    def _defer(self, func, *args):
        """Queue work no answer waits for: it runs while the next request waits for the model
        (the filter is idle then), or after DEFERRED_MAX_DELAY when no request comes."""
        self._deferred.append((func, args))
        if self._deferred_timer is None:
            self._deferred_timer = asyncio.get_running_loop().call_later(DEFERRED_MAX_DELAY, self._run_deferred)

    def _run_deferred(self):
        if self._deferred_timer is not None:
            self._deferred_timer.cancel()
            self._deferred_timer = None
        work, self._deferred = self._deferred, []
        for func, args in work:
            try:
                func(*args)
            except Exception as exc:  # noqa: BLE001 - one failed item must not drop the others
                self.log("deferred %s failed: %s" % (func.__name__, type(exc).__name__))

    def _observe(self, state, ident, rows):
        try:
            w, flagged = state.detector.observe(ident.key_id, rows)
        except (ValueError, TypeError):  # rows that are not finite numbers
            return
        if w is not None and not ident.anonymous:
            self.metrics.set("mia_filter_detector_statistic", round(w, 6), key_id=ident.metric_id)
            self.metrics.set("mia_filter_detector_flagged", 1 if flagged else 0, key_id=ident.metric_id)

    async def _filter_response(self, req, writer, state, route, ident, upstream, ctx, budget_headers, flagged):
        cfg = state.config
        rid = ctx.rid
        if upstream.status >= 500:
            self.metrics.inc("mia_filter_upstream_errors_total", route=route.path, reason="status_%d" % upstream.status)
            ctx.decision, ctx.reason = "upstream_error", "upstream_status_%d" % upstream.status
            return _json_error(502, "upstream_error", "the model server failed", rid)
        media = _media_type(upstream.headers.get("content-type"))
        if upstream.status in (204, 304) or req.method == "HEAD":
            return upstream.status, [("X-Request-ID", rid)] + budget_headers, b""
        if media not in route.content_types:
            raise FilterError("content_type_refused")
        try:
            decoder = Decoder(upstream.headers.get("content-encoding"), cfg.max_response_bytes)
        except ProtocolError as exc:
            raise FilterError("content_encoding_refused") from exc
        headers = [(k.title(), v) for k, v in upstream.headers
                   if k not in HOP_BY_HOP and k not in ("content-type", "set-cookie", "server", "date", "x-request-id")]
        headers += [("Cache-Control", "no-store"), ("X-Request-ID", rid)] + budget_headers
        if media == "text/event-stream" or (route.stream and upstream.mode == "chunked" and media == "text/plain"):
            if not route.stream:
                raise FilterError("stream_not_allowed")
            await self._stream(req, writer, route, upstream, decoder, ctx, media, headers)
            return None
        try:
            raw = decoder.feed(await upstream.read(cfg.max_response_bytes, cfg.read_timeout)) + decoder.finish()
        except OverflowError as exc:
            raise FilterError("response_too_large") from exc
        except (zlib.error, ProtocolError, asyncio.TimeoutError) as exc:
            raise FilterError("upstream_body:%s" % type(exc).__name__) from exc
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise FilterError("invalid_utf8") from exc
        if media == "application/json":
            body = self._filter_json(text, route, ident, ctx, upstream.status, flagged)
            ctype = "application/json"
        else:
            body = self._redact_text(route, text, ctx).encode("utf-8")
            ctype = "text/plain; charset=utf-8"
        return upstream.status, [("Content-Type", ctype)] + headers, body

    # ------------------------------------------------------------------ JSON
    def _policy(self, route, tier, flagged, ctx):
        policy = route.hardening.get(tier, route.hardening.get("default"))
        if flagged and route.confidence_paths and self.state.config.detector_action == "label_only":
            self.metrics.inc("mia_filter_detector_actions_total", action="label_only")
            ctx.decision = "degraded_label_only"
            return LABEL_ONLY, "label_only(detector)"
        if not policy:
            return None, None
        return policy, "+".join(k for k in ("reverse_sigmoid", "noise", "top_k", "round", "label_only") if k in policy)

    def _filter_json(self, text, route, ident, ctx, status, flagged):
        try:
            doc, finite = fastjson.loads_answer(text)
        except (ValueError, RecursionError) as exc:
            raise FilterError("invalid_json") from exc
        hardened = []
        if 200 <= status < 300 and route.confidence_paths:
            policy, name = self._policy(route, ident.tier, flagged, ctx)
            if policy is not None:
                for steps in route.confidence_paths:
                    try:
                        # strict: a [*] element without the path would pass its confidences unhardened
                        n = jsonpath.apply(doc, steps, lambda v, p=policy: harden_batch_fast(v, p), strict=True)
                    except LookupError as exc:
                        raise FilterError("confidences_missing") from exc
                    except (ValueError, TypeError) as exc:
                        raise FilterError("hardening_failed:%s" % type(exc).__name__) from exc
                    if n == 0:
                        raise FilterError("confidences_missing")
                ctx.hardening = name
                self.metrics.inc("mia_filter_hardening_applied_total", route=route.path, tier=ident.tier, policy=name)
                if route.redact:
                    # Numbers the filter produced: out of the text the engine reads (a long fraction
                    # could read as a phone number), and put back after it.
                    for steps in route.confidence_paths:
                        jsonpath.apply(doc, steps, hardened.append)
                    text = self._encode(doc, finite).decode("utf-8")
        if not route.redact:
            return self._encode(doc, finite)
        # The answer's text as a whole, like the engine's JSON mode: each value keeps its neighbours
        # as context, which a walk of the parsed leaves would lose. NaN and Infinity (which json
        # reads) would pass as text: refused, as re-encoding refuses them.
        if _NONFINITE_RE.search(text) is not None:
            try:
                json.loads(text, parse_constant=_refuse_constant)
            except ValueError as exc:
                raise FilterError("json_encode:ValueError") from exc
        # The rest of a hardened answer (labels, model name) often repeats exactly: a clean one is
        # remembered by its text, never one with a finding.
        ck = (id(route.engine), "#answer", text) if hardened and len(text) <= FRAME_CACHE_MAX_LEN else None
        if ck is not None and ck in self._clean:
            out = text
        else:
            summary = {}
            out = route.engine.distinct_keys(route.engine.redact_answer(text, summary))
            self._count(summary, ctx, route)
            if ck is not None and out == text:
                self._remember_clean(ck)
        if not hardened:
            return out.encode("utf-8")
        doc, finite = fastjson.loads_answer(out)
        values = iter(hardened)
        try:
            for steps in route.confidence_paths:
                jsonpath.apply(doc, steps, lambda _null: next(values), strict=True)
        except (LookupError, StopIteration) as exc:  # a key on the path was redacted
            raise FilterError("confidences_moved") from exc
        if next(values, None) is not None:
            raise FilterError("confidences_moved")
        return self._encode(doc, finite)

    @staticmethod
    def _encode(doc, finite):
        try:
            return fastjson.dumps_answer(doc, finite)
        except (ValueError, TypeError) as exc:
            raise FilterError("json_encode:%s" % type(exc).__name__) from exc

    def _redact_tree(self, engine, node, key, ctx, route):
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                nk = engine.distinct_key(out, self._redact_leaf(engine, k, None, ctx, route)) if isinstance(k, str) else k
                out[nk] = self._redact_tree(engine, v, k, ctx, route)
            return out
        if isinstance(node, list):
            return [self._redact_tree(engine, v, key, ctx, route) for v in node]
        if isinstance(node, bool) or node is None:
            return node
        if _too_few_digits(node):
            return node  # too few digits to be any supported identifier
        return self._redact_leaf(engine, node, key, ctx, route)

    def _redact_leaf(self, engine, value, key, ctx, route):
        # Short values without findings repeat endlessly (keys, ids, model names, every SSE frame's
        # envelope): remember them. Only clean values are remembered, never a matched one.
        ck = None
        if isinstance(value, str):
            if len(value) <= CLEAN_CACHE_MAX_LEN:
                ck = (id(engine), key, value)
        else:
            ck = (id(engine), key, "#", repr(value))
        if ck is not None and ck in self._clean:
            return value
        red = engine.redact_data(value, key)
        if red != value:
            self._count(engine.findings_summary({key: value} if isinstance(key, str) else value), ctx, route)
        elif ck is not None:
            self._remember_clean(ck)
        return red

    def _remember_clean(self, ck):
        self._clean.add(ck, sys.getsizeof(ck[-1]))

    def _redact_envelopes(self, engine, text, ctx, route, tpl):
        """_redact_other_fields over the events of ``text`` (redactor output); runs of frames that
        fit the stream's clean template pass as they are."""
        out, pos, n = [], 0, len(text)
        while pos < n:
            end = _fitting_run(text, pos, tpl[0]) if tpl else pos
            if end == pos:
                i = text.find("\n\n", pos)
                end = n if i < 0 else i + 2
                out.append(self._redact_other_fields(engine, text[pos:end], ctx, route, tpl))
            else:
                out.append(text[pos:end])
            pos = end
        return "".join(out)

    def _redact_other_fields(self, engine, event, ctx, route, tpl):
        """The stream redactor covers the streamed texts across frames (delta content and reasoning,
        completions ``text``, tool-call arguments); every other string of a frame, and the frame's
        other lines (comments, ``id``, ``event``), are redacted here frame by frame.

        ``tpl`` (one per stream) holds the template of a frame whose envelope was clean: a frame
        that fits it has that same envelope with another content, so it passes unchanged."""
        lines = event.split("\n")
        for i, line in enumerate(lines):
            if not line.startswith("data: {"):
                if line and not line.startswith("data:"):
                    # a comment, id, event or retry line: the stream redactor passes them on as they came
                    lines[i] = self._redact_leaf(engine, line, None, ctx, route)
                continue
            if tpl and _fits(line, tpl[0]):
                continue
            obj = json.loads(line[6:])
            single = _single_content(obj)
            # The streamed texts were redacted across frames; read alone here, a piece would lose
            # the context before it. They are emptied for this pass and put back.
            held = []
            for choice in _choices(obj):
                for _field, holder, key in streamed_texts(choice):
                    held.append(holder[key])
                    holder[key] = ""
            # The rest of a frame (id, model, created, roles...) repeats from frame to frame: an
            # envelope whose full scan changed nothing is remembered by its exact JSON text.
            envelope = json.dumps(obj, ensure_ascii=False)
            ck = (id(engine), "#frame", envelope) if len(envelope) <= FRAME_CACHE_MAX_LEN else None
            if ck is None or ck not in self._clean:
                redacted = self._redact_tree(engine, obj, None, ctx, route)
                if redacted != obj:
                    slots = [(holder, key) for choice in _choices(redacted) for _f, holder, key in streamed_texts(choice)]
                    if len(slots) != len(held):  # a redacted key moved a streamed text
                        raise FilterError("streamed_text_moved")
                    for (holder, key), text in zip(slots, held):
                        holder[key] = text
                    lines[i] = "data: " + json.dumps(redacted, ensure_ascii=False)
                    continue
                if ck is not None:
                    self._remember_clean(ck)
            if single is not None and not tpl:
                found = _template(line, single, lambda text, probe, env=obj: _same_envelope(text, probe, env))
                if found is not None:
                    tpl.append(found)
        return "\n".join(lines)

    def _count(self, summary, ctx, route):
        for etype, n in summary.items():
            ctx.entities[etype] = ctx.entities.get(etype, 0) + n
            self.metrics.inc("mia_filter_redactions_total", n, route=route.path, entity_type=etype)

    def _redact_text(self, route, text, ctx):
        if not route.redact:
            return text
        engine = route.engine
        findings = engine.analyze(text)
        if findings:
            summary = {}
            for f in findings:
                summary[f.type] = summary.get(f.type, 0) + 1
            self._count(summary, ctx, route)
        return engine.redact_text(text) if findings else text

    # ------------------------------------------------------------------ streaming
    async def _stream(self, req, writer, route, upstream, decoder, ctx, media, headers):
        """Redact on the fly; headers go out with the first filtered bytes, so an early error is still a 502."""
        cfg = self.state.config
        engine = route.engine
        utf8 = codecs.getincrementaldecoder("utf-8")("strict")
        sse = media == "text/event-stream"
        redactor = SSERedactor(engine) if sse else engine.stream()
        frames = SSEFrames() if sse else None
        state = {"sent": False, "flush": None}
        frame_tpl = []
        ctype = "text/event-stream" if sse else "text/plain; charset=utf-8"
        loop = asyncio.get_running_loop()
        pending = []
        # HTTP/1.0 has no chunked coding (RFC 9112, 6.1): its body ends where the connection does.
        chunked = req.version != "HTTP/1.0"
        frame = chunk if chunked else bytes
        if not chunked:
            req.keep_alive = False

        def take():
            """Filtered output not yet written as one chunk, after the response head the first time."""
            if not pending:
                return b""
            data = frame(b"".join(pending))
            pending.clear()
            if not state["sent"]:
                state["sent"] = ctx.head_sent = True
                ctx.status = upstream.status
                data = response_head(upstream.status, [("Content-Type", ctype)] + headers, None,
                                     req.keep_alive, chunked=chunked) + data
            return data

        def flush():
            state["flush"] = None
            data = take()
            if data and not writer.transport.is_closing():
                writer.write(data)

        async def send(text):
            # Frames that arrived together leave together: the write happens once this task waits
            # for the upstream again (one send() per batch instead of per frame), never later.
            if not text:
                return
            pending.append(text.encode("utf-8"))  # here, where an error still fails the stream closed
            if state["flush"] is None:
                state["flush"] = loop.call_soon(flush)
            await drain()

        async def drain():
            try:
                await writer.drain()
            except ConnectionError as exc:
                raise ClientGone() from exc

        def cancel_flush():
            if state["flush"] is not None:
                state["flush"].cancel()
                state["flush"] = None

        def redact(text):
            if not route.redact:
                return text
            out = redactor.feed(text)
            count(out)
            if sse and out:
                out = self._redact_envelopes(engine, out, ctx, route, frame_tpl)
            return out

        types = engine.enabled_types

        def count(text):
            if "[" in text:
                summary = {}
                for m in _PLACEHOLDER.finditer(text):
                    if m.group(1) in types:
                        summary[m.group(1)] = summary.get(m.group(1), 0) + 1
                if summary:
                    self._count(summary, ctx, route)

        try:
            async for raw in upstream.iter_raw(cfg.read_timeout):
                text = utf8.decode(decoder.feed(raw))
                if sse:
                    out = redact(frames.feed(text))
                else:
                    out = redact(text)
                await send(out)
            text = utf8.decode(decoder.finish(), final=True)
            if sse:
                out = redact(frames.feed(text))
                if frames.pending():
                    raise FilterError("sse_truncated_frame")
            else:
                out = redact(text)
            if route.redact:
                tail = redactor.flush()
                count(tail)
                if sse and tail:
                    tail = self._redact_envelopes(engine, tail, ctx, route, frame_tpl)
                out += tail
            await send(out)
            cancel_flush()
            data = take()
            if not state["sent"]:
                ctx.status = upstream.status
                data = response_head(upstream.status, [("Content-Type", ctype)] + headers, None,
                                     req.keep_alive, chunked=chunked)
            writer.write(data + b"0\r\n\r\n" if chunked else data)
            await drain()
        except ClientGone:
            cancel_flush()
            pending.clear()
            _client_closed(ctx)
            writer.close()
            raise StreamAborted() from None
        except Exception as exc:  # noqa: BLE001 - fail closed, whatever went wrong
            cancel_flush()
            pending.clear()
            reason = exc.reason if isinstance(exc, FilterError) else "stream:%s" % type(exc).__name__
            if not state["sent"]:
                status, hdrs, body = self._fail_closed(ctx, reason)
                ctx.status = status
                writer.write(response_head(status, hdrs, len(body), req.keep_alive) + body)
                await writer.drain()
                return
            self._fail_closed(ctx, reason)
            ctx.status = 502
            if sse:
                err = json.dumps({"error": {"code": "filter_error", "message": "stream withheld", "request_id": ctx.rid}})
                writer.write(frame(("event: error\ndata: %s\n\n" % err).encode()))
            # No terminating chunk: the client sees an incomplete body, never unfiltered bytes (HTTP/1.0
            # has no framing to show it: the error event says so).
            writer.close()
            raise StreamAborted() from exc


def _client_closed(ctx):
    # Not a filter failure, nor a 5xx for the error-ratio alert: nginx's 499, as it logs it.
    ctx.decision, ctx.reason, ctx.status = "client_closed", "client_closed", 499


def _same_envelope(line, content, envelope):
    """Whether the frame ``line`` holds ``content`` as its only delta content and otherwise ``envelope``."""
    obj = json.loads(line[6:])
    if _single_content(obj) != content:
        return False
    obj["choices"][0]["delta"]["content"] = ""  # as _redact_other_fields empties it
    return obj == envelope


class SSEFrames:
    """Split a decoded SSE text stream into complete events; refuse anything malformed.

    An event may only carry ``data``/``event``/``id``/``retry`` fields or comments; its data is
    ``[DONE]`` or a JSON object. Anything else raises FilterError: the engine's SSE redactor
    would pass an unparseable event through unredacted, so it never gets to see one.
    """

    MAX_EVENT = 1 << 20

    def __init__(self):
        self._buf = ""
        self._cr = ""  # a CR that ended the last read: its LF may come with the next one
        self._tpl = None  # a checked event with its content cut out: see _template()

    def pending(self):
        return bool(self._buf.strip() or self._cr)

    def feed(self, text):
        """The complete events received so far, checked, as one text."""
        text = self._cr + text
        self._cr = "\r" if text.endswith("\r") else ""
        text = text[:len(text) - len(self._cr)].replace("\r\n", "\n")
        if "\r" in text:
            raise FilterError("sse_bare_cr")
        buf = self._buf + text
        events = []
        pos = 0
        while True:
            end = _fitting_run(buf, pos, self._tpl) if self._tpl is not None else pos
            if end > pos:
                events.append(buf[pos:end])
                pos = end
            i = buf.find("\n\n", pos)
            if i < 0:
                break
            event = buf[pos:i]
            pos = i + 2
            if event.strip():
                events.append(self._valid(event) + "\n\n")
        self._buf = buf[pos:]
        if len(self._buf) > self.MAX_EVENT:
            raise FilterError("sse_event_too_large")
        return "".join(events)

    def _valid(self, event):
        # A string token cannot hold a line break, so an event fitting the template has the checked
        # event's fields and a JSON object payload that differs in one string only.
        if self._tpl is not None and _fits(event, self._tpl):
            return event
        obj = self._check(event)
        single = _single_content(obj) if obj is not None else None
        if self._tpl is None and single is not None:
            self._tpl = _template(event, single, lambda text, probe: self._same(text, probe, single, obj))
        return event

    @classmethod
    def _same(cls, event, probe, content, obj):
        try:
            other = cls._check(event)
        except FilterError:
            return False
        if other is None or _single_content(other) != probe:
            return False
        other["choices"][0]["delta"]["content"] = content
        return other == obj

    @staticmethod
    def _check(event):
        """Raise FilterError unless ``event`` is well formed; return its JSON object payload, if any."""
        data = []
        for line in event.split("\n"):
            if line.startswith(":"):
                continue
            name, sep, value = line.partition(":")
            if not sep or name not in _SSE_FIELDS:
                raise FilterError("sse_malformed_field")
            if name == "data":
                data.append(value[1:] if value.startswith(" ") else value)
        if data:
            payload = "\n".join(data)
            if payload.strip() != "[DONE]":
                try:
                    obj = json.loads(payload)
                except ValueError as exc:
                    raise FilterError("sse_invalid_json") from exc
                if not isinstance(obj, dict):
                    raise FilterError("sse_not_an_object")
                return obj
        return None


def run(config_path):
    try:
        config = load(config_path)
    except ConfigError as exc:
        sys.stderr.write("config error: %s: %s\n" % (config_path, exc))
        return 2
    try:
        import uvloop  # noqa: PLC0415 - optional, faster event loop
        factory = uvloop.new_event_loop
    except ImportError:
        factory = None
    with asyncio.Runner(loop_factory=factory) as runner:
        return runner.run(_main(config_path, config))


async def _main(config_path, config):
    flt = Filter(config_path, config)
    try:
        await flt.start()
    except OSError as exc:
        sys.stderr.write("error: cannot listen: %s\n" % exc)
        return 1
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGHUP, lambda: loop.create_task(flt.reload()))
    await stop.wait()
    await flt.stop()
    flt.log("stopped")
    return 0
