"""CPU-time throughput and 4 KB JSON latency of the engine on the dev split (load-independent).

    python bench/pii/cpu_bench.py [--corpus dev.jsonl] [--repeats 5] [--root COLLECTION_ROOT] [--baseline]

score.py measures wall time, which the shared VM's load inflates; this measures the same work
with ``time.process_time`` (CPU time of this process): MB/s over every non-stream document
(median of the repeats) and p50 / p99 per json4k document. ``--baseline`` also measures the
naive 3-regex filter (naive_filter.py) in the same run, the reference of the speed target.
"""
import argparse
import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "..", "shared", "pii-bench", "data", "dev.jsonl"))
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--root", default=None, help="collection root to import (default: this checkout)")
    ap.add_argument("--baseline", action="store_true", help="also measure the naive 3-regex filter")
    args = ap.parse_args()
    if args.root:
        sys.path.insert(0, os.path.join(os.path.abspath(args.root), "bench", "pii"))
    else:
        sys.path.insert(0, HERE)
    from mia_adapter import MiaEngine  # sets up the ansible_collections import path

    docs = [json.loads(line) for line in open(args.corpus, encoding="utf-8")]
    docs = [d for d in docs if d["shape"] != "stream"]
    print(json.dumps(measure(MiaEngine(), docs, args.repeats)))
    if args.baseline:
        from naive_filter import NaiveFilter
        print(json.dumps(dict(measure(NaiveFilter(), docs, args.repeats), engine="naive 3-regex filter")))


def measure(engine, docs, repeats):
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    clock = time.process_time
    runs, lat = [], []
    for rep in range(repeats):
        t0 = clock()
        for d in docs:
            if d["shape"] == "json4k":
                t1 = clock()
                engine.redact(d["text"])
                lat.append(clock() - t1)
            else:
                engine.redact(d["text"])
        runs.append(clock() - t0)
    runs.sort()
    lat.sort()
    return {
        "cpu_mb_per_s": round(size / 1e6 / runs[len(runs) // 2], 2),
        "json4k_cpu_ms_p50": round(lat[len(lat) // 2] * 1000, 3),
        "json4k_cpu_ms_p99": round(lat[int(len(lat) * 0.99)] * 1000, 3),
        "docs": len(docs), "repeats": repeats,
    }

if __name__ == "__main__":
    main()
