/**
 * The Redis stores against a real `redis-server` (Debian's package; the test command installs it,
 * scripts/services/redis.sh), started here on a free port of 127.0.0.1: many receivers and
 * pollers, one event each; a dead lease holder's polling taken over within the lease time.
 * Real timers: Redis expires keys on its own clock.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUnifiedClient, livechatai, events } from "../src/index.js";
import { redisStores, type RedisCommandClient } from "../src/redis.js";
import { createWebhookHandler } from "../src/webhooks/index.js";
import { type FakeVendor, startFakeVendor } from "./events-fake-vendors.js";
import { NOW, payloadOf, SECRET, signedHeaders } from "./webhook-fixtures.js";
import { statusDedupeCases } from "./events-status-cases.js";

const available = spawnSync("redis-server", ["--version"]).status === 0;
let server: ChildProcess | undefined;
let url = "";
const clients: { destroy(): void }[] = [];
let prefixCounter = 0;
let vendor: FakeVendor | undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => { resolve(); }));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function client(): Promise<RedisCommandClient & { destroy(): void }> {
  const c = createClient({ url, socket: { reconnectStrategy: false } });
  c.on("error", () => undefined);
  await c.connect();
  const wrapped = { sendCommand: async (args: string[]): Promise<unknown> => { const reply: unknown = await c.sendCommand(args); return reply; }, destroy: () => { c.destroy(); } };
  clients.push(wrapped);
  return wrapped;
}

beforeAll(async () => {
  if (!available) return;
  const port = await freePort();
  server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  url = `redis://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await client();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error("redis-server did not start");
});
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  await vendor?.close();
  vendor = undefined;
});
afterAll(() => {
  server?.kill();
});

const prefix = (): string => `test-${process.pid}-${++prefixCounter}:`;
const BODY = JSON.stringify(payloadOf("message_created"));

describe.runIf(available)("redisStores against a real redis-server", () => {
  it("acts once on a duplicate delivery reaching two receivers that share Redis", async () => {
    const p = prefix();
    const acted: string[] = [];
    const receiver = async () => createWebhookHandler({ chatwoot: { secret: SECRET, connection: "support" }, seen: redisStores(await client(), { prefix: p }).seen, now: () => NOW, onEvent: (e) => void acted.push(e.id) });
    const [a, b] = await Promise.all([receiver(), receiver()]);
    const responses = await Promise.all([
      a(new Request("http://127.0.0.1/", { method: "POST", body: BODY, headers: signedHeaders(BODY, { deliveryId: "d-1" }) })),
      b(new Request("http://127.0.0.1/", { method: "POST", body: BODY, headers: signedHeaders(BODY, { deliveryId: "d-2" }) })),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(acted).toHaveLength(1);
  });

  it("two pollers on one connection produce each event once", async () => {
    vendor = await startFakeVendor("livechatai");
    vendor.addConversation("chat_1", new Date(Date.now() - 60_000).toISOString(), "hi");
    const p = prefix();
    const controller = new AbortController();
    const got: string[] = [];
    const consume = async (holder: string) => {
      const sdk = createUnifiedClient({ bot: livechatai({ baseUrl: vendor?.baseUrl ?? "", apiKey: "k", agentId: "a", maxRetries: 0 }) });
      for await (const event of events(sdk, "bot", { stores: redisStores(await client(), { prefix: p }), intervalMs: 100, leaseMs: 1000, holder, signal: controller.signal })) {
        if (event.type === "message.created") got.push(`${holder} ${event.message.text ?? ""}`);
      }
    };
    const running = [consume("a"), consume("b")];
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let i = 1; i <= 5; i++) vendor.addMessage("chat_1", `m${i}`, new Date(Date.now() + i).toISOString());
    while (got.length < 5) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500)); // room for a duplicate to show up
    controller.abort();
    await Promise.all(running);
    expect(got.map((g) => g.split(" ")[1]).sort()).toEqual(["m1", "m2", "m3", "m4", "m5"]);
  });

  it("hands polling to the other process within the lease time when the holder dies", async () => {
    vendor = await startFakeVendor("livechatai");
    vendor.addConversation("chat_1", new Date(Date.now() - 60_000).toISOString(), "hi");
    const p = prefix();
    const leaseMs = 1000;
    const sdk = () => createUnifiedClient({ bot: livechatai({ baseUrl: vendor?.baseUrl ?? "", apiKey: "k", agentId: "a", maxRetries: 0 }) });
    const holderClient = await client();
    const stopA = new AbortController();
    const a = events(sdk(), "bot", { stores: redisStores(holderClient, { prefix: p }), intervalMs: 100, leaseMs, holder: "a", signal: stopA.signal })[Symbol.asyncIterator]();
    void a.next();
    await new Promise((resolve) => setTimeout(resolve, 400)); // "a" holds the lease and polls
    const controller = new AbortController();
    const b = events(sdk(), "bot", { stores: redisStores(await client(), { prefix: p }), intervalMs: 100, leaseMs, holder: "b", signal: controller.signal })[Symbol.asyncIterator]();
    const nextOfB = b.next();
    holderClient.destroy(); // "a" dies: it can neither renew nor release its lease
    const diedAt = Date.now();
    vendor.addMessage("chat_1", "after the crash", new Date().toISOString());
    const result = await nextOfB;
    const event = result.done === true ? undefined : result.value;
    expect(event).toMatchObject({ type: "message.created", message: { text: "after the crash" } });
    // Within the lease time (plus a poll interval and the first poll's baseline).
    expect(Date.now() - diedAt).toBeLessThan(leaseMs + 4000);
    controller.abort();
    stopA.abort();
  });

  it("costs two Redis round trips per event (claim, commit), plus the poll's own", async () => {
    const raw = await client();
    let calls = 0;
    const counting: RedisCommandClient = { sendCommand: (args) => (calls++, raw.sendCommand(args)) };
    const { seen } = redisStores(counting, { prefix: prefix() });
    for (let i = 0; i < 100; i++) {
      await seen.claim(`e${i}`, 60_000);
      await seen.commit(`e${i}`, 60_000);
    }
    expect(calls / 100).toBe(2);
    expect(await seen.claim("e1", 60_000)).toBe("done");
    // A status change: one script to compare and claim, one to commit.
    calls = 0;
    for (let i = 0; i < 100; i++) {
      const change = { value: i % 2 === 0 ? "resolved" : "open", at: 1_767_225_600_000 + i * 1000 };
      await seen.claimState("support:42:status", change, 60_000);
      await seen.commitState("support:42:status", change, 60_000);
    }
    expect(calls / 100).toBe(2);
  });
});

describe.runIf(available)("redisStores: status changes by state (one script per claim and per commit)", () => {
  statusDedupeCases(async () => redisStores(await client(), { prefix: prefix() }).seen, (ms) => new Promise((resolve) => setTimeout(resolve, ms)));

  it("reads a status key someone else wrote over as no announced state, not a script error", async () => {
    const raw = await client();
    const p = prefix();
    await raw.sendCommand(["SET", `${p}seen:support:42:status`, "garbage"]);
    const { seen } = redisStores(raw, { prefix: p });
    const change = { value: "resolved", at: 1_767_225_600_000 };
    expect(await seen.claimState("support:42:status", change, 60_000)).toBe("claimed");
    await seen.commitState("support:42:status", change, 60_000);
    expect(await seen.claimState("support:42:status", change, 60_000)).toBe("done");
  });

  it("announces a change once when two receivers claim it at the same moment", async () => {
    const p = prefix();
    const [a, b] = [redisStores(await client(), { prefix: p }).seen, redisStores(await client(), { prefix: p }).seen];
    const change = { value: "resolved", at: Date.parse("2026-01-01T00:00:00Z") };
    const results = await Promise.all([a.claimState("support:42:status", change, 60_000), b.claimState("support:42:status", change, 60_000)]);
    expect(results.sort()).toEqual(["claimed", "pending"]);
  });
});

// Registered only when redis-server is missing, so a run with Redis reports no skip at all.
if (!available) {
  describe("redisStores", () => {
    it("needs redis-server", (ctx) => {
      ctx.skip("redis-server is not installed (the test command installs it: scripts/services/redis.sh)");
    });
  });
}
