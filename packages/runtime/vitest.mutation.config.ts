import { defineConfig } from "vitest/config";

// For `pnpm test:mutation runtime`: every run-time test of the runtime (since runtime 2.0 the
// timeout and redaction tests run on fake time, so none is left out). Type-only tests (*.test-d.ts)
// are the compiler's business.
// - isolate: false: one worker keeps its module cache from one test file (and one mutant) to the
//   next instead of loading the sources again for each (as packages/unified does). The suite passes
//   this way (`STRYKER=1 vitest run -c vitest.mutation.config.ts --maxWorkers=1`: 440 tests, 14 s).
//   The tests that need a fresh copy of the package (errors.test.ts, error-family.test.ts) take one
//   with vi.resetModules().
// - testTimeout 20 s: instrumented code on two shared cores; a hanging mutant is still reported by
//   Stryker's own timeout, which counts as detected.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    isolate: false,
    testTimeout: 20_000,
    typecheck: { enabled: false },
  },
});
