/**
 * `@org/runtime/errors`: the SDK's error family alone, re-exported by every package. Here the errors
 * raised outside an HTTP exchange; `http-errors.ts` has the HTTP ones.
 *
 * @packageDocumentation
 */
import { clip, snippet } from "./redact.js";
import { SdkError, type SdkErrorOptions } from "./sdk-error.js";

export * from "./sdk-error.js";
export * from "./http-errors.js";

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

  constructor(init: InvalidRequestErrorInit) {
    super(init.detail, init, `[${init.vendor}] invalid request: `);
    this.reason = init.reason;
    this.parameter = init.parameter;
  }
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

  constructor(init: UnsupportedOperationErrorInit) {
    super(init.detail ? `: ${clip(init.detail, init.secrets ?? [])}` : "", init, `[${init.vendor}] unsupported operation ${init.operation}`);
    this.operation = init.operation;
  }
}

/** Fields of an {@link InvalidPayloadError}; `path` defaults to `$`. */
export interface InvalidPayloadErrorInit extends SdkErrorOptions {
  readonly operation?: string;
  readonly path?: string;
  readonly detail: string;
  readonly payloadSnippet?: string;
}

/**
 * A payload lacks the shape the SDK relies on, or pagination led back to a page already listed.
 * Never retried. `[vendor] conversations.get: invalid payload at $.data[2].id: expected a string, got null`.
 */
export class InvalidPayloadError extends SdkError {
  static override readonly errorKind: string = "InvalidPayloadError";
  /** The operation whose payload was wrong. */
  readonly operation: string | undefined;
  /** JSON path of the first offending value (`$` for the whole payload). */
  readonly path: string;
  /** At most 1 KB of the payload, redacted. */
  readonly payloadSnippet: string | undefined;

  constructor(init: InvalidPayloadErrorInit) {
    const { vendor, operation, path = "$", secrets = [] } = init;
    super(`invalid payload at ${clip(path, secrets)}: ${clip(init.detail, secrets)}`, init, `[${vendor}]${operation ? ` ${operation}:` : ""} `);
    this.operation = operation;
    this.path = path;
    this.payloadSnippet = snippet(init.payloadSnippet, secrets);
  }
}
