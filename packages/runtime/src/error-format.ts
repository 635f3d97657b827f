import { isSensitiveHeaderName, redact } from "./redact.js";

/** Maximum length of {@link ApiError.bodySnippet}, in UTF-16 code units (1 KB of ASCII). */
export const MAX_SNIPPET_LENGTH = 1024;

/** Maximum length of the free-text reason in an error message. */
const MAX_REASON_LENGTH = 200;

/**
 * Redacts, then truncates, a response body for {@link ApiError.bodySnippet}. Redaction runs first
 * so a secret cut in half by truncation cannot leak its prefix.
 *
 * @param text - The response body text.
 * @param secrets - Credential values to remove.
 * @returns At most {@link MAX_SNIPPET_LENGTH} characters, ending with `…` when truncated.
 */
export function toSnippet(text: string, secrets: readonly string[]): string {
  const clean = redact(text, secrets);
  if (clean.length <= MAX_SNIPPET_LENGTH) return clean;
  let end = MAX_SNIPPET_LENGTH - 1;
  const code = clean.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // do not split a surrogate pair
  return `${clean.slice(0, end)}…`;
}

/**
 * Collapses whitespace and truncates free text so it fits on one line of an error message.
 *
 * @param text - Any text (already redacted).
 * @returns One line of at most 200 characters.
 */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= MAX_REASON_LENGTH ? flat : `${flat.slice(0, MAX_REASON_LENGTH - 1)}…`;
}

/**
 * A human-readable reason from an error body: the `message`/`error`/`detail`/`title`/`description`
 * of a JSON body (also `error.message` and `errors[0]`), the `<title>` of an HTML page, or the
 * start of a text body.
 *
 * @param text - The response body text.
 * @param parsed - The parsed JSON body, when it parsed.
 * @param contentType - The response's content type.
 * @returns A short reason, or `undefined` when the body says nothing useful.
 */
export function reasonFromBody(text: string, parsed: unknown, contentType: string | null): string | undefined {
  const fromJson = reasonFromJson(parsed, 0);
  if (fromJson !== undefined) return fromJson;
  if (text.trim() === "") return undefined;
  const isHtml = contentType?.toLowerCase().includes("html") === true || /^\s*<(!doctype|html)/i.test(text);
  if (isHtml) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
    return title !== undefined && title !== "" ? `HTML page "${title}"` : "HTML page";
  }
  if (parsed !== undefined) return undefined;
  return text;
}

const REASON_KEYS = ["message", "error_description", "error", "detail", "title", "description", "errors"] as const;

function reasonFromJson(value: unknown, depth: number): string | undefined {
  if (depth > 3 || value === null || value === undefined) return undefined;
  if (typeof value === "string") return value === "" ? undefined : value;
  if (Array.isArray(value)) return reasonFromJson(value[0], depth + 1);
  if (typeof value !== "object") return undefined;
  const record = value as Record<string, unknown>;
  for (const key of REASON_KEYS) {
    const found = reasonFromJson(record[key], depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Copy of `headers` without credential-bearing names, with values redacted.
 *
 * @param headers - Headers to sanitize.
 * @param secrets - Credential values to remove.
 * @returns A plain object, or `undefined` when nothing is left.
 */
export function sanitizeHeaderRecord(
  headers: Readonly<Record<string, string>> | undefined,
  secrets: readonly string[],
): Record<string, string> | undefined {
  if (headers === undefined) return undefined;
  const out: Record<string, string> = {};
  let any = false;
  for (const [name, value] of Object.entries(headers)) {
    if (isSensitiveHeaderName(name)) continue;
    out[name.toLowerCase()] = redact(value, secrets);
    any = true;
  }
  return any ? out : undefined;
}

/** Response headers that are safe and useful to keep on an error. */
const SAFE_RESPONSE_HEADER = /^(content-type|retry-after|retry-after-ms|date|x-request-id|request-id|(x-)?ratelimit-[a-z-]+|x-rate-limit-[a-z-]+)$/;

/**
 * The safe subset of response headers kept on an {@link ApiError}: content type, `Retry-After`,
 * rate-limit headers, date and the configured request-id headers. Never credentials or cookies.
 *
 * @param headers - Response headers.
 * @param requestIdHeaders - Lower-case request-id header names to keep.
 * @returns A plain object, or `undefined` when no safe header is present.
 */
export function pickSafeResponseHeaders(headers: Headers, requestIdHeaders: readonly string[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let any = false;
  for (const [name, value] of headers) {
    if ((SAFE_RESPONSE_HEADER.test(name) || requestIdHeaders.includes(name)) && !isSensitiveHeaderName(name)) {
      out[name] = value;
      any = true;
    }
  }
  return any ? out : undefined;
}
