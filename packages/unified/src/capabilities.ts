/**
 * What each vendor can do through the facade. `capabilities(vendor)` returns these; an operation
 * or filter a vendor cannot honour fails with `UnsupportedOperationError` instead of returning a
 * silently wrong or empty result.
 */
import type { Vendor } from "./model.js";

/** Conversation statuses a listing can be filtered by. */
export type ConversationStatusFilter = "open" | "pending" | "resolved" | "snoozed";

/** What one vendor supports. */
export interface Capabilities {
  readonly vendor: Vendor;
  /** `getConversation` is available. */
  readonly getConversation: boolean;
  /** `listMessages` is available. */
  readonly listMessages: boolean;
  /** `listConversations` is available. */
  readonly listConversations: boolean;
  /**
   * How `listMessages` pages: `"server"` follows the vendor's cursor (Chatwoot's `before`);
   * `"single-page"` means the vendor returns every message at once, in one page.
   */
  readonly messagePagination: "server" | "single-page";
  /** Whether `pageSize` reaches the vendor for conversation listings (else the vendor's fixed size applies). */
  readonly conversationPageSize: boolean;
  /** The statuses `listConversations` can filter by; any other status filter is unsupported. */
  readonly conversationStatusFilter: readonly ConversationStatusFilter[];
  /** Whether `getConversation` carries every message, or only the latest (Chatwoot's application API). */
  readonly conversationMessages: "all" | "all-or-latest";
  /**
   * Whether the vendor delivers webhooks that `parseWebhook` / `createWebhookHandler` accept.
   * 5chat and LiveChatAI document none (see the README's "Webhooks" section).
   */
  readonly webhooks: boolean;
}

/** The capabilities of every vendor. */
export const CAPABILITIES: { readonly [V in Vendor]: Capabilities } = {
  "5chat": {
    vendor: "5chat",
    getConversation: true,
    listMessages: true,
    listConversations: true,
    messagePagination: "single-page",
    conversationPageSize: true,
    conversationStatusFilter: [],
    conversationMessages: "all",
    webhooks: false,
  },
  livechatai: {
    vendor: "livechatai",
    getConversation: true,
    listMessages: true,
    listConversations: true,
    messagePagination: "single-page",
    conversationPageSize: true,
    conversationStatusFilter: ["open", "resolved"],
    conversationMessages: "all",
    webhooks: false,
  },
  chatwoot: {
    vendor: "chatwoot",
    getConversation: true,
    listMessages: true,
    listConversations: true,
    messagePagination: "server",
    conversationPageSize: false,
    // Through the application API (accountId); the public API cannot filter a contact's conversations.
    conversationStatusFilter: ["open", "pending", "resolved", "snoozed"],
    conversationMessages: "all-or-latest",
    webhooks: true,
  },
};
