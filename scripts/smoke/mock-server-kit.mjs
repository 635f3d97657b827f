#!/usr/bin/env node
/**
 * Consumer smoke of the published test kit: in a directory where `npm install @org/mock-server`
 * ran (outside the workspace), start a mock vendor with `startMockVendors` from ESM and from
 * CommonJS, call it over HTTP, and check requests are recorded and a bad request is reported.
 * The specs must come from the installed package (dist/specs), not from this repository.
 *
 *     node scripts/smoke/mock-server-kit.mjs <consumer-dir>
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const [dirArg] = process.argv.slice(2);
if (dirArg === undefined) {
  console.error("usage: mock-server-kit.mjs <consumer-dir>");
  process.exit(1);
}
const app = resolve(dirArg);

const body = `
  const mocks = await startMockVendors({ vendors: ["5chat"] });
  try {
    const ok = await fetch(mocks.baseUrls["5chat"] + "/conversations", { headers: { authorization: "Bearer t" } });
    const page = await ok.json();
    if (ok.status !== 200 || !Array.isArray(page.data)) throw new Error("GET /conversations: " + ok.status);
    mocks.assertNoViolations();
    const bad = await fetch(mocks.baseUrls["5chat"] + "/conversations?page=x", { headers: { authorization: "Bearer t" } });
    if (bad.status !== 400 || mocks.violations().length !== 1) throw new Error("a bad request was not reported");
    if (mocks.requests().length !== 2) throw new Error("requests were not recorded");
    console.log("ok " + page.data.length + " conversations");
  } finally {
    await mocks.close();
  }`;
writeFileSync(join(app, "kit.mjs"), `import { startMockVendors } from "@org/mock-server";\n${body}\n`);
writeFileSync(join(app, "kit.cjs"), `const { startMockVendors } = require("@org/mock-server");\n(async () => {${body}\n})().catch((e) => { console.error(e); process.exit(1); });\n`);

let failed = false;
for (const file of ["kit.mjs", "kit.cjs"]) {
  try {
    const out = execFileSync(process.execPath, [file], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 }).trim();
    console.log(`mock-server kit: ${file}: ${out}`);
  } catch (error) {
    failed = true;
    console.error(`mock-server kit: ${file}: FAIL: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
