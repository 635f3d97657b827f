#!/usr/bin/env node
// Generate the vendor packages' code from the hand-written OpenAPI specs and the vendor table.
//
//   node scripts/generate.mjs [target...]          write the targets' files
//   node scripts/generate.mjs --check [target...]  exit 1 and name every stale file instead of writing
//
// Targets: a vendor id from vendors.json, writing packages/<vendor>/src/generated/
//   schema.ts  (openapi-typescript: paths, components, operations)
//   types.ts   (a readable alias for every schema and every operation's query; scripts/generate/types-source.mjs)
//   client.ts  (base URL, options, factory; scripts/generate/client-source.mjs)
// and `vendor-list`, writing packages/mock-server/src/generated/vendors.ts (the vendor ids as a
// typed tuple for TypeScript tools). No target: all of them.
//
// This file is also the generator configuration: the openapi-typescript options below are the only
// knobs, and turbo lists scripts/generate/** and vendors.json as inputs of every `generate` task.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { clientSource } from "./generate/client-source.mjs";
import { readSpec } from "./generate/spec-facts.mjs";
import { typesSource } from "./generate/types-source.mjs";
import { ROOT, VENDOR_IDS, VENDOR_TABLE, vendorRow } from "./vendors.mjs";

const root = ROOT;

/** Vendor id → spec file and generated schema file (derived from vendors.json). */
export const VENDORS = Object.fromEntries(
  VENDOR_TABLE.map((v) => [v.id, { spec: v.spec, out: `${v.dir}/src/generated/schema.ts` }]),
);

/** The target that writes the typed vendor list for the TypeScript tools. */
export const VENDOR_LIST_TARGET = "vendor-list";
const VENDOR_LIST_OUT = "packages/mock-server/src/generated/vendors.ts";

/** openapi-typescript options shared by every vendor. */
const OPTIONS = {
  // Keep spec order so diffs of generated code follow diffs of the spec.
  alphabetize: false,
  // Our specs use 3.1 `examples` and `x-mock-match`; neither affects types.
  additionalProperties: false,
  // `components["schemas"]["X"]` stays the canonical name; types.ts holds the readable aliases.
  rootTypes: false,
  // Required properties with defaults are still optional for callers.
  defaultNonNullable: false,
};

function header(source) {
  return (
    "/**\n" +
    ` * GENERATED FILE — DO NOT EDIT BY HAND.\n` +
    ` * Source: ${source}, by scripts/generate.mjs.\n` +
    " * Change the source and run `pnpm generate`; `pnpm generate:check` fails when this file is stale.\n" +
    " */\n\n"
  );
}

/**
 * The openapi-typescript output for one vendor. Pure: reads the spec from `specPath` and returns text.
 * @param {string} vendor
 * @param {string} specPath absolute path of the spec to read
 * @returns {Promise<string>}
 */
export async function generateSource(vendor, specPath) {
  const ast = await openapiTS(pathToFileURL(specPath), OPTIONS);
  return header(`specs/${vendor}.yaml (openapi-typescript)`) + astToString(ast);
}

/**
 * Every generated file of one vendor package, keyed by file name inside `src/generated/`.
 * Pure: reads the spec from `specPath` (a copy works) and returns text.
 * @param {string} vendor a vendor id of vendors.json
 * @param {string} specPath absolute path of the spec to read
 * @returns {Promise<Record<string, string>>}
 */
export async function generateVendorFiles(vendor, specPath) {
  const row = vendorRow(vendor);
  const spec = readSpec(specPath);
  return {
    "schema.ts": await generateSource(vendor, specPath),
    "types.ts": header(`specs/${vendor}.yaml (schemas and operations)`) + `/** Readable aliases for the generated ${row.name} types. */\n` + typesSource(row, spec, root),
    "client.ts": header(`specs/${vendor}.yaml (servers, securitySchemes) and vendors.json`) + clientSource(row, spec),
  };
}

/** The typed vendor list module. */
export function vendorListSource() {
  return (
    header("vendors.json") +
    "/** The vendors of vendors.json, in table order; `specs/<vendor>.yaml` is each one's OpenAPI document. */\n" +
    `export const VENDORS = [${VENDOR_IDS.map((id) => JSON.stringify(id)).join(", ")}] as const;\n`
  );
}

/** Target → { path relative to the root: text }. */
async function filesOf(target) {
  if (target === VENDOR_LIST_TARGET) return { [VENDOR_LIST_OUT]: vendorListSource() };
  const row = vendorRow(target);
  const files = await generateVendorFiles(target, join(root, row.spec));
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`${row.dir}/src/generated/${name}`, text]));
}

async function main(argv) {
  const check = argv.includes("--check");
  const names = argv.filter((a) => !a.startsWith("--"));
  const targets = names.length > 0 ? names : [...VENDOR_IDS, VENDOR_LIST_TARGET];
  const stale = [];
  let count = 0;
  for (const target of targets) {
    for (const [file, text] of Object.entries(await filesOf(target))) {
      count++;
      const out = join(root, file);
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
  }
  if (check) {
    if (stale.length > 0) {
      console.error(
        `generate:check: these generated files differ from what the specs produce:\n${stale.map((f) => `  - ${f}`).join("\n")}\n` +
          "Run `pnpm generate` and commit the result.",
      );
      process.exit(1);
    }
    console.log(`generate:check: ${count} generated file(s) match their sources`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
