import { defineConfig } from "vitest/config";

// For `pnpm test:mutation -- runtime`: the runtime's tests minus the two that still wait on real
// timers (timeouts.test.ts, redaction.test.ts's backoff; issue 18, being rewritten with fake
// timers in issue 19). Under Stryker's load their real-time margins fail the initial run. Drop
// this file once they use fake time.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "test/timeouts.test.ts", "test/redaction.test.ts"],
  },
});
