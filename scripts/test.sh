#!/usr/bin/env bash
# Builds Quiver and runs every test: the concurrency tests under the thread sanitizer, the
# embedding example (built and run), then the whole suite (unit tests, transcripts, the
# openCypher TCK, CLI/REPL tests) last, so its totals close the output.
# Arguments go to the final `swift test` (for example `--filter TranscriptTests`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
if [ "$#" -eq 0 ]; then
  echo "== concurrency under the thread sanitizer" >&2
  swift test --sanitize=thread --scratch-path .build-tsan --filter "APIConcurrencyTests|ParallelExecutionTests|ImportPartsTests"
  echo "== embedding example (examples/embed)" >&2
  swift run --package-path examples/embed deal-report --json --min-usd 1000000000 > /dev/null
  swift run --package-path examples/embed deal-report > /tmp/quiver-deal-report.md
  head -n 5 /tmp/quiver-deal-report.md
  echo "== the whole test suite" >&2
fi
swift test "$@"
