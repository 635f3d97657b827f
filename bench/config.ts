/** `pnpm bench` flags and the two configurations: the full run and `--quick` (the test's tiny run). */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ROOT } from "./child.ts";
import type { ColdStartOptions } from "./cold-start.ts";
import type { ConcurrencyOptions } from "./concurrency.ts";
import type { CpuOptions } from "./cpu.ts";
import type { SequentialOptions } from "./http-overhead.ts";
import type { NormalizeOptions } from "./normalize.ts";
import type { RegenerateOptions } from "./regenerate.ts";
import type { TypecheckOptions } from "./typecheck-cost.ts";

export const SECTIONS = ["cpu", "http", "concurrency", "normalize", "cold-start", "regenerate", "typecheck", "bundle"] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchConfig {
  readonly quick: boolean;
  readonly sections: readonly Section[];
  /** Substrings of variant ids (`5chat/unified`…) to keep in the HTTP sections; empty keeps all. */
  readonly variants: readonly string[];
  readonly out: string;
  /** Set in a process forked for section 1: write the JSON, print nothing. */
  readonly fork: boolean;
  readonly http: SequentialOptions & {
    /** Fresh processes section 1 runs in, one after another; `n` is split among them, `rounds` and `warmup` are per process. */
    readonly forks: number;
  };
  readonly cpu: CpuOptions;
  readonly concurrency: ConcurrencyOptions;
  readonly normalize: NormalizeOptions;
  readonly coldStart: ColdStartOptions;
  readonly regenerate: RegenerateOptions;
  readonly typecheck: TypecheckOptions;
}

const FULL = {
  cpu: { calls: 1000, rounds: 8, warmup: 2000, forks: 3 },
  http: { n: 5000, rounds: 4, warmup: 500, forks: 3 },
  concurrency: { concurrency: 100, requests: 5000, rounds: 5 },
  normalize: { sizes: [10, 1000, 100_000], rounds: 5, budget: 200_000 },
  coldStart: { reps: 10 },
  regenerate: { reps: 3 },
  typecheck: { reps: 3 },
};

const QUICK: typeof FULL = {
  cpu: { calls: 20, rounds: 1, warmup: 5, forks: 1 },
  http: { n: 20, rounds: 1, warmup: 4, forks: 2 },
  concurrency: { concurrency: 100, requests: 200, rounds: 2 },
  normalize: { sizes: [10, 100, 1000], rounds: 2, budget: 2000 },
  coldStart: { reps: 1 },
  regenerate: { reps: 1 },
  typecheck: { reps: 1 },
};

export const USAGE = `Usage: pnpm bench [-- flags]   (or: pnpm exec tsx bench/run.ts [flags] to skip the build)
  --quick               tiny configuration (what the test suite runs)
  --only=a,b            sections to run: ${SECTIONS.join(", ")}
  --variants=a,b        keep HTTP variants whose id contains one of these (raw fetch is always kept)
  --n=5000              sequential calls per variant, in all  --rounds=4    repetitions per process (HTTP)
  --forks=3             processes the request-overhead section runs in, one after another
  --warmup=500          warm-up calls per variant and process --concurrency=100  requests in flight
  --out=bench/results.json`;

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

function list(text: string | undefined): string[] {
  return text === undefined ? [] : text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** Parses `argv` (without node and script); throws with a message on a bad flag. */
export function parseConfig(argv: readonly string[]): BenchConfig | "help" {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      variants: { type: "string" },
      n: { type: "string" },
      rounds: { type: "string" },
      warmup: { type: "string" },
      forks: { type: "string" },
      fork: { type: "boolean", default: false },
      concurrency: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) return "help";
  const base = values.quick ? QUICK : FULL;
  const only = list(values.only);
  for (const s of only) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section "${s}" (known: ${SECTIONS.join(", ")})`);
  const rounds = positive("rounds", values.rounds, base.http.rounds);
  return {
    quick: values.quick,
    sections: only.length > 0 ? (only as Section[]) : SECTIONS,
    variants: list(values.variants),
    out: resolve(ROOT, values.out ?? "bench/results.json"),
    fork: values.fork,
    http: {
      n: positive("n", values.n, base.http.n),
      rounds,
      warmup: positive("warmup", values.warmup, base.http.warmup),
      forks: positive("forks", values.forks, base.http.forks),
    },
    cpu: { ...base.cpu, forks: positive("forks", values.forks, base.cpu.forks) },
    concurrency: { ...base.concurrency, concurrency: positive("concurrency", values.concurrency, base.concurrency.concurrency) },
    normalize: base.normalize,
    coldStart: base.coldStart,
    regenerate: base.regenerate,
    typecheck: base.typecheck,
  };
}
