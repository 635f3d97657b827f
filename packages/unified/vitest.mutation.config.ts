import { defineConfig } from "vitest/config";

// For `pnpm test:mutation unified` (and its slices): every run-time test of the package, with the
// settings below that make one mutant's run cheap without changing what a test can observe. Each
// setting and its measured effect is in stryker/README.md.
// - test/mutation-setup.ts: fast-check capped at 25 runs per property without shrinking, and the
//   vendor specs' YAML parsed once (cached as JSON) instead of once per test file per mutant.
// - isolate: false: one worker keeps its module cache from one test file (and one mutant) to the
//   next instead of loading vitest, the sources and the mock server again for each. The suite
//   passes this way (`STRYKER=1 vitest run -c vitest.mutation.config.ts --maxWorkers=1`: 243 tests,
//   33 s against 57 s isolated). The sources keep no module-level state a mutant could leave behind.
// - testTimeout 8 s (5 s in the normal suite): instrumented code on two cores shared by eight
//   sessions ran events-poller's first test past 5 s in Stryker's initial run, which then stops.
//   It stays below Stryker's own timeout (1.5 × the tests' time + 10 s), so a mutant that hangs
//   a test fails that test (killed) instead of timing out: a Stryker timeout also restarts the
//   worker, ~30 s each under load (20 s here cost 11 timeouts in the first 8 minutes of a slice).
// events-redis.test.ts is included: it starts a real redis-server (scripts/services/redis.sh
// installs it); without one it skips, and src/stores/redis.ts then counts as not covered.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/mutation-setup.ts"],
    isolate: false,
    testTimeout: 8_000,
    typecheck: { enabled: false },
  },
});
