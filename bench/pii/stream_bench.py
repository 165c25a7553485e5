"""CPU cost of streaming redaction: StreamRedactor over the dev stream docs' chunks, and
SSERedactor over OpenAI-style ``chat.completion.chunk`` frames built from the same chunks.

    python bench/pii/stream_bench.py [--corpus dev.jsonl] [--repeat 3] [--frames 50]

Prints the best-of-``repeat`` CPU time (time.process_time) per streamed answer and per MB.
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mia_adapter import MiaEngine  # noqa: E402  (sets up the collection import path)

from ansible_collections.mlsec.mia_defense.plugins.module_utils._mia_engine.stream import SSERedactor  # noqa: E402


def sse_frames(doc, frames=50):
    """About ``frames`` SSE events (bytes) carrying the doc's chunks, OpenAI chunk shape."""
    chunks = doc["chunks"]
    per = max(1, len(chunks) // frames)
    head = {"id": "chatcmpl-" + doc["id"], "object": "chat.completion.chunk", "created": 1700000000, "model": "gpt-4o-mini"}
    out = []
    for i in range(0, len(chunks), per):
        obj = dict(head, choices=[{"index": 0, "delta": {"content": "".join(chunks[i:i + per])}, "finish_reason": None}])
        out.append(("data: " + json.dumps(obj, ensure_ascii=False) + "\n\n").encode("utf-8"))
    obj = dict(head, choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}])
    out.append(("data: " + json.dumps(obj) + "\n\ndata: [DONE]\n\n").encode("utf-8"))
    return out


def run_stream(engine, docs):
    for d in docs:
        s = engine.stream()
        for c in d["chunks"]:
            s.feed(c)
        s.flush()


def run_sse(engine, streams):
    for frames in streams:
        r = SSERedactor(engine)
        for f in frames:
            r.feed(f)
        r.flush()


def best(fn, repeat):
    times = []
    for i in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared", "pii-bench", "data", "dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--frames", type=int, default=50)
    args = ap.parse_args()
    engine = MiaEngine().engine
    with open(args.corpus, encoding="utf-8") as fh:
        docs = [d for d in (json.loads(line) for line in fh) if d.get("chunks")]
    streams = [sse_frames(d, args.frames) for d in docs]
    chars = sum(len(c) for d in docs for c in d["chunks"])
    nbytes = sum(len(f) for s in streams for f in s)
    nframes = sum(len(s) for s in streams)
    t = best(lambda: run_stream(engine, docs), args.repeat)
    print("StreamRedactor: %d answers, %d chars: %.3f ms/answer, %.1f ms/MB" % (len(docs), chars, 1e3 * t / len(docs), 1e3 * t / (chars / 1e6)))
    t = best(lambda: run_sse(engine, streams), args.repeat)
    print("SSERedactor:    %d answers, %d frames, %d bytes: %.3f ms/answer, %.1f ms/MB" % (
        len(docs), nframes, nbytes, 1e3 * t / len(docs), 1e3 * t / (nbytes / 1e6)))


if __name__ == "__main__":
    sys.exit(main())
