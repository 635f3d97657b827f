import type { Clock } from "./options.js";

/** The real clock: `Date.now()` and `setTimeout` (a wait rejects with the signal's reason as soon as it aborts). */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", done);
        if (signal?.aborted) reject(signal.reason as Error);
        else resolve();
      };
      // setTimeout's longest delay is 2^31 - 1 ms.
      const timer = setTimeout(done, Math.min(ms, 2_147_483_647));
      signal?.addEventListener("abort", done);
      if (signal?.aborted) done();
    }),
};
