/**
 * Every TypeScript block in every README type-checks against the built packages
 * (scripts/docs/readme-blocks.ts), and the blocks marked as vitest tests pass. Needs `pnpm build`;
 * the test command builds first.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReadmeBlocks, extractBlocks, listReadmes, REPO_ROOT } from "../docs/readme-blocks.ts";

describe("README code blocks", () => {
  it("finds the READMEs of the root, the packages and specs", () => {
    const readmes = listReadmes();
    expect(readmes).toEqual(expect.arrayContaining(["README.md", "packages/runtime/README.md", "packages/unified/README.md", "specs/README.md"]));
    expect(readmes.some((r) => r.includes("node_modules"))).toBe(false);
  });

  it("extracts ts blocks with their lines, honours justified skips and rejects bare ones", () => {
    const text = [
      "# x", //                                         1
      "```ts", //                                       2
      "const a: number = 1;", //                        3
      "```", //                                         4
      "<!-- readme-check: skip — needs a real Chatwoot account -->",
      "",
      "```typescript", //                               7
      "const b = 2;",
      "```",
      "<!-- readme-check: skip -->",
      "```ts", //                                       11
      "const c = 3;",
      "```",
      "```sh",
      "```ts",
      "```",
    ].join("\n");
    const { blocks, problems } = extractBlocks("X.md", text);
    expect(blocks.map((b) => [b.line, b.code, b.skipReason])).toEqual([
      [3, "const a: number = 1;", undefined],
      [8, "const b = 2;", "needs a real Chatwoot account"],
      [12, "const c = 3;", undefined],
    ]);
    expect(problems.map((p) => [p.readme, p.line])).toEqual([["X.md", 10]]);
    expect(problems[0]?.message).toMatch(/without a reason/);
  });

  it("type-checks every block (strict) against the built packages", () => {
    const { checked, problems } = checkReadmeBlocks();
    expect(checked.length).toBeGreaterThan(5);
    expect(problems.map((p) => `${p.readme}:${p.line}: ${p.message}`)).toEqual([]);
  }, 120_000);
});

describe("README blocks marked <!-- readme-check: vitest -->", () => {
  const marked = listReadmes().flatMap((readme) => extractBlocks(readme, readFileSync(join(REPO_ROOT, readme), "utf8")).blocks.filter((b) => b.vitest === true));

  it("include the test kit's example", () => {
    expect(marked.map((b) => b.readme)).toContain("packages/mock-server/README.md");
  });

  it.each(marked.map((b) => [`${b.readme}:${b.line}`, b] as const))("%s passes when run with vitest", (_, block) => {
    const dir = join(REPO_ROOT, ".tmp", "readme-vitest");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "vitest.config.ts"), 'import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { include: ["*.test.ts"] } });\n');
    writeFileSync(join(dir, "readme.test.ts"), block.code);
    // Throws (with vitest's report) when the block's tests fail.
    execFileSync(join(REPO_ROOT, "node_modules", ".bin", "vitest"), ["run", "--root", dir, "--reporter=dot"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
  }, 120_000);
});
