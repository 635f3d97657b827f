/**
 * The published build of the test kit: Node-only (node:http, node:fs), ESM + CommonJS with `.d.ts`,
 * and a copy of the vendor specs in dist/specs/ (src/load-spec.ts looks there first). Inside the
 * repository the package's `exports` point at src/ instead, so tests, the demo and the bench
 * run from source and always read the repository's own specs/ (publishConfig swaps in dist/).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts", "src/contract-coverage.ts"],
  format: ["esm", "cjs"],
  platform: "node",
  target: "node20",
  dts: { sourcemap: true },
  sourcemap: true,
  // import.meta.url (where the specs are) in the CommonJS build.
  shims: true,
  clean: true,
  // .js/.d.ts for ESM (the package is "type": "module"), .cjs/.d.cts for CommonJS.
  fixedExtension: false,
  copy: [{ from: "../../specs/*.yaml", to: "dist/specs" }],
  hooks: {
    // src/cli.ts starts with `#!/usr/bin/env tsx` (it is TypeScript, run from the workspace);
    // the built CLI is JavaScript, run by node wherever the package is installed.
    "build:done": () => {
      for (const file of ["dist/cli.js", "dist/cli.cjs"]) {
        if (existsSync(file)) writeFileSync(file, readFileSync(file, "utf8").replace(/^#!.*\n/, "#!/usr/bin/env node\n"));
      }
    },
  },
});
