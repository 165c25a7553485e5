# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The monitoring role's rules, Prometheus configuration and dashboard, rendered by real Ansible.

The rules and prometheus.yml are rendered from the role's own defaults and vars with
ansible-playbook on localhost, then checked with promtool: `check rules`, `check config` and
`test rules` (tests/promtool/monitoring_rules_test.yml, a firing and a quiet case per alert).
promtool comes from scripts/bootstrap.sh (extracted from Debian's prometheus package).
"""
from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
ROLE = ROOT / "roles" / "monitoring"
PROMTOOL_TESTS = ROOT / "tests" / "promtool" / "monitoring_rules_test.yml"
DASHBOARD = ROLE / "files" / "mia-defense-dashboard.json"
ERROR_RATIO_EXPR = ('sum(rate(api_inference_requests_total{status=~"5.."}[5m])) by (instance) / '
                    'sum(rate(api_inference_requests_total[5m])) by (instance) > 0.05')
# What the output filter exports: the names its metrics module declares (histograms with their series).
FILTER_METRICS_SOURCE = ROOT / "roles" / "output_filter" / "files" / "mia_output_filter" / "metrics.py"


def filter_metrics() -> set[str]:
    declared = dict(re.findall(r'^    "([a-z_:]+)": \("([a-z]+)"', FILTER_METRICS_SOURCE.read_text(encoding="utf-8"), re.M))
    assert "api_inference_requests_total" in declared, "no metric declarations found in " + str(FILTER_METRICS_SOURCE)
    names = set()
    for name, kind in declared.items():
        names |= {name + s for s in ("_bucket", "_sum", "_count")} if kind == "histogram" else {name}
    return names


FILTER_METRICS = filter_metrics()
NGINX_EXPORTER_METRICS = {"nginx_up", "nginx_connections_active", "nginx_http_requests_total"}
PROMETHEUS_METRICS = {"up", "ALERTS"}
PROMQL_WORDS = {"by", "without", "and", "or", "unless", "on", "ignoring", "group_left", "group_right", "bool", "offset"}

INVENTORY = """
all:
  children:
    monitoring:
      hosts:
        mon-1: {}
    model_servers:
      hosts:
        model-1: {ansible_host: 10.0.0.11}
        model-2: {monitoring_target_address: 127.0.0.1, output_filter_metrics_port: 28601}
    gateways:
      hosts:
        gw-1: {ansible_host: 10.0.0.21}
        gw-2: {monitoring_target_address: 127.0.0.1, rate_limit_status_port: 28702}
"""

PLAYBOOK = """
- name: Render the monitoring role's templates with its defaults and vars
  hosts: mon-1
  connection: local
  gather_facts: false
  vars_files:
    - {role}/defaults/main.yml
    - {role}/vars/main.yml
  tasks:
    - name: Render
      ansible.builtin.template:
        src: "{role}/templates/{{{{ item.src }}}}"
        dest: "{out}/{{{{ item.dest }}}}"
        mode: "0644"
      loop:
        - {{src: rules.yml.j2, dest: rules/mia-defense.rules.yml}}
        - {{src: prometheus.yml.j2, dest: prometheus.yml}}
"""


def promtool() -> str:
    candidates = [os.environ.get("MIA_PROMTOOL", ""), str(ROOT / ".cache" / "tools" / "bin" / "promtool"), shutil.which("promtool") or ""]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    pytest.fail("promtool not found: run scripts/bootstrap.sh venv (extracts it into .cache/tools/bin) or set MIA_PROMTOOL")


def run_promtool(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([promtool(), *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("monitoring")
    (out / "rules").mkdir()
    (out / "hosts.yml").write_text(INVENTORY, encoding="utf-8")
    (out / "render.yml").write_text(PLAYBOOK.format(role=ROLE, out=out), encoding="utf-8")
    env = dict(os.environ, ANSIBLE_COLLECTIONS_PATH=str(ROOT / ".cache" / "collections"), ANSIBLE_FORCE_COLOR="false",
               ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_PYTHON_INTERPRETER=sys.executable)
    playbook = Path(sys.executable).parent / "ansible-playbook"
    # Extra vars: the role's defaults are loaded as vars_files, which outrank play vars.
    proc = subprocess.run([str(playbook), "-i", str(out / "hosts.yml"), str(out / "render.yml"),
                           "-e", "monitoring_rules_dir={}".format(out / "rules")], capture_output=True, text=True,
                          env=env, timeout=300, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return out


@pytest.fixture(scope="module")
def rules(rendered) -> dict:
    return yaml.safe_load((rendered / "rules" / "mia-defense.rules.yml").read_text(encoding="utf-8"))


def alerts_of(rules: dict) -> list[dict]:
    return [r for g in rules["groups"] for r in g["rules"] if "alert" in r]


def metric_names(expr: str) -> set[str]:
    """Metric names in a PromQL expression (strings, label matchers, ranges and grouping labels removed)."""
    expr = re.sub(r'"[^"]*"', "", expr)
    expr = re.sub(r"\{[^}]*\}", " ", expr)
    expr = re.sub(r"\[[^\]]*\]", " ", expr)
    expr = re.sub(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", expr)
    names = set()
    for match in re.finditer(r"[A-Za-z_:][A-Za-z0-9_:]*", expr):
        following = expr[match.end():].lstrip()[:1]
        if following != "(" and match.group() not in PROMQL_WORDS:
            names.add(match.group())
    return names


def test_rules_pass_promtool_check(rendered):
    proc = run_promtool("check", "rules", str(rendered / "rules" / "mia-defense.rules.yml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS: 19 rules found" in proc.stdout, proc.stdout


def test_error_ratio_alert_is_verbatim(rules):
    [rule] = [a for a in alerts_of(rules) if a["alert"] == "MiaInferenceErrorRatioHigh"]
    assert rule["expr"] == ERROR_RATIO_EXPR


def test_every_alert_has_severity_summary_description_runbook_and_control(rules):
    alerts = alerts_of(rules)
    assert len(alerts) == 10
    for alert in alerts:
        assert alert["labels"]["severity"] in ("info", "warning", "critical"), alert["alert"]
        assert re.fullmatch(r"MIA-MON-\d\d", alert["labels"]["control"]), alert["alert"]
        for key in ("summary", "description", "runbook", "runbook_url"):
            assert alert["annotations"].get(key), (alert["alert"], key)
        assert alert["annotations"]["runbook_url"].endswith("#" + alert["alert"].lower())
        assert "{%" not in json.dumps(alert), "raw markers must not reach Prometheus"
    assert len({a["labels"]["control"] for a in alerts}) == len(alerts)


def test_z_score_alerts_have_a_minimum_traffic_guard(rules):
    by_name = {a["alert"]: a["expr"] for a in alerts_of(rules)}
    assert "rate5m_baseline_stddev > 3" in by_name["MiaRequestRateAnomaly"]
    assert "and mia:api_inference_requests:rate5m >= 1" in by_name["MiaRequestRateAnomaly"]
    assert "and mia:key_rows:rate5m >= 0.2" in by_name["MiaKeyRequestRateAnomaly"]
    records = {r["record"]: r["expr"] for g in rules["groups"] for r in g["rules"] if "record" in r}
    assert records["mia:key_rows:rate5m_baseline_avg"].startswith("avg_over_time(")
    assert records["mia:key_rows:rate5m_baseline_stddev"].startswith("stddev_over_time(")


def test_every_alert_has_a_firing_and_a_quiet_promtool_case(rules):
    cases = yaml.safe_load(PROMTOOL_TESTS.read_text(encoding="utf-8"))["tests"]
    fires, quiet = set(), set()
    for case in cases:
        for check in case.get("alert_rule_test", []):
            (fires if check.get("exp_alerts") else quiet).add(check["alertname"])
    names = {a["alert"] for a in alerts_of(rules)}
    assert names - fires == set(), "alerts without a firing case"
    assert names - quiet == set(), "alerts without a quiet case"


def test_promtool_unit_tests_pass(rendered, rules, tmp_path):
    # Annotations are text, not behaviour; `promtool check rules` has checked their templates.
    rules = copy.deepcopy(rules)
    for alert in alerts_of(rules):
        alert.pop("annotations", None)
    (tmp_path / "mia-defense.rules.yml").write_text(yaml.safe_dump(rules, sort_keys=False), encoding="utf-8")
    shutil.copy(PROMTOOL_TESTS, tmp_path / PROMTOOL_TESTS.name)
    proc = run_promtool("test", "rules", PROMTOOL_TESTS.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS" in proc.stdout


def test_promtool_unit_tests_catch_a_broken_rule(rules, tmp_path):
    """The cases are not vacuous: a rule with the wrong threshold fails them."""
    rules = copy.deepcopy(rules)
    for alert in alerts_of(rules):
        alert.pop("annotations", None)
        if alert["alert"] == "MiaInferenceErrorRatioHigh":
            alert["expr"] = alert["expr"].replace("> 0.05", "> 0.5")
    (tmp_path / "mia-defense.rules.yml").write_text(yaml.safe_dump(rules, sort_keys=False), encoding="utf-8")
    shutil.copy(PROMTOOL_TESTS, tmp_path / PROMTOOL_TESTS.name)
    proc = run_promtool("test", "rules", PROMTOOL_TESTS.name, cwd=tmp_path)
    assert proc.returncode != 0
    assert "MiaInferenceErrorRatioHigh" in proc.stdout + proc.stderr


def test_prometheus_config_scrapes_the_inventory_groups(rendered):
    proc = run_promtool("check", "config", str(rendered / "prometheus.yml"))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "SUCCESS: 19 rules found" in proc.stdout, "check config must load the rule files too"
    config = yaml.safe_load((rendered / "prometheus.yml").read_text(encoding="utf-8"))
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    assert set(jobs) == {"mia_prometheus", "mia_alertmanager", "mia_output_filter", "mia_nginx_exporter"}
    filters = {c["labels"]["instance"]: c["targets"] for c in jobs["mia_output_filter"]["static_configs"]}
    assert filters == {"model-1": ["10.0.0.11:18601"], "model-2": ["127.0.0.1:28601"]}
    exporters = {c["labels"]["instance"]: c["targets"] for c in jobs["mia_nginx_exporter"]["static_configs"]}
    assert exporters == {"gw-1": ["127.0.0.1:18903"], "gw-2": ["127.0.0.1:18904"]}
    assert config["alerting"]["alertmanagers"][0]["static_configs"][0]["targets"] == ["127.0.0.1:18901"]
    assert config["rule_files"] == [str(rendered / "rules") + "/*.yml"]


def test_rules_use_only_metrics_that_exist(rules):
    recorded = {r["record"] for g in rules["groups"] for r in g["rules"] if "record" in r}
    known = FILTER_METRICS | NGINX_EXPORTER_METRICS | PROMETHEUS_METRICS | recorded
    for group in rules["groups"]:
        for rule in group["rules"]:
            assert metric_names(rule["expr"]) <= known, (rule.get("alert") or rule.get("record"), metric_names(rule["expr"]) - known)


def test_dashboard_parses_and_its_panels_query_known_metrics(rules):
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    recorded = {r["record"] for g in rules["groups"] for r in g["rules"] if "record" in r}
    known = FILTER_METRICS | NGINX_EXPORTER_METRICS | PROMETHEUS_METRICS | recorded
    panels = dashboard["panels"]
    assert dashboard["uid"] and panels
    used = set()
    for panel in panels:
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            names = metric_names(target["expr"])
            assert names and names <= known, (panel["title"], names - known)
            used |= names
    # The panels: requests, 429s, redactions by type, budget use, detector, latency.
    for needed in ("api_inference_requests_total", "mia:redactions:rate5m", "mia:budget_used:ratio",
                   "mia_filter_detector_statistic", "api_inference_request_duration_seconds_bucket"):
        assert needed in used, needed
    assert any('status="429"' in t["expr"] for p in panels for t in p["targets"])


def test_metric_name_extraction():
    assert metric_names(ERROR_RATIO_EXPR) == {"api_inference_requests_total"}
    assert metric_names('histogram_quantile(0.99, sum by (le) (rate(x_bucket{a="b"}[5m])))') == {"x_bucket"}
    assert metric_names("a:b:c > 3 * d and e >= 0.1") == {"a:b:c", "d", "e"}
