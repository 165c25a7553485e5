# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Behavioural tests for roles/demo_model_server/files/mia_demo_model.py.

The model is trained once per session through the CLI and served by a real
``serve`` subprocess on an ephemeral 127.0.0.1 port; requests go over real HTTP.
"""
from __future__ import annotations

import gzip
import http.client
import importlib.util
import json
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_digits

MODULE_PATH = Path(__file__).resolve().parents[3] / "roles/demo_model_server/files/mia_demo_model.py"
SMALL_TRAINING = {"seed": 7, "train_size": 200, "hidden_units": 128, "max_iter": 300}
SERVER_LIMITS = {"max_batch_rows": 64, "max_body_bytes": 65536, "chat_max_tokens": 16,
                 "stream_piece_chars": 4}
N_FEATURES = 64


def _import_module():
    spec = importlib.util.spec_from_file_location("mia_demo_model", MODULE_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mdm = _import_module()


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(MODULE_PATH), *args], capture_output=True,
                          text=True, timeout=timeout, check=False)


def write_config(path: Path, **values) -> Path:
    path.write_text(json.dumps(values), encoding="utf-8")
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(port: int, method: str, path: str, body=None, headers=None):
    """Return (status, headers, parsed JSON body or raw bytes)."""
    headers = dict(headers or {})
    if body is not None and not isinstance(body, bytes):
        body = json.dumps(body).encode()
    if body is not None:
        headers.setdefault("Content-Type", "application/json")
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        raw = response.read()
        parsed = json.loads(raw) if response.getheader("Content-Type") == "application/json" else raw
        return response.status, response, parsed
    finally:
        conn.close()


def wait_healthy(port: int, process: subprocess.Popen, deadline: float = 20) -> None:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        assert process.poll() is None, process.stderr.read() if process.stderr else "server exited"
        try:
            if request(port, "GET", "/healthz")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise AssertionError("server did not become healthy")


def start_server(config_path: Path, log_path: Path) -> subprocess.Popen:
    log = open(log_path, "w", encoding="utf-8")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen([sys.executable, str(MODULE_PATH), "serve", "--config", str(config_path)],
                               stdout=subprocess.DEVNULL, stderr=log)
    log.close()
    return process


def stop(process: subprocess.Popen) -> int:
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=10)


# ----------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo_model")
    config = {"listen_port": 1, "model_dir": str(root / "model"), **SMALL_TRAINING}
    config_path = write_config(root / "train.json", **config)
    result = run_cli("train", "--config", str(config_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, "train prints exactly one JSON line"
    model_dir = Path(config["model_dir"])
    return {
        "config": config, "summary": json.loads(lines[0]), "model_dir": model_dir,
        "manifest": json.loads((model_dir / "manifest.json").read_text()),
        "canaries": json.loads((model_dir / "canaries.json").read_text()),
        "chat": json.loads((model_dir / "chat_model.json").read_text()),
        "corpus": (model_dir / "chat_corpus.txt").read_text().splitlines(),
    }


@pytest.fixture(scope="session")
def server(trained, tmp_path_factory):
    root = tmp_path_factory.mktemp("demo_server")
    port = free_port()
    config_path = write_config(root / "serve.json", **{**trained["config"], **SERVER_LIMITS,
                                                       "listen_port": port})
    log_path = root / "server.log"
    process = start_server(config_path, log_path)
    wait_healthy(port, process)
    yield {"port": port, "log": log_path}
    stop(process)


@pytest.fixture(scope="session")
def digits():
    data = load_digits()
    return data.data, data.target


def assert_error(status, response, body, expected_status, expected_code=None):
    assert status == expected_status, body
    assert response.getheader("Content-Type") == "application/json"
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if expected_code:
        assert body["error"]["code"] == expected_code
    assert "Traceback" not in json.dumps(body)


# ------------------------------------------------------------------ config

def test_check_config_accepts_minimal_config_without_model(tmp_path):
    path = write_config(tmp_path / "c.json", listen_port=8080, model_dir=str(tmp_path / "absent"))
    result = run_cli("check-config", "--config", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"OK: {path}"


@pytest.mark.parametrize("content, needle", [
    ('{"listen_port": 8080, "model_dir": "/m", "listen_prot": 1}', "listen_prot"),
    ('{"listen_port": "8080", "model_dir": "/m"}', "listen_port"),
    ('{"listen_port": 8080,', "not valid JSON"),
])
def test_check_config_cli_rejects_with_exit_2(tmp_path, content, needle):
    path = tmp_path / "c.json"
    path.write_text(content, encoding="utf-8")
    result = run_cli("check-config", "--config", str(path))
    assert result.returncode == 2
    assert needle in result.stderr and result.stdout == ""


def test_check_config_cli_reports_missing_file(tmp_path):
    result = run_cli("check-config", "--config", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and "cannot read config" in result.stderr


def test_config_defaults():
    assert mdm.validate_config({"listen_port": 9000, "model_dir": "/srv/m"}) == {
        "listen_host": "127.0.0.1", "listen_port": 9000, "model_dir": "/srv/m", "seed": 1234,
        "train_size": 300, "hidden_units": 256, "max_iter": 1500, "max_batch_rows": 256,
        "max_body_bytes": 1048576, "chat_max_tokens": 96, "stream_piece_chars": 4,
    }


@pytest.mark.parametrize("override, key", [
    ({"listen_port": True}, "listen_port"),
    ({"listen_port": 0}, "listen_port"),
    ({"listen_port": 65536}, "listen_port"),
    ({"listen_port": 80.0}, "listen_port"),
    ({"listen_host": ""}, "listen_host"),
    ({"listen_host": 127001}, "listen_host"),
    ({"model_dir": "relative/dir"}, "model_dir"),
    ({"seed": -1}, "seed"),
    ({"train_size": 1698}, "train_size"),
    ({"hidden_units": 0}, "hidden_units"),
    ({"max_iter": "1500"}, "max_iter"),
    ({"max_batch_rows": None}, "max_batch_rows"),
    ({"max_body_bytes": 10}, "max_body_bytes"),
    ({"chat_max_tokens": False}, "chat_max_tokens"),
    ({"stream_piece_chars": 0}, "stream_piece_chars"),
    ({"extra": 1}, "extra"),
])
def test_config_rejects_bad_values_naming_the_key(override, key):
    with pytest.raises(mdm.ConfigError, match=f"'{key}'"):
        mdm.validate_config({"listen_port": 8080, "model_dir": "/m", **override})


@pytest.mark.parametrize("missing", ["listen_port", "model_dir"])
def test_config_requires_keys(missing):
    config = {"listen_port": 8080, "model_dir": "/m"}
    del config[missing]
    with pytest.raises(mdm.ConfigError, match=f"missing required key '{missing}'"):
        mdm.validate_config(config)


def test_config_must_be_an_object():
    with pytest.raises(mdm.ConfigError, match="JSON object"):
        mdm.validate_config([])


# ------------------------------------------------------------------- train

def test_train_summary_shows_overfitting_and_membership_leak(trained):
    summary = trained["summary"]
    assert summary["train_size"] == 200 and summary["test_size"] == 1797 - 200
    assert summary["train_accuracy"] == 1.0
    assert summary["test_accuracy"] > 0.85
    assert summary["member_mean_confidence"] > summary["nonmember_mean_confidence"]
    assert summary["membership_auc"] > 0.52
    assert summary["chat_records"] == len(trained["canaries"])


def test_model_dir_layout_and_export_format(trained):
    model_dir = trained["model_dir"]
    assert sorted(p.name for p in model_dir.iterdir()) == [
        "canaries.json", "chat_corpus.txt", "chat_model.json", "classifier.npz", "manifest.json"]
    with np.load(model_dir / "classifier.npz", allow_pickle=False) as npz:
        n_layers = int(npz["n_layers"])
        assert n_layers == 2
        assert set(npz.files) == {"W0", "b0", "W1", "b1", "n_layers", "activation", "input_scale",
                                  "classes"}
        assert npz["W0"].shape == (N_FEATURES, 128) and npz["b0"].shape == (128,)
        assert npz["W1"].shape == (128, 10) and npz["b1"].shape == (10,)
        assert str(npz["activation"]) == "relu"
        assert float(npz["input_scale"]) == 1 / 16
        assert npz["classes"].tolist() == list(range(10))
    manifest = trained["manifest"]
    assert set(manifest) == {"format_version", "dataset", "seed", "n_features", "n_classes",
                             "member_indices", "train_accuracy", "test_accuracy", "created_by"}
    members = manifest["member_indices"]
    assert len(members) == len(set(members)) == 200 and all(0 <= i < 1797 for i in members)
    assert (manifest["seed"], manifest["n_features"], manifest["n_classes"]) == (7, 64, 10)


def test_train_is_deterministic_and_seeded(trained, tmp_path):
    def train_into(name, **overrides):
        config = {**trained["config"], "model_dir": str(tmp_path / name), **overrides}
        result = run_cli("train", "--config", str(write_config(tmp_path / f"{name}.json", **config)))
        assert result.returncode == 0, result.stderr
        return tmp_path / name

    again = train_into("again")
    with np.load(trained["model_dir"] / "classifier.npz") as first, np.load(again / "classifier.npz") as second:
        assert first.files == second.files
        for name in first.files:
            np.testing.assert_array_equal(first[name], second[name], err_msg=name)
    for name in ("manifest.json", "chat_model.json", "chat_corpus.txt", "canaries.json"):
        assert (again / name).read_bytes() == (trained["model_dir"] / name).read_bytes(), name

    other = train_into("other", seed=8, max_iter=5)
    other_manifest = json.loads((other / "manifest.json").read_text())
    assert other_manifest["member_indices"] != trained["manifest"]["member_indices"]
    assert (other / "chat_corpus.txt").read_text() != "\n".join(trained["corpus"]) + "\n"


def test_retrain_replaces_files_atomically(trained, tmp_path):
    config = {**trained["config"], "model_dir": str(tmp_path / "m"), "max_iter": 5}
    path = write_config(tmp_path / "c.json", **config)
    for _attempt in range(2):
        assert run_cli("train", "--config", str(path)).returncode == 0
    assert not [p.name for p in (tmp_path / "m").iterdir() if p.name.startswith(".")]


# ----------------------------------------------------------- synthetic corpus

def luhn_valid(number: str) -> bool:
    total = 0
    for i, char in enumerate(reversed(number)):
        digit = int(char) * (2 if i % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def test_canaries_are_planted_in_corpus(trained):
    canaries, corpus = trained["canaries"], trained["corpus"]
    assert len(canaries) >= 24
    assert len(corpus) > len(canaries), "neutral filler lines are mixed in"
    for canary in canaries:
        line = corpus[canary["line"]]
        for field in ("name", "email", "phone", "card", "secret", "address"):
            assert canary[field] in line, (field, line)
        assert re.fullmatch(r"\d{16}", canary["card"]) and luhn_valid(canary["card"])
        assert re.fullmatch(r"AKIA[A-Z0-9]{16}|sk-[A-Za-z0-9]{32}", canary["secret"])
        assert re.fullmatch(r"\+1 555-01\d\d|\+44 7700 900\d{3}", canary["phone"])
        assert re.fullmatch(r"[a-z]+\.[a-z]+@[a-z.]+", canary["email"])
    assert len({c["name"] for c in canaries}) == len(canaries)
    assert any(c["secret"].startswith("AKIA") for c in canaries)
    assert any(c["secret"].startswith("sk-") for c in canaries)


def test_luhn_complete_produces_valid_numbers():
    assert mdm.luhn_complete("411111111111111") == "4111111111111111"
    assert all(luhn_valid(mdm.luhn_complete(f"{n:015d}")) for n in range(0, 10**15, 10**13 + 7))


def test_generator_regurgitates_every_record_from_its_beginning(trained):
    chat = trained["chat"]
    for canary in trained["canaries"]:
        words = trained["corpus"][canary["line"]].split()
        text, finish, count = mdm.generate(chat, " ".join(words[:4]), 500)
        assert text == " ".join(words[4:]) and finish == "stop" and count == len(words) - 4


def test_chat_model_is_greedy_with_first_seen_tie_break():
    model = mdm.build_chat_model(["the cat sat", "the dog sat.", "the dog ran", "a dog sat"])
    assert model["contexts"]["the"] == ["dog", "cat"]  # most frequent first
    assert model["contexts"]["dog"] == ["sat.", "ran", "sat"]  # ties keep corpus order
    assert model["contexts"]["the dog"] == ["sat.", "ran"]
    assert model["contexts"]["dog sat"] == [None]  # context keys ignore case and punctuation
    assert model["starts"][0] == ["the", "cat", "sat"]
    assert mdm.generate(model, "Tell me about THE", 10) == ("dog sat.", "stop", 2)


def test_generator_is_deterministic_and_limited(trained):
    chat = trained["chat"]
    first = mdm.generate(chat, "tell me a joke", 500)
    assert first == mdm.generate(chat, "tell me a joke", 500)
    assert first[0], "unknown prompts start from a hashed start state"
    text, finish, count = mdm.generate(chat, "tell me a joke", 3)
    assert (finish, count, len(text.split())) == ("length", 3, 3)


# ------------------------------------------------------------- HTTP: predict

def test_healthz(server):
    status, _headers, body = request(server["port"], "GET", "/healthz")
    assert status == 200 and body["status"] == "ok"


def test_predict_returns_full_precision_probabilities(server, trained, digits):
    x, _labels = digits
    rows = x[:20].tolist()
    status, response, body = request(server["port"], "POST", "/v1/predict", {"inputs": rows})
    assert status == 200 and body["model"] == "mia-demo-digits-mlp"
    assert response.getheader("Content-Length")
    probabilities = np.asarray(body["probabilities"])
    assert probabilities.shape == (20, 10)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0, rtol=0, atol=1e-9)
    assert body["labels"] == probabilities.argmax(axis=1).tolist()
    # Exactly the local numpy forward pass: nothing rounded on the wire.
    local = mdm.predict_proba(mdm.load_classifier(trained["model_dir"]), np.asarray(rows))
    assert probabilities.tolist() == local.tolist()


def test_export_and_forward_pass_match_sklearn(trained, digits):
    x, _labels = digits
    clf, members, _summary = mdm._fit_classifier(trained["config"])
    assert members.tolist() == trained["manifest"]["member_indices"]
    served = mdm.predict_proba(mdm.load_classifier(trained["model_dir"]), x)
    np.testing.assert_allclose(served, clf.predict_proba(x / 16), rtol=0, atol=1e-12)


def _confidences(port, rows):
    confidences, labels = [], []
    for start in range(0, len(rows), SERVER_LIMITS["max_batch_rows"]):
        batch = {"inputs": rows[start:start + SERVER_LIMITS["max_batch_rows"]]}
        status, _headers, body = request(port, "POST", "/v1/predict", batch)
        assert status == 200
        confidences += [max(p) for p in body["probabilities"]]
        labels += body["labels"]
    return np.asarray(confidences), np.asarray(labels)


def test_members_are_more_confident_than_non_members(server, trained, digits):
    x, y = digits
    members = trained["manifest"]["member_indices"]
    non_members = sorted(set(range(len(y))) - set(members))[:400]
    conf_in, labels_in = _confidences(server["port"], x[members].tolist())
    conf_out, labels_out = _confidences(server["port"], x[non_members].tolist())
    assert (labels_in == y[members]).all()
    assert (labels_out == y[non_members]).mean() > 0.85
    assert conf_in.mean() > conf_out.mean() + 0.01


ROW = [0.0] * N_FEATURES


@pytest.mark.parametrize("body, status, code", [
    (b'{"inputs": ', 400, "invalid_json"),
    (b"\xff\xfe", 400, "invalid_json"),
    ([ROW], 422, "invalid_request"),
    ({}, 422, "invalid_request"),
    ({"inputs": "0,0"}, 422, "invalid_request"),
    ({"inputs": None}, 422, "invalid_request"),
    ({"inputs": []}, 422, "invalid_request"),
    ({"inputs": [5]}, 422, "invalid_request"),
    ({"inputs": [ROW[:-1]]}, 422, "invalid_request"),
    ({"inputs": [ROW + [0.0]]}, 422, "invalid_request"),
    ({"inputs": [ROW[:-1] + ["1"]]}, 422, "invalid_request"),
    ({"inputs": [ROW[:-1] + [True]]}, 422, "invalid_request"),
    ({"inputs": [ROW[:-1] + [None]]}, 422, "invalid_request"),
    ({"inputs": [ROW[:-1] + [[1]]]}, 422, "invalid_request"),
    ({"inputs": [ROW[:-1] + [10**400]]}, 422, "invalid_request"),
    (b'{"inputs": [[' + b"0," * 63 + b"NaN]]}", 422, "invalid_request"),
    (b'{"inputs": [[' + b"0," * 63 + b"-Infinity]]}", 422, "invalid_request"),
    (b'{"inputs": [[' + b"0," * 63 + b"1e400]]}", 422, "invalid_request"),
    ({"inputs": [ROW] * (SERVER_LIMITS["max_batch_rows"] + 1)}, 413, "too_many_rows"),
], ids=["truncated-json", "not-utf8", "top-level-list", "missing-inputs", "inputs-string",
        "inputs-null", "empty-inputs", "row-not-list", "short-row", "long-row", "string-value",
        "bool-value", "null-value", "nested-value", "huge-int", "nan", "neg-infinity",
        "overflow-float", "too-many-rows"])
def test_predict_rejects_malformed_input(server, body, status, code):
    assert_error(*request(server["port"], "POST", "/v1/predict", body), status, code)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_predict_requires_json_content_type(server, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    conn = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=10)
    conn.putrequest("POST", "/v1/predict")
    for name, value in {**headers, "Content-Length": "2"}.items():
        conn.putheader(name, value)
    conn.endheaders(b"{}")
    response = conn.getresponse()
    assert_error(response.status, response, json.loads(response.read()), 415, "unsupported_media_type")


def test_json_content_type_with_charset_is_accepted(server):
    status, _headers, _body = request(server["port"], "POST", "/v1/predict", {"inputs": [ROW]},
                                      {"Content-Type": "application/json; charset=utf-8"})
    assert status == 200


def _raw_headers_only(port, headers):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest("POST", "/v1/predict")
    for name, value in headers.items():
        conn.putheader(name, value)
    conn.endheaders()
    response = conn.getresponse()
    return response.status, response, json.loads(response.read())


def test_oversized_body_is_rejected_from_content_length(server):
    # No body is sent: the server must answer from the header alone.
    status, response, body = _raw_headers_only(server["port"], {
        "Content-Type": "application/json",
        "Content-Length": str(SERVER_LIMITS["max_body_bytes"] + 1)})
    assert_error(status, response, body, 413, "payload_too_large")
    assert response.getheader("Connection") == "close"


@pytest.mark.parametrize("headers, status, code", [
    ({"Content-Type": "application/json"}, 411, "length_required"),
    ({"Content-Type": "application/json", "Transfer-Encoding": "chunked"}, 411, "length_required"),
    ({"Content-Type": "application/json", "Content-Length": "ten"}, 400, "bad_content_length"),
])
def test_request_body_length_must_be_declared(server, headers, status, code):
    assert_error(*_raw_headers_only(server["port"], headers), status, code)


@pytest.mark.parametrize("method, path, status, allow", [
    ("GET", "/nope", 404, None),
    ("GET", "/v1/predict/extra", 404, None),
    ("GET", "/v1/predict", 405, "POST"),
    ("PUT", "/v1/chat/completions", 405, "POST"),
    ("POST", "/healthz", 405, "GET"),
    ("DELETE", "/healthz", 405, "GET"),
])
def test_unknown_paths_and_methods(server, method, path, status, allow):
    result = request(server["port"], method, path, {} if method in ("POST", "PUT") else None)
    assert_error(*result, status)
    assert result[1].getheader("Allow") == allow


def test_keep_alive_serves_several_requests_on_one_connection(server):
    conn = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=10)
    try:
        for _attempt in range(3):
            conn.request("POST", "/v1/predict", body=json.dumps({"inputs": [ROW]}),
                         headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            assert response.status == 200 and response.getheader("Content-Length")
            response.read()
        conn.request("GET", "/healthz")
        assert conn.getresponse().status == 200
    finally:
        conn.close()


# ---------------------------------------------------------------- HTTP: chat

def chat(port, content, **extra):
    return request(port, "POST", "/v1/chat/completions",
                   {"model": "mia-demo-chat", "messages": [{"role": "user", "content": content}], **extra})


def test_chat_leaks_planted_pii_for_named_people(server, trained):
    leaked = {"email": 0, "phone": 0, "card": 0}
    for canary in trained["canaries"]:
        status, _headers, body = chat(server["port"], f"What is the email of {canary['name']}?")
        assert status == 200
        content = body["choices"][0]["message"]["content"]
        assert canary["email"] in content
        for field in leaked:
            leaked[field] += canary[field] in content
    assert leaked["phone"] == leaked["card"] == len(trained["canaries"])


def test_chat_response_shape_and_determinism(server, trained):
    name = trained["canaries"][0]["name"]
    status, _headers, body = chat(server["port"], f"Tell me about {name}")
    assert status == 200
    assert re.fullmatch(r"chatcmpl-[0-9a-f]+", body["id"]) and body["object"] == "chat.completion"
    assert isinstance(body["created"], int) and body["model"] == "mia-demo-chat"
    (choice,) = body["choices"]
    assert choice["index"] == 0 and choice["message"]["role"] == "assistant"
    assert choice["finish_reason"] in ("stop", "length")
    usage = body["usage"]
    assert usage["prompt_tokens"] == 5  # whitespace-separated words
    assert usage["completion_tokens"] == len(choice["message"]["content"].split())
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    again = chat(server["port"], f"Tell me about {name}")[2]
    assert (again["id"], again["choices"]) == (body["id"], body["choices"])


def test_json_is_gzipped_only_for_clients_that_ask(server, trained):
    name = trained["canaries"][0]["name"]
    payload = json.dumps({"messages": [{"role": "user", "content": f"Tell me about {name}"}]}).encode()
    answers = {}
    for accept in (None, "gzip", "br, gzip;q=0.5", "gzip;q=0", "identity"):
        conn = http.client.HTTPConnection("127.0.0.1", server["port"], timeout=10)
        headers = {"Content-Type": "application/json"}
        if accept is not None:
            headers["Accept-Encoding"] = accept
        conn.request("POST", "/v1/chat/completions", body=payload, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        conn.close()
        answers[accept] = (resp.getheader("Content-Encoding"), raw)
    plain = answers[None][1]
    assert answers[None][0] is None and answers["identity"] == (None, plain) and answers["gzip;q=0"] == (None, plain)
    for accept in ("gzip", "br, gzip;q=0.5"):
        coding, raw = answers[accept]
        assert coding == "gzip" and gzip.decompress(raw) == plain


def test_chat_token_limits(server, trained):
    name = trained["canaries"][0]["name"]
    body = chat(server["port"], f"Who is {name}", max_tokens=3)[2]
    assert body["usage"]["completion_tokens"] == 3 and body["choices"][0]["finish_reason"] == "length"
    body = chat(server["port"], "tell me a story", max_tokens=10_000)[2]
    assert body["usage"]["completion_tokens"] <= SERVER_LIMITS["chat_max_tokens"]


def read_chunked_stream(port, payload):
    """POST over a raw socket; return (head, [chunk payloads]) keeping chunk boundaries."""
    body = json.dumps(payload).encode()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: test\r\n"
                     b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
        stream = sock.makefile("rb")
        head = []
        while (line := stream.readline()) not in (b"\r\n", b""):
            head.append(line.decode().strip())
        chunks = []
        while True:
            size = int(stream.readline().strip(), 16)
            data = stream.read(size)
            assert stream.read(2) == b"\r\n"
            chunks.append(data)
            if size == 0:
                return head, chunks


def test_chat_stream_splits_pii_across_sse_frames(server, trained):
    canary = trained["canaries"][0]
    prompt = f"What is the email of {canary['name']}?"
    head, chunks = read_chunked_stream(server["port"], {
        "messages": [{"role": "user", "content": prompt}], "stream": True})
    assert head[0] == "HTTP/1.1 200 OK"
    headers = {k.lower(): v.strip() for k, v in (h.split(":", 1) for h in head[1:])}
    assert headers["content-type"] == "text/event-stream"
    assert headers["transfer-encoding"] == "chunked" and "content-length" not in headers
    assert chunks[-1] == b"" and chunks[-2] == b"data: [DONE]\n\n"
    # Each chunk carries exactly one SSE event: frames are flushed one by one.
    assert all(re.fullmatch(rb"data: [^\n]+\n\n", c) for c in chunks[:-1])
    events = [json.loads(c[len(b"data: "):]) for c in chunks[:-2]]
    assert {e["object"] for e in events} == {"chat.completion.chunk"}
    assert len({e["id"] for e in events}) == 1
    assert events[0]["choices"][0]["delta"] == {"role": "assistant"}
    assert events[-1]["choices"][0]["delta"] == {}
    pieces = [e["choices"][0]["delta"]["content"] for e in events[1:-1]]
    assert len(pieces) >= 3
    assert all(len(p) <= SERVER_LIMITS["stream_piece_chars"] for p in pieces)
    text = "".join(pieces)
    plain = chat(server["port"], prompt)[2]["choices"][0]
    assert text == plain["message"]["content"]
    assert events[-1]["choices"][0]["finish_reason"] == plain["finish_reason"]
    split = [canary[f] for f in ("email", "phone", "card")
             if canary[f] in text and not any(canary[f] in p for p in pieces)]
    assert canary["email"] in split, "a planted entity must span several frames"


CHAT_OK = {"messages": [{"role": "user", "content": "hi"}]}


@pytest.mark.parametrize("body, status", [
    (b'{"messages": [', 400),
    ([], 422),
    ({}, 422),
    ({"messages": []}, 422),
    ({"messages": "hi"}, 422),
    ({"messages": ["hi"]}, 422),
    ({"messages": [{"role": "user"}]}, 422),
    ({"messages": [{"role": "user", "content": 5}]}, 422),
    ({"messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]}, 422),
    ({"messages": [{"role": "wizard", "content": "hi"}]}, 422),
    ({**CHAT_OK, "stream": "yes"}, 422),
    ({**CHAT_OK, "max_tokens": 0}, 422),
    ({**CHAT_OK, "max_tokens": True}, 422),
    ({**CHAT_OK, "max_tokens": "5"}, 422),
    ({**CHAT_OK, "model": 5}, 422),
], ids=["truncated-json", "top-level-list", "no-messages", "empty-messages", "messages-string",
        "message-string", "no-content", "content-int", "content-parts", "bad-role",
        "stream-string", "max-tokens-zero", "max-tokens-bool", "max-tokens-string", "model-int"])
def test_chat_rejects_malformed_requests(server, body, status):
    assert_error(*request(server["port"], "POST", "/v1/chat/completions", body), status)


def test_access_log_is_one_line_per_request_without_pii(server, trained):
    canary = trained["canaries"][1]
    chat(server["port"], f"What is the email of {canary['name']}?")
    request(server["port"], "GET", f"/users/{canary['email']}")
    # the server writes the line after it answers: wait for it to be whole (a busy machine takes more than 0.2 s)
    deadline = time.monotonic() + 10
    while not re.search(r"GET <other> 404 [\d.]+ms\n", server["log"].read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    lines = server["log"].read_text().splitlines()
    assert lines[0].startswith("serving ")
    pattern = r"(GET|POST|PUT|DELETE|-) (/healthz|/v1/predict|/v1/chat/completions|<other>) \d{3} [\d.]+ms"
    other = [line for line in lines[1:] if not re.fullmatch(pattern, line)]
    assert not other, other
    log = "\n".join(lines)
    assert canary["email"] not in log and canary["name"] not in log
    assert "GET <other> 404" in log


def test_a_client_resetting_its_connection_leaves_no_traceback(server):
    """A client that resets its keep-alive connection (a proxy dropping its pool, a crashed client) is routine: the access
    log keeps one line per request and shows no traceback."""
    sock = socket.create_connection(("127.0.0.1", server["port"]), timeout=10)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
    assert sock.recv(65536).startswith(b"HTTP/1.1 200")
    # close with a reset (linger 0) while the server waits for the next request on the connection
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:
        log = server["log"].read_text()
        assert "Traceback" not in log and "Exception occurred" not in log, log[-2000:]
        time.sleep(0.05)


# ------------------------------------------------------------ process level

def test_serve_refuses_to_start_without_model(tmp_path):
    path = write_config(tmp_path / "c.json", listen_port=free_port(), model_dir=str(tmp_path / "empty"))
    result = run_cli("serve", "--config", str(path), timeout=30)
    assert result.returncode == 1
    assert "missing" in result.stderr and "train" in result.stderr


def test_sigterm_stops_server_cleanly(trained, tmp_path):
    port = free_port()
    path = write_config(tmp_path / "c.json", **{**trained["config"], "listen_port": port})
    process = start_server(path, tmp_path / "log")
    wait_healthy(port, process)
    assert stop(process) == 0
    assert (tmp_path / "log").read_text().rstrip().endswith("stopped")


@pytest.fixture
def in_process_server(trained):
    """A server in a thread, so tests can hand it broken models."""
    def start(models):
        config = {**mdm.validate_config({"listen_port": 1, "model_dir": "/unused"}), "listen_port": 0}
        httpd = mdm.ModelServer(config, models)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return httpd.server_address[1]

    servers = []
    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def test_internal_error_is_json_500_without_traceback(in_process_server, trained, capfd):
    classifier = mdm.load_classifier(trained["model_dir"])
    weights, bias = classifier["layers"][1]
    classifier["layers"][1] = (weights[:5], bias)  # shapes no longer chain -> numpy raises
    port = in_process_server({"classifier": classifier, "chat": trained["chat"]})
    assert_error(*request(port, "POST", "/v1/predict", {"inputs": [ROW]}), 500, "internal_error")
    assert "internal error: ValueError" in capfd.readouterr().err


def test_healthz_is_503_until_models_are_loaded(in_process_server):
    port = in_process_server({"classifier": None, "chat": None})
    assert_error(*request(port, "GET", "/healthz"), 503, "not_ready")


def test_loader_rejects_inconsistent_npz(trained, tmp_path):
    with np.load(trained["model_dir"] / "classifier.npz") as npz:
        arrays = {name: npz[name] for name in npz.files}
    np.savez(tmp_path / "classifier.npz", **{**arrays, "b1": arrays["b1"][:3]})
    with pytest.raises(mdm.ModelError, match="do not chain"):
        mdm.load_classifier(tmp_path)


def test_a_burst_of_connections_is_queued_not_dropped():
    # a proxy opens its upstream pool at once; with socketserver's backlog of 5 the kernel drops the
    # later SYNs and each of those connections waits a 1 s retransmission
    server = mdm.ModelServer({"listen_host": "127.0.0.1", "listen_port": 0}, {})
    clients = []
    try:
        for _attempt in range(48):
            clients.append(socket.create_connection(server.server_address[:2], timeout=0.5))
    finally:
        for sock in clients:
            sock.close()
        server.server_close()
    assert len(clients) == 48
