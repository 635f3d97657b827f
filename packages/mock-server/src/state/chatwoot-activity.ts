/**
 * The activity message Chatwoot v4.10.0 writes when a conversation's status changes
 * (app/models/concerns/activity_message_handler.rb `status_change_activity`, run from
 * `Conversation#execute_after_update_commit_callbacks`; texts from config/locales/en.yml
 * `conversations.activity.status`). Like every message, it moves the conversation's
 * `last_activity_at` (app/models/message.rb `set_conversation_activity`), so a poller reading
 * `sort_by=last_activity_at_desc` finds the conversation on its first page; it is never delivered
 * by webhook (`webhook_sendable?`: incoming, outgoing and template messages only).
 *
 * The content is `nil` — no message, no activity — when nobody the handler knows made the change:
 * an agent-bot token setting `open`, `pending` or `snoozed` (no `Current.user`, no contact, no
 * automation). Such a change is seen by a poller only on the pages it reads anyway.
 */

import type { MockSender } from "./types.ts";

/** Who changed the status: an agent (a user token), a bot token, or the contact (public API, or by writing). */
export type StatusActor = MockSender;

/**
 * The activity message's content for a change to `status` by `actor`, or `null` when Chatwoot
 * writes none. `agentName` and `contactName` fill the templates.
 */
export function statusActivityContent(status: string, actor: StatusActor, names: { agentName: string; contactName: string }): string | null {
  if (actor === "agent") {
    // `user_status_change_activity_content(user_name)` with a user: "conversations.activity.status.<status>".
    const text: Readonly<Record<string, string>> = {
      resolved: `Conversation was marked resolved by ${names.agentName}`,
      open: `Conversation was reopened by ${names.agentName}`,
      pending: `Conversation was marked as pending by ${names.agentName}`,
      snoozed: `Conversation was snoozed by ${names.agentName}`,
    };
    return text[status] ?? null;
  }
  if (actor === "contact") {
    // A contact resolving (public API): "contact_resolved"; a contact's message reopening an API
    // inbox's conversation sets `Current.executed_by` to the contact: "system_auto_open".
    if (status === "resolved") return `Conversation was resolved by ${names.contactName.charAt(0).toUpperCase()}${names.contactName.slice(1).toLowerCase()}`;
    return status === "open" ? "System reopened the conversation due to a new incoming message." : null;
  }
  // A bot token: no user and no contact. `resolved?` still writes the auto-resolve text with
  // `auto_resolve_after || 0` minutes; open, pending and snoozed write nothing.
  return status === "resolved" ? "Conversation was marked resolved by system due to 0 minutes of inactivity" : null;
}
