#!/usr/bin/env bash
# Set up graphbuild with its test extras, the browser the view tests drive, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
# Debian packages the tests use: chromium (browser tests) and graphviz (sfdp layout of large views)
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v sfdp >/dev/null 2>&1 || missing="$missing graphviz"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian packages:$missing"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "note: missing Debian packages ($missing) and not root; browser tests will be skipped" >&2
  fi
fi
status=0
.venv/bin/python -m pytest -q -p no:cacheprovider "$@" || status=$?
if [ "$status" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit "$status"
