/**
 * Default opaque encoding of pagination cursors: base64url of the cursor's JSON, so any
 * JSON-serializable cursor (a page number, a token, an object) becomes a URL-safe string.
 *
 * @packageDocumentation
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Encodes a JSON-serializable cursor as base64url.
 *
 * @param cursor - Any JSON-serializable value.
 * @returns The opaque string.
 */
export function encodeJsonCursor(cursor: unknown): string {
  const bytes = encoder.encode(JSON.stringify(cursor));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/**
 * Decodes a cursor produced by {@link encodeJsonCursor}.
 *
 * @param text - The opaque string.
 * @returns The cursor value.
 * @throws Error - When the string is not a cursor this codec produced.
 */
export function decodeJsonCursor(text: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not a base64url string");
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(decoder.decode(bytes)) as unknown;
}
