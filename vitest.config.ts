import { defineConfig } from "vitest/config";

// Root-level tests cover the repository tooling in scripts/ (generation loop, packaging).
// Package tests run per package through turbo (`pnpm test:unit`).
export default defineConfig({
  test: {
    include: ["scripts/test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
