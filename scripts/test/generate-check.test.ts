/**
 * `generate:check` as a tool: on a copy of the generator, the specs and the packages' sources in a
 * temp dir, a clean tree passes, and a dirtied or missing generated file makes
 * `node scripts/generate.mjs --check` exit non-zero naming that file. The repo is not touched.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
let copy = "";

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), "generate-check-"));
  for (const entry of ["scripts", "specs", "vendors.json", "packages"]) {
    cpSync(join(root, entry), join(copy, entry), {
      recursive: true,
      filter: (src) => !/[/\\](node_modules|dist|\.turbo|\.tmp)$/.test(src),
    });
  }
  // The generator's own dependencies (openapi-typescript, yaml, typescript) resolve through the repo's.
  symlinkSync(join(root, "node_modules"), join(copy, "node_modules"), "dir");
});

afterAll(() => {
  if (copy !== "") rmSync(copy, { recursive: true, force: true });
});

function check(...targets: string[]) {
  const run = spawnSync(process.execPath, [join(copy, "scripts", "generate.mjs"), "--check", ...targets], { cwd: copy, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `change` on a file of the copy, then `body`, and puts the file back whatever happens. */
function withChanged(file: string, change: (path: string) => void, body: () => void): void {
  const path = join(copy, file);
  const original = readFileSync(path, "utf8");
  try {
    change(path);
    body();
  } finally {
    writeFileSync(path, original);
  }
}

describe("generate:check", () => {
  it("passes on the tree as committed", () => {
    const run = check("5chat");
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/generate:check: 3 generated file\(s\) match their sources/);
    expect(run.status).toBe(0);
  });

  it("fails on a hand-edited generated file, naming it", () => {
    const file = "packages/5chat/src/generated/schema.ts";
    withChanged(file, (path) => { appendFileSync(path, "\nexport type HandEdited = true;\n"); }, () => {
      const run = check("5chat");
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`  - ${file}`);
      expect(run.stderr).not.toContain("types.ts");
    });
  });

  it("fails on a missing generated file when run over every target, naming it", () => {
    const file = "packages/mock-server/src/generated/vendors.ts";
    withChanged(file, (path) => { rmSync(path); }, () => {
      const run = check();
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`  - ${file}`);
      expect(run.stderr).not.toContain("schema.ts");
    });
  });
});
