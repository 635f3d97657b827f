/**
 * The types `createUnifiedClient` derives from its connections: connection names, references and
 * what each call returns through a given connection, and the options of single calls and listings.
 * They follow the adapters' {@link VendorTypes}, so a reference or a filter another connection's
 * vendor would need does not compile.
 */
import type { Adapter } from "./adapter.js";
import type { Cursor } from "./cursor.js";
import type { ConversationOf, ConversationRefOf, MessageOf, VendorTypes, WriteOperation } from "./model.js";
import type { AssignmentChangeOf, StatusChangeOf, TagsChangeOf } from "./writes.js";

/** Any adapter, as a client holds it. */
export type AnyAdapter = Adapter;

/** The argument of `createUnifiedClient`: connection name → adapter. */
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

/** The filters argument of `listConversations`: optional where every filter of the vendor is. */
export type FiltersArg<T extends VendorTypes, Cur extends string> = object extends T["filters"]
  ? [filters?: T["filters"] & ConversationListOptions<Cur>]
  : [filters: T["filters"] & ConversationListOptions<Cur>];
