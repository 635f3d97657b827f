/**
 * What the type system knows about the LiveChatAI adapter: its reference, listing filters, client
 * and payload types.
 */
import type * as LiveChatAi from "@org/livechatai";
import type { VendorTypes } from "../../model.js";

/** A LiveChatAI conversation, by its id (e.g. `chat_1234567890`). */
export interface LiveChatAiConversationRef {
  readonly conversationId: string;
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
