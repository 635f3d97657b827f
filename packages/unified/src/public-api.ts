/**
 * What every entry point of `@org/unified` exports besides its `createUnifiedClient`: the model
 * and reference types, capabilities, and the shared error classes.
 */
export type { CallOptions, ConfiguredVendor, ListOptions, UnifiedClient, UnifiedClientConfig, VendorClients } from "./facade.js";
export type { ConversationFiltersByVendor } from "./adapters/adapter.js";
export { CAPABILITIES } from "./capabilities.js";
export type { Capabilities, ConversationStatusFilter } from "./capabilities.js";
export { VENDORS } from "./model.js";
export type {
  AttachmentKind,
  ConversationStatus,
  IsoTimestamp,
  RawContactByVendor,
  RawConversationByVendor,
  RawMessageByVendor,
  SenderRole,
  UnifiedAgent,
  UnifiedAttachment,
  UnifiedContact,
  UnifiedContactOf,
  UnifiedConversation,
  UnifiedConversationOf,
  UnifiedMessage,
  UnifiedMessageOf,
  UnifiedSender,
  Vendor,
} from "./model.js";
export type {
  ChatwootAccountConversationRef,
  ChatwootConversationRef,
  ChatwootPublicConversationRef,
  ConversationRef,
  ConversationRefFor,
  FiveChatConversationRef,
  LiveChatAiConversationRef,
} from "./refs.js";
export * from "@org/runtime/errors";
export type { Paginator } from "@org/runtime";
