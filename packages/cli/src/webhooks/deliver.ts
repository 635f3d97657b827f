/**
 * POST one delivery to the user's handler, retrying (with the same delivery id, newly signed) when
 * it is down or answers 5xx / 429: exponential backoff with full jitter, then a report. The clock,
 * the random source and the wait are injectable so the schedule is testable without sleeping.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { randomUUID } from "node:crypto";
import { deliveryHeaders } from "./sign.js";

/** How a delivery went. */
export interface DeliveryResult {
  /** The handler's last HTTP status, or `undefined` when it never answered. */
  readonly status: number | undefined;
  readonly attempts: number;
  readonly ok: boolean;
  /** Why the last attempt failed (connection refused, timeout, status), when it did. */
  readonly problem: string | undefined;
  readonly deliveryId: string;
}

/** Settings of {@link deliver}. */
export interface DeliverOptions {
  readonly url: string;
  readonly body: string;
  readonly secret: string | undefined;
  /** Attempts in all (first + retries). */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
  readonly signal: AbortSignal;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Called before each retry's wait. */
  readonly onRetry?: (attempt: number, delayMs: number, problem: string) => void;
}

/** Backoff before retry `attempt` (1-based): full jitter over `base · 2^(attempt-1)`, capped. */
export function backoffMs(attempt: number, baseMs: number, capMs: number, random: () => number): number {
  return Math.round(random() * Math.min(capMs, baseMs * 2 ** (attempt - 1)));
}

const retryable = (status: number) => status === 429 || status >= 500;

/** Deliver `body` to `url`; resolves with the outcome (never rejects for the handler's failures). */
export async function deliver(options: DeliverOptions): Promise<DeliveryResult> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const wait = options.wait ?? ((ms, signal) => sleep(ms, undefined, { signal }));
  const deliveryId = randomUUID();
  let status: number | undefined;
  let problem: string | undefined;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    const headers = await deliveryHeaders({ body: options.body, secret: options.secret, timestampSeconds: now() / 1000, deliveryId });
    try {
      const response = await fetch(options.url, { method: "POST", headers, body: options.body, redirect: "manual", signal: AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]) });
      await response.arrayBuffer().catch(() => undefined);
      status = response.status;
      if (response.ok) return { status, attempts: attempt, ok: true, problem: undefined, deliveryId };
      problem = `the handler answered ${response.status}`;
      if (!retryable(response.status)) return { status, attempts: attempt, ok: false, problem, deliveryId };
    } catch (error) {
      if (options.signal.aborted) throw error;
      const cause = (error as { cause?: { code?: string } }).cause;
      problem = cause?.code === "ECONNREFUSED" ? "the handler is down (connection refused)" : error instanceof Error && error.name === "TimeoutError" ? `the handler did not answer in ${options.timeoutMs} ms` : `the handler could not be reached (${cause?.code ?? (error instanceof Error ? error.message : "unknown")})`;
      status = undefined;
    }
    if (attempt < options.attempts) {
      const delay = backoffMs(attempt, options.baseDelayMs, options.maxDelayMs, random);
      options.onRetry?.(attempt, delay, problem);
      await wait(delay, options.signal);
    }
  }
  return { status, attempts: options.attempts, ok: false, problem, deliveryId };
}
