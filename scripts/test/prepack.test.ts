/**
 * `pnpm pack` (and so `pnpm publish`) in a package that was never built must not ship a tarball whose
 * `exports` point at a missing `dist/`: every public package builds itself, with its workspace
 * dependencies, in `prepack`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

interface Manifest {
  name: string;
  private?: boolean;
  main?: string;
  types?: string;
  exports?: unknown;
  bin?: unknown;
  publishConfig?: { main?: string; types?: string; exports?: unknown; bin?: unknown };
  scripts?: Record<string, string>;
}

const packages = readdirSync(join(root, "packages"))
  .filter((dir) => existsSync(join(root, "packages", dir, "package.json")))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as Manifest }))
  .filter(({ manifest }) => manifest.private !== true);

/** Every `dist/` file a manifest's `main`, `types`, `bin` and `exports` name, as published (`publishConfig` wins). */
function targets(manifest: Manifest): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") found.push(value);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk([manifest.main, manifest.types, manifest.bin, manifest.exports, manifest.publishConfig]);
  return found.filter((path) => path.startsWith("./dist/"));
}

describe("prepack", () => {
  it.each(packages)("$manifest.name builds itself and its dependencies before it is packed", ({ manifest }) => {
    expect(targets(manifest).length).toBeGreaterThan(0);
    expect(manifest.scripts?.prepack).toMatch(new RegExp(`^turbo run build --filter=${manifest.name.replace("/", "\\/")}\\.\\.\\. `));
  });

  it.each(packages)("after $manifest.name's prepack every file its exports name exists", ({ dir, manifest }) => {
    execFileSync("pnpm", ["run", "prepack"], { cwd: join(root, "packages", dir), stdio: "ignore", env: { ...process.env, FORCE_COLOR: "0" } });
    for (const path of targets(manifest)) expect(existsSync(join(root, "packages", dir, path)), path).toBe(true);
  });
});
