/**
 * Drive an event stream under vitest's fake timers: time moves only while the test waits for the
 * next event, in steps, and only once the I/O the stream started has finished. Without that wait a
 * loaded machine (CI) could move the clock past a poll whose HTTP answer had not arrived yet, and
 * the poll's baseline or events would land after the test had moved on.
 *
 * What counts as I/O in flight: a `fetch` (from the call until its body is read; `useFakeClock`
 * routes the global `fetch` through {@link drivenFetch}), and any pending file-system, DNS, connect
 * or write request of the process (the file store's, the mocks'), as Node reports them.
 */
import { vi } from "vitest";

const realImmediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const realFetch = globalThis.fetch;

/** Fetches started and not yet read to the end. */
let fetching = 0;

/** Node's names for requests that are still waiting on the thread pool or the network. */
const PENDING_REQUESTS = new Set(["FSReqPromise", "FSReqCallback", "FileHandleCloseReq", "CloseReq", "GetAddrInfoReqWrap", "TCPConnectWrap", "WriteWrap", "ShutdownWrap"]);

function busy(): boolean {
  return fetching > 0 || process.getActiveResourcesInfo().some((name) => PENDING_REQUESTS.has(name));
}

/** The real `fetch`, counted until the response's body is read, so the driver can wait for it. */
export async function drivenFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  fetching++;
  try {
    const response = await realFetch(input, init);
    const body = response.body === null ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } finally {
    fetching--;
  }
}

/** Resolve once no I/O is in flight for a few consecutive turns of the real event loop. */
async function quiet(turns = 3): Promise<void> {
  for (let calm = 0; calm < turns; ) {
    await realImmediate();
    calm = busy() ? 0 : calm + 1;
  }
}

/** Install fake timers (setTimeout/setInterval/Date only, so sockets and setImmediate stay real), a fixed Math.random and the counted fetch. */
export function useFakeClock(start = Date.parse("2026-01-01T00:00:00.000Z")): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"], now: start });
  vi.spyOn(Math, "random").mockReturnValue(0.5);
  vi.spyOn(globalThis, "fetch").mockImplementation(drivenFetch);
}

/** Resolve `promise`, advancing the fake clock by `stepMs` while it is pending, up to `maxMs` of fake time. */
export async function settle<T>(promise: Promise<T>, { stepMs = 100, maxMs = 600_000 } = {}): Promise<T> {
  const state: { done: boolean; failed: boolean; value?: T; failure?: unknown } = { done: false, failed: false };
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (failure: unknown) => Object.assign(state, { done: true, failed: true, failure }),
  );
  for (let spent = 0; ; spent += stepMs) {
    await quiet();
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

/** Let `ms` of fake time pass (each step once the I/O in flight has finished). */
export async function elapse(ms: number, stepMs = 100): Promise<void> {
  for (let spent = 0; spent < ms; spent += stepMs) {
    await quiet();
    await vi.advanceTimersByTimeAsync(Math.min(stepMs, ms - spent));
  }
}
