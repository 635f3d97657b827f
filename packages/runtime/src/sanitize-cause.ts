import { redact } from "./redact.js";

/**
 * Copies a cause chain (at most 5 deep) into plain `Error`s that keep only `name`, `message`, `code`
 * (when a string) and `stack`, each passed through {@link redact} (`code` included); every other property (undici's socket details,
 * request objects, headers) is dropped. A string cause is redacted; any other non-`Error` cause
 * becomes its `Object.prototype.toString` tag.
 *
 * @param cause - Anything thrown.
 * @param secrets - Credential values to remove.
 * @param depth - Current depth (internal).
 * @returns A sanitized copy, or `undefined` for an absent cause or beyond the depth limit.
 */
export function sanitizeCause(cause: unknown, secrets: readonly string[], depth = 0): unknown {
  if (cause == null || depth > 4) return undefined;
  if (!(cause instanceof Error)) return typeof cause === "string" ? redact(cause, secrets) : Object.prototype.toString.call(cause);
  const inner = sanitizeCause(cause.cause, secrets, depth + 1);
  const { code } = cause as { code?: unknown };
  return Object.assign(new Error(redact(cause.message, secrets), inner === undefined ? undefined : { cause: inner }), {
    name: redact(cause.name, secrets),
    stack: redact(cause.stack ?? "", secrets),
    code: typeof code === "string" ? redact(code, secrets) : undefined,
  });
}

/**
 * The innermost short description of a cause chain (`ECONNRESET: read ECONNRESET`), for one-line
 * error messages (which are redacted as a whole).
 *
 * @param cause - A cause chain.
 * @returns A short description, or `undefined` when there is no cause.
 */
export function describeCause(cause: unknown): string | undefined {
  let best: string | undefined;
  for (let c = cause, depth = 0; depth < 5 && c != null; c = (c as { cause?: unknown }).cause, depth++) {
    const { code } = c as { code?: unknown };
    if (typeof c === "string") best = c;
    else if (c instanceof Error) best = typeof code !== "string" || c.message.includes(code) ? c.message : `${code}: ${c.message}`;
  }
  return best;
}
