/** The typed error for a non-2xx response, its class picked as openai-node's `APIError.generate` does. */
import * as E from "./http-errors.js";
import { parseJson } from "./redact.js";
import { parseRetryAfter } from "./retry.js";

/** Request-id headers read when a vendor does not configure its own. */
export const DEFAULT_REQUEST_ID_HEADERS: readonly string[] = ["x-request-id", "request-id"];

/** The status subclasses other than 429 and 5xx. */
const STATUS_CLASSES: Partial<Record<number, new (init: E.RateLimitErrorInit) => E.ApiError>> = {
  ...{ 400: E.BadRequestError, 401: E.AuthenticationError, 403: E.PermissionDeniedError },
  ...{ 404: E.NotFoundError, 409: E.ConflictError, 422: E.UnprocessableEntityError },
};

/** Context for {@link errorFromResponse}: the error's fields, the request-id headers (first match wins) and the clock for `Retry-After` dates (default `Date.now()`). */
export interface ErrorFromResponseContext extends Pick<E.ApiErrorInit, "vendor" | "operation" | "secrets" | "attempts"> {
  readonly requestIdHeaders?: readonly string[];
  readonly now?: number;
}

/** The request id of a response: the first of `requestIdHeaders` present and not empty. */
export function requestIdFrom(headers: Headers, requestIdHeaders = DEFAULT_REQUEST_ID_HEADERS): string | undefined {
  return requestIdHeaders.map((name) => headers.get(name)).find(Boolean) ?? undefined;
}

/** The first non-empty string under `message`, `error_description`, `error`, `detail`, `title`, `description` or `errors` of parsed JSON, looking into nested objects and first array items. */
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
 * The error for a non-2xx response with its JSON `body`, a snippet, the request id and the safe
 * headers; the message's reason comes from the JSON body, an HTML `<title>` or a text body.
 */
export function errorFromResponse(response: Response, bodyText: string, context: ErrorFromResponseContext): E.ApiError {
  const { status, headers } = response;
  const { requestIdHeaders: names = DEFAULT_REQUEST_ID_HEADERS, now = Date.now(), ...rest } = context;
  const requestIdHeaders = names.map((name) => name.toLowerCase());
  const body = parseJson(bodyText);
  const html = /html/i.test(headers.get("content-type") ?? "") || /^\s*<(!doctype|html)/i.test(bodyText);
  const title = /<title[^>]*>([^<]*)</i.exec(bodyText)?.[1]?.trim();
  const Class = status === 429 ? E.RateLimitError : status > 499 && status < 600 ? E.ServerError : (STATUS_CLASSES[status] ?? E.ApiError);
  return new Class({
    ...rest,
    status,
    statusText: response.statusText,
    requestId: requestIdFrom(headers, requestIdHeaders),
    bodySnippet: bodyText || undefined,
    body,
    // The constructor drops credential-bearing names.
    headers: Object.fromEntries([...headers].filter(([name]) => /^(content-type|retry-after(-ms)?|date|(x-)?request-id|(x-)?rate-?limit-[a-z-]+)$/.test(name) || requestIdHeaders.includes(name))),
    detail: reasonFromJson(body) ?? (!bodyText.trim() ? undefined : html ? (title ? `HTML page "${title}"` : "HTML page") : body === undefined ? bodyText : undefined),
    ...(status === 429 ? { retryAfterMs: parseRetryAfter(headers, now) } : {}),
  });
}
