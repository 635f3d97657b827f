/** The printed report: one Markdown table per section (paste-ready for the README) and the targets. */
import { renderCpu } from "./cpu.ts";
import type { Results } from "./run.ts";
import type { Spread } from "./stats.ts";

function table(header: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (right.includes(i) ? `${"-".repeat(Math.max(1, w - 1))}:` : "-".repeat(w))).join(" | ")} |`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

/** `1.05 (1.02–1.08)`: median, then the range over repetitions when there were several. */
function range(s: Spread, digits = 3, unit = ""): string {
  const f = (v: number): string => `${Number(v.toPrecision(digits))}${unit}`;
  return s.runs.length > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

const n = (v: number, digits = 3): string => String(Number(v.toPrecision(digits)));
/** Ratios get three decimals, so a figure just over its target never prints as the target. */
function ratio(s: Spread): string {
  return s.runs.length > 1 ? `${s.median.toFixed(3)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : s.median.toFixed(3);
}
/** Megabytes; a GC leaving a few KB less than the baseline shows as 0. */
const mb = (bytes: number): string => `${(Math.max(0, bytes) / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1)} MB`;
const verdict = (met: boolean | null, target: number | null): string => (target === null ? "" : `≤ ${target}× ${met === true ? "✓" : "✗ missed"}`);

export function renderReport(results: Results): string {
  const { machine, sections: s } = results;
  const out: string[] = [
    `# pnpm bench — ${results.startedAt}`,
    `Node ${machine.node}, ${machine.cpu} (${machine.cores} cores), ${machine.platform}/${machine.arch}; command: \`${results.command}\``,
  ];

  if (s.cpu !== undefined) out.push(renderCpu(s.cpu));
  if (s.http !== undefined) {
    const o = s.http.options;
    out.push(
      `\n## 1. Request overhead — ${o.n} sequential GET conversation calls per variant (${o.forks !== undefined && o.forks > 1 ? `${o.forks} processes × ` : ""}${o.rounds} interleaved rounds, ${o.warmup} warm-up calls${o.forks !== undefined && o.forks > 1 ? " each" : ""})`,
      table(
        ["vendor", "variant", "median µs", "p99 µs", "× raw fetch (rounds min–max)", "× raw + timeout", "p99 × raw", "+µs vs raw", "client CPU µs/call", "targets", "failed"],
        s.http.variants.map((v) => [
          v.vendor,
          v.kind,
          n(v.medianUs),
          n(v.p99Us),
          ratio(v.ratio),
          v.timeoutRatio === null ? "" : ratio(v.timeoutRatio),
          n(v.p99Ratio),
          n(v.overheadUs),
          range(v.cpuUsPerCall),
          v.targets.map((t) => `${t.ratio.median.toFixed(3)}× ${t.of} ${verdict(t.met, t.max)}`).join("; "),
          String(v.failed),
        ]),
        [2, 3, 6, 7, 10],
      ),
    );
  }
  if (s.concurrency !== undefined) {
    const o = s.concurrency.options;
    out.push(
      `\n## 2. Concurrency — ${o.requests} requests per variant, ${o.concurrency} in flight (${o.rounds} interleaved rounds)`,
      table(
        ["vendor", "variant", "req/s (rounds min–max)", "latency median µs", "latency p99 µs", "× raw fetch wall time", "failed"],
        s.concurrency.variants.map((v) => [v.vendor, v.kind, range(v.throughputRps), n(v.latencyMedianUs), n(v.latencyP99Us), ratio(v.ratio), String(v.failed)]),
        [3, 4, 6],
      ),
    );
  }
  if (s.normalize !== undefined) {
    out.push(
      `\n## 3. Normalization — normalizeConversation, ${s.normalize.options.rounds} interleaved rounds of ≥ ${s.normalize.options.budget} messages`,
      table(
        ["vendor", "messages", "ns per message (rounds min–max)", "peak heap", "retained heap"],
        s.normalize.cases.map((c) => [c.vendor, c.messages.toLocaleString("en-US"), range(c.perMessageNs), mb(c.peakHeapBytes), mb(c.retainedHeapBytes)]),
        [1, 3, 4],
      ),
      "",
      table(
        ["vendor", "per-message time ratio", "target"],
        s.normalize.growth.map((g) => [g.vendor, `${g.to.toLocaleString("en-US")} ÷ ${g.from.toLocaleString("en-US")} msgs: ${ratio(g.ratio)}`, verdict(g.met, g.target)]),
      ),
    );
  }
  if (s.coldStart !== undefined) {
    out.push(
      `\n## 4. Cold start — import in a fresh node process (${s.coldStart.options.reps} reps; an empty \`node -e\` takes ${range(s.coldStart.nodeBaselineMs, 3, " ms")})`,
      table(
        ["module", "ESM import() ms", "CJS require() ms", "whole process ms (ESM)"],
        s.coldStart.modules.map((m) => [m.module, range(m.esm.importMs), range(m.cjs.importMs), range(m.esm.processMs)]),
        [1, 2, 3],
      ),
    );
  }
  if (s.regenerate !== undefined) {
    const r = s.regenerate;
    out.push(
      `\n## 5. Regeneration — every spec (${r.options.reps} reps)`,
      table(
        ["run", "command", "wall ms (min–max)", "turbo cache hits per run"],
        [
          ["cold", r.cold.command, range(r.cold.wallMs), `${r.cold.cacheHits.join(", ")} of ${r.cold.totalTasks}`],
          ["cached", r.cached.command, range(r.cached.wallMs), `${r.cached.cacheHits.join(", ")} of ${r.cached.totalTasks}`],
        ],
        [2],
      ),
    );
  }
  if (s.typecheck !== undefined) {
    const t = s.typecheck;
    const row = (name: string, p: typeof t.consumer): string[] => [name, range(p.checkMs), range(p.totalMs), p.instantiations.toLocaleString("en-US"), p.types.toLocaleString("en-US"), mb(p.memoryKb * 1024)];
    out.push(
      `\n## 6. Type-check cost — tsc ${t.typescript} --noEmit --extendedDiagnostics, skipLibCheck (${t.options.reps} reps)`,
      table(
        ["project", "check ms", "total ms", "instantiations", "types", "memory"],
        [
          row(`${t.consumer.file} (all four packages)`, t.consumer),
          row("empty file (TypeScript's libs only)", t.baseline),
          [
            "cost of the packages",
            n(t.consumer.checkMs.median - t.baseline.checkMs.median),
            n(t.consumer.totalMs.median - t.baseline.totalMs.median),
            (t.consumer.instantiations - t.baseline.instantiations).toLocaleString("en-US"),
            (t.consumer.types - t.baseline.types).toLocaleString("en-US"),
            mb((t.consumer.memoryKb - t.baseline.memoryKb) * 1024),
          ],
        ],
        [1, 2, 3, 4, 5],
      ),
    );
  }
  if (s.bundle !== undefined) {
    const kb = (bytes: number): string => `${(bytes / 1000).toFixed(2)} kB`;
    out.push(
      "\n## 7. Bundle size — one GET conversation per variant (esbuild --bundle --minify, browser ESM, gzip -9)",
      table(
        ["vendor", "variant", "minified", "gzip"],
        s.bundle.rows.map((r) => [r.vendor, r.variant, kb(r.minifiedBytes), kb(r.gzipBytes)]),
        [2, 3],
      ),
    );
  }
  if (results.targets.length > 0) {
    out.push(
      "\n## Targets",
      table(
        ["target", "actual", "met"],
        results.targets.map((t) => [t.name, t.actual, t.met ? "yes" : "NO"]),
      ),
    );
  }
  out.push(`\nJSON: ${results.out}; ${(results.durationMs / 1000).toFixed(1)} s`);
  return out.join("\n");
}
