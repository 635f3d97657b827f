/**
 * The event stream behind `events(sdk, …)`: one poller per connection (holding that connection's
 * lease), webhook events pushed in, one consumer.
 *
 * Delivery is **at-least-once per consumer, deduplicated by logical id**: before an event is
 * yielded its id is claimed in the seen store (`pending`); when the consumer asks for the next
 * event the id is committed (`done`), and once every event of a poll is committed the poll's
 * checkpoint is written. A crash between yield and commit leaves the checkpoint where it was and the
 * claim expires, so the event comes again after a restart; an id already `done` is never yielded
 * again (within `seenTtlMs`). A status change is deduplicated by state instead (`claimState`: the
 * conversation's last announced status), so every real change is yielded, however often it repeats.
 */
import { InvalidRequestError } from "@org/runtime";
import type { Adapter } from "../adapter.js";
import type { VendorTypes } from "../model.js";
import type { EventStores } from "../stores/types.js";
import { asSdkError, backoffDelay, isTransient, nextPollDelay } from "./backoff.js";
import { parseCheckpoint, serializeCheckpoint } from "./checkpoint.js";
import { claimEvent, commitEvent, releaseEvent } from "./dedupe.js";
import type { EventStream } from "./options.js";
import { pollOnce } from "./poll-cycle.js";
import { HandOver } from "./queue.js";
import type { ConnectionErrorEventOf, StreamEventOf } from "./types.js";

/**
 * An event as the stream handles it, over any vendor and connection name; `events(sdk, …)`
 * presents the stream typed with the client's connections.
 */
export type StreamEvent = StreamEventOf<VendorTypes, string>;

/** One connection to poll. */
export interface StreamConnection {
  readonly connection: string;
  readonly adapter: Adapter;
  readonly filters: object;
}

/** The checked settings of a stream. */
export interface StreamSettings {
  readonly signal: AbortSignal | undefined;
  readonly intervalMs: number;
  readonly maxIntervalMs: number;
  readonly stores: EventStores;
  readonly from: "now" | "beginning";
  readonly maxConversations: number;
  readonly seenTtlMs: number;
  readonly leaseMs: number;
  readonly holder: string;
  readonly failuresBeforeEvent: number;
  readonly now: () => number;
  readonly random: () => number;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted === true) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** Build the stream; nothing runs until iteration starts. */
export function createEventStream(connections: readonly StreamConnection[], settings: StreamSettings): EventStream<StreamEvent> {
  const { stores, holder, leaseMs, now, random } = settings;
  const queue = new HandOver<StreamEvent>();
  const pendingMs = leaseMs * 2;
  // Aborted by the caller's signal or when the consumer stops: ends sleeps and in-flight requests.
  const halt = new AbortController();
  const signal = halt.signal;
  const stopped = (): boolean => signal.aborted;
  let started = false;

  /** Claim, hand over, commit. `false` when the event was not committed (pending elsewhere, or the stream stopped). */
  async function deliver(event: StreamEvent): Promise<boolean> {
    const state = await claimEvent(stores.seen, event, pendingMs);
    if (state === "done") return true;
    if (state === "pending") return false;
    if (!(await queue.put(event))) {
      await releaseEvent(stores.seen, event).catch(() => undefined);
      return false;
    }
    await commitEvent(stores.seen, event, settings.seenTtlMs);
    return true;
  }

  async function poll({ connection, adapter, filters }: StreamConnection): Promise<void> {
    const key = `poll:${connection}`;
    let failures = 0;
    let errors = 0;
    const errorEvent = (thrown: unknown, retrying: boolean): ConnectionErrorEventOf<VendorTypes, string> => ({
      type: "connection.error",
      id: `${connection}:error:${++errors}`,
      vendor: adapter.vendor,
      connection,
      error: asSdkError(thrown, adapter.vendor, connection),
      retrying,
      receivedAt: new Date(now()).toISOString(),
    });
    while (!stopped()) {
      let delay = nextPollDelay(settings.intervalMs, random);
      const lease = { lost: false };
      // Renew the lease while a poll (and its consumer) takes time.
      const heartbeat = setInterval(() => {
        stores.leases.acquire(key, holder, leaseMs).then(
          (held) => {
            lease.lost ||= !held;
          },
          () => undefined,
        );
      }, Math.max(1, Math.floor(leaseMs / 3)));
      try {
        if (await stores.leases.acquire(key, holder, leaseMs)) {
          const checkpoint = parseCheckpoint(await stores.checkpoints.get(key));
          const result = await pollOnce({
            adapter,
            filters,
            context: { connection, signal, pageSize: undefined },
            checkpoint,
            emit: checkpoint !== null || settings.from === "beginning",
            maxConversations: settings.maxConversations,
            receivedAt: new Date(now()).toISOString(),
          });
          failures = 0;
          let complete = true;
          for (const event of result.events) {
            if (stopped() || lease.lost) {
              complete = false;
              break;
            }
            if (!(await deliver(event))) complete = false;
          }
          if (complete && !stopped() && !lease.lost) await stores.checkpoints.set(key, serializeCheckpoint(result.checkpoint));
        }
      } catch (thrown) {
        if (stopped()) break;
        const error = asSdkError(thrown, adapter.vendor, connection);
        failures++;
        if (!isTransient(error)) {
          await queue.put(errorEvent(error, false));
          break;
        }
        if (failures === settings.failuresBeforeEvent) void queue.put(errorEvent(error, true));
        delay = backoffDelay(error, failures, settings.intervalMs, settings.maxIntervalMs, random);
      } finally {
        clearInterval(heartbeat);
      }
      await sleep(delay, signal);
    }
    await stores.leases.release(key, holder).catch(() => undefined);
  }

  return {
    [Symbol.asyncIterator]() {
      if (started) throw new InvalidRequestError({ vendor: "unified", reason: "invalid_option", parameter: "events", detail: "an event stream can be iterated once; call events(sdk, …) again for another consumer" });
      started = true;
      const stop = (): void => {
        halt.abort();
        queue.close();
      };
      settings.signal?.addEventListener("abort", stop, { once: true });
      if (settings.signal?.aborted === true) stop();
      const polling = Promise.all(connections.map((c) => poll(c))).then(stop, stop);
      return (async function* run() {
        try {
          yield* queue.drain();
        } finally {
          // A stopped stream leaves its stores consistent: wait for the pollers' last commit.
          stop();
          await polling;
        }
      })();
    },
    async push(event) {
      await deliver(event);
    },
  };
}
