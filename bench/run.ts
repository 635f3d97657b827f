/**
 * `pnpm bench`: measures the SDK against raw fetch and plain openapi-fetch in one run on one
 * machine, prints Markdown tables and writes bench/results.json. See bench/README.md.
 *
 * Sections run in this order, each on a quiet machine: HTTP (request overhead, then concurrency;
 * server in a child process), normalization (child process), cold start, regeneration, type-check,
 * bundle size. The HTTP and bundle sections first generate the peer clients (bench/peers/).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, platform, arch, totalmem } from "node:os";
import { dirname, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT } from "./child.ts";
import { benchColdStart, type ColdStartResult } from "./cold-start.ts";
import { benchConcurrency, type ConcurrencyResult } from "./concurrency.ts";
import { parseConfig, USAGE, type BenchConfig } from "./config.ts";
import { benchCpu, type CpuResult } from "./cpu.ts";
import { benchSequentialForked } from "./forks.ts";
import { benchSequential, type SequentialResult } from "./http-overhead.ts";
import { benchNormalize, type NormalizeResult } from "./normalize.ts";
import { benchRegenerate, type RegenerateResult } from "./regenerate.ts";
import { renderReport } from "./report.ts";
import { benchBundles, type BundleResult } from "./peers/bundles.ts";
import { preparePeers } from "./peers/generate.ts";
import { createPeerVariants, operationIdOf } from "./peers/variants.ts";
import { startBenchServer } from "./server.ts";
import { benchTypecheck, type TypecheckResult } from "./typecheck-cost.ts";
import { BENCH_VENDORS } from "./fixtures.ts";
import { createVariants, VARIANT_KINDS, type Variant } from "./variants.ts";

export const RESULTS_SCHEMA = "org-conversations-sdk/bench@1";

export interface Target {
  readonly name: string;
  readonly actual: string;
  readonly met: boolean;
}

export interface Results {
  readonly schema: typeof RESULTS_SCHEMA;
  readonly command: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly out: string;
  readonly machine: {
    readonly node: string;
    readonly v8: string;
    readonly platform: string;
    readonly arch: string;
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGb: number;
  };
  readonly config: BenchConfig;
  readonly sections: {
    cpu?: CpuResult;
    http?: SequentialResult;
    concurrency?: ConcurrencyResult;
    normalize?: NormalizeResult;
    coldStart?: ColdStartResult;
    regenerate?: RegenerateResult;
    typecheck?: TypecheckResult;
    bundle?: BundleResult;
  };
  readonly targets: readonly Target[];
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function runSections(config: BenchConfig): Promise<Results["sections"]> {
  const sections: Results["sections"] = {};
  const wants = (s: BenchConfig["sections"][number]): boolean => config.sections.includes(s);
  if (wants("cpu")) sections.cpu = await benchCpu(config.cpu, progress);
  if (wants("http") || wants("concurrency") || wants("bundle")) await preparePeers(progress);
  const forked = wants("http") && config.http.forks > 1;
  if (forked) sections.http = await benchSequentialForked(config, progress);
  if ((wants("http") && !forked) || wants("concurrency")) {
    const server = await startBenchServer();
    try {
      // Raw fetch, with and without the timeout, is every ratio's reference: always kept.
      const keep = (id: string): boolean =>
        config.variants.length === 0 || id.endsWith("/raw-fetch") || id.endsWith("/raw-fetch+timeout") || config.variants.some((f) => id.includes(f));
      const order = (v: Variant): number => BENCH_VENDORS.indexOf(v.vendor) * VARIANT_KINDS.length + VARIANT_KINDS.indexOf(v.kind);
      const variants = [...createVariants(server), ...(await createPeerVariants(server, BENCH_VENDORS))].filter((v) => keep(v.id)).sort((a, b) => order(a) - order(b));
      if (wants("http") && !forked) {
        progress(`request overhead: ${variants.length} variants × ${config.http.n} sequential calls`);
        sections.http = await benchSequential(variants, config.http);
      }
      if (wants("concurrency")) {
        progress(`concurrency: ${variants.length} variants × ${config.concurrency.requests} requests, ${config.concurrency.concurrency} in flight`);
        sections.concurrency = await benchConcurrency(variants, config.concurrency);
      }
    } finally {
      await server.close();
    }
  }
  if (wants("normalize")) {
    progress(`normalization: ${config.normalize.sizes.join(", ")} messages`);
    sections.normalize = await benchNormalize(config.normalize);
  }
  if (wants("cold-start")) {
    progress("cold start");
    sections.coldStart = benchColdStart(config.coldStart);
  }
  if (wants("regenerate")) {
    progress("regeneration (pnpm generate, cold and cached)");
    sections.regenerate = benchRegenerate(config.regenerate);
  }
  if (wants("typecheck")) {
    progress("type-check cost (tsc --extendedDiagnostics)");
    sections.typecheck = benchTypecheck(config.typecheck);
  }
  if (wants("bundle")) {
    progress("bundle size: one operation per variant (esbuild + gzip)");
    sections.bundle = await benchBundles(Object.fromEntries(BENCH_VENDORS.map((v) => [v, operationIdOf(v)])) as Record<(typeof BENCH_VENDORS)[number], string>, BENCH_VENDORS);
  }
  return sections;
}

function targetsOf(sections: Results["sections"]): Target[] {
  const targets: Target[] = [];
  for (const t of sections.cpu?.targets ?? []) targets.push({ name: `${t.vendor} CPU per call: ${t.name} ≤ ${t.max}`, actual: t.ratio.median.toFixed(3), met: t.met });
  for (const v of sections.http?.variants ?? []) {
    for (const t of v.targets) targets.push({ name: `${v.vendor} ${v.kind}: median ≤ ${t.max}× ${t.of}`, actual: `${t.ratio.median.toFixed(3)}×`, met: t.met });
  }
  const http = [...(sections.http?.variants ?? []), ...(sections.concurrency?.variants ?? [])];
  if (http.length > 0) {
    const failed = http.reduce((sum, v) => sum + v.failed, 0);
    const total = (sections.http?.variants ?? []).reduce((sum, v) => sum + v.calls, 0) + (sections.concurrency?.variants ?? []).reduce((sum, v) => sum + v.requests, 0);
    targets.push({ name: "no failed request (sequential and concurrent)", actual: `${failed} of ${total} failed`, met: failed === 0 });
  }
  for (const g of sections.normalize?.growth ?? []) {
    targets.push({ name: `${g.vendor} normalization: per-message time at ${g.to} ÷ at ${g.from} messages ≤ ${g.target}×`, actual: `${g.ratio.median.toFixed(3)}×`, met: g.met });
  }
  return targets;
}

async function main(argv: readonly string[]): Promise<void> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(argv.filter((a) => a !== "--"));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (config === "help") {
    console.log(USAGE);
    return;
  }
  const startedAt = new Date().toISOString();
  const t0 = performance.now();
  const sections = await runSections(config);
  const results: Results = {
    schema: RESULTS_SCHEMA,
    command: argv.length === 0 ? "pnpm bench" : `pnpm bench ${argv.join(" ")}`,
    startedAt,
    durationMs: Math.round(performance.now() - t0),
    out: relative(ROOT, config.out),
    machine: {
      node: process.version,
      v8: process.versions.v8,
      platform: platform(),
      arch: arch(),
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: availableParallelism(),
      memoryGb: Math.round(totalmem() / 2 ** 30),
    },
    config,
    sections,
    targets: targetsOf(sections),
  };
  mkdirSync(dirname(config.out), { recursive: true });
  writeFileSync(config.out, `${JSON.stringify(results, null, 2)}\n`);
  // A forked process reports to its parent through the JSON only.
  if (!config.fork) console.log(renderReport(results));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
