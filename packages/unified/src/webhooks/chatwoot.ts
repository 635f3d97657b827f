/**
 * Chatwoot's verified deliveries → {@link UnifiedEvent}.
 */
import type { ChatwootWebhookEvent } from "@org/chatwoot/webhooks";
import type { ConversationStatus, UnifiedSender } from "../model.js";
import { chatwootContact, chatwootConversation, chatwootMessage } from "../normalizers/chatwoot.js";
import { idAt, isObject, type JsonObject, objectAt, prop, text, textAt } from "../normalizers/read.js";
import type { AttributeChange, UnifiedEvent, UnifiedEventBase, WebhookUnifiedContact, WebhookUnifiedConversation, WebhookUnifiedMessage } from "./events.js";

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

// The normalizers type `raw` as the REST shapes; here it is the delivery's `webhook_data`.
function conversation(value: JsonObject | null): WebhookUnifiedConversation {
  return chatwootConversation(value ?? {}) as unknown as WebhookUnifiedConversation;
}

function message(value: JsonObject): WebhookUnifiedMessage {
  return chatwootMessage(value, null) as unknown as WebhookUnifiedMessage;
}

function contact(value: JsonObject): WebhookUnifiedContact {
  return chatwootContact(value) as unknown as WebhookUnifiedContact;
}

/** The typing user: an agent (`type: user`) or, without `type`, the contact. */
function actor(user: JsonObject | null): UnifiedSender {
  return { role: user === null ? "unknown" : textAt(user, "type") === "user" ? "agent" : "contact", id: idAt(user, "id"), name: textAt(user, "name") };
}

/**
 * Map one verified Chatwoot delivery to a unified event. Never throws: a payload of an unexpected
 * shape gives `null` fields, an event this SDK does not map gives `type: "unknown"`.
 */
export function chatwootEvent(delivery: ChatwootWebhookEvent, receivedAt: string): UnifiedEvent {
  const base: UnifiedEventBase = { vendor: "chatwoot", vendorEvent: delivery.event, deliveryId: delivery.deliveryId, receivedAt };
  if (!delivery.known) return { ...base, type: "unknown", raw: delivery.payload };
  const payload = delivery.payload as JsonObject;
  switch (delivery.event) {
    case "conversation_created":
      return { ...base, type: "conversation.created", conversation: conversation(payload), raw: delivery.payload };
    case "conversation_updated":
      return { ...base, type: "conversation.updated", conversation: conversation(payload), changes: changes(payload), raw: delivery.payload };
    case "conversation_status_changed":
    case "conversation_resolved":
    case "conversation_opened": {
      const statusChange = changes(payload).find((c) => c.attribute === "status");
      const c = conversation(payload);
      return { ...base, type: "conversation.status_changed", conversation: c, status: c.status, previousStatus: status(statusChange?.previous), raw: delivery.payload };
    }
    case "message_created":
    case "message_updated":
      return {
        ...base,
        type: delivery.event === "message_created" ? "message.created" : "message.updated",
        message: message(payload),
        conversation: conversation(objectAt(payload, "conversation")),
        raw: delivery.payload,
      };
    case "contact_created":
      return { ...base, type: "contact.created", contact: contact(payload), raw: delivery.payload };
    case "contact_updated":
      return { ...base, type: "contact.updated", contact: contact(payload), changes: changes(payload), raw: delivery.payload };
    case "conversation_typing_on":
    case "conversation_typing_off":
      return {
        ...base,
        type: delivery.event === "conversation_typing_on" ? "typing.started" : "typing.stopped",
        conversation: conversation(objectAt(payload, "conversation")),
        actor: actor(objectAt(payload, "user")),
        isPrivate: prop(payload, "is_private") === true,
        raw: delivery.payload,
      };
    default:
      return { ...base, type: "unknown", raw: delivery.payload };
  }
}
