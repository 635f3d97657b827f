/**
 * Chatwoot's verified deliveries → {@link UnifiedEvent}.
 */
import type { ChatwootWebhookEvent, WebhookContact, WebhookConversation, WebhookMessage } from "@org/chatwoot/webhooks";
import type { ChatwootTypes } from "./types.js";
import type { ConversationRefOf, ConversationStatus, UnifiedSender } from "../../model.js";
import { idAt, isObject, type JsonObject, numberAt, objectAt, prop, text, textAt } from "../../tolerant-read.js";
import { createdEventId, messageEventId, statusEventId } from "../../events/ids.js";
import type { Scope } from "../../scope.js";
import type { AttributeChange, UnifiedEvent, UnifiedEventBase, WebhookUnifiedContact, WebhookUnifiedConversation, WebhookUnifiedMessage } from "./webhook-events.js";
import { chatwootContact, chatwootConversation, chatwootMessage } from "./normalizer.js";

/** Where the deliveries come from. */
export interface ChatwootWebhookContext {
  /** The connection name the events carry (the one the client uses for this Chatwoot), or `null`. */
  connection: string | null;
  /** The account id when the payload does not say (conversation and typing events of an account webhook). */
  accountId?: number | undefined;
  /** When the delivery was received (ISO 8601). */
  receivedAt: string;
}

const STATUS: Readonly<Record<string, ConversationStatus>> = { open: "open", pending: "pending", resolved: "resolved", snoozed: "snoozed" };

function status(value: unknown): ConversationStatus | null {
  const t = text(value);
  return t === null ? null : Object.hasOwn(STATUS, t) ? (STATUS[t] as ConversationStatus) : "unknown";
}

/** `[{ status: { previous_value, current_value } }]` → one change per attribute. */
function changes(payload: JsonObject): AttributeChange[] {
  const out: AttributeChange[] = [];
  const list = prop(payload, "changed_attributes");
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (!isObject(item)) continue;
    for (const [attribute, change] of Object.entries(item)) {
      out.push({ attribute, previous: prop(change, "previous_value") ?? null, current: prop(change, "current_value") ?? null });
    }
  }
  return out;
}

/** The typing user: an agent (`type: user`) or, without `type`, the contact. */
function actor(user: JsonObject | null): UnifiedSender {
  return { role: user === null ? "unknown" : textAt(user, "type") === "user" ? "agent" : "contact", id: idAt(user, "id"), name: textAt(user, "name") };
}

/** The account reference of the conversation, when the connection and the account are known. */
function refOf(conversation: JsonObject | null, account: unknown, context: ChatwootWebhookContext): ConversationRefOf<ChatwootTypes> | null {
  const conversationId = numberAt(conversation, "id");
  const firstMessage = prop(conversation, "messages");
  const accountId = numberAt(account, "id") ?? (Array.isArray(firstMessage) ? numberAt(firstMessage[0], "account_id") : null) ?? context.accountId ?? null;
  if (context.connection === null || conversationId === null || accountId === null) return null;
  return { connection: context.connection, accountId, conversationId };
}

/**
 * Map one verified Chatwoot delivery to a unified event. Never throws: a payload of an unexpected
 * shape gives `null` fields, an event this SDK does not map gives `type: "unknown"`.
 */
export function chatwootEvent(delivery: ChatwootWebhookEvent, context: ChatwootWebhookContext): UnifiedEvent {
  const payload = isObject(delivery.payload) ? delivery.payload : {};
  const isMessage = delivery.event === "message_created" || delivery.event === "message_updated";
  const isTyping = delivery.event === "conversation_typing_on" || delivery.event === "conversation_typing_off";
  const conversationPayload = isMessage || isTyping ? objectAt(payload, "conversation") : delivery.event.startsWith("conversation_") ? payload : null;
  const ref = refOf(conversationPayload, prop(payload, "account"), context);
  const scope: Scope<ChatwootTypes, string | null> = { connection: context.connection, ref };
  // `raw` is the delivery's `webhook_data`: the same object, typed as what Chatwoot delivers.
  const conversation = (): WebhookUnifiedConversation => {
    const raw = conversationPayload ?? {};
    return { ...chatwootConversation(raw, scope), raw: raw as WebhookConversation };
  };
  const message = (): WebhookUnifiedMessage => ({ ...chatwootMessage(payload, null, scope), raw: payload as WebhookMessage });
  const contact = (): WebhookUnifiedContact => ({ ...chatwootContact(payload), raw: payload as WebhookContact });

  const name = context.connection ?? "chatwoot";
  const conversationId = idAt(conversationPayload, "id");
  // Events without a logical identity fall back to the delivery (or the event and the time received).
  const fallbackId = `${name}:delivery:${delivery.deliveryId ?? `${delivery.event}@${context.receivedAt}`}`;
  const base: UnifiedEventBase = {
    id: fallbackId,
    source: "webhook",
    vendor: "chatwoot",
    connection: context.connection,
    ref,
    vendorEvent: delivery.event,
    deliveryId: delivery.deliveryId,
    receivedAt: context.receivedAt,
  };
  if (!delivery.known) return { ...base, type: "unknown", raw: delivery.payload };
  switch (delivery.event) {
    case "conversation_created":
      return { ...base, id: conversationId === null ? fallbackId : createdEventId(name, conversationId), type: "conversation.created", conversation: conversation(), raw: delivery.payload };
    case "conversation_updated":
      return { ...base, type: "conversation.updated", conversation: conversation(), changes: changes(payload), raw: delivery.payload };
    case "conversation_status_changed":
    case "conversation_resolved":
    case "conversation_opened": {
      const c = conversation();
      const previous = changes(payload).find((change) => change.attribute === "status")?.previous;
      const previousStatus = status(previous);
      const id = conversationId === null ? fallbackId : statusEventId(name, conversationId, previousStatus, c.status, c.updatedAt ?? context.receivedAt);
      return { ...base, id, type: "conversation.status_changed", conversation: c, status: c.status, previousStatus, raw: delivery.payload };
    }
    case "message_created":
    case "message_updated": {
      const m = message();
      const created = delivery.event === "message_created";
      const id = created && conversationId !== null && m.id !== null ? messageEventId(name, conversationId, m.id) : fallbackId;
      return { ...base, id, type: created ? "message.created" : "message.updated", message: m, conversation: conversation(), raw: delivery.payload };
    }
    case "contact_created":
      return { ...base, type: "contact.created", contact: contact(), raw: delivery.payload };
    case "contact_updated":
      return { ...base, type: "contact.updated", contact: contact(), changes: changes(payload), raw: delivery.payload };
    case "conversation_typing_on":
    case "conversation_typing_off":
      return {
        ...base,
        type: delivery.event === "conversation_typing_on" ? "typing.started" : "typing.stopped",
        conversation: conversation(),
        actor: actor(objectAt(payload, "user")),
        isPrivate: prop(payload, "is_private") === true,
        raw: delivery.payload,
      };
    default:
      return { ...base, type: "unknown", raw: delivery.payload };
  }
}
