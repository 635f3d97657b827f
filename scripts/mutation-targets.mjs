/**
 * What `pnpm test:mutation` mutates (scripts/mutation.mjs): each target's package, globs and vitest
 * config, and the slices a long target runs in. Separate from the driver so tests can import it.
 */

/** The unified core files that hold the model and its readers (one slice). */
const CORE_MODEL = ["src/model.ts", "src/normalize.ts", "src/cursor.ts", "src/pagination.ts", "src/caller-input.ts", "src/tolerant-read.ts", "src/response-shape.ts"];

/** Target → package dir and the globs it mutates (relative to the package). */
export const TARGETS = {
  runtime: { dir: "packages/runtime", mutate: ["src/**/*.ts", "!src/index.ts"], vitestConfig: "vitest.mutation.config.ts" },
  unified: {
    dir: "packages/unified",
    mutate: ["src/**/*.ts", "!src/index.ts", "!src/**/index.ts"],
    vitestConfig: "vitest.mutation.config.ts",
    // The whole package is ~4,200 mutants: too long for one sitting on two shared cores, so it runs
    // as these slices (each with its own report and incremental file), merged by mutation-merge.mjs.
    // Together they cover exactly `mutate` (scripts/test/mutation-slices.test.ts checks it).
    slices: {
      "core-model": CORE_MODEL,
      "core-client": ["src/*.ts", ...CORE_MODEL.map((g) => `!${g}`)],
      chatwoot: ["src/adapters/chatwoot/**/*.ts"],
      adapters: ["src/adapters/*.ts", "src/adapters/5chat/**/*.ts"],
      livechatai: ["src/adapters/livechatai/**/*.ts"],
      events: ["src/events/**/*.ts", "src/stores/**/*.ts"],
      "webhooks-bots": ["src/webhooks/**/*.ts", "src/bots/**/*.ts"],
    },
  },
  "chatwoot-webhooks": { dir: "packages/chatwoot", mutate: ["src/webhooks/**/*.ts", "!src/webhooks/index.ts"] },
  // The Chatwoot normalizer alone (the slice worked on in session 4), with the package's mutation config.
  "unified-normalizers": { dir: "packages/unified", mutate: ["src/adapters/chatwoot/normalizer.ts"], vitestConfig: "vitest.mutation.config.ts", only: true },
};

/** Does `file` (relative to the package) fall under the target's globs? Only the shapes used above. */
export function matches(file, globs) {
  // `**/` first, through a placeholder, so that the `*` of its `.*` is not turned into `[^/]*`.
  const re = (g) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\//g, "\0").replace(/\*/g, "[^/]*").replaceAll("\0", "(?:.*/)?")}$`);
  return globs.some((g) => !g.startsWith("!") && re(g).test(file)) && !globs.some((g) => g.startsWith("!") && re(g.slice(1)).test(file));
}
