/**
 * Client CPU per call with `fetch` stubbed (bench/cpu-worker.ts): raw fetch + a cancelable timeout +
 * JSON.parse, plain openapi-fetch, each vendor client, unified getConversation and
 * normalizeConversation alone, on the same stubbed ~3 kB answer. Several fresh processes, one after
 * another, each running interleaved rounds; ratios are taken within one round of one process and
 * pooled. Targets (issue 19): vendor client ≤ 1.00× plain openapi-fetch; unified ≤ vendor client +
 * 1.25 × normalizeConversation.
 */
import { exited, firstMessage, forkBench } from "./child.ts";
import { sig, spread, type Spread } from "./stats.ts";

export interface CpuOptions {
  /** Sequential calls per sample. */
  readonly calls: number;
  readonly rounds: number;
  readonly warmup: number;
  /** Fresh processes, one after another. */
  readonly forks: number;
}

export type CpuWorkerOptions = CpuOptions;

export interface CpuWorkerResult {
  readonly bodyBytes: Readonly<Record<string, number>>;
  readonly cases: readonly { readonly vendor: string; readonly kind: string; readonly usPerCall: readonly number[] }[];
}

export interface CpuResult {
  readonly options: CpuOptions;
  readonly bodyBytes: Readonly<Record<string, number>>;
  /** µs per call, one value per round of every process. */
  readonly cases: readonly { readonly vendor: string; readonly kind: string; readonly usPerCall: Spread }[];
  readonly targets: readonly { readonly vendor: string; readonly name: string; readonly ratio: Spread; readonly max: number; readonly met: boolean }[];
  /** (vendor+normalize − vendor client) ÷ normalizeConversation: the facade target's ratio with no facade at all. */
  readonly floors?: readonly { readonly vendor: string; readonly ratio: Spread }[];
}

export async function benchCpu(options: CpuOptions, progress: (message: string) => void): Promise<CpuResult> {
  const results: CpuWorkerResult[] = [];
  for (let i = 1; i <= options.forks; i++) {
    progress(`client CPU per call (fetch stubbed): process ${i} of ${options.forks}`);
    const child = forkBench("./cpu-worker.ts", [JSON.stringify(options)]);
    results.push(await firstMessage<CpuWorkerResult>(child, "cpu worker"));
    await exited(child);
  }
  const first = results[0];
  if (first === undefined) throw new Error("client CPU: no process reported");
  const runs = (vendor: string, kind: string): number[] => results.flatMap((r) => r.cases.find((c) => c.vendor === vendor && c.kind === kind)?.usPerCall ?? []);
  const vendors = [...new Set(first.cases.map((c) => c.vendor))];
  const targets = vendors.flatMap((vendor) => {
    const client = runs(vendor, "vendor-client");
    const plain = runs(vendor, "openapi-fetch");
    const unified = runs(vendor, "unified");
    const normalize = runs(vendor, "normalize");
    const overPlain = spread(client.map((c, i) => sig(c / (plain[i] ?? Number.NaN), 4)));
    // (unified − vendor client) ÷ normalizeConversation, per round: the facade's cost in units of normalizing.
    const facade = spread(unified.map((u, i) => sig((u - (client[i] ?? Number.NaN)) / (normalize[i] ?? Number.NaN), 4)));
    return [
      { vendor, name: "vendor client ÷ plain openapi-fetch", ratio: overPlain, max: 1, met: overPlain.median <= 1 },
      { vendor, name: "(unified − vendor client) ÷ normalizeConversation", ratio: facade, max: 1.25, met: facade.median <= 1.25 },
    ];
  });
  const floors = vendors.map((vendor) => {
    const client = runs(vendor, "vendor-client");
    const normalize = runs(vendor, "normalize");
    return { vendor, ratio: spread(runs(vendor, "vendor+normalize").map((f, i) => sig((f - (client[i] ?? Number.NaN)) / (normalize[i] ?? Number.NaN), 4))) };
  });
  return {
    options,
    bodyBytes: first.bodyBytes,
    floors,
    cases: first.cases.map((c) => ({ vendor: c.vendor, kind: c.kind, usPerCall: spread(runs(c.vendor, c.kind).map((t) => sig(t))) })),
    targets,
  };
}

/** Markdown for the report. */
export function renderCpu(r: CpuResult): string {
  const kinds = [...new Set(r.cases.map((c) => c.kind))];
  const vendors = [...new Set(r.cases.map((c) => c.vendor))];
  const cell = (s: Spread): string => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
  const lines = [
    `\n## Client CPU per call, fetch stubbed — µs per call, median (min–max) over ${r.options.forks} processes × ${r.options.rounds} interleaved rounds of ${r.options.calls} calls`,
    "",
    `| vendor (body bytes) | ${kinds.join(" | ")} |`,
    `| --- | ${kinds.map(() => "---:").join(" | ")} |`,
    ...vendors.map((v) => `| ${v} (${r.bodyBytes[v] ?? "?"}) | ${kinds.map((k) => { const c = r.cases.find((x) => x.vendor === v && x.kind === k); return c ? cell(c.usPerCall) : ""; }).join(" | ")} |`),
    "",
    "| vendor | target | median (min–max) | met |",
    "| --- | --- | ---: | --- |",
    ...r.targets.map((t) => `| ${t.vendor} | ${t.name} ≤ ${t.max} | ${t.ratio.median.toFixed(3)} (${t.ratio.min.toFixed(3)}–${t.ratio.max.toFixed(3)}) | ${t.met ? "yes" : "**no**"} |`),
    ...(r.floors ?? []).map((f) => `| ${f.vendor} | floor, no facade: (vendor+normalize − vendor client) ÷ normalizeConversation | ${f.ratio.median.toFixed(3)} (${f.ratio.min.toFixed(3)}–${f.ratio.max.toFixed(3)}) | — |`),
  ];
  return lines.join("\n");
}
