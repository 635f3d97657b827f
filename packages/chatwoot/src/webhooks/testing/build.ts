/**
 * `chatwootWebhookPayload`: a complete, typed delivery body for any webhook event, from
 * defaults that match what Chatwoot v4.10.0 sends, with the fields a test cares about
 * overridden.
 */
import type { ChatwootWebhookEventName, ChatwootWebhookPayloads } from "../events.js";
import {
  DEFAULT_AGENT,
  DEFAULT_CONTACT,
  DEFAULT_CONTACT_INBOX,
  DEFAULT_CONVERSATION,
  DEFAULT_INBOX_DATA,
  DEFAULT_MESSAGE,
} from "./defaults.js";

/** Every field optional, nested objects too; arrays and `null` replace the default whole. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/** Keys whose value is one of several record kinds: an override replaces the default whole. */
const WHOLE_KEYS = ["sender", "user", "assignee"] as const;
type WholeKey = (typeof WHOLE_KEYS)[number];

/**
 * Overrides for the event `E`: any field, nested objects merged key by key. `sender` (a
 * message's) and `user` (a typing event's) are replaced whole, since a contact, an agent and a
 * bot have different fields.
 */
export type ChatwootWebhookOverrides<E extends ChatwootWebhookEventName> = {
  [K in keyof ChatwootWebhookPayloads[E]]?: K extends WholeKey ? ChatwootWebhookPayloads[E][K] : DeepPartial<ChatwootWebhookPayloads[E][K]>;
};

const STATUS_CHANGE = [{ status: { previous_value: "pending", current_value: "open" } }];

function defaultsOf(event: ChatwootWebhookEventName): object {
  switch (event) {
    case "conversation_created":
    case "conversation_resolved":
    case "conversation_opened":
      return { ...DEFAULT_CONVERSATION, event };
    case "conversation_updated":
    case "conversation_status_changed":
      return { ...DEFAULT_CONVERSATION, status: "open", event, changed_attributes: STATUS_CHANGE };
    case "message_created":
    case "message_updated":
      return { ...DEFAULT_MESSAGE, event };
    case "webwidget_triggered":
      return { ...DEFAULT_CONTACT_INBOX, event, event_info: { initiated_at: { timestamp: "Fri Mar 15 2024 14:32:40 GMT+0000" }, referer: "https://acme.example/pricing", widget_language: "en", browser_language: "en" } };
    case "contact_created":
      return { ...DEFAULT_CONTACT, event };
    case "contact_updated":
      return { ...DEFAULT_CONTACT, event, changed_attributes: [{ name: { previous_value: "Maya", current_value: "Maya Chen" } }] };
    case "inbox_created":
      return { ...DEFAULT_INBOX_DATA, event };
    case "inbox_updated":
      return { ...DEFAULT_INBOX_DATA, event, changed_attributes: [{ greeting_enabled: { previous_value: true, current_value: false } }] };
    case "conversation_typing_on":
    case "conversation_typing_off":
      return { event, user: DEFAULT_AGENT, conversation: DEFAULT_CONVERSATION, is_private: false };
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function merge(base: unknown, override: unknown, whole: boolean): unknown {
  if (override === undefined) return base;
  if (whole || !isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value, false);
  return out;
}

/**
 * A webhook delivery body for `event`: Chatwoot's shape with sensible defaults (account 1
 * "Acme", API inbox 5, contact 7 Maya Chen, pending conversation 42; a message is the contact's
 * incoming text), with `overrides` merged in. Sign it with `signChatwootWebhook` to make a
 * delivery.
 *
 * @param event - The event name.
 * @param overrides - Fields to change; nested objects are merged, `sender`/`user` and arrays replaced.
 * @returns The payload, typed as `ChatwootWebhookPayloads[E]`, `event` included.
 *
 * @example
 * ```ts
 * import { signChatwootWebhook } from "@org/chatwoot/webhooks";
 * import { chatwootWebhookPayload } from "@org/chatwoot/webhooks/testing";
 *
 * const payload = chatwootWebhookPayload("message_created", { content: "Where is my refund?", conversation: { id: 7 } });
 * const { body, headers } = await signChatwootWebhook({ payload, secret: "test-secret" });
 * ```
 */
export function chatwootWebhookPayload<E extends ChatwootWebhookEventName>(event: E, overrides: ChatwootWebhookOverrides<E> = {}): ChatwootWebhookPayloads[E] {
  // A fresh copy per call: a test that edits its payload in place must not change the next one's.
  const base = structuredClone(defaultsOf(event)) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides as Record<string, unknown>)) {
    out[key] = merge(base[key], value, (WHOLE_KEYS as readonly string[]).includes(key));
  }
  out["event"] = event;
  return out as ChatwootWebhookPayloads[E];
}
