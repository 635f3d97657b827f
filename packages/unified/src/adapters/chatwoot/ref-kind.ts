/** Which API family a Chatwoot reference addresses, and each family's messages path (read by the adapter, written by the writers). */
import type { ChatwootConversationRef, ChatwootPublicConversationRef } from "../../refs.js";

/** Whether `ref` goes through the public client API (inbox + contact identifiers) rather than the application API. */
export function isPublic(ref: ChatwootConversationRef): ref is ChatwootPublicConversationRef {
  return "inboxIdentifier" in ref;
}

/** The messages of a conversation through the public client API. */
export const PUBLIC_MESSAGES = "/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages";
/** The messages of a conversation through the application API. */
export const ACCOUNT_MESSAGES = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages";
