/**
 * `createUnifiedClient(connections)`: the facade. It imports no vendor: each connection is an
 * adapter value (`chatwoot({...})`, `livechatai({...})`, `fiveChat({...})` or your own
 * {@link Adapter}), so a bundle holds only the adapters it imports. The facade routes each call to
 * the adapter of the connection it names, checks references, filters, cursors and capabilities
 * before any request, and pages listings; it sends no HTTP itself.
 */
import type { Capabilities } from "./capabilities.js";
import type { ConnectionName, Connections, ConnectionsWith, ConversationAt, ConversationCursorAt, CallOptions, FiltersArg, MessageAt, MessageCursorAt, MessageListOptions, RefOf, StatusChangeAt, AssignmentChangeAt, TagsChangeAt, TypesOf } from "./client-types.js";
import type { Assignment, OutgoingMessage, SetStatusOptions } from "./adapter.js";
import type { StreamEventOf } from "./events/types.js";
import { registerAdapters } from "./client-adapters.js";
import type { UnifiedPaginator } from "./pagination.js";
import { readMethods, type ReadMethods } from "./reads.js";
import { checkConnections, createRouter } from "./routing.js";
import type { UnifiedPromise } from "./with-response.js";
import { writeMethods, type WriteMethods } from "./write-calls.js";
import type { SendOptions } from "./writes.js";

export type {
  AnyAdapter,
  AssignmentChangeAt,
  CallOptions,
  ConnectionName,
  Connections,
  ConnectionsWith,
  ConversationAt,
  ConversationCursorAt,
  ConversationListOptions,
  MessageAt,
  MessageCursorAt,
  MessageListOptions,
  RefOf,
  StatusChangeAt,
  TagsChangeAt,
  TypesOf,
} from "./client-types.js";

/** An event of connection `K` of `Cs`: its `ref` names `K`, so `sdk.sendMessage(event.ref, …)` compiles. */
export type EventAt<Cs extends Connections, K extends ConnectionName<Cs>> = K extends ConnectionName<Cs> ? StreamEventOf<TypesOf<Cs[K]>, K> : never;

/** Per connection, what its poller watches (as `listConversations` takes it). */
export type EventFilters<Cs extends Connections, K extends ConnectionName<Cs>> = { readonly [P in K]?: TypesOf<Cs[P]>["filters"] };

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
interface AnyClient extends ReadMethods, WriteMethods {
  readonly connections: readonly string[];
  capabilities(connection: string): Capabilities;
  vendorClient(connection: string): unknown;
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
  const adapters = checkConnections(connections);
  const router = createRouter(adapters);
  const { route } = router;

  const client: AnyClient = {
    connections: [...adapters.keys()],
    ...readMethods(router),
    ...writeMethods(router),

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
