/**
 * Every example in every vendor spec validates against its schema (one test per example, named by
 * vendor and JSON pointer), and every operation follows the structural rules of specs/README.md.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  collectExamples,
  loadSpec,
  resolveRef,
  responseCandidates,
  Router,
  specPath,
  SpecValidator,
  VENDORS,
  type ExampleCase,
  type OpenApiDocument,
  type RequestBodyObject,
  type RouteOperation,
} from "../src/index.ts";

function exampleName(vendor: string, c: ExampleCase): string {
  return `${vendor} #${c.pointer}${c.via === undefined || c.orphan ? "" : ` (→ #${c.via})`}`;
}

/** Problems with one operation; empty when it follows the rules. */
function operationProblems(doc: OpenApiDocument, validator: SpecValidator, op: RouteOperation, seenIds: Map<string, string>): string[] {
  const problems: string[] = [];
  const where = `${op.method.toUpperCase()} ${op.path}`;
  const { operationId, summary, description, tags } = op.operation;
  if (operationId === undefined) problems.push("has no operationId");
  else {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(operationId)) problems.push(`operationId ${operationId} is not camelCase`);
    const other = seenIds.get(operationId);
    if (other !== undefined && other !== where) problems.push(`operationId ${operationId} is also used by ${other}`);
    seenIds.set(operationId, where);
  }
  if ((summary ?? "").trim() === "") problems.push("has no summary");
  if ((description ?? "").trim() === "") problems.push("has no description");
  if (tags?.length !== 1) problems.push(`has ${tags?.length ?? 0} tags, expected exactly 1`);

  const responses = responseCandidates(doc, op);
  if (responses.length === 0) problems.push("has no responses");
  for (const response of responses) {
    const content = response.response.content ?? {};
    if (Object.keys(content).length === 0) continue;
    const named = Object.values(content).some((media) => Object.keys(media.examples ?? {}).length > 0);
    if (!named) problems.push(`response ${response.key} has content but no named example under content.<media type>.examples`);
  }
  const success = responses.filter((r) => r.status >= 200 && r.status < 300).sort((a, b) => a.status - b.status)[0];
  if (success === undefined) problems.push("has no 2xx response for the mock to answer with");
  else if (success.examples.length > 0 && success.examples.every((e) => e.match !== undefined)) {
    problems.push(`response ${success.key} has no example without x-mock-match, so the mock has no default answer`);
  }

  // An x-mock-match value the operation's own parameter schema rejects can never be selected:
  // the mock answers 400 before selecting an example.
  for (const response of responses) {
    for (const example of response.examples) {
      for (const location of ["path", "query", "header"] as const) {
        for (const [name, value] of Object.entries(example.match?.[location] ?? {})) {
          const param = op.parameters.find((p) => p.in === location && p.name.toLowerCase() === name.toLowerCase());
          if (param === undefined) continue;
          const values: Record<string, unknown> = { [param.name]: typeof value === "string" ? value : JSON.stringify(value) };
          const errors = validator.validateParameters(
            `x-mock-match:${op.pointer}:${location}:${param.name}`,
            [{ name: param.name, required: false, schemaPointer: param.schemaPointer }],
            values,
            location,
          );
          if (errors.length > 0) {
            problems.push(`example ${response.key}/${example.name}: x-mock-match ${location}.${name} = ${JSON.stringify(value)} is rejected by the parameter's schema (${errors.join("; ")})`);
          }
        }
      }
    }
  }
  // An x-mock-match body field that no request body schema of the operation allows can never be
  // selected either (the mock refuses the body first).
  const bodyFields = requestBodyFields(doc, op);
  for (const response of responses) {
    for (const example of response.examples) {
      for (const name of Object.keys(example.match?.body ?? {})) {
        if (bodyFields !== "any" && !bodyFields.has(name)) {
          problems.push(`example ${response.key}/${example.name}: x-mock-match body.${name} is not a field of any request body schema`);
        }
      }
    }
  }
  return problems;
}

/** The top-level fields the operation's request bodies may have, or "any" when a body is open (or absent). */
function requestBodyFields(doc: OpenApiDocument, op: RouteOperation): Set<string> | "any" {
  if (op.operation.requestBody === undefined) return new Set();
  const body = resolveRef<RequestBodyObject>(doc, op.operation.requestBody, "").value;
  const fields = new Set<string>();
  for (const media of Object.values(body.content ?? {})) {
    if (media.schema === undefined) return "any";
    const schema = resolveRef<Record<string, unknown>>(doc, media.schema as Record<string, unknown>, "").value;
    if (schema["additionalProperties"] !== false) return "any";
    for (const name of Object.keys((schema["properties"] as Record<string, unknown> | undefined) ?? {})) fields.add(name);
  }
  return fields;
}

for (const vendor of VENDORS) {
  const file = specPath(vendor);
  if (!existsSync(file)) {
    describe(vendor, () => {
      // Every vendor in the table has a spec; a missing one is a broken checkout, not a skip.
      it(`specs/${vendor}.yaml exists`, () => {
        expect.fail(`${file} is missing: every vendor in vendors.json needs its spec`);
      });
    });
    continue;
  }

  let doc: OpenApiDocument;
  try {
    doc = loadSpec(vendor);
  } catch (error) {
    describe(vendor, () => {
      it(`specs/${vendor}.yaml loads`, () => {
        throw error;
      });
    });
    continue;
  }
  const validator = new SpecValidator(doc);
  const cases = collectExamples(doc).filter((c) => c.orphan || c.schemaPointer !== undefined);

  describe(`${vendor} examples validate against their schemas`, () => {
    it("has examples", () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const c of cases) {
      it(exampleName(vendor, c), () => {
        if (c.orphan || c.schemaPointer === undefined) {
          throw new Error(`#${c.via ?? c.pointer} is referenced from no media type, parameter or header, so no schema checks it`);
        }
        expect(validator.validate(c.schemaPointer, c.value)).toEqual([]);
      });
    }
  });

  describe(`${vendor} operations follow specs/README.md`, () => {
    const seenIds = new Map<string, string>();
    const router = new Router(doc);
    it("has operations", () => {
      expect(router.operations.length).toBeGreaterThan(0);
    });
    for (const op of router.operations) {
      it(`${vendor} ${op.method.toUpperCase()} ${op.path} (${op.operationId})`, () => {
        expect(operationProblems(doc, validator, op, seenIds)).toEqual([]);
      });
    }
  });
}
