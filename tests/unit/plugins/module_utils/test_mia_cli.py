# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
from __future__ import annotations

import io
import json
import os
import subprocess
import sys

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import cli

SEED = "Patient John Doe has email john.doe@example.com and SSN 123-45-6789.\n"


def run(argv, data):
    out = io.StringIO()
    rc = cli.main(argv, stdin=io.StringIO(data), stdout=out)
    return rc, out.getvalue()


def test_seed_example():
    rc, out = run([], SEED)
    assert rc == 0
    assert out == "Patient [PERSON] has email [EMAIL] and SSN [US_SSN].\n"


def test_json_and_findings():
    rc, out = run(["--json"], '{"inn": 7707083893}')
    assert json.loads(out) == {"inn": "[RU_INN]"}
    rc, out = run(["--findings"], SEED)
    assert json.loads(out) == {"EMAIL": 1, "PERSON": 1, "US_SSN": 1}


def test_protocol_uses_streaming():
    reqs = [{"op": "redact", "id": 1, "text": "a jane@example.com"},
            {"op": "chunk", "id": 2, "data": "mail ja"}, {"op": "chunk", "id": 2, "data": "ne@example.com"},
            {"op": "end", "id": 2}]
    rc, out = run(["--protocol"], "".join(json.dumps(r) + "\n" for r in reqs))
    replies = [json.loads(x) for x in out.splitlines()]
    assert replies[0] == {"text": "a [EMAIL]"}
    assert "".join(r["out"] for r in replies[1:]) == "mail [EMAIL]"


def test_config_file_and_error(tmp_path):
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"enabled_types": ["EMAIL"]}))
    rc, out = run(["--config", str(cfg)], SEED)
    assert out == "Patient John Doe has email [EMAIL] and SSN 123-45-6789.\n"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"nope": 1}))
    rc, out = run(["--config", str(bad)], SEED)
    assert rc == 2


def test_runs_as_script_path():
    path = os.path.abspath(cli.__file__)
    res = subprocess.run([sys.executable, path], input=SEED, capture_output=True, text=True, timeout=60, check=False)
    assert res.returncode == 0, res.stderr
    assert res.stdout == "Patient [PERSON] has email [EMAIL] and SSN [US_SSN].\n"
