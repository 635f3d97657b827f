/**
 * `@org/unified`: one facade and one conversation model over 5chat, LiveChatAI and Chatwoot.
 * For a bundle with a single vendor, import from `@org/unified/5chat`, `/livechatai` or `/chatwoot`.
 *
 * @packageDocumentation
 */
export { createUnifiedClient } from "./create-unified-client.js";
export { normalizeConversation, normalizeMessage } from "./normalize.js";
export * from "./public-api.js";
export * from "@org/runtime/errors";
