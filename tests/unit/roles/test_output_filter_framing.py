# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Message framing at both ends of the filter, and what survives a failure: the service runs in this
process in front of a raw-socket upstream whose bytes each test scripts (line breaks inside headers,
answers followed by stray bytes, several gzip members, a stream that fails after its head).
"""
from __future__ import annotations

import asyncio
import gzip
import json
import re
import socket
import sqlite3
import struct
import zlib

import pytest
import yaml

from output_filter.stack import EMAIL, Stack, echo, http_answer, post, run


@pytest.mark.parametrize("request_bytes", [
    post(extra=b"Content-Type: application/json\nTransfer-Encoding: chunked\r\n"),   # bare LF in a value
    post(extra=b"User-Agent: a\rTransfer-Encoding: chunked\r\n"),                    # bare CR
    post(extra=b"User-Agent: a\x00b\r\n"),                                           # NUL
    post(path=b"/v1/chat?a\nX-Smuggled:\tyes"),                                      # LF in the target
    post(path=b"/v1/chat?a\tb"),                                                     # HTAB in the target
], ids=["lf-in-value", "cr-in-value", "nul-in-value", "lf-in-target", "tab-in-target"])
def test_a_line_break_or_control_character_in_a_request_head_is_refused_before_the_model(tmp_path, request_bytes):
    # Forwarded as received, a bare LF would start a header or a second request at the model
    # server (RFC 9112 lets a server end lines at LF): a request no key, budget or route checked.
    async def scenario():
        async with Stack(tmp_path, echo) as stack:
            out = await stack.exchange(request_bytes)
            return out, stack.seen
    out, seen = run(scenario())
    assert out.startswith(b"HTTP/1.1 400 "), out
    assert seen == []


def test_a_line_break_in_an_upstream_header_is_a_502_not_a_forwarded_header(tmp_path):
    def answer(_line, _headers):
        return http_answer(b"{}", extra=b"X-Model: a\nSet-Cookie: session=stolen\r\n")

    async def scenario():
        async with Stack(tmp_path, answer) as stack:
            return await stack.exchange(post(extra=b"Connection: close\r\n"))
    out = run(scenario())
    assert out.startswith(b"HTTP/1.1 502 ") and b"session=stolen" not in out, out


def test_bytes_past_an_answer_are_never_the_next_requests_answer(tmp_path):
    # The first answer carries a whole second response behind it; a pool that kept the connection
    # would hand that to whichever request used it next.
    def answer(line, headers):
        body = json.dumps({"line": line, "rid": headers.get("x-request-id")}).encode()
        if headers.get("x-request-id") == "first":
            return http_answer(body) + http_answer(b'{"rid": "stray"}')
        return http_answer(body)

    async def scenario():
        async with Stack(tmp_path, answer, trusted_proxies=["127.0.0.1"]) as stack:
            first = await stack.exchange(post(extra=b"X-Request-ID: first\r\nConnection: close\r\n"))
            second = await stack.exchange(post(extra=b"X-Request-ID: second\r\nConnection: close\r\n"))
            return first, second
    first, second = run(scenario())
    assert json.loads(first.partition(b"\r\n\r\n")[2])["rid"] == "first"
    assert json.loads(second.partition(b"\r\n\r\n")[2])["rid"] == "second"


def _gzip_members(*texts):
    return b"".join(gzip.compress(t.encode(), mtime=0) for t in texts)


def test_every_gzip_member_is_decoded_and_redacted(tmp_path):
    # gzip clients decode all members; the second must neither vanish nor pass unredacted.
    body = _gzip_members("first half, ", "second half: mail %s" % EMAIL)

    def answer(_line, _headers):
        return http_answer(body, ctype=b"text/plain", extra=b"Content-Encoding: gzip\r\n")

    async def scenario():
        async with Stack(tmp_path, answer, routes=[{"path": "/v1/chat", "content_types": ["text/plain"]}]) as stack:
            return await stack.exchange(post(extra=b"Connection: close\r\n"))
    out = run(scenario())
    head, _sep, text = out.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    assert text.startswith(b"first half, second half: mail [") and EMAIL.encode() not in text, text


@pytest.mark.parametrize("encoding, body", [
    (b"gzip", gzip.compress(b"clean", mtime=0) + b"garbage after the member"),
    (b"deflate", zlib.compress(b"clean") + b"trailing"),
], ids=["gzip-garbage", "deflate-trailing"])
def test_bytes_after_a_compressed_body_fail_closed(tmp_path, encoding, body):
    def answer(_line, _headers):
        return http_answer(body, ctype=b"text/plain", extra=b"Content-Encoding: %s\r\n" % encoding)

    async def scenario():
        async with Stack(tmp_path, answer, routes=[{"path": "/v1/chat", "content_types": ["text/plain"]}]) as stack:
            return await stack.exchange(post(extra=b"Connection: close\r\n"))
    out = run(scenario())
    assert out.startswith(b"HTTP/1.1 502 ") and b"clean" not in out, out


def _sse_chunked(frames):
    """The head, one piece per frame, the last chunk."""
    return ([b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"]
            + [b"%x\r\n%s\r\n" % (len(frame), frame) for frame in frames] + [b"0\r\n\r\n"])


def test_a_stream_failing_after_its_head_ends_the_connection_without_a_second_response(tmp_path):
    # A lone surrogate cannot be encoded: the failure comes after the 200 head and a frame have left.
    def frame(content):
        return ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": content}}]}) + "\n\n").encode()
    body = _sse_chunked([frame("hello there, "), frame("some words "), frame("\ud83d"), frame("never sent"),
                         b"data: [DONE]\n\n"])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: body) as stack:
            out = await stack.exchange(post(b"/v1/stream") * 2)  # a second request pipelined behind it
            return out, stack.audit()
    out, audit = run(scenario())
    assert out.startswith(b"HTTP/1.1 200 ")
    assert out.count(b"HTTP/1.1 ") == 1, out  # no 502 written into the body, nothing served after it
    assert b"never sent" not in out and not out.endswith(b"0\r\n\r\n")
    assert [(a["status"], a["decision"], a["reason"]) for a in audit] == [(502, "fail_closed", "stream:UnicodeEncodeError")]


def test_a_client_that_leaves_before_its_answer_is_still_audited(tmp_path):
    async def scenario():
        gate = asyncio.Event()

        def answer(_line, _headers):
            gate.set()
            return [b"", http_answer(b'{"ok": true}')]  # the answer 50 ms later: the client has gone by then
        async with Stack(tmp_path, answer) as stack:
            for _i in range(3):
                reader, writer = await asyncio.open_connection("127.0.0.1", stack.port)
                writer.write(post())
                await asyncio.wait_for(gate.wait(), 5)
                gate.clear()
                sock = writer.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # leave with a reset
                writer.transport.abort()
            await asyncio.sleep(0.3)
            used = sqlite3.connect(str(tmp_path / "state" / "budgets.sqlite3")).execute("SELECT used FROM budget").fetchall()
            return stack.audit(), used
    audit, used = run(scenario())
    assert used == [(3,)]
    assert [(a["status"], a["decision"]) for a in audit] == [(499, "client_closed")] * 3, \
        "every charged request leaves its audit record"


def test_a_reload_whose_audit_log_cannot_be_opened_changes_nothing(tmp_path):
    async def scenario():
        async with Stack(tmp_path, echo) as stack:
            await stack.exchange(post(extra=b"Connection: close\r\n"))
            (tmp_path / "not-a-dir").write_text("")
            raw = yaml.safe_load(stack.config.read_text())
            raw["audit_log"] = str(tmp_path / "not-a-dir" / "audit.log")
            raw["routes"].append({"path": "/v1/new"})
            stack.config.write_text(yaml.safe_dump(raw))
            applied = await stack.filter.reload()
            new_route = await stack.exchange(post(b"/v1/new", extra=b"Connection: close\r\n"))
            await stack.exchange(post(extra=b"Connection: close\r\n"))
            return applied, new_route, stack.audit(), stack.filter.metrics.render().decode()
    applied, new_route, audit, metrics = run(scenario())
    assert applied is False
    assert new_route.startswith(b"HTTP/1.1 404 "), "none of the refused configuration applies"
    assert [a["route"] for a in audit] == ["/v1/chat", "other", "/v1/chat"], "the running audit log keeps recording"
    assert 'mia_filter_config_reloads_total{instance="framing",result="failure"} 1' in metrics


def test_an_http10_client_gets_the_stream_redacted_and_ended_by_the_connection(tmp_path):
    # HTTP/1.0 has no chunked coding: the body is everything until the connection closes.
    def frame(content):
        return ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": content}}]}) + "\n\n").encode()
    body = _sse_chunked([frame("mail me at "), frame(EMAIL[:8]), frame(EMAIL[8:] + " today"), b"data: [DONE]\n\n"])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: body) as stack:
            request = post(b"/v1/stream", extra=b"Connection: keep-alive\r\n").replace(b"HTTP/1.1", b"HTTP/1.0", 1)
            return await stack.exchange(request, quiet=2.0)
    out = run(scenario())
    head, _sep, text = out.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and b"Transfer-Encoding" not in head and b"Connection: close" in head
    assert text.startswith(b"data: ") and text.endswith(b"data: [DONE]\n\n") and EMAIL.encode() not in text, text


@pytest.mark.parametrize("extra_line", [": contact %s" % EMAIL, "id: %s" % EMAIL, "event: %s" % EMAIL],
                         ids=["comment", "id", "event"])
def test_the_other_lines_of_an_sse_event_are_redacted_too(tmp_path, extra_line):
    def frame(content):
        choice = {"index": 0, "delta": {"content": content}, "finish_reason": None}
        return ("data: " + json.dumps({"id": "c1", "model": "m", "choices": [choice]}) + "\n\n").encode()
    body = _sse_chunked([frame("Hi "), extra_line.encode() + b"\n" + frame("there"), b"data: [DONE]\n\n"])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: body) as stack:
            return await stack.exchange(post(b"/v1/stream", extra=b"Connection: close\r\n"))
    out = run(scenario())
    assert out.startswith(b"HTTP/1.1 200 ") and EMAIL.encode() not in out, out
    assert extra_line.split(" ", 1)[0].encode() in out  # the line is kept, its value redacted


def test_a_completions_text_split_across_sse_frames_never_leaks(tmp_path):
    text = "Reach Jane Roe at %s or +1 415 555 0134 today" % EMAIL
    frames = [("data: " + json.dumps({"choices": [{"index": 0, "text": text[i:i + 4], "finish_reason": None}]})
               + "\n\n").encode() for i in range(0, len(text), 4)]
    body = _sse_chunked(frames + [b"data: [DONE]\n\n"])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: body) as stack:
            return await stack.exchange(post(b"/v1/stream", extra=b"Connection: close\r\n"), quiet=3)
    out = run(scenario()).partition(b"\r\n\r\n")[2].decode()
    got = "".join(json.loads(line[6:])["choices"][0].get("text", "")
                  for line in out.split("\n") if line.startswith("data: {"))
    assert got == "Reach [PERSON] at [EMAIL] or [PHONE] today", out


@pytest.mark.parametrize("field", ["content", "reasoning_content", "text", "arguments"])
def test_every_streamed_text_is_read_across_frames_and_only_so(tmp_path, field):
    # "10.2.3.4" alone reads as an address; after "firmware version" it is a version. The engine's
    # stream redactor reads each streamed text across its frames; a second pass frame by frame
    # would see the number without its context.
    def frame(piece):
        if field == "text":
            choice = {"index": 0, "text": piece}
        elif field == "arguments":
            choice = {"index": 0, "delta": {"tool_calls": [{"index": 0, "function": {"arguments": piece}}]}}
        else:
            choice = {"index": 0, "delta": {field: piece}}
        return ("data: " + json.dumps({"id": "c1", "choices": [choice]}) + "\n\n").encode()
    words = " ".join(["The weather was calm and the sea was quiet that day."] * 8)
    # The stream redactor releases the text up to "version " with the second frame: the number
    # starts the next output frame.
    pieces = [words + " The firmware version ", "10.2.3.4 is current." + words[:100], " Mail %s." % EMAIL]
    body = _sse_chunked([frame(piece) for piece in pieces] + [b"data: [DONE]\n\n"])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: body) as stack:
            return await stack.exchange(post(b"/v1/stream", extra=b"Connection: close\r\n"))
    out = run(scenario())
    assert out.startswith(b"HTTP/1.1 200 ")
    texts = []
    for line in re.sub(rb"\r\n[0-9a-f]+\r\n", b"", out.partition(b"\r\n\r\n")[2]).decode().split("\n"):
        if line.startswith("data: {"):
            choice = json.loads(line[6:])["choices"][0]
            texts.append(choice.get("text") or choice.get("delta", {}).get(field)
                         or choice.get("delta", {}).get("tool_calls", [{}])[0].get("function", {}).get("arguments") or "")
    assert "".join(texts) == "".join(pieces).replace(EMAIL, "[EMAIL]"), texts


def test_a_client_that_leaves_a_stream_is_recorded_as_gone_not_as_a_filter_failure(tmp_path):
    def frame(content):
        return ("data: " + json.dumps({"choices": [{"index": 0, "delta": {"content": content}}]}) + "\n\n").encode()
    body = _sse_chunked([frame("word %d. " % i) for i in range(12)] + [b"data: [DONE]\n\n"])

    async def scenario():
        async with Stack(tmp_path, lambda _l, _h: body) as stack:
            reader, writer = await asyncio.open_connection("127.0.0.1", stack.port)
            writer.write(post(b"/v1/stream"))
            await asyncio.wait_for(reader.readuntil(b"word 0"), 5)
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # leave with a reset
            writer.transport.abort()
            await asyncio.sleep(1.0)
            return stack.audit(), stack.filter.metrics.render().decode()
    audit, metrics = run(scenario())
    assert [(a["status"], a["decision"]) for a in audit] == [(499, "client_closed")], audit
    assert "mia_filter_fail_closed_total{" not in metrics
    assert 'api_inference_requests_total{instance="framing",route="/v1/stream",status="499"} 1' in metrics
