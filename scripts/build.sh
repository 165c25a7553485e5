#!/usr/bin/env bash
# Build the collection tarball and install it into a project-local path, offline.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MIA_VENV:-$ROOT/.venv}"
OUT="$ROOT/.cache/dist"
DEST="${1:-$ROOT/.cache/installed}"
rm -rf "$OUT" && mkdir -p "$OUT"
"$VENV/bin/ansible-galaxy" collection build "$ROOT" --output-path "$OUT" --force >/dev/null
tarball="$(ls "$OUT"/mlsec-mia_defense-*.tar.gz)"
"$VENV/bin/ansible-galaxy" collection install "$tarball" -p "$DEST" --force --offline >/dev/null
test -f "$DEST/ansible_collections/mlsec/mia_defense/MANIFEST.json"
echo "built and installed $(basename "$tarball") into $DEST"
