#!/usr/bin/env node
// Generate TypeScript types from the hand-written OpenAPI specs.
//
//   node scripts/generate.mjs [vendor...]          write packages/<vendor>/src/generated/schema.ts
//   node scripts/generate.mjs --check [vendor...]  exit 1 and name every stale file instead of writing
//
// This file is also the generator configuration: the openapi-typescript options below are the only
// knobs, and turbo lists this file as an input of every `generate` task, so changing an option
// invalidates the cache.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Vendor id → spec file and target package. Adding a vendor starts here (see CONTRIBUTING.md). */
export const VENDORS = {
  "5chat": { spec: "specs/5chat.yaml", out: "packages/5chat/src/generated/schema.ts" },
  livechatai: { spec: "specs/livechatai.yaml", out: "packages/livechatai/src/generated/schema.ts" },
  chatwoot: { spec: "specs/chatwoot.yaml", out: "packages/chatwoot/src/generated/schema.ts" },
};

/** openapi-typescript options shared by every vendor. */
const OPTIONS = {
  // Keep spec order so diffs of generated code follow diffs of the spec.
  alphabetize: false,
  // Our specs use 3.1 `examples` and `x-mock-match`; neither affects types.
  additionalProperties: false,
  // `components["schemas"]["X"]` stays the canonical name; packages export readable aliases.
  rootTypes: false,
  // Required properties with defaults are still optional for callers.
  defaultNonNullable: false,
};

/**
 * Generate the source text for one vendor. Pure: reads the spec from `specPath` and returns text.
 * @param {string} vendor
 * @param {string} specPath absolute path of the spec to read
 * @returns {Promise<string>}
 */
export async function generateSource(vendor, specPath) {
  const ast = await openapiTS(pathToFileURL(specPath), OPTIONS);
  const header =
    "/**\n" +
    ` * GENERATED FILE — DO NOT EDIT BY HAND.\n` +
    ` * Source: specs/${vendor}.yaml, by scripts/generate.mjs (openapi-typescript).\n` +
    " * Change the spec and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.\n" +
    " */\n\n";
  return header + astToString(ast);
}

async function main(argv) {
  const check = argv.includes("--check");
  const names = argv.filter((a) => !a.startsWith("--"));
  const vendors = names.length > 0 ? names : Object.keys(VENDORS);
  const stale = [];
  for (const vendor of vendors) {
    const target = VENDORS[vendor];
    if (!target) throw new Error(`unknown vendor "${vendor}"; known: ${Object.keys(VENDORS).join(", ")}`);
    const text = await generateSource(vendor, join(root, target.spec));
    const out = join(root, target.out);
    const current = existsSync(out) ? readFileSync(out, "utf8") : null;
    if (check) {
      if (current !== text) stale.push(relative(root, out));
    } else if (current !== text) {
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
      console.log(`generate: wrote ${relative(root, out)}`);
    } else {
      console.log(`generate: ${relative(root, out)} is up to date`);
    }
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `generate:check: these generated files differ from what the specs produce:\n${stale.map((f) => `  - ${f}`).join("\n")}\n` +
          "Run `pnpm generate` and commit the result.",
      );
      process.exit(1);
    }
    console.log(`generate:check: ${vendors.length} generated file(s) match their specs`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
