/**
 * LiveChatAI's normalizer field by field: the assignee and contact objects, a contact known only
 * by id, the human agent read from `agent` only with a role that allows it, a contact's name on
 * `user` messages, the envelope read only when the payload has no id of its own, and messages of
 * an id-less conversation. Written for the survivors of the mutation run on
 * src/adapters/livechatai/normalizer.ts (stryker/README.md).
 */
import { describe, expect, it } from "vitest";
import { normalizeConversation } from "../src/index.js";

const conversation = (c: Record<string, unknown>) => normalizeConversation("livechatai", c);

describe("LiveChatAI conversation", () => {
  it("reads the assignee and the contact objects field by field, or a contact by id alone", () => {
    const contactObject = { id: "ct1", name: "Ana", email: "ana@example.com", phone: "+15550100" };
    const c = conversation({ id: "chat_1", agent: { id: "ag1", name: "Sam", email: "sam@example.com" }, contact: contactObject, contactId: "ignored" });
    expect(c.assignee).toEqual({ id: "ag1", name: "Sam", email: "sam@example.com" });
    expect(c.contact).toEqual({ id: "ct1", name: "Ana", email: "ana@example.com", phone: "+15550100", raw: contactObject });
    expect(conversation({ id: "chat_2", contactId: "ct9" }).contact).toEqual({ id: "ct9", name: null, email: null, phone: null, raw: "ct9" });
    const bare = conversation({ id: "chat_3" });
    expect(bare.assignee).toBeNull();
    expect(bare.contact).toBeNull();
  });

  it("reads a human agent from `agent` only on user, assistant or AGENT-sent messages", () => {
    const c = conversation({
      id: "chat_1",
      agentId: "ai-7",
      contact: { id: "ct1", name: "Ana" },
      messages: [
        { id: "1", role: "user", agent: { id: "ag1", name: "Sam" } },
        { id: "2", role: "assistant", agent: { id: "ag1", name: "Sam" } },
        { id: "3", sender: "agent", agent: { id: "ag2", name: "Kim" } },
        { id: "4", role: "system", agent: { id: "ag1", name: "Sam" } },
        { id: "5", role: "USER" },
        { id: "6", role: "assistant" },
        { id: "7", sender: "AGENT" },
      ],
    });
    expect(c.messages.map((m) => m.sender)).toEqual([
      { role: "agent", id: "ag1", name: "Sam" },
      { role: "agent", id: "ag1", name: "Sam" },
      { role: "agent", id: "ag2", name: "Kim" },
      { role: "unknown", id: null, name: null },
      { role: "contact", id: "ct1", name: "Ana" },
      { role: "bot", id: "ai-7", name: null },
      { role: "agent", id: null, name: null },
    ]);
  });

  it("reads the { status, data } envelope's data only when the payload has no id of its own", () => {
    expect(conversation({ status: "success", data: { id: "inner", messages: [{ id: "m" }] } })).toMatchObject({ id: "inner", messages: [{ conversationId: "inner" }] });
    expect(conversation({ id: "outer", data: { id: "inner" } }).id).toBe("outer");
  });

  it("gives the messages of a conversation without an id no conversation id", () => {
    const c = conversation({ messages: [{ id: "m", content: "hi" }] });
    expect(c.id).toBe("");
    expect(c.messages[0]).toMatchObject({ conversationId: null, text: "hi" });
  });
});
