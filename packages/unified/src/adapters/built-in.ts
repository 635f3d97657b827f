/**
 * The vendors this package ships adapters for: their ids and the unions of their normalized
 * objects. The one place that lists them; the core (`model.ts`, the client, the event stream)
 * names none.
 */
import type { ContactOf, ConversationOf, MessageOf } from "../model.js";
import type { FiveChatTypes } from "./5chat/types.js";
import type { ChatwootTypes } from "./chatwoot/types.js";
import type { LiveChatAiTypes } from "./livechatai/types.js";

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


/** A normalized conversation of a built-in vendor; a union discriminated by `vendor`. */
export type UnifiedConversation<V extends Vendor = Vendor, C extends string | null = string> = V extends Vendor ? ConversationOf<BuiltInVendors[V], C> : never;
/** A normalized message of a built-in vendor; a union discriminated by `vendor`. */
export type UnifiedMessage<V extends Vendor = Vendor, C extends string | null = string> = V extends Vendor ? MessageOf<BuiltInVendors[V], C> : never;
/** A normalized contact of a built-in vendor. */
export type UnifiedContact<V extends Vendor = Vendor> = V extends Vendor ? ContactOf<BuiltInVendors[V]> : never;
