"""Attack statistics of the privacy audit on synthetic scores with known answers."""
import importlib.util
import math
import os
import struct
import zlib

import numpy as np
import pytest
from scipy.stats import norm

_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles", "privacy_audit", "files", "mia_privacy_audit.py")
_SPEC = importlib.util.spec_from_file_location("mia_privacy_audit", _PATH)
audit = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(audit)


def test_auc_by_hand():
    # Pairs (in, out): 3>1 3>2 3<3.5 | 4>1 4>2 4>3.5 -> 5 of 6 pairs.
    assert audit.auc([3, 4], [1, 2, 3.5]) == pytest.approx(5 / 6)


def test_auc_counts_ties_as_half():
    assert audit.auc([1, 2], [1, 2]) == pytest.approx(0.5)
    assert audit.auc([5, 5, 5], [5, 5]) == pytest.approx(0.5)


def test_auc_extremes():
    assert audit.auc([10, 11, 12], [1, 2]) == 1.0
    assert audit.auc([1, 2], [10, 11, 12]) == 0.0


def test_auc_matches_scikit_learn():
    from sklearn.metrics import roc_auc_score

    rng = np.random.default_rng(1)
    s_in = np.round(rng.normal(0.4, 1, 300), 1)  # rounded: many ties
    s_out = np.round(rng.normal(0, 1, 500), 1)
    expected = roc_auc_score(np.r_[np.ones(300), np.zeros(500)], np.r_[s_in, s_out])
    assert audit.auc(s_in, s_out) == pytest.approx(expected, abs=1e-12)


def test_auc_of_gaussian_shift_is_phi_of_d_over_root_two():
    rng = np.random.default_rng(7)
    d = 1.0
    s_in, s_out = rng.normal(d, 1, 20000), rng.normal(0, 1, 20000)
    assert audit.auc(s_in, s_out) == pytest.approx(norm.cdf(d / math.sqrt(2)), abs=0.01)


def test_roc_curve_by_hand():
    fpr, tpr = audit.roc_curve([3, 4], [1, 2, 3.5])
    # thresholds 4, 3.5, 3, 2, 1
    assert fpr.tolist() == pytest.approx([0, 0, 1 / 3, 1 / 3, 2 / 3, 1])
    assert tpr.tolist() == pytest.approx([0, 0.5, 0.5, 1, 1, 1])


def test_tpr_at_fpr_by_hand():
    assert audit.tpr_at_fpr([3, 4], [1, 2, 3.5], 0.0) == 0.5
    assert audit.tpr_at_fpr([3, 4], [1, 2, 3.5], 0.34) == 1.0
    assert audit.tpr_at_fpr([3, 4], [1, 2, 3.5], 0.3) == 0.5


def test_tpr_at_fpr_separable_and_chance():
    assert audit.tpr_at_fpr([5, 6, 7], [1, 2, 3], 0.01) == 1.0
    assert audit.tpr_at_fpr([1] * 50, [1] * 50, 0.01) == 0.0  # all tied: only (0,0) and (1,1)


def test_tpr_at_one_percent_fpr_of_gaussian_shift():
    rng = np.random.default_rng(3)
    d = 2.0
    s_in, s_out = rng.normal(d, 1, 50000), rng.normal(0, 1, 50000)
    expected = 1 - norm.cdf(norm.ppf(0.99) - d)  # 0.372
    assert audit.tpr_at_fpr(s_in, s_out, 0.01) == pytest.approx(expected, abs=0.02)


def test_bootstrap_ci_covers_the_truth_and_shrinks_with_n():
    rng = np.random.default_rng(11)
    truth = norm.cdf(0.5 / math.sqrt(2))
    small = audit.bootstrap_ci(rng.normal(0.5, 1, 100), rng.normal(0, 1, 100), audit.auc, n_boot=300, seed=1)
    large = audit.bootstrap_ci(rng.normal(0.5, 1, 2000), rng.normal(0, 1, 2000), audit.auc, n_boot=300, seed=1)
    assert small[0] < truth < small[1]
    assert large[0] < truth < large[1]
    assert (large[1] - large[0]) < (small[1] - small[0]) / 3
    # Width ~ 2 * 1.96 * SE; SE of AUC at n=2000 per side is about 0.009.
    assert 0.02 < large[1] - large[0] < 0.05


def test_bootstrap_ci_coverage_is_near_nominal():
    rng = np.random.default_rng(5)
    truth = norm.cdf(0.6 / math.sqrt(2))
    hits = 0
    for i in range(60):
        low, high = audit.bootstrap_ci(rng.normal(0.6, 1, 150), rng.normal(0, 1, 150), audit.auc, n_boot=200, seed=i)
        hits += low <= truth <= high
    assert hits >= 51  # 95 % nominal; binomial(60, .95) is >= 52 in ~95 % of runs


def test_summarize_scores_shape():
    rng = np.random.default_rng(0)
    res = audit.summarize_scores(rng.normal(1, 1, 200), rng.normal(0, 1, 200), n_boot=50)
    assert res["auc_ci"][0] <= res["auc"] <= res["auc_ci"][1]
    assert res["tpr_at_fpr_ci"][0] <= res["tpr_at_fpr_ci"][1]
    assert res["members"] == res["non_members"] == 200
    assert res["roc"]["fpr"][0] == 0 and res["roc"]["tpr"][-1] == 1


def test_lira_offline_detects_members_and_not_chance():
    rng = np.random.default_rng(2)
    n, k = 400, 8
    difficulty = rng.normal(0, 2, n)  # per-example logit offsets that confuse a global threshold
    shadow = 1 / (1 + np.exp(-(difficulty[None, :] + rng.normal(0, 0.3, (k, n)))))
    member = np.arange(n) < n // 2
    target = 1 / (1 + np.exp(-(difficulty + rng.normal(0, 0.3, n) + np.where(member, 1.0, 0.0))))
    scores = audit.lira_offline_scores(target, shadow)
    lira_auc = audit.auc(scores[member], scores[~member])
    raw_auc = audit.auc(target[member], target[~member])
    assert lira_auc > 0.9 > raw_auc  # calibration per example beats the global threshold
    same = 1 / (1 + np.exp(-(difficulty + rng.normal(0, 0.3, n))))
    chance = audit.lira_offline_scores(same, shadow)
    assert audit.auc(chance[member], chance[~member]) == pytest.approx(0.5, abs=0.08)


def test_stable_logit_is_finite_at_the_edges():
    values = audit.stable_logit([0.0, 0.5, 1.0])
    assert np.isfinite(values).all() and values[1] == 0.0 and values[0] < -30 < 30 < values[2]


def test_png_is_valid():
    data = audit.png_gray(np.linspace(0, 1, 64).reshape(8, 8), scale=2)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (16, 16)
    idat_len = struct.unpack(">I", data[33:37])[0]
    raw = zlib.decompress(data[41:41 + idat_len])
    assert len(raw) == 16 * (1 + 16)


def test_gate_lists_every_exceeded_threshold():
    report = {"membership": {"lira_offline": {"auc": 0.7, "tpr_at_fpr": 0.2, "max_fpr": 0.01},
                             "label_only": {"auc": 0.55, "tpr_at_fpr": 0.0, "max_fpr": 0.01}},
              "utility": {"non_member_accuracy": 0.5},
              "canaries": {"fields_extracted": 3},
              "budget": {"stopped_by_budget": False, "max_queries": 100, "fresh_identity_accepted": True}}
    thresholds = {"max_auc": 0.6, "max_tpr_at_fpr": 0.1, "min_accuracy": 0.7, "max_canary_fields": 0,
                  "require_budget_stop": True, "forbid_fresh_identity": True}
    violations = audit.gate(report, thresholds)
    assert len(violations) == 6
    assert any(v.startswith("lira_offline AUC 0.700") for v in violations)
    assert not any(v.startswith("label_only") for v in violations)
    assert audit.gate(report, {}) == []


def test_config_rejects_unknown_thresholds_and_relative_dirs():
    with pytest.raises(audit.AuditConfigError):
        audit.validate_config({"output_dir": "/tmp/x", "attacks": [], "thresholds": {"max_aucc": 0.6}})
    with pytest.raises(audit.AuditConfigError):
        audit.validate_config({"output_dir": "rel", "attacks": []})
    with pytest.raises(audit.AuditConfigError):
        audit.validate_config({"output_dir": "/tmp/x", "attacks": ["mind_reading"]})


def test_gate_treats_a_reversed_auc_as_leakage():
    report = {"membership": {"reversed": {"auc": 0.3, "tpr_at_fpr": 0.0, "max_fpr": 0.01}}}
    assert audit.gate(report, {"max_auc": 0.6}) == ["reversed AUC 0.700 > max_auc 0.600 (mirrored: measured 0.300)"]
    report["membership"]["reversed"]["auc"] = 0.45
    assert audit.gate(report, {"max_auc": 0.6}) == []
