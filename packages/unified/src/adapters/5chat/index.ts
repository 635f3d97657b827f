/**
 * `@org/unified/5chat`: the 5chat adapter factory alone. A bundle that imports it (with
 * `createUnifiedClient` from `@org/unified`) holds no code of the other vendors.
 *
 * @packageDocumentation
 */
export { fiveChat, FIVECHAT_CAPABILITIES, type FiveChatAdapterOptions } from "./adapter.js";
export type { FiveChatTypes } from "./types.js";
export type { FiveChatConversationRef } from "./types.js";
