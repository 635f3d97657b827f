/**
 * Parses how long a response asks the client to wait: `retry-after-ms` (milliseconds), then
 * `Retry-After` as delta-seconds or as an HTTP date (relative to `now`).
 *
 * @param headers - Response headers.
 * @param now - Current time in epoch milliseconds (the client's clock).
 * @returns The wait in milliseconds (never negative), or `undefined` when absent or unparseable.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const number = /^\s*\d+(\.\d+)?\s*$/;
  const ms = headers.get("retry-after-ms");
  if (ms !== null && number.test(ms)) return Number(ms);
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  const wait = number.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(wait) ? undefined : Math.max(0, wait);
}
