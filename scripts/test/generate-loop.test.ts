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
import { generateSource } from "../generate.mjs";

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
