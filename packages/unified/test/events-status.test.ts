/**
 * Status changes deduplicated by state, not by id: the failure this prevents is a conversation
 * resolved, reopened and resolved again within ten minutes whose second resolve was never yielded
 * (its id `…:status:open>resolved` was still remembered). Memory and file stores here, Redis in
 * events-redis.test.ts; the stream end to end below.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fileStore } from "../src/file-store.js";
import { createUnifiedClient, type EventStores, events, livechatai, memoryStores } from "../src/index.js";
import { elapse, settleNext, take, useFakeClock } from "./events-driver.js";
import { type FakeVendor, startFakeVendor } from "./events-fake-vendors.js";
import { statusDedupeCases } from "./events-status-cases.js";
import { claimEvent, commitEvent } from "../src/events/dedupe.js";

let dir: string;
beforeEach(async () => {
  useFakeClock();
  dir = await mkdtemp(join(tmpdir(), "unified-status-"));
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const later = async (ms: number): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe("memoryStores: status changes by state", () => {
  statusDedupeCases(() => Promise.resolve(memoryStores().seen), later);
});

describe("fileStore: status changes by state", () => {
  statusDedupeCases(() => Promise.resolve(fileStore(join(dir, `s-${Math.random().toString(36).slice(2)}.json`)).seen), later);

  it("remembers the last announced status across a restart", async () => {
    const path = join(dir, "restart.json");
    const first = fileStore(path).seen;
    const change = { value: "resolved", at: Date.parse("2026-01-01T00:00:00Z") };
    expect(await first.claimState("support:42:status", change, 60_000)).toBe("claimed");
    await first.commitState("support:42:status", change, 86_400_000);
    expect(await fileStore(path).seen.claimState("support:42:status", change, 60_000)).toBe("done");
  });
});

describe("the stream yields every real status change", () => {
  let vendor: FakeVendor;
  beforeEach(async () => {
    vendor = await startFakeVendor("livechatai");
  });
  afterEach(async () => {
    await vendor.close();
  });

  it("yields a status change again after a crash between yield and commit (at-least-once)", async () => {
    const shared = memoryStores();
    let dead = false;
    // Stores as a process that died sees them: every call hangs from then on.
    const hangAfterDeath = <S extends object>(store: S): S =>
      Object.fromEntries(Object.entries(store).map(([name, fn]) => [name, (...args: unknown[]) => (dead ? new Promise(() => undefined) : (fn as (...a: unknown[]) => unknown)(...args))])) as S;
    const dying: EventStores = { checkpoints: hangAfterDeath(shared.checkpoints), seen: hangAfterDeath(shared.seen), leases: hangAfterDeath(shared.leases) };
    const c = vendor.addConversation("chat_1", "2026-01-01T00:01:00.000Z", "hi");
    const sdk = createUnifiedClient({ bot: livechatai({ baseUrl: vendor.baseUrl, apiKey: "k", agentId: "agent", maxRetries: 0 }) });
    const a = events(sdk, "bot", { intervalMs: 1000, leaseMs: 5000, stores: dying, holder: "a" })[Symbol.asyncIterator]();
    const pending = a.next();
    await elapse(1500);
    c.resolved = true;
    const taken = await settleNext(pending);
    expect(taken).toMatchObject({ type: "conversation.status_changed", status: "resolved" });
    dead = true; // dies before asking for the next event: the change was never committed

    const b = events(sdk, "bot", { intervalMs: 1000, leaseMs: 5000, stores: shared, holder: "b" })[Symbol.asyncIterator]();
    const [again] = await take(b, 1);
    expect(again).toMatchObject({ type: "conversation.status_changed", previousStatus: "open", status: "resolved" });
    await b.return?.();
  });

  it("yields resolved, reopened and resolved again within ten minutes: three events, none lost", async () => {
    const c = vendor.addConversation("chat_1", "2026-01-01T00:01:00.000Z", "hi");
    const sdk = createUnifiedClient({ bot: livechatai({ baseUrl: vendor.baseUrl, apiKey: "k", agentId: "agent", maxRetries: 0 }) });
    const it = events(sdk, "bot", { intervalMs: 1000 })[Symbol.asyncIterator]();
    const first = it.next();
    await elapse(1500); // the baseline poll
    const statuses: unknown[] = [];
    for (const [i, resolved] of [true, false, true].entries()) {
      c.resolved = resolved;
      const event = i === 0 ? await settleNext(first) : (await take(it, 1))[0];
      statuses.push(event);
    }
    expect(statuses).toMatchObject([
      { type: "conversation.status_changed", previousStatus: "open", status: "resolved" },
      { type: "conversation.status_changed", previousStatus: "resolved", status: "open" },
      { type: "conversation.status_changed", previousStatus: "open", status: "resolved" },
    ]);
    const ids = statuses.map((e) => (e as { id: string }).id);
    expect(new Set(ids).size).toBe(3);
    await it.return?.();
  });
});

describe("status stamps a server gets wrong", () => {
  it("does not let a stamp from the far future silence every later change", async () => {
    const { seen } = memoryStores();
    const receivedAt = "2026-01-01T00:00:00.000Z";
    const event = (status: string, updatedAt: string) => ({ id: `support:42:status:?>${status}@1`, type: "conversation.status_changed", status, conversation: { updatedAt }, receivedAt });
    const announce = async (e: ReturnType<typeof event>) => (await claimEvent(seen, e, 60_000)) === "claimed" && (await commitEvent(seen, e, 86_400_000), true);
    expect(await announce(event("resolved", "2099-01-01T00:00:00.000Z"))).toBe(true); // a broken clock
    expect(await announce(event("open", "2026-01-01T00:00:05.000Z"))).toBe(true);
    expect(await announce(event("resolved", "2026-01-01T00:00:09.000Z"))).toBe(true);
  });
});
