import { describe, expect, it } from "vitest";
import { normalizeMessage, UnsupportedOperationError } from "../src/index.js";
import { parseWebhook, type UnifiedEvent, WebhookVerificationError } from "../src/webhooks/index.js";
import { messageWebhook, NOW, payloadOf, SECRET, signedHeaders } from "./webhook-fixtures.js";

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

async function parse(event: string): Promise<UnifiedEvent> {
  const body = JSON.stringify(payloadOf(event));
  return parseWebhook("chatwoot", { rawBody: body, headers: signedHeaders(body) }, { secret: SECRET, now: NOW });
}

function expectConversation42(c: { id: string; status: string; createdAt: string | null; updatedAt: string | null; channel: string | null; contact: { id: string | null; name: string | null } | null; assignee: { name: string | null } | null; messages: { conversationId: string | null; createdAt: string | null; sender: { role: string } }[] }): void {
  expect(c.id).toBe("42");
  expect(c.createdAt).toBe("2025-12-31T23:40:00.000Z");
  expect(c.updatedAt).toBe("2025-12-31T23:50:00.123Z"); // float seconds keep their milliseconds
  expect(c.channel).toBe("api");
  expect(c.contact).toMatchObject({ id: "7", name: "Maya Chen" });
  expect(c.assignee?.name).toBe("Sam");
  expect(c.messages[0]).toMatchObject({ conversationId: "42", sender: { role: "contact" } });
  expect(c.messages[0]?.createdAt).toMatch(ISO_MS);
}

describe("parseWebhook(chatwoot): every event normalized", () => {
  it("message_created / message_updated: message with ISO ms time, contact role, string ids, conversation id", async () => {
    for (const [name, type] of [["message_created", "message.created"], ["message_updated", "message.updated"]] as const) {
      const e = await parse(name);
      expect(e).toMatchObject({ type, vendor: "chatwoot", vendorEvent: name, deliveryId: "6f1c2a3e-58d4-4c1b-9a7e-2b0d9c4e7f10", receivedAt: "2026-01-01T00:00:00.000Z" });
      if (e.type !== "message.created" && e.type !== "message.updated") throw new Error(e.type);
      expect(e.message).toMatchObject({ id: "9001", conversationId: "42", text: "Hi, I was charged twice for my March invoice.", createdAt: "2026-01-01T00:00:00.123Z" });
      expect(e.message.sender).toEqual({ role: "contact", id: "7", name: "Maya Chen" });
      expect(e.raw.event).toBe(name);
      expectConversation42(e.conversation);
    }
  });

  it("an agent's, a bot's and an automated message get their roles", async () => {
    const cases = [
      [{ message_type: "outgoing", sender: { id: 2, name: "Sam Rivera", email: "sam@acme.example", type: "user" } }, "agent"],
      [{ message_type: "outgoing", sender: { id: 5, name: "Triage", type: "agent_bot" } }, "bot"],
      [{ message_type: "outgoing", sender: null }, "bot"],
      [{ message_type: "template", sender: null }, "bot"],
    ] as const;
    for (const [overrides, role] of cases) {
      const body = JSON.stringify({ ...messageWebhook(overrides), event: "message_created" });
      const e = await parseWebhook("chatwoot", { rawBody: body, headers: signedHeaders(body) }, { secret: SECRET, now: NOW });
      expect(e.type === "message.created" && e.message.sender.role).toBe(role);
    }
  });

  it("conversation_created / conversation_updated", async () => {
    const created = await parse("conversation_created");
    if (created.type !== "conversation.created") throw new Error(created.type);
    expectConversation42(created.conversation);
    expect(created.conversation.status).toBe("open");
    const updated = await parse("conversation_updated");
    if (updated.type !== "conversation.updated") throw new Error(updated.type);
    expectConversation42(updated.conversation);
    expect(updated.changes).toEqual([{ attribute: "priority", previous: null, current: "high" }]);
  });

  it("conversation_status_changed, and the agent-bot resolved / opened events", async () => {
    const changed = await parse("conversation_status_changed");
    expect(changed).toMatchObject({ type: "conversation.status_changed", status: "resolved", previousStatus: "open" });
    expect(await parse("conversation_resolved")).toMatchObject({ type: "conversation.status_changed", status: "resolved", previousStatus: null, vendorEvent: "conversation_resolved" });
    expect(await parse("conversation_opened")).toMatchObject({ type: "conversation.status_changed", status: "open", previousStatus: null });
  });

  it("contact_created / contact_updated", async () => {
    const created = await parse("contact_created");
    expect(created).toMatchObject({ type: "contact.created", contact: { id: "7", name: "Maya Chen", email: "maya@example.com", phone: "+14155550100" } });
    const updated = await parse("contact_updated");
    expect(updated).toMatchObject({ type: "contact.updated", changes: [{ attribute: "email", previous: "old@example.com", current: "maya@example.com" }] });
  });

  it("conversation_typing_on / off", async () => {
    const on = await parse("conversation_typing_on");
    expect(on).toMatchObject({ type: "typing.started", actor: { role: "agent", id: "2", name: "Sam Rivera" }, isPrivate: false, conversation: { id: "42" } });
    expect(await parse("conversation_typing_off")).toMatchObject({ type: "typing.stopped" });
    const body = JSON.stringify({ event: "conversation_typing_on", user: { id: 7, name: "Maya Chen", email: null }, conversation: { id: 42 }, is_private: false });
    const byContact = await parseWebhook("chatwoot", { rawBody: body, headers: signedHeaders(body) }, { secret: SECRET, now: NOW });
    expect(byContact).toMatchObject({ type: "typing.started", actor: { role: "contact", id: "7" } });
  });

  it("unmapped and unknown events are `unknown`, with the payload in raw", async () => {
    for (const name of ["webwidget_triggered", "inbox_created", "conversation_exploded"]) {
      const e = await parse(name);
      expect(e).toMatchObject({ type: "unknown", vendorEvent: name, raw: { event: name } });
    }
  });

  it("refuses a bad signature with WebhookVerificationError, and vendors without webhooks", async () => {
    const body = JSON.stringify(payloadOf("message_created"));
    await expect(parseWebhook("chatwoot", { rawBody: body, headers: signedHeaders(body, { secret: "other" }) }, { secret: SECRET, now: NOW })).rejects.toBeInstanceOf(WebhookVerificationError);
    await expect(parseWebhook("5chat", { rawBody: body, headers: {} }, { secret: SECRET })).rejects.toBeInstanceOf(UnsupportedOperationError);
    await expect(parseWebhook("livechatai", { rawBody: body, headers: {} }, { secret: SECRET })).rejects.toBeInstanceOf(UnsupportedOperationError);
  });
});

describe("parseWebhook(chatwoot): connection and ref", () => {
  it("stamps the connection and a ref the client takes back, from the payload's account", async () => {
    const body = JSON.stringify(payloadOf("message_created"));
    const e = await parseWebhook("chatwoot", { rawBody: body, headers: signedHeaders(body) }, { secret: SECRET, now: NOW, connection: "support" });
    const ref = { connection: "support", accountId: 1, conversationId: 42 };
    expect(e).toMatchObject({ connection: "support", ref });
    if (e.type !== "message.created") throw new Error(e.type);
    expect(e.conversation).toMatchObject({ connection: "support", ref });
    expect(e.message).toMatchObject({ connection: "support", conversationRef: ref });
  });

  it("takes the account from the latest message or the accountId option; no connection → null", async () => {
    const created = JSON.stringify({ ...payloadOf("conversation_created"), messages: [] });
    const options = { secret: SECRET, now: NOW, connection: "support" };
    expect(await parseWebhook("chatwoot", { rawBody: created, headers: signedHeaders(created) }, options)).toMatchObject({ ref: null });
    expect(await parseWebhook("chatwoot", { rawBody: created, headers: signedHeaders(created) }, { ...options, accountId: 9 })).toMatchObject({ ref: { connection: "support", accountId: 9, conversationId: 42 } });
    const typing = JSON.stringify(payloadOf("conversation_typing_on"));
    expect(await parseWebhook("chatwoot", { rawBody: typing, headers: signedHeaders(typing) }, options)).toMatchObject({ ref: { accountId: 1, conversationId: 42 } });
    expect(await parse("message_created")).toMatchObject({ connection: null, ref: null });
    expect(await parse("contact_created")).toMatchObject({ ref: null });
  });
});

describe("normalizeMessage on a message_created payload (issue 11's report)", () => {
  it("reads created_at (ISO), the nested conversation id and the contact sender without `type`", () => {
    const m = normalizeMessage("chatwoot", { ...messageWebhook(), event: "message_created" });
    expect(m.createdAt).toBe("2026-01-01T00:00:00.123Z");
    expect(m.conversationId).toBe("42");
    expect(m.sender.role).toBe("contact");
  });
});
