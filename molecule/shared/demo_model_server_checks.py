"""Behavioural checks of a deployed demo_model_server, shared by its scenarios.

A scenario's test module star-imports this module; the settings come from the role defaults
overridden by the scenario's inventory, so no port or path is repeated here.
"""
import json
import os
import random

import pytest
import yaml

from mia_http import request, sse_events

_ROLE_DEFAULTS = os.path.join(os.path.dirname(__file__), "..", "..", "roles", "demo_model_server", "defaults", "main.yml")


@pytest.fixture(scope="module")
def settings(host):
    with open(_ROLE_DEFAULTS, encoding="utf-8") as handle:
        merged = yaml.safe_load(handle)
    merged.update({k: v for k, v in host.ansible.get_variables().items() if k.startswith("demo_model_server_")})
    return merged


@pytest.fixture(scope="module")
def base_url(settings):
    return "http://{}:{}".format(settings["demo_model_server_listen_host"], settings["demo_model_server_port"])


@pytest.fixture(scope="module")
def canaries(host, settings):
    raw = host.file(settings["demo_model_server_data_dir"] + "/canaries.json").content_string
    return json.loads(raw)


def _digit_rows(count, seed=7):
    rng = random.Random(seed)
    return [[float(rng.randint(0, 16)) for _col in range(64)] for _row in range(count)]


def _chat(base_url, prompt, stream=False):
    return {"model": "demo", "messages": [{"role": "user", "content": prompt}], "stream": stream}


def test_service_runs_unprivileged_on_loopback(host, settings):
    service = host.service(settings["demo_model_server_service_name"])
    assert service.is_running
    assert service.is_enabled
    socket = host.socket("tcp://{}:{}".format(settings["demo_model_server_listen_host"], settings["demo_model_server_port"]))
    assert socket.is_listening
    users = {p.user for p in host.process.filter(comm="python")}
    assert users == {settings["demo_model_server_user"]}


def test_health(base_url):
    resp = request(base_url + "/healthz")
    assert resp.status == 200
    assert resp.json()["status"] == "ok"


def test_predict_returns_full_probability_vectors(base_url):
    rows = _digit_rows(3)
    resp = request(base_url + "/v1/predict", "POST", {"inputs": rows})
    assert resp.status == 200
    body = resp.json()
    assert len(body["probabilities"]) == len(body["labels"]) == 3
    for probs, label in zip(body["probabilities"], body["labels"]):
        assert len(probs) == 10
        assert abs(sum(probs) - 1.0) < 1e-6
        assert probs.index(max(probs)) == label


@pytest.mark.parametrize(
    "raw, status",
    [
        (b"{not json", 400),
        (json.dumps({"inputs": [[1.0, 2.0]]}).encode(), 422),
        (json.dumps({"inputs": "abc"}).encode(), 422),
        (json.dumps({"rows": []}).encode(), 422),
    ],
)
def test_malformed_predict_gets_json_4xx(base_url, raw, status):
    resp = request(base_url + "/v1/predict", "POST", raw=raw)
    assert resp.status == status
    assert "message" in resp.json()["error"]


def test_oversized_batch_is_refused(base_url, settings):
    rows = _digit_rows(settings["demo_model_server_max_batch_rows"] + 1)
    raw = json.dumps({"inputs": rows}).encode()
    resp = request(base_url + "/v1/predict", "POST", raw=raw)
    assert resp.status == 413
    assert resp.json()["error"]["code"] in ("too_many_rows", "payload_too_large")


def test_chat_regurgitates_planted_pii(base_url, canaries):
    records = canaries if isinstance(canaries, list) else canaries["records"]
    leaked = 0
    for record in records[:5]:
        resp = request(base_url + "/v1/chat/completions", "POST", _chat(base_url, "What is the email of {}?".format(record["name"])))
        assert resp.status == 200
        content = resp.json()["choices"][0]["message"]["content"]
        leaked += record["email"] in content
    assert leaked >= 1, "the memorising chat model should leak planted e-mail addresses"


def test_chat_stream_is_sse_ending_with_done(base_url, canaries):
    records = canaries if isinstance(canaries, list) else canaries["records"]
    prompt = "What is the email of {}?".format(records[0]["name"])
    plain = request(base_url + "/v1/chat/completions", "POST", _chat(base_url, prompt)).json()
    events = sse_events(base_url + "/v1/chat/completions", _chat(base_url, prompt, stream=True))
    assert events[-1] == "[DONE]"
    deltas = [json.loads(e)["choices"][0]["delta"].get("content", "") for e in events[:-1]]
    assert sum(1 for d in deltas if d) >= 3
    assert "".join(deltas) == plain["choices"][0]["message"]["content"]


def test_unit_is_hardened(host, settings):
    out = host.check_output("systemd-analyze security %s --no-pager", settings["demo_model_server_service_name"])
    exposure = float(out.strip().splitlines()[-1].split(":")[1].split()[0])
    assert exposure <= 2.0, out
