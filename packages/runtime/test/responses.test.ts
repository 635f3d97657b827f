import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  UnprocessableEntityError,
} from "../src/index.js";
import { isJsonContentType } from "../src/parse.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, sendJson, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

const html502 = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>${"<p>upstream error</p>".repeat(200)}</body></html>`;

describe("responses", () => {
  it("a 502 HTML page becomes a ServerError with a safe, bounded snippet", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(502, { "content-type": "text/html", "x-request-id": "req_502" });
      res.end(html502);
    });
    const error = await testClient(server.url, { maxRetries: 0, throwOnError: true })
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    const e = error as ServerError;
    expect(e.status).toBe(502);
    expect(e.requestId).toBe("req_502");
    expect(e.body).toBeUndefined();
    expect(e.bodySnippet?.length).toBeLessThanOrEqual(1024);
    expect(e.bodySnippet?.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(e.message).toBe('[acme] GET /items -> 502 Bad Gateway (request id req_502): HTML page "502 Bad Gateway"');
    expect(e.message).not.toContain("\n");
    expect(e.headers).toEqual({ "content-type": "text/html", "x-request-id": "req_502", date: expect.any(String) as string });
  });

  it("a truncated JSON 200 is an InvalidResponseError with status, request id and snippet", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_trunc" });
      res.end('{"items": [{"id": "1"');
    });
    const error = await testClient(server.url)
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const e = error as InvalidResponseError;
    expect(e.reason).toBe("invalid_json");
    expect(e.status).toBe(200);
    expect(e.requestId).toBe("req_trunc");
    expect(e.bodySnippet).toBe('{"items": [{"id": "1"');
    expect(e.cause).toBeInstanceOf(Error);
    expect(e.message).toBe("[acme] GET /items -> 200 OK (request id req_trunc): response body is not valid JSON (truncated or malformed)");
  });

  it("a 200 with text/html is an InvalidResponseError naming the content type, even without throwOnError", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<html><body>login</body></html>");
    });
    const error = await testClient(server.url, { throwOnError: false })
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("unexpected_content_type");
    expect((error as InvalidResponseError).contentType).toBe("text/html; charset=utf-8");
    expect((error as InvalidResponseError).message).toContain('got content type "text/html; charset=utf-8"');
  });

  it("accepts +json media types and chunked bodies, parsing once", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/vnd.acme+json; charset=utf-8" });
      res.write('{"items":');
      res.end('[{"id":"é"}]}');
    });
    const { data, response } = await testClient(server.url).GET("/items");
    expect(data).toEqual({ items: [{ id: "é" }] });
    expect(response.url).toBe(`${server.url}/items`);
  });

  it("isJsonContentType accepts application/json and +json types only", () => {
    for (const t of ["application/json", "application/json; charset=utf-8", "Application/JSON", " application/json ;x=1", "application/problem+json", "application/vnd.acme+json; v=2"]) {
      expect(isJsonContentType(t)).toBe(true);
    }
    for (const t of ["application/jsonx", "text/json", "text/html", "application/json-patch", "+json", ""]) expect(isJsonContentType(t)).toBe(false);
  });

  it("parses a JSON body exactly once per request", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }); // chunked: no Content-Length
      res.end(JSON.stringify({ items: [{ id: "1" }] }));
    });
    const client = testClient(server.url);
    await client.GET("/items"); // warm up lazily initialised modules
    const parse = vi.spyOn(JSON, "parse");
    try {
      const { data } = await client.GET("/items");
      expect(data).toEqual({ items: [{ id: "1" }] });
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it("204 and empty 200 bodies resolve to undefined data", async () => {
    const server = await startServer((_req, res, _hit, n) => {
      if (n === 1) {
        res.writeHead(204);
        res.end();
      } else {
        res.writeHead(200, { "content-type": "application/json" });
        res.end();
      }
    });
    const client = testClient(server.url);
    const deleted = await client.DELETE("/items/{id}", { params: { path: { id: "1" } } });
    expect(deleted.response.status).toBe(204);
    expect(deleted.data).toBeUndefined();
    const empty = await client.GET("/items");
    expect(empty.data).toBeUndefined();
    expect(empty.error).toBeUndefined();
  });

  it("throwOnError off (default): non-2xx resolves to { error, response } like openapi-fetch", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 404, { message: "no such item" }, { "x-request-id": "req_404" }); });
    const { data, error, response } = await testClient(server.url).GET("/items/{id}", { params: { path: { id: "42" } } });
    expect(data).toBeUndefined();
    expect(error).toEqual({ message: "no such item" });
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBe("req_404");
  });

  it("throwOnError on: non-2xx rejects with the typed error, request id from x-request-id", async () => {
    const server = await startServer((_req, res) => { sendJson(res, 404, { message: "no such item" }, { "x-request-id": "req_404" }); });
    const error = await testClient(server.url, { throwOnError: true })
      .GET("/items/{id}", { params: { path: { id: "42" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const e = error as NotFoundError;
    expect(e.requestId).toBe("req_404");
    expect(e.operation).toEqual({ method: "GET", path: "/items/{id}" });
    expect(e.body).toEqual({ message: "no such item" });
    expect(e.message).toBe("[acme] GET /items/{id} -> 404 Not Found (request id req_404): no such item");
    expect(e.toJSON()).toEqual({
      name: "NotFoundError",
      message: e.message,
      vendor: "acme",
      operation: { method: "GET", path: "/items/{id}" },
      status: 404,
      requestId: "req_404",
      bodySnippet: '{"message":"no such item"}',
      headers: { "content-type": "application/json", "x-request-id": "req_404", date: expect.any(String) as string },
      attempts: 1,
    });
  });

  it("reads the vendor's own request-id header when configured", async () => {
    const { createApiClient } = await import("../src/index.js");
    const server = await startServer((_req, res) => { sendJson(res, 400, { error: { message: "bad" } }, { "x-acme-trace": "trace-1" }); });
    const client = createApiClient<import("./helpers/paths.js").paths>({
      vendor: "acme",
      defaultBaseUrl: server.url,
      requestIdHeaders: ["X-Acme-Trace"],
      throwOnError: true,
    });
    const error = await client.GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).requestId).toBe("trace-1");
    expect((error as BadRequestError).message).toContain(": bad");
  });

  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, ServerError],
    [503, ServerError],
    [418, ApiError],
  ] as const)("status %i maps to %o", async (status, Class) => {
    const server = await startServer((_req, res) => { sendJson(res, status, { message: "x" }); });
    const error = await testClient(server.url, { throwOnError: true, maxRetries: 0 })
      .GET("/items")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Class);
    expect((error as ApiError).name).toBe(Class.name);
    expect((error as ApiError).status).toBe(status);
    if (Class === ApiError) expect(error).not.toBeInstanceOf(ServerError);
  });

  it("parseAs text and stream are honoured", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("plain body");
    });
    const client = testClient(server.url);
    const text = await client.GET("/items", { parseAs: "text" });
    expect(text.data).toBe("plain body");
    const stream = await client.GET("/items", { parseAs: "stream" });
    expect(await new Response(stream.data).text()).toBe("plain body");
  });
});
