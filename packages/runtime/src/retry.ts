/**
 * The retry decision, as pure functions: whether a failed attempt is retried and how long to
 * wait first. No clock, no timers, no randomness of its own: everything comes in as arguments.
 *
 * @packageDocumentation
 */
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, MIN_RETRY_DELAY_MS } from "./options.js";

/** Statuses worth another attempt (for idempotent methods). */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

/**
 * An HTTP-date in any of RFC 9110's three formats (IMF-fixdate, obsolete RFC 850, asctime), as
 * epoch milliseconds. Anything else is `undefined`.
 *
 * @param text - The header value.
 * @param now - Current epoch ms (resolves RFC 850's two-digit year).
 * @returns The time, or `undefined`.
 */
function parseHttpDate(text: string, now: number): number | undefined {
  const imf = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(text);
  const rfc850 = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/.exec(text);
  const asctime = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Za-z]{3}) ([ \d]\d) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/.exec(text);
  const parts = imf ?? rfc850 ?? (asctime && [asctime[0], asctime[2], asctime[1], asctime[6], asctime[3], asctime[4], asctime[5]]);
  if (!parts) return undefined;
  const [, day, monthName = "", yearText = "", hour, minute, second] = parts;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  let year = Number(yearText);
  if (rfc850) {
    // RFC 9110: a two-digit year more than 50 years ahead is the most recent such year in the past.
    year += 2000;
    if (year > new Date(now).getUTCFullYear() + 50) year -= 100;
  }
  if (month < 0 || month % 3 !== 0) return undefined;
  const time = Date.UTC(year, month / 3, Number(day), Number(hour), Number(minute), Number(second));
  return Number.isNaN(time) ? undefined : time;
}

/**
 * How long a response asks the client to wait: `retry-after-ms` (non-standard, milliseconds), then
 * `Retry-After` per RFC 9110 — delay-seconds (digits only) or an HTTP-date relative to `now`.
 * `-5`, `+5`, `5,6`, `1.5` or any other text is not a wait.
 *
 * @param headers - Response headers.
 * @param now - Current time in epoch milliseconds.
 * @returns The wait in milliseconds (never negative), or `undefined` when absent or invalid.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get("retry-after-ms")?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = parseHttpDate(value, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/** Inputs of {@link retryDelay}. */
export interface RetryDelayInput {
  /** The status of the attempt's response, when one arrived. */
  readonly status?: number;
  /** Whether the attempt failed without a usable response in a retryable way (connection error, attempt timeout). */
  readonly transient?: boolean;
  /** The attempt that just failed, 1-based. */
  readonly attempt: number;
  /** The response headers, for `Retry-After`. */
  readonly headers?: Headers;
  /** Current epoch ms. */
  readonly now: number;
  /** Epoch ms of the overall deadline (`Infinity` for none). */
  readonly deadline: number;
  /** Longest wait allowed. */
  readonly maxRetryDelayMs: number;
  /** A number in [0, 1) for the backoff jitter. */
  readonly random: number;
}

/** Why {@link retryDelay} declined, or the wait. */
export type RetryDecision = { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly why: "not_retryable" | "retry_after_too_long" | "deadline"; readonly retryAfterMs?: number };

/**
 * Whether an attempt's outcome is worth another attempt (ignoring the method and the attempt count).
 *
 * @param input - The status, or whether it failed transiently.
 * @returns The SDK's default decision.
 */
export function isRetryable(input: Pick<RetryDelayInput, "status" | "transient">): boolean {
  return input.transient === true || (input.status !== undefined && RETRY_STATUSES.has(input.status));
}

/**
 * The wait before the next attempt: the server's `Retry-After` when it is within
 * `maxRetryDelayMs`, else a full-jitter exponential backoff (base 500 ms, cap 8 s); never below
 * {@link MIN_RETRY_DELAY_MS}, and no retry when the wait would pass the deadline.
 *
 * @param input - The outcome and the limits.
 * @param retryable - The retry decision (the SDK's, or the user's `shouldRetry`).
 * @returns The decision.
 */
export function retryDelay(input: RetryDelayInput, retryable = isRetryable(input)): RetryDecision {
  if (!retryable) return { retry: false, why: "not_retryable" };
  const retryAfterMs = input.headers && parseRetryAfter(input.headers, input.now);
  if (retryAfterMs !== undefined && retryAfterMs > input.maxRetryDelayMs) return { retry: false, why: "retry_after_too_long", retryAfterMs };
  const backoff = Math.floor(input.random * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (input.attempt - 1)));
  const delayMs = Math.max(MIN_RETRY_DELAY_MS, retryAfterMs ?? Math.min(input.maxRetryDelayMs, backoff));
  return input.now + delayMs < input.deadline ? { retry: true, delayMs } : { retry: false, why: "deadline" };
}
