import { redact } from "./redact.js";

/** Maximum depth of a cause chain that is kept; deeper causes are dropped. */
const MAX_CAUSE_DEPTH = 5;

/**
 * A redacted stand-in for an error that caused an SDK error. It keeps `name`, `message`, `code`
 * and `stack` (all redacted) and a sanitized `cause`, and drops every other property (undici's
 * socket details, request objects, headers), so nothing credential-bearing survives.
 */
export class SanitizedCause extends Error {
  /** The original error's `code` (`ECONNRESET`, `UND_ERR_SOCKET`, ...), when it had one. */
  readonly code: string | undefined;

  /**
   * @param name - The original error's name.
   * @param message - The original error's message, already redacted.
   * @param code - The original error's code.
   * @param stack - The original error's stack, already redacted.
   * @param cause - The original error's cause, already sanitized.
   */
  constructor(name: string, message: string, code: string | undefined, stack: string | undefined, cause: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    Object.defineProperty(this, "name", { value: name, writable: true, configurable: true, enumerable: false });
    this.code = code;
    Object.defineProperty(this, "stack", { value: stack ?? `${name}: ${message}`, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * Copies a cause chain into {@link SanitizedCause} objects with every message and stack passed
 * through {@link redact}. Non-`Error` causes become their redacted string form.
 *
 * @param cause - Anything thrown.
 * @param secrets - Credential values to remove.
 * @param depth - Current depth (internal).
 * @returns A sanitized copy, or `undefined` for an absent cause or beyond the depth limit.
 */
export function sanitizeCause(cause: unknown, secrets: readonly string[], depth = 0): unknown {
  if (cause === undefined || cause === null || depth >= MAX_CAUSE_DEPTH) return undefined;
  if (cause instanceof Error) {
    const rawCode = (cause as { code?: unknown }).code;
    const code = typeof rawCode === "string" || typeof rawCode === "number" ? String(rawCode) : undefined;
    const stack = typeof cause.stack === "string" ? redact(cause.stack, secrets) : undefined;
    return new SanitizedCause(
      redact(cause.name, secrets),
      redact(cause.message, secrets),
      code,
      stack,
      sanitizeCause(cause.cause, secrets, depth + 1),
    );
  }
  if (typeof cause === "string") return redact(cause, secrets);
  if (typeof cause === "number" || typeof cause === "boolean" || typeof cause === "bigint") return cause;
  return redact(Object.prototype.toString.call(cause), secrets);
}

/**
 * The innermost short description of a cause chain (`ECONNRESET: read ECONNRESET`), for one-line
 * error messages.
 *
 * @param cause - A sanitized cause chain.
 * @returns A short description, or `undefined` when there is no cause.
 */
export function describeCause(cause: unknown): string | undefined {
  let current: unknown = cause;
  let best: string | undefined;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && current !== undefined; depth++) {
    if (current instanceof SanitizedCause) {
      best = current.code !== undefined && !current.message.includes(current.code) ? `${current.code}: ${current.message}` : current.message;
      current = current.cause;
    } else if (current instanceof Error) {
      best = current.message;
      current = current.cause;
    } else {
      if (typeof current === "string") best = current;
      break;
    }
  }
  return best;
}
