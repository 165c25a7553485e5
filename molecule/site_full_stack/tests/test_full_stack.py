"""The whole stack from site.yml, proven end to end through the gateway on its default ports."""
import json
import time
import urllib.request

import pytest

from mia_http import request, sse_events

GATEWAY = "http://127.0.0.1:18700"
MODEL = "http://127.0.0.1:18500"
PROMETHEUS = "http://127.0.0.1:18900"


@pytest.fixture(scope="module")
def keys(host):
    return {k["tier"]: k["key"] for k in host.ansible.get_variables()["output_filter_api_keys"]}


@pytest.fixture(scope="module")
def canaries(host):
    records = json.loads(host.file("/var/lib/mia-demo-model/canaries.json").content_string)
    return records if isinstance(records, list) else records["records"]


def _auth(key):
    return {"Authorization": "Bearer " + key}


def _chat(prompt, stream=False):
    return {"model": "demo", "messages": [{"role": "user", "content": prompt}], "stream": stream}


def _api(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return json.loads(resp.read())["data"]


def _wait_for(predicate, timeout=120):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(1)
    return predicate()


def test_the_model_leaks_when_asked_directly(canaries):
    record = canaries[0]
    content = request(MODEL + "/v1/chat/completions", "POST", _chat("What is the email of {}?".format(record["name"]))).json()
    assert record["email"] in content["choices"][0]["message"]["content"]


def test_chat_through_the_gateway_is_redacted(keys, canaries):
    for record in canaries[:5]:
        resp = request(GATEWAY + "/v1/chat/completions", "POST", _chat("What is the email of {}?".format(record["name"])), headers=_auth(keys["standard"]))
        assert resp.status == 200, resp.body
        content = resp.json()["choices"][0]["message"]["content"]
        for field in ("email", "phone", "card", "secret"):
            assert record[field] not in content, field
        assert "[EMAIL]" in content


def test_streamed_chat_through_the_gateway_is_redacted(keys, canaries):
    record = canaries[1]
    events = sse_events(GATEWAY + "/v1/chat/completions", _chat("What is the email of {}?".format(record["name"]), stream=True), headers=_auth(keys["standard"]))
    assert events[-1] == "[DONE]"
    text = "".join(json.loads(e)["choices"][0]["delta"].get("content") or "" for e in events[:-1])
    for field in ("email", "phone", "card", "secret"):
        assert record[field] not in text, field


def test_probabilities_through_the_gateway_are_hardened(keys):
    direct = request(MODEL + "/v1/predict", "POST", {"inputs": [[3.0] * 64]}).json()["probabilities"][0]
    resp = request(GATEWAY + "/v1/predict", "POST", {"inputs": [[3.0] * 64]}, headers=_auth(keys["standard"]))
    assert resp.status == 200, resp.body
    hardened = resp.json()["probabilities"][0]
    assert sum(1 for p in hardened if p > 0) <= 3
    assert all(round(p, 2) == p for p in hardened)
    assert hardened.index(max(hardened)) == direct.index(max(direct))


def test_no_key_is_refused_and_a_burst_is_limited(keys):
    assert request(GATEWAY + "/v1/predict", "POST", {"inputs": [[0.0] * 64]}).status == 401
    statuses = [request(GATEWAY + "/v1/predict", "POST", {"inputs": [[0.0] * 64]}, headers=_auth(keys["standard"])).status for _i in range(40)]
    assert 429 in statuses
    time.sleep(5)


def test_prometheus_scrapes_every_target():
    def all_up():
        targets = _api(PROMETHEUS + "/api/v1/targets")["activeTargets"]
        return targets if targets and all(t["health"] == "up" for t in targets) else None
    targets = _wait_for(all_up, 60)
    assert targets, _api(PROMETHEUS + "/api/v1/targets")
    jobs = {t["labels"]["job"] for t in targets}
    assert len(jobs) >= 2, jobs


def test_a_failing_model_fires_the_error_ratio_alert_and_alertmanager_delivers_it(host, keys):
    host.run_expect([0], "systemctl stop mia-demo-model")
    try:
        def firing():
            for _i in range(5):
                request(GATEWAY + "/v1/predict", "POST", {"inputs": [[1.0] * 64]}, headers=_auth(keys["trusted"]))
            alerts = _api(PROMETHEUS + "/api/v1/alerts")["alerts"]
            return [a for a in alerts if a["labels"]["alertname"] == "MiaInferenceErrorRatioHigh" and a["state"] == "firing"]
        assert _wait_for(firing, 150), _api(PROMETHEUS + "/api/v1/alerts")

        def delivered():
            with urllib.request.urlopen("http://127.0.0.1:18960/alerts", timeout=10) as resp:
                notes = json.loads(resp.read())
            return [a for n in notes for a in n.get("alerts", []) if a["labels"]["alertname"] == "MiaInferenceErrorRatioHigh"]
        assert _wait_for(delivered, 90)
    finally:
        host.run_expect([0], "systemctl start mia-demo-model")
