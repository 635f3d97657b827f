#!/usr/bin/env node
/**
 * The consumer smoke matrix: scripts/smoke/smoke.ts, run from what `npm install @org/unified`
 * put in a scratch consumer directory, against the mock servers on 127.0.0.1.
 *
 *     node scripts/smoke/run-matrix.mjs <consumer-unified-dir> [<consumer-chatwoot-dir>]
 *
 * 1. Type-check the smoke script against the published types, as a consumer's tsc would:
 *    moduleResolution node16 (as `.mts` → the `import` types, and as `.cts` → the `require`
 *    types, emitting `.mjs` and `.cjs`) and moduleResolution bundler. skipLibCheck is off, so an
 *    error inside a published `.d.ts` fails the run. (tsc emits even then, so the runtime cells
 *    still run and report on their own.)
 * 2. Run it: ESM (`.mjs`) and CommonJS (`.cjs`) on Node 20 (this Node), 22 and 24, Bun and Deno,
 *    and as TypeScript directly where the runtime runs TypeScript (Node ≥ 22.18, Bun, Deno).
 *    Runtimes come from the npm registry (packages `node`, `bun`, `deno`, pinned in
 *    scripts/release/tools.json); one whose package cannot be installed is skipped with the reason.
 * 3. With a chatwoot-only consumer: `@org/chatwoot` alone loads with import and require and reads
 *    a conversation (scripts/smoke/chatwoot-only.mjs).
 * Prints a table and exits 1 if any cell failed. Results also go to <consumer>/smoke-results.json.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startMocks } from "./mocks.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const [appArg, chatwootArg] = process.argv.slice(2);
if (appArg === undefined) {
  console.error("usage: run-matrix.mjs <consumer-unified-dir> [<consumer-chatwoot-dir>]");
  process.exit(1);
}
const app = resolve(appArg);
const smokeDir = join(app, "smoke");

/** @type {{ runtime: string, form: string, status: "pass" | "fail" | "skip", seconds: number, detail: string }[]} */
const results = [];
const record = (runtime, form, status, seconds, detail) => {
  results.push({ runtime, form, status, seconds, detail });
  console.log(`smoke: ${status.toUpperCase().padEnd(4)} ${runtime.padEnd(12)} ${form.padEnd(18)} ${seconds.toFixed(1).padStart(5)} s  ${detail}`);
};

/** Run a command with a time limit; returns { ok, seconds, output }. */
function run(cmd, args, { env = {}, cwd = app } = {}) {
  const started = Date.now();
  // NO_COLOR, and no FORCE_COLOR at all: some runtimes take FORCE_COLOR=0 as "force".
  const inherited = { ...process.env };
  delete inherited.FORCE_COLOR;
  const r = spawnSync(cmd, args, {
    cwd,
    env: { ...inherited, NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 180_000,
  });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`.trim();
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000, output };
}

const lastLine = (text) => text.split("\n").filter(Boolean).at(-1) ?? "";

// --- 1. the smoke script in each TypeScript flavour, and the type checks -----------------------
rmSync(smokeDir, { recursive: true, force: true });
mkdirSync(smokeDir, { recursive: true });
for (const ext of ["mts", "cts", "ts"]) copyFileSync(join(here, "smoke.ts"), join(smokeDir, `smoke.${ext}`));

const common = {
  target: "es2022",
  strict: true,
  skipLibCheck: false,
  esModuleInterop: true,
  // The workspace's @types/node stands in for the consumer's own.
  typeRoots: [join(root, "node_modules", "@types")],
  types: ["node"],
};
writeFileSync(
  join(smokeDir, "tsconfig.node16.json"),
  JSON.stringify(
    {
      compilerOptions: { ...common, module: "node16", moduleResolution: "node16", lib: ["es2022"], outDir: "out", rootDir: ".", noEmitOnError: false },
      files: ["smoke.mts", "smoke.cts"],
    },
    null,
    2,
  ),
);
writeFileSync(
  join(smokeDir, "tsconfig.bundler.json"),
  JSON.stringify(
    {
      compilerOptions: { ...common, module: "preserve", moduleResolution: "bundler", lib: ["es2022", "dom"], noEmit: true, verbatimModuleSyntax: true },
      files: ["smoke.ts"],
    },
    null,
    2,
  ),
);
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const tscVersion = execFileSync(process.execPath, [tsc, "--version"], { encoding: "utf8" }).trim();
for (const flavour of ["node16", "bundler"]) {
  const r = run(process.execPath, [tsc, "-p", join(smokeDir, `tsconfig.${flavour}.json`)]);
  record("tsc", `typecheck ${flavour}`, r.ok ? "pass" : "fail", r.seconds, r.ok ? `${tscVersion}, skipLibCheck off` : `\n${r.output}`);
}

// --- 2. the runtimes ---------------------------------------------------------------------------
/** Each runtime: how to run a file, and whether it runs TypeScript itself. */
const runtimes = [
  { name: "node20", tool: null, args: (f) => [f], ts: false },
  { name: "node22", tool: "node22", args: (f) => [f], ts: true },
  { name: "node24", tool: "node24", args: (f) => [f], ts: true },
  { name: "bun", tool: "bun", args: (f) => ["run", f], ts: true },
  // Deno: only the mock servers on 127.0.0.1, the environment and the files here.
  { name: "deno", tool: "deno", args: (f) => ["run", "--no-lock", "--allow-env", "--allow-read", "--allow-net=127.0.0.1", f], ts: true },
];

const mocks = await startMocks();
try {
  const env = {
    SMOKE_MOCKS: JSON.stringify(mocks.urls),
    DENO_NO_UPDATE_CHECK: "1",
    DENO_DIR: join(root, ".tmp", "tools", "deno-dir"),
    BUN_INSTALL_CACHE_DIR: join(root, ".tmp", "tools", "bun-cache"),
  };
  const compiled = existsSync(join(smokeDir, "out", "smoke.mjs")) && existsSync(join(smokeDir, "out", "smoke.cjs"));
  for (const rt of runtimes) {
    let bin = process.execPath;
    if (rt.tool !== null) {
      const installed = spawnSync(process.execPath, [join(root, "scripts", "release", "install-tool.mjs"), rt.tool], { encoding: "utf8" });
      if (installed.status !== 0) {
        const reason = lastLine(installed.stderr) || `install-tool exited ${installed.status}`;
        for (const form of ["esm (.mjs)", "cjs (.cjs)", ...(rt.ts ? ["typescript (.mts)"] : [])]) record(rt.name, form, "skip", 0, reason);
        continue;
      }
      bin = installed.stdout.trim();
    }
    const version = run(bin, ["--version"]).output.split("\n")[0].replace(/ \(.*$/, "");
    const forms = [
      ["esm (.mjs)", join("smoke", "out", "smoke.mjs")],
      ["cjs (.cjs)", join("smoke", "out", "smoke.cjs")],
      ...(rt.ts ? [["typescript (.mts)", join("smoke", "smoke.mts")]] : []),
    ];
    for (const [form, file] of forms) {
      if (!compiled && file.includes("out")) {
        record(rt.name, form, "fail", 0, "not compiled: tsc emitted no smoke.mjs/smoke.cjs");
        continue;
      }
      const r = run(bin, rt.args(file), { env });
      const ok = r.ok && /^smoke: ok/m.test(r.output);
      record(rt.name, form, ok ? "pass" : "fail", r.seconds, ok ? `${version}: ${lastLine(r.output).replace(/ \(.*/, "")}` : `${version}:\n${r.output}`);
    }
  }

  // --- 3. @org/chatwoot installed alone --------------------------------------------------------
  if (chatwootArg !== undefined) {
    // Copied into the consumer, so that "@org/chatwoot" resolves from that install only.
    const chatwootApp = resolve(chatwootArg);
    copyFileSync(join(here, "chatwoot-only.mjs"), join(chatwootApp, "chatwoot-only.mjs"));
    const r = run(process.execPath, ["chatwoot-only.mjs"], { env, cwd: chatwootApp });
    const ok = r.ok && /^chatwoot-only: ok/m.test(r.output);
    record("node20", "chatwoot alone", ok ? "pass" : "fail", r.seconds, ok ? lastLine(r.output) : `\n${r.output}`);
  }
} finally {
  await mocks.stop();
}

writeFileSync(join(app, "smoke-results.json"), JSON.stringify(results, null, 2) + "\n");
const count = (s) => results.filter((r) => r.status === s).length;
console.log(`smoke matrix: ${count("pass")} passed, ${count("fail")} failed, ${count("skip")} skipped`);
for (const r of results.filter((x) => x.status === "skip")) console.log(`smoke: skipped ${r.runtime} ${r.form}: ${r.detail}`);
process.exit(count("fail") > 0 ? 1 : 0);
