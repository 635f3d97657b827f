/**
 * The options of `events(sdk, connections, options)` and the stream it returns.
 */
import type { EventStores } from "../stores/types.js";

/** Options of `events(sdk, connections, options)`. */
export interface EventsOptions<Filters extends object = object> {
  /** Stop the stream: iteration ends, nothing yielded after the stop is committed. */
  readonly signal?: AbortSignal;
  /** Time between two polls of a connection, in ms (default 5 000; at least 100). */
  readonly intervalMs?: number;
  /** The longest back-off after failures or 429s, in ms (default 300 000). `Retry-After` is honoured up to it. */
  readonly maxIntervalMs?: number;
  /** What to watch, as `listConversations` takes it (Chatwoot: `{ accountId }`). Default `{}`. */
  readonly filters?: Filters;
  /** Checkpoints, seen ids and leases. Default `memoryStores()` (one process, lost on exit). */
  readonly stores?: EventStores;
  /** Without a checkpoint: `"now"` (default) yields only what happens after the first poll; `"beginning"` yields what the first poll finds. */
  readonly from?: "now" | "beginning";
  /** Full-scan vendors (5chat): the most conversations one poll reads (default 200). */
  readonly maxConversations?: number;
  /** How long a yielded event's id is remembered, in ms (default 7 days). */
  readonly seenTtlMs?: number;
  /** How long a poller's lease on a connection lasts without renewal, in ms (default 30 000). */
  readonly leaseMs?: number;
  /** This process's name in leases (default a random id). */
  readonly holder?: string;
  /** Consecutive transient failures before a `connection.error` event is yielded (default 5). */
  readonly failuresBeforeEvent?: number;
}

/** What `events(sdk, …)` returns: `for await (const event of stream)`. */
export interface EventStream<E> extends AsyncIterable<E> {
  /**
   * Hand an event that arrived another way (a webhook handler's `onEvent`) to this stream: it is
   * yielded once, in order with the polled ones, and a poll that sees the same id later drops it.
   * Resolves when the consumer has taken it (so a handler answers 200 only then).
   */
  push(event: E): Promise<void>;
}
