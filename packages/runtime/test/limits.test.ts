import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, InvalidResponseError } from "../src/index.js";
import { parseRetryAfter, retryDelay } from "../src/retry.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime } from "./helpers/time.js";

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await closeAllServers();
});

const NOW = Date.UTC(2030, 0, 1, 12, 0, 0);
const retryAfter = (value: string): number | undefined => parseRetryAfter(new Headers({ "retry-after": value }), NOW);

describe("bounded memory: maxResponseBytes on decoded bytes", () => {
  it("a gzip bomb stops at the cap with InvalidResponseError (too_large), sent once, not retried", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)); // ~8 KB on the wire, 8 MB decoded
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(bomb.length) });
      res.end(bomb);
    });
    const error = await testClient(server.url, { maxResponseBytes: 1024 * 1024, maxRetries: 3 })
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("too_large");
    expect(server.hits).toHaveLength(1);
  });

  it("a body just under the cap is accepted", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [{ id: "x".repeat(900) }] }); });
    const { data } = await testClient(server.url, { maxResponseBytes: 1024 }).GET("/items");
    expect(data?.items[0]?.id).toHaveLength(900);
  });

  it("parseAs stream is capped too: the stream errors past the cap", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(Buffer.alloc(64 * 1024));
    });
    const { data } = await testClient(server.url, { maxResponseBytes: 1024 }).GET("/items", { parseAs: "stream" });
    const error = await new Response(data as unknown as ReadableStream).arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
  });

  it("an error body is read only up to 64 KB: a huge 500 body does not fill memory", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(400, { "content-type": "text/plain" });
      res.end("e".repeat(5 * 1024 * 1024));
    });
    const error = (await testClient(server.url, { throwOnError: true }).GET("/items").catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.bodySnippet?.length).toBeLessThanOrEqual(1024);
    const { error: body } = await testClient(server.url).GET("/items");
    expect(JSON.stringify(body)).toHaveLength(64 * 1024 + 2); // a JSON string: the text and its quotes
  });
});

describe("Retry-After per RFC 9110", () => {
  it.each(["-5", "+5", "5,6", "1.5", " 5 x", "0x10", "5e2", "Sat, 01 Jan 2030 12:00:05", "tomorrow"])("%j is not a wait (falls back to backoff)", (value) => {
    expect(retryAfter(value)).toBeUndefined();
  });

  it("delay-seconds and the three HTTP-date formats", () => {
    expect(retryAfter("5")).toBe(5000);
    expect(retryAfter("Tue, 01 Jan 2030 12:00:07 GMT")).toBe(7000);
    expect(retryAfter("Tuesday, 01-Jan-30 12:00:08 GMT")).toBe(8000);
    expect(retryAfter("Tue Jan  1 12:00:09 2030")).toBe(9000);
    expect(retryAfter("Tue, 01 Jan 2030 11:00:00 GMT")).toBe(0);
  });

  it("Retry-After: 0 cannot hammer: every wait is at least 100 ms", () => {
    const decision = retryDelay({ status: 429, attempt: 1, headers: new Headers({ "retry-after": "0" }), now: NOW, deadline: Infinity, maxRetryDelayMs: 60_000, random: 0 });
    expect(decision).toEqual({ retry: true, delayMs: 100 });
  });

  it("Retry-After: -5 on a real 429 waits the backoff, not zero", async () => {
    useFakeTime();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 429, {}, { "retry-after": "-5" });
      else sendJson(res, 200, { items: [] });
    });
    const starts: number[] = [];
    await settle(testClient(server.url, { onAttempt: (a) => starts.push(a.startTime + a.durationMs) }).GET("/items"));
    expect(server.hits).toHaveLength(2);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(250);
  });
});

describe("signal hygiene", () => {
  it("200 concurrent calls on one signal raise no MaxListenersExceededWarning, parseAs stream included", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const warnings: Error[] = [];
    const onWarning = (warning: Error): void => {
      warnings.push(warning);
    };
    process.on("warning", onWarning);
    try {
      const controller = new AbortController();
      const client = testClient(server.url);
      await Promise.all(Array.from({ length: 200 }, (_, i) => client.GET("/items", { signal: controller.signal, parseAs: i % 2 ? "stream" : "json" })));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("the caller's signal still cancels a stream after the call resolved", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("first chunk");
    });
    const controller = new AbortController();
    const { data } = await testClient(server.url).GET("/items", { signal: controller.signal, parseAs: "stream" });
    const reader = (data as unknown as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    controller.abort();
    const error = await reader.read().catch((e: unknown) => e);
    expect((error as Error).name).toBe("AbortError");
  });
});
