# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON answers on routes with confidences: what the engine reads around the hardened numbers, and
answers whose confidences are not all where the route says."""
from __future__ import annotations

import json

import pytest

from output_filter.stack import AUTH_BOB, EMAIL, Stack, http_answer, post, run

PREDICT = {"path": "/v1/predict", "confidences": ["$.probabilities"], "hardening": {"gold": {"round": 2}}}


def _through(tmp_path, doc, routes, path=b"/v1/predict", **kw):
    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: http_answer(json.dumps(doc).encode()), routes=routes) as stack:
            return await stack.exchange(post(path, extra=b"Connection: close\r\n", **kw))
    head, _sep, body = run(scenario()).partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


@pytest.mark.parametrize("doc, leaked", [
    ({"probabilities": [0.2, 0.8],
      "fields": [{"label": "SSN", "value": "078-05-1120"}, {"label": "Date of birth", "value": "03/12/1984"}]},
     "03/12/1984"),
    ({"probabilities": [0.2, 0.8], "table": [["name", "ssn", "phone"], ["Jane Roe", "078051120", "4155550123"]]},
     "4155550123"),
], ids=["label-value", "table-header"])
def test_a_hardened_answer_is_redacted_with_its_neighbours_as_context_like_any_other(tmp_path, doc, leaked):
    # A value that is PII only beside its label or under its column header: the plain route finds it;
    # a route with confidences read each value alone and let it through.
    plain_status, plain = _through(tmp_path, doc, [{"path": "/v1/plain"}], b"/v1/plain")
    assert plain_status == 200 and leaked.encode() not in plain, plain
    status, body = _through(tmp_path, doc, [PREDICT])
    assert status == 200 and leaked.encode() not in body, body
    assert json.loads(body)["probabilities"] == [0.2, 0.8]


def test_hardened_confidences_stay_numbers_however_long_their_fractions(tmp_path):
    # 10 fraction digits read as a phone number in text; the filter's own numbers are not scanned.
    doc = {"probabilities": [0.0123456789, 0.9876543211], "who": "mail %s" % EMAIL}
    route = dict(PREDICT, hardening={"gold": {"top_k": 2}})
    status, body = _through(tmp_path, doc, [route])
    out = json.loads(body)
    assert status == 200 and out["probabilities"] == [0.0123456789, 0.9876543211] and EMAIL not in out["who"]


def test_confidences_a_tier_does_not_harden_are_redacted_like_the_rest(tmp_path):
    doc = {"probabilities": [{"label": "Jane Roe", "contact": EMAIL, "score": 0.93}]}
    status, body = _through(tmp_path, doc, [PREDICT], auth=AUTH_BOB)  # bob's tier has no policy here
    assert status == 200 and EMAIL.encode() not in body, body


@pytest.mark.parametrize("doc", [
    {"predictions": [{"probabilities": [0.3127, 0.6873]}, {"probs": [0.3127, 0.6873]}]},
    {"predictions": [{"probabilities": [0.3127, 0.6873]}, 7]},
], ids=["element-without-the-key", "element-not-an-object"])
def test_an_element_without_the_confidence_path_fails_closed(tmp_path, doc):
    route = {"path": "/v1/predict", "confidences": ["$.predictions[*].probabilities"],
             "hardening": {"default": {"round": 1}}}
    status, body = _through(tmp_path, doc, [route])
    assert status == 502 and b"0.3127" not in body and b"0.6873" not in body, body


def test_a_clean_hardened_answer_remembered_by_its_text_never_shadows_one_with_pii(tmp_path):
    answers = iter([{"probabilities": [0.2, 0.8], "model": "digits"}] * 2
                   + [{"probabilities": [0.2, 0.8], "model": "owner %s" % EMAIL}])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: http_answer(json.dumps(next(answers)).encode()),
                         routes=[PREDICT]) as stack:
            return [await stack.exchange(post(b"/v1/predict", extra=b"Connection: close\r\n")) for _i in range(3)]
    bodies = [json.loads(out.partition(b"\r\n\r\n")[2]) for out in run(scenario())]
    assert bodies[0] == bodies[1] == {"probabilities": [0.2, 0.8], "model": "digits"}
    assert bodies[2]["model"] == "owner [EMAIL]"


def test_remembered_clean_answers_stay_within_their_byte_bound(tmp_path, monkeypatch):
    from mia_output_filter import app  # pylint: disable=import-outside-toplevel
    monkeypatch.setattr(app, "CLEAN_CACHE_BYTES", 30000)
    words = "calm sea and quiet weather " * 140  # ~3.8 KB: each answer is remembered whole
    answers = iter([{"probabilities": [0.2, 0.8], "note": "%d %s" % (i, words)} for i in range(20)]
                   + [{"probabilities": [0.2, 0.8], "note": "owner %s" % EMAIL}])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: http_answer(json.dumps(next(answers)).encode()),
                         routes=[PREDICT]) as stack:
            outs, held = [], []
            for _i in range(21):
                outs.append(await stack.exchange(post(b"/v1/predict", extra=b"Connection: close\r\n")))
                held.append(stack.filter._clean.bytes)  # pylint: disable=protected-access
            return outs, held
    outs, held = run(scenario())
    assert max(held) <= 30000 and held[0] > 3800, held
    assert json.loads(outs[-1].partition(b"\r\n\r\n")[2])["note"] == "owner [EMAIL]"
