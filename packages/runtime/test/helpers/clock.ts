import type { Clock } from "../../src/index.js";

/** A clock whose `sleep` resolves at once, records the delay and advances `now`. */
export interface FakeClock {
  readonly clock: Clock;
  /** Every delay passed to `sleep`, in order. */
  readonly sleeps: number[];
  /** Moves time forward. */
  advance(ms: number): void;
}

/**
 * @param start - Initial epoch ms (a whole second, so HTTP dates round-trip exactly).
 * @returns A fake clock.
 */
export function fakeClock(start = Date.UTC(2030, 0, 1, 12, 0, 0)): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    advance: (ms) => {
      now += ms;
    },
    clock: {
      now: () => now,
      sleep: (ms, signal) => {
        if (signal?.aborted === true) return Promise.reject(signal.reason as Error);
        sleeps.push(ms);
        now += ms;
        return Promise.resolve();
      },
    },
  };
}
