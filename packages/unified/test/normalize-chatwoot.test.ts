/**
 * The Chatwoot normalizer's tables and fallbacks, one case each: sender types and message types,
 * channels, attachment kinds and names, where a message's conversation id and a conversation's
 * contact and channel come from. Written for the mutants Stryker left alive (issue 18).
 */
import { describe, expect, it } from "vitest";
import { normalizeConversation, normalizeMessage } from "../src/index.js";

const message = (m: Record<string, unknown>) => normalizeMessage("chatwoot", { id: 1, ...m });
const conversation = (c: Record<string, unknown>) => normalizeConversation("chatwoot", { id: 42, ...c });

describe("Chatwoot message senders", () => {
  it.each([
    ["contact", "contact"],
    ["user", "agent"],
    ["agent_bot", "bot"],
    ["captain_assistant", "bot"],
    ["Contact", "contact"],
    ["User", "agent"],
    ["AgentBot", "bot"],
    ["Captain::Assistant", "bot"],
    ["Robot", "unknown"],
  ])("sender.type %s is %s, and so is sender_type", (type, role) => {
    expect(message({ sender: { id: 5, type } }).sender.role).toBe(role);
    expect(message({ sender_type: type, message_type: 0 }).sender.role).toBe(role);
  });

  it.each([
    [0, "contact"],
    [1, "bot"],
    [2, "system"],
    [3, "bot"],
    [4, "unknown"],
    [1.5, "unknown"],
    ["incoming", "contact"],
    ["outgoing", "bot"],
    ["activity", "system"],
    ["template", "bot"],
    ["other", "unknown"],
  ])("with no sender type, message_type %s is %s", (messageType, role) => {
    expect(message({ message_type: messageType }).sender.role).toBe(role);
  });

  it("takes the sender's id and available name first, then the message's sender_id and the name", () => {
    expect(message({ sender: { id: 5, type: "user", available_name: "Sam", name: "Samuel" } }).sender).toEqual({ role: "agent", id: "5", name: "Sam" });
    expect(message({ sender_id: 9, sender: { type: "user", name: "Samuel" } }).sender).toEqual({ role: "agent", id: "9", name: "Samuel" });
  });
});

describe("Chatwoot message fields", () => {
  it("names its vendor and reads its id", () => {
    expect(message({ id: 77 })).toMatchObject({ vendor: "chatwoot", id: "77" });
    expect(conversation({})).toMatchObject({ vendor: "chatwoot", id: "42" });
  });

  it("finds the conversation id in conversation_id, then conversation.id", () => {
    expect(message({ conversation_id: 7 }).conversationId).toBe("7");
    expect(message({ conversation: { id: 8 } }).conversationId).toBe("8");
    expect(message({}).conversationId).toBeNull();
  });

  it("reads created_at as unix seconds, or as an ISO string (webhook deliveries)", () => {
    expect(message({ created_at: 1710513005 }).createdAt).toBe("2024-03-15T14:30:05.000Z");
    expect(message({ created_at: "2024-03-15T14:30:05.123Z" }).createdAt).toBe("2024-03-15T14:30:05.123Z");
  });

  it("reads each attachment kind, its size, and a name from fallback_title before the URL", () => {
    const kinds = ["image", "audio", "video", "file", "location", "fallback"];
    const m = message({ attachments: kinds.map((k, i) => ({ id: i, file_type: k, data_url: `https://x.test/f/${k}.bin#frag`, file_size: i })) });
    expect(m.attachments.map((a) => a.kind)).toEqual(["image", "audio", "video", "file", "location", "other"]);
    expect(m.attachments.map((a) => a.name)).toEqual(kinds.map((k) => `${k}.bin`));
    expect(m.attachments.map((a) => a.sizeBytes)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(m.attachments[0]?.mimeType).toBeNull();
    const titled = message({ attachments: [{ file_type: "location", fallback_title: "Office", data_url: "https://x.test/map" }] });
    expect(titled.attachments[0]?.name).toBe("Office");
  });

  it("has no attachment name for a URL that ends in a slash or has none", () => {
    expect(message({ attachments: [{ file_type: "file", data_url: "https://x.test/f/" }] }).attachments[0]?.name).toBeNull();
    expect(message({ attachments: [{ file_type: "file" }] }).attachments[0]).toMatchObject({ name: null, url: null });
  });
});

describe("Chatwoot conversation fields", () => {
  it.each([
    ["Channel::WebWidget", "web"],
    ["Channel::Api", "api"],
    ["Channel::Email", "email"],
    ["Channel::Whatsapp", "whatsapp"],
    ["Channel::FacebookPage", "facebook"],
    ["Channel::Instagram", "instagram"],
    ["Channel::TwitterProfile", "twitter"],
    ["Channel::TwilioSms", "sms"],
    ["Channel::Sms", "sms"],
    ["Channel::Telegram", "telegram"],
    ["Channel::Line", "line"],
    ["Channel::Voice", "voice"],
    ["Channel::NewThing", "newthing"],
    ["Custom", "custom"],
    ["Vendor::Channel::Chat", "vendor::channel::chat"],
  ])("meta.channel %s is %s", (name, unified) => {
    expect(conversation({ meta: { channel: name } }).channel).toBe(unified);
  });

  it("takes a webhook delivery's top-level channel when meta has none; no meta means the public API or nothing", () => {
    expect(conversation({ meta: {}, channel: "Channel::Email" }).channel).toBe("email");
    expect(conversation({ meta: {} }).channel).toBeNull();
    expect(conversation({ contact: { id: 3 } }).channel).toBe("api");
    expect(conversation({}).channel).toBeNull();
  });

  it("reads labels as tags", () => {
    expect(conversation({ labels: ["billing", "vip"] }).tags).toEqual(["billing", "vip"]);
  });

  it("maps each status; anything else is unknown", () => {
    for (const s of ["open", "pending", "resolved", "snoozed"]) expect(conversation({ status: s }).status).toBe(s);
    expect(conversation({ status: "closed" }).status).toBe("unknown");
  });

  it("takes the contact from contact, else meta.sender; the assignee's available name first", () => {
    expect(conversation({ contact: { id: 3, name: "Maya", email: "m@x.test", phone_number: "+1555" } }).contact).toMatchObject({ id: "3", name: "Maya", email: "m@x.test", phone: "+1555" });
    expect(conversation({ meta: { sender: { id: 4, name: "Lee" } } }).contact).toMatchObject({ id: "4", name: "Lee" });
    expect(conversation({ meta: { assignee: { id: 2, available_name: "Sam", name: "Samuel", email: "s@x.test" } } }).assignee).toEqual({ id: "2", name: "Sam", email: "s@x.test" });
    expect(conversation({ meta: { assignee: { id: 2, name: "Samuel" } } }).assignee?.name).toBe("Samuel");
    expect(conversation({}).assignee).toBeNull();
    expect(conversation({}).contact).toBeNull();
  });

  it("dates its last message from the messages or last_non_activity_message, whichever is later", () => {
    const c = conversation({ messages: [{ id: 1, created_at: 100 }, { id: 2, created_at: 300 }], last_non_activity_message: { created_at: 200 } });
    expect(c.lastMessageAt).toBe("1970-01-01T00:05:00.000Z");
    expect(conversation({ last_non_activity_message: { created_at: 200 } }).lastMessageAt).toBe("1970-01-01T00:03:20.000Z");
    expect(c.messages.map((m) => m.conversationId)).toEqual(["42", "42"]);
  });

  it("without an id, the id is empty and its messages keep their own conversation ids", () => {
    const c = normalizeConversation("chatwoot", { messages: [{ id: 1, conversation_id: 9 }] });
    expect(c.id).toBe("");
    expect(c.messages[0]?.conversationId).toBe("9");
    expect([c.closedAt, c.summary, c.rating]).toEqual([null, null, null]);
  });
});
