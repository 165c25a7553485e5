"""The DP training script's configuration checks (standard library only: no torch needed).

The Opacus layer check (BatchNorm refused) needs torch and runs in molecule/dp_training_default.
"""
import importlib.util
import json
import os

import pytest

_PATH = os.path.join(os.path.dirname(__file__), "..", "..", "..", "roles", "dp_training", "files", "mia_dp_train.py")
_SPEC = importlib.util.spec_from_file_location("mia_dp_train", _PATH)
dp = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(dp)

BASE = {"output_dir": "/var/lib/x", "train_size": 300}


def test_defaults_are_valid():
    cfg = dp.validate_config(dict(BASE))
    assert cfg["poisson_sampling"] is True and cfg["normalization"] == "none"
    assert cfg["target_delta"] < 1 / 300


@pytest.mark.parametrize("change, message", [
    ({"target_delta": 1 / 300}, "1/n or more"),
    ({"target_delta": 0.5}, "1/n or more"),
    ({"target_delta": 0}, "target_delta"),
    ({"poisson_sampling": False}, "Poisson"),
    ({"target_epsilon": 0}, "target_epsilon"),
    ({"target_epsilon": float("inf")}, "target_epsilon"),
    ({"max_grad_norm": -1.0}, "max_grad_norm"),
    ({"batch_size": 301}, "sample rate"),
    ({"normalization": "instance_norm"}, "normalization"),
    ({"accountant": "gdp"}, "accountant"),
    ({"hidden_units": []}, "hidden_units"),
    ({"hidden_units": [True]}, "hidden_units"),
    ({"epochs": True}, "boolean"),
    ({"output_dir": "relative"}, "absolute"),
    ({"noise": 1.0}, "unknown key"),
    ({"mlflow": {"tracking_uri": "ftp://x"}}, "tracking_uri"),
])
def test_configurations_that_break_dp_or_are_malformed_are_refused(change, message):
    raw = dict(BASE)
    raw.update(change)
    with pytest.raises(dp.ConfigError, match=message):
        dp.validate_config(raw)


def test_check_config_cli(tmp_path, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps(BASE))
    assert dp.main(["check-config", "--config", str(good)]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(dict(BASE, target_delta=0.01)))
    assert dp.main(["check-config", "--config", str(bad)]) == 2
    assert "1/n or more" in capsys.readouterr().err
