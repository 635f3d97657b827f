/**
 * The resilient request loop behind every client: attempt timeouts, overall deadline, caller
 * abort, retries with backoff and `Retry-After`, manual redirects, and response checking/parsing.
 *
 * @packageDocumentation
 */
import { type Alarm, startAlarm, stopAlarm } from "./alarms.js";
import { bufferedResponse } from "./buffered-response.js";
import { systemClock } from "./clock.js";
import { isJsonContentType } from "./content-type.js";
import { errorFromResponse, requestIdFrom } from "./error-from-response.js";
import { ConnectionError, InvalidResponseError, invalidRequest, type Operation, SdkError, TimeoutError } from "./errors.js";
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  type ClientOptions,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  MAX_REDIRECTS,
  type VendorConfig,
} from "./options.js";
import { isSensitiveHeaderName, sensitiveHeaderValues } from "./redact.js";
import { parseRetryAfter } from "./retry-after.js";
import { assertAllowedUrl, isAllowedUrl } from "./url-safety.js";

/**
 * What openapi-fetch hands to fetch: a real `Request`, or (fast path) a plain object with the
 * URL and the `RequestInit` it built.
 */
export type OutgoingRequest = Request | (RequestInit & { readonly url: string; readonly method: string; readonly headers: Headers });

/** A fetch implementation given a real `Request`. */
export type Transport = (input: Request) => Promise<Response>;

/**
 * Sends one request with the client's policy.
 *
 * @param request - What openapi-fetch built.
 * @param operation - Method and path template, for errors and logs.
 * @param parseAs - openapi-fetch's `parseAs`.
 * @param transport - A per-request fetch, if any.
 * @returns The response openapi-fetch should see.
 */
export type Executor = (request: OutgoingRequest, operation: Operation, parseAs: string, transport: Transport | undefined) => Promise<Response>;

/**
 * Copy of `headers` without the names `drop` selects.
 *
 * @param headers - Request headers.
 * @param drop - Whether to drop a (lower-case) name.
 * @returns New headers.
 */
function without(headers: Headers, drop: (name: string) => boolean): Headers {
  const out = new Headers();
  for (const [name, value] of headers) if (!drop(name)) out.append(name, value);
  return out;
}

/**
 * Cancels a response body we will not read (retried attempts, redirects), ignoring errors.
 *
 * @param response - The response to drop.
 */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/** Methods retried by default (idempotent); POST and PATCH only with `retryPost`. */
const RETRY_ALWAYS: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** Message of the option checks that need a positive number. */
const POSITIVE = "a positive number or Infinity";

/**
 * Validates the client's timing options and returns the function that sends each request:
 *
 * - The request is sent as `fetch(url, init)` (so one Request is built per attempt), or as a real
 *   `Request` to a custom fetch. A stream body is buffered first so it can be re-sent.
 * - Each attempt (including redirects and reading the body) is bounded by `timeoutMs` and by
 *   what is left of `deadlineMs`.
 * - Retryable methods are retried on connection errors, per-attempt timeouts, and 408/429/500/
 *   502/503/504, waiting `Retry-After` (when ≤ `maxRetryDelayMs`) or a full-jitter backoff, never
 *   past the deadline. Bodies of retried responses are cancelled.
 * - The caller's abort is never retried and rejects with the caller's abort reason.
 * - Redirects are followed by hand: credential headers are dropped when leaving the origin (and
 *   stay dropped), non-https targets are refused, 303 (and 301/302 after POST) become a GET.
 * - 2xx JSON bodies are parsed once; non-JSON or malformed bodies throw `InvalidResponseError`.
 * - Final non-2xx responses throw the typed error when `throwOnError`, else are returned buffered.
 *
 * @param config - The client's options, its validated base URL, vendor and request-id headers.
 * @param secretHeaderNames - Lower-case names of the vendor's auth header and configured secret headers.
 * @param secrets - Credential values of the client's default headers.
 * @returns The executor.
 * @throws InvalidRequestError - For an out-of-range timing option.
 */
export function createExecutor(
  config: ClientOptions & Pick<VendorConfig, "vendor" | "requestIdHeaders"> & { readonly baseUrl: string },
  secretHeaderNames: ReadonlySet<string>,
  secrets: readonly string[],
): Executor {
  const {
    vendor,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    deadlineMs,
    maxRetries = DEFAULT_MAX_RETRIES,
    maxRetryDelayMs = DEFAULT_MAX_RETRY_DELAY_MS,
    retryPost,
    throwOnError,
    allowInsecureHttp,
    clock = systemClock,
    random = Math.random,
    logger,
    requestIdHeaders,
    fetch: clientFetch,
    baseUrl,
  } = config;
  for (const [name, valid, what] of [
    ["timeoutMs", timeoutMs > 0, POSITIVE],
    ["deadlineMs", !((deadlineMs ?? 1) <= 0), POSITIVE],
    ["maxRetryDelayMs", maxRetryDelayMs >= 0, "a non-negative number"],
    ["maxRetries", Number.isInteger(maxRetries) && maxRetries >= 0, "a non-negative integer"],
  ] as const) {
    if (!valid) throw invalidRequest(vendor, "invalid_option", name, `${name} must be ${what}`);
  }

  // Requests under the client's own (already validated) base URL skip re-parsing their URL: the
  // path after it cannot change the origin. Anything else (a per-request baseUrl) is checked.
  const trusted = `${baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl}/`;

  /** Fields every error about a request has; the secrets include the request's credential headers. */
  const common = (operation: Operation, headers: Headers, attempts: number): { vendor: string; operation: Operation; attempts: number; secrets: string[] } => ({
    vendor,
    operation,
    attempts,
    secrets: [...secrets, ...sensitiveHeaderValues(headers, secretHeaderNames)],
  });
  const log = (level: "debug" | "warn", message: string, operation: Operation, details: object): void => {
    logger?.[level]?.(message, { vendor, ...operation, ...details });
  };
  /** The wait before the next attempt, or `undefined` when it would pass the deadline. */
  const wait = (delay: number, deadlineAt: number, operation: Operation): number | undefined => {
    if (clock.now() + delay < deadlineAt) return delay;
    log("debug", "not retrying: the wait would pass the deadline", operation, { delayMs: delay });
  };
  /** Full-jitter exponential backoff before retry number `retry`, if it fits. */
  const backoff = (retry: number, deadlineAt: number, operation: Operation): number | undefined =>
    wait(Math.min(maxRetryDelayMs, Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1)))), deadlineAt, operation);

  return async (request, operation, parseAs, transport = clientFetch) => {
    const { url, method, headers, signal: caller } = request;
    // What each hop hands to fetch: all of the request's init (so options we do not know, such as
    // `cache` or a runtime's own extensions, pass through), with method, headers, body, signal and
    // redirect set per hop. A real Request's fields are getters on its prototype (for-in sees them),
    // so it is copied; on the fast path the object is the init openapi-fetch built for this call
    // alone (openapi-fetch reads only its `method` afterwards), so it is updated in place rather
    // than copied per hop: a spread of it cost ~1 µs per request.
    let init = request as RequestInit;
    if (request instanceof Request) {
      const copy: Record<string, unknown> = {};
      for (const key in request) copy[key] = (request as unknown as Record<string, unknown>)[key];
      init = copy;
    }
    if (!url.startsWith("https:") && !allowInsecureHttp && !url.startsWith(trusted)) assertAllowedUrl(vendor, url, false, "request URL");
    caller?.throwIfAborted();
    let { body } = request;
    if (body instanceof ReadableStream) body = await new Response(body).arrayBuffer();
    const maxAttempts = RETRY_ALWAYS.has(method) || (retryPost && (method === "POST" || method === "PATCH")) ? maxRetries + 1 : 1;
    const deadlineAt = clock.now() + (deadlineMs ?? Infinity);
    const passThrough = parseAs !== "json" && parseAs !== "text";

    for (let attempt = 1; ; attempt++) {
      const remaining = deadlineAt - clock.now();
      const deadline = remaining < timeoutMs;
      const timeout = (attempts: number, cause?: unknown): TimeoutError =>
        new TimeoutError({
          ...common(operation, headers, attempts),
          cause,
          scope: deadline ? "deadline" : "attempt",
          timeoutMs: deadline ? (deadlineMs ?? 0) : timeoutMs,
        });
      if (remaining <= 0) throw timeout(attempt - 1);
      let signal = caller;
      let alarm: Alarm | undefined;
      let forward: (() => void) | undefined;
      if (Math.min(remaining, timeoutMs) < Infinity) {
        const controller = new AbortController();
        alarm = startAlarm(Math.min(remaining, timeoutMs), () => {
          controller.abort();
        });
        if (caller) {
          forward = () => {
            controller.abort(caller.reason);
          };
          caller.addEventListener("abort", forward);
        }
        signal = controller.signal;
      }
      let delay: number | undefined;
      let reason: string;
      try {
        let target = url;
        let verb = method;
        let sent = headers;
        let payload = body;
        let response: Response;
        for (let hop = 0; ; hop++) {
          init.method = verb;
          init.headers = sent;
          init.body = payload;
          init.signal = signal;
          init.redirect = "manual";
          response = await (transport ? transport(new Request(target, init)) : fetch(target, init));
          const { status } = response;
          const location = status > 300 && status < 309 && status !== 304 ? response.headers.get("location") : null;
          if (location === null && response.type !== "opaqueredirect") break;
          discard(response);
          let next: URL | undefined;
          try {
            next = new URL(location ?? "", target);
          } catch {
            // refused below
          }
          // A browser hides redirect targets (an opaque redirect): they cannot be followed safely.
          if (!location || hop === MAX_REDIRECTS || !next || !isAllowedUrl(next, allowInsecureHttp)) {
            throw new InvalidResponseError({
              ...common(operation, headers, attempt),
              reason: "redirect",
              detail: !location
                ? "opaque redirect; set baseUrl to the final URL"
                : hop === MAX_REDIRECTS
                  ? `more than ${MAX_REDIRECTS} redirects`
                  : `redirect to ${next?.origin ?? "an invalid URL"} refused (not https)`,
            });
          }
          // Credentials stay dropped for the rest of the chain, even if it comes back.
          if (next.origin !== new URL(target).origin) sent = without(sent, (name) => isSensitiveHeaderName(name, secretHeaderNames));
          if (status === 303 ? !/^(GET|HEAD)$/.test(verb) : status < 303 && verb === "POST") {
            verb = "GET";
            payload = null;
            sent = without(sent, (name) => name.startsWith("content-"));
          }
          log("debug", "following redirect", operation, { status });
          target = next.href;
        }

        const { status, statusText, headers: responseHeaders } = response;
        if (response.ok) {
          if (passThrough || status === 204 || status === 205 || verb === "HEAD" || responseHeaders.get("content-length") === "0") {
            if (passThrough) forward = undefined; // the caller's signal must still cancel the body
            return response;
          }
          const text = await response.text();
          if (parseAs === "text" || !text) return bufferedResponse(response, text);
          const contentType = responseHeaders.get("content-type") ?? undefined;
          const unexpected = contentType && !isJsonContentType(contentType);
          let value: unknown;
          let cause: unknown;
          try {
            if (!unexpected) value = JSON.parse(text);
          } catch (error) {
            cause = error;
          }
          // JSON.parse never returns undefined.
          if (value === undefined) {
            throw new InvalidResponseError({
              ...common(operation, headers, attempt),
              reason: unexpected ? "unexpected_content_type" : "invalid_json",
              cause,
              status,
              statusText,
              requestId: requestIdFrom(responseHeaders, requestIdHeaders),
              contentType,
              bodySnippet: text,
            });
          }
          return bufferedResponse(response, text, true, value);
        }

        if (attempt < maxAttempts && [408, 429, 500, 502, 503, 504].includes(status)) {
          const retryAfter = parseRetryAfter(responseHeaders, clock.now());
          if ((retryAfter ?? 0) <= maxRetryDelayMs) delay = retryAfter === undefined ? backoff(attempt, deadlineAt, operation) : wait(retryAfter, deadlineAt, operation);
          else log("warn", "not retrying: Retry-After exceeds maxRetryDelayMs", operation, { status, retryAfterMs: retryAfter, maxRetryDelayMs });
        }
        if (delay === undefined) {
          const text = await response.text();
          if (throwOnError) throw errorFromResponse(response, text, { ...common(operation, headers, attempt), requestIdHeaders, now: clock.now() });
          return bufferedResponse(response, text);
        }
        discard(response);
        reason = `status ${status}`;
      } catch (error) {
        caller?.throwIfAborted();
        // Past the caller check, an aborted attempt signal means our timer fired.
        const failure = error instanceof SdkError ? error : signal?.aborted ? timeout(attempt, error) : new ConnectionError({ ...common(operation, headers, attempt), cause: error });
        const retryable = failure instanceof ConnectionError || (failure instanceof TimeoutError && failure.scope === "attempt");
        if (attempt >= maxAttempts || !retryable || (delay = backoff(attempt, deadlineAt, operation)) === undefined) throw failure;
        reason = failure.name;
      } finally {
        stopAlarm(alarm);
        if (forward) caller?.removeEventListener("abort", forward);
      }
      log("debug", "retrying request", operation, { attempt, maxAttempts, delayMs: delay, reason });
      await clock.sleep(delay, caller ?? undefined);
    }
  };
}
