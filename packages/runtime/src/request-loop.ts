/**
 * The request loop behind every client: attempts, the overall deadline, the caller's abort,
 * retries and redirects. Policy lives in pure pieces it calls: `retryDelay` (retry.ts),
 * `redirectStep` (redirects.ts), `readBytes` (read-body.ts) and `errorFromResponse`.
 *
 * @packageDocumentation
 */
import { bufferedResponse } from "./buffered-response.js";
import { errorFromResponse, requestIdFrom } from "./error-from-response.js";
import { clip, ConnectionError, InvalidResponseError, type Operation, SdkError, TimeoutError } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import { boundedStream, isJsonContentType, MAX_ERROR_BODY_BYTES, readBytes } from "./read-body.js";
import { type Hop, redirectStep } from "./redirects.js";
import { sensitiveHeaderValues } from "./redact.js";
import { isRetryable, type RetryDecision, retryDelay } from "./retry.js";

/** A fetch implementation given a `Request`. */
export type Transport = (input: Request) => Promise<Response>;

/** Sends one request built by openapi-fetch with the client's policy and returns what openapi-fetch should see. */
export type Send = (request: Request, requestInitExt: object | undefined, operation: Operation, parseAs: string, transport: Transport | undefined) => Promise<Response>;

/** Methods retried by default (idempotent); POST and PATCH only with `retryPost` or `shouldRetry`. */
const IDEMPOTENT: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** `RequestInit` fields of the incoming request forwarded to every hop. */
const FORWARDED = ["credentials", "cache", "mode", "referrer", "referrerPolicy", "integrity", "keepalive", "priority"] as const;

/** Decodes bodies (stateless between calls, so one instance serves all). */
const UTF8 = new TextDecoder();

/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Resolves after `ms`, or rejects with the signal's reason when it aborts first; its listener is removed either way.
 *
 * @param ms - The wait.
 * @param signal - The caller's signal.
 * @returns A promise.
 */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      if (signal.aborted) reject(signal.reason as Error);
      else resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal.addEventListener("abort", done);
  });
}

/**
 * `response` marked as redirected when the SDK followed a redirect to get it.
 *
 * @param response - The response.
 * @param redirected - Whether a redirect was followed.
 * @returns The same response.
 */
function marked(response: Response, redirected: boolean): Response {
  return redirected ? Object.defineProperty(response, "redirected", { value: true }) : response;
}

/**
 * Builds the function that sends each request (see {@link Send}):
 * - each attempt (redirects and the body read included) is bounded by `timeoutMs` and by what is
 *   left of `deadlineMs`; the caller's abort is forwarded by one listener, removed when the attempt
 *   settles (for `parseAs: "stream"`, when the stream ends, errors or is cancelled);
 * - retryable outcomes (see retry.ts) are retried after `retryDelay`; the caller's abort never is;
 * - redirects are followed by hand (see redirects.ts) unless the request says `redirect: "manual"`;
 * - bodies are read up to `maxResponseBytes` (error bodies up to 64 KB); a 2xx JSON body is parsed
 *   once and checked; a final non-2xx throws the typed error with `throwOnError`;
 * - what a custom fetch throws is passed through unchanged unless it is a `TypeError` (a network error).
 *
 * @param o - The client's resolved options.
 * @returns The sender.
 */
export function createRequestLoop(o: ResolvedOptions): Send {
  const debugging = o.debug || o.logger?.debug !== undefined;
  const log = (level: "debug" | "warn", message: string, meta: object): void => {
    const write = o.logger?.[level]?.bind(o.logger);
    if (write) write(message, { vendor: o.vendor, ...meta });
    else if (level === "debug" && o.debug) console.debug(`[${o.vendor}] ${message}`, meta);
  };

  return async (request, requestInitExt, operation, parseAs, transport = o.fetch) => {
    const caller = request.signal;
    caller.throwIfAborted();
    const init: Record<string, unknown> = { ...requestInitExt };
    for (const key of FORWARDED) if (key in request) init[key] = (request as unknown as Record<string, unknown>)[key];
    const first: Hop = { url: request.url, method: request.method, headers: request.headers, body: request.body ? await request.arrayBuffer() : null };
    // The credential values to redact, including per-request ones; computed only when needed.
    let known: string[] | undefined;
    const secrets = (): string[] => (known ??= [...o.secrets, ...sensitiveHeaderValues(request.headers, o.secretHeaderNames)]);
    const idempotent = IDEMPOTENT.has(first.method) || (o.retryPost && (first.method === "POST" || first.method === "PATCH"));
    const deadline = Date.now() + o.deadlineMs;
    const common = (attempts: number): { vendor: string; operation: Operation; attempts: number; secrets: string[] } => ({ vendor: o.vendor, operation, attempts, secrets: secrets() });

    /** Sends one hop with the attempt's signal. */
    const send = (hop: Hop, signal: AbortSignal): Promise<Response> => {
      // `init` is this call's own object: each hop sets its fields (a spread per hop cost ~5 µs).
      const hopInit = Object.assign(init, { method: hop.method, headers: hop.headers, body: hop.body, signal, redirect: "manual" }) as RequestInit;
      if (!transport) return fetch(hop.url, hopInit);
      const RequestClass = request.constructor as typeof Request;
      const built = new RequestClass(hop.url, hopInit);
      // Like openapi-fetch: properties attached to the request (by the caller or a middleware) travel with it.
      for (const key in request) if (!(key in built)) (built as unknown as Record<string, unknown>)[key] = (request as unknown as Record<string, unknown>)[key];
      return transport(built);
    };

    /** The retry decision after `attempt` failed. */
    const decide = (attempt: number, status: number | undefined, error: SdkError | undefined, headers?: Headers): RetryDecision => {
      const transient = error instanceof ConnectionError || (error instanceof TimeoutError && error.scope === "attempt");
      let retryable = idempotent && isRetryable({ status, transient });
      if (o.shouldRetry) {
        try {
          retryable = o.shouldRetry({ operation, attempt, status, error, retryable });
        } catch {
          log("warn", "shouldRetry threw; not retrying", { ...operation, attempt });
          retryable = false;
        }
      }
      if (attempt > o.maxRetries) retryable = false;
      const decision = retryDelay({ status, transient, attempt, headers, now: Date.now(), deadline, maxRetryDelayMs: o.maxRetryDelayMs, random: Math.random() }, retryable);
      if (!decision.retry && decision.why === "retry_after_too_long") {
        log("warn", "not retrying: Retry-After exceeds maxRetryDelayMs", { ...operation, status, retryAfterMs: decision.retryAfterMs, maxRetryDelayMs: o.maxRetryDelayMs });
      }
      return decision;
    };

    /** One attempt: the response openapi-fetch should see, or the wait before the next attempt. */
    const attemptOnce = async (attempt: number): Promise<Response | number> => {
      const startTime = Date.now();
      const remaining = deadline - startTime;
      const byDeadline = remaining < o.timeoutMs;
      const timeout = (attempts: number, cause?: unknown): TimeoutError =>
        new TimeoutError({ ...common(attempts), cause, scope: byDeadline ? "deadline" : "attempt", timeoutMs: byDeadline ? o.deadlineMs : o.timeoutMs });
      if (remaining <= 0) throw timeout(attempt - 1);
      // One controller per attempt, aborted by its timer or by the request's own signal. That signal
      // belongs to this call (openapi-fetch's Request follows yours with one listener of its own), so
      // the listener added here never accumulates on a signal you share; it is removed when the
      // attempt settles. (AbortSignal.any cost ~20% of a call's CPU on Node 20.)
      const controller = new AbortController();
      const { signal } = controller;
      const limit = Math.min(remaining, o.timeoutMs);
      const handle = limit < Infinity ? setTimeout(() => { controller.abort(); }, Math.min(limit, MAX_TIMER_MS)) : undefined;
      const forward = (): void => { controller.abort(caller.reason); };
      caller.addEventListener("abort", forward);
      let status: number | undefined;
      let requestId: string | undefined;
      let errorType: string | undefined;
      let inTransport = false;
      let keepForward = false;
      try {
        let hop = first;
        let response: Response;
        for (let redirects = 0; ; redirects++) {
          inTransport = true;
          response = await send(hop, signal);
          inTransport = false;
          const step = request.redirect === "manual" ? { kind: "done" as const } : redirectStep(response, hop, redirects, o.allowInsecureHttp, o.secretHeaderNames);
          if (step.kind === "done") break;
          void response.body?.cancel().catch(() => undefined);
          if (step.kind === "refuse" || request.redirect === "error") {
            throw new InvalidResponseError({ ...common(attempt), reason: "redirect", status: response.status, detail: step.kind === "refuse" ? step.detail : 'redirect refused (redirect: "error")' });
          }
          if (debugging) log("debug", "following redirect", { ...operation, status: response.status, attempt });
          hop = step.hop;
        }
        const redirected = hop !== first;
        const { headers } = response;
        status = response.status;
        const rawRequestId = requestIdFrom(headers, o.requestIdHeaders);
        requestId = rawRequestId === undefined ? undefined : clip(rawRequestId, secrets(), 128);
        const invalid = (reason: "too_large" | "invalid_json" | "unexpected_content_type", extra: object = {}): InvalidResponseError =>
          new InvalidResponseError({ ...common(attempt), reason, status, statusText: response.statusText, requestId, contentType: headers.get("content-type") ?? undefined, ...extra });

        if (!response.ok) {
          const decision = decide(attempt, status, undefined, headers);
          if (decision.retry) {
            void response.body?.cancel().catch(() => undefined);
            return decision.delayMs;
          }
          const text = UTF8.decode(await readBytes(response, MAX_ERROR_BODY_BYTES, true));
          if (o.throwOnError && !(request.redirect === "manual" && status < 400)) {
            throw errorFromResponse(response, text, { ...common(attempt), requestIdHeaders: o.requestIdHeaders });
          }
          return bufferedResponse(response, text, redirected);
        }
        if (parseAs === "stream") {
          keepForward = response.body !== null;
          const release = (): void => { caller.removeEventListener("abort", forward); };
          const body = response.body && boundedStream(response.body, o.maxResponseBytes, () => invalid("too_large"), release);
          return marked(new Response(body, response), redirected);
        }
        if (status === 204 || status === 205 || hop.method === "HEAD" || headers.get("content-length") === "0") return marked(response, redirected);
        const bytes = await readBytes(response, o.maxResponseBytes, false);
        if (!bytes) throw invalid("too_large");
        if (parseAs !== "json" && parseAs !== "text") return marked(new Response(bytes as Uint8Array<ArrayBuffer>, response), redirected);
        const text = UTF8.decode(bytes);
        if (parseAs === "text" || !text) return bufferedResponse(response, text, redirected);
        const contentType = headers.get("content-type");
        if (contentType && !isJsonContentType(contentType)) throw invalid("unexpected_content_type", { bodySnippet: text });
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch (cause) {
          throw invalid("invalid_json", { cause, bodySnippet: text });
        }
        return bufferedResponse(response, text, redirected, true, value);
      } catch (error) {
        caller.throwIfAborted();
        // Past the caller check, an aborted attempt signal means our timer fired.
        const timedOut = signal.aborted;
        // A custom fetch's own exception (a bug, a test assertion) is not ours to wrap or retry.
        if (inTransport && transport && !timedOut && !(error instanceof TypeError)) throw error;
        const failure = error instanceof SdkError ? error : timedOut ? timeout(attempt, error) : new ConnectionError({ ...common(attempt), cause: error });
        errorType = failure.name;
        const decision = decide(attempt, undefined, failure);
        if (!decision.retry) throw failure;
        return decision.delayMs;
      } finally {
        clearTimeout(handle);
        // A stream's body stays cancellable by the caller until it is read to the end or cancelled.
        if (!keepForward) caller.removeEventListener("abort", forward);
        const durationMs = Date.now() - startTime;
        if (debugging) log("debug", "attempt", { method: operation.method, path: operation.path, status, durationMs, attempt, requestId, error: errorType });
        try {
          o.onAttempt?.({ vendor: o.vendor, operation, serverAddress: new URL(request.url).hostname, attempt, startTime, durationMs, status, requestId, errorType });
        } catch {
          log("warn", "onAttempt threw", { ...operation, attempt });
        }
      }
    };

    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptOnce(attempt);
      if (typeof outcome !== "number") return outcome;
      if (debugging) log("debug", "retrying", { ...operation, attempt, delayMs: outcome });
      await sleep(outcome, caller);
    }
  };
}
