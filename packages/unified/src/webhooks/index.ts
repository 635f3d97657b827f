/**
 * `@org/unified/webhooks`: `parseWebhook`, `createWebhookHandler` and the `UnifiedEvent` union —
 * verify, deduplicate and normalize vendor deliveries. Its own entry point: no REST client code.
 *
 * @packageDocumentation
 */
export type {
  AttributeChange,
  ContactCreatedEvent,
  ContactUpdatedEvent,
  ConversationCreatedEvent,
  ConversationStatusChangedEvent,
  ConversationUpdatedEvent,
  MessageEvent,
  TypingEvent,
  UnifiedEvent,
  UnifiedEventBase,
  UnifiedEventType,
  UnknownEvent,
  WebhookUnifiedContact,
  WebhookUnifiedConversation,
  WebhookUnifiedMessage,
  WebhookVendor,
} from "../adapters/chatwoot/webhook-events.js";
export { parseWebhook, type WebhookDelivery, type WebhookVerifyOptions } from "./parse.js";
export { createWebhookHandler, type WebhookHandlerOptions } from "./handler.js";
export { type NodeIncomingMessage, type NodeServerResponse, toFetchRequest, toNodeListener, writeFetchResponse } from "./node.js";
export { createMemoryDeliveryStore, type DeliveryStore, type MemoryDeliveryStoreOptions, WebhookVerificationError, type WebhookVerificationReason } from "@org/chatwoot/webhooks";
export type { ChatwootWebhookContext } from "../adapters/chatwoot/webhook.js";
export type { ConversationStatus, IsoTimestamp, SenderRole, UnifiedSender, Vendor } from "../model.js";
