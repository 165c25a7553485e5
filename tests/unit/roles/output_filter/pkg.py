# SPDX-License-Identifier: GPL-3.0-or-later
"""The output filter package assembled the way the role deploys it (bench/output_filter/assemble.py), once per test
process, on the path."""
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT / "bench" / "output_filter"))
from assemble import assemble  # noqa: E402  (bench/output_filter: shared with the benchmark and leak_check.py)

_BUILT = None


def build():
    """Return the directory that holds an assembled ``mia_output_filter`` package (once per process)."""
    global _BUILT  # noqa: PLW0603
    if _BUILT is None:
        base = assemble(tempfile.mkdtemp(prefix="mia-output-filter-"))
        _BUILT = base
        if str(base) not in sys.path:
            sys.path.insert(0, str(base))
    return _BUILT


def env():
    out = dict(os.environ)
    out["PYTHONPATH"] = str(build()) + os.pathsep + out.get("PYTHONPATH", "")
    return out
