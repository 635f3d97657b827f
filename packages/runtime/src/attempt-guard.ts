import type { TimeoutScope } from "./errors.js";

/** Longest delay `setTimeout` accepts. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * `AbortSignal.any([a, b])` where available; otherwise a controller that follows both with
 * listeners (which live until one of them aborts).
 *
 * @param a - First signal.
 * @param b - Second signal.
 * @returns A signal that aborts with the reason of whichever aborts first.
 */
export function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([a, b]);
  const controller = new AbortController();
  const onAbort = function (this: AbortSignal): void {
    controller.abort(this.reason);
  };
  for (const s of [a, b]) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener("abort", onAbort, { once: true });
  }
  return controller.signal;
}

function onTimer(guard: AttemptGuard): void {
  guard.fired = guard.scope;
  guard.controller?.abort(new DOMException("The operation timed out.", "TimeoutError"));
}

/**
 * The signal and timer of one attempt. The attempt's signal aborts when the per-attempt timeout
 * (or the remaining overall deadline, whichever is shorter) elapses, or when the caller's signal
 * aborts. `fired` tells which of our timers fired, so a caller abort is never mistaken for a
 * timeout.
 *
 * For buffered responses the caller's abort is forwarded by one listener that `dispose()`
 * removes (cheaper than `AbortSignal.any`, and nothing lingers on a long-lived caller signal).
 * For pass-through (streamed) bodies, which outlive the attempt, `AbortSignal.any` is used so the
 * caller can still cancel the stream.
 */
export class AttemptGuard {
  /** The signal to give fetch; `undefined` when there is neither a timer nor a caller signal. */
  readonly signal: AbortSignal | undefined;
  /** Which limit the timer enforces. */
  readonly scope: TimeoutScope;
  /** Set when our timer fired. */
  fired: TimeoutScope | undefined;
  /** The attempt's controller, when there is a timer. */
  readonly controller: AbortController | undefined;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly caller: AbortSignal | undefined;
  private readonly listening: boolean;

  /**
   * @param timeoutMs - Per-attempt timeout (may be `Infinity`).
   * @param remainingMs - Time left before the overall deadline (`Infinity` without one).
   * @param caller - The caller's signal.
   * @param passThrough - Whether the response body will outlive the attempt.
   */
  constructor(timeoutMs: number, remainingMs: number, caller: AbortSignal | undefined, passThrough: boolean) {
    this.caller = caller;
    this.scope = remainingMs < timeoutMs ? "deadline" : "attempt";
    const limit = Math.min(timeoutMs, remainingMs);
    this.listening = false;
    if (limit === Infinity) {
      this.signal = caller;
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.timer = setTimeout(onTimer, Math.min(Math.max(0, limit), MAX_TIMER_MS), this);
    if (caller === undefined) {
      this.signal = controller.signal;
    } else if (passThrough) {
      this.signal = anySignal(caller, controller.signal);
    } else {
      caller.addEventListener("abort", this);
      this.listening = true;
      this.signal = controller.signal;
    }
  }

  /** Forwards the caller's abort (EventListener interface; no per-attempt closure). */
  handleEvent(): void {
    this.controller?.abort(this.caller?.reason);
  }

  /** Clears the timer and stops forwarding the caller's abort. Never aborts. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.listening) this.caller?.removeEventListener("abort", this);
  }
}
