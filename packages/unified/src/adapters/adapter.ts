/**
 * The contract between the facade and one vendor. Each adapter file implements it with that
 * vendor's client and normalizers; the facade adds pagination, cursors and capability checks.
 */
import type { Capabilities, ConversationStatusFilter } from "../capabilities.js";
import type { UnifiedConversationOf, UnifiedMessageOf, Vendor } from "../model.js";
import type { ConversationRefFor } from "../refs.js";

/** A vendor cursor: plain JSON data, so the facade can serialize it for the caller to persist. */
export type VendorCursor = { page: number; seen?: number } | { before: number };

/** One page as an adapter returns it. */
export interface VendorPage<T> {
  items: T[];
  /** Where the next page starts, or `undefined` on the last page. */
  nextCursor: VendorCursor | undefined;
}

/** Per-call options the facade hands to adapters. */
export interface AdapterCall {
  signal?: AbortSignal;
  pageSize?: number;
}

/** The filters `listConversations` accepts, per vendor. */
export interface ConversationFiltersByVendor {
  "5chat": {
    /** Language code for tag translations (e.g. `en`, `pl`, `de`). */
    lang?: string;
    status?: ConversationStatusFilter;
  };
  livechatai: {
    /** The AI agent (chatbot) whose conversations to list. Defaults to the client's configured `agentId`. */
    agentId?: string;
    status?: ConversationStatusFilter;
  };
  chatwoot:
    | {
        /** List an account's conversations through the application API (needs `apiAccessToken`). */
        accountId: number;
        status?: ConversationStatusFilter;
        inboxId?: number;
        assigneeType?: "me" | "unassigned" | "all" | "assigned";
      }
    | {
        /** List one contact's conversations through the public client API. */
        inboxIdentifier: string;
        contactIdentifier: string;
        status?: ConversationStatusFilter;
      };
}

/** What the facade needs from one vendor. */
export interface VendorAdapter<V extends Vendor> {
  readonly capabilities: Capabilities;
  getConversation(ref: ConversationRefFor<V>, call: AdapterCall): Promise<UnifiedConversationOf<V>>;
  /** One page of messages, newest first. */
  messagesPage(ref: ConversationRefFor<V>, cursor: VendorCursor | undefined, call: AdapterCall): Promise<VendorPage<UnifiedMessageOf<V>>>;
  /** One page of conversations, in the vendor's order. */
  conversationsPage(filters: ConversationFiltersByVendor[V], cursor: VendorCursor | undefined, call: AdapterCall): Promise<VendorPage<UnifiedConversationOf<V>>>;
}
