#!/usr/bin/env bash
# Builds Quiver and runs every test: unit tests, transcripts, the openCypher TCK, CLI/REPL
# tests; then builds and runs the embedding example and the concurrency tests under TSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
swift test "$@"
if [ "$#" -eq 0 ]; then
  echo "== embedding example (examples/embed)" >&2
  swift run --package-path examples/embed deal-report --json --min-usd 1000000000 > /dev/null
  swift run --package-path examples/embed deal-report > /tmp/quiver-deal-report.md
  head -n 5 /tmp/quiver-deal-report.md
  echo "== concurrency under the thread sanitizer" >&2
  swift test --sanitize=thread --scratch-path .build-tsan --filter APIConcurrencyTests
fi
