# -*- coding: utf-8 -*-
# Copyright (c) 2026, mlsec.mia_defense contributors
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt or https://www.gnu.org/licenses/gpl-3.0.txt)
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads that the received bytes already satisfy skip their timer: same bodies, and a read that
has to wait still times out."""
from __future__ import annotations

import asyncio

import pytest

from output_filter import pkg

pkg.build()
from mia_output_filter import httpio  # noqa: E402

BODY = b"5\r\nhello\r\n3;ext=1\r\n, w\r\n4\r\norld\r\n0\r\nTrailer: x\r\n\r\n"


class _Writer:
    def close(self):
        pass

    def is_closing(self):
        return False


class _Pool:
    def put(self, key, conn):
        pass


@pytest.mark.parametrize("buffer, expected, size", [
    (b"", [], 0), (b"5\r\nhello\r\n", [b"hello"], 10), (b"5\r\nhell", [], 0), (b"5\r\nhello\r", [], 0),
    (b"0\r\n\r\n", [], 0), (b"zz\r\nab\r\n", [], 0), (b"5;ext=1\r\nhello\r\nmore", [b"hello"], 16),
    (b"-1\r\n\r\n", [], 0), (b"5", [], 0), (b"2\r\nab\r\n1\r\nc\r\n0\r\n\r\n", [b"ab", b"c"], 13),
    (b"2\r\nab\r\n3\r\ncd", [b"ab"], 7)])
def test_buffered_chunks(buffer, expected, size):
    async def run():
        reader = asyncio.StreamReader()
        reader.feed_data(buffer)
        return httpio._buffered_chunks(reader)  # pylint: disable=protected-access
    pieces, used = asyncio.run(run())
    assert ([bytes(p) for p in pieces], used) == (expected, size)


def test_a_chunk_without_its_terminator_is_refused():
    async def run():
        reader = asyncio.StreamReader()
        reader.feed_data(b"2\r\nabXY")
        return httpio._buffered_chunks(reader)  # pylint: disable=protected-access
    with pytest.raises(httpio.ProtocolError):
        asyncio.run(run())


def _response(headers, pieces, eof=True):
    reader = asyncio.StreamReader()
    for piece in pieces:
        reader.feed_data(piece)
    if eof:
        reader.feed_eof()
    return httpio.UpstreamResponse(_Pool(), "k", (reader, _Writer()), 200, httpio.Headers(headers), False), reader


@pytest.mark.parametrize("headers, body, expected", [
    ([("transfer-encoding", "chunked")], BODY, b"hello, world"),
    ([("content-length", "11")], b"hello world", b"hello world"),
    ([], b"until close", b"until close")])
def test_buffered_bodies_read_as_before(headers, body, expected):
    async def run():
        resp = _response(headers, [body])[0]
        whole = await resp.read(1 << 20, 5)
        # byte by byte: every read but the first waits for data fed later
        resp2, reader2 = _response(headers, [], eof=False)

        async def feed():
            for i in range(len(body)):
                await asyncio.sleep(0)
                reader2.feed_data(body[i:i + 1])
            reader2.feed_eof()
        task = asyncio.ensure_future(feed())
        slow = await resp2.read(1 << 20, 5)
        await task
        return whole, slow
    assert asyncio.run(run()) == (expected, expected)


def test_chunks_received_together_come_as_one_piece():
    """SSE sends a chunk per frame: those already received are one piece (one pass of the filter),
    a chunk still arriving is not waited for, and the terminating chunk is never swallowed."""
    async def run():
        resp, reader = _response([("transfer-encoding", "chunked")], [b"5\r\nhello\r\n3\r\n, w\r\n4\r\nor"], eof=False)
        pieces = []

        async def feed():
            await asyncio.sleep(0.01)
            reader.feed_data(b"ld\r\n1\r\n!\r\n0\r\n\r\n")
            reader.feed_eof()
        task = asyncio.ensure_future(feed())
        async for data in resp.iter_raw(5):
            pieces.append(data)
        await task
        return pieces
    assert asyncio.run(run()) == [b"hello, w", b"orld!"]


@pytest.mark.parametrize("headers, body", [
    ([("transfer-encoding", "chunked")], b"5\r\nhello\r\n5\r\nwor"), ([("content-length", "11")], b"hello")])
def test_a_read_that_waits_still_times_out(headers, body):
    async def run():
        resp = _response(headers, [body], eof=False)[0]
        await resp.read(1 << 20, 0.05)
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(run())


def test_request_body_buffered_or_not():
    head = b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n"

    async def run(pieces, eof):
        reader = asyncio.StreamReader()
        for piece in pieces:
            reader.feed_data(piece)
        if eof:
            reader.feed_eof()
        return (await httpio.read_request(reader, 8192, 1024, 0.05)).body
    assert asyncio.run(run([head + b"hello"], True)) == b"hello"
    with pytest.raises(httpio.HTTPError) as err:
        asyncio.run(run([head + b"hel"], False))
    assert err.value.status == 408


def test_header_name_check_matches_the_separator_rule():
    for code in range(32, 127):
        name = "X-%sName" % chr(code)
        refused = any(c in name for c in " \t()<>@,;\\\"/[]?={}")
        try:
            httpio._parse_headers(["%s: v" % name], "test")  # pylint: disable=protected-access
            assert not refused, name
        except ValueError:
            assert refused or name != name.strip(), name


@pytest.mark.parametrize("size_line, accepted", [
    (b"5", True), (b"5;ext=1", True), (b"0005", True), (b"5 ", True),
    (b"0x5", False), (b"+5", False), (b"0_5", False), (b"-5", False), (b"", False), (b"5\x0b", False),
])
def test_chunk_sizes_are_plain_hex_digits(size_line, accepted):
    # int(x, 16) also reads "0x5", "+5" and "0_5": a proxy reading them otherwise than the next hop desyncs.
    head = b"POST /v1/predict HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"

    async def run():
        reader = asyncio.StreamReader()
        reader.feed_data(head + size_line + b"\r\nhello\r\n0\r\n\r\n")
        reader.feed_eof()
        return (await httpio.read_request(reader, 8192, 1024, 1)).body
    if accepted:
        assert asyncio.run(run()) == b"hello"
    else:
        with pytest.raises(httpio.HTTPError) as err:
            asyncio.run(run())
        assert err.value.status == 400
    assert (httpio._buffered_chunks(_Buffered(size_line + b"\r\nhello\r\n"))[0] == [b"hello"]) is accepted  # pylint: disable=protected-access


class _Buffered:
    def __init__(self, data):
        self._buffer = data
