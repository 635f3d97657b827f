/**
 * `createUnifiedClient(connections)`: the facade. It imports no vendor: each connection is an
 * adapter value (`chatwoot({...})`, `livechatai({...})`, `fiveChat({...})` or your own
 * {@link Adapter}), so a bundle holds only the adapters it imports. The facade routes each call to
 * the adapter of the connection it names, checks references, filters, cursors and capabilities
 * before any request, and pages listings; it sends no HTTP itself.
 */
import { InvalidRequestError, UnsupportedOperationError } from "@org/runtime";
import type { Adapter, AdapterContext, Assignment, OutgoingMessage, SetStatusOptions } from "./adapter.js";
import type { Capabilities } from "./capabilities.js";
import type { Cursor } from "./cursor.js";
import { MAX_PAGE } from "./cursor.js";
import type { ConversationOf, ConversationRefOf, MessageOf, SettableStatus, VendorTypes, WriteOperation } from "./model.js";
import type { StreamEventOf } from "./events/types.js";
import { registerAdapters } from "./client-adapters.js";
import { listing, type UnifiedPaginator } from "./pagination.js";
import { checkSend } from "./send-checks.js";
import { checkKeys, describe, invalid, isPlainObject } from "./caller-input.js";
import { unifiedPromise, type UnifiedPromise } from "./with-response.js";
import type { AssignmentChangeOf, SendOptions, StatusChangeOf, TagsChangeOf } from "./writes.js";

/** Any adapter, as a client holds it. */
export type AnyAdapter = Adapter;

/** The argument of {@link createUnifiedClient}: connection name → adapter. */
export type Connections = { readonly [name: string]: AnyAdapter };

/** The connection names of `Cs`. */
export type ConnectionName<Cs extends Connections> = keyof Cs & string;

/** The {@link VendorTypes} of an adapter type. */
export type TypesOf<A> = A extends Adapter<infer T> ? T : never;

/** A conversation reference through any (or the given) connection of `Cs`. */
export type RefOf<Cs extends Connections, K extends ConnectionName<Cs> = ConnectionName<Cs>> = K extends ConnectionName<Cs> ? ConversationRefOf<TypesOf<Cs[K]>, K> : never;

/** The connections of `Cs` whose adapter implements the write `W`. */
export type ConnectionsWith<Cs extends Connections, W extends WriteOperation> = {
  [K in ConnectionName<Cs>]: W extends TypesOf<Cs[K]>["writes"] ? K : never;
}[ConnectionName<Cs>];

/** A conversation read through connection `K` of `Cs`. */
export type ConversationAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? ConversationOf<TypesOf<Cs[K]>, K> : never;
/** A message read through connection `K` of `Cs`. */
export type MessageAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? MessageOf<TypesOf<Cs[K]>, K> : never;
/** The cursor type of connection `K`'s conversation listing. */
export type ConversationCursorAt<Cs extends Connections, K extends ConnectionName<Cs>> = Cursor<TypesOf<Cs[K]>["vendor"], "conversations">;
/** The cursor type of connection `K`'s message listing. */
export type MessageCursorAt<Cs extends Connections, K extends ConnectionName<Cs>> = Cursor<TypesOf<Cs[K]>["vendor"], "messages">;

/** What `setStatus` returns through connection `K` of `Cs`. */
export type StatusChangeAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? StatusChangeOf<TypesOf<Cs[K]>, K> : never;
/** What `assign` returns through connection `K` of `Cs`. */
export type AssignmentChangeAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? AssignmentChangeOf<TypesOf<Cs[K]>, K> : never;
/** What `setTags` returns through connection `K` of `Cs`. */
export type TagsChangeAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? TagsChangeOf<TypesOf<Cs[K]>, K> : never;

/** An event of connection `K` of `Cs`: its `ref` names `K`, so `sdk.sendMessage(event.ref, …)` compiles. */
export type EventAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? StreamEventOf<TypesOf<Cs[K]>, K> : never;

/** Per connection, what its poller watches (as `listConversations` takes it). */
export type EventFilters<Cs extends Connections, K extends ConnectionName<Cs>> = { readonly [P in K]?: TypesOf<Cs[P]>["filters"] };

/** Options of a single call. */
export interface CallOptions {
  /** Abort the call (and any retry wait). */
  readonly signal?: AbortSignal;
}

/** Options of a message listing. */
export interface MessageListOptions<Cur extends string> extends CallOptions {
  /** Resume from a previous page's `nextCursor` (same connection's vendor, same kind of listing). */
  readonly cursor?: Cur;
}

/** Options of a conversation listing. */
export interface ConversationListOptions<Cur extends string> extends MessageListOptions<Cur> {
  /** Items per page: an integer from 1 to `capabilities(connection).maxPageSize` (refused where the vendor fixes it). */
  readonly pageSize?: number;
}

type FiltersArg<T extends VendorTypes, Cur extends string> = object extends T["filters"]
  ? [filters?: T["filters"] & ConversationListOptions<Cur>]
  : [filters: T["filters"] & ConversationListOptions<Cur>];

/** The facade over the connections `Cs`; its types follow the adapters. */
export interface UnifiedClient<Cs extends Connections> {
  /** The connection names, in the order given. */
  readonly connections: readonly ConnectionName<Cs>[];
  /** One conversation, normalized, with its messages (see `capabilities(connection).conversationMessages`). */
  getConversation<R extends RefOf<Cs>>(ref: R, options?: CallOptions): UnifiedPromise<ConversationAt<Cs, R["connection"]>>;
  /** Every message of a conversation, newest first, across the vendor's pages. */
  listMessages<R extends RefOf<Cs>>(ref: R, options?: MessageListOptions<MessageCursorAt<Cs, R["connection"]>>): UnifiedPaginator<MessageAt<Cs, R["connection"]>, MessageCursorAt<Cs, R["connection"]>>;
  /** Conversations of one connection matching `filters`, across the vendor's pages. */
  listConversations<K extends ConnectionName<Cs>>(
    connection: K,
    ...filters: FiltersArg<TypesOf<Cs[K]>, ConversationCursorAt<Cs, K>>
  ): UnifiedPaginator<ConversationAt<Cs, K>, ConversationCursorAt<Cs, K>>;
  /**
   * Send a message (Chatwoot: agent reply, private note, or a contact message for a public
   * reference). Never retried blindly; with `{ idempotencyKey }` (where
   * `capabilities(connection).idempotentSend`) an unclear failure is followed by a look-up by the
   * key and a resend only when the message is not there.
   */
  sendMessage<R extends RefOf<Cs, ConnectionsWith<Cs, "sendMessage">>>(ref: R, message: OutgoingMessage, options?: SendOptions): UnifiedPromise<MessageAt<Cs, R["connection"]>>;
  /** Set the conversation's status; returns the status the write's response reports (no read after it). */
  setStatus<R extends RefOf<Cs, ConnectionsWith<Cs, "setStatus">>>(
    ref: R,
    status: TypesOf<Cs[R["connection"]]>["statuses"],
    options?: SetStatusOptions & CallOptions,
  ): UnifiedPromise<StatusChangeAt<Cs, R["connection"]>>;
  /** Assign the conversation to an agent and/or a team, or unassign it with `null`; returns the assignment the write's response reports. */
  assign<R extends RefOf<Cs, ConnectionsWith<Cs, "assign">>>(ref: R, assignment: Assignment | null, options?: CallOptions): UnifiedPromise<AssignmentChangeAt<Cs, R["connection"]>>;
  /** Replace the conversation's tags (Chatwoot labels); returns the tags the write's response reports. */
  setTags<R extends RefOf<Cs, ConnectionsWith<Cs, "setTags">>>(ref: R, tags: readonly string[], options?: CallOptions): UnifiedPromise<TagsChangeAt<Cs, R["connection"]>>;
  /** What a connection supports, including every write. */
  capabilities(connection: ConnectionName<Cs>): Capabilities;
  /** The vendor client a connection uses, for operations the facade does not cover. */
  vendorClient<K extends ConnectionName<Cs>>(connection: K): TypesOf<Cs[K]>["client"];
}

/**
 * The facade's implementation, typed over any adapter. `createUnifiedClient`'s overload presents
 * it as {@link UnifiedClient} of the caller's connections: the one place where the inferred types
 * meet the implementation.
 */
interface AnyClient {
  readonly connections: readonly string[];
  getConversation(ref: unknown, options?: CallOptions): UnifiedPromise<ConversationOf<VendorTypes>>;
  listMessages(ref: unknown, options?: MessageListOptions<string>): UnifiedPaginator<MessageOf<VendorTypes>, string>;
  listConversations(connection: string, filters?: unknown): UnifiedPaginator<ConversationOf<VendorTypes>, string>;
  sendMessage(ref: unknown, message: OutgoingMessage, options?: SendOptions): UnifiedPromise<MessageOf<VendorTypes>>;
  setStatus(ref: unknown, status: SettableStatus, options?: SetStatusOptions & CallOptions): UnifiedPromise<StatusChangeOf<VendorTypes>>;
  assign(ref: unknown, assignment: Assignment | null, options?: CallOptions): UnifiedPromise<AssignmentChangeOf<VendorTypes>>;
  setTags(ref: unknown, tags: readonly string[], options?: CallOptions): UnifiedPromise<TagsChangeOf<VendorTypes>>;
  capabilities(connection: string): Capabilities;
  vendorClient(connection: string): unknown;
}

const FACADE = "unified";
const STATUSES: readonly SettableStatus[] = ["open", "pending", "resolved", "snoozed"];
const ADAPTER_METHODS = ["checkRef", "checkFilters", "getConversation", "messagesPage", "conversationsPage"] as const;

function isAdapter(value: unknown): value is AnyAdapter {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Partial<Record<string, unknown>>;
  return typeof candidate["vendor"] === "string" && typeof candidate["capabilities"] === "object" && ADAPTER_METHODS.every((m) => typeof candidate[m] === "function");
}

function unsupported(adapter: AnyAdapter, connection: string, operation: string, detail: string): UnsupportedOperationError {
  return new UnsupportedOperationError({ vendor: adapter.vendor, operation, detail: `connection "${connection}": ${detail}` });
}

/**
 * Create the facade over `connections`, a map of connection name → adapter:
 *
 * ```ts
 * const sdk = createUnifiedClient({ support: chatwoot({ baseUrl, apiAccessToken }), bot: livechatai({ apiKey, agentId }) });
 * ```
 *
 * Transport options (timeouts, retries, `logger`, `fetch`) belong to each adapter factory, since
 * each connection has its own vendor client; `createUnifiedClient` takes nothing else. Anything
 * that is not an adapter is refused here, naming its key.
 *
 * @throws {InvalidRequestError} when `connections` is empty or holds something that is not an adapter.
 */
export function createUnifiedClient<const Cs extends Connections>(connections: Cs): UnifiedClient<Cs>;
export function createUnifiedClient(connections: Connections): AnyClient {
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

  function route(connection: unknown, operation: string): { adapter: AnyAdapter; connection: string } {
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

  /** Route a reference and let its adapter check it (throws before any request). */
  function resolve(ref: unknown, operation: string, signal: AbortSignal | undefined) {
    if (!isPlainObject(ref)) throw invalid(FACADE, "ref", `${operation}: the reference must be an object such as { connection, ...ids }, got ${describe(ref)}`);
    const { connection: name, ...ids } = ref;
    const { adapter, connection } = route(name, operation);
    const context: AdapterContext = { connection, signal };
    return { adapter, context, vendorRef: adapter.checkRef(ids, context) };
  }

  /** Run a single call: every check and the request happen inside the returned promise. */
  function call<T>(run: () => Promise<{ data: T; response: Response }>): UnifiedPromise<T> {
    return unifiedPromise(Promise.resolve().then(run));
  }

  function checkOptions(value: unknown, operation: string, known: readonly string[]): Readonly<Record<string, unknown>> {
    return value === undefined ? {} : checkKeys(FACADE, `${operation} options`, value, known);
  }

  function signalOf(options: Readonly<Record<string, unknown>>): AbortSignal | undefined {
    const signal = options["signal"];
    if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalid(FACADE, "signal", `signal must be an AbortSignal, got ${describe(signal)}`);
    return signal;
  }

  const client: AnyClient = {
    connections: [...adapters.keys()],

    getConversation(ref, options) {
      return call(() => {
        const signal = signalOf(checkOptions(options, "getConversation", ["signal"]));
        const { adapter, context, vendorRef } = resolve(ref, "getConversation", signal);
        return adapter.getConversation(vendorRef, context);
      });
    },

    listMessages(ref, options) {
      // Checks run now, but their errors surface on the first iteration, like every listing error.
      const prepared = attempt(() => {
        const o = checkOptions(options, "listMessages", ["signal", "cursor"]);
        return { ...resolve(ref, "listMessages", signalOf(o)), cursor: o["cursor"] };
      });
      const { adapter, context, vendorRef, cursor } = prepared.value ?? {};
      return listing({
        vendor: adapter?.vendor ?? FACADE,
        connection: context?.connection ?? "",
        kind: "messages",
        pagination: adapter?.capabilities.messagePagination ?? "single-page",
        cursor,
        signal: context?.signal,
        precheck: prepared.rethrow,
        fetchPage: (c) => (adapter && context ? adapter.messagesPage(vendorRef ?? {}, c, { ...context, pageSize: undefined }) : Promise.reject(new Error("unreachable"))),
      });
    },

    listConversations(connection, filters) {
      const prepared = attempt(() => {
        const { adapter } = route(connection, "listConversations");
        const all = filters ?? {};
        if (!isPlainObject(all)) throw invalid(adapter.vendor, "filters", `listConversations filters must be an object, got ${describe(all)}`);
        const { pageSize, cursor, signal, status, ...rest } = all;
        const supported: readonly unknown[] = adapter.capabilities.conversationStatusFilter;
        if (status !== undefined && !supported.includes(status)) {
          throw unsupported(adapter, connection, "listConversations", `${adapter.vendor} cannot filter conversations by status ${typeof status === "string" ? `"${status}"` : describe(status)} (supported: ${supported.join(", ") || "none"})`);
        }
        const context = { connection, signal: signalOf({ signal }), pageSize: checkPageSize(adapter, connection, pageSize) };
        // The status is checked here against the capabilities; the adapter checks the rest (and may refuse a status for one filter form).
        const vendorFilters = adapter.checkFilters(status === undefined ? rest : { ...rest, status }, context);
        return { adapter, context, vendorFilters, cursor };
      });
      const { adapter, context, vendorFilters, cursor } = prepared.value ?? {};
      return listing({
        vendor: adapter?.vendor ?? FACADE,
        connection,
        kind: "conversations",
        pagination: adapter?.capabilities.conversationPagination ?? "single-page",
        cursor,
        signal: context?.signal,
        precheck: prepared.rethrow,
        fetchPage: (c) => (adapter && context ? adapter.conversationsPage(vendorFilters ?? {}, c, context) : Promise.reject(new Error("unreachable"))),
      });
    },

    sendMessage(ref, message, options) {
      return call(() => {
        const o = checkOptions(options, "sendMessage", ["signal", "idempotencyKey"]);
        const { adapter, context, vendorRef } = resolve(ref, "sendMessage", signalOf(o));
        const checked = checkSend(adapter, context.connection, message, o["idempotencyKey"]);
        return (adapter.sendMessage as NonNullable<AnyAdapter["sendMessage"]>)(vendorRef, checked.message, { ...context, idempotencyKey: checked.idempotencyKey });
      });
    },

    setStatus(ref, status, options) {
      return call(() => {
        const o = checkOptions(options, "setStatus", ["signal", "snoozedUntil"]);
        const { adapter, context, vendorRef } = resolve(ref, "setStatus", signalOf(o));
        if (!(STATUSES as readonly unknown[]).includes(status)) throw invalid(adapter.vendor, "status", `status must be one of ${STATUSES.join(", ")}, got ${typeof status === "string" ? `"${status}"` : describe(status)}`);
        const supported = adapter.capabilities.setStatus;
        if (!(supported as readonly unknown[]).includes(status) || adapter.setStatus === undefined) {
          throw unsupported(adapter, context.connection, "setStatus", `${adapter.vendor} cannot set status "${status}" (supported: ${supported.join(", ") || "none"})`);
        }
        const snoozedUntil = o["snoozedUntil"];
        if (snoozedUntil !== undefined) {
          if (!(snoozedUntil instanceof Date) || Number.isNaN(snoozedUntil.getTime())) throw invalid(adapter.vendor, "snoozedUntil", `snoozedUntil must be a valid Date, got ${describe(snoozedUntil)}`);
          if (status !== "snoozed") throw invalid(adapter.vendor, "snoozedUntil", `snoozedUntil goes only with status "snoozed"`);
          if (!adapter.capabilities.snoozedUntil) throw unsupported(adapter, context.connection, "setStatus", `${adapter.vendor} cannot snooze until a given time`);
        }
        return adapter.setStatus(vendorRef, status, snoozedUntil === undefined ? {} : { snoozedUntil }, context);
      });
    },

    assign(ref, assignment, options) {
      return call(() => {
        const signal = signalOf(checkOptions(options, "assign", ["signal"]));
        const { adapter, context, vendorRef } = resolve(ref, "assign", signal);
        const cap = adapter.capabilities.assign;
        if (cap === false || adapter.assign === undefined) throw unsupported(adapter, context.connection, "assign", `${adapter.vendor} documents no assignment endpoint`);
        if (assignment === null) {
          if (!cap.unassign) throw unsupported(adapter, context.connection, "assign", `${adapter.vendor} cannot unassign`);
          return adapter.assign(vendorRef, null, context);
        }
        const a = checkKeys(adapter.vendor, "the assignment", assignment, ["agentId", "teamId"]);
        if (a["agentId"] === undefined && a["teamId"] === undefined) throw invalid(adapter.vendor, "agentId", "assign needs agentId and/or teamId (or null to unassign)");
        for (const [key, allowed] of [["agentId", cap.agent], ["teamId", cap.team]] as const) {
          const v = a[key];
          if (v === undefined) continue;
          if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 1) throw invalid(adapter.vendor, key, `${key} must be a positive integer, got ${describe(v)}`);
          if (!allowed) throw unsupported(adapter, context.connection, "assign", `${adapter.vendor} cannot assign by ${key}`);
        }
        return adapter.assign(vendorRef, a, context);
      });
    },

    setTags(ref, tags, options) {
      return call(() => {
        const signal = signalOf(checkOptions(options, "setTags", ["signal"]));
        const { adapter, context, vendorRef } = resolve(ref, "setTags", signal);
        if (!adapter.capabilities.setTags || adapter.setTags === undefined) throw unsupported(adapter, context.connection, "setTags", `${adapter.vendor} documents no way to set tags`);
        if (!Array.isArray(tags) || !tags.every((t) => typeof t === "string" && t.trim() !== "" && t.length <= 255)) {
          throw invalid(adapter.vendor, "tags", "tags must be an array of non-empty strings (at most 255 characters each)");
        }
        return adapter.setTags(vendorRef, [...new Set(tags)], context);
      });
    },

    capabilities(connection) {
      return route(connection, "capabilities").adapter.capabilities;
    },

    vendorClient(connection) {
      return route(connection, "vendorClient").adapter.client;
    },
  };
  registerAdapters(client, adapters);
  return client;
}

/** Run `fn` now; keep its error to throw later (listings fail on their first iteration, before any request). */
function attempt<T>(fn: () => T): { value: T | undefined; rethrow: () => void } {
  try {
    return { value: fn(), rethrow: () => undefined };
  } catch (error) {
    return {
      value: undefined,
      rethrow: () => {
        throw error;
      },
    };
  }
}

function checkPageSize(adapter: AnyAdapter, connection: string, pageSize: unknown): number | undefined {
  if (pageSize === undefined) return undefined;
  const max = adapter.capabilities.maxPageSize;
  if (max === null) throw unsupported(adapter, connection, "listConversations", `${adapter.vendor} fixes the page size; pageSize cannot be chosen`);
  if (typeof pageSize !== "number" || !Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > Math.min(max, MAX_PAGE)) {
    throw invalid(adapter.vendor, "pageSize", `pageSize must be an integer from 1 to ${max} for connection "${connection}", got ${describe(pageSize)}`);
  }
  return pageSize;
}
