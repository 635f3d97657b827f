#!/usr/bin/env node
/**
 * Merge the slice reports of one mutation target into a per-file table and one package score.
 *
 *     node scripts/mutation-merge.mjs unified                 # reads .tmp/stryker/unified-*.json
 *     node scripts/mutation-merge.mjs unified --survivors     # also lists each file's survivors
 *
 * `pnpm test:mutation unified --slice <name>` writes .tmp/stryker/unified-<name>.json (Stryker's
 * mutation-testing-report schema). A file found in two reports is taken from the newer report (a
 * slice rerun, or a narrower `--mutate` run, replaces what it re-tested). The score is Stryker's:
 * (killed + timeout) ÷ (killed + timeout + survived + no coverage); ignored mutants and compile or
 * run-time errors are not counted.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** Per-file counts from a list of Stryker mutant results. */
export function countFile(mutants) {
  const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === "Killed") c.killed++;
    else if (m.status === "Timeout") c.timeout++;
    else if (m.status === "Survived") c.survived++;
    else if (m.status === "NoCoverage") c.noCoverage++;
    else if (m.status === "Ignored") c.ignored++;
    else c.errors++; // CompileError, RuntimeError, Pending
  }
  return c;
}

/** Stryker's mutation score in percent, or null when nothing was scored. */
export function score(c) {
  const detected = c.killed + c.timeout;
  const valid = detected + c.survived + c.noCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
}

/**
 * Merge reports, each `{ name, time, report }` (report: Stryker JSON), newest wins per file.
 * Returns rows sorted by file, each `{ file, from, ...counts, score, survivors }`, and the total.
 */
export function merge(reports) {
  const byFile = new Map();
  for (const { name, report } of [...reports].sort((a, b) => a.time - b.time)) {
    for (const [file, data] of Object.entries(report.files)) byFile.set(file, { from: name, mutants: data.mutants });
  }
  const rows = [...byFile.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, { from, mutants }]) => {
      const c = countFile(mutants);
      const survivors = mutants
        .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
        .map((m) => ({ line: m.location.start.line, column: m.location.start.column, mutator: m.mutatorName, replacement: m.replacement ?? "", status: m.status }))
        .sort((a, b) => a.line - b.line || a.column - b.column);
      return { file, from, ...c, score: score(c), survivors };
    });
  const total = countFile(rows.flatMap((r) => [...byFile.get(r.file).mutants]));
  return { rows, total: { ...total, score: score(total) } };
}

const pct = (s) => (s === null ? "—" : s.toFixed(2));

/** The merged result as a Markdown table (lowest score first), then the package line. */
export function toMarkdown({ rows, total }, { survivors = false } = {}) {
  const lines = [
    "| file | score % | killed | timeout | survived | no cov | ignored | slice |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  const sorted = [...rows].sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.file.localeCompare(b.file));
  for (const r of sorted) lines.push(`| ${r.file} | ${pct(r.score)} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | ${r.ignored} | ${r.from} |`);
  lines.push(`| **all ${rows.length} files** | **${pct(total.score)}** | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} | ${total.ignored} | |`);
  if (survivors) {
    for (const r of sorted.filter((x) => x.survivors.length > 0)) {
      lines.push("", `${r.file}:`);
      for (const s of r.survivors) lines.push(`- ${String(s.line)}:${String(s.column)} ${s.mutator}${s.status === "NoCoverage" ? " (no coverage)" : ""}: ${s.replacement.replace(/\s+/g, " ").slice(0, 100)}`);
    }
  }
  return lines.join("\n");
}

/** The slice reports of `target` in `dir`: `<target>-<slice>.json`, not the incremental or config files. */
export function readReports(dir, target) {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${target}-`) && f.endsWith(".json") && !f.endsWith(".incremental.json") && !f.endsWith(".config.json"))
    .map((f) => ({ name: f.slice(target.length + 1, -".json".length), time: statSync(join(dir, f)).mtimeMs, report: JSON.parse(readFileSync(join(dir, f), "utf8")) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { survivors: { type: "boolean" }, dir: { type: "string" } }, allowPositionals: true });
  const target = positionals[0] ?? "unified";
  const dir = values.dir ?? join(import.meta.dirname, "..", ".tmp", "stryker");
  const reports = readReports(dir, target);
  if (reports.length === 0) {
    console.error(`mutation-merge: no slice reports ${target}-*.json in ${dir}`);
    process.exit(1);
  }
  console.log(toMarkdown(merge(reports), { survivors: values.survivors === true }));
}
