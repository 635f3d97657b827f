/**
 * The mocks keep state: writes change what later reads return, listings honour the filters the
 * spec declares, and messages stay in their conversation. Real HTTP against the real specs.
 */
import { describe, expect, it } from "vitest";
import { call, useMockVendors } from "./helpers.ts";

const CW = { api_access_token: "test-token", "content-type": "application/json" };
const KEY = { authorization: "Bearer test-key", "content-type": "application/json" };
const mocks = useMockVendors();

const cw = (path: string, init: RequestInit = {}) => call(`${mocks().baseUrls.chatwoot}/api/v1/accounts/1${path}`, { ...init, headers: CW });
const ids = (list: unknown) => (list as { id: unknown }[]).map((x) => x.id);
type CwListing = { data: { meta: { all_count: number }; payload: { id: number; status: string }[] } };
type CwMessages = { payload: { id: number; content: string; conversation_id: number; private: boolean }[] };

describe("chatwoot: writes change later reads", () => {
  it("after toggle_status resolved, the conversation reads resolved (not the example's open)", async () => {
    const toggled = await cw("/conversations/42/toggle_status", { method: "POST", body: JSON.stringify({ status: "resolved" }) });
    expect(toggled.body).toMatchObject({ payload: { conversation_id: 42, current_status: "resolved" } });
    expect(((await cw("/conversations/42")).body as { status: string }).status).toBe("resolved");
  });

  it("a posted message is listed with the text sent and a new id, in its conversation only", async () => {
    const before = ((await cw("/conversations/42/messages?after=0")).body as CwMessages).payload.map((m) => m.id);
    const sent = await cw("/conversations/42/messages", { method: "POST", body: JSON.stringify({ content: "Refund sent today.", message_type: "outgoing" }) });
    const message = sent.body as { id: number; content: string; conversation_id: number };
    expect(message.content).toBe("Refund sent today.");
    expect(message.id).toBeGreaterThan(Math.max(...before));
    const listed = (await cw("/conversations/42/messages")).body as CwMessages;
    expect(listed.payload.at(-1)).toMatchObject({ id: message.id, content: "Refund sent today.", conversation_id: 42 });
    const conversation = (await cw("/conversations/42")).body as { messages: { id: number }[]; last_non_activity_message: { content: string } };
    expect(conversation.last_non_activity_message.content).toBe("Refund sent today.");
    for (const other of [41, 40]) {
      const page = (await cw(`/conversations/${other}/messages`)).body as CwMessages;
      expect(page.payload.every((m) => m.conversation_id === other)).toBe(true);
    }
  });

  it("pages messages backwards with before, and forwards with after", async () => {
    const latest = (await cw("/conversations/42/messages")).body as CwMessages;
    expect(ids(latest.payload)).toEqual([5103, 5104]);
    expect(ids(((await cw("/conversations/42/messages?before=5103")).body as CwMessages).payload)).toEqual([5101, 5102]);
    expect(ids(((await cw("/conversations/42/messages?before=5101")).body as CwMessages).payload)).toEqual([]);
    expect(ids(((await cw("/conversations/42/messages?after=5102")).body as CwMessages).payload)).toEqual([5103, 5104]);
  });

  it("assignment and labels are read back", async () => {
    await cw("/conversations/42/assignments", { method: "POST", body: JSON.stringify({ assignee_id: null }) });
    await cw("/conversations/42/labels", { method: "POST", body: JSON.stringify({ labels: ["vip"] }) });
    const conversation = (await cw("/conversations/42")).body as { meta: { assignee?: unknown }; labels: string[] };
    expect(conversation.meta.assignee).toBeUndefined(); // Chatwoot leaves it out
    expect(conversation.labels).toEqual(["vip"]);
    expect((await cw("/conversations/42/labels")).body).toEqual({ payload: ["vip"] });
  });

  it("a message's content_attributes are kept as sent (Chatwoot's MessageBuilder stores them), so a key put there can be found again", async () => {
    const sent = await cw("/conversations/42/messages", { method: "POST", body: JSON.stringify({ content: "Once.", content_attributes: { sdk_idempotency_key: "k-1" } }) });
    expect(sent.body).toMatchObject({ content: "Once.", content_attributes: { sdk_idempotency_key: "k-1" } });
    const listed = (await cw("/conversations/42/messages")).body as { payload: { content_attributes: Record<string, unknown> }[] };
    expect(listed.payload.at(-1)?.content_attributes).toEqual({ sdk_idempotency_key: "k-1" });
  });

  it("an unassigned conversation's message listing leaves meta.assignee out (messages/index.json.jbuilder), with no response violation", async () => {
    await cw("/conversations/42/assignments", { method: "POST", body: JSON.stringify({ assignee_id: null }) });
    const listed = await cw("/conversations/42/messages");
    expect(listed.status).toBe(200);
    expect((listed.body as { meta: Record<string, unknown> }).meta).not.toHaveProperty("assignee");
    expect(mocks().violations()).toEqual([]);
  });

  it("an id the state does not hold gets the spec's 404", async () => {
    expect((await cw("/conversations/12345")).status).toBe(404);
  });

  it("reset() puts the examples back", async () => {
    await mocks().state.chatwoot.setStatus(42, "resolved");
    mocks().reset();
    expect(((await cw("/conversations/42")).body as { status: string }).status).toBe("open");
  });
});

describe("chatwoot: listings honour their filters", () => {
  it("status=open excludes resolved conversations; status=all lists every one, page by page", async () => {
    const open = (await cw("/conversations?status=open")).body as CwListing;
    expect(open.data.payload.every((c) => c.status === "open")).toBe(true);
    const resolved = (await cw("/conversations?status=resolved")).body as CwListing;
    expect(resolved.data.payload.every((c) => c.status === "resolved")).toBe(true);
    const all = (await cw("/conversations?status=all")).body as CwListing;
    const second = (await cw("/conversations?status=all&page=2")).body as CwListing;
    expect(all.data.meta.all_count).toBe(all.data.payload.length + second.data.payload.length + ((await cw("/conversations?status=all&page=3")).body as CwListing).data.payload.length);
  });

  it("a resolved conversation leaves the open listing", async () => {
    await mocks().state.chatwoot.setStatus(42, "resolved");
    const open = (await cw("/conversations?status=open")).body as CwListing;
    expect(ids(open.data.payload)).not.toContain(42);
  });
});

describe("chatwoot public API shares the records", () => {
  const base = () => `${mocks().baseUrls.chatwoot}/public/api/v1/inboxes/Yr9bXn3KqW2vT7sL/contacts/4f1d6a2e-9c1b-4e37-8a55-0b6f2c9d1e7a/conversations/42`;
  it("a contact's message shows in the application API, a private note not in the public listing", async () => {
    const sent = await call(`${base()}/messages`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ content: "Any news?" }) });
    expect(sent.body).toMatchObject({ content: "Any news?", message_type: 0 });
    await mocks().state.chatwoot.addMessage(42, { text: "internal", from: "agent", private: true });
    const app = (await cw("/conversations/42/messages")).body as CwMessages;
    expect(app.payload.map((m) => m.content)).toEqual(["Any news?", "internal"]);
    const pub = (await call(`${base()}/messages`)).body as { content: string }[];
    expect(pub.map((m) => m.content)).toEqual(["It usually shows up within 5–7 business days. Anything else I can help with?", "Any news?"]);
  });

  it("toggle_status resolves, and the conversation reads resolved", async () => {
    await call(`${base()}/toggle_status`, { method: "POST" });
    expect(((await call(base())).body as { status: string }).status).toBe("resolved");
  });
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- false positive on the "5chat" key of a mapped type (no enum anywhere)
const fiveChat = (path: string) => call(`${mocks().baseUrls["5chat"]}${path}`, { headers: KEY });

describe("5chat and LiveChatAI", () => {
  it("5chat: messages belong to their conversation; page and limit are honoured", async () => {
    const other = (await fiveChat("/conversations/b6c0d1e2f3a4")).body as { conversation: { token: string }; messages: unknown[] };
    expect(other.conversation.token).toBe("b6c0d1e2f3a4");
    expect(other.messages).toEqual([]);
    const page = (await fiveChat("/conversations?page=1&limit=3")).body as { data: unknown[]; totalPages: number };
    expect(page.data).toHaveLength(3);
    expect(page.totalPages).toBe(1);
  });

  it("LiveChatAI: a reply is read back, /end resolves, status=open excludes resolved", async () => {
    const lc = (path: string, init: RequestInit = {}) => call(`${mocks().baseUrls.livechatai}${path}`, { ...init, headers: KEY });
    const reply = (await lc("/conversations/chat_9b2e4d6f80/reply", { method: "POST", body: JSON.stringify({ message: "On it." }) })).body as { data: { messageId: string } };
    const read = (await lc("/conversations/chat_9b2e4d6f80")).body as { data: { isResolved: boolean; messages: { id: string; content: string }[] } };
    expect(read.data.messages.at(-1)).toMatchObject({ id: reply.data.messageId, content: "On it." });
    await lc("/conversations/chat_9b2e4d6f80/end", { method: "POST", body: "{}" });
    expect(((await lc("/conversations/chat_9b2e4d6f80")).body as typeof read).data.isResolved).toBe(true);
    const open = (await lc("/conversations?agentId=clx1234567890abcdef&status=open&perPage=10")).body as { data: { conversations: { id: string; isResolved: boolean }[] } };
    expect(open.data.conversations.map((c) => c.isResolved)).not.toContain(true);
    expect(ids(open.data.conversations)).not.toContain("chat_9b2e4d6f80");
  });
});
