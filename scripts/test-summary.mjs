#!/usr/bin/env node
// Sum vitest JSON reports into one closing line that CI reads:
//   "N passed, N failed, N skipped; T type tests (N passed, N failed)"
// Type tests (vitest --typecheck: checked by the compiler, never run) are counted apart from the
// tests that ran. Every report named must exist: a missing one means its tests did not run, and
// fails the summary. A suite that failed to load (numFailedTestSuites) fails it too.
import { existsSync, readFileSync } from "node:fs";

/**
 * @param {readonly string[]} files - vitest JSON reports (or vitest-shaped: num* fields only).
 * @returns {{ line: string, ok: boolean, errors: string[] }}
 */
export function summarize(files) {
  const errors = [];
  const run = { passed: 0, failed: 0, skipped: 0 };
  const types = { passed: 0, failed: 0, skipped: 0 };
  let failedSuites = 0;
  if (files.length === 0) errors.push("no vitest report named");
  for (const file of files) {
    if (!existsSync(file)) {
      errors.push(`${file}: report missing (its tests did not run, or did not write it)`);
      continue;
    }
    const report = JSON.parse(readFileSync(file, "utf8"));
    const typeTests = (report.testResults ?? []).flatMap((f) => f.assertionResults ?? []).filter((a) => a.meta?.typecheck === true);
    const typed = (status) => typeTests.filter((a) => status.includes(a.status)).length;
    types.passed += typed(["passed"]);
    types.failed += typed(["failed"]);
    types.skipped += typed(["skipped", "pending", "todo"]);
    run.passed += (report.numPassedTests ?? 0) - typed(["passed"]);
    run.failed += (report.numFailedTests ?? 0) - typed(["failed"]);
    run.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0) - typed(["skipped", "pending", "todo"]);
    failedSuites += report.numFailedTestSuites ?? 0;
  }
  const suites = failedSuites > 0 ? `, ${failedSuites} failed suites` : "";
  const line = `${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped${suites}; ${types.passed + types.failed + types.skipped} type tests (${types.passed} passed, ${types.failed} failed)`;
  const ok = errors.length === 0 && run.failed === 0 && types.failed === 0 && failedSuites === 0 && run.passed > 0;
  return { line, ok, errors };
}

if (import.meta.filename === process.argv[1]) {
  const { line, ok, errors } = summarize(process.argv.slice(2));
  for (const e of errors) console.error(`test-summary: ${e}`);
  console.log(line);
  process.exit(ok ? 0 : 1);
}
