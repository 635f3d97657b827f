#!/usr/bin/env bash
# Set up a fresh machine (Node >= 20.19 and npm only): install the pnpm version pinned in
# package.json's "packageManager", then install the workspace from the lockfile.
# Idempotent: re-running it is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."

want=$(node -p 'require("./package.json").packageManager.split("@")[1]')
have=$(pnpm --version 2>/dev/null || true)
if [ "$have" != "$want" ]; then
  echo "bootstrap: installing pnpm $want with npm (found: ${have:-none})"
  npm install --global --no-fund --no-audit "pnpm@$want" >/dev/null
fi

export TURBO_TELEMETRY_DISABLED=1
pnpm install --frozen-lockfile --prefer-offline
