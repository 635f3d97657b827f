/**
 * What one connection can do through the facade. `capabilities(connection)` returns the adapter's
 * object; the facade checks every call against it before any request, so an operation, filter or
 * argument a vendor cannot honour fails with `UnsupportedOperationError` instead of a silently wrong
 * or empty result.
 */
import type { SettableStatus } from "./model.js";

/**
 * How a listing pages: `"single-page"` (everything at once), `"page"` (page numbers), `"before"`
 * (backwards from the oldest id seen, Chatwoot's messages) or `"token"` (an opaque vendor token).
 */
export type Pagination = "single-page" | "page" | "before" | "token";

/** What one adapter supports. Every write is reported. */
export interface Capabilities {
  /** The vendor id. */
  readonly vendor: string;
  /** How `listMessages` pages. */
  readonly messagePagination: Pagination;
  /** How `listConversations` pages. */
  readonly conversationPagination: Pagination;
  /** The largest `pageSize` a conversation listing accepts, or `null` when the vendor fixes the page size (then `pageSize` is refused). */
  readonly maxPageSize: number | null;
  /** The statuses `listConversations` can filter by; any other status filter is unsupported. */
  readonly conversationStatusFilter: readonly SettableStatus[];
  /** Whether `getConversation` carries every message, or only the latest (Chatwoot's application API). */
  readonly conversationMessages: "all" | "all-or-latest";
  /** `sendMessage`: `false` when unsupported, else whether private notes and attachments can be sent. */
  readonly sendMessage: false | { readonly private: boolean; readonly attachments: boolean };
  /**
   * Whether `sendMessage(ref, message, { idempotencyKey })` is honoured: the vendor stores a
   * caller-chosen key with the message, so after an unclear failure the SDK looks the message up
   * before sending again. Absent or `false`: the key is refused before any request.
   */
  readonly idempotentSend?: boolean;
  /** The statuses `setStatus` can set (empty: unsupported). */
  readonly setStatus: readonly SettableStatus[];
  /** Whether `setStatus(ref, "snoozed", { snoozedUntil })` honours `snoozedUntil`. */
  readonly snoozedUntil: boolean;
  /** `assign`: `false` when unsupported, else which assignments it can make (`unassign`: `assign(ref, null)`). */
  readonly assign: false | { readonly agent: boolean; readonly team: boolean; readonly unassign: boolean };
  /** Whether `setTags` (replace the conversation's tags) is supported. */
  readonly setTags: boolean;
  /** Limits that depend on the reference form, in words (e.g. what Chatwoot's public API cannot do). */
  readonly notes: readonly string[];
  /**
   * Whether the vendor delivers webhooks that `parseWebhook` / `createWebhookHandler` accept.
   * 5chat and LiveChatAI document none (see the README's "Webhooks" section).
   */
  readonly webhooks: boolean;
  /**
   * What `sdk.events(connection)` can promise. `push`: the vendor delivers webhooks, which the
   * stream merges with its polls. `poll: "incremental"`: the listing is ordered by latest activity,
   * so a poll reads only what changed since the checkpoint; `"full-scan"`: the order is undocumented,
   * so a poll reads every conversation up to `maxConversations` and their messages. Absent (a
   * custom adapter that says nothing): `{ push: false, poll: "full-scan" }`.
   */
  readonly events?: EventCapabilities;
}

/** See {@link Capabilities.events}. */
export interface EventCapabilities {
  readonly push: boolean;
  readonly poll: "incremental" | "full-scan";
}
