/**
 * What the type system knows about the 5chat adapter: its reference, listing filters, client and
 * payload types.
 */
import type * as FiveChat from "@org/5chat";
import type { VendorTypes } from "../../model.js";

/** A 5chat conversation, by its conversation token. */
export interface FiveChatConversationRef {
  readonly token: string;
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
