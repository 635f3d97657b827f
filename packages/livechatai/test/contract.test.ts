/**
 * Contract tests: the client against the mock server driven by specs/livechatai.yaml (real HTTP
 * on 127.0.0.1). The mock validates every request against the spec. Each test names the operations
 * it exercises (`@org/mock-server/vitest`), so "every operation is exercised" is one test that does not
 * depend on the others having run.
 */
import { operationIds, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLiveChatAiClient, PermissionDeniedError, RateLimitError, type LiveChatAiClient } from "../src/index.js";
import { contractCoverage } from "@org/mock-server/vitest";

let mock: MockServer;
let client: LiveChatAiClient;
const contract = contractCoverage(() => mock);
const agentId = "clx1234567890abcdef";

beforeAll(async () => {
  mock = await startMockServer({ vendor: "livechatai" });
  client = createLiveChatAiClient({ baseUrl: mock.baseUrl, apiKey: "contract-test-key" });
});
afterAll(async () => {
  await mock.close();
});

describe("@org/livechatai against specs/livechatai.yaml", () => {
  contract.it("GET /conversations (list, filters, pagination meta)", ["listConversations"], async () => {
    const { data } = await client.GET("/conversations", { params: { query: { agentId, page: 1, perPage: 2, status: "open", sort: "desc" } } });
    // The stateful mock filters by status: the pages count its open conversations.
    const open = mock.state.conversations().filter((c) => c.status === "open").length;
    expect(open).toBeGreaterThan(0);
    expect(data?.data.meta.totalPages).toBe(Math.ceil(open / 2));
    expect(data?.data.conversations).toHaveLength(Math.min(open, 2));
  });

  contract.it("GET /conversations/{conversationId}", ["getConversation"], async () => {
    const { data } = await client.GET("/conversations/{conversationId}", { params: { path: { conversationId: "chat_9b2e4d6f80" } } });
    expect(data?.data.messages.length).toBe(4);
  });

  contract.it("POST /conversations (send a message)", ["sendMessage"], async () => {
    const { data } = await client.POST("/conversations", { body: { question: "What are your business hours?", agentId, messageType: "TEXT" } });
    expect(typeof data?.data.conversationId).toBe("string");
    expect(mock.requests.at(-1)?.body).toMatchObject({ question: "What are your business hours?" });
  });

  contract.it("POST /contacts (create or update)", ["createOrUpdateContact"], async () => {
    const { data } = await client.POST("/contacts", { body: { agentId, distinctId: "user_48213", name: "Maya Chen", email: "maya.chen@example.com" } });
    expect(typeof data?.contactId).toBe("string");
  });

  contract.it("GET /contacts", ["listContacts"], async () => {
    const { data } = await client.GET("/contacts", { params: { query: { agentId, page: 1, limit: 10 } } });
    expect(Array.isArray(data?.data)).toBe(true);
  });

  contract.it("GET /contacts/{contactId} (a bare object, no envelope)", ["getContact"], async () => {
    const { data } = await client.GET("/contacts/{contactId}", { params: { path: { contactId: "contact_7f3a9c2e51" } } });
    expect(typeof data?.id).toBe("string");
  });

  contract.it("GET /contacts/{contactId}/conversations", ["listContactConversations"], async () => {
    const { data } = await client.GET("/contacts/{contactId}/conversations", { params: { path: { contactId: "contact_7f3a9c2e51" } } });
    expect(Array.isArray(data?.data.conversations)).toBe(true);
  });

  contract.it("POST /conversations/{conversationId}/reply (a human agent's reply)", ["replyToConversation"], async () => {
    const { data } = await client.POST("/conversations/{conversationId}/reply", {
      params: { path: { conversationId: "chat_9b2e4d6f80" } },
      body: { message: "It usually shows up within 5–7 business days.", userId: "agent_3d5f7a9b1c", messageType: "TEXT" },
    });
    expect(data?.data.message.sender).toBe("AGENT");
    expect(data?.data.message.agent?.name).toBe("Sam Rivera");
    expect(mock.requests.at(-1)).toMatchObject({ method: "POST", operationId: "replyToConversation", path: "/api/v2/conversations/chat_9b2e4d6f80/reply" });
  });

  contract.it("POST /conversations/{conversationId}/reply on an unknown conversation is a 404", ["replyToConversation"], async () => {
    const { data, error, response } = await client.POST("/conversations/{conversationId}/reply", {
      params: { path: { conversationId: "missing" } },
      body: { message: "Hello?" },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ status: "error", code: "not_found" });
  });

  contract.it("POST /conversations/{conversationId}/end, with and without a body", ["endConversation"], async () => {
    const withUser = await client.POST("/conversations/{conversationId}/end", {
      params: { path: { conversationId: "chat_9b2e4d6f80" } },
      body: { userId: "agent_3d5f7a9b1c" },
    });
    expect(withUser.data?.data).toMatchObject({ conversationId: "chat_9b2e4d6f80", contactId: "contact_7f3a9c2e51" });
    const bare = await client.POST("/conversations/{conversationId}/end", { params: { path: { conversationId: "chat_9b2e4d6f80" } } });
    expect(bare.response.status).toBe(200);
  });

  contract.it("POST /conversations/create (no message, no AI)", ["createConversation"], async () => {
    const { data } = await client.POST("/conversations/create", { body: { agentId, contactId: "contact_7f3a9c2e51" } });
    expect(data?.data).toEqual({ conversationId: "chat_5e6f7a8b9c", contactId: "contact_7f3a9c2e51" });
    expect(mock.requests.at(-1)?.body).toEqual({ agentId, contactId: "contact_7f3a9c2e51" });
  });

  contract.it("POST /conversations/create with an unknown AI agent is a 404", ["createConversation"], async () => {
    const { error, response } = await client.POST("/conversations/create", { body: { agentId: "missing" } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ status: "error", message: "Agent not found" });
  });

  contract.it("GET /conversations/views (saved views, not a conversation id)", ["listConversationViews"], async () => {
    const { data } = await client.GET("/conversations/views", { params: { query: { agentId, page: 1, perPage: 20 } } });
    expect(data?.data.views[0]?.query.rules[0]).toMatchObject({ field: "sentiment", operator: "EQUALS" });
    expect(data?.data.meta.currentPage).toBe(1);
  });

  contract.it("maps the documented error envelope to typed errors (403, 429 with retry hint)", ["getConversation"], async () => {
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

  it("every operation of the spec is exercised by a test of this file", () => {
    expect(contract.declared()).toEqual(operationIds("livechatai").sort());
  });
});
