"""The privacy audit end to end against in-process stub endpoints: a memorising classifier (full
probabilities or labels only), a per-key query budget, and a chat endpoint that leaks canaries."""
import importlib.util
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles", "privacy_audit", "files", "mia_privacy_audit.py")
_SPEC = importlib.util.spec_from_file_location("mia_privacy_audit", _PATH)
audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(audit)
HARDENING = os.path.join(os.path.dirname(__file__), "..", "..", "..", "plugins", "module_utils", "_mia_hardening.py")

CANARIES = [{"record": 0, "name": "Alice Abbott", "email": "alice.abbott@example.com", "phone": "+1 555-0101",
             "card": "4111111111111111", "secret": "AKIAAAAAAAAAAAAAAAAA", "address": "1 Oak Street, Lakeside"},
            {"record": 1, "name": "Bruno Brennan", "email": "bruno.brennan@example.org", "phone": "+1 555-0102",
             "card": "5500000000000004", "secret": "sk-xyz", "address": "2 Elm Terrace, Ashford"}]


class Stub:
    """Memorises its members: the true label gets 0.999 for a member, 0.6 otherwise."""

    def __init__(self, members, label_only=False, budgets=None, accept_any_client=False):
        from sklearn.datasets import load_digits

        digits = load_digits()
        self.lookup = {tuple(np.round(row, 6)): int(t) for row, t in zip(digits.data, digits.target)}
        self.members = {tuple(np.round(digits.data[i], 6)) for i in members}
        self.label_only, self.budgets, self.accept_any = label_only, budgets, accept_any_client
        self.used = {}

    def predict(self, row):
        key = tuple(np.round(row, 6))
        label = self.lookup.get(key, int(np.argmax(row[:10])))
        top = 0.999 if key in self.members else 0.6
        probs = [(1 - top) / 9] * 10
        probs[label] = top
        return probs


def _serve(stub):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            """Silence."""

        def _send(self, status, body):
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            if self.path == "/v1/chat/completions":
                prompt = body["messages"][-1]["content"]
                text = " ".join("%s %s" % (c["name"], c["email"]) for c in CANARIES if c["name"] == prompt)
                return self._send(200, {"choices": [{"message": {"role": "assistant", "content": text or "hello"}}]})
            if stub.budgets is not None:
                key = self.headers.get("X-API-Key")
                if key not in stub.budgets and not (stub.accept_any and self.headers.get("X-Client-Id")):
                    return self._send(401, {"error": {"code": "unauthorized"}})
                who = key or self.headers.get("X-Client-Id")
                stub.used[who] = stub.used.get(who, 0) + len(body["inputs"])
                if stub.used[who] > stub.budgets.get(key, 10 ** 9):
                    return self._send(429, {"error": {"code": "budget_exhausted"}})
            probs = [stub.predict(np.asarray(row)) for row in body["inputs"]]
            labels = [int(np.argmax(p)) for p in probs]
            return self._send(200, {"labels": labels} if stub.label_only else {"probabilities": probs, "labels": labels})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d" % server.server_address[1]


@pytest.fixture
def manifest(tmp_path):
    members = np.random.default_rng(1234).permutation(1797)[:300]
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"member_indices": [int(i) for i in members], "n_classes": 10}))
    return str(path), members


def _config(url, manifest_path, out, **extra):
    cfg = {"name": "stub", "predict_url": url + "/v1/predict", "manifest": manifest_path, "output_dir": str(out),
           "targets_per_side": 40, "bootstrap": 30, "hardening_module": HARDENING,
           "shadow": {"models": 2, "hidden_units": 16, "max_iter": 40},
           "label_only": {"augmentations": 3},
           "inversion": {"steps": 2, "directions": 2, "classes": [0]},
           "thresholds": {"max_auc": 0.6}}
    cfg.update(extra)
    return audit.validate_config(cfg)


def test_full_probabilities_leak_and_fail_the_gate(manifest, tmp_path):
    server, url = _serve(Stub(manifest[1]))
    try:
        report = audit.run_audit(_config(url, manifest[0], tmp_path))
    finally:
        server.shutdown()
    assert report["endpoint_output"] == "dense"
    assert report["membership"]["confidence_threshold"]["auc"] == 1.0
    assert report["membership"]["lira_offline"]["auc"] > 0.9
    assert not report["passed"] and any("confidence_threshold AUC 1.000" in v for v in report["violations"])
    assert report["queries"]["rows"] > 80 and report["model_inversion"]["queries"] > 0
    html = audit.render_html(report)
    assert "<svg" in html and "data:image/png;base64," in html and "FAILED" in html


def test_label_only_output_hides_confidence_but_is_reported(manifest, tmp_path):
    server, url = _serve(Stub(manifest[1], label_only=True))
    try:
        report = audit.run_audit(_config(url, manifest[0], tmp_path, attacks=["confidence_threshold", "label_only"]))
    finally:
        server.shutdown()
    assert report["endpoint_output"] == "label"
    # The stub labels every known row correctly: labels carry no membership signal here.
    assert report["membership"]["confidence_threshold"]["auc"] == 0.5
    assert report["passed"]


def test_defense_aware_attacker_uses_the_known_policy(manifest, tmp_path):
    server, url = _serve(Stub(manifest[1]))
    try:
        report = audit.run_audit(_config(url, manifest[0], tmp_path, attacks=["defense_aware"],
                                         known_policy={"reverse_sigmoid": {"beta": 0.5, "gamma": 0.2}}))
    finally:
        server.shutdown()
    assert report["membership"]["defense_aware"]["known_policy"] == {"reverse_sigmoid": {"beta": 0.5, "gamma": 0.2}}


def test_budget_stops_a_key_and_refuses_fresh_identities(tmp_path):
    server, url = _serve(Stub([], budgets={"good": 20}))
    try:
        cfg = audit.validate_config({"output_dir": str(tmp_path), "attacks": [],
                                     "budget": {"url": url + "/v1/predict", "max_queries": 100,
                                                "headers": {"X-API-Key": "good"},
                                                "fresh_identities": [{"X-API-Key": "made-up"}, {"X-Client-Id": "new"}]},
                                     "thresholds": {"require_budget_stop": True, "forbid_fresh_identity": True}})
        report = audit.run_audit(cfg)
    finally:
        server.shutdown()
    budget = report["budget"]
    assert budget["stopped_by_budget"] and budget["queries_until_stopped"] == 21
    assert budget["statuses"] == {"200": 20, "429": 1}
    assert [f["status"] for f in budget["fresh_identities"]] == [401, 401]
    assert report["passed"]


def test_self_declared_identity_is_flagged(tmp_path):
    server, url = _serve(Stub([], budgets={"good": 1000}, accept_any_client=True))
    try:
        cfg = audit.validate_config({"output_dir": str(tmp_path), "attacks": [],
                                     "budget": {"url": url + "/v1/predict", "max_queries": 30,
                                                "headers": {"X-API-Key": "good"},
                                                "fresh_identities": [{"X-Client-Id": "fresh"}]},
                                     "thresholds": {"require_budget_stop": True, "forbid_fresh_identity": True}})
        report = audit.run_audit(cfg)
    finally:
        server.shutdown()
    assert not report["budget"]["stopped_by_budget"]
    assert report["budget"]["fresh_identity_accepted"]
    assert len(report["violations"]) == 2


def test_canary_extraction_counts_planted_values(tmp_path):
    canaries = tmp_path / "canaries.json"
    canaries.write_text(json.dumps(CANARIES))
    server, url = _serve(Stub([]))
    try:
        cfg = audit.validate_config({"output_dir": str(tmp_path), "attacks": [],
                                     "canaries": {"url": url + "/v1/chat/completions", "file": str(canaries)},
                                     "thresholds": {"max_canary_fields": 0}})
        report = audit.run_audit(cfg)
    finally:
        server.shutdown()
    assert report["canaries"]["records_with_leaks"] == 2
    assert report["canaries"]["fields_extracted_by_type"]["email"] == 2
    assert report["canaries"]["fields_extracted"] == 2  # the stub leaks names and e-mails only
    assert report["violations"] == ["2 canary fields extracted > 0"]


def test_main_exit_codes(manifest, tmp_path):
    server, url = _serve(Stub(manifest[1]))
    try:
        path = tmp_path / "audit.json"
        cfg = {"name": "cli", "predict_url": url + "/v1/predict", "manifest": manifest[0], "output_dir": str(tmp_path / "out"),
               "targets_per_side": 20, "bootstrap": 20, "attacks": ["confidence_threshold"], "thresholds": {"max_auc": 0.6}}
        path.write_text(json.dumps(cfg))
        assert audit.main(["run", "--config", str(path)]) == audit.EXIT_GATE
        cfg["thresholds"] = {"max_auc": 1.0}
        path.write_text(json.dumps(cfg))
        assert audit.main(["run", "--config", str(path)]) == audit.EXIT_OK
        assert (tmp_path / "out" / "report.json").is_file() and (tmp_path / "out" / "report.html").is_file()
        cfg["thresholds"] = {"nonsense": 1}
        path.write_text(json.dumps(cfg))
        assert audit.main(["run", "--config", str(path)]) == audit.EXIT_CONFIG
        cfg["thresholds"] = {}
        cfg["predict_url"] = "http://127.0.0.1:9/v1/predict"
        path.write_text(json.dumps(cfg))
        assert audit.main(["run", "--config", str(path)]) == audit.EXIT_ERROR
    finally:
        server.shutdown()


def test_an_audit_stopped_by_the_budget_is_incomplete_not_passed(manifest, tmp_path):
    server, url = _serve(Stub(manifest[1], budgets={"audit": 300}))
    try:
        report = audit.run_audit(_config(url, manifest[0], tmp_path, headers={"X-API-Key": "audit"},
                                         attacks=["confidence_threshold", "label_only"], thresholds={"max_auc": 1.0}))
    finally:
        server.shutdown()
    assert report["stopped_by"].startswith("HTTP 429")
    assert report["queries"]["rows"] <= 300
    assert not report["passed"] and report["violations"][-1].startswith("audit incomplete")
    assert "stopped the audit" in audit.render_html(report)
