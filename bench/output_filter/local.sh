#!/usr/bin/env bash
# Run bench/output_filter/run.sh against local processes, without `make demo`: trains a small demo
# model into a temp dir, assembles the filter package as the role does (service + engine +
# hardening), starts both on free 127.0.0.1 ports with filter.yml, benches, stops them.
#
#   PYTHON=/path/to/venv/bin/python DURATION=8s bench/output_filter/local.sh
#
# PYTHON needs numpy, scikit-learn (training only), PyYAML and uvloop (the role installs it; without
# it the filter runs on plain asyncio and costs more CPU, so this warns). An outer PYTHONPATH is
# kept (e.g. a `pip install --target` dir holding uvloop). Other run.sh variables (DURATION, CONC,
# ROWS) pass through; FILTER_PID is set here, so cpu_us is always reported.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
command -v wrk >/dev/null || apt-get install -y wrk
"$PYTHON" -c "import uvloop" 2>/dev/null || echo "warning: no uvloop for $PYTHON, the filter runs on plain asyncio" >&2
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() {  # port pid: until something listens, or the process died
  for _i in $(seq 1 300); do
    kill -0 "$2" 2>/dev/null || { echo "process $2 exited, see $WORK/*.log" >&2; cat "$WORK"/*.log >&2; exit 1; }
    "$PYTHON" -c 'import socket, sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()' "$1" \
      2>/dev/null && return 0
    sleep 0.1
  done
  echo "port $1 never opened" >&2; exit 1
}
MODEL_PORT="$(free_port)"; FILTER_PORT="$(free_port)"; METRICS_PORT="$(free_port)"
KEY="bench-key-0123456789abcdef"

# Demo model: a small, quick training (a few seconds); serving cost is what matters here.
mkdir -p "$WORK/model"
cat > "$WORK/model.json" <<JSON
{"listen_host": "127.0.0.1", "listen_port": $MODEL_PORT, "model_dir": "$WORK/model",
 "train_size": 300, "hidden_units": 256, "max_iter": 300}
JSON
"$PYTHON" "$ROOT/roles/demo_model_server/files/mia_demo_model.py" train --config "$WORK/model.json" >/dev/null
"$PYTHON" "$ROOT/roles/demo_model_server/files/mia_demo_model.py" serve --config "$WORK/model.json" \
  >"$WORK/model.log" 2>&1 &
PIDS+=($!)
wait_port "$MODEL_PORT" "${PIDS[-1]}"

# Filter: package assembled like the role deploys it, config = filter.yml + local facts.
"$PYTHON" "$HERE/assemble.py" "$WORK/pkg"
PYTHONPATH="$WORK/pkg${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" - "$HERE/filter.yml" "$WORK" "$MODEL_PORT" "$FILTER_PORT" "$METRICS_PORT" "$KEY" <<'PY'
import sys
import yaml
from mia_output_filter import keyhash
src, work, model, port, mport, key = sys.argv[1:]
cfg = yaml.safe_load(open(src))
cfg.update({"listen": {"host": "127.0.0.1", "port": int(port)}, "metrics_listen": {"host": "127.0.0.1", "port": int(mport)},
            "upstream": {"url": "http://127.0.0.1:%s" % model}, "state_dir": work + "/state",
            "audit_log": work + "/log/audit.log",
            "auth": {"keys": [{"id": "bench", "tier": "standard",
                               "hash": keyhash.hash_key(key, "bench", "bench-pepper")}]}})
yaml.safe_dump(cfg, open(work + "/filter.yml", "w"))
PY
PYTHONPATH="$WORK/pkg${PYTHONPATH:+:$PYTHONPATH}" "$PYTHON" -m mia_output_filter serve --config "$WORK/filter.yml" >"$WORK/filter.log" 2>&1 &
PIDS+=($!)
FILTER_PID="${PIDS[-1]}"
wait_port "$FILTER_PORT" "$FILTER_PID"

MODEL="http://127.0.0.1:$MODEL_PORT" FILTER="http://127.0.0.1:$FILTER_PORT" KEY="$KEY" FILTER_PID="$FILTER_PID" \
  "$HERE/run.sh"
