#!/usr/bin/env node
/**
 * Mutation testing with Stryker Mutator (vitest runner) over the packages whose tests are the
 * safety net: @org/runtime, @org/unified and @org/chatwoot's webhooks (issue 18).
 *
 *     pnpm test:mutation                      # every target, in full (incremental: reruns are fast)
 *     pnpm test:mutation -- unified           # one target
 *     pnpm test:mutation -- --changed [ref]   # CI slice: only source files changed since the merge base with ref (default main)
 *     pnpm test:mutation -- unified --mutate "src/cursor.ts,src/caller-input.ts"   # a slice of one target, by hand
 *     pnpm test:mutation --changed --budget 30    # stop a target's run after 30 minutes (reported, not a failure)
 *     pnpm test:mutation unified --slice events   # one slice of a target: its own report and incremental file
 *     node scripts/mutation-merge.mjs unified     # the slices' reports merged: per-file table and package score
 *
 * Settings shared by every target are in stryker/base.config.json; what each target mutates, and
 * the slices of the long ones, is in scripts/mutation-targets.mjs.
 * Reports: .tmp/stryker/<target>.json (mutation-testing-report schema) and
 * .tmp/stryker/<target>.html; the incremental file (.tmp/stryker/<target>.incremental.json) is
 * not committed: eight branches merge into main, and one shared JSON of every mutant's result
 * would conflict on every merge, so a fresh clone's first run is a full run and CI runs the
 * per-changed-file slice instead (see stryker/README.md).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { matches, TARGETS } from "./mutation-targets.mjs";

const ROOT = join(import.meta.dirname, "..");

const { values, positionals } = parseArgs({
  options: { changed: { type: "boolean" }, mutate: { type: "string" }, budget: { type: "string" }, slice: { type: "string" } },
  allowPositionals: true,
});
const base = JSON.parse(readFileSync(join(ROOT, "stryker", "base.config.json"), "utf8"));
delete base.$schema;
delete base._comment;

/** Files changed since the merge base with `ref`, relative to the root. */
function changedFiles(ref) {
  const git = (...args) => spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  const known = [ref, `origin/${ref}`].find((r) => git("rev-parse", "--verify", "--quiet", r).status === 0);
  if (known === undefined) {
    console.log(`mutation: no ref ${ref} (or origin/${ref}) to diff against: nothing to slice`);
    return [];
  }
  const mergeBase = execFileSync("git", ["merge-base", "HEAD", known], { cwd: ROOT, encoding: "utf8" }).trim();
  const diff = execFileSync("git", ["diff", "--name-only", mergeBase, "--", "packages"], { cwd: ROOT, encoding: "utf8" });
  const untracked = execFileSync("git", ["ls-files", "--others", "--exclude-standard", "--", "packages"], { cwd: ROOT, encoding: "utf8" });
  return [...diff.split("\n"), ...untracked.split("\n")].filter((f) => f.endsWith(".ts"));
}


const names = positionals.length > 0 ? positionals : Object.keys(TARGETS).filter((n) => TARGETS[n].only !== true);
const changed = values.changed ? changedFiles(positionals.find((p) => !(p in TARGETS)) ?? "main") : undefined;
let failed = false;
for (const name of names.filter((n) => n in TARGETS)) {
  const target = TARGETS[name];
  let mutate = values.mutate === undefined ? target.mutate : values.mutate.split(",");
  let report = name;
  if (values.slice !== undefined) {
    const slice = target.slices?.[values.slice];
    if (slice === undefined) {
      console.error(`mutation: ${name} has no slice "${values.slice}" (slices: ${Object.keys(target.slices ?? {}).join(", ") || "none"})`);
      failed = true;
      continue;
    }
    // The slice's globs, minus what the whole target leaves out (index files); --mutate narrows it further.
    if (values.mutate === undefined) mutate = [...slice, ...target.mutate.filter((g) => g.startsWith("!"))];
    report = `${name}-${values.slice}`;
  }
  if (changed !== undefined) {
    mutate = changed.map((f) => relative(target.dir, f)).filter((f) => !f.startsWith("..") && matches(f, target.mutate));
    if (mutate.length === 0) {
      console.log(`mutation: ${name}: no changed source file to mutate`);
      continue;
    }
  }
  const out = join(ROOT, ".tmp", "stryker");
  mkdirSync(out, { recursive: true });
  const config = {
    ...base,
    mutate,
    vitest: { ...base.vitest, ...(target.vitestConfig === undefined ? {} : { configFile: target.vitestConfig }) },
    incrementalFile: join(out, `${report}.incremental.json`),
    jsonReporter: { fileName: join(out, `${report}.json`) },
    htmlReporter: { fileName: join(out, `${report}.html`) },
    reporters: [...base.reporters, "html"],
  };
  const configFile = join(out, `${report}.config.json`);
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`\n=== mutation: ${report} (${target.dir}: ${mutate.join(", ")})`);
  const started = Date.now();
  const run = spawnSync(join(ROOT, "node_modules", ".bin", "stryker"), ["run", configFile], {
    cwd: join(ROOT, target.dir),
    stdio: "inherit",
    // Type-only tests are the compiler's business; Stryker runs only the run-time tests.
    env: { ...process.env, STRYKER: "1" },
    // A time budget (CI's is shared): Stryker stops on SIGINT and its workers with it.
    ...(values.budget === undefined ? {} : { timeout: Number(values.budget) * 60_000, killSignal: "SIGINT" }),
  });
  if (run.error?.code === "ETIMEDOUT" || (values.budget !== undefined && run.signal === "SIGINT")) {
    console.log(`mutation: ${name}: stopped at its ${values.budget} min budget; run it in full by hand (pnpm test:mutation ${name})`);
    continue;
  }
  if (run.error !== undefined) {
    // e.g. ENOENT: Stryker is not installed (run `pnpm install` after pulling its devDependencies).
    console.error(`mutation: ${name}: could not run Stryker: ${run.error.message}`);
    failed = true;
    continue;
  }
  console.log(`mutation: ${report}: ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${String(run.status)}`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
