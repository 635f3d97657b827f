import { isReference, joinPointer, resolveRef } from "./json-pointer.ts";
import {
  HTTP_METHODS,
  type ExampleObject,
  type HeaderObject,
  type MediaTypeObject,
  type OpenApiDocument,
  type ParameterObject,
  type ReferenceObject,
  type RequestBodyObject,
  type ResponseObject,
  type SchemaObject,
} from "./openapi.ts";

/** One example found in a document, with the schema it must validate against. */
export interface ExampleCase {
  /** JSON pointer of the example where it appears (for a `$ref`'d example, the referencing entry). */
  readonly pointer: string;
  /** JSON pointer of the referenced `components.examples` entry, when the example is a `$ref`. */
  readonly via: string | undefined;
  /** JSON pointer of the schema the value must satisfy; `undefined` if there is none to check. */
  readonly schemaPointer: string | undefined;
  readonly value: unknown;
  /** True for a `components.examples` entry that nothing references (so it has no schema). */
  readonly orphan: boolean;
}

/** Keywords whose value is one subschema. */
const SUBSCHEMA = [
  "items",
  "additionalProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "contentSchema",
] as const;
/** Keywords whose value is a map of subschemas. */
const SUBSCHEMA_MAP = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"] as const;
/** Keywords whose value is an array of subschemas. */
const SUBSCHEMA_LIST = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;

type Walk = (out: ExampleCase[], doc: OpenApiDocument) => void;

function walkSchema(schema: SchemaObject | undefined, pointer: string, out: ExampleCase[]): void {
  if (typeof schema !== "object") return;
  if (schema.example !== undefined) {
    out.push({ pointer: joinPointer(pointer, "example"), via: undefined, schemaPointer: pointer, value: schema.example, orphan: false });
  }
  if (Array.isArray(schema.examples)) {
    schema.examples.forEach((value: unknown, index) => {
      out.push({ pointer: joinPointer(pointer, "examples", index), via: undefined, schemaPointer: pointer, value, orphan: false });
    });
  }
  for (const keyword of SUBSCHEMA) walkSchema(schema[keyword] as SchemaObject | undefined, joinPointer(pointer, keyword), out);
  for (const keyword of SUBSCHEMA_MAP) {
    const map = schema[keyword];
    if (typeof map !== "object" || map === null) continue;
    for (const [name, sub] of Object.entries(map)) walkSchema(sub as SchemaObject, joinPointer(pointer, keyword, name), out);
  }
  for (const keyword of SUBSCHEMA_LIST) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    list.forEach((sub: unknown, index) => {
      walkSchema(sub as SchemaObject, joinPointer(pointer, keyword, index), out);
    });
  }
}

function walkExamples(
  doc: OpenApiDocument,
  holder: { readonly example?: unknown; readonly examples?: Readonly<Record<string, ExampleObject | ReferenceObject>> },
  pointer: string,
  schemaPointer: string | undefined,
  out: ExampleCase[],
): void {
  if (holder.example !== undefined) {
    out.push({ pointer: joinPointer(pointer, "example"), via: undefined, schemaPointer, value: holder.example, orphan: false });
  }
  for (const [name, entry] of Object.entries(holder.examples ?? {})) {
    const at = joinPointer(pointer, "examples", name);
    const resolved = resolveRef<ExampleObject>(doc, entry, at);
    if (resolved.value.externalValue !== undefined && resolved.value.value === undefined) continue;
    out.push({
      pointer: isReference(entry) ? at : joinPointer(at, "value"),
      via: isReference(entry) ? resolved.pointer : undefined,
      schemaPointer,
      value: resolved.value.value,
      orphan: false,
    });
  }
}

function walkMedia(doc: OpenApiDocument, content: Readonly<Record<string, MediaTypeObject>> | undefined, pointer: string, out: ExampleCase[]): void {
  for (const [mediaType, media] of Object.entries(content ?? {})) {
    const at = joinPointer(pointer, mediaType);
    const schemaPointer = media.schema === undefined ? undefined : joinPointer(at, "schema");
    walkSchema(media.schema, joinPointer(at, "schema"), out);
    walkExamples(doc, media, at, schemaPointer, out);
  }
}

function walkParameter(doc: OpenApiDocument, param: ParameterObject | HeaderObject | ReferenceObject, pointer: string, out: ExampleCase[]): void {
  if (isReference(param)) return; // walked where it is defined
  const schemaPointer = param.schema === undefined ? undefined : joinPointer(pointer, "schema");
  walkSchema(param.schema, joinPointer(pointer, "schema"), out);
  walkExamples(doc, param, pointer, schemaPointer, out);
  walkMedia(doc, param.content, joinPointer(pointer, "content"), out);
}

function walkRequestBody(doc: OpenApiDocument, body: RequestBodyObject | ReferenceObject | undefined, pointer: string, out: ExampleCase[]): void {
  if (body === undefined || isReference(body)) return;
  walkMedia(doc, body.content, joinPointer(pointer, "content"), out);
}

function walkResponse(doc: OpenApiDocument, response: ResponseObject | ReferenceObject, pointer: string, out: ExampleCase[]): void {
  if (isReference(response)) return;
  for (const [name, header] of Object.entries(response.headers ?? {})) walkParameter(doc, header, joinPointer(pointer, "headers", name), out);
  walkMedia(doc, response.content, joinPointer(pointer, "content"), out);
}

const walkPaths: Walk = (out, doc) => {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const itemPointer = joinPointer("/paths", path);
    (item.parameters ?? []).forEach((param, index) => {
      walkParameter(doc, param, joinPointer(itemPointer, "parameters", index), out);
    });
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const at = joinPointer(itemPointer, method);
      (operation.parameters ?? []).forEach((param, index) => {
        walkParameter(doc, param, joinPointer(at, "parameters", index), out);
      });
      walkRequestBody(doc, operation.requestBody, joinPointer(at, "requestBody"), out);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        walkResponse(doc, response, joinPointer(at, "responses", status), out);
      }
    }
  }
};

const walkComponents: Walk = (out, doc) => {
  const c = doc.components ?? {};
  for (const [name, schema] of Object.entries(c.schemas ?? {})) walkSchema(schema, joinPointer("/components/schemas", name), out);
  for (const [name, param] of Object.entries(c.parameters ?? {})) walkParameter(doc, param, joinPointer("/components/parameters", name), out);
  for (const [name, header] of Object.entries(c.headers ?? {})) walkParameter(doc, header, joinPointer("/components/headers", name), out);
  for (const [name, body] of Object.entries(c.requestBodies ?? {})) walkRequestBody(doc, body, joinPointer("/components/requestBodies", name), out);
  for (const [name, response] of Object.entries(c.responses ?? {})) walkResponse(doc, response, joinPointer("/components/responses", name), out);
};

/**
 * Every example in an OpenAPI document with the schema it must satisfy: media-type `example` and
 * `examples` (following `$ref`s to `components.examples`), parameter and header examples, and
 * schema-level `example` / `examples` anywhere in a schema. Entries of `components.examples` are
 * checked where they are referenced; ones referenced nowhere are returned with no schema.
 */
export function collectExamples(doc: OpenApiDocument): ExampleCase[] {
  const out: ExampleCase[] = [];
  walkPaths(out, doc);
  walkComponents(out, doc);
  const referenced = new Set(out.map((c) => c.via));
  for (const [name, example] of Object.entries(doc.components?.examples ?? {})) {
    const pointer = joinPointer("/components/examples", name);
    if (referenced.has(pointer) || isReference(example)) continue;
    out.push({ pointer: joinPointer(pointer, "value"), via: pointer, schemaPointer: undefined, value: example.value, orphan: true });
  }
  return out;
}
