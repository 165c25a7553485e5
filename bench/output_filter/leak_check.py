"""Labelled PII streamed through the running output filter: what leaks through the service?

    .venv/bin/python bench/output_filter/leak_check.py CORPUS.jsonl [CORPUS.jsonl ...] [--show]

The engine's own figures (``bench/pii``) feed it text directly.  This check goes through the whole
service instead: it assembles the filter package as the role deploys it, starts it on loopback in
front of a replay upstream (this script), and for every labelled document of the corpora asks the
filter for it four ways:

* ``sse``:     an OpenAI-style ``text/event-stream``, one ``data:`` frame per chunk of the document
               (a stream document's own chunks; others are cut in 1-16 code-point pieces), so
               entities are split across frames;
* ``chunked``: ``text/plain`` in HTTP chunks of the same pieces, one write each;
* ``json``:    a non-streamed ``chat.completion`` whose message content is the document;
* ``raw``:     the document as the whole answer (``application/json`` for JSON documents, else
               ``text/plain``), as a JSON API or a plain-text model would send it.

Each answer is judged with the pii-bench scorer's own rule (an entity leaks when more than 10 % of
the letters and digits of its sensitive part survive the alignment of output to input), and
compared with the engine's ``redact()`` of the whole text.  The service adds a leak when a way
leaks an entity that whole-text redaction catches; the script prints those (``--show``: with the
leaked text) and exits 1 if there is any, or if a request fails.  Entities that whole-text
redaction misses too are the engine's recall (``bench/pii``), counted by type.
"""
import argparse
import asyncio
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter

from assemble import assemble   # (this script's directory is on the path)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
WAYS = ("sse", "chunked", "json", "raw")
KEY = "leak-check-key-0123456789"


def load_scorer(path):
    import importlib.util
    spec = importlib.util.spec_from_file_location("pii_bench_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if module.Indel is None:
        sys.exit("the scorer needs rapidfuzz: pip install rapidfuzz")
    return module


def leaked(score, ph_re, doc, out):
    """Indices of the document's entities that the output leaks, by the scorer's rule."""
    text = doc["text"]
    out2, _marks = score.neutralize(out, ph_re, text)
    surv, _ops = score.survival(text, out2)
    found = []
    for i, ent in enumerate(doc["entities"]):
        start, end = ent.get("core", (ent["start"], ent["end"]))
        alnum = [p for p in range(start, end) if text[p].isalnum()]
        if sum(1 for p in alnum if not surv[p]) < score.THRESHOLD * len(alnum):
            found.append(i)
    return found


def pieces(doc, rng):
    if doc.get("chunks"):
        return doc["chunks"]
    text, out, pos = doc["text"], [], 0
    while pos < len(text):
        step = rng.randint(1, 16)
        out.append(text[pos:pos + step])
        pos += step
    return out


# --------------------------------------------------------------- replay upstream

class Replay:
    """Serves ``POST /v1/chat/completions`` with body ``{"doc": i, "way": ...}`` from the loaded pieces."""

    def __init__(self, docs):
        self.docs = docs

    async def handle(self, reader, writer):
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head).group(1))
                req = json.loads(await reader.readexactly(length))
                await self.answer(writer, self.docs[req["doc"]], req["way"])
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def answer(self, writer, doc, way):
        if way == "raw":
            body = doc["text"].encode()
            ctype = b"application/json" if doc["format"] == "json" else b"text/plain; charset=utf-8"
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (ctype, len(body)) + body)
            await writer.drain()
            return
        if way == "json":
            body = json.dumps({"id": "cmpl-leak", "object": "chat.completion", "model": "replay",
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": doc["text"]}}]}).encode()
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
                         % len(body) + body)
            await writer.drain()
            return
        ctype = b"text/event-stream" if way == "sse" else b"text/plain; charset=utf-8"
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
        for piece in doc["pieces"]:
            if way == "sse":
                frame = {"id": "cmpl-leak", "object": "chat.completion.chunk", "model": "replay",
                         "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                data = ("data: " + json.dumps(frame) + "\n\n").encode()
            else:
                data = piece.encode()
            writer.write(b"%x\r\n%s\r\n" % (len(data), data))
            await writer.drain()
            await asyncio.sleep(0)  # a write per piece, so the filter reads them apart where it can
        if way == "sse":
            done = b"data: [DONE]\n\n"
            writer.write(b"%x\r\n%s\r\n" % (len(done), done))
        writer.write(b"0\r\n\r\n")
        await writer.drain()


def serve_replay(docs, port, ready):
    async def main():
        server = await asyncio.start_server(Replay(docs).handle, "127.0.0.1", port)
        ready.set()
        async with server:
            await server.serve_forever()
    asyncio.run(main())


# --------------------------------------------------------------- filter service

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, proc, log):
    for _ in range(300):
        if proc.poll() is not None:
            sys.exit("the filter exited:\n" + open(log).read())
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    sys.exit("the filter never listened on %d" % port)


def start_filter(work, upstream_port):
    """The package as the role assembles it (service + engine + hardening), with a chat route only."""
    pkg = str(assemble(os.path.join(work, "pkg")))
    sys.path.insert(0, pkg)
    from mia_output_filter import keyhash
    port, metrics = free_port(), free_port()
    config = {
        "instance": "leak-check",
        "listen": {"host": "127.0.0.1", "port": port},
        "metrics_listen": {"host": "127.0.0.1", "port": metrics},
        "upstream": {"url": "http://127.0.0.1:%d" % upstream_port},
        "state_dir": os.path.join(work, "state"),
        "audit_log": os.path.join(work, "audit.log"),
        "auth": {"keys": [{"id": "leak", "tier": "standard", "hash": keyhash.hash_key(KEY, "leak", "leak-pepper")}]},
        "tiers": {"standard": {"budget": {"hour": 10 ** 9, "day": 10 ** 9}}},
        "routes": [{"path": "/v1/chat/completions", "stream": True,
                    "content_types": ["application/json", "text/event-stream", "text/plain"]}],
    }
    path = os.path.join(work, "filter.json")   # JSON is YAML
    with open(path, "w", encoding="utf-8") as f:
        json.dump(config, f)
    log = os.path.join(work, "filter.log")
    proc = subprocess.Popen([sys.executable, "-m", "mia_output_filter", "serve", "--config", path],
                            env=dict(os.environ, PYTHONPATH=pkg), stdout=open(log, "w"), stderr=subprocess.STDOUT)
    wait_port(port, proc, log)
    return proc, port


def ask(port, index, way):
    body = json.dumps({"model": "replay", "doc": index, "way": way, "stream": way in ("sse", "chunked")}).encode()
    req = urllib.request.Request("http://127.0.0.1:%d/v1/chat/completions" % port, data=body, method="POST",
                                 headers={"Authorization": "Bearer " + KEY, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        raw = resp.read().decode("utf-8")
    if way == "json":
        return json.loads(raw)["choices"][0]["message"]["content"]
    if way in ("chunked", "raw"):
        return raw
    content = []
    for event in raw.split("\n\n"):
        data = "".join(line[6:] for line in event.split("\n") if line.startswith("data: "))
        if data and data != "[DONE]":
            content.extend(c["delta"].get("content", "") for c in json.loads(data)["choices"])
    return "".join(content)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "pii-bench", "score.py"))
    ap.add_argument("--seed", type=int, default=7, help="cuts for documents without chunks")
    ap.add_argument("--show", action="store_true", help="print the leaked text of added leaks")
    ap.add_argument("--ways", default=",".join(WAYS), help="a comma-separated subset of " + ", ".join(WAYS))
    args = ap.parse_args()
    ways = args.ways.split(",")
    if not ways or set(ways) - set(WAYS):
        ap.error("--ways: choose from " + ", ".join(WAYS))
    score = load_scorer(args.scorer)
    sys.path.insert(0, os.path.join(ROOT, "bench", "pii"))
    from mia_adapter import MiaEngine
    engine = MiaEngine().engine
    ph_re = re.compile(engine.placeholder_regex + "|" + score.DEFAULT_PLACEHOLDER)
    rng = random.Random(args.seed)
    docs = []
    for path in args.corpora:
        for doc in score.load(path):
            if doc["entities"]:
                doc["pieces"] = pieces(doc, rng)
                docs.append(doc)

    import threading
    upstream_port, ready = free_port(), threading.Event()
    threading.Thread(target=serve_replay, args=(docs, upstream_port, ready), daemon=True).start()
    ready.wait()
    work = tempfile.mkdtemp(prefix="leak-check-")
    proc, port = start_filter(work, upstream_port)
    entities, engine_misses, added, failed = Counter(), Counter(), Counter(), 0
    try:
        for index, doc in enumerate(docs):
            for ent in doc["entities"]:
                entities[ent["type"]] += 1
            whole = set(leaked(score, ph_re, doc, engine.redact(doc["text"])))
            for i in whole:
                engine_misses[doc["entities"][i]["type"]] += 1
            for way in ways:
                try:
                    out = ask(port, index, way)
                except Exception as exc:  # noqa: BLE001 - report and go on
                    failed += 1
                    print("FAILED %s %s: %s" % (way, doc["id"], exc))
                    continue
                for i in leaked(score, ph_re, doc, out):
                    if i in whole:
                        continue
                    ent = doc["entities"][i]
                    added[(way, ent["type"])] += 1
                    print("ADDED LEAK %s %s %s" % (way, doc["id"], ent["type"])
                          + (" %r" % ent["value"] if args.show else ""))
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(work, ignore_errors=True)
    total = sum(entities.values())
    print("documents %d, entities %d, asked %d ways each (%s)" % (len(docs), total, len(ways), ", ".join(ways)))
    print("whole-text redaction misses %d (%.2f %%): %s" % (
        sum(engine_misses.values()), 100.0 * sum(engine_misses.values()) / max(total, 1),
        ", ".join("%s %d/%d" % (t, engine_misses[t], entities[t]) for t in sorted(engine_misses))))
    print("leaks the service adds: %d%s; failed requests: %d" % (
        sum(added.values()), "" if not added else " (" + ", ".join("%s %s %d" % (w, t, n) for (w, t), n in sorted(added.items())) + ")",
        failed))
    return 1 if added or failed else 0


if __name__ == "__main__":
    sys.exit(main())
