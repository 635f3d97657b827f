import { BufferedResponse, NOT_PARSED } from "./buffered-response.js";
import { isJsonContentType } from "./content-type.js";
import { errorFromResponse, requestIdFrom } from "./error-from-response.js";
import { InvalidResponseError, type InvalidResponseErrorInit } from "./errors.js";
import type { PreparedRequest, RequestMeta } from "./prepared-request.js";
import { secretsFor } from "./request-secrets.js";
import type { RuntimeState } from "./runtime-state.js";

/**
 * Reading a response inside its attempt (so the attempt's timeout covers the body): one read, one
 * `JSON.parse`, typed errors for unusable bodies.
 *
 * @packageDocumentation
 */

const decoder = new TextDecoder();

/** An InvalidResponseError carrying the response's status and request id. */
function invalidResponse(
  state: RuntimeState,
  request: PreparedRequest,
  meta: RequestMeta,
  response: Response,
  attempt: number,
  fields: Pick<InvalidResponseErrorInit, "reason" | "contentType" | "bodySnippet" | "cause">,
): InvalidResponseError {
  return new InvalidResponseError({
    vendor: state.vendor,
    operation: meta,
    status: response.status,
    statusText: response.statusText,
    requestId: requestIdFrom(response.headers, state.requestIdHeaders),
    attempts: attempt,
    secrets: secretsFor(state, request),
    ...fields,
  });
}

/**
 * Reads a 2xx response inside the attempt. For `parseAs: "json"` (the default) the body is read
 * once, checked (JSON content type, valid JSON) and parsed once; the returned
 * {@link BufferedResponse} hands the parsed value to openapi-fetch. `text` is buffered too;
 * `blob`, `arrayBuffer` and `stream` bodies are passed through unread.
 */
export async function readSuccess(state: RuntimeState, request: PreparedRequest, response: Response, meta: RequestMeta, attempt: number): Promise<Response> {
  const parseAs = meta.parseAs;
  if (parseAs !== "json" && parseAs !== "text") return response;
  const status = response.status;
  if (status === 204 || status === 205 || request.method === "HEAD" || response.headers.get("content-length") === "0") return response;
  if (parseAs === "json") {
    const contentType = response.headers.get("content-type");
    if (contentType !== null && !isJsonContentType(contentType)) {
      const text = await response.text();
      if (text === "") return new BufferedResponse(response, "", 0, undefined);
      throw invalidResponse(state, request, meta, response, attempt, { reason: "unexpected_content_type", contentType, bodySnippet: text });
    }
  }
  const buffer = await response.arrayBuffer();
  const text = decoder.decode(buffer);
  if (parseAs === "text") return new BufferedResponse(response, text, buffer.byteLength, NOT_PARSED);
  if (text === "") return new BufferedResponse(response, "", 0, undefined);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalidResponse(state, request, meta, response, attempt, {
      reason: "invalid_json",
      contentType: response.headers.get("content-type") ?? undefined,
      bodySnippet: text,
      cause: error,
    });
  }
  return new BufferedResponse(response, text, buffer.byteLength, value);
}

/** Reads a final non-2xx response inside the attempt: the typed error, or the buffered response. */
export async function readFailure(state: RuntimeState, request: PreparedRequest, response: Response, meta: RequestMeta, attempt: number): Promise<Response> {
  const buffer = await response.arrayBuffer();
  const text = decoder.decode(buffer);
  if (state.throwOnError) {
    throw errorFromResponse(response, text, {
      vendor: state.vendor,
      operation: meta,
      secrets: secretsFor(state, request),
      requestIdHeaders: state.requestIdHeaders,
      attempts: attempt,
      now: state.clock.now(),
    });
  }
  return new BufferedResponse(response, text, buffer.byteLength, NOT_PARSED);
}

