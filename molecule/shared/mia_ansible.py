"""Run a playbook against the scenario's own instances from a verifier.

Verifiers use it to prove what a second run does (a rejected configuration, a changed limit),
through the same inventory and collection path Molecule used for converge.
"""
import json
import os
import subprocess
import tempfile

import yaml


def run_playbook(plays, extra_vars=None):
    """Run `plays` (a list of plays as Python data); return (returncode, combined output)."""
    project = os.environ["MOLECULE_PROJECT_DIRECTORY"]
    env = dict(os.environ)
    env.update(
        ANSIBLE_COLLECTIONS_PATH=os.path.join(project, ".cache", "collections"),
        ANSIBLE_PIPELINING="true",
        ANSIBLE_FORCE_COLOR="false",
        ANSIBLE_STDOUT_CALLBACK="default",
        ANSIBLE_CALLBACK_RESULT_FORMAT="yaml",
    )
    with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as handle:
        yaml.safe_dump(plays, handle)
    cmd = ["ansible-playbook", "-i", os.environ["MOLECULE_INVENTORY_FILE"], handle.name]
    if extra_vars:
        cmd += ["-e", json.dumps(extra_vars)]
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, check=False)
    finally:
        os.unlink(handle.name)
    return proc.returncode, proc.stdout + proc.stderr


def role_play(role, role_vars=None):
    return [{"name": "Apply " + role, "hosts": "all", "gather_facts": False,
             "roles": [{"role": "mlsec.mia_defense." + role, "vars": role_vars or {}}]}]
