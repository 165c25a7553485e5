#!/usr/bin/env bash
# ansible-test sanity, run locally. ansible-test needs the collection under
# ansible_collections/<ns>/<name> and bootstraps pip in its venvs with a get-pip script from a
# host that is unreachable here; a local seed script in its cache uses ensurepip instead, and pip
# then installs each sanity test's pinned requirements from PyPI as usual.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${MIA_VENV:-$ROOT/.venv}"
WORK="$ROOT/.cache/sanity/ansible_collections/mlsec/mia_defense"

pip_version="$("$VENV/bin/python" -c 'import re, ansible_test._internal.python_requirements as r, inspect; print(re.search(r"pip=.(\d[\d.]*)", inspect.getsource(r.get_venv_packages)).group(1))')"
seed="$HOME/.ansible/test/cache/get_pip_${pip_version//./_}.py"
if ! grep -qs 'mlsec.mia_defense' "$seed" || ! grep -qs 'env=env' "$seed"; then
  mkdir -p "$(dirname "$seed")"
  cat >"$seed" <<'PY'
# Offline stand-in for get-pip.py (written by mlsec.mia_defense scripts/sanity.sh): seed pip
# from the interpreter's bundled wheel, then let it install what ansible-test asked for.
import ensurepip
import os
import subprocess
import sys

# ensurepip blanks pip's configuration in os.environ; the real install needs it (CA bundle, index).
env = dict(os.environ)
ensurepip.bootstrap()
# --no-setuptools/--no-wheel are get-pip's own flags, not pip's.
args = [a for a in sys.argv[1:] if a not in ("--no-setuptools", "--no-wheel")]
sys.exit(subprocess.call([sys.executable, "-m", "pip", "install"] + args, env=env))
PY
fi

# A clean copy of what the collection ships: files git knows (tracked or untracked-but-not-ignored)
# minus galaxy.yml's build_ignore (dev-only tooling such as molecule/, scripts/, bench/).
rm -rf "$WORK"
mkdir -p "$WORK"
(cd "$ROOT" && git ls-files -z -co --exclude-standard | "$VENV/bin/python" -c '
import fnmatch, os, sys, yaml
ignore = yaml.safe_load(open("galaxy.yml"))["build_ignore"]
for path in sys.stdin.read().split("\0"):
    parts = path.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    if path and os.path.exists(path) and not any(fnmatch.fnmatch(p, pat) for p in prefixes for pat in ignore):
        sys.stdout.write(path + "\0")
' | tar --null -cf - -T -) | tar -C "$WORK" -xf -
cd "$WORK"
git init -q && git add -A >/dev/null 2>&1
export PATH="$VENV/bin:$PATH"
# --python 3.11: the only interpreter here; other versions' compile tests cannot run offline.
ansible-test sanity --python 3.11 --color no "$@"
