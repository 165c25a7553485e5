"""DP training, serving the exported model, and the privacy audit gate, end to end over loopback."""
import glob
import json
import os
import tempfile

import pytest
from mia_ansible import role_play, run_playbook
from mia_http import request

LEAKY = "http://127.0.0.1:18580"
PRIVATE = "http://127.0.0.1:18581"
REPORT = "/var/lib/mia-dp-training/model/report.json"
GATE = {"max_auc": 0.6, "max_tpr_at_fpr": 0.1, "max_canary_fields": 0}
AUDIT_DIR = tempfile.mkdtemp(prefix="mia-audit-")
# Every dp_training run must keep the local CPU wheel, or pip would resolve a CUDA torch.
WHEEL = os.environ.get("MIA_TORCH_WHEEL") or sorted(glob.glob("/opt/wheels/torch-2.13.0*cp311*.whl"))[0]


def _audit(name, url, manifest, extra=None):
    role_vars = {
        "privacy_audit_name": name,
        "privacy_audit_predict_url": url + "/v1/predict",
        "privacy_audit_manifest_path": manifest,
        "privacy_audit_report_dir": AUDIT_DIR,
        "privacy_audit_thresholds": GATE,
        "privacy_audit_inversion_classes": [0, 1],
    }
    role_vars.update(extra or {})
    rc, out = run_playbook(role_play("privacy_audit", role_vars))
    with open(os.path.join(AUDIT_DIR, name, "report.json"), encoding="utf-8") as handle:
        return rc, out, json.load(handle)


@pytest.fixture(scope="module")
def leaky_audit():
    return _audit("leaky", LEAKY, "/var/lib/mia-demo-model/manifest.json",
                  {"privacy_audit_chat_url": LEAKY + "/v1/chat/completions",
                   "privacy_audit_canaries_path": "/var/lib/mia-demo-model/canaries.json"})


@pytest.fixture(scope="module")
def private_audit():
    return _audit("dp", PRIVATE, "/var/lib/mia-demo-model-dp/manifest.json")


def test_training_reports_epsilon_accuracy_and_baseline(host):
    report = json.loads(host.file(REPORT).content_string)
    assert 7.5 <= report["dp"]["epsilon"] <= 8.0 + 1e-6
    assert report["dp"]["delta"] == 1e-4 and report["dp"]["poisson_sampling"]
    assert report["dp"]["noise_multiplier"] > 0.5
    assert report["private"]["test_accuracy"] >= 0.75
    assert report["baseline"]["test_accuracy"] > report["private"]["test_accuracy"]


def test_dp_model_is_served_in_the_demo_format(host):
    manifest = json.loads(host.file("/var/lib/mia-demo-model-dp/manifest.json").content_string)
    assert manifest["created_by"] == "mlsec.mia_defense dp_training"
    assert len(manifest["member_indices"]) == 1000
    resp = request(PRIVATE + "/v1/predict", "POST", {"inputs": [[0.0] * 64, [16.0] * 64]})
    assert resp.status == 200
    probs = resp.json()["probabilities"]
    assert len(probs) == 2 and all(abs(sum(row) - 1.0) < 1e-9 for row in probs)


def test_audit_flags_the_overfitted_model(leaky_audit):
    rc, out, report = leaky_audit
    assert rc != 0, out
    assert "exceeded its thresholds" in out
    assert not report["passed"]
    assert report["membership"]["lira_offline"]["auc"] > GATE["max_auc"]
    assert report["canaries"]["fields_extracted"] > 0
    assert any("canary" in v for v in report["violations"])
    assert os.path.getsize(os.path.join(AUDIT_DIR, "leaky", "report.html")) > 1000


def test_audit_passes_the_dp_model(private_audit):
    rc, out, report = private_audit
    assert rc == 0, out
    assert report["passed"] and report["violations"] == []
    for name, res in report["membership"].items():
        assert res["auc"] <= GATE["max_auc"], name
        assert res["auc_ci"][0] <= res["auc"] <= res["auc_ci"][1]
    assert report["utility"]["non_member_accuracy"] >= 0.75
    html = open(os.path.join(AUDIT_DIR, "dp", "report.html"), encoding="utf-8").read()
    assert "<svg" in html and "data:image/png;base64," in html


def test_batch_norm_is_refused():
    rc, out = run_playbook(role_play("dp_training", {
        "dp_training_torch_wheel": WHEEL,
        "dp_training_normalization": "batch_norm",
        "dp_training_config_dir": "/etc/mia-dp-training-bn",
        "dp_training_output_dir": "/var/lib/mia-dp-training/bn",
    }))
    assert rc != 0
    assert "break the DP guarantee" in out and "BatchNorm" in out


def test_delta_of_one_over_n_is_refused():
    rc, out = run_playbook(role_play("dp_training", {"dp_training_torch_wheel": WHEEL, "dp_training_target_delta": 0.01}))
    assert rc != 0
    assert "refusing a configuration that breaks the DP guarantee" in out
