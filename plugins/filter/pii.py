# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

# The filters redact_pii and pii_findings are documented in redact_pii.yml and pii_findings.yml
# next to this file (one documentation file per filter, as for community.general's hashids).

from __future__ import annotations

import json
from collections.abc import Mapping

from ansible.errors import AnsibleFilterError

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, EngineConfigError

_ENGINE_CACHE = {}
_ENGINE_CACHE_SIZE = 8


def _config_key(config):
    try:
        return json.dumps(config, sort_keys=True, default=str)
    except (TypeError, ValueError) as e:
        raise AnsibleFilterError("config must be a dictionary of plain data: %s" % e) from e


def _engine(config, filter_name):
    """Return a cached Engine for this config; EngineConfigError becomes AnsibleFilterError."""
    if config is not None and not isinstance(config, Mapping):
        raise AnsibleFilterError("%s: config must be a dictionary, got %s" % (filter_name, type(config).__name__))
    key = _config_key(config)
    engine = _ENGINE_CACHE.get(key)
    if engine is None:
        try:
            engine = Engine(config=dict(config) if config is not None else None)
        except EngineConfigError as e:
            raise AnsibleFilterError("%s: invalid config: %s" % (filter_name, e)) from e
        if len(_ENGINE_CACHE) >= _ENGINE_CACHE_SIZE:
            _ENGINE_CACHE.pop(next(iter(_ENGINE_CACHE)))
        _ENGINE_CACHE[key] = engine
    return engine


def _plain(value):
    """Copy templated data (possibly tagged str/dict/list subclasses) into plain containers."""
    if isinstance(value, str):
        return str(value)
    if isinstance(value, Mapping):
        return dict((_plain(k), _plain(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _finding(finding, path=None):
    entry = {
        "type": finding.type,
        "start": int(finding.start),
        "end": int(finding.end),
        "score": float(finding.score),
    }
    if path is not None:
        entry["path"] = list(path)
    return entry


def redact_pii(data, config=None):
    """Redact PII from a string or from every string in nested data (keys included)."""
    engine = _engine(config, "redact_pii")
    try:
        if isinstance(data, str):
            return engine.redact(str(data))
        return engine.redact_data(_plain(data))
    except EngineConfigError as e:
        raise AnsibleFilterError("redact_pii: invalid config: %s" % e) from e


def _walk(value, path, key=None):
    """Yield (path, text, key) for every string and number; key is the nearest dict key."""
    if isinstance(value, str):
        yield path, value, key
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, (int, float)):
        yield path, repr(value) if isinstance(value, float) else str(value), key
    elif isinstance(value, Mapping):
        for name, item in value.items():
            yield from _walk(item, path + [name], name if isinstance(name, str) else None)
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            yield from _walk(item, path + [index], key)


def _analyze_with_key(engine, text, key):
    """Analyze a value in the context of its dict key, as the engine's redact_data() does."""
    if key is None:
        return engine.analyze(text)
    prefix = '"%s": "' % key
    full = prefix + text + '"'
    shift = len(prefix)
    return [
        f._replace(start=f.start - shift, end=f.end - shift)
        for f in engine.analyze(full)
        if f.start >= shift and f.end <= len(full) - 1
    ]


def pii_findings(data, config=None):
    """List PII findings as {type, start, end, score} (plus path for nested data), never the values."""
    engine = _engine(config, "pii_findings")
    try:
        if isinstance(data, str):
            return [_finding(f) for f in engine.analyze(str(data))]
        if not isinstance(data, (Mapping, list, tuple)):
            raise AnsibleFilterError(
                "pii_findings: input must be a string, a list or a dictionary, got %s" % type(data).__name__
            )
        findings = []
        for path, text, key in _walk(_plain(data), []):
            findings.extend(_finding(f, path) for f in _analyze_with_key(engine, text, key))
        return findings
    except EngineConfigError as e:
        raise AnsibleFilterError("pii_findings: invalid config: %s" % e) from e


class FilterModule:

    def filters(self):
        return {
            "redact_pii": redact_pii,
            "pii_findings": pii_findings,
        }
