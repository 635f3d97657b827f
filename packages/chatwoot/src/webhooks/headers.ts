/**
 * The headers Chatwoot sends with a webhook delivery, and one reader for every shape a server
 * framework hands them over in.
 */

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>` (signed deliveries only). */
export const SIGNATURE_HEADER = "x-chatwoot-signature";
/** Unix seconds of this attempt; part of the signed string (signed deliveries only). */
export const TIMESTAMP_HEADER = "x-chatwoot-timestamp";
/** A UUID per delivery, the same across Chatwoot's retries of it. */
export const DELIVERY_HEADER = "x-chatwoot-delivery";

/**
 * Request headers as a server hands them over: a Fetch API `Headers`, Node's
 * `IncomingHttpHeaders` (lower-case keys, `string | string[] | undefined` values) or a plain
 * object with keys in any case.
 */
export type HeadersLike =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The value of header `name` (lower-case), or `undefined` when it is absent. A header sent more
 * than once (an array in Node) is returned as Fetch joins it, `"a, b"`, which no Chatwoot header
 * value matches.
 */
export function readHeader(headers: HeadersLike, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") {
    return (headers as { get(name: string): string | null }).get(name) ?? undefined;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== name) continue;
    const value = record[key];
    if (value === undefined) continue;
    return typeof value === "string" ? value : value.join(", ");
  }
  return undefined;
}
