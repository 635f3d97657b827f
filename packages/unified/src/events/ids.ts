/**
 * Logical event ids: derived from what happened, never from how it arrived, so a webhook delivery
 * and a poll that see the same message give the same id (and one event).
 */
import type { ConversationStatus } from "../model.js";

/** `support:42:message:1001` */
export function messageEventId(connection: string, conversationId: string, messageId: string): string {
  return `${connection}:${conversationId}:message:${messageId}`;
}

/** `support:42:created` */
export function createdEventId(connection: string, conversationId: string): string {
  return `${connection}:${conversationId}:created`;
}

/**
 * `support:42:status:open>resolved`. The same transition repeated later has the same id, so status
 * ids are remembered only briefly ({@link STATUS_ID_TTL_MS}): long enough to merge a webhook with
 * the poll that sees the same change, short enough not to swallow a later resolve.
 */
export function statusEventId(connection: string, conversationId: string, previous: ConversationStatus | null, status: ConversationStatus): string {
  return `${connection}:${conversationId}:status:${previous ?? "?"}>${status}`;
}

/** How long a status-change id is remembered (10 minutes). */
export const STATUS_ID_TTL_MS = 10 * 60 * 1000;

/** Whether `id` is a status-change id. */
export function isStatusEventId(id: string): boolean {
  return /:status:[^:]*$/.test(id);
}
