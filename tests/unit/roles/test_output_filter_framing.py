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
import socket
import sqlite3
import struct
import zlib

import pytest
import yaml

from output_filter import pkg

pkg.build()
from mia_output_filter import keyhash  # noqa: E402
from mia_output_filter.app import Filter  # noqa: E402
from mia_output_filter.config import load  # noqa: E402

KEY = "sk-alice-0123456789abcdef"
AUTH = b"Authorization: Bearer " + KEY.encode() + b"\r\n"
EMAIL = "jane.roe@example.com"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _config(tmp, up_port, **over):
    cfg = {
        "instance": "framing",
        "listen": {"host": "127.0.0.1", "port": _free_port()},
        "metrics_listen": {"host": "127.0.0.1", "port": _free_port()},
        "upstream": {"url": "http://127.0.0.1:%d" % up_port, "read_timeout": 5},
        "state_dir": str(tmp / "state"),
        "audit_log": str(tmp / "audit.log"),
        "tiers": {"gold": {"budget": {"hour": 1000}}},
        "auth": {"keys": [{"id": "alice", "tier": "gold", "hash": keyhash.hash_key(KEY, "alice", "pepper", 1000)}]},
        "detector": {"enabled": False},
        "routes": [{"path": "/v1/chat"}, {"path": "/v1/stream", "stream": True}],
    }
    cfg.update(over)
    path = tmp / "config.yml"
    path.write_text(yaml.safe_dump(cfg), encoding="utf-8")
    return path


async def _read_request(reader):
    """One request from the filter (it always sends Content-Length); None at EOF."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head[:-4].decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _s, v in (line.partition(":") for line in lines[1:])}
    await reader.readexactly(int(headers.get("content-length", "0")))
    return lines[0], headers


def _answer(body, ctype=b"application/json", extra=b""):
    return b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n%s" % (ctype, len(body), extra, body)


class _Stack:
    """An upstream running ``answer(request_line, headers)`` per request, and the filter. The answer is
    bytes, or a list of byte strings the upstream sends 50 ms apart."""

    def __init__(self, tmp, answer, **over):
        self.tmp, self.answer, self.over = tmp, answer, over
        self.seen = []

    async def __aenter__(self):
        async def serve(reader, writer):
            try:
                while (req := await _read_request(reader)) is not None:
                    self.seen.append(req)
                    out = self.answer(*req)
                    for piece in out if isinstance(out, list) else [out]:
                        writer.write(piece)
                        await writer.drain()
                        await asyncio.sleep(0.05 if isinstance(out, list) else 0)
            finally:
                writer.close()
        self.upstream = await asyncio.start_server(serve, "127.0.0.1", 0)
        self.config = _config(self.tmp, self.upstream.sockets[0].getsockname()[1], **self.over)
        self.filter = Filter(str(self.config), load(str(self.config)))
        await self.filter.start()
        self.port = self.filter.state.config.listen[1]
        return self

    async def __aexit__(self, *exc):
        await self.filter.stop()
        self.upstream.close()

    async def exchange(self, data, quiet=0.5):
        """Send ``data`` on one connection; everything that comes back until EOF or ``quiet`` seconds of silence."""
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        writer.write(data)
        out = b""
        try:
            while piece := await asyncio.wait_for(reader.read(65536), quiet):
                out += piece
        except asyncio.TimeoutError:
            pass
        writer.close()
        return out

    def audit(self):
        return [json.loads(line) for line in (self.tmp / "audit.log").read_text().splitlines()]


def _run(coro):
    return asyncio.run(coro)


def _post(path=b"/v1/chat", extra=b"", body=b""):
    return b"POST %s HTTP/1.1\r\nHost: x\r\n%s%sContent-Length: %d\r\n\r\n%s" % (path, AUTH, extra, len(body), body)


def _echo(line, headers):
    return _answer(json.dumps({"line": line, "rid": headers.get("x-request-id")}).encode())


@pytest.mark.parametrize("request_bytes", [
    _post(extra=b"Content-Type: application/json\nTransfer-Encoding: chunked\r\n"),   # bare LF in a value
    _post(extra=b"User-Agent: a\rTransfer-Encoding: chunked\r\n"),                    # bare CR
    _post(extra=b"User-Agent: a\x00b\r\n"),                                           # NUL
    _post(path=b"/v1/chat?a\nX-Smuggled:\tyes"),                                      # LF in the target
    _post(path=b"/v1/chat?a\tb"),                                                     # HTAB in the target
], ids=["lf-in-value", "cr-in-value", "nul-in-value", "lf-in-target", "tab-in-target"])
def test_a_line_break_or_control_character_in_a_request_head_is_refused_before_the_model(tmp_path, request_bytes):
    # Forwarded as received, a bare LF would start a header or a second request at the model
    # server (RFC 9112 lets a server end lines at LF): a request no key, budget or route checked.
    async def scenario():
        async with _Stack(tmp_path, _echo) as stack:
            out = await stack.exchange(request_bytes)
            return out, stack.seen
    out, seen = _run(scenario())
    assert out.startswith(b"HTTP/1.1 400 "), out
    assert seen == []


def test_a_line_break_in_an_upstream_header_is_a_502_not_a_forwarded_header(tmp_path):
    def answer(_line, _headers):
        return _answer(b"{}", extra=b"X-Model: a\nSet-Cookie: session=stolen\r\n")

    async def scenario():
        async with _Stack(tmp_path, answer) as stack:
            return await stack.exchange(_post(extra=b"Connection: close\r\n"))
    out = _run(scenario())
    assert out.startswith(b"HTTP/1.1 502 ") and b"session=stolen" not in out, out


def test_bytes_past_an_answer_are_never_the_next_requests_answer(tmp_path):
    # The first answer carries a whole second response behind it; a pool that kept the connection
    # would hand that to whichever request used it next.
    def answer(line, headers):
        body = json.dumps({"line": line, "rid": headers.get("x-request-id")}).encode()
        if headers.get("x-request-id") == "first":
            return _answer(body) + _answer(b'{"rid": "stray"}')
        return _answer(body)

    async def scenario():
        async with _Stack(tmp_path, answer, trusted_proxies=["127.0.0.1"]) as stack:
            first = await stack.exchange(_post(extra=b"X-Request-ID: first\r\nConnection: close\r\n"))
            second = await stack.exchange(_post(extra=b"X-Request-ID: second\r\nConnection: close\r\n"))
            return first, second
    first, second = _run(scenario())
    assert json.loads(first.partition(b"\r\n\r\n")[2])["rid"] == "first"
    assert json.loads(second.partition(b"\r\n\r\n")[2])["rid"] == "second"


def _gzip_members(*texts):
    return b"".join(gzip.compress(t.encode(), mtime=0) for t in texts)


def test_every_gzip_member_is_decoded_and_redacted(tmp_path):
    # gzip clients decode all members; the second must neither vanish nor pass unredacted.
    body = _gzip_members("first half, ", "second half: mail %s" % EMAIL)

    def answer(_line, _headers):
        return _answer(body, ctype=b"text/plain", extra=b"Content-Encoding: gzip\r\n")

    async def scenario():
        async with _Stack(tmp_path, answer, routes=[{"path": "/v1/chat", "content_types": ["text/plain"]}]) as stack:
            return await stack.exchange(_post(extra=b"Connection: close\r\n"))
    out = _run(scenario())
    head, _sep, text = out.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    assert text.startswith(b"first half, second half: mail [") and EMAIL.encode() not in text, text


@pytest.mark.parametrize("encoding, body", [
    (b"gzip", gzip.compress(b"clean", mtime=0) + b"garbage after the member"),
    (b"deflate", zlib.compress(b"clean") + b"trailing"),
], ids=["gzip-garbage", "deflate-trailing"])
def test_bytes_after_a_compressed_body_fail_closed(tmp_path, encoding, body):
    def answer(_line, _headers):
        return _answer(body, ctype=b"text/plain", extra=b"Content-Encoding: %s\r\n" % encoding)

    async def scenario():
        async with _Stack(tmp_path, answer, routes=[{"path": "/v1/chat", "content_types": ["text/plain"]}]) as stack:
            return await stack.exchange(_post(extra=b"Connection: close\r\n"))
    out = _run(scenario())
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
        async with _Stack(tmp_path, lambda _l, _h: body) as stack:
            out = await stack.exchange(_post(b"/v1/stream") * 2)  # a second request pipelined behind it
            return out, stack.audit()
    out, audit = _run(scenario())
    assert out.startswith(b"HTTP/1.1 200 ")
    assert out.count(b"HTTP/1.1 ") == 1, out  # no 502 written into the body, nothing served after it
    assert b"never sent" not in out and not out.endswith(b"0\r\n\r\n")
    assert [(a["status"], a["decision"], a["reason"]) for a in audit] == [(502, "fail_closed", "stream:UnicodeEncodeError")]


def test_a_client_that_leaves_before_its_answer_is_still_audited(tmp_path):
    async def scenario():
        gate = asyncio.Event()

        def answer(_line, _headers):
            gate.set()
            return [b"", _answer(b'{"ok": true}')]  # the answer 50 ms later: the client has gone by then
        async with _Stack(tmp_path, answer) as stack:
            for _i in range(3):
                reader, writer = await asyncio.open_connection("127.0.0.1", stack.port)
                writer.write(_post())
                await asyncio.wait_for(gate.wait(), 5)
                gate.clear()
                sock = writer.get_extra_info("socket")
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # leave with a reset
                writer.transport.abort()
            await asyncio.sleep(0.3)
            used = sqlite3.connect(str(tmp_path / "state" / "budgets.sqlite3")).execute("SELECT used FROM budget").fetchall()
            return stack.audit(), used
    audit, used = _run(scenario())
    assert used == [(3,)]
    assert len(audit) == 3, "every charged request leaves its audit record"


def test_a_reload_whose_audit_log_cannot_be_opened_changes_nothing(tmp_path):
    async def scenario():
        async with _Stack(tmp_path, _echo) as stack:
            await stack.exchange(_post(extra=b"Connection: close\r\n"))
            (tmp_path / "not-a-dir").write_text("")
            raw = yaml.safe_load(stack.config.read_text())
            raw["audit_log"] = str(tmp_path / "not-a-dir" / "audit.log")
            raw["routes"].append({"path": "/v1/new"})
            stack.config.write_text(yaml.safe_dump(raw))
            applied = await stack.filter.reload()
            new_route = await stack.exchange(_post(b"/v1/new", extra=b"Connection: close\r\n"))
            await stack.exchange(_post(extra=b"Connection: close\r\n"))
            return applied, new_route, stack.audit(), stack.filter.metrics.render().decode()
    applied, new_route, audit, metrics = _run(scenario())
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
        async with _Stack(tmp_path, lambda _l, _h: body) as stack:
            request = _post(b"/v1/stream", extra=b"Connection: keep-alive\r\n").replace(b"HTTP/1.1", b"HTTP/1.0", 1)
            return await stack.exchange(request, quiet=2.0)
    out = _run(scenario())
    head, _sep, text = out.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and b"Transfer-Encoding" not in head and b"Connection: close" in head
    assert text.startswith(b"data: ") and text.endswith(b"data: [DONE]\n\n") and EMAIL.encode() not in text, text
