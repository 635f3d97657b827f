/**
 * `events(sdk, …)` against the spec-driven mock vendors (the spec's examples): every vendor's poll
 * reads what its spec documents — no connection.error, events carry refs of their connection.
 */
import { startMockServers, type MockServers } from "@org/mock-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type ChatwootTypes, chatwoot, createUnifiedClient, type EventStores, fiveChat, livechatai, memoryStores, type MessageCreatedEventOf, events } from "../src/index.js";
import { createWebhookHandler } from "../src/webhooks/index.js";
import { take, useFakeClock } from "./events-driver.js";
import { conversationWebhook, messageWebhook, NOW, SECRET, signedHeaders } from "./webhook-fixtures.js";

let servers: MockServers;
beforeAll(async () => {
  servers = await startMockServers();
});
afterAll(async () => {
  await servers.close();
});

describe("events(sdk, …) against the mock vendors", () => {
  it.each(["widget", "bot", "support"] as const)("reads %s's documented listing and messages from the beginning", async (connection) => {
    useFakeClock();
    try {
      const sdk = createUnifiedClient({
        widget: fiveChat({ baseUrl: servers["5chat"].baseUrl, apiKey: "test-token", maxRetries: 0 }),
        bot: livechatai({ baseUrl: servers.livechatai.baseUrl, apiKey: "test-token", agentId: "clx1234567890abcdef", maxRetries: 0 }),
        support: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "test-token", maxRetries: 0 }),
      });
      const stop = new AbortController();
      const stream = events(sdk, connection, { from: "beginning", intervalMs: 1000, failuresBeforeEvent: 1, ...(connection === "support" ? { filters: { support: { accountId: 1 } } } : {}), signal: stop.signal });
      const [event] = await take(stream[Symbol.asyncIterator](), 1);
      expect(event?.type).not.toBe("connection.error");
      expect(event).toMatchObject({ connection, source: "poll", ref: { connection } });
      stop.abort();
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });
});

describe("a Chatwoot webhook and a poll of the same message", () => {
  it("give one event: the delivery's id is the poll's", async () => {
    const sdk = () => createUnifiedClient({ support: chatwoot({ baseUrl: servers.chatwoot.baseUrl, apiAccessToken: "test-token", maxRetries: 0 }) });
    const options = { from: "beginning" as const, intervalMs: 3_600_000, filters: { support: { accountId: 1 } } };
    // What the poll yields from the spec's examples.
    const polled = events(sdk(), "support", { ...options, signal: AbortSignal.timeout(10_000) });
    let message: MessageCreatedEventOf<ChatwootTypes, "support"> | undefined;
    for await (const event of polled) {
      if (event.type === "message.created") {
        message = event;
        break;
      }
    }
    if (message === undefined) throw new Error("the poll yielded no message.created");

    // A fresh stream: the same message arrives by webhook first, then the poll sees it.
    const stop = new AbortController();
    // The poll is over once its checkpoint is written (after every event of it is delivered or known).
    const base = memoryStores();
    let pollFinished: () => void = () => undefined;
    const pollDone = new Promise<void>((resolve) => (pollFinished = resolve));
    const stores: EventStores = { ...base, checkpoints: { get: (key) => base.checkpoints.get(key), set: (key, value) => base.checkpoints.set(key, value).then(pollFinished) } };
    const stream = events(sdk(), "support", { ...options, stores, signal: stop.signal });
    const body = JSON.stringify(messageWebhook({ id: Number(message.message.id), conversation: { ...conversationWebhook(), id: message.ref.conversationId }, account: { id: 1, name: "Acme" } }));
    const handler = createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support", accountId: 1 }, now: () => NOW, stream });
    const seen: string[] = [];
    const consuming = (async () => {
      for await (const event of stream) seen.push(`${event.type === "connection.error" ? "error" : event.source} ${event.id}`);
    })();
    expect((await handler(new Request("http://127.0.0.1/", { method: "POST", body, headers: signedHeaders(body) }))).status).toBe(200);
    await pollDone; // the stream's first poll read the same message
    stop.abort();
    await consuming;
    // Whichever arrived first (here the stream's first poll), the other is dropped: one event.
    expect(seen.filter((s) => s.endsWith(` ${message.id}`))).toHaveLength(1);
  });
});
