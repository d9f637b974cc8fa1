#!/usr/bin/env bash
# Builds Quiver and runs every test (unit, transcripts, TCK conformance, CLI/REPL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
swift test "$@"
