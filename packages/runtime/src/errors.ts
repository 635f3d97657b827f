/**
 * The SDK's error family. Every error is built once, from explicit fields, and redacted where it is
 * built: the secrets passed at construction (and any `Bearer …` credential) never reach `message`,
 * `toString()`, `stack`, `toJSON()`, `util.inspect`, `body`, `bodySnippet` or the `cause` chain.
 * Text is redacted before it is truncated, so a secret cut in half cannot leak its prefix. The head
 * of a message (`[vendor] METHOD /path/{template}`) is never mangled by a short credential (see `redact`).
 *
 * Copies of this package (the ESM and CJS builds side by side, two installed versions) each have
 * their own classes, so `instanceof` only recognises errors of its own copy. Every instance carries
 * a `Symbol.for` brand listing its class and ancestors, which `isInstance` reads across copies:
 * `NotFoundError.isInstance(error)`.
 *
 * @packageDocumentation
 */
import { clip, isSensitiveHeaderName, redact, redactJson, snippet } from "./redact.js";

export { clip } from "./redact.js";
import { describeCause, sanitizeCause } from "./sanitize-cause.js";

/** Marks instances of any copy of this package's errors with the kinds of their class and ancestors. */
const BRAND: unique symbol = Symbol.for("@org/runtime.error");

/** Longest header value (request id, content type) kept as a field or put in a message. */
const MAX_HEADER_CHARS = 128;

/** A request's method and OpenAPI path template, e.g. `{ method: "GET", path: "/conversations/{token}" }`. */
export interface Operation {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The OpenAPI path template (never the concrete URL, which may carry identifiers or a query). */
  readonly path: string;
}

/** Options shared by every SDK error. */
export interface SdkErrorOptions {
  /** The vendor the error relates to (`"chatwoot"`). */
  readonly vendor: string;
  /** The underlying error. It is copied and redacted, never kept as is. */
  readonly cause?: unknown;
  /** Credential values to redact from the message, cause chain and body. Not stored. */
  readonly secrets?: readonly string[];
}

/** What `toJSON()` returns for an error of type `E`: `name`, `message` and its data fields, never `body`, `cause` or `stack`. */
export type ErrorJSON<E> = {
  readonly [K in keyof E as K extends "body" | "cause" | "stack" ? never : E[K] extends (...args: never[]) => unknown ? never : K]: E[K];
};

/** Base class of every error this SDK throws. */
export class SdkError extends Error {
  /** Stable class identifier: the brand `isInstance` reads, and `name`. Subclasses that want `isInstance` across copies set their own. */
  static readonly errorKind: string = "SdkError";

  /** The vendor the error relates to. */
  readonly vendor: string;

  /**
   * @param message - Human-readable message; it is redacted.
   * @param options - Vendor, cause and secrets.
   * @param head - A prefix built from fixed names (vendor, method, path template): redacted of full-length credentials only.
   */
  constructor(message: string, options: SdkErrorOptions, head = "") {
    const secrets = options.secrets ?? [];
    const cause = sanitizeCause(options.cause, secrets);
    super(redact(head, secrets, false) + redact(message, secrets), cause === undefined ? undefined : { cause });
    const kinds: string[] = [];
    for (let c = new.target; c !== (Error as unknown); c = Object.getPrototypeOf(c) as typeof SdkError) if (Object.hasOwn(c, "errorKind")) kinds.push(c.errorKind);
    Object.defineProperties(this, { [BRAND]: { value: kinds }, name: { value: kinds[0], writable: true, configurable: true } });
    this.vendor = options.vendor;
  }

  /**
   * Whether `value` is an instance of this class, created by any copy of this package (the ESM and
   * CJS builds, two installed versions). A subclass without its own `errorKind` uses `instanceof`.
   *
   * @param value - Anything.
   * @returns Whether `value` is an instance of this class.
   */
  static isInstance<T extends abstract new (...args: never[]) => SdkError>(this: T, value: unknown): value is InstanceType<T> {
    const kinds: unknown = (value as Partial<Record<symbol, unknown>> | null | undefined)?.[BRAND];
    const kind: unknown = Object.getOwnPropertyDescriptor(this, "errorKind")?.value;
    return kind === undefined ? value instanceof this : Array.isArray(kinds) && kinds.includes(kind);
  }

  /** @returns The one JSON shape of every error: `name`, `message` and the data fields; no body, no cause, no stack. */
  toJSON(): ErrorJSON<this> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) if (key !== "body" && value !== undefined) json[key] = value;
    return json as ErrorJSON<this>;
  }
}

/** Fields of an {@link ApiError}. */
export interface ApiErrorInit extends SdkErrorOptions {
  /** Method and path template. */
  readonly operation: Operation;
  /** HTTP status, when a response was received. */
  readonly status?: number;
  /** HTTP status text, for the message. */
  readonly statusText?: string;
  /** The vendor's request id, from a response header. */
  readonly requestId?: string;
  /** The response body text; it is redacted and truncated to 1 KB. */
  readonly bodySnippet?: string;
  /** The parsed JSON response body; strings are redacted, nesting deeper than 32 levels is dropped. */
  readonly body?: unknown;
  /** Response headers to keep; credential-bearing names are dropped, values redacted and cut to 128 characters. */
  readonly headers?: Readonly<Record<string, string>>;
  /** How many attempts were made. */
  readonly attempts?: number;
  /** A short reason for the message. */
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
    const requestId = init.requestId === undefined ? undefined : clip(init.requestId, secrets, MAX_HEADER_CHARS);
    const statusPart = status === undefined ? "" : ` -> ${status}${statusText ? ` ${clip(statusText, secrets, 64)}` : ""}`;
    const tail = `${statusPart}${requestId ? ` (request id ${requestId})` : ""}${detail ? `: ${clip(detail, secrets)}` : ""}${attempts > 1 ? ` (${attempts} attempts)` : ""}`;
    super(tail, init, `[${vendor}] ${operation.method} ${operation.path}`);
    this.operation = { method: operation.method, path: operation.path };
    this.status = status;
    this.requestId = requestId;
    this.bodySnippet = snippet(init.bodySnippet, secrets);
    this.body = redactJson(init.body, secrets);
    const kept = headers && Object.entries(headers).filter(([name]) => !isSensitiveHeaderName(name));
    this.headers = kept && Object.fromEntries(kept.map(([name, value]) => [name.toLowerCase(), clip(value, secrets, MAX_HEADER_CHARS)]));
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

  /** @param init - The error's fields. */
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

  /** @param init - The error's fields. */
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

/**
 * The SDK's own timer fired: the per-attempt `timeoutMs` (after retries, if any) or the overall
 * `deadlineMs`. A caller's `AbortSignal` never produces this error; it surfaces as the caller's abort reason.
 */
export class TimeoutError extends ApiError {
  static override readonly errorKind: string = "TimeoutError";
  /** Which timer fired. */
  readonly scope: TimeoutScope;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  /** @param init - The error's fields. */
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

/** Messages of the {@link InvalidResponseReason}s. */
const WHY: Readonly<Record<InvalidResponseReason, string>> = {
  invalid_json: "response body is not valid JSON (truncated or malformed)",
  redirect: "redirect cannot be followed",
  too_large: "response body exceeds maxResponseBytes",
  unexpected_content_type: "expected a JSON response, got content type",
};

/**
 * A response the SDK cannot use: a 2xx whose body is not JSON or is malformed JSON, a body larger
 * than `maxResponseBytes` once decoded, or a redirect that cannot be followed safely. Never
 * retried; thrown regardless of `throwOnError`.
 */
export class InvalidResponseError extends ApiError {
  static override readonly errorKind: string = "InvalidResponseError";
  /** Why the response was unusable. */
  readonly reason: InvalidResponseReason;
  /** The response's content type, when relevant (at most 128 characters). */
  readonly contentType: string | undefined;

  /** @param init - The error's fields. */
  constructor(init: InvalidResponseErrorInit) {
    const { reason, secrets = [] } = init;
    const contentType = init.contentType === undefined ? undefined : clip(init.contentType, secrets, MAX_HEADER_CHARS);
    super({ ...init, detail: init.detail ?? (reason === "unexpected_content_type" ? `${WHY[reason]} "${contentType ?? "none"}"` : WHY[reason]) });
    this.reason = reason;
    this.contentType = contentType;
  }
}

/** Why a request was refused before any I/O. */
export type InvalidRequestReason = "unsafe_path_parameter" | "missing_path_parameter" | "insecure_url" | "invalid_url" | "invalid_option" | "invalid_cursor";

/** Fields of an {@link InvalidRequestError}: the reason, what is wrong (never the offending value if it may be secret), and the offending parameter or option name. */
export interface InvalidRequestErrorInit extends SdkErrorOptions {
  readonly reason: InvalidRequestReason;
  readonly detail: string;
  readonly parameter?: string;
}

/** The SDK refused to send a request: an unsafe or missing path parameter, a non-https base URL, an invalid option or an unreadable cursor. Thrown before any I/O. */
export class InvalidRequestError extends SdkError {
  static override readonly errorKind: string = "InvalidRequestError";
  /** Machine-readable reason. */
  readonly reason: InvalidRequestReason;
  /** The offending parameter or option name, as the caller wrote it. */
  readonly parameter: string | undefined;

  /** @param init - The error's fields. */
  constructor(init: InvalidRequestErrorInit) {
    super(init.detail, init, `[${init.vendor}] invalid request: `);
    this.reason = init.reason;
    this.parameter = init.parameter;
  }
}

/** An {@link InvalidRequestError} (internal shorthand; `detail` never holds the offending value). */
export function invalidRequest(vendor: string, reason: InvalidRequestReason, parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor, reason, parameter, detail });
}

/** Fields of an {@link UnsupportedOperationError}: the unified operation name (`conversations.close`) and why, or what to use instead. */
export interface UnsupportedOperationErrorInit extends SdkErrorOptions {
  readonly operation: string;
  readonly detail?: string;
}

/** The vendor has no equivalent of a unified-facade operation. */
export class UnsupportedOperationError extends SdkError {
  static override readonly errorKind: string = "UnsupportedOperationError";
  /** The unified operation name, e.g. `"conversations.close"`. */
  readonly operation: string;

  /** @param init - The error's fields. */
  constructor(init: UnsupportedOperationErrorInit) {
    super(init.detail ? `: ${clip(init.detail, init.secrets ?? [])}` : "", init, `[${init.vendor}] unsupported operation ${init.operation}`);
    this.operation = init.operation;
  }
}

/**
 * Fields of an {@link InvalidPayloadError}: the operation (`conversations.get`, `GET /conversations/{id}`),
 * the JSON path of the first offending value (`$.data[2].id`; default `$`), what is wrong there, and
 * the payload (or a part of it), redacted and cut to 1 KB.
 */
export interface InvalidPayloadErrorInit extends SdkErrorOptions {
  readonly operation?: string;
  readonly path?: string;
  readonly detail: string;
  readonly payloadSnippet?: string;
}

/**
 * A 2xx response (or a payload handed to a normalizer) does not have the shape the SDK relies on,
 * or a paginated endpoint led back to a page already listed. Never retried.
 *
 * Message: `[vendor] conversations.get: invalid payload at $.data[2].id: expected a string, got null`.
 */
export class InvalidPayloadError extends SdkError {
  static override readonly errorKind: string = "InvalidPayloadError";
  /** The operation whose payload was wrong. */
  readonly operation: string | undefined;
  /** JSON path of the first offending value (`$` for the whole payload). */
  readonly path: string;
  /** At most 1 KB of the payload, redacted. */
  readonly payloadSnippet: string | undefined;

  /** @param init - The error's fields. */
  constructor(init: InvalidPayloadErrorInit) {
    const { vendor, operation, path = "$", secrets = [] } = init;
    super(`invalid payload at ${clip(path, secrets)}: ${clip(init.detail, secrets)}`, init, `[${vendor}]${operation ? ` ${operation}:` : ""} `);
    this.operation = operation;
    this.path = path;
    this.payloadSnippet = snippet(init.payloadSnippet, secrets);
  }
}
