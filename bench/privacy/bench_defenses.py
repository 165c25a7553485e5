#!/usr/bin/env python3
"""Measure what each output defense and DP-SGD training do against the privacy audit's attacks.

Serves exported models (classifier.npz + manifest.json, the demo_model_server format) from an
in-process HTTP server on 127.0.0.1, optionally passing every probability vector through a
hardening policy of plugins/module_utils/_mia_hardening.py (what the output filter does), and
runs the audit of roles/privacy_audit against it. Prints a Markdown table and writes JSON.

    bench/privacy/bench_defenses.py --model leaky=/path/to/demo/model \
        --model dp-eps8=/path/to/dp/model --out bench/privacy/results.json

Every model is audited without a defense; the first model is also audited behind each policy.
"""
import argparse
import importlib.util
import json
import os
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


audit = _load("mia_privacy_audit", os.path.join(ROOT, "roles", "privacy_audit", "files", "mia_privacy_audit.py"))
HARDENING_PATH = os.path.join(ROOT, "plugins", "module_utils", "_mia_hardening.py")
hardening = _load("_mia_hardening", HARDENING_PATH)

POLICIES = {
    "round-2": {"round": 2},
    "top-1": {"top_k": 1},
    "top-3": {"top_k": 3},
    "label-only": {"label_only": True},
    "reverse-sigmoid": {"reverse_sigmoid": {"beta": 0.5, "gamma": 0.2}},
    "noise-0.05": {"noise": {"key": "bench-key", "scale": 0.05}},
}


def load_model(model_dir):
    with np.load(os.path.join(model_dir, "classifier.npz"), allow_pickle=False) as npz:
        layers = [(npz["W%d" % i], npz["b%d" % i]) for i in range(int(npz["n_layers"]))]
        scale = float(npz["input_scale"])
    return layers, scale


def predict(model, inputs):
    layers, scale = model
    hidden = np.asarray(inputs, dtype=float) * scale
    for i, (weights, bias) in enumerate(layers):
        hidden = hidden @ weights + bias
        if i < len(layers) - 1:
            hidden = np.maximum(hidden, 0.0)
    hidden -= hidden.max(axis=1, keepdims=True)
    exp = np.exp(hidden)
    return exp / exp.sum(axis=1, keepdims=True)


def serve(model, policy):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            """Silence."""

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            probs = predict(model, body["inputs"])
            labels = [int(i) for i in probs.argmax(axis=1)]
            rows = hardening.harden_batch(probs.tolist(), policy) if policy else probs.tolist()
            if policy and "label_only" in policy:
                payload = {"labels": labels}
            elif policy and policy.get("top_k"):
                dense = np.zeros_like(probs)
                for i, row in enumerate(rows):
                    dense[i] = row
                payload = {"probabilities": dense.tolist(), "labels": labels}
            else:
                payload = {"probabilities": rows, "labels": labels}
            data = json.dumps(payload).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def run(name, model_dir, policy, attacks, workdir):
    server = serve(load_model(model_dir), policy)
    try:
        cfg = audit.validate_config({
            "name": name, "predict_url": "http://127.0.0.1:%d/v1/predict" % server.server_address[1],
            "manifest": os.path.join(model_dir, "manifest.json"), "output_dir": os.path.join(workdir, name),
            "attacks": attacks, "known_policy": policy, "hardening_module": HARDENING_PATH,
            "inversion": {"classes": [0, 1, 2, 3]},
        })
        report = audit.run_audit(cfg)
    finally:
        server.shutdown()
    manifest = json.load(open(os.path.join(model_dir, "manifest.json"), encoding="utf-8"))
    inv = report.get("model_inversion", {}).get("summary", {})
    return {
        "name": name, "policy": policy, "epsilon": (manifest.get("dp") or {}).get("epsilon"),
        "train_size": len(manifest["member_indices"]), "accuracy": report["utility"]["non_member_accuracy"],
        "auc": {k: round(v["auc"], 3) for k, v in report["membership"].items()},
        "auc_ci": {k: [round(c, 3) for c in v["auc_ci"]] for k, v in report["membership"].items()},
        "tpr_at_1pct_fpr": {k: round(v["tpr_at_fpr"], 3) for k, v in report["membership"].items()},
        "attribute_advantage": round(report.get("attribute_inference", {}).get("advantage", float("nan")), 3),
        "inversion_prior_confidence": inv.get("prior", {}).get("mean_confidence"),
        "inversion_no_prior_confidence": inv.get("no_prior", {}).get("mean_confidence"),
        "queries": report["queries"]["rows"], "seconds": report["seconds"],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--model", action="append", required=True, help="name=model_dir (repeatable)")
    parser.add_argument("--out", default=None)
    parser.add_argument("--no-policies", action="store_true")
    args = parser.parse_args()
    attacks = ["confidence_threshold", "lira_offline", "label_only", "defense_aware", "model_inversion", "attribute_inference"]
    workdir = tempfile.mkdtemp(prefix="mia-bench-")
    rows = []
    models = [m.split("=", 1) for m in args.model]
    jobs = [(name, path, None) for name, path in models]
    if not args.no_policies:
        jobs[1:1] = [("%s+%s" % (models[0][0], pname), models[0][1], policy) for pname, policy in POLICIES.items()]
    for name, path, policy in jobs:
        rows.append(run(name, path, policy, attacks, workdir))
        sys.stderr.write("done %s in %.1f s\n" % (name, rows[-1]["seconds"]))
    cols = ["confidence_threshold", "lira_offline", "label_only", "defense_aware"]
    print("| model / defense | ε | acc | " + " | ".join(cols) + " | TPR@1%FPR (LiRA) | inversion p (prior / none) |")
    print("|---|---|---|" + "---|" * len(cols) + "---|---|")
    for row in rows:
        eps = "%.1f" % row["epsilon"] if row["epsilon"] else "∞"
        print("| %s | %s | %.3f | %s | %.3f | %.2f / %.2f |" % (
            row["name"], eps, row["accuracy"], " | ".join("%.3f" % row["auc"][c] for c in cols),
            row["tpr_at_1pct_fpr"]["lira_offline"], row["inversion_prior_confidence"] or 0,
            row["inversion_no_prior_confidence"] or 0))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            json.dump(rows, handle, indent=1)


if __name__ == "__main__":
    main()
