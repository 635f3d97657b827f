/**
 * Normalizers on real fixtures (the spec examples the mock servers serve) and on every enum value
 * the specs list.
 */
import { describe, expect, it } from "vitest";
import { normalizeConversation, normalizeMessage, InvalidPayloadError, type SenderRole } from "../src/index.js";
import { enumValues, example, schemaAt } from "./fixtures.js";

const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("the example story, through each vendor's normalizer", () => {
  it("5chat GET /conversations/{token}", () => {
    const payload = example("5chat", "getConversation");
    const c = normalizeConversation("5chat", payload);
    expect(c).toMatchObject({
      vendor: "5chat",
      id: "c7d1e2f3a4b5",
      status: "open",
      createdAt: "2024-03-15T14:30:00.000Z",
      channel: "web",
      contact: { name: "Maya Chen" },
      assignee: { name: "Sam Rivera" },
    });
    expect(c.tags.length).toBeGreaterThan(0);
    expect(c.summary).toMatch(/charged twice/);
    expect(c.messages).toHaveLength(4);
    expect(c.messages.map((m) => m.sender.role)).toEqual(["contact", "agent", "contact", "agent"]);
    expect(c.messages[0]?.text).toBe("Hi, I was charged twice for my March invoice.");
    expect(c.messages[0]?.createdAt).toBe("2024-03-15T14:30:05.000Z");
    expect(c.lastMessageAt).toBe("2024-03-15T14:33:30.000Z");
    expect(c.raw).toBe(payload);
  });

  it("LiveChatAI GET /conversations/{conversationId} (data of the envelope)", () => {
    const body = example("livechatai", "getConversation");
    const data = body["data"] as Record<string, unknown>;
    const c = normalizeConversation("livechatai", data);
    expect(c).toMatchObject({
      vendor: "livechatai",
      id: "chat_9b2e4d6f80",
      status: "open",
      createdAt: "2024-03-15T14:30:00.000Z",
      lastMessageAt: "2024-03-15T14:33:30.000Z",
      assignee: { name: "Sam Rivera" },
    });
    expect(c.messages.map((m) => m.sender.role)).toEqual(["contact", "bot", "contact", "agent"]);
    expect(c.messages[3]?.sender.name).toBe("Sam Rivera");
    expect(c.raw).toBe(data);
    // The envelope itself is accepted too.
    expect(normalizeConversation("livechatai", body).id).toBe("chat_9b2e4d6f80");
  });

  it("Chatwoot public GET conversation", () => {
    const payload = example("chatwoot", "getConversation");
    const c = normalizeConversation("chatwoot", payload);
    expect(c).toMatchObject({ vendor: "chatwoot", id: "42", status: "open", channel: "api", contact: { name: "Maya Chen", email: "maya.chen@example.com" } });
    expect(c.messages.map((m) => m.sender.role)).toEqual(["contact", "agent", "contact", "agent"]);
    expect(c.messages[0]?.createdAt).toBe("2024-03-15T14:30:05.000Z");
    expect(c.messages.flatMap((m) => m.attachments).map((a) => a.kind)).toContain("image");
    expect(c.raw).toBe(payload);
  });

  it("Chatwoot application GET conversation", () => {
    const payload = example("chatwoot", "getAccountConversation");
    const c = normalizeConversation("chatwoot", payload);
    expect(c.vendor).toBe("chatwoot");
    expect(c.createdAt).toMatch(ISO_MS);
    expect(c.updatedAt).toMatch(ISO_MS);
    expect(c.contact?.name).toBe("Maya Chen");
    expect(c.messages.length).toBeLessThanOrEqual(1);
  });

  it("list items of every vendor normalize with ids and statuses", () => {
    const fiveChat = example("5chat", "listConversations")["data"] as unknown[];
    const liveChat = (example("livechatai", "listConversations")["data"] as Record<string, unknown>)["conversations"] as unknown[];
    const chatwoot = (example("chatwoot", "listAccountConversations")["data"] as Record<string, unknown>)["payload"] as unknown[];
    for (const [vendor, items] of [["5chat", fiveChat], ["livechatai", liveChat], ["chatwoot", chatwoot]] as const) {
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const c = normalizeConversation(vendor, item);
        expect(c.id).not.toBe("");
        expect(c.status).not.toBe("unknown");
      }
    }
  });
});

describe("every enum value the specs list", () => {
  it("Chatwoot conversation status: each value maps to itself", () => {
    for (const status of enumValues("chatwoot", "ConversationStatus")) {
      expect(normalizeConversation("chatwoot", { id: 1, status }).status).toBe(status);
    }
  });

  it("Chatwoot message_type without a sender: 0 contact, 1 bot, 2 system, 3 bot", () => {
    const expected: Record<number, SenderRole> = { 0: "contact", 1: "bot", 2: "system", 3: "bot" };
    const values = enumValues("chatwoot", "MessageType") as number[];
    expect(values.sort()).toEqual([0, 1, 2, 3]);
    for (const mt of values) expect(normalizeMessage("chatwoot", { id: 1, message_type: mt }).sender.role).toBe(expected[mt]);
  });

  it("Chatwoot sender type: contact, user → agent, agent_bot and captain_assistant → bot", () => {
    const mapping = (schemaAt("chatwoot", "/components/schemas/Sender")["discriminator"] as { mapping: Record<string, string> }).mapping;
    const expected: Record<string, SenderRole> = { contact: "contact", user: "agent", agent_bot: "bot", captain_assistant: "bot" };
    expect(Object.keys(mapping).sort()).toEqual(Object.keys(expected).sort());
    for (const type of Object.keys(mapping)) {
      // message_type 1 would say "bot"; the sender type must win.
      expect(normalizeMessage("chatwoot", { id: 1, message_type: 1, sender: { id: 9, name: "X", type } }).sender).toEqual({ role: expected[type], id: "9", name: "X" });
    }
  });

  it("Chatwoot sender_type class names on application messages", () => {
    const expected: Record<string, SenderRole> = { Contact: "contact", User: "agent", AgentBot: "bot", "Captain::Assistant": "bot" };
    for (const [senderType, role] of Object.entries(expected)) {
      expect(normalizeMessage("chatwoot", { id: 1, message_type: 2, sender_type: senderType }).sender.role).toBe(role);
    }
  });

  it("Chatwoot attachment file_type: image/audio/video/file/location keep their kind, the rest are other", () => {
    const direct = new Set(["image", "audio", "video", "file", "location"]);
    const values = enumValues("chatwoot", "AttachmentFileType") as string[];
    expect(values).toHaveLength(13);
    for (const fileType of values) {
      const m = normalizeMessage("chatwoot", { id: 1, attachments: [{ id: 3, file_type: fileType, data_url: "https://x.test/a/b%20c.png?sig=1", file_size: 10 }] });
      expect(m.attachments[0]).toMatchObject({ id: "3", kind: direct.has(fileType) ? fileType : "other", url: "https://x.test/a/b%20c.png?sig=1", name: "b c.png", sizeBytes: 10 });
    }
  });

  it("Chatwoot content_type: every value keeps the message text", () => {
    for (const contentType of enumValues("chatwoot", "MessageContentType")) {
      expect(normalizeMessage("chatwoot", { id: 1, content: "hi", content_type: contentType }).text).toBe("hi");
    }
  });

  it("LiveChatAI role: user → contact; assistant → bot, or agent when a human agent wrote it", () => {
    const roleDoc = String(schemaAt("livechatai", "/components/schemas/Message/properties/role")["description"]);
    for (const role of ["user", "assistant"]) expect(roleDoc).toContain(`\`${role}\``);
    expect(normalizeMessage("livechatai", { role: "user" }).sender.role).toBe("contact");
    expect(normalizeMessage("livechatai", { role: "assistant" }).sender.role).toBe("bot");
    expect(normalizeMessage("livechatai", { role: "assistant", agent: { id: "a", name: "Sam" } }).sender).toEqual({ role: "agent", id: "a", name: "Sam" });
    expect(normalizeMessage("livechatai", { role: "system" }).sender.role).toBe("unknown");
  });

  it("LiveChatAI human replies: every undocumented reading is the human agent, never the contact", () => {
    const sam = { id: "agent_3d5f7a9b1c", name: "Sam Rivera" };
    // The docs' retrieve sample: a role "user" message carrying an agent.
    expect(normalizeMessage("livechatai", { role: "user", content: "hi", agent: sam }).sender).toEqual({ role: "agent", ...sam });
    expect(normalizeMessage("livechatai", { role: "assistant", agent: sam }).sender).toEqual({ role: "agent", ...sam });
    expect(normalizeMessage("livechatai", { role: "user", agent: null }).sender.role).toBe("contact");
    // The reply endpoint's own message shape: text + sender "AGENT".
    const reply = example("livechatai", "replyToConversation");
    const message = (reply["data"] as Record<string, unknown>)["message"] as Record<string, unknown>;
    const m = normalizeMessage("livechatai", message);
    expect(m.sender).toEqual({ role: "agent", id: "agent_3d5f7a9b1c", name: "Sam Rivera" });
    expect(m.text).toBe(message["text"]);
    expect(m.createdAt).toBe("2024-03-15T14:33:30.000Z");
    expect(normalizeMessage("livechatai", { sender: "AGENT", text: "ok" }).sender).toEqual({ role: "agent", id: null, name: null });
  });

  it("LiveChatAI isResolved: true → resolved, false → open, missing → unknown", () => {
    expect(normalizeConversation("livechatai", { id: "c", isResolved: true }).status).toBe("resolved");
    expect(normalizeConversation("livechatai", { id: "c", isResolved: false }).status).toBe("open");
    expect(normalizeConversation("livechatai", { id: "c" }).status).toBe("unknown");
  });

  it("LiveChatAI integrationType: every known value maps to a lower-case channel", () => {
    const doc = String(schemaAt("livechatai", "/components/schemas/Conversation/properties/integrationType")["description"]);
    const expected: Record<string, string> = {
      WHATSAPP: "whatsapp",
      SLACK: "slack",
      MESSENGER: "messenger",
      FULLPAGE: "web",
      INLINECHAT: "web",
      PREVIEW: "web",
      ONBOARDING: "web",
    };
    for (const [value, channel] of Object.entries(expected)) {
      expect(doc).toContain(`\`${value}\``);
      expect(normalizeConversation("livechatai", { id: "c", integrationType: value }).channel).toBe(channel);
    }
    expect(normalizeConversation("livechatai", { id: "c", integrationType: null }).channel).toBeNull();
    expect(normalizeConversation("livechatai", { id: "c", integrationType: "TELEGRAM" }).channel).toBe("telegram");
  });

  it("5chat status: OPEN and active → open, CLOSED → resolved, anything else → unknown", () => {
    const doc = String(schemaAt("5chat", "/components/schemas/Conversation/properties/status")["description"]);
    for (const v of ["OPEN", "CLOSED", "active"]) expect(doc).toContain(v);
    expect(normalizeConversation("5chat", { token: "t", status: "OPEN" }).status).toBe("open");
    expect(normalizeConversation("5chat", { token: "t", status: "active" }).status).toBe("open");
    expect(normalizeConversation("5chat", { token: "t", status: "CLOSED" }).status).toBe("resolved");
    expect(normalizeConversation("5chat", { token: "t", status: "ARCHIVED" }).status).toBe("unknown");
  });
});

describe("vendor values that name Object.prototype members are unknown, not prototype lookups", () => {
  // fast-check found "valueOf" as a Chatwoot status coming back as a function.
  for (const name of ["constructor", "valueOf", "toString", "__proto__", "hasOwnProperty"]) {
    it(name, () => {
      expect(normalizeConversation("chatwoot", { id: 1, status: name, meta: { channel: name } })).toMatchObject({ status: "unknown", channel: name.toLowerCase() });
      expect(normalizeMessage("chatwoot", { id: 1, sender: { type: name }, attachments: [{ file_type: name }] })).toMatchObject({
        sender: { role: "unknown" },
        attachments: [{ kind: "other" }],
      });
      expect(normalizeConversation("5chat", { token: "t", status: name }).status).toBe("unknown");
      expect(normalizeMessage("5chat", { senderType: name }).sender.role).toBe("unknown");
      expect(normalizeConversation("livechatai", { id: "c", integrationType: name }).channel).toBe(name.toLowerCase());
    });
  }
});

describe("the 5chat docs' own sample (messages as a string, firstMessageAt as text, country as a number)", () => {
  const docsSample = {
    conversation: { id: "abc123def456", token: "sk-abc123def456ghi789", status: "active", firstMessageAt: "Hello, this is a test message", closedAt: "sample_closedAt", createdAt: "2024-03-15T14:30:00Z", tags: ["Billing Issue", "Refund Request"], rating: 42 },
    messages: "Hello, this is a test message",
    visitor: { id: "abc123def456", name: "John Doe", country: 10, updatedAt: "2024-03-15" },
    users: [{ id: "abc123def456", name: "John Doe" }],
  };

  it("is normalized without throwing: the string messages are skipped, the placeholder dates are null", () => {
    const c = normalizeConversation("5chat", docsSample);
    expect(c.messages).toEqual([]);
    expect(c.closedAt).toBeNull();
    expect(c.createdAt).toBe("2024-03-15T14:30:00.000Z");
    expect(c.contact?.name).toBe("John Doe");
    expect(c.raw).toBe(docsSample);
  });
});

describe("non-objects are rejected with a typed error", () => {
  for (const [name, bad] of [["null", null], ["undefined", undefined], ["a number", 42], ["a string", "x"], ["an array", []], ["an array of objects", [{}]], ["a boolean", true]] as const) {
    it(name, () => {
      expect(() => normalizeConversation("chatwoot", bad)).toThrow(InvalidPayloadError);
      expect(() => normalizeMessage("5chat", bad)).toThrow(InvalidPayloadError);
    });
  }

  it("names the vendor", () => {
    try {
      normalizeConversation("livechatai", "nope");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidPayloadError);
      expect((e as InvalidPayloadError).vendor).toBe("livechatai");
    }
  });
});
