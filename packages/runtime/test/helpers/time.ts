import { vi } from "vitest";
import type { AttemptInfo } from "../../src/index.js";

/**
 * Installs vitest fake timers for `setTimeout`, `clearTimeout` and `Date` (real sockets keep
 * working: `setImmediate` and I/O are untouched). Call `vi.useRealTimers()` in `afterEach`.
 */
export function useFakeTime(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], now: Date.UTC(2030, 0, 1, 12, 0, 0) });
}

/**
 * Awaits `promise` while advancing fake time in `step` ms slices, yielding to real I/O between
 * slices, so backoff waits pass instantly while requests travel over real sockets.
 *
 * @param promise - The SDK call.
 * @param step - Fake milliseconds per slice.
 * @returns The promise itself, once it has settled.
 */
export async function settle<T>(promise: Promise<T>, step = 10): Promise<T> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set by the callbacks above
  while (!done) {
    await vi.advanceTimersByTimeAsync(step);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return promise;
}

/**
 * The waits between consecutive attempts, from the attempts' own start times and durations.
 *
 * @param attempts - What `onAttempt` received.
 * @returns One wait per retry, in fake milliseconds.
 */
export function waitsBetween(attempts: readonly AttemptInfo[]): number[] {
  return attempts.slice(1).map((a, i) => a.startTime - ((attempts[i]?.startTime ?? 0) + (attempts[i]?.durationMs ?? 0)));
}
