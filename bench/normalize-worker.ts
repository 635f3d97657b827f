/**
 * The normalization bench's child process (forked with --expose-gc by bench/normalize.ts, so the
 * heap it measures holds nothing but the payloads). Times normalizeConversation per message on
 * conversations of each size, interleaving vendors and sizes by round, then measures each case's
 * peak heap once: used heap after a full GC, against the highest used heap seen before any GC
 * during the call (v8 GCProfiler) or at its end.
 */
import { performance } from "node:perf_hooks";
import { getHeapStatistics, GCProfiler } from "node:v8";
import type { Vendor } from "@org/mock-server";
import { normalizeConversation } from "@org/unified";
import { BENCH_VENDORS, conversationWithMessages } from "./fixtures.ts";
import type { NormalizeWorkerOptions, NormalizeWorkerResult } from "./normalize.ts";
import { roundOrder } from "./stats.ts";

interface Case {
  readonly vendor: Vendor;
  readonly messages: number;
  readonly payload: unknown;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("normalize-worker needs --expose-gc");
const used = (): number => getHeapStatistics().used_heap_size;

/** Reads every result (the optimizer cannot drop the work) and counts what was normalized. */
let normalizedMessages = 0;

function timeCase(c: Case, budget: number): number {
  const iterations = Math.max(1, Math.ceil(budget / c.messages));
  const t0 = performance.now();
  for (let i = 0; i < iterations; i++) normalizedMessages += normalizeConversation(c.vendor, c.payload).messages.length;
  return ((performance.now() - t0) * 1e6) / (iterations * c.messages);
}

function heapOf(c: Case): { peak: number; retained: number } {
  gc?.();
  gc?.(); // a second full GC also frees what the first one's finalizers released
  const base = used();
  const profiler = new GCProfiler();
  profiler.start();
  const result = normalizeConversation(c.vendor, c.payload);
  const end = used();
  const { statistics } = profiler.stop();
  const peak = Math.max(end, ...statistics.map((s) => s.beforeGC.heapStatistics.usedHeapSize));
  gc?.();
  const retained = used() - base;
  normalizedMessages += result.messages.length; // keeps `result` alive through the GC above
  return { peak: peak - base, retained };
}

function run(options: NormalizeWorkerOptions): NormalizeWorkerResult {
  const cases: Case[] = BENCH_VENDORS.flatMap((vendor) =>
    options.sizes.map((messages) => ({ vendor, messages, payload: conversationWithMessages(vendor, messages) })),
  );
  for (const c of cases) {
    const got = normalizeConversation(c.vendor, c.payload).messages.length;
    if (got !== c.messages) throw new Error(`${c.vendor}: normalized ${got} of ${c.messages} messages`);
  }
  for (const c of cases) timeCase(c, options.budget); // warm-up
  const perMessageNs = new Map<Case, number[]>(cases.map((c) => [c, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const c of roundOrder(cases, round)) perMessageNs.get(c)?.push(timeCase(c, options.budget));
  }
  const measured = cases.map((c) => ({ vendor: c.vendor, messages: c.messages, perMessageNs: perMessageNs.get(c) ?? [], ...heapOf(c) }));
  return { cases: measured, normalizedMessages };
}

const options = JSON.parse(process.argv[2] ?? "{}") as NormalizeWorkerOptions;
process.send?.(run(options));
