/**
 * The pieces of a long mutation run: the slices of a target cover each of its files exactly once,
 * and scripts/mutation-merge.mjs turns the slice reports into one per-file table and package score
 * (Stryker's formula: killed + timeout over everything but ignored mutants and errors).
 */
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { merge, readReports, toMarkdown } from "../mutation-merge.mjs";
import { matches, TARGETS } from "../mutation-targets.mjs";

const root = join(import.meta.dirname, "..", "..");

const mutant = (status: string, line = 1) => ({ id: `${status}${String(line)}`, mutatorName: "ConditionalExpression", replacement: "true", status, location: { start: { line, column: 5 }, end: { line, column: 9 } } });
const report = (files: Record<string, string[]>) => ({
  schemaVersion: "2",
  thresholds: { high: 80, low: 60 },
  files: Object.fromEntries(Object.entries(files).map(([f, statuses]) => [f, { language: "typescript", source: "", mutants: statuses.map((s, i) => mutant(s, i + 1)) }])),
});

describe("mutation slices", () => {
  it("matches a file at any depth under `**/`, as Stryker's globs do", () => {
    expect(matches("src/adapters/chatwoot/writes.ts", ["src/**/*.ts"])).toBe(true);
    expect(matches("src/cursor.ts", ["src/**/*.ts"])).toBe(true);
    expect(matches("src/adapters/chatwoot/index.ts", ["src/**/*.ts", "!src/**/index.ts"])).toBe(false);
    expect(matches("src/adapters/chatwoot/writes.ts", ["src/*.ts"])).toBe(false);
  });

  it("unified's slices split its mutated files with no file left out and none twice", () => {
    const target = TARGETS.unified;
    const dir = join(root, target.dir);
    const files = (readdirSync(join(dir, "src"), { recursive: true }) as string[])
      .map((f) => relative(dir, join(dir, "src", f)))
      .filter((f) => f.endsWith(".ts") && matches(f, target.mutate));
    expect(files.length).toBeGreaterThan(50);
    const negations = target.mutate.filter((g) => g.startsWith("!"));
    for (const file of files) {
      const owners = Object.entries(target.slices).filter(([, globs]) => matches(file, [...globs, ...negations])).map(([name]) => name);
      expect(owners, file).toHaveLength(1);
    }
  });
});

describe("mutation-merge", () => {
  it("scores each file and the package as Stryker does, not counting ignored mutants or errors", () => {
    const merged = merge([
      { name: "a", time: 1, report: report({ "src/x.ts": ["Killed", "Killed", "Timeout", "Survived", "Ignored", "CompileError"] }) },
      { name: "b", time: 2, report: report({ "src/y.ts": ["Killed", "NoCoverage"] }) },
    ]);
    expect(merged.rows.map((r) => [r.file, r.from, r.score])).toEqual([["src/x.ts", "a", 75], ["src/y.ts", "b", 50]]);
    expect(merged.total).toMatchObject({ killed: 3, timeout: 1, survived: 1, noCoverage: 1, ignored: 1, errors: 1 });
    expect(merged.total.score).toBeCloseTo((100 * 4) / 6, 10);
    expect(merged.rows[1]?.survivors).toEqual([{ line: 2, column: 5, mutator: "ConditionalExpression", replacement: "true", status: "NoCoverage" }]);
  });

  it("takes a file found in two reports from the newer one", () => {
    const older = { name: "whole", time: 1, report: report({ "src/x.ts": ["Survived", "Survived"] }) };
    const newer = { name: "rerun", time: 2, report: report({ "src/x.ts": ["Killed", "Survived"] }) };
    for (const order of [[older, newer], [newer, older]]) {
      const { rows } = merge(order);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ from: "rerun", killed: 1, survived: 1, score: 50 });
    }
  });

  it("reads only a target's slice reports and prints the lowest score first, then the package", () => {
    const dir = mkdtempSync(join(tmpdir(), "mutation-merge-"));
    writeFileSync(join(dir, "unified-a.json"), JSON.stringify(report({ "src/x.ts": ["Killed"] })));
    writeFileSync(join(dir, "unified-b.json"), JSON.stringify(report({ "src/y.ts": ["Survived", "Killed"] })));
    for (const other of ["unified-a.incremental.json", "unified-a.config.json", "unified.json", "runtime-a.json"]) writeFileSync(join(dir, other), "{not json");
    utimesSync(join(dir, "unified-a.json"), 1, 1);
    const reports = readReports(dir, "unified");
    expect(reports.map((r) => r.name).sort()).toEqual(["a", "b"]);
    const md = toMarkdown(merge(reports), { survivors: true }).split("\n");
    expect(md.slice(2, 5)).toEqual([
      "| src/y.ts | 50.00 | 1 | 0 | 1 | 0 | 0 | b |",
      "| src/x.ts | 100.00 | 1 | 0 | 0 | 0 | 0 | a |",
      "| **all 2 files** | **66.67** | 2 | 0 | 1 | 0 | 0 | |",
    ]);
    expect(md.slice(5)).toEqual(["", "src/y.ts:", "- 1:5 ConditionalExpression: true"]);
  });
});
