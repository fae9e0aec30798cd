#!/usr/bin/env bash
# Set up graphbuild and build the example graph: Turtle, the HTML view, validation, and a SPARQL answer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p examples/output
.venv/bin/graphbuild build examples/seed/000_0252e96b1e74b8b3.txt \
  --output examples/output/seed.ttl --html examples/output/seed.html
.venv/bin/graphbuild validate --quiet examples/output/seed.ttl
echo "wrote examples/output/seed.ttl and examples/output/seed.html (open it in a browser; it works offline)"
echo "The phone call with its participants (examples/queries/12-phone-calls.rq):"
.venv/bin/graphbuild query examples/output/seed.ttl --query-file examples/queries/12-phone-calls.rq
