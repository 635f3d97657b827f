/**
 * What a user of `chatwootWebhookPayload` relies on: each event's defaults are the records the
 * TSDoc names (account 1, API inbox 5, contact 7, conversation 42, agent 3), change records say what
 * changed, overrides merge as documented (nested objects key by key; arrays, `null` and
 * `sender`/`user` replace whole; `undefined` keeps the default), `event` is always the event asked
 * for, and every event's payload signs into a delivery the verifier accepts. Written for the
 * mutants Stryker left alive in testing/build.ts (issue 18).
 */
import { describe, expect, it } from "vitest";
import { CHATWOOT_WEBHOOK_EVENTS, signChatwootWebhook, verifyChatwootWebhook } from "../../src/webhooks/index.js";
import {
  CHATWOOT_TEST_ACCOUNT,
  CHATWOOT_TEST_AGENT,
  CHATWOOT_TEST_CONTACT,
  CHATWOOT_TEST_CONVERSATION,
  CHATWOOT_TEST_INBOX,
  chatwootWebhookPayload,
} from "../../src/webhooks/testing/index.js";

/** The single change record of a payload's `changed_attributes`, as `[attribute, { previous_value, current_value }]`. */
function onlyChange(payload: { changed_attributes?: unknown }): [string, { previous_value?: unknown; current_value?: unknown }] {
  const changes = payload.changed_attributes as Record<string, { previous_value?: unknown; current_value?: unknown }>[];
  expect(changes).toHaveLength(1);
  const entries = Object.entries(changes[0] ?? {});
  expect(entries).toHaveLength(1);
  return entries[0] as [string, { previous_value?: unknown; current_value?: unknown }];
}

describe("chatwootWebhookPayload defaults", () => {
  it("conversation_created, _opened and _resolved are the pending conversation 42 itself, with no change record", () => {
    for (const event of ["conversation_created", "conversation_opened", "conversation_resolved"] as const) {
      const payload = chatwootWebhookPayload(event);
      expect(payload).toEqual({ ...CHATWOOT_TEST_CONVERSATION, event });
      expect(payload).not.toHaveProperty("changed_attributes");
    }
  });

  it("conversation_updated and _status_changed say the status went from pending to the payload's own status", () => {
    for (const event of ["conversation_updated", "conversation_status_changed"] as const) {
      const payload = chatwootWebhookPayload(event);
      expect(payload.id).toBe(CHATWOOT_TEST_CONVERSATION.id);
      expect(payload.changed_attributes).toEqual([{ status: { previous_value: CHATWOOT_TEST_CONVERSATION.status, current_value: payload.status } }]);
      expect(payload.status).not.toBe(CHATWOOT_TEST_CONVERSATION.status);
    }
  });

  it("message_created and _updated are the contact's incoming text in conversation 42 of account 1, inbox 5", () => {
    for (const event of ["message_created", "message_updated"] as const) {
      const payload = chatwootWebhookPayload(event);
      expect(payload).toMatchObject({ event, message_type: "incoming", content_type: "text", private: false });
      expect(payload.sender).toEqual(CHATWOOT_TEST_CONTACT);
      expect(payload.account).toEqual(CHATWOOT_TEST_ACCOUNT);
      expect(payload.inbox).toEqual(CHATWOOT_TEST_INBOX);
      expect(payload.conversation).toEqual(CHATWOOT_TEST_CONVERSATION);
    }
  });

  it("contact_created is the contact's webhook data and the event, nothing else", () => {
    const payload = chatwootWebhookPayload("contact_created");
    expect(payload).toEqual({ ...CHATWOOT_TEST_CONTACT, event: "contact_created" });
    expect(Object.keys(payload).sort()).toEqual([...Object.keys(CHATWOOT_TEST_CONTACT), "event"].sort());
  });

  it("contact_updated says the name changed from Maya to the payload's own name", () => {
    const payload = chatwootWebhookPayload("contact_updated");
    expect(payload.name).toBe(CHATWOOT_TEST_CONTACT.name);
    expect(payload.changed_attributes).toEqual([{ name: { previous_value: "Maya", current_value: payload.name } }]);
  });

  it("inbox_created is inbox 5 (the message's inbox), with no change record", () => {
    const payload = chatwootWebhookPayload("inbox_created");
    expect(payload).toMatchObject({ event: "inbox_created", id: CHATWOOT_TEST_INBOX.id, name: CHATWOOT_TEST_INBOX.name, channel_type: "Channel::Api" });
    expect(payload).not.toHaveProperty("changed_attributes");
  });

  it("inbox_updated records one change of one of the inbox's boolean settings", () => {
    const payload = chatwootWebhookPayload("inbox_updated");
    expect(payload.id).toBe(CHATWOOT_TEST_INBOX.id);
    const [attribute, change] = onlyChange(payload);
    expect(payload).toHaveProperty(attribute);
    expect(typeof (payload as Record<string, unknown>)[attribute]).toBe("boolean");
    expect([typeof change.previous_value, typeof change.current_value]).toEqual(["boolean", "boolean"]);
    expect(change.current_value).not.toBe(change.previous_value);
  });

  it("webwidget_triggered carries contact 7 on inbox 5 and what the widget sent: when, from where, in which language", () => {
    const payload = chatwootWebhookPayload("webwidget_triggered");
    expect(payload.contact).toEqual(CHATWOOT_TEST_CONTACT);
    expect(payload.inbox).toEqual(CHATWOOT_TEST_INBOX);
    expect(payload.current_conversation).toEqual(CHATWOOT_TEST_CONVERSATION);
    const info = payload.event_info as { initiated_at?: { timestamp?: string }; referer?: string; widget_language?: string; browser_language?: string };
    // The widget reports the time as JavaScript's Date#toString: the instant conversation 42 was created.
    expect(Date.parse(info.initiated_at?.timestamp ?? "") / 1000).toBe(CHATWOOT_TEST_CONVERSATION.created_at);
    expect(new URL(info.referer ?? "").protocol).toBe("https:");
    expect(info.widget_language).toMatch(/^[a-z]{2}/);
    expect(info.browser_language).toMatch(/^[a-z]{2}/);
  });

  it("typing on and off: agent 3 typing a public reply in conversation 42", () => {
    for (const event of ["conversation_typing_on", "conversation_typing_off"] as const) {
      expect(chatwootWebhookPayload(event)).toEqual({ event, user: CHATWOOT_TEST_AGENT, conversation: CHATWOOT_TEST_CONVERSATION, is_private: false });
    }
  });
});

describe("chatwootWebhookPayload overrides", () => {
  it("an undefined override keeps the default, at the top level and nested", () => {
    const payload = chatwootWebhookPayload("message_created", { content: undefined, conversation: { id: undefined, meta: { team: undefined } } });
    expect(payload.content).toBe(chatwootWebhookPayload("message_created").content);
    expect(payload.conversation).toEqual(CHATWOOT_TEST_CONVERSATION);
  });

  it("an object replaces a null default, and null replaces an object default", () => {
    const assigned = chatwootWebhookPayload("conversation_created", { meta: { assignee: CHATWOOT_TEST_AGENT, team: { id: 2, name: "billing" } } });
    expect(assigned.meta.assignee).toEqual(CHATWOOT_TEST_AGENT);
    expect(assigned.meta.team).toEqual({ id: 2, name: "billing" });
    expect(assigned.meta.sender).toEqual(CHATWOOT_TEST_CONVERSATION.meta.sender);

    const quiet = chatwootWebhookPayload("webwidget_triggered", { event_info: null, current_conversation: { meta: { sender: { name: "Maya C." } } } });
    expect(quiet.event_info).toBeNull();
    expect(quiet.current_conversation?.meta.sender).toEqual({ ...CHATWOOT_TEST_CONVERSATION.meta.sender, name: "Maya C." });
  });

  it("an array replaces the default array whole (changed_attributes, labels), and may be null where the spec allows", () => {
    const resolved = chatwootWebhookPayload("conversation_status_changed", {
      status: "resolved",
      labels: ["billing"],
      changed_attributes: [{ status: { previous_value: "open", current_value: "resolved" } }],
    });
    expect(resolved.changed_attributes).toEqual([{ status: { previous_value: "open", current_value: "resolved" } }]);
    expect(resolved.labels).toEqual(["billing"]);
    expect(chatwootWebhookPayload("conversation_updated", { changed_attributes: null }).changed_attributes).toBeNull();
  });

  it("the user of a typing event is replaced whole: a contact typing has no agent fields left over", () => {
    const payload = chatwootWebhookPayload("conversation_typing_on", { user: CHATWOOT_TEST_CONTACT, is_private: true });
    expect(payload.user).toEqual(CHATWOOT_TEST_CONTACT);
    expect(payload.user).not.toHaveProperty("type");
    expect(payload.is_private).toBe(true);
  });

  it("`event` is always the event asked for, whatever the overrides say", () => {
    const overrides = { event: "message_updated", content: "edited" } as unknown as { content: string };
    const payload = chatwootWebhookPayload("message_created", overrides);
    expect(payload).toMatchObject({ event: "message_created", content: "edited" });
    expect(Object.keys(payload).sort()).toEqual(Object.keys(chatwootWebhookPayload("message_created")).sort());
  });
});

describe("built payloads as deliveries", () => {
  it.each(CHATWOOT_WEBHOOK_EVENTS.map((e) => [e]))("%s signs into a delivery the verifier accepts as that event, payload intact", async (event) => {
    const payload = chatwootWebhookPayload(event);
    const { body, headers } = await signChatwootWebhook({ payload, secret: "whsec_test", timestamp: 1_710_513_160, deliveryId: `d-${event}` });
    const delivery = await verifyChatwootWebhook({ rawBody: body, headers, secret: "whsec_test", now: 1_710_513_160_000 });
    expect(delivery).toMatchObject({ known: true, event, deliveryId: `d-${event}`, payload });
  });
});

describe("built payloads are independent", () => {
  it("editing one payload in place changes neither the next payload nor the exported records", () => {
    const first = chatwootWebhookPayload("message_created");
    first.conversation.id = 7;
    first.conversation.meta.sender.name = "Mallory";
    const nested = chatwootWebhookPayload("message_created", { conversation: { meta: { assignee_type: "AgentBot" } } });
    nested.conversation.meta.sender.name = "Eve";
    expect(chatwootWebhookPayload("message_created").conversation.id).toBe(CHATWOOT_TEST_CONVERSATION.id);
    expect(chatwootWebhookPayload("conversation_created").meta.sender.name).toBe(CHATWOOT_TEST_CONTACT.name);
    expect(CHATWOOT_TEST_CONVERSATION.id).toBe(42);
    expect(CHATWOOT_TEST_CONTACT.name).toBe("Maya Chen");
  });

  it("inbox_updated's change record ends at the payload's own value", () => {
    const payload = chatwootWebhookPayload("inbox_updated");
    expect(payload.changed_attributes).toEqual([{ greeting_enabled: { previous_value: true, current_value: payload.greeting_enabled } }]);
  });
});
