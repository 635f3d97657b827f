/**
 * Contract tests: the client against the mock server driven by specs/chatwoot.yaml (real HTTP on
 * 127.0.0.1). The mock validates every request against the spec. Each test names the operations it
 * exercises (`@org/mock-server/vitest`), so "every operation is exercised" is one test that does not
 * depend on the others having run.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { loadSpec, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, createChatwootClient, NotFoundError, RateLimitError, type ChatwootClient } from "../src/index.js";
import { contractCoverage } from "@org/mock-server/vitest";

let mock: MockServer;
let publicClient: ChatwootClient;
let appClient: ChatwootClient;

const inbox_identifier = "Yr9bXn3KqW2vT7sL";
const contact_identifier = "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a";
const contact = { inbox_identifier, contact_identifier };
const conversation = { ...contact, conversation_id: 42 };
const APPLICATION_READS = ["listAccountConversations", "getAccountConversation", "listAccountConversationMessages"];
const contract = contractCoverage(() => mock);

beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
  publicClient = createChatwootClient({ baseUrl: mock.baseUrl });
  appClient = createChatwootClient({ baseUrl: mock.baseUrl, apiAccessToken: "contract-test-token" });
});
afterAll(async () => {
  await mock.close();
});

describe("@org/chatwoot public client API", () => {
  contract.it("GET inbox", ["getInbox"], async () => {
    const { data } = await publicClient.GET("/public/api/v1/inboxes/{inbox_identifier}", { params: { path: { inbox_identifier } } });
    expect(data?.identifier).toBe(inbox_identifier);
  });

  contract.it("POST, GET and PATCH contact", ["createContact", "getContact", "updateContact"], async () => {
    const created = await publicClient.POST("/public/api/v1/inboxes/{inbox_identifier}/contacts", {
      params: { path: { inbox_identifier } },
      body: { identifier: "cust-1042", name: "Maya Chen", email: "maya.chen@example.com" },
    });
    expect(typeof created.data?.source_id).toBe("string");
    const shown = await publicClient.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", { params: { path: contact } });
    expect(shown.data?.name).toBe("Maya Chen");
    const updated = await publicClient.PATCH("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}", {
      params: { path: contact },
      body: { phone_number: "+14155550134" },
    });
    expect(updated.data?.id).toBeTypeOf("number");
  });

  contract.it("POST and GET conversations, resolve, typing, last seen", ["createConversation", "listConversations", "getConversation", "resolveConversation", "toggleTyping", "updateLastSeen"], async () => {
    const created = await publicClient.POST("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations", {
      params: { path: contact },
      body: { custom_attributes: { order_id: "A-1" } },
    });
    expect(created.data?.id).toBeTypeOf("number");
    const list = await publicClient.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations", { params: { path: contact } });
    expect(list.data?.length).toBeGreaterThan(0);
    const one = await publicClient.GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}", {
      params: { path: conversation },
    });
    expect(one.data?.messages.length).toBe(4);
    const resolved = await publicClient.POST(
      "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status",
      { params: { path: conversation } },
    );
    expect(resolved.data?.status).toBeDefined();
    const typing = await publicClient.POST(
      "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing",
      { params: { path: conversation }, body: { typing_status: "on" } },
    );
    expect(typing.response.status).toBe(200);
    const seen = await publicClient.POST(
      "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen",
      { params: { path: conversation } },
    );
    expect(seen.response.status).toBe(200);
  });

  contract.it("GET, POST and PATCH messages", ["listMessages", "createMessage", "updateMessage"], async () => {
    const path = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages" as const;
    const page = await publicClient.GET(path, { params: { path: conversation, query: { before: 5103 } } });
    expect(page.data?.map((m) => m.id)).toEqual([5101, 5102]);
    const sent = await publicClient.POST(path, { params: { path: conversation }, body: { content: "One more question", echo_id: "e-1" } });
    expect(sent.data?.message_type).toBe(0);
    const updated = await publicClient.PATCH(
      "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}",
      { params: { path: { ...conversation, message_id: 5105 } }, body: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: "Great" } } } },
    );
    expect(updated.data?.id).toBeTypeOf("number");
  });

  contract.it("identity validation: get contact takes identifier + identifier_hash; a wrong pair is a 500", ["getContact"], async () => {
    const path = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}" as const;
    const ok = await publicClient.GET(path, { params: { path: contact, query: { identifier: "cust-1042", identifier_hash: "3f1c9a" } } });
    expect(ok.data?.source_id).toBe(contact_identifier);
    // One attempt: the 500 itself is the subject here, not the retries a GET gets by default (runtime tests cover those).
    const wrong = await publicClient.withOptions({ maxRetries: 0 }).GET(path, { params: { path: contact, query: { identifier: "cust-1042", identifier_hash: "wrong" } } });
    expect(mock.requests.filter((r) => r.query["identifier_hash"] === "wrong")).toHaveLength(1);
    expect(wrong.response.status).toBe(500);
    expect(wrong.error).toEqual({ status: 500, error: "Internal Server Error" });
  });

  contract.it("a user sender's availability_status is null on the public API", ["listMessages"], async () => {
    const { data } = await publicClient.GET(
      "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages",
      { params: { path: conversation } },
    );
    const agent = data?.find((m) => m.sender?.type === "user")?.sender;
    expect(agent).toMatchObject({ type: "user", availability_status: null });
  });

  contract.it("GET and PATCH the CSAT survey by conversation uuid; 422 after 14 days", ["getCsatSurvey", "answerCsatSurvey"], async () => {
    const path = "/public/api/v1/csat_survey/{conversation_uuid}" as const;
    const survey = await publicClient.GET(path, { params: { path: { conversation_uuid: "7c9e6679-7425-40de-944b-e07fc1f90ae7" } } });
    expect(survey.data).toMatchObject({ id: 5105, csat_survey_response: null });
    const answer = { message: { submitted_values: { csat_survey_response: { rating: 5, feedback_message: "Quick and clear, thanks Sam!" } } } };
    const answered = await publicClient.PATCH(path, { params: { path: { conversation_uuid: "7c9e6679-7425-40de-944b-e07fc1f90ae7" } }, body: answer });
    expect(answered.data).toMatchObject({ id: 5105, csat_survey_response: null });
    const earlier = await publicClient.GET(path, { params: { path: { conversation_uuid: "0b3f7a52-88c4-4d1e-a6f9-2c5d8e1b7a40" } } });
    expect(earlier.data?.csat_survey_response).toMatchObject({ rating: 4, message_id: 4871 });
    const locked = await publicClient.PATCH(path, { params: { path: { conversation_uuid: "0b3f7a52-88c4-4d1e-a6f9-2c5d8e1b7a40" } }, body: answer });
    expect(locked.response.status).toBe(422);
    expect(locked.error).toEqual({ error: "You cannot update the CSAT survey after 14 days" });
  });

  contract.it("percent-encodes identifiers: `a/b?x=1` stays one path segment", ["getInbox"], async () => {
    const { response } = await publicClient.GET("/public/api/v1/inboxes/{inbox_identifier}", { params: { path: { inbox_identifier: "a/b?x=1" } } });
    expect(mock.requests.at(-1)?.path).toBe("/public/api/v1/inboxes/a%2Fb%3Fx%3D1");
    expect(response.status).toBe(200);
  });

  contract.it("a 404 is a NotFoundError with throwOnError, never leaking the identifiers", ["getConversation"], async () => {
    const strict = publicClient.withOptions({ throwOnError: true });
    const err = await strict
      .GET("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}", {
        params: { path: { ...conversation, conversation_id: 999 } },
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).operation.path).toContain("{conversation_id}");
    expect(String(err)).not.toContain(contact_identifier);
  });
});

describe("@org/chatwoot application API", () => {
  contract.it("GET conversations, one conversation and its messages with the api_access_token header", APPLICATION_READS, async () => {
    const list = await appClient.GET("/api/v1/accounts/{account_id}/conversations", { params: { path: { account_id: 1 }, query: { status: "all", page: 2 } } });
    expect(list.data?.data.payload.length).toBe(1);
    const one = await appClient.GET("/api/v1/accounts/{account_id}/conversations/{conversation_id}", { params: { path: { account_id: 1, conversation_id: 42 } } });
    expect(one.data?.id).toBe(42);
    const messages = await appClient.GET("/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages", {
      params: { path: { account_id: 1, conversation_id: 42 }, query: { after: 5102 } },
    });
    expect(messages.data?.payload.length).toBeGreaterThan(0);
    expect(mock.requests.at(-1)?.headers["api_access_token"]).toBe("[redacted]");
  });

  contract.it("without a token the application API answers 401 → AuthenticationError", ["listAccountConversations"], async () => {
    const strict = publicClient.withOptions({ throwOnError: true });
    await expect(strict.GET("/api/v1/accounts/{account_id}/conversations", { params: { path: { account_id: 1 } } })).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("Chatwoot's plain-text 429 (rack-attack's `Retry later`)", () => {
  it("is what the spec declares, and the client turns it into a RateLimitError", async () => {
    const spec = loadSpec("chatwoot") as { components: { responses: Record<string, { content: Record<string, { examples: Record<string, { value: unknown }> }> }> } };
    const plain = spec.components.responses["TooManyRequests"]?.content["text/plain"];
    const body = Object.values(plain?.examples ?? {})[0]?.value;
    expect(body).toBe("Retry later\n");
    // A server that answers exactly that body, as rack-attack does (no Retry-After header).
    const server = createServer((_req, res) => {
      res.writeHead(429, { "content-type": "text/plain" }).end(String(body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = createChatwootClient({ baseUrl: `http://127.0.0.1:${port}`, throwOnError: true, maxRetries: 0 });
      const err = await client.GET("/public/api/v1/inboxes/{inbox_identifier}", { params: { path: { inbox_identifier } } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RateLimitError);
      expect(err).toMatchObject({ vendor: "chatwoot", status: 429, bodySnippet: "Retry later\n" });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("contract coverage", () => {
  it("every operation of the public API and the three application reads is exercised by a test of this file", () => {
    // This file owns the public client API and the three application reads; the agent side
    // (agent-side.test.ts) and the account resources (contacts-and-account.test.ts) own the rest.
    const spec = loadSpec("chatwoot") as { paths: Record<string, Record<string, { operationId?: string }>> };
    const owned = Object.entries(spec.paths)
      .flatMap(([path, item]) => Object.values(item).map((op) => ({ path, id: op.operationId })))
      .flatMap(({ path, id }) => (id !== undefined && (path.startsWith("/public/") || APPLICATION_READS.includes(id)) ? [id] : []));
    expect(owned.length).toBeGreaterThan(APPLICATION_READS.length);
    expect(contract.declared()).toEqual(owned.sort());
  });
});
