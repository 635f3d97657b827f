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
 * A state an event announces (a conversation's status): its `value` and the vendor's stamp of the
 * observation (`at`, ms since the epoch: Chatwoot's `updated_at`), or `null` when the vendor gives none.
 */
export interface AnnouncedState {
  readonly value: string;
  readonly at: number | null;
}

/**
 * What was already handed to a consumer (the webhook handler's `DeliveryStore`, generalised).
 * Every entry expires, so the store stays bounded however long it runs.
 *
 * Two kinds of events. One that happens once (a message, a conversation created) is deduplicated
 * by its logical id: `claim` / `commit` / `release`. One that announces a state that can come back
 * (a conversation resolved, reopened, resolved again) is deduplicated by state: per key (one
 * conversation's status) the store keeps the last state announced, and `claimState` finds an
 * observation `"done"` when it announces that same state, or is older than it (a poll that read
 * the listing before a webhook's newer change). Every real change is announced; a webhook and a
 * poll that see the same change announce it once. Both kinds follow the same cycle: claim before
 * the consumer gets the event, commit when it took it, release when it failed.
 */
export interface SeenEventStore {
  /** Claim `id` for `pendingMs` unless it is claimed or done (Redis: `SET NX PX`). */
  claim(id: string, pendingMs: number): Promise<ClaimResult>;
  /** The consumer took the event: remember `id` as done for `ttlMs`. */
  commit(id: string, ttlMs: number): Promise<void>;
  /** The consumer failed: forget `id`, so a redelivery is processed. */
  release(id: string): Promise<void>;
  /**
   * Claim announcing `state` under `key` for `pendingMs`: `"done"` when the last state committed
   * under `key` has the same value or a later stamp; `"pending"` when the same value is claimed and
   * not yet committed; else `"claimed"`. Atomic (Redis: one script).
   */
  claimState(key: string, state: AnnouncedState, pendingMs: number): Promise<ClaimResult>;
  /**
   * The consumer took it: `state` is the last announced under `key` for `ttlMs` — unless a state
   * with a later stamp was committed meanwhile, which stays. Ends the claim either way.
   */
  commitState(key: string, state: AnnouncedState, ttlMs: number): Promise<void>;
  /** The consumer failed: end the claim of `state` under `key`, so a redelivery is processed. */
  releaseState(key: string, state: AnnouncedState): Promise<void>;
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
