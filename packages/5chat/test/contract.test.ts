/**
 * Contract tests: the client against the mock server driven by specs/5chat.yaml (real HTTP on
 * 127.0.0.1). The mock validates every request against the spec; every operation is exercised.
 */
import { operationIds, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, createFiveChatClient, InvalidRequestError, NotFoundError, type FiveChatClient } from "../src/index.js";

let mock: MockServer;
let client: FiveChatClient;

beforeAll(async () => {
  mock = await startMockServer({ vendor: "5chat" });
  client = createFiveChatClient({ baseUrl: mock.baseUrl, apiKey: "contract-test-token" });
});
afterAll(async () => {
  await mock.close();
});

describe("@org/5chat against specs/5chat.yaml", () => {
  it("GET /health", async () => {
    const { data, error } = await client.GET("/health");
    expect(error).toBeUndefined();
    expect(data?.status).toBe("ok");
  });

  it("GET /conversations with page and limit", async () => {
    const { data } = await client.GET("/conversations", { params: { query: { page: 2, limit: 2, lang: "en" } } });
    expect(data?.page).toBe(2);
    expect(data?.hasNextPage).toBe(false);
    expect(mock.requests.at(-1)?.query).toMatchObject({ page: "2", limit: "2", lang: "en" });
  });

  it("GET /conversations/{token}", async () => {
    const { data } = await client.GET("/conversations/{token}", { params: { path: { token: "c7d1e2f3a4b5" }, query: { lang: "en" } } });
    expect(data?.conversation.token).toBe("c7d1e2f3a4b5");
    expect(Array.isArray(data?.messages)).toBe(true);
    expect(data?.visitor.name).toBe("Maya Chen");
  });

  it("GET /conversations/{token}/messages", async () => {
    const { data } = await client.GET("/conversations/{token}/messages", { params: { path: { token: "c7d1e2f3a4b5" } } });
    expect(data?.messages.length).toBeGreaterThan(0);
  });

  it("GET /visitors/{token}", async () => {
    const { data } = await client.GET("/visitors/{token}", { params: { path: { token: "v9a8b7c6d5e4" } } });
    expect(typeof data?.id).toBe("number");
  });

  it("returns a typed error body for 404 by default (openapi-fetch contract)", async () => {
    const { data, error, response } = await client.GET("/conversations/{token}", { params: { path: { token: "missing" } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ statusCode: 404 });
  });

  it("throws NotFoundError with throwOnError", async () => {
    const strict = client.withOptions({ throwOnError: true });
    await expect(strict.GET("/conversations/{token}", { params: { path: { token: "missing" } } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sends the bearer token (the mock records it redacted)", () => {
    expect(mock.requests.at(-1)?.headers["authorization"]).toBe("[redacted]");
  });

  it("rejects an empty apiKey before any request", () => {
    expect(() => createFiveChatClient({ baseUrl: mock.baseUrl, apiKey: "" })).toThrow(InvalidRequestError);
  });

  it("maps the spec's 401 to AuthenticationError", async () => {
    // A fetch that loses the header on the way, as a misconfigured proxy would.
    const stripAuth = (request: Request) => {
      const copy = new Request(request);
      copy.headers.delete("authorization");
      return fetch(copy);
    };
    const anonymous = createFiveChatClient({ baseUrl: mock.baseUrl, apiKey: "k", fetch: stripAuth, throwOnError: true });
    const err = await anonymous.GET("/health").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(err).toMatchObject({ vendor: "5chat", status: 401, operation: { method: "GET", path: "/health" } });
  });

  it("sent only requests that conform to the spec, and covered every operation", () => {
    expect(mock.violations).toEqual([]);
    expect([...mock.coveredOperations()].sort()).toEqual(operationIds("5chat").sort());
  });
});
