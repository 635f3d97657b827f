/**
 * The mock refuses what the spec refuses, and the types refuse it first: a misspelt body field, a
 * text part where the multipart schema wants a file, an event Chatwoot 4.10.0 does not accept.
 * Each test has a mock of its own, so the intended violations never reach the contract files' mocks.
 */
import { startMockServer, type MockServer } from "@org/mock-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createChatwootClient, type ChatwootClient, type ContactUpdateRequest } from "../src/index.js";

const account_id = 1;
const conversation = { account_id, conversation_id: 42 };
const maya = { account_id, contact_id: 7 };
const messages = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages" as const;

let refusing: MockServer;
let client: ChatwootClient;
beforeEach(async () => {
  refusing = await startMockServer({ vendor: "chatwoot" });
  client = createChatwootClient({ baseUrl: refusing.baseUrl, apiAccessToken: "refusals-token" });
});
afterEach(async () => {
  await refusing.close();
});

describe("the mock refuses what the spec refuses", () => {
  it("a misspelt body field", async () => {
    const body = JSON.parse('{"content":"hi","privat":true}') as { content: string };
    const { response } = await client.POST(messages, { params: { path: conversation }, body });
    expect(response.status).toBe(400);
    expect(refusing.violations.map((v) => v.message)).toEqual(["body must NOT have additional properties (privat)"]);
  });

  it("a text field where the multipart schema wants a file", async () => {
    const form = new FormData();
    form.append("attachments[]", "not a file");
    const { response } = await client.POST(messages, { params: { path: conversation }, body: { content: "" }, bodySerializer: () => form });
    expect(response.status).toBe(400);
    expect(refusing.violations.map((v) => v.message)).toEqual(["body/attachments[] must be a file part"]);
  });
});

describe("exact request bodies", () => {
  it("a misspelt optional field does not compile, and the mock refuses it", async () => {
    // @ts-expect-error -- `custom_attribute` (singular) is not a field; Chatwoot would drop it silently.
    const typo: ContactUpdateRequest = { custom_attribute: { plan: "enterprise" } };
    const { response } = await client.PATCH("/api/v1/accounts/{account_id}/contacts/{contact_id}", { params: { path: maya }, body: typo });
    expect(response.status).toBe(400);
    expect(refusing.violations.map((v) => [v.operationId, v.where])).toEqual([["updateAccountContact", "body"]]);

    await client.POST("/api/v1/accounts/{account_id}/webhooks", {
      params: { path: { account_id } },
      // @ts-expect-error -- `conversation_resolved` is not an event Chatwoot 4.10.0 accepts.
      body: { webhook: { url: "https://crm.acme.example/hooks/chatwoot", subscriptions: ["conversation_resolved"] } },
    });
    expect(refusing.violations.at(-1)?.operationId).toBe("createAccountWebhook");
  });
});
