#!/usr/bin/env bash
# Run `molecule test` for every scenario under molecule/ (or those named in $MOLECULE_SCENARIOS),
# one after another: all containers share the host's loopback ports.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MIA_VENV:-$ROOT/.venv}"
cd "$ROOT"
export PATH="$VENV/bin:$PATH"
export ANSIBLE_COLLECTIONS_PATH="$ROOT/.cache/collections"
export ANSIBLE_FORCE_COLOR=false PY_COLORS=0 NO_COLOR=1

if [ -n "${MOLECULE_SCENARIOS:-}" ]; then
  read -r -a scenarios <<<"$MOLECULE_SCENARIOS"
else
  mapfile -t scenarios < <(find molecule -mindepth 2 -maxdepth 2 -name molecule.yml -printf '%h\n' | xargs -n1 basename | sort)
fi
[ "${#scenarios[@]}" -gt 0 ] || { echo "molecule: no scenarios found" >&2; exit 1; }

passed=0; failed=(); mkdir -p "$ROOT/.cache/logs"
for s in "${scenarios[@]}"; do
  start=$SECONDS
  echo "=== molecule test -s $s"
  if molecule test -s "$s" 2>&1 | tee "$ROOT/.cache/logs/molecule-$s.log" | grep --line-buffered -E '^(INFO|WARNING|ERROR|CRITICAL)|PLAY RECAP|fatal:|FAILED|passed|failed' ; [ "${PIPESTATUS[0]}" -eq 0 ]; then
    passed=$((passed + 1)); echo "=== $s passed in $((SECONDS - start)) s"
  else
    failed+=("$s"); echo "=== $s FAILED in $((SECONDS - start)) s (full log: .cache/logs/molecule-$s.log)"
    tail -n 60 "$ROOT/.cache/logs/molecule-$s.log"
  fi
done
echo "molecule: ${passed} passed, ${#failed[@]} failed"
[ "${#failed[@]}" -eq 0 ] || { echo "failed scenarios: ${failed[*]}"; exit 1; }
