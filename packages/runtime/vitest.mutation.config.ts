import { defineConfig } from "vitest/config";

// For `pnpm test:mutation -- runtime`: the runtime's tests minus timeouts.test.ts and
// redaction.test.ts, which failed Stryker's initial run under load while they still waited on real
// timers. Runtime 2.0 moved both to fake time; drop this file once a Stryker run with them passes.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/timeouts.test.ts", "test/redaction.test.ts"],
  },
});
