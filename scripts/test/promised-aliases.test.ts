/**
 * Each spec's info.description lists its "Public component names", which it says the package
 * exports as aliases. Holds every package to its spec's promise: each listed schema has an alias
 * in the generated types (named after it, or `<Name>Body` where the name is a global, like `Error`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, VENDOR_TABLE } from "../vendors.mjs";

/** The backticked names of the "Public component names" paragraph, or [] without one. */
function promisedNames(description: string): string[] {
  const paragraph = description.split(/\n\s*\n/).find((p) => p.includes("Public component names"));
  return paragraph === undefined ? [] : [...paragraph.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)`/g)].map((m) => m[1] ?? "");
}

describe.each(VENDOR_TABLE.map((v) => [v.id, v] as const))("%s: the aliases its spec promises", (_id, row) => {
  const spec = parse(readFileSync(join(ROOT, row.spec), "utf8")) as { info: { description?: string }; components: { schemas: Record<string, unknown> } };
  const types = readFileSync(join(ROOT, row.dir, "src", "generated", "types.ts"), "utf8");
  const promised = promisedNames(spec.info.description ?? "").filter((name) => name !== "@org");

  it("lists names that are schemas of the spec", () => {
    expect(promised.length).toBeGreaterThan(0);
    expect(promised.filter((name) => !(name in spec.components.schemas))).toEqual([]);
  });

  it("exports an alias for every one of them", () => {
    const missing = promised.filter(
      (name) => !types.includes(`export type ${name} = Schemas[${JSON.stringify(name)}];`) && !types.includes(`export type ${name}Body = Schemas[${JSON.stringify(name)}];`),
    );
    expect(missing).toEqual([]);
  });
});
