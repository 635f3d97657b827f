#!/usr/bin/env bash
# Release rehearsal and consumer proof: one step of the test command (scripts/test-all.sh), run
# after the build. Everything happens on 127.0.0.1 and in scratch directories outside the
# workspace; nothing is published anywhere but a throwaway local registry.
#
#   1. tools      Debian's Chromium (apt-get, once), and the pinned npm tools: verdaccio, node 22,
#                 node 24, bun, deno (scripts/release/tools.json, cached in .tmp/tools/)
#   2. budgets    size and tree-shaking budgets of browser bundles of the built packages
#   3. registry   start Verdaccio on 127.0.0.1 (stopped again on exit, whatever happens)
#   4. publish    changeset → pnpm version-packages → pnpm release, on a copy of the workspace
#   5. install    npm install @org/chatwoot alone, @org/unified, @org/mock-server and @org/cli from
#                 that registry; the installed `conversations` runs --help and exports from the
#                 installed test kit's mocks (scripts/release/cli-smoke.mjs)
#   6. smoke      the consumer smoke matrix: tsc (node16, bundler), ESM, CJS and TypeScript on
#                 Node 20/22/24, Bun and Deno
#   7. browser    headless Chromium runs a bundle of @org/unified against the Chatwoot mock
#
# Artifacts (git-ignored) in artifacts/: browser-smoke.png, bundle-sizes.md, smoke-results.json.
# Set KEEP_RELEASE_WORK=1 to keep the scratch directory for a look afterwards.
# Ends with a summary line; exits 1 if any step failed. A step is SKIPPED only when what it needs
# cannot be installed here (the reason is printed); a runtime that cannot install is skipped
# inside the smoke matrix the same way.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export TURBO_TELEMETRY_DISABLED=1 TURBO_UI=false NO_COLOR=1
unset FORCE_COLOR

work=$(mktemp -d "${TMPDIR:-/tmp}/org-release-XXXXXX")
state="$work/registry"
artifacts="$root/artifacts"
mkdir -p "$artifacts"

cleanup() {
  node scripts/release/registry.mjs stop "$state" 2>/dev/null || true
  if [ "${KEEP_RELEASE_WORK:-}" = 1 ]; then echo "release: scratch directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

declare -a names=() statuses=() seconds=()
# step NAME COMMAND...: run, time and record it. Exit code 2 from a step means "skipped".
step() {
  local name=$1
  shift
  printf '\n--- release: %s\n' "$name"
  local started=$SECONDS status
  "$@"
  case $? in
    0) status=PASS ;;
    2) status=SKIP ;;
    *) status=FAIL ;;
  esac
  names+=("$name") statuses+=("$status") seconds+=($((SECONDS - started)))
  echo "--- release: $name: $status ($((SECONDS - started)) s)"
  [ "$status" != FAIL ]
}
# not_run NAME REASON: record a step that could not run because an earlier one failed.
not_run() {
  printf '\n--- release: %s: FAIL (not run: %s)\n' "$1" "$2"
  names+=("$1") statuses+=(FAIL) seconds+=(0)
}

install_tools() {
  local failed=0 pids=() tool
  bash scripts/release/install-chromium.sh || [ $? -eq 2 ] || failed=1
  # npm installs in parallel; each prints the binary's path, or why it is unavailable (the smoke
  # matrix then skips that runtime and says why; the registry step fails without verdaccio).
  for tool in verdaccio node22 node24 bun deno; do
    node scripts/release/install-tool.mjs "$tool" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid" || true; done
  return $failed
}

start_registry() {
  node scripts/release/registry.mjs start "$state"
}

step "tools" install_tools
step "budgets" node scripts/release/budgets.mjs --markdown "$artifacts/bundle-sizes.md"
if step "registry" start_registry; then
  registry=$(cat "$state/url")
  if step "publish" bash scripts/release/publish.sh "$registry" "$work" &&
    step "install" node scripts/release/install-consumers.mjs "$registry" "$work"; then
    step "smoke" node scripts/smoke/run-matrix.mjs "$work/consumer-unified" "$work/consumer-chatwoot"
    cp "$work/consumer-unified/smoke-results.json" "$artifacts/smoke-results.json" 2>/dev/null
    step "browser" node scripts/smoke/browser.mjs "$work/consumer-unified" "$artifacts/browser-smoke.png"
  else
    [ "${statuses[-1]}" = FAIL ] && [ "${names[-1]}" = publish ] && not_run install "publish failed"
    not_run smoke "no consumer install"
    not_run browser "no consumer install"
  fi
  node scripts/release/registry.mjs stop "$state"
else
  for s in publish install smoke browser; do not_run "$s" "the registry did not start"; done
fi

printf '\n=== release rehearsal and consumer proof\n'
passed=0 failed=0 skipped=0
for i in "${!names[@]}"; do
  printf '  %-9s %-4s %4s s\n' "${names[$i]}" "${statuses[$i]}" "${seconds[$i]}"
  case ${statuses[$i]} in PASS) passed=$((passed + 1)) ;; FAIL) failed=$((failed + 1)) ;; SKIP) skipped=$((skipped + 1)) ;; esac
done
echo "release: $passed passed, $failed failed, $skipped skipped"
# Counted in the suite's closing line (scripts/test-summary.mjs reads vitest-shaped JSON).
mkdir -p .tmp/vitest
printf '{"numPassedTests":%d,"numFailedTests":%d,"numPendingTests":%d}\n' "$passed" "$failed" "$skipped" >.tmp/vitest/release.json
[ "$failed" -eq 0 ]
