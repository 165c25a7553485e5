"""Assemble the output filter package the way the role deploys it: the service code from roles/output_filter/files,
with the collection's engine and hardening copied in beside it (one place for the benchmark, leak_check.py and the
unit tests).

    python3 bench/output_filter/assemble.py DEST     # writes DEST/mia_output_filter; DEST goes on PYTHONPATH
"""
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_SKIP = shutil.ignore_patterns("__pycache__")


def assemble(dest):
    """Write ``dest``/mia_output_filter (``dest`` may exist; the package may not); return ``dest`` as a Path."""
    pkg = Path(dest) / "mia_output_filter"
    shutil.copytree(ROOT / "roles" / "output_filter" / "files" / "mia_output_filter", pkg, ignore=_SKIP)
    shutil.copytree(ROOT / "plugins" / "module_utils" / "_mia_engine", pkg / "_mia_engine", ignore=_SKIP)
    shutil.copy(ROOT / "plugins" / "module_utils" / "_mia_hardening.py", pkg / "_mia_hardening.py")
    return Path(dest)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: assemble.py DEST")
    assemble(sys.argv[1])
