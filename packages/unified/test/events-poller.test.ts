/**
 * The poller against stateful fake vendors on 127.0.0.1, under fake timers: each test is named
 * after the failure it prevents.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AuthenticationError, createUnifiedClient, fiveChat, livechatai, memoryStores, SdkError, events } from "../src/index.js";
import { elapse, settleNext, take, useFakeClock } from "./events-driver.js";
import { type FakeVendor, startFakeVendor } from "./events-fake-vendors.js";

const T0 = "2026-01-01T00:00:00.000Z";
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const transport = { maxRetries: 0, apiKey: "test-token" };

let vendors: FakeVendor[] = [];
beforeEach(() => {
  useFakeClock();
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await Promise.all(vendors.map((v) => v.close()));
  vendors = [];
});

async function liveChatAi(): Promise<FakeVendor> {
  const v = await startFakeVendor("livechatai", { pageSize: 2 });
  vendors.push(v);
  return v;
}

function client(v: FakeVendor) {
  return createUnifiedClient({ bot: livechatai({ ...transport, baseUrl: v.baseUrl, agentId: "agent" }) });
}

describe("events(sdk, …) polling", () => {
  it("loses no message between polls when more conversations change than fit a page", async () => {
    const v = await liveChatAi();
    for (let i = 1; i <= 5; i++) v.addConversation(`chat_${i}`, at(i), `hello ${i}`);
    const stream = events(client(v), "bot", { intervalMs: 1000 });
    const it = stream[Symbol.asyncIterator]();
    const first = it.next(); // the first poll sets the baseline ("from: now") and yields nothing
    await elapse(500);
    for (let i = 1; i <= 5; i++) v.addMessage(`chat_${i}`, `again ${i}`, at(10 + i));
    v.addConversation("chat_6", at(20), "brand new");
    const got = [await settleNext(first), ...(await take(it, 6))];
    expect(got.map((e) => `${e?.type} ${e?.type === "message.created" ? e.message.text : ""}`)).toEqual([
      "message.created again 1",
      "message.created again 2",
      "message.created again 3",
      "message.created again 4",
      "message.created again 5",
      "conversation.created ",
      "message.created brand new",
    ]);
  });

  it("moves the clock only once a slow vendor has answered, so a loaded machine loses no baseline", async () => {
    // Each answer takes 30 ms of real time: a driver that moved fake time on regardless would run
    // `elapse(500)` before the first poll had its baseline, and the messages below would be in it.
    const v = await startFakeVendor("livechatai", { pageSize: 2, latencyMs: 30 });
    vendors.push(v);
    v.addConversation("chat_1", at(1), "hello");
    const it = events(client(v), "bot", { intervalMs: 1000 })[Symbol.asyncIterator]();
    const first = it.next();
    await elapse(500);
    v.addMessage("chat_1", "again", at(2));
    const event = await settleNext(first);
    expect(event?.type === "message.created" ? event.message.text : event?.type).toBe("again");
  });

  it("yields exactly one message.created when a conversation's only change is a new message", async () => {
    const v = await liveChatAi();
    v.addConversation("chat_1", at(1), "hi");
    v.addConversation("chat_2", at(2), "hello");
    const it = events(client(v), "bot", { intervalMs: 1000 })[Symbol.asyncIterator]();
    const next = it.next();
    await elapse(1500);
    const m = v.addMessage("chat_1", "one more", at(5));
    const got = await take({ next: () => next } as AsyncIterator<unknown>, 1);
    expect(got).toMatchObject([{ type: "message.created", id: `bot:chat_1:message:${m.id}`, message: { text: "one more", private: false, sender: { role: "contact" } }, source: "poll" }]);
    // Nothing else comes: a later event is the next real change.
    const later = it.next();
    await elapse(10_000);
    v.addMessage("chat_2", "and another", at(6));
    expect((await take({ next: () => later } as AsyncIterator<{ type: string; message?: { text: string } }>, 1))[0]).toMatchObject({ type: "message.created", message: { text: "and another" } });
  });

  it("loses no message written in the same second as the activity the previous poll saw (whole-second timestamps)", async () => {
    const v = await liveChatAi();
    v.addConversation("chat_1", at(1), "hi");
    const it = events(client(v), "bot", { intervalMs: 1000 })[Symbol.asyncIterator]();
    const next = it.next();
    await elapse(500); // the baseline poll has seen chat_1's activity at(1)
    // Stamped with the same second: the conversation's activity does not move.
    v.addMessage("chat_1", "same second", at(1));
    const got = await take({ next: () => next } as AsyncIterator<{ type: string; message?: { text: string } }>, 1);
    expect(got).toMatchObject([{ type: "message.created", message: { text: "same second" } }]);
  });

  it("yields conversation.status_changed with the previous status", async () => {
    const v = await liveChatAi();
    const c = v.addConversation("chat_1", at(1), "hi");
    const it = events(client(v), "bot", { intervalMs: 1000 })[Symbol.asyncIterator]();
    const next = it.next();
    await elapse(1500);
    c.resolved = true;
    v.addMessage("chat_1", "bye", at(3), "agent");
    const first = await settleNext(next);
    const [second] = await take(it, 1);
    expect([first, second]).toMatchObject([
      { type: "message.created", message: { text: "bye", sender: { role: "bot" } } },
      { type: "conversation.status_changed", status: "resolved", previousStatus: "open", id: expect.stringMatching(/^bot:chat_1:status:open>resolved@\d+$/) as string },
    ]);
  });

  it("backs off on 429 honouring Retry-After, never spinning", async () => {
    const v = await liveChatAi();
    v.addConversation("chat_1", at(1), "hi");
    const it = events(client(v), "bot", { intervalMs: 1000 })[Symbol.asyncIterator]();
    const next = it.next();
    await elapse(1500); // baseline done
    v.failNext({ status: 429, headers: { "retry-after": "30" }, path: "/conversations" }, 1);
    const before = v.requests.length;
    const failedAt = Date.now();
    await elapse(1000); // the 429
    await elapse(25_000);
    expect(v.requests.length - before).toBe(1); // nothing during the Retry-After wait
    v.addMessage("chat_1", "after the wait", at(2));
    const [event] = await take({ next: () => next } as AsyncIterator<{ type: string }>, 1);
    expect(event).toMatchObject({ type: "message.created" });
    const retry = v.requests.slice(before + 1)[0];
    expect(retry?.at).toBeGreaterThanOrEqual(failedAt + 30_000);
  });

  it("backs off exponentially on repeated 503s: a handful of requests in ten minutes, not thousands", async () => {
    const v = await liveChatAi();
    v.failAlways({ status: 503 });
    const stream = events(client(v), "bot", { intervalMs: 1000, maxIntervalMs: 60_000, failuresBeforeEvent: 3 });
    const [event] = await take(stream[Symbol.asyncIterator](), 1);
    expect(event).toMatchObject({ type: "connection.error", connection: "bot", retrying: true });
    await elapse(600_000, 1000);
    expect(v.requests.length).toBeLessThan(20);
  });

  it("surfaces a permanently failing connection as a typed error while the others keep flowing", async () => {
    const good = await liveChatAi();
    const bad = await liveChatAi();
    good.addConversation("chat_1", at(1), "hi");
    bad.failAlways({ status: 401 });
    const sdk = createUnifiedClient({
      good: livechatai({ ...transport, baseUrl: good.baseUrl, agentId: "agent" }),
      bad: livechatai({ ...transport, baseUrl: bad.baseUrl, agentId: "agent" }),
    });
    const it = events(sdk, ["good", "bad"], { intervalMs: 1000 })[Symbol.asyncIterator]();
    const [failure] = await take(it, 1);
    expect(failure).toMatchObject({ type: "connection.error", connection: "bad", retrying: false });
    expect(failure?.type === "connection.error" && failure.error).toBeInstanceOf(AuthenticationError);
    await elapse(1500); // good's first poll sets its baseline
    good.addMessage("chat_1", "still here", at(2));
    const [event] = await take(it, 1);
    expect(event).toMatchObject({ type: "message.created", connection: "good", message: { text: "still here" } });
    expect(bad.requests.length).toBe(1);
  });

  it("turns everything a hostile server sends into an SdkError, never a TypeError or a hang", async () => {
    const bodies = ["not json", "null", "[]", '{"data":"x"}', '{"data":{"conversations":[{"id":null}],"meta":{"totalPages":1}}}', '{"data":{"conversations":[7],"meta":{"totalPages":"x"}}}'];
    for (const body of bodies) {
      const v = await liveChatAi();
      v.failAlways({ status: 200, body });
      const [event] = await take(events(client(v), "bot", { intervalMs: 1000, failuresBeforeEvent: 1 })[Symbol.asyncIterator](), 1);
      expect(event?.type, body).toBe("connection.error");
      expect(event?.type === "connection.error" && event.error, body).toBeInstanceOf(SdkError);
    }
  });

  it("scans a vendor without a documented order in full, bounded by maxConversations", async () => {
    const v = await startFakeVendor("5chat", { pageSize: 2 });
    vendors.push(v);
    for (let i = 1; i <= 7; i++) v.addConversation(`tok${i}`, at(i), `hi ${i}`);
    const sdk = createUnifiedClient({ site: fiveChat({ ...transport, baseUrl: v.baseUrl }) });
    expect(sdk.capabilities("site").events).toEqual({ push: false, poll: "full-scan" });
    const it = events(sdk, "site", { intervalMs: 1000, maxConversations: 5 })[Symbol.asyncIterator]();
    const next = it.next();
    await elapse(1500);
    v.addMessage("tok2", "news", at(30));
    const [event] = await take({ next: () => next } as AsyncIterator<unknown>, 1);
    expect(event).toMatchObject({ type: "message.created", connection: "site", ref: { connection: "site", token: "tok2" }, message: { text: "news" } });
    // 5 conversations read per poll at most: 3 list pages + 5 message reads.
    const perPoll = v.requests.filter((r) => r.path === "/conversations").length;
    expect(perPoll).toBeGreaterThan(0);
    expect(v.requests.filter((r) => r.path.startsWith("/conversations/tok6")).length).toBe(0);
  });

  it("ends when the caller's signal aborts", async () => {
    const v = await liveChatAi();
    const controller = new AbortController();
    const it = events(client(v), "bot", { intervalMs: 1000, signal: controller.signal, stores: memoryStores() })[Symbol.asyncIterator]();
    const next = it.next();
    await elapse(2000);
    controller.abort();
    await expect(next).resolves.toEqual({ done: true, value: undefined });
  });
});
