# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Load and validate the filter's YAML configuration (``--check-config`` runs exactly this).

Every error names the offending key; unknown keys are rejected so that a typo never
silently disables a protection.
"""
import ipaddress
import re
import urllib.parse

import yaml

from . import jsonpath
from . import keyhash
from ._mia_engine import Engine, EngineConfigError
from ._mia_hardening import HardeningError, validate_policy

BUDGET_WINDOWS = {"minute": 60, "hour": 3600, "day": 86400, "week": 604800}
DETECTOR_ACTIONS = ("alert", "label_only", "block")
DEFAULT_CONTENT_TYPES = ("application/json",)
STREAM_CONTENT_TYPES = ("text/event-stream",)
# \Z, not $: "$" also matches before a final newline, which would reach the gateway as a header line.
_KEY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")
_TIER = re.compile(r"[a-z][a-z0-9_-]{0,31}\Z")


class ConfigError(ValueError):
    pass


def _check(cond, message):
    if not cond:
        raise ConfigError(message)


def _mapping(value, where, allowed, required=()):
    _check(isinstance(value, dict), "%s: must be a mapping" % where)
    unknown = sorted(str(k) for k in value if k not in allowed)
    _check(not unknown, "%s: unknown key(s) %s (allowed: %s)" % (where, ", ".join(unknown), ", ".join(allowed)))
    missing = [k for k in required if k not in value]
    _check(not missing, "%s: missing key(s) %s" % (where, ", ".join(missing)))
    return value


def _int(value, where, low, high):
    _check(isinstance(value, int) and not isinstance(value, bool) and low <= value <= high,
           "%s: must be an integer %d..%d" % (where, low, high))
    return value


def _num(value, where, low, high):
    _check(isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high,
           "%s: must be a number %g..%g" % (where, low, high))
    return float(value)


def _bool(value, where):
    _check(isinstance(value, bool), "%s: must be true or false" % where)
    return value


def _str(value, where):
    _check(isinstance(value, str) and value != "", "%s: must be a non-empty string" % where)
    return value


def _address(value, where):
    value = _mapping(value, where, ("host", "port"), ("host", "port"))
    host = _str(value["host"], where + ".host")
    try:
        ipaddress.ip_address(host)
    except ValueError as exc:
        raise ConfigError("%s.host: must be an IP address" % where) from exc
    return host, _int(value["port"], where + ".port", 1, 65535)


def _upstream_url(value, where):
    url = urllib.parse.urlsplit(_str(value, where))
    _check(url.scheme == "http" and url.hostname and not url.query and not url.fragment,
           "%s: must be an http://host:port URL (TLS stays on the gateway)" % where)
    try:
        port = url.port or 80
    except ValueError as exc:
        raise ConfigError("%s: bad port" % where) from exc
    return url.hostname, port, url.path.rstrip("/")


class Route:
    __slots__ = ("path", "methods", "upstream", "upstream_path", "content_types", "redact", "engine",
                 "confidences", "confidence_paths", "hardening", "cost", "cost_path", "detector_inputs",
                 "detector_path", "stream")


class Config:
    """The validated configuration; ``raw`` keeps the parsed YAML."""


def _engine(cfg, where):
    try:
        return Engine(cfg or {})
    except EngineConfigError as exc:
        raise ConfigError("%s: %s" % (where, exc)) from exc


def _route(raw, i, default_upstream, default_engine, tiers):
    where = "routes[%d]" % i
    raw = _mapping(raw, where, ("path", "methods", "upstream", "upstream_path", "content_types", "redact",
                                "engine", "confidences", "hardening", "cost", "detector_inputs", "stream"),
                   ("path",))
    r = Route()
    r.path = _str(raw["path"], where + ".path")
    _check(r.path.startswith("/") and not r.path.startswith("/_mia/"), "%s.path: must start with / and not /_mia/" % where)
    methods = raw.get("methods", ["POST"])
    _check(isinstance(methods, list) and methods and all(m in ("GET", "POST", "PUT", "PATCH", "DELETE") for m in methods),
           "%s.methods: a non-empty list of GET, POST, PUT, PATCH, DELETE" % where)
    r.methods = frozenset(methods)
    r.upstream = _upstream_url(raw["upstream"], where + ".upstream") if "upstream" in raw else default_upstream
    r.upstream_path = raw.get("upstream_path", r.path)
    _check(isinstance(r.upstream_path, str) and r.upstream_path.startswith("/"), "%s.upstream_path: must start with /" % where)
    r.stream = _bool(raw.get("stream", False), where + ".stream")
    types = raw.get("content_types", list(DEFAULT_CONTENT_TYPES + (STREAM_CONTENT_TYPES if r.stream else ())))
    _check(isinstance(types, list) and types and all(isinstance(t, str) and "/" in t for t in types),
           "%s.content_types: a non-empty list of media types" % where)
    r.content_types = frozenset(t.lower() for t in types)
    bad = sorted(t for t in r.content_types if t not in ("application/json", "text/event-stream", "text/plain"))
    _check(not bad, "%s.content_types: the filter can only inspect application/json, text/event-stream and text/plain, not %s"
           % (where, ", ".join(bad)))
    r.redact = _bool(raw.get("redact", True), where + ".redact")
    r.engine = _engine(raw["engine"], where + ".engine") if "engine" in raw else default_engine
    conf = raw.get("confidences", [])
    _check(isinstance(conf, list), "%s.confidences: must be a list of JSONPaths" % where)
    try:
        r.confidences = list(conf)
        r.confidence_paths = [jsonpath.parse(p) for p in conf]
        _check(all(r.confidence_paths), "%s.confidences: '$' alone cannot be hardened" % where)
        r.cost = raw.get("cost")
        r.cost_path = jsonpath.parse(r.cost) if r.cost is not None else None
        r.detector_inputs = raw.get("detector_inputs")
        r.detector_path = jsonpath.parse(r.detector_inputs) if r.detector_inputs is not None else None
    except ValueError as exc:
        raise ConfigError("%s: %s" % (where, exc)) from exc
    hard = raw.get("hardening", {})
    _check(isinstance(hard, dict), "%s.hardening: must map tier names (or 'default') to policies" % where)
    r.hardening = {}
    for tier, policy in hard.items():
        _check(tier == "default" or tier in tiers, "%s.hardening: unknown tier %r" % (where, tier))
        try:
            r.hardening[tier] = validate_policy(policy)
        except HardeningError as exc:
            raise ConfigError("%s.hardening.%s: %s" % (where, tier, exc)) from exc
    _check(not r.hardening or r.confidence_paths, "%s: hardening needs confidences (JSONPaths)" % where)
    _check(len(set(r.confidence_paths)) == len(r.confidence_paths),
           "%s.confidences: a path listed twice would be hardened twice" % where)
    # Confidences are found and hardened in JSON answers only: a stream or a text answer would pass them as sent.
    _check(not r.confidence_paths or (not r.stream and r.content_types == {"application/json"}),
           "%s: a route with confidences answers application/json only (no stream, no other content_types)" % where)
    return r


def validate(raw):
    """Return a Config built from the parsed YAML ``raw`` or raise ConfigError."""
    raw = _mapping(raw, "config", ("instance", "listen", "metrics_listen", "upstream", "limits", "state_dir",
                                   "audit_log", "trusted_proxies", "auth", "tiers", "budgets", "detector",
                                   "engine", "routes"), ("listen", "metrics_listen", "upstream", "state_dir", "routes"))
    c = Config()
    c.raw = raw
    c.instance = _str(raw.get("instance", "mia-output-filter"), "instance")
    c.listen = _address(raw["listen"], "listen")
    c.metrics_listen = _address(raw["metrics_listen"], "metrics_listen")
    _check(c.listen[1] != c.metrics_listen[1], "metrics_listen: needs a port of its own (not listen's)")
    up = _mapping(raw["upstream"], "upstream", ("url", "connect_timeout", "read_timeout", "pool_size"), ("url",))
    c.upstream = _upstream_url(up["url"], "upstream.url")
    c.connect_timeout = _num(up.get("connect_timeout", 2), "upstream.connect_timeout", 0.05, 300)
    c.read_timeout = _num(up.get("read_timeout", 60), "upstream.read_timeout", 0.1, 3600)
    c.pool_size = _int(up.get("pool_size", 64), "upstream.pool_size", 1, 10000)
    lim = _mapping(raw.get("limits", {}), "limits",
                   ("max_request_bytes", "max_response_bytes", "max_header_bytes", "client_timeout"))
    c.max_request_bytes = _int(lim.get("max_request_bytes", 1048576), "limits.max_request_bytes", 1024, 1 << 30)
    c.max_response_bytes = _int(lim.get("max_response_bytes", 8388608), "limits.max_response_bytes", 1024, 1 << 30)
    c.max_header_bytes = _int(lim.get("max_header_bytes", 16384), "limits.max_header_bytes", 1024, 1 << 20)
    c.client_timeout = _num(lim.get("client_timeout", 30), "limits.client_timeout", 0.1, 3600)
    c.state_dir = _str(raw["state_dir"], "state_dir")
    _check(c.state_dir.startswith("/"), "state_dir: must be an absolute path")
    c.audit_log = _str(raw.get("audit_log", "-"), "audit_log")
    _check(c.audit_log == "-" or c.audit_log.startswith("/"), "audit_log: '-' (stderr) or an absolute path")
    proxies = raw.get("trusted_proxies", ["127.0.0.1", "::1"])
    _check(isinstance(proxies, list), "trusted_proxies: must be a list of addresses or networks")
    try:
        c.trusted_proxies = [ipaddress.ip_network(p, strict=False) for p in proxies]
    except (TypeError, ValueError) as exc:
        raise ConfigError("trusted_proxies: %s" % exc) from exc

    tiers = raw.get("tiers", {}) or {}
    _check(isinstance(tiers, dict), "tiers: must be a mapping")
    c.tiers = {}
    for name, spec in tiers.items():
        _check(isinstance(name, str) and _TIER.match(name), "tiers: bad tier name %r" % (name,))
        spec = _mapping(spec or {}, "tiers.%s" % name, ("budget",))
        budget = _mapping(spec.get("budget", {}) or {}, "tiers.%s.budget" % name, tuple(BUDGET_WINDOWS))
        c.tiers[name] = {w: _int(n, "tiers.%s.budget.%s" % (name, w), 1, 10 ** 12) for w, n in budget.items()}

    auth = _mapping(raw.get("auth", {}), "auth", ("anonymous", "keys", "hash_cache_size"))
    anon = _mapping(auth.get("anonymous", {}) or {}, "auth.anonymous", ("enabled", "tier"))
    c.anonymous = _bool(anon.get("enabled", False), "auth.anonymous.enabled")
    c.anonymous_tier = _str(anon.get("tier", "anonymous"), "auth.anonymous.tier")
    _check(not c.anonymous or c.anonymous_tier in c.tiers, "auth.anonymous.tier: %r is not in tiers" % c.anonymous_tier)
    keys = auth.get("keys", []) or []
    _check(isinstance(keys, list), "auth.keys: must be a list")
    c.keys, seen = [], set()
    for i, key in enumerate(keys):
        where = "auth.keys[%d]" % i
        key = _mapping(key, where, ("id", "tier", "hash"), ("id", "tier", "hash"))
        _check(isinstance(key["id"], str) and _KEY_ID.match(key["id"]), "%s.id: 1-64 of A-Z a-z 0-9 _ . -" % where)
        _check(key["id"] not in seen, "%s.id: duplicate key id %r" % (where, key["id"]))
        seen.add(key["id"])
        _check(isinstance(key["tier"], str) and key["tier"] in c.tiers, "%s.tier: %r is not in tiers" % (where, key["tier"]))
        try:
            keyhash.parse_hash(key["hash"])
        except (TypeError, ValueError) as exc:
            raise ConfigError("%s.hash: %s (plain keys never belong in this file)" % (where, exc)) from exc
        c.keys.append(dict(key))
    c.hash_cache_size = _int(auth.get("hash_cache_size", 10000), "auth.hash_cache_size", 1, 10 ** 7)

    bud = _mapping(raw.get("budgets", {}), "budgets", ("backend", "redis_url", "key_prefix", "timeout"))
    c.budget_backend = bud.get("backend", "sqlite")
    _check(c.budget_backend in ("sqlite", "redis"), "budgets.backend: sqlite or redis")
    c.redis_url = bud.get("redis_url")
    if c.budget_backend == "redis":
        url = urllib.parse.urlsplit(_str(c.redis_url, "budgets.redis_url"))
        try:
            port_ok = url.port is None or 0 < url.port
        except ValueError:  # not a number, or beyond 65535
            port_ok = False
        _check(url.scheme == "redis" and url.hostname and port_ok and re.fullmatch(r"/?([0-9]{1,5})?", url.path),
               "budgets.redis_url: redis://[:password@]host[:port][/db] with a numeric port and database")
    c.budget_prefix = _str(bud.get("key_prefix", "mia:budget"), "budgets.key_prefix")
    c.budget_timeout = _num(bud.get("timeout", 1.0), "budgets.timeout", 0.01, 60)

    det = _mapping(raw.get("detector", {}), "detector",
                   ("enabled", "threshold", "min_samples", "window", "history", "action", "max_keys", "max_memory_mb"))
    c.detector_enabled = _bool(det.get("enabled", True), "detector.enabled")
    c.detector = {
        "threshold": _num(det.get("threshold", 0.90), "detector.threshold", 0.0, 1.0),
        "min_samples": _int(det.get("min_samples", 30), "detector.min_samples", 3, 5000),
        "window": _int(det.get("window", 200), "detector.window", 3, 5000),
        "history_size": _int(det.get("history", 500), "detector.history", 1, 100000),
        "max_keys": _int(det.get("max_keys", 1000), "detector.max_keys", 1, 1000000),
        "max_memory_mb": _int(det.get("max_memory_mb", 256), "detector.max_memory_mb", 1, 65536),
    }
    _check(c.detector["min_samples"] <= c.detector["window"], "detector.min_samples: must be <= detector.window")
    c.detector_action = det.get("action", "alert")
    _check(c.detector_action in DETECTOR_ACTIONS, "detector.action: one of %s" % ", ".join(DETECTOR_ACTIONS))

    c.engine = _engine(raw.get("engine", {}), "engine")
    routes = raw["routes"]
    _check(isinstance(routes, list) and routes, "routes: a non-empty list")
    c.routes = {}
    for i, spec in enumerate(routes):
        route = _route(spec, i, c.upstream, c.engine, c.tiers)
        _check(route.path not in c.routes, "routes[%d].path: duplicate %s" % (i, route.path))
        c.routes[route.path] = route
    return c


def load(path):
    try:
        with open(path, encoding="utf-8") as handle:
            raw = yaml.safe_load(handle)
    except OSError as exc:
        raise ConfigError("cannot read: %s" % exc.strerror) from exc
    except yaml.YAMLError as exc:
        raise ConfigError("not valid YAML: %s" % exc) from exc
    return validate(raw)
