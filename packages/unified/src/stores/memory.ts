/**
 * `memoryStores()`: the event stream's default stores, in this process's memory. Bounded: seen ids
 * expire and, past `maxSeen`, the oldest are dropped, so a stream that runs for months holds at
 * most `maxSeen` ids. Lost on exit: use `fileStore(path)` to resume after a restart, or
 * `redisStores(client)` when several processes share the work.
 */
import type { CheckpointStore, ClaimResult, EventStores, LeaseStore, SeenEventStore } from "./types.js";

/** Options of {@link memoryStores}. */
export interface MemoryStoresOptions {
  /** The most seen ids kept (default 100 000); past it the oldest are forgotten first. */
  readonly maxSeen?: number;
  /** The clock, in ms since the epoch (default `Date.now`). */
  readonly now?: () => number;
}

interface Seen {
  state: "pending" | "done";
  expiresAt: number;
}

/** The state behind memory stores, exposed to the file store so it can persist it. */
export interface MemoryState {
  readonly checkpoints: Map<string, string>;
  readonly seen: Map<string, Seen>;
  readonly leases: Map<string, { holder: string; expiresAt: number }>;
}

/** An empty state. */
export function emptyState(): MemoryState {
  return { checkpoints: new Map(), seen: new Map(), leases: new Map() };
}

/** Stores over `state` (the file store persists the same state). */
export function storesOver(state: MemoryState, options: MemoryStoresOptions = {}): EventStores {
  const { maxSeen = 100_000, now = Date.now } = options;
  let sweptAt = 0;

  /** Drop expired ids (at most once a second), then the oldest beyond `maxSeen`. Map order is insertion order. */
  function bound(): void {
    const t = now();
    if (t - sweptAt >= 1000) {
      sweptAt = t;
      for (const [id, entry] of state.seen) if (entry.expiresAt <= t) state.seen.delete(id);
    }
    for (const id of state.seen.keys()) {
      if (state.seen.size <= maxSeen) break;
      state.seen.delete(id);
    }
  }

  function live(id: string): Seen | undefined {
    const entry = state.seen.get(id);
    if (entry !== undefined && entry.expiresAt <= now()) {
      state.seen.delete(id);
      return undefined;
    }
    return entry;
  }

  const checkpoints: CheckpointStore = {
    get: (key) => Promise.resolve(state.checkpoints.get(key) ?? null),
    set(key, value) {
      state.checkpoints.set(key, value);
      return Promise.resolve();
    },
  };

  const seen: SeenEventStore = {
    claim(id, pendingMs): Promise<ClaimResult> {
      const entry = live(id);
      if (entry !== undefined) return Promise.resolve(entry.state);
      state.seen.set(id, { state: "pending", expiresAt: now() + pendingMs });
      bound();
      return Promise.resolve("claimed");
    },
    commit(id, ttlMs) {
      // Re-insert so the map's order stays "oldest first" for the size bound.
      state.seen.delete(id);
      state.seen.set(id, { state: "done", expiresAt: now() + ttlMs });
      bound();
      return Promise.resolve();
    },
    release(id) {
      state.seen.delete(id);
      return Promise.resolve();
    },
  };

  const leases: LeaseStore = {
    acquire(key, holder, ttlMs) {
      const lease = state.leases.get(key);
      if (lease !== undefined && lease.holder !== holder && lease.expiresAt > now()) return Promise.resolve(false);
      state.leases.set(key, { holder, expiresAt: now() + ttlMs });
      return Promise.resolve(true);
    },
    release(key, holder) {
      if (state.leases.get(key)?.holder === holder) state.leases.delete(key);
      return Promise.resolve();
    },
  };

  return { checkpoints, seen, leases };
}

/**
 * Checkpoints, seen ids and leases in memory: the default of `sdk.events()` and
 * `createWebhookHandler()`. Share one object between a stream and a handler in one process.
 */
export function memoryStores(options: MemoryStoresOptions = {}): EventStores {
  return storesOver(emptyState(), options);
}
