/**
 * Proves the spec → types loop: removing a field from a spec and regenerating makes a consumer
 * that uses the field fail to type-check. Works on a copy in a temp dir; the repo is not touched.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generateSource, generateVendorFiles } from "../generate.mjs";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "generate-loop-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const consumer = `
import type { components } from "./schema.js";
type Detail = components["schemas"]["ConversationDetail"];
export function summaryOf(c: Detail): string | null | undefined {
  return c.summary;
}
`;

async function typecheck(spec: unknown, name: string): Promise<readonly ts.Diagnostic[]> {
  const caseDir = join(dir, name);
  const specPath = join(dir, `${name}.yaml`);
  writeFileSync(specPath, stringify(spec));
  const source = await generateSource("5chat", specPath);
  rmSync(caseDir, { recursive: true, force: true });
  mkdirSync(caseDir, { recursive: true });
  writeFileSync(join(caseDir, "schema.ts"), source);
  writeFileSync(join(caseDir, "consumer.ts"), consumer);
  const program = ts.createProgram([join(caseDir, "consumer.ts")], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program);
}

describe("spec → generated types loop", () => {
  const original = parse(readFileSync(join(root, "specs", "5chat.yaml"), "utf8")) as {
    components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
  };

  it("a consumer of ConversationDetail.summary type-checks against the real spec", async () => {
    const diagnostics = await typecheck(original, "unchanged");
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("removing the field from the spec and regenerating breaks that consumer", async () => {
    const changed = structuredClone(original);
    const detail = changed.components.schemas["ConversationDetail"];
    expect(detail, "ConversationDetail schema exists").toBeDefined();
    // The field may sit directly in `properties` or in an allOf member; remove it wherever it is.
    const strip = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(strip);
        return;
      }
      if (node && typeof node === "object") {
        const obj = node as Record<string, unknown>;
        const props = obj["properties"] as Record<string, unknown> | undefined;
        if (props && "summary" in props) delete props["summary"];
        if (Array.isArray(obj["required"])) obj["required"] = (obj["required"] as string[]).filter((r) => r !== "summary");
        Object.values(obj).forEach(strip);
      }
    };
    strip(detail);
    const diagnostics = await typecheck(changed, "removed");
    const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(messages.join("\n")).toMatch(/summary/);
  });
});

describe("spec → vendor package loop (no hand edit)", () => {
  const chatwootSpec = parse(readFileSync(join(root, "specs", "chatwoot.yaml"), "utf8")) as {
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, Record<string, unknown>> };
    servers: { url: string; variables?: Record<string, { default: string }> }[];
  };

  async function filesFor(spec: unknown, name: string): Promise<Record<string, string>> {
    const specPath = join(dir, `${name}.yaml`);
    writeFileSync(specPath, stringify(spec));
    return generateVendorFiles("chatwoot", specPath);
  }

  it("a schema added to a spec copy becomes an exported alias that type-checks", async () => {
    const changed = structuredClone(chatwootSpec);
    changed.components.schemas["CannedResponse"] = {
      type: "object",
      description: "A canned response.",
      required: ["id", "short_code"],
      properties: { id: { type: "integer" }, short_code: { type: "string" } },
    };
    const files = await filesFor(changed, "added-schema");
    expect(files["types.ts"]).toContain('export type CannedResponse = Schemas["CannedResponse"];');
    const caseDir = join(dir, "added-schema");
    mkdirSync(caseDir, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(caseDir, file), text);
    writeFileSync(
      join(caseDir, "consumer.ts"),
      'import type { CannedResponse } from "./types.js";\nexport const reply: CannedResponse = { id: 1, short_code: "hi" };\n// @ts-expect-error short_code is a string\nexport const wrong: CannedResponse = { id: 1, short_code: 2 };\n',
    );
    const program = ts.createProgram([join(caseDir, "consumer.ts")], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
    });
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(messages).toEqual([]);
  });

  it("the default base URL and the auth header come from the spec", async () => {
    const changed = structuredClone(chatwootSpec);
    const variables = changed.servers[0]?.variables;
    expect(variables?.["baseUrl"]).toBeDefined();
    if (variables?.["baseUrl"]) variables["baseUrl"].default = "https://chat.example.org";
    const scheme = Object.values(changed.components.securitySchemes)[0];
    if (scheme) scheme["name"] = "x-chatwoot-token";
    const files = await filesFor(changed, "changed-server");
    expect(files["client.ts"]).toContain('export const CHATWOOT_CLOUD_URL = "https://chat.example.org";');
    expect(files["client.ts"]).toContain('{ kind: "header", name: "x-chatwoot-token", value: apiAccessToken }');
  });

  it("a schema named after a global or a runtime error is renamed, never shadowing it", async () => {
    const changed = structuredClone(chatwootSpec);
    changed.components.schemas["Error"] = { type: "object", properties: { error: { type: "string" } } };
    changed.components.schemas["SdkError"] = { type: "object" };
    const types = (await filesFor(changed, "shadowing"))["types.ts"] ?? "";
    expect(types).toContain('export type ErrorBody = Schemas["Error"];');
    expect(types).toContain('export type SdkErrorBody = Schemas["SdkError"];');
    expect(types).not.toMatch(/export type (Error|SdkError) =/);
  });

  it("two schemas that would take the same alias fail the run, naming both", async () => {
    const changed = structuredClone(chatwootSpec);
    changed.components.schemas["Error"] = { type: "object" };
    changed.components.schemas["ErrorBody"] = { type: "object" };
    await expect(filesFor(changed, "collision")).rejects.toThrow(/schema "Error".*schema "ErrorBody"|schema "ErrorBody".*schema "Error"/);
  });
});
