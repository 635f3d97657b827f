/**
 * The Chatwoot README's coverage table ("What the spec covers") is held to the spec: every
 * operationId of specs/chatwoot.yaml is named in it, and it names none the spec does not have. Adding
 * an operation to the spec fails this test until the table says where it belongs, so the table cannot
 * drift into listing as "left out" what the spec now covers.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../vendors.mjs";

const HTTP_METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options", "trace"]);

function specOperationIds(spec: { paths?: Record<string, Record<string, { operationId?: string }>> }): string[] {
  return Object.values(spec.paths ?? {}).flatMap((item) =>
    Object.entries(item).flatMap(([method, op]) => (HTTP_METHODS.has(method) && op.operationId !== undefined ? [op.operationId] : [])),
  );
}

/** The backticked identifiers of the table under "### What the spec covers". */
function tableOperationIds(readme: string): string[] {
  const start = readme.indexOf("### What the spec covers");
  const end = readme.indexOf("\n### ", start + 1);
  if (start < 0 || end < 0) throw new Error('packages/chatwoot/README.md has no "### What the spec covers" section followed by another ### section');
  const rows = readme.slice(start, end).split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| ---") && !line.startsWith("| area"));
  return rows.flatMap((row) => [...(row.split(" | ")[1] ?? "").matchAll(/`([a-z][A-Za-z]+)`/g)].map((m) => m[1] ?? ""));
}

describe("packages/chatwoot/README.md coverage table", () => {
  const spec = parse(readFileSync(join(ROOT, "specs/chatwoot.yaml"), "utf8")) as Parameters<typeof specOperationIds>[0];
  const ids = specOperationIds(spec);
  const named = new Set(tableOperationIds(readFileSync(join(ROOT, "packages/chatwoot/README.md"), "utf8")));

  it("names every operation of the spec", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !named.has(id))).toEqual([]);
  });

  it("names no operationId the spec does not have (camelCase verb identifiers only; parameters like `q` are not operations)", () => {
    const known = new Set(ids);
    const verbs = /^(get|list|create|update|delete|set|toggle|search|filter|mark|assign|merge|resolve|answer)[A-Z]/;
    expect([...named].filter((id) => verbs.test(id) && !known.has(id))).toEqual([]);
  });
});
