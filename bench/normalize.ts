/**
 * Section 3, normalization: normalizeConversation on each vendor's example conversation grown to
 * 10, 1,000 and 100,000 messages (bench/fixtures.ts). Time per message and peak heap per case; the
 * growth check is the ratio of per-message time between the two largest sizes (target ≤ 1.5).
 * Runs in a fresh child process (bench/normalize-worker.ts).
 */
import { exited, firstMessage, forkBench } from "./child.ts";
import { sig, spread, type Spread } from "./stats.ts";

export interface NormalizeOptions {
  /** Conversation sizes in messages, ascending. */
  readonly sizes: readonly number[];
  readonly rounds: number;
  /** Messages normalized per timed sample (small conversations are repeated to reach it). */
  readonly budget: number;
}

export type NormalizeWorkerOptions = NormalizeOptions;

export interface NormalizeWorkerResult {
  readonly cases: readonly {
    readonly vendor: string;
    readonly messages: number;
    readonly perMessageNs: readonly number[];
    readonly peak: number;
    readonly retained: number;
  }[];
  /** Every message normalized, timed or not (the worker reads each result). */
  readonly normalizedMessages: number;
}

/** The largest per-message time ratio allowed between the two largest sizes. */
export const GROWTH_TARGET = 1.5;

export interface NormalizeResult {
  readonly options: NormalizeOptions;
  readonly cases: readonly {
    readonly vendor: string;
    readonly messages: number;
    /** Time per message (ns), per round. */
    readonly perMessageNs: Spread;
    /** Highest used heap during one call, above the heap before it (bytes). */
    readonly peakHeapBytes: number;
    /** Heap still held by the result after a full GC (bytes). */
    readonly retainedHeapBytes: number;
  }[];
  readonly growth: readonly {
    readonly vendor: string;
    readonly from: number;
    readonly to: number;
    /** Per-message time at `to` ÷ at `from`, per round. */
    readonly ratio: Spread;
    readonly target: number;
    readonly met: boolean;
  }[];
}

export async function benchNormalize(options: NormalizeOptions): Promise<NormalizeResult> {
  const child = forkBench("./normalize-worker.ts", [JSON.stringify(options)], ["--expose-gc"]);
  const result = await firstMessage<NormalizeWorkerResult>(child, "normalize worker");
  await exited(child);

  const from = options.sizes.at(-2) ?? 0;
  const to = options.sizes.at(-1) ?? 0;
  const vendors = [...new Set(result.cases.map((c) => c.vendor))];
  return {
    options,
    cases: result.cases.map((c) => ({
      vendor: c.vendor,
      messages: c.messages,
      perMessageNs: spread(c.perMessageNs.map((t) => sig(t))),
      peakHeapBytes: c.peak,
      retainedHeapBytes: c.retained,
    })),
    growth: vendors.map((vendor) => {
      const at = (size: number): readonly number[] => result.cases.find((c) => c.vendor === vendor && c.messages === size)?.perMessageNs ?? [];
      const small = at(from);
      const ratio = spread(at(to).map((t, i) => sig(t / (small[i] ?? Number.NaN), 4)));
      return { vendor, from, to, ratio, target: GROWTH_TARGET, met: ratio.median <= GROWTH_TARGET };
    }),
  };
}
