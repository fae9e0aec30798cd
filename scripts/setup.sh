#!/usr/bin/env bash
# Create .venv (if missing) and install graphbuild into it with the given extras, e.g. `setup.sh test`.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >"$log" 2>&1 || { cat "$log"; exit 1; }
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
# pip's output is kept out of the way unless the installation fails
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec" >"$log" 2>&1 || { cat "$log"; exit 1; }
