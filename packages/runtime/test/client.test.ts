import { afterEach, describe, expect, it, vi } from "vitest";
import { createApiClient, NotFoundError, TimeoutError } from "../src/index.js";
import { TOKEN, testClient } from "./helpers/client.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";
import { settle, useFakeTime } from "./helpers/time.js";

afterEach(async () => {
  vi.useRealTimers();
  await closeAllServers();
});

describe("createApiClient", () => {
  it("sends auth, default headers and User-Agent; exposes vendor", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const client = testClient(server.url, { headers: { "x-team": "a" }, userAgent: "my-app/1.0" });
    expect(client.vendor).toBe("acme");
    await client.GET("/items", { headers: { "x-per-request": "1" } });
    const headers = server.hits[0]?.headers;
    expect(headers?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(headers?.["x-team"]).toBe("a");
    expect(headers?.["x-per-request"]).toBe("1");
    expect(headers?.["user-agent"]).toBe("my-app/1.0");
  });

  it("withOptions returns a new client with merged options and headers; the original is unchanged", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 404, { message: "gone" }); });
    const client = testClient(server.url, { headers: { "x-a": "1" } });
    const strict = client.withOptions({ throwOnError: true, headers: { "x-b": "2" } });
    expect(strict.vendor).toBe("acme");
    await expect(strict.GET("/items")).rejects.toBeInstanceOf(NotFoundError);
    const { error } = await client.GET("/items");
    expect(error).toEqual({ message: "gone" });
    expect(server.hits[0]?.headers["x-a"]).toBe("1");
    expect(server.hits[0]?.headers["x-b"]).toBe("2");
    expect(server.hits[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(server.hits[1]?.headers["x-b"]).toBeUndefined();
  });

  it("user middleware sees genuine Requests, survives withOptions, and the resilience still applies", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) sendJson(res, 503, {});
      else sendJson(res, 200, { items: [{ id: "1" }] });
    });
    useFakeTime();
    const client = testClient(server.url, {});
    const seen: string[] = [];
    client.use({
      onRequest: ({ request, schemaPath }) => {
        seen.push(`${String(request instanceof Request)} ${request.method} ${schemaPath}`);
        request.headers.set("x-mw", "yes");
        return request;
      },
      onResponse: ({ response }) => {
        seen.push(`status ${response.status}`);
      },
    });
    const { data } = await settle(client.withOptions({ maxRetries: 1 }).GET("/items"));
    expect(data).toEqual({ items: [{ id: "1" }] });
    expect(seen).toEqual(["true GET /items", "status 200"]);
    expect(server.hits.map((h) => h.headers["x-mw"])).toEqual(["yes", "yes"]);
  });

  it("eject removes user middleware", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const client = testClient(server.url);
    let calls = 0;
    const mw = {
      onRequest: () => {
        calls++;
      },
    };
    client.use(mw);
    await client.GET("/items");
    client.eject(mw);
    await client.GET("/items");
    expect(calls).toBe(1);
  });

  it("a per-request fetch is used as the transport and still gets retries", async () => {
    useFakeTime();
    let calls = 0;
    const client = testClient("https://api.acme.test");
    const { data } = await settle(client.GET("/items", {
      fetch: (request: Request) => {
        calls++;
        expect(request.url).toBe("https://api.acme.test/items");
        expect(request.redirect).toBe("manual");
        expect(request.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
        return Promise.resolve(
          calls === 1 ? new Response("{}", { status: 502, headers: { "content-type": "application/json" } }) : Response.json({ items: [] }),
        );
      },
    }));
    expect(data).toEqual({ items: [] });
    expect(calls).toBe(2);
  });

  it("a custom client fetch receives a Request whose signal is the attempt's: it follows the caller's abort and the attempt timer", async () => {
    useFakeTime();
    const signals: AbortSignal[] = [];
    const client = createApiClient<paths>({
      vendor: "acme",
      defaultBaseUrl: "https://api.acme.test",
      timeoutMs: 1_000,
      maxRetries: 0,
      // Answers only when its request's signal aborts, as a real fetch would.
      fetch: (request) => {
        signals.push(request.signal);
        return new Promise((_resolve, reject) => {
          request.signal.addEventListener("abort", () => { reject(request.signal.reason as Error); });
        });
      },
    });
    const caller = new AbortController();
    const reason = new Error("user left");
    const aborted = client.GET("/items", { signal: caller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => { expect(signals).toHaveLength(1); });
    const [first] = signals;
    expect(first).not.toBe(caller.signal);
    expect(first?.aborted).toBe(false);
    caller.abort(reason);
    expect(first?.aborted).toBe(true);
    expect(first?.reason).toBe(reason);
    expect(await aborted).toBe(reason);

    const timedOut = settle(client.GET("/items")).catch((e: unknown) => e);
    await vi.waitFor(() => { expect(signals).toHaveLength(2); });
    expect(signals[1]?.aborted).toBe(false);
    expect(await timedOut).toBeInstanceOf(TimeoutError);
    expect(signals[1]?.aborted).toBe(true);
  });

  it("the request() method works like the verb methods", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { id: "7" }); });
    const { data } = await testClient(server.url).request("get", "/items/{id}", { params: { path: { id: "7" } } });
    expect(data).toEqual({ id: "7" });
    expect(server.hits[0]?.url).toBe("/items/7");
  });

  it("query and path parameters, and JSON bodies, pass through openapi-fetch unchanged", async () => {
    const server = await startServer((req, res) => { sendJson(res, 201, { id: "9", name: req.url ?? "" }); });
    const { data, response } = await testClient(server.url).POST("/items", { body: { name: "n" } });
    expect(response.status).toBe(201);
    expect(data).toEqual({ id: "9", name: "/items" });
    expect(server.hits[0]?.headers["content-type"]).toBe("application/json");
    expect(server.hits[0]?.body).toBe('{"name":"n"}');
  });
});
