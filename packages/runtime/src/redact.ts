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
 * Credentials shorter than this are redacted only where they stand alone: not inside a longer run
 * of letters, digits or `_`, and never in an error's head (vendor, method, path template). A 1-character
 * placeholder token would otherwise garble every message (`[cha[REDACTED]woo[REDACTED]] GET …`);
 * where it stands alone (`token=t&`, `"t"`, `Bearer t`) it is still redacted.
 */
export const SHORT_SECRET_LENGTH = 8;

/**
 * Replaces each secret in `text` (verbatim, percent-encoded and JSON-escaped) with `[REDACTED]`
 * (a secret shorter than {@link SHORT_SECRET_LENGTH} only where it stands alone, or with
 * `short: false` not at all), and masks any `Bearer …`/`Basic …` credential even when it is not a
 * known secret. Longer secrets go first so overlapping secrets cannot leave a fragment.
 *
 * @param text - Text that may contain credentials.
 * @param secrets - Credential values to remove. Empty strings are ignored.
 * @param short - Whether to redact secrets shorter than {@link SHORT_SECRET_LENGTH}.
 * @returns The text with credentials replaced.
 *
 * @example
 * ```ts
 * redact("token abc123 rejected", ["abc123"]); // "token [REDACTED] rejected"
 * ```
 */
export function redact(text: string, secrets: readonly string[], short = true): string {
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    const isShort = secret.length < SHORT_SECRET_LENGTH;
    if (!secret || (isShort && !short)) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)])) {
      text = isShort ? text.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_])`, "gu"), REDACTED) : text.replaceAll(form, REDACTED);
    }
  }
  return text.replace(/\b(Bearer|bearer|BEARER|Basic)\s+[\w\-.~+/]{8,}=*/g, `$1 ${REDACTED}`);
}

/**
 * Redacts, flattens whitespace, then cuts to `max` characters (ending with `…`, never splitting a surrogate pair).
 *
 * @param text - Any text.
 * @param secrets - Credential values to remove.
 * @param max - Longest result.
 * @returns One clean line.
 */
export function clip(text: string, secrets: readonly string[], max = 200): string {
  return cut(redact(text, secrets).replace(/\s+/g, " ").trim(), max);
}

/** `text` cut to `max` characters, ending with `…`; a high surrogate (0xD800-0xDBFF, i.e. 54 << 10 and up) is not split from its pair. */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, text.charCodeAt(max - 2) >> 10 === 54 ? max - 2 : max - 1)}…` : text;
}

/**
 * At most 1 KB of a body, redacted first; a JSON body is redacted on its parse, so escaped forms of a secret are caught too.
 *
 * @param text - A body.
 * @param secrets - Credential values to remove.
 * @returns The snippet, or `undefined` for no text.
 */
export function snippet(text: string | undefined, secrets: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  try {
    return cut(JSON.stringify(redactJson(JSON.parse(text), secrets)), 1024);
  } catch {
    return cut(redact(text, secrets), 1024);
  }
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
