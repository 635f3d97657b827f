/**
 * Keeps `pnpm bench` from rotting: runs the whole harness once in its tiny configuration
 * (`--quick`) and checks it completes, prints every section and writes well-formed JSON with every
 * section. Benchmarks are not tests: nothing here asserts a timing or whether a target was met.
 * Needs built packages (`pnpm build`); the test command builds first.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Results } from "../../bench/run.ts";
import { VENDOR_IDS, VENDOR_TABLE } from "../vendors.mjs";

const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "org-bench-"));
const out = join(work, "results.json");
let stdout = "";
let results: Results;

beforeAll(async () => {
  const run = await promisify(execFile)(process.execPath, ["--import", "tsx", "bench/run.ts", "--quick", `--out=${out}`], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0" },
    maxBuffer: 16 * 2 ** 20,
  });
  stdout = run.stdout;
  results = JSON.parse(readFileSync(out, "utf8")) as Results;
}, 360_000); // the first run also generates the peer clients (bench/peers/generate.ts)
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** JSON paths holding `null`: where a number came out NaN (JSON.stringify writes NaN as null). */
function nullsIn(value: unknown, path = "$"): string[] {
  if (value === null) return [path];
  if (typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => (["target", "met"].includes(key) ? [] : nullsIn(v, `${path}.${key}`)));
}

const VENDORS = VENDOR_IDS;
const KINDS = ["raw-fetch", "raw-fetch+timeout", "openapi-fetch", "openapi-fetch+timeout", "openapi-fetch+ky", "hey-api", "orval", "vendor-client", "vendor+normalize", "unified"];
const PEERS = ["openapi-fetch+ky", "hey-api", "orval"];

describe("pnpm bench --quick", () => {
  it("prints a table for every section", () => {
    for (const heading of ["1. Request overhead", "2. Concurrency", "3. Normalization", "4. Cold start", "5. Regeneration", "6. Type-check cost", "7. Bundle size", "Targets"]) {
      expect(stdout).toContain(`## ${heading}`);
    }
  });

  it("writes JSON with the machine, the configuration and every section, no number left NaN", () => {
    expect(results.schema).toBe("org-conversations-sdk/bench@1");
    expect(results.machine.node).toBe(process.version);
    expect(results.machine.cpu).not.toBe("");
    expect(results.config.quick).toBe(true);
    expect(Object.keys(results.sections).sort()).toEqual(["bundle", "coldStart", "concurrency", "cpu", "http", "normalize", "regenerate", "typecheck"]);
    expect(nullsIn(results.sections)).toEqual([]);
  });

  it("measures every variant of every vendor, sequentially and concurrently, without a failed request", () => {
    const expected = VENDORS.flatMap((v) => KINDS.map((k) => `${v}/${k}`)).sort();
    for (const section of [results.sections.http, results.sections.concurrency]) {
      expect(section?.variants.map((v) => v.id).sort()).toEqual(expected);
      expect(section?.variants.filter((v) => v.failed > 0).map((v) => v.id)).toEqual([]);
    }
    // Section 1 runs in `forks` fresh processes (2 in --quick): every round of every process is pooled.
    const { n, rounds, forks } = results.config.http;
    expect(forks).toBeGreaterThan(1);
    expect(results.sections.http?.options.forks).toBe(forks);
    expect(results.sections.http?.variants.every((v) => v.calls === n && v.ratio.runs.length === rounds * forks)).toBe(true);
    const targeted = results.sections.http?.variants.filter((v) => v.targets.length > 0).map((v) => v.kind);
    expect(new Set(targeted)).toEqual(new Set(["vendor-client", "unified"]));
    // Every variant also has its ratio to raw fetch + a cancelable timeout, from every round.
    expect(results.sections.http?.variants.every((v) => v.timeoutRatio?.runs.length === rounds * forks)).toBe(true);
  });

  it("the peers, generated from our specs at bench time, return the same conversation as raw fetch", () => {
    // verifyVariants (bench/http-overhead.ts) refuses to measure a variant whose message count
    // differs from raw fetch's, so a peer listed here with no failed call read the real body.
    const peers = results.sections.http?.variants.filter((v) => PEERS.includes(v.kind)) ?? [];
    expect(peers.map((v) => v.id).sort()).toEqual(VENDORS.flatMap((v) => PEERS.map((k) => `${v}/${k}`)).sort());
    expect(peers.every((v) => v.failed === 0 && v.medianUs > 0 && v.cpuUsPerCall.median > 0)).toBe(true);
  });

  it("bundles one operation with every variant, peers included, for every vendor", () => {
    const rows = results.sections.bundle?.rows ?? [];
    const variants = ["raw-fetch", "openapi-fetch", "openapi-fetch+ky", "hey-api", "orval", "vendor-client"];
    expect(rows.map((r) => `${r.vendor}/${r.variant}`).sort()).toEqual(VENDORS.flatMap((v) => variants.map((k) => `${v}/${k}`)).sort());
    for (const r of rows) expect(r.gzipBytes, `${r.vendor}/${r.variant}`).toBeLessThan(r.minifiedBytes);
    // The floor is smaller than every client: the sizes are of real bundles, not of empty apps.
    for (const vendor of VENDORS) {
      const of = (variant: string): number => rows.find((r) => r.vendor === vendor && r.variant === variant)?.gzipBytes ?? 0;
      for (const variant of variants.slice(1)) expect(of(variant), `${vendor}/${variant}`).toBeGreaterThan(of("raw-fetch"));
    }
  });

  it("normalizes every size for every vendor and reports the growth ratio", () => {
    const normalize = results.sections.normalize;
    expect(normalize?.cases.map((c) => `${c.vendor}:${c.messages}`).sort()).toEqual(VENDORS.flatMap((v) => results.config.normalize.sizes.map((n) => `${v}:${n}`)).sort());
    expect(normalize?.growth.map((g) => g.vendor).sort()).toEqual([...VENDORS].sort());
  });

  it("times the import of every package, both regenerations and both type-checks", () => {
    expect(results.sections.coldStart?.modules.map((m) => m.module)).toEqual(["openapi-fetch", "@org/runtime", ...VENDOR_TABLE.map((v) => v.package), "@org/unified"]);
    const regenerate = results.sections.regenerate;
    expect(regenerate?.cold.totalTasks).toBe(VENDOR_IDS.length + 1); // each vendor package and the mock server's vendor list
    expect(regenerate?.cold.cacheHits).toEqual([0]); // --force: turbo runs every generate task
    expect(regenerate?.cached.cacheHits).toHaveLength(1);
    const typecheck = results.sections.typecheck;
    expect(typecheck?.consumer.instantiations).toBeGreaterThan(typecheck?.baseline.instantiations ?? Infinity);
  });

  it("lists the targets with their outcome (recorded, not asserted)", () => {
    expect(results.targets.length).toBeGreaterThanOrEqual(3 * 3 + 1 + 3);
    for (const t of results.targets) expect(typeof t.met).toBe("boolean");
  });
});
