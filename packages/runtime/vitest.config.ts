import { defineConfig } from "vitest/config";

// Package-local config, so the repository-root vitest.config.ts (tooling tests) is not picked up.
// Type-only tests are checked by the compiler under `--typecheck`, not run, and the summary counts
// them as type tests: *.test-d.ts, and typed-results.test.ts until it is renamed to that.
const TYPE_TESTS = ["test/**/*.test-d.ts", "test/typed-results.test.ts"];

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...TYPE_TESTS],
    typecheck: { enabled: process.env["STRYKER"] === undefined, include: TYPE_TESTS, tsconfig: "./tsconfig.json" },
  },
});
