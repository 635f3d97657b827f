/**
 * The stores an event stream keeps its state in: where each connection's poll stopped
 * (checkpoints), which logical events were already handed to the consumer (seen ids) and who polls
 * a connection right now (leases). Three small interfaces, so any database can back them;
 * `memoryStores()`, `fileStore(path)` and `redisStores(client)` (`@org/unified/redis`) ship here.
 */

/** Where each connection's poller stopped: an opaque string per key, written after the consumer took the events. */
export interface CheckpointStore {
  /** The value stored under `key`, or `null` when there is none. */
  get(key: string): Promise<string | null>;
  /** Store `value` under `key`, replacing what was there. */
  set(key: string, value: string): Promise<void>;
}

/**
 * What `claim` found: `"claimed"` (nobody had it: you own it now), `"pending"` (someone claimed it
 * and has not committed yet, or crashed — the claim expires after its `pendingMs`) or `"done"`
 * (committed: a duplicate).
 */
export type ClaimResult = "claimed" | "pending" | "done";

/**
 * Logical event ids already handed to a consumer (the webhook handler's `DeliveryStore`,
 * generalised). Every id expires, so the store stays bounded however long it runs.
 */
export interface SeenEventStore {
  /** Claim `id` for `pendingMs` unless it is claimed or done (Redis: `SET NX PX`). */
  claim(id: string, pendingMs: number): Promise<ClaimResult>;
  /** The consumer took the event: remember `id` as done for `ttlMs`. */
  commit(id: string, ttlMs: number): Promise<void>;
  /** The consumer failed: forget `id`, so a redelivery is processed. */
  release(id: string): Promise<void>;
}

/** Who polls a connection: one holder at a time, taken over when the holder stops renewing. */
export interface LeaseStore {
  /** Take `key` for `holder` for `ttlMs`, or renew it if `holder` has it; `true` when `holder` holds it now. */
  acquire(key: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Give `key` up if `holder` has it (a clean stop hands polling over at once). */
  release(key: string, holder: string): Promise<void>;
}

/** The stores of an event stream or webhook handler. */
export interface EventStores {
  readonly checkpoints: CheckpointStore;
  readonly seen: SeenEventStore;
  readonly leases: LeaseStore;
}
