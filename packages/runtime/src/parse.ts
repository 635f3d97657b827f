/** Reading a final response once, capped, into openapi-fetch's `{ data, error, response }` with the same `Response`. */
import { errorFromResponse } from "./error-from-response.js";
import { type ApiErrorInit, InvalidResponseError, type InvalidResponseReason } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import { boundedStream, readBody } from "./read-body.js";
import { parseJson } from "./redact.js";

/** Error bodies are read up to this many bytes (they only feed `error` and the error's snippet). */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

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
  /** The fields of the call's errors, computed only when an error is built (the secrets scan the headers). */
  readonly fields: () => Required<Pick<ApiErrorInit, "vendor" | "operation" | "attempts" | "secrets">>;
  readonly requestId?: string;
  /** `redirect: "manual"`: a 3xx is then a result, not an error. */
  readonly manual?: boolean;
  /** Called once a streamed body (`parseAs: "stream"`) is finished either way. */
  readonly release?: () => void;
}

/** Whether a `Content-Type` is JSON: `application/json` or any `+json` type, any parameters, any case. */
export function isJsonContentType(contentType: string): boolean {
  return /^\s*(application\/json|[^;\s/]+\/[^;\s]+\+json)\s*(;|$)/i.test(contentType);
}

/**
 * Reads and parses `response` as openapi-fetch would, with the SDK's limits:
 * - no body (204, HEAD, `Content-Length: 0`): `data`/`error` undefined;
 * - non-2xx: up to 64 KB, as `error` (parsed when JSON), or the typed error with `throwOnError`;
 * - 2xx: per `parseAs`, up to `maxResponseBytes` (else `too_large`); JSON that does not parse is
 *   `invalid_json` (`unexpected_content_type` when not labelled JSON); a `stream` is capped as read.
 */
export async function readResult(o: ResolvedOptions, response: Response, r: Reading): Promise<CallResult> {
  const { headers, status } = response;
  const type = headers.get("content-type");
  const invalid = (reason: InvalidResponseReason, extra?: object): InvalidResponseError =>
    new InvalidResponseError({ ...r.fields(), reason, status, statusText: response.statusText, requestId: r.requestId, contentType: type ?? undefined, ...extra });
  const empty = status === 204 || r.method === "HEAD" || (headers.get("content-length") === "0" && !headers.get("transfer-encoding")?.includes("chunked"));
  if (!response.ok) {
    const text = empty ? "" : UTF8.decode(await readBody(response, MAX_ERROR_BODY_BYTES, true));
    if (o.throwOnError && !(r.manual && status < 400)) throw errorFromResponse(response, text, { ...r.fields(), requestIdHeaders: o.requestIdHeaders });
    const json = empty ? undefined : parseJson(text);
    return { error: json === undefined && !empty ? text : json, response };
  }
  if (empty) return { data: undefined, response };
  if (r.parseAs === "stream") return { data: response.body && boundedStream(response.body, o.maxResponseBytes, () => invalid("too_large"), r.release ?? (() => undefined)), response };
  const bytes = await readBody(response, o.maxResponseBytes);
  if (!bytes) throw invalid("too_large");
  if (r.parseAs === "arrayBuffer") return { data: bytes.slice().buffer, response };
  if (r.parseAs === "blob") return { data: new Blob([bytes.slice()], { type: type ?? "" }), response };
  const text = UTF8.decode(bytes);
  if (r.parseAs === "text") return { data: text, response };
  if (!text) return { data: undefined, response };
  try {
    return { data: JSON.parse(text), response };
  } catch (cause) {
    throw invalid(type === null || isJsonContentType(type) ? "invalid_json" : "unexpected_content_type", { cause, bodySnippet: text });
  }
}
