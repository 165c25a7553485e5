"""MLflow logging of the DP training script over the REST API, against a stub tracking server."""
import base64
import importlib.util
import json
import os
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles", "dp_training", "files", "mia_dp_train.py")
_SPEC = importlib.util.spec_from_file_location("mia_dp_train", _PATH)
dp = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dp)

REPORT = {
    "config": {"target_epsilon": 8.0, "target_delta": 1e-4, "max_grad_norm": 1.0, "epochs": 15, "batch_size": 150,
               "learning_rate": 2.0, "accountant": "rdp", "hidden_units": [32], "train_size": 1000, "seed": 1234},
    "dp": {"epsilon": 7.99, "delta": 1e-4, "noise_multiplier": 1.14, "sample_rate": 0.15},
    "private": {"train_accuracy": 0.86, "test_accuracy": 0.84},
    "baseline": {"train_accuracy": 1.0, "test_accuracy": 0.97},
    "accuracy_cost": 0.13, "model_sha256": "ab" * 32,
    "dataset": {"name": "data.csv", "sha256": "cd" * 32},
}


def _stub(calls, experiments):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            """Silence."""

        def do_GET(self):
            path, query = self.path.split("?", 1)
            self._answer(path, dict(urllib.parse.parse_qsl(query)), "GET")

        def do_POST(self):
            self._answer(self.path, json.loads(self.rfile.read(int(self.headers["Content-Length"]))), "POST")

        def _answer(self, path, body, method):
            endpoint = path.split("/api/2.0/mlflow/", 1)[1]
            # MLflow's REST API: get-by-name is a GET (nginx in front answers 405 to a POST).
            assert method == ("GET" if endpoint == "experiments/get-by-name" else "POST"), (method, endpoint)
            calls.append((endpoint, body, self.headers.get("Authorization")))
            status, answer = 200, {}
            if endpoint == "experiments/get-by-name":
                if body["experiment_name"] in experiments:
                    answer = {"experiment": {"experiment_id": experiments[body["experiment_name"]]}}
                else:
                    status, answer = 404, {"error_code": "RESOURCE_DOES_NOT_EXIST"}
            elif endpoint == "experiments/create":
                experiments[body["name"]] = "7"
                answer = {"experiment_id": "7"}
            elif endpoint == "runs/create":
                answer = {"run": {"info": {"run_id": "run-1"}}}
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_logs_params_metrics_and_tags_with_basic_auth():
    calls, experiments = [], {}
    server = _stub(calls, experiments)
    try:
        run_id = dp.log_to_mlflow({"tracking_uri": "http://127.0.0.1:%d" % server.server_address[1],
                                   "experiment": "dp", "username": "u", "password": "p"}, REPORT)
    finally:
        server.shutdown()
    assert run_id == "run-1"
    assert [c[0] for c in calls] == ["experiments/get-by-name", "experiments/create", "runs/create",
                                     "runs/log-batch", "runs/update"]
    assert all(c[2] == "Basic " + base64.b64encode(b"u:p").decode() for c in calls)
    batch = calls[3][1]
    metrics = {m["key"]: m["value"] for m in batch["metrics"]}
    assert metrics["epsilon"] == 7.99 and metrics["baseline_test_accuracy"] == 0.97
    params = {p["key"]: p["value"] for p in batch["params"]}
    assert params["target_delta"] == "0.0001" and params["hidden_units"] == "[32]"
    tags = {t["key"]: t["value"] for t in batch["tags"]}
    assert tags["mia.dataset.sha256"] == "cd" * 32 and tags["mia.model.sha256"] == "ab" * 32
    assert calls[4][1]["status"] == "FINISHED"


def test_existing_experiment_is_reused_without_auth():
    calls, experiments = [], {"dp": "3"}
    server = _stub(calls, experiments)
    try:
        dp.log_to_mlflow({"tracking_uri": "http://127.0.0.1:%d" % server.server_address[1], "experiment": "dp"}, REPORT)
    finally:
        server.shutdown()
    assert [c[0] for c in calls][:2] == ["experiments/get-by-name", "runs/create"]
    assert calls[1][1]["experiment_id"] == "3" and calls[1][2] is None
