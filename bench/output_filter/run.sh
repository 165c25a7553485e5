#!/usr/bin/env bash
# Benchmark the output filter in front of the demo model against the model directly, with wrk
# (Debian package `wrk`). Needs a deployed stack: by default the `make demo` ports.
#
#   MODEL=http://127.0.0.1:28500 FILTER=http://127.0.0.1:28600 KEY=<api key> bench/output_filter/run.sh
#
# Scenarios: 4 KB JSON (POST /v1/predict, 18 rows -> ~4 KB of probabilities) and a streamed
# chat answer (SSE). Each runs at concurrency 1 (added latency) and at $CONC (throughput).
# With FILTER_PID (the filter's process id, on this host) the cpu_us column gives the filter's
# CPU time per request (user + system, from /proc): unlike latency, it does not depend on the
# load that other processes put on the machine.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MODEL="${MODEL:-http://127.0.0.1:28500}"
FILTER="${FILTER:-http://127.0.0.1:28600}"
KEY="${KEY:?set KEY to an API key of the filter (a tier without a small budget)}"
DURATION="${DURATION:-15s}"
CONC="${CONC:-16}"
THREADS="${THREADS:-1}"
ROWS="${ROWS:-18}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" "$ROWS" "$KEY" <<'PY'
import json, random, sys
work, rows, key = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(1)
predict = json.dumps({"inputs": [[float(rng.randint(0, 16)) for _ in range(64)] for _ in range(rows)]})
chat = json.dumps({"model": "demo", "stream": True,
                   "messages": [{"role": "user", "content": "Tell me about the weather and the sea"}]})
for name, body in (("predict", predict), ("stream", chat)):
    for auth in (False, True):
        lines = ['wrk.method = "POST"', 'wrk.body = %s' % json.dumps(body),
                 'wrk.headers["Content-Type"] = "application/json"']
        if auth:
            lines.append('wrk.headers["Authorization"] = "Bearer %s"' % key)
        with open("%s/%s-%s.lua" % (work, name, "filter" if auth else "model"), "w") as f:
            f.write("\n".join(lines) + "\n")
PY

summary() {  # wrk output -> "rps p50 p99 requests"
  awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} / requests in / {n=$1} END {print rps, p50, p99, n}'
}
cpu_ticks() {  # utime + stime of FILTER_PID, in clock ticks
  if [ -n "${FILTER_PID:-}" ]; then awk '{print $14 + $15}' "/proc/$FILTER_PID/stat"; else echo 0; fi
}
HZ="$(getconf CLK_TCK)"

printf "%-8s %-7s %4s %12s %10s %10s %8s\n" scenario path conc rps p50 p99 cpu_us
for name in predict stream; do
  path_model="/v1/predict"; [ "$name" = stream ] && path_model="/v1/chat/completions"
  # size check: what one answer weighs through each path
  for conc in 1 "$CONC"; do
    for target in model filter; do
      base="$MODEL"; [ "$target" = filter ] && base="$FILTER"
      before="$(cpu_ticks)"
      out="$(wrk -t"$THREADS" -c"$conc" -d"$DURATION" --latency -s "$WORK/$name-$target.lua" "$base$path_model")"
      after="$(cpu_ticks)"
      if echo "$out" | grep -q "Non-2xx"; then echo "$out" >&2; echo "non-2xx answers: check KEY and budgets" >&2; exit 1; fi
      read -r rps p50 p99 n < <(echo "$out" | summary)
      cpu="-"
      if [ "$target" = filter ] && [ -n "${FILTER_PID:-}" ] && [ "${n:-0}" -gt 0 ]; then
        cpu=$(( (after - before) * 1000000 / HZ / n ))
      fi
      printf "%-8s %-7s %4s %12s %10s %10s %8s\n" "$name" "$target" "$conc" "$rps" "$p50" "$p99" "$cpu"
    done
  done
done
