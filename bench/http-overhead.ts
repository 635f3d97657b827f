/**
 * Section 1, request overhead: N sequential GET conversation calls per variant over one keep-alive
 * connection. Variants are interleaved: every round runs a batch of each, in a rotating order, so
 * machine drift hits them all alike; ratios to raw fetch are taken within a round, then summarized.
 */
import { performance } from "node:perf_hooks";
import { distribution, median, roundOrder, sig, spread, type Spread } from "./stats.ts";
import { RATIO_TARGETS, type RatioTarget, type Variant, type VariantKind } from "./variants.ts";

export interface SequentialOptions {
  /** Measured calls per variant, across all rounds. */
  readonly n: number;
  readonly rounds: number;
  /** Unmeasured calls per variant before the first round. */
  readonly warmup: number;
}

export interface SequentialVariantResult {
  readonly id: string;
  readonly vendor: string;
  readonly kind: VariantKind;
  readonly calls: number;
  readonly failed: number;
  /** Per call, all rounds pooled (µs). */
  readonly medianUs: number;
  readonly p99Us: number;
  /** This variant's median per round (µs): the spread across repetitions. */
  readonly roundMedianUs: Spread;
  /** Client-process CPU time per call (µs), per round. */
  readonly cpuUsPerCall: Spread;
  /** Median per call minus raw fetch's (µs). */
  readonly overheadUs: number;
  /** Round median ÷ raw fetch's round median in the same round. */
  readonly ratio: Spread;
  /** Round median ÷ raw fetch + cancelable timeout's round median in the same round (null without that variant). */
  readonly timeoutRatio: Spread | null;
  /** Pooled p99 ÷ raw fetch's pooled p99. */
  readonly p99Ratio: number;
  /** This kind's targets (see RATIO_TARGETS), each with its per-round ratio and whether the median met it. */
  readonly targets: readonly TargetOutcome[];
}

export interface TargetOutcome extends RatioTarget {
  readonly ratio: Spread;
  readonly met: boolean;
}

export interface SequentialResult {
  /** What was run; `forks` (when present) is how many processes `n` was split among. */
  readonly options: SequentialOptions & { readonly forks?: number };
  readonly variants: readonly SequentialVariantResult[];
}

interface Tally {
  readonly samples: number[];
  readonly roundMedians: number[];
  readonly cpu: number[];
  failed: number;
}

/** Calls every variant once and checks it returns the same number of messages as raw fetch. */
export async function verifyVariants(variants: readonly Variant[]): Promise<void> {
  const expected = new Map<string, number>();
  for (const v of variants) {
    const count = v.messageCount(await v.call());
    if (count <= 0) throw new Error(`${v.id}: the response has no messages`);
    const want = expected.get(v.vendor);
    if (want === undefined) expected.set(v.vendor, count);
    else if (want !== count) throw new Error(`${v.id}: ${count} messages, raw fetch got ${want}`);
  }
}

async function runBatch(v: Variant, calls: number, tally: Tally | null): Promise<void> {
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    try {
      await v.call();
    } catch {
      if (tally !== null) tally.failed++;
      continue;
    }
    times.push(performance.now() - t0);
  }
  if (tally === null) return;
  const cpu = process.cpuUsage(cpu0);
  for (const t of times) tally.samples.push(t * 1000);
  tally.roundMedians.push(median(times) * 1000);
  tally.cpu.push((cpu.user + cpu.system) / calls);
}

export async function benchSequential(variants: readonly Variant[], options: SequentialOptions): Promise<SequentialResult> {
  await verifyVariants(variants);
  for (let pass = 0; pass < 2; pass++) {
    for (const v of roundOrder(variants, pass)) await runBatch(v, Math.ceil(options.warmup / 2), null);
  }
  const perRound = Math.max(1, Math.ceil(options.n / options.rounds));
  const tallies = new Map<Variant, Tally>(variants.map((v) => [v, { samples: [], roundMedians: [], cpu: [], failed: 0 }]));
  for (let round = 0; round < options.rounds; round++) {
    for (const v of roundOrder(variants, round)) await runBatch(v, perRound, tallies.get(v) ?? null);
  }

  const tallyOf = (v: Variant, kind: VariantKind): Tally | undefined => {
    const other = variants.find((r) => r.vendor === v.vendor && r.kind === kind);
    return other === undefined ? undefined : tallies.get(other);
  };
  const rawOf = (v: Variant): Tally => {
    const tally = tallyOf(v, "raw-fetch");
    if (tally === undefined) throw new Error(`${v.vendor}: no raw-fetch variant to compare with`);
    return tally;
  };
  /** Per round: this variant's median ÷ `reference`'s median in the same round. */
  const roundRatios = (t: Tally, reference: Tally | undefined): Spread | null =>
    reference === undefined ? null : spread(t.roundMedians.map((m, i) => sig(m / (reference.roundMedians[i] ?? Number.NaN), 4)));
  return {
    options,
    variants: variants.map((v) => {
      const t = tallies.get(v) ?? { samples: [], roundMedians: [], cpu: [], failed: 0 };
      const raw = rawOf(v);
      const d = distribution(t.samples);
      const rawD = distribution(raw.samples);
      const ratio = roundRatios(t, raw) ?? spread([]);
      const targets = (RATIO_TARGETS[v.kind] ?? []).flatMap((target) => {
        const r = roundRatios(t, tallyOf(v, target.of));
        return r === null ? [] : [{ ...target, ratio: r, met: r.median <= target.max }];
      });
      return {
        id: v.id,
        vendor: v.vendor,
        kind: v.kind,
        calls: t.samples.length + t.failed,
        failed: t.failed,
        medianUs: sig(d.median),
        p99Us: sig(d.p99),
        roundMedianUs: spread(t.roundMedians.map((m) => sig(m))),
        cpuUsPerCall: spread(t.cpu.map((c) => sig(c))),
        overheadUs: sig(d.median - rawD.median),
        ratio,
        timeoutRatio: roundRatios(t, tallyOf(v, "raw-fetch+timeout")),
        p99Ratio: sig(d.p99 / rawD.p99),
        targets,
      };
    }),
  };
}

/**
 * Section 1 measured in several processes (forks), as one result. Machine state and each process's
 * JIT and heap layout move a whole run by a few percent, more than the differences this section
 * looks for, so the same rounds are run in fresh processes one after another and pooled: ratios
 * to raw fetch are per round (each against raw fetch in the same round of the same process), so
 * the rounds of all processes are summarized together; per-call medians and p99s, which cannot be
 * pooled without the samples, are the median over the processes.
 *
 * @param forks - Each process's result, in run order (same variants, same order).
 * @param options - The whole run's options (`n` in total).
 * @returns The pooled result.
 */
export function mergeSequential(forks: readonly SequentialResult[], options: SequentialOptions & { readonly forks: number }): SequentialResult {
  const first = forks[0];
  if (first === undefined) throw new Error("no process results to merge");
  const all = (id: string): SequentialVariantResult[] =>
    forks.map((f) => {
      const found = f.variants.find((v) => v.id === id);
      if (found === undefined) throw new Error(`${id}: missing from a process's results`);
      return found;
    });
  return {
    options,
    variants: first.variants.map((v) => {
      const mine = all(v.id);
      const raw = all(`${v.vendor}/raw-fetch`);
      const medianUs = median(mine.map((r) => r.medianUs));
      const p99Us = median(mine.map((r) => r.p99Us));
      const ratio = spread(mine.flatMap((r) => r.ratio.runs));
      const timeoutRatios = mine.flatMap((r) => r.timeoutRatio?.runs ?? []);
      const targets = v.targets.map((target, i) => {
        const pooled = spread(mine.flatMap((r) => r.targets[i]?.ratio.runs ?? []));
        return { max: target.max, of: target.of, ratio: pooled, met: pooled.median <= target.max };
      });
      return {
        id: v.id,
        vendor: v.vendor,
        kind: v.kind,
        calls: mine.reduce((sum, r) => sum + r.calls, 0),
        failed: mine.reduce((sum, r) => sum + r.failed, 0),
        medianUs: sig(medianUs),
        p99Us: sig(p99Us),
        roundMedianUs: spread(mine.flatMap((r) => r.roundMedianUs.runs)),
        cpuUsPerCall: spread(mine.flatMap((r) => r.cpuUsPerCall.runs)),
        overheadUs: sig(medianUs - median(raw.map((r) => r.medianUs))),
        ratio,
        timeoutRatio: timeoutRatios.length > 0 ? spread(timeoutRatios) : null,
        p99Ratio: sig(p99Us / median(raw.map((r) => r.p99Us))),
        targets,
      };
    }),
  };
}
