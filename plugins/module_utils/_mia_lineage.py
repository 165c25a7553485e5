# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Dataset fingerprints, tabular profiles and a minimal MLflow REST client.

**PRIVATE** to the mlsec.mia_defense collection: the API may change without notice and must
not be imported by other collections.  Standard library only, Python 3.8-compatible syntax
(AnsiballZ ships it to the host that holds the data).

Fingerprint format ``mia-dataset-v1`` (documented in docs/lineage.md)::

    file sha256  = SHA-256 of the file's bytes (streamed)
    root sha256  = SHA-256( b"mia-dataset-v1\\n"
                            + for each file, sorted by the UTF-8 bytes of its relative path:
                                relpath_utf8 + b"\\0" + ascii(decimal size) + b"\\0"
                                + ascii(hex sha256) + b"\\n" )

``relpath`` uses ``/`` as separator and is relative to the dataset directory; a dataset that is
a single file has the file's base name as its only relative path.  NUL cannot occur in a path,
so the encoding is unambiguous.
"""

from __future__ import annotations

import base64
import csv
import fnmatch
import hashlib
import io
import json
import os
import re
import ssl
import stat
import time

from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import HTTPHandler, HTTPSHandler, Request, build_opener

FORMAT = "mia-dataset-v1"
CHUNK = 1024 * 1024
SNIFF_BYTES = 8192
# MLflow's tracking store limits a dataset digest to 36 characters (String(36) column and a
# server-side check); the full root SHA-256 goes into a dataset tag, a run tag and the profile.
MLFLOW_DIGEST_CHARS = 36
TABULAR_FORMATS = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}

_INT_RE = re.compile(r"^[+-]?\d+$")
_FLOAT_RE = re.compile(r"^[+-]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?$|^[+-]?(?:inf|nan)$", re.IGNORECASE)
_BOOL = frozenset(["true", "false"])


class LineageError(Exception):
    """Base class of the errors raised here; messages never contain file contents."""


class DatasetError(LineageError):
    """The dataset cannot be read (missing, unreadable, symbolic link, not a regular file)."""


class MlflowError(LineageError):
    """The MLflow server answered with an error or could not be reached."""

    def __init__(self, message, status=None, error_code=None):
        super(MlflowError, self).__init__(message)
        self.status = status
        self.error_code = error_code


class MlflowUnreachable(MlflowError):
    """No HTTP answer at all (connection refused, DNS, TLS, timeout)."""


class MlflowAuthError(MlflowError):
    """401 or 403: missing or wrong credentials, or no permission."""


class MlflowNotFound(MlflowError):
    """404 / RESOURCE_DOES_NOT_EXIST."""


# ---------------------------------------------------------------------------------------------
# Fingerprints

def file_sha256(path, chunk_size=CHUNK):
    """Return (hex sha256, size in bytes) of a file, reading it in chunks."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(path, "rb") as handle:
            while True:
                block = handle.read(chunk_size)
                if not block:
                    break
                size += len(block)
                digest.update(block)
    except (IOError, OSError) as e:
        raise DatasetError("cannot read %s: %s" % (path, e.strerror or e))
    return digest.hexdigest(), size


def _rel_bytes(relpath):
    return relpath.encode("utf-8", "surrogateescape")


def root_sha256(entries):
    """Root hash over (relpath, size, sha256) entries, in the ``mia-dataset-v1`` format."""
    digest = hashlib.sha256()
    digest.update(FORMAT.encode("ascii") + b"\n")
    for relpath, size, sha in sorted(entries, key=lambda e: _rel_bytes(e[0])):
        digest.update(_rel_bytes(relpath) + b"\0" + str(int(size)).encode("ascii") + b"\0"
                      + sha.lower().encode("ascii") + b"\n")
    return digest.hexdigest()


def _excluded(patterns, name, relpath):
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(relpath, p) for p in patterns)


def list_files(path, exclude=(), follow=False):
    """Sorted [(relpath, abspath)] of the regular files of a dataset (a file or a directory).

    Symbolic links fail unless ``follow`` is true, because a fingerprint that silently skipped
    or silently followed them would not describe what a reader of the directory sees.
    """
    path = os.path.abspath(path)
    try:
        lst = os.lstat(path)
    except OSError as e:
        raise DatasetError("cannot access %s: %s" % (path, e.strerror or e))
    if stat.S_ISLNK(lst.st_mode) and not follow:
        raise DatasetError("%s is a symbolic link; set follow=true to fingerprint its target" % path)
    try:
        st = os.stat(path)
    except OSError as e:
        raise DatasetError("cannot access %s: %s" % (path, e.strerror or e))
    if stat.S_ISREG(st.st_mode):
        return [(os.path.basename(path), path)]
    if not stat.S_ISDIR(st.st_mode):
        raise DatasetError("%s is neither a regular file nor a directory" % path)
    out = []
    visited = set([(st.st_dev, st.st_ino)])
    stack = [path]
    while stack:
        current = stack.pop()
        try:
            names = os.listdir(current)
        except OSError as e:
            raise DatasetError("cannot list %s: %s" % (current, e.strerror or e))
        for name in names:
            full = os.path.join(current, name)
            rel = os.path.relpath(full, path).replace(os.sep, "/")
            if _excluded(exclude, name, rel):
                continue
            try:
                lst = os.lstat(full)
                if stat.S_ISLNK(lst.st_mode):
                    if not follow:
                        raise DatasetError("%s is a symbolic link; set follow=true or exclude it" % full)
                    sub = os.stat(full)
                else:
                    sub = lst
            except OSError as e:
                raise DatasetError("cannot access %s: %s" % (full, e.strerror or e))
            if stat.S_ISDIR(sub.st_mode):
                ident = (sub.st_dev, sub.st_ino)
                if ident in visited:
                    raise DatasetError("%s: directory loop" % full)
                visited.add(ident)
                stack.append(full)
            elif stat.S_ISREG(sub.st_mode):
                out.append((rel, full))
            else:
                raise DatasetError("%s is not a regular file (device, FIFO or socket); exclude it" % full)
    out.sort(key=lambda e: _rel_bytes(e[0]))
    return out


# ---------------------------------------------------------------------------------------------
# Tabular profiles (row counts and schema)

def value_type(value):
    """MLflow column type of one textual cell: long, double, boolean, string, or None if empty."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    if _INT_RE.match(text):
        return "long"
    if _FLOAT_RE.match(text):
        return "double"
    if text.lower() in _BOOL:
        return "boolean"
    return "string"


def json_type(value):
    """MLflow column type of one JSON value, or None for null."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def merge_type(old, new):
    if old is None:
        return new
    if new is None or old == new:
        return old
    if set((old, new)) == set(("long", "double")):
        return "double"
    return "string"


class _Columns(object):
    """Ordered column names with merged types and whether some row lacks a value."""

    def __init__(self):
        self.order = []
        self.types = {}
        self.optional = set()

    def add(self, name):
        if name not in self.types:
            self.order.append(name)
            self.types[name] = None

    def see(self, name, typ):
        self.types[name] = merge_type(self.types[name], typ)
        if typ is None:
            self.optional.add(name)

    def spec(self):
        return [{"name": n, "type": self.types[n] or "string", "required": n not in self.optional}
                for n in self.order]


def _open_text(path):
    return io.open(path, "r", encoding="utf-8", errors="replace", newline="")


def profile_csv(path, delimiter=","):
    """{'format', 'rows', 'columns'} of a CSV/TSV file whose first record is the header."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 256 * 1024 * 1024))
    try:
        cols = _Columns()
        rows = 0
        with _open_text(path) as handle:
            reader = csv.reader(handle, delimiter=delimiter)
            header = None
            for record in reader:
                if header is None:
                    header = []
                    for i, name in enumerate(record):
                        name = name.strip() or "column_%d" % (i + 1)
                        while name in cols.types:
                            name += "_"
                        header.append(name)
                        cols.add(name)
                    continue
                if not record:
                    continue
                rows += 1
                for i, name in enumerate(header):
                    cols.see(name, value_type(record[i]) if i < len(record) else None)
        return {"format": "tsv" if delimiter == "\t" else "csv", "rows": rows, "columns": cols.spec()}
    except (IOError, OSError) as e:
        raise DatasetError("cannot read %s: %s" % (path, e.strerror or e))
    except csv.Error as e:
        return {"format": "tsv" if delimiter == "\t" else "csv", "rows": None, "columns": [],
                "error": "not parseable as CSV: %s" % e}
    finally:
        csv.field_size_limit(limit)


def profile_jsonl(path):
    """{'format', 'rows', 'columns', 'invalid_rows'} of a JSON Lines file (one object a line)."""
    cols = _Columns()
    rows = 0
    invalid = 0
    objects = []
    try:
        with _open_text(path) as handle:
            for line in handle:
                if not line.strip():
                    continue
                rows += 1
                try:
                    obj = json.loads(line)
                except ValueError:
                    invalid += 1
                    continue
                if not isinstance(obj, dict):
                    invalid += 1
                    continue
                for key, value in obj.items():
                    cols.add(key)
                    cols.see(key, json_type(value))
                objects.append(frozenset(obj))
    except (IOError, OSError) as e:
        raise DatasetError("cannot read %s: %s" % (path, e.strerror or e))
    for name in cols.order:
        if any(name not in keys for keys in objects):
            cols.optional.add(name)
    return {"format": "jsonl", "rows": rows, "columns": cols.spec(), "invalid_rows": invalid}


def profile_parquet(path):
    """Row count and schema from the Parquet footer, when pyarrow is importable."""
    try:
        import pyarrow.parquet as pq  # pylint: disable=import-outside-toplevel
    except ImportError:
        return {"format": "parquet", "rows": None, "columns": [], "error": "pyarrow is not installed"}
    try:
        pfile = pq.ParquetFile(path)
        schema = pfile.schema_arrow
        return {"format": "parquet", "rows": int(pfile.metadata.num_rows),
                "columns": [{"name": f.name, "type": str(f.type), "required": not f.nullable} for f in schema]}
    except Exception as e:  # pyarrow raises many types; the message is about the file, not its data
        return {"format": "parquet", "rows": None, "columns": [], "error": "not readable as Parquet: %s" % type(e).__name__}


def profile_file(path):
    """Profile of a tabular file by extension, or None for other files."""
    fmt = TABULAR_FORMATS.get(os.path.splitext(path)[1].lower())
    if fmt == "csv":
        return profile_csv(path, ",")
    if fmt == "tsv":
        return profile_csv(path, "\t")
    if fmt == "jsonl":
        return profile_jsonl(path)
    if fmt == "parquet":
        return profile_parquet(path)
    return None


def merge_schema(profiles):
    """One ``mlflow_colspec`` over the columns of all tabular files (types merged by name)."""
    cols = _Columns()
    for prof in profiles:
        for col in prof.get("columns") or []:
            cols.add(col["name"])
            cols.see(col["name"], col["type"])
            if not col.get("required", True):
                cols.optional.add(col["name"])
    names = [set(c["name"] for c in (p.get("columns") or [])) for p in profiles]
    for name in cols.order:
        if any(name not in n for n in names):
            cols.optional.add(name)
    return {"mlflow_colspec": cols.spec()}


# ---------------------------------------------------------------------------------------------
# PII scan (counts by type only)

def is_binary(path):
    try:
        with open(path, "rb") as handle:
            return b"\x00" in handle.read(SNIFF_BYTES)
    except (IOError, OSError) as e:
        raise DatasetError("cannot read %s: %s" % (path, e.strerror or e))


def pii_counts(engine, path, max_bytes=0, chunk_chars=CHUNK):
    """({TYPE: count}, bytes scanned, complete?) of a text file, scanned in line-aligned chunks.

    ``max_bytes`` > 0 stops after that many bytes (reported as incomplete).  Only counts are
    returned: the engine's findings, and with them the matched values, stay in this function.
    """
    counts = {}
    scanned = 0
    complete = True

    def add(text):
        for etype, count in engine.findings_summary(text).items():
            counts[etype] = counts.get(etype, 0) + count

    try:
        with open(path, "rb") as handle:
            buf = []
            buf_len = 0
            for line in handle:
                if max_bytes and scanned + len(line) > max_bytes:
                    complete = False
                    break
                scanned += len(line)
                buf.append(line)
                buf_len += len(line)
                if buf_len >= chunk_chars:
                    add(b"".join(buf).decode("utf-8", "replace"))
                    buf = []
                    buf_len = 0
            if buf:
                add(b"".join(buf).decode("utf-8", "replace"))
    except (IOError, OSError) as e:
        raise DatasetError("cannot read %s: %s" % (path, e.strerror or e))
    return counts, scanned, complete


# ---------------------------------------------------------------------------------------------
# The whole dataset

def fingerprint(path, exclude=(), follow=False, engine=None, pii_max_bytes=0, profile=True):
    """Fingerprint, profile and (with an engine) PII-scan a dataset file or directory.

    Returns a dict: ``sha256`` (root), ``digest`` (its first 36 hex characters, for MLflow),
    ``files`` ([{path, size, sha256, format, rows, columns, pii}]), ``num_files``, ``num_bytes``,
    ``num_rows`` (sum over tabular files, or None), ``schema`` (mlflow_colspec), ``pii``
    ({TYPE: count}), ``pii_total``, ``pii_scanned_bytes``, ``pii_unscanned`` (relpaths).
    """
    entries = []
    files = []
    pii = {}
    pii_scanned = 0
    unscanned = []
    profiles = []
    for rel, full in list_files(path, exclude=exclude, follow=follow):
        sha, size = file_sha256(full)
        entries.append((rel, size, sha))
        item = {"path": rel, "size": size, "sha256": sha}
        prof = profile_file(full) if profile else None
        if prof is not None:
            item["format"] = prof["format"]
            item["rows"] = prof["rows"]
            item["columns"] = len(prof["columns"])
            if prof.get("error"):
                item["error"] = prof["error"]
            if prof.get("invalid_rows"):
                item["invalid_rows"] = prof["invalid_rows"]
            if prof["rows"] is not None:
                profiles.append(prof)
        if engine is not None:
            if item.get("format") == "parquet" or is_binary(full):
                unscanned.append(rel)
            else:
                try:
                    counts, scanned, complete = pii_counts(engine, full, pii_max_bytes)
                except DatasetError:
                    raise
                except Exception as e:  # an engine failure skips the file; its message may quote data
                    unscanned.append(rel)
                    item["pii_error"] = type(e).__name__
                    files.append(item)
                    continue
                pii_scanned += scanned
                if not complete:
                    unscanned.append(rel)
                if counts:
                    item["pii"] = dict(sorted(counts.items()))
                    for etype, count in counts.items():
                        pii[etype] = pii.get(etype, 0) + count
        files.append(item)
    root = root_sha256(entries)
    rows = [p["rows"] for p in profiles]
    return {
        "format": FORMAT,
        "sha256": root,
        "digest": root[:MLFLOW_DIGEST_CHARS],
        "files": files,
        "num_files": len(files),
        "num_bytes": sum(e[1] for e in entries),
        "num_rows": sum(rows) if rows else None,
        "schema": merge_schema(profiles) if profiles else None,
        "pii_scanned": engine is not None,
        "pii": dict(sorted(pii.items())),
        "pii_total": sum(pii.values()),
        "pii_scanned_bytes": pii_scanned,
        "pii_unscanned": unscanned,
    }


# ---------------------------------------------------------------------------------------------
# MLflow REST client (urllib only)

def _error_text(body):
    try:
        doc = json.loads(body)
        return doc.get("error_code"), doc.get("message") or body
    except (ValueError, AttributeError):
        return None, body


class MlflowClient(object):
    """Just the MLflow 2.0 REST calls the lineage module needs."""

    def __init__(self, base_url, username=None, password=None, timeout=30, validate_certs=True,
                 ca_path=None, opener=None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if username is not None:
            token = ("%s:%s" % (username, password or "")).encode("utf-8")
            self.headers["Authorization"] = "Basic " + base64.b64encode(token).decode("ascii")
        if opener is None:
            if validate_certs:
                context = ssl.create_default_context(cafile=ca_path)
            else:
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            opener = build_opener(HTTPHandler(), HTTPSHandler(context=context))
        self.opener = opener

    def call(self, method, endpoint, payload=None):
        url = "%s/api/2.0/mlflow/%s" % (self.base_url, endpoint)
        data = None
        if method == "GET":
            if payload:
                url += "?" + urlencode(payload)
        else:
            data = json.dumps(payload or {}).encode("utf-8")
        request = Request(url, data=data, headers=self.headers)
        request.get_method = lambda: method
        try:
            response = self.opener.open(request, timeout=self.timeout)
            try:
                body = response.read()
            finally:
                response.close()
        except HTTPError as e:
            raw = e.read().decode("utf-8", "replace")[:2000]
            code, message = _error_text(raw)
            where = "%s %s" % (method, endpoint)
            if e.code in (401, 403):
                raise MlflowAuthError("MLflow at %s refused %s with HTTP %d: check url_username/url_password "
                                      "and the user's permissions" % (self.base_url, where, e.code),
                                      status=e.code, error_code=code)
            if e.code == 404 or code == "RESOURCE_DOES_NOT_EXIST":
                raise MlflowNotFound("%s: %s" % (where, message), status=e.code, error_code=code)
            raise MlflowError("MLflow at %s answered %s with HTTP %d %s: %s"
                              % (self.base_url, where, e.code, code or "", message), status=e.code, error_code=code)
        except (URLError, ssl.SSLError, OSError) as e:
            reason = getattr(e, "reason", None) or e
            raise MlflowUnreachable("cannot reach MLflow at %s: %s" % (self.base_url, reason))
        if not body:
            return {}
        try:
            return json.loads(body.decode("utf-8"))
        except ValueError:
            raise MlflowError("MLflow at %s answered %s %s with something that is not JSON (is tracking_uri "
                              "the MLflow server?)" % (self.base_url, method, endpoint))

    # Experiments
    def get_experiment_by_name(self, name):
        try:
            return self.call("GET", "experiments/get-by-name", {"experiment_name": name})["experiment"]
        except MlflowNotFound:
            return None

    def create_experiment(self, name, tags=None):
        body = {"name": name}
        if tags:
            body["tags"] = [{"key": k, "value": v} for k, v in sorted(tags.items())]
        return self.call("POST", "experiments/create", body)["experiment_id"]

    # Runs
    def search_runs(self, experiment_id, filter_string, max_results=1, order_by=None):
        body = {"experiment_ids": [experiment_id], "filter": filter_string, "max_results": max_results,
                "run_view_type": "ACTIVE_ONLY"}
        if order_by:
            body["order_by"] = order_by
        return self.call("POST", "runs/search", body).get("runs", [])

    def get_run(self, run_id):
        return self.call("GET", "runs/get", {"run_id": run_id})["run"]

    def create_run(self, experiment_id, run_name=None, tags=None):
        body = {"experiment_id": experiment_id, "start_time": int(time.time() * 1000),
                "tags": [{"key": k, "value": v} for k, v in sorted((tags or {}).items())]}
        if run_name:
            body["run_name"] = run_name
        return self.call("POST", "runs/create", body)["run"]["info"]["run_id"]

    def log_batch(self, run_id, tags=None, metrics=None, params=None):
        now = int(time.time() * 1000)
        body = {"run_id": run_id,
                "tags": [{"key": k, "value": v} for k, v in sorted((tags or {}).items())],
                "metrics": [{"key": k, "value": v, "timestamp": now, "step": 0} for k, v in sorted((metrics or {}).items())],
                "params": [{"key": k, "value": v} for k, v in sorted((params or {}).items())]}
        return self.call("POST", "runs/log-batch", body)

    def log_inputs(self, run_id, dataset, tags=None):
        body = {"run_id": run_id, "datasets": [{
            "tags": [{"key": k, "value": v} for k, v in sorted((tags or {}).items())],
            "dataset": dataset}]}
        return self.call("POST", "runs/log-inputs", body)

    def set_tag(self, run_id, key, value):
        return self.call("POST", "runs/set-tag", {"run_id": run_id, "key": key, "value": value})

    def update_run(self, run_id, status):
        body = {"run_id": run_id, "status": status, "end_time": int(time.time() * 1000)}
        return self.call("POST", "runs/update", body)

    # Model registry
    def get_model_version(self, name, version):
        return self.call("GET", "model-versions/get", {"name": name, "version": str(version)})["model_version"]

    def set_model_version_tag(self, name, version, key, value):
        return self.call("POST", "model-versions/set-tag", {"name": name, "version": str(version),
                                                            "key": key, "value": value})


def tags_dict(entity):
    """{key: value} of the ``tags`` list of a run's data, a dataset input or a model version."""
    return dict((t["key"], t.get("value", "")) for t in (entity.get("tags") or []))


def safe_label(engine, text):
    """``text`` itself, or a stable placeholder when the PII engine finds anything in it.

    Column names, file names and paths leave the host (module result, MLflow); one that holds
    personal data (a CSV without a header row, a file per customer) is replaced by
    ``redacted-<first 16 hex of its SHA-256>``, which still tells equal names apart.
    """
    if engine is None or not text:
        return text
    if engine.findings_summary(text):
        return "redacted-" + hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return text
