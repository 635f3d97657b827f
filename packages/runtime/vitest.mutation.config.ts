import { defineConfig } from "vitest/config";

// For `pnpm test:mutation runtime`: every run-time test of the runtime. Since runtime 2.0 the
// timeout and redaction tests run on fake time, so none is left out any more; type-only tests
// (*.test-d.ts) are the compiler's business and are not run under Stryker.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
