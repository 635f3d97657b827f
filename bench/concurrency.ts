/**
 * Section 2, concurrency: the same variants with C requests in flight (C workers, each calling in a
 * loop until the round's quota is spent), interleaved by round like the sequential bench. Reports
 * throughput, latency under load and failures; the ratio compares wall time per request with raw
 * fetch's in the same round.
 */
import { performance } from "node:perf_hooks";
import { distribution, roundOrder, sig, spread, type Spread } from "./stats.ts";
import type { Variant, VariantKind } from "./variants.ts";

export interface ConcurrencyOptions {
  /** Requests in flight at once. */
  readonly concurrency: number;
  /** Measured requests per variant, across all rounds. */
  readonly requests: number;
  readonly rounds: number;
}

export interface ConcurrencyVariantResult {
  readonly id: string;
  readonly vendor: string;
  readonly kind: VariantKind;
  readonly requests: number;
  readonly failed: number;
  /** Requests per second, per round. */
  readonly throughputRps: Spread;
  /** Latency of one request under load (µs), all rounds pooled. */
  readonly latencyMedianUs: number;
  readonly latencyP99Us: number;
  /** Wall time per request ÷ raw fetch's, per round. */
  readonly ratio: Spread;
}

export interface ConcurrencyResult {
  readonly options: ConcurrencyOptions;
  readonly variants: readonly ConcurrencyVariantResult[];
}

interface RoundOutcome {
  readonly wallMs: number;
  readonly latenciesMs: readonly number[];
  readonly failed: number;
}

async function runRound(v: Variant, requests: number, concurrency: number): Promise<RoundOutcome> {
  const latenciesMs: number[] = [];
  let started = 0;
  let failed = 0;
  const worker = async (): Promise<void> => {
    while (started < requests) {
      started++;
      const t0 = performance.now();
      try {
        await v.call();
        latenciesMs.push(performance.now() - t0);
      } catch {
        failed++;
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  return { wallMs: performance.now() - t0, latenciesMs, failed };
}

export async function benchConcurrency(variants: readonly Variant[], options: ConcurrencyOptions): Promise<ConcurrencyResult> {
  const perRound = Math.max(1, Math.ceil(options.requests / options.rounds));
  // Warm-up: one unmeasured round each, which also opens the pool's sockets.
  for (const v of variants) await runRound(v, perRound, options.concurrency);
  const outcomes = new Map<Variant, RoundOutcome[]>(variants.map((v) => [v, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const v of roundOrder(variants, round)) outcomes.get(v)?.push(await runRound(v, perRound, options.concurrency));
  }

  return {
    options,
    variants: variants.map((v) => {
      const runs = outcomes.get(v) ?? [];
      const raw = outcomes.get(variants.find((r) => r.vendor === v.vendor && r.kind === "raw-fetch") ?? v) ?? runs;
      const latency = distribution(runs.flatMap((r) => r.latenciesMs));
      return {
        id: v.id,
        vendor: v.vendor,
        kind: v.kind,
        requests: perRound * runs.length,
        failed: runs.reduce((sum, r) => sum + r.failed, 0),
        throughputRps: spread(runs.map((r) => sig((perRound / r.wallMs) * 1000))),
        latencyMedianUs: sig(latency.median * 1000),
        latencyP99Us: sig(latency.p99 * 1000),
        ratio: spread(runs.map((r, i) => sig(r.wallMs / (raw[i]?.wallMs ?? Number.NaN), 4))),
      };
    }),
  };
}
