import { defineConfig } from "vitest/config";

// Package-local config, so vitest does not pick up the repository root's.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
