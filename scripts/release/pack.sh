#!/usr/bin/env bash
# Build every public package and pack it into one directory, for installing from tarballs while
# the packages are not on a public registry (README: "Install").
#
#     bash scripts/release/pack.sh <dest-dir>
#
# Prints the tarballs. `npm install <dest-dir>/*.tgz` (all of them in one command, so the
# @org/* dependencies resolve to each other) installs them into any project.
set -euo pipefail
dest=${1:?usage: pack.sh <dest-dir>}
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)
cd "$root"
export TURBO_TELEMETRY_DISABLED=1 TURBO_UI=false
pnpm -s exec turbo run build --output-logs=errors-only >&2
for dir in packages/*/; do
  if node -e 'process.exit(require(process.argv[1]).private ? 1 : 0)' "$root/$dir/package.json"; then
    (cd "$dir" && pnpm pack --pack-destination "$dest" >/dev/null)
  fi
done
ls "$dest"/*.tgz
