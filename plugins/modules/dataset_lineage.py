#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later

from __future__ import annotations

DOCUMENTATION = r"""
module: dataset_lineage
short_description: Fingerprint a dataset, scan it for PII and record it in MLflow
version_added: 0.1.0
author:
  - mlsec.mia_defense developers (@mlsec)
description:
  - Runs on the host that holds the data. Fingerprints a file or a directory with a streamed
    SHA-256 of every file and a root SHA-256 over the sorted (relative path, size, SHA-256)
    entries (format C(mia-dataset-v1), see the collection's C(docs/lineage.md)).
  - Profiles tabular files, C(.csv), C(.tsv), C(.jsonl) and C(.ndjson) (and C(.parquet) when
    C(pyarrow) is importable). The profile has row counts and a schema with column names and
    types.
  - Scans text files with the collection's PII engine and keeps B(only the number of findings by
    type). Matched values never leave the function that scans a file. Column names, file names
    and paths in which the engine finds PII are replaced by C(redacted-<hash>) before they are
    returned or sent.
  - Logs the result to an MLflow tracking server over its REST API, with the standard library
    only. No MLflow client is needed on the host. The module gets or creates the experiment,
    creates a run and logs the dataset as a run input with the dataset's digest, schema and
    profile. It also writes tags and metrics, such as the PII counts, row and byte counts and the
    full root SHA-256.
  - Idempotent. When the experiment (or the run given in O(run_id)) already has a finished
    lineage record of the same dataset name and root SHA-256, nothing is written and the task
    reports no change.
  - Can tag a registered model version with the fingerprint, so that a deployed model can be
    traced back to its training data. See O(model_name).
extends_documentation_fragment:
  - mlsec.mia_defense._common
attributes:
  check_mode:
    support: full
    details:
      - Fingerprints, profiles and scans the data and reads from MLflow, but writes nothing.
  diff_mode:
    support: full
    details:
      - Shows the previous lineage record of the dataset name in the experiment and the new one.
options:
  path:
    description:
      - The dataset, a file or a directory. Directories are read recursively.
    type: path
    required: true
  name:
    description:
      - Name of the dataset in MLflow. Defaults to the base name of O(path).
      - Must not contain quotes or backslashes.
    type: str
  tracking_uri:
    description:
      - Base URL of the MLflow tracking server, for example V(https://mlflow.example.internal)
        or V(http://127.0.0.1:18801) (the nginx front end of the P(mlsec.mia_defense.mlflow_lineage#role)
        role).
    type: str
    required: true
  url_username:
    description:
      - User name for HTTP basic authentication.
    type: str
  url_password:
    description:
      - Password for HTTP basic authentication.
    type: str
  validate_certs:
    description:
      - Verify the server's TLS certificate.
    type: bool
    default: true
  ca_path:
    description:
      - PEM file of CA certificates to verify the server's certificate with.
    type: path
  timeout:
    description:
      - Timeout of each HTTP request, in seconds.
    type: int
    default: 30
  experiment:
    description:
      - Name of the MLflow experiment that holds lineage runs. It is created when missing.
      - Ignored when O(run_id) is set.
    type: str
    default: dataset-lineage
  run_id:
    description:
      - Log the dataset as an input of this existing run, for example the training run, instead of
        creating a lineage run. The run gets the dataset input and the tags
        C(mia.dataset.<name>.sha256), C(mia.dataset.<name>.pii_total) and C(mia.dataset.<name>.pii.<TYPE>).
    type: str
  run_name:
    description:
      - Name of a new lineage run. Defaults to C(<name>@<first 12 hex of the root SHA-256>).
    type: str
  context:
    description:
      - Dataset context recorded on the input (tag C(mlflow.data.context)).
    type: str
    default: training
  tags:
    description:
      - Extra tags for the run. Keys starting with C(mia.lineage.), C(mia.pii.) or C(mia.dataset.) are ignored.
    type: dict
    default: {}
  exclude:
    description:
      - Shell-style glob patterns matched against the name and the relative path of files and
        directories. Matching entries are left out of the fingerprint.
    type: list
    elements: str
    default: []
  follow:
    description:
      - Follow symbolic links. If V(false), a symbolic link in the dataset fails the task.
    type: bool
    default: false
  pii_scan:
    description:
      - Scan text files for PII with the collection's engine and record the counts by type.
    type: bool
    default: true
  pii_config:
    description:
      - PII engine configuration, the same as the O(mlsec.mia_defense.pii_scan#module:config) option
        of P(mlsec.mia_defense.pii_scan#module).
    type: dict
  pii_max_bytes:
    description:
      - Scan at most this many bytes of each file, a number or a size such as V(100M). V(0) scans
        everything. Files that were not scanned completely are listed in RV(pii_unscanned).
    type: raw
    default: 0
  model_name:
    description:
      - Name of a registered model. With O(model_version), that model version gets the tags
        C(mia.dataset.<name>.sha256), C(mia.dataset.<name>.run_id) and C(mia.dataset.<name>.pii_total).
    type: str
  model_version:
    description:
      - Version of O(model_name) to tag.
    type: str
notes:
  - MLflow limits a dataset digest to 36 characters. The dataset's C(digest) is therefore the
    first 36 hexadecimal characters (144 bits) of the root SHA-256. The full 64-character value
    is the dataset input tag C(mia.dataset.sha256), the run tag C(mia.lineage.sha256) and the
    C(sha256) field of the dataset profile.
  - The lineage record is written in this order. The run is created, tags, metrics and the
    dataset input are logged, and the C(mia.lineage.sha256) tag is written last before the run
    is marked C(FINISHED). An interrupted attempt is marked C(FAILED) where possible and never
    counts as a record.
  - A dataset that contains symbolic links, devices, FIFOs or sockets, or a file or directory
    that cannot be read, fails the task.
seealso:
  - plugin: mlsec.mia_defense.pii_scan
    plugin_type: module
  - name: MLflow REST API
    description: The endpoints this module calls.
    link: https://mlflow.org/docs/latest/api_reference/rest-api.html
"""

EXAMPLES = r"""
- name: Record the training data in MLflow
  mlsec.mia_defense.dataset_lineage:
    path: /srv/datasets/support-chats
    name: support-chats
    tracking_uri: https://mlflow.example.internal
    url_username: lineage
    url_password: "{{ vault_mlflow_lineage_password }}"
    experiment: chat-model-datasets
    exclude:
      - "*.tmp"
  register: mia_lineage

- name: Attach the dataset to the training run and tag the registered model version
  mlsec.mia_defense.dataset_lineage:
    path: /srv/datasets/digits/train.csv
    tracking_uri: http://127.0.0.1:18801
    url_username: lineage
    url_password: "{{ vault_mlflow_lineage_password }}"
    run_id: "{{ training_run_id }}"
    model_name: digits-classifier
    model_version: "3"

- name: Only compute the fingerprint and the PII counts, write nothing
  mlsec.mia_defense.dataset_lineage:
    path: /srv/datasets/digits
    tracking_uri: http://127.0.0.1:18801
    url_username: lineage
    url_password: "{{ vault_mlflow_lineage_password }}"
  check_mode: true
"""

RETURN = r"""
sha256:
  description: Root SHA-256 of the dataset (format C(mia-dataset-v1)).
  returned: always
  type: str
  sample: 6b1d0d6f2e8b5c4f7a9e3d2c1b0a99887766554433221100ffeeddccbbaa9988
digest:
  description: The dataset digest stored in MLflow, the first 36 hexadecimal characters of RV(sha256).
  returned: always
  type: str
  sample: 6b1d0d6f2e8b5c4f7a9e3d2c1b0a99887766
name:
  description: Dataset name used in MLflow.
  returned: always
  type: str
  sample: support-chats
num_files:
  description: Number of files in the fingerprint.
  returned: always
  type: int
  sample: 3
num_bytes:
  description: Total size of the files in bytes.
  returned: always
  type: int
  sample: 1048576
num_rows:
  description: Total rows of the tabular files (CSV/TSV without header, JSON Lines, Parquet), or V(null) without any.
  returned: always
  type: int
  sample: 1200
schema:
  description: Columns over all tabular files, in MLflow's C(mlflow_colspec) form, or V(null).
  returned: always
  type: dict
  sample: {"mlflow_colspec": [{"name": "email", "type": "string", "required": true}]}
files:
  description: One entry per file, sorted by relative path.
  returned: always
  type: list
  elements: dict
  contains:
    path:
      description: Path relative to O(path) (or a C(redacted-<hash>) label when it holds PII).
      type: str
    size:
      description: Size in bytes.
      type: int
    sha256:
      description: SHA-256 of the file.
      type: str
    format:
      description: C(csv), C(tsv), C(jsonl) or C(parquet) for tabular files.
      type: str
      returned: for tabular files
    rows:
      description: Number of data rows, or V(null) when the file could not be parsed.
      type: int
      returned: for tabular files
    columns:
      description: Number of columns.
      type: int
      returned: for tabular files
    invalid_rows:
      description: JSON Lines rows that are not JSON objects.
      type: int
      returned: for JSON Lines files with such rows
    error:
      description: Why a tabular file could not be profiled (it is still fingerprinted).
      type: str
      returned: when profiling failed
    pii:
      description: Number of PII findings by type in this file.
      type: dict
      returned: when the file has findings
    pii_error:
      description: Exception type when the PII engine failed on this file (the file is then listed in RV(pii_unscanned)).
      type: str
      returned: when the PII engine failed
  sample:
    - {"path": "train.csv", "size": 2048, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
       "format": "csv", "rows": 40, "columns": 4, "pii": {"EMAIL": 40}}
pii:
  description: Number of PII findings by type over the whole dataset. Never the values.
  returned: always
  type: dict
  sample: {"EMAIL": 40, "PHONE": 12}
pii_total:
  description: Total number of PII findings.
  returned: always
  type: int
  sample: 52
pii_unscanned:
  description: Files that were not scanned (binary, Parquet, engine failure) or only partly (O(pii_max_bytes)).
  returned: always
  type: list
  elements: str
  sample: ["images/0001.png"]
experiment_id:
  description: ID of the experiment, or V(null) in check mode when it does not exist yet.
  returned: always
  type: str
  sample: "1"
run_id:
  description: ID of the run that holds the lineage record, or V(null) in check mode when it would be created.
  returned: always
  type: str
  sample: 3f6c2a9e8b7d4c1a9e0f1b2c3d4e5f60
model_version_tags:
  description: Tags that the model version has (or would have) for this dataset.
  returned: when O(model_name) is set
  type: dict
  sample: {"mia.dataset.support-chats.sha256": "6b1d...", "mia.dataset.support-chats.run_id": "3f6c..."}
"""

import os
import re

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_sizes import parse_size

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine import Engine, EngineConfigError
from ansible_collections.mlsec.mia_defense.plugins.module_utils import _mia_lineage as lineage

TAG = "mia.lineage."
RESERVED = ("mia.lineage.", "mia.pii.", "mia.dataset.")
_TAG_KEY_RE = re.compile(r"[^A-Za-z0-9_.\- /]")


def _record(name, fp):
    """The part of a lineage record shown in the diff."""
    return {"name": name, "sha256": fp["sha256"], "num_files": fp["num_files"], "num_bytes": fp["num_bytes"],
            "num_rows": fp["num_rows"], "pii": fp["pii"], "pii_total": fp["pii_total"]}


def _record_from_run(run):
    tags = lineage.tags_dict(run.get("data") or {})
    pii = {}
    for key, value in tags.items():
        if key.startswith("mia.pii.") and key != "mia.pii.total":
            pii[key[len("mia.pii."):]] = _int(value)
    return {"name": tags.get(TAG + "name"), "sha256": tags.get(TAG + "sha256"),
            "num_files": _int(tags.get(TAG + "num_files")), "num_bytes": _int(tags.get(TAG + "num_bytes")),
            "num_rows": _int(tags.get(TAG + "num_rows")), "pii": dict(sorted(pii.items())),
            "pii_total": _int(tags.get("mia.pii.total")), "run_id": run["info"]["run_id"]}


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _has_input(run, name, sha):
    for dataset_input in (run.get("inputs") or {}).get("dataset_inputs") or []:
        ds = dataset_input.get("dataset") or {}
        if ds.get("name") == name and lineage.tags_dict(dataset_input).get("mia.dataset.sha256") == sha:
            return True
    return False


def _sanitise(engine, fp):
    """Replace column names and file paths in which the PII engine finds something."""
    for item in fp["files"]:
        item["path"] = lineage.safe_label(engine, item["path"])
    if fp["schema"]:
        for col in fp["schema"]["mlflow_colspec"]:
            col["name"] = lineage.safe_label(engine, col["name"])
    fp["pii_unscanned"] = [lineage.safe_label(engine, p) for p in fp["pii_unscanned"]]


class Lineage(object):

    def __init__(self, module, client, fp, name):
        self.module = module
        self.client = client
        self.fp = fp
        self.name = name
        self.params = module.params

    def tags(self, source):
        fp = self.fp
        # Extra tags never touch the record's own keys.
        tags = dict((str(key), str(value)) for key, value in (self.params["tags"] or {}).items()
                    if not str(key).startswith(RESERVED))
        tags.update({
            TAG + "name": self.name,
            TAG + "format": fp["format"],
            TAG + "digest": fp["digest"],
            TAG + "num_files": str(fp["num_files"]),
            TAG + "num_bytes": str(fp["num_bytes"]),
            TAG + "source": source,
            "mia.pii.total": str(fp["pii_total"]),
            TAG + "pii_scanned": str(fp["pii_scanned"]).lower(),
            TAG + "pii_unscanned_files": str(len(fp["pii_unscanned"])),
        })
        if fp["num_rows"] is not None:
            tags[TAG + "num_rows"] = str(fp["num_rows"])
        for etype, count in fp["pii"].items():
            tags["mia.pii." + etype] = str(count)
        return tags

    def metrics(self):
        fp = self.fp
        metrics = {"dataset.num_files": fp["num_files"], "dataset.num_bytes": fp["num_bytes"],
                   "pii.total": fp["pii_total"]}
        if fp["num_rows"] is not None:
            metrics["dataset.num_rows"] = fp["num_rows"]
        for etype, count in fp["pii"].items():
            metrics["pii." + etype] = count
        return metrics

    def dataset(self, source):
        fp = self.fp
        profile = {"format": fp["format"], "sha256": fp["sha256"], "num_files": fp["num_files"],
                   "num_bytes": fp["num_bytes"], "num_rows": fp["num_rows"], "pii": fp["pii"],
                   "pii_total": fp["pii_total"], "pii_unscanned_files": len(fp["pii_unscanned"])}
        ds = {"name": self.name, "digest": fp["digest"], "source_type": "local",
              "source": self.module.jsonify({"uri": source}),
              "profile": self.module.jsonify(profile)}
        if fp["schema"]:
            ds["schema"] = self.module.jsonify(fp["schema"])
        return ds

    def input_tags(self):
        return {"mlflow.data.context": self.params["context"], "mia.dataset.sha256": self.fp["sha256"]}

    def create(self, experiment_id, source):
        """A new lineage run; returns its ID. The run is marked FAILED if logging fails."""
        client = self.client
        run_name = self.params["run_name"] or "%s@%s" % (self.name, self.fp["sha256"][:12])
        run_id = client.create_run(experiment_id, run_name=run_name, tags={"mlflow.source.type": "JOB"})
        try:
            client.log_batch(run_id, tags=self.tags(source), metrics=self.metrics())
            client.log_inputs(run_id, self.dataset(source), tags=self.input_tags())
            # Written last: its presence marks a complete record (the idempotence check).
            client.set_tag(run_id, TAG + "sha256", self.fp["sha256"])
            client.update_run(run_id, "FINISHED")
        except lineage.MlflowError:
            try:
                client.update_run(run_id, "FAILED")
            except lineage.MlflowError:
                pass
            raise
        return run_id

    def attach(self, run_id, source):
        """Log the dataset as an input of an existing run, plus per-dataset tags (marker last)."""
        self.client.log_inputs(run_id, self.dataset(source), tags=self.input_tags())
        self.client.log_batch(run_id, tags=self.attach_tags())

    def attach_tags(self):
        key = tag_key(self.name)
        tags = {"mia.dataset.%s.pii_total" % key: str(self.fp["pii_total"])}
        for etype, count in self.fp["pii"].items():
            tags["mia.dataset.%s.pii.%s" % (key, etype)] = str(count)
        tags["mia.dataset.%s.sha256" % key] = self.fp["sha256"]
        return tags


def tag_key(name):
    return _TAG_KEY_RE.sub("_", name)


def run_module(module):
    params = module.params
    path = params["path"]
    name = params["name"] or os.path.basename(os.path.normpath(path))
    if not name or "'" in name or "\\" in name:
        module.fail_json(msg="name must be non-empty and must not contain quotes or backslashes")
    if bool(params["model_name"]) != bool(params["model_version"]):
        module.fail_json(msg="model_name and model_version must be set together")

    engine = None
    if params["pii_scan"]:
        try:
            engine = Engine(config=params["pii_config"])
        except EngineConfigError as e:
            module.fail_json(msg="Invalid PII engine config: %s" % e)
    max_bytes = parse_size(module, "pii_max_bytes", params["pii_max_bytes"])

    fp = lineage.fingerprint(path, exclude=params["exclude"], follow=params["follow"], engine=engine,
                             pii_max_bytes=max_bytes)
    _sanitise(engine, fp)
    source = lineage.safe_label(engine, os.path.abspath(path))
    name = lineage.safe_label(engine, name)

    client = lineage.MlflowClient(params["tracking_uri"], username=params["url_username"],
                                  password=params["url_password"], timeout=params["timeout"],
                                  validate_certs=params["validate_certs"], ca_path=params["ca_path"])
    writer = Lineage(module, client, fp, name)
    sha = fp["sha256"]
    changed = False
    previous = None
    run_id = None

    if params["run_id"]:
        try:
            run = client.get_run(params["run_id"])
        except lineage.MlflowNotFound:
            module.fail_json(msg="run_id %s does not exist in MLflow" % params["run_id"])
        experiment_id = run["info"]["experiment_id"]
        run_id = params["run_id"]
        run_tags = lineage.tags_dict(run.get("data") or {})
        recorded = _has_input(run, name, sha) and all(
            run_tags.get(k) == v for k, v in writer.attach_tags().items())
        if not recorded:
            key = tag_key(name)
            if run_tags.get("mia.dataset.%s.sha256" % key):
                previous = {"name": name, "sha256": run_tags.get("mia.dataset.%s.sha256" % key),
                            "pii_total": _int(run_tags.get("mia.dataset.%s.pii_total" % key))}
            changed = True
            if not module.check_mode:
                writer.attach(run_id, source)
    else:
        experiment = client.get_experiment_by_name(params["experiment"])
        if experiment is not None and experiment.get("lifecycle_stage") == "deleted":
            module.fail_json(msg="experiment %s is deleted in MLflow; restore it or choose another name" % params["experiment"])
        experiment_id = experiment["experiment_id"] if experiment else None
        existing = None
        if experiment_id is not None:
            runs = client.search_runs(experiment_id, "tags.`%ssha256` = '%s' and attributes.status = 'FINISHED'" % (TAG, sha),
                                      max_results=100, order_by=["attributes.start_time DESC"])
            existing = next((r for r in runs if lineage.tags_dict(r.get("data") or {}).get(TAG + "name") == name
                             and _has_input(r, name, sha)), None)
        if existing is not None:
            run_id = existing["info"]["run_id"]
        else:
            changed = True
            if experiment_id is not None:
                prev = client.search_runs(experiment_id, "tags.`%sname` = '%s' and attributes.status = 'FINISHED'" % (TAG, name),
                                          max_results=1, order_by=["attributes.start_time DESC"])
                if prev:
                    previous = _record_from_run(prev[0])
            if not module.check_mode:
                if experiment_id is None:
                    experiment_id = client.create_experiment(params["experiment"], tags={"mia.purpose": "dataset lineage"})
                run_id = writer.create(experiment_id, source)

    result = dict(changed=changed, name=name, sha256=sha, digest=fp["digest"], num_files=fp["num_files"],
                  num_bytes=fp["num_bytes"], num_rows=fp["num_rows"], schema=fp["schema"], files=fp["files"],
                  pii=fp["pii"], pii_total=fp["pii_total"], pii_unscanned=fp["pii_unscanned"],
                  experiment_id=experiment_id, run_id=run_id)

    after = _record(name, fp)
    before = {}
    if not changed:
        before = dict(after)
    elif previous:
        before = dict((k, v) for k, v in previous.items() if k != "run_id")

    if params["model_name"]:
        key = tag_key(name)
        wanted = {"mia.dataset.%s.sha256" % key: sha,
                  "mia.dataset.%s.pii_total" % key: str(fp["pii_total"])}
        if run_id:
            wanted["mia.dataset.%s.run_id" % key] = run_id
        try:
            version = client.get_model_version(params["model_name"], params["model_version"])
        except lineage.MlflowNotFound:
            module.fail_json(msg="model version %s/%s does not exist in the MLflow registry"
                             % (params["model_name"], params["model_version"]), **result)
        current = lineage.tags_dict(version)
        missing = dict((k, v) for k, v in wanted.items() if current.get(k) != v)
        if run_id is None:  # check mode, run not created yet: the run_id tag would change too
            missing["mia.dataset.%s.run_id" % key] = "(new run)"
        model_key = "model_version %s/%s" % (params["model_name"], params["model_version"])
        before[model_key] = dict((k, current[k]) for k in sorted(set(wanted) | set(missing)) if k in current)
        after[model_key] = dict(before[model_key], **missing)
        if missing:
            changed = True
            if not module.check_mode:
                for k, v in sorted(missing.items()):
                    client.set_model_version_tag(params["model_name"], params["model_version"], k, v)
        result["model_version_tags"] = after[model_key]

    result["changed"] = changed
    if module._diff:
        result["diff"] = {"before": before, "after": after,
                          "before_header": "MLflow lineage (%s)" % ("previous record" if previous else "existing record" if not result["changed"] else "none"),
                          "after_header": "MLflow lineage (this dataset)"}
    return result


def main():
    module = AnsibleModule(
        argument_spec=dict(
            path=dict(type="path", required=True),
            name=dict(type="str"),
            tracking_uri=dict(type="str", required=True),
            url_username=dict(type="str"),
            url_password=dict(type="str", no_log=True),
            validate_certs=dict(type="bool", default=True),
            ca_path=dict(type="path"),
            timeout=dict(type="int", default=30),
            experiment=dict(type="str", default="dataset-lineage"),
            run_id=dict(type="str"),
            run_name=dict(type="str"),
            context=dict(type="str", default="training"),
            tags=dict(type="dict", default={}),
            exclude=dict(type="list", elements="str", default=[]),
            follow=dict(type="bool", default=False),
            pii_scan=dict(type="bool", default=True),
            pii_config=dict(type="dict"),
            pii_max_bytes=dict(type="raw", default=0),
            model_name=dict(type="str"),
            model_version=dict(type="str"),
        ),
        required_together=[["model_name", "model_version"]],
        supports_check_mode=True,
    )
    try:
        result = run_module(module)
    except lineage.DatasetError as e:
        module.fail_json(msg="Cannot fingerprint the dataset: %s" % e)
    except lineage.MlflowAuthError as e:
        module.fail_json(msg="MLflow rejected the credentials: %s" % e, status=e.status)
    except lineage.MlflowUnreachable as e:
        module.fail_json(msg=str(e))
    except lineage.MlflowError as e:
        module.fail_json(msg=str(e), status=e.status, error_code=e.error_code)
    module.exit_json(**result)


if __name__ == "__main__":
    main()
