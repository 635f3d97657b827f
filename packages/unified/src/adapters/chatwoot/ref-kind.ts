/** Which API family a Chatwoot reference addresses. */
import type { ChatwootConversationRef, ChatwootPublicConversationRef } from "../../refs.js";

/** Whether `ref` goes through the public client API (inbox + contact identifiers) rather than the application API. */
export function isPublic(ref: ChatwootConversationRef): ref is ChatwootPublicConversationRef {
  return "inboxIdentifier" in ref;
}
