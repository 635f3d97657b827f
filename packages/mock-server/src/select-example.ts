import { joinPointer, resolveRef } from "./json-pointer.ts";
import type { ExampleObject, MockMatch, OpenApiDocument, ResponseObject } from "./openapi.ts";
import type { RouteOperation } from "./router.ts";

/** The request parameters `x-mock-match` compares against. */
export interface MatchableRequest {
  readonly query: URLSearchParams;
  /** Percent-decoded path parameters. */
  readonly pathParams: Readonly<Record<string, string>>;
  /** Request headers, names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The decoded request body (JSON value, or multipart fields as an object), if any. */
  readonly body?: unknown;
}

/** One example of one response media type. */
export interface ExampleCandidate {
  /** The example's key under `examples`, or `"example"` for a media type's single `example`. */
  readonly name: string;
  /** JSON pointer of the example's value (after following a `$ref` to `components.examples`). */
  readonly pointer: string;
  readonly value: unknown;
  readonly match: MockMatch | undefined;
  readonly mediaType: string;
  /** JSON pointer of the media type's schema, if it has one. */
  readonly schemaPointer: string | undefined;
}

/** One response of an operation with its examples. */
export interface ResponseCandidate {
  /** The key under `responses`: `"200"`, `"4XX"`, `"default"`. */
  readonly key: string;
  /** The status code to send: the key, `2XX` → 200, `default` → 500. */
  readonly status: number;
  readonly pointer: string;
  readonly response: ResponseObject;
  readonly examples: readonly ExampleCandidate[];
}

/** What the mock answers with. */
export interface SelectedResponse {
  readonly response: ResponseCandidate;
  /** The chosen example; `undefined` when the response has none (e.g. 204 without content). */
  readonly example: ExampleCandidate | undefined;
}

function statusOf(key: string): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  if (/^[1-5]XX$/i.test(key)) return Number(key[0]) * 100;
  return 500;
}

const cache = new WeakMap<RouteOperation, readonly ResponseCandidate[]>();

/** The responses of an operation in spec order, each with its examples in spec order (cached). */
export function responseCandidates(doc: OpenApiDocument, operation: RouteOperation): readonly ResponseCandidate[] {
  const cached = cache.get(operation);
  if (cached !== undefined) return cached;
  const out: ResponseCandidate[] = [];
  for (const [key, entry] of Object.entries(operation.operation.responses ?? {})) {
    const { value: response, pointer } = resolveRef<ResponseObject>(doc, entry, joinPointer(operation.pointer, "responses", key));
    const examples: ExampleCandidate[] = [];
    for (const [mediaType, media] of Object.entries(response.content ?? {})) {
      const mediaPointer = joinPointer(pointer, "content", mediaType);
      const schemaPointer = media.schema === undefined ? undefined : joinPointer(mediaPointer, "schema");
      for (const [name, exampleEntry] of Object.entries(media.examples ?? {})) {
        const resolved = resolveRef<ExampleObject>(doc, exampleEntry, joinPointer(mediaPointer, "examples", name));
        // x-mock-match may sit on the reference (next to $ref) or on the referenced example.
        const match = (exampleEntry as ExampleObject)["x-mock-match"] ?? resolved.value["x-mock-match"];
        examples.push({
          name,
          pointer: joinPointer(resolved.pointer, "value"),
          value: resolved.value.value,
          match,
          mediaType,
          schemaPointer,
        });
      }
      if (media.example !== undefined) {
        examples.push({
          name: "example",
          pointer: joinPointer(mediaPointer, "example"),
          value: media.example,
          match: undefined,
          mediaType,
          schemaPointer,
        });
      }
    }
    out.push({ key, status: statusOf(key), pointer, response, examples });
  }
  cache.set(operation, out);
  return out;
}

function asString(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Whether every parameter and body field listed in `match` has the listed value in `request` (compared as strings). */
export function matches(match: MockMatch, request: MatchableRequest): boolean {
  for (const [name, expected] of Object.entries(match.query ?? {})) {
    let values = request.query.getAll(name);
    if (values.length === 0) values = request.query.getAll(`${name}[]`);
    const want = asString(expected);
    if (!values.includes(want) && values.join(",") !== want) return false;
  }
  for (const [name, expected] of Object.entries(match.path ?? {})) {
    if (request.pathParams[name] !== asString(expected)) return false;
  }
  for (const [name, expected] of Object.entries(match.header ?? {})) {
    if (request.headers[name.toLowerCase()] !== asString(expected)) return false;
  }
  if (match.body !== undefined) {
    const body = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
    for (const [name, expected] of Object.entries(match.body)) {
      if (!Object.hasOwn(body, name) || asString((body as Record<string, unknown>)[name]) !== asString(expected)) return false;
    }
  }
  return true;
}

/**
 * Picks the response and example for a request, as `specs/README.md` specifies: across all
 * responses in spec order, the first example whose `x-mock-match` matches every listed parameter;
 * failing that, the first example without `x-mock-match` of the lowest 2xx response.
 * @returns `undefined` if the operation has no 2xx response to fall back to.
 */
export function selectExample(
  doc: OpenApiDocument,
  operation: RouteOperation,
  request: MatchableRequest,
): SelectedResponse | undefined {
  const responses = responseCandidates(doc, operation);
  for (const response of responses) {
    for (const example of response.examples) {
      if (example.match !== undefined && matches(example.match, request)) return { response, example };
    }
  }
  let lowest: ResponseCandidate | undefined;
  for (const response of responses) {
    if (response.status >= 200 && response.status < 300 && (lowest === undefined || response.status < lowest.status)) {
      lowest = response;
    }
  }
  if (lowest === undefined) return undefined;
  return { response: lowest, example: lowest.examples.find((e) => e.match === undefined) };
}

/**
 * The response for a request lacking the credentials the operation requires: the first example of
 * its `401` response (or `4XX`).
 * @returns `undefined` if the operation declares no 401 response.
 */
export function selectUnauthorized(doc: OpenApiDocument, operation: RouteOperation): SelectedResponse | undefined {
  const responses = responseCandidates(doc, operation);
  const response = responses.find((r) => r.key === "401") ?? responses.find((r) => r.key.toUpperCase() === "4XX");
  return response === undefined ? undefined : { response, example: response.examples[0] };
}
