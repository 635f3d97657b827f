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
 * `support:42:status:open>resolved@1767225600000`: unique per change, since the same transition
 * can happen again (resolved, reopened, resolved). `at` is the vendor's stamp of the conversation
 * as observed (its `updatedAt`), else when this process received it. Status events are not
 * deduplicated by id but by state, under {@link statusKeyOf} (see `SeenEventStore.claimState`), so
 * a webhook and a poll that see the same change give one event even when their ids differ.
 */
export function statusEventId(connection: string, conversationId: string, previous: ConversationStatus | null, status: ConversationStatus, at: string | null): string {
  const ms = Date.parse(at ?? "");
  return `${connection}:${conversationId}:status:${previous ?? "?"}>${status}@${Number.isFinite(ms) ? ms : "?"}`;
}

/** The key a status-change id's conversation keeps its announced status under (`support:42:status`), or `null`. */
export function statusKeyOf(id: string): string | null {
  const match = /^(.+:status):[^:]*$/.exec(id);
  return match === null ? null : (match[1] ?? null);
}
