import { defineConfig } from "vitest/config";

// For `pnpm test:mutation -- unified-normalizers`: only the normalizer tests, which start no
// server, so Stryker can afford to run them once per mutant (the full unified run is hours on two
// cores; see stryker/README.md).
export default defineConfig({
  test: {
    include: ["test/normalize-*.test.ts", "test/chatwoot-file-names.test.ts", "test/hostile.test.ts"],
  },
});
