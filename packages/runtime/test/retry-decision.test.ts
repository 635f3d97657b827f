/**
 * The retry decision at its boundaries (retry.ts's pure `retryDelay` and `isRetryable`): the
 * statuses retried, a Retry-After exactly at `maxRetryDelayMs`, and a wait that would end exactly
 * at the deadline. Each test uses a freshly loaded retry.ts, so its module-level status set is
 * built within the test.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type * as Retry from "../src/retry.js";

let retry: typeof Retry;
beforeEach(async () => {
  vi.resetModules();
  retry = await import("../src/retry.js");
});

const base = { attempt: 1, now: 1_000, deadline: Infinity, maxRetryDelayMs: 60_000, random: 0 };

describe("retryDelay", () => {
  it("retries exactly 408, 429, 500, 502, 503, 504 and transient failures", () => {
    const retried = Array.from({ length: 200 }, (_, i) => 400 + i).filter((status) => retry.isRetryable({ status }));
    expect(retried).toEqual([408, 429, 500, 502, 503, 504]);
    expect(retry.isRetryable({ transient: true })).toBe(true);
    expect(retry.isRetryable({})).toBe(false);
  });

  it("a Retry-After exactly at maxRetryDelayMs is waited for; one millisecond more is not", () => {
    const at = (ms: string) => retry.retryDelay({ ...base, status: 429, headers: new Headers({ "retry-after-ms": ms }), maxRetryDelayMs: 2_000 });
    expect(at("2000")).toEqual({ retry: true, delayMs: 2_000 });
    expect(at("2001")).toEqual({ retry: false, why: "retry_after_too_long", retryAfterMs: 2_001 });
  });

  it("a wait ending exactly at the deadline is not taken", () => {
    const wait = (deadline: number) => retry.retryDelay({ ...base, status: 503, deadline });
    expect(wait(1_101)).toEqual({ retry: true, delayMs: 100 });
    expect(wait(1_100)).toEqual({ retry: false, why: "deadline" });
  });

  it("a status that is not retryable is declined as such", () => {
    expect(retry.retryDelay({ ...base, status: 404 })).toEqual({ retry: false, why: "not_retryable" });
  });
});
