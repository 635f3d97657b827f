/**
 * Contract tests: the client against the mock server driven by specs/5chat.yaml (real HTTP on
 * 127.0.0.1). The mock validates every request against the spec. Each test names the operations it
 * exercises (`@org/mock-server/vitest`), so "every operation is exercised" is one test that does not
 * depend on the others having run.
 */
import { operationIds, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, BadRequestError, ConflictError, createFiveChatClient, InvalidRequestError, NotFoundError, type FiveChatClient } from "../src/index.js";
import { contractCoverage } from "@org/mock-server/vitest";

let mock: MockServer;
let client: FiveChatClient;
const contract = contractCoverage(() => mock);

beforeAll(async () => {
  mock = await startMockServer({ vendor: "5chat" });
  client = createFiveChatClient({ baseUrl: mock.baseUrl, apiKey: "contract-test-token" });
});
afterAll(async () => {
  await mock.close();
});

describe("@org/5chat against specs/5chat.yaml", () => {
  contract.it("GET /health", ["getHealth"], async () => {
    const { data, error } = await client.GET("/health");
    expect(error).toBeUndefined();
    expect(data?.status).toBe("ok");
  });

  contract.it("GET /conversations with page and limit", ["listConversations"], async () => {
    const { data } = await client.GET("/conversations", { params: { query: { page: 2, limit: 2, lang: "en" } } });
    expect(data?.page).toBe(2);
    expect(data?.hasNextPage).toBe(false);
    expect(mock.requests.at(-1)?.query).toMatchObject({ page: "2", limit: "2", lang: "en" });
  });

  contract.it("GET /conversations/{token}", ["getConversation"], async () => {
    const { data } = await client.GET("/conversations/{token}", { params: { path: { token: "c7d1e2f3a4b5" }, query: { lang: "en" } } });
    expect(data?.conversation.token).toBe("c7d1e2f3a4b5");
    expect(Array.isArray(data?.messages)).toBe(true);
    expect(data?.visitor.name).toBe("Maya Chen");
  });

  contract.it("GET /conversations/{token}/messages", ["listConversationMessages"], async () => {
    const { data } = await client.GET("/conversations/{token}/messages", { params: { path: { token: "c7d1e2f3a4b5" } } });
    expect(data?.messages.length).toBeGreaterThan(0);
  });

  contract.it("GET /visitors/{token}", ["getVisitor"], async () => {
    const { data } = await client.GET("/visitors/{token}", { params: { path: { token: "v9a8b7c6d5e4" } } });
    expect(typeof data?.id).toBe("number");
  });

  contract.it("POST /conversations/{token}/rate (with the visitor's x-visitor-id)", ["rateConversation"], async () => {
    const { data } = await client.POST("/conversations/{token}/rate", {
      params: { path: { token: "c7d1e2f3a4b5" }, header: { "x-visitor-id": "v9a8b7c6d5e4" } },
      body: { rating: 5, feedback: "Quick refund, thank you Sam!" },
    });
    expect(data?.rating).toBe(5);
    expect(data?.tags).toEqual(["Billing", "Refund"]);
    expect(mock.requests.at(-1)).toMatchObject({ operationId: "rateConversation", headers: { "x-visitor-id": "v9a8b7c6d5e4" }, body: { rating: 5 } });
  });

  contract.it("rating: 409 already rated (the endpoint page's version) and 400 for a bad x-visitor-id are typed errors", ["rateConversation"], async () => {
    const strict = client.withOptions({ throwOnError: true, maxRetries: 0 });
    const rated = await strict
      .POST("/conversations/{token}/rate", { params: { path: { token: "rated" }, header: { "x-visitor-id": "v9a8b7c6d5e4" } }, body: { rating: 4 } })
      .catch((e: unknown) => e);
    expect(rated).toBeInstanceOf(ConflictError);
    expect(rated).toMatchObject({ vendor: "5chat", status: 409, body: { message: "Conversation has already been rated" } });
    const badVisitor = await strict
      .POST("/conversations/{token}/rate", { params: { path: { token: "c7d1e2f3a4b5" }, header: { "x-visitor-id": "invalid" } }, body: { rating: 4 } })
      .catch((e: unknown) => e);
    expect(badVisitor).toBeInstanceOf(BadRequestError);
  });

  contract.it("PATCH /visitors/{token}/context", ["updateVisitorContext"], async () => {
    const context = { email: "maya.chen@example.com", phone: "+14155550134", plan: "premium" };
    const { data } = await client.PATCH("/visitors/{token}/context", { params: { path: { token: "v9a8b7c6d5e4" } }, body: { name: "Maya Chen", context } });
    expect(data?.context).toEqual(context);
    // The sample's bare-date updatedAt is accepted as a plain string.
    expect(data?.updatedAt).toBe("2024-03-15");
    expect(mock.requests.at(-1)?.body).toEqual({ name: "Maya Chen", context });
  });

  contract.it("PATCH /visitors/{token}/context on an unknown visitor is a 404", ["updateVisitorContext"], async () => {
    const { error, response } = await client.PATCH("/visitors/{token}/context", { params: { path: { token: "missing" } }, body: { context: {} } });
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ statusCode: 404, message: "Visitor not found" });
  });

  contract.it("GET and PATCH /widgets/{clientToken}", ["getWidget", "updateWidget"], async () => {
    const got = await client.GET("/widgets/{clientToken}", { params: { path: { clientToken: "w7k2m9p4q1" } } });
    expect(got.data).toMatchObject({ websiteClientToken: "w7k2m9p4q1", ratingEnabled: true });
    const patched = await client.PATCH("/widgets/{clientToken}", { params: { path: { clientToken: "w7k2m9p4q1" } }, body: { ratingEnabled: false } });
    expect(patched.data?.ratingEnabled).toBe(false);
    expect(mock.requests.at(-1)?.body).toEqual({ ratingEnabled: false });
    const missing = await client.GET("/widgets/{clientToken}", { params: { path: { clientToken: "missing" } } });
    expect(missing.response.status).toBe(404);
  });

  contract.it("GET /statistics/current", ["getCurrentStatistics"], async () => {
    const { data } = await client.GET("/statistics/current");
    expect(data).toMatchObject({ totalConversations: 3, onlineVisitors: 1 });
    expect(typeof data?.averageResponseTime).toBe("number");
  });

  contract.it("GET /tickets with every documented filter", ["listTickets"], async () => {
    const query = { status: "NEW", priority: "MEDIUM", assigneeId: 42, visitorId: 5012, search: "refund", page: 1, limit: 20 };
    const { data } = await client.GET("/tickets", { params: { query } });
    expect(data?.data[0]).toMatchObject({ id: "5301", conversationId: 1024 });
    expect(mock.requests.at(-1)?.query).toEqual({ status: "NEW", priority: "MEDIUM", assigneeId: "42", visitorId: "5012", search: "refund", page: "1", limit: "20" });
  });

  contract.it("POST /tickets answers 201 with the ticket", ["createTicket"], async () => {
    const { data, response } = await client.POST("/tickets", {
      body: { title: "Refund for duplicate March charge", email: "maya.chen@example.com", priority: "MEDIUM", visitorToken: "v9a8b7c6d5e4", conversationToken: "c7d1e2f3a4b5" },
    });
    expect(response.status).toBe(201);
    expect(data?.title).toBe("Refund for duplicate March charge");
  });

  contract.it("GET, PATCH /tickets/{id} and PATCH /tickets/{id}/status", ["getTicket", "updateTicket", "updateTicketStatus"], async () => {
    const got = await client.GET("/tickets/{id}", { params: { path: { id: "5301" } } });
    expect(got.data?.status).toBe("NEW");
    const updated = await client.PATCH("/tickets/{id}", { params: { path: { id: "5301" } }, body: { priority: "HIGH", assigneeId: 42 } });
    expect(updated.data?.priority).toBe("HIGH");
    const status = await client.PATCH("/tickets/{id}/status", { params: { path: { id: "5301" } }, body: { status: "PENDING" } });
    expect(status.data?.status).toBe("PENDING");
    const missing = await client.GET("/tickets/{id}", { params: { path: { id: "missing" } } });
    expect(missing.response.status).toBe(404);
    const invalid = await client.GET("/tickets/{id}", { params: { path: { id: "invalid" } } });
    expect(invalid.response.status).toBe(400);
  });

  contract.it("POST /tickets/{id}/messages answers 201 with the message", ["createTicketMessage"], async () => {
    const { data, response } = await client.POST("/tickets/{id}/messages", {
      params: { path: { id: "5301" } },
      body: { content: "The duplicate $49 charge has been refunded.", messageType: "EMAIL", authorId: 42, isFromEmail: false },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ ticketId: "5301", messageType: "EMAIL" });
  });

  contract.it("returns a typed error body for 404 by default (openapi-fetch contract)", ["getConversation"], async () => {
    const { data, error, response } = await client.GET("/conversations/{token}", { params: { path: { token: "missing" } } });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ statusCode: 404 });
  });

  contract.it("throws NotFoundError with throwOnError", ["getConversation"], async () => {
    const strict = client.withOptions({ throwOnError: true });
    await expect(strict.GET("/conversations/{token}", { params: { path: { token: "missing" } } })).rejects.toBeInstanceOf(NotFoundError);
  });

  contract.it("sends the bearer token (the mock records it redacted)", ["getHealth"], async () => {
    // Its own request, so the check does not read whatever test ran before.
    const seen: string[] = [];
    const spy = createFiveChatClient({
      baseUrl: mock.baseUrl,
      apiKey: "contract-test-token",
      fetch: (request: Request) => {
        seen.push(request.headers.get("authorization") ?? "");
        return fetch(request);
      },
    });
    const before = mock.requests.length;
    await spy.GET("/health");
    expect(seen).toEqual(["Bearer contract-test-token"]);
    expect(mock.requests.slice(before).map((r) => r.headers["authorization"])).toEqual(["[redacted]"]);
  });

  it("rejects an empty apiKey before any request", () => {
    expect(() => createFiveChatClient({ baseUrl: mock.baseUrl, apiKey: "" })).toThrow(InvalidRequestError);
  });

  contract.it("maps the spec's 401 to AuthenticationError", ["getHealth"], async () => {
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

  it("every operation of the spec is exercised by a test of this file", () => {
    expect(contract.declared()).toEqual(operationIds("5chat").sort());
  });
});
