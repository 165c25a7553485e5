# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""The extraction detector's actions through the filter, and what a reload keeps of them."""
from __future__ import annotations

import asyncio
import json
import random

import yaml

from output_filter.stack import Stack, http_answer, post, run

ROUTE = {"path": "/v1/predict", "cost": "$.inputs", "detector_inputs": "$.inputs",
         "confidences": ["$.probabilities"], "hardening": {"default": {"round": 2}}}
DETECTOR = {"enabled": True, "threshold": 0.9, "min_samples": 10, "window": 50, "action": "block"}


def _answer(_line, _headers):
    return http_answer(json.dumps({"probabilities": [[0.1234, 0.8766]]}).encode())


def _extraction(rng, n):
    """Small steps around one seed: the distances are far from normal."""
    return [[0.5 + (1e-3 if rng.random() < 0.9 else 1.0) * rng.random() for _i in range(4)] for _i in range(n)]


async def _status(stack, body):
    out = await stack.exchange(post(b"/v1/predict", b"Content-Type: application/json\r\nConnection: close\r\n",
                                    json.dumps(body).encode()), 0.3)
    return int(out.split(b" ", 2)[1]), out


async def _flag(stack, rng):
    for _i in range(8):
        await _status(stack, {"inputs": _extraction(rng, 5)})
    await asyncio.sleep(0.05)  # the observation runs after the answer
    assert stack.filter.state.detector.flagged("alice")


def test_a_flagged_key_is_blocked_whatever_shape_its_request_has(tmp_path):
    rng = random.Random(1)

    async def scenario():
        async with Stack(tmp_path, _answer, routes=[ROUTE], detector=DETECTOR) as stack:
            await _flag(stack, rng)
            return [(await _status(stack, body))[0] for body in (
                {"inputs": _extraction(rng, 5)}, {"inputs": _extraction(rng, 1)[0]},
                {"inputs": {"x": _extraction(rng, 50)}}, {"instances": _extraction(rng, 50)})]
    assert run(scenario()) == [403] * 4


def test_a_flagged_key_gets_labels_only_whatever_shape_its_request_has(tmp_path):
    rng = random.Random(1)

    async def scenario():
        async with Stack(tmp_path, _answer, routes=[ROUTE], detector=dict(DETECTOR, action="label_only")) as stack:
            await _flag(stack, rng)
            return await _status(stack, {"instances": _extraction(rng, 50)})
    status, out = run(scenario())
    assert status == 200 and json.loads(out.partition(b"\r\n\r\n")[2])["probabilities"] == [[0.0, 1.0]]


def test_a_reload_keeps_the_detector_state_and_applies_new_settings_to_it(tmp_path):
    rng = random.Random(1)

    async def scenario():
        async with Stack(tmp_path, _answer, routes=[ROUTE], detector=DETECTOR) as stack:
            await _flag(stack, rng)
            raw = yaml.safe_load(stack.config.read_text())
            raw["detector"]["threshold"] = 0.92  # stricter: the flagged key stays flagged
            stack.config.write_text(yaml.safe_dump(raw))
            stricter = await stack.filter.reload(), (await _status(stack, {"inputs": _extraction(rng, 5)}))[0]
            raw["detector"]["threshold"] = 0.01  # laxer than any W here: the flag is lifted
            stack.config.write_text(yaml.safe_dump(raw))
            laxer = await stack.filter.reload(), (await _status(stack, {"inputs": _extraction(rng, 5)}))[0]
            return stricter, laxer
    assert run(scenario()) == ((True, 403), (True, 200))


def test_a_reload_that_needs_a_restart_changes_nothing(tmp_path):
    async def scenario():
        async with Stack(tmp_path, _answer, routes=[ROUTE]) as stack:
            raw = yaml.safe_load(stack.config.read_text())
            raw["limits"] = {"max_header_bytes": 65536}  # the listener's buffer was sized at start
            stack.config.write_text(yaml.safe_dump(raw))
            return await stack.filter.reload(), stack.filter.state.config.max_header_bytes
    applied, max_header = run(scenario())
    assert applied is False and max_header == 16384


def test_columns_cost_their_rows_and_a_request_that_can_never_fit_has_no_retry_time(tmp_path):
    route = {"path": "/v1/predict", "cost": "$.inputs"}

    async def scenario():
        async with Stack(tmp_path, _answer, routes=[route], tiers={"gold": {"budget": {"hour": 10}}, "silver": {}}) as stack:
            columns = await _status(stack, {"inputs": {"x": [[1.0]] * 9, "y": [[2.0]] * 9}})
            too_big = await _status(stack, {"inputs": [[1.0]] * 11})
            spent = await _status(stack, {"inputs": [[1.0]] * 2})
            return columns, too_big, spent

    (s1, columns), (s2, too_big), (s3, spent) = run(scenario())
    assert s1 == 200 and b"RateLimit-Remaining: 1\r\n" in columns, "9 rows in columns cost 9"
    assert s2 == 429 and b"cost_exceeds_limit" in too_big and b"Retry-After" not in too_big
    assert s3 == 429 and b"budget_exceeded" in spent and b"Retry-After: " in spent
