# -*- coding: utf-8 -*-
# Copyright (c) mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Secrets in labelled rows: a key-value table's password row (no column header), a label naming what happened to the
secret ("Secret exposé :"), markdown emphasis around the colon, dot leaders, and ``curl -u`` on a continued line; and a
test report's "pass" column, which holds no password."""
from __future__ import annotations

import pytest

from ansible_collections.mlsec.mia_defense.tests.unit.plugins.module_utils.mia_helpers import ENGINE


def _secrets(text):
    return [text[f.start:f.end] for f in ENGINE.analyze(text) if f.type == "API_KEY"]


KV_TABLE = ("| # | Feld | Wert |\n|---|---|---|\n| 2 | Summe | 913-14-7756-4 |\n| 3 | Passwort | Kq5V~pN*ze#QTx |\n"
            "| 4 | Quell-IP | 93.126.140.186 |\n")
REPORT = ("| Item | Result | Comment |\n|---|---|---|\n| Greeting & name | pass | Introduced self and company |\n"
          "| Verification | FAIL | Skipped DOB |\n| Resolution | pass | Confirmation number repeated back in full |\n")


@pytest.mark.parametrize("text, secret", [
    (KV_TABLE, "Kq5V~pN*ze#QTx"),
    ("- **Secret exposé :** Txe%cso8hGZg36\n", "Txe%cso8hGZg36"),
    ("Secret exposé: Txe%cso8hGZg36", "Txe%cso8hGZg36"),
    ("**Mot de passe provisoire :** Falcon-1920*f", "Falcon-1920*f"),
    ("Identifiant ........... a.b@example.org\nMot de passe provisoire ....... Falcon-1920*f\n", "Falcon-1920*f"),
    ("curl -sS -X POST https://api.example/v2/leads \\\n  -u 'svc-export:9w5dU6SmweRR4rOYNhTImTEfnz4Vlnyh' \\\n"
     "  -H 'Content-Type: application/json'", "9w5dU6SmweRR4rOYNhTImTEfnz4Vlnyh"),
    # in single quotes the shell reads no variable: a password may start with "$"
    ("curl -u 'svc-export:$glc%GxMghhqSIqmVI' http://10.20.0.5:8080/ingest", "$glc%GxMghhqSIqmVI"),
])
def test_labelled_secret_found(text, secret):
    assert secret in _secrets(text), ENGINE.analyze(text)


def test_password_row_is_no_column_header():
    # the cell under "Passwort" in the next row is another label, not a password
    assert _secrets(KV_TABLE) == ["Kq5V~pN*ze#QTx"]


@pytest.mark.parametrize("text", [
    REPORT,
    "curl -u 'admin:$PASS' https://x.example",          # a variable's name
    'curl -u "admin:$PASS" https://x.example',
    "curl -u 'admin:<token>' https://x.example",        # a placeholder
    "The secret found in the logs was rotated.",
])
def test_no_secret(text):
    assert _secrets(text) == [], ENGINE.analyze(text)


SCAN_REPORT = ('{"findings": [{"ruleId": "generic-secret", "match": "dtnlcXlpqZ+fgqGb/VzgJbEOBEQGmf/P5ZLpOwwj", '
               '"file": "config/prod.env"}, {"detector": "password", "match": "cobalt-copper-fjord15", "file": ".env"}, '
               '{"rule": "url", "match": "https://x.example/a1"}, {"ruleId": "generic-secret", "match": "REDACTEDVALUE"}]}')


def test_secret_scanner_findings():
    # the matched text of a rule that names a secret; another rule's match and a masked value keep
    assert _secrets(SCAN_REPORT) == ["dtnlcXlpqZ+fgqGb/VzgJbEOBEQGmf/P5ZLpOwwj", "cobalt-copper-fjord15"]
