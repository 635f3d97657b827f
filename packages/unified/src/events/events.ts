/**
 * `events(sdk, connections, options)`: the event stream of a client's connections. A function,
 * not a method of the client, so that an app that never reads events bundles none of the
 * pollers, logical ids and stores (about 4 kB gzipped).
 */
import type { ConnectionName, Connections, EventAt, EventFilters, UnifiedClient } from "../client.js";
import { adaptersOf } from "../client-adapters.js";
import { describe, invalid, isPlainObject } from "../caller-input.js";
import { createRouter, FACADE } from "../routing.js";
import { checkEventsOptions } from "./check-options.js";
import type { EventStream, EventsOptions } from "./options.js";
import { createEventStream, type StreamConnection, type StreamEvent } from "./stream.js";

/**
 * Every conversation event of one or more connections of `sdk`, whatever the vendor: polled (and,
 * where the vendor pushes, merged with webhooks through the stream's `push`), each logical event
 * once per consumer, at-least-once across crashes. See the README's "React to conversations".
 *
 * ```ts
 * for await (const event of events(sdk, "bot", { intervalMs: 10_000 })) {
 *   if (event.type === "message.created") await sdk.sendMessage(event.ref, { text: "Thanks!" });
 * }
 * ```
 *
 * Events carry `sdk`'s connection names in their types, so `event.ref` goes straight back to
 * `sdk`. Nothing runs until iteration starts; each stream has one consumer.
 *
 * @throws {InvalidRequestError} before anything runs: `sdk` not made by `createUnifiedClient`, an
 * unknown or missing connection, or malformed options (each error names the key).
 */
export function events<Cs extends Connections, K extends ConnectionName<Cs>>(
  sdk: UnifiedClient<Cs>,
  connections: K | readonly K[],
  options?: EventsOptions<EventFilters<Cs, K>>,
): EventStream<EventAt<Cs, K>>;
export function events(sdk: unknown, connections: unknown, options?: unknown): EventStream<StreamEvent> {
  const adapters = adaptersOf(sdk);
  if (adapters === undefined) throw invalid(FACADE, "sdk", `events: the first argument must be a client made by createUnifiedClient, got ${describe(sdk)}`);
  const list: readonly unknown[] = Array.isArray(connections) ? connections : [connections];
  if (list.length === 0) throw invalid(FACADE, "connections", "events: name at least one connection");
  const { route } = createRouter(adapters);
  const routed = list.map((name) => route(name, "events"));
  const { settings, filters } = checkEventsOptions(
    options,
    routed.map((r) => r.connection),
  );
  const polled = routed.map(({ adapter, connection }): StreamConnection => {
    const given = filters[connection] ?? {};
    if (!isPlainObject(given)) throw invalid(adapter.vendor, "filters", `events: filters.${connection} must be an object, got ${describe(given)}`);
    return { connection, adapter, filters: adapter.checkFilters(given, { connection, signal: settings.signal }) };
  });
  return createEventStream(polled, settings);
}
