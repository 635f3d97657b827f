/**
 * One end-to-end agent workflow against the Chatwoot mock (real HTTP on 127.0.0.1): find a
 * contact → open a conversation → reply → add a private note → assign → label → resolve → find it
 * among the resolved conversations. Each step is answered from the spec's examples (selected by
 * `x-mock-match` on the path, query or body), which tell one coherent story: Sam Rivera follows up
 * with Maya Chen about her refund in conversation 43.
 */
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createChatwootClient, type ChatwootClient } from "../src/index.js";

let mock: MockServer;
let chatwoot: ChatwootClient;

/** The data of a call; the client throws on HTTP errors (`throwOnError`), so this only narrows the type. */
function must<T>(result: { data?: T }): T {
  if (result.data === undefined) throw new Error("no data in a successful answer");
  return result.data;
}

beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
  chatwoot = createChatwootClient({ baseUrl: mock.baseUrl, apiAccessToken: "workflow-token", throwOnError: true });
});
afterAll(async () => {
  await mock.close();
});

it("an agent follows up with a contact, from search to resolved list", async () => {
  const profile = must(await chatwoot.GET("/api/v1/profile"));
  const account_id = profile.accounts[0]?.id ?? 0;
  expect(account_id).toBe(1);

  const found = must(await chatwoot.GET("/api/v1/accounts/{account_id}/contacts/search", { params: { path: { account_id }, query: { q: "maya" } } }));
  const maya = found.payload.find((c) => c.email === "maya.chen@example.com");
  expect(maya?.id).toBe(7);
  const contact_id = maya?.id ?? 0;

  const opened = must(await chatwoot.POST("/api/v1/accounts/{account_id}/conversations", {
    params: { path: { account_id } },
    body: { inbox_id: 5, contact_id, custom_attributes: { invoice_number: "INV-2024-03-1187" } },
  }));
  expect(opened).toMatchObject({ id: 43, status: "open", meta: { sender: { id: contact_id } } });
  const path = { account_id, conversation_id: opened.id };

  const messages = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages" as const;
  const reply = must(await chatwoot.POST(messages, {
    params: { path },
    body: { content: "Hi Maya, your $49 refund has been processed and should reach your card by March 22." },
  }));
  expect(reply).toMatchObject({ conversation_id: 43, private: false, message_type: 1 });
  const note = must(await chatwoot.POST(messages, { params: { path }, body: { content: "Stripe confirms refund RF-2291 reached Maya's card.", private: true } }));
  expect(note).toMatchObject({ conversation_id: 43, private: true });
  expect(note.id).toBeGreaterThan(reply.id);

  const assignee = must(await chatwoot.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments", {
    params: { path },
    body: { assignee_id: profile.id },
  }));
  expect(assignee).toMatchObject({ id: profile.id, name: profile.name });

  const labels = must(await chatwoot.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels", {
    params: { path },
    body: { labels: ["billing", "refund"] },
  }));
  expect(labels.payload).toEqual(["billing", "refund"]);

  const status = must(await chatwoot.POST("/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status", {
    params: { path },
    body: { status: "resolved" },
  }));
  expect(status.payload).toMatchObject({ conversation_id: 43, current_status: "resolved" });

  const resolved = must(await chatwoot.GET("/api/v1/accounts/{account_id}/conversations", { params: { path: { account_id }, query: { status: "resolved" } } }));
  const listed = resolved.data.payload.find((c) => c.id === opened.id);
  expect(listed).toMatchObject({ status: "resolved", labels: ["billing", "refund"], meta: { assignee: { id: profile.id } } });
  expect(listed?.last_non_activity_message).toMatchObject({ id: note.id, private: true });

  expect(mock.violations).toEqual([]);
  expect(mock.requests.map((r) => `${r.method} ${r.status} ${r.operationId ?? ""}`)).toEqual([
    "GET 200 getProfile",
    "GET 200 searchAccountContacts",
    "POST 200 createAccountConversation",
    "POST 200 createAccountConversationMessage",
    "POST 200 createAccountConversationMessage",
    "POST 200 assignAccountConversation",
    "POST 200 setAccountConversationLabels",
    "POST 200 toggleAccountConversationStatus",
    "GET 200 listAccountConversations",
  ]);
});
