#!/usr/bin/env bash
# Release rehearsal, publish half: version and publish every public package through the project's
# own release path (pnpm changeset → pnpm version-packages → pnpm release) to the local registry.
#
#     bash scripts/release/publish.sh <registry-url> <work-dir>
#
# It works on a throwaway copy of the workspace in <work-dir>/repo (what a fresh clone would hold,
# plus uncommitted work), so the repository's real versions, changelogs and git tags are never
# touched. The copy becomes a git repository of its own because changesets reads commits for the
# changelog and tags what it publishes. Publishing can only reach <registry-url>: the copy's
# .npmrc sends the @org scope there and npm_config_registry points there too for `pnpm release`.
set -euo pipefail
registry=${1:?registry URL}
work=${2:?work dir}
root=$(cd "$(dirname "$0")/../.." && pwd)
repo="$work/repo"
export TURBO_TELEMETRY_DISABLED=1 TURBO_UI=false FORCE_COLOR=0 CI=true

echo "publish: copying the workspace to $repo"
rm -rf "$repo" && mkdir -p "$repo"
# Tracked files plus untracked, non-ignored ones: a fresh clone's content with the work in progress.
(cd "$root" && git ls-files -z --cached --others --exclude-standard) |
  (cd "$root" && tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$repo"
rm -rf "$repo/.changeset/"*rehearsal*.md

cd "$repo"
git init -q -b main
git -c user.name=rehearsal -c user.email=rehearsal@127.0.0.1 add -A
git -c user.name=rehearsal -c user.email=rehearsal@127.0.0.1 commit -qm "rehearsal: workspace snapshot"

echo "publish: pnpm install (from the lockfile, store first)"
pnpm install --frozen-lockfile --prefer-offline --reporter=silent

# One changeset naming every public package: the rehearsal releases them all. Pending changesets
# already in the repository are released with it, as they would be for real.
public=$(node -e '
  const fs = require("node:fs");
  for (const d of fs.readdirSync("packages")) {
    const p = JSON.parse(fs.readFileSync(`packages/${d}/package.json`, "utf8"));
    if (!p.private) console.log(p.name);
  }')
{
  echo "---"
  for name in $public; do echo "\"$name\": minor"; done
  echo "---"
  echo
  echo "Release rehearsal: every public package, published to a local registry."
} > .changeset/release-rehearsal.md
git -c user.name=rehearsal -c user.email=rehearsal@127.0.0.1 add -A
git -c user.name=rehearsal -c user.email=rehearsal@127.0.0.1 commit -qm "rehearsal: changeset"

# Versions before the bump: each public package must come out of version-packages with a new one.
before=$(node -e 'const fs=require("node:fs");for(const d of fs.readdirSync("packages")){const p=JSON.parse(fs.readFileSync(`packages/${d}/package.json`,"utf8"));console.log(`${p.name}@${p.version}`)}')

echo "publish: pnpm version-packages"
pnpm -s version-packages
for name in $public; do
  dir=$(node -e 'const fs=require("node:fs");for(const d of fs.readdirSync("packages")){const p=JSON.parse(fs.readFileSync(`packages/${d}/package.json`,"utf8"));if(p.name===process.argv[1])console.log(d)}' "$name")
  version=$(node -p "require('./packages/$dir/package.json').version")
  ! grep -qxF "$name@$version" <<<"$before" || { echo "publish: $name was not versioned (still $version)" >&2; exit 1; }
  grep -q "## $version" "packages/$dir/CHANGELOG.md" || { echo "publish: no CHANGELOG entry for $name@$version" >&2; exit 1; }
  echo "publish:   $name@$version (CHANGELOG.md updated)"
done
git -c user.name=rehearsal -c user.email=rehearsal@127.0.0.1 add -A
git -c user.name=rehearsal -c user.email=rehearsal@127.0.0.1 commit -qm "rehearsal: version packages"

# Point the @org scope, and for `pnpm release` every publish, at the local registry. Verdaccio
# accepts any token; npm and pnpm refuse to publish without one.
host=${registry#http://}
{
  echo "@org:registry=$registry"
  echo "//${host%/}/:_authToken=rehearsal-not-a-secret"
} >> .npmrc

echo "publish: pnpm release → $registry (build log: $work/release.log)"
# The build's output goes to the log; changesets' own lines (🦋) are shown, all of it on failure.
if ! npm_config_registry="$registry" pnpm -s release > "$work/release.log" 2>&1; then
  tail -n 60 "$work/release.log"
  echo "publish: pnpm release failed" >&2
  exit 1
fi
grep -E '🦋' "$work/release.log" | grep -vE 'npm info|Received 404|is being published because' || true

echo "publish: checking the published manifests"
node "$root/scripts/release/check-published.mjs" "$registry" "$repo"
