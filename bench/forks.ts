/**
 * Section 1 (request overhead) in fresh processes, one after another, pooled into one result (see
 * {@link mergeSequential} for why). Each process is this bench run with `--only=http --fork`: it
 * starts its own server, measures, writes its JSON and prints nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exited, forkBench } from "./child.ts";
import type { BenchConfig } from "./config.ts";
import { mergeSequential, type SequentialResult } from "./http-overhead.ts";

/**
 * Runs section 1 in `config.http.forks` processes and pools their results.
 *
 * @param config - The whole run's configuration (`http.n` is split among the processes).
 * @param progress - Where to say which process is running.
 * @returns The pooled result.
 */
export async function benchSequentialForked(config: BenchConfig, progress: (message: string) => void): Promise<SequentialResult> {
  const { n, rounds, warmup, forks } = config.http;
  const dir = mkdtempSync(join(tmpdir(), "bench-forks-"));
  try {
    const results: SequentialResult[] = [];
    for (let i = 1; i <= forks; i++) {
      progress(`request overhead: process ${i} of ${forks}`);
      const out = join(dir, `fork-${i}.json`);
      const child = forkBench("./run.ts", [
        "--fork",
        "--only=http",
        "--forks=1",
        `--n=${Math.ceil(n / forks)}`,
        `--rounds=${rounds}`,
        `--warmup=${warmup}`,
        `--out=${out}`,
        ...(config.variants.length > 0 ? [`--variants=${config.variants.join(",")}`] : []),
      ]);
      await exited(child);
      if (child.exitCode !== 0) throw new Error(`request overhead: process ${i} exited with code ${String(child.exitCode)} (signal ${String(child.signalCode)})`);
      const json = JSON.parse(readFileSync(out, "utf8")) as { sections?: { http?: SequentialResult } };
      if (json.sections?.http === undefined) throw new Error(`request overhead: process ${i} wrote no results`);
      results.push(json.sections.http);
    }
    return mergeSequential(results, { n, rounds, warmup, forks });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
