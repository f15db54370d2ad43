#!/usr/bin/env bash
# Runs dockerfile-utils (npm) over the given Dockerfiles. Installs Node.js from Debian if it is missing,
# and the npm package without a lock file (a lock file would record the registry's address).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS=$ROOT/target/lint-tools
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm >/dev/null
fi
if [ ! -d "$TOOLS/node_modules/dockerfile-utils" ]; then
  mkdir -p "$TOOLS"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$TOOLS" dockerfile-utils@0.16.3 >/dev/null
fi
NODE_PATH=$TOOLS/node_modules node "$ROOT/e2e/dockerfile-lint.js" "$@"
