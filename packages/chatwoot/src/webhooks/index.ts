/**
 * `@org/chatwoot/webhooks`: verify, sign (for tests), type and deduplicate Chatwoot webhook deliveries. Its own
 * entry point: it holds no REST client code, and runs wherever Web Crypto does (Node ≥ 20, Bun,
 * Deno, browsers, workers).
 *
 * @packageDocumentation
 */
export { verifyChatwootWebhook, type VerifyChatwootWebhookOptions } from "./verify.js";
export { signChatwootWebhook, type SignChatwootWebhookOptions, type SignedChatwootDelivery, type SignedChatwootHeaders } from "./sign.js";
export { WebhookVerificationError, type WebhookVerificationErrorInit, type WebhookVerificationReason } from "./error.js";
export {
  CHATWOOT_WEBHOOK_EVENTS,
  type ChatwootDeliveryInfo,
  type ChatwootWebhookEvent,
  type ChatwootWebhookEventName,
  type ChatwootWebhookPayloads,
  isChatwootEvent,
  isKnownChatwootEventName,
  type KnownChatwootWebhookEvent,
  type UnknownChatwootWebhookEvent,
  type WebhookChangedAttributes,
  type WebhookContact,
  type WebhookConversation,
  type WebhookMessage,
  type WebhookMessageSender,
  type WebhookUser,
} from "./events.js";
export { createMemoryDeliveryStore, type DeliveryStore, type MemoryDeliveryStore, type MemoryDeliveryStoreOptions } from "./deliveries.js";
export { DELIVERY_HEADER, type HeadersLike, readHeader, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./headers.js";
