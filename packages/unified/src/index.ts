/**
 * `@org/unified`: one facade and one conversation model over 5chat, LiveChatAI and Chatwoot — and
 * any vendor you write an {@link Adapter} for.
 *
 * ```ts
 * const sdk = createUnifiedClient({ support: chatwoot({ baseUrl, apiAccessToken }), bot: livechatai({ apiKey, agentId }) });
 * ```
 *
 * The adapter factories are also importable alone from `@org/unified/chatwoot`, `/livechatai` and
 * `/5chat`; a bundle holds only the adapters it imports.
 *
 * @packageDocumentation
 */
export {
  createUnifiedClient,
  type AnyAdapter,
  type CallOptions,
  type ConnectionName,
  type Connections,
  type ConnectionsWith,
  type ConversationAt,
  type ConversationCursorAt,
  type ConversationListOptions,
  type EventAt,
  type EventFilters,
  type MessageAt,
  type MessageCursorAt,
  type MessageListOptions,
  type RefOf,
  type TypesOf,
  type UnifiedClient,
  type AssignmentChangeAt,
  type StatusChangeAt,
  type TagsChangeAt,
} from "./client.js";
export type { AssignmentChangeOf, SendOptions, StatusChangeOf, TagsChangeOf, UnifiedTeam } from "./writes.js";
export type { Adapter, AdapterContext, AdapterSendContext, AdapterCursor, AdapterListContext, AdapterPage, AdapterResult, Assignment, AttachmentData, OutgoingAttachment, OutgoingMessage, SetStatusOptions } from "./adapter.js";
export type { Capabilities, EventCapabilities, Pagination } from "./capabilities.js";
export { events } from "./events/events.js";
export type { EventStream, EventsOptions } from "./events/options.js";
export type {
  ConnectionErrorEventOf,
  ConversationCreatedEventOf,
  ConversationEventOf,
  ConversationStatusChangedEventOf,
  EventBaseOf,
  EventSource,
  MessageCreatedEventOf,
  StreamEventOf,
} from "./events/types.js";
export type { AnnouncedState, CheckpointStore, ClaimResult, EventStores, LeaseStore, SeenEventStore } from "./stores/types.js";
export { memoryStores, type MemoryStoresOptions } from "./stores/memory.js";
export type { ConversationCursor, Cursor, ListingKind, MessageCursor } from "./cursor.js";
export type { UnifiedPage, UnifiedPaginator } from "./pagination.js";
export type { UnifiedPromise, WithResponse } from "./with-response.js";
export { normalizeConversation, normalizeMessage } from "./normalize.js";
export { VENDORS } from "./adapters/built-in.js";
export type { AttachmentKind, ContactOf, ConversationOf, ConversationRefOf, ConversationStatus, IsoTimestamp, MessageOf, SenderRole, SettableStatus, UnifiedAgent, UnifiedAttachment, UnifiedSender, VendorTypes, WriteOperation } from "./model.js";
export type { BuiltInVendors, UnifiedContact, UnifiedConversation, UnifiedMessage, Vendor } from "./adapters/built-in.js";
export type { ChatwootAccountFilters, ChatwootContactFilters, ChatwootTypes } from "./adapters/chatwoot/types.js";
export type { FiveChatTypes } from "./adapters/5chat/types.js";
export type { LiveChatAiTypes } from "./adapters/livechatai/types.js";
export type { ChatwootAccountConversationRef, ChatwootConversationRef, ChatwootPublicConversationRef } from "./adapters/chatwoot/types.js";
export type { FiveChatConversationRef } from "./adapters/5chat/types.js";
export type { LiveChatAiConversationRef } from "./adapters/livechatai/types.js";
export { chatwoot, CHATWOOT_CAPABILITIES, type ChatwootAdapterOptions } from "./adapters/chatwoot/adapter.js";
export { livechatai, LIVECHATAI_CAPABILITIES, type LiveChatAiAdapterOptions } from "./adapters/livechatai/adapter.js";
export { fiveChat, FIVECHAT_CAPABILITIES, type FiveChatAdapterOptions } from "./adapters/5chat/adapter.js";
export * from "./bots/index.js";
export * from "@org/runtime/errors";
