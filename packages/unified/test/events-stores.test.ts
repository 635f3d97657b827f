/**
 * Delivery across restarts and crashes, and bounded memory: the guarantees the stores give the
 * event stream.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fileStore } from "../src/file-store.js";
import { createUnifiedClient, type EventStores, livechatai, memoryStores, events } from "../src/index.js";
import { elapse, settle, settleNext, take, useFakeClock } from "./events-driver.js";
import { type FakeVendor, startFakeVendor } from "./events-fake-vendors.js";

const T0 = "2026-01-01T00:00:00.000Z";
const at = (minutes: number): string => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

let vendor: FakeVendor;
let dir: string;
beforeEach(async () => {
  useFakeClock();
  vendor = await startFakeVendor("livechatai");
  dir = await mkdtemp(join(tmpdir(), "unified-events-"));
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await vendor.close();
  await rm(dir, { recursive: true, force: true });
});

const sdk = () => createUnifiedClient({ bot: livechatai({ baseUrl: vendor.baseUrl, apiKey: "k", agentId: "agent", maxRetries: 0 }) });

/** Stores that stop answering after `kill()`, as those of a process that died. */
function killable(stores: EventStores): { stores: EventStores; kill: () => void } {
  let dead = false;
  const wrap = <O extends object>(o: O): O =>
    new Proxy(o, {
      get: (target, key) => {
        const value = Reflect.get(target, key) as unknown;
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => (dead ? new Promise(() => undefined) : (value as (...a: unknown[]) => unknown).apply(target, args));
      },
    });
  return { stores: { checkpoints: wrap(stores.checkpoints), seen: wrap(stores.seen), leases: wrap(stores.leases) }, kill: () => (dead = true) };
}

describe("event delivery across restarts", () => {
  it("repeats nothing after a restart (file store)", async () => {
    const path = join(dir, "events.json");
    vendor.addConversation("chat_1", at(1), "hi");
    const first = new AbortController();
    const a = events(sdk(), "bot", { intervalMs: 1000, stores: fileStore(path), signal: first.signal })[Symbol.asyncIterator]();
    const pending = a.next();
    await elapse(1500);
    vendor.addMessage("chat_1", "one", at(2));
    vendor.addMessage("chat_1", "two", at(3));
    const one = await settleNext(pending);
    const [two] = await take(a, 1);
    const after = a.next(); // the consumer moves past "two": it is committed
    await elapse(2000);
    first.abort();
    await settle(after);
    expect([one, two]).toMatchObject([{ message: { text: "one" } }, { message: { text: "two" } }]);

    vendor.addMessage("chat_1", "three", at(4));
    const b = events(sdk(), "bot", { intervalMs: 1000, stores: fileStore(path) })[Symbol.asyncIterator]();
    const [next] = await take(b, 1);
    expect(next).toMatchObject({ type: "message.created", message: { text: "three" } });
  });

  it("redelivers an event the consumer took when a crash kept it from being committed", async () => {
    const shared = memoryStores();
    const crashing = killable(shared);
    vendor.addConversation("chat_1", at(1), "hi");
    const a = events(sdk(), "bot", { intervalMs: 1000, leaseMs: 5000, stores: crashing.stores, holder: "a" })[Symbol.asyncIterator]();
    const pending = a.next();
    await elapse(1500);
    vendor.addMessage("chat_1", "important", at(2));
    const taken = await settleNext(pending);
    expect(taken).toMatchObject({ message: { text: "important" } });
    crashing.kill(); // dies between yield and commit: never asks for the next event

    const b = events(sdk(), "bot", { intervalMs: 1000, leaseMs: 5000, stores: shared, holder: "b" })[Symbol.asyncIterator]();
    const [again] = await take(b, 1);
    expect(again).toMatchObject({ id: (taken as { id: string }).id, message: { text: "important" } });
  });

  it("yields a webhook-delivered message once when the poll sees it too", async () => {
    vendor.addConversation("chat_1", at(1), "hi");
    const stream = events(sdk(), "bot", { intervalMs: 1000 });
    const it = stream[Symbol.asyncIterator]();
    const first = it.next();
    await elapse(1500);
    const m = vendor.addMessage("chat_1", "seen twice", at(2));
    // What a webhook handler would push: the same logical id as the poll derives.
    const pushed = { id: `bot:chat_1:message:${m.id}`, type: "message.created", source: "webhook" } as never;
    const pushing = stream.push(pushed);
    expect(await settleNext(first)).toMatchObject({ source: "webhook" });
    const next = it.next();
    await settle(pushing);
    await elapse(5000);
    vendor.addMessage("chat_1", "later", at(3));
    expect(await settleNext(next)).toMatchObject({ message: { text: "later" } });
  });
});

describe("bounded memory", () => {
  it("keeps at most maxSeen ids over 100,000 events, forgetting the oldest first", async () => {
    const { seen } = memoryStores({ maxSeen: 10_000 });
    let claimed = 0;
    for (let i = 0; i < 100_000; i++) {
      if ((await seen.claim(`e${i}`, 60_000)) === "claimed") claimed++;
      await seen.commit(`e${i}`, 86_400_000);
    }
    expect(claimed).toBe(100_000);
    expect(await seen.claim("e99999", 60_000)).toBe("done");
    expect(await seen.claim("e90000", 60_000)).toBe("done");
    expect(await seen.claim("e0", 60_000)).toBe("claimed"); // forgotten: bounded
  }, 30_000);

  it("expires seen ids after their time to live", async () => {
    const { seen } = memoryStores();
    await seen.claim("x", 1000);
    await seen.commit("x", 5000);
    expect(await seen.claim("x", 1000)).toBe("done");
    vi.advanceTimersByTime(5001);
    expect(await seen.claim("x", 1000)).toBe("claimed");
  });

  it("streams 100,000 pushed events with a bounded store and no backlog", async () => {
    vi.useRealTimers();
    const N = 100_000;
    const stores = memoryStores({ maxSeen: 1000 });
    const t0 = performance.now();
    const stream = events(sdk(), "bot", { intervalMs: 86_400_000, stores });
    const it = stream[Symbol.asyncIterator]();
    let received = 0;
    const consumer = (async () => {
      for (;;) {
        const r = await it.next();
        if (r.done === true) return;
        received++;
        if (received === N) return await it.return?.(); // the last push resolves when the consumer moves on
      }
    })();
    for (let i = 0; i < N; i++) await stream.push({ id: `bot:c:message:${i}`, type: "message.created" } as never);
    await consumer;
    expect(received).toBe(N);
    // Figure for the report (not asserted: no wall-clock assertions).
    console.info(`events: ${N} pushed events through one stream in ${Math.round(performance.now() - t0)} ms`);
    expect(await stores.seen.claim("bot:c:message:0", 1000)).toBe("claimed");
  }, 60_000);
});
