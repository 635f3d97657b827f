import { pickSafeResponseHeaders, reasonFromBody } from "./error-format.js";
import {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  type Operation,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "./errors.js";
import { parseRetryAfter } from "./retry-after.js";

/** Request-id headers read when a vendor does not configure its own. */
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = ["x-request-id", "request-id"];

/** Context for {@link errorFromResponse}. */
export interface ErrorFromResponseContext {
  /** The vendor. */
  readonly vendor: string;
  /** Method and path template. */
  readonly operation: Operation;
  /** Credential values to redact. */
  readonly secrets?: readonly string[];
  /** Lower-case response headers holding the request id, first match wins. Default `x-request-id`, `request-id`. */
  readonly requestIdHeaders?: readonly string[];
  /** Attempts made. */
  readonly attempts?: number;
  /** Current time in epoch ms, for `Retry-After` dates. Default `Date.now()`. */
  readonly now?: number;
}

/**
 * The request id of a response: the first of `requestIdHeaders` that is present.
 *
 * @param headers - Response headers.
 * @param requestIdHeaders - Header names to try, in order.
 * @returns The request id, or `undefined`.
 */
export function requestIdFrom(headers: Headers, requestIdHeaders: readonly string[]): string | undefined {
  for (const name of requestIdHeaders) {
    const value = headers.get(name);
    if (value !== null && value !== "") return value;
  }
  return undefined;
}

/**
 * Builds the typed error for a non-2xx response: {@link BadRequestError} (400),
 * {@link AuthenticationError} (401), {@link PermissionDeniedError} (403), {@link NotFoundError}
 * (404), {@link ConflictError} (409), {@link UnprocessableEntityError} (422),
 * {@link RateLimitError} (429, with `retryAfterMs`), {@link ServerError} (5xx), otherwise a plain
 * {@link ApiError}. The body is parsed as JSON when possible (kept as `body`), snippet-ed and
 * redacted; the request id and safe headers are copied.
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
  const requestIdHeaders = context.requestIdHeaders ?? DEFAULT_REQUEST_ID_HEADERS;
  const contentType = response.headers.get("content-type");
  let body: unknown;
  if (bodyText !== "") {
    try {
      body = JSON.parse(bodyText) as unknown;
    } catch {
      body = undefined;
    }
  }
  const reason = reasonFromBody(bodyText, body, contentType);
  const init: ApiErrorInit = {
    vendor: context.vendor,
    operation: context.operation,
    status: response.status,
    statusText: response.statusText,
    requestId: requestIdFrom(response.headers, requestIdHeaders),
    bodySnippet: bodyText === "" ? undefined : bodyText,
    body,
    headers: pickSafeResponseHeaders(response.headers, requestIdHeaders),
    attempts: context.attempts,
    detail: reason,
    secrets: context.secrets,
  };
  const status = response.status;
  switch (status) {
    case 400:
      return new BadRequestError(init);
    case 401:
      return new AuthenticationError(init);
    case 403:
      return new PermissionDeniedError(init);
    case 404:
      return new NotFoundError(init);
    case 409:
      return new ConflictError(init);
    case 422:
      return new UnprocessableEntityError(init);
    case 429:
      return new RateLimitError({ ...init, retryAfterMs: parseRetryAfter(response.headers, context.now ?? Date.now()) });
    default:
      return status >= 500 && status <= 599 ? new ServerError(init) : new ApiError(init);
  }
}
