/**
 * The events `events(sdk, connection)` yields: one vendor-free union, whatever the vendor and
 * however the event arrived (a webhook delivery or a poll). Each carries a stable logical `id`
 * derived from what happened (connection, conversation, message id or status transition), so a
 * webhook and a poll that see the same message give one event.
 */
import type { SdkError } from "@org/runtime";
import type { ConversationOf, ConversationRefOf, ConversationStatus, IsoTimestamp, MessageOf, VendorTypes } from "../model.js";

/** How an event reached this process. */
export type EventSource = "webhook" | "poll";

/** What every conversation event carries. */
export interface EventBaseOf<T extends VendorTypes, C extends string> {
  /** The logical id, e.g. `support:42:message:1001`: the same for every way the event arrives. */
  readonly id: string;
  readonly vendor: T["vendor"];
  /** The connection it came through (a key of the client's connections). */
  readonly connection: C;
  /** The conversation's reference: pass it straight back (`sdk.sendMessage(event.ref, …)`). */
  readonly ref: ConversationRefOf<T, C>;
  /** How it arrived first (a later arrival of the same id is dropped). */
  readonly source: EventSource;
  /** When this process received it (ISO 8601, milliseconds). */
  readonly receivedAt: IsoTimestamp;
}

/** A conversation was created. */
export interface ConversationCreatedEventOf<T extends VendorTypes, C extends string> extends EventBaseOf<T, C> {
  readonly type: "conversation.created";
  readonly conversation: ConversationOf<T, C>;
}

/** A message was created: by the contact, an agent or a bot; `message.private` marks a private note. */
export interface MessageCreatedEventOf<T extends VendorTypes, C extends string> extends EventBaseOf<T, C> {
  readonly type: "message.created";
  readonly message: MessageOf<T, C>;
  /** The conversation as read with the message (a poll) or delivered with it (a webhook). */
  readonly conversation: ConversationOf<T, C>;
}

/** The status of a conversation changed; `previousStatus` is `null` when the source does not say. */
export interface ConversationStatusChangedEventOf<T extends VendorTypes, C extends string> extends EventBaseOf<T, C> {
  readonly type: "conversation.status_changed";
  readonly conversation: ConversationOf<T, C>;
  readonly status: ConversationStatus;
  readonly previousStatus: ConversationStatus | null;
}

/**
 * A connection's poller failed. `retrying: true`: a transient failure (429, 5xx, network) that
 * persisted; polling goes on with back-off. `retrying: false`: a permanent one (401, 403, 404, a
 * response of the wrong shape): this connection stops, the others keep flowing. Never deduplicated,
 * never committed.
 */
export interface ConnectionErrorEventOf<T extends VendorTypes, C extends string> {
  readonly type: "connection.error";
  readonly id: string;
  readonly vendor: T["vendor"];
  readonly connection: C;
  readonly error: SdkError;
  readonly retrying: boolean;
  readonly receivedAt: IsoTimestamp;
}

/** Every event of one vendor's connection `C`, discriminated by `type`. */
export type StreamEventOf<T extends VendorTypes, C extends string> =
  | ConversationCreatedEventOf<T, C>
  | MessageCreatedEventOf<T, C>
  | ConversationStatusChangedEventOf<T, C>
  | ConnectionErrorEventOf<T, C>;

/** The conversation events (everything but `connection.error`). */
export type ConversationEventOf<T extends VendorTypes, C extends string> = Exclude<StreamEventOf<T, C>, { type: "connection.error" }>;
