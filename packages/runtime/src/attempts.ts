/**
 * The attempts of one call: each attempt is one fetch (plus the redirects it follows and the read
 * of its body) bounded by `timeoutMs` and what is left of `deadlineMs`; the caller's signal aborts
 * it; failed attempts are retried after `retryDelay`. Policy lives in pure pieces: `retryDelay`
 * (retry.ts), `redirectStep` (redirects.ts), `readBody` (read-body.ts), `errorFromResponse`.
 *
 * @packageDocumentation
 */
import { requestIdFrom } from "./error-from-response.js";
import { clip, ConnectionError, InvalidResponseError, type Operation, SdkError, TimeoutError } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import { follow } from "./follow-signal.js";
import { type CallResult, readResult, reading } from "./parse.js";
import { type Hop, redirectStep } from "./redirects.js";
import { sensitiveHeaderValues } from "./redact.js";
import { isRetryable, type RetryDecision, retryDelay } from "./retry.js";

/** One call as the attempts see it. */
export interface Call {
  readonly operation: Operation;
  readonly first: Hop;
  /** The caller's signal. */
  readonly signal: AbortSignal | null | undefined;
  /** The caller's redirect mode: `follow` (default, by the SDK's policy), `manual` or `error`. */
  readonly redirect: RequestRedirect | undefined;
  readonly parseAs: string;
  /** Sends one hop; `custom` when it is the caller's fetch (whose own exceptions pass through). */
  readonly send: (hop: Hop, signal: AbortSignal) => Promise<Response>;
  readonly custom: boolean;
  /** The middleware's `onResponse` chain, run on the final response before its body is read. */
  readonly onResponse: ((response: Response) => Promise<Response>) | undefined;
}

/** Methods retried by default (idempotent); POST and PATCH only with `retryPost` or `shouldRetry`. */
const IDEMPOTENT: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2_147_483_647;

/** Wraps what a user callback (middleware) threw, to be passed through as it is. */
class Passthrough extends Error {
  /**
   * @param error - What the callback threw.
   */
  constructor(readonly error: unknown) {
    super("passthrough");
  }
}

/**
 * Resolves after `ms`, or rejects with the signal's reason when it aborts first; its listener is removed either way.
 *
 * @param ms - The wait.
 * @param signal - The caller's signal.
 * @returns A promise.
 */
function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(signal.reason as Error);
      else resolve();
    };
    const timer = setTimeout(done, Math.min(ms, MAX_TIMER_MS));
    signal?.addEventListener("abort", done);
  });
}

/**
 * Builds the function that runs a call's attempts with the client's policy and returns
 * openapi-fetch's result. What a custom fetch throws is passed through unchanged unless it is a
 * `TypeError` (a network error); a middleware's exception always is.
 *
 * @param o - The client's resolved options.
 * @returns The runner.
 */
export function createAttempts(o: ResolvedOptions): (call: Call) => Promise<CallResult> {
  const debugging = o.debug || o.logger?.debug !== undefined;
  const log = (level: "debug" | "warn", message: string, meta: object): void => {
    const write = o.logger?.[level]?.bind(o.logger);
    if (write) write(message, { vendor: o.vendor, ...meta });
    else if (level === "debug" && o.debug) console.debug(`[${o.vendor}] ${message}`, meta);
  };

  return async (call) => {
    const { operation, first, signal: caller } = call;
    caller?.throwIfAborted();
    // The credential values to redact, including per-request ones; computed only when an error needs them.
    let known: string[] | undefined;
    const secrets = (): string[] => (known ??= [...o.secrets, ...sensitiveHeaderValues(first.headers, o.secretHeaderNames)]);
    const common = (attempts: number): { vendor: string; operation: Operation; attempts: number; secrets: string[] } => ({ vendor: o.vendor, operation, attempts, secrets: secrets() });
    const idempotent = IDEMPOTENT.has(first.method) || (o.retryPost && (first.method === "POST" || first.method === "PATCH"));
    const deadline = o.deadlineMs === Infinity ? Infinity : Date.now() + o.deadlineMs;

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

    /** One attempt: the result, or the wait before the next attempt. */
    const attemptOnce = async (attempt: number): Promise<CallResult | number> => {
      const startTime = Date.now();
      const remaining = deadline - startTime;
      const byDeadline = remaining < o.timeoutMs;
      const timeout = (attempts: number, cause?: unknown): TimeoutError =>
        new TimeoutError({ ...common(attempts), cause, scope: byDeadline ? "deadline" : "attempt", timeoutMs: byDeadline ? o.deadlineMs : o.timeoutMs });
      if (remaining <= 0) throw timeout(attempt - 1);
      // One controller per attempt, aborted by its timer or by the caller's signal, which it follows
      // until the attempt settles (for a stream, until the stream ends).
      const controller = new AbortController();
      const { signal } = controller;
      const limit = Math.min(remaining, o.timeoutMs);
      const handle = limit < Infinity ? setTimeout(() => { controller.abort(); }, Math.min(limit, MAX_TIMER_MS)) : undefined;
      const unfollow = caller ? follow(caller, controller) : undefined;
      let status: number | undefined;
      let requestId: string | undefined;
      let errorType: string | undefined;
      let sending = false;
      let keepFollowing = false;
      try {
        let hop = first;
        let response: Response;
        for (let redirects = 0; ; redirects++) {
          sending = true;
          response = await call.send(hop, signal);
          sending = false;
          const step = call.redirect === "manual" ? { kind: "done" as const } : redirectStep(response, hop, redirects, o.allowInsecureHttp, o.secretHeaderNames);
          if (step.kind === "done") break;
          void response.body?.cancel().catch(() => undefined);
          if (step.kind === "refuse" || call.redirect === "error") {
            throw new InvalidResponseError({ ...common(attempt), reason: "redirect", status: response.status, detail: step.kind === "refuse" ? step.detail : 'redirect refused (redirect: "error")' });
          }
          if (debugging) log("debug", "following redirect", { ...operation, status: response.status, attempt });
          hop = step.hop;
        }
        // The response came from following redirects: say so, as fetch's own redirect mode would.
        if (hop !== first) Object.defineProperty(response, "redirected", { value: true });
        status = response.status;
        const { headers } = response;
        const rawRequestId = requestIdFrom(headers, o.requestIdHeaders);
        requestId = rawRequestId === undefined ? undefined : clip(rawRequestId, secrets(), 128);
        if (!response.ok) {
          const decision = decide(attempt, status, undefined, headers);
          if (decision.retry) {
            void response.body?.cancel().catch(() => undefined);
            return decision.delayMs;
          }
        }
        if (call.onResponse) response = await call.onResponse(response).catch((error: unknown) => Promise.reject(new Passthrough(error)));
        const final = response;
        keepFollowing = call.parseAs === "stream" && final.ok && final.body !== null;
        return await readResult(final, reading(o, () => common(attempt), hop.method, call.parseAs, final, requestId, call.redirect === "manual", () => unfollow?.()));
      } catch (error) {
        keepFollowing = false;
        if (error instanceof Passthrough) throw error.error;
        caller?.throwIfAborted();
        // Past the caller check, an aborted attempt signal means our timer fired.
        const timedOut = signal.aborted;
        // A custom fetch's own exception (a bug, a test assertion) is not ours to wrap or retry.
        if (sending && call.custom && !timedOut && !(error instanceof TypeError)) throw error;
        errorType = error instanceof SdkError ? error.name : undefined;
        // The SDK's own verdicts (a refused redirect, an unusable body, an HTTP error) are final.
        if (error instanceof SdkError) throw error;
        const failure = timedOut ? timeout(attempt, error) : new ConnectionError({ ...common(attempt), cause: error });
        errorType = failure.name;
        const decision = decide(attempt, undefined, failure);
        if (!decision.retry) throw failure;
        return decision.delayMs;
      } finally {
        clearTimeout(handle);
        // A stream's body stays cancellable by the caller until it is read to the end or cancelled.
        if (!keepFollowing) unfollow?.();
        const durationMs = Date.now() - startTime;
        if (debugging) log("debug", "attempt", { method: operation.method, path: operation.path, status, durationMs, attempt, requestId, error: errorType });
        if (o.onAttempt) {
          try {
            o.onAttempt({ vendor: o.vendor, operation, serverAddress: new URL(first.url).hostname, attempt, startTime, durationMs, status, requestId, errorType });
          } catch {
            log("warn", "onAttempt threw", { ...operation, attempt });
          }
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
