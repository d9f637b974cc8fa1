#!/usr/bin/env bash
# Builds Quiver (release) and opens the REPL on the article graph.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build -c release --product quiver
exec "$(swift build -c release --show-bin-path)/quiver" "$@"
