/**
 * The retry decision as pure functions: whether a failed attempt is retried and how long to wait
 * first. Clock and randomness come in as arguments.
 */
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, MIN_RETRY_DELAY_MS } from "./options.js";

/** Statuses worth another attempt (for idempotent methods). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** RFC 9110's three HTTP-date formats: IMF-fixdate, obsolete RFC 850, asctime. */
const HTTP_DATE =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d\d-[A-Z][a-z]{2}-\d\d \d\d:\d\d:\d\d GMT|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4})$/;

/**
 * How long a response asks the client to wait: `retry-after-ms` (non-standard), then `Retry-After`
 * per RFC 9110 — digits-only seconds, or an HTTP-date (shape checked here, fields read by
 * `Date.parse`; asctime is GMT) relative to `now`. `-5`, `+5`, `1.5` or other text is no wait.
 * Returns milliseconds, never negative, or `undefined` when absent or invalid.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = HTTP_DATE.test(value) ? Date.parse(value.endsWith("GMT") ? value : `${value} GMT`) : NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Inputs of {@link retryDelay}: the failed attempt's outcome (1-based `attempt`), the clock, the limits, and a number in [0, 1) for the jitter. */
export interface RetryDelayInput {
  readonly status?: number;
  /** A connection error or an attempt timeout. */
  readonly transient?: boolean;
  readonly attempt: number;
  readonly headers?: Headers;
  readonly now: number;
  /** Epoch ms of the overall deadline (`Infinity` for none). */
  readonly deadline: number;
  readonly maxRetryDelayMs: number;
  readonly random: number;
}

/** The wait, or why {@link retryDelay} declined. */
export type RetryDecision = { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly why: "not_retryable" | "retry_after_too_long" | "deadline"; readonly retryAfterMs?: number };

/** The SDK's default decision: whether an outcome is worth another attempt (ignoring the method and the attempt count). */
export function isRetryable(input: Pick<RetryDelayInput, "status" | "transient">): boolean {
  return input.transient === true || (input.status !== undefined && RETRY_STATUSES.has(input.status));
}

/**
 * The wait before the next attempt: the server's `Retry-After` within `maxRetryDelayMs`, else a
 * full-jitter exponential backoff (base 500 ms, cap 8 s); never below 100 ms; no retry past the deadline.
 * `retryable` is the decision taken (the SDK's, or the user's `shouldRetry`).
 */
export function retryDelay(input: RetryDelayInput, retryable = isRetryable(input)): RetryDecision {
  if (!retryable) return { retry: false, why: "not_retryable" };
  const retryAfterMs = input.headers && parseRetryAfter(input.headers, input.now);
  if (retryAfterMs !== undefined && retryAfterMs > input.maxRetryDelayMs) return { retry: false, why: "retry_after_too_long", retryAfterMs };
  const backoff = Math.floor(input.random * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (input.attempt - 1)));
  const delayMs = Math.max(MIN_RETRY_DELAY_MS, retryAfterMs ?? Math.min(input.maxRetryDelayMs, backoff));
  return input.now + delayMs < input.deadline ? { retry: true, delayMs } : { retry: false, why: "deadline" };
}
