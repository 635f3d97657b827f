/**
 * Section 7, bundle size: what a browser app bundles to call one operation (GET conversation) with
 * each variant, measured like scripts/release/budgets.mjs: esbuild (bundle, minify, ESM, platform
 * browser) with every dependency, then gzip level 9. 1 kB = 1000 bytes. The apps are tiny modules
 * written to bench/.peers/bundle-apps/ (the generated peers' imports are relative to them).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { VENDOR_TABLE } from "../../scripts/vendors.mjs";
import { ROOT } from "../child.ts";
import { CONVERSATION_EXAMPLES } from "../fixtures.ts";
import type { Vendor } from "@org/mock-server";
import { CONVERSATION_PATH_PARAMS } from "../variants.ts";
import { PEERS_DIR } from "./generate.ts";

export interface BundleRow {
  readonly vendor: string;
  readonly variant: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
}

export interface BundleResult {
  readonly rows: readonly BundleRow[];
}

/** The app for each variant: create the client (where there is one) and export one GET conversation call. */
function apps(vendor: Vendor, operationId: string): Record<string, string> {
  const row = VENDOR_TABLE.find((v) => v.id === vendor);
  if (row === undefined) throw new Error(`${vendor}: not in vendors.json`);
  const { path } = CONVERSATION_EXAMPLES[vendor];
  const params = JSON.stringify(CONVERSATION_PATH_PARAMS[vendor]);
  const rawUrl = path.replace(/\{([^}]+)\}/g, (_, name: string) => `\${encodeURIComponent(String(p.${name}))}`);
  return {
    "raw-fetch": `export const get = async (base, p) => (await fetch(\`\${base}${rawUrl}\`, { headers: { accept: "application/json" } })).json();`,
    "openapi-fetch": `import createClient from "openapi-fetch";\nconst client = createClient({ baseUrl: "https://example.com" });\nexport const get = () => client.GET(${JSON.stringify(path)}, { params: { path: ${params} } });`,
    "openapi-fetch+ky": `import createClient from "openapi-fetch";\nimport ky from "ky";\nconst api = ky.create({ retry: { limit: 2 }, timeout: 60000, throwHttpErrors: false });\nconst client = createClient({ baseUrl: "https://example.com", fetch: (r) => api(r) });\nexport const get = () => client.GET(${JSON.stringify(path)}, { params: { path: ${params} } });`,
    "hey-api": `import { client } from "../../hey-api/${vendor}/client.gen.ts";\nimport { ${operationId} } from "../../hey-api/${vendor}/sdk.gen.ts";\nclient.setConfig({ baseUrl: "https://example.com" });\nexport const get = () => ${operationId}({ path: ${params}, throwOnError: true });`,
    orval: `import { ${operationId} } from "../../orval/${vendor}/client.ts";\nexport const get = () => ${operationId}(${Object.values(CONVERSATION_PATH_PARAMS[vendor]).map((v) => JSON.stringify(v)).join(", ")});`,
    "vendor-client": `import { ${row.client.factory} } from "${row.package}";\nconst client = ${row.client.factory}({ baseUrl: "https://example.com" });\nexport const get = () => client.GET(${JSON.stringify(path)}, { params: { path: ${params} } });`,
  };
}

/**
 * Bundles every variant's one-operation app per vendor.
 * @param operationIds - each vendor's GET conversation operationId (the generated function name)
 */
export async function benchBundles(operationIds: Readonly<Record<Vendor, string>>, vendors: readonly Vendor[]): Promise<BundleResult> {
  const rows: BundleRow[] = [];
  for (const vendor of vendors) {
    const dir = join(PEERS_DIR, "bundle-apps", vendor);
    mkdirSync(dir, { recursive: true });
    for (const [variant, code] of Object.entries(apps(vendor, operationIds[vendor]))) {
      const entry = join(dir, `${variant}.ts`);
      writeFileSync(entry, `${code}\n`);
      const result = await build({
        entryPoints: [entry],
        absWorkingDir: ROOT,
        bundle: true,
        minify: true,
        format: "esm",
        platform: "browser",
        target: "es2022",
        write: false,
        logLevel: "silent",
      });
      const text = result.outputFiles[0]?.contents ?? new Uint8Array();
      rows.push({ vendor, variant, minifiedBytes: text.length, gzipBytes: gzipSync(text, { level: 9 }).length });
    }
  }
  return { rows };
}
