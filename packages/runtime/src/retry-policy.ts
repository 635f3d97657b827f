import { BACKOFF_BASE_MS, BACKOFF_CAP_MS } from "./options.js";

/** Statuses worth retrying: 408, 429, 500, 502, 503, 504. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Whether a request with this method may be sent again: GET, HEAD, PUT, DELETE and OPTIONS are
 * idempotent; POST and PATCH only when `retryPost` is set.
 *
 * @param method - Upper-case HTTP method.
 * @param retryPost - The client's `retryPost` option.
 * @returns `true` when the method may be retried.
 */
export function isRetryableMethod(method: string, retryPost: boolean): boolean {
  switch (method) {
    case "GET":
    case "HEAD":
    case "PUT":
    case "DELETE":
    case "OPTIONS":
      return true;
    case "POST":
    case "PATCH":
      return retryPost;
    default:
      return false;
  }
}

/**
 * Exponential backoff with full jitter: a uniformly random wait in
 * `[0, min(8 s, 500 ms × 2^(retry − 1)))`, then capped by `maxDelayMs`.
 *
 * @param retry - 1 for the first retry, 2 for the second, ...
 * @param random - Random source in [0, 1).
 * @param maxDelayMs - The client's `maxRetryDelayMs`.
 * @returns The wait in whole milliseconds.
 */
export function backoffDelay(retry: number, random: () => number, maxDelayMs: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, retry - 1));
  return Math.min(maxDelayMs, Math.floor(random() * ceiling));
}
