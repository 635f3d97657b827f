/**
 * Where createApiClient presents openapi-fetch's API, it behaves like openapi-fetch 0.17 (our own
 * tests; openapi-fetch's suite cannot be vendored). Intended differences are in the README.
 */
import createClient from "openapi-fetch";
import { afterEach, describe, expect, it } from "vitest";
import { createApiClient } from "../src/index.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

const base = { vendor: "acme" };

describe("openapi-fetch conformance", () => {
  it("client-level querySerializer and bodySerializer are used, not silently ignored", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 201, { id: "1" }); });
    const client = createApiClient<paths>({
      ...base,
      defaultBaseUrl: server.url,
      querySerializer: () => "custom=1",
      bodySerializer: (body) => `wrapped:${JSON.stringify(body)}`,
    });
    await client.POST("/items", { body: { name: "n" } });
    await client.GET("/items", { params: { query: { limit: 5 } } });
    expect(server.hits[0]?.body).toBe('wrapped:{"name":"n"}');
    expect(server.hits[1]?.url).toBe("/items?custom=1");
  });

  it("a Headers instance as client headers is sent", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [] }); });
    const client = createApiClient<paths>({ ...base, defaultBaseUrl: server.url, headers: new Headers({ "x-from-headers": "yes" }) });
    await client.GET("/items");
    expect(server.hits[0]?.headers["x-from-headers"]).toBe("yes");
  });

  it("RequestInit defaults (credentials, cache) reach the fetch", async () => {
    let seen: Request | undefined;
    const client = createApiClient<paths>({
      ...base,
      defaultBaseUrl: "https://api.acme.test",
      credentials: "include",
      cache: "no-store",
      fetch: (request) => {
        seen = request;
        return Promise.resolve(Response.json({ items: [] }));
      },
    });
    await client.GET("/items");
    expect(seen?.credentials).toBe("include");
    expect(seen?.cache).toBe("no-store");
  });

  it("a custom Request class and properties attached to the request reach the custom fetch", async () => {
    class TracedRequest extends Request {}
    let seen: Request | undefined;
    const client = createApiClient<paths>({
      ...base,
      defaultBaseUrl: "https://api.acme.test",
      Request: TracedRequest,
      fetch: (request) => {
        seen = request;
        return Promise.resolve(Response.json({ items: [] }));
      },
    });
    client.use({
      onRequest: ({ request }) => {
        (request as Request & { traceId?: string }).traceId = "t-1";
      },
    });
    await client.GET("/items");
    expect(seen).toBeInstanceOf(TracedRequest);
    expect((seen as Request & { traceId?: string }).traceId).toBe("t-1");
  });

  it("an exception thrown by a custom fetch is passed through unchanged, once, and onError sees the original", async () => {
    const bug = new RangeError("bug in my fetch");
    let calls = 0;
    const seen: unknown[] = [];
    const client = createApiClient<paths>({
      ...base,
      defaultBaseUrl: "https://api.acme.test",
      maxRetries: 3,
      fetch: () => {
        calls++;
        throw bug;
      },
    });
    client.use({
      onError: ({ error }) => {
        seen.push(error);
      },
    });
    await expect(client.GET("/items")).rejects.toBe(bug);
    expect(calls).toBe(1);
    expect(seen).toEqual([bug]);
  });

  it("response.clone().json() in a middleware returns a distinct object from data", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 200, { items: [{ id: "1" }], token: "t" }); });
    const client = createApiClient<paths>({ ...base, defaultBaseUrl: server.url });
    client.use({
      onResponse: async ({ response }) => {
        const logged = (await response.clone().json()) as { token?: string };
        delete logged.token; // a logging middleware redacting its copy
      },
    });
    const { data } = await client.GET("/items");
    expect(data).toEqual({ items: [{ id: "1" }], token: "t" });
  });

  it("a per-request redirect: manual is honoured; a followed redirect sets response.redirected", async () => {
    const server = await startServer((req, res) => {
      if (req.url === "/items") {
        res.writeHead(302, { location: "/items/1" });
        res.end();
      } else sendJson(res, 200, { items: [] });
    });
    const client = createApiClient<paths>({ ...base, defaultBaseUrl: server.url });
    const manual = await client.GET("/items", { redirect: "manual" });
    expect(manual.response.status).toBe(302);
    expect(server.hits).toHaveLength(1);
    const followed = await client.GET("/items");
    expect(followed.data).toEqual({ items: [] });
    expect(followed.response.redirected).toBe(true);
  });

  it("the response is the one fetch returned, as openapi-fetch returns it: no Content-Length added, its body read once", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }); // chunked: no Content-Length
      res.end('{"items":[]}');
    });
    const { data, response } = await createApiClient<paths>({ ...base, defaultBaseUrl: server.url }).GET("/items");
    expect(data).toEqual({ items: [] });
    expect(response).toBeInstanceOf(Response);
    expect(Object.getPrototypeOf(response)).toBe(Response.prototype);
    expect(response.headers.get("content-length")).toBeNull();
    expect(response.headers.get("transfer-encoding")).toBe("chunked");
    expect(response.bodyUsed).toBe(true);
  });

  it("a 2xx JSON body labelled text/plain is parsed with the default parseAs, as openapi-fetch does", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end('{"items":[{"id":"1"}]}');
    });
    const { data } = await createApiClient<paths>({ ...base, defaultBaseUrl: server.url }).GET("/items");
    expect(data).toEqual({ items: [{ id: "1" }] });
  });

  it("a middleware's onRequest Response short-circuits the fetch; onError can recover with a Response", async () => {
    let fetched = 0;
    const client = createApiClient<paths>({
      ...base,
      defaultBaseUrl: "https://api.acme.test",
      maxRetries: 0,
      fetch: () => {
        fetched++;
        return Promise.reject(new TypeError("fetch failed"));
      },
    });
    const cached = { onRequest: () => Response.json({ items: [{ id: "cached" }] }) };
    client.use(cached);
    expect((await client.GET("/items")).data).toEqual({ items: [{ id: "cached" }] });
    expect(fetched).toBe(0);
    client.eject(cached);
    client.use({ onError: () => Response.json({ items: [{ id: "fallback" }] }) });
    expect((await client.GET("/items")).data).toEqual({ items: [{ id: "fallback" }] });
    expect(fetched).toBe(1);
  });

  /** Server answers where openapi-fetch and the SDK must give the same `data`, `error` and status. */
  const SAME: [string, string, number, Record<string, string>, string][] = [
    ["GET", "JSON 200", 200, { "content-type": "application/json" }, '{"items":[{"id":"1"}]}'],
    ["GET", "JSON 200 with Content-Length", 200, { "content-type": "application/json", "content-length": "12" }, '{"items":[]}'],
    ["GET", "JSON labelled text/plain", 200, { "content-type": "text/plain" }, '{"items":[]}'],
    ["GET", "empty 200, chunked", 200, { "content-type": "application/json" }, ""],
    ["GET", "204", 204, {}, ""],
    ["HEAD", "HEAD 200", 200, { "content-type": "application/json" }, ""],
    ["GET", "JSON 404", 404, { "content-type": "application/json" }, '{"message":"nope"}'],
    ["GET", "text 400", 400, { "content-type": "text/plain" }, "bad request"],
    ["GET", "empty 409 with Content-Length: 0", 409, { "content-length": "0" }, ""],
    ["GET", "empty 418, chunked", 418, {}, ""],
  ];

  it.each(SAME)("%s %s: the same data, error and status as plain openapi-fetch", async (method, _what, status, headers, body) => {
    const server = await startServer((_req, res) => {
      res.writeHead(status, headers);
      res.end(body);
    });
    const plain = await createClient<paths>({ baseUrl: server.url }).request(method.toLowerCase() as "get", "/items");
    const ours = await createApiClient<paths>({ ...base, defaultBaseUrl: server.url, maxRetries: 0 }).request(method.toLowerCase() as "get", "/items");
    expect({ data: ours.data, error: ours.error, status: ours.response.status }).toEqual({ data: plain.data, error: plain.error, status: plain.response.status });
    expect("error" in ours).toBe("error" in plain);
  });
});
