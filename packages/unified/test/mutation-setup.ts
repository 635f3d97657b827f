/**
 * Setup for Stryker runs of @org/unified (vitest.mutation.config.ts, only under STRYKER=1). Two
 * costs dominate a mutant's run and neither changes what a test can observe:
 * - fast-check's 300 runs per property, each re-run for every mutant a property test covers, and
 *   its shrinking after a failure (the first failure already kills the mutant). Capped here.
 * - parsing the three vendor specs (YAML, ~600 kB) on every `startMockServers()` and `loadSpec()`:
 *   1–3 s per test file per mutant on two shared cores. The parse is cached on disk as JSON, keyed by
 *   a hash of the text: reading it back is a fresh object per caller, as a parse would be.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { vi } from "vitest";

/** Runs per property under Stryker (the normal suite keeps each test's own `numRuns`). */
export const MUTATION_NUM_RUNS = 25;

vi.mock("fast-check", async (importOriginal) => {
  const real = await importOriginal<typeof import("fast-check")>();
  type Args = Parameters<typeof real.assert>;
  const assert = ((property: Args[0], params?: Args[1]) =>
    real.assert(property, { ...params, numRuns: Math.min(params?.numRuns ?? 100, MUTATION_NUM_RUNS), endOnFailure: true })) as typeof real.assert;
  return { ...real, assert, default: { ...real, assert } };
});

/** Parsed specs as JSON, keyed by a hash of the YAML text and options (in the OS temp dir, shared by the Stryker sandboxes). */
const CACHE_DIR = join(tmpdir(), "unified-mutation-yaml-cache");

vi.mock("yaml", async (importOriginal) => {
  const real = await importOriginal<typeof import("yaml")>();
  const parse = ((text: string, ...rest: unknown[]) => {
    const file = join(CACHE_DIR, `${createHash("sha256").update(JSON.stringify(rest)).update(text).digest("hex")}.json`);
    try {
      return JSON.parse(readFileSync(file, "utf8")) as unknown;
    } catch {
      const doc = (real.parse as (t: string, ...r: unknown[]) => unknown)(text, ...rest);
      const json = JSON.stringify(doc);
      // Only a document that survives JSON unchanged is cached (no dates, no undefined, no cycles).
      if (isDeepStrictEqual(JSON.parse(json), doc)) {
        mkdirSync(CACHE_DIR, { recursive: true });
        const tmp = `${file}.${String(process.pid)}.${String(Math.random()).slice(2)}`;
        writeFileSync(tmp, json);
        renameSync(tmp, file);
      }
      return doc;
    }
  }) as typeof real.parse;
  return { ...real, parse, default: { ...real, parse } };
});
