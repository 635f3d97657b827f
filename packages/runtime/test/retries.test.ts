import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type AttemptInfo, ConnectionError, RateLimitError, ServerError } from "../src/index.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime, waitsBetween } from "./helpers/time.js";

beforeEach(useFakeTime);
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeAllServers();
});

/** Collects what onAttempt receives. */
function recorder(): { attempts: AttemptInfo[]; onAttempt: (info: AttemptInfo) => void } {
  const attempts: AttemptInfo[] = [];
  return { attempts, onAttempt: (info) => attempts.push(info) };
}

describe("retries", () => {
  it("honours Retry-After in seconds on 429, then succeeds", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 429, { message: "slow down" }, { "retry-after": "2" });
      else sendJson(res, 200, { items: [] });
    });
    const fake = recorder();
    const { data, error } = await settle(testClient(server.url, { onAttempt: fake.onAttempt }).GET("/items"));
    expect(error).toBeUndefined();
    expect(data).toEqual({ items: [] });
    expect(server.hits).toHaveLength(2);
    expect(waitsBetween(fake.attempts)).toEqual([2000]);
  });

  it("honours Retry-After as an HTTP date, relative to the injected clock", async () => {
    const fake = recorder();
    const server = await startServer((_req, res, _hit, n) => {
      // Fake time moves on while the request travels: the date is made when the server answers.
      if (n === 1) sendJson(res, 429, {}, { "retry-after": new Date(Date.now() + 3000).toUTCString() });
      else sendJson(res, 200, { items: [] });
    });
    await settle(testClient(server.url, { onAttempt: fake.onAttempt }).GET("/items"));
    expect(server.hits).toHaveLength(2);
    const [wait = 0] = waitsBetween(fake.attempts);
    expect(wait).toBeGreaterThan(2000); // one-second resolution of HTTP dates
    expect(wait).toBeLessThanOrEqual(3000);
  });

  it("honours retry-after-ms", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, {}, { "retry-after-ms": "250" });
      else sendJson(res, 200, { items: [] });
    });
    const fake = recorder();
    await settle(testClient(server.url, { onAttempt: fake.onAttempt }).GET("/items"));
    expect(waitsBetween(fake.attempts)).toEqual([250]);
  });

  it("retries 503 then returns the 200 (2 attempts), with full-jitter backoff", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, { message: "unavailable" });
      else sendJson(res, 200, { items: [{ id: "1" }] });
    });
    const fake = recorder();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const { data } = await settle(testClient(server.url, { onAttempt: fake.onAttempt }).GET("/items"));
    expect(data?.items).toEqual([{ id: "1" }]);
    expect(server.hits).toHaveLength(2);
    expect(waitsBetween(fake.attempts)).toEqual([250]); // 0.5 × 500 ms
  });

  it("backs off exponentially (base 500 ms, cap 8 s) and reports attempts on the final error", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 500, { message: "boom" }); });
    const fake = recorder();
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const client = testClient(server.url, { onAttempt: fake.onAttempt, maxRetries: 6, throwOnError: true });
    const error = await settle(client.GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).attempts).toBe(7);
    expect(server.hits).toHaveLength(7);
    expect(waitsBetween(fake.attempts)).toEqual([499, 999, 1998, 3996, 7992, 7992]);
  });

  it.each([408, 429, 500, 502, 503, 504])("retries status %i", async (status) => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, status, {});
      else sendJson(res, 200, { items: [] });
    });
    const { response } = await settle(testClient(server.url, {}).GET("/items"));
    expect(response.status).toBe(200);
    expect(server.hits).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 409, 422, 501])("does not retry status %i", async (status) => {
    const server = await startServer((_req, res) => { sendJson(res, status, {}); });
    const { response } = await settle(testClient(server.url, {}).GET("/items"));
    expect(response.status).toBe(status);
    expect(server.hits).toHaveLength(1);
  });

  it("does not wait longer than maxRetryDelayMs: surfaces the 429 with retryAfterMs", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 429, { message: "quota" }, { "retry-after": "120" }); });
    const fake = recorder();
    const warnings: string[] = [];
    const client = testClient(server.url, {
      onAttempt: fake.onAttempt,
      maxRetryDelayMs: 10_000,
      throwOnError: true,
      logger: { warn: (m) => warnings.push(m) },
    });
    const error = await settle(client.GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as RateLimitError).status).toBe(429);
    expect(server.hits).toHaveLength(1);
    expect(waitsBetween(fake.attempts)).toEqual([]);
    expect(warnings).toEqual(["not retrying: Retry-After exceeds maxRetryDelayMs"]);
  });

  it("retries a reset connection, then throws ConnectionError with the attempts counted", async () => {
    const server = await startServer((req) => {
      req.socket.destroy();
    });
    const fake = recorder();
    const error = await settle(testClient(server.url, { onAttempt: fake.onAttempt, maxRetries: 2 }).GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).attempts).toBe(3);
    expect((error as ConnectionError).operation).toEqual({ method: "GET", path: "/items" });
    expect((error as ConnectionError).message).toMatch(/^\[acme\] GET \/items: connection failed/);
    expect(server.hits).toHaveLength(3);
    expect(waitsBetween(fake.attempts)).toHaveLength(2);
  });

  it("recovers when a reset connection is followed by a good response", async () => {
    const server = await startServer((req, res, _hit, n) => {
      if (n === 1) req.socket.destroy();
      else sendJson(res, 200, { items: [] });
    });
    const { data } = await settle(testClient(server.url, {}).GET("/items"));
    expect(data).toEqual({ items: [] });
    expect(server.hits).toHaveLength(2);
  });

  it("does not retry POST unless retryPost is set", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 503, {}); });
    const fake = recorder();
    await settle(testClient(server.url, { onAttempt: fake.onAttempt }).POST("/items", { body: { name: "x" } }));
    expect(server.hits).toHaveLength(1);

    const retrying = await startServer((_req, res, _hit, n) => {
      if (n < 3) sendJson(res, 503, {});
      else sendJson(res, 201, { id: "1" });
    });
    const { data } = await settle(testClient(retrying.url, { onAttempt: fake.onAttempt, retryPost: true }).POST("/items", { body: { name: "x" } }));
    expect(data).toEqual({ id: "1" });
    expect(retrying.hits.map((h) => h.body)).toEqual(['{"name":"x"}', '{"name":"x"}', '{"name":"x"}']);
  });

  it("does not retry PATCH unless retryPost is set, but retries PUT and DELETE", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 503, {}); });
    const client = testClient(server.url, { maxRetries: 1 });
    await settle(client.PATCH("/items/{id}", { params: { path: { id: "1" } }, body: { name: "x" } }));
    expect(server.hits).toHaveLength(1);
    await settle(client.PUT("/items/{id}", { params: { path: { id: "1" } }, body: { name: "x" } }));
    expect(server.hits).toHaveLength(3);
    expect(server.hits[2]?.body).toBe('{"name":"x"}');
    await settle(client.DELETE("/items/{id}", { params: { path: { id: "1" } } }));
    expect(server.hits).toHaveLength(5);
  });

  it("re-sends the same request body on every attempt", async () => {
    const server = await startServer((req, res, _hit, n) => {
      if (n === 1) req.socket.destroy();
      else sendJson(res, 200, { id: "1" });
    });
    await settle(testClient(server.url, {}).PUT("/items/{id}", { params: { path: { id: "1" } }, body: { name: "again" } }));
    expect(server.hits.map((h) => [h.method, h.body, h.headers["content-type"]])).toEqual([
      ["PUT", '{"name":"again"}', "application/json"],
      ["PUT", '{"name":"again"}', "application/json"],
    ]);
  });

  it("a stream body from a custom bodySerializer is buffered once and re-sent on the retry", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, {});
      else sendJson(res, 200, { id: "1" });
    });
    const client = testClient(server.url, {
      bodySerializer: (body) => new Blob([JSON.stringify(body)]).stream(),
    });
    await settle(client.PUT("/items/{id}", { params: { path: { id: "1" } }, body: { name: "streamed" } }));
    expect(server.hits.map((h) => h.body)).toEqual(['{"name":"streamed"}', '{"name":"streamed"}']);
  });

  it("cancels the body of a response it retries", async () => {
    let firstClosed = false;
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) {
        res.writeHead(503, { "content-type": "application/json" });
        res.write('{"partial": ');
        res.on("close", () => {
          firstClosed = true;
        });
      } else sendJson(res, 200, { items: [] });
    });
    const { data } = await settle(testClient(server.url, {}).GET("/items"));
    expect(data).toEqual({ items: [] });
    await vi.waitFor(() => {
      expect(firstClosed).toBe(true);
    });
  });

  it("withOptions overrides maxRetries for one call site", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 503, {}); });
    const client = testClient(server.url, { maxRetries: 3 });
    await settle(client.withOptions({ maxRetries: 0 }).GET("/items"));
    expect(server.hits).toHaveLength(1);
    await settle(client.GET("/items"));
    expect(server.hits).toHaveLength(5);
  });

  it("stops retrying when the next wait would pass the overall deadline", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 503, { message: "down" }); });
    const fake = recorder();
    vi.spyOn(Math, "random").mockReturnValue(0.999);
    const client = testClient(server.url, { onAttempt: fake.onAttempt, maxRetries: 10, deadlineMs: 3_000, throwOnError: true });
    const error = await settle(client.GET("/items")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    // waits 499 + 999 = 1498 ms plus the attempts themselves; the next wait (1998 ms) would end past 3000 ms
    expect(waitsBetween(fake.attempts)).toEqual([499, 999]);
    expect(server.hits).toHaveLength(3);
    expect((error as ServerError).attempts).toBe(3);
  });

  it("logs one line per attempt and per retry, with the path template and no credentials or URLs", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, {}, { "x-request-id": "req-1" });
      else sendJson(res, 200, { id: "7" });
    });
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const lines: [string, Record<string, unknown>][] = [];
    await settle(testClient(server.url, { logger: { debug: (m, meta) => lines.push([m, meta]) } }).GET("/items/{id}", { params: { path: { id: "7" } } }));
    expect(lines.map(([m, meta]) => [m, "durationMs" in meta ? { ...meta, durationMs: typeof meta.durationMs } : meta])).toEqual([
      ["attempt", { vendor: "acme", method: "GET", path: "/items/{id}", status: 503, durationMs: "number", attempt: 1, requestId: "req-1", error: undefined }],
      ["retrying", { vendor: "acme", method: "GET", path: "/items/{id}", attempt: 1, delayMs: 250 }],
      ["attempt", { vendor: "acme", method: "GET", path: "/items/{id}", status: 200, durationMs: "number", attempt: 2, requestId: undefined, error: undefined }],
    ]);
    expect(JSON.stringify(lines)).not.toContain("127.0.0.1");
  });
});
