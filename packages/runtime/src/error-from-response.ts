/**
 * {@link errorFromResponse}: the typed error for a non-2xx response, as openai-node's `APIError.generate`
 * picks its status subclass.
 *
 * @packageDocumentation
 */
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  type RateLimitErrorInit,
  ServerError,
  UnprocessableEntityError,
} from "./http-errors.js";
import { isSensitiveHeaderName } from "./redact.js";
import { parseRetryAfter } from "./retry.js";

/** Request-id headers read when a vendor does not configure its own. */
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = ["x-request-id", "request-id"];

/** The status subclasses other than 429 and 5xx. */
const STATUS_CLASSES: Partial<Record<number, new (init: RateLimitErrorInit) => ApiError>> = {
  ...{ 400: BadRequestError, 401: AuthenticationError, 403: PermissionDeniedError },
  ...{ 404: NotFoundError, 409: ConflictError, 422: UnprocessableEntityError },
};

/** Context for {@link errorFromResponse}: the error's vendor, operation, secrets and attempts, where the request id is, and the clock for `Retry-After` dates (default `Date.now()`). */
export interface ErrorFromResponseContext extends Pick<ApiErrorInit, "vendor" | "operation" | "secrets" | "attempts"> {
  /** Response headers holding the request id, first match wins. Default `x-request-id`, `request-id`. */
  readonly requestIdHeaders?: readonly string[];
  readonly now?: number;
}

/**
 * The request id of a response: the first of `requestIdHeaders` that is present and not empty.
 *
 * @param headers - Response headers.
 * @param requestIdHeaders - Header names to try, in order.
 * @returns The request id, or `undefined`.
 */
export function requestIdFrom(headers: Headers, requestIdHeaders = DEFAULT_REQUEST_ID_HEADERS): string | undefined {
  return requestIdHeaders.map((name) => headers.get(name)).find(Boolean) ?? undefined;
}

/**
 * A reason from a parsed JSON body: the first non-empty string under `message`,
 * `error_description`, `error`, `detail`, `title`, `description` or `errors`, looking into nested
 * objects (`error.message`) and first array items (`errors[0].message`).
 *
 * @param value - Parsed JSON.
 * @param depth - Recursion depth (internal).
 * @returns The reason, or `undefined`.
 */
function reasonFromJson(value: unknown, depth = 0): string | undefined {
  if (typeof value === "string") return value || undefined;
  if (depth > 3 || typeof value !== "object" || value === null) return undefined;
  if (Array.isArray(value)) return reasonFromJson(value[0], depth + 1);
  for (const key of ["message", "error_description", "error", "detail", "title", "description", "errors"]) {
    const found = reasonFromJson((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Builds the typed error for a non-2xx response: {@link BadRequestError} (400),
 * {@link AuthenticationError} (401), {@link PermissionDeniedError} (403), {@link NotFoundError}
 * (404), {@link ConflictError} (409), {@link UnprocessableEntityError} (422),
 * {@link RateLimitError} (429, with `retryAfterMs`), {@link ServerError} (5xx), otherwise a plain
 * {@link ApiError}. The body is parsed as JSON when possible (kept as `body`), snippet-ed and
 * redacted; the reason in the message comes from the JSON body, an HTML page's `<title>`, or a
 * text body; the request id and the safe headers (content type, `Retry-After`, rate limits, date,
 * request id) are copied.
 *
 * @param response - The response (its body is not read; pass the text you read).
 * @param bodyText - The response body text.
 * @param context - Vendor, operation, secrets and request-id headers.
 * @returns The error (not thrown).
 *
 * @example
 * ```ts
 * const text = await response.text();
 * throw errorFromResponse(response, text, { vendor: "chatwoot", operation: { method: "GET", path: "/x" } });
 * ```
 */
export function errorFromResponse(response: Response, bodyText: string, context: ErrorFromResponseContext): ApiError {
  const { status, headers } = response;
  const { requestIdHeaders: names = DEFAULT_REQUEST_ID_HEADERS, now = Date.now(), ...rest } = context;
  const requestIdHeaders = names.map((name) => name.toLowerCase());
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    // not JSON
  }
  const html = /html/i.test(headers.get("content-type") ?? "") || /^\s*<(!doctype|html)/i.test(bodyText);
  const title = /<title[^>]*>([^<]*)</i.exec(bodyText)?.[1]?.trim();
  const Class = status === 429 ? RateLimitError : status > 499 && status < 600 ? ServerError : (STATUS_CLASSES[status] ?? ApiError);
  return new Class({
    ...rest,
    status,
    statusText: response.statusText,
    requestId: requestIdFrom(headers, requestIdHeaders),
    bodySnippet: bodyText || undefined,
    body,
    headers: Object.fromEntries(
      [...headers].filter(
        ([name]) =>
          (/^(content-type|retry-after(-ms)?|date|(x-)?request-id|(x-)?rate-?limit-[a-z-]+)$/.test(name) || requestIdHeaders.includes(name)) &&
          !isSensitiveHeaderName(name),
      ),
    ),
    detail: reasonFromJson(body) ?? (!bodyText.trim() ? undefined : html ? (title ? `HTML page "${title}"` : "HTML page") : body === undefined ? bodyText : undefined),
    ...(status === 429 ? { retryAfterMs: parseRetryAfter(headers, now) } : {}),
  });
}
