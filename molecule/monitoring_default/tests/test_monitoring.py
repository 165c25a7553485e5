"""Behavioural checks of a deployed monitoring role, over real HTTP on loopback.

prepare.yml started stand-ins for an output filter's metrics (18951), a gateway's stub_status
(18952) and the Alertmanager webhook sink (18950). The settings come from the role defaults
overridden by the scenario inventory, so no port of the role is repeated here.
"""
import json
import os
import subprocess
import time

import pytest
import yaml

from mia_http import request

_ROLE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles", "monitoring")
EXPECTED_ALERTS = {
    "MiaInferenceErrorRatioHigh", "MiaRequestRateAnomaly", "MiaKeyRequestRateAnomaly", "MiaRateLimitedRatioHigh",
    "MiaBudgetBurnRateHigh", "MiaBudgetExhausted", "MiaRedactionSurge", "MiaExtractionSuspected", "MiaTargetDown",
    "MiaNginxDown",
}
ERROR_RATIO_EXPR = ('sum(rate(api_inference_requests_total{status=~"5.."}[5m])) by (instance) / '
                    'sum(rate(api_inference_requests_total[5m])) by (instance) > 0.05')


@pytest.fixture(scope="module")
def settings(host):
    with open(os.path.join(_ROLE, "defaults", "main.yml"), encoding="utf-8") as handle:
        merged = yaml.safe_load(handle)
    merged.update({k: v for k, v in host.ansible.get_variables().items() if k.startswith(("monitoring_", "output_filter_", "rate_limit_", "scenario_"))})
    return merged


@pytest.fixture(scope="module")
def prom(settings):
    return "http://{}:{}".format(settings["monitoring_listen_address"], settings["monitoring_prometheus_port"])


@pytest.fixture(scope="module")
def alertmanager(settings):
    return "http://{}:{}".format(settings["monitoring_listen_address"], settings["monitoring_alertmanager_port"])


@pytest.fixture(scope="module")
def stand_in(settings):
    return "http://127.0.0.1:{}".format(settings["output_filter_metrics_port"])


@pytest.fixture(scope="module")
def sink(settings):
    return "http://127.0.0.1:{}/alerts".format(settings["scenario_sink_port"])


def api(url):
    resp = request(url)
    assert resp.status == 200, resp.body
    body = resp.json()
    return body["data"] if isinstance(body, dict) and "data" in body else body


def wait_for(predicate, timeout=90, interval=1.0):
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > end:
            return value
        time.sleep(interval)


def units(settings):
    return [settings["monitoring_prometheus_service_name"], settings["monitoring_alertmanager_service_name"],
            "mia-nginx-exporter@mia-monitoring_default"]


def test_services_run_unprivileged_on_loopback_only(host, settings):
    for unit in units(settings):
        service = host.service(unit)
        assert service.is_running, unit
        assert service.is_enabled, unit
    for port in (settings["monitoring_prometheus_port"], settings["monitoring_alertmanager_port"], settings["monitoring_nginx_exporter_port"]):
        assert host.socket("tcp://127.0.0.1:{}".format(port)).is_listening, port
    for comm in ("prometheus", "prometheus-aler", "prometheus-ngin"):
        users = {p.user for p in host.process.filter(comm=comm)}
        assert users == {"prometheus"}, (comm, users)
    listening = host.check_output("ss -Htlnp")
    # Debian's defaults (9090, 9093/9094 gossip, 9100 node exporter, 9113) must not be running.
    for port in (9090, 9093, 9094, 9100, 9113):
        assert ":{} ".format(port) not in listening, port


def test_debian_units_are_masked(host):
    for unit in ("prometheus", "prometheus-alertmanager", "prometheus-nginx-exporter"):
        state = host.run("systemctl is-enabled %s", unit).stdout.strip()
        assert state == "masked", (unit, state)


def test_units_are_hardened(host, settings):
    for unit in units(settings):
        out = host.check_output("systemd-analyze security %s --no-pager", unit)
        exposure = float(out.strip().splitlines()[-1].split(":")[1].split()[0])
        assert exposure <= 2.0, out


def test_deployed_configuration_validates_in_place(host, settings):
    rules = host.run("promtool check rules %s/mia-defense.rules.yml", settings["monitoring_rules_dir"])
    assert rules.rc == 0 and "SUCCESS: 19 rules found" in rules.stdout, rules.stdout + rules.stderr
    config = host.run("promtool check config %s/prometheus.yml", settings["monitoring_config_dir"])
    assert config.rc == 0, config.stdout + config.stderr
    am = host.run("amtool check-config %s/alertmanager.yml", settings["monitoring_config_dir"])
    assert am.rc == 0, am.stdout + am.stderr
    deployed = yaml.safe_load(host.file(settings["monitoring_rules_dir"] + "/mia-defense.rules.yml").content_string)
    exprs = {r["alert"]: r["expr"] for g in deployed["groups"] for r in g["rules"] if "alert" in r}
    assert exprs["MiaInferenceErrorRatioHigh"] == ERROR_RATIO_EXPR


def test_prometheus_and_alertmanager_are_ready(prom, alertmanager):
    assert request(prom + "/-/ready").status == 200
    assert request(alertmanager + "/-/ready").status == 200


def test_every_target_from_the_inventory_is_up(prom):
    def targets():
        active = api(prom + "/api/v1/targets")["activeTargets"]
        return active if active and all(t["health"] == "up" for t in active) else None

    active = wait_for(targets, timeout=60)
    assert active, api(prom + "/api/v1/targets")
    jobs = {(t["labels"]["job"], t["labels"]["instance"]) for t in active}
    assert ("mia_output_filter", "mia-monitoring_default") in jobs
    assert ("mia_nginx_exporter", "mia-monitoring_default") in jobs
    assert {job for job, _ in jobs} == {"mia_prometheus", "mia_alertmanager", "mia_output_filter", "mia_nginx_exporter"}


def test_nginx_exporter_reads_the_gateway_stub_status(prom):
    def nginx_up():
        result = api(prom + "/api/v1/query?query=nginx_up")["result"]
        return result if result and result[0]["value"][1] == "1" else None

    result = wait_for(nginx_up, timeout=30)
    assert result and result[0]["metric"]["instance"] == "mia-monitoring_default"
    active = api(prom + "/api/v1/query?query=nginx_connections_active")["result"]
    assert active[0]["value"][1] == "2"


def test_rules_are_loaded_and_healthy(prom):
    groups = api(prom + "/api/v1/rules")["groups"]
    rules = [r for g in groups for r in g["rules"]]
    assert {r["name"] for r in rules if r["type"] == "alerting"} == EXPECTED_ALERTS
    assert len([r for r in rules if r["type"] == "recording"]) == 9
    assert all(r["health"] in ("ok", "unknown") for r in rules), [(r["name"], r.get("lastError")) for r in rules if r["health"] == "err"]
    for rule in (r for r in rules if r["type"] == "alerting"):
        assert rule["labels"]["severity"] and rule["annotations"]["summary"] and rule["annotations"]["runbook"], rule["name"]


def _alert_states(prom, name):
    return {a["state"] for a in api(prom + "/api/v1/alerts")["alerts"] if a["labels"]["alertname"] == name}


def test_error_ratio_alert_goes_pending_then_firing_and_reaches_the_webhook(prom, stand_in, sink):
    name = "MiaInferenceErrorRatioHigh"
    # The stand-in filter answers 200s and a few 429s: no 5xx, no alert.
    assert wait_for(lambda: api(prom + "/api/v1/query?query=mia:api_inference_requests:rate5m")["result"], timeout=30)
    assert _alert_states(prom, name) == set()
    assert request(stand_in + "/mode/failing", "POST", raw=b"").status == 200
    try:
        seen = []
        end = time.monotonic() + 120
        while time.monotonic() < end and "firing" not in seen:
            for state in sorted(_alert_states(prom, name)):
                if not seen or seen[-1] != state:
                    seen.append(state)
            time.sleep(0.5)
        assert seen[:2] == ["pending", "firing"], seen

        def delivered():
            for notification in api(sink):
                for alert in notification.get("alerts", []):
                    if alert["labels"].get("alertname") == name and alert["status"] == "firing":
                        return alert
            return None

        alert = wait_for(delivered, timeout=60)
        assert alert, api(sink)
        assert alert["labels"]["instance"] == "mia-monitoring_default"
        assert alert["labels"]["severity"] == "warning"
        assert alert["labels"]["control"] == "MIA-MON-01"
        assert "5xx" in alert["annotations"]["summary"]
        assert alert["annotations"]["runbook_url"].endswith("#miainferenceerrorratiohigh")
    finally:
        request(stand_in + "/mode/ok", "POST", raw=b"")


def _converge(extra):
    """Run the scenario's converge playbook again with extra vars; return (rc, output)."""
    env = dict(os.environ)
    inventory = env.get("MOLECULE_INVENTORY_FILE") or os.path.join(env["MOLECULE_EPHEMERAL_DIRECTORY"], "inventory")
    playbook = os.path.join(env["MOLECULE_SCENARIO_DIRECTORY"], "converge.yml")
    proc = subprocess.run(["ansible-playbook", "-i", inventory, playbook, "-e", json.dumps(extra)],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    return proc.returncode, proc.stdout + proc.stderr


def _prometheus_pid(host, settings):
    return host.check_output("systemctl show -p MainPID --value %s", settings["monitoring_prometheus_service_name"]).strip()


def test_rule_change_is_reloaded_and_a_broken_rule_is_refused(host, settings, prom):
    pid = _prometheus_pid(host, settings)
    extra_group = {"name": "site_extra", "rules": [{"alert": "SiteExtra", "expr": "vector(1) < 0", "labels": {"severity": "info"}}]}
    rc, out = _converge({"monitoring_extra_rule_groups": [extra_group]})
    assert rc == 0, out[-3000:]
    names = {r["name"] for g in api(prom + "/api/v1/rules")["groups"] for r in g["rules"]}
    assert "SiteExtra" in names
    assert _prometheus_pid(host, settings) == pid, "a rule change must reload, not restart"

    before = host.file(settings["monitoring_rules_dir"] + "/mia-defense.rules.yml").content_string
    broken = {"name": "broken", "rules": [{"alert": "Broken", "expr": "sum(rate(", "labels": {"severity": "info"}}]}
    rc, out = _converge({"monitoring_extra_rule_groups": [extra_group, broken]})
    assert rc != 0 and "failed to validate" in out and "Broken" in out, out[-3000:]
    assert host.file(settings["monitoring_rules_dir"] + "/mia-defense.rules.yml").content_string == before
    names = {r["name"] for g in api(prom + "/api/v1/rules")["groups"] for r in g["rules"]}
    assert "SiteExtra" in names and "Broken" not in names

    rc, out = _converge({})
    assert rc == 0, out[-3000:]
    names = {r["name"] for g in api(prom + "/api/v1/rules")["groups"] for r in g["rules"]}
    assert "SiteExtra" not in names
    assert _prometheus_pid(host, settings) == pid
    backups = host.run("ls %s", settings["monitoring_rules_dir"]).stdout.split()
    assert backups == ["mia-defense.rules.yml"], backups


def test_a_gateway_leaving_the_inventory_loses_its_exporter(host, prom):
    unit = "mia-nginx-exporter@mia-monitoring_default"
    rc, out = _converge({"monitoring_gateway_group": "no_such_group"})
    assert rc == 0, out[-3000:]
    assert not host.service(unit).is_running
    assert not host.file("/etc/mia-monitoring/nginx-exporter/mia-monitoring_default.env").exists
    jobs = {t["labels"]["job"] for t in api(prom + "/api/v1/targets")["activeTargets"]}
    assert "mia_nginx_exporter" not in jobs

    rc, out = _converge({})
    assert rc == 0, out[-3000:]
    assert host.service(unit).is_running and host.service(unit).is_enabled

    def exporter_up():
        targets = api(prom + "/api/v1/targets")["activeTargets"]
        return [t for t in targets if t["labels"]["job"] == "mia_nginx_exporter" and t["health"] == "up"]

    assert wait_for(exporter_up, timeout=60)


def test_a_refused_reload_restores_the_previous_rules(host, settings, prom):
    """promtool accepts the role's files, but Prometheus refuses the reload (a broken rule file someone
    else dropped into the rules directory): the role restores its previous rules and fails the play."""
    rules_file = settings["monitoring_rules_dir"] + "/mia-defense.rules.yml"
    stranger = settings["monitoring_rules_dir"] + "/hand-edit.yml"
    before = host.file(rules_file).content_string
    host.run("printf 'groups:\\n  - name: hand\\n    rules:\\n      - alert: X\\n        expr: sum(\\n' > %s", stranger)
    try:
        extra_group = {"name": "site_extra", "rules": [{"alert": "SiteExtra", "expr": "vector(1) < 0", "labels": {"severity": "info"}}]}
        rc, out = _converge({"monitoring_extra_rule_groups": [extra_group]})
        assert rc != 0 and "refused the new configuration" in out, out[-3000:]
        assert host.file(rules_file).content_string == before
        names = {r["name"] for g in api(prom + "/api/v1/rules")["groups"] for r in g["rules"]}
        assert "SiteExtra" not in names and "MiaInferenceErrorRatioHigh" in names, "Prometheus keeps serving the old rules"
        assert host.run("ls %s", settings["monitoring_rules_dir"]).stdout.split() == ["hand-edit.yml", "mia-defense.rules.yml"]
    finally:
        host.run("rm -f %s", stranger)
    rc, out = _converge({})
    assert rc == 0, out[-3000:]
    assert request(prom + "/-/reload", "POST", raw=b"").status == 200
