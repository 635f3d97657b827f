/**
 * Contract tests: the client against the mock server driven by specs/livechatai.yaml (real HTTP
 * on 127.0.0.1). The mock validates every request against the spec; every operation is exercised.
 */
import { operationIds, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLiveChatAiClient, PermissionDeniedError, RateLimitError, type LiveChatAiClient } from "../src/index.js";

let mock: MockServer;
let client: LiveChatAiClient;
const agentId = "clx1234567890abcdef";

beforeAll(async () => {
  mock = await startMockServer({ vendor: "livechatai" });
  client = createLiveChatAiClient({ baseUrl: mock.baseUrl, apiKey: "contract-test-key" });
});
afterAll(async () => {
  await mock.close();
});

describe("@org/livechatai against specs/livechatai.yaml", () => {
  it("GET /conversations (list, filters, pagination meta)", async () => {
    const { data } = await client.GET("/conversations", { params: { query: { agentId, page: 1, perPage: 2, status: "open", sort: "desc" } } });
    expect(data?.data.meta.totalPages).toBe(2);
    expect(data?.data.conversations).toHaveLength(2);
  });

  it("GET /conversations/{conversationId}", async () => {
    const { data } = await client.GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_9b2e4d6f80" } } });
    expect(data?.data.messages.length).toBe(4);
  });

  it("POST /conversations (send a message)", async () => {
    const { data } = await client.POST("/conversations", { body: { question: "What are your business hours?", agentId, messageType: "TEXT" } });
    expect(typeof data?.data.conversationId).toBe("string");
    expect(mock.requests.at(-1)?.body).toMatchObject({ question: "What are your business hours?" });
  });

  it("POST /contacts (create or update)", async () => {
    const { data } = await client.POST("/contacts", { body: { agentId, distinctId: "user_48213", name: "Maya Chen", email: "maya.chen@example.com" } });
    expect(typeof data?.contactId).toBe("string");
  });

  it("GET /contacts", async () => {
    const { data } = await client.GET("/contacts", { params: { query: { agentId, page: 1, limit: 10 } } });
    expect(Array.isArray(data?.data)).toBe(true);
  });

  it("GET /contacts/{contactId} (a bare object, no envelope)", async () => {
    const { data } = await client.GET("/contacts/{contactId}", { params: { path: { contactId: "contact_7f3a9c2e51" } } });
    expect(typeof data?.id).toBe("string");
  });

  it("GET /contacts/{contactId}/conversations", async () => {
    const { data } = await client.GET("/contacts/{contactId}/conversations", { params: { path: { contactId: "contact_7f3a9c2e51" } } });
    expect(Array.isArray(data?.data.conversations)).toBe(true);
  });

  it("maps the documented error envelope to typed errors (403, 429 with retry hint)", async () => {
    const strict = client.withOptions({ throwOnError: true, maxRetries: 0 });
    const forbidden = await strict
      .GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_9b2e4d6f80" } }, headers: { "x-mock-scenario": "forbidden" } })
      .catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(PermissionDeniedError);
    expect(forbidden).toMatchObject({ vendor: "livechatai", status: 403, body: { status: "error" } });
    const limited = await strict
      .GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_9b2e4d6f80" } }, headers: { "x-mock-scenario": "rate-limited" } })
      .catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
  });

  it("sent only requests that conform to the spec, and covered every operation", () => {
    expect(mock.violations).toEqual([]);
    expect([...mock.coveredOperations()].sort()).toEqual(operationIds("livechatai").sort());
  });
});
