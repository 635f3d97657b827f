/**
 * Section 4, cold start: the time to import each package in a fresh `node` process, as ESM
 * (`import()`) and as CommonJS (`require()`), from the built dist like a user's install. Each
 * repetition runs every module in a rotating order. `importMs` is measured inside the child around
 * the import alone; `processMs` is the child's whole life, spawn to exit, as the parent sees it.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { ROOT } from "./child.ts";
import { VENDOR_TABLE } from "../scripts/vendors.mjs";
import { roundOrder, sig, spread, type Spread } from "./stats.ts";

export const COLD_START_MODULES: readonly string[] = ["openapi-fetch", "@org/runtime", ...VENDOR_TABLE.map((v) => v.package), "@org/unified"];

export interface ColdStartOptions {
  readonly reps: number;
}

interface Timing {
  readonly importMs: Spread;
  readonly processMs: Spread;
}

export interface ColdStartResult {
  readonly options: ColdStartOptions;
  /** An empty `node -e` process: the floor every `processMs` includes. */
  readonly nodeBaselineMs: Spread;
  readonly modules: readonly { readonly module: string; readonly esm: Timing; readonly cjs: Timing }[];
}

type Format = "esm" | "cjs";

function script(module: string | null, format: Format): string {
  const load = module === null ? "" : format === "esm" ? `await import(${JSON.stringify(module)});` : `require(${JSON.stringify(module)});`;
  return `const t0 = performance.now(); ${load} process.stdout.write(String(performance.now() - t0));`;
}

function once(module: string | null, format: Format): { importMs: number; processMs: number } {
  const args = format === "esm" ? ["--input-type=module", "-e", script(module, format)] : ["-e", script(module, format)];
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const processMs = performance.now() - t0;
  if (child.status !== 0) throw new Error(`importing ${module ?? "nothing"} (${format}) failed:\n${child.stderr}`);
  return { importMs: Number(child.stdout), processMs };
}

export function benchColdStart(options: ColdStartOptions): ColdStartResult {
  const key = (module: string | null, format: Format): string => `${module ?? "(none)"} ${format}`;
  const jobs = [null, ...COLD_START_MODULES].flatMap((module) => (["esm", "cjs"] as const).map((format) => ({ module, format })));
  const runs = new Map(jobs.map((j) => [key(j.module, j.format), { importMs: [] as number[], processMs: [] as number[] }]));
  once(null, "esm"); // warm the file system cache once, unmeasured
  for (let rep = 0; rep < options.reps; rep++) {
    for (const { module, format } of roundOrder(jobs, rep)) {
      const r = once(module, format);
      runs.get(key(module, format))?.importMs.push(sig(r.importMs));
      runs.get(key(module, format))?.processMs.push(sig(r.processMs));
    }
  }
  const timing = (module: string | null, format: Format): Timing => {
    const r = runs.get(key(module, format));
    return { importMs: spread(r?.importMs ?? []), processMs: spread(r?.processMs ?? []) };
  };
  return {
    options,
    nodeBaselineMs: spread([...timing(null, "esm").processMs.runs, ...timing(null, "cjs").processMs.runs]),
    modules: COLD_START_MODULES.map((module) => ({ module, esm: timing(module, "esm"), cjs: timing(module, "cjs") })),
  };
}
