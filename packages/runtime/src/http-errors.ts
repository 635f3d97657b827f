/** The HTTP errors: {@link ApiError} (`[vendor] METHOD /path/{template} -> status …`) and its subclasses. */
import { clip, describeCause, isSensitiveHeaderName, redactJson, snippet } from "./redact.js";
import { SdkError, type SdkErrorOptions, type Operation } from "./sdk-error.js";

/** Fields of an {@link ApiError}, plus `statusText` and `detail` for the message; all redacted and cut on the way in. */
export interface ApiErrorInit extends SdkErrorOptions {
  readonly operation: Operation;
  readonly status?: number;
  readonly statusText?: string;
  readonly requestId?: string;
  readonly bodySnippet?: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly attempts?: number;
  readonly detail?: string;
}

/**
 * An error about one HTTP operation: a non-2xx response, a connection failure, a timeout or an
 * unusable response. Statuses without a dedicated subclass are plain `ApiError`s.
 *
 * Message: `[vendor] METHOD /path/{template} -> 404 Not Found (request id abc): detail (3 attempts)`.
 */
export class ApiError extends SdkError {
  static override readonly errorKind: string = "ApiError";
  /** Method and OpenAPI path template, e.g. `GET /conversations/{token}`. */
  readonly operation: Operation;
  /** HTTP status, when a response was received. */
  readonly status: number | undefined;
  /** The vendor's request id (at most 128 characters, redacted). */
  readonly requestId: string | undefined;
  /** At most 1 KB of the response body, redacted. */
  readonly bodySnippet: string | undefined;
  /** The parsed JSON body when it parsed (strings redacted), so the vendor payload stays reachable. */
  readonly body: unknown;
  /** Safe response headers only (content type, retry-after, rate limits, request id). */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** How many attempts were made before giving up. */
  readonly attempts: number | undefined;

  /** @param init - The error's fields; the message is built from them. */
  constructor(init: ApiErrorInit) {
    const { vendor, operation, status, statusText, detail, attempts = 1, headers, secrets = [] } = init;
    const requestId = init.requestId === undefined ? undefined : clip(init.requestId, secrets, 128);
    const statusPart = status === undefined ? "" : ` -> ${status}${statusText ? ` ${clip(statusText, secrets, 64)}` : ""}`;
    const tail = `${statusPart}${requestId ? ` (request id ${requestId})` : ""}${detail ? `: ${clip(detail, secrets)}` : ""}${attempts > 1 ? ` (${attempts} attempts)` : ""}`;
    super(tail, init, `[${vendor}] ${operation.method} ${operation.path}`);
    this.operation = { method: operation.method, path: operation.path };
    this.status = status;
    this.requestId = requestId;
    this.bodySnippet = snippet(init.bodySnippet, secrets);
    this.body = redactJson(init.body, secrets);
    const kept = headers && Object.entries(headers).filter(([name]) => !isSensitiveHeaderName(name));
    this.headers = kept && Object.fromEntries(kept.map(([name, value]) => [name.toLowerCase(), clip(value, secrets, 128)]));
    this.attempts = init.attempts;
  }
}

/** HTTP 400. */
export class BadRequestError extends ApiError { static override readonly errorKind: string = "BadRequestError"; declare readonly status: 400; }
/** HTTP 401: the credential is missing, wrong or expired. */
export class AuthenticationError extends ApiError { static override readonly errorKind: string = "AuthenticationError"; declare readonly status: 401; }
/** HTTP 403: the credential is valid but not allowed to do this. */
export class PermissionDeniedError extends ApiError { static override readonly errorKind: string = "PermissionDeniedError"; declare readonly status: 403; }
/** HTTP 404. */
export class NotFoundError extends ApiError { static override readonly errorKind: string = "NotFoundError"; declare readonly status: 404; }
/** HTTP 409. */
export class ConflictError extends ApiError { static override readonly errorKind: string = "ConflictError"; declare readonly status: 409; }
/** HTTP 422. */
export class UnprocessableEntityError extends ApiError { static override readonly errorKind: string = "UnprocessableEntityError"; declare readonly status: 422; }
/** HTTP 5xx. */
export class ServerError extends ApiError { static override readonly errorKind: string = "ServerError"; declare readonly status: number; }

/** Fields of a {@link RateLimitError}: `retryAfterMs` is how long the server asked to wait (`Retry-After`, `retry-after-ms`). */
export interface RateLimitErrorInit extends ApiErrorInit {
  readonly retryAfterMs?: number;
}

/** HTTP 429. Thrown after retries are exhausted, or at once when the server asks to wait longer than `maxRetryDelayMs`. */
export class RateLimitError extends ApiError {
  static override readonly errorKind: string = "RateLimitError";
  declare readonly status: 429;
  /** How long the server asked to wait before retrying, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(init: RateLimitErrorInit) {
    const { retryAfterMs, detail } = init;
    const wait = retryAfterMs === undefined ? "" : `retry after ${Math.ceil(retryAfterMs)} ms`;
    super({ ...init, detail: detail && wait ? `${detail} (${wait})` : detail || wait });
    this.retryAfterMs = retryAfterMs;
  }
}

/** The request never got a response: DNS failure, refused or reset connection, TLS failure. The cause's description ends the message. */
export class ConnectionError extends ApiError {
  static override readonly errorKind: string = "ConnectionError";

  constructor(init: ApiErrorInit) {
    const described = describeCause(init.cause);
    const base = init.detail ?? "connection failed";
    super({ ...init, detail: described ? `${base}: ${described}` : base });
  }
}

/** Which timer fired: the per-attempt `timeoutMs` or the overall `deadlineMs`. */
export type TimeoutScope = "attempt" | "deadline";

/** Fields of a {@link TimeoutError}: which timer fired and its limit in milliseconds. */
export interface TimeoutErrorInit extends ApiErrorInit {
  readonly scope: TimeoutScope;
  readonly timeoutMs: number;
}

/** The SDK's own timer fired: `timeoutMs` (after retries, if any) or `deadlineMs`. A caller's `AbortSignal` surfaces as its own abort reason instead. */
export class TimeoutError extends ApiError {
  static override readonly errorKind: string = "TimeoutError";
  /** Which timer fired. */
  readonly scope: TimeoutScope;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  constructor(init: TimeoutErrorInit) {
    const { scope, timeoutMs } = init;
    const what = scope === "deadline" ? `overall deadline of ${timeoutMs} ms exceeded` : `timed out after ${timeoutMs} ms (per-attempt timeout)`;
    super({ ...init, detail: init.detail ?? what });
    this.scope = scope;
    this.timeoutMs = timeoutMs;
  }
}

/** Why a response was unusable: `invalid_json` (truncated or malformed), `unexpected_content_type`, `redirect` (cannot be followed safely), `too_large` (over `maxResponseBytes`). */
export type InvalidResponseReason = "invalid_json" | "unexpected_content_type" | "redirect" | "too_large";

/** Fields of an {@link InvalidResponseError}: the reason and, when relevant, the response's content type. */
export interface InvalidResponseErrorInit extends ApiErrorInit {
  readonly reason: InvalidResponseReason;
  readonly contentType?: string;
}

const WHY: Readonly<Record<InvalidResponseReason, string>> = {
  invalid_json: "response body is not valid JSON (truncated or malformed)",
  redirect: "redirect cannot be followed",
  too_large: "response body exceeds maxResponseBytes",
  unexpected_content_type: "expected a JSON response, got content type",
};

/** A response the SDK cannot use (bad 2xx JSON, a body over `maxResponseBytes`, an unsafe redirect): never retried, thrown whatever `throwOnError` says. */
export class InvalidResponseError extends ApiError {
  static override readonly errorKind: string = "InvalidResponseError";
  /** Why the response was unusable. */
  readonly reason: InvalidResponseReason;
  /** The response's content type, when relevant (at most 128 characters). */
  readonly contentType: string | undefined;

  constructor(init: InvalidResponseErrorInit) {
    const { reason, secrets = [] } = init;
    const contentType = init.contentType === undefined ? undefined : clip(init.contentType, secrets, 128);
    super({ ...init, detail: init.detail ?? (reason === "unexpected_content_type" ? `${WHY[reason]} "${contentType ?? "none"}"` : WHY[reason]) });
    this.reason = reason;
    this.contentType = contentType;
  }
}
