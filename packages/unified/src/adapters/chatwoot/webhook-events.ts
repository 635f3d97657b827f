/**
 * The normalized webhook events. One union, discriminated by `type`; every variant keeps the
 * vendor's payload in `raw`, the vendor's own event name in `vendorEvent`, the delivery id and
 * when it was received.
 */
import type { ChatwootWebhookPayloads, WebhookContact, WebhookConversation, WebhookMessage } from "@org/chatwoot/webhooks";
import type { ChatwootTypes } from "./types.js";
import type { ContactOf, ConversationOf, ConversationRefOf, ConversationStatus, IsoTimestamp, MessageOf, UnifiedSender } from "../../model.js";
import type { Vendor } from "../built-in.js";

/**
 * A conversation normalized from a delivery: `raw` is `Conversation#webhook_data`; `connection`
 * and `ref` are set when the handler was given a connection name (else `null`).
 */
export type WebhookUnifiedConversation = Omit<ConversationOf<ChatwootTypes, string | null>, "raw"> & { raw: WebhookConversation };
/** A message normalized from a delivery: `raw` is `Message#webhook_data`. */
export type WebhookUnifiedMessage = Omit<MessageOf<ChatwootTypes, string | null>, "raw"> & { raw: WebhookMessage };
/** A contact normalized from a delivery: `raw` is `Contact#webhook_data`. */
export type WebhookUnifiedContact = Omit<ContactOf<ChatwootTypes>, "raw"> & { raw: WebhookContact };

/** The vendors that deliver webhooks (5chat and LiveChatAI document none; see the README). */
export type WebhookVendor = Extract<Vendor, "chatwoot">;

/** What every event carries; `C` is the connection name given to the handler (`null` when none was). */
export interface UnifiedEventBase<C extends string | null = string | null> {
  /**
   * The logical id, derived from what happened (`support:42:message:1001`, `support:42:created`),
   * the same that `events(sdk, …)` gives the event when a poll sees it: the handler and the stream
   * deduplicate by it. A status change's id is unique per change
   * (`support:42:status:open>resolved@1767225600123`); status changes are deduplicated by state
   * (the conversation's last announced status), so a poll of the same change is still one event.
   * Other events: the delivery id.
   */
  id: string;
  /** How the event arrived. */
  source: "webhook";
  vendor: WebhookVendor;
  /** The connection name given to `parseWebhook` / the handler, or `null`. */
  connection: C;
  /**
   * The reference of the event's conversation, ready for the client (`sdk.getConversation(ref)`):
   * `{ connection, accountId, conversationId }` when a connection name was given and the account
   * is known (from the payload or the `accountId` option); else `null`.
   */
  ref: (C extends string ? ConversationRefOf<ChatwootTypes, C> : never) | null;
  /** The vendor's event name, e.g. `"message_created"`. */
  vendorEvent: string;
  /** The vendor's delivery id (Chatwoot: `X-Chatwoot-Delivery`, the same across retries), or `null`. */
  deliveryId: string | null;
  /** When this process received the delivery (ISO 8601, milliseconds). */
  receivedAt: IsoTimestamp;
}

/** One attribute that changed, from the vendor's change list. */
export interface AttributeChange {
  attribute: string;
  previous: unknown;
  current: unknown;
}

/** A conversation was created. */
export interface ConversationCreatedEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "conversation.created";
  conversation: WebhookUnifiedConversation;
  raw: ChatwootWebhookPayloads["conversation_created"];
}

/** Attributes of a conversation changed. */
export interface ConversationUpdatedEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "conversation.updated";
  conversation: WebhookUnifiedConversation;
  changes: AttributeChange[];
  raw: ChatwootWebhookPayloads["conversation_updated"];
}

/**
 * The status of a conversation changed. `previousStatus` is `null` when the vendor does not say
 * (Chatwoot's agent-bot `conversation_resolved` / `conversation_opened`).
 */
export interface ConversationStatusChangedEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "conversation.status_changed";
  conversation: WebhookUnifiedConversation;
  status: ConversationStatus;
  previousStatus: ConversationStatus | null;
  raw: ChatwootWebhookPayloads["conversation_status_changed" | "conversation_resolved" | "conversation_opened"];
}

/** A message was created (`message.created`) or changed (`message.updated`). */
export interface MessageEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "message.created" | "message.updated";
  message: WebhookUnifiedMessage;
  /** The conversation as delivered with the message. */
  conversation: WebhookUnifiedConversation;
  raw: ChatwootWebhookPayloads["message_created" | "message_updated"];
}

/** A contact was created. */
export interface ContactCreatedEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "contact.created";
  contact: WebhookUnifiedContact;
  raw: ChatwootWebhookPayloads["contact_created"];
}

/** A contact changed. */
export interface ContactUpdatedEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "contact.updated";
  contact: WebhookUnifiedContact;
  changes: AttributeChange[];
  raw: ChatwootWebhookPayloads["contact_updated"];
}

/** Someone started or stopped typing in a conversation. */
export interface TypingEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "typing.started" | "typing.stopped";
  conversation: WebhookUnifiedConversation;
  /** Who types: an `agent` or the `contact`. */
  actor: UnifiedSender;
  /** True while an agent types a private note. */
  isPrivate: boolean;
  raw: ChatwootWebhookPayloads["conversation_typing_on" | "conversation_typing_off"];
}

/** Any other vendor event (Chatwoot's `webwidget_triggered`, `inbox_*`, or an event newer than this SDK). */
export interface UnknownEvent<C extends string | null = string | null> extends UnifiedEventBase<C> {
  type: "unknown";
  raw: unknown;
}

/** A normalized webhook event, discriminated by `type`; `C` is the handler's connection name. */
export type UnifiedEvent<C extends string | null = string | null> =
  | ConversationCreatedEvent<C>
  | ConversationUpdatedEvent<C>
  | ConversationStatusChangedEvent<C>
  | MessageEvent<C>
  | ContactCreatedEvent<C>
  | ContactUpdatedEvent<C>
  | TypingEvent<C>
  | UnknownEvent<C>;

/** Every `type` of {@link UnifiedEvent}. */
export type UnifiedEventType = UnifiedEvent["type"];
