/**
 * Contract tests for the agent's side of a conversation (application API, `api_access_token`):
 * the client against the mock server driven by specs/chatwoot.yaml (real HTTP on 127.0.0.1). The
 * mock validates every request (JSON and multipart bodies) against the spec and answers from its
 * examples, selected by `x-mock-match`. Each test names the operations it exercises
 * (`@org/mock-server/vitest`), so the coverage check at the end does not depend on test order.
 */
import { loadSpec, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createChatwootClient, type ChatwootClient } from "../src/index.js";
import { contractCoverage } from "@org/mock-server/vitest";

let mock: MockServer;
let chatwoot: ChatwootClient;
const conversation = { account_id: 1, conversation_id: 42 };

const contract = contractCoverage(() => mock);

beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
  chatwoot = createChatwootClient({ baseUrl: mock.baseUrl, apiAccessToken: "agent-side-token", throwOnError: true });
});
afterAll(async () => {
  await mock.close();
});

/** Operations under the paths this file owns: the profile and everything below /conversations except the three reads. */
const OWNED_PATHS = /^\/api\/v1\/(profile$|accounts\/\{account_id\}\/conversations)/;
const READS = new Set(["listAccountConversations", "getAccountConversation", "listAccountConversationMessages"]);

function ownedOperationIds(doc: { paths: Record<string, Record<string, { operationId?: string }>> }): string[] {
  const ids: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!OWNED_PATHS.test(path)) continue;
    for (const operation of Object.values(item)) {
      if (typeof operation === "object" && typeof operation.operationId === "string" && !READS.has(operation.operationId)) ids.push(operation.operationId);
    }
  }
  return ids.sort();
}

describe("messages", () => {
  const path = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages" as const;

  contract.it("sends an agent reply and a private note (selected by the body's `private`)", ["createAccountConversationMessage"], async () => {
    const reply = await chatwoot.POST(path, { params: { path: conversation }, body: { content: "It usually shows up within 5–7 business days." } });
    expect(reply.data).toMatchObject({ id: expect.any(Number) as unknown, private: false, message_type: 1, sender: { type: "user" } });
    const note = await chatwoot.POST(path, { params: { path: conversation }, body: { content: "Refund RF-2291 issued.", private: true } });
    expect(note.data).toMatchObject({ id: expect.any(Number) as unknown, private: true });
    // The stateful mock numbers each new message.
    expect(note.data?.id).not.toBe(reply.data?.id);
    expect(mock.requests.at(-1)?.body).toEqual({ content: "Refund RF-2291 issued.", private: true });
  });

  contract.it("records an incoming message on the API inbox, and gets 422 on a website inbox", ["createAccountConversationMessage"], async () => {
    const incoming = await chatwoot.POST(path, {
      params: { path: conversation },
      body: { content: "Great, thank you!", message_type: "incoming", source_id: "crm-msg-5531" },
    });
    expect(incoming.data).toMatchObject({ message_type: 0, source_id: "crm-msg-5531", sender: { type: "contact" } });
    const refused = await chatwoot
      .withOptions({ throwOnError: false })
      .POST(path, { params: { path: { account_id: 1, conversation_id: 41 } }, body: { content: "Hi", message_type: "incoming" } });
    expect(refused.response.status).toBe(422);
    expect(refused.error).toEqual({ error: "Incoming messages are only allowed in Api inboxes" });
  });

  contract.it("sends rich content and a WhatsApp template as exact JSON bodies", ["createAccountConversationMessage"], async () => {
    const select = await chatwoot.POST(path, {
      params: { path: conversation },
      body: {
        content: "Did the refund reach your card?",
        content_type: "input_select",
        content_attributes: { items: [{ title: "Yes, thanks", value: "refund_received" }] },
        echo_id: "draft-7",
      },
    });
    expect(select.response.status).toBe(200);
    const template = await chatwoot.POST(path, {
      params: { path: conversation },
      body: { template_params: { name: "refund_processed", language: "en_US", processed_params: { body: { "1": "Maya" } } } },
    });
    expect(template.response.status).toBe(200);
  });

  contract.it("sends attachments as multipart/form-data, which the mock parses and validates", ["createAccountConversationMessage"], async () => {
    const form = new FormData();
    form.append("content", "Here is the refund confirmation.");
    form.append("private", "false");
    form.append("attachments[]", new File(["%PDF-1.4 refund"], "refund-RF-2291.pdf", { type: "application/pdf" }));
    const { data } = await chatwoot.POST(path, {
      params: { path: conversation },
      // openapi-fetch sends a FormData body as is (fetch sets the multipart boundary).
      body: { content: "Here is the refund confirmation." },
      bodySerializer: () => form,
    });
    expect(data?.attachments?.[0]).toMatchObject({ file_type: "file", message_id: data?.id });
    expect(mock.requests.at(-1)?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(mock.requests.at(-1)?.body).toEqual({ content: "Here is the refund confirmation.", private: false, "attachments[]": ["refund-RF-2291.pdf"] });
  });

  contract.it("`if (error) throw` narrows data: the error union (the plain-text 429 typed as the literal `Retry later\\n`) has no falsy member", ["createAccountConversationMessage"], async () => {
    const { data, error } = await chatwoot.withOptions({ throwOnError: false }).POST(path, { params: { path: conversation }, body: { content: "Hi" } });
    // The plain-text 429 is typed as its literal body, which is truthy, so the check below narrows.
    expectTypeOf<"Retry later\n">().toExtend<NonNullable<typeof error>>();
    if (error) throw new Error(`unexpected ${JSON.stringify(error)}`);
    expectTypeOf(data.id).toEqualTypeOf<number>();
    expect(data.id).toBeGreaterThan(0);
  });

  contract.it("deletes a message (the answer is the emptied message)", ["deleteAccountConversationMessage"], async () => {
    const { data } = await chatwoot.DELETE(`${path}/{message_id}`, { params: { path: { ...conversation, message_id: 5106 } } });
    expect(data).toMatchObject({ content: "This message was deleted", content_attributes: { deleted: true } });
  });
});

describe("status, assignment, labels", () => {
  contract.it("resolves and snoozes", ["toggleAccountConversationStatus"], async () => {
    const base = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status" as const;
    const resolved = await chatwoot.POST(base, { params: { path: conversation }, body: { status: "resolved" } });
    expect(resolved.data?.payload).toEqual({ success: true, conversation_id: 42, current_status: "resolved", snoozed_until: null });
    const snoozed = await chatwoot.POST(base, { params: { path: conversation }, body: { status: "snoozed", snoozed_until: 1710752400 } });
    expect(snoozed.data?.payload.snoozed_until).toBe("2024-03-18T09:00:00.000Z");
  });

  contract.it("assigns and unassigns an agent and a team", ["assignAccountConversation"], async () => {
    const path = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/assignments" as const;
    const agent = await chatwoot.POST(path, { params: { path: conversation }, body: { assignee_id: 3 } });
    expect(agent.data).toMatchObject({ id: 3, name: "Sam Rivera" });
    const team = await chatwoot.POST(path, { params: { path: conversation }, body: { team_id: 2 } });
    expect(team.data).toMatchObject({ id: 2, name: "billing" });
    const noAgent = await chatwoot.POST(path, { params: { path: conversation }, body: { assignee_id: null } });
    expect(noAgent.data).toBeNull();
    const noTeam = await chatwoot.POST(path, { params: { path: conversation }, body: { team_id: null } });
    expect(noTeam.data).toBeNull();
    const bot = await chatwoot.POST(path, { params: { path: conversation }, body: { assignee_id: 1, assignee_type: "AgentBot" } });
    expect(bot.data).toMatchObject({ bot_type: "webhook" });
  });

  contract.it("reads and sets labels", ["setAccountConversationLabels", "listAccountConversationLabels"], async () => {
    const path = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/labels" as const;
    const set = await chatwoot.POST(path, { params: { path: conversation }, body: { labels: ["billing", "refund"] } });
    expect(set.data?.payload).toEqual(["billing", "refund"]);
    const read = await chatwoot.GET(path, { params: { path: conversation } });
    expect(read.data?.payload).toEqual(["billing", "refund"]);
  });
});

describe("conversations", () => {
  const one = "/api/v1/accounts/{account_id}/conversations/{conversation_id}" as const;

  contract.it("opens a conversation with a contact", ["createAccountConversation"], async () => {
    const { data } = await chatwoot.POST("/api/v1/accounts/{account_id}/conversations", {
      params: { path: { account_id: 1 } },
      body: { inbox_id: 5, contact_id: 7, custom_attributes: { invoice_number: "INV-2024-03-1187" } },
    });
    expect(data).toMatchObject({ id: 43, status: "open", messages: [], meta: { sender: { id: 7 } } });
    expect(data?.meta.assignee).toBeUndefined();
  });

  contract.it("updates the priority (PATCH answers the conversation, toggle_priority an empty body)", ["updateAccountConversation", "toggleAccountConversationPriority"], async () => {
    const updated = await chatwoot.PATCH(one, { params: { path: conversation }, body: { priority: "high" } });
    expect(updated.data?.priority).toBe("high");
    const toggled = await chatwoot.POST(`${one}/toggle_priority`, { params: { path: conversation }, body: { priority: null } });
    expect(toggled.response.status).toBe(200);
  });

  contract.it("toggles the typing indicator (an empty 200)", ["toggleAccountConversationTypingStatus"], async () => {
    const on = await chatwoot.POST(`${one}/toggle_typing_status`, { params: { path: conversation }, body: { typing_status: "on" } });
    expect(on.response.status).toBe(200);
    const off = await chatwoot.POST(`${one}/toggle_typing_status`, { params: { path: conversation }, body: { typing_status: "off", is_private: true } });
    expect(off.response.status).toBe(200);
    expect(mock.requests.at(-1)?.body).toEqual({ typing_status: "off", is_private: true });
  });

  contract.it("replaces the custom attributes", ["setAccountConversationCustomAttributes"], async () => {
    const { data } = await chatwoot.POST(`${one}/custom_attributes`, {
      params: { path: conversation },
      body: { custom_attributes: { invoice_number: "INV-2024-03-1187", refund_id: "RF-2291" } },
    });
    expect(data?.custom_attributes).toEqual({ invoice_number: "INV-2024-03-1187", refund_id: "RF-2291" });
  });

  contract.it("marks unread and read", ["markAccountConversationUnread", "updateAccountConversationLastSeen"], async () => {
    const unread = await chatwoot.POST(`${one}/unread`, { params: { path: conversation } });
    expect(unread.data).toMatchObject({ unread_count: 1, agent_last_seen_at: 1710513159 });
    const seen = await chatwoot.POST(`${one}/update_last_seen`, { params: { path: conversation } });
    expect(seen.data).toMatchObject({ unread_count: 0, agent_last_seen_at: 1710513300 });
  });

  contract.it("counts and filters", ["getAccountConversationsMeta", "filterAccountConversations"], async () => {
    const meta = await chatwoot.GET("/api/v1/accounts/{account_id}/conversations/meta", {
      params: { path: { account_id: 1 }, query: { status: "open", conversation_type: "unattended", "labels[]": ["billing"] } },
    });
    expect(meta.data?.meta).toEqual({ mine_count: 1, assigned_count: 1, unassigned_count: 0, all_count: 1 });
    const filtered = await chatwoot.POST("/api/v1/accounts/{account_id}/conversations/filter", {
      params: { path: { account_id: 1 }, query: { page: 1 } },
      body: {
        payload: [
          { attribute_key: "status", filter_operator: "equal_to", values: ["open"], query_operator: "AND" },
          { attribute_key: "labels", filter_operator: "equal_to", values: ["billing"], query_operator: null },
        ],
      },
    });
    expect(filtered.data?.payload.map((c) => c.id)).toEqual([42]);
    expect(filtered.data?.meta).not.toHaveProperty("assigned_count");
  });

  contract.it("lists with the finder's other parameters, and 404s for an unknown team", ["listAccountConversations"], async () => {
    const list = await chatwoot.GET("/api/v1/accounts/{account_id}/conversations", {
      params: { path: { account_id: 1 }, query: { sort_by: "created_at_desc", source_id: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", updated_within: 3600 } },
    });
    expect(list.response.status).toBe(200);
    const missing = await chatwoot.withOptions({ throwOnError: false }).GET("/api/v1/accounts/{account_id}/conversations", {
      params: { path: { account_id: 1 }, query: { team_id: 999 } },
    });
    expect(missing.response.status).toBe(404);
  });
});

describe("profile", () => {
  contract.it("lists the accounts the token can act in, with the role there", ["getProfile"], async () => {
    const { data } = await chatwoot.GET("/api/v1/profile");
    expect(data?.accounts.map((a) => ({ id: a.id, role: a.role }))).toEqual([{ id: 1, role: "agent" }]);
  });
});

describe("agent-side coverage", () => {
  it("every operation of its paths is exercised by a test of this file", () => {
    const owned = ownedOperationIds(loadSpec("chatwoot") as Parameters<typeof ownedOperationIds>[0]);
    expect(owned.length).toBeGreaterThan(0);
    const declared = contract.declared();
    expect(owned.filter((id) => !declared.includes(id))).toEqual([]);
  });
});
