/**
 * Units the spawned-binary tests cannot pin down: progress figures (injected clock), the delivery
 * retry schedule (injected wait and random, no real sleeping), and connection merging.
 */
import { describe, expect, it } from "vitest";
import { loadConnections } from "../src/config.js";
import { progressLine, rates } from "../src/export/progress.js";
import { backoffMs, deliver } from "../src/webhooks/deliver.js";
import { forwardBody } from "../src/webhooks/forward-body.js";
import { startReceiver } from "./support/receiver.js";

describe("progress figures", () => {
  it("rate counts only this run's messages; ETA from the conversation rate when a total is known", () => {
    const startAt = { conversations: 100, messages: 1000 };
    expect(rates({ conversations: 150, messages: 3000 }, { total: 350, startAt }, 10_000)).toEqual({ perSecond: 200, etaSeconds: 40 });
    expect(rates({ conversations: 150, messages: 3000 }, { total: undefined, startAt }, 10_000).etaSeconds).toBeUndefined();
    expect(progressLine("export x", { conversations: 150, messages: 3000 }, { total: 350, startAt }, 10_000)).toBe("export x: 150 of 350 conversations, 3000 messages, 200 messages/s, ETA 40 s");
    expect(progressLine("export x", { conversations: 0, messages: 0 }, { total: undefined, startAt: { conversations: 0, messages: 0 } }, 0)).toBe("export x: 0 conversations, 0 messages, 0 messages/s");
  });
});

describe("delivery retries", () => {
  it("full-jitter exponential backoff, capped", () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffMs(a, 500, 5_000, () => 1))).toEqual([500, 1000, 2000, 4000, 5000, 5000]);
    expect(backoffMs(3, 500, 5_000, () => 0.5)).toBe(1000);
  });

  it("retries a handler that is down (503) with the same delivery id, then succeeds", async () => {
    const receiver = await startReceiver("s3cret-value");
    receiver.failNext(2);
    const waits: number[] = [];
    try {
      const result = await deliver({
        url: receiver.url,
        body: JSON.stringify({ event: "message_created", id: 1 }),
        secret: "s3cret-value",
        attempts: 5,
        baseDelayMs: 500,
        maxDelayMs: 30_000,
        timeoutMs: 5_000,
        signal: new AbortController().signal,
        random: () => 0.5,
        wait: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
      });
      expect(result).toMatchObject({ ok: true, status: 200, attempts: 3 });
      expect(waits).toEqual([250, 500]);
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]?.headers["x-chatwoot-delivery"]).toBe(result.deliveryId);
    } finally {
      await receiver.close();
    }
  });

  it("reports after the last attempt when the handler stays down", async () => {
    const receiver = await startReceiver("s3cret-value");
    const url = receiver.url;
    await receiver.close();
    const result = await deliver({ url, body: "{}", secret: undefined, attempts: 3, baseDelayMs: 10, maxDelayMs: 10, timeoutMs: 1000, signal: new AbortController().signal, random: () => 0, wait: () => Promise.resolve() });
    expect(result).toMatchObject({ ok: false, status: undefined, attempts: 3, problem: "the handler is down (connection refused)" });
  });
});

describe("forwarded body", () => {
  it("names the Chatwoot event and drops vendor payloads", () => {
    const body = forwardBody({ type: "message.created", id: "c:1:message:2", connection: "c", vendor: "chatwoot", message: { text: "hi", raw: { secret: 1 } } });
    expect(body).toEqual({ event: "message_created", type: "message.created", id: "c:1:message:2", connection: "c", vendor: "chatwoot", message: { text: "hi" } });
  });
});

describe("connections", () => {
  it("merges the file's and the environment's, the environment winning; env-only connections are found", () => {
    const env = { CONVERSATIONS_SUPPORT_BASE_URL: "http://127.0.0.1:1", CONVERSATIONS_BOT_VENDOR: "livechatai", CONVERSATIONS_BOT_AGENT_ID: "a1" };
    const found = loadConnections(undefined, env);
    expect([...found.keys()]).toEqual(["bot"]);
    expect(found.get("bot")).toEqual({ name: "bot", vendor: "livechatai", baseUrl: undefined, accountId: undefined, agentId: "a1", credentialEnv: "CONVERSATIONS_BOT_TOKEN" });
  });
});
