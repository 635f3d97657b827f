#!/usr/bin/env bash
# The whole test suite, as CI runs it (README: "Run every test"). Each step fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 FORCE_COLOR=0
export TURBO_UI=false

step() { printf '\n=== %s\n' "$*"; }

rm -rf .tmp/vitest packages/*/.tmp/vitest.json && mkdir -p .tmp/vitest

step "generated code is up to date with the specs"
pnpm -s generate:check

step "spec lint (Redocly, recommended rules)"
pnpm -s lint:specs

step "build (turbo: ESM + CJS + .d.ts)"
pnpm -s exec turbo run build --output-logs=errors-only

step "eslint (type-aware; after the build, since scripts import the built packages' types)"
pnpm -s lint

step "typecheck (turbo per package, then scripts/ and bench/)"
pnpm -s exec turbo run typecheck --output-logs=errors-only
pnpm -s exec tsc --noEmit -p tsconfig.json

step "services: redis-server for the Redis store tests (installed if missing)"
bash scripts/services/redis.sh

step "package tests (turbo, vitest)"
pnpm -s exec turbo run test --output-logs=new-only --concurrency=1 -- --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json

step "repository tooling tests: generation loop, packed tarballs, README code blocks, docs site in Chromium, examples against the mocks"
pnpm -s exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest/root.json

step "mutation testing, the slice this change touches (Stryker over source files changed since main; full run: pnpm test:mutation)"
pnpm -s test:mutation --changed --budget 30

step "release rehearsal and consumer proof (local registry, npm install, runtimes, browser, budgets)"
bash scripts/release/test-release.sh

step "summary"
# Every package with a test script must have written its report (a missing one fails the summary).
reports=()
for dir in packages/*/; do
  if node -e 'process.exit(JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8")).scripts?.test ? 0 : 1)' "${dir}package.json"; then
    reports+=("${dir}.tmp/vitest.json")
  fi
done
node scripts/test-summary.mjs .tmp/vitest/root.json .tmp/vitest/release.json "${reports[@]}"
