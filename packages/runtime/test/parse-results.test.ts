/**
 * How a response becomes `{ data, error, response }`, over real HTTP, where openapi-fetch's own
 * rules and the SDK's limits meet: empty bodies, every `parseAs`, a body that is not the JSON its
 * label says, and `redirect: "manual"` with `throwOnError`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { type ApiError, BadRequestError, InvalidResponseError, NotFoundError } from "../src/index.js";
import { testClient } from "./helpers/client.js";
import { closeAllServers, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

/** A server answering every request with `status`, `headers` and `body`. */
function serve(status: number, headers: Record<string, string>, body = "") {
  return startServer((_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  });
}

describe("no body", () => {
  it.each(["json", "text", "blob", "arrayBuffer"] as const)("204 and Content-Length: 0 give data undefined with parseAs %s", async (parseAs) => {
    for (const server of [await serve(204, {}), await serve(200, { "content-length": "0" })]) {
      const { data, response } = await testClient(server.url).GET("/items", { parseAs });
      expect(data).toBeUndefined();
      expect(response.ok).toBe(true);
    }
  });

  it("a chunked body is read even when a proxy labels it Content-Length: 0", async () => {
    const client = testClient("https://api.acme.test", {
      fetch: () => Promise.resolve(new Response('{"items":[]}', { headers: { "content-type": "application/json", "content-length": "0", "transfer-encoding": "chunked" } })),
    });
    expect((await client.GET("/items")).data).toEqual({ items: [] });
  });

  it("an error with no body gives error undefined, and a thrown error with no quoted reason", async () => {
    const server = await serve(404, { "content-length": "0" });
    const { error } = await testClient(server.url).GET("/items");
    expect(error).toBeUndefined();
    const thrown = await testClient(server.url, { throwOnError: true }).GET("/items").catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(NotFoundError);
    expect((thrown as ApiError).message).toBe("[acme] GET /items -> 404 Not Found");
  });

  it("a HEAD error is not read: error undefined", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(404, { "content-type": "application/json", "content-length": "20" });
      res.end();
    });
    const { error, response } = await testClient(server.url).request("head" as "get", "/items");
    expect(response.status).toBe(404);
    expect(error).toBeUndefined();
  });
});

describe("parseAs", () => {
  it("arrayBuffer gives exactly the body's bytes", async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.end(bytes);
    });
    const { data } = await testClient(server.url).GET("/items", { parseAs: "arrayBuffer" });
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(data as unknown as ArrayBuffer)]).toEqual([0, 1, 2, 250, 255]);
  });

  it("blob carries the body and its content type (none when unlabelled)", async () => {
    const typed = await serve(200, { "content-type": "image/png" }, "PNG");
    const { data } = await testClient(typed.url).GET("/items", { parseAs: "blob" });
    expect(data).toBeInstanceOf(Blob);
    expect((data as unknown as Blob).type).toBe("image/png");
    expect(await (data as unknown as Blob).text()).toBe("PNG");
    const bare = await startServer((_req, res) => {
      res.removeHeader("content-type");
      res.end("raw");
    });
    const { data: plain } = await testClient(bare.url).GET("/items", { parseAs: "blob" });
    expect((plain as unknown as Blob).type).toBe("");
    expect(await (plain as unknown as Blob).text()).toBe("raw");
  });

  it("a stream over maxResponseBytes errors with InvalidResponseError (too_large)", async () => {
    const server = await serve(200, { "content-type": "application/octet-stream" }, "x".repeat(4096));
    const { data } = await testClient(server.url, { maxResponseBytes: 1024 }).GET("/items", { parseAs: "stream" });
    const error = await new Response(data as unknown as ReadableStream).arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe("too_large");
  });

  it("cancelling a stream closes the connection", async () => {
    let closed = false;
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("first chunk");
      res.on("close", () => {
        closed = true;
      });
    });
    const { data } = await testClient(server.url).GET("/items", { parseAs: "stream" });
    const reader = (data as unknown as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.cancel();
    await vi.waitFor(() => {
      expect(closed).toBe(true);
    });
  });

  it("a stream from a middleware's Response is read like a fetched one", async () => {
    const client = testClient("https://api.acme.test");
    client.use({ onRequest: () => new Response("from middleware", { status: 200 }) });
    const { data } = await client.GET("/items", { parseAs: "stream" });
    expect(await new Response(data as unknown as ReadableStream).text()).toBe("from middleware");
  });
});

describe("a 2xx body that does not parse", () => {
  it.each([
    [{}, "invalid_json"],
    [{ "content-type": "application/json" }, "invalid_json"],
    [{ "content-type": "application/problem+json; charset=utf-8" }, "invalid_json"],
    [{ "content-type": "text/html" }, "unexpected_content_type"],
    [{ "content-type": "text/plain; profile=application/json" }, "unexpected_content_type"],
  ])("labelled %j is %s", async (headers, reason) => {
    const server = await serve(200, headers, "<html>not json");
    const error = await testClient(server.url).GET("/items").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).reason).toBe(reason);
  });
});

describe("redirect: manual with throwOnError", () => {
  it("a 3xx is the caller's result, not an error; a 400 still throws", async () => {
    const moved = await serve(302, { location: "/elsewhere" });
    const { response } = await testClient(moved.url, { throwOnError: true }).GET("/items", { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(moved.hits).toHaveLength(1);
    const bad = await serve(400, { "content-type": "application/json" }, "{}");
    const error = await testClient(bad.url, { throwOnError: true }).GET("/items", { redirect: "manual" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
  });
});
