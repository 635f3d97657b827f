/**
 * Reading a final response once and turning it into openapi-fetch's `{ data, error, response }`
 * (the same `Response`, its body read by the SDK): the body is read within the attempt's timeout
 * and capped, parsed once, and an unusable 2xx is a typed error.
 *
 * @packageDocumentation
 */
import { errorFromResponse } from "./error-from-response.js";
import { InvalidResponseError, type InvalidResponseReason, type Operation } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import { boundedStream, readBody } from "./read-body.js";

/** Error bodies are read up to this many bytes; the rest is dropped (they only feed `error` and the error's snippet). */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** Decodes bodies (stateless between calls, so one instance serves all). */
const UTF8 = new TextDecoder();

/** openapi-fetch's result: `data` for a 2xx, `error` otherwise, and the response. */
export interface CallResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** How to read one response. */
export interface Reading {
  readonly method: string;
  readonly parseAs: string;
  readonly maxResponseBytes: number;
  /** The typed error for an unusable 2xx body. */
  invalid(reason: InvalidResponseReason, extra?: { readonly cause?: unknown; readonly bodySnippet?: string }): Error;
  /** The typed error for a non-2xx response when the client throws on errors, else `undefined`. */
  failure(response: Response, text: string): Error | undefined;
  /** Called once a streamed body (`parseAs: "stream"`) is finished either way. */
  readonly release: () => void;
}

/**
 * Whether a `Content-Type` value is JSON: `application/json` or any `+json` suffix type
 * (`application/problem+json`), with any parameters, any case.
 *
 * @param contentType - The header value.
 * @returns `true` for JSON media types.
 */
export function isJsonContentType(contentType: string): boolean {
  return /^\s*(application\/json|[^;\s/]+\/[^;\s]+\+json)\s*(;|$)/i.test(contentType);
}

/**
 * Reads and parses `response` as openapi-fetch would, with the SDK's limits:
 * - no body (204, HEAD, `Content-Length: 0`): `data`/`error` undefined;
 * - non-2xx: the body up to 64 KB, parsed as JSON when it is JSON, as `error` (or the typed error);
 * - 2xx: `parseAs` (default `json`); the body up to `maxResponseBytes` (else `too_large`); JSON
 *   that does not parse is `invalid_json` (or `unexpected_content_type` when not labelled JSON);
 *   `stream` is capped as it is read and ends the attempt only when consumed.
 *
 * @param response - The final response.
 * @param r - How to read it.
 * @returns The result.
 */
export async function readResult(response: Response, r: Reading): Promise<CallResult> {
  const { headers } = response;
  const empty = response.status === 204 || r.method === "HEAD" || (headers.get("content-length") === "0" && !headers.get("transfer-encoding")?.includes("chunked"));
  if (!response.ok) {
    const text = empty ? "" : UTF8.decode(await readBody(response, MAX_ERROR_BODY_BYTES, true));
    const failure = r.failure(response, text);
    if (failure) throw failure;
    if (empty) return { error: undefined, response };
    try {
      return { error: JSON.parse(text), response };
    } catch {
      return { error: text, response };
    }
  }
  if (empty) return { data: undefined, response };
  if (r.parseAs === "stream") return { data: response.body && boundedStream(response.body, r.maxResponseBytes, () => r.invalid("too_large"), r.release), response };
  const bytes = await readBody(response, r.maxResponseBytes);
  if (!bytes) throw r.invalid("too_large");
  if (r.parseAs === "arrayBuffer") return { data: bytes.slice().buffer, response };
  if (r.parseAs === "blob") return { data: new Blob([bytes.slice()], { type: headers.get("content-type") ?? "" }), response };
  const text = UTF8.decode(bytes);
  if (r.parseAs === "text") return { data: text, response };
  if (!text) return { data: undefined, response };
  try {
    return { data: JSON.parse(text), response };
  } catch (cause) {
    const type = headers.get("content-type");
    throw r.invalid(type === null || isJsonContentType(type) ? "invalid_json" : "unexpected_content_type", { cause, bodySnippet: text });
  }
}

/** The fields every error of one call carries. */
interface ErrorFields {
  readonly vendor: string;
  readonly operation: Operation;
  readonly attempts: number;
  readonly secrets: readonly string[];
}

/**
 * How to read `response` with the client's limits (see parse.ts), its errors carrying `fields`.
 *
 * @param o - The client's options.
 * @param fields - Vendor, operation, attempts, secrets: computed only when an error is built (the secrets scan the headers).
 * @param method - The request method.
 * @param parseAs - How to read the body.
 * @param response - The response.
 * @param requestId - Its request id, clipped.
 * @param manual - Whether the caller asked for `redirect: "manual"` (a 3xx is then a result, not an error).
 * @param release - Called when a streamed body is finished.
 * @returns The reading.
 */
export function reading(o: ResolvedOptions, fields: () => ErrorFields, method: string, parseAs: string, response: Response, requestId: string | undefined, manual: boolean, release: () => void): Reading {
  return {
    method,
    parseAs,
    maxResponseBytes: o.maxResponseBytes,
    invalid: (reason, extra) =>
      new InvalidResponseError({ ...fields(), reason, status: response.status, statusText: response.statusText, requestId, contentType: response.headers.get("content-type") ?? undefined, ...extra }),
    failure: (res, text) => (o.throwOnError && !(manual && res.status < 400) ? errorFromResponse(res, text, { ...fields(), requestIdHeaders: o.requestIdHeaders }) : undefined),
    release,
  };
}

/**
 * Reads a response a middleware handed over (from `onRequest` or `onError`) with the same rules as
 * a fetched one, outside any attempt.
 *
 * @param o - The client's options.
 * @param operation - Method and path template.
 * @param parseAs - How to read the body.
 * @param response - The response.
 * @returns The result.
 */
export function readGiven(o: ResolvedOptions, operation: Operation, parseAs: string, response: Response): Promise<CallResult> {
  const fields = { vendor: o.vendor, operation, attempts: 0, secrets: o.secrets };
  return readResult(response, reading(o, () => fields, operation.method, parseAs, response, undefined, false, () => undefined));
}
