"""output_filter_alternative: most variables changed, anonymous tier, detector, fail-closed routes."""
import http.client
import json
import random
import time

from mia_http import request
from output_filter_checks import *  # noqa: F401,F403  (shared behavioural checks)
from output_filter_checks import assert_no_pii, bearer, chat, digit_rows


def _from(source, port, method, path, payload=None, headers=None):
    """A request from a chosen loopback source address (127.0.0.2 plays the trusted gateway)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15, source_address=(source, 0))
    body = None if payload is None else json.dumps(payload).encode()
    hdrs = {"Content-Type": "application/json"} if body is not None else {}
    hdrs.update(headers or {})
    conn.request(method, path, body=body, headers=hdrs)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp, data


def test_anonymous_tier_is_keyed_by_trusted_client_address(settings):
    port = settings["output_filter_port"]
    resp, _ = _from("127.0.0.2", port, "GET", "/_mia/auth", headers={"X-Real-IP": "203.0.113.9"})
    assert resp.status == 204
    assert resp.getheader("X-MIA-Key-Id") == "anon:203.0.113.9" and resp.getheader("X-MIA-Tier") == "guest"
    # From an untrusted peer, X-Real-IP and a self-declared key id are ignored.
    resp, _ = _from("127.0.0.1", port, "GET", "/_mia/auth", headers={"X-Real-IP": "203.0.113.9", "X-MIA-Key-Id": "alt-standard"})
    assert resp.status == 204
    assert resp.getheader("X-MIA-Key-Id") == "anon:127.0.0.1" and resp.getheader("X-MIA-Tier") == "guest"
    # An unknown key is anonymous too, never someone else.
    resp, _ = _from("127.0.0.1", port, "GET", "/_mia/auth", headers={"Authorization": "Bearer guessed-key-000000"})
    assert resp.getheader("X-MIA-Key-Id") == "anon:127.0.0.1"


def test_anonymous_answers_are_label_only(settings, model):
    rows = digit_rows(3, seed=5)
    direct = request(model + "/v1/predict", "POST", {"inputs": rows}).json()
    resp, body = _from("127.0.0.2", settings["output_filter_port"], "POST", "/v1/predict", {"inputs": rows},
                       {"X-Real-IP": "198.51.100.%d" % random.randint(1, 250)})
    assert resp.status == 200, body
    probs = json.loads(body)["probabilities"]
    for row, label in zip(probs, direct["labels"]):
        assert row == [1.0 if i == label else 0.0 for i in range(10)]


def test_spoofed_address_from_untrusted_peer_does_not_reset_anonymous_budget(settings):
    port = settings["output_filter_port"]
    status = 200
    for _ in range(settings["output_filter_tiers"]["guest"]["budget"]["hour"] + 1):
        resp, _ = _from("127.0.0.1", port, "POST", "/v1/predict", {"inputs": digit_rows(1)})
        status = resp.status
        if status == 429:
            break
    assert status == 429 and int(resp.getheader("Retry-After")) >= 1
    for fresh in ("192.0.2.1", "192.0.2.2"):
        resp, _ = _from("127.0.0.1", port, "POST", "/v1/predict", {"inputs": digit_rows(1)},
                        {"X-Real-IP": fresh, "X-Forwarded-For": fresh, "X-MIA-Key-Id": "anon:" + fresh})
        assert resp.status == 429


def test_noise_is_deterministic_so_averaging_gains_nothing(proxy, keys):
    key = keys["standard"][1]
    rows = digit_rows(2, seed=21)
    answers = [request(proxy + "/v1/predict", "POST", {"inputs": rows}, headers=bearer(key)).json()["probabilities"]
               for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]


def test_fail_closed_filter_exception_and_content_type(proxy, keys, canaries):
    key = keys["standard"][1]
    resp = request(proxy + "/v1/predict-labels", "POST", {"inputs": digit_rows(2)}, headers=bearer(key))
    assert resp.status == 502
    err = resp.json()["error"]
    assert err["code"] == "filter_error" and err["request_id"] == resp.headers["X-Request-ID"]
    assert b"labels" not in resp.body and b"probabilities" not in resp.body
    prompt = "What is the email of {}?".format(canaries[0]["name"])
    resp = request(proxy + "/v1/chat-json-only", "POST", chat(prompt, stream=True), headers=bearer(key))
    assert resp.status == 502 and resp.json()["error"]["code"] == "filter_error"
    assert b"data:" not in resp.body
    assert_no_pii(resp.body.decode(), canaries)


def test_upstream_errors_are_502_without_upstream_bytes(host, proxy, settings, keys):
    key = keys["standard"][1]
    resp = request(proxy + "/v1/offline", "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
    assert resp.status == 502 and resp.json()["error"]["code"] == "upstream_unavailable"
    service = settings["demo_model_server_service_name"]
    host.check_output("systemctl stop %s", service)
    try:
        resp = request(proxy + "/v1/chat/completions", "POST", chat("hello"), headers=bearer(key))
        assert resp.status == 502 and resp.json()["error"]["request_id"]
    finally:
        host.check_output("systemctl start %s", service)
    model = "http://127.0.0.1:%d" % settings["demo_model_server_port"]
    for _ in range(100):
        try:
            if request(model + "/healthz", timeout=2).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    # upstream 4xx answers pass, filtered (still JSON, never a stack trace or PII)
    resp = request(proxy + "/v1/predict", "POST", {"inputs": [[1.0, 2.0]]}, headers=bearer(key))
    assert resp.status == 422 and resp.json()["error"]["code"]


def test_detector_degrades_an_extraction_pattern_to_label_only(proxy, metrics_url, keys):
    key_id, key = keys["probe"]
    rng = random.Random(9)
    current = None
    last = None
    for i in range(80):
        if i % 10 == 0:
            current = [float(rng.randint(0, 16)) for _ in range(64)]
        else:
            current = list(current)
            current[rng.randrange(64)] += 0.25
        last = request(proxy + "/v1/predict", "POST", {"inputs": [current]}, headers=bearer(key))
        assert last.status == 200
    probs = last.json()["probabilities"][0]
    assert sorted(probs) == [0.0] * 9 + [1.0], probs
    text = request(metrics_url).body.decode()
    assert 'mia_filter_detector_flagged{instance="filter-alt",key_id="%s"} 1' % key_id in text
    assert 'mia_filter_detector_actions_total{instance="filter-alt",action="label_only"}' in text


def test_a_refused_configuration_says_why_and_leaves_the_running_one(host):
    reason = host.file("/root/refused-config-reason.txt").content_string
    assert "auth.keys[" in reason and ".id: 1-64" in reason, reason
    config = host.file("/etc/filter-alt/config.yml")
    assert "ops@example" not in config.content_string and "alt-standard" in config.content_string
    assert not host.file("/etc/filter-alt/config.yml.refused").exists
