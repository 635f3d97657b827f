/**
 * The normalized webhook events. One union, discriminated by `type`; every variant keeps the
 * vendor's payload in `raw`, the vendor's own event name in `vendorEvent`, the delivery id and
 * when it was received.
 */
import type { ChatwootWebhookPayloads, WebhookContact, WebhookConversation, WebhookMessage } from "@org/chatwoot/webhooks";
import type { ChatwootTypes, ContactOf, ConversationOf, ConversationRefOf, ConversationStatus, IsoTimestamp, MessageOf, UnifiedSender, Vendor } from "../model.js";

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

/** What every event carries. */
export interface UnifiedEventBase {
  vendor: WebhookVendor;
  /** The connection name given to `parseWebhook` / the handler, or `null`. */
  connection: string | null;
  /**
   * The reference of the event's conversation, ready for the client (`sdk.getConversation(ref)`):
   * `{ connection, accountId, conversationId }` when a connection name was given and the account
   * is known (from the payload or the `accountId` option); else `null`.
   */
  ref: ConversationRefOf<ChatwootTypes> | null;
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
export interface ConversationCreatedEvent extends UnifiedEventBase {
  type: "conversation.created";
  conversation: WebhookUnifiedConversation;
  raw: ChatwootWebhookPayloads["conversation_created"];
}

/** Attributes of a conversation changed. */
export interface ConversationUpdatedEvent extends UnifiedEventBase {
  type: "conversation.updated";
  conversation: WebhookUnifiedConversation;
  changes: AttributeChange[];
  raw: ChatwootWebhookPayloads["conversation_updated"];
}

/**
 * The status of a conversation changed. `previousStatus` is `null` when the vendor does not say
 * (Chatwoot's agent-bot `conversation_resolved` / `conversation_opened`).
 */
export interface ConversationStatusChangedEvent extends UnifiedEventBase {
  type: "conversation.status_changed";
  conversation: WebhookUnifiedConversation;
  status: ConversationStatus;
  previousStatus: ConversationStatus | null;
  raw: ChatwootWebhookPayloads["conversation_status_changed" | "conversation_resolved" | "conversation_opened"];
}

/** A message was created (`message.created`) or changed (`message.updated`). */
export interface MessageEvent extends UnifiedEventBase {
  type: "message.created" | "message.updated";
  message: WebhookUnifiedMessage;
  /** The conversation as delivered with the message. */
  conversation: WebhookUnifiedConversation;
  raw: ChatwootWebhookPayloads["message_created" | "message_updated"];
}

/** A contact was created. */
export interface ContactCreatedEvent extends UnifiedEventBase {
  type: "contact.created";
  contact: WebhookUnifiedContact;
  raw: ChatwootWebhookPayloads["contact_created"];
}

/** A contact changed. */
export interface ContactUpdatedEvent extends UnifiedEventBase {
  type: "contact.updated";
  contact: WebhookUnifiedContact;
  changes: AttributeChange[];
  raw: ChatwootWebhookPayloads["contact_updated"];
}

/** Someone started or stopped typing in a conversation. */
export interface TypingEvent extends UnifiedEventBase {
  type: "typing.started" | "typing.stopped";
  conversation: WebhookUnifiedConversation;
  /** Who types: an `agent` or the `contact`. */
  actor: UnifiedSender;
  /** True while an agent types a private note. */
  isPrivate: boolean;
  raw: ChatwootWebhookPayloads["conversation_typing_on" | "conversation_typing_off"];
}

/** Any other vendor event (Chatwoot's `webwidget_triggered`, `inbox_*`, or an event newer than this SDK). */
export interface UnknownEvent extends UnifiedEventBase {
  type: "unknown";
  raw: unknown;
}

/** A normalized webhook event, discriminated by `type`. */
export type UnifiedEvent =
  | ConversationCreatedEvent
  | ConversationUpdatedEvent
  | ConversationStatusChangedEvent
  | MessageEvent
  | ContactCreatedEvent
  | ContactUpdatedEvent
  | TypingEvent
  | UnknownEvent;

/** Every `type` of {@link UnifiedEvent}. */
export type UnifiedEventType = UnifiedEvent["type"];
