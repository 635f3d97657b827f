/**
 * What every entry point of `@org/unified` exports besides its `createUnifiedClient`: the model
 * and reference types and capabilities. (Each entry file re-exports `@org/runtime/errors` itself:
 * a star re-export of another package inside this shared chunk breaks the bundled `.d.cts`.)
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
export type { Paginator } from "@org/runtime";
