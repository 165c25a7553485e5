#!/usr/bin/env python3
"""Print a short, readable proof that the demo stack answers, fetched over loopback."""
import argparse
import json
import os
import random
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import yaml


def post(url, payload, headers=None):
    hdrs = {"Content-Type": "application/json"}
    hdrs.update(headers or {})
    req = urllib.request.Request(url, json.dumps(payload).encode(), hdrs)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def demo_vars(inventory):
    with open(os.path.join(inventory, "group_vars", "all.yml"), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def get(url):
    with urllib.request.urlopen(url, timeout=30) as resp:
        return json.loads(resp.read())


def output_filter_proof(dvars, row, leaky_prompt):
    """The same questions through the output filter: PII redacted, probabilities hardened, keys enforced."""
    proxy = "http://127.0.0.1:{}".format(dvars["output_filter_port"])
    keys = {}
    for item in dvars.get("output_filter_api_keys", []):
        keys.setdefault(item["tier"], item)  # the first key of each tier
    key = keys.get("standard") or next(iter(keys.values()))
    auth = {"Authorization": "Bearer " + key["key"]}
    print("output filter {} (key id {}, tier {})".format(proxy, key["id"], key["tier"]))
    chat = post(proxy + "/v1/chat/completions", {"model": "demo", "messages": [{"role": "user", "content": leaky_prompt}]}, auth)
    print("  chat: " + chat["choices"][0]["message"]["content"])
    prediction = post(proxy + "/v1/predict", {"inputs": [row]}, auth)
    probs = prediction["probabilities"][0]
    shown = ", ".join("{}: {}".format(i, p) for i, p in enumerate(probs) if p)
    print("  predict: label {}; hardened probabilities {}".format(prediction["labels"][0], shown))
    try:
        post(proxy + "/v1/predict", {"inputs": [row]})
        print("  request without a key: answered (anonymous tier enabled)")
    except urllib.error.HTTPError as err:
        print("  request without a key: HTTP {}".format(err.code))


def gateway_proof(dvars, row):
    """The nginx gateway: limits per authenticated key; a burst over the limit gets 429 + Retry-After."""
    gateway = "http://127.0.0.1:{}".format(dvars["rate_limit_http_port"])
    key = next(k for k in dvars["output_filter_api_keys"] if k["tier"] == "standard")
    req = urllib.request.Request(gateway + "/v1/predict", json.dumps({"inputs": [row]}).encode(),
                                 {"Content-Type": "application/json", "Authorization": "Bearer " + key["key"]})
    statuses, limited = [], None
    for _attempt in range(30):
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                statuses.append(resp.status)
        except urllib.error.HTTPError as err:
            statuses.append(err.code)
            if err.code == 429 and limited is None:
                limited = (err.headers.get("Retry-After"), json.loads(err.read())["error"]["code"])
    print("gateway       {} (nginx, key id {})".format(gateway, key["id"]))
    print("  burst of 30: {} answered, {} limited".format(statuses.count(200), statuses.count(429)))
    if limited:
        print("  429 Retry-After: {} s, body error code {}".format(*limited))


def budget_alert_proof(dvars, row):
    """Spend the metered key's budget at the filter, then wait for Prometheus to fire MiaBudgetExhausted."""
    metered = [k for k in dvars.get("output_filter_api_keys", []) if k["tier"] == "metered"]
    if not metered:
        return
    proxy = "http://127.0.0.1:{}".format(dvars["output_filter_port"])
    prom = "http://127.0.0.1:{}".format(dvars["monitoring_prometheus_port"])
    key = metered[0]
    refused = 0
    for _attempt in range(40):
        try:
            post(proxy + "/v1/predict", {"inputs": [row]}, {"Authorization": "Bearer " + key["key"]})
        except urllib.error.HTTPError as err:
            refused += err.code == 429
    print("  budget: key {} sent 40 rows against a 20-row budget per minute: {} refused with 429".format(key["id"], refused))
    deadline = time.time() + 150
    while time.time() < deadline:
        alerts = get(prom + "/api/v1/alerts")["data"]["alerts"]
        firing = [a for a in alerts if a["labels"]["alertname"] == "MiaBudgetExhausted" and a["state"] == "firing"
                  and a["labels"].get("key_id") == key["id"]]
        if firing:
            print("  alert MiaBudgetExhausted firing for key {}".format(firing[0]["labels"].get("key_id")))
            return
        time.sleep(3)
    print("  alert MiaBudgetExhausted did not fire within 150 s")


def monitoring_proof(dvars):
    """Prometheus of the monitoring role: targets from the inventory groups, rules loaded, alerts."""
    prom = "http://127.0.0.1:{}".format(dvars["monitoring_prometheus_port"])
    targets = get(prom + "/api/v1/targets")["data"]["activeTargets"]
    groups = get(prom + "/api/v1/rules")["data"]["groups"]
    rules = [r for g in groups for r in g["rules"]]
    alerts = get(prom + "/api/v1/alerts")["data"]["alerts"]
    print("prometheus    {}".format(prom))
    for target in sorted(targets, key=lambda t: (t["labels"]["job"], t["labels"]["instance"])):
        print("  target {:<20} {:<24} {}".format(target["labels"]["job"], target["labels"]["instance"], target["health"]))
    print("  rules loaded: {} alerting, {} recording (promtool-tested)".format(
        sum(r["type"] == "alerting" for r in rules), sum(r["type"] == "recording" for r in rules)))
    active = ["{} ({})".format(a["labels"]["alertname"], a["state"]) for a in alerts]
    print("  alerts: " + (", ".join(active) if active else "none pending or firing"))


def lineage_proof(dvars):
    """The demo model's training data as recorded in MLflow, read back through the nginx front end."""
    import base64  # pylint: disable=import-outside-toplevel
    base = dvars["mia_lineage_tracking_uri"].rstrip("/") + "/api/2.0/mlflow/"
    token = base64.b64encode("{}:{}".format(dvars["mia_lineage_username"], dvars["mia_lineage_password"]).encode()).decode()
    auth = {"Authorization": "Basic " + token}
    print("mlflow        {} (basic auth, user {})".format(dvars["mia_lineage_tracking_uri"], dvars["mia_lineage_username"]))
    try:
        post(base + "experiments/search", {"max_results": 1})
        print("  anonymous request: answered (authentication missing!)")
    except urllib.error.HTTPError as err:
        print("  anonymous request: HTTP {}".format(err.code))
    for dataset in dvars.get("mia_lineage_datasets", []):
        name = dataset.get("name") or os.path.basename(dataset["path"].rstrip("/"))
        experiment = dataset.get("experiment", "dataset-lineage")
        req = urllib.request.Request(base + "experiments/get-by-name?experiment_name=" + urllib.parse.quote(experiment), headers=auth)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                eid = json.loads(resp.read())["experiment"]["experiment_id"]
        except urllib.error.HTTPError as err:
            print("  dataset {}: experiment {} not readable (HTTP {})".format(name, experiment, err.code))
            continue
        runs = post(base + "runs/search", {"experiment_ids": [eid], "filter": "tags.`mia.lineage.name` = '{}'".format(name),
                                           "order_by": ["attributes.start_time DESC"], "max_results": 1}, auth).get("runs", [])
        if not runs:
            print("  dataset {}: no lineage run".format(name))
            continue
        tags = {t["key"]: t["value"] for t in runs[0]["data"]["tags"]}
        pii = ", ".join("{} {}".format(k[len("mia.pii."):], v) for k, v in sorted(tags.items())
                        if k.startswith("mia.pii.") and k != "mia.pii.total")
        print("  dataset {} ({}): run {}".format(name, dataset["path"], runs[0]["info"]["run_id"]))
        print("    sha256 {} ({} file(s), {} bytes)".format(tags["mia.lineage.sha256"], tags["mia.lineage.num_files"],
                                                        tags["mia.lineage.num_bytes"]))
        print("    PII found: {} (counts only; the values never leave the data host)".format(pii or "none"))


def privacy_audit_proof(audit_dir, audit_rc):
    """Verdicts of playbooks/audit.yml: the leaky model before, the DP-trained model after."""
    names = [n for n in ("leaky-direct", "leaky-via-filter", "dp-direct")
             if os.path.isfile(os.path.join(audit_dir, n, "report.json"))]
    if not names:
        return
    print("privacy audit (playbooks/audit.yml; gate exit code {}: it fails while a leaky model is served)".format(audit_rc))
    cols = ["confidence_threshold", "shadow_models", "lira_offline", "label_only", "defense_aware"]
    heads = ["conf", "shadow", "LiRA", "label", "aware"]
    print("  {:<17} {:<7} {:>5}  {}  {:>9}".format("endpoint", "verdict", "acc", "  ".join(
        "{:>8}".format(h) for h in heads), "canaries"))
    for name in names:
        with open(os.path.join(audit_dir, name, "report.json"), encoding="utf-8") as handle:
            report = json.load(handle)
        mi = report.get("membership", {})
        aucs = "  ".join("{:>8}".format("{:.3f}".format(mi[c]["auc"]) if c in mi else "-") for c in cols)
        canaries = report.get("canaries", {}).get("fields_extracted", "-")
        print("  {:<17} {:<7} {:>5.3f}  {}  {:>9}".format(
            name, "PASSED" if report["passed"] else "FAILED",
            report.get("utility", {}).get("non_member_accuracy", float("nan")), aucs, canaries))
        if report.get("stopped_by"):
            print("    stopped by the endpoint: {}".format(report["stopped_by"]))
        budget = report.get("budget")
        if budget:
            print("    fresh self-declared identities: HTTP {}".format(
                ", ".join(str(f["status"]) for f in budget["fresh_identities"])))
    print("  (membership AUC: 0.5 is chance; reports: {}/<endpoint>/report.html)".format(os.path.relpath(audit_dir)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inventory", required=True)
    parser.add_argument("--site-changes", type=int, required=True)
    parser.add_argument("--audit-dir", default=None)
    parser.add_argument("--audit-rc", type=int, default=0)
    args = parser.parse_args()
    model = "http://127.0.0.1:{}".format(demo_vars(args.inventory)["demo_model_server_port"])

    rng = random.Random(0)
    row = [float(rng.randint(0, 16)) for _ in range(64)]
    prediction = post(model + "/v1/predict", {"inputs": [row]})
    probs = prediction["probabilities"][0]
    top = sorted(range(len(probs)), key=probs.__getitem__, reverse=True)[:3]
    leaky_prompt = "Please send the customer record."
    chat = post(model + "/v1/chat/completions", {"model": "demo", "messages": [{"role": "user", "content": leaky_prompt}]})

    print()
    print("=== mlsec.mia_defense demo: proof over loopback ===")
    print("site.yml: {} change(s) this run{}".format(args.site_changes, " (idempotent)" if args.site_changes == 0 else ""))
    print("model server  {}/v1/predict".format(model))
    print("  label {}; top probabilities {}".format(prediction["labels"][0], ", ".join("{}: {:.6f}".format(i, probs[i]) for i in top)))
    print("  (full-precision confidences: what inversion and membership inference feed on)")
    print("chat          {}/v1/chat/completions".format(model))
    print("  " + chat["choices"][0]["message"]["content"])
    print("  (a memorising model leaks planted PII: the output filter below redacts it)")
    dvars = demo_vars(args.inventory)
    if "output_filter_port" in dvars:
        output_filter_proof(dvars, row, leaky_prompt)
    if "rate_limit_http_port" in dvars:
        gateway_proof(dvars, row)
    if "monitoring_prometheus_port" in dvars:
        budget_alert_proof(dvars, row)
        monitoring_proof(dvars)
    if args.audit_dir:
        privacy_audit_proof(args.audit_dir, args.audit_rc)
    if "mia_lineage_tracking_uri" in dvars:
        lineage_proof(dvars)
    return 0


if __name__ == "__main__":
    sys.exit(main())
