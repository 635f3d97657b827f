/**
 * Drive an event stream under vitest's fake timers: time moves only while the test waits for the
 * next event, in steps, with real I/O (the fake vendors' sockets) let through between steps.
 */
import { vi } from "vitest";

const realImmediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Install fake timers (setTimeout/setInterval/Date only, so sockets and setImmediate stay real) and a fixed Math.random. */
export function useFakeClock(start = Date.parse("2026-01-01T00:00:00.000Z")): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"], now: start });
  vi.spyOn(Math, "random").mockReturnValue(0.5);
}

/** Resolve `promise`, advancing the fake clock by `stepMs` while it is pending, up to `maxMs` of fake time. */
export async function settle<T>(promise: Promise<T>, { stepMs = 100, maxMs = 600_000 } = {}): Promise<T> {
  const state: { done: boolean; failed: boolean; value?: T; failure?: unknown } = { done: false, failed: false };
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (failure: unknown) => Object.assign(state, { done: true, failed: true, failure }),
  );
  for (let spent = 0; ; spent += stepMs) {
    for (let i = 0; i < 5 && !state.done; i++) await realImmediate();
    if (state.done) break;
    if (spent >= maxMs) throw new Error(`still pending after ${maxMs} ms of fake time`);
    await vi.advanceTimersByTimeAsync(stepMs);
  }
  if (state.failed) throw state.failure;
  return state.value as T;
}

/** The value of a pending `iterator.next()`, or `undefined` when the stream ended. */
export async function settleNext<E>(next: Promise<IteratorResult<E, unknown>>, options?: { stepMs?: number; maxMs?: number }): Promise<E | undefined> {
  const result = await settle(next, options);
  return result.done === true ? undefined : result.value;
}

/** The next `n` values of `iterator`. */
export async function take<E>(iterator: AsyncIterator<E>, n: number, options?: { stepMs?: number; maxMs?: number }): Promise<E[]> {
  const out: E[] = [];
  while (out.length < n) {
    const next = await settle(iterator.next(), options);
    if (next.done === true) break;
    out.push(next.value);
  }
  return out;
}

/** Let `ms` of fake time pass (with real I/O between steps). */
export async function elapse(ms: number, stepMs = 100): Promise<void> {
  for (let spent = 0; spent < ms; spent += stepMs) {
    for (let i = 0; i < 5; i++) await realImmediate();
    await vi.advanceTimersByTimeAsync(Math.min(stepMs, ms - spent));
  }
}
