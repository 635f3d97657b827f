#!/usr/bin/env node
/**
 * Install the rehearsal's packages the way a user does: plain `npm install`, in empty scratch
 * directories outside the workspace, with the `@org` scope pointed at the local registry (every
 * other package comes from the machine's usual npm registry).
 *
 *     node scripts/release/install-consumers.mjs <registry-url> <work-dir>
 *
 * - <work-dir>/consumer-chatwoot: `npm install @org/chatwoot` alone → @org/chatwoot and
 *   @org/runtime, nothing else from @org, at the versions just released.
 * - <work-dir>/consumer-unified: `npm install @org/unified` → the facade pulls in the vendor
 *   packages of vendors.json and the shared runtime, each at the version just released, with one copy of the runtime.
 * - <work-dir>/consumer-mock-server: `npm install @org/mock-server` → the test kit alone, then its
 *   smoke (scripts/smoke/mock-server-kit.mjs: startMockVendors from import and require).
 * - <work-dir>/consumer-cli: `npm install @org/cli` → the `conversations` binary with the facade,
 *   the vendor clients and the runtime; then scripts/release/cli-smoke.mjs runs the installed
 *   binary: --help, --version, doctor and exports against the installed test kit's mocks.
 * <work-dir>/repo is the versioned workspace copy scripts/release/publish.sh left behind.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { VENDOR_TABLE } from "../vendors.mjs";

const [registry, work] = process.argv.slice(2);
if (registry === undefined || work === undefined) {
  console.error("usage: install-consumers.mjs <registry-url> <work-dir>");
  process.exit(1);
}

const released = new Map();
for (const dir of readdirSync(join(work, "repo", "packages"))) {
  const manifest = JSON.parse(readFileSync(join(work, "repo", "packages", dir, "package.json"), "utf8"));
  if (manifest.private !== true) released.set(manifest.name, manifest.version);
}

const problems = [];

/** Every `@org/*` package installed anywhere under node_modules, as "name@version" paths. */
function installedOrgPackages(app) {
  const found = [];
  const walk = (nodeModules) => {
    if (!existsSync(nodeModules)) return;
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith("@")) {
        for (const sub of readdirSync(join(nodeModules, entry))) visit(join(nodeModules, entry, sub));
      } else if (!entry.startsWith(".")) visit(join(nodeModules, entry));
    }
  };
  const visit = (dir) => {
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) return;
    const { name, version } = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (typeof name === "string" && name.startsWith("@org/")) found.push({ name, version, path: dir.slice(app.length + 1) });
    walk(join(dir, "node_modules"));
  };
  walk(join(app, "node_modules"));
  return found;
}

function consumer(name, spec, expected) {
  const app = join(work, name);
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name, version: "1.0.0", private: true }, null, 2) + "\n");
  // Project-level npm config: only the @org scope comes from the local registry.
  writeFileSync(join(app, ".npmrc"), `@org:registry=${registry}\n`);
  const started = Date.now();
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", spec], { cwd: app, stdio: ["ignore", "inherit", "inherit"] });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  const installed = installedOrgPackages(app);
  for (const want of expected) {
    const copies = installed.filter((p) => p.name === want);
    if (copies.length === 0) problems.push(`${name}: ${want} is not installed`);
    if (copies.length > 1) problems.push(`${name}: ${want} is installed ${copies.length} times (${copies.map((c) => c.path).join(", ")})`);
    for (const c of copies) {
      if (c.version !== released.get(want)) problems.push(`${name}: ${want} is ${c.version}, released ${released.get(want)}`);
    }
  }
  for (const extra of installed.filter((p) => !expected.includes(p.name))) problems.push(`${name}: unexpected ${extra.name} (${extra.path})`);
  console.log(`install: ${name}: npm install ${spec} (${seconds} s) → ${installed.map((p) => `${p.name}@${p.version}`).join(", ")}`);
}

consumer("consumer-chatwoot", "@org/chatwoot", ["@org/chatwoot", "@org/runtime"]);
consumer("consumer-unified", "@org/unified", ["@org/unified", ...VENDOR_TABLE.map((v) => v.package), "@org/runtime"]);
// The test kit: installs alone (no SDK package), carries its specs, works from import and require.
consumer("consumer-mock-server", "@org/mock-server", ["@org/mock-server"]);
try {
  execFileSync(process.execPath, [join(import.meta.dirname, "..", "smoke", "mock-server-kit.mjs"), join(work, "consumer-mock-server")], { stdio: "inherit" });
} catch {
  problems.push("consumer-mock-server: the test kit smoke failed (above)");
}

// The command line: installs with the SDK it is built on, and runs from node_modules/.bin.
consumer("consumer-cli", "@org/cli", ["@org/cli", "@org/unified", ...VENDOR_TABLE.map((v) => v.package), "@org/runtime"]);
try {
  execFileSync(process.execPath, [join(import.meta.dirname, "cli-smoke.mjs"), work, released.get("@org/cli") ?? ""], { stdio: "inherit" });
} catch {
  problems.push("consumer-cli: the installed conversations binary failed its smoke (above)");
}

if (problems.length > 0) {
  for (const p of problems) console.error(`install: ${p}`);
  process.exit(1);
}
console.log("install: every consumer installed the released versions from the local registry");
