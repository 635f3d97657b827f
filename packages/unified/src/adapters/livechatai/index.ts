/**
 * `@org/unified/livechatai`: the LiveChatAI adapter factory alone. A bundle that imports it (with
 * `createUnifiedClient` from `@org/unified`) holds no code of the other vendors.
 *
 * @packageDocumentation
 */
export { livechatai, LIVECHATAI_CAPABILITIES, type LiveChatAiAdapterOptions } from "./adapter.js";
export type { LiveChatAiTypes } from "./types.js";
export type { LiveChatAiConversationRef } from "./types.js";
