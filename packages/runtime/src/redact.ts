/**
 * Redaction of credentials from any text the SDK produces (error messages, body snippets,
 * cause chains, log lines).
 *
 * @packageDocumentation
 */

/** Replacement written in place of a redacted secret. */
export const REDACTED = "[REDACTED]";

/** Header names that always carry credentials. Lower-case. */
const SENSITIVE_HEADER_NAMES: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "api_access_token",
  "x-api-key",
]);

/** Substrings that mark a header name as credential-bearing (`x-auth-token`, `x-client-secret`, ...). */
const SENSITIVE_NAME_PATTERN = /token|secret|key|auth|passw|session|signature|credential/;

/** `Bearer <credential>` / `Basic <credential>` (8+ credential characters) anywhere in free text. */
const AUTH_SCHEME_PATTERN = /\b(Bearer|bearer|BEARER|Basic)\s+[A-Za-z0-9\-._~+/]{8,}=*/g;

/**
 * Whether a header of this name carries a credential: `authorization`, `proxy-authorization`,
 * `cookie`, `set-cookie`, `api_access_token`, `x-api-key`, any name listed in `extra`, and any name
 * containing `token`, `secret`, `key`, `auth`, `passw`, `session`, `signature` or `credential`.
 *
 * @param name - Header name, any case.
 * @param extra - Additional lower-case header names to treat as secret (a vendor's auth header).
 * @returns `true` when the header's value must be redacted and dropped on cross-origin redirects.
 */
export function isSensitiveHeaderName(name: string, extra?: ReadonlySet<string>): boolean {
  const lower = name.toLowerCase();
  return SENSITIVE_HEADER_NAMES.has(lower) || extra?.has(lower) === true || SENSITIVE_NAME_PATTERN.test(lower);
}

/**
 * Replaces every occurrence of each secret in `text` (verbatim and percent-encoded) with
 * `[REDACTED]`, and masks any `Bearer …`/`Basic …` credential even when it is not a
 * known secret. Longer secrets are replaced first so overlapping secrets cannot leave a fragment.
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
  let out = text;
  if (secrets.length > 0) {
    const ordered = secrets.length === 1 ? secrets : [...secrets].sort((a, b) => b.length - a.length);
    for (const secret of ordered) {
      if (secret === "") continue;
      out = out.split(secret).join(REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret) out = out.split(encoded).join(REDACTED);
    }
  }
  return out.replace(AUTH_SCHEME_PATTERN, `$1 ${REDACTED}`);
}

/**
 * Deep copy of a parsed JSON value with every string leaf (and object key) passed through
 * {@link redact}. Non-JSON values are returned unchanged.
 *
 * @param value - Parsed JSON.
 * @param secrets - Credential values to remove.
 * @param depth - Recursion guard; values nested deeper than 32 levels are returned as is.
 * @returns The redacted copy (the same reference when nothing needed redacting is not guaranteed).
 */
export function redactJson(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (depth > 32 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v: unknown) => redactJson(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[redact(k, secrets)] = redactJson(v, secrets, depth + 1);
  return out;
}

/**
 * Values of all credential-bearing headers in `headers` (see {@link isSensitiveHeaderName}).
 *
 * @param headers - Request headers.
 * @param extra - Additional lower-case header names to treat as secret.
 * @returns The header values, without duplicates.
 */
export function sensitiveHeaderValues(headers: Headers | Record<string, string>, extra?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value === "" || !isSensitiveHeaderName(name, extra)) continue;
    out.add(value);
    // `Bearer abc` → also redact `abc` alone, wherever it appears.
    const space = value.indexOf(" ");
    if (space > 0 && space < value.length - 1) out.add(value.slice(space + 1).trim());
  }
  return [...out];
}
