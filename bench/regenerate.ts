/**
 * Section 5, regeneration: `pnpm generate` (turbo, every spec) run cold — `--force`, so turbo
 * ignores its cache and openapi-typescript runs for every vendor — and cached (every task a cache
 * hit). Repetitions alternate which of the two goes first. Writes nothing when the generated files
 * are up to date, which `pnpm test` checks before anything else.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { ROOT } from "./child.ts";
import { roundOrder, sig, spread, type Spread } from "./stats.ts";

export interface RegenerateOptions {
  readonly reps: number;
}

interface Mode {
  readonly command: string;
  readonly wallMs: Spread;
  /** Turbo's "N cached" of each run, in run order (a miss in a cached run means an input changed). */
  readonly cacheHits: readonly number[];
  /** Turbo's "M total". */
  readonly totalTasks: number;
}

export interface RegenerateResult {
  readonly options: RegenerateOptions;
  readonly cold: Mode;
  readonly cached: Mode;
}

const COMMANDS = { cold: ["generate", "--force"], cached: ["generate"] } as const;
type ModeName = keyof typeof COMMANDS;

function once(mode: ModeName): { ms: number; cached: number; total: number } {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", TURBO_UI: "false", FORCE_COLOR: "0" };
  const t0 = performance.now();
  const run = spawnSync("pnpm", COMMANDS[mode], { cwd: ROOT, env, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`pnpm ${COMMANDS[mode].join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  const summary = /Cached:\s+(\d+) cached, (\d+) total/.exec(run.stdout);
  return { ms, cached: Number(summary?.[1] ?? Number.NaN), total: Number(summary?.[2] ?? Number.NaN) };
}

export function benchRegenerate(options: RegenerateOptions): RegenerateResult {
  once("cached"); // unmeasured: fills turbo's cache and the file system cache
  const runs = { cold: [] as ReturnType<typeof once>[], cached: [] as ReturnType<typeof once>[] };
  for (let rep = 0; rep < options.reps; rep++) {
    for (const mode of roundOrder(["cold", "cached"] as const, rep)) runs[mode].push(once(mode));
  }
  const summarize = (mode: ModeName): Mode => ({
    command: `pnpm ${COMMANDS[mode].join(" ")}`,
    wallMs: spread(runs[mode].map((r) => sig(r.ms))),
    cacheHits: runs[mode].map((r) => r.cached),
    totalTasks: runs[mode][0]?.total ?? Number.NaN,
  });
  return { options, cold: summarize("cold"), cached: summarize("cached") };
}
