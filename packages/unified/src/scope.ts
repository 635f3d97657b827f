/**
 * Where a normalized object was read: the connection and the conversation reference. The facade's
 * adapters pass the connection and the reference they used; the standalone normalizers
 * (`normalizeConversation`, `normalizeMessage`) pass `null` for both.
 */
import type { ConversationOf, VendorTypes } from "./model.js";

/** The connection and reference a normalizer stamps on what it returns. */
export interface Scope<T extends VendorTypes, C extends string | null> {
  readonly connection: C;
  readonly ref: ConversationOf<T, C>["ref"];
}

