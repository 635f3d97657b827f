/**
 * The webhook side of `@org/unified`: verify, deduplicate and normalize vendor deliveries.
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
} from "./events.js";
export { parseWebhook, type WebhookDelivery, type WebhookVerifyOptions } from "./parse.js";
export { createWebhookHandler, type WebhookHandlerOptions } from "./handler.js";
export { type NodeIncomingMessage, type NodeServerResponse, toFetchRequest, toNodeListener, writeFetchResponse } from "./node.js";
export { createMemoryDeliveryStore, type DeliveryStore, type MemoryDeliveryStoreOptions, WebhookVerificationError, type WebhookVerificationReason } from "@org/chatwoot/webhooks";
