# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

import builtins
import json
import os

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.mlsec.mia_defense.plugins.modules import pii_scan

EMAIL = "john.doe@example.com"
EMAIL2 = "jane.roe@example.org"
SSN = "123-45-6789"
PLANTED = (EMAIL, EMAIL2, SSN)


@pytest.fixture
def tree(tmp_path):
    """A directory with planted PII, a clean file, a binary, an oversized and an unreadable file."""
    root = tmp_path / "data"
    (root / "sub").mkdir(parents=True)
    (root / "notes.txt").write_text("Contact %s, SSN %s.\n" % (EMAIL, SSN))
    (root / "sub" / "record.json").write_text(json.dumps({"email": EMAIL2, "note": "call back"}))
    (root / "clean.txt").write_text("Nothing personal. Build 2024-03-05T10:22:31Z, order 7f9c2a1e.\n")
    (root / "blob.bin").write_bytes(b"\x7fELF\x00\x01\x02 " + EMAIL.encode())
    (root / "big.log").write_text(("filler line\n" * 200) + EMAIL + "\n")  # > 1K
    (root / "secret.txt").write_text("mail %s\n" % EMAIL)
    (root / "skip.me").write_text("mail %s\n" % EMAIL2)
    os.symlink(str(root / "notes.txt"), str(root / "link.txt"))
    os.mkfifo(str(root / "pipe"))
    return root


@pytest.fixture
def unreadable(tree, monkeypatch):
    """Make secret.txt unreadable, also when the tests run as root (chmod does not stop root)."""
    target = str(tree / "secret.txt")
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if str(file) == target:
            raise PermissionError(13, "Permission denied", target)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    return target


def run(args, capsys):
    with patch_module_args(args):
        with pytest.raises(SystemExit) as exc:
            pii_scan.main()
    out = capsys.readouterr().out
    result = json.loads(out)
    for value in PLANTED:
        assert value not in out, "a matched value leaked into the module result"
    return exc.value.code, result


def skipped(result):
    return {os.path.basename(s["path"]): s["reason"] for s in result["skipped"]}


def files(result, root):
    return {os.path.relpath(f["path"], str(root)): f for f in result["files"]}


def test_scan_directory(tree, unreadable, capsys):
    code, result = run({"paths": [str(tree)], "max_file_size": "1K"}, capsys)
    assert code == 0
    assert result["changed"] is False
    assert "failed" not in result
    found = files(result, tree)
    assert set(found) == {"notes.txt", "sub/record.json", "skip.me"}
    assert found["notes.txt"]["total"] == sum(found["notes.txt"]["counts"].values()) >= 2
    assert found["sub/record.json"]["total"] >= 1
    assert sum(result["counts"].values()) == result["findings_total"]
    assert result["findings_total"] == sum(f["total"] for f in result["files"])
    assert skipped(result) == {
        "blob.bin": "binary",
        "big.log": "too_large",
        "secret.txt": "unreadable",
        "link.txt": "symlink",
        "pipe": "not_regular_file",
    }
    detail = [s for s in result["skipped"] if s["reason"] == "unreadable"][0]["detail"]
    assert detail == "Permission denied"
    # notes.txt, record.json, clean.txt, skip.me
    assert result["files_scanned"] == 4
    sizes = sum(os.path.getsize(str(tree / p)) for p in ("notes.txt", "sub/record.json", "clean.txt", "skip.me"))
    assert result["bytes_scanned"] == sizes


def test_counts_by_type(tree, capsys):
    code, result = run({"paths": [str(tree / "notes.txt")]}, capsys)
    assert code == 0
    assert result["files_scanned"] == 1
    assert len(result["counts"]) >= 2  # an e-mail type and an SSN type
    assert result["files"][0]["counts"] == result["counts"]


def test_include_exclude_and_no_recurse(tree, capsys):
    code, result = run({"paths": [str(tree)], "include": ["*.txt", "*.json"], "exclude": ["sub", "secret.*"],
                        "max_file_size": 1024}, capsys)
    assert code == 0
    assert set(files(result, tree)) == {"notes.txt"}
    assert result["files_scanned"] == 2  # notes.txt, clean.txt
    assert "secret.txt" not in skipped(result)

    code, result = run({"paths": [str(tree)], "recurse": False, "include": ["*.json", "notes.txt"]}, capsys)
    assert set(files(result, tree)) == {"notes.txt"}


def test_follow_symlinks_does_not_double_count(tree, capsys):
    code, result = run({"paths": [str(tree)], "follow": True, "include": ["*.txt"], "exclude": ["secret.txt"]},
                       capsys)
    assert code == 0
    assert "link.txt" not in skipped(result)
    # link.txt is the same file as notes.txt: scanned once, under the first path met (sorted order)
    assert set(files(result, tree)) == {"link.txt"}


def test_follow_detects_directory_loops(tree, capsys):
    os.symlink(str(tree), str(tree / "sub" / "back"))
    code, result = run({"paths": [str(tree)], "follow": True, "exclude": ["pipe"]}, capsys)
    assert code == 0
    assert skipped(result).get("back") == "loop"


def test_explicit_file_and_missing_path(tree, capsys):
    code, result = run({"paths": [str(tree / "skip.me"), str(tree / "nope.txt")], "include": ["*.json"]}, capsys)
    assert code == 0
    assert set(files(result, tree)) == {"skip.me"}  # named files ignore include/exclude
    assert skipped(result) == {"nope.txt": "not_found"}


def test_check_mode_same_result(tree, capsys):
    dummy_code, normal = run({"paths": [str(tree)], "exclude": ["pipe"]}, capsys)
    dummy_code, checked = run({"paths": [str(tree)], "exclude": ["pipe"], "_ansible_check_mode": True}, capsys)
    assert checked["changed"] is False
    for key in ("counts", "files", "skipped", "files_scanned", "bytes_scanned", "findings_total"):
        assert checked[key] == normal[key]


def test_fail_on_findings(tree, capsys):
    code, result = run({"paths": [str(tree / "notes.txt")], "fail_on_findings": True}, capsys)
    assert code == 1
    assert result["failed"] is True
    assert "Found" in result["msg"] and "1 file(s)" in result["msg"]
    assert result["findings_total"] >= 2
    code, result = run({"paths": [str(tree / "clean.txt")], "fail_on_findings": True}, capsys)
    assert code == 0
    assert result["findings_total"] == 0 and result["files"] == []


def test_invalid_engine_config_fails(tree, capsys):
    code, result = run({"paths": [str(tree)], "config": {"no_such_option_xyz": True}}, capsys)
    assert code == 1
    assert result["failed"] is True
    assert result["msg"].startswith("Invalid PII engine config")


@pytest.mark.parametrize("size", ["ten", "-1", True])
def test_invalid_max_file_size(tree, capsys, size):
    code, result = run({"paths": [str(tree)], "max_file_size": size}, capsys)
    assert code == 1
    assert "max_file_size" in result["msg"]


def test_engine_error_on_one_file_is_skipped(tree, capsys, monkeypatch):
    real = pii_scan.Engine

    class Exploding(object):
        def __init__(self, config=None):
            self.inner = real(config=config)

        def analyze(self, text):
            if "jane" in text:
                raise RuntimeError("boom " + text)
            return self.inner.analyze(text)

    monkeypatch.setattr(pii_scan, "Engine", Exploding)
    code, result = run({"paths": [str(tree)], "exclude": ["pipe"]}, capsys)
    assert code == 0
    assert skipped(result)["record.json"] == "analysis_error"
    entry = [s for s in result["skipped"] if s["reason"] == "analysis_error"]
    assert entry[0]["detail"] == "RuntimeError"  # never the exception message (it may quote the text)
