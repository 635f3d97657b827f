/**
 * The public, pure normalizers, for webhook payloads and stored exports. For any plain JSON object
 * they never throw (unknown enum → `"unknown"`, unparseable timestamp → `null`, a field of the
 * wrong type → skipped) and never mutate their input; `raw` is the input itself. Anything else —
 * `null`, an array, a `Date`, `Map`, `RegExp`, boxed primitive, class instance, a revoked proxy or
 * an object whose getters throw — is an {@link InvalidPayloadError}. The result was read outside
 * any client, so its `connection` and `ref` are `null`.
 */
import { InvalidPayloadError, SdkError } from "@org/runtime";
import { chatwootConversation, chatwootMessage } from "./adapters/chatwoot/normalizer.js";
import { fiveChatConversation, fiveChatStandaloneMessage } from "./adapters/5chat/normalizer.js";
import { liveChatAiConversation, liveChatAiStandaloneMessage } from "./adapters/livechatai/normalizer.js";
import type { UnifiedConversation, UnifiedMessage, Vendor } from "./adapters/built-in.js";
import { VENDORS } from "./adapters/built-in.js";
import { describe } from "./caller-input.js";
import { isObject, type JsonObject } from "./tolerant-read.js";

/** Run `normalize` on a checked payload; any failure inside (a throwing getter, a proxy) becomes an InvalidPayloadError. */
function guarded<T>(vendor: Vendor, operation: string, payload: unknown, normalize: (payload: JsonObject) => T): T {
  if (!VENDORS.includes(vendor)) {
    throw new InvalidPayloadError({ vendor, operation, detail: `unknown vendor; expected one of ${VENDORS.join(", ")}` });
  }
  try {
    if (!isObject(payload)) throw new InvalidPayloadError({ vendor, operation, detail: `expected a plain JSON object, got ${describe(payload)}` });
    return normalize(payload);
  } catch (error) {
    if (error instanceof SdkError) throw error;
    throw new InvalidPayloadError({ vendor, operation, detail: "the payload could not be read as plain JSON (a getter or proxy threw)", cause: error });
  }
}

/**
 * Normalize one vendor conversation payload.
 *
 * Accepted payloads: 5chat `GET /conversations/{token}` bodies and list items; LiveChatAI
 * conversation objects (or their `{ status, data }` envelope) and list items; Chatwoot public-API
 * and application-API conversations.
 *
 * @throws {InvalidPayloadError} when `payload` is not a plain JSON object.
 */
export function normalizeConversation<V extends Vendor>(vendor: V, payload: unknown): UnifiedConversation<V, null>;
export function normalizeConversation(vendor: Vendor, payload: unknown): UnifiedConversation<Vendor, null> {
  return guarded(vendor, "normalizeConversation", payload, (p) => {
    switch (vendor) {
      case "5chat":
        return fiveChatConversation(p, { connection: null, ref: null });
      case "livechatai":
        return liveChatAiConversation(p, { connection: null, ref: null });
      case "chatwoot":
        return chatwootConversation(p, { connection: null, ref: null });
    }
  });
}

/**
 * Normalize one vendor message payload, without the context of its conversation (so names that
 * live elsewhere in the conversation — 5chat's users, LiveChatAI's contact — are `null`).
 *
 * @throws {InvalidPayloadError} when `payload` is not a plain JSON object.
 */
export function normalizeMessage<V extends Vendor>(vendor: V, payload: unknown): UnifiedMessage<V, null>;
export function normalizeMessage(vendor: Vendor, payload: unknown): UnifiedMessage<Vendor, null> {
  return guarded(vendor, "normalizeMessage", payload, (p) => {
    switch (vendor) {
      case "5chat":
        return fiveChatStandaloneMessage(p);
      case "livechatai":
        return liveChatAiStandaloneMessage(p);
      case "chatwoot":
        return chatwootMessage(p, null, { connection: null, ref: null });
    }
  });
}
