#!/usr/bin/env bash
# Held-out probe: generate the corpus (bench/pii/out/probe.jsonl), score the engine, print the table and the misses.
#   PYTHON=... BENCH=/work/shared/pii-bench bash bench/pii/heldout/run.sh
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; ROOT="$(cd "$HERE/../../.." && pwd)"; PYTHON="${PYTHON:-python3}"; BENCH="${BENCH:-$ROOT/../shared/pii-bench}"; OUT="$HERE/../out"
"$PYTHON" "$HERE/make_probe.py" --out "$OUT/probe.jsonl" && "$PYTHON" "$BENCH/score.py" --corpus "$OUT/probe.jsonl" --py "$HERE/../mia_adapter.py:MiaEngine" --name probe --out "$OUT/probe.json" --no-timing --repeats 1 >/dev/null 2>&1 || true; "$PYTHON" "$BENCH/score.py" --table "$OUT/probe.json" && "$PYTHON" "$HERE/misses.py" --corpus "$OUT/probe.jsonl" --bench "$BENCH"
