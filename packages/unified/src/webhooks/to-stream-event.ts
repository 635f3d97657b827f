/**
 * A webhook event as the event stream's event: the three kinds `events(sdk, …)` yields, when the
 * delivery names its conversation (a connection name and an account id are known).
 */
import type { UnifiedEvent, WebhookUnifiedConversation } from "../adapters/chatwoot/webhook-events.js";
import type { ConversationOf, MessageOf } from "../model.js";
import type { ConversationEventOf } from "../events/types.js";
import type { ChatwootTypes } from "../adapters/chatwoot/types.js";

/** What a handler with connection `C` can push into `events(sdk, C)`. */
export type StreamableEvent<C extends string> = ConversationEventOf<ChatwootTypes, C>;

/**
 * The stream event for `event`, or `null` for other kinds and events without a `ref`. The
 * conversation's and message's `raw` are the delivery's `webhook_data`.
 */
export function toStreamEvent<C extends string>(event: UnifiedEvent<C | null>): StreamableEvent<C> | null {
  const { connection } = event;
  if (event.ref === null || connection === null) return null;
  const ref = event.ref as StreamableEvent<C>["ref"];
  const base = { id: event.id, vendor: "chatwoot" as const, connection, ref, source: "webhook" as const, receivedAt: event.receivedAt };
  // The delivery's objects, re-stamped with the stream's connection and reference.
  // (`C extends string ? ref : null` with `C` still generic: TypeScript needs the branch named.)
  const scoped = ref as ConversationOf<ChatwootTypes, C>["ref"];
  const message = (m: MessageOf<ChatwootTypes, string | null>): MessageOf<ChatwootTypes, C> => ({ ...m, connection, conversationRef: scoped });
  const conversation = (c: WebhookUnifiedConversation): ConversationOf<ChatwootTypes, C> => ({ ...c, connection, ref: scoped, messages: c.messages.map(message) });
  switch (event.type) {
    case "message.created":
      return { ...base, type: "message.created", message: message(event.message), conversation: conversation(event.conversation) };
    case "conversation.created":
      return { ...base, type: "conversation.created", conversation: conversation(event.conversation) };
    case "conversation.status_changed":
      return { ...base, type: "conversation.status_changed", conversation: conversation(event.conversation), status: event.status, previousStatus: event.previousStatus };
    default:
      return null;
  }
}
