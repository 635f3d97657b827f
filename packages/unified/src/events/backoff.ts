/**
 * How long a poller waits: the interval with ±10 % jitter after a good poll; after failures, an
 * exponential back-off with jitter, never shorter than the server's `Retry-After`, never longer
 * than `maxIntervalMs`. Which failures are worth retrying at all.
 */
import { ApiError, ConnectionError, InvalidPayloadError, InvalidResponseError, RateLimitError, SdkError, ServerError, TimeoutError } from "@org/runtime";

/** The wait before the next poll after a good one. */
export function nextPollDelay(intervalMs: number, random: () => number): number {
  return Math.round(intervalMs * (0.9 + 0.2 * random()));
}

/** The wait after `failures` consecutive failures (≥ 1), the last being `error`. */
export function backoffDelay(error: SdkError, failures: number, intervalMs: number, maxIntervalMs: number, random: () => number): number {
  const exponential = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(failures, 30));
  const jittered = exponential / 2 + (random() * exponential) / 2;
  const retryAfter = error instanceof RateLimitError ? (error.retryAfterMs ?? 0) : 0;
  return Math.round(Math.min(maxIntervalMs, Math.max(jittered, retryAfter, intervalMs)));
}

/**
 * Whether polling again can help: rate limits, server errors, timeouts, lost connections and
 * responses of the wrong shape (a server may recover). Not: 401, 403, 404, a request this SDK
 * refused — those fail the same way every time.
 */
export function isTransient(error: SdkError): boolean {
  if (error instanceof RateLimitError || error instanceof ServerError || error instanceof TimeoutError || error instanceof ConnectionError) return true;
  if (error instanceof InvalidPayloadError || error instanceof InvalidResponseError) return true;
  if (error instanceof ApiError) return error.status === undefined || error.status === 408 || error.status === 409 || error.status >= 500;
  return false;
}

/** Any thrown value as an {@link SdkError} naming the vendor and the poller (never a raw TypeError). */
export function asSdkError(error: unknown, vendor: string, connection: string): SdkError {
  if (error instanceof SdkError) return error;
  return new InvalidPayloadError({ vendor, operation: "events", detail: `connection "${connection}": the poll failed on something the server sent`, cause: error });
}
