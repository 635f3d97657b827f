/**
 * The attempts of one call: each is one fetch, its redirects and its body read, bounded by
 * `timeoutMs` and the rest of `deadlineMs`. Policy lives in the pure `retryDelay` and `redirectStep`.
 */
import { requestIdFrom } from "./error-from-response.js";
import { ConnectionError, InvalidResponseError, type Operation, SdkError, TimeoutError } from "./errors.js";
import type { ResolvedOptions } from "./options.js";
import { type CallResult, readResult } from "./parse.js";
import { type Hop, redirectStep } from "./redirects.js";
import { clip, sensitiveHeaderValues } from "./redact.js";
import { isRetryable, retryDelay } from "./retry.js";

/** One call: `custom` when `send` is the caller's fetch (its own exceptions pass through); `onResponse` runs the middleware before the body is read. */
export interface Call {
  readonly operation: Operation;
  readonly first: Hop;
  readonly signal: AbortSignal | null | undefined;
  readonly redirect: RequestRedirect | undefined;
  readonly parseAs: string;
  readonly send: (hop: Hop, signal: AbortSignal) => Promise<Response>;
  readonly custom: boolean;
  readonly onResponse?: (response: Response) => Promise<Response>;
}

/** Methods retried by default; POST and PATCH only with `retryPost` or `shouldRetry`. */
const IDEMPOTENT: ReadonlySet<string> = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);
/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2_147_483_647;

/** Wraps what a middleware threw, to be passed through as it is. */
class Passthrough extends Error {
  constructor(readonly error: unknown) {
    super("passthrough");
  }
}

/**
 * The controllers following each caller signal: one `abort` listener per signal however many calls
 * share it (no MaxListenersExceededWarning). `AbortSignal.any` cost 1.19–1.41× the CPU per call.
 */
const followers = new WeakMap<AbortSignal, Set<AbortController>>();

/** Aborts `controller` with the reason of `signal` when it aborts, until the returned function is called. */
function follow(signal: AbortSignal, controller: AbortController): () => void {
  let set = followers.get(signal);
  if (!set) {
    const created = (set = new Set());
    followers.set(signal, created);
    signal.addEventListener("abort", () => {
      followers.delete(signal);
      for (const c of created) c.abort(signal.reason);
    }, { once: true });
  }
  const own = set;
  own.add(controller);
  return () => own.delete(controller);
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first (its listener removed either way). */
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

/** The runner of a call's attempts. What a custom fetch throws passes through unless it is a `TypeError` (a network error); what a middleware throws always does. */
export function createAttempts(o: ResolvedOptions): (call: Call) => Promise<CallResult> {
  const { vendor, logger } = o;
  const debugging = o.debug || logger?.debug !== undefined;
  const log = (level: "debug" | "warn", message: string, meta: object): void => {
    const write = logger?.[level]?.bind(logger);
    if (write) write(message, { vendor, ...meta });
    else if (level === "debug" && o.debug) console.debug(`[${vendor}] ${message}`, meta);
  };

  return async (call) => {
    const { operation, first, signal: caller } = call;
    caller?.throwIfAborted();
    // The credentials to redact, per-request ones included; computed only when an error needs them.
    let known: string[] | undefined;
    const secrets = (): string[] => (known ??= [...o.secrets, ...sensitiveHeaderValues(first.headers, o.secretHeaderNames)]);
    const fields = (attempts: number) => ({ vendor, operation, attempts, secrets: secrets() });
    const idempotent = IDEMPOTENT.has(first.method) || (o.retryPost && (first.method === "POST" || first.method === "PATCH"));
    const deadline = o.deadlineMs === Infinity ? Infinity : Date.now() + o.deadlineMs;

    /** The wait before the next attempt after `attempt` failed, or `undefined` for none. */
    const retryAfter = (attempt: number, status: number | undefined, error: SdkError | undefined, headers?: Headers): number | undefined => {
      const transient = error instanceof ConnectionError || (error instanceof TimeoutError && error.scope === "attempt");
      let retryable = idempotent && isRetryable({ status, transient });
      try {
        if (o.shouldRetry) retryable = o.shouldRetry({ operation, attempt, status, error, retryable });
      } catch {
        log("warn", "shouldRetry threw; not retrying", { ...operation, attempt });
        retryable = false;
      }
      const decision = retryDelay({ status, transient, attempt, headers, now: Date.now(), deadline, maxRetryDelayMs: o.maxRetryDelayMs, random: Math.random() }, retryable && attempt <= o.maxRetries);
      if (decision.retry) return decision.delayMs;
      if (decision.why === "retry_after_too_long") log("warn", "not retrying: Retry-After exceeds maxRetryDelayMs", { ...operation, status, retryAfterMs: decision.retryAfterMs, maxRetryDelayMs: o.maxRetryDelayMs });
      return undefined;
    };

    /** One attempt: the result, or the wait before the next attempt. */
    const attemptOnce = async (attempt: number): Promise<CallResult | number> => {
      const startTime = Date.now();
      const remaining = deadline - startTime;
      const byDeadline = remaining < o.timeoutMs;
      const timeout = (attempts: number, cause?: unknown): TimeoutError =>
        new TimeoutError({ ...fields(attempts), cause, scope: byDeadline ? "deadline" : "attempt", timeoutMs: byDeadline ? o.deadlineMs : o.timeoutMs });
      if (remaining <= 0) throw timeout(attempt - 1);
      // One controller per attempt, aborted by its timer or by the caller's signal, which it follows
      // until the attempt settles (a stream: until it ends).
      const controller = new AbortController();
      const { signal } = controller;
      const limit = Math.min(remaining, o.timeoutMs);
      const handle = limit < Infinity ? setTimeout(() => { controller.abort(); }, Math.min(limit, MAX_TIMER_MS)) : undefined;
      const unfollow = caller ? follow(caller, controller) : undefined;
      let status: number | undefined;
      let requestId: string | undefined;
      let errorType: string | undefined;
      let sending = false;
      let streaming = false;
      try {
        let hop = first;
        let response: Response;
        for (let redirects = 0; ; redirects++) {
          sending = true;
          response = await call.send(hop, signal);
          sending = false;
          const step = call.redirect === "manual" ? undefined : redirectStep(response, hop, redirects, o.allowInsecureHttp, o.secretHeaderNames);
          if (!step) break;
          void response.body?.cancel().catch(() => undefined);
          if (typeof step === "string" || call.redirect === "error") {
            throw new InvalidResponseError({ ...fields(attempt), reason: "redirect", status: response.status, detail: typeof step === "string" ? step : 'redirect refused (redirect: "error")' });
          }
          if (debugging) log("debug", "following redirect", { ...operation, status: response.status, attempt });
          hop = step;
        }
        // As fetch's own redirect mode would say.
        if (hop !== first) Object.defineProperty(response, "redirected", { value: true });
        status = response.status;
        const id = requestIdFrom(response.headers, o.requestIdHeaders);
        requestId = id === undefined ? undefined : clip(id, secrets(), 128);
        const delay = response.ok ? undefined : retryAfter(attempt, status, undefined, response.headers);
        if (delay !== undefined) {
          void response.body?.cancel().catch(() => undefined);
          return delay;
        }
        if (call.onResponse) response = await call.onResponse(response).catch((error: unknown) => Promise.reject(new Passthrough(error)));
        streaming = call.parseAs === "stream" && response.ok && response.body !== null;
        return await readResult(o, response, { method: hop.method, parseAs: call.parseAs, fields: () => fields(attempt), requestId, manual: call.redirect === "manual", release: () => unfollow?.() });
      } catch (error) {
        streaming = false;
        if (error instanceof Passthrough) throw error.error;
        caller?.throwIfAborted();
        // Past the caller check, an aborted attempt signal means our timer fired.
        const timedOut = signal.aborted;
        // A custom fetch's own exception (a bug, a test assertion) is not ours to wrap or retry.
        if (sending && call.custom && !timedOut && !(error instanceof TypeError)) throw error;
        errorType = error instanceof SdkError ? error.name : undefined;
        // The SDK's own verdicts (a refused redirect, an unusable body, an HTTP error) are final.
        if (error instanceof SdkError) throw error;
        const failure = timedOut ? timeout(attempt, error) : new ConnectionError({ ...fields(attempt), cause: error });
        errorType = failure.name;
        const delay = retryAfter(attempt, undefined, failure);
        if (delay === undefined) throw failure;
        return delay;
      } finally {
        clearTimeout(handle);
        // A stream's body stays cancellable by the caller until it is read to the end or cancelled.
        if (!streaming) unfollow?.();
        const durationMs = Date.now() - startTime;
        if (debugging) log("debug", "attempt", { method: operation.method, path: operation.path, status, durationMs, attempt, requestId, error: errorType });
        try {
          o.onAttempt?.({ vendor, operation, serverAddress: new URL(first.url).hostname, attempt, startTime, durationMs, status, requestId, errorType });
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
