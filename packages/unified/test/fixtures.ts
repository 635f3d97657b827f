/**
 * Real fixtures: the examples in specs/*.yaml (the same data the mock servers serve), looked up by
 * operationId, status and example name, plus the enum values each spec lists.
 */
import { getAtPointer, loadSpec, type Vendor } from "@org/mock-server";

type Json = Record<string, unknown>;

const specs = new Map<Vendor, Json>();
function spec(vendor: Vendor): Json {
  let doc = specs.get(vendor);
  if (doc === undefined) {
    doc = loadSpec(vendor) as unknown as Json;
    specs.set(vendor, doc);
  }
  return doc;
}

function deref(doc: Json, value: unknown): unknown {
  let current = value;
  while (typeof current === "object" && current !== null && typeof (current as { $ref?: unknown }).$ref === "string") {
    current = getAtPointer(doc, (current as { $ref: string }).$ref.slice(1));
  }
  return current;
}

/** The example `name` (or the first one) of `operationId`'s `status` response, deep-copied. */
export function example(vendor: Vendor, operationId: string, status = "200", name?: string): Json {
  const doc = spec(vendor);
  for (const pathItem of Object.values(doc["paths"] as Record<string, Record<string, unknown>>)) {
    for (const op of Object.values(pathItem)) {
      if (typeof op !== "object" || op === null || (op as Json)["operationId"] !== operationId) continue;
      const response = deref(doc, ((op as Json)["responses"] as Json)[status]) as Json;
      const content = response["content"] as Record<string, Json>;
      const media = Object.values(content)[0] ?? {};
      const examples = media["examples"] as Record<string, unknown>;
      const chosen = deref(doc, name === undefined ? Object.values(examples)[0] : examples[name]) as Json;
      return structuredClone(chosen["value"]) as Json;
    }
  }
  throw new Error(`no operation ${operationId} in ${vendor}`);
}

/** The enum values listed by `schemas/<name>` (following `anyOf`/`oneOf` members). */
export function enumValues(vendor: Vendor, schemaName: string): unknown[] {
  const doc = spec(vendor);
  const walk = (node: unknown): unknown[] => {
    const n = deref(doc, node) as Json | undefined;
    if (n === undefined) return [];
    if (Array.isArray(n["enum"])) return n["enum"] as unknown[];
    return [...((n["anyOf"] as unknown[] | undefined) ?? []), ...((n["oneOf"] as unknown[] | undefined) ?? [])].flatMap(walk);
  };
  const values = walk((getAtPointer(doc, "/components/schemas") as Json)[schemaName]);
  if (values.length === 0) throw new Error(`schema ${schemaName} of ${vendor} lists no enum values`);
  return values;
}

/** The schema object at a JSON pointer of a vendor's spec. */
export function schemaAt(vendor: Vendor, pointer: string): Json {
  return deref(spec(vendor), getAtPointer(spec(vendor), pointer)) as Json;
}
