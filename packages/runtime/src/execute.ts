/**
 * The resilient request loop behind every client: attempt timeouts, overall deadline, caller
 * abort, retries with backoff and `Retry-After`, manual redirects, and response checking/parsing.
 *
 * @packageDocumentation
 */
import { AttemptGuard } from "./attempt-guard.js";
import { ConnectionError, SdkError, TimeoutError } from "./errors.js";
import { followRedirects, mayBeRedirect } from "./follow-redirects.js";
import { isStreamBody, type PreparedRequest, type RequestMeta, withBufferedBody } from "./prepared-request.js";
import { readFailure, readSuccess } from "./read-response.js";
import { secretsFor } from "./request-secrets.js";
import { parseRetryAfter } from "./retry-after.js";
import { backoffDelay, isRetryableMethod, RETRYABLE_STATUSES } from "./retry-policy.js";
import type { RuntimeState } from "./runtime-state.js";
import { discard, send } from "./transport.js";
import { assertAllowedUrl } from "./url-safety.js";


/** Reads `aborted` afresh (a plain property check would stay narrowed across awaits). */
function isAborted(signal: AbortSignal): boolean {
  return signal.aborted;
}

/** Converts whatever an attempt threw into an SDK error (the caller's abort is handled before). */
function toFailure(state: RuntimeState, request: PreparedRequest, error: unknown, guard: AttemptGuard, meta: RequestMeta, attempt: number): SdkError {
  if (error instanceof SdkError) return error;
  const common = { vendor: state.vendor, operation: meta, attempts: attempt, secrets: secretsFor(state, request), cause: error };
  if (guard.fired !== undefined) {
    const timeoutMs = guard.fired === "deadline" ? (state.deadlineMs ?? state.timeoutMs) : state.timeoutMs;
    return new TimeoutError({ ...common, scope: guard.fired, timeoutMs });
  }
  return new ConnectionError(common);
}

function isRetryableFailure(error: SdkError): boolean {
  return error instanceof ConnectionError || (error instanceof TimeoutError && error.scope === "attempt");
}

function fitsDeadline(state: RuntimeState, deadlineAt: number | undefined, delay: number, meta: RequestMeta): boolean {
  if (deadlineAt === undefined || state.clock.now() + delay < deadlineAt) return true;
  state.logger?.debug?.("not retrying: the wait would pass the deadline", { vendor: state.vendor, method: meta.method, path: meta.path, delayMs: delay });
  return false;
}

/** The wait before retrying a retryable status, or `undefined` to stop retrying. */
function statusRetryDelay(state: RuntimeState, response: Response, attempt: number, deadlineAt: number | undefined, meta: RequestMeta): number | undefined {
  const retryAfter = parseRetryAfter(response.headers, state.clock.now());
  let delay: number;
  if (retryAfter === undefined) {
    delay = backoffDelay(attempt, state.random, state.maxRetryDelayMs);
  } else if (retryAfter > state.maxRetryDelayMs) {
    state.logger?.warn?.("not retrying: Retry-After exceeds maxRetryDelayMs", {
      vendor: state.vendor,
      method: meta.method,
      path: meta.path,
      status: response.status,
      retryAfterMs: retryAfter,
      maxRetryDelayMs: state.maxRetryDelayMs,
    });
    return undefined;
  } else {
    delay = retryAfter;
  }
  return fitsDeadline(state, deadlineAt, delay, meta) ? delay : undefined;
}

/**
 * Sends a request with the client's resilience policy and returns the response openapi-fetch
 * should see.
 *
 * - Each attempt (including redirects and reading the body) is bounded by `timeoutMs` and by
 *   what is left of `deadlineMs`.
 * - Retryable methods are retried on connection errors, per-attempt timeouts, and 408/429/500/
 *   502/503/504, waiting `Retry-After` (when ≤ `maxRetryDelayMs`) or a full-jitter backoff, never
 *   past the deadline. Bodies of retried responses are cancelled.
 * - The caller's abort is never retried and rejects with the caller's abort reason.
 * - 2xx JSON bodies are parsed once; non-JSON or malformed bodies throw `InvalidResponseError`.
 * - Final non-2xx responses throw the typed error when `throwOnError`, else are returned buffered.
 *
 * @param state - The client's settings.
 * @param prepared - The request.
 * @param meta - Operation and parseAs.
 * @returns The response for openapi-fetch.
 */
export async function execute(state: RuntimeState, prepared: PreparedRequest, meta: RequestMeta): Promise<Response> {
  let request = prepared;
  if (!request.url.startsWith("https:") && !state.allowInsecureHttp) assertAllowedUrl(state.vendor, request.url, false, "request URL");
  const caller = request.signal;
  if (caller !== undefined && isAborted(caller)) throw caller.reason;
  if (isStreamBody(request.body)) request = await withBufferedBody(request);
  const maxAttempts = isRetryableMethod(request.method, state.retryPost) ? state.maxRetries + 1 : 1;
  const deadlineAt = state.deadlineMs === undefined ? undefined : state.clock.now() + state.deadlineMs;
  const passThrough = meta.parseAs !== "json" && meta.parseAs !== "text";

  for (let attempt = 1; ; attempt++) {
    const remaining = deadlineAt === undefined ? Infinity : deadlineAt - state.clock.now();
    if (remaining <= 0) {
      throw new TimeoutError({ vendor: state.vendor, operation: meta, attempts: attempt - 1, scope: "deadline", timeoutMs: state.deadlineMs ?? 0 });
    }
    const guard = new AttemptGuard(state.timeoutMs, remaining, caller, passThrough);
    let delay: number;
    let reason: string;
    try {
      const signal = guard.signal;
      let response = await send(state, meta, request.url, { ...request.init, method: request.method, headers: request.headers, body: request.body, signal, redirect: "manual" });
      if (mayBeRedirect(response)) response = await followRedirects(state, request, response, signal, meta, attempt);
      if (response.ok) return await readSuccess(state, request, response, meta, attempt);
      const planned =
        attempt < maxAttempts && RETRYABLE_STATUSES.has(response.status) ? statusRetryDelay(state, response, attempt, deadlineAt, meta) : undefined;
      if (planned === undefined) return await readFailure(state, request, response, meta, attempt);
      discard(response);
      delay = planned;
      reason = `status ${response.status}`;
    } catch (error) {
      if (caller !== undefined && isAborted(caller)) throw caller.reason;
      const failure = toFailure(state, request, error, guard, meta, attempt);
      if (attempt >= maxAttempts || !isRetryableFailure(failure)) throw failure;
      const backoff = backoffDelay(attempt, state.random, state.maxRetryDelayMs);
      if (!fitsDeadline(state, deadlineAt, backoff, meta)) throw failure;
      delay = backoff;
      reason = failure.name;
    } finally {
      guard.dispose();
    }
    state.logger?.debug?.("retrying request", {
      vendor: state.vendor,
      method: meta.method,
      path: meta.path,
      attempt,
      maxAttempts,
      delayMs: delay,
      reason,
    });
    await state.clock.sleep(delay, caller);
  }
}
