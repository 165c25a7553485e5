import socket
import ssl
import time
import urllib.request

from mia_ansible import role_play, run_playbook
from rate_limit_checks import access_log, burst, key_of_tier, predict, settings, tier_of, wait_for_refill  # noqa: F401 (fixture)


def _scenario_vars(host):
    return {k: v for k, v in host.ansible.get_variables().items() if k.startswith("rate_limit_")}


def test_dry_run_lets_the_burst_through_and_logs_rejected_dry_run(host, settings):
    wait_for_refill(settings)
    responses = burst(settings, tier_of(settings, "standard")["burst"] + 15, key_of_tier(settings, "standard"))
    assert all(r.status == 200 for r in responses), [r.status for r in responses]
    statuses = {entry["limit_req_status"] for entry in access_log(host, settings, 40)}
    assert "REJECTED_DRY_RUN" in statuses


def test_anonymous_clients_get_the_anonymous_tier_keyed_by_address(host, settings):
    wait_for_refill(settings)
    resp = predict(settings)
    assert resp.status == 200
    assert resp.json()["probabilities"][0].count(0.0) == 9, "the anonymous tier of the filter is label-only"
    entry = access_log(host, settings, 1)[-1]
    assert entry["key_id"] == "anon:127.0.0.1"
    assert entry["tier"] == "anonymous"


def test_tls_listener_serves_with_the_generated_certificate(host, settings):
    cert = host.file("/etc/nginx/mia-tls/gateway.crt").content_string
    context = ssl.create_default_context(cadata=cert)
    url = "https://127.0.0.1:{}/v1/unknown".format(settings["rate_limit_https_port"])
    try:
        urllib.request.urlopen(url, context=context, timeout=10)
    except urllib.error.HTTPError as err:
        assert err.code in (401, 404)
    else:
        raise AssertionError("an unknown route must not succeed")


def test_with_plain_http_off_only_https_serves(host, settings):
    rc, out = run_playbook(role_play("rate_limit", dict(_scenario_vars(host), rate_limit_http_enabled=False)))
    try:
        assert rc == 0, out
        for _i in range(50):  # the old workers let go of the plain port once the new ones run
            try:
                socket.create_connection(("127.0.0.1", settings["rate_limit_http_port"]), timeout=2).close()
            except OSError:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the plain HTTP port still accepts connections")
        test_tls_listener_serves_with_the_generated_certificate(host, settings)
    finally:
        rc, out = run_playbook(role_play("rate_limit", _scenario_vars(host)))
        assert rc == 0, out


def test_leaving_dry_run_enforces_and_a_rate_change_reloads(host, settings):
    rc, out = run_playbook(role_play("rate_limit", dict(_scenario_vars(host), rate_limit_dry_run=False,
                                                        rate_limit_tiers=[{"name": "anonymous", "rate": "60r/m", "burst": 2},
                                                                          {"name": "standard", "rate": "2r/s", "burst": 3}])))
    assert rc == 0, out
    wait_for_refill(settings)
    responses = burst(settings, 20, key_of_tier(settings, "standard"))
    assert any(r.status == 429 for r in responses)
    assert int(next(r for r in responses if r.status == 429).headers["Retry-After"]) == 1
    anonymous = burst(settings, 10)
    limited = [r for r in anonymous if r.status == 429]
    assert limited and int(limited[0].headers["Retry-After"]) == 1
    rc, out = run_playbook(role_play("rate_limit", _scenario_vars(host)))
    assert rc == 0, out
