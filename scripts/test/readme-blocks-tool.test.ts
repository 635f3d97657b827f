/**
 * The README checker (scripts/docs/readme-blocks.ts) as a tool: pointed at a fixture repository
 * whose README has a block with a type error (not a syntax error), it reports that README at the
 * line of the error and exits 1; a README with only sound blocks passes.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkReadmeBlocks } from "../docs/readme-blocks.ts";

const root = join(import.meta.dirname, "..", "..");
let fixture = "";

/** A git work tree with the repository's compiler options, the given README and nothing else. */
function fixtureRepo(readme: string): string {
  const dir = mkdtempSync(join(tmpdir(), "readme-blocks-"));
  copyFileSync(join(root, "tsconfig.base.json"), join(dir, "tsconfig.base.json"));
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(join(dir, "README.md"), readme);
  spawnSync("git", ["init", "-q"], { cwd: dir });
  return dir;
}

const README = [
  "# Fixture", //                                           1
  "", //                                                    2
  "```ts", //                                               3
  "const fine: number = 1;", //                             4
  "console.log(fine);", //                                  5
  "```", //                                                 6
  "", //                                                    7
  "```typescript", //                                       8
  "const count: number = 2;", //                            9
  'const label: string = count; // a type error, sound syntax', // 10
  "console.log(label);", //                                 11
  "```", //                                                 12
  "",
].join("\n");

beforeEach(() => {
  fixture = "";
});
afterEach(() => {
  if (fixture !== "") rmSync(fixture, { recursive: true, force: true });
});

describe("README checker on a fixture", () => {
  it("reports a type error at its README line", () => {
    fixture = fixtureRepo(README);
    const { checked, problems } = checkReadmeBlocks(fixture);
    expect(checked.map((b) => b.line)).toEqual([4, 9]);
    expect(problems.map((p) => [p.readme, p.line])).toEqual([["README.md", 10]]);
    expect(problems[0]?.message).toMatch(/^TS2322: Type 'number' is not assignable to type 'string'/);
  });

  it("as a command: prints README:line and exits 1", () => {
    fixture = fixtureRepo(README);
    const run = spawnSync(join(root, "node_modules", ".bin", "tsx"), [join(root, "scripts", "docs", "readme-blocks.ts"), fixture], { encoding: "utf8" });
    expect(run.stderr).toMatch(/^README\.md:10: TS2322: /m);
    expect(run.stdout).toContain("readme blocks: 2 checked in 1 READMEs, 0 skipped, 1 problems");
    expect(run.status).toBe(1);
  });

  it("passes a README whose blocks are sound", () => {
    fixture = fixtureRepo(README.replace("const label: string = count;", "const label: string = String(count);"));
    expect(checkReadmeBlocks(fixture).problems).toEqual([]);
  });
});
