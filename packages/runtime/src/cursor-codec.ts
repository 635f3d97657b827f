/**
 * Default opaque encoding of pagination cursors: base64url of the cursor's JSON, so any
 * JSON-serializable cursor (a page number, a token, an object) becomes a URL-safe string.
 *
 * @packageDocumentation
 */

/**
 * Encodes a JSON-serializable cursor as base64url.
 *
 * @param cursor - Any JSON-serializable value.
 * @returns The opaque string.
 */
export function encodeJsonCursor(cursor: unknown): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(cursor))))
    .replace(/=+$/, "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

/**
 * Decodes a cursor produced by {@link encodeJsonCursor}.
 *
 * @param text - The opaque string.
 * @returns The cursor value.
 * @throws Error - When the string is not a cursor this codec produced.
 */
export function decodeJsonCursor(text: string): unknown {
  if (/[^\w-]/.test(text)) throw new Error("not a base64url string");
  const bytes = Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
}
