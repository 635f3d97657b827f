/**
 * The bundle-size check (scripts/release/budgets.mjs) as a tool: with one bundle's enforced limit
 * set below its size (`--limit`), the run exits 1 naming that bundle, its size and the limit; at a
 * limit equal to its size, that bundle passes. Needs the built packages (the test command builds
 * first); without them esbuild cannot resolve the packages and the first test fails.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const BUNDLE = "@org/chatwoot/webhooks verify";

function budgets(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, "scripts", "release", "budgets.mjs"), ...args], { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The FAIL lines that name `name`. */
const failures = (stderr: string, name: string) => stderr.split("\n").filter((l) => l.startsWith(`budgets: FAIL: ${name}:`));

describe("budgets", () => {
  it("fails a bundle over its enforced limit, naming it with its size (whatever the other bundles do)", () => {
    const run = budgets("--limit", `${BUNDLE}=100`);
    expect(failures(run.stderr, BUNDLE)).toEqual([expect.stringMatching(/^budgets: FAIL: @org\/chatwoot\/webhooks verify: \d+ B gzipped is over its enforced limit of 100 B \(target 3000 B\)$/)]);
    expect(run.status).toBe(1);
  });

  it("passes a bundle exactly at its limit", () => {
    const over = failures(budgets("--limit", `${BUNDLE}=1`).stderr, BUNDLE)[0] ?? "";
    const size = Number(/: (\d+) B gzipped/.exec(over)?.[1]);
    expect(size).toBeGreaterThan(1);
    const run = budgets("--limit", `${BUNDLE}=${String(size)}`);
    expect(failures(run.stderr, BUNDLE)).toEqual([]);
    expect(run.stdout).toContain(`| ${BUNDLE} |`);
  });

  it("refuses a --limit for a bundle it does not know", () => {
    const run = budgets("--limit", "@org/nope=1");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(BUNDLE);
  });
});
