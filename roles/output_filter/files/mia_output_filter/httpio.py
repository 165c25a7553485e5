# Copyright (c) 2026, mlsec.mia_defense contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lean HTTP/1.1 on asyncio streams: the server side (requests from nginx) and a pooled
keep-alive client (to the model server), with chunked bodies and bounded sizes everywhere.

Hardening choices: a request with both Content-Length and Transfer-Encoding, obsolete line
folding, a non-chunked Transfer-Encoding, a header block over the limit, a CR or LF that does not
end a line, other control characters, or a chunk size that is not plain hex is refused (request
smuggling: a bare LF in a forwarded header would start a new header or request upstream); a pooled
upstream connection holding bytes past its last answer is closed, not reused; every read has a
timeout.
"""
import asyncio
import re
import zlib

try:  # optional: Brotli-coded upstream bodies are refused (fail closed) without it
    import brotli as _brotli
except ImportError:  # pragma: no cover
    _brotli = None

HOP_BY_HOP = frozenset(("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
                        "transfer-encoding", "upgrade", "content-length", "content-encoding", "host"))
REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
           404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout", 411: "Length Required",
           413: "Payload Too Large", 415: "Unsupported Media Type", 422: "Unprocessable Entity",
           429: "Too Many Requests", 431: "Request Header Fields Too Large", 500: "Internal Server Error",
           502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}


async def _timed(awaitable, timeout):
    """Like asyncio.wait_for, without a task per call (asyncio.timeout, Python 3.11+)."""
    async with asyncio.timeout(timeout):
        return await awaitable


def _buffered(reader):
    """Bytes ``reader`` has already received. A read they satisfy returns without suspending, so
    no timeout could fire during it: its timer is skipped. (asyncio's StreamReader keeps them in
    ``_buffer``; a reader without one always gets the timer.)"""
    return getattr(reader, "_buffer", b"")


_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
# Outside its CRLF line ends, a message head holds no control character but HTAB (RFC 9110, 5.5).
_HEAD_CTL = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
_TARGET_BAD = re.compile(r"[\x00-\x20\x7f]")


def _chunk_size(line):
    """The size in a chunk's size line (without its CRLF; extensions after ";" ignored); ValueError if malformed.
    Plain hex digits only: int() would also take "0x5", "+5" and "0_5", which another parser may read otherwise."""
    size = line.split(b";", 1)[0].strip(b" \t")
    if not _HEX.fullmatch(size):
        raise ValueError("bad chunk size")
    return int(size, 16)


def _head_lines(head):
    """The lines of a message head (its bytes without the final blank line); ValueError for a bare CR or
    LF or another control character."""
    if _HEAD_CTL.search(head.replace(b"\r\n", b"")):
        raise ValueError("control character in the message head")
    return head.decode("latin-1").split("\r\n")


def _buffered_chunks(reader):
    """The data of the complete chunks at the head of what ``reader`` has received (not the last,
    empty one) and the bytes they take: a read of those returns without waiting, so one read
    takes them all, without a timer. SSE sends a chunk per frame; under load many are waiting."""
    buf = _buffered(reader)
    pieces, pos = [], 0
    while True:
        end = buf.find(b"\r\n", pos)
        if end < 0:
            break
        try:
            size = _chunk_size(buf[pos:end])
        except ValueError:
            break
        stop = end + 2 + size
        if size <= 0 or len(buf) < stop + 2:
            break
        if buf[stop:stop + 2] != b"\r\n":
            raise ProtocolError("bad upstream chunk terminator")
        pieces.append(buf[end + 2:stop])
        pos = stop + 2
    return pieces, pos


class HTTPError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class ProtocolError(Exception):
    """The upstream spoke broken HTTP."""


_NOT_IN_NAME = frozenset(" \t()<>@,;\\\"/[]?={}")


def _parse_headers(lines, where):
    headers = []
    for line in lines:
        if not line:
            continue
        if line[0] in " \t":
            raise ValueError("%s: obsolete header folding" % where)
        name, sep, value = line.partition(":")
        if not sep or not name or name != name.strip() or not _NOT_IN_NAME.isdisjoint(name):
            raise ValueError("%s: malformed header line" % where)
        headers.append((name.lower(), value.strip()))
    return headers


class Headers(list):
    def get(self, name, default=None):
        for k, v in self:
            if k == name:
                return v
        return default

    def get_all(self, name):
        return [v for k, v in self if k == name]


class Request:
    __slots__ = ("method", "target", "path", "query", "version", "headers", "body", "keep_alive", "peer")


async def _read_chunked(reader, limit, timeout):
    parts, total = [], 0
    while True:
        line = await _timed(reader.readuntil(b"\r\n"), timeout)
        size = _chunk_size(line[:-2])
        if size == 0:
            while (await _timed(reader.readuntil(b"\r\n"), timeout)) != b"\r\n":
                pass  # trailers are dropped
            return b"".join(parts)
        total += size
        if total > limit:
            raise OverflowError("body too large")
        data = await _timed(reader.readexactly(size + 2), timeout)
        if data[-2:] != b"\r\n":
            raise ValueError("bad chunk terminator")
        parts.append(data[:-2])


async def read_request(reader, max_header, max_body, timeout):
    """Return a Request, or None on a clean EOF between requests. Raises HTTPError."""
    try:
        head = await _timed(reader.readuntil(b"\r\n\r\n"), timeout)
    except asyncio.IncompleteReadError as exc:
        if not exc.partial.strip():
            return None
        raise HTTPError(400, "bad_request", "incomplete request head") from exc
    except asyncio.LimitOverrunError as exc:
        raise HTTPError(431, "headers_too_large", "request head too large") from exc
    except asyncio.TimeoutError as exc:
        raise HTTPError(408, "request_timeout", "request head timed out") from exc
    if len(head) > max_header:
        raise HTTPError(431, "headers_too_large", "request head too large")
    try:
        lines = _head_lines(head[:-4])
        method, target, version = lines[0].split(" ")
        if version not in ("HTTP/1.1", "HTTP/1.0") or not method.isalpha() or not target or _TARGET_BAD.search(target):
            raise ValueError("bad request line")
        headers = Headers(_parse_headers(lines[1:], "request"))
    except ValueError as exc:
        raise HTTPError(400, "bad_request", "malformed request head") from exc
    req = Request()
    req.method, req.target, req.version, req.headers = method, target, version, headers
    req.path, _sep, req.query = target.partition("?")
    conn = (headers.get("connection") or "").lower()
    req.keep_alive = ("close" not in conn) if version == "HTTP/1.1" else ("keep-alive" in conn)
    te = headers.get_all("transfer-encoding")
    cl = headers.get_all("content-length")
    try:
        if te and cl:
            raise HTTPError(400, "bad_request", "both Content-Length and Transfer-Encoding")
        if te:
            if [t.strip().lower() for t in ",".join(te).split(",")] != ["chunked"]:
                raise HTTPError(400, "bad_request", "only chunked transfer coding is accepted")
            req.body = await _read_chunked(reader, max_body, timeout)
        elif cl:
            if len(set(cl)) != 1 or not cl[0].isdigit():
                raise HTTPError(400, "bad_request", "bad Content-Length")
            length = int(cl[0])
            if length > max_body:
                raise HTTPError(413, "payload_too_large", "request body exceeds %d bytes" % max_body)
            if not length:
                req.body = b""
            elif len(_buffered(reader)) >= length:
                req.body = await reader.readexactly(length)
            else:
                req.body = await _timed(reader.readexactly(length), timeout)
        else:
            req.body = b""
    except OverflowError as exc:
        raise HTTPError(413, "payload_too_large", "request body exceeds %d bytes" % max_body) from exc
    except (ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
        raise HTTPError(400, "bad_request", "malformed request body") from exc
    except asyncio.TimeoutError as exc:
        raise HTTPError(408, "request_timeout", "request body timed out") from exc
    return req


def response_head(status, headers, length=None, keep_alive=True, chunked=False):
    out = ["HTTP/1.1 %d %s" % (status, REASONS.get(status, "Unknown"))]
    for name, value in headers:
        out.append("%s: %s" % (name, value))
    if chunked:
        out.append("Transfer-Encoding: chunked")
    elif length is not None:
        out.append("Content-Length: %d" % length)
    if not keep_alive:
        out.append("Connection: close")
    return ("\r\n".join(out) + "\r\n\r\n").encode("latin-1")


def chunk(data):
    return b"%x\r\n%s\r\n" % (len(data), data)


# ----------------------------------------------------------------------------- decoding

class Decoder:
    """Incremental Content-Encoding decoder with an output bound (decompression bombs)."""

    def __init__(self, encoding, limit):
        enc = (encoding or "identity").strip().lower()
        self.limit, self.total = limit, 0
        if enc in ("identity", ""):
            self._obj = None
        elif enc in ("gzip", "x-gzip"):
            self._obj = _Gzip()
        elif enc == "deflate":
            self._obj = _Deflate()
        elif enc == "br" and _brotli is not None:
            self._obj = _brotli.Decompressor()
        else:
            raise ProtocolError("unsupported content-encoding %r" % enc)
        self.encoding = enc

    def feed(self, data):
        if self._obj is None:
            out = data
        elif hasattr(self._obj, "process"):
            out = self._obj.process(data)
        else:
            out = self._obj.decompress(data, max(1, self.limit - self.total + 1))
            if getattr(self._obj, "unconsumed_tail", b""):
                raise OverflowError("decoded body too large")
        self.total += len(out)
        if self.total > self.limit:
            raise OverflowError("decoded body too large")
        return out

    def finish(self):
        if self._obj is None:
            return b""
        if hasattr(self._obj, "process"):
            if not self._obj.is_finished():
                raise ProtocolError("truncated br body")
            return b""
        out = self._obj.flush()
        if not getattr(self._obj, "eof", True):
            raise ProtocolError("truncated %s body" % self.encoding)
        self.total += len(out)
        if self.total > self.limit:
            raise OverflowError("decoded body too large")
        return out


class _Zlib:
    """A zlib decompressor (``self._obj``) that a subclass may replace as the body goes on."""

    @property
    def unconsumed_tail(self):
        return self._obj.unconsumed_tail

    @property
    def eof(self):
        return self._obj.eof

    def flush(self):
        return self._obj.flush()


class _Gzip(_Zlib):
    """A gzip body may hold several members one after another (RFC 1952), and clients decode them
    all: so does the filter, or it would pass the first member on as if it were the whole answer."""

    def __init__(self):
        self._obj = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def decompress(self, data, max_length):
        out = self._obj.decompress(data, max_length)
        while self._obj.eof and self._obj.unused_data:
            rest, self._obj = self._obj.unused_data, zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += self._obj.decompress(rest, max(1, max_length - len(out)))
        return out


class _Deflate(_Zlib):
    """HTTP "deflate" is zlib-wrapped; some servers send raw deflate: accept both."""

    def __init__(self):
        self._obj, self._first = zlib.decompressobj(), True

    def decompress(self, data, max_length):
        if self._first and data:
            self._first = False
            if (data[0] & 0x0F) != 8:
                self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
        out = self._obj.decompress(data, max_length)
        if self._obj.unused_data:
            raise ProtocolError("data after the end of the deflate body")
        return out


# ----------------------------------------------------------------------------- client

class UpstreamResponse:
    def __init__(self, pool, key, conn, status, headers, reused):
        self.pool, self.key, self.conn = pool, key, conn
        self.status, self.headers, self.reused = status, headers, reused
        self._done = False
        te = (headers.get("transfer-encoding") or "").lower()
        cl = headers.get("content-length")
        self.keep_alive = "close" not in (headers.get("connection") or "").lower()
        if "chunked" in te:
            self.mode, self.remaining = "chunked", None
        elif cl is not None:
            if not cl.isdigit():
                raise ProtocolError("bad upstream Content-Length")
            self.mode, self.remaining = "length", int(cl)
        else:
            self.mode, self.remaining, self.keep_alive = "close", None, False

    async def iter_raw(self, timeout):
        """Yield raw (still content-coded) body pieces as they arrive."""
        reader = self.conn[0]
        try:
            if self.mode == "length":
                while self.remaining:
                    size = min(self.remaining, 65536)
                    data = await (reader.read(size) if _buffered(reader) else _timed(reader.read(size), timeout))
                    if not data:
                        raise ProtocolError("upstream closed mid-body")
                    self.remaining -= len(data)
                    yield data
            elif self.mode == "chunked":
                while True:
                    pieces, size = _buffered_chunks(reader)
                    if not pieces:
                        # One timer per chunk (size line and data), not per read. Never across
                        # the yield: the consumer's time is not ours.
                        async with asyncio.timeout(timeout):
                            data = await self._chunk(reader)
                        if data is None:
                            break
                        pieces, size = _buffered_chunks(reader)
                        pieces.insert(0, data)
                    if size:
                        await reader.readexactly(size)
                    yield b"".join(pieces)
            else:
                while True:
                    data = await (reader.read(65536) if _buffered(reader) else _timed(reader.read(65536), timeout))
                    if not data:
                        break
                    yield data
            self._done = True
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError) as exc:
            raise ProtocolError("upstream body: %s" % type(exc).__name__) from exc
        finally:
            self.release()

    @staticmethod
    async def _chunk(reader):
        """The next chunk's data; None after the last chunk and its trailers."""
        line = await reader.readuntil(b"\r\n")
        try:
            size = _chunk_size(line[:-2])
        except ValueError as exc:
            raise ProtocolError("bad upstream chunk size") from exc
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":
                pass
            return None
        data = await reader.readexactly(size + 2)
        if data[-2:] != b"\r\n":
            raise ProtocolError("bad upstream chunk terminator")
        return data[:-2]

    async def read(self, limit, timeout):
        parts, total = [], 0
        async for data in self.iter_raw(timeout):
            total += len(data)
            if total > limit:
                raise OverflowError("upstream body too large")
            parts.append(data)
        return b"".join(parts)

    def release(self):
        if self.conn is None:
            return
        conn, self.conn = self.conn, None
        # Bytes past the answer's end are no answer to anything sent: reusing the connection would
        # hand them to the next request as its answer.
        if self._done and self.keep_alive and not _buffered(conn[0]):
            self.pool.put(self.key, conn)
        else:
            conn[1].close()


class UpstreamPool:
    def __init__(self, connect_timeout, read_timeout, size):
        self.connect_timeout, self.read_timeout, self.size = connect_timeout, read_timeout, size
        self._idle = {}

    def put(self, key, conn):
        idle = self._idle.setdefault(key, [])
        if len(idle) < self.size and not conn[1].is_closing():
            idle.append(conn)
        else:
            conn[1].close()

    async def _connect(self, host, port):
        return await _timed(asyncio.open_connection(host, port, limit=1 << 20), self.connect_timeout)

    async def request(self, host, port, method, path, headers, body):
        key = (host, port)
        head = ["%s %s HTTP/1.1" % (method, path), "Host: %s:%d" % (host, port)]
        head += ["%s: %s" % (k, v) for k, v in headers]
        head.append("Content-Length: %d" % len(body))
        data = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body
        idle = self._idle.get(key)
        for attempt in (0, 1):
            reused = bool(idle) and attempt == 0
            conn = idle.pop() if reused else await self._connect(host, port)
            try:
                conn[1].write(data)
                raw = await _timed(conn[0].readuntil(b"\r\n\r\n"), self.read_timeout)
            except (asyncio.IncompleteReadError, ConnectionError) as exc:
                conn[1].close()
                # A pooled connection the server closed while idle: retry once on a fresh one.
                if reused and (not isinstance(exc, asyncio.IncompleteReadError) or not exc.partial):
                    continue
                raise ProtocolError("upstream closed the connection") from exc
            except BaseException:
                conn[1].close()
                raise
            try:
                lines = _head_lines(raw[:-4])
                version, status_text = lines[0].split(" ", 2)[:2]
                if not version.startswith("HTTP/1.") or not status_text.isdigit():
                    raise ValueError("bad status line")
                resp_headers = Headers(_parse_headers(lines[1:], "upstream"))
                return UpstreamResponse(self, key, conn, int(status_text), resp_headers, reused)
            except (ValueError, ProtocolError) as exc:
                conn[1].close()
                raise ProtocolError("malformed upstream response head") from exc
        raise ProtocolError("upstream unavailable")

    def close(self):
        for conns in self._idle.values():
            for conn in conns:
                conn[1].close()
        self._idle.clear()
