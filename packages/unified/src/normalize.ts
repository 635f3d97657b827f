/**
 * The public, pure normalizers. Users apply them to API responses, webhook payloads and stored
 * exports alike. For any JSON object they never throw (unknown enum → `"unknown"`, unparseable
 * timestamp → `null`, a field of the wrong type → skipped) and never mutate their input; `raw` is
 * the input itself. For anything that is not a JSON object they throw {@link InvalidPayloadError}.
 */
import { InvalidPayloadError } from "@org/runtime";
import type { UnifiedConversation, UnifiedConversationOf, UnifiedMessage, UnifiedMessageOf, Vendor } from "./model.js";
import { VENDORS } from "./model.js";
import { chatwootConversation, chatwootMessage } from "./normalizers/chatwoot.js";
import { fiveChatConversation, fiveChatStandaloneMessage } from "./normalizers/5chat.js";
import { liveChatAiConversation, liveChatAiStandaloneMessage } from "./normalizers/livechatai.js";
import { isObject, type JsonObject } from "./normalizers/read.js";

function assertPayload(vendor: Vendor, payload: unknown, what: string): asserts payload is JsonObject {
  if (!VENDORS.includes(vendor)) {
    throw new InvalidPayloadError({ vendor, detail: `unknown vendor "${vendor}"; expected one of ${VENDORS.join(", ")}` });
  }
  if (!isObject(payload)) {
    const kind = payload === null ? "null" : Array.isArray(payload) ? "an array" : typeof payload;
    throw new InvalidPayloadError({ vendor, detail: `${what} payload must be a JSON object, got ${kind}` });
  }
}

/**
 * Normalize one vendor conversation payload into a {@link UnifiedConversation}.
 *
 * Accepted payloads: 5chat `GET /conversations/{token}` bodies and list items; LiveChatAI
 * conversation objects (or their `{ status, data }` envelope) and list items; Chatwoot public-API
 * and application-API conversations.
 *
 * @throws {InvalidPayloadError} when `payload` is not a JSON object.
 */
export function normalizeConversation<V extends Vendor>(vendor: V, payload: unknown): UnifiedConversation<V>;
export function normalizeConversation(vendor: Vendor, payload: unknown): UnifiedConversationOf<Vendor> {
  assertPayload(vendor, payload, "conversation");
  switch (vendor) {
    case "5chat":
      return fiveChatConversation(payload);
    case "livechatai":
      return liveChatAiConversation(payload);
    case "chatwoot":
      return chatwootConversation(payload);
  }
}

/**
 * Normalize one vendor message payload into a {@link UnifiedMessage}, without the context of its
 * conversation (so names that live elsewhere in the conversation — 5chat's users, LiveChatAI's
 * contact — are `null`).
 *
 * @throws {InvalidPayloadError} when `payload` is not a JSON object.
 */
export function normalizeMessage<V extends Vendor>(vendor: V, payload: unknown): UnifiedMessage<V>;
export function normalizeMessage(vendor: Vendor, payload: unknown): UnifiedMessageOf<Vendor> {
  assertPayload(vendor, payload, "message");
  switch (vendor) {
    case "5chat":
      return fiveChatStandaloneMessage(payload);
    case "livechatai":
      return liveChatAiStandaloneMessage(payload);
    case "chatwoot":
      return chatwootMessage(payload, null);
  }
}
