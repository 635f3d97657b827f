/**
 * The SDK's error hierarchy.
 *
 * Every class carries a `Symbol.for` brand and a static `Symbol.hasInstance`, so `instanceof`
 * works across copies of this package (the ESM and the CJS build loaded side by side, or two
 * installed versions): `err instanceof RateLimitError` is true for a `RateLimitError` created by
 * either copy. Subclasses defined outside this package that do not declare their own static
 * `errorKind` fall back to the ordinary prototype check.
 *
 * Every message, `toString()`, `toJSON()`, `stack` and `cause` chain is redacted: the secrets
 * passed at construction (and any `Bearer …` credential) never appear in them.
 *
 * @packageDocumentation
 */
import { oneLine, sanitizeHeaderRecord, toSnippet } from "./error-format.js";
import { redact, redactJson } from "./redact.js";
import { describeCause, sanitizeCause } from "./sanitize-cause.js";

const KINDS = Symbol.for("@org/runtime.error-kinds");

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

/** The JSON form of an {@link SdkError}. */
export interface SdkErrorJSON {
  /** Class name, e.g. `"RateLimitError"`. */
  readonly name: string;
  /** The redacted one-line message. */
  readonly message: string;
  /** The vendor. */
  readonly vendor: string;
}

interface ErrorClass {
  readonly errorKind: string;
}

function kindsOf(ctor: unknown): string[] {
  const kinds: string[] = [];
  let current: unknown = ctor;
  while (typeof current === "function" && current !== Error && current !== Function.prototype) {
    if (Object.hasOwn(current, "errorKind")) kinds.push((current as unknown as ErrorClass).errorKind);
    current = Object.getPrototypeOf(current);
  }
  return kinds;
}

/**
 * Base class of every error this SDK throws.
 */
export class SdkError extends Error {
  /** Stable class identifier used by the cross-copy `instanceof` brand. */
  static readonly errorKind: string = "SdkError";

  /** The vendor the error relates to. */
  readonly vendor: string;

  /**
   * @param message - Human-readable message; it is redacted.
   * @param options - Vendor, cause and secrets.
   */
  constructor(message: string, options: SdkErrorOptions) {
    const secrets = options.secrets ?? [];
    const cause = sanitizeCause(options.cause, secrets);
    super(redact(message, secrets), cause === undefined ? undefined : { cause });
    const kinds = kindsOf(new.target);
    Object.defineProperty(this, KINDS, { value: kinds, enumerable: false });
    Object.defineProperty(this, "name", { value: kinds[0] ?? "SdkError", writable: true, configurable: true, enumerable: false });
    this.vendor = options.vendor;
  }

  /**
   * Brand-based `instanceof`: true when `value` was created by this class or a subclass, by any
   * copy of this package.
   *
   * @param value - The value on the left of `instanceof`.
   * @returns Whether `value` is an instance of this class.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!Object.hasOwn(this, "errorKind")) return Function.prototype[Symbol.hasInstance].call(this, value);
    if (typeof value !== "object" || value === null) return false;
    const kinds = (value as Record<symbol, unknown>)[KINDS];
    if (!Array.isArray(kinds)) return Function.prototype[Symbol.hasInstance].call(this, value);
    return kinds.includes((this as unknown as ErrorClass).errorKind);
  }

  /**
   * Safe fields only: no body, no cause, no stack.
   *
   * @returns The JSON form.
   */
  toJSON(): SdkErrorJSON {
    return { name: this.name, message: this.message, vendor: this.vendor };
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
  /** The parsed JSON response body; string values are redacted. */
  readonly body?: unknown;
  /** Response headers to keep; credential-bearing names are dropped. */
  readonly headers?: Readonly<Record<string, string>>;
  /** How many attempts were made. */
  readonly attempts?: number;
  /** A short reason for the message. */
  readonly detail?: string;
}

/** The JSON form of an {@link ApiError}. */
export interface ApiErrorJSON extends SdkErrorJSON {
  /** Method and path template. */
  readonly operation: Operation;
  /** HTTP status. */
  readonly status?: number;
  /** Vendor request id. */
  readonly requestId?: string;
  /** Redacted body snippet. */
  readonly bodySnippet?: string;
  /** Safe response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Attempts made. */
  readonly attempts?: number;
}

function formatApiMessage(init: ApiErrorInit): string {
  let message = `[${init.vendor}] ${init.operation.method} ${init.operation.path}`;
  if (init.status !== undefined) {
    const text = init.statusText !== undefined && init.statusText !== "" ? ` ${oneLine(init.statusText)}` : "";
    message += ` -> ${init.status}${text}`;
  }
  if (init.requestId !== undefined && init.requestId !== "") message += ` (request id ${oneLine(init.requestId)})`;
  if (init.detail !== undefined && init.detail !== "") message += `: ${oneLine(init.detail)}`;
  if (init.attempts !== undefined && init.attempts > 1) message += ` (${init.attempts} attempts)`;
  return message;
}

function withDetail(init: ApiErrorInit, extra: string | undefined): ApiErrorInit {
  if (extra === undefined) return init;
  const detail = init.detail !== undefined && init.detail !== "" ? `${init.detail} (${extra})` : extra;
  return { ...init, detail };
}

/**
 * An error about one HTTP operation: a non-2xx response, a connection failure, a timeout or an
 * unusable response. Statuses without a dedicated subclass are plain `ApiError`s.
 */
export class ApiError extends SdkError {
  static override readonly errorKind: string = "ApiError";

  /** Method and OpenAPI path template, e.g. `GET /conversations/{token}`. */
  readonly operation: Operation;
  /** HTTP status, when a response was received. */
  readonly status: number | undefined;
  /** The vendor's request id (from `x-request-id` or the vendor's header). */
  readonly requestId: string | undefined;
  /** At most 1 KB of the response body, redacted. */
  readonly bodySnippet: string | undefined;
  /** The parsed JSON body when it parsed (string values redacted), so the vendor payload stays reachable. */
  readonly body: unknown;
  /** Safe response headers only (content type, retry-after, rate limits, request id). */
  readonly headers: Readonly<Record<string, string>> | undefined;
  /** How many attempts were made before giving up. */
  readonly attempts: number | undefined;

  /**
   * @param init - The error's fields. The message is built from them.
   */
  constructor(init: ApiErrorInit) {
    super(formatApiMessage(init), init);
    const secrets = init.secrets ?? [];
    this.operation = { method: init.operation.method, path: init.operation.path };
    this.status = init.status;
    this.requestId = init.requestId === undefined ? undefined : redact(init.requestId, secrets);
    this.bodySnippet = init.bodySnippet === undefined ? undefined : toSnippet(init.bodySnippet, secrets);
    this.body = init.body === undefined ? undefined : redactJson(init.body, secrets);
    this.headers = sanitizeHeaderRecord(init.headers, secrets);
    this.attempts = init.attempts;
  }

  override toJSON(): ApiErrorJSON {
    return {
      ...super.toJSON(),
      operation: this.operation,
      status: this.status,
      requestId: this.requestId,
      bodySnippet: this.bodySnippet,
      headers: this.headers,
      attempts: this.attempts,
    };
  }
}

/** HTTP 400. */
export class BadRequestError extends ApiError {
  static override readonly errorKind: string = "BadRequestError";
}

/** HTTP 401: the credential is missing, wrong or expired. */
export class AuthenticationError extends ApiError {
  static override readonly errorKind: string = "AuthenticationError";
}

/** HTTP 403: the credential is valid but not allowed to do this. */
export class PermissionDeniedError extends ApiError {
  static override readonly errorKind: string = "PermissionDeniedError";
}

/** HTTP 404. */
export class NotFoundError extends ApiError {
  static override readonly errorKind: string = "NotFoundError";
}

/** HTTP 409. */
export class ConflictError extends ApiError {
  static override readonly errorKind: string = "ConflictError";
}

/** HTTP 422. */
export class UnprocessableEntityError extends ApiError {
  static override readonly errorKind: string = "UnprocessableEntityError";
}

/** Fields of a {@link RateLimitError}. */
export interface RateLimitErrorInit extends ApiErrorInit {
  /** How long the server asked to wait, from `Retry-After`/`retry-after-ms`. */
  readonly retryAfterMs?: number;
}

/** The JSON form of a {@link RateLimitError}. */
export interface RateLimitErrorJSON extends ApiErrorJSON {
  /** How long the server asked to wait. */
  readonly retryAfterMs?: number;
}

/**
 * HTTP 429. Thrown after retries are exhausted, or at once when the server asks to wait longer
 * than `maxRetryDelayMs`.
 */
export class RateLimitError extends ApiError {
  static override readonly errorKind: string = "RateLimitError";

  /** How long the server asked to wait before retrying, in milliseconds. */
  readonly retryAfterMs: number | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: RateLimitErrorInit) {
    super(withDetail(init, init.retryAfterMs === undefined ? undefined : `retry after ${Math.ceil(init.retryAfterMs)} ms`));
    this.retryAfterMs = init.retryAfterMs;
  }

  override toJSON(): RateLimitErrorJSON {
    return { ...super.toJSON(), retryAfterMs: this.retryAfterMs };
  }
}

/** HTTP 5xx. */
export class ServerError extends ApiError {
  static override readonly errorKind: string = "ServerError";
}

/** The request never got a response: DNS failure, refused or reset connection, TLS failure. */
export class ConnectionError extends ApiError {
  static override readonly errorKind: string = "ConnectionError";

  /**
   * @param init - The error's fields; the cause's description is added to the message.
   */
  constructor(init: ApiErrorInit) {
    const described = describeCause(sanitizeCause(init.cause, init.secrets ?? []));
    const base = init.detail ?? "connection failed";
    super({ ...init, detail: described === undefined ? base : `${base}: ${described}` });
  }
}

/** Which timer fired. */
export type TimeoutScope = "attempt" | "deadline";

/** Fields of a {@link TimeoutError}. */
export interface TimeoutErrorInit extends ApiErrorInit {
  /** The timer that fired: the per-attempt `timeoutMs` or the overall `deadlineMs`. */
  readonly scope: TimeoutScope;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
}

/** The JSON form of a {@link TimeoutError}. */
export interface TimeoutErrorJSON extends ApiErrorJSON {
  /** Which timer fired. */
  readonly scope: TimeoutScope;
  /** The exceeded limit. */
  readonly timeoutMs: number;
}

/**
 * The SDK's own timer fired: the per-attempt `timeoutMs` (after retries, if any) or the overall
 * `deadlineMs`. A caller's `AbortSignal` never produces this error; it surfaces as the caller's
 * abort reason.
 */
export class TimeoutError extends ApiError {
  static override readonly errorKind: string = "TimeoutError";

  /** Which timer fired. */
  readonly scope: TimeoutScope;
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;

  /**
   * @param init - The error's fields.
   */
  constructor(init: TimeoutErrorInit) {
    const what =
      init.scope === "deadline"
        ? `overall deadline of ${init.timeoutMs} ms exceeded`
        : `timed out after ${init.timeoutMs} ms (per-attempt timeout)`;
    super({ ...init, detail: init.detail ?? what });
    this.scope = init.scope;
    this.timeoutMs = init.timeoutMs;
  }

  override toJSON(): TimeoutErrorJSON {
    return { ...super.toJSON(), scope: this.scope, timeoutMs: this.timeoutMs };
  }
}

/** Why a response was unusable. */
export type InvalidResponseReason = "invalid_json" | "unexpected_content_type" | "redirect";

/** Fields of an {@link InvalidResponseError}. */
export interface InvalidResponseErrorInit extends ApiErrorInit {
  /** `invalid_json`: the body is truncated or malformed JSON; `unexpected_content_type`: not JSON at all; `redirect`: a redirect that cannot be followed safely. */
  readonly reason: InvalidResponseReason;
  /** The response's content type, when relevant. */
  readonly contentType?: string;
}

/** The JSON form of an {@link InvalidResponseError}. */
export interface InvalidResponseErrorJSON extends ApiErrorJSON {
  /** Why the response was unusable. */
  readonly reason: InvalidResponseReason;
  /** The response's content type. */
  readonly contentType?: string;
}

/**
 * A response the SDK cannot use: a 2xx whose body is not JSON (says which content type) or is
 * truncated/malformed JSON, or a redirect that cannot be followed safely. Thrown regardless of
 * `throwOnError`.
 */
export class InvalidResponseError extends ApiError {
  static override readonly errorKind: string = "InvalidResponseError";

  /** Why the response was unusable. */
  readonly reason: InvalidResponseReason;
  /** The response's content type, when relevant. */
  readonly contentType: string | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: InvalidResponseErrorInit) {
    const what =
      init.reason === "invalid_json"
        ? "response body is not valid JSON (truncated or malformed)"
        : init.reason === "unexpected_content_type"
          ? `expected a JSON response, got content type "${init.contentType ?? "none"}"`
          : "redirect cannot be followed";
    super({ ...init, detail: init.detail ?? what });
    this.reason = init.reason;
    this.contentType = init.contentType;
  }

  override toJSON(): InvalidResponseErrorJSON {
    return { ...super.toJSON(), reason: this.reason, contentType: this.contentType };
  }
}

/** Why a request was refused before any I/O. */
export type InvalidRequestReason =
  | "unsafe_path_parameter"
  | "missing_path_parameter"
  | "insecure_url"
  | "invalid_url"
  | "invalid_option"
  | "invalid_cursor";

/** Fields of an {@link InvalidRequestError}. */
export interface InvalidRequestErrorInit extends SdkErrorOptions {
  /** Machine-readable reason. */
  readonly reason: InvalidRequestReason;
  /** What is wrong, for the message. Never include the offending value if it may be secret. */
  readonly detail: string;
  /** The offending parameter or option name. */
  readonly parameter?: string;
}

/** The JSON form of an {@link InvalidRequestError}. */
export interface InvalidRequestErrorJSON extends SdkErrorJSON {
  /** Machine-readable reason. */
  readonly reason: InvalidRequestReason;
  /** The offending parameter or option name. */
  readonly parameter?: string;
}

/**
 * The SDK refused to send a request: an unsafe or missing path parameter, a non-https base URL,
 * an invalid option or an unreadable pagination cursor. Thrown before any I/O.
 */
export class InvalidRequestError extends SdkError {
  static override readonly errorKind: string = "InvalidRequestError";

  /** Machine-readable reason. */
  readonly reason: InvalidRequestReason;
  /** The offending parameter or option name. */
  readonly parameter: string | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: InvalidRequestErrorInit) {
    super(`[${init.vendor}] invalid request: ${init.detail}`, init);
    this.reason = init.reason;
    this.parameter = init.parameter;
  }

  override toJSON(): InvalidRequestErrorJSON {
    return { ...super.toJSON(), reason: this.reason, parameter: this.parameter };
  }
}

/** Fields of an {@link UnsupportedOperationError}. */
export interface UnsupportedOperationErrorInit extends SdkErrorOptions {
  /** The unified operation name, e.g. `"conversations.close"`. */
  readonly operation: string;
  /** Why, or what to use instead. */
  readonly detail?: string;
}

/** The JSON form of an {@link UnsupportedOperationError}. */
export interface UnsupportedOperationErrorJSON extends SdkErrorJSON {
  /** The unified operation name. */
  readonly operation: string;
}

/** The vendor has no equivalent of a unified-facade operation. */
export class UnsupportedOperationError extends SdkError {
  static override readonly errorKind: string = "UnsupportedOperationError";

  /** The unified operation name, e.g. `"conversations.close"`. */
  readonly operation: string;

  /**
   * @param init - The error's fields.
   */
  constructor(init: UnsupportedOperationErrorInit) {
    const detail = init.detail !== undefined && init.detail !== "" ? `: ${oneLine(init.detail)}` : "";
    super(`[${init.vendor}] unsupported operation ${init.operation}${detail}`, init);
    this.operation = init.operation;
  }

  override toJSON(): UnsupportedOperationErrorJSON {
    return { ...super.toJSON(), operation: this.operation };
  }
}

/** Fields of an {@link InvalidPayloadError}. */
export interface InvalidPayloadErrorInit extends SdkErrorOptions {
  /** What is wrong with the payload. */
  readonly detail: string;
  /** JSON pointer to the offending value, e.g. `/data/0/id`. */
  readonly pointer?: string;
  /** The payload (or a part of it) for debugging; redacted and truncated to 1 KB. */
  readonly payloadSnippet?: string;
}

/** The JSON form of an {@link InvalidPayloadError}. */
export interface InvalidPayloadErrorJSON extends SdkErrorJSON {
  /** JSON pointer to the offending value. */
  readonly pointer?: string;
  /** Redacted payload snippet. */
  readonly payloadSnippet?: string;
}

/**
 * A vendor payload does not have the shape the SDK relies on (raised by normalizers), or a
 * paginated endpoint returned the same cursor twice.
 */
export class InvalidPayloadError extends SdkError {
  static override readonly errorKind: string = "InvalidPayloadError";

  /** JSON pointer to the offending value. */
  readonly pointer: string | undefined;
  /** At most 1 KB of the payload, redacted. */
  readonly payloadSnippet: string | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: InvalidPayloadErrorInit) {
    const at = init.pointer !== undefined ? ` at ${init.pointer}` : "";
    super(`[${init.vendor}] invalid payload${at}: ${oneLine(init.detail)}`, init);
    this.pointer = init.pointer;
    this.payloadSnippet = init.payloadSnippet === undefined ? undefined : toSnippet(init.payloadSnippet, init.secrets ?? []);
  }

  override toJSON(): InvalidPayloadErrorJSON {
    return { ...super.toJSON(), pointer: this.pointer, payloadSnippet: this.payloadSnippet };
  }
}
