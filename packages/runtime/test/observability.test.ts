import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttemptInfo } from "../src/index.js";
import { TOKEN, testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime } from "./helpers/time.js";

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await closeAllServers();
});

describe("observability", () => {
  it("onAttempt reports every attempt with what an OpenTelemetry span needs, never the concrete URL", async () => {
    useFakeTime();
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, {});
      else sendJson(res, 200, { id: "42" }, { "x-request-id": "req-2" });
    });
    const attempts: AttemptInfo[] = [];
    await settle(testClient(server.url, { onAttempt: (a) => attempts.push(a) }).GET("/items/{id}", { params: { path: { id: "42" } } }));
    expect(attempts.map(({ operation, serverAddress, attempt, status, requestId }) => ({ operation, serverAddress, attempt, status, requestId }))).toEqual([
      { operation: { method: "GET", path: "/items/{id}" }, serverAddress: "127.0.0.1", attempt: 1, status: 503, requestId: undefined },
      { operation: { method: "GET", path: "/items/{id}" }, serverAddress: "127.0.0.1", attempt: 2, status: 200, requestId: "req-2" },
    ]);
    expect(JSON.stringify(attempts)).not.toContain("/items/42");
  });

  it("debug: true without a logger prints one console.debug line per attempt, without credentials", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    await testClient(server.url, { debug: true }).GET("/items");
    expect(debug).toHaveBeenCalledTimes(1);
    expect(debug.mock.calls[0]?.[0]).toBe("[acme] attempt");
    expect(JSON.stringify(debug.mock.calls)).not.toContain(TOKEN);
  });

  it("ORG_SDK_DEBUG=1 switches debug lines on; without it nothing is printed", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    await testClient(server.url).GET("/items");
    expect(debug).not.toHaveBeenCalled();
    vi.stubEnv("ORG_SDK_DEBUG", "1");
    await testClient(server.url).GET("/items");
    expect(debug).toHaveBeenCalledTimes(1);
  });

  it("a throwing onAttempt hook does not break the call", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const warnings: string[] = [];
    const { data } = await testClient(server.url, {
      onAttempt: () => {
        throw new Error("hook bug");
      },
      logger: { warn: (m) => warnings.push(m) },
    }).GET("/items");
    expect(data).toEqual({ items: [] });
    expect(warnings).toEqual(["onAttempt threw"]);
  });
});
