/**
 * Redaction of credentials from any text the SDK produces (error messages, body snippets,
 * cause chains, log lines).
 *
 * @packageDocumentation
 */

/** Replacement written in place of a redacted secret. */
export const REDACTED = "[REDACTED]";

/**
 * Whether a header of this name carries a credential: `cookie`, `set-cookie`, any name listed in
 * `extra`, and any name containing `token`, `secret`, `key`, `auth`, `passw`, `session`,
 * `signature` or `credential` (so `authorization`, `proxy-authorization`, `api_access_token`,
 * `x-api-key`, `x-auth-token`, ...).
 *
 * @param name - Header name, any case.
 * @param extra - Additional lower-case header names to treat as secret (a vendor's auth header).
 * @returns `true` when the header's value must be redacted and dropped on cross-origin redirects.
 */
export function isSensitiveHeaderName(name: string, extra?: ReadonlySet<string>): boolean {
  return /cookie|token|secret|key|auth|passw|session|signature|credential/i.test(name) || extra?.has(name.toLowerCase()) === true;
}

/**
 * Replaces every occurrence of each secret in `text` (verbatim, percent-encoded and JSON-escaped)
 * with `[REDACTED]`, and masks any `Bearer …`/`Basic …` credential even when it is not a known
 * secret. Longer secrets are replaced first so overlapping secrets cannot leave a fragment.
 *
 * @param text - Text that may contain credentials.
 * @param secrets - Credential values to remove. Empty strings are ignored.
 * @returns The text with credentials replaced.
 *
 * @example
 * ```ts
 * redact("token abc123 rejected", ["abc123"]); // "token [REDACTED] rejected"
 * ```
 */
export function redact(text: string, secrets: readonly string[]): string {
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) text = text.replaceAll(form, REDACTED);
  }
  return text.replace(/\b(Bearer|bearer|BEARER|Basic)\s+[\w\-.~+/]{8,}=*/g, `$1 ${REDACTED}`);
}

/** Deepest nesting {@link redactJson} walks; anything deeper is replaced by {@link TRUNCATED}. */
const MAX_DEPTH = 32;

/** Written in place of JSON nested deeper than the redaction walks. */
export const TRUNCATED = "[TRUNCATED]";

/**
 * Deep copy of a parsed JSON value with every string leaf (and object key) passed through
 * {@link redact}. Values nested deeper than 32 levels are replaced by `"[TRUNCATED]"`: what is not
 * walked is not kept.
 *
 * @param value - Parsed JSON.
 * @param secrets - Credential values to remove.
 * @param depth - Recursion depth (internal).
 * @returns The redacted copy.
 */
export function redactJson(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= MAX_DEPTH) return TRUNCATED;
  return Array.isArray(value)
    ? value.map((v: unknown) => redactJson(v, secrets, depth + 1))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactJson(v, secrets, depth + 1)]));
}

/**
 * Values of all credential-bearing headers (see {@link isSensitiveHeaderName}); for a value with a
 * scheme (`Bearer abc`), also the credential alone (`abc`).
 *
 * @param headers - Header entries (a `Headers` object, or `Object.entries` of a record).
 * @param extra - Additional lower-case header names to treat as secret.
 * @returns The secret values.
 */
export function sensitiveHeaderValues(headers: Iterable<[string, string]>, extra?: ReadonlySet<string>): string[] {
  return [...headers].flatMap(([name, value]) => (isSensitiveHeaderName(name, extra) ? [value, value.slice(value.indexOf(" ") + 1)] : []));
}
