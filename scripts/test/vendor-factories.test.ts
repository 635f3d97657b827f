/**
 * The generated factories (scripts/generate/client-source.mjs) tell a caller who uses another
 * SDK's name for the credential which option this vendor wants, before any request.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, VENDOR_TABLE } from "../vendors.mjs";

type Factory = (options: Record<string, unknown>) => unknown;

/** The credential option the spec names (`x-client-option` on its security scheme). */
function credentialOption(specPath: string): string {
  const spec = parse(readFileSync(join(ROOT, specPath), "utf8")) as { components: { securitySchemes: Record<string, { "x-client-option"?: { name: string } }> } };
  const name = Object.values(spec.components.securitySchemes)[0]?.["x-client-option"]?.name;
  if (name === undefined) throw new Error(`${specPath}: no x-client-option`);
  return name;
}

describe.each(VENDOR_TABLE.map((v) => [v.id, v] as const))("%s factory", (_id, row) => {
  const option = credentialOption(row.spec);
  const load = async (): Promise<Factory> => {
    const mod = (await import(row.package)) as Record<string, unknown>;
    const factory = mod[row.client.factory];
    if (typeof factory !== "function") throw new Error(`${row.package} has no ${row.client.factory}`);
    return factory as Factory;
  };

  it.each(["token", "accessToken", "apiToken"])("refuses `%s` and names the vendor's credential option", async (habit) => {
    const create = await load();
    let thrown: unknown;
    try {
      create({ [habit]: "secret-value-123", baseUrl: "https://example.com" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const message = (thrown as Error).message;
    expect(message).toContain(habit);
    expect(message).toContain(`did you mean "${option}"`);
    expect(message).not.toContain("secret-value-123");
  });

  it("accepts its own credential option", async () => {
    const create = await load();
    expect(() => create({ [option]: "k", baseUrl: "https://example.com" })).not.toThrow();
  });
});
