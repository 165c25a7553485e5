# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deliberately leaky reference model server: the TARGET the mia_defense roles protect.

It is not a defense. The classifier is overfitted and returns full-precision
probabilities (membership inference works against it) and the chat model is a
memorising n-gram generator that regurgitates planted PII. Python 3.11, stdlib +
numpy at serve time; scikit-learn only for ``train``.

Subcommands (``--config`` defaults to /etc/mia-demo-model/config.json)::

    mia_demo_model.py check-config --config FILE   # exit 0 "OK: FILE", exit 2 + message
    mia_demo_model.py train        --config FILE   # writes model_dir, prints one JSON line
    mia_demo_model.py serve        --config FILE   # HTTP server until SIGTERM/SIGINT (exit 0)

train and serve exit 1 on model or OS errors (e.g. serve before train, port in use).
Training is deterministic for a seed; the default config takes ~25 s on 2 cores.

Config: one JSON object, unknown keys rejected, booleans are not integers.

    key                 type  default      range / rule
    listen_host         str   "127.0.0.1"  non-empty (IPv4, IPv6 or host name)
    listen_port         int   required     1..65535
    model_dir           str   required     absolute path
    seed                int   1234         0..4294967295
    train_size          int   300          10..1697 (digits has 1797 rows; >=100 stay non-members)
    hidden_units        int   256          1..4096
    max_iter            int   1500         1..100000
    max_batch_rows      int   256          1..100000
    max_body_bytes      int   1048576      1024..268435456
    chat_max_tokens     int   96           1..4096
    stream_piece_chars  int   4            1..4096

Files in model_dir (``manifest.json`` is written last, so its presence marks a
complete model; every file is written to a temporary name and renamed)::

    classifier.npz   W0,b0,W1,b1,... float64, W_i shape (in, out); n_layers (int);
                     activation ("relu", hidden layers only; output is softmax);
                     input_scale (float, inputs are multiplied by it); classes (int)
    manifest.json    format_version, dataset, seed, n_features, n_classes,
                     member_indices (dataset rows used for training), train_accuracy,
                     test_accuracy, created_by
    chat_model.json  word n-gram, order 5 (4-word contexts, backing off to shorter ones,
                     so every record is memorised verbatim): format_version, order, contexts {normalised context: [next token,
                     ...] best first, null = end of record}, starts [[token, ...], ...]
    chat_corpus.txt  synthetic corpus, one record or filler sentence per line
    canaries.json    planted PII per record (name, email, phone, card, address, secret)

HTTP API (errors are ``{"error": {"code", "message"}}``, never a traceback)::

    GET  /healthz              200 {"status": "ok", ...}; 503 if a model is not loaded
    POST /v1/predict           {"inputs": [[float] * n_features, ...]}
                               -> 200 {"probabilities", "labels", "model"}
    POST /v1/chat/completions  OpenAI-style {"messages": [{"role", "content": str}, ...],
                               "stream": bool, "max_tokens": int, "model": str}; the prompt
                               is the last user message, other OpenAI fields are ignored,
                               content-part arrays are rejected; "stream": true -> chunked
                               text/event-stream, content split every stream_piece_chars

JSON answers are gzip-compressed (``Content-Encoding: gzip``) when the request's
``Accept-Encoding`` lists gzip (not with q=0); event streams are never compressed.

    400 invalid_json / bad_content_length   411 length_required (no Content-Length,
    404 not_found   405 method_not_allowed   or chunked request body)
    413 payload_too_large (Content-Length > max_body_bytes, checked before reading)
    413 too_many_rows (more than max_batch_rows inputs)
    415 unsupported_media_type (POST without application/json)
    422 invalid_request (well-formed JSON with wrong shape, type, NaN/inf or booleans)
    500 internal_error
    405 carries an Allow header; an error sent before the body was read closes the
    connection. Access log: one stderr line per request, "METHOD PATH STATUS 1.2ms",
    unknown paths logged as <other>, never bodies.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import random
import signal
import socket
import string
import sys
import threading
import time
import traceback
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

import numpy as np

FORMAT_VERSION = 1
CREATED_BY = "mlsec.mia_defense demo_model_server"
CLASSIFIER_NAME = "mia-demo-digits-mlp"
CHAT_NAME = "mia-demo-chat"
DEFAULT_CONFIG = "/etc/mia-demo-model/config.json"
INPUT_SCALE = 1.0 / 16.0  # digits pixels are 0..16
MODEL_FILES = ("classifier.npz", "chat_model.json", "manifest.json")
CHAT_ORDER = 5  # 4-word contexts: long enough that every window of a record is unique

# key: (default or REQUIRED, type, check, rule shown in errors)
REQUIRED = object()
CONFIG_SCHEMA: dict[str, tuple[Any, type, Callable[[Any], bool], str]] = {
    "listen_host": ("127.0.0.1", str, lambda v: 0 < len(v) <= 255, "a non-empty string"),
    "listen_port": (REQUIRED, int, lambda v: 1 <= v <= 65535, "an integer in 1..65535"),
    "model_dir": (REQUIRED, str, os.path.isabs, "an absolute path"),
    "seed": (1234, int, lambda v: 0 <= v <= 2**32 - 1, "an integer in 0..4294967295"),
    "train_size": (300, int, lambda v: 10 <= v <= 1697, "an integer in 10..1697"),
    "hidden_units": (256, int, lambda v: 1 <= v <= 4096, "an integer in 1..4096"),
    "max_iter": (1500, int, lambda v: 1 <= v <= 100000, "an integer in 1..100000"),
    "max_batch_rows": (256, int, lambda v: 1 <= v <= 100000, "an integer in 1..100000"),
    "max_body_bytes": (1048576, int, lambda v: 1024 <= v <= 2**28, "an integer in 1024..268435456"),
    "chat_max_tokens": (96, int, lambda v: 1 <= v <= 4096, "an integer in 1..4096"),
    "stream_piece_chars": (4, int, lambda v: 1 <= v <= 4096, "an integer in 1..4096"),
}


class ConfigError(Exception):
    """The config file is unreadable or violates CONFIG_SCHEMA."""


class ModelError(Exception):
    """Model files are missing or do not match the documented format."""


class RequestError(Exception):
    """A client mistake, answered with ``status`` and a JSON error body."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.headers = headers or {}


# --------------------------------------------------------------------------- config

def validate_config(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ConfigError("config must be a JSON object")
    unknown = sorted(set(raw) - set(CONFIG_SCHEMA))
    if unknown:
        raise ConfigError(f"unknown key '{unknown[0]}' (allowed: {', '.join(CONFIG_SCHEMA)})")
    config = {}
    for key, (default, typ, check, rule) in CONFIG_SCHEMA.items():
        if key not in raw:
            if default is REQUIRED:
                raise ConfigError(f"missing required key '{key}'")
            config[key] = default
            continue
        value = raw[key]
        # bool is a subclass of int; `true` as a port is a mistake, not 1.
        if isinstance(value, bool) or not isinstance(value, typ) or not check(value):
            raise ConfigError(f"key '{key}' must be {rule}, got {json.dumps(value)}")
        config[key] = value
    return config


def load_config(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            raw = json.load(handle)
    except OSError as exc:
        raise ConfigError(f"cannot read config: {exc.strerror}") from exc
    except ValueError as exc:
        raise ConfigError(f"config is not valid JSON: {exc}") from exc
    return validate_config(raw)


# ------------------------------------------------------------------- model files

def _atomic_write(path: Path, data: bytes | Callable[[Any], None]) -> None:
    """Write via a temporary name + rename so a reader never sees a half-written file."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
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
        tmp.unlink(missing_ok=True)


def _json_bytes(obj: Any) -> bytes:
    return (json.dumps(obj, indent=1, sort_keys=True) + "\n").encode()


def load_classifier(model_dir: Path) -> dict[str, Any]:
    with np.load(model_dir / "classifier.npz", allow_pickle=False) as npz:
        n_layers = int(npz["n_layers"])
        if n_layers < 1:
            raise ModelError("n_layers must be at least 1")
        layers = [(npz[f"W{i}"].astype(np.float64), npz[f"b{i}"].astype(np.float64))
                  for i in range(n_layers)]
        model = {
            "layers": layers,
            "activation": str(npz["activation"]),
            "input_scale": float(npz["input_scale"]),
            "classes": [int(c) for c in npz["classes"]],
        }
    if model["activation"] != "relu":
        raise ModelError(f"unsupported activation {model['activation']!r}")
    for i, (weights, bias) in enumerate(layers):
        previous = layers[i - 1][0].shape[1] if i else weights.shape[0]
        if weights.ndim != 2 or weights.shape[0] != previous or bias.shape != (weights.shape[1],):
            raise ModelError(f"layer {i} shapes do not chain: W{i}{weights.shape} b{i}{bias.shape}")
    if layers[-1][0].shape[1] != len(model["classes"]):
        raise ModelError("last layer width differs from the number of classes")
    model["n_features"] = layers[0][0].shape[0]
    return model


def predict_proba(model: dict[str, Any], inputs: np.ndarray) -> np.ndarray:
    hidden = inputs * model["input_scale"]
    for i, (weights, bias) in enumerate(model["layers"]):
        hidden = hidden @ weights + bias
        if i < len(model["layers"]) - 1:
            hidden = np.maximum(hidden, 0.0)
    hidden -= hidden.max(axis=1, keepdims=True)  # stable softmax: exp never overflows
    exp = np.exp(hidden)
    return exp / exp.sum(axis=1, keepdims=True)


def load_models(model_dir: str) -> dict[str, Any]:
    path = Path(model_dir)
    missing = [name for name in MODEL_FILES if not (path / name).is_file()]
    if missing:
        raise ModelError(f"model files missing in {path}: {', '.join(missing)}; "
                         "run 'mia_demo_model.py train --config <config>' first")
    try:
        classifier = load_classifier(path)
        chat = json.loads((path / "chat_model.json").read_text(encoding="utf-8"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ModelError(f"cannot load model from {path}: {exc}") from exc
    if not (isinstance(chat, dict) and isinstance(chat.get("order"), int)
            and isinstance(chat.get("contexts"), dict) and chat.get("starts")):
        raise ModelError(f"{path / 'chat_model.json'} lacks order, contexts or starts")
    return {"classifier": classifier, "chat": chat}


# --------------------------------------------------------------------- training

def _fit_classifier(config: dict[str, Any]) -> tuple[Any, np.ndarray, dict[str, Any]]:
    """Fit the overfitted MLP; return (classifier, member row indices, summary)."""
    import warnings

    from sklearn.datasets import load_digits
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.metrics import roc_auc_score
    from sklearn.neural_network import MLPClassifier

    digits = load_digits()
    x, y = digits.data * INPUT_SCALE, digits.target
    order = np.random.default_rng(config["seed"]).permutation(len(y))
    members = np.sort(order[: config["train_size"]])
    non_members = np.sort(order[config["train_size"]:])

    # No regularisation, no early stopping, no tolerance: overfitting is the point.
    clf = MLPClassifier(hidden_layer_sizes=(config["hidden_units"],), activation="relu",
                        alpha=0.0, tol=0.0, n_iter_no_change=config["max_iter"],
                        max_iter=config["max_iter"], early_stopping=False,
                        random_state=config["seed"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(x[members], y[members])

    # The simplest black-box attack: "member if the top probability is high".
    conf_in = clf.predict_proba(x[members]).max(axis=1)
    conf_out = clf.predict_proba(x[non_members]).max(axis=1)
    is_member = np.r_[np.ones(len(conf_in)), np.zeros(len(conf_out))]
    summary = {
        "train_size": len(members),
        "test_size": len(non_members),
        "train_accuracy": float(clf.score(x[members], y[members])),
        "test_accuracy": float(clf.score(x[non_members], y[non_members])),
        "member_mean_confidence": float(conf_in.mean()),
        "nonmember_mean_confidence": float(conf_out.mean()),
        "membership_auc": float(roc_auc_score(is_member, np.r_[conf_in, conf_out])),
    }
    return clf, members, summary


def _classifier_arrays(clf: Any) -> dict[str, np.ndarray]:
    arrays: dict[str, np.ndarray] = {}
    for i, (weights, bias) in enumerate(zip(clf.coefs_, clf.intercepts_)):
        arrays[f"W{i}"], arrays[f"b{i}"] = weights.astype(np.float64), bias.astype(np.float64)
    arrays.update(n_layers=np.array(len(clf.coefs_)), activation=np.array("relu"),
                  input_scale=np.array(INPUT_SCALE), classes=clf.classes_.astype(np.int64))
    return arrays


def train(config: dict[str, Any]) -> dict[str, Any]:
    clf, members, summary = _fit_classifier(config)
    manifest = {
        "format_version": FORMAT_VERSION, "dataset": "sklearn.datasets.load_digits",
        "seed": config["seed"], "n_features": int(clf.coefs_[0].shape[0]),
        "n_classes": len(clf.classes_), "member_indices": [int(i) for i in members],
        "train_accuracy": summary["train_accuracy"], "test_accuracy": summary["test_accuracy"],
        "created_by": CREATED_BY,
    }
    lines, canaries = build_corpus(config["seed"])
    summary["chat_records"] = len(canaries)

    model_dir = Path(config["model_dir"])
    model_dir.mkdir(mode=0o750, parents=True, exist_ok=True)
    arrays = _classifier_arrays(clf)
    _atomic_write(model_dir / "classifier.npz", lambda handle: np.savez(handle, **arrays))
    _atomic_write(model_dir / "chat_corpus.txt", "".join(f"{line}\n" for line in lines).encode())
    _atomic_write(model_dir / "canaries.json", _json_bytes(canaries))
    _atomic_write(model_dir / "chat_model.json", _json_bytes(build_chat_model(lines)))
    _atomic_write(model_dir / "manifest.json", _json_bytes(manifest))  # last: marks completion
    return summary


# ------------------------------------------------------------- synthetic corpus

FIRST_NAMES = ["Alice", "Bruno", "Chidi", "Dagny", "Elif", "Farah", "Goran", "Hana",
               "Ivo", "Jonas", "Keiko", "Lucia", "Mateo", "Nadia", "Oskar", "Priya"]
LAST_NAMES = ["Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallagher",
              "Hartmann", "Ivanova", "Jablonski", "Kowalczyk", "Lindqvist", "Moreau",
              "Novak", "Okafor", "Pereira"]
STREETS = ["Oak Street", "Maple Avenue", "Harbor Road", "Birch Lane", "Mill Street",
           "Cedar Court", "Quarry Road", "Elm Terrace"]
CITIES = ["Springfield", "Riverton", "Lakeside", "Fairview", "Greenville", "Ashford"]
# Reserved domains (RFC 2606 / 6761) so no planted address can belong to anyone.
DOMAINS = ["example.com", "example.org", "example.net", "mail.test", "corp.example"]
FILLER = [
    "Thanks for contacting support, we usually answer within two business days.",
    "Please keep your ticket number handy when you call the help desk.",
    "Our office is closed on public holidays and reopens the next morning.",
    "Password resets are handled through the self service portal.",
    "Refunds are processed within five to seven business days.",
    "The mobile app update fixes the login loop some customers reported.",
    "Remember to rotate credentials that were shared in chat or email.",
    "Shipping delays are expected during the winter storms.",
    "The billing system migration finished without data loss.",
    "Customer satisfaction surveys are sent one week after a ticket closes.",
    "We never ask for your full card number over the phone.",
    "The status page lists every incident from the last ninety days.",
]
# Between two record-unique tokens there are at most three shared words, so every
# 4-word context inside a record is unique and greedy decoding reproduces the record.
TEMPLATES = [
    "Ticket {ticket}: {name} ({email}, {phone}) says card {card} was double-charged;"
    " key {secret} leaked; refund to {address}.",
    "Case {ticket} - {name} wrote from {email} to replace card {card}; callback {phone};"
    " revoke token {secret}; ship to {address}.",
    "{name} ({phone}) reported stolen card {card}; contact {email}; leaked secret {secret};"
    " lives at {address}.",
]


def luhn_complete(partial: str) -> str:
    """Append the check digit that makes ``partial`` + digit Luhn-valid."""
    total = 0
    for i, char in enumerate(reversed(partial)):
        digit = int(char) * (2 if i % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return partial + str((10 - total % 10) % 10)


def build_corpus(seed: int, n_records: int = 36) -> tuple[list[str], list[dict[str, Any]]]:
    rng = random.Random(seed)
    names = rng.sample([(f, l) for f in FIRST_NAMES for l in LAST_NAMES], n_records)
    tickets = rng.sample(range(10000, 99999), n_records)
    houses = rng.sample(range(1, 1000), n_records)
    # Fictional ranges: NANP 555-0100..0199 and Ofcom drama mobiles 07700 900000..900999.
    phones = ([f"+1 555-{n:04d}" for n in rng.sample(range(100, 200), n_records // 2)]
              + [f"+44 7700 {n}" for n in rng.sample(range(900000, 901000), n_records - n_records // 2)])
    upper = string.ascii_uppercase + string.digits
    records, canaries = [], []
    for i, (first, last) in enumerate(names):
        prefix = rng.choice(["4", "51", "55"])  # Visa / Mastercard shaped, 16 digits
        secret = ("AKIA" + "".join(rng.choices(upper, k=16)) if i % 2 == 0
                  else "sk-" + "".join(rng.choices(string.ascii_letters + string.digits, k=32)))
        values = {
            "ticket": str(tickets[i]),
            "name": f"{first} {last}",
            "email": f"{first.lower()}.{last.lower()}@{rng.choice(DOMAINS)}",
            "phone": phones[i],
            "card": luhn_complete(prefix + "".join(rng.choices(string.digits, k=15 - len(prefix)))),
            "secret": secret,
            "address": f"{houses[i]} {rng.choice(STREETS)}, {rng.choice(CITIES)}",
        }
        records.append(TEMPLATES[i % len(TEMPLATES)].format(**values))
        canaries.append({"record": i, **values})
    lines = records + FILLER
    rng.shuffle(lines)
    for canary in canaries:
        canary["line"] = lines.index(records[canary["record"]])
    return lines, canaries


# ----------------------------------------------------------------- chat model

_STRIP = "()[]{}<>,;:.!?\"'"


def _norm(token: str) -> str:
    return token.strip(_STRIP).lower() or token


def build_chat_model(lines: list[str]) -> dict[str, Any]:
    """Word n-gram counts with candidates sorted by count, then first appearance."""
    counts: dict[str, dict[str | None, int]] = {}
    for line in lines:
        tokens = line.split()
        normed = [_norm(t) for t in tokens]
        for pos, nxt in enumerate(tokens[1:] + [None], start=1):
            for width in range(1, min(CHAT_ORDER - 1, pos) + 1):
                key = " ".join(normed[pos - width:pos])
                followers = counts.setdefault(key, {})
                followers[nxt] = followers.get(nxt, 0) + 1  # dicts keep first-seen order
    contexts = {key: [tok for tok, _count in sorted(followers.items(), key=lambda kv: -kv[1])]
                for key, followers in counts.items()}
    starts = [line.split()[: CHAT_ORDER - 1] for line in lines]
    return {"format_version": FORMAT_VERSION, "order": CHAT_ORDER,
            "contexts": contexts, "starts": starts}


def _next_token(chat: dict[str, Any], history: list[str]) -> str | None:
    """Greedy choice, backing off from the longest known context; None ends the text."""
    for width in range(min(chat["order"] - 1, len(history)), 0, -1):
        followers = chat["contexts"].get(" ".join(history[-width:]))
        if followers:
            return followers[0]
    return None


def generate(chat: dict[str, Any], prompt: str, limit: int) -> tuple[str, str, int]:
    """Return (text, finish_reason, completion_tokens); deterministic in (prompt, limit)."""
    history = [_norm(t) for t in prompt.split()]
    tokens: list[str] = []
    if not history or history[-1] not in chat["contexts"]:
        digest = hashlib.sha256(prompt.encode()).digest()
        tokens = chat["starts"][int.from_bytes(digest[:8], "big") % len(chat["starts"])][:limit]
        history = [_norm(t) for t in tokens]
    while len(tokens) < limit:
        token = _next_token(chat, history)
        if token is None:
            return " ".join(tokens), "stop", len(tokens)
        tokens.append(token)
        history.append(_norm(token))
    return " ".join(tokens), "length", len(tokens)


# ----------------------------------------------------------- request handling

def _reject(message: str) -> RequestError:
    return RequestError(422, "invalid_request", message)


def _finite_number(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float
        return False


def parse_inputs(body: Any, n_features: int, max_rows: int) -> np.ndarray:
    if not isinstance(body, dict):
        raise _reject("request body must be a JSON object")
    rows = body.get("inputs")
    if not isinstance(rows, list):
        raise _reject("'inputs' must be a list of rows")
    if not rows:
        raise _reject("'inputs' must not be empty")
    if len(rows) > max_rows:
        raise RequestError(413, "too_many_rows", f"at most {max_rows} rows per request")
    for i, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != n_features:
            raise _reject(f"inputs[{i}] must be a list of {n_features} numbers")
        for j, value in enumerate(row):
            if not _finite_number(value):
                raise _reject(f"inputs[{i}][{j}] must be a finite number")
    return np.asarray(rows, dtype=np.float64)


def parse_chat(body: Any, default_limit: int) -> tuple[str, int, bool, int]:
    """Return (prompt, token limit, stream, prompt_tokens)."""
    if not isinstance(body, dict):
        raise _reject("request body must be a JSON object")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise _reject("'messages' must be a non-empty list")
    for i, message in enumerate(messages):
        if not isinstance(message, dict):
            raise _reject(f"messages[{i}] must be an object")
        if message.get("role") not in ("system", "developer", "user", "assistant", "tool"):
            raise _reject(f"messages[{i}].role must be system, developer, user, assistant or tool")
        if not isinstance(message.get("content"), str):
            raise _reject(f"messages[{i}].content must be a string")
    if not isinstance(body.get("model", ""), str):
        raise _reject("'model' must be a string")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise _reject("'stream' must be a boolean")
    limit = body.get("max_tokens")
    if limit is None:
        limit = default_limit
    elif isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise _reject("'max_tokens' must be a positive integer")
    users = [m["content"] for m in messages if m["role"] == "user"]
    prompt_tokens = sum(len(m["content"].split()) for m in messages)
    return (users[-1] if users else ""), min(limit, default_limit), stream, prompt_tokens


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "mia-demo-model"
    timeout = 30  # a silent client must not hold a worker thread forever
    # Headers and body leave in separate writes: with Nagle's algorithm each keep-alive answer
    # would wait ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True
    server: "ModelServer"

    # --- plumbing: one access-log line per request, JSON for every error

    def version_string(self) -> str:
        return self.server_version  # no Python version in the Server header

    def handle_one_request(self) -> None:
        self._started, self._status = time.monotonic(), None
        try:
            super().handle_one_request()
        except ConnectionError:
            # The client reset or left (between keep-alive requests, or before the answer was flushed): routine, so
            # no traceback in the log; a request already answered keeps its access line.
            self.close_connection = True
        if self._status is not None:
            path = self.path.split("?", 1)[0] if self.command else "-"
            # Unknown paths may carry user data; log only routes we own.
            path = path if path in ROUTES else "<other>"
            millis = (time.monotonic() - self._started) * 1000
            sys.stderr.write(f"{self.command or '-'} {path} {self._status} {millis:.1f}ms\n")

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        self._status = int(code)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Silenced: the stdlib messages echo request lines, which may contain user data."""

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        codes = {400: "bad_request", 414: "uri_too_long", 431: "headers_too_large",
                 501: "not_implemented", 505: "http_version_not_supported"}
        self.close_connection = True
        self._send_json(code, _error_body(codes.get(code, "bad_request"),
                                          message or self.responses.get(code, ("error",))[0]))

    def _send_json(self, status: int, payload: dict[str, Any],
                   headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        if self._accepts_gzip():
            # Like many real model servers: compressed JSON for clients that ask for it.
            body = gzip.compress(body, compresslevel=5, mtime=0)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _accepts_gzip(self) -> bool:
        header = self.headers.get("Accept-Encoding", "") if self.headers else ""
        for item in header.split(","):
            coding, _sep, params = item.strip().partition(";")
            if coding.strip().lower() == "gzip":
                return params.replace(" ", "").lower() not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
        return False

    # --- dispatch

    def _dispatch(self) -> None:
        self._body_read = False
        try:
            routes = ROUTES.get(self.path.split("?", 1)[0])
            if routes is None:
                raise RequestError(404, "not_found", "no such endpoint")
            if self.command not in routes:
                raise RequestError(405, "method_not_allowed", f"use {', '.join(routes)}",
                                   {"Allow": ", ".join(routes)})
            getattr(self, routes[self.command])()
        except RequestError as exc:
            # An unread request body would be parsed as the next request: close instead.
            self.close_connection = self.close_connection or not self._body_read
            self._send_json(exc.status, _error_body(exc.code, exc.message), exc.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as exc:  # noqa: BLE001 - last resort: log the type, not the data
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            sys.stderr.write(f"internal error: {type(exc).__name__} at {frame.name}:{frame.lineno}\n")
            self.close_connection = True
            if self._status is None:
                self._send_json(500, _error_body("internal_error", "internal server error"))

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def _read_json(self) -> Any:
        media_type = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if media_type != "application/json":
            raise RequestError(415, "unsupported_media_type", "Content-Type must be application/json")
        if "Transfer-Encoding" in self.headers or "Content-Length" not in self.headers:
            raise RequestError(411, "length_required", "send the body with a Content-Length")
        try:
            length = int(self.headers["Content-Length"])
        except ValueError:
            length = -1
        if length < 0:
            raise RequestError(400, "bad_content_length", "Content-Length must be a non-negative integer")
        if length > self.server.config["max_body_bytes"]:
            raise RequestError(413, "payload_too_large",
                               f"body exceeds {self.server.config['max_body_bytes']} bytes")
        raw = self.rfile.read(length)
        self._body_read = True
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise RequestError(400, "invalid_json", "body is not valid UTF-8 JSON") from exc

    # --- endpoints

    def healthz(self) -> None:
        models = self.server.models
        if not (models.get("classifier") and models.get("chat")):
            raise RequestError(503, "not_ready", "models not loaded")
        self._send_json(200, {"status": "ok", "models": [CLASSIFIER_NAME, CHAT_NAME],
                              "n_features": models["classifier"]["n_features"]})

    def predict(self) -> None:
        classifier = self.server.models["classifier"]
        inputs = parse_inputs(self._read_json(), classifier["n_features"],
                              self.server.config["max_batch_rows"])
        probabilities = predict_proba(classifier, inputs)
        labels = [classifier["classes"][i] for i in probabilities.argmax(axis=1)]
        self._send_json(200, {"probabilities": probabilities.tolist(), "labels": labels,
                              "model": CLASSIFIER_NAME})

    def chat_completions(self) -> None:
        prompt, limit, stream, prompt_tokens = parse_chat(
            self._read_json(), self.server.config["chat_max_tokens"])
        text, finish, completion_tokens = generate(self.server.models["chat"], prompt, limit)
        # Derived from the request so identical requests give identical responses.
        completion_id = "chatcmpl-" + hashlib.sha256(f"{limit}\0{prompt}".encode()).hexdigest()[:24]
        created = int(time.time())
        if stream:
            self._stream_chat(completion_id, created, text, finish)
            return
        self._send_json(200, {
            "id": completion_id, "object": "chat.completion", "created": created,
            "model": CHAT_NAME,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": finish}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        })

    def _stream_chat(self, completion_id: str, created: int, text: str, finish: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()

        def chunk(delta: dict[str, str], finish_reason: str | None = None) -> str:
            return json.dumps({"id": completion_id, "object": "chat.completion.chunk",
                               "created": created, "model": CHAT_NAME,
                               "choices": [{"index": 0, "delta": delta,
                                            "finish_reason": finish_reason}]})

        piece = self.server.config["stream_piece_chars"]
        events = [chunk({"role": "assistant"})]
        events += [chunk({"content": text[i:i + piece]}) for i in range(0, len(text), piece)]
        events += [chunk({}, finish), "[DONE]"]
        for event in events:
            self._write_chunk(f"data: {event}\n\n".encode())
        self._write_chunk(b"")  # zero-length chunk terminates the body

    def _write_chunk(self, data: bytes) -> None:
        # One write per frame; wfile is unbuffered, so each frame leaves immediately.
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))


ROUTES: dict[str, dict[str, str]] = {
    "/healthz": {"GET": "healthz"},
    "/v1/predict": {"POST": "predict"},
    "/v1/chat/completions": {"POST": "chat_completions"},
}


def _error_body(code: str, message: str) -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}


class ModelServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 drops the SYNs of a proxy opening its pool of upstream
    # connections at once, and each dropped SYN costs a 1 s retransmission
    request_queue_size = 128

    def __init__(self, config: dict[str, Any], models: dict[str, Any]):
        self.config, self.models = config, models
        # An IPv6 literal needs an AF_INET6 socket; host names and IPv4 use the default.
        if ":" in config["listen_host"]:
            self.address_family = socket.AF_INET6
        super().__init__((config["listen_host"], config["listen_port"]), Handler)


def serve(config: dict[str, Any]) -> None:
    server = ModelServer(config, load_models(config["model_dir"]))
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_args: stop.set())
    worker = threading.Thread(target=server.serve_forever, name="http", daemon=True)
    worker.start()
    host, port = server.server_address[:2]
    sys.stderr.write(f"serving {CLASSIFIER_NAME} and {CHAT_NAME} on {host}:{port}\n")
    stop.wait()
    server.shutdown()
    server.server_close()
    sys.stderr.write("stopped\n")


# -------------------------------------------------------------------------- CLI

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=["check-config", "train", "serve"])
    parser.add_argument("--config", default=DEFAULT_CONFIG, help=f"default: {DEFAULT_CONFIG}")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"config error: {args.config}: {exc}", file=sys.stderr)
        return 2
    if args.command == "check-config":
        print(f"OK: {args.config}")
        return 0
    try:
        if args.command == "train":
            print(json.dumps(train(config), sort_keys=True))
        else:
            serve(config)
    except (ModelError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
