/**
 * 5chat's normalizer field by field, on payloads shaped like the vendor's: which field wins when
 * several are present, how a sender's role is found (declared, or inferred from `userId` or
 * `visitorId`), how names come from `users[]` and `visitor`, and what a missing token leaves.
 * Written for the survivors of the mutation run on src/adapters/5chat/normalizer.ts
 * (stryker/README.md).
 */
import { describe, expect, it } from "vitest";
import { normalizeConversation, normalizeMessage } from "../src/index.js";

const message = (m: Record<string, unknown>) => normalizeMessage("5chat", m);

describe("5chat conversation", () => {
  it("names agents from the first users[] entry with their id, skipping entries without one", () => {
    const c = normalizeConversation("5chat", {
      conversation: { token: "tok1", assigneeId: "u1" },
      users: ["x", { name: "No id" }, { id: "u1", name: "First", email: "first@example.com" }, { id: "u1", name: "Second" }, { id: 7, name: "Seven" }],
      messages: [{ id: "m1", userId: "u1", content: "hi" }, { id: "m2", userId: 7, content: "yo" }, { id: "m3", userId: "u9", content: "?" }],
    });
    expect(c.assignee).toEqual({ id: "u1", name: "First", email: "first@example.com" });
    expect(c.messages.map((m) => m.sender)).toEqual([
      { role: "agent", id: "u1", name: "First" },
      { role: "agent", id: "7", name: "Seven" },
      { role: "agent", id: "u9", name: null },
    ]);
  });

  it("gives an assignee missing from users[] with its id only, and none without an assigneeId", () => {
    expect(normalizeConversation("5chat", { conversation: { token: "t", assigneeId: "u2" }, users: [] }).assignee).toEqual({ id: "u2", name: null, email: null });
    expect(normalizeConversation("5chat", { conversation: { token: "t" } }).assignee).toBeNull();
  });

  it("takes the contact from visitor, and the contact's messages' id and name from it", () => {
    const visitor = { id: "v1", name: "Ana", email: "ana@example.com", phone: "+15550100" };
    const c = normalizeConversation("5chat", { conversation: { token: "t" }, visitor, messages: [{ id: "m1", senderType: "visitor" }, { id: "m2", visitorId: "v2" }] });
    expect(c.contact).toEqual({ id: "v1", name: "Ana", email: "ana@example.com", phone: "+15550100", raw: visitor });
    expect(c.messages.map((m) => m.sender)).toEqual([
      { role: "contact", id: "v1", name: "Ana" },
      { role: "contact", id: "v2", name: "Ana" },
    ]);
    expect(normalizeConversation("5chat", { conversation: { token: "t" } }).contact).toBeNull();
  });

  it("uses the token as id (else id, else empty) and gives its messages that conversation id", () => {
    const withToken = normalizeConversation("5chat", { conversation: { token: "tok", id: 9 }, messages: [{ id: "m", conversationToken: "other" }] });
    expect(withToken.id).toBe("tok");
    expect(withToken.messages[0]?.conversationId).toBe("tok");
    expect(normalizeConversation("5chat", { id: 9 }).id).toBe("9");
    const none = normalizeConversation("5chat", { messages: [{ id: "m" }, { id: "n", conversationToken: "fromMessage" }] });
    expect(none.id).toBe("");
    expect(none.messages.map((m) => m.conversationId)).toEqual([null, "fromMessage"]);
  });

  it("reads status case-insensitively, dates, tags, summary and rating, and the web channel", () => {
    const c = normalizeConversation("5chat", {
      conversation: { token: "t", status: "CLOSED", createdAt: "2026-01-01T00:00:00Z", updatedAt: "2026-01-02T00:00:00Z", closedAt: "2026-01-03T00:00:00Z", tags: ["a", "", 1, "b"], summary: "sum", rating: 4 },
      messages: [{ id: "1", createdAt: "2026-01-01T10:00:00Z" }, { id: "2", createdAt: "2026-01-01T12:00:00Z" }, { id: "3", createdAt: "2026-01-01T11:00:00Z" }],
    });
    expect(c).toMatchObject({
      id: "t",
      status: "resolved",
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-02T00:00:00.000Z",
      closedAt: "2026-01-03T00:00:00.000Z",
      lastMessageAt: "2026-01-01T12:00:00.000Z",
      tags: ["a", "b"],
      summary: "sum",
      rating: 4,
      channel: "web",
    });
    expect(normalizeConversation("5chat", { token: "t", status: "Waiting" }).status).toBe("pending");
    expect(normalizeConversation("5chat", { token: "t", status: "archived" }).status).toBe("unknown");
  });
});

describe("5chat message", () => {
  it("takes the declared sender from senderType, then sender, author and from, in any case", () => {
    expect(message({ senderType: "AGENT", sender: "visitor", userId: "u1" }).sender.role).toBe("agent");
    expect(message({ sender: "Visitor", author: "agent" }).sender.role).toBe("contact");
    expect(message({ author: "bot", from: "agent" }).sender.role).toBe("bot");
    expect(message({ from: "system" }).sender).toEqual({ role: "system", id: null, name: null });
  });

  it("infers the role from userId or visitorId only when none is declared", () => {
    expect(message({ userId: "u1" }).sender).toEqual({ role: "agent", id: "u1", name: null });
    expect(message({ visitorId: "v1" }).sender).toEqual({ role: "contact", id: "v1", name: null });
    expect(message({ userId: "u1", visitorId: "v1" }).sender.role).toBe("agent");
    expect(message({ senderType: "robot", userId: "u1" }).sender).toEqual({ role: "unknown", id: null, name: null });
    expect(message({}).sender).toEqual({ role: "unknown", id: null, name: null });
  });

  it("takes the text from content, then text, message and body", () => {
    expect(message({ content: "c", text: "t", message: "m", body: "b" }).text).toBe("c");
    expect(message({ text: "t", message: "m", body: "b" }).text).toBe("t");
    expect(message({ message: "m", body: "b" }).text).toBe("m");
    expect(message({ body: "b" }).text).toBe("b");
  });

  it("takes the conversation id from conversationToken, then conversationId", () => {
    expect(message({ conversationToken: "t1", conversationId: "c2" }).conversationId).toBe("t1");
    expect(message({ conversationId: "c2" }).conversationId).toBe("c2");
  });

  it("is private only when private or isPrivate is true", () => {
    expect(message({ private: true }).private).toBe(true);
    expect(message({ isPrivate: true }).private).toBe(true);
    expect(message({ private: "true", isPrivate: 1 }).private).toBe(false);
    expect(message({}).private).toBe(false);
  });
});
