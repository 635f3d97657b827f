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

step "eslint (type-aware)"
pnpm -s lint

step "build and typecheck (turbo)"
pnpm -s exec turbo run build typecheck --output-logs=errors-only

step "package tests (turbo, vitest)"
pnpm -s exec turbo run test --output-logs=new-only --concurrency=1 -- --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json

step "repository tooling tests: generation loop, packed tarballs"
pnpm -s exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest/root.json

step "summary"
node scripts/test-summary.mjs .tmp/vitest/root.json packages/*/.tmp/vitest.json
