/**
 * scripts/test-summary.mjs, the suite's closing line: it fails on a missing report, on a suite that
 * did not load, and counts type tests (vitest --typecheck) apart from the tests that ran.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "test-summary-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function report(name: string, body: object): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(body));
  return file;
}

function summary(...files: string[]) {
  const run = spawnSync(process.execPath, [join(root, "scripts", "test-summary.mjs"), ...files], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

const typeTest = (status: string) => ({ status, meta: { typecheck: true } });
const runTest = (status: string) => ({ status, meta: {} });
const pkg = report("pkg", {
  numPassedTests: 4,
  numFailedTests: 0,
  numPendingTests: 1,
  numFailedTestSuites: 0,
  testResults: [
    { name: "a.test.ts", assertionResults: [runTest("passed"), runTest("passed"), runTest("pending")] },
    { name: "b.test-d.ts", assertionResults: [typeTest("passed"), typeTest("passed")] },
  ],
});
const release = report("release", { numPassedTests: 3, numFailedTests: 0, numPendingTests: 0 });

describe("test-summary", () => {
  it("counts type tests apart from the tests that ran", () => {
    expect(summary(pkg, release)).toEqual({ status: 0, stdout: "5 passed, 0 failed, 1 skipped; 2 type tests (2 passed, 0 failed)", stderr: "" });
  });

  it("fails on a missing report, naming it", () => {
    const missing = join(dir, "never-written.json");
    const run = summary(pkg, missing);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${missing}: report missing`);
  });

  it("fails on a failed type test and on a suite that did not load", () => {
    const typeFail = report("type-fail", { numPassedTests: 1, numFailedTests: 1, testResults: [{ name: "c.test-d.ts", assertionResults: [runTest("passed"), typeTest("failed")] }] });
    expect(summary(typeFail)).toMatchObject({ status: 1, stdout: "1 passed, 0 failed, 0 skipped; 1 type tests (0 passed, 1 failed)" });
    const broken = report("broken", { numPassedTests: 2, numFailedTests: 0, numFailedTestSuites: 1, testResults: [] });
    expect(summary(broken)).toMatchObject({ status: 1, stdout: "2 passed, 0 failed, 0 skipped, 1 failed suites; 0 type tests (0 passed, 0 failed)" });
  });

  it("fails when nothing passed or no report is named", () => {
    expect(summary(report("empty", { numPassedTests: 0, numFailedTests: 0 })).status).toBe(1);
    expect(summary().status).toBe(1);
  });
});
