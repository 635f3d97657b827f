import { vi } from "vitest";

/**
 * Runs `call` under vitest fake timers (`setTimeout`, `clearTimeout`, `Date`; sockets and
 * `setImmediate` stay real), advancing fake time in slices until its promise settles, so a retry's
 * backoff passes at once: a call that should not retry but does shows up as extra requests, not
 * as a test timeout. Real timers are back when it returns.
 *
 * @param call - Starts the SDK call (after the fake timers are installed).
 * @returns The call's outcome: its value, or the error it rejected with.
 */
export async function settledUnderFakeTime<T>(call: () => Promise<T>): Promise<{ value?: T; error?: unknown }> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  try {
    let outcome: { value?: T; error?: unknown } | undefined;
    call().then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    while (outcome === undefined) {
      await vi.advanceTimersByTimeAsync(1_000);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return outcome;
  } finally {
    vi.useRealTimers();
  }
}
