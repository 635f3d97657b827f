/**
 * A status change on the Chatwoot mock behaves as in Chatwoot v4.10.0: an agent's change writes an
 * activity message (activity_message_handler.rb `status_change_activity`) that moves
 * `last_activity_at` (message.rb `set_conversation_activity`) and is never delivered by webhook
 * (`webhook_sendable?`); a bot token's reopen writes none. The failure it prevents: a mock whose
 * status changes leave the listing order alone, so a poller tested against it never meets the
 * activity message a real Chatwoot puts in its way.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startMockServer, type MockServer } from "../src/index.ts";

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer({ vendor: "chatwoot" });
});
// Only Date is faked (sockets stay real): Chatwoot stamps whole seconds, so tests move the clock on.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-01-01T00:00:00Z") });
});
const tick = (): void => {
  vi.setSystemTime(Date.now() + 2000);
};
afterEach(() => {
  vi.useRealTimers();
  mock.webhooks.clear();
  mock.reset();
});
afterAll(async () => {
  await mock.close();
});

const HEADERS = { api_access_token: "t", "content-type": "application/json" };
const get = async <T>(path: string): Promise<T> => (await (await fetch(`${mock.baseUrl}/api/v1/accounts/1${path}`, { headers: HEADERS })).json()) as T;
type Message = { id: number; content: string; message_type: number; sender?: unknown };
type Listing = { data: { payload: { id: number; status: string; last_activity_at: number; messages: Message[] }[] } };

describe("chatwoot mock: status changes and their activity messages", () => {
  it("an agent reopening writes the activity message, which moves the conversation to the top of last_activity_at_desc", async () => {
    const before = await get<Listing>("/conversations?status=all&sort_by=last_activity_at_desc");
    const last = before.data.payload.at(-1);
    expect(last).toMatchObject({ status: "resolved" }); // the spec's example 41, least recently active
    const id = last?.id ?? 0;
    tick();
    await fetch(`${mock.baseUrl}/api/v1/accounts/1/conversations/${id}/toggle_status`, { method: "POST", headers: HEADERS, body: JSON.stringify({ status: "open" }) });
    const after = await get<Listing>("/conversations?status=all&sort_by=last_activity_at_desc");
    const top = after.data.payload[0];
    expect(top?.id).toBe(id);
    expect(top?.status).toBe("open");
    expect(top?.last_activity_at).toBeGreaterThan(last?.last_activity_at ?? Infinity);
    // The listing's `messages` is the last message of any kind: the activity, without a sender.
    expect(top?.messages[0]).toMatchObject({ message_type: 2, content: expect.stringMatching(/^Conversation was reopened by \S/) as string });
    expect(top?.messages[0]).not.toHaveProperty("sender");
    const listed = await get<{ payload: Message[] }>(`/conversations/${id}/messages`);
    expect(listed.payload.at(-1)).toMatchObject({ message_type: 2 });
    expect(mock.violations).toEqual([]);
  });

  it("reopen, pending and snooze by an agent each write their text", async () => {
    for (const [status, text] of [["pending", /^Conversation was marked as pending by /], ["snoozed", /^Conversation was snoozed by /], ["open", /^Conversation was reopened by /]] as const) {
      await mock.state.setStatus(42, status);
      const messages = await get<{ payload: Message[] }>("/conversations/42/messages");
      expect(messages.payload.at(-1)?.content).toMatch(text);
    }
  });

  it("a bot token reopening writes no activity message and leaves last_activity_at where it was", async () => {
    await mock.state.setStatus(42, "resolved", { by: "bot" });
    const resolved = await get<{ last_activity_at: number; messages: Message[] }>("/conversations/42");
    // A bot resolving still gets the auto-resolve text (`resolved?` with `auto_resolve_after || 0`).
    expect(resolved.messages[0]?.content).toBe("Conversation was marked resolved by system due to 0 minutes of inactivity");
    const count = (await get<{ payload: Message[] }>("/conversations/42/messages?after=0")).payload.length;
    tick();
    await mock.state.setStatus(42, "open", { by: "bot" });
    const reopened = await get<{ status: string; last_activity_at: number }>("/conversations/42");
    expect(reopened.status).toBe("open");
    expect(reopened.last_activity_at).toBe(resolved.last_activity_at);
    expect((await get<{ payload: Message[] }>("/conversations/42/messages?after=0")).payload.length).toBe(count);
  });

  it("takes { status, by } over HTTP, and refuses a `by` it does not know", async () => {
    const post = (body: unknown) => fetch(`${mock.baseUrl}/__mock/conversations/42/status`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const before = (await get<{ payload: Message[] }>("/conversations/42/messages?after=0")).payload.length;
    expect((await post({ status: "pending", by: "bot" })).status).toBe(200);
    expect((await get<{ payload: Message[] }>("/conversations/42/messages?after=0")).payload.length).toBe(before);
    const refused = await post({ status: "open", by: "robot" });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/unknown sender "robot"/);
  });

  it("delivers the status change by webhook, never the activity message", async () => {
    const events: string[] = [];
    const receiver = await startReceiver((body) => events.push((JSON.parse(body) as { event: string }).event));
    mock.webhooks.register(receiver.url);
    await mock.state.setStatus(42, "resolved");
    await mock.webhooks.flush();
    await receiver.close();
    expect(events).toEqual(["conversation_status_changed"]);
  });
});

async function startReceiver(onBody: (body: string) => void): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      onBody(Buffer.concat(chunks).toString("utf8"));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/hooks`, close: () => new Promise((resolve) => server.close(() => { resolve(); })) };
}
