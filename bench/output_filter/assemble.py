"""Assemble the output filter package the way the role deploys it: the archive the role's pack_service.py builds
(the service code with the collection's engine and hardening inside it), unpacked (one place for the benchmark,
leak_check.py and the unit tests).

    python3 bench/output_filter/assemble.py DEST     # writes DEST/mia_output_filter; DEST goes on PYTHONPATH
"""
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "roles" / "output_filter" / "files"
sys.path.insert(0, str(FILES))
from pack_service import pack  # noqa: E402


def assemble(dest):
    """Write ``dest``/mia_output_filter (``dest`` may exist; the package may not); return ``dest`` as a Path."""
    if (Path(dest) / "mia_output_filter").exists():
        raise FileExistsError(Path(dest) / "mia_output_filter")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "package.tar.gz"
        pack(str(archive), str(FILES / "mia_output_filter"), str(ROOT / "plugins" / "module_utils"))
        with tarfile.open(archive) as tar:
            # the extraction filters came with security updates of 3.8 - 3.11; without them, the archive is our own
            tar.extractall(dest, **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    return Path(dest)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: assemble.py DEST")
    assemble(sys.argv[1])
