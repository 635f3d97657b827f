/** Redaction of credentials from any text the SDK produces: error messages, body snippets, cause chains, log lines. */

/** Replacement written in place of a redacted secret. */
export const REDACTED = "[REDACTED]";

/** Written in place of JSON nested deeper than {@link redactJson} walks (32 levels). */
export const TRUNCATED = "[TRUNCATED]";

/**
 * Credentials shorter than this are redacted only where they stand alone (not inside a longer run
 * of letters, digits or `_`) and never in an error's head: a 1-character placeholder token would
 * otherwise garble every message (`[cha[REDACTED]woo[REDACTED]] GET …`).
 */
export const SHORT_SECRET_LENGTH = 8;

/** Whether a header's value is a credential (redacted, dropped on cross-origin redirects): a name in `extra` (lower case) or one containing `cookie`, `token`, `secret`, `key`, `auth`, `passw`, `session`, `signature` or `credential`. */
export function isSensitiveHeaderName(name: string, extra?: ReadonlySet<string>): boolean {
  return /cookie|token|secret|key|auth|passw|session|signature|credential/i.test(name) || extra?.has(name.toLowerCase()) === true;
}

/**
 * Replaces each secret in `text` (verbatim, percent-encoded and JSON-escaped) with `[REDACTED]`,
 * longest first so overlapping secrets leave no fragment, and masks any `Bearer …`/`Basic …`
 * credential. A secret shorter than {@link SHORT_SECRET_LENGTH} is replaced only where it stands
 * alone, and not at all with `short: false`.
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

/** `text` cut to `max` characters ending with `…`, never splitting a surrogate pair (a high surrogate is `>> 10 === 54`). */
function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, text.charCodeAt(max - 2) >> 10 === 54 ? max - 2 : max - 1)}…` : text;
}

/** One clean line: redacted, whitespace flattened, cut to `max` characters. */
export function clip(text: string, secrets: readonly string[], max = 200): string {
  return cut(redact(text, secrets).replace(/\s+/g, " ").trim(), max);
}

/** Parsed JSON, or `undefined` when `text` is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** At most 1 KB of a body, redacted first (a JSON body on its parse, so escaped forms of a secret are caught too). */
export function snippet(text: string | undefined, secrets: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  const json = parseJson(text);
  return cut(json === undefined ? redact(text, secrets) : JSON.stringify(redactJson(json, secrets)), 1024);
}

/** Deep copy of parsed JSON with every string and key redacted; deeper than 32 levels becomes {@link TRUNCATED} (what is not walked is not kept). */
export function redactJson(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === "string") return redact(value, secrets);
  if (typeof value !== "object" || value === null) return value;
  if (depth >= 32) return TRUNCATED;
  return Array.isArray(value)
    ? value.map((v: unknown) => redactJson(v, secrets, depth + 1))
    : Object.fromEntries(Object.entries(value).map(([k, v]) => [redact(k, secrets), redactJson(v, secrets, depth + 1)]));
}

/** Values of the credential-bearing headers, and for a value with a scheme (`Bearer abc`) the credential alone. */
export function sensitiveHeaderValues(headers: Iterable<[string, string]>, extra?: ReadonlySet<string>): string[] {
  return [...headers].flatMap(([name, value]) => (isSensitiveHeaderName(name, extra) ? [value, value.slice(value.indexOf(" ") + 1)] : []));
}

/**
 * A cause chain (at most 5 deep) copied into plain `Error`s that keep only a redacted `name`,
 * `message`, string `code` and `stack` (sockets, requests, headers are dropped). A string cause is
 * redacted; any other value becomes its `Object.prototype.toString` tag.
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

/** The innermost short description of a cause chain (`ECONNRESET: read ECONNRESET`), for one-line messages. */
export function describeCause(cause: unknown): string | undefined {
  let best: string | undefined;
  for (let c = cause, depth = 0; depth < 5 && c != null; c = (c as { cause?: unknown }).cause, depth++) {
    const { code } = c as { code?: unknown };
    if (typeof c === "string") best = c;
    else if (c instanceof Error) best = typeof code !== "string" || c.message.includes(code) ? c.message : `${code}: ${c.message}`;
  }
  return best;
}
