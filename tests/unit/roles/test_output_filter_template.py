# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The output filter's configuration template, rendered by real Ansible from the role's defaults and
checked by the service's own --check-config."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from output_filter import pkg

ROOT = Path(__file__).resolve().parents[3]
ROLE = ROOT / "roles" / "output_filter"
PLAYBOOK = """
- hosts: localhost
  connection: local
  gather_facts: false
  vars_files: [{role}/defaults/main.yml, {role}/vars/main.yml, vault.yml]
  tasks:
    - ansible.builtin.template:
        src: {role}/templates/config.yml.j2
        dest: {out}/config.yml
        mode: "0600"
"""


def test_vaulted_values_and_float_timeouts_render_as_the_service_reads_them(tmp_path):
    (tmp_path / "pw").write_text("test-vault-password\n")
    env = dict(os.environ, ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_PYTHON_INTERPRETER=sys.executable,
               ANSIBLE_VAULT_PASSWORD_FILE=str(tmp_path / "pw"), ANSIBLE_FORCE_COLOR="false")
    bindir = Path(sys.executable).parent
    vaulted = subprocess.run([str(bindir / "ansible-vault"), "encrypt_string", "redis://:s3cret@127.0.0.1:6390/0",
                              "--name", "vault_redis_url"], capture_output=True, text=True, env=env, check=True).stdout
    (tmp_path / "vault.yml").write_text(vaulted)
    (tmp_path / "render.yml").write_text(PLAYBOOK.format(role=ROLE, out=tmp_path))
    extra = ["-e", "output_filter_budget_backend=redis", "-e", "output_filter_redis_url={{ vault_redis_url }}",
             "-e", "output_filter_upstream_connect_timeout=0.5", "-e", "output_filter_upstream_read_timeout=120",
             "-e", "output_filter_state_dir=%s" % tmp_path, "-e", "output_filter_log_dir=%s" % tmp_path]
    proc = subprocess.run([str(bindir / "ansible-playbook"), "-i", "localhost,", str(tmp_path / "render.yml")] + extra,
                          capture_output=True, text=True, env=env, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    config = yaml.safe_load((tmp_path / "config.yml").read_text())
    assert config["budgets"]["redis_url"] == "redis://:s3cret@127.0.0.1:6390/0"  # not the !vault ciphertext
    assert (config["upstream"]["connect_timeout"], config["upstream"]["read_timeout"]) == (0.5, 120.0)
    check = subprocess.run([sys.executable, "-m", "mia_output_filter", "check-config", "--config", str(tmp_path / "config.yml")],
                           env=pkg.env(), capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
