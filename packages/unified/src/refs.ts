/**
 * Conversation references: how a caller names one conversation of one vendor. A union
 * discriminated by `vendor`; Chatwoot has two forms, one per API family.
 */
import type { Vendor } from "./model.js";

/** A 5chat conversation, by its conversation token. */
export interface FiveChatConversationRef {
  vendor: "5chat";
  token: string;
}

/** A LiveChatAI conversation, by its id (e.g. `chat_1234567890`). */
export interface LiveChatAiConversationRef {
  vendor: "livechatai";
  conversationId: string;
}

/**
 * A Chatwoot conversation through the public client API (no token: the inbox and contact
 * identifiers are the credentials). `conversationId` is the conversation's display id.
 */
export interface ChatwootPublicConversationRef {
  vendor: "chatwoot";
  inboxIdentifier: string;
  contactIdentifier: string;
  conversationId: number;
}

/**
 * A Chatwoot conversation through the application API (needs `apiAccessToken`).
 * `conversationId` is the conversation's display id within the account.
 */
export interface ChatwootAccountConversationRef {
  vendor: "chatwoot";
  accountId: number;
  conversationId: number;
}

/** Any Chatwoot conversation reference. */
export type ChatwootConversationRef = ChatwootPublicConversationRef | ChatwootAccountConversationRef;

/** A reference to one conversation of any vendor. */
export type ConversationRef = FiveChatConversationRef | LiveChatAiConversationRef | ChatwootConversationRef;

/** The reference forms of one vendor. */
export type ConversationRefFor<V extends Vendor> = Extract<ConversationRef, { vendor: V }>;

/** Whether a Chatwoot reference uses the public client API. */
export function isChatwootPublicRef(ref: ChatwootConversationRef): ref is ChatwootPublicConversationRef {
  return "inboxIdentifier" in ref;
}
