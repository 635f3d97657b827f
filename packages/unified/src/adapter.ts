/**
 * The public contract between the facade and one vendor. The built-in adapters (`chatwoot()`,
 * `livechatai()`, `fiveChat()`) implement it; so can an adapter for a fourth vendor, with no change
 * to this package. The facade adds everything vendor-independent: routing by connection name,
 * reference and filter checks, capability checks before any request, pagination with typed cursors
 * and loop protection, and `withResponse()`.
 */
import type { Capabilities } from "./capabilities.js";
import type { ConversationOf, MessageOf, VendorTypes } from "./model.js";
import type { AssignmentChangeOf, StatusChangeOf, TagsChangeOf } from "./writes.js";

/** What the facade hands to every adapter call. */
export interface AdapterContext {
  /** The connection name the caller used (a key of `createUnifiedClient`'s argument); put it in errors and in every `ref`. */
  readonly connection: string;
  /** The caller's signal, to pass to the vendor client. */
  readonly signal: AbortSignal | undefined;
}

/** What the facade hands to `sendMessage`. */
export interface AdapterSendContext extends AdapterContext {
  /**
   * The caller's send-once key, already checked (only passed where `capabilities.idempotentSend`).
   * Store it with the message and, after an unclear failure, look the message up by it before
   * sending again.
   */
  readonly idempotencyKey: string | undefined;
}

/** What the facade hands to a listing call. */
export interface AdapterListContext extends AdapterContext {
  /** Items per page, already checked against `capabilities.maxPageSize` (`undefined`: the vendor's default). */
  readonly pageSize: number | undefined;
}

/**
 * Where a page starts: plain JSON, so the facade can serialize it into the caller's cursor string.
 * The facade checks every cursor it decodes (integers in range, a token of bounded length), so an
 * adapter receives only cursors of the form its capabilities declare.
 */
export type AdapterCursor = { readonly page: number; readonly seen?: number } | { readonly before: number } | { readonly token: string };

/** One page as an adapter returns it. */
export interface AdapterPage<T> {
  readonly items: T[];
  /** Where the next page starts, or `undefined` on the last page. */
  readonly nextCursor: AdapterCursor | undefined;
}

/** A single call's result with the HTTP response it came from (for `withResponse()`). */
export interface AdapterResult<T> {
  readonly data: T;
  /** The response of the request that did the work (for a write, the write itself). */
  readonly response: Response;
}

/** A file to send with a message. */
export interface OutgoingAttachment {
  /** The file's name, e.g. `invoice.pdf`. */
  readonly name: string;
  /**
   * The file's bytes: a `Blob`/`File`, a `Uint8Array` (a Node `Buffer` is one) or `ArrayBuffer`,
   * a web `ReadableStream`, a Node readable stream (any async iterable of byte chunks), or a fetch
   * `Response`. Read once, before the request; a stream that fails half-way is an `SdkError`.
   */
  readonly data: AttachmentData;
  /** The MIME type; default the `Blob`'s or `Response`'s type, else `application/octet-stream`. */
  readonly type?: string;
}

/** What an attachment's bytes may be given as. */
export type AttachmentData = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> | Response;

/** What `sendMessage` sends. */
export interface OutgoingMessage {
  /** The message text. Must not be empty. */
  readonly text: string;
  /** A private note, visible to agents only (Chatwoot application API). Default `false`. */
  readonly private?: boolean;
  /** Files to attach (only where `capabilities.sendMessage.attachments`). */
  readonly attachments?: readonly OutgoingAttachment[];
}

/** Who `assign` assigns a conversation to; `null` unassigns. */
export interface Assignment {
  /** The agent (user) id. */
  readonly agentId?: number;
  /** The team id. */
  readonly teamId?: number;
}

/** Options of `setStatus`. */
export interface SetStatusOptions {
  /** With `"snoozed"`: when the conversation reopens (only where `capabilities.snoozedUntil`). */
  readonly snoozedUntil?: Date;
}

/**
 * One vendor, as the facade drives it. `T` describes its types; see {@link VendorTypes}.
 *
 * Adapters are values: a factory such as `chatwoot({ baseUrl, apiAccessToken })` validates its
 * options, builds its vendor client and returns an `Adapter`. Methods receive references and
 * filters already checked by `checkRef`/`checkFilters`, and cursors already checked by the facade.
 * The optional writes are present exactly when the adapter implements them (and `T["writes"]`
 * names them); `capabilities` must report them.
 */
export interface Adapter<T extends VendorTypes = VendorTypes> {
  /** The vendor id, e.g. `"chatwoot"`. */
  readonly vendor: T["vendor"];
  /** What this adapter supports. */
  readonly capabilities: Capabilities;
  /** The vendor client, returned by `vendorClient(connection)`. */
  readonly client: T["client"];
  /**
   * Check a reference from the caller (minus `connection`) before any request: return it typed, or
   * throw an `InvalidRequestError` naming the caller's key (`accountId`, `conversationId`, …).
   */
  checkRef(ref: Readonly<Record<string, unknown>>, context: AdapterContext): T["ref"];
  /** Check listing filters the same way (unknown keys refused, with a suggestion). */
  checkFilters(filters: Readonly<Record<string, unknown>>, context: AdapterContext): T["filters"];
  /** One conversation, normalized, with the `ref` the caller can pass back. */
  getConversation(ref: T["ref"], context: AdapterContext): Promise<AdapterResult<ConversationOf<T>>>;
  /** One page of messages, newest first. */
  messagesPage(ref: T["ref"], cursor: AdapterCursor | undefined, context: AdapterListContext): Promise<AdapterPage<MessageOf<T>>>;
  /** One page of conversations, in the vendor's order. */
  conversationsPage(filters: T["filters"], cursor: AdapterCursor | undefined, context: AdapterListContext): Promise<AdapterPage<ConversationOf<T>>>;
  /**
   * One page of conversations, latest activity first (what `capabilities.events.poll:
   * "incremental"` promises): the event stream's poller stops paging at its checkpoint. Adapters
   * whose listing order is undocumented leave it out; the poller then scans `conversationsPage`.
   */
  recentConversationsPage?(filters: T["filters"], cursor: AdapterCursor | undefined, context: AdapterListContext): Promise<AdapterPage<ConversationOf<T>>>;
  /** Send a message; returns it, normalized. Never retried blindly (see {@link AdapterSendContext.idempotencyKey}). */
  sendMessage?(ref: T["ref"], message: OutgoingMessage, context: AdapterSendContext): Promise<AdapterResult<MessageOf<T>>>;
  /** Set the status; returns the status the write's response reports (never a read after the write). */
  setStatus?(ref: T["ref"], status: T["statuses"], options: SetStatusOptions, context: AdapterContext): Promise<AdapterResult<StatusChangeOf<T>>>;
  /** Assign (or, with `null`, unassign); returns the assignment the write's response reports. */
  assign?(ref: T["ref"], assignment: Assignment | null, context: AdapterContext): Promise<AdapterResult<AssignmentChangeOf<T>>>;
  /** Replace the tags; returns the tags the write's response reports. */
  setTags?(ref: T["ref"], tags: readonly string[], context: AdapterContext): Promise<AdapterResult<TagsChangeOf<T>>>;
}
