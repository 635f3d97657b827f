import { defineConfig } from "vitest/config";

// Package-local config, so the repository-root vitest.config.ts (tooling tests) is not picked up.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
