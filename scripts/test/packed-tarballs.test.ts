/**
 * What `npm install @org/<pkg>` gives a user, checked on real tarballs made by `pnpm pack`
 * (so `workspace:` ranges are rewritten as they are on publish):
 * - publint and @arethetypeswrong/cli report no problem for any public package;
 * - a vendor tarball installs with plain npm into an empty directory outside the workspace and
 *   loads from both `import` and `require`.
 * Needs built packages (`pnpm build`); the test command builds first.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const work = mkdtempSync(join(tmpdir(), "org-tarballs-"));
const packs = join(work, "packs");

interface PackageInfo {
  dir: string;
  name: string;
  private?: boolean;
}
const publicPackages: PackageInfo[] = readdirSync(join(root, "packages"))
  .map((dir) => ({ dir, ...(JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as Omit<PackageInfo, "dir">) }))
  .filter((p) => p.private !== true);
const tarballs = new Map<string, string>();

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
}

beforeAll(() => {
  for (const p of publicPackages) {
    const out = run("pnpm", ["pack", "--pack-destination", packs, "--json"], join(root, "packages", p.dir));
    // pnpm prints the prepack script's banner before the JSON: parse from the JSON's first line.
    const start = out.search(/^\{/m);
    expect(start, `no JSON in pnpm pack's output:\n${out}`).toBeGreaterThanOrEqual(0);
    const parsed = JSON.parse(out.slice(start)) as { filename: string };
    tarballs.set(p.name, parsed.filename.startsWith("/") ? parsed.filename : join(packs, parsed.filename));
  }
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe.each(publicPackages.map((p) => [p.name]))("%s tarball", (name) => {
  it("has no workspace: ranges left in its manifest", () => {
    const manifest = run("tar", ["-xzOf", tarballs.get(name) ?? "", "package/package.json"], work);
    expect(manifest).not.toContain("workspace:");
  });

  it("passes publint (strict)", () => {
    const out = run(bin("publint"), ["run", tarballs.get(name) ?? "", "--strict"], work);
    expect(out).not.toMatch(/error|warning/i);
  });

  it("passes @arethetypeswrong/cli", () => {
    // Exits non-zero on any problem; execFileSync throws then with the report in the message.
    const out = run(bin("attw"), [tarballs.get(name) ?? "", "--format", "ascii", "--no-emoji"], work);
    expect(out).toMatch(/No problems found/);
  });

  it("ships every file its source maps and declaration maps point to", () => {
    const tarball = tarballs.get(name) ?? "";
    const files = new Set(run("tar", ["-tzf", tarball], work).split("\n").filter(Boolean).map((f) => f.replace(/^package\//, "")));
    const dangling: string[] = [];
    for (const file of files) {
      if (!/\.(c?js|d\.c?ts)$/.test(file)) continue;
      const text = run("tar", ["-xzOf", tarball, `package/${file}`], work);
      const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1];
      if (url === undefined) continue;
      const mapPath = posix.join(posix.dirname(file), url);
      if (!files.has(mapPath)) {
        dangling.push(`${file} → ${mapPath}`);
        continue;
      }
      const map = JSON.parse(run("tar", ["-xzOf", tarball, `package/${mapPath}`], work)) as { sources: string[] };
      for (const source of map.sources) {
        const sourcePath = posix.join(posix.dirname(mapPath), source);
        if (!files.has(sourcePath)) dangling.push(`${mapPath} → ${sourcePath}`);
      }
    }
    expect(dangling).toEqual([]);
  });
});

describe("npm install of a vendor tarball outside the workspace", () => {
  const app = join(work, "app");
  beforeAll(() => {
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
    // The runtime tarball is listed too: @org/runtime is not on any registry this test may reach.
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", tarballs.get("@org/runtime") ?? "", tarballs.get("@org/chatwoot") ?? ""], app);
  }, 180_000);

  // Loading is not enough: CommonJS interop bugs only show when the factory actually runs.
  const make = "m.createChatwootClient({ baseUrl: 'https://chat.example.com' })";

  it("loads and builds a client with import()", () => {
    const out = run("node", ["--input-type=module", "-e", `const m = await import('@org/chatwoot'); const c = ${make}; console.log(typeof c.GET, typeof c.withOptions)`], app);
    expect(out.trim()).toBe("function function");
  });

  it("loads and builds a client with require()", () => {
    const out = run("node", ["-e", `const m = require('@org/chatwoot'); const c = ${make}; console.log(typeof c.GET, typeof c.withOptions)`], app);
    expect(out.trim()).toBe("function function");
  });
});
