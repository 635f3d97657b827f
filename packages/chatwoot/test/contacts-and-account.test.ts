/**
 * Contract tests for the application API's contacts, account setup (inboxes, agents, teams,
 * labels, canned responses) and account webhooks: the client against the mock server driven by
 * specs/chatwoot.yaml (real HTTP on 127.0.0.1). The mock validates every request and response
 * against the spec; this file covers every operation carrying one of the tags it owns. Each test
 * names the operations it exercises (`@org/mock-server/vitest`), so the coverage check at the end does
 * not depend on test order.
 */
import { loadSpec, startMockServer, type MockServer } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, createChatwootClient, NotFoundError, type AccountWebhookEvent, type ChatwootClient } from "../src/index.js";
import { contractCoverage } from "@org/mock-server/vitest";
import { CONTACTS_AND_ACCOUNT_TAGS, operationIdsTagged } from "./operation-tags.js";

let mock: MockServer;
let chatwoot: ChatwootClient;
let strict: ChatwootClient;
const contract = contractCoverage(() => mock);

const account_id = 1;
const maya = { account_id, contact_id: 7 };

beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
  chatwoot = createChatwootClient({ baseUrl: mock.baseUrl, apiAccessToken: "contract-test-token" });
  strict = chatwoot.withOptions({ throwOnError: true });
});
afterAll(async () => {
  await mock.close();
});

describe("contacts", () => {
  contract.it("lists page 1 by default and page 2 on request; current_page echoes the query string", ["listAccountContacts"], async () => {
    const first = await strict.GET("/api/v1/accounts/{account_id}/contacts", { params: { path: { account_id }, query: { sort: "-last_activity_at" } } });
    expect(first.data?.meta).toEqual({ count: 3, current_page: 1 });
    expect(first.data?.payload.map((c) => c.name)).toEqual(["Maya Chen", "Daniel Okafor"]);
    expect(first.data?.payload[0]?.contact_inboxes?.map((ci) => ci.inbox.channel_type)).toEqual(["Channel::Api", "Channel::WebWidget"]);

    const second = await strict.GET("/api/v1/accounts/{account_id}/contacts", {
      params: { path: { account_id }, query: { page: 2, include_contact_inboxes: true, "labels[]": ["vip", "churn-risk"] } },
    });
    expect(second.data?.meta.current_page).toBe("2");
    expect(second.data?.payload.map((c) => c.id)).toEqual([8]);
    expect(mock.requests.at(-1)?.query["labels[]"]).toEqual(["vip", "churn-risk"]);
  });

  contract.it("finds a contact by search; a blank q answers 200 with meta.count null (the 422 guard never renders)", ["searchAccountContacts"], async () => {
    const found = await strict.GET("/api/v1/accounts/{account_id}/contacts/search", { params: { path: { account_id }, query: { q: "maya" } } });
    expect(found.data?.payload.map((c) => [c.id, c.email])).toEqual([[7, "maya.chen@example.com"]]);
    const none = await strict.GET("/api/v1/accounts/{account_id}/contacts/search", { params: { path: { account_id }, query: { q: "nobody" } } });
    expect(none.data).toEqual({ meta: { count: 0, current_page: 1 }, payload: [] });

    const blank = await chatwoot.GET("/api/v1/accounts/{account_id}/contacts/search", { params: { path: { account_id }, query: { q: "" } } });
    expect(blank.response.status).toBe(200);
    expect(blank.data).toEqual({ meta: { count: null, current_page: 1 }, payload: [] });
  });

  contract.it("filters with a condition payload", ["filterAccountContacts"], async () => {
    const { data } = await strict.POST("/api/v1/accounts/{account_id}/contacts/filter", {
      params: { path: { account_id }, query: { page: 1 } },
      body: {
        payload: [
          { attribute_key: "plan", filter_operator: "equal_to", values: ["pro"], query_operator: "AND", custom_attribute_type: "contact_attribute" },
          { attribute_key: "last_activity_at", filter_operator: "days_before", values: [30], query_operator: null },
        ],
      },
    });
    expect(data?.payload[0]?.identifier).toBe("cust-1042");
  });

  contract.it("creates a contact with a contact inbox; contact_inbox.inbox is the raw inbox record", ["createAccountContact"], async () => {
    const { data } = await strict.POST("/api/v1/accounts/{account_id}/contacts", {
      params: { path: { account_id } },
      body: { name: "Maya Chen", email: "maya.chen@example.com", phone_number: "+14155550134", identifier: "cust-1042", inbox_id: 5, custom_attributes: { plan: "pro" } },
    });
    expect(data?.payload.contact.id).toBe(7);
    expect(data?.payload.contact_inbox.source_id).toBe("4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a");
    expect(data?.payload.contact_inbox.inbox?.created_at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  contract.it("gets, updates and deletes a contact", ["getAccountContact", "updateAccountContact", "deleteAccountContact"], async () => {
    const shown = await strict.GET("/api/v1/accounts/{account_id}/contacts/{contact_id}", { params: { path: maya, query: { include_contact_inboxes: false } } });
    expect(shown.data?.payload.name).toBe("Maya Chen");

    const updated = await strict.PATCH("/api/v1/accounts/{account_id}/contacts/{contact_id}", {
      params: { path: maya },
      body: { custom_attributes: { plan: "enterprise" }, additional_attributes: { company_name: "Chen Design" }, blocked: false },
    });
    expect(updated.data?.payload.custom_attributes).toEqual({ plan: "enterprise" });

    const deleted = await strict.DELETE("/api/v1/accounts/{account_id}/contacts/{contact_id}", { params: { path: maya } });
    expect(deleted.response.status).toBe(200);
  });

  contract.it("an online contact cannot be deleted (422 {message}); an unknown one is a NotFoundError", ["deleteAccountContact", "getAccountContact"], async () => {
    const online = await chatwoot.DELETE("/api/v1/accounts/{account_id}/contacts/{contact_id}", { params: { path: { account_id, contact_id: 8 } } });
    expect(online.response.status).toBe(422);
    expect(online.error).toEqual({ message: "Priya natarajan is Online, please try again later" });

    const missing = await strict.GET("/api/v1/accounts/{account_id}/contacts/{contact_id}", { params: { path: { account_id, contact_id: 999 } } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  contract.it("lists a contact's conversations and contactable inboxes", ["listAccountContactConversations", "listContactableInboxes"], async () => {
    const conversations = await strict.GET("/api/v1/accounts/{account_id}/contacts/{contact_id}/conversations", { params: { path: maya } });
    expect(conversations.data?.payload.map((c) => [c.id, c.status])).toEqual([[42, "open"]]);

    const inboxes = await strict.GET("/api/v1/accounts/{account_id}/contacts/{contact_id}/contactable_inboxes", { params: { path: maya } });
    expect(inboxes.data?.payload.map((ci) => [ci.inbox.id, ci.source_id])).toEqual([[5, "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a"]]);
  });

  contract.it("creates a contact inbox and merges two contacts", ["createAccountContactInbox", "mergeAccountContacts"], async () => {
    const linked = await strict.POST("/api/v1/accounts/{account_id}/contacts/{contact_id}/contact_inboxes", {
      params: { path: maya },
      body: { inbox_id: 5, source_id: "4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a", hmac_verified: true },
    });
    expect(linked.data?.inbox.name).toBe("Acme Support");

    const merged = await strict.POST("/api/v1/accounts/{account_id}/actions/contact_merge", {
      params: { path: { account_id } },
      body: { base_contact_id: 7, mergee_contact_id: 12 },
    });
    expect(merged.data?.id).toBe(7);
    expect(merged.data).not.toHaveProperty("contact_inboxes");
  });
});

describe("contact write errors, as the controllers render them", () => {
  const contacts = "/api/v1/accounts/{account_id}/contacts" as const;

  contract.it("validation failures are 422 {message, attributes}; a missing email for an email inbox is 422 {error}", ["createAccountContact", "updateAccountContact"], async () => {
    const taken = await chatwoot.POST(contacts, { params: { path: { account_id } }, body: { name: "Dan", email: "daniel.okafor@example.com" } });
    expect([taken.response.status, taken.error]).toEqual([422, { message: "Email has already been taken", attributes: ["email"] }]);

    const phone = await chatwoot.PATCH("/api/v1/accounts/{account_id}/contacts/{contact_id}", { params: { path: maya }, body: { phone_number: "4155550134" } });
    expect(phone.error).toEqual({ message: "Phone number should be in e164 format", attributes: ["phone_number"] });

    const noEmail = await chatwoot.POST(contacts, { params: { path: { account_id } }, body: { name: "Walk-in", inbox_id: 6 } });
    expect([noEmail.response.status, noEmail.error]).toEqual([422, { error: "param is missing or the value is empty: contact email" }]);
  });

  contract.it("an unknown inbox is a 404, an unsupported channel an unrescued 500", ["createAccountContact", "createAccountContactInbox"], async () => {
    const unknown = await strict.POST(contacts, { params: { path: { account_id } }, body: { name: "Maya Chen", inbox_id: 999 } }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);

    const facebook = await chatwoot.POST("/api/v1/accounts/{account_id}/contacts/{contact_id}/contact_inboxes", {
      params: { path: maya },
      body: { inbox_id: 4 },
    });
    expect([facebook.response.status, facebook.error]).toEqual([500, { status: 500, error: "Internal Server Error" }]);

    const noInbox = await chatwoot.POST("/api/v1/accounts/{account_id}/contacts/{contact_id}/contact_inboxes", { params: { path: maya }, body: { inbox_id: 999 } });
    expect(noInbox.response.status).toBe(404);
  });

  contract.it("merging an unknown contact is a 404", ["mergeAccountContacts"], async () => {
    const merged = await chatwoot.POST("/api/v1/accounts/{account_id}/actions/contact_merge", {
      params: { path: { account_id } },
      body: { base_contact_id: 7, mergee_contact_id: 999 },
    });
    expect([merged.response.status, merged.error]).toEqual([404, { error: "Resource could not be found" }]);
  });
});

describe("what acting needs to know", () => {
  contract.it("lists inboxes and gets one", ["listAccountInboxes", "getAccountInbox"], async () => {
    const list = await strict.GET("/api/v1/accounts/{account_id}/inboxes", { params: { path: { account_id } } });
    expect(list.data?.payload.map((i) => [i.id, i.channel_type])).toEqual([
      [5, "Channel::Api"],
      [2, "Channel::WebWidget"],
    ]);
    const one = await strict.GET("/api/v1/accounts/{account_id}/inboxes/{inbox_id}", { params: { path: { account_id, inbox_id: 5 } } });
    expect(one.data?.inbox_identifier).toBe("Yr9bXn3KqW2vT7sL");
    expect(one.data?.working_hours).toHaveLength(7);

    const missing = await strict.GET("/api/v1/accounts/{account_id}/inboxes/{inbox_id}", { params: { path: { account_id, inbox_id: 999 } } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  contract.it("lists agents, teams, one team and its members", ["listAccountAgents", "listAccountTeams", "getAccountTeam", "listAccountTeamMembers"], async () => {
    const agents = await strict.GET("/api/v1/accounts/{account_id}/agents", { params: { path: { account_id } } });
    expect(agents.data?.map((a) => [a.name, a.role])).toEqual([
      ["Jordan Lee", "administrator"],
      ["Sam Rivera", "agent"],
    ]);
    const teams = await strict.GET("/api/v1/accounts/{account_id}/teams", { params: { path: { account_id } } });
    expect(teams.data?.map((t) => t.name)).toEqual(["billing", "onboarding"]);
    const team = await strict.GET("/api/v1/accounts/{account_id}/teams/{team_id}", { params: { path: { account_id, team_id: 1 } } });
    expect(team.data?.is_member).toBe(true);
    const members = await strict.GET("/api/v1/accounts/{account_id}/teams/{team_id}/team_members", { params: { path: { account_id, team_id: 1 } } });
    expect(members.data?.map((m) => m.email)).toEqual(["sam.rivera@acme.example"]);
  });

  contract.it("lists labels and canned responses", ["listAccountLabels", "listAccountCannedResponses"], async () => {
    const labels = await strict.GET("/api/v1/accounts/{account_id}/labels", { params: { path: { account_id } } });
    expect(labels.data?.payload.map((l) => l.title)).toEqual(["billing", "refund"]);
    const canned = await strict.GET("/api/v1/accounts/{account_id}/canned_responses", { params: { path: { account_id }, query: { search: "refund" } } });
    expect(canned.data?.[0]?.short_code).toBe("refund-eta");
  });
});

describe("account webhooks", () => {
  contract.it("lists, creates, updates and deletes a webhook (no secret in v4.10.0)", ["listAccountWebhooks", "createAccountWebhook", "updateAccountWebhook", "deleteAccountWebhook"], async () => {
    const list = await strict.GET("/api/v1/accounts/{account_id}/webhooks", { params: { path: { account_id } } });
    expect(list.data?.payload.webhooks.map((w) => w.inbox?.name ?? null)).toEqual([null, "Acme Support"]);

    const subscriptions: AccountWebhookEvent[] = ["contact_created", "contact_updated", "conversation_status_changed"];
    const created = await strict.POST("/api/v1/accounts/{account_id}/webhooks", {
      params: { path: { account_id } },
      body: { webhook: { name: "CRM sync", url: "https://crm.acme.example/hooks/chatwoot", subscriptions } },
    });
    expect(created.data?.payload.webhook.subscriptions).toEqual(subscriptions);
    expect(created.data?.payload.webhook).not.toHaveProperty("secret");

    const updated = await strict.PATCH("/api/v1/accounts/{account_id}/webhooks/{webhook_id}", {
      params: { path: { account_id, webhook_id: 1 } },
      body: { webhook: { subscriptions: [...subscriptions, "message_created"], inbox_id: null } },
    });
    expect(updated.data?.payload.webhook.subscriptions).toContain("message_created");

    const deleted = await strict.DELETE("/api/v1/accounts/{account_id}/webhooks/{webhook_id}", { params: { path: { account_id, webhook_id: 1 } } });
    expect(deleted.response.status).toBe(200);
    const missing = await strict.DELETE("/api/v1/accounts/{account_id}/webhooks/{webhook_id}", { params: { path: { account_id, webhook_id: 999 } } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
  });
});

describe("errors shared by these operations", () => {
  contract.it("an unknown account is a 404, a foreign one a 401, no token a 401 AuthenticationError", ["listAccountLabels", "listAccountTeams", "listAccountAgents"], async () => {
    const unknown = await chatwoot.GET("/api/v1/accounts/{account_id}/labels", { params: { path: { account_id: 999 } } });
    expect(unknown.response.status).toBe(404);
    expect(unknown.error).toEqual({ error: "Resource could not be found" });

    const foreign = await chatwoot.GET("/api/v1/accounts/{account_id}/teams", { params: { path: { account_id: 2 } } });
    expect(foreign.error).toEqual({ error: "You are not authorized to access this account" });

    const anonymous = createChatwootClient({ baseUrl: mock.baseUrl, throwOnError: true });
    await expect(anonymous.GET("/api/v1/accounts/{account_id}/agents", { params: { path: { account_id } } })).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("contract coverage", () => {
  it("every operation of its tags is exercised by a test of this file", () => {
    const owned = operationIdsTagged(loadSpec("chatwoot"), (tag) => CONTACTS_AND_ACCOUNT_TAGS.some((t) => t === tag));
    expect(owned).toHaveLength(23);
    expect(contract.declared()).toEqual([...owned].sort());
  });
});
