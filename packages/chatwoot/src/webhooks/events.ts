/**
 * The typed webhook events, generated from the `webhooks:` of specs/chatwoot.yaml: one payload
 * type per event name, and a union discriminated by `event` with a variant of its own for an
 * event this version does not know.
 */
import type { components, webhooks } from "../generated/schema.js";

type Schemas = components["schemas"];

/** Every event name the spec describes, e.g. `"message_created"`. */
export type ChatwootWebhookEventName = keyof webhooks;

/** The JSON body Chatwoot POSTs for each event (its `event` field included). */
export type ChatwootWebhookPayloads = {
  [E in ChatwootWebhookEventName]: webhooks[E]["post"]["requestBody"]["content"]["application/json"];
};

/** Every event name, in spec order, so code can check a name at run time. */
export const CHATWOOT_WEBHOOK_EVENTS = [
  "conversation_created",
  "conversation_updated",
  "conversation_status_changed",
  "conversation_resolved",
  "conversation_opened",
  "message_created",
  "message_updated",
  "webwidget_triggered",
  "contact_created",
  "contact_updated",
  "inbox_created",
  "inbox_updated",
  "conversation_typing_on",
  "conversation_typing_off",
] as const satisfies readonly ChatwootWebhookEventName[];

/** Facts about the delivery itself, from its headers. */
export interface ChatwootDeliveryInfo {
  /** `X-Chatwoot-Delivery`: the same across Chatwoot's retries of one delivery; `null` when not sent. */
  deliveryId: string | null;
  /** `X-Chatwoot-Timestamp` (unix seconds) of a signed delivery; `null` when unsigned. */
  timestamp: number | null;
  /** Whether the signature was checked (false only for unsigned deliveries accepted with `allowUnsigned`). */
  signed: boolean;
}

/** A delivery of a known event: `payload` is typed by `event`. */
export type KnownChatwootWebhookEvent = {
  [E in ChatwootWebhookEventName]: ChatwootDeliveryInfo & { known: true; event: E; payload: ChatwootWebhookPayloads[E] };
}[ChatwootWebhookEventName];

/** A delivery of an event this version does not describe (a newer Chatwoot, a fork). Never an error. */
export interface UnknownChatwootWebhookEvent extends ChatwootDeliveryInfo {
  known: false;
  event: string;
  payload: unknown;
}

/**
 * A verified delivery. Narrow with `known` first (or {@link isChatwootEvent}), then `event`:
 *
 * @example
 * ```ts
 * if (delivery.known && delivery.event === "message_created") delivery.payload.conversation.id;
 * ```
 */
export type ChatwootWebhookEvent = KnownChatwootWebhookEvent | UnknownChatwootWebhookEvent;

/** Whether `delivery` is the event `name`, narrowing its payload. */
export function isChatwootEvent<E extends ChatwootWebhookEventName>(
  delivery: ChatwootWebhookEvent,
  name: E,
): delivery is Extract<KnownChatwootWebhookEvent, { event: E }> {
  return delivery.known && delivery.event === name;
}

/** Whether `name` is an event this version describes. */
export function isKnownChatwootEventName(name: string): name is ChatwootWebhookEventName {
  return (CHATWOOT_WEBHOOK_EVENTS as readonly string[]).includes(name);
}

/** `Message#webhook_data` (message_created / message_updated without `event`). */
export type WebhookMessage = Schemas["WebhookMessage"];
/** `Conversation#webhook_data` (conversation events without `event`). */
export type WebhookConversation = Schemas["WebhookConversation"];
/** `Contact#webhook_data`: has no `type` (unlike the contact push data). */
export type WebhookContact = Schemas["WebhookContact"];
/** `User#webhook_data`. */
export type WebhookUser = Schemas["WebhookUser"];
/** The sender of a delivered message. */
export type WebhookMessageSender = Schemas["WebhookMessageSender"];
/** `[{ attribute: { previous_value, current_value } }]`. */
export type WebhookChangedAttributes = Schemas["WebhookChangedAttributes"];
