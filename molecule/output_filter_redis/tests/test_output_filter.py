"""output_filter_redis: the shared checks against instance A, then both instances sharing a budget."""
import re
import time

from mia_http import request
from output_filter_checks import *  # noqa: F401,F403  (shared behavioural checks against instance A)
from output_filter_checks import bearer, chat, digit_rows, wait_healthy

B_PORT, B_METRICS = 18622, 18623


def _b():
    return "http://127.0.0.1:%d" % B_PORT


def test_instance_b_runs_beside_a(host):
    assert host.service("mia-filter-b").is_running
    resp = request(_b() + "/_mia/healthz")
    assert resp.status == 200


def test_both_instances_run_the_code_installed_for_them(host, settings):
    # Shared code: each instance records at start what it runs; the role restarts one that runs other code.
    installed = host.file(settings["output_filter_install_dir"] + "/code-version").content_string.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", installed)
    for state_dir in (settings["output_filter_state_dir"], "/var/lib/mia-filter-b"):
        assert host.file(state_dir + "/started-code-version").content_string.strip() == installed, state_dir


def test_two_instances_share_one_redis_budget(host, proxy, keys):
    key = keys["limited"][1]
    # Spend the rest of the budget alternately through both instances.
    statuses = []
    for i in range(25):
        url = (proxy if i % 2 == 0 else _b()) + "/v1/predict"
        resp = request(url, "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
        statuses.append(resp.status)
        if resp.status == 429:
            break
    assert statuses[-1] == 429
    assert statuses.count(200) <= 10, "the two instances together must not exceed one budget"
    for url in (proxy, _b()):
        resp = request(url + "/v1/predict", "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
        assert resp.status == 429 and resp.headers["RateLimit-Remaining"] == "0"
    keys_in_redis = host.check_output("redis-cli -p 19010 --scan --pattern 'mia:budget:molecule:shared-limited:*'")
    assert "shared-limited:hour:" in keys_in_redis


def test_budget_in_redis_survives_restarting_both_instances(host, proxy, keys):
    key = keys["limited"][1]
    host.check_output("systemctl restart mia-filter-a mia-filter-b")
    wait_healthy(proxy)
    wait_healthy(_b())
    for url in (proxy, _b()):
        assert request(url + "/v1/predict", "POST", {"inputs": digit_rows(1)}, headers=bearer(key)).status == 429


def test_both_instances_label_their_metrics(keys):
    key = keys["standard"][1]
    for url, port, name in ((None, 18621, "filter-a"), (_b(), B_METRICS, "filter-b")):
        if url:
            request(url + "/v1/chat/completions", "POST", chat("hello"), headers=bearer(key))
        text = request("http://127.0.0.1:%d/metrics" % port).body.decode()
        assert re.search(r'api_inference_requests_total\{instance="%s",' % name, text), name


def test_redis_outage_fails_closed_with_503(host, keys):
    key = keys["standard"][1]
    host.check_output("systemctl stop mia-test-redis")
    try:
        resp = request(_b() + "/v1/predict", "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
        assert resp.status == 503 and resp.json()["error"]["code"] == "budget_unavailable"
    finally:
        host.check_output("systemctl start mia-test-redis")
    for _ in range(50):
        resp = request(_b() + "/v1/predict", "POST", {"inputs": digit_rows(1)}, headers=bearer(key))
        if resp.status == 200:
            break
        time.sleep(0.2)
    assert resp.status == 200
