#!/usr/bin/env node
/**
 * Size and tree-shaking budgets for what a browser app bundles from the built packages.
 *
 *     node scripts/release/budgets.mjs [--from <dir>] [--markdown <file>]
 *
 * Each entry below is a tiny app bundled by esbuild (bundle, minify, ESM, platform browser) with
 * all its dependencies (@org/runtime, openapi-fetch, …), then gzipped (node:zlib, level 9).
 * Packages resolve from <dir> (default: the workspace root, whose node_modules links the built
 * packages/*; pass a consumer directory to measure an npm install instead). 1 kB = 1000 bytes.
 *
 * Tree shaking is checked on the bundles' contents, not on their size: a bundle that uses one
 * vendor must contain none of the strings that only the other vendors' code has (their default
 * base URLs and the path templates of their unified adapters), and must contain its own vendor's
 * (so the markers are real).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const { values } = parseArgs({ options: { from: { type: "string" }, markdown: { type: "string" } } });
const from = resolve(values.from ?? root);

/**
 * Strings that only one vendor's code has: its default base URL (in the vendor client) and a path
 * template its @org/unified adapter calls (paths live in the adapters; the clients' paths are types).
 */
const MARKERS = {
  "5chat": { client: "api.5chat.io", adapter: "/conversations/{token}" },
  livechatai: { client: "app.livechatai.com", adapter: "/conversations/{conversationId}" },
  chatwoot: { client: "app.chatwoot.com", adapter: "/public/api/v1/inboxes/{inbox_identifier}" },
};
const ALL = Object.keys(MARKERS);

/**
 * The apps measured: name, `budget` (the target in bytes gzipped, from the issue that set the
 * budgets), `limit` (what this check enforces), the vendors whose code must be in it, and code.
 *
 * Where the target is not met yet, `limit` is a ratchet a little above today's size: a change
 * that grows the bundle fails the run, and the table prints every target miss. The vendor
 * clients carry openapi-fetch (~2.6 kB gz) plus the runtime's retries, timeouts, redirects,
 * redaction and typed errors (~5.5 kB gz); see the README's "Bundle size" section. Lower a limit
 * whenever a change shrinks a bundle; never raise one without saying why in the commit.
 */
const ENTRIES = [
  {
    name: "@org/5chat client",
    budget: 5000,
    limit: 11100,
    vendors: ["5chat"],
    code: `import { createFiveChatClient } from "@org/5chat";\nexport const client = createFiveChatClient({ apiKey: "k" });`,
  },
  {
    name: "@org/livechatai client",
    budget: 5000,
    limit: 11100,
    vendors: ["livechatai"],
    code: `import { createLiveChatAiClient } from "@org/livechatai";\nexport const client = createLiveChatAiClient({ apiKey: "k" });`,
  },
  {
    name: "@org/chatwoot client",
    budget: 5000,
    limit: 11100,
    vendors: ["chatwoot"],
    code: `import { createChatwootClient } from "@org/chatwoot";\nexport const client = createChatwootClient({ baseUrl: "https://chat.example.com" });`,
  },
  {
    name: "@org/unified, Chatwoot only",
    budget: 9000,
    limit: 14600,
    vendors: ["chatwoot"],
    code: `import { createUnifiedClient } from "@org/unified/chatwoot";\nexport const sdk = createUnifiedClient({ chatwoot: { baseUrl: "https://chat.example.com" } });`,
  },
  {
    name: "@org/unified, 5chat only",
    budget: 9000,
    limit: 13900,
    vendors: ["5chat"],
    code: `import { createUnifiedClient } from "@org/unified/5chat";\nexport const sdk = createUnifiedClient({ "5chat": { apiKey: "k" } });`,
  },
  {
    name: "@org/unified, LiveChatAI only",
    budget: 9000,
    limit: 13900,
    vendors: ["livechatai"],
    code: `import { createUnifiedClient } from "@org/unified/livechatai";\nexport const sdk = createUnifiedClient({ livechatai: { apiKey: "k" } });`,
  },
  {
    name: "@org/unified, all three",
    budget: 14000,
    limit: 16200,
    vendors: ALL,
    code: `import { createUnifiedClient } from "@org/unified";\nexport const sdk = createUnifiedClient({ "5chat": { apiKey: "k" }, livechatai: { apiKey: "k" }, chatwoot: {} });`,
  },
];

/** Minified bytes per package in a bundle, largest first: where the size comes from. */
function byPackage(inputs) {
  const sizes = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const inModules = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
    const name = inModules ?? (/packages\/([^/]+)\//.exec(path) ? `@org/${/packages\/([^/]+)\//.exec(path)[1]}` : "app");
    sizes.set(name, (sizes.get(name) ?? 0) + bytesInOutput);
  }
  return [...sizes].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
}

const rows = [];
const problems = [];
const misses = [];
for (const entry of ENTRIES) {
  let text;
  let composition;
  try {
    const result = await build({
      stdin: { contents: entry.code, resolveDir: from, sourcefile: "app.js", loader: "js" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    text = result.outputFiles[0].text;
    composition = byPackage(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
  } catch (error) {
    problems.push(`${entry.name}: esbuild failed: ${error instanceof Error ? error.message : String(error)}`);
    continue;
  }
  const minified = Buffer.byteLength(text);
  const gzipped = gzipSync(text, { level: 9 }).length;
  if (gzipped > entry.limit) problems.push(`${entry.name}: ${gzipped} B gzipped is over its enforced limit of ${entry.limit} B (target ${entry.budget} B)`);
  else if (gzipped > entry.budget) misses.push(`${entry.name}: ${gzipped} B gzipped, target ${entry.budget} B (enforced limit ${entry.limit} B)`);
  for (const vendor of ALL) {
    const found = Object.values(MARKERS[vendor]).filter((m) => text.includes(m));
    if (entry.vendors.includes(vendor) && !text.includes(MARKERS[vendor].client)) {
      problems.push(`${entry.name}: lacks the ${vendor} code it uses (marker ${MARKERS[vendor].client} not found)`);
    }
    // The metafile agrees: no byte of an unused vendor's package is in the output.
    const unusedPackage = !entry.vendors.includes(vendor) && composition.find(([name]) => name === `@org/${vendor}`);
    if (unusedPackage) problems.push(`${entry.name}: bundles ${unusedPackage[1]} bytes of @org/${vendor}, which it does not use`);
    if (!entry.vendors.includes(vendor) && found.length > 0) {
      problems.push(`${entry.name}: contains ${vendor} code it does not use (found ${found.join(", ")}): not tree-shaken`);
    }
  }
  rows.push({ ...entry, minified, gzipped, composition });
}

const kB = (n) => `${(n / 1000).toFixed(2)} kB`;
const table = [
  "| bundle (esbuild, minified, ESM, browser) | minified | gzipped | target | enforced limit | minified, by package |",
  "| --- | ---: | ---: | ---: | ---: | --- |",
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kB(r.minified)} | ${kB(r.gzipped)} | ${kB(r.budget)}${r.gzipped > r.budget ? " (missed)" : ""} | ${kB(r.limit)} | ${r.composition.map(([n, b]) => `${n} ${kB(b)}`).join(", ")} |`,
  ),
].join("\n");
console.log(table);
if (values.markdown !== undefined) {
  mkdirSync(dirname(resolve(values.markdown)), { recursive: true });
  writeFileSync(resolve(values.markdown), table + "\n");
}
for (const m of misses) console.log(`budgets: target missed: ${m}`);
if (problems.length > 0) {
  for (const p of problems) console.error(`budgets: FAIL: ${p}`);
  process.exit(1);
}
console.log(
  `budgets: ok (${rows.length} bundles within their enforced limits, ${rows.length - misses.length} within target; single-vendor bundles hold no other vendor's code)`,
);
