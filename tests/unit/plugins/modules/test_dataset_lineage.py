# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""dataset_lineage main() against a small recording stand-in of the MLflow REST API.

The stand-in is a test double of an HTTP peer: it keeps experiments, runs and model versions
in memory and records every request.  The real MLflow server is exercised by the Molecule
scenario mlflow_lineage_default.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from ansible.module_utils.testing import patch_module_args

from ansible_collections.mlsec.mia_defense.plugins.modules import dataset_lineage

EMAIL = "alice.smith@example.com"
PHONE = "+1 415 555 0134"
PLANTED = (EMAIL, PHONE, "bob.jones@example.org")
AUTH = "Basic " + base64.b64encode(b"lineage:s3cret").decode()


class FakeMlflow(object):

    def __init__(self):
        self.requests = []
        self.experiments = {"0": {"experiment_id": "0", "name": "Default", "lifecycle_stage": "active"}}
        self.runs = {}
        self.models = {("m", "1"): {"name": "m", "version": "1", "tags": []}}
        self.require_auth = True
        self.fail_on = None

    def error(self, status, code, message):
        return status, {"error_code": code, "message": message}

    def handle(self, method, path, query, body, auth):
        self.requests.append((method, path, body))
        if self.require_auth and auth != AUTH:
            return 401, None
        ep = path[len("/api/2.0/mlflow/"):]
        if self.fail_on == ep:
            return self.error(500, "INTERNAL_ERROR", "boom")
        if ep == "experiments/get-by-name":
            for exp in self.experiments.values():
                if exp["name"] == query["experiment_name"][0]:
                    return 200, {"experiment": exp}
            return self.error(404, "RESOURCE_DOES_NOT_EXIST", "no such experiment")
        if ep == "experiments/create":
            eid = str(len(self.experiments))
            self.experiments[eid] = {"experiment_id": eid, "name": body["name"], "lifecycle_stage": "active"}
            return 200, {"experiment_id": eid}
        if ep == "runs/create":
            rid = uuid.uuid4().hex
            self.runs[rid] = {"info": {"run_id": rid, "experiment_id": body["experiment_id"], "status": "RUNNING",
                                       "start_time": body["start_time"], "run_name": body.get("run_name")},
                              "data": {"tags": list(body.get("tags", [])), "metrics": []},
                              "inputs": {"dataset_inputs": []}}
            return 200, {"run": self.runs[rid]}
        if ep == "runs/get":
            run = self.runs.get(query["run_id"][0])
            return (200, {"run": run}) if run else self.error(404, "RESOURCE_DOES_NOT_EXIST", "no run")
        run = self.runs.get(body.get("run_id")) if isinstance(body, dict) else None
        if ep == "runs/log-batch":
            for tag in body["tags"]:
                self._set_tag(run, tag["key"], tag["value"])
            run["data"]["metrics"].extend(body["metrics"])
            return 200, {}
        if ep == "runs/set-tag":
            self._set_tag(run, body["key"], body["value"])
            return 200, {}
        if ep == "runs/log-inputs":
            assert len(body["datasets"][0]["dataset"]["digest"]) <= 36  # MLflow's limit
            run["inputs"]["dataset_inputs"].extend(body["datasets"])
            return 200, {}
        if ep == "runs/update":
            run["info"]["status"] = body["status"]
            return 200, {}
        if ep == "runs/search":
            return 200, {"runs": self._search(body)}
        if ep == "model-versions/get":
            mv = self.models.get((query["name"][0], query["version"][0]))
            return (200, {"model_version": mv}) if mv else self.error(404, "RESOURCE_DOES_NOT_EXIST", "no version")
        if ep == "model-versions/set-tag":
            mv = self.models[(body["name"], body["version"])]
            mv["tags"] = [t for t in mv["tags"] if t["key"] != body["key"]] + [{"key": body["key"], "value": body["value"]}]
            return 200, {}
        return self.error(404, "ENDPOINT_NOT_FOUND", ep)

    @staticmethod
    def _set_tag(run, key, value):
        run["data"]["tags"] = [t for t in run["data"]["tags"] if t["key"] != key] + [{"key": key, "value": value}]

    def _search(self, body):
        conds = re.findall(r"tags\.`([^`]+)` = '([^']*)'|attributes\.status = '(\w+)'", body["filter"])
        out = []
        for run in sorted(self.runs.values(), key=lambda r: -r["info"]["start_time"]):
            if run["info"]["experiment_id"] not in body["experiment_ids"]:
                continue
            tags = dict((t["key"], t["value"]) for t in run["data"]["tags"])
            if all((tags.get(k) == v) if k else run["info"]["status"] == s for k, v, s in conds):
                out.append(run)
        return out[:body["max_results"]]

    def writes(self):
        return [r for r in self.requests if r[0] == "POST" and r[1] != "/api/2.0/mlflow/runs/search"]


@pytest.fixture
def mlflow():
    fake = FakeMlflow()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _do(self, method):
            url = urlparse(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length)) if length else None
            status, payload = fake.handle(method, url.path, parse_qs(url.query), body, self.headers.get("Authorization"))
            data = json.dumps(payload).encode() if payload is not None else b"<html>401</html>"
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self._do("GET")

        def do_POST(self):
            self._do("POST")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    fake.url = "http://127.0.0.1:%d" % server.server_address[1]
    yield fake
    server.shutdown()
    server.server_close()


@pytest.fixture
def dataset(tmp_path):
    root = tmp_path / "customers"
    root.mkdir()
    (root / "people.csv").write_text("id,email,phone\n1,%s,%s\n2,bob.jones@example.org,(212) 555-0199\n" % (EMAIL, PHONE))
    (root / "notes.jsonl").write_text(json.dumps({"text": "write to " + EMAIL, "label": 1}) + "\n")
    return root


def run(args, capsys, check=False, diff=False):
    args = dict(args)
    if check:
        args["_ansible_check_mode"] = True
    if diff:
        args["_ansible_diff"] = True
    with patch_module_args(args):
        with pytest.raises(SystemExit) as exc:
            dataset_lineage.main()
    out = capsys.readouterr().out
    for value in PLANTED:
        assert value not in out, "a PII value leaked into the module result"
    return exc.value.code, json.loads(out)


def base(mlflow, dataset, **extra):
    args = {"path": str(dataset), "tracking_uri": mlflow.url, "url_username": "lineage", "url_password": "s3cret"}
    args.update(extra)
    return args


def test_first_run_creates_experiment_and_run_then_is_idempotent(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset), capsys)
    assert code == 0, result
    assert result["changed"] is True
    assert result["pii"] == {"EMAIL": 3, "PHONE": 2} and result["pii_total"] == 5
    assert result["num_files"] == 2 and result["num_rows"] == 3
    assert len(result["sha256"]) == 64 and result["digest"] == result["sha256"][:36]
    assert mlflow.experiments[result["experiment_id"]]["name"] == "dataset-lineage"
    stored = mlflow.runs[result["run_id"]]
    assert stored["info"]["status"] == "FINISHED"
    tags = dict((t["key"], t["value"]) for t in stored["data"]["tags"])
    assert tags["mia.lineage.sha256"] == result["sha256"]
    assert tags["mia.lineage.name"] == "customers"
    assert tags["mia.pii.EMAIL"] == "3" and tags["mia.pii.total"] == "5"
    metrics = dict((m["key"], m["value"]) for m in stored["data"]["metrics"])
    assert metrics["pii.PHONE"] == 2 and metrics["dataset.num_rows"] == 3
    ds_input = stored["inputs"]["dataset_inputs"][0]
    assert ds_input["dataset"]["digest"] == result["digest"]
    assert json.loads(ds_input["dataset"]["profile"])["sha256"] == result["sha256"]
    assert {"key": "mia.dataset.sha256", "value": result["sha256"]} in ds_input["tags"]
    assert {"key": "mlflow.data.context", "value": "training"} in ds_input["tags"]
    assert [c["name"] for c in json.loads(ds_input["dataset"]["schema"])["mlflow_colspec"]] == ["text", "label", "id", "email", "phone"]
    # the marker tag is written after the dataset input, and the run finished after that
    eps = [r[1].rsplit("/", 2)[-2] + "/" + r[1].rsplit("/", 1)[-1] for r in mlflow.writes()]
    assert eps.index("runs/set-tag") > eps.index("runs/log-inputs")
    assert eps[-1] == "runs/update"
    for value in PLANTED:
        assert value not in json.dumps(mlflow.requests), "a PII value was sent to MLflow"

    writes = len(mlflow.writes())
    code, again = run(base(mlflow, dataset), capsys)
    assert code == 0 and again["changed"] is False
    assert again["run_id"] == result["run_id"]
    assert len(mlflow.writes()) == writes


def test_edited_file_gives_new_fingerprint_and_run_with_diff(mlflow, dataset, capsys):
    first = run(base(mlflow, dataset), capsys)[1]
    (dataset / "notes.jsonl").write_text(json.dumps({"text": "nothing personal", "label": 0}) + "\n")
    writes = len(mlflow.writes())
    code, checked = run(base(mlflow, dataset), capsys, check=True, diff=True)
    assert code == 0 and checked["changed"] is True
    assert checked["run_id"] is None and len(mlflow.writes()) == writes  # check mode writes nothing
    assert checked["diff"]["before"]["sha256"] == first["sha256"]
    assert checked["diff"]["after"]["sha256"] == checked["sha256"] != first["sha256"]
    assert checked["diff"]["before"]["pii"] == {"EMAIL": 3, "PHONE": 2}
    assert checked["diff"]["after"]["pii"] == {"EMAIL": 2, "PHONE": 2}
    code, second = run(base(mlflow, dataset), capsys)
    assert second["changed"] is True and second["run_id"] != first["run_id"]
    assert second["sha256"] == checked["sha256"]
    assert len(mlflow.runs) == 2


def test_check_mode_on_a_fresh_server_writes_nothing(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset), capsys, check=True, diff=True)
    assert code == 0 and result["changed"] is True
    assert result["experiment_id"] is None and result["run_id"] is None
    assert mlflow.writes() == []
    assert result["diff"]["before"] == {} and result["diff"]["after"]["pii_total"] == 5


def test_unchanged_diff_is_empty(mlflow, dataset, capsys):
    run(base(mlflow, dataset), capsys)
    result = run(base(mlflow, dataset), capsys, check=True, diff=True)[1]
    assert result["changed"] is False
    assert result["diff"]["before"] == result["diff"]["after"]


def test_bad_credentials(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset, url_password="wrong"), capsys)
    assert code == 1 and result["failed"] is True
    assert "HTTP 401" in result["msg"] and "url_username" in result["msg"]
    assert "wrong" not in json.dumps(result)


def test_unreachable_server(dataset, capsys):
    code, result = run({"path": str(dataset), "tracking_uri": "http://127.0.0.1:1", "timeout": 5}, capsys)
    assert code == 1 and "cannot reach MLflow at http://127.0.0.1:1" in result["msg"]


def test_not_mlflow(mlflow, dataset, capsys):
    mlflow.require_auth = False
    mlflow.fail_on = "experiments/get-by-name"
    code, result = run(base(mlflow, dataset), capsys)
    assert code == 1 and "HTTP 500" in result["msg"] and result["error_code"] == "INTERNAL_ERROR"


def test_failed_logging_marks_the_run_failed_and_is_retried(mlflow, dataset, capsys):
    mlflow.fail_on = "runs/log-inputs"
    code, result = run(base(mlflow, dataset), capsys)
    assert code == 1 and "HTTP 500" in result["msg"]
    (failed,) = mlflow.runs.values()
    assert failed["info"]["status"] == "FAILED"
    assert "mia.lineage.sha256" not in [t["key"] for t in failed["data"]["tags"]]
    mlflow.fail_on = None
    code, result = run(base(mlflow, dataset), capsys)
    assert code == 0 and result["changed"] is True and result["run_id"] != failed["info"]["run_id"]


def test_unreadable_dataset(mlflow, tmp_path, capsys):
    code, result = run(base(mlflow, tmp_path / "missing"), capsys)
    assert code == 1 and result["msg"].startswith("Cannot fingerprint the dataset: cannot access")
    assert mlflow.requests == []


def test_attach_to_existing_run_and_tag_model_version(mlflow, dataset, capsys):
    mlflow.handle("POST", "/api/2.0/mlflow/runs/create", {}, {"experiment_id": "0", "start_time": 1}, AUTH)
    (train_run,) = mlflow.runs
    args = base(mlflow, dataset, run_id=train_run, name="train", model_name="m", model_version="1")
    code, result = run(args, capsys, diff=True)
    assert code == 0 and result["changed"] is True and result["run_id"] == train_run
    stored = mlflow.runs[train_run]
    assert stored["inputs"]["dataset_inputs"][0]["dataset"]["name"] == "train"
    tags = dict((t["key"], t["value"]) for t in stored["data"]["tags"])
    assert tags["mia.dataset.train.sha256"] == result["sha256"]
    assert tags["mia.dataset.train.pii.EMAIL"] == "3"
    mv_tags = dict((t["key"], t["value"]) for t in mlflow.models[("m", "1")]["tags"])
    assert mv_tags == {"mia.dataset.train.sha256": result["sha256"], "mia.dataset.train.run_id": train_run,
                       "mia.dataset.train.pii_total": "5"}
    assert result["model_version_tags"] == mv_tags
    writes = len(mlflow.writes())
    code, again = run(args, capsys)
    assert again["changed"] is False and len(mlflow.writes()) == writes


def test_model_link_in_check_mode_and_missing_version(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset, model_name="m", model_version="1"), capsys, check=True)
    assert code == 0 and result["changed"] is True and mlflow.writes() == []
    code, result = run(base(mlflow, dataset, model_name="m", model_version="7"), capsys)
    assert code == 1 and "model version m/7 does not exist" in result["msg"]


def test_pii_in_file_and_column_names_is_not_sent(mlflow, tmp_path, capsys):
    root = tmp_path / "raw"
    root.mkdir()
    (root / ("%s.csv" % EMAIL)).write_text("%s,x\n1,2\n" % PHONE)
    code, result = run(base(mlflow, root), capsys)
    assert code == 0
    assert result["files"][0]["path"].startswith("redacted-")
    assert result["schema"]["mlflow_colspec"][0]["name"].startswith("redacted-")
    for value in PLANTED:
        assert value not in json.dumps(mlflow.requests)


def test_options_are_checked(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset, name="it's"), capsys)
    assert code == 1 and "quotes" in result["msg"]
    code, result = run(base(mlflow, dataset, model_name="m"), capsys)
    assert code == 1 and "model_name" in result["msg"]
    code, result = run(base(mlflow, dataset, pii_config={"bogus": 1}), capsys)
    assert code == 1 and result["msg"].startswith("Invalid PII engine config")
    code, result = run(base(mlflow, dataset, pii_max_bytes="lots"), capsys)
    assert code == 1 and "pii_max_bytes" in result["msg"]
    assert mlflow.requests == []


def test_no_pii_scan(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset, pii_scan=False, exclude=["*.jsonl"]), capsys)
    assert code == 0 and result["pii"] == {} and result["num_files"] == 1
    tags = dict((t["key"], t["value"]) for t in mlflow.runs[result["run_id"]]["data"]["tags"])
    assert tags["mia.lineage.pii_scanned"] == "false"


def test_extra_tags_cannot_replace_the_record(mlflow, dataset, capsys):
    code, result = run(base(mlflow, dataset, tags={"team": "ml", "mia.lineage.sha256": "forged", "mia.pii.total": "0"}), capsys)
    assert code == 0
    tags = dict((t["key"], t["value"]) for t in mlflow.runs[result["run_id"]]["data"]["tags"])
    assert tags["team"] == "ml"
    assert tags["mia.lineage.sha256"] == result["sha256"] and tags["mia.pii.total"] == "5"
    sent = [r[2] for r in mlflow.requests if r[1].endswith("/runs/log-batch")]
    assert "forged" not in json.dumps(sent)
