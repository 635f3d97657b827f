/**
 * A webhook event as the event stream's event: the three kinds `sdk.events()` yields, when the
 * delivery names its conversation (a connection name and an account id are known).
 */
import type { ConversationStatusChangedEvent, ConversationCreatedEvent, MessageEvent, UnifiedEvent } from "../adapters/chatwoot/webhook-events.js";
import type { ConversationEventOf } from "../events/types.js";
import type { ChatwootTypes } from "../model.js";

/** What a handler with connection `C` can push into `sdk.events(C)`. */
export type StreamableEvent<C extends string> = ConversationEventOf<ChatwootTypes, C>;

/**
 * The stream event for `event`, or `null` for other kinds and events without a `ref`. The
 * conversation's and message's `raw` are the delivery's `webhook_data`.
 */
export function toStreamEvent<C extends string>(event: UnifiedEvent<C | null>): StreamableEvent<C> | null {
  if (event.ref === null || event.connection === null) return null;
  const base = { id: event.id, vendor: "chatwoot" as const, connection: event.connection, ref: event.ref as StreamableEvent<C>["ref"], source: "webhook" as const, receivedAt: event.receivedAt };
  const conversation = (e: ConversationCreatedEvent<C> | ConversationStatusChangedEvent<C> | MessageEvent<C>) => e.conversation as unknown as StreamableEvent<C>["conversation"];
  switch (event.type) {
    case "message.created":
      return { ...base, type: "message.created", message: event.message as unknown as Extract<StreamableEvent<C>, { type: "message.created" }>["message"], conversation: conversation(event as MessageEvent<C>) };
    case "conversation.created":
      return { ...base, type: "conversation.created", conversation: conversation(event as ConversationCreatedEvent<C>) };
    case "conversation.status_changed":
      return { ...base, type: "conversation.status_changed", conversation: conversation(event as ConversationStatusChangedEvent<C>), status: event.status, previousStatus: event.previousStatus };
    default:
      return null;
  }
}
