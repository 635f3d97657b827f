/**
 * The status-dedupe cases every seen store must pass (memory, file: events-status.test.ts; Redis:
 * events-redis.test.ts). Each is named after the failure it prevents. `later(ms)` lets a claim's
 * `pendingMs` run out: fake time for memory and file stores, a real wait for Redis.
 */
import { expect, it } from "vitest";
import type { AnnouncedState, SeenEventStore } from "../src/index.js";

const KEY = "support:42:status";
const T = Date.parse("2026-01-01T00:00:00.000Z");
const at = (seconds: number, value: string): AnnouncedState => ({ value, at: T + seconds * 1000 });
const DAY = 86_400_000;

/** Announce `state` as the stream does: claim, and commit when claimed. */
async function announce(seen: SeenEventStore, state: AnnouncedState): Promise<boolean> {
  if ((await seen.claimState(KEY, state, 60_000)) !== "claimed") return false;
  await seen.commitState(KEY, state, DAY);
  return true;
}

export function statusDedupeCases(store: () => Promise<SeenEventStore>, later: (ms: number) => Promise<void>): void {
  it("announces resolved, reopened and resolved again within ten minutes: three events, none lost", async () => {
    const seen = await store();
    expect(await announce(seen, at(0, "resolved"))).toBe(true);
    expect(await announce(seen, at(60, "open"))).toBe(true);
    expect(await announce(seen, at(120, "resolved"))).toBe(true);
  });

  it("announces once a change both a webhook and a later poll see", async () => {
    const seen = await store();
    expect(await announce(seen, at(0, "resolved"))).toBe(true); // the webhook
    expect(await seen.claimState(KEY, at(5, "resolved"), 60_000)).toBe("done"); // the poll, later stamp
    expect(await seen.claimState(KEY, at(0, "resolved"), 60_000)).toBe("done"); // the webhook, retried
  });

  it("does not announce a stale status that a poll read before a newer change was announced", async () => {
    const seen = await store();
    expect(await announce(seen, at(0, "resolved"))).toBe(true);
    expect(await announce(seen, at(10, "open"))).toBe(true);
    // A poll that listed the conversation between the two changes, delivered after them.
    expect(await seen.claimState(KEY, at(3, "resolved"), 60_000)).toBe("done");
  });

  it("keeps the newer status when an older change's consumer commits late", async () => {
    const seen = await store();
    const older = at(0, "resolved");
    const newer = at(10, "open");
    expect(await seen.claimState(KEY, older, 60_000)).toBe("claimed");
    expect(await announce(seen, newer)).toBe(true);
    await seen.commitState(KEY, older, DAY);
    // `open` is still the last status announced: a poll seeing it again is a duplicate.
    expect(await seen.claimState(KEY, at(20, "open"), 60_000)).toBe("done");
    expect(await seen.claimState(KEY, at(30, "resolved"), 60_000)).toBe("claimed");
  });

  it("redelivers a status change whose consumer crashed between yield and commit", async () => {
    const seen = await store();
    const change = at(0, "resolved");
    expect(await seen.claimState(KEY, change, 200)).toBe("claimed");
    // Another process (or this one restarted) while the claim holds: not yet.
    expect(await seen.claimState(KEY, change, 200)).toBe("pending");
    await later(400);
    expect(await seen.claimState(KEY, change, 200)).toBe("claimed");
  });

  it("lets the redelivery through when the consumer failed (release)", async () => {
    const seen = await store();
    const change = at(0, "resolved");
    expect(await seen.claimState(KEY, change, 60_000)).toBe("claimed");
    await seen.releaseState(KEY, change);
    expect(await seen.claimState(KEY, change, 60_000)).toBe("claimed");
  });

  it("announces unstamped observations by value alone", async () => {
    const seen = await store();
    expect(await announce(seen, { value: "resolved", at: null })).toBe(true);
    expect(await seen.claimState(KEY, { value: "resolved", at: null }, 60_000)).toBe("done");
    expect(await announce(seen, { value: "open", at: null })).toBe(true);
    expect(await announce(seen, at(5, "resolved"))).toBe(true);
  });
}
