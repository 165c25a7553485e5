from mia_ansible import role_play, run_playbook
from mia_http import request
from rate_limit_checks import (access_log, burst, gateway, key_of_tier, predict, settings,  # noqa: F401 (fixture)
                               tier_of, wait_for_refill)


def test_authenticated_request_passes_with_request_id(settings):
    resp = predict(settings, key_of_tier(settings, "standard"))
    assert resp.status == 200, resp.body
    assert len(resp.json()["labels"]) == 1
    assert resp.headers["X-Request-ID"]
    assert "X-MIA-Limit-Req-Status" not in resp.headers
    assert "nginx/" not in resp.headers.get("Server", "")


def test_request_id_reaches_the_filter(host, settings):
    resp = predict(settings, key_of_tier(settings, "standard"))
    assert resp.status == 200
    audit = host.file(host.ansible.get_variables().get("output_filter_log_dir", "/var/log/mia-output-filter") + "/audit.log")
    assert '"request_id":"{}"'.format(resp.headers["X-Request-ID"]) in audit.content_string


def test_burst_over_the_limit_gets_429_with_retry_after_and_json(settings):
    wait_for_refill(settings)
    tier = tier_of(settings, "standard")
    responses = burst(settings, tier["burst"] + 15, key_of_tier(settings, "standard"))
    limited = [r for r in responses if r.status == 429]
    assert limited, [r.status for r in responses]
    assert all(r.status in (200, 429) for r in responses)
    for resp in limited:
        assert int(resp.headers["Retry-After"]) >= 1
        assert resp.json()["error"]["code"] == "rate_limited"
        assert resp.headers["Content-Type"].startswith("application/json")


def test_two_keys_are_limited_independently(settings):
    wait_for_refill(settings)
    standard_keys = [k["key"] for k in settings["api_keys"].values() if k["tier"] == "standard"]
    assert len(standard_keys) >= 2
    first = burst(settings, tier_of(settings, "standard")["burst"] + 15, standard_keys[0])
    assert any(r.status == 429 for r in first)
    assert predict(settings, standard_keys[1]).status == 200


def test_a_fresh_self_declared_identity_does_not_reset_the_limit(settings):
    wait_for_refill(settings)
    key = key_of_tier(settings, "standard")
    burst(settings, tier_of(settings, "standard")["burst"] + 15, key)
    spoofed = predict(settings, key, headers={"X-MIA-Key-Id": "someone-new", "X-MIA-Tier": "pro", "X-Forwarded-For": "192.0.2.7"})
    assert spoofed.status == 429


def test_requests_without_a_key_are_refused_and_still_limited(settings):
    wait_for_refill(settings)
    single = predict(settings)
    assert single.status == 401
    assert single.json()["error"]["code"] == "unauthorized"
    responses = burst(settings, settings["rate_limit_address_burst"] + 30)
    assert any(r.status == 429 for r in responses), [r.status for r in responses]


def test_access_log_is_json_with_key_id_and_limit_status(host, settings):
    wait_for_refill(settings)
    assert predict(settings, key_of_tier(settings, "standard")).status == 200
    entry = access_log(host, settings, 5)[-1]
    standard_ids = [k for k, v in settings["api_keys"].items() if v["tier"] == "standard"]
    assert entry["key_id"] in standard_ids
    assert entry["limit_req_status"] == "PASSED"
    assert entry["request_id"] and entry["upstream_time"]


def test_unknown_routes_get_json_404(settings):
    resp = request(gateway(settings) + "/admin")
    assert resp.status == 404
    assert resp.json()["error"]["code"] == "not_found"


def test_stub_status_on_loopback(settings):
    resp = request("http://127.0.0.1:{}/stub_status".format(settings["rate_limit_status_port"]))
    assert resp.status == 200
    assert b"Active connections" in resp.body


def test_broken_configuration_is_rejected_and_the_previous_one_keeps_serving(host, settings):
    before = host.file("/etc/nginx/nginx.conf").content_string
    rc, out = run_playbook(role_play("rate_limit", dict(_scenario_vars(host), rate_limit_extra_server_config="not_a_directive on;")))
    assert rc != 0
    assert "not_a_directive" in out and "previous one is still served" in out
    assert host.file("/etc/nginx/nginx.conf").content_string == before
    wait_for_refill(settings)
    assert predict(settings, key_of_tier(settings, "standard")).status == 200


def test_a_reload_nginx_cannot_apply_is_rolled_back_and_reported(host, settings):
    # nginx -t passes (it ignores ports in use, the running nginx holds its own) and a reload
    # "succeeds", but nginx keeps its old configuration: the filter holds this port already.
    before = host.file("/etc/nginx/nginx.conf").content_string
    rc, out = run_playbook(role_play("rate_limit", dict(_scenario_vars(host), rate_limit_http_port=18650)))
    assert rc != 0 and "previous one is still served" in out, out
    assert "Address already in use" in out, out
    assert host.file("/etc/nginx/nginx.conf").content_string == before
    wait_for_refill(settings)
    assert predict(settings, key_of_tier(settings, "standard")).status == 200


def test_a_changed_zone_key_reloads_without_error(host, settings):
    """nginx refuses a reload that rebinds a zone name to another key: zone names follow the key."""
    rc, out = run_playbook(role_play("rate_limit", dict(_scenario_vars(host), __rate_limit_tier_key="$mia_tier_key_v2_")))
    assert rc == 0, out
    assert "mia_tier_key_v2_" in host.file("/etc/nginx/nginx.conf").content_string
    wait_for_refill(settings)
    assert predict(settings, key_of_tier(settings, "standard")).status == 200
    rc, out = run_playbook(role_play("rate_limit", _scenario_vars(host)))
    assert rc == 0, out
    assert "mia_tier_key_v2_" not in host.file("/etc/nginx/nginx.conf").content_string


def _scenario_vars(host):
    return {k: v for k, v in host.ansible.get_variables().items() if k.startswith("rate_limit_")}


def test_unit_hardening_is_applied(host):
    out = host.check_output("systemd-analyze security nginx --no-pager")
    exposure = float(out.strip().splitlines()[-1].split(":")[1].split()[0])
    assert exposure <= 3.0, out
