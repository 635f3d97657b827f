/**
 * The facade's routing: every call names a connection (directly, or as `ref.connection`); the
 * router finds that connection's adapter and lets it check the rest of the reference, and the call
 * options are checked too — all before any request, each refusal naming the caller's own words.
 */
import { InvalidRequestError, UnsupportedOperationError } from "@org/runtime";
import type { AdapterContext } from "./adapter.js";
import { checkKeys, describe, invalid, isPlainObject } from "./caller-input.js";
import type { AnyAdapter, Connections } from "./client-types.js";

/** The vendor name of errors that belong to no connection. */
export const FACADE = "unified";

const ADAPTER_METHODS = ["checkRef", "checkFilters", "getConversation", "messagesPage", "conversationsPage"] as const;

function isAdapter(value: unknown): value is AnyAdapter {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<string, unknown>>;
  return typeof candidate["vendor"] === "string" && typeof candidate["capabilities"] === "object" && ADAPTER_METHODS.every((m) => typeof candidate[m] === "function");
}

/**
 * The adapters of `createUnifiedClient`'s argument, by connection name, in the order given.
 *
 * @throws {InvalidRequestError} when `connections` is empty or holds something that is not an adapter.
 */
export function checkConnections(connections: Connections): ReadonlyMap<string, AnyAdapter> {
  if (!isPlainObject(connections) || Object.keys(connections).length === 0) {
    throw invalid(FACADE, "connections", "createUnifiedClient takes an object of connections, e.g. { support: chatwoot({ baseUrl, apiAccessToken }) }");
  }
  const adapters = new Map<string, AnyAdapter>();
  for (const [name, value] of Object.entries(connections)) {
    if (!isAdapter(value)) {
      const hint = ["5chat", "livechatai", "chatwoot"].includes(name) && isPlainObject(value) ? ` (0.x took options here; 1.0 takes an adapter: ${name === "5chat" ? "fiveChat" : name}({ ... }))` : "";
      throw invalid(FACADE, name, `connection "${name}" is not an adapter: make one with chatwoot(), livechatai(), fiveChat() or your own Adapter${hint}; transport options such as logger go to each adapter factory`);
    }
    adapters.set(name, value);
  }
  return adapters;
}

/** A connection name and its adapter. */
export interface Routed {
  readonly adapter: AnyAdapter;
  readonly connection: string;
}

/** A reference its adapter has checked, with the context of the call. */
export interface Resolved {
  readonly adapter: AnyAdapter;
  readonly context: AdapterContext;
  /** The reference minus `connection`, as the adapter's `checkRef` returned it. */
  readonly vendorRef: object;
}

/** Finds the adapter of a call's connection. */
export interface Router {
  /** The adapter of `connection`, or an `InvalidRequestError` listing the connections there are. */
  readonly route: (connection: unknown, operation: string) => Routed;
  /** Route a reference and let its adapter check it (throws before any request). */
  readonly resolve: (ref: unknown, operation: string, signal: AbortSignal | undefined) => Resolved;
}

/** The router over `adapters`. */
export function createRouter(adapters: ReadonlyMap<string, AnyAdapter>): Router {
  function route(connection: unknown, operation: string): Routed {
    const adapter = typeof connection === "string" ? adapters.get(connection) : undefined;
    if (adapter === undefined || typeof connection !== "string") {
      throw new InvalidRequestError({
        vendor: FACADE,
        reason: "invalid_option",
        parameter: "connection",
        detail: `${operation}: no connection named ${typeof connection === "string" ? `"${connection}"` : describe(connection)}; this client has ${[...adapters.keys()].map((n) => `"${n}"`).join(", ")}`,
      });
    }
    return { adapter, connection };
  }

  function resolve(ref: unknown, operation: string, signal: AbortSignal | undefined): Resolved {
    if (!isPlainObject(ref)) throw invalid(FACADE, "ref", `${operation}: the reference must be an object such as { connection, ...ids }, got ${describe(ref)}`);
    const { connection: name, ...ids } = ref;
    const { adapter, connection } = route(name, operation);
    const context: AdapterContext = { connection, signal };
    return { adapter, context, vendorRef: adapter.checkRef(ids, context) };
  }

  return { route, resolve };
}

/** A call's options: `{}` when absent, else a plain object with only the `known` keys. */
export function checkOptions(value: unknown, operation: string, known: readonly string[]): Readonly<Record<string, unknown>> {
  return value === undefined ? {} : checkKeys(FACADE, `${operation} options`, value, known);
}

/** The `signal` of checked options. */
export function signalOf(options: Readonly<Record<string, unknown>>): AbortSignal | undefined {
  const signal = options["signal"];
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalid(FACADE, "signal", `signal must be an AbortSignal, got ${describe(signal)}`);
  return signal;
}

/** The error for what connection `connection`'s vendor cannot do. */
export function unsupported(adapter: AnyAdapter, connection: string, operation: string, detail: string): UnsupportedOperationError {
  return new UnsupportedOperationError({ vendor: adapter.vendor, operation, detail: `connection "${connection}": ${detail}` });
}
