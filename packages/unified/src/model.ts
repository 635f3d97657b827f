/**
 * The normalized model shared by every vendor. Field names are public API.
 *
 * Every conversation carries the name of the connection it was read through (`connection`, a key
 * of the object passed to `createUnifiedClient`) and the exact reference (`ref`) that
 * `getConversation`, `listMessages` and the writes accept, so a listed conversation can be passed
 * straight back. Every object keeps the vendor payload it came from in `raw`, typed by the vendor's
 * generated types, so `if (c.vendor === "chatwoot")` narrows `c.raw`.
 *
 * The model is generic over a {@link VendorTypes} descriptor, so an adapter for a vendor this
 * package does not know produces the same model with its own reference and payload types.
 */
import type * as Chatwoot from "@org/chatwoot";
import type * as FiveChat from "@org/5chat";
import type * as LiveChatAi from "@org/livechatai";
import type { ChatwootConversationRef, FiveChatConversationRef, LiveChatAiConversationRef } from "./refs.js";

/** Normalized conversation status. Anything a vendor sends that we do not know is `"unknown"`. */
export type ConversationStatus = "open" | "pending" | "resolved" | "snoozed" | "unknown";

/** The statuses `setStatus` can set (and `listConversations` can filter by). */
export type SettableStatus = Exclude<ConversationStatus, "unknown">;

/**
 * Who wrote a message: the customer (`contact`), a human agent (`agent`), an automation or AI
 * (`bot`), the vendor itself (`system`: activity lines such as "conversation resolved"), or
 * `unknown` when the payload does not say. A bot's loop guard reacts to `contact` only.
 */
export type SenderRole = "contact" | "agent" | "bot" | "system" | "unknown";

/** What an attachment holds. */
export type AttachmentKind = "image" | "audio" | "video" | "file" | "location" | "other";

/**
 * Timestamps are ISO 8601 strings in UTC with milliseconds (`2023-11-14T22:13:20.000Z`), or
 * `null` when the vendor sent none or sent something that is not a date.
 */
export type IsoTimestamp = string;

/** The writes a facade can route to an adapter. */
export type WriteOperation = "sendMessage" | "setStatus" | "assign" | "setTags";

/**
 * What the type system knows about one vendor's adapter: its vendor id, the vendor part of a
 * conversation reference, its listing filters, its vendor client, the writes it implements and the
 * payload types kept in `raw`. The built-in adapters declare theirs; a custom adapter declares its own.
 */
export interface VendorTypes {
  /** The vendor id, e.g. `"chatwoot"`. */
  readonly vendor: string;
  /** A conversation reference without its `connection` (e.g. `{ accountId, conversationId }`). */
  readonly ref: object;
  /** What `listConversations(connection, filters)` accepts besides the listing options. */
  readonly filters: object;
  /** What `vendorClient(connection)` returns. */
  readonly client: unknown;
  /** The writes the adapter implements (`never` when it implements none). */
  readonly writes: WriteOperation;
  /** The statuses `setStatus` accepts (`never` when it is unsupported). */
  readonly statuses: SettableStatus;
  /** The conversation payload kept in `raw`. */
  readonly rawConversation: unknown;
  /** The message payload kept in `raw`. */
  readonly rawMessage: unknown;
  /** The contact payload kept in `raw`. */
  readonly rawContact: unknown;
}

/** The 5chat adapter's types. */
export interface FiveChatTypes extends VendorTypes {
  readonly vendor: "5chat";
  readonly ref: FiveChatConversationRef;
  readonly filters: {
    /** Language code for tag translations (e.g. `en`, `pl`, `de`). */
    readonly lang?: string;
  };
  readonly client: FiveChat.FiveChatClient;
  readonly writes: never;
  readonly statuses: never;
  /** `GET /conversations/{token}` (conversation with messages, visitor, users) or a list item. */
  readonly rawConversation: FiveChat.ConversationWithDetails | FiveChat.Conversation;
  readonly rawMessage: FiveChat.Message;
  /** 5chat's visitor object. */
  readonly rawContact: FiveChat.Visitor;
}

/** The LiveChatAI adapter's types. */
export interface LiveChatAiTypes extends VendorTypes {
  readonly vendor: "livechatai";
  readonly ref: LiveChatAiConversationRef;
  readonly filters: {
    /** The AI agent (chatbot) whose conversations to list. Defaults to the adapter's `agentId`. */
    readonly agentId?: string;
    /** `open` or `resolved` (LiveChatAI's `close`). */
    readonly status?: "open" | "resolved";
  };
  readonly client: LiveChatAi.LiveChatAiClient;
  readonly writes: "sendMessage" | "setStatus";
  readonly statuses: "resolved";
  /** The `data` object of `GET /conversations/{id}`, or an item of `GET /conversations`. */
  readonly rawConversation: LiveChatAi.Conversation | LiveChatAi.ConversationSummary;
  readonly rawMessage: LiveChatAi.Message;
  /** The contact of a list item, or — where the conversation carries only a `contactId` — that id. */
  readonly rawContact: LiveChatAi.ConversationContact | LiveChatAi.Contact | string;
}

/** Filters of a Chatwoot listing through the application API. */
export interface ChatwootAccountFilters {
  /** List an account's conversations (needs `apiAccessToken`). */
  readonly accountId: number;
  readonly status?: SettableStatus;
  readonly inboxId?: number;
  readonly assigneeType?: "me" | "unassigned" | "all" | "assigned";
  readonly inboxIdentifier?: never;
  readonly contactIdentifier?: never;
}

/** Filters of a Chatwoot listing through the public client API: one contact's conversations. */
export interface ChatwootContactFilters {
  readonly inboxIdentifier: string;
  readonly contactIdentifier: string;
  /** The public API cannot filter a contact's conversations by status. */
  readonly status?: never;
  readonly accountId?: never;
}

/** The Chatwoot adapter's types. */
export interface ChatwootTypes extends VendorTypes {
  readonly vendor: "chatwoot";
  readonly ref: ChatwootConversationRef;
  readonly filters: ChatwootAccountFilters | ChatwootContactFilters;
  readonly client: Chatwoot.ChatwootClient;
  readonly writes: WriteOperation;
  readonly statuses: SettableStatus;
  /** Public API conversation, or application API conversation. */
  readonly rawConversation: Chatwoot.PublicConversation | Chatwoot.Conversation;
  readonly rawMessage: Chatwoot.PublicMessage | Chatwoot.AppMessage | Chatwoot.MessagePushData;
  /** The Contact model (public API) or the contact push data (application API `meta.sender`). */
  readonly rawContact: Chatwoot.Contact | Chatwoot.ContactPushData;
}

/** The vendors this package ships adapters for, by vendor id. */
export interface BuiltInVendors {
  "5chat": FiveChatTypes;
  livechatai: LiveChatAiTypes;
  chatwoot: ChatwootTypes;
}

/** The vendor ids this package ships adapters for. */
export type Vendor = keyof BuiltInVendors;

/** Every built-in vendor id, in a stable order. */
export const VENDORS: readonly Vendor[] = ["5chat", "livechatai", "chatwoot"];

/**
 * A reference to one conversation through the connection `C`: the connection name plus the
 * vendor's own identifiers, e.g. `{ connection: "support", accountId: 1, conversationId: 42 }`.
 */
export type ConversationRefOf<T extends VendorTypes, C extends string = string> = T["ref"] extends infer R ? (R extends object ? { readonly connection: C } & R : never) : never;

/** A person or bot a conversation is assigned to. */
export interface UnifiedAgent {
  id: string | null;
  name: string | null;
  email: string | null;
}

/** A contact (the customer side of a conversation). */
export interface ContactOf<T extends VendorTypes> {
  id: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  /** The vendor payload this contact was read from, exactly as received. */
  raw: T["rawContact"];
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

/**
 * A message of one vendor, read through connection `C`. `C` is `null` for a message normalized
 * outside a client (`normalizeMessage`), which then has no `conversationRef`.
 */
export interface MessageOf<T extends VendorTypes, C extends string | null = string> {
  vendor: T["vendor"];
  /** The connection it was read through, or `null` when normalized outside a client. */
  connection: C;
  /** The reference of its conversation (what `sendMessage` takes), or `null` outside a client. */
  conversationRef: C extends string ? ConversationRefOf<T, C> : null;
  id: string | null;
  /** The id of the conversation it belongs to (as in {@link ConversationOf.id}), when known. */
  conversationId: string | null;
  text: string | null;
  createdAt: IsoTimestamp | null;
  sender: UnifiedSender;
  /**
   * A private note: visible to agents only, never to the contact (Chatwoot's `private`). `false`
   * where the vendor has no private notes (5chat, LiveChatAI). A bot's loop guard skips these.
   */
  private: boolean;
  attachments: UnifiedAttachment[];
  /** The vendor payload, exactly as received. */
  raw: T["rawMessage"];
}

/**
 * A conversation of one vendor, read through connection `C`. `C` is `null` for a conversation
 * normalized outside a client (`normalizeConversation`), which then has no `ref`.
 */
export interface ConversationOf<T extends VendorTypes, C extends string | null = string> {
  vendor: T["vendor"];
  /** The connection it was read through, or `null` when normalized outside a client. */
  connection: C;
  /** The reference `getConversation`, `listMessages` and the writes accept, or `null` outside a client. */
  ref: C extends string ? ConversationRefOf<T, C> : null;
  id: string;
  status: ConversationStatus;
  createdAt: IsoTimestamp | null;
  updatedAt: IsoTimestamp | null;
  lastMessageAt: IsoTimestamp | null;
  closedAt: IsoTimestamp | null;
  contact: ContactOf<T> | null;
  assignee: UnifiedAgent | null;
  tags: string[];
  summary: string | null;
  rating: number | null;
  /** Lower-case channel (`web`, `whatsapp`, `api`, …) or `null` when the vendor does not say. */
  channel: string | null;
  /** Messages in chronological order (those the payload carried; see the README per vendor). */
  messages: MessageOf<T, C>[];
  /** The vendor payload, exactly as received. */
  raw: T["rawConversation"];
}

/** A normalized conversation of a built-in vendor; a union discriminated by `vendor`. */
export type UnifiedConversation<V extends Vendor = Vendor, C extends string | null = string> = V extends Vendor ? ConversationOf<BuiltInVendors[V], C> : never;
/** A normalized message of a built-in vendor; a union discriminated by `vendor`. */
export type UnifiedMessage<V extends Vendor = Vendor, C extends string | null = string> = V extends Vendor ? MessageOf<BuiltInVendors[V], C> : never;
/** A normalized contact of a built-in vendor. */
export type UnifiedContact<V extends Vendor = Vendor> = V extends Vendor ? ContactOf<BuiltInVendors[V]> : never;
