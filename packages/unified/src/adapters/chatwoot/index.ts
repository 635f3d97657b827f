/**
 * `@org/unified/chatwoot`: the Chatwoot adapter factory alone. A bundle that imports it (with
 * `createUnifiedClient` from `@org/unified`) holds no code of the other vendors.
 *
 * @packageDocumentation
 */
export { chatwoot, CHATWOOT_CAPABILITIES, type ChatwootAdapterOptions } from "./adapter.js";
export type { ChatwootAccountFilters, ChatwootContactFilters, ChatwootTypes } from "./types.js";
export type { ChatwootAccountConversationRef, ChatwootConversationRef, ChatwootPublicConversationRef } from "./types.js";
