#!/usr/bin/env bash
# Installs what Quiver needs beyond the Swift toolchain: libedit's headers (for the REPL).
set -euo pipefail
if ! pkg-config --exists libedit 2>/dev/null || [ ! -f /usr/include/editline/readline.h ]; then
  echo "setup: libedit-dev is missing; installing it with apt-get" >&2
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  if ! { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq libedit-dev pkg-config; } >/dev/null 2>&1; then
    echo "setup: could not install libedit-dev (no apt-get, no network or no root); install it by hand" >&2
    exit 1
  fi
fi
