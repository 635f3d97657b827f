/**
 * The scenario API, in-process and over HTTP (`/__mock/`): what it changes is what the vendor
 * API reads next, on each of the three mocks().
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- false positive on the "5chat" key of a mapped type (no enum anywhere) */
import { describe, expect, it } from "vitest";
import { MockStateError, startMockServer, type Vendor } from "../src/index.ts";
import { call, useMockVendors } from "./helpers.ts";

const KEY = { authorization: "Bearer test-key" };
const CW = { api_access_token: "test-token" };
const mocks = useMockVendors();

const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("in-process", () => {
  it("addMessage: a customer message on each vendor is what the conversation reads next", async () => {
    const added = {
      "5chat": await mocks().state["5chat"].addMessage("c7d1e2f3a4b5", { text: "Still waiting" }),
      livechatai: await mocks().state.livechatai.addMessage("chat_9b2e4d6f80", { text: "Still waiting" }),
      chatwoot: await mocks().state.chatwoot.addMessage(42, { text: "Still waiting" }),
    };
    for (const message of Object.values(added)) expect(message).toMatchObject({ text: "Still waiting", from: "contact", private: false });
    const five = (await call(`${mocks().baseUrls["5chat"]}/conversations/c7d1e2f3a4b5/messages`, { headers: KEY })).body as { messages: { id: number; content: string; visitorId: number | null }[] };
    expect(five.messages.at(-1)).toMatchObject({ id: Number(added["5chat"].id), content: "Still waiting", visitorId: 5012 });
    const lc = (await call(`${mocks().baseUrls.livechatai}/conversations/chat_9b2e4d6f80`, { headers: KEY })).body as { data: { messages: { id: string; role: string }[] } };
    expect(lc.data.messages.at(-1)).toMatchObject({ id: added.livechatai.id, role: "user" });
    const cw = (await call(`${mocks().baseUrls.chatwoot}/api/v1/accounts/1/conversations/42/messages`, { headers: CW })).body as { payload: { id: number; message_type: number }[] };
    expect(cw.payload.at(-1)).toMatchObject({ id: Number(added.chatwoot.id), message_type: 0 });
  });

  it("agents, bots and private notes are told apart", async () => {
    const bot = await mocks().state.chatwoot.addMessage("42", { text: "Bot here", from: "bot" });
    const note = await mocks().state.chatwoot.addMessage("42", { text: "Note", from: "agent", private: true });
    expect([bot.from, note.from, note.private]).toEqual(["bot", "agent", true]);
    const aiReply = await mocks().state.livechatai.addMessage("chat_9b2e4d6f80", { text: "AI", from: "bot" });
    expect(aiReply.from).toBe("bot");
  });

  it("createConversation: a new conversation is listed first, with its first message", async () => {
    const created = await mocks().state.livechatai.createConversation({ text: "New question", contactName: "Ada" });
    expect(created).toMatchObject({ status: "open", messageCount: 1 });
    const listing = (await call(`${mocks().baseUrls.livechatai}/conversations?agentId=clx1234567890abcdef`, { headers: KEY })).body as { data: { conversations: { id: string; contact: { name: string } }[] } };
    expect(listing.data.conversations[0]).toMatchObject({ id: created.id, contact: { name: "Ada" } });
    const five = await mocks().state["5chat"].createConversation({ text: "Hello" });
    expect(mocks().state["5chat"].conversations()[0]?.id).toBe(five.id);
  });

  it("setStatus maps onto each vendor's own status", async () => {
    expect((await mocks().state["5chat"].setStatus("c7d1e2f3a4b5", "resolved")).status).toBe("CLOSED");
    expect((await mocks().state.livechatai.setStatus("chat_9b2e4d6f80", "resolved")).status).toBe("resolved");
    expect((await mocks().state.chatwoot.setStatus(42, "snoozed")).status).toBe("snoozed");
  });

  it("an unknown conversation or status is a MockStateError naming what exists", async () => {
    await expect(mocks().state.chatwoot.addMessage(999, { text: "x" })).rejects.toThrow(MockStateError);
    await expect(mocks().state.chatwoot.addMessage(999, { text: "x" })).rejects.toThrow(/no conversation 999 \(known: .*42/);
    await expect(mocks().state["5chat"].setStatus("c7d1e2f3a4b5", "closed" as never)).rejects.toThrow(/unknown status "closed"/);
  });

  it("a mock of a custom spec keeps no state and says so", async () => {
    const custom = await startMockServer({ vendor: "fixture", spec: { openapi: "3.1.0", info: { title: "x", version: "1" }, paths: {} } });
    try {
      await expect(custom.state.addMessage(1, { text: "x" })).rejects.toThrow(/keeps no state/);
      expect((await call(`${custom.origin}/__mock/state`)).status).toBe(404);
    } finally {
      await custom.close();
    }
  });
});

describe("over HTTP (/__mock/)", () => {
  const control = (vendor: Vendor, path: string) => `${mocks().servers[vendor].origin}/__mock/${path}`;

  it("adds a message, changes a status, creates a conversation and reads the state", async () => {
    const message = await call(control("chatwoot", "conversations/42/messages"), json({ text: "From the CLI", from: "contact" }));
    expect(message).toMatchObject({ status: 201, body: { conversationId: "42", text: "From the CLI" } });
    const status = await call(control("chatwoot", "conversations/42/status"), json({ status: "resolved" }));
    expect(status).toMatchObject({ status: 200, body: { id: "42", status: "resolved" } });
    const created = await call(control("livechatai", "conversations"), json({ text: "Hi" }));
    expect(created.status).toBe(201);
    const state = (await call(control("livechatai", "state"))).body as { conversations: { id: string }[] };
    expect(state.conversations[0]?.id).toBe((created.body as { id: string }).id);
    const read = (await call(`${mocks().baseUrls.chatwoot}/api/v1/accounts/1/conversations/42`, { headers: CW })).body as { status: string };
    expect(read.status).toBe("resolved");
  });

  it("registers a webhook receiver and resets", async () => {
    expect((await call(control("chatwoot", "webhooks"), json({ url: "http://127.0.0.1:9/x", events: ["message_created"] }))).status).toBe(201);
    expect(mocks().servers.chatwoot.webhooks.subscriptions).toEqual([{ url: "http://127.0.0.1:9/x", events: ["message_created"] }]);
    expect((await call(control("chatwoot", "reset"), { method: "POST" })).status).toBe(204);
    expect(mocks().servers.chatwoot.webhooks.subscriptions).toEqual([]);
  });

  it("answers mistakes with 4xx and a reason, and records nothing", async () => {
    expect(await call(control("chatwoot", "conversations/999/messages"), json({ text: "x" }))).toMatchObject({ status: 404, body: { error: expect.stringMatching(/no conversation "999"/) as unknown } });
    expect((await call(control("chatwoot", "conversations/42/messages"), json({ from: "contact" }))).status).toBe(400);
    expect((await call(control("chatwoot", "conversations"), { method: "POST", body: "{" })).status).toBe(400);
    expect((await call(control("chatwoot", "nothing-here"))).status).toBe(404);
    expect((await call(control("chatwoot", "conversations/%E0%A4%A/messages"), json({ text: "x" }))).status).toBe(400);
    expect(await call(control("chatwoot", "conversations/42/messages"), json({ text: "x", from: "robot" }))).toMatchObject({ status: 400, body: { error: expect.stringMatching(/unknown sender "robot"/) as unknown } });
    expect(mocks().requests()).toEqual([]);
  });
});
