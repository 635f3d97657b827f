/**
 * `memoryStores()`: the event stream's default stores, in this process's memory. Bounded: seen ids
 * expire and, past `maxSeen`, the oldest are dropped, so a stream that runs for months holds at
 * most `maxSeen` ids. Lost on exit: use `fileStore(path)` to resume after a restart, or
 * `redisStores(client)` when several processes share the work.
 */
import type { AnnouncedState, CheckpointStore, ClaimResult, EventStores, LeaseStore, SeenEventStore } from "./types.js";

/** Options of {@link memoryStores}. */
export interface MemoryStoresOptions {
  /** The most seen ids kept (default 100 000); past it the oldest are forgotten first. */
  readonly maxSeen?: number;
  /** The clock, in ms since the epoch (default `Date.now`). */
  readonly now?: () => number;
}

/** A seen id, or (with `value`) the last state announced under a key. */
interface Seen {
  state: "pending" | "done";
  expiresAt: number;
  value?: string;
  at?: number | null;
}

/** The id a state's claim is held under, next to the key's announced state. */
export const pendingStateId = (key: string, state: AnnouncedState): string => `${key}=${state.value}`;

/** Whether `state` was observed before the announced one (both stamped). */
export const olderThan = (state: AnnouncedState, announcedAt: number | null | undefined): boolean =>
  state.at !== null && announcedAt !== null && announcedAt !== undefined && state.at < announcedAt;

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

/** A seen-event store over `seen` (bounded by `maxSeen`, ids expiring), alone: the webhook handler's default. */
export function seenOver(seen: MemoryState["seen"], options: MemoryStoresOptions = {}): SeenEventStore {
  const { maxSeen = 100_000, now = () => Date.now() } = options;
  let sweptAt = 0;

  /** Drop expired ids (at most once a second), then the oldest beyond `maxSeen`. Map order is insertion order. */
  function bound(): void {
    const t = now();
    if (t - sweptAt >= 1000) {
      sweptAt = t;
      for (const [id, entry] of seen) if (entry.expiresAt <= t) seen.delete(id);
    }
    for (const id of seen.keys()) {
      if (seen.size <= maxSeen) break;
      seen.delete(id);
    }
  }

  const live = (id: string): Seen | undefined => {
    const entry = seen.get(id);
    return entry !== undefined && entry.expiresAt > now() ? entry : undefined;
  };

  const store: SeenEventStore = {
    claim(id, pendingMs): Promise<ClaimResult> {
      const entry = live(id);
      if (entry !== undefined) return Promise.resolve(entry.state);
      seen.set(id, { state: "pending", expiresAt: now() + pendingMs });
      bound();
      return Promise.resolve("claimed");
    },
    commit(id, ttlMs) {
      // Re-insert so the map's order stays "oldest first" for the size bound.
      seen.delete(id);
      seen.set(id, { state: "done", expiresAt: now() + ttlMs });
      bound();
      return Promise.resolve();
    },
    release(id) {
      seen.delete(id);
      return Promise.resolve();
    },
    claimState(key, state, pendingMs) {
      const last = live(key);
      if (last?.value !== undefined && (last.value === state.value || olderThan(state, last.at))) return Promise.resolve("done");
      return store.claim(pendingStateId(key, state), pendingMs);
    },
    commitState(key, state, ttlMs) {
      seen.delete(pendingStateId(key, state));
      const last = live(key);
      // A newer state was announced while this one waited for its consumer: it stays.
      if (last?.value !== undefined && olderThan(state, last.at)) return Promise.resolve();
      seen.delete(key);
      seen.set(key, { state: "done", expiresAt: now() + ttlMs, value: state.value, at: state.at ?? last?.at ?? null });
      bound();
      return Promise.resolve();
    },
    releaseState(key, state) {
      seen.delete(pendingStateId(key, state));
      return Promise.resolve();
    },
  };
  return store;
}

/** Stores over `state` (the file store persists the same state). */
export function storesOver(state: MemoryState, options: MemoryStoresOptions = {}): EventStores {
  const now = options.now ?? (() => Date.now());
  const checkpoints: CheckpointStore = {
    get: (key) => Promise.resolve(state.checkpoints.get(key) ?? null),
    set(key, value) {
      state.checkpoints.set(key, value);
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

  return { checkpoints, seen: seenOver(state.seen, options), leases };
}

/**
 * Checkpoints, seen ids and leases in memory: the default of `events(sdk, …)` and
 * `createWebhookHandler()`. Share one object between a stream and a handler in one process.
 */
export function memoryStores(options: MemoryStoresOptions = {}): EventStores {
  return storesOver(emptyState(), options);
}
