import { defineConfig } from "vitest/config";

// Package-local config, so the repository-root vitest.config.ts (tooling tests) is not picked up.
// Type-only tests are checked by the compiler under `--typecheck`, not run, and the summary counts
// them as type tests (*.test-d.ts).
const TYPE_TESTS = ["test/**/*.test-d.ts"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: process.env["STRYKER"] === undefined, include: TYPE_TESTS, tsconfig: "./tsconfig.json" },
  },
});
