# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""Run pii_scan and the PII filters through a real ansible-playbook (localhost, connection local).

This proves that AnsiballZ ships the engine package (with its relative imports) together with the
module, and that the filters load by FQCN from the collection path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
COLLECTIONS = os.path.join(ROOT, ".cache", "collections")
PLAYBOOK_BIN = os.path.join(os.path.dirname(sys.executable), "ansible-playbook")

EMAIL = "john.doe@example.com"
SSN = "123-45-6789"

PLAYBOOK = """
- name: PII module and filters
  hosts: localhost
  connection: local
  gather_facts: false
  vars:
    planted: "Patient John Doe has email {email} and SSN {ssn}."
  tasks:
    - name: Scan the planted tree
      mlsec.mia_defense.pii_scan:
        paths:
          - "{data}"
        max_file_size: 1K
      register: scan

    - name: Write the scan result
      ansible.builtin.copy:
        content: "{{{{ scan | ansible.builtin.to_json }}}}"
        dest: "{out}/scan.json"
        mode: "0600"

    - name: Scan in check mode
      mlsec.mia_defense.pii_scan:
        paths: "{data}"
        max_file_size: 1K
      check_mode: true
      register: scan_check

    - name: Fail on findings
      mlsec.mia_defense.pii_scan:
        paths: "{data}/notes.txt"
        fail_on_findings: true
      register: scan_fail
      ignore_errors: true

    - name: Invalid engine config
      mlsec.mia_defense.pii_scan:
        paths: "{data}"
        config:
          no_such_option_xyz: true
      register: scan_bad
      ignore_errors: true

    - name: Use the filters
      ansible.builtin.set_fact:
        redacted: "{{{{ planted | mlsec.mia_defense.redact_pii }}}}"
        redacted_data: "{{{{ {{'user': {{'mail': '{email}', 'n': 3}}}} | mlsec.mia_defense.redact_pii }}}}"
        findings: "{{{{ planted | mlsec.mia_defense.pii_findings }}}}"

    - name: Write the filter results
      ansible.builtin.copy:
        content: "{{{{ {{'redacted': redacted, 'redacted_data': redacted_data, 'findings': findings,
                     'check': scan_check, 'fail': scan_fail, 'bad': scan_bad}} | ansible.builtin.to_json }}}}"
        dest: "{out}/filters.json"
        mode: "0600"

    - name: Check the results inside the play
      ansible.builtin.assert:
        that:
          - scan is not changed
          - scan.findings_total > 0
          - scan_check is not changed
          - scan_check.findings_total == scan.findings_total
          - scan_fail is failed
          - scan_bad is failed
          - "'{email}' not in redacted"
          - "'{ssn}' not in redacted"
          - redacted_data.user.n == 3
          - findings | length >= 2

    - name: A bad filter config fails the task
      ansible.builtin.debug:
        msg: "{{{{ planted | mlsec.mia_defense.redact_pii(config={{'no_such_option_xyz': true}}) }}}}"
      register: filter_bad
      ignore_errors: true

    - name: Check the filter error
      ansible.builtin.assert:
        that:
          - filter_bad is failed
          - "'invalid config' in filter_bad.msg"
"""


@pytest.fixture(scope="module")
def playbook_run(tmp_path_factory):
    base = tmp_path_factory.mktemp("pii_playbook")
    data = base / "data"
    (data / "sub").mkdir(parents=True)
    (data / "notes.txt").write_text("Contact %s, SSN %s.\n" % (EMAIL, SSN))
    (data / "sub" / "record.json").write_text(json.dumps({"email": "jane.roe@example.org"}))
    (data / "clean.txt").write_text("Nothing personal here.\n")
    (data / "blob.bin").write_bytes(b"\x00\x01\x02" + EMAIL.encode())
    (data / "big.log").write_text("x" * 2048 + EMAIL)
    out = base / "out"
    out.mkdir()
    playbook = base / "site.yml"
    playbook.write_text(PLAYBOOK.format(email=EMAIL, ssn=SSN, data=data, out=out))

    env = dict(os.environ)
    env.update({
        "ANSIBLE_COLLECTIONS_PATH": COLLECTIONS,
        "ANSIBLE_LOCAL_TEMP": str(base / "tmp"),
        "ANSIBLE_REMOTE_TEMP": str(base / "remote_tmp"),
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_HOST_KEY_CHECKING": "False",
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        "ANSIBLE_STDOUT_CALLBACK": "ansible.builtin.default",
    })
    env.pop("ANSIBLE_CONFIG", None)
    proc = subprocess.run(
        [PLAYBOOK_BIN, "-i", "localhost,", "-e", "ansible_python_interpreter=%s" % sys.executable, str(playbook)],
        cwd=str(base), env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True,
        timeout=300, check=False,
    )
    return proc, out, data


def test_playbook_succeeds(playbook_run):
    proc = playbook_run[0]
    assert proc.returncode == 0, proc.stdout
    assert "failed=0" in proc.stdout


def test_module_result_from_real_run(playbook_run):
    proc, out, data = playbook_run
    assert proc.returncode == 0, proc.stdout
    raw = (out / "scan.json").read_text()
    assert EMAIL not in raw and SSN not in raw
    scan = json.loads(raw)
    assert sorted(os.path.relpath(f["path"], str(data)) for f in scan["files"]) == ["notes.txt", "sub/record.json"]
    reasons = {os.path.basename(s["path"]): s["reason"] for s in scan["skipped"]}
    assert reasons == {"blob.bin": "binary", "big.log": "too_large"}
    assert scan["files_scanned"] == 3


def test_filters_from_real_run(playbook_run):
    proc, out = playbook_run[:2]
    assert proc.returncode == 0, proc.stdout
    raw = (out / "filters.json").read_text()
    results = json.loads(raw)
    assert EMAIL not in results["redacted"] and SSN not in results["redacted"]
    assert results["redacted"].startswith("Patient ")
    assert results["redacted_data"]["user"]["n"] == 3
    assert EMAIL not in json.dumps(results["redacted_data"])
    assert all(set(f) == {"type", "start", "end", "score"} for f in results["findings"])
    assert EMAIL not in json.dumps(results["findings"])
    assert results["bad"]["msg"].startswith("Invalid PII engine config")
    assert EMAIL not in json.dumps(results["fail"])
