# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""pack_service.py, which the role runs on the controller: the archive holds the service code with the collection's
engine and hardening inside the package, and its members are the same from one checkout to the next unless a
file's contents change (the role's unarchive compares them, so a fresh checkout must not restart the service)."""
from __future__ import annotations

import os
import shutil
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FILES = ROOT / "roles" / "output_filter" / "files"
sys.path.insert(0, str(FILES))
from pack_service import pack  # noqa: E402


def _checkout(tmp_path, name):
    """A copy of the sources the role packs, with new file times (as a fresh clone has)."""
    base = tmp_path / name
    shutil.copytree(FILES / "mia_output_filter", base / "service", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "plugins" / "module_utils", base / "module_utils", ignore=shutil.ignore_patterns("__pycache__"))
    for path in base.rglob("*.py"):
        os.utime(path, (1_700_000_000 + len(name), 1_700_000_000 + len(name)))
    return base


def _members(archive):
    with tarfile.open(archive) as tar:
        return [(m.name, m.type, m.mode, m.uid, m.gid, m.uname, m.gname, m.mtime, m.size,
                 tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()]


def test_the_package_holds_the_service_the_engine_and_the_hardening(tmp_path):
    src = _checkout(tmp_path, "a")
    pack(str(tmp_path / "p.tar.gz"), str(src / "service"), str(src / "module_utils"))
    names = {m[0] for m in _members(tmp_path / "p.tar.gz")}
    expected = {"mia_output_filter", "mia_output_filter/_mia_engine", "mia_output_filter/_mia_hardening.py"}
    expected |= {"mia_output_filter/" + p.name for p in (src / "service").glob("*.py")}
    expected |= {"mia_output_filter/_mia_engine/" + p.name for p in (src / "module_utils" / "_mia_engine").glob("*.py")}
    assert names == expected
    # the lineage helpers of other roles stay out of the service
    assert not any("lineage" in n for n in names)
    with tarfile.open(tmp_path / "p.tar.gz") as tar:
        engine = tar.extractfile("mia_output_filter/_mia_engine/engine.py").read()
    assert engine == (ROOT / "plugins" / "module_utils" / "_mia_engine" / "engine.py").read_bytes()


def test_two_checkouts_pack_the_same_members_until_a_file_changes(tmp_path):
    first, second = _checkout(tmp_path, "first"), _checkout(tmp_path, "second-clone")
    pack(str(tmp_path / "1.tar.gz"), str(first / "service"), str(first / "module_utils"))
    pack(str(tmp_path / "2.tar.gz"), str(second / "service"), str(second / "module_utils"))
    members = _members(tmp_path / "1.tar.gz")
    assert members == _members(tmp_path / "2.tar.gz")
    assert {(m[2], m[3], m[5]) for m in members if m[1] == tarfile.REGTYPE} == {(0o644, 0, "root")}
    assert {(m[2], m[3]) for m in members if m[1] == tarfile.DIRTYPE} == {(0o755, 0)}

    engine = second / "module_utils" / "_mia_engine" / "engine.py"
    engine.write_bytes(engine.read_bytes() + b"\n")
    pack(str(tmp_path / "3.tar.gz"), str(second / "service"), str(second / "module_utils"))
    changed = [a[0] for a, b in zip(members, _members(tmp_path / "3.tar.gz")) if a != b]
    assert changed == ["mia_output_filter/_mia_engine/engine.py"]


@pytest.mark.parametrize("remove", ["service/__main__.py", "module_utils/_mia_hardening.py"])
def test_incomplete_sources_are_refused_and_no_archive_is_written(tmp_path, remove):
    src = _checkout(tmp_path, "a")
    (src / remove).unlink()
    with pytest.raises(SystemExit, match="incomplete sources"):
        pack(str(tmp_path / "p.tar.gz"), str(src / "service"), str(src / "module_utils"))
    assert not (tmp_path / "p.tar.gz").exists()


def test_a_changed_file_of_the_same_size_gets_a_new_time(tmp_path):
    # Python reuses a .pyc whose source time and size match: an edit keeping the size must move the time.
    src = _checkout(tmp_path, "a")
    digest = pack(str(tmp_path / "1.tar.gz"), str(src / "service"), str(src / "module_utils"))
    assert digest == pack(str(tmp_path / "0.tar.gz"), str(src / "service"), str(src / "module_utils"))
    config = src / "service" / "config.py"
    text = config.read_text()
    config.write_text(text.replace("{0,31}", "{0,63}", 1))
    assert config.stat().st_size == len(text.encode())
    assert pack(str(tmp_path / "2.tar.gz"), str(src / "service"), str(src / "module_utils")) != digest  # what it runs
    before = {m[0]: m[7] for m in _members(tmp_path / "1.tar.gz")}
    after = {m[0]: m[7] for m in _members(tmp_path / "2.tar.gz")}
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"mia_output_filter/config.py"}
