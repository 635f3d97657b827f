/**
 * vendors.json is the one list of vendors. Tools that read it cannot diverge; this test holds the
 * places that cannot read it (redocly.yaml, the packages' own package.json) to it, and checks that
 * the TypeScript tools' generated list matches.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { VENDORS as MOCK_VENDORS } from "../../packages/mock-server/src/vendors.ts";
import { ROOT, VENDOR_IDS, VENDOR_TABLE } from "../vendors.mjs";

describe("vendors.json", () => {
  it("redocly.yaml lints exactly the specs of the table", () => {
    const redocly = parse(readFileSync(join(ROOT, "redocly.yaml"), "utf8")) as { apis: Record<string, { root: string }> };
    const apis = Object.fromEntries(Object.entries(redocly.apis).map(([id, api]) => [id, api.root]));
    expect(apis).toEqual(Object.fromEntries(VENDOR_TABLE.map((v) => [v.id, v.spec])));
  });

  it.each(VENDOR_TABLE.map((v) => [v.id, v] as const))("%s: its spec and package exist and agree with the row", (id, row) => {
    expect(existsSync(join(ROOT, row.spec)), row.spec).toBe(true);
    const pkg = JSON.parse(readFileSync(join(ROOT, row.dir, "package.json"), "utf8")) as { name: string; scripts: Record<string, string> };
    expect(pkg.name).toBe(row.package);
    expect(pkg.scripts["generate"]).toBe(`node ../../scripts/generate.mjs ${id}`);
  });

  it("the mock servers know the same vendors, in the same order", () => {
    expect([...MOCK_VENDORS]).toEqual(VENDOR_IDS);
  });
});
