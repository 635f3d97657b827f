import { resolveRef } from "./json-pointer.ts";
import type { ExampleObject, HeaderObject, OpenApiDocument } from "./openapi.ts";
import type { SelectedResponse } from "./select-example.ts";

const headerCache = new WeakMap<SelectedResponse["response"], readonly (readonly [string, string])[]>();

/** Response headers that have an example (`example`, first of `examples`, or the schema's), as strings. */
export function responseHeaders(doc: OpenApiDocument, selected: SelectedResponse): readonly (readonly [string, string])[] {
  const cached = headerCache.get(selected.response);
  if (cached !== undefined) return cached;
  const out: (readonly [string, string])[] = [];
  for (const [name, entry] of Object.entries(selected.response.response.headers ?? {})) {
    const { value: header } = resolveRef<HeaderObject>(doc, entry, selected.response.pointer);
    const first = Object.values(header.examples ?? {})[0];
    const schema = typeof header.schema === "object" ? header.schema : {};
    const schemaExamples = Array.isArray(schema.examples) ? (schema.examples as unknown[]) : [];
    const value =
      header.example ??
      (first === undefined ? undefined : resolveRef<ExampleObject>(doc, first, selected.response.pointer).value.value) ??
      schema.example ??
      schemaExamples[0];
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") out.push([name, String(value)]);
  }
  headerCache.set(selected.response, out);
  return out;
}

