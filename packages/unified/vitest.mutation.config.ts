import { defineConfig } from "vitest/config";

// For `pnpm test:mutation -- unified-normalizers`: the normalizer tests that start no server and
// run no property search (fast-check's 300 runs per mutant make every mutant a timeout), so
// Stryker can afford to run them once per mutant. The full unified run is hours on two cores
// (see stryker/README.md).
export default defineConfig({
  test: {
    include: ["test/normalize-fixtures.test.ts", "test/normalize-chatwoot.test.ts", "test/chatwoot-file-names.test.ts"],
  },
});
