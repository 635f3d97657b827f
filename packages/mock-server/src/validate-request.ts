import { getAtPointer, isReference, joinPointer, resolveRef } from "./json-pointer.ts";
import { parseMultipart, type FormPart } from "./multipart.ts";
import type { OpenApiDocument, ParameterLocation, RequestBodyObject } from "./openapi.ts";
import type { ResolvedParameter, RouteOperation } from "./router.ts";
import { credentialNames } from "./security.ts";
import type { ParameterSchema, SpecValidator } from "./validator.ts";

/** Where a request broke the spec. */
export interface RequestIssue {
  readonly where: "path" | "query" | "header" | "cookie" | "body";
  readonly message: string;
}

/** The parts of a request that are validated. */
export interface RequestParts {
  readonly query: URLSearchParams;
  /** Percent-decoded path parameters. */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Request headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: Buffer;
}

/** Headers OpenAPI says parameter definitions must ignore. */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

/** The media type essence of a Content-Type header: lower-cased, parameters dropped. */
export function mediaTypeEssence(contentType: string | undefined): string {
  return (contentType ?? "").split(";", 1)[0]?.trim().toLowerCase() ?? "";
}

/** Whether a media type is JSON (`application/json`, `*+json`). */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return essence === "application/json" || essence.endsWith("+json");
}

/** A request body as recorded: parsed JSON for JSON content types, else the text; `undefined` if empty. */
export function decodeBody(body: Buffer, contentType: string | undefined): { value: unknown; error?: string } {
  if (body.length === 0) return { value: undefined };
  const text = body.toString("utf8");
  if (!isJsonMediaType(mediaTypeEssence(contentType))) return { value: text };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { value: text, error: `malformed JSON body: ${(error as Error).message}` };
  }
}

/** The schema at `pointer` (or `schema` itself), with `$ref`s followed; `undefined` if it is not an object. */
function derefSchema(doc: OpenApiDocument, schema: unknown): Record<string, unknown> | undefined {
  for (let hops = 0; hops < 8 && isReference(schema); hops++) {
    schema = getAtPointer(doc, decodeURIComponent(schema.$ref.replace(/^#/, "")));
  }
  return typeof schema === "object" && schema !== null ? (schema as Record<string, unknown>) : undefined;
}

function isArraySchema(schema: Record<string, unknown> | undefined): boolean {
  const type = schema?.["type"];
  return type === "array" || (Array.isArray(type) && type.includes("array"));
}

function schemaIsArray(doc: OpenApiDocument, pointer: string | undefined): boolean {
  return isArraySchema(derefSchema(doc, pointer === undefined ? undefined : getAtPointer(doc, pointer)));
}

/** Whether a form field's schema (or its items' schema) describes a file: `format: binary` or a `contentMediaType`. */
function isFileSchema(doc: OpenApiDocument, schema: Record<string, unknown> | undefined): boolean {
  const target = isArraySchema(schema) ? derefSchema(doc, schema?.["items"]) : schema;
  return target?.["format"] === "binary" || typeof target?.["contentMediaType"] === "string";
}

/**
 * Turns multipart parts into the object their schema describes and checks part kinds: a field whose
 * schema is a file must be a file part and vice versa; only array fields may repeat. A file stands
 * for its file name in the object (so `x-mock-match` can select on it).
 */
function formObject(
  doc: OpenApiDocument,
  schemaPointer: string,
  fields: ReadonlyMap<string, readonly FormPart[]>,
): { readonly value: Record<string, unknown>; readonly issues: RequestIssue[] } {
  const properties = derefSchema(doc, derefSchema(doc, getAtPointer(doc, schemaPointer))?.["properties"]) ?? {};
  const issues: RequestIssue[] = [];
  const value: Record<string, unknown> = {};
  for (const [name, parts] of fields) {
    const schema = derefSchema(doc, properties[name]);
    const wantsFile = isFileSchema(doc, schema);
    for (const part of parts) {
      if (schema !== undefined && wantsFile && part.kind === "text") issues.push({ where: "body", message: `body/${name} must be a file part` });
      if (schema !== undefined && !wantsFile && part.kind === "file") issues.push({ where: "body", message: `body/${name} must be a text field, not a file` });
    }
    const values = parts.map((part) => (part.kind === "text" ? part.value : part.filename));
    if (isArraySchema(schema)) value[name] = values;
    else {
      if (values.length > 1) issues.push({ where: "body", message: `body/${name} is repeated but its schema is not an array` });
      value[name] = values[0];
    }
  }
  return { value, issues };
}

function queryValue(doc: OpenApiDocument, param: ResolvedParameter, query: URLSearchParams): string | string[] | undefined {
  let values = query.getAll(param.name);
  if (values.length === 0 && !param.name.endsWith("[]")) values = query.getAll(`${param.name}[]`);
  if (values.length === 0) return undefined;
  if (param.parameter.explode === false && schemaIsArray(doc, param.schemaPointer)) {
    values = values.flatMap((v) => v.split(","));
  }
  return values.length === 1 ? values[0] : values;
}

/** The cookies of a `Cookie` header by name (the first value wins, as in most servers), percent-decoded where possible. */
function cookieValues(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (header ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at <= 0) continue;
    const name = pair.slice(0, at).trim();
    let value = pair.slice(at + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep the raw value: a malformed escape is the client's data, validated as is
    }
    if (!cookies.has(name)) cookies.set(name, value);
  }
  return cookies;
}

function validateLocation(
  validator: SpecValidator,
  operation: RouteOperation,
  location: ParameterLocation,
  params: readonly ResolvedParameter[],
  value: (param: ResolvedParameter) => string | string[] | undefined,
): RequestIssue[] {
  if (params.length === 0) return [];
  const values: Record<string, unknown> = {};
  for (const param of params) {
    const v = value(param);
    if (v !== undefined) values[param.name] = v;
  }
  const schemas: ParameterSchema[] = params.map((p) => ({ name: p.name, required: p.required, schemaPointer: p.schemaPointer }));
  return validator
    .validateParameters(`${operation.pointer}:${location}`, schemas, values, location)
    .map((message) => ({ where: location, message }));
}

function findMediaType(content: Readonly<Record<string, unknown>>, essence: string): string | undefined {
  const keys = Object.keys(content);
  const [type = ""] = essence.split("/", 1);
  return (
    keys.find((k) => mediaTypeEssence(k) === essence) ??
    keys.find((k) => mediaTypeEssence(k) === `${type}/*`) ??
    keys.find((k) => mediaTypeEssence(k) === "*/*")
  );
}

/**
 * Query parameters the operation does not declare (a declared `name` also covers `name[]`, and the
 * reverse), other than the API-key parameters of the spec's security schemes.
 */
function undeclaredQuery(doc: OpenApiDocument, params: readonly ResolvedParameter[], query: URLSearchParams): RequestIssue[] {
  const declared = new Set(params.filter((p) => p.in === "query").flatMap((p) => [p.name, p.name.endsWith("[]") ? p.name.slice(0, -2) : `${p.name}[]`]));
  const credentials = credentialNames(doc).query;
  return [...new Set(query.keys())]
    .filter((name) => !declared.has(name) && !credentials.has(name))
    .map((name) => ({ where: "query", message: `query/${name} is not a parameter of this operation` }));
}

/**
 * Validates a routed request against its operation: undeclared query parameters, path, query, header and cookie parameters
 * (coerced to their schemas' types; required ones must be present) and the request body: JSON as is,
 * `multipart/form-data` fields coerced to their schemas' types, with files where the schema says so.
 * @returns the violations found (empty when the request is valid) and the decoded body (for a
 * multipart body, its fields as an object, files standing for their file names).
 */
export async function validateRequest(
  doc: OpenApiDocument,
  validator: SpecValidator,
  operation: RouteOperation,
  request: RequestParts,
): Promise<{ readonly issues: RequestIssue[]; readonly body: unknown }> {
  const params = operation.parameters;
  const issues: RequestIssue[] = [
    ...validateLocation(validator, operation, "path", params.filter((p) => p.in === "path"), (p) => request.pathParams[p.name]),
    ...undeclaredQuery(doc, params, request.query),
    ...validateLocation(validator, operation, "query", params.filter((p) => p.in === "query"), (p) =>
      queryValue(doc, p, request.query),
    ),
    ...validateLocation(
      validator,
      operation,
      "header",
      params.filter((p) => p.in === "header" && !IGNORED_HEADERS.has(p.name.toLowerCase())),
      (p) => request.headers[p.name.toLowerCase()],
    ),
  ];
  const cookieParams = params.filter((p) => p.in === "cookie");
  if (cookieParams.length > 0) {
    const cookies = cookieValues(request.headers["cookie"]);
    issues.push(...validateLocation(validator, operation, "cookie", cookieParams, (p) => cookies.get(p.name)));
  }

  const contentType = request.headers["content-type"];
  const decoded = decodeBody(request.body, contentType);
  const entry = operation.operation.requestBody;
  if (entry === undefined) return { issues, body: decoded.value };
  const { value: requestBody, pointer } = resolveRef<RequestBodyObject>(doc, entry, joinPointer(operation.pointer, "requestBody"));
  const content = requestBody.content ?? {};
  if (request.body.length === 0) {
    if (requestBody.required === true) issues.push({ where: "body", message: "body is required" });
    return { issues, body: undefined };
  }
  const essence = mediaTypeEssence(contentType);
  const mediaKey = findMediaType(content, essence);
  if (mediaKey === undefined) {
    const expected = Object.keys(content).join(", ");
    issues.push({ where: "header", message: `content-type ${JSON.stringify(essence)} is not one of: ${expected}` });
    return { issues, body: decoded.value };
  }
  if (decoded.error !== undefined) {
    issues.push({ where: "body", message: decoded.error });
    return { issues, body: decoded.value };
  }
  if (content[mediaKey]?.schema === undefined) return { issues, body: decoded.value };
  const schemaPointer = joinPointer(pointer, "content", mediaKey, "schema");
  if (isJsonMediaType(essence)) {
    for (const message of validator.validate(schemaPointer, decoded.value, "body")) issues.push({ where: "body", message });
  } else if (essence === "multipart/form-data") {
    const parsed = await parseMultipart(request.body, contentType ?? "");
    if ("error" in parsed) {
      issues.push({ where: "body", message: parsed.error });
      return { issues, body: decoded.value };
    }
    const form = formObject(doc, schemaPointer, parsed.fields);
    issues.push(...form.issues);
    for (const message of validator.validateCoerced(schemaPointer, form.value, "body")) issues.push({ where: "body", message });
    return { issues, body: form.value };
  }
  return { issues, body: decoded.value };
}
