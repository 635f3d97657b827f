/**
 * The normalized model shared by every vendor. Field names are public API.
 *
 * Every conversation carries the name of the connection it was read through (`connection`, a key
 * of the object passed to `createUnifiedClient`) and the exact reference (`ref`) that
 * `getConversation`, `listMessages` and the writes accept, so a listed conversation can be passed
 * straight back. Every object keeps the vendor payload it came from in `raw`, typed by the vendor's
 * generated types, so `if (c.vendor === "chatwoot")` narrows `c.raw`.
 *
 * The model is generic over a {@link VendorTypes} descriptor and names no vendor: each adapter
 * declares its own (`adapters/<vendor>/types.ts`), so an adapter for a vendor this package does
 * not know produces the same model with its own reference and payload types.
 */

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

