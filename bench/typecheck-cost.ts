/**
 * Section 6, type-check cost for consumers: `tsc --noEmit --extendedDiagnostics` on
 * bench/consumer/consumer.ts (uses all four packages through their published `.d.ts`), in a
 * project of its own with a typical consumer config, against the same config checking an empty
 * file (the cost of TypeScript's own libs). Repetitions alternate the two.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "./child.ts";
import { roundOrder, sig, spread, type Spread } from "./stats.ts";

export interface TypecheckOptions {
  readonly reps: number;
}

interface Project {
  /** What `files` the project checks, relative to the repository root. */
  readonly file: string;
  readonly checkMs: Spread;
  readonly totalMs: Spread;
  readonly instantiations: number;
  readonly types: number;
  readonly memoryKb: number;
}

export interface TypecheckResult {
  readonly options: TypecheckOptions;
  readonly typescript: string;
  readonly compilerOptions: Record<string, unknown>;
  readonly consumer: Project;
  readonly baseline: Project;
}

/** What a consumer's tsconfig typically says (tsc --init's defaults for a Node ESM project). */
const COMPILER_OPTIONS = { strict: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", skipLibCheck: true, noEmit: true };

const require = createRequire(import.meta.url);
const TSC = require.resolve("typescript/bin/tsc");
const TS_VERSION = (require("typescript/package.json") as { version: string }).version;

/** Writes `.tmp/bench/typecheck/<name>/tsconfig.json` checking `file`; returns the project dir. */
function project(name: string, file: string): string {
  const dir = join(ROOT, ".tmp", "bench", "typecheck", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [join(ROOT, file)] }, null, 2));
  return dir;
}

type Diagnostics = Record<string, number>;

/** Parses `Name: 123` / `Name: 1.23s` / `Name: 1234K` lines of --extendedDiagnostics. */
function parseDiagnostics(text: string): Diagnostics {
  const out: Diagnostics = {};
  for (const match of text.matchAll(/^([A-Za-z ]+):\s+([\d.]+)([sK]?)\s*$/gm)) {
    const [, name = "", value = "", unit] = match;
    out[name.trim()] = unit === "s" ? Number(value) * 1000 : Number(value);
  }
  return out;
}

function once(dir: string): Diagnostics {
  const run = spawnSync(process.execPath, [TSC, "-p", dir, "--extendedDiagnostics"], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`tsc -p ${dir} failed:\n${run.stdout}\n${run.stderr}`);
  return parseDiagnostics(run.stdout);
}

export function benchTypecheck(options: TypecheckOptions): TypecheckResult {
  const emptyFile = join(".tmp", "bench", "typecheck", "empty.ts");
  mkdirSync(join(ROOT, ".tmp", "bench", "typecheck"), { recursive: true });
  writeFileSync(join(ROOT, emptyFile), "export {};\n");
  const projects = { consumer: { file: "bench/consumer/consumer.ts", dir: "" }, baseline: { file: emptyFile, dir: "" } };
  projects.consumer.dir = project("consumer", projects.consumer.file);
  projects.baseline.dir = project("baseline", projects.baseline.file);

  once(projects.consumer.dir); // unmeasured: warms the file system cache
  const runs = { consumer: [] as Diagnostics[], baseline: [] as Diagnostics[] };
  for (let rep = 0; rep < options.reps; rep++) {
    for (const name of roundOrder(["consumer", "baseline"] as const, rep)) runs[name].push(once(projects[name].dir));
  }
  const summarize = (name: keyof typeof runs): Project => {
    const all = runs[name];
    const last = all.at(-1) ?? {};
    return {
      file: projects[name].file,
      checkMs: spread(all.map((d) => sig(d["Check time"] ?? Number.NaN))),
      totalMs: spread(all.map((d) => sig(d["Total time"] ?? Number.NaN))),
      instantiations: last["Instantiations"] ?? Number.NaN,
      types: last["Types"] ?? Number.NaN,
      memoryKb: last["Memory used"] ?? Number.NaN,
    };
  };
  return { options, typescript: TS_VERSION, compilerOptions: COMPILER_OPTIONS, consumer: summarize("consumer"), baseline: summarize("baseline") };
}
