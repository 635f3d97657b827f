/**
 * The normalized conversation model shared by every vendor. Field names are public API: users and
 * tests rely on them. Every object keeps the vendor payload it came from in `raw`, typed by the
 * vendor's generated types, so `if (c.vendor === "chatwoot")` narrows `c.raw`.
 *
 * The mapping from each vendor's fields is documented in one table in this package's README.
 */
import type * as Chatwoot from "@org/chatwoot";
import type * as FiveChat from "@org/5chat";
import type * as LiveChatAi from "@org/livechatai";

/** The vendors the facade speaks to. */
export type Vendor = "5chat" | "livechatai" | "chatwoot";

/** Every vendor, in a stable order. */
export const VENDORS: readonly Vendor[] = ["5chat", "livechatai", "chatwoot"];

/** Normalized conversation status. Anything a vendor sends that we do not know is `"unknown"`. */
export type ConversationStatus = "open" | "pending" | "resolved" | "snoozed" | "unknown";

/** Who wrote a message. */
export type SenderRole = "contact" | "agent" | "bot" | "system" | "unknown";

/** What an attachment holds. */
export type AttachmentKind = "image" | "audio" | "video" | "file" | "location" | "other";

/**
 * Timestamps are ISO 8601 strings in UTC with milliseconds (`2023-11-14T22:13:20.000Z`), or
 * `null` when the vendor sent none or sent something that is not a date.
 */
export type IsoTimestamp = string;

/** The conversation payloads each vendor returns, exactly as received. */
export interface RawConversationByVendor {
  /** `GET /conversations/{token}` (conversation with messages, visitor, users) or a list item. */
  "5chat": FiveChat.ConversationWithDetails | FiveChat.Conversation;
  /** The `data` object of `GET /conversations/{id}`, or an item of `GET /conversations`. */
  livechatai: LiveChatAi.Conversation | LiveChatAi.ConversationSummary;
  /** Public API conversation, or application API conversation. */
  chatwoot: Chatwoot.PublicConversation | Chatwoot.Conversation;
}

/** The message payloads each vendor returns, exactly as received. */
export interface RawMessageByVendor {
  "5chat": FiveChat.Message;
  livechatai: LiveChatAi.Message;
  chatwoot: Chatwoot.PublicMessage | Chatwoot.AppMessage | Chatwoot.MessagePushData;
}

/** The contact payloads each vendor returns, exactly as received. */
export interface RawContactByVendor {
  /** 5chat's visitor object. */
  "5chat": FiveChat.Visitor;
  /**
   * The contact object of a conversation list item, or — where the conversation carries only a
   * `contactId` (the detail endpoint) — that id string as received.
   */
  livechatai: LiveChatAi.ConversationContact | LiveChatAi.Contact | string;
  /** The Contact model (public API) or the contact push data (application API `meta.sender`). */
  chatwoot: Chatwoot.Contact | Chatwoot.ContactPushData;
}

/** A person or bot a conversation is assigned to. */
export interface UnifiedAgent {
  id: string | null;
  name: string | null;
  email: string | null;
}

/** A contact (the customer side of a conversation). */
export interface UnifiedContactOf<V extends Vendor> {
  id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** The vendor payload this contact was read from, exactly as received. */
  raw: RawContactByVendor[V];
}

/** A file or location attached to a message. */
export interface UnifiedAttachment {
  id: string | null;
  url: string | null;
  kind: AttachmentKind;
  name: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
}

/** The author of a message. */
export interface UnifiedSender {
  role: SenderRole;
  id: string | null;
  name: string | null;
}

/** A message of one vendor. */
export interface UnifiedMessageOf<V extends Vendor> {
  vendor: V;
  id: string | null;
  /** The id of the conversation it belongs to (as in {@link UnifiedConversationOf.id}), when known. */
  conversationId: string | null;
  text: string | null;
  createdAt: IsoTimestamp | null;
  sender: UnifiedSender;
  attachments: UnifiedAttachment[];
  /** The vendor payload, exactly as received. */
  raw: RawMessageByVendor[V];
}

/** A conversation of one vendor. */
export interface UnifiedConversationOf<V extends Vendor> {
  vendor: V;
  id: string;
  status: ConversationStatus;
  createdAt: IsoTimestamp | null;
  updatedAt: IsoTimestamp | null;
  lastMessageAt: IsoTimestamp | null;
  closedAt: IsoTimestamp | null;
  contact: UnifiedContactOf<V> | null;
  assignee: UnifiedAgent | null;
  tags: string[];
  summary: string | null;
  rating: number | null;
  /** Lower-case channel (`web`, `whatsapp`, `api`, …) or `null` when the vendor does not say. */
  channel: string | null;
  /** Messages in chronological order (those the payload carried; see the README per vendor). */
  messages: UnifiedMessageOf<V>[];
  /** The vendor payload, exactly as received. */
  raw: RawConversationByVendor[V];
}

/** A normalized conversation; a union discriminated by `vendor`. */
export type UnifiedConversation<V extends Vendor = Vendor> = V extends Vendor ? UnifiedConversationOf<V> : never;
/** A normalized message; a union discriminated by `vendor`. */
export type UnifiedMessage<V extends Vendor = Vendor> = V extends Vendor ? UnifiedMessageOf<V> : never;
/** A normalized contact of any vendor. */
export type UnifiedContact<V extends Vendor = Vendor> = V extends Vendor ? UnifiedContactOf<V> : never;
