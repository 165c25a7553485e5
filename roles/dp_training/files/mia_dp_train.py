# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""DP-SGD training entry point of the mlsec.mia_defense dp_training role.

Trains a ReLU MLP classifier with Opacus DP-SGD (per-sample clipping, Gaussian noise,
Poisson sampling, RDP or PRV accountant) to a target (epsilon, delta), trains the same
architecture without DP as the non-private baseline it replaces, and exports the private
model in the format the demo_model_server role serves (classifier.npz + manifest.json).

Subcommands (``--config`` defaults to /etc/mia-dp-training/config.json)::

    mia_dp_train.py check-config --config FILE  # exit 0 "OK: FILE"; exit 2 + message
    mia_dp_train.py train        --config FILE  # writes output_dir, prints one JSON line

Exit codes: 0 ok, 2 configuration refused (including configurations that break the DP
guarantee, e.g. BatchNorm), 1 data, training or I/O error, 3 MLflow logging failed (the
model is exported anyway).

Config keys (unknown keys are rejected)::

    dataset          "sklearn:digits" or a path to .npz (arrays x, y) or .csv (label last)
    output_dir       absolute path; classifier.npz, manifest.json, report.json land here
    seed             int; the member split is rng(seed).permutation(n)[:train_size]
                     (the same split demo_model_server uses for the same seed)
    train_size       int, members; the other rows measure test accuracy
    hidden_units     list of int, hidden layer widths (ReLU)
    normalization    "none" | "batch_norm" | "group_norm" | "layer_norm" (only "none" exports)
    target_epsilon   float > 0
    target_delta     float, 0 < delta < 1 / train_size
    max_grad_norm    float > 0, per-sample clipping norm
    epochs           int >= 1
    batch_size       int: expected batch size (sample rate = batch_size / train_size)
    learning_rate    float > 0
    accountant       "rdp" | "prv"
    poisson_sampling bool, must be true (the accountant assumes it)
    baseline         bool, also train the non-private baseline
    input_scale      float or null (null: 1/16 for digits, 1 otherwise)
    mlflow           null or {"tracking_uri", "experiment", "run_name", "timeout",
                     "username", "password"} (HTTP basic auth when username is set)
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import math
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

FORMAT_VERSION = 1
CREATED_BY = "mlsec.mia_defense dp_training"
DEFAULT_CONFIG = "/etc/mia-dp-training/config.json"
NORMALIZATIONS = ("none", "batch_norm", "group_norm", "layer_norm")

SCHEMA: dict[str, tuple[Any, tuple[type, ...]]] = {
    "dataset": ("sklearn:digits", (str,)),
    "output_dir": (None, (str,)),
    "seed": (1234, (int,)),
    "train_size": (300, (int,)),
    "hidden_units": ([64], (list,)),
    "normalization": ("none", (str,)),
    "target_epsilon": (4.0, (int, float)),
    "target_delta": (1e-5, (int, float)),
    "max_grad_norm": (1.0, (int, float)),
    "epochs": (40, (int,)),
    "batch_size": (64, (int,)),
    "learning_rate": (0.5, (int, float)),
    "accountant": ("prv", (str,)),
    "poisson_sampling": (True, (bool,)),
    "baseline": (True, (bool,)),
    "input_scale": (None, (int, float, type(None))),
    "mlflow": (None, (dict, type(None))),
}


class ConfigError(Exception):
    """The configuration is malformed or would break the DP guarantee."""


class TrainingError(Exception):
    """Data or training failed."""


def validate_config(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ConfigError("config must be a JSON object")
    unknown = sorted(set(raw) - set(SCHEMA))
    if unknown:
        raise ConfigError("unknown key '%s' (allowed: %s)" % (unknown[0], ", ".join(SCHEMA)))
    config: dict[str, Any] = {}
    for key, (default, types) in SCHEMA.items():
        value = raw.get(key, default)
        if value is None and key == "output_dir":
            raise ConfigError("missing required key 'output_dir'")
        if isinstance(value, bool) and bool not in types:
            raise ConfigError("key '%s' must not be a boolean" % key)
        if not isinstance(value, types):
            raise ConfigError("key '%s' has the wrong type %s" % (key, type(value).__name__))
        config[key] = value
    if not os.path.isabs(config["output_dir"]):
        raise ConfigError("output_dir must be an absolute path")
    if config["train_size"] < 10:
        raise ConfigError("train_size must be at least 10")
    if not config["hidden_units"] or not all(
            isinstance(w, int) and not isinstance(w, bool) and 1 <= w <= 4096 for w in config["hidden_units"]):
        raise ConfigError("hidden_units must be a non-empty list of integers in 1..4096")
    if config["normalization"] not in NORMALIZATIONS:
        raise ConfigError("normalization must be one of %s" % ", ".join(NORMALIZATIONS))
    if config["accountant"] not in ("rdp", "prv"):
        raise ConfigError("accountant must be 'rdp' or 'prv'")
    for key in ("target_epsilon", "max_grad_norm", "learning_rate"):
        if not (math.isfinite(config[key]) and config[key] > 0):
            raise ConfigError("%s must be a positive finite number, got %r" % (key, config[key]))
    for key in ("epochs", "batch_size"):
        if config[key] < 1:
            raise ConfigError("%s must be at least 1" % key)
    if config["batch_size"] > config["train_size"]:
        raise ConfigError("batch_size must not exceed train_size (the sample rate would exceed 1)")
    # delta >= 1/n allows mechanisms that publish whole records: no meaningful guarantee.
    if not 0 < config["target_delta"] < 1.0 / config["train_size"]:
        raise ConfigError("target_delta must be in (0, 1/train_size) = (0, %.3g); got %r: a delta of "
                          "1/n or more permits releasing a whole training record"
                          % (1.0 / config["train_size"], config["target_delta"]))
    if not config["poisson_sampling"]:
        raise ConfigError("poisson_sampling must be true: the privacy accountant assumes Poisson "
                          "subsampling, and fixed-size shuffled batches would make the reported "
                          "epsilon wrong")
    mlflow = config["mlflow"]
    if mlflow is not None:
        if not isinstance(mlflow.get("tracking_uri"), str) or not mlflow["tracking_uri"].startswith(("http://", "https://")):
            raise ConfigError("mlflow.tracking_uri must be an http(s) URL")
        extra = sorted(set(mlflow) - {"tracking_uri", "experiment", "run_name", "timeout", "username", "password"})
        if extra:
            raise ConfigError("unknown mlflow key '%s'" % extra[0])
    return config


def load_config(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
    except OSError as exc:
        raise ConfigError("cannot read config: %s" % exc.strerror) from exc
    except ValueError as exc:
        raise ConfigError("config is not valid JSON: %s" % exc) from exc
    return validate_config(raw)


# ------------------------------------------------------------------------------ data

def load_dataset(spec: str):
    """Return (x, y, name, sha256 or None, default input scale)."""
    import numpy as np

    if spec == "sklearn:digits":
        from sklearn.datasets import load_digits

        digits = load_digits()
        return digits.data.astype(np.float64), digits.target.astype(np.int64), "sklearn.datasets.load_digits", None, 1.0 / 16.0
    path = Path(spec)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if path.suffix == ".npz":
            with np.load(path, allow_pickle=False) as npz:
                x, y = npz["x"].astype(np.float64), npz["y"].astype(np.int64)
        elif path.suffix == ".csv":
            table = np.loadtxt(path, delimiter=",", dtype=np.float64, ndmin=2)
            x, y = table[:, :-1], table[:, -1].astype(np.int64)
        else:
            raise TrainingError("dataset must be sklearn:digits, a .npz (x, y) or a .csv (label last)")
    except (OSError, KeyError, ValueError) as exc:
        raise TrainingError("cannot read dataset %s: %s" % (spec, exc)) from exc
    if x.ndim != 2 or y.shape != (x.shape[0],) or not np.isfinite(x).all():
        raise TrainingError("dataset x must be a finite 2-D array and y a vector of the same length")
    if y.min() < 0:
        raise TrainingError("labels must be non-negative integers")
    return x, y, str(path), digest, 1.0


# --------------------------------------------------------------------------- models

def build_model(n_features: int, hidden: list[int], n_classes: int, normalization: str):
    import torch

    layers: list[Any] = []
    width = n_features
    for units in hidden:
        layers.append(torch.nn.Linear(width, units))
        if normalization == "batch_norm":
            layers.append(torch.nn.BatchNorm1d(units))
        elif normalization == "group_norm":
            layers.append(torch.nn.GroupNorm(1, units))
        elif normalization == "layer_norm":
            layers.append(torch.nn.LayerNorm(units))
        layers.append(torch.nn.ReLU())
        width = units
    layers.append(torch.nn.Linear(width, n_classes))
    return torch.nn.Sequential(*layers)


def refuse_non_private_layers(model) -> None:
    """Raise ConfigError when Opacus finds layers that break per-sample DP (e.g. BatchNorm)."""
    from opacus.validators import ModuleValidator

    errors = ModuleValidator.validate(model, strict=False)
    if errors:
        details = "; ".join(str(err) for err in errors)
        raise ConfigError("refusing to train: the model has layers that break the DP guarantee "
                          "(BatchNorm mixes the samples of a batch, so one record influences the "
                          "others' gradients and per-sample clipping no longer bounds it). Use "
                          "normalization 'none' (or GroupNorm/LayerNorm). Opacus: " + details)


def accuracy(model, x, y) -> float:
    import torch

    if len(y) == 0:
        return float("nan")
    model.eval()
    with torch.no_grad():
        return float((model(x).argmax(dim=1) == y).float().mean())


def train_private(config, x_train, y_train, n_classes):
    import torch
    from opacus import PrivacyEngine

    torch.manual_seed(config["seed"])
    model = build_model(x_train.shape[1], config["hidden_units"], n_classes, config["normalization"])
    refuse_non_private_layers(model)
    if config["normalization"] != "none":
        raise ConfigError("normalization '%s' is DP-compatible but cannot be exported to the "
                          "demo_model_server format (plain ReLU MLP); use 'none'" % config["normalization"])
    dataset = torch.utils.data.TensorDataset(x_train, y_train)
    loader = torch.utils.data.DataLoader(dataset, batch_size=config["batch_size"],
                                         generator=torch.Generator().manual_seed(config["seed"]))
    optimizer = torch.optim.SGD(model.parameters(), lr=config["learning_rate"], momentum=0.9)
    engine = PrivacyEngine(accountant=config["accountant"])
    model, optimizer, loader = engine.make_private_with_epsilon(
        module=model, optimizer=optimizer, data_loader=loader,
        target_epsilon=float(config["target_epsilon"]), target_delta=float(config["target_delta"]),
        epochs=config["epochs"], max_grad_norm=float(config["max_grad_norm"]),
        poisson_sampling=True,
    )
    loss_fn = torch.nn.CrossEntropyLoss()
    for _epoch in range(config["epochs"]):
        model.train()
        for xb, yb in loader:
            if len(yb) == 0:  # Poisson sampling can draw an empty batch
                continue
            optimizer.zero_grad()
            loss_fn(model(xb), yb).backward()
            optimizer.step()
    epsilon = float(engine.get_epsilon(float(config["target_delta"])))
    return model._module, {  # pylint: disable=protected-access
        "epsilon": epsilon,
        "delta": float(config["target_delta"]),
        "noise_multiplier": float(optimizer.noise_multiplier),
        "max_grad_norm": float(config["max_grad_norm"]),
        "sample_rate": float(config["batch_size"]) / len(y_train),
        "epochs": config["epochs"],
        "steps": int(config["epochs"] * math.ceil(len(y_train) / config["batch_size"])),
        "accountant": config["accountant"],
        "poisson_sampling": True,
    }


def train_baseline(config, x_train, y_train, n_classes):
    """The non-private model DP replaces: same architecture, plain SGD, many epochs."""
    import torch

    torch.manual_seed(config["seed"])
    model = build_model(x_train.shape[1], config["hidden_units"], n_classes, "none")
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = torch.nn.CrossEntropyLoss()
    for _epoch in range(300):
        model.train()
        optimizer.zero_grad()
        loss_fn(model(x_train), y_train).backward()
        optimizer.step()
    return model


def export(model, path: Path, input_scale: float, n_classes: int) -> None:
    import numpy as np
    import torch

    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    arrays: dict[str, Any] = {}
    for i, layer in enumerate(linears):
        arrays["W%d" % i] = layer.weight.detach().numpy().T.astype(np.float64)
        arrays["b%d" % i] = layer.bias.detach().numpy().astype(np.float64)
    arrays.update(n_layers=np.array(len(linears)), activation=np.array("relu"),
                  input_scale=np.array(float(input_scale)), classes=np.arange(n_classes, dtype=np.int64))
    _atomic_write(path, lambda handle: np.savez(handle, **arrays))


def _atomic_write(path: Path, data) -> None:
    tmp = path.with_name(".%s.tmp-%d" % (path.name, os.getpid()))
    try:
        with open(tmp, "wb") as handle:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, indent=1, sort_keys=True) + "\n").encode()


# --------------------------------------------------------------------------- MLflow

def _mlflow_call(base: str, endpoint: str, payload: dict[str, Any], timeout: float,
                 auth: str | None = None, method: str = "POST") -> dict[str, Any]:
    """One MLflow REST call; GET endpoints take the payload as a query string."""
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = auth
    url = base.rstrip("/") + "/api/2.0/mlflow/" + endpoint
    data = None
    if method == "GET":
        url += "?" + urllib.parse.urlencode(payload)
    else:
        data = json.dumps(payload).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # nosec B310 - http(s) checked in config
        return json.loads(resp.read() or b"{}")


def log_to_mlflow(settings: dict[str, Any], report: dict[str, Any]) -> str:
    """Create a run with params, metrics and tags over MLflow's REST API; return its id."""
    base, timeout = settings["tracking_uri"], float(settings.get("timeout", 30))
    auth = None
    if settings.get("username"):
        token = ("%s:%s" % (settings["username"], settings.get("password") or "")).encode()
        auth = "Basic " + base64.b64encode(token).decode()

    def call(endpoint: str, payload: dict[str, Any], method: str = "POST") -> dict[str, Any]:
        return _mlflow_call(base, endpoint, payload, timeout, auth, method)

    name = settings.get("experiment") or "dp-training"
    try:
        found = call("experiments/get-by-name", {"experiment_name": name}, "GET")
        experiment_id = found["experiment"]["experiment_id"]
    except urllib.error.HTTPError as exc:
        if exc.code not in (400, 404):
            raise
        experiment_id = call("experiments/create", {"name": name})["experiment_id"]
    now = int(time.time() * 1000)
    run = call("runs/create", {"experiment_id": experiment_id, "start_time": now,
                               "run_name": settings.get("run_name") or "dp-training"})
    run_id = run["run"]["info"]["run_id"]
    dp, cfg = report["dp"], report["config"]
    params = {"target_epsilon": cfg["target_epsilon"], "target_delta": cfg["target_delta"],
              "max_grad_norm": cfg["max_grad_norm"], "epochs": cfg["epochs"],
              "batch_size": cfg["batch_size"], "learning_rate": cfg["learning_rate"],
              "accountant": cfg["accountant"], "hidden_units": cfg["hidden_units"],
              "train_size": cfg["train_size"], "seed": cfg["seed"],
              "noise_multiplier": round(dp["noise_multiplier"], 6), "sample_rate": dp["sample_rate"],
              "dataset": report["dataset"]["name"]}
    metrics = {"epsilon": dp["epsilon"], "train_accuracy": report["private"]["train_accuracy"],
               "test_accuracy": report["private"]["test_accuracy"]}
    if report.get("baseline"):
        metrics.update(baseline_train_accuracy=report["baseline"]["train_accuracy"],
                       baseline_test_accuracy=report["baseline"]["test_accuracy"],
                       accuracy_cost=report["accuracy_cost"])
    tags = {"mia.dp.epsilon": "%.4f" % dp["epsilon"], "mia.dp.delta": str(dp["delta"]),
            "mia.model.sha256": report["model_sha256"], "mlflow.source.name": CREATED_BY}
    if report["dataset"].get("sha256"):
        tags["mia.dataset.sha256"] = report["dataset"]["sha256"]
    call("runs/log-batch", {
        "run_id": run_id,
        "params": [{"key": k, "value": json.dumps(v) if isinstance(v, list) else str(v)} for k, v in params.items()],
        "metrics": [{"key": k, "value": float(v), "timestamp": now, "step": 0}
                    for k, v in metrics.items() if v is not None and math.isfinite(v)],
        "tags": [{"key": k, "value": v} for k, v in tags.items()],
    })
    call("runs/update", {"run_id": run_id, "status": "FINISHED", "end_time": int(time.time() * 1000)})
    return run_id


# -------------------------------------------------------------------------- train

def train(config: dict[str, Any]) -> dict[str, Any]:
    import numpy as np
    import torch

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    x, y, dataset_name, dataset_sha, default_scale = load_dataset(config["dataset"])
    if config["train_size"] >= len(y):
        raise TrainingError("train_size %d leaves no test rows in a dataset of %d rows" % (config["train_size"], len(y)))
    scale = default_scale if config["input_scale"] is None else float(config["input_scale"])
    order = np.random.default_rng(config["seed"]).permutation(len(y))
    members = np.sort(order[: config["train_size"]])
    non_members = np.sort(order[config["train_size"]:])
    n_classes = int(y.max()) + 1
    xt = torch.tensor(x * scale, dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.long)
    x_in, y_in, x_out, y_out = xt[members], yt[members], xt[non_members], yt[non_members]

    started = time.monotonic()
    model, dp = train_private(config, x_in, y_in, n_classes)
    private = {"train_accuracy": accuracy(model, x_in, y_in), "test_accuracy": accuracy(model, x_out, y_out),
               "seconds": round(time.monotonic() - started, 2)}
    baseline = None
    if config["baseline"]:
        started = time.monotonic()
        base_model = train_baseline(config, x_in, y_in, n_classes)
        baseline = {"train_accuracy": accuracy(base_model, x_in, y_in),
                    "test_accuracy": accuracy(base_model, x_out, y_out),
                    "seconds": round(time.monotonic() - started, 2)}

    out = Path(config["output_dir"])
    out.mkdir(mode=0o750, parents=True, exist_ok=True)
    export(model, out / "classifier.npz", scale, n_classes)
    model_sha = hashlib.sha256((out / "classifier.npz").read_bytes()).hexdigest()
    report: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "config": {k: v for k, v in config.items() if k not in ("mlflow", "output_dir")},
        "dataset": {"name": dataset_name, "sha256": dataset_sha, "rows": int(len(y)),
                    "members": int(len(members)), "non_members": int(len(non_members))},
        "dp": dp, "private": private, "baseline": baseline,
        "accuracy_cost": (baseline["test_accuracy"] - private["test_accuracy"]) if baseline else None,
        "model_sha256": model_sha, "mlflow_run_id": None,
    }
    manifest = {
        "format_version": FORMAT_VERSION, "dataset": dataset_name, "seed": config["seed"],
        "n_features": int(x.shape[1]), "n_classes": n_classes,
        "member_indices": [int(i) for i in members],
        "train_accuracy": private["train_accuracy"], "test_accuracy": private["test_accuracy"],
        "created_by": CREATED_BY, "dp": dp,
        "baseline": baseline, "model_sha256": model_sha,
    }
    _atomic_write(out / "report.json", _json_bytes(report))
    _atomic_write(out / "manifest.json", _json_bytes(manifest))  # last: marks a complete export
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=["check-config", "train"])
    parser.add_argument("--config", default=DEFAULT_CONFIG, help="default: %s" % DEFAULT_CONFIG)
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
        if args.command == "check-config":
            print("OK: %s" % args.config)
            return 0
        report = train(config)
    except ConfigError as exc:
        print("config error: %s: %s" % (args.config, exc), file=sys.stderr)
        return 2
    except (TrainingError, OSError) as exc:
        print("error: %s" % exc, file=sys.stderr)
        return 1
    if config["mlflow"]:
        try:
            report["mlflow_run_id"] = log_to_mlflow(config["mlflow"], report)
        except (OSError, ValueError, KeyError, urllib.error.URLError) as exc:
            print(json.dumps(report, sort_keys=True))
            print("error: MLflow logging failed: %s" % exc, file=sys.stderr)
            return 3
        out = Path(config["output_dir"])
        _atomic_write(out / "report.json", _json_bytes(report))
    print(json.dumps(report, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
