"""Behavioural checks of a deployed output_filter in front of demo_model_server.

Scenario test modules star-import this module. Settings come from the role defaults merged
with the scenario's inventory, so no port, key or path is repeated here. Every check sends
real requests over loopback: to the filter, and to the model directly for the reference.
"""
import gzip
import json
import os
import random
import re
import sys
import time

import pytest
import yaml

from mia_http import request

_ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
sys.path.insert(0, os.path.join(_ROOT, "plugins", "module_utils"))
import _mia_hardening  # noqa: E402  (the collection's own hardening: the reference answer)

PII_FIELDS = ("email", "phone", "card")


def _defaults(role):
    with open(os.path.join(_ROOT, "roles", role, "defaults", "main.yml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def load_settings(host, prefix="output_filter_"):
    merged = _defaults("demo_model_server")
    merged.update(_defaults("output_filter"))
    merged.update({k: v for k, v in host.ansible.get_variables().items()
                   if k.startswith(("demo_model_server_", "output_filter_"))})
    return merged


@pytest.fixture(scope="module")
def settings(host):
    return load_settings(host)


@pytest.fixture(scope="module")
def proxy(settings):
    return "http://{}:{}".format(settings["output_filter_listen_host"], settings["output_filter_port"])


@pytest.fixture(scope="module")
def metrics_url(settings):
    return "http://{}:{}/metrics".format(settings["output_filter_metrics_host"], settings["output_filter_metrics_port"])


@pytest.fixture(scope="module")
def model(settings):
    return "http://{}:{}".format(settings["demo_model_server_listen_host"], settings["demo_model_server_port"])


@pytest.fixture(scope="module")
def canaries(host, settings):
    raw = json.loads(host.file(settings["demo_model_server_data_dir"] + "/canaries.json").content_string)
    return raw if isinstance(raw, list) else raw["records"]


@pytest.fixture(scope="module")
def keys(settings):
    """{tier: (key id, plain key)} - the first key of each tier."""
    out = {}
    for item in settings["output_filter_api_keys"]:
        out.setdefault(item["tier"], (item["id"], item["key"]))
    return out


def bearer(key):
    return {"Authorization": "Bearer " + key}


def digit_rows(count, seed=7):
    rng = random.Random(seed)
    return [[float(rng.randint(0, 16)) for _ in range(64)] for _ in range(count)]


def chat(prompt, stream=False):
    return {"model": "demo", "messages": [{"role": "user", "content": prompt}], "stream": stream}


def sse_data(body):
    return [line[len("data: "):] for line in body.decode().split("\n") if line.startswith("data: ")]


def stream_content(events):
    assert events and events[-1] == "[DONE]", events[-3:]
    return "".join((json.loads(e)["choices"][0].get("delta") or {}).get("content") or "" for e in events[:-1])


def assert_no_pii(text, records):
    squashed = re.sub(r"[\s\-]", "", text)
    for record in records:
        for field in PII_FIELDS:
            value = record[field]
            assert value not in text, "%s leaked" % field
            assert re.sub(r"[\s\-]", "", value) not in squashed, "%s leaked (reformatted)" % field


def wait_healthy(proxy, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if request(proxy + "/_mia/healthz", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError("the filter did not come back")


# ----------------------------------------------------------------------------- service

def test_service_runs_unprivileged_on_loopback(host, settings):
    service = host.service(settings["output_filter_service_name"])
    assert service.is_running and service.is_enabled
    for port in (settings["output_filter_port"], settings["output_filter_metrics_port"]):
        assert host.socket("tcp://127.0.0.1:%d" % port).is_listening
    pid = host.check_output("systemctl show -p MainPID --value %s", settings["output_filter_service_name"])
    assert host.check_output("ps -o user= -p %s", pid).strip() == settings["output_filter_user"]


def test_unit_is_hardened(host, settings):
    out = host.check_output("systemd-analyze security %s --no-pager", settings["output_filter_service_name"])
    exposure = float(out.strip().splitlines()[-1].split(":")[1].split()[0])
    assert exposure <= 2.0, out


def test_config_holds_only_salted_hashes(host, settings):
    text = host.file(settings["output_filter_config_dir"] + "/config.yml").content_string
    for item in settings["output_filter_api_keys"]:
        assert item["key"] not in text
        assert item["id"] in text
    assert text.count("pbkdf2_sha256$") == len(settings["output_filter_api_keys"])


def test_check_config_refuses_a_broken_config(host, settings):
    launcher = settings["output_filter_install_dir"] + "/bin/mia-output-filter"
    host.check_output("printf 'routes: [\\n' > /tmp/broken.yml")
    result = host.run("%s check-config --config /tmp/broken.yml", launcher)
    assert result.rc == 2 and "config error" in result.stderr
    ok = host.run("%s check-config --config %s", launcher, settings["output_filter_config_dir"] + "/config.yml")
    assert ok.rc == 0, ok.stderr


# ----------------------------------------------------------------------------- gateway contract

def test_auth_endpoint_contract(proxy, keys):
    for tier, (key_id, key) in keys.items():
        for headers in (bearer(key), {"X-API-Key": key}):
            resp = request(proxy + "/_mia/auth", headers=headers)
            assert resp.status == 204
            assert resp.headers["X-MIA-Key-Id"] == key_id and resp.headers["X-MIA-Tier"] == tier


def test_missing_or_unknown_key_is_401(proxy, settings, keys):
    if settings["output_filter_anonymous_enabled"]:
        pytest.skip("the anonymous tier answers keyless requests here")
    some_id = next(iter(keys.values()))[0]
    for headers in ({}, bearer("sk-not-a-real-key-000000"), {"X-API-Key": "nope"}, {"X-MIA-Key-Id": some_id}):
        resp = request(proxy + "/_mia/auth", headers=headers)
        assert resp.status == 401 and resp.json()["error"]["code"] == "unauthorized"
        assert "X-MIA-Key-Id" not in resp.headers
        resp = request(proxy + "/v1/chat/completions", "POST", chat("hello"), headers=headers)
        assert resp.status == 401


# ----------------------------------------------------------------------------- redaction

def _any_key(keys):
    return next(iter(keys.values()))[1]


def test_plain_chat_answers_are_redacted(proxy, model, canaries, keys):
    leaked_directly = 0
    for record in canaries[:6]:
        prompt = "What is the email of {}?".format(record["name"])
        direct = request(model + "/v1/chat/completions", "POST", chat(prompt)).json()
        leaked_directly += record["email"] in direct["choices"][0]["message"]["content"]
        resp = request(proxy + "/v1/chat/completions", "POST", chat(prompt), headers=bearer(_any_key(keys)))
        assert resp.status == 200, resp.body
        body = resp.json()
        content = body["choices"][0]["message"]["content"]
        assert_no_pii(resp.body.decode(), canaries)
        assert "[EMAIL]" in content or "*" in content
        assert resp.headers["X-Request-ID"]
    assert leaked_directly >= 3, "the model must leak for this check to mean anything"


def test_streamed_chat_is_redacted_even_split_across_frames(proxy, model, canaries, keys):
    split = 0
    for record in canaries[:6]:
        prompt = "What is the email of {}?".format(record["name"])
        direct = request(model + "/v1/chat/completions", "POST", chat(prompt, stream=True))
        direct_events = sse_data(direct.body)
        if record["email"] in stream_content(direct_events):
            # the model splits the address over several frames: no single frame holds it
            split += not any(record["email"] in e for e in direct_events)
        resp = request(proxy + "/v1/chat/completions", "POST", chat(prompt, stream=True), headers=bearer(_any_key(keys)))
        assert resp.status == 200 and resp.headers["Content-Type"].startswith("text/event-stream")
        events = sse_data(resp.body)
        content = stream_content(events)
        assert_no_pii(resp.body.decode(), canaries)
        assert_no_pii(content, canaries)
        plain = request(proxy + "/v1/chat/completions", "POST", chat(prompt), headers=bearer(_any_key(keys))).json()
        assert content == plain["choices"][0]["message"]["content"]
    assert split >= 3, "the check needs e-mail addresses split across SSE frames"


def test_gzip_from_the_model_is_decoded_and_redacted(proxy, model, canaries, keys):
    prompt = "What is the email of {}?".format(canaries[0]["name"])
    direct = request(model + "/v1/chat/completions", "POST", chat(prompt), headers={"Accept-Encoding": "gzip"})
    assert direct.headers.get("Content-Encoding") == "gzip"
    assert canaries[0]["email"].encode() in gzip.decompress(direct.body)
    resp = request(proxy + "/v1/chat/completions", "POST", chat(prompt),
                   headers=dict(bearer(_any_key(keys)), **{"Accept-Encoding": "gzip"}))
    assert resp.status == 200 and resp.headers.get("Content-Encoding") is None
    assert_no_pii(resp.body.decode(), canaries)
    assert "[EMAIL]" in resp.json()["choices"][0]["message"]["content"] or "*" in resp.body.decode()


# ----------------------------------------------------------------------------- hardening

def _predict_route(settings):
    for route in settings["output_filter_routes"]:
        if route["path"] == "/v1/predict":
            return route
    pytest.skip("no /v1/predict route")


def test_probabilities_are_hardened_per_tier(proxy, model, settings, keys):
    route = _predict_route(settings)
    rows = digit_rows(4, seed=11)
    direct = request(model + "/v1/predict", "POST", {"inputs": rows}).json()
    checked = 0
    for tier, (_key_id, key) in keys.items():
        policy = route.get("hardening", {}).get(tier, route.get("hardening", {}).get("default"))
        resp = request(proxy + "/v1/predict", "POST", {"inputs": rows}, headers=bearer(key))
        if resp.status == 429:
            continue
        assert resp.status == 200, resp.body
        got = resp.json()["probabilities"]
        expected = _mia_hardening.harden(direct["probabilities"], policy) if policy else direct["probabilities"]
        assert len(got) == len(expected)
        for got_row, expected_row in zip(got, expected):
            assert got_row == pytest.approx(expected_row, abs=1e-12), tier
        assert got != direct["probabilities"] or not policy
        assert resp.json()["labels"] == direct["labels"]
        checked += 1
    assert checked >= 1


# ----------------------------------------------------------------------------- budgets

def _small_tier(settings, keys):
    for tier, spec in settings["output_filter_tiers"].items():
        hour = (spec or {}).get("budget", {}).get("hour")
        if hour and hour <= 50 and tier in keys:
            return tier, hour
    pytest.skip("no key in a tier with a small hourly budget")


def test_spent_budget_is_429_and_survives_spoofing_and_restart(host, proxy, settings, keys):
    tier, hour = _small_tier(settings, keys)
    key = keys[tier][1]
    status, remaining = 200, 0  # a re-run of the verifier may find the budget already spent
    for _ in range(hour + 2):
        resp = request(proxy + "/v1/predict", "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
        status = resp.status
        if status == 429:
            break
        assert status == 200
        remaining = int(resp.headers["RateLimit-Remaining"])
    assert status == 429 and remaining == 0
    assert int(resp.headers["Retry-After"]) >= 1
    assert resp.headers["RateLimit-Remaining"] == "0" and int(resp.headers["RateLimit-Limit"]) == hour
    assert resp.json()["error"]["code"] == "budget_exceeded"
    # A self-declared identity header does not buy a fresh budget.
    for spoof in ({"X-MIA-Key-Id": "fresh-%d" % time.time()}, {"X-Real-IP": "198.51.100.%d" % random.randint(1, 250)}):
        assert request(proxy + "/v1/predict", "POST", {"inputs": digit_rows(1)},
                       headers=dict(bearer(key), **spoof)).status == 429
    host.check_output("systemctl restart %s", settings["output_filter_service_name"])
    wait_healthy(proxy)
    resp = request(proxy + "/v1/predict", "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
    assert resp.status == 429, "the spent budget must survive a restart"


# ----------------------------------------------------------------------------- observability

def test_metrics_are_exposed(proxy, metrics_url, settings, keys):
    request(proxy + "/v1/chat/completions", "POST", chat("hello"), headers=bearer(_any_key(keys)))
    request(proxy + "/v1/predict", "POST", {"inputs": digit_rows(2)}, headers=bearer(_any_key(keys)))
    resp = request(metrics_url)
    assert resp.status == 200
    text = resp.body.decode()
    instance = settings["output_filter_instance"] or None
    match = re.search(r'api_inference_requests_total\{instance="([^"]+)",route="/v1/chat/completions",status="200"\} (\d+)', text)
    assert match and int(match.group(2)) >= 1
    if instance:
        assert match.group(1) == instance
    for name in ("api_inference_request_duration_seconds_bucket", "mia_filter_redactions_total",
                 "mia_filter_hardening_applied_total", "mia_filter_upstream_duration_seconds_count"):
        assert name in text, name


def test_audit_log_has_request_ids_and_no_pii(host, proxy, settings, canaries, keys):
    rid = "verify-%d" % int(time.time() * 1000)
    prompt = "What is the email of {}?".format(canaries[1]["name"])
    resp = request(proxy + "/v1/chat/completions", "POST", chat(prompt), headers=dict(bearer(_any_key(keys)), **{"X-Request-ID": rid}))
    trusted = "127.0.0.1" in [str(p) for p in settings["output_filter_trusted_proxies"]]
    # A request id is believed from a trusted proxy only; otherwise the filter makes its own.
    assert (resp.headers["X-Request-ID"] == rid) == trusted
    rid = resp.headers["X-Request-ID"]
    time.sleep(0.2)
    text = host.file(settings["output_filter_log_dir"] + "/audit.log").content_string
    records = [json.loads(line) for line in text.splitlines()]
    mine = [r for r in records if r["request_id"] == rid]
    assert mine and mine[0]["entities"] and mine[0]["key_id"] == next(iter(keys.values()))[0]
    assert_no_pii(text, canaries)
