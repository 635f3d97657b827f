/**
 * `@org/unified/webhooks`: `parseWebhook`, `createWebhookHandler` and the `UnifiedEvent` union.
 * Its own entry point: it holds no REST client code.
 *
 * @packageDocumentation
 */
export * from "../webhooks/index.js";
export type { ConversationStatus, IsoTimestamp, SenderRole, UnifiedContactOf, UnifiedConversationOf, UnifiedMessageOf, UnifiedSender, Vendor } from "../model.js";
