/**
 * The vendor part of the built-in adapters' conversation references. A reference the caller
 * passes adds the connection name: `{ connection: "support", accountId: 1, conversationId: 42 }`.
 * Chatwoot has two forms, one per API family.
 */

/** A 5chat conversation, by its conversation token. */
export interface FiveChatConversationRef {
  readonly token: string;
}

/** A LiveChatAI conversation, by its id (e.g. `chat_1234567890`). */
export interface LiveChatAiConversationRef {
  readonly conversationId: string;
}

/**
 * A Chatwoot conversation through the public client API (no token: the inbox and contact
 * identifiers are the credentials). `conversationId` is the conversation's display id.
 */
export interface ChatwootPublicConversationRef {
  readonly inboxIdentifier: string;
  readonly contactIdentifier: string;
  readonly conversationId: number;
}

/**
 * A Chatwoot conversation through the application API (needs `apiAccessToken`).
 * `conversationId` is the conversation's display id within the account.
 */
export interface ChatwootAccountConversationRef {
  readonly accountId: number;
  readonly conversationId: number;
}

/** Any Chatwoot conversation reference. */
export type ChatwootConversationRef = ChatwootPublicConversationRef | ChatwootAccountConversationRef;
