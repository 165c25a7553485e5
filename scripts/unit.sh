#!/usr/bin/env bash
# Unit tests, one pytest-xdist worker per core (MIA_UNIT_WORKERS overrides; 0 runs them in this process);
# work stealing: the ReDoS guard's 1 MB inputs are long tests among many short ones.
# pytest exits 5 when it collects nothing: here that is a broken suite, never a pass.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
"${MIA_VENV:-$ROOT/.venv}/bin/python" -m pytest tests/unit -q -p no:cacheprovider -n "${MIA_UNIT_WORKERS:-auto}" --dist worksteal "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "unit: pytest collected no tests; refusing to count that as a pass" >&2
  exit 1
fi
exit "$rc"
