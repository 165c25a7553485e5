#!/usr/bin/env bash
# `make test`: every stage runs even when an earlier one fails, and the run fails if any did.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="${MIA_VENV:-$ROOT/.venv}"
export PATH="$VENV/bin:$PATH" ANSIBLE_COLLECTIONS_PATH="$ROOT/.cache/collections"

declare -A stage_cmds=(
  [yamllint]="yamllint -s ."
  [ansible-lint]="ansible-lint -q"
  [sanity]="scripts/sanity.sh"
  [unit]="scripts/unit.sh"
  [build]="scripts/build.sh"
  [molecule]="scripts/molecule.sh"
)
order=(yamllint ansible-lint sanity unit build molecule)
[ -n "${MIA_TEST_STAGES:-}" ] && read -r -a order <<<"$MIA_TEST_STAGES"

passed=0; failed=()
for stage in "${order[@]}"; do
  start=$SECONDS
  echo "##### $stage"
  if bash -c "${stage_cmds[$stage]}"; then
    passed=$((passed + 1)); echo "##### $stage ok ($((SECONDS - start)) s)"
  else
    failed+=("$stage"); echo "##### $stage FAILED ($((SECONDS - start)) s)"
  fi
done
[ "${#failed[@]}" -eq 0 ] || echo "failed stages: ${failed[*]}"
echo "stages: ${passed} passed, ${#failed[@]} failed"
[ "${#failed[@]}" -eq 0 ]
