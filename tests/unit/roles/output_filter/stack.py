# SPDX-License-Identifier: GPL-3.0-or-later
"""The output filter in this test process, in front of a raw-socket upstream whose bytes each test scripts."""
from __future__ import annotations

import asyncio
import json
import socket

import yaml

from output_filter import pkg

pkg.build()
from mia_output_filter import keyhash  # noqa: E402
from mia_output_filter.app import Filter  # noqa: E402
from mia_output_filter.config import load  # noqa: E402

KEYS = {"alice": ("gold", "sk-alice-0123456789abcdef"), "bob": ("silver", "sk-bob-0123456789abcdef")}
AUTH = b"Authorization: Bearer " + KEYS["alice"][1].encode() + b"\r\n"
AUTH_BOB = b"Authorization: Bearer " + KEYS["bob"][1].encode() + b"\r\n"
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
        "tiers": {"gold": {"budget": {"hour": 1000}}, "silver": {}},
        "auth": {"keys": [{"id": name, "tier": tier, "hash": keyhash.hash_key(key, name, "pepper", 1000)}
                          for name, (tier, key) in KEYS.items()]},
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


def http_answer(body, ctype=b"application/json", extra=b""):
    return b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n%s" % (ctype, len(body), extra, body)


class Stack:
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


def run(coro):
    return asyncio.run(coro)


def post(path=b"/v1/chat", extra=b"", body=b"", auth=AUTH):
    return b"POST %s HTTP/1.1\r\nHost: x\r\n%s%sContent-Length: %d\r\n\r\n%s" % (path, auth, extra, len(body), body)


def echo(line, headers):
    return http_answer(json.dumps({"line": line, "rid": headers.get("x-request-id")}).encode())
