/**
 * The checks of `events(sdk, connections, options)`: unknown keys refused with a suggestion, numbers
 * in range, stores that look like stores — all before anything runs, each error naming the key.
 */
import type { EventStores } from "../stores/types.js";
import { memoryStores } from "../stores/memory.js";
import { checkKeys, describe, invalid, isPlainObject } from "../caller-input.js";
import { FACADE } from "../routing.js";
import type { StreamSettings } from "./stream.js";

const KEYS = ["signal", "intervalMs", "maxIntervalMs", "filters", "stores", "from", "maxConversations", "seenTtlMs", "leaseMs", "holder", "failuresBeforeEvent"];
const HABITS = { interval: "intervalMs", pollIntervalMs: "intervalMs", store: "stores", since: "from", ttlMs: "seenTtlMs" };

function integer(o: Readonly<Record<string, unknown>>, key: string, fallback: number, min: number, max: number): number {
  const v = o[key];
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) throw invalid(FACADE, key, `events: ${key} must be an integer from ${min} to ${max}, got ${describe(v, [min, max])}`);
  return v;
}

function isStores(value: unknown): value is EventStores {
  const has = (o: unknown, methods: readonly string[]) => typeof o === "object" && o !== null && methods.every((m) => typeof (o as Record<string, unknown>)[m] === "function");
  if (typeof value !== "object" || value === null) return false;
  const s = value as Record<string, unknown>;
  return has(s["checkpoints"], ["get", "set"]) && has(s["seen"], ["claim", "commit", "release"]) && has(s["leases"], ["acquire", "release"]);
}

/** Checked settings and the per-connection filters (unchecked: the adapter checks them). */
export function checkEventsOptions(options: unknown, connections: readonly string[]): { settings: StreamSettings; filters: Readonly<Record<string, unknown>> } {
  const o = options === undefined ? {} : checkKeys(FACADE, "events options", options, KEYS, HABITS);
  const signal = o["signal"];
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalid(FACADE, "signal", `events: signal must be an AbortSignal, got ${describe(signal)}`);
  const filters = o["filters"] ?? {};
  if (!isPlainObject(filters)) throw invalid(FACADE, "filters", `events: filters must be an object keyed by connection name, e.g. { support: { accountId: 1 } }, got ${describe(filters)}`);
  for (const name of Object.keys(filters)) {
    if (!connections.includes(name)) throw invalid(FACADE, "filters", `events: filters has a key "${name}" that is not a connection of this stream (${connections.map((c) => `"${c}"`).join(", ")})`);
  }
  const stores = o["stores"] ?? memoryStores();
  if (!isStores(stores)) throw invalid(FACADE, "stores", "events: stores must be { checkpoints, seen, leases } (memoryStores(), fileStore(path) or redisStores(client))");
  const from = o["from"] ?? "now";
  if (from !== "now" && from !== "beginning") throw invalid(FACADE, "from", `events: from must be "now" or "beginning"`);
  const holder = o["holder"] ?? `holder-${globalThis.crypto.randomUUID()}`;
  if (typeof holder !== "string" || holder === "" || holder.length > 200) throw invalid(FACADE, "holder", `events: holder must be a non-empty string, got ${describe(holder)}`);
  const intervalMs = integer(o, "intervalMs", 5000, 100, 86_400_000);
  const settings: StreamSettings = {
    signal,
    intervalMs,
    maxIntervalMs: Math.max(intervalMs, integer(o, "maxIntervalMs", 300_000, 100, 86_400_000)),
    stores,
    from,
    maxConversations: integer(o, "maxConversations", 200, 1, 100_000),
    seenTtlMs: integer(o, "seenTtlMs", 7 * 86_400_000, 1000, 365 * 86_400_000),
    leaseMs: integer(o, "leaseMs", 30_000, 100, 3_600_000),
    holder,
    failuresBeforeEvent: integer(o, "failuresBeforeEvent", 5, 1, 1000),
    // Read at call time, so fake timers and a stubbed Math.random apply.
    now: () => Date.now(),
    random: () => Math.random(),
  };
  return { settings, filters };
}
