import { defineConfig } from "vitest/config";

// Package-local config. The tests spawn the built binary (dist/cli.js): turbo builds it first
// (this package's turbo.json), or run `pnpm --filter @org/cli build`.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
