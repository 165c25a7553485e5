# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fingerprints (known answers), profiles and PII counts of _mia_lineage."""

from __future__ import annotations

import builtins
import hashlib
import json
import os

import pytest

from ansible_collections.mlsec.mia_defense.plugins.module_utils import _mia_lineage as lineage
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine

SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
SHA_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# Cross-checked with coreutils:
#   printf 'mia-dataset-v1\na.txt\0003\000<SHA_ABC>\nsub/b.csv\0000\000<SHA_EMPTY>\n' | sha256sum
ROOT_AB = "ff5b83bd49bf6f8b048ea3f7ac4d77763c1ac13e5367c960e9759eee48d490be"
#   printf 'mia-dataset-v1\n' | sha256sum
ROOT_NONE = "3f5d185a604edf0d6610966c47dcca52a7ee43384c0ca7ce66073a9985138529"

EMAIL = "alice.smith@example.com"
PHONE = "+1 415 555 0134"


@pytest.fixture
def ab(tmp_path):
    root = tmp_path / "ds"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_bytes(b"abc")
    (root / "sub" / "b.csv").write_bytes(b"")
    return root


def test_file_sha256_known_answer(ab):
    assert lineage.file_sha256(str(ab / "a.txt")) == (SHA_ABC, 3)
    assert lineage.file_sha256(str(ab / "sub" / "b.csv")) == (SHA_EMPTY, 0)


def test_file_sha256_streams_in_chunks(tmp_path):
    data = os.urandom(3 * 1024 + 17)
    path = tmp_path / "blob"
    path.write_bytes(data)
    assert lineage.file_sha256(str(path), chunk_size=1000) == (hashlib.sha256(data).hexdigest(), len(data))


def test_root_sha256_known_answers():
    entries = [("sub/b.csv", 0, SHA_EMPTY), ("a.txt", 3, SHA_ABC)]
    assert lineage.root_sha256(entries) == ROOT_AB
    assert lineage.root_sha256(list(reversed(entries))) == ROOT_AB  # order of the input is irrelevant
    assert lineage.root_sha256([("a.txt", 3, SHA_ABC.upper()), ("sub/b.csv", 0, SHA_EMPTY)]) == ROOT_AB
    assert lineage.root_sha256([]) == ROOT_NONE


@pytest.mark.parametrize("entries", [
    [("a.txt", 4, SHA_ABC), ("sub/b.csv", 0, SHA_EMPTY)],        # size
    [("A.txt", 3, SHA_ABC), ("sub/b.csv", 0, SHA_EMPTY)],        # name
    [("a.txt", 3, SHA_EMPTY), ("sub/b.csv", 0, SHA_EMPTY)],      # content
    [("a.txt", 3, SHA_ABC)],                                     # a file less
])
def test_root_sha256_changes_with_any_entry(entries):
    assert lineage.root_sha256(entries) != ROOT_AB


def test_fingerprint_of_a_directory_matches_the_known_answer(ab):
    fp = lineage.fingerprint(str(ab))
    assert fp["sha256"] == ROOT_AB
    assert fp["digest"] == ROOT_AB[:36]
    assert [f["path"] for f in fp["files"]] == ["a.txt", "sub/b.csv"]
    assert fp["num_files"] == 2 and fp["num_bytes"] == 3
    assert fp["format"] == "mia-dataset-v1"


def test_single_file_uses_its_base_name(ab):
    fp = lineage.fingerprint(str(ab / "a.txt"))
    assert fp["sha256"] == lineage.root_sha256([("a.txt", 3, SHA_ABC)])


def test_sorting_is_by_utf8_bytes(tmp_path):
    root = tmp_path / "ds"
    root.mkdir()
    for name in ("b", "a-b", "a/c", "\u00e9", "Z"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name)
    assert [entry[0] for entry in lineage.list_files(str(root))] == ["Z", "a-b", "a/c", "b", "\u00e9"]


def test_exclude_symlinks_and_special_files(ab):
    os.symlink(str(ab / "a.txt"), str(ab / "link.txt"))
    with pytest.raises(lineage.DatasetError, match="symbolic link"):
        lineage.list_files(str(ab))
    assert [entry[0] for entry in lineage.list_files(str(ab), exclude=["link.*"])] == ["a.txt", "sub/b.csv"]
    assert [entry[0] for entry in lineage.list_files(str(ab), follow=True)] == ["a.txt", "link.txt", "sub/b.csv"]
    assert [entry[0] for entry in lineage.list_files(str(ab), exclude=["sub", "link.txt"])] == ["a.txt"]
    os.mkfifo(str(ab / "pipe"))
    with pytest.raises(lineage.DatasetError, match="not a regular file"):
        lineage.list_files(str(ab), exclude=["link.txt"])


def test_missing_and_unreadable(ab, monkeypatch):
    with pytest.raises(lineage.DatasetError, match="No such file"):
        lineage.fingerprint(str(ab / "nope"))
    target = str(ab / "a.txt")
    real_open = builtins.open

    def fake_open(file, *args, **kwargs):
        if str(file) == target:
            raise PermissionError(13, "Permission denied", target)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    with pytest.raises(lineage.DatasetError, match="Permission denied"):
        lineage.fingerprint(str(ab))


@pytest.mark.parametrize("value, expected", [
    ("12", "long"), ("-3", "long"), ("1.5", "double"), ("1e-3", "double"), (".5", "double"),
    ("nan", "double"), ("true", "boolean"), ("FALSE", "boolean"), ("", None), ("  ", None),
    ("abc", "string"), ("1.2.3", "string"), (None, None),
])
def test_value_type(value, expected):
    assert lineage.value_type(value) == expected


@pytest.mark.parametrize("old, new, merged", [
    (None, "long", "long"), ("long", None, "long"), ("long", "double", "double"),
    ("double", "long", "double"), ("long", "boolean", "string"), ("string", "long", "string"),
])
def test_merge_type(old, new, merged):
    assert lineage.merge_type(old, new) == merged


def test_profile_csv(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,name,score,ok,note\n1,"Smith, A",0.5,true,\n2,B,1,false,"multi\nline"\n\n3,C,,true,x\n')
    prof = lineage.profile_csv(str(path))
    assert prof["rows"] == 3
    assert prof["columns"] == [
        {"name": "id", "type": "long", "required": True},
        {"name": "name", "type": "string", "required": True},
        {"name": "score", "type": "double", "required": False},
        {"name": "ok", "type": "boolean", "required": True},
        {"name": "note", "type": "string", "required": False},
    ]


def test_profile_tsv_and_header_only(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("a\tb\n1\tx\n")
    assert lineage.profile_file(str(path))["rows"] == 1
    path = tmp_path / "h.csv"
    path.write_text("a,,a\n")
    prof = lineage.profile_csv(str(path))
    assert prof["rows"] == 0
    assert [c["name"] for c in prof["columns"]] == ["a", "column_2", "a_"]


def test_profile_jsonl(tmp_path):
    path = tmp_path / "t.jsonl"
    path.write_text('{"a": 1, "b": "x"}\n\n{"a": 2.5, "c": [1]}\nnot json\n[1, 2]\n{"a": null, "b": {"k": 1}}\n')
    prof = lineage.profile_jsonl(str(path))
    assert prof["rows"] == 5
    assert prof["invalid_rows"] == 2
    assert prof["columns"] == [
        {"name": "a", "type": "double", "required": False},
        {"name": "b", "type": "string", "required": False},
        {"name": "c", "type": "array", "required": False},
    ]


def test_profile_parquet_without_pyarrow(tmp_path, monkeypatch):
    path = tmp_path / "t.parquet"
    path.write_bytes(b"PAR1....PAR1")
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    monkeypatch.setitem(__import__("sys").modules, "pyarrow.parquet", None)
    prof = lineage.profile_file(str(path))
    assert prof == {"format": "parquet", "rows": None, "columns": [], "error": "pyarrow is not installed"}


def test_other_files_have_no_profile(tmp_path):
    path = tmp_path / "readme.txt"
    path.write_text("x")
    assert lineage.profile_file(str(path)) is None


def test_merge_schema_over_files():
    schema = lineage.merge_schema([
        {"columns": [{"name": "a", "type": "long", "required": True}, {"name": "b", "type": "string", "required": True}]},
        {"columns": [{"name": "a", "type": "double", "required": True}]},
    ])
    assert schema == {"mlflow_colspec": [{"name": "a", "type": "double", "required": True},
                                         {"name": "b", "type": "string", "required": False}]}


@pytest.fixture
def pii_ds(tmp_path):
    root = tmp_path / "pii"
    root.mkdir()
    (root / "people.csv").write_text("id,email,phone\n1,%s,%s\n2,bob.jones@example.org,(212) 555-0199\n" % (EMAIL, PHONE))
    (root / "chats.jsonl").write_text(json.dumps({"text": "mail me: " + EMAIL}) + "\n")
    (root / "clean.txt").write_text("nothing to see\n")
    (root / "blob.bin").write_bytes(b"\x00\x01" + EMAIL.encode())
    return root


def test_pii_counts_are_counts_only(pii_ds):
    engine = Engine()
    fp = lineage.fingerprint(str(pii_ds), engine=engine)
    assert fp["pii"] == {"EMAIL": 3, "PHONE": 2}
    assert fp["pii_total"] == 5
    assert fp["pii_unscanned"] == ["blob.bin"]
    by_path = dict((f["path"], f) for f in fp["files"])
    assert by_path["people.csv"]["pii"] == {"EMAIL": 2, "PHONE": 2}
    assert by_path["people.csv"]["rows"] == 2 and by_path["people.csv"]["format"] == "csv"
    assert "pii" not in by_path["clean.txt"]
    text = json.dumps(fp)
    for value in (EMAIL, PHONE, "bob.jones@example.org", "(212) 555-0199"):
        assert value not in text
    assert fp["pii_scanned_bytes"] == sum(os.path.getsize(str(pii_ds / n)) for n in ("people.csv", "chats.jsonl", "clean.txt"))


def test_pii_scan_is_chunked_and_bounded(tmp_path):
    path = tmp_path / "many.txt"
    path.write_text(("contact %s today\n" % EMAIL) * 200)
    engine = Engine()
    counts, scanned, complete = lineage.pii_counts(engine, str(path), chunk_chars=100)
    assert counts == {"EMAIL": 200} and complete and scanned == os.path.getsize(str(path))
    line = len("contact %s today\n" % EMAIL)
    counts, scanned, complete = lineage.pii_counts(engine, str(path), max_bytes=10 * line)
    assert counts == {"EMAIL": 10} and scanned == 10 * line and not complete


def test_without_engine_nothing_is_scanned(pii_ds):
    fp = lineage.fingerprint(str(pii_ds))
    assert fp["pii_scanned"] is False and fp["pii"] == {} and fp["pii_unscanned"] == []


def test_safe_label():
    engine = Engine()
    assert lineage.safe_label(engine, "train/part-0001.csv") == "train/part-0001.csv"
    label = lineage.safe_label(engine, "users/%s.csv" % EMAIL)
    assert label.startswith("redacted-") and len(label) == len("redacted-") + 16
    assert EMAIL not in label
    assert lineage.safe_label(None, EMAIL) == EMAIL


def test_tags_dict():
    assert lineage.tags_dict({"tags": [{"key": "a", "value": "1"}, {"key": "b"}]}) == {"a": "1", "b": ""}
    assert lineage.tags_dict({}) == {}


def test_an_engine_failure_skips_the_file_without_its_message(pii_ds):
    class Broken(object):
        def findings_summary(self, text):
            raise ValueError("cannot handle " + text)

    fp = lineage.fingerprint(str(pii_ds), engine=Broken())
    assert sorted(fp["pii_unscanned"]) == ["blob.bin", "chats.jsonl", "clean.txt", "people.csv"]
    assert fp["pii"] == {} and EMAIL not in json.dumps(fp)
    assert dict((f["path"], f.get("pii_error")) for f in fp["files"])["people.csv"] == "ValueError"
    assert fp["sha256"] == lineage.fingerprint(str(pii_ds))["sha256"]
