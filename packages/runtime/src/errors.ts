/**
 * The SDK's error hierarchy.
 *
 * Every class has a static `errorKind`, and every instance a `Symbol.for` brand listing the kinds of
 * its class and ancestors; a static `Symbol.hasInstance` reads it, so `instanceof` works across
 * copies of this package (the ESM and the CJS build loaded side by side, or two installed
 * versions): `err instanceof RateLimitError` is true for a `RateLimitError` created by either copy. Subclasses defined outside this package that
 * do not declare their own static `errorKind` fall back to the ordinary prototype check.
 *
 * The fields of an error are the fields of its init object (minus `secrets`, `cause`, `detail` and
 * `statusText`, which only shape the message), so one generic `toJSON()` serves every class.
 *
 * Every message, `toString()`, `toJSON()`, `stack` and `cause` chain is redacted: the secrets
 * passed at construction (and any `Bearer …` credential) never appear in them.
 *
 * @packageDocumentation
 */
import { isSensitiveHeaderName, redact, redactJson } from "./redact.js";
import { describeCause, sanitizeCause } from "./sanitize-cause.js";

/** Marks instances of any copy of this package's errors. */
const BRAND: unique symbol = Symbol.for("@org/runtime.error");

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

/**
 * What `toJSON()` returns for an error of type `E`: `name`, `message` and its public data fields,
 * never `body`, `cause` or `stack`.
 */
export type ErrorJSON<E> = {
  readonly [K in keyof E as K extends "body" | "cause" | "stack" ? never : E[K] extends (...args: never[]) => unknown ? never : K]: E[K];
};

/** The JSON form of an {@link SdkError}. */
export interface SdkErrorJSON {
  /** Class name, e.g. `"RateLimitError"`. */
  readonly name: string;
  /** The redacted one-line message. */
  readonly message: string;
  /** The vendor. */
  readonly vendor: string;
}

/**
 * Collapses whitespace and truncates free text so it fits on one line of an error message.
 *
 * @param text - Any text (redacted later, with the whole message).
 * @returns One line of at most 200 characters.
 */
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

/**
 * Redacts, then truncates to 1 KB (1024 UTF-16 code units, ending with `…` when cut, never
 * splitting a surrogate pair). Redaction runs first so a secret cut in half cannot leak its prefix.
 *
 * @param text - A body or payload.
 * @param secrets - Credential values to remove.
 * @returns The snippet, or `undefined` for no text.
 */
function snippet(text: string | undefined, secrets: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  const clean = redact(text, secrets);
  // A high surrogate is 0xD800-0xDBFF, i.e. 54 << 10 and up.
  return clean.length > 1024 ? `${clean.slice(0, clean.charCodeAt(1022) >> 10 === 54 ? 1022 : 1023)}…` : clean;
}

/**
 * Base class of every error this SDK throws.
 */
export class SdkError extends Error {
  /** Stable class identifier used by the cross-copy `instanceof` check, and as `name`. */
  static readonly errorKind: string = "SdkError";

  /** The vendor the error relates to. */
  declare readonly vendor: string;

  /**
   * @param message - Human-readable message; it is redacted.
   * @param options - Vendor, cause and secrets, plus the subclass's fields.
   */
  constructor(message: string, options: SdkErrorOptions) {
    // `detail` and `statusText` only shape the message; they are not fields.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { secrets = [], cause, detail, statusText, ...fields } = options as SdkErrorOptions & { detail?: unknown; statusText?: unknown };
    const clean = sanitizeCause(cause, secrets);
    super(redact(message, secrets), clean === undefined ? undefined : { cause: clean });
    // The kinds of this class and its ancestors: the brand the cross-copy `instanceof` reads.
    const kinds: string[] = [];
    for (let c = new.target; (c as unknown) !== Error; c = Object.getPrototypeOf(c) as typeof SdkError) {
      if (Object.hasOwn(c, "errorKind")) kinds.push(c.errorKind);
    }
    Object.defineProperties(this, { [BRAND]: { value: kinds }, name: { value: kinds[0], writable: true, configurable: true } });
    Object.assign(this, fields);
  }

  /**
   * Brand-based `instanceof`: true when `value` was created by this class or a subclass, by any
   * copy of this package.
   *
   * @param value - The value on the left of `instanceof`.
   * @returns Whether `value` is an instance of this class.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    const kinds: unknown = (value as Partial<Record<symbol, unknown>> | null | undefined)?.[BRAND];
    return Object.hasOwn(this, "errorKind")
      ? Array.isArray(kinds) && kinds.includes(this.errorKind)
      : Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /**
   * Safe fields only: `name`, `message` and the public data fields; no body, no cause, no stack.
   *
   * @returns The JSON form.
   */
  toJSON(): ErrorJSON<this> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of Object.keys(this)) if (key !== "body") json[key] = this[key as keyof this];
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

/**
 * An error about one HTTP operation: a non-2xx response, a connection failure, a timeout or an
 * unusable response. Statuses without a dedicated subclass are plain `ApiError`s.
 *
 * Message: `[vendor] METHOD /path/{template} -> 404 Not Found (request id abc): detail (3 attempts)`.
 */
export class ApiError extends SdkError {
  static override readonly errorKind: string = "ApiError";

  /** Method and OpenAPI path template, e.g. `GET /conversations/{token}`. */
  declare readonly operation: Operation;
  /** HTTP status, when a response was received. */
  declare readonly status: number | undefined;
  /** The vendor's request id (from `x-request-id` or the vendor's header). */
  declare readonly requestId: string | undefined;
  /** At most 1 KB of the response body, redacted. */
  declare readonly bodySnippet: string | undefined;
  /** The parsed JSON body when it parsed (string values redacted), so the vendor payload stays reachable. */
  declare readonly body: unknown;
  /** Safe response headers only (content type, retry-after, rate limits, request id). */
  declare readonly headers: Readonly<Record<string, string>> | undefined;
  /** How many attempts were made before giving up. */
  declare readonly attempts: number | undefined;

  /**
   * @param init - The error's fields. The message is built from them.
   */
  constructor(init: ApiErrorInit) {
    const { vendor, operation, status, statusText, requestId, detail, attempts = 1, headers, secrets = [] } = init;
    super(
      `[${vendor}] ${operation.method} ${operation.path}${status === undefined ? "" : ` -> ${status}${statusText ? ` ${statusText}` : ""}`}${
        requestId ? ` (request id ${requestId})` : ""
      }${detail ? `: ${oneLine(detail)}` : ""}${attempts > 1 ? ` (${attempts} attempts)` : ""}`,
      init,
    );
    Object.assign(this, {
      requestId: requestId && redact(requestId, secrets),
      bodySnippet: snippet(init.bodySnippet, secrets),
      body: redactJson(init.body, secrets),
      // Credential-bearing names (and cookies) are dropped, values redacted.
      headers:
        headers &&
        Object.fromEntries(
          Object.entries(headers)
            .filter(([name]) => !isSensitiveHeaderName(name))
            .map(([name, value]) => [name.toLowerCase(), redact(value, secrets)]),
        ),
    });
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
  declare readonly retryAfterMs: number | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: RateLimitErrorInit) {
    const { retryAfterMs, detail } = init;
    const wait = retryAfterMs === undefined ? "" : `retry after ${Math.ceil(retryAfterMs)} ms`;
    super({ ...init, detail: detail && wait ? `${detail} (${wait})` : detail || wait });
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
    const described = describeCause(init.cause);
    const base = init.detail ?? "connection failed";
    super({ ...init, detail: described ? `${base}: ${described}` : base });
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
  declare readonly scope: TimeoutScope;
  /** The limit that was exceeded, in milliseconds. */
  declare readonly timeoutMs: number;

  /**
   * @param init - The error's fields.
   */
  constructor(init: TimeoutErrorInit) {
    const { scope, timeoutMs } = init;
    super({
      ...init,
      detail: init.detail ?? (scope === "deadline" ? `overall deadline of ${timeoutMs} ms exceeded` : `timed out after ${timeoutMs} ms (per-attempt timeout)`),
    });
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
  declare readonly reason: InvalidResponseReason;
  /** The response's content type, when relevant. */
  declare readonly contentType: string | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: InvalidResponseErrorInit) {
    const { reason } = init;
    super({
      ...init,
      detail:
        init.detail ??
        (reason === "invalid_json"
          ? "response body is not valid JSON (truncated or malformed)"
          : reason === "redirect"
            ? "redirect cannot be followed"
            : `expected a JSON response, got content type "${init.contentType ?? "none"}"`),
    });
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
  declare readonly reason: InvalidRequestReason;
  /** The offending parameter or option name. */
  declare readonly parameter: string | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: InvalidRequestErrorInit) {
    super(`[${init.vendor}] invalid request: ${init.detail}`, init);
  }
}

/**
 * Creates an {@link InvalidRequestError} (internal shorthand).
 *
 * @param vendor - The vendor.
 * @param reason - Machine-readable reason.
 * @param parameter - The offending parameter or option name.
 * @param detail - What is wrong (never the offending value).
 * @returns The error (not thrown).
 */
export function invalidRequest(vendor: string, reason: InvalidRequestReason, parameter: string, detail: string): InvalidRequestError {
  return new InvalidRequestError({ vendor, reason, parameter, detail });
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
  declare readonly operation: string;

  /**
   * @param init - The error's fields.
   */
  constructor(init: UnsupportedOperationErrorInit) {
    super(`[${init.vendor}] unsupported operation ${init.operation}${init.detail ? `: ${oneLine(init.detail)}` : ""}`, init);
  }
}

/** Fields of an {@link InvalidPayloadError}. */
export interface InvalidPayloadErrorInit extends SdkErrorOptions {
  /** The operation whose payload was wrong, e.g. `"conversations.get"` or `"GET /conversations/{id}"`. */
  readonly operation?: string;
  /** JSON path of the first offending value, e.g. `$.data[2].id`; `$` (the default) is the whole payload. */
  readonly path?: string;
  /** What is wrong with the value at `path`, e.g. `expected a string, got null`. */
  readonly detail: string;
  /** The payload (or a part of it) for debugging; redacted and truncated to 1 KB. */
  readonly payloadSnippet?: string;
}

/** The JSON form of an {@link InvalidPayloadError}. */
export interface InvalidPayloadErrorJSON extends SdkErrorJSON {
  /** The operation whose payload was wrong. */
  readonly operation?: string;
  /** JSON path of the first offending value. */
  readonly path: string;
  /** Redacted payload snippet. */
  readonly payloadSnippet?: string;
}

/**
 * A 2xx response (or a payload handed to a normalizer) does not have the shape the SDK relies on,
 * or a paginated endpoint returned the same cursor twice. Never retried: asking again returns the
 * same wrong shape.
 *
 * Message: `[vendor] conversations.get: invalid payload at $.data[2].id: expected a string, got null`.
 */
export class InvalidPayloadError extends SdkError {
  static override readonly errorKind: string = "InvalidPayloadError";

  /** The operation whose payload was wrong. */
  declare readonly operation: string | undefined;
  /** JSON path of the first offending value (`$` for the whole payload). */
  declare readonly path: string;
  /** At most 1 KB of the payload, redacted. */
  declare readonly payloadSnippet: string | undefined;

  /**
   * @param init - The error's fields.
   */
  constructor(init: InvalidPayloadErrorInit) {
    const { vendor, operation, path = "$", secrets = [] } = init;
    super(`[${vendor}]${operation ? ` ${oneLine(operation)}:` : ""} invalid payload at ${oneLine(path)}: ${oneLine(init.detail)}`, init);
    Object.assign(this, { operation, path, payloadSnippet: snippet(init.payloadSnippet, secrets) });
  }
}
