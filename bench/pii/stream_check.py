"""Stream every document of the corpora in random chunks and compare with whole-text redaction.

    python bench/pii/stream_check.py CORPUS.jsonl [CORPUS.jsonl ...] [--seed 5] [--show]

The engine promises that streamed output equals ``redact()`` of the whole text for any chunking; a
difference is a leak when the stream keeps what the whole text masks.  The unit tests draw chunkings
with hypothesis over small generated texts; this walks real documents (the dev split, the held-out
probes) in 1-16 code-point chunks.  Prints the differing document ids (``--show``: the differing
spans), exits 1 on any difference or exception.
"""
import argparse
import difflib
import json
import os
import random
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mia_adapter import MiaEngine  # noqa: E402  (sets up the collection import path)


def streamed(engine, text, rng):
    stream = engine.stream()
    out, pos = [], 0
    while pos < len(text):
        step = rng.randint(1, 16)
        out.append(stream.feed(text[pos:pos + step]))
        pos += step
    out.append(stream.flush())
    return "".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--show", action="store_true", help="print the differing spans")
    args = ap.parse_args()
    engine = MiaEngine().engine
    rng = random.Random(args.seed)
    docs = differ = failed = 0
    for path in args.corpora:
        with open(path, encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                if doc["shape"] == "stream":
                    continue    # their texts also come as clean documents
                docs += 1
                text = doc["text"]
                try:
                    got, want = streamed(engine, text, rng), engine.redact(text)
                except Exception:  # noqa: BLE001 - report and go on
                    failed += 1
                    print("EXCEPTION %s %s" % (path, doc["id"]))
                    traceback.print_exc()
                    continue
                if got == want:
                    continue
                differ += 1
                print("DIFF %s %s" % (path, doc["id"]))
                if args.show:
                    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, got, want, autojunk=False).get_opcodes():
                        if op != "equal":
                            print("  stream %r\n  whole  %r" % (got[max(0, a1 - 40):a2 + 10], want[max(0, b1 - 40):b2 + 10]))
    print("%d documents, %d differ, %d raised" % (docs, differ, failed))
    return 1 if differ or failed else 0


if __name__ == "__main__":
    sys.exit(main())
