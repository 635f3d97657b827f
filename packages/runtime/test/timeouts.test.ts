import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createApiClient, TimeoutError } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime } from "./helpers/time.js";

// No real timers: every test runs on vitest's fake setTimeout/Date (helpers/time.ts), sockets stay real.
beforeEach(useFakeTime);
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeAllServers();
});

describe("timeouts and cancellation", () => {
  it("a response whose body never ends rejects with TimeoutError (per attempt, retried)", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"items": [');
      // never ends
    });
    vi.spyOn(Math, "random").mockReturnValue(0); // the shortest backoff
    // Fake time moves 10 ms per turn of the real event loop (settle): a 5 s timeout leaves the
    // request hundreds of turns to reach the server even on a loaded machine.
    const error = await settle(testClient(server.url, { timeoutMs: 5_000, maxRetries: 1 }).GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe("attempt");
    expect((error as TimeoutError).timeoutMs).toBe(5_000);
    expect((error as TimeoutError).attempts).toBe(2);
    expect((error as TimeoutError).message).toBe("[acme] GET /items: timed out after 5000 ms (per-attempt timeout) (2 attempts)");
    expect(server.hits).toHaveLength(2);
  });

  it("a server that never sends headers rejects with TimeoutError", async () => {
    const server = await startServer(() => {
      // never answers
    });
    const error = await settle(testClient(server.url, { timeoutMs: 5_000, maxRetries: 0 }).GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.hits).toHaveLength(1);
  });

  it("the overall deadline bounds an attempt even when timeoutMs is longer", async () => {
    const server = await startServer(() => {
      // never answers
    });
    const error = await settle(testClient(server.url, { timeoutMs: 60_000, deadlineMs: 5_000, maxRetries: 5 }).GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe("deadline");
    expect((error as TimeoutError).timeoutMs).toBe(5_000);
    expect((error as TimeoutError).message).toContain("overall deadline of 5000 ms exceeded");
    expect(server.hits).toHaveLength(1); // deadline timeouts are not retried
  });

  it("the caller's abort is not retried and surfaces as the caller's AbortError", async () => {
    const server = await startServer(() => {
      // never answers
    });
    const controller = new AbortController();
    const pending = testClient(server.url, { maxRetries: 3 }).GET("/items", { signal: controller.signal });
    await server.waitForHit(1);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(server.hits).toHaveLength(1);
  });

  it("the caller's abort reason is passed through unchanged", async () => {
    const server = await startServer(() => {
      // never answers
    });
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    const pending = testClient(server.url).GET("/items", { signal: controller.signal });
    await server.waitForHit(1);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it("an already-aborted signal sends nothing", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const error = await testClient(server.url)
      .GET("/items", { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect((error as DOMException).name).toBe("AbortError");
    expect(server.hits).toHaveLength(0);
  });

  it("aborting during the backoff wait stops retrying", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 503, {}); });
    const controller = new AbortController();
    // No attempt timer: the only pending timer after the first attempt is the backoff wait.
    const pending = testClient(server.url, { maxRetries: 3, timeoutMs: Infinity }).GET("/items", { signal: controller.signal });
    const outcome = pending.catch((e: unknown) => e);
    await server.waitForHit(1);
    while (vi.getTimerCount() === 0) await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const error = await outcome;
    expect((error as DOMException).name).toBe("AbortError");
    expect(server.hits).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("the caller can abort while the body is being read", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("[");
    });
    const controller = new AbortController();
    let headersArrived = false;
    // The platform's fetch, wrapped only to learn when the headers are in (the body is then being read).
    const client = createApiClient<paths>({
      vendor: "acme",
      defaultBaseUrl: server.url,
      maxRetries: 2,
      fetch: (request) => fetch(request).then((response) => ((headersArrived = true), response)),
    });
    const pending = client.GET("/items", { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => { expect(headersArrived).toBe(true); });
    controller.abort();
    const error = await pending;
    expect((error as DOMException).name).toBe("AbortError");
    expect(server.hits).toHaveLength(1);
  });

  it("a fast response clears its attempt timer (every 30 s timer started is cleared)", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const set = vi.spyOn(globalThis, "setTimeout");
    const clear = vi.spyOn(globalThis, "clearTimeout");
    const client = testClient(server.url, { timeoutMs: 31_234 });
    for (let i = 0; i < 20; i++) await client.GET("/items");
    const ours = set.mock.results.filter((_, i) => set.mock.calls[i]?.[1] === 31_234).map((r) => r.value as unknown);
    expect(ours).toHaveLength(20);
    const cleared = new Set(clear.mock.calls.map((c) => c[0] as unknown));
    expect(ours.every((handle) => cleared.has(handle))).toBe(true);
  });
});
