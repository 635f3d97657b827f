/**
 * The typed error a non-2xx response becomes, over real HTTP: its class by status, the reason its
 * message quotes (from a JSON body, an HTML page's title, or plain text), its request id, and the
 * response headers it keeps.
 */
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, type ClientOptions, createApiClient } from "../src/index.js";
import { TOKEN } from "./helpers/client.js";
import type { paths } from "./helpers/paths.js";
import { closeAllServers, startServer } from "./helpers/server.js";

afterEach(closeAllServers);

/**
 * The error thrown for one response written by `answer`, by a freshly loaded copy of the runtime
 * (so its module-level tables, such as the status classes, are built within the test).
 */
async function errorFor(answer: (res: ServerResponse) => void, options: ClientOptions = {}): Promise<ApiError> {
  const server = await startServer((_req, res) => { answer(res); });
  vi.resetModules();
  const fresh = await import("../src/index.js");
  const client = fresh.createApiClient<paths>({ vendor: "acme", defaultBaseUrl: server.url, auth: { kind: "bearer", token: TOKEN }, throwOnError: true, maxRetries: 0, ...options });
  const error = await client.GET("/items").catch((e: unknown) => e);
  expect(ApiError.isInstance(error)).toBe(true);
  return error as ApiError;
}

function send(status: number, body: string, headers: Record<string, string> = {}): (res: ServerResponse) => void {
  return (res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body);
  };
}

describe("the class follows the status", () => {
  it.each([
    [400, "BadRequestError"],
    [401, "AuthenticationError"],
    [403, "PermissionDeniedError"],
    [404, "NotFoundError"],
    [409, "ConflictError"],
    [422, "UnprocessableEntityError"],
    [429, "RateLimitError"],
    [418, "ApiError"],
    [451, "ApiError"],
    [499, "ApiError"],
    [500, "ServerError"],
    [501, "ServerError"],
    [599, "ServerError"],
    [600, "ApiError"], // undici passes a status above 599 through from the wire
  ])("%i → %s", async (status, name) => {
    const error = await errorFor(send(status, "{}"));
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
  });
});

describe("the reason in the message", () => {
  it.each([
    ['{"message":"m"}', "m"],
    ['{"error_description":"ed","error":"e"}', "ed"],
    ['{"error":"e","detail":"d"}', "e"],
    ['{"detail":"d","title":"t"}', "d"],
    ['{"title":"t","description":"x"}', "t"],
    ['{"description":"x"}', "x"],
    ['{"errors":["first","second"]}', "first"],
    ['{"errors":[{"message":"in an array"}]}', "in an array"],
    ['{"error":{"message":"nested"}}', "nested"],
    ['{"message":"","detail":"the first non-empty"}', "the first non-empty"],
    ['[{"message":"top-level array"}]', "top-level array"],
    ['"a JSON string"', "a JSON string"],
    ['{"error":{"error":{"message":"three deep"}}}', "three deep"],
  ])("%s → %j", async (body, reason) => {
    const error = await errorFor(send(400, body));
    expect(error.message).toBe(`[acme] GET /items -> 400 Bad Request: ${reason}`);
  });

  it("the search goes four levels deep, through objects or arrays, and no deeper", async () => {
    expect((await errorFor(send(400, '{"error":{"error":{"error":{"message":"four deep"}}}}'))).message).toBe("[acme] GET /items -> 400 Bad Request: four deep");
    expect((await errorFor(send(400, '{"error":{"error":{"error":{"error":{"message":"too deep"}}}}}'))).message).toBe("[acme] GET /items -> 400 Bad Request");
    expect((await errorFor(send(400, '[[[["four deep"]]]]'))).message).toBe("[acme] GET /items -> 400 Bad Request: four deep");
    expect((await errorFor(send(400, '[[[[["too deep"]]]]]'))).message).toBe("[acme] GET /items -> 400 Bad Request");
  });

  it("a null where a reason could be is skipped", async () => {
    expect((await errorFor(send(400, '{"message":null,"error":[null],"detail":"d"}'))).message).toBe("[acme] GET /items -> 400 Bad Request: d");
  });

  it("JSON without a reason quotes nothing; the body stays reachable", async () => {
    const error = await errorFor(send(404, '{"code":17}'));
    expect(error.name).toBe("NotFoundError");
    expect(error.message).toBe("[acme] GET /items -> 404 Not Found");
    expect(error.body).toEqual({ code: 17 });
  });

  it("an HTML page is named by its title, or as an HTML page", async () => {
    const titled = await errorFor(send(502, '<html><head><title lang="en">  Bad gateway  </title></head><body>x</body></html>', { "content-type": "text/html" }));
    expect(titled.message).toBe('[acme] GET /items -> 502 Bad Gateway: HTML page "Bad gateway"');
    const untitled = await errorFor(send(502, "<!DOCTYPE html><p>x</p>", { "content-type": "text/plain" }));
    expect(untitled.message).toBe("[acme] GET /items -> 502 Bad Gateway: HTML page");
    const labelled = await errorFor(send(502, "<p>x</p>", { "content-type": "TEXT/HTML; charset=utf-8" }));
    expect(labelled.message).toBe("[acme] GET /items -> 502 Bad Gateway: HTML page");
    const indented = await errorFor(send(502, "\n  <!doctype html><title>T</title>", { "content-type": "text/plain" }));
    expect(indented.message).toBe('[acme] GET /items -> 502 Bad Gateway: HTML page "T"');
    const mention = await errorFor(send(400, "write <html> tags in the body field", { "content-type": "text/plain" }));
    expect(mention.message).toBe("[acme] GET /items -> 400 Bad Request: write <html> tags in the body field");
  });

  it("a text body is quoted; an empty or blank one is not", async () => {
    expect((await errorFor(send(409, "already exists", { "content-type": "text/plain" }))).message).toBe("[acme] GET /items -> 409 Conflict: already exists");
    expect((await errorFor(send(409, "  \n ", { "content-type": "text/plain" }))).message).toBe("[acme] GET /items -> 409 Conflict");
    const empty = await errorFor(send(409, "", { "content-type": "text/plain" }));
    expect(empty.message).toBe("[acme] GET /items -> 409 Conflict");
    expect(empty.bodySnippet).toBeUndefined();
  });
});

describe("request id and kept headers", () => {
  it("the first request-id header present and non-empty names the request", async () => {
    expect((await errorFor(send(404, "{}", { "x-request-id": "", "request-id": "r-2" }))).requestId).toBe("r-2");
    expect((await errorFor(send(404, "{}", { "x-request-id": "r-1", "request-id": "r-2" }))).message).toBe("[acme] GET /items -> 404 Not Found (request id r-1)");
    expect((await errorFor(send(404, "{}"))).requestId).toBeUndefined();
  });

  it("keeps content type, Retry-After, date, request ids and rate limits; drops the rest and anything credential-like", async () => {
    const error = await errorFor(
      send(503, "{}", {
        "retry-after": "1",
        "retry-after-ms": "1000",
        date: "Tue, 01 Jan 2030 12:00:00 GMT",
        "x-request-id": "r-1",
        "request-id": "r-2",
        "x-ratelimit-remaining": "0",
        "ratelimit-limit": "10",
        "x-rate-limit-reset": "5",
        "x-ratelimit-token": "secret-ish",
        "set-cookie": "s=1",
        server: "nginx",
        "x-powered-by": "php",
        "x-content-type": "no",
        "x-request-id-extra": "no",
      }),
    );
    expect(Object.keys(error.headers ?? {}).sort()).toEqual(
      ["content-type", "date", "ratelimit-limit", "request-id", "retry-after", "retry-after-ms", "x-rate-limit-reset", "x-ratelimit-remaining", "x-request-id"].sort(),
    );
  });

  it("a vendor's own request-id header is read (any case) and kept", async () => {
    const server = await startServer((_req, res) => { send(404, "{}", { "x-trace-id": "t-9", "x-request-id": "r-1", "request-id": "r-2" })(res); });
    const client = createApiClient<paths>({ vendor: "acme", defaultBaseUrl: server.url, requestIdHeaders: ["X-Trace-Id"], throwOnError: true, maxRetries: 0 });
    const error = (await client.GET("/items").catch((e: unknown) => e)) as ApiError;
    expect(error.requestId).toBe("t-9");
    expect(error.headers?.["x-trace-id"]).toBe("t-9");
    expect(error.headers?.["x-request-id"]).toBe("r-1"); // the default request-id headers are still kept
    expect(error.headers?.["request-id"]).toBe("r-2");
  });
});
