# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Command line front-end of the PII engine (PRIVATE to the collection).

    echo 'Patient John Doe has email john.doe@example.com and SSN 123-45-6789.' | python cli.py
    python cli.py --json < response.json
    python cli.py --findings < notes.txt          # {"EMAIL": 2, ...} - never the values
    python cli.py --protocol                      # score.py --cmd JSON-lines protocol

Runnable as a file path (``python plugins/module_utils/_mia_engine/cli.py``) or as a module.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

if __package__ in (None, ""):
    # executed as a script: make the package importable under a private name
    _here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(_here))
    __package__ = os.path.basename(_here)  # noqa: A001
    import importlib
    importlib.import_module(__package__)

from .engine import Engine  # noqa: E402
from .results import EngineConfigError  # noqa: E402


def _load_config(path):
    with open(path, "r", encoding="utf-8") as fh:
        raw = fh.read()
    try:
        return json.loads(raw)
    except ValueError:
        pass
    try:
        import yaml  # optional
    except ImportError as exc:
        raise EngineConfigError("--config %s: not valid JSON and PyYAML is not installed" % path) from exc
    return yaml.safe_load(raw) or {}


def _protocol(engine, stdin, stdout):
    streams = {}
    for line in stdin:
        line = line.strip()
        if not line:
            continue
        try:
            msg = json.loads(line)
            op = msg.get("op")
            if op == "redact":
                reply = {"text": engine.redact(msg.get("text", ""))}
            elif op == "chunk":
                sid = msg.get("id")
                st = streams.get(sid)
                if st is None:
                    st = streams[sid] = engine.stream()
                reply = {"out": st.feed(msg.get("data", ""))}
            elif op == "end":
                st = streams.pop(msg.get("id"), None)
                reply = {"out": st.flush() if st is not None else ""}
            else:
                reply = {"error": "unknown op"}
        except (ValueError, TypeError, AttributeError) as exc:
            reply = {"error": str(exc)}
        stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        stdout.flush()
    return 0


def main(argv=None, stdin=None, stdout=None):
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    ap = argparse.ArgumentParser(prog="mia-redact", description="Redact PII from stdin to stdout.")
    ap.add_argument("--json", action="store_true", help="treat input as JSON (output stays valid JSON)")
    ap.add_argument("--config", help="engine configuration file (JSON, or YAML if PyYAML is available)")
    ap.add_argument("--findings", action="store_true", help="print a {TYPE: count} summary instead")
    ap.add_argument("--protocol", action="store_true", help="speak the score.py --cmd JSON-lines protocol")
    args = ap.parse_args(argv)
    try:
        engine = Engine(_load_config(args.config) if args.config else None)
    except (EngineConfigError, OSError) as exc:
        sys.stderr.write("mia-redact: %s\n" % exc)
        return 2
    if args.protocol:
        return _protocol(engine, stdin, stdout)
    data = stdin.read()
    if args.findings:
        target = data
        if args.json:
            try:
                target = json.loads(data)
            except ValueError:
                target = data
        stdout.write(json.dumps(engine.findings_summary(target), sort_keys=True) + "\n")
        return 0
    if args.json:
        stdout.write(engine.redact_json(data))
    else:
        stdout.write(engine.redact(data))
    stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
