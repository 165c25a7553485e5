# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

"""The redact_pii stdout callback, tested through real ansible-playbook runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ansible.errors import AnsibleError

from ansible_collections.mlsec.mia_defense.plugins.callback import redact_pii as cb

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))))
COLLECTIONS = os.path.join(ROOT, ".cache", "collections")
PLAYBOOK_BIN = os.path.join(os.path.dirname(sys.executable), "ansible-playbook")

EMAIL = "john.doe@example.com"
SSN = "123-45-6789"
EMAIL2 = "jane.roe@example.org"
EMAIL3 = "mary.major@example.net"
EMAIL4 = "li.wei@example.com"
PLANTED = (EMAIL, SSN, EMAIL2, EMAIL3, EMAIL4)

PLAYBOOK = """
- name: Leaky play
  hosts: localhost
  connection: local
  gather_facts: false
  vars:
    user:
      email: "{email}"
      ssn: "{ssn}"
  tasks:
    - name: Print a record
      ansible.builtin.debug:
        msg: "Patient John Doe has email {{{{ user.email }}}} and SSN {{{{ user.ssn }}}}."

    - name: Register command output
      ansible.builtin.command:
        cmd: "echo contact {{{{ user.email }}}}"
      register: echoed
      changed_when: false

    - name: Show registered output
      ansible.builtin.debug:
        var: echoed.stdout

    - name: Loop over items
      ansible.builtin.debug:
        msg: "item seen"
      loop:
        - "{email2}"

    - name: Mail {{{{ user.email }}}} in a task name
      ansible.builtin.debug:
        msg: banner

    - name: Failing task
      ansible.builtin.fail:
        msg: "cannot reach {{{{ user.email }}}}"
      ignore_errors: true

    - name: Error whose source context quotes the playbook
      ansible.builtin.debug:
        msg: hi
      when: "'{{{{ '{email3}' }}}}' != ''"
      ignore_errors: true

    - name: Warning that quotes a value
      ansible.builtin.debug:
        msg: "{{{{ lookup('ansible.builtin.file', '/nonexistent/{email4}', errors='warn') }}}}"

    - name: Clean output stays intact
      ansible.builtin.debug:
        msg: "order 7f9c2a1e-0b3d-4c55-9a7e-2f1d3c4b5a69 at 2024-03-05T10:22:31Z"
"""


def run_playbook(tmp_path, callback, extra_env=None):
    playbook = tmp_path / "leaky.yml"
    playbook.write_text(PLAYBOOK.format(email=EMAIL, ssn=SSN, email2=EMAIL2, email3=EMAIL3, email4=EMAIL4))
    log = tmp_path / "ansible.log"
    env = dict(os.environ)
    env.update({
        "ANSIBLE_COLLECTIONS_PATH": COLLECTIONS,
        "ANSIBLE_LOCAL_TEMP": str(tmp_path / "tmp"),
        "ANSIBLE_REMOTE_TEMP": str(tmp_path / "remote_tmp"),
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        "ANSIBLE_STDOUT_CALLBACK": callback,
        "ANSIBLE_LOG_PATH": str(log),
    })
    env.pop("ANSIBLE_CONFIG", None)
    env.update(extra_env or {})
    proc = subprocess.run(
        [PLAYBOOK_BIN, "-i", "localhost,", "-e", "ansible_python_interpreter=%s" % sys.executable, str(playbook)],
        cwd=str(tmp_path), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True,
        timeout=300, check=False,
    )
    log_text = log.read_text() if log.exists() else ""
    return proc, log_text


def test_default_callback_leaks(tmp_path):
    """Control: without the callback the planted values are displayed (so the test below means something)."""
    proc, log = run_playbook(tmp_path, "ansible.builtin.default")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for value in PLANTED:
        assert value in proc.stdout + proc.stderr
    assert EMAIL4 in proc.stderr  # the warning
    assert EMAIL in log


def test_redact_pii_callback_hides_values(tmp_path):
    proc, log = run_playbook(tmp_path, "mlsec.mia_defense.redact_pii")
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    for value in PLANTED:
        assert value not in output, "%s leaked to the terminal:\n%s" % (value, output)
        assert value not in log, "%s leaked to the log file" % value
    # the play still reports normally
    assert "TASK [Print a record]" in output
    assert "PLAY RECAP" in output
    assert "ok=" in output and "failed=0" in output and "ignored=2" in output
    assert "Patient " in output and " has email [" in output
    assert "Template delimiters are not supported" in output  # the error itself is still shown
    assert "[WARNING]: An error occurred while running the lookup plugin" in proc.stderr
    assert "7f9c2a1e-0b3d-4c55-9a7e-2f1d3c4b5a69" in output
    assert "2024-03-05T10:22:31Z" in output
    assert log, "the log file was written"


def test_redact_results_only(tmp_path):
    proc, dummy_log = run_playbook(tmp_path, "mlsec.mia_defense.redact_pii",
                                   {"ANSIBLE_REDACT_PII_ALL_OUTPUT": "false"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    result_lines = [line for line in proc.stdout.splitlines() if "=>" in line or '"msg"' in line]
    assert result_lines
    for value in (SSN, EMAIL2):
        assert value not in "\n".join(result_lines)
    # errors are displayed by Display, not as results: shown as they are in this mode
    assert EMAIL3 in proc.stdout + proc.stderr
    assert EMAIL4 in proc.stderr  # so are warnings
    # the templated task name is not a result: without redact_all_output it is shown as is
    assert "TASK [Mail %s in a task name]" % EMAIL in proc.stdout


def test_config_file(tmp_path):
    config = tmp_path / "pii.yml"
    config.write_text("no_such_option_xyz: true\n")
    proc, dummy_log = run_playbook(tmp_path, "mlsec.mia_defense.redact_pii", {"ANSIBLE_REDACT_PII_CONFIG": str(config)})
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "invalid PII engine config" in output
    for value in PLANTED:
        assert value not in output


def test_missing_config_file(tmp_path):
    proc, dummy_log = run_playbook(tmp_path, "mlsec.mia_defense.redact_pii",
                                   {"ANSIBLE_REDACT_PII_CONFIG": str(tmp_path / "missing.yml")})
    assert proc.returncode != 0
    assert "cannot read config_file" in proc.stdout + proc.stderr


# ---- unit level --------------------------------------------------------------------------------

class _Broken(object):
    def redact(self, text):
        raise RuntimeError("boom")

    def redact_data(self, obj):
        raise RuntimeError("boom")


def test_redactor_fails_closed():
    redactor = cb._Redactor(_Broken())
    assert redactor.text("mail " + EMAIL) == cb.WITHHELD
    assert redactor.data({"msg": EMAIL}) == {"msg": cb.WITHHELD}
    assert redactor.text("") == ""


@pytest.mark.parametrize("content, expected", [
    ('{"operator": "mask"}', {"operator": "mask"}),
    ("operator: mask\n", {"operator": "mask"}),
    ("", None),
])
def test_load_config(tmp_path, content, expected):
    path = tmp_path / "c.yml"
    path.write_text(content)
    assert cb._load_config(str(path)) == expected
    assert cb._load_config(None) is None


def test_load_config_rejects_non_dict(tmp_path):
    path = tmp_path / "c.yml"
    path.write_text("- a\n- b\n")
    with pytest.raises(AnsibleError, match="must contain a dictionary"):
        cb._load_config(str(path))
