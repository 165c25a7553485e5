"""Rules-only mode: the role validates its rules and drops them into an existing Prometheus."""
import json
import os

import pytest
import yaml

from mia_http import request

_ROLE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles", "monitoring")


@pytest.fixture(scope="module")
def settings(host):
    with open(os.path.join(_ROLE, "defaults", "main.yml"), encoding="utf-8") as handle:
        merged = yaml.safe_load(handle)
    merged.update({k: v for k, v in host.ansible.get_variables().items() if k.startswith(("monitoring_", "existing_"))})
    return merged


@pytest.fixture(scope="module")
def prom(settings):
    return "http://127.0.0.1:{}".format(settings["existing_prometheus_port"])


def rules_of(prom):
    resp = request(prom + "/api/v1/rules")
    assert resp.status == 200
    return [r for g in resp.json()["data"]["groups"] for r in g["rules"]]


def test_existing_prometheus_serves_the_shipped_and_extra_rules(prom):
    rules = rules_of(prom)
    alerts = {r["name"]: r for r in rules if r["type"] == "alerting"}
    assert len(alerts) == 11 and "SiteModelServerQuiet" in alerts and "MiaExtractionSuspected" in alerts
    assert len([r for r in rules if r["type"] == "recording"]) == 9
    assert alerts["MiaExtractionSuspected"]["query"].endswith("< 0.85")
    assert "> 4" in alerts["MiaRequestRateAnomaly"]["query"]
    assert alerts["MiaInferenceErrorRatioHigh"]["duration"] == 60
    assert alerts["MiaTargetDown"]["annotations"]["runbook_url"] == "https://wiki.example.internal/mia#miatargetdown"


def test_rules_file_validates_in_place(host, settings):
    out = host.run("promtool check rules %s/mia-defense.rules.yml", settings["monitoring_rules_dir"])
    assert out.rc == 0 and "SUCCESS: 20 rules found" in out.stdout, out.stdout + out.stderr
    assert host.file(settings["monitoring_rules_dir"] + "/mia-defense.rules.yml").group == "prometheus"


def test_nothing_else_was_installed_or_started(host, settings):
    assert not host.package("prometheus-alertmanager").is_installed
    assert not host.package("prometheus-nginx-exporter").is_installed
    assert not host.file("/etc/systemd/system/{}.service".format(settings["monitoring_prometheus_service_name"])).exists
    # The existing Prometheus keeps its own unit: the role neither masks nor replaces it.
    assert host.service("prometheus").is_running
    assert host.run("systemctl is-enabled prometheus").stdout.strip() == "enabled"


def test_dashboard_is_provisioned(host, settings):
    dashboard = host.file(settings["monitoring_grafana_dashboards_dir"] + "/mia-defense-dashboard.json")
    assert dashboard.exists and dashboard.mode == 0o644
    assert json.loads(dashboard.content_string)["uid"] == "mia-defense"


def test_rules_were_reloaded_not_restarted(host, settings, prom):
    """Prometheus was started by prepare, before the role wrote the rules; it serves them, so it reloaded."""
    pid = host.check_output("systemctl show -p MainPID --value prometheus").strip()
    now, elapsed = host.check_output("date +%%s; ps -o etimes= -p %s", pid).split()
    started = int(now) - int(elapsed)
    written = int(host.check_output("stat -c %%Y %s/mia-defense.rules.yml", settings["monitoring_rules_dir"]))
    assert started < written, (started, written)
    assert rules_of(prom)
    resp = request(prom + "/api/v1/status/runtimeinfo")
    assert resp.status == 200 and resp.json()["data"]["reloadConfigSuccess"] is True
