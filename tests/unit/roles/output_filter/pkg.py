# SPDX-License-Identifier: GPL-3.0-or-later
"""Assemble the output filter package the way the role deploys it: the service code from
roles/output_filter/files plus the collection's engine and hardening copied in beside it."""
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
SRC = ROOT / "roles" / "output_filter" / "files" / "mia_output_filter"
ENGINE = ROOT / "plugins" / "module_utils" / "_mia_engine"
HARDENING = ROOT / "plugins" / "module_utils" / "_mia_hardening.py"

_BUILT = None


def build():
    """Return the directory that holds an assembled ``mia_output_filter`` package (once per process)."""
    global _BUILT  # noqa: PLW0603
    if _BUILT is None:
        base = Path(tempfile.mkdtemp(prefix="mia-output-filter-"))
        dest = base / "mia_output_filter"
        shutil.copytree(SRC, dest, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ENGINE, dest / "_mia_engine", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(HARDENING, dest / "_mia_hardening.py")
        _BUILT = base
        if str(base) not in sys.path:
            sys.path.insert(0, str(base))
    return _BUILT


def env():
    out = dict(os.environ)
    out["PYTHONPATH"] = str(build()) + os.pathsep + out.get("PYTHONPATH", "")
    return out
