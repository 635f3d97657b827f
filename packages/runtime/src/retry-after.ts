/**
 * Parses how long a response asks the client to wait: `retry-after-ms` (milliseconds), then
 * `Retry-After` as delta-seconds or as an HTTP date (relative to `now`).
 *
 * @param headers - Response headers.
 * @param now - Current time in epoch milliseconds (the client's clock).
 * @returns The wait in milliseconds (never negative), or `undefined` when absent or unparseable.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get("retry-after-ms");
  if (ms !== null && /^\s*\d+(\.\d+)?\s*$/.test(ms)) return Math.max(0, Number(ms));
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.max(0, Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
