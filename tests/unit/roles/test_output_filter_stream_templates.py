# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Stream frame templates (a checked frame with its delta content cut out) must give what the
full per-frame path gives: the same validation verdicts, the same redacted text, the same counts."""
from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from output_filter import pkg

pkg.build()
from mia_output_filter import app  # noqa: E402
from mia_output_filter.config import load  # noqa: E402

EMAIL = "jane.roe@example.com"
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12) | st.sampled_from(
    ["", "id", "chatcmpl-1", "m", "content", '"', "\\", "\n", "é", EMAIL, "null", "0"])


def _frame(content, cid="chatcmpl-1", model="m", sep=(", ", ": "), extra=None):
    obj = {"id": cid, "object": "chat.completion.chunk", "model": model,
           "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}]}
    if extra:
        obj.update(extra)
    return "data: " + json.dumps(obj, ensure_ascii=False, separators=sep)


def _envelope_template(line, content):
    obj = json.loads(line[6:])
    obj["choices"][0]["delta"]["content"] = ""  # as the filter empties it
    return app._template(line, content, lambda text, probe: app._same_envelope(text, probe, obj))  # pylint: disable=protected-access


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT, st.sampled_from([(", ", ": "), (",", ":")]))
def test_a_text_fitting_the_template_parses_like_the_frame(first, other, cid, sep):
    line = _frame(first, cid=cid, sep=sep)
    tpl = _envelope_template(line, first)
    if tpl is None:  # the content's token also occurs elsewhere: no template, the full path runs
        assert line.count(json.dumps(first, ensure_ascii=False)) != 1 or first == cid
        return
    expected = json.loads(line[6:])
    for candidate in (_frame(other, cid=cid, sep=sep), _frame(other, cid=cid + "x", sep=sep), _frame(5, cid=cid, sep=sep),
                      _frame(other, cid=cid, sep=sep)[:-2] + "}]", line.replace('"content"', '"text"'),
                      tpl[0] + json.dumps(other) + ', "x": "y"' + tpl[1]):
        if app._fits(candidate, tpl):  # pylint: disable=protected-access
            got = json.loads(candidate[6:])
            content = got["choices"][0]["delta"].pop("content")
            expected["choices"][0]["delta"].pop("content", None)
            assert isinstance(content, str) and got == expected, candidate
    assert app._fits(_frame(other, cid=cid, sep=sep), tpl)  # pylint: disable=protected-access


@pytest.fixture(scope="module")
def flt(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tpl")
    cfg = {"listen": {"host": "127.0.0.1", "port": 1}, "metrics_listen": {"host": "127.0.0.1", "port": 2},
           "upstream": {"url": "http://127.0.0.1:3"}, "state_dir": str(tmp / "state"), "audit_log": str(tmp / "audit.log"),
           "routes": [{"path": "/v1/chat/completions", "stream": True}]}
    (tmp / "config.yml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return app.Filter(str(tmp / "config.yml"), load(str(tmp / "config.yml")))


FRAMES = [_frame("Hello"), _frame(" there"), _frame("chatcmpl-1"), _frame('say "hi" \\ é'), _frame(EMAIL),
          _frame("x", extra={"note": "mail " + EMAIL}), _frame("y"), _frame("z", cid="chatcmpl-2"), _frame("w", model=EMAIL),
          "data: " + json.dumps({"id": "chatcmpl-1", "choices": [{"index": 0, "delta": {"content": "a"}},
                                                                 {"index": 1, "delta": {"content": EMAIL}}]}),
          _frame("again"), 'data: {"id": "chatcmpl-1", "choices": [{"index": 0, "delta": {"content": "q", "content": "r"}}]}',
          "data: [DONE]"]


def test_redacting_frames_with_templates_equals_the_full_path(flt):
    route = flt.state.config.routes["/v1/chat/completions"]
    for rounds in range(2):  # the second round starts with the clean-envelope cache filled
        fast_ctx, ref_ctx = app.Ctx("f", "r", "POST"), app.Ctx("r", "r", "POST")
        tpl = []
        for frame in FRAMES:
            fast = flt._redact_other_fields(route.engine, frame + "\n\n", fast_ctx, route, tpl)  # pylint: disable=protected-access
            ref = flt._redact_other_fields(route.engine, frame + "\n\n", ref_ctx, route, [])  # pylint: disable=protected-access
            assert fast == ref, (rounds, frame)
        assert tpl, "a clean single-content frame gives a template"
        assert fast_ctx.entities == ref_ctx.entities and ref_ctx.entities.get("EMAIL") == 2  # the note and the model name


def test_a_batch_of_frames_is_redacted_like_each_frame(flt):
    """Frames that arrived together are walked in place; the result is each frame's, in order."""
    route = flt.state.config.routes["/v1/chat/completions"]
    frames = [f + "\n\n" for f in FRAMES[:3] + FRAMES + FRAMES[6:8] + FRAMES[:2]]
    ref_ctx, batch_ctx = app.Ctx("r", "r", "POST"), app.Ctx("b", "r", "POST")
    ref_tpl, batch_tpl = [], []
    ref = "".join(flt._redact_other_fields(route.engine, f, ref_ctx, route, ref_tpl) for f in frames)  # pylint: disable=protected-access
    batch = flt._redact_envelopes(route.engine, "".join(frames), batch_ctx, route, batch_tpl)  # pylint: disable=protected-access
    assert batch == ref and batch_tpl and "mail " + EMAIL not in batch
    assert batch_ctx.entities == ref_ctx.entities


def test_checking_events_with_templates_equals_the_full_check():
    events = [e for f in FRAMES for e in (f, ": comment\n" + f, f.replace("data: ", "data:"))]
    events += [_frame("ok")[:-1], _frame("ok") + "\nbogus: 1", _frame("ok").replace('"ok"', '"ok" "ko"'),
               _frame("ok").replace('"ok"', "7"), _frame("ok").replace('"ok"', '"o\tk"'), "data: [1]", "event: x", _frame("ok")]

    def verdicts(frames_for):
        out = []
        for event in events:
            try:
                out.append(frames_for().feed(event + "\n\n"))
            except app.FilterError as exc:
                out.append(exc.reason)
        return out
    shared = app.SSEFrames()
    fast = verdicts(lambda: shared)
    assert shared._tpl is not None  # pylint: disable=protected-access
    assert fast == verdicts(app.SSEFrames)


def test_events_received_together_are_checked_like_one_by_one():
    good = [f + "\n\n" for f in FRAMES + FRAMES[:2]] + [": comment\n\n", "\n\n"] + [_frame("more") + "\n\n"] * 3
    one_by_one = app.SSEFrames()
    expected = "".join(one_by_one.feed(e) for e in good)
    together = app.SSEFrames()
    text = "".join(good) + _frame("part")[:9]
    assert together.feed(text[:40]) + together.feed(text[40:]) == expected
    assert together.pending() and together.feed(_frame("part")[9:] + "\n\n") == _frame("part") + "\n\n"
    for bad in (_frame("ok")[:-1], _frame("ok") + "\nbogus: 1"):
        with pytest.raises(app.FilterError):
            together.feed(bad + "\n\n")


def test_a_crlf_split_between_reads_is_a_line_break():
    frames = app.SSEFrames()
    event = _frame("hi").replace("data: ", "id: 1\r\ndata: ") + "\r\n\r\n"
    cut = event.index("\r") + 1
    assert frames.feed(event[:cut]) == "" and frames.pending()
    assert frames.feed(event[cut:]) == event.replace("\r\n", "\n") and not frames.pending()
    assert frames.feed("data: [DONE]\r") == "" and frames.pending()  # a stream may not end there
    with pytest.raises(app.FilterError):
        app.SSEFrames().feed("id: 1\rdata: [DONE]\n\n")
