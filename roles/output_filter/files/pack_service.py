# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Pack the output filter's Python package into one gzip tar, on the controller.

    python3 pack_service.py ARCHIVE SERVICE_DIR MODULE_UTILS_DIR   (prints the package's content digest)

The package is the role's service code (SERVICE_DIR/*.py) with the collection's PII engine
(MODULE_UTILS_DIR/_mia_engine/*.py) and confidence hardening (MODULE_UTILS_DIR/_mia_hardening.py)
inside it. One archive is one transfer where a copy per file cost a remote round trip each.
Members carry fixed owners and modes and a time derived from their contents, so the unpacked
tree compares equal from run to run (and from one checkout of the collection to the next) unless
a file's contents change; and then its time changes too: Python takes a cached ``.pyc`` as
current when the source's time and size match, so one fixed time for every version would run
stale bytecode after any edit that keeps a file's size.
"""
import glob
import hashlib
import io
import os
import sys
import tarfile
import zlib

PACKAGE = "mia_output_filter"
# 1980-01-01: the earliest time a zip (wheel) can hold, the usual fixed time of reproducible packages
FIXED_MTIME = 315532800


def members(service_dir, module_utils):
    """(name in the archive, source path or None for a directory), parents before children."""
    out = [(PACKAGE, None), (PACKAGE + "/_mia_engine", None)]
    out += [(PACKAGE + "/" + os.path.basename(p), p) for p in glob.glob(os.path.join(service_dir, "*.py"))]
    out += [(PACKAGE + "/_mia_engine/" + os.path.basename(p), p)
            for p in glob.glob(os.path.join(module_utils, "_mia_engine", "*.py"))]
    out.append((PACKAGE + "/_mia_hardening.py", os.path.join(module_utils, "_mia_hardening.py")))
    return sorted(out)


def pack(archive, service_dir, module_utils):
    """Write the archive; return a digest of the package's names and contents (what it runs)."""
    entries = members(service_dir, module_utils)
    digest = hashlib.sha256()
    missing = [src for name, src in entries if src is not None and not os.path.isfile(src)]
    if missing or not any(name == PACKAGE + "/__main__.py" for name, src in entries):
        raise SystemExit("pack_service: incomplete sources (missing: %s)" % (", ".join(missing) or PACKAGE + "/__main__.py"))
    with tarfile.open(archive, "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for name, src in entries:
            info = tarfile.TarInfo(name)
            info.mtime = FIXED_MTIME
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            if src is None:
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
                continue
            with open(src, "rb") as fh:
                data = fh.read()
            digest.update(b"%s\0%d\0" % (name.encode(), len(data)) + data)
            info.mode = 0o644
            info.size = len(data)
            info.mtime = FIXED_MTIME + zlib.crc32(data) % 100_000_000  # within 1980-1983: never "in the future"
            tar.addfile(info, io.BytesIO(data))
    return digest.hexdigest()


def main(argv):
    if len(argv) != 4:
        raise SystemExit("usage: pack_service.py ARCHIVE SERVICE_DIR MODULE_UTILS_DIR")
    print(pack(*argv[1:]))


if __name__ == "__main__":
    main(sys.argv)
