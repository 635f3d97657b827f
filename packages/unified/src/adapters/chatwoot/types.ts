/**
 * What the type system knows about the Chatwoot adapter: its references (one per API family),
 * listing filters, client and payload types.
 */
import type * as Chatwoot from "@org/chatwoot";
import type { WebhookContact, WebhookConversation, WebhookMessage } from "@org/chatwoot/webhooks";
import type { SettableStatus, VendorTypes, WriteOperation } from "../../model.js";

/**
 * A Chatwoot conversation through the public client API (no token: the inbox and contact
 * identifiers are the credentials). `conversationId` is the conversation's display id.
 */
export interface ChatwootPublicConversationRef {
  readonly inboxIdentifier: string;
  readonly contactIdentifier: string;
  readonly conversationId: number;
}

/**
 * A Chatwoot conversation through the application API (needs `apiAccessToken`).
 * `conversationId` is the conversation's display id within the account.
 */
export interface ChatwootAccountConversationRef {
  readonly accountId: number;
  readonly conversationId: number;
}

/** Any Chatwoot conversation reference. */
export type ChatwootConversationRef = ChatwootPublicConversationRef | ChatwootAccountConversationRef;

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
  /**
   * Public API conversation, application API conversation, or a webhook delivery's
   * `Conversation#webhook_data` (events that arrived by webhook, also in `events(sdk, …)`).
   */
  readonly rawConversation: Chatwoot.PublicConversation | Chatwoot.Conversation | WebhookConversation;
  /** Public or application API message, push data, or a delivery's `Message#webhook_data`. */
  readonly rawMessage: Chatwoot.PublicMessage | Chatwoot.AppMessage | Chatwoot.MessagePushData | WebhookMessage;
  /** The Contact model (public API), the contact push data (application API `meta.sender`) or `Contact#webhook_data`. */
  readonly rawContact: Chatwoot.Contact | Chatwoot.ContactPushData | WebhookContact;
}
